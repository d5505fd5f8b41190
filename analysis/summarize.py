"""Summaries of the utterance table: per-actor aggregates with uncertainty, KWIC, collocations, keyness.

Tables in, new tables out (quanteda's verb families): nothing here mutates its argument.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from .corpus import Document
from .schema import LIST_SEPARATOR, STANCES, UNATTRIBUTED
from .text import read_word_list, sentences, tokens

G2_CRITICAL = 3.84  # chi-square, 1 degree of freedom, p < 0.05

BY_ACTOR_COLUMNS = (["actor", "actor_name", "utterances", "documents"] + [f"share_{s}" for s in STANCES]
                    + ["stance_mean", "stance_lo", "stance_hi", "sentiment_mean", "sentiment_lo", "sentiment_hi",
                       "dominant_frames"])


def bootstrap_interval(values: np.ndarray, *, n_boot: int, ci: float, rng: np.random.Generator) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean; degenerate (lo = hi = mean) for one value."""
    if len(values) == 1:
        return float(values[0]), float(values[0])
    means = rng.choice(values, size=(n_boot, len(values)), replace=True).mean(axis=1)
    alpha = (1 - ci) / 2
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def actor_names() -> dict[str, str]:
    from .actors import load_registry

    return {code: actor.name for code, actor in load_registry().actors.items()}


def _frames_of(column: pd.Series) -> Counter:
    counts: Counter = Counter()
    for cell in column:
        counts.update(f for f in str(cell).split(LIST_SEPARATOR) if f)
    return counts


def by_actor(utterances: pd.DataFrame, *, n_boot: int = 2000, seed: int = 0, ci: float = 0.95) -> pd.DataFrame:
    """One row per actor (and an explicit 'unattributed' row): counts, stance shares, means with intervals."""
    data = utterances.assign(actor=utterances["actor"].fillna("").replace("", UNATTRIBUTED))
    names = actor_names()
    rows = []
    for actor, group in data.groupby("actor", sort=True):
        rng = np.random.default_rng(seed)  # per actor, so adding an actor does not change the others
        row = {"actor": actor, "actor_name": names.get(actor, "no government" if actor == UNATTRIBUTED else actor),
               "utterances": len(group), "documents": group["doc_id"].nunique()}
        shares = group["stance"].value_counts(normalize=True)
        row.update({f"share_{s}": round(float(shares.get(s, 0.0)), 4) for s in STANCES})
        for measure, column in (("stance", "stance_score"), ("sentiment", "sentiment")):
            values = group[column].astype(float).to_numpy()
            lo, hi = bootstrap_interval(values, n_boot=n_boot, ci=ci, rng=rng)
            row.update({f"{measure}_mean": round(float(values.mean()), 4), f"{measure}_lo": round(lo, 4),
                        f"{measure}_hi": round(hi, 4)})
        top = _frames_of(group["frames"]).most_common()
        row["dominant_frames"] = LIST_SEPARATOR.join(f for f, _ in sorted(top, key=lambda t: (-t[1], t[0]))[:3])
        rows.append(row)
    table = pd.DataFrame(rows, columns=BY_ACTOR_COLUMNS)
    return table.sort_values(["utterances", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _documents(corpus) -> list[Document]:
    return list(corpus.documents if hasattr(corpus, "documents") else corpus)


def kwic(corpus, pattern: str, *, window: int = 5, case_insensitive: bool = True, regex: bool = False) -> pd.DataFrame:
    """Keyword in context: every token (or phrase) matching ``pattern`` with ``window`` tokens each side.

    Columns: ``doc_id, start, end, from, to, pre, keyword, post``: character offsets into the
    document text and token positions; the text shown is the document's own.
    """
    flags = re.IGNORECASE if case_insensitive else 0
    words = pattern.split() if not regex else [pattern]
    matchers = [re.compile(w if regex else re.escape(w), flags) for w in words]
    rows = []
    for doc in _documents(corpus):
        toks = [tok for sent in sentences(doc) for tok in tokens(doc.norm, sent.start, sent.end)]
        for index in range(len(toks) - len(matchers) + 1):
            if all(m.fullmatch(toks[index + k].text) for k, m in enumerate(matchers)):
                last = index + len(matchers) - 1
                pre = toks[max(0, index - window):index]
                post = toks[last + 1:last + 1 + window]
                rows.append({
                    "doc_id": doc.doc_id, "start": toks[index].start, "end": toks[last].end,
                    "from": index, "to": last,
                    "pre": doc.text[pre[0].start:toks[index].start].strip() if pre else "",
                    "keyword": doc.text[toks[index].start:toks[last].end],
                    "post": doc.text[toks[last].end:post[-1].end].strip() if post else "",
                })
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "from", "to", "pre", "keyword", "post"])


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(read_word_list("stopwords_en.txt"))


