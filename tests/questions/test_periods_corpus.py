"""Dated statistics on the question corpus: the share of figures whose sentence states an absolute or anchored
period that get the right ISO 8601 interval, against the hand-checked list in periods.json.

The issue's target is 90 %; the floor asserted here is what kg reaches now (26 of 27), so a regression fails.
The figures it misses are named in the failure message of ``test_the_misses_are_the_known_ones``.
"""
from __future__ import annotations

import json

from questions_support import HERE

FIGURES = json.loads((HERE / "periods.json").read_text(encoding="utf-8"))["figures"]
KNOWN_MISSES = {
    # "the year ending September 2022 ... from October 2021 (20,980 respondents)": the nearer date wins
    ("ons-crime-ye-september-2023", "20,980"),
}


def _find(graph: dict, entry: dict) -> dict | None:
    for n in graph["nodes"]:
        if n["type"] == "Statistic" and n["mentions"][0]["doc"] == entry["doc"] \
                and entry["figure"] in (n.get("name") or "") and entry["context"] in (n.get("sentence") or ""):
            return n
    return None


def _scores(graph: dict) -> tuple[list, list]:
    right, wrong = [], []
    for entry in FIGURES:
        node = _find(graph, entry)
        got = f"{node.get('period_start')}/{node.get('period_end')}" if node is not None else "no such statistic"
        (right if got == entry["interval"] else wrong).append((entry["doc"], entry["figure"], entry["interval"], got))
    return right, wrong


def test_share_of_dated_figures_with_the_right_interval(corpus_build) -> None:
    right, wrong = _scores(corpus_build.graph())
    share = len(right) / len(FIGURES)
    assert len(FIGURES) >= 25
    assert share >= 26 / 27 - 1e-9, f"{share:.3f}: {wrong}"


def test_the_misses_are_the_known_ones(corpus_build) -> None:
    _, wrong = _scores(corpus_build.graph())
    assert {(d, f) for d, f, _, _ in wrong} <= KNOWN_MISSES, wrong


def test_every_interval_given_on_the_corpus_is_a_real_span(corpus_build) -> None:
    for n in corpus_build.graph()["nodes"]:
        if n.get("period_start"):
            assert n["period_start"] <= n["period_end"], n["id"]
            assert n.get("period") and n.get("period_basis") in ("absolute", "anchored"), n["id"]


def test_a_relative_period_is_read_against_the_published_day_or_warned_about(tmp_path) -> None:
    from questions_support import run_kg

    text = "Police said 40 knives were seized this year in Kent."
    corpus = tmp_path / "two.jsonl"
    corpus.write_text(json.dumps({"id": "dated", "published": "2019-05-02", "text": text}) + "\n"
                      + json.dumps({"id": "undated", "text": text}) + "\n", encoding="utf-8")
    proc = run_kg("build", str(corpus), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    stats = {n["mentions"][0]["doc"]: n for n in graph["nodes"] if n["type"] == "Statistic"}
    assert (stats["dated"]["period_start"], stats["dated"]["period_end"]) == ("2019-01-01", "2019-05-02")
    assert stats["dated"]["period_basis"] == "anchored"
    assert "period_start" not in stats["undated"] and stats["undated"]["period"] == "this year"
    warnings = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))["warnings"]
    assert [w for w in warnings if "undated" in w and "'this year'" in w and "no published date" in w]
