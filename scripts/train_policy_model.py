#!/usr/bin/env python3
"""Train kg's policy scorer (kg/data/models/policy_scorer.json) on the train split, and measure it.

    python scripts/train_policy_model.py                  # train on the train split, write the model
    python scripts/train_policy_model.py --cv 5           # also: 5-fold cross-validation by document
    python scripts/train_policy_model.py --cv 5 --cv-score  # ... and the reference scorer's tables, with and without
    python scripts/train_policy_model.py --check          # retrain and fail if the shipped model would change

Only the train split of eval/splits.json is read (never dev, never test). Each document is cleaned and parsed
exactly as `kg build` does; the policy rules' spans and the noun phrases around policy heads are the candidates
(kg.extract.learned); a candidate is positive when one of its names equals a gold Policy name or alias after the
reference scorer's normalisation. The model is an L2-regularised logistic regression fitted by Newton's method in
numpy (a fixed number of steps, features in sorted order, weights rounded), so the same inputs give the same bytes.

The threshold is the one that maximises policy F1 over the documents under cross-validation by document (each
document scored by a model that never saw it); `--cv-score` builds every train document with the model of the
fold that held it out and prints the reference scorer's table next to the rules-only table: the honest train
figure for a learned part.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import learned  # noqa: E402
from kg.extract.learned import PolicyModel  # noqa: E402

L2_GRID = (0.3, 1.0, 3.0, 10.0)  # ridge penalties tried (on the weights, not the bias); cross-validation picks one
STEPS = 25  # Newton steps
MIN_COUNT = 2  # a feature must occur in this many training candidates
TIE = 0.005  # cross-validated F1 differences below this are ties (recall decides)
GRID = [round(0.05 * i, 2) for i in range(2, 19)]  # thresholds tried: 0.10 .. 0.90
#: Features that name a word of the text (the head lemma, the word after the head, the first modifier, a verb
#: phrase's verb): `--features shape` trains without them, on the head's class and the other shape features only.
LEXICAL = ("head=", "src_head=", "tail=", "first=", "vp_verb=")
#: Shape features that still name a word or a character shape of the text, rare enough to fit the train documents:
#: the preposition a head hangs from (``prep=like``) and the first modifier's shape (``first_shape=Xxx``).
FINE = ("prep=", "first_shape=")
FEATURE_SETS = {"all": lambda f: True, "shape": lambda f: not f.startswith(LEXICAL),
                "coarse": lambda f: not f.startswith(LEXICAL + FINE)}


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"train_policy_model: cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def scorer_path(arg: Path | None) -> Path:
    path = arg or Path(os.environ.get("KG_SCORER") or ROOT.parent / "shared" / "eval" / "score.py")
    if not path.exists():
        raise SystemExit(f"train_policy_model: no reference scorer at {path}: pass --scorer PATH or set KG_SCORER")
    return path


def train_documents(scorer: Path) -> list[dict]:
    """The train split's documents (each text once, as eval/score_splits.py keeps them), sorted by id.

    Entries under ``../shared/`` are looked for beside the project and else beside the scorer, so a checkout
    anywhere reads the same split; a train text that is a copy of an earlier one is kept once."""
    splits = _module("kg_score_splits", ROOT / "eval" / "score_splits.py")
    spec = json.loads((ROOT / "eval" / "splits.json").read_text(encoding="utf-8"))["train"]
    docs, kept = [], []
    for entry in spec["files"]:
        rel = entry.rstrip("?")
        path = (ROOT / rel).resolve()
        if not path.exists() and rel.startswith("../shared/"):
            path = scorer.parent.parent / rel[len("../shared/"):]
        if not path.exists():
            if entry.endswith("?"):
                continue
            raise SystemExit(f"train_policy_model: {entry}: listed for train but missing")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            sh = splits.shingles(doc["text"])
            if any(splits.overlap(sh, k) >= 0.9 for k in kept):
                continue
            kept.append(sh)
            docs.append(doc)
    return sorted(docs, key=lambda d: d["id"])


def parse(docs: list[dict]):
    """Each document's text as `kg build` reads, cleans and parses it."""
    from kg.nlp import load_pipeline
    from kg.pipeline import clean_document
    from kg.sources import decode

    nlp = load_pipeline()
    texts = []
    for d in docs:
        text, _ = decode(d["text"].encode("utf-8"), f"{d['id']}.txt")
        cleaned, problem = clean_document(text)
        if cleaned is None:
            raise SystemExit(f"train_policy_model: {d['id']}: {problem}")
        texts.append(cleaned)
    return nlp, list(nlp.pipe(texts))


