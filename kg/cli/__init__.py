"""Command line: a thin skin over the library. Each area registers its commands on ``app``."""
from __future__ import annotations

from kg.cli._app import app

# Importing a module registers its commands.
from kg.cli import build as _build  # noqa: F401,E402
from kg.cli import export as _export  # noqa: F401,E402
from kg.cli import neo4j as _neo4j  # noqa: F401,E402
from kg.cli import rdf as _rdf  # noqa: F401,E402


def main() -> None:
    app()


__all__ = ["app", "main"]
