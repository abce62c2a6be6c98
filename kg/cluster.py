"""Extraction on a Dask cluster: ``kg build ... --dask tcp://scheduler:8786``.

The client (the ``kg build`` process) reads the inputs lazily, as a local build
does, and sends the documents to the cluster ``partition_size`` at a time, with
at most a few partitions per worker thread in flight, so it never holds the
corpus. Each worker loads the spaCy pipeline once (:class:`PipelinePlugin`),
then cleans, parses and extracts every document of a partition and sends back,
per document, its cleaned text and its journal line (or what was wrong with it).
The client writes ``texts/`` and the journal as partitions finish, in whatever
order they finish; the outputs are then assembled from the journal exactly as in
a local build (in document-id order), so graph.json, the RDF files, summary.json
and ``texts/`` are byte for byte those of a one-process build.

A task is a pure function of its documents: when a worker dies, the scheduler
runs its tasks again on another worker and the result is the same. The journal
only gets a document once its partition's result has reached the client, so a
killed client resumes with ``--resume`` like a local build.

Nothing needs to be shared between the client and the workers but the network:
documents travel to the workers in the tasks, facts come back in the results.
Every worker needs kg (the same code as the client, checked per task) and the
spaCy model.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError, KGError

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - kg without its dask extra: connect() says what to install
    WorkerPlugin = object  # type: ignore[misc,assignment]

if TYPE_CHECKING:
    from distributed import Client

    from kg.sources import SourceDocument

__all__ = ["Outcome", "PipelinePlugin", "connect", "extract_on_cluster", "extract_partition", "code_fingerprint"]

#: Partitions in flight per worker thread: one running, one queued so no worker waits for the client.
IN_FLIGHT_PER_THREAD = 2
#: Messages Dask keeps per connection for debugging in the clients kg creates (Dask's default: 1,000).
KEEP_MESSAGES = 16
#: How long to wait for the first worker to join the scheduler.
WORKER_WAIT_SECONDS = float(os.environ.get("KG_DASK_WORKER_WAIT", "120"))


@dataclass
class Outcome:
    """What a worker sends back for one document."""

    seq: int  # position in the inputs (orders failures and warnings as a local build does)
    id: str
    source: str
    sha256: str
    text: str | None = None  # the cleaned text (None when cleaning left nothing)
    line: str | None = None  # the journal line (None when the document failed)
    problem: str | None = None
    warnings: list[str] = field(default_factory=list)


# -- the code both sides must share ------------------------------------------------

_fingerprint: str | None = None


def code_fingerprint() -> str:
    """sha256 of kg's code and data plus the spaCy version: client and workers must agree for identical outputs."""
    global _fingerprint
    if _fingerprint is None:
        from importlib.metadata import version

        import kg

        root = Path(kg.__file__).resolve().parent
        digest = hashlib.sha256(f"kg {kg.__version__}; spaCy {version('spacy')}\n".encode())
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix not in (".pyc",) and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
        _fingerprint = digest.hexdigest()
    return _fingerprint


# -- the worker side ---------------------------------------------------------------

_pipelines: dict[str, Any] = {}
_pipeline_lock = threading.Lock()
_run_lock = threading.Lock()


def _model_name(model: str | None) -> str:
    from kg.nlp import DEFAULT_MODEL

    return model or DEFAULT_MODEL


def worker_pipeline(model: str | None) -> Any:
    """The worker process's pipeline for ``model``, loaded on first use and kept."""
    name = _model_name(model)
    with _pipeline_lock:
        nlp = _pipelines.get(name)
        if nlp is None:
            from kg.nlp import load_pipeline

            nlp = _pipelines[name] = load_pipeline(name)
        return nlp


class PipelinePlugin(WorkerPlugin):
    """Worker plugin: each worker loads the spaCy pipeline once, when it joins (and again after a restart)."""

    def __init__(self, model: str | None = None) -> None:
        self.model = _model_name(model)
        self.name = f"kg-pipeline-{self.model}"

    def setup(self, worker: Any) -> None:
        worker_pipeline(self.model)


