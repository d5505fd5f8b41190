"""Read files into documents with metadata, and mark boilerplate.

A :class:`Document` keeps the decoded text exactly as the file had it (after
removing a byte-order mark and any YAML front matter), plus ``norm``: the same
text, character for character the same length, with curly quotes, dashes,
non-breaking spaces and carriage returns made plain. Every later stage searches
``norm`` and reports offsets that are valid in both.

Formats: ``.txt``/``.md`` (optional YAML front matter), ``.csv``, ``.jsonl`` and
``.parquet`` (one document per row, a ``text`` column, or another named in
:class:`ReadOptions`; every other column is metadata), ``.html``/``.htm`` (the article, by
trafilatura when installed, else the visible text; a Factiva export gives one document per
article), ``.docx`` and ``.rtf`` (Nexis Uni and Factiva exports, one document per article;
any other such file is one document). A path may be a file, a folder (searched recursively)
or a glob pattern. A file that cannot be read becomes a :class:`LoadProblem` naming the file
and the problem; the rest of the corpus is still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import glob
import io
import json
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from importlib import resources
from typing import Iterable, Iterator

import yaml

from . import safe_yaml
from .readers import Article, ReaderError, TolerantHTMLParser, factiva, nexis, office, web
from .schema import METADATA_COLUMNS, metadata_column

SUPPORTED_SUFFIXES = (".txt", ".md", ".csv", ".jsonl", ".parquet", ".html", ".htm", ".docx", ".rtf")

# Same-length replacements: offsets into the normalised text are offsets into the original.
_NORMALISE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\u3000": " ", "\t": " ", "\u200b": " ", "\ufeff": " ",
    }
)


class CorpusError(Exception):
    """A file that cannot become a document; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class LoadProblem:
    """A file (or one record of it) that was skipped, and why."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class Boilerplate:
    """A stretch of the document that is not article prose (dateline, links, credits, captions)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Document:
    """One article: its text, a same-length normalised copy, metadata and boilerplate spans."""

    doc_id: str
    text: str
    norm: str
    meta: dict = field(default_factory=dict, compare=False)
    boilerplate: tuple[Boilerplate, ...] = ()

    @property
    def date(self) -> str | None:
        return self.meta.get("date") or None


@dataclass
class Corpus:
    """The documents that loaded, and the problems of those that did not."""

    documents: list[Document]
    problems: list[LoadProblem]

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc
        raise KeyError(f"no document {doc_id!r}; known: {[d.doc_id for d in self.documents]}")


_OPENING_TICKS = re.compile(r"``|(?<![\w'])''(?=\w)")
_CLOSING_TICKS = re.compile(r"(?<=[\w.,!?])''(?![\w'])")


def normalise(text: str) -> str:
    """Return ``text`` with typographic characters made plain, keeping its length."""
    plain = text.translate(_NORMALISE)
    # wire archives' quotation marks, two backticks and two apostrophes (``…''), become one mark and a space
    # on the side away from the words, so the marks pair as usual and offsets are kept
    plain = _OPENING_TICKS.sub(' "', plain)
    plain = _CLOSING_TICKS.sub('" ', plain)
    # "\r\n" -> " \n" and a lone "\r" -> "\n": line structure kept, offsets kept.
    return re.sub(r"\r(?=\n)", " ", plain).replace("\r", "\n")


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when every other
    byte is NUL), UTF-8 with a few stray bytes (each replaced by U+FFFD), then cp1252.

    Returns ``(text, encoding)``; anything but clean UTF-8 is warned about, naming the file. Raises
    :class:`CorpusError` for empty or binary files.
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise CorpusError(path, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise CorpusError(path, f"has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})")
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, path)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8-sig", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    if multibyte >= replaced:  # mostly UTF-8: a stray byte from another encoding, not a cp1252 file
        more = f" and {replaced - 1} other place(s)" if replaced > 1 else ""
        warnings.warn(f"{path}: not valid UTF-8 at byte {first_bad} (0x{data[first_bad]:02x}){more}; "
                      "read as UTF-8 with each invalid byte replaced by \ufffd", UnicodeWarning, stacklevel=2)
        return text, "utf-8 with replacements"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"is neither UTF-8, UTF-16 nor cp1252 text ({exc.reason} at byte {exc.start})")
    warnings.warn(f"{path}: not UTF-8; decoded as cp1252 (Windows-1252)", UnicodeWarning, stacklevel=2)
    return text, "cp1252"


def _decode_utf16_without_bom(data: bytes, path: Path | str) -> tuple[str, str]:
    """Text in UTF-16 without a byte-order mark (NUL in every other byte, as ASCII text is then written);
    anything else holding NUL bytes is binary."""
    even, odd = data[0::2], data[1::2]
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if len(data) % 2 == 0 and nuls.count(0) >= 0.9 * len(nuls) and other.count(0) <= 0.1 * len(other):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            warnings.warn(f"{path}: UTF-16 without a byte-order mark; decoded as {encoding.upper()}",
                          UnicodeWarning, stacklevel=3)
            return text, encoding
    raise CorpusError(path, "looks like a binary file (it contains NUL bytes), not text")


# --------------------------------------------------------------------------- boilerplate

