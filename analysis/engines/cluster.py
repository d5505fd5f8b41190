"""The Dask engine: the corpus in partitions on a Dask cluster, each analysed by one pure function.

The client lists the corpus files; then two rounds of tasks run on the cluster:

1. **index**: each task reads a batch of files as the local engine reads them and returns their
   document ids and metadata keys, or the file's problem. The client then skips duplicate ids as the
   local engine does, learns the extra metadata columns every row carries, and cuts the corpus into
   partitions: runs of consecutive documents, so a large table is split and many small files are
   grouped (:func:`plan`).
2. **analyse**: one task per partition reads its documents and runs
   :func:`analysis.pipeline.analyze_item` on each (:func:`partition_rows`), returning the rows, or
   writing them to one Parquet file (:func:`write_partition`), or giving one pandas DataFrame of a
   ``dask.dataframe`` (:func:`partition_frame`).

Taken in partition order, the rows are exactly those of the local engine. Tasks keep no state (the
lexicons and registry each process caches are read-only), and read files and write parts by path:
on several machines the corpus, the ``actors``/``target`` files and an output folder must be at the
same path on every machine (a shared filesystem).

Dask is an optional extra; :func:`require_dask` says how to install it.
"""

from __future__ import annotations

import logging
import os
import warnings
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from math import ceil
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..corpus import (DEFAULT_OPTIONS, CorpusError, Document, LoadProblem, ReadOptions, check_paths_exist,
                      corpus_files, extra_keys, extra_metadata, iter_records, make_document)
from ..output import part_name, table_writer
from ..pipeline import Settings, analyze_item, check_settings, columns_for, rows_frame

if TYPE_CHECKING:  # pandas is imported where a table is built: the discourse command streams rows without it
    import pandas as pd

#: Documents per partition the default aims at (a partition of news articles then takes a minute or
#: so on one core); there are also at least two partitions per worker thread, so every core has work.
DOCUMENTS_PER_PARTITION = 1000

#: At most this many files are read by one index task.
FILES_PER_INDEX_TASK = 100

INSTALL_HINT = 'pip install -e ".[dask]" in a clone, or pip install "discourse-analysis[dask]"'


class MissingExtraError(ImportError):
    """The Dask engine was asked for but Dask is not installed."""


class ClusterError(OSError):
    """The Dask scheduler named by the user cannot be reached."""


def require_dask() -> None:
    """Raise :class:`MissingExtraError` naming the extra to install when Dask is missing."""
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError(f"the Dask engine needs the optional 'dask' extra ({exc.name} is not "
                                f"installed): {INSTALL_HINT}") from exc


# --------------------------------------------------------------------------- what tasks carry


@dataclass(frozen=True)
class Caught:
    """A warning raised in a task, to be issued again where the results are read."""

    message: str
    category: type[Warning]

    def issue(self) -> None:
        warnings.warn(self.message, self.category, stacklevel=4)


@dataclass(frozen=True)
class FileIndex:
    """The document ids of one file in order and each one's extra metadata keys, and the problems of the
    records that cannot be read (a bad CSV row or JSONL line); or the problem that makes the file
    unreadable."""

    path: str
    doc_ids: tuple[str, ...] = ()
    doc_keys: tuple[tuple[str, ...], ...] = ()
    problem: LoadProblem | None = None
    warnings: tuple[Caught, ...] = ()
    record_problems: tuple[LoadProblem, ...] = ()


@dataclass(frozen=True)
class Segment:
    """Documents ``start`` (inclusive) to ``stop`` of one file, leaving out the positions in ``skip``
    (documents whose id an earlier document already has)."""

    path: str
    start: int
    stop: int
    skip: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Partition:
    """One task's share of the corpus: segments of files, or documents already in memory."""

    number: int
    segments: tuple[Segment, ...] = ()
    documents: tuple[Document | LoadProblem, ...] = ()


@dataclass(frozen=True)
class PartitionResult:
    """What a partition gave, in document order: each document's rows or its problem. ``results`` is
    empty when the rows were written to a part file (``path``)."""

    number: int
    results: tuple[list[dict] | LoadProblem, ...] = ()
    problems: tuple[LoadProblem, ...] = ()
    warnings: tuple[Caught, ...] = ()
    documents: int = 0
    rows: int = 0
    path: str | None = None


def _caught(records: list[warnings.WarningMessage]) -> tuple[Caught, ...]:
    return tuple(Caught(str(record.message), record.category) for record in records)


# --------------------------------------------------------------------------- the tasks (pure functions)


