"""The actor registry: governments and organisations, and every phrase that can speak for them.

An **actor** is a state (ISO 3166-1 alpha-3 code: ``USA``, ``PRK``) or an international
organisation (``NATO``, ``EU``, ``UN``). ``resources/actors.yml`` lists, for each, its names,
demonyms, capitals, institutions and the office holders of 2024-2025 with dated roles;
``resources/actor_titles.yml`` lists titles ("foreign ministry spokesperson"), modifiers
("former", "deputy"), honorifics and the words of speakers who represent no government.

Text is read in *atoms* (a known name, a place, an institution, a title, a modifier, an
honorific with a surname, a non-government word), found by three precompiled regular
expressions, and atoms that stand next to each other ("Russia" "'s" "deputy" "defence minister";
"Kremlin" "spokesperson" "Dmitry Peskov") are joined into one *mention*, which resolves to a
:class:`SpeakerInfo`. Offsets are into the text given, so ``text[start:end]`` is the mention.

    >>> registry = load_registry()
    >>> registry.resolve("Kremlin spokesperson Dmitry Peskov").actor
    'RUS'
    >>> registry.resolve("Antony Blinken", date="2025-06-01").actor   # former official
    ''

A user's YAML file (same schema) extends or overrides the shipped registry:
``load_registry(extra="my_actors.yml")``.

Modelling decisions (each is data a user can override):

* A person speaks for an actor only while one of their dated roles holds on the document's date
  ("from" inclusive, "until" exclusive); "former", "ex-" and "-elect" always mean actor "".
  Without a date, a person's most recent role counts.
* News agencies, TASS and Xinhua included, report rather than speak for a government (actor "",
  role "media"); North Korea's KCNA, Rodong Sinmun and KCTV carry the DPRK's official statements
  and are PRK institutions with role "media".
* Lawmakers, analysts, journalists, individual soldiers and residents speak for no government
  ("nongov:*" methods); "troops"/"forces"/"the military" of a nation are its armed forces.
* A country's name right before a topic noun ("the Ukraine war", "the Korea issue") names a topic,
  not an actor (``topic_heads`` in actor_titles.yml); "Rep."/"Sen." before a name mark a lawmaker.
* "Brussels" is not a speaker (more often a meeting place); an ambassador's organisation ("the UN
  ambassador") is the host, not the sender.
* A nationality or owner the registry lacks, possessive or adjective ("Vietnam's foreign ministry
  spokeswoman", "Acme Corp's spokesman", "the Freedonian foreign minister"), gives actor "" with
  method "title:unregistered", so it is never mistaken for a known government.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

import regex
import yaml

from . import safe_yaml, shipped

ACTOR_KINDS = ("state", "organisation")
SPEAKER_KINDS = ("person", "official", "institution", "state", "other")
GENDERS = ("m", "f", "")

ACTOR_KEYS = ("name", "kind", "color", "names", "demonyms", "capitals", "institutions", "people")
PERSON_KEYS = ("name", "variants", "gender", "roles")
ROLE_KEYS = ("role", "title", "from", "until")
INSTITUTION_KEYS = ("name", "variants", "role")

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DEFAULT_COLOR = "#BBBBBB"  # Paul Tol's grey, for actors a user adds without a colour
MAX_PHRASE_CHARACTERS = 200  # a name or title (the longest shipped one has 63)


# Letters of names in any script, for every name pattern here and in attribution (never [A-Z]/[a-z]), in the
# notation of the ``regex`` module (Unicode properties, nothing scanned at import): UPPER can start a name word
# ("Çavuşoğlu", "Ólafsdóttir", "Иван", and uncased scripts: "김정은"), LOWER continues one (lower case, uncased
# letters, modifier letters and combining marks: "Nguyễn" in NFD too).
UPPER = r"[\p{Uppercase}\p{Lt}\p{Lo}]"
LOWER = r"[\p{Lowercase}\p{Lo}\p{Lm}\p{Mn}\p{Mc}]"


def unicode_names(pattern: str) -> str:
    r"""``pattern`` with ``\p{Lu}`` -> UPPER, ``\p{Ll}`` -> LOWER and ``\p{L}`` -> any letter."""
    return pattern.replace(r"\p{Lu}", UPPER).replace(r"\p{Ll}", LOWER).replace(r"\p{L}", r"[^\W\d_]")


@lru_cache(maxsize=256)
def name_re(pattern: str, flags: int = 0) -> regex.Pattern:
    """A name pattern (``\\p{Lu}``/``\\p{Ll}`` as :func:`unicode_names` reads them) compiled with ``regex``;
    compiling costs microseconds, and the cache is bounded, so per-name patterns cost neither time nor memory."""
    return regex.compile(unicode_names(pattern), flags)


_NAME_START = name_re(r"\p{Lu}")


class RegistryError(ValueError):
    """A problem in an actor registry file; the message names the file, the entry and the problem."""


@dataclass(frozen=True)
class Actor:
    """A government or international organisation."""

    code: str
    name: str
    kind: str
    color: str


@dataclass(frozen=True)
class SpeakerInfo:
    """Who a speaker phrase refers to, and which rule decided it (``method``)."""

    speaker: str
    actor: str
    kind: str
    role: str
    gender: str
    method: str


@dataclass(frozen=True)
class Role:
    role: str
    title: str = ""
    start: str | None = None   # ISO date, inclusive
    until: str | None = None   # ISO date, exclusive

    def active(self, date: str | None) -> bool:
        if date is None:
            return True
        return (self.start is None or self.start <= date) and (self.until is None or date < self.until)


@dataclass(frozen=True)
class Person:
    name: str
    actor: str
    gender: str
    variants: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_at(self, date: str | None) -> Role | None:
        """The role held on ``date`` (the latest-starting one if several), or None if out of office."""
        if not self.roles:
            return Role("")
        active = [role for role in self.roles if role.active(date)]
        if not active:
            return None
        if date is None:  # no date: the most recent office
            return max(active, key=lambda r: (r.start or "", r.until or "9999"))
        return max(active, key=lambda r: r.start or "")


@dataclass(frozen=True)
class Institution:
    name: str
    actor: str
    role: str


@dataclass(frozen=True)
class _Atom:
    """A piece of a mention: ``type`` is person, place, institution, title, modifier, nongov or named."""

    start: int
    end: int
    type: str
    value: object = None


@dataclass(frozen=True)
class _Title:
    role: str
    kind: str       # "official" | "institution"
    gender: str = ""
    head: bool = False


# --------------------------------------------------------------------------- small pure helpers


_SPACES = re.compile(r"\s+")


def normalise_phrase(text: str) -> str:
    """Straight apostrophes and quotes, single spaces, no surrounding space."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return _SPACES.sub(" ", text).strip()


