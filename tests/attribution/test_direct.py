"""Direct quotations: whom a full quotation is attributed to, split and continued quotations, transcripts,
quoted questions."""

from __future__ import annotations

import pytest

from .helpers import rows


@pytest.mark.parametrize("text, expected", [
    # quote-first, with the listener and time kept in the cue
    ('"We will not tolerate this," Blinken told reporters on Monday.',
     [("We will not tolerate this", "Antony Blinken", "USA", "direct", "told reporters on Monday", "quote:quote-first")]),
    # speaker-first with a colon
    ('Zelenskyy said: "Thousands of North Korean soldiers are already in Kursk."',
     [("Thousands of North Korean soldiers are already in Kursk", "Volodymyr Zelenskyy", "UKR", "direct", "said",
       "quote:speaker-first")]),
    # verb-first, then "calling for ..." as a further utterance of the same speaker
    ('"The deployment is a grave provocation," said Yoon Suk Yeol, calling for a united response.',
     [("The deployment is a grave provocation", "Yoon Suk Yeol", "KOR", "direct", "said", "quote:verb-first"),
      ("calling for a united response", "Yoon Suk Yeol", "KOR", "indirect", "calling for", "reported:participle")]),
    # verb-first with a name the registry does not know, read from its apposition
    ('"The troops will learn a great deal," said Jane Park, an analyst at the Asan Institute.',
     [("The troops will learn a great deal", "Jane Park", "", "direct", "said", "quote:verb-first")]),
    # a quoted sentence that goes on before the speaker: the name after the last comma speaks
    ('"Two men were captured. They are talking" with the security services, Zelenskyy said.',
     [("Two men were captured. They are talking", "Volodymyr Zelenskyy", "UKR", "direct", "said",
       "quote:quote-first")]),
    # a briefing transcript line
    ("Mao Ning: We are not aware of the situation. Our position is consistent.",
     [("We are not aware of the situation. Our position is consistent", "Mao Ning", "CHN", "direct", "",
       "quote:transcript")]),
])
def test_a_quotation_is_attributed_by_the_words_around_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # split quote inside one sentence: '"…," she said, "…"'
    ('Sabrina Singh briefed reporters.\n"We see the troops moving," she said, "and we are worried."',
     [("We see the troops moving", "Sabrina Singh", "USA", "direct", "said", "quote:quote-first"),
      ("and we are worried", "Sabrina Singh", "USA", "direct", "", "quote:continuation")]),
    # split quote over two sentences: '"…," he said. "…"'
    ('"Our position is clear," Lin Jian said. "We call for restraint by all sides."',
     [("Our position is clear", "Lin Jian", "CHN", "direct", "said", "quote:quote-first"),
      ("We call for restraint by all sides", "Lin Jian", "CHN", "direct", "", "quote:continuation")]),
])
def test_a_split_quotation_continues_with_the_same_speaker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation over paragraphs, attributed only by the paragraph that closes it; "she" is a person
    # mentioned (not quoted) before
    ('Kim Yo Jong issued a statement on Monday.\n"The South is making a fuss.\n"It is none of their business," she said.',
     [("The South is making a fuss", "Kim Yo Jong", "PRK", "direct", "", "quote:continuation"),
      ("It is none of their business", "Kim Yo Jong", "PRK", "direct", "said", "quote:quote-first")]),
    # ... and after an attributed quotation
    ('"This is only the beginning," Kim Yo Jong said.\n"Our army will fight on until victory.\n'
     '"Nobody can stop us," she added.',
     [("This is only the beginning", "Kim Yo Jong", "PRK", "direct", "said", "quote:quote-first"),
      ("Our army will fight on until victory", "Kim Yo Jong", "PRK", "direct", "", "quote:continuation"),
      ("Nobody can stop us", "Kim Yo Jong", "PRK", "direct", "added", "quote:quote-first")]),
])
def test_a_quotation_over_paragraphs_is_attributed_by_the_paragraph_that_closes_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a question closing its sentence, attributed by the lower-case words after it; the participle is no row
    ('"Does Moscow still deny that its troops are in Kursk?" deputy US ambassador Robert Wood asked, addressing the '
     'Russian envoy.',
     [("Does Moscow still deny that its troops are in Kursk?", "Robert Wood", "USA", "direct", "asked",
       "quote:quote-first")]),
    # must not fire: a new sentence after the question
    ('"Who will pay for this?" The question hung over the talks.', []),
])
def test_a_quoted_question_is_attributed_by_the_words_after_its_sentence(text, expected):
    assert rows(text) == expected


def test_a_quotation_opening_its_own_sentence_goes_on_with_the_speaker_before():
    text = ('"The position is public," the official said, speaking to reporters in Calgary on Tuesday. '
            '"We do not support the dispatch."')
    assert [(r[0], r[1], r[5]) for r in rows(text)] == [
        ("The position is public", "the official", "quote:quote-first"),
        ("We do not support the dispatch", "the official", "quote:continuation")]


