"""Check functions for the classroom exercises: specific, friendly feedback.

Each ``check_*`` returns a :class:`Feedback` message when the answer is right
(or not given yet), and raises :class:`ExerciseFeedback` saying what is wrong
and giving a hint when it is not. A check never just says "assert False".
"""

from __future__ import annotations

import math
from numbers import Real
from pathlib import Path
from typing import Sequence

import pandas as pd

from .agreement import cohen_kappa, confusion_matrix
from .schema import CUE_CLASSES, STANCES

NOT_ANSWERED = "Not answered yet: complete the cell above (replace `raise NotImplementedError()`), then run this cell again."
SIGN_THRESHOLD = 0.05


class Feedback(str):
    """A message shown as plain text in a notebook."""

    def __repr__(self) -> str:
        return str(self)


class ExerciseFeedback(AssertionError):
    """A wrong answer: what is wrong, and a hint."""

    def __init__(self, problem: str, hint: str):
        super().__init__(f"Not quite: {problem}\nHint: {hint}")


def _ok(message: str) -> Feedback:
    return Feedback(f"Well done: {message}")


def _check_labels(labels: Sequence[str] | None, sample: pd.DataFrame, *, valid: Sequence[str], name: str,
                  what: str, kind: str) -> Feedback:
    """Labels: a list with one of ``valid`` (``kind`` labels) per row of ``sample`` (``what``); ``name`` is
    the notebook's variable."""
    if labels is None:
        return Feedback(NOT_ANSWERED)
    if isinstance(labels, str) or not isinstance(labels, Sequence):
        raise ExerciseFeedback(f"`{name}` is a {type(labels).__name__}, not a list.",
                               f'Write a list of strings, for example ["{valid[0]}", "{valid[1]}", ...].')
    if len(labels) != len(sample):
        raise ExerciseFeedback(f"you gave {len(labels)} labels for {len(sample)} {what}.",
                               "Give exactly one label per row of the table, in the same order.")
    invalid = sorted({label for label in labels if label not in valid}, key=str)
    if invalid:
        raise ExerciseFeedback(f"{invalid} {'is not a' if len(invalid) == 1 else 'are not'} {kind} label(s).",
                               f"Use only these labels, spelled exactly: {', '.join(valid)}.")
    counts = pd.Series(list(labels)).value_counts()
    return _ok(f"{len(labels)} labels ({', '.join(f'{k}: {v}' for k, v in counts.items())}).")


def check_stance_labels(labels: Sequence[str] | None, sample: pd.DataFrame) -> Feedback:
    """Your labels: one per utterance of ``sample``, each one of the four stance labels."""
    return _check_labels(labels, sample, valid=STANCES, name="my_labels", what="utterances", kind="stance")


def check_kappa(kappa: float | None, human: Sequence[str], toolkit: Sequence[str]) -> Feedback:
    """Your Cohen's kappa between ``human`` and ``toolkit`` labels."""
    if kappa is None:
        return Feedback(NOT_ANSWERED)
    if not isinstance(kappa, Real) or isinstance(kappa, bool) or math.isnan(kappa):
        raise ExerciseFeedback(f"`kappa` is {kappa!r}, not a number.", "Kappa is one number between -1 and 1.")
    expected = cohen_kappa(human, toolkit)
    observed = sum(a == b for a, b in zip(human, toolkit)) / len(human)
    if abs(kappa - expected) <= 0.01:
        return _ok(f"kappa = {expected:.2f} (observed agreement {observed:.0%}).")
    if abs(kappa - observed) <= 0.01:
        raise ExerciseFeedback(f"{kappa:.2f} is the observed agreement, not kappa.",
                               "Kappa corrects for chance: (p_o - p_e) / (1 - p_e), where p_e sums, over labels, "
                               "the product of how often each labeler used that label.")
    raise ExerciseFeedback(f"kappa should be close to {expected:.2f}, you have {kappa:.2f}.",
                           "Check p_e: for each label multiply the two labelers' shares, then add them up.")


