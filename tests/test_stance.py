"""Stance toward the target: each rule alone, with exact labels, scores and cues."""

from __future__ import annotations

import os

import pytest

from analysis.stance import (StanceResult, any_stance_pattern, find_cues, hedges, label_for, load_target,
                             negator_before, score_stance, verb_force)

TROOPS = "North Korean troops"


@pytest.mark.parametrize("text, cue, mode, expected", [
    # verb force adds to the cue in the text
    ("The United States will respond strongly to North Korea's deployment of troops", "warned", "indirect",
     ("oppose", -1.0, ("verb:warned(-0.4)", "oppose:respond strongly(-0.6)"))),
    ("the deployment of troops", "condemned", "indirect", ("oppose", -0.6, ("verb:condemned(-0.6)",))),
    ("the deployment of troops", "praised", "indirect", ("support", 0.5, ("verb:praised(+0.5)",))),
    ("the deployment of troops", "confirmed that", "indirect", ("neutral", 0.0, ("no-cue",))),
    # negation: not doing an act is no stance; negating a charge rebuts it; "not just X" keeps X
    ("Russia did not condemn the deployment of North Korean troops", "said", "indirect",
     ("neutral", 0.0, ("negated:condemn",))),
    ("Our military cooperation poses no threat to anyone", "said", "direct",
     ("support", 0.5, ("reassured:threat(+0.5)",))),
    ("Our military cooperation poses no threat to Seoul", "said", "direct",
     ("support", 0.25, ("rebutted:threat(+0.25)",))),
    ("the treaty does not violate international law", "said", "indirect",
     ("support", 0.25, ("rebutted:violate(+0.25)",))),
    ("the deployment is a threat to Europe", "said", "indirect", ("oppose", -0.5, ("oppose:threat(-0.5)",))),
    ("the deployment is not just a threat to Europe", "said", "indirect",
     ("oppose", -0.5, ("oppose:threat(-0.5)",))),
    ("North Korean troops are not heroes, they are cannon fodder", "said", "direct",
     ("oppose", -0.4, ("negated:heroes", "oppose:cannon fodder(-0.4)"))),
    # hedges soften
    ("North Korean troops could possibly escalate the conflict", "said", "indirect",
     ("oppose", -0.35, ("oppose:escalate(-0.5)", "hedge:could", "hedge:possibly"))),
    # support: treaty and law, heroes
    ("sending troops is in line with international law and our treaty obligations", "said", "direct",
     ("support", 1.0, ("support:in line with international law(+0.6)", "support:treaty obligations(+0.5)"))),
    ("the North Korean soldiers are heroes", "said", "direct", ("support", 0.6, ("support:heroes(+0.6)",))),
    # neutral: calm on all sides; evasive: a third party leaving the matter to the two countries
    ("We urge all parties to exercise restraint over the troops", "said", "direct",
     ("neutral", 0.0, ("neutral:all parties", "neutral:restraint"))),
    ("relations between Russia and North Korea are solely for them to decide", "said", "indirect",
     ("evasive", 0.0, ("evasive:solely for them",))),
    # a strong cue outweighs a call for calm
    ("we urge restraint, but this deployment is illegal and a threat to us all", "said", "direct",
     ("oppose", -1.0, ("neutral:restraint", "oppose:illegal(-0.6)", "oppose:threat(-0.5)"))),
    # evasive: silence, not aware, dismissal as fake, deflection
    ("declined to answer questions about the troops", "declined to answer", "silence", ("evasive", 0.0, ("mode:silence",))),
    ("The Chinese side is not aware of the situation with the troops", "said", "direct",
     ("evasive", 0.0, ("evasive:not aware",))),
    ("the reports of North Korean troops as fake", "dismissed", "indirect",
     ("evasive", 0.0, ("verb:dismissed(evasive)", "evasive:fake"))),
    ("accused Washington of escalating the conflict", "accused", "indirect",
     ("evasive", 0.0, ("deflect:accused", "deflected:escalating", "off-target"))),
    ("accused Pyongyang of escalating the conflict", "accused", "indirect",
     ("oppose", -0.9, ("verb:accused(-0.4)", "oppose:escalating(-0.5)"))),
    # relevance: nothing about the target -> neutral 0; cues without a target term count half
    ("We had a productive discussion about our support for Ukraine", "told", "direct", ("neutral", 0.0, ("off-target",))),
    ("Russia's special military operation is progressing rapidly", "said", "direct",
     ("neutral", 0.1, ("support:special military operation(+0.2)", "off-target"))),
    ("We condemn this reckless move", "said", "direct",
     ("oppose", -0.65, ("oppose:condemn(-0.7)", "oppose:reckless(-0.6)", "off-target"))),
])
def test_rules(text, cue, mode, expected):
    assert score_stance(text, cue=cue, mode=mode) == StanceResult(*expected)


def test_silence_wins_whatever_the_text():
    assert score_stance("we condemn the troops", mode="silence") == StanceResult("evasive", 0.0, ("mode:silence",))


def test_typographic_apostrophe():
    assert score_stance("It is nobody’s business what our troops do").cues == ("evasive:nobody’s business",)


def test_negator_scope_stops_at_clause_and_keeps_not_just():
    text = "it is not, as some say, a threat"
    assert negator_before(text, text.index("threat")) == ""
    assert negator_before("not a threat", 6) == "not"
    assert negator_before("not only a threat", 11) == ""
    assert negator_before("isn't a threat", 8) == "isn't"


def test_cues_are_leftmost_and_longest():
    found = find_cues("a firm response to the grave concerns over de-escalation")
    assert [(c.category, c.words) for c in found] == [("oppose", "firm response"), ("oppose", "grave concerns"),
                                                     ("neutral", "de-escalation")]


