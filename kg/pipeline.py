"""Orchestration: sources -> cleaning -> spaCy (``nlp.pipe``) -> facts -> the graph hub -> files.

The pipeline is loaded once per run and documents flow through ``nlp.pipe``
in batches. A document that cannot be read, or that holds no article text once
boilerplate is gone, is recorded as a failure (``path: what was wrong``) and the
others go on.
"""
from __future__ import annotations

import errno
import gc
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.clean import clean_text
from kg.errors import ConfigError, InputError, KGError, SinkError
from kg.graph import KnowledgeGraph
from kg.journal import JOURNAL_NAME, Journal, from_record, replay
from kg.model import DocumentFacts, doc_key
from kg.sources import DEFAULT_MAX_BYTES, SourceDocument, iter_sources
from kg.stream import StreamedOutputs

DEFAULT_BATCH_SIZE = 16
#: Documents per Dask task (``--partition-size``).
DEFAULT_PARTITION_SIZE = 16
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
    on_failure: Callable[[Failure], None] | None = field(default=None, repr=False, compare=False)
    on_resumed: Callable[[str], None] | None = field(default=None, repr=False, compare=False)

    def fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        if self.on_failure is not None:
            self.on_failure(failure)

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


class _Ledger:
    """Failures and warnings in input order, whatever order the documents finish in.

    Each entry is keyed by the document's position in the inputs (and, for
    warnings, by stage: reading before extraction), so summary.json lists them
    the same way for one process, ``--processes N``, any ``--batch-size`` and a
    Dask cluster.
    """

    def __init__(self, result: BuildResult) -> None:
        self.result = result
        self._failure_keys: list[int] = []
        self._warning_keys: list[tuple[int, int]] = []

    def fail(self, seq: int, path: str, problem: str) -> None:
        self.result.fail(Failure(path, problem))
        self._failure_keys.append(seq)

    def warn(self, seq: int, stage: int, warnings: Iterable[str]) -> None:
        for warning in warnings:
            self.result.warnings.append(warning)
            self._warning_keys.append((seq, stage))

    def settle(self) -> None:
        """Put the failures and warnings in input order (stable within one document)."""
        result = self.result
        if len(self._failure_keys) == len(result.failures):
            order = sorted(range(len(result.failures)), key=self._failure_keys.__getitem__)
            result.failures[:] = [result.failures[i] for i in order]
        if len(self._warning_keys) == len(result.warnings):
            order = sorted(range(len(result.warnings)), key=self._warning_keys.__getitem__)
            result.warnings[:] = [result.warnings[i] for i in order]


READ, EXTRACT = 0, 1  # the stages a warning comes from, in the order summary.json lists them


def _admitted(
    sources: Iterable[SourceDocument | InputError],
    result: BuildResult,
    ledger: _Ledger,
    journal: Journal | None,
) -> Iterator[tuple[int, SourceDocument]]:
    """Each readable document not finished by an earlier build, with its position in the inputs.

    Unreadable inputs and documents too long to clean are recorded as failures here.
    """
    for seq, item in enumerate(sources):
        if isinstance(item, InputError):
            ledger.fail(seq, item.path, item.problem)
            continue
        if journal is not None and journal.is_done(item.id, item.sha256):
            result.resumed += 1
            if result.on_resumed is not None:
                result.on_resumed(item.id)
            continue
        ledger.warn(seq, READ, item.warnings)
        if len(item.text) > 2 * MAX_DOCUMENT_CHARS:  # refuse before cleaning spends minutes on it
            ledger.fail(seq, item.source, _too_long(len(item.text)))
            continue
        yield seq, item


def clean_document(text: str) -> tuple[str | None, str | None]:
    """The cleaned text of one document, or the problem that leaves nothing to build: ``(text, None)`` or ``(None, problem)``."""
    cleaned = clean_text(text).text
    if not cleaned.strip():
        return None, "no article text left after removing boilerplate"
    if len(cleaned) > MAX_DOCUMENT_CHARS:
        return None, _too_long(len(cleaned))
    return cleaned, None


