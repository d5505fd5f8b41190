"""Tiny literal utterance tables for the summarize and plot tests."""

from __future__ import annotations

import pandas as pd

from analysis.schema import EVIDENCE_COLUMNS, METADATA_COLUMNS, UTTERANCE_COLUMNS

COLUMNS = UTTERANCE_COLUMNS + EVIDENCE_COLUMNS + METADATA_COLUMNS

_DEFAULTS = {"utt_id": 0, "start": 0, "end": 0, "text": "", "speaker": "", "actor": "", "mode": "direct",
             "cue": "said", "via": "", "cue_class": "neutral", "outlet_hedges": "", "stance": "neutral", "stance_score": 0.0,
             "polarity": 0.0, "subjectivity": 0.0,
             "vader_compound": 0.0, "sentiment": 0.0, "frames": "", "method": "test", "stance_cues": "",
             "frame_cues": "", "sentiment_method": "test", "title": "", "date": "", "source": "",
             "language": "en", "url": ""}


def utterance_table(*rows: dict) -> pd.DataFrame:
    """An utterance table in schema column order; each row gives only the values it cares about."""
    records = [{**_DEFAULTS, "utt_id": number, **row} for number, row in enumerate(rows)]
    return pd.DataFrame(records, columns=COLUMNS)


def small_table() -> pd.DataFrame:
    """Three US, one Russian and one unattributed utterance in two dated documents."""
    return utterance_table(
        {"doc_id": "a", "actor": "USA", "stance": "oppose", "stance_score": -1.0, "sentiment": -0.5,
         "polarity": -0.2, "vader_compound": -0.6, "frames": "security; law", "mode": "direct",
         "text": "Troops, troops and troops: aggression!", "date": "2024-11-04"},
        {"doc_id": "a", "actor": "USA", "stance": "oppose", "stance_score": -0.5, "sentiment": 0.0,
         "polarity": 0.0, "vader_compound": -0.2, "frames": "security", "mode": "indirect",
         "text": "A threat to Europe.", "date": "2024-11-04"},
        {"doc_id": "b", "actor": "USA", "stance": "neutral", "stance_score": 0.0, "sentiment": 0.5,
         "polarity": 0.4, "vader_compound": 0.2, "frames": "", "mode": "reported",
         "text": "We are watching.", "date": "2024-11-13"},
        {"doc_id": "b", "actor": "RUS", "stance": "support", "stance_score": 0.5, "sentiment": 0.2,
         "polarity": 0.1, "vader_compound": 0.3, "frames": "sovereignty", "mode": "direct",
         "text": "A sovereign treaty.", "date": "2024-11-13"},
        {"doc_id": "a", "actor": "", "speaker": "an analyst", "stance": "evasive", "stance_score": 0.0,
         "sentiment": 0.1, "polarity": 0.0, "vader_compound": 0.1, "frames": "law", "mode": "direct",
         "text": "Hard to say.", "date": "2024-11-04"},
    )


def naming_table() -> pd.DataFrame:
    """A tiny naming table: Russia's and an unattributed speaker's words for the war, the outlet's own, one dprk row."""
    return pd.DataFrame(
        [("d1", "war", "speaker", "RUS", "special military operation"),
         ("d1", "war", "speaker", "RUS", "special military operation"),
         ("d1", "war", "speaker", "RUS", "war"), ("d2", "war", "speaker", "", "conflict"),
         ("d2", "war", "outlet", "", "full-scale invasion"), ("d2", "war", "outlet", "", "war"),
         ("d2", "dprk", "speaker", "USA", "North Korea")],
        columns=["doc_id", "category", "voice", "actor", "variant"])
