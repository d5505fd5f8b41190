"""Packaging: environment.yml, the lock file and the Makefile agree with pyproject.toml; conda names
exist on conda-forge (offline list); notebooks stay output-free; CI calls the README's test command."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request

import yaml
from packaging.requirements import Requirement

from .conftest import ROOT


def _load_tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


conda_check = _load_tool("check_conda_env")


def package_name(requirement: str) -> str:
    """'vaderSentiment>=3.3.2' -> 'vadersentiment' (PEP 503 normalised)."""
    name = re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def declared() -> list[str]:
    """The requirements that environment.yml mirrors: the dependencies with the test and web extras."""
    extras = project()["optional-dependencies"]
    return project()["dependencies"] + extras["test"] + extras["web"]


def environment() -> tuple[list[str], list[str]]:
    """(conda dependency strings, pip-section strings) of environment.yml."""
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [dep for dep in env["dependencies"] if isinstance(dep, str)]
    pip = [item for dep in env["dependencies"] if isinstance(dep, dict) for item in dep.get("pip", [])]
    return conda, pip


def as_pypi_name(conda_name: str) -> str:
    renamed = {conda: pypi for pypi, conda in conda_check.CONDA_NAMES.items()}
    return renamed.get(package_name(conda_name), package_name(conda_name))


def test_environment_yml_matches_pyproject():
    conda, pip = environment()
    names = {as_pypi_name(dep) for dep in conda} - {"python", "pip"}
    pip_names = {package_name(dep) for dep in pip if dep != "-e ."}
    assert not names & pip_names, "a package is both a conda and a pip dependency"
    assert names | pip_names == {package_name(dep) for dep in declared()}
    assert "python=3.11" in conda
    assert "-e ." in pip


def test_renamed_and_pip_only_packages_are_where_conda_forge_has_them():
    conda, pip = environment()
    assert "nbconvert-core>=7.16" in conda and not [d for d in conda if package_name(d) == "nbconvert"]
    assert "textblob>=0.18" in pip  # conda-forge stops at 0.15.3


def test_lower_bounds_agree():
    conda, pip = environment()
    entries = {as_pypi_name(dep): dep for dep in conda + pip if dep != "-e ."}
    for requirement in declared():
        bound = re.search(r">=\s*([\w.]+)", requirement)
        assert bound, f"{requirement} has no lower bound"
        assert f">={bound.group(1)}" in entries[package_name(requirement)], requirement


def test_every_conda_name_is_a_known_conda_forge_package():
    conda, _ = environment()
    errors, _warnings = conda_check.check(conda, conda_check.read_known(conda_check.KNOWN))
    assert errors == []
    assert conda_check.main(["--env", str(ROOT / "environment.yml")]) == 0


def test_conda_check_names_unknown_packages_and_too_new_bounds(write):
    known = write("known.tsv", "# a comment\nname\tversion\tevidence\n"
                               "textblob\t0.15.3\tfeedstock recipe\nseaborn\t0.13.2\tunverified: believed\n")
    errors, warnings = conda_check.check(["textblob>=0.18", "nbconvert>=7", "seaborn>=0.13"],
                                         conda_check.read_known(known))
    assert errors[0].startswith("'textblob>=0.18': conda-forge is known to have textblob 0.15.3, not 0.18")
    assert errors[1].startswith("nbconvert: not in the list of conda-forge packages")
    assert warnings == ["seaborn: unverified: believed"]
    assert conda_check.check(["seaborn>=0.13"], conda_check.read_known(known), strict=True)[0] == [
        "seaborn: unverified: believed"]


def lock_pins() -> dict[str, list[tuple[str, str]]]:
    """name -> [(version, marker)] of constraints.txt."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        found = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)\s*(?:;\s*(.*))?$", line)
        if found:
            pins.setdefault(package_name(found[1]), []).append((found[2], found[3] or ""))
    return pins


def test_lock_pins_every_declared_dependency_within_its_bounds():
    pins = lock_pins()
    requirements = project()["dependencies"] + [r for extra in project()["optional-dependencies"].values()
                                                for r in extra]
    for text in requirements:
        requirement = Requirement(text)
        name = package_name(requirement.name)
        assert name in pins, f"{name} is not pinned in constraints.txt: run `make lock`"
        for version, _marker in pins[name]:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"constraints.txt pins {name}=={version}, outside {requirement.specifier}: run `make lock`")


def test_make_installs_from_the_lock_and_checks_the_result():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = re.findall(r"pip install --quiet (.*)", makefile)
    project_installs = [line for line in installs if "-e ." in line or '-e ".[' in line]
    assert len(project_installs) == 2 and all("-c $(LOCK)" in line for line in project_installs)
    assert makefile.count("-m pip check") == 2
    assert re.search(r"^LOCK := constraints.txt$", makefile, re.MULTILINE)
    assert re.search(r"^lock:", makefile, re.MULTILINE)


def test_license_file_is_the_mit_license_pyproject_names():
    assert project()["license"] == "MIT" and project()["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Permission is hereby granted, free of charge" in text
    assert "Programming Language :: Python :: 3.11" in project()["classifiers"]


def test_committed_notebooks_are_unchanged_by_the_nbstripout_filter():
    assert "*.ipynb filter=nbstripout" in (ROOT / ".gitattributes").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m nbstripout --keep-id'" in makefile  # the filter `make hooks` installs
    notebooks = sorted(str(p) for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    result = subprocess.run([sys.executable, "-m", "nbstripout", "--keep-id", "--verify", *notebooks],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_make_lab_serves_the_repository_root_on_the_chosen_port():
    port, token = free_port(), "discourse-test"
    args = f"--no-browser --ServerApp.ip=127.0.0.1 --IdentityProvider.token={token} --ServerApp.port_retries=0"
    server = subprocess.Popen(["make", "-s", "lab", f"PORT={port}", f"LAB_ARGS={args}"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        listing = None
        deadline = time.monotonic() + 120
        while listing is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents?token={token}", timeout=5) as r:
                    listing = json.load(r)
            except OSError:
                time.sleep(0.5)
        assert listing is not None, "JupyterLab did not answer on the chosen port"
        names = {item["name"] for item in listing["content"]}
        assert {"notebooks", "seeds", "analysis", "Makefile"} <= names
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make report" in readme
    assert re.search(r"^make test$", ci, re.MULTILINE)
