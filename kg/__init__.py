"""kg: knowledge graphs from public-safety reporting.

>>> import kg
>>> result = kg.build(["examples/"], out="out/")        # doctest: +SKIP
>>> G = result.graph.to_networkx()                        # doctest: +SKIP

Importing kg loads no model and opens no connection: the names below are
imported on first use.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "build": "kg.pipeline",
    "BuildResult": "kg.pipeline",
    "Failure": "kg.pipeline",
    "KnowledgeGraph": "kg.graph",
    "clean_text": "kg.clean",
    "iter_sources": "kg.sources",
    "SourceDocument": "kg.sources",
    "load_pipeline": "kg.nlp",
    "extract_facts": "kg.extract",
    "Node": "kg.model",
    "Link": "kg.model",
    "Mention": "kg.model",
    "DocumentFacts": "kg.model",
    "KGError": "kg.errors",
    "InputError": "kg.errors",
    "ConfigError": "kg.errors",
    "ModelError": "kg.errors",
    "SinkError": "kg.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
