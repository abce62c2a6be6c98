"""kg query sparql, kg serve (a real HTTP server in a subprocess) and kg validate."""
from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.sinks.rdf import write
from kg.store import Store

from rdf_sample import build_sample

runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rdf-cli") / "store"
    with Store(path) as store:
        store.ingest(build_sample())
    return path


def kg(*args: str, input: str | None = None):  # noqa: A002, ANN201
    return runner.invoke(app, list(args), input=input)


def test_query_sparql_json_and_csv(store_dir: Path) -> None:
    res = kg("query", "sparql", "SELECT ?n WHERE { ?p a kg:Person ; skos:prefLabel ?n } ORDER BY ?n",
             "--store", str(store_dir), "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == [{"n": "Sadiq Khan"}, {"n": "Stephen House"}]
    res = kg("query", "sparql", "--name", "statistics", "--store", str(store_dir), "--format", "csv")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows[0]["value"] == "4151" and rows[0]["measure"] == "weapons sweeps"


def test_query_sparql_table_shows_node_ids(store_dir: Path) -> None:
    res = kg("query", "sparql", "--name", "said-about-policy", "--param", "policy=armed foot patrols",
             "--store", str(store_dir))
    assert res.exit_code == 0, res.output
    assert "person/sadiq-khan" in res.stdout and "Sadiq Khan" in res.stdout


def test_query_from_stdin_and_ask(store_dir: Path) -> None:
    res = kg("query", "sparql", "-", "--store", str(store_dir), input="ASK { ?s kg:oversees ?o }")
    assert res.exit_code == 0 and res.stdout.strip() == "true"


def test_query_errors_are_one_line_with_status(store_dir: Path, tmp_path: Path) -> None:
    res = kg("query", "sparql", "SELECT nonsense", "--store", str(store_dir))
    assert res.exit_code == 1 and "bad SPARQL query" in res.output and "Traceback" not in res.output
    res = kg("query", "sparql", "ASK {}", "--store", str(tmp_path / "none"))
    assert res.exit_code == 1 and "no kg store here" in res.output
    res = kg("query", "sparql", "ASK {}")  # neither --store nor --endpoint
    assert res.exit_code == 2
    res = kg("query", "sparql", "--name", "nope", "--store", str(store_dir))
    assert res.exit_code == 2 and "said-about-policy" in res.output
    res = kg("query", "sparql", "--name", "roles", "--param", "who=x", "--store", str(store_dir))
    assert res.exit_code == 1 and "its parameters" in res.output


def test_query_list_names_every_shipped_query() -> None:
    res = kg("query", "sparql", "--list")
    assert res.exit_code == 0
    for name in ("said-about-policy", "oversight-chains", "statistics", "roles", "quotes"):
        assert name in res.stdout


def test_validate_exit_codes(tmp_path: Path) -> None:
    write(build_sample(), tmp_path / "good", formats=["ttl"])
    res = kg("validate", str(tmp_path / "good"))
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output
    bad = tmp_path / "bad"
    bad.mkdir()
    text = (tmp_path / "good" / "graph.ttl").read_text(encoding="utf-8")
    (bad / "graph.ttl").write_text(text.replace('schema:text "We will', 'schema:nottext "We will'), encoding="utf-8")
    res = kg("validate", str(bad))
    assert res.exit_code == 1
    assert "Violation: quote/seed/0 schema:text" in res.stdout
    res = kg("validate", str(tmp_path / "missing"))
    assert res.exit_code == 1 and "no such file" in res.output


@pytest.mark.parametrize("command", [["query", "sparql"], ["serve"], ["validate"]])
def test_help_has_an_example(command: list[str]) -> None:
    res = kg(*command, "--help")
    assert res.exit_code == 0
    assert "Example" in res.stdout and "kg " + command[0] in res.stdout


# -- kg serve: a real server in a subprocess -------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(store), "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"kg serve exited: {proc.stderr.read().decode()}")
        try:
            with urlopen(url + "/", timeout=1):
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("kg serve did not start listening")


@pytest.fixture(scope="module")
def endpoint(store_dir: Path):  # noqa: ANN201
    proc, url = _start(store_dir)
    yield url
    proc.terminate()
    proc.wait(10)


def _post(url: str, data: bytes, ctype: str, accept: str = "application/sparql-results+json") -> tuple[int, str, bytes]:
    req = Request(url, data=data, headers={"Content-Type": ctype, "Accept": accept}, method="POST")
    try:
        with urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def test_endpoint_answers_get_post_and_sparql_query_body(endpoint: str) -> None:
    q = "SELECT ?n WHERE { ?p a kg:Person ; skos:prefLabel ?n } ORDER BY ?n"
    with urlopen(f"{endpoint}/query?{urlencode({'query': q})}", timeout=10) as resp:
        assert resp.headers["Content-Type"].startswith("application/sparql-results+json")
        data = json.loads(resp.read())
    assert [b["n"]["value"] for b in data["results"]["bindings"]] == ["Sadiq Khan", "Stephen House"]
    status, ctype, body = _post(f"{endpoint}/query", urlencode({"query": q}).encode(), "application/x-www-form-urlencoded",
                                accept="text/csv")
    assert status == 200 and ctype.startswith("text/csv")
    assert body.decode().splitlines() == ["n", "Sadiq Khan", "Stephen House"]
    status, _, body = _post(f"{endpoint}/sparql", b"ASK { ?s kg:said ?q }", "application/sparql-query")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_endpoint_returns_graphs_for_construct(endpoint: str) -> None:
    q = "CONSTRUCT { ?p skos:prefLabel ?n } WHERE { ?p a kg:Person ; skos:prefLabel ?n }"
    status, ctype, body = _post(f"{endpoint}/query", urlencode({"query": q}).encode(), "application/x-www-form-urlencoded",
                                accept="text/turtle")
    assert status == 200 and ctype.startswith("text/turtle")
    from rdflib import Graph

    assert len(Graph().parse(data=body.decode(), format="turtle")) == 2


def test_endpoint_is_read_only_by_default_and_reports_bad_queries(endpoint: str) -> None:
    status, _, body = _post(f"{endpoint}/update", urlencode({"update": "CLEAR ALL"}).encode(),
                            "application/x-www-form-urlencoded")
    assert status == 403 and b"--allow-update" in body
    status, _, body = _post(f"{endpoint}/query", urlencode({"query": "SELEC"}).encode(), "application/x-www-form-urlencoded")
    assert status == 400 and b"bad SPARQL query" in body


def test_kg_query_against_the_endpoint_matches_the_store(endpoint: str, store_dir: Path) -> None:
    via_http = kg("query", "sparql", "--name", "roles", "--endpoint", endpoint + "/query", "--format", "json")
    direct = kg("query", "sparql", "--name", "roles", "--store", str(store_dir), "--format", "json")
    assert via_http.exit_code == 0, via_http.output
    assert json.loads(via_http.stdout) == json.loads(direct.stdout)
    assert len(json.loads(direct.stdout)) == 2


def test_allow_update_accepts_sparql_update(tmp_path: Path) -> None:
    store = tmp_path / "rw"
    with Store(store) as st:
        st.ingest(build_sample())
    proc, url = _start(store, "--allow-update")
    try:
        status, _, _ = _post(f"{url}/update", b"DELETE WHERE { GRAPH ?g { ?q a kg:Quote } }", "application/sparql-update")
        assert status == 200
        status, _, body = _post(f"{url}/query", b"ASK { ?q a kg:Quote }", "application/sparql-query")
        assert json.loads(body)["boolean"] is False
    finally:
        proc.terminate()
        proc.wait(10)
    assert proc.returncode == 0  # SIGTERM stops it cleanly
    with Store(store) as st:  # the lock is released and the update persisted
        assert st.query("ASK { ?q a kg:Quote }") is False


def test_serve_binds_localhost_by_default() -> None:
    from kg.store import make_server

    server = make_server(Store(), port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()
