"""``kg serve``: a SPARQL 1.1 Protocol endpoint over a kg store, with limits a public-facing service needs.

* **Nothing is fetched.** ``SERVICE`` in queries and ``LOAD`` in updates are refused (403) unless
  their target's host is in ``allowed_hosts`` (:mod:`kg.sparql_guard`).
* **Queries run in worker processes** (``workers``, each with its own read-only handle on the store;
  with ``allow_update`` one read-write worker runs queries and updates in turn). A query that runs
  past ``timeout`` seconds, or whose client goes away, is stopped by ending its worker, which is
  replaced at once; the client gets 503 (timeout) or nothing (it left).
* **Results are capped** at ``max_result_bytes``: a larger result is cut off in the worker while
  it is being serialised, and the client gets 413 with a line saying so.
* **Threads are bounded**: ``threads`` connections are served at a time, ``backlog`` more wait;
  beyond that a connection gets 503 at once. Idle keep-alive connections are closed after
  ``idle_timeout`` seconds.
* **Optional authentication**: with a ``token`` (``KG_SERVE_TOKEN``), every request needs
  ``Authorization: Bearer <token>``; without it the endpoint binds to 127.0.0.1 by default.

>>> server = make_server(Store(), port=0)   # doctest: +SKIP
>>> server.serve_forever()                  # doctest: +SKIP
"""
from __future__ import annotations

import hmac
import json
import os
import queue
import select
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import StoreError
from kg.sparql_guard import remote_problem

__all__ = ["Limits", "make_server"]

MAX_BODY = 10 * 1024 * 1024
#: Seconds a request may wait for a free worker, on top of its timeout.
QUEUE_WAIT = 30.0


@dataclass
class Limits:
    """What one ``kg serve`` allows; every field has a ``kg serve`` option of the same name."""

    timeout: float = 30.0  # seconds a query or update may run
    max_result_bytes: int = 64 * 1024 * 1024  # serialised result size
    threads: int = 16  # connections served at once
    backlog: int = 64  # connections waiting for a thread
    workers: int = 2  # query processes (1 with --allow-update)
    idle_timeout: float = 30.0  # seconds an idle keep-alive connection is kept
    allowed_hosts: tuple[str, ...] = ()  # hosts SERVICE and LOAD may reach
    token: str | None = field(default=None, repr=False)  # bearer token every request must carry


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# -- the work: in a worker process, or inline for an in-memory store -------------------------------
def _formats() -> tuple[dict[str, Any], dict[str, Any]]:
    import pyoxigraph as ox

    results = {
        "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
        "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
        "csv": (ox.QueryResultsFormat.CSV, "text/csv"),
        "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
    }
    graphs = {
        "turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
        "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
        "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
        "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    }
    return results, graphs


def serialize_results(result: Any, fmt: str, sink: Any) -> str:
    """Write an Oxigraph query result to ``sink`` in ``fmt``; returns the media type. Evaluation happens here."""
    import pyoxigraph as ox

    results, graphs = _formats()
    if isinstance(result, ox.QueryTriples):
        rdf_fmt, media = graphs.get(fmt, graphs["ntriples" if fmt in ("csv", "tsv") else "turtle"])
        ox.serialize(result, sink, format=rdf_fmt)
        return media
    res_fmt, media = results.get(fmt, results["json"])
    if isinstance(result, ox.QueryBoolean) and fmt in ("csv", "tsv"):
        sink.write(b"true\n" if bool(result) else b"false\n")
    else:
        result.serialize(sink, format=res_fmt)
    return media


_BAD_IRI = frozenset('<>"{}|^`\\ \n\t')


class _LeanStore:
    """What a worker needs of a store, on pyoxigraph alone: it starts in a fraction of a second."""

    def __init__(self, path: str, writable: bool, prefixes: dict[str, str], entities_graph: str) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.prefixes = prefixes
        self.entities_graph = entities_graph
        try:
            self.store = ox.Store(path) if writable else ox.Store.read_only(path)
        except OSError as e:
            raise StoreError(f"{path}: cannot open the store: {e}") from e
        self.writable = writable

    def _graphs(self, iris: list[str] | None) -> list[Any] | None:
        if not iris:
            return None
        for iri in iris:
            if any(c in _BAD_IRI for c in iri):
                raise StoreError(f"not a valid IRI: {iri!r}")
        return [self.ox.NamedNode(i) for i in iris]

    def query_serialized(self, sparql: str, fmt: str, *, default_graph: list[str] | None = None,
                         named_graphs: list[str] | None = None, output: Any) -> str:
        kwargs: dict[str, Any] = {}
        defaults = self._graphs(default_graph)
        named = self._graphs(named_graphs)
        if defaults:
            kwargs["default_graph"] = defaults
        if named:
            kwargs["named_graphs"] = named
        try:
            result = self.store.query(sparql, prefixes=self.prefixes, use_default_graph_as_union=not defaults, **kwargs)
        except SyntaxError as e:
            raise StoreError(f"bad SPARQL query: {e}") from e
        except (OSError, ValueError) as e:
            raise StoreError(f"query failed: {e}") from e
        try:
            return serialize_results(result, fmt, output)
        except (OSError, ValueError) as e:
            raise StoreError(f"query failed: {e}") from e

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql, prefixes=self.prefixes)
        except SyntaxError as e:
            raise StoreError(f"bad SPARQL update: {e}") from e
        except (OSError, ValueError) as e:
            raise StoreError(f"update failed: {e}") from e

    def count(self) -> int:
        return len(self.store)

    def documents(self) -> list[str]:
        return [g.value for g in self.store.named_graphs()
                if isinstance(g, self.ox.NamedNode) and g.value != self.entities_graph]

    def close(self) -> None:
        if self.writable:
            self.store.flush()


