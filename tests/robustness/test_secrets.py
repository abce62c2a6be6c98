"""The Neo4j password (from the environment) never shows in kg's stdout, stderr, summary.json or any
file of the build folder: not on success, not when the server refuses it, not when the server is
down. (`kg serve` binding 127.0.0.1 and refusing SPARQL Update is tested in tests/rdf/test_rdf_cli.py.)"""
from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_kg


@pytest.fixture
def build_dir(examples_build: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(examples_build, out)
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _assert_secret_absent(secret: str, proc, folder: Path) -> None:
    assert secret not in proc.stdout
    assert secret not in proc.stderr
    for path in folder.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_password_stays_out_of_a_build_that_loads_neo4j(build_dir: Path, neo4j_server):
    env = neo4j_server.env()
    proc = run_kg("build", str(EXAMPLES), "--out", str(build_dir), "--resume", "--neo4j", neo4j_server.uri, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "loaded into Neo4j" in proc.stderr
    _assert_secret_absent(neo4j_server.password, proc, build_dir)


def test_password_stays_out_of_kg_load_neo4j_json_report(build_dir: Path, neo4j_server):
    proc = run_kg("load", "neo4j", str(build_dir), "--json", env=neo4j_server.env())
    assert proc.returncode == 0, proc.stderr
    _assert_secret_absent(neo4j_server.password, proc, build_dir)


def test_a_refused_password_is_not_echoed(build_dir: Path, neo4j_server):
    wrong = "wrong-" + neo4j_server.password[::-1]
    env = neo4j_server.env(NEO4J_PASSWORD=wrong)
    for args in (
        ["build", str(EXAMPLES), "--out", str(build_dir), "--resume", "--neo4j", neo4j_server.uri],
        ["load", "neo4j", str(build_dir)],
    ):
        proc = run_kg(*args, env=env)
        assert proc.returncode == 1, proc.stderr
        assert "refused" in proc.stderr and "Traceback" not in proc.stderr
        _assert_secret_absent(wrong, proc, build_dir)


def test_password_is_not_echoed_when_the_server_is_down(build_dir: Path, neo4j_server):
    secret = "down-" + neo4j_server.password
    uri = f"bolt://127.0.0.1:{_free_port()}"
    env = neo4j_server.env(NEO4J_PASSWORD=secret, NEO4J_URI=uri)
    for args in (["build", str(EXAMPLES), "--out", str(build_dir), "--resume", "--neo4j", uri], ["load", "neo4j", str(build_dir)]):
        proc = run_kg(*args, env=env)
        assert proc.returncode == 1, proc.stderr
        assert "Traceback" not in proc.stderr
        _assert_secret_absent(secret, proc, build_dir)


def test_a_password_put_in_the_uri_is_not_echoed(build_dir: Path, neo4j_server):
    secret = "uri-" + neo4j_server.password
    uri = f"bolt://neo4j:{secret}@127.0.0.1:{_free_port()}"
    proc = run_kg("load", "neo4j", str(build_dir), "--uri", uri, env=neo4j_server.env())
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    _assert_secret_absent(secret, proc, build_dir)
