"""The ontology files and the Python namespace say the same thing."""
from __future__ import annotations

import json
import typing

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.model import LINK_TYPES, NODE_TYPES
from kg.ontology import (
    CLASS_OF_TYPE,
    DEFAULT_BASE,
    KG,
    KG_NS,
    PREDICATE_OF_LINK,
    node_id_of,
    node_iri,
    ontology_dir,
)
from kg.sinks.rdf import _ALSO_TYPES, jsonld_context


@pytest.fixture(scope="module")
def vocabulary() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def _declared(g: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s)[len(KG_NS):] for kind in kinds for s in g.subjects(RDF.type, kind) if str(s).startswith(KG_NS)}


def test_python_namespace_lists_exactly_the_terms_of_kg_ttl(vocabulary: Graph) -> None:
    in_python = {name for name in typing.get_type_hints(KG) if not name.startswith("_")}  # the declared terms
    assert in_python == _declared(vocabulary)


def test_a_mistyped_term_is_an_error_not_a_new_iri() -> None:
    with pytest.raises(AttributeError):
        KG.sayd  # noqa: B018


def test_every_term_has_a_label_and_a_comment(vocabulary: Graph) -> None:
    for name in _declared(vocabulary):
        term = URIRef(KG_NS + name)
        assert vocabulary.value(term, RDFS.label), name
        assert vocabulary.value(term, RDFS.comment), name


def test_every_node_type_and_link_type_has_an_rdf_form() -> None:
    assert set(CLASS_OF_TYPE) == set(NODE_TYPES)
    assert set(PREDICATE_OF_LINK) == set(LINK_TYPES)
    assert len(set(PREDICATE_OF_LINK.values())) == len(LINK_TYPES)  # one predicate per link type


def test_reused_superclasses_asserted_by_the_sink_are_declared_in_kg_ttl(vocabulary: Graph) -> None:
    for node_type, kg_class in CLASS_OF_TYPE.items():
        declared = set(vocabulary.objects(kg_class, RDFS.subClassOf))
        assert set(_ALSO_TYPES[node_type]) == declared, node_type


def test_kg_predicates_of_links_are_object_properties(vocabulary: Graph) -> None:
    for link_type, pred in PREDICATE_OF_LINK.items():
        if str(pred).startswith(KG_NS):
            assert (pred, RDF.type, OWL.ObjectProperty) in vocabulary, link_type


def test_published_jsonld_context_is_the_one_the_sink_writes() -> None:
    published = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))
    assert published == {"@context": jsonld_context()}


def test_shapes_parse_and_cover_every_node_kind() -> None:
    from rdflib.namespace import SH

    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    targets = set(shapes.objects(None, SH.targetClass))
    assert set(CLASS_OF_TYPE.values()) <= targets
    subject_targets = set(shapes.objects(None, SH.targetSubjectsOf))
    assert set(PREDICATE_OF_LINK.values()) <= subject_targets


def test_node_iri_is_base_plus_node_id_and_reverses() -> None:
    assert node_iri("person/sadiq-khan") == DEFAULT_BASE + "person/sadiq-khan"
    assert node_iri("org/met", "http://example.com/x/") == "http://example.com/x/org/met"
    odd = node_iri("person/a b<c>")
    assert " " not in odd and "<" not in odd
    assert node_id_of(odd) == "person/a b<c>"
    assert node_id_of("http://elsewhere/x") is None
