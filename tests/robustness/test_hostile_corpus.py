"""One `kg build` over every hostile input (tests/data/hostile/) plus a generated 50 MB text.

Each input either builds a document or gets exactly one `path: reason` line on stderr; the rest
builds; the exit code is 1 (partial); no decoy name from script/style/JSON-LD blocks or boilerplate
becomes a node. What each file must give is read from tests/data/hostile/expected.json.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import HOSTILE, read_graph, run_kg

EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
FIFTY_MB = 50 * 1024 * 1024


def _write_huge(path: Path) -> None:
    """A 50 MB plain-text file of sensible English (a press release repeated), written in chunks."""
    para = (
        "Eastmoor Constabulary said 97 weapons were handed in during the amnesty at four police stations. "
        "\u201cEvery blade off the street matters,\u201d said Inspector Tomasz Nowak.\n"
    ).encode("utf-8")
    chunk = para * (1024 * 1024 // len(para) + 1)
    with path.open("wb") as fh:
        written = 0
        while written < FIFTY_MB:
            part = chunk[: FIFTY_MB - written]
            fh.write(part)
            written += len(part)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("hostile")
    huge = tmp / "huge-50mb.txt"
    _write_huge(huge)
    out = tmp / "out"
    # A generous bound only: the whole run takes seconds; minutes would mean a hang or a quadratic stage.
    proc = run_kg("build", str(HOSTILE), str(HOSTILE / "no-texts"), str(huge), "--out", str(out), "--quiet", timeout=300)
    return proc, out, huge


def _lines_about(stderr: str, path: str) -> list[str]:
    """stderr lines that begin with this path (or path:LINE) followed by ': '."""
    pat = re.compile(re.escape(path) + r"(:\d+)?: \S")
    return [line for line in stderr.splitlines() if pat.match(line)]


def _cleaned(out: Path, doc_id: str) -> str:
    return (out / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8")


def test_partial_build_exits_1_without_a_traceback(hostile_build):
    proc, out, _ = hostile_build
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert (out / "graph.json").is_file() and (out / "summary.json").is_file()
    # The last line is the one-line summary, saying some inputs failed.
    assert re.search(r"built \d+ documents?: .*; \d+ failed; \d+ warnings? \(in summary\.json\)$", proc.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("name", [k for k, v in EXPECTED.items() if not k.startswith("_") and v["outcome"] == "error"])
def test_bad_input_gets_exactly_one_error_line(hostile_build, name):
    proc, out, _ = hostile_build
    path = str(HOSTILE / name.rstrip("/"))
    lines = _lines_about(proc.stderr, path)
    assert len(lines) == 1, (name, proc.stderr)
    assert EXPECTED[name]["message_contains"] in lines[0]
    ids = {d["id"] for d in read_graph(out)["graph"]["documents"]}
    assert Path(name).stem not in ids


def test_the_50mb_text_is_refused_in_one_line_naming_it(hostile_build):
    proc, out, huge = hostile_build
    lines = _lines_about(proc.stderr, str(huge))
    assert len(lines) == 1, proc.stderr
    assert "MB" in lines[0] and "--max-bytes" in lines[0]
    assert huge.stem not in {d["id"] for d in read_graph(out)["graph"]["documents"]}


@pytest.mark.parametrize("name", [k for k, v in EXPECTED.items() if not k.startswith("_") and v["outcome"] == "document"])
def test_readable_input_builds_a_document_with_the_right_text(hostile_build, name):
    proc, out, _ = hostile_build
    spec = EXPECTED[name]
    doc_id = Path(name).stem
    path = str(HOSTILE / name)
    assert _lines_about(proc.stderr, path) == [], proc.stderr  # no error line for a file that built
    docs = {d["id"]: d for d in read_graph(out)["graph"]["documents"]}
    assert doc_id in docs
    assert docs[doc_id]["source"] == path
    text = _cleaned(out, doc_id)
    for s in spec.get("text_contains", []):
        assert s in text, (name, s)
    for s in spec.get("text_must_not_contain", []):
        assert s not in text, (name, s)
    if "text_starts_with" in spec:
        assert text.startswith(spec["text_starts_with"])
    if spec.get("warning"):
        warnings = json.loads((out / "summary.json").read_text(encoding="utf-8"))["warnings"]
        assert any(w.startswith(path) for w in warnings), warnings


def test_jsonl_with_broken_lines_builds_the_good_ones_and_names_each_bad_line(hostile_build):
    proc, out, _ = hostile_build
    spec = EXPECTED["broken-line.jsonl"]
    path = str(HOSTILE / "broken-line.jsonl")
    lines = _lines_about(proc.stderr, path)
    assert sorted(int(line[len(path) + 1 :].split(":", 1)[0]) for line in lines) == spec["errors_at_lines"], lines
    ids = {d["id"] for d in read_graph(out)["graph"]["documents"]}
    assert set(spec["documents"]) <= ids
    for lineno in spec["skipped_silently"]:
        assert not any(line.startswith(f"{path}:{lineno}:") for line in proc.stderr.splitlines())


def test_boilerplate_only_gives_an_error_or_an_empty_document(hostile_build):
    proc, out, _ = hostile_build
    path = str(HOSTILE / "boilerplate-only.txt")
    lines = _lines_about(proc.stderr, path)
    graph = read_graph(out)
    ids = {d["id"] for d in graph["graph"]["documents"]}
    if lines:
        assert len(lines) == 1 and "boilerplate-only" not in ids
    else:
        assert "boilerplate-only" in ids
        assert _cleaned(out, "boilerplate-only").strip() == ""
        assert not [n for n in graph["nodes"] if any(m["doc"] == "boilerplate-only" for m in n.get("mentions") or [])]


def _node_strings(graph: dict) -> list[str]:
    strings = []
    for n in graph["nodes"]:
        strings.append(n.get("name") or "")
        strings.extend(n.get("aliases") or [])
        strings.append(n.get("text") or "")
    for link in graph["links"]:
        strings.append(link.get("quote") or "")
    return strings


@pytest.mark.parametrize("name", ["script-style.html", "boilerplate-only.txt"])
def test_no_decoy_or_junk_string_becomes_a_node(hostile_build, name):
    _, out, _ = hostile_build
    strings = _node_strings(read_graph(out))
    for junk in EXPECTED[name]["text_must_not_contain"]:
        hits = [s for s in strings if junk in s]
        assert not hits, (junk, hits)


def test_script_style_page_keeps_its_article_facts(hostile_build):
    _, out, _ = hostile_build
    graph = read_graph(out)
    in_doc = [n for n in graph["nodes"] if any(m["doc"] == "script-style" for m in n.get("mentions") or [])]
    names = {n.get("name") for n in in_doc} | {a for n in in_doc for a in n.get("aliases") or []}
    assert "Eastmoor Constabulary" in names
    assert any("Nowak" in (x or "") for x in names)


def test_every_failure_is_in_summary_and_every_good_document_in_graph(hostile_build):
    proc, out, huge = hostile_build
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    failed = {f["path"] for f in summary["failures"]}
    stderr_failed = {line.split(": ", 1)[0] for line in proc.stderr.splitlines()[:-1] if ": " in line}
    assert failed == stderr_failed
    expected_docs = {Path(k).stem for k, v in EXPECTED.items() if not k.startswith("_") and v["outcome"] == "document"}
    expected_docs |= set(EXPECTED["broken-line.jsonl"]["documents"])
    ids = {d["id"] for d in read_graph(out)["graph"]["documents"]}
    assert expected_docs <= ids
    assert summary["documents"] == len(ids)
