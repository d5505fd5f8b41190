"""Sources named without a subject-verb clause: 'according to X', 'X quoted Y as saying', passives,
'In her view, …', and attitudes whose cue words are quoted ('Guterres is "deeply troubled" by …').
"""

from __future__ import annotations

import re

from ..actors import SpeakerInfo
from ..text import Sentence
from .candidates import Scan
from .continuations import participle
from .cues import Cue
from .names import source_phrase
from .spans import clause_start, speaker_phrase, trim, cue_end

ACCORDING_TO = re.compile(r"\baccording to\s+", re.IGNORECASE)
#: Where an 'according to' phrase ends: a comma or semicolon, the sentence's final period, or its end (a period
#: inside the phrase belongs to an abbreviation: "according to Sen. Jane Roe").
ACCORDING_PHRASE_END = re.compile(r"[,;]|\.[\s\"')\]]*$|$")
#: 'Lee quoted the spy agency as saying (that) …': the words are the agency's; whoever quotes only passes them on.
QUOTED_AS = re.compile(r"(?<!was )(?<!were )(?<!been )\b(?:quoted|cited)\s+"
                       r"(?P<whom>(?!(?:as|by|in)\b)[^,.;:\"]{2,60}?)\s+as\s+(?:saying|telling\s+\w+)(?:\s+that\b)?\s*")
#: '<content> was announced by <speaker> on Monday': the agent after 'by', up to a time or setting.
PASSIVE_AGENT = re.compile(r"\s*(?:(?:\w+ly\s+)?by\s+)?([^,.;]+?)(?=\s+(?:on|in|at|last|this|during|after|before)\b|[,.;]|$)")
#: 'In her view, …', 'In his opinion, …': the view of the person referred to.
IN_VIEW = re.compile(r"\s*In\s+(?P<owner>his|her|its|their)\s+(?:view|opinion|assessment|words)\s*,\s*", re.IGNORECASE)
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: 'Guterres is "deeply troubled" by …': an attitude whose cue words are themselves quoted.
QUOTED_ATTITUDE = re.compile(r"\b(?:is|are|was|were|remains|remain)\s+\"\s*(?:(?:deeply|gravely|seriously|very|extremely|"
                             r"increasingly)\s+)?(?:concerned|troubled|alarmed|worried|disturbed)\s*\"\s+"
                             r"(?:by|about|over|at|with|that)\s+", re.IGNORECASE)
EMBEDDED_QUESTION = re.compile(r"(?:what|whether|how|why|who)\b", re.I)
SENTENCE_OPENING = 10  # an 'according to' this far into its sentence or more closes a statement


def according_to(scan: Scan, sent: Sentence) -> None:
    """'According to X, …' opens a row of X; a closing '…, according to X' is X's row unless it only names the
    source of a statement already attributed."""
    norm = scan.text
    for match in ACCORDING_TO.finditer(norm, sent.start, sent.end):
        if scan.inside_quote(match.start()):
            continue
        phrase_end = ACCORDING_PHRASE_END.search(norm, match.end(), sent.end).start()
        phrase_end = trim(norm, match.end(), phrase_end)[1]
        phrase = norm[match.end():phrase_end]
        infos = [info] if (info := scan.resolve(phrase)) else source_phrase(scan.context, phrase)
        if not infos:
            continue
        sentence_final = match.start() > sent.start + SENTENCE_OPENING
        if sentence_final and (any(row.start < match.start() for row in scan.in_sentence(sent)) or
                               scan.direct_row_over(sent.start, match.start())):
            continue  # the source of an already attributed statement, not a second speaker
        content_end = match.start() if sentence_final else sent.end
        content_start = sent.start if sentence_final else phrase_end
        for info in infos:
            scan.add(content_start, content_end, info, "indirect", "according to",
                     "reported:according-to" + ("+joint" if len(infos) > 1 else ""), sent, (match.end(), phrase_end))