def parse_date(value: object, *, where: str = "date") -> str | None:
    """An ISO date string ``YYYY-MM-DD`` from a date, datetime or ISO string (time part ignored)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        text = value.strip()[:10]
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            pass
        else:
            return text
    raise ValueError(f"{where} {value!r} is not an ISO date (YYYY-MM-DD)")


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, built as a character trie.

    A space matches any run of white space and an apostrophe matches a straight or curly one.
    Python's ``re`` tries alternatives in order, so a trie is far faster than ``a|b|c`` over
    hundreds of names.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def char_pattern(char: str) -> str:
        if char == " ":
            return r"\s+"
        if char == "'":
            return "['\u2019]"
        return re.escape(char)

    def emit(node: dict) -> str:
        branches = [char_pattern(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie) if trie else "(?!)"


def _key(text: str) -> str:
    return normalise_phrase(text)


def _ikey(text: str) -> str:
    return normalise_phrase(text).lower()


# --------------------------------------------------------------------------- reading and validating


class _ShippedLoader(shipped.SafeLoader):
    """The shipped registry's loader (libyaml's when available), keeping dates as text as users' files are read
    (:mod:`analysis.safe_yaml`), so both go through the same checks."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


@lru_cache(maxsize=1)
def _titles() -> Mapping:
    """The parsed ``actor_titles.yml`` (read once; callers never mutate it)."""
    return shipped.resource_yaml("actor_titles.yml")


def known_roles() -> tuple[str, ...]:
    """Every role keyword (see ``resources/actor_titles.yml``), plus "" for none."""
    return tuple(_titles()["roles"]) + ("",)


@lru_cache(maxsize=1)
def _shipped_raw() -> Mapping:
    label = "analysis/resources/actors.yml"
    data = yaml.load(shipped.resource_text("actors.yml"), Loader=_ShippedLoader)  # noqa: S506 - a safe loader
    validate_entries(data, label=label, new_actor_required=True)
    return data


def _read_extra(extra: str | Path | Mapping) -> tuple[str, dict]:
    if isinstance(extra, Mapping):
        return "<dict>", copy.deepcopy(dict(extra))
    path = Path(extra)
    try:
        data = safe_yaml.load(safe_yaml.read_text(path))
    except ValueError as exc:
        raise RegistryError(str(exc)) from None
    except yaml.YAMLError as exc:
        refused = "refused" if isinstance(exc, safe_yaml.RefusedYAML) else "malformed"
        raise RegistryError(f"{path}: {refused} YAML ({safe_yaml.problem(exc)})") from None
    return str(path), data if data is not None else {}


def _check_keys(entry: object, valid: tuple[str, ...], where: str) -> dict:
    if not isinstance(entry, Mapping):
        raise RegistryError(f"{where}: must be a mapping of keys to values (valid keys: {', '.join(valid)})")
    unknown = [key for key in entry if key not in valid]
    if unknown:
        raise RegistryError(f"{where}: unknown key {unknown[0]!r}; valid keys: {', '.join(valid)}")
    return dict(entry)


