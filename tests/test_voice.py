"""The outlet's voice: the class of each reporting verb and the hedges around reported words."""

from __future__ import annotations

import pytest

from analysis.attribution.lexicon import verb_lexicon
from analysis.corpus import make_document
from analysis.engines import analyze
from analysis.schema import CUE_CLASSES
from analysis.voice import cue_class, hedge_kind, quotations, voice_rules

from .conftest import counting


def voiced(text: str):
    """(content, actor, cue, cue_class, outlet_hedges) of each utterance of ``text``."""
    table = analyze([make_document("d", text)])
    return [(row.text, row.actor, row.cue, row.cue_class, row.outlet_hedges) for row in table.itertuples()]


# --------------------------------------------------------------------------- cue classes


@pytest.mark.parametrize("cue, expected", [
    ("said", "neutral"), ("told media on Wednesday", "neutral"), ("stated", "neutral"), ("added that", "neutral"),
    ("according to", "neutral"), ("calling for", "neutral"), ("expressed concerns", "neutral"),
    ("claimed that", "distancing"), ("alleged", "distancing"), ("insisted", "distancing"), ("argued that", "distancing"),
    ("confirmed on Tuesday that", "endorsing"), ("revealed", "endorsing"), ("acknowledged", "endorsing"),
    ("admitted that", "endorsing"), ("noted", "endorsing"), ("pointed out that", "endorsing"),
    ("was confirmed by", "endorsing"),
    ("slammed", "loaded"), ("blasted", "loaded"), ("boasted that", "loaded"), ("lashed out at", "loaded"),
    ("threatened", "loaded"), ("hailed", "loaded"),
    ("", "none"), ("in his view", "neutral"),
])
def test_reporting_verbs_fall_in_their_class(cue, expected):
    assert cue_class(cue, mode="indirect") == expected


def test_a_silence_keeps_its_own_class_whatever_its_words():
    assert cue_class("did not confirm", mode="silence") == "silence"
    assert cue_class("declined to comment", mode="silence") == "silence"


def test_every_reporting_verb_of_the_lexicon_has_a_class():
    lemmas = {lemma for kind, lemma in verb_lexicon().values() if kind != "silence"}
    classified = voice_rules().lemma_class
    assert sorted(lemmas - set(classified)) == []
    assert set(classified.values()) <= set(CUE_CLASSES) - {"silence", "none"}


def test_the_classes_of_a_document_in_one_table():
    text = ("Seoul's foreign ministry said the troops had arrived.\n"
            "Pyongyang claimed that its soldiers were volunteers.\n"
            "The Pentagon confirmed that 10,000 soldiers were in Kursk.\n"
            "Kim Jong Un hailed the heroes of the Kursk liberation.\n"
            "The Kremlin declined to comment.")
    assert [(actor, cue, name) for _, actor, cue, name, _ in voiced(text)] == [
        ("KOR", "said", "neutral"), ("PRK", "claimed that", "distancing"), ("USA", "confirmed that", "endorsing"),
        ("PRK", "hailed", "loaded"), ("RUS", "declined to comment", "silence")]


def test_a_continued_quotation_takes_the_class_of_the_one_it_continues():
    text = ('"The reports are lies," Russia\'s foreign ministry claimed.\n'
            '"Nobody has crossed any border."')
    assert [(content, cue, name) for content, _, cue, name, _ in voiced(text)] == [
        ("The reports are lies", "claimed", "distancing"), ("Nobody has crossed any border", "", "distancing")]


# --------------------------------------------------------------------------- hedges


def test_hedge_words_outside_quotation_marks_are_the_outlets():
    text = ("Pyongyang reportedly told Moscow that the so-called volunteers would stay.\n"
            "The Kremlin said Ukraine had attacked what it calls Russian territory.\n"
            "Kyiv said the alleged transfer of shells had been seen from space.")
    assert [(actor, hedges) for _, actor, _, _, hedges in voiced(text)] == [
        ("PRK", "reportedly; so-called"), ("RUS", "what it calls"), ("UKR", "alleged")]


def test_a_hedge_inside_a_speakers_quotation_is_not_the_outlets():
    assert voiced('"These so-called experts are wrong," the Kremlin said.') == [
        ("These so-called experts are wrong", "RUS", "said", "neutral", "")]


def test_scare_quotes_are_short_quoted_stretches_outside_direct_quotations():
    text = ('Russia\'s foreign ministry said the reports were "Western fabrications".\n'
            'Peskov said that Russia\'s "special military operation" was progressing "very rapidly and fully".\n'
            '"That is nonsense," Peskov said.')  # three words, but a direct quotation: the speaker's words
    assert [(actor, hedges) for _, actor, _, _, hedges in voiced(text)] == [
        ("RUS", '"Western fabrications"'), ("RUS", '"special military operation"'), ("RUS", "")]


def test_single_quotation_marks_count_as_scare_quotes_too():
    text = "Seoul's spy agency said the \u2018volunteers\u2019 were regular soldiers of North Korea\u2019s army."
    assert [(actor, hedges) for _, actor, _, _, hedges in voiced(text)] == [("KOR", '"volunteers"')]


def test_hedge_kinds_group_every_scare_quote():
    assert [hedge_kind(h) for h in ["reportedly", '"volunteers"', "what it calls"]] == [
        "reportedly", "scare quotes", "what it calls"]


def test_quotations_are_found_with_double_and_single_marks_but_not_apostrophes():
    doc = make_document("d", "North Korea's 'volunteers' met \u201cthe troops\u201d at the soldiers' camp.")
    assert [doc.text[start:end] for start, end in quotations(doc)] == ["volunteers", "the troops"]


def test_the_sentences_are_read_once_not_once_per_utterance():
    from analysis.actors import load_registry
    from analysis.attribution import find_utterances
    from analysis.text import sentences
    from analysis.voice import outlet_voice

    doc = make_document("d", " ".join(f"Officials said talks {n} had failed." for n in range(40)))
    found = find_utterances(doc, sentences(doc), registry=load_registry())
    counted = counting(sentences(doc))
    assert len(outlet_voice(doc, found, counted)) == len(found) == 40
    assert counted.reads == 1  # was once per utterance: quadratic in a long document
