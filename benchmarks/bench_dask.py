"""Benchmark: the Dask engine's speed-up from one worker to two, on a corpus of distinct documents.

    .venv/bin/python benchmarks/bench_dask.py [--documents 2000] [--partitions 8] [--rounds 3]
    .venv/bin/python benchmarks/bench_dask.py --corpus SAMPLE_FOLDER   # a sample of your own articles

Writes ``--documents`` distinct documents (``distinct_corpus.py``: the gold texts with other people
and places), or reads ``--corpus``, then analyses them with the local engine in one process and, ``--rounds`` times in
turn, on a ``LocalCluster`` of one worker and on one of two workers (one thread each); every run
starts fresh, so none inherits another's caches. Each line gives the wall-clock throughput (from the
first file read to the last row received, after the workers imported the toolkit; cluster start-up
apart), the throughput per CPU-second, which other programs on the machine barely change, and how
many cores the run kept busy (CPU seconds / wall seconds): two workers can only be twice as fast
when two cores are free. Prints the speed-up of two workers over one for each round and their
median (the machine is shared: compare ratios from one run, not seconds across runs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from distinct_corpus import write_corpus  # noqa: E402

from analysis.corpus import LoadProblem, iter_corpus  # noqa: E402
from analysis.engines.cluster import cluster_client, iter_rows_on_cluster, plan  # noqa: E402
from analysis.pipeline import Settings  # noqa: E402
from analysis.text import sentences  # noqa: E402

LOCAL_RUN = """
import sys, time
from analysis.corpus import iter_corpus, make_document
from analysis.engines import iter_rows
from analysis.pipeline import Settings, analyze_document
analyze_document(make_document("warm-up", "Seoul said the troops had arrived."))
started, cpu_started = time.perf_counter(), time.process_time()
rows = sum(len(result) for result in iter_rows(iter_corpus(sys.argv[1]), Settings()) if isinstance(result, list))
print(time.perf_counter() - started, time.process_time() - cpu_started, rows)
"""


def warm_up() -> None:
    """Import the toolkit and load the registry in a worker, as any first task would."""
    from analysis.corpus import make_document
    from analysis.pipeline import analyze_document

    analyze_document(make_document("warm-up", "Seoul said the troops had arrived."))


def on_cluster(folder: Path, workers: int, partitions: int) -> tuple[float, float, float, int]:
    """Seconds to start the cluster and warm its workers, seconds to analyse, the workers' CPU
    seconds while analysing, rows."""
    started = time.perf_counter()
    with cluster_client(workers=workers) as client:
        client.run(warm_up)
        cpu_before = sum(client.run(time.process_time).values())
        ready = time.perf_counter()
        work = plan(str(folder), client=client, partitions=partitions)
        rows = sum(len(result) for result in iter_rows_on_cluster(work, Settings(), client=client)
                   if isinstance(result, list))
        seconds = time.perf_counter() - ready
        cpu = sum(client.run(time.process_time).values()) - cpu_before
        return ready - started, seconds, cpu, rows


def line(label: str, sentences_count: int, seconds: float, cpu: float, note: str = "") -> None:
    print(f"{label:<26} {sentences_count / seconds:>7,.0f} sentences/s ({seconds:6.2f} s wall), "
          f"{sentences_count / cpu:>6,.0f} per CPU-second, {cpu / seconds:4.2f} cores busy{note}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000, help="distinct documents to analyse")
    parser.add_argument("--partitions", type=int, default=8, help="partitions of the corpus (same for both clusters)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of one worker then two workers")
    parser.add_argument("--corpus", type=Path, help="measure on these files instead (a folder or file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus or Path(tmp) / "corpus"
        if args.corpus is None:
            write_corpus(folder, args.documents)
        documents = [doc for doc in iter_corpus(folder) if not isinstance(doc, LoadProblem)]
        count = sum(len(sentences(doc)) for doc in documents)
        print(f"{'corpus':<26} {len(documents):>7,} documents, {count:,} sentences; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        local = subprocess.run([sys.executable, "-c", LOCAL_RUN, str(folder)], capture_output=True, text=True,
                               cwd=ROOT, check=True)
        local_seconds, local_cpu, local_rows = local.stdout.split()
        line("local engine, 1 process", count, float(local_seconds), float(local_cpu))

        speed_ups = []
        for round_number in range(1, args.rounds + 1):
            timings = {}
            for workers in (1, 2):
                start_up, seconds, cpu, rows = on_cluster(folder, workers, args.partitions)
                assert rows == int(local_rows), (rows, local_rows)  # the same rows, or the speed means nothing
                timings[workers] = seconds
                line(f"dask, {workers} worker{'s' if workers > 1 else ' '} (round {round_number})", count, seconds,
                     cpu, f"; {start_up:.1f} s to start")
            speed_ups.append(timings[1] / timings[2])
        rounds = ", ".join(f"{ratio:.2f}" for ratio in speed_ups)
        print(f"{'speed-up, 2 workers over 1':<26} {statistics.median(speed_ups):>7.2f}x wall time, median of "
              f"{rounds} (load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
