"""Discourse analysis toolkit: who says what in the news, and how each government frames an event.

The public API a notebook uses::

    import analysis as da
    corpus = da.load_corpus("seeds/")
    utterances = da.analyze(corpus)
    summary = da.by_actor(utterances)
    da.plot_stance_by_actor(utterances)

Names are imported on first use, so ``import analysis`` stays quick and
changes nothing global.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: public name -> module that defines it
_EXPORTS = {
    "load_corpus": "corpus", "iter_corpus": "corpus", "Corpus": "corpus", "Document": "corpus",
    "make_document": "corpus", "documents_table": "corpus",
    "sentences": "text", "tokens": "text",
    "load_registry": "actors",
    "find_utterances": "attribution",
    "score_stance": "stance", "load_target": "stance",
    "score_sentiment": "sentiment",
    "find_frames": "frames",
    "analyze": "engines", "analyze_dask": "engines.cluster",
    "load_naming": "naming", "find_names": "naming",
    "by_actor": "summarize", "kwic": "summarize", "collocations": "summarize", "keyness": "summarize",
    "voice_by_actor": "summarize", "hedges_by_actor": "summarize", "naming_shares": "summarize",
    "plot_stance_by_actor": "plots", "plot_actor_means": "plots", "plot_sentiment_methods": "plots",
    "plot_frame_heatmap": "plots", "plot_stance_over_time": "plots", "plot_keyness": "plots",
    "plot_utterances": "plots", "plot_naming_heatmap": "plots", "plot_distancing": "plots",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
