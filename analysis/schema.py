"""Column names of the toolkit's tables, defined once.

Every stage reads and writes these names; notebooks and tests import them
instead of spelling strings again.
"""

from __future__ import annotations

#: Document metadata carried onto every output row.
METADATA_COLUMNS = ["title", "date", "source", "language", "url"]

#: The fixed columns of ``discourse analyze --unit utterance`` (in this order).
UTTERANCE_COLUMNS = [
    "doc_id",
    "utt_id",
    "start",
    "end",
    "text",
    "speaker",
    "actor",
    "mode",
    "cue",
    "stance",
    "stance_score",
    "polarity",
    "subjectivity",
    "vader_compound",
    "sentiment",
    "frames",
]

#: How each utterance row was derived, so "why?" has an answer in the table.
EVIDENCE_COLUMNS = ["method", "stance_cues", "frame_cues", "sentiment_method"]

#: The fixed columns of ``discourse analyze --unit sentence``.
SENTENCE_COLUMNS = [
    "doc_id",
    "sent_id",
    "start",
    "end",
    "text",
    "polarity",
    "subjectivity",
    "vader_compound",
    "sentiment",
    "sentiment_method",
]

#: Attribution modes, from the most to the least explicit.
MODES = ("direct", "partial", "indirect", "reported", "silence")

#: Stance labels toward the target.
STANCES = ("oppose", "neutral", "evasive", "support")

#: Separator used when a list (frames, cues) is stored in one CSV cell.
LIST_SEPARATOR = "; "

UNATTRIBUTED = "unattributed"

#: The columns of ``discourse analyze --unit document``, before the metadata (text comes after it).
DOCUMENT_COLUMNS = ["doc_id"]
#: The document counts that close a document row.
DOCUMENT_COUNTS = ["n_sentences", "n_utterances"]

#: Columns holding lists: lists in Parquet and JSONL, joined with ``LIST_SEPARATOR`` in CSV and pandas.
LIST_COLUMNS = ("frames", "stance_cues", "frame_cues")
#: Columns of whole numbers and of real numbers; ``date`` is a date; every other column is text.
INTEGER_COLUMNS = ("utt_id", "sent_id", "start", "end", "n_sentences", "n_utterances")
FLOAT_COLUMNS = ("stance_score", "polarity", "subjectivity", "vader_compound", "sentiment")
DATE_COLUMNS = ("date",)

#: Names of the fixed columns of every unit: document metadata of the same name gets a ``meta_`` prefix.
_FIXED_COLUMNS = frozenset(UTTERANCE_COLUMNS + EVIDENCE_COLUMNS + SENTENCE_COLUMNS + DOCUMENT_COLUMNS
                           + DOCUMENT_COUNTS + ["text"])


def metadata_column(key: str) -> str:
    """The output column of a document's metadata ``key``: the key itself, or ``meta_<key>`` when a
    fixed column has that name (a table's own ``sentiment`` or ``start`` column)."""
    return f"meta_{key}" if key in _FIXED_COLUMNS else key