# News agencies named without brackets ("/TASS/."), or bracketed in a title-case dateline.
_KNOWN_AGENCY = "AP|AFP|Reuters|Yonhap|TASS|Xinhua|UPI|Ukrinform|KCNA|dpa|Kyodo|IANS|ANI"
# Any agency in brackets: one to four capitalised words, small joining words allowed between them
# ("(Reuters)", "(Global Wire)", "(Voice of America)", "(Agence France-Presse)"); "(some of them)" is not one.
_AGENCY_WORD = r"[A-Z][\w&'.\-]*"
_AGENCY_IN_BRACKETS = (rf"\(\s*{_AGENCY_WORD}(?:\s+(?:(?:of|the|and|for|de|du|la)\s+)?{_AGENCY_WORD}){{0,3}}\s*\)")
# A place word is capitals without inner periods ("SEOUL", "UNITED NATIONS"), or a two-letter
# abbreviation before another such word ("ST. PETERSBURG"): "U.N." and "U.S." are never datelines.
_PLACE_WORD = r"(?:[A-Z][A-Z'\-]+|[A-Z]{2}\.(?=\s+[A-Z]{2}))"
_DATELINE = re.compile(
    rf"""^\s*
    (?:{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})(?![a-z.])   # TAIPEI / NEW YORK / ST. PETERSBURG
    (?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){{0,2}})?      # , Taiwan
    (?:,?\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?                   # , Nov 13
    (?:\.?\s*(?:{_AGENCY_IN_BRACKETS}|\(?/?\s*(?:{_KNOWN_AGENCY})\s*/?\)?))?   # (Global Wire) / /TASS/
    \s*(?:-{{1,2}}|[\u2013\u2014]|:|(?<=[\d/)])\.)\s+(?=[A-Z"'])   # a period ends only a date or an agency: "4. /TASS/."
    """,
    re.VERBOSE,
)
# A title-case place with the agency in brackets: "United Nations (United States) (AFP) - ", "Washington (CNN) - ",
# "Brasilia (Global Wire) - ".
_DATELINE_TITLE = re.compile(
    r"^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:\s+\([A-Z][\w .'-]+\))?\s+"
    + _AGENCY_IN_BRACKETS +
    r"\s*(?:-{1,2}|\u2013|\u2014)\s+(?=[A-Z\"'])")
_RELATED_HEADER = re.compile(
    r"^\s*(?:related(?:\s+(?:stories|articles|content|coverage|news|reading|links))?|read\s+(?:more|also)|"
    r"see\s+also|more\s+(?:stories|on\s+this)|recommended(?:\s+stories)?|also\s+read|you\s+may\s+also\s+like|"
    r"key\s+(?:events|developments|points)|highlights|what\s+we\s+know(?:\s+so\s+far)?)\s*:?\s*$",
    re.IGNORECASE,
)
# One link on its own line: "Read also: Zelensky says ..." (a headline, so no sentence end).
_RELATED_LINK = re.compile(r"^\s*(?:read\s+(?:more|also)|also\s+read|see\s+also|related|more)\s*:\s*\S", re.IGNORECASE)
_CREDIT = re.compile(
    r"^\s*\(?\s*(?:(?:additional\s+)?reporting|edited|editing|writing|written|compiled|translated|produced|"
    r"fact[- ]checked|copy[- ]edited|photos?)\s+by\b|^\s*(?:copyright|\(c\)|©)|^\s*all\s+rights\s+reserved",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^\s*(?:photo|file\s+photo|image|picture|caption|video)\s*[:|/-]|"
    r"\((?:AP|AFP|Reuters|EPA|Yonhap|KCNA|Getty)[^)]*(?:photo|images?|via)[^)]*\)\s*$|"
    r"(?:photo|image)\s*:\s*[^.]{0,60}$|"
    r"\b(?:Getty\s+Images|AP\s+Photo|AFP\s+via\s+Getty|Reuters/[A-Z][a-z]+|Yonhap\s+Photo|KCNA\s+via\s+Reuters)\b",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"""[.!?][\s"')\]]*$""")


def _dateline(line: str) -> re.Match | None:
    """The dateline opening ``line`` (an upper-case place, or a title-case place with a bracketed
    agency), when it is short: at most 8 words, a bracketed agency counting as one name."""
    match = _DATELINE.match(line) or _DATELINE_TITLE.match(line)
    if match and len(re.sub(r"\([^()]*\)", "", match.group()).split()) <= 8:
        return match
    return None


def _looks_like_headline(line: str) -> bool:
    """A short first line with no sentence punctuation inside or at its end."""
    return (len(line.split()) <= 25 and not _ENDS_SENTENCE.search(line)
            and not re.search(r"(?<!\b[A-Z])[.!?]\s+[A-Z]", line))  # 'N. Korean troops …' has no sentence end


