"""The analysis of one document, which every engine runs.

``analyze_document(doc, settings)`` returns a document's rows of the
**utterances** table (one row per thing an actor said or was reported to think),
or with ``unit="sentence"`` one row per article sentence, with ``unit="document"``
one row for the document (its text, metadata and counts, for tools that build
their own corpus from it), with ``unit="naming"`` one row per naming choice (a
word of ``resources/naming.yml``) and whose voice it is. ``analyze_item`` wraps it
with the error contract every engine keeps: bad input becomes a
:class:`~analysis.corpus.LoadProblem`, a bug a :class:`DocumentError` naming the
document. Where the documents run (in-process, processes, a Dask cluster) is
:mod:`analysis.engines`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

from .actors import Registry, RegistryError, load_registry
from .attribution import find_utterances
from .corpus import CorpusError, Document, LoadProblem, metadata_row
from .frames import find_frames
from .naming import Naming, find_names, load_naming
from .schema import (DOCUMENT_COLUMNS, DOCUMENT_COUNTS, EVIDENCE_COLUMNS, FLOAT_COLUMNS, INTEGER_COLUMNS,
                     LIST_COLUMNS, LIST_SEPARATOR, METADATA_COLUMNS, NAMING_COLUMNS, SENTENCE_COLUMNS,
                     UTTERANCE_COLUMNS, metadata_column)
from .sentiment import METHOD as SENTIMENT_METHOD
from .sentiment import score_sentiment
from .stance import Target, load_target, score_stance
from .text import scored_part, sentences
from .voice import outlet_voice

if TYPE_CHECKING:  # pandas is imported by rows_frame only: the discourse command streams rows without it
    import pandas as pd

UNITS = ("utterance", "sentence", "document", "naming")


def columns_for(unit: str, extra: Iterable[str] = ()) -> list[str]:
    """The output columns, in order, for ``unit``, with the ``extra`` metadata keys of the corpus
    (:func:`~analysis.corpus.extra_metadata`) after the standard metadata."""
    check_unit(unit)
    metadata = METADATA_COLUMNS + [metadata_column(key) for key in extra]
    if unit == "sentence":
        return SENTENCE_COLUMNS + metadata
    if unit == "document":
        return DOCUMENT_COLUMNS + metadata + ["text"] + DOCUMENT_COUNTS
    if unit == "naming":
        return NAMING_COLUMNS + metadata
    return UTTERANCE_COLUMNS + EVIDENCE_COLUMNS + metadata


def rows_frame(rows: Iterable[dict], unit: str, extra: Iterable[str] = ()) -> pd.DataFrame:
    """The pandas table of ``rows`` (from :func:`analyze_document`): its columns in order, list
    columns joined (:func:`join_lists`); with no rows, number columns still typed as numbers."""
    import pandas as pd

    columns = columns_for(unit, extra)
    frame = pd.DataFrame([join_lists(row) for row in rows], columns=columns)
    if not frame.empty:
        return frame
    return frame.astype({name: "int64" if name in INTEGER_COLUMNS else "float64"
                         for name in columns if name in INTEGER_COLUMNS or name in FLOAT_COLUMNS})


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


def sentence_rows(doc: Document, extra: Iterable[str] = ()) -> Iterator[dict]:
    """One row per non-boilerplate sentence of ``doc``, made as they are asked for."""
    meta = metadata_row(doc, extra)
    for sent in sentences(doc, include_boilerplate=False):
        row = {"doc_id": doc.doc_id, "sent_id": sent.sent_id, "start": sent.start, "end": sent.end,
               "text": doc.text[sent.start:sent.end]}
        row.update(_sentiment_columns(scored_part(doc.norm, sent.start, sent.end)))
        row.update(meta)
        yield row


def utterance_rows(doc: Document, *, registry: Registry, target: Target, extra: Iterable[str] = ()) -> Iterator[dict]:
    """One row per utterance of ``doc``, made as they are asked for: scored for stance, sentiment and
    frames, with how the outlet voices it (``frames``, ``stance_cues``, ``frame_cues`` and
    ``outlet_hedges`` are lists)."""
    meta = metadata_row(doc, extra)
    sents = sentences(doc)
    found = find_utterances(doc, sents, registry=registry)
    for number, (utt, voice) in enumerate(zip(found, outlet_voice(doc, found, sents))):
        content = scored_part(doc.norm, utt.start, utt.end)  # what the scorers read
        stance = score_stance(content, cue=utt.cue, mode=utt.mode, target=target)
        frames = find_frames(content)
        row = {
            "doc_id": doc.doc_id, "utt_id": number, "start": utt.start, "end": utt.end,
            "text": doc.text[utt.start:utt.end], "speaker": utt.speaker, "actor": utt.actor,
            "mode": utt.mode, "cue": utt.cue, "via": utt.via, "cue_class": voice.cue_class,
            "outlet_hedges": list(voice.hedges), "stance": stance.label, "stance_score": stance.score,
            "frames": list(frames.frames), "method": utt.method,
            "stance_cues": list(stance.cues), "frame_cues": list(frames.cues),
        }
        row.update(_sentiment_columns(content))
        row.update(meta)
        yield row


def document_row(doc: Document, *, registry: Registry, extra: Iterable[str] = ()) -> dict:
    """One row for ``doc``: its id, metadata, text (as decoded, so utterance and sentence offsets
    index it) and how many sentences (boilerplate left out) and utterances it has."""
    return {"doc_id": doc.doc_id, **metadata_row(doc, extra), "text": doc.text,
            "n_sentences": len(sentences(doc, include_boilerplate=False)),
            "n_utterances": len(find_utterances(doc, registry=registry))}


def naming_rows(doc: Document, *, registry: Registry, naming: Naming, extra: Iterable[str] = ()) -> list[dict]:
    """One row per naming choice in ``doc``, with whose voice it is."""
    meta = metadata_row(doc, extra)
    sents = sentences(doc)
    found = find_utterances(doc, sents, registry=registry)
    return [{"doc_id": doc.doc_id, "start": m.start, "end": m.end, "term": m.term, "category": m.category,
             "voice": m.voice, "actor": m.actor, "quoted": m.quoted, "variant": m.variant, "utt_id": m.utt_id, **meta}
            for m in find_names(doc, found, sents, naming=naming)]


@dataclass(frozen=True)
class Settings:
    """What a worker needs to analyse one document (picklable, so an engine can send it to other
    processes or machines; ``actors`` and ``target`` are paths every worker can read).

    ``extra`` holds the metadata keys beyond the standard ones that every row carries as columns;
    ``naming`` a YAML file extending the shipped naming choices (for ``unit="naming"``)."""

    unit: str = "utterance"
    actors: str | None = None
    target: str | None = None
    extra: tuple[str, ...] = ()
    naming: str | None = None


def analyze_document(doc: Document, settings: Settings = Settings()) -> list[dict]:
    """Rows for one document, in output column order; list columns hold lists. Each row is put in order as
    it is made, so a long document's rows are held once, not twice."""
    if settings.unit == "sentence":
        rows = sentence_rows(doc, settings.extra)
    elif settings.unit == "document":
        rows = [document_row(doc, registry=load_registry(settings.actors), extra=settings.extra)]
    elif settings.unit == "naming":
        rows = naming_rows(doc, registry=load_registry(settings.actors), naming=load_naming(settings.naming),
                           extra=settings.extra)
    else:
        rows = utterance_rows(doc, registry=load_registry(settings.actors), target=load_target(settings.target),
                              extra=settings.extra)
    columns = columns_for(settings.unit, settings.extra)
    return [{name: row.get(name, [] if name in LIST_COLUMNS else "") for name in columns} for row in rows]


