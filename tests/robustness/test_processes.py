"""`kg build --processes 2` (spaCy's multiprocessing) gives the same graph.json as one process."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import EXAMPLES, read_graph, run_kg


def test_two_processes_build_the_same_graph_as_one(tmp_path: Path):
    # Both builds in this test, back to back (not the session's build of examples/).
    examples_build = tmp_path / "one"
    proc = run_kg("build", str(EXAMPLES), "--out", str(examples_build), "--quiet", "--processes", "1")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "out"
    proc = run_kg("build", str(EXAMPLES), "--out", str(out), "--quiet", "--processes", "2", "--batch-size", "2")
    assert proc.returncode == 0, proc.stderr
    one, two = read_graph(examples_build), read_graph(out)
    assert two["graph"]["documents"] == one["graph"]["documents"]
    assert two == one
    for name in sorted(p.name for p in (examples_build / "texts").iterdir()):
        assert (out / "texts" / name).read_text(encoding="utf-8") == (examples_build / "texts" / name).read_text(encoding="utf-8")
    s1 = json.loads((examples_build / "summary.json").read_text(encoding="utf-8"))
    s2 = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (s2["documents"], s2["nodes"], s2["links"], s2["failures"]) == (s1["documents"], s1["nodes"], s1["links"], s1["failures"])
