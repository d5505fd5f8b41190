"""Frames: cue terms with wildcards, topic cues, strongest first, evidence."""

from __future__ import annotations

import re

import analysis.frames as frames_module
from analysis.frames import FrameResult, cue_pattern, cues_pattern, find_frames, index_key, word_prefixes


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


def test_one_pattern_for_several_cues_finds_what_each_cue_finds():
    text = "Troops at war; the warden watched the troop's wartime drill and Troop 5"
    together = [m.span() for m in re.finditer(cues_pattern(["troop*", "war"]), text, re.I)]
    alone = sorted(m.span() for cue in ("troop*", "war") for m in re.finditer(cue_pattern(cue), text, re.I))
    assert together == alone == [(0, 6), (10, 13), (38, 43), (64, 69)]


def test_frames_strongest_first_with_their_cues():
    # "military cooperation" is security's; the "cooperation" inside it does not count again.
    result = find_frames("Russia's growing military cooperation with North Korea is a threat to Europe.")
    assert result == FrameResult(("security and defense",),
                                 ("security and defense:military cooperation", "security and defense:threat"))
    # two cue words outrank one; ties keep the taxonomy's order
    assert find_frames("Sanctions are illegal, but the treaty binds us.").frames == \
        ("international law and UN resolutions", "legality, constitutionality and jurisprudence")
    assert find_frames("The treaty binds us, and sanctions will not change that.").frames == \
        ("international law and UN resolutions", "legality, constitutionality and jurisprudence")


def test_a_frame_with_under_half_the_strongest_frames_cue_words_is_dropped():
    text = "Their aid, the shells, ammunition and equipment, reached the border, a grave threat."
    assert find_frames(text).frames == ("aid and munitions",)
    assert find_frames("Their aid and shells are a grave threat.").frames == ("aid and munitions", "security and defense")


def test_a_cue_inside_a_longer_cue_of_another_frame_does_not_count():
    assert find_frames("This breaks international law.").frames == ("international law and UN resolutions",)
    assert find_frames("They will get more air defence systems.").frames == ("aid and munitions",)
    assert find_frames("The court applied the law.").frames == ("legality, constitutionality and jurisprudence",)


def test_topic_words_mark_military_operation_only_when_nothing_else_does():
    assert find_frames("Some 3,000 soldiers were moved to the Kursk area.").frames == ("military operation",)
    assert find_frames("The troops arrived under the treaty.").frames == \
        ("legality, constitutionality and jurisprudence",)
    assert find_frames("Their cooperation is deepening.").frames == ("external regulation and reputation",)
    assert find_frames("Their cooperation is deepening, a threat to us all.").frames == ("security and defense",)


def test_domain_frames():
    assert find_frames("North Korean troops could dangerously escalate the conflict").frames == ("escalation",)
    assert find_frames("Their soldiers are cannon fodder sent to die").cues == \
        ("casualties and humanitarian cost:cannon fodder", "casualties and humanitarian cost:die")
    assert find_frames("The reports are fake, spread to discredit our relations").frames == \
        ("external regulation and reputation",)


def test_military_operation_is_the_conduct_of_fighting():
    for text in ("The brigade repelled two assaults overnight.", "Our units held the line west of the river.",
                 "The invaders were routed and the villages liberated."):
        assert find_frames(text).frames == ("military operation",), text
    assert "military operation" not in find_frames("The regiment's routine was a rumour.").frames


def test_escalation_is_widening_the_war():
    for text in ("Sending a second army widens this conflict.", "This is a dangerous step by the Kremlin.",
                 "They have dragged a third country into the war.", "Nobody should fuel the fire in Europe."):
        assert find_frames(text).frames[:1] == ("escalation",), text
    assert "escalation" not in find_frames("The rumour spread quickly through the capital.").frames


def test_capacity_is_depending_on_outside_manpower():
    for text in ("Moscow can no longer hold the line with its own men.", "The Kremlin is running out of recruits.",
                 "A desperate army now needs outside help."):
        assert "capacity and resources" in find_frames(text).frames, text
    assert "capacity and resources" not in find_frames("The envoy arrived alone.").frames