def paragraphs(norm: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``norm``, stripped of surrounding spaces."""
    spans = []
    for match in re.finditer(r"[^\n]+", norm):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def mark_boilerplate(norm: str) -> tuple[Boilerplate, ...]:
    """Find datelines, related-link blocks, credit footers and photo captions in ``norm``."""
    marks: list[Boilerplate] = []
    paras = paragraphs(norm)
    in_related = False
    for index, (start, end) in enumerate(paras):
        line = norm[start:end]
        if _RELATED_HEADER.match(line):
            marks.append(Boilerplate(start, end, "related"))
            in_related = True
            continue
        if _RELATED_LINK.match(line) and not _ENDS_SENTENCE.search(line):
            marks.append(Boilerplate(start, end, "related"))
            continue
        if in_related and not _ENDS_SENTENCE.search(line):
            marks.append(Boilerplate(start, end, "related"))
            continue
        in_related = False
        if _CREDIT.search(line):
            marks.append(Boilerplate(start, end, "credit"))
        elif _CAPTION.search(line) and len(line.split()) < 60:
            marks.append(Boilerplate(start, end, "caption"))
        elif (index <= 1 or index == 2 and marks and marks[-1].kind in ("standfirst", "caption")) \
                and (dateline := _dateline(line)):  # the first paragraph, or the first after a deck or caption
            marks.append(Boilerplate(start, start + dateline.end(), "dateline"))
        elif index == 0 and len(paras) > 1 and _looks_like_headline(line):
            marks.append(Boilerplate(start, end, "headline"))
        elif index == 1 and len(paras) > 2 and marks and marks[-1].kind == "headline" and \
                marks[-1].start == paras[0][0] and _looks_like_headline(line) and len(line.split()) <= 40:
            # a standfirst (deck) under the headline: a summary with no sentence end ('Pyongyang says …')
            marks.append(Boilerplate(start, end, "standfirst"))
    return tuple(marks)


def make_document(doc_id: str, text: str, meta: dict | None = None) -> Document:
    """Build a :class:`Document` from decoded text: normalise it and mark its boilerplate."""
    norm = normalise(text)
    return Document(doc_id=doc_id, text=text, norm=norm, meta=dict(meta or {}), boilerplate=mark_boilerplate(norm))


# --------------------------------------------------------------------------- readers
# Each reader turns one file's decoded text into (doc_id, text, meta) records, and a LoadProblem for each
# record of it that cannot be read (the file's other records are still read).

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def _clean_meta(raw: dict, where: str) -> dict:
    """Keep metadata values as plain strings (dates as ISO text). A value kept as text because it cannot be
    what it looks like (:class:`~analysis.safe_yaml.Unreadable`: "2024-13-45", a 5,000-digit number) is
    named with its key in one warning; ``date`` is left to :func:`_normalise_meta_date`, which names it."""
    meta = {}
    for key, value in raw.items():
        if value is None:
            continue
        if key != "date":
            for unreadable in safe_yaml.unreadable_values(value):
                warnings.warn(f"{where}: {str(key)!r}: {shortened(unreadable)!r} {unreadable.problem}; kept as text",
                              stacklevel=4)
        meta[str(key)] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return meta


def shortened(text: str, limit: int = 60) -> str:
    """``text`` for a message: at most ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


# --------------------------------------------------------------------------- dates
# A document's date is kept as ISO text (YYYY-MM-DD), which every later stage expects. Other spellings
# are normalised here, where the file (and row) is known; an ambiguous or unreadable date is left out
# with one warning, and the document is still analysed.

_MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# An optional weekday before ("Tuesday, 5 November 2024", "Tue, 05 Nov 2024") and time after.
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2}))?)?"
_NAMED_DATES = [re.compile(rf"^{_WEEKDAY}{pattern}{_TIME}$", re.IGNORECASE) for pattern in (
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",        # 5 November 2024, 5th of Nov. 2024
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",                   # November 5, 2024, Nov. 5 2024
)]
# Year first, with a time or not: 2024-11-05, 2024-11-05T10:00:00Z, 2024/11/05, 2024.11.5
_YEAR_FIRST = re.compile(r"^(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?:[T ]\S.*)?$")
# Compact ISO with a time: 20241105T103000Z (GDELT's seendate); eight digits alone are not read as a date
_COMPACT = re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})T\d{4,6}Z?$")
# Year last: 11/05/2024, 05.11.2024, 5-11-2024 (day/month or month/day: read only when one reading is possible)
_YEAR_LAST = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})$")


def _valid_date(year: int | str, month: int | str, day: int | str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def normalise_date(value: object) -> tuple[str | None, str | None]:
    """``(iso, problem)`` for a metadata date: ``("2024-11-05", None)`` when ``value`` names one day
    unambiguously, else ``(None, why)``; ``(None, None)`` for an empty value.

    Read: ISO dates (a time part is dropped), year/month/day with ``/`` or ``.``, English month names
    day first or month first (``5 Nov. 2024``, ``November 5, 2024``), and day/month or month/day with
    the year last when only one reading is a real date (``25/11/2024``, ``11/25/2024``, ``05/05/2024``).
    """
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), None
    if isinstance(value, dt.date):
        return value.isoformat(), None
    text = " ".join(str(value).split())
    if not text:
        return None, None
    match = _YEAR_FIRST.match(text) or _COMPACT.match(text)
    if match:
        iso = _valid_date(match["year"], match["month"], match["day"])
        return (iso, None) if iso else (None, "is not a real date")
    for pattern in _NAMED_DATES:
        match = pattern.match(text)
        if match:
            month = _MONTHS.get(match["month"].lower())
            if month is None:
                break
            iso = _valid_date(match["year"], month, match["day"])
            return (iso, None) if iso else (None, "is not a real date")
    match = _YEAR_LAST.match(text)
    if match:
        day_first = _valid_date(match["year"], match["b"], match["a"])
        month_first = _valid_date(match["year"], match["a"], match["b"])
        if day_first and month_first and day_first != month_first:
            return None, "is ambiguous (day/month)"
        if day_first or month_first:
            return day_first or month_first, None
        return None, "is not a real date"
    return None, "is not a date this toolkit can read"


def _normalise_meta_date(meta: dict, where: str) -> dict:
    """``meta`` with its ``date`` as ISO text; an ambiguous or unreadable date is dropped (kept as
    ``date_raw``) with one warning naming ``where`` (the file, and the row of a table) and the value."""
    if "date" not in meta:
        return meta
    iso, problem = normalise_date(meta["date"])
    if iso:
        meta["date"] = iso
        return meta
    raw = meta.pop("date")
    if problem:
        meta["date_raw"] = raw
        warnings.warn(f"{where}: date {shortened(raw)!r} {problem}; ignored \u2014 use YYYY-MM-DD", stacklevel=4)
    return meta


# What an unfinished YAML construct is, by the context PyYAML names when it reaches the end without closing it.
_YAML_CONTEXTS = {
    "while scanning a quoted scalar": "unclosed quote",
    "while parsing a flow sequence": "unclosed '['",
    "while parsing a flow mapping": "unclosed '{'",
    "while scanning a simple key": "key without ':'",
}


