"""Summaries of the utterance table: per-actor aggregates with uncertainty, KWIC, collocations, keyness.

Tables in, new tables out (quanteda's ``textstat_*`` family): nothing here mutates its argument,
prints, or touches the network.

* :func:`by_actor` -- one row per actor (per outlet, document or period with ``by=``): counts, stance
  shares, means with intervals from a bootstrap that resamples whole documents.
* :func:`voice_by_actor`, :func:`hedges_by_actor` -- how the outlet voices each actor: shares of
  reporting-verb classes and hedges.
* :func:`naming_shares` -- which variant of a name each speaker, and the outlet, chooses.
* :func:`kwic` -- keyword in context, with offsets back into the document text.
* :func:`collocations` -- word pairs that co-occur more than chance (NLTK, PMI or log-likelihood).
* :func:`keyness` -- log-likelihood (G²) key words of each group against all other groups.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .corpus import Document, normalise, paragraphs
from .schema import CUE_CLASSES, LIST_SEPARATOR, MODES, STANCES, UNATTRIBUTED
from .text import CONTENT_WORD, Token, read_word_list, sentences, split_sentences, tokens

#: Critical value of chi-square with 1 degree of freedom at p < 0.05.
G2_CRITICAL = 3.84
#: Significance level of keyness's ``significant`` column.
ALPHA = 0.05

#: Decimals kept in the summary tables (shares, means, intervals, scores): they are for reading.
DECIMALS = 4

#: Display name of the row for utterances whose speaker represents no government.
UNATTRIBUTED_NAME = "no government"

BY_ACTOR_COLUMNS = (["actor", "actor_name", "utterances", "documents"] + [f"share_{s}" for s in STANCES]
                    + ["stance_mean", "stance_lo", "stance_hi", "sentiment_mean", "sentiment_lo", "sentiment_hi",
                       "dominant_frames"] + [f"mode_{m}" for m in MODES])
KWIC_COLUMNS = ["doc_id", "start", "end", "from", "to", "pre", "keyword", "post"]
COLLOCATION_COLUMNS = ["word1", "word2", "freq", "score", "measure"]
KEYNESS_COLUMNS = ["group", "word", "count_target", "count_reference", "g2", "effect", "direction", "p",
                   "significant"]

COLLOCATION_MEASURES = ("pmi", "llr")

# Largest number of resampled values held in memory at once by the bootstrap.
_BOOT_CHUNK = 2_000_000


def require_columns(table: pd.DataFrame, columns: Iterable[str], caller: str) -> None:
    """Raise a ``ValueError`` naming the columns of ``columns`` that ``table`` lacks."""
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{caller}: the table has no column(s) {', '.join(map(repr, missing))}; "
                         f"it has: {', '.join(map(str, table.columns)) or 'none'}")


def with_actor_labels(utterances: pd.DataFrame, column: str = "actor") -> pd.DataFrame:
    """A copy whose empty or missing ``column`` values read ``UNATTRIBUTED``."""
    values = utterances[column].fillna("").astype(str).replace("", UNATTRIBUTED)
    return utterances.assign(**{column: values})


# --------------------------------------------------------------------------- by_actor


def bootstrap_interval(values, clusters, *, n_boot: int = 2000, ci: float = 0.95,
                       rng: np.random.Generator | None = None) -> tuple[float, float]:
    """Percentile interval of the mean of ``values`` by a cluster bootstrap over ``clusters``.

    ``clusters`` gives each value its document (``doc_id``): utterances of one article are not
    independent, so every resample draws whole documents with replacement, as many as there are,
    and takes the mean of all their values (each utterance weighs the same, as in the point
    estimate). NaN values are left out. One document, or all values equal, gives the degenerate
    interval ``(mean, mean)``: resampling cannot show spread between documents that the sample does
    not have. No values gives ``(nan, nan)``.
    """
    data = np.asarray(values, dtype=float)
    labels = np.asarray(clusters, dtype=str)
    if labels.shape != data.shape:
        raise ValueError(f"bootstrap_interval: {data.size} values but {labels.size} cluster labels")
    keep = ~np.isnan(data)
    data, labels = data[keep], labels[keep]
    if data.size == 0:
        return math.nan, math.nan
    _, cluster_of = np.unique(labels, return_inverse=True)
    sums, sizes = np.bincount(cluster_of, weights=data), np.bincount(cluster_of)
    if sums.size == 1 or np.all(data == data[0]):
        mean = float(data.mean())
        return mean, mean
    rng = np.random.default_rng(0) if rng is None else rng
    count = sums.size
    per_chunk = max(1, _BOOT_CHUNK // count)
    means = []
    for done in range(0, n_boot, per_chunk):
        drawn = rng.integers(0, count, size=(min(per_chunk, n_boot - done), count))
        means.append(sums[drawn].sum(axis=1) / sizes[drawn].sum(axis=1))
    means = np.concatenate(means)
    alpha = round((1 - ci) / 2, 12)  # 0.025 exactly for ci=0.95, not 0.025000000000000022
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def mean_and_interval(values, clusters, *, n_boot: int, ci: float,
                      rng: np.random.Generator) -> tuple[float, float, float]:
    """The mean of ``values`` (NaN left out; NaN when none remain) and its cluster-bootstrap interval
    (:func:`bootstrap_interval`, ``clusters`` the documents)."""
    values = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
    lo, hi = bootstrap_interval(values, clusters, n_boot=n_boot, ci=ci, rng=rng)
    mean = float(np.nanmean(values)) if (~np.isnan(values)).any() else math.nan
    return mean, lo, hi


def _interval_columns(name: str, estimate: tuple[float, float, float]) -> dict[str, float]:
    """``{name}_mean``, ``{name}_lo``, ``{name}_hi`` rounded to ``DECIMALS`` places."""
    return {f"{name}_{part}": round(value, DECIMALS) for part, value in zip(("mean", "lo", "hi"), estimate)}


def actor_registry(actors=None):
    """The actor registry used for display names and colours.

    ``actors`` is ``None`` (the shipped registry), a path to a user's actor YAML or a mapping (the
    shipped registry extended with it, as ``analyze(..., actors=...)`` reads it), or an already
    loaded :class:`~analysis.actors.Registry`, returned as it is.
    """
    from .actors import Registry, load_registry

    return actors if isinstance(actors, Registry) else load_registry(actors)


def actor_name(code: str, *, actors=None) -> str:
    """The registry's display name of an actor code (the code itself when unknown).

    ``actors``: see :func:`actor_registry` (a user's actor file gives its actors their names).
    """
    if code in ("", UNATTRIBUTED):
        return UNATTRIBUTED_NAME
    actor = actor_registry(actors).actors.get(code)
    return actor.name if actor is not None else code


def split_list(cell) -> list[str]:
    """The items of a ``"; "``-joined cell ("" and NaN give no items)."""
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return []
    return [item.strip() for item in str(cell).split(LIST_SEPARATOR.strip()) if item.strip()]


def _top_frames(column: pd.Series, k: int = 3) -> str:
    counts = Counter(frame for cell in column for frame in split_list(cell))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return LIST_SEPARATOR.join(frame for frame, _ in ranked[:k])


#: ``by=`` values that group rows by the period of their ``date`` (pandas period aliases).
TIME_GROUPS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
#: Group label of rows without a date, when grouping by a period.
UNDATED = "undated"


def parse_dates(table: pd.DataFrame) -> pd.Series:
    """The ``date`` column (ISO dates, as the corpus metadata gives them) as timestamps; NaT where
    there is none (or no ``date`` column)."""
    raw = table["date"] if "date" in table.columns else pd.Series("", index=table.index)
    return pd.to_datetime(raw.fillna("").astype(str).str[:10], errors="coerce", format="%Y-%m-%d")


def group_labels(table: pd.DataFrame, by: str, caller: str) -> pd.Series:
    """The group of each row for ``by``: a column's values as text ("" where missing), or with
    ``by`` in ``TIME_GROUPS`` the first day of the row's period (``"2024-11-01"`` for a month;
    ``"undated"`` without a date)."""
    if by in TIME_GROUPS:
        periods = parse_dates(table).dt.to_period(TIME_GROUPS[by]).dt.start_time
        return periods.dt.strftime("%Y-%m-%d").fillna(UNDATED)
    if by in table.columns:
        return table[by].fillna("").astype(str)
    raise ValueError(f"{caller}: unknown by {by!r}; choose None, one of {', '.join(map(repr, TIME_GROUPS))}, "
                     f"or a column of the table: {', '.join(map(str, table.columns))}")


def _check_interval_options(n_boot: int, ci: float) -> None:
    if n_boot < 1:
        raise ValueError(f"n_boot must be at least 1, got {n_boot}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be between 0 and 1 (e.g. 0.95), got {ci}")


def _per_actor(utterances: pd.DataFrame, by: str | None, caller: str, summarise, columns: list[str]) -> pd.DataFrame:
    """The rows ``summarise(actor, its utterances)`` returns for each actor (for each group of ``by`` and
    actor, with the group in a first column); sorted by group, then most utterances, then actor code,
    an actor's rows in the order given."""
    data = with_actor_labels(utterances)
    keys = ["actor"]
    if by is not None:
        data = data.assign(_group=group_labels(data, by, caller))
        keys = ["_group", "actor"]
    rows = []
    for key, group in data.groupby(keys, sort=True):
        rows += [({by: key[0]} if by is not None else {}) | row for row in summarise(key[-1], group)]
    head = [by] if by is not None else []
    table = pd.DataFrame(rows, columns=head + columns)
    return table.sort_values(head + ["utterances", "actor"], ascending=[True] * len(head) + [False, True],
                             kind="stable").reset_index(drop=True)


