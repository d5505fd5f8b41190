"""Where the per-document analysis runs: engines that yield the same rows, in corpus order.

- **in-process** (``jobs=1``, the default): documents one after another in this process;
- **processes** (``discourse analyze --jobs N``): a pool of N processes on this machine
  (:func:`analysis.engines.local.iter_rows`).

Every engine runs :func:`analysis.pipeline.analyze_item` on every document: bad input is reported and
skipped, a bug raises :class:`~analysis.pipeline.DocumentError` naming the document.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..corpus import Document, LoadProblem, check_paths_exist, iter_corpus
from ..pipeline import Settings, rows_frame
from .local import iter_rows

__all__ = ["analyze", "iter_rows"]


def collect(results: Iterable[list[dict] | LoadProblem], unit: str) -> pd.DataFrame:
    """The table of an engine's results; each problem becomes a warning naming the file."""
    rows: list[dict] = []
    for result in results:
        if isinstance(result, LoadProblem):
            warnings.warn(str(result), stacklevel=3)
        else:
            rows.extend(result)
    return rows_frame(rows, unit)


def analyze(corpus: Iterable[Document] | str | Path, *, unit: str = "utterance",
            actors: str | Path | None = None, target: str | Path | None = None) -> pd.DataFrame:
    """Analyse a corpus (documents, or a path: a file, a folder or a glob pattern) into the utterance or
    sentence table.

    A path that does not exist raises ``FileNotFoundError`` naming it (as :func:`~analysis.corpus.load_corpus`).
    Files that cannot be read are skipped with a warning; an unexpected error while analysing a
    document raises :class:`~analysis.pipeline.DocumentError` naming it (no rows are dropped silently).

    ``actors`` is a YAML file extending the shipped actor registry; ``target`` a YAML file defining the
    stance target (default: North Korea's troop deployment for Russia).
    """
    settings = Settings(unit=unit, actors=None if actors is None else str(actors),
                        target=None if target is None else str(target))
    items = iter_corpus(check_paths_exist(corpus)) if isinstance(corpus, (str, Path)) else corpus
    return collect(iter_rows(items, settings), unit)
