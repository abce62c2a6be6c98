"""CLI commands of the Neo4j side: ``kg load neo4j`` and ``kg query cypher``.

Connection settings come from the flags or from ``NEO4J_URI`` / ``NEO4J_USER`` / ``NEO4J_PASSWORD`` /
``NEO4J_DATABASE``, then from the ``[neo4j]`` table of kg's settings file (``$KG_CONFIG`` or
``~/.config/kg/config.toml``, owner-only). The password never comes from a flag and is never printed.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Optional

import typer

from kg.cli._app import app, fail as _fail, load_app, query_app  # noqa: F401
from kg.errors import KGError

_OUTPUT_FORMATS = ("table", "json", "csv")
_CONNECTION_HELP = "Bolt URI, e.g. bolt://127.0.0.1:7687 (default: $NEO4J_URI)."


def _parse_params(pairs: list[str]) -> dict[str, Any]:
    """``NAME=VALUE`` gives a string; ``NAME:=JSON`` a typed value (number, true/false, null, list)."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        typed = key.endswith(":")
        key = key[:-1] if typed else key
        key = key.strip()
        if not sep or not key or not key.replace("_", "a").isalnum():
            raise typer.BadParameter(f"{pair!r} is not NAME=VALUE (or NAME:=JSON)", param_hint="--param")
        if typed:
            try:
                params[key] = json.loads(value)
            except json.JSONDecodeError as exc:
                raise typer.BadParameter(f"{pair!r}: the value after := is not JSON ({exc.msg})", param_hint="--param") from None
        else:
            params[key] = value
    return params


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _print_result(columns: list[str], rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        typer.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        from kg.ontology import DEFAULT_BASE

        def short(value: Any) -> str:  # node IRIs as short ids (person/sadiq-khan), as kg query sparql prints them
            text = _cell(value)
            return text[len(DEFAULT_BASE):] if isinstance(value, str) and text.startswith(DEFAULT_BASE) else text

        table = Table(show_lines=False, highlight=False)
        for column in columns:
            table.add_column(column, overflow="fold")  # wrap long values, never cut them off
        for row in rows:
            table.add_row(*(short(row.get(c)) for c in columns))
        console = Console(soft_wrap=False)
        console.print(table)
        console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", style="dim")


@load_app.command(
    "neo4j",
    help=(
        "Load a finished build (OUTDIR/graph.json) into Neo4j.\n\n"
        "Creates uniqueness constraints on uri, then MERGEs nodes and relationships in batches; "
        "loading the same build again, or another build that shares entities, adds no duplicates. "
        "Connection from the flags or NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (never on the command line) "
        "and NEO4J_DATABASE, else from the [neo4j] table of ~/.config/kg/config.toml or $KG_CONFIG (chmod 600).\n\n"
        "With --bulk --data DIR: a first load of a big build into an EMPTY database, with Neo4j's own import tool "
        "(neo4j-admin database import full, through scripts/neo4j-local import): CSVs streamed from graph.json "
        "(by --workers processes, one per core by default), imported into the stopped server's data folder DIR; constraints and indexes are created on its next start "
        "(scripts/neo4j-local start --data DIR). The result is the same database as the online load; use the "
        "online load (no --bulk) for later, incremental loads.\n\n"
        "Examples:\n\n"
        "    kg load neo4j out/ --uri bolt://127.0.0.1:7687\n\n"
        "    NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... kg load neo4j out/ --batch-size 10000\n\n"
        "    kg load neo4j out/ --bulk --data .neo4j && scripts/neo4j-local start --data .neo4j"
    ),
)
def load_neo4j_command(
    outdir: Path = typer.Argument(..., metavar="OUTDIR", help="A kg build folder (or its graph.json)."),
    uri: Optional[str] = typer.Option(None, "--uri", help=_CONNECTION_HELP),
    user: Optional[str] = typer.Option(None, "--user", help="User name (default: $NEO4J_USER, else neo4j when a password is set)."),
    database: Optional[str] = typer.Option(None, "--database", "-d", help="Database (default: $NEO4J_DATABASE, else the server's default)."),
    batch_size: int = typer.Option(5000, "--batch-size", min=1, help="Rows per UNWIND batch (one transaction each)."),
    base: Optional[str] = typer.Option(None, "--base", help="Base IRI of the nodes' uri property, as given to kg build --base (default https://kg.example.org/id/)."),
    as_json: bool = typer.Option(False, "--json", help="Print the load report as JSON."),
    bulk: bool = typer.Option(False, "--bulk", help="First load into an empty database with neo4j-admin database import full (needs --data)."),
    data: Optional[Path] = typer.Option(None, "--data", help="With --bulk: the data folder of the stopped server (scripts/neo4j-local --data)."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv-dir", help="With --bulk: where to write the CSVs (default DATA/kg-bulk-csv; the server's import folder stays empty)."),
    keep_csv: bool = typer.Option(False, "--keep-csv", help="With --bulk: keep the CSVs and import.args after the import."),
    heap: Optional[str] = typer.Option(None, "--heap", help="With --bulk: the import tool's Java heap, e.g. 2g (default 1g)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="With --bulk: processes that write the CSVs (default: one per core, at most 4)."),
) -> None:
    from kg.sinks.neo4j import connection_from_env, load_file

    path = outdir / "graph.json" if outdir.is_dir() else outdir
    if not path.is_file():
        _fail("kg load neo4j", f"{path}: no graph.json here; run `kg build INPUT --out {outdir}` first")
    if bulk or data is not None:
        _load_bulk(path, bulk, data, csv_dir, keep_csv, heap, base, as_json, uri or database, workers)
        return
    try:
        conn = connection_from_env(uri, user, None, database)
    except KGError as exc:
        _fail("kg load neo4j", str(exc))
    if not conn["uri"]:
        _fail("kg load neo4j", "no Neo4j URI: pass --uri or set NEO4J_URI (e.g. bolt://127.0.0.1:7687)", 2)
    try:
        report = load_file(  # a node or link at a time: memory stays flat whatever the corpus size
            path, uri=conn["uri"], user=conn["user"], password=conn["password"], database=conn["database"],
            batch_size=batch_size, base=base,
        )
    except KGError as exc:
        _fail("kg load neo4j", str(exc))
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=1))
        return
    nodes = sum(report.nodes.values())
    rels = sum(report.relationships.values())
    typer.echo(
        f"loaded {path} in {report.seconds:.1f}s: {report.nodes_created} nodes and {report.relationships_created} "
        f"relationships new; the database now holds {nodes} nodes and {rels} relationships"
    )
    for label, n in sorted(report.nodes.items()):
        typer.echo(f"  {label:<14} {n}")
    for rel_type, n in sorted(report.relationships.items()):
        typer.echo(f"  {rel_type:<14} {n}")


def _load_bulk(
    path: Path, bulk: bool, data: Optional[Path], csv_dir: Optional[Path], keep_csv: bool, heap: Optional[str],
    base: Optional[str], as_json: bool, online_flags: Optional[str], workers: Optional[int] = None,
) -> None:
    from kg.sinks.neo4j_bulk import FIRST_START_FILE, import_build

    if not bulk or data is None:
        _fail("kg load neo4j", "--bulk and --data DIR go together (the data folder of a stopped server)", 2)
    if online_flags:
        _fail("kg load neo4j", "--bulk writes into a data folder, not to a server: drop --uri/--database", 2)
    try:
        report = import_build(path, data, csv_dir=csv_dir, base=base, keep_csv=keep_csv, heap=heap, workers=workers)
    except KGError as exc:
        _fail("kg load neo4j", str(exc))
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=1))
        return
    seconds = report.csv_seconds + report.import_seconds
    typer.echo(
        f"imported {sum(report.nodes.values())} nodes and {sum(report.relationships.values())} relationships into {data} "
        f"in {seconds:.1f}s ({report.rows / seconds if seconds else 0:,.0f} rows/s; CSVs {report.csv_seconds:.1f}s "
        f"by {report.csv_workers} process{'es' if report.csv_workers != 1 else ''}, import {report.import_seconds:.1f}s)"
    )
    for label, n in sorted(report.nodes.items()):
        typer.echo(f"  {label:<14} {n}")
    for rel_type, n in sorted(report.relationships.items()):
        typer.echo(f"  {rel_type:<14} {n}")
    typer.echo(f"constraints and indexes are created on the next start ({data / FIRST_START_FILE}): scripts/neo4j-local start --data {data}")


