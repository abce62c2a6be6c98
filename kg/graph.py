"""The hub: one networkx ``MultiDiGraph`` every output is drawn from.

Node attributes are the fields of ``graph.json`` (``type``, ``name``, ``aliases``,
``titles``, ``mentions``, Statistic and Quote fields); link attributes are
``type``, ``doc``, ``start``, ``end``, ``sentence`` plus the link's own fields
(``title``, ``cue``, ``direct``, ``quote``). Links are keyed by a deterministic
hash, so adding the same fact twice leaves one link.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.model import DocumentFacts, Link, Node, document_id

GENERATOR = "kg 0.1.0"
_LIST_FIELDS = ("aliases", "titles")


def _merge_node(attrs: dict[str, Any], node: Node) -> None:
    """Fold one document's view of a node into the graph's attributes."""
    if node.name and not attrs.get("name"):
        attrs["name"] = node.name  # ids come from canonical names, so a later document names it alike
    aliases = set(attrs.get("aliases", [])) | {a for a in node.aliases if a and a != attrs.get("name")}
    if node.type not in ("Quote", "Statistic", "Document"):
        attrs["aliases"] = sorted(aliases)
    if node.type == "Person":
        attrs["titles"] = sorted(set(attrs.get("titles", [])) | node.titles)
    if node.mentions or node.type in ("Person", "Organisation", "Policy", "Place"):
        seen = {(m["doc"], m["start"], m["end"]) for m in attrs.get("mentions", [])}
        mentions = list(attrs.get("mentions", []))
        for m in node.mentions:
            if (m.doc, m.start, m.end) not in seen:
                seen.add((m.doc, m.start, m.end))
                mentions.append(m.as_dict())
        attrs["mentions"] = sorted(mentions, key=lambda m: (m["doc"], m["start"], m["end"]))
    for key, value in node.props.items():
        if key == "merged":
            merged = dict(attrs.get("merged", {}))
            merged.update({k: v for k, v in value.items() if k not in merged})
            attrs["merged"] = dict(sorted(merged.items()))
        elif attrs.get(key) is None:
            attrs[key] = value


class KnowledgeGraph:
    """A built knowledge graph: documents, nodes and links, with provenance.

    >>> kg = KnowledgeGraph()
    >>> kg.add_facts(DocumentFacts("d1", nodes=[Node("person/a-b", "Person", "A B")]))
    >>> kg.to_networkx().number_of_nodes()  # the person and the document
    2
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self._g = graph if graph is not None else nx.MultiDiGraph()
        self._g.graph.setdefault("generator", GENERATOR)
        self._g.graph.setdefault("documents", [])

    # -- building ---------------------------------------------------------
    def add_document(self, doc_id: str, *, source: str, sha256: str, **meta: Any) -> str:
        """Register a document (replacing an earlier record with the same id) and add its node."""
        record = {"id": doc_id, "source": source, "sha256": sha256, **{k: v for k, v in meta.items() if v is not None}}
        docs = [d for d in self._g.graph["documents"] if d["id"] != doc_id]
        docs.append(record)
        self._g.graph["documents"] = sorted(docs, key=lambda d: d["id"])
        nid = document_id(doc_id)
        attrs = {"type": "Document", "name": doc_id, "source": source, "sha256": sha256}
        attrs.update({k: v for k, v in meta.items() if v is not None and k in ("title", "url", "published")})
        self._g.add_node(nid, **attrs)
        return nid

    def add_facts(self, facts: DocumentFacts) -> None:
        for node in facts.nodes:
            attrs = self._g.nodes[node.id] if node.id in self._g else {"type": node.type}
            if node.id not in self._g:
                self._g.add_node(node.id, **attrs)
                attrs = self._g.nodes[node.id]
            _merge_node(attrs, node)
        doc_node = document_id(facts.doc_id)
        if doc_node not in self._g:
            self._g.add_node(doc_node, type="Document", name=facts.doc_id)
        for link in facts.links:
            self.add_link(link)

    def add_link(self, link: Link) -> None:
        for end in (link.source, link.target):
            if end not in self._g:
                raise ValueError(f"link {link.type} refers to unknown node {end!r}")
        attrs: dict[str, Any] = {"type": link.type, "doc": link.doc}
        if link.start is not None:
            attrs["start"], attrs["end"] = link.start, link.end
        if link.sentence is not None:
            attrs["sentence"] = link.sentence
        attrs.update({k: v for k, v in link.props.items() if v is not None})
        self._g.add_edge(link.source, link.target, key=link.key, **attrs)

    # -- views ------------------------------------------------------------
    @property
    def documents(self) -> list[dict[str, Any]]:
        return list(self._g.graph["documents"])

    def to_networkx(self) -> nx.MultiDiGraph:
        """The hub graph itself (not a copy)."""
        return self._g

    def node_link_data(self) -> dict[str, Any]:
        """The ``graph.json`` document: networkx node-link data, nodes and links sorted for stable output."""
        data = nx.node_link_data(self._g, edges="links")
        data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
        data["links"] = sorted(
            data["links"], key=lambda l: (l["source"], l["type"], l["target"], l.get("doc", ""), l.get("start") or 0, l["key"])
        )
        return data

    def to_rdf(self, *, base: str | None = None):  # -> rdflib.Dataset
        """The graph as an rdflib ``Dataset`` (one named graph per document)."""
        from kg.sinks.rdf import to_dataset

        return to_dataset(self._g, base=base) if base else to_dataset(self._g)

    def counts(self) -> dict[str, dict[str, int]]:
        nodes: dict[str, int] = {}
        links: dict[str, int] = {}
        for _, t in self._g.nodes(data="type"):
            nodes[t] = nodes.get(t, 0) + 1
        for _, _, t in self._g.edges(data="type"):
            links[t] = links.get(t, 0) + 1
        return {"nodes": dict(sorted(nodes.items())), "links": dict(sorted(links.items()))}

    def write_json(self, fp: str | Path | IO[str]) -> None:
        data = self.node_link_data()
        if isinstance(fp, (str, Path)):
            with Path(fp).open("w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        else:
            json.dump(data, fp, ensure_ascii=False, indent=1)
            fp.write("\n")

    @classmethod
    def from_json(cls, fp: str | Path | IO[str]) -> KnowledgeGraph:
        """Read a ``graph.json`` written by :meth:`write_json` (or by ``kg build``)."""
        if isinstance(fp, (str, Path)):
            path = Path(fp)
            if path.is_dir():
                path = path / "graph.json"
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            data = json.load(fp)
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
        return cls(g)

    @classmethod
    def merge(cls, graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
        out = cls()
        for kg in graphs:
            out._g.update(kg._g)
        return out


# -- reading graph.json a node or link at a time ------------------------------------------------------
_SPACE = " \t\r\n"


#: Characters per read of graph.json. A 1 MiB chunk held about 5 MB at once (the text read, the buffer and the
#: two joined, plus the decoder's bytes) at the peak of digest.md; 64 KiB reads are as fast and stay in malloc's
#: heap (below glibc's 128 KiB mmap threshold). A value longer than a chunk still reads ever larger pieces.
JSON_CHUNK = 64 << 10


class _JsonStream:
    """Values of a JSON text read from a file in chunks: only the value being decoded is in memory."""

    def __init__(self, fh: IO[str], chunk: int = JSON_CHUNK) -> None:
        self.fh, self.chunk = fh, chunk
        self.buf, self.pos, self.eof = "", 0, False
        self.decoder = json.JSONDecoder()

    def _more(self, size: int) -> bool:
        if self.eof:
            return False
        data = self.fh.read(size)
        if not data:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            buf, pos = self.buf, self.pos
            while pos < len(buf) and buf[pos] in _SPACE:
                pos += 1
            self.pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self._more(self.chunk):
                return ""

    def take(self, expected: str) -> None:
        got = self.peek()
        if got != expected:
            raise ValueError(f"expected {expected!r}, found {got or 'the end of the file'!r}")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        size = self.chunk
        while True:
            try:
                obj, end = self.decoder.raw_decode(self.buf, self.pos)
                # a number may go on in the next piece ("1." + "5"): decide only with the piece after it read
                cut = isinstance(obj, (int, float)) and not isinstance(obj, bool) and end + 1 >= len(self.buf)
                if not cut or self.eof:
                    self.pos = end
                    return obj
            except json.JSONDecodeError:
                if self.eof:
                    raise
            if not self._more(size):
                continue  # at the end of the file: decode once more and return or raise
            size *= 2  # a long value: read ever larger pieces, so decoding it again stays cheap overall

    def skip(self) -> None:
        """Pass over one value without building it: arrays and objects are scanned, so memory stays flat."""
        if self.peek() not in "[{":
            self.value()
            return
        depth, in_string = 0, False
        while True:
            buf, pos = self.buf, self.pos
            while True:
                m = (_IN_STRING if in_string else _STRUCTURE).search(buf, pos)
                if m is None:
                    break
                ch, pos = m.group(), m.end()
                if in_string:
                    if ch == "\\":
                        if pos >= len(buf):  # the escaped character is in the next piece
                            pos -= 1
                            break
                        pos += 1
                    else:
                        in_string = False
                elif ch == '"':
                    in_string = True
                elif ch in "[{":
                    depth += 1
                else:
                    depth -= 1
                    if depth == 0:
                        self.pos = pos
                        return
            self.pos = len(buf) if m is None else pos
            if not self._more(self.chunk):
                raise ValueError("the file ends inside an array or object")


def _items(js: _JsonStream, section: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects of the array being read, up to and past its closing bracket.

    The common case is decoded straight from the buffer (an object, a comma, white space, the next
    object); whatever else (an object cut by the end of the buffer, a stray value) goes through the
    general :meth:`_JsonStream.value` and :meth:`_JsonStream.peek`.
    """
    decode = js.decoder.raw_decode
    sep = _SEPARATOR.match
    while True:
        buf, pos = js.buf, js.pos
        item = None
        if pos < len(buf) and buf[pos] == "{":
            try:
                item, end = decode(buf, pos)
            except json.JSONDecodeError:
                item = None
            else:
                m = sep(buf, end)
                if m is not None and m.end() < len(buf):  # the separator and the next character are in the buffer
                    js.pos = m.end()
                    yield section, item
                    if m.group(1) == "]":
                        return
                    continue
                js.pos = end  # decoded; the separator is read below
        if item is None:
            item = js.value()
        if not isinstance(item, dict):
            raise ValueError(f"{section} holds a {type(item).__name__}, not an object")
        yield section, item
        nxt = js.peek()
        js.pos += 1
        if nxt == "]":
            return
        if nxt != ",":
            raise ValueError(f"expected ',' or ']' in {section}, found {nxt or 'the end of the file'!r}")
        js.peek()


_SEPARATOR = re.compile(r"[ \t\r\n]*([,\]])[ \t\r\n]*")
_STRUCTURE = re.compile(r'[\[\]{}"]')
_IN_STRING = re.compile(r'["\\]')


def iter_graph_json(path: str | Path, section: str) -> Iterator[dict[str, Any]]:
    """Each node (``section="nodes"``) or link (``"links"``) of a graph.json file, read a piece at a time.

    Memory holds one node or link, not the graph, so loading a corpus-sized graph.json elsewhere
    (Neo4j, say) stays flat: other top-level members are scanned past, never built.

    >>> sum(1 for _ in iter_graph_json("out/graph.json", "links"))  # doctest: +SKIP
    """
    if section not in ("nodes", "links"):
        raise ValueError(f"section must be 'nodes' or 'links', not {section!r}")
    for _name, item in iter_graph_sections(path, (section,)):
        yield item


def iter_graph_sections(path: str | Path, sections: tuple[str, ...] = ("nodes", "links")) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(section, item)`` for each node and link of a graph.json, in file order, in one pass over the file.

    Reading stops once every section asked for has been read; other top-level members are scanned past.
    """
    wanted = set(sections)
    with Path(path).open("r", encoding="utf-8") as fh:
        js = _JsonStream(fh)
        js.take("{")
        if js.peek() == "}":
            return
        while True:
            key = js.value()
            if not isinstance(key, str):
                raise ValueError(f"expected a member name, found {key!r}")
            js.take(":")
            if key not in wanted:
                js.skip()
            else:
                wanted.discard(key)
                js.take("[")
                if js.peek() != "]":
                    yield from _items(js, key)
                else:
                    js.pos += 1
                if not wanted:
                    return
            nxt = js.peek()
            js.pos += 1
            if nxt == "}":
                return  # no such section
            if nxt != ",":
                raise ValueError(f"expected ',' or '}}' after {key!r}, found {nxt or 'the end of the file'!r}")
