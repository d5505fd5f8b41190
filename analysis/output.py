"""Write result tables safely: streamed, atomically, never over an input file.

The format follows the file suffix: ``.csv`` (default), ``.jsonl``, ``.parquet``.
Rows are written as they arrive into a temporary file beside the target, which
replaces the target only when everything succeeded. A folder of Parquet part
files (one per partition of the Dask engine) is written the same way: into a
hidden folder beside the target, which becomes the target when every part is in.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .schema import INTEGER_COLUMNS, SCORE_COLUMNS

FORMATS = (".csv", ".jsonl", ".parquet")


class OutputError(Exception):
    """The output path cannot be used; the message says why."""


def output_format(path: Path) -> str:
    suffix = path.suffix.lower() or ".csv"
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output format {suffix!r}; use one of: {', '.join(FORMATS)}")
    return suffix


def check_not_input(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output path that is one of the input files, or an output folder that holds one."""
    target = out.resolve()
    for path in inputs:
        resolved = Path(path).resolve()
        if resolved == target or target in resolved.parents:
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
        if self.writer is None:  # no rows: still write a valid, empty file, typed as a file with rows
            import pyarrow.parquet as pq

            pq.write_table(_empty_table(self.columns), self.path)
        else:
            self.writer.close()


def _empty_table(columns: list[str]):
    """An Arrow table with no rows whose columns have the types rows give them (so an empty part file
    of a folder reads together with the others)."""
    import pyarrow as pa

    def arrow_type(name: str):
        if name in INTEGER_COLUMNS:
            return pa.int64()
        return pa.float64() if name in SCORE_COLUMNS else pa.large_string()

    return pa.table({name: pa.array([], arrow_type(name)) for name in columns})


@contextmanager
def table_writer(out: Path, columns: list[str]) -> Iterator:
    """Yield a sink with ``write(rows)``; the file appears at ``out`` only if the block succeeds."""
    fmt = output_format(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle_fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    temp = Path(temp_name)
    try:
        if fmt == ".parquet":
            os.close(handle_fd)
            sink = _ParquetSink(temp, columns)
            yield sink
            sink.close()
        else:
            with open(handle_fd, "w", encoding="utf-8", newline="") as handle:
                sink = _CsvSink(handle, columns) if fmt == ".csv" else _JsonlSink(handle, columns)
                yield sink
                sink.close()
        os.chmod(temp, 0o644)  # mkstemp creates 0600; results are meant to be shared
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
