"""Who speaks: pronouns, descriptions, surnames, appositions, relative clauses, titles before a name, joint speakers,
groups, documents, and names in any script."""

from __future__ import annotations

import pytest

from .helpers import rows, who


@pytest.mark.parametrize("text, expected", [
    # "He added that" resolved to the person named before
    ("Blinken spoke in Brussels. He added that NATO must act.",
     [("NATO must act", "Antony Blinken", "USA", "indirect", "added that", "reported:speech")]),
    # 'It' after a body
    ("North Korea's defence ministry called the reports a smear campaign. It said the cooperation was lawful.",
     [("called the reports a smear campaign", "North Korea's defence ministry", "PRK", "indirect", "called",
       "reported:speech"),
      ("the cooperation was lawful", "North Korea's defence ministry", "PRK", "indirect", "said", "reported:speech")]),
    # 'They' after a group
    ("South Korean officials, however, believe the troops have suffered heavy losses. "
     "They said 100 soldiers had been killed.",
     [("the troops have suffered heavy losses", "South Korean officials", "KOR", "reported", "believe",
       "reported:attitude"),
      ("100 soldiers had been killed", "South Korean officials", "KOR", "indirect", "said", "reported:speech")]),
    # a pronoun takes a person opening a later sentence over an earlier speaker ...
    ('Kim Jong Un said the troops were heroes. Foreign Minister Cho Tae-yul met the ambassador. '
     '"This cannot go on," he said.',
     [("the troops were heroes", "Kim Jong Un", "PRK", "indirect", "said", "reported:speech"),
      ("This cannot go on", "Cho Tae-yul", "KOR", "direct", "said", "quote:quote-first")]),
    # ... but not a person named inside what was said
    ("Blinken said Kim Jong Un had made a grave mistake. He added that the allies would respond.",
     [("Kim Jong Un had made a grave mistake", "Antony Blinken", "USA", "indirect", "said", "reported:speech"),
      ("the allies would respond", "Antony Blinken", "USA", "indirect", "added that", "reported:speech")]),
    # a speaker of unknown gender is 'he' or 'she'
    ("Choi Eun-ji, a researcher at a Seoul think tank, said the troops were learning fast. She added that the "
     "losses were heavy.",
     [("the troops were learning fast", "Choi Eun-ji", "", "indirect", "said", "reported:speech"),
      ("the losses were heavy", "Choi Eun-ji", "", "indirect", "added that", "reported:speech")]),
])
def test_a_pronoun_refers_to_the_latest_compatible_speaker(text, expected):
    assert rows(text) == expected


def test_a_pronoun_without_antecedent_is_not_guessed():
    assert rows('"We see the troops moving," she said.') == []


