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

#: Columns holding numbers; every other column holds text. Offsets and row numbers are whole numbers.
INTEGER_COLUMNS = ("utt_id", "sent_id", "start", "end")
SCORE_COLUMNS = ("stance_score", "polarity", "subjectivity", "vader_compound", "sentiment")

#: Attribution modes, from the most to the least explicit.
MODES = ("direct", "partial", "indirect", "reported", "silence")

#: Stance labels toward the target.
STANCES = ("oppose", "neutral", "evasive", "support")

#: Separator used when a list (frames, cues) is stored in one CSV cell.
LIST_SEPARATOR = "; "

UNATTRIBUTED = "unattributed"
