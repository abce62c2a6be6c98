"""Every statistic and every relation in a build reaches the sentence it was read from: 100 %, over the
examples/ build and the question corpus. Relations are all links but a Document's own MENTIONS (which only
say "this document names X" and whose sentence is on the entity's other links); registry facts
(``basis: registry``) stand at the sentence that names the body they concern."""
from __future__ import annotations

import pytest


def unreached(graph: dict) -> tuple[int, int, list]:
    text_by_doc: dict = {}
    missing = []
    stats = [n for n in graph["nodes"] if n["type"] == "Statistic"]
    for n in stats:
        if not (n.get("sentence") or "").strip():
            missing.append(("Statistic", n["id"]))
    relations = [l for l in graph["links"] if not (l["type"] == "MENTIONS" and l["source"].startswith("doc/"))]
    for l in relations:
        if not (l.get("sentence") or "").strip() or l.get("start") is None:
            missing.append((l["type"], l["source"], l["target"], l.get("basis")))
    del text_by_doc
    return len(stats), len(relations), missing


@pytest.mark.parametrize("which", ["examples_build", "corpus_build"])
def test_every_statistic_and_relation_reaches_a_sentence(which, request) -> None:
    build = request.getfixturevalue(which)
    graph = build.graph()
    n_stats, n_rel, missing = unreached(graph)
    assert n_stats >= 20 and n_rel >= 40  # a real build, not an empty one
    assert missing == []
    # and the sentence is the document's own text around the fact, not something made up
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (build.out / "texts").glob("*.txt")}
    for n in graph["nodes"]:
        if n["type"] == "Statistic":
            doc = n["mentions"][0]["doc"]
            text = next(t for k, t in texts.items() if k == doc or k.endswith(doc) or doc.endswith(k))
            assert n["sentence"] in text
            m = n["mentions"][0]
            assert text[m["start"]:m["end"]] in n["sentence"]


def test_the_statistics_query_gives_every_figure_its_sentence(examples_build) -> None:
    from questions_support import run_kg
    import json

    proc = run_kg("query", "sparql", "--name", "statistics", "--store", str(examples_build.store), "--format", "json")
    rows = json.loads(proc.stdout)
    assert len(rows) == sum(1 for n in examples_build.graph()["nodes"] if n["type"] == "Statistic")
    assert all(r.get("sentence") for r in rows)
