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


def introduced_paragraph(scan: Scan, paragraph: list[Sentence], speaker: SpeakerInfo) -> bool:
    """The words of a paragraph introduced by a colon line, as one direct row of ``speaker``; False if the
    paragraph speaks for itself (it holds quotation marks or is boilerplate)."""
    start, end = paragraph[0].start, paragraph[-1].end
    if any(sent.boilerplate for sent in paragraph) or '"' in scan.text[start:end] or \
            any(cue.kind != "passive" for cue in scan.cues(start, end)):
        return False  # quotation marks of its own, or a cue: the paragraph is the article's again
    scan.add(start, end, speaker, "direct", ":", "quote:introduced", paragraph[0], NO_SPAN)
    scan.last_direct = speaker
    return True
