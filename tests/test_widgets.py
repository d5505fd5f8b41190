"""Widgets for JupyterLab: the utterance explorer filters and highlights; the annotator labels, saves,
reloads and compares with the toolkit by Cohen's kappa; the static form of the explorer is script-free."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.agreement import cohen_kappa
from analysis.corpus import make_document
from analysis.report import check_static
from analysis.widgets import (ALL, Annotator, UtteranceExplorer, context_span, explore_utterances, find_cue,
                              highlight, read_labels, utterance_html)

from .conftest import ROOT
from .fixtures_utterances import utterance_table

TEXT = ('Officials met on Monday. "We condemn the deployment," the spokesman said. '
        "Moscow declined to comment on the <b>report</b>.")
DOC = make_document("d1", TEXT)
QUOTE = "We condemn the deployment,"
SILENCE = "declined to comment on the <b>report</b>"


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def table() -> pd.DataFrame:
    return utterance_table(
        {"doc_id": "d1", "start": span(QUOTE)[0], "end": span(QUOTE)[1], "text": QUOTE, "speaker": "the spokesman",
         "actor": "USA", "mode": "direct", "cue": "said", "stance": "oppose"},
        {"doc_id": "d1", "start": span(SILENCE)[0], "end": span(SILENCE)[1], "text": SILENCE, "speaker": "Moscow",
         "actor": "RUS", "mode": "silence", "cue": "declined to comment", "stance": "evasive"},
    )


def test_the_utterance_is_shown_in_its_sentence_with_the_cue_outside_it_in_bold():
    start, end = span(QUOTE)
    within = context_span(DOC, start, end)
    assert TEXT[within[0]:within[1]] == '"We condemn the deployment," the spokesman said.'
    cue = find_cue(TEXT, "said", start=start, end=end, within=within)
    assert TEXT[cue[0]:cue[1]] == "said"
    assert highlight(TEXT, within=within, utterance=(start, end), cue=cue) == (
        "&quot;<mark>We condemn the deployment,</mark>&quot; the spokesman <strong>said</strong>.")


def test_a_cue_inside_the_utterance_is_found_when_there_is_no_other():
    start, end = span(SILENCE)
    within = context_span(DOC, start, end)
    cue = find_cue(TEXT, "declined to comment", start=start, end=end, within=within)
    assert TEXT[cue[0]:cue[1]] == "declined to comment"
    assert find_cue(TEXT, "warned", start=start, end=end, within=within) is None


def test_article_markup_is_escaped_in_the_highlighted_sentence():
    shown = utterance_html(table().iloc[1].to_dict(), DOC)
    assert "<mark><strong>declined to comment</strong></mark><mark> on the &lt;b&gt;report&lt;/b&gt;</mark>" in shown
    assert "<b>" not in shown
    assert "d1 · Moscow (Russia) · silence · cue: declined to comment · stance: evasive" in shown


def test_explorer_filters_by_actor_mode_and_stance():
    explorer = UtteranceExplorer(table(), [DOC])
    assert explorer.count.value == "<p>2 of 2 utterances</p>"
    assert [label for label, _ in explorer.actor.options] == [ALL, "Russia", "United States"]
    assert [value for _, value in explorer.mode.options] == [ALL, "direct", "silence"]
    explorer.actor.value = "RUS"
    assert explorer.count.value == "<p>1 of 2 utterances</p>"
    assert "declined to comment" in explorer.view.value and "condemn" not in explorer.view.value
    explorer.mode.value = "direct"
    assert explorer.selected().empty and "No utterance matches these filters" in explorer.view.value
    explorer.actor.value, explorer.stance.value = ALL, "oppose"
    assert explorer.selected()["text"].tolist() == [QUOTE]
    assert "<strong>said</strong>" in explorer.view.value


def test_explorer_shows_at_most_limit_utterances_and_counts_the_rest():
    explorer = UtteranceExplorer(table(), [DOC], limit=1)
    assert explorer.view.value.count('<div class="utterance">') == 1
    assert "… and 1 more utterance(s)" in explorer.view.value
    with pytest.raises(ValueError, match="limit must be at least 1"):
        UtteranceExplorer(table(), [DOC], limit=0)


def test_explorer_without_the_corpus_marks_the_utterance_words_alone():
    explorer = UtteranceExplorer(table())
    assert "<mark>We condemn the deployment,</mark>" in explorer.view.value


def test_explorer_is_a_widget_in_lab_and_static_html_in_a_report():
    bundle = UtteranceExplorer(table(), [DOC])._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    static = explore_utterances(table(), [DOC], interactive=False).data
    assert static.startswith("<p><em>A static view: open this notebook in JupyterLab")
    assert static.count('<div class="utterance">') == 2
    check_static(static, ROOT / "explorer.html")  # no script, no event handler
    assert static == explore_utterances(table(), [DOC], interactive=False).data


def test_annotator_labels_saves_reloads_and_compares_with_the_toolkit(tmp_path):
    path = tmp_path / "my_labels.csv"
    annotator = Annotator(table(), path=path)
    assert annotator.labels() == [None, None] and annotator.position == 0
    assert "stance" not in annotator.text.value and QUOTE in annotator.text.value  # the toolkit's label is hidden
    annotator.label("neutral")  # as a click on the button
    assert annotator.position == 1 and path.exists()
    annotator.choice.value = "evasive"
    annotator.previous_button.click()
    assert annotator.position == 0 and annotator.choice.value == "neutral"
    annotator.label("oppose")  # a changed mind replaces the label
    assert path.read_text(encoding="utf-8") == (
        "doc_id,utt_id,text,label\n"
        'd1,0,"We condemn the deployment,",oppose\n'
        "d1,1,declined to comment on the <b>report</b>,evasive\n")
    again = Annotator(table(), path=path)
    assert again.labels() == ["oppose", "evasive"]
    assert "2 of 2 labelled" in again.status.value
    comparison = again.compare()
    assert (comparison.labelled, comparison.kappa, comparison.agreement) == (2, 1.0, 1.0)
    assert comparison.confusion.loc["oppose", "oppose"] == 1 and comparison.confusion.loc["evasive", "oppose"] == 0


def test_annotator_kappa_is_cohens_kappa_over_the_labelled_rows(tmp_path):
    rows = table()
    rows = pd.concat([rows, rows.assign(utt_id=[2, 3])], ignore_index=True)
    annotator = Annotator(rows, path=tmp_path / "labels.csv")
    for label in ["oppose", "neutral", "neutral"]:
        annotator.label(label)
    comparison = annotator.compare()
    assert comparison.labelled == 3 and comparison.total == 4
    assert comparison.kappa == cohen_kappa(["oppose", "neutral", "neutral"], ["oppose", "evasive", "oppose"])
    assert str(comparison).startswith("3 of 4 utterances labelled: observed agreement 33%")
    assert str(Annotator(table(), path=tmp_path / "new.csv").compare()) == "No utterance labelled yet (0 of 2)."


def test_a_labels_file_from_another_sample_or_with_a_bad_label_is_named(write):
    other = write("other.csv", "doc_id,utt_id,text,label\nd9,0,Something else,oppose\n")
    with pytest.raises(ValueError, match=r"other.csv: line 2 labels utterance 0 of 'd9', which is not in this sample"):
        Annotator(table(), path=other)
    bad = write("bad.csv", "doc_id,utt_id,text,label\nd1,0,x,against\n")
    with pytest.raises(ValueError, match=r"bad.csv: line 2: 'against' is not one of oppose, neutral, evasive"):
        read_labels(bad, table())
    with pytest.raises(ValueError, match=r"notes.csv: not a labels file, it lacks the column\(s\) utt_id, label"):
        read_labels(write("notes.csv", "doc_id,text\nd1,x\n"), table())
    with pytest.raises(ValueError, match="'maybe' is not one of"):
        Annotator(table(), path=write("ok.csv", "doc_id,utt_id,text,label\n")).label("maybe")
