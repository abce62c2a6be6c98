"""CLI commands (rdf)."""
from __future__ import annotations

from kg.cli._app import app, load_app, query_app  # noqa: F401