def _check_strings(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: must be a list of non-empty strings, e.g. [Washington]")
    for phrase in value:
        _check_length(phrase, where)
    return value


def _check_name(entry: Mapping, where: str, what: str) -> None:
    """``entry['name']`` is a non-empty string of at most :data:`MAX_PHRASE_CHARACTERS`."""
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise RegistryError(f"{where}: {what}")
    _check_length(entry["name"], f"{where}: name")


def _check_length(phrase: str, where: str) -> None:
    """Names become one regular expression; Python cannot compile one nested as deep as a very long name."""
    if len(phrase) > MAX_PHRASE_CHARACTERS:
        raise RegistryError(f"{where}: {phrase[:40]!r}\u2026 is {len(phrase):,} characters long; a name or phrase "
                            f"may have at most {MAX_PHRASE_CHARACTERS}")


def _check_role(value: object, where: str) -> None:
    if value not in known_roles():
        raise RegistryError(f"{where}: unknown role {value!r}; valid roles: {', '.join(r for r in known_roles() if r)}")


def _validate_person(person: object, where: str) -> None:
    person = _check_keys(person, PERSON_KEYS, where)
    _check_name(person, where, "a person needs a 'name'")
    where = f"{where} ({person['name']})"
    _check_strings(person.get("variants"), f"{where}: variants")
    if person.get("gender", "") not in GENDERS:
        raise RegistryError(f"{where}: gender {person['gender']!r} must be 'm', 'f' or ''")
    roles = person.get("roles") or []
    if not isinstance(roles, list):
        raise RegistryError(f"{where}: roles must be a list of {{role, title, from, until}} mappings")
    for number, role in enumerate(roles, start=1):
        here = f"{where}: roles[{number}]"
        role = _check_keys(role, ROLE_KEYS, here)
        _check_role(role.get("role", ""), here)
        try:
            start = parse_date(role.get("from"), where="'from'")
            until = parse_date(role.get("until"), where="'until'")
        except ValueError as exc:
            raise RegistryError(f"{here}: bad date: {exc}") from None
        if start and until and start >= until:
            raise RegistryError(f"{here}: bad dates: 'from' {start} is not before 'until' {until}")


def validate_entries(data: object, *, label: str, new_actor_required: bool, known: Iterable[str] = ()) -> None:
    """Check a registry mapping (actor code -> entry); raise :class:`RegistryError` on the first problem.

    ``known`` are codes already defined, whose entries may omit ``name``, ``kind`` and ``color``.
    """
    if not isinstance(data, Mapping):
        raise RegistryError(f"{label}: must be a mapping of actor codes (USA, NATO, ...) to entries")
    known = set(known)
    for code, entry in data.items():
        where = f"{label}: actor {code}"
        if not isinstance(code, str) or not _CODE.match(code):
            raise RegistryError(f"{where}: the code must be an ISO 3166-1 alpha-3 code or an upper-case "
                                f"organisation acronym (USA, NATO, G7)")
        entry = _check_keys(entry, ACTOR_KEYS, where)
        if code not in known or new_actor_required:
            _check_name(entry, where, "missing 'name' (the display name, e.g. 'United States')")
        elif isinstance(entry.get("name"), str):
            _check_length(entry["name"], f"{where}: name")
        if "kind" in entry and entry["kind"] not in ACTOR_KINDS:
            raise RegistryError(f"{where}: kind {entry['kind']!r} must be one of: {', '.join(ACTOR_KINDS)}")
        if "color" in entry and not (isinstance(entry["color"], str) and _COLOR.match(entry["color"])):
            raise RegistryError(f"{where}: bad colour {entry['color']!r}; write it as '#RRGGBB' (quoted in YAML)")
        for key in ("names", "demonyms", "capitals"):
            _check_strings(entry.get(key), f"{where}: {key}")
        for number, inst in enumerate(entry.get("institutions") or [], start=1):
            here = f"{where}: institutions[{number}]"
            inst = _check_keys(inst, INSTITUTION_KEYS, here)
            _check_name(inst, here, "an institution needs a 'name'")
            _check_strings(inst.get("variants"), f"{here}: variants")
            _check_role(inst.get("role", ""), here)
        people = entry.get("people") or []
        if not isinstance(people, list):
            raise RegistryError(f"{where}: people must be a list of persons")
        for number, person in enumerate(people, start=1):
            _validate_person(person, f"{where}: people[{number}]")


def merge_entries(base: Mapping, extra: Mapping) -> dict:
    """A new registry mapping: ``extra`` merged into ``base`` (neither is changed).

    Scalars of an existing actor are overridden; name lists are extended; a person or an
    institution with the same ``name`` replaces the shipped one; new codes are added.
    """
    merged = copy.deepcopy(dict(base))
    for code, entry in extra.items():
        entry = copy.deepcopy(dict(entry))
        if code not in merged:
            merged[code] = entry
            continue
        target = merged[code]
        for key, value in entry.items():
            if key in ("names", "demonyms", "capitals"):
                target[key] = list(target.get(key) or []) + [v for v in value or [] if v not in (target.get(key) or [])]
            elif key in ("people", "institutions"):
                replaced = {item["name"] for item in value or []}
                target[key] = [item for item in target.get(key) or [] if item["name"] not in replaced] + list(value or [])
            else:
                target[key] = value
    return merged


# --------------------------------------------------------------------------- the registry


@dataclass(frozen=True)
class _Chain:
    """Neighbouring atoms read as one mention."""

    atoms: tuple[_Atom, ...]
    connectors: tuple[str, ...]   # how atoms[i] joins atoms[i-1]: "" (first), "plain", "poss", "of", "to", "in"
    unregistered: int | None = None   # start of a possessor the registry does not know ("Vietnam's")

    @property
    def start(self) -> int:
        return self.atoms[0].start if self.unregistered is None else self.unregistered

    @property
    def end(self) -> int:
        return self.atoms[-1].end


_GAP_PLAIN = re.compile(r"\s+|-")
_GAP_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
_GAP_OF = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?", re.IGNORECASE)
_GAP_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
_GAP_IN = re.compile(r"\s+in\s+")
#: A capitalised word of a name: "Tom", "Jean-Pierre", "O'Neill", "McKenzie" (for :func:`name_re`).
NAME_WORD = r"(?:\p{Lu}(?:\p{Ll}+|'\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:[-']\p{L}+)*)"
#: After a name's first word: another capitalised word, an initial, or one after a particle ("Faisal bin
#: Farhan", "Ursula von der Leyen", "Ahmed al-Sharaa", "Maria de la Cruz").
NAME_NEXT = (rf"(?:\s+(?:(?:de|da|di|del|della|dos|das|du|van|von|der|den|ter|la|le|bin|ibn|bint|abu)\s+){{0,2}}"
             rf"(?:{NAME_WORD}|\p{{Lu}}\.|(?:al|el|ad|as|ash|at|an|ar|az)-\p{{Lu}}\p{{Ll}}+(?:[-']\p{{L}}+)*))")
_UNKNOWN_NAME = name_re(rf"\s+((?:{NAME_WORD}\.?|\p{{Lu}}\.){NAME_NEXT}{{0,3}})")
_LEADING = re.compile(
    r"^(?:(?:a|an|the|its|his|her|their|our|one|two|three|four|five|several|some|many|other|another|"
    r"both|all|most|few|\d+)\s+)+", re.IGNORECASE)
_POSSESSOR = name_re(r"(?:^|(?<=[\s(\"]))(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}['\u2019]s|"
                     r"\p{Lu}\p{Ll}+(?:ese|an|ish|ani|i))\s+$")   # "Freedonia's", "Freedonian", "Dominican"
# non-government words that may stand before a person's name ("analyst", "lawmaker", "defector")
_NAMED_NONGOV = frozenset({"legislator", "analyst", "individual"})
_TOPIC_JOIN = re.compile(r"\s*[-/]\s*|\s+and\s+")
_QUALIFIER = name_re(r"(?:\p{Lu}[\w'-]*\s+){1,3}")
_TRAILING = name_re(r"(?:(?<!\p{Lu})\.|[\s;:,!?\"'])+$")
_PRONOUNS = frozenset("he she they it we i you him her them us one".split())
#: Words that never open or end a personal name: weekdays, months, function words, speech verbs.
NOT_NAME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December On In At The A An And But Or As After Before While When "
    "Said Says Told Warned Added Also This That These Those It He She They We".split())


