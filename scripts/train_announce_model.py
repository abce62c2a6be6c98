#!/usr/bin/env python3
"""Train kg's ANNOUNCED pair scorer (kg/data/models/announce_scorer.json) on the train split, and measure it.

    python scripts/train_announce_model.py            # train on the train split, write the model
    python scripts/train_announce_model.py --check    # retrain and fail if the shipped model would change

Only the train split of eval/splits.json is read (never dev, never test). Each document is cleaned, parsed and
extracted exactly as `kg build` does (the policy scorer on, as it runs in kg); the candidate pairs of
kg.extract.announce_model are collected after the ANNOUNCED frames ran. A candidate is positive when both its
ends carry, under the reference scorer's normalisation, the names of a gold announced pair's agent and policy.
The model is an L2-regularised logistic regression fitted by Newton's method in numpy (the same fit as the
policy scorer's: fixed steps, features in sorted order, weights rounded), so the same inputs give the same bytes.

The ridge penalty and threshold are chosen by 5-fold cross-validation by document, maximising announced-pair F1
over the held-out documents, counted as the reference scorer counts it: the frames' pairs plus the pairs the
model adds, each end matched to a gold name (gold pairs with no candidate count as misses).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import numpy as np  # noqa: F401  (the fit below is numpy's)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import announce_model  # noqa: E402
from kg.extract.announce_model import PairModel  # noqa: E402

L2_GRID = (0.3, 1.0, 3.0, 10.0)
GRID = [round(0.05 * i, 2) for i in range(2, 19)]  # thresholds tried: 0.10 .. 0.90
DECISIONS = ("pair", "policy")  # announce_model.decide


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"train_announce_model: cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


POLICY_TRAINER = _module("kg_train_policy_model", ROOT / "scripts" / "train_policy_model.py")


def examples(docs: list[dict], parsed, score) -> list[dict]:
    """Per document: the gold pairs, and each candidate's features, pair key and gold label."""
    from kg.extract import extract_facts

    out = []
    for d, doc in zip(docs, parsed):
        gold_forms = {e["name"]: score.name_forms([e["name"], *e.get("aliases", [])])
                      for e in d.get("entities", []) if score.canon_type(e["type"]) != "Statistic"}

        def gold_of(names):
            forms = score.name_forms(names)
            return next((g for g, gf in gold_forms.items() if forms & gf), None)

        gold = {(gold_of([r["agent"]]) or r["agent"], gold_of([r["policy"]]) or r["policy"])
                for r in d.get("announced", [])}
        with announce_model.collecting() as got:
            extract_facts(doc, d["id"])
        rows = []
        for p in (got[0]["pairs"] if got else []):
            ends = (gold_of(p["agent"]) or "?" + p["agent_id"], gold_of(p["policy"]) or "?" + p["policy_id"])
            rows.append({"key": (p["agent_id"], p["policy_id"]), "ends": ends, "feats": p["feats"],
                         "gold": ends in gold, "rule": "rule_link" in p["feats"]})
        out.append({"id": d["id"], "gold": gold, "rows": rows})
    return out


def predict(model, e: dict, threshold: float, decision: str = "pair") -> set:
    """The pairs (in gold names) the document gets: the frames' and those the model adds, by ``decision``:
    ``pair`` links every pair scoring at the threshold, ``policy`` gives each policy no frame links its
    best-scoring agent when that score reaches the threshold (``announce_model.decide``)."""
    best: dict[tuple, float] = {}
    ends: dict[tuple, tuple] = {}
    pred = set()
    framed = set()
    for r in e["rows"]:
        ends[r["key"]] = r["ends"]
        if r["rule"]:
            pred.add(r["ends"])
            framed.add(r["key"][1])
        if model is not None:
            s = model.score(r["feats"])
            best[r["key"]] = max(best.get(r["key"], 0.0), s)
    if decision != "policy":
        return pred | {ends[k] for k, s in best.items() if s >= threshold}
    top: dict[str, tuple[float, tuple]] = {}
    for k, s in sorted(best.items()):
        if k[1] not in framed and s >= threshold and (k[1] not in top or s > top[k[1]][0]):
            top[k[1]] = (s, ends[k])
    return pred | {end for _, end in top.values()}


