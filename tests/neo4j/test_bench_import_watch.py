"""The Neo4j benchmark's account of the import tool's CPU (scripts/bench_neo4j.py ImportWatch), on a real import.

The benchmark reports where the import tool's CPU time goes (JIT compilers, garbage collector, main thread,
importer threads), the machine's steal time and the tool's stage lines; that is what tells a slower import
on one run from another apart, so it is checked against the real tool here, not against made-up threads.
"""
from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from kg.sinks import neo4j_bulk as bulk

pytestmark = [pytest.mark.neo4j]


def bench():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench_neo4j
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return bench_neo4j


def test_watch_accounts_for_the_import_tools_cpu_by_thread(tmp_path):
    b = bench()
    b.write_graph_json(b.generate(300, 900, seed=11), tmp_path / "graph.json")
    data = tmp_path / "data"
    data.mkdir()
    other = b.ImportWatch(tmp_path / "elsewhere")  # watches an import that never runs: finds nothing
    with b.ImportWatch(data) as watch, other:
        rep = bulk.import_build(tmp_path / "graph.json", data, workers=1, echo=watch.echo)
    groups = watch.groups()
    sampled = sum(groups.values())
    # Every import compiles code and runs its main thread; the threads' CPU comes from the import tool's
    # process, so it cannot exceed the process tree's CPU time (plus one sample's rounding).
    assert groups["JIT compilers"] > 0 and groups["main thread (start-up, estimates, stages)"] > 0
    assert 0.3 * rep.import_cpu_seconds < sampled <= rep.import_cpu_seconds + 0.5, (groups, rep.import_cpu_seconds)
    assert other.groups() == {name: 0.0 for name, _ in b.ImportWatch.GROUPS}
    assert 0.0 <= watch.steal <= 100.0
    assert watch.dirty >= 0.0
    stages = " | ".join(watch.lines)
    for stage in ("Node import COMPLETED", "Relationship import COMPLETED", "IMPORT DONE"):
        assert stage in stages, stages
