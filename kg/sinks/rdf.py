"""RDF form of the hub graph: an rdflib ``Dataset`` with one named graph per document.

Layout (documented in ``docs/rdf.md``):

* Every graph.json node is the resource ``node_iri(id, base)``, typed with its
  kg class *and* the reused classes it refines (``schema:Person``,
  ``org:Organization``, ``schema:Observation``, ``schema:Quotation``, ...), so a
  query in standard vocabulary works without a reasoner.
* Entity descriptions (type, ``skos:prefLabel``/``rdfs:label``, ``skos:altLabel``
  for aliases, ``schema:jobTitle`` for titles) go into the shared graph
  ``<base>graph/entities``.
* Everything one document says lives in that document's named graph, whose name is
  the document node's own IRI: the Document itself, its quotes and statistics,
  every mention (NIF offsets), every link triple, and for every link a reified
  ``rdf:Statement`` carrying the per-statement provenance a triple cannot carry:
  ``prov:wasDerivedFrom`` the document, ``nif:beginIndex``/``nif:endIndex``,
  ``kg:sentence``, and the link's own fields (``kg:cue``, ``kg:direct``, ``kg:title``, ``kg:status``,
  ``kg:basis`` for facts taken from kg's registry rather than a sentence).
* HOLDS_ROLE becomes ``kg:holdsRole`` plus the W3C ORG structure
  (``org:Membership``, ``org:Post``, ``org:Role``).

>>> from kg.graph import KnowledgeGraph
>>> from kg.model import DocumentFacts, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_document("d1", source="d1.txt", sha256="0" * 64)
>>> g.add_facts(DocumentFacts("d1", nodes=[Node("person/a-b", "Person", "A B", aliases={"B"})]))
>>> ds = to_dataset(g.to_networkx())
>>> sorted(str(c.identifier) for c in ds.graphs() if len(c))
['https://kg.example.org/id/doc/d1', 'https://kg.example.org/id/graph/entities']
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

from kg.diskindex import key_bytes, temporary_db
from kg.errors import SinkError
from kg.model import doc_key, document_id, entity_id, slugify
from kg.ontology import (
    CLASS_OF_TYPE,
    DEFAULT_BASE,
    ITSRDF,
    KG,
    KG_NS,
    NIF,
    PREDICATE_OF_LINK,
    SCHEMA,
    entities_graph_iri,
    node_iri,
)

__all__ = [
    "FORMATS",
    "StreamWriter",
    "Finding",
    "Validation",
    "bind_prefixes",
    "jsonld_context",
    "read_output",
    "to_dataset",
    "union_graph",
    "validate",
    "write",
]

# Output formats: file name and rdflib serializer name. ttl/nt/jsonld hold the merged triples,
# trig/nq keep one named graph per document.
FORMATS: dict[str, tuple[str, str]] = {
    "ttl": ("graph.ttl", "turtle"),
    "nt": ("graph.nt", "nt"),
    "jsonld": ("graph.jsonld", "json-ld"),
    "trig": ("graph.trig", "trig"),
    "nq": ("graph.nq", "nquads"),
}
_QUAD_FORMATS = ("trig", "nq")

# Reused classes asserted beside each kg class (kept in step with rdfs:subClassOf in ontologies/kg.ttl).
_ALSO_TYPES: dict[str, tuple[URIRef, ...]] = {
    "Person": (SCHEMA.Person, FOAF.Person, PROV.Agent),
    "Organisation": (ORG.Organization, SCHEMA.Organization, FOAF.Organization, PROV.Agent),
    "Policy": (PROV.Entity,),
    "Statistic": (SCHEMA.Observation, PROV.Entity),
    "Place": (SCHEMA.Place, PROV.Location),
    "Quote": (SCHEMA.Quotation, PROV.Entity),
    "Document": (SCHEMA.CreativeWork, FOAF.Document, PROV.Entity),
}
_DOC_SCOPED = ("Quote", "Statistic", "Document")
_WIKIDATA = "http://www.wikidata.org/entity/"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")

PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "owl": str(OWL),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": str(XSD),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "time": str(TIME),
}


def bind_prefixes(g: Graph, base: str = DEFAULT_BASE) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    g.bind("id", base, override=True, replace=True)


def jsonld_context(base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The JSON-LD context of kg output (also published as ``ontologies/context.jsonld`` for the default base)."""
    ctx: dict[str, Any] = dict(PREFIXES)
    ctx["id"] = base
    ids = {"@type": "@id"}
    terms: dict[str, Any] = {
        "name": "skos:prefLabel",
        "label": "rdfs:label",
        "aliases": "skos:altLabel",
        "jobTitle": "schema:jobTitle",
        "text": "schema:text",
        "value": "schema:value",
        "unit": "schema:unitText",
        "measure": "schema:variableMeasured",
        "period": "schema:observationPeriod",
        "hasTime": {"@id": "time:hasTime", **ids},
        "hasBeginning": {"@id": "time:hasBeginning", **ids},
        "hasEnd": {"@id": "time:hasEnd", **ids},
        "inXSDDate": {"@id": "time:inXSDDate", "@type": "xsd:date"},
        "periodBasis": "kg:periodBasis",
        "place": {"@id": "schema:observationAbout", **ids},
        "nodeId": "kg:nodeId",
        "docId": "kg:docId",
        "sentence": "kg:sentence",
        "cue": "kg:cue",
        "status": "kg:status",
        "direct": {"@id": "kg:direct", "@type": "xsd:boolean"},
        "start": {"@id": "nif:beginIndex", "@type": "xsd:nonNegativeInteger"},
        "end": {"@id": "nif:endIndex", "@type": "xsd:nonNegativeInteger"},
        "said": {"@id": "kg:said", **ids},
        "announced": {"@id": "kg:announced", **ids},
        "oversees": {"@id": "kg:oversees", **ids},
        "holdsRole": {"@id": "kg:holdsRole", **ids},
        "mentions": {"@id": "schema:mentions", **ids},
        "reportedBy": {"@id": "kg:reportedBy", **ids},
        "locatedIn": {"@id": "kg:locatedIn", **ids},
        "partOf": {"@id": "kg:partOf", **ids},
        "derivedFrom": {"@id": "prov:wasDerivedFrom", **ids},
        "attributedTo": {"@id": "prov:wasAttributedTo", **ids},
    }
    ctx.update(terms)
    return ctx


