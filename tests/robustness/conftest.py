"""Helpers of the robustness and scale tests: the kg CLI as a subprocess, generated corpora, Neo4j.

The Neo4j fixtures (``neo4j_server``, ``driver``) and helpers are the ones of tests/neo4j/conftest.py,
imported from that file by path (the test folders are not packages), so these tests start their
server the same way: scripts/neo4j-local, auth on, a fresh data folder, no skip.
"""
from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
HOSTILE = ROOT / "tests" / "data" / "hostile"


def _load_neo4j_conftest() -> Any:
    name = "kg_tests_neo4j_conftest"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "neo4j" / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


neo4j_conftest = _load_neo4j_conftest()
# Fixtures re-exported: pytest collects them from this conftest's namespace.
neo4j_server = neo4j_conftest.neo4j_server
driver = neo4j_conftest.driver
empty_db = neo4j_conftest.empty_db
Server = neo4j_conftest.Server
db_counts = neo4j_conftest.db_counts
expected_provenance = neo4j_conftest.expected_provenance
start_server = neo4j_conftest.start_server
run_script = neo4j_conftest.run_script


def kg_env(**extra: str) -> dict[str, str]:
    """The environment for a kg subprocess: no NEO4J_* leaking in from the caller, no colour."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NO_COLOR="1", TERM="dumb", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def run_kg(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``kg ARGS...`` as a user runs it (a child process), bounded by a generous timeout."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=ROOT, env=env or kg_env(), capture_output=True, text=True, timeout=timeout, check=False,
    )


def popen_kg(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        cwd=ROOT, env=env or kg_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def read_graph(out: Path) -> dict[str, Any]:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def example_paragraphs() -> list[list[str]]:
    """The paragraphs of each example text (plain-text and JSONL examples; read as kg reads them)."""
    from kg.clean import clean_text
    from kg.sources import iter_sources

    docs = []
    for item in iter_sources([EXAMPLES]):
        if hasattr(item, "text"):
            paras = [p for p in clean_text(item.text).text.split("\n") if p.strip()]
            if paras:
                docs.append(paras)
    assert docs, "no example texts in examples/"
    return docs


def write_generated_corpus(folder: Path, n_docs: int, seed: int = 11) -> list[Path]:
    """n_docs .txt files made from the examples: paragraphs rotated, numbers changed, names swapped (seeded)."""
    rng = random.Random(seed)
    names = ["Ruth Calloway", "Tomasz Nowak", "Grace Obi", "Liam Murphy", "Sofia Rossi", "Hannah Webb"]
    docs = example_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_docs):
        paras = list(docs[i % len(docs)])
        if len(paras) > 2:
            k = rng.randrange(1, len(paras))
            paras = paras[:1] + paras[k:] + paras[1:k]
        text = "\n".join(paras)
        text = re.sub(r"\b\d{2,3}\b(?![\d,.])", lambda m: str(int(m.group()) + rng.randint(1, 9)), text)
        text = text.replace("Sadiq Khan", rng.choice(names))
        path = folder / f"gen-{i:03d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~40 generated documents (a folder of .txt files), shared by the tests that only read it."""
    folder = tmp_path_factory.mktemp("corpus") / "docs"
    write_generated_corpus(folder, 40)
    return folder


@pytest.fixture(scope="session")
def reference_build(generated_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An uninterrupted `kg build` of the generated corpus."""
    out = tmp_path_factory.mktemp("reference") / "out"
    proc = run_kg("build", str(generated_corpus), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kg build examples/` with one process."""
    out = tmp_path_factory.mktemp("examples-build") / "out"
    proc = run_kg("build", str(EXAMPLES), "--out", str(out), "--quiet", "--processes", "1")
    assert proc.returncode == 0, proc.stderr
    return out
