"""Seaborn charts of the utterance table, one function per chart.

Each takes long-form data and column names, draws on ``ax`` (or the current
Axes), returns the Axes, never shows or saves a figure and never changes global
style. Actors get the registry's stable, colour-blind-safe colours and are
labelled by display name.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from .schema import LIST_SEPARATOR, STANCES, UNATTRIBUTED
from .summarize import by_actor

UNATTRIBUTED_COLOR = "#BBBBBB"
#: Diverging stance colours (ColorBrewer RdBu, colour-blind safe); evasive is a neutral grey-purple.
STANCE_COLORS = {"oppose": "#B2182B", "neutral": "#D9D9D9", "evasive": "#9E9AC8", "support": "#2166AC"}


def _registry():
    from .actors import load_registry

    return load_registry()


def actor_palette(codes) -> dict[str, str]:
    """Colour per actor code from the registry; grey for 'unattributed' and unknown codes."""
    palette = _registry().palette()
    return {code: palette.get(code, UNATTRIBUTED_COLOR) for code in codes}


def actor_label(code: str) -> str:
    if code in ("", UNATTRIBUTED):
        return "no government"
    actor = _registry().actors.get(code)
    return actor.name if actor else code


def _with_actor(utterances: pd.DataFrame) -> pd.DataFrame:
    return utterances.assign(actor=utterances["actor"].fillna("").replace("", UNATTRIBUTED))


def _empty(ax, message: str = "nothing to plot"):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _order(data: pd.DataFrame, order) -> list[str]:
    if order is not None:
        return [code for code in order if code in set(data["actor"])]
    counts = data["actor"].value_counts()
    return sorted(counts.index, key=lambda code: (code == UNATTRIBUTED, -counts[code], code))


def plot_stance_by_actor(utterances: pd.DataFrame, *, ax=None, order=None):
    """Diverging stacked bars: oppose to the left, neutral and evasive centred, support to the right."""
    ax = ax or plt.gca()
    if utterances.empty:
        return _empty(ax)
    data = _with_actor(utterances)
    actors = _order(data, order)
    shares = (data.groupby("actor")["stance"].value_counts(normalize=True).unstack(fill_value=0.0)
              .reindex(index=actors, columns=list(STANCES), fill_value=0.0))
    y = np.arange(len(actors))
    middle = shares["neutral"] + shares["evasive"]
    lefts = {"oppose": -shares["oppose"] - middle / 2, "neutral": -middle / 2,
             "evasive": -middle / 2 + shares["neutral"], "support": middle / 2}
    for stance in STANCES:
        ax.barh(y, shares[stance], left=lefts[stance], color=STANCE_COLORS[stance], label=stance,
                edgecolor="white", linewidth=0.5)
    ax.axvline(0, color="0.3", linewidth=0.8)
    ax.set_yticks(y, [actor_label(a) for a in actors])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("share of the actor's utterances  (← oppose · support →)")
    ax.set_title("Stance toward the event, by actor")
    ax.legend(ncols=4, loc="lower center", bbox_to_anchor=(0.5, 1.08), frameon=False, fontsize="small")
    return ax


def plot_actor_means(data: pd.DataFrame, *, measure: str = "stance", ax=None, order=None):
    """Mean stance score (or sentiment) per actor with its 95% bootstrap interval."""
    if measure not in ("stance", "sentiment"):
        raise ValueError(f"unknown measure {measure!r}; choose 'stance' or 'sentiment'")
    ax = ax or plt.gca()
    if data.empty:
        return _empty(ax)
    summary = data if f"{measure}_mean" in data.columns else by_actor(data)
    codes = [c for c in order if c in set(summary["actor"])] if order is not None else list(summary["actor"])
    summary = summary.set_index("actor").loc[codes]
    y = np.arange(len(summary))
    colors = actor_palette(summary.index)
    for position, (code, row) in zip(y, summary.iterrows()):
        ax.errorbar(row[f"{measure}_mean"], position,
                    xerr=[[row[f"{measure}_mean"] - row[f"{measure}_lo"]], [row[f"{measure}_hi"] - row[f"{measure}_mean"]]],
                    fmt="o", color=colors[code], capsize=3, markersize=7)
    ax.axvline(0, color="0.5", linewidth=0.8, linestyle="--")
    ax.set_yticks(y, [actor_label(a) for a in summary.index])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    label = "stance score (−1 oppose … +1 support)" if measure == "stance" else "sentiment (−1 … +1)"
    ax.set_xlabel(f"mean {label}, 95% bootstrap interval")
    ax.set_title(f"Mean {measure} per actor")
    return ax


def plot_sentiment_methods(utterances: pd.DataFrame, *, ax=None, order=None):
    """TextBlob polarity, VADER compound and the toolkit's sentiment, mean per actor with 95% intervals."""
    ax = ax or plt.gca()
    if utterances.empty:
        return _empty(ax)
    data = _with_actor(utterances)
    actors = _order(data, order)
    long = data.melt(id_vars=["actor"], value_vars=["polarity", "vader_compound", "sentiment"],
                     var_name="method", value_name="score")
    long["method"] = long["method"].map({"polarity": "TextBlob", "vader_compound": "VADER", "sentiment": "toolkit"})
    long["actor"] = long["actor"].map(actor_label)
    sns.pointplot(data=long, y="actor", x="score", hue="method", order=[actor_label(a) for a in actors],
                  hue_order=["TextBlob", "VADER", "toolkit"], palette=["#E69F00", "#56B4E9", "#009E73"],
                  dodge=0.4, linestyle="none", errorbar=("ci", 95), seed=0, ax=ax)
    ax.axvline(0, color="0.5", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean sentiment of the actor's utterances (95% interval)")
    ax.set_ylabel("")
    ax.set_title("Three sentiment measures compared")
    return ax


def plot_frame_heatmap(utterances: pd.DataFrame, *, ax=None, normalize: str = "actor"):
    """Actor × frame heatmap: share of each actor's utterances that use each frame."""
    ax = ax or plt.gca()
    data = _with_actor(utterances)
    rows = [(actor, frame) for actor, cell in zip(data["actor"], data["frames"].fillna(""))
            for frame in str(cell).split(LIST_SEPARATOR) if frame]
    if not rows:
        return _empty(ax, "no frames found")
    counts = pd.DataFrame(rows, columns=["actor", "frame"]).value_counts().unstack(fill_value=0)
    counts = counts.reindex(_order(data, None), fill_value=0)  # actors with no frame get a row of zeros
    if normalize == "actor":
        table = counts.div(data["actor"].value_counts().reindex(counts.index), axis=0)
    elif normalize == "none":
        table = counts
    else:
        raise ValueError(f"unknown normalize {normalize!r}; choose 'actor' or 'none'")
    from .frames import FRAMES

    table = table[[f for f in FRAMES if f in table.columns]]
    table.index = [actor_label(a) for a in table.index]
    sns.heatmap(table, ax=ax, cmap="Blues", vmin=0, vmax=1 if normalize == "actor" else None, annot=True,
                fmt=".0%" if normalize == "actor" else "d", cbar=False, linewidths=0.5, annot_kws={"fontsize": 7})
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title("Frames used by each actor" + (" (share of its utterances)" if normalize == "actor" else ""))
    ax.tick_params(axis="x", labelrotation=60)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    return ax


def plot_stance_over_time(utterances: pd.DataFrame, *, ax=None, freq: str = "W"):
    """Mean stance score per actor and period, when documents carry dates."""
    ax = ax or plt.gca()
    dates = pd.to_datetime(utterances.get("date", pd.Series(dtype=str)), errors="coerce")
    data = _with_actor(utterances).assign(when=dates).dropna(subset=["when"])
    if data.empty:
        return _empty(ax, "no dated documents")
    data["period"] = data["when"].dt.to_period(freq).dt.start_time
    means = data.groupby(["period", "actor"], as_index=False)["stance_score"].mean()
    actors = _order(data, None)
    palette = actor_palette(actors)
    for code in actors:
        series = means[means["actor"] == code]
        ax.plot(series["period"], series["stance_score"], marker="o", color=palette[code], label=actor_label(code))
    ax.axhline(0, color="0.5", linewidth=0.8, linestyle="--")
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("mean stance score")
    ax.set_xlabel(f"period ({freq})")
    ax.set_title("Stance over time")
    ax.legend(fontsize="small", frameon=False, loc="center left", bbox_to_anchor=(1, 0.5))
    return ax


def plot_keyness(keyness_table: pd.DataFrame, *, group: str | None = None, n: int = 10, ax=None):
    """The ``n`` most key words of one group (default: the group with the largest G²)."""
    ax = ax or plt.gca()
    over = keyness_table[keyness_table["direction"] == "over"] if not keyness_table.empty else keyness_table
    if over.empty:
        return _empty(ax)
    if group is None:
        ranked = over.assign(unattributed=over["group"] == UNATTRIBUTED)
        group = ranked.sort_values(["unattributed", "g2"], ascending=[True, False], kind="stable")["group"].iloc[0]
    top = over[over["group"] == group].sort_values(["g2", "word"], ascending=[False, True], kind="stable").head(n)
    color = actor_palette([group])[group]
    ax.barh(np.arange(len(top)), top["g2"], color=color)
    ax.set_yticks(np.arange(len(top)), top["word"])
    ax.invert_yaxis()
    ax.axvline(3.84, color="0.4", linestyle=":", linewidth=1)
    ax.set_xlabel("log-likelihood G² (dotted line: p < 0.05)")
    ax.set_title(f"Key words of {actor_label(group)}")
    return ax


def plot_utterances(utterances: pd.DataFrame, *, ax=None, order=None):
    """Each utterance a point: actor on y, stance score on x, coloured by stance label.

    Points of one actor are spread vertically by a fixed pattern, not random jitter,
    so the chart is the same every time it is drawn.
    """
    ax = ax or plt.gca()
    if utterances.empty:
        return _empty(ax)
    data = _with_actor(utterances)
    actors = _order(data, order)
    row_of = {code: index for index, code in enumerate(actors)}
    spread = (np.arange(len(data)) % 5 - 2) * 0.08
    y = data["actor"].map(row_of).to_numpy() + spread
    for stance in STANCES:
        chosen = (data["stance"] == stance).to_numpy()
        if chosen.any():
            ax.scatter(data.loc[chosen, "stance_score"], y[chosen], color=STANCE_COLORS[stance], label=stance,
                       s=45, edgecolor="0.3", linewidth=0.5, zorder=3)
    ax.set_yticks(range(len(actors)), [actor_label(a) for a in actors])
    ax.set_ylim(len(actors) - 0.5, -0.5)
    ax.axvline(0, color="0.5", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.1, 1.1)
    ax.set_xlabel("stance score (−1 oppose … +1 support)")
    ax.set_title("Every utterance")
    ax.legend(title="stance", fontsize="small", frameon=False, loc="center left", bbox_to_anchor=(1, 0.5))
    return ax
