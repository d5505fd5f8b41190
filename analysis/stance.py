"""Stance toward a target (default: North Korea's troop deployment for Russia), with evidence.

Each rule is a small function over the utterance's words; the cues and weights are
data (``resources/stance_cues.yml``), the target's terms too
(``resources/targets/*.yml``, or a user's own YAML). Labels: ``oppose``,
``support``, ``neutral``, ``evasive``; ``score`` in [-1, 1] (negative = oppose);
``cues`` lists every rule that fired, e.g. ``oppose:condemn(-0.7)``,
``negated:condemn``, ``hedge:possible``, ``verb:warned(-0.4)``, ``mode:silence``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .frames import cue_pattern

DEFAULT_TARGET = "nk_troops_russia"
NEGATION_WINDOW = 3
OPPOSE_AT, SUPPORT_AT = -0.2, 0.2


@dataclass(frozen=True)
class Target:
    name: str
    terms: tuple[str, ...]
    pattern: re.Pattern


@dataclass(frozen=True)
class StanceResult:
    label: str
    score: float
    cues: tuple[str, ...]


@lru_cache(maxsize=16)
def load_target(path_or_name: str | Path | None = None) -> Target:
    """The default target, a shipped one by name, or a user's YAML file with ``name`` and ``terms``."""
    if path_or_name is None or not str(path_or_name).endswith((".yml", ".yaml")):
        name = path_or_name or DEFAULT_TARGET
        source = resources.files("analysis").joinpath("resources", "targets", f"{name}.yml")
        where = f"shipped target {name!r}"
    else:
        source = Path(path_or_name)
        where = str(source)
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{where}: no such target file") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("terms"), list) or not raw.get("terms"):
        raise ValueError(f"{where}: a target needs 'name' and a non-empty list 'terms'")
    terms = tuple(str(t).lower() for t in raw["terms"])
    pattern = re.compile("|".join(cue_pattern(t) for t in terms), re.IGNORECASE)
    return Target(str(raw.get("name", where)), terms, pattern)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The stance cues, compiled: category -> [(cue, weight, pattern)], verbs, negators, hedges."""
    raw = yaml.safe_load(resources.files("analysis").joinpath("resources", "stance_cues.yml").read_text("utf-8"))
    sign = {"oppose": -1.0, "support": 1.0, "neutral": 0.0, "evasive": 0.0}
    cues = [(category, cue, sign[category] * float(weight), re.compile(cue_pattern(cue), re.IGNORECASE))
            for category in sign for cue, weight in raw[category].items()]
    return {"cues": cues, "verbs": raw["verbs"], "negators": [str(n) for n in raw["negators"]],
            "keepers": set(raw["scope_keepers"]), "hedges": set(raw["hedges"]),
            "hedge_factor": float(raw["hedge_factor"])}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+(?:'[a-z]+)?|n't", text.lower())


def is_negated(text: str, start: int) -> bool:
    """A negator within a few words before ``start``, unless it is 'not just/only/merely'."""
    before = _words(text[:start])[-NEGATION_WINDOW:]
    joined = " ".join(before)
    keepers = lexicon()["keepers"]
    for index, word in enumerate(before):
        if word in ("not", "n't", "never", "no") or word.endswith("n't"):
            if index + 1 < len(before) and before[index + 1] in keepers:
                continue
            return True
    return any(f" {n} " in f" {joined} " for n in lexicon()["negators"] if " " in n)


def cue_matches(text: str) -> list[tuple[str, str, float, int]]:
    """Every stance cue in ``text``: (category, cue, weight, position), longest first, no overlaps."""
    found, taken = [], []
    for category, cue, weight, pattern in sorted(lexicon()["cues"], key=lambda c: -len(c[1])):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            found.append((category, cue, weight, match.start()))
    return sorted(found, key=lambda f: f[3])


def hedges(text: str) -> list[str]:
    return [w for w in _words(text) if w in lexicon()["hedges"]]


def verb_force(cue: str) -> tuple[float | str, str]:
    """The reporting verb's own force: a weight, 'evasive', or 0 when the verb is neutral."""
    verbs = lexicon()["verbs"]
    cue = cue.lower().strip()
    for verb in sorted(verbs, key=len, reverse=True):
        if re.search(cue_pattern(verb), cue):
            return verbs[verb], verb
    return 0.0, ""


DEFLECTION = re.compile(r"\b(accus\w*|blam\w*)\s+(.{1,60}?)\s+(?:of|for)\b", re.IGNORECASE)


def deflection(text: str, target: Target) -> tuple[int, str] | None:
    """'accused Washington of escalating …': blame turned on a party that is not the target.

    Returns where the blamed deed starts and the verb, or None. Cues after that point describe
    the other party, not the target, so they do not count as opposing it.
    """
    found = DEFLECTION.search(text)
    if found and not target.pattern.search(found.group(2)):
        return found.end(), found.group(1).lower()
    return None


def label_for(score: float, evasive: bool, neutral: bool) -> str:
    if evasive and abs(score) < 0.5:
        return "evasive"
    if score <= OPPOSE_AT:
        return "oppose"
    if score >= SUPPORT_AT:
        return "support"
    return "neutral"


def score_stance(text: str, *, cue: str = "", mode: str = "", target: Target | None = None) -> StanceResult:
    """Stance of one utterance toward ``target``, with the cues that decided it."""
    target = target or load_target()
    if mode == "silence":
        return StanceResult("evasive", 0.0, ("mode:silence",))
    evidence, score, evasive, neutral = [], 0.0, False, False
    deflected = deflection(text, target)
    force, verb = verb_force(cue)
    if deflected:
        evasive = True
        evidence.append(f"deflect:{deflected[1]}")
        if verb.startswith(("accus", "blam")):
            force = 0.0
    if force == "evasive":
        evasive = True
        evidence.append(f"verb:{verb}(evasive)")
    elif force:
        score += float(force)
        evidence.append(f"verb:{verb}({float(force):+.1f})")
    for category, word, weight, position in cue_matches(text):
        if deflected and position >= deflected[0] and category == "oppose":
            evidence.append(f"deflected:{word}")
            continue
        if is_negated(text, position):
            evidence.append(f"negated:{word}")
            continue
        evasive |= category == "evasive"
        neutral |= category == "neutral"
        score += weight
        evidence.append(f"{category}:{word}({weight:+.1f})" if weight else f"{category}:{word}")
    found_hedges = hedges(text)
    if found_hedges and score:
        score *= lexicon()["hedge_factor"]
        evidence.extend(f"hedge:{h}" for h in found_hedges)
    if not evidence and not target.pattern.search(text):
        return StanceResult("neutral", 0.0, ("off-target",))
    score = max(-1.0, min(1.0, score))
    return StanceResult(label_for(score, evasive, neutral), round(score, 4), tuple(evidence))