@pytest.mark.parametrize("text, expected", [
    # a pronoun after a speaker known only by a title is that speaker, not a person named earlier
    ('Defence Minister Rustem Umerov said the front was holding.\nA commander of a Ukrainian artillery brigade told '
     'a local newspaper that the enemy had changed tactics.\n"They no longer come in waves," he said.',
     [("the front was holding", "Rustem Umerov", "UKR", "indirect", "said", "reported:speech"),
      ("the enemy had changed tactics", "A commander of a Ukrainian artillery brigade", "UKR", "indirect", "told a local newspaper that",
       "reported:speech"),
      ("They no longer come in waves", "A commander of a Ukrainian artillery brigade", "UKR", "direct", "said", "quote:quote-first")]),
    # a definite description with the same head noun: the unnamed diplomat, not the named chief before
    ('EU foreign policy chief Josep Borrell said the bloc stood united.\nOne senior EU diplomat said Slovakia was '
     'expected to object.\n"We know this script," the diplomat said.',
     [("the bloc stood united", "Josep Borrell", "EU", "indirect", "said", "reported:speech"),
      ("Slovakia was expected to object", "One senior EU diplomat", "EU", "indirect", "said", "reported:speech"),
      ("We know this script", "One senior EU diplomat", "EU", "direct", "said", "quote:quote-first")]),
    # must not fire: unnamed officials (plural) are no 'he'; the named person is
    ('Defence Minister Rustem Umerov spoke in Kyiv.\nUkrainian officials said the front was holding.\n'
     '"We will not retreat," he said.',
     [("the front was holding", "Ukrainian officials", "UKR", "indirect", "said", "reported:speech"),
      ("We will not retreat", "Rustem Umerov", "UKR", "direct", "said", "quote:quote-first")]),
])
def test_pronouns_and_descriptions_prefer_the_latest_speaker_known_only_by_a_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'The spokesman' after the spokesman named before
    ("Kremlin spokesman Dmitry Peskov said the talks were useful. The spokesman added that no decision had been made.",
     [("the talks were useful", "Dmitry Peskov", "RUS", "indirect", "said", "reported:speech"),
      ("no decision had been made", "Dmitry Peskov", "RUS", "indirect", "added that", "reported:speech")]),
    # a description links to a person mentioned earlier ...
    ("Mark Rutte spoke in Brussels. The NATO chief said the deployment was a significant escalation.",
     [("the deployment was a significant escalation", "Mark Rutte", "NATO", "indirect", "said", "reported:speech")]),
    # ... but an indefinite one is somebody new
    ("Mark Rutte spoke in Brussels. A NATO official said the deployment was expected.",
     [("the deployment was expected", "A NATO official", "NATO", "indirect", "said", "reported:speech")]),
    # an indefinite plural is new people, not the person named before
    ("Mark Rutte spoke in Brussels. Some NATO officials believe the troops will stay until spring.",
     [("the troops will stay until spring", "Some NATO officials", "NATO", "reported", "believe", "reported:attitude")]),
    # "X's spokesman told reporters that": someone's aide is a speaker of his own
    ("Yoon's spokesman told reporters that the government was reviewing its options.",
     [("the government was reviewing its options", "Yoon's spokesman", "KOR", "indirect", "told reporters that",
       "reported:speech")]),
])
def test_a_description_refers_back_to_a_speaker_named_before(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname after the full name
    ("Chinese Foreign Minister Wang Yi met Cho Tae-yul on Tuesday.\nWang stressed that China's position remained "
     "unchanged.",
     [("China's position remained unchanged", "Wang Yi", "CHN", "indirect", "stressed that", "reported:speech")]),
    # a name after a title keeps its surname, even one the registry knows for someone else
    ("State Department spokesman Tom Harris said the United States supports the mission. Harris added that "
     "funding was secured.",
     [("the United States supports the mission", "Tom Harris", "USA", "indirect", "said", "reported:speech"),
      ("funding was secured", "Tom Harris", "USA", "indirect", "added that", "reported:speech")]),
    # must not change: the registered Harris
    ("Kamala Harris said the US backs the mission. Harris added that funding was secured.",
     [("the US backs the mission", "Kamala Harris", "USA", "indirect", "said", "reported:speech"),
      ("funding was secured", "Kamala Harris", "USA", "indirect", "added that", "reported:speech")]),
])
def test_a_surname_refers_to_the_full_name_named_before(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the registry lacks, with its particles, after a title
    ("Foreign Minister Faisal bin Farhan said the kingdom supports the mission.",
     [("the kingdom supports the mission", "Faisal bin Farhan", "", "indirect", "said", "reported:speech")]),
    ("Freedonian Defence Minister Omar al-Haddad said the troops would stay.",
     [("the troops would stay", "Omar al-Haddad", "", "indirect", "said", "reported:speech")]),
])
def test_an_unregistered_name_after_a_title_is_kept_whole(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'Name, the <title>, said'
    ("Dmitry Peskov, the Kremlin spokesman, said the talks were useful.",
     [("the talks were useful", "Dmitry Peskov", "RUS", "indirect", "said", "reported:speech")]),
    # a registered name before a generic apposition is the speaker
    ("The Rodong Sinmun, the ruling party's newspaper, said in an editorial that the soldiers were heroes.",
     [("the soldiers were heroes", "Rodong Sinmun", "PRK", "indirect", "said in an editorial that",
       "reported:speech")]),
    ("The Central Military Commission, the party's top military body, said the troops had returned.",
     [("the troops had returned", "Central Military Commission", "PRK", "indirect", "said", "reported:speech")]),
    # a lawmaker described after the name: the person (non-government), not the apposition
    ("SEOUL, Dec. 19 (Yonhap) -- Rep. Kim Min-ho of the ruling party, a retired general, urged the government to "
     "send observers.",
     [("urged the government to send observers", "Kim Min-ho", "", "indirect", "urged", "reported:speech")]),
])
def test_an_apposition_describes_the_speaker_before_it(text, expected):
    assert rows(text) == expected


