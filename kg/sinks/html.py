"""The standalone HTML explorer: one offline file to look at who said what.

The page inlines the vendored cytoscape.js (``kg/sinks/static/``) and the graph
as JSON inside ``<script type="application/json">``; it loads nothing from the
network. Every string that came from a document travels only in that JSON, with
``<``, ``>`` and ``&`` written as ``\\u003c``, ``\\u003e``, ``\\u0026`` (and all
non-ASCII as ``\\uXXXX``), so no document text can close the script element;
the page's own script puts text on screen only through ``textContent``. A
Content-Security-Policy allows exactly the two inline scripts (by hash), no
network and no inline event handlers, as a second line of defence.

Every page carries positions computed in Python (see :func:`layout_positions`),
so it opens the same way each time; big graphs are only drawn, small ones are
refined by cytoscape's ``cose`` force layout in the page.

>>> import networkx as nx, tempfile
>>> G = nx.MultiDiGraph(documents=[])
>>> G.add_node("person/a", type="Person", name="A </script><script>alert(1)</script>")
>>> page = render_html(G)
>>> "alert(1)</script>" in page, "\\\\u003c/script\\\\u003e" in page
(False, True)
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.errors import SinkError
from kg.sinks.files import LINK_COLOURS, TYPE_STYLE, json_safe, link_colour, node_label, style_of

__all__ = ["PRESET_LAYOUT_MIN_NODES", "embed_json", "layout_positions", "render_html", "write_html"]

# At and above this many nodes the layout is computed in Python and the page uses it as is.
PRESET_LAYOUT_MIN_NODES = 150

_STAT_FIELDS = ("value", "unit", "measure", "period", "place", "change", "qualifier", "source")
_DOC_FIELDS = ("source", "title", "url", "published", "sha256")
_LINK_FIELDS = ("doc", "start", "end", "sentence", "title", "cue", "direct", "quote")


def embed_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element.

    ``<``, ``>``, ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026``; every other
    non-ASCII character (U+2028, U+2029, lone surrogates included) becomes a
    ``\\uXXXX`` escape. ``JSON.parse`` gives back the exact strings.

    >>> embed_json({"t": "</script><b>&amp;"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026amp;"}'
    """
    text = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), default=str, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@lru_cache(maxsize=1)
def _cytoscape_js() -> str:
    try:
        text = resources.files("kg.sinks").joinpath("static/cytoscape.min.js").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise SinkError(
            "kg/sinks/static/cytoscape.min.js is missing from the installed package; "
            "reinstall kg or run scripts/vendor-cytoscape.sh"
        ) from exc
    if "</script" in text.lower() or "<!--" in text:
        raise SinkError("the vendored cytoscape.min.js contains '</script' or '<!--' and cannot be inlined")
    return text


# -- layout -------------------------------------------------------------------
def layout_positions(G: nx.MultiDiGraph, *, seed: int = 7, iterations: int = 60) -> dict[str, tuple[float, float]]:
    """Positions for every node, in pixels: connected components laid out apart, biggest first.

    Each component gets a Fruchterman-Reingold layout in numpy (no scipy), with
    repulsion only from nodes in neighbouring grid cells, so a 5,000-node graph
    takes seconds rather than minutes; components are then packed in rows.
    Deterministic for a given graph and seed.
    """
    import numpy as np

    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes, key=str))
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(U)), key=lambda c: (-len(c), str(c[0])))
    rng = np.random.default_rng(seed)
    placed: list[tuple[list[str], Any]] = []
    for comp in comps:
        placed.append((comp, _component_layout(U, comp, rng, iterations)))

    positions: dict[str, tuple[float, float]] = {}
    total_area = sum(float(np.ptp(p[:, 0]) + 80) * float(np.ptp(p[:, 1]) + 80) for _, p in placed)
    row_width = max(math.sqrt(total_area) * 1.2, float(np.ptp(placed[0][1][:, 0]) + 80) if placed else 0.0)
    x = y = row_height = 0.0
    for comp, pos in placed:
        pos = pos - pos.min(axis=0)
        w, h = float(pos[:, 0].max()) + 80, float(pos[:, 1].max()) + 80
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for nid, (px, py) in zip(comp, pos):
            positions[nid] = (round(float(px) + x, 1), round(float(py) + y, 1))
        x += w
        row_height = max(row_height, h)
    return positions


