"""Score the attribution engine against hand-annotated gold files.

    python -m analysis.evaluate attribution [GOLD_DIR] [--set NAME] [--verbose]

Gold format (one YAML file per document, see ``tests/gold/attribution/README.md``)::

    id: own01
    date: 2024-10-29
    text: |            # or  text_file: article.txt  (next to the YAML file)
      SEOUL, Oct. 29 (Yonhap) -- ...
    utterances:
      - {content: "exact words of the span", speaker: Name or [alternatives], actor: KOR, mode: indirect}
      - {content: "...", occurrence: 2, ...}   # the 2nd place these words occur (default 1st)
      - {..., stance: oppose, via: TASS, headline: true}   # optional (docs/annotation.md)

A document's *set* is the first folder below ``GOLD_DIR`` (``seed``, ``own``, ``heldout``).

Matching, defined once here:

* a predicted utterance **matches** a gold one when their content spans (character offsets)
  overlap with a Jaccard ratio ``|A ∩ B| / |A ∪ B| >= 0.5`` (mode is ignored for matching);
  pairs are taken one-to-one, preferring the same actor, then the same speaker, then more overlap;
* precision = matched / predicted, recall = matched / gold, F1 their harmonic mean;
* on matched pairs: **mode**, **speaker** and **actor accuracy**. Speakers compare after
  lower-casing, removing accents and a leading "the"; gold may list alternative names, and a
  gold name the registry knows as a person or place also matches the registry's spelling of it
  ("Zelensky" = "Volodymyr Zelenskyy", "Moscow" = "Russia"): see :func:`with_registry_names`;
* **per mode**: a pair counts for mode ``m`` only when both sides say ``m``
  (precision over predicted ``m``, recall over gold ``m``);
* **stance accuracy**: on matched pairs whose gold row has a ``stance``, the share where the stance
  scorer, run on the predicted row, gives the same label.

Options: ``government_only`` keeps only rows (gold and predicted) with an actor; ``headlines=False``
drops gold rows marked ``headline: true``; ``by="group"`` groups documents by their
``outlet_group`` instead of their folder.

:func:`evaluate` returns the numbers as a dict (tests assert on it); :func:`main` prints them.
This module prints because it is a command-line report; the library modules never do.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from ..corpus import Document, make_document, normalise
from ..schema import MODES, STANCES

MIN_JACCARD = 0.5
DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "attribution"


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class GoldUtterance:
    start: int
    end: int
    speakers: tuple[str, ...]
    actor: str
    mode: str
    stance: str = ""
    via: str = ""
    headline: bool = False


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    set: str
    path: str
    doc: Document
    utterances: tuple[GoldUtterance, ...]
    group: str = ""


# --------------------------------------------------------------------------- reading gold


def locate(norm: str, content: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th place ``content`` (normalised) occurs in ``norm``; -1s if absent."""
    needle = normalise(content.strip())
    position = -1
    for _ in range(occurrence):
        position = norm.find(needle, position + 1)
        if position < 0:
            return -1, -1
    return position, position + len(needle)


