"""A corpus of distinct documents for benchmarks: the gold texts, rewritten with other names and places.

    .venv/bin/python benchmarks/distinct_corpus.py OUT_FOLDER [--documents 1000]

Repeating one article hides costs that grow with what a corpus holds (every new name, every new
sentence), so each document here is a gold text (``tests/gold/attribution``, written for this
project) in which every registry person, every gold speaker named like a person and every capital is
replaced, consistently within the document, by a name or capital drawn for that document: invented
people (from syllables, so there are as many distinct names as documents) and the registry's
capitals. Drawn with a fixed seed: the same call gives the same corpus.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "attribution"
REGISTRY = ROOT / "analysis" / "resources" / "actors.yml"

_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vel", "na", "dor", "ri", "an", "be", "cho", "lin",
              "mar", "os", "pe", "qui", "sun", "ta", "ul", "va", "wen", "yo", "zan", "el", "fa", "gu")
# A person's name in a gold speaker: two to four capitalised words (initials and hyphens allowed).
_PERSON = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)(?:[ -](?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]\.)){1,3}")
_NOT_PEOPLE = re.compile(r"\b(?:Ministry|Service|Agency|Office|Council|Committee|Command|House|Kremlin|Nations|"
                         r"Union|Department|Staff|Force|Forces|Army|News|Party|Assembly|Government|Embassy|"
                         r"Intelligence|Security|Defense|Defence|Foreign|State|Organization|Bank|Court)\b")


def gold_texts() -> list[tuple[str, str, str, set[str]]]:
    """``(id, text, date, speakers)`` of every gold document; ``speakers`` are the gold speakers
    named like a person."""
    documents = []
    for path in sorted(GOLD.glob("*/*.yml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = gold.get("text") or (path.parent / gold["text_file"]).read_text(encoding="utf-8")
        documents.append((gold["id"], text, str(gold.get("date") or ""), _speaker_names(gold)))
    return documents


def _speaker_names(gold: dict) -> set[str]:
    names = set()
    for utterance in gold.get("utterances") or []:
        speakers = utterance.get("speaker") or []
        for speaker in [speakers] if isinstance(speakers, str) else speakers:
            if _PERSON.fullmatch(speaker) and not _NOT_PEOPLE.search(speaker):
                names.add(speaker)
    return names


def registry_names() -> tuple[list[str], list[str]]:
    """The full names of the registry's people and its capitals."""
    registry = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    people = [person["name"] for entry in registry.values() for person in entry.get("people") or []]
    capitals = [capital for entry in registry.values() for capital in entry.get("capitals") or []]
    return people, capitals


def invented_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def rewrite(text: str, names: set[str], capitals: list[str], rng: random.Random) -> str:
    """``text`` with each full name in ``names`` (and its surname alone) replaced by an invented name,
    and each capital by another capital (also in upper case, as in datelines)."""
    replacements: dict[str, str] = {}
    for name in sorted(names, key=len, reverse=True):
        if name in text:
            new = invented_name(rng)
            replacements[name] = new
            surname, new_surname = name.split()[-1], new.split()[-1]
            if len(surname) > 3:
                replacements.setdefault(surname, new_surname)
    for capital in capitals:
        if re.search(rf"\b{re.escape(capital)}\b", text, re.IGNORECASE):
            other = rng.choice(capitals)
            replacements.setdefault(capital, other)
            replacements.setdefault(capital.upper(), other.upper())
    if not replacements:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(old) for old in sorted(replacements, key=len, reverse=True))
                         + r")\b")
    return pattern.sub(lambda match: replacements[match.group()], text)


def distinct_documents(count: int, *, seed: int = 11) -> list[tuple[str, str, str]]:
    """``count`` documents ``(doc_id, text, date)``, no two texts alike, cycling through the gold texts."""
    rng = random.Random(seed)
    people, capitals = registry_names()
    base = gold_texts()
    documents, seen = [], set()
    for number in range(count):
        doc_id, text, date, speakers = base[number % len(base)]
        variant = rewrite(text, set(people) | speakers, capitals, rng)
        while variant in seen:  # a text with no name or capital to vary: add a source of its own
            variant = f"{variant}\n{invented_name(rng)}, an analyst, said the talks would go on."
        seen.add(variant)
        documents.append((f"{doc_id}-{number:05d}", variant, date))
    return documents


def write_corpus(folder: Path, count: int, *, seed: int = 11) -> list[Path]:
    """Write ``count`` distinct documents as ``.md`` files with their date in front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc_id, text, date in distinct_documents(count, seed=seed):
        path = folder / f"{doc_id}.md"
        front = f"---\ndate: '{date}'\n---\n" if date else ""
        path.write_text(front + text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the documents into")
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.documents)
    sys.stdout.write(f"{len(paths)} documents in {args.out}\n")


if __name__ == "__main__":
    main()
