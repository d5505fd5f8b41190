"""Interactive views for JupyterLab (ipywidgets): an utterance explorer and an annotation widget.

* :class:`UtteranceExplorer` -- filter the utterance table by actor, mode and stance and read each
  utterance inside its sentence, the utterance marked and its cue in bold.
* :class:`Annotator` -- label utterances one at a time; every label is written at once to a CSV
  file (nothing is lost when the kernel stops), and :meth:`Annotator.compare` measures agreement
  with the toolkit's labels by Cohen's kappa.

Widgets need a live kernel and a browser; a report is a static page. :func:`explore_utterances`
therefore returns the widget only when ``interactive`` is true, and otherwise the same highlighted
sentences as plain, escaped HTML (no script), so a report stays script-free and reproducible.
The report builder sets the notebooks' ``INTERACTIVE`` parameter to False.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from .agreement import cohen_kappa, confusion_matrix
from .corpus import Document
from .schema import MODES, STANCES
from .summarize import actor_name, actor_registry, require_columns, with_actor_labels
from .text import sentences

#: Value of a filter that keeps every row.
ALL = "(all)"
#: Utterances shown at once by the explorer (the rest are counted).
SHOWN = 25
#: Columns of an annotation file, in this order.
LABEL_COLUMNS = ["doc_id", "utt_id", "text", "label"]
EXPLORER_COLUMNS = ["doc_id", "start", "end", "text", "speaker", "actor", "mode", "cue", "stance"]


# --------------------------------------------------------------------------- the utterance in its sentence


def context_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentences of ``doc`` that the span ``start:end`` touches (the span itself if none)."""
    touched = [s for s in sentences(doc) if s.start < end and start < s.end]
    if not touched:
        return start, end
    return min(start, touched[0].start), max(end, touched[-1].end)


def find_cue(text: str, cue: str, *, start: int, end: int, within: tuple[int, int]) -> tuple[int, int] | None:
    """Where the cue words stand in ``text[within[0]:within[1]]``: the occurrence nearest to the
    utterance ``start:end``, preferring one outside it; None when the words do not occur there.

    The utterance table keeps the cue's words, not their offsets, so the nearest match is shown.
    """
    words = cue.split()
    if not words:
        return None
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(word) for word in words) + r"\b", re.IGNORECASE)
    found = [(m.start(), m.end()) for m in pattern.finditer(text, within[0], within[1])]
    if not found:
        return None

    def rank(span):
        inside = span[0] < end and start < span[1]
        distance = max(start - span[1], span[0] - end, 0)
        return inside, distance, span[0]

    return min(found, key=rank)


def highlight(text: str, *, within: tuple[int, int], utterance: tuple[int, int],
              cue: tuple[int, int] | None = None) -> str:
    """Escaped HTML of ``text[within]`` with the utterance in ``<mark>`` and the cue in ``<strong>``."""
    cuts = sorted(c for c in {within[0], within[1], *utterance, *(cue or ())} if within[0] <= c <= within[1])
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        piece = html.escape(text[left:right])
        if cue and cue[0] <= left and right <= cue[1]:
            piece = f"<strong>{piece}</strong>"
        if utterance[0] <= left and right <= utterance[1]:
            piece = f"<mark>{piece}</mark>"
        pieces.append(piece)
    return "".join(pieces)


def _documents(corpus) -> dict[str, Document]:
    if corpus is None:
        return {}
    return {doc.doc_id: doc for doc in corpus}


