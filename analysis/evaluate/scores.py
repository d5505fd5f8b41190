"""Evaluate the stance, sentiment and frame scorers against hand-labelled utterances.

``python -m analysis.evaluate scores [GOLD]`` (default ``tests/gold/scores.yml``) prints, for each
split of the gold file (``tune``, ``heldout``) and for all items:

* stance accuracy, per-label precision/recall/F1 and macro-F1, beside two baselines: the
  majority class of that split, and the sign of TextBlob's polarity (< -0.05 oppose, > 0.05
  support, else neutral);
* frame accuracy: the share of items with a gold main frame whose frame is among the predicted;
* Pearson and Spearman correlation with the human sentiment ratings of the toolkit's
  ``sentiment``, of plain VADER ``compound`` and of plain TextBlob ``polarity``.

:func:`evaluate` returns the same numbers as a dict, for tests and notebooks.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml

from ..frames import find_frames, taxonomy
from ..schema import STANCES
from ..sentiment import METHOD, score_sentiment
from ..stance import load_target, score_stance

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "scores.yml"
REQUIRED = ("id", "text", "cue", "mode", "stance", "frame", "sentiment", "split")
POLARITY_BAND = 0.05


def load_gold(path: str | Path) -> list[dict]:
    """The gold items; ``ValueError`` naming the file and item when one is malformed."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read gold file ({exc})") from None
    items = raw.get("items") if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items:
        raise ValueError(f"{path}: expected a non-empty list under 'items'")
    for number, item in enumerate(items):
        missing = [key for key in REQUIRED if not isinstance(item, dict) or key not in item]
        if missing:
            raise ValueError(f"{path}: item {number} lacks {', '.join(missing)}")
        if item["stance"] not in STANCES:
            raise ValueError(f"{path}: item {item['id']}: stance {item['stance']!r} is not one of {', '.join(STANCES)}")
        if item["frame"] is not None and item["frame"] not in taxonomy():
            raise ValueError(f"{path}: item {item['id']}: frame {item['frame']!r} is not in frames.yml")
        if not -1 <= float(item["sentiment"]) <= 1:
            raise ValueError(f"{path}: item {item['id']}: sentiment must be in [-1, 1]")
    return items


# --- metrics, each a small pure function ------------------------------------------------------

