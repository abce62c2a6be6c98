#!/usr/bin/env python3
"""How many gold policies kg's policy candidates hold, on a split: the ceiling the learned scorer works under.

    python scripts/policy_coverage.py --split train           # counts, and each train miss with its shape
    python scripts/policy_coverage.py --split dev             # counts only (dev is never read for errors)

For every gold Policy of the split's documents (the documents eval/score_splits.py scores, each text once) it
counts whether some candidate of kg.extract.learned holds one of its names (after the reference scorer's
normalisation), whether a span the shipped scorer keeps does, or no candidate at all; and, for the gold policies no
candidate holds, the shape of their name in the text (title case, a lower-case noun phrase, a verb phrase, not
written verbatim). Only `--split train` lists the misses themselves; dev prints counts and nothing from its
documents; the test split is refused.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import score_splits  # noqa: E402  (eval/ is no package)



def verbatim(doc, forms: set[str], norm):
    """The first token span of ``doc`` that writes one of ``forms`` (normalised names), longest form first."""
    words = [t for t in doc]
    low = [norm(t.text) for t in words]
    best = None
    for f in sorted(forms, key=len, reverse=True):
        parts = f.split()
        n = len(parts)
        for i in range(len(words) - n + 1):
            if " ".join(x for x in low[i:i + n] if x) == f or " ".join(low[i:i + n]).split() == parts:
                best = doc[i:i + n]
                break
        if best is not None:
            break
    return best


def shape(doc, forms: set[str], norm) -> str:
    """The shape of a gold policy name as the text writes it: where one of its forms occurs as a token span, the
    class of that span (title case, with a figure, lower-case noun phrase with a preposition, verb-led, ...)."""
    best = verbatim(doc, forms, norm)
    if best is None:
        return "not verbatim"
    alpha = [t for t in best if t.is_alpha and t.lower_ not in {"of", "for", "and", "on", "the", "to", "in"}]
    title = [t for t in alpha if t.is_title or t.is_upper]
    if alpha and len(title) == len(alpha):
        kind = "title case"
    elif title:
        kind = "mixed case"
    elif best[0].pos_ in {"VERB", "AUX"}:
        kind = "verb-led"
    else:
        kind = "lower-case NP"
    if any(t.dep_ == "prep" or t.pos_ == "ADP" for t in best[1:]):
        kind += " + prep"
    if any(t.like_num for t in best):
        kind += " + figure"
    if len(best) == 1:
        kind += " (1 word)"
    return kind


def parse_shape(best) -> list[str]:
    """Count-only classes of a name's token span in the parse: the recogniser's label over it, what its last
    word is (a policy head of kg's lists, another noun, a proper noun, ...), its length, and the dependency of its
    root. Nothing of the text itself."""
    from kg.extract import learned

    doc = best.doc
    out = []
    ents = {e.label_ for e in doc.ents if e.start < best.end and best.start < e.end}
    exact = [e.label_ for e in doc.ents if e.start == best.start and e.end == best.end]
    out.append("entity " + (f"{exact[0]} (exact)" if exact else ("/".join(sorted(ents)) + " (overlap)" if ents
                                                                  else "none")))
    last = best[-1]
    lemma = learned.head_lemma(last)
    if lemma in learned.HEADS:
        kind = "a HEADS noun"
    elif lemma in learned.TITLE_HEADS:
        kind = "a TITLE_HEADS noun" + (" (title case)" if last.is_title else " (lower case)")
    elif lemma in learned.MEASURE_HEADS:
        kind = "a MEASURE_HEADS noun"
    else:
        kind = f"another {last.pos_}"
    out.append("last word " + kind)
    out.append("root dep " + best.root.dep_)
    n = len([t for t in best if not t.is_punct])
    out.append("length " + ("1" if n == 1 else "2-3" if n <= 3 else "4-6" if n <= 6 else "7+"))
    sents = list(doc.sents)
    out.append("in the first 3 sentences " + ("yes" if best.sent.start <= sents[min(2, len(sents) - 1)].start
                                              else "no"))
    return out


def near_miss(best, cands) -> list[str]:
    """For a gold name written verbatim that no candidate holds: how the nearest candidate (one overlapping it,
    most shared tokens) differs at each end, by the part of speech / dependency of the words it adds or lacks."""
    over = [c for c in cands if c.start < best.end and best.start < c.end]
    if not over:
        return ["nearest: no candidate overlaps"]
    doc = best.doc
    c = max(over, key=lambda c: (min(c.end, best.end) - max(c.start, best.start), -abs(c.end - best.end)))
    out = []
    if c.start < best.start:
        out.append("nearest starts earlier, adds first " + doc[c.start].pos_ + "/" + doc[c.start].dep_)
    elif c.start > best.start:
        f = doc[best.start]
        out.append("nearest starts later, lacks first " + f.pos_ + "/" + f.dep_)
        gap = doc[c.start - 1]
        out.append(f"  lacks {c.start - best.start} word(s), the last {gap.pos_}/{gap.dep_}"
                   + (" capitalised" if gap.text[:1].isupper() else "") + (", nearest is a " + c.source))
        if f.like_num:
            nxt = doc[best.start + 1] if best.start + 1 < len(doc) else f
            out.append("  lacks a number: " + ", ".join([
                "a year" if re.fullmatch(r"(?:19|20)\d\d", f.text) else ("digits" if f.text[:1].isdigit() else "a word"),
                "hyphened" if nxt.text == "-" else "spaced", "head " + f.head.pos_ + "/" + f.head.dep_,
                "next capitalised" if nxt.text[:1].isupper() or (nxt.text == "-" and doc[nxt.i + 1].text[:1].isupper())
                else "next lower case", f"{c.start - best.start} word(s) lacking"]))
    if c.end > best.end:
        out.append("nearest ends later, adds " + doc[best.end].pos_ + "/" + doc[best.end].dep_)
    elif c.end < best.end:
        out.append("nearest ends earlier, lacks " + doc[c.end].pos_ + "/" + doc[c.end].dep_)
    if c.start == best.start and c.end == best.end:
        out.append("nearest: same tokens, other name")
    return out


def boundary(held, kept, gf, forms_of) -> str:
    """How the kept spans relate to a gold policy some candidate holds but no kept span does: a kept span overlaps
    a holding candidate and is longer, shorter or shifted; or no kept span overlaps it (the scorer dropped it)."""
    for c in held:
        over = [k for k in kept if k.start < c.end and c.start < k.end]
        for k in over:
            if k.start <= c.start and k.end >= c.end:
                return "kept a longer span"
            if k.start >= c.start and k.end <= c.end:
                return "kept a shorter span"
            return "kept a shifted span"
    return "no kept span overlaps (dropped)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="train")
    ap.add_argument("--scorer", type=Path, default=None)
    args = ap.parse_args(argv)
    scorer = score_splits.reference_scorer(args.scorer)
    if not scorer.exists():
        ap.error(f"no scorer at {scorer}: pass --scorer PATH or set KG_SCORER")
    score = score_splits.load_module("kg_reference_scorer", scorer)
    docs = score_splits.assemble([args.split])[args.split]

    from kg.extract import learned
    from kg.extract.policies import find_policies
    from kg.nlp import load_pipeline
    from kg.pipeline import clean_document
    from kg.sources import decode

    nlp = load_pipeline()
    texts = []
    for d in docs:
        text, _ = decode(d["text"].encode("utf-8"), f"{d['id']}.txt")
        texts.append(clean_document(text)[0] or "")
    model = learned.load_model()
    tally: Counter = Counter()
    shapes: Counter = Counter()
    by_source: Counter = Counter()
    misses = []
    parse_shapes: Counter = Counter()
    bounds: Counter = Counter()
    boundary_cases = []
    for d, doc in zip(docs, nlp.pipe(texts)):
        with learned.using(None):
            facts = list(find_policies(doc))
        cands = learned.candidates(doc, facts, learned.framed_spans(doc))
        kept = learned.select(learned.scored(doc, facts, model), model.threshold) if model else []
        kept_keys = {(c.start, c.end) for c in kept}

        def forms_of(c):
            return score.name_forms([c.name, doc[c.start:c.end].text, *(c.fact.aliases if c.fact else ())])

        cforms = [(c, forms_of(c)) for c in cands]
        for e in d.get("entities", []):
            if score.canon_type(e["type"]) != "Policy":
                continue
            gf = score.name_forms([e["name"], *e.get("aliases", [])])
            held = [c for c, f in cforms if f & gf]
            tally["gold"] += 1
            if not held:
                tally["no candidate"] += 1
                sh = shape(doc, gf, score.norm)
                shapes[sh] += 1
                misses.append((d["id"], e["name"], sh))
                best = verbatim(doc, gf, score.norm)
                if best is not None:
                    for k in parse_shape(best) + near_miss(best, cands):
                        parse_shapes[k] += 1
                continue
            tally["held by a candidate"] += 1
            for src in sorted({c.source for c in held}):
                by_source[src] += 1
            if any((c.start, c.end) in kept_keys for c in held):
                tally["held by a kept span"] += 1
            else:
                how = boundary(held, kept, gf, forms_of)
                bounds[how] += 1
                over = [k.name for c in held for k in kept if k.start < c.end and c.start < k.end]
                boundary_cases.append((d["id"], e["name"], how, sorted(set(over))))
        tally["candidates"] += len(cands)
        tally["kept spans"] += len(kept)
    print(f"# {args.split}: {len(docs)} documents")
    for k in ("gold", "held by a candidate", "held by a kept span", "no candidate", "candidates", "kept spans"):
        print(f"{k:<22} {tally[k]}")
    print("gold held, by candidate source: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())))
    print("gold held by no candidate, by shape in the text:")
    for k, v in shapes.most_common():
        print(f"  {v:>4}  {k}")
    print("gold held by no candidate but written verbatim, by parse (counts):")
    for k, v in sorted(parse_shapes.items()):
        print(f"  {v:>4}  {k}")
    print("gold held by a candidate but by no kept span, by what was kept instead:")
    for k, v in bounds.most_common():
        print(f"  {v:>4}  {k}")
    if args.split == "train":
        print("train gold policies no candidate holds:")
        for i, name, sh in sorted(misses, key=lambda m: (m[2], m[0])):
            print(f"  [{sh}] {i}: {name}")
        print("train gold policies a candidate holds but no kept span does (kept instead):")
        for i, name, how, over in sorted(boundary_cases, key=lambda m: (m[2], m[0])):
            print(f"  [{how}] {i}: {name}" + (f"  <- {over}" if over else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
