"""Neo4j faults: the real server is killed (SIGKILL) during `kg load neo4j`, restarted on the same
data folder, and the load run again: it completes and the database holds exactly what a clean load
gives (counts per label and type, the set of node uris and of relationship keys).

This test starts its own server (scripts/neo4j-local, its own data folder and port, auth on), so
the session server of the other Neo4j tests is not disturbed.
"""
from __future__ import annotations

import os
import secrets
import signal
import time
from pathlib import Path

import pytest

from conftest import db_counts, expected_provenance, kg_env, popen_kg, run_kg, run_script, start_server

from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Mention, Node, doc_scoped_id, entity_id

N_DOCS = 600  # about 30,000 nodes and 60,000 relationships: a load that takes long enough to be cut


def synthetic_graph(n_docs: int = N_DOCS) -> KnowledgeGraph:
    """Press-release-shaped facts: people, bodies and places shared across documents, quotes and figures per document."""
    g = KnowledgeGraph()
    for d in range(n_docs):
        doc = f"release-{d:05d}"
        g.add_document(doc, source=f"releases/{doc}.txt", sha256=f"{d:064x}", title=f"Release {d}")
        nodes, links = [], []
        force = entity_id("Organisation", f"Constabulary {d % 40}")
        nodes.append(Node(force, "Organisation", f"Constabulary {d % 40}", mentions=[Mention(doc, 0, 14)]))
        place = entity_id("Place", f"Town {d % 25}")
        nodes.append(Node(place, "Place", f"Town {d % 25}", mentions=[Mention(doc, 20, 27)]))
        for p in range(12):
            person = entity_id("Person", f"Officer {d % 97}-{p}")
            nodes.append(Node(person, "Person", f"Officer {d % 97}-{p}", titles={"Inspector"}, mentions=[Mention(doc, 30 + p, 40 + p)]))
            quote = doc_scoped_id("Quote", doc, p)
            nodes.append(Node(quote, "Quote", props={"text": f"We made {p} arrests in the town, {d}."}))
            stat = doc_scoped_id("Statistic", doc, f"{p}-arrests")
            nodes.append(Node(stat, "Statistic", f"{p} arrests", props={"value": p, "unit": "count", "measure": "arrests"}))
            sentence = f"\u201cWe made {p} arrests,\u201d said Inspector Officer {p}."
            links += [
                Link(person, quote, "SAID", doc, 100 + p, 140 + p, sentence, props={"cue": "said", "direct": True}),
                Link(quote, stat, "MENTIONS", doc, 100 + p, 120 + p, sentence),
                Link(person, force, "HOLDS_ROLE", doc, 100 + p, 140 + p, sentence, props={"title": "Inspector"}),
                Link(stat, force, "REPORTED_BY", doc, 100 + p, 140 + p, sentence),
                Link(stat, place, "LOCATED_IN", doc, 100 + p, 140 + p, sentence),
            ]
        g.add_facts(DocumentFacts(doc, nodes=nodes, links=links))
    return g


@pytest.fixture(scope="module")
def big_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("big") / "out"
    out.mkdir()
    g = synthetic_graph()
    g.write_json(out / "graph.json")
    return out, KnowledgeGraph.from_json(out).to_networkx()


@pytest.fixture
def own_server(tmp_path: Path):
    data = tmp_path / "neo4j-faults"
    password = "kg-" + secrets.token_urlsafe(12)
    uri = start_server(data, password)
    state = {"uri": uri, "data": data, "password": password}
    try:
        yield state
    finally:
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr


def _java_pid(data: Path) -> int:
    return int((data / "kg-neo4j.pid").read_text().strip())