def test_small_rules_alone():
    assert verb_force("strongly condemned") == (-0.6, "condemned")
    assert verb_force("declined to comment") == ("evasive", "declined")
    assert verb_force("said") == (0.0, "")
    assert hedges("It may perhaps, perhaps, happen") == ("may", "perhaps")
    assert label_for(-0.3, evasive=True, neutral=False) == "evasive"
    assert label_for(-0.5, evasive=True, neutral=False) == "oppose"
    assert label_for(0.1, evasive=False, neutral=False) == "neutral"
    assert label_for(0.2, evasive=False, neutral=True) == "neutral"
    assert label_for(0.2, evasive=False, neutral=False) == "support"


def test_default_target():
    target = load_target()
    assert target == load_target(None) == load_target("nk_troops_russia")
    assert target.name.startswith("North Korea's troop deployment")
    assert target.mentioned_in("the DPRK said") and not target.mentioned_in("the weather is nice")


def test_user_target(write):
    path = write("target.yml", "name: Sanctions on Iran\nterms: [sanction*, Iran]\n")
    target = load_target(path)
    assert (target.name, target.terms) == ("Sanctions on Iran", ("sanction*", "iran"))
    assert load_target(str(path)) == target
    assert score_stance("the weather is nice", target=target).cues == ("off-target",)
    assert score_stance("Iran said the talks went on", target=target) == StanceResult("neutral", 0.0, ("no-cue",))
    assert score_stance("the North Korean troops are heroes", target=target).cues == ("support:heroes(+0.6)", "off-target")


def test_edited_target_file_is_read_again(write):
    path = write("t.yml", "name: A\nterms: [alpha]\n")
    assert load_target(path).name == "A"
    path.write_text("name: B\nterms: [beta]\n", encoding="utf-8")
    os.utime(path, ns=(1, 10**18))
    assert load_target(path).terms == ("beta",)


@pytest.mark.parametrize("content, problem", [
    ("terms: [unclosed", "not valid YAML"),
    ("- a\n- b\n", "must be a mapping"),
    ("name: x\n", "'terms' must be a non-empty list"),
    ("name: x\nterms: []\n", "'terms' must be a non-empty list"),
    ("terms: [a]\n", "'name' must be a non-empty string"),
    ("name: x\nterms: [a]\nterm: [b]\n", "unknown key"),
])
def test_bad_target_file(write, content, problem):
    path = write("bad.yml", content)
    with pytest.raises(ValueError, match=problem) as info:
        load_target(str(path))
    assert "bad.yml" in str(info.value)