def by_actor(utterances: pd.DataFrame, *, by: str | None = None, n_boot: int = 2000, seed: int = 0,
             ci: float = 0.95, actors=None) -> pd.DataFrame:
    """One row per actor: how much it says, with which stance, and how sure we can be.

    Columns (``BY_ACTOR_COLUMNS``): ``actor`` (code; ``"unattributed"`` collects the rows whose
    ``actor`` is empty), ``actor_name`` (registry display name; pass the same ``actors`` file or
    registry as to ``analyze`` so that custom actors get their names), ``utterances``, ``documents``
    (distinct ``doc_id``), ``share_oppose`` ... ``share_support`` (share of the actor's utterances
    with each stance label; they sum to 1 when every label is one of ``STANCES``),
    ``stance_mean/lo/hi`` and ``sentiment_mean/lo/hi`` (mean of ``stance_score`` / ``sentiment``
    with a cluster-bootstrap interval at level ``ci`` that resamples whole documents,
    :func:`bootstrap_interval`), ``dominant_frames`` (the three most frequent frames, ties
    alphabetical, ``"; "``-joined) and ``mode_direct`` ... ``mode_silence`` (utterances per
    attribution mode; 0 when the table has no ``mode`` column). Shares, means and interval ends are
    rounded to ``DECIMALS`` (4) places.

    ``by`` summarises each group apart, in a first column of that name: a column (``"source"``: per
    outlet, ``"doc_id"``: per document) or a period of the ``date`` (``"day"``, ``"week"``,
    ``"month"``, ``"year"``; the period's first day, ``"undated"`` without a date).

    The bootstrap draws ``n_boot`` resamples from ``numpy.random.default_rng(seed)``, restarted for
    every actor (and group), so an actor's interval does not change when other actors are added. An
    actor heard in a single document (or with identical values) gets the degenerate interval
    ``lo == hi == mean``; read the ``documents`` column before trusting a narrow interval. Missing
    scores are left out of means and intervals (NaN when none remain).

    Rows are sorted by group, then ``utterances`` (most first), then ``actor``.
    """
    _check_interval_options(n_boot, ci)
    require_columns(utterances, ["doc_id", "actor", "stance", "stance_score", "sentiment", "frames"], "by_actor")
    registry = actor_registry(actors)

    def summarise(actor: str, group: pd.DataFrame) -> dict:
        rng = np.random.default_rng(seed)
        row = {"actor": actor, "actor_name": actor_name(actor, actors=registry), "utterances": len(group),
               "documents": group["doc_id"].nunique()}
        stances = group["stance"].value_counts()
        row.update({f"share_{s}": round(float(stances.get(s, 0)) / len(group), DECIMALS) for s in STANCES})
        for measure, column in (("stance", "stance_score"), ("sentiment", "sentiment")):
            estimate = mean_and_interval(group[column], group["doc_id"], n_boot=n_boot, ci=ci, rng=rng)
            row.update(_interval_columns(measure, estimate))
        row["dominant_frames"] = _top_frames(group["frames"])
        modes = group["mode"].value_counts() if "mode" in group.columns else pd.Series(dtype=int)
        row.update({f"mode_{m}": int(modes.get(m, 0)) for m in MODES})
        return [row]

    return _per_actor(utterances, by, "by_actor", summarise, BY_ACTOR_COLUMNS)