def _wait_dead(pid: int) -> None:
    """Until the killed process has exited: gone, or a zombie nobody has reaped yet (Linux /proc)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return
        if stat.rsplit(")", 1)[1].split()[0] in ("Z", "X"):
            return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} still running 60 s after SIGKILL")


def _node_count(uri: str, password: str) -> int:
    from kg.sinks.neo4j import connect

    drv = connect(uri, "neo4j", password)
    try:
        return drv.execute_query("MATCH (n) RETURN count(n) AS n", database_="neo4j").records[0]["n"]
    finally:
        drv.close()


def _state(uri: str, password: str) -> dict:
    from kg.sinks.neo4j import connect

    drv = connect(uri, "neo4j", password)
    try:
        uris = [r["u"] for r in drv.execute_query("MATCH (n) RETURN n.uri AS u", database_="neo4j").records]
        keys = [r["k"] for r in drv.execute_query("MATCH ()-[r]->() RETURN r.key AS k", database_="neo4j").records]
        return {"counts": db_counts(drv), "uris": uris, "keys": keys}
    finally:
        drv.close()


def test_load_survives_a_killed_server_and_equals_a_clean_load(own_server, big_build):
    from kg.sinks.neo4j import node_rows, relationship_rows

    out, G = big_build
    env = kg_env(NEO4J_USER="neo4j", NEO4J_PASSWORD=own_server["password"])
    load = popen_kg("load", "neo4j", str(out), "--uri", own_server["uri"], "--batch-size", "500", env=env)
    try:
        deadline = time.monotonic() + 300
        while True:
            assert load.poll() is None, f"the load finished before the server could be killed: {load.communicate()}"
            assert time.monotonic() < deadline, "no node arrived within 300 s"
            if _node_count(own_server["uri"], own_server["password"]) > 2000:
                break
            time.sleep(0.2)
        os.kill(_java_pid(own_server["data"]), signal.SIGKILL)  # the real server, mid-load
        _, stderr = load.communicate(timeout=300)
    finally:
        if load.poll() is None:
            load.kill()
            load.wait()
    # The interrupted load fails cleanly: exit 1, one line saying what happened, no traceback, no secret.
    assert load.returncode == 1, stderr
    assert "Traceback" not in stderr
    assert own_server["password"] not in stderr
    assert "kg load neo4j:" in stderr.strip().splitlines()[-1]

    uri = start_server(own_server["data"], own_server["password"])  # same data folder, maybe a new port
    own_server["uri"] = uri
    partial = _node_count(uri, own_server["password"])
    assert partial > 0  # what was committed before the kill survived the crash

    rerun = run_kg("load", "neo4j", str(out), "--uri", uri, "--batch-size", "5000", env=env, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    state = _state(uri, own_server["password"])

    want_uris = sorted(r["uri"] for rows in node_rows(G).values() for r in rows)
    want_keys = sorted(r["key"] for rows in relationship_rows(G).values() for r in rows)
    assert sorted(state["uris"]) == want_uris  # every node once
    assert sorted(state["keys"]) == want_keys  # every relationship once
    counts = KnowledgeGraph.from_json(out).counts()
    assert state["counts"]["nodes"] == counts["nodes"]
    links = dict(counts["links"])
    links["DERIVED_FROM"] = expected_provenance(G)
    assert state["counts"]["links"] == dict(sorted(links.items()))

    # A second load on the recovered server changes nothing.
    again = run_kg("load", "neo4j", str(out), "--uri", uri, env=env, timeout=900)
    assert again.returncode == 0, again.stderr
    assert _state(uri, own_server["password"])["counts"] == state["counts"]

    # Checked last so the recovery above is checked too: the failed load said so in ONE line (the
    # driver's own retry warnings must not spill onto stderr).
    assert stderr.strip().startswith("kg load neo4j:") and len(stderr.strip().splitlines()) == 1, stderr


def test_start_right_after_a_kill_gives_a_live_server(tmp_path: Path):
    """A killed server is not taken for a running one: straight after the SIGKILL (before anything has
    reaped the dead process) `status` says "not running" and `start` on the same data folder starts a
    new server whose URI answers, with the data committed before the kill."""
    from kg.sinks.neo4j import connect

    data = tmp_path / "neo4j-killed"
    password = "kg-" + secrets.token_urlsafe(12)
    uri = start_server(data, password)
    try:
        drv = connect(uri, "neo4j", password)
        try:
            drv.execute_query("CREATE (:Place {uri: $u, name: 'Town'})", u="kg:place/town", database_="neo4j")
        finally:
            drv.close()
        old_pid = _java_pid(data)
        os.kill(old_pid, signal.SIGKILL)
        _wait_dead(old_pid)  # dead, but left unreaped (a zombie) if its parent has not collected it yet

        status = run_script("status", "--data", str(data))
        assert status.returncode == 3, status.stderr
        assert "not running" in status.stderr

        new_uri = start_server(data, password)
        assert _java_pid(data) != old_pid
        drv = connect(new_uri, "neo4j", password)
        try:
            names = [r["name"] for r in drv.execute_query("MATCH (p:Place) RETURN p.name AS name", database_="neo4j").records]
        finally:
            drv.close()
        assert names == ["Town"]
    finally:
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr
