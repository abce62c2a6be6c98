#!/usr/bin/env python3
"""Benchmark: `kg build` on one process, `--processes 2`, and Dask with 1 and 2 workers, in one run.

    python scripts/bench_dask.py                  # the full run: about 10 minutes on a quiet 2-core machine
    python scripts/bench_dask.py --speed-docs 16 --repeat 1 --overhead-docs 200 --rss-docs 500 --rss-docs 2000   # smoke
    python scripts/bench_dask.py --rss-only --rss-docs 10000 --rss-docs 100000   # client memory only
    python scripts/bench_dask.py --rss-only --phases --rss-docs 2000 --rss-docs 10000   # and where its peak is
    python scripts/bench_dask.py --rss-only --trace --rss-docs 10000 --rss-docs 30000   # and what the writers' peaks are made of

Needs kg[dask]. Everything runs on 127.0.0.1. The corpus is scripts/bench.py's: documents generated from
examples/ (paragraphs rotated, numbers changed, names swapped; seeded), one JSONL file.

What is measured, each in a fresh child process so nothing leaks from one measure into the next:

* **speed** (words/s of a whole build: reading, cleaning, spaCy, extraction, journal, graph.json and Turtle):
  one process and ``--processes 2`` with the pipeline already loaded; Dask with 1 and with 2 worker
  processes (one thread each), each cluster a ``dask scheduler`` and ``dask worker`` started by this script
  the way a user starts them, with the workers' pipeline already loaded (a warm-up build first). The four
  runs alternate ``--repeat`` times and the fastest of each is compared, so a burst of load on the machine
  does not decide a ratio. Target: 2 Dask workers >= 1.6x one worker on 2 cores.
* **scheduler overhead per document**: the same partitions through the 1-worker cluster with a trivial task
  (each document's journal line with no facts, which is what a worker sends back, minus spaCy) against the
  same task called directly in the client, with the same client work around it (reading, partitioning).
  ``(dask - direct) / documents``.
* **client peak memory** at ``--rss-docs`` sizes (default 10,000 and 100,000 documents): a whole
  ``kg build --dask`` (reading, journal, texts/, graph.json, Turtle) against the 2-worker cluster with the
  trivial task on the workers, so 100,000 documents take minutes rather than hours; the client does exactly
  the work of a real build except for holding a little less of each document's facts (there are none). Peak
  RSS is the child's own ru_maxrss: the scheduler and the workers are other processes and are not counted
  (the scheduler's own peak is reported beside it). Documents are the first two paragraphs of the generated
  texts (a few hundred bytes), which keeps the 100k corpus and its texts/ small on disk. Target: flat.
"""
from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from bench import write_corpus  # noqa: E402  (scripts/bench.py: the same generated corpus)


# -- the trivial task (pickled by value into the workers: it must import what it uses) ------------------------

def trivial_partition(items, model, fingerprint, batch_size):  # noqa: ANN001, ANN201
    """What a worker sends back for each document, without spaCy: its text and a journal line with no facts."""
    from kg.cluster import Outcome
    from kg.journal import record_line
    from kg.model import DocumentFacts

    outcomes = []
    for seq, doc_id, source, sha256, title, url, published, text in items:
        record = {"id": doc_id, "source": source, "sha256": sha256, "title": title, "url": url, "published": published}
        outcomes.append(Outcome(seq, doc_id, source, sha256, text=text,
                                line=record_line(record, DocumentFacts(doc_id, nodes=[], links=[], warnings=[]))))
    return outcomes


# -- clusters started as a user starts them ----------------------------------------------------------------------

