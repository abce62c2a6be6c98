"""The Neo4j password (from the environment) never shows in kg's stdout, stderr, summary.json or any
file of the build folder: not on success, not when the server refuses it, not when the server is
down. (`kg serve` binding 127.0.0.1 and refusing SPARQL Update is tested in tests/rdf/test_rdf_cli.py.)"""
from __future__ import annotations

import os
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


# -- the settings file ------------------------------------------------------------------------------
def _settings_file(tmp_path: Path, body: str, mode: int) -> Path:
    path = tmp_path / "kg.toml"
    path.write_text(body, encoding="utf-8")
    path.chmod(mode)
    return path


def test_kg_load_neo4j_takes_its_password_from_a_private_settings_file(build_dir: Path, neo4j_server, tmp_path: Path):
    body = f'[neo4j]\nuri = "{neo4j_server.uri}"\nuser = "neo4j"\npassword = "{neo4j_server.password}"\n'
    path = _settings_file(tmp_path, body, 0o600)
    env = {k: v for k, v in neo4j_server.env().items() if not k.startswith("NEO4J_")}
    env["KG_CONFIG"] = str(path)
    proc = run_kg("load", "neo4j", str(build_dir), "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    assert '"nodes_created"' in proc.stdout or '"nodes"' in proc.stdout
    _assert_secret_absent(neo4j_server.password, proc, build_dir)


def test_a_settings_file_others_can_read_is_refused_without_showing_the_password(build_dir: Path, tmp_path: Path):
    secret = "file-secret-" + "x" * 12
    path = _settings_file(tmp_path, f'[neo4j]\nuri = "bolt://127.0.0.1:1"\npassword = "{secret}"\n', 0o644)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["KG_CONFIG"] = str(path)
    proc = run_kg("load", "neo4j", str(build_dir), env=env)
    assert proc.returncode == 1, proc.stderr
    assert str(path) in proc.stderr and "chmod 600" in proc.stderr
    assert "Traceback" not in proc.stderr
    _assert_secret_absent(secret, proc, build_dir)


def test_flags_then_environment_then_settings_file(tmp_path: Path):
    from kg.sinks.neo4j import connection_from_env

    path = _settings_file(
        tmp_path, '[neo4j]\nuri = "bolt://file:7687"\nuser = "fileuser"\npassword = "filepw"\ndatabase = "filedb"\n', 0o600
    )
    env = {"KG_CONFIG": str(path), "NEO4J_URI": "bolt://env:7687"}
    conn = connection_from_env(database="flagdb", environ=env)
    assert conn == {"uri": "bolt://env:7687", "user": "fileuser", "password": "filepw", "database": "flagdb"}
    # a password from the environment does not borrow the file's user name
    conn = connection_from_env(environ={**env, "NEO4J_PASSWORD": "envpw"})
    assert conn["password"] == "envpw" and conn["user"] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('[neo4j]\npassword = "s3cr3t-value\n', "not a valid TOML settings file"),
        ('[neo4j]\nport = 7687\n', "1 unknown setting(s) in [neo4j] (not shown"),
        # a password written as a bare key: neither the key nor its value is echoed
        ('[neo4j]\nuser = "neo4j"\ns3cr3t-value = ""\n', "1 unknown setting(s) in [neo4j] (not shown"),
        ('[neo4j]\n"s3cr3t value" = "s3cr3t"\nport = 1\n', "2 unknown setting(s) in [neo4j] (not shown"),
        ("[neo4j]\nuri = 7687\n", "[neo4j] uri must be a string"),
    ],
)
def test_a_broken_settings_file_is_named_with_its_problem(tmp_path: Path, body: str, expected: str):
    from kg.errors import ConfigError
    from kg.sinks.neo4j import connection_from_env

    path = _settings_file(tmp_path, body, 0o600)
    with pytest.raises(ConfigError) as info:
        connection_from_env(environ={"KG_CONFIG": str(path)})
    assert str(path) in str(info.value) and expected in str(info.value)
    assert "s3cr3t" not in str(info.value)


def test_a_missing_settings_file_is_an_error_only_when_named(tmp_path: Path):
    from kg.errors import ConfigError
    from kg.sinks.neo4j import connection_from_env

    assert connection_from_env(environ={"HOME": str(tmp_path)})["password"] is None
    with pytest.raises(ConfigError, match="no such settings file"):
        connection_from_env(environ={"KG_CONFIG": str(tmp_path / "absent.toml")})
