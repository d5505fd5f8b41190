"""Meaningful silence (mode 'silence'): declining, not commenting, refusing, deflecting; the content is the cue
with its object."""

from __future__ import annotations

import pytest

from .helpers import rows


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin declined to comment on the reports.",
     [("declined to comment on the reports", "Kremlin", "RUS", "silence", "declined to comment", "silence:decline")]),
    ("Beijing has not commented on the deployment.",
     [("has not commented on the deployment", "China", "CHN", "silence", "has not commented",
       "silence:not-comment")]),
    ("Pyongyang did not respond to a request for comment.",
     [("did not respond to a request for comment", "North Korea", "PRK", "silence", "did not respond",
       "silence:not-comment")]),
    ("Peskov referred questions about the troops to the Defense Ministry.",
     [("referred questions about the troops to the Defense Ministry", "Dmitry Peskov", "RUS", "silence",
       "referred questions", "silence:refer")]),
    ("Zakharova dismissed questions about the soldiers.",
     [("dismissed questions about the soldiers", "Maria Zakharova", "RUS", "silence", "dismissed questions",
       "silence:deflect")]),
    ("Putin did not deny the presence of the troops when asked about the photos.",
     [("did not deny the presence of the troops", "Vladimir Putin", "RUS", "silence", "did not deny",
       "silence:not-comment")]),
    # unreachable, unavailable, no direct answer
    ("The Russian embassy in Seoul could not be reached for comment.",
     [("could not be reached for comment", "The Russian embassy", "RUS", "silence", "could not be reached for comment",
       "silence:not-comment")]),
    ("The Kremlin was not available for comment.",
     [("was not available for comment", "Kremlin", "RUS", "silence", "was not available for comment",
       "silence:not-comment")]),
    ("Asked about the drills, Zakharova did not answer directly.",
     [("did not answer directly", "Maria Zakharova", "RUS", "silence", "did not answer directly",
       "silence:not-comment")]),
    # 'would not be drawn on', 'has never (publicly) acknowledged', 'left without comment', 'an evasive answer'
    ("Heorhii Tykhyi said the captives were safe but would not be drawn on where they were held.",
     [("the captives were safe", "Heorhii Tykhyi", "UKR", "indirect", "said", "reported:speech"),
      ("would not be drawn on where they were held", "Heorhii Tykhyi", "UKR", "silence", "would not be drawn on",
       "silence:refuse")]),
    ("Moscow has never publicly acknowledged the presence of the troops.",
     [("has never publicly acknowledged the presence of the troops", "Russia", "RUS", "silence",
       "has never publicly acknowledged", "silence:not-comment")]),
    ("Peskov left without comment.",
     [("left without comment", "Dmitry Peskov", "RUS", "silence", "left without comment", "silence:refuse")]),
    ("Lin Jian gave an evasive answer when asked about the soldiers.",
     [("gave an evasive answer", "Lin Jian", "CHN", "silence", "gave an evasive answer", "silence:refuse")]),
])
def test_refusals_and_non_comments_are_silences(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'without addressing …' after what was said
    ("Peskov said the operation was going well, without addressing reports of North Korean involvement.",
     [("the operation was going well", "Dmitry Peskov", "RUS", "indirect", "said", "reported:speech"),
      ("without addressing reports of North Korean involvement", "Dmitry Peskov", "RUS", "silence",
       "without addressing", "silence:without")]),
    # a refusal worded as a participle after a postposed verb, a reported clause or a quotation
    ("Japan will keep coordinating closely with its allies, Hayashi said, declining to say whether new sanctions "
     "were planned.",
     [("Japan will keep coordinating closely with its allies", "Yoshimasa Hayashi", "JPN", "indirect", "said",
       "reported:postposed"),
      ("declining to say whether new sanctions were planned", "Yoshimasa Hayashi", "JPN", "silence",
       "declining to say", "silence:participle")]),
    ("Peskov said the talks were useful, refusing to comment on the troops.",
     [("the talks were useful", "Dmitry Peskov", "RUS", "indirect", "said", "reported:speech"),
      ("refusing to comment on the troops", "Dmitry Peskov", "RUS", "silence", "refusing to comment",
       "silence:participle")]),
    ('"We are ready," Miller told reporters, declining to elaborate.',
     [("We are ready", "Matthew Miller", "USA", "direct", "told reporters", "quote:quote-first"),
      ("declining to elaborate", "Matthew Miller", "USA", "silence", "declining to elaborate", "silence:participle")]),
    # ... also past a listener and a time
    ("The troops will be withdrawn soon, Peskov told reporters on Monday, declining to say when.",
     [("The troops will be withdrawn soon", "Dmitry Peskov", "RUS", "indirect", "told reporters on Monday",
       "reported:postposed"),
      ("declining to say when", "Dmitry Peskov", "RUS", "silence", "declining to say", "silence:participle")]),
])
def test_a_refusal_worded_as_a_participle_is_a_silence_of_the_same_speaker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a silence followed by what the speaker did say
    ("Miller declined to say how Washington would respond, noting that the decision rests with the president.",
     [("declined to say how Washington would respond", "Matthew Miller", "USA", "silence", "declined to say",
       "silence:decline"),
      ("the decision rests with the president", "Matthew Miller", "USA", "indirect", "noting",
       "reported:participle")]),
    # 'saying only that' / 'saying simply that': what was said after all
    ("Kirby declined to confirm the figure, saying simply that the Pentagon was watching closely.",
     [("declined to confirm the figure", "John Kirby", "USA", "silence", "declined to confirm", "silence:decline"),
      ("the Pentagon was watching closely", "John Kirby", "USA", "indirect", "saying", "reported:participle")]),
    ("Zakharova spoke on Wednesday. Asked about the soldiers, the spokeswoman did not answer directly, saying only "
     "that the treaty was defensive.",
     [("did not answer directly", "Maria Zakharova", "RUS", "silence", "did not answer directly",
       "silence:not-comment"),
      ("the treaty was defensive", "Maria Zakharova", "RUS", "indirect", "saying", "reported:participle")]),
])
def test_a_silence_followed_by_what_was_said_after_all(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the object of a silence is not speech: 'declined to comment on reports that …' is one row
    ("The ministry declined to comment on media reports that it had sent observers to Kursk.",
     [("declined to comment on media reports that it had sent observers to Kursk", "The ministry", "", "silence",
       "declined to comment", "silence:decline")]),
    # must not fire: a second verb of its own after the silence
    ("The ministry declined to comment, but said that it had sent observers to Kursk.",
     [("declined to comment", "The ministry", "", "silence", "declined to comment", "silence:decline"),
      ("it had sent observers to Kursk", "The ministry", "", "indirect", "said that", "reported:speech")]),
])
def test_the_object_of_a_silence_is_no_speech(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'Neither X nor Y has <verb>ed …' is a silence of each, never their speech
    ("Neither Beijing nor Moscow has yet confirmed the talks.",
     [("has yet confirmed the talks", "China", "CHN", "silence", "has yet confirmed", "silence:neither-nor"),
      ("has yet confirmed the talks", "Russia", "RUS", "silence", "has yet confirmed", "silence:neither-nor")]),
    ("Neither the Kremlin nor Pyongyang, which signed a pact in June, has acknowledged the losses.",
     [("has acknowledged the losses", "North Korea", "PRK", "silence", "has acknowledged", "silence:neither-nor"),
      ("has acknowledged the losses", "Kremlin", "RUS", "silence", "has acknowledged", "silence:neither-nor")]),
    # must not fire: 'neither' inside what someone said
    ("Analysts said neither country has an interest in escalation.",
     [("neither country has an interest in escalation", "Analysts", "", "indirect", "said", "reported:speech")]),
])
def test_neither_nor_is_a_silence_of_each(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unanswered request is a silence of the one asked; the asking outlet is no speaker
    ("The Guardian asked the North Korean embassy in London whether the men were soldiers, but did not receive a "
     "response.",
     [("did not receive a response", "the North Korean embassy in London", "PRK", "silence", "did not receive a response",
       "silence:unanswered")]),
    ("Yonhap contacted the Kremlin about the report but got no answer.",
     [("got no answer", "Kremlin", "RUS", "silence", "got no answer", "silence:unanswered")]),
    # must not fire: an answered question
    ("The BBC asked Peskov about the captives and he said the matter was closed.",
     [("Peskov about the captives and he said the matter was closed", "The BBC", "", "indirect", "asked",
       "reported:speech"),
      ("the matter was closed", "Dmitry Peskov", "RUS", "indirect", "said", "reported:speech")]),
])
def test_an_unanswered_request_is_a_silence_of_the_one_asked(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second clause with a withheld source or a refusal to speculate is a silence of the same speaker
    ("US deputy ambassador Robert Wood said hundreds of the troops had been killed, but did not give a source for "
     "the figure.",
     [("hundreds of the troops had been killed", "Robert Wood", "USA", "indirect", "said", "reported:speech"),
      ("did not give a source for the figure", "Robert Wood", "USA", "silence", "did not give a source",
       "silence:not-comment")]),
    ('Kirby said the United States "takes note" of the claim but would not speculate on what comes next.',
     [('the United States "takes note" of the claim', "John Kirby", "USA", "partial", "said", "reported:speech"),
      ("would not speculate on what comes next", "John Kirby", "USA", "silence", "would not speculate",
       "silence:not-comment")]),
    # must not fire: giving something other than a source or details is no silence
    ("Kirby said the United States did not give up on talks.",
     [("the United States did not give up on talks", "John Kirby", "USA", "indirect", "said", "reported:speech")]),
])
def test_a_withheld_source_in_a_second_clause_is_a_silence(text, expected):
    assert rows(text) == expected


def test_a_negated_cue_with_an_adverb_inside_is_a_silence():
    assert [(r[0], r[3]) for r in rows("The Kremlin has not publicly commented on the reports from Seoul.")] == [
        ("has not publicly commented on the reports from Seoul", "silence")]


@pytest.mark.parametrize("text, silence", [
    ("The official stopped short of confirming the troop dispatch.", "stopped short of confirming the troop dispatch"),
    ("Putin declined to deny the reports about the troops.", "declined to deny the reports about the troops"),
])
def test_stopping_short_of_confirming_and_declining_to_deny_are_silences(text, silence):
    assert [(r[0], r[3]) for r in rows(text)] == [(silence, "silence")]


@pytest.mark.parametrize("text, silence", [
    ("The court has not yet announced details of the ceremony.", "has not yet announced details of the ceremony"),
    ("The ministry did not disclose how many soldiers were wounded.",
     "did not disclose how many soldiers were wounded"),
])
def test_withholding_details_is_a_silence(text, silence):
    assert [(r[0], r[3]) for r in rows(text)] == [(silence, "silence")]