# --------------------------------------------------------------------------- the outlet's voice

VOICE_COLUMNS = (["actor", "actor_name", "utterances", "documents"] + [f"share_{c}" for c in CUE_CLASSES]
                 + ["share_hedged", "distanced_mean", "distanced_lo", "distanced_hi"])
HEDGE_COLUMNS = ["actor", "actor_name", "utterances", "hedge", "hedged", "share"]


def distanced(utterances: pd.DataFrame) -> pd.Series:
    """Per utterance: does the outlet voice it at a distance (a ``distancing`` cue or a hedge)?"""
    hedged = utterances["outlet_hedges"].map(lambda cell: bool(split_list(cell)))
    return (utterances["cue_class"] == "distancing") | hedged


def voice_by_actor(utterances: pd.DataFrame, *, by: str | None = None, n_boot: int = 2000, seed: int = 0,
                   ci: float = 0.95, actors=None) -> pd.DataFrame:
    """How the outlet voices each actor: one row per actor (per group of ``by`` and actor).

    Columns (``VOICE_COLUMNS``): ``actor``, ``actor_name``, ``utterances``, ``documents``,
    ``share_neutral`` ... ``share_none`` (share of the actor's utterances per ``cue_class``,
    ``CUE_CLASSES``), ``share_hedged`` (share with at least one of ``outlet_hedges``) and
    ``distanced_mean/lo/hi``: the share voiced at a distance (a distancing cue or a hedge,
    :func:`distanced`) with its cluster-bootstrap interval (whole documents resampled, as in
    :func:`by_actor`). ``by`` as in :func:`by_actor`: ``"source"`` per outlet, ``"doc_id"`` per
    document, ``"month"`` per month ...
    """
    _check_interval_options(n_boot, ci)
    require_columns(utterances, ["doc_id", "actor", "cue_class", "outlet_hedges"], "voice_by_actor")
    registry = actor_registry(actors)

    def summarise(actor: str, group: pd.DataFrame) -> dict:
        classes = group["cue_class"].value_counts()
        hedged = group["outlet_hedges"].map(lambda cell: bool(split_list(cell)))
        row = {"actor": actor, "actor_name": actor_name(actor, actors=registry), "utterances": len(group),
               "documents": group["doc_id"].nunique()}
        row.update({f"share_{c}": round(float(classes.get(c, 0)) / len(group), DECIMALS) for c in CUE_CLASSES})
        row["share_hedged"] = round(float(hedged.mean()), DECIMALS)
        estimate = mean_and_interval(distanced(group).astype(float), group["doc_id"], n_boot=n_boot, ci=ci,
                                     rng=np.random.default_rng(seed))
        row.update(_interval_columns("distanced", estimate))
        return [row]

    return _per_actor(utterances, by, "voice_by_actor", summarise, VOICE_COLUMNS)


