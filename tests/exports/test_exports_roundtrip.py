"""GraphML, GEXF and Cytoscape.js JSON: written from the hub, read back, nothing lost."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import networkx as nx
import pytest
from exports_data import HOSTILE_ALIAS, HOSTILE_SENTENCE

from kg.errors import SinkError
from kg.graph import KnowledgeGraph
from kg.sinks.files import (
    LINK_COLOURS,
    TYPE_STYLE,
    export,
    read_cytoscape,
    read_gexf,
    read_graphml,
)


def _plain(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if v is not None}


def assert_same_graph(expected: nx.MultiDiGraph, got: nx.MultiDiGraph) -> None:
    assert set(got.nodes) == set(expected.nodes)
    for nid, attrs in expected.nodes(data=True):
        assert dict(got.nodes[nid]) == _plain(attrs), nid
    want_edges = {(u, v, k) for u, v, k in expected.edges(keys=True)}
    assert {(u, v, k) for u, v, k in got.edges(keys=True)} == want_edges
    for u, v, k, attrs in expected.edges(keys=True, data=True):
        assert dict(got.edges[u, v, k]) == _plain(attrs), (u, v, k)


@pytest.mark.parametrize("fixture", ["graph", "hostile"])
def test_graphml_round_trip(fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    G = request.getfixturevalue(fixture).to_networkx()
    (path,) = export(G, tmp_path, ["graphml"])
    back = read_graphml(path)
    assert_same_graph(G, back)
    assert back.graph["documents"] == G.graph["documents"]


@pytest.mark.parametrize("fixture", ["graph", "hostile"])
def test_gexf_round_trip(fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    G = request.getfixturevalue(fixture).to_networkx()
    (path,) = export(G, tmp_path, ["gexf"])
    assert_same_graph(G, read_gexf(path))


@pytest.mark.parametrize("fixture", ["graph", "hostile"])
def test_cytoscape_round_trip(fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    G = request.getfixturevalue(fixture).to_networkx()
    (path,) = export(G, tmp_path, ["cytoscape"])
    back = read_cytoscape(path)
    assert_same_graph(G, back)
    assert back.graph["documents"] == G.graph["documents"]


def test_graphml_holds_only_scalars_gephi_and_yed_understand(graph: KnowledgeGraph, tmp_path: Path) -> None:
    G = graph.to_networkx()
    (path,) = export(G, tmp_path, ["graphml"])
    raw = nx.read_graphml(path, force_multigraph=True)  # what any GraphML reader sees
    for nid, attrs in raw.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values()), nid
        style = TYPE_STYLE[G.nodes[nid]["type"]]
        assert attrs["type"] == G.nodes[nid]["type"]
        assert attrs["color"] == style["color"]
        assert (attrs["r"], attrs["g"], attrs["b"]) == tuple(int(style["color"][i : i + 2], 16) for i in (1, 3, 5))
        assert attrs["label"]
    khan = raw.nodes["person/sadiq-khan"]
    assert json.loads(khan["aliases"]) == ["Khan", "London Mayor Sadiq Khan"]
    said = [a for *_, a in raw.edges(data=True) if a["relation"] == "SAID"]
    assert said and said[0]["doc"] == "seed" and said[0]["char_start"] == 2205 and said[0]["char_end"] == 2284
    assert said[0]["sentence"].startswith('"In April') and said[0]["direct"] is True
    assert said[0]["color"] == LINK_COLOURS["SAID"]

    root = ET.parse(path).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    key_ids = [k.get("id") for k in root.findall("g:key", ns)]
    assert len(key_ids) == len(set(key_ids))
    assert "d3" not in key_ids and "d7" not in key_ids  # Gephi would read those as yEd label keys
    for node in root.iter("{http://graphml.graphdrawing.org/xmlns}node"):
        fill = node.find(".//y:ShapeNode/y:Fill", ns)
        shape = node.find(".//y:ShapeNode/y:Shape", ns)
        style = TYPE_STYLE[G.nodes[node.get("id")]["type"]]
        assert fill is not None and fill.get("color") == style["color"].upper()
        assert shape is not None and shape.get("type") == style["yed"]


def test_gexf_has_viz_colour_per_type_and_renamed_link_fields(graph: KnowledgeGraph, tmp_path: Path) -> None:
    G = graph.to_networkx()
    (path,) = export(G, tmp_path, ["gexf"])
    raw = nx.read_gexf(path, node_type=str)
    for nid, attrs in raw.nodes(data=True):
        r, g, b = (int(TYPE_STYLE[attrs["type"]]["color"][i : i + 2], 16) for i in (1, 3, 5))
        assert (attrs["viz"]["color"]["r"], attrs["viz"]["color"]["g"], attrs["viz"]["color"]["b"]) == (r, g, b)
        assert attrs["label"]
    root = ET.parse(path).getroot()
    edges = root.findall(".//{http://www.gexf.net/1.2draft}edge")
    assert len(edges) == G.number_of_edges()
    # GEXF's own edge 'type' means directed/undirected; the relation travels as an attribute.
    assert {e.get("type") for e in edges} <= {None, "directed"}
    titles = {a.get("title") for a in root.iter("{http://www.gexf.net/1.2draft}attribute")}
    assert {"relation", "doc", "char_start", "char_end", "sentence", "type", "aliases"} <= titles


def test_cytoscape_json_is_elements_with_data(graph: KnowledgeGraph, tmp_path: Path) -> None:
    G = graph.to_networkx()
    (path,) = export(G, tmp_path, ["cytoscape"])
    doc = json.loads(path.read_text(encoding="utf-8"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    ids = {n["data"]["id"] for n in nodes}
    assert ids == set(G.nodes)
    assert all({"source", "target", "id", "type"} <= set(e["data"]) for e in edges)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    khan = next(n["data"] for n in nodes if n["data"]["id"] == "person/sadiq-khan")
    assert khan["aliases"] == ["Khan", "London Mayor Sadiq Khan"]  # lists stay lists here
    assert khan["color"] == TYPE_STYLE["Person"]["color"] and khan["shape"] == TYPE_STYLE["Person"]["shape"]


def test_hostile_strings_survive_the_xml_formats(hostile: KnowledgeGraph, tmp_path: Path) -> None:
    G = hostile.to_networkx()
    paths = export(G, tmp_path, ["graphml", "gexf"])
    for path, reader in zip(paths, (read_graphml, read_gexf)):
        back = reader(path)
        assert HOSTILE_ALIAS in back.nodes["person/hostile"]["aliases"]
        sentences = {a.get("sentence") for *_, a in back.edges(data=True)}
        assert HOSTILE_SENTENCE in sentences


def test_characters_xml_cannot_hold_are_replaced_not_fatal(tmp_path: Path) -> None:
    G = nx.MultiDiGraph(documents=[])
    G.add_node("quote/d/1", type="Quote", text="tab\tok, vertical\x0btab and form\x0cfeed")
    paths = export(G, tmp_path, ["graphml", "gexf"])
    assert read_graphml(paths[0]).nodes["quote/d/1"]["text"] == "tab\tok, vertical\ufffdtab and form\ufffdfeed"
    assert read_gexf(paths[1]).nodes["quote/d/1"]["text"] == "tab\tok, vertical\ufffdtab and form\ufffdfeed"


def test_export_writes_each_format_once_into_a_new_folder(graph: KnowledgeGraph, tmp_path: Path) -> None:
    out = tmp_path / "new" / "dir"
    paths = export(graph.to_networkx(), out, ["gexf", "graphml", "gexf", "html", "cytoscape"])
    assert [p.name for p in paths] == ["graph.gexf", "graph.graphml", "graph.html", "graph.cyjs"]
    assert all(p.parent == out and p.stat().st_size > 0 for p in paths)


def test_export_refuses_an_unknown_format(graph: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(SinkError, match="unknown export format 'pdf'.*graphml"):
        export(graph.to_networkx(), tmp_path, ["graphml", "pdf"])
    assert not (tmp_path / "graph.graphml").exists()  # checked before anything is written


def test_graph_json_round_trip_then_export(graph: KnowledgeGraph, tmp_path: Path) -> None:
    """What kg export does: read graph.json back, then export: same graph as exporting the hub directly."""
    graph.write_json(tmp_path / "graph.json")
    G = KnowledgeGraph.from_json(tmp_path).to_networkx()
    (path,) = export(G, tmp_path, ["graphml"])
    assert_same_graph(graph.to_networkx(), read_graphml(path))


def test_an_empty_graph_exports_in_every_format(tmp_path: Path) -> None:
    paths = export(nx.MultiDiGraph(documents=[]), tmp_path, ["graphml", "gexf", "cytoscape", "html"])
    assert read_graphml(paths[0]).number_of_nodes() == 0
    assert read_gexf(paths[1]).number_of_nodes() == 0
    assert json.loads(paths[2].read_text())["elements"] == {"nodes": [], "edges": []}
    assert "kg-data" in paths[3].read_text()


def test_non_finite_numbers_and_self_loops_do_not_break_the_json_formats(tmp_path: Path) -> None:
    G = nx.MultiDiGraph(documents=[])
    G.add_node("stat/d/1", type="Statistic", name="n/a", value=float("nan"))
    G.add_node("stat/d/2", type="Statistic", name="all", value=float("inf"))
    G.add_edge("stat/d/1", "stat/d/1", key="loop", type="PART_OF", doc="d")
    paths = export(G, tmp_path, ["graphml", "cytoscape", "html"])
    assert str(read_graphml(paths[0]).nodes["stat/d/2"]["value"]) == "inf"
    text = paths[1].read_text()
    assert "NaN" not in text and "Infinity" not in text  # JSON.parse in a browser would refuse them
    assert read_cytoscape(paths[1]).nodes["stat/d/1"]["value"] == "nan"
    assert read_cytoscape(paths[1]).has_edge("stat/d/1", "stat/d/1", "loop")
