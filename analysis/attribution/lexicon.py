"""The cue lexicon and the word lists the rules read, loaded once from ``resources/``.

``speech_verbs.yml`` holds the cue verbs by class (speech, attitude, silence, passive) and
``attribution_words.yml`` the other word lists (nouns for people, documents, organisations ...).
Rules never spell a word list inline: they read it here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..actors import NOT_NAME_WORDS, trie_pattern


def _resource(name: str) -> dict:
    return yaml.safe_load(resources.files("analysis").joinpath("resources", name).read_text("utf-8"))


@lru_cache(maxsize=1)
def _raw_lexicon() -> dict:
    return _resource("speech_verbs.yml")


@lru_cache(maxsize=1)
def words() -> dict[str, tuple[str, ...]]:
    """Every list of ``attribution_words.yml`` by name, in the order written."""
    return {name: tuple(entries) for name, entries in _resource("attribution_words.yml").items()}


def word_set(name: str) -> frozenset[str]:
    """A list of ``attribution_words.yml`` as a set (for membership tests)."""
    return frozenset(words()[name])


def alternation(name: str) -> str:
    """A list of ``attribution_words.yml`` as a regex alternation ``(?:a|b|…)``, in the order written:
    plain words are escaped, entries written as patterns ('Corp\\.?', 'organi[sz]ation') are kept."""
    return "(?:" + "|".join(entry if re.search(r"[\\\[\]?]", entry) else re.escape(entry).replace(r"\ ", " ")
                            for entry in words()[name]) + ")"


@lru_cache(maxsize=1)
def not_person_words() -> frozenset[str]:
    """Capitalised words that are no part of a personal name: the list here and the registry's own."""
    return NOT_NAME_WORDS | word_set("not_person_words")


CUE_CLASSES = ("speech", "attitude", "silence", "passive")
#: A negation written out and contracted: 'did not respond' is also read as "didn't respond".
CONTRACTIONS = {"did not": "didn't", "does not": "doesn't", "do not": "don't", "has not": "hasn't",
                "have not": "haven't", "had not": "hadn't", "would not": "wouldn't", "could not": "couldn't",
                "is not": "isn't", "are not": "aren't", "was not": "wasn't", "were not": "weren't", "cannot": "can't"}


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) -> (class, lemma); class is speech, attitude, silence or passive."""
    lexicon = {}
    for kind in CUE_CLASSES:
        for lemma, forms in _raw_lexicon()[kind].items():
            for form in forms:
                for written in _with_contractions(form.lower()):
                    lexicon[written] = (kind, lemma)
    return lexicon


#: Adverbs that may stand inside a negated cue: 'did not explicitly confirm', 'has not publicly commented'.
NEGATION_ADVERBS = ("officially", "publicly", "explicitly", "immediately", "directly", "yet", "formally")


def _with_contractions(form: str) -> list[str]:
    """``form`` and, when it opens with a negation ('did not …'), its contracted spelling ("didn't …") and its
    spellings with an adverb after the negation ('did not officially confirm')."""
    for full, short in CONTRACTIONS.items():
        if form.startswith(full + " "):
            rest = form[len(full):]
            spellings = [form, short + rest]
            if not rest.split()[0] in NEGATION_ADVERBS:
                spellings += [f"{negation} {adverb}{rest}" for negation in (full, short) for adverb in NEGATION_ADVERBS]
            return spellings
        if form == full:
            return [form, short]
    return [form]


@lru_cache(maxsize=1)
def evidence_lemmas() -> frozenset[str]:
    """Lemmas of evidence ('found', 'show'): cues only before a that-clause or after a document or data noun."""
    return frozenset(_raw_lexicon().get("evidence", []))


@lru_cache(maxsize=1)
def document_only_lemmas() -> frozenset[str]:
    """Lemmas that are cues only after a document noun ('the tweet read')."""
    return frozenset(_raw_lexicon().get("document_only", []))


@lru_cache(maxsize=1)
def noun_like_forms() -> frozenset[str]:
    """Forms that are cues only when no article, possessive or preposition precedes them."""
    return frozenset(form.lower() for form in _raw_lexicon().get("noun_like", []))


@lru_cache(maxsize=1)
def that_only_forms() -> frozenset[str]:
    """Forms that are cues only before a that-clause ('media report that ...', not 'a UN report said')."""
    return frozenset(form.lower() for form in _raw_lexicon().get("that_only", []))


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    """Every cue form, as a character trie (longest form first): far faster than "a|b|c" over hundreds of forms."""
    return re.compile(r"(?<![\w'-])(?:" + trie_pattern(verb_lexicon()) + r")(?![\w-])", re.IGNORECASE)
