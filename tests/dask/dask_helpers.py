"""Helpers of the Dask tests (their fixtures are in conftest.py). A module of its own name, so the tests import
it the same way whichever other test folders run in the same session (every folder has a ``conftest``).

The kg subprocess helpers and the generated corpus are the ones of tests/robustness/conftest.py, imported
from that file by path (the test folders are not packages).
"""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _load_robustness_conftest() -> Any:
    name = "kg_tests_robustness_conftest"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "robustness" / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_robust = _load_robustness_conftest()
EXAMPLES: Path = _robust.EXAMPLES
HOSTILE: Path = _robust.HOSTILE
kg_env = _robust.kg_env
run_kg = _robust.run_kg
popen_kg = _robust.popen_kg
read_graph = _robust.read_graph
write_generated_corpus = _robust.write_generated_corpus

#: The files a Dask build must write byte for byte as a local one (besides texts/ and summary.json).
RDF_ARGS = ("--rdf-format", "ttl", "--rdf-format", "nq")
COMPARED = ("graph.json", "graph.ttl", "graph.nq")


def summary_without_timings(out: Path) -> dict[str, Any]:
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    summary.pop("seconds")
    return summary


def assert_same_outputs(got: Path, want: Path, *, resumed: bool = False) -> None:
    """graph.json, the RDF files and texts/ byte-identical; summary.json identical but for its timings."""
    for name in COMPARED:
        assert (got / name).read_bytes() == (want / name).read_bytes(), f"{name} differs from the local build"
    got_texts = sorted(p.name for p in (got / "texts").iterdir())
    assert got_texts == sorted(p.name for p in (want / "texts").iterdir())
    for name in got_texts:
        assert (got / "texts" / name).read_bytes() == (want / "texts" / name).read_bytes(), name
    got_summary, want_summary = summary_without_timings(got), summary_without_timings(want)
    if resumed:
        assert got_summary.pop("resumed") > 0
        want_summary.pop("resumed")
        got_summary.pop("warnings"), want_summary.pop("warnings")  # warnings of resumed documents are not repeated
    assert got_summary == want_summary
    # summary.json itself, not just its parsed content: same bytes once the timing line is gone.
    if not resumed:
        strip = lambda p: b"".join(l for l in (p / "summary.json").read_bytes().splitlines(True) if b'"seconds"' not in l)  # noqa: E731
        assert strip(got) == strip(want)


@dataclass
class Cluster:
    """A scheduler and a nanny-managed pair of workers, each started as its own process."""

    address: str
    scheduler_file: Path
    scheduler: subprocess.Popen[bytes]
    workers: subprocess.Popen[bytes]

    def client(self) -> Any:
        from distributed import Client

        return Client(self.address, timeout="30s")

    def worker_pids(self) -> dict[str, int]:
        with self.client() as client:
            return client.run(os.getpid)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_for_workers(cluster: Cluster, n: int, timeout: float = 180) -> dict[str, int]:
    deadline = time.monotonic() + timeout
    while True:
        assert cluster.scheduler.poll() is None, "the Dask scheduler exited"
        assert cluster.workers.poll() is None, "dask worker exited"
        try:
            pids = cluster.worker_pids()
        except OSError:
            pids = {}
        if len(pids) >= n:
            return pids
        assert time.monotonic() < deadline, f"{len(pids)} of {n} Dask workers joined within {timeout:.0f} s"
        time.sleep(0.5)