def front_matter_problem(exc: yaml.YAMLError) -> str:
    """One line saying what is wrong with front matter and where, in lines of the file (the front
    matter starts on line 2): the start of the unfinished construct when PyYAML names one
    (``context_mark``), else where it noticed the problem (``problem_mark``)."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    start, mark = getattr(exc, "context_mark", None), getattr(exc, "problem_mark", None)
    context = getattr(exc, "context", None)
    if isinstance(exc, safe_yaml.RefusedYAML):
        return f"YAML front matter refused (line {mark.line + 2} of the file: {problem}); file skipped"
    if start is not None and context:
        what = _YAML_CONTEXTS.get(context, context.removeprefix("while ").replace("parsing ", "").replace("scanning ", ""))
        where = f"{what} starting at line {start.line + 2} of the file"
    elif mark is not None:
        where = f"line {mark.line + 2} of the file"
    else:
        where = ""
    detail = f" ({where}: {problem})" if where else f" ({problem})"
    return f"malformed YAML front matter{detail}; file skipped"


HTML_EXTRACTORS = ("auto", "trafilatura", "builtin")
#: The table columns that :class:`ReadOptions` can name, by the option that names them.
COLUMN_OPTIONS = {"text_column": "text", "date_column": "date", "source_column": "source", "id_column": "id"}


def _column_aliases() -> dict[str, tuple[str, ...]]:
    text = resources.files("analysis").joinpath("resources", "column_aliases.yml").read_text(encoding="utf-8")
    return {name: tuple(aliases) for name, aliases in yaml.safe_load(text).items()}


#: Other tools' names for the columns this toolkit reads (Media Cloud, GDELT), used when a table lacks ours.
COLUMN_ALIASES = _column_aliases()


@dataclass(frozen=True)
class ReadOptions:
    """How to read tables and web pages.

    ``text_column``, ``date_column``, ``source_column`` and ``id_column`` name the columns of a
    ``.csv``/``.jsonl`` table that hold the text, date, source and document id when they are not
    called ``text``, ``date``, ``source`` and ``id`` (a column the table already has under that name
    is then kept as ``<name>_original``). Without them, Media Cloud's and GDELT's names are read
    (:data:`COLUMN_ALIASES`: ``publish_date``, ``media_name``, ...). ``html`` chooses how a saved web
    page is read: ``"trafilatura"``, ``"builtin"`` (the visible text), or ``"auto"``: trafilatura
    when it is installed and finds an article, else the visible text.
    """

    text_column: str | None = None
    date_column: str | None = None
    source_column: str | None = None
    id_column: str | None = None
    html: str = "auto"

    def __post_init__(self):
        for option in COLUMN_OPTIONS:
            value = getattr(self, option)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise ValueError(f"{option} must be a column name, not {value!r}")
        if self.html not in HTML_EXTRACTORS:
            raise ValueError(f"unknown html extractor {self.html!r}; choose one of: {', '.join(HTML_EXTRACTORS)}")
        if self.html == "trafilatura" and not web.available():
            raise ValueError("html='trafilatura' needs trafilatura: pip install -e \".[web]\"")

    def renames(self, fields: Iterable[str]) -> dict[str, str]:
        """``{column of the table: name it is read as}`` for a table with these ``fields``."""
        fields = set(fields)
        renames: dict[str, str] = {}
        for option, name in COLUMN_OPTIONS.items():
            chosen = getattr(self, option)
            if chosen in fields and chosen != name:
                renames[chosen] = name
                if name in fields:
                    renames[name] = f"{name}_original"
        for name, aliases in COLUMN_ALIASES.items():
            if name not in fields and name not in renames.values():
                alias = next((alias for alias in aliases if alias in fields and alias not in renames), None)
                if alias:
                    renames[alias] = name
        return renames

    def missing(self, fields: Iterable[str]) -> list[tuple[str, str]]:
        """``(option, column)`` for each column named here that a table with ``fields`` lacks."""
        fields = set(fields)
        return [(option, getattr(self, option)) for option in COLUMN_OPTIONS
                if getattr(self, option) is not None and getattr(self, option) not in fields]


DEFAULT_OPTIONS = ReadOptions()


def read_text_file(path: Path, text: str, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict]]:
    """A ``.txt`` or ``.md`` file: one document, with optional YAML front matter."""
    meta: dict = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = safe_yaml.load(match.group(1))
        except yaml.YAMLError as exc:
            raise CorpusError(path, front_matter_problem(exc))
        if loaded is not None and not isinstance(loaded, dict):
            raise CorpusError(path, "front matter must be a YAML mapping of keys to values (title: ..., date: ...)")
        meta = _normalise_meta_date(_clean_meta(loaded or {}, f"{path}: front matter"), str(path))
        text = text[match.end():]
    elif text.startswith("---\n"):
        raise CorpusError(path, "front matter opened with '---' is never closed by a second '---' line")
    if not text.strip():
        raise CorpusError(path, "has front matter but no article text")
    yield str(meta.pop("id", path.stem)), text, meta


def _renamed_rows(path: Path, rows: Iterable[tuple[int, dict | str]], fields: list[str] | None,
                  options: ReadOptions) -> tuple[Iterator[tuple[int, dict | str]], list[str] | None]:
    """The ``(number, record)`` rows (and fields) with the columns named in ``options`` (or known aliases)
    renamed to ``text``/``date``/``source``/``id``; a warning for each named column a CSV table lacks.
    A record that could not be read (a string saying why) passes unchanged."""
    def renamed(row: dict | str, renames: dict[str, str] | None = None) -> dict | str:
        if isinstance(row, str):
            return row
        renames = options.renames(row) if renames is None else renames
        return {renames.get(key, key): value for key, value in row.items()}

    if fields is None:  # JSONL: each record has its own keys
        return ((number, renamed(row)) for number, row in rows), None
    for option, column in options.missing(fields):
        warnings.warn(f"{path}: has no column {column!r} (given as {option}); columns: {', '.join(fields) or 'none'}",
                      stacklevel=4)
    renames = options.renames(fields)
    return ((number, renamed(row, renames)) for number, row in rows), [renames.get(key, key) for key in fields]


def _records_to_documents(path: Path, rows: Iterable[tuple[int, dict | str]], fields: list[str] | None,
                          options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict] | LoadProblem]:
    """Shared by the CSV and JSONL readers: a ``text`` field per row, the rest is metadata.

    ``rows`` are ``(number, record)`` pairs; a record given as a string is what kept it from being read.
    A record that cannot become a document is a :class:`LoadProblem` naming it; the others are still read.
    """
    original_fields = fields
    rows, fields = _renamed_rows(path, rows, fields, options)
    if fields is not None and "text" not in fields:
        named = f" (text_column {options.text_column!r} is not there either)" if options.text_column else ""
        raise CorpusError(path, f"has no 'text' column{named} (columns: {', '.join(original_fields) or 'none'})")
    for number, row in rows:
        if isinstance(row, str):
            yield LoadProblem(str(path), f"{row}; skipped")
            continue
        if "text" not in row:
            yield LoadProblem(str(path), f"record {number} has no 'text' field; skipped")
            continue
        text = row["text"]
        if text is not None and not isinstance(text, str):
            yield LoadProblem(str(path), f"record {number}: 'text' is {_kind_of_value(text)}, not a string; skipped")
            continue
        if not text or not text.strip():
            warnings.warn(f"{path}: record {number} has an empty text; skipped", stacklevel=3)
            continue
        doc_id = str(row.get("id") or f"{path.stem}-{number}")
        where = f"{path}: row {number}" + (f" (id {shortened(doc_id)!r})" if row.get("id") else "")
        meta = _clean_meta({k: v for k, v in row.items() if k not in ("text", "id") and v not in ("", None)}, where)
        meta = _normalise_meta_date(meta, where)
        yield doc_id, text, meta


def _kind_of_value(value: object) -> str:
    """How a JSON value that should have been a string is described in a message."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    return {dict: "an object", list: "a list"}.get(type(value), type(value).__name__)


