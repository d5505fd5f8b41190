"""Words introduced by a line ending in a colon: 'Said Lee:', 'The statement reads:', 'KCNA publishes an
official statement. Excerpts:' — the paragraph(s) after it are the speaker's own words, with or without
quotation marks.
"""

from __future__ import annotations

import re

from ..actors import SpeakerInfo
from ..text import Sentence
from .candidates import NO_SPAN, Scan
from .cues import is_participle
from .names import source_phrase
from .patterns import DOCUMENT_NOUN
from .quotes import VERB_FIRST_SPEAKER
from .subjects import subject

ENDS_WITH_COLON = re.compile(r":\s*$")
#: An introduction of several paragraphs ('Excerpts:', 'The full text reads as follows:').
SEVERAL = re.compile(r"\b(?:excerpts?|full\s+text|as\s+follows|the\s+following|reads)\b", re.IGNORECASE)
#: 'publishes an official statement', 'issued a statement': who made the statement introduced.
PUBLISHES = re.compile(r"\b(?:publishe[sd]|issue[sd]|release[sd]|carrie[sd]|read\s+out)\s+(?:an?\s+|its\s+|the\s+)?"
                       r"(?:\w+\s+){0,2}?(?:statement|text|communiqu[eé]|message|address)", re.IGNORECASE)
MAX_PARAGRAPHS = 6
#: A headline naming the text as someone's own: 'Speech by Kim Jong Un at the opening of …', 'Full text of the
#: statement of the Foreign Ministry spokesperson', "President X's address to the nation".
FULL_TEXT_KIND = (r"(?:speech|address|statement|press\s+statement|remarks|letter|message|congratulatory\s+message|"
                  r"reply|answers?\s+to\s+(?:a\s+)?questions?)")
TEXT_OF = re.compile(rf"(?:(?:full\s+)?text\s+of\s+)?(?:the\s+|an?\s+)?{FULL_TEXT_KIND}\s+(?:by|of)\s+"
                     r"(?P<who>[^:,;\"]{3,80}?)(?:\s+(?:at|on|to|in|before|for|marking)\s+[^\"]*)?[.:]?\s*",
                     re.IGNORECASE)
REPORTING = re.compile(r"\b(?:said|says|told|according\s+to|quoted)\b")
TEXT_OWNED = re.compile(rf"(?P<who>[^:,;\"]{{3,80}}?)['\u2019]s\s+{FULL_TEXT_KIND}"
                        r"(?:\s+(?:at|on|to|in|before|for|marking)\s+[^\"]*)?[.:]?\s*", re.IGNORECASE)


def introduction(scan: Scan, sent: Sentence) -> tuple[SpeakerInfo, int] | None:
    """(speaker, paragraphs it introduces) when ``sent`` ends with a colon after a cue ('Said Lee:', 'Lee told
    reporters:') or a statement ('The statement reads:', 'X publishes a statement. Excerpts:'); else None."""
    text = scan.text
    if not ENDS_WITH_COLON.search(text, sent.start, sent.end):
        return None
    paragraphs = MAX_PARAGRAPHS if SEVERAL.search(text, sent.start, sent.end) else 1
    for cue in reversed(scan.cues(sent.start, sent.end)):
        if cue.kind != "speech" or is_participle(cue):
            continue
        after = VERB_FIRST_SPEAKER.match(text, cue.end, sent.end) if cue.start == sent.start else None
        if after is not None:  # 'Said Lee:'
            name = after.group(1).rstrip(": ")
            info = scan.resolve(name) or next(iter(source_phrase(scan.context, name)), None)
        else:
            _, _, infos = subject(scan, sent, cue)
            info = infos[0] if infos else None
        if info is not None:
            return info, paragraphs
    publisher = _publisher(scan, sent)
    return (publisher, paragraphs) if publisher is not None else None


def _publisher(scan: Scan, sent: Sentence) -> SpeakerInfo | None:
    """Who made the statement the line introduces: the subject of 'publishes/issued a statement' in it or in the
    sentence before, else the issuer of the statement named before ('The statement reads:')."""
    for line in (sent, scan.sentence_before(sent)):
        found = PUBLISHES.search(scan.text, line.start, line.end) if line is not None else None
        if found is not None:
            phrase = scan.text[line.start:found.start()].strip(" ,")
            info = scan.resolve(phrase) or next(iter(source_phrase(scan.context, phrase)), None)
            if info is not None:
                return info
    if DOCUMENT_NOUN.search(scan.text, sent.start, sent.end):
        return scan.speakers.document(scan.position)
    return None


def full_text(scan: Scan, sents: list[Sentence]) -> SpeakerInfo | None:
    """The speaker whose own text the whole document is: its headline names it as their speech, statement,
    address, letter … ('Speech by X at …', "X's address to …") and the body quotes no one. None otherwise."""
    body = [sent for sent in sents if not sent.boilerplate]
    if not body or '"' in scan.text[body[0].start:body[-1].end] or \
            REPORTING.search(scan.text, body[0].start, body[-1].end):
        return None  # a report about the text ('…, the statement said'), not the text itself
    for sent in sents:
        if sent.boilerplate not in ("headline", "standfirst"):
            continue
        found = TEXT_OF.fullmatch(scan.text, sent.start, sent.end) or TEXT_OWNED.fullmatch(scan.text, sent.start,
                                                                                          sent.end)
        who = found.group("who").strip() if found else ""
        info = (scan.resolve(who) or next(iter(source_phrase(scan.context, who)), None)) if who else None
        if info is not None:
            return info
    return None


def introduced_paragraph(scan: Scan, paragraph: list[Sentence], speaker: SpeakerInfo, *,
                         own_text: bool = False) -> bool:
    """The words of a paragraph introduced by a colon line, as one direct row of ``speaker``; False if the
    paragraph speaks for itself (it holds quotation marks or a cue, or is boilerplate). With ``own_text`` (the
    document is the speaker's text, :func:`full_text`) a cue is the speaker's own ('I stress that …')."""
    start, end = paragraph[0].start, paragraph[-1].end
    if any(sent.boilerplate for sent in paragraph) or '"' in scan.text[start:end] or \
            not own_text and any(cue.kind != "passive" for cue in scan.cues(start, end)):
        return False  # quotation marks of its own, or a cue: the paragraph is the article's again
    method = "quote:full-text" if own_text else "quote:introduced"
    scan.add(start, end, speaker, "direct", ":" if not own_text else "", method, paragraph[0], NO_SPAN)
    scan.last_direct = speaker
    return True
