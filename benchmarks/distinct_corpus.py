"""A corpus of distinct documents for benchmarks: the project's own texts, with other people and places.

    .venv/bin/python benchmarks/distinct_corpus.py OUT_FOLDER [--documents 1000] [--seed 11] [--corpus PATH]

Repeating one article hides the costs that grow with what a corpus holds (every new name, every new
sentence). Here each document is a base text, cycled through in order, in which every person the
text names is replaced, consistently within the document, by a person drawn for that document, and
every capital by another capital:

* base texts: the gold texts of ``tests/gold/attribution`` and the articles of ``seeds/`` (written
  or kept for this project), or with ``--corpus`` the texts of a folder of your own (files the
  toolkit reads, and YAML files with a ``text`` field such as gold files);
* people found: the registry's people (``analysis/resources/actors.yml``: full names, and their
  one-word variants as surnames) and, in gold files, the speakers written like a person's name;
* people drawn: one in four a registry person, the others a given name and a surname from
  ``common_names.yml``, a quarter of those surnames invented from syllables, so the number of
  distinct names keeps growing with the corpus;
* places: the registry's capitals, each replaced by another (also in upper case, as in datelines).

No two documents are the same text: a variant that repeats an earlier one gets one more sentence
quoting a new person. Drawn with a fixed seed: the same call gives the same corpus.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import Document, iter_corpus  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "attribution"
SEEDS = ROOT / "seeds"
REGISTRY = ROOT / "analysis" / "resources" / "actors.yml"
COMMON_NAMES = Path(__file__).with_name("common_names.yml")

_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vel", "na", "dor", "ri", "an", "be", "cho", "lin",
              "mar", "os", "pe", "qui", "sun", "ta", "ul", "va", "wen", "yo", "zan", "el", "fa", "gu")
#: A gold speaker written like a person's name: two to four capitalised words (initials, hyphens allowed) ...
_PERSON = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)(?:[ -](?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]\.)){1,3}")
#: ... that holds none of the words of an institution's name.
_NOT_PEOPLE = re.compile(r"\b(?:Ministry|Service|Agency|Office|Council|Committee|Command|House|Kremlin|Nations|"
                         r"Union|Department|Staff|Force|Forces|Army|News|Party|Assembly|Government|Embassy|"
                         r"Intelligence|Security|Defense|Defence|Foreign|State|Organization|Bank|Court|"
                         r"Times|Post|Daily|Journal|Herald|Tribune|Press|Gazette|Television|Radio|Broadcasting|"
                         r"Institute|University|Academy|Center|Centre|Group|Mission|Navy|Guard|Corps|Bureau|"
                         r"Commission|Parliament|Senate|Congress|Cabinet|Administration|Pentagon|"
                         r"North|South|Korea|Russia|China|Japan|Ukraine|United|European)\b")


@dataclass(frozen=True)
class BaseText:
    """A text to vary: its id, text, date (``YYYY-MM-DD`` or ""), and the people it names beyond the registry."""

    doc_id: str
    text: str
    date: str
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """A person as a text names them: the full name and the one-word surname a later mention uses."""

    full: str
    surname: str


# --------------------------------------------------------------------------- base texts


def _date(value) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _gold_people(data: dict) -> tuple[str, ...]:
    names = set()
    for row in data.get("utterances") or []:
        speakers = row.get("speaker") or []
        for speaker in [speakers] if isinstance(speakers, str) else speakers:
            if _PERSON.fullmatch(str(speaker)) and not _NOT_PEOPLE.search(str(speaker)):
                names.add(str(speaker))
    return tuple(sorted(names))


def read_yaml_text(path: Path) -> BaseText | None:
    """A YAML file with a ``text`` (or ``text_file``) field as a base text; ``None`` for any other YAML."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not ({"text", "text_file"} & set(data)):
        return None
    text = data.get("text")
    if text is None:
        text = (path.parent / data["text_file"]).read_text(encoding="utf-8-sig")
    return BaseText(str(data.get("id", path.stem)), text, _date(data.get("date")), _gold_people(data))


def base_texts(paths: list[Path]) -> list[BaseText]:
    """The texts under ``paths`` (folders searched recursively, files sorted), each distinct text once:
    YAML files with a ``text`` field, and every file the toolkit reads."""
    texts, seen = [], set()

    def keep(item: BaseText | None) -> None:
        if item is not None and item.text.strip() and item.text not in seen:
            seen.add(item.text)
            texts.append(item)

    for root in paths:
        files = sorted(path for path in root.rglob("*") if path.is_file()) if root.is_dir() else [root]
        for path in files:
            if path.suffix in (".yml", ".yaml"):
                keep(read_yaml_text(path))
            elif path.stem.upper() not in ("README", "NOTES"):
                for item in iter_corpus(path):
                    if isinstance(item, Document):
                        keep(BaseText(item.doc_id, item.text, _date(item.meta.get("date"))))
    return texts


def project_texts() -> list[BaseText]:
    """The gold texts and the seed articles of this repository."""
    return base_texts([GOLD, SEEDS])


