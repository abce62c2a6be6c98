"""Any SPARQL store: push a build's named graphs with the SPARQL 1.1 Graph Store Protocol, and query one.

``push`` reads ``graph.nq`` (``kg build --rdf-format nq``) and sends each named graph (one per document,
plus kg's entities graph) as one HTTP ``PUT {endpoint}?graph={iri}`` of N-Triples. A PUT replaces the
graph, so loading the same build again leaves the store as it was (idempotent), and a rebuilt document
replaces its old graph. A graph over 64 MB of N-Triples goes as a PUT of its first piece and a POST (add)
of each further one. Quads in the default graph (kg writes none) go with ``PUT {endpoint}?default``.

Streaming: kg writes each document's graph as one run of lines, but the Statistic links that only later
documents resolve are appended at the end, so a graph can come in more than one run. A first pass records
each graph's runs (byte offsets, not the triples); the second reads one graph's runs at a time and sends
them. Memory holds one graph plus a few integers per run, whatever the size of the file.

Credentials (HTTP basic) come from ``KG_SPARQL_USER`` / ``KG_SPARQL_PASSWORD`` or the ``[sparql]`` table
of kg's settings file (:mod:`kg.config`); the password is never printed. Transient failures (connection
errors, timeouts, 429, 502, 503, 504) are retried with exponential backoff (honouring ``Retry-After``);
any other 4xx or 5xx answer stops the load with the status and the server's first words.
"""
from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from http.client import HTTPException
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlsplit
from urllib.request import Request, urlopen

from kg.errors import ConfigError, StoreError

__all__ = ["PushReport", "TRANSIENT_STATUS", "graph_runs", "graph_store_url", "http_request", "iter_graphs", "push", "sparql_connection"]

#: HTTP answers worth another try: too many requests, and a gateway or service that is down for now.
TRANSIENT_STATUS = frozenset({429, 502, 503, 504})
NTRIPLES = "application/n-triples; charset=utf-8"
#: The most N-Triples bytes one request carries; a bigger graph is sent in pieces (PUT, then POSTs).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_DEFAULT = ""  # the graph "name" of default-graph quads


# -- reading graph.nq ---------------------------------------------------------------------------------
def _skip_term(line: str, i: int) -> int:
    """Index just past the N-Quads term that starts at ``line[i]`` (IRI, blank node or literal)."""
    c = line[i]
    if c == "<":
        return line.index(">", i) + 1
    if c == "_":
        j = i
        while j < len(line) and line[j] not in " \t":
            j += 1
        return j
    if c == '"':
        j = i + 1
        while True:
            c2 = line[j]
            if c2 == "\\":
                j += 2
                continue
            if c2 == '"':
                break
            j += 1
        j += 1
        if j < len(line) and line[j] == "@":
            while j < len(line) and line[j] not in " \t":
                j += 1
        elif line.startswith("^^", j):
            j = line.index(">", j) + 1
        return j
    raise ValueError(f"not an N-Quads term at column {i + 1}")


def _graph_of(line: str) -> tuple[str, int]:
    """The graph IRI of an N-Quads line (``""`` for the default graph) and where the triple part ends."""
    i = 0
    for _ in range(3):
        while line[i] in " \t":
            i += 1
        i = _skip_term(line, i)
    end = i
    while line[i] in " \t":
        i += 1
    if line[i] == "<":
        j = _skip_term(line, i)
        return line[i + 1 : j - 1], end
    if line[i] == "_":
        raise ValueError("a blank node as graph name cannot be addressed by the Graph Store Protocol")
    return _DEFAULT, end


def graph_runs(path: str | Path) -> dict[str, list[tuple[int, int]]]:
    """Each graph's runs of consecutive lines in an N-Quads file, as (byte offset, byte length), in file order."""
    runs: dict[str, list[tuple[int, int]]] = {}
    current: str | None = None
    offset = 0
    with Path(path).open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            size = len(raw)
            line = raw.decode("utf-8").strip()
            if not line or line.startswith("#"):
                offset += size
                current = None
                continue
            try:
                name, _ = _graph_of(line)
            except (ValueError, IndexError) as exc:
                raise StoreError(f"{path}:{number}: not an N-Quads line ({exc})") from None
            if name == current:
                start, length = runs[name][-1]
                runs[name][-1] = (start, length + size)
            else:
                runs.setdefault(name, []).append((offset, size))
                current = name
            offset += size
    return runs


