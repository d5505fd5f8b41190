"""Stance toward the target: each rule alone, with exact labels, scores and cues."""

from __future__ import annotations

import pytest

from analysis.stance import load_target, score_stance


@pytest.mark.parametrize("text, cue, mode, expected", [
    ("The United States will respond strongly to North Korea's deployment of troops", "warned", "indirect",
     ("oppose", -1.0, ("verb:warned(-0.4)", "oppose:respond strongly(-0.6)"))),
    ("Russia's military cooperation with North Korea was a threat to Europe", "said", "indirect",
     ("oppose", -0.5, ("oppose:threat*(-0.5)",))),
    ("the deployment is not just a threat to Europe", "said", "indirect",
     ("oppose", -0.5, ("oppose:threat*(-0.5)",))),
    ("Russia did not condemn the deployment", "said", "indirect", ("neutral", 0.0, ("negated:condemn*",))),
    ("the deployment could possibly escalate the conflict", "said", "indirect",
     ("oppose", -0.35, ("oppose:escalat*(-0.5)", "hedge:could", "hedge:possibly"))),
    ("Our cooperation is in line with international law and with our treaty", "told", "direct",
     ("support", 1.0, ("support:in line with international law(+0.6)", "support:treaty(+0.4)"))),
    ("the soldiers are heroes", "said", "direct", ("support", 0.6, ("support:heroes(+0.6)",))),
    ("relations between Russia and North Korea were solely for them to decide", "said", "indirect",
     ("neutral", 0.0, ("neutral:for them to decide",))),
    ("urged all parties to exercise restraint over the troops", "urged", "indirect",
     ("neutral", 0.0, ("neutral:urge* all parties", "neutral:restraint"))),
    ("he was not aware of the situation with the troops", "said", "indirect", ("evasive", 0.0, ("evasive:not aware",))),
    ("the reports about troops were fake", "dismissed", "indirect",
     ("evasive", 0.0, ("verb:dismissed(evasive)", "evasive:fake*"))),
    ("declined to answer questions about the troops", "declined to answer", "silence", ("evasive", 0.0, ("mode:silence",))),
    ("accused Washington of escalating the conflict", "accused", "indirect",
     ("evasive", 0.0, ("deflect:accused", "deflected:escalat*"))),
    ("accused Pyongyang of escalating the conflict", "accused", "indirect",
     ("oppose", -0.9, ("verb:accused(-0.4)", "oppose:escalat*(-0.5)"))),
    ("We had a productive discussion about our support for Ukraine", "told", "direct", ("neutral", 0.0, ("off-target",))),
])
def test_rules(text, cue, mode, expected):
    result = score_stance(text, cue=cue, mode=mode)
    assert (result.label, result.score, result.cues) == expected


def test_user_target(write):
    path = write("target.yml", "name: Sanctions on Iran\nterms: [sanction*, iran]\n")
    target = load_target(str(path))
    assert target.name == "Sanctions on Iran" and target.terms == ("sanction*", "iran")
    assert score_stance("the weather is nice", target=target).cues == ("off-target",)
    assert score_stance("Iran said the talks went on", target=target).cues == ()


@pytest.mark.parametrize("content, problem", [
    ("terms: [unclosed", "not valid YAML"),
    ("name: x\n", "needs 'name' and a non-empty list 'terms'"),
])
def test_bad_target_file(write, content, problem):
    path = write("bad.yml", content)
    with pytest.raises(ValueError, match=problem) as info:
        load_target(str(path))
    assert "bad.yml" in str(info.value)


def test_missing_target_file(tmp_path):
    with pytest.raises(ValueError, match="no such target file"):
        load_target(str(tmp_path / "none.yml"))
