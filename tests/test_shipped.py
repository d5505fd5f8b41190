"""Shipped data files: parsed by libyaml when PyYAML has it, into the objects PyYAML's own parser builds."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from analysis.shipped import SafeLoader, resource_text, resource_yaml

FOLDER = resources.files("analysis").joinpath("resources")
SHIPPED_YAML = sorted(path.name for path in FOLDER.iterdir() if path.name.endswith(".yml"))


@pytest.mark.parametrize("name", SHIPPED_YAML)
def test_every_shipped_yaml_file_reads_as_pyyaml_reads_it(name):
    assert resource_yaml(name) == yaml.safe_load(resource_text(name))


def test_targets_in_subfolders_are_read_too():
    assert resource_yaml("targets", "nk_troops_russia.yml")["terms"][:2] == ["north korea*", "pyongyang"]


def test_the_pinned_pyyaml_parses_with_libyaml():
    assert yaml.__with_libyaml__ and SafeLoader is yaml.CSafeLoader
