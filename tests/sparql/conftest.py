"""A real Apache Jena Fuseki for the SPARQL store tests, started once per session by scripts/fuseki-local.

Fuseki runs with HTTP basic authentication on (a random password, given to the launcher only through
KG_SPARQL_PASSWORD) on a free loopback port with a fresh TDB2 folder, and is stopped at the end. If it
cannot start the tests fail: there is no skip.
"""
from __future__ import annotations

import os
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "fuseki-local"


@dataclass(frozen=True)
class Fuseki:
    base: str  # http://127.0.0.1:PORT/kg
    user: str
    password: str
    data: Path

    @property
    def gsp(self) -> str:
        return self.base + "/data"

    @property
    def query(self) -> str:
        return self.base + "/query"

    def env(self, **extra: str) -> dict[str, str]:
        """An environment for `kg` commands with this server's credentials (and no settings file)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("KG_SPARQL_") and k != "KG_CONFIG"}
        env.update(KG_SPARQL_USER=self.user, KG_SPARQL_PASSWORD=self.password, KG_CONFIG=os.devnull)
        env.update(extra)
        return env


def run_script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("KG_SPARQL_")}
    return subprocess.run([str(SCRIPT), *args], env={**base, **(env or {})}, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="session")
def fuseki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuseki]:
    data = tmp_path_factory.mktemp("fuseki-data")
    user, password = "kg-test", "kg-" + secrets.token_urlsafe(12)
    proc = run_script("start", "--port", "0", "--data", str(data), env={"KG_SPARQL_USER": user, "KG_SPARQL_PASSWORD": password})
    if proc.returncode != 0:
        pytest.fail(f"Fuseki did not start (exit {proc.returncode}):\n{proc.stderr[-4000:]}", pytrace=False)
    assert password not in proc.stdout + proc.stderr
    base = proc.stdout.strip().splitlines()[-1]
    try:
        yield Fuseki(base=base, user=user, password=password, data=data)
    finally:
        stop = run_script("stop", "--data", str(data))
        assert stop.returncode == 0, stop.stderr