def utterance_html(row: dict, doc: Document | None, *, actors=None) -> str:
    """One utterance as a small block: who, how, the toolkit's stance, then the highlighted sentence.

    Without its document (``doc`` None) the utterance's own words are shown, all marked.
    """
    start, end = int(row["start"]), int(row["end"])
    if doc is not None and 0 <= start < end <= len(doc.text):
        text, within = doc.text, context_span(doc, start, end)
    else:
        text, start, end = str(row["text"]), 0, len(str(row["text"]))
        within = (start, end)
    cue = find_cue(text, str(row.get("cue") or ""), start=start, end=end, within=within)
    who = f"{row.get('speaker') or 'unknown speaker'} ({actor_name(str(row['actor']), actors=actors)})"
    facts = " · ".join([str(row["doc_id"]), who, str(row["mode"]), f"cue: {row.get('cue') or '–'}",
                        f"stance: {row['stance']}"])
    return (f'<div class="utterance"><p><small>{html.escape(facts)}</small><br>'
            f"{highlight(text, within=within, utterance=(start, end), cue=cue)}</p></div>")


def utterances_html(utterances: pd.DataFrame, corpus=None, *, limit: int = SHOWN, actors=None) -> str:
    """The first ``limit`` utterances of the table as highlighted sentences, with a count of the rest."""
    docs = _documents(corpus)
    rows = utterances.head(limit).to_dict("records")
    blocks = [utterance_html(row, docs.get(str(row["doc_id"])), actors=actors) for row in rows]
    more = len(utterances) - len(rows)
    if more > 0:
        blocks.append(f"<p><em>… and {more} more utterance(s); narrow the filters to see them.</em></p>")
    if not blocks:
        blocks.append("<p><em>No utterance matches these filters.</em></p>")
    return "\n".join(blocks)


# --------------------------------------------------------------------------- explorer


def _choices(values: Iterable[str], label=str) -> list[tuple[str, str]]:
    return [(ALL, ALL)] + [(label(value), value) for value in values]


class UtteranceExplorer:
    """Dropdown filters (actor, mode, stance) above the matching utterances, each in its sentence.

    ``corpus`` (the Corpus or Documents the table came from) gives each utterance its sentence;
    without it the utterance's own words are shown. ``actors`` names custom actors, as in ``analyze``.
    Display the explorer (or its ``widget``) in a notebook cell; :meth:`selected` returns the rows
    that the filters keep.
    """

    def __init__(self, utterances: pd.DataFrame, corpus=None, *, limit: int = SHOWN, actors=None):
        require_columns(utterances, EXPLORER_COLUMNS, "UtteranceExplorer")
        if limit < 1:
            raise ValueError(f"limit must be at least 1, got {limit}")
        self.utterances = with_actor_labels(utterances)
        self.corpus, self.limit, self.actors = corpus, limit, actor_registry(actors)
        codes = sorted(set(self.utterances["actor"]), key=lambda c: (actor_name(c, actors=self.actors), c))
        present = set(self.utterances["mode"]) | set(self.utterances["stance"])
        self.actor = widgets.Dropdown(options=_choices(codes, lambda c: actor_name(c, actors=self.actors)),
                                      value=ALL, description="actor")
        self.mode = widgets.Dropdown(options=_choices([m for m in MODES if m in present]), value=ALL,
                                     description="mode")
        self.stance = widgets.Dropdown(options=_choices([s for s in STANCES if s in present]), value=ALL,
                                       description="stance")
        self.count = widgets.HTML()
        self.view = widgets.HTML()
        for control in (self.actor, self.mode, self.stance):
            control.observe(self._refresh, names="value")
        self.widget = widgets.VBox([widgets.HBox([self.actor, self.mode, self.stance]), self.count, self.view])
        self._refresh()

    def selected(self) -> pd.DataFrame:
        """The rows that the current filters keep, in table order."""
        keep = pd.Series(True, index=self.utterances.index)
        for column, control in (("actor", self.actor), ("mode", self.mode), ("stance", self.stance)):
            if control.value != ALL:
                keep &= self.utterances[column] == control.value
        return self.utterances[keep]

    def _refresh(self, _change=None) -> None:
        chosen = self.selected()
        self.count.value = f"<p>{len(chosen)} of {len(self.utterances)} utterances</p>"
        self.view.value = utterances_html(chosen, self.corpus, limit=self.limit, actors=self.actors)

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def explore_utterances(utterances: pd.DataFrame, corpus=None, *, interactive: bool = True, limit: int = SHOWN,
                       actors=None):
    """The :class:`UtteranceExplorer` in JupyterLab; with ``interactive=False`` (a report), the first
    ``limit`` utterances as static, escaped HTML with the same highlighting and no script."""
    from IPython.display import HTML

    if interactive:
        return UtteranceExplorer(utterances, corpus, limit=limit, actors=actors)
    require_columns(utterances, EXPLORER_COLUMNS, "explore_utterances")
    note = ("<p><em>A static view: open this notebook in JupyterLab (<code>make lab</code>) to filter by actor, "
            "mode and stance.</em></p>")
    return HTML(note + utterances_html(with_actor_labels(utterances), corpus, limit=limit, actors=actors))


