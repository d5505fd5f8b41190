"""Stance toward a target (default: North Korea's troop deployment for Russia), with evidence.

Every rule is a small pure function you can call alone; the cues, weights and parameters are
data (``resources/stance_cues.yml``), the target's terms too (``resources/targets/*.yml`` or a
user's own YAML). :func:`score_stance` only strings the rules together:

1. ``mode == "silence"`` -> ``evasive``, score 0, cue ``mode:silence``.
2. The reporting verb's own force (:func:`verb_force`): ``warned`` -0.4, ``praised`` +0.5,
   ``dismissed`` evasive ... -> ``verb:warned(-0.4)``.
3. The cues in the text (:func:`find_cues`), each checked for a negator a few words before it in
   the same clause (:func:`negator_before`): "not just/only/merely X" keeps X; a negated claim is
   rebutted (reversed and halved: "poses no threat" -> ``rebutted:threat(+0.25)``); any other
   negated cue is dropped (``negated:condemn``).
4. Blame turned on another party ("accused Washington of escalating") does not count against
   the target (:func:`deflection`); praise of the other side ("the courage of Ukrainian
   soldiers") does not count for it (:func:`praises_other_side`).
5. Hedges ("could", "possible", "reportedly") scale the weighted score by ``hedge_factor``;
   "May" the month is none, and "if" only when it makes the facts conditional ("if true"), not
   in a conditional threat (:func:`hedges`).
6. Relevance: a text naming none of the target's terms has its score scaled by
   ``off_target_factor`` and gets the cue ``off-target``; with no cue at all it is ``neutral`` 0.
7. The label (:func:`label_for`): an evasive or neutral cue wins while |score| < ``decisive``;
   otherwise the score's sign and thresholds decide.

The score is clipped to [-1, 1] and rounded to 4 decimals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import yaml

from .frames import cue_pattern, index_key, word_prefixes

DEFAULT_TARGET = "nk_troops_russia"
CATEGORIES = ("oppose", "support", "neutral", "evasive")


@dataclass(frozen=True)
class Target:
    """What stance is taken toward: a name and the terms that mention it (``*`` = any ending)."""

    name: str
    terms: tuple[str, ...]
    pattern: re.Pattern

    def mentioned_in(self, text: str) -> bool:
        return self.pattern.search(text) is not None


@dataclass(frozen=True)
class StanceResult:
    label: str
    score: float
    cues: tuple[str, ...]


class Cue(NamedTuple):
    """One stance cue found in a text: its category, the words matched, weight and position."""

    category: str
    words: str
    weight: float
    start: int
    end: int


# --- target -----------------------------------------------------------------------------------

def shipped_targets() -> list[str]:
    folder = resources.files("analysis").joinpath("resources", "targets")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".yml"))


def load_target(path_or_name: str | Path | None = None) -> Target:
    """The default target (None), a shipped one by name, or a user's YAML with ``name`` and ``terms``.

    A problem with the file (missing, not YAML, wrong shape) raises ``ValueError`` naming the file.
    """
    if path_or_name is None:
        path_or_name = DEFAULT_TARGET
    text = str(path_or_name)
    if isinstance(path_or_name, Path) or text.endswith((".yml", ".yaml")) or "/" in text or "\\" in text:
        path = Path(path_or_name)
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            raise ValueError(f"{path}: no such target file") from None
        return _target_from_file(str(path), stamp)
    return _shipped_target(text)


@lru_cache(maxsize=8)
def _shipped_target(name: str) -> Target:
    if name not in shipped_targets():
        raise ValueError(f"unknown target {name!r}; shipped targets: {', '.join(shipped_targets())}; "
                         "or give the path of a .yml file")
    source = resources.files("analysis").joinpath("resources", "targets", f"{name}.yml")
    return target_from_yaml(source.read_text(encoding="utf-8"), where=f"shipped target {name!r}")


@lru_cache(maxsize=32)
def _target_from_file(path: str, stamp: int) -> Target:  # the stamp makes an edited file reload
    return target_from_yaml(Path(path).read_text(encoding="utf-8"), where=path)


@lru_cache(maxsize=32)
def target_from_yaml(source: str, *, where: str = "<string>") -> Target:
    """Parse a target's YAML text; ``where`` names it in error messages."""
    try:
        raw = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        raise ValueError(f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a target must be a mapping with 'name' and 'terms'")
    name, terms = raw.get("name"), raw.get("terms")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: 'name' must be a non-empty string")
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t.strip() for t in terms):
        raise ValueError(f"{where}: 'terms' must be a non-empty list of words or phrases")
    unknown = sorted(set(raw) - {"name", "terms"})
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}; a target has 'name' and 'terms'")
    clean = tuple(t.strip().lower() for t in terms)
    return Target(name.strip(), clean, re.compile("|".join(cue_pattern(t) for t in clean), re.IGNORECASE))


