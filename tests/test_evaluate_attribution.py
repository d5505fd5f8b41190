"""The attribution evaluator: reading gold, matching spans, the numbers, and the quality it guards."""

from __future__ import annotations

import math

import pytest

from analysis.attribution import Utterance
from analysis.evaluate import attribution as evaluator
from analysis.evaluate.attribution import (DEFAULT_GOLD, GoldError, evaluate, jaccard, load_gold, locate, match,
                                           read_gold_file, same_speaker, score, with_registry_names)

GOLD_DOC = """\
id: tiny
date: 2024-11-13
text: |
  "We are ready," Kirby told reporters. Seoul declined to comment.
utterances:
  - {content: "We are ready", speaker: John Kirby, actor: USA, mode: direct}
  - {content: declined to comment, speaker: [South Korea, Seoul], actor: KOR, mode: silence}
"""


def utterance(start, end, speaker="X", actor="", mode="indirect"):
    return Utterance(start, end, speaker, actor, mode, "said", "test")


@pytest.fixture
def tiny(write):
    path = write("own/tiny.yml", GOLD_DOC)
    return read_gold_file(path, "own")


def test_gold_file_is_read_with_offsets_and_alternative_speakers(tiny):
    assert tiny.doc_id == "tiny" and tiny.set == "own" and tiny.doc.date == "2024-11-13"
    first, second = tiny.utterances
    assert tiny.doc.text[first.start:first.end] == "We are ready"
    assert (first.speakers, first.actor, first.mode) == (("John Kirby",), "USA", "direct")
    assert tiny.doc.text[second.start:second.end] == "declined to comment"
    assert second.speakers == ("South Korea", "Seoul")


def test_locate_finds_the_nth_occurrence_in_normalised_text():
    norm = "a b a b"
    assert locate(norm, "a b") == (0, 3)
    assert locate(norm, "a b", 2) == (4, 7)
    assert locate(norm, "a b", 3) == (-1, -1)
    assert locate('he said "no"', "\u201cno\u201d") == (8, 12)  # curly quotes in gold match straight ones


@pytest.mark.parametrize("content, problem", [
    ("not in the text", "content not found"),
])
def test_bad_gold_files_name_the_file_and_the_problem(write, content, problem):
    path = write("bad.yml", GOLD_DOC.replace("We are ready\", speaker", f"{content}\", speaker"))
    with pytest.raises(GoldError, match=problem):
        read_gold_file(path, "x")
    path = write("mode.yml", GOLD_DOC.replace("mode: direct", "mode: shouted"))
    with pytest.raises(GoldError, match="valid: direct, partial, indirect, reported, silence"):
        read_gold_file(path, "x")


def test_jaccard_and_speaker_names():
    assert jaccard((0, 10), (0, 10)) == 1.0
    assert jaccard((0, 10), (5, 15)) == 5 / 15
    assert jaccard((0, 10), (10, 20)) == 0.0
    assert same_speaker("Stéphane Dujarric", ("Stephane Dujarric",))
    assert same_speaker("the Kremlin", ("Kremlin",))
    assert not same_speaker("Kremlin", ("Dmitry Peskov",))


def test_gold_speakers_also_match_the_registry_spelling(write):
    from analysis.actors import load_registry
    path = write("own/names.yml", """\
id: names
date: 2024-11-13
text: |
  Zelensky said it was time. Moscow did not comment. The spy agency said so. Kirby agreed.
utterances:
  - {content: it was time, speaker: Zelensky, actor: UKR, mode: indirect}
  - {content: did not comment, speaker: Moscow, actor: RUS, mode: silence}
  - {content: so, speaker: spy agency, actor: KOR, mode: indirect}
  - {content: agreed, speaker: [John Kirby, Kirby], actor: USA, mode: indirect}
""")
    widened = with_registry_names(read_gold_file(path, "own"), load_registry())
    assert [u.speakers for u in widened.utterances] == [
        ("Zelensky", "Volodymyr Zelenskyy"), ("Moscow", "Russia"), ("spy agency",), ("John Kirby", "Kirby")]
    assert same_speaker("Volodymyr Zelenskyy", widened.utterances[0].speakers)
    assert not same_speaker("South Korea's spy agency", widened.utterances[2].speakers)


def test_match_is_one_to_one_preferring_the_same_actor(tiny):
    gold = tiny.utterances
    both = [utterance(gold[1].start, gold[1].end, "Japan", "JPN"), utterance(gold[1].start, gold[1].end, "Seoul", "KOR")]
    assert match(gold, both) == [(1, 1)]
    assert match(gold, [utterance(0, 2)]) == []  # too little overlap