#: How many texts' mention chains a registry keeps (then it starts afresh): a few documents' phrases.
CHAIN_CACHE_SIZE = 4096


class Registry:
    """Actors, the people and institutions that speak for them, and precompiled matchers.

    Built by :func:`load_registry`; treat it as read-only (``actors`` is a read-only mapping).
    """

    def __init__(self, entries: Mapping, *, label: str = "analysis/resources/actors.yml"):
        titles = _titles()
        actors: dict[str, Actor] = {}
        self._case: dict[str, tuple[str, object]] = {}      # exact-case literal -> (type, value)
        self._nocase: dict[str, tuple[str, object]] = {}    # lower-case literal -> (type, value)
        self._persons: dict[str, list[Person]] = {}          # canonical name -> one Person per actor
        self._variants: dict[str, str] = {}                  # variant (lower) -> canonical name
        self._institutions: list[Institution] = []
        self._guarded: set[str] = set()                      # "the North": not before a capital
        self._chain_cache: dict[str, tuple[_Chain, ...]] = {}  # text -> its mention chains (bounded)
        for code, entry in entries.items():
            actors[code] = Actor(code, entry.get("name", code), entry.get("kind", "state"),
                                 entry.get("color", _DEFAULT_COLOR))
        self.actors: Mapping[str, Actor] = MappingProxyType(actors)

        # Lowest precedence first; a later add() of the same literal wins.
        for role, phrases in titles["officials"].items():
            for phrase in phrases:
                self._add(phrase, "title", _Title(role, "official"), case=False)
        for role, phrases in titles["institutions"].items():
            for phrase in phrases:
                self._add(phrase, "title", _Title(role, "institution"), case=False)
        gendered = {p: g for g, phrases in titles["gender"].items() for p in phrases}
        heads = set(titles["heads"])
        for key, (kind, value) in list(self._nocase.items()):
            if kind == "title":
                self._nocase[key] = (kind, _Title(value.role, value.kind, gendered.get(key, ""), key in heads))
        for kind, phrases in titles["modifiers"].items():
            for phrase in phrases:
                self._add(phrase, "modifier", kind, case=False)
        for category, phrases in titles["nongov"].items():
            for phrase in phrases:
                self._add(phrase, "nongov", category, case=False)
        for category, phrases in titles["nongov_names"].items():
            for phrase in phrases:
                self._add(phrase, "nongov", category, case=True)
        self._head_roles = dict(titles["head_roles"])

        for code, entry in entries.items():
            for name in entry.get("names") or []:
                self._add(name, "place", (code, "name", actors[code].kind), case=True)
            for name in entry.get("demonyms") or []:
                self._add(name, "place", (code, "demonym", actors[code].kind), case=True)
            for name in entry.get("capitals") or []:
                self._add(name, "place", (code, "capital", actors[code].kind), case=True)
            for inst in entry.get("institutions") or []:
                institution = Institution(inst["name"], code, inst.get("role", ""))
                self._institutions.append(institution)
                for name in [inst["name"], *(inst.get("variants") or [])]:
                    self._add(name, "institution", institution, case=True)
        for phrase in titles.get("not_actors") or []:
            self._add(phrase, "skip", None, case=True)
        # nongov names that contain a capital must beat the capital: re-add them after places
        for category, phrases in titles["nongov_names"].items():
            for phrase in phrases:
                if _key(phrase) not in self._case or self._case[_key(phrase)][0] != "institution":
                    self._add(phrase, "nongov", category, case=True)
        self._add_people(entries, label)

        # "the North"/"the South" never before a capitalised word ("the South China Sea"); kept
        # apart so that, when they do not match, "North Korean" inside them still can.
        plain = [key for key in self._case if key not in self._guarded]
        self._case_re = re.compile(r"(?<![\w.])(?:" + trie_pattern(plain) + r")(?:(?<=[.-])|(?![\w]))")
        self._guarded_re = regex.compile(r"(?<![\w.])(?:" + trie_pattern(self._guarded) + unicode_names(r")(?![\w])(?!\s+\p{Lu})"))
        self._nocase_re = re.compile(r"(?<![\w])(?i:" + trie_pattern(self._nocase) + r")(?:(?<=-)|(?![\w]))")
        self._topic_re = re.compile(r"\s+(?i:" + trie_pattern(titles.get("topic_heads") or []) + r")(?![\w-])")
        honorifics = titles["honorifics"]
        self._honorifics = {h["phrase"]: h for h in honorifics}
        self._hon_re = regex.compile(
            r"(?<![\w.])(" + trie_pattern(self._honorifics) +
            unicode_names(r")\s+(\p{Lu}\p{Ll}+(?:[-']\p{L}+)*(?:\s+\p{Lu}\p{Ll}+(?:[-']\p{L}+)*){0,2})(?![\w])"))

    # -- building

    def _add(self, phrase: str, kind: str, value: object, *, case: bool) -> None:
        if case:
            key = _key(phrase)
            if key.startswith("the "):
                self._guarded.add(key)
            self._case[key] = (kind, value)
        else:
            self._nocase[_ikey(phrase)] = (kind, value)

    def _add_people(self, entries: Mapping, label: str) -> None:
        owners: dict[str, tuple[str, str]] = {}   # variant -> (canonical name, actor) that claimed it
        for code, entry in entries.items():
            for number, raw in enumerate(entry.get("people") or [], start=1):
                where = f"{label}: actor {code}: people[{number}] ({raw['name']})"
                roles = tuple(Role(r.get("role", ""), r.get("title", ""), parse_date(r.get("from")),
                                   parse_date(r.get("until"))) for r in raw.get("roles") or [])
                name = normalise_phrase(raw["name"])
                variants = tuple(dict.fromkeys(normalise_phrase(v) for v in [raw["name"], *(raw.get("variants") or [])]))
                person = Person(name, code, raw.get("gender", ""), variants, roles)
                for other in self._persons.get(name, []):
                    clash = _overlap(person, other)
                    if clash:
                        raise RegistryError(f"{where}: listed under {other.actor} and {code} at the same time "
                                            f"({clash}); give the roles 'from'/'until' dates that do not overlap")
                self._persons.setdefault(name, []).append(person)
                for variant in variants:
                    owner, owner_actor = owners.get(variant.lower(), (name, code))
                    if owner != name:
                        raise RegistryError(f"{label}: the name variant {variant!r} is used by both {owner} "
                                            f"({owner_actor}) and {name} ({code}); an ambiguous name cannot "
                                            f"identify a speaker, so list only longer forms")
                    owners[variant.lower()] = (name, code)
                    self._variants[variant.lower()] = name
                    self._add(variant, "person", name, case=True)

    # -- public API

    def palette(self) -> dict[str, str]:
        """Actor code -> colour, for plots."""
        return {code: actor.color for code, actor in self.actors.items()}

    @property
    def people(self) -> tuple[Person, ...]:
        return tuple(p for persons in self._persons.values() for p in persons)

    @property
    def institutions(self) -> tuple[Institution, ...]:
        return tuple(self._institutions)

    def person(self, name: str, *, date: str | None = None) -> SpeakerInfo | None:
        """A registered person by any name variant, or by a surname that only one person has."""
        date = parse_date(date)
        key = normalise_phrase(name).lower()
        canonical = self._variants.get(key)
        if canonical is None:
            matches = {c for c in self._persons if c.lower().split()[-1] == key}
            if len(matches) != 1:
                return None
            canonical = matches.pop()
        return self._person_info(canonical, date, former=False)

    def find_mentions(self, text: str, *, date: str | None = None) -> list[tuple[int, int, SpeakerInfo]]:
        """Every actor-referring mention in ``text``: ``(start, end, info)``, in order, non-overlapping.

        Includes speakers who represent no government ("analysts", "Yonhap"), with actor "".
        """
        date = parse_date(date)
        result = []
        for chain in self._mention_chains(text):
            info = self._resolve_chain(text, chain, date)
            if info is not None:
                result.append((chain.start, chain.end, info))
        return result

    def resolve(self, phrase: str, *, date: str | None = None) -> SpeakerInfo | None:
        """What a speaker phrase refers to, or None if it cannot be a speaker ("the battle", "Kursk")."""
        date = parse_date(date)
        text = _TRAILING.sub("", normalise_phrase(phrase))
        if text.lower() in _PRONOUNS or not text:
            return None
        infos = []
        for part in re.split(r"\s*[,(]\s*|\s*\)\s*", text):
            info = self._resolve_part(part, date) if part else None
            if info is not None:
                infos.append(info)
            elif not infos:
                return None
        return _merge_appositions(infos) if infos else None

    def _resolve_part(self, part: str, date: str | None) -> SpeakerInfo | None:
        """One comma-separated part of a phrase: the mention that starts it (after any article)."""
        if part.startswith("The "):
            # "The North's state media" opening a sentence is "the North" with more after it (a bare
            # "The North" stays unread, as in find_mentions)
            candidate = "t" + part[1:]
            chains = self._mention_chains(candidate)
            if chains and chains[0].start == 0 and len(chains[0].atoms) > 1:   # the atom holds "the"
                return self._resolve_chain(candidate, chains[0], date)
        bare = _LEADING.sub("", part)  # without a leading article or quantifier
        for candidate in (part, bare):
            chains = self._mention_chains(candidate)
            if chains and chains[0].start == 0:
                return self._resolve_chain(candidate, chains[0], date)
        # "Commission President von der Leyen": capitalised words the registry lacks, then a title
        # and a registered person, who alone decides the actor (read in the bare phrase)
        first = chains[0] if chains else None
        if first is not None and first.end == len(bare) and _QUALIFIER.fullmatch(bare[:first.start]) \
                and first.atoms[-1].type == "person" and len(first.atoms) > 1:
            return self._resolve_chain(bare, first, date)
        return None

    # -- matching

    def _mention_chains(self, text: str) -> tuple[_Chain, ...]:
        """The mentions of ``text`` as chains of atoms. The phrases of a document are read again and
        again, so the last :data:`CHAIN_CACHE_SIZE` texts' chains are kept (the registry never changes)."""
        chains = self._chain_cache.get(text)
        if chains is None:
            if len(self._chain_cache) >= CHAIN_CACHE_SIZE:
                self._chain_cache.clear()
            chains = self._chain_cache[text] = tuple(self._chains(text, self._atoms(text)))
        return chains

    def _atoms(self, text: str) -> list[_Atom]:
        found: list[_Atom] = []
        for pattern in (self._case_re, self._guarded_re):
            for match in pattern.finditer(text):
                phrase = match.group()  # usually written as registered; else normalised
                kind, value = self._case.get(phrase) or self._case[_key(phrase)]
                found.append(_Atom(match.start(), match.end(), kind, value))
        for match in self._nocase_re.finditer(text):
            phrase = match.group().lower()
            kind, value = self._nocase.get(phrase) or self._nocase[_ikey(phrase)]
            found.append(_Atom(match.start(), match.end(), kind, value))
        for match in self._hon_re.finditer(text):
            found.append(_Atom(match.start(), match.end(), "named",
                               (self._honorifics[_key(match.group(1))], normalise_phrase(match.group(2)))))
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        atoms: list[_Atom] = []
        end = 0
        for atom in found:
            if atom.start < end:
                continue
            end = atom.end
            if atom.type != "skip":
                atoms.append(atom)
        return self._without_topics(text, atoms)

    def _without_topics(self, text: str, atoms: list[_Atom]) -> list[_Atom]:
        """Drop places used as a modifier of a topic noun: "the Ukraine war", "the Russia-Ukraine conflict".

        A place right before a topic head (``topic_heads`` in actor_titles.yml) names what is talked
        about, not who talks; so do places joined to it by a hyphen, "and" or "/" ("the U.S.-China
        dispute"). A head that begins a registered title or institution ("Border Guard") is kept.
        """
        starts = {atom.start for atom in atoms}
        drop: set[int] = set()
        for index in range(len(atoms) - 1, -1, -1):
            atom = atoms[index]
            if atom.type != "place":
                continue
            head = self._topic_re.match(text, atom.end)
            topical = head is not None and head.end() - len(head.group().lstrip()) not in starts
            following = atoms[index + 1] if index + 1 < len(atoms) else None
            if not topical and following is not None and following.start in drop:
                topical = _TOPIC_JOIN.fullmatch(text[atom.end:following.start]) is not None
            if topical:
                drop.add(atom.start)
        return [atom for atom in atoms if atom.start not in drop] if drop else atoms

    def _chains(self, text: str, atoms: list[_Atom]) -> list[_Chain]:
        chains: list[_Chain] = []
        index = 0
        while index < len(atoms):
            members, connectors = [atoms[index]], [""]
            index += 1
            while index < len(atoms):
                connector = _connector(text[members[-1].end:atoms[index].start])
                if connector is None or not _joins(members, connectors, atoms[index], connector):
                    break
                members.append(atoms[index])
                connectors.append(connector)
                index += 1
            chain = self._with_unknown_name(text, _Chain(tuple(members), tuple(connectors)))
            chain = _with_unknown_possessor(text, chain, chains[-1].end if chains else 0)
            # an unknown name may have swallowed following atoms ("President Hakan Fidan")
            while index < len(atoms) and atoms[index].start < chain.end:
                index += 1
            chains.append(chain)
        return chains

    def _with_unknown_name(self, text: str, chain: _Chain) -> _Chain:
        """"Turkish Foreign Minister Hakan Fidan", "lawmaker Jane Roe": a title or a non-government word
        followed by capitalised words not in the registry."""
        last = chain.atoms[-1]
        if not (last.type == "title" and last.value.kind == "official" or
                last.type == "nongov" and last.value in _NAMED_NONGOV):
            return chain
        match = _UNKNOWN_NAME.match(text, last.end)
        if not match:
            return chain
        name = match.group(1)
        # stop before a word the registry knows (a place or title): "President Putin" is handled as a person;
        # no name starts with a weekday, month or function word ("spokesman On Monday")
        if _key(name) in self._case or name.split()[0] in NOT_NAME_WORDS:
            return chain
        cut = len(name)
        for found in self._case_re.finditer(name):
            if self._case[_key(found.group())][0] == "person" and found.start() > 0:
                continue  # "spokesman Tom Harris": a registered surname inside a name the registry lacks
            cut = min(cut, found.start())
            break
        name = name[:cut].rstrip()
        while len(name.split()) > 1 and name.split()[-1] in NOT_NAME_WORDS:  # "spokesman Tom Harris On Monday"
            name = re.sub(r"\s+\S+$", "", name)
        if not name or not _NAME_START.match(name) or len(name) < 2:
            return chain
        end = match.start(1) + len(name)
        return _Chain(chain.atoms + (_Atom(match.start(1), end, "named", ({}, normalise_phrase(name))),),
                      chain.connectors + ("plain",), chain.unregistered)

    # -- resolving

    def _person_info(self, canonical: str, date: str | None, *, former: bool) -> SpeakerInfo:
        candidates = self._persons[canonical]
        chosen, role = None, None
        for person in candidates:
            held = person.role_at(date)
            if held is not None and (role is None or (held.start or "") > (role.start or "")):
                chosen, role = person, held
        base = chosen or candidates[0]
        if former or chosen is None:
            return SpeakerInfo(canonical, "", "person", "", base.gender, "registry:person-former")
        return SpeakerInfo(canonical, chosen.actor, "person", role.role, chosen.gender, "registry:person")

    def _resolve_chain(self, text: str, chain: _Chain, date: str | None) -> SpeakerInfo | None:
        """Decide who a joined mention is, from what :func:`_read_chain` found in it."""
        read = _read_chain(chain)
        phrase = normalise_phrase(text[chain.start:chain.end])
        actor, source = self._pick_actor(read)
        method = {"place": "title:nationality", "institution": "title:institution"}.get(
            source, "title:unregistered" if chain.unregistered is not None else "title:generic")
        if read.person:
            info = self._person_info(read.person, date, former=read.former)
            if chain.atoms[-1].type != "person" and read.head is not None:
                # "Putin's spokesman", "the Biden administration": the person only says whose
                return self._official(phrase, info.actor or self._persons[read.person][-1].actor, read, "title:person")
            if not info.role and read.head is not None and info.actor:
                info = SpeakerInfo(info.speaker, info.actor, info.kind, read.head.role, info.gender, info.method)
            return info
        if read.nongov in _NAMED_NONGOV and read.named is not None and chain.atoms[-1].type == "named" \
                and chain.atoms[-2].type == "nongov":   # "Ukrainian lawmaker Jane Roe", "analyst John Doe"
            return SpeakerInfo(read.named[1], "", "person", "", read.gender, f"nongov:{read.nongov}")
        state_outlet = isinstance(read.institution, Institution) and read.institution.role == "media" \
            and read.nongov == "media"   # "the KCNA news agency": a state mouthpiece, not the press
        if read.nongov and read.nongov != "out_of_office" and not state_outlet and \
                (read.head is None or chain.atoms[-1].type == "nongov"):
            return SpeakerInfo(phrase, "", "other", "media" if read.nongov == "media" else "", read.gender,
                               f"nongov:{read.nongov}")
        if read.named is not None:
            return self._named(read, actor, method, date)
        if isinstance(read.institution, Institution) and (read.head is None or read.head.kind == "institution"):
            # "South Korea's National Intelligence Service", "the state news agency KCNA"
            if read.former:
                return None
            return SpeakerInfo(read.institution.name, actor or read.institution.actor, "institution",
                               read.institution.role, "", "registry:institution")
        if read.head is not None:
            return self._official(phrase, actor, read, method)
        if actor and not read.former:
            kind = "state" if self.actors[actor].kind == "state" else "institution"
            return SpeakerInfo(self.actors[actor].name, actor, kind, "", "", "registry:place")
        return None

    def _pick_actor(self, read: "_Reading") -> tuple[str, str]:
        """The first actor named in the mention; an ambassador's is the first *state* ("the UN ambassador")."""
        for code, source in read.actors:
            if read.head is not None and read.head.role == "ambassador" and self.actors[code].kind != "state":
                continue
            return code, source
        return "", ""

    def _named(self, read: "_Reading", actor: str, method: str, date: str | None) -> SpeakerInfo:
        """An honorific or a title with a name the registry may not know: "Ms. Tanaka", "Foreign Minister X"."""
        honorific, name = read.named
        known = self._variants.get(name.lower())
        if known:
            return self._person_info(known, date, former=read.former)
        gender = read.gender or honorific.get("gender", "")
        if honorific.get("nongov"):   # "Sen. Jane Roe": a lawmaker speaks for no government
            return SpeakerInfo(name, "", "person", "", gender, f"nongov:{honorific['nongov']}")
        role = self._role(read) if read.head is not None else honorific.get("role", "")
        if read.former:
            return SpeakerInfo(name, "", "person", "", gender, "nongov:former")
        return SpeakerInfo(name, actor, "person", role, gender, method)

    def _role(self, read: "_Reading") -> str:
        role = read.head.role
        if read.head.head and read.institution is not None:   # "the NIS chief", "head of military intelligence"
            role = self._head_roles.get(read.institution.role, role)
        if read.deputy and role not in ("spokesperson", "ambassador", "military", "official", "intelligence"):
            role = "minister" if role.endswith("minister") else "official"
        return role

    def _official(self, phrase: str, actor: str, read: "_Reading", method: str) -> SpeakerInfo:
        if read.former:
            return SpeakerInfo(phrase, "", "official", "", read.gender, "nongov:former")
        if read.head.kind == "institution":
            return SpeakerInfo(phrase, actor, "institution", read.head.role, "", method)
        return SpeakerInfo(phrase, actor, "official", self._role(read), read.gender, method)


