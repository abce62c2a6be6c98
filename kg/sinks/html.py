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

__all__ = [
    "ENTITY_LINK_TYPES",
    "ENTITY_TYPES",
    "ENTITY_VIEW_MIN_NODES",
    "PRESET_LAYOUT_MIN_NODES",
    "embed_json",
    "layout_positions",
    "render_html",
    "said_about",
    "write_html",
]

# At and above this many nodes the layout is computed in Python and the page uses it as is.
PRESET_LAYOUT_MIN_NODES = 150
# At and above this many nodes the page opens on the entity view instead of every node.
ENTITY_VIEW_MIN_NODES = 300
#: What the entity view draws: these node types, and these links between them
#: (``SAID_ABOUT`` is derived: a speaker SAID a Quote that MENTIONS a Policy).
ENTITY_TYPES = ("Person", "Organisation", "Policy")
ENTITY_LINK_TYPES = ("SAID_ABOUT", "ANNOUNCED", "OVERSEES", "HOLDS_ROLE")

_STAT_FIELDS = ("value", "unit", "measure", "period", "period_start", "period_end", "place", "change", "qualifier", "source")
_DOC_FIELDS = ("source", "title", "url", "published", "sha256")
_LINK_FIELDS = ("doc", "start", "end", "sentence", "title", "cue", "direct", "quote", "status", "basis", "inferred")


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
    if isinstance(attrs.get("merged"), Mapping) and attrs["merged"]:
        rec["merged"] = {str(k): str(v) for k, v in attrs["merged"].items()}
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


def said_about(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """``SAID_ABOUT`` links for the entity view: speaker -> Policy, for each Quote the speaker SAID that MENTIONS the policy.

    Each carries the SAID link's document, offsets, sentence and cue, the quote's words and
    its id (``via``), so the panel shows what was said. Sorted, so the page is the same each time.
    """
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for speaker, quote, attrs in G.edges(data=True):
        if attrs.get("type") != "SAID":
            continue
        for _q, target, m in G.out_edges(quote, data=True):
            if m.get("type") != "MENTIONS" or G.nodes[target].get("type") != "Policy":
                continue
            key = (str(speaker), str(target), str(quote))
            if key in out:
                continue
            rec: dict[str, Any] = {"source": key[0], "target": key[1], "type": "SAID_ABOUT", "via": key[2]}
            for k in ("doc", "start", "end", "sentence", "cue", "direct"):
                if attrs.get(k) is not None:
                    rec[k] = attrs[k]
            words = attrs.get("quote") or G.nodes[quote].get("text")
            if words:
                rec["quote"] = str(words)
            out[key] = rec
    derived = [out[k] for k in sorted(out)]
    for i, rec in enumerate(derived):
        rec["id"] = f"d:{i}"
        rec["color"] = _SAID_ABOUT_COLOUR
    return derived


_SAID_ABOUT_COLOUR = "#c69214"  # a darker SAID yellow: what a speaker said, drawn to the policy


def _payload(
    G: nx.MultiDiGraph,
    *,
    layout: str,
    positions: Mapping[str, tuple[float, float]] | None,
    view: str = "auto",
    digest_top: int | None = None,
) -> dict[str, Any]:
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
    from kg.digest import DEFAULT_TOP, collect_graph

    entity_view = view == "entities" or (view == "auto" and len(nodes) >= ENTITY_VIEW_MIN_NODES)
    return {
        "view": "entities" if entity_view else "full",
        "entityTypes": list(ENTITY_TYPES),
        "entityLinkTypes": list(ENTITY_LINK_TYPES),
        "derived": said_about(G),
        "digest": collect_graph(G, top=digest_top or DEFAULT_TOP),
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
    view: str = "auto",
    digest_top: int | None = None,
) -> str:
    """The explorer page for ``G`` as one string.

    ``layout`` is ``"auto"`` (Python layout from :data:`PRESET_LAYOUT_MIN_NODES`
    nodes up, ``cose`` in the page below that), ``"preset"`` or ``"cose"``.
    ``positions`` (node id -> x, y in pixels) replaces :func:`layout_positions`.
    ``view`` is the view the page opens on: ``"auto"`` (the entity view from
    :data:`ENTITY_VIEW_MIN_NODES` nodes up, every node below that), ``"entities"``
    or ``"full"``. ``digest_top`` is the digest view's top-N (see :mod:`kg.digest`).
    """
    if layout not in ("auto", "preset", "cose"):
        raise SinkError(f"unknown layout {layout!r}; expected auto, preset or cose")
    if view not in ("auto", "entities", "full"):
        raise SinkError(f"unknown view {view!r}; expected auto, entities or full")
    data = embed_json(json_safe(_payload(G, layout=layout, positions=positions, view=view, digest_top=digest_top)))
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
    view: str = "auto",
    digest_top: int | None = None,
) -> None:
    """Write the explorer page for ``G`` (see :func:`render_html`)."""
    page = render_html(G, title=title, layout=layout, positions=positions, view=view, digest_top=digest_top)
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
  <span id="kg-views" role="group" aria-label="View">
    <button id="kg-view-entities" type="button" data-view="entities">Entities</button>
    <button id="kg-view-full" type="button" data-view="full">All nodes</button>
    <button id="kg-view-digest" type="button" data-view="digest">Digest</button>
  </span>
  <input id="kg-search" type="search" placeholder="Search names and aliases" autocomplete="off" aria-label="Search names and aliases">
  <button id="kg-fit" type="button">Fit</button>
  <button id="kg-relayout" type="button">Re-layout</button>
