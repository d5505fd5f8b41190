"""Run every stage over documents and produce the tidy tables.

``analyze(corpus)`` returns the **utterances** table (one row per thing an actor
said or was reported to think) or, with ``unit="sentence"``, one row per
article sentence. Rows are built one document at a time, so a caller can stream
them (``iter_rows``) and memory does not grow with the corpus.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from .actors import Registry, RegistryError, load_registry
from .attribution import find_utterances
from .corpus import CorpusError, Document, LoadProblem, check_paths_exist, iter_corpus, metadata_row
from .frames import find_frames
from .schema import (EVIDENCE_COLUMNS, LIST_SEPARATOR, METADATA_COLUMNS, SENTENCE_COLUMNS,
                     UTTERANCE_COLUMNS)
from .sentiment import METHOD as SENTIMENT_METHOD
from .sentiment import score_sentiment
from .stance import Target, load_target, score_stance
from .text import scored_part, sentences

UNITS = ("utterance", "sentence")


def columns_for(unit: str) -> list[str]:
    """The output columns, in order, for ``unit``."""
    check_unit(unit)
    if unit == "sentence":
        return SENTENCE_COLUMNS + METADATA_COLUMNS
    return UTTERANCE_COLUMNS + EVIDENCE_COLUMNS + METADATA_COLUMNS


def check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; choose one of: {', '.join(UNITS)}")


def _sentiment_columns(text: str) -> dict:
    scores = score_sentiment(text)
    return {
        "polarity": scores.polarity,
        "subjectivity": scores.subjectivity,
        "vader_compound": scores.vader_compound,
        "sentiment": scores.sentiment,
        "sentiment_method": SENTIMENT_METHOD,
    }


def sentence_rows(doc: Document) -> list[dict]:
    """One row per non-boilerplate sentence of ``doc``."""
    meta = metadata_row(doc)
    rows = []
    for sent in sentences(doc, include_boilerplate=False):
        row = {"doc_id": doc.doc_id, "sent_id": sent.sent_id, "start": sent.start, "end": sent.end,
               "text": doc.text[sent.start:sent.end]}
        row.update(_sentiment_columns(scored_part(doc.norm, sent.start, sent.end)))
        row.update(meta)
        rows.append(row)
    return rows


def utterance_rows(doc: Document, *, registry: Registry, target: Target) -> list[dict]:
    """One row per utterance of ``doc``, scored for stance, sentiment and frames."""
    meta = metadata_row(doc)
    rows = []
    for number, utt in enumerate(find_utterances(doc, registry=registry)):
        content = scored_part(doc.norm, utt.start, utt.end)  # what the scorers read
        stance = score_stance(content, cue=utt.cue, mode=utt.mode, target=target)
        frames = find_frames(content)
        row = {
            "doc_id": doc.doc_id, "utt_id": number, "start": utt.start, "end": utt.end,
            "text": doc.text[utt.start:utt.end], "speaker": utt.speaker, "actor": utt.actor,
            "mode": utt.mode, "cue": utt.cue, "stance": stance.label, "stance_score": stance.score,
            "frames": LIST_SEPARATOR.join(frames.frames), "method": utt.method,
            "stance_cues": LIST_SEPARATOR.join(stance.cues), "frame_cues": LIST_SEPARATOR.join(frames.cues),
        }
        row.update(_sentiment_columns(content))
        row.update(meta)
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Settings:
    """What a worker needs to analyse one document (picklable, so ``--jobs`` can use processes)."""

    unit: str = "utterance"
    actors: str | None = None
    target: str | None = None


def analyze_document(doc: Document, settings: Settings = Settings()) -> list[dict]:
    """Rows for one document, in output column order."""
    if settings.unit == "sentence":
        rows = sentence_rows(doc)
    else:
        rows = utterance_rows(doc, registry=load_registry(settings.actors), target=load_target(settings.target))
    columns = columns_for(settings.unit)
    return [{name: row.get(name, "") for name in columns} for row in rows]


class DocumentError(RuntimeError):
    """An unexpected error (a bug, not bad input) while analysing one document; names the file,
    the document and the original exception, which is chained as ``__cause__``."""

    def __init__(self, path: str, doc_id: str, error: str):
        self.path, self.doc_id, self.error = path, doc_id, error
        super().__init__(f"{path}: document {doc_id!r} failed: {error}")

    def __reduce__(self):  # picklable, so a ``--jobs`` worker can send it back
        return type(self), (self.path, self.doc_id, self.error)


#: Problems with the user's input, reported as a message while the rest of the corpus is analysed.
#: Anything else is a bug: it stops the run as a :class:`DocumentError` rather than dropping rows silently.
INPUT_ERRORS = (CorpusError, RegistryError, UnicodeError)


def _analyze_item(item: Document | LoadProblem, settings: Settings) -> list[dict] | LoadProblem:
    if isinstance(item, LoadProblem):
        return item
    path = str(item.meta.get("path", item.doc_id))
    try:
        return analyze_document(item, settings)
    except INPUT_ERRORS as exc:
        return LoadProblem(path, f"document {item.doc_id!r}: {exc}")
    except Exception as exc:
        raise DocumentError(path, item.doc_id, repr(exc)) from exc


def iter_rows(items: Iterable[Document | LoadProblem], settings: Settings = Settings(), *,
              jobs: int = 1) -> Iterator[list[dict] | LoadProblem]:
    """Analyse documents in order, yielding each one's rows (or its problem), with ``jobs`` processes.

    A bad input (:data:`INPUT_ERRORS`) is yielded as a :class:`LoadProblem`; an unexpected error raises
    :class:`DocumentError` naming the document.
    """
    check_unit(settings.unit)
    if settings.target is not None:
        load_target(settings.target)  # fail fast on a bad target file, before any work
    if settings.actors is not None:
        load_registry(settings.actors)
    work = partial(_analyze_item, settings=settings)
    if jobs <= 1:
        yield from map(work, items)
        return
    with get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(work, items, chunksize=4)


def analyze(corpus: Iterable[Document] | str | Path, *, unit: str = "utterance",
            actors: str | Path | None = None, target: str | Path | None = None) -> pd.DataFrame:
    """Analyse a corpus (or a path to one) into the utterance or sentence table.

    A path that does not exist raises ``FileNotFoundError`` naming it (as :func:`~analysis.corpus.load_corpus`).
    Files that cannot be read are skipped with a warning; an unexpected error while analysing a
    document raises :class:`DocumentError` naming it (no rows are dropped silently).

    ``actors`` is a YAML file extending the shipped actor registry; ``target`` a YAML
    file defining the stance target (default: North Korea's troop deployment for Russia).
    """
    items = iter_corpus(check_paths_exist(corpus)) if isinstance(corpus, (str, Path)) else corpus
    settings = Settings(unit=unit, actors=None if actors is None else str(actors),
                        target=None if target is None else str(target))
    rows: list[dict] = []
    for result in iter_rows(items, settings):
        if isinstance(result, LoadProblem):
            warnings.warn(str(result), stacklevel=2)
        else:
            rows.extend(result)
    return pd.DataFrame(rows, columns=columns_for(unit))
