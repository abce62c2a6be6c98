"""kg load sparql's client against small local HTTP servers that misbehave on purpose (retries, refusals),
and its N-Quads reader on graphs that come in several runs. No Fuseki needed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kg.errors import StoreError
from kg.sinks.sparql import graph_runs, iter_graphs, push

NQ = (
    '<http://x/a> <http://x/p> "one" <http://g/doc1> .\n'
    '<http://x/a> <http://x/q> "tricky \\" <http://g/doc2> . quote"@en <http://g/doc1> .\n'
    '<http://x/b> <http://x/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g/doc2> .\n'
    '<http://x/b> <http://x/p> _:b1 <http://g/doc2> .\n'
    "\n"
    '<http://x/c> <http://x/p> <http://x/d> .\n'
    '<http://x/a> <http://x/r> "late, résumé" <http://g/doc1> .\n'
)


def test_graphs_in_several_runs_are_grouped_and_streamed(tmp_path):
    nq = tmp_path / "graph.nq"
    nq.write_text(NQ, encoding="utf-8")
    runs = graph_runs(nq)
    assert list(runs) == ["http://g/doc1", "http://g/doc2", ""]
    assert len(runs["http://g/doc1"]) == 2  # a late run at the end, as kg appends late Statistic links
    graphs = {name: (body.decode("utf-8"), n) for name, body, n in iter_graphs(nq)}
    assert graphs["http://g/doc1"] == (
        '<http://x/a> <http://x/p> "one" .\n'
        '<http://x/a> <http://x/q> "tricky \\" <http://g/doc2> . quote"@en .\n'
        '<http://x/a> <http://x/r> "late, résumé" .\n',
        3,
    )
    assert graphs["http://g/doc2"][1] == 2 and "_:b1 .\n" in graphs["http://g/doc2"][0]
    assert graphs[""] == ("<http://x/c> <http://x/p> <http://x/d> .\n", 1)


def test_a_line_that_is_not_n_quads_is_named(tmp_path):
    nq = tmp_path / "bad.nq"
    nq.write_text('<http://x/a> <http://x/p> "unterminated <http://g/1> .\n', encoding="utf-8")
    with pytest.raises(StoreError, match=r"bad.nq:1: not an N-Quads line"):
        graph_runs(nq)


class Flaky:
    """A Graph Store Protocol stand-in on 127.0.0.1: fails the first ``failures`` requests, then stores PUTs."""

    def __init__(self, failures: list[int | str], *, retry_after: str | None = None) -> None:
        self.failures = list(failures)  # an HTTP status, or "drop" to close the connection without answering
        self.retry_after = retry_after
        self.requests: list[tuple[str, str]] = []
        self.graphs: dict[str, bytes] = {}
        self.auth: list[str | None] = []
        flaky = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                flaky.requests.append(("PUT", self.path))
                flaky.auth.append(self.headers.get("Authorization"))
                if flaky.failures:
                    what = flaky.failures.pop(0)
                    if what == "drop":
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    self.send_response(int(what))
                    if flaky.retry_after is not None:
                        self.send_header("Retry-After", flaky.retry_after)
                    message = b"Bad graph: syntax error at line 1" if int(what) == 400 else b"busy"
                    self.send_header("Content-Length", str(len(message)))
                    self.end_headers()
                    self.wfile.write(message)
                    return
                query = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
                name = query["graph"][0] if "graph" in query else ""
                created = name not in flaky.graphs
                flaky.graphs[name] = body
                self.send_response(201 if created else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ds/data"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Flaky":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def nq(tmp_path) -> Path:
    path = tmp_path / "graph.nq"
    path.write_text(NQ, encoding="utf-8")
    return path


def test_transient_errors_are_retried_until_the_store_answers(nq):
    retries: list[str] = []
    with Flaky([503, "drop", 502, 429, 504]) as store:
        report = push(nq, store.url, backoff=0.01, retries=5, on_retry=retries.append)
    assert report.graphs == 3 and report.triples == 6 and report.created == 3
    assert report.retries == 5 and len(retries) == 5
    assert "503" in retries[0] and "429" in retries[3]
    assert len(store.requests) == 5 + 3  # the failures, then one PUT per graph
    assert set(store.graphs) == {"http://g/doc1", "http://g/doc2", ""}
    assert store.graphs["http://g/doc1"].decode("utf-8").count("\n") == 3
    assert any(path.endswith("?default") for _, path in store.requests)
    assert all(a is None for a in store.auth)  # no password, no Authorization header


def test_retry_after_is_honoured_and_credentials_are_sent(nq):
    import base64

    with Flaky([429], retry_after="0") as store:
        report = push(nq, store.url, user="kg", password="s3cret", backoff=30, retries=1)
    assert report.retries == 1  # a 30 s backoff would have timed the test out: Retry-After: 0 was used
    assert set(store.auth) == {"Basic " + base64.b64encode(b"kg:s3cret").decode()}


def test_retries_run_out_with_a_clear_error(nq):
    with Flaky([503] * 10) as store:
        with pytest.raises(StoreError, match=r"PUT http://127\.0\.0\.1:\d+/ds/data answered 503 .* after 3 tries"):
            push(nq, store.url, backoff=0.01, retries=2)
    assert len(store.requests) == 3


def test_a_client_error_is_not_retried(nq):
    with Flaky([400]) as store:
        with pytest.raises(StoreError, match=r"answered 400 Bad Request: Bad graph: syntax error at line 1"):
            push(nq, store.url, backoff=0.01)
    assert len(store.requests) == 1


def test_an_unreachable_store_is_reported_after_the_retries(nq):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket is closed
    with pytest.raises(StoreError, match=r"cannot reach http://127\.0\.0\.1:\d+/kg/data after 2 tries"):
        push(nq, f"http://127.0.0.1:{port}/kg/data", backoff=0.01, retries=1)


def test_the_cli_reports_retries_and_refuses_urls_with_credentials(nq):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_SPARQL_")}
    env["KG_CONFIG"] = os.devnull
    with Flaky([503, 503]) as store:
        proc = subprocess.run(
            [sys.executable, "-m", "kg", "load", "sparql", str(nq), "--endpoint", store.url, "--backoff", "0.01", "--json"],
            capture_output=True, text=True, timeout=120, env=env, check=False,
        )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["retries"] == 2
    assert proc.stderr.count("503") == 2 and "trying again" in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "load", "sparql", str(nq), "--endpoint", "http://kg:pw@127.0.0.1:1/data"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert proc.returncode == 1 and "not in the URL" in proc.stderr and "pw@" not in proc.stderr


def test_a_big_graph_goes_as_a_put_then_posts_of_its_pieces(nq):

    with Flaky([]) as store:
        # Allow POST on the stand-in: it appends to the graph, as the Graph Store Protocol says.
        handler = store.server.RequestHandlerClass

        def do_post(self) -> None:  # noqa: ANN001
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            store.requests.append(("POST", self.path))
            name = parse_qs(urlsplit(self.path).query)["graph"][0]
            store.graphs[name] = store.graphs.get(name, b"") + body
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        handler.do_POST = do_post
        report = push(nq, store.url, max_bytes=60)
    methods = [(m, p.split("?", 1)[1]) for m, p in store.requests]
    doc1 = "graph=http%3A%2F%2Fg%2Fdoc1"
    assert methods[:3] == [("PUT", doc1), ("POST", doc1), ("POST", doc1)]  # three triples, one per piece
    assert report.graphs == 3 and report.requests == len(store.requests) and report.triples == 6
    assert store.graphs["http://g/doc1"].decode("utf-8").count(" .\n") == 3
