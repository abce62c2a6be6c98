"""`kg load neo4j` and `kg query cypher` as a user runs them (the real `kg` executable, a real server)."""
from __future__ import annotations

import csv
import io
import json
import subprocess

import pytest

from conftest import db_counts

pytestmark = pytest.mark.neo4j


def kg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["kg", *args], env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def build_dir(sample, tmp_path):
    sample.write_json(tmp_path / "graph.json")
    return tmp_path


def test_load_a_build_then_query_it_by_name(neo4j_server, driver, empty_db, build_dir, sample):
    env = neo4j_server.env()
    first = kg("load", "neo4j", str(build_dir), "--batch-size", "4", env=env)
    assert first.returncode == 0, first.stderr
    total = sample.to_networkx().number_of_nodes()
    held = db_counts(driver)
    assert held["nodes"] == sample.counts()["nodes"]
    # what the command reports is what the database holds, per type too (DERIVED_FROM rows sent twice count once)
    assert f"the database now holds {total} nodes and {sum(held['links'].values())} relationships" in first.stdout
    for rel_type, n in held["links"].items():
        assert f"  {rel_type:<14} {n}\n" in first.stdout
    again = kg("load", "neo4j", str(build_dir), "--json", env=env)
    report = json.loads(again.stdout)
    assert (report["nodes_created"], report["relationships_created"]) == (0, 0)

    out = kg("query", "cypher", "--name", "said-about-policy", "--param", "policy=armed foot patrols", "--format", "json", env=env)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [(r["speaker_name"], r["policy_name"]) for r in rows] == [("Sadiq Khan", "armed foot patrols")]

    out = kg("query", "cypher", "--name", "roles", "--format", "csv", env=env)
    table = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [(r["person_name"], r["title"]) for r in table] == [("Sadiq Khan", "Mayor of London"), ("Stephen House", "Assistant Commissioner")]

    out = kg("query", "cypher", "--name", "statistics", "--param", "organisation=ONS", env=neo4j_server.env(COLUMNS="400"))
    assert out.returncode == 0 and "7.1 million incidents" in out.stdout and "1 row" in out.stdout
    for stream in (first.stdout, first.stderr, again.stdout, out.stdout, out.stderr):
        assert neo4j_server.password not in stream


def test_free_cypher_with_typed_and_string_parameters(neo4j_server, empty_db, build_dir):
    env = neo4j_server.env()
    assert kg("load", "neo4j", str(build_dir), env=env).returncode == 0
    out = kg(
        "query", "cypher", "MATCH (s:Statistic) WHERE s.value > $min RETURN s.name AS name, $label AS label",
        "--param", "min:=5000", "--param", "label=big", "--format", "json", env=env,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [{"name": "7.1 million incidents", "label": "big"}]


def test_flags_override_the_environment_and_errors_are_one_line(neo4j_server, build_dir):
    env = neo4j_server.env(NEO4J_URI="bolt://127.0.0.1:1")
    out = kg("query", "cypher", "RETURN 1 AS one", "--uri", neo4j_server.uri, "--format", "csv", env=env)
    assert out.returncode == 0 and out.stdout.splitlines() == ["one", "1"]
    bad = kg("query", "cypher", "RETURN 1", env=env)
    assert bad.returncode == 1
    assert bad.stderr.startswith("kg query cypher: cannot reach Neo4j at bolt://127.0.0.1:1") and bad.stderr.count("\n") == 1
    wrong = kg("load", "neo4j", str(build_dir), env=neo4j_server.env(NEO4J_PASSWORD="wrong-password-123"))
    assert wrong.returncode == 1 and "refused" in wrong.stderr and "wrong-password-123" not in wrong.stderr
    write = kg("query", "cypher", "CREATE (:Person {uri: 'x'})", env=neo4j_server.env())
    assert write.returncode == 1 and "--write" in write.stderr


def test_usage_errors_exit_2(neo4j_server, tmp_path):
    env = neo4j_server.env()
    assert kg("query", "cypher", "--name", "no-such-query", env=env).returncode == 2
    assert kg("query", "cypher", "--name", "roles", "--param", "nope=1", env=env).returncode == 2
    assert kg("query", "cypher", "RETURN 1", "--format", "xml", env=env).returncode == 2
    assert kg("query", "cypher", "RETURN 1", "--param", "novalue", env=env).returncode == 2
    no_uri = {k: v for k, v in env.items() if k != "NEO4J_URI"}
    assert kg("query", "cypher", "RETURN 1", env=no_uri).returncode == 2
    missing = kg("load", "neo4j", str(tmp_path / "nothing"), env=env)
    assert missing.returncode == 1 and "graph.json" in missing.stderr


def test_list_and_help_show_examples():
    env = {k: v for k, v in __import__("os").environ.items()}
    listing = kg("query", "cypher", "--list", env=env)
    assert listing.returncode == 0
    for name in ("said-about-policy", "oversight-chains", "statistics", "roles", "quotes"):
        assert f"{name}:" in listing.stdout
    for args in (("load", "neo4j", "--help"), ("query", "cypher", "--help")):
        out = kg(*args, env=env)
        assert out.returncode == 0 and "Example" in out.stdout
