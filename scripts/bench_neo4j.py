#!/usr/bin/env python3
"""Neo4j load benchmark: bulk import against the online load, and MERGE against a plain CREATE.

Generates a hub-shaped graph (default 100k nodes, 300k links plus the DERIVED_FROM provenance edges the
loader adds) and writes it as a graph.json laid out as kg writes one. Then, in one run:

* the import tool's fixed cost: a bulk load of a graph of a few rows (JVM start, set-up, estimates).
* bulk against online, both end to end from graph.json: ``kg load neo4j --bulk`` (CSVs streamed from
  graph.json, then ``neo4j-admin database import full`` into a fresh data folder; the first start, which
  creates the constraints and indexes, is timed apart), once with one CSV process (the baseline, unless
  --no-baseline) and once with ``--workers`` (default one per core), each phase with its wall-clock and CPU
  time (rows per CPU-second compare across loads of a shared machine) and the load average, against ``kg.sinks.neo4j.load_file`` (UNWIND/MERGE
  batches over Bolt, constraints first) into an empty database. Rows = nodes + relationships made.
  For each bulk import also where the tool's CPU went by thread group (JIT compilers, collector, main
  thread, importers; :class:`ImportWatch`), the machine's steal time and the tool's stage lines. With
  --flush-compare MODE the ``--workers`` load runs once more with the import tool's page-cache flusher
  changed (``scripts/neo4j-local import --flush MODE``: ``off``, or an interval such as ``50ms``, instead of
  the tool's own back-to-back flush rounds), for the ratio in one run.
* unless --no-sweep, for each batch size: empties the database, loads with ``kg.sinks.neo4j.load`` (MERGE on
  ``uri`` and edge key), empties it again and loads the very same rows with ``CREATE`` (same constraints,
  same index lookups for relationship ends); and a second MERGE load onto the loaded graph (the idempotent
  re-run).

Prints a table and writes JSON.

    python scripts/bench_neo4j.py                         # starts its own servers via scripts/neo4j-local
    python scripts/bench_neo4j.py --no-sweep --nodes 100000 --links 300000    # bulk against online only (~0.8M rows)
    python scripts/bench_neo4j.py --no-online --nodes 500000 --links 1500000  # bulk alone at ~4M rows
    python scripts/bench_neo4j.py --no-online --workers 2 --no-baseline       # bulk with 2 CSV processes only
    python scripts/bench_neo4j.py --no-online --no-baseline --flush-compare 50ms  # the tool's flusher paced, against its loop
    python scripts/bench_neo4j.py --batch-sizes 1000,5000,20000 --nodes 200000 --links 600000
    python scripts/bench_neo4j.py --uri bolt://127.0.0.1:7687   # an existing, EMPTY, throw-away database

The server runs on this machine only (127.0.0.1). Every run is bounded: a fixed number of rows.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from networkx.readwrite import json_graph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.model import ID_PREFIX, LINK_TYPES, NODE_TYPES, Link  # noqa: E402
from kg.sinks import neo4j as sink  # noqa: E402
from kg.sinks import neo4j_bulk as bulk  # noqa: E402

RUST_EXT = importlib.util.find_spec("neo4j._rust") is not None  # installed by neo4j-rust-ext
# Share of nodes per type (the rest are Documents).
MIX = {"Person": 0.30, "Organisation": 0.10, "Policy": 0.05, "Place": 0.05, "Statistic": 0.20, "Quote": 0.295}
# (type, source types, target types, share of links)
LINK_MIX = [
    ("SAID", ("Person", "Organisation"), ("Quote",), 0.10),
    ("MENTIONS", ("Quote",), ("Person", "Organisation", "Policy", "Place", "Statistic"), 0.30),
    ("HOLDS_ROLE", ("Person",), ("Organisation",), 0.10),
    ("ANNOUNCED", ("Person", "Organisation"), ("Policy",), 0.10),
    ("OVERSEES", ("Person", "Organisation"), ("Organisation", "Policy"), 0.10),
    ("REPORTED_BY", ("Statistic",), ("Organisation", "Person"), 0.10),
    ("LOCATED_IN", ("Statistic", "Organisation"), ("Place",), 0.10),
    ("PART_OF", ("Organisation",), ("Organisation",), 0.10),
]


def generate(n_nodes: int, n_links: int, seed: int = 7) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    n_docs = max(1, n_nodes - sum(int(n_nodes * s) for s in MIX.values()))
    docs = [f"doc-{i:05d}" for i in range(n_docs)]
    for d in docs:
        G.add_node(f"doc/{d}", type="Document", name=d, source=f"corpus/{d}.txt", sha256=f"{rng.getrandbits(256):064x}")
    by_type: dict[str, list[str]] = {t: [] for t in NODE_TYPES}
    home: dict[str, str] = {}  # the document a node was read from; its links come from there too
    for type_, share in MIX.items():
        for i in range(int(n_nodes * share)):
            doc = rng.choice(docs)
            start = rng.randrange(0, 20000)
            if type_ in ("Quote", "Statistic"):
                nid = f"{ID_PREFIX[type_]}/{doc}/{i}"
                attrs = {"type": type_, "name": f"{type_} {i}"}
                if type_ == "Quote":
                    attrs = {"type": type_, "text": f"We will act on item {i}, said someone."}
                else:
                    attrs.update(value=rng.randrange(1, 10**6), unit="count", measure="arrests", period="2023", place="London")
            else:
                nid = f"{ID_PREFIX[type_]}/{type_.lower()}-{i}"
                attrs = {"type": type_, "name": f"{type_} {i}", "aliases": [f"{type_[0]}{i}", f"the {type_} {i}"],
                         "mentions": [{"doc": doc, "start": start, "end": start + 12}]}
                if type_ == "Person":
                    attrs["titles"] = ["Chief Constable"] if i % 7 == 0 else []
            G.add_node(nid, **attrs)
            by_type[type_].append(nid)
            home[nid] = doc
    for rel_type, srcs, dsts, share in LINK_MIX:
        pool_s = [n for t in srcs for n in by_type[t]]
        pool_d = [n for t in dsts for n in by_type[t]]
        for i in range(int(n_links * share)):
            u, v = rng.choice(pool_s), rng.choice(pool_d)
            doc = home[u]
            start = rng.randrange(0, 20000)
            props = {"title": "Chief Constable"} if rel_type == "HOLDS_ROLE" else {}
            if rel_type == "SAID":
                props = {"cue": "said", "direct": True}
            link = Link(u, v, rel_type, doc, start, start + 120, f"Sentence {i} about {rel_type.lower()}.", props)
            G.add_edge(u, v, key=link.key, type=rel_type, doc=doc, start=start, end=start + 120, sentence=link.sentence, **props)
    return G


def write_graph_json(G: nx.MultiDiGraph, path: Path) -> None:
    """The graph as kg writes graph.json: node-link, links document by document."""
    data = json_graph.node_link_data(G, edges="links")
    data["links"].sort(key=lambda link: (str(link.get("doc")), str(link["key"])))
    with path.open("w", encoding="utf-8") as fh:  # one node or link a line, as kg build writes it
        head = {k: v for k, v in data.items() if k not in ("nodes", "links")}
        fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"nodes": [\n')
        fh.write(",\n".join(json.dumps(n, ensure_ascii=False) for n in data["nodes"]))
        fh.write('\n],\n"links": [\n')
        fh.write(",\n".join(json.dumps(n, ensure_ascii=False) for n in data["links"]))
        fh.write("\n]}\n")


def neo4j_local(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    return subprocess.run([str(ROOT / "scripts" / "neo4j-local"), *args], env=env, capture_output=True, text=True)


def _cpu_jiffies() -> list[int]:
    """The machine's CPU counters (/proc/stat's first line: user nice system idle iowait irq softirq steal)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            return [int(v) for v in fh.readline().split()[1:9]]
    except OSError:
        return []


