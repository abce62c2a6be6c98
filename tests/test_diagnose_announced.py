"""scripts/diagnose_announced.py sorts lost ANNOUNCED pairs by cause: each class on a small gold document and
graph (the policy end's "where written" class parses the text with the real English model)."""
from __future__ import annotations

import pytest

from diagload import ROOT, SCORER, load_script


def _node(i, t, name):
    return {"id": i, "type": t, "name": name, "aliases": []}


TEXT = ("The Harbour Trust launched reforms to the ferry licensing system on Monday. "
        "Mayor Ada Vance said the Night Bus Scheme would carry more passengers. "
        "The Coastal Safety Fund pays for lifeguards. Officers praised the Quay Watch programme.")
GOLD = {"id": "d", "text": TEXT, "entities": [
    {"type": "Organisation", "name": "Harbour Trust", "aliases": []},
    {"type": "Person", "name": "Ada Vance", "aliases": ["Mayor Ada Vance"]},
    {"type": "Policy", "name": "reforms to the ferry licensing system", "aliases": []},
    {"type": "Policy", "name": "Night Bus Scheme", "aliases": []},
    {"type": "Policy", "name": "Coastal Safety Fund", "aliases": []},
    {"type": "Policy", "name": "Quay Watch programme", "aliases": []},
], "announced": [
    {"agent": "Harbour Trust", "policy": "reforms to the ferry licensing system"},
    {"agent": "Ada Vance", "policy": "Night Bus Scheme"},
    {"agent": "Harbour Trust", "policy": "Coastal Safety Fund"},
    {"agent": "Ada Vance", "policy": "Quay Watch programme"},
]}


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_lost_pairs_fall_in_their_cause_and_where_the_policy_is_written():
    score = load_script("kg_reference_scorer_a", SCORER)
    diag = load_script("kg_diagnose_announced_t", ROOT / "scripts" / "diagnose_announced.py")
    graph = {"nodes": [
        _node("o", "Organisation", "Harbour Trust"),
        _node("p", "Person", "Ada Vance"),
        _node("r", "Policy", "ferry reforms"),                 # near the gold span, under "launched"
        _node("n", "Policy", "Night Bus Scheme"),
        _node("q", "Policy", "Quay Watch programme"),
    ], "links": [
        {"source": "o", "target": "r", "type": "ANNOUNCED"},    # the gold pair found under another span
        {"source": "p", "target": "n", "type": "ANNOUNCED"},
    ]}
    counts, rows = diag.classify(score, GOLD, graph)
    assert counts["found"] == 1                                   # Ada Vance -> Night Bus Scheme
    assert counts["policy/near"] == 1 and counts["policy/near:announce-object"] == 1
    assert counts["policy/none"] == 1 and counts["policy/none:other"] == 1   # the fund: no node, under "pays"
    assert counts["link/agent-elsewhere"] == 1                    # Ada Vance announced the bus scheme only
    assert counts["extra/unmatched-policy"] == 1
    assert counts["extra/unmatched-policy:mis-spanned-gold-pair"] == 1
    assert ("policy/near:announce-object", "Harbour Trust", "reforms to the ferry licensing system") in rows
    report = diag.report(counts)
    assert "gold announced pairs: 4" in report and "predicted links not in gold: 1" in report
    assert "announce-object" in report and "of which mis-spanned gold pair    1" in report


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_candidate_classes_count_unlinked_policies_and_the_rank_of_the_gold_agent():
    score = load_script("kg_reference_scorer_b", SCORER)
    diag = load_script("kg_diagnose_announced_c", ROOT / "scripts" / "diagnose_announced.py")
    from kg.extract.announce_model import PairModel

    graph = {"nodes": [
        _node("o", "Organisation", "Harbour Trust"),
        _node("p", "Person", "Ada Vance"),
        _node("n", "Policy", "Night Bus Scheme"),
        _node("q", "Policy", "Quay Watch programme"),
        _node("x", "Policy", "lifeboat rota"),                  # no gold entity
    ], "links": [{"source": "o", "target": "n", "type": "ANNOUNCED"}]}
    rows = [  # the pair scorer's candidates: Quay Watch's gold agent ranks second
        {"agent": ["Harbour Trust"], "policy": ["Quay Watch programme"], "feats": ["src=issuer", "is_publisher"]},
        {"agent": ["Ada Vance"], "policy": ["Quay Watch programme"],
         "feats": ["src=actor", "is_top_actor", "govc=announce"]},
    ]
    model = PairModel({"is_publisher": 2.0, "is_top_actor": 1.0}, 0.0, 0.5, {})
    counts = diag.candidate_classes(score, GOLD, graph, rows, model)
    assert counts["unlinked-policy/announced"] == 1               # Quay Watch programme
    assert counts["unlinked-policy/not-gold"] == 1                # lifeboat rota
    assert counts["unlinked-policy/not-announced"] == 0
    assert counts["lost-link/rank=2"] == 1 and counts["lost-link/src=actor"] == 1
    assert counts["lost-link/agent-top_actor"] == 1 and counts["lost-link/policy-verb-announce"] == 1
    assert counts["lost-link/of=2"] == 1
    # Ada Vance -> Night Bus Scheme: both ends there, no candidate holds the pair
    assert counts["lost-link/no-candidate"] == 1


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_shapes_split_a_lost_policy_under_an_announce_verb_by_its_parse():
    score = load_script("kg_reference_scorer_s", SCORER)
    diag = load_script("kg_diagnose_announced_s", ROOT / "scripts" / "diagnose_announced.py")
    diag.SHAPES.append(True)
    graph = {"nodes": [_node("o", "Organisation", "Harbour Trust"), _node("p", "Person", "Ada Vance")], "links": []}
    counts, _ = diag.classify(score, GOLD, graph)
    # "launched reforms to the ferry licensing system": the verb's object, lower case, six words
    assert counts["policy/none:announce-object/dobj/lower/long/no-ent"] == 1
    assert counts["policy/none"] == 4
