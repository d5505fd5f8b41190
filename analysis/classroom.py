"""Student copies of the classroom exercises (nbgrader's solution markers, without nbgrader).

In the instructor's notebooks, code between ``### BEGIN SOLUTION`` and
``### END SOLUTION`` is the model answer. ``build_student_copies`` replaces it
with ``# YOUR CODE HERE`` and ``raise NotImplementedError()`` (in Markdown cells:
"YOUR ANSWER HERE"), clears every output, and refuses to overwrite a student
folder that already holds different files, so no student's work is lost.

The student folder is self-contained: the exercises' ``data/`` folder is copied
along, and a folder outside the exercise folder that a notebook names by a
relative path in a code cell (``CORPUS = "../../seeds"``) is copied in under its
own name (``seeds/``) with the path in the student copy rewritten to match, so
the handout runs wherever it is unpacked. The instructor's notebooks keep working
inside the repository unchanged.
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import nbformat

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
CODE_STUB = ["# YOUR CODE HERE", "raise NotImplementedError()"]
MARKDOWN_STUB = ["YOUR ANSWER HERE"]
DATA_FOLDER = "data"  # copied along whole, for the exercises' own small corpus; nothing else is
# (files a solution writes beside the notebooks, such as my_actors.yml, would give answers away)
#: A string literal in a code cell naming a path above the exercise folder: "../../seeds".
OUTSIDE_PATH = re.compile(r"""(?P<quote>["'])(?P<path>\.\./[^"'\n]*)(?P=quote)""")


class ClassroomError(Exception):
    """An exercise folder or notebook that cannot be turned into student copies."""


def strip_solutions(source: str, *, markdown: bool = False, where: str = "") -> str:
    """Replace each solution block in ``source`` with a stub at the block's indentation."""
    lines, out, inside, indent = source.split("\n"), [], False, ""
    for number, line in enumerate(lines, start=1):
        marker = line.strip()
        if marker == BEGIN:
            if inside:
                raise ClassroomError(f"{where}: line {number}: '{BEGIN}' inside another solution block")
            inside, indent = True, line[: len(line) - len(line.lstrip())]
            out.extend(indent + stub for stub in (MARKDOWN_STUB if markdown else CODE_STUB))
        elif marker == END:
            if not inside:
                raise ClassroomError(f"{where}: line {number}: '{END}' without '{BEGIN}'")
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise ClassroomError(f"{where}: '{BEGIN}' is never closed by '{END}'")
    return "\n".join(out)


def student_notebook(nb: nbformat.NotebookNode, *, where: str = "") -> nbformat.NotebookNode:
    """A copy of ``nb`` with solutions stubbed and outputs cleared."""
    nb = copy.deepcopy(nb)
    for index, cell in enumerate(nb.cells):
        cell.source = strip_solutions(cell.source, markdown=cell.cell_type == "markdown", where=f"{where} cell {index}")
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        cell.metadata.pop("execution", None)
    return nb


def outside_folders(nb: nbformat.NotebookNode, source: Path) -> dict[str, Path]:
    """Relative paths in ``nb``'s code cells that name an existing folder outside ``source``, by literal."""
    found = {}
    inside = source.resolve()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for match in OUTSIDE_PATH.finditer(cell.source):
            folder = (source / match["path"]).resolve()
            if folder.is_dir() and not folder.is_relative_to(inside):
                found[match["path"]] = folder
    return found


def point_to_copies(nb: nbformat.NotebookNode, copies: dict[str, str]) -> nbformat.NotebookNode:
    """Rewrite each path literal in ``copies`` (``"../../seeds"`` -> ``"seeds"``) in the code cells."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = OUTSIDE_PATH.sub(
                lambda m: m["quote"] + copies.get(m["path"], m["path"]) + m["quote"], cell.source)
    return nb


def has_solution(nb: nbformat.NotebookNode) -> bool:
    return any(re.search(r"^\s*### (BEGIN|END) SOLUTION", c.source, re.MULTILINE) for c in nb.cells)


def build_student_copies(*, source: Path = Path("notebooks/exercises"), out: Path = Path("classroom/student"),
                         force: bool = False) -> list[Path]:
    """Write student copies of every exercise notebook in ``source`` to ``out``; return the files written."""
    source, out = Path(source), Path(out)
    notebooks = sorted(source.glob("*.ipynb"))
    if not notebooks:
        raise ClassroomError(f"{source}: no exercise notebooks (*.ipynb) found")
    planned: dict[Path, str] = {}
    folders: dict[str, Path] = {}  # name in the student folder -> folder outside the exercises to copy
    for path in notebooks:
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception as exc:
            raise ClassroomError(f"{path}: not a readable notebook ({exc})") from exc
        if not has_solution(nb):
            raise ClassroomError(f"{path}: has no '{BEGIN}' block; is it an exercise?")
        copies = {}
        for literal, folder in outside_folders(nb, source).items():
            name = folder.name
            if name == DATA_FOLDER or folders.get(name, folder) != folder or (source / name).exists():
                raise ClassroomError(f"{path}: {literal!r} would be copied to '{name}/', "
                                     "which the student folder already uses; rename one of them")
            folders[name], copies[literal] = folder, name
        student = point_to_copies(student_notebook(nb, where=str(path)), copies)
        planned[out / path.name] = nbformat.writes(student) + "\n"
    if not force:
        for target, text in planned.items():
            if target.exists() and target.read_text(encoding="utf-8") != text:
                raise ClassroomError(f"{target}: exists and differs from a fresh copy (a student's work?); "
                                     "choose another --out or remove it first")
    out.mkdir(parents=True, exist_ok=True)
    for target, text in planned.items():
        target.write_text(text, encoding="utf-8")
    written = sorted(planned)
    if (source / DATA_FOLDER).is_dir():
        shutil.copytree(source / DATA_FOLDER, out / DATA_FOLDER, dirs_exist_ok=True)
        written.append(out / DATA_FOLDER)
    for name, folder in sorted(folders.items()):
        shutil.copytree(folder, out / name, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*", "__pycache__"))
        written.append(out / name)
    return written
