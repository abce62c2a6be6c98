"""Resumable builds: `kg build` killed with SIGKILL mid-run, then `kg build --resume`, gives exactly
the graph.json of an uninterrupted build: no lost documents, no duplicates, a half-written journal
line cut off."""
from __future__ import annotations

import hashlib
import json
import shutil
import signal
import time
from pathlib import Path

from conftest import popen_kg, read_graph, run_kg

N_DOCS = 40


def _complete_lines(journal: Path) -> int:
    if not journal.exists():
        return 0
    return journal.read_bytes().count(b"\n")


def _assert_same_graph(out: Path, reference: Path) -> None:
    got, want = read_graph(out), read_graph(reference)
    ids = [d["id"] for d in got["graph"]["documents"]]
    assert len(ids) == len(set(ids)) == N_DOCS  # nothing lost, nothing twice
    node_ids = [n["id"] for n in got["nodes"]]
    assert len(node_ids) == len(set(node_ids))
    assert got == want
    # the reader's summary too: byte for byte, after a kill and --resume
    assert (out / "digest.md").read_bytes() == (reference / "digest.md").read_bytes()


def test_reference_build_has_every_document(reference_build: Path):
    graph = read_graph(reference_build)
    assert len(graph["graph"]["documents"]) == N_DOCS
    assert (reference_build / "facts.jsonl").read_bytes().count(b"\n") == N_DOCS


def test_sigkilled_build_resumes_to_the_uninterrupted_graph(generated_corpus: Path, reference_build: Path, tmp_path: Path):
    out = tmp_path / "out"
    journal = out / "facts.jsonl"
    proc = popen_kg("build", str(generated_corpus), "--out", str(out), "--quiet", "--batch-size", "2")
    try:
        deadline = time.monotonic() + 300
        while _complete_lines(journal) < 4:
            assert proc.poll() is None, f"kg build ended before it could be killed: {proc.communicate()[1]}"
            assert time.monotonic() < deadline, "no document finished within 300 s"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done = _complete_lines(journal)
    assert 0 < done < N_DOCS, f"killed too late to test anything ({done} of {N_DOCS} documents journaled)"
    assert not (out / "graph.json").exists()

    # As if the kill had landed in the middle of a write: half a record, no newline.
    last = journal.read_bytes().splitlines()[-1]
    with journal.open("ab") as fh:
        fh.write(last[: len(last) // 2])

    rerun = run_kg("build", str(generated_corpus), "--out", str(out), "--quiet", "--resume")
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["resumed"] == done
    assert summary["documents"] == N_DOCS
    _assert_same_graph(out, reference_build)
    # The journal is whole lines of JSON again.
    for line in journal.read_bytes().splitlines():
        json.loads(line)


def test_resume_cuts_a_half_written_line_and_rebuilds_changed_documents(
    generated_corpus: Path, reference_build: Path, tmp_path: Path
):
    out = tmp_path / "out"
    out.mkdir()
    lines = (reference_build / "facts.jsonl").read_bytes().splitlines(keepends=True)
    (out / "facts.jsonl").write_bytes(b"".join(lines[:10]) + lines[10][: len(lines[10]) // 3])
    rerun = run_kg("build", str(generated_corpus), "--out", str(out), "--quiet", "--resume")
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["resumed"] == 10
    _assert_same_graph(out, reference_build)

    # A document edited after it was journaled is built again, not kept stale and not doubled.
    corpus = tmp_path / "corpus"
    shutil.copytree(generated_corpus, corpus)
    first = json.loads(lines[0])["document"]
    edited = corpus / Path(first["source"]).name
    edited.write_text(edited.read_text(encoding="utf-8") + "Chief Constable Priya Ramsden said the work goes on.\n", encoding="utf-8")
    rerun = run_kg("build", str(corpus), "--out", str(out), "--quiet", "--resume")
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["resumed"] == N_DOCS - 1
    graph = read_graph(out)
    docs = [d for d in graph["graph"]["documents"] if d["id"] == first["id"]]
    assert len(docs) == 1 and len(graph["graph"]["documents"]) == N_DOCS
    assert docs[0]["sha256"] == hashlib.sha256(edited.read_bytes()).hexdigest()
    assert "Priya Ramsden" in (out / "texts" / f"{first['id']}.txt").read_text(encoding="utf-8")
