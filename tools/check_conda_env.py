"""Check, offline, that every conda package named in environment.yml exists on conda-forge.

    python tools/check_conda_env.py [--env environment.yml] [--known tools/conda-forge.tsv] [--strict]

Each conda dependency (not the ``pip:`` section) must be a line of the known-packages list
(``tools/conda-forge.tsv``: name, a version seen on conda-forge, and where it was seen), and its lower
bound (``>=X``) or pin (``=X``) must not exceed that version. Lines of the list marked "unverified"
are reported as warnings (errors with ``--strict``). Exit status 0 when every name passes, 1 otherwise.

Limits: the list is a record, not the channel; a name can be renamed or a version withdrawn after it
was written, and the check does not solve the environment (two packages whose requirements conflict
both pass). ``conda env create -f environment.yml`` on a machine that reaches conda-forge is the full test.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parents[1]
ENVIRONMENT = ROOT / "environment.yml"
KNOWN = ROOT / "tools" / "conda-forge.tsv"

#: PyPI names whose conda-forge package has another name (pyproject name -> conda name).
CONDA_NAMES = {"nbconvert": "nbconvert-core"}

SPEC = re.compile(r"^\s*(?P<name>[A-Za-z0-9_.\-]+)\s*(?:(?P<op>>=|==|=)\s*(?P<version>[\w.*]+))?\s*$")


def read_known(path: Path) -> dict[str, tuple[str, str]]:
    """name -> (version, evidence) from the tab-separated list (lines starting with '#' are comments)."""
    known = {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    header, *rows = lines
    if header.split("\t") != ["name", "version", "evidence"]:
        raise ValueError(f"{path}: the first row must be the header 'name<TAB>version<TAB>evidence'")
    for number, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(f"{path}: row {number} has {len(fields)} fields, not 3: {line!r}")
        name, version, evidence = fields
        known[name.lower()] = (version, evidence)
    return known


def conda_specs(path: Path) -> list[str]:
    """The conda dependency strings of an environment file (the ``pip:`` section left out)."""
    env = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [dep for dep in env.get("dependencies", []) if isinstance(dep, str)]


def check(specs: list[str], known: dict[str, tuple[str, str]], *, strict: bool = False) -> tuple[list[str], list[str]]:
    """(errors, warnings) for the conda dependency strings ``specs``."""
    errors, warnings = [], []
    for spec in specs:
        match = SPEC.match(spec)
        if not match:
            errors.append(f"{spec!r}: not a 'name', 'name>=version' or 'name=version' dependency")
            continue
        name, wanted = match["name"].lower(), match["version"]
        if name not in known:
            errors.append(f"{name}: not in the list of conda-forge packages; check that conda-forge has it "
                          "under this name and add a line with the version and where you saw it")
            continue
        seen, evidence = known[name]
        if wanted:
            try:
                too_new = Version(wanted.rstrip(".*")) > Version(seen)
            except InvalidVersion:
                errors.append(f"{spec!r}: cannot compare version {wanted!r} with {seen!r}")
                continue
            if too_new:
                errors.append(f"{spec!r}: conda-forge is known to have {name} {seen}, not {wanted} or later "
                              f"({evidence}); install it in the pip: section instead")
                continue
        if evidence.startswith("unverified"):
            (errors if strict else warnings).append(f"{name}: {evidence}")
    return errors, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check environment.yml's conda names against a list of "
                                                 "conda-forge packages (offline).")
    parser.add_argument("--env", type=Path, default=ENVIRONMENT, help="environment file (default: %(default)s)")
    parser.add_argument("--known", type=Path, default=KNOWN, help="known conda-forge packages (default: %(default)s)")
    parser.add_argument("--strict", action="store_true", help="treat unverified list entries as errors")
    args = parser.parse_args(argv)
    try:
        errors, warnings = check(conda_specs(args.env), read_known(args.known), strict=args.strict)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    for line in warnings:
        sys.stderr.write(f"warning: {line}\n")
    for line in errors:
        sys.stderr.write(f"error: {line}\n")
    specs = conda_specs(args.env)
    sys.stdout.write(f"{len(specs) - len(errors)} of {len(specs)} conda packages found on conda-forge "
                     f"({len(warnings)} from unverified entries)\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
