"""The ``discourse analyze`` command: formats, bad input, safe output, parallel runs."""

from __future__ import annotations

import json
import os
import signal

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus import read_file
from analysis.pipeline import columns_for
from analysis.schema import UTTERANCE_COLUMNS

from .conftest import SEED, SEEDS

GOOD = "Seoul's spy agency said on Monday that the troops had arrived.\nThe minister declined to comment."


def test_sentence_unit_on_the_seed(tmp_path, capsys):
    out = tmp_path / "sentences.csv"
    assert main(["analyze", str(SEEDS), "--unit", "sentence", "--out", str(out)]) == 0
    assert capsys.readouterr().err == ""  # quiet when stderr is not a terminal
    table = pd.read_csv(out, keep_default_na=False)
    assert list(table.columns) == columns_for("sentence")
    assert len(table) == 18
    (doc,) = read_file(SEED)
    assert all(doc.text[s:e] == text for s, e, text in zip(table.start, table.end, table.text))
    assert table.vader_compound.between(-1, 1).all() and table.sentiment.between(-1, 1).all()
    assert "RELATED STORIES" not in set(table.text)
    assert set(table.date) == {"2024-11-13"}


def test_utterance_unit_writes_the_fixed_columns(tmp_path):
    out = tmp_path / "utterances.csv"
    assert main(["analyze", str(SEED), "--out", str(out)]) == 0
    table = pd.read_csv(out, keep_default_na=False)
    assert list(table.columns[: len(UTTERANCE_COLUMNS)]) == UTTERANCE_COLUMNS
    assert len(table) > 5
    assert {"USA", "RUS", "CHN"} <= set(table.actor)


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_other_formats_hold_the_same_rows(tmp_path, suffix):
    csv_out, other_out = tmp_path / "u.csv", tmp_path / f"u{suffix}"
    assert main(["analyze", str(SEEDS), "--out", str(csv_out)]) == 0
    assert main(["analyze", str(SEEDS), "--out", str(other_out)]) == 0
    expected = pd.read_csv(csv_out, keep_default_na=False)
    if suffix == ".jsonl":
        got = pd.DataFrame([json.loads(line) for line in other_out.read_text(encoding="utf-8").splitlines()])
    else:
        got = pd.read_parquet(other_out)
    assert list(got.columns) == list(expected.columns)
    assert got.text.tolist() == expected.text.tolist()
    assert got.stance_score.round(4).tolist() == expected.stance_score.round(4).tolist()