# -- building ---------------------------------------------------------------
def _lit(value: Any) -> Literal:
    """A typed literal for a graph.json scalar: bool, int -> xsd:integer, float -> xsd:decimal, else string."""
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return Literal(value, datatype=XSD.double)
        return Literal(Decimal(repr(value)), datatype=XSD.decimal)
    if isinstance(value, Decimal):
        return Literal(value, datatype=XSD.decimal)
    return Literal(str(value))


_OFFSETS: dict[int, Literal] = {}


def _offset(value: Any) -> Literal:
    """A character offset literal; offsets repeat across documents, so each is made once (up to a bound)."""
    n = int(value)
    lit = _OFFSETS.get(n)
    if lit is None:
        lit = Literal(n, datatype=XSD.nonNegativeInteger)
        if len(_OFFSETS) < 200_000:
            _OFFSETS[n] = lit
    return lit


def _date(value: Any) -> Literal:
    text = str(value)
    if _DATE.match(text):
        return Literal(text, datatype=XSD.date)
    if _DATETIME.match(text):
        return Literal(text, datatype=XSD.dateTime)
    return Literal(text)


def _short_hash(*parts: Any) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


# Terms of the hottest triples, looked up once (namespace attribute access is slow).
_A, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_BEGIN, _END, _TA_IDENT_REF = NIF.beginIndex, NIF.endIndex, ITSRDF.taIdentRef
_MENTION, _SENTENCE, _DERIVED_FROM = KG.Mention, KG.sentence, PROV.wasDerivedFrom
_A_STR = str(_A)


class _Triples:
    """An ordered set of the triples of one named graph (much cheaper than an rdflib Graph)."""

    __slots__ = ("iri", "triples")

    def __init__(self, iri: URIRef) -> None:
        self.iri = iri
        self.triples: dict[tuple[Any, Any, Any], None] = {}

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        self.triples[triple] = None

    def __len__(self) -> int:
        return len(self.triples)


#: Called for a Statistic field naming a node this graph does not hold (a streamed build decides later):
#: (named graph, statistic IRI, "place" or "source", node id or name).
Defer = Callable[[URIRef, URIRef, str, str], None]


