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
