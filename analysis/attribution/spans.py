"""Where clauses, speaker phrases and reported content begin and end: pure functions of the text.

Every function takes the document's normalised text and offsets into it and returns offsets, so a
rule can ask "where does the content after this cue end?" without slicing the rest of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import Cue, CueIndex, is_participle
from .lexicon import word_set
from .patterns import ADJUNCT_START, CONTINUATIONS, LISTENER, QUOTE, VENUE, WEEKDAY_TIME, WITH_SPEAKER

CLAUSE_BOUNDARY = re.compile(
    r"(?:^|[;:]|,|\b(?:that|(?<!known )(?<!such )(?<!referred to )as|after|before|when|while|because|since|and then|"
    r"but|although|whereas|where|if)\b)\s*", re.IGNORECASE)
LEADING_FILLER = re.compile(
    r"^(?:(?:on|last|earlier|later|in|at|during|meanwhile|separately|however|also|but|and|yet|so|still|"
    r"this|next|on\s+\w+day)\b[^,]*?,\s*)+", re.IGNORECASE)
TRAILING_FILLER = re.compile(
    r"(?:\s+(?:also|again|later|earlier|previously|repeatedly|further|then|has|have|had|would|will|strongly|"
    r"firmly|sharply|publicly|separately|reportedly|now|too|once|on\s+\w+|last\s+\w+|this\s+\w+|in\s+\w+|"
    r"at\s+\w+(?:\s+\w+)?|"
    r"(?-i:(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|bully|folly|belly|jelly|lily)\b)[a-z]{3,}ly)))+$",
    re.IGNORECASE)  # '… then pointed out', '… cynically dismissed'
SUBORDINATE_START = re.compile(r"\s*(?:after|before|when|while|as|following|citing|asking|speaking|without|"
                               r"according|amid|despite|because|since)\b", re.IGNORECASE)
#: ', while Moscow's envoy dismissed …': a contrasting clause of another speaker ends the content.
CONTRAST = re.compile(r",\"?\s+(?:while|whereas|after|as|even as|before|though|although|even though)\s+", re.IGNORECASE)
#: ', at a tense Security Council session called by …': where it was said, after a comma, ends the content.
SETTING_AFTER_COMMA = re.compile(rf",\"?\s+(?:at|during)\s+{VENUE}\b", re.IGNORECASE)
ACCORDING_AFTER_COMMA = re.compile(r",\"?\s+according to\b")
#: ', 64 percent said he …' / ', and Seoul's envoy said …': a second reporting clause with a subject of its own.
RELATIVE_WORD = re.compile(r"(?:which|who|whom|that|what|as|it|this)\b", re.IGNORECASE)
AND_REPORT = re.compile(r"\s+and\s+(?P<subject>(?:the|a|an|its|his|her|their|some|many|most|another|\d[\d.,]*|"
                        r"one|two|three|four|five|six|seven|eight|nine|ten|\w+-\w+|half|a\s+third)\s+"
                        r"(?:[\w'’.-]+\s+){0,4})$", re.IGNORECASE)
NEXT_REPORT = re.compile(r",\"?\s+(?:and\s+|but\s+|while\s+)?(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,5})\s+")
THAT_NEXT = re.compile(r"\s*that\b")
END_PUNCTUATION = " .;:!?\"'"


def trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and clause punctuation from both ends of a span."""
    while start < end and norm[start] in " ,:;":
        start += 1
    while end > start and norm[end - 1] in " .,;:":
        end -= 1
    return start, end


def speaker_phrase(norm: str, clause: int, verb_start: int) -> tuple[int, int]:
    """The words between the clause start and the verb, minus leading and trailing fillers."""
    segment = norm[clause:verb_start]
    lead = LEADING_FILLER.match(segment)
    offset = lead.end() if lead else 0
    body = segment[offset:].rstrip()
    trail = TRAILING_FILLER.search(body)
    body_end = trail.start() if trail else len(body.rstrip())
    start = clause + offset + (len(body) - len(body.lstrip()))
    return start, clause + offset + len(body[:body_end].rstrip())


def clause_start(norm: str, floor: int, position: int) -> int:
    """Where the clause holding ``position`` begins (after a comma, 'that', 'as', 'after', ...)."""
    start = floor
    for match in CLAUSE_BOUNDARY.finditer(norm, floor, position):
        if match.end() <= position and match.group().strip():
            start = match.end()
    return start


def comma_before(norm: str, clause: int) -> int:
    """``clause`` moved back over the comma and spaces before it."""
    position = clause
    while position > 0 and norm[position - 1] in " ,":
        position -= 1
    return position


def cue_end(norm: str, cue: Cue, limit: int) -> int:
    """The end of a cue with its listener ('told reporters on Monday')."""
    if cue.lemma in word_set("listener_verbs"):
        listener = LISTENER.match(norm, cue.end, limit)
        if listener and listener.end() > cue.end:
            return listener.end()
    return cue.end


def postposed_tail(norm: str, start: int, end: int) -> bool:
    """After a postposed verb ('…, Peskov told reporters on Monday.') only adjuncts follow:
    a listener, a time, a prepositional phrase or a participle clause, never 'that' or a clause."""
    segment_end = norm.find(",", start, end)
    segment_end = end if segment_end < 0 else segment_end
    position = start
    listener = LISTENER.match(norm, position, segment_end)
    if listener and listener.end() > position and not THAT_NEXT.match(norm, listener.end(), segment_end):
        position = listener.end()
    while (time := WEEKDAY_TIME.match(norm, position, segment_end)) and time.end() > position:
        position = time.end()
    rest = norm[position:segment_end]
    if not rest.strip(END_PUNCTUATION):
        return True
    if SUBORDINATE_START.match(rest):
        return True
    if ADJUNCT_START.match(rest):
        return not re.search(r"\bthat\b|[:\"]", rest)
    return False


