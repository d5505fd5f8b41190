"""A saved web page read with trafilatura: the article body, title, date, author and site name.

trafilatura is an optional extra (``pip install -e ".[web]"``); :func:`available` says whether it
is installed. It runs offline on the saved HTML: nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import json

from . import Article

#: trafilatura's metadata fields kept, by the name they get.
FIELDS = {"title": "title", "date": "date", "author": "author", "sitename": "source", "url": "url",
          "language": "language"}


def available() -> bool:
    """Whether trafilatura is installed."""
    return importlib.util.find_spec("trafilatura") is not None


def extract(html: str) -> Article | None:
    """The article of a saved page by trafilatura, or ``None`` when it finds no article body."""
    import trafilatura

    found = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                include_tables=False, deduplicate=False)
    if not found:
        return None
    record = json.loads(found)
    body = "\n".join(line.strip() for line in (record.get("text") or "").splitlines() if line.strip())
    if not body:
        return None
    meta = {name: str(record[key]).strip() for key, name in FIELDS.items() if record.get(key)}
    return Article(body, meta)