class _CsvLines:
    """The lines of CSV text, fed to ``csv.reader`` one at a time, keeping those of the record being read so
    that after a record the reader refused, the lines still inside its quoted field can be skipped."""

    def __init__(self, text: str):
        self._lines = io.StringIO(text, newline="")
        self.count = 0
        self.record: list[str] = []

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.count += 1
        self.record.append(line)
        return line

    def skip_rest_of_record(self) -> None:
        """Skip lines until the double quotes of the refused record balance (its quoted field has ended)."""
        open_quote = sum(line.count('"') for line in self.record) % 2
        for line in self._lines if open_quote else ():
            self.count += 1
            if line.count('"') % 2:
                break


def read_csv_file(path: Path, text: str,
                  options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict] | LoadProblem]:
    """A ``.csv`` file: one document per row; a row the CSV reader refuses (a field over its limit of
    131,072 characters, a stray quote) is reported by row and line number, and the other rows are read."""
    lines = _CsvLines(text)
    reader = csv.DictReader(lines)
    try:
        fields = list(reader.fieldnames or [])
    except csv.Error as exc:
        raise CorpusError(path, f"is not valid CSV: its header cannot be read ({exc})")

    def rows() -> Iterator[tuple[int, dict | str]]:
        number = 0
        while True:
            lines.record, first_line = [], lines.count + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                lines.skip_rest_of_record()
                row = f"row {number + 1} (line {first_line}) cannot be read as CSV ({exc})"
            number += 1
            yield number, row

    yield from _records_to_documents(path, rows(), fields, options)


def read_jsonl_file(path: Path, text: str,
                    options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict] | LoadProblem]:
    """A ``.jsonl`` file: one JSON object per line; a line that is not one is reported by number and skipped."""
    def rows() -> Iterator[tuple[int, dict | str]]:
        number = 0
        for line_number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                number += 1
                row = _json_object(line)
                yield number, row if isinstance(row, dict) else f"line {line_number} {row}"

    yield from _records_to_documents(path, rows(), None, options)


def _json_object(line: str) -> dict | str:
    """One JSONL line as a mapping, or what keeps it from being one. A number too long to convert (over
    4,300 digits) is kept as its text, marked :class:`~analysis.safe_yaml.Unreadable`."""
    try:
        row = json.loads(line, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        return f"is not valid JSON: {exc.msg}"
    except RecursionError:
        return f"is nested more than {safe_yaml.MAX_DEPTH} levels deep"
    if not isinstance(row, dict):
        return "is not a JSON object"
    if _nested_deeper_than(row, safe_yaml.MAX_DEPTH):
        return f"is nested more than {safe_yaml.MAX_DEPTH} levels deep"
    return row


def _json_int(digits: str) -> int | str:
    try:
        return int(digits)
    except ValueError:
        return safe_yaml.Unreadable(digits, f"is a number of more than {safe_yaml.MAX_INT_CHARACTERS:,} digits")


def _nested_deeper_than(value: object, limit: int) -> bool:
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, (dict, list)):
            if depth > limit:
                return True
            pending.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


