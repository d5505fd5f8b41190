"""The text of Word (``.docx``) and Rich Text (``.rtf``) files, one paragraph per line."""

from __future__ import annotations

import io
import zipfile
import zlib

from . import ReaderError

#: What the parts of a ``.docx`` may unzip to, together: a Nexis export of hundreds of articles unzips to a
#: few MB, while a zip bomb of a few hundred KB unzips to gigabytes.
MAX_UNZIPPED_BYTES = 64 * 2**20
#: What zipfile, zlib, lxml (XMLSyntaxError is a SyntaxError) and python-docx raise on a damaged file:
#: a bad or encrypted zip (RuntimeError), an unsupported zip version (NotImplementedError), broken XML.
_DAMAGED = (zipfile.BadZipFile, zlib.error, KeyError, ValueError, EOFError, RuntimeError, NotImplementedError,
            SyntaxError)


def docx_paragraphs(data: bytes) -> tuple[list[str], str]:
    """The paragraphs of a ``.docx`` file (tables cell by cell, in document order) and its title
    property (``""`` when unset). A file that is not a readable .docx, or that would unzip to more
    than :data:`MAX_UNZIPPED_BYTES`, raises :class:`ReaderError`."""
    import docx  # python-docx
    import docx.opc.exceptions
    import docx.table

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(part.file_size for part in archive.infolist())
    except _DAMAGED as exc:
        raise ReaderError(f"is not a readable .docx file ({exc})") from exc
    if unzipped > MAX_UNZIPPED_BYTES:
        raise ReaderError(f"would unzip to {unzipped:,} bytes, more than {MAX_UNZIPPED_BYTES:,}; refused (a zip bomb?)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (*_DAMAGED, docx.opc.exceptions.OpcError) as exc:
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
