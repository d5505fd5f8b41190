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


def test_boilerplate_yields_nothing():
    text = ("Seoul says troops are in Kursk\nSeoul said the troops had arrived.\nRELATED STORIES\n"
            "US says North Korea warned of response\nThe story goes on, he said.\nEdited by Jane Roe.")
    assert [r[0] for r in rows(text)] == ["the troops had arrived"]


def test_a_standfirst_under_the_headline_is_no_speech():
    text = ("Seoul confirms captured soldiers are North Korean\nAnalysts say Pyongyang's troops have learned a "
            "great deal\nSEOUL, Jan. 13 (Yonhap) -- South Korea's spy agency said the two men were being questioned.")
    assert rows(text) == [("the two men were being questioned", "South Korea's spy agency", "KOR", "indirect", "said",
                           "reported:speech")]


def test_a_title_case_dateline_with_a_bracketed_agency_is_no_speaker():
    # an AFP-style dateline is no speaker: the speaker after the clause is
    assert rows("Washington (CNN) - The troops have suffered heavy losses, a US official said Monday.") == [
        ("The troops have suffered heavy losses", "US official", "USA", "indirect", "said", "reported:postposed")]
