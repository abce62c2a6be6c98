"""The HTML explorer in a real headless Chromium (Debian's, driven by Playwright; nothing downloaded).

Opens the exported page from a file:// URL with the network cut off and checks
what a reader would: every node drawn, search finds an alias, a click shows the
source sentence, filters hide what they say, and a hostile document runs nothing.
Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from exports_data import ARTIFACTS, HOSTILE_ALIAS, HOSTILE_IMG, HOSTILE_NAME, HOSTILE_SENTENCE, REPO, hostile_graph

from kg.sinks.files import export

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Records what injected markup would do, before any page script runs.
WATCH = """
window.__kgPwned = undefined;
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def _chromium() -> str:
    path = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail("headless Chromium is needed for the explorer tests: apt-get install chromium chromium-driver "
                    "(or set KG_CHROMIUM); deselect with -m 'not browser'")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def examples_graph(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    """The graph kg builds from the repository's examples/ (public-domain texts), with the real model."""
    import kg

    out = tmp_path_factory.mktemp("examples-build")
    result = kg.build([REPO / "examples"], out=out)
    G = result.graph.to_networkx()
    assert G.number_of_nodes() > 20, "the examples should give a graph worth looking at"
    return G


class Page:
    """One explorer page opened offline, with everything it tried to do recorded."""

    def __init__(self, browser: Any, html: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.add_init_script(WATCH)
        self.url = html.resolve().as_uri()
        self.page.goto(self.url)
        # Locator waits, not wait_for_function: polling a JS string needs eval, which the page's CSP forbids.
        self.page.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=60_000)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def click_node(self, node_id: str) -> None:
        """A real mouse click on the node where cytoscape drew it."""
        self.js("id => { const cy = window.kgExplorer.cy; const n = cy.getElementById(id); cy.zoom(1.5); cy.center(n); }", node_id)
        self.page.wait_for_timeout(100)
        box = self.page.locator("#kg-cy").bounding_box()
        pos = self.js("id => window.kgExplorer.cy.getElementById(id).renderedPosition()", node_id)
        self.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])

    def click_edge(self, edge_id: str) -> None:
        self.js(
            "id => { const cy = window.kgExplorer.cy; const e = cy.getElementById(id);"
            " cy.nodes().not(e.connectedNodes()).addClass('kg-hidden'); cy.zoom(1.5); cy.center(e); }",
            edge_id,
        )
        self.page.wait_for_timeout(100)
        box = self.page.locator("#kg-cy").bounding_box()
        mid = self.js("id => window.kgExplorer.cy.getElementById(id).renderedMidpoint()", edge_id)
        self.page.mouse.click(box["x"] + mid["x"], box["y"] + mid["y"])

    def details(self) -> str:
        return self.page.locator("#kg-details").inner_text()

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"
        assert self.js("window.__kgPwned") is None, "injected script ran"
        assert self.js("window.__cspViolations") == [], "something tried to run or load outside the page's own scripts"
        assert self.console_errors == []
        assert all(u.startswith("file://") for u in self.requests), f"network requests: {self.requests}"

    def close(self) -> None:
        self.context.close()


def _html_for(G: nx.MultiDiGraph, out: Path) -> Path:
    (path,) = export(G, out, ["html"])
    return path


def _node_with_alias(G: nx.MultiDiGraph) -> tuple[str, str]:
    for nid, attrs in sorted(G.nodes(data=True)):
        name = (attrs.get("name") or "").lower()
        for alias in attrs.get("aliases") or []:
            if len(alias) >= 3 and alias.lower() not in name:
                return nid, alias
    pytest.fail("no node in the examples has an alias that differs from its name")


def _edge_with_sentence(G: nx.MultiDiGraph, link_type: str | None = None) -> tuple[str, str, dict[str, Any]]:
    for u, v, attrs in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("start") or 0)):
        if attrs.get("sentence") and (link_type is None or attrs["type"] == link_type):
            return u, v, attrs
    pytest.fail(f"no {link_type or ''} link with a source sentence in the examples")


