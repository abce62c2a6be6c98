"""The local Neo4j as an attacker meets it: LOAD CSV reads no file and no URL, and the password is not
in the server's environment or command line. Runs against the real server of scripts/neo4j-local.
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from conftest import run_kg

pytestmark = pytest.mark.neo4j


@pytest.mark.parametrize(
    "cypher",
    [
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "load csv with headers from 'file:///etc/shadow' as row return row",
        "LOAD /* hidden */ CSV FROM 'http://169.254.169.254/latest/meta-data/' AS row RETURN row",
        "CALL { LOAD CSV FROM 'file:///proc/self/environ' AS row RETURN row } RETURN row",
    ],
    ids=["passwd", "shadow lower-case", "comment between", "subquery"],
)
def test_kg_query_cypher_refuses_load_csv_when_read_only(neo4j_server, cypher: str):
    proc = run_kg("query", "cypher", cypher, env=neo4j_server.env())
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "LOAD CSV" in lines[0] and "read-only" in lines[0], lines
    assert "root:" not in proc.stderr and "Traceback" not in proc.stderr


def test_a_string_that_says_load_csv_is_no_clause(neo4j_server):
    proc = run_kg("query", "cypher", "RETURN 'LOAD CSV FROM x' AS text", "--format", "json", env=neo4j_server.env())
    assert proc.returncode == 0, proc.stderr
    assert "LOAD CSV FROM x" in proc.stdout


def test_the_server_reads_no_file_even_for_a_writing_query(neo4j_server, driver, tmp_path: Path):
    from neo4j.exceptions import ClientError

    secret = tmp_path / "secret.csv"
    secret.write_text("kg-secret-line\n")
    (neo4j_server.data / "import").mkdir(exist_ok=True)
    for url in (f"file://{secret}", "file:///etc/passwd", "file:///secret.csv", f"file:///../../../../..{secret}"):
        with pytest.raises(ClientError) as info:
            driver.execute_query(f"LOAD CSV FROM '{url}' AS row RETURN row", database_="neo4j")
        assert "kg-secret-line" not in str(info.value) and "root:" not in str(info.value)
    assert not any((neo4j_server.data / "import").iterdir())  # the import folder is empty


def test_the_server_fetches_no_url(driver):
    from neo4j.exceptions import ClientError

    hits: list[str] = []

    class H(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            body = b"a,b\n1,2\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    server = HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for host in ("127.0.0.1", "localhost", "[::1]"):
            with pytest.raises(ClientError):
                driver.execute_query(f"LOAD CSV FROM 'http://{host}:{server.server_address[1]}/x.csv' AS row RETURN row",
                                     database_="neo4j")
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []


def test_the_password_is_not_in_the_servers_environment_or_command_line(neo4j_server):
    pid = int((neo4j_server.data / "kg-neo4j.pid").read_text())
    environ = Path(f"/proc/{pid}/environ").read_bytes()
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    assert b"NEO4J_PASSWORD" not in environ
    assert neo4j_server.password.encode() not in environ
    assert neo4j_server.password.encode() not in cmdline
    assert b"--password-stdin" in cmdline  # it came on a pipe
    # and the server has authentication on
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=("neo4j", "wrong-password")) as bad:
        with pytest.raises(neo4j.exceptions.AuthError):
            bad.verify_connectivity()
