"""The ``discourse`` command (also ``python -m analysis``).

    discourse analyze PATH... --out FILE|- [--unit utterance|sentence|document|naming] [--jobs N] [--quiet]
                      [--naming YAML]
    discourse analyze PATH... --engine dask [--scheduler tcp://HOST:8786] [--partitions N] --out FILE|DIR/
    discourse evaluate {attribution,scores} [GOLD]
    discourse report [--corpus PATH] [--out DIR] [--actors YAML] [--target YAML] [--naming YAML] [--with-code]
    discourse classroom build [--out DIR]

Exit status: 0 when everything worked, 1 when some inputs failed (the rest is
still analysed), 2 for a usage error or an output that cannot be written, 3 when
``analyze`` hit an internal error (a bug, shown with its traceback and the
document; no output is written). ``analyze`` stopped by Ctrl-C, SIGTERM or
SIGHUP writes nothing, leaves no temporary file and exits with 128 + the signal
number (130, 143, 129), as a shell reports a killed command.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import traceback
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from . import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _error(message: str) -> None:
    sys.stderr.write(f"discourse: {message}\n")


class _Stopped(BaseException):
    """The run was stopped by a signal (SIGTERM, SIGHUP); like ``KeyboardInterrupt``, not an ``Exception``,
    so nothing on the way mistakes it for an error in a document."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


@contextmanager
def _stopped_by_signals() -> None:
    """Inside the block, SIGTERM and SIGHUP raise :class:`_Stopped`, so the output writer unwinds and
    removes its temporary file, as it does for Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise _Stopped(signum)

    previous = {signum: signal.signal(signum, stop) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _read_options(args: argparse.Namespace):
    from .corpus import ReadOptions

    return ReadOptions(text_column=args.text_column, date_column=args.date_column, source_column=args.source_column,
                       id_column=args.id_column, html=args.html)


def _extra_metadata(paths, options) -> tuple[str, ...]:
    """The metadata keys beyond the standard ones in the corpus (a first, quiet reading of it), so
    that every row carries them as columns from the first row on."""
    from .corpus import Document, extra_metadata, iter_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extra_metadata(item for item in iter_corpus(paths, options=options) if isinstance(item, Document))


def _counting_files(items, progress):
    """``items`` unchanged, advancing ``progress`` by one for each new file they come from."""
    seen = None
    for item in items:
        path = getattr(item, "path", None) or item.meta.get("path")
        if path != seen:
            seen = path
            progress.update(1)
        yield item


def _reader_went_away() -> int:
    """Standard output was closed by its reader (``discourse analyze ... --out - | head``): stop
    quietly, with nothing more written to it (not even at interpreter exit)."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_OK


@dataclass
class _Tally:
    """What a run of ``analyze`` did, for its last message and exit status."""

    documents: int = 0
    rows: int = 0
    problems: int = 0

    def problem(self, problem: object) -> None:
        self.problems += 1
        _error(str(problem))


def _say_warnings(caught: list[warnings.WarningMessage], quiet: bool) -> None:
    for warning in caught:
        if not quiet:
            _error(f"warning: {warning.message}")
    caught.clear()


def _write_table(results: Iterable, out: Path, columns: list[str], args: argparse.Namespace) -> _Tally:
    """Write each document's rows to the table ``out`` as they come; report problems and warnings."""
    from .corpus import LoadProblem
    from .output import table_writer

    tally = _Tally()
    with warnings.catch_warnings(record=True) as caught, table_writer(out, columns, fmt=args.format) as sink:
        warnings.simplefilter("always")
        for result in results:
            _say_warnings(caught, args.quiet)
            if isinstance(result, LoadProblem):
                tally.problem(result)
                continue
            sink.write(result)
            tally.documents += 1
            tally.rows += len(result)
        _say_warnings(caught, args.quiet)
    return tally


def _write_parts(run: Callable[[Path], Iterable], out: Path, args: argparse.Namespace) -> _Tally:
    """Let ``run(folder)`` write part files into a folder that becomes ``out`` once all are in; report
    problems and warnings as its partitions finish."""
    from .corpus import LoadProblem
    from .output import folder_writer

    tally = _Tally()
    with warnings.catch_warnings(record=True) as caught, folder_writer(out) as staging:
        warnings.simplefilter("always")
        for result in run(staging):
            _say_warnings(caught, args.quiet)
            if isinstance(result, LoadProblem):
                tally.problem(result)
                continue
            for problem in result.problems:
                tally.problem(problem)
            tally.documents += result.documents
            tally.rows += result.rows
        _say_warnings(caught, args.quiet)
    return tally


