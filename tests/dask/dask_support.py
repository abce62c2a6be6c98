"""Fixtures of the Dask tests: a small corpus, its one-process build, and a real Dask cluster started the way a
user starts one (``dask scheduler`` and ``dask worker`` as separate processes, on 127.0.0.1 only).

The kg subprocess helpers and the generated corpus are the ones of tests/robustness/conftest.py, imported
from that file by path (the test folders are not packages).
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

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


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """examples/ (text, HTML and JSONL) plus 12 generated press releases: the inputs of a build."""
    generated = tmp_path_factory.mktemp("dask-corpus") / "generated"
    write_generated_corpus(generated, 12, seed=23)
    return [str(EXAMPLES), str(generated)]


@pytest.fixture(scope="session")
def local_build(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-process build every Dask build is compared with."""
    out = tmp_path_factory.mktemp("dask-local") / "out"
    proc = run_kg("build", *corpus, "--out", str(out), "--quiet", *RDF_ARGS)
    assert proc.returncode == 0, proc.stderr
    return out


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


@pytest.fixture(scope="package")  # stopped once tests/dask is done, not kept through the rest of the suite
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """`dask scheduler` and `dask worker --nworkers 2 --nthreads 1` as a user runs them, bound to 127.0.0.1."""
    dask_cli = shutil.which("dask", path=str(Path(sys.executable).parent))
    assert dask_cli, "the dask command is missing: pip install 'kg[dask]'"
    tmp = tmp_path_factory.mktemp("dask-cluster")
    scheduler_file = tmp / "scheduler.json"
    env = kg_env()
    logs = {name: (tmp / f"{name}.log").open("wb") for name in ("scheduler", "worker")}
    scheduler = subprocess.Popen(
        [dask_cli, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)],
        cwd=tmp, env=env, stdout=logs["scheduler"], stderr=subprocess.STDOUT,
    )
    workers = None
    try:
        deadline = time.monotonic() + 120
        while not scheduler_file.exists() or not scheduler_file.read_text(encoding="utf-8").strip():
            assert scheduler.poll() is None, (tmp / "scheduler.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "the Dask scheduler wrote no scheduler file within 120 s"
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text(encoding="utf-8"))["address"]
        assert address.startswith("tcp://127.0.0.1:"), address
        workers = subprocess.Popen(
            [dask_cli, "worker", address, "--nworkers", "2", "--nthreads", "1", "--host", "127.0.0.1",
             "--no-dashboard", "--local-directory", str(tmp / "workers")],
            cwd=tmp, env=env, stdout=logs["worker"], stderr=subprocess.STDOUT,
        )
        started = Cluster(address, scheduler_file, scheduler, workers)
        wait_for_workers(started, 2)
        yield started
    finally:
        if workers is not None:
            _stop(workers)
        _stop(scheduler)
        for fh in logs.values():
            fh.close()
