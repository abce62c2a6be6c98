#!/usr/bin/env python3
"""Benchmark: load and query a kg-shaped graph of >= 1M triples in the Oxigraph store and in rdflib's Memory store.

Generates a synthetic hub graph (documents with quotes, statistics, roles, oversight links and
mentions, drawn from shared pools of people, organisations, policies and places), turns it into RDF
with kg's own sink, writes it as N-Quads, then in the same run:

* loads it into ``kg.store.Store`` (Oxigraph on disk, the path ``kg build --store`` takes) and into an
  rdflib ``Dataset`` (Memory store), timing each;
* runs the same SPARQL on both (a 2-hop count, and kg's shipped queries), timing each and checking
  both give the same number of rows.

Usage:
    python scripts/bench_rdf.py                 # ~1.1M triples
    python scripts/bench_rdf.py --docs 300      # quick run
    python scripts/bench_rdf.py --json out.json
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.graph import KnowledgeGraph  # noqa: E402
from kg.model import DocumentFacts, Link, Mention, Node, doc_scoped_id, entity_id  # noqa: E402
from kg.sinks.rdf import PREFIXES, to_dataset  # noqa: E402
from kg.store import Store, shipped_queries  # noqa: E402

WORDS = ("armed", "patrol", "knife", "crime", "county", "lines", "drug", "safer", "streets", "violence",
         "youth", "fund", "taskforce", "stop", "search", "custody", "review", "operation", "serious", "reduction")
CUES = ("say", "tell", "stress", "add", "according to", "warn")


def _name(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).title()


def generate(docs: int, seed: int = 7) -> nx.MultiDiGraph:
    """A kg-shaped hub graph; about 370 triples per document plus the entity descriptions."""
    rng = random.Random(seed)
    persons = [entity_id("Person", f"Person {i} {_name(rng, 1)}") for i in range(max(50, docs * 6))]
    orgs = [entity_id("Organisation", f"{_name(rng, 2)} Unit {i}") for i in range(max(20, docs * 2))]
    policies = [entity_id("Policy", f"{_name(rng, 2).lower()} {i}") for i in range(max(10, docs))]
    places = [entity_id("Place", f"Place {i}") for i in range(max(5, docs // 10))]
    kg = KnowledgeGraph()
    for d in range(docs):
        doc = f"doc-{d:06d}"
        kg.add_document(doc, source=f"corpus/{doc}.txt", sha256=f"{d:064x}")
        nodes: list[Node] = []
        links: list[Link] = []
        pos = 0

        def mention(node_id: str, type_: str, name: str) -> Node:
            nonlocal pos
            pos += rng.randint(20, 200)
            return Node(node_id, type_, name, aliases={name.split()[0]}, mentions=[Mention(doc, pos, pos + len(name))])

        for _ in range(3):
            person = rng.choice(persons)
            policy = rng.choice(policies)
            place = rng.choice(places)
            nodes += [mention(person, "Person", person.split("/")[1].replace("-", " ").title()),
                      mention(policy, "Policy", policy.split("/")[1].replace("-", " ")),
                      mention(place, "Place", place.split("/")[1].replace("-", " ").title())]
            q = doc_scoped_id("Quote", doc, pos)
            sentence = f"\"{_name(rng, 8)}\", said {person}."
            nodes.append(Node(q, "Quote", props={"text": _name(rng, 8)}))
            links += [
                Link(person, q, "SAID", doc, pos, pos + 60, sentence, props={"cue": rng.choice(CUES), "direct": True}),
                Link(q, policy, "MENTIONS", doc, pos + 5, pos + 20, sentence),
                Link(q, place, "MENTIONS", doc, pos + 25, pos + 30, sentence),
            ]
        for _ in range(2):
            org = rng.choice(orgs)
            nodes.append(mention(org, "Organisation", org.split("/")[1].replace("-", " ").title()))
            value = rng.randint(1, 100_000)
            s = doc_scoped_id("Statistic", doc, f"{value}-{pos}")
            nodes.append(Node(s, "Statistic", f"{value} arrests", props={
                "value": value, "unit": "count", "measure": rng.choice(("arrests", "knife crimes", "deaths", "seizures")),
                "period": "year ending March 2024", "place": rng.choice(places).split("/")[1].replace("-", " ").title()}))
            links.append(Link(s, org, "REPORTED_BY", doc, pos, pos + 80, f"Police made {value} arrests, {org} said."))
        for _ in range(2):
            person, org = rng.choice(persons), rng.choice(orgs)
            nodes += [mention(person, "Person", person.split("/")[1].replace("-", " ").title()),
                      mention(org, "Organisation", org.split("/")[1].replace("-", " ").title())]
            links.append(Link(person, org, "HOLDS_ROLE", doc, pos, pos + 40, "Chief Constable X of Y.",
                              props={"title": rng.choice(("Chief Constable", "Commissioner", "Minister", "Mayor"))}))
        for _ in range(2):
            a, b = rng.sample(orgs, 2)
            links.append(Link(a, b, "OVERSEES", doc, pos, pos + 50, "A oversees B."))
        links.append(Link(rng.choice(persons), rng.choice(policies), "ANNOUNCED", doc, pos, pos + 50, "X launched Y."))
        for n in nodes:
            if n.id not in kg.to_networkx() and not n.name:
                n.name = n.id
        for end in {link.source for link in links} | {link.target for link in links}:
            if end not in kg.to_networkx() and end not in {n.id for n in nodes}:
                type_ = {"person": "Person", "org": "Organisation", "policy": "Policy", "place": "Place"}[end.split("/")[0]]
                nodes.append(Node(end, type_, end.split("/")[1].replace("-", " ").title()))
        kg.add_facts(DocumentFacts(doc, nodes=nodes, links=links))
    return kg.to_networkx()


# DISTINCT: Oxigraph's union default graph is a bag over the named graphs (a link stated in two documents is
# seen twice), rdflib's is a set; counting distinct solutions asks both the same question.
TWO_HOP = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b ?c WHERE { ?a kg:oversees ?b . ?b kg:oversees ?c } }"
SAID_COUNT = ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?q ?x WHERE "
              "{ ?p kg:said ?q . ?q schema:mentions ?x . ?x a kg:Policy } }")


def timed(fn):  # noqa: ANN001, ANN201
    gc.collect()
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def run_with_timeout(fn, timeout: float):  # noqa: ANN001, ANN201
    """Run ``fn`` in a forked child (it shares the loaded store copy-on-write); None after ``timeout`` seconds."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def target() -> None:
        t = time.perf_counter()
        out = fn()
        child.send((out, time.perf_counter() - t))

    proc = ctx.Process(target=target)
    proc.start()
    ready = parent.poll(timeout)
    result = parent.recv() if ready else None
    if proc.is_alive():
        proc.kill()
    proc.join()
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=3000, help="generated documents (3000 gives ~1.1M triples)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--skip-rdflib-queries", action="store_true", help="time rdflib's load only")
    ap.add_argument("--transactional", action="store_true",
                    help="also time one transactional load of everything (slow on disk at 1M quads)")
    ap.add_argument("--keep", action="store_true", help="keep the generated data and stores")
    ap.add_argument("--rdflib-timeout", type=float, default=300.0, help="give up on an rdflib query after this many seconds")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-bench-rdf-"))
    print(f"generating {args.docs} documents ...", file=sys.stderr)
    G, t_gen = timed(lambda: generate(args.docs))
    ds, t_sink = timed(lambda: to_dataset(G))
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    nq = work / "graph.nq"
    _, t_ser = timed(lambda: nq.write_text(ds.serialize(format="nquads"), encoding="utf-8"))
    del ds
    print(f"{quads} quads ({G.number_of_nodes()} nodes, {G.number_of_edges()} links); sink {t_sink:.1f} s", file=sys.stderr)

    figures: dict[str, object] = {"documents": args.docs, "quads": quads, "nodes": G.number_of_nodes(),
                                  "links": G.number_of_edges(), "sink_to_dataset_s": round(t_sink, 2)}
    # What Store.ingest does with a build this size: Oxigraph's bulk loader into the on-disk store.
    store = Store(work / "store")
    _, t_ox = timed(lambda: store.load_file(nq, bulk=True))
    print(f"oxigraph bulk load {t_ox:.2f} s", file=sys.stderr)
    t_ox_tx = None
    if args.transactional:
        tx = Store(work / "store-tx")
        _, t_ox_tx = timed(lambda: tx.load_file(nq))
        tx.close()
        print(f"oxigraph transactional load {t_ox_tx:.2f} s", file=sys.stderr)

    from rdflib import Dataset

    rd = Dataset(store="Memory", default_union=True)
    _, t_rd = timed(lambda: rd.parse(nq, format="nquads"))
    print(f"rdflib Memory load {t_rd:.2f} s", file=sys.stderr)
    figures["load_s"] = {"oxigraph_bulk": round(t_ox, 2), "rdflib_memory": round(t_rd, 2), "ratio": round(t_rd / t_ox, 1)}
    if t_ox_tx is not None:
        figures["load_s"]["oxigraph_transactional"] = round(t_ox_tx, 2)

    queries = {"two_hop_count": TWO_HOP, "said_about_policy_count": SAID_COUNT}
    shipped = shipped_queries()
    sample_policy = next(iter(sorted(n for n in G.nodes if n.startswith("policy/"))))
    queries["said-about-policy (one policy)"] = shipped["said-about-policy"].bind({"policy": G.nodes[sample_policy]["name"]})
    queries["roles (one organisation)"] = shipped["roles"].bind({"organisation": G.nodes[sorted(n for n in G.nodes if n.startswith("org/"))[0]]["name"]})
    queries["statistics (measure=deaths)"] = shipped["statistics"].bind({"measure": "deaths"})
    top = max((n for n in G.nodes if n.startswith("org/")), key=lambda n: G.out_degree(n))
    queries["oversight-chains (one overseer)"] = shipped["oversight-chains"].bind({"overseer": G.nodes[top]["name"]})
    speaker = max((n for n in G.nodes if n.startswith("person/")), key=lambda n: G.out_degree(n))
    queries["quotes (one speaker)"] = shipped["quotes"].bind({"speaker": G.nodes[speaker]["name"]})
    results: dict[str, dict[str, object]] = {}
    for name, q in queries.items():
        ox_res, t_q_ox = timed(lambda q=q: store.query(q))
        row = {"oxigraph_s": round(t_q_ox, 3), "rows": len(ox_res.rows)}
        if name in ("two_hop_count", "said_about_policy_count"):
            row["count"] = ox_res.rows[0]["n"]
        if not args.skip_rdflib_queries:
            got = run_with_timeout(lambda q=q: [tuple(str(x) for x in r) for r in rd.query(q, initNs=PREFIXES)],
                                   args.rdflib_timeout)
            if got is None:
                row["rdflib_memory_s"] = f"> {args.rdflib_timeout:g} (gave up)"
                row["ratio"] = f"> {args.rdflib_timeout / max(t_q_ox, 1e-6):.0f}"
            else:
                rd_res, t_q_rd = got
                row["rdflib_memory_s"] = round(t_q_rd, 3)
                row["ratio"] = round(t_q_rd / max(t_q_ox, 1e-6), 1)
                if "count" in row:
                    row["same_answer"] = int(rd_res[0][0]) == row["count"]
                else:
                    row["same_answer"] = len(rd_res) == len(ox_res.rows)
        results[name] = row
        print(f"{name}: {row}", file=sys.stderr)
    figures["queries"] = results
    store.close()

    try:
        import os

        figures["load_average"] = [round(x, 1) for x in os.getloadavg()]
    except OSError:
        pass
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    if args.keep:
        print(f"(data kept in {work})", file=sys.stderr)
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