def content_end(norm: str, cues: CueIndex, start: int, end: int) -> int:
    """Reported content runs to ``end`` or to a participle clause (', without addressing'), an ', according to',
    a setting (', at a … session'), an absolute clause (', with X warning') or a contrast with another speaker,
    outside quotation marks. (:class:`ContentEnds` answers the same for many spans of one document.)"""
    return ContentEnds(norm, cues).find(start, end)


def ends_content(norm: str, cues: CueIndex, comma: int, end: int) -> bool:
    """Whether the comma at ``comma`` ends reported content that must end by ``end`` (see :func:`content_end`)."""
    return bool(CONTINUATIONS.match(norm, comma) or ACCORDING_AFTER_COMMA.match(norm, comma, comma + 20) or
                SETTING_AFTER_COMMA.match(norm, comma, end) or WITH_SPEAKER.match(norm, comma, end) or
                contrast(norm, cues, comma, end) or next_report(norm, cues, comma, end))


class ContentEnds:
    """:func:`content_end` for one document, in time linear in its commas: each comma is judged once per end,
    and a run of commas that end nothing is jumped over (memo with path compression) instead of re-read for
    every cue; quotation marks are counted by bisection."""

    def __init__(self, norm: str, cues: CueIndex):
        self.norm, self.cues = norm, cues
        self._marks: list[int] = []
        mark = norm.find(QUOTE)
        while mark >= 0:
            self._marks.append(mark)
            mark = norm.find(QUOTE, mark + 1)
        self._next: dict[tuple[int, int], dict[int, int]] = {}  # (end, parity) -> comma -> first content end

    def _parity(self, position: int) -> int:
        return bisect_left(self._marks, position) % 2

    def _closes(self, comma: int, parity: int) -> bool:
        """A comma right before the quotation mark that closes a quotation opened inside the content."""
        return self.norm[comma + 1:comma + 2] == QUOTE and self._parity(comma) != parity and \
            self._parity(comma + 2) == parity

    def find(self, start: int, end: int) -> int:
        """The first comma in [start, end) outside quotation marks (counted from ``start``) that ends the
        content, else ``end``."""
        parity = self._parity(start)
        memo = self._next.setdefault((end, parity), {})
        path, comma = [], self.norm.find(",", start, end)
        while comma >= 0:
            if comma in memo:
                found = memo[comma]
                break
            if self._parity(comma) == parity and ends_content(self.norm, self.cues, comma, end):
                found = comma
                break
            if self._closes(comma, parity) and ends_content(self.norm, self.cues, comma, end):
                found = comma + 2  # 'the deal meant "a chapter of peace," calling it …': the comma inside the quote
                break
            path.append(comma)
            comma = self.norm.find(",", comma + 1, end)
        else:
            found = end
        for visited in path:
            memo[visited] = found
        return self._and_report(start, found)

    def _and_report(self, start: int, end: int) -> int:
        """'… he is not level headed and 53 percent said he …': content ends before 'and' when a counted
        or determined subject and a speech verb with content of its own follow."""
        for cue in self.cues.within(start, end):
            if cue.kind != "speech" or not content_follows(self.norm, cue):
                continue  # 'and 53 percent said …', 'and 24 percent saying …'
            found = and_report(self.norm, start, cue.start)
            if found and self._parity(found.start()) == self._parity(start):
                return found.start()
        return end


def contrast(norm: str, cues: CueIndex, index: int, end: int) -> bool:
    """', while Moscow's envoy dismissed …' (a speech cue follows within the clause)."""
    found = CONTRAST.match(norm, index, end)
    if not found:
        return False
    clause_end = norm.find(",", found.end(), end)
    return any(c.kind in ("speech", "attitude", "silence") and not is_participle(c)
               for c in cues.within(found.end(), end if clause_end < 0 else clause_end))


def next_report(norm: str, cues: CueIndex, index: int, end: int) -> bool:
    """', 64 percent said he is not level headed': after the comma a short subject (at most six words) and a
    speech verb that goes on to content of its own (not ', officials said,' inside the content), or a silence
    (', and Moscow's mission declined to comment')."""
    window_end = min(end, index + 80)
    clause_end = norm.find(",", index + 1, window_end)
    window_end = window_end if clause_end < 0 else clause_end
    for cue in cues.within(index + 1, window_end):
        if cue.kind not in ("speech", "silence") or is_participle(cue):
            continue
        found = NEXT_REPORT.fullmatch(norm, index, cue.start)
        who = found and found.group("who")
        return bool(who and who[0].isalnum() and not RELATIVE_WORD.match(who) and
                    (cue.kind == "silence" or content_follows(norm, cue)))
    return False


def content_follows(norm: str, cue: Cue) -> bool:
    """A word, not a comma or a full stop, right after the verb ('said he …', not 'said, …')."""
    return norm[cue.end:cue.end + 1] == " " and norm[cue.end + 1:cue.end + 2].isalpha()


def and_report(norm: str, start: int, cue_start: int) -> re.Match | None:
    """' and 53 percent ' right before a speech verb at ``cue_start`` (not before ``start``): a report of its own
    coordinated with the clause before it; the match's ``subject`` group is the new subject."""
    found = AND_REPORT.search(norm, max(start, cue_start - 60), cue_start)
    return found if found and found.end() == cue_start else None
