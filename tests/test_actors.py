"""The actor registry: exact speaker resolution, dated roles, mentions with offsets, user files."""

from __future__ import annotations

import re

import pytest

from analysis.actors import (Actor, Registry, RegistryError, SpeakerInfo, load_registry, merge_entries,
                             parse_date, trie_pattern)
from tests.conftest import SEED


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def info(speaker, actor, kind, role, gender, method) -> SpeakerInfo:
    return SpeakerInfo(speaker, actor, kind, role, gender, method)


# --------------------------------------------------------------------------- resolve: exact rows

CASES = [
    # named people, with and without titles, variants, appositions
    ("Kremlin spokesperson Dmitry Peskov", None,
     info("Dmitry Peskov", "RUS", "person", "spokesperson", "m", "registry:person")),
    ("Dmitry Peskov, the Kremlin spokesman", None,
     info("Dmitry Peskov", "RUS", "person", "spokesperson", "m", "registry:person")),
    ("Peskov", None, info("Dmitry Peskov", "RUS", "person", "spokesperson", "m", "registry:person")),
    ("Zelenskiy", None, info("Volodymyr Zelenskyy", "UKR", "person", "head_of_state", "m", "registry:person")),
    ("Ukrainian President Volodymyr Zelensky", "2024-11-13",
     info("Volodymyr Zelenskyy", "UKR", "person", "head_of_state", "m", "registry:person")),
    ("Kim Jong-un", None, info("Kim Jong Un", "PRK", "person", "head_of_state", "m", "registry:person")),
    ("North Korean Foreign Minister Choe Son-hui", "2024-11-04",
     info("Choe Son Hui", "PRK", "person", "foreign_minister", "f", "registry:person")),
    ("Russian Foreign Ministry Spokeswoman Maria Zakharova", None,
     info("Maria Zakharova", "RUS", "person", "spokesperson", "f", "registry:person")),
    ("Chinese Foreign Ministry spokesperson Lin Jian", "2024-11-01",
     info("Lin Jian", "CHN", "person", "spokesperson", "m", "registry:person")),
    # dated roles
    ("Blinken", "2024-11-13", info("Antony Blinken", "USA", "person", "foreign_minister", "m", "registry:person")),
    ("Blinken", "2025-06-01", info("Antony Blinken", "", "person", "", "m", "registry:person-former")),
    ("Trump", "2024-11-13", info("Donald Trump", "", "person", "", "m", "registry:person-former")),
    ("Trump", "2025-03-01", info("Donald Trump", "USA", "person", "head_of_state", "m", "registry:person")),
    ("former President Donald Trump", "2025-03-01",
     info("Donald Trump", "", "person", "", "m", "registry:person-former")),
    ("President-elect Donald Trump", "2024-12-01",
     info("Donald Trump", "", "person", "", "m", "registry:person-former")),
    ("NATO Secretary General Mark Rutte", "2024-11-13",
     info("Mark Rutte", "NATO", "person", "secretary_general", "m", "registry:person")),
    ("Rutte", "2024-05-01", info("Mark Rutte", "NLD", "person", "head_of_government", "m", "registry:person")),
    ("Rutte", "2024-08-01", info("Mark Rutte", "", "person", "", "m", "registry:person-former")),
    ("Stoltenberg", "2024-05-01",
     info("Jens Stoltenberg", "NATO", "person", "secretary_general", "m", "registry:person")),
    ("Stoltenberg", "2024-11-13", info("Jens Stoltenberg", "", "person", "", "m", "registry:person-former")),
    ("Shoigu", "2024-03-01", info("Sergei Shoigu", "RUS", "person", "defence_minister", "m", "registry:person")),
    ("Shoigu", "2024-11-01", info("Sergei Shoigu", "RUS", "person", "security_adviser", "m", "registry:person")),
    ("Kallas", "2025-02-01", info("Kaja Kallas", "EU", "person", "foreign_minister", "f", "registry:person")),
    ("Trump's national security adviser Mike Waltz", "2025-02-10",
     info("Mike Waltz", "USA", "person", "security_adviser", "m", "registry:person")),
    ("Mr. Putin", None, info("Vladimir Putin", "RUS", "person", "head_of_state", "m", "registry:person")),
    ("Then-Defense Minister Shin Won-sik", "2024-08-01",
     info("Shin Won-sik", "KOR", "person", "defence_minister", "m", "registry:person")),
    # people the registry does not know, named after a title or honorific
    ("Turkish Foreign Minister Hakan Fidan", None,
     info("Hakan Fidan", "TUR", "person", "foreign_minister", "m", "registry:person")),
    ("Foreign Minister Mevlut Cavusoglu", None,
     info("Mevlut Cavusoglu", "", "person", "foreign_minister", "", "title:generic")),
    ("Vietnam's Foreign Ministry spokeswoman Pham Thu Hang", None,
     info("Pham Thu Hang", "", "person", "spokesperson", "f", "title:unregistered")),
    ("Gen. Kim", None, info("Kim", "", "person", "military", "", "title:generic")),
    # unnamed officials, by title
    ("Russia's deputy defence minister", None,
     info("Russia's deputy defence minister", "RUS", "official", "minister", "", "title:nationality")),
    ("the South Korean unification minister", None,
     info("South Korean unification minister", "KOR", "official", "minister", "", "title:nationality")),
    ("a senior U.S. official", None, info("senior U.S. official", "USA", "official", "official", "", "title:nationality")),
    ("America's top diplomat", None,
     info("America's top diplomat", "USA", "official", "foreign_minister", "", "title:nationality")),
    ("a Pentagon spokesman", None, info("Pentagon spokesman", "USA", "official", "spokesperson", "m", "title:institution")),
    ("the Chinese foreign ministry spokesperson", None,
     info("Chinese foreign ministry spokesperson", "CHN", "official", "spokesperson", "", "title:nationality")),
    ("the spokesman", None, info("spokesman", "", "official", "spokesperson", "m", "title:generic")),
    ("the press secretary of the Russian leader", None,
     info("press secretary of the Russian leader", "RUS", "official", "spokesperson", "", "title:nationality")),
    ("Putin's spokesman", None, info("Putin's spokesman", "RUS", "official", "spokesperson", "m", "title:person")),
    ("the UN ambassador", None, info("UN ambassador", "", "official", "ambassador", "", "title:generic")),
    ("North Korea's UN ambassador", None,
     info("North Korea's UN ambassador", "PRK", "official", "ambassador", "", "title:nationality")),
    ("the head of Ukraine's military intelligence", None,
     info("head of Ukraine's military intelligence", "UKR", "official", "intelligence", "", "title:nationality")),
    ("the NIS chief", None, info("NIS chief", "KOR", "official", "intelligence", "", "title:institution")),
    ("Russia's ambassador to the U.N.", None,
     info("Russia's ambassador to the U.N.", "RUS", "official", "ambassador", "", "title:nationality")),
    ("a spokeswoman for Japan's Foreign Ministry, Ms. Tanaka", None,
     info("Tanaka", "JPN", "person", "spokesperson", "f", "title:nationality")),
    # institutions, places, demonyms
    ("Ukrainian military intelligence", None,
     info("Ukrainian military intelligence", "UKR", "institution", "intelligence", "", "title:nationality")),
    ("South Korea's main security agency", None,
     info("South Korea's main security agency", "KOR", "institution", "intelligence", "", "title:nationality")),
    ("North Korea's state media", None,
     info("North Korea's state media", "PRK", "institution", "media", "", "title:nationality")),
    ("KCNA", None, info("Korean Central News Agency", "PRK", "institution", "media", "", "registry:institution")),
    ("the state news agency KCNA", None,
     info("Korean Central News Agency", "PRK", "institution", "media", "", "registry:institution")),
    ("the Biden administration", None,
     info("Biden administration", "USA", "institution", "executive", "", "registry:institution")),
    ("the Kremlin", None, info("Kremlin", "RUS", "institution", "executive", "", "registry:institution")),
    ("the State Department", None,
     info("State Department", "USA", "institution", "foreign_ministry", "", "registry:institution")),
    ("the U.S.", None, info("United States", "USA", "state", "", "", "registry:place")),
    ("Washington", None, info("United States", "USA", "state", "", "", "registry:place")),
    ("Kiev", None, info("Ukraine", "UKR", "state", "", "", "registry:place")),
    ("the North", None, info("North Korea", "PRK", "state", "", "", "registry:place")),
    ("NATO", None, info("NATO", "NATO", "institution", "", "", "registry:place")),
    # speakers for no government
    ("analysts", None, info("analysts", "", "other", "", "", "nongov:analyst")),
    ("a professor at Kookmin University", None,
     info("professor at Kookmin University", "", "other", "", "", "nongov:analyst")),
    ("South Korean lawmakers", None, info("South Korean lawmakers", "", "other", "", "", "nongov:legislator")),
    ("TASS", None, info("TASS", "", "other", "media", "", "nongov:media")),
    ("former officials", None, info("former officials", "", "official", "", "", "nongov:former")),
]


