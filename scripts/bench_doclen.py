#!/usr/bin/env python3
"""Benchmark: does kg's time per document grow linearly with document length?

    python scripts/bench_doclen.py                     # 500, 2,000 and 8,000 words
    python scripts/bench_doclen.py --words 500 --words 16000 --repeat 3

Each document is made of the cleaned texts in examples/ laid end to end (paragraphs
rotated, numbers changed, seeded) until it has the wanted number of words. For each
length the same loaded pipeline times, on the same text:

* ``nlp``: spaCy with kg's components (``nlp(text)``);
* ``extract``: :func:`kg.extract.extract_facts` on the processed ``Doc``;
* ``build``: ``kg.build`` end to end on the file (reading, cleaning, spaCy, extraction,
  journal, graph.json, Turtle) with the pipeline already loaded.

It prints seconds and milliseconds per 1,000 words. Linear growth means ms/1k words
stays roughly flat as documents get longer; a quadratic stage (e.g. ``doc.text``,
which spaCy rebuilds from the tokens on every access, called inside a loop over
tokens or matches) shows as ms/1k words that grows with the length.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def example_paragraphs() -> list[str]:
    from kg.clean import clean_text
    from kg.sources import iter_sources

    paras: list[str] = []
    for item in iter_sources([ROOT / "examples"]):
        if hasattr(item, "text"):
            paras.extend(p for p in clean_text(item.text).text.split("\n") if p.strip())
    if not paras:
        raise SystemExit("no example texts found in examples/")
    return paras


def make_document(n_words: int, seed: int = 5) -> str:
    rng = random.Random(seed)
    paras = example_paragraphs()
    out: list[str] = []
    words = 0
    while words < n_words:
        p = re.sub(r"\b\d{2,3}\b(?![\d,.])", lambda m: str(int(m.group()) + rng.randint(1, 9)), rng.choice(paras))
        out.append(p)
        words += len(p.split())
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, action="append", help="document lengths in words (repeatable)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per length (the fastest is reported)")
    args = ap.parse_args()
    from kg.extract import extract_facts
    from kg.nlp import load_pipeline
    from kg.pipeline import build

    nlp = load_pipeline()
    nlp("Warm-up sentence about the Metropolitan Police Service in London.")
    rows = []
    for n in args.words or [500, 2000, 8000]:
        text = make_document(n)
        words = len(text.split())
        best = {"nlp": float("inf"), "extract": float("inf"), "build": float("inf")}
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = nlp(text)
            best["nlp"] = min(best["nlp"], time.perf_counter() - t0)
            t0 = time.perf_counter()
            extract_facts(doc, "bench")
            best["extract"] = min(best["extract"], time.perf_counter() - t0)
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"doc-{n}.txt"
                path.write_text(text, encoding="utf-8")
                t0 = time.perf_counter()
                result = build([path], out=Path(tmp) / "out", nlp=nlp)
                best["build"] = min(best["build"], time.perf_counter() - t0)
                if result.failures:
                    print(f"warning: {result.failures}", file=sys.stderr)
        row = {"words": words, "tokens": len(doc)}
        for k, v in best.items():
            row[f"{k}_s"] = round(v, 3)
            row[f"{k}_ms_per_1k_words"] = round(1000 * v / (words / 1000), 1)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        scale = last["words"] / first["words"]
        for k in ("nlp", "extract", "build"):
            growth = last[f"{k}_s"] / first[f"{k}_s"] if first[f"{k}_s"] else float("nan")
            print(f"{k}: x{growth:.1f} time for x{scale:.1f} words "
                  f"({'about linear' if growth < 1.6 * scale else 'faster than linear'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
