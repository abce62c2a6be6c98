#!/usr/bin/env python3
"""Why Person, Organisation and Place nodes miss or over-count: a breakdown by decision class.

    python scripts/diagnose_types.py --split train            # counts
    python scripts/diagnose_types.py --split train --show     # ... and each error (train only)
    python scripts/diagnose_types.py --split dev              # counts only: dev is never read for errors

Each document is built as `kg build` builds it (one pipeline, in this process) and matched with the reference
scorer's own name matching (``score.py``: ``--scorer`` or ``$KG_SCORER``), so for each type ``extra/*`` adds up
to the scorer's false positives and ``missed/*`` to its false negatives. A predicted node that is no gold entity
of its type is

* ``extra/duplicate``     -- a second node for a gold entity already matched (an unmerged alias);
* ``extra/as:<Type>``     -- its name is a gold entity of another type (type confusion: a council typed Place);
* ``extra/boundary``      -- it shares a content word with a gold entity of its type (span too long or short);
* ``extra/acronym``       -- a bare all-capitals name the gold does not count (a product, a system, a state code);
* ``extra/body-head``     -- (Organisation) its last word names a body (office, unit, force ...): an unnamed,
  generic or unannotated body;
* ``extra/no-body-head``  -- (Organisation) no body word: topics, headings, events, products typed as bodies;
* ``extra/other``.

A gold entity with no node of its type is ``missed/as:<Type>`` (a node of another type carries its name),
``missed/boundary`` (a node of its type shares a content word) or ``missed/none``.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import score_splits  # noqa: E402  (eval/ is no package)

TYPES = ("Person", "Organisation", "Place")



def classify(score, gold: dict, graph: dict) -> tuple[collections.Counter, list[tuple[str, str]]]:
    """Counts per (type, class) for one document, and (class, name) for each error."""
    from kg.extract.entities import ORG_HEADS

    d = score.Doc(gold, graph)
    counts: collections.Counter = collections.Counter()
    rows: list[tuple[str, str]] = []
    gold_type = {g: t for g, (t, _) in d.gold_forms.items()}
    for etype in TYPES:
        golds = [g for g, t in gold_type.items() if t == etype]
        gold_words = {g: score.content_words(g) | {w for f in d.gold_forms[g][1] for w in score.content_words(f)}
                      for g in golds}
        matched: set[str] = set()
        nodes = [(nid, n) for nid, n in d.nodes.items() if score.canon_type(n.get("type")) == etype]
        for nid, n in nodes:
            name = str(n.get("name") or n.get("label") or "")
            g = d.node_to_gold.get(nid)
            if g in golds and g not in matched:
                matched.add(g)
                counts[(etype, "found")] += 1
                continue
            words = score.content_words(name)
            last = name.split()[-1].lower().rstrip(".,'’s") if name.split() else ""
            if g in matched:
                cls = "extra/duplicate"
            elif g is not None:
                cls = f"extra/as:{gold_type[g]}"
            elif any(words & w for w in gold_words.values()):
                cls = "extra/boundary"
            elif name.replace(".", "").replace("-", "").isupper() and " " not in name:
                cls = "extra/acronym"
            elif etype == "Organisation":
                stem = last[:-1] if last.endswith("s") and last[:-1] in ORG_HEADS else last
                cls = "extra/body-head" if stem in ORG_HEADS else "extra/no-body-head"
            else:
                cls = "extra/other"
            counts[(etype, cls)] += 1
            rows.append((f"{etype} {cls}", name))
        same_words = [score.content_words(str(n.get("name") or "")) for _, n in nodes]
        for g in golds:
            if g in matched:
                continue
            other = next((score.canon_type(d.nodes[nid].get("type")) for nid, gg in d.node_to_gold.items()
                          if gg == g and score.canon_type(d.nodes[nid].get("type")) != etype), None)
            if other:
                cls = f"missed/as:{other}"
            elif any(gold_words[g] & w for w in same_words):
                cls = "missed/boundary"
            else:
                cls = "missed/none"
            counts[(etype, cls)] += 1
            rows.append((f"{etype} {cls}", g))
    return counts, rows


def report(total: collections.Counter) -> str:
    lines = []
    for etype in TYPES:
        found = total.get((etype, "found"), 0)
        extra = sum(v for (t, c), v in total.items() if t == etype and c.startswith("extra"))
        missed = sum(v for (t, c), v in total.items() if t == etype and c.startswith("missed"))
        lines.append(f"{etype}: found {found}, extra {extra}, missed {missed}")
        for (t, c), v in sorted(total.items(), key=lambda kv: (kv[0][1][:5], -kv[1], kv[0][1])):
            if t == etype and c != "found":
                lines.append(f"  {c:<24} {v:>4}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="train")
    ap.add_argument("--scorer", type=Path, default=None, help="the reference score.py")
    ap.add_argument("--show", action="store_true", help="list each error (train only)")
    args = ap.parse_args(argv)
    if args.show and args.split != "train":
        ap.error("--show is for the train split only: dev is read by its totals")
    scorer = score_splits.reference_scorer(args.scorer)
    if not scorer.exists():
        ap.error(f"no scorer at {scorer}: pass --scorer PATH or set KG_SCORER")
    score = score_splits.load_module("kg_reference_scorer", scorer)
    docs = score_splits.assemble([args.split])[args.split]
    total: collections.Counter = collections.Counter()
    for doc, graph, _ in score_splits.built_graphs(docs):
        counts, rows = classify(score, doc, graph)
        total.update(counts)
        if args.show:
            for cls, name in rows:
                print(f"{doc['id']}\t{cls}\t{name!r}")
    print(f"# {args.split}: {len(docs)} documents")
    print(report(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
