"""Writing a build's outputs a document at a time, so memory does not grow with the corpus.

``kg build --out DIR`` replays its journal (``facts.jsonl``) through a
:class:`StreamedOutputs`: each document's facts become a small graph of their
own, whose document-scoped nodes (the Document, its Quotes and Statistics),
links and RDF named graph are appended to spool files at once and then dropped.
What stays in memory is the compact index that cross-document resolution needs:
one entry per distinct entity (canonical name, aliases, titles, merge reasons)
plus its mentions as packed integers. At the end the entity nodes are written
once, the spools are joined behind them, and every file is moved into place.

The result is the graph :class:`kg.graph.KnowledgeGraph` would assemble in
memory (same nodes, links and triples); only the order of nodes and links in
graph.json differs: entity nodes come first, sorted by id, then each
document's own nodes and its links, in document-id order.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.diskindex import key_bytes, temporary_db
from kg.errors import SinkError
from kg.graph import GENERATOR, KnowledgeGraph, _merge_node
from kg.model import ENTITY_TYPES, DocumentFacts, Node

__all__ = ["StreamedOutputs"]

_SPOOLS = ("documents", "nodes", "links")
#: Mention rows buffered before they go to the temporary database in one statement.
_MENTION_BATCH = 4096
#: Bytes per read when the spools are copied into graph.json. Below glibc's mmap threshold (128 KiB), so the
#: buffer is reused from malloc's heap; a 1 MiB buffer cost about 2 MB of the assembly's peak RSS.
COPY_CHUNK = 64 << 10


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class StreamedOutputs:
    """graph.json and the RDF files of one output folder, fed one document at a time.

    >>> outputs = StreamedOutputs("out/", rdf_formats=("ttl",))  # doctest: +SKIP
    >>> for record, facts in replay("out/facts.jsonl"):       # doctest: +SKIP
    ...     outputs.add(record, facts)
    >>> outputs.close()                                       # doctest: +SKIP
    """

    def __init__(self, out_dir: str | Path, *, rdf_formats: Iterable[str] = ("ttl",), base: str | None = None) -> None:
        from kg.sinks.rdf import StreamWriter

        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self._entities: dict[str, dict[str, Any]] = {}  # entity id -> merged attributes, mentions left out
        # (entity id, doc id, start, end) of every entity mention, on disk: they grow with the corpus.
        self._mentions = temporary_db()
        self._mentions.execute('CREATE TABLE mentions (entity BLOB, doc BLOB, start INTEGER, "end" INTEGER)')
        self._pending: list[tuple[bytes, bytes, int, int]] = []
        self._node_counts: dict[str, int] = {}
        self._link_counts: dict[str, int] = {}
        self._spools: dict[str, IO[str]] = {}
        self._first = dict.fromkeys(_SPOOLS, True)
        self.documents = 0
        self.rdf = StreamWriter(self.out, rdf_formats, **({"base": base} if base else {}))
        try:
            for name in _SPOOLS:
                self._spools[name] = self._spool_path(name).open("w", encoding="utf-8")
        except OSError as e:
            self.abort()
            raise SinkError(f"{self.out}: cannot write graph.json ({e.strerror})") from e

    def _spool_path(self, name: str) -> Path:
        return self.out / f".graph.json.{name}"

    def _spool(self, name: str, obj: Any) -> None:
        fh = self._spools[name]
        fh.write(("" if self._first[name] else ",\n") + _dumps(obj))
        self._first[name] = False

    # -- feeding ----------------------------------------------------------
    def add(self, record: dict[str, Any], facts: DocumentFacts) -> None:
        """One finished document: spool its own nodes, links and RDF; fold its entities into the index."""
        meta = {k: v for k, v in record.items() if k not in ("id", "source", "sha256")}
        one = KnowledgeGraph()
        one.add_document(record["id"], source=record["source"], sha256=record["sha256"], **meta)
        one.add_facts(facts)
        for entry in one.documents:
            self._spool("documents", entry)
        data = one.node_link_data()
        for node in data["nodes"]:
            if node["type"] not in ENTITY_TYPES:
                self._spool("nodes", node)
                self._node_counts[node["type"]] = self._node_counts.get(node["type"], 0) + 1
        for link in data["links"]:
            self._spool("links", link)
            self._link_counts[link["type"]] = self._link_counts.get(link["type"], 0) + 1
        for node in facts.nodes:
            if node.type in ENTITY_TYPES:
                self._fold(node)
        self.rdf.add(one.to_networkx(), self._node_type)
        self.documents += 1

    def _node_type(self, node_id: str) -> str | None:
        attrs = self._entities.get(node_id)
        return attrs["type"] if attrs is not None else None

    def _fold(self, node: Node) -> None:
        """Merge one document's view of an entity into the index, as KnowledgeGraph.add_facts does."""
        attrs = self._entities.get(node.id)
        if attrs is None:
            attrs = self._entities[node.id] = {"type": node.type}
            self._node_counts[node.type] = self._node_counts.get(node.type, 0) + 1
        bare = Node(node.id, node.type, node.name, node.aliases, node.titles, [], node.props)
        _merge_node(attrs, bare)
        if node.mentions:
            entity = key_bytes(node.id)
            self._pending.extend((entity, key_bytes(m.doc), m.start, m.end) for m in node.mentions)
            if len(self._pending) >= _MENTION_BATCH:
                self._flush_mentions()

    def _flush_mentions(self) -> None:
        self._mentions.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)", self._pending)
        self._pending.clear()

    def _entity_mentions(self, node_id: str) -> Iterator[dict[str, Any]]:
        """One entity's mentions, each once, sorted by document id and offsets (as KnowledgeGraph keeps them).

        Ids are stored as UTF-8 bytes, whose order is the code-point order Python sorts strings in.
        """
        rows = self._mentions.execute(
            'SELECT DISTINCT doc, start, "end" FROM mentions WHERE entity = ? ORDER BY doc, start, "end"',
            (key_bytes(node_id),),
        )
        for d, s, e in rows:
            yield {"doc": d.decode("utf-8", "surrogatepass"), "start": s, "end": e}

    def _write_entity(self, fh: IO[str], node_id: str) -> None:
        """One entity node as json.dumps writes it, its mentions streamed from disk: an entity named in every
        document has as many mentions as the corpus has documents, too many to hold as a list."""
        node = {**self._entities[node_id], "id": node_id}
        if "mentions" not in node:
            fh.write(_dumps(node))
            return
        marker = f"kg-mentions-{os.urandom(8).hex()}"  # a string no node attribute can hold by chance
        node["mentions"] = marker
        head, tail = _dumps(node).split(_dumps(marker), 1)
        fh.write(head + "[")
        for n, mention in enumerate(self._entity_mentions(node_id)):
            fh.write((", " if n else "") + _dumps(mention))
        fh.write("]" + tail)

    # -- finishing --------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        return {"nodes": dict(sorted(self._node_counts.items())), "links": dict(sorted(self._link_counts.items()))}

    def close(self) -> list[Path]:
        """Write graph.json and the RDF files; each appears whole or not at all."""
        for fh in self._spools.values():
            fh.close()
        self._spools.clear()
        self._flush_mentions()
        self._mentions.execute('CREATE INDEX mentions_of ON mentions (entity, doc, start, "end")')
        path = self.out / "graph.json"
        tmp = self.out / ".graph.json.tmp"
        try:
            with tmp.open("w", encoding="utf-8") as fh:
                fh.write('{"directed": true, "multigraph": true, "graph": {"generator": ' + _dumps(GENERATOR))
                fh.write(', "documents": [\n')
                self._copy("documents", fh)
                fh.write('\n]},\n"nodes": [\n')
                first = True
                for node_id in sorted(self._entities):
                    fh.write("" if first else ",\n")
                    self._write_entity(fh, node_id)
                    first = False
                if not first and not self._first["nodes"]:
                    fh.write(",\n")
                self._copy("nodes", fh)
                fh.write('\n],\n"links": [\n')
                self._copy("links", fh)
                fh.write("\n]}\n")
            os.replace(tmp, path)
        except OSError as e:
            self.abort()
            raise SinkError(f"{path}: cannot write ({e.strerror})") from e
        for name in _SPOOLS:
            self._spool_path(name).unlink(missing_ok=True)
        self._mentions.close()
        entities = nx.MultiDiGraph()
        for node_id, attrs in self._entities.items():
            entities.add_node(node_id, **{k: v for k, v in attrs.items() if k != "mentions"})
        return [path, *self.rdf.close(entities, self._node_type)]

    def _copy(self, name: str, fh: IO[str]) -> None:
        # As bytes (the spool is UTF-8 already): read as text, each chunk would be decoded into a string and
        # encoded again, several times its size in memory for nothing.
        fh.flush()
        with self._spool_path(name).open("rb") as src:
            shutil.copyfileobj(src, fh.buffer, COPY_CHUNK)  # type: ignore[attr-defined]

    def abort(self) -> None:
        """Drop the spools; files from an earlier build in the folder stay as they were."""
        self._mentions.close()
        for fh in self._spools.values():
            fh.close()
        self._spools.clear()
        for name in _SPOOLS:
            self._spool_path(name).unlink(missing_ok=True)
        (self.out / ".graph.json.tmp").unlink(missing_ok=True)
        self.rdf.abort()