# --------------------------------------------------------------------------- chain rules


@dataclass(frozen=True)
class _Reading:
    """What the atoms of one mention say, before deciding who it is."""

    actors: tuple[tuple[str, str], ...]   # (code, "place" | "institution"), in order, hosts left out
    institution: Institution | _Title | None
    head: _Title | None                    # the title that names the speaker's office
    person: str                            # canonical name of a registered person
    named: tuple[Mapping, str] | None      # (honorific, name) of a person the registry may not know
    nongov: str
    gender: str
    former: bool
    deputy: bool


def _read_chain(chain: _Chain) -> _Reading:
    """Collect actors, institution, head title, names and modifiers from a mention's atoms.

    The head is the last title before "of/for/at" ("spokesperson for the Chinese foreign
    ministry" -> spokesperson); after "ambassador to (the) X", X is the host, not the sender.
    """
    actors: list[tuple[str, str]] = []
    institution = head = None
    head_locked = hosted = False
    person, named, nongov, gender = "", None, "", ""
    former = deputy = False
    for atom, connector in zip(chain.atoms, chain.connectors):
        if connector == "to":
            hosted = True
        elif connector == "of":
            head_locked, hosted = head is not None, False
        elif atom.type not in ("place", "institution"):
            hosted = False   # "Ambassador to the UN Linda Thomas-Greenfield": the name is the sender
        if hosted:
            continue
        if atom.type == "place":
            actors.append((atom.value[0], "place"))
        elif atom.type == "institution":
            institution = atom.value
            actors.append((atom.value.actor, "institution"))
            if connector == "plain" and head is not None and head.kind == "official" and not head_locked:
                head = None   # "the official Korean Central News Agency": the name is the head noun
        elif atom.type == "title":
            if atom.value.kind == "institution" and not isinstance(institution, Institution):
                institution = atom.value
            if not head_locked:
                head = atom.value
            gender = gender or atom.value.gender
        elif atom.type == "person":
            person = atom.value
        elif atom.type == "named":
            named = atom.value
        elif atom.type == "nongov":
            nongov = atom.value
            former = former or atom.value == "out_of_office"
        elif atom.type == "modifier":
            former = former or atom.value == "former"
            deputy = deputy or atom.value == "deputy"
    return _Reading(tuple(actors), institution, head, person, named, nongov, gender, former, deputy)