# titled names, legislators, topics, state outlets and capitals as places of office
MORE_CASES = [
    ("European Commission President Ursula von der Leyen", "2025-03-01",
     info("Ursula von der Leyen", "EU", "person", "head_of_government", "f", "registry:person")),
    ("Commission President von der Leyen", "2025-03-01",
     info("Ursula von der Leyen", "EU", "person", "head_of_government", "f", "registry:person")),
    ("EU foreign policy chief Kaja Kallas", "2025-03-01",
     info("Kaja Kallas", "EU", "person", "foreign_minister", "f", "registry:person")),
    # lawmakers speak for no government, and keep their names
    ("Rep. Dana Whitcombe", None, info("Dana Whitcombe", "", "person", "", "", "nongov:legislator")),
    ("U.S. Sen. Arlo Pennick", None, info("Arlo Pennick", "", "person", "", "", "nongov:legislator")),
    ("Representative Dana Whitcombe", None, info("Dana Whitcombe", "", "person", "", "", "nongov:legislator")),
    ("Congresswoman Dana Whitcombe", None, info("Dana Whitcombe", "", "person", "", "f", "nongov:legislator")),
    ("Ukrainian lawmaker Petro Haidai", None, info("Petro Haidai", "", "person", "", "", "nongov:legislator")),
    ("analyst Mira Solberg", None, info("Mira Solberg", "", "person", "", "", "nongov:analyst")),
    # a title before a registered outlet's name, and a news-agency word after it
    ("the North's official Korean Central News Agency", None,
     info("Korean Central News Agency", "PRK", "institution", "media", "", "registry:institution")),
    ("the KCNA news agency", None,
     info("Korean Central News Agency", "PRK", "institution", "media", "", "registry:institution")),
    ("The North's state media", None,
     info("the North's state media", "PRK", "institution", "media", "", "title:nationality")),
    # a capital after "in" says whose body it is; people and embassies there may be foreign
    ("the foreign ministry in Beijing", None,
     info("foreign ministry in Beijing", "CHN", "institution", "foreign_ministry", "", "title:nationality")),
    ("the government in Kyiv", None, info("government in Kyiv", "UKR", "institution", "executive", "", "title:nationality")),
    ("diplomats in Beijing", None, info("diplomats", "", "official", "official", "", "title:generic")),
    ("the embassy in Moscow", None, info("embassy", "", "institution", "embassy", "", "title:generic")),
    ("the U.S. embassy in Seoul", None, info("U.S. embassy", "USA", "institution", "embassy", "", "title:nationality")),
]


