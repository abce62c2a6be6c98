"""End to end with the real English model: examples/ in, graph.json + Turtle out, checked against the contract."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.model import ENTITY_TYPES, LINK_TYPES, NODE_TYPES

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DATA = ROOT / "tests" / "data"
PRONOUNS = {"he", "she", "it", "they", "we", "him", "her", "them", "his", "its", "their", "our", "i"}


@pytest.fixture(scope="module")
def examples_build(tmp_path_factory, nlp):
    import kg

    out = tmp_path_factory.mktemp("examples-out")
    result = kg.build([EXAMPLES], out=out, nlp=nlp)
    return result, out


def _texts(out: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in (out / "texts").glob("*.txt")}


def test_every_example_builds_and_the_outputs_are_written(examples_build) -> None:
    result, out = examples_build
    assert result.failures == []
    for name in ("graph.json", "graph.ttl", "summary.json"):
        assert (out / name).stat().st_size > 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["documents"] == result.documents >= 5
    assert set(summary) >= {"documents", "nodes", "links", "seconds", "failures"}
    assert summary["failures"] == []
    assert set(_texts(out)) == {d["id"] for d in json.loads((out / "graph.json").read_text())["graph"]["documents"]}


def test_graph_json_follows_the_contract(examples_build) -> None:
    _, out = examples_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    texts = _texts(out)
    assert data["directed"] is True and data["multigraph"] is True
    assert data["graph"]["generator"].startswith("kg ")
    doc_ids = {d["id"] for d in data["graph"]["documents"]}
    for record in data["graph"]["documents"]:
        assert record["source"] and len(record["sha256"]) == 64
    nodes = {n["id"]: n for n in data["nodes"]}
    assert len(nodes) == len(data["nodes"]), "node ids are unique"
    kinds = {n["type"] for n in data["nodes"]}
    assert kinds <= set(NODE_TYPES)
    assert {"Person", "Organisation", "Policy", "Statistic", "Place", "Quote", "Document"} <= kinds
    for node in data["nodes"]:
        if node["type"] == "Quote":
            assert isinstance(node["text"], str) and node["text"]
        else:
            assert isinstance(node["name"], str) and node["name"].strip()
        if node["type"] in ENTITY_TYPES:
            assert isinstance(node["aliases"], list)
            assert node["mentions"], f"{node['id']} has no mention"
            forms = {node["name"], *node["aliases"], *node.get("merged", {})}
            for m in node["mentions"]:
                assert m["doc"] in doc_ids
                surface = texts[m["doc"]][m["start"] : m["end"]]
                assert surface in forms or surface.lower() in PRONOUNS, (node["id"], surface)
        if node["type"] == "Person":
            assert isinstance(node["titles"], list)
        if node["type"] == "Statistic":
            assert isinstance(node["value"], (int, float)) and not isinstance(node["value"], bool)
            assert node["unit"]
            for key in ("measure", "period", "place"):
                assert key in node
    for link in data["links"]:
        assert link["type"] in LINK_TYPES
        assert link["source"] in nodes and link["target"] in nodes, link
        assert link["doc"] in doc_ids
        if "start" in link:
            text = texts[link["doc"]]
            assert 0 <= link["start"] < link["end"] <= len(text)
        if "sentence" in link:
            assert link["sentence"] in texts[link["doc"]]
    said = [l for l in data["links"] if l["type"] == "SAID"]
    assert said, "the examples quote people"
    for link in said:
        assert nodes[link["source"]]["type"] in ("Person", "Organisation")
        assert nodes[link["target"]]["type"] == "Quote"
        quote = nodes[link["target"]]["text"]
        assert quote in texts[link["doc"]], "quote text is exactly as in the cleaned text"
    for link in data["links"]:
        if link["type"] == "HOLDS_ROLE":
            assert nodes[link["source"]]["type"] == "Person" and link["title"]
    assert {l["type"] for l in data["links"]} >= {"SAID", "HOLDS_ROLE", "ANNOUNCED", "MENTIONS"}


def test_turtle_parses_back_with_rdflib(examples_build) -> None:
    _, out = examples_build
    g = rdflib.Graph()
    g.parse(out / "graph.ttl", format="turtle")
    assert len(g) > 100


def test_same_input_gives_the_same_graph(examples_build, tmp_path, nlp) -> None:
    import kg

    _, out = examples_build
    kg.build([EXAMPLES], out=tmp_path, nlp=nlp)
    first = json.loads((out / "graph.json").read_text())
    again = json.loads((tmp_path / "graph.json").read_text())
    assert [n["id"] for n in first["nodes"]] == [n["id"] for n in again["nodes"]]
    assert first == again


@pytest.mark.parametrize("fixture", ["paywall-article", "press-release-furniture"])
def test_junk_after_the_story_never_becomes_a_node(tmp_path, nlp, fixture) -> None:
    import kg

    expected = json.loads((DATA / f"{fixture}.expected.json").read_text(encoding="utf-8"))
    result = kg.build([DATA / f"{fixture}.txt"], out=tmp_path, nlp=nlp)
    assert result.failures == []
    cleaned = (tmp_path / "texts" / f"{fixture}.txt").read_text(encoding="utf-8")
    assert cleaned.rstrip().endswith(expected["body_ends_with"])
    graph = json.loads((tmp_path / "graph.json").read_text())
    names: set[str] = set()
    for node in graph["nodes"]:
        names |= {node.get("name") or "", *node.get("aliases", []), node.get("text") or ""}
    blob = "\n".join(names)
    for junk in expected["junk_must_not_appear"]:
        assert junk not in cleaned
        assert junk not in blob
    values = {n["value"] for n in graph["nodes"] if n["type"] == "Statistic"}
    assert not values & set(expected.get("numbers_that_are_not_statistics", []))


@pytest.mark.parametrize("fixture", ["paywall-article", "press-release-furniture"])
def test_the_story_s_people_bodies_and_figures_are_found(tmp_path, nlp, fixture) -> None:
    import kg

    expected = json.loads((DATA / f"{fixture}.expected.json").read_text(encoding="utf-8"))
    kg.build([DATA / f"{fixture}.txt"], out=tmp_path, nlp=nlp)
    graph = json.loads((tmp_path / "graph.json").read_text())
    by_type: dict[str, list[dict]] = {}
    for node in graph["nodes"]:
        by_type.setdefault(node["type"], []).append(node)
    missing = []
    for want in expected["entities_must_appear"]:
        hits = [n for n in by_type.get(want["type"], []) if want["name"] in {n["name"], *n.get("aliases", [])}]
        if not hits:
            missing.append(want)
        elif "title" in want and want["type"] == "Person":
            titles = {t.lower() for t in hits[0].get("titles", [])}
            titles |= {l["title"].lower() for l in graph["links"] if l["type"] == "HOLDS_ROLE" and l["source"] == hits[0]["id"]}
            if want["title"].lower() not in titles:
                missing.append(want)
    for want in expected.get("statistics_must_appear", []):
        if not any(n["value"] == want["value"] and n["unit"] == want["unit"] for n in by_type.get("Statistic", [])):
            missing.append(want)
    nodes = {n["id"]: n for n in graph["nodes"]}
    for want in expected.get("said_must_appear", []):
        if not any(
            l["type"] == "SAID"
            and want["speaker"] in {nodes[l["source"]]["name"], *nodes[l["source"]].get("aliases", [])}
            and nodes[l["target"]]["text"].startswith(want["quote_starts"])
            for l in graph["links"]
        ):
            missing.append(want)
    assert missing == []


def _kg(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    exe = shutil.which("kg") or ""
    cmd = [exe, *args] if exe else [sys.executable, "-m", "kg", *args]
    return subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, timeout=600, env={**os.environ, "NO_COLOR": "1"})


def test_cli_partial_failure_exits_1_and_still_writes_the_rest(tmp_path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(next(EXAMPLES.glob("*.txt")), corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    proc = _kg("build", str(corpus), "--out", str(tmp_path / "out"), cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert f"{corpus / 'empty.txt'}: empty file" in err
    assert f"{corpus / 'binary.txt'}: binary file" in err
    assert "built 1 document" in err.splitlines()[-1]
    graph = json.loads((tmp_path / "out" / "graph.json").read_text())
    assert [d["id"] for d in graph["graph"]["documents"]] == ["good"]
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert {f["path"] for f in summary["failures"]} == {str(corpus / "empty.txt"), str(corpus / "binary.txt")}


def test_cli_reads_stdin_and_usage_errors_exit_2(tmp_path) -> None:
    text = "Chief Constable Jane Doe of Kent Police said officers seized 40 knives in March.\n"
    proc = _kg("build", "-", "--out", str(tmp_path / "o"), cwd=tmp_path, stdin=text.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "o" / "texts" / "stdin.txt").read_text() == text.strip()
    assert _kg("build", cwd=tmp_path).returncode == 2
    assert _kg("build", "x.txt", "--out", "o", "--export", "pdf", cwd=tmp_path).returncode == 2


def test_every_command_help_has_an_example(tmp_path) -> None:
    from typer.main import get_command

    from kg.cli import app

    root = get_command(app)
    stack = [((), root)]
    seen = 0
    while stack:
        path, cmd = stack.pop()
        help_text = cmd.help or ""
        assert "Example" in help_text, f"kg {' '.join(path)} has no example in its help"
        seen += 1
        for name, sub in getattr(cmd, "commands", {}).items():
            stack.append(((*path, name), sub))
    assert seen >= 2
