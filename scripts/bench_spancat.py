#!/usr/bin/env python3
"""CPU cost of the policy span categoriser against the English pipeline's own cost, in the same process.

    python scripts/bench_spancat.py                 # the train split's documents, three rounds
    python scripts/bench_spancat.py --rounds 5

Parses the train split's documents with kg's pipeline (nlp.pipe), then runs the span categoriser
(kg.extract.spancat: suggest, span vectors, classifier, proposals) over the same parses, and prints both CPU
times (process time, best of the rounds) and their ratio: the share of nlp.pipe's CPU the categoriser adds.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    import importlib.util

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--scorer", type=Path, default=None)
    args = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("kg_train_policy_model", ROOT / "scripts" / "train_policy_model.py")
    tm = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tm)  # type: ignore[union-attr]
    from kg.extract import spancat
    from kg.nlp import load_pipeline

    docs = tm.train_documents(tm.scorer_path(args.scorer))
    texts = [d["text"] for d in docs]
    nlp = load_pipeline()
    model = spancat.load_model()
    if model is None:
        raise SystemExit("bench_spancat: no shipped model")
    parsed = list(nlp.pipe(texts[:4]))  # warm up
    pipe_cpu, sc_cpu = [], []
    for _ in range(args.rounds):
        t = time.process_time()
        parsed = list(nlp.pipe(texts))
        pipe_cpu.append(time.process_time() - t)
        t = time.process_time()
        for doc in parsed:
            spancat.propose(doc, model, scores=spancat.span_scores(doc, model))
        sc_cpu.append(time.process_time() - t)
    p, s = min(pipe_cpu), min(sc_cpu)
    words = sum(len(d) for d in parsed)
    print(f"{len(parsed)} documents, {words} tokens")
    print(f"nlp.pipe CPU      {p:.2f} s ({1000 * p / len(parsed):.1f} ms per document)")
    print(f"span categoriser  {s:.2f} s ({1000 * s / len(parsed):.1f} ms per document)")
    print(f"ratio             {s / p:.3f} of nlp.pipe CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