def hedges_by_actor(utterances: pd.DataFrame, *, by: str | None = None, actors=None) -> pd.DataFrame:
    """Which hedges the outlet puts around each actor's words: one row per actor and hedge kind.

    Columns (``HEDGE_COLUMNS``, after the group column of ``by`` as in :func:`by_actor`): ``actor``,
    ``actor_name``, ``utterances`` (the actor's), ``hedge`` (a ``voice.yml`` label, or "scare quotes"
    for every quoted stretch), ``hedged`` (the actor's utterances with that hedge) and ``share``
    (``hedged / utterances``). Actors without hedges have no rows. Sorted by group, actor (most
    utterances first), then most ``hedged``, then hedge.
    """
    from .voice import hedge_kind

    require_columns(utterances, ["actor", "outlet_hedges"], "hedges_by_actor")
    registry = actor_registry(actors)

    def summarise(actor: str, group: pd.DataFrame) -> list[dict]:
        counts = Counter(kind for cell in group["outlet_hedges"] for kind in {hedge_kind(h) for h in split_list(cell)})
        return [{"actor": actor, "actor_name": actor_name(actor, actors=registry), "utterances": len(group),
                 "hedge": hedge, "hedged": hedged, "share": round(hedged / len(group), DECIMALS)}
                for hedge, hedged in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    return _per_actor(utterances, by, "hedges_by_actor", summarise, HEDGE_COLUMNS)


# --------------------------------------------------------------------------- naming

NAMING_SHARE_COLUMNS = ["category", "voice", "actor", "variant", "mentions", "share"]


def naming_shares(naming: pd.DataFrame, *, category: str | None = None, by: str | None = None) -> pd.DataFrame:
    """How often each voice uses each variant of a category, from a ``--unit naming`` table.

    One row per (category, voice, actor, variant) used: ``voice`` is ``speaker`` (``actor`` the
    speaker's actor, ``"unattributed"`` for none) or ``outlet`` (its own narration, ``actor`` "");
    ``mentions`` counts the rows, ``share`` divides by all mentions of that category by that voice
    and actor. ``category`` keeps one category; ``by`` groups first, as in :func:`by_actor`. Sorted
    by group, category, outlet last, actor, then most mentions, then variant.
    """
    require_columns(naming, ["category", "voice", "actor", "variant"], "naming_shares")
    data = naming if category is None else naming[naming["category"] == category]
    speaker = data["voice"] == "speaker"
    actor = data["actor"].fillna("").astype(str)
    data = data.assign(actor=actor.mask(speaker & (actor == ""), UNATTRIBUTED).where(speaker, ""))
    keys = ["category", "voice", "actor"]
    if by is not None:
        data = data.assign(**{by: group_labels(data, by, "naming_shares")})
        keys = [by] + keys
    counts = data.groupby(keys + ["variant"], sort=True).size().rename("mentions").reset_index()
    counts["share"] = (counts["mentions"] / counts.groupby(keys)["mentions"].transform("sum")).round(DECIMALS)
    counts["_outlet"] = counts["voice"] == "outlet"
    order = keys[:-3] + ["category", "_outlet", "actor", "mentions", "variant"]
    counts = counts.sort_values(order, ascending=[True] * (len(order) - 2) + [False, True], kind="stable")
    return counts.drop(columns="_outlet").reset_index(drop=True)[keys[:-3] + NAMING_SHARE_COLUMNS]


# --------------------------------------------------------------------------- kwic


@dataclass(frozen=True)
class _Piece:
    """A stretch of text to search: its own text, a same-length normalised copy, and where it sits."""

    doc_id: str
    text: str
    norm: str
    offset: int = 0
    utt_id: object = None
    doc: Document | None = None


def _pieces(source) -> list[_Piece]:
    """Documents, texts or utterance rows as searchable pieces."""
    if isinstance(source, pd.DataFrame):
        require_columns(source, ["text"], "kwic")
        pieces = []
        for number, row in enumerate(source.to_dict("records")):
            text = "" if pd.isna(row["text"]) else str(row["text"])
            pieces.append(_Piece(str(row.get("doc_id", f"text{number + 1}")), text, normalise(text),
                                 int(row.get("start", 0) or 0), row.get("utt_id", number)))
        return pieces
    if isinstance(source, (str, Document)):
        source = [source]
    pieces = []
    for number, item in enumerate(source.documents if hasattr(source, "documents") else source):
        if isinstance(item, Document):
            pieces.append(_Piece(item.doc_id, item.text, item.norm, doc=item))
        elif isinstance(item, str):
            pieces.append(_Piece(f"text{number + 1}", item, normalise(item)))
        else:
            raise TypeError(f"expected Documents or strings, got {type(item).__name__}")
    return pieces


def _token_matchers(pattern: str, *, regex: bool, flags: int) -> list[re.Pattern]:
    if not pattern.strip():
        raise ValueError("the pattern is empty; give a word, a phrase or (with regex=True) a regular expression")
    if regex:
        return [re.compile(pattern, flags)]
    words = [tok.text for tok in tokens(normalise(pattern.strip()))]
    return [re.compile(".*".join(re.escape(part) for part in word.split("*")), flags) for word in words]


def sentence_tokens(norm: str) -> list[Token]:
    """Treebank tokens of ``norm``, sentence by sentence within each line, so that a
    sentence-final period is its own token (the Treebank tokenizer splits it off only at the end
    of the string it is given)."""
    return [tok for para_start, para_end in paragraphs(norm)
            for start, end in split_sentences(norm, para_start, para_end) for tok in tokens(norm, start, end)]


def _show(text: str) -> str:
    """Text for display: runs of white space (line breaks included) as one space, no ends."""
    return re.sub(r"\s+", " ", text).strip()


def kwic(corpus, pattern: str, *, window: int = 5, case_insensitive: bool = True,
         regex: bool = False) -> pd.DataFrame:
    """Keyword in context: every match of ``pattern`` with ``window`` tokens on each side.

    ``corpus`` is a :class:`~analysis.corpus.Corpus`, a Document, an iterable of Documents or of
    strings (named ``text1``, ``text2``, ...), or an utterance table (then only what actors said is
    searched, and the table's ``utt_id`` is kept in an extra ``utt_id`` column).

    ``pattern`` is matched against the Treebank tokens of each sentence (for a Document, the
    sentences of :func:`analysis.text.sentences`, which leave out a dateline): a word
    (``"troops"``), a phrase matched token by token (``"North Korea"``), with ``*`` standing for
    any characters inside a word (``"troop*"``); with ``regex=True`` a regular expression that must
    match one whole token (for phrases, use ``regex=False``). Matching ignores case
    unless ``case_insensitive=False``, and treats curly and straight quotes alike.

    Columns: ``doc_id, start, end`` (character offsets into the document text; for an utterance
    table they are shifted by the row's ``start``), ``from, to`` (0-based positions of the first and
    last matched token, inclusive, counted within the document or utterance), ``pre, keyword,
    post`` (the original text, each run of white space shown as one space). Rows follow the
    corpus order, then position.
    """
    if window < 0:
        raise ValueError(f"window must be 0 or more tokens, got {window}")
    matchers = _token_matchers(pattern, regex=regex, flags=re.IGNORECASE if case_insensitive else 0)
    from_table = isinstance(corpus, pd.DataFrame)
    rows = []
    for piece in _pieces(corpus):
        toks = (sentence_tokens(piece.norm) if piece.doc is None else
                [tok for sent in sentences(piece.doc) for tok in tokens(piece.doc.norm, sent.start, sent.end)])
        for first in range(len(toks) - len(matchers) + 1):
            if not all(m.fullmatch(toks[first + k].text) for k, m in enumerate(matchers)):
                continue
            last = first + len(matchers) - 1
            start, end = toks[first].start, toks[last].end
            pre_start = toks[max(0, first - window)].start if window and first else start
            post_end = toks[min(len(toks) - 1, last + window)].end if window else end
            row = {"doc_id": piece.doc_id, "start": piece.offset + start, "end": piece.offset + end,
                   "from": first, "to": last, "pre": _show(piece.text[pre_start:start]),
                   "keyword": _show(piece.text[start:end]), "post": _show(piece.text[end:post_end])}
            if from_table:
                row["utt_id"] = piece.utt_id
            rows.append(row)
    columns = KWIC_COLUMNS[:1] + ["utt_id"] + KWIC_COLUMNS[1:] if from_table else KWIC_COLUMNS
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- words


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    """The shipped English stopword list (``resources/stopwords_en.txt``; see its header)."""
    return frozenset(read_word_list("stopwords_en.txt"))


def _stopword_set(stopwords) -> frozenset[str]:
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str):
        if stopwords != "english":
            raise ValueError(f"unknown stopword list {stopwords!r}; use 'english', None, or a collection of words")
        return english_stopwords()
    return frozenset(str(word).lower() for word in stopwords)