# --------------------------------------------------------------------------- annotation


def _keys(table: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(table["doc_id"].astype(str), table["utt_id"].astype(str)))


def read_labels(path: str | Path, sample: pd.DataFrame, *, labels: Sequence[str] = STANCES) -> list[str | None]:
    """The labels saved in ``path`` for the rows of ``sample``, in its order (None where unlabelled).

    ``ValueError`` naming the file when it lacks a column, names an utterance that is not in the
    sample (a file from another sample) or holds a label that is not one of ``labels``.
    """
    path = Path(path)
    try:
        saved = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the labels ({exc})") from None
    missing = [column for column in LABEL_COLUMNS if column not in saved.columns]
    if missing:
        raise ValueError(f"{path}: not a labels file, it lacks the column(s) {', '.join(missing)}")
    position = {key: number for number, key in enumerate(_keys(sample))}
    result: list[str | None] = [None] * len(sample)
    for line, (key, label) in enumerate(zip(_keys(saved), saved["label"]), start=2):
        if key not in position:
            raise ValueError(f"{path}: line {line} labels utterance {key[1]} of {key[0]!r}, which is not in "
                             "this sample; use another file for another sample")
        if label and label not in labels:
            raise ValueError(f"{path}: line {line}: {label!r} is not one of {', '.join(labels)}")
        result[position[key]] = label or None
    return result


def write_labels(path: str | Path, sample: pd.DataFrame, labels: Sequence[str | None]) -> None:
    """Write ``labels`` for the rows of ``sample`` to ``path`` (CSV), replacing it in one step."""
    path = Path(path)
    table = pd.DataFrame({"doc_id": sample["doc_id"].astype(str).to_numpy(),
                          "utt_id": sample["utt_id"].astype(str).to_numpy(),
                          "text": sample["text"].astype(str).to_numpy(),
                          "label": [label or "" for label in labels]}, columns=LABEL_COLUMNS)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            table.to_csv(handle, index=False, lineterminator="\n")
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


@dataclass(frozen=True)
class Comparison:
    """Agreement between a person's labels and the toolkit's, over the rows the person labelled."""

    labelled: int
    total: int
    kappa: float
    agreement: float
    confusion: pd.DataFrame

    def __str__(self) -> str:
        if not self.labelled:
            return f"No utterance labelled yet (0 of {self.total})."
        return (f"{self.labelled} of {self.total} utterances labelled: observed agreement {self.agreement:.0%}, "
                f"Cohen's kappa {self.kappa:.2f}.")

    def _repr_html_(self) -> str:
        table = "" if not self.labelled else self.confusion.to_html()
        return f"<p>{html.escape(str(self))}</p>{table}"


def compare_labels(mine: Sequence[str | None], toolkit: Sequence[str]) -> Comparison:
    """Cohen's kappa and the confusion matrix (rows: mine, columns: toolkit) over the labelled rows."""
    pairs = [(a, b) for a, b in zip(mine, toolkit) if a]
    if not pairs:
        return Comparison(0, len(mine), float("nan"), float("nan"), pd.DataFrame())
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    used = set(first) | set(second)
    labels = [label for label in STANCES if label in used] + sorted(used - set(STANCES))
    table = confusion_matrix(first, second, labels=labels).rename_axis(index="mine", columns="toolkit")
    agreement = sum(a == b for a, b in pairs) / len(pairs)
    return Comparison(len(pairs), len(mine), cohen_kappa(first, second), agreement, table)


