"""``kg export``: GraphML, GEXF, Cytoscape.js JSON and the HTML explorer from a finished build."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli._app import app
from kg.errors import KGError

FORMATS = ("graphml", "gexf", "cytoscape", "html", "digest")


def _err(message: str) -> None:
    typer.echo(message, err=True)


@app.command(
    "export",
    help=(
        "Write visual exports of a build next to its graph.json.\n\n"
        "OUTDIR is a folder written by 'kg build --out OUTDIR'. Formats: graphml (Gephi, yEd), "
        "gexf (Gephi), cytoscape (Cytoscape.js / Cytoscape desktop JSON, graph.cyjs), "
        "html (graph.html, a standalone explorer that works offline), digest (digest.md, a reader's summary, "
        "read from graph.json a piece at a time). Repeat --format for several; without --format all are written.\n\n"
        "Exit status: 0 on success, 1 when the graph cannot be read or written, 2 for usage errors.\n\n"
        "Examples:\n\n"
        "    kg export out/ --format html\n\n"
        "    kg export out/ --format graphml --format gexf\n\n"
        "    kg export out/ --format digest --digest-top 50\n\n"
        "    kg export out/ --graph other/graph.json --format cytoscape"
    ),
)
def export_command(
    outdir: Path = typer.Argument(..., metavar="OUTDIR", help="Build folder holding graph.json; exports are written here."),
    formats: list[str] = typer.Option([], "--format", "-f", metavar="FORMAT", help=f"Format to write: {', '.join(FORMATS)} (repeatable)."),
    graph: Optional[Path] = typer.Option(None, "--graph", metavar="GRAPH_JSON", help="Read this graph.json instead of OUTDIR/graph.json."),
    digest_top: int = typer.Option(25, "--digest-top", min=1, help="digest.md shows the N largest groups of each section."),
) -> None:
    for fmt in formats:
        if fmt.lower() not in FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    source = graph if graph is not None else outdir / "graph.json"
    if not source.is_file():
        hint = "" if graph is not None else f"; build one first: kg build INPUT... --out {outdir}"
        _err(f"kg export: {source}: no such graph.json{hint}")
        raise typer.Exit(1)

    import json

    from kg.graph import KnowledgeGraph
    from kg.sinks.files import export

    wanted = [f.lower() for f in formats] or list(FORMATS)
    written: list[Path] = []
    if "digest" in wanted:  # streamed from graph.json: never holds the graph
        from kg.digest import write_digest

        try:
            written.append(write_digest(source, outdir / "digest.md", top=digest_top))
        except KGError as exc:
            _err(f"kg export: {exc}")
            raise typer.Exit(1) from None
        wanted = [f for f in wanted if f != "digest"]
        if not wanted:
            typer.echo(f"exported digest -> {written[0]}")
            return
    try:
        try:
            kg = KnowledgeGraph.from_json(source)
        except (ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
            _err(f"kg export: {source}: not a graph.json written by kg build ({exc})")
            raise typer.Exit(1) from None
        paths = written + export(kg.to_networkx(), outdir, wanted, digest_top=digest_top)
    except KGError as exc:
        _err(f"kg export: {exc}")
        raise typer.Exit(1) from None
    G = kg.to_networkx()
    typer.echo(
        f"exported {G.number_of_nodes()} nodes, {G.number_of_edges()} links -> "
        + ", ".join(str(p) for p in paths)
    )


__all__ = ["export_command"]
