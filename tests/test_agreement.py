"""Confusion matrix and Cohen's kappa on hand-computed examples."""

from __future__ import annotations

import pytest

from analysis.agreement import cohen_kappa, confusion_matrix


def test_confusion_matrix_counts_pairs():
    table = confusion_matrix(["oppose", "oppose", "neutral"], ["oppose", "neutral", "neutral"],
                             labels=["oppose", "neutral", "support"])
    assert table.to_dict() == {"oppose": {"oppose": 1, "neutral": 0, "support": 0},
                               "neutral": {"oppose": 1, "neutral": 1, "support": 0},
                               "support": {"oppose": 0, "neutral": 0, "support": 0}}


def test_kappa_hand_computed():
    # 2x2: a=20 both yes, b=5, c=10, d=15 both no -> po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4
    first = ["y"] * 25 + ["n"] * 25
    second = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(first, second) == 0.4


def test_kappa_perfect_and_single_label():
    assert cohen_kappa(["a", "b"], ["a", "b"]) == 1.0
    assert cohen_kappa(["a", "a"], ["a", "a"]) == 1.0


def test_length_mismatch_is_explained():
    with pytest.raises(ValueError, match="differ in length \\(2 vs 1\\)"):
        cohen_kappa(["a", "b"], ["a"])
