"""Stance toward a target (default: North Korea's troop deployment for Russia), with evidence.

Every rule is a small pure function you can call alone; the cues, weights and parameters are
data (``resources/stance_cues.yml``), the target's terms too (``resources/targets/*.yml`` or a
user's own YAML). :func:`score_stance` only strings the rules together:

1. ``mode == "silence"`` -> ``evasive``, score 0, cue ``mode:silence``.
2. The reporting verb's own force (:func:`verb_force`): ``warned`` -0.4, ``praised`` +0.5,
   ``dismissed`` evasive ... -> ``verb:warned(-0.4)``; a negated act of speaking in the verb
   ("did not answer directly when asked ..., saying") is evasive too (:func:`refusal_in_cue`). A
   verb that judges its object ("condemned", "dismissed") does not count when the utterance is
   about something else: no target term and no anaphor such as "this" (:func:`about_something_else`,
   ``elsewhere:condemned``); denying a claim of the deploying or allied side ("denied Russia's
   claim that ...") disputes it and is no evasion (:func:`disputes_our_side`, ``disputed:denied``).
3. The cues in the text (:func:`find_cues`), each checked for a negator a few words before it in
   the same clause (:func:`negator_before`): "not just/only/merely X" keeps X; a negated claim is
   rebutted (reversed and halved: "poses no threat" -> ``rebutted:threat(+0.25)``), or reversed
   in full when said of everyone ("should worry no one", :func:`said_of_everyone`); any other
   negated cue is dropped (``negated:condemn``); two negators in a row cancel ("has not ruled out
   sanctions"); a negated inaction word promises a response ("won't sit idle" ->
   ``resolve:sit idle(-0.6)``). Cues match British and American spelling alike and across a
   quotation mark (:func:`stance_pattern`).
4. Blame turned on another party ("accused Washington of escalating") does not count against
   the target (:func:`deflection`); praise of the other side ("the courage of Ukrainian
   soldiers") does not count for it (:func:`praises_other_side`), nor does solidarity unless the
   deploying or allied side is the party named nearest (:func:`solidarity_elsewhere`). Whose action is judged decides,
   not the polarity of words: a charge the speaker stands against ("a bulwark to counter diktat
   and threats", :func:`countered`) and a deed charged to the other side ("the Kyiv regime", "the
   schemes of the West", :func:`blames_other_side`) do not count, and one put in others' mouths
   ("forces which want to describe it as illegal", :func:`ascribed_to_others`) is rebutted.
   Thanks count only when they name the deploying side ("grateful to the North Korean
   soldiers", :func:`thanks_someone_else`); a cue inside the speaker's scare quotes ("dress up their
   deaths as heroism", "so-called heroes") does not count (:func:`ironic_frame`); when the speaker
   dismisses the reports ("nonsense", "fake"), a cue said only of a supposed case ("such a step would
   be an escalation") does not count either (:func:`is_hypothetical`). A refusal to speak ("did not
   intend to answer", "would not like to get into", "will not discuss", "nothing further to add",
   "inappropriate to comment": a negated act of saying, whatever its object) is evasive
   (:func:`refused`), unless it is ascribed to someone's intent ("trying not to disclose"), a charge
   of concealment (:func:`concealment`). Thanks to someone else for reacting to the target ("thank our partners for
   their reaction to the deployment") oppose it (:func:`thanks_for_reaction`).
4b. With no weighted cue, a call on the deploying side to stop ("urged North Korea to pull its
   troops out") opposes (:func:`demanded_halt`); with no cue at all, a negative evaluation near a
   target term that the sentiment agrees with ("troubling") is a weak oppose, ``fallback:...``
   (:func:`fallback`); failing that, help given by the deploying side ("Korean engineers helped
   rebuild the bridges", not the purpose in "sent troops to support Russia") with sentiment not
   negative is a weak support (:func:`help_from_deploying_side`).
5. Hedges ("could", "possible", "reportedly") scale the weighted score by ``hedge_factor``;
   "May" the month is none, and "if" only when it makes the facts conditional ("if true"), not
   in a conditional threat (:func:`hedges`). Such an "if" opening a sentence, with nothing else
   said, only supposes the facts: evasive, ``conditional:if``.
6. Relevance: a text naming none of the target's terms has its score scaled by
   ``off_target_factor`` and gets the cue ``off-target``; with no cue at all it is ``neutral`` 0.
   An utterance about the target on which no cue fires is ``neutral`` 0 with the cue ``no-cue``.
7. The label (:func:`label_for`): an evasive or neutral cue wins while |score| < ``decisive``;
   otherwise the score's sign and thresholds decide.

The score is clipped to [-1, 1] and rounded to 4 decimals.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple

import yaml

from . import safe_yaml
from .frames import WORD_START, cues_pattern, index_key
from .shipped import resource_yaml
from .sentiment import news_score
from .text import LETTERS, SCORING_WORD, scored_part

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
    return target_from_yaml(safe_yaml.read_text(path), where=path)


@lru_cache(maxsize=32)
def target_from_yaml(source: str, *, where: str = "<string>") -> Target:
    """Parse a target's YAML text; ``where`` names it in error messages."""
    try:
        raw = safe_yaml.load(source)
    except safe_yaml.RefusedYAML as exc:
        raise ValueError(f"{where}: YAML refused ({safe_yaml.problem(exc)})") from None
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
    return Target(name.strip(), clean, re.compile(cues_pattern(clean), re.IGNORECASE))


