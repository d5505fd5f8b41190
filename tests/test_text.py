"""Segmentation: sentences and tokens keep exact offsets; shipped Punkt parameters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus import Document, make_document, read_file
from analysis.text import SCORED_CHARACTERS, SpanIndex, scored_part, sentences, split_sentences, tokens

from .conftest import SEED, counting


def sentence_texts(text: str) -> list[str]:
    doc = make_document("d", text)
    return [s.text(doc) for s in sentences(doc)]


def test_abbreviations_do_not_end_sentences():
    text = ("The U.S. and the U.N. met on Aug. 6 in St. Petersburg with Gen. Lee and Lt. Col. Kim. "
            "Sept. talks followed. John F. Kennedy was cited.")
    assert sentence_texts(text) == [
        "The U.S. and the U.N. met on Aug. 6 in St. Petersburg with Gen. Lee and Lt. Col. Kim.",
        "Sept. talks followed.",
        "John F. Kennedy was cited.",
    ]


def test_abbreviation_before_a_sentence_starter_still_splits():
    assert sentence_texts("Aid came from the U.S. The ministry said so. U.S. President Joe Biden agreed.") == [
        "Aid came from the U.S.",
        "The ministry said so.",
        "U.S. President Joe Biden agreed.",
    ]


def test_single_capital_ends_a_sentence_before_a_sentence_starter():
    assert sentence_texts("The deal was known as Plan B. Officials said it held. Guards left Zone C. "
                          "The army moved in. They reached point Q. Then they stopped.") == [
        "The deal was known as Plan B.",
        "Officials said it held.",
        "Guards left Zone C.",
        "The army moved in.",
        "They reached point Q.",
        "Then they stopped.",
    ]


def test_initials_and_dotted_acronyms_stay_inside_names():
    text = ("Envoy Laura K. Dunmore met Vice President J.D. Harlan and Gen. H.R. Osgood. "
            "A note went to P. Varga on Monday. Harry S. Milford agreed.")
    assert sentence_texts(text) == [
        "Envoy Laura K. Dunmore met Vice President J.D. Harlan and Gen. H.R. Osgood.",
        "A note went to P. Varga on Monday.",
        "Harry S. Milford agreed.",
    ]


def test_us_at_a_sentence_end():
    # A sentence starter after "U.S." begins a new sentence; a capitalised noun is read as part of a
    # name ("U.S. Army"), the more frequent case in news prose, so "the U.S. Russia said" stays one.
    assert sentence_texts("Tariffs were set by the U.S. Then the ministry spoke. "
                          "Aid from U.S. Army depots arrived. Curbs came from the E.U. Some were lifted.") == [
        "Tariffs were set by the U.S.",
        "Then the ministry spoke.",
        "Aid from U.S. Army depots arrived.",
        "Curbs came from the E.U.",
        "Some were lifted.",
    ]


def test_sentences_do_not_cross_lines_and_skip_dateline():
    doc = make_document("d", "SEOUL, Nov 13 (Reuters) - Seoul said so. It added more\nNext paragraph.")
    got = [(s.paragraph, s.text(doc), s.boilerplate) for s in sentences(doc)]
    assert got == [(0, "Seoul said so.", ""), (0, "It added more", ""), (1, "Next paragraph.", "")]


def test_seed_sentences_mark_boilerplate():
    (doc,) = read_file(SEED)
    sents = sentences(doc)
    assert len(sents) == 23
    assert sents[0].text(doc).startswith("The United States will respond strongly")
    assert [s.boilerplate for s in sents if s.boilerplate] == ["related"] * 4 + ["credit"]
    assert len(sentences(doc, include_boilerplate=False)) == 18


def test_tokens_have_offsets_into_the_original_text():
    text = "\u201cWe\u2019re ready,\u201d Blinken said."
    doc = make_document("d", text)
    toks = tokens(doc.norm)
    assert [t.text for t in toks] == ['"', "We", "'re", "ready", ",", '"', "Blinken", "said", "."]
    assert [text[t.start:t.end] for t in toks] == ["\u201c", "We", "\u2019re", "ready", ",", "\u201d", "Blinken", "said", "."]


WORDS = st.sampled_from(["Mr.", "U.S.", "said", "He", "the", "troops", "\u201cYes,\u201d", "Aug.", "6.", "Kim",
                         "?", "!", "\u2014", "no.", "A.", "e.g.", "Seoul's", "...", "'"])
TEXTS = st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=8)), max_size=40).map(
    lambda parts: "".join(p + sep for p, sep in zip(parts, [" ", "\n", "  ", "\r\n", " "] * 10)))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentence_spans_are_ordered_disjoint_and_exact(text):
    doc = make_document("d", text)
    sents = sentences(doc)
    previous_end = 0
    for sent in sents:
        assert previous_end <= sent.start < sent.end <= len(text)
        assert doc.text[sent.start:sent.end] == text[sent.start:sent.end]
        assert doc.text[sent.start:sent.end].strip() == doc.text[sent.start:sent.end]
        previous_end = sent.end
    for start, end in split_sentences(doc.norm):
        assert doc.norm[start:end].strip()


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_token_spans_are_ordered_and_match_the_text(text):
    doc = make_document("d", text)
    previous_end = 0
    for tok in tokens(doc.norm):
        assert previous_end <= tok.start < tok.end <= len(text)
        assert doc.norm[tok.start:tok.end] == tok.text
        previous_end = tok.end


def test_the_orthographic_flag_is_punkts_own():
    from nltk.tokenize import punkt

    from analysis.text import ORTHO_MID_LOWER
    assert ORTHO_MID_LOWER == punkt._ORTHO_MID_LC  # the name is private in NLTK: a new NLTK must keep the value


@pytest.mark.parametrize("text, expected", [
    ("Troops reached the border region.The ministry said so.", ["Troops reached the border region.", "The ministry said so."]),
    ("The talks ended in 2024.According to officials, more followed.", ["The talks ended in 2024.", "According to officials, more followed."]),
    ("Gen.Smirnov spoke to the U.S.The crowd cheered.", ["Gen.Smirnov spoke to the U.S.The crowd cheered."]),  # abbreviation, capital
])
def test_sentences_run_together_without_a_space_are_split(text, expected):
    doc = make_document("d", text, {})
    assert [s.text(doc) for s in sentences(doc)] == expected


def test_scored_part_keeps_short_spans_and_cuts_long_ones_after_a_whole_word():
    assert SCORED_CHARACTERS == 2000
    assert scored_part("Seoul said so.") == "Seoul said so."
    assert scored_part("xx Seoul said so.", 3, 13) == "Seoul said"
    words = "abcd " * 500                                  # 2,500 characters, a space every fifth
    assert scored_part(words) == words[:1999]               # up to the last space within 2,000
    assert scored_part("x" + words, 1) == words[:1999]      # offsets count from start
    assert scored_part("y" * 3000) == "y" * 2000            # one endless word: cut where the limit falls


def test_boilerplate_marks_are_read_once_not_once_per_sentence():
    text = "\n".join(f"The talks went well on day {n}. Officials agreed.\nPhoto: a guard at post {n}" for n in range(50))
    plain = make_document("d", text)
    marks = counting(plain.boilerplate)
    found = sentences(Document(plain.doc_id, plain.text, plain.norm, boilerplate=marks), include_boilerplate=False)
    assert len(plain.boilerplate) == 50 and len(found) == 100  # the captions left out
    assert marks.reads == 1  # was twice per sentence: quadratic with many captions


def test_span_index_answers_as_reading_every_span_would():
    spans = [(10, 20), (0, 50), (30, 35), (12, 14), (60, 70), (12, 14)]  # nested, repeated, apart
    index = SpanIndex(spans)
    for start, end in [(12, 14), (13, 13), (11, 19), (31, 34), (20, 30), (55, 58), (65, 80), (0, 100), (49, 61)]:
        assert index.holding(start, end) == sorted((n for n, (lo, hi) in enumerate(spans) if lo <= start and end <= hi),
                                                   key=lambda n: spans[n])
        assert index.overlapping(start, end) == sorted((n for n, (lo, hi) in enumerate(spans) if lo < end and start < hi),
                                                       key=lambda n: spans[n])
        assert index.holds(start, end) == bool(index.holding(start, end))
        assert index.overlaps(start, end) == bool(index.overlapping(start, end))
    assert index.holding(12, 14) == [1, 0, 3, 5]
    assert index.within(10, 35) == [(10, 20), (12, 14), (12, 14), (30, 35)]
    assert SpanIndex([]).holding(1, 2) == [] and not SpanIndex([]).overlaps(0, 5)