def test_a_person_named_inside_an_apposition_only_describes_the_speaker_before_it():
    # a person named inside an apposition only describes the speaker before it
    text = "Kim Yo Jong, the sister of leader Kim Jong Un, said the leaflets were a provocation."
    assert rows(text, "2025-01-15") == [
        ("the leaflets were a provocation", "Kim Yo Jong", "PRK", "indirect", "said", "reported:speech")]


@pytest.mark.parametrize("text, expected", [
    # a relative clause between the speaker and the verb is read past
    ("Jake Sullivan met reporters. The adviser, who spoke on condition of anonymity to discuss intelligence, said "
     "the troops had moved.",
     [("the troops had moved", "Jake Sullivan", "USA", "indirect", "said", "reported:speech")]),
    ("Lin Jian, who took questions for an hour, said the talks were normal.",
     [("the talks were normal", "Lin Jian", "CHN", "indirect", "said", "reported:speech")]),
    # an anonymity request is no message
    ("A US official, who asked not to be named because the matter is sensitive, said the troops had moved.",
     [("the troops had moved", "A US official", "USA", "indirect", "said", "reported:speech")]),
    # a restrictive relative clause between a described speaker and the verb; 'he' is that speaker, who (former)
    # speaks for no government whoever spoke before
    ("The foreign secretary, David Lammy, told MPs that the UK was watching closely.\nA former North Korean soldier "
     "who defected to the South in 2016 and now runs a small charity in Seoul said the men would be watched.\n"
     '"They have seen too much," he said.',
     [("the UK was watching closely", "David Lammy", "GBR", "indirect", "told MPs that", "reported:speech"),
      ("the men would be watched", "A former North Korean soldier", "", "indirect", "said", "reported:speech"),
      ("They have seen too much", "A former North Korean soldier", "", "direct", "said", "quote:quote-first")]),
    # must not fire: 'who' after a comma is the relative clause of a named speaker
    ("Kim Yo Jong, who heads the party's propaganda department, said the drills were reckless.",
     [("the drills were reckless", "Kim Yo Jong", "PRK", "indirect", "said", "reported:speech")]),
])
def test_a_relative_clause_between_the_speaker_and_the_verb_is_read_past(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the person named after a title speaks, not the institution opening the title
    ("White House national security spokesman John Kirby said the talks had failed.",
     [("the talks had failed", "John Kirby", "USA", "indirect", "said", "reported:speech")]),
    # the title is read as a body, the person named at its end speaks
    ("Russian Security Council Secretary Sergei Shoigu said on Tuesday that more engineers would arrive.",
     [("more engineers would arrive", "Sergei Shoigu", "RUS", "indirect", "said on Tuesday that", "reported:speech")]),
    # unknown capitalised words without a title and a name after them are a source as written, for no government
    ("The Kursk Region Duma said the vote would be postponed.",
     [("the vote would be postponed", "The Kursk Region Duma", "", "indirect", "said", "reported:speech")]),
])
def test_the_person_named_at_the_end_of_a_title_speaks(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of governments before the verb, across a comma
    ("The United States, Japan and South Korea condemned the military cooperation between North Korea and Russia.",
     [("condemned the military cooperation between North Korea and Russia", "Japan", "JPN", "indirect", "condemned",
       "reported:speech+joint"),
      ("condemned the military cooperation between North Korea and Russia", "South Korea", "KOR", "indirect",
       "condemned", "reported:speech+joint"),
      ("condemned the military cooperation between North Korea and Russia", "United States", "USA", "indirect",
       "condemned", "reported:speech+joint")]),
    # 'Both leaders' refers back to the two persons named before: one row each
    ("Prime Minister Shigeru Ishiba met Secretary General Mark Rutte in Tokyo on Monday. Both leaders voiced "
     "concern that Pyongyang could receive Russian missile technology.",
     [("Pyongyang could receive Russian missile technology", "Shigeru Ishiba", "JPN", "reported",
       "voiced concern that", "reported:attitude+joint"),
      ("Pyongyang could receive Russian missile technology", "Mark Rutte", "NATO", "reported", "voiced concern that",
       "reported:attitude+joint")]),
    # must not fire: nobody named before
    ("Both leaders condemned the launch.",
     [("condemned the launch", "Both leaders", "", "indirect", "condemned", "reported:speech")]),
    # a title before two names describes both; two non-government speakers give a row each
    ("Lawmakers Lee Sung-kwon and Park Sun-won told reporters that the losses were heavy.",
     [("the losses were heavy", "Lee Sung-kwon", "", "indirect", "told reporters that", "reported:speech+joint"),
      ("the losses were heavy", "Park Sun-won", "", "indirect", "told reporters that", "reported:speech+joint")]),
    # must not fire: two names without a verb of saying
    ("Kim Jong Un and Putin signed the treaty in June.", []),
    # 'X spoke with Y, and the two agreed that …': a row for each of the two just named
    ("Foreign Minister Takeshi Iwaya spoke by phone with his South Korean counterpart Cho Tae-yul, and the two "
     "agreed that the transfer was illegal.",
     [("the transfer was illegal", "Takeshi Iwaya", "JPN", "indirect", "agreed that", "reported:speech+joint"),
      ("the transfer was illegal", "Cho Tae-yul", "KOR", "indirect", "agreed that", "reported:speech+joint")]),
    ("Takeshi Iwaya met Cho Tae-yul in Lima, and both said that the talks were useful.",
     [("the talks were useful", "Takeshi Iwaya", "JPN", "indirect", "said that", "reported:speech+joint"),
      ("the talks were useful", "Cho Tae-yul", "KOR", "indirect", "said that", "reported:speech+joint")]),
    # must not fire: a coordinated clause with a subject of its own is not the earlier person's
    ("Takeshi Iwaya met the troops, and the two armies agreed that the truce would hold.",
     [("the truce would hold", "the two armies", "", "indirect", "agreed that", "reported:speech")]),
    # '<A> and his <nationality> counterpart <B>': a row each
    ("Foreign Minister Takeshi Iwaya and his South Korean counterpart Cho Tae-yul confirmed they would raise the "
     "issue at the United Nations.",
     [("they would raise the issue at the United Nations", "Takeshi Iwaya", "JPN", "indirect", "confirmed",
       "reported:speech+joint"),
      ("they would raise the issue at the United Nations", "Cho Tae-yul", "KOR", "indirect", "confirmed",
       "reported:speech+joint")]),
])
def test_joint_speakers_give_a_row_each(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'one of the officials' after 'Two NATO officials said': a member of that group, with its actor
    ("Two NATO officials said the troops had reached Kursk.\nOne of the officials said the number could rise.",
     [("the troops had reached Kursk", "Two NATO officials", "NATO", "indirect", "said", "reported:speech"),
      ("the number could rise", "One of the officials", "NATO", "indirect", "said", "reported:speech")]),
    ('Two EU diplomats said the talks had stalled.\n"Nobody wants to go first," said one of the diplomats.',
     [("the talks had stalled", "Two EU diplomats", "EU", "indirect", "said", "reported:speech"),
      ("Nobody wants to go first", "one of the diplomats", "EU", "direct", "said", "quote:verb-first")]),
])
def test_one_of_a_group_named_before_is_a_member_with_its_actor(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a document speaks for whoever issued it; 'It' then refers back to the issuer, not to the state whose
    # position the statement reports (a row of its own: a cue nested in reported content)
    ("The Chinese Foreign Ministry issued a statement on Friday. The statement said that Beijing opposed any "
     "unilateral sanctions. It noted that the talks would continue.",
     [("Beijing opposed any unilateral sanctions", "Chinese Foreign Ministry", "CHN", "indirect", "said that",
       "reported:speech"),
      ("opposed any unilateral sanctions", "China", "CHN", "indirect", "opposed", "reported:speech"),
      ("the talks would continue", "Chinese Foreign Ministry", "CHN", "indirect", "noted that", "reported:speech")]),
    ("NATO issued a joint communique after the summit. The communique condemned the transfer of ballistic missiles, "
     "warning that the alliance would respond.",
     [("condemned the transfer of ballistic missiles", "NATO", "NATO", "indirect", "condemned", "reported:speech"),
      ("the alliance would respond", "NATO", "NATO", "indirect", "warning", "reported:participle")]),
    ("The Kremlin released a brief readout of the call. According to the readout, the two leaders agreed to stay "
     "in contact.",
     [("the two leaders agreed to stay in contact", "Kremlin", "RUS", "indirect", "according to",
       "reported:according-to")]),
])
def test_a_document_speaks_for_whoever_issued_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country that ends a longer name is no speaker; a time adverbial is no name
    ("RBC Ukraine reported that 500 soldiers had been killed.",
     [("500 soldiers had been killed", "RBC Ukraine", "", "indirect", "reported that", "reported:speech")]),
    ("On Sunday, the NIS said that it was looking into the reports.",
     [("it was looking into the reports", "National Intelligence Service", "KOR", "indirect", "said that",
       "reported:speech")]),
])
def test_a_country_ending_a_longer_name_or_a_time_adverbial_is_no_speaker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Turkish: dotted and cedilla letters inside and at the start of a name
    ('"The grain corridor will stay open for every ship," Turkish Foreign Minister Mevlüt Çavuşoğlu said.',
     [("The grain corridor will stay open for every ship", "Mevlüt Çavuşoğlu", "TUR", "direct", "said",
       "quote:quote-first")]),
    ('"The grain corridor will stay open for every ship," Turkish Foreign Minister Çağlar Şahin said.',
     [("The grain corridor will stay open for every ship", "Çağlar Şahin", "TUR", "direct", "said",
       "quote:quote-first")]),
    # Icelandic after an honorific, accented first letter
    ("Ms. Ólafsdóttir said the fishing quotas would be cut next spring.",
     [("the fishing quotas would be cut next spring", "Ólafsdóttir", "", "indirect", "said", "reported:speech")]),
    # Polish and Czech after a government title
    ("Polish Deputy Minister Łukasz Świątek said the border crossing would stay shut.",
     [("the border crossing would stay shut", "Łukasz Świątek", "POL", "indirect", "said", "reported:speech")]),
    ("Czech Foreign Minister Jiří Dvořák said the embassy would reopen in the autumn.",
     [("the embassy would reopen in the autumn", "Jiří Dvořák", "CZE", "indirect", "said", "reported:speech")]),
    # Vietnamese romanised with stacked diacritics
    ("Vietnamese Foreign Ministry spokesperson Nguyễn Thị Hằng said Hanoi opposed the patrols.",
     [("Hanoi opposed the patrols", "Nguyễn Thị Hằng", "", "indirect", "said", "reported:speech")]),
    # Cyrillic and Hangul (no letter case at all) after a non-government word
    ("Analyst Иван Петров said the sanctions were unlikely to bite.",
     [("the sanctions were unlikely to bite", "Иван Петров", "", "indirect", "said", "reported:speech")]),
    ("Lawmaker 박지원 said the sanctions were unlikely to bite.",
     [("the sanctions were unlikely to bite", "박지원", "", "indirect", "said", "reported:speech")]),
    # variant: the ASCII spelling gives the same row
    ("Ms. Olafsdottir said the fishing quotas would be cut next spring.",
     [("the fishing quotas would be cut next spring", "Olafsdottir", "", "indirect", "said", "reported:speech")]),
])
def test_names_with_non_ascii_letters_are_kept_whole(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # must not fire: a lower-case word with accents after a title is no name
    ("Analyst über-cautious said nothing.", None),
    # a weekday after the name stays out of it, in any script
    ("Turkish Foreign Minister Çağlar Şahin On Monday said the talks would resume.", "Çağlar Şahin"),
])
def test_non_ascii_names_stop_where_ascii_names_stop(text, speaker):
    found = [r[1] for r in rows(text)]
    assert (found[0] if found else None) == speaker


