"""Fixtures of the Dask tests: a small corpus, its one-process build, and a real Dask cluster started the way a
user starts one (``dask scheduler`` and ``dask worker`` as separate processes, on 127.0.0.1 only)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dask_helpers import RDF_ARGS, Cluster, _stop, kg_env, run_kg, wait_for_workers, write_generated_corpus, EXAMPLES


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
