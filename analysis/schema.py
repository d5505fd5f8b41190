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
    "via",
    "cue_class",
    "outlet_hedges",
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

#: The fixed columns of ``discourse analyze --unit naming``: one row per naming choice (a word of
#: ``resources/naming.yml``), whose voice it is (``speaker`` inside an utterance, else ``outlet``) and
#: whether it stands in quotation marks; ``variant`` and ``utt_id`` (-1 in the outlet's narration) say
#: which variant it is and in which utterance.
NAMING_COLUMNS = [
    "doc_id",
    "start",
    "end",
    "term",
    "category",
    "voice",
    "actor",
    "quoted",
    "variant",
    "utt_id",
]

#: Voices of a naming row: inside an utterance (the speaker's) or in the outlet's own narration.
VOICES = ("speaker", "outlet")

#: Classes of an utterance's reporting verb (``cue_class``; ``resources/voice.yml``): how the outlet
#: voices it. ``silence`` for silences, ``none`` where there is no reporting verb.
CUE_CLASSES = ("neutral", "distancing", "endorsing", "loaded", "silence", "none")

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
LIST_COLUMNS = ("frames", "stance_cues", "frame_cues", "outlet_hedges")
#: Columns of whole numbers and of real numbers; ``date`` is a date, ``quoted`` true or false; every
#: other column is text.
INTEGER_COLUMNS = ("utt_id", "sent_id", "start", "end", "n_sentences", "n_utterances")
FLOAT_COLUMNS = ("stance_score", "polarity", "subjectivity", "vader_compound", "sentiment")
DATE_COLUMNS = ("date",)
BOOLEAN_COLUMNS = ("quoted",)

#: Names of the fixed columns of every unit: document metadata of the same name gets a ``meta_`` prefix.
_FIXED_COLUMNS = frozenset(UTTERANCE_COLUMNS + EVIDENCE_COLUMNS + SENTENCE_COLUMNS + DOCUMENT_COLUMNS
                           + DOCUMENT_COUNTS + NAMING_COLUMNS + ["text"])


def metadata_column(key: str) -> str:
    """The output column of a document's metadata ``key``: the key itself, or ``meta_<key>`` when a
    fixed column has that name (a table's own ``sentiment`` or ``start`` column)."""
    return f"meta_{key}" if key in _FIXED_COLUMNS else key
