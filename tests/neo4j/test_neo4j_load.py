"""Loading the hub graph into a real Neo4j: counts, idempotence, shared entities, hostile text."""
from __future__ import annotations

import json

import pytest

from conftest import HOSTILE, db_counts, db_dump, expected_provenance, sample_graph
from kg.errors import ConfigError, Neo4jError
from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Mention, Node
from kg.ontology import node_iri
from kg.sinks.neo4j import PROVENANCE_TYPE, load, load_file

pytestmark = pytest.mark.neo4j


def _load(server, graph, **kw):
    return load(graph, uri=server.uri, user=server.user, password=server.password, database="neo4j", **kw)


def test_counts_per_label_and_type_equal_the_graph(neo4j_server, driver, empty_db, sample):
    G = sample.to_networkx()
    report = _load(neo4j_server, G, batch_size=3)  # small batches: several per statement
    expected = sample.counts()
    got = db_counts(driver)
    assert got["nodes"] == expected["nodes"]
    assert {t: n for t, n in got["links"].items() if t != PROVENANCE_TYPE} == expected["links"]
    assert got["links"][PROVENANCE_TYPE] == expected_provenance(G)
    assert report.nodes == expected["nodes"]
    assert report.nodes_created == G.number_of_nodes()
    assert report.relationships_created == G.number_of_edges() + expected_provenance(G)


def test_nodes_carry_uri_name_aliases_and_type_fields(neo4j_server, driver, empty_db, sample):
    _load(neo4j_server, sample.to_networkx())
    rec = driver.execute_query(
        "MATCH (p:Person {uri: $uri}) RETURN properties(p) AS p", uri=node_iri("person/sadiq-khan"), database_="neo4j"
    ).records[0]["p"]
    assert rec["uri"] == "https://kg.example.org/id/person/sadiq-khan"
    assert rec["id"] == "person/sadiq-khan"
    assert rec["name"] == "Sadiq Khan"
    assert sorted(rec["aliases"]) == ["Khan", "London Mayor Sadiq Khan"]
    assert rec["titles"] == ["Mayor of London"]
    assert [json.loads(m) for m in rec["mentions"]] == [{"doc": "seed", "start": 80, "end": 90}]
    stat = driver.execute_query(
        "MATCH (s:Statistic {id: 'stat/bulletin/7-1-million-incidents'}) RETURN properties(s) AS s", database_="neo4j"
    ).records[0]["s"]
    assert (stat["value"], stat["unit"], stat["period"], stat["place"]) == (7100000, "count", "year ending June 2014", "England and Wales")
    met = driver.execute_query(
        "MATCH (o:Organisation {id: 'org/metropolitan-police-service'}) RETURN o.merged AS merged", database_="neo4j"
    ).records[0]
    assert json.loads(met["merged"]) == {"the Met": "alias list"}


def test_relationships_carry_provenance_and_key(neo4j_server, driver, empty_db, sample):
    G = sample.to_networkx()
    _load(neo4j_server, G)
    (key, attrs), = [(k, d) for u, v, k, d in G.edges(keys=True, data=True) if d["type"] == "SAID"]
    r = driver.execute_query(
        "MATCH (:Person {id: 'person/sadiq-khan'})-[r:SAID]->(q:Quote) RETURN properties(r) AS r", database_="neo4j"
    ).records[0]["r"]
    assert r == {"key": key, "doc": "seed", "start": 0, "end": 82, "sentence": attrs["sentence"], "cue": "said", "direct": True}
    title = driver.execute_query("MATCH ()-[r:HOLDS_ROLE]->() RETURN r.title AS t", database_="neo4j").records[0]["t"]
    assert title == "Assistant Commissioner"


