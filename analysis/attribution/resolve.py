"""From the rows the rules found to the public :class:`Utterance` table: sorted, one row per utterance.

A rule may find the same words twice (a quoted attitude inside a reported clause, a joint statement
read from two cues): rows with the same span, speaker, actor and mode are one utterance, the first
found kept with its method.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .candidates import Candidate


@dataclass(frozen=True)
class Utterance:
    """One utterance: content span in ``doc.text``, who, for whom, how, and which rule."""

    start: int
    end: int
    speaker: str
    actor: str
    mode: str
    cue: str
    method: str
    speaker_start: int = -1
    speaker_end: int = -1
    sent_id: int = -1
    via: str = ""  # the outlet or agency that passed the words on ('TASS quoted Gerasimov as saying'), if any


def utterances(candidates: Iterable[Candidate], credits: Iterable[tuple[int, int, int, str]] = ()) -> list[Utterance]:
    """The rows as utterances sorted by position (then actor and speaker), duplicates dropped; ``credits``
    (sentence, start, end, channel) name the channel of the rows starting in their span."""
    credits = list(credits)
    result, seen = [], set()
    for row in sorted(candidates, key=lambda row: (row.start, row.end, row.speaker.actor, row.speaker.speaker)):
        key = (row.start, row.end, row.speaker.speaker, row.speaker.actor, row.mode)
        if key not in seen:
            seen.add(key)
            via = next((channel for sent_id, start, end, channel in credits
                        if sent_id == row.sent_id and start <= row.start < end and channel != row.speaker.speaker), "")
            result.append(Utterance(row.start, row.end, row.speaker.speaker, row.speaker.actor, row.mode, row.cue,
                                    row.method, *row.speaker_span, row.sent_id, via))
    return result
