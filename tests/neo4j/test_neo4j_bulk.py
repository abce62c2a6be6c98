"""Bulk import (kg load neo4j --bulk) against the online load, both on a real Neo4j: the same database.

Each test imports into a fresh launcher data folder with Neo4j's own import tool, starts a server on it
(auth on, through a neo4j:// routing URI) and compares its full dump, counts and schema with the online
UNWIND load of the same build into the session's server.
"""
from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import HOSTILE, ROOT, db_counts, db_dump, run_script, sample_graph, start_server
from kg.sinks.neo4j import connect, load_file
from kg.sinks.neo4j_bulk import FIRST_START_FILE

pytestmark = [pytest.mark.neo4j]


def kg_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=900, check=False,
        env={k: v for k, v in (env or os.environ).items() if not k.startswith("NEO4J_")},
    )


def schema(driver) -> tuple[list, list]:
    """Constraints and indexes, without the two token-lookup indexes every database has under random names."""
    constraints = sorted(
        (r["name"], r["type"], r["labelsOrTypes"], r["properties"])
        for r in driver.execute_query("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties", database_="neo4j").records
    )
    indexes = sorted(
        (r["name"], r["type"], r["labelsOrTypes"], r["properties"], r["state"])
        for r in driver.execute_query(
            "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state WHERE type <> 'LOOKUP'", database_="neo4j"
        ).records
    )
    return constraints, indexes


def routing_uri(bolt_uri: str) -> str:
    assert bolt_uri.startswith("bolt://")
    return "neo4j://" + bolt_uri[len("bolt://"):]


def online(neo4j_server, driver, build: Path):
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    load_file(build, uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password, database="neo4j")
    return db_dump(driver), db_counts(driver), schema(driver)