def _analyze_locally(args: argparse.Namespace, out: Path, files: list[Path], settings, options) -> _Tally:
    from .corpus import iter_corpus
    from .engines import iter_rows, progress_bar
    from .pipeline import columns_for

    settings = replace(settings, extra=_extra_metadata(args.paths, options))
    with progress_bar(total=len(files), unit="file", enabled=sys.stderr.isatty() and not args.quiet) as progress:
        items = _counting_files(iter_corpus(args.paths, options=options), progress)
        return _write_table(iter_rows(items, settings, jobs=args.jobs), out, columns_for(args.unit, settings.extra),
                            args)


def _analyze_on_cluster(args: argparse.Namespace, out: Path, to_folder: bool, settings, options) -> _Tally:
    from .engines.cluster import cluster_client, iter_partitions, iter_rows_on_cluster, plan, text_progress
    from .pipeline import check_settings, columns_for

    check_settings(settings)  # a bad actors or target file is said before a cluster starts
    progress = text_progress if sys.stderr.isatty() and not args.quiet else None
    with cluster_client(args.scheduler) as client:
        work = plan(args.paths, client=client, partitions=args.partitions, options=options)
        if to_folder:
            return _write_parts(lambda folder: iter_partitions(work, settings, client=client, folder=folder,
                                                               progress=progress), out, args)
        return _write_table(iter_rows_on_cluster(work, settings, client=client, progress=progress), out,
                            columns_for(args.unit, work.extra), args)


