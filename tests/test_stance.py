"""Stance toward the target: each rule alone, with exact labels, scores and cues."""

from __future__ import annotations

import os

import pytest

from analysis.stance import (StanceResult, find_cues, hedges, label_for, load_target, negator_before,
                             score_stance, verb_force)

TROOPS = "North Korean troops"


@pytest.mark.parametrize("text, cue, mode, expected", [
    # verb force adds to the cue in the text
    ("The United States will respond strongly to North Korea's deployment of troops", "warned", "indirect",
     ("oppose", -1.0, ("verb:warned(-0.4)", "oppose:respond strongly(-0.6)"))),
    ("the deployment of troops", "condemned", "indirect", ("oppose", -0.6, ("verb:condemned(-0.6)",))),
    ("the deployment of troops", "praised", "indirect", ("support", 0.5, ("verb:praised(+0.5)",))),
    ("the deployment of troops", "confirmed that", "indirect", ("neutral", 0.0, ())),
    # negation: not doing an act is no stance; negating a charge rebuts it; "not just X" keeps X
    ("Russia did not condemn the deployment of North Korean troops", "said", "indirect",
     ("neutral", 0.0, ("negated:condemn",))),
    ("Our military cooperation poses no threat to anyone", "said", "direct",
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
    # neutral: calm on all sides, a matter for the two countries
    ("We urge all parties to exercise restraint over the troops", "said", "direct",
     ("neutral", 0.0, ("neutral:all parties", "neutral:restraint"))),
    ("relations between Russia and North Korea are solely for them to decide", "said", "indirect",
     ("neutral", 0.0, ("neutral:solely for them",))),
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
    assert score_stance("Iran said the talks went on", target=target) == StanceResult("neutral", 0.0, ())
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


def test_missing_target_file_and_unknown_name(tmp_path):
    with pytest.raises(ValueError, match="none.yml: no such target file"):
        load_target(tmp_path / "none.yml")
    with pytest.raises(ValueError, match="unknown target 'nosuch'; shipped targets: nk_troops_russia"):
        load_target("nosuch")
