"""Write result tables safely: streamed, atomically, never over an input file.

The format follows the file suffix: ``.csv`` (default), ``.jsonl``, ``.parquet``.
Rows are written as they arrive into a temporary file beside the target, which
replaces the target only when everything succeeded (keeping the mode of a file
it replaces). A folder or a read-only file as the target is refused before any
row is made; text that no file can hold (lone surrogates, such as the
undecodable bytes of a file name) is written backslash-escaped.
"""

from __future__ import annotations

import csv
import json
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .corpus import writable

FORMATS = (".csv", ".jsonl", ".parquet")
FILE_MODE = 0o644  # of a new table: results are meant to be shared


class OutputError(Exception):
    """The output path cannot be used; the message says why."""


def output_format(path: Path) -> str:
    suffix = path.suffix.lower() or ".csv"
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output format {suffix!r}; use one of: {', '.join(FORMATS)}")
    return suffix


def check_not_input(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output path that is one of the input files (or inside an input folder's files)."""
    target = out.resolve()
    for path in inputs:
        resolved = Path(path).resolve()
        if resolved == target:
            raise OutputError(f"{out}: refusing to overwrite an input file")


class _CsvSink:
    def __init__(self, handle, columns):
        self.writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        self.writer.writeheader()

    def write(self, rows):
        self.writer.writerows(rows)

    def close(self):
        pass


class _JsonlSink:
    def __init__(self, handle, columns):
        self.handle, self.columns = handle, columns

    def write(self, rows):
        for row in rows:
            self.handle.write(json.dumps({c: row[c] for c in self.columns}, ensure_ascii=False) + "\n")

    def close(self):
        pass


class _ParquetSink:
    def __init__(self, path, columns):
        try:
            import pyarrow  # noqa: F401  (optional dependency)
        except ImportError as exc:
            raise OutputError(f"{path}: writing .parquet needs pyarrow (pip install pyarrow)") from exc
        self.path, self.columns, self.writer = path, columns, None

    def write(self, rows):
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not rows:
            return
        table = pa.Table.from_pandas(pd.DataFrame(rows, columns=self.columns), preserve_index=False)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, table.schema)
        self.writer.write_table(table.cast(self.writer.schema))

    def close(self):
        if self.writer is None:  # no rows: still write a valid, empty file
            import pandas as pd

            pd.DataFrame(columns=self.columns).to_parquet(self.path, index=False)
        else:
            self.writer.close()


class _CheckedSink:
    """A sink whose rows are made writable, and whose write errors (a full disk) name the output file."""

    def __init__(self, sink, out: Path):
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
def _named_errors(out: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
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
def table_writer(out: Path, columns: list[str]) -> Iterator:
    """Yield a sink with ``write(rows)``; the file appears at ``out`` only if the block succeeds.

    Everything that can be checked before the block runs is: the format, ``out`` not a folder nor a
    read-only file, its folder writable. Errors name ``out``, never the temporary file.
    """
    fmt = output_format(out)
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