def _connector(gap: str) -> str | None:
    """How two neighbouring atoms are joined, or None if the text between them separates them."""
    if gap == "" or _GAP_PLAIN.fullmatch(gap):
        return "plain"
    if _GAP_POSSESSIVE.fullmatch(gap):
        return "poss"
    if _GAP_OF.fullmatch(gap):
        return "of"
    if _GAP_TO.fullmatch(gap):
        return "to"
    if _GAP_IN.fullmatch(gap):
        return "in"
    return None


def _joins(members: list[_Atom], connectors: list[str], nxt: _Atom, connector: str) -> bool:
    """Whether ``nxt`` continues the mention built so far (pure grammar over atom types)."""
    last = members[-1]
    if last.type in ("named",):
        return False
    if last.type == "nongov" and last.value == "out_of_office":   # "President-elect Donald Trump"
        return connector in ("plain", "poss") and nxt.type in ("person", "named", "place", "title", "modifier")
    if last.type == "person":
        # "Putin's spokesman", "the Biden administration"
        return connector in ("plain", "poss") and nxt.type == "title"
    if connector == "in":
        # "the foreign ministry in Beijing", "the government in Kyiv": a capital says whose body it is,
        # unless the mention already has an actor ("the U.S. embassy in Seoul" is not Korean). Not for
        # people: "diplomats in Beijing" are often foreign ones posted there.
        return last.type == "title" and last.value.kind == "institution" and last.value.role != "embassy" \
            and nxt.type == "place" and nxt.value[1] == "capital" \
            and not any(m.type in ("place", "institution") for m in members)
    if connector == "to":   # "ambassador to the U.N.": the host joins, and does not speak
        return last.type == "title" and last.value.role in ("ambassador", "embassy") and \
            nxt.type in ("place", "institution")
    if connector == "of":
        # "spokesperson for the Chinese foreign ministry", "ambassador to the U.N."
        return last.type == "title" and nxt.type in ("place", "institution", "title", "modifier") or \
            (last.type == "nongov" and nxt.type == "nongov")   # "a professor at Kookmin University"
    if nxt.type == "place":
        # "a senior U.S. official"; "North Korea's UN ambassador" (a state's post at an organisation)
        return last.type == "modifier" or (connector == "poss" and last.type == "place" and
                                           last.value[2] == "state" and nxt.value[2] == "organisation")
    if nxt.type in ("institution", "title", "person", "named", "nongov"):
        if last.type == "nongov" and nxt.type != "nongov":
            return False
        return True
    if nxt.type == "modifier":
        return last.type in ("modifier", "place", "institution")
    return False


