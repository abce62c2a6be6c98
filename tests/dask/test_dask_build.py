"""`kg build --dask` on a real `distributed` cluster gives byte for byte the outputs of a one-process build:
with a LocalCluster of 2 worker processes, with a scheduler and workers started as separate processes, after a
worker is SIGKILLed mid-build, after the client is SIGKILLed and resumed, and with bad inputs."""
from __future__ import annotations

import json
import signal
import time
from pathlib import Path

from dask_helpers import (
    HOSTILE,
    RDF_ARGS,
    Cluster,
    assert_same_outputs,
    kg_env,
    popen_kg,
    run_kg,
    summary_without_timings,
    wait_for_workers,
)


def _built(local_build: Path) -> int:
    """How many documents the one-process build of the corpus built: what every Dask build must build too."""
    return json.loads((local_build / "summary.json").read_text(encoding="utf-8"))["documents"]


def _journal_lines(out: Path) -> int:
    journal = out / "facts.jsonl"
    return journal.read_bytes().count(b"\n") if journal.exists() else 0


def _wait_for_journal(proc, out: Path, lines: int, timeout: float = 300) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while _journal_lines(out) < lines:
        assert proc.poll() is None, f"kg build ended early: {proc.communicate()[1]}"
        assert time.monotonic() < deadline, f"fewer than {lines} documents finished within {timeout:.0f} s"
        time.sleep(0.05)


def test_local_cluster_of_two_workers_builds_the_local_outputs(corpus: list[str], local_build: Path, tmp_path: Path):
    out = tmp_path / "out"
    proc = run_kg("build", *corpus, "--out", str(out), "--quiet", *RDF_ARGS, "--dask", "local:2", "--partition-size", "2")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert_same_outputs(out, local_build)
    summary = summary_without_timings(out)
    assert summary["documents"] == _built(local_build) and summary["failures"] == []


def test_separately_started_scheduler_and_workers(cluster: Cluster, corpus: list[str], local_build: Path, tmp_path: Path):
    out = tmp_path / "out"
    proc = run_kg(
        "build", *corpus, "--out", str(out), "--quiet", *RDF_ARGS,
        "--executor", "dask", "--scheduler", cluster.address, "--partition-size", "3",
    )
    assert proc.returncode == 0, proc.stderr
    assert_same_outputs(out, local_build)
    assert proc.stderr.strip().startswith(f"built {_built(local_build)} documents")


def test_a_worker_killed_mid_build_is_replaced_and_the_outputs_stay_the_same(
    cluster: Cluster, corpus: list[str], local_build: Path, tmp_path: Path
):
    before = wait_for_workers(cluster, 2)
    out = tmp_path / "out"
    proc = popen_kg("build", *corpus, "--out", str(out), "--quiet", *RDF_ARGS, "--dask", cluster.address, "--partition-size", "1")
    try:
        _wait_for_journal(proc, out, 3)
        # The victim is a worker that is running one of this build's tasks right now.
        with cluster.client() as client:
            deadline = time.monotonic() + 60
            busy: list[str] = []
            while not busy:
                processing = client.processing()
                busy = [w for w, keys in processing.items() if any(str(k).startswith("kg-extract-") for k in keys)]
                assert time.monotonic() < deadline and proc.poll() is None, "no worker was running a kg task"
                time.sleep(0.02)
            victim = busy[0]
            pid = client.run(lambda: __import__("os").getpid(), workers=[victim])[victim]
        done_at_kill = _journal_lines(out)
        import os

        os.kill(pid, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, stderr
    assert done_at_kill < _built(local_build), "the build had finished before the worker was killed"
    assert_same_outputs(out, local_build)
    # The nanny started a new worker process in place of the killed one.
    after = wait_for_workers(cluster, 2)
    assert pid in before.values() and pid not in after.values()


def test_client_killed_then_resumed_on_the_cluster(cluster: Cluster, corpus: list[str], local_build: Path, tmp_path: Path):
    out = tmp_path / "out"
    proc = popen_kg("build", *corpus, "--out", str(out), "--quiet", *RDF_ARGS, "--dask", cluster.address, "--partition-size", "1")
    try:
        _wait_for_journal(proc, out, 4)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    done = _journal_lines(out)
    assert 0 < done < _built(local_build), f"killed too late to test anything ({done} documents journaled)"
    assert not (out / "graph.json").exists()
    rerun = run_kg("build", *corpus, "--out", str(out), "--quiet", *RDF_ARGS, "--dask", cluster.address, "--resume")
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["resumed"] >= done and summary["documents"] == _built(local_build)
    assert_same_outputs(out, local_build, resumed=True)


def test_bad_inputs_are_reported_as_in_a_local_build(cluster: Cluster, tmp_path: Path):
    local, remote = tmp_path / "local", tmp_path / "dask"
    want = run_kg("build", str(HOSTILE), "--out", str(local), "--quiet")
    # The scheduler named by the file `dask scheduler --scheduler-file` wrote, as a user on a shared filesystem would.
    got = run_kg("build", str(HOSTILE), "--out", str(remote), "--quiet", "--dask", str(cluster.scheduler_file), "--partition-size", "2")
    assert (got.returncode, want.returncode) == (1, 1), got.stderr
    problems = lambda text: [l for l in text.splitlines() if not l.startswith("built ")]  # noqa: E731
    assert problems(got.stderr) == problems(want.stderr)
    assert len(problems(got.stderr)) >= 5 and all(": " in line for line in problems(got.stderr))
    assert summary_without_timings(remote) == summary_without_timings(local)
    assert (remote / "graph.json").read_bytes() == (local / "graph.json").read_bytes()


def test_usage_errors_and_an_unreachable_scheduler(tmp_path: Path):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    for args, hint in (
        (("--dask", "local:2", "--processes", "2"), "--processes"),
        (("--executor", "dask"), "--scheduler"),
        (("--executor", "spark", "--scheduler", "tcp://127.0.0.1:8786"), "--executor"),
        (("--dask", "local:0"), "--dask"),
        (("--dask", "local:2", "--scheduler", "tcp://127.0.0.1:8786"), "--dask"),
    ):
        result = runner.invoke(app, ["build", str(HOSTILE / "latin-1.txt"), "--out", str(tmp_path / "out"), "--quiet", *args])
        assert result.exit_code == 2, (args, result.output)
        assert hint in result.output, (args, result.output)
    assert not (tmp_path / "out").exists()  # refused before anything was written
    # Nothing listens on port 9 of 127.0.0.1 here (discard): a clear error, exit 1, no traceback.
    env = kg_env(DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")
    proc = run_kg("build", str(HOSTILE / "latin-1.txt"), "--out", str(tmp_path / "out"), "--quiet", "--dask", "tcp://127.0.0.1:9", env=env)
    assert proc.returncode == 1, proc.stderr
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr
    assert "Traceback" not in proc.stderr
