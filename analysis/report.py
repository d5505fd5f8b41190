"""Execute the numbered notebooks and render reproducible, script-free HTML reports.

``build_reports()`` runs every ``notebooks/NN-*.ipynb`` with nbclient, injecting
the corpus path (and the user's actors, target and naming files, when given) after the
cell tagged ``parameters`` (papermill's convention), and writes
``reports/NN-*.html`` and the executed ``reports/NN-*.ipynb``. It also sets
``INTERACTIVE = False``: a notebook then shows static tables in place of its
JupyterLab widgets, which would need a live kernel and a script.

In the notebooks, ``captured_warnings()`` and ``file_notes()`` turn the loader's
warnings about skipped or repaired files into a small table, so a report never
shows a raw warning with an internal path and line of code.

Builds are byte-for-byte identical when repeated: no execution timestamps,
fixed ``PYTHONHASHSEED`` and ``SOURCE_DATE_EPOCH``, a fixed matplotlib SVG hash
salt, stable cell ids, sorted JSON keys, and an HTML template without any
JavaScript. Article text reaches a report only through escaped outputs (pandas
tables, printed text); a rendered page that still holds a ``<script`` tag or an
inline event handler is refused, so a corpus cannot run code in a report.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
import warnings
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import nbformat

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
TEMPLATE_NAME = "discourse"
INJECTED_TAG = "injected-parameters"
KERNEL_TIMEOUT = 600

#: Environment of the kernel that runs a report, for reproducible output.
REPRODUCIBLE_ENV = {
    "PYTHONHASHSEED": "0",
    "SOURCE_DATE_EPOCH": "1700000000",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "PYTHONWARNINGS": "ignore::DeprecationWarning",
    "TQDM_DISABLE": "1",
}
MATPLOTLIBRC = "svg.hashsalt: discourse-report\nsvg.fonttype: path\npath.simplify: True\n"


#: Real tags that could run code: scripts, embedded objects, and event handlers or javascript: links
#: inside a tag. Escaped article text (&lt;img onerror=…&gt;) is not a tag and is fine.
ACTIVE_HTML = re.compile(r"<(?:script|iframe|object|embed)\b|<[a-z][^>]*?(?:\son[a-z]+\s*=|javascript:)", re.IGNORECASE)
FILE_MODE = 0o644


class ReportError(Exception):
    """A notebook could not be executed or rendered; the message names the notebook and cell."""


@contextmanager
def captured_warnings():
    """Collect the warnings issued inside the block in a list instead of printing them.

    Library deprecation notices say nothing about the corpus; they are left out.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
            warnings.simplefilter("ignore", category)
        yield caught


def _split_message(message: str, corpus: Path) -> tuple[str, str]:
    """'PATH: what happened' -> (PATH relative to the corpus, what happened)."""
    start = 0
    while (colon := message.find(": ", start)) != -1:
        path = Path(message[:colon])
        if path.exists():
            if corpus.is_dir():
                try:
                    return path.resolve().relative_to(corpus.resolve()).as_posix(), message[colon + 2:]
                except ValueError:
                    pass
            return path.name, message[colon + 2:]
        start = colon + 1
    prefix, _, rest = message.partition(": ")
    return (prefix, rest) if rest else ("", message)


def file_notes(caught, corpus: str | Path):
    """A table (``file``, ``what happened``) of the warnings caught while loading ``corpus``, one per message."""
    import pandas as pd

    from .corpus import writable

    rows, seen = [], set()
    for item in caught:
        message = writable(str(getattr(item, "message", item)))  # a file name's undecodable bytes escaped
        if message not in seen:
            seen.add(message)
            file, note = _split_message(message, Path(corpus))
            rows.append({"file": file, "what happened": note})
    return pd.DataFrame(rows, columns=["file", "what happened"])


def show_file_notes(caught, corpus: str | Path) -> None:
    """Display the "Skipped or repaired files" table in a notebook (nothing when every file read cleanly)."""
    from IPython.display import HTML, Markdown, display

    notes = file_notes(caught, corpus)
    if len(notes):
        display(Markdown(f"**Skipped or repaired files** ({len(notes)}): the rest of the corpus was analysed."))
        # escaped (a file name is the user's text), left-aligned, with a fixed id so rebuilds are identical
        table = (notes.style.format(escape="html").hide(axis="index").set_uuid("file-notes")
                 .set_properties(**{"text-align": "left"}))
        display(HTML(table.to_html()))


def find_notebooks(folder: Path) -> list[Path]:
    notebooks = sorted(folder.glob(NOTEBOOK_GLOB))
    if not notebooks:
        raise ReportError(f"{folder}: no numbered notebooks ({NOTEBOOK_GLOB}) to build")
    return notebooks


def inject_parameters(nb: nbformat.NotebookNode, parameters: dict) -> nbformat.NotebookNode:
    """Return a copy of ``nb`` with a cell setting ``parameters`` after the ``parameters`` cell."""
    nb = copy.deepcopy(nb)
    source = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    cell.id = INJECTED_TAG
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    nb.cells.insert(tagged[0] + 1 if tagged else 0, cell)
    return nb


def _first_error(nb: nbformat.NotebookNode) -> str:
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return f"cell {index}: {output.get('ename')}: {output.get('evalue')}"
    return "unknown cell"


