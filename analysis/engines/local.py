"""The engines of this machine: documents one after another in this process, or spread over processes."""

from __future__ import annotations

from functools import partial
from multiprocessing import get_context
from typing import Iterable, Iterator

from ..corpus import Document, LoadProblem
from ..pipeline import Settings, analyze_item, check_settings


def iter_rows(items: Iterable[Document | LoadProblem], settings: Settings = Settings(), *,
              jobs: int = 1) -> Iterator[list[dict] | LoadProblem]:
    """Analyse documents in order, yielding each one's rows (or its problem), in this process
    (``jobs=1``) or in ``jobs`` processes.

    A bad input (:data:`~analysis.pipeline.INPUT_ERRORS`) is yielded as a :class:`LoadProblem`; an
    unexpected error raises :class:`~analysis.pipeline.DocumentError` naming the document.
    """
    check_settings(settings)
    work = partial(analyze_item, settings=settings)
    if jobs <= 1:
        yield from map(work, items)
        return
    with get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(work, items, chunksize=4)


def progress_bar(*, total: int | None, enabled: bool, unit: str, desc: str = "analyse"):
    """A tqdm progress bar (``tqdm.auto``: a widget in Jupyter, text in a terminal); when not
    ``enabled``, one that shows nothing. Output goes to stderr. (``tqdm.auto`` is imported only for
    a bar that shows: in a kernel without ipywidgets, importing it warns.)"""
    if not enabled:
        from tqdm import tqdm
    else:
        from tqdm.auto import tqdm
    return tqdm(total=total, unit=unit, desc=desc, disable=not enabled, leave=False)