def check_confusion(table: pd.DataFrame | None, human: Sequence[str], toolkit: Sequence[str]) -> Feedback:
    """Your confusion matrix: rows = your labels, columns = the toolkit's labels."""
    if table is None:
        return Feedback(NOT_ANSWERED)
    if not isinstance(table, pd.DataFrame):
        raise ExerciseFeedback(f"`table` is a {type(table).__name__}, not a DataFrame.",
                               "pd.crosstab(pd.Series(my_labels, name='me'), sample['stance']) gives one.")
    expected = confusion_matrix(human, toolkit)
    got = table.reindex(index=expected.index, columns=expected.columns, fill_value=0)
    if int(table.to_numpy().sum()) != len(human):
        raise ExerciseFeedback(f"the counts add up to {int(table.to_numpy().sum())}, not {len(human)}.",
                               "Drop margins (totals) and count each utterance once.")
    if not (got.to_numpy() == expected.to_numpy()).all():
        if (got.T.reindex(index=expected.index, columns=expected.columns, fill_value=0).to_numpy()
                == expected.to_numpy()).all():
            raise ExerciseFeedback("rows and columns are swapped.", "Put your labels on the rows, the toolkit's on the columns.")
        raise ExerciseFeedback("some cells do not match the pairs of labels.",
                               "Each cell counts utterances that you gave the row label and the toolkit the column label.")
    return _ok("the confusion matrix is right. The diagonal is where you agree.")


def check_registry_extension(path: str | Path | None, *, phrase: str, actor: str, date: str | None = None) -> Feedback:
    """Your YAML file makes ``phrase`` resolve to ``actor``."""
    from .actors import load_registry

    if path is None:
        return Feedback(NOT_ANSWERED)
    if not Path(path).is_file():
        raise ExerciseFeedback(f"there is no file at {path}.", "Write your YAML text to that path first.")
    try:
        registry = load_registry(extra=path)
    except ValueError as exc:
        raise ExerciseFeedback(f"the registry rejects your file: {exc}",
                               "Compare your entry with one in analysis/resources/actors.yml.") from exc
    info = registry.resolve(phrase, date=date)
    if info is None or info.actor != actor:
        found = "nothing" if info is None else f"actor {info.actor!r} ({info.method})"
        raise ExerciseFeedback(f"{phrase!r} resolves to {found}, not {actor!r}.",
                               f"Add {phrase!r} (or the full name) under a person of actor {actor}.")
    return _ok(f"{phrase!r} now speaks for {actor} ({info.speaker}, {info.role or 'no role'}).")


def check_key_word(word: str | None, keyness_table: pd.DataFrame, *, group: str) -> Feedback:
    """Your word is significantly over-used by ``group`` (G² ≥ 3.84, p < 0.05)."""
    if word is None:
        return Feedback(NOT_ANSWERED)
    rows = keyness_table[(keyness_table["group"] == group) & (keyness_table["word"] == str(word).lower())]
    if rows.empty:
        raise ExerciseFeedback(f"{word!r} is not in the keyness table for {group}.",
                               f"Look at key[key['group'] == {group!r}].head(10) and pick one of its words.")
    row = rows.iloc[0]
    if row["g2"] < 3.84 or row["count_target"] <= 0 or row.get("direction", "over") not in ("over", "overuse", "+"):
        raise ExerciseFeedback(f"{word!r} has G² = {row['g2']:.2f} for {group}, which is not significant over-use.",
                               "Choose a word with G² of at least 3.84 that the group uses more than the rest.")
    return _ok(f"{word!r} is key for {group} (G² = {row['g2']:.2f}).")


def sign(value: float) -> int:
    """-1, 0 or 1, treating |value| < 0.05 as neutral."""
    return 0 if abs(value) < SIGN_THRESHOLD else (1 if value > 0 else -1)


def disagreeing(sentences: pd.DataFrame) -> pd.Series:
    """True where TextBlob, VADER and the toolkit do not all give the same sign."""
    signs = sentences[["polarity", "vader_compound", "sentiment"]].map(sign)
    return signs.nunique(axis=1) > 1