def test_bad_inputs_are_named_and_the_rest_is_analysed(write, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    write("corpus/good.txt", GOOD)
    write("corpus/empty.txt", "")
    write("corpus/binary.txt", b"\x00\x01\x02\x03garbage")
    write("corpus/old.txt", "Moscow said the \u201creports\u201d were false.".encode("cp1252"))
    write("corpus/broken.md", "---\ntitle: [x\n---\nText.")
    write("corpus/notext.csv", "id,body\n1,x\n")
    out = tmp_path / "out.csv"
    status = main(["analyze", str(corpus), str(tmp_path / "nowhere"), "--unit", "sentence", "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    for name, problem in [("empty.txt", "the file is empty"), ("binary.txt", "binary file"),
                          ("broken.md", "malformed YAML front matter"), ("notext.csv", "no 'text' column"),
                          ("nowhere", "no such file or folder"), ("old.txt", "decoded as cp1252")]:
        assert any(name in line and problem in line for line in err.splitlines()), (name, err)
    assert "5 input(s) failed; the other 2 document(s) were analysed" in err
    assert sorted(set(pd.read_csv(out).doc_id)) == ["good", "old"]


def test_output_never_overwrites_an_input(write, capsys):
    path = write("article.csv", "text\nSeoul said so.\n")
    before = path.read_bytes()
    assert main(["analyze", str(path), "--out", str(path)]) == 2
    assert "refusing to overwrite an input file" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_failed_run_leaves_previous_output_untouched(write, tmp_path, capsys):
    write("a.txt", GOOD)
    bad_target = write("target.yml", "terms: [unclosed")
    out = write("out.csv", "previous results\n")
    status = main(["analyze", str(tmp_path / "a.txt"), "--out", str(out), "--target", str(bad_target)])
    assert status == 2
    assert "target.yml" in capsys.readouterr().err
    assert out.read_text() == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.csv", "target.yml"]  # no temp file left


def test_unknown_output_format_is_a_usage_error(tmp_path, capsys):
    assert main(["analyze", str(SEEDS), "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "unknown output format '.xlsx'; use one of: .csv, .jsonl, .parquet" in capsys.readouterr().err


def test_parallel_jobs_give_the_same_bytes(write, tmp_path):
    for number in range(6):
        write(f"c/doc{number}.txt", GOOD.replace("Monday", f"day {number}"))
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["analyze", str(tmp_path / "c"), "--out", str(one)]) == 0
    assert main(["analyze", str(tmp_path / "c"), "--out", str(two), "--jobs", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(pd.read_csv(one)) >= 6


def test_naming_unit_in_parallel_gives_the_same_rows_with_offsets_into_each_document(tmp_path):
    from .conftest import ROOT

    outlets = ROOT / "examples" / "outlets"
    one, two, parquet = tmp_path / "one.csv", tmp_path / "two.csv", tmp_path / "n.parquet"
    assert main(["analyze", str(outlets), "--unit", "naming", "--out", str(one)]) == 0
    assert main(["analyze", str(outlets), "--unit", "naming", "--out", str(two), "--jobs", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    table = pd.read_csv(one, keep_default_na=False)
    assert list(table.columns) == columns_for("naming")
    texts = {doc.doc_id: doc.text for path in sorted(outlets.glob("*.txt")) for doc in read_file(path)}
    assert all(texts[d][s:e] == term for d, s, e, term in zip(table.doc_id, table.start, table.end, table.term))
    assert set(table.voice) == {"speaker", "outlet"} and set(table.quoted) == {True, False}
    assert main(["analyze", str(outlets), "--unit", "naming", "--out", str(parquet)]) == 0
    assert pd.read_parquet(parquet)[["term", "utt_id", "quoted"]].values.tolist() == \
        table[["term", "utt_id", "quoted"]].values.tolist()


def test_a_bad_naming_file_is_a_usage_error_and_leaves_output_alone(write, tmp_path, capsys):
    write("a.txt", GOOD)
    bad = write("naming.yml", "war:\n  fight: [conflict]\n")
    out = write("out.csv", "previous results\n")
    assert main(["analyze", str(tmp_path / "a.txt"), "--unit", "naming", "--naming", str(bad), "--out", str(out)]) == 2
    assert "naming.yml: the form 'conflict' names both war/conflict and war/fight" in capsys.readouterr().err
    assert out.read_text() == "previous results\n"


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(word in out for word in ("analyze", "evaluate", "report", "classroom"))


def test_classroom_build_and_report_errors_are_named(tmp_path, capsys):
    assert main(["classroom", "build", "--source", str(tmp_path), "--out", str(tmp_path / "s")]) == 1
    assert "no exercise notebooks" in capsys.readouterr().err
    assert main(["report", "--corpus", str(tmp_path / "none"), "--out", str(tmp_path / "r")]) == 1
    assert "no such corpus file or folder" in capsys.readouterr().err


def test_classroom_build_lists_files_when_verbose(tmp_path, capsys):
    from .conftest import ROOT

    out = tmp_path / "student"
    assert main(["classroom", "build", "--source", str(ROOT / "notebooks" / "exercises"), "--out", str(out), "-v"]) == 0
    err = capsys.readouterr().err
    assert err.count("wrote ") == 7 and (out / "01-annotate-and-compare.ipynb").exists()  # 5 notebooks, data/, seeds/
    assert not (out / "my_actors.yml").exists()


def test_output_written_into_the_corpus_folder_is_not_read_back(write, tmp_path, capsys):
    write("corpus/haiti.txt", "Brazil's foreign minister said on Monday that 800 peacekeepers would go to Haiti.\n"
                              "Haiti welcomed the decision.")
    corpus, out = tmp_path / "corpus", tmp_path / "corpus" / "out.csv"
    assert main(["analyze", str(corpus), "--out", str(out)]) == 0
    first = pd.read_csv(out, keep_default_na=False)
    assert set(first.doc_id) == {"haiti"}
    capsys.readouterr()
    assert main(["analyze", str(corpus), "--unit", "sentence", "--out", str(tmp_path / "again.csv")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [f"discourse: warning: {out}: skipped; it looks like this toolkit's output (columns doc_id, "
                   "utt_id or sent_id, start, end, text), not an article file; name the file itself to read it"]
    assert set(pd.read_csv(tmp_path / "again.csv").doc_id) == {"haiti"}


def test_a_missing_path_is_one_message_and_status_1(tmp_path, capsys):
    status = main(["analyze", str(tmp_path / "missing" / "path"), "--out", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.splitlines()[0] == f"discourse: {tmp_path / 'missing' / 'path'}: no such file or folder"
    assert "Traceback" not in err


def test_an_internal_error_names_the_document_and_writes_nothing(write, tmp_path, capsys, monkeypatch):
    from analysis import pipeline

    real = pipeline.analyze_document

    def buggy(doc, settings=pipeline.Settings()):
        if doc.doc_id == "b":
            raise KeyError("speaker")
        return real(doc, settings)

    monkeypatch.setattr(pipeline, "analyze_document", buggy)
    for name in ("a", "b", "c"):
        write(f"c/{name}.txt", GOOD)
    out = write("out.csv", "previous results\n")
    status = main(["analyze", str(tmp_path / "c"), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 3
    assert f"discourse: internal error: {tmp_path / 'c' / 'b.txt'}: document 'b' failed: KeyError('speaker'); " \
           "no output was written" in err
    assert "Traceback" in err  # what a bug report needs
    assert out.read_text() == "previous results\n"


def test_document_table_holds_text_counts_and_metadata(tmp_path):
    import pyarrow.parquet as pq

    docs_out, sentences_out, utts_out = tmp_path / "docs.parquet", tmp_path / "sentences.csv", tmp_path / "u.csv"
    for unit, out in (("document", docs_out), ("sentence", sentences_out), ("utterance", utts_out)):
        assert main(["analyze", str(SEEDS), "--unit", unit, "--out", str(out)]) == 0
    (row,) = pq.read_table(docs_out).to_pylist()
    (doc,) = read_file(SEED)
    assert list(row) == ["doc_id", "title", "date", "source", "language", "url", "text", "n_sentences", "n_utterances"]
    assert (row["doc_id"], row["text"], row["url"], str(row["date"])) == (doc.doc_id, doc.text, None, "2024-11-13")
    assert row["n_sentences"] == len(pd.read_csv(sentences_out)) == 18
    assert row["n_utterances"] == len(pd.read_csv(utts_out)) > 5


def test_offsets_index_the_document_table_as_r_substr_does(tmp_path):
    """What an R user does: utterances joined to documents by doc_id, then
    substr(text, start + 1, end) (1-based, inclusive, in characters) gives each utterance back."""
    docs_out, utts_out = tmp_path / "docs.parquet", tmp_path / "utts.parquet"
    assert main(["analyze", str(SEEDS), "--unit", "document", "--out", str(docs_out)]) == 0
    assert main(["analyze", str(SEEDS), "--out", str(utts_out)]) == 0
    docs, utts = pd.read_parquet(docs_out), pd.read_parquet(utts_out)
    joined = utts.merge(docs[["doc_id", "text", "n_utterances"]], on="doc_id", suffixes=("", "_doc"))

    def substr(text, first, last):  # R's substr: 1-based, both ends included
        return text[first - 1:last]

    assert len(joined) == len(utts) == docs.n_utterances.sum() > 5
    assert all(substr(t, s + 1, e) == u for t, s, e, u in zip(joined.text_doc, joined.start, joined.end, joined.text))


def test_media_cloud_csv_keeps_every_column(write, tmp_path):
    path = write("mc.csv", "stories_id,publish_date,media_name,section,body\n"
                           "7,2024-11-05,Harbour Times,World,\"Seoul's spy agency said the troops had arrived.\"\n")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(path), "--text-column", "body", "--unit", "sentence", "--out", str(out)]) == 0
    row = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert {k: row[k] for k in ("doc_id", "date", "source", "section", "title", "url")} == \
        {"doc_id": "7", "date": "2024-11-05", "source": "Harbour Times", "section": "World", "title": None, "url": None}
    assert list(row)[-1] == "section"


def test_stdout_output_and_quiet(write, tmp_path, capsys):
    write("old.txt", "Moscow said the \u201creports\u201d were false.".encode("cp1252"))
    assert main(["analyze", str(tmp_path / "old.txt"), "--unit", "sentence", "--out", "-", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # the cp1252 warning is not shown
    assert captured.out.splitlines()[0] == ",".join(columns_for("sentence"))
    assert main(["analyze", str(tmp_path / "old.txt"), "--out", "-", "--format", "jsonl", "--unit", "sentence"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out.splitlines()[0])["doc_id"] == "old"
    assert "decoded as cp1252" in captured.err


def test_parquet_to_stdout_is_a_usage_error(capsys):
    assert main(["analyze", str(SEEDS), "--out", "-", "--format", "parquet"]) == 2
    assert "Parquet cannot be written to standard output" in capsys.readouterr().err


def test_repeat_runs_write_identical_bytes_in_every_format(tmp_path):
    for suffix in (".parquet", ".jsonl"):
        one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
        assert main(["analyze", str(SEEDS), "--out", str(one)]) == 0
        assert main(["analyze", str(SEEDS), "--out", str(two)]) == 0
        assert one.read_bytes() == two.read_bytes()


def test_progress_counts_files_not_documents(write, tmp_path):
    from analysis.cli import _counting_files
    from analysis.corpus import iter_corpus

    write("c/a.csv", "text\nOne.\nTwo.\nThree.\n")
    write("c/b.txt", "Four.")

    class Counter:
        n = 0

        def update(self, step):
            self.n += step

    counter = Counter()
    assert len(list(_counting_files(iter_corpus(tmp_path / "c"), counter))) == 4
    assert counter.n == 2


def test_a_default_install_can_write_parquet():
    """pyarrow is a dependency of the package itself, not of an extra."""
    from importlib.metadata import requires

    requirements = requires("discourse-analysis")
    assert any(r.startswith("pyarrow") and "extra ==" not in r for r in requirements)
    assert any(r.startswith("trafilatura") and 'extra == "web"' in r for r in requirements)


def test_stdout_closed_by_its_reader_ends_quietly(tmp_path):
    import subprocess
    import sys

    for number in range(40):  # more rows than a pipe holds, so the writer meets the closed pipe
        (tmp_path / f"doc{number}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    command = f"set -o pipefail; {sys.executable} -m analysis analyze {tmp_path} --unit sentence --out - -q | head -1"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("doc_id,sent_id,start,end,text,")


def test_analyze_imports_no_table_or_plotting_library(tmp_path):
    """The command streams rows as CSV: pandas, pyarrow, matplotlib, seaborn and nbconvert stay unimported,
    so a small document is analysed without waiting for them. (scikit-learn, which the test extra installs,
    is hidden as in an install of the package alone: NLTK imports it when present, and it imports pandas.)"""
    import subprocess
    import sys

    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    heavy = ("pandas", "pyarrow", "matplotlib", "seaborn", "nbconvert")
    code = (f"import sys; sys.modules.update(sklearn=None, scipy=None); "
            f"from analysis.cli import main; status = main(sys.argv[1:]); "
            f"print([name for name in {heavy!r} if name in sys.modules]); sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", code, "analyze", str(tmp_path / "one.txt"),
                           "--out", str(tmp_path / "out.csv"), "-q"], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[1].startswith("one,0,")


# --------------------------------------------------------------------------- hostile and broken input


def test_a_non_utf8_file_name_and_a_surrogate_in_text_are_written(write, tmp_path, capsys):
    folder = tmp_path / "c"
    write("c/" + os.fsdecode(b"caf\xe9.txt"), GOOD)  # the name's byte 0xe9 is not UTF-8
    write("c/feed.jsonl", '{"id": "s", "text": "Kyiv said the \\ud800 troops left."}\n')
    out = tmp_path / "out.csv"
    assert main(["analyze", str(folder), "--unit", "sentence", "--out", str(out)]) == 0
    assert "lone surrogate" in capsys.readouterr().err
    table = pd.read_csv(out, keep_default_na=False)
    assert sorted(set(table.doc_id)) == ["caf\\xe9", "s"]
    assert "Kyiv said the \ufffd troops left." in set(table.text)


def test_every_file_is_analysed_despite_impossible_dates(write, tmp_path, capsys):
    write("c/a.md", f"---\npublished: 2024-13-45\n---\n{GOOD}")
    write("c/b.md", f"---\ndate: 2024-02-30\n---\n{GOOD}")
    out = tmp_path / "out.csv"
    assert main(["analyze", str(tmp_path / "c"), "--unit", "sentence", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "a.md: front matter: 'published': '2024-13-45' is not a real date or time; kept as text" in err
    assert "b.md: date '2024-02-30' is not a real date" in err
    assert sorted(set(pd.read_csv(out).doc_id)) == ["a", "b"]


def test_an_unreadable_folder_named_directly_is_status_1(write, tmp_path, capsys, monkeypatch):
    write("locked/a.txt", GOOD)
    real_scandir = os.scandir

    def scandir(path="."):  # as a folder without read permission (tests may run as root)
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["analyze", str(tmp_path / "locked"), "--out", str(tmp_path / "out.csv")]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"discourse: {tmp_path / 'locked'}: folder cannot be read (Permission denied); its files were skipped")


def _make_folder(path):
    path.mkdir()
    return "a folder of part files needs --engine dask; give a file (.csv, .jsonl or .parquet) for --engine local"


def _make_read_only(path):
    path.write_text("mine\n")
    path.chmod(0o444)
    return "is read-only (mode 0444); refusing to replace it: make it writable or choose another output file"


@pytest.mark.parametrize("make", [_make_folder, _make_read_only])
def test_an_unusable_output_is_refused_before_the_corpus_is_read(write, tmp_path, capsys, monkeypatch, make):
    from analysis import corpus

    def never(*args, **kwargs):
        raise AssertionError("the corpus was read before the output was checked")

    monkeypatch.setattr(corpus, "read_items", never)
    write("a.txt", GOOD)
    message = make(tmp_path / "results")
    assert main(["analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "results")]) == 2
    assert capsys.readouterr().err == f"discourse: {tmp_path / 'results'}: {message}\n"


def test_sigterm_leaves_no_temporary_file_and_the_old_output(write, tmp_path, capsys, monkeypatch):
    from analysis import pipeline

    real = pipeline.analyze_document

    def terminated(doc, settings=pipeline.Settings()):
        if doc.doc_id == "b":
            os.kill(os.getpid(), signal.SIGTERM)
        return real(doc, settings)

    monkeypatch.setattr(pipeline, "analyze_document", terminated)
    for name in ("a", "b", "c"):
        write(f"c/{name}.txt", GOOD)
    out = write("out.csv", "previous results\n")
    assert main(["analyze", str(tmp_path / "c"), "--out", str(out)]) == 128 + signal.SIGTERM
    assert "stopped by SIGTERM; no output was written" in capsys.readouterr().err
    assert out.read_text() == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "out.csv"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # restored


def test_a_named_pipe_is_named_not_read(tmp_path, capsys):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    assert main(["analyze", str(pipe), "--out", str(tmp_path / "out.csv")]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"discourse: {pipe}: is not a regular file or folder (a pipe, socket or device); not read")
