"""Benchmark: attribution speed on one core, in sentences per second.

    .venv/bin/python benchmarks/bench_attribution.py [--copies 100]

Repeats every gold document of ``tests/gold/attribution`` (seed, own and held-out sets) ``copies``
times with unique ids, segments them first (not timed), then times ``find_utterances`` alone with
the shared registry, and prints one line per measure. Target: at least 2,000 sentences/second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.actors import load_registry  # noqa: E402
from analysis.attribution import find_utterances  # noqa: E402
from analysis.corpus import make_document  # noqa: E402
from analysis.evaluate.attribution import load_gold  # noqa: E402
from analysis.text import sentences  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of each gold document")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args()
    base = [gold.doc for gold in load_gold()]
    docs = [make_document(f"{doc.doc_id}-{n}", doc.text, doc.meta) for n in range(args.copies) for doc in base]
    segmented = [(doc, sentences(doc)) for doc in docs]
    n_sentences = sum(len(s) for _, s in segmented)
    registry = load_registry()
    find_utterances(*segmented[0], registry=registry)  # warm the lexicon and registry caches
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        n_utterances = sum(len(find_utterances(doc, sents, registry=registry)) for doc, sents in segmented)
        best = min(best, time.perf_counter() - started)
    print(f"documents          {len(docs):>10,}")
    print(f"sentences          {n_sentences:>10,}")
    print(f"utterances         {n_utterances:>10,}")
    print(f"attribution        {n_sentences / best:>10,.0f} sentences/s  (best of {args.repeat}: {best:.2f} s)")


if __name__ == "__main__":
    main()