def test_unregistered_full_name_speaks_for_no_government_and_its_surname_refers_back():
    assert rows("Oleksa Hrynko said the ferry would sail again. Hrynko added that the pier was repaired.") == [
        ("the ferry would sail again", "Oleksa Hrynko", "", "indirect", "said", "reported:speech"),
        ("the pier was repaired", "Oleksa Hrynko", "", "indirect", "added that", "reported:speech")]
    assert rows('"We are ready to rebuild," Dorota Wilczak told reporters.') == [
        ("We are ready to rebuild", "Dorota Wilczak", "", "direct", "told reporters", "quote:quote-first")]
    # a bare surname quoting after the full name in the same paragraph (the quotation is read first)
    assert rows('Oleksa Hrynko said the ferry would sail again. "The pier is ready for it," Hrynko said.')[1] == \
        ("The pier is ready for it", "Oleksa Hrynko", "", "direct", "said", "quote:quote-first")


@pytest.mark.parametrize("name", ["Marta de la Fuente", "Tariq al-Shamsi", "Jan van der Berg", "Ngozi Okafor-Eze",
                                  "Seán O'Driscoll", "Олена Коваль", "Ömer Yıldırımoğlu", "Paulo R. Mendes"])
def test_unregistered_names_of_any_shape(name):
    assert rows(f"{name} said the bridge had been closed.") == [
        ("the bridge had been closed", name, "", "indirect", "said", "reported:speech")]