class _Builder:
    def __init__(
        self, graph: nx.MultiDiGraph, base: str, *, describe_entities: bool = True, defer: Defer | None = None
    ) -> None:
        self.G = graph
        self.base = base
        self.describe_entities = describe_entities
        self.defer = defer
        self.entities = _Triples(URIRef(entities_graph_iri(base)))
        self._doc_graphs: dict[str, _Triples] = {}
        self.documents: dict[str, dict[str, Any]] = {}  # raw doc id -> record
        self._iris: dict[str, URIRef] = {}
        self._doc_iris: dict[str, tuple[str, URIRef]] = {}

    # IRIs
    def iri(self, node_id: str) -> URIRef:
        iri = self._iris.get(node_id)
        if iri is None:
            iri = self._iris[node_id] = URIRef(node_iri(node_id, self.base))
        return iri

    def doc_iri(self, doc: str) -> tuple[str, URIRef]:
        """A document id's key (:func:`kg.model.doc_key`) and the IRI of its Document node."""
        hit = self._doc_iris.get(doc)
        if hit is None:
            slug = doc_key(doc)
            hit = self._doc_iris[doc] = (slug, self.iri(f"doc/{slug}"))
        return hit

    def doc_graph(self, doc: str) -> _Triples:
        g = self._doc_graphs.get(doc)
        if g is None:
            g = _Triples(self.doc_iri(doc)[1])
            self._doc_graphs[doc] = g
        return g

    def graphs(self) -> list[_Triples]:
        """The entities graph, then each document's graph."""
        return [self.entities, *self._doc_graphs.values()]

    def _raw_doc_of_slug(self, slug: str) -> str | None:
        for doc in self.documents:
            if doc_key(doc) == slug:
                return doc
        node = self.G.nodes.get(f"doc/{slug}")
        if node is not None and node.get("type") == "Document":
            return str(node.get("name") or slug)
        return None

    def home_doc(self, node_id: str, attrs: dict[str, Any]) -> str | None:
        """The document a Quote, Statistic or Document node belongs to."""
        if attrs.get("type") == "Document":
            return str(attrs.get("name") or node_id.split("/", 1)[-1])
        parts = node_id.split("/")
        if len(parts) >= 3:
            doc = self._raw_doc_of_slug(parts[1])
            if doc is not None:
                return doc
        docs = sorted(
            {str(d["doc"]) for _, _, d in self.G.in_edges(node_id, data=True) if d.get("doc")}
            | {str(d["doc"]) for _, _, d in self.G.out_edges(node_id, data=True) if d.get("doc")}
            | {str(m["doc"]) for m in attrs.get("mentions") or [] if m.get("doc")}
        )
        return docs[0] if docs else None

    # nodes
    def run(self) -> _Builder:
        for record in self.G.graph.get("documents") or []:
            self.documents[str(record["id"])] = dict(record)
        for node_id, attrs in self.G.nodes(data=True):
            if attrs.get("type") == "Document":
                self.documents.setdefault(str(attrs.get("name") or node_id.split("/", 1)[-1]), {})
        for node_id, attrs in self.G.nodes(data=True):
            self.add_node(str(node_id), attrs)
        for u, v, key, attrs in self.G.edges(keys=True, data=True):
            self.add_link(str(u), str(v), key, attrs)
        return self

    def dataset(self) -> Dataset:
        ds = Dataset()
        bind_prefixes(ds, self.base)
        for part in self.graphs():
            if len(part):
                ds.graph(part.iri).addN((s, p, o, ds.graph(part.iri)) for s, p, o in part.triples)
        return ds

    def add_node(self, node_id: str, attrs: dict[str, Any]) -> None:
        type_ = attrs.get("type")
        if type_ not in CLASS_OF_TYPE:
            raise SinkError(f"node {node_id!r} has type {type_!r}; expected one of {sorted(CLASS_OF_TYPE)}")
        s = self.iri(node_id)
        if type_ in _DOC_SCOPED:
            doc = self.home_doc(node_id, attrs)
            g = self.doc_graph(doc) if doc is not None else self.entities
        else:
            doc, g = None, self.entities
            if not self.describe_entities:  # a streamed build describes entities once, at the end
                for m in attrs.get("mentions") or []:
                    self._mention(node_id, s, m)
                return
        g.add((s, RDF.type, CLASS_OF_TYPE[type_]))
        for cls in _ALSO_TYPES[type_]:
            g.add((s, RDF.type, cls))
        g.add((s, KG.nodeId, Literal(node_id)))
        name = attrs.get("name")
        if name:
            g.add((s, SKOS.prefLabel, Literal(str(name))))
            g.add((s, RDFS.label, Literal(str(name))))
        for alias in attrs.get("aliases") or []:
            if alias and alias != name:
                g.add((s, SKOS.altLabel, Literal(str(alias))))
        for title in attrs.get("titles") or []:
            if title:
                g.add((s, SCHEMA.jobTitle, Literal(str(title))))
        if attrs.get("wikidata"):
            qid = str(attrs["wikidata"]).rsplit("/", 1)[-1]
            g.add((s, OWL.sameAs, URIRef(_WIKIDATA + qid)))
        if doc is not None and type_ != "Document":
            g.add((s, PROV.wasDerivedFrom, self.doc_iri(doc)[1]))
        if attrs.get("sentence"):
            g.add((s, KG.sentence, Literal(str(attrs["sentence"]))))
        if type_ == "Statistic":
            self._statistic(g, s, attrs)
        elif type_ == "Quote":
            if attrs.get("text") is not None:
                g.add((s, SCHEMA.text, Literal(str(attrs["text"]))))
        elif type_ == "Document":
            self._document(g, s, doc or node_id, attrs)
        for m in attrs.get("mentions") or []:
            self._mention(node_id, s, m)

    def _statistic(self, g: _Triples, s: URIRef, attrs: dict[str, Any]) -> None:
        if attrs.get("value") is not None:
            g.add((s, SCHEMA.value, _lit(attrs["value"])))
        for field, pred in (
            ("unit", SCHEMA.unitText),
            ("measure", SCHEMA.variableMeasured),
            ("period", SCHEMA.observationPeriod),
            ("change", KG.change),
            ("qualifier", KG.qualifier),
        ):
            if attrs.get(field) not in (None, ""):
                g.add((s, pred, Literal(str(attrs[field]))))
        start, end = attrs.get("period_start"), attrs.get("period_end")
        if start and end and _DATE.match(str(start)) and _DATE.match(str(end)):
            # OWL-Time: the period as a time:Interval from one time:Instant to another, each an xsd:date;
            # IRIs made from the dates, so statistics of the same period share them
            interval = URIRef(f"{self.base}interval/{start}/{end}")
            g.add((s, TIME.hasTime, interval))
            g.add((interval, RDF.type, TIME.Interval))
            for pred, day in ((TIME.hasBeginning, str(start)), (TIME.hasEnd, str(end))):
                instant = URIRef(f"{self.base}instant/{day}")
                g.add((interval, pred, instant))
                g.add((instant, RDF.type, TIME.Instant))
                g.add((instant, TIME.inXSDDate, Literal(day, datatype=XSD.date)))
            if attrs.get("period_basis"):
                g.add((s, KG.periodBasis, Literal(str(attrs["period_basis"]))))
        place = attrs.get("place")
        if place:
            g.add((s, KG.placeName, Literal(str(place))))
            place_id = str(place) if str(place) in self.G else entity_id("Place", str(place))
            if place_id in self.G and self.G.nodes[place_id].get("type") == "Place":
                g.add((s, SCHEMA.observationAbout, self.iri(place_id)))
            elif self.defer is not None:
                self.defer(g.iri, s, "place", place_id)
        source = attrs.get("source")
        if source:
            if str(source) in self.G:
                g.add((s, PROV.wasAttributedTo, self.iri(str(source))))
            elif self.defer is not None:
                self.defer(g.iri, s, "source", str(source))
            else:
                g.add((s, KG.sourceText, Literal(str(source))))

    def _document(self, g: _Triples, s: URIRef, doc: str, attrs: dict[str, Any]) -> None:
        record = {**self.documents.get(doc, {}), **{k: v for k, v in attrs.items() if v is not None}}
        g.add((s, KG.docId, Literal(doc)))
        if record.get("source"):
            g.add((s, KG.sourcePath, Literal(str(record["source"]))))
        if record.get("sha256"):
            g.add((s, KG.sha256, Literal(str(record["sha256"]))))
        if record.get("title"):
            g.add((s, SCHEMA.headline, Literal(str(record["title"]))))
        if record.get("url"):
            g.add((s, SCHEMA.url, Literal(str(record["url"]), datatype=XSD.anyURI)))
        if record.get("published"):
            g.add((s, SCHEMA.datePublished, _date(record["published"])))

    def _mention(self, node_id: str, s: URIRef, m: dict[str, Any]) -> None:
        doc = str(m.get("doc"))
        start, end = m.get("start"), m.get("end")
        if start is None or end is None:
            return
        g = self.doc_graph(doc)
        slug, doc_iri = self.doc_iri(doc)
        mid = URIRef(f"{self.base}mention/{slug}/{int(start)}-{int(end)}/{_short_hash(node_id)[:8]}")
        g.add((mid, _A, _MENTION))
        g.add((mid, _TA_IDENT_REF, s))
        g.add((mid, _BEGIN, _offset(start)))
        g.add((mid, _END, _offset(end)))
        g.add((mid, _DERIVED_FROM, doc_iri))

    # links
    def add_link(self, u: str, v: str, key: Any, attrs: dict[str, Any]) -> None:
        type_ = attrs.get("type")
        pred = PREDICATE_OF_LINK.get(str(type_))
        if pred is None:
            raise SinkError(f"link {u} -> {v} has type {type_!r}; expected one of {sorted(PREDICATE_OF_LINK)}")
        s, o = self.iri(u), self.iri(v)
        doc = attrs.get("doc")
        g = self.doc_graph(str(doc)) if doc not in (None, "") else self.entities
        g.add((s, pred, o))
        if not isinstance(key, str):
            key = _short_hash(type_, u, v, doc, attrs.get("start"), attrs.get("end"), attrs.get("title", ""))
        st = URIRef(f"{self.base}fact/{key}")
        g.add((st, _A, _STATEMENT))
        g.add((st, _SUBJECT, s))
        g.add((st, _PREDICATE, pred))
        g.add((st, _OBJECT, o))
        if doc not in (None, ""):
            g.add((st, _DERIVED_FROM, self.doc_iri(str(doc))[1]))
        if attrs.get("start") is not None and attrs.get("end") is not None:
            g.add((st, _BEGIN, _offset(attrs["start"])))
            g.add((st, _END, _offset(attrs["end"])))
        if attrs.get("sentence"):
            g.add((st, _SENTENCE, Literal(str(attrs["sentence"]))))
        if attrs.get("cue"):
            g.add((st, KG.cue, Literal(str(attrs["cue"]))))
        if attrs.get("direct") is not None:
            g.add((st, KG.direct, Literal(bool(attrs["direct"]))))
        title = attrs.get("title")
        if title:
            g.add((st, KG.title, Literal(str(title))))
        if attrs.get("basis"):
            g.add((st, KG.basis, Literal(str(attrs["basis"]))))
        if attrs.get("status"):
            g.add((st, KG.status, Literal(str(attrs["status"]))))
        if type_ == "SAID":
            g.add((o, PROV.wasAttributedTo, s))
            if attrs.get("cue"):
                g.add((o, KG.cue, Literal(str(attrs["cue"]))))
            if attrs.get("direct") is not None:
                g.add((o, KG.direct, Literal(bool(attrs["direct"]))))
        elif type_ == "HOLDS_ROLE":
            self._membership(g, u, v, s, o, str(title) if title else None)

    def _membership(self, g: _Triples, u: str, v: str, person: URIRef, org: URIRef, title: str | None) -> None:
        tslug = slugify(title) if title else "member"
        membership = URIRef(f"{self.base}membership/{slugify(u)}/{slugify(v)}/{tslug}")
        g.add((membership, RDF.type, ORG.Membership))
        g.add((membership, ORG.member, person))
        g.add((membership, ORG.organization, org))
        if not title:
            return
        role = URIRef(f"{self.base}role/{tslug}")
        g.add((role, RDF.type, ORG.Role))
        g.add((role, SKOS.prefLabel, Literal(title)))
        g.add((membership, ORG.role, role))
        post = URIRef(f"{self.base}post/{slugify(v)}/{tslug}")
        g.add((post, RDF.type, ORG.Post))
        g.add((post, SKOS.prefLabel, Literal(title)))
        g.add((post, ORG.postIn, org))
        g.add((post, ORG.role, role))
        g.add((post, ORG.heldBy, person))
        g.add((person, ORG.holds, post))


