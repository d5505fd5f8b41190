"""Write result tables safely: streamed, atomically, never over an input file.

The format follows the file suffix: ``.csv`` (default), ``.jsonl``, ``.parquet``.
Rows are written as they arrive into a temporary file beside the target, which
replaces the target only when everything succeeded (keeping the mode of a file
it replaces). A folder or a read-only file as the target is refused before any
row is made; text that no file can hold (lone surrogates, such as the
undecodable bytes of a file name) is written backslash-escaped. The path ``-``
is standard output (CSV or JSONL; rows go out as they come, so a failed run
leaves those already written).

Cells are typed by column (:mod:`analysis.schema`): in JSONL and Parquet a missing
value is null, list columns are lists and, in Parquet, ``date`` is a date and
numbers are numbers; CSV joins lists with ``"; "`` and leaves missing cells empty.

A folder of Parquet part files (one per partition of the Dask engine) is written
the same way: into a hidden folder beside the target, which becomes the target
when every part is in.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os
import re
import shutil
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .corpus import writable
from .schema import BOOLEAN_COLUMNS, DATE_COLUMNS, FLOAT_COLUMNS, INTEGER_COLUMNS, LIST_COLUMNS, LIST_SEPARATOR

FORMATS = (".csv", ".jsonl", ".parquet")
#: The ``--out`` path that means standard output.
STDOUT = "-"
FILE_MODE = 0o644  # of a new table: results are meant to be shared


class OutputError(Exception):
    """The output path cannot be used; the message says why."""


def output_format(path: Path, fmt: str | None = None) -> str:
    """The format (``".csv"``, ``".jsonl"``, ``".parquet"``) of ``path``: ``fmt`` when given, else its
    suffix (CSV for standard output and for no suffix)."""
    suffix = f".{fmt.lower().lstrip('.')}" if fmt else ("" if str(path) == STDOUT else path.suffix.lower()) or ".csv"
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output format {suffix!r}; use one of: {', '.join(FORMATS)}")
    if suffix == ".parquet" and str(path) == STDOUT:
        raise OutputError("Parquet cannot be written to standard output (its index is written last, at the end "
                          "of a file); name a .parquet file, or use --format csv or jsonl with --out -")
    return suffix


def check_not_input(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output path that is one of the input files, or an output folder that holds one."""
    if str(out) == STDOUT:
        return
    target = out.resolve()
    for path in inputs:
        resolved = Path(path).resolve()
        if resolved == target or target in resolved.parents:
            raise OutputError(f"{out}: refusing to overwrite an input file")


def _as_list(value) -> list[str]:
    """A list cell as a list: lists as they are, a ``"; "``-joined string split, nothing empty."""
    if isinstance(value, str):
        return [item for item in value.split(LIST_SEPARATOR) if item]
    return list(value) if value is not None else []


