"""Reported speech: a speech verb and its clause, postposed verbs, 'according to', passives, object verbs,
coordinated verbs, partial quotations, participles, cues nested in other content, source credits and relays."""

from __future__ import annotations

import pytest

from analysis.attribution import find_utterances
from analysis.corpus import make_document

from .helpers import rows


@pytest.mark.parametrize("text, expected", [
    # 'X said …': the clause after the verb is what was said
    ("Chinese Foreign Ministry spokesman Lin Jian said he was not aware of the situation.",
     [("he was not aware of the situation", "Lin Jian", "CHN", "indirect", "said", "reported:speech")]),
    # a participial lead-in is not postposed content
    ("Asked about the reports, Chinese Foreign Ministry spokesperson Lin Jian said he was not aware of the situation.",
     [("he was not aware of the situation", "Lin Jian", "CHN", "indirect", "said", "reported:speech")]),
])
def test_a_reported_clause_follows_its_speech_verb(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # postposed verb with listener and time
    ("The troops are already fighting in Kursk, Pentagon spokeswoman Sabrina Singh told reporters on Monday.",
     [("The troops are already fighting in Kursk", "Sabrina Singh", "USA", "indirect", "told reporters on Monday",
       "reported:postposed")]),
    # postposed verb followed by a subordinate clause that holds a joint statement (the seed's first sentence)
    ("The U.S. will respond strongly, Blinken warned after both the United States and South Korea confirmed "
     "that the troops were fighting.",
     [("The U.S. will respond strongly", "Antony Blinken", "USA", "indirect", "warned", "reported:postposed"),
      ("the troops were fighting", "South Korea", "KOR", "indirect", "confirmed that", "reported:speech+joint"),
      ("the troops were fighting", "United States", "USA", "indirect", "confirmed that", "reported:speech+joint")]),
])
def test_a_postposed_verb_attributes_the_clause_before_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # before or after the clause
    ("According to South Korea's spy agency, some 1,500 soldiers were moved to Vladivostok.",
     [("some 1,500 soldiers were moved to Vladivostok", "South Korea's spy agency", "KOR", "indirect", "according to",
       "reported:according-to")]),
    ("Some 1,500 soldiers were moved to Vladivostok, according to South Korea's spy agency.",
     [("Some 1,500 soldiers were moved to Vladivostok", "South Korea's spy agency", "KOR", "indirect", "according to",
       "reported:according-to")]),
    # a sentence-final 'according to' is the speaker when nothing else in the sentence is attributed
    ("The troops will return home soon, according to KCNA.",
     [("The troops will return home soon", "Korean Central News Agency", "PRK", "indirect", "according to",
       "reported:according-to")]),
])
def test_according_to_names_the_speaker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet crediting an attributed statement is not a speaker
    ("Chinese Foreign Minister Wang Yi met Cho Tae-yul on Tuesday.\n"
     "Cho, for his part, asked China to play a constructive role, Yonhap reported.",
     [("China to play a constructive role", "Cho Tae-yul", "KOR", "indirect", "asked", "reported:speech")]),
    # a sentence-final 'according to' after a direct quotation only credits it
    ('"We will win," Kim Jong Un said at the rally, according to KCNA.',
     [("We will win", "Kim Jong Un", "PRK", "direct", "said", "quote:quote-first")]),
])
def test_a_credit_after_an_attributed_statement_is_no_speaker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # '<A> quoted <B> as saying': B's words; who quotes only passes them on
    ("The newspaper quoted Peskov as saying the matter was closed.",
     [("the matter was closed", "Dmitry Peskov", "RUS", "indirect", "quoted Peskov as saying", "reported:quoted-as")]),
    ("Kim quoted the National Intelligence Service as saying that the unit had lost 200 men.",
     [("the unit had lost 200 men", "National Intelligence Service", "KOR", "indirect",
       "quoted the National Intelligence Service as saying that", "reported:quoted-as")]),
])
def test_quoted_as_saying_gives_the_words_to_the_one_quoted(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # passives
    ("The NIS was quoted as saying that the troops had reached the front.",
     [("the troops had reached the front", "National Intelligence Service", "KOR", "indirect",
       "was quoted as saying that", "reported:speech")]),
    ("The arrival of a second contingent was announced by Ukraine's military intelligence on Monday.",
     [("The arrival of a second contingent", "Ukraine's military intelligence", "UKR", "indirect", "was announced by",
       "reported:passive-announce")]),
    # 'quoted/cited by <source> as saying' with the speaker before an apposition
    ('Peskov, the Kremlin spokesman, was cited by state media as saying: "The cooperation is not directed against '
     'anyone."',
     [("The cooperation is not directed against anyone", "Dmitry Peskov", "RUS", "direct",
       "was cited by state media as saying", "quote:speaker-first")]),
])
def test_a_passive_names_its_speaker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an object verb keeps its verb in the content
    ("NATO Secretary General Mark Rutte reiterated the crucial role played by China.",
     [("reiterated the crucial role played by China", "Mark Rutte", "NATO", "indirect", "reiterated",
       "reported:speech")]),
    # 'asked <someone> to …'
    ("Kirby asked Moscow to explain the troop movements.",
     [("Moscow to explain the troop movements", "John Kirby", "USA", "indirect", "asked", "reported:speech")]),
])
def test_an_object_verb_keeps_its_verb_in_the_content(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # coordinated verbs: one speaker, two utterances
    ("Miller said Washington would consult its allies and warned that Pyongyang would face consequences.",
     [("Washington would consult its allies", "Matthew Miller", "USA", "indirect", "said", "reported:speech"),
      ("Pyongyang would face consequences", "Matthew Miller", "USA", "indirect", "warned that", "reported:speech")]),
    # two verbs joined by 'and' are two rows: an object verb, then a that-clause
    ('Shoigu rejected the report as "pure fiction" and said the soldiers were construction workers.',
     [('rejected the report as "pure fiction"', "Sergei Shoigu", "RUS", "partial", "rejected", "reported:speech"),
      ("the soldiers were construction workers", "Sergei Shoigu", "RUS", "indirect", "said", "reported:speech")]),
    ("The Kremlin denied the claim and insisted that no foreign troops were in Kursk.",
     [("denied the claim", "Kremlin", "RUS", "indirect", "denied", "reported:speech"),
      ("no foreign troops were in Kursk", "Kremlin", "RUS", "indirect", "insisted that", "reported:speech")]),
    # ... a silence, then speech
    ("Lavrov did not confirm the figures and warned that Moscow would answer any provocation.",
     [("did not confirm the figures", "Sergei Lavrov", "RUS", "silence", "did not confirm", "silence:not-comment"),
      ("Moscow would answer any provocation", "Sergei Lavrov", "RUS", "indirect", "warned that",
       "reported:speech")]),
    # must not fire: two participles in one noun phrase are no second verb
    ("Officials welcomed the reported and confirmed withdrawals.",
     [("welcomed the reported and confirmed withdrawals", "Officials", "", "indirect", "welcomed",
       "reported:speech")]),
])
def test_verbs_joined_by_and_are_rows_of_their_own(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted phrase inside a sentence is not a full quotation: the sentence is one partial row
    ('The move would mark "a very dangerous escalation" of the war, U.N. spokesperson Stephane Dujarric said.',
     [('The move would mark "a very dangerous escalation" of the war', "Stéphane Dujarric", "UN", "partial", "said",
       "reported:postposed")]),
    # a quoted fragment makes the row partial (one row, not two)
    ('Blinken also said Biden was "committed to making sure" that aid arrives.',
     [('Biden was "committed to making sure" that aid arrives', "Antony Blinken", "USA", "partial", "said",
       "reported:speech")]),
    # ... also before a postposed verb
    ('The "volunteers" were sent to the front by Pyongyang, Ukraine\'s military intelligence said.',
     [('The "volunteers" were sent to the front by Pyongyang', "Ukraine's military intelligence", "UKR", "partial",
       "said", "reported:postposed")]),
])
def test_a_quoted_fragment_makes_one_partial_row(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listener with a setting before 'that'
    ("Peskov told journalists on a conference call that he had nothing to add.",
     [("he had nothing to add", "Dmitry Peskov", "RUS", "indirect", "told journalists on a conference call that",
       "reported:speech")]),
    # an adverb before 'that'
    ("Lin Jian said separately that China had not been informed.",
     [("China had not been informed", "Lin Jian", "CHN", "indirect", "said separately that", "reported:speech")]),
    # 'at least' after the listener is part of the content
    ("Kirby told reporters at least 3,000 soldiers had arrived.",
     [("at least 3,000 soldiers had arrived", "John Kirby", "USA", "indirect", "told reporters",
       "reported:speech")]),
])
def test_the_listener_and_setting_stay_in_the_cue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a contrasting clause with a speaker of its own ends the first content
    ("Britain and France condemned the launch, while China's envoy warned that sanctions would not help.",
     [("condemned the launch", "France", "FRA", "indirect", "condemned", "reported:speech+joint"),
      ("condemned the launch", "United Kingdom", "GBR", "indirect", "condemned", "reported:speech+joint"),
      ("sanctions would not help", "China's envoy", "CHN", "indirect", "warned that", "reported:speech")]),
    # ... but a 'while' clause without a cue stays in the content
    ("The war will go on, while the talks have stalled, Peskov said.",
     [("The war will go on, while the talks have stalled", "Dmitry Peskov", "RUS", "indirect", "said",
       "reported:postposed")]),
    # where it was said is not what was said
    ("Nebenzia rejected the allegations as fabrications at an emergency Security Council session.",
     [("rejected the allegations as fabrications", "Vassily Nebenzia", "RUS", "indirect", "rejected",
       "reported:speech")]),
    # content ends at ', after/as <speaker> <verb>'
    ("China insisted that the ties were its own matter, after the United States warned that 8,000 troops had "
     "reached Kursk.",
     [("the ties were its own matter", "China", "CHN", "indirect", "insisted that", "reported:speech"),
      ("8,000 troops had reached Kursk", "United States", "USA", "indirect", "warned that", "reported:speech")]),
])
def test_content_ends_where_the_message_ends(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an AFP-style dateline is no speaker; a base-form verb inside what was demanded is no utterance;
    # ', at a … session' is where it was said
    ("Geneva (Switzerland) (AFP) - The United States on Wednesday demanded that Russia say whether its troops were "
     "in Kursk, at a tense Security Council session called by Ukraine.",
     [("Russia say whether its troops were in Kursk", "United States", "USA", "indirect", "demanded that",
       "reported:speech")]),
    # must not fire: a finite verb of a speaker of its own after the demand
    ("Blinken demanded that Moscow explain the deployment. Lavrov said Russia would say nothing.",
     [("Moscow explain the deployment", "Antony Blinken", "USA", "indirect", "demanded that", "reported:speech"),
      ("Russia would say nothing", "Sergei Lavrov", "RUS", "indirect", "said", "reported:speech")]),
])
def test_a_base_form_verb_inside_a_demand_is_no_utterance(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'In her view, …' / 'In his opinion, …'
    ('"The sanctions are failing," Jane Park, an analyst at the Asan Institute, told Reuters. In her view, Seoul '
     'should open a channel to Pyongyang.',
     [("The sanctions are failing", "Jane Park", "", "direct", "told Reuters", "quote:quote-first"),
      ("Seoul should open a channel to Pyongyang", "Jane Park", "", "indirect", "In her view", "reported:in-view")]),
    ("Peskov spoke to reporters. In his opinion, the reports were a provocation.",
     [("the reports were a provocation", "Dmitry Peskov", "RUS", "indirect", "In his opinion", "reported:in-view")]),
])
def test_in_her_view_is_the_view_of_the_person_referred_to(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare 'calling'/'describing' after an utterance: a further row holding the label and its object
    ('Defence Minister Shin Won-sik said the army was ready, calling the transfer "a reckless gamble."',
     [("the army was ready", "Shin Won-sik", "KOR", "indirect", "said", "reported:speech"),
      ('the transfer "a reckless gamble."', "Shin Won-sik", "KOR", "partial", "calling", "reported:participle")]),
    ('The Kremlin will answer in kind, Peskov said on Tuesday, describing the new sanctions as "hostile."',
     [("The Kremlin will answer in kind", "Dmitry Peskov", "RUS", "indirect", "said", "reported:postposed"),
      ('the new sanctions as "hostile."', "Dmitry Peskov", "RUS", "partial", "describing", "reported:participle")]),
    # 'claiming that' after 'said' is a second claim
    ("Lin Jian said the talks were normal, claiming that Beijing had no knowledge of the troops.",
     [("the talks were normal", "Lin Jian", "CHN", "indirect", "said", "reported:speech"),
      ("Beijing had no knowledge of the troops", "Lin Jian", "CHN", "indirect", "claiming", "reported:participle")]),
])
def test_a_bare_participle_after_an_utterance_is_a_row_of_its_own(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after a postposed verb, with or without a time or setting between
    ("The troops have reached Kursk, Austin said Tuesday, adding that more would follow.",
     [("The troops have reached Kursk", "Lloyd Austin", "USA", "indirect", "said", "reported:postposed"),
      ("more would follow", "Lloyd Austin", "USA", "indirect", "adding", "reported:participle")]),
    ("Pyongyang made its choice, Rutte told reporters, warning that the alliance would respond.",
     [("Pyongyang made its choice", "Mark Rutte", "NATO", "indirect", "told reporters", "reported:postposed"),
      ("the alliance would respond", "Mark Rutte", "NATO", "indirect", "warning", "reported:participle")]),
    ('"We are watching closely," Kirby said at a White House briefing, noting that the troops were moving west.',
     [("We are watching closely", "John Kirby", "USA", "direct", "said", "quote:quote-first"),
      ("the troops were moving west", "John Kirby", "USA", "indirect", "noting", "reported:participle")]),
    # must not fire: a participle after a clause of its own is not the speaker's
    ('"We are watching closely," Kirby said in Washington, where officials are saying that the troops have moved.',
     [("We are watching closely", "John Kirby", "USA", "direct", "said", "quote:quote-first"),
      ("the troops have moved", "officials", "", "indirect", "saying that", "reported:speech")]),  # 'are saying'
])
def test_a_participle_after_a_postposed_verb_is_a_row_too(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ', with <speaker> <participle> ...': an absolute clause gives its speaker a row
    ("Seoul on Tuesday demanded the immediate withdrawal of the troops, with the presidential spokesman saying "
     "that the deployment threatened the peninsula.",
     [("demanded the immediate withdrawal of the troops", "South Korea", "KOR", "indirect", "demanded",
       "reported:speech"),
      ("the deployment threatened the peninsula", "the presidential spokesman", "KOR", "indirect", "saying",
       "reported:with-participle")]),
    ("Kyiv welcomed the new aid package, with Zelenskyy adding that more air defence was needed.",
     [("welcomed the new aid package", "Ukraine", "UKR", "indirect", "welcomed", "reported:speech"),
      ("more air defence was needed", "Volodymyr Zelenskyy", "UKR", "indirect", "adding",
       "reported:with-participle")]),
])
def test_a_with_clause_gives_its_own_speaker_a_row(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speech participle after a narrated act: the person opening the sentence says it
    ('NATO Secretary General Mark Rutte struck a similar tone, telling reporters that the alliance "is '
     'watching closely."',
     [('the alliance "is watching closely."', "Mark Rutte", "NATO", "partial", "telling reporters that",
       "reported:participle-of-narration")]),
    ("Blinken arrived in Seoul on Monday, warning that Pyongyang would pay a price.",
     [("Pyongyang would pay a price", "Antony Blinken", "USA", "indirect", "warning that",
       "reported:participle-of-narration")]),
    # must not fire: a subject that is no person named at the sentence start; a participle after an utterance
    # stays the utterance's continuation
    ("The troops advanced into the village, saying nothing to the locals.", []),
    ("Blinken said the talks were useful, adding that more were planned.",
     [("the talks were useful", "Antony Blinken", "USA", "indirect", "said", "reported:speech"),
      ("more were planned", "Antony Blinken", "USA", "indirect", "adding", "reported:participle")]),
])
def test_a_speech_participle_after_a_narrated_act_is_said_by_the_person_opening_the_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet crediting a narrated act: the participle is the words of the person opening the sentence
    ('Kim Jong Un visited the wounded soldiers in Pyongyang, calling them "true heroes," state media reported.',
     [('them "true heroes', "Kim Jong Un", "PRK", "partial", "calling", "reported:credited-participle")]),
    ("Kim Jong Un visited the wounded soldiers, calling them heroes, Yonhap reported, citing KCNA.",
     [("them heroes", "Kim Jong Un", "PRK", "indirect", "calling", "reported:credited-participle")]),
    # must not fire: narration alone; no person opening the sentence; a speaker who is no outlet
    ("Kim Jong Un visited the wounded soldiers in Pyongyang, KCNA reported.", []),
    ('The soldiers were honoured at a ceremony, calling it "a great day," state media reported.',
     [('The soldiers were honoured at a ceremony, calling it "a great day', "state media", "", "partial", "reported",
       "reported:postposed")]),
    ('Kim Jong Un visited the wounded soldiers, calling them "true heroes," Cho Tae-yul said.',
     [('Kim Jong Un visited the wounded soldiers, calling them "true heroes', "Cho Tae-yul", "KOR", "partial", "said",
       "reported:postposed")]),
])
def test_an_outlet_crediting_a_narrated_act_gives_the_participle_to_the_person_opening_the_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cue nested in reported content has its own speaker ...
    ("Kirby said the Pentagon estimated that 3,000 soldiers had died.",
     [("the Pentagon estimated that 3,000 soldiers had died", "John Kirby", "USA", "indirect", "said",
       "reported:speech"),
      ("3,000 soldiers had died", "Pentagon", "USA", "indirect", "estimated that", "reported:speech")]),
    # ... unless it is the speaker's own act ('said it had confirmed that')
    ("The National Intelligence Service said it had confirmed that both men were soldiers.",
     [("it had confirmed that both men were soldiers", "National Intelligence Service", "KOR", "indirect", "said",
       "reported:speech")]),
    # a captive's words inside an agency's account: a row for each; 'known as' names the agency again
    ("One of the captured soldiers told investigators he had never been paid, Ukraine's military intelligence, "
     "known as the HUR, said on Telegram.",
     [("One of the captured soldiers told investigators he had never been paid", "Ukraine's military intelligence",
       "UKR", "indirect", "said", "reported:postposed"),
      ("he had never been paid", "One of the captured soldiers", "", "indirect", "told investigators",
       "reported:speech")]),
])
def test_a_cue_nested_in_reported_content_has_its_own_speaker(text, expected):
    assert rows(text) == expected