def _component_layout(U: nx.Graph, comp: list[str], rng: Any, iterations: int) -> Any:
    import numpy as np

    n = len(comp)
    k = 60.0  # ideal link length in pixels
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [k, 0.0]])
    index = {nid: i for i, nid in enumerate(comp)}
    edges = np.array([(index[u], index[v]) for u, v in U.subgraph(comp).edges()], dtype=np.int64).reshape(-1, 2)
    side = k * math.sqrt(n) * 1.5
    pos = rng.random((n, 2)) * side
    temperature = side / 8
    cooling = temperature / (iterations + 1)
    cell = 2.0 * k  # repulsion beyond this distance is ignored
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        px, py = pos[:, 0], pos[:, 1]
        # repulsion, only between nodes in the same or neighbouring grid cells
        cells = np.floor(pos / cell).astype(np.int64)
        cell_key = cells[:, 0] * 1_000_003 + cells[:, 1]
        order = np.argsort(cell_key, kind="stable")
        uniq, starts = np.unique(cell_key[order], return_index=True)
        ends = np.append(starts[1:], len(order))
        bucket = {int(key): order[s:e] for key, s, e in zip(uniq, starts, ends)}
        for members in bucket.values():
            cx, cy = int(cells[members[0], 0]), int(cells[members[0], 1])
            near = [bucket.get((cx + dx) * 1_000_003 + (cy + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            others = np.concatenate([m for m in near if m is not None])
            dx = px[members][:, None] - px[others][None, :]
            dy = py[members][:, None] - py[others][None, :]
            f = k * k / np.maximum(dx * dx + dy * dy, 0.01)
            disp[members, 0] += (dx * f).sum(axis=1)
            disp[members, 1] += (dy * f).sum(axis=1)
        # attraction along links
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((delta**2).sum(axis=1)), 0.01)
            force = delta * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], -force)
            np.add.at(disp, edges[:, 1], force)
        # a little gravity keeps loose parts of a component together
        disp -= (pos - pos.mean(axis=0)) * 0.02
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 0.01)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    return pos


# -- the page -----------------------------------------------------------------
def _node_record(nid: str, attrs: Mapping[str, Any]) -> dict[str, Any]:
    style = style_of(attrs.get("type"))
    rec: dict[str, Any] = {"id": str(nid), "type": attrs.get("type") or "Other", "label": node_label(nid, attrs, max_len=60)}
    rec["color"], rec["shape"] = style["color"], style["shape"]
    for key in ("name", "text"):
        if attrs.get(key):
            rec[key] = str(attrs[key])
    for key in ("aliases", "titles"):
        if attrs.get(key):
            rec[key] = [str(a) for a in attrs[key]]
    fields = _STAT_FIELDS if attrs.get("type") == "Statistic" else _DOC_FIELDS if attrs.get("type") == "Document" else ()
    extra = {k: attrs[k] for k in fields if attrs.get(k) is not None}
    if attrs.get("wikidata"):
        extra["wikidata"] = attrs["wikidata"]
    if extra:
        rec["fields"] = extra
    mentions = attrs.get("mentions") or []
    if mentions:
        per_doc: dict[str, int] = {}
        for m in mentions:
            doc = str(m.get("doc", "")) if isinstance(m, Mapping) else str(m)
            per_doc[doc] = per_doc.get(doc, 0) + 1
        rec["mentions"] = per_doc
    return rec


def _edge_record(u: str, v: str, key: Any, attrs: Mapping[str, Any]) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": f"e:{key}:{u}:{v}", "source": str(u), "target": str(v), "type": attrs.get("type") or "LINK"}
    rec["color"] = link_colour(attrs.get("type"))
    for k in _LINK_FIELDS:
        if attrs.get(k) is not None:
            rec[k] = attrs[k]
    return rec