class Cluster:
    def __init__(self, workers: int, tmp: Path) -> None:
        dask_cli = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
        if not dask_cli:
            raise SystemExit("the dask command is missing: pip install 'kg[dask]'")
        self.dir = tmp / f"cluster-{workers}"
        self.dir.mkdir()
        scheduler_file = self.dir / "scheduler.json"
        self.log = (self.dir / "log").open("wb")
        self.scheduler = subprocess.Popen(
            [dask_cli, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)],
            cwd=self.dir, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while not (scheduler_file.exists() and scheduler_file.read_text().strip()):
            if self.scheduler.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the Dask scheduler did not start: see {self.dir / 'log'}")
            time.sleep(0.2)
        self.address = json.loads(scheduler_file.read_text())["address"]
        self.workers = subprocess.Popen(
            [dask_cli, "worker", self.address, "--nworkers", str(workers), "--nthreads", "1", "--host", "127.0.0.1",
             "--no-dashboard", "--local-directory", str(self.dir / "work")],
            cwd=self.dir, stdout=self.log, stderr=subprocess.STDOUT,
        )
        from distributed import Client

        with Client(self.address, timeout="60s") as client:
            client.wait_for_workers(workers, timeout=180)

    def scheduler_peak_mb(self) -> float | None:
        try:
            for line in Path(f"/proc/{self.scheduler.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024)
        except OSError:
            pass
        return None

    def close(self) -> None:
        for proc in (self.workers, self.scheduler):
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.log.close()


# -- the children ---------------------------------------------------------------------------------------------

def child_speed(mode: str, corpus: Path, address: str | None, batch_size: int, partition_size: int) -> dict:
    import kg

    options: dict = {"batch_size": batch_size}
    with tempfile.TemporaryDirectory() as tmp:
        if mode.startswith("dask"):
            from distributed import Client

            client = Client(address, timeout="60s")
            options.update(dask=client, partition_size=partition_size)
        else:
            options.update(nlp=kg.load_pipeline())
        # Warm-up on 4 documents, untimed: the Dask workers load the pipeline (plugin), spaCy's first batches.
        warm = Path(tmp) / "warm.jsonl"
        with corpus.open(encoding="utf-8") as src, warm.open("w", encoding="utf-8") as dst:
            for _, line in zip(range(4), src):
                dst.write(line)
        kg.build([warm], out=Path(tmp) / "warm", **options)
        if mode == "processes2":
            options["n_process"] = 2
        t0 = time.perf_counter()
        result = kg.build([corpus], out=Path(tmp) / "out", **options)
        took = time.perf_counter() - t0
        if mode.startswith("dask"):
            client.close()
    if result.failures:
        raise SystemExit(f"{mode}: {result.failures[:3]}")
    return {"mode": mode, "documents": result.documents, "seconds": took}


def child_overhead(corpus: Path, address: str, partition_size: int) -> dict:
    from distributed import Client

    import kg.cluster as cluster
    from kg.sources import iter_sources

    def admitted():
        return enumerate(iter_sources([corpus]))

    fingerprint = cluster.code_fingerprint()
    # Direct: the same partitions, the same task, called in this process.
    t0 = time.perf_counter()
    direct = 0
    for part in cluster._partitions(admitted(), partition_size):
        direct += len(trivial_partition(part, None, fingerprint, 16))
    t_direct = time.perf_counter() - t0
    with Client(address, timeout="60s") as client:
        client.submit(trivial_partition, [], None, fingerprint, 16).result()  # the task's code reaches the worker
        t0 = time.perf_counter()
        through = sum(1 for _ in cluster.extract_on_cluster(admitted(), client, partition_size=partition_size, task=trivial_partition))
        t_dask = time.perf_counter() - t0
    assert direct == through, (direct, through)
    return {"documents": direct, "partition_size": partition_size, "direct_s": t_direct, "dask_s": t_dask}


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _sqlite_highwater() -> Any:
    """SQLite's own heap high-water mark (bytes; ``reset`` starts a new one), or None where it cannot be read.

    Python's sqlite3 module does not expose it; on Linux the module links the system's libsqlite3, whose
    counter is the same one (SQLite keeps one per process).
    """
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        lib.sqlite3_memory_highwater.restype = ctypes.c_int64
        lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    except (OSError, AttributeError):
        return None
    return lib.sqlite3_memory_highwater


def child_rss(corpus: Path, address: str, partition_size: int, phases: bool = False, trace: bool = False) -> dict:
    import kg
    import kg.cluster

    kg.cluster.extract_partition = trivial_partition  # the workers run the trivial task; the client is unchanged
    # --phases: a thread samples the client's RSS every 0.1 s and keeps the peak of each phase of the build
    # (the Dask loop, writing graph.json and Turtle, digest.md), to say where the peak is (Linux only).
    # --trace: from the end of the loop on, tracemalloc's peak per writer phase of the Python objects made since the
    # end of the loop (so the writing phase's includes importing rdflib, about 6 MB, and digest.md's what is still
    # alive of that), and
    # SQLite's heap high-water mark per phase (what RSS cannot tell apart: Python objects, SQLite's caches, or
    # neither, i.e. malloc's heap or imports). tracemalloc costs memory itself, so the RSS figures of a --trace
    # run are not the ones to compare.
    phase, peaks, done = ["the Dask loop"], {}, threading.Event()
    python_peaks: dict[str, float] = {}
    sqlite_peaks: dict[str, float] = {}
    highwater = _sqlite_highwater() if trace else None

    def sample() -> None:
        while not done.wait(0.1):
            peaks[phase[0]] = max(peaks.get(phase[0], 0.0), _rss_mb())

    def end_of(name: str) -> None:
        peaks[name] = max(peaks.get(name, 0.0), _rss_mb())
        if trace and tracemalloc.is_tracing():
            python_peaks[name] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.reset_peak()
        if highwater is not None:
            sqlite_peaks[name] = highwater(1) / 2**20

    def on_phase(name: str) -> None:
        end_of(phase[0])
        if trace and not tracemalloc.is_tracing():
            tracemalloc.start()
        phase[0] = name

    sampler = threading.Thread(target=sample, daemon=True)
    if phases:
        sampler.start()
    tmp = tempfile.mkdtemp(prefix="kg-bench-rss-")
    try:
        t0 = time.perf_counter()
        result = kg.build([corpus], out=Path(tmp) / "out", dask=address, partition_size=partition_size,
                          on_phase=on_phase if phases else None)
        took = time.perf_counter() - t0
        done.set()
        if phases:
            sampler.join()
            end_of(phase[0])
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        # Only after the peak is read: removing the output folder lists all of texts/ at once (shutil.rmtree
        # holds a DirEntry per file, about 15 MB at 100,000 documents), which is the benchmark's work, not kg's.
        # Until the eighth session this was counted in the client's peak (and in the last phase's).
        shutil.rmtree(tmp, ignore_errors=True)
    row = {"documents": result.documents, "seconds": round(took, 1), "client_peak_rss_mb": round(peak_rss / 1024)}
    if phases:
        row["phase_peak_rss_mb"] = {name: round(mb) for name, mb in peaks.items()}
    if python_peaks:
        row["phase_python_peak_mb"] = {name: round(mb, 2) for name, mb in python_peaks.items()}
    if sqlite_peaks:
        row["phase_sqlite_peak_mb"] = {name: round(mb, 2) for name, mb in sqlite_peaks.items()}
    return row


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"child {args[:2]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def short_corpus(src: Path, dst: Path) -> None:
    """The same documents cut to their first two paragraphs (the client-memory runs)."""
    with src.open(encoding="utf-8") as fin, dst.open("w", encoding="utf-8") as fout:
        for line in fin:
            record = json.loads(line)
            record["text"] = "\n".join(record["text"].split("\n")[:2])
            fout.write(json.dumps(record) + "\n")


def _print_rss(rss_rows: list[dict]) -> None:
    print("| documents | client peak RSS | build time |")
    print("| --- | --- | --- |")
    for row in rss_rows:
        print(f"| {row['documents']:,} | {row['client_peak_rss_mb']} MB | {row['seconds']} s |")
    if len(rss_rows) >= 2:
        first, last = rss_rows[0], rss_rows[-1]
        per_doc = (last["client_peak_rss_mb"] - first["client_peak_rss_mb"]) * 1024 * 1024 / (last["documents"] - first["documents"])
        print(f"client peak RSS {first['documents']:,} -> {last['documents']:,} documents: "
              f"x{last['client_peak_rss_mb'] / first['client_peak_rss_mb']:.2f} (target: flat, <= x1.05), "
              f"{per_doc:,.0f} bytes per extra document")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--speed-docs", type=int, default=300, help="documents of the speed runs (default 300, ~80k words)")
    ap.add_argument("--repeat", type=int, default=2, help="alternating rounds of the four speed runs (fastest of each kept)")
    ap.add_argument("--overhead-docs", type=int, default=5000, help="documents of the scheduler-overhead run")
    ap.add_argument("--rss-docs", type=int, action="append", help="client-memory corpus sizes (default 10000 and 100000)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--partition-size", type=int, default=8,
                    help="documents per Dask task (default 8: in a 300-document run the last, unevenly shared "
                         "partitions would otherwise weigh on the ratio more than they do on a real corpus)")
    ap.add_argument("--rss-only", action="store_true",
                    help="only the client-memory runs (one 2-worker cluster; no speed or overhead runs)")
    ap.add_argument("--phases", action="store_true",
                    help="also the client's peak RSS per phase of the memory runs (the Dask loop, writing, digest.md), "
                         "sampled every 0.1 s by a thread of the client")
    ap.add_argument("--trace", action="store_true",
                    help="with --phases: also the peak of the Python objects made since the end of the loop "
                         "(tracemalloc; rdflib's import included) and of SQLite's heap in each writer phase, to tell what an RSS peak is made of (tracemalloc's own memory makes "
                         "the RSS figures of such a run a little higher)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        kind, *rest = args.child
        if kind == "speed":
            mode, corpus, address = rest
            row = child_speed(mode, Path(corpus), address if address != "-" else None, args.batch_size, args.partition_size)
        elif kind == "overhead":
            row = child_overhead(Path(rest[0]), rest[1], args.partition_size)
        else:
            row = child_rss(Path(rest[0]), rest[1], args.partition_size, args.phases or args.trace, args.trace)
        print(json.dumps(row))
        return 0

    started = time.monotonic()
    rss_sizes = args.rss_docs or [10_000, 100_000]
    with tempfile.TemporaryDirectory(prefix="kg-bench-dask-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "speed.jsonl"
        words = write_corpus(corpus, args.speed_docs)
        if args.rss_only:
            print("starting a cluster of 2 workers", flush=True)
            one, two = None, Cluster(2, tmp)
        else:
            print(f"speed corpus: {args.speed_docs} documents, {words} words; starting clusters of 1 and 2 workers", flush=True)
            one, two = Cluster(1, tmp), Cluster(2, tmp)
        modes: dict[str, tuple[str, str]] = {}
        times: dict[str, list[float]] = {}
        over: dict = {}
        try:
            if one is not None:
                modes = {"1 process": ("local1", "-"), "--processes 2": ("processes2", "-"),
                         "Dask, 1 worker": ("dask1", one.address), "Dask, 2 workers": ("dask2", two.address)}
                times = {name: [] for name in modes}
            for r in range(args.repeat if one is not None else 0):
                for name, (mode, address) in modes.items():
                    row = run_child("speed", mode, str(corpus), address,
                                    "--batch-size", str(args.batch_size), "--partition-size", str(args.partition_size))
                    assert row["documents"] == args.speed_docs, row
                    times[name].append(row["seconds"])
                    print(f"  round {r + 1}: {name:16} {row['seconds']:7.1f} s  {words / row['seconds']:8.0f} words/s", flush=True)

            if one is not None:
                over_corpus = tmp / "overhead.jsonl"
                write_corpus(over_corpus, args.overhead_docs)
                over = run_child("overhead", str(over_corpus), one.address, "--partition-size", str(args.partition_size))

            rss_rows = []
            for n in rss_sizes:
                full, short = tmp / f"rss-{n}-full.jsonl", tmp / f"rss-{n}.jsonl"
                write_corpus(full, n)
                short_corpus(full, short)
                full.unlink()
                row = run_child("rss", str(short), two.address, "--partition-size", str(args.partition_size),
                                *(["--phases"] if args.phases else []), *(["--trace"] if args.trace else []))
                short.unlink()
                assert row["documents"] == n, row
                rss_rows.append(row)
                print(f"  client peak RSS at {n} documents: {row['client_peak_rss_mb']} MB ({row['seconds']} s)", flush=True)
                if "phase_peak_rss_mb" in row:
                    print("    peak by phase: " + ", ".join(f"{k} {v} MB" for k, v in row["phase_peak_rss_mb"].items()), flush=True)
                for key, what in (("phase_python_peak_mb", "Python objects made"), ("phase_sqlite_peak_mb", "SQLite's heap")):
                    if key in row:
                        print(f"    {what}, peak by phase: " + ", ".join(f"{k} {v} MB" for k, v in row[key].items()), flush=True)
            scheduler_peak = two.scheduler_peak_mb()
        finally:
            if one is not None:
                one.close()
            two.close()

    print()
    if one is None:
        _print_rss(rss_rows)
        if scheduler_peak:
            print(f"(the 2-worker scheduler's own peak RSS over the whole run: {scheduler_peak} MB)")
        print(f"({time.monotonic() - started:.0f} s in all)")
        return 0
    best = {name: min(ts) for name, ts in times.items()}
    wps = {name: words / s for name, s in best.items()}
    print(f"| run | fastest of {args.repeat} | words/s | vs 1 process |")
    print("| --- | --- | --- | --- |")
    for name in modes:
        print(f"| {name} | {best[name]:.1f} s | {wps[name]:,.0f} | x{wps[name] / wps['1 process']:.2f} |")
    print()
    ratio = wps["Dask, 2 workers"] / wps["Dask, 1 worker"]
    print(f"Dask 2 workers / 1 worker: x{ratio:.2f} (target >= 1.6)")
    print(f"Dask 2 workers / --processes 2: x{wps['Dask, 2 workers'] / wps['--processes 2']:.2f}")
    print(f"Dask 1 worker / 1 process: x{wps['Dask, 1 worker'] / wps['1 process']:.2f}")
    per_doc = (over["dask_s"] - over["direct_s"]) / over["documents"]
    print(f"scheduler overhead: {over['documents']} documents in partitions of {over['partition_size']}: "
          f"direct {over['direct_s']:.2f} s, through Dask {over['dask_s']:.2f} s -> {per_doc * 1000:.2f} ms per document "
          f"({per_doc * over['partition_size'] * 1000:.1f} ms per task)")
    _print_rss(rss_rows)
    # Where the client becomes the limit: its documents/s with trivial work on the workers (reading, scheduling,
    # journal, texts/, graph.json and Turtle: the serial part) against one worker's documents/s of real work.
    ceiling = max(row["documents"] / row["seconds"] for row in rss_rows)
    per_worker = args.speed_docs / best["Dask, 1 worker"]
    print(f"client ceiling: {ceiling:,.0f} documents/s with trivial work; one worker: {per_worker:,.1f} documents/s; "
          f"the client saturates at about {ceiling / per_worker:,.0f} workers of this machine's speed")
    if scheduler_peak:
        print(f"(the 2-worker scheduler's own peak RSS over the whole run: {scheduler_peak} MB)")
    print(f"whole benchmark: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