def test_documents_supporting_a_fact_are_one_hop_away(neo4j_server, driver, empty_db, sample):
    _load(neo4j_server, sample.to_networkx())
    docs = driver.execute_query(
        "MATCH (:Organisation {name: 'Metropolitan Police Service'})-[:DERIVED_FROM]->(d:Document) RETURN d.doc AS doc, d.title AS title",
        database_="neo4j",
    ).records
    assert [(r["doc"], r["title"]) for r in docs] == [("seed", "Taskforce update")]
    # And from a relationship's own provenance: its doc property names the Document node.
    rows = driver.execute_query(
        "MATCH ()-[r:REPORTED_BY]->(:Organisation {name: 'Office for National Statistics'}) "
        "MATCH (d:Document {doc: r.doc}) RETURN d.source AS source",
        database_="neo4j",
    ).records
    assert [r["source"] for r in rows] == ["bulletins/q2.txt"]


def test_second_load_changes_nothing(neo4j_server, driver, empty_db, sample):
    G = sample.to_networkx()
    _load(neo4j_server, G)
    before = db_dump(driver)
    report = _load(neo4j_server, G, batch_size=2)
    assert (report.nodes_created, report.relationships_created) == (0, 0)
    assert db_dump(driver) == before


def test_two_builds_sharing_entities_leave_no_duplicates(neo4j_server, driver, empty_db, sample):
    _load(neo4j_server, sample.to_networkx())
    other = KnowledgeGraph()
    other.add_document("later", source="later.txt", sha256="ef" * 32)
    other.add_facts(
        DocumentFacts(
            "later",
            nodes=[
                Node("person/sadiq-khan", "Person", "Sadiq Khan", aliases={"Mayor Khan"}, mentions=[Mention("later", 5, 15)]),
                Node("org/metropolitan-police-service", "Organisation", "Metropolitan Police Service", aliases={"the Met"}),
            ],
            links=[Link("person/sadiq-khan", "org/metropolitan-police-service", "OVERSEES", "later", 0, 40, "Khan oversees the Met.")],
        )
    )
    _load(neo4j_server, other.to_networkx())
    _load(neo4j_server, sample.to_networkx())
    rows = driver.execute_query(
        "MATCH (p:Person {uri: $uri}) RETURN p.aliases AS aliases, p.mentions AS mentions, count(*) AS n",
        uri=node_iri("person/sadiq-khan"),
        database_="neo4j",
    ).records
    assert len(rows) == 1 and rows[0]["n"] == 1
    assert sorted(rows[0]["aliases"]) == ["Khan", "London Mayor Sadiq Khan", "Mayor Khan"]
    assert {json.loads(m)["doc"] for m in rows[0]["mentions"]} == {"seed", "later"}
    counts = db_counts(driver)
    merged = KnowledgeGraph.merge([sample_graph(), other]).counts()
    assert counts["nodes"] == merged["nodes"]
    assert {t: n for t, n in counts["links"].items() if t != PROVENANCE_TYPE} == merged["links"]
    uris = driver.execute_query("MATCH (n) RETURN n.uri AS u", database_="neo4j").records
    assert len(uris) == len({r["u"] for r in uris})


def test_cypher_like_and_quote_characters_load_verbatim(neo4j_server, driver, empty_db, sample):
    _load(neo4j_server, sample.to_networkx())
    before = db_counts(driver)
    kg = KnowledgeGraph()
    kg.add_document(HOSTILE, source=f"evil/{HOSTILE}.txt", sha256="00" * 32, title=HOSTILE)
    kg.add_facts(
        DocumentFacts(
            HOSTILE,
            nodes=[
                Node("person/o-brien", "Person", f"O'Brien {HOSTILE}", aliases={'"The" `Boss`'}, mentions=[Mention(HOSTILE, 0, 7)]),
                Node("quote/evil/1", "Quote", props={"text": HOSTILE}),
            ],
            links=[Link("person/o-brien", "quote/evil/1", "SAID", HOSTILE, 0, 60, HOSTILE, props={"cue": HOSTILE, "direct": False})],
        )
    )
    _load(neo4j_server, kg.to_networkx())
    q = driver.execute_query(
        "MATCH (p:Person {id: 'person/o-brien'})-[r:SAID]->(q:Quote) "
        "RETURN p.name AS name, p.aliases AS aliases, q.text AS text, r.sentence AS sentence, r.cue AS cue, r.doc AS doc",
        database_="neo4j",
    ).records
    assert len(q) == 1
    rec = q[0]
    assert rec["name"] == f"O'Brien {HOSTILE}"
    assert rec["aliases"] == ['"The" `Boss`']
    assert rec["text"] == rec["sentence"] == rec["cue"] == rec["doc"] == HOSTILE
    doc = driver.execute_query("MATCH (d:Document {doc: $doc}) RETURN d.title AS t, d.source AS s", doc=HOSTILE, database_="neo4j").records
    assert [(r["t"], r["s"]) for r in doc] == [(HOSTILE, f"evil/{HOSTILE}.txt")]
    after = db_counts(driver)
    assert after["nodes"]["Person"] == before["nodes"]["Person"] + 1  # nothing was deleted by the text