def examples(docs: list[dict], parsed, score, feature_set: str = "all") -> list[dict]:
    """Per document: its candidates' features (those of ``feature_set``) and labels, and the gold Policy forms."""
    keep = FEATURE_SETS[feature_set]
    from kg.extract.policies import find_policies

    out = []
    for d, doc in zip(docs, parsed):
        gold = {e["name"]: score.name_forms([e["name"], *e.get("aliases", [])])
                for e in d.get("entities", []) if score.canon_type(e["type"]) == "Policy"}
        facts = list(find_policies(doc))
        cands = learned.candidates(doc, facts, learned.framed_spans(doc))
        ctx = learned.doc_context(doc, cands)
        rows = []
        for c in cands:
            forms = score.name_forms([c.name, doc[c.start:c.end].text, *((c.fact.aliases if c.fact else ()))])
            match = sorted(g for g, gf in gold.items() if forms & gf)
            rows.append({"cand": c, "feats": [f for f in learned.features(doc, c, ctx) if keep(f)], "named": learned.proper_name(doc, c),
                         "gold": match[0] if match else None})
        out.append({"id": d["id"], "gold": sorted(gold), "rows": rows})
    return out


def spancat_examples(docs: list[dict], parsed, score, feature_set: str, k: int) -> list[dict]:
    """:func:`examples` with the span categoriser on: each document's spans scored by a span model trained on the
    other folds (the documents ``i % k != i``'s fold), as it will score documents it never saw."""
    from kg.extract import spancat

    sc_train = _module("kg_train_policy_spancat", ROOT / "scripts" / "train_policy_spancat.py")
    sc_ex = sc_train.dataset(docs, parsed, score)
    out = []
    for f in range(k):
        x, y = sc_train.stack([e for i, e in enumerate(sc_ex) if i % k != f])
        model = sc_train.fit(x, y)
        for i in range(f, len(docs), k):
            with learned.using(None), spancat.using(model):
                out.append((i, examples([docs[i]], [parsed[i]], score, feature_set)[0]))
    return [e for _, e in sorted(out, key=lambda x: x[0])]


def fit(rows: list[dict], meta: dict | None = None, threshold: float = 0.5, l2: float = 1.0) -> PolicyModel:
    """Logistic regression by Newton's method: deterministic for the same rows."""
    counts: dict[str, int] = {}
    for r in rows:
        for f in r["feats"]:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT and f != "bias")
    index = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab) + 1))
    X[:, -1] = 1.0
    y = np.array([1.0 if r["gold"] else 0.0 for r in rows])
    for i, r in enumerate(rows):
        for f in r["feats"]:
            j = index.get(f)
            if j is not None:
                X[i, j] = 1.0
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[-1] = 1e-6
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        w = w - np.linalg.solve(hess, grad)
    weights = {f: round(float(w[j]), 6) for f, j in index.items() if round(float(w[j]), 6) != 0.0}
    return PolicyModel(weights, round(float(w[-1]), 6), threshold, dict(meta or {}))


def predict(model: PolicyModel, doc_rows: list[dict], threshold: float) -> list[dict]:
    scored = [(learned.final_score(model, r["cand"], r["feats"], r["named"]), r["cand"]) for r in doc_rows]
    keep = {(c.start, c.end) for c in learned.select(scored, threshold)}
    return [r for r in doc_rows if (r["cand"].start, r["cand"].end) in keep]


def entity_counts(doc_ex: dict, kept: list[dict]) -> tuple[int, int, int]:
    """tp, fp, fn of Policy entities in one document, counted as the scorer does: one node per name."""
    names: dict[str, str | None] = {}
    for r in kept:
        names.setdefault(r["cand"].name.lower(), r["gold"])
    matched = {g for g in names.values() if g}
    tp = len(matched)
    fp = len(names) - tp
    return tp, fp, len(doc_ex["gold"]) - tp


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def folds(ex: list[dict], k: int) -> list[list[int]]:
    return [[i for i in range(len(ex)) if i % k == f] for f in range(k)]


