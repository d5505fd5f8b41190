"""The type the rule families produce, and the state of one document's reading that they share.

Every rule family (``quotes``, ``reported``, ``silence``, ``sources``, ``continuations``) adds
:class:`Candidate` rows to a :class:`Scan` as it reads the document in order. A rule resolves its
speaker phrase while it reads (through :class:`~.speakers.Speakers`), because where a clause starts
depends on whether the words before it name a speaker, and 'he' depends on who spoke before.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..actors import SpeakerInfo
from ..text import Sentence
from .context import DocumentContext
from .cues import Cue
from .patterns import COORDINATED
from .spans import content_end, trim
from .speakers import History, Speakers

NO_SPAN = (-1, -1)


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

    def __init__(self, context: DocumentContext):
        self.context, self.text = context, context.text
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

    # -- reading

    def read_paragraph(self, start: int, quotes: list[tuple[int, int, bool]]) -> None:
        """Start reading a paragraph at ``start`` with its quotations."""
        self.position, self.quotes, self.consumed = start, quotes, []
        self._quote_opens = [open_at for open_at, _, _ in quotes]

    def resolve(self, phrase: str, before: str = "") -> SpeakerInfo | None:
        """:meth:`Speakers.resolve` at the reading position."""
        return self.speakers.resolve(phrase, at=self.position, before=before)

    def cues(self, start: int, end: int) -> list[Cue]:
        return self.context.cues.within(start, end)

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
        self.rows.append(row)
        self.by_sentence.setdefault(sent.sent_id, []).append(row)
        if mode == "direct":
            self.direct_rows.append(row)
        elif mode == "silence":
            self.silence_starts.add(start)
        self.history.remember(info, self.position)
        return True

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
        return content_end(self.text, self.context.cues, start, end)

    def coordinated_end(self, start: int, end: int) -> int:
        """Content ends before a second verb joined by 'and' ('dismissed the claim … and said …')."""
        for later in self.cues(start, end):
            coordinated = COORDINATED.search(self.text, max(start, later.start - 40), later.start)
            if coordinated and not self.inside_quote(later.start):
                return coordinated.start()
        return end