#: One partition as the client sends it: (seq, id, source, sha256, title, url, published, raw text) per document.
Item = tuple[int, str, str, str, "str | None", "str | None", "str | None", str]


def extract_partition(items: list[Item], model: str | None, fingerprint: str, batch_size: int) -> list[Outcome]:
    """Clean, parse and extract one partition (runs on a worker; pure: the same items give the same outcomes)."""
    from kg.journal import record_line
    from kg.pipeline import clean_document, extract_document

    if fingerprint != code_fingerprint():
        import socket

        raise KGError(
            f"the Dask worker on {socket.gethostname()} runs other kg code than the client "
            f"(install the same kg version and spaCy on the client and every worker)"
        )
    outcomes: list[Outcome] = []
    stream: list[tuple[str, tuple[Outcome, dict[str, Any]]]] = []
    for seq, doc_id, source, sha256, title, url, published, text in items:
        outcome = Outcome(seq, doc_id, source, sha256)
        outcomes.append(outcome)
        cleaned, problem = clean_document(text)
        if cleaned is None:
            outcome.problem = problem
            continue
        outcome.text = cleaned
        # The journal's document record, as kg.pipeline.document_record makes it.
        record = {"id": doc_id, "source": source, "sha256": sha256, "title": title, "url": url, "published": published}
        stream.append((cleaned, (outcome, record)))
    if stream:
        nlp = worker_pipeline(model)
        with _run_lock:  # one partition at a time per worker process, however many threads it has
            for doc, (outcome, record) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
                facts, problem = extract_document(doc, outcome.id, record["published"])
                if facts is None:
                    outcome.problem = problem
                    continue
                outcome.line = record_line(record, facts)
                outcome.warnings = list(facts.warnings)
    return outcomes


# -- the client side ---------------------------------------------------------------

def _describe(target: Any) -> str:
    return target if isinstance(target, str) else type(target).__name__