class _CappedBuffer:
    """A binary sink that stops the serialisation (and so the evaluation) past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.over = False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.over = True
            raise OSError("result size limit reached")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        return None

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _too_large(limit: int) -> _Refused:
    return _Refused(413, f"the result is over this endpoint's limit of {limit:,} bytes (kg serve --max-result-bytes); "
                         "add LIMIT or narrow the query")


def execute(store: Any, request: dict[str, Any], max_result_bytes: int) -> tuple[int, bytes, str]:
    """Run one query or update on ``store``; ``(status, body, media type)``, never an exception."""
    try:
        if request["kind"] == "update":
            store.update(request["text"])
            return 200, b"ok\n", "text/plain"
        if request["kind"] == "info":
            text = f"{store.count()} quads, {len(store.documents())} documents"
            return 200, text.encode("utf-8"), "text/plain"
        sink = _CappedBuffer(max_result_bytes)
        try:
            media = store.query_serialized(
                request["text"], request["fmt"], default_graph=request.get("default") or None,
                named_graphs=request.get("named") or None, output=sink,
            )
        except StoreError:
            if sink.over:
                raise _too_large(max_result_bytes) from None
            raise
        return 200, sink.getvalue(), media
    except _Refused as e:
        return e.status, (e.message + "\n").encode("utf-8"), "text/plain"
    except StoreError as e:
        message = str(e)
        status = 400 if message.startswith(("bad SPARQL", "not a valid IRI")) else 500
        return status, (message + "\n").encode("utf-8"), "text/plain"
    except Exception as e:  # noqa: BLE001 - e.g. a SERVICE answer Oxigraph cannot read: an HTTP error, not a dropped connection
        text = f"the query failed: {type(e).__name__}: {e}".splitlines()[0][:1000]
        return 500, (text + "\n").encode("utf-8"), "text/plain"


def _worker_main() -> None:
    """A worker process: its settings, then requests, in on stdin; ``(header, body)`` replies on the original stdout."""
    try:
        _serve_requests()
    except (BrokenPipeError, ConnectionError, EOFError, KeyboardInterrupt):
        pass  # the server went away (stopped, or killed): so does this worker, quietly


def _serve_requests() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server ends its workers
    out_fd = os.dup(1)
    os.dup2(2, 1)  # anything printed goes to stderr, never into the reply channel
    requests = Connection(os.dup(0), writable=False)
    replies = Connection(out_fd, readable=False)
    try:
        settings = json.loads(requests.recv_bytes())
    except EOFError:
        return
    max_result_bytes = int(settings["max_result_bytes"])
    try:
        store = _LeanStore(settings["path"], settings["writable"], settings["prefixes"], settings["entities_graph"])
    except StoreError as e:
        replies.send_bytes(json.dumps({"ready": False, "error": str(e)}).encode())
        return
    replies.send_bytes(json.dumps({"ready": True}).encode())
    try:
        while True:
            try:
                request = json.loads(requests.recv_bytes())
            except EOFError:
                break
            status, body, media = execute(store, request, max_result_bytes)
            replies.send_bytes(json.dumps({"status": status, "media": media}).encode())
            replies.send_bytes(body)
    finally:
        store.close()


class _Worker:
    def __init__(self, settings: dict[str, Any]) -> None:
        self.proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-c", "from kg.serve import _worker_main; _worker_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.requests = Connection(os.dup(self.proc.stdin.fileno()), readable=False)
        self.replies = Connection(os.dup(self.proc.stdout.fileno()), writable=False)
        self.proc.stdin.close()
        self.proc.stdout.close()
        self.requests.send_bytes(json.dumps(settings).encode("utf-8"))

    def wait_ready(self, timeout: float = 60.0) -> None:
        if not self.replies.poll(timeout):
            self.kill()
            raise StoreError("a query worker did not start in time")
        try:
            hello = json.loads(self.replies.recv_bytes())
        except EOFError:
            self.kill()
            raise StoreError("a query worker exited at start") from None
        if not hello.get("ready"):
            self.kill()
            raise StoreError(hello.get("error") or "a query worker could not open the store")

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        self.proc.wait()
        for conn in (self.requests, self.replies):
            try:
                conn.close()
            except OSError:
                pass


class _Gone(Exception):
    """The client closed its connection while its query ran."""


class WorkerPool:
    """Worker processes, each serving one request at a time; a stuck or abandoned one is killed and replaced."""

    def __init__(self, path: str | Path, *, writable: bool, size: int, max_result_bytes: int) -> None:
        from kg.ontology import DEFAULT_BASE, entities_graph_iri
        from kg.store import QUERY_PREFIXES

        self.settings = {"path": str(path), "writable": writable, "max_result_bytes": max_result_bytes,
                         "prefixes": dict(QUERY_PREFIXES), "entities_graph": entities_graph_iri(DEFAULT_BASE)}
        self.writable = writable
        self.size = 1 if writable else max(1, size)
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.closed = False
        self.restarts = 0
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        started = [self._spawn() for _ in range(self.size)]
        try:
            for w in started:
                w.wait_ready()
                self.idle.put(w)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        w = _Worker(self.settings)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            self.restarts += 1
        if self.closed:
            return

        def start() -> None:
            while not self.closed:
                w = self._spawn()
                try:
                    w.wait_ready()
                except StoreError:
                    with self._lock:
                        self._all.discard(w)
                    time.sleep(1)
                    continue
                if self.closed:
                    w.kill()
                else:
                    self.idle.put(w)
                return

        threading.Thread(target=start, daemon=True).start()

    def run(self, request: dict[str, Any], *, timeout: float, client_gone: Any) -> tuple[int, bytes, str]:
        # A request waits for a free worker (behind others, or while a stopped one is replaced), then has
        # `timeout` seconds of its own.
        wait = timeout + QUEUE_WAIT
        waited = time.monotonic()
        while True:
            try:
                w = self.idle.get(timeout=min(0.25, wait))
                break
            except queue.Empty:
                if client_gone():
                    raise _Gone from None
                if time.monotonic() - waited >= wait:
                    raise _Refused(503, f"every query worker was busy for {wait:g} s; try again later") from None
        deadline = time.monotonic() + timeout
        try:
            w.requests.send_bytes(json.dumps(request).encode("utf-8"))
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._replace(w)
                    raise _Refused(503, f"the query ran for over {timeout:g} s and was stopped (kg serve --timeout)")
                if w.replies.poll(min(0.05, left)):
                    header = json.loads(w.replies.recv_bytes())
                    body = w.replies.recv_bytes()
                    self.idle.put(w)
                    return header["status"], body, header["media"]
                if client_gone():
                    self._replace(w)
                    raise _Gone
                if w.proc.poll() is not None:
                    self._replace(w)
                    raise _Refused(500, "the query worker died (out of memory?); the query was not answered")
        except (EOFError, OSError, ValueError):
            self._replace(w)
            raise _Refused(500, "the query worker failed; the query was not answered") from None

    def close(self) -> None:
        self.closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


class InlineRunner:
    """Runs requests in the handler thread: for in-memory stores, which worker processes cannot share."""

    def __init__(self, store: Any, max_result_bytes: int) -> None:
        self.store = store
        self.max_result_bytes = max_result_bytes
        self._write = threading.Lock()
        self.restarts = 0

    def run(self, request: dict[str, Any], *, timeout: float, client_gone: Any) -> tuple[int, bytes, str]:
        if request["kind"] == "update":
            with self._write:
                return execute(self.store, request, self.max_result_bytes)
        return execute(self.store, request, self.max_result_bytes)

    def close(self) -> None:
        return None


# -- HTTP ------------------------------------------------------------------------------------------
_ACCEPT = [
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("text/turtle", "turtle"),
    ("application/n-triples", "ntriples"),
    ("application/rdf+xml", "rdfxml"),
    ("application/ld+json", "jsonld"),
]


def negotiate(accept: str, fmt_param: str | None) -> str:
    """Result format from a ``format`` parameter or the Accept header (the best-ranked supported type wins)."""
    if fmt_param:
        return fmt_param
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, bits[0].lower()))
    for _, _, media in sorted(ranked):
        for known, name in _ACCEPT:
            if media == known:
                return name
    return "json"


class _BoundedServer(HTTPServer):
    """An HTTP server with a fixed pool of handler threads and a bounded wait list."""

    request_queue_size = 128

    def __init__(self, address: tuple[str, int], handler: type, limits: Limits) -> None:
        super().__init__(address, handler)
        self.limits = limits
        self._pool = ThreadPoolExecutor(max_workers=limits.threads, thread_name_prefix="kg-serve")
        self._slots = threading.BoundedSemaphore(limits.threads + limits.backlog)
        self.verbose = False
        self.runner: Any = None
        self.busy_refusals = 0
        self._active: set[Any] = set()
        self._active_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.busy_refusals += 1
            body = b"the endpoint is at its connection limit (kg serve --threads); try again later\n"
            try:
                request.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 1\r\n"
                    b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
                )
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            self._pool.submit(self._handle, request, client_address)
        except RuntimeError:  # shutting down
            self._slots.release()
            self.shutdown_request(request)

    def _handle(self, request: Any, client_address: Any) -> None:
        with self._active_lock:
            self._active.add(request)
        try:
            self.finish_request(request, client_address)
        except Exception:  # noqa: BLE001
            self.handle_error(request, client_address)
        finally:
            with self._active_lock:
                self._active.discard(request)
            self.shutdown_request(request)
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if self.verbose and exc is not None and not isinstance(exc, (ConnectionError, TimeoutError)):
            sys.stderr.write(f"kg serve: {client_address[0]}: {type(exc).__name__}: {exc}\n")

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self.runner is not None:
            self.runner.close()
        # Wake handler threads waiting on idle keep-alive connections, so the process ends now, not after
        # the idle timeout (the pool's threads are joined at exit).
        with self._active_lock:
            active = list(self._active)
        for request in active:
            try:
                request.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def make_server(
    store: Any,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    allow_update: bool = False,
    limits: Limits | None = None,
) -> Any:
    """A SPARQL 1.1 Protocol server over ``store`` (a :class:`kg.store.Store`, or the path of one).

    ``GET/POST /query`` (also ``/sparql``) answer queries (``query=`` form or URL parameter, or an
    ``application/sparql-query`` body; results negotiated by Accept). ``POST /update`` runs SPARQL
    Update only when ``allow_update``; otherwise it answers 403. Given a path (what ``kg serve``
    does), queries run in worker processes and every limit of :class:`Limits` holds; given an
    in-memory ``Store``, they run in the handler threads (no timeout). Call ``serve_forever()`` on
    the result and ``server_close()`` after; ``server_address`` holds the bound port.
    """
    limits = limits or Limits()
    from kg.store import Store

    server = _BoundedServer((host, port), _handler(allow_update, limits), limits)
    try:
        if isinstance(store, Store) and store.path is None:
            server.runner = InlineRunner(store, limits.max_result_bytes)
        else:
            path = store.path if isinstance(store, Store) else Path(store)
            if isinstance(store, Store):
                store.close()  # the workers open it; a writer's lock must not stay here
            server.runner = WorkerPool(path, writable=allow_update, size=limits.workers, max_result_bytes=limits.max_result_bytes)
    except BaseException:
        server.server_close()
        raise
    return server


def _handler(allow_update: bool, limits: Limits) -> type:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/0.1"
        protocol_version = "HTTP/1.1"
        timeout = limits.idle_timeout
        _body: bytes | None = None

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            if getattr(self.server, "verbose", False):
                super().log_message(format, *args)

        def _send(self, status: int, body: bytes, media: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/") or "json" in media else ""))
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
            self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain", headers)

        def _read_body(self) -> bool:
            """Read a POST body whatever the answer will be, so the next keep-alive request is read cleanly."""
            if self.headers.get("Transfer-Encoding", "").lower() not in ("", "identity"):
                self.close_connection = True
                self._error(411, "send the body with a Content-Length (chunked bodies are not accepted)")
                return False
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY:
                self.close_connection = True
                self._error(413 if length > MAX_BODY else 400,
                            f"request body over {MAX_BODY} bytes" if length > MAX_BODY else "bad Content-Length")
                return False
            self._body = self.rfile.read(length) if length else b""
            return True

        def _authorised(self) -> bool:
            if not limits.token:
                return True
            given = self.headers.get("Authorization") or ""
            scheme, _, value = given.partition(" ")
            if scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), limits.token.encode()):
                return True
            self._error(401, "this endpoint needs Authorization: Bearer <token> (the KG_SERVE_TOKEN it was started with)",
                        {"WWW-Authenticate": 'Bearer realm="kg"'})
            return False

        def _client_gone(self) -> bool:
            sock = self.connection
            try:
                readable, _, _ = select.select([sock], [], [], 0)
                if not readable:
                    return False
                return sock.recv(1, socket.MSG_PEEK) == b""
            except (OSError, ValueError):
                return True

        def _params(self) -> tuple[dict[str, list[str]], str]:
            params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
            ctype = ""
            if self.command == "POST":
                ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if ctype == "application/x-www-form-urlencoded":
                    for k, v in parse_qs((self._body or b"").decode("utf-8"), keep_blank_values=True).items():
                        params.setdefault(k, []).extend(v)
            return params, ctype

        def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
            self.do_GET()

        def do_GET(self) -> None:  # noqa: N802
            if not self._authorised():
                return
            path = urlsplit(self.path).path.rstrip("/")
            if path in ("/query", "/sparql"):
                self._query()
            elif path in ("", "/index.html"):
                self._index()
            elif path == "/update":
                self._error(405, "use POST for /update")
            else:
                self._error(404, f"no such endpoint {path!r}; use /query" + (" or /update" if allow_update else ""))

        def do_POST(self) -> None:  # noqa: N802
            if not self._read_body() or not self._authorised():
                return
            path = urlsplit(self.path).path.rstrip("/")
            if path in ("/query", "/sparql"):
                self._query()
            elif path == "/update":
                self._update()
            else:
                self._error(404, f"no such endpoint {path!r}")

        def _index(self) -> None:
            status, body, _ = self._run({"kind": "info"})
            if status is None:
                return
            mode = "queries and updates" if allow_update else "read-only"
            text = (
                f"kg SPARQL 1.1 endpoint ({mode}), {body.decode('utf-8').strip()}.\n"
                "Query:  GET or POST /query  (query=..., or a application/sparql-query body)\n"
                + ("Update: POST /update (update=..., or a application/sparql-update body)\n" if allow_update else "")
                + f"Limits: {limits.timeout:g} s per query, results up to {limits.max_result_bytes:,} bytes; "
                "SERVICE and LOAD " + (f"only to {', '.join(limits.allowed_hosts)}" if limits.allowed_hosts else "refused") + "\n"
            )
            self._send(200, text.encode("utf-8"), "text/plain")

        def _run(self, request: dict[str, Any]) -> tuple[int | None, bytes, str]:
            try:
                return self.server.runner.run(request, timeout=limits.timeout, client_gone=self._client_gone)  # type: ignore[attr-defined]
            except _Gone:
                self.close_connection = True
                return None, b"", ""
            except _Refused as e:
                headers = {"Retry-After": "1"} if e.status == 503 else None
                self._error(e.status, e.message, headers)
                return None, b"", ""

        def _query(self) -> None:
            try:
                params, ctype = self._params()
            except (ValueError, UnicodeDecodeError) as e:
                self._error(400, f"bad request body: {e}")
                return
            if self._body is not None and ctype == "application/sparql-query":
                query = self._body.decode("utf-8", errors="replace")
            else:
                query = (params.get("query") or [""])[0]
            if not query.strip():
                self._error(400, "missing query (give query=... or a application/sparql-query body)")
                return
            problem = remote_problem(query, allowed_hosts=limits.allowed_hosts)
            if problem is not None:
                self._error(403, problem)
                return
            request = {
                "kind": "query",
                "text": query,
                "fmt": negotiate(self.headers.get("Accept") or "", (params.get("format") or [None])[0]),
                "default": params.get("default-graph-uri") or None,
                "named": params.get("named-graph-uri") or None,
            }
            status, body, media = self._run(request)
            if status is not None:
                self._send(status, body, media)

        def _update(self) -> None:
            if not allow_update:
                self._error(403, "this endpoint is read-only; start it with `kg serve --allow-update` to accept updates")
                return
            try:
                params, ctype = self._params()
            except (ValueError, UnicodeDecodeError) as e:
                self._error(400, f"bad request body: {e}")
                return
            if ctype == "application/sparql-update" and self._body:
                update = self._body.decode("utf-8", errors="replace")
            else:
                update = (params.get("update") or [""])[0]
            if not update.strip():
                self._error(400, "missing update (give update=... or a application/sparql-update body)")
                return
            problem = remote_problem(update, allowed_hosts=limits.allowed_hosts)
            if problem is not None:
                self._error(403, problem)
                return
            status, body, media = self._run({"kind": "update", "text": update})
            if status is not None:
                self._send(status, body, media)

    return Handler
