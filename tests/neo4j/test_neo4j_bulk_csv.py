"""The one-pass bulk CSV writer against the general one (the online load's rows): the same files, byte for byte.

No server needed: the import of these files is checked against the online load in test_neo4j_bulk.py.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import Neo4jError
from kg.sinks import neo4j_bulk as bulk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def graph_json(tmp_path_factory) -> Path:
    """A generated hub graph laid out as kg writes graph.json, with hostile values and a link with a list."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from bench_neo4j import generate, write_graph_json
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    path = tmp_path_factory.mktemp("bulk-csv") / "graph.json"
    write_graph_json(generate(600, 1800, seed=3), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["links"][5]["sentence"] = 'He said "no",\r\nthen "yes".'  # quotes and a line break in a plan-written link
    data["links"][9]["tags"] = ["a", 'b"c']  # a list: the general path for this link
    data["links"][11]["score"] = 0.25  # a float: another shape, another file
    data["nodes"][3]["name"] = 'The "Quoted" One'
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "import.args"}


def multiline_files(report: bulk.BulkReport) -> list[str]:
    """The data files the import tool is told hold line breaks (``--multiline-fields-format=v2``)."""
    named = [a.split("=", 1)[1] for a in report.args if a.startswith("--multiline-fields=")]
    assert len(named) == 1 and "--multiline-fields-format=v2" in report.args, report.args
    return sorted(Path(p).name for p in named[0].split(","))


def files_with_breaks(folder: Path) -> list[str]:
    """The data files with a line break inside a field (read as the import tool reads them: quoted fields)."""
    import csv

    out = []
    for p in sorted(folder.glob("*.csv")):
        with p.open(encoding="utf-8", newline="") as fh:
            if any("\n" in v or "\r" in v for row in csv.reader(fh) for v in row):
                out.append(p.name)
    return out


def test_one_pass_writer_gives_the_general_writers_files(graph_json: Path, tmp_path: Path):
    general, fast = tmp_path / "general", tmp_path / "fast"
    general.mkdir()
    want = bulk._write(graph_json, general, iri_args={"base": None, "iri": None}, whole=False)
    got = bulk.write_import_csvs(graph_json, fast)
    assert files(fast) == files(general)
    assert got.nodes == want.nodes and got.relationships == want.relationships and got.rows == want.rows
    assert got.multiline and multiline_files(got) == files_with_breaks(fast) != []
    assert got.first_start == want.first_start
    assert [a.replace(str(fast.resolve()), "") for a in got.args] == [a.replace(str(general.resolve()), "") for a in want.args]
    assert got.relationships["DERIVED_FROM"] > 0 and got.csv_cpu_seconds > 0


def test_without_line_breaks_no_file_is_read_in_multiline_mode(graph_json: Path, tmp_path: Path):
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    data["links"][5]["sentence"] = 'He said "no", then "yes".'  # the fixture's one line break, gone
    plain = tmp_path / "graph.json"
    plain.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    got = bulk.write_import_csvs(plain, tmp_path / "csv")
    assert not got.multiline and files_with_breaks(tmp_path / "csv") == []
    assert "--multiline-fields=false" in got.args and not any(a.startswith("--multiline-fields-format") for a in got.args)


def test_a_link_to_a_missing_node_is_refused_and_nothing_is_left(graph_json: Path, tmp_path: Path):
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    data["links"][-1]["target"] = "person/nobody"
    bad = tmp_path / "graph.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "csv"
    with pytest.raises(Neo4jError, match="'person/nobody', which is not a node of this graph"):
        bulk.write_import_csvs(bad, out)
    assert list(out.iterdir()) == []


def test_a_graph_not_laid_out_by_kg_is_read_whole_with_the_same_rows(graph_json: Path, tmp_path: Path):
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    data["links"].reverse()  # not in document order: the one-pass writer hands over to the whole-graph path
    other = tmp_path / "graph.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    want = bulk.write_import_csvs(graph_json, tmp_path / "a")
    got = bulk.write_import_csvs(other, tmp_path / "b")
    assert got.nodes == want.nodes and got.relationships == want.relationships
    # Node import ids are numbers in the order each path meets the nodes: compare rows with ends as IRIs.
    assert rows(got) == rows(want)


# -- parallel writers (a graph.json of one node or link a line, as kg build writes it) --------------------


