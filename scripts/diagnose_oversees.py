#!/usr/bin/env python3
"""Why gold OVERSEES pairs are lost: a breakdown by cause and by the shape of the sentence that states them.

    python scripts/diagnose_oversees.py --split train            # counts
    python scripts/diagnose_oversees.py --split train --show     # ... and each lost pair (train only)
    python scripts/diagnose_oversees.py --split dev              # counts only: dev is never read for errors

Each document is built as `kg build` builds it (one pipeline, in this process) and matched with the reference
scorer's own name matching (``score.py``: ``--scorer`` or ``$KG_SCORER``), so ``found`` and the extras add up to
its ``oversees`` row. A gold pair (overseer, overseen) is

* ``found``              -- the graph has an OVERSEES link between the two;
* ``overseer``           -- the overseen body is a node of the graph, the overseer is not (an entity miss);
* ``overseen``           -- the overseer is a node, the overseen is not (an entity miss);
* ``both``               -- neither end is a node;
* ``link/...``           -- both ends are nodes, no OVERSEES link joins them (``link/overseer-elsewhere``: the
  overseer oversees something else in the graph; ``link/overseen-other``: something else oversees the overseen;
  ``link/none``: neither takes part in an OVERSEES link).

Every lost pair is also counted by the shape of the text that states it (``shape/...``), read from the
gold text without printing it: the first sentence that names both ends (by the gold names and aliases) is put in
one class by the first oversight cue it holds (inspect, investigate, review/audit, scrutiny/evidence, oversee/
regulate, account, report/finding, responsible), with ``+by`` when it holds ``by`` (a passive or a nominal with
an agent); ``shape/apart`` when no sentence names both ends. These classes are what a frame has to cover, and
their counts on dev say which classes occur on unseen text.

For ``link/overseen-other`` pairs it also counts who oversees the overseen instead (``other/gold-<type>-vs-<types>``),
whether the two overseers are named together (``other/joint``: joined by ``and`` or a comma; ``other/together/<tie>``
with the class of wording around them; ``other/separate``) and the order of the marks in that sentence
(``order/...``: X the lost overseer, Y the overseen, Z the other overseer, B ``by``, C an oversight cue). For every
lost pair it runs the frames again and counts what they said before the builder resolved their spans
(``frame/both``: a frame named both ends, so the pair was lost in resolution; ``frame/agent-only``;
``frame/target-only/<where>``: a frame named the overseen with another agent, its span over, next to or away from the
lost overseer's name, or the publisher; ``frame/none``), and whether the lost overseer is the body the document opens
with (``frame/lost-overseer/...``).

Found pairs are counted by the ``cue`` of the link (``found-cue/...``): which frames find gold pairs.
Extra links (predicted, not gold) are split as ``extra/unmatched-overseen`` (the target is no gold entity),
``extra/unmatched-overseer`` and ``extra/wrong-pair`` (both ends are gold entities), and counted by the link's
``cue`` (``cue/...``) and the types of the ends no gold entity names (``extra-type/...``).

Only the train split may be listed pair by pair; dev is reported in aggregate counts.
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

#: Cue classes, in the order a sentence is put in the first one it holds.
SHAPES = (
    ("inspect", re.compile(r"\binspect")),
    ("investigate", re.compile(r"\binvestigat|\bprobe")),
    ("review-audit", re.compile(r"\breview|\baudit|\bassess|\bevaluat|\bexamin")),
    ("scrutiny-evidence", re.compile(r"\bscrutin|\bhearing|\bevidence|\btestif|\btestimony|\bquestion")),
    ("oversee-regulate", re.compile(r"\boversee|\boversaw|\boversight|\bsupervis|\bmonitor|\bregulat|\bwatchdog")),
    ("account", re.compile(r"\baccount|\banswerable")),
    ("report-finding", re.compile(r"\breport|\bfound\b|\bfinding|\bconclu")),
    ("responsible", re.compile(r"\bresponsib|\bin charge\b|\bcharged with")),
)
#: Wordings that join two overseers of one body in a sentence (counted for ``link/overseen-other`` pairs).
TIES = (
    ("joint", re.compile(r"\bjoint|\bjointly|\btogether with|\balong with|\bin partnership|\bwith the\b")),
    ("commission", re.compile(r"\bcommission|\bask|\brequest|\bon behalf|\binvited|\bappointed")),
    ("lead", re.compile(r"\bled by|\bleads|\bchair|\bhead")),
    ("possessive", re.compile(r"'s\b")),
)
_SENT = re.compile(r"(?<=[.!?])\s+|\n+")


def _mentions(text_lower: str, forms: set[str]) -> list[int]:
    """Offsets where a gold name or alias occurs in the (lower-cased) text, on word boundaries."""
    out = []
    for f in forms:
        if len(f) < 2:
            continue
        out += [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text_lower)]
    return out


def shape(text: str, a_forms: set[str], b_forms: set[str]) -> str:
    """The cue class of the first sentence naming both ends (see the module doc), read with the two names taken out;
    no text leaves here."""
    for sent in _SENT.split(text):
        low = sent.lower().replace("\u2019", "'")
        if _mentions(low, a_forms) and _mentions(low, b_forms):
            for f in sorted(a_forms | b_forms, key=len, reverse=True):  # a cue inside a name ("Inspectorate") is none
                if len(f) > 1:
                    low = re.sub(r"(?<!\w)" + re.escape(f) + r"(?!\w)", " ", low)
            by = "+by" if re.search(r"\bby\b", low) else ""
            for name, rx in SHAPES:
                if rx.search(low):
                    return name + by
            return "other" + by
    return "apart"


def joint(text: str, lost: set[str], others: list[set[str]], overseen: set[str]) -> str:
    """``joint``: a sentence names the overseen, the lost overseer and one linked instead, the two overseers next
    to each other with only ``and`` or a comma between them; ``together``: named in one sentence, not so joined;
    ``separate``: in no sentence together."""
    best = "separate"
    for sent in _SENT.split(text):
        low = sent.lower().replace("\u2019", "'")
        if not _mentions(low, overseen):
            continue
        for forms in others:
            a = [(m, m + len(f)) for f in lost if len(f) > 1
                 for m in [x.start() for x in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", low)]]
            b = [(m, m + len(f)) for f in forms if len(f) > 1
                 for m in [x.start() for x in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", low)]]
            if not a or not b:
                continue
            if best == "separate":
                # what ties the two overseers together in the sentence: a class of wording, not the text
                kinds = [k for k, rx in TIES if rx.search(low)]
                best = "together" + ("/" + "+".join(kinds) if kinds else "")
            for s1, e1 in a:
                for s2, e2 in b:
                    gap = low[e1:s2] if e1 <= s2 else low[e2:s1]
                    if re.fullmatch(r"\s*(,|,?\s*and|&)\s*(the\s+)?", gap):
                        return "joint"
    return best


def order(text: str, lost: set[str], others: list[set[str]], overseen: set[str]) -> str:
    """The order of the marks in the first sentence naming the lost overseer (X), the overseen (Y) and an overseer
    linked instead (Z), with ``by`` (B) and an oversight cue word (C): a shape such as ``C-Y-B-Z-X``, no text."""
    for sent in _SENT.split(text):
        low = sent.lower().replace("\u2019", "'")
        xs, ys = _mentions(low, lost), _mentions(low, overseen)
        zs = [m for forms in others for m in _mentions(low, forms)]
        if not (xs and ys and zs):
            continue
        marks = [(min(xs), "X"), (min(ys), "Y"), (min(zs), "Z")]
        marks += [(m.start(), "B") for m in re.finditer(r"\bby\b", low)]
        marks += [(m.start(), "C") for _, rx in SHAPES[:5] for m in rx.finditer(low)]
        return "-".join(k for _, k in sorted(marks))
    return "none"


def frames_for(score, nlp, gold: dict, lost: list[tuple[str, str]]) -> collections.Counter:
    """For each lost pair, what the frames said before the builder resolved their spans (``frame/...``):
    ``both`` (a frame's agent span names the overseer and its target span the overseen: lost in resolution),
    ``agent-only`` / ``target-only`` (a frame names one end with something else at the other), ``none``."""
    from kg.extract.policies import find_relations

    text = gold.get("text", "")
    doc = nlp(text)
    facts = [f for f in find_relations(doc) if f.type == "OVERSEES"]
    forms = lambda g: score.name_forms([g, *[a for e in gold.get("entities", []) if e["name"] == g
                                             for a in e.get("aliases", [])]])
    def names(span, fs):
        words = score.norm(text[span.start:span.end])
        return bool(words) and any(f == words or f" {f} " in f" {words} " for f in fs)
    out: collections.Counter = collections.Counter()
    for a, t in lost:
        fa, ft = forms(a), forms(t)
        ag = [names(f.agent, fa) for f in facts]
        tg = [names(f.target, ft) for f in facts]
        if any(x and y for x, y in zip(ag, tg)):
            out["frame/both"] += 1
        elif any(ag):
            out["frame/agent-only"] += 1
        elif any(tg):
            low = text.lower().replace("\u2019", "'")
            xs = [(m, m + len(f)) for f in {x.lower() for x in [a, *[al for e in gold.get("entities", [])
                                                                  if e["name"] == a for al in e.get("aliases", [])]]}
                  for m in [r.start() for r in re.finditer(re.escape(f), low)]]
            where = "elsewhere"
            for f, y in zip(facts, tg):
                if not y:
                    continue
                if f.agent.start == f.agent.end:
                    where = "publisher"
                elif any(s0 < f.agent.end and f.agent.start < e0 for s0, e0 in xs):
                    where = "overlaps-overseer"  # the agent span runs over the lost overseer's name
                elif any(abs(s0 - f.agent.end) < 40 or abs(f.agent.start - e0) < 40 for s0, e0 in xs):
                    where = "next-to-overseer" if where == "elsewhere" else where
            out["frame/target-only/" + where] += 1
            # is the lost overseer the body the document opens with (its publisher), and named as an overseer?
            orgs = [(min((low.find(f.lower()) for f in [e["name"], *e.get("aliases", [])] if f.lower() in low),
                         default=len(low)), e["name"]) for e in gold.get("entities", []) if e["type"] == "Organisation"]
            first = min(orgs)[1] if orgs else None
            oversight = bool(re.search(r"inspect|audit|ombudsman|committee|oversight|watchdog|regulat", a.lower()))
            out["frame/lost-overseer/" + ("first-body" if first == a else "not-first") +
                ("/oversight-name" if oversight else "/other-name")] += 1
        else:
            out["frame/none"] += 1
    return out


def classify(score, gold: dict, graph: dict) -> tuple[collections.Counter, list[tuple[str, str, str]]]:
    """Counts per cause for one document, and (cause, overseer, overseen) for each gold pair and extra link."""
    d = score.Doc(gold, graph)
    counts: collections.Counter = collections.Counter()
    rows: list[tuple[str, str, str]] = []
    present = set(d.node_to_gold.values())
    links = list(d._links("OVERSEES"))
    key = lambda l: (d.node_to_gold.get(str(l["source"]), "?" + str(l["source"])),
                     d.node_to_gold.get(str(l["target"]), "?" + str(l["target"])))
    pred = {key(l) for l in links}
    cues = {key(l): str(l.get("cue") or "?") for l in links}
    overseers = {a for a, _ in pred}
    overseen = {t for _, t in pred}
    raw_forms = lambda g: {f for f in score.name_forms([g, *[a for e in gold.get("entities", []) if e["name"] == g
                                                             for a in e.get("aliases", [])]])}
    surface = lambda g: {a.lower().replace("\u2019", "'") for e in gold.get("entities", []) if e["name"] == g
                         for a in [e["name"], *e.get("aliases", [])]} | raw_forms(g)
    gold_pairs = {(d.gold_of(r["overseer"]), d.gold_of(r["overseen"])) for r in gold.get("oversees", [])}
    for a, t in sorted(gold_pairs, key=lambda p: (str(p[0]), str(p[1]))):
        if (a, t) in pred:
            cause = "found"
            counts["found-cue/" + cues.get((a, t), "?")] += 1
        elif a not in present and t not in present:
            cause = "both"
        elif a not in present:
            cause = "overseer"
        elif t not in present:
            cause = "overseen"
        elif a in overseers:
            cause = "link/overseer-elsewhere"
        elif t in overseen:
            cause = "link/overseen-other"
            # who oversees it instead: a gold Person or Organisation, or a node no gold entity names
            kinds = {d.gold_forms[o][0] if o in d.gold_forms else "non-gold" for o, x in pred if x == t}
            counts[f"other/gold-{d.gold_forms.get(a, ('?',))[0]}-vs-" + "+".join(sorted(kinds))] += 1
            # joint oversight: the overseer linked instead is named with the lost one in a sentence that names the
            # overseen, joined by "and" or a comma ("inspected by A and B")
            others = [o for o, x in pred if x == t and o in d.gold_forms]
            counts["other/" + joint(gold.get("text", ""), surface(a), [surface(o) for o in others], surface(t))] += 1
            counts["order/" + order(gold.get("text", ""), surface(a), [surface(o) for o in others], surface(t))] += 1
        else:
            cause = "link/none"
        counts[cause] += 1
        if cause != "found":
            shp = shape(gold.get("text", ""), surface(a), surface(t))
            counts["shape/" + shp] += 1
            cause = f"{cause} [{shp}]"
        rows.append((cause, str(a), str(t)))
    gold_names = set(d.gold_forms)
    for a, t in sorted(pred - gold_pairs):
        if t not in gold_names:
            cause = "extra/unmatched-overseen"
        elif a not in gold_names:
            cause = "extra/unmatched-overseer"
        else:
            cause = "extra/wrong-pair"
        counts[cause] += 1
        counts["cue/" + cues.get((a, t), "?")] += 1
        tnode = d.nodes.get(t[1:]) if t.startswith("?") else None
        anode = d.nodes.get(a[1:]) if a.startswith("?") else None
        counts["extra-type/" + ("target-" + str((tnode or {}).get("type")) if tnode else "target-gold") + "/"
               + ("agent-" + str((anode or {}).get("type")) if anode else "agent-gold")] += 1
        name = lambda k: d.nodes[k[1:]].get("name", k) if k.startswith("?") and k[1:] in d.nodes else k
        rows.append((cause, str(name(a)), str(name(t))))
    return counts, rows


ORDER = ("found", "overseer", "overseen", "both", "link/overseer-elsewhere", "link/overseen-other", "link/none")
EXTRA = ("extra/unmatched-overseen", "extra/unmatched-overseer", "extra/wrong-pair")


def report(total: collections.Counter) -> str:
    gold = sum(total.get(k, 0) for k in ORDER)
    lines = [f"gold oversees pairs: {gold}"]
    lines += [f"  {k:<26} {total.get(k, 0):>4}" for k in ORDER]
    lines.append("found pairs by the cue of the frame that linked them:")
    lines += [f"  {k:<26} {v:>4}" for k, v in sorted(total.items()) if k.startswith("found-cue/")]
    lost = gold - total.get("found", 0)
    if lost:
        ends = sum(total.get(k, 0) for k in ("overseer", "overseen", "both"))
        lines.append(f"lost {lost}: an end missing {ends} ({ends / lost:.0%}), "
                     f"both ends there but no link {lost - ends} ({(lost - ends) / lost:.0%})")
        lines.append("lost pairs by the shape of the sentence naming both ends:")
        lines += [f"  {k:<26} {v:>4}" for k, v in sorted(total.items()) if k.startswith("shape/")]
        lines.append("link/overseen-other by the type of the gold overseer and of the overseer linked instead:")
        lines += [f"  {k:<26} {v:>4}" for k, v in sorted(total.items()) if k.startswith(("other/", "order/"))]
        lines.append("lost pairs by what the frames said before resolution:")
        lines += [f"  {k:<26} {v:>4}" for k, v in sorted(total.items()) if k.startswith("frame/")]
    lines.append(f"predicted links not in gold: {sum(total.get(k, 0) for k in EXTRA)}")
    lines += [f"  {k:<26} {total.get(k, 0):>4}" for k in EXTRA]
    lines += [f"  {k:<26} {v:>4}" for k, v in sorted(total.items()) if k.startswith(("cue/", "extra-type/"))]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = score_splits.diagnostic_parser(__doc__, "pair")
    args, score, docs = score_splits.diagnostic_setup(ap, argv)
    total: collections.Counter = collections.Counter()
    nlp = None
    for doc, graph, _ in score_splits.built_graphs(docs):
        counts, rows = classify(score, doc, graph)
        total.update(counts)
        lost = [(a, t) for cause, a, t in rows if not cause.startswith(("found", "extra"))]
        if lost:
            if nlp is None:
                import kg

                nlp = kg.load_pipeline()
            total.update(frames_for(score, nlp, doc, lost))
        if args.show:
            for cause, a, t in rows:
                if cause != "found":
                    print(f"{doc['id']}\t{cause}\t{a!r} -> {t!r}")
    print(f"# {args.split}: {len(docs)} documents")
    print(report(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