# --------------------------------------------------------------------------- names


def registry_people_and_capitals() -> tuple[list[tuple[str, ...]], list[str]]:
    """Every registry person as ``(name, *variants)``, and every capital."""
    registry = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    people = [(person["name"], *person.get("variants", ()))
              for entry in registry.values() for person in entry.get("people") or []]
    capitals = [capital for entry in registry.values() for capital in entry.get("capitals") or []]
    return people, capitals


class NameDrawer:
    """Draws people: registry people, common given names and surnames, and invented surnames."""

    def __init__(self, rng: random.Random):
        names = yaml.safe_load(COMMON_NAMES.read_text(encoding="utf-8"))
        self.rng, self.given, self.surnames = rng, names["given"], names["surnames"]
        self.registry = [Person(variants[0], variants[0].split()[-1]) for variants in registry_people_and_capitals()[0]]

    def invented_surname(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()

    def person(self) -> Person:
        if self.rng.random() < 0.25:
            return self.rng.choice(self.registry)
        surname = self.invented_surname() if self.rng.random() < 0.25 else self.rng.choice(self.surnames)
        return Person(f"{self.rng.choice(self.given)} {surname}", surname)


# --------------------------------------------------------------------------- rewriting


def _found(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _alternation(words) -> re.Pattern:
    """Whole-word occurrences of any of ``words``, longest first."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
                      + r")(?!\w)")


class RegistryNames:
    """The registry's people and capitals, and one pattern that finds them all in a text."""

    def __init__(self):
        self.people, self.capitals = registry_people_and_capitals()
        self.pattern = _alternation([name for variants in self.people for name in variants]
                                    + [name.split()[-1] for variants in self.people for name in variants]
                                    + self.capitals + [capital.upper() for capital in self.capitals])


def replacements_for(base: BaseText, registry: RegistryNames, drawer: NameDrawer) -> dict[str, str]:
    """What to replace in ``base.text``: each person it names (full names, then one-word surnames)
    by a drawn person, each capital by another."""
    found = set(registry.pattern.findall(base.text))
    replacements: dict[str, str] = {}
    named = [variants for variants in registry.people if found.intersection(variants)]
    named += [(name,) for name in base.people if _found(base.text, name)]
    for variants in named:
        new = drawer.person()
        for variant in variants:
            if " " in variant:
                replacements.setdefault(variant, new.full)
            elif len(variant) >= 3:
                replacements.setdefault(variant, new.surname)
        surname = variants[0].split()[-1]
        if " " in variants[0] and len(surname) >= 3 and (surname in found or _found(base.text, surname)):
            replacements.setdefault(surname, new.surname)
    for capital in registry.capitals:
        if capital in found or capital.upper() in found:
            other = drawer.rng.choice(registry.capitals)
            replacements.setdefault(capital, other)
            replacements.setdefault(capital.upper(), other.upper())
    return replacements


def rewrite(text: str, replacements: dict[str, str]) -> str:
    """``text`` with every whole-word occurrence of a key of ``replacements`` replaced, longest first."""
    if not replacements:
        return text
    return _alternation(replacements).sub(lambda match: replacements[match.group()], text)


def distinct_documents(count: int, *, seed: int = 11, base: list[BaseText] | None = None) -> list[tuple[str, str, str]]:
    """``count`` documents ``(doc_id, text, date)``, no two texts alike, cycling through ``base``
    (default: :func:`project_texts`)."""
    base = base if base is not None else project_texts()
    if not base:
        raise ValueError("no base texts to vary")
    rng = random.Random(seed)
    drawer = NameDrawer(rng)
    registry = RegistryNames()
    documents, seen = [], set()
    for number in range(count):
        item = base[number % len(base)]
        variant = rewrite(item.text, replacements_for(item, registry, drawer))
        while variant in seen:
            variant = f"{variant.rstrip()}\n{drawer.person().full}, an analyst, said the talks would go on.\n"
        seen.add(variant)
        documents.append((f"{item.doc_id}-{number:05d}", variant, item.date))
    return documents


def write_corpus(folder: Path, count: int, *, seed: int = 11, base: list[BaseText] | None = None) -> list[Path]:
    """Write ``count`` distinct documents into ``folder`` as ``.md`` files, their date in front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc_id, text, date in distinct_documents(count, seed=seed, base=base):
        path = folder / f"{doc_id}.md"
        front = f"---\ndate: '{date}'\n---\n" if date else ""
        path.write_text(front + text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the documents into")
    parser.add_argument("--documents", type=int, default=1000, help="how many documents (default 1000)")
    parser.add_argument("--seed", type=int, default=11, help="random seed (default 11)")
    parser.add_argument("--corpus", type=Path, nargs="+", help="vary these texts instead of the project's own")
    args = parser.parse_args()
    base = base_texts(args.corpus) if args.corpus else None
    paths = write_corpus(args.out, args.documents, seed=args.seed, base=base)
    sys.stdout.write(f"{len(paths)} documents in {args.out}\n")


if __name__ == "__main__":
    main()
