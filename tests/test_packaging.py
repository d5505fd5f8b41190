"""environment.yml and pyproject.toml declare the same packages (the conda environment has the test
and web extras too); CI calls the README's test command."""

from __future__ import annotations

import re
import tomllib

import yaml

from .conftest import ROOT


def package_name(requirement: str) -> str:
    """'vaderSentiment>=3.3.2' -> 'vadersentiment' (PEP 503 normalised)."""
    name = re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_requirements() -> list[str]:
    """pyproject's dependencies with the test and web extras: what the conda environment holds."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return project["dependencies"] + extras["test"] + extras["web"]


def test_environment_yml_matches_pyproject():
    declared = declared_requirements()
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [dep for dep in env["dependencies"] if isinstance(dep, str)]
    conda_names = {package_name(dep) for dep in conda} - {"python", "pip"}
    assert conda_names == {package_name(dep) for dep in declared}
    assert "python=3.11" in conda
    assert {"pip": ["-e ."]} in env["dependencies"]


def test_lower_bounds_agree():
    declared = declared_requirements()
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = {package_name(dep): dep for dep in env["dependencies"] if isinstance(dep, str)}
    for requirement in declared:
        bound = re.search(r">=\s*([\w.]+)", requirement)
        assert bound, f"{requirement} has no lower bound"
        assert f">={bound.group(1)}" in conda[package_name(requirement)], requirement


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make report" in readme
    assert re.search(r"^make test$", ci, re.MULTILINE)
