"""scripts/diagnose_oversees.py sorts lost OVERSEES pairs by cause and by the shape of their sentence: each class on
a small gold document and graph written for this test."""
from __future__ import annotations

import pytest

from diagload import ROOT, SCORER, load_script


TEXT = ("Harbour Police was inspected by the Coastal Inspectorate and the Port Ombudsman in May. "
        "The Coastal Inspectorate also reviewed Fenwick Police. "
        "Lowmoor Police welcomed the Port Ombudsman's visit.")


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_each_lost_pair_falls_in_its_class():
    score = load_script("kg_reference_scorer_o", SCORER)
    diag = load_script("kg_diagnose_oversees_t", ROOT / "scripts" / "diagnose_oversees.py")
    org = lambda name, aliases=(): {"type": "Organisation", "name": name, "aliases": list(aliases)}
    gold = {"id": "d", "text": TEXT,
            "entities": [org("Harbour Police"), org("Coastal Inspectorate"), org("Port Ombudsman"),
                         org("Fenwick Police"), org("Lowmoor Police")],
            "oversees": [{"overseer": "Coastal Inspectorate", "overseen": "Harbour Police"},
                         {"overseer": "Port Ombudsman", "overseen": "Harbour Police"},
                         {"overseer": "Coastal Inspectorate", "overseen": "Fenwick Police"},
                         {"overseer": "Port Ombudsman", "overseen": "Lowmoor Police"}]}
    node = lambda i, name: {"id": i, "type": "Organisation", "name": name}
    graph = {"nodes": [node("1", "Harbour Police"), node("2", "Coastal Inspectorate"), node("3", "Port Ombudsman"),
                       node("4", "Fenwick Police"), node("5", "Regional Board")],
             "links": [{"source": "2", "target": "1", "type": "OVERSEES", "cue": "inspect"},
                       {"source": "5", "target": "4", "type": "OVERSEES", "cue": "review"}]}
    counts, rows = diag.classify(score, gold, graph)
    assert counts["found"] == 1 and counts["found-cue/inspect"] == 1
    # the Ombudsman is a node with no link of its own; the Inspectorate links something else
    assert counts["link/overseen-other"] == 1
    assert counts["other/joint"] == 1  # "by the Coastal Inspectorate and the Port Ombudsman"
    assert counts["link/overseer-elsewhere"] == 1
    assert counts["overseen"] == 1  # Lowmoor Police is no node
    assert counts["shape/inspect+by"] == 1 and counts["shape/review-audit"] == 1
    assert counts["extra/unmatched-overseer"] == 1 and counts["cue/review"] == 1
    assert sum(v for k, v in counts.items() if k in diag.ORDER) == 4
    report = diag.report(counts)
    assert "gold oversees pairs: 4" in report and "lost 3" in report


def test_shape_reads_only_the_sentence_naming_both_ends():
    diag = load_script("kg_diagnose_oversees_s", ROOT / "scripts" / "diagnose_oversees.py")
    assert diag.shape(TEXT, {"coastal inspectorate"}, {"fenwick police"}) == "review-audit"
    assert diag.shape(TEXT, {"coastal inspectorate"}, {"lowmoor police"}) == "apart"
