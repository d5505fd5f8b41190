"""Frames per utterance: which angles of the Policy Frames Codebook (adapted) a text uses.

The taxonomy and its cue terms are data (``resources/frames.yml``). A frame is
found when one of its cues occurs in the text; ``cues`` says which words fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class FrameResult:
    frames: tuple[str, ...]
    cues: tuple[str, ...]


def cue_pattern(cue: str) -> str:
    """'escalat*' -> a regex matching the word with any ending, at word boundaries.

    Words may be separated by any whitespace; an apostrophe also matches a typographic one.
    """
    parts = [re.escape(part).replace(r"\*", r"\w*").replace("'", "['\u2019]") for part in cue.split()]
    return r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])"


def index_key(cue: str) -> str:
    """Up to four leading letters of a cue: only texts with a word starting so are searched for it."""
    return re.match(r"[a-z]{0,4}", cue.lower()).group()


def word_prefixes(text: str) -> set[str]:
    """The 1- to 4-letter beginnings of the words of ``text`` (and ""), to pick the cues worth searching."""
    prefixes = {""}
    for word in re.findall(r"[a-z]+", text.lower()):
        prefixes.update(word[:k] for k in range(1, 5))
    return prefixes


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, tuple[tuple[str, re.Pattern, str], ...]]:
    """Frame name -> its cues as (cue, compiled pattern, index key), in the file's order."""
    raw = yaml.safe_load(resources.files("analysis").joinpath("resources", "frames.yml").read_text("utf-8"))
    return {frame: tuple((c, re.compile(cue_pattern(c), re.IGNORECASE), index_key(c)) for c in cues)
            for frame, cues in raw.items()}


def __getattr__(name: str):
    """``FRAMES``, the taxonomy in order, read on first use (nothing is read at import)."""
    if name == "FRAMES":
        return tuple(taxonomy())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find_frames(text: str) -> FrameResult:
    """The frames whose cues occur in ``text`` (taxonomy order) and the cues, as ``frame:word``."""
    prefixes = word_prefixes(text)
    frames, cues = [], []
    for frame, frame_cues in taxonomy().items():
        found = sorted({" ".join(m.group().lower().split())
                        for _, pattern, key in frame_cues if key in prefixes for m in pattern.finditer(text)})
        if found:
            frames.append(frame)
            cues.extend(f"{frame}:{word}" for word in found)
    return FrameResult(tuple(frames), tuple(cues))
