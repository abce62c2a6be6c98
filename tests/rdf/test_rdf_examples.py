"""The RDF side on real builds of examples/ (real English model): SHACL, round trips, store, queries.

The shipped SPARQL queries are checked against answers computed straight from graph.json, which
states what each question means; the Cypher queries of the same names answer the same on the same build.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.ontology import node_iri
from kg.sinks.rdf import FORMATS, read_output, to_dataset, union_graph, validate
from kg.store import Store, shipped_queries

pytestmark = pytest.mark.model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, nlp):  # noqa: ANN001, ANN201
    import kg

    out = tmp_path_factory.mktemp("rdf-examples")
    result = kg.build([EXAMPLES], out=out, nlp=nlp, rdf_formats=tuple(FORMATS))
    assert result.failures == []
    return result.graph.to_networkx(), out


@pytest.fixture(scope="module")
def store(built) -> Store:  # noqa: ANN001
    G, _ = built
    st = Store()
    st.ingest(G)
    return st


def test_examples_build_into_a_non_trivial_graph(built) -> None:  # noqa: ANN001
    G, out = built
    types = {t for _, t in G.nodes(data="type")}
    assert {"Person", "Organisation", "Quote", "Statistic", "Document"} <= types
    for filename, _ in FORMATS.values():
        assert (out / filename).stat().st_size > 0, filename


def test_every_build_conforms_to_the_shapes(built) -> None:  # noqa: ANN001
    _, out = built
    result = validate(read_output(out))
    assert result.conforms, "\n".join(map(str, result.violations))


def test_every_node_has_its_iri(built) -> None:  # noqa: ANN001
    G, out = built
    from kg.ontology import KG

    g = Graph().parse(out / "graph.ttl", format="turtle")
    described = {str(o) for o in g.objects(None, KG.nodeId)}
    assert described == set(G.nodes)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_triple_files_round_trip(built, fmt: str) -> None:  # noqa: ANN001
    G, out = built
    filename, parser = FORMATS[fmt]
    assert isomorphic(Graph().parse(out / filename, format=parser), union_graph(to_dataset(G)))


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_files_round_trip_with_one_graph_per_document(built, fmt: str) -> None:  # noqa: ANN001
    G, out = built
    filename, parser = FORMATS[fmt]
    back = Dataset()
    back.parse(out / filename, format=parser)
    want = {str(c.identifier): c for c in to_dataset(G).graphs() if len(c)}
    got = {str(c.identifier): c for c in back.graphs() if len(c)}
    assert set(got) == set(want)
    docs = {node_iri(n) for n, t in G.nodes(data="type") if t == "Document"}
    assert docs <= set(got)
    for name in want:
        assert isomorphic(got[name], want[name]), name


def test_ingesting_the_build_three_times_keeps_the_same_quads(built, tmp_path: Path) -> None:  # noqa: ANN001
    G, out = built
    from kg.graph import KnowledgeGraph

    with Store(tmp_path / "store") as st:
        counts = [st.ingest(G).quads_total for _ in range(3)]
        counts.append(st.ingest(KnowledgeGraph.from_json(out / "graph.json")).quads_total)  # same build, read back
    assert counts == [counts[0]] * 4


# -- expected answers, straight from graph.json ---------------------------------------
def _edges(G: nx.MultiDiGraph, type_: str):  # noqa: ANN202
    return [(u, v, d) for u, v, d in G.edges(data=True) if d.get("type") == type_]


def test_said_about_policy_matches_graph_json(built, store: Store) -> None:  # noqa: ANN001
    G, _ = built
    expected = {
        (s, p, q, d["doc"])
        for s, q, d in _edges(G, "SAID")
        for _, p, m in G.out_edges(q, data=True)
        if m.get("type") == "MENTIONS" and G.nodes[p].get("type") == "Policy"
    }
    rows = store.query(shipped_queries()["said-about-policy"].bind()).rows
    got = {(r["speaker"], r["policy"], r["quote"], r["doc"]) for r in rows}
    assert got == {(node_iri(s), node_iri(p), node_iri(q), doc) for s, p, q, doc in expected}
    for policy in {p for _, p, _, _ in expected}:
        name = G.nodes[policy]["name"]
        one = store.query(shipped_queries()["said-about-policy"].bind({"policy": name.upper()})).rows
        assert {r["policy"] for r in one} == {node_iri(policy)}


def test_oversight_chains_match_graph_json(built, store: Store) -> None:  # noqa: ANN001
    G, _ = built
    oversees = nx.DiGraph([(u, v) for u, v, _ in _edges(G, "OVERSEES")])
    expected = {
        (node_iri(a), node_iri(b), hops)
        for a in oversees
        for b, hops in nx.single_source_shortest_path_length(oversees, a, cutoff=6).items()
        if a != b
    }
    rows = store.query(shipped_queries()["oversight-chains"].bind()).rows
    assert {(r["overseer"], r["overseen"], r["hops"]) for r in rows} == expected


def test_statistics_match_graph_json(built, store: Store) -> None:  # noqa: ANN001
    G, _ = built
    stats = {n: d for n, d in G.nodes(data=True) if d.get("type") == "Statistic"}
    rows = store.query(shipped_queries()["statistics"].bind()).rows
    assert {r["statistic"] for r in rows} == {node_iri(n) for n in stats}
    for r in rows:
        d = stats[r["statistic"][len(node_iri("")):]]
        if d.get("value") is not None:
            assert float(r["value"]) == pytest.approx(float(d["value"]))
        assert r.get("unit") == d.get("unit")
        assert r.get("measure") == d.get("measure")
    with_sentence = {u for u, _, d in _edges(G, "REPORTED_BY") if d.get("sentence")}
    for r in rows:
        if r["statistic"][len(node_iri("")):] in with_sentence:
            assert r.get("sentence")


def test_roles_match_graph_json(built, store: Store) -> None:  # noqa: ANN001
    G, _ = built
    linked = {(p, d.get("title"), o, d["doc"]) for p, o, d in _edges(G, "HOLDS_ROLE")}
    titled = {(p, d.get("title")) for p, _, d in _edges(G, "HOLDS_ROLE")}
    loose = {(n, t, None, None) for n, d in G.nodes(data=True) if d.get("type") == "Person"
             for t in d.get("titles") or [] if (n, t) not in titled}
    rows = store.query(shipped_queries()["roles"].bind()).rows
    got = {(r["person"], r.get("title"), r.get("organisation"), r.get("doc")) for r in rows}
    want = {(node_iri(p), t, node_iri(o) if o else None, doc) for p, t, o, doc in linked | loose}
    assert got == want


def test_quotes_match_graph_json(built, store: Store) -> None:  # noqa: ANN001
    G, _ = built
    expected = {(node_iri(s), G.nodes[q]["text"], d["doc"]) for s, q, d in _edges(G, "SAID")}
    rows = store.query(shipped_queries()["quotes"].bind()).rows
    assert {(r["speaker"], r["text"], r["doc"]) for r in rows} == expected


def test_fact_provenance_reaches_the_sentence(built, store: Store) -> None:  # noqa: ANN001
    G, _ = built
    with_sentence = sum(1 for _, _, d in G.edges(data=True) if d.get("sentence"))
    n = store.query(
        "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a rdf:Statement ; kg:sentence ?s ; prov:wasDerivedFrom ?d . ?d a kg:Document }"
    ).rows[0]["n"]
    assert n == with_sentence
