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
* ``extra/nested-in:<Type>`` -- every mention of it lies inside a longer node's mention ("New York" read only
  inside "Northern District of New York"); ``found/nested-in:<Type>`` counts the matched nodes of that shape,
  what dropping such nodes would cost;
* ``extra/boundary:<how>`` -- it shares a content word with a gold entity of its type (span too long or short).
  ``<how>`` compares the node's span with the gold's: ``longer-lead``/``-trail``/``-both`` (the node has words
  before / after / around the gold name), ``shorter-*`` (it lacks them), each followed by what those words
  look like (``/pp`` "of Nevada", ``/coord`` "and ...", ``/place`` a registry place, ``/acronym``, ``/lower``
  common words such as "new national", ``/cap`` capitalised words); ``comma-part`` (one part of a gold
  "City, State" name), ``plural`` (same words up to number), ``overlap`` (only shared words);
* ``extra/acronym``       -- a bare all-capitals name the gold does not count (a product, a system, a state code);
* ``extra/body-head``     -- (Organisation) its last word names a body (office, unit, force ...): an unnamed,
  generic or unannotated body;
* ``extra/no-body-head``  -- (Organisation) no body word: topics, headings, events, products typed as bodies;
  ``/plural`` when its last word is a plural that is no body noun ("Elderly Offenders"), and
  ``found/no-body-head/plural`` counts the matched nodes of that shape (what dropping it would cost);
* ``extra/other``.

A gold entity with no node of its type is ``missed/as:<Type>`` (a node of another type carries its name),
``missed/boundary:<how>`` (a node of its type shares a content word; ``<how>`` as above, read from the gold's
side: ``longer-lead`` = the gold name has leading words the node lacks) or ``missed/none:ner=<label>,in=<Type>``:
how the recogniser labelled the name's first occurrence (``none``; ``partial`` when an entity covers only part of
it; ``PERSON``, ``ORG`` ...) and which node's mention swallows it (``in=Policy``; ``no``), ``absent`` when no form
of the name occurs verbatim. Every class is a decision any document meets, never a document's text, so the dev
counts show whether a class seen in train errors occurs on unseen text.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import score_splits  # noqa: E402  (eval/ is no package)

TYPES = ("Person", "Organisation", "Place")



def _spans(node: dict) -> list[tuple[int, int]]:
    return [(int(m["start"]), int(m["end"])) for m in node.get("mentions") or []
            if isinstance(m, dict) and "start" in m and "end" in m]


def _nested_in(d, nid: str) -> str | None:
    """The type of another node whose mention holds every mention of node ``nid`` (a strictly longer span):
    "New York" only ever read inside "Northern District of New York"."""
    own = _spans(d.nodes[nid])
    if not own:
        return None
    outer_type = None
    for s, e in own:
        for oid, o in d.nodes.items():
            if oid == nid or o.get("type") not in TYPES + ("Policy",):
                continue
            if any(os_ <= s and e <= oe and oe - os_ > e - s for os_, oe in _spans(o)):
                outer_type = str(o.get("type"))
                break
        else:
            return None
    return outer_type


def _forms(score, node: dict) -> set[str]:
    return score.name_forms([node.get("name"), node.get("label"), *(node.get("aliases") or [])])


def _inside(small: list[str], big: list[str]) -> int | None:
    """Where the word list ``small`` starts inside ``big`` (None when it is not a contiguous part)."""
    for i in range(len(big) - len(small) + 1):
        if big[i:i + len(small)] == small:
            return i
    return None


def span_relation(score, forms: set[str], other_forms: set[str], other_name: str, raw: str = "") -> str:
    """How the span(s) ``forms`` differ from ``other_forms`` (one entity's normalised names).

    ``longer-lead``/``longer-trail``/``longer-both``: some form of ``forms`` holds a form of the other
    plus words before / after / both; ``shorter-*`` the reverse; ``comma-part``: the other name is a
    "City, State" style name and this span one of its parts; ``plural``: same words up to number;
    ``overlap``: they only share words.
    """
    if "," in other_name and any(f in {score.norm(p) for p in other_name.split(",")} for f in forms):
        return "comma-part"
    best = "overlap"
    if forms and other_forms:  # what each side has that the other lacks
        f0 = max(forms, key=lambda f: len(set(f.split()) & {w for o in other_forms for w in o.split()}))
        o0 = max(other_forms, key=lambda o: len(set(o.split()) & set(f0.split())))
        mine = [w for w in f0.split() if w not in o0.split()]
        theirs = [w for w in o0.split() if w not in f0.split()]
        best += f"/{_word_kind(mine, raw)}~{_word_kind(theirs, other_name)}"
    for f in forms:
        fw = f.split()
        for o in other_forms:
            ow = o.split()
            if [score.stem(w) for w in fw] == [score.stem(w) for w in ow]:
                return "plural"
            at = _inside(ow, fw)
            if at is not None and len(fw) > len(ow):
                lead, trail = at > 0, at + len(ow) < len(fw)
                best = "longer-" + ("both" if lead and trail else "lead" if lead else "trail")
                best += "/" + _word_kind(fw[:at] + fw[at + len(ow):], raw)
            at = _inside(fw, ow)
            if at is not None and len(ow) > len(fw):
                lead, trail = at > 0, at + len(fw) < len(ow)
                best = "shorter-" + ("both" if lead and trail else "lead" if lead else "trail")
                best += "/" + _word_kind(ow[:at] + ow[at + len(fw):], other_name)
    return best


