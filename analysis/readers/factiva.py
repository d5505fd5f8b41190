"""Factiva exports: many articles in one ``.rtf`` or ``.html`` file.

Two displays are read (as tm.plugin.factiva and the public Factiva parsers describe them):

- **plus Indexing**: every field on its own line after a field code (a table cell in HTML, a
  tab in RTF): ``HD`` headline, ``BY`` byline, ``WC`` word count, ``PD`` date, ``SN`` source,
  ``SE`` section, ``LA`` language, ``LP`` lead paragraphs, ``TD`` the rest of the text, …,
  ``AN`` the accession number (``Document …``), which ends the article;
- **Article format**: [section], headline, [``By …``], ``412 words``, date, [time], source,
  source code, language, [copyright], the paragraphs, and the ``Document …`` line.

The accession number becomes the document id.
"""

from __future__ import annotations

import re

from . import Article, ReaderError, TolerantHTMLParser, clean_lines

#: Field codes kept as metadata, by the name they get (LP and TD make the body; AN the id).
FIELDS = {"HD": "title", "BY": "byline", "WC": "length", "PD": "date", "SN": "source", "SE": "section",
          "LA": "language", "ED": "edition", "PG": "page", "CY": "rights"}
#: Every code of the indexed display, so that a code line is never read as text.
CODES = set(FIELDS) | {"LP", "TD", "AN", "ET", "SC", "CR", "CT", "RF", "ART", "CO", "IN", "NS", "RE", "IPC", "IPD",
                       "PUB", "CLM", "VOL", "DLN", "NGC", "GC", "RST", "CX", "HLP"}
# A code alone on its line, or followed by a tab (RTF) or the value after cleaning ("HD Title").
_CODE_LINE = re.compile(r"^(?P<code>[A-Z]{2,3})(?:\t+(?P<value>.*))?$")
_ACCESSION = re.compile(r"^Document (?P<id>[A-Za-z0-9]{10,})$")
_WORDS = re.compile(r"^[\d,.]+ words$")
_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s*(?:AM|PM|GMT|ET|EST|EDT))?$", re.IGNORECASE)
_RIGHTS = re.compile(r"^(?:Copyright|\u00a9|\(c\))|All Rights Reserved", re.IGNORECASE)


def is_factiva(lines: list[str]) -> bool:
    """Whether ``lines`` hold a Factiva export: an accession-number line ``Document …``, alone or
    after the ``AN`` code."""
    return any(_ACCESSION.match(re.sub(r"^AN\s+", "", line.strip())) for line in lines)


def _cells(raw_lines: list[str]) -> list[str]:
    """Lines with RTF table cells (``HD|Headline|``, from striprtf) split one per line, code lines
    kept with their tab, everything else cleaned."""
    lines = []
    for raw in raw_lines:
        for cell in raw.rstrip("|").split("|") if "|" in raw else [raw]:
            code = _CODE_LINE.match(cell.strip(" \u00a0"))
            lines.append(cell.strip(" \u00a0") if code and code["code"] in CODES else clean_lines([cell])[0])
    return lines


def _indexed(lines: list[str]) -> list[Article]:
    articles, fields, code = [], {}, None

    def flush():
        if fields:
            articles.append(_indexed_article(fields))
            fields.clear()

    for line in lines:
        match = _CODE_LINE.match(line)
        if match and match["code"] in CODES:
            if "AN" in fields and fields["AN"]:
                flush()
            code = match["code"]
            fields.setdefault(code, [])
            if match["value"]:
                fields[code].append(" ".join(match["value"].split()))
        elif code and line:
            fields[code].append(line)
    flush()
    return articles


def _indexed_article(fields: dict) -> Article:
    meta = {name: " ".join(fields[code]) for code, name in FIELDS.items() if fields.get(code)}
    accession = _ACCESSION.match(" ".join(fields.get("AN", [])))
    if accession:
        meta["id"] = accession["id"]
    return Article("\n".join(fields.get("LP", []) + fields.get("TD", [])), meta)


def _article_format(lines: list[str]) -> list[Article]:
    articles, block = [], []
    for line in lines:
        accession = _ACCESSION.match(line)
        if accession:
            articles.append(_plain_article(block, accession["id"]))
            block = []
        elif line:
            block.append(line)
    return [article for article in articles if article is not None]


def _plain_article(block: list[str], accession: str) -> Article | None:
    words = next((i for i, line in enumerate(block) if _WORDS.match(line)), None)
    if words is None or words + 1 >= len(block):
        return None
    meta: dict = {"id": accession, "length": block[words]}
    before = block[:words]
    if before and before[-1].startswith("By "):
        meta["byline"] = before.pop()[3:]
    if before:
        meta["title"] = before.pop()
    if before:
        meta["section"] = before[-1]
    meta["date"] = block[words + 1]
    rest = block[words + 2:]
    if rest and _TIME.match(rest[0]):
        rest = rest[1:]
    # source, source code, language, then an optional copyright line
    for name in ("source", None, "language"):
        if rest:
            value = rest.pop(0)
            if name:
                meta[name] = value
    if rest and _RIGHTS.search(rest[0]):
        meta["rights"] = rest.pop(0)
    return Article("\n".join(rest), meta)


def parse_factiva(raw_lines: list[str]) -> tuple[list[Article], list[str]]:
    """The articles of a Factiva export (either display), and a note for each that has no text."""
    lines = _cells(raw_lines)
    indexed = any((m := _CODE_LINE.match(line)) and m["code"] == "HD" for line in lines)
    found = _indexed(lines) if indexed else _article_format(lines)
    articles = [article for article in found if article.body.strip()]
    notes = [f"article {article.meta.get('id', '?')} ({article.meta.get('title', 'no title')!r}) has no text; skipped"
             for article in found if not article.body.strip()]
    if not articles and not notes:
        raise ReaderError("has no Factiva article (no 'Document …' accession line after an article)")
    return articles, notes


# --------------------------------------------------------------------------- HTML

_FACTIVA_HTML = re.compile(r"<div[^>]*\bclass\s*=\s*[\"']article\b", re.IGNORECASE)


def looks_like_factiva_html(html: str) -> bool:
    """Whether a page is a Factiva export: ``<div class="article …">`` blocks and a ``Document …`` id."""
    return bool(_FACTIVA_HTML.search(html)) and re.search(r">\s*(?:<br\s*/?>\s*)?Document [A-Za-z0-9]{10,}\s*<", html) is not None


class _ArticleLines(TolerantHTMLParser):
    """The text inside ``<div class="article …">`` blocks, one block element or table cell per line."""

    BREAKS = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0  # open <div> elements inside the current article (0: outside any article)

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and (self.depth or "article" in classes):
            self.depth += 1
        if self.depth and tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.depth and tag in self.BREAKS:
            self.parts.append("\n")
        if tag == "div" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data.replace("\n", " "))


def html_lines(html: str) -> list[str]:
    """The lines of the article blocks of a Factiva HTML export."""
    parser = _ArticleLines()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).split("\n")