def yardstick() -> float:
    """CPU-seconds of a fixed piece of pure-Python work (integer arithmetic and a dictionary of 200k keys).

    Its figure is the host's, not kg's: on a shared virtual machine a CPU-second buys more or less work with
    what else runs there (a similar loop took 2.8-3.5 CPU-s in one afternoon of session 9: +-10%), so runs of
    the bench in different sessions compare only once their CPU-seconds are read against this one's.
    """
    started = time.process_time()
    total, seen = 0, {}
    for i in range(6_000_000):
        total += i * i % 7
        seen[i % 200_003] = total
    return time.process_time() - started


def _dirty_mib() -> float:
    """Data written to files but not yet to the disk (/proc/meminfo's Dirty + Writeback), in MiB."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            return sum(int(line.split()[1]) for line in fh if line.startswith(("Dirty:", "Writeback:"))) / 1024
    except OSError:
        return float("nan")


class ImportWatch:
    """Where the import tool's CPU time goes, by thread: sampled from /proc while it runs.

    The import JVM is found by its ``--report-file`` argument (it names the bench's own data folder, so no
    other process is watched); its threads' CPU time is read every half second and summed by thread name
    (Java names them: ``C2 CompilerThread0``, ``GC Thread#1``, ``RelationshipsImporter-3``; Linux keeps 15
    characters). A thread that ends between two samples loses its last half second, so the groups add up to a
    little less than the process tree's CPU time, which the rest of the bench reports. Also the machine's
    steal time over the import (``st`` in vmstat: CPU the hypervisor gave to other guests), the data still to
    be written back to the disk when it starts (the CSVs just written, in the page cache) and the import
    tool's own stage lines. Linux only; elsewhere the groups stay empty.
    """

    GROUPS = (("JIT compilers", ("C1 CompilerThre", "C2 CompilerThre")), ("garbage collector", ("GC Thread", "VM Thread")),
              ("main thread (start-up, estimates, stages)", ("java",)), ("node importers", ("NodesImporter",)),
              ("relationship importers", ("RelationshipsIm",)), ("file I/O helpers", ("neo4j.FileIOHel",)))

    def __init__(self, data_dir: Path) -> None:
        import threading

        self.marker = f"--report-file={data_dir}/import.report".encode()
        self.threads: dict[str, tuple[str, float]] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        self.jiffies: list[int] = []
        self.lines: list[str] = []

    def _find(self) -> int | None:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/cmdline", "rb") as fh:
                        if self.marker in fh.read():
                            return int(entry)
                except OSError:
                    continue
        return None

    def _run(self) -> None:
        pid = None
        while not self.stop.wait(0.5):
            pid = pid or self._find()
            if pid is None:
                continue
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                pid = None
                continue
            for tid in tids:
                try:
                    with open(f"/proc/{pid}/task/{tid}/stat", encoding="utf-8", errors="replace") as fh:
                        text = fh.read()
                except OSError:
                    continue
                name = text[text.index("(") + 1:text.rindex(")")]
                fields = text[text.rindex(")") + 2:].split()
                self.threads[f"{pid}/{tid}"] = (name, (int(fields[11]) + int(fields[12])) / self.tick)

    def __enter__(self) -> ImportWatch:
        self.jiffies = _cpu_jiffies()
        self.dirty = _dirty_mib()
        if os.path.isdir("/proc"):
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()
        end = _cpu_jiffies()
        if self.jiffies and end:
            delta = [b - a for a, b in zip(self.jiffies, end)]
            self.steal = 100.0 * delta[7] / max(sum(delta), 1)
        else:
            self.steal = float("nan")

    def echo(self, output: str) -> None:
        self.lines = [line.strip() for line in output.splitlines() if "COMPLETED in" in line or line.startswith("IMPORT DONE")]

    def groups(self) -> dict[str, float]:
        by_name: dict[str, float] = {}
        for name, cpu in self.threads.values():
            base = name.rstrip("0123456789#-").rstrip()
            by_name[base] = by_name.get(base, 0.0) + cpu
        out: dict[str, float] = {}
        for group, names in self.GROUPS:
            out[group] = sum(by_name.pop(n, 0.0) for n in names)
        for name, cpu in sorted(by_name.items(), key=lambda kv: -kv[1]):
            out.setdefault("other import threads", 0.0)
            out["other import threads"] += cpu
        return {k: round(v, 2) for k, v in out.items()}


def bulk_once(graph_json: Path, args, rows_made: int, workers: int, first_start: bool, flush: str | None = None) -> dict:
    """One bulk load of graph.json into a fresh data folder: CSVs by ``workers`` processes, then the import tool
    (its page cache flushed as ``flush`` says, ``scripts/neo4j-local import --flush``; None: the launcher's default)."""
    data_dir = Path(tempfile.mkdtemp(prefix="kg-bench-bulk-"))
    load = os.getloadavg()[0]
    before = os.environ.get("NEO4J_IMPORT_FLUSH")
    if flush is not None:
        os.environ["NEO4J_IMPORT_FLUSH"] = flush
    try:
        watch = ImportWatch(data_dir)
        with watch:
            rep = bulk.import_build(graph_json, data_dir, heap=args.heap, workers=workers, echo=watch.echo)
        assert rep.rows == rows_made, (rep.rows, rows_made)
        first_start_s = float("nan")
        if first_start:
            t = time.perf_counter()
            proc = neo4j_local("start", "--port", "0", "--data", str(data_dir), "--heap", args.heap, "--pagecache", args.pagecache, "--no-auth")
            first_start_s = time.perf_counter() - t
            if proc.returncode != 0:
                raise SystemExit(proc.stderr)
            check = sink.connect(proc.stdout.strip().splitlines()[-1])
            with check:
                n = check.execute_query("MATCH (n) RETURN count(n) AS n", database_="neo4j").records[0]["n"]
                r = check.execute_query("MATCH ()-[r]->() RETURN count(r) AS n", database_="neo4j").records[0]["n"]
                c = len(check.execute_query("SHOW CONSTRAINTS", database_="neo4j").records)
            assert n + r == rows_made and c == len(NODE_TYPES), (n, r, c)
    finally:
        if flush is not None:
            if before is None:
                os.environ.pop("NEO4J_IMPORT_FLUSH", None)
            else:
                os.environ["NEO4J_IMPORT_FLUSH"] = before
        neo4j_local("stop", "--data", str(data_dir))
        import shutil

        shutil.rmtree(data_dir, ignore_errors=True)
    bulk_s = rep.csv_seconds + rep.import_seconds
    row = {
        "csv_workers": rep.csv_workers,
        "import_flush": flush or os.environ.get("NEO4J_IMPORT_FLUSH") or "50ms (the launcher's default)",
        "load_average_before": round(load, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "bulk_csv_seconds": rep.csv_seconds,
        "bulk_csv_rows_per_s": rows_made / rep.csv_seconds,
        "bulk_csv_cpu_seconds": rep.csv_cpu_seconds,
        "bulk_csv_rows_per_cpu_s": rows_made / max(rep.csv_cpu_seconds, 1e-9),
        "bulk_import_seconds": rep.import_seconds,
        "bulk_import_rows_per_s": rows_made / rep.import_seconds,
        "bulk_import_cpu_seconds": rep.import_cpu_seconds,
        "bulk_import_rows_per_cpu_s": rows_made / max(rep.import_cpu_seconds, 1e-9),
        "bulk_seconds": bulk_s,
        "bulk_rows_per_s": rows_made / bulk_s,
        "bulk_cpu_seconds": rep.csv_cpu_seconds + rep.import_cpu_seconds,
        "bulk_import_cpu_by_thread": watch.groups(),
        "bulk_import_stages": watch.lines,
        "bulk_import_steal_percent": round(watch.steal, 2),
        "bulk_import_dirty_mib_at_start": round(watch.dirty, 1),
        "bulk_first_start_seconds": first_start_s,
        "bulk_with_first_start_rows_per_s": rows_made / (bulk_s + first_start_s),
    }
    tag = f"{rep.csv_workers} CSV process{'es' if rep.csv_workers != 1 else ''}, page cache flushed: {row['import_flush']}"
    print(f"bulk, {tag} (load average {row['load_average_before']:.1f} before, {row['load_average_after']:.1f} after):")
    print(f"  CSVs from graph.json:            {rep.csv_seconds:7.1f}s {row['bulk_csv_rows_per_s']:>10,.0f} rows/s "
          f"(CPU {rep.csv_cpu_seconds:.1f}s: {row['bulk_csv_rows_per_cpu_s']:,.0f} rows per CPU-second)")
    print(f"  neo4j-admin import (JVM incl.):  {rep.import_seconds:7.1f}s {row['bulk_import_rows_per_s']:>10,.0f} rows/s "
          f"(CPU {rep.import_cpu_seconds:.1f}s: {row['bulk_import_rows_per_cpu_s']:,.0f} rows per CPU-second)")
    print(f"    its CPU by thread (sampled): " + ", ".join(f"{k} {v:.1f}s" for k, v in row["bulk_import_cpu_by_thread"].items())
          + f"; steal {watch.steal:.1f}% of the machine's CPU meanwhile; {watch.dirty:.0f} MiB not yet on disk at its start")
    for line in watch.lines:
        print(f"    {line}")
    print(f"  total (CSVs + import):           {bulk_s:7.1f}s {row['bulk_rows_per_s']:>10,.0f} rows/s "
          f"(CPU {row['bulk_cpu_seconds']:.1f}s; target: >= 100,000 rows/s)", flush=True)
    if first_start:
        print(f"  first start (constraints, indexes, empty-list fix-ups): {first_start_s:.1f}s; "
              f"bulk with it {row['bulk_with_first_start_rows_per_s']:,.0f} rows/s", flush=True)
    return row


def fixed_import_cost(args) -> dict:
    """The import tool's fixed cost: ``kg load neo4j --bulk`` of a graph of a few rows (JVM start, set-up,
    estimates, post-processing), which a big import pays once too."""
    import shutil

    work = Path(tempfile.mkdtemp(prefix="kg-bench-tiny-"))
    try:
        G = generate(12, 6)
        write_graph_json(G, work / "graph.json")
        rep = bulk.import_build(work / "graph.json", work / "data", heap=args.heap, workers=1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"import tool's fixed cost ({rep.rows} rows): {rep.import_seconds:.1f}s (CPU {rep.import_cpu_seconds:.1f}s)", flush=True)
    return {"rows": rep.rows, "import_seconds": rep.import_seconds, "import_cpu_seconds": rep.import_cpu_seconds}


def bulk_vs_online(graph_json: Path, uri: str, driver, args, rows_made: int) -> dict:
    """Both loads of the same graph.json, end to end; bulk with one CSV process (the baseline) and with
    ``--workers``; the bulk database's first start timed apart."""
    online_s = float("nan")
    if not args.no_online:
        wipe(driver)
        t = time.perf_counter()
        online = sink.load_file(graph_json, uri=uri, user=None, password=None, database="neo4j", batch_size=args.online_batch, driver=driver)
        online_s = time.perf_counter() - t
        made = online.nodes_created + online.relationships_created
        assert made == rows_made, (made, rows_made)
        print(f"online load_file (batch {args.online_batch}): {online_s:7.1f}s {rows_made / online_s:>10,.0f} rows/s", flush=True)
    runs = []
    gauge = [yardstick()]
    print(f"host yardstick (a fixed pure-Python loop): {gauge[0]:.2f} CPU-s", flush=True)
    fixed = fixed_import_cost(args)
    if args.workers > 1 and not args.no_baseline:
        runs.append(bulk_once(graph_json, args, rows_made, 1, first_start=False))
    runs.append(bulk_once(graph_json, args, rows_made, args.workers, first_start=True))
    flush_run = None
    if args.flush_compare:
        # The same load with the import tool's page-cache flusher changed, for the ratio in one run.
        flush_run = bulk_once(graph_json, args, rows_made, args.workers, first_start=False, flush=args.flush_compare)
        print(f"page cache flushed {args.flush_compare} against the tool's own loop, same run: import "
              f"x{runs[-1]['bulk_import_seconds'] / flush_run['bulk_import_seconds']:.2f} (CPU {flush_run['bulk_import_cpu_seconds']:.1f} "
              f"against {runs[-1]['bulk_import_cpu_seconds']:.1f} s), end to end x{runs[-1]['bulk_seconds'] / flush_run['bulk_seconds']:.2f}", flush=True)
    gauge.append(yardstick())
    print(f"host yardstick again: {gauge[1]:.2f} CPU-s (CPU-seconds of two runs compare once scaled by it)", flush=True)
    row = {"rows": rows_made, "yardstick_cpu_seconds": gauge, "fixed_import_cost": fixed, "bulk_flush_compare": flush_run,
           "online_batch_size": args.online_batch, "online_seconds": online_s,
           "online_rows_per_s": rows_made / online_s, "bulk": runs, **runs[-1]}
    row["bulk_vs_online"] = row["bulk_rows_per_s"] / row["online_rows_per_s"]
    if len(runs) == 2:
        row["bulk_speedup_vs_one_csv_process"] = runs[0]["bulk_seconds"] / runs[1]["bulk_seconds"]
        row["csv_speedup_vs_one_csv_process"] = runs[0]["bulk_csv_seconds"] / runs[1]["bulk_csv_seconds"]
        print(f"{args.workers} CSV processes against 1, same run: CSV phase x{row['csv_speedup_vs_one_csv_process']:.2f}, "
              f"end to end x{row['bulk_speedup_vs_one_csv_process']:.2f}")
    if not args.no_online:
        print(f"bulk ({args.workers} CSV processes) = {row['bulk_vs_online']:.1f}x online")
    return row


def wipe(driver) -> None:
    with driver.session(database="neo4j") as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS").consume()


def create_baseline(driver, nodes, rels, batch_size: int) -> tuple[float, float]:
    """The same rows with plain CREATE: no MERGE checks, no alias union."""
    t0 = time.perf_counter()
    for label in NODE_TYPES:
        stmt = f"UNWIND $rows AS row CREATE (n:{label}) SET n = row.props, n.aliases = row.aliases, n.titles = row.titles, n.mentions = row.mentions"
        for batch in sink._batches(nodes.get(label, []), batch_size):
            sink._write(driver, stmt, batch, "neo4j")
    t1 = time.perf_counter()
    for (rel_type, src, dst), rows in sorted(rels.items()):
        stmt = (f"UNWIND $rows AS row MATCH (a:{src} {{uri: row.source}}) MATCH (b:{dst} {{uri: row.target}}) "
                f"CREATE (a)-[r:{rel_type}]->(b) SET r = row.props")
        for batch in sink._batches(rows, batch_size):
            sink._write(driver, stmt, batch, "neo4j")
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--links", type=int, default=300_000)
    ap.add_argument("--batch-sizes", default="1000,5000,10000,20000")
    ap.add_argument("--uri", help="use this server (its neo4j database is emptied!) instead of starting one")
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--pagecache", default="1g")
    ap.add_argument("--online-batch", type=int, default=sink.DEFAULT_BATCH_SIZE, help="batch size of the online load compared with bulk")
    ap.add_argument("--no-sweep", action="store_true", help="only bulk against online: skip the MERGE/CREATE batch-size sweep")
    ap.add_argument("--no-online", action="store_true", help="bulk only (implies --no-sweep): for sizes where the online load takes long")
    ap.add_argument("--workers", type=int, default=bulk.default_workers(), help="CSV processes of the bulk load (default: one per core, at most 4)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the bulk load with one CSV process (the baseline in the same run)")
    ap.add_argument("--flush-compare", metavar="MODE",
                    help="then the same bulk load with the import's page cache flushed as MODE (off, or an interval such as 50ms; "
                         "scripts/neo4j-local import --flush), against the tool's own flusher loop")
    ap.add_argument("--out", default=str(ROOT / "bench-out" / "neo4j.json"))
    args = ap.parse_args()
    sizes = [int(s) for s in args.batch_sizes.split(",")]
    args.no_sweep = args.no_sweep or args.no_online

    print(f"driver packer: {'Rust (neo4j-rust-ext)' if RUST_EXT else 'pure Python (pip install neo4j-rust-ext for a faster client)'}")
    t = time.perf_counter()
    G = generate(args.nodes, args.links)
    nodes = sink.node_rows(G)
    rels = sink.relationship_rows(G)
    n_nodes = sum(len(r) for r in nodes.values())
    n_rels = sum(len(r) for r in rels.values())
    print(f"generated {n_nodes:,} nodes and {n_rels:,} relationships "
          f"({G.number_of_edges():,} links + {n_rels - G.number_of_edges():,} DERIVED_FROM) in {time.perf_counter() - t:.1f}s", flush=True)

    data_dir = None
    uri = args.uri
    if uri is None:
        data_dir = tempfile.mkdtemp(prefix="kg-bench-neo4j-")
        env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
        proc = subprocess.run([str(ROOT / "scripts" / "neo4j-local"), "start", "--port", "0", "--data", data_dir,
                               "--heap", args.heap, "--pagecache", args.pagecache, "--no-auth"], env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        uri = proc.stdout.strip().splitlines()[-1]
    conn = sink.connection_from_env(uri)
    results = []
    reload_rate = None
    work = Path(tempfile.mkdtemp(prefix="kg-bench-graph-"))
    graph_json = work / "graph.json"
    write_graph_json(G, graph_json)
    try:
        driver = sink.connect(conn["uri"], conn["user"], conn["password"])
        with driver:
            comparison = bulk_vs_online(graph_json, uri, driver, args, n_nodes + n_rels)
            for size in ([] if args.no_sweep else sizes):
                wipe(driver)
                rep = sink.load(G, uri=uri, user=None, password=None, database="neo4j", batch_size=size, driver=driver)
                assert rep.nodes_created == n_nodes and rep.relationships_created == n_rels, rep.as_dict()
                wipe(driver)
                c_nodes, c_rels = create_baseline(driver, nodes, rels, size)
                row = {
                    "batch_size": size,
                    "merge_nodes_per_s": n_nodes / rep.node_seconds,
                    "merge_rels_per_s": n_rels / rep.relationship_seconds,
                    "merge_rows_per_s": (n_nodes + n_rels) / (rep.node_seconds + rep.relationship_seconds),
                    "create_nodes_per_s": n_nodes / c_nodes,
                    "create_rels_per_s": n_rels / c_rels,
                    "create_rows_per_s": (n_nodes + n_rels) / (c_nodes + c_rels),
                }
                row["merge_vs_create"] = row["merge_rows_per_s"] / row["create_rows_per_s"]
                results.append(row)
                print(f"batch {size:>6}: MERGE {row['merge_nodes_per_s']:>9,.0f} nodes/s {row['merge_rels_per_s']:>9,.0f} rels/s "
                      f"{row['merge_rows_per_s']:>9,.0f} rows/s | CREATE {row['create_nodes_per_s']:>9,.0f} nodes/s "
                      f"{row['create_rels_per_s']:>9,.0f} rels/s {row['create_rows_per_s']:>9,.0f} rows/s | "
                      f"MERGE/CREATE {row['merge_vs_create']:.2f}", flush=True)
            # The idempotent re-run: MERGE onto the graph already loaded (best batch size).
            if args.no_sweep:
                results = []
            best = None if not results else max(results, key=lambda r: r["merge_rows_per_s"])["batch_size"]
            if best is not None:
                wipe(driver)
                sink.load(G, uri=uri, user=None, password=None, database="neo4j", batch_size=best, driver=driver)
                again = sink.load(G, uri=uri, user=None, password=None, database="neo4j", batch_size=best, driver=driver)
                assert again.nodes_created == 0 and again.relationships_created == 0
                reload_rate = (n_nodes + n_rels) / (again.node_seconds + again.relationship_seconds)
                print(f"re-load (batch {best}, everything already there): {reload_rate:,.0f} rows/s, nothing created", flush=True)
    finally:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
        if data_dir is not None:
            subprocess.run([str(ROOT / "scripts" / "neo4j-local"), "stop", "--data", data_dir], capture_output=True)
            shutil.rmtree(data_dir, ignore_errors=True)  # the server's throw-away data folder
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"nodes": n_nodes, "neo4j_rust_ext": RUST_EXT, "relationships": n_rels, "heap": args.heap, "pagecache": args.pagecache,
                               "bulk_vs_online": comparison, "runs": results, "reload_rows_per_s": reload_rate}, indent=1) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
