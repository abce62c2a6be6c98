"""A real Neo4j Community server for the Neo4j tests, started once per session by scripts/neo4j-local.

The server runs with authentication on (a random password in NEO4J_PASSWORD for the script, which hands it to
Java on a pipe, never in the server's environment) on a
free loopback port with a fresh data folder, and is stopped with SIGTERM at the end. If it cannot start
the tests fail: there is no skip.
"""
from __future__ import annotations

import os
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Mention, Node

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "neo4j-local"
HEAP = os.environ.get("KG_TEST_NEO4J_HEAP", "768m")
PAGECACHE = os.environ.get("KG_TEST_NEO4J_PAGECACHE", "256m")
#: What a user would paste into an article to attack a loader that builds Cypher from text.
HOSTILE = "'}) MATCH (n) DETACH DELETE n // \"quoted\" `backticked` $param {x: 1} \\ \n end"


@dataclass(frozen=True)
class Server:
    uri: str
    user: str
    password: str
    data: Path

    def env(self, **extra: str) -> dict[str, str]:
        """An environment for `kg` commands pointed at this server."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env.update(NEO4J_URI=self.uri, NEO4J_USER=self.user, NEO4J_PASSWORD=self.password, NEO4J_DATABASE="neo4j")
        env.update(extra)
        return env


def run_script(*args: str, password: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    return subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)


def start_server(data: Path, password: str | None) -> str:
    """Start a server on ``data``: with authentication (the password reaches Java on a pipe), or --no-auth."""
    auth = () if password is not None else ("--no-auth",)
    proc = run_script("start", "--port", "0", "--data", str(data), "--heap", HEAP, "--pagecache", PAGECACHE, *auth, password=password)
    if proc.returncode != 0:
        pytest.fail(f"Neo4j did not start (exit {proc.returncode}):\n{proc.stderr[-4000:]}", pytrace=False)
    return proc.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("neo4j-data")
    password = "kg-" + secrets.token_urlsafe(12)
    uri = start_server(data, password)
    try:
        yield Server(uri=uri, user="neo4j", password=password, data=data)
    finally:
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr


@pytest.fixture(scope="session")
def driver(neo4j_server: Server):
    from kg.sinks.neo4j import connect

    drv = connect(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    yield drv
    drv.close()


@pytest.fixture
def empty_db(driver) -> None:
    """Start a test from an empty database (constraints stay: they are what a load creates first)."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")


