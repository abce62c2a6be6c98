"""The one error hierarchy of kg.

    KGError
    ├── InputError          a source could not be read or holds no usable text (names the file)
    ├── ConfigError         bad options, missing settings or credentials (never echoes a secret)
    ├── ModelError          the English pipeline could not be loaded
    └── SinkError           a store or exporter refused the graph
        ├── Neo4jError
        └── StoreError
"""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """A source could not be turned into a document. ``str(e)`` reads ``path: what was wrong``."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ConfigError(KGError):
    """Options or settings are wrong or missing."""


class ModelError(KGError):
    """The spaCy pipeline could not be loaded."""


class SinkError(KGError):
    """Writing the graph to a store or file failed."""


class Neo4jError(SinkError):
    """Loading into or querying Neo4j failed."""


class StoreError(SinkError):
    """The embedded RDF store failed."""
