"""The Typer application every command module registers on."""
from __future__ import annotations

from typing import NoReturn

import typer

app = typer.Typer(
    name="kg",
    help=(
        "Build knowledge graphs from public-safety reporting.\n\n"
        "Example:\n\n    kg build examples/ --out out/"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
load_app = typer.Typer(help="Load a finished build into a store.\n\nExample:\n\n    kg load neo4j out/", no_args_is_help=True)
query_app = typer.Typer(help="Query a store.\n\nExample:\n\n    kg query sparql \"SELECT * WHERE { ?s ?p ?o } LIMIT 5\" --store store/", no_args_is_help=True)


def _version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print kg's version and exit."),
) -> None:
    """Build knowledge graphs from public-safety reporting."""


app.add_typer(load_app, name="load")
app.add_typer(query_app, name="query")


def fail(command: str, message: str, code: int = 1) -> NoReturn:
    """End a command with one line on stderr, ``command: message``, and exit ``code`` (1 failure, 2 usage)."""
    typer.echo(f"{command}: {message}", err=True)
    raise typer.Exit(code)
