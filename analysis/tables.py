"""Tables for reading in notebooks and reports: pandas Styler with percentages, fixed decimals and intervals.

Every styled table gets a fixed id (``name``) instead of the Styler's random one, so a report
rebuilt from the same input is byte-for-byte the same, and every text cell and label is
HTML-escaped, so a corpus holding markup shows it as text. The numbers in the tables stay as
they are; only their display changes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import pandas as pd
from pandas.io.formats.style import Styler

from .schema import STANCES
from .summarize import require_columns

NAME = re.compile(r"^[a-z][a-z0-9-]*$")
MISSING = "–"


class StyledTable(Styler):
    """A Styler whose plain-text form is its table's: Styler's own names a memory address, which would
    make an executed notebook differ from run to run."""

    def __repr__(self) -> str:
        return repr(self.data)


def p_value(value: float) -> str:
    """A p-value for reading (HTML): three decimals, '&lt;0.001' (shown as <0.001) below that."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    return "&lt;0.001" if value < 0.001 else f"{value:.3f}"


def styled(table: pd.DataFrame, *, name: str, percent: Sequence[str] = (), decimals: Sequence[str] = (),
           pvalues: Sequence[str] = (), digits: int = 2, index: bool = False) -> StyledTable:
    """``table`` as a Styler with id ``T_<name>``: ``percent`` columns as whole percentages, ``decimals``
    columns with ``digits`` decimals, ``pvalues`` columns as p-values, every other cell HTML-escaped; the
    index hidden unless ``index``."""
    if not NAME.match(name):
        raise ValueError(f"name {name!r}: use lower-case letters, digits and '-' (it becomes an HTML id)")
    unknown = [c for c in [*percent, *decimals, *pvalues] if c not in table.columns]
    if unknown:
        raise ValueError(f"styled: no column(s) {', '.join(map(repr, unknown))}; the table has: "
                         f"{', '.join(map(str, table.columns))}")
    style = (StyledTable(table, uuid=name, cell_ids=False)
             .format(escape="html", na_rep=MISSING)
             .format_index(escape="html", axis=0)
             .format_index(escape="html", axis=1))
    if percent:
        style = style.format("{:.0%}", subset=list(percent), na_rep=MISSING)
    if decimals:
        style = style.format(f"{{:.{digits}f}}", subset=list(decimals), na_rep=MISSING)
    if pvalues:
        style = style.format(p_value, subset=list(pvalues))
    text = [column for column in table.columns if not pd.api.types.is_numeric_dtype(table[column])]
    style = style.set_table_styles({column: [{"selector": "td", "props": [("text-align", "left")]}]
                                    for column in text}, overwrite=False)
    return style if index else style.hide(axis="index")


def interval(mean: float, lo: float, hi: float, *, digits: int = 2) -> str:
    """'mean [lo, hi]' with ``digits`` decimals; '–' when the mean is missing."""
    if mean is None or (isinstance(mean, float) and math.isnan(mean)):
        return MISSING
    return f"{mean:+.{digits}f} [{lo:+.{digits}f}, {hi:+.{digits}f}]"


def actor_summary(summary: pd.DataFrame, *, name: str = "by-actor") -> StyledTable:
    """A :func:`~analysis.summarize.by_actor` table for reading: who, how many, stance shares as
    percentages, mean stance and sentiment with their 95% interval, frames."""
    require_columns(summary, ["actor_name", "utterances", "documents", *[f"share_{s}" for s in STANCES],
                              "stance_mean", "stance_lo", "stance_hi", "sentiment_mean", "sentiment_lo",
                              "sentiment_hi", "dominant_frames"], "actor_summary")
    shown = pd.DataFrame({"actor": summary["actor_name"], "utterances": summary["utterances"],
                          "documents": summary["documents"]})
    for stance in STANCES:
        shown[stance] = summary[f"share_{stance}"]
    for measure in ("stance", "sentiment"):
        shown[f"{measure} (95% interval)"] = [interval(m, lo, hi) for m, lo, hi in zip(
            summary[f"{measure}_mean"], summary[f"{measure}_lo"], summary[f"{measure}_hi"])]
    shown["frames"] = summary["dominant_frames"]
    intervals = {f"{measure} (95% interval)": [{"selector": "td", "props": [("white-space", "nowrap")]}]
                 for measure in ("stance", "sentiment")}
    return styled(shown, name=name, percent=list(STANCES)).set_table_styles(intervals, overwrite=False)
