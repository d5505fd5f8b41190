"""Whom a speaker speaks for: titles, places, datelines, possessives and context, and speakers the registry lacks."""

from __future__ import annotations

import pytest

from analysis.attribution import find_utterances
from analysis.corpus import make_document

from .helpers import rows, who


@pytest.mark.parametrize("text, expected", [
    # a government title without a country, on a name the registry does not know: the dateline's country
    ("SEOUL, Nov. 3 (Yonhap) -- Presidential spokesperson Kang Yu-jung said the office was watching closely.",
     [("the office was watching closely", "Kang Yu-jung", "KOR", "indirect", "said", "reported:speech")]),
    # ... else the country of the speakers so far
    ("Zelenskyy said the talks would go on.\nPresidential spokesman Serhiy Nykyforov said a date had been set.",
     [("the talks would go on", "Volodymyr Zelenskyy", "UKR", "indirect", "said", "reported:speech"),
      ("a date had been set", "Serhiy Nykyforov", "UKR", "indirect", "said", "reported:speech")]),
    # a governor is a government official; an unknown region before the title, the dateline's country
    ("MOSCOW, July 10. /TASS/. Belgorod Region Governor Ivan Petrov said the shelling had stopped.",
     [("the shelling had stopped", "Ivan Petrov", "RUS", "indirect", "said", "reported:speech")]),
    # must not fire: the phrase names the office's owner, a non-government title, or no context at all
    ("MOSCOW, Nov. 3 (TASS) -- Spokesperson Jane Doe of Bloomberg said the sanctions were ready.",
     [("the sanctions were ready", "Jane Doe", "", "indirect", "said", "reported:speech")]),
    ("SEOUL, Nov. 3 (Yonhap) -- Choi Eun-ji, a researcher at a Seoul think tank, said the troops were learning fast.",
     [("the troops were learning fast", "Choi Eun-ji", "", "indirect", "said", "reported:speech")]),
    ("Presidential spokesperson Kang Yu-jung said the office was watching closely.",
     [("the office was watching closely", "Kang Yu-jung", "", "indirect", "said", "reported:speech")]),
])
def test_a_government_title_without_a_country_takes_the_context_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place opening the sentence beats the dateline and the speakers before
    ("TOKYO (Kyodo) -- Hayashi said the talks would resume.\n"
     "In Nairobi, President Amani Korir told the graduates they would serve abroad.",
     [("Yoshimasa Hayashi", "JPN"), ("Amani Korir", "KEN")]),
    ("In Islamabad, interior minister Farid Qadir said the border would reopen.", [("Farid Qadir", "PAK")]),
    # the dateline, written with a colon, an em dash or a city the registry knows only in its own spelling
    ("NEW DELHI: Foreign Secretary Arjun Mehta said the ceasefire would hold.", [("Arjun Mehta", "IND")]),
    ("PORT-AU-PRINCE, Haiti (AP) \u2014 Interior Minister Paul Lemaire said the curfew was lifted.",
     [("Paul Lemaire", "HTI")]),
    # an organisation or state named in the title gives it, whatever the title
    ("UN humanitarian chief Ana Morel said the convoy had been stopped.", [("Ana Morel", "UN")]),
    # an army chief is a government title too
    ("KHARTOUM, May 2 (AFP) - Army chief Osman Tahir said his troops had pulled back.", [("Osman Tahir", "SDN")]),
    # an unregistered bare government noun or official under a dateline
    ("SEOUL, June 2 (Yonhap) -- The foreign ministry said 18 nationals had left the country.",
     [("The foreign ministry", "KOR")]),
    ("NEW DELHI: A senior defence official declined to discuss losses.", [("A senior defence official", "IND")]),
])
def test_a_place_or_a_title_gives_the_government(text, expected):
    assert who(text) == expected


@pytest.mark.parametrize("text, expected", [
    # must not fire: a UN dateline is no country; an organisation's official is no country's context
    ("UNITED NATIONS, United States (AFP) - Spokesperson Lina Aboud said the vote was postponed.",
     [("Lina Aboud", "")]),
    ("UN humanitarian chief Ana Morel said the convoy had been stopped.\n"
     "Army chief Osman Tahir said his troops had pulled back.",
     [("Ana Morel", "UN"), ("Osman Tahir", "")]),
    # a place after 'in' inside the sentence but not opening it, and no title: nobody's government
    ("A shopkeeper in Nairobi said prices had doubled.", [("A shopkeeper", "")]),
    # the words after the name ('met the officers') are not the title
    ("PORT-AU-PRINCE, Haiti (AP) \u2014 Prime Minister Paul Lemaire met the officers and thanked Kenya for coming.",
     [("Paul Lemaire", "HTI")]),
])
def test_places_and_titles_give_no_government_they_do_not_name(text, expected):
    assert who(text) == expected