def test_a_pronoun_after_an_adverb_is_the_speakers_own_act():
    # 'said separately it had confirmed …': the speaker's own act, no row for the last 'it' before
    assert rows("The Kremlin declined to comment on the claim.\nSouth Korea's National Intelligence Service said "
                "separately it had confirmed the capture and was helping Ukrainian investigators.") == [
        ("declined to comment on the claim", "Kremlin", "RUS", "silence", "declined to comment", "silence:decline"),
        ("it had confirmed the capture and was helping Ukrainian investigators", "National Intelligence Service",
         "KOR", "indirect", "said separately", "reported:speech")]


@pytest.mark.parametrize("text, expected", [
    # a third party's cue with a that-clause inside a quotation gives that party a row too
    ('"Our intelligence service assesses that the North has lost about 4,700 soldiers," Blinken told reporters.',
     [("Our intelligence service assesses that the North has lost about 4,700 soldiers", "Antony Blinken", "USA",
       "direct", "told reporters", "quote:quote-first"),
      ("the North has lost about 4,700 soldiers", "Our intelligence service", "USA", "indirect", "assesses that",
       "reported:in-quote")]),
    ('"The Pentagon estimates that 3,000 soldiers have died, and we agree," Blinken said.',
     [("The Pentagon estimates that 3,000 soldiers have died, and we agree", "Antony Blinken", "USA", "direct",
       "said", "quote:quote-first"),
      ("3,000 soldiers have died", "Pentagon", "USA", "indirect", "estimates that", "reported:in-quote")]),
    ('"Moscow says that the troops are volunteers, but nobody believes it," Zelenskyy said.',
     [("Moscow says that the troops are volunteers, but nobody believes it", "Volodymyr Zelenskyy", "UKR", "direct",
       "said", "quote:quote-first"),
      ("the troops are volunteers", "Russia", "RUS", "indirect", "says that", "reported:in-quote")]),
    # the quoted speaker's own 'I think that' / 'we believe that' is no second row
    ('"I think that the talks will fail," Peskov said.',
     [("I think that the talks will fail", "Dmitry Peskov", "RUS", "direct", "said", "quote:quote-first")]),
    ('"We believe that the talks will resume soon," Peskov said.',
     [("We believe that the talks will resume soon", "Dmitry Peskov", "RUS", "direct", "said",
       "quote:quote-first")]),
])
def test_a_third_partys_cue_inside_a_quotation_gives_it_a_row(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cue in a relative clause belongs to the person named before ', who'; nobody named: no row
    ("The ministry praised Kim Jong Un, who told the troops that their mission was sacred.",
     [("praised Kim Jong Un", "The ministry", "", "indirect", "praised", "reported:speech"),  # the object ends at 'who'
      ("their mission was sacred", "Kim Jong Un", "PRK", "indirect", "told the troops that", "reported:speech")]),
    ("The decision was taken by Kim Jong Un, who notified the Russian side that the treaty applied.",
     [("the treaty applied", "Kim Jong Un", "PRK", "indirect", "notified the Russian side that",
       "reported:speech")]),
    ("Lavrov met the delegation, which informed him that the troops had arrived.", []),
])
def test_a_cue_after_who_belongs_to_the_person_named_before(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb and then its speaker after the content: an inverted postposed attribution
    ("Both countries may build their ties as they see fit, stated Chinese Foreign Ministry spokesman Lin Jian at a "
     "briefing on Friday.",
     [("Both countries may build their ties as they see fit", "Lin Jian", "CHN", "indirect", "stated",
       "reported:postposed")]),
    ("The partnership is of a very high level, said Russian Foreign Ministry spokeswoman Maria Zakharova.",
     [("The partnership is of a very high level", "Maria Zakharova", "RUS", "indirect", "said", "reported:postposed")]),
    # a listener after 'told' is no speaker
    ("The partnership is of a very high level, told reporters in Moscow.", []),
])
def test_an_inverted_verb_takes_the_speaker_after_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'X said this at a briefing': what was said is the sentence before
    ("The two states may develop their ties as they wish. Chinese Foreign Ministry spokesman Lin Jian said this at a "
     "briefing on Monday.",
     [("The two states may develop their ties as they wish", "Lin Jian", "CHN", "indirect", "said",
       "reported:speech+anaphoric")]),
    ("Kyiv will not trade land for peace. This was stated by Ukrainian Foreign Minister Andrii Sybiha.",
     [("Kyiv will not trade land for peace", "Andrii Sybiha", "UKR", "indirect", "stated",
       "reported:passive-state+anaphoric")]),
])
def test_said_this_points_back_to_the_sentence_before(text, expected):
    assert rows(text, date="2025-01-15") == expected