def test_a_registered_first_name_opening_a_longer_name_is_someone_else():
    assert rows('Jean-Pierre Moreau said the count was fair. "Nobody cheated here," Moreau said.') == [
        ("the count was fair", "Jean-Pierre Moreau", "", "indirect", "said", "reported:speech"),
        ("Nobody cheated here", "Jean-Pierre Moreau", "", "direct", "said", "quote:quote-first")]


@pytest.mark.parametrize("text, speaker", [
    ("Hrynko said the bridge had been closed.", "Hrynko"),           # a surname nobody named before
    ("Eastern Command said the bridge had been closed.", "Eastern Command"),
    ("Sky News reported that the bridge had been closed.", "Sky News"),  # an outlet in its own voice
    ("Bridge Volunteers said the bridge had been closed.", "Bridge Volunteers"),
])
def test_capitalised_names_the_registry_lacks_are_sources_as_written(text, speaker):
    assert [(row[1], row[2]) for row in rows(text)] == [(speaker, "")]


def test_a_time_or_a_headline_is_no_speaker():
    # a time opening the sentence is no part of the speaker; a headline's capital 'Says' is no verb
    assert [row[1] for row in rows("On Monday Deputy Minister said the bridge had been closed.")] == ["Deputy Minister"]
    assert rows("Breaking News Says Bridge Closed") == []


