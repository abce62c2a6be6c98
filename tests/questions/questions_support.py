"""Helpers and fixtures of the question suite (a module of its own name, so tests import it unambiguously;
conftest.py re-exports the fixtures): the examples/ build and the question corpus build, each as graph.json, an
embedded store, a real ``kg serve`` endpoint and a real Neo4j (the server of tests/neo4j/conftest.py).

Community Neo4j has one database, so a module that asks Neo4j loads its build into an emptied database
first (``loaded_neo4j``); modules run one after another, so each sees only its own build.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.jsonl"


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
neo4j_server = neo4j_conftest.neo4j_server  # re-exported: pytest collects fixtures from this namespace
driver = neo4j_conftest.driver


def kg_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NO_COLOR="1", TERM="dumb", PYTHONUNBUFFERED="1", COLUMNS="400")
    env.update(extra)
    return env


def run_kg(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], env=env or kg_env(), capture_output=True, text=True,
                          timeout=timeout, check=False)


@dataclass
class Build:
    """A finished ``kg build INPUT --out OUT --store STORE``."""

    inputs: Path
    out: Path
    store: Path

    def graph(self) -> dict[str, Any]:
        return json.loads((self.out / "graph.json").read_text(encoding="utf-8"))


def make_build(inputs: Path, tmp: Path) -> Build:
    b = Build(inputs, tmp / "out", tmp / "store")
    proc = run_kg("build", str(inputs), "--out", str(b.out), "--store", str(b.store))
    assert proc.returncode == 0, proc.stderr
    return b


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The build the README tells a user to make: ``kg build examples/ --out out/`` (with ``--store``)."""
    return make_build(EXAMPLES, tmp_path_factory.mktemp("examples-build"))


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The question corpus (tests/questions/corpus.jsonl) built the same way."""
    return make_build(CORPUS, tmp_path_factory.mktemp("corpus-build"))


class Served:
    """A real ``kg serve --store STORE --port 0`` child process and its endpoint URL."""

    def __init__(self, store: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0"],
                                     env=kg_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        assert self.proc.stderr is not None
        deadline = time.monotonic() + 120
        line = ""
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            m = re.search(r"(http://[\d.]+:\d+/query)", line)
            if m:
                self.endpoint = m.group(1)
                return
            if not line and self.proc.poll() is not None:
                break
        self.stop()
        pytest.fail(f"kg serve did not start: {line}", pytrace=False)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="module")
def served_examples(examples_build: Build):
    s = Served(examples_build.store)
    yield s.endpoint
    s.stop()


@pytest.fixture(scope="module")
def served_corpus(corpus_build: Build):
    s = Served(corpus_build.store)
    yield s.endpoint
    s.stop()


def load_into_neo4j(server: Any, driver: Any, build: Build) -> dict[str, str]:
    """Empty the database, ``kg load neo4j`` the build as a user would; the env for ``kg query cypher``."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    env = kg_env(**{k: v for k, v in server.env().items() if k.startswith("NEO4J_")})
    proc = run_kg("load", "neo4j", str(build.out), env=env)
    assert proc.returncode == 0, proc.stderr
    return env
