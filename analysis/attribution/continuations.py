"""Participles that continue an utterance or a narrated act: '…, adding that …', '…, without giving details'.

:func:`participle` reads the participle after a row of a speaker ('…, Peskov said, calling for …');
:func:`narrating_subject` and :func:`credited_participle` give a participle after narration to the
person opening the sentence ('Rutte struck a similar tone, telling reporters …'); :func:`with_speakers`
reads absolute clauses with a speaker of their own ('…, with the spokesman warning that …').
"""

from __future__ import annotations

import re

from ..actors import NOT_NAME_WORDS, SpeakerInfo, name_re
from ..text import Sentence
from .candidates import Scan
from .cues import SILENT_PARTICIPLE, Cue, silent_participle_method
from .names import source_phrase
from .patterns import ADJUNCT_START, AND_WITH_SPEAKER, CONTINUATIONS, SPEECH_PARTICIPLE, WEEKDAY_TIME, WITH_SPEAKER
from .spans import LEADING_FILLER, comma_before

COMMA_END = re.compile(r",\s*$")
ACCORDING_LEAD = re.compile(r"According\s+to\s+[^,.;:\"]{1,80},\s*")
#: The capitalised words opening a clause, up to the first word in lower case ('Armenian Prime Minister Pashinyan').
CAPITALISED_RUN = name_re(r"(?:\p{Lu}[\w.'’-]*)(?:\s+(?:\p{Lu}[\w.'’-]*|(?:of|the|de|al|bin|van|von)(?!\w)))*")
COLON_QUOTE = re.compile(r"\s*:\s*\"")
GAP_PUNCTUATION = re.compile(r"[\";:,]")


def participle(scan: Scan, sent: Sentence, position: int, info: SpeakerInfo) -> None:
    """'..., calling for X' / ', saying X' after an utterance: a further utterance of the speaker;
    '..., without providing details': a silence of the speaker."""
    norm = scan.text
    found = CONTINUATIONS.search(norm, position, sent.end)
    if not found or scan.inside_quote(found.start()):
        return
    gap = norm[position:found.start()]
    if len(gap) > 2 and not ((ADJUNCT_START.match(gap) or WEEKDAY_TIME.match(gap)) and len(gap.split()) <= 8 and
                             not GAP_PUNCTUATION.search(gap) and not scan.cues(position, found.start())):
        return  # '…, Miller said at a separate briefing, adding that …': a setting or time may come between
    if COLON_QUOTE.match(norm, found.end()):
        return  # '…, stating: "…"': the quotation is a direct row of its own
    start, end = found.start(1), scan.content_end(found.end(), sent.end)
    word = found.group(1).lower()
    if SILENT_PARTICIPLE.match(word):
        cues = [c for c in scan.cues(found.start(1), sent.end) if c.kind == "silence"]
        if cues and cues[0].start == found.start(1):
            scan.add(start, end, info, "silence", cues[0].text, silent_participle_method(word), sent)
        return
    said = SPEECH_PARTICIPLE.match(norm, start, end)
    if said:
        start = said.end()
    scan.add(start, end, info, "indirect", found.group(1), "reported:participle", sent)


def narrating_subject(scan: Scan, sent: Sentence, cue: Cue, found_before: int) -> SpeakerInfo | None:
    """'NATO Secretary General Mark Rutte struck a similar tone, telling reporters that …': a speech participle
    after a narrated act (no utterance before it in the sentence) is said by the person opening the sentence."""
    if cue.kind != "speech" or not COMMA_END.search(scan.text, sent.start, cue.start) or \
            scan.inside_quote(cue.start) or len(scan.in_sentence(sent)) > found_before or scan.direct_speaker_in(sent):
        return None
    return opening_subject(scan, sent.start, cue.start)


def opening_subject(scan: Scan, start: int, end: int) -> SpeakerInfo | None:
    """The person whose name opens the clause at ``start`` (after 'During the ceremony,' or 'On Monday,'), before
    ``end``: a person the document knows, or a capitalised name kept as a source."""
    found = scan.context.subject_between(start, end)
    if found is not None:
        return found
    norm = scan.text
    lead = LEADING_FILLER.match(norm, start, end)
    position = lead.end() if lead else start
    according = ACCORDING_LEAD.match(norm, position, end)
    position = according.end() if according else position  # 'According to the ministry, Kim …'
    run = CAPITALISED_RUN.match(norm, position, end)
    if not run or norm[run.end():run.end() + 1] != " " or not norm[run.end() + 1:run.end() + 2].islower():
        return None  # not a name followed by its verb
    phrase = norm[run.start():run.end()]
    if phrase.split()[0] in NOT_NAME_WORDS:
        return None  # 'The …', 'After …': no name opens the clause
    info = scan.resolve(phrase)
    if info is None:
        info = next(iter(source_phrase(scan.context, phrase)), None)
    return info if info is not None and info.kind == "person" else None


def credited_participle(scan: Scan, sent: Sentence, start: int, clause: int) -> bool:
    """'<Person> has awarded honours …, calling them "…," state media reported': the outlet credits a
    narrated act; the participle is what the person opening the sentence said (a row of theirs, none
    of the outlet's)."""
    found = CONTINUATIONS.search(scan.text, start, clause)
    subject = scan.context.subject_between(start, found.start()) \
        if found and not scan.inside_quote(found.start()) else None
    if subject is None or SILENT_PARTICIPLE.match(found.group(1)):
        return False
    content = SPEECH_PARTICIPLE.match(scan.text, found.start(1), clause)
    scan.add(content.end() if content else found.start(1), comma_before(scan.text, clause), subject, "indirect", found.group(1),
             "reported:credited-participle", sent)
    return True


def with_speakers(scan: Scan, sent: Sentence) -> None:
    """'…, with the top government spokesman warning that …': a further row for that speaker."""
    for found in WITH_SPEAKER.finditer(scan.text, sent.start, sent.end):
        if scan.inside_quote(found.start()):
            continue
        who = found.span("who")
        phrase = scan.text[who[0]:who[1]]
        info = scan.resolve(phrase) or next(iter(source_phrase(scan.context, phrase)), None)
        if info is None:
            continue
        start, least = found.end(), 3  # words of content: a second speaker after 'and' may say less
        while info is not None:
            end = scan.content_end(start, sent.end)
            if len(scan.text[start:end].split()) >= least:
                scan.add(start, end, info, "indirect", found.group("cue"), "reported:with-participle", sent, who)
            found = AND_WITH_SPEAKER.match(scan.text, end, sent.end)  # '… and 24 percent saying they disapprove'
            if found is None:
                break
            who, start, least = found.span("who"), found.end(), 2
            phrase = scan.text[who[0]:who[1]]
            info = scan.resolve(phrase) or next(iter(source_phrase(scan.context, phrase)), None)