def test_a_target_file_with_an_alias_bomb_or_not_utf8_is_named(write):
    anchors = "".join(f"  - &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 9))
    bomb = write("bomb.yml", "name: x\nterms:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + anchors)
    with pytest.raises(ValueError) as info:
        load_target(bomb)
    assert str(info.value) == f"{bomb}: YAML refused (line 7: aliases (*name) expand to more than 10,000 values (an alias bomb?))"
    latin = write("latin.yml", "name: x\nterms: [caf\u00e9]\n".encode("cp1252"))
    with pytest.raises(ValueError) as info:
        load_target(latin)
    assert str(info.value) == f"{latin}: not UTF-8 text (byte 0xe9 at position 19); save it as UTF-8"


def test_missing_target_file_and_unknown_name(tmp_path):
    with pytest.raises(ValueError, match="none.yml: no such target file"):
        load_target(tmp_path / "none.yml")
    with pytest.raises(ValueError, match="unknown target 'nosuch'; shipped targets: nk_troops_russia"):
        load_target("nosuch")


# --- round 3: cue families the g01-g30 items showed missing, each with sentences of our own -----

@pytest.mark.parametrize("text, cue, expected", [
    # oppose: unacceptable / will not accept, and its negation
    ("What Moscow has done is unacceptable to our government", "said",
     ("oppose", -0.3, ("oppose:unacceptable(-0.6)", "off-target"))),
    ("Pyongyang's troop dispatch is unacceptable", "said", ("oppose", -0.6, ("oppose:unacceptable(-0.6)",))),
    ("Pyongyang's troop dispatch is not unacceptable", "said",
     ("neutral", 0.0, ("negated:unacceptable",))),
    ("Our alliance will not accept foreign soldiers on Ukrainian soil", "said",
     ("oppose", -0.5, ("oppose:will not accept(-0.5)",))),
    # oppose: a promised response
    ("Any further dispatch of troops will not go unanswered", "said",
     ("oppose", -0.6, ("oppose:not go unanswered(-0.6)",))),
    ("Seoul will use all available measures against this military cooperation", "said",
     ("oppose", -0.5, ("oppose:all available measures(-0.5)",))),
    ("Tokyo and Canberra will coordinate their response to the deployment", "said",
     ("oppose", -0.3, ("oppose:response to the deployment(-0.3)",))),
    # a conditional threat is no hedge; a condition on the facts is
    ("If Pyongyang sends more troops, we will respond accordingly", "said",
     ("oppose", -0.5, ("oppose:respond accordingly(-0.5)",))),
    ("If the reports are accurate, the dispatch of troops is a serious threat", "said",
     ("oppose", -0.35, ("oppose:threat(-0.5)", "hedge:if"))),
    # oppose: crossing lines, illegality, collusion, emboldening
    ("The arrival of these soldiers crosses a red line for Europe", "said",
     ("oppose", -0.5, ("oppose:red line(-0.5)",))),
    ("This is a flagrant act of military collusion by Moscow and Pyongyang", "said",
     ("oppose", -0.9, ("oppose:flagrant(-0.5)", "oppose:collusion(-0.4)"))),
    ("Silence over the troops only emboldens the Kremlin", "said", ("oppose", -0.4, ("oppose:emboldens(-0.4)",))),
    ("We must avoid the internationalization of the war", "said",  # 0.4 since round 4
     ("oppose", -0.4, ("oppose:internationalization(-0.4)",))),
    # oppose: soldiers sent to die in someone else's war, and a war Russia cannot sustain alone
    ("Young conscripts from the North are thrown into a meat grinder", "said",
     ("oppose", -0.2, ("oppose:meat grinder(-0.4)", "off-target"))),
    ("Kim's soldiers are being sent to die in someone else's war", "said",
     ("oppose", -0.8, ("oppose:to die in(-0.4)", "oppose:someone else's war(-0.4)"))),
    ("For our troops this is not a foreign war", "said", ("neutral", 0.0, ("negated:foreign war",))),
    ("The Kremlin is unable to sustain this war without foreign help", "said",
     ("oppose", -0.8, ("oppose:unable to sustain(-0.4)", "oppose:without foreign help(-0.4)"))),
    ("Moscow could perhaps face a fight it cannot sustain", "said",  # hedged and off-target: too faint
     ("neutral", -0.14, ("oppose:cannot sustain(-0.4)", "hedge:could", "hedge:perhaps", "off-target"))),
    ("Blinken said these troops would be legitimate military targets", "said",
     ("oppose", -0.5, ("oppose:legitimate military targets(-0.5)",))),
    # support: a just cause, a sacred mission, courage of one's own side
    ("Our troops in Kursk serve a just cause", "said", ("support", 0.5, ("support:just cause(+0.5)",))),
    ("The Korean People's Army carried out a sacred mission abroad", "said",
     ("support", 0.5, ("support:sacred mission(+0.5)",))),
    ("The courage of the Korean soldiers will never be forgotten", "said",
     ("support", 0.4, ("support:courage(+0.4)",))),
    ("The dispatch of troops was a sovereign matter for both states", "said",
     ("support", 0.4, ("support:sovereign matter(+0.4)",))),
    # praise of the other side does not count for the deploying side
    ("The courage of Ukrainian defenders stopped the North Korean assault", "said",
     ("neutral", 0.0, ("other-side:courage",))),
    ("Ukraine's heroic brigades pushed the Korean troops back", "said",
     ("neutral", 0.0, ("other-side:heroic",))),
    ("The heroism of the Korean troops who freed villages from Ukrainian units is our pride", "said",
     ("support", 0.9, ("support:heroism(+0.6)", "support:freed(+0.3)"))),
    # evasive: no information, never heard, cannot confirm or comment
    ("The ministry has never heard of any North Korean battalions", "said",
     ("evasive", 0.0, ("evasive:never heard",))),
    ("We do not have any information about Korean troops there", "said",
     ("evasive", 0.0, ("evasive:not have any information",))),
    ("I don't have information on those soldiers", "said", ("evasive", 0.0, ("evasive:don't have information",))),
    ("Washington cannot confirm that the soldiers reached the front", "said",
     ("evasive", 0.0, ("evasive:cannot confirm",))),
    ("I can't comment on troop movements", "said", ("evasive", 0.0, ("evasive:can't comment",))),
    ("I won't answer a hypothetical question about the troops", "said",
     ("evasive", 0.0, ("evasive:won't answer", "negated:hypothetical"))),
    # evasive: redirecting the question
    ("I would refer you to the competent authorities on the soldiers", "said",
     ("evasive", 0.0, ("evasive:refer you to", "evasive:competent authorities"))),
    ("Questions about the troops should be addressed to the defence ministry", "said",
     ("evasive", 0.0, ("evasive:addressed to the defence",))),
    ("You had better ask the ministry about the troops", "said", ("evasive", 0.0, ("evasive:ask the ministry",))),
    ("the question about the troops", "redirected", ("evasive", 0.0, ("verb:redirected(evasive)",))),
    # evasive: dismissing the reports as hysteria, a diversion, dubious or unverified
    ("The stories about Korean troops are Western hysteria", "said", ("evasive", 0.0, ("evasive:hysteria",))),
    ("The talk of troops is meant to divert attention from Kyiv's losses", "said",
     ("evasive", 0.0, ("evasive:divert attention",))),
    ("The photos of the soldiers are unverified and of dubious origin", "said",
     ("evasive", 0.0, ("evasive:unverified", "evasive:dubious"))),
    # an evasive cue yields to a strong weighted one
    ("We cannot confirm the numbers, but this deployment is illegal and unacceptable", "said",
     ("oppose", -1.0, ("evasive:cannot confirm", "oppose:illegal(-0.6)", "oppose:unacceptable(-0.6)"))),
    # neutral: both sides, negotiations, a consistent position; evasive: an internal affair
    ("Both sides should return to negotiations to end the war", "said",
     ("neutral", 0.0, ("neutral:both sides", "neutral:negotiations"))),
    ("Our position on the war is consistent and clear", "said",
     ("neutral", 0.0, ("neutral:consistent and clear",))),
    ("How Moscow and Pyongyang develop their cooperation is their internal affair", "said",
     ("evasive", 0.0, ("evasive:internal affair",))),
    ("All countries should play a constructive role in calming the war", "said",
     ("neutral", 0.0, ("neutral:all countries", "neutral:constructive role", "neutral:calming"))),
    ("We do not want a ceasefire that rewards Pyongyang's escalation", "said",
     ("oppose", -0.5, ("negated:ceasefire", "oppose:escalation(-0.5)"))),
])
def test_round_3_cue_families(text, cue, expected):
    assert score_stance(text, cue=cue) == StanceResult(*expected)


def test_may_the_month_and_a_threat_s_if_are_no_hedges():
    assert hedges("The troops may arrive in May") == ("may",)
    assert hedges("In May the troops arrived") == ()
    assert hedges("The deployment began on May 9") == ()
    assert hedges("May they return safely") == ("may",)
    assert hedges("If they cross the border, we will respond") == ()
    assert hedges("If true, that is an escalation") == ("if",)
    assert hedges("If, as reported, troops crossed, we will respond") == ()
    assert hedges("If the reports are confirmed we will respond") == ("if",)


# --- round 4: cue families and rules the r01-r40 items showed missing, each with sentences of our own


@pytest.mark.parametrize("text, cue, expected", [
    # spelling: British and American forms match the same cue
    ("Europe fears the internationalisation of the conflict through Pyongyang's battalions", 'said',
     ('oppose', -0.4, ('oppose:internationalisation(-0.4)',))),
    ('The Korean battalions are destabilising the whole region', 'said',
     ('oppose', -0.25, ('oppose:destabilising(-0.5)', 'off-target'))),
    ('The soldiers of the DPRK fought with honour and valour', 'said',
     ('support', 0.4, ('support:valour(+0.4)',))),
    ('The soldiers of the DPRK fought with honor and valor', 'said',
     ('support', 0.4, ('support:valor(+0.4)',))),
    ('Seoul will not be drawn into rumours about the Korean units', 'said',
     ('evasive', 0.0, ('evasive:rumours', 'off-target'))),
    ('Seoul will not be drawn into rumors about the Korean units', 'said',
     ('evasive', 0.0, ('evasive:rumors', 'off-target'))),
    ('Questions about the troops should be put to the defense ministry', 'said',
     ('evasive', 0.0, ('evasive:put to the defense ministry',))),
    # 'under _ treaty': words between; negated, hedged, and 'under' of another phrase
    ('Pyongyang sent its brigades under a bilateral treaty', 'said',
     ('support', 0.5, ('support:under a bilateral treaty(+0.5)',))),
    ('Pyongyang sent its brigades under their mutual defence treaty', 'said',
     ('support', 0.5, ('support:under their mutual defence treaty(+0.5)',))),
    ('The brigades were not sent under any treaty', 'said',
     ('neutral', 0.0, ('negated:under any treaty',))),
    ('Pyongyang may have sent brigades under the new treaty', 'said',
     ('support', 0.35, ('support:under the new treaty(+0.5)', 'hedge:may'))),
    ('Under pressure, Moscow signed a treaty with Pyongyang', 'said',
     ('neutral', 0.0, ('no-cue',))),
    # thanks count only when they name the deploying side
    ('Moscow is deeply grateful to the Korean fighters who held the line', 'said',  # fighters: a target term
     ('support', 0.5, ('support:grateful to(+0.5)',))),
    ('We thank the DPRK leadership for its fraternal help', 'said',
     ('support', 0.9, ('support:thank(+0.4)', 'support:fraternal(+0.5)'))),
    ('We thank our allies for their quick reply to the troop dispatch', 'said',
     ('neutral', 0.0, ('thanks-other:thank',))),
    ('We are grateful to Ukrainian units for stopping the Korean assault', 'said',
     ('neutral', 0.0, ('thanks-other:grateful to', 'off-target'))),
    ('We are not grateful to Pyongyang for anything', 'said',
     ('neutral', 0.0, ('negated:grateful to',))),
    ("We thank South Korea for its firm stand on the North Korean troops", 'said',
     ('neutral', 0.0, ('thanks-other:thank',))),
    # a cue in the speaker's scare quotes does not count; plain praise still does
    ('State media dress up the deaths of North Korean conscripts as heroism', 'said',
     ('neutral', 0.0, ('ironic:heroism',))),
    ('The so-called heroes from Pyongyang are conscripts sent to die in a foreign war', 'said',
     ('oppose', -0.4, ('ironic:heroes', 'ironic:to die in', 'oppose:foreign war(-0.4)'))),
    ('The heroism of the Korean troops is beyond doubt', 'said',
     ('support', 0.6, ('support:heroism(+0.6)',))),
    # a dismissal outranks a cue said only of a supposed case; not a cue said of the facts
    ('The story of Korean troops is absurd; such a deployment would be a dangerous escalation', 'said',
     ('evasive', 0.0, ('evasive:absurd', 'hypothetical:dangerous', 'hypothetical:escalation'))),
    ('The story of Korean troops is ridiculous, although any such move would be a provocation', 'said',
     ('evasive', 0.0, ('evasive:ridiculous', 'hypothetical:provocation'))),
    ('Any such North Korean deployment would be a dangerous escalation', 'said',
     ('oppose', -0.9, ('oppose:dangerous(-0.4)', 'oppose:escalation(-0.5)'))),
    ('The reports of Korean troops are nonsense, and this deployment is illegal and unacceptable', 'said',
     ('oppose', -1.0, ('evasive:nonsense', 'oppose:illegal(-0.6)', 'oppose:unacceptable(-0.6)'))),
    # refusals to speak are evasive; the same acts unnegated are no cue
    ('The minister did not wish to comment further on the Korean troops', 'said',
     ('evasive', 0.0, ('refusal:comment',))),
    ('I am not going to get into what the North Korean units are doing', 'said',
     ('evasive', 0.0, ('refusal:get into',))),
    ('We have no intention of answering questions about Korean soldiers', 'said',
     ('evasive', 0.0, ('refusal:answering',))),
    ('The spokesman answered every question about the Korean troops', 'said',
     ('neutral', 0.0, ('no-cue',))),
    ('I will go into the details of the North Korean deployment tomorrow', 'said',
     ('neutral', 0.0, ('no-cue',))),
    ('Whether Korean troops are there is not for me to judge', 'said',
     ('evasive', 0.0, ('evasive:not for me',))),
    # oppose: cannot overlook, measures not ruled out (double negation), combatants, serious steps
    ('Tokyo cannot overlook the dispatch of Korean troops', 'said',
     ('oppose', -0.5, ('oppose:cannot overlook(-0.5)',))),
    ('Tokyo can overlook nothing in this Korean deployment', 'said',
     ('neutral', 0.0, ('no-cue',))),
    ('Seoul has not ruled out further measures over the North Korean troops', 'said',
     ('oppose', -0.4, ('oppose:further measures(-0.4)',))),
    ('Seoul has ruled out further measures over the North Korean troops', 'said',
     ('neutral', 0.0, ('negated:further measures',))),
    ('The alliance will not hesitate to impose costs on Pyongyang for its troops', 'said',
     ('oppose', -0.5, ('oppose:impose costs(-0.5)',))),
    ('Any North Korean soldier on the front will be treated as an enemy combatant', 'said',
     ('oppose', -0.4, ('oppose:treated as an enemy combatant(-0.4)',))),
    ('The arrival of Korean brigades is a serious development for Europe', 'said',
     ('oppose', -0.2, ('oppose:serious development(-0.4)', 'off-target'))),
    ('Pyongyang is helping Moscow kill civilians with its troops', 'said',
     ('oppose', -0.5, ('oppose:helping moscow kill(-0.5)',))),
    ('The world must not look away from the Korean brigades', 'said',
     ('oppose', -0.2, ('oppose:not look away(-0.4)', 'off-target'))),
    ("The Kremlin is running short of soldiers, so it turned to Pyongyang's troops", 'said',
     ('oppose', -0.3, ('oppose:running short of(-0.3)',))),
    # support and neutral: nothing unusual, no right to lecture, a matter that concerns nobody else
    ('There is nothing unusual in the North Korean troops helping an ally', 'said',
     ('support', 0.3, ('support:nothing unusual(+0.3)',))),
    ('Washington has no moral right to lecture Pyongyang about its troops', 'said',
     ('support', 0.4, ('support:no moral right to lecture(+0.4)',))),
    ('Washington has every right to question Pyongyang about its troops', 'said',
     ('neutral', 0.0, ('no-cue',))),
    ('Where North Korean troops serve concerns nobody but Moscow and Pyongyang', 'said',
     ('neutral', 0.0, ('neutral:concerns nobody',))),
])
def test_round_4_cue_families(text, cue, expected):
    assert score_stance(text, cue=cue) == StanceResult(*expected)


def test_stance_pattern_spelling_and_filler():
    import re as _re
    from analysis.stance import stance_pattern
    def matches(cue, text):
        return _re.search(stance_pattern(cue), text, _re.IGNORECASE) is not None
    assert matches("internationaliz*", "internationalisation") and matches("internationaliz*", "internationalization")
    assert matches("defense ministry", "Defence Ministry") and matches("honor*", "honourable")
    assert matches("rumor*", "rumours") and not matches("for", "four")
    assert matches("under _ treaty", "under the 2024 treaty") and matches("under _ treaty", "under treaty")
    assert not matches("under _ treaty", "under pressure from allies who oppose any new treaty")
    assert not matches("under _ treaty", "under pressure, a treaty")


def test_double_negation_keeps_the_cue():
    text = "Seoul has not ruled out sanctions"
    assert negator_before(text, text.index("sanctions")) == ""
    text = "Seoul has ruled out sanctions"
    assert negator_before(text, text.index("sanctions")) == "ruled"
    text = "a step not without consequences for Pyongyang"
    assert negator_before(text, text.index("consequences")) == ""


# --- round 5: general mechanisms rather than phrases --------------------------------------------

@pytest.mark.parametrize("text, cue, expected", [
    # refusal syntax: any negated act of saying, whatever its object; "nothing (more) to" and
    # "inappropriate to" refuse too
    ("We will not discuss the movements of the Korean units", "said",
     ("evasive", 0.0, ("refusal:discuss", "off-target"))),
    ("The spokesman had nothing more to add about the soldiers", "said", ("evasive", 0.0, ("refusal:add",))),
    ("It would be inappropriate for me to comment on the troops from Pyongyang", "said",
     ("evasive", 0.0, ("refusal:comment",))),
    ("He may not reveal how many soldiers are in the region", "said", ("evasive", 0.0, ("refusal:reveal",))),
    ("We will discuss the North Korean deployment with our allies", "said", ("neutral", 0.0, ("no-cue",))),
    ("We shared intelligence on the North Korean troops with NATO", "said", ("neutral", 0.0, ("no-cue",))),
    # ... and in the reporting verb itself; "did not hesitate to say" is no refusal
    ("the talks with Pyongyang had covered the troops", "would not say, when pressed on the Korean casualties, whether",
     ("evasive", 0.0, ("verb:not say(evasive)",))),
    ("the talks with Pyongyang had covered the troops", "did not hesitate to say that", ("neutral", 0.0, ("no-cue",))),
    # a call on the deploying side to stop; not a plain report, not negated, not asked of all sides
    ("The allies pressed North Korea to halt the transfer of soldiers", "said",
     ("oppose", -0.4, ("demand:halt(-0.4)",))),
    ("Pyongyang should pull its battalions back home", "said",
     ("oppose", -0.4, ("demand:pull its battalions back(-0.4)",))),
    ("Pyongyang should perhaps halt the deployment", "said",
     ("oppose", -0.28, ("demand:halt(-0.4)", "hedge:perhaps"))),
    ("The battalions began to withdraw toward the border", "said", ("neutral", 0.0, ("off-target",))),
    ("Pyongyang must not stop sending engineers", "said", ("neutral", 0.0, ("negated:stop sending",))),
    ("We call on all sides to stop the shelling near the Korean positions", "said",
     ("neutral", 0.0, ("neutral:all sides", "off-target"))),
    # thanks to someone else for reacting to the deployment oppose it; thanks to the deploying side support it
    ("I thank the Baltic states for their quick response to the arrival of Korean troops", "said",
     ("oppose", -0.3, ("thanks-for-reaction:thank(-0.3)",))),
    ("I thank the Baltic states for their steady support", "said",
     ("neutral", 0.0, ("thanks-other:thank", "off-target"))),
    ("We thank our Korean comrades for their response to the call", "said",
     ("support", 0.7, ("support:thank(+0.4)", "support:comrades(+0.3)"))),
    # fallback: no cue, but a negative evaluation near a target term and sentiment that agrees
    ("The presence of North Korean soldiers near the front is deeply disturbing", "said",
     ("oppose", -0.25, ("fallback:negative-evaluation:disturbing(-0.25)",))),
    ("The arrival of the troops is not disturbing to us", "said", ("neutral", 0.0, ("no-cue",))),
    ("The weather in the region is awful", "said", ("neutral", 0.0, ("off-target",))),
    ("This deployment is disturbing and a threat to the region", "said", ("oppose", -0.5, ("oppose:threat(-0.5)",))),
    ("The deployment of the brigades could be disastrous", "said",
     ("neutral", -0.175, ("fallback:negative-evaluation:disastrous(-0.25)", "hedge:could"))),
    ("The North Korean soldiers had a bad week but are happy, healthy, cheerful and well", "said", ("neutral", 0.0, ("no-cue",))),
])
def test_round_5_mechanisms(text, cue, expected):
    assert score_stance(text, cue=cue) == StanceResult(*expected)


def test_ise_spelling_is_not_a_different_word():
    assert [c.words for c in find_cues("Some call them internationalists; others fear internationalisation")] == \
        ["internationalisation"]


@pytest.mark.parametrize("text, cue, expected_label, expected_cue", [
    # the dependence argument: Russia cannot fight without somebody else's manpower
    ("The Kremlin can no longer man the front and leans on Pyongyang's soldiers", "said", "oppose", "oppose:can no longer"),
    ("Moscow is unable to hold its ground without North Korean help", "said", "oppose", "oppose:without north korean help"),
    ("Bringing in Korean troops shows Putin needs outside help", "said", "oppose", "oppose:outside help"),
    ("The Russian army could not cope with its own men and called in the North Korean units", "said", "oppose",
     "oppose:own men"),
    # trading lives
    ("Kim is trading the lives of young conscripts for fighter jets", "said", "oppose", "oppose:trading the lives"),
    # memorials to the deploying side's soldiers praise them
    ("A memorial to the Korean soldiers will stand in the capital", "said", "support", "support:memorial"),
    ("The two leaders agreed on monuments to the North Korean troops", "said", "support", "support:monuments"),
])
def test_round_6_cue_families(text, cue, expected_label, expected_cue):
    result = score_stance(text, cue=cue)
    assert result.label == expected_label and any(c.startswith(expected_cue) for c in result.cues), result


@pytest.mark.parametrize("text", [
    "There is no memorial to the North Korean soldiers and none is planned",     # negated
    "We no longer know where the North Korean troops are",                       # 'no longer', not 'can no longer'
    "The North Korean troops came home without their helmets",                   # 'without' but no 'help'
])
def test_round_6_cues_do_not_fire_out_of_place(text):
    assert score_stance(text, cue="said").label == "neutral"


@pytest.mark.parametrize("text", [
    # round 7: help given by the deploying side, no cue fired, sentiment not negative
    "Engineers from Pyongyang helped rebuild the bridges near the border",
    "The DPRK brigade gave real help in clearing the villages of mines",
    "Our Korean friends are helping the farmers of the region get back to their fields",
])
def test_round_7_help_from_the_deploying_side_supports(text):
    result = score_stance(text, cue="said")
    assert result.label == "support" and any(c.startswith("fallback:deploying-side-help:") for c in result.cues), result


@pytest.mark.parametrize("text", [
    "Pyongyang did not help with the harvest of the occupied districts",          # negated
    "Ukrainian volunteers helped the wounded soldiers out of the trenches",       # no deploying side named
    "North Korean shells helped Russia destroy whole towns and kill civilians",   # negative sentiment
    "The North Korean troops are a threat, whatever help they give",              # a weighted cue decides
])
def test_round_7_help_fallback_does_not_fire_out_of_place(text):
    result = score_stance(text, cue="said")
    assert result.label != "support" and not any(c.startswith("fallback:deploying-side-help") for c in result.cues), result


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_thanks_to_the_deploying_side_read_alike_with_either_apostrophe(apostrophe):
    text = f"We are grateful to North Korea{apostrophe}s soldiers for their courage"
    assert score_stance(text, cue="said", mode="direct") == StanceResult(
        "support", 0.9, ("support:grateful to(+0.5)", "support:courage(+0.4)"))


def test_praise_of_the_deploying_side_in_the_possessive_is_not_praise_of_the_other_side():
    # "Korea's" names the deploying side as "Korea" does, so the praise is not moved to the Ukrainians after it
    result = score_stance("They praised North Korea\u2019s courage at the Ukrainian border", cue="said", mode="indirect")
    assert result == StanceResult("support", 0.4, ("support:courage(+0.4)",))


# --- real coverage (issue 10): whose action is judged, each phenomenon with sentences of our own --

@pytest.mark.parametrize("text, cue, expected", [
    ("How Pyongyang and Moscow shape their ties is a matter for themselves", "said",
     ("evasive", 0.0, ("evasive:matter for themselves",))),
    ("Both countries have the right to build their relations as they see fit", "said",
     ("evasive", 0.0, ("evasive:as they see fit", "off-target"))),
    ("Beijing has no intention of evaluating the military cooperation of the two states", "said",
     ("evasive", 0.0, ("refusal:evaluating",))),
])
def test_third_party_leaving_it_to_the_two_states_is_evasive(text, cue, expected):
    assert score_stance(text, cue=cue, mode="indirect") == StanceResult(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Our partnership with the DPRK should neither alarm nor worry anybody",
     ("support", 0.7, ("reassured:alarm(+0.4)", "reassured:worry(+0.3)"))),
    ("nobody should be alarmed by our treaty with Pyongyang", ("support", 0.4, ("reassured:alarmed(+0.4)",))),
    # said of one party only, the rebuttal stays halved
    ("Our treaty with Pyongyang should not worry Tokyo", ("neutral", 0.15, ("rebutted:worry(+0.15)",))),
])
def test_negated_claim_said_of_everyone_is_reassurance(text, expected):
    assert score_stance(text, cue="said", mode="direct") == StanceResult(*expected)


