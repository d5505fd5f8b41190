"""Attitudes and beliefs (mode 'reported'): fears, concerns, hopes, also in scare quotes or relayed by a spokesman."""

from __future__ import annotations

import pytest

from .helpers import rows


@pytest.mark.parametrize("text, expected", [
    ("Japan fears the cooperation could destabilize the region.",
     [("the cooperation could destabilize the region", "Japan", "JPN", "reported", "fears", "reported:attitude")]),
    ("The U.S. expressed concerns to China over the deployment.",
     [("to China over the deployment", "United States", "USA", "reported", "expressed concerns",
       "reported:attitude")]),
    ("Seoul is confident that its allies will respond.",
     [("its allies will respond", "South Korea", "KOR", "reported", "is confident that", "reported:attitude")]),
    ("Tokyo believes the troops are already in Kursk.",
     [("the troops are already in Kursk", "Japan", "JPN", "reported", "believes", "reported:attitude")]),
    ("China hopes all parties will exercise restraint.",
     [("all parties will exercise restraint", "China", "CHN", "reported", "hopes", "reported:attitude")]),
    ("Beijing expressed the firm conviction that the talks would succeed.",
     [("the talks would succeed", "China", "CHN", "reported", "expressed the firm conviction that",
       "reported:attitude")]),
])
def test_attitudes_and_beliefs_are_reported_positions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a principal's attitude relayed by a spokesman: two rows
    ("U.N. chief Antonio Guterres is deeply concerned about the reports, his spokesman Stephane Dujarric said.",
     [("U.N. chief Antonio Guterres is deeply concerned about the reports", "Stéphane Dujarric", "UN", "indirect",
       "said", "reported:postposed"),
      ("about the reports", "António Guterres", "UN", "reported", "is deeply concerned", "reported:attitude")]),
    # cue words in scare quotes still report the subject's attitude, beside the spokesman's row
    ('NATO remains "gravely concerned" about the transfer of missile technology, Rutte told reporters.',
     [('NATO remains "gravely concerned" about the transfer of missile technology', "Mark Rutte", "NATO", "partial",
       "told reporters", "reported:postposed"),
      ("the transfer of missile technology", "NATO", "NATO", "reported", 'remains "gravely concerned" about',
       "reported:quoted-attitude")]),
    ("Guterres is deeply troubled by the reports of captured soldiers, Dujarric said.",
     [("Guterres is deeply troubled by the reports of captured soldiers", "Stéphane Dujarric", "UN", "indirect",
       "said", "reported:postposed"),
      ("by the reports of captured soldiers", "António Guterres", "UN", "reported", "is deeply troubled",
       "reported:attitude")]),
    # must not fire: quoted words that are no attitude, or an attitude inside someone's reported words
    ('The plan is "deeply flawed" by design, Peskov said.',
     [('The plan is "deeply flawed" by design', "Dmitry Peskov", "RUS", "partial", "said", "reported:postposed")]),
    ('Sullivan said the United States was "deeply concerned" by the transfer.',
     [('the United States was "deeply concerned" by the transfer', "Jake Sullivan", "USA", "partial", "said",
       "reported:speech")]),
])
def test_an_attitude_relayed_by_a_spokesman_is_a_row_of_its_own(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted attitude inside reported words gives a row when it holds a proposition ('that …') ...
    ('Kirby told reporters the US was "concerned" that Moscow would send the troops to the front.',
     [('the US was "concerned" that Moscow would send the troops to the front', "John Kirby", "USA", "partial",
       "told reporters", "reported:speech"),
      ("Moscow would send the troops to the front", "United States", "USA", "reported", 'was "concerned" that',
       "reported:quoted-attitude")]),
    # ... or is another person's
    ('Dujarric told reporters that Guterres was "deeply alarmed" by the reports of executions.',
     [('Guterres was "deeply alarmed" by the reports of executions', "Stéphane Dujarric", "UN", "partial",
       "told reporters that", "reported:speech"),
      ("the reports of executions", "António Guterres", "UN", "reported", 'was "deeply alarmed" by',
       "reported:quoted-attitude")]),
    # must not fire: the speaker's own government concerned by a thing stays one row
    ('Sullivan said the United States was "deeply concerned" by the transfer.',
     [('the United States was "deeply concerned" by the transfer', "Jake Sullivan", "USA", "partial", "said",
       "reported:speech")]),
])
def test_a_quoted_attitude_inside_reported_words_is_a_row_of_its_own(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted attitude about an embedded question (what/whether/how) is a row, like one with a that-clause
    ('Foreign Secretary David Lammy told MPs that the UK was "deeply worried" about what Russia might offer in '
     'return.',
     [('the UK was "deeply worried" about what Russia might offer in return', "David Lammy", "GBR", "partial",
       "told MPs that", "reported:speech"),
      ("what Russia might offer in return", "United Kingdom", "GBR", "reported", 'was "deeply worried" about',
       "reported:quoted-attitude")]),
    # must not fire: the speaker's own government worried about a thing stays one row
    ('Sullivan said the United States was "deeply concerned" about the transfer of missiles.',
     [('the United States was "deeply concerned" about the transfer of missiles', "Jake Sullivan", "USA",
       "partial", "said", "reported:speech")]),
])
def test_a_quoted_attitude_about_an_embedded_question_is_a_row(text, expected):
    assert rows(text, date="2025-01-01") == expected
