"""Naming choices: which word for the war, the soldiers, North Korea ..., and whose voice it is."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import make_document
from analysis.naming import NamingError, build_naming, form_pattern, load_naming
from analysis.engines import analyze
from analysis.schema import METADATA_COLUMNS, NAMING_COLUMNS

from .conftest import ROOT, counting

OUTLETS = ROOT / "examples" / "outlets"


def named(text: str, **options):
    """(start, end, term, category, voice, actor, quoted, variant, utt_id) of each naming row of ``text``."""
    doc = make_document("d", text)
    table = analyze([doc], unit="naming", **options)
    for row in table.itertuples():
        assert doc.text[row.start:row.end] == row.term
    return [tuple(row) for row in table[NAMING_COLUMNS[1:]].itertuples(index=False)]


def test_words_inside_an_utterance_are_the_speakers_and_narration_is_the_outlets():
    text = ("Russia's defence ministry said the special military operation was going to plan.\n"
            "Moscow's \"special military operation\" entered its third year as Pyongyang's troops arrived.")
    assert named(text) == [
        (35, 61, "special military operation", "war", "speaker", "RUS", False, "special military operation", 0),
        (91, 117, "special military operation", "war", "outlet", "", True, "special military operation", -1),
        (145, 154, "Pyongyang", "dprk", "outlet", "", False, "Pyongyang", -1),
        (157, 163, "troops", "soldiers", "outlet", "", False, "troops", -1)]


def test_adjectives_and_generic_words_are_not_naming_choices():
    assert named("North Korean forces and Russian units deepened their cooperation.") == [
        (32, 37, "units", "soldiers", "outlet", "", False, "units", -1)]


def test_the_longest_variant_wins():
    rows = named("Pyongyang hailed the comprehensive strategic partnership and its military cooperation.")
    assert [(term, variant) for _, _, term, _, _, _, _, variant, _ in rows] == [
        ("Pyongyang", "Pyongyang"), ("comprehensive strategic partnership", "comprehensive strategic partnership"),
        ("military cooperation", "military cooperation")]


def test_forms_name_their_variant_and_case_follows_the_file():
    rows = named("The DPRK sent servicemen; the Kim regime calls them heroes. Ukraine's incursions went on.\n"
                 "dprk is not the acronym here, but WAR is a war.")
    assert [(term, category, variant) for _, _, term, category, _, _, _, variant, _ in rows] == [
        ("DPRK", "dprk", "DPRK"), ("servicemen", "soldiers", "servicemen"),
        ("the Kim regime", "dprk", "the Kim regime"), ("heroes", "soldiers", "heroes"),
        ("incursions", "kursk", "incursion"), ("WAR", "war", "war"), ("war", "war", "war")]


def test_a_joint_statement_gives_one_row_per_actor():
    rows = named("South Korea and the United States confirmed that North Korea's troops were in Kursk.")
    assert [(term, voice, actor, utt) for _, _, term, _, voice, actor, _, _, utt in rows] == [
        ("North Korea", "speaker", "KOR", 0), ("North Korea", "speaker", "USA", 1),
        ("troops", "speaker", "KOR", 0), ("troops", "speaker", "USA", 1)]


def test_boilerplate_is_left_out():
    text = ("Seoul said the troops had arrived.\nRELATED STORIES\nNorth Korea sends more troops\n"
            "Edited by A. Writer.")
    assert [(term, voice) for _, _, term, _, voice, _, _, _, _ in named(text)] == [("troops", "speaker")]


def test_every_shipped_form_names_one_variant_and_matches_itself():
    naming = load_naming()
    assert list(naming.categories) == ["war", "soldiers", "dprk", "kursk", "partnership"]
    for form, category, variant in naming.forms:
        found = naming.pattern.fullmatch(form.replace("*", ""))
        assert found and naming.forms[int(found.lastgroup[1:])][1:] == (category, variant), form


def test_form_patterns_hyphens_apostrophes_and_endings():
    import re

    assert re.fullmatch(form_pattern("full-scale invasion"), "full scale Invasion")
    assert re.fullmatch(form_pattern("Democratic People's Republic of Korea"), "democratic People\u2019s Republic of Korea")
    assert not re.fullmatch(form_pattern("DPRK"), "dprk")
    assert re.fullmatch(form_pattern("mercenar*"), "mercenaries")


# --------------------------------------------------------------------------- a user's naming file


def test_a_users_file_adds_variants_and_categories(write):
    path = write("my_naming.yml", "soldiers:\n  cannon fodder: [meat]\npeacekeeping:\n  peacekeepers: [blue helmets]\n")
    rows = named("Seoul said the blue helmets were not meat.", naming=path)
    assert [(term, category, variant) for _, _, term, category, _, _, _, variant, _ in rows] == [
        ("blue helmets", "peacekeeping", "peacekeepers"), ("meat", "soldiers", "cannon fodder")]
    assert "meat" not in [form for form, _, _ in load_naming().forms]  # the shipped naming is unchanged


@pytest.mark.parametrize("content, problem", [
    ("war: [war]", "category 'war': expected a mapping of variants"),
    ("war:\n  aggression: aggression", "war/aggression: the forms must be a list"),
    ("- war", "expected a mapping of categories"),
    ("war:\n  fight: [conflict]", "the form 'conflict' names both war/conflict and war/fight"),
    ("war: [unclosed", "not valid YAML"),
])
def test_a_bad_naming_file_is_named_with_its_problem(write, content, problem):
    path = write("bad.yml", content)
    with pytest.raises(NamingError, match=f"bad.yml: .*{problem}"):
        load_naming(path)


def test_a_missing_naming_file_fails_before_any_document(tmp_path):
    with pytest.raises(NamingError, match="nowhere.yml: no such naming file"):
        analyze([make_document("d", "War.")], unit="naming", naming=tmp_path / "nowhere.yml")


def test_build_naming_keeps_the_files_order_of_variants():
    naming = build_naming({"x": {"b": [], "a": ["aa"]}}, where="test")
    assert naming.categories == {"x": ("b", "a")}
    assert [form for form, _, _ in naming.forms] == ["aa", "b", "a"]  # longest first


# --------------------------------------------------------------------------- the example outlets


def test_the_invented_outlets_choose_different_words_for_the_same_things():
    table = analyze(OUTLETS, unit="naming")
    assert list(table.columns) == NAMING_COLUMNS + METADATA_COLUMNS
    outlet = table[table["voice"] == "outlet"]
    words = outlet.groupby("source")["variant"].agg(lambda v: sorted(set(v))).to_dict()
    assert words == {
        "Harbour Wire (invented)": ["North Korea", "incursion", "treaty"],
        "The Meridian Ledger (invented)": ["North Korea", "incursion", "the Kim regime", "treaty"],
        "Volga Courier (invented)": ["DPRK", "comprehensive strategic partnership", "liberation",
                                     "servicemen", "treaty", "units"],
    }
    scare = table[(table["voice"] == "speaker") & table["quoted"]]
    ledger = scare[scare["source"] == "The Meridian Ledger (invented)"]
    assert ("special military operation", "RUS") in set(zip(ledger["variant"], ledger["actor"]))
    assert pd.api.types.is_bool_dtype(table["quoted"])


def test_the_utterances_are_read_once_not_once_per_name():
    from analysis.actors import load_registry
    from analysis.attribution import find_utterances
    from analysis.naming import find_names
    from analysis.text import sentences

    doc = make_document("d", " ".join(f"Officials said the special military operation {n} went on." for n in range(30)))
    found = counting(find_utterances(doc, sentences(doc), registry=load_registry()))
    assert len(find_names(doc, found, sentences(doc))) == 30
    assert found.reads == 1  # was once per name: quadratic in a long document
