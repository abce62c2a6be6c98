#!/usr/bin/env python3
"""Why gold ANNOUNCED pairs are lost: a breakdown by cause, for deciding where extraction work goes.

    python scripts/diagnose_announced.py --split train            # counts
    python scripts/diagnose_announced.py --split train --show     # ... and each lost pair (train only)
    python scripts/diagnose_announced.py --split dev              # counts only: dev is never read for errors

Each document is built as `kg build` builds it (one pipeline, in this process) and matched with the reference
scorer's own name matching (``score.py``: ``--scorer`` or ``$KG_SCORER``), so the counts add up to its
``announced`` row. A gold pair (agent, policy) is

* ``found``          -- the graph has an ANNOUNCED link between the two;
* ``policy``         -- (a) no node of the graph carries the policy's name or an alias (``policy/near``: a
  Policy node shares a content word with it, so the span differs; ``policy/none``: nothing like it);
* ``agent``          -- (b) the policy is there but no node carries the agent's name or an alias;
* ``both``           -- neither end is there;
* ``link``           -- (c) both ends are nodes of the graph, but no ANNOUNCED link joins them
  (``link/agent-elsewhere``: the agent announced something else; ``link/policy-other-agent``: someone else
  announced the policy; ``link/none``: neither end takes part in any ANNOUNCED link).

A lost policy end is also told by where the gold name is written (``policy/near:announce-object``): inside the
phrase an announce verb governs (``announce-object``: the frame reads the verb but no Policy node has that span),
elsewhere (``other``) or nowhere verbatim (``unwritten``); ``--shapes`` splits ``announce-object`` by the
name's head (``dobj`` of the verb, ``nsubjpass``, or ``in-<dep>`` below one of its dependents), title case (two
or more capitalised words) or lower case, length (``long``: over five words) and whether the parser took it for
a named entity (``in-ent``).

Extra links (predicted, not gold) are split the same way: ``extra/unmatched-policy`` (the target is no gold
entity), ``extra/unmatched-agent``, ``extra/wrong-pair`` (both ends are gold entities); an unmatched policy that shares a content word with the
lost gold policy of the same agent is counted as ``mis-spanned gold pair`` (the frame found the pair, the
policy's span is not the gold name).

With ``--candidates`` it also says what the learned pair scorer (``kg/extract/announce_model.py``) could do
for the policies no frame links, counted on the candidates it would score (built with the scorer off):

* per Policy node no frame links: whether it is a gold policy with a gold announcer (``announced``), a gold
  policy nobody announces (``not-announced``) or no gold entity (``not-gold``) -- the ceiling of linking an agent
  to every policy;
* per lost ``link`` pair: whether the gold agent is a candidate at all, where the candidate came from (its
  ``src=`` feature: a name or pronoun in the policy's sentence, a sentence before, the quote's speaker, the
  issuing body, an actor of the document) and the rank of the gold agent among the policy's candidates by the
  shipped model's score, the gold agent's standing in the document (its main actor, an announcer of something
  else, the issuing body, the quote's speaker, named in the headline or first sentence) and the policy's cues
  (a ``new`` word, an announce verb, the headline, a sum in its sentence).

Only the train split may be listed pair by pair; dev is reported in aggregate counts.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import score_splits  # noqa: E402  (eval/ is no package)



_NLP: list = []
SHAPES: list = []  # --shapes: the parse shape of a lost policy written under an announce verb
_PARSED: dict[str, object] = {}


def _where_written(gold: dict, policy: str) -> str:
    """Where a lost gold policy's name is written: ``unwritten`` (no name or alias occurs verbatim),
    ``announce-object`` (inside what an announce verb of its sentence governs: a frame target with another
    boundary), ``other`` (written, under no announce verb)."""
    from kg.extract import announce_model
    from kg.nlp import load_pipeline

    ent = next((e for e in gold.get("entities", []) if e["name"] == policy), {"name": policy})
    text = gold.get("text", "")
    at = next((text.find(n) for n in [ent["name"], *ent.get("aliases", [])] if n and text.find(n) >= 0), -1)
    if at < 0:
        return "unwritten"
    if not _NLP:
        _NLP.append(load_pipeline())
    if text not in _PARSED:
        _PARSED.clear()  # one document at a time
        _PARSED[text] = _NLP[0](text)
    doc = _PARSED[text]
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return "other"
    t = span[0]
    for a in [t, *t.ancestors]:
        if a.pos_ in ("VERB", "AUX") and announce_model._verb_class(a.lemma_.lower()) == "announce":
            if not SHAPES:
                return "announce-object"
            end = doc.char_span(at, at + len(next(n for n in [ent["name"], *ent.get("aliases", [])]
                                                  if n and text.find(n) == at)), alignment_mode="expand")
            root = end.root if end is not None else t
            cased = "titled" if end is not None and sum(1 for x in end if x.is_title) >= 2 else "lower"
            size = "long" if end is not None and len(end) > 5 else "short"
            link = root.dep_ if root.head.i == a.i else ("in-" + (root.head.dep_ if root.head.i != root.i else "?"))
            return f"announce-object/{link}/{cased}/{size}/{'in-ent' if root.ent_type_ else 'no-ent'}"
    return "other"


def _extra_shape(d, links: list[dict], agent: str, policy: str) -> str:
    """The class of a predicted link the gold lacks, told without its words: the target node's type and case (two
    or more capitalised words: ``titled``), the cue it was read from (a frame's verb lemma, ``learned``) and the
    agent's type, e.g. ``Policy/lower/cue=announce/agent=Organisation``."""
    for l in links:
        src = d.node_to_gold.get(str(l["source"]), "?" + str(l["source"]))
        tgt = d.node_to_gold.get(str(l["target"]), "?" + str(l["target"]))
        if (src, tgt) != (agent, policy):
            continue
        node = d.nodes.get(str(l["target"]), {})
        words = str(node.get("name", "")).split()
        case = "titled" if sum(1 for w in words if w[:1].isupper()) >= 2 else "lower"
        cue = "learned" if l.get("learned") else str(l.get("cue", "?")).replace(" ", "-")
        kind = d.nodes.get(str(l["source"]), {}).get("type", "?")
        return f"{node.get('type', '?')}/{case}/cue={cue}/agent={kind}"
    return "?"


def classify(score, gold: dict, graph: dict) -> tuple[collections.Counter, list[tuple[str, str, str]]]:
    """Counts per cause for one document, and (cause, agent, policy) for each gold pair and extra link."""
    d = score.Doc(gold, graph)
    counts: collections.Counter = collections.Counter()
    rows: list[tuple[str, str, str]] = []
    present = set(d.node_to_gold.values())
    links = [l for l in d._links("ANNOUNCED")]
    pred = {(d.node_to_gold.get(str(l["source"]), "?" + str(l["source"])),
             d.node_to_gold.get(str(l["target"]), "?" + str(l["target"]))) for l in links}
    agents = {a for a, _ in pred}
    targets = {p for _, p in pred}
    policy_words = [score.content_words(n.get("name")) for n in d.nodes.values()
                    if score.canon_type(n.get("type")) == "Policy"]
    gold_pairs = {(d.gold_of(r["agent"]), d.gold_of(r["policy"])) for r in gold.get("announced", [])}
    for agent, policy in sorted(gold_pairs, key=lambda p: (str(p[0]), str(p[1]))):
        if (agent, policy) in pred:
            cause = "found"
            counts[f"found:{_extra_shape(d, links, agent, policy)}"] += 1
        elif policy not in present and agent not in present:
            cause = "both"
        elif policy not in present:
            words = score.content_words(policy)
            cause = "policy/near" if any(words & w for w in policy_words) else "policy/none"
            where = _where_written(gold, policy)
            counts[f"{cause}:{where}"] += 1
            cause = f"{cause}:{where}"
        elif agent not in present:
            cause = "agent"
        elif agent in agents:
            cause = "link/agent-elsewhere"
        elif policy in targets:
            cause = "link/policy-other-agent"
        else:
            cause = "link/none"
        counts[cause.split(":")[0]] += 1
        rows.append((cause, str(agent), str(policy)))
    gold_names = set(d.gold_forms)
    lost = [(a, p) for a, p in gold_pairs - pred if p not in present]
    for agent, policy in sorted(pred - gold_pairs):
        if policy not in gold_names:
            cause = "extra/unmatched-policy"
            name = d.nodes[policy[1:]].get("name", "") if policy.startswith("?") and policy[1:] in d.nodes else policy
            words = score.content_words(name)
            if any(a == agent and words & score.content_words(p) for a, p in lost):
                counts["extra/unmatched-policy:mis-spanned-gold-pair"] += 1  # the gold pair's agent, a near span
        elif agent not in gold_names:
            cause = "extra/unmatched-agent"
        else:
            cause = "extra/wrong-pair"
        counts[cause] += 1
        counts[f"{cause}:{_extra_shape(d, links, agent, policy)}"] += 1
        name = lambda key: d.nodes[key[1:]].get("name", key) if key.startswith("?") and key[1:] in d.nodes else key
        rows.append((cause, str(name(agent)), str(name(policy))))
    return counts, rows


def candidate_classes(score, gold: dict, graph: dict, rows: list[dict], model) -> collections.Counter:
    """Counts for ``--candidates``: the unlinked policies by gold status, and each lost ``link`` pair by whether
    (and how high) the gold agent is among the policy's scored candidates."""
    d = score.Doc(gold, graph)
    counts: collections.Counter = collections.Counter()
    gold_pairs = {(d.gold_of(r["agent"]), d.gold_of(r["policy"])) for r in gold.get("announced", [])}
    announced_policies = {p for _, p in gold_pairs}
    gold_policies = {g for g, (t, _) in d.gold_forms.items() if t == "Policy"}
    targets = {str(l["target"]) for l in d._links("ANNOUNCED")}
    pred = {(d.node_to_gold.get(str(l["source"])), d.node_to_gold.get(str(l["target"])))
            for l in d._links("ANNOUNCED")}
    present = set(d.node_to_gold.values())
    for nid, n in d.nodes.items():
        if score.canon_type(n.get("type")) != "Policy" or nid in targets:
            continue
        g = d.node_to_gold.get(nid)
        cls = "announced" if g in announced_policies else "not-announced" if g in gold_policies else "not-gold"
        counts[f"unlinked-policy/{cls}"] += 1

    def gold_name(names: list[str]) -> str | None:
        forms = score.name_forms(names)
        return next((g for g, (_, gf) in d.gold_forms.items() if forms & gf), None)

    by_policy: dict[str, list[tuple[float, str | None, list[str]]]] = {}
    for r in rows:
        pol = gold_name(r["policy"])
        if pol is None:
            continue
        s = model.score(r["feats"]) if model is not None else 0.0
        by_policy.setdefault(pol, []).append((s, gold_name(r["agent"]), r["feats"]))
    for agent, policy in gold_pairs:
        if (agent, policy) in pred or agent not in present or policy not in present:
            continue
        cands = sorted(by_policy.get(policy, []), key=lambda c: -c[0])
        hit = next((k for k, c in enumerate(cands) if c[1] == agent), None)
        if hit is None:
            counts["lost-link/no-candidate"] += 1
            continue
        src = next((f[4:] for f in cands[hit][2] if f.startswith("src=")), "?")
        counts[f"lost-link/src={src}"] += 1
        for role in ("is_top_actor", "is_announcer", "is_publisher", "is_speaker", "in_lead"):
            if role in cands[hit][2]:
                counts[f"lost-link/agent-{role[3:] if role.startswith('is_') else role}"] += 1
        for cue in ("policy_new", "govc=announce", "headline", "sent_money"):
            if any(cue in c[2] for c in cands):
                counts[f"lost-link/policy-{cue.replace('govc=', 'verb-')}"] += 1
        counts[f"lost-link/rank={min(hit + 1, 3)}{'+' if hit >= 2 else ''}"] += 1
        counts[f"lost-link/of={min(len(cands), 5)}{'+' if len(cands) >= 5 else ''}"] += 1
    return counts


ORDER = ("found", "policy/near", "policy/none", "agent", "both", "link/agent-elsewhere",
         "link/policy-other-agent", "link/none", "extra/unmatched-policy", "extra/unmatched-agent", "extra/wrong-pair")


def report(total: collections.Counter) -> str:
    gold = sum(v for k, v in total.items() if not k.startswith("extra") and ":" not in k)
    lines = [f"gold announced pairs: {gold}"]
    for k in ORDER:
        if k.startswith("extra") and k == "extra/unmatched-policy":
            lines.append(f"predicted links not in gold: {sum(v for k2, v in total.items() if k2.startswith('extra') and ':' not in k2)}")
        lines.append(f"  {k:<26} {total.get(k, 0):>4}")
        for sub in sorted(x for x in total if x.startswith(k + ":") and k.startswith("policy/")):
            lines.append(f"    {sub.split(':', 1)[1]:<28} {total[sub]:>4}")
        if k == "extra/unmatched-policy":
            lines.append(f"    of which mis-spanned gold pair {total.get(k + ':mis-spanned-gold-pair', 0):>4}")
        if k.startswith("extra") or k == "found":
            for sub in sorted(x for x in total if x.startswith(k + ":") and "/" in x.split(":", 1)[1]):
                lines.append(f"    {sub.split(':', 1)[1]:<50} {total[sub]:>4}")
    lost = gold - total.get("found", 0)
    if lost:
        a = total.get("policy/near", 0) + total.get("policy/none", 0)
        b = total.get("agent", 0)
        c = sum(v for k, v in total.items() if k.startswith("link/"))
        lines.append(f"lost {lost}: (a) policy {a} ({a / lost:.0%}), (b) agent {b} ({b / lost:.0%}), "
                     f"both ends {total.get('both', 0)} ({total.get('both', 0) / lost:.0%}), (c) link {c} ({c / lost:.0%})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = score_splits.diagnostic_parser(__doc__, "pair")
    ap.add_argument("--shapes", action="store_true",
                    help="split lost policies written under an announce verb by parse shape (dependency, case, length)")
    ap.add_argument("--candidates", action="store_true",
                    help="also count the unlinked policies and where the pair scorer's candidates hold lost pairs")
    args, score, docs = score_splits.diagnostic_setup(ap, argv)
    if args.shapes:
        SHAPES.append(True)
    total: collections.Counter = collections.Counter()
    extra: collections.Counter = collections.Counter()
    from kg.extract import announce_model

    model = announce_model.load_model()
    with announce_model.using(None), announce_model.collecting() as collected:
        built = list(score_splits.built_graphs(docs)) if args.candidates else score_splits.built_graphs(docs)
        cands = {c["doc"]: c["pairs"] for c in collected}
        for doc, graph, _ in built:
            counts, rows = classify(score, doc, graph)
            total.update(counts)
            if args.candidates:
                extra.update(candidate_classes(score, doc, graph, cands.get(doc["id"], []), model))
            if args.show:
                for cause, agent, policy in rows:
                    if cause != "found":
                        print(f"{doc['id']}\t{cause}\t{agent!r} -> {policy!r}")
    print(f"# {args.split}: {len(docs)} documents")
    print(report(total))
    if args.candidates:
        print("pair-scorer candidates (scorer off; ranks by the shipped model):")
        for k in sorted(extra):
            print(f"  {k:<34} {extra[k]:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
