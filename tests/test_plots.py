"""Charts: inspect what was drawn (bars, widths, colours, labels, messages)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.actors import load_registry  # noqa: E402
from analysis.summarize import keyness  # noqa: E402

TABLE = pd.DataFrame({
    "doc_id": ["d1", "d1", "d2", "d2", "d2"],
    "actor": ["USA", "USA", "USA", "RUS", ""],
    "stance": ["oppose", "oppose", "neutral", "evasive", "support"],
    "stance_score": [-0.8, -0.6, 0.0, 0.0, 0.4],
    "sentiment": [-0.5, -0.3, 0.1, 0.0, 0.2],
    "polarity": [-0.4, -0.2, 0.0, 0.0, 0.1],
    "vader_compound": [-0.6, -0.4, 0.2, 0.0, 0.3],
    "frames": ["escalation; security and defense", "escalation", "", "", "military operation"],
    "text": ["a dangerous escalation", "firm escalation response", "troops confirmed", "declined comment",
             "analysts troops"],
    "date": ["2024-11-01", "2024-11-01", "2024-11-13", "2024-11-13", "2024-11-13"],
})


@pytest.fixture
def ax():
    fig, axes = plt.subplots()
    yield axes
    plt.close(fig)


def test_stance_bars_have_share_widths_registry_names_and_colours(ax):
    returned = plots.plot_stance_by_actor(TABLE, ax=ax)
    assert returned is ax
    assert [t.get_text() for t in ax.get_yticklabels()] == ["United States", "Russia", "no government"]
    bars = {(round(p.get_y() + p.get_height() / 2), to_hex(p.get_facecolor())): round(p.get_width(), 4)
            for p in ax.patches}
    oppose, neutral = plots.STANCE_COLORS["oppose"].lower(), plots.STANCE_COLORS["neutral"].lower()
    assert bars[(0, oppose)] == 0.6667 and bars[(0, neutral)] == 0.3333
    usa_oppose = next(p for p in ax.patches if to_hex(p.get_facecolor()) == oppose and round(p.get_y() + 0.4) == 0)
    assert round(usa_oppose.get_x(), 4) == round(-0.6667 - 0.3333 / 2, 4)  # diverging: oppose left of centre
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["oppose", "neutral", "evasive", "support"]


def test_actor_means_points_use_registry_colours(ax):
    plots.plot_actor_means(TABLE, measure="stance", ax=ax)
    palette = load_registry().palette()
    colours = [to_hex(line.get_color()) for line in ax.lines if line.get_marker() == "o"]
    assert colours[:2] == [palette["USA"].lower(), palette["RUS"].lower()]
    assert "95% bootstrap interval" in ax.get_xlabel()
    with pytest.raises(ValueError, match="choose 'stance' or 'sentiment'"):
        plots.plot_actor_means(TABLE, measure="mood", ax=ax)


def test_frame_heatmap_values(ax):
    plots.plot_frame_heatmap(TABLE, ax=ax)
    mesh = ax.collections[0]
    values = np.asarray(mesh.get_array()).reshape(3, -1)
    columns = [t.get_text() for t in ax.get_xticklabels()]
    assert columns == ["escalation", "military operation", "security and defense"]
    assert values[0].round(4).tolist() == [0.6667, 0.0, 0.3333]  # USA: 2 of 3 use escalation
    assert [t.get_text() for t in ax.get_yticklabels()] == ["United States", "Russia", "no government"]


def test_stance_over_time_without_dates_says_so(ax):
    plots.plot_stance_over_time(TABLE.assign(date=""), ax=ax)
    assert [t.get_text() for t in ax.texts] == ["no dated documents"]


def test_stance_over_time_draws_one_line_per_actor(ax):
    plots.plot_stance_over_time(TABLE, ax=ax)
    labels = [line.get_label() for line in ax.lines if not line.get_label().startswith("_")]
    assert labels == ["United States", "Russia", "no government"]
    usa = next(line for line in ax.lines if line.get_label() == "United States")
    assert [round(v, 4) for v in usa.get_ydata()] == [-0.7, 0.0]


def test_sentiment_methods_has_three_methods(ax):
    plots.plot_sentiment_methods(TABLE, ax=ax)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["TextBlob", "VADER", "toolkit"]


def test_keyness_bars(ax):
    key = keyness(TABLE, min_count=1)
    plots.plot_keyness(key, group="USA", n=2, ax=ax)
    top = key[(key.group == "USA") & (key.direction == "over")].head(2)
    assert [round(p.get_width(), 4) for p in ax.patches] == top["g2"].tolist()
    assert [t.get_text() for t in ax.get_yticklabels()] == top["word"].tolist()


def test_utterance_points_are_placed_by_score_and_deterministic(ax):
    plots.plot_utterances(TABLE, ax=ax)
    offsets = np.concatenate([c.get_offsets() for c in ax.collections])
    assert sorted(offsets[:, 0].round(2).tolist()) == [-0.8, -0.6, 0.0, 0.0, 0.4]
    fig2, ax2 = plt.subplots()
    plots.plot_utterances(TABLE, ax=ax2)
    again = np.concatenate([c.get_offsets() for c in ax2.collections])
    plt.close(fig2)
    assert np.array_equal(offsets, again)


@pytest.mark.parametrize("draw", [plots.plot_stance_by_actor, plots.plot_utterances, plots.plot_frame_heatmap,
                                  plots.plot_sentiment_methods, plots.plot_actor_means])
def test_empty_input_draws_a_message(ax, draw):
    draw(TABLE.iloc[0:0], ax=ax)
    assert ax.texts and ax.texts[0].get_text() in ("nothing to plot", "no frames found")


def test_plots_draw_on_the_current_axes_and_leave_style_alone():
    before = dict(matplotlib.rcParams)
    fig = plt.figure()
    current = fig.add_subplot()
    assert plots.plot_stance_by_actor(TABLE) is current
    plt.close(fig)
    assert dict(matplotlib.rcParams) == before


# --------------------------------------------------------------------------- more of what is drawn

from analysis.summarize import by_actor  # noqa: E402

from .fixtures_utterances import naming_table, small_table, utterance_table  # noqa: E402

PALETTE = {code: colour.lower() for code, colour in load_registry().palette().items()}


def _tick_labels(axis) -> list[str]:
    return [t.get_text() for t in axis.get_ticklabels()]


def test_stance_bars_one_per_actor_and_stance_with_support_right_of_centre(ax):
    plots.plot_stance_by_actor(small_table(), ax=ax, order=["RUS", "USA", "unattributed", "CHN"])
    assert len(ax.patches) == 3 * 4  # CHN has no rows: left out
    assert _tick_labels(ax.yaxis) == ["Russia", "United States", "no government"]
    drawn = {(round(p.get_y() + p.get_height() / 2), to_hex(p.get_facecolor())): (round(p.get_x(), 4),
                                                                                 round(p.get_width(), 4))
             for p in ax.patches}
    support, evasive = plots.STANCE_COLORS["support"].lower(), plots.STANCE_COLORS["evasive"].lower()
    assert drawn[(0, support)] == (0.0, 1.0)  # Russia: all support, starting at zero
    assert drawn[(2, evasive)] == (-0.5, 1.0)  # unattributed: all evasive, centred on zero
    assert ax.get_title() and "oppose" in ax.get_xlabel()


def test_stance_bars_diverge_from_the_middle_of_the_undecided_share(ax):
    data = utterance_table(*({"doc_id": "a", "actor": "KOR", "stance": s}
                             for s in ["oppose", "neutral", "neutral", "evasive", "support", "support", "support",
                                       "support"]))
    plots.plot_stance_by_actor(data, ax=ax)
    spans = {to_hex(p.get_facecolor()): (round(p.get_x(), 4), round(p.get_x() + p.get_width(), 4))
             for p in ax.patches}
    colour = {stance: c.lower() for stance, c in plots.STANCE_COLORS.items()}
    # shares 1/8, 2/8, 1/8, 4/8; neutral + evasive = 3/8 straddles zero
    assert spans[colour["oppose"]] == (-0.3125, -0.1875)
    assert spans[colour["neutral"]] == (-0.1875, 0.0625)
    assert spans[colour["evasive"]] == (0.0625, 0.1875)
    assert spans[colour["support"]] == (0.1875, 0.6875)


def test_actor_means_from_a_summary_table_place_points_and_intervals(ax):
    summary = by_actor(small_table())
    plots.plot_actor_means(summary, measure="stance", ax=ax)
    assert _tick_labels(ax.yaxis) == ["United States", "Russia", "no government"]
    points = [line for line in ax.lines if line.get_marker() == "o"]
    assert [float(line.get_xdata()[0]) for line in points] == [-0.5, 0.5, 0.0]
    assert [to_hex(line.get_color()) for line in points] == [PALETTE["USA"], PALETTE["RUS"],
                                                             plots.UNATTRIBUTED_COLOR.lower()]
    usa_bar = ax.containers[0].lines[2][0].get_segments()[0]  # horizontal error bar of the first point
    assert usa_bar[:, 0].tolist() == [-0.75, 0.0]  # by_actor's interval for USA (documents resampled)
    assert ax.get_title() == "Mean stance per actor"


def test_actor_means_of_sentiment_from_utterances(ax):
    plots.plot_actor_means(small_table(), measure="sentiment", ax=ax, order=["RUS", "USA"])
    points = [line for line in ax.lines if line.get_marker() == "o"]
    assert [float(line.get_xdata()[0]) for line in points] == [0.2, 0.0]
    assert _tick_labels(ax.yaxis) == ["Russia", "United States"]


def test_unknown_actor_codes_are_grey_and_labelled_by_code(ax):
    data = utterance_table({"doc_id": "a", "actor": "XXA", "stance_score": -0.2})
    plots.plot_actor_means(data, ax=ax)
    assert _tick_labels(ax.yaxis) == ["XXA"]
    assert to_hex(ax.lines[0].get_color()) == plots.UNATTRIBUTED_COLOR.lower()


def _measure_lines(ax):
    """Per measure (legend order): the line of its points and the line of its interval bars."""
    names = [t.get_text() for t in ax.get_legend().get_texts()]
    points = [line for line in ax.lines if line.get_marker() == "o" and len(line.get_xdata())]
    bars = [line for line in ax.lines if line.get_marker() in (None, "None", "") and
            len(line.get_xdata()) and not np.isnan(np.asarray(line.get_xdata(), dtype=float)).all()]
    return {name: (point, [b for b in bars if b.get_color() == point.get_color()]) for name, point in zip(names, points)}


def test_sentiment_methods_points_are_the_per_actor_means(ax):
    plots.plot_sentiment_methods(small_table(), ax=ax)
    assert _tick_labels(ax.yaxis) == ["United States", "Russia", "no government"]
    by_method = {name: point for name, (point, _) in _measure_lines(ax).items()}
    assert list(by_method) == ["TextBlob", "VADER", "toolkit"]
    textblob = np.round(np.asarray(by_method["TextBlob"].get_xdata(), dtype=float), 4).tolist()
    assert textblob == [round(0.2 / 3, 4), 0.1, 0.0]
    assert np.round(np.asarray(by_method["VADER"].get_xdata(), dtype=float), 4).tolist() == [-0.2, 0.3, 0.1]
    assert np.round(np.asarray(by_method["toolkit"].get_xdata(), dtype=float), 4).tolist() == [0.0, 0.2, 0.1]
    assert to_hex(by_method["VADER"].get_color()) == plots.SENTIMENT_METHODS["vader_compound"][1].lower()
    rows = np.round(np.asarray(by_method["TextBlob"].get_ydata(), dtype=float), 2).tolist()
    assert rows == [-0.25, 0.75, 1.75]  # dodged within each actor's row


def test_sentiment_methods_intervals_resample_whole_documents(ax):
    plots.plot_sentiment_methods(small_table(), ax=ax)
    _, bars = _measure_lines(ax)["VADER"]
    usa = np.asarray(bars[0].get_xdata(), dtype=float)  # the first actor's bar: US values -0.6, -0.2 (a), 0.2 (b)
    # documents drawn: aa -> -0.4, ab -> -0.2, bb -> 0.2 (single utterances would reach -0.6)
    assert (round(float(np.nanmin(usa)), 4), round(float(np.nanmax(usa)), 4)) == (-0.4, 0.2)
    assert len(bars) == 1  # Russia and no government have one utterance each: no interval to draw


def test_frame_heatmap_keeps_frames_outside_the_taxonomy_and_counts(ax):
    plots.plot_frame_heatmap(small_table(), ax=ax, normalize="none")
    assert _tick_labels(ax.xaxis) == ["law", "security", "sovereignty"]  # not in frames.yml: alphabetical
    assert _tick_labels(ax.yaxis) == ["United States", "Russia", "no government"]
    values = np.asarray(ax.collections[0].get_array()).reshape(3, 3)
    assert values.tolist() == [[1, 2, 0], [0, 0, 1], [1, 0, 0]]
    assert [t.get_text() for t in ax.texts][:3] == ["1", "2", "0"]
    with pytest.raises(ValueError, match="choose 'actor' or 'none'"):
        plots.plot_frame_heatmap(small_table(), ax=ax, normalize="frame")


def test_frame_heatmap_without_frames_says_so(ax):
    plots.plot_frame_heatmap(small_table().assign(frames=""), ax=ax)
    assert [t.get_text() for t in ax.texts] == ["no frames found"]


def test_stance_over_time_weekly_means_and_undated_rows_counted(ax):
    data = small_table()
    data.loc[4, "date"] = ""
    plots.plot_stance_over_time(data, ax=ax, freq="W")
    usa = next(line for line in ax.lines if line.get_label() == "United States")
    assert [round(v, 4) for v in usa.get_ydata()] == [-0.75, 0.0]  # week of 4 Nov, week of 11 Nov
    assert to_hex(usa.get_color()) == PALETTE["USA"]
    assert "1 undated utterance(s) left out" in ax.get_xlabel()
    assert [line.get_label() for line in ax.lines if not line.get_label().startswith("_")] == [
        "United States", "Russia"]


def test_stance_over_time_without_a_date_column_says_so(ax):
    plots.plot_stance_over_time(small_table().drop(columns="date"), ax=ax)
    assert [t.get_text() for t in ax.texts] == ["no dated documents"]


def test_keyness_default_group_colour_and_missing_group(ax):
    key = pd.DataFrame({"group": ["RUS", "USA", "USA"], "word": ["treaty", "troops", "threat"],
                        "count_target": [3, 3, 2], "count_reference": [0, 1, 0], "g2": [4.1589, 6.0, 5.0],
                        "effect": [2.6, 1.6, 2.0], "direction": ["over", "over", "over"]})
    plots.plot_keyness(key, ax=ax)
    assert ax.get_title() == "Key words of United States"
    assert _tick_labels(ax.yaxis) == ["troops", "threat"]
    assert [round(p.get_width(), 4) for p in ax.patches] == [6.0, 5.0]
    assert {to_hex(p.get_facecolor()) for p in ax.patches} == {PALETTE["USA"]}
    fig2, ax2 = plt.subplots()
    plots.plot_keyness(key, group="CHN", ax=ax2)
    assert [t.get_text() for t in ax2.texts] == ["no over-used words for China"]
    plt.close(fig2)


def test_utterance_points_are_coloured_by_stance_on_their_actor_row(ax):
    plots.plot_utterances(small_table(), ax=ax)
    by_colour = {to_hex(c.get_facecolor()[0]): c.get_offsets() for c in ax.collections}
    oppose = by_colour[plots.STANCE_COLORS["oppose"].lower()]
    assert oppose[:, 0].tolist() == [-1.0, -0.5] and np.round(oppose[:, 1]).tolist() == [0, 0]
    support = by_colour[plots.STANCE_COLORS["support"].lower()]
    assert support[:, 0].tolist() == [0.5] and round(support[0, 1]) == 1  # Russia's row
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["oppose", "neutral", "evasive", "support"]


ALL_CHARTS = [plots.plot_stance_by_actor, plots.plot_actor_means, plots.plot_sentiment_methods,
              plots.plot_frame_heatmap, plots.plot_stance_over_time, plots.plot_utterances]


@pytest.mark.parametrize("draw", ALL_CHARTS + [plots.plot_keyness])
def test_a_table_without_rows_or_columns_draws_nothing_to_plot(ax, draw):
    assert draw(pd.DataFrame(), ax=ax) is ax
    assert [t.get_text() for t in ax.texts] == ["nothing to plot"]


@pytest.mark.parametrize("draw", ALL_CHARTS)
def test_charts_use_the_current_axes_never_show_or_save_and_keep_global_style(draw, monkeypatch):
    from matplotlib.figure import Figure

    def forbidden(*args, **kwargs):
        raise AssertionError("a chart function must not show or save")

    monkeypatch.setattr(plt, "show", forbidden)
    monkeypatch.setattr(Figure, "savefig", forbidden)
    before = dict(matplotlib.rcParams)
    fig = plt.figure()
    current = fig.add_subplot()
    try:
        assert draw(small_table()) is current
        assert current.get_title()
    finally:
        plt.close(fig)
    assert dict(matplotlib.rcParams) == before


def test_a_missing_column_is_named(ax):
    with pytest.raises(ValueError, match="no column.*'stance'"):
        plots.plot_utterances(small_table().drop(columns="stance"), ax=ax)


def test_charts_do_not_change_their_argument(ax):
    data = small_table()
    before = data.copy()
    for draw in ALL_CHARTS:
        draw(data, ax=ax)
        ax.clear()
    pd.testing.assert_frame_equal(data, before)


# --------------------------------------------------------------------------- custom actors
# An invented corpus: Brazil sends UN peacekeepers to Haiti; XYZ is a code no registry knows.

HAITI_ACTORS = ("BRA:\n  name: Brazil\n  kind: state\n  color: '#117733'\n  names: [Brazil]\n"
                "HTI:\n  name: Haiti\n  kind: state\n  color: '#882255'\n  names: [Haiti]\n")
HAITI = pd.DataFrame({
    "doc_id": ["h1", "h1", "h2", "h2"],
    "actor": ["BRA", "BRA", "HTI", "XYZ"],
    "stance": ["support", "support", "neutral", "oppose"],
    "stance_score": [1.0, 0.5, 0.0, -1.0],
    "sentiment": [0.4, 0.2, 0.1, -0.3],
    "polarity": [0.3, 0.1, 0.0, -0.2],
    "vader_compound": [0.5, 0.3, 0.1, -0.4],
    "frames": ["humanitarian", "humanitarian; security and defense", "humanitarian", ""],
    "text": ["peacekeepers peacekeepers peacekeepers Haiti", "peacekeepers ready", "Haiti welcomes help", "not yet"],
    "date": ["2025-03-04", "2025-03-11", "2025-03-04", "2025-03-11"],
})


def _labels(ax):
    legend = ax.get_legend()
    return ([t.get_text() for t in ax.get_yticklabels()] + [ax.get_title()]
            + ([t.get_text() for t in legend.get_texts()] if legend else []))


@pytest.mark.parametrize("chart", ["plot_stance_by_actor", "plot_actor_means", "plot_frame_heatmap",
                                   "plot_utterances", "plot_sentiment_methods", "plot_stance_over_time"])
def test_every_chart_names_custom_actors_from_the_users_file(write, chart):
    path = write("my_actors.yml", HAITI_ACTORS)
    for actors in (path, load_registry(path)):
        fig, ax = plt.subplots()
        getattr(plots, chart)(HAITI, ax=ax, actors=actors)
        labels = _labels(ax)
        plt.close(fig)
        assert "Brazil" in labels and "Haiti" in labels, labels
        assert "BRA" not in labels and "HTI" not in labels
    fig, ax = plt.subplots()
    getattr(plots, chart)(HAITI, ax=ax)  # default: the shipped registry, which knows Brazil but not XYZ
    assert "Brazil" in _labels(ax) and "XYZ" in _labels(ax)
    plt.close(fig)


def test_custom_actor_colours_and_the_grey_fallback(write, ax):
    path = write("my_actors.yml", HAITI_ACTORS)
    assert plots.actor_palette(["BRA", "HTI", "XYZ", "unattributed"], actors=path) == {
        "BRA": "#117733", "HTI": "#882255", "XYZ": plots.UNATTRIBUTED_COLOR, "unattributed": plots.UNATTRIBUTED_COLOR}
    shipped = load_registry().palette()["BRA"]   # the shipped registry has its own colour for Brazil
    assert shipped != "#117733"
    assert plots.actor_palette(["BRA", "XYZ"]) == {"BRA": shipped, "XYZ": plots.UNATTRIBUTED_COLOR}
    plots.plot_actor_means(HAITI, ax=ax, actors=path)
    drawn = {to_hex(line.get_color()) for line in ax.lines if line.get_marker() == "o"}
    assert drawn == {"#117733", "#882255", "#bbbbbb"}


def test_stance_over_time_lines_take_custom_colours(write, ax):
    path = write("my_actors.yml", HAITI_ACTORS)
    plots.plot_stance_over_time(HAITI, ax=ax, actors=path)
    colours = {line.get_label(): to_hex(line.get_color()) for line in ax.lines if line.get_label() in
               ("Brazil", "Haiti", "XYZ")}
    assert colours == {"Brazil": "#117733", "Haiti": "#882255", "XYZ": "#bbbbbb"}


def test_keyness_chart_names_and_colours_a_custom_actor(write, ax):
    path = write("my_actors.yml", HAITI_ACTORS)
    table = keyness(HAITI, min_count=1)
    assert "significant" in table.columns
    plots.plot_keyness(table, group="BRA", ax=ax, actors=path)
    assert ax.get_title() == "Key words of Brazil"
    assert {to_hex(bar.get_facecolor()) for bar in ax.patches} == {"#117733"}


# --------------------------------------------------------------------------- naming and the outlet's voice

NAMES = naming_table()

VOICE = utterance_table(
    {"doc_id": "l1", "source": "Ledger", "actor": "RUS", "cue_class": "distancing"},
    {"doc_id": "l1", "source": "Ledger", "actor": "RUS", "cue_class": "neutral", "outlet_hedges": "so-called"},
    {"doc_id": "l2", "source": "Ledger", "actor": "RUS", "cue_class": "neutral"},
    {"doc_id": "l2", "source": "Ledger", "actor": "USA", "cue_class": "endorsing"},
    {"doc_id": "w1", "source": "Wire", "actor": "RUS", "cue_class": "neutral"},
    {"doc_id": "w1", "source": "Wire", "actor": "RUS", "cue_class": "claimed", "outlet_hedges": "reportedly"},
    {"doc_id": "w1", "source": "", "actor": "", "cue_class": "loaded"},
)


def _cells(ax, rows):
    return np.round(np.ma.filled(np.ma.asarray(ax.collections[0].get_array(), dtype=float), np.nan)
                    .reshape(rows, -1), 4).tolist()


def test_naming_heatmap_rows_are_voices_and_columns_the_variants_in_the_files_order(ax):
    assert plots.plot_naming_heatmap(NAMES, category="war", ax=ax) is ax
    assert _tick_labels(ax.yaxis) == ["Russia (n=3)", "no government (n=1)", "outlet (narration) (n=2)"]
    assert _tick_labels(ax.xaxis) == ["war", "full-scale invasion", "special military operation", "conflict"]
    assert _cells(ax, 3) == [[0.3333, 0.0, 0.6667, 0.0], [0.0, 0.0, 0.0, 1.0], [0.5, 0.5, 0.0, 0.0]]
    assert [t.get_text() for t in ax.texts][:4] == ["33%", "0%", "67%", "0%"]


def test_naming_heatmap_of_a_category_without_mentions_says_so(ax):
    plots.plot_naming_heatmap(NAMES, category="kursk", ax=ax)
    assert [t.get_text() for t in ax.texts] == ["no mentions of 'kursk'"]


def test_distancing_matrix_is_outlet_by_actor_with_counts(ax):
    assert plots.plot_distancing(VOICE.assign(cue_class=VOICE["cue_class"].replace("claimed", "distancing")),
                                 ax=ax) is ax
    assert _tick_labels(ax.yaxis) == ["(no source)", "Ledger", "Wire"]
    assert _tick_labels(ax.xaxis) == ["Russia", "United States", "no government"]
    cells = _cells(ax, 3)
    assert [[None if np.isnan(v) else v for v in row] for row in cells] == [
        [None, None, 0.0], [0.6667, 0.0, None], [0.5, None, None]]
    assert [t.get_text() for t in ax.texts] == ["0%\nn=1", "67%\nn=3", "0%\nn=1", "50%\nn=2"]  # empty: not 0%


@pytest.mark.parametrize("draw, data, needed", [
    (lambda d, **k: plots.plot_naming_heatmap(d, category="war", **k), NAMES, "variant"),
    (plots.plot_distancing, VOICE, "cue_class")])
def test_naming_and_distancing_charts_keep_the_conventions(draw, data, needed, monkeypatch):
    from matplotlib.figure import Figure

    monkeypatch.setattr(plt, "show", lambda *a, **k: (_ for _ in ()).throw(AssertionError("no show")))
    monkeypatch.setattr(Figure, "savefig", lambda *a, **k: (_ for _ in ()).throw(AssertionError("no save")))
    before_style, before_data = dict(matplotlib.rcParams), data.copy()
    fig = plt.figure()
    current = fig.add_subplot()
    try:
        assert draw(data) is current and current.get_title()
        current.clear()
        assert draw(data.iloc[0:0]) is current
        assert [t.get_text() for t in current.texts] == ["nothing to plot"]
    finally:
        plt.close(fig)
    assert dict(matplotlib.rcParams) == before_style
    pd.testing.assert_frame_equal(data, before_data)
    with pytest.raises(ValueError, match=f"no column.*'{needed}'"):
        draw(data.drop(columns=needed))


def test_naming_and_distancing_charts_name_custom_actors(write, ax):
    path = write("my_actors.yml", HAITI_ACTORS)
    names = pd.DataFrame([("h1", "war", "speaker", "BRA", "conflict"), ("h1", "war", "outlet", "", "war")],
                         columns=["doc_id", "category", "voice", "actor", "variant"])
    plots.plot_naming_heatmap(names, category="war", ax=ax, actors=path)
    assert _tick_labels(ax.yaxis) == ["Brazil (n=1)", "outlet (narration) (n=1)"]
    ax.clear()
    plots.plot_distancing(HAITI.assign(cue_class="neutral", outlet_hedges="", source="Wire"), ax=ax, actors=path)
    assert _tick_labels(ax.xaxis) == ["Brazil", "Haiti", "XYZ"]
