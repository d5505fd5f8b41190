"""Student copies: solutions stubbed, outputs cleared, students' work never overwritten."""

from __future__ import annotations

import nbformat
import pytest

from analysis.classroom import ClassroomError, build_student_copies, strip_solutions


def test_solution_block_becomes_a_stub_at_its_indentation():
    source = "answer = None\nif True:\n    ### BEGIN SOLUTION\n    answer = 42\n    ### END SOLUTION\nprint(answer)"
    assert strip_solutions(source) == (
        "answer = None\nif True:\n    # YOUR CODE HERE\n    raise NotImplementedError()\nprint(answer)")


def test_markdown_solution_becomes_a_prompt():
    assert strip_solutions("Why?\n### BEGIN SOLUTION\nBecause.\n### END SOLUTION", markdown=True) == \
        "Why?\nYOUR ANSWER HERE"


@pytest.mark.parametrize("source, problem", [
    ("### BEGIN SOLUTION\nx = 1", "never closed"),
    ("x = 1\n### END SOLUTION", "without '### BEGIN SOLUTION'"),
    ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "inside another solution block"),
])
def test_broken_markers_are_reported(source, problem):
    with pytest.raises(ClassroomError, match=problem):
        strip_solutions(source, where="ex.ipynb cell 3")


def exercise(folder, name="01-ex.ipynb"):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = None\n### BEGIN SOLUTION\nx = 'secret answer'\n### END SOLUTION",
                                          outputs=[nbformat.v4.new_output("stream", text="old")], execution_count=3),
                nbformat.v4.new_markdown_cell("### BEGIN SOLUTION\nThe secret reasoning.\n### END SOLUTION")]
    for number, cell in enumerate(nb.cells):
        cell.id = f"c{number}"
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / name)
    return folder / name


def test_build_writes_clean_student_copies(tmp_path):
    exercise(tmp_path / "src")
    (tmp_path / "src" / "data").mkdir()
    (tmp_path / "src" / "data" / "a.txt").write_text("An article.")
    (tmp_path / "src" / "my_actors.yml").write_text("a solution file")
    written = build_student_copies(source=tmp_path / "src", out=tmp_path / "student")
    assert [p.name for p in written] == ["01-ex.ipynb", "data"]
    assert (tmp_path / "student" / "data" / "a.txt").read_text() == "An article."
    assert not (tmp_path / "student" / "my_actors.yml").exists()
    text = (tmp_path / "student" / "01-ex.ipynb").read_text()
    assert "secret" not in text and "SOLUTION" not in text
    nb = nbformat.read(tmp_path / "student" / "01-ex.ipynb", as_version=4)
    assert nb.cells[0].outputs == [] and nb.cells[0].execution_count is None
    assert nb.cells[0].source == "x = None\n# YOUR CODE HERE\nraise NotImplementedError()"


def test_a_students_edited_copy_is_never_overwritten(tmp_path):
    exercise(tmp_path / "src")
    build_student_copies(source=tmp_path / "src", out=tmp_path / "student")
    student_file = tmp_path / "student" / "01-ex.ipynb"
    student_file.write_text(student_file.read_text().replace("raise NotImplementedError()", "x = 'my work'"))
    with pytest.raises(ClassroomError, match="exists and differs"):
        build_student_copies(source=tmp_path / "src", out=tmp_path / "student")
    assert "my work" in student_file.read_text()
    build_student_copies(source=tmp_path / "src", out=tmp_path / "student", force=True)
    assert "my work" not in student_file.read_text()


def test_folder_without_exercises_is_an_error(tmp_path):
    with pytest.raises(ClassroomError, match="no exercise notebooks"):
        build_student_copies(source=tmp_path, out=tmp_path / "student")


def test_folders_outside_the_exercises_are_copied_in_and_paths_rewritten(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("An article.")
    source = tmp_path / "course" / "exercises"
    exercise(source)
    nb = nbformat.read(source / "01-ex.ipynb", as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell('CORPUS = "../../corpus"\nOTHER = "../../nowhere"', id="p"))
    nbformat.write(nb, source / "01-ex.ipynb")
    written = build_student_copies(source=source, out=tmp_path / "student")
    assert [p.name for p in written] == ["01-ex.ipynb", "corpus"]
    assert (tmp_path / "student" / "corpus" / "a.txt").read_text() == "An article."
    student = nbformat.read(tmp_path / "student" / "01-ex.ipynb", as_version=4)
    assert student.cells[0].source == 'CORPUS = "corpus"\nOTHER = "../../nowhere"'  # a missing path is left alone
    assert nbformat.read(source / "01-ex.ipynb", as_version=4).cells[0].source.startswith('CORPUS = "../../corpus"')
    build_student_copies(source=source, out=tmp_path / "student")  # a rebuild finds the same files


def test_a_handed_out_student_folder_runs_on_the_seed_article(tmp_path):
    """The student folder, copied away from the repository, still has the seed article for exercise 1."""
    import shutil

    from nbclient import NotebookClient

    from .conftest import ROOT

    build_student_copies(source=ROOT / "notebooks" / "exercises", out=tmp_path / "built")
    handout = tmp_path / "elsewhere" / "handout"
    shutil.copytree(tmp_path / "built", handout)
    shutil.rmtree(tmp_path / "built")
    nb = nbformat.read(handout / "01-annotate-and-compare.ipynb", as_version=4)
    assert nb.cells[1].source.strip().endswith('CORPUS = "seeds"')
    assert (handout / "seeds").is_dir() and (handout / "data").is_dir()
    NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(handout)}},
                   extra_arguments=["--IPKernelApp.log_level=ERROR"]).execute()
    (table,) = [o for o in nb.cells[2].outputs if o.output_type == "execute_result"]
    assert "Empty DataFrame" not in table["data"]["text/plain"]
    assert table["data"]["text/plain"].count("\n") >= 12  # a header and the dozen utterances to label
    assert not [o for o in nb.cells[2].outputs if o.output_type == "error" or o.get("name") == "stderr"]
