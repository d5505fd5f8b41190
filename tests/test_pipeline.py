"""The pipeline's error contract: bad input is a message and the rest is analysed; a bug is not hidden."""

from __future__ import annotations

import pickle

import pytest

from analysis import pipeline
from analysis.corpus import CorpusError, make_document
from analysis.pipeline import DocumentError, Settings, analyze, iter_rows

TEXT = "Seoul's spy agency said on Monday that the troops had arrived.\nThe minister declined to comment."


def _failing_on(doc_id: str, exc: Exception):
    real = pipeline.analyze_document

    def fake(doc, settings=Settings()):
        if doc.doc_id == doc_id:
            raise exc
        return real(doc, settings)

    return fake


def test_an_unexpected_error_propagates_naming_the_document(monkeypatch):
    monkeypatch.setattr(pipeline, "analyze_document", _failing_on("b", KeyError("speaker")))
    docs = [make_document(name, TEXT, {"path": f"corpus/{name}.txt"}) for name in ("a", "b", "c")]
    with pytest.raises(DocumentError, match=r"corpus/b\.txt: document 'b' failed: KeyError\('speaker'\)") as info:
        analyze(docs)
    assert isinstance(info.value.__cause__, KeyError)
    assert info.value.doc_id == "b" and info.value.path == "corpus/b.txt"


def test_an_input_problem_is_still_a_message_and_the_rest_is_analysed(monkeypatch):
    monkeypatch.setattr(pipeline, "analyze_document",
                        _failing_on("b", CorpusError("corpus/b.txt", "cannot be decoded")))
    docs = [make_document(name, TEXT, {"path": f"corpus/{name}.txt"}) for name in ("a", "b", "c")]
    with pytest.warns(UserWarning, match=r"corpus/b\.txt: document 'b': corpus/b\.txt: cannot be decoded"):
        table = analyze(docs, unit="sentence")
    assert set(table.doc_id) == {"a", "c"}


def test_iter_rows_yields_rows_until_the_failing_document(monkeypatch):
    monkeypatch.setattr(pipeline, "analyze_document", _failing_on("b", ZeroDivisionError("x")))
    results = iter_rows([make_document(name, TEXT) for name in ("a", "b")], Settings(unit="sentence"))
    assert next(results)[0]["doc_id"] == "a"
    with pytest.raises(DocumentError, match="document 'b' failed: ZeroDivisionError"):
        next(results)


def test_document_error_survives_pickling_for_worker_processes():
    error = pickle.loads(pickle.dumps(DocumentError("c/b.txt", "b", "KeyError('x')")))
    assert (error.path, error.doc_id, str(error)) == ("c/b.txt", "b", "c/b.txt: document 'b' failed: KeyError('x')")


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


def test_progress_bar_shows_the_number_of_documents(capsys):
    analyze([make_document(name, TEXT) for name in ("a", "b")], unit="sentence", progress=True)
    assert "0/2 [" in capsys.readouterr().err  # the total is known from the start
    analyze([make_document("a", TEXT)], unit="sentence")
    assert capsys.readouterr().err == ""
