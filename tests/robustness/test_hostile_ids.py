"""Hostile document ids, encodings and sizes: one `kg build` over all of them, then `--resume`.

Every case is one JSONL record (or one input file) built together with all the others. A case either
builds its document, under its exact id, with its own Document node, its own `texts/<key>.txt` and its
quotes credited to its own speaker, or it gets exactly one `path:line: problem` line. The build exits 1
(some inputs failed), prints no traceback, writes nothing outside `--out` (ids such as `/etc/x`,
`../../../tmp/pwn` or `/tmp/victim` are never paths), and `--resume` afterwards gives the same graph.
"""
from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import read_graph, run_kg

from kg.model import doc_key, slugify

TOKEN = secrets.token_hex(4)
TMP_PWN = f"/tmp/kg-pwn-{TOKEN}"
TMP_VICTIM = f"/tmp/kg-victim-{TOKEN}"


def said(speaker: str, words: str = "We will keep every street in this town safe") -> str:
    return f'"{words}," said {speaker}.\nOfficers made 40 arrests in Hallbridge last week.'


@dataclass(frozen=True)
class Case:
    name: str
    line: bytes  # the raw JSONL line (no newline)
    problem: str | None = None  # None: it builds; else a piece of its one failure line
    doc_id: str | None = None  # the id it must be built under
    speaker: str | None = None  # person id its quote must be credited to


def rec(name: str, doc_id, text: str | None = None, *, speaker: str | None = None, problem: str | None = None,
        expect_id: str | None = None, **extra) -> Case:
    person = None
    if text is None:
        person = speaker or "Inspector Anna Bell"
        text = said(person)
    record = {"id": doc_id, "text": text, **extra}
    try:  # raw UTF-8 where it can be; a lone surrogate can only be written as a JSON escape
        line = json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record).encode("ascii")
    built_id = expect_id if expect_id is not None else (str(doc_id) if problem is None else None)
    speaker_id = None if person is None or problem else "person/" + slugify(person.split(" ", 1)[1])
    return Case(name, line, problem, built_id, speaker_id)


def raw(name: str, line: bytes, problem: str) -> Case:
    return Case(name, line, problem)


ID_255 = "a" * 255
ID_256 = "a" * 256
ID_255_MULTIBYTE = "é" * 127 + "a"  # 255 bytes of UTF-8, 128 characters
ID_256_MULTIBYTE = "é" * 128  # 256 bytes

CASES: list[Case] = [
    # ids that look like paths: built, never used as one
    rec("absolute path", "/etc/x", speaker="Inspector Anna Bell"),
    rec("parent traversal", "../../../" + TMP_PWN.lstrip("/"), speaker="Sergeant Tom Price"),
    rec("absolute victim path", TMP_VICTIM, speaker="Inspector Mia Shah"),
    rec("dot-dot", "..", speaker="Inspector Anna Bell"),
    rec("dot", ".", speaker="Inspector Anna Bell"),
    rec("home tilde", "~/.bashrc", speaker="Inspector Anna Bell"),
    rec("windows path", "C:\\Windows\\System32\\x", speaker="Inspector Anna Bell"),
    rec("nested slashes", "news/2024/01/report", speaker="Inspector Anna Bell"),
    rec("url-encoded traversal", "%2e%2e%2f%2e%2e%2fetc%2fx", speaker="Inspector Anna Bell"),
    rec("dash option", "-rf", speaker="Inspector Anna Bell"),
    rec("windows device name", "NUL", speaker="Inspector Anna Bell"),
    # ids that collide once slugified: each its own document and speaker
    rec("case A", "Case", speaker="Inspector Anna Bell"),
    rec("case a", "case", speaker="Sergeant Tom Price"),
    rec("report A", "Report A", speaker="Inspector Mia Shah"),
    rec("report-a", "report-a", speaker="Sergeant Ravi Patel"),
    rec("all non-ASCII 1", "日本", speaker="Inspector Anna Bell"),
    rec("all non-ASCII 2", "中国", speaker="Sergeant Tom Price"),
    rec("NFC e-acute", "caf\u00e9", speaker="Inspector Mia Shah"),
    rec("NFD e-acute", "cafe\u0301", speaker="Sergeant Ravi Patel"),
    rec("emoji", "\U0001F693 report", speaker="Inspector Anna Bell"),
    rec("zero-width space", "re\u200bport", speaker="Inspector Anna Bell"),
    rec("right-to-left override", "report\u202etxt.exe", speaker="Inspector Anna Bell"),
    rec("markup id", "<script>alert(1)</script>", speaker="Inspector Anna Bell"),
    rec("query injection id", 'x" } ; DROP ALL ; # \') MATCH (n) DETACH DELETE n //', speaker="Inspector Anna Bell"),
    rec("number id", 42, speaker="Inspector Anna Bell"),
    rec("id of 255 bytes", ID_255, speaker="Inspector Anna Bell"),
    rec("id of 255 bytes, multibyte", ID_255_MULTIBYTE, speaker="Inspector Anna Bell"),
    rec("hostile title", "titled", speaker="Inspector Anna Bell", title="<img src=x onerror=alert(1)> \"quotes\" & `ticks`"),
    # ids kg refuses, each with one line
    rec("NUL in id", "a\x00b", problem="'id' holds a control character (U+0000"),
    rec("newline in id", "line\nbreak", problem="'id' holds a control character (U+000A"),
    rec("escape in id", "esc\x1b[31mred", problem="'id' holds a control character (U+001B"),
    rec("id of 256 bytes", ID_256, problem="'id' is 256 bytes of UTF-8, over the 255-byte limit"),
    rec("id of 256 bytes, multibyte", ID_256_MULTIBYTE, problem="'id' is 256 bytes of UTF-8"),
    rec("very long id", "x" * 100_000, problem="'id' is 100,000 bytes of UTF-8"),
    rec("lone surrogate in id", "sur\ud800", problem="'id' holds a lone surrogate (U+D800"),
    rec("lone low surrogate in id", "\udc00x", problem="'id' holds a lone surrogate (U+DC00"),
    rec("lone surrogate in text", "sur-text", "Police said \ud800 forty knives were seized.", problem="'text' holds a lone surrogate"),
    rec("lone surrogate in title", "sur-title", said("Inspector Anna Bell"), title="bad \ud800 title",
        problem="'title' holds a lone surrogate"),
    rec("list id", ["a", "b"], said("Inspector Anna Bell"), problem="'id' must be a string or a number, not list"),
    rec("object id", {"path": "/etc/x"}, said("Inspector Anna Bell"), problem="'id' must be a string or a number, not dict"),
    rec("boolean id", True, said("Inspector Anna Bell"), problem="'id' must be a string or a number, not bool"),
    rec("text too long", "huge", "Police said knives were seized. " * 70_000, problem="characters of text, over the"),
    raw("no text", b'{"id": "no-text"}', "no 'text' field"),
    raw("not JSON", b'{"id": "broken", "text": "unterminated', "invalid JSON"),
    raw("JSON array", b'["id", "text"]', "expected a JSON object"),
    raw("invalid UTF-8", b'{"id": "bad-bytes", "text": "caf\xe9 \xff"}', "invalid UTF-8"),
]
# A valid surrogate pair (an emoji written as two escapes) is no lone surrogate.
CASES.append(Case("escaped surrogate pair", json.dumps({"id": "pair-\U0001F693", "text": said("Inspector Anna Bell")}).encode(),
                  None, "pair-\U0001F693", "person/anna-bell"))