@contextmanager
def connect(target: Any, *, model: str | None = None) -> Iterator[Client]:
    """A client of the cluster ``target`` names, with kg's pipeline plugin registered on its workers.

    ``target``: ``local`` or ``local:N`` (a :class:`distributed.LocalCluster` of N
    worker processes with one thread each, on 127.0.0.1, for this build only), a
    scheduler address (``tcp://host:8786``, ``tls://...``), a scheduler file written
    by ``dask scheduler --scheduler-file`` (``*.json``) or a connected Client.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - depends on the installation
        raise ConfigError("a Dask build needs the dask and distributed packages: pip install 'kg[dask]'") from None

    cluster = None
    client: Any
    settings = contextlib.ExitStack()
    if not isinstance(target, str):
        client = target
        owned = False
    else:
        owned = True
        # Dask keeps the last messages sent on each connection for debugging, 1,000 by default: for kg those
        # are partitions of documents, so the client's memory would grow with them up to that many. A few do.
        import dask

        settings.enter_context(dask.config.set({"distributed.admin.low-level-log-length": KEEP_MESSAGES}))
        try:
            if target == "local" or target.startswith("local:"):
                n = _local_workers(target)
                cluster = LocalCluster(
                    n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, scheduler_port=0, silence_logs=logging.CRITICAL,
                )
                client = Client(cluster)
            elif target.endswith(".json"):
                if not Path(target).is_file():
                    raise ConfigError(f"no Dask scheduler file at {target}")
                client = Client(scheduler_file=target)
            elif "://" in target or ":" in target:
                client = Client(target)  # connect timeout: distributed.comm.timeouts.connect
            else:
                raise ConfigError(
                    f"--dask takes local, local:N, a scheduler address such as tcp://host:8786 or a scheduler file, not {target!r}"
                )
        except (OSError, TimeoutError, ValueError, TypeError) as exc:  # TypeError: tls:// without TLS settings
            if cluster is not None:
                cluster.close()
            settings.close()
            raise KGError(f"cannot reach the Dask scheduler at {target} ({exc})") from None
        except BaseException:
            if cluster is not None:
                cluster.close()
            settings.close()
            raise
    try:
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        except TimeoutError:
            raise KGError(f"no Dask worker joined the scheduler at {_describe(target)} within {WORKER_WAIT_SECONDS:.0f} s") from None
        plugin = PipelinePlugin(model)
        try:
            client.register_plugin(plugin, name=plugin.name)
        except KGError:
            raise
        except Exception as exc:  # e.g. kg missing on a worker: say what every worker needs
            raise KGError(
                f"the Dask workers could not set up kg's pipeline {plugin.model!r} ({type(exc).__name__}: {exc}); "
                f"every worker needs kg[dask] at the client's version and the spaCy model"
            ) from None
        yield client
    finally:
        if owned:
            client.close()
            if cluster is not None:
                cluster.close()
        settings.close()


def _local_workers(target: str) -> int:
    if target == "local":
        return max(1, os.cpu_count() or 1)
    value = target.partition(":")[2]
    if not value.isdigit() or int(value) < 1:
        raise ConfigError(f"--dask local:N takes a number of worker processes (1 or more), not {value!r}")
    return int(value)


def _partitions(
    admitted: Iterable[tuple[int, SourceDocument]], size: int, threads: Any = lambda: 1
) -> Iterator[list[Item]]:
    """Partitions of ``size`` documents, and at the end of the inputs ever smaller ones.

    ``size * threads()`` documents are held back; once the inputs end, what is left is cut the way guided
    scheduling cuts a loop (each piece about what is left over twice the worker threads, at least
    ``size // 8``), so the workers finish together instead of one working through a last whole partition
    while the others wait. The outcomes do not depend on how documents are grouped.
    """
    held: deque[Item] = deque()
    for seq, src in admitted:
        held.append((seq, src.id, src.source, src.sha256, src.title, src.url, src.published, src.text))
        if len(held) >= size * (1 + threads()):
            yield [held.popleft() for _ in range(size)]
    smallest = max(1, size // 8)
    while held:
        n = min(len(held), size, max(smallest, -(-len(held) // (2 * threads()))))
        yield [held.popleft() for _ in range(n)]


def _threads(client: Any) -> int:
    return max(1, sum(client.nthreads().values()))


def extract_on_cluster(
    admitted: Iterable[tuple[int, SourceDocument]],
    target: Any,
    *,
    model: str | None = None,
    batch_size: int = 16,
    partition_size: int = 16,
    task: Any = None,
) -> Iterator[Outcome]:
    """Every admitted document's outcome, as the cluster finishes its partition (completion order).

    At most :data:`IN_FLIGHT_PER_THREAD` partitions per worker thread are
    submitted and not yet collected, so the client holds a bounded number of
    documents whatever the corpus size. ``task`` replaces
    :func:`extract_partition` (benchmarks time the scheduling alone with it).
    """
    from distributed import as_completed

    fn = task or extract_partition
    fingerprint = code_fingerprint()
    with connect(target, model=model) as client:
        run = uuid.uuid4().hex[:12]
        window = as_completed(with_results=False)
        state = {"submitted": 0, "pending": 0, "limit": IN_FLIGHT_PER_THREAD * _threads(client)}
        parts = _partitions(admitted, partition_size, lambda: state["limit"] // IN_FLIGHT_PER_THREAD)

        def fill() -> None:
            while state["pending"] < state["limit"]:
                part = next(parts, None)
                if part is None:
                    return
                key = f"kg-extract-{run}-{state['submitted']}"
                window.add(client.submit(fn, part, model, fingerprint, batch_size, key=key, retries=0))
                state["submitted"] += 1
                state["pending"] += 1

        fill()
        collected = 0
        for future in window:
            try:
                outcomes = future.result()
            except KGError:
                raise
            except Exception as exc:
                raise KGError(f"a Dask task failed: {type(exc).__name__}: {exc}") from exc
            finally:
                future.release()
            state["pending"] -= 1
            collected += 1
            if collected % 32 == 0:  # workers may have joined or left
                state["limit"] = IN_FLIGHT_PER_THREAD * _threads(client)
            yield from outcomes
            fill()