@pytest.mark.parametrize("phrase, date, expected", MORE_CASES, ids=[f"{c[0]}@{c[1]}" for c in MORE_CASES])
def test_resolve_titles_legislators_outlets(registry, phrase, date, expected):
    assert registry.resolve(phrase, date=date) == expected


@pytest.mark.parametrize("phrase", ["the Ukraine conflict", "the Ukraine war", "the Korea issue",
                                    "the Russia-Ukraine front", "The North", "Trade Commission rules"])
def test_topics_and_bare_phrases_are_not_speakers(registry, phrase):
    assert registry.resolve(phrase) is None


@pytest.mark.parametrize("text, expected", [
    # a country before a topic noun is what is talked about; joined countries go with it
    ("Talks on the Ukraine war and the U.S.-China dispute stalled, Russia said.", [("Russia", "RUS")]),
    ("The Korea question and the Ukrainian front line came up.", []),
    # a topic word that begins a registered title is not a topic: the border guard speaks
    ("The Ukrainian Border Guard said so.", [("Ukrainian Border Guard", "UKR")]),
    ("Russia's war against Ukraine went on.", [("Russia", "RUS"), ("Ukraine", "UKR")]),
])
def test_find_mentions_skips_countries_as_topics(registry, text, expected):
    found = [(text[s:e], i.actor) for s, e, i in registry.find_mentions(text, date="2025-01-15")]
    assert found == expected


