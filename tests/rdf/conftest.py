"""Fixtures of the RDF tests."""
from __future__ import annotations

import pytest

from kg.graph import KnowledgeGraph
from rdf_sample import build_sample


@pytest.fixture
def sample_graph() -> KnowledgeGraph:
    return build_sample()
