"""Sentence and utterance sentiment: TextBlob, VADER and the toolkit's news-tuned score.

``polarity``/``subjectivity`` come from TextBlob's pattern analyzer (its lexicon ships with the
package; no corpus is looked up), ``vader_compound`` from the ``vaderSentiment`` package (which
ships its lexicon). ``sentiment`` is the toolkit's own score in [-1, 1], from one lexicon that
combines the two libraries' and corrects them for news (``resources/sentiment_news.yml``):

* a word's valence is VADER's (divided by 4), else TextBlob's polarity for the word when it is
  more than ``textblob_faint`` either way (news-5: TextBlob's faint polarities mark descriptive
  words of news, "young", "directly", "very", not evaluation);
* topic words of war reporting, name parts and quantity words count 0 (:func:`word_valence`);
* evaluative words and phrases both miss are added ("provocation", "cannon fodder");
* a booster ("strongly", "deeply") strengthens the next valence word (:func:`boosted`);
* a negator up to three words before, in the same clause, flips and halves a valence
  ("isn't a bad idea" > 0), except "not just/only/merely X" (:func:`negated`);
* the sum is normalised as VADER does: s / sqrt(s^2 + alpha) (:func:`normalise`).

Score sentences and utterances, never whole articles: long texts saturate. Each score reads at most
the first :data:`~analysis.text.SCORED_CHARACTERS` of a text (VADER's rules are quadratic in its words).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

from .shipped import resource_yaml

from .text import SCORING_WORD, scored_part

RULES_VERSION = "news-5"
METHOD = (f"textblob-{metadata.version('textblob')}+vaderSentiment-{metadata.version('vaderSentiment')}"
          f"+{RULES_VERSION}")


@dataclass(frozen=True)
class SentimentResult:
    polarity: float
    subjectivity: float
    vader_compound: float
    sentiment: float


@lru_cache(maxsize=1)
def _analyzers():
    """TextBlob's pattern sentiment (what its ``PatternAnalyzer`` calls, without building a named tuple
    type on every call) and VADER's analyzer."""
    from textblob.en import sentiment as pattern_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return pattern_sentiment, SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def rules() -> dict:
    """``sentiment_news.yml`` as read, with the lexicon merged and phrases compiled."""
    raw = resource_yaml("sentiment_news.yml")
    phrases = {p: float(v) for p, v in raw["added"].items() if " " in p}
    pattern = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return {**raw, "neutral": frozenset(raw["neutral_in_news"]), "negators": frozenset(raw["negators"]),
            "keepers": frozenset(raw["scope_keepers"]), "breaks": frozenset(raw["clause_breaks"]),
            "added": {w: float(v) for w, v in raw["added"].items() if " " not in w},
            "phrases": {" ".join(p.split()): v for p, v in phrases.items()},
            "phrase_regex": re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) if phrases else None}


@lru_cache(maxsize=1)
def _libraries() -> tuple[dict[str, float], dict, frozenset[str]]:
    from textblob.en import sentiment as pattern_lexicon
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    vader = {w: v / 4.0 for w, v in _analyzers()[1].lexicon.items() if " " not in w}
    boosters = {w for w, v in BOOSTER_DICT.items() if v > 0} | set(rules()["boosters"])
    return vader, pattern_lexicon, frozenset(boosters)


@lru_cache(maxsize=65536)
def word_valence(word: str) -> float:
    """One lower-case word's valence in [-1, 1]: news corrections, else VADER, else TextBlob."""
    r = rules()
    if word in r["added"]:
        return r["added"][word]
    if word in r["neutral"] or word in r["negators"] or word.endswith("n't"):
        return 0.0                                     # negators are a rule, not a valence
    vader, pattern_lexicon, _ = _libraries()
    if word in vader:
        return vader[word]
    entry = pattern_lexicon.get(word)
    polarity = float(entry[None][0]) if entry and None in entry else 0.0
    return polarity if abs(polarity) > r["textblob_faint"] else 0.0   # news-5: faint = descriptive


def words(text: str) -> list[str]:
    """Lower-case words and clause marks; multiword news phrases joined as one token."""
    text = text.lower().replace("\u2019", "'")
    regex = rules()["phrase_regex"]
    if regex is not None:
        text = regex.sub(lambda m: " ".join(m.group().split()).replace(" ", "_"), text)
    return SCORING_WORD.findall(text)


def valence(token: str) -> float:
    if "_" in token:
        return rules()["phrases"].get(token.replace("_", " "), 0.0)
    return word_valence(token)


def negated(tokens: list[str], index: int) -> bool:
    """A negator within ``negation_scope`` words before ``tokens[index]``, in its clause, not 'not just'."""
    r = rules()
    for back in range(index - 1, max(-1, index - 1 - r["negation_scope"]), -1):
        word = tokens[back]
        if word in r["breaks"]:
            return False
        if word in r["negators"] or word.endswith("n't"):
            return not (back + 1 < index and tokens[back + 1] in r["keepers"])
    return False


def boosted(tokens: list[str], index: int) -> bool:
    """A booster word ("strongly", "deeply", "very") right before ``tokens[index]``."""
    return index > 0 and tokens[index - 1] in _libraries()[2]


def valences(tokens: list[str]) -> list[float]:
    """Each token's valence after the booster and negation rules."""
    r = rules()
    result = []
    for index, token in enumerate(tokens):
        value = valence(token)
        if value and token in _libraries()[2] and index + 1 < len(tokens) and valence(tokens[index + 1]):
            value = 0.0                      # a booster carries no valence of its own before a valence word
        if value and boosted(tokens, index):
            value *= r["booster_factor"]
        if value and negated(tokens, index):
            value *= r["negation_factor"]
        result.append(value)
    return result


def normalise(total: float) -> float:
    """VADER's squashing into (-1, 1)."""
    return total / math.sqrt(total * total + rules()["normalisation_alpha"]) if total else 0.0


def news_score(text: str) -> float:
    """The toolkit's score in [-1, 1] (unrounded)."""
    return normalise(sum(valences(words(text))))


def score_sentiment(text: str) -> SentimentResult:
    """Score one sentence or utterance (never a whole article: long texts saturate), at most its first
    :data:`~analysis.text.SCORED_CHARACTERS`."""
    text = scored_part(text)
    pattern, vader = _analyzers()
    polarity, subjectivity = pattern(text)
    compound = vader.polarity_scores(text)["compound"]
    return SentimentResult(round(polarity, 4) + 0.0, round(subjectivity, 4) + 0.0, round(compound, 4) + 0.0,
                           round(max(-1.0, min(1.0, news_score(text))), 4) + 0.0)