@pytest.mark.parametrize("text, expected", [
    ("TASS quoted Gerasimov as saying that the Kursk region had been cleared.", [("Valery Gerasimov", "TASS")]),
    ("According to RIA Novosti, Shoigu announced that more troops would come.", [("Sergei Shoigu", "RIA Novosti")]),
    ("Troops were moving east, the defence ministry said, Yonhap reported.", [("the defence ministry", "Yonhap")]),
])
def test_an_agency_passing_words_on_is_the_channel_not_the_speaker(text, expected):
    doc = make_document("d", text, {"date": "2025-01-15"})
    assert [(u.speaker, u.via) for u in find_utterances(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    # the object of a judging verb ends where a subordinate clause or a dash begins
    ("Democrats opposed the nomination even before they knew the nominee.",
     [("opposed the nomination", "Democrats", "", "indirect", "opposed", "reported:speech")]),
    ("The ministry condemned the launch - the third this month.",
     [("condemned the launch", "The ministry", "", "indirect", "condemned", "reported:speech")]),
])
def test_the_object_of_a_judging_verb_ends_with_its_clause(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of saying or thinking with an owner and a that-clause reports the owner's position
    ("Raffensperger decried Trump's continued insistence that voter fraud cost him the election.",
     [("decried Trump's continued insistence that voter fraud cost him the election", "Raffensperger", "", "indirect",
       "decried", "reported:speech"),
      ("voter fraud cost him the election", "Donald Trump", "USA", "reported", "insistence that",
       "reported:statement-noun")]),
    ("The move follows growing concerns from Seoul that Russia may share missile technology.",
     [("Russia may share missile technology", "South Korea", "KOR", "reported", "concerns from Seoul that",
       "reported:statement-noun")]),
    # no owner, or a possessive whose owner the sentence does not give: no row
    ("The claim that troops had left was false.", []),
    ("Lavrov dismissed his claim that troops had left the region.",
     [("dismissed his claim that troops had left the region", "Sergei Lavrov", "RUS", "indirect", "dismissed",
       "reported:speech")]),
])
def test_a_noun_of_saying_with_an_owner_reports_the_owners_position(text, expected):
    assert rows(text, date="2020-12-01") == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb between the speaker and the verb, and a progressive verb
    ("Lin Jian then pointed out that the talks would go on.",
     [("the talks would go on", "Lin Jian", "CHN", "indirect", "pointed out that", "reported:speech")]),
    ("Zakharova cynically dismissed the reports as fakes.",
     [("dismissed the reports as fakes", "Maria Zakharova", "RUS", "indirect", "dismissed", "reported:speech")]),
    ("The foreign ministry is calling for an immediate withdrawal of the troops.",
     [("calling for an immediate withdrawal of the troops", "The foreign ministry", "", "indirect", "calling for",
       "reported:speech")]),
])
def test_an_adverb_or_a_progressive_form_between_speaker_and_cue(text, expected):
    assert rows(text) == expected