def index_files(paths: tuple[str, ...], options: ReadOptions = DEFAULT_OPTIONS) -> list[FileIndex]:
    """Read each file whole, as :func:`~analysis.corpus.read_file` does, and keep its document ids and
    their extra metadata keys."""
    indexes = []
    for path in paths:
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per key set, so it travels once
        with warnings.catch_warnings(record=True) as records:
            warnings.simplefilter("always")
            try:
                found, bad_records = [], []
                for item in iter_records(Path(path), options=options):  # bodies are not kept
                    if isinstance(item, LoadProblem):
                        bad_records.append(item)
                    else:
                        found.append((item[0], extra_keys([item[2]])))
                doc_ids, problem = tuple(doc_id for doc_id, _ in found), None
                doc_keys = tuple(shared.setdefault(keys, keys) for _, keys in found)
            except CorpusError as exc:
                doc_ids, doc_keys, problem, bad_records = (), (), LoadProblem(exc.path, exc.problem), ()
        indexes.append(FileIndex(path, doc_ids, doc_keys, problem, _caught(records), tuple(bad_records)))
    return indexes


def _documents_only(records: Iterable[tuple[str, str, dict] | LoadProblem]) -> Iterator[tuple[str, str, dict]]:
    """The document records of a file, its bad records left out (the index round reported them), so
    positions count documents alone in both rounds."""
    return (record for record in records if not isinstance(record, LoadProblem))