</header>
<main>
  <aside id="kg-side">
    <section><h2>Filter</h2>
      <label class="kg-field">Document <select id="kg-doc" aria-label="Document"></select></label>
      <label class="kg-field">Published from <input id="kg-from" type="date" aria-label="Published from"></label>
      <label class="kg-field">to <input id="kg-to" type="date" aria-label="Published to"></label>
      <p id="kg-filter-note" class="kg-prov"></p>
    </section>
    <section><h2>Node types</h2><ul id="kg-node-types" class="kg-filters"></ul></section>
    <section><h2>Relations</h2><ul id="kg-link-types" class="kg-filters"></ul></section>
    <section id="kg-results-box" hidden><h2>Search results</h2><ol id="kg-results"></ol></section>
  </aside>
  <div id="kg-cy" aria-label="graph"></div>
  <article id="kg-digest" hidden></article>
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
#kg-cy[hidden]{display:none}
#kg-digest{flex:1;min-width:0;overflow:auto;padding:.4em 1.4em;background:#fff}
#kg-digest h2{font-size:15px;text-transform:none;letter-spacing:0;color:#222;margin:1.2em 0 .4em;border-bottom:1px solid #ddd}
#kg-digest h3{font-size:14px;margin:.9em 0 .2em}
#kg-digest li{margin:.25em 0}
#kg-views button[aria-pressed="true"]{background:#333;color:#fff;border-color:#333}
.kg-field{display:flex;flex-direction:column;font-size:12px;color:#555;margin:.2em 0 .4em}
.kg-field select,.kg-field input{font:inherit;font-size:13px;max-width:100%}
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
  var MAX_FACTS = 200, MAX_RESULTS = 50, FIRST_ENTITIES = 20, MAX_EXPAND = 20, MIN_ZOOM_READABLE = 0.8;
  var nodeById = new Map(), edgeById = new Map(), byNode = new Map(), entAdj = new Map(), docByName = new Map();
  var entityTypes = new Set(data.entityTypes), entityLinkTypes = new Set(data.entityLinkTypes);
  function push(map, key, value) { var l = map.get(key); if (!l) { l = []; map.set(key, l); } l.push(value); }
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  data.documents.forEach(function (d) { docByName.set(d.id, d); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    push(byNode, e.source, e);
    if (e.target !== e.source) push(byNode, e.target, e);
  });
  function isEntity(id) { var n = nodeById.get(id); return !!n && entityTypes.has(n.type); }
  data.edges.concat(data.derived).forEach(function (e) {
    if (!entityLinkTypes.has(e.type) || !isEntity(e.source) || !isEntity(e.target)) return;
    if (e.type === "SAID_ABOUT") edgeById.set(e.id, e);
    push(entAdj, e.source, e);
    if (e.target !== e.source) push(entAdj, e.target, e);
  });
  var big = data.nodes.length > 600 || data.edges.length > 1200;
  var view = data.view;  // "entities" or "full"; the digest is shown over either

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

  // -- filters by document and date: which documents count -----------------------------------
  var filter = { doc: "", from: "", to: "" };
  function filterActive() { return !!(filter.doc || filter.from || filter.to); }
  function docAllowed(doc) {
    if (!filterActive()) return true;
    if (doc === undefined || doc === null) return false;
    if (filter.doc && doc !== filter.doc) return false;
    if (filter.from || filter.to) {
      var d = docByName.get(doc), when = d && d.published ? String(d.published).slice(0, 10) : "";
      if (!when) return false;
      if (filter.from && when < filter.from) return false;
      if (filter.to && when > filter.to) return false;
    }
    return true;
  }
  var docsOfNode = new Map();
  function nodeDocs(id) {
    var s = docsOfNode.get(id);
    if (s) return s;
    s = new Set();
    var n = nodeById.get(id);
    if (n && n.mentions) Object.keys(n.mentions).forEach(function (d) { s.add(d); });
    if (n && n.type === "Document") s.add(n.name || id.replace(/^doc\//, ""));
    (byNode.get(id) || []).forEach(function (e) { if (e.doc !== undefined) s.add(e.doc); });
    docsOfNode.set(id, s);
    return s;
  }
  function nodeAllowed(id) {
    if (!filterActive()) return true;
    var ok = false;
    nodeDocs(id).forEach(function (d) { if (!ok && docAllowed(d)) ok = true; });
    return ok;
  }

  // -- elements of each view --------------------------------------------------------------------
  function nodeElement(n, pos) {
    // cytoscape's hit test misses a plain "diamond" on its own axes (a click on its centre finds nothing),
    // so the page draws the look-alike "round-diamond", which it hits everywhere.
    var shape = n.shape === "diamond" ? "round-diamond" : n.shape;
    var item = { group: "nodes", data: { id: n.id, type: n.type, label: n.label, color: n.color, shape: shape } };
    if (pos) item.position = { x: pos.x, y: pos.y };
    else if (typeof n.x === "number") item.position = { x: n.x, y: n.y };
    return item;
  }
  // An announcement only considered (considered, proposed, planned) is dashed; one turned down (rejected, denied) dotted.
  var MAYBE = { considered: 1, proposed: 1, planned: 1 }, NOT = { rejected: 1, denied: 1 };
  function edgeElement(e) {
    var item = { group: "edges", data: { id: e.id, source: e.source, target: e.target, type: e.type, color: e.color } };
    var status = e.status ? String(e.status).toLowerCase() : "";
    if (MAYBE[status]) item.classes = "kg-maybe"; else if (NOT[status]) item.classes = "kg-not";
    return item;
  }
  function fullElements() {
    var out = [];
    data.nodes.forEach(function (n) { out.push(nodeElement(n)); });
    data.edges.forEach(function (e) { out.push(edgeElement(e)); });
    return out;
  }
  // An entity's weight: its entity links within the filter, then its mentions.
  function entityWeight(id) {
    var w = 0;
    (entAdj.get(id) || []).forEach(function (e) { if (docAllowed(e.doc)) w += 1; });
    return w;
  }
  function mentionCount(id) {
    var n = nodeById.get(id), c = 0;
    if (n && n.mentions) Object.keys(n.mentions).forEach(function (d) { if (docAllowed(d)) c += n.mentions[d]; });
    return c;
  }
  function rankEntities(ids) {
    var scored = ids.map(function (id) { return [id, entityWeight(id), mentionCount(id)]; });
    scored.sort(function (a, b) { return (b[1] - a[1]) || (b[2] - a[2]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
    return scored.map(function (s) { return s[0]; });
  }
  // The first view: the best-connected entity, then, again and again, the entity with the most links
  // into what is already chosen (ties by weight, then id), so the reader sees hubs with their links,
  // not a scatter of unconnected names; when nothing links in any more, the next-ranked entity starts anew.
  function firstEntities() {
    var ids = data.nodes.filter(function (n) { return entityTypes.has(n.type) && nodeAllowed(n.id); }).map(function (n) { return n.id; });
    var ranked = rankEntities(ids), rank = new Map(), chosen = [], inSet = new Set(), touch = new Map(), next = 0;
    ranked.forEach(function (id, i) { rank.set(id, i); });
    while (chosen.length < FIRST_ENTITIES && chosen.length < ranked.length) {
      var best = null, bestTouch = 0;
      touch.forEach(function (c, id) {
        if (inSet.has(id)) return;
        if (c > bestTouch || (c === bestTouch && best !== null && rank.get(id) < rank.get(best))) { best = id; bestTouch = c; }
      });
      if (best === null) {
        while (next < ranked.length && inSet.has(ranked[next])) next++;
        if (next >= ranked.length) break;
        best = ranked[next];
      }
      chosen.push(best); inSet.add(best); touch.delete(best);
      (entAdj.get(best) || []).forEach(function (e) {
        if (!docAllowed(e.doc)) return;
        var other = e.source === best ? e.target : e.source;
        if (!inSet.has(other) && rank.has(other)) touch.set(other, (touch.get(other) || 0) + 1);
      });
    }
    return chosen;
  }
  function entityEdgesAmong(ids, only) {
    var out = [], seen = new Set();
    ids.forEach(function (id) {
      if (only && !only.has(id)) return;
      (entAdj.get(id) || []).forEach(function (e) {
        if (seen.has(e.id) || !docAllowed(e.doc)) return;
        var other = e.source === id ? e.target : e.source;
        if (!shown.has(other)) return;
        seen.add(e.id);
        out.push(edgeElement(e));
      });
    });
    return out;
  }

  // -- cytoscape --------------------------------------------------------------------------------
  var t0 = performance.now();
  var shown = new Set();
  var cy = cytoscape({
    container: document.getElementById("kg-cy"),
    elements: [],
    layout: { name: "preset" },
    minZoom: 0.02, maxZoom: 4,
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
      { selector: ".kg-ent", style: {
        "width": 22, "height": 22, "font-size": 13, "min-zoomed-font-size": 6, "text-wrap": "wrap",
        "text-max-width": "130px", "border-width": 1, "text-background-color": "#fafafa", "text-background-opacity": 0.85,
        "text-background-padding": 1 } },
      { selector: ".kg-ent-edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "width": 1.6, "opacity": 0.85 } },
      { selector: ".kg-expanded", style: { "border-width": 3, "border-color": "#333" } },
      { selector: "edge.kg-maybe", style: { "line-style": "dashed" } },
      { selector: "edge.kg-not", style: { "line-style": "dotted", "width": 2 } },
      { selector: ".kg-hidden", style: { "display": "none" } },
      { selector: ".kg-match", style: { "border-width": 4, "border-color": "#d7263d" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#111", "z-index": 10 } },
      { selector: "edge:selected", style: { "width": 4, "line-color": "#111", "target-arrow-color": "#111", "z-index": 10 } }
    ]
  });
  // Cheap drawing while panning and zooming (a cached texture, links hidden) only for the whole of a big graph.
  function setDrawingMode(cheap) {
    var r = cy.renderer();
    if (r) { r.textureOnViewport = cheap; r.hideEdgesOnViewport = cheap; }
  }

  var api = { cy: cy, data: data, ready: false, layoutMs: null, layoutName: data.layout, view: view };
  window.kgExplorer = api;

  function coseOptions(eles, forEntities) {
    var n = (eles || cy.nodes(":visible")).nodes().length;
    return { name: "cose", animate: false, randomize: false, fit: false, padding: 30, eles: eles,
             numIter: n > 800 ? 250 : 1000, nodeRepulsion: function () { return forEntities ? 200000 : 400000; },
             idealEdgeLength: function () { return forEntities ? 90 : 60; }, componentSpacing: forEntities ? 60 : 60,
             nodeOverlap: 8, nodeDimensionsIncludeLabels: !!forEntities };
  }

  // Push apart nodes whose boxes (node and label together) overlap, a few pixels of air between them.
  function separate(nodes, fixed) {
    var pad = 6, items = [];
    nodes.forEach(function (n) {
      var p = n.position(), bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
      items.push({ n: n, x: p.x, y: p.y, fixed: fixed && fixed.has(n.id()),
                   l: bb.x1 - p.x, r: bb.x2 - p.x, t: bb.y1 - p.y, b: bb.y2 - p.y });
    });
    for (var iter = 0; iter < 200; iter++) {
      var moved = false;
      items.sort(function (a, b) { return (a.x + a.l) - (b.x + b.l) || (a.n.id() < b.n.id() ? -1 : 1); });
      for (var i = 0; i < items.length; i++) {
        var a = items[i];
        for (var j = i + 1; j < items.length; j++) {
          var b = items[j];
          if (b.x + b.l >= a.x + a.r + pad) break;
          var ox = Math.min(a.x + a.r, b.x + b.r) - Math.max(a.x + a.l, b.x + b.l) + pad;
          var oy = Math.min(a.y + a.b, b.y + b.b) - Math.max(a.y + a.t, b.y + b.t) + pad;
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          var share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
          if (ox < oy) {
            var sx = (a.x + (a.l + a.r) / 2) <= (b.x + (b.l + b.r) / 2) ? 1 : -1;
            a.x -= sx * ox * share[0]; b.x += sx * ox * share[1];
          } else {
            var sy = (a.y + (a.t + a.b) / 2) <= (b.y + (b.t + b.b) / 2) ? 1 : -1;
            a.y -= sy * oy * share[0]; b.y += sy * oy * share[1];
          }
        }
      }
      if (!moved) break;
    }
    cy.batch(function () { items.forEach(function (it) { it.n.position({ x: it.x, y: it.y }); }); });
  }
  function readableFit(eles) {
    cy.fit(eles, 40);
    if (cy.zoom() < MIN_ZOOM_READABLE) {
      cy.zoom(MIN_ZOOM_READABLE);
      cy.center(eles);
    }
  }

  // -- the entity view ----------------------------------------------------------------------------
  function markEntity(eles) {
    eles.nodes().addClass("kg-ent");
    eles.edges().addClass("kg-ent-edge");
  }
  function showEntities(ids, done) {
    cy.elements().remove();
    shown = new Set(ids);
    var items = [], step = 2 * Math.PI / Math.max(ids.length, 1), radius = 60 + ids.length * 14;
    ids.forEach(function (id, i) {
      items.push(nodeElement(nodeById.get(id), { x: radius * Math.cos(i * step), y: radius * Math.sin(i * step) }));
    });
    items = items.concat(entityEdgesAmong(ids));
    var added = cy.add(items);
    markEntity(added);
    applyFilters();
    var finish2 = function () {
      separate(cy.nodes());
      // If the whole first view would only fit below a readable zoom, pull it together and separate again.
      for (var k = 0; k < 4; k++) {
        cy.fit(cy.nodes(), 40);
        if (cy.zoom() >= MIN_ZOOM_READABLE) break;
        var f = Math.max(cy.zoom() / MIN_ZOOM_READABLE, 0.6), bb = cy.nodes().boundingBox();
        var cx = (bb.x1 + bb.x2) / 2, cyy = (bb.y1 + bb.y2) / 2;
        cy.batch(function () {
          cy.nodes().forEach(function (n) { var p = n.position(); n.position({ x: cx + (p.x - cx) * f, y: cyy + (p.y - cyy) * f }); });
        });
        separate(cy.nodes());
      }
      readableFit(cy.nodes());
      if (done) done();
    };
    if (added.nodes().length > 1) {
      var l = cy.layout(coseOptions(cy.elements(), true));
      l.one("layoutstop", finish2);
      l.run();
    } else finish2();
  }
  function expand(id) {
    if (view !== "entities" || !isEntity(id)) return [];
    var node = cy.getElementById(id);
    if (node.empty()) return [];
    var around = [];
    (entAdj.get(id) || []).forEach(function (e) {
      if (!docAllowed(e.doc)) return;
      var other = e.source === id ? e.target : e.source;
      if (!shown.has(other) && around.indexOf(other) === -1) around.push(other);
    });
    around = rankEntities(around).slice(0, MAX_EXPAND);
    node.addClass("kg-expanded");
    if (!around.length) return [];
    var p = node.position(), step = 2 * Math.PI / around.length, radius = 90 + around.length * 12, items = [];
    around.forEach(function (other, i) {
      shown.add(other);
      items.push(nodeElement(nodeById.get(other), { x: p.x + radius * Math.cos(i * step), y: p.y + radius * Math.sin(i * step) }));
    });
    var fresh = new Set(around);
    var added = cy.add(items);
    added = added.union(cy.add(entityEdgesAmong(around, fresh).filter(function (e) { return cy.getElementById(e.data.id).empty(); })));
    markEntity(added);
    applyFilters();
    var keep = new Set(); cy.nodes().forEach(function (n) { if (!fresh.has(n.id())) keep.add(n.id()); });
    separate(cy.nodes(), keep);
    return around;
  }
  function addEntity(id) {
    if (shown.has(id) || !isEntity(id)) return;
    shown.add(id);
    var ext = cy.extent(), items = [nodeElement(nodeById.get(id), { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 })];
    var added = cy.add(items.concat(entityEdgesAmong([id])));
    markEntity(added);
    applyFilters();
    var keep = new Set(); cy.nodes().forEach(function (n) { if (n.id() !== id) keep.add(n.id()); });
    separate(cy.nodes(), keep);
  }

  // -- switching views ----------------------------------------------------------------------------
  var digestBox = document.getElementById("kg-digest"), cyBox = document.getElementById("kg-cy");
  function pressed() {
    ["entities", "full", "digest"].forEach(function (v) {
      document.getElementById("kg-view-" + v).setAttribute("aria-pressed", String(v === (digestBox.hidden ? view : "digest")));
    });
  }
  function setView(v, done) {
    if (v === "digest") {
      renderDigest();
      digestBox.hidden = false; cyBox.hidden = true;
      pressed();
      if (done) done();
      return;
    }
    digestBox.hidden = true; cyBox.hidden = false;
    cy.resize();
    view = api.view = v;
    setDrawingMode(big && v === "full");
    pressed();
    var t = performance.now();
    if (v === "entities") {
      showEntities(firstEntities(), function () { api.layoutMs = Math.round(performance.now() - t); if (done) done(); });
      return;
    }
    cy.elements().remove();
    shown = new Set();
    cy.add(fullElements());
    applyFilters();
    if (data.layout === "cose" && !big) {
      var first = cy.layout(Object.assign(coseOptions(cy.elements(), false), { fit: true }));
      first.one("layoutstop", function () { api.layoutMs = Math.round(performance.now() - t); if (done) done(); });
      first.run();
    } else {
      cy.fit(undefined, 30);
      api.layoutMs = Math.round(performance.now() - t);
      if (done) done();
    }
  }
  ["entities", "full", "digest"].forEach(function (v) {
    document.getElementById("kg-view-" + v).addEventListener("click", function () { setView(v); });
  });

  // -- counts, legend and type filters -----------------------------------------------------------
  document.getElementById("kg-counts").textContent =
    data.nodes.length + " nodes \u00b7 " + data.edges.length + " links \u00b7 " + data.documents.length + " documents";
  var hiddenNodeTypes = new Set(), hiddenLinkTypes = new Set();
  function applyFilters() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        n.toggleClass("kg-hidden", hiddenNodeTypes.has(n.data("type")) || !nodeAllowed(n.id()));
      });
      cy.edges().forEach(function (e) {
        var rec = edgeById.get(e.id());
        e.toggleClass("kg-hidden", hiddenLinkTypes.has(e.data("type")) || !docAllowed(rec ? rec.doc : undefined));
      });
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
  var linkTypes = data.linkTypes.slice();
  if (data.derived.length) linkTypes.push({ type: "SAID_ABOUT", color: data.derived[0].color });
  filterList(document.getElementById("kg-node-types"), data.nodeTypes, countBy(data.nodes, "type"), hiddenNodeTypes,
    function (entry) { var s = el("span", "kg-swatch shape-" + entry.shape); s.style.backgroundColor = entry.color; return s; });
  filterList(document.getElementById("kg-link-types"), linkTypes, countBy(data.edges.concat(data.derived), "type"), hiddenLinkTypes,
    function (entry) { var s = el("span", "kg-line"); s.style.backgroundColor = entry.color; return s; });

  // -- document and date filters ---------------------------------------------------------------------
  var docSelect = document.getElementById("kg-doc"), fromBox = document.getElementById("kg-from"), toBox = document.getElementById("kg-to");
  var allOpt = el("option", null, "All documents (" + data.documents.length + ")"); allOpt.value = ""; docSelect.appendChild(allOpt);
  data.documents.slice().sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; }).forEach(function (d) {
    var o = el("option", null, d.id + (d.published ? " (" + d.published + ")" : "") + (d.title ? " \u2013 " + d.title : ""));
    o.value = d.id;
    docSelect.appendChild(o);
  });
  function setFilter(f) {
    filter = { doc: f.doc || "", from: f.from || "", to: f.to || "" };
    docSelect.value = filter.doc; fromBox.value = filter.from; toBox.value = filter.to;
    var allowed = data.documents.filter(function (d) { return docAllowed(d.id); }).length;
    document.getElementById("kg-filter-note").textContent = filterActive()
      ? allowed + " of " + data.documents.length + " documents" + ((filter.from || filter.to) ? " (documents without a published date are left out)" : "")
      : "";
    if (view === "entities" && digestBox.hidden) showEntities(firstEntities());
    else applyFilters();
    if (current && current.node) showNode(current.node);
    return allowed;
  }
  function readFilter() { setFilter({ doc: docSelect.value, from: fromBox.value, to: toBox.value }); }
  docSelect.addEventListener("change", readFilter);
  fromBox.addEventListener("change", readFilter);
  toBox.addEventListener("change", readFilter);

  // -- details -------------------------------------------------------------------------------------------
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
  function basisText(e) {
    var bits = [];
    if (e.basis) bits.push(e.basis === "registry" ? "registry: from kg's registry of public-safety bodies, not from a sentence" : String(e.basis));
    if (e.inferred) bits.push("inferred" + (typeof e.inferred === "string" ? ": " + e.inferred : ""));
    if (e.type === "SAID_ABOUT") bits.push("derived: the speaker said a quote that mentions the policy");
    return bits.join("; ");
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
  function factBox(e, id) {
    var box = el("div", "kg-fact"), head = el("div"), out = e.source === id;
    if (!out) { head.appendChild(nodeButton(e.source)); head.appendChild(document.createTextNode(" ")); }
    var rel = el("button", "kg-link", e.type);
    rel.type = "button";
    rel.addEventListener("click", function () { focusEdge(e.id); });
    head.appendChild(rel);
    if (out) { head.appendChild(document.createTextNode(" ")); head.appendChild(nodeButton(e.target)); }
    if (e.title) head.appendChild(el("span", "kg-prov", " (" + e.title + ")"));
    if (e.status) head.appendChild(el("span", "kg-prov", " status: " + e.status));
    box.appendChild(head);
    var other = nodeById.get(out ? e.target : e.source);
    if (other && (other.type === "Quote" || other.type === "Statistic")) {
      box.appendChild(el("blockquote", "kg-quote", other.text || other.name || other.label));
      if (other.type === "Statistic" && other.fields) {
        var f = other.fields, bits = [];
        ["measure", "period", "place", "source"].forEach(function (k) { if (f[k]) bits.push(k + ": " + f[k]); });
        if (f.period_start || f.period_end) bits.push("interval: " + (f.period_start || "..") + "/" + (f.period_end || ".."));
        if (bits.length) box.appendChild(el("div", "kg-prov", bits.join(" \u00b7 ")));
      }
    } else if (e.quote) box.appendChild(el("blockquote", "kg-quote", e.quote));
    if (e.sentence) box.appendChild(el("blockquote", "kg-sentence", e.sentence));
    var basis = basisText(e);
    if (basis) box.appendChild(el("div", "kg-prov kg-basis", "basis: " + basis));
    box.appendChild(el("div", "kg-prov", provenance(e)));
    return box;
  }
  // Facts of a node, grouped as a reader asks: what they said, figures, where mentioned, other links.
  var GROUPS = [
    ["Said", function (e, id) { return e.type === "SAID" && e.source === id; }],
    ["Said about policies", function (e, id) { return e.type === "SAID_ABOUT"; }],
    ["Figures", function (e, id) { var o = nodeById.get(e.source === id ? e.target : e.source); return !!o && o.type === "Statistic"; }],
    ["Quoted by / quotes mentioning it", function (e, id) { var o = nodeById.get(e.source); return e.type === "MENTIONS" && e.target === id && !!o && o.type === "Quote"; }],
    ["Links", function (e, id) { return e.type !== "MENTIONS"; }],
    ["Mentions", function () { return true; }]
  ];
  var current = null;  // what the panel shows, redrawn when the filter changes
  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    current = { node: id };
    clear(details);
    var h = el("h3");
    h.appendChild(typeBadge(n.type));
    h.appendChild(document.createTextNode(n.name || n.label));
    details.appendChild(h);
    addFields(details, [["id", n.id]]);
    if (n.text) details.appendChild(el("blockquote", "kg-quote", n.text));
    addList(details, "Aliases", n.aliases);
    addList(details, "Titles", n.titles);
    if (n.merged) addList(details, "Merged (surface form: why)", Object.keys(n.merged).sort().map(function (k) { return k + ": " + n.merged[k]; }));
    if (n.fields) {
      details.appendChild(el("h2", null, n.type === "Statistic" ? "Statistic" : "Fields"));
      addFields(details, Object.keys(n.fields).map(function (k) { return [k, n.fields[k]]; }));
    }
    if (n.mentions) {
      addList(details, "Mentioned in", Object.keys(n.mentions).filter(docAllowed).map(function (d) {
        var doc = docByName.get(d);
        return d + (doc && doc.title ? " \u2013 " + doc.title : "") + (doc && doc.published ? " (" + doc.published + ")" : "") + " (" + n.mentions[d] + "\u00d7)";
      }));
    }
    var all = (byNode.get(id) || []).concat((entAdj.get(id) || []).filter(function (e) { return e.type === "SAID_ABOUT"; }));
    var links = all.filter(function (e) { return docAllowed(e.doc); });
    var heading = "Facts (" + links.length + (links.length !== all.length ? " of " + all.length + ", filtered" : "") + ")";
    details.appendChild(el("h2", null, heading));
    var used = new Set(), shownCount = 0;
    GROUPS.forEach(function (g) {
      var items = links.filter(function (e) { return !used.has(e.id) && g[1](e, id); });
      if (!items.length) return;
      items.forEach(function (e) { used.add(e.id); });
      var sec = el("section", "kg-group");
      sec.setAttribute("data-group", g[0]);
      sec.appendChild(el("h2", null, g[0] + " (" + items.length + ")"));
      items.forEach(function (e) {
        if (shownCount >= MAX_FACTS) return;
        shownCount++;
        sec.appendChild(factBox(e, id));
      });
      details.appendChild(sec);
    });
    if (links.length > shownCount) details.appendChild(el("p", "kg-hint", (links.length - shownCount) + " more not shown"));
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    current = { edge: id };
    clear(details);
    details.appendChild(el("h3", null, e.type));
    addFields(details, [["from", nodeButton(e.source)], ["to", nodeButton(e.target)], ["title", e.title],
      ["cue", e.cue], ["direct", e.direct === undefined ? null : (e.direct ? "yes" : "no")], ["status", e.status],
      ["basis", basisText(e)],
      ["document", e.doc], ["characters", typeof e.start === "number" ? e.start + "\u2013" + e.end : null]]);
    var q = quoteOf(e);
    if (q) { details.appendChild(el("h2", null, "Quote")); details.appendChild(el("blockquote", "kg-quote", q)); }
    if (e.sentence) { details.appendChild(el("h2", null, "Source sentence")); details.appendChild(el("blockquote", "kg-sentence", e.sentence)); }
    if (!e.sentence && !q) details.appendChild(el("p", "kg-prov", "Provenance: " + provenance(e)));
  }
  function focusNode(id) {
    if (!digestBox.hidden) setView(view);
    if (view === "entities" && isEntity(id)) addEntity(id);
    var node = cy.getElementById(id);
    cy.elements(":selected").unselect();
    if (!node.empty()) {
      node.select();
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    }
    showNode(id);
  }
  function focusEdge(id) {
    var edge = cy.getElementById(id);
    cy.elements(":selected").unselect();
    if (!edge.empty()) edge.select();
    showEdge(id);
  }
  cy.on("tap", "node", function (evt) {
    var id = evt.target.id();
    showNode(id);
    if (view === "entities") expand(id);
  });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target.id()); });

  // -- the digest view ------------------------------------------------------------------------------
  var digestDone = false;
  function prov(parent, doc, start, end) {
    var bits = [doc === null || doc === undefined ? "no document" : "document " + doc];
    if (typeof start === "number") bits.push("characters " + start + "\u2013" + end);
    parent.appendChild(el("span", "kg-prov", " \u00b7 " + bits.join(", ")));
  }
  function more(parent, shownN, total, what) {
    if (total > shownN) parent.appendChild(el("p", "kg-hint", "\u2026 and " + (total - shownN) + " more " + what + " (showing the top " + shownN + ")"));
  }
  function sentence(parent, s) { if (s) parent.appendChild(el("blockquote", "kg-sentence", s)); }
  function renderDigest() {
    if (digestDone) return;
    digestDone = true;
    var d = data.digest, box = digestBox;
    box.appendChild(el("h2", null, "Digest"));
    box.appendChild(el("p", null, d.documents + " documents; " + data.nodes.length + " nodes; " + data.edges.length + " links."));
    var sec = el("section"); sec.setAttribute("data-section", "said"); box.appendChild(sec);
    sec.appendChild(el("h2", null, "Who said what"));
    if (!d.said.length) sec.appendChild(el("p", "kg-hint", "Nobody is quoted or reported."));
    d.said.forEach(function (sp) {
      var h = el("h3"); h.appendChild(nodeButton(sp.id));
      h.appendChild(el("span", "kg-prov", " " + sp.n + " statement" + (sp.n === 1 ? "" : "s") + " in " + sp.docs + " document" + (sp.docs === 1 ? "" : "s") + (sp.titles.length ? " \u00b7 " + sp.titles.join(", ") : "")));
      sec.appendChild(h);
      var ul = el("ul");
      sp.items.forEach(function (it) {
        var li = el("li");
        li.appendChild(el("q", null, it.quote || ""));
        li.appendChild(el("span", null, " (" + (it.cue || "said") + ", " + (it.direct ? "quoted" : "reported") + ")" + (it.about.length ? " about " + it.about.join(", ") : "")));
        prov(li, it.doc, it.start, it.end);
        if (it.sentence && it.sentence !== it.quote) sentence(li, it.sentence);
        ul.appendChild(li);
      });
      sec.appendChild(ul);
      more(sec, sp.items.length, sp.n, "statements");
    });
    more(sec, d.said.length, d.speakers_total, "speakers");
    sec = el("section"); sec.setAttribute("data-section", "announced"); box.appendChild(sec);
    sec.appendChild(el("h2", null, "Announced and only considered"));
    [["announced", "Announced"], ["considered", "Only considered, proposed or planned"], ["rejected", "Rejected or denied"], ["other", "Other status"]].forEach(function (g) {
      var grp = d.announced[g[0]];
      if (!grp.total && (g[0] === "rejected" || g[0] === "other")) return;
      var sub = el("div"); sub.setAttribute("data-status", g[0]);
      sub.appendChild(el("h3", null, g[1] + " (" + grp.total + ")"));
      var ul = el("ul");
      grp.items.forEach(function (a) {
        var li = el("li");
        li.appendChild(nodeButton(a.what_id));
        li.appendChild(el("span", null, ": "));
        li.appendChild(a.who_id ? nodeButton(a.who_id) : el("span", null, "nobody named"));
        if (a.status !== "announced") li.appendChild(el("span", null, " (" + a.status + ")"));
        prov(li, a.doc, a.start, a.end);
        sentence(li, a.sentence);
        ul.appendChild(li);
      });
      sub.appendChild(ul);
      more(sub, grp.items.length, grp.total, "links");
      sec.appendChild(sub);
    });
    sec = el("section"); sec.setAttribute("data-section", "oversight"); box.appendChild(sec);
    sec.appendChild(el("h2", null, "Who oversees whom"));
    var ul = el("ul");
    d.oversight.items.forEach(function (o) {
      var li = el("li");
      li.appendChild(nodeButton(o.from_id)); li.appendChild(el("span", null, " oversees ")); li.appendChild(nodeButton(o.to_id));
      if (o.bases.length) li.appendChild(el("span", "kg-prov", " \u00b7 basis: " + o.bases.join(", ")));
      o.evidence.forEach(function (ev) { prov(li, ev.doc, ev.start, ev.end); sentence(li, ev.sentence); });
      ul.appendChild(li);
    });
    sec.appendChild(ul);
    if (!d.oversight.total) sec.appendChild(el("p", "kg-hint", "No oversight links."));
    more(sec, d.oversight.items.length, d.oversight.total, "oversight links");
    sec = el("section"); sec.setAttribute("data-section", "figures"); box.appendChild(sec);
    sec.appendChild(el("h2", null, "Figures"));
    ul = el("ul");
    d.figures.forEach(function (f) {
      var li = el("li"), bits = [];
      li.appendChild(nodeButton(f.id));
      if (f.measure) bits.push("measure: " + f.measure);
      if (f.change) bits.push("change: " + f.change);
      var period = f.period || "";
      if (f.period_start || f.period_end) period += (period ? " " : "") + "(" + (f.period_start || "..") + "/" + (f.period_end || "..") + ")";
      if (period) bits.push("period: " + period);
      if (f.place) bits.push("place: " + f.place);
      if (f.source) bits.push("source: " + f.source);
      li.appendChild(el("span", null, bits.length ? "; " + bits.join("; ") : ""));
      prov(li, f.doc, f.start, f.end);
      sentence(li, f.sentence);
      ul.appendChild(li);
    });
    sec.appendChild(ul);
    if (!d.figures_total) sec.appendChild(el("p", "kg-hint", "No figures."));
    more(sec, d.figures.length, d.figures_total, "figures");
    sec = el("section"); sec.setAttribute("data-section", "people"); box.appendChild(sec);
    sec.appendChild(el("h2", null, "People and their posts"));
    ul = el("ul");
    d.people.items.forEach(function (p) {
      var li = el("li"), named = new Set();
      li.appendChild(nodeButton(p.id));
      var posts = p.posts.map(function (post) { named.add(post.title); return (post.title || "post") + " at " + post.org; });
      p.titles.forEach(function (t) { if (!named.has(t)) posts.push(t); });
      li.appendChild(el("span", null, ": " + posts.join("; ")));
      ul.appendChild(li);
    });
    sec.appendChild(ul);
    more(sec, d.people.items.length, d.people.total, "people");
    sec = el("section"); sec.setAttribute("data-section", "documents"); box.appendChild(sec);
    sec.appendChild(el("h2", null, "Per document"));
    d.per_document.items.forEach(function (doc) {
      sec.appendChild(el("h3", null, doc.doc));
      var meta = [];
      if (doc.title) meta.push(doc.title);
      if (doc.published) meta.push("published " + doc.published);
      meta.push(doc.n_said + " statements, " + doc.n_figures + " figures, " + doc.n_roles + " posts");
      sec.appendChild(el("p", "kg-prov", meta.join(" \u00b7 ")));
      var dl = el("ul");
      if (doc.speakers.length) dl.appendChild(el("li", null, "speakers: " + doc.speakers.map(function (s) { return s.name + " (" + s.n + ")"; }).join(", ")));
      doc.announced.forEach(function (a) { dl.appendChild(el("li", null, a.status + ": " + a.what + " by " + a.who)); });
      sec.appendChild(dl);
    });
    more(sec, d.per_document.items.length, d.per_document.total, "documents");
  }

  // -- search ----------------------------------------------------------------------------------------
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
    var hits = new Set(found);
    cy.batch(function () {
      cy.nodes(".kg-match").removeClass("kg-match");
      cy.nodes().forEach(function (n) { if (hits.has(n.id())) n.addClass("kg-match"); });
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
    var l = cy.elements(":visible").layout(Object.assign(coseOptions(cy.elements(":visible"), view === "entities"), { fit: true }));
    l.one("layoutstop", function () {
      if (view === "entities") separate(cy.nodes(":visible"));
      api.layoutMs = Math.round(performance.now() - t0);
    });
    l.run();
  });

  api.search = search;
  api.showNode = focusNode;
  api.showEdge = focusEdge;
  api.expand = expand;
  api.setView = setView;
  api.setFilter = setFilter;
  api.shown = function () { return Array.from(shown).sort(); };

  setView(view, function () {
    api.ready = true;
    document.body.setAttribute("data-kg-ready", "1");
    document.body.setAttribute("data-kg-view", view);
    document.body.setAttribute("data-kg-nodes", String(cy.nodes().length));
    document.body.setAttribute("data-kg-layout-ms", String(Math.round(performance.now() - t0)));
  });
})();
"""
