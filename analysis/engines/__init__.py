"""Where the per-document analysis runs: three engines that yield the same rows, in corpus order.

- **in-process** (``jobs=1``, the default): documents one after another in this process;
- **processes** (``discourse analyze --jobs N``): a pool of N processes on this machine
  (:func:`analysis.engines.local.iter_rows`);
- **Dask** (``engine="dask"``, ``discourse analyze --engine dask``): partitions of the corpus on a Dask
  cluster, of this machine's cores or of many machines (:mod:`analysis.engines.cluster`).

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

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "analyze", "iter_rows"]


def check_engine(engine: str, *, client: object = None, partitions: int | None = None) -> None:
    """Refuse an unknown engine, and options that only the Dask engine reads."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if engine != "dask" and (client is not None or partitions is not None):
        raise ValueError("client and partitions are options of engine='dask' only")
    if partitions is not None and partitions < 1:
        raise ValueError(f"partitions must be at least 1, not {partitions}")


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
            actors: str | Path | None = None, target: str | Path | None = None, engine: str = "local",
            client: object = None, partitions: int | None = None) -> pd.DataFrame:
    """Analyse a corpus (documents, or a path: a file, a folder or a glob pattern) into the utterance or
    sentence table.

    A path that does not exist raises ``FileNotFoundError`` naming it (as :func:`~analysis.corpus.load_corpus`).
    Files that cannot be read are skipped with a warning; an unexpected error while analysing a
    document raises :class:`~analysis.pipeline.DocumentError` naming it (no rows are dropped silently).

    ``actors`` is a YAML file extending the shipped actor registry; ``target`` a YAML file defining the
    stance target (default: North Korea's troop deployment for Russia). ``engine="dask"`` runs on a
    Dask cluster: ``client`` (a ``distributed.Client``; default the current one, else a temporary
    cluster of this machine's cores) and ``partitions`` (default: see :mod:`analysis.engines.cluster`).
    The table is the same with either engine.
    """
    check_engine(engine, client=client, partitions=partitions)
    settings = Settings(unit=unit, actors=None if actors is None else str(actors),
                        target=None if target is None else str(target))
    paths = check_paths_exist(corpus) if isinstance(corpus, (str, Path)) else None
    if engine == "dask":
        from .cluster import iter_rows_on_cluster, running_client

        with running_client(client) as active:
            return collect(iter_rows_on_cluster(corpus if paths is None else paths, settings, client=active,
                                                partitions=partitions), unit)
    return collect(iter_rows(corpus if paths is None else iter_corpus(paths), settings), unit)