# --- the cue lexicon --------------------------------------------------------------------------

_GAP = r"[\"'\u2018\u2019\u201c\u201d]?\s+[\"'\u2018\u2019\u201c\u201d]?"  # a quotation mark may open or close
_FILLER = _GAP + r"(?:[\w'\u2019-]+\s+){0,%d}"


def _spelling(word: str) -> str:
    """One cue word as a regex that also matches its other spelling: -ize/-ise, -nce/-nse
    (defence, defense), -our/-or at a word's end (honour, honor)."""
    star = word.endswith("*")
    stem = word[:-1] if star else word
    ending = ""
    if len(stem) >= 5 and stem.endswith(("our", "or")) and stem[-3:] != "oor":
        ending, stem = "ou?r", stem[:-3] if stem.endswith("our") else stem[:-2]
    regex = re.escape(stem).replace("'", "['\u2019]") + ending + (r"\w*" if star else "")
    # -ise only before a vowel of the ending: internationaliz* matches internationalisation, not
    # internationalists
    return regex.replace("iz", "i(?:z|s(?=[aei]))").replace("nce", "n[cs]e").replace("nse", "n[cs]e")


def stance_pattern(cue: str, filler: int = 4) -> str:
    """A stance cue as a regex: like :func:`analysis.frames.cue_pattern` (words at word boundaries,
    ``*`` any ending), tolerant of British and American spelling and of a quotation mark between
    two words ("would conform' with"), and ``_`` between two words standing for up to ``filler``
    other words ("under _ treaty": under a ratified treaty)."""
    return WORD_START + _stance_body(cue, filler)


def _stance_body(cue: str, filler: int = 4) -> str:
    """:func:`stance_pattern` without the check for a word start."""
    parts = cue.split()
    regex = _spelling(parts[0])
    gap = _GAP
    for part in parts[1:]:
        if part == "_":
            gap = _FILLER % filler
            continue
        regex += gap + _spelling(part)
        gap = _GAP
    return regex + r"(?![\w])"


def any_stance_pattern(cues: Iterable[str], suffix: str = "", *, groups: bool = False) -> str:
    """A regex matching any of ``cues`` (each as :func:`stance_pattern`, tried in order; ``suffix``
    follows the last), with the check for a word start written once for all of them, so that a search
    tests it once per position. With ``groups``, each cue is a numbered group (``lastindex`` says which matched)."""
    form = "({})" if groups else "(?:{})"
    return WORD_START + "(?:" + "|".join(form.format(_stance_body(cue)) for cue in cues) + ")" + suffix


