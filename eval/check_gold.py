#!/usr/bin/env python3
"""Check a gold annotation file (the JSONL format of ../shared/eval/dev.jsonl) for slips.

    python eval/check_gold.py eval/dev-extra.jsonl

Each line is one document.  The checks are the ones a second annotator would make:
every entity has at least one of its names in the text; every statistic's `text` occurs
verbatim and its value is a number; every speaker, agent, overseer, role holder and
organisation names an annotated entity; every quote occurs in the text (whitespace and
quote-mark style aside); each statistic also appears as a `Statistic` entity.
Prints one line per problem and a summary; exits 1 when a problem was found.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

KEYS = ("id", "source", "licence", "text", "entities", "roles", "said", "announced", "oversees", "statistics")
ENTITY_TYPES = {"Person", "Organisation", "Policy", "Place", "Statistic"}
UNITS = {"count", "percent", "GBP", "USD", "EUR", "grams", "kilograms", "pounds", "rate", "years"}
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip().lower()


def check(doc: dict, lineno: int) -> list[str]:
    where = f"line {lineno} ({doc.get('id', '?')})"
    problems = [f"{where}: missing key {k!r}" for k in KEYS if k not in doc]
    if problems:
        return problems
    text = flat(doc["text"])
    names: dict[str, str] = {}
    for e in doc["entities"]:
        if e.get("type") not in ENTITY_TYPES:
            problems.append(f"{where}: entity {e.get('name')!r} has unknown type {e.get('type')!r}")
        forms = [e["name"], *e.get("aliases", [])]
        if not any(flat(f) in text for f in forms if f):
            problems.append(f"{where}: no name of {e['type']} {e['name']!r} occurs in the text")
        for f in forms:
            names[f] = e["type"]

    def entity(name, kinds, what):
        if name is None:
            return
        if name not in names:
            problems.append(f"{where}: {what} {name!r} is not an annotated entity")
        elif names[name] not in kinds:
            problems.append(f"{where}: {what} {name!r} is a {names[name]}, expected {'/'.join(sorted(kinds))}")

    for r in doc["roles"]:
        entity(r["person"], {"Person"}, "role holder")
        entity(r.get("organisation"), {"Organisation"}, "role organisation")
        if not r.get("title"):
            problems.append(f"{where}: role of {r['person']!r} has no title")
    for s in doc["said"]:
        entity(s["speaker"], {"Person", "Organisation"}, "speaker")
        if flat(s["quote"]) not in text:
            problems.append(f"{where}: quote {s['quote']!r} does not occur in the text")
        if not isinstance(s.get("direct"), bool):
            problems.append(f"{where}: quote {s['quote']!r} has no boolean 'direct'")
    for a in doc["announced"]:
        entity(a["agent"], {"Person", "Organisation"}, "announcing agent")
        entity(a["policy"], {"Policy", "Organisation"}, "announced policy")
    for o in doc["oversees"]:
        entity(o["overseer"], {"Person", "Organisation"}, "overseer")
        entity(o["overseen"], {"Organisation", "Policy", "Place"}, "overseen")
    stat_entities = [e["name"] for e in doc["entities"] if e["type"] == "Statistic"]
    for s in doc["statistics"]:
        if flat(s["text"]) not in text:
            problems.append(f"{where}: statistic text {s['text']!r} does not occur in the text")
        if isinstance(s.get("value"), bool) or not isinstance(s.get("value"), (int, float)):
            problems.append(f"{where}: statistic {s['text']!r} has a non-numeric value {s.get('value')!r}")
        if s.get("unit") not in UNITS:
            problems.append(f"{where}: statistic {s['text']!r} has unit {s.get('unit')!r} outside {sorted(UNITS)}")
        if not s.get("measure"):
            problems.append(f"{where}: statistic {s['text']!r} has no measure")
        if s["text"] not in stat_entities:
            problems.append(f"{where}: statistic {s['text']!r} is not listed as a Statistic entity")
        if s.get("source") is not None and s["source"] not in names:
            problems.append(f"{where}: statistic source {s['source']!r} is not an annotated entity")
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, nargs="+")
    args = ap.parse_args(argv)
    problems: list[str] = []
    counts = dict.fromkeys(("documents", "entities", "roles", "said", "announced", "oversees", "statistics"), 0)
    for path in args.gold:
        seen: set[str] = set()
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{lineno}: not JSON ({exc})")
                continue
            if doc.get("id") in seen:
                problems.append(f"{path}:{lineno}: duplicate id {doc.get('id')!r}")
            seen.add(doc.get("id"))
            problems += [f"{path}: {p}" for p in check(doc, lineno)]
            counts["documents"] += 1
            for k in counts:
                if k != "documents":
                    counts[k] += len(doc.get(k, []))
    for p in problems:
        print(p)
    print(", ".join(f"{v} {k}" for k, v in counts.items()) + f"; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
