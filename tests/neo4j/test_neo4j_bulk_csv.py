"""The one-pass bulk CSV writer against the general one (the online load's rows): the same files, byte for byte.

No server needed: the import of these files is checked against the online load in test_neo4j_bulk.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.errors import Neo4jError
from kg.sinks import neo4j_bulk as bulk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def graph_json(tmp_path_factory) -> Path:
    """A generated hub graph laid out as kg writes graph.json, with hostile values and a link with a list."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from bench_neo4j import generate, write_graph_json
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    path = tmp_path_factory.mktemp("bulk-csv") / "graph.json"
    write_graph_json(generate(600, 1800, seed=3), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["links"][5]["sentence"] = 'He said "no",\r\nthen "yes".'  # quotes and a line break in a plan-written link
    data["links"][9]["tags"] = ["a", 'b"c']  # a list: the general path for this link
    data["links"][11]["score"] = 0.25  # a float: another shape, another file
    data["nodes"][3]["name"] = 'The "Quoted" One'
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "import.args"}


def test_one_pass_writer_gives_the_general_writers_files(graph_json: Path, tmp_path: Path):
    general, fast = tmp_path / "general", tmp_path / "fast"
    general.mkdir()
    want = bulk._write(graph_json, general, iri_args={"base": None, "iri": None}, whole=False)
    got = bulk.write_import_csvs(graph_json, fast)
    assert files(fast) == files(general)
    assert got.nodes == want.nodes and got.relationships == want.relationships and got.rows == want.rows
    assert got.multiline and "--multiline-fields=true" in got.args
    assert got.first_start == want.first_start
    assert [a.replace(str(fast.resolve()), "") for a in got.args] == [a.replace(str(general.resolve()), "") for a in want.args]
    assert got.relationships["DERIVED_FROM"] > 0 and got.csv_cpu_seconds > 0


def test_a_link_to_a_missing_node_is_refused_and_nothing_is_left(graph_json: Path, tmp_path: Path):
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    data["links"][-1]["target"] = "person/nobody"
    bad = tmp_path / "graph.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "csv"
    with pytest.raises(Neo4jError, match="'person/nobody', which is not a node of this graph"):
        bulk.write_import_csvs(bad, out)
    assert list(out.iterdir()) == []


def test_a_graph_not_laid_out_by_kg_is_read_whole_with_the_same_rows(graph_json: Path, tmp_path: Path):
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    data["links"].reverse()  # not in document order: the one-pass writer hands over to the whole-graph path
    other = tmp_path / "graph.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    want = bulk.write_import_csvs(graph_json, tmp_path / "a")
    got = bulk.write_import_csvs(other, tmp_path / "b")
    assert got.nodes == want.nodes and got.relationships == want.relationships

    def rows(folder: Path) -> set[str]:
        return {line for p in folder.glob("*.csv") if not p.name.endswith(".header.csv") for line in p.read_text(encoding="utf-8").split("\n") if line}

    assert rows(tmp_path / "b") == rows(tmp_path / "a")
