"""The kg vocabulary in Python: a closed mirror of ``ontologies/kg.ttl``.

``ontologies/kg.ttl`` is the source of truth; :class:`KG` lists exactly the
terms it declares (a test keeps the two in step), and ``_fail = True`` makes a
mistyped term an error instead of a silent new IRI.

One identity scheme serves every store: a graph.json node id becomes an IRI by
prefixing a base, :func:`node_iri`. The RDF sink uses it for subjects and the
Neo4j sink for the ``uri`` property, so both describe the same things.

>>> node_iri("person/sadiq-khan")
'https://kg.example.org/id/person/sadiq-khan'
>>> str(KG.said)
'https://kg.example.org/ns#said'
"""
from __future__ import annotations

import re
from urllib.parse import quote

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = [
    "DEFAULT_BASE",
    "KG",
    "KG_NS",
    "NIF",
    "ITSRDF",
    "SCHEMA",
    "CLASS_OF_TYPE",
    "PREDICATE_OF_LINK",
    "node_iri",
    "node_id_of",
    "graph_iri",
    "entities_graph_iri",
]

DEFAULT_BASE = "https://kg.example.org/id/"
KG_NS = "https://kg.example.org/ns#"

# Reused vocabularies rdflib does not ship under the names we use.
SCHEMA = Namespace("http://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")


class KG(DefinedNamespace):
    """Terms of ``ontologies/kg.ttl`` (only what ORG, PROV-O, schema.org, FOAF, SKOS and NIF lack)."""

    _fail = True
    _NS = Namespace(KG_NS)

    # Classes: one per graph.json node type, each a subclass of the reused class it refines.
    Person: URIRef
    Organisation: URIRef
    Policy: URIRef
    Statistic: URIRef
    Place: URIRef
    Quote: URIRef
    Document: URIRef
    Mention: URIRef

    # Object properties: graph.json link types the reused vocabularies lack.
    said: URIRef
    announced: URIRef
    oversees: URIRef
    holdsRole: URIRef
    reportedBy: URIRef
    locatedIn: URIRef
    partOf: URIRef

    # Datatype properties.
    nodeId: URIRef
    docId: URIRef
    cue: URIRef
    direct: URIRef
    sentence: URIRef
    title: URIRef
    basis: URIRef
    status: URIRef
    change: URIRef
    qualifier: URIRef
    placeName: URIRef
    sourceText: URIRef
    sourcePath: URIRef
    sha256: URIRef
    periodBasis: URIRef
    status: URIRef


# graph.json node type -> the kg class (the reused superclasses are asserted too, see kg.sinks.rdf).
CLASS_OF_TYPE: dict[str, URIRef] = {
    "Person": KG.Person,
    "Organisation": KG.Organisation,
    "Policy": KG.Policy,
    "Statistic": KG.Statistic,
    "Place": KG.Place,
    "Quote": KG.Quote,
    "Document": KG.Document,
}

# graph.json link type -> predicate. MENTIONS reuses schema:mentions; the rest are kg terms.
PREDICATE_OF_LINK: dict[str, URIRef] = {
    "SAID": KG.said,
    "ANNOUNCED": KG.announced,
    "OVERSEES": KG.oversees,
    "HOLDS_ROLE": KG.holdsRole,
    "MENTIONS": URIRef(SCHEMA.mentions),
    "REPORTED_BY": KG.reportedBy,
    "LOCATED_IN": KG.locatedIn,
    "PART_OF": KG.partOf,
}


def node_iri(node_id: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of a graph.json node: ``base`` + node id (characters outside an IRI path are escaped).

    >>> node_iri("doc/seed", "http://example.com/kg/")
    'http://example.com/kg/doc/seed'
    """
    if _IRI_SAFE.fullmatch(node_id):  # nearly every id: nothing to escape
        return base + node_id
    return base + quote(node_id, safe=_IRI_SAFE_EXTRA)


_IRI_SAFE_EXTRA = "/-._~:@!$&'()*+,;="
#: What ``quote(..., safe=_IRI_SAFE_EXTRA)`` leaves as it is: ASCII letters and digits, ``_.-~`` and the extra safe set.
_IRI_SAFE = re.compile(r"[A-Za-z0-9_.\-~/:@!$&'()*+,;=]*")


def node_id_of(iri: str, base: str = DEFAULT_BASE) -> str | None:
    """The graph.json node id of an IRI made by :func:`node_iri`, or None if it is not under ``base``."""
    from urllib.parse import unquote

    return unquote(iri[len(base):]) if iri.startswith(base) else None


def graph_iri(doc_id: str, base: str = DEFAULT_BASE) -> str:
    """Named graph holding one document's facts: the document node's own IRI (``<base>doc/<slug>``)."""
    from kg.model import document_id

    return node_iri(document_id(doc_id), base)


def entities_graph_iri(base: str = DEFAULT_BASE) -> str:
    """Named graph holding entity descriptions (type, names, aliases, titles) shared by all documents."""
    return base + "graph/entities"


def ontology_dir() -> "Path":
    """The folder holding kg.ttl, shapes.ttl and context.jsonld (``ontologies/`` of the source tree)."""
    from pathlib import Path

    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontologies", here / "data" / "ontologies"):
        if (candidate / "kg.ttl").exists():
            return candidate
    from kg.errors import ConfigError

    raise ConfigError(f"cannot find the kg ontology files (kg.ttl, shapes.ttl) beside {here}")