def cmd_analyze(args: argparse.Namespace) -> int:
    from .corpus import expand_paths
    from .engines.cluster import ClusterError, MissingExtraError
    from .output import STDOUT, OutputError, check_not_input, check_part_folder, output_format, replaceable_mode
    from .pipeline import DocumentError, Settings

    out = Path(args.out)
    to_folder = args.out != STDOUT and (args.out.endswith(("/", os.sep)) or out.is_dir())
    files = [item for item in expand_paths(args.paths) if isinstance(item, Path)]
    try:
        if to_folder and args.engine != "dask":
            raise OutputError(f"{out}: a folder of part files needs --engine dask; "
                              f"give a file (.csv, .jsonl or .parquet) for --engine {args.engine}")
        if to_folder:
            check_part_folder(out)
        else:
            output_format(out, args.format)
        check_not_input(out, files)
        if not to_folder and args.out != STDOUT:
            replaceable_mode(out)  # a read-only file: refused before the corpus is read
        options = _read_options(args)
    except (OutputError, ValueError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    settings = Settings(unit=args.unit, actors=args.actors, target=args.target, naming=args.naming)
    try:
        with _stopped_by_signals():
            if args.engine == "dask":
                tally = _analyze_on_cluster(args, out, to_folder, settings, options)
            else:
                tally = _analyze_locally(args, out, files, settings, options)
    except DocumentError as exc:  # a bug, not bad input: say so, with what a bug report needs
        traceback.print_exception(exc, file=sys.stderr)
        _error(f"internal error: {exc}; no output was written (please report this with the traceback above)")
        return EXIT_INTERNAL
    except BrokenPipeError:
        return _reader_went_away()
    except (MissingExtraError, ClusterError, OutputError, ValueError, OSError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted; no output was written")
        return 128 + signal.SIGINT
    except _Stopped as exc:
        _error(f"stopped by {exc}; no output was written")
        return 128 + exc.signum
    if args.verbose and not args.quiet:
        sys.stderr.write(f"{tally.documents} documents, {tally.rows} {args.unit} rows -> {out}\n")
    if tally.problems:
        _error(f"{tally.problems} input(s) failed; the other {tally.documents} document(s) were analysed")
        return EXIT_SOME_FAILED
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate.__main__ import main as evaluate_main

    return evaluate_main([args.what, *args.rest])


def _write_files(build, error_type: type[Exception], *, verbose: bool) -> int:
    """Run a builder that returns the files it wrote; report its error or, if asked, the files."""
    try:
        written = build()
    except error_type as exc:
        _error(str(exc))
        return EXIT_SOME_FAILED
    if verbose:
        for path in written:
            sys.stderr.write(f"wrote {path}\n")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .report import ReportError, build_reports

    return _write_files(lambda: build_reports(corpus=args.corpus, out=Path(args.out), with_code=args.with_code,
                                              notebooks=Path(args.notebooks), actors=args.actors, target=args.target,
                                              naming=args.naming, progress=sys.stderr.isatty()),
                        ReportError, verbose=args.verbose)


def cmd_classroom(args: argparse.Namespace) -> int:
    from .classroom import ClassroomError, build_student_copies

    return _write_files(lambda: build_student_copies(source=Path(args.source), out=Path(args.out), force=args.force),
                        ClassroomError, verbose=args.verbose)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="discourse",
        description="Who says what in news coverage, and how each government frames an event.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyse articles into a table of utterances, sentences or documents",
                                  description="Analyse .txt/.md/.csv/.jsonl/.parquet/.html/.docx/.rtf files, "
                                              "folders of them or glob patterns (quoted: 'data/*.jsonl'); Nexis Uni "
                                              "and Factiva exports give one document per article.")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or glob patterns to analyse")
    analyze.add_argument("--out", required=True, metavar="FILE",
                         help="output table; format from the suffix: .csv (default), .jsonl, .parquet; "
                              "'-' writes CSV (or --format jsonl) to standard output; with --engine dask a "
                              "folder (DIR/) gets one Parquet file per partition")
    analyze.add_argument("--format", choices=("csv", "jsonl", "parquet"),
                         help="output format, whatever the suffix of --out (needed for JSONL on standard output)")
    analyze.add_argument("--unit", choices=("utterance", "sentence", "document", "naming"), default="utterance",
                         help="one row per utterance (default), per article sentence, per document "
                              "(its text, metadata and counts), or per naming choice")
    columns = analyze.add_argument_group("columns of .csv/.jsonl tables",
                                         "Which column holds what, when not called text, date, source, id "
                                         "(Media Cloud's publish_date and media_name are read without them). "
                                         "Every other column is carried through as metadata.")
    for name in ("text", "date", "source", "id"):
        columns.add_argument(f"--{name}-column", metavar="NAME", help=f"the column holding the {name}")
    analyze.add_argument("--html", choices=("auto", "trafilatura", "builtin"), default="auto",
                         help="how web pages are read: trafilatura (pip install -e '.[web]'), the built-in "
                              "visible-text reader, or auto (trafilatura when installed; default)")
    analyze.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    analyze.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="where the analysis runs: this process or --jobs processes (local, default), "
                              "or a Dask cluster (dask; needs the 'dask' extra)")
    analyze.add_argument("--scheduler", metavar="URL",
                         help="with --engine dask: the scheduler of a running cluster, e.g. tcp://HOST:8786 "
                              "(default: start one worker per core of this machine)")
    analyze.add_argument("--partitions", type=int, metavar="N",
                         help="with --engine dask: how many parts the corpus is cut into (default: about "
                              "1,000 documents each, at least two per worker core)")
    analyze.add_argument("--actors", metavar="YAML", help="your own actor registry entries, merged with the shipped one")
    analyze.add_argument("--target", metavar="YAML", help="a stance target of your own (default: the North Korean deployment)")
    analyze.add_argument("--naming", metavar="YAML",
                         help="naming choices of your own, merged with the shipped ones (for --unit naming)")
    analyze.add_argument("-v", "--verbose", action="store_true", help="say what was written")
    analyze.add_argument("-q", "--quiet", action="store_true",
                         help="no progress bar and no warnings; failed inputs are still named")
    analyze.set_defaults(func=cmd_analyze)

    evaluate = commands.add_parser("evaluate", help="measure the toolkit against hand-annotated gold files")
    evaluate.add_argument("what", choices=("attribution", "scores"))
    evaluate.add_argument("rest", nargs=argparse.REMAINDER, help="options passed to the evaluator")
    evaluate.set_defaults(func=cmd_evaluate)

    report = commands.add_parser("report", help="execute the notebooks and render reproducible HTML reports")
    report.add_argument("--corpus", default="seeds", metavar="PATH", help="corpus the notebooks analyse (default: seeds)")
    report.add_argument("--out", default="reports", metavar="DIR", help="output folder (default: reports)")
    report.add_argument("--notebooks", default="notebooks", metavar="DIR", help="folder of numbered notebooks")
    report.add_argument("--actors", metavar="YAML", help="your own actor registry entries, merged with the shipped one")
    report.add_argument("--target", metavar="YAML",
                        help="a stance target of your own (default: the North Korean deployment)")
    report.add_argument("--naming", metavar="YAML", help="naming choices of your own, merged with the shipped ones")
    report.add_argument("--with-code", action="store_true", help="keep code cells in the HTML")
    report.add_argument("-v", "--verbose", action="store_true", help="list the files written")
    report.set_defaults(func=cmd_report)

    classroom = commands.add_parser("classroom", help="classroom exercises")
    classroom_commands = classroom.add_subparsers(dest="classroom_command", required=True, metavar="ACTION")
    build = classroom_commands.add_parser("build", help="write student copies of the exercises (solutions removed)")
    build.add_argument("--source", default="notebooks/exercises", metavar="DIR", help="exercise notebooks with solutions")
    build.add_argument("--out", default="classroom/student", metavar="DIR", help="where student copies go")
    build.add_argument("--force", action="store_true", help="overwrite student copies that differ (loses edits)")
    build.add_argument("-v", "--verbose", action="store_true", help="list the files written")
    build.set_defaults(func=cmd_classroom)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "analyze":
        _check_engine_options(parser, args)
    return args.func(args)


def _check_engine_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.engine == "dask" and args.jobs != 1:
        parser.error("--jobs is for --engine local; a Dask cluster has its own workers")
    if args.engine != "dask" and (args.scheduler or args.partitions is not None):
        parser.error("--scheduler and --partitions need --engine dask")


if __name__ == "__main__":
    raise SystemExit(main())
