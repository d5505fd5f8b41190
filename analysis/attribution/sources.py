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
from .lexicon import alternation
from ..actors import name_re

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
POSSESSIVE_ENDING = re.compile(r"['\u2019]s?$")
#: 'Guterres is "deeply troubled" by …': an attitude whose cue words are themselves quoted.
QUOTED_ATTITUDE = re.compile(r"\b(?:is|are|was|were|remains|remain)\s+\"\s*(?:(?:deeply|gravely|seriously|very|extremely|"
                             r"increasingly)\s+)?(?:concerned|troubled|alarmed|worried|disturbed)\s*\"\s+"
                             r"(?:by|about|over|at|with|that)\s+", re.IGNORECASE)
EMBEDDED_QUESTION = re.compile(r"(?:what|whether|how|why|who)\b", re.I)
THIS_WAS = re.compile(r"\s*(?:this|that|it)\s+(?:was|is|has\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: "his claim that …", "Pyongyang's acknowledgment that …": an owner, a noun of saying or thinking, a that-clause.
OWNED_STATEMENT = name_re(rf"(?P<owner>\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|\p{{Lu}}[\w.-]*(?:\s+\p{{Lu}}[\w.-]*){{0,4}}['\u2019]s?)"
                          rf"\s+(?:[a-z]+\s+){{0,2}}?(?P<noun>(?i:{alternation('statement_nouns')}))\s+that\s+")
#: 'growing concerns from Seoul that …', 'the assessment by U.S. intelligence that …': the owner after from/by/of.
STATEMENT_FROM = re.compile(rf"\b(?P<noun>{alternation('statement_nouns')})\s+(?:from|by|of)\s+(?P<owner>[^,;:\"]{{2,60}}?)"
                            r"\s+that\s+", re.IGNORECASE)
SENTENCE_OPENING = 10
MAX_QUOTER_WORDS = 6  # words before 'quoted X as saying' that name the channel (an outlet, a lawmaker)  # an 'according to' this far into its sentence or more closes a statement


def statement_nouns(scan: Scan, sent: Sentence) -> None:
    """'Raffensperger decried Trump's continued insistence that fraud cost him the election': Trump's position,
    a row of its own (mode reported); also 'concerns from Seoul that …', 'his claim that …'."""
    norm = scan.text
    for pattern in (OWNED_STATEMENT, STATEMENT_FROM):
        for found in pattern.finditer(norm, sent.start, sent.end):
            if scan.inside_quote(found.start()):
                continue
            owner = found.group("owner").strip()
            possessive = owner.lower() in POSSESSIVE_PRONOUNS
            if possessive and any(row.start < found.start() for row in scan.in_sentence(sent)):
                continue  # 'Lavrov dismissed his claim that …': whose claim, the sentence does not say
            info = scan.speakers.pronoun(POSSESSIVE_PRONOUNS[owner.lower()], at=scan.position) if possessive else \
                scan.resolve(POSSESSIVE_ENDING.sub("", owner))
            if info is None:
                continue
            end = scan.content_end(found.end(), sent.end)
            if len(norm[found.end():end].split()) >= 3:
                scan.add(found.end(), end, info, "reported", norm[found.start("noun"):found.end()].strip(),
                         "reported:statement-noun", sent, found.span("owner"))


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
            scan.credit(sent, sent.start, match.start(), phrase.strip())
            continue  # the source of an already attributed statement, not a second speaker
        if not sentence_final and infos[0].role == "media" and has_row_after(scan, sent, phrase_end):
            scan.credit(sent, phrase_end, sent.end, phrase.strip())
            continue  # 'According to RIA Novosti, Shoigu announced …': the agency relays Shoigu's words
        content_end = match.start() if sentence_final else sent.end
        content_start = sent.start if sentence_final else phrase_end
        for info in infos:
            scan.add(content_start, content_end, info, "indirect", "according to",
                     "reported:according-to" + ("+joint" if len(infos) > 1 else ""), sent, (match.end(), phrase_end))


def has_row_after(scan: Scan, sent: Sentence, start: int) -> bool:
    """Whether a row of ``sent`` found so far starts at or after ``start``."""
    return any(row.start >= start for row in scan.in_sentence(sent))


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
            quoter = scan.text[sent.start:found.start()].strip(" ,")
            if quoter and len(quoter.split()) <= MAX_QUOTER_WORDS:  # 'TASS quoted Gerasimov as saying'
                scan.credit(sent, found.end(), end, quoter)
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
    earlier = scan.sentence_before(sent) if THIS_WAS.match(norm, start, cue.start) else None
    if earlier is not None:  # 'This was stated by Foreign Minister X': the sentence before is what was stated
        scan.add(earlier.start, earlier.end, info, "indirect", cue.text, f"reported:passive-{cue.lemma}+anaphoric",
                 sent, span)
        return info
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
