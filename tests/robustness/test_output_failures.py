"""Output-side failures of `kg build`: each ends with one clear line on stderr, exit 1, and no traceback.

`--out` that is a file or lies under one, a read-only folder (a read-only tmpfs when the tests run as
root, which ignores file modes; a mode-0555 folder otherwise), a full disk (a tiny tmpfs), the file size
limit (RLIMIT_FSIZE, the "full disk" every user can set), a folder where graph.json should go, and a
damaged facts.jsonl under --resume.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT, kg_env, run_kg

TEXT = '"We will keep every street in this town safe," said Inspector Anna Bell. Officers made 40 arrests in Hallbridge.'


def _corpus(path: Path, n: int = 3, repeat: int = 1) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"doc-{i}", "text": "\n".join([TEXT] * repeat)}) + "\n")
    return path


def _one_line(proc: subprocess.CompletedProcess[str], *pieces: str) -> str:
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("kg build: ")
    for piece in pieces:
        assert piece in lines[0], lines[0]
    return lines[0]


@contextmanager
def _tmpfs(where: Path, *options: str) -> Iterator[bool]:
    """Mount a tmpfs on ``where`` if this process may (root with CAP_SYS_ADMIN); yields whether it did."""
    where.mkdir(parents=True, exist_ok=True)
    ok = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(where)], capture_output=True, check=False
    ).returncode == 0
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def test_out_that_is_a_file(tmp_path: Path):
    corpus = _corpus(tmp_path / "c.jsonl")
    target = tmp_path / "out.txt"
    target.write_text("keep me\n")
    _one_line(run_kg("build", str(corpus), "--out", str(target), "--quiet"), str(target), "--out is a file")
    assert target.read_text() == "keep me\n"


def test_out_under_a_file(tmp_path: Path):
    corpus = _corpus(tmp_path / "c.jsonl")
    (tmp_path / "plain").write_text("x")
    _one_line(run_kg("build", str(corpus), "--out", str(tmp_path / "plain" / "out"), "--quiet"), "Not a directory")


def test_texts_folder_that_is_a_file(tmp_path: Path):
    corpus = _corpus(tmp_path / "c.jsonl")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "texts").write_text("x")
    _one_line(run_kg("build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"), "texts", "cannot write the build output")


def test_read_only_out(tmp_path: Path):
    corpus = _corpus(tmp_path / "c.jsonl")
    ro = tmp_path / "ro"
    with _tmpfs(ro, "ro", "size=64k") as mounted:
        if not mounted:
            if os.geteuid() == 0:
                pytest.skip("running as root without the right to mount a read-only tmpfs")
            ro.chmod(0o555)
        line = _one_line(run_kg("build", str(corpus), "--out", str(ro / "out"), "--quiet"), str(ro / "out"))
        assert "Read-only file system" in line or "Permission denied" in line
    ro.chmod(0o755)


def test_full_disk(tmp_path: Path):
    corpus = _corpus(tmp_path / "c.jsonl", n=6, repeat=40)
    disk = tmp_path / "disk"
    with _tmpfs(disk, "size=64k") as mounted:
        if not mounted:
            pytest.skip("cannot mount a tmpfs here (test_file_size_limit covers a write that runs out of room)")
        filler = disk / "filler"
        with filler.open("wb") as fh:  # leave a few kB: the journal starts, the texts and facts do not fit
            try:
                fh.write(b"\0" * (60 * 1024))
            except OSError:
                pass
        line = _one_line(run_kg("build", str(corpus), "--out", str(disk / "out"), "--quiet"), "No space left on device")
        assert str(disk / "out") in line


def test_file_size_limit(tmp_path: Path):
    corpus = _corpus(tmp_path / "c.jsonl", n=6, repeat=60)
    limit = 16 * 1024

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"],
        cwd=ROOT, env=kg_env(), capture_output=True, text=True, timeout=600, preexec_fn=small_files, check=False,
    )
    _one_line(proc, "File too large", "ulimit -f")


def test_graph_json_that_is_a_folder(tmp_path: Path):
    corpus = _corpus(tmp_path / "c.jsonl")
    (tmp_path / "out" / "graph.json").mkdir(parents=True)
    _one_line(run_kg("build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"), "graph.json", "cannot write")


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (b"this is not json\n", ":2: damaged build journal"),
        (b'{"document": {"id": "x"}}\n', ":2: damaged build journal (missing 'sha256')"),
        (b'{"document": {"id": "x", "sha256": "00"}, "nodes": [1, 2]}\n', ":2: damaged build journal"),
        (b"\xff\xfe binary \x00\n", ":2: damaged build journal"),
    ],
    ids=["not JSON", "no sha256", "nodes of the wrong shape", "binary"],
)
def test_damaged_journal_under_resume(tmp_path: Path, damage: bytes, expected: str):
    """A journal damaged in the middle (not a cut-off last line, which --resume repairs) is named, line and all."""
    corpus = _corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    out.mkdir()
    good = json.dumps({"document": {"id": "doc-0", "sha256": "0" * 64, "source": "c.jsonl:1"}, "nodes": [], "links": []})
    (out / "facts.jsonl").write_bytes(good.encode() + b"\n" + damage + good.replace("doc-0", "doc-1").encode() + b"\n")
    _one_line(run_kg("build", str(corpus), "--out", str(out), "--quiet", "--resume"), "facts.jsonl" + expected, "without --resume")