def _with_unknown_possessor(text: str, chain: _Chain, floor: int) -> _Chain:
    """"Vietnam's Foreign Ministry spokeswoman": a nationality the registry lacks still belongs to the
    mention, so the speaker is marked ``title:unregistered`` rather than taken for a known actor."""
    first = chain.atoms[0]
    if first.type not in ("title", "modifier") or chain.unregistered is not None:
        return chain
    before = text[max(floor, first.start - 40):first.start]
    match = _POSSESSOR.search(before)
    if not match or match.group(1).split()[0] in NOT_NAME_WORDS:
        return chain
    return _Chain(chain.atoms, chain.connectors, first.start - len(before) + match.start(1))


def _overlap(a: Person, b: Person) -> str:
    """The first overlapping pair of roles of one person listed under two actors, described; or ""."""
    for ra in a.roles or (Role(""),):
        for rb in b.roles or (Role(""),):
            start = max(ra.start or "0000", rb.start or "0000")
            until = min(ra.until or "9999", rb.until or "9999")
            if start < until:
                return f"{b.actor} {rb.start or 'open'}..{rb.until or 'open'} and {a.actor} {ra.start or 'open'}..{ra.until or 'open'}"
    return ""


def _merge_appositions(infos: list[SpeakerInfo]) -> SpeakerInfo:
    """Combine "Dmitry Peskov, the Kremlin spokesman" (or "a spokeswoman ..., Ms. Tanaka") into one speaker."""
    persons = [i for i in infos if i.kind == "person"]
    main = persons[0] if persons else infos[0]
    if main.method.startswith("registry:person"):
        role = main.role or next((i.role for i in infos if i.role and main.actor), "")
        return SpeakerInfo(main.speaker, main.actor, main.kind, role, main.gender, main.method)
    former = any(i.method == "nongov:former" for i in infos)
    source = next((i for i in infos if i.actor), main)
    actor = "" if former else source.actor
    role = main.role or next((i.role for i in infos if i.role), "")
    gender = main.gender or next((i.gender for i in infos if i.gender), "")
    method = "nongov:former" if former else (source.method if source.actor else main.method)
    return SpeakerInfo(main.speaker, actor, main.kind, role, gender, method)