def words_of(text: str, *, stopwords="english") -> list[str]:
    """Lower-case words of ``text``: letters, with inner apostrophes and hyphens kept
    (``korea's``, ``non-interference``), initialisms with their dots (``u.s.``); numbers and
    punctuation left out, and ``stopwords`` (``"english"``, ``None`` or a collection of words)
    removed."""
    drop = _stopword_set(stopwords)
    return [w for w in CONTENT_WORD.findall(normalise(str(text)).lower()) if w not in drop]


def _texts(source) -> list[str]:
    if isinstance(source, pd.DataFrame):
        require_columns(source, ["text"], "collocations")
        source = source["text"]
    if isinstance(source, pd.Series):
        return ["" if pd.isna(t) else str(t) for t in source]
    return [piece.norm for piece in _pieces(source)]


# --------------------------------------------------------------------------- collocations


def collocations(corpus_or_texts, *, n: int | None = 20, min_freq: int = 2, measure: str = "pmi",
                 window: int = 2, stopwords="english") -> pd.DataFrame:
    """Word pairs that occur together more often than chance, scored by NLTK's bigram measures.

    ``corpus_or_texts``: a Corpus, Documents, strings, a Series of texts or a table with a
    ``text`` column. Words are lower-cased (see :func:`words_of`); pairs never cross from one text
    into the next. ``window`` is NLTK's window size: 2 counts adjacent words, larger windows also
    count ``w1 ... w2`` pairs up to ``window - 1`` words apart (frequencies then scaled by
    ``1 / (window - 1)`` in the score, as NLTK does, following Church & Hanks 1990).
    ``measure``: ``"pmi"`` (pointwise mutual information, log2) or ``"llr"`` (Dunning's
    log-likelihood ratio). Pairs seen fewer than ``min_freq`` times, or with a stopword in them,
    are dropped; stopwords still count as words for the statistics. ``stopwords``: ``"english"``
    (the shipped list), ``None`` (keep every pair) or a collection of words.

    Columns: ``word1, word2, freq`` (co-occurrences within the window), ``score`` (4 places), ``measure``;
    the ``n`` best (all with ``n=None``), by score then alphabetically.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    scorers = {"pmi": BigramAssocMeasures.pmi, "llr": BigramAssocMeasures.likelihood_ratio}
    if measure not in scorers:
        raise ValueError(f"unknown measure {measure!r}; choose one of: {', '.join(COLLOCATION_MEASURES)}")
    if window < 2:
        raise ValueError(f"window must be at least 2 (adjacent words), got {window}")
    if min_freq < 1:
        raise ValueError(f"min_freq must be at least 1, got {min_freq}")
    drop = _stopword_set(stopwords)
    stream: list[str | None] = []
    for text in _texts(corpus_or_texts):
        stream.extend(words_of(text, stopwords=None))
        stream.extend([None] * (window - 1))  # NLTK skips None: no pair spans two texts
    finder = BigramCollocationFinder.from_words(stream, window_size=window)
    finder.apply_freq_filter(min_freq)
    if drop:
        finder.apply_word_filter(lambda word: word in drop)
    rows = [{"word1": a, "word2": b, "freq": int(finder.ngram_fd[(a, b)]), "score": round(float(score), DECIMALS),
             "measure": measure} for (a, b), score in finder.score_ngrams(scorers[measure])]
    table = pd.DataFrame(rows, columns=COLLOCATION_COLUMNS)
    table = table.sort_values(["score", "word1", "word2"], ascending=[False, True, True], kind="stable")
    return (table if n is None else table.head(n)).reset_index(drop=True)


# --------------------------------------------------------------------------- keyness


def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """Log-likelihood G² of a word seen ``a`` times in a target of ``c`` words and ``b`` times in a
    reference of ``d`` words, in the form of Rayson & Garside (2000), the one the Lancaster
    log-likelihood calculator, Wmatrix and AntConc compute, so a student can check a value there:

        E1 = c (a + b) / (c + d),  E2 = d (a + b) / (c + d),  G² = 2 (a ln(a / E1) + b ln(b / E2))

    (a zero count adds nothing). It keeps the two cells of the word itself; Dunning's (1993) full
    2x2 statistic also sums the cells of all other words and comes out slightly smaller.
    """
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    return 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))


def log_ratio(a: int, b: int, c: int, d: int) -> float:
    """Hardie's (2014) Log Ratio effect size: log2 of the ratio of relative frequencies, a zero
    count counted as 0.5 so that the ratio stays finite."""
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


def keyness(utterances: pd.DataFrame, *, group: str = "actor", text_column: str = "text",
            min_count: int = 2, stopwords="english") -> pd.DataFrame:
    """Log-likelihood keyness of each group's words against the words of all other groups.

    For every group (default: each ``actor``; rows with no value form the ``"unattributed"``
    group) and every word it uses at least ``min_count`` times, the word's count in the group
    (``count_target``) is compared with its count in all other groups (``count_reference``), each
    relative to the group's and the others' word totals. ``g2`` is the log-likelihood statistic
    (:func:`log_likelihood`: Rayson & Garside 2000, after Dunning 1993), ``p`` its chi-square
    (1 df) p-value; ``g2 >= 3.84`` means p < 0.05, and ``significant`` is ``True`` exactly when
    ``p < 0.05`` (``ALPHA``; one test per row, not corrected for the many words tested).
    ``g2`` and ``effect`` are rounded to 4 places.
    ``effect`` is Hardie's Log Ratio (:func:`log_ratio`); ``direction`` is ``"over"`` (more
    frequent in the group than in the rest), ``"under"`` or ``"equal"``.
    Words are those of :func:`words_of` with ``stopwords`` removed before counting.

    Sorted by group, then over-used words first, then ``g2`` (largest first), then word.
    """
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    require_columns(utterances, [group, text_column], "keyness")
    drop = _stopword_set(stopwords)
    data = with_actor_labels(utterances, group)
    counts = {name: Counter(w for text in rows[text_column] if not pd.isna(text)
                            for w in words_of(text, stopwords=drop))
              for name, rows in data.groupby(group, sort=True)}
    overall: Counter = Counter()
    for counter in counts.values():
        overall.update(counter)
    size = sum(overall.values())
    rows = []
    for name, counter in counts.items():
        target = sum(counter.values())
        reference = size - target
        if not target or not reference:
            continue
        for word, a in counter.items():
            if a < min_count:
                continue
            b = overall[word] - a
            g2 = log_likelihood(a, b, target, reference)
            over, under = a * reference > b * target, a * reference < b * target
            rows.append({"group": name, "word": word, "count_target": a, "count_reference": b,
                         "g2": round(g2, DECIMALS), "effect": round(log_ratio(a, b, target, reference), DECIMALS),
                         "direction": "over" if over else "under" if under else "equal",
                         "p": (p := math.erfc(math.sqrt(max(g2, 0.0) / 2))), "significant": p < ALPHA})
    table = pd.DataFrame(rows, columns=KEYNESS_COLUMNS).astype({"significant": bool})
    table["_rank"] = table["direction"].map({"over": 0, "equal": 1, "under": 2})
    table = table.sort_values(["group", "_rank", "g2", "word"], ascending=[True, True, False, True], kind="stable")
    return table.drop(columns="_rank").reset_index(drop=True)