def _as_networkx(graph: Any) -> nx.MultiDiGraph:
    if isinstance(graph, nx.MultiDiGraph):
        return graph
    to_nx = getattr(graph, "to_networkx", None)
    if callable(to_nx):
        return to_nx()
    raise SinkError(f"expected a networkx MultiDiGraph or a KnowledgeGraph, got {type(graph).__name__}")


def to_dataset(graph: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Dataset:
    """Every node and link of the hub graph as RDF, one named graph per document (see module docs)."""
    if not base or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base):
        raise SinkError(f"base {base!r} is not an absolute IRI; give e.g. {DEFAULT_BASE!r}")
    return _Builder(_as_networkx(graph), base).run().dataset()


def union_graph(ds: Dataset) -> Graph:
    """All triples of a dataset in one graph (what graph.ttl, graph.nt and graph.jsonld hold)."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _sorted_lines(text: str) -> str:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def write(
    graph: Any,
    out_dir: str | Path,
    formats: Sequence[str] | Iterable[str] = ("ttl",),
    *,
    base: str = DEFAULT_BASE,
) -> list[Path]:
    """Write the graph as RDF files in ``out_dir``: graph.ttl, graph.nt, graph.jsonld, graph.trig, graph.nq.

    ``graph`` is a KnowledgeGraph, its networkx hub or an rdflib Dataset made by
    :func:`to_dataset`. Returns the written paths in the order of ``formats``. Each
    file is written to a temporary name and renamed, so a reader never sees half a
    file; N-Triples and N-Quads are sorted, so a rebuild of the same input gives the same bytes.
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise SinkError(f"unknown RDF format(s) {unknown}; choose from {sorted(FORMATS)}")
    ds = graph if isinstance(graph, Dataset) else to_dataset(_as_networkx(graph), base=base)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SinkError(f"{out}: cannot create output folder ({e.strerror})") from e
    triples = union_graph(ds) if any(f not in _QUAD_FORMATS for f in formats) else None
    written: list[Path] = []
    for fmt in formats:
        filename, rdflib_format = FORMATS[fmt]
        path = out / filename
        if fmt == "ttl":
            text = triples.serialize(format="turtle")  # type: ignore[union-attr]
        elif fmt == "nt":
            text = _sorted_lines(triples.serialize(format="nt"))  # type: ignore[union-attr]
        elif fmt == "jsonld":
            text = triples.serialize(format="json-ld", context=jsonld_context(base), indent=1)  # type: ignore[union-attr]
        elif fmt == "trig":
            text = _trig(ds)
        else:
            text = _sorted_lines(ds.serialize(format="nquads"))
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
        except OSError as e:
            raise SinkError(f"{path}: cannot write {fmt} ({e.strerror})") from e
        written.append(path)
    return written