@pytest.mark.model
def test_examples_render_every_node_offline(browser: Any, examples_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    page = Page(browser, _html_for(examples_graph, tmp_path))
    try:
        assert page.js("window.kgExplorer.cy.nodes().length") == examples_graph.number_of_nodes()
        assert page.js("window.kgExplorer.cy.edges().length") == examples_graph.number_of_edges()
        assert page.page.locator("body").get_attribute("data-kg-nodes") == str(examples_graph.number_of_nodes())
        # drawn inside the viewport, not piled on one point
        bb = page.js("(() => { const b = window.kgExplorer.cy.nodes().renderedBoundingBox(); return [b.w, b.h]; })()")
        assert bb[0] > 200 and bb[1] > 200
        types = {t for _, t in examples_graph.nodes(data="type")}
        legend = page.page.locator("#kg-node-types").inner_text()
        assert all(t in legend for t in types)
        ARTIFACTS.mkdir(exist_ok=True)
        page.page.screenshot(path=str(ARTIFACTS / "explorer-examples.png"))
        page.assert_clean()
    finally:
        page.close()


@pytest.mark.model
def test_search_finds_a_node_by_alias(browser: Any, examples_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    nid, alias = _node_with_alias(examples_graph)
    page = Page(browser, _html_for(examples_graph, tmp_path))
    try:
        page.page.fill("#kg-search", alias)
        page.page.press("#kg-search", "Enter")
        results = page.page.locator("#kg-results")
        label = page.js("id => window.kgExplorer.cy.getElementById(id).data('label')", nid)
        assert label in results.inner_text()
        assert page.js("id => window.kgExplorer.cy.getElementById(id).hasClass('kg-match')", nid)
        results.get_by_role("button", name=label, exact=True).first.click()
        assert page.js("() => window.kgExplorer.cy.$(':selected').map(e => e.id())") == [nid]
        assert alias in page.details()
        page.assert_clean()
    finally:
        page.close()


@pytest.mark.model
def test_clicking_a_node_shows_its_source_sentences(browser: Any, examples_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    u, _v, attrs = _edge_with_sentence(examples_graph)
    page = Page(browser, _html_for(examples_graph, tmp_path))
    try:
        page.click_node(u)
        page.page.wait_for_selector("#kg-details h3")
        text = page.details()
        name = examples_graph.nodes[u].get("name") or examples_graph.nodes[u].get("text")
        assert " ".join(name.split())[:40] in " ".join(text.split())
        assert " ".join(attrs["sentence"].split()) in " ".join(text.split())
        assert f"document {attrs['doc']}" in text
        page.page.screenshot(path=str(ARTIFACTS / "explorer-examples-node.png"))
        page.assert_clean()
    finally:
        page.close()


@pytest.mark.model
def test_clicking_a_link_shows_its_quote_or_provenance(browser: Any, examples_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    said = [(u, v, k, a) for u, v, k, a in examples_graph.edges(keys=True, data=True) if a["type"] == "SAID"]
    assert said, "the examples should yield at least one SAID link"
    u, v, _key, attrs = sorted(said, key=lambda e: (e[0], e[1], e[2]))[0]
    page = Page(browser, _html_for(examples_graph, tmp_path))
    try:
        edge_id = page.js("([u, v]) => window.kgExplorer.cy.edges().filter(e => e.source().id() === u && e.target().id() === v"
                          " && e.data('type') === 'SAID')[0].id()", [u, v])
        page.click_edge(edge_id)
        page.page.wait_for_selector("#kg-details h3")
        text = " ".join(page.details().split())
        assert text.startswith("SAID")
        quote = examples_graph.nodes[v].get("text") or attrs.get("quote")
        assert " ".join(quote.split()) in text
        if attrs.get("sentence"):
            assert " ".join(attrs["sentence"].split()) in text
        page.assert_clean()
    finally:
        page.close()


def test_filters_hide_node_and_relation_types(browser: Any, graph: Any, tmp_path: Path) -> None:
    G = graph.to_networkx()
    page = Page(browser, _html_for(G, tmp_path))
    try:
        visible = "t => window.kgExplorer.cy.nodes().filter(n => n.data('type') === t && n.style('display') !== 'none').length"
        assert page.js(visible, "Person") == 2
        page.page.locator("#kg-node-types input[value='Person']").uncheck()
        assert page.js(visible, "Person") == 0 and page.js(visible, "Quote") == 1
        page.page.locator("#kg-node-types input[value='Person']").check()
        assert page.js(visible, "Person") == 2
        edges = "t => window.kgExplorer.cy.edges().filter(e => e.data('type') === t && e.style('display') !== 'none').length"
        assert page.js(edges, "HOLDS_ROLE") == 1
        page.page.locator("#kg-link-types input[value='HOLDS_ROLE']").uncheck()
        assert page.js(edges, "HOLDS_ROLE") == 0 and page.js(edges, "SAID") == 1
        page.assert_clean()
    finally:
        page.close()


def test_statistic_fields_titles_and_aliases_are_shown(browser: Any, graph: Any, tmp_path: Path) -> None:
    page = Page(browser, _html_for(graph.to_networkx(), tmp_path))
    try:
        page.click_node("stat/ons/7-per-cent-fall")
        page.page.wait_for_selector("#kg-details h3")
        text = page.details()
        for expected in ("7.5", "percent", "year ending June 2014", "England and Wales", "fall", "Crime Survey",
                         "Crime fell by 7.5% in the year ending June 2014, the ONS said.", "document ons"):
            assert expected in text
        page.click_node("person/sadiq-khan")
        page.page.locator("#kg-details h3", has_text="Sadiq Khan").wait_for()
        text = page.details()
        assert "London Mayor Sadiq Khan" in text and "Mayor of London" in text
        page.assert_clean()
    finally:
        page.close()


def test_hostile_document_renders_as_text_and_runs_nothing(browser: Any, tmp_path: Path) -> None:
    G = hostile_graph().to_networkx()
    page = Page(browser, _html_for(G, tmp_path))
    try:
        assert page.js("window.kgExplorer.cy.nodes().length") == G.number_of_nodes()
        assert page.js("document.scripts.length") == 3
        assert page.js("document.images.length") == 0 and page.js("document.querySelectorAll('svg').length") == 0
        # search by a fragment of the hostile alias, open the node, read it back as plain text
        page.page.fill("#kg-search", "onerror")
        page.page.press("#kg-search", "Enter")
        assert page.js("document.images.length") == 0
        page.click_node("person/hostile")
        page.page.wait_for_selector("#kg-details h3")
        text = page.details()
        for raw in (HOSTILE_NAME, HOSTILE_ALIAS, HOSTILE_IMG, "Tom &amp; Jerry", "<b>Chief</b> &lt;Constable&gt;"):
            assert raw in text, raw
        assert "&amp; &lt;b&gt;bold&lt;/b&gt;" in text  # entities stay as typed, not decoded
        said = page.js("() => window.kgExplorer.cy.edges().filter(e => e.data('type') === 'SAID' && e.source().id() === 'person/hostile')[0].id()")
        page.click_edge(said)
        page.page.locator("#kg-details h3", has_text=re.compile(r"^SAID$")).wait_for()
        sentence = page.page.locator("#kg-details .kg-sentence").first.text_content()
        assert sentence == HOSTILE_SENTENCE  # byte for byte, U+2028/U+2029 included
        assert page.js("document.images.length") == 0 and page.js("document.scripts.length") == 3
        ARTIFACTS.mkdir(exist_ok=True)
        page.page.screenshot(path=str(ARTIFACTS / "explorer-hostile.png"))
        page.assert_clean()
    finally:
        page.close()


def test_big_graph_opens_with_the_precomputed_layout(browser: Any, tmp_path: Path) -> None:
    G = nx.MultiDiGraph(documents=[])
    for i in range(700):
        G.add_node(f"person/p{i}", type="Person", name=f"Person {i}", aliases=[f"P{i}"])
    for i in range(1, 700):
        G.add_edge(f"person/p{i}", f"person/p{(i * 7) % i}", key=str(i), type="PART_OF", doc="d", sentence=f"S {i}.")
    page = Page(browser, _html_for(G, tmp_path))
    try:
        assert page.js("window.kgExplorer.layoutName") == "preset"
        assert page.js("window.kgExplorer.cy.nodes().length") == 700
        assert page.js("window.kgExplorer.cy.edges()[0].style('curve-style')") == "haystack"  # the cheap drawing mode
        positions = page.js("window.kgExplorer.cy.nodes().map(n => [n.id(), n.position('x'), n.position('y')])")
        data = {n["id"]: (n["x"], n["y"]) for n in page.js("window.kgExplorer.data.nodes")}
        assert all(abs(x - data[i][0]) < 0.01 and abs(y - data[i][1]) < 0.01 for i, x, y in positions)
        page.page.fill("#kg-search", "p699")
        page.page.press("#kg-search", "Enter")
        page.page.wait_for_selector("#kg-details h3")
        assert "Person 699" in page.details()
        page.assert_clean()
    finally:
        page.close()
