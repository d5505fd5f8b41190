"""Nexis Uni exports: many articles in one ``.docx`` (or ``.rtf``) file.

The layout, line by line (as LexisNexisTools and tm.plugin.lexisnexis read it): an optional cover
page (``User Name:``, ``Job Number:``, ``Documents (3)``, the list of titles), then per article::

    Title of the article
    Outlet Name
    November 5, 2024 Tuesday            <- date, often with weekday and time
    Copyright 2024 Outlet All Rights Reserved
    Section: WORLD; Pg. 3
    Length: 412 words
    Byline: Jane Doe
    Dateline: SEOUL
    Body
    paragraph … paragraph
    Classification                      <- optional: Language:, Subject:, Load-Date: …
    Load-Date: November 6, 2024
    End of Document

Labels are followed by a colon (and in ``.docx`` a non-breaking space). The title and outlet are
the two lines before the date line, so a cover page before the first article is left out.
"""

from __future__ import annotations

import re

from . import Article, ReaderError, clean_lines

END_OF_DOCUMENT = "End of Document"
_BODY_START = ("Body", "Text")
# Lines that end the body: the index sections after it.
_BODY_END = re.compile(r"^(?:Classification|Graphic|Notes|Load-Date:.*)$")
#: Header labels kept as metadata, by the name they get.
LABELS = {"Section": "section", "Length": "length", "Byline": "byline", "Author": "byline",
          "Dateline": "dateline", "Highlight": "highlight", "Edition": "edition",
          "Language": "language", "Load-Date": "load_date", "Publication-Type": "publication_type"}
_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z-]+(?: [A-Za-z-]+)?):\s*(?P<value>.*)$")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "November 5, 2024 Tuesday 10:30 AM EST", "Tuesday, November 5, 2024", "5 November 2024 Tuesday"
_DATE_LINE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?P<date>(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\.?\s+{_MONTH})\s+\d{{4}})"
    rf"(?:,?\s+{_WEEKDAY})?(?:,?\s+\d{{1,2}}:\d{{2}}.*)?$")


def is_nexis(lines: list[str]) -> bool:
    """Whether ``lines`` look like a Nexis Uni export (an ``End of Document`` line ends an article)."""
    return any(line.strip() == END_OF_DOCUMENT for line in lines)


def _split_articles(lines: list[str]) -> list[list[str]]:
    articles, current = [], []
    for line in lines:
        if line == END_OF_DOCUMENT:
            articles.append(current)
            current = []
        else:
            current.append(line)
    if any(current):
        articles.append(current)  # text after the last 'End of Document' (a truncated export)
    return articles


def _header(lines: list[str]) -> dict:
    """Title, source, date and labelled fields of the lines before ``Body``."""
    meta: dict = {}
    plain = []  # lines without a label: cover page, title, outlet, date, copyright
    for line in lines:
        label = _LABEL.match(line)
        if label and label["label"] in LABELS:
            meta.setdefault(LABELS[label["label"]], label["value"])
        elif line.startswith(("Copyright", "\u00a9")):
            meta.setdefault("rights", line)
        elif line:
            plain.append(line)
    dated = next((i for i, line in enumerate(plain) if i >= 2 and _DATE_LINE.match(line)), None)
    if dated is not None:
        meta["title"], meta["source"] = plain[dated - 2], plain[dated - 1]
        meta["date"] = _DATE_LINE.match(plain[dated])["date"]
    elif plain:
        meta["title"] = plain[-2] if len(plain) >= 2 else plain[-1]
        if len(plain) >= 2:
            meta["source"] = plain[-1]
    return meta


def parse_nexis(raw_lines: list[str]) -> tuple[list[Article], list[str]]:
    """The articles of a Nexis Uni export, and a note for each block that is not one (no ``Body``)."""
    articles, notes = [], []
    for number, lines in enumerate(_split_articles(clean_lines(raw_lines)), start=1):
        start = next((i for i, line in enumerate(lines) if line in _BODY_START), None)
        if start is None:
            notes.append(f"article {number} has no 'Body' line (a graphic or an index entry?); skipped")
            continue
        end = next((i for i in range(start + 1, len(lines)) if _BODY_END.match(lines[i])), len(lines))
        meta = _header(lines[:start])
        for line in lines[end:]:  # Classification: Language:, Load-Date: …
            label = _LABEL.match(line)
            if label and label["label"] in LABELS:
                meta.setdefault(LABELS[label["label"]], label["value"])
        body = "\n".join(line for line in lines[start + 1:end] if line)
        if not body:
            notes.append(f"article {number} ({meta.get('title', 'no title')!r}) has an empty body; skipped")
            continue
        articles.append(Article(body, meta))
    if not articles and not notes:
        raise ReaderError("has no Nexis Uni article (no 'Body' … 'End of Document' block)")
    return articles, notes
