#!/usr/bin/env python3
"""Why HOLDS_ROLE misses or over-counts: a breakdown of role errors by decision class.

    python scripts/diagnose_roles.py --split train            # counts
    python scripts/diagnose_roles.py --split train --show     # ... and each error (train only)
    python scripts/diagnose_roles.py --split dev              # counts only: dev is never read for errors

Each document is built as `kg build` builds it (one pipeline, in this process) and its roles are matched as the
reference scorer matches them (``score.py``: ``--scorer`` or ``$KG_SCORER``; same person, title words one inside
the other, and the gold body when the gold names one), so ``missed/*`` adds up to the scorer's false negatives
and ``extra/*`` to its false positives. A gold role that is missed is

* ``missed/no-person``   -- the person is no Person node (an entity error, not a role error; ``as:<Type>``
  when a node of another type carries the name);
* ``missed/no-title``    -- the person is found but holds no predicted post whose title matches;
* ``missed/body-none``   -- the title is read but with no body, and the gold role names one;
* ``missed/body-wrong``  -- the title is read with another body than the gold one;
* ``missed/body-absent`` -- ... and the gold body is no node of the graph at all.

Body errors are counted by the title's head word too (``head=director``). ``person/title-led-name`` counts Person nodes whose name opens with a post's head noun (``Manager Tom Ellis``),
``org/title-tailed-name`` Organisation nodes whose name ends with one (``Office of Victim Support Director``).
For ``missed/no-title`` the position of the title in the text is counted too (``where/*``): right before a
name (``Chief Constable Jane Roe``), after the name and a comma (``Jane Roe, the chief constable``), before the
name and a comma (``the chief constable, Jane Roe``), elsewhere in a sentence that names the person, or nowhere
near the person (``where/apart``). A predicted role that matches no gold role is

* ``extra/not-gold-person`` -- its holder is no gold person (a wrong or unannotated person);
* ``extra/wrong-body``      -- its title is one of that person's gold titles, but its body is not the gold one;
* ``extra/twice``           -- a second predicted form of a post already matched (``chief inspector`` beside
  ``chief inspector of probation``);
* ``extra/other-title``     -- a title the gold does not give that person (unannotated, former or generic).
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import score_splits  # noqa: E402  (eval/ is no package)


def _post_heads() -> frozenset[str]:
    from kg.extract.entities import TITLE_HEADS

    return TITLE_HEADS


def _head(title: str) -> str:
    """The head word of a normalised title: its last word before "of", "for" or "in" ("director", "general")."""
    words = re.split(r" (?:of|for|in) ", title)[0].split()
    return words[-1] if words else ""


def _where(score, text: str, forms: set[str], title: str) -> str:
    """Where a missed title stands relative to the person's mentions in ``text``."""
    low = score.norm(text)
    t = score.norm(title)
    names = sorted({score.norm(f) for f in forms if len(score.norm(f)) > 2}, key=len, reverse=True)
    if not t or not names:
        return "where/apart"
    name = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    # norm() drops punctuation, so commas are read from the raw text with a loose pattern
    raw_t = r"[\w\s.'’-]*?".join(re.escape(w) for w in t.split())
    raw_n = "(?:" + "|".join(r"[\w\s.'’-]*?".join(re.escape(w) for w in n.split()) for n in names) + ")"
    flags = re.I
    if re.search(raw_t + r"[\w\s.'’-]{0,40}?,\s*(?:the\s+)?[\w\s.'’-]{0,12}?" + raw_n, text, flags) and \
            re.search(raw_t + r"[^.\n]{0,60}?,\s*[^,.\n]{0,20}?" + raw_n, text, flags):
        return "where/before-comma"
    if re.search(raw_n + r"[\w\s.'’-]{0,12}?,\s*[^,.\n]{0,30}?" + raw_t, text, flags):
        return "where/after-comma"
    if re.search(t + r"\s+(?:\w+\s+){0,2}?" + name, low):
        return "where/before-name"
    for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
        s = score.norm(sent)
        if re.search(r"\b" + name + r"\b", s) and all(w in s.split() for w in t.split()):
            return "where/same-sentence"
    return "where/apart"


