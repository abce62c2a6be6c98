"""kg's own annotated sets stay well-formed: every name, figure and quote is in its text."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
_spec = importlib.util.spec_from_file_location("check_gold", EVAL / "check_gold.py")
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)


@pytest.mark.parametrize("gold", sorted(EVAL.glob("*.jsonl")), ids=lambda p: p.name)
def test_gold_file_has_no_annotation_slips(gold: Path) -> None:
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 5
    problems = [p for n, line in enumerate(lines, 1) for p in check_gold.check(json.loads(line), n)]
    assert problems == []


def test_check_gold_catches_a_quote_missing_from_the_text() -> None:
    doc = {"id": "t", "source": "s", "licence": "public-domain", "text": "Chief Jane Roe said: \"We made 12 arrests.\"",
           "entities": [{"type": "Person", "name": "Jane Roe", "aliases": []}], "roles": [], "announced": [],
           "oversees": [], "statistics": [],
           "said": [{"speaker": "Jane Roe", "quote": "We closed the case", "direct": True}]}
    assert check_gold.check(doc, 1)
