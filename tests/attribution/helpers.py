"""What the attribution tests compare: the rows find_utterances gives for a tiny text."""

from __future__ import annotations

from analysis.attribution import find_utterances
from analysis.corpus import make_document


def rows(text: str, date: str = "2024-11-13"):
    """(content, speaker, actor, mode, cue, method) of each utterance found in ``text``, dated ``date``."""
    doc = make_document("d", text, {"date": date})
    return [(doc.text[u.start:u.end], u.speaker, u.actor, u.mode, u.cue, u.method) for u in find_utterances(doc)]


def who(text: str):
    """(speaker, actor) of each utterance found in ``text``."""
    return [(row[1], row[2]) for row in rows(text)]
