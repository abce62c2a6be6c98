"""The (source name, target name) pairs of one relation that kg extracts from a sentence: what the relation tests
check. A plain module beside the tests (pytest puts this folder on the import path of the tests in it)."""
from __future__ import annotations

from kg.extract import extract_facts


def link_pairs(nlp, text: str, kind: str = "ANNOUNCED", aliases: bool = False) -> set[tuple[str, str]]:
    """The pairs by node name; with ``aliases``, a pair for every name or alias of each end (a user looking a
    policy up by the form the text wrote finds it either way)."""
    facts = extract_facts(nlp(text), "t")
    forms = {n.id: {n.name, *(n.aliases if aliases else ())} for n in facts.nodes}
    return {(a, b) for l in facts.links if l.type == kind for a in forms[l.source] for b in forms[l.target]}


def held_roles(nlp, text: str):
    """({(person, title, body)} from HOLDS_ROLE links, {person: titles}, the facts) for ``text``."""
    facts = extract_facts(nlp(text), "r")
    names = {n.id: n.name for n in facts.nodes}
    held = {(names[l.source], l.props["title"], names[l.target]) for l in facts.links if l.type == "HOLDS_ROLE"}
    titled = {n.name: n.titles for n in facts.nodes if n.type == "Person"}
    return held, titled, facts


def said_links(nlp, text: str) -> list[tuple[str, str, str, bool]]:
    """(speaker name, quote text, cue, direct) for every SAID link kg extracts from ``text``."""
    facts = extract_facts(nlp(text), "t")
    names = {n.id: n.name for n in facts.nodes}
    return [(names[l.source], l.props["quote"], l.props["cue"], l.props["direct"]) for l in facts.links if l.type == "SAID"]


def nodes(nlp, text: str, type_: str):
    """The nodes of one type that kg extracts from ``text``."""
    return [n for n in extract_facts(nlp(text), "s").nodes if n.type == type_]


def names(nlp, text: str, type_: str) -> set[str]:
    """The names of the nodes of one type that kg extracts from ``text``."""
    return {n.name for n in nodes(nlp, text, type_)}
