"""Confusion matrix and Cohen's kappa on hand-computed examples, pinned to scikit-learn's values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from sklearn.metrics import confusion_matrix as sk_confusion_matrix

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


# scikit-learn (a test-only dependency) is the reference: same kappa (ours is rounded to 4 places) and
# the same confusion matrix, rows = first labeling, columns = second.
LABELS = ["oppose", "neutral", "evasive", "support"]
PAIRS = st.lists(st.tuples(st.sampled_from(LABELS), st.sampled_from(LABELS)), min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(PAIRS)
def test_kappa_and_confusion_matrix_match_scikit_learn(pairs):
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    assert (confusion_matrix(first, second, labels=LABELS).to_numpy()
            == sk_confusion_matrix(first, second, labels=LABELS)).all()
    if len(set(first) | set(second)) == 1:
        # scikit-learn's kappa is undefined (0 / 0) when both labelers used one and the same label;
        # ours reads that as perfect agreement
        assert cohen_kappa(first, second) == 1.0
        return
    # ours is rounded to 4 decimals: at most half a unit of the last place away (plus float noise at exact halves)
    assert abs(cohen_kappa(first, second) - cohen_kappa_score(first, second)) <= 5e-5 + 1e-12


def test_kappa_of_the_hand_computed_example_is_scikit_learns():
    first = ["y"] * 25 + ["n"] * 25
    second = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(first, second) == round(cohen_kappa_score(first, second), 4) == 0.4
