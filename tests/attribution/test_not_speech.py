"""What is not speech: narration, headlines, link blocks, credits, standfirsts and datelines give no rows."""

from __future__ import annotations

import pytest

from .helpers import rows


@pytest.mark.parametrize("text", [
    "Ukrainian forces launched an incursion into Kursk on Aug. 6.",          # narration
    "America's top diplomat made an emergency trip to Brussels.",           # narration about a speaker
    "The United States will respond strongly.",                             # no speech verb
    "Secretary of State Antony Blinken arrived in Brussels.",               # a title is not a verb
    "The head of state wrote a letter.",                                    # 'state' is not 'to state'
    "The reports about the troops were false.",                             # the noun 'reports'
    "Moscow must confirm the figures.",                                     # a modal: not a report
])
def test_narration_is_not_speech(text):
    assert rows(text) == []


def test_boilerplate_yields_nothing_but_a_headline_is_read():
    # related links, credits and captions give no rows; a headline with a source and a cue does (real
    # coverage's annotators count it), marked by its own rows
    text = ("Seoul says troops are in Kursk\nSeoul said the troops had arrived.\nRELATED STORIES\n"
            "US says North Korea warned of response\nThe story goes on, he said.\nEdited by Jane Roe.")
    assert [r[0] for r in rows(text)] == ["troops are in Kursk", "the troops had arrived"]


def test_a_headline_and_its_standfirst_are_read_with_their_own_grammar():
    text = ("Seoul confirms captured soldiers are North Korean\nAnalysts say Pyongyang's troops have learned a "
            "great deal\nSEOUL, Jan. 13 (Yonhap) -- South Korea's spy agency said the two men were being questioned.")
    assert rows(text) == [
        ("captured soldiers are North Korean", "South Korea", "KOR", "indirect", "confirms", "reported:speech"),
        ("Pyongyang's troops have learned a great deal", "Analysts", "", "indirect", "say", "reported:speech"),
        ("the two men were being questioned", "South Korea's spy agency", "KOR", "indirect", "said", "reported:speech")]


@pytest.mark.parametrize("text, expected", [
    ("Kremlin: No information on North Korean troops\nThe Kremlin spoke on Monday.",
     [("No information on North Korean troops", "Kremlin", "RUS", "indirect", ":", "headline:colon")]),
    ("West hyping the troop story to drag NATO into Asia: experts\nThe experts spoke on Monday.",
     [("West hyping the troop story to drag NATO into Asia", "experts", "", "indirect", ":", "headline:colon")]),
    ("Türkiye condemns the strikes on Iran, warns of wider war\nAnkara spoke on Monday.",
     [("condemns the strikes on Iran", "Türkiye", "TUR", "indirect", "condemns", "reported:speech"),
      ("of wider war", "Türkiye", "TUR", "indirect", "warns", "reported:speech")]),
])
def test_a_headline_colon_or_comma_stands_for_a_verb(text, expected):
    assert rows(text) == expected


def test_a_title_case_dateline_with_a_bracketed_agency_is_no_speaker():
    # an AFP-style dateline is no speaker: the speaker after the clause is
    assert rows("Washington (CNN) - The troops have suffered heavy losses, a US official said Monday.") == [
        ("The troops have suffered heavy losses", "a US official", "USA", "indirect", "said", "reported:postposed")]


@pytest.mark.parametrize("text", [
    "Seoul will send more troops if Moscow demands reinforcements from Pyongyang.",   # a supposed act
    "The army bought the drones in the hope of using them in Kursk.",               # a purpose, a noun
    "Kim was not thought to attend the parade in Moscow.",                          # a negated passive
])
def test_conditions_purposes_and_passive_expectations_are_no_utterances(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # a title-case headline writes its verb with a capital
    ("Putin Thanks North Korea for Helping to Defeat Ukrainian Militants in Kursk Region\nThe Kremlin spoke on Monday.",
     [("Thanks North Korea for Helping to Defeat Ukrainian Militants in Kursk Region", "Vladimir Putin", "RUS",
       "indirect", "Thanks", "reported:speech")]),
    # an initial ('N. Korean') is no sentence end: the line is still a headline
    ("N. Korean troops in Russia moving toward front lines: NIS\nThe agency spoke on Monday.",
     [("N. Korean troops in Russia moving toward front lines", "National Intelligence Service", "KOR", "indirect",
       ":", "headline:colon")]),
])
def test_title_case_and_abbreviated_headlines_are_read(text, expected):
    assert rows(text, date="2025-04-28") == expected
