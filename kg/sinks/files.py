"""File exports drawn from the hub graph: GraphML, GEXF, Cytoscape.js JSON and the HTML explorer.

GraphML and GEXF only hold scalar attribute values, so lists and mappings
(``aliases``, ``titles``, ``mentions``, ``merged``) are written as JSON text and
the graph attribute ``json_fields`` names them. Both formats carry, besides the
graph.json fields, what Gephi and yEd draw with: a ``label``, the node type's
``color`` (hex and ``r``/``g``/``b``), a ``shape``, GEXF ``viz`` colours and
yEd ``ShapeNode`` graphics. Link attributes whose graph.json names are reserved
words in GEXF are renamed in both formats alike: ``type`` -> ``relation``,
``start`` -> ``char_start``, ``end`` -> ``char_end``.

:func:`read_graphml` and :func:`read_gexf` undo all that and give back a
``MultiDiGraph`` with the hub's own attributes, so exports round-trip.

>>> import networkx as nx, tempfile
>>> G = nx.MultiDiGraph(documents=[])
>>> G.add_node("person/a-b", type="Person", name="A B", aliases=["B"])
>>> G.add_node("quote/d/1", type="Quote", text="Hi")
>>> G.add_edge("person/a-b", "quote/d/1", key="k1", type="SAID", doc="d", start=1, end=3)
'k1'
>>> out = Path(tempfile.mkdtemp())
>>> [p.name for p in export(G, out, ["graphml", "cytoscape"])]
['graph.graphml', 'graph.cyjs']
>>> read_graphml(out / "graph.graphml").nodes["person/a-b"]["aliases"]
['B']
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree as ET

import networkx as nx

from kg.errors import SinkError

__all__ = [
    "EXPORT_FORMATS",
    "FILE_NAMES",
    "LINK_COLOURS",
    "TYPE_STYLE",
    "export",
    "json_safe",
    "node_label",
    "read_cytoscape",
    "read_gexf",
    "read_graphml",
    "to_cytoscape",
    "write_cytoscape",
    "write_gexf",
    "write_graphml",
]

EXPORT_FORMATS: tuple[str, ...] = ("graphml", "gexf", "cytoscape", "html", "digest")
FILE_NAMES: dict[str, str] = {
    "digest": "digest.md",
    "graphml": "graph.graphml",
    "gexf": "graph.gexf",
    "cytoscape": "graph.cyjs",
    "html": "graph.html",
}

# One colour and shape per node type, the same in every export and in the HTML legend.
# Colours: Tableau 10 (distinct for most colour-vision deficiencies, helped by the shapes).
# Shapes: (cytoscape.js, yEd ShapeNode, GEXF viz).
TYPE_STYLE: dict[str, dict[str, str]] = {
    "Person": {"color": "#4e79a7", "shape": "ellipse", "yed": "ellipse", "gexf": "disc"},
    "Organisation": {"color": "#f28e2b", "shape": "round-rectangle", "yed": "roundrectangle", "gexf": "square"},
    "Policy": {"color": "#59a14f", "shape": "diamond", "yed": "diamond", "gexf": "diamond"},
    "Statistic": {"color": "#e15759", "shape": "hexagon", "yed": "hexagon", "gexf": "square"},
    "Place": {"color": "#76b7b2", "shape": "triangle", "yed": "triangle", "gexf": "triangle"},
    "Quote": {"color": "#edc948", "shape": "rectangle", "yed": "rectangle", "gexf": "square"},
    "Document": {"color": "#9c755f", "shape": "octagon", "yed": "octagon", "gexf": "disc"},
}
_OTHER_STYLE = {"color": "#bab0ac", "shape": "ellipse", "yed": "ellipse", "gexf": "disc"}
LINK_COLOURS: dict[str, str] = {
    "SAID": "#edc948",
    "ANNOUNCED": "#59a14f",
    "OVERSEES": "#b07aa1",
    "HOLDS_ROLE": "#4e79a7",
    "MENTIONS": "#bab0ac",
    "REPORTED_BY": "#9c755f",
    "LOCATED_IN": "#76b7b2",
    "PART_OF": "#ff9da7",
}
_OTHER_LINK_COLOUR = "#888888"

# Link attributes renamed in GraphML and GEXF (GEXF reserves type/start/end on edges).
_EDGE_RENAME = {"type": "relation", "start": "char_start", "end": "char_end"}
_EDGE_UNRENAME = {v: k for k, v in _EDGE_RENAME.items()}
# Display attributes added for Gephi / yEd, dropped again by the readers.
_NODE_DISPLAY = ("label", "color", "r", "g", "b", "shape", "x", "y")
_EDGE_DISPLAY = ("label", "color", "r", "g", "b")
_READER_EXTRAS = ("viz", "x", "y", "shape_type", "nodegraphics", "edgegraphics", "yed_graphics", "networkx_key", "id")

# Characters XML 1.0 cannot hold at all; replaced by U+FFFD so Gephi and yEd can parse the file.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_YED_NS = "http://www.yworks.com/xml/graphml"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


# -- shared helpers ---------------------------------------------------------
def style_of(node_type: str | None) -> dict[str, str]:
    return TYPE_STYLE.get(node_type or "", _OTHER_STYLE)


def link_colour(link_type: str | None) -> str:
    return LINK_COLOURS.get(link_type or "", _OTHER_LINK_COLOUR)


def node_label(node_id: str, attrs: Mapping[str, Any], *, max_len: int = 80) -> str:
    """What a viewer shows on a node: its name, a Quote's words, or its id."""
    text = attrs.get("name") or attrs.get("text") or node_id
    text = " ".join(str(text).split())
    return text if len(text) <= max_len else text[: max_len - 1].rstrip() + "…"