def read_gold_file(path: Path, set_name: str) -> GoldDocument:
    """One gold YAML file as a :class:`GoldDocument` (raises :class:`GoldError`)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GoldError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or "utterances" not in data or not ({"text", "text_file"} & set(data)):
        raise GoldError(f"{path}: needs 'text' (or 'text_file') and 'utterances'")
    text = data.get("text")
    if text is None:
        text = (path.parent / data["text_file"]).read_text(encoding="utf-8-sig")
    date = data.get("date")
    meta = {"date": date.isoformat() if hasattr(date, "isoformat") else str(date or "")}
    doc = make_document(str(data.get("id", path.stem)), text, meta)
    utterances = []
    for number, row in enumerate(data["utterances"] or [], start=1):
        missing = {"content", "speaker", "actor", "mode"} - set(row)
        if missing:
            raise GoldError(f"{path}: utterance {number} lacks {sorted(missing)}")
        if row["mode"] not in MODES:
            raise GoldError(f"{path}: utterance {number} has mode {row['mode']!r}; valid: {', '.join(MODES)}")
        start, end = locate(doc.norm, row["content"], int(row.get("occurrence", 1)))
        if start < 0:
            raise GoldError(f"{path}: utterance {number}: content not found in the text: {row['content']!r}")
        stance = str(row.get("stance") or "")
        if stance and stance not in STANCES:
            raise GoldError(f"{path}: utterance {number} has stance {stance!r}; valid: {', '.join(STANCES)}")
        speakers = row["speaker"] if isinstance(row["speaker"], list) else [row["speaker"]]
        utterances.append(GoldUtterance(start, end, tuple(str(s) for s in speakers), str(row["actor"] or ""),
                                        row["mode"], stance, str(row.get("via") or ""), bool(row.get("headline"))))
    return GoldDocument(doc.doc_id, set_name, str(path), doc, tuple(utterances), str(data.get("outlet_group") or ""))


def load_gold(folder: str | Path = DEFAULT_GOLD, *, sets: list[str] | None = None) -> list[GoldDocument]:
    """Every ``*.yml`` gold document under ``folder``, sorted by path; optionally only some sets."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such gold folder")
    documents = []
    for path in sorted(folder.rglob("*.yml")):
        relative = path.relative_to(folder).parts
        set_name = relative[0] if len(relative) > 1 else "gold"
        if sets is None or set_name in sets:
            documents.append(read_gold_file(path, set_name))
    return documents


# --------------------------------------------------------------------------- matching


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character-span overlap over union."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return 0.0
    return overlap / (max(a[1], b[1]) - min(a[0], b[0]))


def same_speaker(predicted: str, gold: tuple[str, ...]) -> bool:
    def key(name: str) -> str:
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        plain = " ".join(plain.lower().replace("\u2019", "'").split())
        return plain[4:] if plain.startswith("the ") else plain
    return key(predicted) in {key(g) for g in gold}


