"""Frames: cue terms with wildcards, taxonomy order, evidence."""

from __future__ import annotations

import re

import analysis.frames as frames_module
from analysis.frames import FrameResult, cue_pattern, find_frames, index_key, word_prefixes


def test_taxonomy_has_domain_and_policy_frames_in_order():
    frames = frames_module.FRAMES
    assert frames[:7] == ("escalation", "alliance solidarity", "sovereignty and non-interference",
                          "international law and UN resolutions", "military operation",
                          "casualties and humanitarian cost", "aid and munitions")
    assert frames[7:] == ("economic", "capacity and resources", "morality", "fairness and equality",
                          "legality, constitutionality and jurisprudence", "policy prescription and evaluation",
                          "crime and punishment", "security and defense", "health and safety", "quality of life",
                          "cultural identity", "public opinion", "political", "external regulation and reputation")


def test_wildcards_word_boundaries_spacing_and_apostrophes():
    assert re.search(cue_pattern("escalat*"), "a dangerous escalation", re.I)
    assert not re.search(cue_pattern("law"), "lawmakers said", re.I)
    assert re.search(cue_pattern("military cooperation"), "military \n cooperation", re.I)
    assert re.search(cue_pattern("nobody's business"), "nobody’s business", re.I)
    assert index_key("u.n. charter") == "u" and index_key("escalat*") == "esca"
    assert {"e", "es", "esc", "esca"} <= word_prefixes("Escalation")


def test_frames_with_their_cues_in_taxonomy_order():
    result = find_frames("Russia's growing military cooperation with North Korea is a threat to Europe.")
    assert result == FrameResult(("security and defense", "external regulation and reputation"),
                                 ("security and defense:military cooperation", "security and defense:threat",
                                  "external regulation and reputation:cooperation"))


def test_domain_frames():
    assert find_frames("North Korean troops could dangerously escalate the conflict").frames == \
        ("escalation", "military operation")
    assert find_frames("Their soldiers are cannon fodder sent to die").cues == \
        ("military operation:soldiers", "casualties and humanitarian cost:cannon fodder",
         "casualties and humanitarian cost:die")
    assert find_frames("The reports are fake, spread to discredit our relations").frames == \
        ("external regulation and reputation",)


def test_treaty_and_sovereignty():
    result = find_frames("Any step under the treaty is a legitimate exercise of our sovereign rights.")
    assert result.frames == ("sovereignty and non-interference", "legality, constitutionality and jurisprudence")


def test_nothing_found():
    assert find_frames("The weather was mild.") == find_frames("") == FrameResult((), ())