# Two records with the same id: both are built, the second under a new id.
CASES.append(rec("duplicate id, first", "twice", speaker="Inspector Anna Bell"))
CASES.append(Case("duplicate id, second", json.dumps({"id": "twice", "text": said("Sergeant Tom Price")}).encode(), None, None,
                  "person/tom-price"))

# Input files whose names are hostile.
FILE_CASES = {
    b"bad-name-\xff.txt": "bad-name-\\xff",  # not UTF-8: shown and used with the byte escaped
    b"new\nline.txt": "new?line",  # a control character in a file name becomes '?'
}


@pytest.fixture(scope="module")
def hostile_ids_build(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("hostile-ids")
    inputs = tmp / "in"
    inputs.mkdir()
    corpus = inputs / "corpus.jsonl"
    corpus.write_bytes(b"\n".join(c.line for c in CASES) + b"\n")
    for name in FILE_CASES:
        with open(os.path.join(os.fsencode(inputs), name), "wb") as fh:
            fh.write(said("Superintendent Lee Wong").encode())
    victim = Path(TMP_VICTIM + ".txt")
    victim.write_text("the victim's own file\n", encoding="utf-8")
    before_tmp = set(os.listdir("/tmp"))
    out = tmp / "out"
    try:
        first = run_kg("build", str(inputs), "--out", str(out), "--quiet", timeout=600)
        graph_first = (out / "graph.json").read_bytes()
        second = run_kg("build", str(inputs), "--out", str(out), "--quiet", "--resume", timeout=600)
        after_tmp = set(os.listdir("/tmp"))
        victim_text = victim.read_text(encoding="utf-8")
    finally:
        victim.unlink(missing_ok=True)
    return {"first": first, "second": second, "out": out, "tmp": tmp, "corpus": corpus, "graph_first": graph_first,
            "new_in_tmp": after_tmp - before_tmp, "victim_text": victim_text}


def _line_of(case: Case) -> int:
    return CASES.index(case) + 1


def test_the_suite_has_at_least_40_hostile_cases():
    assert len(CASES) + len(FILE_CASES) >= 40


def test_build_exits_1_without_a_traceback_and_resume_too(hostile_ids_build):
    for run in ("first", "second"):
        proc = hostile_ids_build[run]
        assert proc.returncode == 1, proc.stderr[-3000:]
        assert "Traceback" not in proc.stderr + proc.stdout
    last = hostile_ids_build["second"].stderr.strip().splitlines()[-1]
    n_ok = sum(1 for c in CASES if c.problem is None) + len(FILE_CASES)
    assert re.search(rf"; {n_ok} resumed; {sum(1 for c in CASES if c.problem)} failed", last), last


@pytest.mark.parametrize("case", [c for c in CASES if c.problem], ids=lambda c: c.name)
def test_a_refused_record_gets_exactly_one_line(hostile_ids_build, case: Case):
    where = f"{hostile_ids_build['corpus']}:{_line_of(case)}: "
    for run in ("first", "second"):  # and the same line again under --resume
        lines = [l for l in hostile_ids_build[run].stderr.splitlines() if l.startswith(where)]
        assert len(lines) == 1, (case.name, hostile_ids_build[run].stderr[-2000:])
        assert case.problem in lines[0]
        assert len(lines[0]) < 400  # a 100,000-byte id is not echoed
    summary = json.loads((hostile_ids_build["out"] / "summary.json").read_text(encoding="utf-8"))
    assert sum(1 for f in summary["failures"] if f["path"] == where[:-2]) == 1


def test_every_stderr_line_is_a_case_line_or_the_summary(hostile_ids_build):
    corpus = str(hostile_ids_build["corpus"])
    lines = hostile_ids_build["first"].stderr.strip().splitlines()
    assert all(l.startswith(corpus + ":") for l in lines[:-1]), lines
    assert lines[-1].startswith("built ")


@pytest.mark.parametrize("case", [c for c in CASES if c.problem is None and c.doc_id is not None], ids=lambda c: c.name)
def test_a_hostile_id_builds_its_own_document(hostile_ids_build, case: Case):
    out = hostile_ids_build["out"]
    graph = read_graph(out)
    docs = {d["id"]: d for d in graph["graph"]["documents"]}
    assert case.doc_id in docs
    key = doc_key(case.doc_id)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]{0,97}", key)
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes[f"doc/{key}"]["name"] == case.doc_id and nodes[f"doc/{key}"]["type"] == "Document"
    text = (out / "texts" / f"{key}.txt").read_text(encoding="utf-8")
    if case.speaker:
        said_links = [l for l in graph["links"] if l["type"] == "SAID" and l["doc"] == case.doc_id]
        assert said_links and {l["source"] for l in said_links} == {case.speaker}, said_links
        assert all(l["target"].startswith(f"quote/{key}/") for l in said_links)
        assert "We will keep every street" in text
    if case.name == "hostile title":
        assert nodes[f"doc/{key}"]["title"] == "<img src=x onerror=alert(1)> \"quotes\" & `ticks`"


