"""The output writer. Typed tables: nulls, dates, lists and numbers in JSONL and Parquet; CSV as before;
stdout. Safety: atomic, errors named by the output file, checks made before any work, text UTF-8 cannot hold."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
import tempfile

import pytest

from analysis import output
from analysis.output import OutputError, output_format, table_writer
from analysis.pipeline import columns_for

COLUMNS = ["doc_id", "utt_id", "start", "end", "text", "actor", "stance_score", "frames", "stance_cues", "date",
           "source", "section"]
ROWS = [
    {"doc_id": "a", "utt_id": 0, "start": 0, "end": 9, "text": "We agree.", "actor": "KOR", "stance_score": 0.5,
     "frames": ["security", "law"], "stance_cues": [], "date": "2024-11-05", "source": "", "section": "World"},
    {"doc_id": "b", "utt_id": 0, "start": 3, "end": 8, "text": "Fine.", "actor": "", "stance_score": float("nan"),
     "frames": [], "stance_cues": ["no-cue"], "date": "", "source": "Wire", "section": ""},
]


def write(path, rows=ROWS, columns=COLUMNS, **options):
    with table_writer(path, columns, **options) as sink:
        sink.write(rows)
    return path


def test_jsonl_has_nulls_and_lists(tmp_path):
    lines = write(tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first == {"doc_id": "a", "utt_id": 0, "start": 0, "end": 9, "text": "We agree.", "actor": "KOR",
                     "stance_score": 0.5, "frames": ["security", "law"], "stance_cues": [], "date": "2024-11-05",
                     "source": None, "section": "World"}
    assert (second["actor"], second["stance_score"], second["date"], second["section"]) == (None, None, None, None)


def test_parquet_has_types_nulls_dates_and_lists(tmp_path):
    import pyarrow.parquet as pq

    table = pq.read_table(write(tmp_path / "t.parquet"))
    types = {field.name: f"list<{field.type.value_type}>" if hasattr(field.type, "value_type") else str(field.type)
             for field in table.schema}
    assert types == {"doc_id": "string", "utt_id": "int64", "start": "int64", "end": "int64", "text": "string",
                     "actor": "string", "stance_score": "double", "frames": "list<string>",
                     "stance_cues": "list<string>", "date": "date32[day]", "source": "string",
                     "section": "string"}
    rows = table.to_pylist()
    assert rows[0]["date"] == dt.date(2024, 11, 5) and rows[0]["frames"] == ["security", "law"]
    assert rows[0]["source"] is None and rows[1]["actor"] is None and rows[1]["stance_score"] is None
    assert rows[1]["date"] is None and rows[1]["stance_cues"] == ["no-cue"]


def test_csv_joins_lists_and_leaves_missing_cells_empty(tmp_path):
    text = write(tmp_path / "t.csv").read_text(encoding="utf-8")
    assert text.splitlines()[1] == "a,0,0,9,We agree.,KOR,0.5,security; law,,2024-11-05,,World"


def test_lists_given_joined_are_split(tmp_path):
    rows = [dict(ROWS[0], frames="security; law")]
    (line,) = write(tmp_path / "t.jsonl", rows).read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["frames"] == ["security", "law"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_writing_twice_gives_the_same_bytes(tmp_path, suffix):
    assert write(tmp_path / f"one{suffix}").read_bytes() == write(tmp_path / f"two{suffix}").read_bytes()


def test_empty_parquet_keeps_the_schema(tmp_path):
    import pyarrow.parquet as pq

    schema = pq.read_schema(write(tmp_path / "empty.parquet", rows=[], columns=columns_for("document")))
    assert schema.names == ["doc_id", "title", "date", "source", "language", "url", "text", "n_sentences",
                            "n_utterances"]
    assert str(schema.field("date").type) == "date32[day]" and str(schema.field("n_sentences").type) == "int64"


def test_stdout_gets_csv_or_jsonl(capsys):
    write("-", rows=ROWS[:1])
    assert capsys.readouterr().out.splitlines()[0] == ",".join(COLUMNS)
    write("-", rows=ROWS[:1], fmt="jsonl")
    assert json.loads(capsys.readouterr().out)["frames"] == ["security", "law"]


def test_parquet_on_stdout_is_refused_with_the_reason():
    with pytest.raises(OutputError, match="Parquet cannot be written to standard output"):
        output_format("-", "parquet")


# --------------------------------------------------------------------------- safety


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_row_with_a_surrogate_is_written_escaped(tmp_path, suffix):
    out = tmp_path / f"t{suffix}"
    with table_writer(out, ["doc_id", "start"]) as sink:
        sink.write([{"doc_id": "caf\udce9", "start": 1}, {"doc_id": "ok", "start": 2}])
    import pandas as pd

    table = pd.read_parquet(out) if suffix == ".parquet" else (
        pd.read_json(out, lines=True) if suffix == ".jsonl" else pd.read_csv(out))
    assert table.doc_id.tolist() == ["caf\\xe9", "ok"] and table.start.tolist() == [1, 2]


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
