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
from dataclasses import replace
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..corpus import Document, LoadProblem, extra_metadata, load_corpus
from ..pipeline import Settings, rows_frame
from .local import iter_rows, progress_bar

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "analyze", "iter_rows", "progress_bar"]


def check_engine(engine: str, *, client: object = None, partitions: int | None = None) -> None:
    """Refuse an unknown engine, and options that only the Dask engine reads."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if engine != "dask" and (client is not None or partitions is not None):
        raise ValueError("client and partitions are options of engine='dask' only")
    if partitions is not None and partitions < 1:
        raise ValueError(f"partitions must be at least 1, not {partitions}")


def collect(results: Iterable[list[dict] | LoadProblem], settings: Settings, progress=None) -> pd.DataFrame:
    """The pandas table of an engine's results; each problem becomes a warning naming the file."""
    rows: list[dict] = []
    for result in results:
        if progress is not None:
            progress.update(1)
        if isinstance(result, LoadProblem):
            warnings.warn(str(result), stacklevel=3)
        else:
            rows.extend(result)
    return rows_frame(rows, settings.unit, settings.extra)


def analyze(corpus: Iterable[Document] | str | Path, *, unit: str = "utterance",
            actors: str | Path | None = None, target: str | Path | None = None, naming: str | Path | None = None,
            progress: bool = False, engine: str = "local", client: object = None,
            partitions: int | None = None) -> pd.DataFrame:
    """Analyse a corpus (documents, or a path: a file, a folder or a glob pattern) into the utterance,
    sentence, document or naming table.

    A path that does not exist raises ``FileNotFoundError`` naming it (as :func:`~analysis.corpus.load_corpus`).
    Files that cannot be read are skipped with a warning; an unexpected error while analysing a
    document raises :class:`~analysis.pipeline.DocumentError` naming it (no rows are dropped silently).

    ``actors`` is a YAML file extending the shipped actor registry; ``target`` a YAML file defining the
    stance target (default: North Korea's troop deployment for Russia); ``naming`` a YAML file
    extending the shipped naming choices (``resources/naming.yml``). Metadata beyond title, date,
    source, language and url become columns after them; list columns (``frames``, ``stance_cues``,
    ``frame_cues``, ``outlet_hedges``) are joined with ``"; "`` as in CSV. ``progress=True`` shows a progress bar (a
    widget in Jupyter; Dask's own bar with the Dask engine).

    ``engine="dask"`` runs on a Dask cluster: ``client`` (a ``distributed.Client``; default the current
    one, else a temporary cluster of this machine's cores) and ``partitions`` (default: see
    :mod:`analysis.engines.cluster`). The table is the same with either engine.
    """
    check_engine(engine, client=client, partitions=partitions)
    settings = Settings(unit=unit, actors=None if actors is None else str(actors),
                        target=None if target is None else str(target), naming=None if naming is None else str(naming))
    if engine == "dask":
        from .cluster import analyze_on_cluster

        return analyze_on_cluster(corpus, settings, client=client, partitions=partitions, progress=progress)
    if isinstance(corpus, (str, Path)):
        corpus = load_corpus(corpus)  # warns for each file that cannot be read
    documents = []
    for item in corpus:
        if isinstance(item, LoadProblem):
            warnings.warn(str(item), stacklevel=2)
        else:
            documents.append(item)
    settings = replace(settings, extra=extra_metadata(documents))
    with progress_bar(total=len(documents), enabled=progress, unit="doc") as bar:
        return collect(iter_rows(documents, settings), settings, bar)
