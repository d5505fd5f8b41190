"""The data files shipped in ``analysis/resources/``, read as text or parsed as YAML.

Shipped YAML is parsed with libyaml's safe loader when PyYAML was built with it (its wheels are):
the same objects as ``yaml.safe_load``, about five times faster, which matters because every
process parses the actor registry and the lexicons once. Users' own YAML files are parsed with
``yaml.safe_load`` by the modules that read them, for PyYAML's own error messages.
"""

from __future__ import annotations

from importlib import resources

import yaml

#: libyaml's safe loader when PyYAML has it, else PyYAML's: both build the same objects.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def resource_text(*parts: str) -> str:
    """The text of ``analysis/resources/<parts>``."""
    return resources.files("analysis").joinpath("resources", *parts).read_text(encoding="utf-8")


def resource_yaml(*parts: str) -> object:
    """``analysis/resources/<parts>`` parsed as (safe) YAML."""
    return yaml.load(resource_text(*parts), Loader=SafeLoader)  # noqa: S506 - a safe loader