def test_organisations_keep_their_own_reading():
    assert [r[1:3] for r in rows("Human Rights Watch said the strikes were unlawful.")] == [("Human Rights Watch", "")]
    assert [r[1:3] for r in rows("Amnesty International said the strikes were unlawful.")] == \
        [("Amnesty International", "")]


@pytest.mark.parametrize("text, expected", [
    # a phrase nothing else reads still names a source: a bare surname, a body, a poll, data, a group, a share
    ("Barrett said the court would decide the case soon.",
     [("the court would decide the case soon", "Barrett", "", "indirect", "said", "reported:speech")]),
    ("The commission says the rules will change next year.",
     [("the rules will change next year", "The commission", "", "indirect", "says", "reported:speech")]),
    ("A university poll found 40 percent of voters backed the plan.",
     [("40 percent of voters backed the plan", "A university poll", "", "reported", "found", "reported:attitude")]),
    ("According to federal data, arrests fell by a third in June.",
     [("arrests fell by a third in June", "federal data", "", "indirect", "according to", "reported:according-to")]),
    ("Democrats and Republicans said the bill was dead.",
     [("the bill was dead", "Democrats", "", "indirect", "said", "reported:speech+joint"),
      ("the bill was dead", "Republicans", "", "indirect", "said", "reported:speech+joint")]),
    ("Dozens of progressive Democrats threatened to vote against the bill.",
     [("threatened to vote against the bill", "Dozens of progressive Democrats", "", "indirect", "threatened",
       "reported:speech")]),
    ('"We will not give up," said Sen. Mary Hale of Ohio.',
     [("We will not give up", "Mary Hale", "", "direct", "said", "quote:verb-first")]),
    # ... but not a phrase that names no one
    ("Later, the move angered officials who said nothing.", []),
    ("The war has shown that drones matter.", []),
])
def test_a_source_the_registry_cannot_read_is_kept_as_written(text, expected):
    assert rows(text, date="2021-06-01") == expected