def read_segment(segment: Segment, options: ReadOptions = DEFAULT_OPTIONS) -> list[Document | LoadProblem]:
    """The documents of ``segment``, built as the local engine builds them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the index round reported the file's warnings already
        try:
            records = list(islice(_documents_only(iter_records(Path(segment.path), options=options)),
                                  segment.start, segment.stop))
        except CorpusError as exc:  # the file changed since the index round
            return [LoadProblem(exc.path, exc.problem)]
    return [make_document(*record) for position, record in enumerate(records, start=segment.start)
            if position not in segment.skip]


def partition_rows(partition: Partition, settings: Settings, options: ReadOptions = DEFAULT_OPTIONS) -> PartitionResult:
    """Analyse the documents of ``partition`` in order: each one's rows, or its problem (bad input).
    A bug raises :class:`~analysis.pipeline.DocumentError` naming the document."""
    results: list[list[dict] | LoadProblem] = []
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        for items in (read_segment(segment, options) for segment in partition.segments):
            results.extend(analyze_item(item, settings) for item in items)
        results.extend(analyze_item(item, settings) for item in partition.documents)
    documents = [result for result in results if not isinstance(result, LoadProblem)]
    return PartitionResult(partition.number, tuple(results),
                           problems=tuple(result for result in results if isinstance(result, LoadProblem)),
                           warnings=_caught(records), documents=len(documents),
                           rows=sum(len(rows) for rows in documents))


def write_partition(partition: Partition, settings: Settings, folder: str,
                    options: ReadOptions = DEFAULT_OPTIONS) -> PartitionResult:
    """Analyse ``partition`` and write its rows to ``folder``/part-NNNNN.parquet (atomically)."""
    result = partition_rows(partition, settings, options)
    path = Path(folder) / part_name(partition.number)
    with table_writer(path, columns_for(settings.unit, settings.extra)) as sink:
        for rows in result.results:
            if not isinstance(rows, LoadProblem):
                sink.write(rows)
    return replace(result, results=(), path=str(path))


def partition_frame(partition: Partition, settings: Settings, options: ReadOptions = DEFAULT_OPTIONS) -> pd.DataFrame:
    """The rows of ``partition`` as one pandas DataFrame (a partition of :func:`analyze_dask`'s frame);
    problems and warnings go to the client as warnings (``distributed.warn``)."""
    from distributed import warn

    result = partition_rows(partition, settings, options)
    for caught in result.warnings:
        warn(caught.message, caught.category)
    for problem in result.problems:
        warn(str(problem))
    return rows_frame((row for rows in result.results if not isinstance(rows, LoadProblem) for row in rows),
                      settings.unit, settings.extra)


# --------------------------------------------------------------------------- planning, on the client


def for_workers(settings: Settings) -> Settings:
    """``settings`` with absolute paths, which a worker started in another folder can read."""
    def absolute(path: str | None) -> str | None:
        return None if path is None else str(Path(path).absolute())

    return replace(settings, actors=absolute(settings.actors), target=absolute(settings.target),
                   naming=absolute(settings.naming))


def worker_threads(client) -> int:
    """Threads of the cluster's workers (of this machine when there is no cluster)."""
    if client is None:
        return os.cpu_count() or 1
    return max(1, sum(client.nthreads().values()))


def partition_count(documents: int, threads: int, requested: int | None = None) -> int:
    """``requested`` or :data:`DOCUMENTS_PER_PARTITION` documents a partition but two per thread at
    least; never more than the documents, never fewer than one."""
    wanted = requested or max(ceil(documents / DOCUMENTS_PER_PARTITION), 2 * threads)
    return max(1, min(wanted, documents))


def _index(files: list[str], client, options: ReadOptions) -> list[FileIndex]:
    """Index ``files`` in batches, on the cluster when there is one."""
    size = max(1, min(FILES_PER_INDEX_TASK, ceil(len(files) / (2 * worker_threads(client)))))
    batches = [tuple(files[start:start + size]) for start in range(0, len(files), size)]
    if client is None:
        return [index for batch in batches for index in index_files(batch, options)]
    futures = client.map(index_files, batches, options=options, pure=False)
    return [index for batch in client.gather(futures) for index in batch]


def skip_duplicates(indexes: list[FileIndex]) -> tuple[list[tuple[FileIndex, frozenset[int]]], list[LoadProblem]]:
    """Each readable file with the positions of documents whose id an earlier document has, and a
    problem for each of those (as :func:`~analysis.corpus.iter_corpus` says it)."""
    seen: set[str] = set()
    kept, problems = [], []
    for index in indexes:
        skip = set()
        for position, doc_id in enumerate(index.doc_ids):
            if doc_id in seen:
                skip.add(position)
                problems.append(LoadProblem(index.path, f"duplicate document id {doc_id!r}; skipped"))
            seen.add(doc_id)
        kept.append((index, frozenset(skip)))
    return kept, problems


def split(files: list[tuple[FileIndex, frozenset[int]]], count: int) -> list[Partition]:
    """Cut the documents of ``files``, in order, into ``count`` runs of nearly equal length."""
    sizes = [len(index.doc_ids) for index, _ in files]
    offsets = [0]
    for size in sizes:
        offsets.append(offsets[-1] + size)
    total = offsets[-1]
    partitions = []
    for number in range(count):
        low, high = total * number // count, total * (number + 1) // count
        segments = []
        first = max(0, bisect_right(offsets, low) - 1)
        for position in range(first, len(files)):
            if offsets[position] >= high:
                break
            start, stop = max(low - offsets[position], 0), min(high - offsets[position], sizes[position])
            if start < stop:
                index, skip = files[position]
                segments.append(Segment(index.path, start, stop, frozenset(p for p in skip if start <= p < stop)))
        partitions.append(Partition(number, tuple(segments)))
    return partitions


@dataclass(frozen=True)
class Plan:
    """The partitions to analyse, how their files are read, the extra metadata columns their rows
    carry, and what listing and indexing the corpus found wrong or worth a warning."""

    partitions: list[Partition]
    problems: list[LoadProblem] = field(default_factory=list)
    warnings: list[Caught] = field(default_factory=list)
    extra: tuple[str, ...] = ()
    options: ReadOptions = DEFAULT_OPTIONS


def plan(corpus: str | Path | Iterable[str | Path] | Iterable[Document], *, client=None,
         partitions: int | None = None, options: ReadOptions = DEFAULT_OPTIONS) -> Plan:
    """Partitions of ``corpus``: paths (files, folders, glob patterns; indexed on the cluster of
    ``client``, else in this process) or documents already in memory."""
    items = [corpus] if isinstance(corpus, (str, Path)) else list(corpus)
    threads = worker_threads(client)
    if not all(isinstance(item, (str, Path)) for item in items):  # documents in memory
        count = partition_count(len(items), threads, partitions)
        documents = [item for item in items if isinstance(item, Document)]
        return Plan([Partition(number, documents=tuple(items[len(items) * number // count:
                                                             len(items) * (number + 1) // count]))
                     for number in range(count)], extra=extra_metadata(documents))
    with warnings.catch_warnings(record=True) as records:  # said with the other warnings, when run
        warnings.simplefilter("always")
        listed = corpus_files(items)
    missing = [item for item in listed if isinstance(item, LoadProblem)]
    indexes = _index([str(item.absolute()) for item in listed if isinstance(item, Path)], client, options)
    readable, duplicates = skip_duplicates([index for index in indexes if index.problem is None])
    problems = missing + [index.problem for index in indexes if index.problem is not None] + \
        [problem for index in indexes for problem in index.record_problems] + duplicates
    caught = list(_caught(records)) + [warning for index in indexes for warning in index.warnings]
    extra = extra_keys(keys for index, skip in readable for position, keys in enumerate(index.doc_keys)
                       if position not in skip)
    count = partition_count(sum(len(index.doc_ids) for index, _ in readable), threads, partitions)
    return Plan(split(readable, count), problems, caught, extra, options)


# --------------------------------------------------------------------------- running, on the client


def iter_partitions(work: Plan, settings: Settings, *, client, folder: str | Path | None = None,
                    progress: Callable[[list], None] | None = None) -> Iterator[LoadProblem | PartitionResult]:
    """Run the partitions of ``work`` on the cluster of ``client``: issue the plan's warnings and yield
    its problems, then each partition's result in order (its rows, or with ``folder`` the part file it
    wrote there). The rows carry the plan's extra metadata columns.

    Warnings raised on the workers are issued again here. ``progress`` is called with the futures of
    the analysis round (e.g. ``distributed.progress``, which blocks until they finish). A bug raises
    :class:`~analysis.pipeline.DocumentError` naming the document and cancels the rest.
    """
    check_settings(settings)
    for caught in work.warnings:
        caught.issue()
    yield from work.problems
    settings = for_workers(replace(settings, extra=work.extra))
    if folder is None:
        futures = client.map(partition_rows, work.partitions, settings=settings, options=work.options, pure=False)
    else:
        futures = client.map(write_partition, work.partitions, settings=settings, folder=str(folder),
                             options=work.options, pure=False)
    try:
        if progress is not None:
            progress(futures)
        for position, future in enumerate(futures):
            futures[position] = None  # the cluster forgets a result once it has been read
            result = future.result()
            del future
            for caught in result.warnings:
                caught.issue()
            yield result
    finally:
        client.cancel([future for future in futures if future is not None])


def iter_rows_on_cluster(work: Plan, settings: Settings, *, client,
                         progress: Callable[[list], None] | None = None) -> Iterator[list[dict] | LoadProblem]:
    """Like :func:`analysis.engines.local.iter_rows`: each document's rows, or a problem, in corpus
    order (those found while planning first)."""
    for result in iter_partitions(work, settings, client=client, progress=progress):
        if isinstance(result, LoadProblem):
            yield result
        else:
            yield from result.results


def text_progress(futures: list) -> None:
    """Dask's own text progress bar over ``futures``, on stderr (stdout may carry the output); it
    returns when they are all done."""
    import contextlib
    import sys

    from distributed import progress

    with contextlib.redirect_stdout(sys.stderr):
        progress(futures, notebook=False)


def analyze_on_cluster(corpus, settings: Settings, *, client=None, partitions: int | None = None,
                       progress: bool = False) -> pd.DataFrame:
    """:func:`analysis.engines.analyze` with ``engine="dask"``: the pandas table, the same as the local
    engine's; each problem becomes a warning naming the file."""
    from . import collect

    if isinstance(corpus, (str, Path)):
        corpus = check_paths_exist(corpus)
    with running_client(client) as active:
        work = plan(corpus, client=active, partitions=partitions)
        return collect(iter_rows_on_cluster(work, settings, client=active, progress=text_progress if progress else None),
                       replace(settings, extra=work.extra))


def analyze_dask(corpus, *, unit: str = "utterance", actors: str | Path | None = None,
                 target: str | Path | None = None, naming: str | Path | None = None, partitions: int | None = None,
                 client=None):
    """The utterance, sentence, document or naming table of ``corpus`` as a lazy ``dask.dataframe.DataFrame``,
    one partition per run of documents; ``.compute().reset_index(drop=True)`` gives the table of
    :func:`analysis.analyze` (each partition numbers its rows from 0).

    The files are indexed now, on the cluster of ``client`` (default: the current ``distributed``
    client, else in this process), and unreadable files are warned about now; a document that is bad
    input is warned about when its partition is computed.
    """
    require_dask()
    import dask.dataframe as dd

    if partitions is not None and partitions < 1:
        raise ValueError(f"partitions must be at least 1, not {partitions}")
    settings = Settings(unit=unit, actors=None if actors is None else str(actors),
                        target=None if target is None else str(target), naming=None if naming is None else str(naming))
    check_settings(settings)
    if isinstance(corpus, (str, Path)):
        corpus = check_paths_exist(corpus)  # a path that does not exist raises, as in analyze
    work = plan(corpus, client=client if client is not None else current_client(), partitions=partitions)
    for caught in work.warnings:
        caught.issue()
    for problem in work.problems:
        warnings.warn(str(problem), stacklevel=2)
    settings = for_workers(replace(settings, extra=work.extra))
    return dd.from_map(partition_frame, work.partitions, settings=settings, options=work.options,
                       meta=rows_frame([], unit, work.extra), label="analyze", enforce_metadata=False)


# --------------------------------------------------------------------------- clusters


def current_client():
    """The ``distributed`` client this process uses now, or None."""
    from distributed import get_client

    try:
        return get_client()
    except ValueError:
        return None


@contextmanager
def cluster_client(scheduler: str | None = None, *, workers: int | None = None) -> Iterator:
    """A client of the scheduler at ``scheduler`` (``tcp://HOST:8786``), or of a new
    ``distributed.LocalCluster`` of ``workers`` single-threaded worker processes (default: one per
    core; the analysis is pure Python, so threads would wait on each other); closed on exit."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


@contextmanager
def running_client(client=None) -> Iterator:
    """``client``, else the current one, else a temporary local cluster's (closed on exit)."""
    require_dask()
    active = client if client is not None else current_client()
    if active is not None:
        yield active
        return
    with cluster_client() as temporary:
        yield temporary
