"""``kg export`` and ``kg build --export`` from the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from exports_data import REPO
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import KnowledgeGraph
from kg.sinks.files import read_gexf, read_graphml

runner = CliRunner()


def test_export_writes_the_requested_formats_beside_graph_json(graph: KnowledgeGraph, tmp_path: Path) -> None:
    graph.write_json(tmp_path / "graph.json")
    result = runner.invoke(app, ["export", str(tmp_path), "--format", "graphml", "-f", "GEXF"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.gexf", "graph.graphml", "graph.json"]
    assert "12 nodes, 8 links" in result.output
    assert set(read_graphml(tmp_path / "graph.graphml").nodes) == set(graph.to_networkx().nodes)
    assert read_gexf(tmp_path / "graph.gexf").number_of_edges() == 8


def test_export_without_format_writes_every_format(graph: KnowledgeGraph, tmp_path: Path) -> None:
    graph.write_json(tmp_path / "graph.json")
    result = runner.invoke(app, ["export", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} == {"graph.json", "graph.graphml", "graph.gexf", "graph.cyjs", "graph.html", "digest.md"}


def test_export_reads_another_graph_json(graph: KnowledgeGraph, tmp_path: Path) -> None:
    graph.write_json(tmp_path / "elsewhere.json")
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", str(out), "--graph", str(tmp_path / "elsewhere.json"), "-f", "cytoscape"])
    assert result.exit_code == 0, result.output
    assert len(json.loads((out / "graph.cyjs").read_text())["elements"]["nodes"]) == 12


def test_export_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "no such graph.json" in result.output and "kg build" in result.output
    assert "Traceback" not in result.output


def test_export_rejects_a_damaged_graph_json(tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_text('{"nodes": [', encoding="utf-8")
    result = runner.invoke(app, ["export", str(tmp_path)])
    assert result.exit_code == 1
    assert "not a graph.json written by kg build" in result.output


def test_export_rejects_an_unknown_format_as_a_usage_error(graph: KnowledgeGraph, tmp_path: Path) -> None:
    graph.write_json(tmp_path / "graph.json")
    result = runner.invoke(app, ["export", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2
    assert "pdf" in result.output
    assert not (tmp_path / "graph.graphml").exists()


def test_export_help_has_an_example() -> None:
    result = runner.invoke(app, ["export", "--help"])
    assert result.exit_code == 0
    assert "kg export out/ --format html" in result.output


@pytest.mark.model
def test_build_with_export_writes_the_files(tmp_path: Path) -> None:
    """kg build ... --export calls kg.sinks.files.export on the fresh graph."""
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(REPO / "examples"), "--out", str(out), "--export", "html", "--export", "graphml", "-q"])
    assert result.exit_code == 0, result.output
    built = KnowledgeGraph.from_json(out).to_networkx()
    assert set(read_graphml(out / "graph.graphml").nodes) == set(built.nodes)
    assert (out / "graph.html").stat().st_size > 100_000  # the inlined library plus the graph
