"""Document ids that slugify alike (`Case`/`case`, `Report A`/`report-a`, `日本`/`中国`) stay apart all the way
into the real Neo4j: one Document node per id, every quote credited to its own document's speaker.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import read_graph, run_kg

pytestmark = pytest.mark.neo4j

PAIRS = {
    "Case": "Anna Bell", "case": "Tom Price",
    "Report A": "Mia Shah", "report-a": "Ravi Patel",
    "日本": "Lee Wong", "中国": "Sara Okafor",
    "/etc/x": "Dan Reyes", "etc-x": "Eve Novak",
}


def test_colliding_ids_load_into_neo4j_as_separate_documents(neo4j_server, driver, empty_db, tmp_path: Path):
    corpus = tmp_path / "collide.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for doc_id, name in PAIRS.items():
            text = f'"We have made {len(name)} arrests in Hallbridge this month," said Inspector {name}.'
            fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    proc = run_kg("build", str(corpus), "--out", str(out), "--quiet", "--neo4j", neo4j_server.uri, env=neo4j_server.env())
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr

    graph = read_graph(out)
    said = {(l["doc"], l["source"]) for l in graph["links"] if l["type"] == "SAID"}
    assert said == {(d, "person/" + n.lower().replace(" ", "-")) for d, n in PAIRS.items()}

    docs = driver.execute_query("MATCH (d:Document) RETURN d.doc AS doc, d.uri AS uri", database_="neo4j").records
    assert sorted(r["doc"] for r in docs) == sorted(PAIRS)
    assert len({r["uri"] for r in docs}) == len(PAIRS)
    rows = driver.execute_query(
        "MATCH (p:Person)-[r:SAID]->(q:Quote)-[:DERIVED_FROM]->(d:Document) RETURN p.name AS who, r.doc AS doc, d.doc AS home",
        database_="neo4j",
    ).records
    assert sorted((r["doc"], r["who"]) for r in rows) == sorted(PAIRS.items())
    assert all(r["doc"] == r["home"] for r in rows)  # each quote hangs off its own document