class Annotator:
    """Label the utterances of ``sample`` one at a time; each label is saved at once to ``path`` (CSV).

    The toolkit's label is not shown. When ``path`` already holds labels for this sample they are
    loaded, so work goes on where it stopped. Click a label to set it (the next utterance follows),
    move with the arrows; :meth:`labels` gives the labels in sample order and :meth:`compare` the
    agreement with the toolkit's ``stance``.
    """

    def __init__(self, sample: pd.DataFrame, *, path: str | Path, labels: Sequence[str] = STANCES):
        require_columns(sample, ["doc_id", "utt_id", "text"], "Annotator")
        if sample.empty:
            raise ValueError("Annotator: the sample has no rows to label")
        self.sample = sample.reset_index(drop=True)
        self.path = Path(path)
        self.choices = list(labels)
        self._labels: list[str | None] = (read_labels(self.path, self.sample, labels=self.choices)
                                          if self.path.exists() else [None] * len(self.sample))
        self.position = 0
        self._showing = False
        self.text = widgets.HTML()
        self.choice = widgets.ToggleButtons(options=self.choices, value=None)
        self.previous_button = widgets.Button(description="◀ previous")
        self.next_button = widgets.Button(description="next ▶")
        self.status = widgets.HTML()
        self.choice.observe(self._chosen, names="value")
        self.previous_button.on_click(lambda _button: self.go(self.position - 1))
        self.next_button.on_click(lambda _button: self.go(self.position + 1))
        self.widget = widgets.VBox([self.text, self.choice, widgets.HBox([self.previous_button, self.next_button]),
                                    self.status])
        self.go(self._first_unlabelled())

    def labels(self) -> list[str | None]:
        """The labels in sample order; None where no label was given yet."""
        return list(self._labels)

    def go(self, position: int) -> None:
        """Show utterance number ``position`` (0-based; kept within the sample)."""
        self.position = min(max(position, 0), len(self.sample) - 1)
        row = self.sample.iloc[self.position]
        speaker = row.get("speaker") or "unknown speaker"
        self.text.value = (f"<p><small>utterance {self.position + 1} of {len(self.sample)} · "
                           f"{html.escape(str(speaker))}</small></p><blockquote>{html.escape(str(row['text']))}"
                           "</blockquote>")
        self._showing = True  # setting the buttons to this row's label is not a new label
        try:
            self.choice.value = self._labels[self.position]
        finally:
            self._showing = False
        self.previous_button.disabled = self.position == 0
        self.next_button.disabled = self.position == len(self.sample) - 1
        self._report()

    def label(self, value: str) -> None:
        """Give the shown utterance the label ``value`` (as a click on its button does)."""
        if value not in self.choices:
            raise ValueError(f"{value!r} is not one of {', '.join(self.choices)}")
        self.choice.value = value

    def save(self) -> None:
        write_labels(self.path, self.sample, self._labels)

    def compare(self, *, column: str = "stance") -> Comparison:
        """Agreement of the labels given so far with the toolkit's ``column`` (Cohen's kappa)."""
        require_columns(self.sample, [column], "Annotator.compare")
        return compare_labels(self._labels, self.sample[column].astype(str).tolist())

    def _chosen(self, change) -> None:
        if self._showing or change["new"] is None:
            return
        self._labels[self.position] = change["new"]
        self.save()
        if self.position < len(self.sample) - 1:
            self.go(self.position + 1)
        else:
            self._report()

    def _first_unlabelled(self) -> int:
        return next((n for n, label in enumerate(self._labels) if label is None), 0)

    def _report(self) -> None:
        done = sum(label is not None for label in self._labels)
        where = "saved in" if self.path.exists() else "each label is saved in"
        self.status.value = f"<p>{done} of {len(self.sample)} labelled · {where} {html.escape(str(self.path))}</p>"

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)
