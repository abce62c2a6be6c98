"""Streamed outputs: a build with an output folder writes graph.json and RDF a document at a time, and the
result is the graph an in-memory assembly of the same facts gives (only the order of nodes and links differs)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Mention, Node
from kg.sinks.rdf import FORMATS, to_dataset, union_graph
from kg.stream import StreamedOutputs

ROOT = Path(__file__).resolve().parents[1]
ALL_FORMATS = tuple(FORMATS)


def _canon(items: list[dict]) -> list[str]:
    return sorted(json.dumps(i, sort_keys=True) for i in items)


def _corpus() -> list[tuple[dict, DocumentFacts]]:
    """Three documents sharing entities: aliases and titles gathered across documents, a statistic whose
    place is named as a node only in a later document, quotes with quote marks and new lines in them."""
    docs = []
    for n, doc in enumerate(("a-one", "b-two", "c-three")):
        person = Node("person/ruth-calloway", "Person", "Ruth Calloway", aliases={"Calloway", f"Ms Calloway {n}"},
                      titles={"Chief Constable"} if n == 1 else set(), mentions=[Mention(doc, 10 * n, 10 * n + 8)])
        org = Node("org/northshire-police", "Organisation", "Northshire Police", aliases={"the force"},
                   mentions=[Mention(doc, 40, 57), Mention(doc, 40, 57)], props={"merged": {"the force": "metonym"}})
        quote = Node(f"quote/{doc}/5", "Quote", props={"text": f'We said "no" \\ twice\nthen {n}'})
        stat = Node(f"stat/{doc}/90-x", "Statistic", f"{n + 1},000 knives",
                    props={"value": (n + 1) * 1000, "unit": "count", "measure": "knives", "place": "Northtown",
                           "source": "org/northshire-police" if n else "Someone Unnamed"})
        nodes = [person, org, quote, stat]
        links = [
            Link(person.id, quote.id, "SAID", doc, 5, 30, "Sentence with \"quotes\".", {"cue": "say", "direct": True}),
            Link(person.id, org.id, "HOLDS_ROLE", doc, 0, 20, "Chief Constable Ruth Calloway", {"title": "Chief Constable"}),
            Link(quote.id, stat.id, "MENTIONS", doc, 5, 30),
        ]
        if n == 2:  # the statistic's place becomes a node only here
            place = Node("place/northtown", "Place", "Northtown", mentions=[Mention(doc, 60, 69)])
            nodes.append(place)
        docs.append(({"id": doc, "source": f"{doc}.txt", "sha256": str(n) * 64, "title": f"Title {n}"},
                     DocumentFacts(doc, nodes=nodes, links=links)))
    return docs


def _in_memory(corpus) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for record, facts in corpus:
        meta = {k: v for k, v in record.items() if k not in ("id", "source", "sha256")}
        kg.add_document(record["id"], source=record["source"], sha256=record["sha256"], **meta)
        kg.add_facts(facts)
    return kg


def _streamed(corpus, out: Path, formats=ALL_FORMATS) -> StreamedOutputs:
    outputs = StreamedOutputs(out, rdf_formats=formats)
    for record, facts in corpus:
        outputs.add(record, facts)
    outputs.close()
    return outputs


def test_streamed_graph_json_is_the_in_memory_graph(tmp_path: Path):
    corpus = _corpus()
    outputs = _streamed(corpus, tmp_path)
    want = _in_memory(corpus)
    got = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    expected = want.node_link_data()
    assert got["graph"] == expected["graph"]
    assert _canon(got["nodes"]) == _canon(expected["nodes"])
    assert _canon(got["links"]) == _canon(expected["links"])
    assert outputs.counts() == want.counts()
    person = next(n for n in got["nodes"] if n["id"] == "person/ruth-calloway")
    assert person["titles"] == ["Chief Constable"]
    assert [m["doc"] for m in person["mentions"]] == ["a-one", "b-two", "c-three"]
    org = next(n for n in got["nodes"] if n["id"] == "org/northshire-police")
    assert len(org["mentions"]) == 3, "a mention repeated inside a document is kept once"
    assert KnowledgeGraph.from_json(tmp_path / "graph.json").counts() == want.counts()


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_streamed_rdf_holds_the_triples_of_the_in_memory_dataset(tmp_path: Path, fmt: str):
    corpus = _corpus()
    _streamed(corpus, tmp_path, formats=(fmt,))
    want = to_dataset(_in_memory(corpus).to_networkx())
    filename, parser = FORMATS[fmt]
    if fmt in ("trig", "nq"):
        got = Dataset()
        got.parse(tmp_path / filename, format=parser)
        by_name = {str(g.identifier): set(g) for g in got.graphs() if len(g)}
        assert by_name == {str(g.identifier): set(g) for g in want.graphs() if len(g)}
    else:
        got = Graph().parse(tmp_path / filename, format=parser)
        assert isomorphic(got, union_graph(want))


def test_a_place_named_only_by_a_later_document_still_links_the_statistic(tmp_path: Path):
    _streamed(_corpus(), tmp_path, formats=("nq",))
    text = (tmp_path / "graph.nq").read_text(encoding="utf-8")
    about = [line for line in text.splitlines() if "observationAbout" in line]
    assert len(about) == 3 and all("place/northtown" in line for line in about)
    assert sum("sourceText" in line and "Someone Unnamed" in line for line in text.splitlines()) == 1


def test_an_aborted_stream_leaves_the_earlier_outputs_and_no_temporary_files(tmp_path: Path):
    corpus = _corpus()
    _streamed(corpus[:1], tmp_path, formats=("ttl", "nq"))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    outputs = StreamedOutputs(tmp_path, rdf_formats=("ttl", "nq"))
    for record, facts in corpus:
        outputs.add(record, facts)
    outputs.abort()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_mentions_come_back_in_the_order_of_an_in_memory_build_whatever_the_characters(tmp_path: Path):
    """Mentions are kept on disk as UTF-8 bytes: their order must still be Python's order of the ids
    (code points: U+FB00 before U+1D518, which UTF-16 would put the other way round)."""
    ids = ["zed", "Zed", "apple", "\u00e9cole", "\ufb00-report", "\U0001d518-report", "\u65e5\u672c", "a b"]
    corpus = []
    for n, doc in enumerate(ids):
        person = Node("person/ruth-calloway", "Person", "Ruth Calloway",
                      mentions=[Mention(doc, 30, 43), Mention(doc, 2 + n, 15 + n), Mention(doc, 30, 43)])
        corpus.append(({"id": doc, "source": f"{n}.txt", "sha256": f"{n:064d}"}, DocumentFacts(doc, nodes=[person])))
    corpus.sort(key=lambda item: item[0]["id"])  # a build feeds documents in id order
    _streamed(corpus, tmp_path, formats=("nq",))
    got = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    person = next(n for n in got["nodes"] if n["id"] == "person/ruth-calloway")
    want = _in_memory(corpus).node_link_data()
    assert person["mentions"] == next(n for n in want["nodes"] if n["id"] == "person/ruth-calloway")["mentions"]
    assert [m["doc"] for m in person["mentions"]][::2] == sorted(ids)
    assert len(person["mentions"]) == 2 * len(ids)
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir()), "no spool is left behind"


def test_the_stream_keeps_nothing_per_document_in_memory(tmp_path: Path):
    """Python objects the stream holds must not grow with the documents fed to it once every entity has been
    seen (each document here mentions the same three entities five times, and has a quote and a statistic whose
    source never becomes a node, so its RDF link waits for the end).
    Bounded caches (document keys) are filled before the first measure."""
    import gc
    import tracemalloc

    from kg.model import DOC_KEY_CACHE

    def facts(doc: str) -> DocumentFacts:
        person = Node("person/ruth-calloway", "Person", "Ruth Calloway", aliases={"Calloway"},
                      mentions=[Mention(doc, 10 * k, 10 * k + 8) for k in range(3)])
        org = Node("org/northshire-police", "Organisation", "Northshire Police", mentions=[Mention(doc, 40, 57)])
        place = Node("place/northtown", "Place", "Northtown", mentions=[Mention(doc, 60, 69)])
        quote = Node(f"quote/{doc}/5", "Quote", props={"text": "We will act."})
        stat = Node(f"stat/{doc}/90-x", "Statistic", "12 knives", props={"value": 12, "unit": "count", "place": "Northtown",
                                                                          "source": "statisticians never named as a node"})
        links = [Link(person.id, quote.id, "SAID", doc, 5, 30, "We will act, she said.", {"cue": "say"}),
                 Link(person.id, org.id, "HOLDS_ROLE", doc, 0, 20, "Chief Constable Ruth Calloway")]
        return DocumentFacts(doc, nodes=[person, org, place, quote, stat], links=links)

    outputs = StreamedOutputs(tmp_path, rdf_formats=("ttl", "nq"))
    first, last = DOC_KEY_CACHE + 200, DOC_KEY_CACHE + 1700
    measured = {}
    tracemalloc.start()
    try:
        for n in range(last):
            doc = f"report-{n:06d}"
            outputs.add({"id": doc, "source": f"{doc}.txt", "sha256": f"{n:064d}", "title": f"Report {n}"}, facts(doc))
            if n + 1 in (first, last):
                gc.collect()
                measured[n + 1] = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    outputs.close()
    per_document = (measured[last] - measured[first]) / (last - first)
    assert per_document < 16, f"{per_document:.0f} bytes of Python objects kept per document"
    got = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    person = next(n for n in got["nodes"] if n["id"] == "person/ruth-calloway")
    assert len(person["mentions"]) == 3 * last and person["mentions"][-1]["doc"] == f"report-{last - 1:06d}"
    assert outputs.counts()["nodes"] == {"Document": last, "Organisation": 1, "Person": 1, "Place": 1,
                                         "Quote": last, "Statistic": last}


@pytest.mark.model
def test_a_build_into_a_folder_gives_the_graph_of_an_in_memory_build(tmp_path: Path, nlp):
    import kg

    in_memory = kg.build([ROOT / "examples"], nlp=nlp)
    streamed = kg.build([ROOT / "examples"], out=tmp_path, nlp=nlp)
    want, got = in_memory.graph.node_link_data(), json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert _canon(got["nodes"]) == _canon(want["nodes"])
    assert _canon(got["links"]) == _canon(want["links"])
    assert streamed.counts() == in_memory.graph.counts()
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["nodes"] == in_memory.graph.counts()["nodes"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], "no spool or temporary file is left"


@pytest.mark.parametrize("chunk", [1, 5, 64, 64 << 10, 1 << 20])
def test_graph_json_read_a_node_or_link_at_a_time_equals_json_load(tmp_path: Path, monkeypatch, chunk: int):
    """Both layouts (the streamed build's one item per line, and KnowledgeGraph.write_json's indented one),
    read in pieces as small as one character: the same nodes and links as json.load, in the same order."""
    import kg.graph as graph_module

    _streamed(_corpus(), tmp_path / "streamed")
    _in_memory(_corpus()).write_json(tmp_path / "indented.json")
    original = graph_module._JsonStream.__init__
    monkeypatch.setattr(graph_module._JsonStream, "__init__", lambda self, fh, chunk_=chunk: original(self, fh, chunk_))
    for path in (tmp_path / "streamed" / "graph.json", tmp_path / "indented.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert list(graph_module.iter_graph_json(path, "nodes")) == data["nodes"]
        assert list(graph_module.iter_graph_json(path, "links")) == data["links"]


def test_graph_json_reader_holds_a_piece_of_the_file_not_a_megabyte(tmp_path: Path):
    """digest.md and the Neo4j loads read graph.json through this reader after a build: what it holds at once
    must be a small piece of the file (it was a 1 MiB piece, about 5 MB with its copies, at the peak of a build's
    assembly), and an item longer than a piece still reads whole."""
    import tracemalloc

    import kg.graph as graph_module

    path = tmp_path / "graph.json"
    long_name = "x" * (300 << 10)  # longer than a piece: read in ever larger ones
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"directed": true, "graph": {"documents": [')
        fh.write(",\n".join(json.dumps({"id": f"gen-{i:06d}", "source": f"corpus.jsonl:{i}", "sha256": "0" * 64})
                             for i in range(20_000)))
        fh.write(']},\n"nodes": [\n')
        fh.write(",\n".join(json.dumps({"id": f"doc/gen-{i:06d}", "type": "Document", "sha256": "0" * 64}) for i in range(20_000)))
        fh.write(",\n" + json.dumps({"id": "person/long", "type": "Person", "name": long_name}))
        fh.write('\n],\n"links": []}\n')
    assert path.stat().st_size > 5 << 20
    tracemalloc.start()
    try:
        n = 0
        for node in graph_module.iter_graph_json(path, "nodes"):
            n += 1
            if n == 20_001:
                assert node["name"] == long_name
            del node
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 20_001
    # The long name is 300 KiB, decoded from pieces of up to twice that; the rest is one 64 KiB piece and its copies.
    assert peak < 2.5 * (1 << 20), f"{peak / 2**20:.1f} MB held while reading graph.json"


def test_graph_json_reader_reports_a_cut_off_file(tmp_path: Path):
    from kg.graph import iter_graph_json

    _in_memory(_corpus()).write_json(tmp_path / "graph.json")
    text = (tmp_path / "graph.json").read_text(encoding="utf-8")
    (tmp_path / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ValueError):
        for _ in iter_graph_json(tmp_path / "cut.json", "links"):
            pass
    (tmp_path / "empty.json").write_text('{"nodes": [], "links": []}', encoding="utf-8")
    assert list(iter_graph_json(tmp_path / "empty.json", "links")) == []


def test_graph_json_reader_skips_any_json_between_sections(tmp_path: Path, monkeypatch):
    """Members before and after the section (strings with brackets, quotes and escapes, nested values,
    numbers cut by the piece boundary) are passed over correctly, whatever the piece size."""
    import random

    import kg.graph as graph_module

    rng = random.Random(5)
    alphabet = ['a', '"', '\\', '[', ']', '{', '}', ',', ':', ' ', '\n', 'é', '\u2028']

    def text() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))

    def value(depth: int = 0):
        kind = rng.randint(0, 5 if depth < 3 else 2)
        if kind == 0:
            return rng.choice([1, -2.5, 1e5, 0, 1.5, 123456789, True, None])
        if kind in (1, 2):
            return text()
        if kind == 3:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {text(): value(depth + 1) for _ in range(rng.randint(0, 3))}

    original = graph_module._JsonStream.__init__
    path = tmp_path / "graph.json"
    for _ in range(300):
        doc = {k: value() for k in ("graph", "directed", "extra")}
        doc["nodes"] = [{"id": text(), "v": value()} for _ in range(rng.randint(0, 3))]
        doc["links"] = [{"source": text(), "v": value()} for _ in range(rng.randint(0, 3))]
        order = list(doc)
        rng.shuffle(order)
        path.write_text(json.dumps({k: doc[k] for k in order}, ensure_ascii=rng.random() < 0.5,
                                   indent=rng.choice([None, 1])), encoding="utf-8")
        for chunk in (1, 3, 64):
            monkeypatch.setattr(graph_module._JsonStream, "__init__", lambda self, fh, c=chunk: original(self, fh, c))
            assert list(graph_module.iter_graph_json(path, "nodes")) == doc["nodes"]
            assert list(graph_module.iter_graph_json(path, "links")) == doc["links"]
