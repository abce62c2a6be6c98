#!/usr/bin/env python3
"""Benchmark: peak RSS of each output stage of `kg build` as the corpus grows (no NLP needed).

    kg build examples/ --out /tmp/ex                       # any finished build gives a facts.jsonl
    python scripts/bench_output_memory.py /tmp/ex --copies 12 --copies 50

Each run (a fresh child process per size) copies the build's journal (facts.jsonl) COPIES times
with renamed document ids, then runs the stages `kg build` runs after NLP, printing the peak RSS
after each: assembling the graph from the journal, writing graph.json, writing graph.ttl.
A stage whose figure grows with the corpus holds the whole corpus in memory.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def child(build_dir: Path, copies: int) -> dict:
    from kg.graph import KnowledgeGraph
    from kg.journal import JOURNAL_NAME, replay
    from kg.pipeline import BuildResult, _add
    from kg.sinks import rdf

    lines = (build_dir / JOURNAL_NAME).read_text(encoding="utf-8").splitlines()
    ids = sorted({json.loads(line)["document"]["id"] for line in lines}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(i) for i in ids))
    row: dict = {"copies": copies, "documents": copies * len(lines), "start_mb": _rss_mb()}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        with (out / JOURNAL_NAME).open("w", encoding="utf-8") as fh:
            for k in range(copies):
                for line in lines:
                    fh.write(pattern.sub(lambda m: f"{m.group(0)}-{k:05d}", line) + "\n")
        result = BuildResult(KnowledgeGraph())
        for record, facts in replay(out / JOURNAL_NAME):
            _add(result.graph, record, facts)
        row["graph_mb"] = _rss_mb()
        result.graph.write_json(out / "graph.json")
        row["graph_json_mb"] = _rss_mb()
        rdf.write(result.graph.to_networkx(), out, formats=("ttl",))
        row["graph_ttl_mb"] = _rss_mb()
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build_dir", type=Path, help="a finished kg build folder (with facts.jsonl)")
    ap.add_argument("--copies", type=int, action="append", help="corpus sizes, in copies of the build (repeatable)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.build_dir, args.child)))
        return 0
    for copies in args.copies or [10, 40]:
        proc = subprocess.run([sys.executable, __file__, str(args.build_dir), "--child", str(copies)],
                              capture_output=True, text=True, check=True)
        print(proc.stdout.strip().splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
