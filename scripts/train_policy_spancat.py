#!/usr/bin/env python3
"""Train kg's policy span categoriser (kg/data/models/policy_spancat.npz) on the train split, and measure it.

    python scripts/train_policy_spancat.py               # train on the train split, write the model
    python scripts/train_policy_spancat.py --cv 5        # also: 5-fold cross-validation by document (the default)
    python scripts/train_policy_spancat.py --check       # retrain; fail if the shipped model's scores would change

Only the train split of eval/splits.json is read (never dev, never test). Each document is cleaned and parsed
exactly as `kg build` does; the suggested spans (kg.extract.spancat.suggest) are labelled positive when their text,
normalised as the reference scorer normalises names, equals a gold Policy name or alias of the document. The
classifier (one hidden ReLU layer, sigmoid output) is fitted full-batch with Adam in float64 from a fixed seed, so
the same inputs give the same weights. The threshold is the one that maximises policy-name F1 over the held-out
documents of the cross-validation (each document scored by a model that never saw it).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kg.extract import spancat  # noqa: E402
from kg.extract.spancat import SpanModel  # noqa: E402

SEED = 0
HIDDEN = 32
EPOCHS = 150
LR = 0.01
L2 = 1e-3
POS_WEIGHT = 5.0
GRID = [round(0.05 * i, 2) for i in range(2, 19)]
#: The check's fixed set: sentences of kg's own (not from any split) whose scores the shipped model must reproduce.
CHECK_SENTENCES = (
    "The Home Office has launched the Safer Streets Fund to pay for CCTV and street lighting in Leeds.",
    "Governor Hochul signed the Clean Slate Act, which seals old conviction records after a waiting period.",
    "The council said its new youth violence strategy would be reviewed by the police and crime panel.",
    "Officers from Operation Sceptre seized 40 knives during a week of action in Birmingham.",
    "The Department of Justice announced $12 million in grants under the Community Violence Intervention program.",
)


def _train_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("kg_train_policy_model", ROOT / "scripts" / "train_policy_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def dataset(docs: list[dict], parsed, score) -> list[dict]:
    """Per document: the suggested spans, their vectors, their labels, the gold forms and the spans' names."""
    out = []
    for d, doc in zip(docs, parsed):
        gold = {e["name"]: score.name_forms([e["name"], *e.get("aliases", [])])
                for e in d.get("entities", []) if score.canon_type(e["type"]) == "Policy"}
        forms = {f: g for g, fs in gold.items() for f in fs}
        spans = spancat.suggest(doc)
        names = [score.norm(doc[a:b].text) for a, b in spans]
        y = np.array([1.0 if n in forms else 0.0 for n in names])
        x = spancat.span_vectors(doc, spans) if spans else np.zeros((0, 1))
        bare = [spancat.bare_noun(doc, a, b) for a, b in spans]
        out.append({"id": d["id"], "spans": spans, "names": names, "bare": bare, "x": x, "y": y, "gold": gold,
                    "forms": forms})
    return out


