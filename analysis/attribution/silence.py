"""Meaningful silence: declining to comment, not responding, neither confirming nor denying.

The content of a silence row is the cue with its object ('declined to comment on the reports').
:func:`silence_row` reads a silence cue of a speaker; :func:`neither` gives each party of 'Neither
Moscow nor Pyongyang has acknowledged …' a row; :func:`unanswered` gives the one asked a row in
'The BBC asked the embassy … but did not receive a reply' (whoever asked is no speaker).
"""

from __future__ import annotations

import re

from ..actors import SpeakerInfo
from ..text import Sentence
from .candidates import Scan
from .continuations import participle
from .cues import Cue

#: 'Neither Moscow nor Pyongyang has (officially) acknowledged …': a silence of each party.
NEITHER = re.compile(r"\b[Nn]either\s+(?P<a>[\w.'-]+(?:\s+[\w.'-]+){0,4}?)\s+nor\s+(?P<b>[\w.'-]+(?:\s+[\w.'-]+){0,4}?)"
                     r"(?:\s*,[^,]{0,80},)?(?P<verb>\s+(?:(?:has|have|had|did|does|do|would|will|could)\s+)?"
                     r"(?:(?:yet|so far|ever)\s+)?(?:\w+ly\s+)?)$")
#: 'The BBC asked the Russian embassy … but did not receive a reply': a silence of the one asked.
UNANSWERED = re.compile(
    r"\b(?:asked|contacted|approached|reached out to|sought comment from|requested comment from)\s+"
    r"(?P<whom>(?:the\s+)?[^,.;]+?)(?:\s+(?:about|on|for|over|regarding|whether|if|to)\b[^.;]*?)?,?\s+but\s+"
    r"(?P<silence>(?:did not|didn't|has not|had not|have not)\s+(?:yet\s+)?(?:receive|get)\s+(?:a|an|any)\s+"
    r"(?:reply|response|answer)|(?:received|got)\s+no\s+(?:reply|response|answer))", re.IGNORECASE)
#: '… when asked about …' ends what was declined: the question is no part of the silence.
WHEN_ASKED = re.compile(r"\s+(?:when|after|as|while)\s+(?:asked|questioned|pressed)\b", re.IGNORECASE)
EXCEPT = re.compile(r"\bexcept\b")


def silence_row(scan: Scan, sent: Sentence, cue: Cue, info: SpeakerInfo, method: str, span: tuple[int, int],
                limit: int) -> tuple[int, int]:
    """A silence of ``info`` from ``cue`` to the end of what was declined; returns that span (its object is no
    speech: 'declined to comment on reports that …'). A participle after it is a further row."""
    end = scan.coordinated_end(cue.end, scan.content_end(cue.end, limit))
    found = EXCEPT.search(scan.text, cue.end, end)
    end = found.start() if found else end
    when = WHEN_ASKED.search(scan.text, cue.end, end)
    end = when.start() if when else end
    scan.add(cue.start, end, info, "silence", cue.text, method, sent, span)
    if end < limit:
        participle(scan, sent, end, info)
    return cue.end, end


def neither(scan: Scan, sent: Sentence, cue: Cue, limit: int) -> bool:
    """'Neither Moscow nor Pyongyang has officially acknowledged …': one silence row per party."""
    found = NEITHER.search(scan.text, sent.start, cue.start)
    if not found:
        return False
    infos = [scan.resolve(found.group(part)) for part in ("a", "b")]
    if not all(infos):
        return False
    end = scan.coordinated_end(cue.end, scan.content_end(cue.end, limit))
    for info, part in zip(infos, ("a", "b")):
        scan.add(found.start("verb"), end, info, "silence", scan.text[found.start("verb"):cue.end].strip(),
                 "silence:neither-nor", sent, found.span(part))
    return True


def unanswered(scan: Scan, sent: Sentence, cues: list[Cue]) -> list[Cue]:
    """'The BBC asked the Russian embassy … but did not receive a reply': a silence of the one asked;
    whoever asked (often the outlet itself) is no speaker. Returns the cues outside that clause."""
    found = UNANSWERED.search(scan.text, sent.start, sent.end)
    if not found or scan.inside_quote(found.start()):
        return cues
    info = scan.resolve(found.group("whom"))
    if info is not None:
        scan.add(found.start("silence"), found.end("silence"), info, "silence", found.group("silence"),
                 "silence:unanswered", sent, found.span("whom"))
    return [c for c in cues if not found.start() <= c.start < found.end()]
