"""`kg serve` as an attacker meets it: the real server in a subprocess, over real sockets.

SERVICE and LOAD never make the server fetch anything (a listener records every connection), a host
the operator allowed gets an HTTP error for an answer it cannot read, a runaway query is stopped by
the timeout and a query whose client hangs up is stopped too (its worker process is gone), results
past the byte cap get 413, 50 clients at once are all answered, connections past the thread bound get
503 at once, a refused POST keeps the connection usable, and KG_SERVE_TOKEN is enforced.
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import urlencode

import pytest

from conftest import ROOT, kg_env, run_kg

#: 4 patterns over 400 triples: 2.6e10 rows, so COUNT never finishes: only the timeout ends it.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    """A listener standing in for an internal service: it records every connection made to it."""

    def __init__(self, body: bytes = b"<html>not SPARQL</html>", media: str = "text/html") -> None:
        hits = self.hits = []

        class H(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

        self.server = HTTPServer(("127.0.0.1", 0), H)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.store import Store

    path = tmp_path_factory.mktemp("serve-store") / "store"
    triples = " ".join(f"<urn:kg:s{i}> <urn:kg:p{i % 7}> \"value {i}\" ." for i in range(400))
    with Store(path) as st:
        st.update(f"INSERT DATA {{ GRAPH <urn:kg:g> {{ {triples} }} }}")
    return path


class Serve:
    def __init__(self, store: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = _free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(self.port), *args],
            cwd=ROOT, env=env or kg_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"kg serve exited: {self.proc.stderr.read()}")
            try:  # any HTTP answer to "/" (the index asks a worker): listening, workers up
                with socket.create_connection(("127.0.0.1", self.port), timeout=5) as s:
                    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    if s.recv(16).startswith(b"HTTP/1.1 "):
                        return
            except OSError:
                pass
            time.sleep(0.1)
        self.proc.kill()
        raise AssertionError("kg serve did not start listening")

    def workers(self) -> set[int]:
        """Pids of the query worker processes (children of the server)."""
        kids: set[int] = set()
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            text = (task / "children").read_text().split()
            kids.update(int(p) for p in text)
        return kids

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None,
                timeout: float = 60) -> tuple[int, str, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, resp.getheader("Content-Type") or "", resp.read()
        finally:
            conn.close()

    def query(self, q: str, accept: str = "application/sparql-results+json", **kw) -> tuple[int, str, bytes]:  # noqa: ANN003
        return self.request("POST", "/query", q.encode(), {"Content-Type": "application/sparql-query", "Accept": accept}, **kw)

    def update(self, u: str, **kw) -> tuple[int, str, bytes]:  # noqa: ANN003
        return self.request("POST", "/update", u.encode(), {"Content-Type": "application/sparql-update"}, **kw)

    def stop(self) -> str:
        self.proc.terminate()
        try:
            _, err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err


@pytest.fixture(scope="module")
def html_service() -> Iterator[Recorder]:
    rec = Recorder()
    yield rec
    rec.close()


@pytest.fixture(scope="module")
def internal() -> Iterator[Recorder]:
    """What an attacker would aim SERVICE or LOAD at."""
    rec = Recorder(b'{"head":{"vars":[]},"results":{"bindings":[]}}', "application/sparql-results+json")
    yield rec
    rec.close()


@pytest.fixture(scope="module")
def server(store_dir: Path, html_service: Recorder) -> Iterator[Serve]:
    srv = Serve(store_dir, "--timeout", "1.5", "--max-result-bytes", "4096", "--workers", "2",
                "--allow-service-host", f"127.0.0.1:{html_service.port}")
    yield srv
    err = srv.stop()
    assert "Traceback" not in err, err


def _service_queries(port: int) -> list[str]:
    iri = f"http://127.0.0.1:{port}/sparql"
    return [
        f"SELECT * WHERE {{ SERVICE <{iri}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{iri}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{iri}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y 1.SERVICE <{iri}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{iri}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
        f"BASE <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o }} # comment\nLIMIT 1 SERVICE <{iri}> {{ }}",
    ]


def test_service_is_refused_and_nothing_is_fetched(server: Serve, internal: Recorder):
    for q in _service_queries(internal.port):
        status, ctype, body = server.query(q)
        assert status == 403 and ctype.startswith("text/plain"), (q, status, body)
        assert b"SERVICE" in body and b"refused" in body and len(body.splitlines()) == 1
        status, _, body = server.request("GET", "/query?" + urlencode({"query": q}))
        assert status == 403, q
    assert internal.hits == []
    # a query that only mentions SERVICE in a string or a comment runs
    status, _, body = server.query('SELECT ?s WHERE { ?s ?p ?o FILTER(?o = "police SERVICE <http://x/>") } # SERVICE')
    assert status == 200 and json.loads(body)["results"]["bindings"] == []


def test_an_allowed_service_with_an_unexpected_answer_is_an_http_error(server: Serve, html_service: Recorder):
    status, ctype, body = server.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{html_service.port}/sparql> {{ ?s ?p ?o }} }}")
    assert html_service.hits, "the allowed host was asked"
    assert 500 <= status < 600 and ctype.startswith("text/plain"), (status, body)
    assert b"Traceback" not in body and len(body.strip().splitlines()) == 1
    assert server.query("ASK { ?s ?p ?o }")[0] == 200  # and the endpoint goes on


def test_a_runaway_query_is_stopped_by_the_timeout(server: Serve):
    before = server.workers()
    started = time.monotonic()
    status, _, body = server.query(RUNAWAY)
    took = time.monotonic() - started
    assert status == 503 and b"was stopped" in body and b"--timeout" in body
    assert took < 15
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(server.workers() - before) < 1:
        time.sleep(0.2)
    after = server.workers()
    gone = before - after
    assert len(gone) == 1 and all(not Path(f"/proc/{p}").exists() for p in gone), (before, after)
    assert server.query("ASK { ?s ?p ?o }")[0] == 200


def test_a_query_whose_client_hangs_up_is_stopped(store_dir: Path):
    # A long timeout, so only the hang-up can stop the query within the test's few seconds.
    srv = Serve(store_dir, "--timeout", "120", "--workers", "1")
    try:
        before = srv.workers()
        assert len(before) == 1
        body = RUNAWAY.encode()
        with socket.create_connection(("127.0.0.1", srv.port)) as s:
            s.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                      b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            time.sleep(1.0)
            assert srv.workers() == before  # still working on it
        hung_up = time.monotonic()
        while time.monotonic() - hung_up < 20 and not (before - srv.workers()):
            time.sleep(0.05)
        gone = before - srv.workers()
        assert gone, "the worker running the abandoned query was not stopped"
        assert all(not Path(f"/proc/{p}").exists() for p in gone)
        assert srv.query("ASK { ?s ?p ?o }")[0] == 200  # a new worker serves the next query
    finally:
        err = srv.stop()
    assert "Traceback" not in err


def test_a_result_over_the_byte_cap_gets_413(server: Serve):
    status, _, body = server.query("SELECT * WHERE { ?s ?p ?o }")
    assert status == 413 and b"4,096 bytes" in body and b"--max-result-bytes" in body
    status, _, body = server.query("SELECT * WHERE { ?s ?p ?o } LIMIT 2")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


def test_fifty_clients_at_once_are_all_answered(server: Serve):
    def one(i: int) -> tuple[int, int]:
        status, _, body = server.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <urn:kg:p{i % 7}> ?o }}", timeout=120)
        return status, int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) if status == 200 else -1

    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(one, range(50)))
    expected = [len(range(i % 7, 400, 7)) for i in range(50)]
    assert [r[0] for r in results] == [200] * 50
    assert [r[1] for r in results] == expected


def test_a_refused_post_keeps_the_connection_usable(server: Serve):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("POST", "/update", body=b"update=" + b"CLEAR+ALL" * 1000,
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        resp = conn.getresponse()
        assert resp.status == 403
        resp.read()
        conn.request("POST", "/query", body=b"ASK { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"})
        resp = conn.getresponse()
        assert resp.status == 200 and json.loads(resp.read())["boolean"] is True
    finally:
        conn.close()


def test_load_is_refused_under_allow_update(tmp_path: Path, store_dir: Path, internal: Recorder):
    import shutil

    store = tmp_path / "rw"
    shutil.copytree(store_dir, store)
    srv = Serve(store, "--allow-update", "--timeout", "5")
    try:
        for u in (f"LOAD <http://127.0.0.1:{internal.port}/data.ttl>",
                  f"load silent <http://127.0.0.1:{internal.port}/data.ttl> INTO GRAPH <urn:kg:x>",
                  "LOAD <file:///etc/passwd>",
                  f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{internal.port}/> {{ ?s ?p ?o }} }}"):
            status, _, body = srv.update(u)
            assert status == 403 and b"refused" in body, (u, body)
        assert internal.hits == []
        status, _, _ = srv.update("INSERT DATA { <urn:kg:new> <urn:kg:p> 1 }")
        assert status == 200
        assert json.loads(srv.query("ASK { <urn:kg:new> ?p ?o }")[2])["boolean"] is True
        status, _, body = srv.update(
            "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f . ?x ?y ?z } "
            "FILTER(STR(?z) != 'never') }"
        )
        assert status == 503 and b"was stopped" in body  # a runaway update is stopped as well
        # and changed nothing: the update's transaction died with its worker
        assert json.loads(srv.query("ASK { <urn:kg:new> ?p ?o }")[2])["boolean"] is True
        assert json.loads(srv.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2])["results"]["bindings"][0]["n"]["value"] == "401"
    finally:
        err = srv.stop()
    assert "Traceback" not in err


def test_a_bearer_token_is_required_when_set_and_threads_are_bounded(store_dir: Path):
    token = "kg-test-" + os.urandom(8).hex()
    srv = Serve(store_dir, "--threads", "1", env=kg_env(KG_SERVE_TOKEN=token))
    idle: list[socket.socket] = []
    try:
        status, _, body = srv.query("ASK { ?s ?p ?o }")
        assert status == 401 and b"Bearer" in body and token.encode() not in body
        status, _, _ = srv.request("POST", "/query", b"ASK { ?s ?p ?o }",
                                   {"Content-Type": "application/sparql-query", "Authorization": "Bearer wrong"})
        assert status == 401
        status, _, body = srv.request("POST", "/query", b"ASK { ?s ?p ?o }",
                                      {"Content-Type": "application/sparql-query", "Authorization": f"Bearer {token}"})
        assert status == 200 and json.loads(body)["boolean"] is True
        # kg's own client sends the token from KG_ENDPOINT_TOKEN
        ask = ("query", "sparql", "ASK { ?s ?p ?o }", "--endpoint", srv.url + "/query")
        refused = run_kg(*ask)
        assert refused.returncode == 1 and "401" in refused.stderr and "Traceback" not in refused.stderr
        allowed = run_kg(*ask, env=kg_env(KG_ENDPOINT_TOKEN=token))
        assert allowed.returncode == 0 and allowed.stdout.strip() == "true", allowed.stderr
        assert token not in allowed.stdout + allowed.stderr
        # One thread, 64 waiting: the 66th idle connection is turned away at once with 503.
        for _ in range(65):
            idle.append(socket.create_connection(("127.0.0.1", srv.port)))
        time.sleep(0.5)
        with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as extra:
            extra.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            reply = extra.recv(4096)
        assert reply.startswith(b"HTTP/1.1 503") and b"--threads" in reply
    finally:
        for s in idle:
            s.close()
        err = srv.stop()
    assert token not in err and "bearer token required" in err


def test_listening_beyond_loopback_without_a_token_warns(store_dir: Path):
    srv = Serve(store_dir, "--host", "0.0.0.0")
    err = srv.stop()
    assert "warning: listening on 0.0.0.0 without authentication" in err
