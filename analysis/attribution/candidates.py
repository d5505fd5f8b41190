"""The type the rule families produce, and the state of one document's reading that they share.

Every rule family (``quotes``, ``reported``, ``silence``, ``sources``, ``continuations``) adds
:class:`Candidate` rows to a :class:`Scan` as it reads the document in order. A rule resolves its
speaker phrase while it reads (through :class:`~.speakers.Speakers`), because where a clause starts
depends on whether the words before it name a speaker, and 'he' depends on who spoke before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..actors import SpeakerInfo
from ..text import Sentence
from .context import DocumentContext
from .cues import Cue, CueIndex, is_participle, reads_as_verb
from .patterns import COORDINATED
from .spans import ContentEnds, trim
from .speakers import History, Speakers

NO_SPAN = (-1, -1)
COORDINATION_WINDOW = 40  # characters before a cue where 'and'/'but' may join it to the verb before


def coordinated_cues(text: str, cues: CueIndex) -> list[tuple[int, int, int]]:
    """(start, end, where 'and …' begins) of each lower-case cue joined by 'and'/'but'/'yet' to what comes before
    it (within :data:`COORDINATION_WINDOW` characters), in order."""
    found = []
    for cue in cues.all:
        if cue.text[0].islower():
            coordinated = COORDINATED.search(text, max(0, cue.start - COORDINATION_WINDOW), cue.start)
            if coordinated:
                found.append((cue.start, cue.end, coordinated.start()))
    return found


@dataclass(frozen=True)
class Candidate:
    """A row a rule found: the content span, who said it (resolved), how, the cue words and the rule's name."""

    start: int
    end: int
    speaker: SpeakerInfo
    mode: str
    cue: str
    method: str
    speaker_span: tuple[int, int]
    sent_id: int