@pytest.mark.parametrize("text, expected_cue", [
    ("the dispatch of troops would conform to the norms of international law",
     "support:conform to the norms of international law(+0.6)"),
    ("the cooperation stays within the framework of international law",
     "support:within the framework of international law(+0.6)"),
    ("the deployment 'would conform' with international law", "support:conform' with international law(+0.6)"),
])
def test_conformity_with_international_law_is_support(text, expected_cue):
    assert score_stance(text, cue="said", mode="indirect") == StanceResult("support", 0.6, (expected_cue,))


@pytest.mark.parametrize("text, expected", [
    ("Some forces want to paint the treaty as a threat to Asia", ("support", 0.25, ("ascribed:threat(+0.25)",))),
    ("those who call the deployment illegal have something to hide", ("support", 0.3, ("ascribed:illegal(+0.3)",))),
    # the speaker's own words are no one else's
    ("We call the deployment illegal", ("oppose", -0.6, ("oppose:illegal(-0.6)",))),
])
def test_charge_put_in_others_mouths_is_rebutted(text, expected):
    assert score_stance(text, cue="said", mode="direct") == StanceResult(*expected)


@pytest.mark.parametrize("text, cue, expected", [
    ("We condemn the attack on the power plant", "said",
     ("neutral", 0.0, ("elsewhere:condemn", "off-target"))),
    ("the missile strike on the children's hospital", "condemned",
     ("neutral", 0.0, ("elsewhere:condemned", "off-target"))),
    ("the missile strike on the children's hospital", "dismissed",
     ("neutral", 0.0, ("elsewhere:dismissed", "off-target"))),
    # an anaphor or the reports themselves may refer to the target: the verb counts, off-target
    ("We condemn this in the strongest terms", "said",
     ("oppose", -0.35, ("oppose:condemn(-0.7)", "off-target"))),
    ("the reports as a smear campaign", "dismissed",
     ("evasive", 0.0, ("verb:dismissed(evasive)", "evasive:smear campaign", "off-target"))),
])
def test_judging_verb_about_something_else_does_not_count(text, cue, expected):
    assert score_stance(text, cue=cue, mode="indirect") == StanceResult(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Seoul will not sit idle while troops pour into Russia", ("oppose", -0.6, ("resolve:sit idle(-0.6)",))),
    ("Tokyo cannot remain indifferent to the troop deployment",
     ("oppose", -0.5, ("resolve:remain indifferent(-0.5)",))),
    ("We sit idle and watch the troops", ("neutral", 0.0, ("no-cue",))),
])
def test_negated_inaction_promises_a_response(text, expected):
    assert score_stance(text, cue="said", mode="indirect") == StanceResult(*expected)