def test_ids_that_slugify_alike_stay_apart(hostile_ids_build):
    graph = read_graph(hostile_ids_build["out"])
    ids = [n["id"] for n in graph["nodes"]]
    assert len(ids) == len(set(ids)), "a node id occurs twice"
    docs = [d["id"] for d in graph["graph"]["documents"]]
    assert len({doc_key(d) for d in docs}) == len(docs)
    for a, b in [("Case", "case"), ("Report A", "report-a"), ("日本", "中国"), ("caf\u00e9", "cafe\u0301")]:
        assert doc_key(a) != doc_key(b)
        quotes = {d: {l["source"] for l in graph["links"] if l["type"] == "SAID" and l["doc"] == d} for d in (a, b)}
        assert quotes[a] and quotes[b] and quotes[a].isdisjoint(quotes[b]), quotes
    # the second "twice" record was built under a new id, with its own speaker
    twice = [d for d in docs if d.startswith("twice")]
    assert len(twice) == 2 and "twice" in twice
    other = next(d for d in twice if d != "twice")
    assert {l["source"] for l in graph["links"] if l["type"] == "SAID" and l["doc"] == other} == {"person/tom-price"}


def test_hostile_file_names_build_under_a_printable_id(hostile_ids_build):
    graph = read_graph(hostile_ids_build["out"])
    docs = {d["id"]: d for d in graph["graph"]["documents"]}
    for shown in FILE_CASES.values():
        assert shown in docs, sorted(docs)
        assert (hostile_ids_build["out"] / "texts" / f"{doc_key(shown)}.txt").is_file()
    json.dumps(graph, ensure_ascii=False).encode("utf-8")  # every string in the graph is valid Unicode


def test_nothing_is_written_outside_out(hostile_ids_build):
    out: Path = hostile_ids_build["out"]
    assert hostile_ids_build["victim_text"] == "the victim's own file\n"
    assert not any(n.startswith(f"kg-pwn-{TOKEN}") for n in hostile_ids_build["new_in_tmp"])
    assert not Path("/etc/x.txt").exists()
    assert sorted(p.name for p in hostile_ids_build["tmp"].iterdir()) == ["in", "out"]
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve()), path
        assert not path.is_symlink()
    # texts/ holds exactly one file per built document, named by its key
    graph = read_graph(out)
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted(f"{doc_key(d['id'])}.txt" for d in graph["graph"]["documents"])


def test_resume_gives_the_same_graph(hostile_ids_build):
    assert (hostile_ids_build["out"] / "graph.json").read_bytes() == hostile_ids_build["graph_first"]
