"""The Dask engine on a real cluster (two worker processes, shared by this module): the local engine's
rows, bad input reported per file, a folder of part files, the Python API. The planning it does on
the client is tested without a cluster."""

from __future__ import annotations

import json
import sys

import pandas as pd
import pytest

import analysis as da
from analysis import pipeline
from analysis.cli import main
from analysis.corpus import make_document
from analysis.engines.cluster import (FileIndex, MissingExtraError, Partition, Segment, cluster_client,
                                      partition_rows, require_dask, skip_duplicates, split)
from analysis.pipeline import DocumentError, Settings

ARTICLES = {
    "c/01_seoul.txt": "Seoul's spy agency said on Monday that the troops had arrived.\nThe minister declined to comment.",
    "c/02_kyiv.md": "---\ntitle: Front line\ndate: 2024-11-05\n---\nKYIV -- Ukraine's president said the soldiers "
                    "were already fighting in Kursk.\n\"We see them every day,\" a commander told reporters.",
    "c/03_brasilia.txt": "Brazil's foreign minister said on Friday that 800 peacekeepers would go to Haiti.\n"
                         "Haiti welcomed the decision, an official said.",
}
RECORDS = [  # a JSONL table without ids: documents are named by file and row
    {"text": "Moscow denied the reports, calling them a provocation.", "source": "Wire A"},
    {"text": "Beijing urged all sides to show restraint, a spokesman said.", "source": "Wire B"},
    {"text": "The alliance said it was watching the deployment closely.", "date": "2024-10-30"},
    {"text": "Tokyo said it shared the concern and would consult its partners.", "source": "Wire A"},
]
ACTORS = "BRA:\n  name: Brazil\n  kind: state\n  color: \"#117733\"\n  names: [Brazil]\n  demonyms: [Brazilian]\n"
TARGET = "name: Brazil's peacekeepers in Haiti\nterms: [peacekeep*, haiti*, troop*, soldier*]\n"


@pytest.fixture(scope="module")
def client():
    with cluster_client(workers=2) as client:
        yield client


@pytest.fixture
def corpus(write, tmp_path):
    for name, text in ARTICLES.items():
        write(name, text)
    write("c/04_wires.jsonl", "".join(json.dumps(record) + "\n" for record in RECORDS))
    pd.DataFrame({"id": ["p1", "p2"], "date": ["2024-11-06", "2024-11-07"],
                  "text": ["Pyongyang said the treaty allowed the deployment.",
                           "Washington said the move was dangerous and would prolong the war."]}
                 ).to_parquet(tmp_path / "c" / "05_table.parquet", index=False)
    return tmp_path / "c"


def analyze_both(tmp_path, corpus, client, *options):
    """Run the local engine and the Dask engine with the same options; return their outputs."""
    local, on_cluster = tmp_path / "local.parquet", tmp_path / "dask.parquet"
    assert main(["analyze", str(corpus), "--out", str(local), *options]) == 0
    assert main(["analyze", str(corpus), "--out", str(on_cluster), *options, "--engine", "dask",
                 "--scheduler", client.scheduler.address, "--partitions", "3"]) == 0
    return local, on_cluster


def test_the_cluster_writes_the_bytes_of_the_local_engine(write, tmp_path, corpus, client):
    actors, target = write("my_actors.yml", ACTORS), write("my_target.yml", TARGET)
    local, on_cluster = analyze_both(tmp_path, corpus, client, "--actors", str(actors), "--target", str(target))
    assert on_cluster.read_bytes() == local.read_bytes()
    table = pd.read_parquet(on_cluster)
    assert set(table.doc_id) >= {"01_seoul", "02_kyiv", "03_brasilia", "04_wires-1", "04_wires-4", "p1", "p2"}
    assert "BRA" in set(table.actor) and set(table.stance) != {"off-target"}


def test_a_bad_file_is_named_and_the_rest_is_written(write, tmp_path, corpus, client, capsys):
    write("c/06_empty.txt", "")
    write("c/07_broken.jsonl", '{"text": "Seoul said so."}\n{not json\n')
    write("c/08_again.txt", "---\nid: p1\n---\nA document whose id the Parquet table already has.")
    write("c/09_old.txt", "Moscow said the \u201creports\u201d were false.".encode("cp1252"))
    out = tmp_path / "out.parquet"
    status = main(["analyze", str(corpus), "--unit", "sentence", "--out", str(out), "--engine", "dask",
                   "--scheduler", client.scheduler.address])
    err = capsys.readouterr().err
    assert status == 1
    for name, problem in [("06_empty.txt", "the file is empty"), ("07_broken.jsonl", "line 2 is not valid JSON"),
                          ("08_again.txt", "duplicate document id 'p1'; skipped"),
                          ("09_old.txt", "warning: ")]:  # a warning on a worker reaches the user
        assert any(name in line and problem in line for line in err.splitlines()), (name, err)
    assert "09_old.txt: not UTF-8; decoded as cp1252" in err
    assert "3 input(s) failed; the other 11 document(s) were analysed" in err  # 07_broken.jsonl's good line too
    table = pd.read_parquet(out)
    assert table.doc_id.nunique() == 11 and "07_broken-1" in set(table.doc_id)
    assert table[table.doc_id == "p1"].text.tolist() == ["Pyongyang said the treaty allowed the deployment."]