@lru_cache(maxsize=1)
def rules() -> dict:
    """``stance_cues.yml`` as read, with the cue patterns compiled once."""
    raw = resource_yaml("stance_cues.yml")
    sign = {"oppose": -1.0, "support": 1.0}
    entries = []
    for category in CATEGORIES:
        items = raw[category]
        pairs = items.items() if isinstance(items, dict) else ((cue, 0.0) for cue in items)
        entries.extend((cue, category, sign.get(category, 0.0) * float(weight)) for cue, weight in pairs)
    entries.extend((cue, "refusal", 0.0) for cue in raw["evasive_when_negated"])
    entries.extend((cue, "resolve", -float(weight)) for cue, weight in raw["oppose_when_negated"].items())
    filler = raw["filler_words"]
    compiled = [(cue, category, weight, re.compile(stance_pattern(cue, filler), re.IGNORECASE), index_key(cue))
                for cue, category, weight in entries]
    verbs = sorted(raw["verbs"].items(), key=lambda v: -len(v[0]))
    verb_regex = re.compile(any_stance_pattern((v for v, _ in verbs), groups=True), re.IGNORECASE)
    rebut = re.compile(any_stance_pattern(raw["rebut_when_negated"], "$"), re.IGNORECASE)

    def alternatives(words: list[str], suffix: str = "") -> re.Pattern:
        if not words:
            return re.compile(r"(?!x)x")  # an empty list matches nothing
        return re.compile(any_stance_pattern(words, suffix), re.IGNORECASE)

    acts = alternatives(raw["evasive_when_negated"])
    by_key: dict[str, list[int]] = {}
    for order, entry in enumerate(compiled):
        by_key.setdefault(entry[4], []).append(order)
    return {**raw, "entries": compiled, "entries_by_key": by_key, "evaluation_regex": alternatives(raw["negative_evaluation"]), "acts_regex": acts,
            "refusal_negators": frozenset(raw["refusal_negators"]),
            "concealing_intent": frozenset(raw["concealing_intent"]),
            "all_sides_regex": alternatives(raw["all_sides"]), "cessation_regex": alternatives(raw["cessation"]),
            "demand_modals": frozenset(raw["demand_modals"]),
            "demand_verbs_regex": alternatives(raw["demand_verbs"]), "reaction_regex": alternatives(raw["reaction"]), "verbs": verbs, "verb_regex": verb_regex,
            "rebut_regex": rebut, "negators": frozenset(raw["negators"]), "scope_keepers": frozenset(raw["scope_keepers"]),
            "clause_breaks": frozenset(raw["clause_breaks"]), "everyone": frozenset(raw["everyone"]), "hedges": frozenset(raw["hedges"]),
            "if_hedges_with": frozenset(raw["if_hedges_with"]), "month_words_before": frozenset(raw["month_words_before"]),
            "praise_regex": alternatives(raw["praise"], "$"), "other_side_regex": alternatives(raw["other_side"]),
            "deploying_side_regex": alternatives(raw["deploying_side"]),
            "allied_side_regex": alternatives(raw["allied_side"]), "not_agents": frozenset(raw["not_agents"]),
            "deeds_regex": alternatives(raw["deeds"]), "countering_regex": alternatives(raw["countering"]),
            "deploying_help_regex": alternatives(raw["deploying_help"], "$"),
            "gratitude_regex": alternatives(raw["gratitude"], "$"), "in_group_regex": alternatives(raw["in_group"], "$"),
            "sentence_breaks": frozenset(raw["sentence_breaks"]), "ironic_regex": alternatives(raw["ironic_frames"]),
            "naming_regex": alternatives(raw["naming_verbs"]),
            "anaphors": frozenset(raw["anaphors"]), "judging_regex": alternatives(raw["judging_verbs"]), "others": frozenset(raw["others"]),
            "hypothetical": frozenset(raw["hypothetical"]), "dismissal_regex": alternatives(raw["dismissals"], "$")}


def words_before(text: str, start: int, count: int) -> list[str]:
    """The last ``count`` words (and clause marks) before ``start``, lower-cased, ``’`` as ``'``."""
    found = SCORING_WORD.findall(text, max(0, start - 12 * count - 20), start)
    return [w.lower().replace("’", "'") for w in found[-count:]] if found else []


def words_after(text: str, end: int, count: int) -> list[str]:
    """The first ``count`` words (and clause marks) after ``end``, lower-cased, ``’`` as ``'``."""
    found = SCORING_WORD.findall(text, end, end + 12 * count + 20)
    return [w.lower().replace("’", "'") for w in found[:count]]


def names_side(side_regex: re.Pattern, word: str) -> bool:
    """Does ``word`` name a side of the conflict (``deploying_side`` or ``other_side``), also as a
    possessive ("Korea's", "Kyiv’s")?"""
    return side_regex.fullmatch(_APOSTROPHE.split(word, 1)[0]) is not None


_APOSTROPHE = re.compile(r"['’]")


def _is_negator(word: str, negators: frozenset[str]) -> bool:
    return word in negators or word.endswith("n't")


