"""Each exercise check accepts a right answer, waits for a missing one, and rejects wrong ones with a hint."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.exercises import (NOT_ANSWERED, ExerciseFeedback, check_confusion, check_cue_classes,
                                check_disagreements, check_distance, check_kappa, check_key_word, check_stance_labels,
                                compare_cue_classes, disagreeing, reporting_verbs)

HUMAN = ["oppose", "oppose", "neutral", "evasive"]
TOOLKIT = ["oppose", "neutral", "neutral", "evasive"]
SAMPLE = pd.DataFrame({"text": ["a", "b", "c", "d"], "stance": TOOLKIT})


def test_missing_answers_wait_politely():
    assert check_stance_labels(None, SAMPLE) == NOT_ANSWERED
    assert check_kappa(None, HUMAN, TOOLKIT) == NOT_ANSWERED
    assert check_confusion(None, HUMAN, TOOLKIT) == NOT_ANSWERED


def test_stance_labels():
    assert check_stance_labels(HUMAN, SAMPLE).startswith("Well done: 4 labels")
    with pytest.raises(ExerciseFeedback, match="you gave 3 labels for 4 utterances"):
        check_stance_labels(HUMAN[:3], SAMPLE)
    with pytest.raises(ExerciseFeedback, match=r"\['against'\] is not a stance label.*\nHint: Use only"):
        check_stance_labels(["against", "oppose", "neutral", "evasive"], SAMPLE)
    with pytest.raises(ExerciseFeedback, match="not a list"):
        check_stance_labels("oppose", SAMPLE)


def test_kappa():
    # po = 0.75; pe = (2*1 + 1*2 + 1*1)/16 = 5/16; kappa = (0.75 - 0.3125) / 0.6875 = 0.6364
    assert check_kappa(0.6364, HUMAN, TOOLKIT) == "Well done: kappa = 0.64 (observed agreement 75%)."
    with pytest.raises(ExerciseFeedback, match="0.75 is the observed agreement, not kappa"):
        check_kappa(0.75, HUMAN, TOOLKIT)
    with pytest.raises(ExerciseFeedback, match="close to 0.64, you have 0.20"):
        check_kappa(0.2, HUMAN, TOOLKIT)


def test_confusion():
    right = pd.crosstab(pd.Series(HUMAN, name="me"), pd.Series(TOOLKIT, name="toolkit"))
    assert check_confusion(right, HUMAN, TOOLKIT).startswith("Well done")
    with pytest.raises(ExerciseFeedback, match="rows and columns are swapped"):
        check_confusion(right.T, HUMAN, TOOLKIT)
    with pytest.raises(ExerciseFeedback, match="add up to 16, not 4"):
        check_confusion(pd.crosstab(pd.Series(HUMAN), pd.Series(TOOLKIT), margins=True), HUMAN, TOOLKIT)


def test_key_word():
    key = pd.DataFrame({"group": ["USA", "USA", "RUS"], "word": ["firm", "the", "operation"],
                        "count_target": [5, 3, 4], "count_reference": [0, 9, 0], "g2": [9.1, 0.4, 7.0],
                        "direction": ["over", "over", "over"]})
    assert check_key_word("firm", key, group="USA") == "Well done: 'firm' is key for USA (G² = 9.10)."
    with pytest.raises(ExerciseFeedback, match="G² = 0.40 for USA"):
        check_key_word("the", key, group="USA")
    with pytest.raises(ExerciseFeedback, match="'operation' is not in the keyness table for USA"):
        check_key_word("operation", key, group="USA")


def test_disagreements():
    sentences = pd.DataFrame({"polarity": [0.5, 0.0, -0.3, 0.01], "vader_compound": [0.6, -0.4, -0.5, 0.02],
                              "sentiment": [0.4, 0.0, -0.2, -0.01]})
    assert disagreeing(sentences).tolist() == [False, True, False, False]
    assert check_disagreements(sentences.iloc[[1]], sentences).startswith("Well done: 1 sentences")
    with pytest.raises(ExerciseFeedback, match=r"rows \[0\] are included"):
        check_disagreements(sentences.iloc[[0, 1]], sentences)
    with pytest.raises(ExerciseFeedback, match="you missed 1 sentence"):
        check_disagreements(sentences.iloc[[]], sentences)


# --------------------------------------------------------------------------- exercise 5: said or claimed

VERBS = pd.DataFrame({"speaker": ["Kremlin", "Pentagon", "Kremlin", "KCNA"], "actor": ["RUS", "USA", "RUS", "PRK"],
                      "cue": ["claimed that", "confirmed that", "declined to comment", "said"],
                      "cue_class": ["distancing", "endorsing", "silence", "neutral"],
                      "outlet_hedges": ["", "", "reportedly", ""], "text": ["a", "b", "c", "d"]})


def test_cue_classes():
    assert check_cue_classes(None, VERBS) == NOT_ANSWERED
    assert check_cue_classes(["distancing", "endorsing", "silence", "neutral"], VERBS).startswith("Well done: 4 labels")
    with pytest.raises(ExerciseFeedback, match=r"\['doubtful'\] is not a class label.*\nHint: Use only these labels, "
                                               "spelled exactly: neutral, distancing, endorsing, loaded, silence"):
        check_cue_classes(["doubtful", "endorsing", "silence", "neutral"], VERBS)
    with pytest.raises(ExerciseFeedback, match="you gave 1 labels for 4 reporting verbs"):
        check_cue_classes(["neutral"], VERBS)
    assert list(reporting_verbs(VERBS).columns) == ["speaker", "actor", "cue", "text"]  # the toolkit's class hidden


def test_distance_per_actor():
    # RUS: claimed (distancing) and a silence hedged with "reportedly": 2 of 2; USA 0 of 1; PRK 0 of 1
    assert check_distance({"RUS": 1.0, "USA": 0.0, "PRK": 0.0}, VERBS) == \
        "Well done: kept most at a distance: RUS (100% of their utterances)."
    with pytest.raises(ExerciseFeedback, match="the share for RUS should be 1.00, you have 0.50"):
        check_distance({"RUS": 0.5, "USA": 0.0, "PRK": 0.0}, VERBS)  # the hedge forgotten
    with pytest.raises(ExerciseFeedback, match=r"no share for \['PRK', 'USA'\]"):
        check_distance({"RUS": 1.0}, VERBS)
    assert check_distance(None, VERBS) == NOT_ANSWERED


def test_compare_cue_classes_puts_disagreements_first():
    table = compare_cue_classes(VERBS, ["neutral", "endorsing", "silence", "neutral"])
    assert table[["cue", "mine", "cue_class", "agree"]].values.tolist() == [
        ["claimed that", "neutral", "distancing", False], ["confirmed that", "endorsing", "endorsing", True],
        ["declined to comment", "silence", "silence", True], ["said", "neutral", "neutral", True]]
