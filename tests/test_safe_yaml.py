"""The one YAML loader for what users write: plain data, bounded nesting and aliases, dates as text."""

from __future__ import annotations

import json

import pytest
import yaml

from analysis import safe_yaml


def alias_bomb(levels: int) -> str:
    """A "billion laughs": each anchor holds nine aliases of the one before (9 ** levels values)."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_before_it_is_built():
    with pytest.raises(safe_yaml.RefusedYAML) as info:
        safe_yaml.load(alias_bomb(9))  # 387 million values from 400 bytes
    assert safe_yaml.problem(info.value) == "line 5: aliases (*name) expand to more than 10,000 values (an alias bomb?)"


def test_a_few_aliases_are_fine():
    assert safe_yaml.load("role: &r {role: minister}\nfirst: *r\nsecond: [*r, *r]") == {
        "role": {"role": "minister"}, "first": {"role": "minister"},
        "second": [{"role": "minister"}, {"role": "minister"}]}


def test_an_alias_inside_its_own_anchor_is_refused():
    with pytest.raises(safe_yaml.RefusedYAML, match="an alias inside its own anchor"):
        safe_yaml.load("a: &a [1, *a]")


@pytest.mark.parametrize("text, line", [
    ("x: " + "[" * 5000 + "]" * 5000, 1),                                      # flow style
    ("".join(" " * depth + f"k{depth}:\n" for depth in range(3000)), 100),      # block style
])
def test_deep_nesting_is_refused_with_its_line(text, line):
    with pytest.raises(safe_yaml.RefusedYAML) as info:
        safe_yaml.load(text)
    assert safe_yaml.problem(info.value) == f"line {line}: nested more than 100 levels deep"


def test_nesting_up_to_the_limit_is_read():
    lists = "[" * 99 + "]" * 99  # under the mapping: 100 levels
    assert safe_yaml.load(f"x: {lists}") == {"x": json.loads(lists)}
    with pytest.raises(safe_yaml.RefusedYAML):
        safe_yaml.load(f"x: [{lists}]")


def test_dates_are_kept_as_written_and_impossible_ones_marked():
    loaded = safe_yaml.load("a: 2024-11-05\nb: 2024-11-05 10:00:00\nc: 2024-13-45\nd: 2024-02-30\ne: 2024-01-01 25:99:99")
    assert loaded == {"a": "2024-11-05", "b": "2024-11-05 10:00:00", "c": "2024-13-45", "d": "2024-02-30",
                      "e": "2024-01-01 25:99:99"}
    assert sorted((value, value.problem) for value in safe_yaml.unreadable_values(loaded)) == [
        ("2024-01-01 25:99:99", "is not a real date or time"), ("2024-02-30", "is not a real date or time"),
        ("2024-13-45", "is not a real date or time")]


@pytest.mark.parametrize("number", ["9" * 5000, "0x" + "f" * 4000])
def test_an_integer_too_long_to_convert_is_kept_as_text(number):
    loaded = safe_yaml.load(f"n: {number}\nsmall: 0x1f\nlist: [{number}]")
    assert loaded == {"n": number, "small": 31, "list": [number]}
    assert [value.problem for value in safe_yaml.unreadable_values(loaded)] == [
        "is a number of more than 4,300 digits"] * 2


def test_python_objects_are_still_refused():
    with pytest.raises(yaml.YAMLError, match="python/object"):
        safe_yaml.load("x: !!python/object:os.system [echo]")


def test_a_user_file_that_is_not_utf8_is_named(write):
    path = write("mine.yml", "name: caf\u00e9".encode("cp1252"))
    with pytest.raises(ValueError) as info:
        safe_yaml.read_text(path)
    assert str(info.value) == f"{path}: not UTF-8 text (byte 0xe9 at position 9); save it as UTF-8"
