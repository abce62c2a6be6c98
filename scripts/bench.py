#!/usr/bin/env python3
"""Benchmark: kg end to end against bare ``nlp.pipe`` on the same corpus, in one run.

    python scripts/bench.py                      # 200 documents for the speed ratio, RSS at 1k and 10k
    python scripts/bench.py --speed-docs 500 --rss-docs 1000 --rss-docs 10000

The corpus is generated from the texts in examples/: each generated document is
one example's cleaned text with its paragraphs rotated, its numbers changed and
names swapped from a fixed list (seeded, so every run sees the same corpus). It
is written as one JSONL file and read lazily by both runs.

Speed: the same loaded pipeline (kg's components included) first runs bare
``nlp.pipe`` over the texts, then ``kg.build`` runs over the same JSONL (reading,
cleaning, extraction, journal, graph assembly, graph.json and Turtle). Both are
reported in words/s with their ratio (goal: >= 0.85). The two alternate ``--repeat``
times and the fastest run of each is compared, so a burst of load on the machine
during one run does not decide the figure; the per-run ratios are printed too.

Memory: ``kg build`` runs in a fresh child process per corpus size and reports
its peak RSS (ru_maxrss), so the sizes can be compared (goal: flat). With
``--bare-rss`` bare ``nlp.pipe`` is measured the same way, which shows how much
of any growth is spaCy's own (its string store keeps every new token string).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = [
    ("Jane Doe", "Doe"), ("Amir Khan", "Khan"), ("Ruth Calloway", "Calloway"), ("Tomasz Nowak", "Nowak"),
    ("Grace Obi", "Obi"), ("Liam Murphy", "Murphy"), ("Sofia Rossi", "Rossi"), ("Hannah Webb", "Webb"),
]


def example_texts() -> list[str]:
    from kg.clean import clean_text
    from kg.sources import iter_sources

    texts = []
    for item in iter_sources([ROOT / "examples"]):
        if hasattr(item, "text"):
            texts.append(clean_text(item.text).text)
    if not texts:
        raise SystemExit("no example texts found in examples/")
    return texts


def vary(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) > 2:
        k = rng.randrange(1, len(paras))
        paras = paras[:1] + paras[k:] + paras[1:k]
    out = "\n".join(paras)
    out = re.sub(r"\b\d{2,3}\b(?![\d,.])", lambda m: str(max(2, int(m.group()) + rng.randint(-9, 9))), out)
    full, _ = rng.choice(NAMES)
    return out.replace("Sadiq Khan", full)


def write_corpus(path: Path, n_docs: int, seed: int = 13) -> int:
    rng = random.Random(seed)
    texts = example_texts()
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n_docs):
            text = vary(texts[i % len(texts)], rng)
            words += len(text.split())
            fh.write(json.dumps({"id": f"gen-{i:06d}", "text": text}) + "\n")
    return words


def iter_texts(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]


def speed(n_docs: int, batch_size: int, repeat: int = 3) -> dict:
    """Alternate bare and kg runs ``repeat`` times; the ratio is of the fastest run of each (the least disturbed)."""
    import kg

    bare_times: list[float] = []
    full_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = write_corpus(corpus, n_docs)
        nlp = kg.load_pipeline()
        for _ in nlp.pipe(iter_texts(corpus), batch_size=batch_size):  # warm-up: first batches are slower
            break
        for r in range(repeat):
            t0 = time.perf_counter()
            for _doc in nlp.pipe(iter_texts(corpus), batch_size=batch_size):
                pass
            bare_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            result = kg.build([corpus], out=Path(tmp) / f"out{r}", nlp=nlp, batch_size=batch_size)
            full_times.append(time.perf_counter() - t0)
            assert result.documents == n_docs, result.failures[:3]
    bare, full = min(bare_times), min(full_times)
    return {
        "documents": n_docs,
        "words": words,
        "runs": repeat,
        "bare_nlp_pipe_words_per_s": round(words / bare),
        "kg_build_words_per_s": round(words / full),
        "ratio": round(bare / full, 3),
        "ratio_per_run": [round(b / f, 3) for b, f in zip(bare_times, full_times)],
    }


def child_rss(n_docs: int, batch_size: int, bare: bool = False) -> dict:
    """Run in a fresh process: build n_docs documents (or only run ``nlp.pipe`` over them) and report peak RSS."""
    import kg

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = write_corpus(corpus, n_docs)
        t0 = time.perf_counter()
        if bare:
            nlp = kg.load_pipeline()
            built = sum(1 for _ in nlp.pipe(iter_texts(corpus), batch_size=batch_size))
        else:
            result = kg.build([corpus], out=Path(tmp) / "out", batch_size=batch_size)
            built = result.documents
            assert built == n_docs, result.failures[:3]
        took = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"run": "bare nlp.pipe" if bare else "kg build", "documents": n_docs, "built": built, "words": words,
            "seconds": round(took, 1), "peak_rss_mb": round(peak_mb)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--speed-docs", type=int, default=200)
    ap.add_argument("--rss-docs", type=int, action="append", help="corpus sizes for the memory check (repeatable)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3, help="alternating bare/kg runs for the speed ratio (best of each)")
    ap.add_argument("--bare-rss", action="store_true",
                    help="also measure bare nlp.pipe's peak RSS at each size (what spaCy itself grows by)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-bare", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child_rss(args.child, args.batch_size, bare=args.child_bare)))
        return 0
    report = {"speed": speed(args.speed_docs, args.batch_size, args.repeat), "memory": []}
    print(json.dumps(report["speed"]), flush=True)
    for bare in ([False, True] if args.bare_rss else [False]):
        rows = []
        for n in args.rss_docs or [1000, 10000]:
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(n), "--batch-size", str(args.batch_size),
                 *(["--child-bare"] if bare else [])],
                capture_output=True, text=True, check=True,
            )
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(json.dumps(row), flush=True)
        report["memory"].extend(rows)
        if len(rows) >= 2:
            print(f"{rows[0]['run']}: peak RSS growth {rows[0]['documents']} -> {rows[-1]['documents']} documents: "
                  f"x{rows[-1]['peak_rss_mb'] / rows[0]['peak_rss_mb']:.2f}")
    print(f"kg/bare speed ratio: {report['speed']['ratio']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
