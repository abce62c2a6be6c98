"""Fixtures shared across the suite."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """kg's pipeline on the real English model, loaded once per test session."""
    import kg

    return kg.load_pipeline()