def test_government_sources_in_a_capital_speak_for_its_state():
    assert who("Government sources in Islamabad, however, said the talks were direct.") == \
        [("Government sources", "PAK")]
    # must not fire: other plural speakers in a capital only say where they are
    assert who("Analysts in Islamabad said the talks were direct.")[0][1] == ""


@pytest.mark.parametrize("text, expected", [
    # a generic description takes the actor of the story so far
    ("Seoul's foreign ministry said the Russian ambassador had been summoned. "
     "The defense ministry refused to confirm the report.",
     [("the Russian ambassador had been summoned", "Seoul's foreign ministry", "KOR", "indirect", "said",
       "reported:speech"),
      ("refused to confirm the report", "The defense ministry", "KOR", "silence", "refused to confirm",
       "silence:refuse")]),
    # a generic institution with no context keeps an empty actor rather than a guess
    ("The ministry refused to confirm the report.",
     [("refused to confirm the report", "The ministry", "", "silence", "refused to confirm", "silence:refuse")]),
])
def test_a_generic_institution_takes_the_actor_of_the_story_so_far(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # analysts
    ("Analysts said the deployment showed how isolated both countries had become.",
     [("the deployment showed how isolated both countries had become", "Analysts", "", "indirect", "said",
       "reported:speech")]),
    # a former office holder
    ("Former President Donald Trump said the war would end quickly.",
     [("the war would end quickly", "Donald Trump", "", "indirect", "said", "reported:speech")]),
])
def test_analysts_and_former_office_holders_speak_for_no_government(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Sen." and "Rep." neither end the sentence nor stand for the speaker: the lawmaker does, for no government
    ("Sen. Arlo Pennick said on Tuesday that the aid package should pass.",
     [("the aid package should pass", "Arlo Pennick", "", "indirect", "said on Tuesday that", "reported:speech")]),
    ("The briefing was shared with lawmakers, according to Rep. Dana Whitcombe.",
     [("The briefing was shared with lawmakers", "Dana Whitcombe", "", "indirect", "according to",
       "reported:according-to")]),
])
def test_lawmakers_speak_for_no_government(text, expected):
    assert rows(text, "2025-01-15") == expected


def test_an_apposition_still_gives_the_unregistered_name_its_government():
    assert rows("Oleksa Hrynko, a Ukrainian army spokesman, said the ferry was hit.") == [
        ("the ferry was hit", "Oleksa Hrynko", "UKR", "indirect", "said", "reported:speech")]
    assert rows("Oleksa Hrynko, a retired colonel, said the ferry was hit.")[0][1:3] == ("Oleksa Hrynko", "")