def read_parquet_file(path: Path, data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict] | LoadProblem]:
    """A ``.parquet`` table: one document per row, read a batch of rows at a time."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError(path, "reading .parquet needs pyarrow (pip install pyarrow)")
    try:
        table = pq.ParquetFile(io.BytesIO(data))
        rows = (row for batch in table.iter_batches() for row in batch.to_pylist())
        yield from _records_to_documents(path, enumerate(rows, start=1), list(table.schema_arrow.names), options)
    except (OSError, pa.ArrowException) as exc:  # not Parquet, truncated, unreadable
        raise CorpusError(path, f"is not a readable Parquet file ({exc})")


class _VisibleText(TolerantHTMLParser):
    """Collect the visible article text of an HTML page, one block element per line."""

    SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "button"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
             "tr", "figcaption", "dt", "dd", "pre", "hr", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.meta: dict = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            content = attrs.get("content")
            wanted = {"og:title": "title", "article:published_time": "date", "og:site_name": "source",
                      "og:url": "url", "date": "date", "author": "author"}
            if key in wanted and content and wanted[key] not in self.meta:
                self.meta[wanted[key]] = content.strip()
        elif tag == "html" and attrs.get("lang"):
            self.meta.setdefault("language", attrs["lang"])
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self.skip_depth:
            self.parts.append(data)


def _without_unclosed_comment(path: Path, text: str) -> str:
    """``text`` without the opening ``<!--`` of a comment that is never closed, with a warning naming its
    line: the rest of the page is read as HTML (else its markup would be read as article text)."""
    position = 0
    while (start := text.find("<!--", position)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            warnings.warn(f"{path}: line {text.count(chr(10), 0, start) + 1}: a comment '<!--' is never closed; "
                          "the rest of the page is read as HTML", stacklevel=3)
            return text[:start] + text[start + 4:]
        position = end + 3
    return text


def read_html_file(path: Path, text: str, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict]]:
    """An ``.html`` page: a Factiva export's articles; else the article by trafilatura (``options.html``
    ``"auto"`` when installed, or ``"trafilatura"``); else its visible text, one paragraph per line,
    with title and date from its head. ``extractor`` in the metadata says which read the page."""
    text = _without_unclosed_comment(path, text)
    if factiva.looks_like_factiva_html(text):
        yield from _articles(path, factiva.parse_factiva(factiva.html_lines(text)))
        return
    if options.html == "trafilatura" or options.html == "auto" and web.available():
        article = web.extract(text)
        if article is not None:
            yield path.stem, article.body, _normalise_meta_date({**article.meta, "extractor": "trafilatura"}, str(path))
            return
    yield from _visible_text(path, text)


def _visible_text(path: Path, text: str) -> Iterator[tuple[str, str, dict]]:
    """The stdlib extractor: the visible text of a page, one block per line."""
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    body = "\n".join(line for line in lines if line)
    if not body:
        raise CorpusError(path, "HTML page has no visible text")
    meta = _normalise_meta_date(dict(parser.meta), str(path))
    if parser.title.strip():
        meta.setdefault("title", parser.title.strip())
    meta["extractor"] = "builtin"
    yield path.stem, body, meta


def _articles(path: Path, found: tuple[list[Article], list[str]]) -> Iterator[tuple[str, str, dict]]:
    """Records of the articles of an export (Nexis Uni, Factiva): the article's own id or
    ``<file name>-<number>``; a warning for each note of the reader (an article skipped)."""
    articles, notes = found
    for note in notes:
        warnings.warn(f"{path}: {note}", stacklevel=3)
    if not articles:
        raise CorpusError(path, "has no article with text: " + "; ".join(notes))
    for number, article in enumerate(articles, start=1):
        meta = dict(article.meta)
        doc_id = meta.pop("id", None) or f"{path.stem}-{number}"
        yield doc_id, article.body, _normalise_meta_date(meta, f"{path}: article {number}")


def _lines_to_documents(path: Path, lines: list[str], title: str = "") -> Iterator[tuple[str, str, dict]]:
    """A Nexis Uni or Factiva export's articles; any other file is one document of its lines."""
    if nexis.is_nexis(lines):
        yield from _articles(path, nexis.parse_nexis(lines))
    elif factiva.is_factiva(lines):
        yield from _articles(path, factiva.parse_factiva(lines))
    else:
        body = "\n".join(line.strip() for line in lines if line.strip())
        if not body:
            raise CorpusError(path, "has no text")
        yield path.stem, body, {"title": title.strip()} if title.strip() else {}


def read_rtf_file(path: Path, text: str, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict]]:
    """An ``.rtf`` file: a Nexis Uni or Factiva export (one document per article), or one document."""
    try:
        plain = office.rtf_text(text)
    except ReaderError as exc:
        raise CorpusError(path, str(exc))
    yield from _lines_to_documents(path, plain.splitlines())


def read_docx_file(path: Path, data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict]]:
    """A ``.docx`` file: a Nexis Uni export (one document per article), or one document."""
    try:
        lines, title = office.docx_paragraphs(data)
    except ReaderError as exc:
        raise CorpusError(path, str(exc))
    yield from _lines_to_documents(path, lines, title)


READERS = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".csv": read_csv_file,
    ".jsonl": read_jsonl_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".rtf": read_rtf_file,
}
#: Readers of binary formats: they get the file's bytes, not decoded text.
BINARY_READERS = {".docx": read_docx_file, ".parquet": read_parquet_file}


# --------------------------------------------------------------------------- loading


#: Columns that mark a table as this toolkit's own output (``discourse analyze``), not a corpus file:
#: all of ``OUTPUT_MARKS`` and one of ``OUTPUT_ROW_IDS``, and no ``id`` (a corpus file's document id).
OUTPUT_MARKS = ("doc_id", "start", "end", "text")
OUTPUT_ROW_IDS = ("utt_id", "sent_id")


def table_columns(path: Path) -> list[str]:
    """The column names of a ``.csv`` file (its header), ``.jsonl`` file (keys of its first record) or
    ``.parquet`` file (its schema); ``[]`` when they cannot be read (the reader then reports the problem)."""
    if path.suffix.lower() == ".parquet":
        try:
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        except (ImportError, OSError, ValueError):  # pyarrow's ArrowInvalid is a ValueError
            return []
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            if path.suffix.lower() == ".csv":
                return next(csv.reader(handle), [])
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    return list(record) if isinstance(record, dict) else []
    except (OSError, ValueError, RecursionError, csv.Error):
        pass
    return []


def looks_like_output(path: Path) -> bool:
    """Whether ``path`` is a table this toolkit wrote (an utterance or sentence table), by its columns."""
    if path.suffix.lower() not in (".csv", ".jsonl", ".parquet"):
        return False
    columns = set(table_columns(path))
    return set(OUTPUT_MARKS) <= columns and bool(columns & set(OUTPUT_ROW_IDS)) and "id" not in columns


@dataclass(frozen=True)
class _OwnOutput:
    """A file found in a folder that is the toolkit's own output: left out, with a warning."""

    path: Path

    def __str__(self) -> str:
        return (f"{self.path}: skipped; it looks like this toolkit's output (columns doc_id, utt_id or sent_id, "
                f"start, end, text), not an article file; name the file itself to read it")


