"""A JSONL corpus is many documents: --max-bytes limits each document (line), not the whole file.

Years of press releases come as one big JSONL export; refusing the file because it is over the
per-document limit would refuse the corpus. The lines here carry a bulky extra field (as exports
from news archives do) so the file is over 5 MB while each document is small and quick to build.
"""
from __future__ import annotations

import json
from pathlib import Path

from conftest import read_graph, run_kg


def test_a_jsonl_corpus_over_the_per_document_limit_still_builds(tmp_path: Path):
    corpus = tmp_path / "archive.jsonl"
    filler = "x" * 900_000  # an unused field, like the raw HTML some archives keep beside the text
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(7):
            text = f"Eastmoor Constabulary made {60 + i} arrests in Hallbridge last month, Chief Constable Priya Ramsden said."
            fh.write(json.dumps({"id": f"release-{i}", "text": text, "raw_html": filler}) + "\n")
    assert corpus.stat().st_size > 5_000_000
    out = tmp_path / "out"
    proc = run_kg("build", str(corpus), "--out", str(out), "--quiet", timeout=600)
    assert proc.returncode == 0, proc.stderr
    ids = {d["id"] for d in read_graph(out)["graph"]["documents"]}
    assert ids == {f"release-{i}" for i in range(7)}


def test_one_jsonl_line_over_the_limit_is_reported_by_its_line(tmp_path: Path):
    corpus = tmp_path / "archive.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "small", "text": "Eastmoor Constabulary made 63 arrests in Hallbridge."}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "Police said. " * 2000}) + "\n")
    out = tmp_path / "out"
    proc = run_kg("build", str(corpus), "--out", str(out), "--quiet", "--max-bytes", "10000", timeout=600)
    assert proc.returncode == 1, proc.stderr
    bad = [line for line in proc.stderr.splitlines() if line.startswith(f"{corpus}:")]
    assert len(bad) == 1 and bad[0].startswith(f"{corpus}:2: "), proc.stderr
    assert {d["id"] for d in read_graph(out)["graph"]["documents"]} == {"small"}
