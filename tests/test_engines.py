"""The engines of this machine keep the error contract: bad input is a message and the rest is
analysed; a bug is not hidden. Options are checked."""

from __future__ import annotations

import pytest

from analysis import pipeline
from analysis.corpus import CorpusError, make_document
from analysis.engines import analyze, iter_rows
from analysis.pipeline import DocumentError, Settings

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


def test_progress_bar_shows_the_number_of_documents(capsys):
    analyze([make_document(name, TEXT) for name in ("a", "b")], unit="sentence", progress=True)
    assert "0/2 [" in capsys.readouterr().err  # the total is known from the start
    analyze([make_document("a", TEXT)], unit="sentence")
    assert capsys.readouterr().err == ""


def test_an_unknown_engine_lists_the_engines():
    with pytest.raises(ValueError, match="unknown engine 'spark'; choose one of: local, dask"):
        analyze([], engine="spark")


def test_cluster_options_need_the_dask_engine():
    with pytest.raises(ValueError, match="client and partitions are options of engine='dask' only"):
        analyze([], partitions=4)