def _is_pattern(raw: str | Path) -> bool:
    """A path the user gave that does not exist but holds glob characters (``data/*.jsonl``)."""
    return not Path(raw).exists() and glob.has_magic(str(raw))


def _corpus_file(path: Path, relative: Path) -> Path | _OwnOutput | LoadProblem | None:
    """A file met in a folder or by a pattern: kept, left out silently (README, hidden, other type),
    left out as the toolkit's own output, or a problem when it is no regular file (never opened)."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES or path.name.lower() == "readme.md" \
            or any(part.startswith(".") for part in relative.parts):
        return None
    if not path.exists():
        return LoadProblem(str(path), "is a symbolic link to a file that does not exist; skipped")
    if not path.is_file():
        return LoadProblem(str(path), "is not a regular file (a pipe, socket or device); skipped")
    return _OwnOutput(path) if looks_like_output(path) else path


@dataclass(frozen=True)
class _OutsideLink:
    """A file found in a folder through a symbolic link to a file outside it: read, with a warning."""

    path: Path
    folder: Path

    def __str__(self) -> str:
        return (f"{self.path}: a symbolic link to {self.path.resolve()}, outside the folder {self.folder}; "
                f"read all the same")


def _folder_items(folder: Path) -> Iterator[Path | LoadProblem | _OwnOutput | _OutsideLink]:
    """The article files under ``folder``, sorted (hidden files and folders, README.md and links to folders
    left out); a problem for each folder that cannot be listed and each entry that is not a regular file."""
    problems, candidates = [], []

    def unreadable(exc: OSError) -> None:
        problems.append(LoadProblem(str(exc.filename or folder),
                                    f"folder cannot be read ({exc.strerror or exc}); its files were skipped"))

    for current, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        candidates += [Path(current, name) for name in names]
    yield from problems
    root = folder.resolve()
    for child in sorted(candidates):
        kept = _corpus_file(child, child.relative_to(folder))
        if isinstance(kept, Path) and child.is_symlink() and not child.resolve().is_relative_to(root):
            kept = _OutsideLink(child, folder)
        if kept is not None:
            yield kept


def _expand(paths: str | Path | Iterable[str | Path]) -> Iterator[Path | LoadProblem | _OwnOutput | _OutsideLink]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in paths:
        path = Path(raw)
        if _is_pattern(raw):
            matches = [Path(match) for match in sorted(glob.glob(str(raw), recursive=True))]
            if not matches:
                yield LoadProblem(str(raw), "no file or folder matches this pattern")
            for match in matches:
                if match.is_dir():
                    yield from _expand([match])
                elif (kept := _corpus_file(match, Path(match.name))) is not None:
                    yield kept
        elif path.is_dir():
            yield from _folder_items(path)
        elif path.is_file():
            yield path  # a file the user names is read, whatever it looks like
        elif path.exists():
            yield LoadProblem(str(path), "is not a regular file or folder (a pipe, socket or device); not read")
        else:
            yield LoadProblem(str(path), "no such file or folder")


def expand_paths(paths: str | Path | Iterable[str | Path]) -> Iterator[Path | LoadProblem]:
    """Files named by ``paths`` (folders searched recursively, glob patterns expanded, sorted); problems
    for missing paths, folders that cannot be listed and entries that are not regular files (pipes,
    broken links).

    In a folder or a pattern's matches, tables that look like this toolkit's own output
    (:func:`looks_like_output`, e.g. an ``out.csv`` written into the corpus folder) are left out; a file
    named directly is always kept.
    """
    return (item.path if isinstance(item, _OutsideLink) else item
            for item in _expand(paths) if not isinstance(item, _OwnOutput))


def corpus_files(paths: str | Path | Iterable[str | Path]) -> list[Path | LoadProblem]:
    """:func:`expand_paths` as a list, with a warning for each file left out as the toolkit's own output
    and each read through a link to outside its folder."""
    items = list(_expand(paths))
    for item in items:
        if isinstance(item, (_OwnOutput, _OutsideLink)):
            warnings.warn(str(item), stacklevel=3)
    return [item.path if isinstance(item, _OutsideLink) else item for item in items if not isinstance(item, _OwnOutput)]


def check_paths_exist(paths: str | Path | Iterable[str | Path]) -> list[str | Path]:
    """``paths`` as a list; raises ``FileNotFoundError`` naming the first path that does not exist
    (a glob pattern exists when it matches something)."""
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    for raw in paths:
        if _is_pattern(raw) and glob.glob(str(raw), recursive=True):
            continue
        if not Path(raw).exists():
            raise FileNotFoundError(errno.ENOENT, "no such file or folder", str(raw))
    return paths


_SURROGATE = re.compile("[\ud800-\udfff]")


def writable(text: str) -> str:
    """``text`` with each lone surrogate backslash-escaped: ``\\xe9`` for an undecodable byte of a file name
    (Python's surrogateescape), ``\\ud800`` for any other. UTF-8 files and pandas' strings cannot hold them."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if "\udc80" <= m.group() <= "\udcff"
                          else f"\\u{ord(m.group()):04x}", text)