def _iso_date(value) -> dt.date | None:
    """A ``YYYY-MM-DD`` cell as a date; ``None`` for an empty or unreadable one."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def typed_cell(column: str, value):
    """A cell as JSONL and Parquet hold it: ``None`` for a missing value ("" or NaN), a list for a
    list column, a :class:`datetime.date` for ``date``."""
    if column in LIST_COLUMNS:
        return _as_list(value)
    if column in DATE_COLUMNS:
        return _iso_date(value)
    if value is None or value == "" or isinstance(value, float) and math.isnan(value):
        return None
    return value


def csv_cell(column: str, value):
    """A cell as CSV holds it: lists joined with ``"; "``, a missing value empty."""
    if column in LIST_COLUMNS and not isinstance(value, str):
        return LIST_SEPARATOR.join(value or ())
    return "" if value is None else value


def arrow_schema(columns: list[str]):
    """The Parquet schema of a table with ``columns``: integers, floats, a date, booleans, lists of strings,
    strings."""
    import pyarrow as pa

    def arrow_type(name):
        if name in INTEGER_COLUMNS:
            return pa.int64()
        if name in FLOAT_COLUMNS:
            return pa.float64()
        if name in DATE_COLUMNS:
            return pa.date32()
        if name in BOOLEAN_COLUMNS:
            return pa.bool_()
        if name in LIST_COLUMNS:
            return pa.list_(pa.string())
        return pa.string()

    return pa.schema([pa.field(name, arrow_type(name)) for name in columns])


class _CsvSink:
    def __init__(self, handle, columns):
        self.columns = columns
        self.writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        self.writer.writeheader()

    def write(self, rows):
        self.writer.writerows({c: csv_cell(c, row[c]) for c in self.columns} for row in rows)

    def close(self):
        pass


class _JsonlSink:
    def __init__(self, handle, columns):
        self.handle, self.columns = handle, columns

    def write(self, rows):
        for row in rows:
            cells = {c: typed_cell(c, row[c]) for c in self.columns}
            for column in DATE_COLUMNS:
                if cells.get(column) is not None:
                    cells[column] = cells[column].isoformat()
            self.handle.write(json.dumps(cells, ensure_ascii=False) + "\n")

    def close(self):
        pass


class _ParquetSink:
    def __init__(self, path, columns):
        import pyarrow.parquet as pq

        self.columns, self.schema = columns, arrow_schema(columns)
        self.writer = pq.ParquetWriter(path, self.schema)

    def write(self, rows):
        import pyarrow as pa

        if rows:
            typed = [{c: typed_cell(c, row[c]) for c in self.columns} for row in rows]
            self.writer.write_table(pa.Table.from_pylist(typed, schema=self.schema))

    def close(self):
        self.writer.close()  # with no rows, a valid file holding the schema alone


class _CheckedSink:
    """A sink whose rows are made writable, and whose write errors (a full disk) name the output file
    (``out``; None for standard output, whose errors, a closed pipe, pass unchanged)."""

    def __init__(self, sink, out: Path | None):
        self.sink, self.out = sink, out

    def write(self, rows):
        rows = [{key: writable(value) if isinstance(value, str) else value for key, value in row.items()}
                for row in rows]
        with _named_errors(self.out):
            self.sink.write(rows)

    def close(self):
        with _named_errors(self.out):
            self.sink.close()


@contextmanager
def _named_errors(out: Path | None) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if out is None:
            raise
        raise OutputError(f"{out}: cannot be written ({exc.strerror or exc}); nothing was written") from None


def replaceable_mode(out: Path) -> int:
    """The mode the table at ``out`` will have: the mode of the file it replaces, else :data:`FILE_MODE`.
    Raises :class:`OutputError` when ``out`` is a folder or a read-only file."""
    try:
        info = out.stat()
    except FileNotFoundError:
        return FILE_MODE
    except OSError as exc:
        raise OutputError(f"{out}: cannot be used as output ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{out}: is a folder; name a file, such as {out / 'utterances.csv'}")
    if not info.st_mode & stat.S_IWUSR:
        raise OutputError(f"{out}: is read-only (mode {stat.S_IMODE(info.st_mode):04o}); refusing to replace it: "
                          "make it writable or choose another output file")
    return stat.S_IMODE(info.st_mode)


@contextmanager
def table_writer(out: Path, columns: list[str], *, fmt: str | None = None) -> Iterator:
    """Yield a sink with ``write(rows)``; the file appears at ``out`` only if the block succeeds.

    ``out`` ``-`` writes to standard output; ``fmt`` (``"csv"``, ``"jsonl"``, ``"parquet"``) overrides
    the suffix. Everything that can be checked before the block runs is: the format, ``out`` not a
    folder nor a read-only file, its folder writable. Errors name ``out``, never the temporary file.
    """
    fmt = output_format(out, fmt)
    if str(out) == STDOUT:
        sink = _CheckedSink(_CsvSink(sys.stdout, columns) if fmt == ".csv" else _JsonlSink(sys.stdout, columns), None)
        yield sink
        sink.close()
        sys.stdout.flush()
        return
    mode = replaceable_mode(out)
    with _named_errors(out):
        out.parent.mkdir(parents=True, exist_ok=True)
        handle_fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    temp = Path(temp_name)
    try:
        if fmt == ".parquet":
            os.close(handle_fd)
            sink = _CheckedSink(_ParquetSink(temp, columns), out)
            yield sink
            sink.close()
        else:
            with open(handle_fd, "w", encoding="utf-8", newline="") as handle:
                sink = _CheckedSink(_CsvSink(handle, columns) if fmt == ".csv" else _JsonlSink(handle, columns), out)
                yield sink
                sink.close()
                with _named_errors(out):
                    handle.flush()  # a full disk is found here, not when the file closes
        with _named_errors(out):
            os.chmod(temp, mode)  # mkstemp creates 0600
            os.replace(temp, out)
    finally:
        if temp.exists():
            temp.unlink()


_PART = re.compile(r"part-\d{5}\.parquet")


def part_name(number: int) -> str:
    """The file name of partition ``number`` in an output folder (names sort in partition order)."""
    return f"part-{number:05d}.parquet"


def check_part_folder(out: Path) -> None:
    """Refuse an output folder path that is a file, or a folder holding anything but part files
    (which a new run replaces)."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: is a file; a folder of part files needs a folder path")
    if out.is_dir():
        others = sorted(child.name for child in out.iterdir() if not _PART.fullmatch(child.name))
        if others:
            listed = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
            raise OutputError(f"{out}: holds files this toolkit did not write ({listed}); "
                              f"give a new or empty folder")


@contextmanager
def folder_writer(out: Path) -> Iterator[Path]:
    """Yield a hidden folder beside ``out`` to write part files into; it becomes ``out`` only if the
    block succeeds, replacing an earlier folder of part files (see :func:`check_part_folder`)."""
    check_part_folder(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    try:
        yield staging
        os.chmod(staging, 0o755)  # mkdtemp creates 0700; results are meant to be shared
        if out.exists():
            previous = staging.with_name(staging.name.removesuffix(".partial") + ".previous")
            os.replace(out, previous)
            os.replace(staging, out)
            shutil.rmtree(previous)
        else:
            os.replace(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