def test_refusal_ascribed_to_an_intent_is_a_charge_of_concealment():
    assert score_stance("Moscow is trying not to disclose how many North Korean soldiers have died",
                        cue="said") == StanceResult("oppose", -0.4, ("concealment:disclose(-0.4)",))
    assert score_stance("We will not disclose how many soldiers were sent",
                        cue="said") == StanceResult("evasive", 0.0, ("refusal:disclose",))


@pytest.mark.parametrize("text, expected", [
    ("Our friendship with Pyongyang is a bulwark to counter blackmail and threats",
     ("support", 0.8, ("support:friendship(+0.4)", "support:bulwark(+0.4)", "countered:threats"))),
    # the deploying side, the target or an anaphor after "against" keep the charge
    ("We will act against the threat posed by the North Korean troops", ("oppose", -0.5, ("oppose:threat(-0.5)",))),
    ("Seoul will take steps to deter North Korean provocations",
     ("oppose", -0.6, ("oppose:provocations(-0.6)",))),
    ("We will take measures against this threat", ("oppose", -0.25, ("oppose:threat(-0.5)", "off-target"))),
])
def test_cue_after_a_countering_word_is_what_the_speaker_stands_against(text, expected):
    assert score_stance(text, cue="said", mode="direct") == StanceResult(*expected)


