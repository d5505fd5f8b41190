"""Headlines and standfirsts: 'Seoul condemns …', 'Kremlin: No information on …', '… , says Touray'.

A headline is read like a sentence (:mod:`.reported`), with its own grammar: a colon instead of a
verb ('Budanov: Russia throwing troops into …', '… to drag NATO into Asia: experts'), present-tense
verbs, and verbs joined by a comma ('Türkiye condemns …, warns of …').
"""

from __future__ import annotations

import re

from ..text import Sentence
from .candidates import Scan
from .names import source_phrase
from .patterns import QUOTE

HEADLINE_KINDS = ("headline", "standfirst")
#: 'Kremlin: No information on North Korean troops' (a speaker, a colon, what was said).
SPEAKER_COLON = re.compile(r"\s*(?P<who>[^:\"]{2,60}?):\s+(?P<what>\S.*)$")
#: 'West hyping DPRK troops to drag NATO into Asia-Pacific: experts' (what was said, a colon, a speaker).
COLON_SPEAKER = re.compile(r"(?P<what>.*\S):\s+(?P<who>[^:\"]{2,40}?)\s*$")
MAX_SPEAKER_WORDS = 6
MIN_WORDS = 3


def is_headline(sent: Sentence) -> bool:
    return sent.boilerplate in HEADLINE_KINDS


def colon_headline(scan: Scan, sent: Sentence) -> bool:
    """A row for a headline whose colon stands for the verb; True if one was added."""
    text = scan.text
    for pattern in (SPEAKER_COLON, COLON_SPEAKER):
        found = pattern.match(text, sent.start, sent.end)
        if found is None or len(found.group("who").split()) > MAX_SPEAKER_WORDS or \
                len(found.group("what").split()) < MIN_WORDS:
            continue
        who = found.group("who").strip()
        info = scan.resolve(who) or next(iter(source_phrase(scan.context, who)), None)
        if info is None or info.kind == "state" and pattern is COLON_SPEAKER or info.method == "source:name":
            continue  # not 'The Latest: …' (a name for no one in particular)
        start, end = found.span("what")
        mode = "partial" if any(mark in text[start:end] for mark in (QUOTE, "\u2018", "\u2019", "'")) else "indirect"
        return scan.add(start, end, info, mode, ":", "headline:colon", sent, found.span("who"))
    return False