def write_lines(data: dict, path: Path) -> None:
    """A graph.json laid out as kg build writes it: one node or link a line."""
    head = {k: v for k, v in data.items() if k not in ("nodes", "links")}
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"nodes": [\n')
        fh.write(",\n".join(json.dumps(n, ensure_ascii=False) for n in data["nodes"]))
        fh.write('\n],\n"links": [\n')
        fh.write(",\n".join(json.dumps(x, ensure_ascii=False) for x in data["links"]))
        fh.write("\n]}\n")


@pytest.fixture(scope="module")
def lined(tmp_path_factory) -> Path:
    """A generated graph of ten documents, one node or link a line, with hostile values as above."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from bench_neo4j import generate, write_graph_json
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    path = tmp_path_factory.mktemp("bulk-lines") / "graph.json"
    write_graph_json(generate(2000, 3000, seed=5), path)
    assert path.read_text(encoding="utf-8").count("\n") > 5000  # one item a line
    data = json.loads(path.read_text(encoding="utf-8"))
    data["links"][5]["sentence"] = 'He said "no",\r\nthen "yes".'
    data["links"][-9]["tags"] = ["a", 'b"c']  # a list, in the last worker's range
    data["links"][-11]["score"] = 0.25
    next(n for n in data["nodes"] if n["type"] == "Person")["name"] = 'The "Quoted" One'
    write_lines(data, path)
    return path


def rows(report: bulk.BulkReport) -> Counter:
    """Every row the import would read, as (flag, name, {column: field}), from the files import.args names.

    Nodes are named by integer import ids (``--id-type=integer``), numbered as the writer meets them, so
    a relationship's ends are given as the IRIs of the nodes with those ids, and a node's row without its id.
    """
    import csv

    assert "--id-type=integer" in report.args
    groups: list[tuple[str, str, list[str], list[list[str]]]] = []
    for arg in report.args:
        if not arg.startswith(("--nodes=", "--relationships=")):
            continue
        flag, name, files = arg.split("=", 2)
        header, *data = files.split(",")
        columns = Path(header).read_text(encoding="utf-8").rstrip("\n").split(",")
        for path in data:  # a group's data files share its header
            with open(path, encoding="utf-8", newline="") as fh:
                groups.append((flag, name, columns, list(csv.reader(fh))))
    iri: dict[str, str] = {}
    for flag, _name, columns, lines in groups:
        if flag == "--nodes":
            assert columns[:3] == [":ID", ":LABEL", "uri:string"], columns
            for fields in lines:
                assert fields[0] not in iri  # every id once
                iri[fields[0]] = fields[2]
    ids = sorted(map(int, iri))
    if report.csv_workers == 1:
        assert ids == list(range(len(iri)))  # 0, 1, 2 ... in the order read
    else:  # lines' byte offsets, Documents' from their ids: distinct, within the import tool's 57 bits
        assert all(0 <= i < 2**57 for i in ids)
    got: Counter = Counter()
    for flag, name, columns, lines in groups:
        for fields in lines:
            if flag == "--nodes":
                fields = ["", *fields[1:]]
            else:
                fields = [iri[fields[0]], iri[fields[1]], *fields[2:]]
            got[(flag, name, frozenset((c, f) for c, f in zip(columns, fields) if f))] += 1
    return got


def test_parallel_writers_write_the_one_process_writers_rows(lined: Path, tmp_path: Path):
    one = bulk.write_import_csvs(lined, tmp_path / "one", workers=1)
    two = bulk.write_import_csvs(lined, tmp_path / "two", workers=2)
    three = bulk.write_import_csvs(lined, tmp_path / "three", workers=3)
    assert (one.csv_workers, two.csv_workers, three.csv_workers) == (1, 2, 3)
    assert sorted(p.name for p in (tmp_path / "two").glob("*.part1.csv"))  # the second worker's own files
    # ... in the same input group as the first's when their columns agree (the import tool samples each group)
    said = [a for a in three.args if a.startswith("--relationships=SAID=")]
    assert len(said) == 1 and said[0].count(".csv") == 4, said  # one header, three data files
    want = rows(one)
    assert sum(want.values()) == one.rows and max(want.values()) == 1  # no row twice (DERIVED_FROM included)
    for report in (two, three):
        assert rows(report) == want
        assert report.nodes == one.nodes and report.relationships == one.relationships
        assert report.first_start == one.first_start and report.multiline
    for report, folder in ((one, "one"), (two, "two"), (three, "three")):  # only the files with a line break are named
        assert multiline_files(report) == files_with_breaks(tmp_path / folder) != []
    # The nodes are written in parallel too: the second worker wrote node files of its own.
    assert sorted(p.name for p in (tmp_path / "two").glob("nodes.*.part1.csv"))
    # The one-process writer reads this layout as it reads any other: the same files as from one long line.
    assert files(tmp_path / "one") == files(_single_line_csvs(lined, tmp_path / "single"))


def _single_line_csvs(lined: Path, out: Path) -> Path:
    single = out.parent / "single.json"
    single.write_text(json.dumps(json.loads(lined.read_text(encoding="utf-8")), ensure_ascii=False), encoding="utf-8")
    bulk.write_import_csvs(single, out, workers=2)  # not one item a line: written by one process
    return out


def test_a_bad_link_in_a_workers_range_is_refused_and_nothing_is_left(lined: Path, tmp_path: Path):
    data = json.loads(lined.read_text(encoding="utf-8"))
    data["links"][-1]["target"] = "person/nobody"  # in the last worker's range
    bad = tmp_path / "graph.json"
    write_lines(data, bad)
    out = tmp_path / "csv"
    with pytest.raises(Neo4jError, match="'person/nobody', which is not a node of this graph"):
        bulk.write_import_csvs(bad, out, workers=2)
    assert list(out.iterdir()) == []


def test_links_out_of_document_order_across_workers_fall_back_to_the_whole_graph(lined: Path, tmp_path: Path):
    data = json.loads(lined.read_text(encoding="utf-8"))
    half = len(data["links"]) // 2
    data["links"] = data["links"][half:] + data["links"][:half]  # each half in order, the whole not
    other = tmp_path / "graph.json"
    write_lines(data, other)
    want = bulk.write_import_csvs(lined, tmp_path / "a", workers=1)
    got = bulk.write_import_csvs(other, tmp_path / "b", workers=2)
    assert got.csv_workers == 1 and rows(got) == rows(want)


def test_a_graph_json_with_indented_items_is_written_by_one_process(lined: Path, tmp_path: Path):
    indented = tmp_path / "graph.json"
    indented.write_text(json.dumps(json.loads(lined.read_text(encoding="utf-8")), indent=1), encoding="utf-8")
    want = bulk.write_import_csvs(lined, tmp_path / "a", workers=1)
    got = bulk.write_import_csvs(indented, tmp_path / "b", workers=2)
    assert got.csv_workers == 1 and files(tmp_path / "b") == files(tmp_path / "a")


def test_parallel_writers_with_no_links_or_no_nodes(lined: Path, tmp_path: Path):
    data = json.loads(lined.read_text(encoding="utf-8"))
    no_links = tmp_path / "no-links.json"
    write_lines({**data, "links": []}, no_links)
    want = bulk.write_import_csvs(no_links, tmp_path / "a", workers=1)
    got = bulk.write_import_csvs(no_links, tmp_path / "b", workers=2)
    assert got.relationships == want.relationships and got.relationships["DERIVED_FROM"] > 0  # from the mentions
    assert rows(got) == rows(want)
    empty = tmp_path / "empty.json"
    write_lines({**data, "nodes": [], "links": []}, empty)
    report = bulk.write_import_csvs(empty, tmp_path / "c", workers=2)
    assert report.rows == 0 and report.files == 0


def test_documents_after_the_nodes_that_mention_them_as_kg_build_writes_them(lined: Path, tmp_path: Path):
    """kg build writes people, organisations ... (with their mentions) before the Documents: the
    mentions' DERIVED_FROM rows name a Document's import id before its row is written."""
    data = json.loads(lined.read_text(encoding="utf-8"))
    docs = [n for n in data["nodes"] if n["type"] == "Document"]
    assert data["nodes"][0]["type"] == "Document"  # the generator writes them first
    later = tmp_path / "graph.json"
    write_lines({**data, "nodes": [n for n in data["nodes"] if n["type"] != "Document"] + docs}, later)
    want = bulk.write_import_csvs(lined, tmp_path / "a", workers=1)
    for workers in (1, 2):
        got = bulk.write_import_csvs(later, tmp_path / f"b{workers}", workers=workers)
        assert got.csv_workers == workers  # still the one-pass (and parallel) writer, no fallback
        assert rows(got) == rows(want) and got.relationships["DERIVED_FROM"] == want.relationships["DERIVED_FROM"]


def test_a_mention_of_a_document_that_is_not_a_node_is_refused(lined: Path, tmp_path: Path):
    data = json.loads(lined.read_text(encoding="utf-8"))
    person = next(n for n in data["nodes"] if n["type"] == "Person")
    person["mentions"] = [*person["mentions"], {"doc": "no-such-doc", "start": 0, "end": 4}]
    bad = tmp_path / "graph.json"
    write_lines(data, bad)
    with pytest.raises(Neo4jError, match="'no-such-doc', which is not a node of this graph"):
        bulk.write_import_csvs(bad, tmp_path / "csv", workers=2)


def test_the_same_files_read_with_orjson_and_with_the_standard_library(lined: Path, tmp_path: Path, monkeypatch):
    """kg[fast] reads graph.json's lines with orjson; without it, json: the files must not depend on it."""
    import orjson  # in the test extra

    fast = bulk._fast_loads()
    assert fast is not json.loads
    assert fast(b'{"a": NaN, "b": 123456789012345678901234567890}')["b"] == 123456789012345678901234567890  # orjson refuses both
    assert orjson.loads(b'{"a": 1}') == fast(b'{"a": 1}')
    monkeypatch.setattr(bulk, "_loads", fast)
    with_orjson = bulk.write_import_csvs(lined, tmp_path / "a", workers=2)
    monkeypatch.setattr(bulk, "_loads", json.loads)
    with_json = bulk.write_import_csvs(lined, tmp_path / "b", workers=2)
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert with_orjson.rows == with_json.rows and with_orjson.csv_workers == with_json.csv_workers == 2


# -- node plans: one per shape, made from the first node of that shape, the general path's very lines -----


def _shapes_graph() -> dict:
    """Nodes that share a shape but not their values' details: what each node plan must write as the general path does."""
    doc = {"id": "doc/d1", "type": "Document", "name": "d1", "source": "d1.txt"}
    mention = [{"doc": "d1", "start": 0, "end": 4}]
    people = [
        {"id": "person/a", "type": "Person", "name": "A", "aliases": ["Al", 'the "A"'], "titles": ["Chief"], "mentions": mention},
        {"id": "person/b", "type": "Person", "name": 'B "Bee"', "aliases": ["Bé, ünï"], "titles": ["Mayor"], "mentions": mention},
        {"id": "person/c", "type": "Person", "name": "C", "aliases": [], "titles": [], "mentions": mention},  # markers
        {"id": "person/d", "type": "Person", "name": "D", "aliases": [], "titles": [], "mentions": []},
        {"id": "person/e", "type": "Person", "name": "E", "aliases": [1, 2], "titles": ["x"], "mentions": mention},  # long[]: general path
        {"id": "person/f", "type": "Person", "name": "F", "aliases": ["F1", {"odd": 1}], "titles": ["y"], "mentions": mention},  # mixed
        {"id": "person/g", "type": "Person", "name": "G", "aliases": ["G1"], "titles": ["z"], "mentions": mention,
         "merged": {"b": 2, "a": "ä"}, "wikidata": "Q1"},
        {"id": "person/h", "type": "Person", "name": "H", "aliases": ["H1"], "titles": ["w"], "mentions": mention,
         "merged": {"z": [1, 2]}, "wikidata": "Q2"},
        {"id": "person/i", "type": "Person", "aliases": ["I1"], "titles": ["v"], "mentions": mention, "wikidata": "Q3"},  # no name: a gap
        {"id": "person/j", "type": "Person", "aliases": ["J1"], "titles": ["u"], "mentions": mention, "wikidata": "Q4\nline"},
        {"id": "person/k", "type": "Person", "name": None, "aliases": ["K1"], "titles": ["t"], "mentions": mention},
    ]
    stats = [
        {"id": f"stat/d1/{i}", "type": "Statistic", "name": f"S{i}", "value": value, "flag": flag, "share": share,
         "period_start": start, "period_end": "2023-12-31", "mentions": mention}
        for i, (value, flag, share, start) in enumerate([
            (1, True, 0.5, "2023-01-01"), (2, False, 1e-7, "2023-02-30"), (3, True, 2.0, "2023"),
            (4, False, float("inf"), "2023-03-01"), (5, True, 0.1, "2023-04-01"),
        ])
    ]
    nodes = [doc] + people + stats  # the Document first: both writers then number every node alike (files compared byte for byte)
    links = [{"source": "person/a", "target": "stat/d1/0", "type": "MENTIONS", "key": "k1", "doc": "d1",
              "start": 0, "end": 4, "sentence": "A."}]
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "links": links}