def test_score_counts_exactly(tiny):
    g1, g2 = tiny.utterances
    predicted = [utterance(g1.start, g1.end, "John Kirby", "USA", "direct"),          # right
                 utterance(g2.start, g2.end - 3, "South Korea", "KOR", "indirect"),   # wrong mode, overlaps enough
                 utterance(0, 1, "Nobody", "", "indirect")]                            # spurious
    result = score([tiny], {"tiny": predicted})
    overall = result["overall"]
    assert (overall["gold"], overall["predicted"], overall["matched"]) == (2, 3, 2)
    assert overall["precision"] == pytest.approx(2 / 3) and overall["recall"] == 1.0
    assert overall["f1"] == pytest.approx(0.8)
    assert (overall["mode_accuracy"], overall["speaker_accuracy"], overall["actor_accuracy"]) == (0.5, 1.0, 1.0)
    assert result["by_set"]["own"]["documents"] == 1
    assert result["by_mode"]["direct"] == {"gold": 1, "predicted": 1, "correct": 1, "precision": 1.0,
                                           "recall": 1.0, "f1": 1.0}
    assert result["by_mode"]["silence"]["recall"] == 0.0
    assert math.isnan(result["by_mode"]["reported"]["precision"])
    assert sorted(e["error"] for e in result["errors"]) == ["mode", "spurious"]


def test_evaluate_runs_the_engine_on_a_gold_folder(tiny, tmp_path):
    result = evaluate(tmp_path)
    assert result["overall"]["f1"] == 1.0 and result["overall"]["actor_accuracy"] == 1.0


def test_command_prints_the_table_and_errors(tmp_path, write, capsys):
    write("own/tiny.yml", GOLD_DOC)
    assert evaluator.main([str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["set", "docs", "gold", "pred", "match", "P", "R", "F1", "mode",
                                           "speaker", "actor", "stance"]
    assert "own" in out and "Jaccard >= 0.5" in out
    assert evaluator.main([str(tmp_path / "missing")]) == 2


def test_shipped_gold_has_every_mode_set_and_major_actor():
    gold = load_gold(DEFAULT_GOLD)
    sets = {g.set for g in gold}
    assert {"seed", "own", "heldout", "heldout2"} <= sets
    assert len([g for g in gold if g.set == "own"]) >= 25
    assert len([g for g in gold if g.set.startswith("heldout")]) >= 10
    rows = [u for g in gold for u in g.utterances]
    assert {u.mode for u in rows} == {"direct", "partial", "indirect", "reported", "silence"}
    assert {"USA", "KOR", "PRK", "RUS", "CHN", "UKR", "JPN", "NATO", "EU", "UN", ""} <= {u.actor for u in rows}


def test_attribution_quality_on_the_gold_stays_high():
    """Targets on the seed and own documents; the held-out sets are reported, not tuned for."""
    tuned = evaluate(DEFAULT_GOLD, sets=["seed", "own"])["overall"]
    assert tuned["f1"] >= 0.95 and tuned["actor_accuracy"] >= 0.95 and tuned["speaker_accuracy"] >= 0.95
    heldout = evaluate(DEFAULT_GOLD, sets=["heldout", "heldout2"])["overall"]
    assert heldout["f1"] >= 0.85 and heldout["actor_accuracy"] >= 0.9


REAL_DOC = """\
id: real
outlet_group: korean
date: 2024-11-13
text: |
  Seoul condemns the troop deployment
  "The deployment is a grave provocation," Kirby told reporters. Analysts said the move was risky.
utterances:
  - {content: the troop deployment, speaker: Seoul, actor: KOR, mode: indirect, stance: oppose, headline: true}
  - {content: "The deployment is a grave provocation", speaker: John Kirby, actor: USA, mode: direct, stance: oppose}
  - {content: the move was risky, speaker: Analysts, actor: "", mode: indirect}
"""


def test_stance_is_scored_on_matched_rows_whose_gold_has_one(write, tmp_path):
    write("rt/real.yml", REAL_DOC)
    overall = evaluate(tmp_path)["overall"]
    assert (overall["gold"], overall["matched"]) == (3, 3)
    assert overall["stance_items"] == 2  # Seoul's headline and Kirby's quotation, both opposing the deployment


def test_government_only_and_no_headlines_leave_rows_out(write, tmp_path):
    write("rt/real.yml", REAL_DOC)
    governments = evaluate(tmp_path, government_only=True)["overall"]
    assert (governments["gold"], governments["predicted"], governments["matched"]) == (2, 2, 2)  # not the analysts
    body = evaluate(tmp_path, government_only=True, headlines=False)["overall"]
    assert (body["gold"], body["recall"]) == (1, 1.0)


def test_documents_group_by_outlet_group(write, tmp_path):
    write("rt/real.yml", REAL_DOC)
    assert list(evaluate(tmp_path, by="group")["by_set"]) == ["korean"]
    with pytest.raises(ValueError, match="choose one of: set, group"):
        score([], {}, by="outlet")


def test_a_gold_stance_must_be_a_known_label(write):
    path = write("bad.yml", REAL_DOC.replace("stance: oppose, headline", "stance: hostile, headline"))
    with pytest.raises(GoldError, match="valid: oppose, neutral, evasive, support"):
        read_gold_file(path, "x")
