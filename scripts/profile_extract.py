#!/usr/bin/env python3
"""Profile kg's extraction alone: parsed ``Doc`` in, facts out, with spaCy's own cost out of the picture.

    python scripts/profile_extract.py                          # scripts/bench.py's 200 generated documents
    python scripts/profile_extract.py --profile 30             # and cProfile's top 30 functions (own time)
    python scripts/profile_extract.py eval/train-3.jsonl examples/ --profile 30 --sort cumulative
    python scripts/profile_extract.py --docs 200 --repeat 5

The documents are read, cleaned and parsed once (the same pipeline and cleaning
as ``kg build``); then extraction (:func:`kg.pipeline.extract_document`: the
rules, the learned policy scorer and the dating of statistics) runs over the
parsed documents ``--repeat`` times. It reports CPU seconds
(``time.process_time``, which other load on the machine disturbs far less than
wall-clock time) per run and per 200 documents: the fastest run and the median.
With ``--profile N`` one more run goes under cProfile and its top N functions
are printed.

Without inputs the corpus is scripts/bench.py's generated one (``--docs``
documents), so the figure is the extraction share of that benchmark.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(inputs: list[str], n_docs: int) -> list[tuple[str, str]]:
    """(id, cleaned text) of each document: the inputs', or scripts/bench.py's generated corpus."""
    from kg.pipeline import clean_document
    from kg.sources import iter_sources

    if not inputs:
        sys.path.insert(0, str(ROOT / "scripts"))
        from bench import write_corpus  # type: ignore[import-not-found]

        tmp = tempfile.mkdtemp()
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, n_docs)
        inputs = [str(corpus)]
    out = []
    for item in iter_sources(inputs):
        if not hasattr(item, "text"):
            print(f"skipped: {item}", file=sys.stderr)
            continue
        cleaned, problem = clean_document(item.text)
        if cleaned is None:
            print(f"skipped {item.id}: {problem}", file=sys.stderr)
            continue
        out.append((item.id, cleaned))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", help="files or folders as for kg build (default: the generated corpus)")
    ap.add_argument("--docs", type=int, default=200, help="generated documents when no inputs are given")
    ap.add_argument("--repeat", type=int, default=3, help="timed extraction runs over the parsed documents")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="one more run under cProfile; print its top N")
    ap.add_argument("--sort", default="tottime", help="cProfile sort key (tottime, cumulative, ncalls)")
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()

    import kg
    from kg.pipeline import extract_document

    texts = load_texts(args.inputs, args.docs)
    nlp = kg.load_pipeline()
    t0 = time.process_time()
    docs = list(zip((i for i, _ in texts), nlp.pipe((t for _, t in texts), batch_size=args.batch_size)))
    parse_cpu = time.process_time() - t0
    words = sum(len(t.split()) for _, t in texts)

    def run() -> int:
        n = 0
        for doc_id, doc in docs:
            facts, problem = extract_document(doc, doc_id)
            if facts is None:
                print(f"{doc_id}: {problem}", file=sys.stderr)
            else:
                n += len(facts.nodes) + len(facts.links)
        return n

    items = run()  # warm-up: lexicons, the learned model and regexes load on first use
    times = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        run()
        times.append(time.process_time() - t0)
    n = len(docs)
    per200 = 200 / n if n else 0.0
    print(f"{n} documents, {words} words; {items} nodes and links per run; spaCy parse {parse_cpu:.2f} s CPU "
          f"({parse_cpu * per200:.2f} s per 200 documents)")
    print("extraction CPU seconds per run: " + ", ".join(f"{t:.3f}" for t in times))
    print(f"extraction per 200 documents: fastest {min(times) * per200:.3f} s, median "
          f"{statistics.median(times) * per200:.3f} s; {1000 * min(times) / max(n, 1):.2f} ms per document; "
          f"{min(times) / parse_cpu:.3f} of spaCy's parse")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run()
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(args.sort).print_stats(args.profile)
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