def check_disagreements(found: pd.DataFrame | None, sentences: pd.DataFrame) -> Feedback:
    """Your rows are exactly the sentences on whose sign the three measures disagree."""
    if found is None:
        return Feedback(NOT_ANSWERED)
    if not isinstance(found, pd.DataFrame):
        raise ExerciseFeedback(f"`disagree` is a {type(found).__name__}, not a DataFrame.",
                               "Filter `sentences` with a boolean mask: sentences[mask].")
    expected = sentences.index[disagreeing(sentences)]
    extra = sorted(set(found.index) - set(expected))
    missing = sorted(set(expected) - set(found.index))
    if extra:
        raise ExerciseFeedback(f"rows {extra[:5]} are included but the three measures agree there.",
                               f"Use sign() with the {SIGN_THRESHOLD} threshold on all three columns.")
    if missing:
        raise ExerciseFeedback(f"you missed {len(missing)} sentence(s), e.g. row {missing[0]}.",
                               "A sentence disagrees when any two of the three signs differ.")
    return _ok(f"{len(found)} sentences where the measures disagree.")


def _side_by_side(sample: pd.DataFrame, labels: Sequence[str], *, column: str, shown: list[str]) -> pd.DataFrame:
    """``labels`` (as ``mine``) beside the toolkit's ``column``, with ``agree``; disagreements first."""
    table = sample.assign(mine=list(labels), agree=[a == b for a, b in zip(labels, sample[column])])
    return table.loc[:, [c for c in shown if c in table.columns]].sort_values("agree", kind="stable")


def compare_labels(sample: pd.DataFrame, labels: Sequence[str] | None) -> pd.DataFrame | Feedback:
    """Your labels beside the toolkit's, with the toolkit's evidence, disagreements first."""
    if labels is None:
        return Feedback(NOT_ANSWERED)
    return _side_by_side(sample, labels, column="stance",
                         shown=["text", "speaker", "mine", "stance", "stance_cues", "agree"])


# --------------------------------------------------------------------------- exercise 5: said or claimed

#: The classes a student gives reporting verbs (the toolkit's ``cue_class`` values but "none").
VERB_CLASSES = tuple(name for name in CUE_CLASSES if name != "none")


def reporting_verbs(utterances: pd.DataFrame) -> pd.DataFrame:
    """The rows to classify: who speaks, the reporting words, what was reported (the toolkit's class hidden)."""
    return utterances.loc[:, ["speaker", "actor", "cue", "text"]].reset_index(drop=True)


def check_cue_classes(classes: Sequence[str] | None, verbs: pd.DataFrame) -> Feedback:
    """Your classes: one per row of ``verbs``, each neutral, distancing, endorsing, loaded or silence."""
    return _check_labels(classes, verbs, valid=VERB_CLASSES, name="my_classes", what="reporting verbs",
                         kind="class")


def compare_cue_classes(utterances: pd.DataFrame, classes: Sequence[str] | None) -> pd.DataFrame | Feedback:
    """Your classes beside the toolkit's, with the outlet's hedges, disagreements first."""
    if classes is None:
        return Feedback(NOT_ANSWERED)
    return _side_by_side(utterances.reset_index(drop=True), classes, column="cue_class",
                         shown=["speaker", "cue", "mine", "cue_class", "outlet_hedges", "agree"])


def check_distance(distance, utterances: pd.DataFrame) -> Feedback:
    """Your share, per actor, of utterances voiced at a distance (a distancing verb or a hedge)."""
    from .summarize import distanced

    if distance is None:
        return Feedback(NOT_ANSWERED)
    try:
        got = pd.Series(distance, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ExerciseFeedback(f"`distance` cannot be read as numbers per actor ({exc}).",
                               "Make a Series (or dict) with one share per actor code.") from None
    expected = distanced(utterances).groupby(utterances["actor"]).mean()
    missing = sorted(set(expected.index) - set(got.index))
    if missing:
        raise ExerciseFeedback(f"no share for {missing}.", "Group by the `actor` column, so every actor gets a share.")
    wrong = [actor for actor in expected.index if abs(got[actor] - expected[actor]) > 0.01]
    if wrong:
        actor = wrong[0]
        raise ExerciseFeedback(f"the share for {actor} should be {expected[actor]:.2f}, you have {got[actor]:.2f}.",
                               "Count an utterance when its cue_class is 'distancing' OR its outlet_hedges is not "
                               "empty, then take the mean per actor.")
    top = expected[expected == expected.max()].index.tolist()
    return _ok(f"kept most at a distance: {', '.join(top)} ({expected.max():.0%} of their utterances).")