def test_supposition_with_nothing_said_of_it_is_evasive():
    assert score_stance("If there are such pictures, they show something", cue="said") == \
        StanceResult("evasive", 0.0, ("conditional:if", "off-target"))
    # a condition after the statement is no supposition about the facts
    assert score_stance("They would accept the soldiers if their wish to defect is confirmed", cue="said") == \
        StanceResult("neutral", 0.0, ("no-cue",))


def test_described_forgery_is_no_dismissal():
    assert score_stance("The captured soldiers carried fake Russian identity papers", cue="said") == \
        StanceResult("neutral", 0.0, ("neutral:fake russian identity papers",))
    assert score_stance("The reports of troops are fake", cue="said") == \
        StanceResult("evasive", 0.0, ("evasive:fake",))


@pytest.mark.parametrize("text, cue, expected", [
    ("Seoul would take the necessary steps in response to the troop dispatch", "said",
     ("oppose", -0.4, ("oppose:necessary steps(-0.4)",))),
    ("the troops are being treated as expendable", "said", ("oppose", -0.4, ("oppose:expendable(-0.4)",))),
    ("the deployment will aggravate the situation on the peninsula", "said",
     ("oppose", -0.4, ("oppose:aggravate(-0.4)",))),
    ("the troop dispatch", "voiced irritation over", ("oppose", -0.3, ("verb:irritation(-0.3)",))),
    ("there is nothing strange or unusual about our alliance with Pyongyang", "said",
     ("support", 0.3, ("support:nothing strange or unusual(+0.3)",))),
    ("he would pass it on to his government", "said", ("evasive", 0.0, ("evasive:pass it on to", "off-target"))),
    ("On the question of the troops, we have already expressed our position", "said",
     ("evasive", 0.0, ("evasive:expressed our position",))),
])
def test_real_coverage_cue_families(text, cue, expected):
    assert score_stance(text, cue=cue, mode="indirect") == StanceResult(*expected)