def json_safe(value: Any) -> Any:
    """``value`` with every NaN or infinite float turned into a string (``"nan"``, ``"inf"``):
    JSON has no such numbers and browsers refuse them."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, Mapping):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _xml_safe(value: Any) -> Any:
    if isinstance(value, str):
        return _XML_INVALID.sub("\ufffd", value)
    return value


def _flatten(attrs: Mapping[str, Any], json_fields: set[str], rename: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Scalar-only copy of ``attrs``: None dropped, lists and mappings as JSON text."""
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        name = (rename or {}).get(key, key)
        if isinstance(value, (str, bool, int, float)):
            out[name] = _xml_safe(value)
        else:
            out[name] = _xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
            json_fields.add(name)
    return out


def _unify_types(records: Iterable[dict[str, Any]]) -> dict[str, type]:
    """One XML type per attribute name: bool, int, float (ints widened) or str (anything mixed)."""
    seen: dict[str, set[type]] = {}
    for rec in records:
        for key, value in rec.items():
            seen.setdefault(key, set()).add(type(value))
    types: dict[str, type] = {}
    for key, kinds in seen.items():
        if kinds == {bool}:
            types[key] = bool
        elif kinds <= {int}:
            types[key] = int
        elif kinds <= {int, float}:
            types[key] = float
        else:
            types[key] = str
    return types


def _coerce(rec: dict[str, Any], types: Mapping[str, type]) -> dict[str, Any]:
    out = {}
    for key, value in rec.items():
        want = types[key]
        if want is str and not isinstance(value, str):
            value = json.dumps(value) if isinstance(value, bool) else str(value)
        elif want is float and not isinstance(value, float):
            value = float(value)
        out[key] = value
    return out


Positions = Mapping[str, tuple[float, float]]


def _positions(G: nx.MultiDiGraph, positions: Positions | None) -> Positions:
    if positions is not None:
        return positions
    from kg.sinks.html import layout_positions

    return layout_positions(G)


