"""Idempotence: the same corpus ingested three times into the Oxigraph store and into Neo4j gives
identical counts of nodes, links and triples (and the counts the build itself reports)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, db_counts, expected_provenance, kg_env, run_kg

from kg.graph import KnowledgeGraph


@pytest.fixture
def build_dir(examples_build: Path, tmp_path: Path) -> Path:
    """A copy of a finished build of examples/, so `kg build --resume` re-uses its facts (no NLP again)."""
    out = tmp_path / "out"
    shutil.copytree(examples_build, out)
    return out


def _store_state(path: Path) -> dict:
    from kg.store import Store

    with Store(path, read_only=True) as st:
        per_graph = {g: st.count(g) for g in st.documents()}
        typed = st.query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t }")
        n_typed = [int(r["n"]) if not hasattr(r["n"], "value") else int(r["n"].value) for r in typed][0]
        return {"quads": st.count(), "graphs": per_graph, "typed_subjects": n_typed}


def test_three_builds_into_the_store_give_the_same_triples(build_dir: Path, tmp_path: Path):
    store = tmp_path / "store"
    states = []
    for _ in range(3):
        proc = run_kg("build", str(EXAMPLES), "--out", str(build_dir), "--resume", "--quiet", "--store", str(store))
        assert proc.returncode == 0, proc.stderr
        states.append(_store_state(store))
    assert states[0]["quads"] > 0
    assert states[0] == states[1] == states[2]
    documents = json.loads((build_dir / "summary.json").read_text(encoding="utf-8"))["documents"]
    assert len(states[0]["graphs"]) == documents  # one named graph per document, never a second copy


def _neo4j_state(driver) -> dict:
    uris = [r["u"] for r in driver.execute_query("MATCH (n) RETURN n.uri AS u", database_="neo4j").records]
    keys = [r["k"] for r in driver.execute_query("MATCH ()-[r]->() RETURN r.key AS k", database_="neo4j").records]
    return {"counts": db_counts(driver), "uris": sorted(uris), "keys": sorted(keys)}


def test_three_loads_into_neo4j_give_the_same_graph(build_dir: Path, neo4j_server, driver):
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    env = neo4j_server.env()
    first = run_kg("build", str(EXAMPLES), "--out", str(build_dir), "--resume", "--quiet", "--neo4j", neo4j_server.uri, env=env)
    assert first.returncode == 0, first.stderr
    states = [_neo4j_state(driver)]
    for _ in range(2):
        again = run_kg("load", "neo4j", str(build_dir), env=env)
        assert again.returncode == 0, again.stderr
        states.append(_neo4j_state(driver))
    assert states[0] == states[1] == states[2]
    assert len(states[0]["uris"]) == len(set(states[0]["uris"]))
    assert len(states[0]["keys"]) == len(set(states[0]["keys"]))
    kg = KnowledgeGraph.from_json(build_dir)
    counts = kg.counts()
    assert states[0]["counts"]["nodes"] == counts["nodes"]
    links = dict(counts["links"])
    links["DERIVED_FROM"] = expected_provenance(kg.to_networkx())
    assert states[0]["counts"]["links"] == dict(sorted(links.items()))