def fit(x: np.ndarray, y: np.ndarray, threshold: float = 0.5, meta: dict | None = None) -> SpanModel:
    """Adam, full batch, float64, fixed seed: deterministic for the same rows."""
    rng = np.random.default_rng(SEED)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    xs = (x - mean) / scale
    n, d = xs.shape
    w1 = rng.normal(0.0, 1.0 / np.sqrt(d), (d, HIDDEN))
    b1 = np.zeros(HIDDEN)
    w2 = rng.normal(0.0, 1.0 / np.sqrt(HIDDEN), HIDDEN)
    b2 = np.array(0.0)
    params = [w1, b1, w2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    wt = np.where(y > 0, POS_WEIGHT, 1.0)
    wt = wt / wt.sum()
    for step in range(1, EPOCHS + 1):
        h_pre = xs @ w1 + b1
        h = np.maximum(0.0, h_pre)
        z = np.clip(h @ w2 + b2, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * wt
        gw2 = h.T @ g + L2 * w2
        gb2 = g.sum()
        gh = np.outer(g, w2) * (h_pre > 0)
        gw1 = xs.T @ gh + L2 * w1
        gb1 = gh.sum(axis=0)
        for k, gr in enumerate((gw1, gb1, gw2, gb2)):
            m[k] = 0.9 * m[k] + 0.1 * gr
            v[k] = 0.999 * v[k] + 0.001 * gr * gr
            mh = m[k] / (1 - 0.9 ** step)
            vh = v[k] / (1 - 0.999 ** step)
            params[k] = params[k] - LR * mh / (np.sqrt(vh) + 1e-8)
        w1, b1, w2, b2 = params
    return SpanModel(w1, b1, w2, float(b2), mean, scale, threshold, dict(meta or {}))


def counts(doc_ex: dict, kept: list[tuple[int, int, float]]) -> tuple[int, int, int]:
    """tp, fp, fn of Policy names in one document, as the reference scorer counts entities (one per name)."""
    index = {sp: i for i, sp in enumerate(doc_ex["spans"])}
    names = {doc_ex["names"][index[(a, b)]] for a, b, _ in kept}
    matched = {doc_ex["forms"][n] for n in names if n in doc_ex["forms"]}
    fp = sum(1 for n in names if n not in doc_ex["forms"])
    return len(matched), fp, len(doc_ex["gold"]) - len(matched)


def decode(doc_ex: dict, scores: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """:func:`kg.extract.spancat.propose` over stored scores (the same order, overlaps and bare nouns left out)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], doc_ex["spans"][i][0],
                                                      -(doc_ex["spans"][i][1] - doc_ex["spans"][i][0])))
    kept: list[tuple[int, int, float]] = []
    for i in order:
        if scores[i] < threshold:
            break
        a, b = doc_ex["spans"][i]
        if doc_ex["bare"][i] or any(k0 < b and a < k1 for k0, k1, _ in kept):
            continue
        kept.append((a, b, float(scores[i])))
    return kept


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def stack(ex: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows = [e for e in ex if len(e["spans"])]
    return np.vstack([e["x"] for e in rows]), np.concatenate([e["y"] for e in rows])


def cross_validate(ex: list[dict], k: int) -> tuple[dict[float, tuple[int, int, int]], list[np.ndarray]]:
    """Pooled counts per threshold over held-out documents, and each document's held-out scores."""
    totals = {t: (0, 0, 0) for t in GRID}
    held_scores: list[np.ndarray] = [np.zeros(0)] * len(ex)
    for f in range(k):
        held = [i for i in range(len(ex)) if i % k == f]
        x, y = stack([e for i, e in enumerate(ex) if i % k != f])
        model = fit(x, y)
        for i in held:
            e = ex[i]
            s = model.score(e["x"]) if len(e["spans"]) else np.zeros(0)
            held_scores[i] = s
            for t in GRID:
                a, b, c = counts(e, decode(e, s, t))
                ta, tb, tc = totals[t]
                totals[t] = (ta + a, tb + b, tc + c)
    return totals, held_scores


def check_scores(model: SpanModel, nlp) -> list[list[float]]:
    out = []
    for doc in nlp.pipe(CHECK_SENTENCES):
        out.append([round(s, 4) for s in spancat.span_scores(doc, model).values()])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=spancat.MODEL_PATH, help="where to write the model")
    ap.add_argument("--scorer", type=Path, default=None, help="the reference score.py (its normalisation labels)")
    ap.add_argument("--cv", type=int, default=5, help="folds of the cross-validation by document (0: none)")
    ap.add_argument("--check", action="store_true",
                    help="retrain and fail if the shipped model's scores on a fixed set of sentences would change")
    args = ap.parse_args(argv)
    tm = _train_module()
    scorer = tm.scorer_path(args.scorer)
    score = tm._module("kg_reference_score", scorer)
    t0 = time.process_time()
    docs = tm.train_documents(scorer)
    nlp, parsed = tm.parse(docs)
    ex = dataset(docs, parsed, score)
    x, y = stack(ex)
    gold_total = sum(len(e["gold"]) for e in ex)
    reach = sum(len(set(e["forms"][n] for n in e["names"] if n in e["forms"])) for e in ex)
    print(f"{len(ex)} train documents, {len(y)} suggested spans, {int(y.sum())} positive; "
          f"gold policies a suggested span writes: {reach} of {gold_total}")
    threshold = 0.5
    meta: dict = {"documents": len(ex), "spans": int(len(y)), "positive": int(y.sum()), "reach": reach,
                  "gold": gold_total, "hidden": HIDDEN, "epochs": EPOCHS, "seed": SEED, "max_len": spancat.MAX_LEN}
    if args.cv:
        totals, _ = cross_validate(ex, args.cv)
        best = max(GRID, key=lambda t: (round(prf(*totals[t])[2], 3), -t))
        for t in GRID:
            p, r, f1 = prf(*totals[t])
            mark = " <-" if t == best else ""
            print(f"  cv threshold {t:.2f}: tp {totals[t][0]} fp {totals[t][1]} fn {totals[t][2]}  "
                  f"P {p:.3f} R {r:.3f} F1 {f1:.3f}{mark}")
        threshold = best
        meta["cv"] = {"folds": args.cv, "threshold": best, "tp_fp_fn": list(totals[best]),
                      "f1": round(prf(*totals[best])[2], 3)}
    model = fit(x, y, threshold, meta)
    print(f"trained in {time.process_time() - t0:.0f} CPU-seconds (parsing included); threshold {threshold}")
    if args.check:
        shipped = spancat.load_model(args.out)
        if shipped is None:
            print(f"check: no model at {args.out}")
            return 1
        a, b = check_scores(shipped, nlp), check_scores(model, nlp)
        diff = max((abs(u - v) for ra, rb in zip(a, b) for u, v in zip(ra, rb)), default=0.0)
        same = all(len(ra) == len(rb) for ra, rb in zip(a, b)) and diff <= 0.002 and \
            shipped.threshold == model.threshold
        print(f"check: largest score difference on the fixed sentences {diff:.4f}; "
              f"threshold {shipped.threshold} vs {model.threshold}: {'same' if same else 'DIFFERENT'}")
        return 0 if same else 1
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
