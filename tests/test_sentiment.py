"""Sentence sentiment: the two libraries as they are, and the toolkit's news corrections."""

from __future__ import annotations

import sys

import pytest

from analysis.sentiment import (METHOD, SentimentResult, boosted, negated, normalise, score_sentiment,
                                valences, word_valence, words)


def test_method_names_libraries_and_rules():
    assert METHOD == "textblob-0.20.1+vaderSentiment-3.3.2+news-5"


def test_negation_fixes_what_textblob_gets_wrong():
    assert score_sentiment("It isn't a bad idea.") == SentimentResult(-0.7, 0.6667, 0.431, 0.2983)
    assert score_sentiment("It is not a bad idea.").sentiment == 0.2983
    assert score_sentiment("It is a bad idea.").sentiment == -0.53
    assert valences(words("not bad at all")) == [0.0, -0.625 * -0.5, 0.0, 0.0]


def test_not_just_keeps_the_threat_where_vader_flips_it():
    result = score_sentiment("This is not just a threat to Ukraine.")
    assert result.vader_compound == 0.4168
    assert result.sentiment == score_sentiment("This is a threat to Ukraine.").sentiment == -0.4472


def test_war_vocabulary_in_a_factual_sentence_is_neutral():
    assert score_sentiment("North Korean forces were engaged in combat against Ukrainian troops.") == \
        SentimentResult(0.0, 0.0, 0.0772, 0.0)
    result = score_sentiment("The United States confirmed the troops moved to Kursk.")
    assert (result.polarity, result.vader_compound, result.sentiment) == (0.4, 0.4215, 0.0)


def test_words_and_phrases_missing_from_both_lexicons_count():
    assert score_sentiment("The deployment is a destabilizing provocation.") == SentimentResult(0.0, 0.0, 0.0, -0.7682)
    assert score_sentiment("Putin uses them as cannon fodder.") == SentimentResult(0.0, 0.0, 0.0, -0.5145)


def test_evaluative_language_keeps_its_sign_and_boosters_strengthen():
    assert score_sentiment("We strongly condemn this reckless and illegal deployment.").sentiment == -0.8926
    assert score_sentiment("The soldiers are heroes of friendship.").sentiment == 0.7071
    assert boosted(["strongly", "condemn"], 1) and not boosted(["we", "condemn"], 1)


def test_lexicon_order_news_then_vader_then_textblob():
    assert word_valence("heroic") == 0.6        # added for news
    assert word_valence("troops") == 0.0        # topic word, neutral in news
    assert word_valence("bad") == -0.625        # VADER -2.5 / 4
    assert word_valence("cynical") == -0.5      # added; TextBlob alone would give -0.6
    assert word_valence("isn't") == 0.0         # negators are a rule


def test_negation_scope():
    tokens = words("It is not, as they say, bad")
    assert not negated(tokens, tokens.index("bad"))
    assert negated(words("not a bad idea"), 2)
    assert not negated(words("not only bad"), 2)
    assert words("They’re cannon  fodder") == ["they're", "cannon_fodder"]


def test_normalise():
    assert normalise(0.0) == 0.0
    assert normalise(1.0) == pytest.approx(0.7071, abs=1e-4)
    assert -1 < normalise(-50.0) < -0.99


def test_no_corpus_lookup_or_download(monkeypatch):
    import nltk.data

    def refuse(*args, **kwargs):
        raise AssertionError("an NLTK corpus was looked up")

    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    assert score_sentiment("A new test sentence, never scored before, about peace.").sentiment > 0
    assert "textblob.download_corpora" not in sys.modules


def test_news_3_treaty_names_are_neutral_and_threats_of_a_price_negative():
    # VADER reads 'partnership agreement' as good news; in this coverage it names a treaty.
    text = "The senators ratified the partnership agreement with Pyongyang."
    assert score_sentiment(text).vader_compound == 0.5859
    assert valences(words(text)) == [0.0, 0.0, 0.15, 0.0, 0.0, 0.0, 0.0, 0.0]  # only 'ratified' leans
    assert score_sentiment("Anyone who attacks our allies will pay dearly.").sentiment == -0.4472
    assert score_sentiment("The regime will not pay a heavy price for this.").sentiment > 0


def test_news_4_a_flagrant_breach_is_negative():
    # Both lexicons give 'flagrant' and 'breach' nothing; in this coverage they condemn.
    text = "Their shipment of shells is a flagrant breach of the arms embargo."
    assert score_sentiment(text).vader_compound == 0.0
    assert score_sentiment(text).sentiment < -0.5
    assert score_sentiment("The ferry crossed the breach in the sea wall.").sentiment < 0  # a word, not a context


def test_news_4_verbs_of_avoidance_negate_what_they_avoid():
    assert negated(words("we must avoid a wider escalation"), 5)
    assert score_sentiment("Both capitals should avoid any escalation.").sentiment > 0
    assert score_sentiment("They urged everyone to refrain from escalation.").sentiment > 0
    assert score_sentiment("Only talks can prevent a dangerous escalation.").sentiment > 0
    # out of scope (more than three words back, or across a clause break) nothing is negated
    assert score_sentiment("Avoid the capital, where the escalation began.").sentiment < 0
    # 'stop' is not a negator: stopping help is not praise
    assert score_sentiment("They must stop the escalation.").sentiment < 0


def test_faint_textblob_polarities_are_descriptive_words_of_news():
    # news-5: a word only TextBlob scores counts 0 at a polarity of 0.2 or less either way
    for word in ("young", "directly", "very", "whole"):
        assert word_valence(word) == 0.0, word
    assert score_sentiment("Young engineers went directly to the whole district.").sentiment == 0.0
    # stronger TextBlob-only polarities still count, and VADER's words are untouched
    assert word_valence("blatant") == -0.5 and word_valence("bleak") == -1.0
    assert score_sentiment("It was a blatant grab for land.").sentiment < -0.3
    assert word_valence("calm") == 0.325


# An utterance without punctuation can run for pages; every scorer reads only its first 2,000 characters.
LONG_START = "Officials said the troops threaten peace and security in the region and condemned the deployment "
LONG = LONG_START + "and they met again and again " * 80 + " sanctions on the economy and trade were praised as a great success"


def test_a_long_text_is_scored_on_its_first_2000_characters(monkeypatch):
    from analysis import sentiment

    pattern, vader = sentiment._analyzers()
    seen = []
    real = vader.polarity_scores
    monkeypatch.setattr(vader, "polarity_scores", lambda text: seen.append(len(text)) or real(text))
    assert score_sentiment(LONG) == SentimentResult(polarity=0.0, subjectivity=0.0, vader_compound=0.1027,
                                                    sentiment=-0.5145)
    assert seen == [2000]  # a space falls at 2,000: the cut is there, after a whole word