def _trig(ds: Dataset) -> str:
    """TriG with only the non-empty named graphs (rdflib would also write an empty default graph)."""
    out = Dataset()
    for prefix, ns in ds.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for ctx in ds.graphs():
        if len(ctx) and not isinstance(ctx.identifier, BNode) and str(ctx.identifier) != "urn:x-rdflib:default":
            g = out.graph(ctx.identifier)
            for t in ctx:
                g.add(t)
    return out.serialize(format="trig")



# -- streamed writing ---------------------------------------------------------
# A corpus build writes RDF a document at a time: each document's named graph is
# serialised as soon as it is built and appended to the output, and the shared
# entity descriptions are written once at the end, so memory holds one document's
# triples and the compact entity index, never the whole corpus.
_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_XSD_STRING = str(XSD.string)
_XSD_INTEGER = str(XSD.integer)
_XSD_BOOLEAN = str(XSD.boolean)
_BARE_INTEGER = re.compile(r"^[+-]?\d+$")
#: Bytes per read when a body is copied behind its file's head: below glibc's mmap threshold (128 KiB), so the
#: buffer is reused from malloc's heap rather than being a 1 MiB block at the peak of the assembly.
_COPY_CHUNK = 64 << 10


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )


class _Terms:
    """N-Triples and Turtle spellings of rdflib terms, with the prefixes kg binds."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
        self._pname: dict[str, str] = {}  # vocabulary IRIs only: a corpus's own IRIs are never cached

    def nt(self, term: Any) -> str:
        if isinstance(term, URIRef):
            return f"<{term}>"
        if isinstance(term, Literal):
            text = f'"{_escape(str(term))}"'
            if term.language:
                return f"{text}@{term.language}"
            if term.datatype is not None and str(term.datatype) != _XSD_STRING:
                return f"{text}^^<{term.datatype}>"
            return text
        raise SinkError(f"cannot write {type(term).__name__} {term!r} as RDF")

    def iri(self, term: Any) -> str:
        text = str(term)
        hit = self._pname.get(text)
        if hit is not None:
            return hit
        if text.startswith(self.base):  # node, mention, fact and graph IRIs: written out whole
            return f"<{text}>"
        out = f"<{text}>"
        for prefix, ns in self.prefixes:
            if text.startswith(ns) and _PN_LOCAL.match(text[len(ns):]):
                out = f"{prefix}:{text[len(ns):]}"
                break
        if len(self._pname) < 10_000:
            self._pname[text] = out
        return out

    def ttl(self, term: Any) -> str:
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal) and term.datatype is not None and not term.language:
            dt = str(term.datatype)
            lexical = str(term)
            if dt == _XSD_INTEGER and _BARE_INTEGER.match(lexical):
                return lexical
            if dt == _XSD_BOOLEAN and lexical in ("true", "false"):
                return lexical
            if dt != _XSD_STRING:
                return f'"{_escape(lexical)}"^^{self.iri(term.datatype)}'
        return self.nt(term)

    def turtle_block(self, triples: Iterable[tuple[Any, Any, Any]]) -> str:
        """Turtle statements (no prefix lines), one block per subject."""
        by_subject: dict[Any, dict[Any, list[Any]]] = {}
        for s, p, o in triples:
            by_subject.setdefault(s, {}).setdefault(p, []).append(o)
        out: list[str] = []
        ttl, iri, a = self.ttl, self.iri, _A_STR

        def predicate_order(p: Any) -> tuple[bool, str]:
            text = str(p)
            return text != a, text

        # Subjects by text, predicates ``a`` first and then by text; sorted() is stable, so terms of equal text
        # keep the order they came in.
        for s in sorted(by_subject, key=str):
            preds = by_subject[s]
            parts = []
            for p in sorted(preds, key=predicate_order) if len(preds) > 1 else preds:
                objs = preds[p]
                if len(objs) == 1:
                    text = ttl(objs[0])
                else:  # by kind of term, then text; ties keep their order
                    text = " , ".join(ttl(o) for *_, o in sorted((type(o).__name__, str(o), i, o) for i, o in enumerate(objs)))
                parts.append(f"{'a' if str(p) == a else iri(p)} {text}")
            out.append(f"{ttl(s)} " + " ;\n    ".join(parts) + " .\n")
        return "\n".join(out)

    def prefix_lines(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"

    def jsonld_nodes(self, triples: Iterable[tuple[Any, Any, Any]]) -> list[dict[str, Any]]:
        """Expanded JSON-LD node objects, one per subject."""
        nodes: dict[Any, dict[str, Any]] = {}
        for s, p, o in triples:
            node = nodes.setdefault(s, {"@id": str(s)})
            if p == RDF.type:
                node.setdefault("@type", []).append(str(o))
                continue
            if isinstance(o, URIRef):
                value: Any = {"@id": str(o)}
            elif o.language:
                value = {"@value": str(o), "@language": o.language}
            elif o.datatype is not None and str(o.datatype) != _XSD_STRING:
                value = {"@value": str(o), "@type": str(o.datatype)}
            else:
                value = {"@value": str(o)}
            node.setdefault(str(p), []).append(value)
        return [nodes[s] for s in sorted(nodes, key=str)]


class StreamWriter:
    """RDF files written a document at a time (see :func:`write` for the formats).

    ``add(graph)`` takes one document's hub graph and appends its named graph to
    each format's body; ``close(entities, node_type)`` writes the shared entity
    descriptions and the Statistic links whose target only later documents
    named, then moves each finished file into place. Until ``close`` the output
    folder's earlier files are untouched.
    """

    def __init__(self, out_dir: str | Path, formats: Iterable[str] = ("ttl",), *, base: str = DEFAULT_BASE) -> None:
        self.formats = list(dict.fromkeys(formats))
        unknown = [f for f in self.formats if f not in FORMATS]
        if unknown:
            raise SinkError(f"unknown RDF format(s) {unknown}; choose from {sorted(FORMATS)}")
        if not base or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base):
            raise SinkError(f"base {base!r} is not an absolute IRI; give e.g. {DEFAULT_BASE!r}")
        self.base = base
        self.out = Path(out_dir)
        self.terms = _Terms(base)
        # Statistic fields waiting for :meth:`close` (their target was not a known entity yet), in a temporary
        # SQLite file: those whose target never becomes an entity wait till the end, one or more per document.
        self._deferred = temporary_db()
        self._deferred.execute("CREATE TABLE deferred (seq INTEGER PRIMARY KEY, graph BLOB, stat BLOB, field TEXT, target BLOB)")
        self._deferred.execute("CREATE TABLE graphs (graph BLOB PRIMARY KEY, seq INTEGER) WITHOUT ROWID")
        self._n_deferred = 0
        self._docless: dict[tuple[Any, Any, Any], None] = {}
        self._bodies: dict[str, Any] = {}
        self._first_json = True
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            for fmt in self.formats:
                self._bodies[fmt] = self._body_path(fmt).open("w", encoding="utf-8")
        except OSError as e:
            self.abort()
            raise SinkError(f"{self.out}: cannot write RDF ({e.strerror})") from e

    def _body_path(self, fmt: str) -> Path:
        return self.out / f".{FORMATS[fmt][0]}.body"

    def add(self, graph: nx.MultiDiGraph, node_type: Callable[[str], str | None] | None = None) -> None:
        """Append one document's named graph (entity descriptions wait for :meth:`close`).

        ``node_type`` tells the type of an entity seen so far in the corpus, so a Statistic's place or
        source named by an earlier document is linked at once; the rest wait for :meth:`close`.
        """
        pending: list[tuple[URIRef, URIRef, str, str]] = []
        b = _Builder(graph, self.base, describe_entities=False, defer=lambda *item: pending.append(item)).run()
        self._docless.update(b.entities.triples)
        parts = {part.iri: part for part in b.graphs()[1:]}
        for item in pending:
            triple = self._resolved(item, node_type, final=False) if node_type is not None else None
            if triple is None:
                self._defer(item)
            else:
                parts[item[0]].add(triple)
        for part in parts.values():
            if len(part):
                self._write_part(part.iri, list(part.triples))

    def _defer(self, item: tuple[URIRef, URIRef, str, str]) -> None:
        graph, stat, field, target = item
        seq = self._n_deferred
        self._n_deferred += 1
        self._deferred.execute("INSERT OR IGNORE INTO graphs VALUES (?, ?)", (key_bytes(graph), seq))
        self._deferred.execute(
            "INSERT INTO deferred VALUES (?, ?, ?, ?, ?)", (seq, key_bytes(graph), key_bytes(stat), field, key_bytes(target))
        )

    def _deferred_items(self) -> Iterable[tuple[URIRef, URIRef, str, str]]:
        """The deferred fields grouped by named graph, graphs in the order first deferred to, each in deferral order.

        A document's statistics are all deferred while it is added, so each graph's fields are contiguous and
        this is the order in which they were deferred.
        """
        rows = self._deferred.execute(
            "SELECT d.graph, d.stat, d.field, d.target FROM deferred d JOIN graphs g ON g.graph = d.graph ORDER BY g.seq, d.seq"
        )
        for graph, stat, field, target in rows:
            yield (
                URIRef(graph.decode("utf-8", "surrogatepass")), URIRef(stat.decode("utf-8", "surrogatepass")),
                field, target.decode("utf-8", "surrogatepass"),
            )

    def _resolved(
        self, item: tuple[URIRef, URIRef, str, str], node_type: Callable[[str], str | None], *, final: bool
    ) -> tuple[Any, Any, Any] | None:
        """The triple a deferred Statistic field becomes, or None (no link; or, before the end, not yet known)."""
        _, stat, field, target = item
        kind = node_type(target)
        if field == "place":
            return (stat, SCHEMA.observationAbout, URIRef(node_iri(target, self.base))) if kind == "Place" else None
        if kind is not None:
            return (stat, PROV.wasAttributedTo, URIRef(node_iri(target, self.base)))
        return (stat, KG.sourceText, Literal(target)) if final else None

    def _block(self, fmt: str, name: URIRef, triples: list[tuple[Any, Any, Any]]) -> str:
        """One named graph's triples in a line-or-block format (ttl, trig, nt, nq); sorted, so rebuilds are byte-equal."""
        t = self.terms
        if fmt == "ttl":
            return t.turtle_block(triples) + "\n"
        if fmt == "trig":
            return f"{t.iri(name)} {{\n{t.turtle_block(triples)}}}\n\n" if triples else ""
        g = f" {t.nt(name)}" if fmt == "nq" else ""
        return "".join(sorted({f"{t.nt(s)} {t.nt(p)} {t.nt(o)}{g} .\n" for s, p, o in triples}))

    def _write_part(self, name: URIRef, triples: list[tuple[Any, Any, Any]]) -> None:
        for fmt, fh in self._bodies.items():
            if fmt != "jsonld":
                fh.write(self._block(fmt, name, triples))
                continue
            for node in self.terms.jsonld_nodes(triples):
                fh.write(("" if self._first_json else ",\n") + json.dumps(node, ensure_ascii=False))
                self._first_json = False

    def close(self, entities: nx.MultiDiGraph, node_type: Callable[[str], str | None]) -> list[Path]:
        """Write the entity graph and the deferred Statistic links, then put every file in place."""
        b = _Builder(entities, self.base).run()
        shared = {**b.entities.triples, **self._docless}
        name: URIRef | None = None
        triples: list[tuple[Any, Any, Any]] = []
        for item in self._deferred_items():  # one named graph's worth in memory at a time
            if item[0] != name:
                if triples:
                    self._write_part(name, triples)  # type: ignore[arg-type]
                name, triples = item[0], []
            triple = self._resolved(item, node_type, final=True)
            if triple is not None:
                triples.append(triple)
        if triples:
            self._write_part(name, triples)  # type: ignore[arg-type]
        self._deferred.close()
        written: list[Path] = []
        t = self.terms
        entities_iri = URIRef(entities_graph_iri(self.base))
        shared_list = list(shared)
        for fmt in self.formats:
            body = self._bodies.pop(fmt)
            body.close()
            path = self.out / FORMATS[fmt][0]
            tmp = path.with_name(f".{path.name}.tmp")
            try:
                with tmp.open("w", encoding="utf-8") as fh:
                    if fmt in ("ttl", "trig"):
                        fh.write(t.prefix_lines())
                    if fmt != "jsonld":
                        fh.write(self._block(fmt, entities_iri, shared_list))
                    else:
                        fh.write('{"@context": ' + json.dumps(jsonld_context(self.base), ensure_ascii=False) + ',\n"@graph": [\n')
                        nodes = t.jsonld_nodes(shared_list)
                        fh.write(",\n".join(json.dumps(n, ensure_ascii=False) for n in nodes))
                        if nodes and not self._first_json:
                            fh.write(",\n")
                    fh.flush()  # the body is UTF-8 already: copied as bytes, not decoded and encoded again
                    with self._body_path(fmt).open("rb") as src:
                        shutil.copyfileobj(src, fh.buffer, _COPY_CHUNK)
                    if fmt == "jsonld":
                        fh.write("\n]}\n")
                os.replace(tmp, path)
            except OSError as e:
                self.abort()
                raise SinkError(f"{path}: cannot write {fmt} ({e.strerror})") from e
            self._body_path(fmt).unlink(missing_ok=True)
            written.append(path)
        return written

    def abort(self) -> None:
        """Drop the half-written bodies; the folder's earlier files stay as they were."""
        self._deferred.close()
        for fmt in list(self._bodies):
            self._bodies.pop(fmt).close()
        for fmt in self.formats:
            self._body_path(fmt).unlink(missing_ok=True)
            (self.out / f".{FORMATS[fmt][0]}.tmp").unlink(missing_ok=True)