@pytest.mark.parametrize("text, expected", [
    ("relations between Moscow and Pyongyang have reached an essentially allied level",
     ("support", 0.4, ("support:allied level(+0.4)",))),
    ("the military brotherhood of our two peoples was sealed in Kursk", ("support", 0.5, ("support:brotherhood(+0.5)",))),
    ("the troops showed the solidarity of the Korean people with Russia",
     ("support", 0.4, ("support:solidarity(+0.4)",))),
    # solidarity with the other side, or with no side named, is no support for the deployment
    ("NATO expressed solidarity with Seoul over North Korea's deployment", ("neutral", 0.0, ("elsewhere:solidarity",))),
    ("We stand in solidarity with South Korea against the troop deployment",
     ("neutral", 0.0, ("elsewhere:solidarity",))),
    ("the brotherly Ukrainian people suffer from the war", ("neutral", 0.0, ("other-side:brotherly",))),
])
def test_solidarity_and_brotherhood_count_for_the_deploying_side_only(text, expected):
    assert score_stance(text, cue="said", mode="indirect") == StanceResult(*expected)


@pytest.mark.parametrize("text, cue, expected", [
    ("Russia's claim that the troops were volunteers", "denied", ("neutral", 0.0, ("disputed:denied",))),
    ("Seoul's claims that Pyongyang sent troops", "denied", ("evasive", 0.0, ("verb:denied(evasive)",))),
    ("the reports, calling them a falsification", "categorically rejected",
     ("evasive", 0.0, ("verb:rejected(evasive)", "evasive:falsification", "off-target"))),
])
def test_denying_our_side_s_claim_is_a_dispute_not_an_evasion(text, cue, expected):
    assert score_stance(text, cue=cue, mode="indirect") == StanceResult(*expected)