def test_node_plans_write_the_general_writers_files(tmp_path: Path, monkeypatch):
    path = tmp_path / "graph.json"
    write_lines(_shapes_graph(), path)
    general, one, two = tmp_path / "general", tmp_path / "one", tmp_path / "two"
    general.mkdir()
    want = bulk._write(path, general, iri_args={"base": None, "iri": None}, whole=False)
    planned: list[str] = []
    through_plan = bulk._Streamer._planned_node

    def spy(self, plan, node_id, values, offset):
        number = through_plan(self, plan, node_id, values, offset)
        planned.append(node_id)
        return number

    monkeypatch.setattr(bulk._Streamer, "_planned_node", spy)
    got = bulk.write_import_csvs(path, one, workers=1)
    # The first node of each shape goes the general way and makes the plan; the plan writes the rest of its
    # shape (b after a; h after g; j after i, whose file has a name column it leaves empty; stat 4 after 0),
    # but for values it does not cover (e's list of numbers and f's mixed list have a's shape): those go the
    # general way. The statistics' invalid and non-ISO dates make shapes of their own.
    assert planned == ["person/b", "person/h", "person/j", "stat/d1/4"], planned
    assert files(one) == files(general)
    assert got.first_start == want.first_start and got.multiline and want.multiline
    people = "".join(f.read_text(encoding="utf-8") for f in sorted(one.glob("nodes.Person.*.csv")) if ".header." not in f.name)
    assert '"B ""Bee"""' in people and '"Al\x1fthe ""A"""' in people and '"KgEmpty_aliases\x1fKgEmpty_titles",' in people
    assert '"{""a"":""ä"",""b"":2}"' in people  # a map as the online load stores it: JSON, keys sorted
    assert '"1\x1f2"' in people and "aliases:long[]" in "".join(f.read_text() for f in one.glob("nodes.Person.*.header.csv"))
    headers = {p.read_text(encoding="utf-8") for p in one.glob("nodes.Statistic.*.header.csv")}
    assert any("period_start:date" in h for h in headers) and any("period_start:string" in h for h in headers)
    # Several processes: the same rows (node ids are line offsets there), node plans made per worker.
    parallel = bulk.write_import_csvs(path, two, workers=2)
    assert parallel.csv_workers == 2 and rows(parallel) == rows(got)