class _Flat:
    """The hub graph flattened for GraphML / GEXF: scalar attributes plus display attributes.

    With positions, nodes get ``x``/``y`` (y pointing up, as Gephi draws it).
    """

    def __init__(self, G: nx.MultiDiGraph, positions: Positions) -> None:
        node_json: set[str] = set()
        edge_json: set[str] = set()
        graph_json: set[str] = set()
        nodes = []
        for nid, attrs in G.nodes(data=True):
            rec = _flatten(attrs, node_json)
            style = style_of(attrs.get("type"))
            r, g, b = _rgb(style["color"])
            rec.update(label=_xml_safe(node_label(nid, attrs)), color=style["color"], r=r, g=g, b=b, shape=style["shape"])
            if nid in positions:
                rec.update(x=float(positions[nid][0]), y=-float(positions[nid][1]))
            nodes.append((nid, rec))
        edges = []
        for u, v, key, attrs in G.edges(keys=True, data=True):
            rec = _flatten(attrs, edge_json, _EDGE_RENAME)
            colour = link_colour(attrs.get("type"))
            r, g, b = _rgb(colour)
            rec.update(label=str(attrs.get("type", "")), color=colour, r=r, g=g, b=b)
            edges.append((u, v, str(key), rec))
        self.node_types = _unify_types(rec for _, rec in nodes)
        self.edge_types = _unify_types(rec for *_, rec in edges)
        self.nodes = [(nid, _coerce(rec, self.node_types)) for nid, rec in nodes]
        self.edges = [(u, v, k, _coerce(rec, self.edge_types)) for u, v, k, rec in edges]
        self.graph = _flatten(G.graph, graph_json)
        self.graph["json_fields"] = " ".join(
            sorted([f"node:{f}" for f in node_json] + [f"edge:{f}" for f in edge_json] + [f"graph:{f}" for f in graph_json])
        )
        self.graph_types = _unify_types([self.graph])
        self.node_style = {nid: style_of(G.nodes[nid].get("type")) for nid in G.nodes}


def _open_out(fp: str | Path | IO[bytes]) -> tuple[IO[bytes], bool]:
    if isinstance(fp, (str, Path)):
        try:
            return open(fp, "wb"), True
        except OSError as exc:
            raise SinkError(f"{fp}: cannot write ({exc.strerror or exc}); check the folder exists and is writable") from exc
    return fp, False


