#!/usr/bin/env python3
"""Benchmark: the cost of the registry's size in ``kg_entities``, as ratios within one run.

    python scripts/bench_registry.py                       # examples/ texts, 5 rounds
    python scripts/bench_registry.py --docs 400 --rounds 7 --baseline-entries 183

``kg_entities`` (kg's entity marker) finds every registry name and alias and every title with one PhraseMatcher
pass, and ``registry().lookup`` is a dict lookup, so a larger registry should cost no more per document. This script
checks that: it builds the marker twice on the same loaded model, once from the whole registry and once from a
registry cut to its first ``--baseline-entries`` entries (the registry's size before session 10 by default), runs
both over the same tokenised documents (fresh copies each round, rounds alternating, the fastest round of each
kept), and prints microseconds per document for each, their ratio, and what the larger registry adds as a share
of one full ``nlp.pipe`` pass over the same texts (goal: < 0.005, no measurable cost per document). A larger
registry also finds more names, and each found name costs a span: the ratio of the marker alone is above 1 for
that reason; what matters to a build is the added share.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def texts(n: int) -> list[str]:
    from kg.clean import clean_text
    from kg.sources import iter_sources

    found = [clean_text(item.text).text for item in iter_sources([ROOT / "examples"]) if hasattr(item, "text")]
    if not found:
        raise SystemExit("no example texts found in examples/")
    return [found[i % len(found)] for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--baseline-entries", type=int, default=183)
    args = ap.parse_args(argv)

    import kg
    from kg.extract import lexicon
    from kg.nlp.components import EntityMarker

    nlp = kg.load_pipeline()
    full_reg = lexicon.registry()
    small_reg = lexicon.Registry(full_reg.entries[: args.baseline_entries], full_reg.patterns)
    full = EntityMarker(nlp, "kg_entities_full")
    with mock.patch.object(lexicon, "registry", lambda: small_reg):
        small = EntityMarker(nlp, "kg_entities_small")
    corpus = texts(args.docs)

    def run(marker: EntityMarker) -> float:
        docs = [nlp.make_doc(t) for t in corpus]
        t0 = time.perf_counter()
        for d in docs:
            marker(d)
        return time.perf_counter() - t0

    best = {"full": float("inf"), "small": float("inf")}
    for r in range(args.rounds):
        for name, marker in (("full", full), ("small", small)) if r % 2 == 0 else (("small", small), ("full", full)):
            best[name] = min(best[name], run(marker))
    t0 = time.perf_counter()
    for _ in nlp.pipe(corpus):
        pass
    pipe = time.perf_counter() - t0

    n = len(corpus)
    print(f"registry entries: full {len(full_reg.entries)}, baseline {len(small_reg.entries)}; {n} documents, "
          f"{args.rounds} rounds (fastest kept)")
    print(f"kg_entities, full registry:     {best['full'] / n * 1e6:8.1f} us/doc")
    print(f"kg_entities, baseline registry: {best['small'] / n * 1e6:8.1f} us/doc")
    print(f"ratio full/baseline (the marker alone): {best['full'] / best['small']:.3f}")
    print(f"one nlp.pipe pass: {pipe / n * 1e3:.1f} ms/doc; the marker's share {best['full'] / pipe:.4f}; "
          f"added by the larger registry {(best['full'] - best['small']) / pipe:.5f} (goal < 0.005)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