@pytest.mark.parametrize("text, speaker", [
    ('[Kim Yong-hyun/Minister of National Defense: "The troops sent to Russia are nothing but mercenaries."]',
     "Kim Yong-hyun"),
    ('[Sound bite: Russian President Vladimir Putin (Russian-English)]"Images are a serious matter for everyone."',
     "Vladimir Putin"),
])
def test_a_broadcast_label_names_the_speaker_of_its_sound_bite(text, speaker):
    assert [(r[1], r[3], r[5]) for r in rows(text, date="2024-10-30")] == [(speaker, "direct", "quote:label")]


def test_paragraphs_introduced_by_a_colon_line_are_the_speakers_words():
    text = ("Pyongyang responded on Friday.\nThe Korean Central News Agency published an official statement. "
            "Excerpts:\nThe units of our army fulfilled their duty with honour in Kursk.\nThe victory belongs to both "
            "peoples and will be remembered.\nAnalysts said the statement was unusual.")
    assert [(r[0], r[1], r[3], r[5]) for r in rows(text, date="2025-04-28")] == [
        ("The units of our army fulfilled their duty with honour in Kursk", "Korean Central News Agency", "direct",
         "quote:introduced"),
        ("The victory belongs to both peoples and will be remembered", "Korean Central News Agency", "direct",
         "quote:introduced"),
        ("the statement was unusual", "Analysts", "indirect", "reported:speech")]  # a cue: the article again
    assert [(r[0], r[1]) for r in rows("The minister spoke after the vote.\nSaid Lee:\nWe will not accept the "
                                       "deployment of these troops.")] == [
        ("We will not accept the deployment of these troops", "Lee")]


@pytest.mark.parametrize("text, expected", [
    # ', stating: "…"' after a narrated act: the quotation is the person's who opens the sentence
    ('At the summit, Tanaka praised the agreement, stating: "This is a new page for our region."',
     [("praised the agreement", "Tanaka", "indirect", "praised"),
      ("This is a new page for our region", "Tanaka", "direct", "stating")]),
    ('Okafor backed the plan, saying: "We have waited long enough for this."',
     [("We have waited long enough for this", "Okafor", "direct", "saying")]),
])
def test_a_participle_before_a_colon_and_a_quotation(text, expected):
    assert [(r[0], r[1], r[3], r[4]) for r in rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # '"…," according to a statement by X': a direct quotation of the issuer
    ('"Our friendship will keep growing in every field," according to a statement by the president released on '
     'Friday.', [("Our friendship will keep growing in every field", "the president", "direct", "according to")]),
    ('"The border will stay closed until further notice," according to the interior ministry.',
     [("The border will stay closed until further notice", "the interior ministry", "direct", "according to")]),
])
def test_a_quotation_sourced_with_according_to(text, expected):
    assert [(r[0], r[1], r[3], r[4]) for r in rows(text)] == expected


def test_a_quotation_paragraph_goes_on_in_the_words_of_the_one_who_closed_the_paragraph_before():
    text = ("The soldiers did their duty with courage, Amara Okafor stressed.\n\n"
            '"They acted out of solidarity. We are grateful to them."')
    assert [(r[0], r[1], r[3]) for r in rows(text)][-1] == (
        "They acted out of solidarity. We are grateful to them", "Amara Okafor", "direct")


def test_a_quotation_paragraph_with_its_own_attribution_is_not_continued():
    text = ("The minister was concerned about the safety of citizens, Okafor said.\n\n"
            '"We did not march for a change of faces," a student leader, who did not wish to be named, said.')
    assert ("We did not march for a change of faces", "Okafor") not in [(r[0], r[1]) for r in rows(text)]


def test_a_document_that_is_someones_speech_is_their_words_paragraph_by_paragraph():
    text = ("Speech by Premier Arlo Venn at the Opening of the Harbour Museum\n\n"
            "Today we open a museum that keeps the memory of our sailors. I stress that their courage will "
            "never be forgotten.\n\nWe will build more such places across the country.")
    assert [(r[0], r[1], r[3], r[5]) for r in rows(text)] == [
        ("Today we open a museum that keeps the memory of our sailors. I stress that their courage will never be "
         "forgotten", "Arlo Venn", "direct", "quote:full-text"),
        ("We will build more such places across the country", "Arlo Venn", "direct", "quote:full-text")]


def test_a_report_about_a_statement_is_not_the_statement_itself():
    text = ("Statement by the Harbour Ministry on the closure\n\n"
            "The ministry said the harbour would close on Friday for repairs to the pier.")
    assert [r[5] for r in rows(text)] == ["reported:speech"]
