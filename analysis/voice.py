"""The outlet's voice: how a news text wraps the words it reports.

For each utterance the outlet chose a reporting verb and may have put distancing words around the
reported content. Both are data (``resources/voice.yml``, with its sources):

* :func:`cue_class` -- the class of the reporting verb: ``neutral`` (said, told), ``distancing``
  (claimed, insisted), ``endorsing`` (confirmed, admitted), ``loaded`` (slammed, hailed); a silence
  is ``silence``; no reporting verb is ``none``.
* :func:`quotations` -- the stretches of a document in quotation marks, double or single.
* :func:`outlet_voice` -- per utterance, its cue class and its ``hedges``: the hedge words
  ("reportedly", "so-called", "what it calls") and scare quotes in the outlet's words of the
  sentences that carry the utterance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .attribution import Utterance, quote_spans
from .attribution.lexicon import cue_regex, verb_lexicon
from .corpus import Document, paragraphs
from .schema import CUE_CLASSES
from .shipped import resource_yaml
from .text import Sentence, SpanIndex

#: Cue class of an utterance of mode "silence", and of one with no reporting verb.
SILENCE, NO_VERB = "silence", "none"
#: A single-quoted stretch: opens before a word, closes after one; apostrophes inside words ("Korea's") stay inside.
SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=\w)((?:[^'\n]|(?<=\w)'(?=\w))+?)(?<=[\w.,!?])'(?!\w)")


@dataclass(frozen=True)
class VoiceRules:
    """``voice.yml`` as read: lemma -> class, cue phrases, the hedges (their labels, and one pattern with
    a group ``h0``, ``h1`` … per label), the scare-quote rule."""

    lemma_class: dict[str, str]
    phrases: tuple[tuple[re.Pattern, str], ...]
    hedge_labels: tuple[str, ...]
    hedges: re.Pattern
    scare_label: str
    scare_max_words: int


@lru_cache(maxsize=1)
def voice_rules() -> VoiceRules:
    """The shipped rules of ``resources/voice.yml``, compiled once."""
    raw = resource_yaml("voice.yml")
    lemma_class: dict[str, str] = {}
    for name, lemmas in raw["cue_classes"].items():
        if name not in CUE_CLASSES:
            raise ValueError(f"voice.yml: unknown cue class {name!r}; use: {', '.join(CUE_CLASSES)}")
        for lemma in lemmas:
            if lemma in lemma_class:
                raise ValueError(f"voice.yml: {lemma!r} is in both {lemma_class[lemma]} and {name}")
            lemma_class[lemma] = name
    phrases = tuple((re.compile(item["pattern"]), item["class"]) for item in raw["cue_phrases"])
    labels = tuple(raw["hedges"])
    alternation = "|".join(f"(?P<h{number}>{raw['hedges'][label]})" for number, label in enumerate(labels))
    hedges = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
    scare = raw["scare_quotes"]
    return VoiceRules(lemma_class, phrases, labels, hedges, scare["label"], int(scare["max_words"]))


def cue_lemma(cue: str) -> str | None:
    """The lemma of the first reporting verb of ``speech_verbs.yml`` in the cue words, or None."""
    found = cue_regex().search(cue)
    return verb_lexicon()[found.group().lower()][1] if found else None


def cue_class(cue: str, *, mode: str) -> str:
    """The class of an utterance's cue words (one of ``CUE_CLASSES``).

    A silence is ``silence`` whatever its words. Otherwise a cue phrase of ``voice.yml`` decides
    ("according to": neutral), then the lemma of the reporting verb ("told media on Wednesday":
    tell, neutral); cue words with neither (or none at all) are ``none``.
    """
    if mode == "silence":
        return SILENCE
    words = " ".join(cue.lower().split())
    if not words:
        return NO_VERB
    rules = voice_rules()
    for pattern, name in rules.phrases:
        if pattern.search(words):
            return name
    return rules.lemma_class.get(cue_lemma(words), NO_VERB)


def quotations(doc: Document) -> list[tuple[int, int]]:
    """The stretches of ``doc`` in quotation marks, marks excluded, sorted: double quotation marks
    paired as attribution pairs them (paragraph by paragraph), and single ones (‘…’ or '…')."""
    spans = []
    for start, end in paragraphs(doc.norm):
        spans += [(open_at + 1, close_at) for open_at, close_at, _ in quote_spans(doc.norm, start, end)]
        spans += [found.span(1) for found in SINGLE_QUOTED.finditer(doc.norm, start, end)]
    return sorted(spans)


@dataclass(frozen=True)
class Voice:
    """How the outlet voices one utterance: the class of its cue and its hedges, in text order."""

    cue_class: str
    hedges: tuple[str, ...]


def _carrying_span(utt: Utterance, sentences: list[Sentence], by_position: SpanIndex) -> tuple[int, int]:
    """From the start of the first to the end of the last sentence holding the utterance or its speaker
    (``by_position`` indexes the sentences' spans)."""
    low = min(utt.start, utt.speaker_start) if utt.speaker_start >= 0 else utt.start
    high = max(utt.end, utt.speaker_end)
    touched = by_position.overlapping(low, max(high, low + 1))
    if not touched:
        return low, high
    return sentences[touched[0]].start, sentences[touched[-1]].end


def hedges_around(doc: Document, start: int, end: int, *, quoted: SpanIndex, direct: SpanIndex) -> tuple[str, ...]:
    """The hedges in ``doc.norm[start:end]``, in text order, each once: hedge words outside quotation
    marks (``quoted``, by their ``voice.yml`` label), and scare quotes -- quoted stretches of at most
    ``max_words`` words that are no part of a direct quotation (``direct``), shown in double quotes."""
    rules = voice_rules()
    found = [(m.start(), rules.hedge_labels[int(m.lastgroup[1:])]) for m in rules.hedges.finditer(doc.norm, start, end)
             if not quoted.holds(m.start(), m.end())]
    for lo, hi in quoted.within(start, end):
        words = doc.text[lo:hi].split()
        if 0 < len(words) <= rules.scare_max_words and not direct.overlaps(lo, hi):
            found.append((lo, '"' + " ".join(words).strip(",.;:") + '"'))
    return tuple(dict.fromkeys(label for _, label in sorted(found)))


def hedge_kind(hedge: str) -> str:
    """The kind of an ``outlet_hedges`` item: its label, or "scare quotes" for a quoted stretch."""
    return voice_rules().scare_label if hedge.startswith('"') else hedge


def outlet_voice(doc: Document, utterances: list[Utterance], sentences: list[Sentence]) -> list[Voice]:
    """The :class:`Voice` of each utterance of ``doc`` (same order).

    Hedges are looked for in the sentences that carry the utterance and its speaker. A quotation with
    no reporting verb that follows an utterance of the same speaker (a continued quotation) takes
    that utterance's cue class.
    """
    quoted = SpanIndex(quotations(doc))
    direct = SpanIndex((utt.start, utt.end) for utt in utterances if utt.mode == "direct")
    by_position = SpanIndex((sent.start, sent.end) for sent in sentences)
    last_class: dict[tuple[str, str], str] = {}
    voices = []
    for utt in utterances:
        name = cue_class(utt.cue, mode=utt.mode)
        who = (utt.speaker, utt.actor)
        if name == NO_VERB and not utt.cue.strip():
            name = last_class.get(who, NO_VERB)
        elif name != SILENCE:
            last_class[who] = name
        start, end = _carrying_span(utt, sentences, by_position)
        voices.append(Voice(name, hedges_around(doc, start, end, quoted=quoted, direct=direct)))
    return voices