# --- the cue lexicon --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def rules() -> dict:
    """``stance_cues.yml`` as read, with the cue patterns compiled once."""
    raw = yaml.safe_load(resources.files("analysis").joinpath("resources", "stance_cues.yml").read_text("utf-8"))
    sign = {"oppose": -1.0, "support": 1.0}
    entries = []
    for category in CATEGORIES:
        items = raw[category]
        pairs = items.items() if isinstance(items, dict) else ((cue, 0.0) for cue in items)
        entries.extend((cue, category, sign.get(category, 0.0) * float(weight)) for cue, weight in pairs)
    compiled = [(cue, category, weight, re.compile(cue_pattern(cue), re.IGNORECASE), index_key(cue))
                for cue, category, weight in entries]
    verbs = sorted(raw["verbs"].items(), key=lambda v: -len(v[0]))
    verb_regex = re.compile("|".join(f"({cue_pattern(v)})" for v, _ in verbs), re.IGNORECASE)
    rebut = re.compile("|".join(f"(?:{cue_pattern(c)})" for c in raw["rebut_when_negated"]) + "$", re.IGNORECASE)

    def alternatives(words: list[str], suffix: str = "") -> re.Pattern:
        return re.compile("|".join(f"(?:{cue_pattern(w)})" for w in words) + suffix, re.IGNORECASE)

    return {**raw, "entries": compiled, "verbs": verbs, "verb_regex": verb_regex,
            "rebut_regex": rebut, "negators": frozenset(raw["negators"]), "scope_keepers": frozenset(raw["scope_keepers"]),
            "clause_breaks": frozenset(raw["clause_breaks"]), "hedges": frozenset(raw["hedges"]),
            "if_hedges_with": frozenset(raw["if_hedges_with"]), "month_words_before": frozenset(raw["month_words_before"]),
            "praise_regex": alternatives(raw["praise"], "$"), "other_side_regex": alternatives(raw["other_side"]),
            "deploying_side_regex": alternatives(raw["deploying_side"])}


_WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*|n['’]t|[,;:]", re.IGNORECASE)


def words_before(text: str, start: int, count: int) -> list[str]:
    """The last ``count`` words (and clause marks) before ``start``, lower-cased, ``’`` as ``'``."""
    found = _WORD.findall(text, max(0, start - 12 * count - 20), start)
    return [w.lower().replace("’", "'") for w in found[-count:]] if found else []


def _is_negator(word: str, negators: frozenset[str]) -> bool:
    return word in negators or word.endswith("n't")


def negator_before(text: str, start: int) -> str:
    """The negator governing the cue at ``start``, or "".

    Looks back ``negation_window`` words within the clause; "not just/only/merely" keeps the cue.
    """
    r = rules()
    before = words_before(text, start, r["negation_window"])
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if word in r["clause_breaks"]:
            return ""
        if _is_negator(word, r["negators"]):
            following = before[index + 1] if index + 1 < len(before) else ""
            if following in r["scope_keepers"]:
                return ""
            return word
    return ""


def find_cues(text: str) -> list[Cue]:
    """Every stance cue in ``text``, left to right, without overlaps (leftmost, then longest)."""
    prefixes = word_prefixes(text)
    matches = []
    for order, (cue, category, weight, pattern, key) in enumerate(rules()["entries"]):
        if key in prefixes:
            matches.extend((m.start(), -len(m.group()), order, m) for m in pattern.finditer(text))
    found, taken_until = [], -1
    for start, _, order, match in sorted(matches, key=lambda m: m[:3]):
        if start < taken_until:
            continue
        _, category, weight, _, _ = rules()["entries"][order]
        found.append(Cue(category, " ".join(match.group().lower().split()), weight, start, match.end()))
        taken_until = match.end()
    return found


def is_rebuttable(cue: Cue) -> bool:
    """A claim whose negation defends the target ("no threat", "not illegal", "not legitimate")."""
    return rules()["rebut_regex"].match(cue.words) is not None


def verb_force(cue: str) -> tuple[float | str, str]:
    """The reporting verb's own force: (weight or "evasive", the verb entry), or (0.0, "")."""
    match = rules()["verb_regex"].search(cue)
    if not match:
        return 0.0, ""
    verb, force = rules()["verbs"][match.lastindex - 1]
    return (force if force == "evasive" else float(force)), " ".join(match.group().lower().split())


def is_month_may(text: str, start: int, end: int, previous: str) -> bool:
    """Is the "may" at ``start:end`` the month (or a name)? Capitalised inside a sentence, after
    "in", "since" ..., or before a number."""
    if text[start] == "M" and text[:start].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", ":"):
        return True
    return previous in rules()["month_words_before"] or re.match(r"\s+\d", text[end:end + 3]) is not None


def if_hedges(following: list[str]) -> bool:
    """Does an "if" followed by these words (its clause, up to ``if_scope``) make the facts conditional?"""
    r = rules()
    for word in following[:r["if_scope"]]:
        if word in r["clause_breaks"]:
            return False
        if word in r["if_hedges_with"]:
            return True
    return False


def hedges(text: str) -> tuple[str, ...]:
    """The hedging words of ``text``, in order, each once ("May" the month and a conditional
    threat's "if" are none)."""
    r = rules()
    tokens = list(_WORD.finditer(text))
    words = [t.group().lower() for t in tokens]
    found = []
    for index, word in enumerate(words):
        if word not in r["hedges"]:
            continue
        if word == "may" and is_month_may(text, tokens[index].start(), tokens[index].end(),
                                          words[index - 1] if index else ""):
            continue
        if word == "if" and not if_hedges(words[index + 1:]):
            continue
        found.append(word)
    return tuple(dict.fromkeys(found))


def praises_other_side(text: str, cue: Cue) -> bool:
    """Is ``cue`` praise whose nearest party, within ``praise_window`` words of its clause, is the
    other side ("the courage of Ukrainian soldiers")? Ties go to the deploying side."""
    r = rules()
    if cue.category != "support" or not r["praise_regex"].match(cue.words):
        return False
    window = r["praise_window"]
    before = words_before(text, cue.start, window)
    after = [w.lower() for w in _WORD.findall(text, cue.end, cue.end + 12 * window + 20)][:window]
    nearest: list[tuple[int, int]] = []  # (distance, 0 deploying / 1 other)
    for side, words in ((before, list(reversed(before))), (after, after)):
        for distance, word in enumerate(words, 1):
            if word in r["clause_breaks"]:
                break
            if r["deploying_side_regex"].fullmatch(word):
                nearest.append((distance, 0))
            elif r["other_side_regex"].fullmatch(word) or r["other_side_regex"].fullmatch(word.split("'")[0]):
                nearest.append((distance, 1))
    return bool(nearest) and min(nearest)[1] == 1


DEFLECTION = re.compile(r"\b(accus\w*|blam\w*)\s+(.{1,60}?)\s+(?:of|for)\b", re.IGNORECASE)


def deflection(text: str, target: Target) -> tuple[int, str] | None:
    """'accused Washington of escalating …': blame turned on a party that is not the target.

    Returns where the blamed deed starts and the verb, or None.
    """
    found = DEFLECTION.search(text)
    if found and not target.mentioned_in(found.group(2)):
        return found.end(), found.group(1).lower()
    return None


def label_for(score: float, *, evasive: bool, neutral: bool) -> str:
    """The label from the score and the unweighted cues that fired."""
    r = rules()
    if abs(score) < r["decisive"]:
        if evasive:
            return "evasive"
        if neutral:
            return "neutral"
    if score <= r["oppose_at"]:
        return "oppose"
    if score >= r["support_at"]:
        return "support"
    return "neutral"


def _weight(value: float) -> str:
    return f"{value:+.4g}"


def weigh_cue(text: str, cue: Cue) -> tuple[float, str, str]:
    """One cue's contribution: (weight, category that counts or "", evidence)."""
    negator = negator_before(text, cue.start)
    if not negator:
        evidence = f"{cue.category}:{cue.words}" + (f"({_weight(cue.weight)})" if cue.weight else "")
        return cue.weight, cue.category, evidence
    if cue.weight and is_rebuttable(cue):
        weight = cue.weight * rules()["rebut_factor"]
        return weight, "", f"rebutted:{cue.words}({_weight(weight)})"
    return 0.0, "", f"negated:{cue.words}"


def score_stance(text: str, *, cue: str = "", mode: str = "", target: Target | None = None) -> StanceResult:
    """Stance of one utterance toward ``target`` (default target if None), with the cues that decided it."""
    if mode == "silence":
        return StanceResult("evasive", 0.0, ("mode:silence",))
    target = target or load_target()
    evidence: list[str] = []
    flags: set[str] = set()
    score = 0.0
    deflected = deflection(text, target)
    force, verb = verb_force(cue) if cue else (0.0, "")
    if deflected:
        flags.add("evasive")
        evidence.append(f"deflect:{deflected[1]}")
        if verb.startswith(("accus", "blam")):
            force = 0.0
    if force == "evasive":
        flags.add("evasive")
        evidence.append(f"verb:{verb}(evasive)")
    elif force:
        score += force
        evidence.append(f"verb:{verb}({_weight(force)})")
    for found in find_cues(text):
        if deflected and found.start >= deflected[0] and found.category == "oppose":
            evidence.append(f"deflected:{found.words}")
            continue
        if praises_other_side(text, found):
            evidence.append(f"other-side:{found.words}")
            continue
        weight, category, note = weigh_cue(text, found)
        score += weight
        if category in ("neutral", "evasive"):
            flags.add(category)
        evidence.append(note)
    found_hedges = hedges(text)
    if found_hedges and score:
        score *= rules()["hedge_factor"]
        evidence.extend(f"hedge:{h}" for h in found_hedges)
    if not target.mentioned_in(text):
        if not evidence:
            return StanceResult("neutral", 0.0, ("off-target",))
        score *= rules()["off_target_factor"]
        evidence.append("off-target")
    score = round(max(-1.0, min(1.0, score)), 4) + 0.0
    return StanceResult(label_for(score, evasive="evasive" in flags, neutral="neutral" in flags),
                        score, tuple(evidence))