def test_constraints_on_uri_exist_for_every_label(neo4j_server, driver, empty_db, sample):
    _load(neo4j_server, sample.to_networkx())
    rows = driver.execute_query("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties", database_="neo4j").records
    unique_uri = {r["labelsOrTypes"][0] for r in rows if r["type"] == "UNIQUENESS" and r["properties"] == ["uri"]}
    assert unique_uri >= {"Person", "Organisation", "Policy", "Statistic", "Place", "Quote", "Document"}
    with pytest.raises(Exception):
        driver.execute_query("CREATE (:Person {uri: $u})", u=node_iri("person/sadiq-khan"), database_="neo4j")


def test_link_type_outside_the_closed_list_is_refused_before_any_write(neo4j_server, driver, empty_db):
    kg = KnowledgeGraph()
    kg.add_document("d", source="d.txt", sha256="1" * 64)
    G = kg.to_networkx()
    G.add_node("person/a", type="Person", name="A")
    G.add_edge("person/a", "doc/d", key="k", type="SAID]->() DETACH DELETE n //", doc="d")
    with pytest.raises(Neo4jError, match="closed|come only from"):
        _load(neo4j_server, G)
    G.remove_edge("person/a", "doc/d", key="k")
    G.nodes["person/a"]["type"] = "Person:Admin"
    with pytest.raises(Neo4jError, match="labels come only from"):
        _load(neo4j_server, G)
    assert db_counts(driver)["nodes"] == {}


