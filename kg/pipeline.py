"""Orchestration: sources -> cleaning -> spaCy (``nlp.pipe``) -> facts -> the graph hub -> files.

The pipeline is loaded once per run and documents flow through ``nlp.pipe``
in batches. A document that cannot be read, or that holds no article text once
boilerplate is gone, is recorded as a failure (``path: what was wrong``) and the
others go on.
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.clean import clean_text
from kg.errors import InputError, KGError
from kg.graph import KnowledgeGraph
from kg.journal import JOURNAL_NAME, Journal, replay
from kg.model import DocumentFacts
from kg.sources import DEFAULT_MAX_BYTES, SourceDocument, iter_sources
from kg.stream import StreamedOutputs

DEFAULT_BATCH_SIZE = 16
#: spaCy refuses longer texts by default; kg refuses them with a clear message instead.
MAX_DOCUMENT_CHARS = 1_000_000


@dataclass
class Failure:
    """One input that could not be built."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass
class BuildResult:
    """What :func:`build` returns: the graph and an account of the run.

    A build with an output folder streams its outputs and never holds the whole
    graph; ``graph`` then reads it back from ``graph.json`` on first use.
    """

    _graph: KnowledgeGraph | None = None
    documents: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    resumed: int = 0  # documents an earlier, interrupted build had finished
    graph_file: Path | None = None
    _counts: dict[str, dict[str, int]] | None = None

    @property
    def graph(self) -> KnowledgeGraph:
        if self._graph is None:
            self._graph = KnowledgeGraph.from_json(self.graph_file) if self.graph_file else KnowledgeGraph()
        return self._graph

    @property
    def ok(self) -> bool:
        return not self.failures

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes and links per type (without loading a streamed graph)."""
        return self._counts if self._counts is not None else self.graph.counts()

    def summary(self) -> dict[str, Any]:
        counts = self.counts()
        return {
            "documents": self.documents,
            "resumed": self.resumed,
            "nodes": counts["nodes"],
            "links": counts["links"],
            "seconds": round(self.seconds, 3),
            "failures": [{"path": f.path, "problem": f.problem} for f in self.failures],
            "warnings": self.warnings,
        }


def _prepared(
    sources: Iterable[SourceDocument | InputError],
    result: BuildResult,
    texts_dir: Path | None,
    journal: Journal | None,
) -> Iterator[tuple[str, SourceDocument]]:
    """Clean each readable document; record failures; write cleaned texts as they come."""
    for item in sources:
        if isinstance(item, InputError):
            result.failures.append(Failure(item.path, item.problem))
            continue
        if journal is not None and journal.is_done(item.id, item.sha256):
            result.resumed += 1
            continue
        result.warnings.extend(item.warnings)
        if len(item.text) > 2 * MAX_DOCUMENT_CHARS:  # refuse before cleaning spends minutes on it
            result.failures.append(Failure(item.source, _too_long(len(item.text))))
            continue
        cleaned = clean_text(item.text).text
        if not cleaned.strip():
            result.failures.append(Failure(item.source, "no article text left after removing boilerplate"))
            continue
        if len(cleaned) > MAX_DOCUMENT_CHARS:
            result.failures.append(Failure(item.source, _too_long(len(cleaned))))
            continue
        if texts_dir is not None:
            _atomic_write(texts_dir / f"{item.id}.txt", cleaned)
        yield cleaned, item


def build(
    inputs: Iterable[str | Path] | str | Path,
    *,
    out: str | Path | None = None,
    nlp: Any = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    on_document: Callable[[str], None] | None = None,
    rdf_formats: Iterable[str] = ("ttl",),
    resume: bool = False,
    base: str | None = None,
) -> BuildResult:
    """Build a knowledge graph from files, folders, JSONL or ``-`` (stdin).

    With ``out``, each finished document's facts go to ``facts.jsonl`` at once
    (see :mod:`kg.journal`), then ``graph.json``, ``graph.ttl``, ``summary.json``
    and the cleaned texts (``texts/<doc id>.txt``) are written into that folder.
    ``resume=True`` keeps the documents an earlier, interrupted build of the same
    folder finished and builds only the rest.

    >>> result = build(["examples/"], out="out/")  # doctest: +SKIP
    >>> result.graph.counts()["nodes"]["Person"]  # doctest: +SKIP
    """
    from kg.extract import extract_facts
    from kg.extract.periods import date_statistics

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    started = time.perf_counter()
    out_dir = Path(out) if out is not None else None
    texts_dir = None
    journal = None
    if out_dir is not None:
        texts_dir = out_dir / "texts"
        texts_dir.mkdir(parents=True, exist_ok=True)
        journal = Journal(out_dir, resume=resume)
    result = BuildResult(KnowledgeGraph() if out_dir is None else None)
    try:
        if nlp is None:
            from kg.nlp import load_pipeline

            nlp = load_pipeline(model) if model else load_pipeline()
        stream = _prepared(iter_sources(inputs, stdin=stdin, max_bytes=max_bytes), result, texts_dir, journal)
        for doc, src in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
            try:
                facts = extract_facts(doc, src.id)
                facts.warnings.extend(date_statistics(facts.nodes, src.published, src.id))
            except KGError as exc:
                result.failures.append(Failure(src.source, str(exc)))
                continue
            record = {"id": src.id, "source": src.source, "sha256": src.sha256, **src.meta()}
            if journal is not None:
                journal.append(record, facts)
            else:
                _add(result.graph, record, facts)
            result.warnings.extend(facts.warnings)
            result.documents += 1
            if on_document is not None:
                on_document(src.id)
    finally:
        if journal is not None:
            journal.close()
    if out_dir is not None:
        # The outputs are assembled from the journal in document-id order, so an
        # interrupted-and-resumed build gives exactly the graph of a clean one; they
        # are streamed a document at a time, so memory does not grow with the corpus.
        outputs = StreamedOutputs(out_dir, rdf_formats=rdf_formats, base=base)
        try:
            for record, facts in replay(out_dir / JOURNAL_NAME):
                outputs.add(record, facts)
            outputs.close()
        except BaseException:
            outputs.abort()
            raise
        result.documents = outputs.documents
        result.graph_file = out_dir / "graph.json"
        result._counts = outputs.counts()
        result.seconds = time.perf_counter() - started
        _atomic_write(out_dir / "summary.json", json.dumps(result.summary(), indent=2, ensure_ascii=False) + "\n")
    result.seconds = time.perf_counter() - started
    return result


def _too_long(chars: int) -> str:
    return f"{chars:,} characters of text, over the {MAX_DOCUMENT_CHARS:,} kg takes in one document; split it"


def _add(graph: KnowledgeGraph, record: dict[str, Any], facts: DocumentFacts) -> None:
    meta = {k: v for k, v in record.items() if k not in ("id", "source", "sha256")}
    graph.add_document(record["id"], source=record["source"], sha256=record["sha256"], **meta)
    graph.add_facts(facts)


def write_outputs(
    result: BuildResult, out_dir: Path, *, rdf_formats: Iterable[str] = ("ttl",), base: str | None = None
) -> list[Path]:
    """graph.json, the RDF serialisations and summary.json, each written atomically."""
    from kg.sinks import rdf

    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / "graph.json"]
    tmp = out_dir / ".graph.json.tmp"
    result.graph.write_json(tmp)
    os.replace(tmp, written[0])
    options = {"base": base} if base else {}
    written.extend(rdf.write(result.graph.to_networkx(), out_dir, formats=tuple(rdf_formats), **options))
    summary = out_dir / "summary.json"
    _atomic_write(summary, json.dumps(result.summary(), indent=2, ensure_ascii=False) + "\n")
    written.append(summary)
    return written


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


__all__ = ["build", "BuildResult", "Failure", "write_outputs", "DEFAULT_BATCH_SIZE"]
