"""Cue words: read from the data file, and counted only where they are verbs of saying."""

from __future__ import annotations

import pytest

from analysis.attribution import find_cues

from .helpers import rows


def test_cues_come_from_the_data_file_and_skip_nouns_and_modals():
    text = "The reports said nothing, but Seoul reports that Kim will confirm it."
    assert [(c.text, c.kind, c.lemma) for c in find_cues(text, 0, len(text))] == [
        ("said", "speech", "say"), ("reports", "speech", "report")]


@pytest.mark.parametrize("text, expected", [
    # 'report' is a verb before a that-clause after a nationality + 'media' (not after 'a media')
    ("Japanese media report that Tokyo is preparing new sanctions.",
     [("Tokyo is preparing new sanctions", "Japanese media", "", "indirect", "report that", "reported:speech")]),
    # 'think tank' is a noun: the speaker is the name before the apposition
    ('"The deployment changes the calculus in Seoul," Jane Park, a fellow at a Washington think tank, told Reuters.',
     [("The deployment changes the calculus in Seoul", "Jane Park", "", "direct", "told Reuters",
       "quote:quote-first")]),
    # 'what he called …' is a label inside the content
    ("Zelenskyy denounced what he called inaction by his allies.",
     [("denounced what he called inaction by his allies", "Volodymyr Zelenskyy", "UKR", "indirect", "denounced",
       "reported:speech")]),
    # reduced passives name nobody
    ("Blinken said that 8,000 of the troops believed to be in Russia had reached Kursk.",
     [("8,000 of the troops believed to be in Russia had reached Kursk", "Antony Blinken", "USA", "indirect",
       "said that", "reported:speech")]),
    ("Zelenskyy posted a video said to show the two soldiers.", []),
    # a plural noun before 'of/from/about' is no verb
    ("The Pentagon spoke after previous reports from Ukraine and South Korea.", []),
])
def test_a_cue_word_counts_only_where_it_is_a_verb_of_saying(text, expected):
    assert rows(text) == expected


def test_said_after_the_noun_media_is_a_verb():
    # "state media said": "said" is a verb after the noun "media"
    assert rows("The North's state media said the drills had gone well.", "2025-01-15") == [
        ("the drills had gone well", "the North's state media", "PRK", "indirect", "said", "reported:speech")]


@pytest.mark.parametrize("text", [
    "About 2,000 engineers are believed to have crossed the border.",   # agentless passive: nobody believes
    "The missiles were widely thought to be Russian-made.",
    "The drones are said to be Iranian.",
    "Western media reports about the troops were false.",               # 'reports' is a noun here
    "A media report that Tokyo is preparing sanctions was denied.",
])
def test_agentless_passives_and_nouns_are_not_speech(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # verbs of communication and judgement beyond 'say' (Levin's classes 37 and 33)
    ("Zakharova mentioned that the partnership worried no one.",
     [("the partnership worried no one", "Maria Zakharova", "RUS", "indirect", "mentioned that", "reported:speech")]),
    ("Zakharova appreciated the solidarity of the North Korean side.",
     [("appreciated the solidarity of the North Korean side", "Maria Zakharova", "RUS", "indirect", "appreciated",
       "reported:speech")]),
    ("Lin Jian shot back that the question should be put to Washington.",
     [("the question should be put to Washington", "Lin Jian", "CHN", "indirect", "shot back that",
       "reported:speech")]),
    # belief and desire
    ("Kirby suspects that more troops will follow.",
     [("more troops will follow", "John Kirby", "USA", "reported", "suspects that", "reported:attitude")]),
    ("Zelenskyy wants the allies to lift the limits on long-range strikes.",
     [("the allies to lift the limits on long-range strikes", "Volodymyr Zelenskyy", "UKR", "reported", "wants",
       "reported:attitude")]),
])
def test_cue_words_come_from_general_verb_classes(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # evidence verbs need a document or data noun before them, or 'found that'
    ("The Pentagon found that the troops had moved to the front.",
     [("the troops had moved to the front", "Pentagon", "USA", "reported", "found that", "reported:attitude")]),
    ("The Pentagon found the missing equipment in Kursk.", []),
    ("The situation shows that Kyiv is running out of soldiers, Zakharova said.",
     [("The situation shows that Kyiv is running out of soldiers", "Maria Zakharova", "RUS", "indirect", "said",
       "reported:postposed")]),
])
def test_evidence_verbs_need_a_document_or_a_that_clause(text, expected):
    assert rows(text) == expected


def test_negated_cues_are_read_contracted_too():
    assert rows("The Kremlin didn't respond to questions about the troops.") == [
        ("didn't respond to questions about the troops", "Kremlin", "RUS", "silence", "didn't respond",
         "silence:not-comment")]


def test_a_record_described_in_passing_is_no_utterance():
    # '…, who has questioned …': the outlet's description of someone's record, not a statement it reports
    assert rows("Aid will flow until January, when Trump, who has questioned U.S. support for Ukraine, takes office.") \
        == []


@pytest.mark.parametrize("text, expected", [
    # only a document's text 'reads'; a person reading a speech says nothing reported
    ('"We will not stand by," the post read.', [("We will not stand by", "the post", "direct", "read")]),
    ("Kim read a prepared speech at the ceremony.", []),
    # after 'citing', a plural like 'reports' is a noun of the object, not a verb
    ("Citing intelligence reports, the ministry said the soldiers had arrived.",
     [("the soldiers had arrived", "the ministry", "indirect", "said")]),
])
def test_document_verbs_and_nouns_after_citing(text, expected):
    assert [(r[0], r[1], r[3], r[4]) for r in rows(text)] == expected