def test_help_as_the_purpose_of_the_deployment_is_a_report():
    assert score_stance("North Korea was training 10,000 soldiers to support Russia", cue="said") == \
        StanceResult("neutral", 0.0, ("no-cue",))
    assert score_stance("North Korean sappers supported the Russian units in Kursk", cue="said").label == "support"


@pytest.mark.parametrize("text, expected", [
    ("the Kyiv regime keeps shelling civilians", ("neutral", 0.0, ("other-side:regime", "off-target"))),
    ("Western provocations against our friends in Pyongyang", ("neutral", 0.0, ("other-side:provocations",))),
    ("the aggression of the West", ("neutral", 0.0, ("other-side:aggression",))),
    ("escalation by Washington", ("neutral", 0.0, ("other-side:escalation", "off-target"))),
    # the other side as the one harmed, or feeling the concern, keeps the charge
    ("a threat to the security of Ukraine", ("oppose", -0.25, ("oppose:threat(-0.5)", "off-target"))),
    ("Ukraine's concerns over the troops", ("oppose", -0.3, ("oppose:concerns(-0.3)",))),
])
def test_charge_against_the_other_side_s_own_deeds_does_not_count(text, expected):
    assert score_stance(text, cue="said", mode="indirect") == StanceResult(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Sending soldiers to Russia endangers the whole region", ("oppose", -0.5, ("oppose:endangers(-0.5)",))),
    ("The world must keep up the pressure on Moscow and Pyongyang",
     ("oppose", -0.3, ("oppose:pressure on moscow and pyongyang(-0.3)",))),
    ("The Korean soldiers fought bravely and selflessly",
     ("support", 0.8, ("support:bravely(+0.4)", "support:selflessly(+0.4)"))),
    ("Our friendship with Pyongyang is unbreakable",
     ("support", 0.9, ("support:friendship(+0.4)", "support:unbreakable(+0.5)"))),
    ("Ukraine's brave defenders held the line against the troops", ("neutral", 0.0, ("other-side:brave",))),
    ("He said neither yes nor no when asked about the troops", ("evasive", 0.0, ("evasive:neither yes nor no",))),
    # asking Pyongyang for soldiers is no redirection of the question
    ("Moscow had to ask Pyongyang for soldiers", ("neutral", 0.0, ("no-cue",))),
    ("You should ask Pyongyang about its soldiers", ("evasive", 0.0, ("evasive:ask pyongyang about",))),
])
def test_real_coverage_cue_families_round_8_showed_missing(text, expected):
    assert score_stance(text, cue="said", mode="indirect") == StanceResult(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Pyongyang is waging an aggressive war in Europe", ("oppose", -0.5, ("oppose:aggressive(-0.5)",))),
    ("We will never forget the sacrifice of the Korean soldiers", ("support", 0.4, ("support:sacrifice(+0.4)",))),
    ("the feats of the Korean troops in Kursk", ("support", 0.4, ("support:feats(+0.4)",))),
    ("The story of North Korean battalions is completely false", ("evasive", 0.0, ("evasive:false",))),
    ("Seoul will act with its partners, without saying whether it will send arms over the troops",
     ("evasive", 0.0, ("refusal:saying",))),
    ("the two states cooperate on matters about the troops that cannot be talked about openly",
     ("evasive", 0.0, ("refusal:talked about",))),
])
def test_real_coverage_cue_families_round_9_showed_missing(text, expected):
    assert score_stance(text, cue="said", mode="indirect") == StanceResult(*expected)


def test_one_pattern_for_several_cues_numbers_them_and_ends_each_with_the_suffix():
    import re as _re

    verbs = _re.compile(any_stance_pattern(["warned", "said"], groups=True), _re.IGNORECASE)
    assert [(m.group(), m.lastindex) for m in verbs.finditer("He said so; she warned, and he unsaid it")] == \
        [("said", 2), ("warned", 1)]
    anchored = _re.compile(any_stance_pattern(["no threat", "illegal"], "$"), _re.IGNORECASE)
    assert [bool(anchored.match(words)) for words in ("no threat", "no threat to anyone", "illegal", "illegal act")] \
        == [True, False, True, False]  # the suffix follows every cue: a whole cue, not its first words


def test_only_the_first_2000_characters_are_read():
    start = "Officials said the troops threaten peace and security in the region and condemned the deployment "
    text = start + "and they met again and again " * 80 + " sanctions were praised as a great success"
    assert score_stance(text) == StanceResult("oppose", -1.0, ("oppose:threaten(-0.5)", "oppose:condemned(-0.7)"))