def classify(score, gold: dict, graph: dict) -> tuple[collections.Counter, list[tuple[str, str]]]:
    """Counts per class for one document's roles, and (class, role) for each error."""
    d = score.Doc(gold, graph)
    golds = [(d.gold_of(r["person"]), score.norm(r["title"]), d.gold_of(r.get("organisation")), r)
             for r in gold.get("roles", [])]
    golds = list({g[:3]: g for g in golds}.values())
    pred = set()
    for link in d._links("HOLDS_ROLE", "HAS_ROLE", "ROLE", "POSITION"):
        s, t = str(link.get("source")), str(link.get("target"))
        pred.add((d.node_to_gold.get(s, "?" + s), score.norm(link.get("title") or link.get("role")),
                  d.node_to_gold.get(t, "?" + t)))
    for nid, n in d.nodes.items():
        if score.canon_type(n.get("type")) == "Person":
            for title in n.get("titles") or []:
                pred.add((d.node_to_gold.get(nid, "?" + nid), score.norm(title), None))
    people = {g for nid, g in d.node_to_gold.items() if score.canon_type(d.nodes[nid].get("type")) == "Person"}
    body_nodes = set(d.node_to_gold.values())

    def same(p, g):
        return p[0] == g[0] and score.same_title(p[1], g[1]) and (g[2] is None or p[2] == g[2])

    counts: collections.Counter = collections.Counter()
    rows: list[tuple[str, str]] = []
    for nid, n in d.nodes.items():  # "Manager Tom Ellis": a post's head noun read as the first word of a name
        words = str(n.get("name") or "").split()
        if score.canon_type(n.get("type")) == "Person" and len(words) > 2 and words[0].lower() in _post_heads() \
                and all(w[:1].isupper() for w in words) and words[-1].lower() not in _post_heads():
            counts["person/title-led-name"] += 1
            rows.append(("person/title-led-name", repr(n.get("name"))))
    for nid, n in d.nodes.items():  # "Office of Victim Support Director": a post's head noun read into a body's name
        words = str(n.get("name") or "").split()
        if score.canon_type(n.get("type")) == "Organisation" and len(words) > 1 and words[-1].lower() in _post_heads() \
                and words[-1][:1].isupper():
            counts["org/title-tailed-name"] += 1
            rows.append(("org/title-tailed-name", repr(n.get("name"))))
    used: set[int] = set()
    matched_preds = []
    for p in sorted(pred, key=str):  # the scorer's own order is a set's; a sorted one keeps the counts stable
        hit = next((i for i, g in enumerate(golds) if i not in used and same(p, g)), None)
        if hit is not None:
            used.add(hit)
            matched_preds.append(p)
            counts["found"] += 1
            continue
        titles = [g for g in golds if g[0] == p[0] and score.same_title(p[1], g[1])]
        if p[0].startswith("?") or p[0] not in {g[0] for g in golds}:
            cls = "extra/not-gold-person"
        elif any(same(p, g) for g in golds):
            cls = "extra/twice"
        elif titles:
            cls = "extra/wrong-body"
        else:
            cls = "extra/other-title"
        counts[cls] += 1
        if cls == "extra/wrong-body":
            counts[f"{cls} head={_head(p[1])}"] += 1
        rows.append((cls, f"{p[0]!r} {p[1]!r} {p[2]!r}"))
    for i, (person, title, body, raw) in enumerate(golds):
        if i in used:
            continue
        same_title = [p for p in pred if p[0] == person and score.same_title(p[1], title)]
        if person not in people:
            other = next((score.canon_type(d.nodes[nid].get("type")) for nid, g in d.node_to_gold.items()
                          if g == person), None)
            cls = "missed/no-person"
            if other:  # "Jane Roe, a spokesperson for X": the name typed as a body
                counts[f"{cls} as:{other}"] += 1
        elif not same_title:
            cls = "missed/no-title"
            forms = set(d.gold_forms.get(person, (None, {raw["person"]}))[1]) | {raw["person"]}
            where = _where(score, gold["text"], forms, raw["title"])
            counts[where] += 1
            cls = f"{cls} {where}"
        elif all(p[2] is None for p in same_title):
            cls = "missed/body-none"
        elif body not in body_nodes:
            cls = "missed/body-absent"
        else:
            cls = "missed/body-wrong"
        counts[cls.split()[0]] += 1
        if cls.startswith("missed/body"):
            counts[f"{cls} head={_head(title)}"] += 1
        rows.append((cls, f"{raw['person']!r} {raw['title']!r} {raw.get('organisation')!r}"))
    return counts, rows


def main(argv: list[str] | None = None) -> int:
    ap = score_splits.diagnostic_parser(__doc__, "error")
    args, score, docs = score_splits.diagnostic_setup(ap, argv)
    total: collections.Counter = collections.Counter()
    for doc, graph, _ in score_splits.built_graphs(docs):
        counts, rows = classify(score, doc, graph)
        total.update(counts)
        if args.show:
            for cls, what in rows:
                print(f"{doc['id']}\t{cls}\t{what}")
    print(f"# {args.split}: {len(docs)} documents")
    main_classes = {c: v for c, v in total.items() if " " not in c}  # not the break-downs (head=, as:, where/)
    print(f"roles: found {total['found']}, extra {sum(v for c, v in main_classes.items() if c.startswith('extra'))}, "
          f"missed {sum(v for c, v in main_classes.items() if c.startswith('missed'))}")
    for c, v in sorted(total.items(), key=lambda kv: (kv[0].split('/')[0], -kv[1], kv[0])):
        if c != "found":
            print(f"  {c:<24} {v:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
