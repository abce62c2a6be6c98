"""Smaller things a new user meets: `kg --version`, and what the progress bar and the end line are fed."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_kg

import kg

TEXT = '"We will keep every street in this town safe," said Inspector Anna Bell. Officers made 40 arrests.'


def test_version():
    proc = run_kg("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"kg {kg.__version__}"


def test_progress_hears_of_built_failed_resumed_documents_and_the_writing_phase(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": TEXT}) for i in range(3)] + ['{"id": "bad\\u0000id", "text": "x"}', "not json"]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    events: list[tuple[str, str]] = []
    hooks = dict(
        on_document=lambda d: events.append(("built", d)),
        on_failure=lambda f: events.append(("failed", f.path)),
        on_resumed=lambda d: events.append(("resumed", d)),
        on_phase=lambda p: events.append(("phase", p)),
    )
    result = kg.build([corpus], out=tmp_path / "out", **hooks)
    assert sorted(e for e in events if e[0] != "phase") == sorted(
        [("built", "d0"), ("built", "d1"), ("built", "d2"), ("failed", f"{corpus}:4"), ("failed", f"{corpus}:5")]
    )
    phases = [i for i, e in enumerate(events) if e[0] == "phase"]
    assert [events[i] for i in phases] == [("phase", "writing"), ("phase", "writing digest.md")]
    assert phases[0] == len(events) - 2  # the outputs are written after every document
    assert len(result.failures) == 2 and result.resumed == 0

    events.clear()
    again = kg.build([corpus], out=tmp_path / "out", resume=True, **hooks)
    assert sorted(e for e in events if e[0] != "phase") == sorted(
        [("resumed", "d0"), ("resumed", "d1"), ("resumed", "d2"), ("failed", f"{corpus}:4"), ("failed", f"{corpus}:5")]
    )
    assert again.resumed == 3 and again.documents == 3


def test_the_end_line_counts_resumed_failed_and_warnings(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "a", "text": TEXT}) + "\n{broken\n", encoding="utf-8")
    (folder / "legacy.txt").write_bytes(TEXT.replace("Anna", "Ann\xe9").encode("cp1252"))  # read as Windows-1252: a warning
    out = tmp_path / "out"
    first = run_kg("build", str(folder), "--out", str(out), "--quiet")
    assert first.returncode == 1
    assert first.stderr.strip().splitlines()[-1].endswith("; 1 failed; 1 warning (in summary.json)"), first.stderr
    second = run_kg("build", str(folder), "--out", str(out), "--quiet", "--resume")
    assert "; 2 resumed; 1 failed" in second.stderr.strip().splitlines()[-1], second.stderr