# -- reading back and validating --------------------------------------------
_READ_ORDER = ("graph.trig", "graph.nq", "graph.ttl", "graph.nt", "graph.jsonld")
_PARSE_FORMAT = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}


def read_output(path: str | Path, *, base: str = DEFAULT_BASE) -> Graph:
    """All triples of a build: an RDF file, or a build folder (its graph.trig/.nq/.ttl/.nt/.jsonld, else graph.json)."""
    p = Path(path)
    if p.is_dir():
        for name in _READ_ORDER:
            if (p / name).exists():
                p = p / name
                break
        else:
            if (p / "graph.json").exists():
                from kg.graph import KnowledgeGraph

                return union_graph(to_dataset(KnowledgeGraph.from_json(p / "graph.json").to_networkx(), base=base))
            raise SinkError(f"{path}: no graph.ttl, graph.trig, graph.nq, graph.nt, graph.jsonld or graph.json here")
    if not p.exists():
        raise SinkError(f"{p}: no such file or folder")
    if p.suffix == ".json":
        from kg.graph import KnowledgeGraph

        return union_graph(to_dataset(KnowledgeGraph.from_json(p).to_networkx(), base=base))
    fmt = _PARSE_FORMAT.get(p.suffix)
    if fmt is None:
        raise SinkError(f"{p}: unknown RDF file type; expected one of {sorted(_PARSE_FORMAT)} or graph.json")
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(p, format=fmt)
            return union_graph(ds)
        return Graph().parse(p, format=fmt)
    except Exception as e:  # rdflib raises many parser error types; name the file and the cause
        raise SinkError(f"{p}: cannot parse as {fmt}: {e}") from e


