"""The classroom notebooks: student copies hold no solution and fail only where students must work;
every check cell rejects a wrong answer. (The solution notebooks themselves run under nbmake.)"""

from __future__ import annotations

import re

import nbformat
import pytest
from nbclient import NotebookClient

from analysis.classroom import BEGIN, END, build_student_copies

from .conftest import ROOT

EXERCISES = ROOT / "notebooks" / "exercises"

#: A wrong answer for each solution cell, in order, per notebook.
WRONG_ANSWERS = {
    "01-annotate-and-compare.ipynb": [
        'my_labels = ["against"] * len(sample)',
        "table = pd.crosstab(pd.Series(toolkit_labels, name='toolkit'), pd.Series(my_labels, name='me'))",
        "kappa = 0.99",
    ],
    "02-extend-the-registry.ipynb": [
        'my_registry = Path("wrong_actors.yml")\n'
        'my_registry.write_text("VNM:\\n  name: Vietnam\\n  kind: state\\n  color: \\"#882255\\"\\n", encoding="utf-8")',
    ],
    "03-frames-in-context.ipynb": ['usa_word = "the"', 'rus_word = "zzzz"'],
    "04-critique-a-measure.ipynb": ["disagree = sentences.head(1)"],
    "05-said-or-claimed.ipynb": ['my_classes = ["said"] * len(verbs)', "kappa = 0.99",
                                 'distance = {"RUS": 0.5, "UKR": 0.0}'],
}


def execute(nb, *, allow_errors, folder=EXERCISES):
    client = NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=allow_errors,
                            resources={"metadata": {"path": str(folder)}},
                            extra_arguments=["--IPKernelApp.log_level=ERROR"])
    client.execute()
    return nb


def errors(nb):
    return [(index, output["ename"]) for index, cell in enumerate(nb.cells)
            for output in cell.get("outputs", []) if output.get("output_type") == "error"]


def solution_cells(nb):
    return [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and BEGIN in c.source]


@pytest.fixture(scope="module")
def student_folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("student")
    build_student_copies(source=EXERCISES, out=out)
    return out


def test_there_are_five_exercises_with_solutions():
    names = sorted(p.name for p in EXERCISES.glob("*.ipynb"))
    assert names == sorted(WRONG_ANSWERS)
    for name in names:
        nb = nbformat.read(EXERCISES / name, as_version=4)
        assert len(solution_cells(nb)) == len(WRONG_ANSWERS[name]), name


@pytest.mark.parametrize("name", sorted(WRONG_ANSWERS))
def test_student_copy_has_no_solution_and_fails_only_where_students_work(student_folder, name):
    source = nbformat.read(EXERCISES / name, as_version=4)
    solution_text = [line.strip() for cell in source.cells
                     for block in re.findall(f"{BEGIN}\n(.*?)\n{END}", cell.source, re.DOTALL)
                     for line in block.splitlines() if len(line.strip()) > 12]
    student_text = (student_folder / name).read_text(encoding="utf-8")
    assert "SOLUTION" not in student_text
    assert not [line for line in solution_text if line in student_text]
    student = execute(nbformat.read(student_folder / name, as_version=4), allow_errors=True, folder=student_folder)
    assert errors(student) == [(index, "NotImplementedError") for index in solution_cells(source)]
    outputs = "".join(o.get("text", "") + o.get("data", {}).get("text/plain", "")
                      for c in student.cells for o in c.get("outputs", []))
    assert "Not answered yet" in outputs


@pytest.mark.parametrize("name", sorted(WRONG_ANSWERS))
def test_every_check_cell_rejects_a_wrong_answer(name):
    nb = nbformat.read(EXERCISES / name, as_version=4)
    cells = solution_cells(nb)
    for index, wrong in zip(cells, WRONG_ANSWERS[name]):
        cell = nb.cells[index]
        cell.source = re.sub(f"{BEGIN}\n.*?\n{END}", lambda _: wrong, cell.source, flags=re.DOTALL)
    executed = execute(nb, allow_errors=True)
    feedback = [(i, o["ename"], o["evalue"]) for i, c in enumerate(executed.cells)
                for o in c.get("outputs", []) if o.get("output_type") == "error"]
    checks = [i for i, c in enumerate(nb.cells) if c.source.startswith("check.check_")]
    assert [i for i, _, _ in feedback] == checks, feedback
    assert all(ename == "ExerciseFeedback" and "Hint:" in evalue for _, ename, evalue in feedback), feedback
