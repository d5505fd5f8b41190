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
    """'escalat*' -> a regex matching the word with any ending, at word boundaries."""
    parts = [re.escape(part).replace(r"\*", r"\w*") for part in cue.split()]
    return r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])"


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, re.Pattern]:
    """Frame name -> one compiled pattern over all its cues, in the file's order."""
    raw = yaml.safe_load(resources.files("analysis").joinpath("resources", "frames.yml").read_text("utf-8"))
    return {frame: re.compile("|".join(cue_pattern(c) for c in cues), re.IGNORECASE) for frame, cues in raw.items()}


FRAMES: tuple[str, ...] = tuple(taxonomy())


def find_frames(text: str) -> FrameResult:
    """The frames whose cues occur in ``text`` (taxonomy order) and the cues, as ``frame:word``."""
    frames, cues = [], []
    for frame, pattern in taxonomy().items():
        found = sorted({m.group().lower() for m in pattern.finditer(text)})
        if found:
            frames.append(frame)
            cues.extend(f"{frame}:{word}" for word in found)
    return FrameResult(tuple(frames), tuple(cues))
