"""kg load sparql into a real Apache Jena Fuseki, and kg query sparql --endpoint against it: the same
answers as kg's embedded store, idempotent reloads, graphs replaced, credentials checked."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = [pytest.mark.fuseki, pytest.mark.model]


def kg_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600, check=False, env=env)


@pytest.fixture(scope="module")
def build(tmp_path_factory, nlp) -> Path:
    """The examples (plus a document with an oversight chain and markup-like, quoted text) built with
    graph.nq and an embedded store (kg's own answers to compare with)."""
    import kg

    extra = tmp_path_factory.mktemp("sparql-extra") / "oversight.jsonl"
    text = (
        "The Independent Office for Police Conduct oversees the Metropolitan Police Service, Home Secretary "
        "Amber Rudd said on Monday.\n\nThe Home Office oversees the Independent Office for Police Conduct."
    )
    extra.write_text(json.dumps({"id": "oversight-1", "title": 'Oversight "note" <b> } . \\ @en', "text": text}) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("sparql-build")
    result = kg.build([ROOT / "examples", extra], out=out, nlp=nlp, rdf_formats=("ttl", "nq"))
    assert result.ok, result.failures
    from kg.store import Store

    with Store(out / "store") as st:  # what kg build --store does
        st.ingest_file(out / "graph.nq")
    assert (out / "graph.nq").is_file() and (out / "store").is_dir()
    return out


def count_by_graph(fuseki, env) -> dict[str, int]:
    proc = kg_cli(
        "query", "sparql", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        "--endpoint", fuseki.query, "--format", "json", env=env,
    )
    assert proc.returncode == 0, proc.stderr
    return {row["g"]: row["n"] for row in json.loads(proc.stdout)}


def quads_by_graph(nq: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in nq.read_text(encoding="utf-8").splitlines():
        if line.strip():
            graph = line.rstrip()[:-1].rstrip().rsplit(" ", 1)[1]
            counts[graph.strip("<>")] = counts.get(graph.strip("<>"), 0) + 1
    return counts


def canonical(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)


@pytest.fixture(scope="module")
def loaded(fuseki, build):
    env = fuseki.env()
    proc = kg_cli("load", "sparql", str(build), "--endpoint", fuseki.gsp, env=env)
    assert proc.returncode == 0, proc.stderr
    assert fuseki.password not in proc.stdout + proc.stderr
    return env


def test_every_ready_made_query_answers_as_the_embedded_store(fuseki, build, loaded):
    listing = kg_cli("query", "sparql", "--list", env=loaded)
    assert listing.returncode == 0, listing.stderr
    names = [line.split(":", 1)[0] for line in listing.stdout.splitlines() if line and not line.startswith(" ")]
    assert len(names) >= 5
    compared = 0
    for name in names:
        remote = kg_cli("query", "sparql", "--name", name, "--endpoint", fuseki.query, "--format", "json", env=loaded)
        local = kg_cli("query", "sparql", "--name", name, "--store", str(build / "store"), "--format", "json", env=loaded)
        assert remote.returncode == 0, (name, remote.stderr)
        assert local.returncode == 0, (name, local.stderr)
        want = json.loads(local.stdout)
        assert canonical(json.loads(remote.stdout)) == canonical(want), name
        compared += bool(want)
    # a query may rightly answer nothing on the examples (no two figures there contradict each other), but the
    # comparison must rest on real rows: all other ready-made queries answer something
    assert compared >= len(names) - 1
    # With a parameter (a policy named in the examples, in another case): the same rows again.
    policy = json.loads(
        kg_cli("query", "sparql", "--name", "said-about-policy", "--store", str(build / "store"), "--format", "json", env=loaded).stdout
    )[0]["policy_name"]
    args = ("query", "sparql", "--name", "said-about-policy", "--param", f"policy={policy.upper()}", "--format", "json")
    remote = kg_cli(*args, "--endpoint", fuseki.query, env=loaded)
    local = kg_cli(*args, "--store", str(build / "store"), env=loaded)
    assert remote.returncode == 0 and local.returncode == 0, remote.stderr + local.stderr
    assert json.loads(local.stdout) and canonical(json.loads(remote.stdout)) == canonical(json.loads(local.stdout))


def test_reloading_is_idempotent_and_a_put_replaces_its_graph(fuseki, build, loaded, tmp_path):
    want = quads_by_graph(build / "graph.nq")
    first = count_by_graph(fuseki, loaded)
    assert first == want  # every graph, with every triple, once
    again = kg_cli("load", "sparql", str(build), "--endpoint", fuseki.gsp, "--json", env=loaded)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["graphs"] == len(want) and report["triples"] == sum(want.values()) and report["created"] == 0
    assert count_by_graph(fuseki, loaded) == first
    # Big graphs in pieces (a PUT, then POSTs): the same store again.
    pieces = kg_cli("load", "sparql", str(build), "--endpoint", fuseki.gsp, "--json", "--max-request-mb", "0.01", env=loaded)
    assert pieces.returncode == 0, pieces.stderr
    assert json.loads(pieces.stdout)["requests"] > len(want)
    assert count_by_graph(fuseki, loaded) == first

    # A rebuilt document with fewer triples: its PUT replaces the old graph, the others stay.
    doc_graph = next(g for g in want if "/doc/" in g)
    kept = []
    dropped = 0
    for line in (build / "graph.nq").read_text(encoding="utf-8").splitlines(keepends=True):
        if line.rstrip().endswith(f"<{doc_graph}> .") and dropped < want[doc_graph] // 2:
            dropped += 1
            continue
        kept.append(line)
    smaller = tmp_path / "graph.nq"
    smaller.write_text("".join(kept), encoding="utf-8")
    proc = kg_cli("load", "sparql", str(smaller), "--endpoint", fuseki.gsp, env=loaded)
    assert proc.returncode == 0, proc.stderr
    after = count_by_graph(fuseki, loaded)
    assert after[doc_graph] == want[doc_graph] - dropped
    assert {g: n for g, n in after.items() if g != doc_graph} == {g: n for g, n in want.items() if g != doc_graph}
    # Put it back as built, for the other tests.
    proc = kg_cli("load", "sparql", str(build), "--endpoint", fuseki.gsp, env=loaded)
    assert proc.returncode == 0 and count_by_graph(fuseki, loaded) == want


def test_credentials_are_checked_and_never_printed(fuseki, build, tmp_path):
    wrong = fuseki.env(KG_SPARQL_PASSWORD="not-the-password")
    proc = kg_cli("load", "sparql", str(build), "--endpoint", fuseki.gsp, env=wrong)
    assert proc.returncode == 1
    assert "refused (401" in proc.stderr and f"user {fuseki.user!r}" in proc.stderr
    assert "not-the-password" not in proc.stdout + proc.stderr
    anonymous = {k: v for k, v in fuseki.env().items() if not k.startswith("KG_SPARQL_")}
    proc = kg_cli("query", "sparql", "--name", "roles", "--endpoint", fuseki.query, env=anonymous)
    assert proc.returncode == 1 and "no credentials" in proc.stderr

    # From the settings file instead of the environment: owner-only, or refused.
    settings = tmp_path / "config.toml"
    settings.write_text(
        f'[sparql]\nendpoint = "{fuseki.gsp}"\nquery = "{fuseki.query}"\nuser = "{fuseki.user}"\npassword = "{fuseki.password}"\n',
        encoding="utf-8",
    )
    settings.chmod(0o644)
    env = {**anonymous, "KG_CONFIG": str(settings)}
    proc = kg_cli("load", "sparql", str(build), env=env)
    assert proc.returncode == 2 and "chmod 600" in proc.stderr and fuseki.password not in proc.stderr
    settings.chmod(0o600)
    proc = kg_cli("load", "sparql", str(build), env=env)
    assert proc.returncode == 0, proc.stderr
    proc = kg_cli("query", "sparql", "ASK { ?s a ?type }", "--format", "json", env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"boolean": True}


def test_fuseki_local_listens_on_loopback_only(fuseki):
    out = (fuseki.data / "kg-fuseki.out").read_text(encoding="utf-8", errors="replace")
    assert fuseki.base.startswith("http://127.0.0.1:")
    assert fuseki.password not in out
    assert oct((fuseki.data / "passwd").stat().st_mode & 0o777) == oct(0o600)
    status = subprocess.run([str(ROOT / "scripts" / "fuseki-local"), "status", "--data", str(fuseki.data)],
                            capture_output=True, text=True, check=False, env={**os.environ})
    assert status.returncode == 0 and status.stdout.strip() == fuseki.base