@pytest.mark.parametrize("text, expected", [
    # a possessive naming an unregistered country before a title: a new speaker, actor ""
    ('The State Department said it backed the mission. Freedonia\'s foreign ministry condemned the deployment as '
     '"an illegal foreign occupation".',
     [("it backed the mission", "State Department", "USA", "indirect", "said", "reported:speech"),
      ('condemned the deployment as "an illegal foreign occupation"', "Freedonia's foreign ministry", "", "partial",
       "condemned", "reported:speech")]),
    ("Zakharova said Moscow had doubts about the mission. Sylvania's foreign minister rejected the criticism as "
     "unfounded.",
     [("Moscow had doubts about the mission", "Maria Zakharova", "RUS", "indirect", "said", "reported:speech"),
      ("rejected the criticism as unfounded", "Sylvania's foreign minister", "", "indirect", "rejected",
       "reported:speech")]),
    # ... a proper noun that is no country, and an adjective
    ("The State Department said it backed the mission. Acme Corp's spokesman said the company would supply tents.",
     [("it backed the mission", "State Department", "USA", "indirect", "said", "reported:speech"),
      ("the company would supply tents", "Acme Corp's spokesman", "", "indirect", "said", "reported:speech")]),
    ("Zakharova said Moscow had doubts about the mission. The Freedonian foreign minister rejected the criticism as "
     "unfounded.",
     [("Moscow had doubts about the mission", "Maria Zakharova", "RUS", "indirect", "said", "reported:speech"),
      ("rejected the criticism as unfounded", "Freedonian foreign minister", "", "indirect", "rejected",
       "reported:speech")]),
    ("Zakharova said Moscow had doubts. Freedonian officials said the mission was welcome and overdue.",
     [("Moscow had doubts", "Maria Zakharova", "RUS", "indirect", "said", "reported:speech"),
      ("the mission was welcome and overdue", "Freedonian officials", "", "indirect", "said", "reported:speech")]),
    # must not change: a registered owner decides, and a bare title still refers back
    ("Zakharova said Moscow had doubts about the mission. Russia's foreign minister rejected the criticism as "
     "unfounded.",
     [("Moscow had doubts about the mission", "Maria Zakharova", "RUS", "indirect", "said", "reported:speech"),
      ("rejected the criticism as unfounded", "Russia's foreign minister", "RUS", "indirect", "rejected",
       "reported:speech")]),
    ("Zakharova said Moscow had doubts about the mission. The foreign minister rejected the criticism as unfounded.",
     [("Moscow had doubts about the mission", "Maria Zakharova", "RUS", "indirect", "said", "reported:speech"),
      ("rejected the criticism as unfounded", "The foreign minister", "RUS", "indirect", "rejected", "reported:speech")]),
])
def test_an_unregistered_owner_before_a_title_blocks_an_earlier_speaker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'its envoy': the nearest state named before it in the sentence, not the speaker before
    ("Dujarric said the force would deploy within weeks. China abstained, and its envoy said the mandate was too "
     "broad.",
     [("the force would deploy within weeks", "Stéphane Dujarric", "UN", "indirect", "said", "reported:speech"),
      ("the mandate was too broad", "its envoy", "CHN", "indirect", "said", "reported:speech")]),
    ("Zakharova said Moscow had doubts. Japan voted in favour, but its ambassador said Tokyo wanted a shorter "
     "mandate.",
     [("Moscow had doubts", "Maria Zakharova", "RUS", "indirect", "said", "reported:speech"),
      ("Tokyo wanted a shorter mandate", "its ambassador", "JPN", "indirect", "said", "reported:speech"),
      ("a shorter mandate", "Japan", "JPN", "reported", "wanted", "reported:attitude")]),  # a nested cue's own row
    # a place after a preposition owns nothing: the state before it does
    ("Dujarric said the force would deploy within weeks. China voted in New York, and its envoy said the mandate "
     "was too broad.",
     [("the force would deploy within weeks", "Stéphane Dujarric", "UN", "indirect", "said", "reported:speech"),
      ("the mandate was too broad", "its envoy", "CHN", "indirect", "said", "reported:speech")]),
    # an owner the registry lacks: actor "", never the speaker before
    ("Dujarric said the force would deploy within weeks. Freedonia abstained, and its envoy said the mandate was "
     "too broad.",
     [("the force would deploy within weeks", "Stéphane Dujarric", "UN", "indirect", "said", "reported:speech"),
      ("the mandate was too broad", "its envoy", "", "indirect", "said", "reported:speech")]),
    ("Dujarric said the force would deploy within weeks. The Acme Group has supplied tents, and its spokesman said "
     "more would follow.",
     [("the force would deploy within weeks", "Stéphane Dujarric", "UN", "indirect", "said", "reported:speech"),
      ("more would follow", "its spokesman", "", "indirect", "said", "reported:speech")]),
    # must not fire: no owner in the sentence ('Its envoy', a time, a capitalised verb) refers back as before
    ("Dujarric said the force would deploy within weeks. Its envoy said the mandate was too broad.",
     [("the force would deploy within weeks", "Stéphane Dujarric", "UN", "indirect", "said", "reported:speech"),
      ("the mandate was too broad", "Its envoy", "UN", "indirect", "said", "reported:speech")]),
    ("Dujarric said the force would deploy within weeks. On Monday, its envoy said the mandate was too broad.",
     [("the force would deploy within weeks", "Stéphane Dujarric", "UN", "indirect", "said", "reported:speech"),
      ("the mandate was too broad", "its envoy", "UN", "indirect", "said", "reported:speech")]),
    ("Dujarric said the force would deploy within weeks. Voting began late, and its envoy said the mandate was too "
     "broad.",
     [("the force would deploy within weeks", "Stéphane Dujarric", "UN", "indirect", "said", "reported:speech"),
      ("the mandate was too broad", "its envoy", "UN", "indirect", "said", "reported:speech")]),
])
def test_its_title_is_owned_by_the_nearest_state_in_the_sentence(text, expected):
    assert rows(text) == expected


def test_its_title_keeps_the_words_as_written():
    doc = make_document("d", "Dujarric said the force would deploy soon. China abstained, and its envoy said the "
                             "mandate was too broad.", {"date": "2024-11-13"})
    envoy = [u for u in find_utterances(doc) if u.speaker == "its envoy"]
    assert [(u.actor, doc.text[u.speaker_start:u.speaker_end]) for u in envoy] == [("CHN", "and its envoy")]


HAITI = {"HTI": {"name": "Haiti", "kind": "state", "names": ["Haiti"], "demonyms": ["Haitian"],
                 "capitals": ["Port-au-Prince"]}}