def test_a_concession_with_a_silence_of_its_own_ends_the_content():
    assert [(r[0], r[3]) for r in rows("Austin confirmed the movement of troops to Russia, though he did not specify "
                                        "troop numbers.")] == [
        ("the movement of troops to Russia", "indirect"), ("did not specify troop numbers", "silence")]


def test_an_aside_between_dashes_is_read_past():
    assert [(r[0], r[1]) for r in rows("Ri \u2014 who was captured last month \u2014 said he had been deceived.")] == [
        ("he had been deceived", "Ri")]


@pytest.mark.parametrize("text, expected", [
    # the speaker after an inverted verb wins over words before the comma, which are the content
    ("More than 3,000 North Korean soldiers have been killed in Kursk, says Ukrainian President Zelenskyy.",
     [("More than 3,000 North Korean soldiers have been killed in Kursk", "Volodymyr Zelenskyy", "UKR", "indirect",
       "says", "reported:postposed")]),
    # not a clause after the verb, nor the object of a verb that does not invert
    ("Li Haidong, a professor in Beijing, said the U.S. was the biggest source of chaos.",
     [("the U.S. was the biggest source of chaos", "Li Haidong", "", "indirect", "said", "reported:speech")]),
])
def test_an_inverted_speaker_is_a_name_ending_the_sentence(text, expected):
    assert rows(text, date="2025-01-14") == expected