def sample_graph() -> KnowledgeGraph:
    """A small hand-built graph with every node type and link type, shaped like a real build."""
    kg = KnowledgeGraph()
    kg.add_document("seed", source="articles/seed.txt", sha256="ab" * 32, title="Taskforce update")
    kg.add_document("bulletin", source="bulletins/q2.txt", sha256="cd" * 32)
    said_sentence = '"In April, we set up the Violent Crime Taskforce," said London Mayor Sadiq Khan.'
    kg.add_facts(
        DocumentFacts(
            "seed",
            nodes=[
                Node("person/sadiq-khan", "Person", "Sadiq Khan", aliases={"Khan", "London Mayor Sadiq Khan"},
                     titles={"Mayor of London"}, mentions=[Mention("seed", 80, 90)]),
                Node("person/stephen-house", "Person", "Stephen House", titles={"Assistant Commissioner"},
                     mentions=[Mention("seed", 200, 213)]),
                Node("org/metropolitan-police-service", "Organisation", "Metropolitan Police Service",
                     aliases={"the Met", "Scotland Yard"}, mentions=[Mention("seed", 220, 247)],
                     props={"merged": {"the Met": "alias list"}}),
                Node("org/mayors-office-for-policing-and-crime", "Organisation", "Mayor's Office for Policing and Crime",
                     aliases={"MOPAC"}, mentions=[Mention("seed", 300, 304)]),
                Node("org/violent-crime-taskforce", "Organisation", "Violent Crime Taskforce", mentions=[Mention("seed", 24, 47)]),
                Node("policy/armed-foot-patrols", "Policy", "armed foot patrols", mentions=[Mention("seed", 400, 418)]),
                Node("place/london", "Place", "London", mentions=[Mention("seed", 60, 66)]),
                Node("quote/seed/1", "Quote", props={"text": "In April, we set up the Violent Crime Taskforce, with armed foot patrols"}),
                Node("stat/seed/4151-weapons-sweeps", "Statistic", "4,151 weapons sweeps",
                     props={"value": 4151, "unit": "count", "measure": "weapons sweeps", "period": "since April", "place": "London"}),
            ],
            links=[
                Link("person/sadiq-khan", "quote/seed/1", "SAID", "seed", 0, 82, said_sentence, props={"cue": "said", "direct": True}),
                Link("quote/seed/1", "policy/armed-foot-patrols", "MENTIONS", "seed", 0, 82, said_sentence),
                Link("quote/seed/1", "stat/seed/4151-weapons-sweeps", "MENTIONS", "seed", 100, 150, "Officers made 4,151 weapons sweeps since April."),
                Link("person/sadiq-khan", "org/violent-crime-taskforce", "ANNOUNCED", "seed", 0, 82, said_sentence),
                Link("person/stephen-house", "org/metropolitan-police-service", "HOLDS_ROLE", "seed", 190, 250,
                     "Assistant Commissioner Stephen House of the Metropolitan Police Service spoke.", props={"title": "Assistant Commissioner"}),
                Link("org/mayors-office-for-policing-and-crime", "org/metropolitan-police-service", "OVERSEES", "seed", 290, 340,
                     "MOPAC oversees the Metropolitan Police Service."),
                Link("person/sadiq-khan", "org/mayors-office-for-policing-and-crime", "OVERSEES", "seed", 340, 380, "The Mayor oversees MOPAC."),
                Link("stat/seed/4151-weapons-sweeps", "org/metropolitan-police-service", "REPORTED_BY", "seed", 100, 150,
                     "Officers made 4,151 weapons sweeps since April, the Met said."),
                Link("stat/seed/4151-weapons-sweeps", "place/london", "LOCATED_IN", "seed", 100, 150),
                Link("org/violent-crime-taskforce", "org/metropolitan-police-service", "PART_OF", "seed"),
            ],
        )
    )
    kg.add_facts(
        DocumentFacts(
            "bulletin",
            nodes=[
                Node("org/office-for-national-statistics", "Organisation", "Office for National Statistics",
                     aliases={"ONS"}, mentions=[Mention("bulletin", 0, 30)]),
                Node("stat/bulletin/7-1-million-incidents", "Statistic", "7.1 million incidents",
                     props={"value": 7100000, "unit": "count", "measure": "crime incidents", "period": "year ending June 2014",
                            "place": "England and Wales", "source": "Crime Survey for England and Wales"}),
            ],
            links=[
                Link("stat/bulletin/7-1-million-incidents", "org/office-for-national-statistics", "REPORTED_BY", "bulletin", 40, 120,
                     "There were an estimated 7.1 million incidents of crime, the ONS reported."),
            ],
        )
    )
    return kg


@pytest.fixture
def sample() -> KnowledgeGraph:
    return sample_graph()


def db_counts(driver) -> dict[str, dict[str, int]]:
    """Nodes per label and relationships per type, as Neo4j counts them."""
    nodes = {
        r["label"]: r["n"]
        for r in driver.execute_query(
            "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n", database_="neo4j"
        ).records
    }
    rels = {
        r["type"]: r["n"]
        for r in driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", database_="neo4j").records
    }
    return {"nodes": dict(sorted(nodes.items())), "links": dict(sorted(rels.items()))}


def db_dump(driver) -> tuple[list, list]:
    """Every node (labels, properties) and relationship (type, ends, properties), sorted: the whole state."""
    nodes = sorted(
        (sorted(r["labels"]), sorted((k, repr(v)) for k, v in r["props"].items()))
        for r in driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_="neo4j").records
    )
    rels = sorted(
        (r["type"], r["a"], r["b"], sorted((k, repr(v)) for k, v in r["props"].items()))
        for r in driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.uri AS a, b.uri AS b, properties(r) AS props", database_="neo4j"
        ).records
    )
    return nodes, rels


def expected_provenance(G) -> int:
    """How many DERIVED_FROM relationships the loader should add: node -> each document it was read from."""
    docs_of: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("doc") is not None:
            docs_of.setdefault(u, set()).add(d["doc"])
            docs_of.setdefault(v, set()).add(d["doc"])
    for n, a in G.nodes(data=True):
        for m in a.get("mentions") or []:
            docs_of.setdefault(n, set()).add(m["doc"])
    doc_names = {a.get("name") for _, a in G.nodes(data=True) if a["type"] == "Document"}
    return sum(
        len(docs & doc_names) for n, docs in docs_of.items() if G.nodes[n]["type"] != "Document"
    )