@pytest.mark.parametrize("phrase, date, expected", CASES, ids=[f"{c[0]}@{c[1]}" for c in CASES])
def test_resolve(registry, phrase, date, expected):
    assert registry.resolve(phrase, date=date) == expected


@pytest.mark.parametrize("phrase", ["the battle", "Kursk", "he", "", "the deployment of troops"])
def test_non_speakers_resolve_to_none(registry, phrase):
    assert registry.resolve(phrase) is None


def test_curly_apostrophes_are_the_same_as_straight(registry):
    assert registry.resolve("America\u2019s top diplomat") == registry.resolve("America's top diplomat")


# --------------------------------------------------------------------------- person()


def test_person_by_variant_and_surname(registry):
    assert registry.person("Tony Blinken", date="2024-11-13").speaker == "Antony Blinken"
    assert registry.person("zelensky").speaker == "Volodymyr Zelenskyy"
    assert registry.person("Kim") is None          # ambiguous surname: never guessed
    assert registry.person("Nobody Known") is None


# --------------------------------------------------------------------------- find_mentions


def test_find_mentions_offsets_and_longest_match(registry):
    text = ("On Wednesday, Kremlin spokesperson Dmitry Peskov said Moscow would not comment, while "
            "South Korea's main security agency told lawmakers that North Korean troops were fighting.")
    found = [(text[s:e], i.actor, i.kind) for s, e, i in registry.find_mentions(text, date="2024-11-13")]
    assert found == [
        ("Kremlin spokesperson Dmitry Peskov", "RUS", "person"),
        ("Moscow", "RUS", "state"),
        ("South Korea's main security agency", "KOR", "institution"),
        ("lawmakers", "", "other"),
        ("North Korean troops", "PRK", "institution"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Officials said the North Korean leader spoke.", [("Officials", ""), ("North Korean leader", "PRK")]),
    ("The North said so.", []),    # sentence-initial "The" is not "the North": left to the reader
    ("Then the North said so.", [("the North", "PRK")]),
    ("Ships in the South China Sea.", []),
    ("U.S.-led talks between Russia-North Korea partners", [("U.S.", "USA"), ("Russia", "RUS"), ("North Korea", "PRK")]),
    ("Reporters at the White House asked Blinken.", [("Reporters", ""), ("White House", "USA"), ("Blinken", "USA")]),
])
def test_find_mentions_boundaries(registry, text, expected):
    found = [(text[s:e], i.actor) for s, e, i in registry.find_mentions(text, date="2024-11-13")]
    assert found == expected


def test_find_mentions_on_the_seed_names_the_main_speakers(registry):
    from analysis.corpus import load_corpus

    doc = load_corpus(SEED).documents[0]
    found = {doc.norm[s:e]: i for s, e, i in registry.find_mentions(doc.norm, date=doc.date)}
    assert found["Secretary of State Antony Blinken"].actor == "USA"
    assert found["America's top diplomat"] == info("America's top diplomat", "USA", "official",
                                                   "foreign_minister", "", "title:nationality")
    assert found["former President Donald Trump"].actor == ""
    assert found["NATO Secretary General Mark Rutte"].actor == "NATO"
    assert found["Kremlin spokesperson Dmitry Peskov"].actor == "RUS"
    assert found["South Korea's main security agency"].actor == "KOR"
    assert found["U.N. Security Council"].actor == "UN"


def test_mention_chains_are_kept_for_a_bounded_number_of_texts(monkeypatch):
    """A registry keeps the chains of the texts it read last (phrases are resolved again and again), at
    most CHAIN_CACHE_SIZE of them, and answers as before from them."""
    import analysis.actors as actors

    monkeypatch.setattr(actors, "CHAIN_CACHE_SIZE", 2)
    fresh = Registry(actors._shipped_raw())
    texts = ["Kremlin spokesperson Dmitry Peskov said", "Seoul's spy agency said", "the U.S. State Department said"]
    first = [fresh.find_mentions(text, date="2024-11-01") for text in texts]
    assert len(fresh._chain_cache) == 1           # full at two texts: started afresh before the third
    assert [fresh.find_mentions(text, date="2024-11-01") for text in texts] == first
    assert [[(start, end, found.speaker, found.actor) for start, end, found in mentions] for mentions in first] == [
        [(0, 34, "Dmitry Peskov", "RUS")], [(0, 18, "Seoul's spy agency", "KOR")], [(4, 25, "State Department", "USA")]]


def test_the_shipped_registry_reads_alike_with_libyaml_and_pyyaml():
    import yaml

    import analysis.actors as actors
    from analysis import safe_yaml
    from analysis.shipped import resource_text

    text = resource_text("actors.yml")
    assert yaml.load(text, Loader=actors._ShippedLoader) == safe_yaml.load(text)  # as a user's file is read
    assert yaml.load("X: {from: 2024-01-02}", Loader=actors._ShippedLoader) == {"X": {"from": "2024-01-02"}}


# --------------------------------------------------------------------------- the shipped data


def test_main_actors_have_distinct_colours(registry):
    main = ["USA", "KOR", "PRK", "RUS", "CHN", "UKR", "JPN", "NATO", "EU", "UN", "GBR", "FRA", "DEU", "IRN"]
    palette = registry.palette()
    assert len({palette[code] for code in main}) == len(main)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", colour, re.IGNORECASE) for colour in palette.values())
    assert registry.actors["USA"] == Actor("USA", "United States", "state", "#0072B2")
    assert registry.actors["NATO"].kind == "organisation"


def test_shipped_registry_is_cached_and_read_only(registry):
    assert load_registry() is registry
    with pytest.raises(TypeError):
        registry.actors["XXX"] = Actor("XXX", "X", "state", "#000000")


# --------------------------------------------------------------------------- user files


def test_user_yaml_adds_an_actor_and_a_person(write):
    path = write("mine.yml", "MNG:\n  people:\n    - name: Batmunkh Battsetseg\n      variants: [Battsetseg]\n"
                             "      gender: f\n      roles: [{role: foreign_minister, from: 2022-01-01}]\n"
                             "FRD:\n  name: Freedonia\n  color: '#123456'\n  names: [Freedonia]\n  demonyms: [Freedonian]\n")
    mine = load_registry(path)
    assert mine.resolve("Battsetseg") == info("Batmunkh Battsetseg", "MNG", "person", "foreign_minister", "f",
                                             "registry:person")
    assert mine.resolve("a Freedonian official") == info("Freedonian official", "FRD", "official", "official", "",
                                                    "title:nationality")
    assert mine.actors["FRD"] == Actor("FRD", "Freedonia", "state", "#123456")
    assert "FRD" not in load_registry().actors          # the shipped registry is untouched


def test_the_hanoi_exercise_extension(write):
    path = write("vnm.yml", "VNM:\n  name: Vietnam\n  color: '#112233'\n  names: [Vietnam]\n  capitals: [Hanoi]\n"
                            "  people:\n    - name: Pham Thu Hang\n      variants: [Hang]\n      gender: f\n"
                            "      roles: [{role: spokesperson, title: Foreign Ministry Spokesperson}]\n")
    text = "Vietnam's Foreign Ministry spokeswoman Pham Thu Hang said Hanoi was watching. Hang added more."
    found = [(text[s:e], i.actor, i.speaker) for s, e, i in load_registry(path).find_mentions(text)]
    assert found == [("Vietnam's Foreign Ministry spokeswoman Pham Thu Hang", "VNM", "Pham Thu Hang"),
                     ("Hanoi", "VNM", "Vietnam"), ("Hang", "VNM", "Pham Thu Hang")]
    assert load_registry().resolve("Hang") is None


