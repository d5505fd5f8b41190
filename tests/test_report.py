"""Reports: executed notebooks rendered to script-free HTML, identical when rebuilt, escaping article text."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import nbformat
import pytest

from analysis.report import ReportError, build_reports, inject_parameters

from .conftest import ROOT, SEEDS

NOTEBOOKS = ROOT / "notebooks"


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    written = build_reports(corpus=SEEDS, out=out, notebooks=NOTEBOOKS)
    return out, written


def test_one_html_and_one_executed_notebook_per_notebook(seed_reports):
    out, written = seed_reports
    stems = [p.stem for p in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))]
    assert sorted(p.name for p in written) == sorted([f"{s}.html" for s in stems] + [f"{s}.ipynb" for s in stems])
    for stem in stems:
        html = (out / f"{stem}.html").read_text(encoding="utf-8")
        assert "<script" not in html.lower()
        assert "data:image/png;base64," in html, f"{stem} has no chart"
        executed = nbformat.read(out / f"{stem}.ipynb", as_version=4)
        outputs = [o for c in executed.cells for o in c.get("outputs", [])]
        assert not [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"], stem


def test_widgets_become_static_views_and_tables_keep_their_fixed_ids(seed_reports):
    out, _ = seed_reports
    executed = nbformat.read(out / "02-who-says-what.ipynb", as_version=4)
    assert "INTERACTIVE = False" in executed.cells[2].source
    explorer = next(c for c in executed.cells if "explore_utterances(" in c.source)
    assert [sorted(o["data"]) for o in explorer.outputs] == [["text/html", "text/plain"]]
    html = (out / "02-who-says-what.html").read_text(encoding="utf-8")
    assert "A static view: open this notebook in JupyterLab" in html and "<mark>" in html
    assert '<table id="T_by-actor">' in (out / "01-overview.html").read_text(encoding="utf-8")


def test_rebuild_is_byte_for_byte_identical(seed_reports, tmp_path):
    out, _ = seed_reports
    build_reports(corpus=SEEDS, out=tmp_path, notebooks=NOTEBOOKS)
    assert digest(tmp_path) == digest(out)


def test_article_html_is_escaped_in_reports(write, tmp_path):
    hostile = ("Officials said the <script>alert('pwned')</script> reports were false.\n"
               "\"We condemn this <img src=x onerror=alert(1)> deployment,\" the U.S. State Department spokesman said.")
    corpus = write("corpus/hostile.txt", hostile).parent
    out = tmp_path / "out"
    build_reports(corpus=corpus, out=out, notebooks=NOTEBOOKS)
    for page in out.glob("*.html"):
        html = page.read_text(encoding="utf-8").lower()
        assert "<script" not in html
        assert "<img src=x" not in html
    overview = (out / "02-who-says-what.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in overview  # the text is shown, escaped, not dropped


def test_failing_cell_names_notebook_and_cell(write, tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("CORPUS = 'x'", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("1 / 0")]
    for number, cell in enumerate(nb.cells):
        cell.id = f"c{number}"
    folder = tmp_path / "nbs"
    folder.mkdir()
    nbformat.write(nb, folder / "01-broken.ipynb")
    with pytest.raises(ReportError) as info:
        build_reports(corpus=SEEDS, out=tmp_path / "out", notebooks=folder)
    message = str(info.value)
    assert "01-broken.ipynb" in message and "cell 2" in message and "ZeroDivisionError" in message
    assert not (tmp_path / "out" / "01-broken.html").exists()


def test_parameters_are_injected_after_the_tagged_cell():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# t"),
                nbformat.v4.new_code_cell("CORPUS = '../seeds'", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print(CORPUS)")]
    injected = inject_parameters(nb, {"CORPUS": "../mine"})
    assert [c.source for c in injected.cells] == ["# t", "CORPUS = '../seeds'", "CORPUS = '../mine'", "print(CORPUS)"]
    assert injected.cells[2].metadata["tags"] == ["injected-parameters"]
    assert len(nb.cells) == 3  # the argument is not mutated


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(ReportError, match="nowhere: no such corpus file or folder"):
        build_reports(corpus=tmp_path / "nowhere", out=tmp_path / "out", notebooks=NOTEBOOKS)


def test_notebooks_are_committed_without_outputs_and_with_parameters():
    for path in sorted(NOTEBOOKS.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code"), path
        tags = [t for c in nb.cells for t in c.metadata.get("tags", [])]
        assert "parameters" in tags, f"{path} has no cell tagged 'parameters'"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_report_renders_in_headless_chromium(seed_reports, tmp_path):
    out, _ = seed_reports
    page = (out / "01-overview.html").resolve().as_uri()
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, *profile, "--dump-dom", page],
                         capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<img") >= 2 and "Overview" in dom
    shot = tmp_path / "overview.png"
    subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, *profile, "--window-size=1280,2400", f"--screenshot={shot}", page],
                   capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


def test_active_html_is_refused():
    from analysis.report import check_static

    check_static("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", ROOT / "x.html")
    for page in ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '<a href="javascript:go()">x</a>']:
        with pytest.raises(ReportError, match="x.html: the rendered report contains active HTML"):
            check_static(page, ROOT / "x.html")


def test_own_target_and_actors_reach_the_notebooks_and_bad_files_are_listed_not_warned(write, tmp_path):
    write("corpus/good.txt", "\"We condemn the mission,\" the U.S. State Department spokesman said of the peacekeepers.")
    write("corpus/empty.txt", "")
    write("corpus/old.txt", "Moscow said the \u201creports\u201d about the peacekeepers were false.".encode("cp1252"))
    target = write("target.yml", "name: The peacekeeping mission\nterms: [peacekeep*, mission]\n")
    actors = write("actors.yml", "BRA:\n  name: Brazil\n  kind: state\n  names: [Brazil]\n")
    out = tmp_path / "out"
    build_reports(corpus=tmp_path / "corpus", out=out, notebooks=NOTEBOOKS, actors=actors, target=target)
    overview = (out / "01-overview.html").read_text(encoding="utf-8")
    assert "Stance target: The peacekeeping mission" in overview
    assert "Skipped or repaired files" in overview
    assert "empty.txt" in overview and "old.txt" in overview and "decoded as cp1252" in overview
    for page in out.glob("*.ipynb"):
        executed = nbformat.read(page, as_version=4)
        assert "ACTORS = " in executed.cells[2].source and "TARGET = " in executed.cells[2].source
        outputs = [o for c in executed.cells for o in c.get("outputs", [])]
        assert not [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"], page
    for page in out.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "Warning:" not in html and "Traceback" not in html and ".py:" not in html, page


def test_a_bad_target_or_actors_file_fails_before_any_notebook_runs(write, tmp_path):
    bad = write("target.yml", "terms: [unclosed")
    with pytest.raises(ReportError, match="stance target: .*target.yml"):
        build_reports(corpus=SEEDS, out=tmp_path / "out", notebooks=NOTEBOOKS, target=bad)
    with pytest.raises(ReportError, match="actor registry: .*nowhere.yml"):
        build_reports(corpus=SEEDS, out=tmp_path / "out", notebooks=NOTEBOOKS, actors=tmp_path / "nowhere.yml")
    assert not (tmp_path / "out").exists()


def test_file_notes_name_files_relative_to_the_corpus(write, tmp_path):
    from analysis.report import file_notes

    path = write("corpus/sub/a.txt", "x")
    notes = file_notes([f"{path}: the file is empty", "something without a path"], tmp_path / "corpus")
    assert notes.to_dict("records") == [{"file": "sub/a.txt", "what happened": "the file is empty"},
                                        {"file": "", "what happened": "something without a path"}]


def test_no_loopback_network_is_a_clear_error_before_any_notebook_runs(tmp_path, monkeypatch):
    import socket

    def unreachable(*args, **kwargs):  # as in a container whose loopback interface is down
        raise OSError(101, "Network is unreachable")

    monkeypatch.setattr(socket, "create_connection", unreachable)
    with pytest.raises(ReportError) as info:
        build_reports(corpus=SEEDS, out=tmp_path / "reports", notebooks=ROOT / "notebooks")
    assert str(info.value) == ("cannot start a notebook kernel: the loopback network interface (127.0.0.1) is not "
                               "available (Network is unreachable); the kernel needs it (e.g. `ip link set lo up`, or "
                               "run outside the network sandbox)")
    assert not (tmp_path / "reports").exists()
