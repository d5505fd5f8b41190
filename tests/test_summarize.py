"""Per-actor summaries, KWIC, collocations and keyness on tiny tables with exact values."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.corpus import make_document
from analysis.summarize import by_actor, collocations, keyness, kwic, log_likelihood


def utterances(rows):
    columns = ["doc_id", "actor", "stance", "stance_score", "sentiment", "frames", "text"]
    return pd.DataFrame(rows, columns=columns)


TABLE = utterances([
    ("d1", "USA", "oppose", -0.8, -0.5, "escalation; security and defense", "a dangerous escalation"),
    ("d1", "USA", "oppose", -0.6, -0.3, "escalation", "firm response to escalation"),
    ("d2", "USA", "neutral", 0.0, 0.1, "", "troops confirmed"),
    ("d2", "RUS", "evasive", 0.0, 0.0, "", "declined to comment"),
    ("d2", "", "neutral", 0.0, 0.2, "military operation", "analysts said troops moved"),
])


def test_by_actor_counts_shares_and_intervals():
    table = by_actor(TABLE)
    assert table["actor"].tolist() == ["USA", "RUS", "unattributed"]
    usa = table.iloc[0]
    assert (usa.actor_name, usa.utterances, usa.documents) == ("United States", 3, 2)
    assert (usa.share_oppose, usa.share_neutral, usa.share_evasive, usa.share_support) == (0.6667, 0.3333, 0.0, 0.0)
    assert usa.stance_mean == round((-0.8 - 0.6 + 0.0) / 3, 4)
    assert usa.stance_lo <= usa.stance_mean <= usa.stance_hi
    assert -0.8 <= usa.stance_lo and usa.stance_hi <= 0.0
    assert usa.dominant_frames == "escalation; security and defense"
    rus = table.iloc[1]
    assert (rus.stance_lo, rus.stance_mean, rus.stance_hi) == (0.0, 0.0, 0.0)  # one utterance: degenerate
    assert table.iloc[2].actor_name == "no government"


def test_by_actor_is_reproducible_and_does_not_mutate():
    before = TABLE.copy()
    assert by_actor(TABLE).equals(by_actor(TABLE))
    assert TABLE.equals(before)
    assert by_actor(TABLE, seed=1)["stance_mean"].tolist() == by_actor(TABLE)["stance_mean"].tolist()


def test_kwic_rows():
    doc = make_document("d", "Seoul said North Korean troops were in Kursk. The troops fought.")
    table = kwic([doc], "troops", window=2)
    assert table.to_dict("records") == [
        {"doc_id": "d", "start": 24, "end": 30, "from": 4, "to": 4, "pre": "North Korean", "keyword": "troops",
         "post": "were in"},
        {"doc_id": "d", "start": 50, "end": 56, "from": 10, "to": 10, "pre": ". The", "keyword": "troops",
         "post": "fought."},
    ]


def test_kwic_phrase_and_case():
    doc = make_document("d", "The North Korean army and north korean troops.")
    assert kwic([doc], "north korean", window=1)["keyword"].tolist() == ["North Korean", "north korean"]
    assert kwic([doc], "north korean", window=1, case_insensitive=False)["keyword"].tolist() == ["north korean"]


def test_log_likelihood_hand_computed():
    # a=10 of c=100 target words, b=5 of d=200 reference words
    e1, e2 = 100 * 15 / 300, 200 * 15 / 300
    expected = 2 * (10 * math.log(10 / e1) + 5 * math.log(5 / e2))
    assert log_likelihood(10, 5, 100, 200) == pytest.approx(expected)
    assert round(expected, 4) == 6.9315


def test_keyness_rows():
    table = utterances([
        ("d", "USA", "oppose", -1, -1, "", "escalation escalation escalation threat"),
        ("d", "RUS", "support", 1, 1, "", "treaty treaty friendship threat"),
    ])
    key = keyness(table, min_count=2)
    assert key[["group", "word", "count_target", "count_reference"]].values.tolist() == [
        ["RUS", "treaty", 2, 0], ["USA", "escalation", 3, 0]]
    usa = key[key.group == "USA"].iloc[0]
    assert usa.g2 == round(log_likelihood(3, 0, 4, 4), 4) and usa.direction == "over"


def test_collocations_llr_and_pmi():
    docs = [make_document(f"d{i}", "North Korean troops crossed. North Korean troops fought.") for i in range(2)]
    llr = collocations(docs, measure="llr", min_freq=2, n=3)
    assert sorted(llr[["word1", "word2", "freq"]].values.tolist()[:2]) == [["korean", "troops", 4], ["north", "korean", 4]]
    assert set(llr.columns) == {"word1", "word2", "freq", "score", "measure"}
    assert collocations(docs, measure="pmi", min_freq=2)["measure"].unique().tolist() == ["pmi"]
    with pytest.raises(ValueError, match="unknown measure 'chi'; choose one of: pmi, llr"):
        collocations(docs, measure="chi")