def test_a_passive_names_its_speaker_after_by_and_none_without():
    assert rows("The deal was praised by Senate Democrats on Monday.", date="2021-06-01") == [
        ("The deal was", "Senate Democrats", "", "indirect", "praised", "reported:passive-praise")]
    assert rows("The plan was welcomed in Seoul, and officers have been accused of lying.", date="2021-06-01") == []


@pytest.mark.parametrize("text, expected", [
    # a nationality list before one head noun: one row per government
    ("Ukrainian and American officials said the troops had moved into Kursk.",
     [("the troops had moved into Kursk", "Ukrainian officials", "UKR", "indirect", "said", "reported:speech+joint"),
      ("the troops had moved into Kursk", "American officials", "USA", "indirect", "said", "reported:speech+joint")]),
])
def test_nationalities_before_one_head_speak_for_each_government(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's possessive before a bare name the registry does not know: a person of that state
    ("Armenia's Pashinyan said the deal was a success.", [("Pashinyan", "ARM")]),
    # not before a body's name nor an acronym
    ("Russia's Defence Ministry said the deal was a success.", [("Russia's Defence Ministry", "RUS")]),
    ("China's MFA dodged questions about the troops.", [("China", "CHN")]),
    # a qualifier before a known title: 'First Vice Foreign Minister' is a foreign ministry's person
    ("SEOUL, Oct. 21 (Yonhap) -- First Vice Foreign Minister Kim Hong-kyun said the troops must leave.",
     [("Kim Hong-kyun", "KOR")]),
])
def test_possessive_names_and_qualified_titles(text, expected):
    assert who(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share of a group speaks as written, whatever follows 'of'
    ("Fifty percent of those polled said they were worried about the war.", [("Fifty percent of those polled", "")]),
    ("A third of respondents said the talks would fail.", [("A third of respondents", "")]),
    # after a participle, 'said' is a verb, not the noun modifier of 'the said agreement'
    ("Residents interviewed said the water was unsafe.", [("Residents", "")]),
])
def test_shares_of_those_polled_and_participles_before_said(text, expected):
    assert who(text) == expected
