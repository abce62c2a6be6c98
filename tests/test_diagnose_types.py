"""scripts/diagnose_types.py sorts entity errors by decision: each class on a small gold document and graph."""
from __future__ import annotations

import pytest

from diagload import ROOT, SCORER, load_script


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_each_error_falls_in_its_decision_class():
    score = load_script("kg_reference_scorer_t", SCORER)
    diag = load_script("kg_diagnose_types_t", ROOT / "scripts" / "diagnose_types.py")
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
    assert counts[("Place", "extra/boundary:comma-part")] == 1              # Lowmoor of "Lowmoor, Ohio"
    assert counts[("Place", "missed/boundary:longer-trail/place")] == 1     # the gold has the state after it
    assert counts[("Place", "missed/as:Organisation")] == 1        # Fenwick
    assert counts[("Place", "extra/as:Organisation")] == 1         # Port Council
    assert counts[("Person", "found")] == 1
    extras = sum(v for (t, c), v in counts.items() if t == "Organisation" and c.startswith("extra"))
    assert extras == 5 and ("Organisation extra/acronym", "BWC") in rows
    assert "Organisation: found 1 (of which nested in another node's mention 0), extra 5, missed 2" \
        in diag.report(counts)


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_span_shapes_nested_nodes_and_why_a_name_went_unseen():
    import spacy
    from spacy.tokens import Span

    score = load_script("kg_reference_scorer_t2", SCORER)
    diag = load_script("kg_diagnose_types_t2", ROOT / "scripts" / "diagnose_types.py")
    text = ("Staff of the Western District of Carolina met the Harbour Safety Team at Dunmore in Kestrel County, "
            "and the Cardiff Youth Panel.")
    gold = {"id": "d", "text": text, "entities": [
        {"type": "Organisation", "name": "Western District of Carolina", "aliases": []},
        {"type": "Organisation", "name": "Harbour Safety Team", "aliases": []},
        {"type": "Organisation", "name": "Cardiff Youth Panel", "aliases": []},
        {"type": "Place", "name": "Dunmore", "aliases": []},
    ]}
    at = lambda s: {"doc": "d", "start": text.index(s), "end": text.index(s) + len(s)}
    graph = {"nodes": [
        {"id": "1", "type": "Organisation", "name": "Western District of Carolina",
         "mentions": [at("Western District of Carolina")]},
        {"id": "2", "type": "Place", "name": "Carolina", "mentions": [at("Carolina")]},  # inside the district
        {"id": "3", "type": "Organisation", "name": "Safety Team", "mentions": [at("Safety Team")]},
        {"id": "4", "type": "Organisation", "name": "Youth Panel", "mentions": [at("Youth Panel")]},
        {"id": "5", "type": "Place", "name": "Kestrel County", "mentions": [at("Kestrel County")]},
    ], "links": []}
    nlp = spacy.blank("en")
    doc = nlp(text)
    kestrel = doc.char_span(text.index("Kestrel"), text.index("Kestrel") + len("Kestrel County"))
    cardiff = doc.char_span(text.index("Cardiff"), text.index("Cardiff") + len("Cardiff"))
    doc.ents = [Span(doc, cardiff.start, cardiff.end, label="GPE"), Span(doc, kestrel.start, kestrel.end, label="GPE")]
    counts, rows = diag.classify(score, gold, graph, doc)
    assert counts[("Place", "extra/nested-in:Organisation")] == 1
    # "Safety Team" lacks the capitalised "Harbour" before it; "Youth Panel" lacks the registry-less "Cardiff"
    assert counts[("Organisation", "missed/boundary:longer-lead/cap")] == 2
    assert counts[("Organisation", "extra/boundary:shorter-lead/cap")] == 2
    # Dunmore: the recogniser left it unlabelled and no node's mention holds it
    assert counts[("Place", "missed/none:ner=none,in=no")] == 1
    assert ("Place extra/nested-in:Organisation", "Carolina") in rows
