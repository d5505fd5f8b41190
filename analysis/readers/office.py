"""The text of Word (``.docx``) and Rich Text (``.rtf``) files, one paragraph per line."""

from __future__ import annotations

import io
import zipfile

from . import ReaderError


def docx_paragraphs(data: bytes) -> tuple[list[str], str]:
    """The paragraphs of a ``.docx`` file (tables cell by cell, in document order) and its title
    property (``""`` when unset)."""
    import docx  # python-docx
    import docx.table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReaderError(f"is not a readable .docx file ({exc})") from exc
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            lines.extend(cell.text for row in block.rows for cell in row.cells)
        else:
            lines.append(block.text)
    return lines, document.core_properties.title or ""


def rtf_text(text: str) -> str:
    """The plain text of an RTF document (paragraphs on their own lines, table cells split by ``|``)."""
    from striprtf.striprtf import rtf_to_text

    if not text.lstrip().startswith("{\\rtf"):
        raise ReaderError("is not an RTF file (it does not start with '{\\rtf')")
    try:
        return rtf_to_text(text, errors="replace")
    except (IndexError, ValueError, LookupError) as exc:
        raise ReaderError(f"is not readable RTF ({exc})") from exc
