"""The output writer: atomic, named errors, checks made before any work, text that UTF-8 cannot hold."""

from __future__ import annotations

import errno
import os
import stat
import tempfile

import pytest

from analysis import output
from analysis.output import OutputError, table_writer


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_row_with_a_surrogate_is_written_escaped(tmp_path, suffix):
    out = tmp_path / f"t{suffix}"
    with table_writer(out, ["doc_id", "n"]) as sink:
        sink.write([{"doc_id": "caf\udce9", "n": 1}, {"doc_id": "ok", "n": 2}])
    import pandas as pd

    table = pd.read_parquet(out) if suffix == ".parquet" else (
        pd.read_json(out, lines=True) if suffix == ".jsonl" else pd.read_csv(out))
    assert table.doc_id.tolist() == ["caf\\xe9", "ok"] and table.n.tolist() == [1, 2]


def test_a_folder_as_output_is_refused_before_the_block_runs(tmp_path):
    ran = []
    with pytest.raises(OutputError) as info:
        with table_writer(tmp_path, ["a"]):
            ran.append(True)
    assert str(info.value) == f"{tmp_path}: is a folder; name a file, such as {tmp_path / 'utterances.csv'}"
    assert ran == []


def test_a_read_only_output_file_is_refused_and_kept(tmp_path):
    out = tmp_path / "results.csv"
    out.write_text("mine\n")
    out.chmod(0o444)
    with pytest.raises(OutputError) as info:
        with table_writer(out, ["a"]):
            pass
    assert str(info.value) == (f"{out}: is read-only (mode 0444); refusing to replace it: make it writable or "
                               "choose another output file")
    assert out.read_text() == "mine\n" and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_a_replaced_file_keeps_its_mode_and_a_new_one_is_shared(tmp_path):
    kept, new = tmp_path / "kept.csv", tmp_path / "new.csv"
    kept.write_text("old\n")
    kept.chmod(0o600)
    for out in (kept, new):
        with table_writer(out, ["a"]) as sink:
            sink.write([{"a": 1}])
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_text() == "a\n1\n"
    assert stat.S_IMODE(new.stat().st_mode) == 0o644


def test_a_full_disk_is_named_by_the_output_file_and_leaves_nothing(tmp_path, monkeypatch):
    def full(self, rows):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output._CsvSink, "write", full)
    out = tmp_path / "out.csv"
    with pytest.raises(OutputError) as info:
        with table_writer(out, ["a"]) as sink:
            sink.write([{"a": 1}])
    assert str(info.value) == f"{out}: cannot be written (No space left on device); nothing was written"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_write_permission_is_named_by_the_output_file(tmp_path, monkeypatch):
    def refused(prefix, suffix, dir):  # as a read-only folder (tests may run as root, who may write anywhere)
        raise PermissionError(errno.EACCES, "Permission denied", os.path.join(dir, prefix + "x" + suffix))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    out = tmp_path / "out.csv"
    with pytest.raises(OutputError) as info:
        with table_writer(out, ["a"]):
            pass
    assert str(info.value) == f"{out}: cannot be written (Permission denied); nothing was written"
