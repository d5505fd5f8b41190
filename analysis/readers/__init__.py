"""Readers for the export formats of news databases and for saved web pages.

Each reader turns one file's content into :class:`Article` records (title, metadata, body text);
:mod:`analysis.corpus` makes documents of them, normalises their dates and names the file in any
problem. Readers know nothing of files: they raise :class:`ReaderError` with the problem alone.

- :mod:`.nexis`: Nexis Uni exports (``.docx``, ``.rtf``), many articles per file.
- :mod:`.factiva`: Factiva exports (``.rtf``, ``.html``), many articles per file, with or
  without the field codes (``HD``, ``PD``, ``SN`` …) of the "plus Indexing" display.
- :mod:`.office`: the paragraphs of a ``.docx`` file and the text of an ``.rtf`` file.
- :mod:`.web`: a saved web page read with trafilatura, when it is installed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


class ReaderError(ValueError):
    """The content cannot be read as the format it claims to be; the message says why."""


@dataclass(frozen=True)
class Article:
    """One article of an export: its body text (paragraphs on their own lines) and metadata."""

    body: str
    meta: dict = field(default_factory=dict)


def clean_lines(lines) -> list[str]:
    """``lines`` with non-breaking spaces made plain and surrounding spaces removed."""
    return [" ".join(line.replace("\u00a0", " ").split()) for line in lines]


class TolerantHTMLParser(HTMLParser):
    """``HTMLParser`` that reads a marked section it does not know (``<![CD``, ``<![foo[``) as a bogus
    comment, as browsers do outside SVG and MathML, where the standard library raises AssertionError."""

    def parse_marked_section(self, i, report=1):
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i, report)
