"""eval/diagnose_said.py sorts SAID failures into classes: each class on a small gold document and graph, and the
dev split is read by its counts only."""
from __future__ import annotations

from collections import Counter

import pytest

from diagload import ROOT, SCORER, load_script


@pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside the project")
def test_each_said_failure_falls_in_its_class():
    score = load_script("kg_reference_scorer_s", SCORER)
    diag = load_script("kg_diagnose_said_t", ROOT / "eval" / "diagnose_said.py")
    text = ("Crime fell by a tenth last year, said Chief Constable Ada Vance. The Harbour Board found that patrols "
            "had doubled in the port. Ben Cole said the new station would open in June next year.")
    gold = {"id": "d", "text": text, "entities": [
        {"type": "Person", "name": "Ada Vance", "aliases": []},
        {"type": "Organisation", "name": "Harbour Board", "aliases": []},
        {"type": "Person", "name": "Ben Cole", "aliases": []},
        {"type": "Person", "name": "Cara Diaz", "aliases": []},
    ], "said": [
        {"speaker": "Ada Vance", "quote": "Crime fell by a tenth last year", "direct": False},
        {"speaker": "Harbour Board", "quote": "patrols had doubled in the port", "direct": False},
        {"speaker": "Ben Cole", "quote": "the new station would open in June", "direct": False},
    ]}
    node = lambda i, t, name: {"id": i, "type": t, "name": name}
    said = lambda s, q, cue="say": {"source": s, "target": "q" + s + q[:3], "type": "SAID", "quote": q, "cue": cue,
                                    "direct": False}
    graph = {"nodes": [node("1", "Person", "Ada Vance"), node("2", "Organisation", "Port Office"),
                       node("3", "Person", "Ben Cole"), node("4", "Person", "Cara Diaz")],
             "links": [said("1", "Crime fell by a tenth last year"),          # matched
                       said("2", "patrols had doubled in the port", "find"),  # the words under another body
                       said("3", "would open in June next year"),             # the same speaker, starting late
                       said("4", "the harbour would close for a week")]}      # nothing in gold
    out = {k: Counter() for k in ("totals", "missed", "extra", "under another speaker: gold / kg")}
    out = diag_counts(diag, score, gold, graph, out)
    assert out["totals"] == Counter({"gold": 3, "predicted": 4, "matched": 1})
    assert out["missed"] == Counter({"reported: words under another speaker (unresolved)": 1,
                                     "reported: same speaker, quote starts late or stops early": 1})
    assert out["extra"] == Counter({"reported: gold has the words under another speaker": 1,
                                    "reported: overlaps a quotation of this speaker in gold": 1,
                                    "reported: not in gold (cue say)": 1})


def diag_counts(diag, score, gold, graph, out):
    from collections import defaultdict

    counts = defaultdict(Counter, out)
    diag.diagnose(score, gold, graph, counts, {}, parsed=None)
    return counts


def test_examples_are_refused_on_dev(capsys):
    diag = load_script("kg_diagnose_said_t2", ROOT / "eval" / "diagnose_said.py")
    with pytest.raises(SystemExit):
        diag.main(["--split", "dev", "--examples", "2"])
    assert "train split only" in capsys.readouterr().err