def execute_notebook(path: Path, parameters: dict, *, workdir: Path) -> nbformat.NotebookNode:
    """Run a notebook in a fresh kernel with a reproducible environment; raise ReportError on a failing cell."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, DeadKernelError

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # nbformat raises several kinds for a broken file
        raise ReportError(f"{path}: not a readable notebook ({exc})") from exc
    nb = inject_parameters(nb, parameters)
    with tempfile.TemporaryDirectory() as rcdir:
        Path(rcdir, "matplotlibrc").write_text(MATPLOTLIBRC, encoding="utf-8")
        env = {**os.environ, **REPRODUCIBLE_ENV, "MATPLOTLIBRC": rcdir}
        client = NotebookClient(nb, timeout=KERNEL_TIMEOUT, kernel_name="python3", record_timing=False,
                                allow_errors=False, resources={"metadata": {"path": str(workdir)}},
                                extra_arguments=["--IPKernelApp.log_level=ERROR"])
        try:
            client.execute(env=env, cwd=str(workdir))
        except CellExecutionError as exc:
            lines = [line for line in str(exc).strip().splitlines() if line.strip()]
            raise ReportError(f"{path}: {_first_error(nb)}\n{lines[-1] if lines else ''}") from exc
        except (DeadKernelError, TimeoutError, RuntimeError) as exc:
            raise ReportError(f"{path}: the kernel failed: {exc}") from exc
    return tidy_executed(nb)


def tidy_executed(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what differs between runs (execution metadata, widget state)."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for output in cell.get("outputs", []):
            output.get("data", {}).pop("application/vnd.jupyter.widget-view+json", None)
    return nb


def render_html(nb: nbformat.NotebookNode, *, with_code: bool) -> str:
    """HTML of an executed notebook with the script-free template; code hidden unless ``with_code``."""
    from nbconvert import HTMLExporter

    template_dir = resources.files("analysis").joinpath("resources", "report_template")
    exporter = HTMLExporter(template_name=TEMPLATE_NAME, extra_template_basedirs=[str(template_dir)],
                            exclude_input=not with_code, exclude_input_prompt=not with_code,
                            exclude_output_prompt=True, embed_images=True)
    body, _ = exporter.from_notebook_node(nb)
    return body


def check_static(html: str, where: Path) -> None:
    """Refuse a page that could run code (a script, an embedded object, an event handler)."""
    found = ACTIVE_HTML.search(html)
    if found:
        context = html[max(0, found.start() - 60):found.end() + 60].replace("\n", " ")
        raise ReportError(f"{where}: the rendered report contains active HTML ({found.group()!r}) near: {context}")


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with open(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(temp, FILE_MODE)
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _checked_choice(value: str | Path | None, what: str, loader) -> str | None:
    """Check a user's actors or target file (or shipped target name) before any notebook runs."""
    if value is None:
        return None
    try:
        loader(value)
    except (ValueError, OSError) as exc:  # the loaders' errors (RegistryError is a ValueError) name the file
        raise ReportError(f"{what}: {exc}") from exc
    return str(value)


def check_loopback() -> None:
    """Raise :class:`ReportError` when the loopback interface (127.0.0.1), over which a notebook kernel talks
    to this process, cannot be used (it is down in some containers and sandboxes); no connection leaves
    the machine."""
    import socket

    try:
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            with socket.create_connection(server.getsockname(), timeout=5):
                pass
    except OSError as exc:
        raise ReportError(f"cannot start a notebook kernel: the loopback network interface (127.0.0.1) is not "
                          f"available ({exc.strerror or exc}); the kernel needs it (e.g. `ip link set lo up`, or "
                          "run outside the network sandbox)") from None


def build_reports(*, corpus: str | Path = "seeds", out: Path = Path("reports"), notebooks: Path = Path("notebooks"),
                  actors: str | Path | None = None, target: str | Path | None = None,
                  naming: str | Path | None = None, with_code: bool = False, progress: bool = False) -> list[Path]:
    """Execute every numbered notebook on ``corpus`` and write ``out/NN-name.{html,ipynb}``.

    ``actors`` (registry entries of your own), ``target`` (a stance target of your own) and ``naming``
    (naming choices of your own) are YAML files passed to the notebooks as the parameters ``ACTORS``,
    ``TARGET`` and ``NAMING``; None keeps the defaults.
    """
    from tqdm import tqdm

    from .actors import load_registry
    from .naming import load_naming
    from .stance import load_target

    notebooks, out = Path(notebooks), Path(out)
    corpus_path = Path(corpus)
    if not corpus_path.exists():
        raise ReportError(f"{corpus_path}: no such corpus file or folder")
    parameters = {"CORPUS": os.path.relpath(corpus_path.resolve(), notebooks.resolve()), "INTERACTIVE": False}
    for name, value in (("ACTORS", _checked_choice(actors, "actor registry", load_registry)),
                        ("TARGET", _checked_choice(target, "stance target", load_target)),
                        ("NAMING", _checked_choice(naming, "naming choices", load_naming))):
        if value is not None:
            is_file = Path(value).is_file()
            parameters[name] = os.path.relpath(Path(value).resolve(), notebooks.resolve()) if is_file else value
    check_loopback()
    written = []
    for path in tqdm(find_notebooks(notebooks), desc="report", unit="notebook", disable=not progress, leave=False):
        executed = execute_notebook(path, parameters, workdir=notebooks.resolve())
        html_path, ipynb_path = out / f"{path.stem}.html", out / f"{path.stem}.ipynb"
        html = render_html(executed, with_code=with_code)
        check_static(html, html_path)
        write_atomically(ipynb_path, nbformat.writes(executed) + "\n")
        write_atomically(html_path, html)
        written += [html_path, ipynb_path]
    return written
