"""Naming choices: which word each side, and the outlet itself, uses for the same thing.

``resources/naming.yml`` lists categories (the war, the soldiers, North Korea, the Kursk fighting,
the Russian-North Korean tie) and the variants a text may choose for each ("special military
operation" or "full-scale invasion"). :func:`find_names` finds every variant in a document and says
whose words they are: a speaker's, when the word stands inside an utterance, else the outlet's.

* :func:`load_naming` -- the shipped variants, extended with a user's YAML file of the same form.
* :func:`find_names` -- one :class:`NameMention` per word (per speaking actor), with offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .attribution import Utterance
from .corpus import Document
from .text import Sentence, SpanIndex
from .voice import quotations

SHIPPED = "naming.yml"


class NamingError(ValueError):
    """A naming file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Naming:
    """Categories with their variants (in the file's order) and one pattern matching every form.

    ``pattern`` has one named group per form (``f0``, ``f1`` …); ``forms[i]`` is (form, category,
    variant) of group ``fi``. Longer forms come first, so the longest form at a position wins.
    """

    categories: dict[str, tuple[str, ...]]
    forms: tuple[tuple[str, str, str], ...]
    pattern: re.Pattern


def form_pattern(form: str) -> str:
    """A written form as a regex: any case when written in lower case, else as written with its first
    letter in either case; ``*`` any ending of a word, a hyphen also a space, an apostrophe either one."""
    pieces = []
    for char in form:
        if char == "*":
            pieces.append(r"\w*")
        elif char == "-":
            pieces.append(r"(?:-|[^\S\n]+)")
        elif char.isspace():
            pieces.append(r"[^\S\n]+")
        elif char in "'\u2019":
            pieces.append("['\u2019]")
        else:
            pieces.append(re.escape(char))
    if form == form.lower():
        return "(?i:" + "".join(pieces) + ")"
    first = form[0]
    head = f"[{first.upper()}{first.lower()}]" if first.isalpha() else pieces[0]
    return head + "".join(pieces[1:])


def _check(raw, where: str) -> dict[str, dict[str, list[str]]]:
    """The file's mapping category -> variant -> forms, or a :class:`NamingError` saying what is wrong."""
    shape = "a mapping of categories, each a mapping of variants to a list of other forms ([] for none)"
    if not isinstance(raw, dict) or not raw:
        raise NamingError(f"{where}: expected {shape}")
    table = {}
    for category, variants in raw.items():
        if not isinstance(category, str) or not category.strip():
            raise NamingError(f"{where}: a category name must be a non-empty string, got {category!r}")
        if not isinstance(variants, dict) or not variants:
            raise NamingError(f"{where}: category {category!r}: expected a mapping of variants to their forms")
        table[category] = {}
        for variant, forms in variants.items():
            forms = [] if forms is None else forms
            if not isinstance(variant, str) or not variant.strip():
                raise NamingError(f"{where}: category {category!r}: a variant must be a non-empty string, got {variant!r}")
            if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
                raise NamingError(f"{where}: {category}/{variant}: the forms must be a list of words or phrases")
            table[category][variant.strip()] = [f.strip() for f in forms]
    return table


def _read(text: str, where: str) -> dict[str, dict[str, list[str]]]:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise NamingError(f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    return _check(raw, where)


def build_naming(table: dict[str, dict[str, list[str]]], *, where: str) -> Naming:
    """A :class:`Naming` from category -> variant -> other forms; a form listed twice (in any case) is
    an error naming both places."""
    forms, seen = [], {}
    for category, variants in table.items():
        for variant, others in variants.items():
            for form in dict.fromkeys([variant, *others]):
                key = " ".join(form.lower().replace("-", " ").split())
                if key in seen and seen[key] != (category, variant):
                    raise NamingError(f"{where}: the form {form!r} names both {'/'.join(seen[key])} and "
                                      f"{category}/{variant}; a form names one variant")
                if key not in seen:
                    seen[key] = (category, variant)
                    forms.append((form, category, variant))
    forms.sort(key=lambda item: -len(item[0].replace("*", "")))  # stable: equal lengths keep the file's order
    alternation = "|".join(f"(?P<f{number}>{form_pattern(form)})" for number, (form, _, _) in enumerate(forms))
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?!\w)")
    return Naming({category: tuple(variants) for category, variants in table.items()}, tuple(forms), pattern)


