"""The repository's examples, built by the real pipeline, in a real Neo4j: counts, idempotence, queries, verbatim text."""
from __future__ import annotations

import json
from collections import defaultdict

import networkx as nx
import pytest

from conftest import HOSTILE, ROOT, db_counts, db_dump, expected_provenance
from kg.graph import KnowledgeGraph
from kg.ontology import node_iri
from kg.sinks.neo4j import PROVENANCE_TYPE, load, load_file, node_rows, relationship_rows, run_query, shipped_queries

pytestmark = [pytest.mark.neo4j, pytest.mark.model]

HOSTILE_TITLE = "Chief's \"update\" `x` '}) MATCH (n) DETACH DELETE n //"
HOSTILE_TEXT = (
    "Chief Constable Jane Porter of the West Yorkshire Police said: "
    f"\"{HOSTILE.splitlines()[0]} is not how we answer questions about stop and search.\"\n\n"
    "Officers made 1,204 arrests in Leeds in the year to March 2024, West Yorkshire Police said."
)


@pytest.fixture(scope="module")
def examples_build(tmp_path_factory, nlp):
    import kg

    extra = tmp_path_factory.mktemp("hostile-input") / "hostile.jsonl"
    extra.write_text(json.dumps({"id": "hostile-1", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT}) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("examples-build")
    result = kg.build([ROOT / "examples", extra], out=out, nlp=nlp)
    assert result.ok, result.failures
    return out


@pytest.fixture
def examples_graph(examples_build):
    return KnowledgeGraph.from_json(examples_build)


@pytest.fixture
def loaded(neo4j_server, driver, empty_db, examples_graph):
    load(examples_graph, uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password, database="neo4j")
    return neo4j_server


def _query(server, name, **params):
    q = shipped_queries()[name]
    return run_query(q.text, q.parameters(params), uri=server.uri, user=server.user, password=server.password, database="neo4j")


def test_counts_per_label_and_type_equal_graph_json(loaded, driver, examples_build):
    data = json.loads((examples_build / "graph.json").read_text(encoding="utf-8"))
    labels: dict[str, int] = defaultdict(int)
    types: dict[str, int] = defaultdict(int)
    for n in data["nodes"]:
        labels[n["type"]] += 1
    for link in data["links"]:
        types[link["type"]] += 1
    got = db_counts(driver)
    assert got["nodes"] == dict(sorted(labels.items()))
    assert {t: n for t, n in got["links"].items() if t != PROVENANCE_TYPE} == dict(sorted(types.items()))
    G = KnowledgeGraph.from_json(examples_build).to_networkx()
    assert got["links"][PROVENANCE_TYPE] == expected_provenance(G)
    assert {"Person", "Organisation", "Statistic", "Document"} <= set(labels)


def test_second_load_changes_nothing(loaded, driver, examples_graph):
    before = db_dump(driver)
    report = load(examples_graph, uri=loaded.uri, user=loaded.user, password=loaded.password, database="neo4j", batch_size=7)
    assert (report.nodes_created, report.relationships_created) == (0, 0)
    assert db_dump(driver) == before


def test_every_property_is_stored_verbatim(loaded, driver, examples_graph):
    """Every node and relationship property in Neo4j equals graph.json's value (maps and mentions as JSON)."""
    G = examples_graph.to_networkx()
    want_nodes = {}
    for rows in node_rows(G).values():
        for row in rows:
            props = dict(row["props"])
            props.update({k: row[k] for k in ("aliases", "titles", "mentions") if row[k] is not None})
            want_nodes[row["uri"]] = props
    got_nodes = {
        r["p"]["uri"]: r["p"] for r in driver.execute_query("MATCH (n) RETURN properties(n) AS p", database_="neo4j").records
    }
    assert got_nodes == want_nodes
    want_rels = {(row["key"]): row["props"] for rows in relationship_rows(G).values() for row in rows if "key" in row["props"]}
    got_rels = {
        r["p"]["key"]: r["p"]
        for r in driver.execute_query("MATCH ()-[r]->() WHERE type(r) <> $p RETURN properties(r) AS p", p=PROVENANCE_TYPE, database_="neo4j").records
    }
    assert got_rels == want_rels


def test_hostile_document_loads_verbatim_and_deletes_nothing(loaded, driver, examples_graph):
    doc = driver.execute_query(
        "MATCH (d:Document {doc: 'hostile-1'}) RETURN d.title AS title, d.uri AS uri", database_="neo4j"
    ).records
    assert [(r["title"], r["uri"]) for r in doc] == [(HOSTILE_TITLE, node_iri("doc/hostile-1"))]
    # Whatever the pipeline read from the hostile text (sentences, quotes) sits in Neo4j character for character.
    G = examples_graph.to_networkx()
    sentences = sorted({d["sentence"] for _, _, d in G.edges(data=True) if d.get("doc") == "hostile-1" and d.get("sentence")})
    got = sorted({
        r["s"] for r in driver.execute_query(
            "MATCH ()-[r {doc: 'hostile-1'}]->() WHERE r.sentence IS NOT NULL RETURN DISTINCT r.sentence AS s", database_="neo4j"
        ).records
    })
    assert got == sentences
    assert any("DETACH DELETE" in s for s in sentences), "the pipeline should read the quoted sentence"
    assert db_counts(driver)["nodes"]["Document"] == sum(1 for _, t in G.nodes(data="type") if t == "Document")


def test_said_about_policy_matches_the_graph(loaded, examples_graph):
    G = examples_graph.to_networkx()
    expected = set()
    for speaker, quote, d in G.edges(data=True):
        if d["type"] != "SAID":
            continue
        for _, policy, m in G.out_edges(quote, data=True):
            if m["type"] == "MENTIONS" and G.nodes[policy]["type"] == "Policy":
                expected.add((G.nodes[speaker]["name"], G.nodes[policy]["name"], G.nodes[quote]["text"], d["doc"], d.get("start")))
    rows = _query(loaded, "said-about-policy")
    assert {(r["speaker_name"], r["policy_name"], r["text"], r["doc"], r["start"]) for r in rows} == expected
    assert expected, "the examples hold at least one quote about a policy"
    psn = _query(loaded, "said-about-policy", policy="project safe neighborhoods")
    assert {r["policy_name"] for r in psn} == {"Project Safe Neighborhoods"}


def test_oversight_chains_match_the_graph(loaded, examples_graph):
    G = examples_graph.to_networkx()
    oversees = nx.DiGraph((u, v) for u, v, t in G.edges(data="type") if t == "OVERSEES")
    expected = {
        (G.nodes[a]["name"], G.nodes[b]["name"], nx.shortest_path_length(oversees, a, b))
        for a in oversees for b in nx.descendants(oversees, a) if a != b
    }
    rows = _query(loaded, "oversight-chains")
    assert {(r["overseer_name"], r["overseen_name"], r["hops"]) for r in rows} == expected
    for a, b, _ in expected:
        assert any(r["overseer_name"] == a for r in _query(loaded, "oversight-chains", overseen=b))


def test_statistics_match_the_graph(loaded, examples_graph):
    G = examples_graph.to_networkx()
    stats = {n: a for n, a in G.nodes(data=True) if a["type"] == "Statistic"}
    rows = _query(loaded, "statistics")
    assert {r["statistic"] for r in rows} == {node_iri(n) for n in stats}
    for r in rows:
        a = stats[r["statistic"].removeprefix("https://kg.example.org/id/")]
        assert (r["value"], r["unit"], r["period"]) == (a.get("value"), a.get("unit"), a.get("period"))
        reporters = sorted(G.nodes[v]["name"] for _, v, t in G.out_edges(r["statistic"].removeprefix("https://kg.example.org/id/"), data="type") if t == "REPORTED_BY")
        assert r["reported_by"] == (reporters[0] if reporters else a.get("source"))
    by_org = defaultdict(set)
    for s in stats:
        for _, v, t in G.out_edges(s, data="type"):
            if t == "REPORTED_BY":
                by_org[G.nodes[v]["name"]].add(node_iri(s))
    assert by_org, "the examples hold statistics reported by an organisation"
    for org, expected in by_org.items():
        got = _query(loaded, "statistics", organisation=org)
        assert {r["statistic"] for r in got} >= expected
        assert all(r["sentence"] for r in got if r["statistic"] in expected)


def test_roles_match_the_graph(loaded, examples_graph):
    G = examples_graph.to_networkx()
    expected = {
        (G.nodes[u]["name"], d.get("title"), G.nodes[v]["name"], d["doc"]) for u, v, d in G.edges(data=True) if d["type"] == "HOLDS_ROLE"
    }
    rows = _query(loaded, "roles")
    assert {(r["person_name"], r["title"], r["organisation_name"], r["doc"]) for r in rows if r["organisation"]} == expected
    with_org = {(p, t) for p, t, _, _ in expected}
    bare = {(a["name"], t) for _, a in G.nodes(data=True) if a["type"] == "Person" for t in a.get("titles") or []}
    assert {(r["person_name"], r["title"]) for r in rows if not r["organisation"]} == {
        (p, t) for p, t in bare if (p, t) not in with_org
    }
    assert expected, "the examples hold at least one person with a role in an organisation"


def test_kg_build_with_neo4j_loads_what_it_built(neo4j_server, driver, empty_db, tmp_path):
    import subprocess

    out = tmp_path / "out"
    proc = subprocess.run(
        ["kg", "build", str(ROOT / "examples" / "home-office-synthetic-opioids-2023.html"), "--out", str(out), "-q",
         "--neo4j", neo4j_server.uri],
        env=neo4j_server.env(), capture_output=True, text=True, timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "loaded into Neo4j" in proc.stderr + proc.stdout
    assert neo4j_server.password not in proc.stderr + proc.stdout
    expected = KnowledgeGraph.from_json(out).counts()
    got = db_counts(driver)
    assert got["nodes"] == expected["nodes"]
    assert {t: n for t, n in got["links"].items() if t != PROVENANCE_TYPE} == expected["links"]


def test_streamed_build_file_loads_the_same_as_the_graph(neo4j_server, driver, empty_db, examples_build, examples_graph):
    """kg build's own graph.json (entities first, then document by document), read a node or link at a time."""
    conn = dict(uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password, database="neo4j")
    load(examples_graph, **conn)
    want = db_dump(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    report = load_file(examples_build / "graph.json", batch_size=7, **conn)
    assert db_dump(driver) == want
    G = examples_graph.to_networkx()
    assert report.relationships_created == G.number_of_edges() + expected_provenance(G)
