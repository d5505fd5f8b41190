"""Who says what: each mode and news structure on tiny texts, with exact expected rows."""

from __future__ import annotations

import pytest

from analysis.attribution import find_utterances, quote_spans
from analysis.corpus import make_document, read_file

from .conftest import SEED


def rows(text: str, date: str = "2024-11-13"):
    doc = make_document("d", text, {"date": date})
    return [(doc.text[u.start:u.end], u.speaker, u.actor, u.mode, u.cue, u.method) for u in find_utterances(doc)]


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
    # a quotation running over paragraphs: the middle paragraph opens a quote and never closes it
    ('"This is only the beginning," Kim Yo Jong said.\n"Our army will fight on until victory.\n'
     '"Nobody can stop us," she added.',
     [("This is only the beginning", "Kim Yo Jong", "PRK", "direct", "said", "quote:quote-first"),
      ("Our army will fight on until victory", "Kim Yo Jong", "PRK", "direct", "", "quote:continuation"),
      ("Nobody can stop us", "Kim Yo Jong", "PRK", "direct", "added", "quote:quote-first")]),
    # according to
    ("According to South Korea's spy agency, some 1,500 soldiers were moved to Vladivostok.",
     [("some 1,500 soldiers were moved to Vladivostok", "South Korea's spy agency", "KOR", "indirect", "according to",
       "reported:according-to")]),
    # an unknown official resolved by title; indirect speech
    ("Chinese foreign ministry spokesman Lin Jian said he was not aware of the situation.",
     [("he was not aware of the situation", "Lin Jian", "CHN", "indirect", "said", "reported:speech")]),
    # silence
    ("The Kremlin declined to comment on the reports.",
     [("declined to comment on the reports", "Kremlin", "RUS", "silence", "declined to comment", "silence:decline")]),
    # reported attitude
    ("Japan fears the cooperation could destabilize the region.",
     [("the cooperation could destabilize the region", "Japan", "JPN", "reported", "fears", "reported:attitude")]),
    # a description resolved to the earlier named speaker
    ("Kremlin spokesman Dmitry Peskov said Moscow had the right to develop ties with any country. "
     "The spokesman added that the treaty was not directed against third countries.",
     [("Moscow had the right to develop ties with any country", "Dmitry Peskov", "RUS", "indirect", "said",
       "reported:speech"),
      ("the treaty was not directed against third countries", "Dmitry Peskov", "RUS", "indirect", "added that",
       "reported:speech")]),
    # a speaker who represents no government
    ("Analysts said the deployment showed how isolated both countries had become.",
     [("the deployment showed how isolated both countries had become", "Analysts", "", "indirect", "said",
       "reported:speech")]),
    # an object verb keeps its verb in the content
    ("NATO Secretary General Mark Rutte condemned the deployment as a dangerous escalation.",
     [("condemned the deployment as a dangerous escalation", "Mark Rutte", "NATO", "indirect", "condemned",
       "reported:speech")]),
    # apposition before the verb
    ("Dmitry Peskov, the Kremlin spokesman, said the talks were useful.",
     [("the talks were useful", "Dmitry Peskov", "RUS", "indirect", "said", "reported:speech")]),
    # a quoted fragment inside reported speech makes it partial; postposed verb
    ('The "volunteers" were sent to the front by Pyongyang, Ukraine\'s military intelligence said.',
     [('The "volunteers" were sent to the front by Pyongyang', "Ukraine's military intelligence", "UKR", "partial",
       "said", "reported:postposed")]),
    # coordinated verbs: one speaker, two utterances
    ("Miller said Washington would consult its allies and warned that Pyongyang would face consequences.",
     [("Washington would consult its allies", "Matthew Miller", "USA", "indirect", "said", "reported:speech"),
      ("Pyongyang would face consequences", "Matthew Miller", "USA", "indirect", "warned that", "reported:speech")]),
    # a former official speaks for no government
    ("Former President Donald Trump said the war would end quickly.",
     [("the war would end quickly", "Donald Trump", "", "indirect", "said", "reported:speech")]),
])
def test_structures(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Ukrainian forces launched an incursion into Kursk on Aug. 6.",          # narration
    "America's top diplomat made an emergency trip to Brussels.",           # narration about a speaker
    "The United States will respond strongly.",                             # no speech verb
    "Secretary of State Antony Blinken arrived in Brussels.",               # a title is not a verb
])
def test_narration_is_not_speech(text):
    assert rows(text) == []


def test_boilerplate_yields_nothing():
    text = ("Seoul said the troops had arrived.\nRELATED STORIES\nUS says North Korea warned of response\n"
            "The story goes on, he said.\nEdited by Jane Roe.")
    assert [r[0] for r in rows(text)] == ["the troops had arrived"]


def test_unbalanced_quote_does_not_crash():
    assert quote_spans('He said "yes and no', 0, 19) == [(8, 19, False)]
    assert rows('Peskov said "the reports are false.') == [
        ('"the reports are false', "Dmitry Peskov", "RUS", "partial", "said", "reported:speech")]


def test_joint_statement_gives_one_row_per_government():
    got = rows("Both the United States and South Korea confirmed that North Korean troops were fighting.")
    assert [(r[2], r[3], r[5]) for r in got] == [("KOR", "indirect", "reported:speech+joint"),
                                                 ("USA", "indirect", "reported:speech+joint")]


def test_seed_article_who_says_what():
    (doc,) = read_file(SEED)
    got = [(u.speaker, u.actor, u.mode, u.cue) for u in find_utterances(doc)]
    assert got == [
        ("Antony Blinken", "USA", "indirect", "warned"),
        ("South Korea", "KOR", "indirect", "confirmed that"),
        ("United States", "USA", "indirect", "confirmed that"),
        ("Antony Blinken", "USA", "direct", "told media on Wednesday"),
        ("Antony Blinken", "USA", "direct", "said"),
        ("Antony Blinken", "USA", "indirect", "calling for"),
        ("Antony Blinken", "USA", "partial", "added that"),       # "He added" resolved
        ("Antony Blinken", "USA", "partial", "said"),
        ("Antony Blinken", "USA", "direct", "added"),
        ("Mark Rutte", "NATO", "partial", "reiterated"),
        ("Mark Rutte", "NATO", "indirect", "said"),                # "he said" resolved to Rutte
        ("United States", "USA", "reported", "fear"),
        ("United States", "USA", "reported", "expressed concerns"),
        ("China", "CHN", "silence", "has not commented"),
        ("China", "CHN", "indirect", "say"),
        ("Dmitry Peskov", "RUS", "partial", "said that"),
        ("Dmitry Peskov", "RUS", "silence", "without addressing"),
        ("Russia", "RUS", "silence", "has not commented"),
        ("Russia", "RUS", "silence", "declined to answer"),
        ("United States", "USA", "indirect", "confirmed on Tuesday that"),
        ("United States", "USA", "indirect", "saying"),
        ("South Korea's main security agency", "KOR", "partial", "confirmed that"),
    ]
    related = [m for m in doc.boilerplate if m.kind == "related"]
    assert not [u for u in find_utterances(doc) if any(m.start <= u.start < m.end for m in related)]