@pytest.mark.parametrize("text, expected", [
    # a poll's shares, each with its own verb: the content of one ends where the next report begins
    ("In the survey, 41 percent said the deployment raised the risk of war, 38 percent said it changed little "
     "and 12 percent said they did not know.",
     [("the deployment raised the risk of war", "41 percent"), ("it changed little", "38 percent"),
      ("they did not know", "12 percent")]),
    ("The ministry said the soldiers had crossed the border, and Kyiv's envoy said the count was higher.",
     [("the soldiers had crossed the border", "The ministry"), ("the count was higher", "Kyiv's envoy")]),
    # not a report of its own: the words around ', officials said,' are one content
    ("Pyongyang sent more troops, officials said, than it had admitted.",
     [("Pyongyang sent more troops", "officials")]),
])
def test_a_second_reporting_clause_ends_the_content_before_it(text, expected):
    assert [(r[0], r[1]) for r in rows(text)] == expected


def test_a_comma_inside_a_closing_quotation_mark_still_ends_the_content():
    # American punctuation puts the comma inside the quotation mark: '"… of peace," calling it …'
    found = rows('Sarkissian said the deal marked "the start of a long peace," calling it a win for the region.')
    assert [(r[0], r[3]) for r in found][:1] == [('the deal marked "the start of a long peace,"', "partial")]


