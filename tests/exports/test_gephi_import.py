"""GraphML and GEXF opened by Gephi's own importers (gephi-toolkit 0.10.1 from Maven Central, run on Java 17).

scripts/check-gephi-import builds a tiny Java program against the toolkit (cached
outside the repository) and prints what Gephi sees. Needs java and mvn, like the
Neo4j tests.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from exports_data import HOSTILE_ALIAS, HOSTILE_SENTENCE, REPO, hostile_graph

from kg.sinks.files import TYPE_STYLE, export, node_label

CHECK = REPO / "scripts" / "check-gephi-import"


def _gephi(*args: str | Path) -> list[dict[str, Any]]:
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is needed to run Gephi's importers (Java 17 + Maven, as for the Neo4j tests)")
    proc = subprocess.run([str(CHECK), *map(str, args)], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def _by_file(rows: list[dict[str, Any]], path: Path) -> dict[str, Any]:
    """Split the checker's output into issues, summary, nodes and edges of one file."""
    out: dict[str, Any] = {"issues": [], "nodes": {}, "edges": []}
    current = None
    for row in rows:
        if "file" in row:
            current = row["file"]
            if current == str(path):
                if "issue" in row:
                    out["issues"].append((row["issue"], row["message"]))
                elif "error" in row:
                    pytest.fail(f"Gephi could not import {path}: {row['error']}")
                else:
                    out["summary"] = row
        elif current == str(path):
            if "node" in row:
                out["nodes"][row["node"]] = row
            else:
                out["edges"].append(row)
    return out


@pytest.fixture(scope="module")
def gephi_view(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, dict[str, dict[str, Any]]]:
    G = hostile_graph().to_networkx()
    # two links of the same kind between the same two nodes, from two documents
    G.add_edge("person/sadiq-khan", "place/london", key="extra", type="PART_OF", doc="seed")
    out = tmp_path_factory.mktemp("gephi")
    graphml, gexf = export(G, out, ["graphml", "gexf"])
    rows = _gephi("--no-merge", graphml, gexf)
    return G, {"graphml": _by_file(rows, graphml), "gexf": _by_file(rows, gexf)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_imports_every_node_with_label_type_and_colour(fmt: str, gephi_view: Any) -> None:
    G, views = gephi_view
    view = views[fmt]
    assert not [i for i in view["issues"] if i[0] in ("SEVERE", "CRITICAL")], view["issues"]
    assert view["summary"]["directed"] is True
    assert view["summary"]["nodes"] == G.number_of_nodes()
    for nid, attrs in G.nodes(data=True):
        seen = view["nodes"][nid]
        assert seen["type"] == attrs["type"]
        assert seen["label"] == node_label(nid, attrs)
        assert seen["color"] == TYPE_STYLE[attrs["type"]]["color"]
    assert HOSTILE_ALIAS in json.loads(view["nodes"]["person/hostile"]["aliases"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_keeps_every_link_with_its_provenance_when_not_merging(fmt: str, gephi_view: Any) -> None:
    G, views = gephi_view
    view = views[fmt]
    assert view["summary"]["edges"] == G.number_of_edges()
    got = sorted((e["source"], e["target"], e["relation"], e["doc"], e["char_start"], e["sentence"] or "") for e in view["edges"])
    want = sorted((u, v, a["type"], a["doc"], a.get("start"), a.get("sentence") or "") for u, v, a in G.edges(data=True))
    assert got == want
    assert all(e["label"] == e["relation"] for e in view["edges"])
    assert HOSTILE_SENTENCE in {e["sentence"] for e in view["edges"]}  # byte for byte through Gephi


def test_gephi_default_import_merges_parallel_links(tmp_path: Path) -> None:
    """What docs/exports.md warns about: without "Don't merge", Gephi folds links between the same nodes."""
    G = nx.MultiDiGraph(documents=[])
    G.add_node("person/a", type="Person", name="A")
    G.add_node("org/b", type="Organisation", name="B")
    G.add_edge("person/a", "org/b", key="k1", type="HOLDS_ROLE", doc="d1", title="Chief")
    G.add_edge("person/a", "org/b", key="k2", type="HOLDS_ROLE", doc="d2", title="Deputy")
    (graphml,) = export(G, tmp_path, ["graphml"])
    view = _by_file(_gephi(graphml), graphml)
    assert view["summary"]["edges"] == 1
    assert any("merge strategy" in message for _, message in view["issues"])