def counts(e: dict, pred: set) -> tuple[int, int, int]:
    tp = len(pred & e["gold"])
    return tp, len(pred) - tp, len(e["gold"]) - tp


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def cross_validate(ex: list[dict], k: int, l2: float):
    """Pooled held-out counts per (decision, threshold)."""
    totals = {(d, t): (0, 0, 0) for d in DECISIONS for t in GRID}
    for held in POLICY_TRAINER.folds(ex, k):
        rows = [r for i, e in enumerate(ex) if i not in held for r in e["rows"]]
        m = POLICY_TRAINER.fit(rows, l2=l2)
        for i in held:
            for d, t in totals:
                totals[(d, t)] = add(totals[(d, t)], counts(ex[i], predict(m, ex[i], t, d)))
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    POLICY_TRAINER.add_training_args(ap, announce_model.MODEL_PATH,
                                     "folds for choosing the penalty and threshold (by document)")
    args = ap.parse_args(argv)
    _, score, docs = POLICY_TRAINER.training_documents(ap, args)
    with announce_model.using(None):
        _, parsed = POLICY_TRAINER.parse(docs)
        ex = examples(docs, parsed, score)
    rows = [r for e in ex for r in e["rows"]]
    npos = sum(1 for r in rows if r["gold"])
    ngold = sum(len(e["gold"]) for e in ex)
    reach = sum(len(e["gold"] & {r["ends"] for r in e["rows"]}) for e in ex)
    print(f"train: {len(docs)} documents, {len(rows)} candidates, {npos} positive; "
          f"{ngold} gold pairs, {reach} with a candidate")

    rules = (0, 0, 0)
    for e in ex:
        rules = add(rules, counts(e, predict(None, e, 1.0)))
    runs = {l2: cross_validate(ex, args.cv, l2) for l2 in L2_GRID}
    prf = POLICY_TRAINER.prf
    l2, decision, best = max(((l2, d, t) for l2 in L2_GRID for d in DECISIONS for t in GRID),
                             key=lambda c: (round(prf(*runs[c[0]][(c[1], c[2])])[2], 6), c[1] == "pair", c[2],
                                            -abs(c[0] - 1.0)))
    print(f"{args.cv}-fold cross-validation by document, announced pairs (tp fp fn  P R F1):")
    print(f"  frames only            {rules}  " + "  ".join(f"{x:.3f}" for x in prf(*rules)))
    for d in DECISIONS:
        for t in GRID:
            mark = "  <- chosen" if (d, t) == (decision, best) else ""
            print(f"  l2={l2:<4} {d:<6} t={t:.2f}   {runs[l2][(d, t)]}  "
                  + "  ".join(f"{x:.3f}" for x in prf(*runs[l2][(d, t)])) + mark)
    for other in L2_GRID:
        for d in DECISIONS:
            print(f"  l2={other:<4} {d:<6} best F1 {max(prf(*runs[other][(d, t)])[2] for t in GRID):.3f}")

    meta = {"trained_on": POLICY_TRAINER.trained_on(args), "documents": len(docs),
            "candidates": len(rows), "positives": npos, "cv_folds": args.cv, "decision": decision,
            "cv_announced_f1": round(prf(*runs[l2][(decision, best)])[2], 4),
            "frames_only_f1": round(prf(*rules)[2], 4),
            "l2": l2, "min_count": POLICY_TRAINER.MIN_COUNT, "rebuild": "python scripts/train_announce_model.py"}
    fitted = POLICY_TRAINER.fit(rows, meta, best, l2)
    model = PairModel(fitted.weights, fitted.bias, best, meta)
    return POLICY_TRAINER.write_or_check(model, len(model.weights), best, args.out, args.check, "train_announce_model")

if __name__ == "__main__":
    sys.exit(main())