@lru_cache(maxsize=1)
def _shipped() -> dict[str, dict[str, list[str]]]:
    return _read(resources.files("analysis").joinpath("resources", SHIPPED).read_text("utf-8"), f"shipped {SHIPPED}")


@lru_cache(maxsize=16)
def _naming(path: str | None, stamp: int) -> Naming:  # the stamp makes an edited file reload
    table = {category: dict(variants) for category, variants in _shipped().items()}
    where = f"shipped {SHIPPED}"
    if path is not None:
        for category, variants in _read(Path(path).read_text(encoding="utf-8"), path).items():
            table.setdefault(category, {}).update(variants)
        where = path
    return build_naming(table, where=where)


def load_naming(path: str | Path | None = None) -> Naming:
    """The shipped naming choices, extended with the user's YAML file ``path`` (same form as
    ``resources/naming.yml``: a category already there gains the file's variants, a variant already
    there takes the file's forms). A problem with the file raises :class:`NamingError` naming it."""
    if path is None:
        return _naming(None, 0)
    try:
        stamp = Path(path).stat().st_mtime_ns
    except OSError:
        raise NamingError(f"{path}: no such naming file") from None
    try:
        return _naming(str(path), stamp)
    except UnicodeDecodeError:
        raise NamingError(f"{path}: not a UTF-8 text file") from None


@dataclass(frozen=True)
class NameMention:
    """A naming choice in a document: offsets, the words as written, category and variant, whose
    voice (``speaker`` or ``outlet``), the speaker's actor ("" for the outlet), whether it stands in
    quotation marks, and the utterance's number (-1 for the outlet's narration)."""

    start: int
    end: int
    term: str
    category: str
    variant: str
    voice: str
    actor: str
    quoted: bool
    utt_id: int


def _speaking(start: int, end: int, utterances: list[Utterance], by_position: SpanIndex) -> list[tuple[int, Utterance]]:
    """The utterances holding ``[start, end)`` (``by_position`` indexes their spans): for each actor, the
    innermost one, with its number."""
    holding = sorted(((utterances[number].end - utterances[number].start, number, utterances[number])
                      for number in by_position.holding(start, end)), key=lambda item: item[:2])
    chosen: dict[str, tuple[int, Utterance]] = {}
    for _, number, utt in holding:
        chosen.setdefault(utt.actor, (number, utt))
    return sorted(chosen.values(), key=lambda item: item[0])


def find_names(doc: Document, utterances: list[Utterance], sentences: list[Sentence], *,
               naming: Naming | None = None) -> list[NameMention]:
    """Every naming choice in the article sentences of ``doc`` (boilerplate left out), in text order.

    A word inside the content of an utterance is in the speaker's voice, with the utterance's actor
    (a word inside a joint statement gives one row per actor); elsewhere it is in the outlet's voice.
    ``quoted`` is true when the word stands inside quotation marks (:func:`~analysis.voice.quotations`),
    a speaker's quotation or the outlet's scare quotes.
    """
    naming = naming or load_naming()
    prose = SpanIndex((sent.start, sent.end) for sent in sentences if not sent.boilerplate)
    quoted = SpanIndex(quotations(doc))
    by_position = SpanIndex((utt.start, utt.end) for utt in utterances)
    mentions = []
    for found in naming.pattern.finditer(doc.norm):
        start, end = found.span()
        if not prose.holds(start, end):
            continue
        _, category, variant = naming.forms[int(found.lastgroup[1:])]
        is_quoted = quoted.holds(start, end)
        speakers = _speaking(start, end, utterances, by_position)
        voices = ([("speaker", utt.actor, number) for number, utt in speakers] if speakers else [("outlet", "", -1)])
        mentions += [NameMention(start, end, doc.text[start:end], category, variant, voice, actor, is_quoted, number)
                     for voice, actor, number in voices]
    return mentions
