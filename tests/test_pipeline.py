"""The per-document function every engine runs, and what it sends back across processes."""

from __future__ import annotations

import pickle

from analysis.pipeline import DocumentError, rows_frame


def test_document_error_survives_pickling_for_worker_processes():
    error = pickle.loads(pickle.dumps(DocumentError("c/b.txt", "b", "KeyError('x')")))
    assert (error.path, error.doc_id, str(error)) == ("c/b.txt", "b", "c/b.txt: document 'b' failed: KeyError('x')")


def test_an_empty_table_still_types_its_numbers():
    table = rows_frame([], "sentence")
    assert table.empty
    assert (str(table.sent_id.dtype), str(table.start.dtype), str(table.polarity.dtype)) == ("int64", "int64", "float64")
