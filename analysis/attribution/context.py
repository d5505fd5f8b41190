"""What the rules know about a document before reading it: built once, never changed while reading.

:func:`document_context` collects the registry's mentions of persons, the dateline's country, the
document's lower-case words, who issued which statement, the persons opening a sentence and the
cue index. Speakers are resolved against this context and the history of who spoke so far.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Iterator

from ..actors import Registry, SpeakerInfo, name_re
from ..corpus import Document
from ..text import Sentence
from .cues import CueIndex
from .names import named_at_end
from .patterns import DOCUMENTS
from .spans import clause_start, speaker_phrase

#: 'The Central Military Commission issued a written statement': who issued which document.
ISSUED = re.compile(
    r"\b(?:issued|released|published|adopted|put out|sent|delivered|read out|carried|ran)\s+(?:a|an|its|the|their|his|"
    rf"her)\s+(?:[\w-]+\s+){{0,3}}?{DOCUMENTS}s?\b", re.IGNORECASE)
#: Up to three capitalised words before a name opening a sentence ('Unification Minister Chung').
TITLE_WORDS = name_re(r"(?:\p{Lu}[\w.'-]*\s+){0,3}")
#: A dateline's place: 'SEOUL, Oct. 29 (Yonhap) --', 'NEW DELHI:', 'PORT-AU-PRINCE, Haiti (AP) —' (city, country).
DATELINE_PLACE = name_re(r"\s*(\p{Lu}[\w .'-]*?)\s*(?:,\s*(\p{Lu}[\w .'-]*?)\s*(?=[,(]|\s-|\s\u2014|$))?"
                         r"\s*(?:,|\(|--|:|\s-\s|\u2014|\u2013|$)")
#: A dash between a dateline and the sentence it opens ('SEOUL -- The ministry issued …').
DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
#: How far back (speakers, or persons mentioned) a pronoun, surname or description may refer: far beyond any
#: real article's needs, and what keeps a long document's reading linear.
LOOKBACK = 200
LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]*")
#: A single word after a space, followed by no word character: where a bare surname may end a full name.
SPACED_WORD = re.compile(r"(?<=\s)[\w'-]+(?![\w'-])")


@dataclass(frozen=True)
class DocumentContext:
    """A document as the rules see it before reading: its text and date, the registry, the persons it
    mentions, the dateline's country, its lower-case words, issuers of documents and sentence openers."""

    text: str
    date: str | None
    registry: Registry
    cues: CueIndex
    persons: tuple[tuple[int, int, SpeakerInfo], ...]  # the registry's mentions of persons, in order
    bodies: tuple[tuple[int, int, SpeakerInfo], ...]  # its mentions of institutions with a government, in order
    home: str  # the dateline's country, if any
    vocabulary: frozenset[str]  # the document's lower-case words ('residents', 'news')
    issuers: tuple[tuple[int, SpeakerInfo], ...] = ()  # who issued a statement, report, ... and where
    subjects: tuple[tuple[int, SpeakerInfo], ...] = ()  # persons opening a sentence ('Minister Chung struck …')
    words: "WordIndex" = field(default=None, compare=False)  # where each spaced word occurs (built lazily)

    def persons_before(self, until: int) -> Iterator[SpeakerInfo]:
        """Persons the registry knows, mentioned before ``until``, the latest first (at most :data:`LOOKBACK`)."""
        index = bisect_left(self.persons, until, key=lambda mention: mention[0])
        return (info for _, _, info in reversed(self.persons[max(0, index - LOOKBACK):index]))

    def body_before(self, until: int, role: str) -> SpeakerInfo | None:
        """The latest institution of ``role`` with a government mentioned before ``until`` ('Seoul's foreign
        ministry summoned …' before 'the foreign ministry said'), or None."""
        index = bisect_left(self.bodies, until, key=lambda mention: mention[0])
        return next((info for _, _, info in reversed(self.bodies[max(0, index - LOOKBACK):index])
                     if info.role == role), None)

    def subject_between(self, start: int, end: int) -> SpeakerInfo | None:
        """The first person opening a sentence at an offset in [start, end), or None."""
        index = bisect_left(self.subjects, start, key=lambda subject: subject[0])
        return self.subjects[index][1] if index < len(self.subjects) and self.subjects[index][0] < end else None

    def subjects_before(self, until: int) -> Iterator[tuple[int, SpeakerInfo]]:
        """(offset, person) opening a sentence before ``until``, the latest first (at most :data:`LOOKBACK`)."""
        index = bisect_left(self.subjects, until, key=lambda subject: subject[0])
        return reversed(self.subjects[max(0, index - LOOKBACK):index])


