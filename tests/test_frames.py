"""Frames: cue terms with wildcards, taxonomy order, evidence."""

from __future__ import annotations

import re

from analysis.frames import FRAMES, cue_pattern, find_frames


def test_taxonomy_has_domain_and_policy_frames_in_order():
    assert FRAMES[:3] == ("escalation", "alliance solidarity", "sovereignty and non-interference")
    assert "security and defense" in FRAMES and "external regulation and reputation" in FRAMES
    assert len(FRAMES) == 21


def test_wildcards_and_word_boundaries():
    assert re.search(cue_pattern("escalat*"), "a dangerous escalation", re.I)
    assert not re.search(cue_pattern("law"), "lawmakers said", re.I)
    assert re.search(cue_pattern("military cooperation"), "military  cooperation", re.I)


def test_frames_with_their_cues():
    result = find_frames("Russia's growing military cooperation with North Korea is a threat to Europe.")
    assert result.frames == ("security and defense", "external regulation and reputation")
    assert result.cues == ("security and defense:military cooperation", "security and defense:threat",
                           "external regulation and reputation:cooperation")


def test_treaty_and_sovereignty():
    result = find_frames("Any step under the treaty is a legitimate exercise of our sovereign rights.")
    assert result.frames == ("sovereignty and non-interference", "legality, constitutionality and jurisprudence")


def test_nothing_found():
    assert find_frames("The weather was mild.") == find_frames("")
    assert find_frames("").frames == ()