@pytest.mark.parametrize("registry_extra", [None, HAITI])
def test_a_resident_in_a_capital_is_not_its_government(registry_extra):
    from analysis.actors import load_registry
    doc = make_document("d", 'A café owner in Port-au-Prince said "we are hopeful."', {"date": "2024-11-13"})
    found = find_utterances(doc, registry=load_registry(registry_extra))
    assert [(doc.text[u.start:u.end], u.speaker, u.actor, u.mode) for u in found] == [
        ('"we are hopeful."', "A café owner in Port-au-Prince", "", "partial")]


@pytest.mark.parametrize("text, expected", [
    # an indefinite person the registry does not know, with a speech verb: a row for no government
    ("Lin Jian said China had concerns. A fish vendor in Jacmel said the soldiers were welcome but prices had "
     "doubled.",
     [("China had concerns", "Lin Jian", "CHN", "indirect", "said", "reported:speech"),
      ("the soldiers were welcome but prices had doubled", "A fish vendor", "", "indirect", "said",
       "reported:speech")]),
    ("One retired teacher from Les Cayes told reporters that the schools were still closed.",
     [("the schools were still closed", "One retired teacher from Les Cayes", "", "indirect", "told reporters that",
       "reported:speech")]),
    ("A 45-year-old mother of three said she hoped the soldiers would stay.",
     [("she hoped the soldiers would stay", "A 45-year-old mother of three", "", "indirect", "said",
       "reported:speech")]),
    ('"We are ready to help," said a shopkeeper in Jacmel.',
     [("We are ready to help", "a shopkeeper in Jacmel", "", "direct", "said", "quote:verb-first")]),
    # ... and a pronoun after it (in the next paragraph) is that person, not a speaker before
    ('Lin Jian said China had concerns. A nurse in Jacmel said the clinic was full.\n"We need more beds," she added.',
     [("China had concerns", "Lin Jian", "CHN", "indirect", "said", "reported:speech"),
      ("the clinic was full", "A nurse", "", "indirect", "said", "reported:speech"),
      ("We need more beds", "A nurse", "", "direct", "added", "quote:quote-first")]),
    # documents are sources too, for no government (what a registry cannot read is kept as written)
    ("A report said the mission would cost two billion dollars.",
     [("the mission would cost two billion dollars", "A report", "", "indirect", "said", "reported:speech")]),
    ("A letter from the parish said the mission would cost two billion dollars.",
     [("the mission would cost two billion dollars", "A letter from the parish", "", "indirect", "said",
       "reported:speech")]),
    # must not fire: a group in a capital is no government; a capital after a preposition is no speaker
    ("Many in Port-au-Prince said the mission came too late for them.", []),
])
def test_an_indefinite_person_speaks_for_no_government(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation or country the registry does not know, subject of a speech verb: a row, actor ""
    ("The Freedonian Republic said it supports the mission and would reinforce its border.",
     [("it supports the mission and would reinforce its border", "The Freedonian Republic", "", "indirect", "said",
       "reported:speech")]),
    ("Zakharova said Moscow had doubts. Acme Corp said it would supply tents. It added that the first shipment was "
     "ready.",
     [("Moscow had doubts", "Maria Zakharova", "RUS", "indirect", "said", "reported:speech"),
      ("it would supply tents", "Acme Corp", "", "indirect", "said", "reported:speech"),
      ("the first shipment was ready", "Acme Corp", "", "indirect", "added that", "reported:speech")]),
    ('"We are ready to help," the Sylvanian Red Cross said.',
     [("We are ready to help", "the Sylvanian Red Cross", "", "direct", "said", "quote:quote-first")]),
    # must not fire: narration by the same subjects is no speech
    ("The Freedonian Republic sent troops to the border.", []),
    ("Acme Corp supplied tents to the peacekeepers.", []),
])
def test_an_unregistered_organisation_says_something(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an indefinite official 'from' a body of one state speaks for it (the state and its office are one owner)
    ("A senior official from South Korea's presidential office expressed concern over the dispatch of troops.",
     [("over the dispatch of troops", "A senior official from South Korea's presidential office", "KOR", "reported",
       "expressed concern",
       "reported:attitude")]),
    # a title with 'of' before a registered name is that person's, not a body's
    ("Chief of the General Staff of the Russian Armed Forces Valery Gerasimov reported to Putin that the region "
     "had been cleared.",
     [("the region had been cleared", "Valery Gerasimov", "RUS", "indirect", "reported to Putin that",
       "reported:speech")]),
])
def test_an_owner_or_a_title_before_the_speaker_gives_the_government(text, expected):
    assert rows(text, date="2025-04-26") == expected
