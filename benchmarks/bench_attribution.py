"""Benchmark: attribution speed on one core, in sentences per CPU-second.

    .venv/bin/python benchmarks/bench_attribution.py [--documents 1000]

Builds ``documents`` distinct documents (``distinct_corpus.py``: the gold texts and seed articles
with other people and places), segments them first (not timed), then times ``find_utterances``
alone with the shared registry, once, after one other document has been read (so loading the
lexicons and the registry is left out, and no document is read twice), and prints one line per
measure. Target: at least 5,000
sentences per CPU-second (``bench_pipeline.py`` measures it beside the other targets).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from distinct_corpus import distinct_documents  # noqa: E402

from analysis.actors import load_registry  # noqa: E402
from analysis.attribution import find_utterances  # noqa: E402
from analysis.corpus import make_document  # noqa: E402
from analysis.text import sentences  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000, help="distinct documents")
    args = parser.parse_args()
    docs = [make_document(doc_id, text, {"date": date}) for doc_id, text, date in distinct_documents(args.documents)]
    segmented = [(doc, sentences(doc)) for doc in docs]
    n_sentences = sum(len(s) for _, s in segmented)
    registry = load_registry()
    warm_up = make_document("warm-up", "The troops had arrived, the ministry said on Monday.", {"date": "2024-10-01"})
    find_utterances(warm_up, registry=registry)
    started = time.process_time()
    n_utterances = sum(len(find_utterances(doc, sents, registry=registry)) for doc, sents in segmented)
    seconds = time.process_time() - started
    print(f"documents          {len(docs):>10,}")
    print(f"sentences          {n_sentences:>10,}")
    print(f"utterances         {n_utterances:>10,}")
    print(f"attribution        {n_sentences / seconds:>10,.0f} sentences/CPU-s  ({seconds:.2f} CPU s)")


if __name__ == "__main__":
    main()