def iter_records(path: Path, *, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, str, dict] | LoadProblem]:
    """``(doc_id, text, meta)`` of each document in one file, in order, built as they are needed (so a
    caller can take some of a large table without building every document), and a :class:`LoadProblem`
    for each record that cannot be read (a bad CSV row or JSONL line) where it stands; raises
    :class:`CorpusError` naming the file when none of it can be read, possibly after earlier records
    (:func:`read_file` reads them all before answering).

    No record holds a lone surrogate (a file name's undecodable byte, a JSON "\\ud800"): in the text each
    becomes U+FFFD, so offsets hold; in the id and metadata each is backslash-escaped (:func:`writable`).
    """
    reader = READERS.get(path.suffix.lower()) or BINARY_READERS.get(path.suffix.lower())
    if reader is None:
        raise CorpusError(path, f"unsupported file type {path.suffix or '(none)'!r}; "
                                f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read: {exc.strerror or exc}")
    if path.suffix.lower() in BINARY_READERS:
        records, encoding = reader(path, data, options), "utf-8"
    else:
        text, encoding = decode(data, path)
        records = reader(path, text, options)
    for record in records:
        if isinstance(record, LoadProblem):
            yield record
            continue
        doc_id, body, meta = record
        if _SURROGATE.search(body):  # JSON can spell them ("\ud800"); no file encoding can hold them
            warnings.warn(f"{path}: document {shortened(doc_id)!r}: {len(_SURROGATE.findall(body))} lone surrogate "
                          "code point(s), which are not characters, replaced by \ufffd", UnicodeWarning, stacklevel=2)
            body = _SURROGATE.sub("\ufffd", body)
        meta = {key: meta[key] for key in sorted(meta)}
        meta.setdefault("path", str(path))
        if encoding != "utf-8":
            meta["encoding"] = encoding
        meta = {writable(key): writable(value) if isinstance(value, str) else value for key, value in meta.items()}
        yield writable(doc_id), body, meta


def read_items(path: Path, *, options: ReadOptions = DEFAULT_OPTIONS) -> list[Document | LoadProblem]:
    """The documents of one file, and a :class:`LoadProblem` for each record that cannot be read, in order
    (see :func:`iter_records`)."""
    return [record if isinstance(record, LoadProblem) else make_document(*record)
            for record in list(iter_records(path, options=options))]


def read_file(path: Path, *, options: ReadOptions = DEFAULT_OPTIONS) -> list[Document]:
    """Read one file into documents; raises :class:`CorpusError` naming the file when none of it can be
    read. A record that cannot be read (a bad CSV row or JSONL line) is skipped with a warning naming it."""
    documents = []
    for item in read_items(path, options=options):
        if isinstance(item, LoadProblem):
            warnings.warn(str(item), stacklevel=2)
        else:
            documents.append(item)
    return documents


def iter_corpus(paths: str | Path | Iterable[str | Path], *,
                options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Document | LoadProblem]:
    """Yield documents one file at a time (memory stays flat), and a problem for each bad input.

    Unlike :func:`load_corpus`, a missing path is a problem here too, so a command can report every
    bad input and go on. Folder tables that look like the toolkit's output are skipped with a warning
    (said first, so a caller that shows warnings per document shows these too).
    """
    seen: set[str] = set()
    for item in corpus_files(paths):
        if isinstance(item, LoadProblem):
            yield item
            continue
        try:
            documents = read_items(item, options=options)
        except CorpusError as exc:
            yield LoadProblem(exc.path, exc.problem)
            continue
        for doc in documents:
            if isinstance(doc, LoadProblem):
                yield doc
            elif doc.doc_id in seen:
                yield LoadProblem(str(item), f"duplicate document id {shortened(doc.doc_id)!r}; skipped")
            else:
                seen.add(doc.doc_id)
                yield doc


def load_corpus(paths: str | Path | Iterable[str | Path], *, text_column: str | None = None,
                date_column: str | None = None, source_column: str | None = None, id_column: str | None = None,
                html: str = "auto") -> Corpus:
    """Read a file, a folder or a list of them into a :class:`Corpus`.

    ``text_column``, ``date_column``, ``source_column`` and ``id_column`` name the columns of
    ``.csv``/``.jsonl`` tables that hold those fields; ``html`` chooses how web pages are read
    (see :class:`ReadOptions`).

    A path named here that does not exist raises ``FileNotFoundError`` naming it. Files that cannot
    be read (inside a folder or named) are skipped: their problems are kept in ``corpus.problems``
    and each is also issued as a warning. Tables in a folder that look like this toolkit's own output
    are skipped with a warning (see :func:`expand_paths`).
    """
    options = ReadOptions(text_column=text_column, date_column=date_column, source_column=source_column,
                          id_column=id_column, html=html)
    paths = check_paths_exist(paths)
    documents, problems = [], []
    for item in iter_corpus(paths, options=options):
        if isinstance(item, LoadProblem):
            warnings.warn(str(item), stacklevel=2)
            problems.append(item)
        else:
            documents.append(item)
    return Corpus(documents, problems)


#: Metadata the loader adds about the file, not the article: kept in ``Document.meta``, not written as columns.
FILE_KEYS = ("path", "encoding")


def extra_metadata(documents: Iterable[Document]) -> tuple[str, ...]:
    """The metadata keys of ``documents`` beyond :data:`~analysis.schema.METADATA_COLUMNS` and
    :data:`FILE_KEYS`, sorted: the extra columns an output of these documents carries."""
    return extra_keys(doc.meta for doc in documents)


def extra_keys(metadata: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """:func:`extra_metadata` of documents known by their metadata (mappings, or their keys)."""
    keys = {key for meta in metadata for key in meta}
    return tuple(sorted(keys - set(METADATA_COLUMNS) - set(FILE_KEYS)))


def metadata_row(doc: Document, extra: Iterable[str] = ()) -> dict:
    """The metadata columns every output row carries, then the ``extra`` metadata keys (as their
    column names, :func:`~analysis.schema.metadata_column`)."""
    row = {name: doc.meta.get(name, "") for name in METADATA_COLUMNS}
    row.update({metadata_column(key): doc.meta.get(key, "") for key in extra})
    return row


def documents_table(corpus: Iterable[Document]):
    """One row per document: id, metadata columns, characters and paragraphs."""
    import pandas as pd

    rows = [{"doc_id": doc.doc_id, **metadata_row(doc), "characters": len(doc.text),
             "paragraphs": len(paragraphs(doc.norm))} for doc in corpus]
    return pd.DataFrame(rows, columns=["doc_id", *METADATA_COLUMNS, "characters", "paragraphs"])
