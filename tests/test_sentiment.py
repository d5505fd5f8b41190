"""Sentence sentiment: the two libraries as they are, and the toolkit's news corrections."""

from __future__ import annotations

from analysis.sentiment import METHOD, news_score, score_sentiment, valences, words


def test_method_names_libraries_and_rules():
    assert METHOD.startswith("textblob-") and "+vaderSentiment-" in METHOD and METHOD.endswith("+news-1")


def test_negation_fixes_what_textblob_gets_wrong():
    result = score_sentiment("It isn't a bad idea.")
    assert result.polarity == -0.7          # TextBlob reads "bad"
    assert result.sentiment == 0.1544       # the toolkit flips and dampens it
    assert valences(words("not bad at all")) == [0.0, -0.625 * -0.5, 0.0, 0.0]


def test_war_vocabulary_in_a_factual_sentence_is_neutral():
    result = score_sentiment("North Korean forces were engaged in combat against Ukrainian troops.")
    assert result.vader_compound == 0.0772
    assert result.sentiment == 0.0


def test_words_missing_from_both_lexicons_count():
    result = score_sentiment("The deployment is a destabilizing provocation.")
    assert result.polarity == 0.0 and result.vader_compound == 0.0
    assert result.sentiment == -0.5145


def test_evaluative_language_keeps_its_sign():
    assert score_sentiment("We condemn this reckless and illegal deployment.").sentiment == -0.669
    assert score_sentiment("The soldiers are heroes of friendship.").sentiment == 0.4472


def test_textblob_fills_in_only_where_the_news_lexicon_is_silent():
    assert news_score("The meeting was held in a large hall.") == 0.0
    assert score_sentiment("The meeting was held in a large hall.").sentiment == \
        round(0.5 * score_sentiment("The meeting was held in a large hall.").polarity, 4)