def test_user_dict_overrides_colour_and_replaces_a_person():
    mine = load_registry({"USA": {"color": "#000000",
                                  "people": [{"name": "Antony Blinken", "variants": ["Blinken"], "gender": "m",
                                              "roles": [{"role": "foreign_minister", "until": "2030-01-01"}]}]}})
    assert mine.palette()["USA"] == "#000000"
    assert mine.resolve("Blinken", date="2026-01-01").actor == "USA"
    assert load_registry().resolve("Blinken", date="2026-01-01").actor == ""


@pytest.mark.parametrize("content, problem", [
    ("USA:\n  colour: '#000000'\n", "actor USA: unknown key 'colour'; valid keys: name, kind, color"),
    ("XYZ:\n  names: [Xland]\n", "actor XYZ: missing 'name'"),
    ("USA:\n  color: red\n", "actor USA: bad colour 'red'"),
    ("USA:\n  people:\n    - name: A B\n      roles: [{role: official, from: 2024-13-01}]\n", "bad date"),
    ("USA:\n  people:\n    - name: A B\n      roles: [{role: official, from: 2025-01-01, until: 2024-01-01}]\n",
     "'from' 2025-01-01 is not before 'until' 2024-01-01"),
    ("USA:\n  people:\n    - name: A B\n      roles: [{role: boss}]\n", "unknown role 'boss'; valid roles: head_of_state"),
    ("USA:\n  people:\n    - variants: [X]\n", "a person needs a 'name'"),
    ("CAN:\n  people:\n    - name: Antony Blinken\n      roles: [{role: official, from: 2024-01-01}]\n",
     "listed under USA and CAN at the same time"),
])
def test_user_yaml_problems_name_the_file_and_the_problem(write, content, problem):
    path = write("bad.yml", content)
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_an_ambiguous_name_variant_is_an_error(write):
    path = write("clash.yml", "USA:\n  people:\n    - name: Jane Peskov\n      variants: [Peskov]\n")
    with pytest.raises(RegistryError, match="clash.yml: the name variant 'Peskov' is used by both"):
        load_registry(path)


def test_user_files_are_cached_until_they_change(write):
    path = write("cached.yml", "USA:\n  color: '#111111'\n")
    first = load_registry(path)
    assert load_registry(str(path)) is first
    path.write_text("USA:\n  color: '#222222'\n    \n", encoding="utf-8")
    assert load_registry(path).palette()["USA"] == "#222222"


def test_a_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(RegistryError, match="no-such.yml: cannot read"):
        load_registry(tmp_path / "no-such.yml")