@query_app.command(
    "cypher",
    help=(
        "Run Cypher against Neo4j (read-only unless --write).\n\n"
        "Give the query text, --file, or --name of a ready-made query (see --list). Parameters: "
        "--param name=value (a string) or --param name:=JSON (number, true/false, null, list); "
        "use them as $name in the query, never paste values into the text.\n\n"
        "Examples:\n\n"
        "    kg query cypher \"MATCH (p:Person) WHERE p.name = \\$name RETURN p.name, p.titles\" --param name=\"Chris Philp\"\n\n"
        "    kg query cypher --name said-about-policy --param policy=\"Project Safe Neighborhoods\" --format csv\n\n"
        "    kg query cypher --list"
    ),
)
def cypher_command(
    query: Optional[str] = typer.Argument(None, metavar="[QUERY]", help="Cypher text."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the Cypher from this file."),
    name: Optional[str] = typer.Option(None, "--name", "-n", help="Run a ready-made query by name (see --list)."),
    param: list[str] = typer.Option([], "--param", "-p", help="name=value or name:=JSON (repeatable)."),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table, json or csv."),
    list_queries: bool = typer.Option(False, "--list", help="List the ready-made queries and their parameters."),
    write: bool = typer.Option(False, "--write", help="Allow the query to write (default: read-only)."),
    uri: Optional[str] = typer.Option(None, "--uri", help=_CONNECTION_HELP),
    user: Optional[str] = typer.Option(None, "--user", help="User name (default: $NEO4J_USER, else neo4j when a password is set)."),
    database: Optional[str] = typer.Option(None, "--database", "-d", help="Database (default: $NEO4J_DATABASE, else the server's default)."),
) -> None:
    from kg.sinks.neo4j import connection_from_env, run_query, shipped_queries

    if fmt not in _OUTPUT_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(_OUTPUT_FORMATS)}", param_hint="--format")
    if list_queries:
        for q in shipped_queries().values():
            typer.echo(f"{q.name}: {q.summary}")
            for pname, desc in q.params.items():
                typer.echo(f"    --param {pname}=...   {desc}")
        return
    if sum(x is not None for x in (query, file, name)) != 1:
        raise typer.BadParameter("give exactly one of QUERY, --file or --name")
    params = _parse_params(param)
    if name is not None:
        queries = shipped_queries()
        if name not in queries:
            raise typer.BadParameter(f"no ready-made query {name!r}; choose from {', '.join(queries)}", param_hint="--name")
        try:
            params = queries[name].parameters(params)
        except KGError as exc:
            _fail("kg query cypher", str(exc), 2)
        cypher = queries[name].text
    elif file is not None:
        try:
            cypher = file.read_text(encoding="utf-8")
        except OSError as exc:
            _fail("kg query cypher", f"{file}: {exc.strerror or exc}", 2)
    else:
        cypher = query or ""
    try:
        conn = connection_from_env(uri, user, None, database)
    except KGError as exc:
        _fail("kg query cypher", str(exc))
    if not conn["uri"]:
        _fail("kg query cypher", "no Neo4j URI: pass --uri or set NEO4J_URI (e.g. bolt://127.0.0.1:7687)", 2)
    try:
        result = run_query(
            cypher, params, uri=conn["uri"], user=conn["user"], password=conn["password"], database=conn["database"], write=write
        )
    except KGError as exc:
        _fail("kg query cypher", str(exc))
    _print_result(result.columns, result.rows, fmt)
