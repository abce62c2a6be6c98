"""Fixtures for the export tests (graphs live in exports_data.py)."""
from __future__ import annotations

import pytest
from exports_data import hostile_graph, sample_graph

from kg.graph import KnowledgeGraph


@pytest.fixture
def graph() -> KnowledgeGraph:
    return sample_graph()


@pytest.fixture
def hostile() -> KnowledgeGraph:
    return hostile_graph()