def match(gold: tuple[GoldUtterance, ...] | list, predicted: list) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` whose spans overlap enough."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            ratio = jaccard((g.start, g.end), (p.start, p.end))
            if ratio >= MIN_JACCARD:
                candidates.append((p.actor == g.actor, same_speaker(p.speaker, g.speakers), ratio, -gi, -pi))
    pairs, used_gold, used_pred = [], set(), set()
    for *_, neg_gi, neg_pi in sorted(candidates, reverse=True):
        gi, pi = -neg_gi, -neg_pi
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else float("nan")


def _f1(precision: float, recall: float) -> float:
    if precision != precision or recall != recall or precision + recall == 0:
        return float("nan") if precision != precision or recall != recall else 0.0
    return 2 * precision * recall / (precision + recall)


class _Tally:
    def __init__(self):
        self.gold = self.predicted = self.matched = self.mode = self.speaker = self.actor = 0
        self.stance_items = self.stance = 0

    def numbers(self) -> dict:
        precision, recall = _ratio(self.matched, self.predicted), _ratio(self.matched, self.gold)
        return {"documents": 0, "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": precision, "recall": recall, "f1": _f1(precision, recall),
                "mode_accuracy": _ratio(self.mode, self.matched),
                "speaker_accuracy": _ratio(self.speaker, self.matched),
                "actor_accuracy": _ratio(self.actor, self.matched),
                "stance_items": self.stance_items, "stance_accuracy": _ratio(self.stance, self.stance_items)}


def _describe(doc: Document, item) -> str:
    speaker = item.speaker if hasattr(item, "speaker") else " | ".join(item.speakers)
    return f"{speaker} [{item.actor or '-'}] {item.mode}: {doc.text[item.start:item.end]!r}"


def score(gold_documents: list[GoldDocument], predictions: dict[str, list], *,
          stances: dict[tuple[str, int], str] | None = None, by: str = "set") -> dict:
    """Numbers for predictions (``doc_id -> utterances``) against gold, overall, per set (or outlet group,
    ``by="group"``) and per mode; ``stances`` maps (doc_id, index of a predicted row) to its stance label."""
    if by not in ("set", "group"):
        raise ValueError(f"unknown grouping {by!r}; choose one of: set, group")
    stances = stances or {}
    overall, by_set = _Tally(), {}
    by_mode = {mode: {"gold": 0, "predicted": 0, "correct": 0} for mode in MODES}
    documents_per_set: dict[str, int] = {}
    errors = []
    for gold_doc in gold_documents:
        predicted = predictions.get(gold_doc.doc_id, [])
        name = gold_doc.set if by == "set" else (gold_doc.group or "-")
        tally = by_set.setdefault(name, _Tally())
        documents_per_set[name] = documents_per_set.get(name, 0) + 1
        pairs = match(gold_doc.utterances, predicted)
        for t in (overall, tally):
            t.gold += len(gold_doc.utterances)
            t.predicted += len(predicted)
            t.matched += len(pairs)
        for g in gold_doc.utterances:
            by_mode[g.mode]["gold"] += 1
        for p in predicted:
            by_mode.setdefault(p.mode, {"gold": 0, "predicted": 0, "correct": 0})["predicted"] += 1
        doc = gold_doc.doc
        for gi, pi in pairs:
            g, p = gold_doc.utterances[gi], predicted[pi]
            checks = {"mode": p.mode == g.mode, "speaker": same_speaker(p.speaker, g.speakers),
                      "actor": p.actor == g.actor}
            for t in (overall, tally):
                t.mode += checks["mode"]
                t.speaker += checks["speaker"]
                t.actor += checks["actor"]
            if checks["mode"]:
                by_mode[g.mode]["correct"] += 1
            if g.stance:
                got = stances.get((gold_doc.doc_id, pi), "")
                checks["stance"] = got == g.stance
                for t in (overall, tally):
                    t.stance_items += 1
                    t.stance += checks["stance"]
            for what, ok in checks.items():
                if not ok:
                    errors.append({"set": gold_doc.set, "doc_id": gold_doc.doc_id, "error": what,
                                   "gold": _describe(doc, g) + (f" stance={g.stance}" if g.stance else ""),
                                   "predicted": _describe(doc, p) +
                                   (f" stance={stances.get((gold_doc.doc_id, pi), '')}" if g.stance else "")})
        matched_gold, matched_pred = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for gi, g in enumerate(gold_doc.utterances):
            if gi not in matched_gold:
                errors.append({"set": gold_doc.set, "doc_id": gold_doc.doc_id, "error": "missed",
                               "gold": _describe(doc, g), "predicted": ""})
        for pi, p in enumerate(predicted):
            if pi not in matched_pred:
                errors.append({"set": gold_doc.set, "doc_id": gold_doc.doc_id, "error": "spurious",
                               "gold": "", "predicted": f"{_describe(doc, p)} ({p.method})"})
    result = {"overall": overall.numbers(), "by_set": {}, "by_mode": {}, "errors": errors}
    result["overall"]["documents"] = len(gold_documents)
    for name, tally in by_set.items():
        result["by_set"][name] = tally.numbers()
        result["by_set"][name]["documents"] = documents_per_set[name]
    for mode, counts in by_mode.items():
        precision = _ratio(counts["correct"], counts["predicted"])
        recall = _ratio(counts["correct"], counts["gold"])
        result["by_mode"][mode] = {**counts, "precision": precision, "recall": recall, "f1": _f1(precision, recall)}
    return result


def with_registry_names(gold_doc: GoldDocument, registry) -> GoldDocument:
    """Add the registry's own spelling of every gold speaker it knows as a person or place.

    The engine writes a registered speaker's canonical name, while annotators write what the
    text says ("Zelensky", "Moscow"); both name the same speaker. Titles and generic phrases are
    not widened ("spy agency" stays as written), so a vaguer speaker still counts as wrong.
    """
    date = gold_doc.doc.date
    widened = []
    for g in gold_doc.utterances:
        names = list(g.speakers)
        for name in g.speakers:
            info = registry.resolve(name, date=date)
            if info is not None and info.method in ("registry:person", "registry:place") and info.speaker not in names:
                names.append(info.speaker)
        widened.append(replace(g, speakers=tuple(names)))
    return replace(gold_doc, utterances=tuple(widened))


def evaluate(folder: str | Path = DEFAULT_GOLD, *, sets: list[str] | None = None, registry=None,
             government_only: bool = False, headlines: bool = True, by: str = "set") -> dict:
    """Run :func:`analysis.attribution.find_utterances` on every gold document and :func:`score` it (with the
    stance of every predicted row, for gold rows that carry one)."""
    from ..actors import load_registry
    from ..attribution import find_utterances
    from ..stance import load_target, score_stance

    registry, target = registry or load_registry(), load_target()
    gold_documents = [with_registry_names(_kept(g, government_only, headlines), registry)
                      for g in load_gold(folder, sets=sets)]
    predictions, stances = {}, {}
    for g in gold_documents:
        found = [u for u in find_utterances(g.doc, registry=registry) if u.actor or not government_only]
        predictions[g.doc_id] = found
        if any(u.stance for u in g.utterances):
            for index, u in enumerate(found):
                stances[(g.doc_id, index)] = score_stance(g.doc.norm[u.start:u.end], cue=u.cue, mode=u.mode,
                                                          target=target).label
    return score(gold_documents, predictions, stances=stances, by=by)


def _kept(gold_doc: GoldDocument, government_only: bool, headlines: bool) -> GoldDocument:
    """The gold document with only the rows scored: with an actor (``government_only``), not in headlines."""
    kept = tuple(u for u in gold_doc.utterances
                 if (u.actor or not government_only) and (headlines or not u.headline))
    return replace(gold_doc, utterances=kept)


# --------------------------------------------------------------------------- report


def _line(label: str, n: dict) -> str:
    stance = f"{n['stance_accuracy']:>6.3f} ({n['stance_items']})" if n["stance_items"] else f"{'-':>6}"
    return (f"{label:<14} {n['documents']:>5} {n['gold']:>5} {n['predicted']:>5} {n['matched']:>5}  "
            f"{n['precision']:>6.3f} {n['recall']:>6.3f} {n['f1']:>6.3f}  "
            f"{n['mode_accuracy']:>6.3f} {n['speaker_accuracy']:>7.3f} {n['actor_accuracy']:>6.3f} {stance}")


def report(result: dict, *, verbose: bool = False) -> str:
    lines = [f"{'set':<14} {'docs':>5} {'gold':>5} {'pred':>5} {'match':>5}  {'P':>6} {'R':>6} {'F1':>6}  "
             f"{'mode':>6} {'speaker':>7} {'actor':>6} {'stance':>6}"]
    for name in sorted(result["by_set"]):
        lines.append(_line(name, result["by_set"][name]))
    lines.append(_line("all", result["overall"]))
    lines.append("")
    lines.append(f"{'mode':<10} {'gold':>5} {'pred':>5} {'right':>5}  {'P':>6} {'R':>6} {'F1':>6}")
    for mode, n in result["by_mode"].items():
        lines.append(f"{mode:<10} {n['gold']:>5} {n['predicted']:>5} {n['correct']:>5}  "
                     f"{n['precision']:>6.3f} {n['recall']:>6.3f} {n['f1']:>6.3f}")
    lines.append(f"\nmatch: character-span Jaccard >= {MIN_JACCARD}; {len(result['errors'])} errors"
                 + ("" if verbose else " (--verbose lists them)"))
    if verbose:
        for e in result["errors"]:
            lines.append(f"[{e['set']}/{e['doc_id']}] {e['error'].upper()}")
            if e["gold"]:
                lines.append(f"    gold: {e['gold']}")
            if e["predicted"]:
                lines.append(f"    got:  {e['predicted']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate attribution",
                                     description="Precision, recall and F1 of who-says-what against gold files.")
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD), help="folder of gold YAML files")
    parser.add_argument("--set", action="append", dest="sets", help="only this set (folder); repeatable")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--government-only", action="store_true",
                        help="score only rows with an actor (a government or organisation), gold and predicted")
    parser.add_argument("--no-headlines", action="store_true", help="leave out gold rows marked headline: true")
    parser.add_argument("--by", choices=("set", "group"), default="set",
                        help="group documents by folder (set) or by their outlet_group")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.gold, sets=args.sets, government_only=args.government_only,
                          headlines=not args.no_headlines, by=args.by)
    except GoldError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    print(report(result, verbose=args.verbose))
    return 0
