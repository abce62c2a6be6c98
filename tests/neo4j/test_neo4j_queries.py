"""The shipped Cypher queries answer the users' questions on a known graph."""
from __future__ import annotations

import pytest

from kg.errors import ConfigError, Neo4jError
from kg.sinks.neo4j import load, run_query, shipped_queries

pytestmark = pytest.mark.neo4j

EXPECTED_QUERIES = {"said-about-policy", "oversight-chains", "statistics", "roles", "quotes"}


@pytest.fixture
def loaded(neo4j_server, driver, empty_db, sample):
    load(sample.to_networkx(), uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password, database="neo4j")
    return neo4j_server


def run(server, name, **params):
    q = shipped_queries()[name]
    return run_query(q.text, q.parameters(params), uri=server.uri, user=server.user, password=server.password, database="neo4j")


def test_every_question_has_a_shipped_query_with_documented_parameters():
    queries = shipped_queries()
    assert set(queries) >= EXPECTED_QUERIES
    for q in queries.values():
        assert q.summary and q.params, q.name
        for name in q.params:
            assert f"${name}" in q.text, (q.name, name)


def test_who_said_what_about_a_policy(loaded):
    result = run(loaded, "said-about-policy", policy="ARMED FOOT PATROLS")
    assert [(r["speaker_name"], r["policy_name"], r["cue"], r["doc"]) for r in result] == [
        ("Sadiq Khan", "armed foot patrols", "said", "seed")
    ]
    assert result.rows[0]["text"].startswith("In April, we set up")
    assert result.rows[0]["sentence"].endswith("said London Mayor Sadiq Khan.")
    assert len(run(loaded, "said-about-policy", policy="stop and search")) == 0
    assert len(run(loaded, "said-about-policy")) == 1


def test_which_bodies_oversee_a_force(loaded):
    result = run(loaded, "oversight-chains", overseen="the Met")
    assert [(r["overseer_name"], r["overseen_name"], r["overseen_type"], r["hops"]) for r in result] == [
        ("Mayor's Office for Policing and Crime", "Metropolitan Police Service", "Organisation", 1),
        ("Sadiq Khan", "Metropolitan Police Service", "Organisation", 2),
    ]
    from_mayor = run(loaded, "oversight-chains", overseer="khan")
    assert [(r["overseen_name"], r["hops"]) for r in from_mayor] == [
        ("Mayor's Office for Policing and Crime", 1),
        ("Metropolitan Police Service", 2),
    ]


def test_statistics_reported_by_an_organisation_with_period_and_sentence(loaded):
    result = run(loaded, "statistics", organisation="ONS")
    assert [(r["name"], r["value"], r["period"], r["place"], r["reported_by"], r["doc"]) for r in result] == [
        ("7.1 million incidents", 7100000, "year ending June 2014", "England and Wales", "Office for National Statistics", "bulletin")
    ]
    assert result.rows[0]["sentence"] == "There were an estimated 7.1 million incidents of crime, the ONS reported."
    met = run(loaded, "statistics", organisation="Metropolitan Police Service", measure="sweeps", place="london")
    assert [(r["value"], r["unit"], r["period"], r["reported_by"]) for r in met] == [(4151, "count", "since April", "Metropolitan Police Service")]
    assert met.rows[0]["sentence"] == "Officers made 4,151 weapons sweeps since April, the Met said."
    assert len(run(loaded, "statistics")) == 2
    assert len(run(loaded, "statistics", measure="homicides")) == 0


def test_people_and_their_roles(loaded):
    result = run(loaded, "roles")
    assert [(r["person_name"], r["title"], r["organisation_name"], r["doc"]) for r in result] == [
        ("Sadiq Khan", "Mayor of London", None, None),
        ("Stephen House", "Assistant Commissioner", "Metropolitan Police Service", "seed"),
    ]
    assert [r["person_name"] for r in run(loaded, "roles", organisation="scotland yard")] == ["Stephen House"]


def test_quotes_by_speaker(loaded):
    result = run(loaded, "quotes", speaker="London Mayor Sadiq Khan")
    assert [(r["speaker_name"], r["cue"], r["direct"], r["start"], r["end"]) for r in result] == [("Sadiq Khan", "said", True, 0, 82)]


def test_parameters_are_checked_and_values_never_change_the_query(loaded):
    with pytest.raises(ConfigError, match="no parameter nope"):
        shipped_queries()["roles"].parameters({"nope": "x"})
    hostile = "x'}) MATCH (n) DETACH DELETE n //"
    assert len(run(loaded, "roles", person=hostile)) == 0
    assert len(run(loaded, "roles")) == 2


def test_arbitrary_cypher_is_read_only_unless_asked(loaded):
    with pytest.raises(Neo4jError, match="--write"):
        run_query("CREATE (:Person {uri: 'x'})", uri=loaded.uri, user=loaded.user, password=loaded.password, database="neo4j")
    res = run_query(
        "MATCH (p:Person) WHERE p.name = $name RETURN p AS person, [(p)-[r]->() | r][0] AS rel",
        {"name": "Stephen House"},
        uri=loaded.uri, user=loaded.user, password=loaded.password, database="neo4j",
    )
    assert res.columns == ["person", "rel"]
    assert res.rows[0]["person"]["labels"] == ["Person"] and res.rows[0]["person"]["name"] == "Stephen House"
    assert res.rows[0]["rel"]["type"] in {"HOLDS_ROLE", "DERIVED_FROM"}