def extract_document(doc: Any, doc_id: str, published: Any = None) -> tuple[DocumentFacts | None, str | None]:
    """The facts of one parsed document, or why they could not be extracted.

    Each statistic's period is resolved to dates here (:func:`kg.extract.periods.date_statistics`), relative
    periods against ``published``, the document's publication date.
    """
    from kg.extract import extract_facts
    from kg.extract.periods import date_statistics

    try:
        facts = extract_facts(doc, doc_id)
        facts.warnings.extend(date_statistics(facts.nodes, published, doc_id))
        return facts, None
    except KGError as exc:
        return None, str(exc)


def document_record(src: SourceDocument) -> dict[str, Any]:
    """The document's entry in the journal and graph.json: id, source, sha256, title, url, published."""
    return {"id": src.id, "source": src.source, "sha256": src.sha256, **src.meta()}


def _prepared(
    admitted: Iterable[tuple[int, SourceDocument]],
    ledger: _Ledger,
    texts_dir: Path | None,
) -> Iterator[tuple[str, tuple[int, SourceDocument]]]:
    """Clean each admitted document; record failures; write cleaned texts as they come."""
    for seq, item in admitted:
        cleaned, problem = clean_document(item.text)
        if cleaned is None:
            ledger.fail(seq, item.source, problem or "")
            continue
        if texts_dir is not None:
            # Never the id itself: a safe, unique file name derived from it (kg.model.doc_key).
            with _writing(texts_dir):
                _atomic_write(texts_dir / f"{doc_key(item.id)}.txt", cleaned)
        yield cleaned, (seq, item)


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
    dask: Any = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_phase: Callable[[str], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_resumed: Callable[[str], None] | None = None,
    digest_top: int | None = None,
) -> BuildResult:
    """Build a knowledge graph from files, folders, JSONL or ``-`` (stdin).

    With ``out``, each finished document's facts go to ``facts.jsonl`` at once
    (see :mod:`kg.journal`), then ``graph.json``, ``graph.ttl``, ``summary.json``
    and the cleaned texts (``texts/<doc key>.txt``, see :func:`kg.model.doc_key`) are written
    into that folder. An output that cannot be written raises :class:`~kg.errors.SinkError`
    naming the file and the reason.
    ``resume=True`` keeps the documents an earlier, interrupted build of the same
    folder finished and builds only the rest. ``digest.md`` (see :mod:`kg.digest`) is
    written from graph.json, with ``digest_top`` groups per section (default 25).

    ``dask`` runs cleaning, spaCy and extraction on a Dask cluster instead of
    in this process: a scheduler address (``tcp://host:8786``), a scheduler
    file (``.json``), ``"local"``/``"local:N"`` for a
    :class:`distributed.LocalCluster` of N worker processes, or a connected
    :class:`distributed.Client`. Documents are sent ``partition_size`` at a time
    and the outputs are the same as a one-process build (see :mod:`kg.cluster`).

    >>> result = build(["examples/"], out="out/")  # doctest: +SKIP
    >>> result.graph.counts()["nodes"]["Person"]  # doctest: +SKIP
    """
    if digest_top is not None:
        from kg.digest import check_top

        check_top(digest_top)

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if dask is not None and (n_process != 1 or nlp is not None):
        raise ConfigError("a Dask build runs spaCy on the workers: it takes neither n_process nor a loaded nlp")
    if partition_size < 1:
        raise ConfigError(f"partition_size must be at least 1, not {partition_size}")
    started = time.perf_counter()
    out_dir = Path(out) if out is not None else None
    texts_dir = None
    journal = None
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            raise SinkError(f"{out_dir}: --out is a file, not a folder")
        texts_dir = out_dir / "texts"
        with _writing(out_dir):
            texts_dir.mkdir(parents=True, exist_ok=True)
            journal = Journal(out_dir, resume=resume)
    result = BuildResult(KnowledgeGraph() if out_dir is None else None, on_failure=on_failure, on_resumed=on_resumed)
    ledger = _Ledger(result)
    try:
        admitted = _admitted(iter_sources(inputs, stdin=stdin, max_bytes=max_bytes), result, ledger, journal)
        if dask is not None:
            from kg.cluster import extract_on_cluster

            outcomes = extract_on_cluster(
                admitted, dask, model=model, batch_size=batch_size, partition_size=partition_size
            )
            with closing(outcomes):  # the client (and a local cluster) end with the build, even on an error
                for outcome in outcomes:
                    if outcome.text is not None and texts_dir is not None:
                        with _writing(texts_dir):
                            _atomic_write(texts_dir / f"{doc_key(outcome.id)}.txt", outcome.text)
                    if outcome.problem is not None:
                        ledger.fail(outcome.seq, outcome.source, outcome.problem)
                        continue
                    assert outcome.line is not None
                    if journal is not None:
                        with _writing(out_dir):
                            journal.append_line(outcome.line)
                    else:
                        _add(result.graph, *from_record(json.loads(outcome.line)))
                    ledger.warn(outcome.seq, EXTRACT, outcome.warnings)
                    result.documents += 1
                    if on_document is not None:
                        on_document(outcome.id)
        else:
            if nlp is None:
                from kg.nlp import load_pipeline

                nlp = load_pipeline(model) if model else load_pipeline()
            stream = _prepared(admitted, ledger, texts_dir)
            with _gc_frozen():
                for doc, (seq, src) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
                    facts, problem = extract_document(doc, src.id, src.published)
                    if facts is None:
                        ledger.fail(seq, src.source, problem or "")
                        continue
                    record = document_record(src)
                    if journal is not None:
                        with _writing(out_dir):
                            journal.append(record, facts)
                    else:
                        _add(result.graph, record, facts)
                    ledger.warn(seq, EXTRACT, facts.warnings)
                    result.documents += 1
                    if on_document is not None:
                        on_document(src.id)
    finally:
        ledger.settle()
        if journal is not None:
            with _writing(out_dir):
                journal.close()
    if out_dir is not None:
        # The outputs are assembled from the journal in document-id order, so an
        # interrupted-and-resumed build gives exactly the graph of a clean one; they
        # are streamed a document at a time, so memory does not grow with the corpus.
        if on_phase is not None:
            on_phase("writing")
        with _writing(out_dir), _gc_frozen():
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
            if on_phase is not None:
                on_phase("writing digest.md")
            from kg.digest import DEFAULT_TOP, write_digest

            write_digest(result.graph_file, out_dir / "digest.md", top=digest_top or DEFAULT_TOP)
            result.seconds = time.perf_counter() - started
            _atomic_write(out_dir / "summary.json", json.dumps(result.summary(), indent=2, ensure_ascii=False) + "\n")
    result.seconds = time.perf_counter() - started
    return result