def quoted_as(scan: Scan, sent: Sentence, cues: list[Cue]) -> list[Cue]:
    """'Lee quoted the spy agency as saying that …': a row for the one quoted, none for who quotes. Returns the
    cues outside the quoted words."""
    for found in QUOTED_AS.finditer(scan.text, sent.start, sent.end):
        if scan.inside_quote(found.start()):
            continue
        info = scan.resolve(found.group("whom"))
        if info is None:
            continue
        end = scan.coordinated_end(found.end(), scan.content_end(found.end(), sent.end))
        if len(scan.text[found.end():end].split()) >= 3:
            scan.add(found.end(), end, info, "indirect", found.group().strip(), "reported:quoted-as", sent,
                     found.span("whom"))
            participle(scan, sent, end, info)
            cues = [c for c in cues if not sent.start <= c.start < end]
    return cues


def passive(scan: Scan, sent: Sentence, cue: Cue) -> SpeakerInfo | None:
    """'<content> was announced by <speaker> …': a row of the agent, who is returned (or None)."""
    norm = scan.text
    match = PASSIVE_AGENT.match(norm, cue.end, sent.end)
    if not match:
        return None
    span = match.span(1)
    info = scan.resolve(norm[span[0]:span[1]]) or next(iter(source_phrase(scan.context, norm[span[0]:span[1]])), None)
    if info is None:
        return None
    start = clause_start(norm, sent.start, cue.start)
    if len(norm[start:cue.start].split()) < 2:
        return None
    scan.add(start, cue.start, info, "indirect", cue.text, f"reported:passive-{cue.lemma}", sent, span)
    return info


def in_view(scan: Scan, sent: Sentence, found_before: int) -> None:
    """'In her view, Washington has every interest in …': the view of the person referred to."""
    found = IN_VIEW.match(scan.text, sent.start, sent.end)
    if not found or len(scan.in_sentence(sent)) > found_before:
        return
    info = scan.speakers.pronoun(POSSESSIVE_PRONOUNS[found.group("owner").lower()], at=scan.position)
    if info is not None:
        scan.add(found.end(), sent.end, info, "indirect", found.group().strip(" ,"), "reported:in-view", sent)


def quoted_attitude(scan: Scan, sent: Sentence, cut_points: list[int]) -> None:
    """'Guterres is "deeply troubled" by any widening …, his spokesman said': the quoted cue words
    still report the subject's attitude (the spokesman's row comes from the postposed verb)."""
    norm = scan.text
    for found in QUOTED_ATTITUDE.finditer(norm, sent.start, sent.end):
        outer = [c for c in scan.cues(sent.start, found.start()) if c.kind in ("speech", "attitude")]
        floor = cue_end(norm, outer[-1], found.start()) if outer else sent.start
        span = speaker_phrase(norm, clause_start(norm, floor, found.start()), found.start())
        info = scan.resolve(norm[span[0]:span[1]])
        if info is None or (outer and not _attitude_of_its_own(scan, sent, found, info)):
            continue
        limit = next((cut for cut in cut_points if cut > found.end()), sent.end)
        end = scan.content_end(found.end(), limit)
        if len(norm[found.end():end].split()) >= 2:
            scan.add(found.end(), end, info, "reported", norm[found.start():found.end()].strip(),
                     "reported:quoted-attitude", sent, span)


def _attitude_of_its_own(scan: Scan, sent: Sentence, found: re.Match, info: SpeakerInfo) -> bool:
    """Inside reported words, 'Sullivan said the United States was "deeply concerned" by …' is his words (one row);
    another person's attitude ('Dujarric said Guterres was "deeply concerned" by …') or an attitude to a
    proposition ('Kirby said the US was "concerned" that Russia …') is a row of its own too."""
    speaker = next((row.speaker.speaker for row in reversed(scan.in_sentence(sent))
                    if row.start <= found.start() < row.end), None)
    proposition = found.group().rstrip().endswith("that") or \
        EMBEDDED_QUESTION.match(scan.text, found.end(), found.end() + 8)
    return speaker is not None and bool(proposition or info.kind == "person" and info.speaker != speaker)
