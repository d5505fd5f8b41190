"""Benchmark: the speed and memory targets, as ratios measured in one run on the same sentences.

    .venv/bin/python benchmarks/bench_pipeline.py [--documents 1000] [--rounds 3] [--memory 1000 10000]
    .venv/bin/python benchmarks/bench_pipeline.py --corpus /path/to/articles/*.yml   # your own texts
    .venv/bin/python benchmarks/bench_pipeline.py --python /tmp/plain/bin/python    # discourse analyze elsewhere

The corpus is ``--documents`` distinct documents (``distinct_corpus.py``: the project's gold texts
and seed articles with other people and places), or the texts of ``--corpus`` (files the toolkit
reads, and YAML files with a ``text`` field). Each throughput is measured in a fresh process that
has imported the toolkit and analysed one other document first (so loading the registry and the
lexicons is left out, but nothing is cached for the corpus itself), in CPU seconds, which other
programs on a shared machine change less than wall time; ``--rounds`` repeats every measure in
turn and keeps the median. Measures and targets:

* the full utterance analysis of each document from its text (segmentation, attribution, stance,
  sentiment, frames) against TextBlob's polarity alone on each of the same sentences: >= 0.5x;
* attribution alone on the segmented documents: >= 5,000 sentences per CPU-second;
* ``discourse analyze`` on a one-sentence document in a fresh process: < 1 s (CPU seconds, which
  are the wall time on an idle core; the wall time and the load average are shown), and how much of
  it is importing the toolkit (``--python`` runs it with another environment's Python: NLTK imports
  SciPy and scikit-learn whenever they are installed, as the test extra installs them);
* peak memory of ``discourse analyze`` over the first and the second ``--memory`` count of distinct
  documents (variants of the same texts): at most 1.2x.

Prints a table with each measure, its ratio and whether the target holds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from distinct_corpus import base_texts, distinct_documents, project_texts, write_corpus  # noqa: E402

#: A document outside every corpus, analysed once before timing so that loading is not timed.
WARM_UP = ("warm-up", "SEOUL, Oct. 1 (Yonhap) -- The troops had arrived, the ministry said on Monday.\n"
           "\"We will respond firmly,\" Foreign Minister Cho Tae-yul told reporters.", "2024-10-01")
ONE_SENTENCE = "The minister said on Tuesday that the talks had been useful.\n"
#: Packages that ``discourse analyze`` of a small document should not need to import.
HEAVY = ("pandas", "matplotlib", "seaborn", "nbconvert", "nbclient", "scipy", "sklearn", "pyarrow", "IPython")
THROUGHPUTS = ("textblob", "attribution", "full")
HEADER = ("measure", "value", "beside", "ratio", "target", "holds")


# --------------------------------------------------------------------------- throughput, in a fresh process


def _warm_up() -> None:
    from textblob import TextBlob

    from analysis.corpus import make_document
    from analysis.pipeline import analyze_document

    analyze_document(make_document(WARM_UP[0], WARM_UP[1], {"date": WARM_UP[2]}))
    TextBlob(WARM_UP[1]).sentiment


def measure(name: str, items: list[tuple[str, str, str]]) -> tuple[int, float]:
    """``(sentences, CPU seconds)`` of one measure over ``items`` ``(doc_id, text, date)``; run in a fresh process."""
    from textblob import TextBlob

    from analysis.actors import load_registry
    from analysis.attribution import find_utterances
    from analysis.corpus import make_document
    from analysis.pipeline import analyze_document
    from analysis.text import sentences

    _warm_up()
    docs = [make_document(doc_id, text, {"date": date}) for doc_id, text, date in items]
    segmented = [(doc, sentences(doc)) for doc in docs]
    count = sum(len(sents) for _, sents in segmented)
    if name == "textblob":
        texts = [doc.text[sent.start:sent.end] for doc, sents in segmented for sent in sents]
        started = time.process_time()
        for text in texts:
            TextBlob(text).sentiment.polarity
    elif name == "attribution":
        registry = load_registry()
        started = time.process_time()
        for doc, sents in segmented:
            find_utterances(doc, sents, registry=registry)
    elif name == "full":
        started = time.process_time()
        for doc_id, text, date in items:
            analyze_document(make_document(doc_id, text, {"date": date}))
    else:
        raise ValueError(f"unknown measure {name!r}; choose one of: {', '.join(THROUGHPUTS)}")
    return count, time.process_time() - started


def in_fresh_process(name: str, items: list[tuple[str, str, str]]) -> tuple[int, float]:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(measure, name, items).result()


def throughputs(items: list[tuple[str, str, str]], rounds: int) -> tuple[int, dict[str, float]]:
    """Sentences, and the median sentences per CPU-second of each measure over ``rounds`` rounds (the
    order of the measures turns each round)."""
    seconds: dict[str, list[float]] = {name: [] for name in THROUGHPUTS}
    count = 0
    for number in range(rounds):
        order = THROUGHPUTS[number % 3:] + THROUGHPUTS[:number % 3]
        for name in order:
            count, cpu = in_fresh_process(name, items)
            seconds[name].append(cpu)
    return count, {name: count / statistics.median(values) for name, values in seconds.items()}


# --------------------------------------------------------------------------- discourse analyze, in a fresh process

_CLI = """
import resource, sys, time
from analysis import cli, corpus, output, pipeline  # what the analyze command imports
imported = time.process_time()
status = cli.main(sys.argv[1:])
heavy = [name for name in {heavy!r} if name in sys.modules]
print(imported, time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ",".join(heavy) or "-")
sys.exit(status)
"""


def run_analyze(python: str, folder: Path, out: Path) -> dict:
    """Run ``discourse analyze FOLDER --out OUT`` with ``python`` in a fresh process: its wall and CPU
    seconds, the CPU seconds spent importing the command, its peak memory (MB) and the heavy packages
    it imported."""
    code = _CLI.format(heavy=HEAVY)
    started = time.perf_counter()
    result = subprocess.run([python, "-c", code, "analyze", str(folder), "--out", str(out), "--quiet"],
                            capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise RuntimeError(f"discourse analyze {folder} failed ({result.returncode}):\n{result.stderr}")
    imported, cpu, maxrss, heavy = result.stdout.split()[-4:]
    return {"wall": wall, "cpu": float(cpu), "import": float(imported), "mb": int(maxrss) / 1024, "heavy": heavy}


def one_sentence(python: str, tmp: Path, repeat: int) -> dict:
    """The median of ``repeat`` fresh ``discourse analyze`` runs on a one-sentence document."""
    folder = tmp / "one"
    folder.mkdir()
    (folder / "one.txt").write_text(ONE_SENTENCE, encoding="utf-8")
    runs = [run_analyze(python, folder, tmp / "one.csv") for _ in range(repeat)]
    return {key: statistics.median(run[key] for run in runs) if key != "heavy" else runs[-1][key] for key in runs[0]}


def peak_memory(python: str, tmp: Path, sizes: list[int], base, seed: int) -> dict[int, dict]:
    """``discourse analyze`` over ``size`` distinct documents, for each size."""
    result = {}
    for size in sizes:
        folder = tmp / f"corpus{size}"
        write_corpus(folder, size, seed=seed, base=base)
        result[size] = run_analyze(python, folder, tmp / f"out{size}.csv")
    return result


# --------------------------------------------------------------------------- report


def verdict(holds: bool) -> str:
    return "yes" if holds else "NO"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000, help="distinct documents for the throughputs")
    parser.add_argument("--corpus", type=Path, nargs="+", metavar="PATH",
                        help="measure on these texts (files, folders) instead of the generated corpus")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the throughput measures (median kept)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of the one-sentence document (median kept)")
    parser.add_argument("--memory", type=int, nargs=2, default=[1000, 10000], metavar=("SMALL", "LARGE"),
                        help="corpus sizes whose peak memory is compared (0 0 to skip)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--python", default=sys.executable,
                        help="the Python that runs discourse analyze in the fresh-process measures, e.g. one of a "
                             "virtual environment with the package alone (default: this one)")
    args = parser.parse_args()

    base = base_texts(args.corpus) if args.corpus else project_texts()
    if args.corpus:
        items = [(text.doc_id, text.text, text.date) for text in base]
        described = f"{len(items):,} distinct texts of --corpus ({len(args.corpus)} path(s))"
    else:
        items = distinct_documents(args.documents, seed=args.seed, base=base)
        described = f"{len(items):,} distinct documents (distinct_corpus.py, seed {args.seed})"
    count, rates = throughputs(items, args.rounds)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        one = one_sentence(args.python, tmp, args.repeat)
        memory = peak_memory(args.python, tmp, args.memory, base, args.seed) if all(args.memory) else {}
    load = os.getloadavg()[0]

    full_ratio = rates["full"] / rates["textblob"]
    rows = [
        ("full utterance analysis", f"{rates['full']:,.0f} sentences/CPU-s",
         f"TextBlob polarity alone {rates['textblob']:,.0f}", f"{full_ratio:.2f}x", ">= 0.5x",
         verdict(full_ratio >= 0.5)),
        ("attribution alone", f"{rates['attribution']:,.0f} sentences/CPU-s", "", "", ">= 5,000",
         verdict(rates["attribution"] >= 5000)),
        ("one sentence, discourse analyze", f"{one['cpu']:.2f} CPU s",
         f"wall {one['wall']:.2f} s, imports {one['import']:.2f} CPU s", "", "< 1 s", verdict(one["cpu"] < 1.0)),
    ]
    if memory:
        small, large = (memory[size] for size in args.memory)
        ratio = large["mb"] / small["mb"]
        rows.append((f"peak memory, {args.memory[1]:,} vs {args.memory[0]:,} docs",
                     f"{large['mb']:,.0f} MB vs {small['mb']:,.0f} MB", "", f"{ratio:.2f}x", "<= 1.2x",
                     verdict(ratio <= 1.2)))
    print(f"corpus: {described}, {count:,} sentences; median of {args.rounds} round(s); "
          f"load average {load:.1f} on {os.cpu_count()} cores")
    widths = [max(len(row[i]) for row in rows + [HEADER]) for i in range(len(HEADER))]
    for row in [HEADER, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    print(f"heavy packages imported by discourse analyze ({args.python}): {one['heavy'].replace(',', ', ')}")
    for size, run in memory.items():
        line = f"discourse analyze, {size:,} documents: {run['cpu']:.1f} CPU s, {run['wall']:.1f} s wall"
        if size == args.memory[0] and not args.corpus and size == len(items):
            line += f", {count / run['cpu']:,.0f} sentences/CPU-s end to end"
        print(line)
    print(f"this process's peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