def accuracy(gold: list[str], predicted: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else math.nan


def per_label(gold: list[str], predicted: list[str], labels=STANCES) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per label (0 where undefined, as scikit-learn does)."""
    table = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        n_pred, n_gold = predicted.count(label), gold.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold}
    return table


def macro_f1(gold: list[str], predicted: list[str], labels=STANCES) -> float:
    """Mean F1 over the labels present in the gold labels."""
    present = [label for label in labels if label in gold]
    table = per_label(gold, predicted, present)
    return sum(table[label]["f1"] for label in present) / len(present) if present else math.nan


def polarity_label(polarity: float) -> str:
    """The TextBlob-sign baseline."""
    if polarity < -POLARITY_BAND:
        return "oppose"
    if polarity > POLARITY_BAND:
        return "support"
    return "neutral"


def correlation(x: list[float], y: list[float], *, method: str) -> float:
    """Pearson or Spearman correlation by pandas (Spearman: ties share their mean rank); NaN with
    fewer than two items or when either list has no spread."""
    if method not in ("pearson", "spearman"):
        raise ValueError(f"unknown method {method!r}; choose 'pearson' or 'spearman'")
    table = pd.DataFrame({"x": x, "y": y}, dtype=float)
    return float(table.corr(method=method).loc["x", "y"])


# --- evaluation -------------------------------------------------------------------------------

def predict(items: list[dict]) -> list[dict]:
    """Score every gold item; one dict per item with the predictions beside the gold labels."""
    target = load_target()
    rows = []
    for item in items:
        stance = score_stance(item["text"], cue=item["cue"] or "", mode=item["mode"] or "", target=target)
        sentiment = score_sentiment(item["text"])
        rows.append({"id": item["id"], "split": item["split"], "gold_stance": item["stance"],
                     "stance": stance.label, "stance_cues": stance.cues,
                     "baseline_stance": polarity_label(sentiment.polarity),
                     "gold_frame": item["frame"], "frames": find_frames(item["text"]).frames,
                     "gold_sentiment": float(item["sentiment"]), "sentiment": sentiment.sentiment,
                     "vader_compound": sentiment.vader_compound, "polarity": sentiment.polarity})
    return rows


def summarize(rows: list[dict]) -> dict:
    """The numbers for one set of scored items."""
    gold = [r["gold_stance"] for r in rows]
    predicted = [r["stance"] for r in rows]
    majority_label = Counter(gold).most_common(1)[0][0]
    majority = [majority_label] * len(gold)
    baseline = [r["baseline_stance"] for r in rows]
    framed = [r for r in rows if r["gold_frame"]]
    human = [r["gold_sentiment"] for r in rows]
    correlations = {}
    for column in ("sentiment", "vader_compound", "polarity"):
        values = [r[column] for r in rows]
        correlations[column] = {method: correlation(values, human, method=method) for method in ("pearson", "spearman")}
    return {
        "n": len(rows),
        "stance": {"accuracy": accuracy(gold, predicted), "macro_f1": macro_f1(gold, predicted),
                   "per_label": per_label(gold, predicted)},
        "majority_baseline": {"label": majority_label, "accuracy": accuracy(gold, majority),
                              "macro_f1": macro_f1(gold, majority)},
        "polarity_baseline": {"accuracy": accuracy(gold, baseline), "macro_f1": macro_f1(gold, baseline)},
        "frames": {"n": len(framed), "mean_predicted": sum(len(r["frames"]) for r in framed) / len(framed) if framed else math.nan,
                   "accuracy": (sum(r["gold_frame"] in r["frames"] for r in framed) / len(framed)
                                                  if framed else math.nan)},
        "sentiment": correlations,
    }


def evaluate(gold_path: str | Path = DEFAULT_GOLD) -> dict:
    """``{"tune": {...}, "heldout": {...}, "all": {...}, "rows": [...]}`` for the gold file."""
    rows = predict(load_gold(gold_path))
    result = {split: summarize([r for r in rows if r["split"] == split])
              for split in sorted({r["split"] for r in rows})}
    result["all"] = summarize(rows)
    result["rows"] = rows
    return result


def format_report(result: dict) -> str:
    lines = [f"sentiment method: {METHOD}"]
    for split in [s for s in result if s != "rows"]:
        numbers = result[split]
        stance, majority, baseline = numbers["stance"], numbers["majority_baseline"], numbers["polarity_baseline"]
        lines += ["", f"== {split} (n={numbers['n']}) ==",
                  f"stance accuracy {stance['accuracy']:.3f}  macro-F1 {stance['macro_f1']:.3f}",
                  f"  majority baseline ({majority['label']}): accuracy {majority['accuracy']:.3f}  "
                  f"macro-F1 {majority['macro_f1']:.3f}",
                  f"  TextBlob polarity-sign baseline: accuracy {baseline['accuracy']:.3f}  "
                  f"macro-F1 {baseline['macro_f1']:.3f}",
                  "  label     precision recall  F1     n"]
        for label, row in stance["per_label"].items():
            lines.append(f"  {label:<9} {row['precision']:.3f}     {row['recall']:.3f}   {row['f1']:.3f}  {row['support']}")
        lines.append(f"frame accuracy (gold main frame among predicted) {numbers['frames']['accuracy']:.3f} "
                     f"(n={numbers['frames']['n']}, {numbers['frames']['mean_predicted']:.2f} frames predicted per item)")
        lines.append("sentiment vs human ratings   Pearson  Spearman")
        for column, name in (("sentiment", "toolkit sentiment"), ("vader_compound", "VADER compound"),
                             ("polarity", "TextBlob polarity")):
            corr = numbers["sentiment"][column]
            lines.append(f"  {name:<26} {corr['pearson']:.3f}    {corr['spearman']:.3f}")
    errors = [r for r in result["rows"] if r["stance"] != r["gold_stance"]]
    lines += ["", f"stance errors ({len(errors)}):"]
    lines += [f"  {r['id']} [{r['split']}] gold {r['gold_stance']} got {r['stance']}: {'; '.join(r['stance_cues'])}"
              for r in errors]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate scores",
                                     description="Score stance, sentiment and frames against a gold file.")
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD), help="gold YAML (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.gold)
    except ValueError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(format_report(result))
    return 0
