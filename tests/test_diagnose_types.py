"""scripts/diagnose_types.py sorts entity errors by decision: each class on a small gold document and graph."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = Path(os.environ.get("KG_SCORER") or ROOT.parent / "shared" / "eval" / "score.py")


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_each_error_falls_in_its_decision_class():
    score = _module("kg_reference_scorer_t", SCORER)
    diag = _module("kg_diagnose_types_t", ROOT / "scripts" / "diagnose_types.py")
    gold = {"id": "d", "text": "", "entities": [
        {"type": "Organisation", "name": "Avon Constabulary", "aliases": ["Avon police"]},
        {"type": "Organisation", "name": "Harbour Board", "aliases": []},
        {"type": "Organisation", "name": "Port Council", "aliases": []},
        {"type": "Place", "name": "Fenwick", "aliases": []},
        {"type": "Place", "name": "Lowmoor, Ohio", "aliases": []},
        {"type": "Person", "name": "Ada Vance", "aliases": []},
    ]}
    node = lambda i, t, name, aliases=(): {"id": i, "type": t, "name": name, "aliases": list(aliases)}
    graph = {"nodes": [
        node("1", "Organisation", "Avon Constabulary"),
        node("2", "Organisation", "Avon police"),               # a second node for the same body
        node("3", "Organisation", "Fenwick"),                   # a place typed as a body
        node("4", "Organisation", "Knife Crime"),               # a topic
        node("5", "Organisation", "BWC"),                       # a bare acronym
        node("6", "Organisation", "Regional Review Panel"),     # an unannotated body
        node("7", "Place", "Lowmoor"),                          # the city without its state
        node("8", "Person", "Ada Vance"),
        node("9", "Place", "Port Council"),                     # a body typed as a place
    ], "links": []}
    counts, rows = diag.classify(score, gold, graph)
    assert counts[("Organisation", "found")] == 1
    assert counts[("Organisation", "extra/duplicate")] == 1
    assert counts[("Organisation", "extra/as:Place")] == 1
    assert counts[("Organisation", "extra/no-body-head")] == 1
    assert counts[("Organisation", "extra/acronym")] == 1
    assert counts[("Organisation", "extra/body-head")] == 1
    assert counts[("Organisation", "missed/none")] == 1            # Harbour Board
    assert counts[("Organisation", "missed/as:Place")] == 1        # Port Council
    assert counts[("Place", "extra/boundary")] == 1 and counts[("Place", "missed/boundary")] == 1
    assert counts[("Place", "missed/as:Organisation")] == 1        # Fenwick
    assert counts[("Place", "extra/as:Organisation")] == 1         # Port Council
    assert counts[("Person", "found")] == 1
    extras = sum(v for (t, c), v in counts.items() if t == "Organisation" and c.startswith("extra"))
    assert extras == 5 and ("Organisation extra/acronym", "BWC") in rows
    assert "Organisation: found 1, extra 5, missed 2" in diag.report(counts)
