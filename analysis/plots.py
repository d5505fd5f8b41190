"""Seaborn charts of the utterance table, one function per chart (quanteda's ``textplot_*``).

Each function takes long-form data and column names, draws on ``ax`` (or the current Axes),
returns the Axes, never shows or saves a figure and never changes global style. Actors get the
registry's stable, colour-blind-safe colours (grey for "no government" and for codes the registry
does not know) and are labelled by display name, not code. Every chart takes ``actors=``: the same
user actor file (or loaded registry) given to ``analyze``, so custom actors keep their names and
colours. Empty input draws a short message
("nothing to plot") on the Axes instead of raising; a missing column raises a ``ValueError``
naming it.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from .schema import STANCES, UNATTRIBUTED
from .summarize import (G2_CRITICAL, actor_name, actor_registry, by_actor, mean_and_interval,
                        naming_shares, parse_dates, require_columns, split_list, voice_by_actor, with_actor_labels)

#: Colour of "no government" and of actor codes the registry does not know (Paul Tol's grey).
UNATTRIBUTED_COLOR = "#BBBBBB"
#: Diverging stance colours (ColorBrewer RdBu, colour-blind safe); evasive is a neutral grey-purple.
STANCE_COLORS = {"oppose": "#B2182B", "neutral": "#D9D9D9", "evasive": "#9E9AC8", "support": "#2166AC"}
#: The three sentiment measures compared: column -> (label, Okabe-Ito colour).
SENTIMENT_METHODS = {"polarity": ("TextBlob", "#E69F00"), "vader_compound": ("VADER", "#56B4E9"),
                     "sentiment": ("toolkit", "#009E73")}
NOTHING = "nothing to plot"


def _registry(actors=None):
    """The registry of :func:`~analysis.summarize.actor_registry`; ``None`` when the actors stage is missing."""
    try:
        return actor_registry(actors)
    except ImportError:  # the registry is another stage; charts still draw, in grey, labelled by code
        return None


def actor_palette(codes, *, actors=None) -> dict[str, str]:
    """Colour per actor code from the registry (with a user's ``actors`` file or registry, its
    actors' colours too); grey for 'unattributed' and for codes the registry does not know."""
    registry = _registry(actors)
    palette = registry.palette() if registry is not None else {}
    return {code: palette.get(code, UNATTRIBUTED_COLOR) for code in codes}


def actor_label(code: str, *, actors=None) -> str:
    """Display name of an actor code ("no government" for unattributed rows; the code when unknown)."""
    registry = _registry(actors)
    if registry is None:
        return code
    return actor_name(code, actors=registry)


def _message(ax, message: str = NOTHING):
    """Write ``message`` in the middle of an otherwise empty Axes and return it."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _order(data: pd.DataFrame, order) -> list[str]:
    """Actor codes to show: ``order`` (those present), else most utterances first, unattributed last."""
    return _order_counted(data["actor"].value_counts(), order)


def _order_counted(counts: pd.Series, order) -> list[str]:
    """Actor codes of ``counts`` (code -> rows): ``order`` (those present), else most first, unattributed last."""
    if order is not None:
        return [code for code in order if code in counts.index]
    return sorted(counts.index, key=lambda code: (code == UNATTRIBUTED, -counts[code], code))


def _slanted_columns(ax, degrees: int = 60) -> None:
    """Column labels at an angle, right-aligned under their column, for long labels; row labels level."""
    ax.tick_params(axis="x", labelrotation=degrees)
    ax.tick_params(axis="y", labelrotation=0)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")


def _chart(ax, actors, data: pd.DataFrame, columns: list[str], chart: str):
    """The opening every chart shares: the Axes to draw on, the registry read once, and whether there is
    anything to draw (an empty table gets the 'nothing to plot' message; a missing column a ValueError)."""
    ax = ax or plt.gca()
    registry = _registry(actors)
    if data.empty:
        _message(ax)
        return ax, registry, False
    if columns:
        require_columns(data, columns, chart)
    return ax, registry, True


def _actor_ticks(ax, codes: list[str], *, actors=None) -> None:
    ax.set_yticks(np.arange(len(codes)), [actor_label(code, actors=actors) for code in codes])
    ax.set_ylim(len(codes) - 0.5, -0.5)  # first actor on top
    ax.set_ylabel("")


def plot_stance_by_actor(utterances: pd.DataFrame, *, ax=None, order=None, actors=None):
    """Diverging stacked bars of stance shares per actor.

    Oppose extends left of zero, neutral and evasive straddle it, support extends right, so the
    bars line up on the middle of the undecided share. One bar per actor and stance; bar widths are
    the shares of the actor's utterances.
    """
    ax, actors, ready = _chart(ax, actors, utterances, ["actor", "stance"], "plot_stance_by_actor")
    if not ready:
        return ax
    data = with_actor_labels(utterances)
    codes = _order(data, order)
    shares = (data.groupby("actor")["stance"].value_counts().unstack(fill_value=0)
              .reindex(index=codes, columns=list(STANCES), fill_value=0)
              .div(data["actor"].value_counts().reindex(codes), axis=0))
    y = np.arange(len(codes))
    middle = shares["neutral"] + shares["evasive"]
    lefts = {"oppose": -shares["oppose"] - middle / 2, "neutral": -middle / 2,
             "evasive": -middle / 2 + shares["neutral"], "support": middle / 2}
    for stance in STANCES:
        ax.barh(y, shares[stance], left=lefts[stance], color=STANCE_COLORS[stance], label=stance,
                edgecolor="white", linewidth=0.5)
    ax.axvline(0, color="0.3", linewidth=0.8)
    _actor_ticks(ax, codes, actors=actors)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("share of the actor's utterances  (\u2190 oppose \u00b7 support \u2192)")
    ax.set_title("Stance toward the event, by actor")
    ax.legend(ncols=4, loc="lower center", bbox_to_anchor=(0.5, 1.08), frameon=False, fontsize="small")
    return ax


def plot_actor_means(data: pd.DataFrame, *, measure: str = "stance", ax=None, order=None, actors=None):
    """Mean stance score (or sentiment) per actor, a point with its 95% bootstrap interval.

    ``data`` is a :func:`~analysis.summarize.by_actor` table or an utterance table (summarised here
    with ``by_actor``'s defaults). Points take the actor's registry colour. The intervals drawn are
    ``by_actor``'s, the numbers of the table shown beside the chart, so they are drawn here rather
    than recomputed by seaborn.
    """
    if measure not in ("stance", "sentiment"):
        raise ValueError(f"unknown measure {measure!r}; choose 'stance' or 'sentiment'")
    ax, actors, ready = _chart(ax, actors, data, [], "plot_actor_means")
    if not ready:
        return ax
    summary = data if f"{measure}_mean" in data.columns else by_actor(data, actors=actors)
    summary = summary.dropna(subset=[f"{measure}_mean"])
    if summary.empty:
        return _message(ax)
    codes = list(summary["actor"]) if order is None else [c for c in order if c in set(summary["actor"])]
    summary = summary.set_index("actor").loc[codes]
    colors = actor_palette(codes, actors=actors)
    for position, (code, row) in enumerate(summary.iterrows()):
        mean, lo, hi = row[f"{measure}_mean"], row[f"{measure}_lo"], row[f"{measure}_hi"]
        ax.errorbar(mean, position, xerr=[[max(mean - lo, 0.0)], [max(hi - mean, 0.0)]], fmt="o",
                    color=colors[code], capsize=3, markersize=7)
    ax.axvline(0, color="0.5", linewidth=0.8, linestyle="--")
    _actor_ticks(ax, codes, actors=actors)
    ax.set_xlim(-1.05, 1.05)
    label = ("stance score (\u22121 oppose \u2026 +1 support)" if measure == "stance"
             else "sentiment (\u22121 \u2026 +1)")
    ax.set_xlabel(f"mean {label}, 95% bootstrap interval")
    ax.set_title(f"Mean {measure} per actor")
    return ax


def plot_sentiment_methods(utterances: pd.DataFrame, *, ax=None, order=None, n_boot: int = 2000, seed: int = 0,
                           actors=None):
    """TextBlob polarity, VADER compound and the toolkit's sentiment: mean per actor with a 95%
    percentile interval from the bootstrap of whole documents that every summary uses
    (:func:`~analysis.summarize.bootstrap_interval`, ``n_boot`` resamples seeded by ``seed``), the three
    measures side by side in each actor's row (seaborn's ``pointplot`` draws the means)."""
    ax, actors, ready = _chart(ax, actors, utterances, ["doc_id", "actor", *SENTIMENT_METHODS],
                               "plot_sentiment_methods")
    if not ready:
        return ax
    data = with_actor_labels(utterances)
    codes = _order(data, order)
    labels = {column: label for column, (label, _) in SENTIMENT_METHODS.items()}
    long = (data[data["actor"].isin(codes)]
            .melt(id_vars=["actor"], value_vars=list(SENTIMENT_METHODS), var_name="measure", value_name="value"))
    long = long.assign(measure=long["measure"].map(labels), value=pd.to_numeric(long["value"], errors="coerce"))
    sns.pointplot(data=long, x="value", y="actor", hue="measure", order=codes, hue_order=list(labels.values()),
                  palette={label: color for label, color in SENTIMENT_METHODS.values()}, orient="h",
                  errorbar=None, dodge=0.5, linestyle="none", ax=ax)
    groups = dict(tuple(data.groupby("actor")))
    points = [line for line in ax.lines if line.get_marker() == "o"]  # one per measure, dodged, in hue order
    for column, line in zip(SENTIMENT_METHODS, points):
        for code, row in zip(codes, np.asarray(line.get_ydata(), dtype=float)):
            _, lo, hi = mean_and_interval(groups[code][column], groups[code]["doc_id"], n_boot=n_boot, ci=0.95,
                                          rng=np.random.default_rng(seed))
            if lo < hi:  # one document (or one value): nothing to resample, no line
                ax.plot([lo, hi], [row, row], color=line.get_color(), linewidth=1.2)
    ax.axvline(0, color="0.5", linewidth=0.8, linestyle="--")
    _actor_ticks(ax, codes, actors=actors)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean sentiment of the actor's utterances (95% bootstrap interval)")
    ax.set_title("Three sentiment measures compared")
    sns.move_legend(ax, "center left", bbox_to_anchor=(1, 0.5), title="measure", fontsize="small", frameon=False)
    return ax


def _frame_order(frames) -> list[str]:
    """The taxonomy's order for known frames, then any others alphabetically."""
    from .frames import FRAMES

    present = set(frames)
    return [f for f in FRAMES if f in present] + sorted(present - set(FRAMES))


def plot_frame_heatmap(utterances: pd.DataFrame, *, ax=None, normalize: str = "actor", order=None, actors=None):
    """Actor × frame heatmap; ``normalize="actor"``: share of the actor's utterances that use the
    frame (an utterance can use several), ``"none"``: counts. Actors without frames keep a row of
    zeros; frames follow the taxonomy (``resources/frames.yml``)."""
    if normalize not in ("actor", "none"):
        raise ValueError(f"unknown normalize {normalize!r}; choose 'actor' or 'none'")
    ax, actors, ready = _chart(ax, actors, utterances, ["actor", "frames"], "plot_frame_heatmap")
    if not ready:
        return ax
    data = with_actor_labels(utterances)
    pairs = [(actor, frame) for actor, cell in zip(data["actor"], data["frames"]) for frame in split_list(cell)]
    if not pairs:
        return _message(ax, "no frames found")
    codes = _order(data, order)
    counts = (pd.DataFrame(pairs, columns=["actor", "frame"]).value_counts().unstack(fill_value=0)
              .reindex(index=codes, fill_value=0))
    counts = counts[_frame_order(counts.columns)]
    if normalize == "actor":
        table = counts.div(data["actor"].value_counts().reindex(codes), axis=0)
    else:
        table = counts
    table.index = [actor_label(a, actors=actors) for a in table.index]
    table.columns.name = None
    sns.heatmap(table, ax=ax, cmap="Blues", vmin=0, vmax=1 if normalize == "actor" else None, annot=True,
                fmt=".0%" if normalize == "actor" else "d", cbar=False, linewidths=0.5, annot_kws={"fontsize": 7})
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title("Frames used by each actor" + (" (share of its utterances)" if normalize == "actor" else ""))
    _slanted_columns(ax)
    return ax


def plot_stance_over_time(utterances: pd.DataFrame, *, ax=None, freq: str = "W", order=None, actors=None):
    """Mean stance score per actor and period (``freq``: a pandas period alias, "D", "W", "M").

    Needs a ``date`` column (ISO dates, as the corpus metadata gives them); rows without a date
    are left out and counted in the x-axis label. With no dated rows the Axes says
    "no dated documents".
    """
    ax, actors, ready = _chart(ax, actors, utterances, ["actor", "stance_score"], "plot_stance_over_time")
    if not ready:
        return ax
    data = with_actor_labels(utterances).assign(when=parse_dates(utterances))
    undated = int(data["when"].isna().sum())
    data = data.dropna(subset=["when"])
    if data.empty:
        return _message(ax, "no dated documents")
    data["period"] = data["when"].dt.to_period(freq).dt.start_time
    means = data.groupby(["actor", "period"], as_index=False)["stance_score"].mean()
    codes = _order(data, order)
    palette = actor_palette(codes, actors=actors)
    for code in codes:
        series = means[means["actor"] == code]
        ax.plot(series["period"], series["stance_score"], marker="o", color=palette[code], label=actor_label(code, actors=actors))
    ax.axhline(0, color="0.5", linewidth=0.8, linestyle="--")
    first, last = means["period"].min(), means["period"].max()
    pad = max((last - first) * 0.05, pd.Timedelta(days=7))  # one period alone would span years
    ax.set_xlim(first - pad, last + pad)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("mean stance score")
    ax.set_xlabel(f"period ({freq})" + (f"; {undated} undated utterance(s) left out" if undated else ""))
    ax.set_title("Stance over time")
    ax.legend(fontsize="small", frameon=False, loc="center left", bbox_to_anchor=(1, 0.5))
    return ax


def plot_keyness(keyness_table: pd.DataFrame, *, group: str | None = None, n: int = 10, ax=None, actors=None):
    """The ``n`` most key (over-used) words of one group, bars as long as their G².

    ``group`` defaults to the group with the largest G² (an actor before "unattributed"). Bars take
    the group's actor colour; a dotted line marks G² = 3.84 (p < 0.05).
    """
    ax, actors, ready = _chart(ax, actors, keyness_table, ["group", "word", "g2", "direction"], "plot_keyness")
    if not ready:
        return ax
    over = keyness_table[keyness_table["direction"] == "over"]
    if group is None:
        if over.empty:
            return _message(ax, "no over-used words")
        ranked = over.assign(_last=over["group"] == UNATTRIBUTED)
        group = ranked.sort_values(["_last", "g2"], ascending=[True, False], kind="stable")["group"].iloc[0]
    top = over[over["group"] == group].sort_values(["g2", "word"], ascending=[False, True], kind="stable").head(n)
    if top.empty:
        return _message(ax, f"no over-used words for {actor_label(group, actors=actors)}")
    y = np.arange(len(top))
    ax.barh(y, top["g2"], color=actor_palette([group], actors=actors)[group])
    ax.set_yticks(y, top["word"])
    ax.set_ylim(len(top) - 0.5, -0.5)
    ax.axvline(G2_CRITICAL, color="0.4", linestyle=":", linewidth=1)
    ax.set_xlabel(f"log-likelihood G\u00b2 (dotted line: {G2_CRITICAL}, p < 0.05)")
    ax.set_ylabel("")
    ax.set_title(f"Key words of {actor_label(group, actors=actors)}")
    return ax


def plot_utterances(utterances: pd.DataFrame, *, ax=None, order=None, actors=None):
    """Each utterance a point: actor on y, stance score on x, coloured by stance label.

    Points of one actor are spread vertically by a fixed pattern, not random jitter, so the chart
    is the same every time it is drawn.
    """
    ax, actors, ready = _chart(ax, actors, utterances, ["actor", "stance", "stance_score"], "plot_utterances")
    if not ready:
        return ax
    data = with_actor_labels(utterances)
    codes = _order(data, order)
    data = data[data["actor"].isin(codes)]
    row_of = {code: index for index, code in enumerate(codes)}
    spread = (np.arange(len(data)) % 5 - 2) * 0.08
    y = data["actor"].map(row_of).to_numpy(dtype=float) + spread
    scores = pd.to_numeric(data["stance_score"], errors="coerce").to_numpy(dtype=float)
    labels = data["stance"].to_numpy()
    for stance in STANCES:
        chosen = labels == stance
        if chosen.any():
            ax.scatter(scores[chosen], y[chosen], color=STANCE_COLORS[stance], label=stance,
                       s=45, edgecolor="0.3", linewidth=0.5, zorder=3)
    _actor_ticks(ax, codes, actors=actors)
    ax.axvline(0, color="0.5", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.1, 1.1)
    ax.set_xlabel("stance score (\u22121 oppose \u2026 +1 support)")
    ax.set_title("Every utterance")
    ax.legend(title="stance", fontsize="small", frameon=False, loc="center left", bbox_to_anchor=(1, 0.5))
    return ax


#: Row label of the outlet's own narration in the naming heatmap.
OUTLET_ROW = "outlet (narration)"


def _variant_order(variants, category: str, naming_file) -> list[str]:
    """The variants of ``category`` in the naming file's order, then any others alphabetically."""
    from .naming import load_naming

    listed = load_naming(naming_file).categories.get(category, ())
    present = set(variants)
    return [v for v in listed if v in present] + sorted(present - set(listed))


def plot_naming_heatmap(naming: pd.DataFrame, *, category: str, ax=None, order=None, actors=None,
                        naming_file=None):
    """Who chooses which word: speaker actors × the variants of one naming ``category``, with the
    outlet's own narration as the last row. A cell is the share of the row's mentions of the
    category that use the variant (:func:`~analysis.summarize.naming_shares`); row labels give the
    number of mentions. ``naming`` is a ``--unit naming`` table; variants follow the naming file's
    order (``naming_file``: the same file of your own given to ``analyze``, else the shipped one)."""
    ax, actors, ready = _chart(ax, actors, naming, [], "plot_naming_heatmap")
    if not ready:
        return ax
    shares = naming_shares(naming, category=category)
    if shares.empty:
        return _message(ax, f"no mentions of {category!r}")
    speakers = shares[shares["voice"] == "speaker"]
    codes = _order_counted(speakers.groupby("actor")["mentions"].sum(), order)
    rows = [("speaker", code) for code in codes] + ([("outlet", "")] if (shares["voice"] == "outlet").any() else [])
    table = (shares.pivot_table(index=["voice", "actor"], columns="variant", values="share", fill_value=0.0)
             .reindex(index=pd.MultiIndex.from_tuples(rows), columns=_variant_order(shares["variant"], category, naming_file),
                      fill_value=0.0))
    counts = shares.groupby(["voice", "actor"])["mentions"].sum()
    table.index = [f"{OUTLET_ROW if voice == 'outlet' else actor_label(code, actors=actors)} (n={counts[(voice, code)]})"
                   for voice, code in rows]
    table.columns.name = None
    sns.heatmap(table, ax=ax, cmap="Purples", vmin=0, vmax=1, annot=True, fmt=".0%", cbar=False, linewidths=0.5,
                annot_kws={"fontsize": 7})
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(f"Which word for {category!r}: share of each voice's mentions")
    _slanted_columns(ax, 45)
    return ax


def _shortened(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[: width - 1].rstrip() + "\u2026"


def plot_distancing(utterances: pd.DataFrame, *, by: str = "source", ax=None, order=None, actors=None):
    """Outlet × actor: the share of the actor's utterances that the outlet voices at a distance (a
    distancing reporting verb or a hedge, :func:`~analysis.summarize.distanced`), annotated with the
    number of utterances. ``by`` is the column of the outlet (``"source"``) or any grouping that
    :func:`~analysis.summarize.by_actor` accepts; empty cells: the outlet never quotes that actor."""
    ax, actors, ready = _chart(ax, actors, utterances, ["doc_id", "actor", "cue_class", "outlet_hedges"],
                               "plot_distancing")
    if not ready:
        return ax
    summary = voice_by_actor(utterances, by=by, n_boot=1, actors=actors)
    summary[by] = summary[by].map(lambda name: _shortened(name) if name else f"(no {by})")
    codes = _order(with_actor_labels(utterances), order)
    share = summary.pivot(index=by, columns="actor", values="distanced_mean").reindex(columns=codes)
    count = summary.pivot(index=by, columns="actor", values="utterances").reindex(columns=codes)
    notes = np.where(count.isna(), "", share.map(lambda v: f"{v:.0%}") + "\n" + count.map(lambda n: f"n={n:.0f}"))
    share.columns = [actor_label(code, actors=actors) for code in codes]
    share.index.name = None
    sns.heatmap(share, ax=ax, cmap="Oranges", vmin=0, vmax=1, annot=notes, fmt="", cbar=False, linewidths=0.5,
                annot_kws={"fontsize": 7})
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title("Voiced at a distance: share of each actor's utterances")
    _slanted_columns(ax, 45)
    return ax
