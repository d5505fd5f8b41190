"""Quotation marks: which marks pair into quotations, and what a stray or unclosed mark costs."""

from __future__ import annotations

import pytest

from analysis.attribution import quote_spans

from .helpers import rows


_LAVROV = ("We will hold every line until the spring", "Sergei Lavrov", "RUS", "direct", "said", "quote:quote-first")
_PESKOV = ("Nothing will change our course now", "Dmitry Peskov", "RUS", "direct", "said", "quote:quote-first")


@pytest.mark.parametrize("stray", [
    'The barrel was 152" long, engineers said.',          # an inch mark
    'Engineers called the barrel a "relic.',               # an opening mark never closed in its sentence
    'Engineers called the barrel a relic."',               # a closing mark never opened
])
def test_one_stray_quote_mark_costs_no_later_attribution(stray):
    text = (stray + ' "We will hold every line until the spring," Lavrov said.'
            ' "Nothing will change our course now," Peskov said.')
    assert rows(text)[-2:] == [_LAVROV, _PESKOV]


def test_an_inch_mark_is_no_quotation():
    assert quote_spans('A 152" barrel.', 0, 14) == []
    assert rows('Officials said the barrel was 152" long.') == [
        ('the barrel was 152" long', "Officials", "", "indirect", "said", "reported:speech")]
    # must not change: a quotation that ends in a number still closes
    assert rows('"The war will be over by 2026" Lavrov said.') == [
        ("The war will be over by 2026", "Sergei Lavrov", "RUS", "direct", "said", "quote:quote-first")]


def test_an_unclosed_mark_ends_where_the_next_quotation_opens():
    text = 'It was a "relic. "We hold," he said.'
    assert quote_spans(text, 0, len(text)) == [(9, 17, False), (17, 26, True)]
    # a closing mark that never comes: the quotation runs to the end of its paragraph
    assert quote_spans('He said "yes. And no', 0, 20) == [(8, 20, False)]


def test_unbalanced_quotes_do_not_crash_or_guess():
    assert quote_spans('He said "yes and no', 0, 19) == [(8, 19, False)]
    assert rows('Peskov said "the reports are false.') == [
        ('"the reports are false', "Dmitry Peskov", "RUS", "partial", "said", "reported:speech")]
    assert rows('He said "yes') == []
    assert rows('"') == []
    assert rows('"The war will end soon.\n"It will," she said.') == []  # nobody named: nothing guessed


def test_wire_archive_quote_marks_pair_as_quotation_marks():
    # two backticks open and two apostrophes close a quotation in older wire copy
    assert [(r[0], r[1], r[3]) for r in rows("``We will not back down on the border,'' Kirby said.")] == [
        ("We will not back down on the border", "John Kirby", "direct")]


def test_capitalised_transcript_labels_name_their_speakers():
    text = ("The debate went on.\nPENCE: We will not raise taxes on the middle class.\n"
            "KAINE: That is not what your plan says.\nUPDATE: The story was changed.")
    assert [(r[0], r[1], r[5]) for r in rows(text)] == [
        ("We will not raise taxes on the middle class", "Pence", "quote:transcript"),
        ("That is not what your plan says", "Kaine", "quote:transcript")]
    # one capitalised place opening an article is its dateline, not a speaker
    assert [r[1] for r in rows("BELGOROD: Drones hit a depot overnight, the governor said.")] == ["the governor"]
