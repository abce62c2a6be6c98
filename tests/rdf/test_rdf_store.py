"""The persistent Oxigraph store: idempotent ingest, per-document replacement, the shipped queries."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ConfigError, StoreError
from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Node
from kg.ontology import graph_iri, node_iri
from kg.store import SelectResult, Store, bind_params, shipped_queries

from rdf_sample import QUOTE_TEXT, ROLE_SENTENCE, SAID_SENTENCE, STAT_SENTENCE, build_sample


def test_ingesting_three_times_keeps_the_same_quads(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store:
        counts = [store.ingest(sample_graph).quads_total for _ in range(3)]
    assert counts[0] > 200
    assert counts == [counts[0]] * 3


def test_store_persists_across_processes_and_opens_read_only(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store:
        n = store.ingest(sample_graph).quads_total
    with Store(tmp_path / "store", read_only=True) as store:
        assert store.count() == n
        assert store.documents() == sorted([graph_iri("bulletin"), graph_iri("seed")])
        with pytest.raises(StoreError, match="read-only"):
            store.ingest(sample_graph)


def test_read_only_open_of_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kg build INPUT --store"):
        Store(tmp_path / "nothing", read_only=True)


def test_rebuilding_a_document_replaces_its_graph(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store:
        store.ingest(sample_graph)
        # A rebuilt "seed" in which the quote is gone and the policy was renamed in the entities graph.
        G = build_sample().to_networkx()
        G.remove_node("quote/seed/0")
        G.nodes["policy/armed-foot-patrols"]["aliases"] = ["armed patrols"]
        store.ingest(G)
        assert store.query("ASK { ?q a kg:Quote }") is False
        aliases = store.query(
            "SELECT ?a WHERE { <%s> skos:altLabel ?a }" % node_iri("policy/armed-foot-patrols")
        ).rows
        assert aliases == [{"a": "armed patrols"}]
        # the other document's facts are untouched
        assert store.query("ASK { ?s kg:reportedBy ?o }") is True


def test_ingesting_a_build_s_nquads_file_equals_ingesting_its_graph(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    from kg.sinks.rdf import write

    write(sample_graph, tmp_path / "out", formats=("nq",))
    with Store() as from_graph, Store(tmp_path / "store") as from_file:
        want = from_graph.ingest(sample_graph)
        got = [from_file.ingest_file(tmp_path / "out" / "graph.nq") for _ in range(3)]
        assert [r.quads_total for r in got] == [want.quads_total] * 3, "idempotent, and the same quads"
        assert got[0].documents == want.documents and got[0].entities == want.entities
        query = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
        assert sorted(map(str, from_file.query(query).rows)) == sorted(map(str, from_graph.query(query).rows))


def test_a_file_that_is_not_kg_nquads_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "graph.nq"
    bad.write_text("<http://example.com/a> <http://example.com/p> \"x\" .\n", encoding="utf-8")
    with Store() as store, pytest.raises(StoreError, match="graph.nq:1: not an N-Quads line"):
        store.ingest_file(bad)


def test_ingesting_one_document_leaves_the_others(sample_graph: KnowledgeGraph, tmp_path: Path) -> None:
    other = KnowledgeGraph()
    other.add_document("third", source="third.txt", sha256="e" * 64)
    other.add_facts(DocumentFacts("third", nodes=[Node("person/jane-doe", "Person", "Jane Doe")]))
    with Store(tmp_path / "store") as store:
        store.ingest(sample_graph)
        store.ingest(other)
        assert len(store.documents()) == 3
        names = {r["n"] for r in store.query("SELECT ?n WHERE { ?p a kg:Person ; skos:prefLabel ?n }")}
        assert names == {"Sadiq Khan", "Stephen House", "Jane Doe"}


def test_add_graph_and_update(tmp_path: Path) -> None:
    from rdflib import Graph, Literal, URIRef

    g = Graph()
    g.add((URIRef("http://example.com/a"), URIRef("http://example.com/p"), Literal("x")))
    with Store(tmp_path / "s") as store:
        assert store.add_graph(g, graph_name="http://example.com/g") == 1
        assert store.count("http://example.com/g") == 1
        store.update("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert store.count() == 0
        with pytest.raises(StoreError, match="bad SPARQL update"):
            store.update("DELETE nonsense")


def test_bad_query_is_a_store_error_naming_the_problem() -> None:
    with Store() as store, pytest.raises(StoreError, match="bad SPARQL query"):
        store.query("SELECT WHERE")


@pytest.fixture(scope="module")
def loaded() -> Store:
    store = Store()
    store.ingest(build_sample())
    return store


def run(store: Store, name: str, **params: str) -> list[dict]:
    return store.query(shipped_queries()[name].bind(params)).rows


# Expected answers on the sample graph (the Cypher queries of the same names answer alike).
def test_said_about_policy(loaded: Store) -> None:
    rows = run(loaded, "said-about-policy", policy="Armed Foot Patrols")
    assert rows == [{
        "speaker": node_iri("person/sadiq-khan"), "speaker_name": "Sadiq Khan",
        "policy": node_iri("policy/armed-foot-patrols"), "policy_name": "armed foot patrols",
        "quote": node_iri("quote/seed/0"), "text": QUOTE_TEXT, "cue": "say",
        "doc": "seed", "published": "2017-06-05", "start": 1, "end": 57, "sentence": SAID_SENTENCE,
    }]
    assert run(loaded, "said-about-policy", policy="no such policy") == []
    assert len(run(loaded, "said-about-policy", policy="armed foot patrols", **{"from": "2017-06-05", "to": "2017-06-05"})) == 1
    assert run(loaded, "said-about-policy", policy="armed foot patrols", **{"from": "2017-06-06"}) == []
    assert len(run(loaded, "said-about-policy")) == 1


def test_oversight_chains(loaded: Store) -> None:
    rows = run(loaded, "oversight-chains", overseer="City Hall")
    assert [(r["overseen_name"], r["overseen_type"], r["hops"]) for r in rows] == [
        ("Mayor's Office for Policing and Crime", "Organisation", 1),
        ("Metropolitan Police Service", "Organisation", 2),
        ("armed foot patrols", "Policy", 3),
    ]
    assert len(run(loaded, "oversight-chains")) == 6  # 3 + 2 + 1 pairs along the chain
    assert [r["overseen_name"] for r in run(loaded, "oversight-chains", overseer="mopac")] == [
        "Metropolitan Police Service", "armed foot patrols"]
    assert [(r["overseer_name"], r["hops"]) for r in run(loaded, "oversight-chains", overseen="armed foot patrols")] == [
        ("City Hall", 3), ("Mayor's Office for Policing and Crime", 2), ("Metropolitan Police Service", 1)]


def test_statistics_with_source_sentence(loaded: Store) -> None:
    rows = run(loaded, "statistics", measure="SWEEPS", place="london")
    assert rows == [{
        "statistic": node_iri("stat/bulletin/4151-weapons-sweeps"), "name": "4,151 weapons sweeps",
        "value": 4151, "unit": "count", "measure": "weapons sweeps", "period": "since April", "place": "London",
        "reported_by": "Metropolitan Police Service", "doc": "bulletin", "sentence": STAT_SENTENCE,
    }]
    assert run(loaded, "statistics", measure="deaths") == []
    assert len(run(loaded, "statistics", organisation="the met")) == 1
    assert run(loaded, "statistics", organisation="City Hall") == []


def test_roles(loaded: Store) -> None:
    rows = run(loaded, "roles")
    assert [(r["person_name"], r["title"], r["organisation_name"], r["doc"]) for r in rows] == [
        ("Sadiq Khan", "Mayor of London", "City Hall", "seed"),
        ("Stephen House", "Assistant Commissioner", "Metropolitan Police Service", "bulletin"),
    ]
    assert rows[1]["sentence"] == ROLE_SENTENCE
    assert [r["person_name"] for r in run(loaded, "roles", organisation="the Met")] == ["Stephen House"]
    assert [r["title"] for r in run(loaded, "roles", person="khan")] == ["Mayor of London"]


def test_roles_include_titles_without_an_organisation() -> None:
    kg = KnowledgeGraph()
    kg.add_document("d", source="d.txt", sha256="f" * 64)
    kg.add_facts(DocumentFacts("d", nodes=[Node("person/ann-lee", "Person", "Ann Lee", titles={"Policing Minister"})]))
    with Store() as store:
        store.ingest(kg)
        rows = run(store, "roles")
    assert rows == [{"person": node_iri("person/ann-lee"), "person_name": "Ann Lee", "title": "Policing Minister"}]


def test_quotes(loaded: Store) -> None:
    rows = run(loaded, "quotes", speaker="London Mayor Sadiq Khan")
    assert [(r["text"], r["cue"], r["direct"]) for r in rows] == [(QUOTE_TEXT, "say", True)]


def test_parameters_cannot_change_the_query(loaded: Store) -> None:
    hostile = 'x" } } SELECT * WHERE { ?s ?p ?o } #'
    assert run(loaded, "said-about-policy", policy=hostile) == []
    echoed = loaded.query(bind_params("SELECT ?name WHERE { }", {"name": hostile})).rows
    assert echoed == [{"name": hostile}]  # the whole value arrived as one literal


def test_unknown_parameter_names_the_allowed_ones() -> None:
    with pytest.raises(ConfigError, match="its parameters: from, policy, to"):
        shipped_queries()["said-about-policy"].bind({"polcy": "x"})


def test_every_shipped_query_documents_itself() -> None:
    queries = shipped_queries()
    assert {"said-about-policy", "oversight-chains", "statistics", "roles"} <= set(queries)
    for q in queries.values():
        assert q.summary, q.name
        for param in q.params:
            assert f"?param_{param}" in q.text, (q.name, param)


def test_select_result_reads_sparql_json() -> None:
    data = {"head": {"vars": ["n", "x"]}, "results": {"bindings": [
        {"n": {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
         "x": {"type": "uri", "value": "http://e/x"}}]}}
    assert SelectResult.from_sparql_json(data).rows == [{"n": 3, "x": "http://e/x"}]


def test_large_builds_take_the_bulk_loader_and_stay_idempotent(sample_graph: KnowledgeGraph, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.store

    monkeypatch.setattr(kg.store, "BULK_THRESHOLD", 10)
    with Store(tmp_path / "bulk") as store:
        counts = [store.ingest(sample_graph).quads_total for _ in range(3)]
    with Store(tmp_path / "tx") as store:
        monkeypatch.setattr(kg.store, "BULK_THRESHOLD", 10**9)
        assert counts == [store.ingest(sample_graph).quads_total] * 3


def test_a_second_writer_is_refused_with_a_hint(tmp_path: Path) -> None:
    with Store(tmp_path / "s"):
        with pytest.raises(StoreError, match="another process"):
            Store(tmp_path / "s")
        with Store(tmp_path / "s", read_only=True) as reader:  # readers may still open it
            assert reader.count() == 0
