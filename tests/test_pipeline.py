"""The per-document function every engine runs: its columns, and what it sends back across processes."""

from __future__ import annotations

import pickle

from analysis.corpus import make_document
from analysis.engines import analyze
from analysis.pipeline import DocumentError, rows_frame

TEXT = "Seoul's spy agency said on Monday that the troops had arrived.\nThe minister declined to comment."


def test_document_error_survives_pickling_for_worker_processes():
    error = pickle.loads(pickle.dumps(DocumentError("c/b.txt", "b", "KeyError('x')")))
    assert (error.path, error.doc_id, str(error)) == ("c/b.txt", "b", "c/b.txt: document 'b' failed: KeyError('x')")


def test_an_empty_table_still_types_its_numbers():
    table = rows_frame([], "sentence")
    assert table.empty
    assert (str(table.sent_id.dtype), str(table.start.dtype), str(table.polarity.dtype)) == ("int64", "int64", "float64")


def test_extra_metadata_becomes_columns_and_lists_stay_joined_in_pandas():
    docs = [make_document("a", TEXT, {"section": "World", "path": "a.txt"}),
            make_document("b", TEXT, {"byline": "Ana Lima", "start": "page 3"})]
    table = analyze(docs)
    assert list(table.columns[-4:]) == ["url", "byline", "section", "meta_start"]  # sorted by key
    assert table.groupby("doc_id").section.first().to_dict() == {"a": "World", "b": ""}
    assert "path" not in table.columns
    assert all(isinstance(cell, str) for cell in table.frames)


def test_document_unit_counts_sentences_and_utterances():
    (row,) = analyze([make_document("a", TEXT, {"title": "Spies"})], unit="document").to_dict("records")
    assert row == {"doc_id": "a", "title": "Spies", "date": "", "source": "", "language": "", "url": "", "text": TEXT,
                   "n_sentences": 2, "n_utterances": len(analyze([make_document("a", TEXT)]))}
    assert row["n_utterances"] == 2