def test_a_folder_gets_one_part_file_per_partition(write, tmp_path, corpus, client, capsys):
    write("c/00_weather.txt", "Snow fell on the capital on Tuesday morning.")  # no utterance: an empty part
    parts = tmp_path / "parts"
    options = ["--engine", "dask", "--scheduler", client.scheduler.address, "--partitions", "10"]
    assert main(["analyze", str(corpus), "--out", f"{parts}/", *options]) == 0
    assert sorted(path.name for path in parts.iterdir()) == [f"part-{n:05d}.parquet" for n in range(10)]
    assert pd.read_parquet(parts / "part-00000.parquet").empty
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "local.parquet")]) == 0
    local = pd.read_parquet(tmp_path / "local.parquet")
    together = pd.read_parquet(parts)  # the parts read as one table, the empty one first
    key = ["doc_id", "utt_id"]
    assert together[key].values.tolist() == local[key].values.tolist()  # in corpus order, part after part
    pd.testing.assert_frame_equal(together, local)
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []  # no staging left

    assert main(["analyze", str(corpus), "--out", str(parts), *options[:-1], "2"]) == 0  # a rerun replaces the parts
    assert sorted(path.name for path in parts.iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    (parts / "notes.txt").write_text("mine")
    assert main(["analyze", str(corpus), "--out", f"{parts}/", *options]) == 2
    assert "holds files this toolkit did not write (notes.txt)" in capsys.readouterr().err
    assert (parts / "notes.txt").read_text() == "mine" and len(list(parts.iterdir())) == 3


def test_the_python_api_gives_the_local_table(corpus, client):
    documents = da.load_corpus(corpus)
    expected = da.analyze(documents, unit="sentence")
    pd.testing.assert_frame_equal(da.analyze(documents, unit="sentence", engine="dask", client=client), expected)
    lazy = da.analyze_dask(str(corpus / "*.*"), unit="sentence", partitions=3, client=client)
    assert lazy.npartitions == 3
    computed = lazy.compute().reset_index(drop=True)
    assert list(computed.columns) == list(expected.columns)
    assert computed.astype(object).equals(expected.astype(object))


def test_a_bug_on_a_worker_stops_the_run_naming_the_document(tmp_path, corpus, client, capsys):
    def break_document(doc_id):
        real = pipeline.analyze_document

        def buggy(doc, settings=Settings()):
            if doc.doc_id == doc_id:
                raise KeyError("speaker")
            return real(doc, settings)

        pipeline.analyze_document, pipeline._real_analyze_document = buggy, real

    def repair():
        pipeline.analyze_document = pipeline._real_analyze_document

    client.run(break_document, "03_brasilia")
    try:
        status = main(["analyze", str(corpus), "--out", str(tmp_path / "out.csv"), "--engine", "dask",
                       "--scheduler", client.scheduler.address])
    finally:
        client.run(repair)
    err = capsys.readouterr().err
    assert status == 3
    assert f"internal error: {corpus / '03_brasilia.txt'}: document '03_brasilia' failed: KeyError('speaker')" in err
    assert not (tmp_path / "out.csv").exists()


# --------------------------------------------------------------------------- without a cluster


def test_a_partition_cuts_tables_and_leaves_out_later_duplicates():
    files, problems = skip_duplicates([FileIndex("a.jsonl", ("a-1", "a-2", "a-3")), FileIndex("b.txt", ("b",)),
                                       FileIndex("c.jsonl", ("c-1", "a-2"))])
    assert problems[0].path == "c.jsonl" and problems[0].problem == "duplicate document id 'a-2'; skipped"
    assert split(files, 2) == [
        Partition(0, (Segment("a.jsonl", 0, 3),)),
        Partition(1, (Segment("b.txt", 0, 1), Segment("c.jsonl", 0, 2, frozenset({1})))),
    ]
    assert split(files, 4)[1] == Partition(1, (Segment("a.jsonl", 1, 3),))


def test_a_bug_in_a_partition_names_the_document(monkeypatch):
    real = pipeline.analyze_document
    monkeypatch.setattr(pipeline, "analyze_document",
                        lambda doc, settings=Settings(): real(doc, settings) if doc.doc_id != "b" else 1 / 0)
    documents = tuple(make_document(name, "Seoul said so.", {"path": f"c/{name}.txt"}) for name in "abc")
    with pytest.raises(DocumentError, match=r"c/b\.txt: document 'b' failed: ZeroDivisionError"):
        partition_rows(Partition(0, documents=documents), Settings(unit="sentence"))


def test_without_dask_the_message_names_the_extra(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r'pip install -e "\.\[dask\]"'):
        require_dask()
    assert main(["analyze", str(tmp_path), "--engine", "dask", "--out", str(tmp_path / "out.csv")]) == 2
    assert "the Dask engine needs the optional 'dask' extra" in capsys.readouterr().err


@pytest.mark.parametrize("options, message", [
    (["--engine", "dask", "--jobs", "2"], "--jobs is for --engine local; a Dask cluster has its own workers"),
    (["--partitions", "4"], "--scheduler and --partitions need --engine dask"),
    (["--engine", "dask", "--partitions", "0"], "--partitions must be at least 1"),
])
def test_engine_options_that_do_not_go_together_are_usage_errors(tmp_path, capsys, options, message):
    with pytest.raises(SystemExit) as info:
        main(["analyze", str(tmp_path), "--out", str(tmp_path / "out.csv"), *options])
    assert info.value.code == 2 and message in capsys.readouterr().err


def test_a_folder_output_needs_the_dask_engine(tmp_path, capsys):
    assert main(["analyze", str(tmp_path), "--out", f"{tmp_path / 'parts'}/"]) == 2
    assert "a folder of part files needs --engine dask" in capsys.readouterr().err
    assert not (tmp_path / "parts").exists()