# --------------------------------------------------------------------------- loading


@lru_cache(maxsize=1)
def _shipped_registry() -> Registry:
    return Registry(_shipped_raw())


@lru_cache(maxsize=16)
def _file_registry(path: str, mtime_ns: int, size: int) -> Registry:
    return _build_extra(path)


def _build_extra(extra: str | Path | Mapping) -> Registry:
    label, data = _read_extra(extra)
    shipped = _shipped_raw()
    validate_entries(data, label=label, new_actor_required=False, known=shipped)
    merged = merge_entries(shipped, data)
    return Registry(merged, label=label)


def load_registry(extra: str | Path | Mapping | None = None) -> Registry:
    """The shipped registry, or the shipped one merged with a user's YAML file or mapping.

    The same actor code merges (its names, institutions and people are added to, a person or
    institution of the same name is replaced, scalars are overridden); a new code adds an actor.
    Problems raise :class:`RegistryError` (a ``ValueError``) naming the file, entry and problem.
    Registries are cached and shared, so never change one.
    """
    if extra is None:
        return _shipped_registry()
    if isinstance(extra, Mapping):
        return _build_extra(extra)
    path = Path(extra)
    try:
        stat = path.stat()
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the actor file ({exc.strerror or exc})") from None
    return _file_registry(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
