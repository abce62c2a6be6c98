"""scripts/neo4j-local and the launcher: the real server, its version, auth, clean stop and restart; the compose file."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, run_script, start_server

pytestmark = pytest.mark.neo4j


def _pom_version() -> str:
    pom = (ROOT / "docker" / "neo4j-launcher" / "pom.xml").read_text(encoding="utf-8")
    return re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", pom).group(1)


def test_session_server_is_neo4j_community_5_26_with_auth_on(neo4j_server, driver):
    rec = driver.execute_query("CALL dbms.components() YIELD name, versions, edition RETURN *", database_="neo4j").records[0]
    assert rec["edition"] == "community"
    assert rec["versions"] == [_pom_version()] and _pom_version().startswith("5.26.")
    assert neo4j_server.uri.startswith("bolt://127.0.0.1:")
    status = run_script("status", "--data", str(neo4j_server.data))
    assert status.returncode == 0 and status.stdout.strip() == neo4j_server.uri
    # The password went to Java through the environment only: not in the launcher's output or state files.
    for f in neo4j_server.data.glob("kg-neo4j.*"):
        assert neo4j_server.password not in f.read_text(encoding="utf-8", errors="replace"), f
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=None) as anon:
        with pytest.raises(neo4j.exceptions.AuthError):
            anon.verify_connectivity()


def test_sigterm_stops_cleanly_and_data_survives_a_restart(tmp_path: Path):
    data = tmp_path / "db"
    uri = start_server(data, password=None)  # auth off
    import neo4j

    try:
        with neo4j.GraphDatabase.driver(uri, auth=None) as drv:
            drv.execute_query("CREATE (:Place {uri: 'urn:x', name: 'Leeds'})", database_="neo4j")
        pid = int((data / "kg-neo4j.pid").read_text())
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr
        out = (data / "kg-neo4j.out").read_text(encoding="utf-8")
        assert "kg-neo4j stopped" in out
        assert not Path(f"/proc/{pid}").exists()
        assert run_script("status", "--data", str(data)).returncode == 3

        uri = start_server(data, password=None)
        with neo4j.GraphDatabase.driver(uri, auth=None) as drv:
            names = [r["n"] for r in drv.execute_query("MATCH (p:Place) RETURN p.name AS n", database_="neo4j").records]
        assert names == ["Leeds"]
        again = run_script("start", "--data", str(data), "--port", "0")
        assert again.returncode == 0 and again.stdout.strip() == uri  # already running: same server
    finally:
        run_script("stop", "--data", str(data))


def test_a_start_that_cannot_bind_fails_loudly(neo4j_server, tmp_path: Path):
    port = neo4j_server.uri.rsplit(":", 1)[1]
    proc = run_script("start", "--data", str(tmp_path / "clash"), "--port", port, "--heap", "256m", "--pagecache", "64m", "--no-auth")
    assert proc.returncode != 0
    assert "exited during start-up" in proc.stderr or "did not answer" in proc.stderr


def test_build_output_has_no_terminal_escape_codes():
    proc = run_script("build")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout + proc.stderr
    assert proc.stderr.strip().splitlines()[0].startswith("neo4j-local: building the launcher")


def test_start_without_a_password_needs_no_auth_asked_for(tmp_path: Path):
    proc = run_script("start", "--data", str(tmp_path / "noauth"), "--port", "0")
    assert proc.returncode == 1 and proc.stdout == ""
    assert "set NEO4J_PASSWORD" in proc.stderr and "--no-auth" in proc.stderr
    assert not (tmp_path / "noauth" / "kg-neo4j.pid").exists()  # nothing was started
    short = run_script("start", "--data", str(tmp_path / "short"), "--port", "0", password="2short")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr and "2short" not in short.stderr


def test_compose_file_runs_the_same_neo4j_line_with_auth_from_the_environment():
    import srsly  # spaCy's serialiser, with a full YAML parser (ruamel) inside: no extra dependency

    compose = srsly.yaml_loads((ROOT / "docker" / "docker-compose.yml").read_text(encoding="utf-8"))
    svc = compose["services"]["neo4j"]
    assert svc["image"] == "neo4j:5.26-community" and _pom_version().startswith("5.26.")
    assert svc["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD:?")
    assert any(p.endswith(":7687") and p.startswith("127.0.0.1:") for p in svc["ports"])
    assert {v.split(":")[1] for v in svc["volumes"]} == {"/data", "/logs"}
    assert set(compose["volumes"]) == {v.split(":")[0] for v in svc["volumes"]}
    assert svc["healthcheck"]["test"][0] == "CMD-SHELL" and "cypher-shell" in svc["healthcheck"]["test"][1]
    # The healthcheck hands cypher-shell the password in its environment, never as an argument (-p / --password).
    check = svc["healthcheck"]["test"][1]
    assert " -p " not in check and "--password" not in check and check.startswith("NEO4J_PASSWORD=")
    # LOAD CSV reads nothing in the container either.
    env = svc["environment"]
    assert env["NEO4J_dbms_security_allow__csv__import__from__file__urls"] == "false"
    assert env["NEO4J_internal_dbms_cypher__ip__blocklist"] == "0.0.0.0/0,::/0"
    assert env["NEO4J_server_directories_import"] not in {v.split(":")[1] for v in svc["volumes"]}
    assert "heap" in " ".join(svc["environment"]) and "pagecache" in " ".join(svc["environment"])