def test_bad_batch_size_and_wrong_password_are_clear_errors(neo4j_server, sample):
    with pytest.raises(ConfigError, match="batch size"):
        _load(neo4j_server, sample.to_networkx(), batch_size=0)
    wrong = "not-the-password-" + "x" * 8
    with pytest.raises(Neo4jError) as err:
        load(sample.to_networkx(), uri=neo4j_server.uri, user="neo4j", password=wrong)
    assert "refused" in str(err.value) and wrong not in str(err.value)
    with pytest.raises(Neo4jError, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        load(sample.to_networkx(), uri="bolt://127.0.0.1:1", user=None, password=None)
    with pytest.raises(ConfigError) as err:
        load(sample.to_networkx(), uri="bolt://user:s3cret-pw@127.0.0.1:1", user=None, password=None)
    assert "s3cret-pw" not in str(err.value)


def test_load_accepts_a_knowledge_graph_read_back_from_graph_json(neo4j_server, driver, empty_db, sample, tmp_path):
    sample.write_json(tmp_path / "graph.json")
    again = KnowledgeGraph.from_json(tmp_path)
    _load(neo4j_server, again)
    assert db_counts(driver)["nodes"] == sample.counts()["nodes"]


def test_iri_base_matches_the_rdf_side(neo4j_server, driver, empty_db, sample):
    base = "http://example.com/kg/"
    _load(neo4j_server, sample.to_networkx(), base=base)
    uris = {r["u"] for r in driver.execute_query("MATCH (n) RETURN n.uri AS u", database_="neo4j").records}
    assert node_iri("person/sadiq-khan", base) in uris
    assert all(u.startswith(base) for u in uris)


def _load_file(server, path, **kw):
    return load_file(path, uri=server.uri, user=server.user, password=server.password, database="neo4j", **kw)


def test_streamed_file_load_leaves_the_same_database_as_the_graph_load(neo4j_server, driver, empty_db, sample, tmp_path):
    G = sample.to_networkx()
    _load(neo4j_server, G)
    want = db_dump(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    sample.write_json(tmp_path / "graph.json")
    report = _load_file(neo4j_server, tmp_path, batch_size=2)  # a folder, and many small batches
    assert db_dump(driver) == want
    assert report.nodes == sample.counts()["nodes"]
    assert report.nodes_created == G.number_of_nodes()
    assert report.relationships_created == G.number_of_edges() + expected_provenance(G)
    again = _load_file(neo4j_server, tmp_path / "graph.json")
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert db_dump(driver) == want


def test_streamed_file_load_refuses_a_bad_type_before_any_write(neo4j_server, driver, empty_db, sample, tmp_path):
    data = sample.node_link_data()
    data["links"][-1]["type"] = "SAID]->() DETACH DELETE n //"
    (tmp_path / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Neo4jError, match="come only from"):
        _load_file(neo4j_server, tmp_path)
    data = sample.node_link_data()
    data["links"][-1]["target"] = "unknown-node"
    (tmp_path / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Neo4jError, match="which is not a node"):
        _load_file(neo4j_server, tmp_path)
    data = sample.node_link_data()
    data["links"][-1]["cue-word"] = "said"  # not a plain identifier: refused before the first node is written
    (tmp_path / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Neo4jError, match="not a plain identifier"):
        _load_file(neo4j_server, tmp_path)
    (tmp_path / "graph.json").write_text(json.dumps(sample.node_link_data())[:-40], encoding="utf-8")
    with pytest.raises(Neo4jError, match="not a readable graph.json"):
        _load_file(neo4j_server, tmp_path)
    assert db_counts(driver)["nodes"] == {}


def test_a_graph_json_not_laid_out_by_kg_loads_as_the_graph_would(neo4j_server, driver, empty_db, sample, tmp_path):
    """Links without keys and ids without a type prefix: load_file falls back to loading the graph whole."""
    data = sample.node_link_data()
    for link in data["links"]:
        link.pop("key", None)
    (tmp_path / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    G = KnowledgeGraph.from_json(tmp_path).to_networkx()
    _load(neo4j_server, G)
    want = db_dump(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    _load_file(neo4j_server, tmp_path)
    assert db_dump(driver) == want


def test_announcement_status_is_a_relationship_property(neo4j_server, driver, empty_db):
    g = KnowledgeGraph()
    g.add_document("plans", source="plans.txt", sha256="12" * 32)
    g.add_facts(DocumentFacts(
        "plans",
        nodes=[Node("org/home-office", "Organisation", "Home Office"),
               Node("policy/armed-foot-patrols", "Policy", "armed foot patrols"),
               Node("policy/safer-streets-fund", "Policy", "Safer Streets Fund")],
        links=[Link("org/home-office", "policy/armed-foot-patrols", "ANNOUNCED", "plans", 0, 50,
                    "The Home Office is considering armed foot patrols.", props={"cue": "consider", "status": "considered"}),
               Link("org/home-office", "policy/safer-streets-fund", "ANNOUNCED", "plans", 51, 90,
                    "It launched the Safer Streets Fund.", props={"cue": "launch", "status": "announced"})],
    ))
    _load(neo4j_server, g.to_networkx())
    rows = driver.execute_query(
        "MATCH (:Organisation)-[r:ANNOUNCED]->(p:Policy) RETURN p.name AS policy, r.status AS status, r.cue AS cue",
        database_="neo4j").records
    assert {(r["policy"], r["status"], r["cue"]) for r in rows} == {
        ("armed foot patrols", "considered", "consider"), ("Safer Streets Fund", "announced", "launch")}
