"""Benchmark: attribution and full-analysis speed, and memory while streaming a large corpus.

    .venv/bin/python benchmarks/bench_pipeline.py [--copies 200]

Builds a corpus of ``copies`` documents by repeating the seed and the exercise
articles (ids made unique), then reports sentences per second for segmentation,
attribution alone and the whole utterance analysis on one core, and the peak
resident memory of ``discourse analyze`` over the corpus, which must not grow
with the number of documents. Prints one line per measure.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import load_corpus, make_document  # noqa: E402
from analysis.pipeline import Settings, analyze_document  # noqa: E402
from analysis.text import sentences  # noqa: E402


def sample_documents(copies: int):
    base = load_corpus([ROOT / "seeds", ROOT / "notebooks" / "exercises" / "data"]).documents
    return [make_document(f"{doc.doc_id}-{n}", doc.text, doc.meta) for n in range(copies) for doc in base]


def rate(label: str, count: int, seconds: float, unit: str) -> None:
    print(f"{label:<28} {count / seconds:>10,.0f} {unit}/s  ({count} {unit} in {seconds:.2f} s)")


def peak_memory_mb(folder: Path, out: Path) -> float:
    """Peak RSS of a separate ``discourse analyze`` run over ``folder``."""
    code = ("import resource, sys; from analysis.cli import main; status = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", code, "analyze", str(folder), "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    return int(result.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200, help="copies of each sample article")
    args = parser.parse_args()
    from analysis.actors import load_registry
    from analysis.attribution import find_utterances

    docs = sample_documents(args.copies)
    registry = load_registry()
    analyze_document(docs[0])  # warm caches (lexicons, registry regexes)

    started = time.perf_counter()
    segmented = [(doc, sentences(doc)) for doc in docs]
    n_sentences = sum(len(s) for _, s in segmented)
    rate("segmentation", n_sentences, time.perf_counter() - started, "sentences")

    started = time.perf_counter()
    n_utterances = sum(len(find_utterances(doc, sents, registry=registry)) for doc, sents in segmented)
    rate("attribution", n_sentences, time.perf_counter() - started, "sentences")

    started = time.perf_counter()
    for doc in docs:
        analyze_document(doc, Settings())
    rate("full utterance analysis", n_sentences, time.perf_counter() - started, "sentences")
    print(f"{'utterances found':<28} {n_utterances:>10,}")

    with tempfile.TemporaryDirectory() as tmp:
        for size in (args.copies // 4, args.copies):
            folder = Path(tmp) / f"c{size}"
            folder.mkdir()
            for doc in sample_documents(size):
                (folder / f"{doc.doc_id}.txt").write_text(doc.text, encoding="utf-8")
            mb = peak_memory_mb(folder, Path(tmp) / f"out{size}.csv")
            print(f"{'peak RSS, ' + str(len(list(folder.iterdir()))) + ' docs':<28} {mb:>10,.0f} MB")
    print(f"{'own process peak RSS':<28} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:>10,.0f} MB")


if __name__ == "__main__":
    main()