def test_reputation_is_acknowledgement_denial_and_diplomatic_acts():
    for text in ("The ministry denied the claims as baseless.", "Pyongyang's admission came after months of silence.",
                 "The embassy's envoy was summoned on Monday.", "These are unverified stories of dubious origin."):
        assert find_frames(text).frames[:1] == ("external regulation and reputation",), text
    assert find_frames("The bridge was admired by visitors.").frames == ()


def test_sovereignty_is_nobody_elses_business():
    for text in ("How two independent states work together is a matter for them.", "That is our own affair.",
                 "We need no one's permission, and no one should lecture us."):
        assert find_frames(text).frames[:1] == ("sovereignty and non-interference",), text


def test_casualties_include_the_dead_and_prisoners_of_war():
    for text in ("Hundreds fell in the first week.", "The two men in captivity may yet come home.",
                 "The coffins were handed to bereaved families.", "Two POWs asked to go south."):
        assert find_frames(text).frames[:1] == ("casualties and humanitarian cost",), text
    # commemoration alone is not a frame: annotators filed memorials under four different frames
    assert find_frames("A monument and a museum will honour their memory.").frames == ()


def test_alliance_is_fighting_together_and_gratitude():
    for text in ("We stand shoulder to shoulder with our brothers.", "We are grateful for their help.",
                 "They fought side by side."):
        assert find_frames(text).frames[:1] == ("alliance solidarity",), text


def test_policy_prescription_includes_the_way_out():
    for text in ("Both sides should agree a ceasefire.", "Ankara offered to host talks.",
                 "Only a negotiated settlement can end this."):
        assert find_frames(text).frames[:1] == ("policy prescription and evaluation",), text


def test_treaty_and_sovereignty():
    result = find_frames("Any step under the treaty is a legitimate exercise of our sovereign rights.")
    assert result.frames == ("legality, constitutionality and jurisprudence", "sovereignty and non-interference")


def test_nothing_found():
    assert find_frames("The weather was mild.") == find_frames("") == FrameResult((), ())


def test_a_cue_naming_a_ministry_is_an_office_not_a_frame():
    # Round 7: "defence" in the name of a ministry is where a question is sent, not a security frame.
    assert find_frames("Ask the Defence Ministry about the convoy.").frames == ()
    assert find_frames("That belongs to the Ministry of Defence, not to my office.").frames == ()
    assert find_frames("The defense minister of Norway arrived on Monday.").frames == ()
    # the same word outside a ministry's name still counts
    assert find_frames("Our air defence held the northern border.").frames[0] == "aid and munitions"
    assert find_frames("The pact is about collective defence of the islands.").frames == ("security and defense",)
    # a ministry named by another word leaves a cue beside it alone
    assert "security and defense" in find_frames("The Foreign Ministry called it a threat to the region.").frames


def test_ties_go_to_the_frame_whose_cue_is_a_phrase():
    # Round 7: one phrase ranks before one word of another frame found as often; both are kept.
    result = find_frames("Under the treaty, this is our own business.")
    assert result.frames == ("sovereignty and non-interference", "legality, constitutionality and jurisprudence")
    result = find_frames("The envoy came to fight his corner.")
    assert result.frames == ("military operation", "external regulation and reputation")
    result = find_frames("The chargé d'affaires was told to fight no longer.")
    assert result.frames[0] == "external regulation and reputation" and len(result.frames) == 2
    # with no phrase, ties keep the taxonomy's order
    assert find_frames("Allies condemned the violation.").frames == ("alliance solidarity",
                                                                     "international law and UN resolutions")


def test_only_the_first_2000_characters_are_read():
    start = "Officials said the troops threaten peace and security in the region "
    text = start + "and they met again and again " * 80 + " sanctions on the economy and trade"
    assert find_frames(text) == FrameResult(("security and defense",),
                                            ("security and defense:security", "security and defense:threaten"))
