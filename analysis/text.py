"""Sentence and word segmentation with character offsets, fully offline.

Sentences come from NLTK's Punkt tokenizer built from parameters the package
ships (``resources/abbreviations.txt``, ``resources/sentence_starters.txt``),
so nothing is downloaded. Words come from NLTK's Treebank tokenizer. Every
:class:`Sentence` and :class:`Token` holds ``start``/``end`` offsets into the
document text: ``doc.text[start:end]`` gives back exactly its words.

Sentences never cross a paragraph (line) break, and a dateline at the start of
a sentence is left out of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Iterable

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
from nltk.tokenize.treebank import TreebankWordTokenizer

from .corpus import Boilerplate, Document, paragraphs


#: The longest sentence the toolkit reads as one: real sentences stay far below it (the longest in the gold and
#: real-coverage sets is about 450 characters); a longer run of text without sentence punctuation is cut at
#: spaces into pieces no longer than this.
MAX_SENTENCE_CHARS = 2000
#: Punkt's orthographic-context flag "seen in lower case inside a sentence" (``1 << 5`` in
#: ``nltk.tokenize.punkt``, where the name is private; tests/test_text.py checks the value).
ORTHO_MID_LOWER = 1 << 5


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: offsets into its text, paragraph number, boilerplate kind or ""."""

    sent_id: int
    start: int
    end: int
    paragraph: int
    boilerplate: str = ""

    def text(self, doc: Document) -> str:
        return doc.text[self.start:self.end]


@dataclass(frozen=True)
class Token:
    """A word token: offsets into the document text and its normalised form."""

    start: int
    end: int
    text: str