def test_a_list_element_with_the_array_delimiter_is_refused_on_a_planned_node(tmp_path: Path):
    data = _shapes_graph()
    data["nodes"][1]["aliases"] = ["B\x1fB"]  # the second node of person/a's shape: written by its plan
    path = tmp_path / "graph.json"
    write_lines(data, path)
    with pytest.raises(Neo4jError, match="U\\+001F"):
        bulk.write_import_csvs(path, tmp_path / "csv", workers=1)
    assert list((tmp_path / "csv").iterdir()) == []


@pytest.mark.parametrize("doc", ["seed", 'a "quoted" id', "back\\slash", "line\nbreak\r\t", "ctrl\x00\x1f\x7f", "日本 é", "sep\u2028\u2029", ""])
def test_a_mention_is_written_as_the_online_load_stores_it(doc: str):
    """The mention shortcut gives json.dumps' text (sorted keys, no ASCII escaping) for any document id."""
    want = json.dumps({"doc": doc, "start": 3, "end": 9}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert bulk._map_text({"start": 3, "doc": doc, "end": 9}) == want
    # Other maps (a float, a bool, another key) go through the encoder itself.
    for other in ({"doc": doc, "start": 3.0, "end": 9}, {"doc": doc, "start": True, "end": 9}, {"doc": doc, "start": 3, "stop": 9}):
        assert bulk._map_text(other) == json.dumps(other, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
