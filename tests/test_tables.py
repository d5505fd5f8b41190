"""Styled tables: percentages, decimals, intervals and p-values for reading; fixed ids; escaped text."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.summarize import by_actor
from analysis.tables import actor_summary, interval, p_value, styled

from .fixtures_utterances import small_table


def cells(html: str) -> list[str]:
    """The text of every data cell, in order."""
    import re

    return re.findall(r'<td class="data [^"]*" >(.*?)</td>', html)


def test_percentages_decimals_and_pvalues_are_formatted_and_text_is_escaped():
    table = pd.DataFrame({"word": ["<script>alert(1)</script>", "troops"], "share": [0.6667, 0.05],
                          "g2": [12.3456, math.nan], "p": [0.0004, 0.0312]})
    html = styled(table, name="demo", percent=["share"], decimals=["g2"], pvalues=["p"]).to_html()
    assert cells(html) == ["&lt;script&gt;alert(1)&lt;/script&gt;", "67%", "12.35", "&lt;0.001",
                           "troops", "5%", "–", "0.031"]
    assert '<table id="T_demo">' in html and "<script" not in html
    assert "#T_demo td.col0 {\n  text-align: left;\n}" in html  # text left, numbers right


def test_the_same_table_renders_to_the_same_html():
    table = pd.DataFrame({"score": [0.1234]})
    first, second = styled(table, name="same", decimals=["score"]), styled(table, name="same", decimals=["score"])
    assert first.to_html() == second.to_html()
    assert repr(first) == repr(second) == repr(table)  # the plain-text form names no memory address


def test_bad_names_and_unknown_columns_are_explained():
    with pytest.raises(ValueError, match="name 'My table': use lower-case letters"):
        styled(pd.DataFrame({"a": [1]}), name="My table")
    with pytest.raises(ValueError, match="styled: no column\\(s\\) 'share'; the table has: a"):
        styled(pd.DataFrame({"a": [1]}), name="t", percent=["share"])


def test_interval_and_p_value_text():
    assert interval(-0.5, -1.0, 0.0) == "-0.50 [-1.00, +0.00]"
    assert interval(math.nan, math.nan, math.nan) == "–"
    assert p_value(0.0004) == "&lt;0.001" and p_value(0.05) == "0.050" and p_value(math.nan) == "–"


def test_actor_summary_shows_names_shares_and_intervals():
    html = actor_summary(by_actor(small_table())).to_html()
    # intervals resample whole documents (test_summarize: -0.75 and -0.25 are the all-document-a draws)
    assert cells(html)[:10] == ["United States", "3", "2", "67%", "33%", "0%", "0%", "-0.50 [-0.75, +0.00]",
                                "+0.00 [-0.25, +0.50]", "security; law"]
    assert '<table id="T_by-actor">' in html
