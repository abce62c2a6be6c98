"""The explorer page as text: self-contained, data escaped, scripts pinned by the CSP (no browser needed)."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from exports_data import HOSTILE_ALIAS, HOSTILE_NAME, HOSTILE_SENTENCE

from kg.errors import SinkError
from kg.graph import KnowledgeGraph
from kg.sinks.html import PRESET_LAYOUT_MIN_NODES, embed_json, layout_positions, render_html

STATIC = Path(__file__).resolve().parents[2] / "kg" / "sinks" / "static"


def _data_block(page: str) -> str:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return m.group(1)


def test_embedded_json_has_no_markup_characters_and_parses_back() -> None:
    value = {"s": "</script><!-- & \u2028\u2029 <b>", "n": [1, 2.5, None, True], "lone": "\ud800x"}
    text = embed_json(value)
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert text.isascii()
    assert json.loads(text) == value


def test_hostile_document_cannot_leave_the_data_block(hostile: KnowledgeGraph) -> None:
    page = render_html(hostile.to_networkx())
    # exactly our three script elements, whatever the documents said
    assert page.count("<script") == 3 and page.lower().count("</script") == 3
    block = _data_block(page)
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)
    names = {n.get("name") for n in data["nodes"]}
    aliases = {a for n in data["nodes"] for a in n.get("aliases", [])}
    assert HOSTILE_NAME in names and HOSTILE_ALIAS in aliases
    assert HOSTILE_SENTENCE in {e.get("sentence") for e in data["edges"]}
    assert "onerror" not in page.replace(block, "")  # only inside the escaped JSON


def test_page_loads_nothing_from_the_network(graph: KnowledgeGraph) -> None:
    page = render_html(graph.to_networkx())
    outside_data = page.replace(_data_block(page), "")
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", outside_data, re.I)
    lib = (STATIC / "cytoscape.min.js").read_text(encoding="utf-8")
    assert lib in page  # the vendored library is inlined, not referenced


def test_csp_admits_exactly_the_two_inline_scripts(graph: KnowledgeGraph) -> None:
    page = render_html(graph.to_networkx())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_page_script_never_writes_html_from_strings() -> None:
    from kg.sinks import html

    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in html._APP_JS


def test_vendored_cytoscape_has_licence_and_provenance() -> None:
    readme = (STATIC / "README.md").read_text(encoding="utf-8")
    assert "cytoscape" in readme and "npm" in readme
    assert "MIT" in readme or "Permission is hereby granted" in (STATIC / "LICENSE.cytoscape").read_text(encoding="utf-8")
    size = (STATIC / "cytoscape.min.js").stat().st_size
    assert 100_000 < size < 1_500_000
    version = re.search(r"cytoscape\.js (\d+\.\d+\.\d+)", readme).group(1)
    assert f'"{version}"' in (STATIC / "cytoscape.min.js").read_text(encoding="utf-8")


def test_small_graphs_are_laid_out_in_the_page_big_ones_in_python(graph: KnowledgeGraph) -> None:
    small = json.loads(_data_block(render_html(graph.to_networkx())))
    assert small["layout"] == "cose"  # refined in the page, starting from the Python positions
    G = nx.MultiDiGraph(documents=[])
    for i in range(PRESET_LAYOUT_MIN_NODES):
        G.add_node(f"person/p{i}", type="Person", name=f"P {i}")
        if i:
            G.add_edge(f"person/p{i}", f"person/p{i // 2}", key=str(i), type="PART_OF", doc="d")
    big = json.loads(_data_block(render_html(G)))
    assert big["layout"] == "preset"
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in big["nodes"])


def test_layout_is_deterministic_and_spreads_nodes_out() -> None:
    G = nx.MultiDiGraph()
    for i in range(300):
        G.add_edge(f"n{i % 40}", f"m{i}", key=str(i))
    G.add_node("lonely")
    a, b = layout_positions(G), layout_positions(G)
    assert a == b and set(a) == set(G.nodes)
    distinct = {(round(x), round(y)) for x, y in a.values()}
    assert len(distinct) > 0.95 * len(a)  # nodes do not pile up on one spot


def test_the_page_opens_on_the_entity_view_from_a_few_hundred_nodes(graph: KnowledgeGraph) -> None:
    from kg.sinks.html import ENTITY_VIEW_MIN_NODES

    assert json.loads(_data_block(render_html(graph.to_networkx())))["view"] == "full"
    assert json.loads(_data_block(render_html(graph.to_networkx(), view="entities")))["view"] == "entities"
    G = nx.MultiDiGraph(documents=[])
    for i in range(ENTITY_VIEW_MIN_NODES):
        G.add_node(f"quote/d/{i}", type="Quote", text=f"q {i}")
    data = json.loads(_data_block(render_html(G)))
    assert data["view"] == "entities"
    assert json.loads(_data_block(render_html(G, view="full")))["view"] == "full"
    with pytest.raises(SinkError):
        render_html(G, view="sideways")


def test_said_about_links_a_speaker_to_the_policies_their_quotes_mention() -> None:
    from kg.sinks.html import said_about

    G = nx.MultiDiGraph(documents=[])
    G.add_node("person/a", type="Person", name="A")
    G.add_node("org/b", type="Organisation", name="B")
    G.add_node("policy/p", type="Policy", name="stop and search")
    G.add_node("place/x", type="Place", name="X")
    G.add_node("quote/d/1", type="Quote", text="We will keep stop and search.")
    G.add_node("quote/d/2", type="Quote", text="Stop and search works.")
    G.add_edge("person/a", "quote/d/1", type="SAID", doc="d", start=5, end=40, sentence="A said: We will keep stop and search.", cue="say")
    G.add_edge("org/b", "quote/d/2", type="SAID", doc="d", start=50, end=80, cue="state")
    for q in ("quote/d/1", "quote/d/2"):
        G.add_edge(q, "policy/p", type="MENTIONS", doc="d")
        G.add_edge(q, "place/x", type="MENTIONS", doc="d")
    got = said_about(G)
    assert [(d["source"], d["target"], d["via"]) for d in got] == [
        ("org/b", "policy/p", "quote/d/2"), ("person/a", "policy/p", "quote/d/1")]
    assert got[1]["quote"] == "We will keep stop and search." and got[1]["sentence"].startswith("A said")
    assert got[1]["start"] == 5 and got[1]["cue"] == "say" and got[1]["type"] == "SAID_ABOUT"
    data = json.loads(_data_block(render_html(G)))
    assert [d["via"] for d in data["derived"]] == ["quote/d/2", "quote/d/1"]
    assert data["digest"]["said"][0]["items"][0]["about"] == ["stop and search"]