def join_lists(row: dict) -> dict:
    """``row`` with its list columns joined into one string each (``"a; b"``), as CSV and the
    pandas tables of :func:`analyze` hold them."""
    return {name: LIST_SEPARATOR.join(value) if name in LIST_COLUMNS else value for name, value in row.items()}


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


def check_settings(settings: Settings) -> None:
    """Fail fast, before any work, on an unknown unit or a bad actors or target file."""
    check_unit(settings.unit)
    if settings.target is not None:
        load_target(settings.target)
    if settings.actors is not None:
        load_registry(settings.actors)
    if settings.naming is not None:
        load_naming(settings.naming)


def analyze_item(item: Document | LoadProblem, settings: Settings) -> list[dict] | LoadProblem:
    """A document's rows; its problem if it is bad input (:data:`INPUT_ERRORS`); a :class:`DocumentError`
    naming it for anything else. A problem passed in is passed on."""
    if isinstance(item, LoadProblem):
        return item
    path = str(item.meta.get("path", item.doc_id))
    try:
        return analyze_document(item, settings)
    except INPUT_ERRORS as exc:
        return LoadProblem(path, f"document {item.doc_id!r}: {exc}")
    except Exception as exc:
        raise DocumentError(path, item.doc_id, repr(exc)) from exc