# -- GraphML ----------------------------------------------------------------
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _graphml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_graphml(
    G: nx.MultiDiGraph, fp: str | Path | IO[bytes], *, yed: bool = True, positions: Positions | None = None
) -> None:
    """Write the hub graph as GraphML for Gephi, yEd, Cytoscape desktop and networkx.

    Key ids are ``n_<name>`` / ``e_<name>`` / ``g_<name>`` (never networkx's ``d0``,
    ``d1``...: Gephi reads keys ``d3``/``d7`` as yEd labels). With ``yed=True`` each node
    and link also carries yEd ``ShapeNode`` / ``PolyLineEdge`` graphics, so yEd draws
    types in their colours and shapes with labels straight away. Nodes are placed by
    ``positions`` (node id -> x, y), by default :func:`kg.sinks.html.layout_positions`;
    pass ``{}`` to leave layout to the viewer.
    """
    pos = _positions(G, positions)
    flat = _Flat(G, pos)
    ET.register_namespace("", _GRAPHML_NS)
    ET.register_namespace("y", _YED_NS)
    ET.register_namespace("xsi", _XSI_NS)
    ns = f"{{{_GRAPHML_NS}}}"
    root = ET.Element(
        f"{ns}graphml",
        {f"{{{_XSI_NS}}}schemaLocation": f"{_GRAPHML_NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"},
    )
    for scope, prefix, types in (("graph", "g", flat.graph_types), ("node", "n", flat.node_types), ("edge", "e", flat.edge_types)):
        for name in sorted(types):
            ET.SubElement(
                root, f"{ns}key", {"id": f"{prefix}_{name}", "for": scope, "attr.name": name, "attr.type": _GRAPHML_TYPES[types[name]]}
            )
    if yed:
        # attr.name/attr.type as well, or Gephi logs a SEVERE "attribute type not found" for these keys
        ET.SubElement(root, f"{ns}key", {"id": "n_yed", "for": "node", "yfiles.type": "nodegraphics", "attr.name": "yed_graphics", "attr.type": "string"})
        ET.SubElement(root, f"{ns}key", {"id": "e_yed", "for": "edge", "yfiles.type": "edgegraphics", "attr.name": "yed_graphics", "attr.type": "string"})
    graph = ET.SubElement(root, f"{ns}graph", {"id": "G", "edgedefault": "directed"})
    for name in sorted(flat.graph):
        ET.SubElement(graph, f"{ns}data", {"key": f"g_{name}"}).text = _graphml_text(flat.graph[name])
    y = f"{{{_YED_NS}}}"
    for nid, rec in flat.nodes:
        node = ET.SubElement(graph, f"{ns}node", {"id": _xml_safe(str(nid))})
        for name in sorted(rec):
            ET.SubElement(node, f"{ns}data", {"key": f"n_{name}"}).text = _graphml_text(rec[name])
        if yed:
            style = flat.node_style[nid]
            shape = ET.SubElement(ET.SubElement(node, f"{ns}data", {"key": "n_yed"}), f"{y}ShapeNode")
            px, py = pos.get(nid, (0.0, 0.0))
            geometry = {"height": "30.0", "width": "30.0", "x": repr(float(px) - 15), "y": repr(float(py) - 15)}
            ET.SubElement(shape, f"{y}Geometry", geometry)
            ET.SubElement(shape, f"{y}Fill", {"color": style["color"].upper(), "transparent": "false"})
            ET.SubElement(shape, f"{y}BorderStyle", {"color": "#333333", "type": "line", "width": "1.0"})
            ET.SubElement(shape, f"{y}NodeLabel", {"modelName": "sides", "modelPosition": "s"}).text = rec["label"]
            ET.SubElement(shape, f"{y}Shape", {"type": style["yed"]})
    for u, v, key, rec in flat.edges:
        edge = ET.SubElement(graph, f"{ns}edge", {"id": _xml_safe(key), "source": _xml_safe(str(u)), "target": _xml_safe(str(v))})
        for name in sorted(rec):
            ET.SubElement(edge, f"{ns}data", {"key": f"e_{name}"}).text = _graphml_text(rec[name])
        if yed:
            line = ET.SubElement(ET.SubElement(edge, f"{ns}data", {"key": "e_yed"}), f"{y}PolyLineEdge")
            ET.SubElement(line, f"{y}LineStyle", {"color": rec["color"].upper(), "type": "line", "width": "1.0"})
            ET.SubElement(line, f"{y}Arrows", {"source": "none", "target": "standard"})
            ET.SubElement(line, f"{y}EdgeLabel").text = rec["label"]
    ET.indent(root, space=" ")
    out, close = _open_out(fp)
    try:
        ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    finally:
        if close:
            out.close()


# -- GEXF -------------------------------------------------------------------
def write_gexf(G: nx.MultiDiGraph, fp: str | Path | IO[bytes], *, positions: Positions | None = None) -> None:
    """Write the hub graph as GEXF 1.2 for Gephi, with ``viz`` colours, shapes and sizes per node type.

    Graph-level attributes (the documents list) have no place in GEXF; the
    Document nodes carry each document's source, sha256 and title instead.
    Nodes are placed as in :func:`write_graphml`.
    """
    flat = _Flat(G, _positions(G, positions))
    H = nx.MultiDiGraph()
    degree = dict(G.degree())
    for nid, rec in flat.nodes:
        style = flat.node_style[nid]
        attrs = {k: v for k, v in rec.items() if k not in ("r", "g", "b", "x", "y")}
        r, g, b = _rgb(style["color"])
        size = 8.0 + min(float(degree.get(nid, 0)), 40.0) / 2
        attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": size, "shape": style["gexf"]}
        if "x" in rec:
            attrs["viz"]["position"] = {"x": rec["x"], "y": rec["y"], "z": 0.0}
        H.add_node(nid, **attrs)
    for u, v, key, rec in flat.edges:
        attrs = {k: v for k, v in rec.items() if k not in ("r", "g", "b")}
        r, g, b = _rgb(rec["color"])
        attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
        attrs["id"] = key
        H.add_edge(u, v, key=key, **attrs)
    out, close = _open_out(fp)
    try:
        nx.write_gexf(H, out, version="1.2draft")
    finally:
        if close:
            out.close()