@dataclass(frozen=True)
class Finding:
    """One SHACL result, in words: which node, which property, what was wrong."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str

    def __str__(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value and self.value != self.focus else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class Validation:
    conforms: bool
    violations: list[Finding]
    warnings: list[Finding]
    triples: int

    def summary(self) -> str:
        state = "conforms" if self.conforms else f"{len(self.violations)} violation(s)"
        return f"{self.triples} triples: {state}, {len(self.warnings)} warning(s)"


def validate(graph: Graph | Dataset | Any, *, shapes: Graph | str | Path | None = None, base: str = DEFAULT_BASE) -> Validation:
    """Check a graph against ``ontologies/shapes.ttl`` with pyshacl (warnings do not break conformance)."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    from kg.ontology import ontology_dir

    if isinstance(graph, Dataset):
        data = union_graph(graph)
    elif isinstance(graph, Graph):
        data = graph
    else:
        data = union_graph(to_dataset(_as_networkx(graph), base=base))
    if isinstance(shapes, Graph):
        shape_graph = shapes
    else:
        shape_graph = Graph().parse(Path(shapes) if shapes else ontology_dir() / "shapes.ttl", format="turtle")
    _, report, _ = shacl_validate(data, shacl_graph=shape_graph, allow_warnings=True, advanced=True, inference="none")
    nm = Graph()
    bind_prefixes(nm, base)

    def show(term: Any) -> str | None:
        if term is None:
            return None
        if isinstance(term, BNode) and (term, SH.inversePath, None) in report:
            return "^" + (show(report.value(term, SH.inversePath)) or "?")
        if isinstance(term, URIRef):
            text = str(term)
            if text.startswith(base):
                return text[len(base):]
            try:
                return nm.namespace_manager.normalizeUri(term)
            except (ValueError, KeyError):  # rdflib cannot shorten every IRI; show it whole
                return f"<{text}>"
        if isinstance(term, BNode):
            return "(blank node)"
        return str(term)

    findings: list[Finding] = []
    whole_graph = URIRef(KG_NS.rstrip("#"))  # focus of the checks run once over the whole graph
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        messages = [str(m) for m in report.objects(result, SH.resultMessage)]
        component = str(report.value(result, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1]
        focus, value = report.value(result, SH.focusNode), report.value(result, SH.value)
        if focus == whole_graph and value is not None:
            focus = value
        findings.append(
            Finding(
                severity=severity,
                focus=show(focus) or "?",
                path=show(report.value(result, SH.resultPath)),
                value=show(value),
                message="; ".join(messages) or component,
                shape=show(report.value(result, SH.sourceShape)) or "",
            )
        )
    findings.sort(key=lambda f: (f.severity, f.focus, f.path or "", f.message))
    violations = [f for f in findings if f.severity == "Violation"]
    warnings = [f for f in findings if f.severity != "Violation"]
    return Validation(not violations, violations, warnings, len(data))