@contextmanager
def _gc_frozen() -> Iterator[None]:
    """The objects alive before a phase of the build (the loaded pipeline, kg's lexicons and registry: about
    150,000) kept out of the garbage collector's full passes while it runs (:func:`gc.freeze`), so that those
    passes scan only what the build made: a full pass over them took about 0.1 s of CPU every few hundred
    documents. Nothing frozen is lost: it is handed back to the collector afterwards. Left alone when something
    else in the process has frozen objects (a server that forks workers, say)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _writing:
    """Turn an OSError while writing into the output folder into one SinkError naming file and reason."""

    def __init__(self, out_dir: Path | None) -> None:
        self.out_dir = out_dir

    def __enter__(self) -> None:
        return None

    def __exit__(self, typ: Any, exc: BaseException | None, tb: Any) -> bool:
        if isinstance(exc, OSError) and not isinstance(exc, (BrokenPipeError, InterruptedError)):
            raise _sink_error(exc, self.out_dir) from None
        return False


def _sink_error(exc: OSError, out_dir: Path | None) -> SinkError:
    where = exc.filename if exc.filename else out_dir
    reason = exc.strerror or str(exc)
    if exc.errno == errno.EFBIG:
        reason += " (the file size limit, ulimit -f)"
    return SinkError(f"{where}: cannot write the build output: {reason}")


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


__all__ = ["build", "BuildResult", "Failure", "write_outputs", "clean_document", "extract_document", "document_record", "DEFAULT_BATCH_SIZE", "DEFAULT_PARTITION_SIZE"]
