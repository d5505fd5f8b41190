"""Frames per utterance: which angles of the Policy Frames Codebook (adapted) a text uses.

The taxonomy and its cue terms are data (``resources/frames.yml``). A frame is
found when one of its cues occurs in the text; ``cues`` says which words fired.

Round 6 (see the header of ``frames.yml``):

* a cue written ``~troops`` is a *topic* cue: it names what the whole corpus is about (troops,
  Kursk, a deployment), so its frame is reported only when no frame has an ordinary cue;
* a match inside a longer match of another cue does not count ("law" in "international law",
  "cooperation" in "military cooperation", "defense" in "air defense");
* frames are ordered by strength, the number of distinct ordinary cue words found, ties in the
  taxonomy's order, so the first frame is the main one; a frame with fewer than half the
  strongest frame's cue words is dropped (one word beside three is an aside, not a frame).

Round 7 (each change measured round by round, kept only when it helped rounds it was not
derived from):

* a cue word naming a ministry is an office, not a frame: "Defence Ministry", "Ministry of
  Defence", "defence minister" give no security frame ("put that question to the Defence
  Ministry" has none);
* ties in strength are broken by the words of the matched cues, so a phrase ("international
  law", "chargé d'affaires", "own business") ranks before a single word ("treaty", "friends",
  "fight") found as often; which frames are kept is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .shipped import resource_yaml

from .text import LETTERS, scored_part

TOPIC_MARK = "~"


@dataclass(frozen=True)
class FrameResult:
    frames: tuple[str, ...]
    cues: tuple[str, ...]


#: A match starts a word: nothing word-like right before it.
WORD_START = r"(?<![\w])"


def _cue_body(cue: str) -> str:
    parts = [re.escape(part).replace(r"\*", r"\w*").replace("'", "['\u2019]") for part in cue.split()]
    return r"\s+".join(parts) + r"(?![\w])"


def cue_pattern(cue: str) -> str:
    """'escalat*' -> a regex matching the word with any ending, at word boundaries.

    Words may be separated by any whitespace; an apostrophe also matches a typographic one.
    """
    return WORD_START + _cue_body(cue)


def cues_pattern(cues: Iterable[str]) -> str:
    """A regex matching any of ``cues`` (each as :func:`cue_pattern`, tried in order), with the check
    for a word start written once for all of them, so that a search tests it once per position."""
    return WORD_START + "(?:" + "|".join(_cue_body(cue) for cue in cues) + ")"


def index_key(cue: str) -> str:
    """Up to four leading letters of a cue: only texts with a word starting so are searched for it."""
    return re.match(r"[a-z]{0,4}", cue.lower()).group()


def word_prefixes(text: str) -> set[str]:
    """The 1- to 4-letter beginnings of the words of ``text`` (and ""), to pick the cues worth searching."""
    prefixes = {""}
    for word in set(LETTERS.findall(text.lower())):
        prefixes.update((word[:1], word[:2], word[:3], word[:4]))
    return prefixes


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, tuple[tuple[str, re.Pattern, str, bool], ...]]:
    """Frame name -> its cues as (cue, compiled pattern, index key, is a topic cue), in the file's order."""
    raw = resource_yaml("frames.yml")
    table = {}
    for frame, cues in raw.items():
        entries = []
        for cue in cues:
            topic = cue.startswith(TOPIC_MARK)
            cue = cue.removeprefix(TOPIC_MARK)
            entries.append((cue, re.compile(cue_pattern(cue), re.IGNORECASE), index_key(cue), topic))
        table[frame] = tuple(entries)
    return table


def __getattr__(name: str):
    """``FRAMES``, the taxonomy in order, read on first use (nothing is read at import)."""
    if name == "FRAMES":
        return tuple(taxonomy())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


MINISTRY_AFTER = re.compile(r"\s+minist(?:ry|ries|er|ers)\b", re.IGNORECASE)
MINISTRY_BEFORE = re.compile(r"\bminist(?:ry|ries|er|ers)\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _names_a_ministry(text: str, start: int, end: int) -> bool:
    """True when the match is the subject of a ministry's name ("Defence Ministry", "Ministry of Defence")."""
    return bool(MINISTRY_AFTER.match(text, end) or MINISTRY_BEFORE.search(text[max(0, start - 30):start]))


@lru_cache(maxsize=1)
def _cues_by_key() -> dict[str, tuple[tuple[int, int, re.Pattern, bool], ...]]:
    """Index key -> (place in the taxonomy, frame number, pattern, is a topic cue) of its cues, in taxonomy order."""
    index: dict[str, list] = {}
    entries = ((number, cue) for number, frame_cues in enumerate(taxonomy().values()) for cue in frame_cues)
    for order, (number, (_, pattern, key, topic)) in enumerate(entries):
        index.setdefault(key, []).append((order, number, pattern, topic))
    return {key: tuple(cues) for key, cues in index.items()}


def _matches(text: str) -> list[tuple[int, int, int, str, bool]]:
    """(start, end, frame number, matched words, topic) of every cue match not inside a longer one."""
    index = _cues_by_key()
    cues = sorted(cue for key in word_prefixes(text) & index.keys() for cue in index[key])
    found = [(m.start(), m.end(), number, " ".join(m.group().lower().split()), topic)
             for _, number, pattern, topic in cues for m in pattern.finditer(text)
             if not _names_a_ministry(text, m.start(), m.end())]
    return [m for m in found
            if not any(o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] and o[2] != m[2]
                       for o in found)]


def find_frames(text: str) -> FrameResult:
    """The frames whose cues occur in ``text``, strongest first, and the cues, as ``frame:word``.

    Topic cues (``~``) count only when no ordinary cue of any frame occurs; frames with fewer than
    half the strongest frame's cue words are left out; ties go to the frame whose cues have more
    words. A cue naming a ministry ("Defence Ministry") does not count. At most the first
    :data:`~analysis.text.SCORED_CHARACTERS` of ``text`` are read.
    """
    matches = _matches(scored_part(text))
    if any(not topic for *_, topic in matches):
        matches = [m for m in matches if not m[4]]
    names = tuple(taxonomy())
    words: dict[int, set[str]] = {}
    for _, _, number, word, _ in matches:
        words.setdefault(number, set()).add(word)
    order = sorted(words, key=lambda number: (-len(words[number]),
                                              -sum(len(word.split()) for word in words[number]), number))
    if order:
        strongest = len(words[order[0]])
        order = [number for number in order if 2 * len(words[number]) >= strongest]
    return FrameResult(tuple(names[n] for n in order),
                       tuple(f"{names[n]}:{word}" for n in order for word in sorted(words[n])))