class WordIndex:
    """Where each word preceded by a space occurs in a text, indexed once on first use, and a memo of what
    rules derive from it per word: looking a word up costs no scan of the text."""

    def __init__(self, text: str):
        self.text = text
        self._at: dict[str, list[int]] | None = None
        self._memo: dict[tuple, object] = {}

    def starts(self, word: str) -> list[int]:
        """Start offsets of ``word`` where a space precedes it and no word character follows."""
        if self._at is None:
            self._at = {}
            for match in SPACED_WORD.finditer(self.text):
                self._at.setdefault(match.group(), []).append(match.start())
        return self._at.get(word, [])

    def memo(self, key: tuple, make):
        """``make()``, computed once per ``key`` for this text."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]


def document_context(doc: Document, sentences: list[Sentence], registry: Registry) -> DocumentContext:
    """The context of ``doc`` (read once, before any rule runs)."""
    text = doc.norm
    mentions = registry.find_mentions(text, date=doc.date)
    context = DocumentContext(
        text=text, date=doc.date, registry=registry, cues=CueIndex(text),
        persons=tuple(m for m in mentions if m[2].kind == "person"),
        bodies=tuple(m for m in mentions if m[2].kind == "institution" and m[2].actor),
        home=dateline_actor(doc, registry), vocabulary=frozenset(LOWER_WORD.findall(text)),
        words=WordIndex(text))
    return replace(context, issuers=tuple(issuers(context, sentences)),
                   subjects=tuple(sentence_subjects(context, sentences)))


def dateline_actor(doc: Document, registry: Registry) -> str:
    """The country of the dateline ('SEOUL, Oct. 29 (Yonhap) --' -> KOR), or ''."""
    for mark in doc.boilerplate:
        place = DATELINE_PLACE.match(doc.norm[mark.start:mark.end]) if mark.kind == "dateline" else None
        if place:  # 'SEOUL' -> 'Seoul'; 'PORT-AU-PRINCE, Haiti (AP)' -> the country after the city
            info = registry.resolve(place.group(1).title(), date=doc.date)
            if info is None and place.group(2):  # not 'UNITED NATIONS, United States (AFP)'
                info = registry.resolve(place.group(2), date=doc.date)
            return info.actor if info is not None and info.kind == "state" else ""
    return ""


def sentence_subjects(context: DocumentContext, sentences: list[Sentence]) -> list[tuple[int, SpeakerInfo]]:
    """Persons named at the start of a sentence, after at most a title ('Unification Minister Chung …')."""
    starts = [sent.start for sent in sentences]
    found = []
    for start, _, info in context.persons:
        index = bisect_right(starts, start) - 1
        sent = sentences[index] if index >= 0 else None
        if sent is not None and not sent.boilerplate and TITLE_WORDS.fullmatch(context.text[sent.start:start]):
            found.append((start, info))
    return found


def issuers(context: DocumentContext, sentences: list[Sentence]) -> list[tuple[int, SpeakerInfo]]:
    """'The Central Military Commission issued a written statement': who issued which document, where."""
    text, registry = context.text, context.registry
    found = []
    for sent in sentences:
        for match in ISSUED.finditer(text, sent.start, sent.end):
            span = speaker_phrase(text, clause_start(text, sent.start, match.start()), match.start())
            phrase = DATELINE_DASH.split(text[span[0]:span[1]])[-1]  # after a dateline
            info = registry.resolve(phrase, date=context.date)
            last = named_at_end(context, phrase) if info is None else None
            info = last[2] if last else info
            if info is not None and info.kind in ("institution", "state", "person"):
                found.append((match.start(), info))
    return found
