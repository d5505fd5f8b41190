"""Benchmark: time and peak memory of ``discourse analyze`` on single large or hostile documents.

    .venv/bin/python benchmarks/bench_stress.py [--sizes 100000 1000000 10000000] [--limit 600]

Writes one document per case into a temporary folder and runs ``discourse analyze`` on it in a
separate process, once per unit (``sentence``: segmentation and sentiment; ``utterance``: also
attribution, stance and frames), printing one line per run: seconds, peak resident memory and
rows written. Cases:

* ``prose``: invented news prose (quotes, reported speech, refusals to comment, datelines), in
  paragraphs, at each size;
* ``gold``: the texts of the attribution gold sets (our own writing in the style of many outlets,
  with hundreds of distinct speakers) one after another, repeated to each size;
* ``unpunctuated``: the same words with every punctuation mark and line break removed;
* ``adversarial``: "said " x 15,000, "declined to comment " x 5,000, "Kim said " x 8,000.

Growth is linear when ten times the text takes about ten times as long. A run still going after
``--limit`` seconds is stopped and shown as ``> LIMIT``. This is a benchmark, not a test: the
machine is shared, so compare the ratios within one run rather than the seconds across runs.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPEAKERS = ["Foreign Minister Ana Ruiz", "Defence Minister Tomas Berg", "a spokesperson for the ministry",
            "Kremlin spokesman Ivan Sorokin", "Seoul's spy agency", "the White House", "Minister Lee Min-jun",
            "an analyst at a research institute", "the foreign ministry", "President Marta Kowalska"]
SURNAMES = ["Ruiz", "Berg", "Sorokin", "Lee", "Kowalska"]
SAYS = ["said", "told reporters", "added", "warned", "stressed", "noted", "argued"]
CLAIMS = ["the troops had crossed the border on Tuesday", "the deployment was a grave threat to peace",
          "talks with the allies would continue next week", "the sanctions had failed to change anything",
          "no soldiers had been sent abroad", "the government welcomed the cooperation",
          "the report was false and meant to provoke", "aid for the refugees would arrive soon"]


def prose(size: int, seed: int = 13) -> str:
    """Invented news paragraphs (three to five sentences each) up to ``size`` characters."""
    rng = random.Random(seed)
    paragraphs, length = ["SEOUL, March 3 (Global Wire) - Officials met in the capital on Monday."], 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            speaker, claim, verb = rng.choice(SPEAKERS), rng.choice(CLAIMS), rng.choice(SAYS)
            form = rng.randrange(5)
            if form == 0:
                sentences.append(f'"{claim[0].upper()}{claim[1:]}," {speaker} {verb}.')
            elif form == 1:
                sentences.append(f"{speaker[0].upper()}{speaker[1:]} {verb} that {claim}.")
            elif form == 2:
                sentences.append(f"{rng.choice(SURNAMES)} declined to comment on whether {claim}.")
            elif form == 3:
                sentences.append(f"According to {speaker}, {claim}.")
            else:
                sentences.append(f"The meeting ended late on {rng.choice(['Monday', 'Friday'])} in the capital.")
        paragraphs.append(" ".join(sentences))
        length += len(paragraphs[-1]) + 1
    return "\n".join(paragraphs)[:size]


def gold(size: int) -> str:
    """The gold sets' article texts, one after another, repeated up to ``size`` characters."""
    from analysis.evaluate.attribution import load_gold

    texts = "\n".join(document.doc.text for document in load_gold())
    return ((texts + "\n") * (size // (len(texts) + 1) + 1))[:size]


def unpunctuated(size: int) -> str:
    """The prose's words with no punctuation and no line breaks: one endless sentence."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", prose(size)))[:size]


ADVERSARIAL = {"said x15000": "said " * 15_000, "declined to comment x5000": "declined to comment " * 5_000,
               "Kim said x8000": "Kim said " * 8_000}


def run(path: Path, unit: str, limit: float) -> tuple[str, str, str]:
    """(seconds, peak MB, rows) of one ``discourse analyze`` run in its own process."""
    code = ("import resource, sys; from analysis.cli import main; status = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = path.with_suffix(f".{unit}.csv")
    started = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-c", code, "analyze", str(path), "--unit", unit, "--out", str(out)],
                                capture_output=True, text=True, cwd=ROOT, timeout=limit)
    except subprocess.TimeoutExpired:
        return f"> {limit:.0f}", "-", "-"
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        return f"exit {result.returncode}", "-", result.stderr.strip().splitlines()[-1][:60]
    rows = sum(1 for _ in out.open(encoding="utf-8")) - 1 if out.exists() else 0
    return f"{seconds:.1f}", f"{int(result.stdout.split()[-1]) / 1024:.0f}", str(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000],
                        help="document sizes in characters")
    parser.add_argument("--units", nargs="+", default=["sentence", "utterance"], choices=["sentence", "utterance"])
    parser.add_argument("--limit", type=float, default=600, help="seconds before a run is stopped")
    parser.add_argument("--cases", nargs="+", default=["prose", "gold", "unpunctuated", "adversarial"],
                        choices=["prose", "gold", "unpunctuated", "adversarial"])
    args = parser.parse_args()
    documents = []
    for size in args.sizes:
        for name, build in (("prose", prose), ("gold", gold), ("unpunctuated", unpunctuated)):
            if name in args.cases:
                documents.append((f"{name} {size / 1e6:g} MB", build(size)))
    if "adversarial" in args.cases:
        documents += list(ADVERSARIAL.items())
    print(f"{'document':<28} {'unit':<10} {'seconds':>8} {'peak MB':>8} {'rows':>7}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for number, (label, text) in enumerate(documents):
            path = Path(tmp) / f"doc{number}.txt"
            path.write_text(text, encoding="utf-8")
            for unit in args.units:
                seconds, memory, rows = run(path, unit, args.limit)
                print(f"{label:<28} {unit:<10} {seconds:>8} {memory:>8} {rows:>7}", flush=True)


if __name__ == "__main__":
    main()