def _word_kind(words: list[str], raw: str) -> str:
    """What the words one span has and the other lacks look like: ``pp`` (a prepositional tail, "of Nevada"),
    ``coord`` ("and ..."), ``place`` (a place kg's registry knows), ``acronym``, ``lower`` (common words such
    as "new", "national"), ``cap`` (capitalised words)."""
    from kg.extract.lexicon import registry

    if not words:
        return "none"
    if words[0] in ("of", "for", "on", "in", "at"):
        return "pp"
    if "and" in words:
        return "coord"
    if registry().lookup(" ".join(words)) is not None and registry().lookup(" ".join(words)).type == "Place":
        return "place"
    shown = [t for t in raw.replace(",", " ").split() if t.lower().strip(".'’") in words]
    if shown and all(t.replace(".", "").isupper() for t in shown):
        return "acronym"
    if shown and all(t[:1].islower() for t in shown):
        return "lower"
    return "cap"


def _unseen_why(d, gold_name: str, nlp_doc) -> str:
    """Why no node carries a gold name: how the recogniser labelled its first occurrence in the text
    (``ner=GPE``, ``ner=none``, ``ner=partial`` when an entity covers only part of it) and whether a node's
    mention swallows it (``in=Policy``); ``absent`` when no form of the name occurs verbatim."""
    _, forms = d.gold_forms[gold_name]
    text = nlp_doc.text
    low = text.lower()
    names = [gold_name, *next((e.get("aliases") or [] for e in d.gold.get("entities", []) if e["name"] == gold_name), [])]
    start = next((low.find(n.lower()) for n in names if n and low.find(n.lower()) >= 0), -1)
    if start < 0:
        return "absent"
    end = start + len(next(n for n in names if n and low.find(n.lower()) == start))
    span = nlp_doc.char_span(start, end, alignment_mode="expand")
    labels = {t.ent_type_ for t in span} if span is not None else set()
    if not labels - {""}:
        ner = "none"
    elif "" in labels:
        ner = "partial" + _partial_shape(span)
    else:
        ner = "/".join(sorted(labels))
    inside = "no"
    for n in d.nodes.values():
        if any(m.get("start", 10**9) <= start and end <= m.get("end", -1) for m in n.get("mentions") or []
               if isinstance(m, dict)):
            inside = str(n.get("type"))
            break
    return f"ner={ner},in={inside}"


def _partial_shape(span) -> str:
    """Where the words no entity covers lie in a partly recognised name, and what they look like:
    ``/lead`` or ``/trail`` (before or after the recognised part; ``/mid`` inside it), each ``-lower``
    (common words: "task forces") or ``-cap``, plus the label of the recognised part."""
    toks = [t for t in span if not t.is_punct]
    outside = [k for k, t in enumerate(toks) if not t.ent_type_]
    inside = [k for k, t in enumerate(toks) if t.ent_type_]
    if not outside or not inside:
        return ""
    where = "lead" if max(outside) < min(inside) else "trail" if min(outside) > max(inside) else "mid"
    kind = "lower" if all(toks[k].text[:1].islower() for k in outside) else "cap"
    label = "/".join(sorted({toks[k].ent_type_ for k in inside}))
    return f"/{where}-{kind}:{label}"


def _plural_no_body_head(name: str, heads) -> bool:
    """A name of two or more words whose last word is a plural that names no body ("Elderly Offenders")."""
    words = name.split()
    last = words[-1].lower() if words else ""
    return len(words) > 1 and last.endswith("s") and not last.endswith("ss") and last[:-1] not in heads \
        and last.rstrip("s") not in heads and not last.endswith(("forces", "centers", "centres", "partnerships"))


