"""The SPARQL store and Neo4j give the same answers to the same ready-made question on the examples."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT
from kg.graph import KnowledgeGraph
from kg.sinks.neo4j import load, run_query
from kg.sinks.neo4j import shipped_queries as cypher_queries
from kg.store import Store
from kg.store import shipped_queries as sparql_queries

pytestmark = [pytest.mark.neo4j, pytest.mark.model]

# Written for this test: the examples hold no oversight sentence.
OVERSIGHT = (
    "The Independent Office for Police Conduct, which oversees the police complaints system, "
    "has launched an investigation into Kent Police.\n"
    "The London Assembly Police and Crime Committee scrutinises the Metropolitan Police Service, "
    "its chair Jane Doe said on Tuesday."
)

# Columns both query sets return; the rest (hops, free-text columns) may be computed differently.
COMPARED = {
    "roles": ("person", "title", "organisation", "doc", "sentence"),
    "quotes": ("speaker", "text", "cue", "doc", "start", "end"),
    "said-about-policy": ("speaker", "policy", "quote", "doc"),
    "statistics": ("statistic", "value", "unit", "measure", "period", "doc"),
    "oversight-chains": ("overseer", "overseen"),
}


@pytest.fixture(scope="module")
def both_stores(tmp_path_factory, nlp, neo4j_server):
    import kg

    extra = tmp_path_factory.mktemp("oversight") / "oversight.jsonl"
    extra.write_text(json.dumps({"id": "oversight-1", "text": OVERSIGHT}) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("stores-agree")
    result = kg.build([ROOT / "examples", extra], out=out, nlp=nlp)
    assert result.ok, result.failures
    graph = KnowledgeGraph.from_json(out)
    store = Store(tmp_path_factory.mktemp("store"))
    store.ingest(graph.to_networkx())
    with_neo = dict(uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password, database="neo4j")
    run_query("MATCH (n) DETACH DELETE n", uri=neo4j_server.uri, user=neo4j_server.user,
              password=neo4j_server.password, database="neo4j", write=True)
    load(graph.to_networkx(), **with_neo)
    yield store, with_neo
    store.close()


def _norm(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _rows(rows, columns):
    return sorted(
        {tuple(_norm(r.get(c)) for c in columns) for r in rows},
        key=lambda t: tuple("" if v is None else str(v) for v in t),
    )


@pytest.mark.parametrize("name", sorted(COMPARED))
def test_sparql_and_cypher_agree_on_the_examples(both_stores, name):
    store, neo = both_stores
    columns = COMPARED[name]
    sparql = sparql_queries()[name]
    cypher = cypher_queries()[name]
    from_store = store.query(sparql.bind({})).rows
    from_neo4j = run_query(cypher.text, cypher.parameters({}), **neo).rows
    assert from_store, f"{name} answers nothing on the examples"
    assert _rows(from_store, columns) == _rows(from_neo4j, columns)
