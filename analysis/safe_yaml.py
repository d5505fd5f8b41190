"""Read the YAML a user writes (front matter, actor files, stance targets) so no file can stop a run.

Every YAML a user gives the toolkit goes through :func:`load`: PyYAML's safe loader (plain data,
never Python objects) that also

* refuses nesting deeper than :data:`MAX_DEPTH` levels (Python would run out of stack),
* refuses aliases (``*name``) that would add more than :data:`MAX_ALIAS_VALUES` values to the
  document (a "billion laughs" bomb of a few hundred bytes expands to gigabytes), before any of it
  is built,
* keeps dates and times as the text written, and a value that only looks like one ("2024-13-45",
  "2024-02-30 25:99:99") or an integer too long to convert (over 4,300 digits) as its text too,
  marked :class:`Unreadable` so the caller can name the file and key.

Problems are ``yaml.YAMLError`` subclasses with the line they were found on, as PyYAML's own are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import yaml

MAX_DEPTH = 100
MAX_ALIAS_VALUES = 10_000
MAX_INT_CHARACTERS = 4_300  # Python's default limit on int <-> str conversion (sys.get_int_max_str_digits)
_TOO_LONG_INT = 10 ** MAX_INT_CHARACTERS


class RefusedYAML(yaml.MarkedYAMLError):
    """YAML that is well formed but refused: too deeply nested, or aliases that expand too far."""


class Unreadable(str):
    """A scalar kept as the text written because it cannot be the value it looks like; ``problem`` says why."""

    problem: str

    def __new__(cls, text: str, problem: str) -> Unreadable:
        value = super().__new__(cls, text)
        value.problem = problem
        return value


class _BoundedLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` with bounded nesting and alias expansion, and dates kept as text."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._depth = 0
        self._added_by_aliases = 0
        self._sizes: dict[int, int] = {}  # id(node) -> values it holds once its aliases are expanded

    def compose_node(self, parent, index):
        mark = self.peek_event().start_mark
        if self._depth >= MAX_DEPTH:
            raise RefusedYAML(problem=f"nested more than {MAX_DEPTH} levels deep", problem_mark=mark)
        is_alias = self.check_event(yaml.AliasEvent)
        self._depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if is_alias:
            size = self._sizes.get(id(node))
            if size is None:
                raise RefusedYAML(problem="an alias inside its own anchor (a structure that contains itself)",
                                  problem_mark=mark)
            self._added_by_aliases += size
            if self._added_by_aliases > MAX_ALIAS_VALUES:
                raise RefusedYAML(problem=f"aliases (*name) expand to more than {MAX_ALIAS_VALUES:,} values "
                                          "(an alias bomb?)", problem_mark=mark)
        else:
            self._sizes[id(node)] = 1 + sum(self._sizes[id(child)] for child in _children(node))
        return node

    def construct_timestamp_as_text(self, node) -> str:
        text = self.construct_scalar(node)
        try:
            yaml.SafeLoader.construct_yaml_timestamp(self, node)
        except (ValueError, OverflowError):
            return Unreadable(text, "is not a real date or time")
        return text

    def construct_bounded_int(self, node) -> int | str:
        text = self.construct_scalar(node)
        if len(text) > MAX_INT_CHARACTERS:
            return Unreadable(text, f"is a number of more than {MAX_INT_CHARACTERS:,} digits")
        try:
            value = yaml.SafeLoader.construct_yaml_int(self, node)
        except ValueError:
            return Unreadable(text, "is not a number this toolkit can read")
        if abs(value) >= _TOO_LONG_INT:  # '0x…' or '1:2:3…' written shorter than its value
            return Unreadable(text, f"is a number of more than {MAX_INT_CHARACTERS:,} digits")
        return value


_BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", _BoundedLoader.construct_timestamp_as_text)
_BoundedLoader.add_constructor("tag:yaml.org,2002:int", _BoundedLoader.construct_bounded_int)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    return []


def load(text: str) -> object:
    """Plain data (dicts, lists, strings, numbers) from YAML text; raises ``yaml.YAMLError`` naming the line."""
    return yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 - a SafeLoader subclass


def read_text(path: str | Path) -> str:
    """The text of a user's YAML file; ``ValueError`` naming the file when it cannot be read or is not UTF-8."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
                         "save it as UTF-8") from None


def problem(exc: yaml.YAMLError, *, first_line: int = 1) -> str:
    """What is wrong, and on which line of the file (``first_line`` is the line the YAML starts on)."""
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    return f"line {mark.line + first_line}: {what}" if mark is not None else what


def unreadable_values(value: object) -> Iterator[Unreadable]:
    """The :class:`Unreadable` scalars anywhere inside ``value`` (a loaded mapping, list or scalar)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, Unreadable):
            yield item
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            pending.extend(item)
