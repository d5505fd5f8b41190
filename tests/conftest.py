"""Shared fixtures: paths of the repository and a helper to write small input files."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_a5a0ec344c3b34ca.txt"


@pytest.fixture
def write(tmp_path):
    """``write("name.txt", text_or_bytes)`` creates a file in a temporary folder and returns its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return _write


def counting(sequence):
    """``sequence`` (a list or tuple) as one that counts in ``reads`` how often it is read from the start,
    so a test can tell a single pass from a pass per item without timing anything."""

    class Counting(type(sequence)):
        reads = 0

        def __iter__(self):
            self.reads += 1
            return super().__iter__()

    return Counting(sequence)