def read_word_list(name: str) -> list[str]:
    """Lines of a shipped resource file, without comments and blanks."""
    raw = resources.files("analysis").joinpath("resources", name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


_DOTTED = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")


class _Abbreviations(set):
    """The shipped abbreviations, plus any dotted run of single letters ("j.d", "h.r", "d.p.r.k").

    Punkt looks a token up without its final period, so "J.D. Vance" is not split after "J.D.",
    while "... by the U.S. The ministry said" still is (a capitalised sentence starter follows).
    """

    def __contains__(self, typ: object) -> bool:
        return super().__contains__(typ) or (isinstance(typ, str) and _DOTTED.fullmatch(typ) is not None)


@lru_cache(maxsize=1)
def abbreviations() -> _Abbreviations:
    """The shipped abbreviations (lower case, without the final period), dotted runs of letters included."""
    return _Abbreviations(read_word_list("abbreviations.txt"))


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """Punkt with the shipped abbreviations and sentence starters.

    A single letter with a period ("J.") is left to Punkt's rule for initials: it ends no sentence
    before a capitalised word ("Mark J. Smith", "John F. Kennedy") unless that word is a sentence
    starter ("... signed by Plan B. Officials said", "... in Area C. The ministry"). Punkt learns
    which words those are from how they are written in lower case inside sentences (its
    orthographic context); here the shipped starters are given that context, as if learned.
    """
    params = PunktParameters()
    params.abbrev_types = abbreviations()
    params.sent_starters = set(read_word_list("sentence_starters.txt"))
    for word in params.sent_starters:
        params.add_ortho_context(word, ORTHO_MID_LOWER)
    return PunktSentenceTokenizer(params)


_WORDS = TreebankWordTokenizer()

# The words of the toolkit, in one place. Offsets and sentences come from Treebank tokens (:func:`tokens`);
# the scorers and counters read words with these three patterns, which keep what their lexicons are
# written in: a whole 'non-interference', "korea's" or 'u.s.' (Treebank splits them).
#: Words the scorers (stance, sentiment) look up, with "n't" and the clause marks , ; : that end a
#: negation's scope; '_' joins the words of a multiword lexicon entry ('human_rights').
SCORING_WORD = re.compile(r"[a-z]+(?:[-'’_][a-z]+)*|n['’]t|[,;:]", re.IGNORECASE)
#: Words counted by summaries, KWIC and keyness: letters of any script with inner apostrophes and hyphens,
#: and initialisms with their dots; no numbers, no punctuation.
CONTENT_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['-][^\W\d_]+)*")
#: Runs of ASCII letters: the beginnings of words that pick which cues are worth searching.
LETTERS = re.compile(r"[a-z]+", re.IGNORECASE)

#: Stance, sentiment and frames read at most this many characters of an utterance or sentence. The
#: longest in the gold sets has about 320; only text without punctuation makes much longer ones, and
#: VADER's rules take time growing with the square of the words they are given.
SCORED_CHARACTERS = 2_000


def scored_part(text: str, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]``, or its first :data:`SCORED_CHARACTERS` cut after the last whole word when longer."""
    end = len(text) if end is None else end
    if end - start <= SCORED_CHARACTERS:
        return text[start:end]
    limit = start + SCORED_CHARACTERS
    cut = max(text.rfind(" ", start, limit + 1), text.rfind("\n", start, limit + 1))
    return text[start:cut if cut > start else limit]


#: A sentence end with no space after it, as pages often run sentences together ('in Kursk.The agency said'): a
#: lower-case word or a digit, a full stop, maybe a closing quotation mark, then a capitalised word.
RUN_TOGETHER = re.compile(r"(?<=[^\W_]{2}|[a-z0-9][)\]])([.!?]['\"]?)(?=[A-Z][a-z])")
WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def split_sentences(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``norm[start:end]``, as absolute offsets."""
    end = len(norm) if end is None else end
    spans = []
    for s, e in sentence_tokenizer().span_tokenize(norm[start:end]):
        spans.extend(run_together(norm, start + s, start + e))
    return spans


def run_together(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """``norm[start:end]`` split where a sentence ends with no space before the next one ('… region.The agency
    said …'); not after an abbreviation ('Gen.Gerasimov') or a lone capital ('U.S.The' stays whole)."""
    spans = []
    for found in RUN_TOGETHER.finditer(norm, start, end):
        word = WORD_BEFORE.search(norm, start, found.start())
        if found.group(1)[0] == "." and word and word.group().lower() in abbreviations():
            continue
        if not norm[found.start() - 1].islower() and not norm[found.start() - 1].isdigit() and \
                norm[found.start() - 1] not in ")]":
            continue
        spans.append((start, found.end()))
        start = found.end()
    spans.append((start, end))
    return spans


def _boilerplate_kind(marks: list[Boilerplate], start: int, end: int) -> str:
    for mark in marks:
        if mark.kind != "dateline" and mark.start < end and start < mark.end:
            return mark.kind
    return ""


def _after_dateline(marks: list[Boilerplate], start: int, end: int) -> int:
    for mark in marks:
        if mark.kind == "dateline" and mark.start <= start < mark.end < end:
            return mark.end
    return start


def _marks_by_paragraph(doc: Document, spans: list[tuple[int, int]]) -> list[list[Boilerplate]]:
    """The boilerplate marks overlapping each paragraph, found in one pass (marks are disjoint and in order,
    as :func:`~analysis.corpus.mark_boilerplate` makes them), so a sentence is checked against its own
    paragraph's marks, not every mark of the document."""
    marks = sorted(doc.boilerplate, key=lambda mark: mark.start)
    first, found = 0, []
    for start, end in spans:
        while first < len(marks) and marks[first].end <= start:
            first += 1
        here = []
        for mark in marks[first:]:
            if mark.start >= end:
                break
            here.append(mark)
        found.append(here)
    return found


def sentences(doc: Document, *, include_boilerplate: bool = True) -> list[Sentence]:
    """Segment ``doc`` into sentences, paragraph by paragraph, with boilerplate marked."""
    result: list[Sentence] = []
    spans = paragraphs(doc.norm)
    for number, ((para_start, para_end), marks) in enumerate(zip(spans, _marks_by_paragraph(doc, spans))):
        for start, end in split_sentences(doc.norm, para_start, para_end):
            start = _after_dateline(marks, start, end)
            while start < end and doc.norm[start].isspace():  # Punkt's idea of space is narrower
                start += 1
            while end > start and doc.norm[end - 1].isspace():
                end -= 1
            if start == end:
                continue
            kind = _boilerplate_kind(marks, start, end)
            if kind and not include_boilerplate:
                continue
            for piece_start, piece_end in bounded(doc.norm, start, end):
                result.append(Sentence(len(result), piece_start, piece_end, number, kind))
    return result


def bounded(norm: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``norm[start:end]`` cut at spaces into pieces of at most ``limit`` characters (a piece without a space
    is cut where the limit falls): text without sentence punctuation then costs every later stage time in
    proportion to its length, not its square."""
    pieces = []
    while end - start > limit:
        cut = norm.rfind(" ", start + 1, start + limit)
        cut = start + limit if cut < 0 else cut
        pieces.append((start, cut))
        start = cut
        while start < end and norm[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def tokens(norm: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Treebank word tokens of ``norm[start:end]`` with absolute offsets."""
    end = len(norm) if end is None else end
    piece = norm[start:end]
    return [Token(start + s, start + e, piece[s:e]) for s, e in _WORDS.span_tokenize(piece)]


class SpanIndex:
    """``(start, end)`` spans (quotations, sentences, utterances), asked which of them hold or overlap a
    stretch of text without reading them all: a query reads only the spans that start before the stretch's
    end and reach past its start (``reach``: the furthest end of the spans up to each, in start order), so
    a document's worth of queries takes time in proportion to the document, not its square."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = list(spans)
        self.order = sorted(range(len(spans)), key=lambda number: spans[number])
        self.spans = [spans[number] for number in self.order]
        self.starts = [start for start, _ in self.spans]
        self.reach = list(accumulate((end for _, end in self.spans), max))

    def _reaching(self, before: int, past: int, *, strictly: bool) -> list[int]:
        """Original numbers of the spans starting at or before ``before`` (strictly before when ``strictly``)
        and ending at or after ``past`` (strictly after when ``strictly``), in start order."""
        index = (bisect_left if strictly else bisect_right)(self.starts, before) - 1
        found = []
        while index >= 0 and (self.reach[index] > past if strictly else self.reach[index] >= past):
            end = self.spans[index][1]
            if end > past if strictly else end >= past:
                found.append(self.order[index])
            index -= 1
        return found[::-1]

    def holding(self, start: int, end: int) -> list[int]:
        """Numbers (positions in the spans given) of the spans holding ``[start, end)``."""
        return self._reaching(start, end, strictly=False)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Numbers of the spans sharing at least one character with ``[start, end)``."""
        return self._reaching(end, start, strictly=True)

    def holds(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1
        return index >= 0 and self.reach[index] > start

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans inside ``[start, end]``, in start order."""
        first, last = bisect_left(self.starts, start), bisect_right(self.starts, end)
        return [span for span in self.spans[first:last] if span[1] <= end]