def bulk(build: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return kg_cli("load", "neo4j", str(build), "--bulk", "--data", str(data), "--workers", "2")


@pytest.fixture(scope="module")
def examples_build(tmp_path_factory):
    """The examples plus a hostile document (quotes, backticks, backslashes, a Cypher injection, line breaks)."""
    import kg

    extra = tmp_path_factory.mktemp("bulk-hostile") / "hostile.jsonl"
    text = (
        "Chief Constable Jane Porter of the West Yorkshire Police said: "
        f"\"{HOSTILE.splitlines()[0]} is not how we answer questions about stop and search.\"\n\n"
        "Officers made 1,204 arrests in Leeds in the year to March 2024, West Yorkshire Police said."
    )
    extra.write_text(json.dumps({"id": "hostile-1", "title": HOSTILE, "text": text}) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("bulk-examples")
    result = kg.build([ROOT / "examples", extra], out=out)
    assert result.ok, result.failures
    return out


def test_bulk_import_gives_the_online_loads_database(neo4j_server, driver, examples_build, tmp_path):
    want_dump, want_counts, want_schema = online(neo4j_server, driver, examples_build)
    assert want_counts["nodes"]["Statistic"] > 0 and want_counts["links"]["DERIVED_FROM"] > 0

    data = tmp_path / "bulk-data"
    proc = bulk(examples_build, data)
    assert proc.returncode == 0, proc.stderr
    assert "imported" in proc.stdout and "constraints and indexes are created on the next start" in proc.stdout
    assert "by 2 processes" in proc.stdout  # kg build's graph.json is one item a line: two CSV writers
    assert (data / FIRST_START_FILE).is_file()
    assert not (data / "kg-bulk-csv").exists(), "the CSVs are removed after a good import"

    password = "kg-" + secrets.token_urlsafe(12)
    uri = start_server(data, password)
    try:
        assert not (data / FIRST_START_FILE).exists() and (data / (FIRST_START_FILE + ".done")).is_file()
        drv = connect(routing_uri(uri), "neo4j", password)  # neo4j:// routing against the single server
        try:
            assert db_counts(drv) == want_counts
            got_dump = db_dump(drv)
            assert got_dump[0] == want_dump[0]  # every node: labels, properties and their types (repr)
            assert got_dump[1] == want_dump[1]  # every relationship: type, ends, properties
            assert schema(drv) == want_schema
            # Types survive as types: integers, booleans, lists (empty ones too), not strings.
            stat = drv.execute_query("MATCH (s:Statistic) RETURN s.value AS v LIMIT 1", database_="neo4j").records[0]["v"]
            assert isinstance(stat, int)
            said = drv.execute_query("MATCH ()-[r:SAID]->() RETURN r.direct AS d, r.start AS s LIMIT 1", database_="neo4j").records[0]
            assert isinstance(said["d"], bool) and isinstance(said["s"], int)
            empties = drv.execute_query("MATCH (n) WHERE n.aliases = [] RETURN count(n) AS n", database_="neo4j").records[0]["n"]
            assert empties > 0
            markers = drv.execute_query(
                "MATCH (n) UNWIND labels(n) AS l WITH l WHERE l STARTS WITH 'KgEmpty' RETURN count(*) AS n", database_="neo4j"
            ).records[0]["n"]
            assert markers == 0
        finally:
            drv.close()

        # The online load still works on a bulk-imported database, for incremental updates: nothing new.
        report = load_file(examples_build, uri=routing_uri(uri), user="neo4j", password=password, database="neo4j")
        assert report.nodes_created == 0 and report.relationships_created == 0
        # A second full import into a database that exists is refused, before any CSV is written.
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr
        again = bulk(examples_build, data)
        assert again.returncode == 1
        assert "a full import is for a first load into an empty database" in again.stderr
        assert not (data / "kg-bulk-csv").exists()
        # A restart does not run the first-start statements again, and the database is as it was.
        uri = start_server(data, password)
        drv = connect(uri, "neo4j", password)
        try:
            assert db_dump(drv) == want_dump
        finally:
            drv.close()
    finally:
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr


def test_bulk_keeps_mixed_types_empty_strings_and_line_breaks(neo4j_server, driver, tmp_path):
    """A hand-made graph: a Statistic value that is an int in one node and a float in another, an empty
    string, a line break, and a list of numbers; both loads keep each as it is."""
    kg = sample_graph()
    build = tmp_path / "build"
    build.mkdir()
    kg.write_json(build / "graph.json")
    data = json.loads((build / "graph.json").read_text(encoding="utf-8"))
    for node in data["nodes"]:
        if node["id"] == "stat/bulletin/7-1-million-incidents":
            node["value"] = 7.1
            node["unit"] = "million"
            node["qualifier"] = ""
        if node["id"] == "quote/seed/1":
            node["text"] = "First line,\r\nsecond \"line\"\\n; third\x1e."
        if node["id"] == "place/london":
            node["codes"] = [51, 0]
    (build / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    want_dump, want_counts, want_schema = online(neo4j_server, driver, build)

    target = tmp_path / "bulk-data"
    proc = kg_cli("load", "neo4j", str(build), "--bulk", "--data", str(target), "--keep-csv")
    assert proc.returncode == 0, proc.stderr
    args = (target / "kg-bulk-csv" / "import.args").read_text(encoding="utf-8").splitlines()
    # Only the file with the line break is read in the importer's multiline mode (the database check below shows it is read right).
    named = [a for a in args if a.startswith("--multiline-fields=")]
    assert "--multiline-fields-format=v2" in args and "--bad-tolerance=0" in args and len(named) == 1, args
    assert [Path(p).name for p in named[0].split("=", 1)[1].split(",")] == ["nodes.Quote.0.csv"], named
    password = "kg-" + secrets.token_urlsafe(12)
    uri = start_server(target, password)
    try:
        drv = connect(uri, "neo4j", password)
        try:
            assert db_counts(drv) == want_counts
            assert db_dump(drv) == want_dump
            assert schema(drv) == want_schema
            values = {
                r["id"]: r["v"]
                for r in drv.execute_query("MATCH (s:Statistic) RETURN s.id AS id, s.value AS v", database_="neo4j").records
            }
            assert values == {"stat/seed/4151-weapons-sweeps": 4151, "stat/bulletin/7-1-million-incidents": 7.1}
            assert isinstance(values["stat/seed/4151-weapons-sweeps"], int)
        finally:
            drv.close()
    finally:
        stop = run_script("stop", "--data", str(target))
        assert stop.returncode == 0, stop.stderr


def test_bulk_needs_data_and_refuses_a_running_server(neo4j_server, examples_build, tmp_path):
    proc = kg_cli("load", "neo4j", str(examples_build), "--bulk")
    assert proc.returncode == 2 and "--bulk and --data DIR go together" in proc.stderr
    # The session server's data folder: its server is running, so the import must not touch it.
    proc = bulk(examples_build, neo4j_server.data)
    assert proc.returncode == 1
    assert "already holds a neo4j database" in proc.stderr or "is running" in proc.stderr
    script = ROOT / "scripts" / "neo4j-local"
    empty = tmp_path / "empty"
    res = subprocess.run([str(script), "import", "--data", str(empty)], capture_output=True, text=True, check=False)
    assert res.returncode == 1 and "needs the importer's arguments" in res.stderr


@pytest.mark.parametrize("flush", ["1ms", "off", "loop"])
def test_each_page_cache_flushing_of_the_import_gives_the_same_database(neo4j_server, driver, examples_build, tmp_path, monkeypatch, flush):
    """The import tool with each page-cache flushing (scripts/neo4j-local import --flush): kg's flusher at a
    1 ms interval (so it flushes and forces the store files while the importers write them, many times per
    stage), no background flushing at all, and the tool as it ships (its own back-to-back loop): the database
    is the online load's, dump for dump (the default, kg's flusher every 50 ms, is the test above)."""
    from kg.sinks.neo4j_bulk import import_build

    want_dump, want_counts, want_schema = online(neo4j_server, driver, examples_build)
    data = tmp_path / f"bulk-{flush}"
    monkeypatch.setenv("NEO4J_IMPORT_FLUSH", flush)
    lines: list[str] = []
    report = import_build(examples_build / "graph.json", data, workers=2, echo=lines.append)
    assert report.rows == sum(want_counts["nodes"].values()) + sum(want_counts["links"].values())
    assert "IMPORT DONE" in lines[0]
    password = "kg-" + secrets.token_urlsafe(12)
    uri = start_server(data, password)
    try:
        drv = connect(uri, "neo4j", password)
        try:
            assert db_counts(drv) == want_counts
            assert db_dump(drv) == want_dump
            assert schema(drv) == want_schema
        finally:
            drv.close()
    finally:
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr


def test_import_refuses_an_unknown_flushing(tmp_path):
    for bad in ("fast", "0ms", "1000", "-5ms"):
        res = run_script("import", "--data", str(tmp_path / "d"), "--flush", bad, "--", "--nodes=x.csv")
        assert res.returncode == 2 and "--flush takes loop, off or an interval" in res.stderr, (bad, res.stderr)
    assert not (tmp_path / "d" / "data").exists()


def test_neo4j_routing_uri_loads_and_queries_the_single_server(neo4j_server, driver, examples_build):
    """neo4j:// (the driver asks the server for a routing table, as with a cluster or Aura) works against
    the local single server for the online load and for read queries through the CLI."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    env = neo4j_server.env(NEO4J_URI=routing_uri(neo4j_server.uri))
    load = subprocess.run([sys.executable, "-m", "kg", "load", "neo4j", str(examples_build), "--json"],
                          capture_output=True, text=True, timeout=600, env=env, check=False)
    assert load.returncode == 0, load.stderr
    assert json.loads(load.stdout)["nodes_created"] == sum(db_counts(driver)["nodes"].values()) > 0
    query = subprocess.run([sys.executable, "-m", "kg", "query", "cypher", "--name", "roles", "--format", "json"],
                           capture_output=True, text=True, timeout=600, env=env, check=False)
    assert query.returncode == 0, query.stderr
    assert json.loads(query.stdout), "roles answers rows on the examples"


def read_csvs(csv_dir: Path) -> dict[str, list[str]]:
    """The import CSVs read back as the importer would: per label or type, each row's fields by column name."""
    import csv

    out: dict[str, list[str]] = {}
    for header in sorted(csv_dir.glob("*.header.csv")):
        columns = header.read_text(encoding="utf-8").strip().split(",")
        name = header.name.split(".")[1]
        data = header.with_name(header.name.replace(".header.csv", ".csv"))
        with data.open(encoding="utf-8", newline="") as fh:
            for fields in csv.reader(fh):
                row = {c: f for c, f in zip(columns, fields) if f != ""}
                out.setdefault(name, []).append(json.dumps(row, sort_keys=True))
    return {k: sorted(v) for k, v in out.items()}


def test_streamed_csvs_equal_the_whole_graphs_and_name_each_pair_once(tmp_path):
    """No server: the CSVs streamed from a graph.json in kg's layout equal those of the same graph read whole
    (its links shuffled out of document order, which makes the writer read it whole), and DERIVED_FROM,
    which the streamed rows give twice for a node both mentioned in and linked from a document, is written once."""
    import random

    from kg.sinks.neo4j import iter_rows
    from kg.sinks.neo4j_bulk import write_import_csvs

    kg = sample_graph()
    build = tmp_path / "build"
    build.mkdir()
    kg.write_json(build / "graph.json")
    rows, streamed = iter_rows(build)
    assert streamed
    pairs = [row["key"] for kind, key, row in rows() if kind == "relationship" and key[0] == "DERIVED_FROM"]
    assert len(pairs) > len(set(pairs)), "the sample must exercise a repeated (node, document) pair"
    streamed_report = write_import_csvs(build, tmp_path / "streamed")

    data = json.loads((build / "graph.json").read_text(encoding="utf-8"))
    random.Random(3).shuffle(data["links"])
    data["links"].sort(key=lambda link: link.get("doc") or "", reverse=True)
    shuffled = tmp_path / "shuffled"
    shuffled.mkdir()
    (shuffled / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    whole_report = write_import_csvs(shuffled, tmp_path / "whole")

    got, want = read_csvs(tmp_path / "streamed"), read_csvs(tmp_path / "whole")
    assert got == want
    assert streamed_report.relationships == whole_report.relationships
    assert streamed_report.relationships["DERIVED_FROM"] == len(set(pairs)) == len(got["DERIVED_FROM"])
    with pytest.raises(Exception, match="must be new or empty"):
        write_import_csvs(build, tmp_path / "whole")


def test_a_failing_first_start_statement_stops_the_server_and_keeps_the_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    first = data / FIRST_START_FILE
    first.write_text("CREATE CONSTRAINT kg_person_uri IF NOT EXISTS FOR (n:Person) REQUIRE n.uri IS UNIQUE;\n"
                     "THIS IS NOT CYPHER;\n", encoding="utf-8")
    proc = run_script("start", "--port", "0", "--data", str(data), "--heap", "512m", "--pagecache", "64m", "--no-auth")
    try:
        assert proc.returncode != 0
        assert "first-start statements" in proc.stderr and "failed (the file is kept)" in proc.stderr
        assert first.is_file() and not (data / (FIRST_START_FILE + ".done")).exists()
    finally:
        run_script("stop", "--data", str(data))