def test_a_time_adverb_after_the_cue_is_a_whole_word():
    # 'cautioned against', not 'cautioned again' + 'st'
    assert [(r[0], r[4]) for r in rows("The minister cautioned against foreign intervention.")] == [
        ("against foreign intervention", "cautioned")]


def test_a_participle_after_according_to_belongs_to_the_name_opening_the_clause():
    found = rows("According to the ministry, Deputy Minister Olga Brandt met the envoy on Monday, calling for the "
                 "release of the detained sailors.")
    assert ("calling for the release of the detained sailors", "Olga Brandt") in [(r[0], r[1]) for r in found]


@pytest.mark.parametrize("text, expected", [
    # a silence of another subject after ', and' ends the content before it
    ("Kirby said the losses were heavy, and Moscow's mission to the UN declined to comment.",
     [("the losses were heavy", "John Kirby", "indirect"), ("declined to comment", "Moscow's mission to the UN",
                                                             "silence")]),
    # 'and downplayed …': a second verb of the same speaker
    ("Trump said Kyiv should reach an accord and downplayed the value of the occupied land.",
     [("Kyiv should reach an accord", "Donald Trump", "indirect"),
      ("the value of the occupied land", "Donald Trump", "indirect")]),
    # ', underscoring …' continues the utterance
    ("Gerasimov lauded the allied units, underscoring their part in the operation.",
     [("lauded the allied units", "Valery Gerasimov", "indirect"),
      ("underscoring their part in the operation", "Valery Gerasimov", "indirect")]),
])
def test_second_verbs_participles_and_silences_of_another_subject(text, expected):
    assert [(r[0], r[1], r[3]) for r in rows(text)] == expected


def test_an_absolute_clause_with_a_share_and_a_second_share_after_and():
    found = rows("The plan was well received, with 61 percent of those polled saying they back the talks and "
                 "29 percent saying they oppose them.")
    assert [(r[0], r[1], r[4]) for r in found] == [
        ("they back the talks", "61 percent of those polled", "saying"),
        ("they oppose them", "29 percent", "saying")]


@pytest.mark.parametrize("text, expected", [
    ("While the opposition has fiercely opposed the treaty, the government holds a majority.",
     [("opposed the treaty", "the opposition")]),
    ("Although Seoul condemned the deployment, it did not recall its envoy.",
     [("condemned the deployment", "South Korea")]),
])
def test_what_is_said_in_an_opening_subordinate_clause_ends_at_its_comma(text, expected):
    assert [(r[0], r[1]) for r in rows(text)] == expected