def words_of(text: str, *, drop_stopwords: bool = True) -> list[str]:
    """Lower-case alphabetic words (apostrophes kept), optionally without stopwords."""
    found = re.findall(r"[a-z][a-z'-]*[a-z]|[a-z]", text.lower().replace("\u2019", "'"))
    return [w for w in found if not (drop_stopwords and w in stopwords())]


def collocations(corpus_or_texts, *, n: int = 20, min_freq: int = 2, measure: str = "pmi",
                 window: int = 2) -> pd.DataFrame:
    """Word pairs that co-occur more than chance (NLTK's bigram finder): PMI or log-likelihood ratio."""
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    measures = {"pmi": BigramAssocMeasures.pmi, "llr": BigramAssocMeasures.likelihood_ratio}
    if measure not in measures:
        raise ValueError(f"unknown measure {measure!r}; choose one of: {', '.join(measures)}")
    items = _documents(corpus_or_texts) if not isinstance(corpus_or_texts, pd.Series) else list(corpus_or_texts)
    texts = [item.norm if isinstance(item, Document) else str(item) for item in items]
    sequences = [words_of(t, drop_stopwords=False) for t in texts]
    finder = BigramCollocationFinder.from_documents(sequences) if window == 2 else \
        BigramCollocationFinder.from_words([w for s in sequences for w in s + ["<doc>"]], window_size=window)
    finder.apply_freq_filter(min_freq)
    finder.apply_word_filter(lambda w: w in stopwords() or w == "<doc>")
    scored = finder.score_ngrams(measures[measure])
    rows = [{"word1": a, "word2": b, "freq": finder.ngram_fd[(a, b)], "score": round(score, 4), "measure": measure}
            for (a, b), score in scored]
    table = pd.DataFrame(rows, columns=["word1", "word2", "freq", "score", "measure"])
    return table.sort_values(["score", "word1", "word2"], ascending=[False, True, True], kind="stable").head(n) \
        .reset_index(drop=True)


def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """Dunning's G² for a word seen ``a`` times in a target of ``c`` words and ``b`` times in ``d`` others."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    if a:
        g2 += a * math.log(a / e1)
    if b:
        g2 += b * math.log(b / e2)
    return 2 * g2


def keyness(utterances: pd.DataFrame, *, group: str = "actor", text_column: str = "text",
            min_count: int = 2) -> pd.DataFrame:
    """Log-likelihood keyness of each group's words against all other groups (Rayson & Garside 2000)."""
    data = utterances.assign(**{group: utterances[group].fillna("").replace("", UNATTRIBUTED)})
    counts = {name: Counter(w for text in rows[text_column] for w in words_of(str(text)))
              for name, rows in data.groupby(group, sort=True)}
    total = Counter()
    for counter in counts.values():
        total.update(counter)
    size = sum(total.values())
    rows = []
    for name, counter in counts.items():
        target = sum(counter.values())
        reference = size - target
        if not target or not reference:
            continue
        for word, a in counter.items():
            if a < min_count:
                continue
            b = total[word] - a
            g2 = log_likelihood(a, b, target, reference)
            effect = math.log2(((a + 0.5) / target) / ((b + 0.5) / reference))
            rows.append({"group": name, "word": word, "count_target": a, "count_reference": b,
                         "g2": round(g2, 4), "effect": round(effect, 4), "direction": "over" if effect > 0 else "under"})
    table = pd.DataFrame(rows, columns=["group", "word", "count_target", "count_reference", "g2", "effect", "direction"])
    return table.sort_values(["group", "g2", "word"], ascending=[True, False, True], kind="stable").reset_index(drop=True)