def cross_validate(ex: list[dict], k: int, l2: float) -> tuple[list[PolicyModel], dict[float, tuple[int, int, int]]]:
    """One model per fold (trained without it) and pooled counts per threshold over the held-out documents."""
    models, totals = [], {t: (0, 0, 0) for t in GRID}
    for held in folds(ex, k):
        rows = [r for i, e in enumerate(ex) if i not in held for r in e["rows"]]
        model = fit(rows, l2=l2)
        models.append(model)
        for i in held:
            for t in GRID:
                c = entity_counts(ex[i], predict(model, ex[i]["rows"], t))
                totals[t] = tuple(a + b for a, b in zip(totals[t], c))
    return models, totals


def rules_counts(ex: list[dict]) -> tuple[int, int, int]:
    tot = (0, 0, 0)
    for e in ex:
        c = entity_counts(e, [r for r in e["rows"] if r["cand"].source == "rule"])
        tot = tuple(a + b for a, b in zip(tot, c))
    return tot


def model_bytes(model) -> bytes:
    """A model file's bytes: sorted keys, so the same training writes the same file."""
    return (json.dumps(model.to_json(), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def write_model(model: PolicyModel, path: Path) -> bytes:
    data = model_bytes(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def add_training_args(ap: argparse.ArgumentParser, out: Path, cv_help: str) -> None:
    """The options every learned part's training script takes."""
    ap.add_argument("--out", type=Path, default=out, help="where to write the model")
    ap.add_argument("--scorer", type=Path, default=None, help="the reference score.py (its normalisation labels)")
    ap.add_argument("--cv", type=int, default=5, help=cv_help)
    ap.add_argument("--check", action="store_true", help="fail if the model file differs from a fresh training")
    ap.add_argument("--gold", type=Path, action="append", default=None,
                    help="train on these annotated files instead of the train split (tests use it; never dev or test)")


def training_documents(ap: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[Path, object, list[dict]]:
    """The reference scorer's path, the scorer loaded as a module, and the documents to train on: the train split,
    or the ``--gold`` files, which may never be dev or test files (``ap.error`` otherwise)."""
    if args.cv < 2:
        ap.error("--cv needs at least 2 folds")
    refused = {(ROOT / e.rstrip("?")).resolve() for name in ("dev", "test")
               for e in json.loads((ROOT / "eval" / "splits.json").read_text(encoding="utf-8"))[name]["files"]}
    if any(p.resolve() in refused for p in args.gold or ()):
        ap.error("--gold names a dev or test file: the scorer is trained on train documents only")
    scorer = scorer_path(args.scorer)
    score = _module("kg_reference_scorer", scorer)
    docs = train_documents(scorer) if not args.gold else sorted(
        (json.loads(line) for path in args.gold for line in path.read_text(encoding="utf-8").splitlines() if line.strip()),
        key=lambda d: d["id"])
    return scorer, score, docs


def trained_on(args: argparse.Namespace) -> str:
    """The model file's note of what it was trained on."""
    return "train split of eval/splits.json" if not args.gold else \
        "given files: " + ", ".join(sorted(p.name for p in args.gold))


def write_or_check(model, weights: int, threshold: float, out: Path, check: bool, prog: str) -> int:
    """Write the model file, or with ``check`` compare it with the one on disk (exit status 1 when it differs)."""
    data = model_bytes(model)
    if check:
        current = out.read_bytes() if out.exists() else b""
        if current != data:
            print(f"{prog}: {out} differs from a fresh training", file=sys.stderr)
            return 1
        print(f"{out}: up to date")
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        print(f"wrote {out} ({weights} weights, threshold {threshold:.2f})")
    return 0


@contextmanager
def _quiet_env(**env: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def cv_score(docs: list[dict], ex: list[dict], models: list[PolicyModel], threshold: float, nlp, scorer: Path,
             k: int) -> None:
    """Build each train document with its held-out fold's model and without any, and score both sets."""
    import kg

    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        src = tmpd / "src"
        src.mkdir()
        gold = tmpd / "train.jsonl"
        gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        fold_of = {i: f for f, held in enumerate(folds(ex, k)) for i in held}
        for i, d in enumerate(docs):
            path = src / f"{d['id']}.txt"
            path.write_text(d["text"], encoding="utf-8")
            with learned.using(None):
                kg.build([str(path)], out=tmpd / "rules" / d["id"], nlp=nlp)
            with learned.using(models[fold_of[i]]._replace(threshold=threshold)):
                kg.build([str(path)], out=tmpd / "learned" / d["id"], nlp=nlp)
        for name in ("rules", "learned"):
            proc = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred-dir", str(tmpd / name)],
                                  capture_output=True, text=True, check=True)
            print(f"# train, {k}-fold cross-validation by document: {name}")
            print(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_training_args(ap, learned.MODEL_PATH, "folds for choosing the threshold (by document)")
    ap.add_argument("--cv-score", action="store_true", help="print the reference scorer's cross-validated tables")
    ap.add_argument("--features", choices=sorted(FEATURE_SETS), default="shape",
                    help="all features, or shape only: no feature naming a word of the text (default)")
    ap.add_argument("--spancat", action="store_true",
                    help="with the span categoriser's score as a feature and its proposals as candidates (each "
                         "document scored by a span model of the fold that held it out); writes "
                         "policy_scorer_spancat.json unless --out says otherwise")
    args = ap.parse_args(argv)
    if args.spancat and args.out == learned.MODEL_PATH:
        args.out = learned.SPANCAT_MODEL_PATH
    scorer, score, docs = training_documents(ap, args)
    from kg.extract import spancat

    with learned.using(None), spancat.using(None):
        nlp, parsed = parse(docs)
        if not args.spancat:
            ex = examples(docs, parsed, score, args.features)
    if args.spancat:
        ex = spancat_examples(docs, parsed, score, args.features, args.cv)
    rows = [r for e in ex for r in e["rows"]]
    npos = sum(1 for r in rows if r["gold"])
    print(f"train: {len(docs)} documents, {len(rows)} candidates, {npos} positive")

    runs = {l2: cross_validate(ex, args.cv, l2) for l2 in L2_GRID}
    # the best cross-validated F1, and of the settings within 0.005 of it (differences the folds cannot tell apart)
    # the one with the highest recall: policy recall is what unseen text lacks, and a flat F1 curve otherwise
    # jumps between thresholds far apart from one training to the next
    top = max(round(prf(*runs[l2][1][t])[2], 6) for l2 in L2_GRID for t in GRID)
    l2, best = max(((l2, t) for l2 in L2_GRID for t in GRID if prf(*runs[l2][1][t])[2] >= top - TIE),
                   key=lambda lt: (round(prf(*runs[lt[0]][1][lt[1]])[1], 6), -abs(lt[1] - 0.5), -abs(lt[0] - 1.0)))
    models, totals = runs[l2]
    print(f"{args.cv}-fold cross-validation by document, policy entities (tp fp fn  P R F1):")
    print(f"  rules only             {rules_counts(ex)}  " + "  ".join(f"{x:.3f}" for x in prf(*rules_counts(ex))))
    for t in GRID:
        mark = "  <- chosen" if t == best else ""
        print(f"  l2={l2:<4} t={t:.2f}   {totals[t]}  " + "  ".join(f"{x:.3f}" for x in prf(*totals[t])) + mark)
    for other in L2_GRID:
        f1 = max(prf(*runs[other][1][t])[2] for t in GRID)
        print(f"  l2={other:<4} best F1 {f1:.3f}")

    meta = {"trained_on": trained_on(args), "documents": len(docs), "candidates": len(rows),
            "positives": npos, "cv_folds": args.cv, "cv_policy_f1": round(prf(*totals[best])[2], 4),
            "l2": l2, "min_count": MIN_COUNT, "features": args.features, "spancat": args.spancat,
            "rebuild": "python scripts/train_policy_model.py" + (" --spancat" if args.spancat else "")}
    model = fit(rows, meta, best, l2)
    status = write_or_check(model, len(model.weights), best, args.out, args.check, "train_policy_model")
    if status:
        return status
    if args.cv_score:
        cv_score(docs, ex, models, best, nlp, scorer, args.cv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