def test_an_alias_bomb_in_a_user_file_is_refused_at_once(write):
    anchors = "".join(f"  - &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 9))
    path = write("bomb.yml", "XXA:\n  name: X\n  kind:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + anchors)
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    assert str(caught.value) == (f"{path}: refused YAML (line 8: aliases (*name) expand to more than 10,000 values "
                                 "(an alias bomb?))")


def test_a_name_too_long_for_a_pattern_is_named(write):
    path = write("long.yml", f"XXA:\n  name: X\n  kind: state\n  names: [{'A' * 1200}]\n")
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    assert str(caught.value) == (f"{path}: actor XXA: names: '{'A' * 40}'\u2026 is 1,200 characters long; a name or "
                                 "phrase may have at most 200")


def test_a_user_file_that_is_not_utf8_is_named(write):
    path = write("latin.yml", "BRA:\n  name: Brasil\n  capitals: [Bras\u00edlia]\n".encode("cp1252"))
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    assert str(caught.value) == f"{path}: not UTF-8 text (byte 0xed at position 37); save it as UTF-8"


# --------------------------------------------------------------------------- small helpers


def test_parse_date():
    assert parse_date("2024-11-13T09:00:00Z") == "2024-11-13"
    assert parse_date(None) is None
    with pytest.raises(ValueError, match="not an ISO date"):
        parse_date("13/11/2024")


def test_trie_pattern_prefers_the_longest_word():
    pattern = re.compile(trie_pattern(["U.N.", "U.N. Security Council", "UN"]))
    assert pattern.match("U.N. Security Council met").group() == "U.N. Security Council"
    assert pattern.match("U.N. said").group() == "U.N."


def test_merge_entries_does_not_change_its_arguments():
    base = {"USA": {"name": "United States", "names": ["US"]}}
    merged = merge_entries(base, {"USA": {"names": ["America"]}})
    assert merged["USA"]["names"] == ["US", "America"]
    assert base == {"USA": {"name": "United States", "names": ["US"]}}


# --------------------------------------------------------------------------- names and owners the registry lacks

@pytest.mark.parametrize("phrase, expected", [
    # a registered surname inside an unregistered name does not cut the name short ('Harris' is Kamala Harris's)
    ("State Department spokesman Tom Harris", info("Tom Harris", "USA", "person", "spokesperson", "m",
                                                   "title:institution")),
    ("Pentagon spokesman Paul Ortiz Harris", info("Paul Ortiz Harris", "USA", "person", "spokesperson", "m",
                                                  "title:institution")),
    # particles, hyphens, apostrophes and inner capitals stay in the name
    ("Foreign Minister Faisal bin Farhan", info("Faisal bin Farhan", "", "person", "foreign_minister", "",
                                                "title:generic")),
    ("Defence Minister Omar al-Haddad", info("Omar al-Haddad", "", "person", "defence_minister", "", "title:generic")),
    ("Interior Minister Maria de la Cruz", info("Maria de la Cruz", "", "person", "minister", "", "title:generic")),
    ("Foreign Minister Hans van der Berg", info("Hans van der Berg", "", "person", "foreign_minister", "",
                                                "title:generic")),
    ("spokeswoman Siobhan O'Neill", info("Siobhan O'Neill", "", "person", "spokesperson", "f", "title:generic")),
    ("spokesman Kevin McKenzie", info("Kevin McKenzie", "", "person", "spokesperson", "m", "title:generic")),
    ("spokeswoman Anne-Marie Duval", info("Anne-Marie Duval", "", "person", "spokesperson", "f", "title:generic")),
    # a word that is no name ends it
    ("spokesman Tom Harris On", info("Tom Harris", "", "person", "spokesperson", "m", "title:generic")),
    # must not change: registered people keep their registry entry
    ("Vice President Kamala Harris", info("Kamala Harris", "USA", "person", "official", "f", "registry:person")),
    ("Kremlin spokesman Dmitry Peskov", info("Dmitry Peskov", "RUS", "person", "spokesperson", "m",
                                             "registry:person")),
])
def test_unregistered_names_after_a_title_are_kept_whole(registry, phrase, expected):
    assert registry.resolve(phrase, date="2024-11-13") == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Freedonia's foreign minister", info("Freedonia's foreign minister", "", "official", "foreign_minister", "",
                                          "title:unregistered")),
    ("Acme Corp's spokesman", info("Acme Corp's spokesman", "", "official", "spokesperson", "m",
                                   "title:unregistered")),
    # adjectives ending in -an ('Dominican', 'Freedonian') are nationalities the registry lacks too
    ("Freedonian officials", info("Freedonian officials", "", "official", "official", "", "title:unregistered")),
    ("the Sylvanian foreign ministry", info("Sylvanian foreign ministry", "", "institution", "foreign_ministry", "",
                                            "title:unregistered")),
    # must not fire: a registered owner decides
    ("Russia's foreign minister", info("Russia's foreign minister", "RUS", "official", "foreign_minister", "",
                                       "title:nationality")),
])
def test_an_unregistered_owner_before_a_title_is_marked(registry, phrase, expected):
    assert registry.resolve(phrase, date="2024-11-13") == expected


def test_a_non_name_word_after_a_line_break_is_dropped_from_the_name(registry):
    text = "said spokesman Tom Harris\nOn Monday"
    assert [(text[s:e], i.speaker) for s, e, i in registry.find_mentions(text, date="2024-11-13")] == [
        ("spokesman Tom Harris", "Tom Harris")]
