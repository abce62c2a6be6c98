#!/usr/bin/env python3
"""Check that a change leaves ``kg build``'s outputs byte for byte as they were.

    python scripts/same_outputs.py --base main                       # examples/ and eval/train-*.jsonl
    python scripts/same_outputs.py --base 9612c4c eval/ examples/ --rdf-format ttl --rdf-format nq
    python scripts/same_outputs.py --base HEAD~3 --keep /tmp/compare    # keep both output folders

The ``kg`` package of the commit ``--base`` is unpacked (``git archive``) into a
temporary folder and builds the inputs with ``python -m kg build``; the working
tree's kg builds them the same way; then every file of the two output folders
is compared: graph.json, each RDF file (all five formats by default, so every
writer is covered), digest.md, facts.jsonl, texts/*.txt and summary.json
without its ``seconds``. Exit status 0 when all are identical, 1 when any file
differs or is missing on one side (each printed), 2 when a build fails.

Both builds run with the same interpreter, installed packages and spaCy model,
one after the other; only the kg code differs.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = ("examples", "eval/train-3.jsonl", "eval/train-4.jsonl", "eval/train-5.jsonl")
ALL_RDF = ("ttl", "nt", "jsonld", "trig", "nq")


def unpack(rev: str, dest: Path) -> Path:
    """The kg package of commit ``rev`` under ``dest`` (to put on PYTHONPATH)."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = dest / "kg.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "kg"], stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    archive.unlink()
    return dest


def build(code: Path, inputs: list[str], out: Path, rdf_formats: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(code)}
    # run from the code's folder: ``python -m`` and ``-c`` put the working folder first on sys.path
    where = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], env=env, cwd=code,
                           capture_output=True, text=True, check=True).stdout.strip()
    if not Path(where).resolve().is_relative_to(code.resolve()):
        raise SystemExit(f"the build would import kg from {where}, not from {code}")
    cmd = [sys.executable, "-m", "kg", "build", *(str(Path(i).resolve()) for i in inputs), "--out", str(out)]
    for fmt in rdf_formats:
        cmd += ["--rdf-format", fmt]
    proc = subprocess.run(cmd, env=env, cwd=code, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or "Traceback" in proc.stderr:  # 1: some inputs failed (compared below)
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(2)


def files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def same(a: Path, b: Path, name: str) -> bool:
    if name == "summary.json":
        left, right = json.loads(a.read_text("utf-8")), json.loads(b.read_text("utf-8"))
        left.pop("seconds", None)
        right.pop("seconds", None)
        return left == right
    return a.read_bytes() == b.read_bytes()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", help=f"inputs as for kg build (default: {' '.join(DEFAULT_INPUTS)})")
    ap.add_argument("--base", required=True, help="the commit whose outputs are the reference (e.g. main)")
    ap.add_argument("--rdf-format", action="append", help="RDF formats to write and compare (default: all five)")
    ap.add_argument("--keep", type=Path, help="build into this folder (old/ and new/) and keep it")
    args = ap.parse_args()
    inputs = args.inputs or list(DEFAULT_INPUTS)
    formats = args.rdf_format or list(ALL_RDF)
    with tempfile.TemporaryDirectory() as tmpname:
        work = args.keep or Path(tmpname)
        work.mkdir(parents=True, exist_ok=True)
        base_code = unpack(args.base, Path(tmpname) / "base")
        old, new = work / "old", work / "new"
        build(base_code, inputs, old, formats)
        build(ROOT, inputs, new, formats)
        names = sorted(files(old) | files(new))
        bad = 0
        for name in names:
            a, b = old / name, new / name
            if not a.exists() or not b.exists():
                print(f"only in {'new' if b.exists() else 'old'}: {name}")
                bad += 1
            elif not same(a, b, name):
                print(f"differs: {name} ({a.stat().st_size} bytes old, {b.stat().st_size} new)")
                bad += 1
        print(f"{len(names)} files compared, {bad} differ ({args.base} against the working tree; inputs: "
              f"{' '.join(inputs)})")
        return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