def iter_graphs(path: str | Path, max_bytes: int | None = None) -> Iterator[tuple[str, bytes, int]]:
    """``(graph IRI or "", N-Triples body, triple count)`` per graph of an N-Quads file, a graph at a time.

    With ``max_bytes``, a graph whose N-Triples exceed it comes in several pieces (split between lines,
    each at most ``max_bytes`` unless one line is longer), one after another with the same name.
    """
    runs = graph_runs(path)
    with Path(path).open("rb") as fh:
        for name, spans in runs.items():
            lines: list[bytes] = []
            size = 0
            sent_any = False
            for start, length in spans:
                fh.seek(start)
                for raw in fh.read(length).decode("utf-8").splitlines():
                    line = raw.strip()
                    if not line or line.startswith("#"):
                        continue
                    _, end = _graph_of(line)
                    triple = (line[:end] + " .\n").encode("utf-8")
                    if max_bytes is not None and lines and size + len(triple) > max_bytes:
                        yield name, b"".join(lines), len(lines)
                        sent_any = True
                        lines, size = [], 0
                    lines.append(triple)
                    size += len(triple)
            if lines or not sent_any:
                yield name, b"".join(lines), len(lines)


# -- HTTP ---------------------------------------------------------------------------------------------
def sparql_connection(
    endpoint: str | None = None, query: str | None = None, user: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """Flags, then ``KG_SPARQL_ENDPOINT`` / ``KG_SPARQL_QUERY`` / ``KG_SPARQL_USER`` / ``KG_SPARQL_PASSWORD``,
    then the ``[sparql]`` table of kg's settings file. The password never comes from a flag."""
    from kg.config import sparql_settings

    env = os.environ if environ is None else environ
    conn = {
        "endpoint": endpoint or env.get("KG_SPARQL_ENDPOINT") or None,
        "query": query or env.get("KG_SPARQL_QUERY") or None,
        "user": user or env.get("KG_SPARQL_USER") or None,
        "password": env.get("KG_SPARQL_PASSWORD") or None,
    }
    if any(v is None for v in conn.values()):
        from_file = sparql_settings(env)
        if conn["password"] is not None and conn["user"] is None and from_file["password"] is not None:
            from_file["user"] = None  # a user named for the file's password does not go with another password
        conn = {k: v if v is not None else from_file[k] for k, v in conn.items()}
    if conn["password"] is not None and conn["user"] is None:
        raise ConfigError("a SPARQL store password is set but no user: set KG_SPARQL_USER (or user in [sparql])")
    return conn


def _check_url(url: str, what: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{what} {url!r} is not an http(s) URL, e.g. http://127.0.0.1:3030/kg/data")
    if parts.username or parts.password:
        raise ConfigError(f"{what}: put the user and password in KG_SPARQL_USER / KG_SPARQL_PASSWORD, not in the URL")


def _auth_header(user: str | None, password: str | None) -> dict[str, str]:
    if password is None:
        return {}
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return {"Authorization": f"Basic {token}"}


@dataclass
class _Answer:
    status: int
    headers: Any
    body: bytes


def http_request(
    method: str, url: str, *, body: bytes | None = None, headers: Mapping[str, str] | None = None,
    user: str | None = None, password: str | None = None, retries: int = 5, backoff: float = 0.5,
    timeout: float = 300.0, on_retry: Callable[[str], None] | None = None, sleep: Callable[[float], None] = time.sleep,
) -> _Answer:
    """One HTTP request, tried again on transient failures (see the module doc); errors as :class:`StoreError`.

    Messages name the URL without its query string and never contain the password.
    """
    shown = url.split("?", 1)[0]
    all_headers = {**(headers or {}), **_auth_header(user, password)}
    attempt = 0
    while True:
        attempt += 1
        req = Request(url, data=body, headers=all_headers, method=method)
        wait = backoff * (2 ** (attempt - 1))
        try:
            with urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the user names the endpoint
                return _Answer(resp.status, resp.headers, resp.read())
        except HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", errors="replace").split())[:300]
            if exc.code in TRANSIENT_STATUS and attempt <= retries:
                after = exc.headers.get("Retry-After") if exc.headers else None
                if after and after.strip().isdigit():
                    wait = min(float(after.strip()), 60.0)
                problem = f"{exc.code} {exc.reason}"
            elif exc.code in (401, 403):
                who = f"user {user!r}" if password is not None else "no credentials (set KG_SPARQL_USER and KG_SPARQL_PASSWORD)"
                raise StoreError(f"{method} {shown} was refused ({exc.code} {exc.reason}) with {who}") from None
            else:
                tries = f" after {attempt} tries" if attempt > 1 else ""
                raise StoreError(f"{method} {shown} answered {exc.code} {exc.reason}{tries}: {detail or 'no details'}") from None
        except (URLError, OSError, HTTPException) as exc:  # refused, reset, cut short, timed out, name not found
            reason = getattr(exc, "reason", None) or exc.__class__.__name__ + (f" ({exc})" if str(exc) else "")
            if attempt > retries:
                raise StoreError(f"cannot reach {shown} after {attempt} tries: {reason}") from None
            problem = str(reason)
        if on_retry is not None:
            on_retry(f"{method} {shown}: {problem}; trying again in {wait:.1f}s")
        sleep(wait)


# -- pushing ------------------------------------------------------------------------------------------
@dataclass
class PushReport:
    """What :func:`push` sent."""

    graphs: int = 0
    triples: int = 0
    bytes: int = 0
    retries: int = 0
    seconds: float = 0.0
    created: int = 0  # graphs the store answered 201 Created for (new), the rest replaced
    requests: int = 0  # PUTs, plus a POST per further piece of a graph bigger than max_bytes

    def as_dict(self) -> dict[str, Any]:
        return {
            "graphs": self.graphs, "triples": self.triples, "bytes": self.bytes, "created": self.created,
            "requests": self.requests, "retries": self.retries, "seconds": round(self.seconds, 3),
        }


def graph_store_url(endpoint: str, graph: str) -> str:
    """The Graph Store Protocol URL of one graph: ``endpoint?graph=IRI`` (indirect identification)."""
    sep = "&" if "?" in endpoint else "?"
    if graph == _DEFAULT:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={quote(graph, safe='')}"


def _nq_path(path: str | Path) -> Path:
    p = Path(path)
    if p.is_dir():
        p = p / "graph.nq"
        if not p.is_file():
            raise StoreError(f"{p}: no graph.nq here; build with `kg build ... --rdf-format nq` (or add nq to --rdf-format)")
    elif not p.is_file():
        raise StoreError(f"{p}: no such file")
    return p


def push(
    path: str | Path, endpoint: str, *, user: str | None = None, password: str | None = None, retries: int = 5,
    backoff: float = 0.5, timeout: float = 300.0, on_retry: Callable[[str], None] | None = None,
    on_graph: Callable[[str, int], None] | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> PushReport:
    """PUT every named graph of a build's graph.nq (or an N-Quads file) to a Graph Store Protocol endpoint.

    A graph bigger than ``max_bytes`` of N-Triples (kg's entities graph, on a big corpus) is sent as a PUT of
    its first piece and a POST (add) of each further piece, so no request is unbounded and a reload still
    starts by replacing the graph. The store sees such a graph partly loaded until its last piece arrives.
    """
    _check_url(endpoint, "endpoint")
    nq = _nq_path(path)
    report = PushReport()
    started = time.perf_counter()

    def count_retry(message: str) -> None:
        report.retries += 1
        if on_retry is not None:
            on_retry(message)

    previous = None
    for name, body, triples in iter_graphs(nq, max_bytes):
        # The first piece of a graph replaces it (PUT); the further pieces of a big one add to it (POST).
        method = "POST" if name == previous else "PUT"
        answer = http_request(
            method, graph_store_url(endpoint, name), body=body, headers={"Content-Type": NTRIPLES},
            user=user, password=password, retries=retries, backoff=backoff, timeout=timeout, on_retry=count_retry,
        )
        if method == "PUT":
            report.graphs += 1
            report.created += answer.status == 201
        report.requests += 1
        report.triples += triples
        report.bytes += len(body)
        previous = name
        if on_graph is not None:
            on_graph(name, triples)
    report.seconds = time.perf_counter() - started
    return report
