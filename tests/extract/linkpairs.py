"""The (source name, target name) pairs of one relation that kg extracts from a sentence: what the relation tests
check. A plain module beside the tests (pytest puts this folder on the import path of the tests in it)."""
from __future__ import annotations

from kg.extract import extract_facts


def link_pairs(nlp, text: str, kind: str = "ANNOUNCED") -> set[tuple[str, str]]:
    facts = extract_facts(nlp(text), "t")
    names = {n.id: n.name for n in facts.nodes}
    return {(names[l.source], names[l.target]) for l in facts.links if l.type == kind}