class Scan:
    """One document being read: the rows found so far, the quotations of the paragraph being read and the
    reading position (where pronouns and 'earlier' are read from)."""

    def __init__(self, context: DocumentContext, sentences: list[Sentence] = ()):
        self.context, self.text = context, context.text
        self.sentences = [sent for sent in sentences if not sent.boilerplate]  # the article's own sentences
        self._sentence_starts = [sent.start for sent in self.sentences]
        self.history = History()
        self.speakers = Speakers(context, self.history)
        self.rows: list[Candidate] = []
        self.by_sentence: dict[int, list[Candidate]] = {}
        self.direct_rows: list[Candidate] = []
        self.silence_starts: set[int] = set()
        self.position = 0
        self.quotes: list[tuple[int, int, bool]] = []  # (open mark, close mark, closed?) of the paragraph
        self._quote_opens: list[int] = []
        self.consumed: list[tuple[int, int]] = []  # spans of quotations and the words attributing them
        self.last_direct: SpeakerInfo | None = None
        self.credits: list[tuple[int, int, int, str]] = []  # (sentence, start, end, channel): 'Yonhap reported'
        self._content_ends = ContentEnds(self.text, context.cues)
        self._coordinated = coordinated_cues(self.text, context.cues)

    # -- reading

    def sentence_before(self, sent: Sentence) -> Sentence | None:
        """The article sentence before ``sent`` (boilerplate left out), or None."""
        index = bisect_left(self._sentence_starts, sent.start)
        return self.sentences[index - 1] if index > 0 else None

    def read_paragraph(self, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> None:
        """Start reading the paragraph ``text[start:end]`` with its quotations."""
        self.position, self.quotes, self.consumed = start, quotes, []
        self._quote_opens = [open_at for open_at, _, _ in quotes]
        self._outer = self._outer_verbs(self.context.cues.index_range(start, end))

    def _outer_verbs(self, indices: range) -> dict[int, int]:
        """For each cue index of the paragraph, the index of the last cue up to it that can be the outer verb of
        a nested clause (speech or attitude, finite, lower case, outside quotations), or -1."""
        last, found = -1, {}
        for index in indices:
            cue = self.context.cues.all[index]
            if cue.kind in ("speech", "attitude") and not is_participle(cue) and cue.text[0].islower() and \
                    not self.inside_quote(cue.start):
                last = index
            found[index] = last
        return found

    def outer_verb(self, sent: Sentence, position: int) -> Cue | None:
        """The last finite speech or attitude cue of ``sent`` ending before ``position`` and outside quotations:
        'Lee said the agency believed …' -> 'said' for 'believed'."""
        cues = self.context.cues
        indices = cues.index_range(sent.start, position)
        if not indices:
            return None
        last = indices[-1]
        while last >= indices.start and cues.all[last].end >= position:
            last -= 1
        found = self._outer.get(last, -1) if last >= indices.start else -1
        first = cues.all[indices.start]
        if first.start == sent.start and not first.text[0].islower() and first.end < position and \
                first.kind in ("speech", "attitude") and not is_participle(first) and \
                not self.inside_quote(first.start) and found < indices.start:
            return first  # a capitalised cue opening the sentence reads as a verb too
        return cues.all[found] if found >= indices.start else None

    def resolve(self, phrase: str, before: str = "") -> SpeakerInfo | None:
        """:meth:`Speakers.resolve` at the reading position."""
        return self.speakers.resolve(phrase, at=self.position, before=before)

    def cues(self, start: int, end: int, any_case: bool = False) -> list[Cue]:
        """The cues in [start, end); ``any_case`` keeps capitalised ones too (a headline in title case)."""
        return self.context.cues.within(start, end, any_case)

    def inside_quote(self, position: int) -> bool:
        """Whether ``position`` lies strictly inside a quotation of the paragraph."""
        index = bisect_right(self._quote_opens, position - 1) - 1
        return any(open_at < position < close_at for open_at, close_at, _ in self.quotes[max(0, index - 1):index + 1])

    def consumed_at(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.consumed)

    # -- rows

    def add(self, start: int, end: int, info: SpeakerInfo, mode: str, cue: str, method: str, sent: Sentence,
            speaker_span: tuple[int, int] = NO_SPAN) -> bool:
        """Add a row (content trimmed; ``indirect`` becomes ``partial`` around a quotation mark); False if empty."""
        start, end = trim(self.text, start, end)
        if end <= start:
            return False
        if mode == "indirect" and any(start <= open_at < end or closed and start <= close < end
                                      for open_at, close, closed in self.quotes):
            mode = "partial"  # a quoted fragment inside (an inch mark or a stray closing mark is none)
        row = Candidate(start, end, info, mode, cue.strip(), method, speaker_span, sent.sent_id)
        nested = any(other.start <= speaker_span[0] < other.end for other in self.in_sentence(sent))
        self.rows.append(row)
        self.by_sentence.setdefault(sent.sent_id, []).append(row)
        if not nested:  # 'The statement said Beijing opposed …. It noted …': 'it' is the statement's, not Beijing
            self.history.remember(info, self.position)
        if mode == "direct":
            self.direct_rows.append(row)
        elif mode == "silence":
            self.silence_starts.add(start)
        return True

    def credit(self, sent: Sentence, start: int, end: int, channel: str) -> None:
        """Rows of ``sent`` starting in [start, end) came through ``channel`` ('…, Yonhap reported'; 'TASS quoted
        Gerasimov as saying'): an outlet or agency that passes the words on, kept in the ``via`` column."""
        self.credits.append((sent.sent_id, start, end, channel))

    def in_sentence(self, sent: Sentence) -> list[Candidate]:
        """The rows found so far in ``sent``, in the order found."""
        return self.by_sentence.get(sent.sent_id, [])

    def direct_speaker_in(self, sent: Sentence) -> SpeakerInfo | None:
        """The speaker of the last direct quotation, if ``sent`` holds a direct row."""
        return self.last_direct if any(row.mode == "direct" for row in self.in_sentence(sent)) else None

    def has_row_between(self, sent: Sentence, start: int, end: int) -> bool:
        return any(start <= row.start < end for row in self.in_sentence(sent))

    def direct_row_over(self, start: int, end: int) -> bool:
        """Whether a direct quotation found so far starts before ``end`` and ends after ``start``."""
        return any(row.start < end and row.end > start for row in self.direct_rows)

    # -- content

    def content_end(self, start: int, end: int) -> int:
        """:func:`~.spans.content_end` of this document."""
        return self._content_ends.find(start, end)

    def coordinated_end(self, start: int, end: int) -> int:
        """Content ends before a second verb joined by 'and' ('dismissed the claim … and said …')."""
        cues = self.context.cues
        for index in cues.index_range(start, end):
            later = cues.all[index]
            if later.start >= start + COORDINATION_WINDOW:
                break  # farther cues: their coordination was read once, with a full window
            if later.end <= end and reads_as_verb(later, start):
                coordinated = COORDINATED.search(self.text, start, later.start)
                if coordinated and not self.inside_quote(later.start):
                    return coordinated.start()
        first = bisect_left(self._coordinated, start + COORDINATION_WINDOW, key=lambda item: item[0])
        for later_start, later_end, coordinated_start in self._coordinated[first:]:
            if later_start >= end:
                break
            if later_end <= end and not self.inside_quote(later_start):
                return coordinated_start
        return end
