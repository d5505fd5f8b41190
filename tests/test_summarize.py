"""Per-actor summaries, KWIC, collocations and keyness on tiny tables and texts with exact expected rows."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.corpus import Corpus, make_document
from analysis.schema import UNATTRIBUTED
from analysis.summarize import (BY_ACTOR_COLUMNS, HEDGE_COLUMNS, KEYNESS_COLUMNS, KWIC_COLUMNS, VOICE_COLUMNS,
                                bootstrap_interval, by_actor, collocations, distanced, hedges_by_actor, keyness, kwic,
                                log_likelihood, log_ratio, naming_shares, voice_by_actor, words_of)

from .fixtures_utterances import naming_table, small_table, utterance_table

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


# --------------------------------------------------------------------------- by_actor


def test_by_actor_counts_shares_frames_and_modes():
    table = by_actor(small_table())
    assert list(table.columns) == BY_ACTOR_COLUMNS
    assert list(table["actor"]) == ["USA", "RUS", UNATTRIBUTED]  # 3 utterances first, then by code
    assert list(table["actor_name"]) == ["United States", "Russia", "no government"]
    usa = table.iloc[0]
    assert (usa["utterances"], usa["documents"]) == (3, 2)
    assert usa["share_oppose"] == 0.6667  # rounded to 4 places
    assert usa["share_neutral"] == 0.3333
    assert (usa["share_evasive"], usa["share_support"]) == (0.0, 0.0)
    assert usa["stance_mean"] == pytest.approx(-0.5)
    assert usa["sentiment_mean"] == pytest.approx(0.0)
    assert usa["dominant_frames"] == "security; law"  # security twice, law once
    assert (usa["mode_direct"], usa["mode_indirect"], usa["mode_reported"], usa["mode_silence"]) == (1, 1, 1, 0)
    unattributed = table.iloc[2]
    assert (unattributed["share_evasive"], unattributed["dominant_frames"]) == (1.0, "law")


def test_by_actor_interval_resamples_whole_documents():
    # USA: document a holds stance scores [-1, -0.5], document b [0]. Resampling two documents:
    # aa (1/4) gives -0.75, ab (1/2) -0.5, bb (1/4) 0; so the 2.5% quantile is -0.75 and the 97.5% one 0
    # (resampling single utterances would reach -1, the mean of drawing -1 three times).
    usa = by_actor(small_table()).iloc[0]
    assert (usa["stance_lo"], usa["stance_hi"]) == (-0.75, 0.0)
    assert (usa["sentiment_lo"], usa["sentiment_hi"]) == (-0.25, 0.5)  # a: [-0.5, 0], b: [0.5]


def test_by_actor_single_utterance_interval_is_degenerate():
    rus = by_actor(small_table()).set_index("actor").loc["RUS"]
    assert rus["stance_lo"] == rus["stance_mean"] == rus["stance_hi"] == 0.5
    assert rus["sentiment_lo"] == rus["sentiment_mean"] == rus["sentiment_hi"] == 0.2


def test_bootstrap_is_the_seeded_percentile_interval_and_brackets_the_mean():
    values = np.array([0.13, -0.71, 0.42, 0.05, -0.28, 0.9, -0.33, 0.61, 0.07, -0.52])
    documents = list("abcdefghij")  # one utterance per document: the ordinary bootstrap
    drawn = np.random.default_rng(7).integers(0, 10, size=(500, 10))
    means = values[drawn].mean(axis=1)
    expected = (float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975)))
    assert bootstrap_interval(values, documents, n_boot=500, rng=np.random.default_rng(7)) == expected
    lo, hi = expected
    assert lo < values.mean() < hi
    assert bootstrap_interval(values, documents, n_boot=500, rng=np.random.default_rng(8)) != expected


def test_bootstrap_intervals_widen_when_utterances_cluster_by_document():
    # Eight documents of four utterances each; an article's utterances are alike, articles differ.
    values = np.repeat([-0.9, -0.6, -0.4, -0.1, 0.0, 0.2, 0.5, 0.8], 4)
    by_document = np.repeat(list("abcdefgh"), 4)
    by_utterance = [f"u{number}" for number in range(values.size)]  # as if every utterance were independent
    lo_doc, hi_doc = bootstrap_interval(values, by_document, n_boot=2000, rng=np.random.default_rng(0))
    lo_utt, hi_utt = bootstrap_interval(values, by_utterance, n_boot=2000, rng=np.random.default_rng(0))
    assert lo_doc < lo_utt < values.mean() < hi_utt < hi_doc
    assert (hi_doc - lo_doc) > 1.7 * (hi_utt - lo_utt)  # about sqrt(4): four alike utterances count as one


def test_bootstrap_of_one_document_or_no_values_is_degenerate():
    assert bootstrap_interval([0.5, -0.5, 0.25, 0.75], ["a"] * 4) == (0.25, 0.25)
    assert bootstrap_interval([float("nan"), 0.5, 0.5], ["a", "b", "c"]) == (0.5, 0.5)
    lo, hi = bootstrap_interval([float("nan")], ["a"])
    assert math.isnan(lo) and math.isnan(hi)
    with pytest.raises(ValueError, match="3 values but 2 cluster labels"):
        bootstrap_interval([1.0, 2.0, 3.0], ["a", "b"])


def test_by_actor_is_reproducible_and_depends_on_the_seed():
    rows = [{"doc_id": f"d{number % 5}", "actor": "USA", "stance_score": s, "sentiment": s}
            for number, s in enumerate(np.arange(10) / 10)]
    data = utterance_table(*rows)
    first, again = by_actor(data, n_boot=300, seed=3), by_actor(data, n_boot=300, seed=3)
    pd.testing.assert_frame_equal(first, again)
    other = by_actor(data, n_boot=300, seed=4)
    assert (first["stance_lo"][0], first["stance_hi"][0]) != (other["stance_lo"][0], other["stance_hi"][0])
    assert first["stance_lo"][0] < first["stance_mean"][0] == 0.45 < first["stance_hi"][0]


def test_by_actor_interval_of_one_actor_ignores_other_actors():
    base = small_table()
    extra = pd.concat([base, utterance_table({"doc_id": "c", "actor": "CHN", "stance_score": 0.3})],
                      ignore_index=True)
    usa_before = by_actor(base, seed=5).set_index("actor").loc["USA"]
    usa_after = by_actor(extra, seed=5).set_index("actor").loc["USA"]
    pd.testing.assert_series_equal(usa_before, usa_after)


def test_by_actor_leaves_missing_scores_out_and_keeps_its_argument():
    data = utterance_table({"doc_id": "a", "actor": "KOR", "stance_score": -0.4},
                           {"doc_id": "a", "actor": "KOR", "stance_score": float("nan")},
                           {"doc_id": "a", "actor": None, "stance_score": float("nan")})
    before = data.copy()
    table = by_actor(data).set_index("actor")
    pd.testing.assert_frame_equal(data, before)
    assert table.loc["KOR", "stance_mean"] == table.loc["KOR", "stance_lo"] == pytest.approx(-0.4)
    assert table.loc["KOR", "utterances"] == 2
    assert math.isnan(table.loc[UNATTRIBUTED, "stance_mean"]) and math.isnan(table.loc[UNATTRIBUTED, "stance_hi"])


def test_by_actor_of_an_empty_table_and_bad_arguments():
    empty = by_actor(utterance_table())
    assert empty.empty and list(empty.columns) == BY_ACTOR_COLUMNS
    with pytest.raises(ValueError, match="no column.*'stance_score'"):
        by_actor(small_table().drop(columns="stance_score"))
    with pytest.raises(ValueError, match="ci must be between 0 and 1"):
        by_actor(small_table(), ci=95)


# --------------------------------------------------------------------------- kwic

TEXT = "Seoul said the troops left.\nThe TROOPS returned to North Korea\u2019s border."


def test_kwic_rows_show_the_original_text_with_offsets_and_token_positions():
    doc = make_document("d1", TEXT)
    table = kwic(Corpus([doc], []), "troops", window=2)
    assert list(table.columns) == KWIC_COLUMNS
    assert table.to_dict("records") == [
        {"doc_id": "d1", "start": 15, "end": 21, "from": 3, "to": 3, "pre": "said the", "keyword": "troops",
         "post": "left."},
        {"doc_id": "d1", "start": 32, "end": 38, "from": 7, "to": 7, "pre": ". The", "keyword": "TROOPS",
         "post": "returned to"},
    ]
    for row in table.itertuples():
        assert doc.text[row.start:row.end] == row.keyword


def test_kwic_finds_a_word_before_a_sentence_final_period():
    table = kwic(make_document("d1", TEXT), "left", window=1)
    assert table[["keyword", "pre", "post", "from"]].values.tolist() == [["left", "troops", ".", 4]]


def test_kwic_case_sensitive_phrase_glob_and_regex():
    doc = make_document("d1", TEXT)
    assert list(kwic([doc], "troops", case_insensitive=False)["keyword"]) == ["troops"]
    phrase = kwic([doc], "north korea's", window=1)  # straight apostrophe matches the curly one
    assert phrase[["keyword", "pre", "post", "from", "to"]].values.tolist() == [
        ["North Korea\u2019s", "to", "border", 10, 12]]
    assert list(kwic([doc], "troop*", window=0)["keyword"]) == ["troops", "TROOPS"]
    assert list(kwic([doc], r"t\w+s", regex=True, window=0)["keyword"]) == ["troops", "TROOPS"]
    assert kwic([doc], "troop", window=0).empty


def test_kwic_over_plain_strings_and_an_utterance_table():
    strings = kwic(["No troops here.", "Troops there."], "troops", window=1)
    assert strings[["doc_id", "pre", "post"]].values.tolist() == [["text1", "No", "here"], ["text2", "", "there"]]
    table = utterance_table({"doc_id": "d1", "utt_id": 4, "start": 100, "end": 118, "text": "we saw the troops."})
    rows = kwic(table, "troops", window=1)
    assert list(rows.columns) == ["doc_id", "utt_id", *KWIC_COLUMNS[1:]]
    assert rows.iloc[0][["utt_id", "start", "end", "pre", "post"]].tolist() == [4, 111, 117, "the", "."]


def test_kwic_rejects_an_empty_pattern_and_a_negative_window():
    with pytest.raises(ValueError, match="pattern is empty"):
        kwic([make_document("d", TEXT)], "  ")
    with pytest.raises(ValueError, match="window"):
        kwic([make_document("d", TEXT)], "troops", window=-1)


# --------------------------------------------------------------------------- collocations

TEXTS = ["north korea sent troops", "North Korea denied it", "troops left"]


def test_words_keep_inner_apostrophes_and_initialisms_and_drop_stopwords():
    assert words_of("The U.S. said North Korea\u2019s 10,000 troops are not there", stopwords=None) == [
        "the", "u.s.", "said", "north", "korea's", "troops", "are", "not", "there"]
    assert words_of("The U.S. said North Korea\u2019s 10,000 troops are not there") == [
        "u.s.", "north", "korea's", "troops", "not"]


def test_collocations_pmi_and_llr_hand_computed():
    # N = 10 words; (north, korea) twice; north and korea twice each.
    pmi = collocations(TEXTS, measure="pmi", stopwords=None)
    assert pmi.to_dict("records") == [
        {"word1": "north", "word2": "korea", "freq": 2, "score": round(math.log2(2 * 10 / (2 * 2)), 4),
         "measure": "pmi"}]
    # 2x2 table [[2, 0], [0, 8]] with expected [[0.4, 1.6], [1.6, 6.4]]
    llr = collocations(TEXTS, measure="llr", stopwords=None)
    expected = 2 * (2 * math.log(2 / 0.4) + 8 * math.log(8 / 6.4))
    assert llr["score"].tolist() == [round(expected, 4)]
    assert expected == pytest.approx(10.008048, abs=1e-6)


def test_collocations_never_pair_words_across_texts_and_filter_stopwords():
    table = collocations(["troops kursk", "troops kursk"], min_freq=1, stopwords=None)
    assert table[["word1", "word2", "freq"]].values.tolist() == [["troops", "kursk", 2]]
    wide = collocations(["troops in kursk", "troops in kursk"], min_freq=2, window=3, stopwords="english")
    assert wide[["word1", "word2", "freq"]].values.tolist() == [["troops", "kursk", 2]]
    assert collocations(["the war", "the war"], stopwords="english").empty
    assert collocations(["the war", "the war"], stopwords=None)[["word1", "word2"]].values.tolist() == [
        ["the", "war"]]


def test_collocations_reject_unknown_measures():
    with pytest.raises(ValueError, match="unknown measure 'dice'; choose one of: pmi, llr"):
        collocations(TEXTS, measure="dice")


# --------------------------------------------------------------------------- keyness


def test_log_likelihood_two_cell_form_and_log_ratio():
    # 3 of 4 target words, 1 of 4 reference words: E1 = E2 = 4 * 4 / 8 = 2
    assert log_likelihood(3, 1, 4, 4) == pytest.approx(2 * (3 * math.log(3 / 2) + 1 * math.log(1 / 2)))
    assert log_likelihood(3, 1, 4, 4) == pytest.approx(1.046496, abs=1e-6)
    # a zero reference count adds nothing: E1 = 4 * 3 / 8 = 1.5
    assert log_likelihood(3, 0, 4, 4) == pytest.approx(2 * 3 * math.log(2))
    assert log_likelihood(2, 4, 10, 20) == pytest.approx(0.0)  # same relative frequency
    assert log_ratio(3, 1, 4, 4) == pytest.approx(math.log2(3))
    assert log_ratio(3, 0, 4, 4) == pytest.approx(math.log2(6))  # zero counted as 0.5


def test_keyness_rows_for_two_actors():
    data = utterance_table({"doc_id": "a", "actor": "USA", "text": "Troops, troops and troops: aggression!"},
                           {"doc_id": "a", "actor": "RUS", "text": "The troops? A treaty, treaty, treaty."})
    table = keyness(data, min_count=1)  # "and", "the", "a" are stopwords: 4 words each
    assert list(table.columns) == KEYNESS_COLUMNS
    got = [(r.group, r.word, r.count_target, r.count_reference, r.g2, r.effect, r.direction)
           for r in table.itertuples()]
    assert got == [
        ("RUS", "treaty", 3, 0, 4.1589, 2.585, "over"),       # 2*3*ln 2; log2(0.75 / 0.125)
        ("RUS", "troops", 1, 3, 1.0465, -1.585, "under"),     # under-used words after the over-used
        ("USA", "aggression", 1, 0, 1.3863, 1.0, "over"),     # 2*1*ln 2; log2(0.25 / 0.125)
        ("USA", "troops", 3, 1, 1.0465, 1.585, "over"),
    ]
    assert table["p"].iloc[0] == pytest.approx(math.erfc(math.sqrt(2 * 3 * math.log(2) / 2)))
    assert table["p"].iloc[0] < 0.05 < table["p"].iloc[2]
    assert keyness(data)[["group", "word"]].values.tolist() == [["RUS", "treaty"], ["USA", "troops"]]


def test_keyness_groups_unattributed_rows_and_keeps_stopwords_on_request():
    data = utterance_table({"doc_id": "a", "actor": "", "text": "not now, not ever"},
                           {"doc_id": "a", "actor": "CHN", "text": "peace and talks"})
    table = keyness(data, min_count=2, stopwords=None)
    assert table[["group", "word", "count_target"]].values.tolist() == [[UNATTRIBUTED, "not", 2]]
    with pytest.raises(ValueError, match="no column.*'party'"):
        keyness(data, group="party")
    with pytest.raises(ValueError, match="unknown stopword list 'french'"):
        keyness(data, stopwords="french")


# --------------------------------------------------------------------------- custom actors, significance
# An invented corpus: Brazil sends UN peacekeepers to Haiti.

HAITI_ACTORS = ("BRA:\n  name: Brazil\n  kind: state\n  color: '#117733'\n  names: [Brazil]\n"
                "HTI:\n  name: Haiti\n  kind: state\n  color: '#882255'\n  names: [Haiti]\n")


def haiti_table():
    return utterance_table(
        {"doc_id": "h1", "actor": "BRA", "stance": "support", "stance_score": 1.0, "text": "Brazil will send troops."},
        {"doc_id": "h1", "actor": "BRA", "stance": "support", "stance_score": 0.5, "text": "Our troops are ready."},
        {"doc_id": "h2", "actor": "HTI", "stance": "neutral", "stance_score": 0.0, "text": "Haiti welcomes help."},
        {"doc_id": "h2", "actor": "XYZ", "stance": "oppose", "stance_score": -1.0, "text": "Not yet."})


def test_by_actor_names_custom_actors_from_a_file_or_a_registry(write):
    from analysis.actors import load_registry

    path = write("my_actors.yml", HAITI_ACTORS)
    data = haiti_table()
    for actors in (path, str(path), load_registry(path)):
        table = by_actor(data, n_boot=50, actors=actors)
        assert table[["actor", "actor_name"]].values.tolist() == [["BRA", "Brazil"], ["HTI", "Haiti"], ["XYZ", "XYZ"]]
    default = by_actor(data, n_boot=50)
    assert default["actor_name"].tolist() == ["Brazil", "Haiti", "XYZ"]  # the shipped registry knows both; XYZ stays a code
    assert by_actor(data, n_boot=50, actors=path).drop(columns="actor_name").equals(default.drop(columns="actor_name"))


def test_by_actor_with_a_missing_actor_file_names_it(tmp_path):
    with pytest.raises(ValueError, match="nope.yml"):
        by_actor(haiti_table(), actors=tmp_path / "nope.yml")


def test_keyness_flags_significant_rows():
    data = utterance_table(
        {"doc_id": "h", "actor": "BRA", "text": "Peacekeepers, peacekeepers, peacekeepers, peacekeepers: Haiti."},
        {"doc_id": "h", "actor": "HTI", "text": "Haiti thanks Brazil. Haiti, Haiti."})
    table = keyness(data, min_count=1)
    assert list(table.columns)[-2:] == ["p", "significant"]
    assert table["significant"].dtype == bool
    assert table["significant"].tolist() == (table["p"] < 0.05).tolist()
    assert table["significant"].tolist() == (table["g2"] >= 3.84).tolist()
    rows = {(r.group, r.word): r.significant for r in table.itertuples()}
    assert rows[("BRA", "peacekeepers")]
    assert not rows[("HTI", "brazil")]
    assert keyness(data.iloc[:0])["significant"].dtype == bool


# --------------------------------------------------------------------------- groups: outlets, documents, periods


def test_by_actor_per_week_puts_the_period_first():
    data = small_table()
    data.loc[4, "date"] = ""
    table = by_actor(data, by="week")
    assert list(table.columns) == ["week"] + BY_ACTOR_COLUMNS
    assert table[["week", "actor", "utterances", "stance_mean", "stance_lo", "stance_hi"]].values.tolist() == [
        ["2024-11-04", "USA", 2, -0.75, -0.75, -0.75],   # one document that week: no spread to show
        ["2024-11-11", "RUS", 1, 0.5, 0.5, 0.5],
        ["2024-11-11", "USA", 1, 0.0, 0.0, 0.0],
        ["undated", UNATTRIBUTED, 1, 0.0, 0.0, 0.0]]


def test_by_actor_per_outlet_and_an_unknown_grouping():
    data = small_table().assign(source=["Ledger", "Ledger", "Wire", "Wire", "Ledger"])
    table = by_actor(data, by="source")
    assert table[["source", "actor", "utterances", "documents"]].values.tolist() == [
        ["Ledger", "USA", 2, 1], ["Ledger", UNATTRIBUTED, 1, 1], ["Wire", "RUS", 1, 1], ["Wire", "USA", 1, 1]]
    with pytest.raises(ValueError, match="by_actor: unknown by 'outlet'; choose None, one of 'day', 'week'"):
        by_actor(data, by="outlet")


VOICE = utterance_table(
    {"doc_id": "l1", "source": "Ledger", "actor": "RUS", "cue_class": "distancing", "outlet_hedges": "so-called"},
    {"doc_id": "l1", "source": "Ledger", "actor": "RUS", "cue_class": "neutral", "outlet_hedges": '"volunteers"'},
    {"doc_id": "l2", "source": "Ledger", "actor": "RUS", "cue_class": "distancing", "outlet_hedges": ""},
    {"doc_id": "l2", "source": "Ledger", "actor": "USA", "cue_class": "endorsing", "outlet_hedges": ""},
    {"doc_id": "w1", "source": "Wire", "actor": "RUS", "cue_class": "neutral", "outlet_hedges": ""},
    {"doc_id": "w1", "source": "Wire", "actor": "RUS", "cue_class": "silence",
     "outlet_hedges": 'reportedly; "volunteers"'},
    {"doc_id": "w1", "source": "Wire", "actor": "", "cue_class": "loaded", "outlet_hedges": ""},
)


def test_voice_by_actor_per_outlet_shares_and_distance():
    table = voice_by_actor(VOICE, by="source")
    assert list(table.columns) == ["source"] + VOICE_COLUMNS
    got = table[["source", "actor", "utterances", "documents", "share_neutral", "share_distancing", "share_endorsing",
                 "share_loaded", "share_silence", "share_none", "share_hedged", "distanced_mean", "distanced_lo",
                 "distanced_hi"]].values.tolist()
    assert got == [
        # every Russian utterance in the Ledger has a distancing verb, a hedge or both
        ["Ledger", "RUS", 3, 2, 0.3333, 0.6667, 0.0, 0.0, 0.0, 0.0, 0.6667, 1.0, 1.0, 1.0],
        ["Ledger", "USA", 1, 1, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ["Wire", "RUS", 2, 1, 0.5, 0.0, 0.0, 0.0, 0.5, 0.0, 0.5, 0.5, 0.5, 0.5],  # one document: no interval
        ["Wire", UNATTRIBUTED, 1, 1, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]
    assert distanced(VOICE).tolist() == [True, True, True, False, False, True, False]


def test_hedges_by_actor_counts_each_kind_once_per_utterance():
    table = hedges_by_actor(VOICE, by="source")
    assert list(table.columns) == ["source"] + HEDGE_COLUMNS
    assert table.values.tolist() == [
        ["Ledger", "RUS", "Russia", 3, "scare quotes", 1, 0.3333],
        ["Ledger", "RUS", "Russia", 3, "so-called", 1, 0.3333],
        ["Wire", "RUS", "Russia", 2, "reportedly", 1, 0.5],
        ["Wire", "RUS", "Russia", 2, "scare quotes", 1, 0.5]]
    assert hedges_by_actor(VOICE.assign(outlet_hedges="")).empty


NAMES = naming_table()


def test_naming_shares_per_voice_within_a_category():
    table = naming_shares(NAMES, category="war")
    assert table.values.tolist() == [
        ["war", "speaker", "RUS", "special military operation", 2, 0.6667],
        ["war", "speaker", "RUS", "war", 1, 0.3333],
        ["war", "speaker", UNATTRIBUTED, "conflict", 1, 1.0],
        ["war", "outlet", "", "full-scale invasion", 1, 0.5],
        ["war", "outlet", "", "war", 1, 0.5]]
    per_document = naming_shares(NAMES, by="doc_id")
    assert per_document[["doc_id", "category", "actor", "variant", "share"]].values.tolist()[-3:] == [
        ["d2", "war", UNATTRIBUTED, "conflict", 1.0], ["d2", "war", "", "full-scale invasion", 0.5],
        ["d2", "war", "", "war", 0.5]]
