"""Typed tables: nulls, dates, lists and numbers in JSONL and Parquet; CSV as before; stdout."""

from __future__ import annotations

import datetime as dt
import json

import pytest

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