def _other_shape(d, node: dict, golds: list[str]) -> str:
    """What an unmatched node of no known class looks like: how many mentions it has (``m1``/``mN``), whether
    the gold counts any entity of its type in the document (``gold0``: none, so the annotator may not have
    counted that type there), and whether its first mention is in the first two lines (``top``: a dateline or
    heading)."""
    spans = sorted(_spans(node))
    text = d.gold.get("text") or ""
    top = bool(spans) and text.count("\n", 0, spans[0][0]) < 2
    return (f"/{'m1' if len(spans) <= 1 else 'mN'}/{'gold0' if not golds else 'goldN'}"
            f"{'/top' if top else ''}")


def classify(score, gold: dict, graph: dict, nlp_doc=None) -> tuple[collections.Counter, list[tuple[str, str]]]:
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
            outer = _nested_in(d, nid)
            if g in golds and g not in matched:
                matched.add(g)
                counts[(etype, "found")] += 1
                if outer:  # what dropping every nested-only node would cost
                    counts[(etype, f"found/nested-in:{outer}")] += 1
                if etype == "Organisation" and _plural_no_body_head(name, ORG_HEADS):
                    counts[(etype, "found/no-body-head/plural")] += 1  # what dropping that shape would cost
                continue
            if outer:
                counts[(etype, f"extra/nested-in:{outer}")] += 1
                rows.append((f"{etype} extra/nested-in:{outer}", name))
                continue
            words = score.content_words(name)
            last = name.split()[-1].lower().rstrip(".,'’s") if name.split() else ""
            if g in matched:
                cls = "extra/duplicate"
            elif g is not None:
                cls = f"extra/as:{gold_type[g]}"
            elif any(words & w for w in gold_words.values()):
                best = max(golds, key=lambda gg: len(words & gold_words[gg]))
                cls = "extra/boundary:" + span_relation(score, _forms(score, n), d.gold_forms[best][1], best, name)
            elif name.replace(".", "").replace("-", "").isupper() and " " not in name:
                cls = "extra/acronym"
            elif etype == "Organisation":
                stem = last[:-1] if last.endswith("s") and last[:-1] in ORG_HEADS else last
                cls = "extra/body-head" if stem in ORG_HEADS else "extra/no-body-head"
                if cls == "extra/no-body-head" and _plural_no_body_head(name, ORG_HEADS):
                    cls += "/plural"
            else:
                cls = "extra/other" + _other_shape(d, n, golds)
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
                best = max(range(len(nodes)), key=lambda i: len(gold_words[g] & same_words[i]))
                rel = span_relation(score, d.gold_forms[g][1], _forms(score, nodes[best][1]),
                                    str(nodes[best][1].get("name") or ""), g)
                # the relation is read from the gold's side: "longer" = the gold is the longer span
                cls = "missed/boundary:" + rel
            else:
                cls = "missed/none" + (":" + _unseen_why(d, g, nlp_doc) if nlp_doc is not None else "")
            counts[(etype, cls)] += 1
            rows.append((f"{etype} {cls}", g))
    return counts, rows


def report(total: collections.Counter) -> str:
    lines = []
    for etype in TYPES:
        found = total.get((etype, "found"), 0)
        extra = sum(v for (t, c), v in total.items() if t == etype and c.startswith("extra"))
        nested = sum(v for (t, c), v in total.items() if t == etype and c.startswith("found/nested-in"))
        missed = sum(v for (t, c), v in total.items() if t == etype and c.startswith("missed"))
        lines.append(f"{etype}: found {found} (of which nested in another node's mention {nested}), "
                     f"extra {extra}, missed {missed}")
        for (t, c), v in sorted(total.items(), key=lambda kv: (kv[0][1][:5], -kv[1], kv[0][1])):
            if t == etype and c != "found" and not c.startswith("found/nested-in"):
                lines.append(f"  {c:<24} {v:>4}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = score_splits.diagnostic_parser(__doc__, "error")
    args, score, docs = score_splits.diagnostic_setup(ap, argv)
    total: collections.Counter = collections.Counter()
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    for doc, graph, _ in score_splits.built_graphs(docs):
        counts, rows = classify(score, doc, graph, nlp(doc["text"]))
        total.update(counts)
        if args.show:
            for cls, name in rows:
                print(f"{doc['id']}\t{cls}\t{name!r}")
    print(f"# {args.split}: {len(docs)} documents")
    print(report(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
