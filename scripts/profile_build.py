#!/usr/bin/env python3
"""Where ``kg build`` spends CPU beyond bare ``nlp.pipe``: process CPU per stage, as a share of spaCy's.

    python scripts/profile_build.py                                  # scripts/bench.py's 200 generated documents
    python scripts/profile_build.py eval/train-3.jsonl eval/train-4.jsonl eval/train-5.jsonl examples/ --times 3
    python scripts/profile_build.py --repeat 5 --json

The inputs are read and cleaned once for the bare run; then, ``--repeat`` times and
alternating, (a) bare ``nlp.pipe`` runs over the cleaned texts with the same loaded
pipeline and batch size as the build, and (b) ``kg.build`` runs over the inputs
into a fresh output folder. Both are timed with ``time.process_time`` (this
process's CPU, which other load on a shared machine disturbs far less than wall
time), and during (b) every stage's *own* CPU is charged to it: the functions
of each stage are wrapped by a timer that keeps a stack, so a stage called
inside another (cleaning inside spaCy's pull of the next text, resolution
inside extraction) is taken out of its caller's figure.

Stages: reading (the sources), cleaning, spaCy (``nlp.pipe`` itself), extraction
(the rules; resolution and the dating of statistics apart), resolution
(:mod:`kg.resolve`), texts/ (the cleaned texts), the journal (facts.jsonl
written, then read back in document-id order), graph assembly (each
document's graph), graph.json, RDF, the entity index, digest.md, summary.json,
and the rest of ``kg.build`` (its loop, the ledger). Each is printed per
200 documents, fastest and median over the runs, and as a share of bare
``nlp.pipe``'s CPU; the last line is the CPU ratio bare / kg (what
``scripts/bench.py`` measures in wall time).

``--times N`` repeats the inputs N times (each copy under its own ids), so a
small corpus gives a steadier figure. The wrappers cost a little CPU of their
own (a few microseconds per call), charged to the stage they wrap.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

STAGES = (
    "reading", "cleaning", "spaCy (nlp.pipe)", "extraction", "resolution", "dating statistics", "texts/",
    "journal write", "journal replay", "graph assembly", "graph.json", "RDF", "entity index", "digest.md",
    "summary.json", "rest of kg.build",
)


class StageClock:
    """Own CPU per stage: a stack of the stages running, each switch charging the time since the last one."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.stack: list[str] = ["rest of kg.build"]
        self.last = time.process_time()

    def _switch(self) -> None:
        now = time.process_time()
        self.cpu[self.stack[-1]] += now - self.last
        self.last = now

    def enter(self, stage: str) -> None:
        self._switch()
        self.stack.append(stage)

    def leave(self) -> None:
        self._switch()
        self.stack.pop()

    def func(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed

    def gen(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Iterator[Any]]:
        """A generator function whose every step (``next``) is charged to ``stage``."""

        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            self.enter(stage)
            try:
                it = iter(fn(*args, **kwargs))
            finally:
                self.leave()
            while True:
                self.enter(stage)
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    self.leave()
                yield item

        return timed


class Patches:
    """Set attributes for one run and put them back afterwards."""

    def __init__(self) -> None:
        self.saved: list[tuple[Any, str, Any]] = []

    _ABSENT = object()

    def set(self, owner: Any, name: str, value: Any) -> None:
        self.saved.append((owner, name, vars(owner).get(name, self._ABSENT)))
        setattr(owner, name, value)

    def undo(self) -> None:
        for owner, name, value in reversed(self.saved):
            if value is self._ABSENT:
                delattr(owner, name)  # an instance attribute over the class's method
            else:
                setattr(owner, name, value)
        self.saved.clear()


def instrument(clock: StageClock, nlp: Any) -> Patches:
    import kg.digest
    import kg.extract
    import kg.extract.periods
    import kg.journal
    import kg.pipeline
    import kg.resolve
    import kg.sinks.rdf
    import kg.stream
    from kg.graph import KnowledgeGraph

    p = Patches()
    pl = kg.pipeline
    p.set(pl, "iter_sources", clock.gen("reading", pl.iter_sources))
    p.set(pl, "clean_document", clock.func("cleaning", pl.clean_document))
    original_write = pl._atomic_write

    def atomic_write(path: Path, text: str) -> None:
        stage = "summary.json" if path.name == "summary.json" else "texts/"
        clock.func(stage, original_write)(path, text)

    p.set(pl, "_atomic_write", atomic_write)
    p.set(nlp, "pipe", clock.gen("spaCy (nlp.pipe)", nlp.pipe))
    p.set(pl, "extract_document", clock.func("extraction", pl.extract_document))
    p.set(kg.extract, "cluster", clock.func("resolution", kg.extract.cluster))
    for name in ("__init__", "entity_at", "recent", "issuer", "resolve_token", "resolve_span", "in_quote"):
        p.set(kg.resolve.Resolver, name, clock.func("resolution", kg.resolve.Resolver.__dict__[name]))
    p.set(kg.extract.periods, "date_statistics", clock.func("dating statistics", kg.extract.periods.date_statistics))
    p.set(kg.journal.Journal, "append", clock.func("journal write", kg.journal.Journal.append))
    p.set(kg.journal.Journal, "close", clock.func("journal write", kg.journal.Journal.close))
    p.set(pl, "replay", clock.gen("journal replay", pl.replay))
    for name in ("add_document", "add_facts", "node_link_data", "to_networkx", "documents"):
        p.set(KnowledgeGraph, name, clock.func("graph assembly", KnowledgeGraph.__dict__[name])
              if name != "documents" else property(clock.func("graph assembly", KnowledgeGraph.__dict__[name].fget)))
    so = kg.stream.StreamedOutputs
    p.set(so, "add", clock.func("graph assembly", so.add))
    p.set(so, "__init__", clock.func("graph.json", so.__init__))
    p.set(so, "_spool", clock.func("graph.json", so._spool))
    p.set(so, "_fold", clock.func("entity index", so._fold))
    p.set(so, "close", clock.func("graph.json", so.close))
    sw = kg.sinks.rdf.StreamWriter
    p.set(sw, "__init__", clock.func("RDF", sw.__init__))
    p.set(sw, "add", clock.func("RDF", sw.add))
    p.set(sw, "close", clock.func("RDF", sw.close))
    p.set(kg.digest, "write_digest", clock.func("digest.md", kg.digest.write_digest))
    return p


def read_inputs(inputs: list[str], n_docs: int, times: int, tmp: Path) -> tuple[Path, list[str]]:
    """One JSONL of the inputs (``times`` copies, ids made unique) and the cleaned texts of its documents."""
    from kg.pipeline import clean_document
    from kg.sources import iter_sources

    corpus = tmp / "corpus.jsonl"
    if not inputs:
        sys.path.insert(0, str(ROOT / "scripts"))
        from bench import write_corpus  # type: ignore[import-not-found]

        generated = tmp / "generated.jsonl"
        write_corpus(generated, n_docs)
        inputs = [str(generated)]
    records = []
    for item in iter_sources(inputs):
        if hasattr(item, "text"):
            records.append({"id": item.id, "text": item.text, **item.meta()})
    texts = []
    with corpus.open("w", encoding="utf-8") as fh:
        for copy in range(times):
            for rec in records:
                fh.write(json.dumps({**rec, "id": rec["id"] if times == 1 else f"{copy}/{rec['id']}"}) + "\n")
                cleaned, _ = clean_document(rec["text"])
                if cleaned is not None:
                    texts.append(cleaned)
    return corpus, texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", help="files or folders as for kg build (default: scripts/bench.py's corpus)")
    ap.add_argument("--docs", type=int, default=200, help="generated documents when no inputs are given")
    ap.add_argument("--times", type=int, default=1, help="copies of the inputs in the corpus")
    ap.add_argument("--repeat", type=int, default=3, help="alternating bare and kg runs")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = ap.parse_args()

    import kg

    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        corpus, texts = read_inputs(args.inputs, args.docs, args.times, tmp)
        n, words = len(texts), sum(len(t.split()) for t in texts)
        nlp = kg.load_pipeline()
        for _ in nlp.pipe(texts[:32], batch_size=args.batch_size):  # warm-up
            pass
        kg.build([corpus], out=tmp / "warm", nlp=nlp, batch_size=args.batch_size)  # lexicons, models, regexes
        shutil.rmtree(tmp / "warm")
        bare: list[float] = []
        totals: list[float] = []
        runs: list[dict[str, float]] = []
        for r in range(args.repeat):
            t0 = time.process_time()
            for _doc in nlp.pipe(texts, batch_size=args.batch_size):
                pass
            bare.append(time.process_time() - t0)
            clock = StageClock()
            patches = instrument(clock, nlp)
            try:
                t0 = clock.last = time.process_time()
                result = kg.build([corpus], out=tmp / f"out{r}", nlp=nlp, batch_size=args.batch_size)
                clock._switch()
                totals.append(time.process_time() - t0)
            finally:
                patches.undo()
            assert result.documents == n, (result.documents, n, result.failures[:3])
            runs.append(dict(clock.cpu))
            shutil.rmtree(tmp / f"out{r}")

    per200 = 200 / n
    base = min(bare)
    print(f"{n} documents, {words} words, {args.repeat} alternating runs; CPU seconds per 200 documents "
          f"(fastest, median) and as a share of bare nlp.pipe's fastest")
    print(f"{'stage':<22} {'fastest':>8} {'median':>8} {'share':>7}")
    print(f"{'bare nlp.pipe':<22} {base * per200:8.3f} {statistics.median(bare) * per200:8.3f} {1:7.3f}")
    figures: dict[str, Any] = {"documents": n, "words": words, "bare": bare, "kg": totals, "stages": {}}
    for stage in STAGES:
        values = [run.get(stage, 0.0) for run in runs]
        figures["stages"][stage] = values
        print(f"{stage:<22} {min(values) * per200:8.3f} {statistics.median(values) * per200:8.3f} "
              f"{min(values) / base:7.3f}")
    over = [t - run.get("spaCy (nlp.pipe)", 0.0) for t, run in zip(totals, runs)]
    print(f"{'kg build, total':<22} {min(totals) * per200:8.3f} {statistics.median(totals) * per200:8.3f} "
          f"{min(totals) / base:7.3f}")
    print(f"{'kg beyond spaCy':<22} {min(over) * per200:8.3f} {statistics.median(over) * per200:8.3f} "
          f"{min(over) / base:7.3f}")
    spacy_in_kg = [run.get("spaCy (nlp.pipe)", 0.0) for run in runs]
    print(f"spaCy inside kg.build / bare nlp.pipe: {min(spacy_in_kg) / base:.3f} (fastest), "
          f"{statistics.median(spacy_in_kg) / statistics.median(bare):.3f} (median)")
    print(f"CPU ratio bare nlp.pipe / kg build: {base / min(totals):.3f} (fastest), "
          f"{statistics.median(bare) / statistics.median(totals):.3f} (median); per run "
          + ", ".join(f"{b / t:.3f}" for b, t in zip(bare, totals)))
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
