"""Agreement between two labelings: a confusion matrix and Cohen's kappa.

Used to compare a person's labels with the toolkit's (classroom exercises) and
in the evaluators. Kept dependency-free: pandas only; the tests pin both to
scikit-learn's values.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd


def _as_lists(first: Sequence, second: Sequence) -> tuple[list, list]:
    first, second = list(first), list(second)
    if len(first) != len(second):
        raise ValueError(f"the two labelings differ in length ({len(first)} vs {len(second)})")
    if not first:
        raise ValueError("the labelings are empty")
    return first, second


def confusion_matrix(rows: Sequence, columns: Sequence, *, labels: Sequence | None = None) -> pd.DataFrame:
    """Counts of (row label, column label) pairs; every label in ``labels`` gets a row and a column."""
    rows, columns = _as_lists(rows, columns)
    labels = list(labels) if labels is not None else sorted(set(rows) | set(columns))
    table = pd.DataFrame(0, index=pd.Index(labels, name="first"), columns=pd.Index(labels, name="second"))
    for a, b in zip(rows, columns):
        if a not in table.index or b not in table.columns:
            raise ValueError(f"label {a if a not in table.index else b!r} is not one of {labels}")
        table.loc[a, b] += 1
    return table


def cohen_kappa(first: Sequence, second: Sequence) -> float:
    """Cohen's kappa: agreement beyond chance, 1 = perfect, 0 = chance level (Cohen 1960)."""
    table = confusion_matrix(first, second)
    total = table.to_numpy().sum()
    observed = table.to_numpy().trace() / total
    expected = float((table.sum(axis=1).to_numpy() * table.sum(axis=0).to_numpy()).sum()) / total**2
    if expected == 1.0:
        return 1.0  # both labelers used one and the same label throughout
    return round((observed - expected) / (1 - expected), 4)
