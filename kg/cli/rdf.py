"""CLI commands of the RDF side: ``kg query sparql``, ``kg serve``, ``kg validate``."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from kg.cli._app import app, fail as _fail, load_app, query_app  # noqa: F401
from kg.errors import KGError

_OUTPUT_FORMATS = ("table", "json", "csv")


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        params[key.strip()] = value
    return params


def _run_endpoint(endpoint: str, sparql: str, user: str | None = None, password: str | None = None) -> Any:
    """POST the query to a SPARQL 1.1 endpoint; SELECT/ASK -> SelectResult/bool, CONSTRUCT -> text.

    HTTP basic credentials when a password is set; transient failures are tried again (kg.sinks.sparql).
    """
    from urllib.parse import urlencode

    from kg.errors import StoreError
    from kg.sinks.sparql import http_request
    from kg.store import SelectResult

    import os

    if not endpoint.startswith(("http://", "https://")):
        raise StoreError(f"endpoint {endpoint!r} is not an http(s) URL, e.g. http://127.0.0.1:7878/query")
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
    }
    token = os.environ.get("KG_ENDPOINT_TOKEN")
    if token:  # for an endpoint that wants a bearer token (kg serve with KG_SERVE_TOKEN); never printed
        headers["Authorization"] = f"Bearer {token}"
    answer = http_request(
        "POST", endpoint, body=urlencode({"query": sparql}).encode("utf-8"), headers=headers,
        user=user, password=password,
    )
    media = (answer.headers.get("Content-Type") or "").split(";")[0].strip()
    body = answer.body
    if "json" in media:
        data = json.loads(body)
        if "boolean" in data:
            return bool(data["boolean"])
        return SelectResult.from_sparql_json(data)
    return body.decode("utf-8", errors="replace")


def _print_result(result: Any, fmt: str) -> None:
    from kg.store import SelectResult

    if isinstance(result, bool):
        typer.echo(json.dumps({"boolean": result}) if fmt == "json" else str(result).lower())
        return
    if isinstance(result, str):  # a graph from an endpoint
        typer.echo(result, nl=False)
        return
    if not isinstance(result, SelectResult):  # an rdflib Graph from CONSTRUCT/DESCRIBE
        typer.echo(result.serialize(format="json-ld" if fmt == "json" else "turtle"), nl=False)
        return
    if fmt == "json":
        typer.echo(json.dumps(result.rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=result.vars, lineterminator="\n")
        writer.writeheader()
        for row in result.rows:
            writer.writerow({k: ("" if v is None else str(v).lower() if isinstance(v, bool) else v) for k, v in row.items()})
        typer.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        from kg.ontology import DEFAULT_BASE

        def cell(value: Any) -> str:
            text = "" if value is None else str(value)
            return text[len(DEFAULT_BASE):] if text.startswith(DEFAULT_BASE) else text

        table = Table(*result.vars, show_lines=False, highlight=False)
        for row in result.rows:
            table.add_row(*(cell(row.get(v)) for v in result.vars))
        console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)
        console.print(table)
        typer.echo(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", err=True)


@query_app.command(
    "sparql",
    help=(
        "Run SPARQL against a kg store or any SPARQL endpoint.\n\n"
        "Give the query text, --file, or --name of a ready-made query (see --list). Prefixes kg:, schema:, org:, "
        "prov:, skos:, foaf:, nif: are predeclared for --store. The default graph is the union of all "
        "documents' graphs.\n\n"
        "Examples:\n\n"
        "    kg query sparql \"SELECT ?name WHERE { ?p a kg:Person ; skos:prefLabel ?name }\" --store store/\n\n"
        "    kg query sparql --name said-about-policy --param policy=\"Project Safe Neighborhoods\" --store store/\n\n"
        "    kg query sparql --name roles --endpoint http://127.0.0.1:7878/query --format csv\n\n"
        "    KG_ENDPOINT_TOKEN=$(cat token) kg query sparql --name roles --endpoint http://127.0.0.1:7878/query\n\n"
        "    KG_SPARQL_USER=kg KG_SPARQL_PASSWORD=... kg query sparql --name roles --endpoint http://127.0.0.1:3030/kg/query\n\n"
        "    kg query sparql --list"
    ),
)
def sparql_command(
    query: Optional[str] = typer.Argument(None, metavar="[QUERY]", help="SPARQL text, or - to read it from stdin."),
    store: Optional[Path] = typer.Option(None, "--store", help="Folder of a kg store (opened read-only)."),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint",
        help="SPARQL 1.1 query endpoint URL, e.g. http://127.0.0.1:3030/kg/query (default: $KG_SPARQL_QUERY, else query in [sparql]). "
        "Credentials: KG_SPARQL_USER / KG_SPARQL_PASSWORD or the [sparql] table of the settings file.",
    ),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table, json or csv."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the query from this file."),
    name: Optional[str] = typer.Option(None, "--name", "-n", help="Run a ready-made query by name (see --list)."),
    param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE for a ready-made query's parameter (repeatable)."),
    list_queries: bool = typer.Option(False, "--list", help="List the ready-made queries and their parameters."),
) -> None:
    from kg.store import shipped_queries

    if list_queries:
        for q in shipped_queries().values():
            typer.echo(f"{q.name}: {q.summary}")
            for p, desc in q.params.items():
                typer.echo(f"    --param {p}=...   {desc}")
        return
    if fmt not in _OUTPUT_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(_OUTPUT_FORMATS)}", param_hint="--format")
    sources = [x for x in (query, file, name) if x is not None]
    if len(sources) != 1:
        raise typer.BadParameter("give exactly one of QUERY, --file or --name")
    conn: dict[str, Any] = {}
    if store is None:
        from kg.sinks.sparql import sparql_connection

        try:
            conn = sparql_connection(query=endpoint)
        except KGError as e:
            _fail("kg query sparql", str(e), 2)
        endpoint = conn["query"]
    if (store is None) == (endpoint is None):
        raise typer.BadParameter("give exactly one of --store DIR or --endpoint URL")
    params = _parse_params(param)
    if params and name is None:
        raise typer.BadParameter("--param goes with --name (a ready-made query)", param_hint="--param")
    try:
        if name is not None:
            queries = shipped_queries()
            if name not in queries:
                raise typer.BadParameter(f"no ready-made query {name!r}; choose from {', '.join(queries)}", param_hint="--name")
            text = queries[name].bind(params)
        elif file is not None:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as e:
                raise typer.BadParameter(f"{file}: {e.strerror}", param_hint="--file") from None
        else:
            text = sys.stdin.read() if query == "-" else str(query)
        if endpoint is not None:
            result = _run_endpoint(endpoint, text, conn.get("user"), conn.get("password"))
        else:
            from kg.store import Store

            with Store(store, read_only=True) as st:
                result = st.query(text)
    except KGError as e:
        _fail("kg query sparql", str(e))
    _print_result(result, fmt)


@load_app.command(
    "sparql",
    help=(
        "Load a finished build into any SPARQL store with the SPARQL 1.1 Graph Store Protocol.\n\n"
        "Reads OUTDIR/graph.nq (build with --rdf-format nq) a graph at a time and sends each document's named graph, "
        "and kg's entities graph, as one HTTP PUT ENDPOINT?graph=IRI. A PUT replaces the graph: loading the same build "
        "again leaves the store as it was, a rebuilt document replaces its graph. Credentials: KG_SPARQL_USER and "
        "KG_SPARQL_PASSWORD, else the [sparql] table of ~/.config/kg/config.toml or $KG_CONFIG (chmod 600); never on the "
        "command line. Connection errors, timeouts, 429, 502, 503 and 504 are tried again with backoff.\n\n"
        "Examples:\n\n"
        "    kg load sparql out/ --endpoint http://127.0.0.1:3030/kg/data\n\n"
        "    KG_SPARQL_USER=kg KG_SPARQL_PASSWORD=... kg load sparql out/ --endpoint https://store.example.org/kg/data"
    ),
)
def load_sparql_command(
    outdir: Path = typer.Argument(..., metavar="OUTDIR", help="A kg build folder (its graph.nq) or an N-Quads file."),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", help="Graph Store Protocol URL, e.g. http://127.0.0.1:3030/kg/data (default: $KG_SPARQL_ENDPOINT, else endpoint in [sparql])."
    ),
    user: Optional[str] = typer.Option(None, "--user", help="HTTP user (default: $KG_SPARQL_USER); the password comes from KG_SPARQL_PASSWORD."),
    retries: int = typer.Option(5, "--retries", min=0, help="Tries after the first on a transient error."),
    backoff: float = typer.Option(0.5, "--backoff", min=0.0, help="Seconds before the first retry; doubled each time."),
    timeout: float = typer.Option(300.0, "--timeout", min=1.0, help="Seconds to wait for each answer."),
    max_mb: float = typer.Option(64.0, "--max-request-mb", min=0.001, help="Largest request body; a bigger graph goes as a PUT and then POSTs of its pieces."),
    as_json: bool = typer.Option(False, "--json", help="Print the load report as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No retry messages."),
) -> None:
    from kg.sinks.sparql import push, sparql_connection

    try:
        conn = sparql_connection(endpoint=endpoint, user=user)
    except KGError as e:
        _fail("kg load sparql", str(e), 2)
    if not conn["endpoint"]:
        _fail("kg load sparql", "no Graph Store Protocol URL: pass --endpoint or set KG_SPARQL_ENDPOINT (e.g. http://127.0.0.1:3030/kg/data)", 2)
    try:
        report = push(
            outdir, conn["endpoint"], user=conn["user"], password=conn["password"], retries=retries, backoff=backoff,
            timeout=timeout, on_retry=None if quiet else (lambda message: typer.echo(f"kg load sparql: {message}", err=True)),
            max_bytes=int(max_mb * 1024 * 1024),
        )
    except KGError as e:
        _fail("kg load sparql", str(e))
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=1))
        return
    typer.echo(
        f"loaded {report.graphs} graphs ({report.triples} triples, {report.created} new graphs) into "
        f"{conn['endpoint'].split('?', 1)[0]} in {report.seconds:.1f}s" + (f", {report.retries} retries" if report.retries else "")
    )


@app.command(
    "serve",
    help=(
        "Serve a kg store as a SPARQL 1.1 Protocol endpoint on this machine.\n\n"
        "Queries: GET/POST http://HOST:PORT/query. Read-only unless --allow-update, which also enables "
        "POST /update. Binds to 127.0.0.1 (this machine only) unless told otherwise. SERVICE and LOAD, which "
        "would make the server fetch URLs, are refused unless their host is given with --allow-service-host. "
        "Queries run in --workers processes and are stopped after --timeout seconds or when their client "
        "goes; results over --max-result-bytes get 413. Set KG_SERVE_TOKEN to require "
        "'Authorization: Bearer <token>' on every request. Stop with Ctrl-C.\n\n"
        "Examples:\n\n"
        "    kg serve --store store/\n\n"
        "    kg serve --store store/ --port 8890 --allow-update --timeout 120\n\n"
        "    KG_SERVE_TOKEN=$(cat token) kg serve --store store/ --host 0.0.0.0\n\n"
        "    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' "
        "http://127.0.0.1:7878/query"
    ),
)
def serve_command(
    store: Path = typer.Option(..., "--store", help="Folder of the kg store to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: localhost only)."),
    port: int = typer.Option(7878, "--port", min=0, max=65535, help="Port (0 picks a free one)."),
    allow_update: bool = typer.Option(False, "--allow-update", help="Accept SPARQL Update on POST /update."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds a query or update may run before it is stopped (503)."),
    max_result_bytes: int = typer.Option(64 * 1024 * 1024, "--max-result-bytes", min=1024, help="Largest result sent; larger ones get 413."),
    threads: int = typer.Option(16, "--threads", min=1, max=1024, help="Connections served at once (64 more may wait; beyond that 503)."),
    workers: int = typer.Option(2, "--workers", min=1, max=64, help="Query processes (one with --allow-update)."),
    allow_service_host: list[str] = typer.Option([], "--allow-service-host", help="Host (or host:port) that SERVICE and LOAD may reach (repeatable); none by default."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each request to stderr."),
) -> None:
    import ipaddress
    import os

    from kg.serve import Limits, make_server

    token = os.environ.get("KG_SERVE_TOKEN") or None
    limits = Limits(timeout=timeout, max_result_bytes=max_result_bytes, threads=threads, workers=workers,
                    allowed_hosts=tuple(allow_service_host), token=token)
    if not (store / "CURRENT").exists():
        _fail("kg serve", f"{store}: no kg store here; create one with `kg build INPUT --store {store}`")

    def stop(signum: int, frame: Any) -> None:  # SIGTERM ends the server like Ctrl-C: the store is closed cleanly
        raise KeyboardInterrupt

    import signal

    signal.signal(signal.SIGTERM, stop)
    try:
        server = make_server(store, host, port, allow_update=allow_update, limits=limits)
    except OSError as e:
        _fail("kg serve", f"cannot listen on {host}:{port}: {e.strerror or e}")
    except KGError as e:
        _fail("kg serve", str(e))
    except KeyboardInterrupt:  # stopped while the workers were starting
        raise typer.Exit(0) from None
    server.verbose = verbose
    bound_host, bound_port = server.server_address[:2]
    mode = "read-write" if allow_update else "read-only"
    auth = "bearer token required" if token else "no authentication"
    typer.echo(f"kg serve: SPARQL endpoint http://{bound_host}:{bound_port}/query ({mode}, {auth})", err=True)
    try:
        loopback = ipaddress.ip_address(bound_host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not token:
        typer.echo(f"kg serve: warning: listening on {bound_host} without authentication; anyone who can reach "
                   "this address can query the store (set KG_SERVE_TOKEN)", err=True)
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command(
    "validate",
    help=(
        "Check a build against kg's SHACL shapes (ontologies/shapes.ttl).\n\n"
        "OUTDIR is a kg build folder (its graph.trig, graph.nq, graph.ttl, graph.nt, graph.jsonld or graph.json) "
        "or one RDF file. Prints each violation as 'node property: what is wrong'. Exit status 1 when the "
        "graph does not conform, 0 when it does (warnings are printed but do not fail).\n\n"
        "Examples:\n\n"
        "    kg validate out/\n\n"
        "    kg validate out/graph.ttl --shapes my-shapes.ttl"
    ),
)
def validate_command(
    outdir: Path = typer.Argument(..., metavar="OUTDIR", help="Build folder or RDF file."),
    shapes: Optional[Path] = typer.Option(None, "--shapes", help="SHACL shapes to use instead of kg's."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the summary line and violations."),
) -> None:
    from kg.sinks.rdf import read_output, validate

    try:
        graph = read_output(outdir)
        result = validate(graph, shapes=shapes)
    except KGError as e:
        _fail("kg validate", str(e))
    for finding in result.violations:
        typer.echo(str(finding))
    if not quiet:
        for finding in result.warnings:
            typer.echo(str(finding))
    typer.echo(f"kg validate: {outdir}: {result.summary()}", err=True)
    if not result.conforms:
        raise typer.Exit(1)


__all__ = ["load_sparql_command", "sparql_command", "serve_command", "validate_command"]
