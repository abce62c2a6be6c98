#!/usr/bin/env python3
"""Score kg on each evaluation split: one table per split, one line of F1 per split at the end.

    python eval/score_splits.py                      # train and dev
    python eval/score_splits.py --split train --show-errors
    python eval/score_splits.py --split test --final # the frozen test split: once, at the end of a session

The splits are listed in eval/splits.json:

* train: read the errors, write rules from them;
* dev:   tune on the aggregate scores only (``--show-errors`` is refused);
* test:  frozen. Never read for errors (``--show-errors`` is refused), scored only with ``--final``, which
  appends the table with the date and the commit to eval/test-log.md, so every look at it is on record.

The scorer is the reference ``score.py`` (``--scorer``, ``$KG_SCORER``, or ``../shared/eval/score.py`` beside the
project); each split's files are joined into one gold file and scored in one call, so the table is micro-averaged
over the split's documents.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ROOT / "eval" / "splits.json"
TEST_LOG = ROOT / "eval" / "test-log.md"
LAST = re.compile(r"^overall P ([\d.]+) R ([\d.]+) F1 ([\d.]+)$", re.M)


def split_files(name: str, required: bool = True) -> list[Path]:
    """The gold files of a split; an optional file (marked `?`) that is absent is skipped."""
    spec = json.loads(SPLITS.read_text(encoding="utf-8"))[name]
    files: list[Path] = []
    for entry in spec["files"]:
        optional = entry.endswith("?")
        path = (ROOT / entry.rstrip("?")).resolve()
        if path.exists():
            files.append(path)
        elif required and not optional:
            raise SystemExit(f"score_splits: {entry}: listed in {SPLITS.name} for {name!r} but missing")
    return files


def shingles(text: str) -> frozenset:
    words = re.findall(r"\w+", text.lower())
    return frozenset(tuple(words[i:i + 5]) for i in range(max(0, len(words) - 4)))


def overlap(a: frozenset, b: frozenset) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def documents(name: str, required: bool) -> list[tuple[Path, int, dict]]:
    return [(path, lineno, json.loads(line))
            for path in split_files(name, required)
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip()]


def assemble(names: list[str]) -> dict[str, list[dict]]:
    """Each split's documents, with copies of one text kept once, in the earliest split.

    The same text can sit in two sets (the reference dev set shares texts with kg's older sets); a copy is
    scored where it was first read, so a text read for errors in train never counts in dev or test. A test
    document that shares most of its text with a train or dev document is refused outright.
    """
    kept: list[tuple[str, str, frozenset]] = []
    out: dict[str, list[dict]] = {}
    for name in ("train", "dev", "test"):
        docs = []
        for path, lineno, doc in documents(name, name in names):
            sh = shingles(doc["text"])
            twin = next(((s, i, o) for s, i, k in kept if (o := overlap(sh, k)) >= 0.5), None)
            if twin and name == "test" and twin[0] != "test":
                raise SystemExit(f"score_splits: {path}:{lineno}: {doc['id']!r} shares {twin[2]:.0%} of its text "
                                 f"with {twin[1]!r} in {twin[0]}: a test document must be unseen")
            if twin and twin[2] >= 0.9:
                print(f"# {name}: {doc['id']} is a copy of {twin[1]} ({twin[0]}): scored there", file=sys.stderr)
                continue
            if any(doc["id"] == i for _, i, _ in kept):
                raise SystemExit(f"score_splits: {path}:{lineno}: id {doc['id']!r} is used twice")
            kept.append((name, doc["id"], sh))
            docs.append(doc)
        out[name] = docs
    return {n: out[n] for n in names}


_NLP: list = []


def build_each(docs: list[dict], pred: Path) -> Path:
    """PRED/<id>/graph.json for each document, as `kg build FILE --out PRED/<id>` writes it, with one pipeline."""
    import kg
    from kg.nlp import load_pipeline

    if not _NLP:
        _NLP.append(load_pipeline())
    src = pred.parent / "src"
    src.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        path = src / f"{doc['id']}.txt"
        path.write_text(doc["text"], encoding="utf-8")
        kg.build([str(path)], out=pred / doc["id"], nlp=_NLP[0])
    return pred


def reference_scorer(given: Path | None = None) -> Path:
    """The reference score.py: ``given``, else ``$KG_SCORER``, else ``../shared/eval/score.py`` beside the project."""
    return given or Path(os.environ.get("KG_SCORER") or ROOT.parent / "shared" / "eval" / "score.py")


def load_module(name: str, path: Path):
    """A script that is no package (score.py, this file) imported from its path, for the diagnostic scripts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def diagnostic_parser(description: str | None, show_what: str) -> argparse.ArgumentParser:
    """The arguments every error diagnostic takes: ``--split`` (train or dev), ``--scorer`` and ``--show``, which
    lists each ``show_what`` and is refused for dev (dev is read by its totals)."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="train")
    ap.add_argument("--scorer", type=Path, default=None, help="the reference score.py")
    ap.add_argument("--show", action="store_true", help=f"list each {show_what} (train only)")
    return ap


def diagnostic_setup(ap: argparse.ArgumentParser, argv: list[str] | None):
    """``(arguments, the reference scorer as a module, the split's gold documents)`` for a diagnostic built by
    :func:`diagnostic_parser`; a bad call (``--show`` on dev, no scorer) ends in ``ap.error``."""
    args = ap.parse_args(argv)
    if args.show and args.split != "train":
        ap.error("--show is for the train split only: dev is read by its totals")
    scorer = reference_scorer(args.scorer)
    if not scorer.exists():
        ap.error(f"no scorer at {scorer}: pass --scorer PATH or set KG_SCORER")
    score = load_module("kg_reference_scorer", scorer)
    return args, score, assemble([args.split])[args.split]


def print_sections(split: str, n_docs: int, out: dict, examples: dict[str, list], per_class: int) -> None:
    """A diagnostic's counts, section by section and most common class first, each with up to ``per_class``
    example lines (which the diagnostics give for the train split only)."""
    print(f"# {split}: {n_docs} documents")
    for section, counts in out.items():
        print(f"{section}:")
        for cls, n in counts.most_common():
            print(f"  {n:5d}  {cls}")
            for line in examples.get(cls, [])[:per_class]:
                print(f"         {line}")


def built_graphs(docs: list[dict]):
    """``(document, graph, build directory)`` for each gold document, built as ``--fast`` builds it (one pipeline);
    a document whose build wrote no graph.json gets an empty graph. The builds are removed when the loop ends."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = build_each(docs, Path(tmp) / "pred")
        for doc in docs:
            path = pred / doc["id"] / "graph.json"
            graph = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"nodes": [], "links": []}
            yield doc, graph, pred / doc["id"]


def commit() -> str:
    """The commit of the kg being scored (the checkout its package is imported from, in --fast mode)."""
    where = ROOT
    try:
        import kg

        where = Path(kg.__file__).resolve().parent.parent
    except ImportError:
        pass
    try:
        out = subprocess.run(["git", "-C", str(where), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", action="append", choices=["train", "dev", "test"],
                    help="split to score (repeatable; default: train and dev)")
    ap.add_argument("--scorer", type=Path, default=None, help="the reference score.py")
    ap.add_argument("--show-errors", action="store_true", help="list misses and extras (train only)")
    ap.add_argument("--final", action="store_true", help="required to score the frozen test split")
    ap.add_argument("--cmd", default=None, help="builder command template passed to score.py")
    ap.add_argument("--fast", action="store_true",
                    help="build every document in this process with one loaded pipeline (kg.build per document, "
                         "the same graph as `kg build` gives) and score the graphs with score.py --pred-dir")
    args = ap.parse_args(argv)

    splits = args.split or ["train", "dev"]
    if args.show_errors and set(splits) - {"train"}:
        ap.error("--show-errors is for the train split only: dev is read by its totals, test not at all")
    if "test" in splits and not args.final:
        ap.error("the test split is frozen: score it once, at the end of a session, with --final")
    scorer = reference_scorer(args.scorer)
    if not scorer.exists():
        ap.error(f"no scorer at {scorer}: pass --scorer PATH or set KG_SCORER")

    summary = []
    for name, docs in assemble(splits).items():
        n = len(docs)
        words = sum(len(d["text"].split()) for d in docs)
        with tempfile.TemporaryDirectory() as tmp:
            gold = Path(tmp) / f"{name}.jsonl"
            gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
            argv = [sys.executable, str(scorer), "--gold", str(gold)]
            if args.fast:
                argv += ["--pred-dir", str(build_each(docs, Path(tmp) / "pred"))]
            elif args.cmd:
                argv += ["--cmd", args.cmd]
            if args.show_errors:
                argv.append("--show-errors")
            print(f"# {name}: {n} documents, {words} words", flush=True)
            # the scorer matches roles and quotes in the order it iterates sets of strings: a fixed hash seed
            # makes the same graphs give the same table on every run
            proc = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        sys.stdout.write(proc.stdout)
        if proc.stderr:
            sys.stderr.write(proc.stderr)
        if proc.returncode != 0:
            print(f"score_splits: the scorer failed on {name} (exit {proc.returncode})", file=sys.stderr)
            return 1
        match = LAST.search(proc.stdout)
        summary.append(f"{name:<6} {n:>4} documents  F1 {match.group(3) if match else '?'}")
        if name == "test":
            stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
            with TEST_LOG.open("a", encoding="utf-8") as log:
                log.write(f"\n## {stamp}, commit {commit()}, {n} documents\n\n```\n{proc.stdout.strip()}\n```\n")
        print()
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