def negator_before(text: str, start: int) -> str:
    """The negator governing the cue at ``start``, or "".

    Looks back ``negation_window`` words within the clause; "not just/only/merely" keeps the cue,
    and so do two negators in a row ("has not ruled out sanctions").
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
            if index and _is_negator(before[index - 1], r["negators"]):
                return ""  # a double negation: "not ruled out", "not without"
            return word
    return ""


@lru_cache(maxsize=65536)
def _cues_starting(prefix: str) -> tuple[int, ...]:
    """The cues (places in ``rules()["entries"]``) whose index key begins ``prefix``, the first four
    letters of a word in lower case: the only cues that can start at that word."""
    by_key = rules()["entries_by_key"]
    return tuple(order for size in range(1, len(prefix) + 1) for order in by_key.get(prefix[:size], ()))


def find_cues(text: str) -> list[Cue]:
    """Every stance cue in ``text``, left to right, without overlaps (leftmost, then longest).

    A cue can only start where a word starts with its first letters (its index key), so each cue
    pattern is tried at those places only."""
    entries = rules()["entries"]
    matches = []
    for word in LETTERS.finditer(text):
        position = word.start()
        for order in _cues_starting(word.group().lower()[:4]):
            found = entries[order][3].match(text, position)
            if found:
                matches.append((position, -found.end() + position, order, found))
    found, taken_until = [], -1
    for start, _, order, match in sorted(matches, key=lambda m: m[:3]):
        if start < taken_until:
            continue
        _, category, weight, _, _ = entries[order]
        found.append(Cue(category, " ".join(match.group().lower().split()), weight, start, match.end()))
        taken_until = match.end()
    return found


def is_rebuttable(cue: Cue) -> bool:
    """A claim whose negation defends the target ("no threat", "not illegal", "not legitimate")."""
    return rules()["rebut_regex"].match(cue.words) is not None


@lru_cache(maxsize=4096)  # the same reporting verbs come back ("said", "told reporters")
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
    tokens = list(SCORING_WORD.finditer(text))
    words = [t.group().lower() for t in tokens]
    if r["hedges"].isdisjoint(words):
        return ()
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


def nearest_side(text: str, cue: Cue, window: int, breaks: frozenset[str]) -> str:
    """The side named nearest to ``cue`` within ``window`` words either way, not past one of
    ``breaks``: "ours" (the deploying or allied side), "other" (the other side, "South Korea" too),
    or "" when none is named. Ties go to "ours"."""
    r = rules()
    before, after = words_before(text, cue.start, window + 1), words_after(text, cue.end, window)
    nearest: list[tuple[int, int]] = []  # (distance, 0 ours / 1 other)
    for words, reverse in ((before, True), (after, False)):
        order = range(len(words) - 1, max(-1, len(words) - 1 - window), -1) if reverse else range(len(words))
        for distance, index in enumerate(order, 1):
            word = words[index]
            if word in breaks:
                break
            south = index > 0 and words[index - 1] == "south"
            if not south and (names_side(r["deploying_side_regex"], word) or names_side(r["allied_side_regex"], word)):
                nearest.append((distance, 0))
            elif south or names_side(r["other_side_regex"], word):
                nearest.append((distance, 1))
    if not nearest:
        return ""
    return "ours" if min(nearest)[1] == 0 else "other"


def praises_other_side(text: str, cue: Cue) -> bool:
    """Is ``cue`` praise whose nearest party, within ``praise_window`` words of its clause, is the
    other side ("the courage of Ukrainian soldiers")? Ties go to the deploying side."""
    r = rules()
    if cue.category != "support" or not r["praise_regex"].match(cue.words):
        return False
    return nearest_side(text, cue, r["praise_window"], r["clause_breaks"]) == "other"


def solidarity_elsewhere(text: str, cue: Cue) -> bool:
    """Is ``cue`` a word of solidarity (``in_group``) whose nearest party, within ``in_group_window``
    words of its sentence, is not the deploying or allied side ("solidarity with Kyiv", "solidarity"
    with no party named)? Only solidarity with the deploying side is support ("a sincere
    manifestation of solidarity between the Korean and Russian peoples")."""
    r = rules()
    if cue.category != "support" or not r["in_group_regex"].match(cue.words):
        return False
    return nearest_side(text, cue, r["in_group_window"], r["sentence_breaks"]) != "ours"


def _clause_before(text: str, start: int, window: int) -> str:
    """The words of the clause before ``start``, at most ``window`` of them, joined by spaces."""
    before = words_before(text, start, window)
    for index in range(len(before) - 1, -1, -1):
        if before[index] in rules()["clause_breaks"]:
            before = before[index + 1:]
            break
    return " ".join(before)


def thanks_someone_else(text: str, cue: Cue) -> bool:
    """Is ``cue`` gratitude ("grateful to", "thank") that names no deploying side within
    ``gratitude_window`` words after it in its clause? Either side thanks its own partners; only
    thanks to the deploying side ("grateful to the North Korean soldiers") is support."""
    r = rules()
    if cue.category != "support" or not r["gratitude_regex"].match(cue.words):
        return False
    after = words_after(text, cue.end, r["gratitude_window"])
    for index, word in enumerate(after):
        if word in r["clause_breaks"]:
            return True
        if names_side(r["deploying_side_regex"], word):
            return index > 0 and after[index - 1] == "south"  # "grateful to South Korea" is not
        if names_side(r["other_side_regex"], word):
            return True
    return True


def ironic_frame(text: str, cue: Cue) -> str:
    """The framing words that put a weighted cue in the speaker's scare quotes ("dress up their
    deaths as heroism", "so-called heroes"), earlier in its clause within ``ironic_window`` words; or ""."""
    r = rules()
    if not cue.weight:
        return ""
    found = r["ironic_regex"].search(_clause_before(text, cue.start, r["ironic_window"]))
    return " ".join(found.group().split()) if found else ""


def countered(text: str, cue: Cue, target: Target) -> bool:
    """Is an oppose cue what the speaker stands against ("a bulwark to counter diktat and military
    threats of the West", "resisting aggression")? One of ``countering`` at most ``countering_gap``
    words before it in its sentence part, no party nor anaphor ("this") between them, and no deploying or allied
    side nor target term in the ``countering_after`` words after it: "deter North Korean
    provocations" and "against the threat posed by the troops" still count."""
    r = rules()
    if cue.weight >= 0:
        return False
    parties = (r["deploying_side_regex"], r["other_side_regex"], r["allied_side_regex"])
    before = words_before(text, cue.start, r["countering_gap"] + 1)
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if word in (",", ";", ":") or word in r["anaphors"] or any(names_side(side, word) for side in parties):
            return False
        if r["countering_regex"].fullmatch(word):
            after = []
            for word in words_after(text, cue.end, r["countering_after"]):
                if word in (",", ";", ":"):
                    break
                after.append(word)
            return not (any(names_side(side, w) for side in parties[::2] for w in after)
                        or target.mentioned_in(" ".join(after)))
    return False


def blames_other_side(text: str, cue: Cue) -> bool:
    """Is an oppose cue naming a deed (``deeds``: aggression, provocation, regime ...) said of the
    other side's own deeds: the other side named right before it, not as a possessive ("the Kyiv
    regime", "Western provocations"), or as its agent after "of"/"by" within ``owner_window`` words
    ("the reckless schemes of the West", "escalation by Washington")? The speaker's own acts and
    attitudes ("Seoul condemns", "Ukraine's concerns") are no deeds."""
    r = rules()
    if cue.weight >= 0 or not r["deeds_regex"].match(cue.words):
        return False
    before = words_before(text, cue.start, 1)
    if before and "'" not in before[0] and names_side(r["other_side_regex"], before[0]):
        return True
    after = words_after(text, cue.end, r["owner_window"] + 2)
    for index, word in enumerate(after):
        if word in r["clause_breaks"] or word in r["not_agents"]:
            return False
        if word in ("of", "by"):
            rest = after[index + 1:index + 3]
            rest = rest[1:] if rest[:1] == ["the"] else rest
            return bool(rest) and "'" not in rest[0] and names_side(r["other_side_regex"], rest[0])
        if index >= r["owner_window"]:
            return False
    return False


def ascribed_to_others(text: str, cue: Cue) -> str:
    """The naming verb that puts an oppose cue in others' mouths ("forces which want to describe it
    as illegal", "those calling it a provocation", "attempts to brand it a threat"): one of
    ``naming_verbs`` earlier in the cue's clause, within ``ascribed_window`` words, after one of
    ``others`` (who does the naming); or ""."""
    r = rules()
    if cue.weight >= 0:
        return ""
    clause = _clause_before(text, cue.start, r["ascribed_window"]).split()
    for index, word in enumerate(clause):
        if r["naming_regex"].fullmatch(word) and any(w in r["others"] for w in clause[:index]):
            return word
    return ""


def is_hypothetical(text: str, cue: Cue) -> bool:
    """Is ``cue`` said of a supposed case ("such a step would be an escalation"): a ``hypothetical``
    word earlier in its clause, within ``hypothetical_window`` words?"""
    r = rules()
    clause = _clause_before(text, cue.start, r["hypothetical_window"]).split()
    return any(word in r["hypothetical"] for word in clause)


def refused(text: str, cue: Cue) -> str:
    """The negator of a refusal to speak ("did not intend to answer", "would not like to get into"),
    within ``refusal_window`` words of its clause before the act; or ""."""
    r = rules()
    before = words_before(text, cue.start, r["refusal_window"])
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if word in r["clause_breaks"]:
            return ""
        if _is_negator(word, r["negators"]) or word in r["refusal_negators"]:
            following = before[index + 1] if index + 1 < len(before) else ""
            return "" if following in r["scope_keepers"] else word  # "did not hesitate to say"
    return ""


def concealment(text: str, act: Cue) -> float:
    """A refusal to speak that the speaker ascribes to someone's intent ("Russia is trying not to
    disclose their presence") is a charge of concealment: ``-concealment_weight`` when one of
    ``concealing_intent`` stands earlier in the act's clause (within ``refusal_window`` + 3 words); else 0."""
    r = rules()
    clause = _clause_before(text, act.start, r["refusal_window"] + 3).split()
    return -r["concealment_weight"] if any(word in r["concealing_intent"] for word in clause) else 0.0


def refusal_in_cue(cue: str) -> str:
    """A negated act of speaking in the reporting verb itself ("did not answer directly when asked
    ..., saying", "would not say"), as "<negator> <act>"; or "". Only the cue's first clause counts."""
    for found in rules()["acts_regex"].finditer(cue):
        act = Cue("refusal", " ".join(found.group().lower().split()), 0.0, found.start(), found.end())
        negator = refused(cue, act)
        if negator:
            return f"{negator} {act.words}"
    return ""


def evaluation_near_target(text: str, target: Target) -> str:
    """A ``negative_evaluation`` word or phrase ("troubling", "for all the wrong reasons") within
    ``evaluation_window`` words of a mention of the target and not negated; or ""."""
    r = rules()
    found = list(r["evaluation_regex"].finditer(text))
    if not found:
        return ""
    tokens = [t.start() for t in SCORING_WORD.finditer(text)]
    anchors = [bisect_left(tokens, m.start()) for m in target.pattern.finditer(text)]
    for match in found:
        at = bisect_left(tokens, match.start())
        if any(abs(a - at) <= r["evaluation_window"] for a in anchors) and not negator_before(text, match.start()):
            return " ".join(match.group().lower().split())
    return ""


def demanded_halt(text: str, target: Target, cue: str = "") -> str:
    """A call on the deploying side to stop ("urged North Korea to pull its troops out", "Pyongyang
    must halt the deployment"): a ``cessation`` verb right after "must"/"should", or after "to"
    when a ``demand_verbs`` verb asks it (in the reporting verb or earlier in the clause), with the
    deploying side within ``demand_window`` words before it or a target term within that many words
    after; never negated, nor when ``all_sides`` are asked. Returns the words or ""."""
    r = rules()
    window = r["demand_window"]
    for match in r["cessation_regex"].finditer(text):
        before = words_before(text, match.start(), 3)
        clause = _clause_before(text, match.start(), window)
        modal = bool(set(before) & r["demand_modals"])
        asked = "to" in before and (r["demand_verbs_regex"].search(cue) is not None
                                    or r["demand_verbs_regex"].search(clause) is not None)
        if not (modal or asked) or negator_before(text, match.start()) or r["all_sides_regex"].search(clause):
            continue
        after = " ".join(SCORING_WORD.findall(text, match.end(), match.end() + 12 * window + 20)[:window])
        if any(names_side(r["deploying_side_regex"], w) for w in clause.split()) or target.mentioned_in(after):
            return " ".join(match.group().lower().split())
    return ""


def thanks_for_reaction(text: str, cue: Cue, target: Target) -> bool:
    """Thanks to someone else for reacting to the target ("we thank our partners for their swift
    reaction to the North Korean deployment"): a ``reaction`` word after the thanks, then a target term."""
    rest = text[cue.end:]
    found = rules()["reaction_regex"].search(rest)
    return found is not None and target.mentioned_in(rest[found.end():])


DEFLECTION = re.compile(r"\b(accus\w*|blam\w*)\s+(.{1,60}?)\s+(?:of|for)\b", re.IGNORECASE)


def deflection(text: str, target: Target) -> tuple[int, str] | None:
    """'accused Washington of escalating …': blame turned on a party that is not the target.

    Returns where the blamed deed starts and the verb, or None.
    """
    found = DEFLECTION.search(text)
    if found and not target.mentioned_in(found.group(2)):
        return found.end(), found.group(1).lower()
    return None


def help_from_deploying_side(text: str) -> str:
    """Help given by the deploying side ("our Korean friends helped clear the district"): a
    ``deploying_help`` word within ``deploying_help_window`` words of a ``deploying_side`` word, not
    negated and not a purpose ("trained soldiers to support Russia"); the word or ""."""
    r = rules()
    tokens = list(SCORING_WORD.finditer(text))
    sides = [i for i, t in enumerate(tokens)
             if names_side(r["deploying_side_regex"], t.group())]
    if not sides:
        return ""
    window = r["deploying_help_window"]
    for i, token in enumerate(tokens):
        if i and tokens[i - 1].group().lower() == "to":
            continue  # a purpose ("sent troops to support Russia") reports the deployment, no help given
        if (r["deploying_help_regex"].fullmatch(token.group()) and any(abs(i - j) <= window for j in sides)
                and not negator_before(text, token.start())):
            return token.group().lower()
    return ""


def fallback(text: str, target: Target) -> tuple[float, str]:
    """With no cue at all: a negative evaluation of the target ("for all the wrong reasons",
    "troubling") within ``evaluation_window`` words of a target term, not negated, while the
    toolkit's sentiment is at most ``fallback_negative_at`` -> a weak oppose (``fallback_weight``);
    else help given by the deploying side while the sentiment is at least ``deploying_help_at`` ->
    a weak support (``fallback_weight``). Returns (score, evidence) or (0.0, "")."""
    r = rules()
    word = evaluation_near_target(text, target)
    if word and news_score(text) <= r["fallback_negative_at"]:
        weight = -r["fallback_weight"]
        return weight, f"fallback:negative-evaluation:{word}({_weight(weight)})"
    word = help_from_deploying_side(text)
    if word and news_score(text) >= r["deploying_help_at"]:
        weight = r["fallback_weight"]
        return weight, f"fallback:deploying-side-help:{word}({_weight(weight)})"
    return 0.0, ""


CLAIM_OF = re.compile(r"\s*(?:the\s+)?([\w-]+)['\u2019]s?\s+(?:\w+\s+)?(?:claims?|assertions?|allegations?|statements?|"
                      r"accounts?|explanations?|justifications?|arguments?|version|narrative|denials?)\b", re.IGNORECASE)  # "Russia's latest claim"
SUPPOSITION = re.compile(r"(?:^|[.!?]\s+)[\"'\u2018\u201c]?if\b", re.IGNORECASE)  # "If ..." opening a sentence


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


def said_of_everyone(text: str, cue: Cue) -> bool:
    """Is a negated claim said of everyone ("should neither scare nor worry anyone", "no one needs
    to be alarmed"): one of ``everyone`` within ``everyone_window`` words of the cue in its clause?"""
    r = rules()
    window = r["everyone_window"]
    before = words_before(text, cue.start, window)
    after = words_after(text, cue.end, window)
    for words in (list(reversed(before)), after):
        for index, word in enumerate(words):
            if word in r["clause_breaks"]:
                break
            if word in r["everyone"] or (word == "one" and index + 1 < len(words) and words[index + 1] == "no"):
                return True
    return False


def about_something_else(text: str, target: Target) -> bool:
    """Is ``text`` about something other than the target: no target term and no word that could
    refer back to it (``anaphors``: "this", "it", "such" ...)? "condemned the terrorist attack" is;
    "strongly condemn it" is not."""
    return not target.mentioned_in(text) and not _has_anaphor(text)


def _has_anaphor(text: str) -> bool:
    anaphors = rules()["anaphors"]
    return any(word.lower() in anaphors for word in SCORING_WORD.findall(text))


def disputes_our_side(text: str) -> bool:
    """Does the utterance open with a claim of the deploying or allied side ("Russia's claim that
    ...", "the Kremlin's account of ...")? Denying or rejecting it disputes that side's words; it is
    no evasion about the target."""
    r = rules()
    found = CLAIM_OF.match(text)
    return found is not None and any(names_side(side, found.group(1))
                                     for side in (r["deploying_side_regex"], r["allied_side_regex"]))


def weigh_cue(text: str, cue: Cue) -> tuple[float, str, str]:
    """One cue's contribution: (weight, category that counts or "", evidence)."""
    negator = negator_before(text, cue.start)
    if not negator:
        evidence = f"{cue.category}:{cue.words}" + (f"({_weight(cue.weight)})" if cue.weight else "")
        return cue.weight, cue.category, evidence
    if cue.weight and is_rebuttable(cue):
        if said_of_everyone(text, cue):
            weight = -cue.weight
            return weight, "", f"reassured:{cue.words}({_weight(weight)})"
        weight = cue.weight * rules()["rebut_factor"]
        return weight, "", f"rebutted:{cue.words}({_weight(weight)})"
    return 0.0, "", f"negated:{cue.words}"


def score_stance(text: str, *, cue: str = "", mode: str = "", target: Target | None = None) -> StanceResult:
    """Stance of one utterance toward ``target`` (default target if None), with the cues that decided it;
    at most the first :data:`~analysis.text.SCORED_CHARACTERS` of ``text`` are read."""
    text = scored_part(text)
    if mode == "silence":
        return StanceResult("evasive", 0.0, ("mode:silence",))
    target = target or load_target()
    evidence: list[str] = []
    flags: set[str] = set()
    score = 0.0
    deflected = deflection(text, target)
    force, verb = verb_force(cue) if cue else (0.0, "")
    mentioned = target.mentioned_in(text)
    elsewhere = not mentioned and not _has_anaphor(text)  # about_something_else(text, target)
    if force and elsewhere and rules()["judging_regex"].search(verb):
        evidence.append(f"elsewhere:{verb}")
        force = 0.0
    if force == "evasive" and disputes_our_side(text):
        evidence.append(f"disputed:{verb}")
        force = 0.0
    if deflected:
        flags.add("evasive")
        evidence.append(f"deflect:{deflected[1]}")
        if verb.startswith(("accus", "blam")):
            force = 0.0
    refusal = refusal_in_cue(cue) if cue and not force else ""
    if refusal:
        force = "evasive"
        verb = refusal
    if force == "evasive":
        flags.add("evasive")
        evidence.append(f"verb:{verb}(evasive)")
    elif force:
        score += force
        evidence.append(f"verb:{verb}({_weight(force)})")
    cues = find_cues(text)
    dismissed = any(c.category == "evasive" and rules()["dismissal_regex"].match(c.words) for c in cues)
    for found in cues:
        if found.category == "refusal":
            if refused(text, found):
                concealing = concealment(text, found)
                if concealing:
                    score += concealing
                    evidence.append(f"concealment:{found.words}({_weight(concealing)})")
                    continue
                flags.add("evasive")
                evidence.append(f"refusal:{found.words}")
            continue
        if found.category == "resolve":
            if negator_before(text, found.start):
                score += found.weight
                evidence.append(f"resolve:{found.words}({_weight(found.weight)})")
            continue
        if deflected and found.start >= deflected[0] and found.category == "oppose":
            evidence.append(f"deflected:{found.words}")
            continue
        if praises_other_side(text, found):
            evidence.append(f"other-side:{found.words}")
            continue
        if solidarity_elsewhere(text, found):
            evidence.append(f"elsewhere:{found.words}")
            continue
        if thanks_someone_else(text, found):
            if thanks_for_reaction(text, found, target):
                weight = -rules()["thanks_for_reaction_weight"]
                score += weight
                evidence.append(f"thanks-for-reaction:{found.words}({_weight(weight)})")
                continue
            evidence.append(f"thanks-other:{found.words}")
            continue
        if ironic_frame(text, found):
            evidence.append(f"ironic:{found.words}")
            continue
        if elsewhere and found.weight and rules()["judging_regex"].match(found.words):
            evidence.append(f"elsewhere:{found.words}")
            continue
        if countered(text, found, target):
            evidence.append(f"countered:{found.words}")
            continue
        if blames_other_side(text, found):
            evidence.append(f"other-side:{found.words}")
            continue
        if ascribed_to_others(text, found):
            weight = found.weight * rules()["rebut_factor"]
            score += weight
            evidence.append(f"ascribed:{found.words}({_weight(weight)})")
            continue
        if dismissed and found.weight and is_hypothetical(text, found):
            evidence.append(f"hypothetical:{found.words}")
            continue
        weight, category, note = weigh_cue(text, found)
        score += weight
        if category in ("neutral", "evasive"):
            flags.add(category)
        evidence.append(note)
    if mentioned and not any(e.startswith(("oppose:", "support:", "rebutted:")) for e in evidence):
        halt = demanded_halt(text, target, cue)
        if halt:
            score -= rules()["demand_weight"]
            evidence.append(f"demand:{halt}({_weight(-rules()['demand_weight'])})")
    if mentioned and not score and not flags:
        score, note = fallback(text, target)
        if note:
            evidence.append(note)
    found_hedges = hedges(text)
    if found_hedges and score:
        score *= rules()["hedge_factor"]
        evidence.extend(f"hedge:{h}" for h in found_hedges)
    elif "if" in found_hedges and not flags and not evidence and SUPPOSITION.search(text):
        flags.add("evasive")  # the facts only as a supposition, and nothing said of them
        evidence.append("conditional:if")
    if not mentioned:
        if not evidence:
            return StanceResult("neutral", 0.0, ("off-target",))
        score *= rules()["off_target_factor"]
        evidence.append("off-target")
    if not evidence:  # about the target, but nothing fired: neutral by default, and said so
        evidence.append("no-cue")
    score = round(max(-1.0, min(1.0, score)), 4) + 0.0
    return StanceResult(label_for(score, evasive="evasive" in flags, neutral="neutral" in flags),
                        score, tuple(evidence))
