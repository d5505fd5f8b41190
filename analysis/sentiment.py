"""Sentence and utterance sentiment: TextBlob, VADER and the toolkit's news-tuned score.

``polarity``/``subjectivity`` come from TextBlob's pattern analyzer (no corpora
needed), ``vader_compound`` from the ``vaderSentiment`` package (which ships its
lexicon). ``sentiment`` is the toolkit's own score in [-1, 1]: VADER's lexicon
with news corrections (``resources/sentiment_news.yml``): topic words of war
reporting count as neutral, evaluative diplomatic words both libraries miss are
added, and a negator within three words flips and dampens a word's valence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources

import yaml

RULES_VERSION = "news-1"
METHOD = (f"textblob-{metadata.version('textblob')}+vaderSentiment-{metadata.version('vaderSentiment')}"
          f"+{RULES_VERSION}")
NEGATION_SCOPE = 3
NEGATION_FACTOR = -0.5
NORMALISATION_ALPHA = 4.0
TEXTBLOB_WEIGHT = 0.5


@dataclass(frozen=True)
class SentimentResult:
    polarity: float
    subjectivity: float
    vader_compound: float
    sentiment: float


@lru_cache(maxsize=1)
def _analyzers():
    from textblob.en.sentiments import PatternAnalyzer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return PatternAnalyzer(), SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def news_lexicon() -> tuple[dict[str, float], frozenset[str]]:
    """VADER's valences scaled to [-1, 1], corrected for news; and the negators."""
    rules = yaml.safe_load(resources.files("analysis").joinpath("resources", "sentiment_news.yml").read_text("utf-8"))
    vader = _analyzers()[1].lexicon
    lexicon = {word: value / 4.0 for word, value in vader.items() if " " not in word}
    for word in rules["neutral_in_news"]:
        lexicon.pop(word, None)
    lexicon.update({word: float(value) for word, value in rules["added"].items()})
    return lexicon, frozenset(rules["negators"])


_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def valences(tokens: list[str]) -> list[float]:
    """The valence of each word, flipped and dampened when a negator precedes it closely."""
    lexicon, negators = news_lexicon()
    scores = []
    for index, word in enumerate(tokens):
        value = lexicon.get(word, 0.0)
        window = tokens[max(0, index - NEGATION_SCOPE):index]
        if value and any(w in negators or w.endswith("n't") for w in window):
            value *= NEGATION_FACTOR
        scores.append(value)
    return scores


def news_score(text: str) -> float:
    """The toolkit's lexicon score in [-1, 1] (VADER-style normalisation of the summed valences)."""
    total = sum(valences(words(text)))
    return total / math.sqrt(total * total + NORMALISATION_ALPHA) if total else 0.0


def score_sentiment(text: str) -> SentimentResult:
    """Score one sentence or utterance (never a whole article: long texts saturate)."""
    pattern, vader = _analyzers()
    polarity, subjectivity = pattern.analyze(text)
    compound = vader.polarity_scores(text)["compound"]
    own = news_score(text)
    # TextBlob fills in only where the news lexicon finds nothing: it misreads negation ("isn't bad").
    combined = own if own else TEXTBLOB_WEIGHT * polarity
    return SentimentResult(round(polarity, 4), round(subjectivity, 4), round(compound, 4),
                           round(max(-1.0, min(1.0, combined)), 4))