def _payload(G: nx.MultiDiGraph, *, layout: str, positions: Mapping[str, tuple[float, float]] | None) -> dict[str, Any]:
    nodes = [_node_record(n, a) for n, a in sorted(G.nodes(data=True), key=lambda item: str(item[0]))]
    edges = [
        _edge_record(u, v, k, a)
        for u, v, k, a in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    ]
    use_preset = layout == "preset" or (layout == "auto" and len(nodes) >= PRESET_LAYOUT_MIN_NODES)
    # Every page starts from the Python layout, so it draws the same each time it is opened;
    # small graphs are then refined by cose in the page.
    pos = positions if positions is not None else layout_positions(G)
    for rec in nodes:
        rec["x"], rec["y"] = pos[rec["id"]]
    present_types = {n["type"] for n in nodes}
    present_links = {e["type"] for e in edges}
    node_types = [t for t in TYPE_STYLE if t in present_types] + sorted(present_types - set(TYPE_STYLE))
    link_types = [t for t in LINK_COLOURS if t in present_links] + sorted(present_links - set(LINK_COLOURS))
    return {
        "generator": str(G.graph.get("generator", "kg")),
        "documents": [{k: d.get(k) for k in ("id", "source", "title", "url", "published") if d.get(k)} for d in G.graph.get("documents", [])],
        "nodeTypes": [{"type": t, **{k: style_of(t)[k] for k in ("color", "shape")}} for t in node_types],
        "linkTypes": [{"type": t, "color": link_colour(t)} for t in link_types],
        "layout": "preset" if use_preset else "cose",
        "nodes": nodes,
        "edges": edges,
    }


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str = "kg explorer",
    layout: str = "auto",
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> str:
    """The explorer page for ``G`` as one string.

    ``layout`` is ``"auto"`` (Python layout from :data:`PRESET_LAYOUT_MIN_NODES`
    nodes up, ``cose`` in the page below that), ``"preset"`` or ``"cose"``.
    ``positions`` (node id -> x, y in pixels) replaces :func:`layout_positions`.
    """
    if layout not in ("auto", "preset", "cose"):
        raise SinkError(f"unknown layout {layout!r}; expected auto, preset or cose")
    data = embed_json(json_safe(_payload(G, layout=layout, positions=positions)))
    lib = _cytoscape_js()
    app = _APP_JS
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(lib)} {_csp_hash(app)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    import html as _html

    return (
        _PAGE.replace("%%CSP%%", csp)  # our own constant text: no quotes, no markup
        .replace("%%TITLE%%", _html.escape(title))
        .replace("%%CSS%%", _CSS)
        .replace("%%DATA%%", data)
        .replace("%%LIB%%", lib)
        .replace("%%APP%%", app)
    )


def write_html(
    G: nx.MultiDiGraph,
    fp: str | Path | IO[str],
    *,
    title: str = "kg explorer",
    layout: str = "auto",
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> None:
    """Write the explorer page for ``G`` (see :func:`render_html`)."""
    page = render_html(G, title=title, layout=layout, positions=positions)
    if isinstance(fp, (str, Path)):
        try:
            Path(fp).write_text(page, encoding="utf-8")
        except OSError as exc:
            raise SinkError(f"{fp}: cannot write ({exc.strerror or exc})") from exc
    else:
        fp.write(page)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="%%CSP%%">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%%TITLE%%</title>
<style>%%CSS%%</style>
</head>
<body>
<header id="kg-top">
  <strong id="kg-title">%%TITLE%%</strong>
  <span id="kg-counts"></span>
  <input id="kg-search" type="search" placeholder="Search names and aliases" autocomplete="off" aria-label="Search names and aliases">
  <button id="kg-fit" type="button">Fit</button>
  <button id="kg-relayout" type="button">Re-layout</button>
</header>
<main>
  <aside id="kg-side">
    <section><h2>Node types</h2><ul id="kg-node-types" class="kg-filters"></ul></section>
    <section><h2>Relations</h2><ul id="kg-link-types" class="kg-filters"></ul></section>
    <section id="kg-results-box" hidden><h2>Search results</h2><ol id="kg-results"></ol></section>
  </aside>
  <div id="kg-cy" aria-label="graph"></div>
  <aside id="kg-details"><p class="kg-hint">Click a node or a link to see where it comes from.</p></aside>
</main>
<script type="application/json" id="kg-data">%%DATA%%</script>
<script>%%LIB%%</script>
<script>%%APP%%</script>
</body>
</html>
"""

_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fafafa}
body{display:flex;flex-direction:column}
header{display:flex;gap:.6em;align-items:center;padding:.5em .8em;border-bottom:1px solid #ddd;background:#fff}
#kg-counts{color:#666;font-size:12px}
#kg-search{flex:1;max-width:28em;padding:.35em .6em;border:1px solid #bbb;border-radius:4px;font:inherit}
button{font:inherit;padding:.3em .8em;border:1px solid #bbb;border-radius:4px;background:#f4f4f4;cursor:pointer}
main{flex:1;display:flex;min-height:0}
#kg-side{width:15em;overflow:auto;padding:.4em .8em;border-right:1px solid #ddd;background:#fff}
#kg-details{width:24em;overflow:auto;padding:.6em .9em;border-left:1px solid #ddd;background:#fff}
#kg-cy{flex:1;min-width:0;position:relative}
h2{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#666;margin:.8em 0 .3em}
h3{margin:.2em 0 .4em;font-size:16px;word-break:break-word}
.kg-filters{list-style:none;margin:0;padding:0}
.kg-filters label{display:flex;align-items:center;gap:.45em;padding:.1em 0;cursor:pointer}
.kg-count{color:#888;font-size:12px;margin-left:auto}
.kg-swatch{display:inline-block;width:14px;height:14px;flex:none}
.kg-line{display:inline-block;width:18px;height:3px;flex:none}
.shape-ellipse{border-radius:50%}
.shape-round-rectangle{border-radius:4px}
.shape-rectangle{border-radius:0}
.shape-diamond{clip-path:polygon(50% 0,100% 50%,50% 100%,0 50%)}
.shape-triangle{clip-path:polygon(50% 0,100% 100%,0 100%)}
.shape-hexagon{clip-path:polygon(25% 0,75% 0,100% 50%,75% 100%,25% 100%,0 50%)}
.shape-octagon{clip-path:polygon(30% 0,70% 0,100% 30%,100% 70%,70% 100%,30% 100%,0 70%,0 30%)}
#kg-results{margin:0;padding-left:1.4em}
#kg-results li{margin:.15em 0}
.kg-link{background:none;border:0;padding:0;color:#1a5fb4;text-decoration:underline;cursor:pointer;text-align:left;font:inherit;word-break:break-word}
.kg-type{display:inline-block;font-size:11px;padding:.05em .5em;border-radius:8px;color:#fff;margin-right:.4em}
.kg-hint{color:#777}
dl{margin:.3em 0;display:grid;grid-template-columns:auto 1fr;gap:.15em .8em}
dt{color:#666}
dd{margin:0;word-break:break-word}
ul.kg-list{margin:.2em 0;padding-left:1.2em}
.kg-fact{border-top:1px solid #eee;padding:.4em 0}
.kg-fact blockquote,.kg-quote,.kg-sentence{margin:.3em 0;padding:.3em .6em;border-left:3px solid #ccc;background:#f7f7f7;white-space:pre-wrap;word-break:break-word}
.kg-prov{color:#666;font-size:12px}
"""

# The page's own script. It never assigns innerHTML/outerHTML or uses insertAdjacentHTML:
# every string reaches the screen through textContent or cytoscape's canvas labels.
_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var MAX_FACTS = 200, MAX_RESULTS = 50;
  var nodeById = new Map(), edgeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var big = data.nodes.length > 600 || data.edges.length > 1200;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function nodeName(id) { var n = nodeById.get(id); return n ? n.label : id; }
  function typeColour(type) {
    for (var i = 0; i < data.nodeTypes.length; i++) if (data.nodeTypes[i].type === type) return data.nodeTypes[i].color;
    return "#999";
  }

  var elements = [];
  data.nodes.forEach(function (n) {
    var item = { group: "nodes", data: { id: n.id, type: n.type, label: n.label, color: n.color, shape: n.shape } };
    if (typeof n.x === "number") item.position = { x: n.x, y: n.y };
    elements.push(item);
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, type: e.type, color: e.color } });
  });

  var t0 = performance.now();
  var cy = cytoscape({
    container: document.getElementById("kg-cy"),
    elements: elements,
    layout: { name: "preset" },
    minZoom: 0.02, maxZoom: 4,
    textureOnViewport: big, hideEdgesOnViewport: big, hideLabelsOnViewport: big, pixelRatio: big ? 1 : "auto",
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "shape": "data(shape)", "width": 18, "height": 18,
        "label": "data(label)", "font-size": 10, "min-zoomed-font-size": big ? 10 : 4, "color": "#333",
        "text-valign": "bottom", "text-margin-y": 3, "text-max-width": "140px", "text-wrap": big ? "none" : "ellipsis",
        "border-width": big ? 0 : 1, "border-color": "#555" } },
      { selector: "edge", style: {
        "width": 1.2, "line-color": "data(color)", "target-arrow-color": "data(color)",
        "curve-style": big ? "haystack" : "bezier", "target-arrow-shape": big ? "none" : "triangle",
        "arrow-scale": 0.7, "opacity": big ? 1 : 0.8 } },
      { selector: ".kg-hidden", style: { "display": "none" } },
      { selector: ".kg-match", style: { "border-width": 4, "border-color": "#d7263d" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#111", "z-index": 10 } },
      { selector: "edge:selected", style: { "width": 4, "line-color": "#111", "target-arrow-color": "#111", "z-index": 10 } }
    ]
  });

  var api = { cy: cy, data: data, ready: false, layoutMs: null, layoutName: data.layout };
  window.kgExplorer = api;

  function coseOptions() {
    var n = cy.nodes(":visible").length;
    return { name: "cose", animate: false, randomize: false, fit: true, padding: 30,
             numIter: n > 800 ? 250 : 1000, nodeRepulsion: function () { return 400000; },
             idealEdgeLength: function () { return 60; }, componentSpacing: 60, nodeOverlap: 8 };
  }
  function finish() {
    api.layoutMs = Math.round(performance.now() - t0);
    api.ready = true;
    document.body.setAttribute("data-kg-ready", "1");
    document.body.setAttribute("data-kg-nodes", String(cy.nodes().length));
    document.body.setAttribute("data-kg-layout-ms", String(api.layoutMs));
  }
  if (data.layout === "cose") {
    var first = cy.layout(coseOptions());
    first.one("layoutstop", finish);
    first.run();
  } else {
    cy.fit(undefined, 30);
    finish();
  }

  // -- counts, legend and filters ---------------------------------------
  document.getElementById("kg-counts").textContent =
    data.nodes.length + " nodes \u00b7 " + data.edges.length + " links \u00b7 " + data.documents.length + " documents";
  var hiddenNodeTypes = new Set(), hiddenLinkTypes = new Set();
  function applyFilters() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("kg-hidden", hiddenNodeTypes.has(n.data("type"))); });
      cy.edges().forEach(function (e) { e.toggleClass("kg-hidden", hiddenLinkTypes.has(e.data("type"))); });
    });
  }
  function countBy(list, key) {
    var c = new Map();
    list.forEach(function (x) { c.set(x[key], (c.get(x[key]) || 0) + 1); });
    return c;
  }
  function filterList(ul, entries, counts, hidden, swatch) {
    entries.forEach(function (entry) {
      var li = el("li"), label = el("label"), box = el("input");
      box.type = "checkbox"; box.checked = true; box.value = entry.type;
      box.setAttribute("data-kind", ul.id);
      box.addEventListener("change", function () {
        if (box.checked) hidden.delete(entry.type); else hidden.add(entry.type);
        applyFilters();
      });
      label.appendChild(box);
      label.appendChild(swatch(entry));
      label.appendChild(el("span", null, entry.type));
      label.appendChild(el("span", "kg-count", counts.get(entry.type) || 0));
      li.appendChild(label);
      ul.appendChild(li);
    });
  }
  filterList(document.getElementById("kg-node-types"), data.nodeTypes, countBy(data.nodes, "type"), hiddenNodeTypes,
    function (entry) { var s = el("span", "kg-swatch shape-" + entry.shape); s.style.backgroundColor = entry.color; return s; });
  filterList(document.getElementById("kg-link-types"), data.linkTypes, countBy(data.edges, "type"), hiddenLinkTypes,
    function (entry) { var s = el("span", "kg-line"); s.style.backgroundColor = entry.color; return s; });

  // -- details ---------------------------------------------------------------
  var details = document.getElementById("kg-details");
  function nodeButton(id) {
    var b = el("button", "kg-link", nodeName(id));
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function addFields(parent, pairs) {
    var dl = el("dl"), any = false;
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") return;
      dl.appendChild(el("dt", null, p[0]));
      var dd = el("dd");
      if (p[1] instanceof Node) dd.appendChild(p[1]); else dd.textContent = String(p[1]);
      dl.appendChild(dd);
      any = true;
    });
    if (any) parent.appendChild(dl);
  }
  function addList(parent, heading, items) {
    if (!items || !items.length) return;
    parent.appendChild(el("h2", null, heading));
    var ul = el("ul", "kg-list");
    items.forEach(function (x) { ul.appendChild(el("li", null, x)); });
    parent.appendChild(ul);
  }
  function provenance(e) {
    var bits = ["document " + (e.doc === undefined ? "?" : e.doc)];
    if (typeof e.start === "number") bits.push("characters " + e.start + "\u2013" + e.end);
    return bits.join(", ");
  }
  function quoteOf(e) {
    if (e.quote) return String(e.quote);
    var t = nodeById.get(e.target);
    if (t && t.type === "Quote" && t.text) return t.text;
    return null;
  }
  function typeBadge(type) {
    var b = el("span", "kg-type", type);
    b.style.backgroundColor = typeColour(type);
    return b;
  }
  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    clear(details);
    var h = el("h3");
    h.appendChild(typeBadge(n.type));
    h.appendChild(document.createTextNode(n.name || n.label));
    details.appendChild(h);
    addFields(details, [["id", n.id]]);
    if (n.text) details.appendChild(el("blockquote", "kg-quote", n.text));
    addList(details, "Aliases", n.aliases);
    addList(details, "Titles", n.titles);
    if (n.fields) {
      details.appendChild(el("h2", null, n.type === "Statistic" ? "Statistic" : "Fields"));
      addFields(details, Object.keys(n.fields).map(function (k) { return [k, n.fields[k]]; }));
    }
    if (n.mentions) {
      addList(details, "Mentioned in", Object.keys(n.mentions).map(function (d) {
        return d + " (" + n.mentions[d] + "\u00d7)";
      }));
    }
    var links = cy.getElementById(id).connectedEdges();
    details.appendChild(el("h2", null, "Facts (" + links.length + ")"));
    var shown = 0;
    links.forEach(function (edge) {
      if (shown >= MAX_FACTS) return;
      shown++;
      var e = edgeById.get(edge.id());
      var box = el("div", "kg-fact");
      var head = el("div");
      var out = e.source === id;
      if (!out) { head.appendChild(nodeButton(e.source)); head.appendChild(document.createTextNode(" ")); }
      var rel = el("button", "kg-link", e.type);
      rel.type = "button";
      rel.addEventListener("click", function () { focusEdge(e.id); });
      head.appendChild(rel);
      if (out) { head.appendChild(document.createTextNode(" ")); head.appendChild(nodeButton(e.target)); }
      box.appendChild(head);
      if (e.sentence) box.appendChild(el("blockquote", "kg-sentence", e.sentence));
      box.appendChild(el("div", "kg-prov", provenance(e)));
      details.appendChild(box);
    });
    if (links.length > shown) details.appendChild(el("p", "kg-hint", (links.length - shown) + " more not shown"));
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    clear(details);
    var h = el("h3", null, e.type);
    details.appendChild(h);
    addFields(details, [["from", nodeButton(e.source)], ["to", nodeButton(e.target)], ["title", e.title],
      ["cue", e.cue], ["direct", e.direct === undefined ? null : (e.direct ? "yes" : "no")],
      ["document", e.doc], ["characters", typeof e.start === "number" ? e.start + "\u2013" + e.end : null]]);
    var q = quoteOf(e);
    if (q) { details.appendChild(el("h2", null, "Quote")); details.appendChild(el("blockquote", "kg-quote", q)); }
    if (e.sentence) { details.appendChild(el("h2", null, "Source sentence")); details.appendChild(el("blockquote", "kg-sentence", e.sentence)); }
    if (!e.sentence && !q) details.appendChild(el("p", "kg-prov", "Provenance: " + provenance(e)));
  }
  function focusNode(id) {
    var node = cy.getElementById(id);
    if (node.empty()) return;
    cy.elements(":selected").unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    showNode(id);
  }
  function focusEdge(id) {
    var edge = cy.getElementById(id);
    cy.elements(":selected").unselect();
    edge.select();
    showEdge(id);
  }
  cy.on("tap", "node", function (evt) { showNode(evt.target.id()); });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target.id()); });

  // -- search ----------------------------------------------------------------
  var searchBox = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var resultsBox = document.getElementById("kg-results-box");
  var haystack = data.nodes.map(function (n) {
    return [n.id, [n.name || "", n.text || ""].concat(n.aliases || []).join("\n").toLowerCase()];
  });
  function search(query) {
    var q = query.trim().toLowerCase();
    var found = [];
    if (q) haystack.forEach(function (h) { if (h[1].indexOf(q) !== -1) found.push(h[0]); });
    cy.batch(function () {
      cy.nodes(".kg-match").removeClass("kg-match");
      found.forEach(function (id) { cy.getElementById(id).addClass("kg-match"); });
    });
    clear(results);
    resultsBox.hidden = !q;
    found.slice(0, MAX_RESULTS).forEach(function (id) {
      var li = el("li"), n = nodeById.get(id);
      li.appendChild(nodeButton(id));
      var aliasHit = (n.aliases || []).filter(function (a) { return a.toLowerCase().indexOf(q) !== -1; });
      if (aliasHit.length && (n.name || "").toLowerCase().indexOf(q) === -1) li.appendChild(el("span", "kg-prov", " alias: " + aliasHit[0]));
      li.appendChild(el("span", "kg-prov", " " + n.type));
      results.appendChild(li);
    });
    if (found.length > MAX_RESULTS) results.appendChild(el("li", "kg-hint", (found.length - MAX_RESULTS) + " more"));
    if (q && !found.length) results.appendChild(el("li", "kg-hint", "nothing found"));
    if (found.length === 1) focusNode(found[0]);
    return found;
  }
  var timer = null;
  searchBox.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(searchBox.value); }, 150);
  });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { clearTimeout(timer); search(searchBox.value); }
  });

  document.getElementById("kg-fit").addEventListener("click", function () { cy.fit(cy.elements(":visible"), 30); });
  document.getElementById("kg-relayout").addEventListener("click", function () {
    var visible = cy.nodes(":visible").length;
    if (visible > 1500) {
      clear(details);
      details.appendChild(el("p", "kg-hint", visible + " nodes are visible: filter by type to fewer than 1500 " +
        "before running the force layout in the page (it would freeze the tab)."));
      return;
    }
    t0 = performance.now();
    var l = cy.elements(":visible").layout(coseOptions());
    l.one("layoutstop", function () { api.layoutMs = Math.round(performance.now() - t0); });
    l.run();
  });

  api.search = search;
  api.showNode = focusNode;
  api.showEdge = focusEdge;
})();
"""
