"""The ``discourse`` command (also ``python -m analysis``).

    discourse analyze PATH... --out FILE [--unit utterance|sentence] [--jobs N]
    discourse analyze PATH... --engine dask [--scheduler tcp://HOST:8786] [--partitions N] --out FILE|DIR/
    discourse evaluate {attribution,scores} [GOLD]
    discourse report [--corpus PATH] [--out DIR] [--actors YAML] [--target YAML] [--with-code]
    discourse classroom build [--out DIR]

Exit status: 0 when everything worked, 1 when some inputs failed (the rest is
still analysed), 2 for a usage error, 3 when ``analyze`` hit an internal error
(a bug, shown with its traceback and the document; no output is written).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _error(message: str) -> None:
    sys.stderr.write(f"discourse: {message}\n")


@dataclass
class _Tally:
    """What a run of ``analyze`` did, for its last message and exit status."""

    documents: int = 0
    rows: int = 0
    problems: int = 0

    def problem(self, problem: object) -> None:
        self.problems += 1
        _error(str(problem))


def _say_warnings(caught: list[warnings.WarningMessage]) -> None:
    for warning in caught:
        _error(f"warning: {warning.message}")
    caught.clear()


def _write_table(results: Iterable, out: Path, columns: list[str], progress=None) -> _Tally:
    """Write each document's rows to the table ``out`` as they come; report problems and warnings;
    tick ``progress`` (a tqdm bar) once per document."""
    from .corpus import LoadProblem
    from .output import table_writer

    tally = _Tally()
    with warnings.catch_warnings(record=True) as caught, table_writer(out, columns) as sink:
        warnings.simplefilter("always")
        for result in results:
            _say_warnings(caught)
            if isinstance(result, LoadProblem):
                tally.problem(result)
                continue
            sink.write(result)
            tally.documents += 1
            tally.rows += len(result)
            if progress is not None:
                progress.update(1)
        _say_warnings(caught)
    return tally


def _write_parts(run: Callable[[Path], Iterable], out: Path) -> _Tally:
    """Let ``run(folder)`` write part files into a folder that becomes ``out`` once all are in; report
    problems and warnings as its partitions finish."""
    from .corpus import LoadProblem
    from .output import folder_writer

    tally = _Tally()
    with warnings.catch_warnings(record=True) as caught, folder_writer(out) as staging:
        warnings.simplefilter("always")
        for result in run(staging):
            _say_warnings(caught)
            if isinstance(result, LoadProblem):
                tally.problem(result)
                continue
            for problem in result.problems:
                tally.problem(problem)
            tally.documents += result.documents
            tally.rows += result.rows
        _say_warnings(caught)
    return tally


def _dask_progress(futures: list) -> None:
    """Dask's own progress bar, on stderr (stdout may carry the output)."""
    from distributed import progress

    with contextlib.redirect_stdout(sys.stderr):
        progress(futures, notebook=False)


def _run_on_cluster(args: argparse.Namespace, out: Path, settings, to_folder: bool) -> _Tally:
    from .engines.cluster import cluster_client, iter_partitions, iter_rows_on_cluster
    from .pipeline import check_settings, columns_for

    check_settings(settings)  # a bad actors or target file is said before a cluster starts
    progress = _dask_progress if sys.stderr.isatty() else None
    with cluster_client(args.scheduler) as client:
        if to_folder:
            return _write_parts(lambda folder: iter_partitions(args.paths, settings, client=client, folder=folder,
                                                               partitions=args.partitions, progress=progress), out)
        results = iter_rows_on_cluster(args.paths, settings, client=client, partitions=args.partitions,
                                       progress=progress)
        return _write_table(results, out, columns_for(args.unit))


def cmd_analyze(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .corpus import expand_paths, iter_corpus
    from .engines import iter_rows
    from .engines.cluster import ClusterError, MissingExtraError
    from .output import OutputError, check_not_input, check_part_folder, output_format
    from .pipeline import DocumentError, Settings, columns_for

    out = Path(args.out)
    to_folder = args.out.endswith(("/", os.sep)) or out.is_dir()
    files = [item for item in expand_paths(args.paths) if isinstance(item, Path)]
    try:
        if to_folder and args.engine != "dask":
            raise OutputError(f"{out}: a folder of part files needs --engine dask; "
                              f"give a file (.csv, .jsonl or .parquet) for --engine {args.engine}")
        if to_folder:
            check_part_folder(out)
        else:
            output_format(out)
        check_not_input(out, files)
    except OutputError as exc:
        _error(str(exc))
        return EXIT_USAGE
    settings = Settings(unit=args.unit, actors=args.actors, target=args.target)
    try:
        if args.engine == "dask":
            tally = _run_on_cluster(args, out, settings, to_folder)
        else:
            with tqdm(total=None, unit="doc", desc="analyse", disable=not sys.stderr.isatty(), leave=False) as bar:
                tally = _write_table(iter_rows(iter_corpus(args.paths), settings, jobs=args.jobs), out,
                                     columns_for(args.unit), bar)
    except DocumentError as exc:  # a bug, not bad input: say so, with what a bug report needs
        traceback.print_exception(exc, file=sys.stderr)
        _error(f"internal error: {exc}; no output was written (please report this with the traceback above)")
        return EXIT_INTERNAL
    except (MissingExtraError, ClusterError, OutputError, ValueError, OSError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    if args.verbose:
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
                                              progress=sys.stderr.isatty()),
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

    analyze = commands.add_parser("analyze", help="analyse articles into a table of utterances or sentences",
                                  description="Analyse .txt/.md/.csv/.jsonl/.parquet/.html files, folders of them "
                                              "or glob patterns (quoted: 'data/*.jsonl').")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or glob patterns to analyse")
    analyze.add_argument("--out", required=True, metavar="FILE",
                         help="output table; format from the suffix: .csv (default), .jsonl, .parquet; "
                              "with --engine dask a folder (DIR/) gets one Parquet file per partition")
    analyze.add_argument("--unit", choices=("utterance", "sentence"), default="utterance",
                         help="one row per utterance (default) or per article sentence")
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
    analyze.add_argument("-v", "--verbose", action="store_true", help="say what was written")
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