# -- Cytoscape.js JSON -------------------------------------------------------
def to_cytoscape(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Cytoscape.js elements JSON: ``{"elements": {"nodes": [{"data": ...}], "edges": [{"data": ...}]}}``.

    Node data are the graph.json fields plus ``label``, ``color`` and ``shape``;
    edge data are the link fields plus ``id`` and ``key`` (the hub's edge key),
    ``label`` and ``color``. Lists stay lists. Top-level ``data`` holds the graph
    attributes (the documents list), as in Cytoscape desktop's ``.cyjs`` files.
    """
    nodes = []
    for nid, attrs in sorted(G.nodes(data=True), key=lambda item: str(item[0])):
        style = style_of(attrs.get("type"))
        data = {"id": str(nid), **{k: v for k, v in attrs.items() if v is not None}}
        data.update(label=node_label(nid, attrs), color=style["color"], shape=style["shape"])
        nodes.append({"data": data})
    edges = []
    for u, v, key, attrs in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        data = {"id": str(key), "key": str(key), "source": str(u), "target": str(v)}
        data.update({k: val for k, val in attrs.items() if val is not None})
        data.update(label=str(attrs.get("type", "")), color=link_colour(attrs.get("type")))
        edges.append({"data": data})
    return json_safe({
        "format_version": "1.0",
        "generated_by": str(G.graph.get("generator", "kg")),
        "data": {k: v for k, v in G.graph.items() if v is not None},
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    })


def write_cytoscape(G: nx.MultiDiGraph, fp: str | Path | IO[str]) -> None:
    text = json.dumps(to_cytoscape(G), ensure_ascii=False, indent=1, default=str, allow_nan=False) + "\n"
    if isinstance(fp, (str, Path)):
        try:
            Path(fp).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise SinkError(f"{fp}: cannot write ({exc.strerror or exc})") from exc
    else:
        fp.write(text)


# -- readers (round trips) ----------------------------------------------------
def _json_fields(graph_attrs: Mapping[str, Any]) -> dict[str, set[str]]:
    fields: dict[str, set[str]] = {"node": set(), "edge": set(), "graph": set()}
    for item in str(graph_attrs.get("json_fields", "")).split():
        scope, _, name = item.partition(":")
        fields.setdefault(scope, set()).add(name)
    return fields


def _unflatten(attrs: Mapping[str, Any], json_fields: set[str], drop: Iterable[str], rename: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    dropped = set(drop)
    for key, value in attrs.items():
        if key in dropped:
            continue
        if key in json_fields and isinstance(value, str):
            value = json.loads(value)
        elif isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)  # a column mixing ints and floats was widened to double on the way out
        out[rename.get(key, key)] = value
    return out


def _hub_from_flat(F: nx.MultiDiGraph, graph_attrs: Mapping[str, Any]) -> nx.MultiDiGraph:
    fields = _json_fields(graph_attrs)
    G = nx.MultiDiGraph()
    kept = {k: v for k, v in graph_attrs.items() if k not in ("json_fields", "node_default", "edge_default")}
    G.graph.update(_unflatten(kept, fields["graph"], (), {}))
    for nid, attrs in F.nodes(data=True):
        G.add_node(nid, **_unflatten(attrs, fields["node"], _NODE_DISPLAY + _READER_EXTRAS, {}))
    if F.is_multigraph():
        edges = ((u, v, attrs.get("networkx_key", key), attrs) for u, v, key, attrs in F.edges(keys=True, data=True))
    else:  # networkx reads a GEXF without parallel links as a DiGraph
        edges = ((u, v, attrs.get("networkx_key", attrs.get("id")), attrs) for u, v, attrs in F.edges(data=True))
    for u, v, key, attrs in edges:
        G.add_edge(u, v, key=str(key), **_unflatten(attrs, fields["edge"], _EDGE_DISPLAY + _READER_EXTRAS, _EDGE_UNRENAME))
    return G


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml` back into the hub's form."""
    F = nx.read_graphml(path, force_multigraph=True)
    return _hub_from_flat(F, F.graph)


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """Read a GEXF file written by :func:`write_gexf` back into the hub's form.

    GEXF keeps no graph attributes, so ``json_fields`` is rebuilt from the values.
    """
    F = nx.read_gexf(path, node_type=str)
    node_json = {k for _, a in F.nodes(data=True) for k in ("aliases", "titles", "mentions", "merged") if k in a}
    guessed = " ".join([f"node:{k}" for k in sorted(node_json)])
    return _hub_from_flat(F, {"json_fields": guessed})


def read_cytoscape(path: str | Path) -> nx.MultiDiGraph:
    """Read a Cytoscape.js JSON file written by :func:`write_cytoscape` back into the hub's form.

    (``networkx.cytoscape_graph`` cannot be used: it takes node identity from a
    ``value`` field, which on a Statistic is the number.)
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    G = nx.MultiDiGraph()
    G.graph.update(data.get("data", {}))
    for element in data["elements"]["nodes"]:
        attrs = dict(element["data"])
        nid = attrs.pop("id")
        G.add_node(nid, **{k: v for k, v in attrs.items() if k not in ("label", "color", "shape")})
    for element in data["elements"]["edges"]:
        attrs = dict(element["data"])
        u, v, key = attrs.pop("source"), attrs.pop("target"), attrs.pop("key", attrs.get("id"))
        G.add_edge(u, v, key=key, **{k: val for k, val in attrs.items() if k not in ("id", "label", "color")})
    return G


# -- the one entry point ------------------------------------------------------
def export(graph: nx.MultiDiGraph, out_dir: Path, formats: Sequence[str], *, digest_top: int | None = None) -> list[Path]:
    """Write each requested format into ``out_dir`` (created if missing); return the paths written.

    ``formats`` are names from :data:`EXPORT_FORMATS` (``graphml``, ``gexf``,
    ``cytoscape``, ``html``, ``digest``); repeats are written once. File names are
    :data:`FILE_NAMES` (``graph.graphml``, ``graph.gexf``, ``graph.cyjs``, ``graph.html``,
    ``digest.md``). ``kg export`` writes the digest from graph.json instead, a piece at a time.
    ``digest_top`` is the top-N of the digest and of graph.html's digest view (default 25).
    """
    wanted: list[str] = []
    for fmt in formats:
        fmt = fmt.strip().lower()
        if fmt not in EXPORT_FORMATS:
            raise SinkError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
        if fmt not in wanted:
            wanted.append(fmt)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SinkError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from exc
    written: list[Path] = []
    positions = None
    if {"graphml", "gexf", "html"} & set(wanted):
        from kg.sinks.html import layout_positions

        positions = layout_positions(graph)  # once, shared: every file shows the same picture
    for fmt in wanted:
        path = out_dir / FILE_NAMES[fmt]
        if fmt == "graphml":
            write_graphml(graph, path, positions=positions)
        elif fmt == "gexf":
            write_gexf(graph, path, positions=positions)
        elif fmt == "cytoscape":
            write_cytoscape(graph, path)
        elif fmt == "digest":
            from kg.digest import collect_graph, render_markdown

            try:
                path.write_text(render_markdown(collect_graph(graph, **({"top": digest_top} if digest_top else {}))), encoding="utf-8")
            except OSError as exc:
                raise SinkError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        else:
            from kg.sinks.html import write_html

            write_html(graph, path, positions=positions, digest_top=digest_top)
        written.append(path)
    return written
