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
