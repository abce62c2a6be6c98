"""Every build over the tests' corpora gives every entity a name: examples/, the test fixtures and the annotated
evaluation texts of the train and dev splits (eval/*.jsonl but the frozen test split's test-*.jsonl; only their
texts are read, never their annotations)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kg

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
_LETTER = re.compile(r"[^\W\d_]")


def _eval_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "eval").glob("*.jsonl")):
        if path.name.startswith("test-"):
            continue  # the frozen test split stays out of every development loop
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                out.append((f"{path.stem}/{doc['id']}", doc["text"]))
    return out


def _problems(graph) -> list[str]:  # noqa: ANN001
    bad = []
    for node_id, attrs in graph.to_networkx().nodes(data=True):
        kind = attrs.get("type")
        if kind in ("Document", "Quote", "Statistic"):
            continue
        name = str(attrs.get("name") or "")
        slug = str(node_id).partition("/")[2]
        if not _LETTER.search(name) or not slug or name != name.strip():
            bad.append(f"{kind} {node_id!r} name={name!r}")
    return bad


def test_examples_and_fixtures_give_every_node_a_name(nlp):
    inputs = [str(ROOT / "examples"), *(str(p) for p in sorted((ROOT / "tests" / "data").glob("*.txt")))]
    result = kg.build(inputs, out=None, nlp=nlp)
    assert result.documents >= 6
    assert _problems(result.graph) == []


def test_eval_texts_give_every_node_a_name(nlp, tmp_path):
    texts = _eval_texts()
    assert len(texts) >= 30
    for stem, text in texts:
        path = tmp_path / (stem.replace("/", "--") + ".txt")
        path.write_text(text, encoding="utf-8")
    result = kg.build([str(tmp_path)], out=None, nlp=nlp)
    assert result.documents == len(texts)
    assert _problems(result.graph) == []


@pytest.mark.parametrize("text", [
    "“Crime is falling,” said Secretary of Public Safety Andrea M. Lowe.",
    "“We are hiring,” said Secretary of Corrections and Rehabilitation J. R. Smith.",
    "“Crime is falling,” said Secretary of the Department of Public Safety Andrea M. Lowe.",
    "The release quoted Secretary of State Marco Rubio.",
])
def test_titled_names_are_named(nlp, text):
    facts = kg.extract_facts(nlp(text), "t")
    for n in facts.nodes:
        if n.type in ("Person", "Organisation", "Policy", "Place"):
            assert _LETTER.search(n.name) and n.id.partition("/")[2], n
