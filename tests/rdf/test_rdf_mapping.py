"""The RDF form of a hand-built graph: mapping, provenance, SHACL, serialisation round trips."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV, RDF, SKOS, XSD

from kg.errors import SinkError
from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Node
from kg.ontology import DEFAULT_BASE, KG, NIF, SCHEMA, entities_graph_iri, graph_iri, node_iri
from kg.sinks.rdf import FORMATS, read_output, to_dataset, union_graph, validate, write

from rdf_sample import QUOTE_TEXT, SAID_SENTENCE, build_sample

KHAN = URIRef(node_iri("person/sadiq-khan"))
HOUSE = URIRef(node_iri("person/stephen-house"))
MET = URIRef(node_iri("org/metropolitan-police-service"))
QUOTE = URIRef(node_iri("quote/seed/0"))
STAT = URIRef(node_iri("stat/bulletin/4151-weapons-sweeps"))
LONDON = URIRef(node_iri("place/london"))
SEED = URIRef(graph_iri("seed"))
BULLETIN = URIRef(graph_iri("bulletin"))


@pytest.fixture
def ds(sample_graph: KnowledgeGraph) -> Dataset:
    return to_dataset(sample_graph.to_networkx())


@pytest.fixture
def g(ds: Dataset) -> Graph:
    return union_graph(ds)


def test_every_node_has_its_iri_and_node_id(sample_graph: KnowledgeGraph, g: Graph) -> None:
    for node_id in sample_graph.to_networkx().nodes:
        assert (URIRef(node_iri(node_id)), KG.nodeId, Literal(node_id)) in g


def test_names_and_aliases_are_skos_labels(g: Graph) -> None:
    assert (KHAN, SKOS.prefLabel, Literal("Sadiq Khan")) in g
    assert set(g.objects(KHAN, SKOS.altLabel)) == {Literal("Khan"), Literal("London Mayor Sadiq Khan")}
    assert (KHAN, SCHEMA.jobTitle, Literal("Mayor of London")) in g
    assert (KHAN, RDF.type, SCHEMA.Person) in g and (KHAN, RDF.type, KG.Person) in g


def test_quote_has_speaker_text_and_cue(g: Graph) -> None:
    assert (KHAN, KG.said, QUOTE) in g
    assert (QUOTE, SCHEMA.text, Literal(QUOTE_TEXT)) in g
    assert (QUOTE, PROV.wasAttributedTo, KHAN) in g
    assert (QUOTE, KG.cue, Literal("say")) in g
    assert (QUOTE, KG.direct, Literal(True)) in g


def test_statistic_is_an_observation_with_typed_value(g: Graph) -> None:
    assert (STAT, RDF.type, SCHEMA.Observation) in g
    value = g.value(STAT, SCHEMA.value)
    assert value.datatype == XSD.integer and value.toPython() == 4151
    assert g.value(STAT, SCHEMA.unitText) == Literal("count")
    assert g.value(STAT, SCHEMA.variableMeasured) == Literal("weapons sweeps")
    assert g.value(STAT, SCHEMA.observationPeriod) == Literal("since April")
    assert g.value(STAT, SCHEMA.observationAbout) == LONDON  # the place resolved to the Place node
    assert g.value(STAT, PROV.wasAttributedTo) == MET
    assert g.value(STAT, PROV.wasDerivedFrom) == URIRef(node_iri("doc/bulletin"))


def test_decimal_values_stay_exact() -> None:
    kg = KnowledgeGraph()
    kg.add_document("d", source="d.txt", sha256="c" * 64)
    kg.add_facts(DocumentFacts("d", nodes=[Node("stat/d/x", "Statistic", "12.5 per cent", props={"value": 12.5, "unit": "percent"})]))
    value = union_graph(to_dataset(kg.to_networkx())).value(URIRef(node_iri("stat/d/x")), SCHEMA.value)
    assert value.datatype == XSD.decimal and value.toPython() == Decimal("12.5")


def test_roles_are_org_memberships_and_posts(g: Graph) -> None:
    assert (HOUSE, KG.holdsRole, MET) in g
    memberships = set(g.subjects(ORG.member, HOUSE))
    assert len(memberships) == 1
    m = memberships.pop()
    assert (m, RDF.type, ORG.Membership) in g and (m, ORG.organization, MET) in g
    role = g.value(m, ORG.role)
    assert g.value(role, SKOS.prefLabel) == Literal("Assistant Commissioner")
    post = g.value(HOUSE, ORG.holds)
    assert g.value(post, ORG.postIn) == MET and g.value(post, ORG.role) == role


def test_every_link_is_in_its_documents_graph_with_a_provenance_statement(sample_graph: KnowledgeGraph, ds: Dataset) -> None:
    G = sample_graph.to_networkx()
    for u, v, attrs in G.edges(data=True):
        doc_graph = ds.graph(URIRef(graph_iri(attrs["doc"])))
        s, o = URIRef(node_iri(u)), URIRef(node_iri(v))
        triples = [t for t in doc_graph.triples((s, None, o))]
        assert triples, (u, attrs["type"], v)
        statements = [st for st in doc_graph.subjects(RDF.subject, s) if doc_graph.value(st, RDF.object) == o]
        assert statements, (u, attrs["type"], v)
        st = statements[0]
        assert doc_graph.value(st, PROV.wasDerivedFrom) == URIRef(node_iri(f"doc/{attrs['doc']}"))
        if attrs.get("start") is not None:
            assert doc_graph.value(st, NIF.beginIndex).toPython() == attrs["start"]
            assert doc_graph.value(st, NIF.endIndex).toPython() == attrs["end"]
        if attrs.get("sentence"):
            assert doc_graph.value(st, KG.sentence) == Literal(attrs["sentence"])


def test_said_statement_carries_offsets_sentence_and_cue(ds: Dataset) -> None:
    seed = ds.graph(SEED)
    (st,) = [st for st in seed.subjects(RDF.predicate, KG.said)]
    assert seed.value(st, NIF.beginIndex) == Literal(1, datatype=XSD.nonNegativeInteger)
    assert seed.value(st, KG.sentence) == Literal(SAID_SENTENCE)
    assert seed.value(st, KG.cue) == Literal("say")


def test_one_named_graph_per_document_plus_entities(ds: Dataset) -> None:
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert names == {str(SEED), str(BULLETIN), entities_graph_iri()}
    # doc-scoped nodes live in their document's graph, entities in the shared graph
    assert (QUOTE, SCHEMA.text, Literal(QUOTE_TEXT)) in ds.graph(SEED)
    assert (STAT, SCHEMA.value, None) in ds.graph(BULLETIN)
    assert (KHAN, SKOS.prefLabel, None) in ds.graph(URIRef(entities_graph_iri()))
    # mentions are NIF offsets in the document they occur in
    bulletin = ds.graph(BULLETIN)
    mentions = {(bulletin.value(m, NIF.beginIndex).toPython(), bulletin.value(m, NIF.endIndex).toPython())
                for m in bulletin.subjects(RDF.type, KG.Mention) if bulletin.value(m, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef")) == MET}
    assert mentions == {(70, 77)}


def test_a_configurable_base_changes_every_iri(sample_graph: KnowledgeGraph) -> None:
    base = "http://example.com/news-kg/"
    g = union_graph(to_dataset(sample_graph.to_networkx(), base=base))
    subjects = {str(s) for s in g.subjects() if not str(s).startswith(base)}
    assert subjects == set()


def test_bad_base_and_unknown_link_type_are_errors(sample_graph: KnowledgeGraph) -> None:
    with pytest.raises(SinkError, match="absolute IRI"):
        to_dataset(sample_graph.to_networkx(), base="relative/")
    G = sample_graph.to_networkx().copy()
    G.add_edge("person/sadiq-khan", "org/city-hall", key="x", type="LIKES", doc="seed")
    with pytest.raises(SinkError, match="LIKES"):
        to_dataset(G)


def test_sample_conforms_to_the_shapes(sample_graph: KnowledgeGraph) -> None:
    result = validate(sample_graph)
    assert result.conforms, "\n".join(map(str, result.violations))
    assert result.warnings == []


@pytest.mark.parametrize(
    "damage, expected",
    [
        (lambda g: g.remove((QUOTE, SCHEMA.text, None)), "schema:text"),
        (lambda g: g.add((KHAN, KG.said, LONDON)), "kg:said points at a kg:Quote"),
        (lambda g: g.add((KHAN, SKOS.prefLabel, Literal("Another Name"))), "skos:prefLabel"),
        (lambda g: g.add((STAT, SCHEMA.value, Literal("many"))), "value is one number"),
        (lambda g: [g.remove((st, PROV.wasDerivedFrom, None)) for st in list(g.subjects(RDF.type, RDF.Statement))], "prov:wasDerivedFrom"),
        (lambda g: [g.remove((st, None, None)) for st in list(g.subjects(RDF.predicate, KG.oversees))], "has no rdf:Statement"),
    ],
)
def test_shapes_catch_broken_graphs(g: Graph, damage, expected: str) -> None:  # noqa: ANN001
    damage(g)
    result = validate(g)
    assert not result.conforms
    assert any(expected in str(f) for f in result.violations), [str(f) for f in result.violations]


def test_missing_quote_speaker_is_a_warning_not_a_violation() -> None:
    kg = KnowledgeGraph()
    kg.add_document("d", source="d.txt", sha256="d" * 64)
    kg.add_facts(DocumentFacts("d", nodes=[Node("quote/d/1", "Quote", props={"text": "Nobody claims this."})]))
    result = validate(kg)
    assert result.conforms
    assert any("no speaker" in str(w) for w in result.warnings)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_triple_formats_round_trip_isomorphic(sample_graph: KnowledgeGraph, g: Graph, tmp_path: Path, fmt: str) -> None:
    (path,) = write(sample_graph, tmp_path, formats=[fmt])
    assert path.name == FORMATS[fmt][0]
    back = Graph().parse(path, format=FORMATS[fmt][1])
    assert len(back) == len(g)
    assert isomorphic(back, g)


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_formats_round_trip_graph_by_graph(sample_graph: KnowledgeGraph, ds: Dataset, tmp_path: Path, fmt: str) -> None:
    (path,) = write(sample_graph, tmp_path, formats=[fmt])
    back = Dataset()
    back.parse(path, format=FORMATS[fmt][1])
    want = {str(c.identifier): c for c in ds.graphs() if len(c)}
    got = {str(c.identifier): c for c in back.graphs() if len(c)}
    assert set(got) == set(want)
    for name, graph in want.items():
        assert isomorphic(got[name], graph), name


def test_jsonld_carries_the_context(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    import json

    (path,) = write(sample_graph, tmp_path, formats=["jsonld"])
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://kg.example.org/ns#"
    assert doc["@context"]["said"] == {"@id": "kg:said", "@type": "@id"}


def test_write_is_byte_stable(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    first = write(sample_graph, tmp_path / "a", formats=["nt", "nq", "ttl"])
    second = write(build_sample(), tmp_path / "b", formats=["nt", "nq", "ttl"])
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert not list((tmp_path / "a").glob(".*.tmp"))


def test_unknown_format_is_an_error(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(SinkError, match="unknown RDF format"):
        write(sample_graph, tmp_path, formats=["rdfxml"])


def test_read_output_accepts_folder_file_and_graph_json(sample_graph: KnowledgeGraph, g: Graph, tmp_path: Path) -> None:
    write(sample_graph, tmp_path / "rdf", formats=["trig"])
    assert isomorphic(read_output(tmp_path / "rdf"), g)
    sample_graph.write_json(tmp_path / "graph.json")
    assert isomorphic(read_output(tmp_path), g)
    (tmp_path / "empty").mkdir()
    with pytest.raises(SinkError, match="no graph.ttl"):
        read_output(tmp_path / "empty")


def test_graph_json_round_trip_gives_the_same_rdf(sample_graph: KnowledgeGraph, g: Graph, tmp_path: Path) -> None:
    sample_graph.write_json(tmp_path / "graph.json")
    again = KnowledgeGraph.from_json(tmp_path / "graph.json")
    assert isomorphic(union_graph(to_dataset(again.to_networkx())), g)


def test_knowledge_graph_to_rdf_uses_the_sink(sample_graph: KnowledgeGraph, g: Graph) -> None:
    assert isomorphic(union_graph(sample_graph.to_rdf()), g)
    assert str(DEFAULT_BASE) in {str(ns) for _, ns in sample_graph.to_rdf().namespaces()}


def test_document_record_fields(g: Graph) -> None:
    doc = URIRef(node_iri("doc/seed"))
    assert (doc, RDF.type, KG.Document) in g
    assert g.value(doc, KG.docId) == Literal("seed")
    assert g.value(doc, KG.sourcePath) == Literal("articles/seed.txt")
    assert g.value(doc, KG.sha256) == Literal("a" * 64)
    assert g.value(doc, SCHEMA.headline) == Literal("Mayor announces patrols")
    assert g.value(doc, SCHEMA.url) == Literal("https://example.org/news/seed", datatype=XSD.anyURI)
    assert g.value(doc, SCHEMA.datePublished) == Literal("2017-06-05", datatype=XSD.date)


def test_registry_facts_say_so_on_their_statement() -> None:
    kg = KnowledgeGraph()
    kg.add_document("d", source="d.txt", sha256="1" * 64)
    kg.add_facts(DocumentFacts("d", nodes=[Node("org/fbi", "Organisation", "Federal Bureau of Investigation"),
                                           Node("org/doj", "Organisation", "Department of Justice")],
                               links=[Link("org/fbi", "org/doj", "PART_OF", "d", props={"basis": "registry"})]))
    g = union_graph(to_dataset(kg.to_networkx()))
    (st,) = list(g.subjects(RDF.predicate, KG.partOf))
    assert g.value(st, KG.basis) == Literal("registry")
    assert validate(g).conforms


def _announced(status: str) -> Graph:
    kg = KnowledgeGraph()
    kg.add_document("d", source="d.txt", sha256="1" * 64)
    kg.add_facts(DocumentFacts("d", nodes=[Node("org/home-office", "Organisation", "Home Office"),
                                           Node("policy/armed-foot-patrols", "Policy", "armed foot patrols")],
                               links=[Link("org/home-office", "policy/armed-foot-patrols", "ANNOUNCED", "d", 0, 40,
                                           "The Home Office is considering armed foot patrols.",
                                           props={"cue": "consider", "status": status})]))
    return union_graph(to_dataset(kg.to_networkx()))


def test_announcement_status_is_on_its_statement() -> None:
    g = _announced("considered")
    (st,) = list(g.subjects(RDF.predicate, KG.announced))
    assert g.value(st, KG.status) == Literal("considered")
    assert g.value(st, KG.cue) == Literal("consider")
    assert validate(g).conforms


def test_an_unknown_announcement_status_breaks_the_shapes() -> None:
    result = validate(_announced("rumoured"))
    assert not result.conforms
    assert any("kg:status is one of" in v.message for v in result.violations)
