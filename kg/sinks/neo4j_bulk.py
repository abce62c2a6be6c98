"""Bulk Neo4j import: a build's graph.json as ``neo4j-admin database import full`` CSVs, and the import itself.

For a first load of a big build into an empty database. The rows are exactly those of the online load
(:func:`kg.sinks.neo4j.iter_rows`, the one mapping both use), so the database is the same: same nodes,
labels, relationships and properties with the same types (integers stay integers, lists stay lists).

What is written (into ``csv_dir``)
----------------------------------
* Per node label (and per relationship type) one or more *header* files (``NAME.header.csv``) with the
  column names and Neo4j types (``uri:ID``, ``value:long``, ``aliases:string[]`` ...) and a data file
  (``NAME.csv``) each, streamed a row at a time. String columns are added as they are met (a row with
  fewer fields leaves the rest unset, as the online load leaves ``None`` unset); rows whose typed
  (non-string) properties differ go to separate files, so a ``value`` that is an integer in one Statistic
  and a float in another keeps each type.
* Every field is quoted; array elements are split by U+001F (a value holding that character is refused);
  ``--multiline-fields`` names the data files where some value holds a line break (``--multiline-fields-format=v2``):
  the importer reads only those in its slower multiline mode.
* The import tool cannot write an empty list (an empty array field means "no property"), while the online
  load stores ``aliases: []``. So a node whose list is empty gets a marker label (``KgEmpty_aliases``) and a
  relationship a marker property (``kg_empty_aliases``), and :data:`FIRST_START_FILE` holds the statements
  that turn each marker back into ``[]`` in batches, followed by the uniqueness constraints and indexes the
  online load creates first (:func:`kg.sinks.neo4j.constraint_statements`). kg's Neo4j launcher
  (``scripts/neo4j-local start``) runs that file once, on the first start after the import, before it
  answers on Bolt; another server needs those statements run by hand (``cypher-shell -f``).
* ``import.args``: the ``neo4j-admin database import full`` arguments, one per line.
* Nodes are named by integer import ids (``--id-type=integer``: an unnamed ``:ID`` column, so the number
  is not stored; ``uri`` is an ordinary property) and relationship rows name their ends by number: the
  import tool maps numbers far more cheaply than strings.
* The one-pass writer (:class:`_Streamer`) writes each node or link shape (label or type, property names,
  value types; for nodes also which values are empty and which periods are dates) through a plan made once:
  a node plan from the row the general mapping gave the shape's first node, so later nodes skip the
  mapping but give the very same line (a value the plan does not cover sends its node the general way).
* With several workers (:func:`_write_parallel`, for a graph.json of one node or link a line, as kg build
  writes it), each worker's node and relationship files are its own (``NAME.N.partP.csv``); files of one
  type with the same header are one input group. The rows are those of one process but for the node ids.

``DERIVED_FROM`` relationships are written once per (node, document) pair: the streamed rows can give a
pair twice (from a node's mentions and from a link of that document), which the online ``MERGE`` folds and
the importer (which creates) must not see; pairs from mentions are remembered as one 8-byte hash each.
"""
from __future__ import annotations

import json
import operator
import os
import shutil
import subprocess
import time
from array import array
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from datetime import date, datetime
from typing import Any, TextIO

from kg.errors import ConfigError, Neo4jError
from kg.model import ID_PREFIX, LINK_TYPES, document_id
from kg.sinks.neo4j import (
    _DATE_PROPS,
    _IDENTIFIER,
    _ISO_DATE,
    _TYPE_OF_PREFIX,
    PROVENANCE_TYPE,
    _default_node_iri,
    _link_row,
    _link_type,
    _node_row,
    _iri_function,
    constraint_statements,
    iter_rows,
)

__all__ = ["FIRST_START_FILE", "BulkReport", "import_build", "write_import_csvs"]

#: Statements left in the launcher's data folder for its first start after a bulk import.
FIRST_START_FILE = "kg-first-start.cypher"
#: A statement preceded by this line is run again, each time in its own transaction, until it changes nothing.
REPEAT_MARK = "// kg:repeat"
ARRAY_DELIMITER = "\x1f"
_FIX_BATCH = 10000
_NODE_MARKER = "KgEmpty_"
_REL_MARKER = "kg_empty_"
_UNION_PROPS = ("aliases", "titles", "mentions")


def _neo4j_type(value: Any) -> str | None:
    """The import header type of a value, or None for an empty list (written as a marker instead)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, date) and not isinstance(value, datetime):
        return "date"  # a statistic's period_start / period_end, as the online load writes them
    if isinstance(value, list):
        if not value:
            return None
        inner = {_neo4j_type(v) for v in value}
        if len(inner) != 1 or next(iter(inner)) not in ("boolean", "long", "double", "string"):
            raise Neo4jError(f"a list of mixed or nested values cannot be imported: {value!r:.80}")
        return next(iter(inner)) + "[]"
    raise Neo4jError(f"a {type(value).__name__} value cannot be imported")


def _field(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        items = [_field(v) for v in value]
        if any(ARRAY_DELIMITER in item for item in items):
            raise Neo4jError("a list element holds the character U+001F, which the importer uses between elements")
        return ARRAY_DELIMITER.join(items)
    return str(value)


def _quoted(text: str | None) -> str:
    """A quoted CSV field; None (no value) is an empty, unquoted field, which the importer leaves unset."""
    return "" if text is None else '"' + text.replace('"', '""') + '"'


class _File:
    """One header file and its data file: typed columns fixed, string columns added as met."""

    def __init__(self, path: Path, id_columns: list[str], kind: str, name: str) -> None:
        self.path = path
        self.header = path.with_name(path.stem + ".header.csv")
        self.fh: TextIO = path.open("w", encoding="utf-8", newline="")
        self.id_columns = id_columns
        self.kind, self.name = kind, name
        self.columns: dict[str, int] = {}  # property -> field position after the id columns
        self.types: dict[str, str] = {}
        self.rows = 0
        self.multiline = False  # a row written holds a line break (found as its block is written)
        self.waiting: list[str] = []  # rows not yet written (a block of BLOCK rows is written at once)

    def column(self, key: str, type_: str) -> int:
        """The position of a property's field after the id columns (a new column at the end if new)."""
        at = self.columns.get(key)
        if at is None:
            at = self.columns[key] = len(self.columns)
            self.types[key] = type_
        return at

    BLOCK = 4096

    def line(self, text: str) -> None:
        """One row, its fields already quoted and joined (the caller keeps to the columns)."""
        lines = self.waiting
        lines.append(text)
        if len(lines) >= self.BLOCK:
            self.flush_block()

    def flush_block(self) -> None:
        """Write the rows waiting (a caller may append rows to :attr:`waiting` itself and call this once a block is there)."""
        lines = self.waiting
        if lines:
            n = len(lines)
            self.rows += n
            lines.append("")
            text = "\n".join(lines)
            if text.count("\n") != n or "\r" in text:  # a row holds a line break (one scan of the block, not two per row)
                self.multiline = True
            self.fh.write(text)
            lines.clear()

    def rest(self, props: dict[str, Any], types: dict[str, str]) -> str:
        """The fields after the id columns of a row (with their leading comma), new columns added as met."""
        columns = self.columns
        out: list[str] = [""] * len(columns)
        for key, value in props.items():
            at = columns.get(key)
            if at is None:
                at = columns[key] = len(columns)
                self.types[key] = types[key]
                out.append("")
            out[at] = _quoted(value if type(value) is str else _field(value))
        while out and not out[-1]:  # a short row: the rest stays unset
            out.pop()
        return "," + ",".join(out) if out else ""

    def write(self, lead: str, props: dict[str, Any], types: dict[str, str]) -> None:
        """One row: ``lead`` is its id fields, already CSV text (``12,"Label"``), then its properties."""
        self.line(lead + self.rest(props, types))

    def close(self) -> None:
        if self.fh is None or self.fh.closed:  # closed already (a worker's files come back closed)
            return
        self.flush_block()
        self.fh.close()
        with self.header.open("w", encoding="utf-8", newline="") as fh:
            fh.write(self.header_line())

    def header_line(self) -> str:
        names = [f"{k}:{self.types[k]}" for k in self.columns]
        return ",".join(self.id_columns + names) + "\n"  # plain identifiers and types: no quoting needed


@dataclass
class BulkReport:
    """What the CSVs hold (and, after :func:`import_build`, how long the import took)."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    files: int = 0
    multiline: bool = False
    csv_seconds: float = 0.0
    csv_cpu_seconds: float = 0.0  # the CSV phase's own CPU time, its workers' included (the wall-clock time also counts waiting for a core)
    csv_workers: int = 1  # processes that wrote the CSVs
    import_seconds: float = 0.0
    import_cpu_seconds: float = 0.0  # the import tool's CPU time (all its threads)
    args: list[str] = field(default_factory=list)
    first_start: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "nodes": dict(sorted(self.nodes.items())),
            "relationships": dict(sorted(self.relationships.items())),
            "files": self.files,
            "csv_seconds": round(self.csv_seconds, 3),
            "csv_cpu_seconds": round(self.csv_cpu_seconds, 3),
            "csv_workers": self.csv_workers,
            "import_seconds": round(self.import_seconds, 3),
            "import_cpu_seconds": round(self.import_cpu_seconds, 3),
        }


class _Unordered(Exception):
    """The links are not in document order, so the streamed DERIVED_FROM rows could repeat."""


def default_workers() -> int:
    """CSV writers run in parallel by default: one per core, at most 4."""
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)))


def write_import_csvs(
    path: str | Path, csv_dir: str | Path, *, base: str | None = None, iri: Any = None, workers: int | None = None
) -> BulkReport:
    """Write the import CSVs of a graph.json (or build folder) into ``csv_dir`` (see the module doc).

    Returns the report with ``args`` (the importer's arguments, paths absolute) and ``first_start`` (the
    statements to run once the server first starts). Memory holds one row plus one 8-byte hash per
    (node, document) pair read from the nodes' mentions. A graph.json whose links are not in document
    order (kg writes them so) is read whole instead. ``workers`` processes (default
    :func:`default_workers`) write the links of a graph.json laid out one node or link a line, as kg
    writes it (:func:`_write_parallel`); 1, or another layout, writes in this process alone.
    """
    started, cpu = time.perf_counter(), _cpu_seconds()
    out = Path(csv_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise Neo4jError(f"{out}: the CSV folder must be new or empty (kg removes what it writes there)")
    out.mkdir(parents=True, exist_ok=True)

    def clear() -> None:
        for stale in out.iterdir():  # all ours: the folder was empty
            stale.unlink()

    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ValueError("workers must be at least 1")
    try:
        try:
            try:
                if workers == 1 or not hasattr(os, "fork"):
                    raise _Layout
                report = _write_parallel(path, out, iri=_iri_function(iri, base), workers=workers)
            except _Layout:
                clear()
                report = _write_streamed(path, out, iri=_iri_function(iri, base))
        except _Unordered:
            clear()
            report = _write(path, out, iri_args={"base": base, "iri": iri}, whole=True)
    except BaseException:
        clear()
        raise
    (out / "import.args").write_text("\n".join(report.args) + "\n", encoding="utf-8")
    report.csv_seconds = time.perf_counter() - started
    report.csv_cpu_seconds = _cpu_seconds() - cpu
    return report


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the CSV workers, the import tool)."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


class _CsvSet:
    """The import files being written: one per (node label or relationship type, typed-column signature)."""

    def __init__(self, out: Path, part: int = 0, numbers: dict[str, int] | None = None) -> None:
        self.out = out
        self.next_node = 0  # the import id of the next node written
        self.numbers = numbers  # node IRI -> import id, for rows whose ends are IRIs (the general path)
        self.part = part  # a worker's number: its files are NAME.N.partP.csv (the first worker's NAME.N.csv)
        self.files: dict[tuple[Any, ...], _File] = {}
        self.counts: dict[str, int] = {}  # files per (kind, name) so far, for the file names
        self.empty_node_props: dict[str, set[str]] = {}
        self.empty_rel_props: dict[str, set[str]] = {}
        self.multiline = False
        self.names: set[str] = set()  # property names already checked

    def open_file(self, kind: str, name: str, signature: tuple[tuple[str, str], ...]) -> _File:
        key = (kind, name, signature)
        f = self.files.get(key)
        if f is None:
            n = self.counts.get(f"{kind} {name}", 0)
            self.counts[f"{kind} {name}"] = n + 1
            ids = [":ID", ":LABEL"] if kind == "node" else [":START_ID", ":END_ID"]  # integer node ids (see node())
            part = f".part{self.part}" if self.part else ""
            f = _File(self.out / f"{kind}s.{name}.{n}{part}.csv", ids, kind, name)
            self.files[key] = f
        return f

    def typed(self, props: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str], list[str]]:
        """The properties to write (None dropped), their import types, and the names whose list is empty."""
        names = self.names
        kept: dict[str, Any] = {}
        types: dict[str, str] = {}
        empty: list[str] = []
        for k, v in props.items():
            if v is None:
                continue
            if k not in names:
                names.add(_identifier(k))
            if type(v) is str:  # the common case, first
                kept[k] = v
                types[k] = "string"
                if not self.multiline and ("\n" in v or "\r" in v):
                    self.multiline = True
                continue
            t = _neo4j_type(v)
            if t is None:
                empty.append(k)
                continue
            kept[k] = v
            types[k] = t
            if not self.multiline and t == "string[]" and any("\n" in x or "\r" in x for x in v):
                self.multiline = True
        return kept, types, empty

    def allocate(self) -> int:
        """A new node import id (0, 1, 2 ...)."""
        number = self.next_node
        self.next_node = number + 1
        return number

    def node(self, label: str, row: dict[str, Any], number: int | None = None) -> int:
        """Write a node's row; returns its import id (``number``, or the next one: 0, 1, 2 ... as written).

        The import tool maps integer ids far more cheaply than strings (``--id-type=integer``), and a
        relationship row then names its ends by number instead of by IRI. The id column has no property
        name, so the number is not stored; ``uri`` is an ordinary string property, as in the online load.
        """
        if number is None:
            number = self.allocate()
        props = {"uri": row["uri"], **{k: v for k, v in row["props"].items() if k != "uri"}}
        for name in _UNION_PROPS:
            if row.get(name) is not None:
                props[name] = row[name]
        kept, types, empty = self.typed(props)
        for name in empty:
            self.empty_node_props.setdefault(label, set()).add(name)
        signature = tuple(sorted((k, t) for k, t in types.items() if t != "string"))
        markers = ARRAY_DELIMITER.join(_NODE_MARKER + name for name in empty)
        self.open_file("node", label, signature).write(f"{number},{_quoted(markers) if markers else ''}", kept, types)
        if self.numbers is not None:
            self.numbers[row["uri"]] = number
        return number

    def relationship_rest(self, rel_type: str, row: dict[str, Any]) -> tuple[_File, str]:
        """The file of a relationship row and its fields after the two ends (see :meth:`relationship`)."""
        kept, types, empty = self.typed({"key": row["key"], **row["props"]})  # the online load MERGEs on key
        for name in empty:
            self.empty_rel_props.setdefault(rel_type, set()).add(name)
            kept[_REL_MARKER + name] = True
            types[_REL_MARKER + name] = "boolean"
        signature = tuple(sorted((k, t) for k, t in types.items() if t != "string"))
        f = self.open_file("relationship", rel_type, signature)
        return f, f.rest(kept, types)

    def relationship(self, rel_type: str, row: dict[str, Any]) -> None:
        """Write a relationship row whose ends are node IRIs (looked up in ``numbers``, kept by :meth:`node`)."""
        numbers = self.numbers
        assert numbers is not None, "a _CsvSet that resolves IRIs needs numbers={}"
        try:
            lead = f"{numbers[row['source']]},{numbers[row['target']]}"
        except KeyError as e:
            raise Neo4jError(f"a relationship names {e.args[0]!r}, which is not a node of this graph") from None
        f, rest = self.relationship_rest(rel_type, row)
        f.line(lead + rest)

    def close(self) -> None:
        for f in self.files.values():
            f.close()

    def flush(self) -> None:
        """Everything buffered to the files (before a worker is forked, which must not write it again)."""
        for f in self.files.values():
            if f.fh is not None and not f.fh.closed:  # not a worker's files, which come back closed
                f.flush_block()
                f.fh.flush()

    def absorb(self, other: _CsvSet) -> None:
        """Take over the (closed) files and findings of another worker's set."""
        for key, f in other.files.items():
            self.files[(other.part, *key)] = f
        for mine, theirs in ((self.empty_node_props, other.empty_node_props), (self.empty_rel_props, other.empty_rel_props)):
            for name, props in theirs.items():
                mine.setdefault(name, set()).update(props)
        self.multiline = self.multiline or other.multiline

    def report(self) -> BulkReport:
        report = BulkReport()
        multiline = self.multiline or any(f.multiline for f in self.files.values())
        for f in self.files.values():
            counts = report.nodes if f.kind == "node" else report.relationships
            counts[f.name] = counts.get(f.name, 0) + f.rows
        args = [
            "--array-delimiter=U+001F",
            "--delimiter=,",
            '--quote="',
            "--id-type=integer",
            "--bad-tolerance=0",
            "--skip-bad-relationships=false",
            "--skip-duplicate-nodes=false",
            "--normalize-types=false",
        ]
        # A line break inside a field makes the import tool read the file in its slower multiline mode: only the
        # data files that hold one are named (its v2 form), so the others (DERIVED_FROM's, say) keep the fast mode.
        broken = sorted(str(f.path.resolve()) for f in self.files.values() if f.multiline)
        if broken:
            args += ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(broken)]
        else:
            # Every row goes through a file's block, so a break is always a file's; true would only be a safe default.
            args.append(f"--multiline-fields={'true' if multiline else 'false'}")
        # Files with the same header (the workers' files of one type and columns) are one input group: the
        # import tool samples each group before it starts (single-threaded), so fewer groups start sooner.
        groups: dict[tuple[str, str, str], list[_File]] = {}
        for f in sorted(self.files.values(), key=lambda f: str(f.path)):
            groups.setdefault((f.kind, f.name, f.header_line()), []).append(f)
        for (kind, name, _header), members in groups.items():
            flag = "--nodes" if kind == "node" else "--relationships"
            data = ",".join(str(m.path.resolve()) for m in members)
            args.append(f"{flag}={name}={members[0].header.resolve()},{data}")
        report.files = len(self.files)
        report.multiline = multiline
        report.args = args
        report.first_start = first_start_statements(self.empty_node_props, self.empty_rel_props)
        return report


def _write(path: str | Path, out: Path, *, iri_args: dict[str, Any], whole: bool) -> BulkReport:
    """The CSVs from :func:`kg.sinks.neo4j.iter_rows`, the rows the online load sends, one at a time.

    :func:`_write_streamed` writes the same files from a graph.json laid out as kg writes it, faster.
    """
    rows, streamed = iter_rows(path, whole=whole, **iri_args)
    csvs = _CsvSet(out, numbers={})  # every node comes before the first relationship
    mention_pairs = array("q")  # hashes of the DERIVED_FROM keys that came from the nodes' mentions
    links_started = False
    last_doc: str | None = None
    try:
        for kind, key, row in rows():
            if kind == "node":
                csvs.node(key, row)
                continue
            rel_type = key[0]
            if streamed and rel_type == PROVENANCE_TYPE:
                if not links_started:
                    mention_pairs.append(hash(row["key"]))
                else:  # from a link: skip the pairs the mentions gave already
                    h = hash(row["key"])
                    k = bisect_left(mention_pairs, h)
                    if k < len(mention_pairs) and mention_pairs[k] == h:
                        continue
            elif streamed:
                if not links_started:
                    links_started = True
                    mention_pairs = array("q", sorted(mention_pairs))
                doc = row["props"].get("doc")
                if doc is not None:
                    doc = str(doc)
                    if last_doc is not None and doc < last_doc:
                        raise _Unordered
                    last_doc = doc
            csvs.relationship(rel_type, row)
    finally:
        csvs.close()
    return csvs.report()


def _q(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


#: Per Python type of a link property: its import type and how its text is made (before quoting).
_SCALAR_FIELD: dict[type, tuple[str, Any]] = {
    str: ("string", str),
    bool: ("boolean", {True: "true", False: "false"}.__getitem__),
    int: ("long", str),
    float: ("double", repr),
}
_BATCH = 8192  # link ends checked, and DERIVED_FROM rows from links sifted, this many at a time


@dataclass
class _LinkPlan:
    """How every link of one shape is written: its file, and which value goes to which column how."""

    file: _File
    width: int  # fields in a row
    at_key: int  # the key's field
    columns: list[tuple[int, int, Any]]  # (position among the link's values, field, text of the value)
    in_order: bool  # fields are source, target, key, then the columns in order, no gaps
    quotes: int  # quote characters in the fields after the ends joined by '","' when no value holds one
    plain: Any = None  # when every column's value is a string or an integer (text is str): a getter of them all, in order


class _NoPlan(Exception):
    """This node's values do not fit its shape's plan (a list of numbers, say): it takes the general path."""


#: Maps as kg's online load stores them (``json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":"))``), with one encoder made once.
_json_text = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


#: A JSON string as :data:`_json_text` writes one (the same encoder's string escaping).
_json_string = json.JSONEncoder(ensure_ascii=False).encode


def _map_text(value: Any) -> str:
    """:data:`_json_text` of a map; a mention as kg writes it (``doc`` a string, ``start`` and ``end`` integers)
    is formatted directly, in the encoder's own key order and spelling, without its per-call set-up."""
    if type(value) is dict and len(value) == 3:
        doc, start, end = value.get("doc"), value.get("start"), value.get("end")
        if type(doc) is str and type(start) is int and type(end) is int:
            return f'{{"doc":{_json_string(doc)},"end":{end},"start":{start}}}'
    return _json_text(value)


def _list_text(value: list[Any]) -> str:
    """A non-empty list's field (before quoting) when it is a ``string[]``: all strings, or all maps/lists (as JSON)."""
    try:
        text = ARRAY_DELIMITER.join(value)  # all strings: the common case (aliases, titles)
    except TypeError:
        if any(v is None or isinstance(v, (str, bool, int, float)) for v in value):
            raise _NoPlan from None  # numbers, or mixed: the general path decides the type
        text = ARRAY_DELIMITER.join([_map_text(v) for v in value])  # mentions: JSON objects (never a raw U+001F)
    if text.count(ARRAY_DELIMITER) != len(value) - 1:
        raise Neo4jError("a list element holds the character U+001F, which the importer uses between elements")
    return text


#: Per Python type of a node property: its import type and how its text is made (before quoting).
_NODE_FIELD: dict[type, tuple[str, Any]] = {
    str: ("string", None),  # as it is
    bool: ("boolean", {True: "true", False: "false"}.__getitem__),
    int: ("long", str),
    float: ("double", repr),
    dict: ("string", _map_text),
    list: ("string[]", _list_text),
}


@dataclass
class _NodePlan:
    """How every node of one shape is written (see :meth:`_Streamer.node`): its file, its id field's
    tail (the empty-list markers) and which value goes to which column how."""

    file: _File
    lead: str  # after the import id: "," and the quoted markers, if any
    columns: list[tuple[int, Any]]  # fields after uri: (position among the node's values, text of the value, None for a string as it is)
    tail: list[tuple[int, Any]]  # fields after id: the union lists (aliases, titles, mentions) that are there, the same way
    positions: list[int] | None  # each field's column in the file (uri, columns, id, tail), or None when they are 0, 1, 2 ...


_DOC_PREFIX = ID_PREFIX["Document"] + "/"
_DOC_IDS = 1 << 55  # Documents' import ids when several processes write the nodes: above every byte offset


def _doc_number(h: int) -> int:
    """A Document's import id from its id's hash (several writers agree on it without a word)."""
    return _DOC_IDS | (h & (_DOC_IDS - 1))  # the import tool's integer ids keep 57 bits


class _Layout(Exception):
    """The graph.json is not one node or link a line as kg writes it, so it cannot be split by lines."""


class _Streamer:
    """The state of a one-pass CSV writer (see :func:`_write_streamed`): fed nodes, then links.

    The same files as :func:`_write` (the same rows in the same order), with every check of
    :func:`kg.sinks.neo4j.iter_rows` made on the way: a bad type or property name or a link to a node
    that is not there raises :class:`Neo4jError`, and anything kg does not write itself (ids without their
    type prefix, a Document not named by its document id, a repeated id, links without keys or not in
    document order, links before nodes) raises :class:`_Unordered`, after which the caller reads the
    file whole instead. A link whose properties are all scalars (nearly all of kg's) is written through a
    plan made once per shape (type, property names and value types): no row dict, no per-value type test.
    Link ends are looked up, and the ``DERIVED_FROM`` rows from links sifted against those from the
    nodes' mentions, :data:`_BATCH` at a time with numpy (memory: 8 bytes per node and per mention pair).
    """

    def __init__(self, path: Path, out: Path, iri: Any) -> None:
        import numpy as np

        self.np = np
        self.path = path
        if iri is _default_node_iri:  # the same function, without the import it makes at each call
            from kg.ontology import node_iri as iri
        self.iri = lru_cache(maxsize=1 << 16)(iri)  # a document's links name the same few nodes again and again
        self.node_iri = iri  # each node's own IRI is made once: no cache
        self.node_plans: dict[tuple[Any, ...], _NodePlan | None] = {}  # by shape; None: the general path
        self.csvs = _CsvSet(out)
        self.node_ids = array("q")  # hashes of the node ids, sorted once the links start
        self.mention_pairs = array("q")  # hashes of the (node, document) pairs written from the nodes' mentions
        self.known = self.pairs = self.numbers = np.empty(0, dtype=np.int64)  # numbers[i]: import id of known[i]
        self.node_numbers = array("q")  # the import id of each node read, in the order read
        # One process numbers the nodes 0, 1, 2 ... and a Document when it or a mention of it is first met
        # (kg build writes the people, organisations ... with their mentions before the Documents); several
        # (``offsets``) number a node by its line's byte offset and a Document by its id (_doc_number), so
        # no worker needs another's numbers.
        self.offsets = False
        self.doc_numbers: dict[int, int] = {}  # hash of a Document's id -> its import id (one process)
        self.doc_refs: dict[int, str] = {}  # documents named by the mentions read: each must be a node
        self.doc_seen: set[int] = set()  # hashes of the Documents read
        self.plans: dict[tuple[Any, ...], _LinkPlan | None] = {}
        self.links_started = False
        self.first_doc: str | None = None  # of this worker's links
        self.last_doc: str | None = None
        self.sent: set[str] = set()  # link ends given DERIVED_FROM to the current document (links come document by document)
        self.doc_end = self.doc_field = self.doc_value = ""
        self.provenance: _File | None = None
        self.ends: list[str] = []  # link ends not yet looked up
        self.pending: list[tuple[_File, str]] = []  # link rows waiting for their ends' ids: (file, fields after the ends)
        self.candidates: list[str] = []  # DERIVED_FROM rows from links not yet sifted (fields after the start) ...
        self.candidate_ends: list[int] = []  # ... their start's position in ``ends``, and their pairs' hashes
        self.candidate_pairs: list[int] = []

    def provenance_file(self) -> _File:
        if self.provenance is None:
            f = self.csvs.open_file("relationship", PROVENANCE_TYPE, ())
            if (f.column("key", "string"), f.column("doc", "string")) != (0, 1):  # kg's own columns, in its order
                raise _Unordered
            self.provenance = f
        return self.provenance

    def node(self, attrs: dict[str, Any], offset: int | None = None) -> None:
        if self.links_started:
            raise _Unordered
        node_id = str(attrs.get("id"))
        label = attrs.get("type")
        plan = None
        if label != "Document":
            values = tuple(attrs.values())
            shape = (label, tuple(attrs), tuple(map(type, values)), tuple(map(bool, values)), self._dates(attrs))
            try:
                plan = self.node_plans[shape]
            except KeyError:
                plan = None
            except TypeError:  # an unhashable label: the general path refuses it
                shape = None
        if plan is not None:
            if _TYPE_OF_PREFIX.get(node_id.split("/", 1)[0]) != label:
                raise _Unordered
            try:
                number = self._planned_node(plan, node_id, values, offset)
            except _NoPlan:
                plan = None
        if plan is None:
            label, row = _node_row(node_id, attrs, self.node_iri)  # checks the type and the property names
            if _TYPE_OF_PREFIX.get(node_id.split("/", 1)[0]) != label:
                raise _Unordered
            if label == "Document" and node_id != document_id(row["props"]["doc"]):
                raise _Unordered
            h = hash(node_id)
            if label == "Document":  # a repeated one is found with the other repeated ids (start_links)
                self.doc_seen.add(h)
                number = self.doc_number(h)
                self.csvs.node(label, row, number)
            else:
                number = self.csvs.node(label, row, offset)
                if shape is not None and shape not in self.node_plans:
                    self.node_plans[shape] = _node_plan(self.csvs, label, attrs, row)
        self.node_ids.append(hash(node_id))
        self.node_numbers.append(number)
        mentions = attrs.get("mentions") if label != "Document" else None
        if mentions:
            docs = {str(m["doc"]) for m in mentions if isinstance(m, Mapping) and m.get("doc") is not None}
            if docs:
                line = self.provenance_file().line
                refs = self.doc_refs
                for doc in sorted(docs):
                    key = hash(document_id(doc))
                    if key not in refs:
                        refs[key] = doc
                    target = self.doc_number(key)
                    pair = f"{node_id}|{doc}"
                    line(f"{number},{target},{_q(pair)},{_q(doc)}")
                    self.mention_pairs.append(hash(pair))

    @staticmethod
    def _dates(attrs: dict[str, Any]) -> tuple[bool, ...] | None:
        """Which of a statistic's period_start / period_end the online load stores as dates (part of a node's shape)."""
        if "period_start" not in attrs and "period_end" not in attrs:
            return None
        return tuple(_iso_date(attrs.get(name)) for name in _DATE_PROPS)

    def _planned_node(self, plan: _NodePlan, node_id: str, values: tuple[Any, ...], offset: int | None) -> int:
        """Write a node through its shape's plan (the general path's very line); returns its import id."""
        texts = [self.node_iri(node_id)]
        for i, text in plan.columns:
            texts.append(values[i] if text is None else text(values[i]))
        texts.append(node_id)
        for i, text in plan.tail:
            texts.append(text(values[i]))
        number = self.csvs.allocate() if offset is None else offset
        if plan.positions is None:
            joined = '","'.join(texts)
            if joined.count('"') != 2 * (len(texts) - 1):  # a value holds a quote: double it
                joined = '","'.join([t.replace('"', '""') for t in texts])
            plan.file.line(f'{number}{plan.lead},"{joined}"')
        else:
            fields = [""] * (max(plan.positions) + 1)
            for at, t in zip(plan.positions, texts):
                fields[at] = _q(t)
            plan.file.line(f"{number}{plan.lead}," + ",".join(fields))
        return number

    def doc_number(self, h: int) -> int:
        """The import id of the Document whose id has hash ``h``."""
        if self.offsets:
            return _doc_number(h)
        number = self.doc_numbers.get(h)
        if number is None:
            number = self.doc_numbers[h] = self.csvs.allocate()
        return number

    def start_links(self) -> None:
        """The nodes are all read: sort their hashes for the links' lookups."""
        np = self.np
        self.links_started = True
        for key, doc in self.doc_refs.items():
            if key not in self.doc_seen:
                raise Neo4jError(f"{self.path}: a node's mention names the document {doc!r}, which is not a node of this graph")
        self.doc_refs = {}
        hashes = np.frombuffer(self.node_ids, dtype=np.int64)
        order = np.argsort(hashes, kind="stable")
        self.known = hashes[order]
        self.numbers = np.frombuffer(self.node_numbers, dtype=np.int64)[order]
        self.node_ids = array("q")
        self.node_numbers = array("q")
        if len(self.known) > 1 and bool((self.known[1:] == self.known[:-1]).any()):
            raise _Unordered  # a repeated node id
        if self.offsets and len(self.numbers) > 1:
            ids = np.sort(self.numbers)
            if bool((ids[1:] == ids[:-1]).any()):
                raise _Unordered  # two Documents whose ids' hashes agree in the bits kept: number them one by one
        self.pairs = np.sort(np.frombuffer(self.mention_pairs, dtype=np.int64))
        self.mention_pairs = array("q")

    def link(self, attrs: dict[str, Any]) -> None:
        if not self.links_started:
            self.start_links()
        iri = self.iri
        u, v = str(attrs.get("source")), str(attrs.get("target"))
        rel_type = attrs.get("type")
        if rel_type not in LINK_TYPES:
            _link_type(u, v, attrs)  # raises
        ends = self.ends
        ends.append(u)
        ends.append(v)
        key = attrs.get("key")
        if key is None:
            raise _Unordered
        doc = attrs.get("doc")
        if doc is not None:
            doc = str(doc)
            if self.last_doc is not None and doc < self.last_doc:
                raise _Unordered
            if self.first_doc is None:
                self.first_doc = doc
            self.last_doc = doc
        values = tuple(attrs.values())
        shape = (rel_type, tuple(attrs), tuple(map(type, values)))
        try:
            plan = self.plans[shape]
        except KeyError:
            plan = self.plans[shape] = _link_plan(self.csvs, rel_type, attrs)
        if plan is None:  # lists, maps: the general path
            self.pending.append(self.csvs.relationship_rest(rel_type, _link_row(u, v, key, attrs, iri)[1]))
        elif plan.in_order:
            if plan.plain is not None:  # every value a string or an integer: str() of each, in one go
                texts = [str(key), *map(str, plan.plain(values))]
            else:
                texts = [str(key), *[text(values[i]) for i, _at, text in plan.columns]]
            joined = '","'.join(texts)
            if joined.count('"') != plan.quotes:  # a value holds a quote: double it
                joined = '","'.join([t.replace('"', '""') for t in texts])
            self.pending.append((plan.file, ',"' + joined + '"'))
        else:
            fields = [""] * plan.width
            fields[plan.at_key] = _q(str(key))
            for i, at, text in plan.columns:
                fields[at] = _q(text(values[i]))
            self.pending.append((plan.file, ",".join(fields[1:])))  # fields[0:2] are the ends: "," + the rest
        if doc is not None:
            if doc != self.doc_end:
                self.sent.clear()
                self.doc_end = doc
                key = hash(document_id(doc))
                if key not in self.doc_seen:
                    raise Neo4jError(f"{self.path}: a link's document {doc!r} is not a node of this graph")
                self.doc_field = f",{self.doc_number(key)},"
                self.doc_value = _q(doc)
            sent = self.sent
            at = len(ends) - 2
            for end in (u, v):
                if end not in sent:
                    sent.add(end)
                    if not end.startswith(_DOC_PREFIX):  # a Document's id (an end that is no node is refused in settle)
                        pair = f"{end}|{doc}"
                        self.candidates.append(f'{self.doc_field}"{pair.replace(chr(34), chr(34) * 2)}",{self.doc_value}')
                        self.candidate_ends.append(at)
                        self.candidate_pairs.append(hash(pair))
                at += 1
        if len(ends) >= _BATCH:
            self.settle()

    def settle(self) -> None:
        """Look up the link ends read so far, and write the DERIVED_FROM rows from links not given by mentions."""
        np = self.np
        known, pairs, ends, candidates = self.known, self.pairs, self.ends, self.candidates
        ids: list[int] = []
        if ends:
            h = np.fromiter(map(hash, ends), dtype=np.int64, count=len(ends))
            at = np.minimum(_lookup(known, h), len(known) - 1)
            missing = np.flatnonzero(known[at] != h) if len(known) else np.arange(len(h))
            if len(missing):
                raise Neo4jError(f"{self.path}: a link names {ends[missing[0]]!r}, which is not a node of this graph")
            ids = self.numbers[at].tolist()
            ends.clear()
            it = iter(ids)
            for (f, rest), a, b in zip(self.pending, it, it):
                f.waiting.append(f"{a},{b}{rest}")  # File.line's work but its size check, made once below
            self.pending.clear()
        if candidates:
            if len(pairs):
                h = np.array(self.candidate_pairs, dtype=np.int64)
                at = np.minimum(_lookup(pairs, h), len(pairs) - 1)
                written = (pairs[at] == h).tolist()  # from the node's mentions already
            else:
                written = [False] * len(candidates)
            append = self.provenance_file().waiting.append
            for text, at, skip in zip(candidates, self.candidate_ends, written):
                if not skip:
                    append(f"{ids[at]}{text}")
            candidates.clear()
            self.candidate_ends.clear()
            self.candidate_pairs.clear()
        for f in self.csvs.files.values():
            if len(f.waiting) >= _File.BLOCK:
                f.flush_block()

    def finish(self) -> None:
        if not self.links_started:  # no links: the checks of the nodes alone
            self.start_links()
        self.settle()

    def worker(self, part: int) -> None:
        """Become worker ``part`` (in a forked process): new files of its own, the nodes' lookups kept."""
        self.csvs = _CsvSet(self.csvs.out, part)
        self.plans = {}
        self.node_plans = {}
        self.provenance = None
        self.first_doc = self.last_doc = None
        self.sent = set()
        self.doc_end = ""


def _lookup(known: Any, h: Any) -> Any:
    """``np.searchsorted(known, h)`` for a batch of hashes: searched in sorted order, which keeps each search
    near the last one in memory (about half the time of searching them as they come), put back in order."""
    order = h.argsort()
    at = known.searchsorted(h[order])
    out = at.copy()  # any array of the right size and type: every element is set next
    out[order] = at
    return out


def _write_streamed(path: str | Path, out: Path, *, iri: Any) -> BulkReport:
    """The CSVs of a graph.json laid out as kg writes it, read once, a node or link at a time (see :class:`_Streamer`)."""
    from kg.graph import iter_graph_sections
    from kg.sinks.neo4j import _graph_json_path

    path = _graph_json_path(path)
    s = _Streamer(path, out, iri)
    try:
        for section, attrs in iter_graph_sections(path):
            if section == "nodes":
                s.node(attrs)
            else:
                s.link(attrs)
        s.finish()
    finally:
        s.csvs.close()
    return s.csvs.report()


_NODES_AT = b'\n"nodes": [\n'
_LINKS_AT = b'\n],\n"links": [\n'
_END = b"\n]}"


def _line_item(line: bytes) -> dict[str, Any]:
    """The node or link on one line of a graph.json written by kg (``{...},``)."""
    text = line.rstrip(b"\r\n")
    if text.endswith(b","):
        text = text[:-1]
    try:
        item = json.loads(text)
    except ValueError:
        raise _Layout from None
    if not isinstance(item, dict):
        raise _Layout
    return item


def _sections(path: Path) -> tuple[int, int, int, int]:
    """Byte ranges of the nodes' and the links' lines in a graph.json written by kg, or :class:`_Layout`."""
    import mmap

    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        a = m.find(_NODES_AT)  # no line break inside a value (JSON escapes them): these are kg's own lines
        if a < 0:
            raise _Layout
        b = m.find(_LINKS_AT, a)
        if b < 0:
            raise _Layout
        c = b + len(_LINKS_AT)
        end = m.rfind(_END)
        if end < c - 1 or m[end + len(_END):].strip() != b"":
            raise _Layout
        return a + len(_NODES_AT), b + 1, c, end + 1


def _doc_boundary(path: Path, start: int, end: int) -> int:
    """The first line at or after byte ``start`` (a line start) whose link has another document than the line before."""
    with path.open("rb") as fh:
        fh.seek(start)
        offset, prev = start, _MISSING
        while offset < end:
            line = fh.readline()
            if not line:
                break
            doc = _line_item(line).get("doc") if line.strip() else prev
            if prev is not _MISSING and doc != prev:
                return offset
            prev = doc
            offset += len(line)
    return end


_MISSING = object()


def _fast_loads() -> Any:
    """``orjson.loads`` when orjson is installed (``pip install 'kg[fast]'``), else ``json.loads``.

    The same values for any JSON kg writes; what orjson refuses and the standard library reads (NaN,
    integers beyond 64 bits, lone surrogates) is handed to ``json.loads``, so the rows never depend on it.
    """
    try:
        import orjson
    except ImportError:
        return json.loads
    fast, slow, refused = orjson.loads, json.loads, orjson.JSONDecodeError

    def loads(text: bytes) -> Any:
        try:
            return fast(text)
        except refused:
            return slow(text)

    return loads


_loads = _fast_loads()


def _read_lines(path: Path, start: int, end: int, feed: Any, *, offsets: bool = False) -> None:
    """Feed each item on the lines between two byte offsets (line starts) to ``feed`` (with its line's offset)."""
    with path.open("rb", buffering=1 << 20) as fh:
        fh.seek(start)
        left = end - start
        loads = _loads
        while left > 0:
            lines = fh.readlines(min(left, 1 << 20))
            if not lines:
                break
            for line in lines:  # readlines may read on past the range
                if left <= 0:
                    break
                left -= len(line)
                if left < 0:  # the range ends inside this line: never, for line starts
                    raise _Layout
                text = line.rstrip(b"\r\n")
                if not text:
                    continue
                if text[-1:] == b",":
                    text = text[:-1]
                try:
                    item = loads(text)
                except ValueError:
                    raise _Layout from None
                if type(item) is not dict:
                    raise _Layout
                if offsets:
                    feed(item, end - left - len(line))
                else:
                    feed(item)


def _cuts(path: Path, start: int, end: int, workers: int, *, at_documents: bool) -> list[tuple[int, int]]:
    """``workers`` byte ranges of about the same size between two line starts, each starting at a line
    (and, ``at_documents``, at a link of another document than the line before); empty ones left out."""
    cuts = [start]
    for k in range(1, workers):
        at = start + (end - start) * k // workers
        with path.open("rb") as fh:  # to the next line start
            fh.seek(max(at - 1, start))
            fh.readline()
            at = min(fh.tell(), end)
        if at_documents:
            at = _doc_boundary(path, at, end)
        cuts.append(max(cuts[-1], at))
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a] or [(start, end)]


def _fork(work: Any, part: int) -> tuple[int, int]:
    """Run ``work()`` in a forked worker; returns (pid, read end of the pipe its result comes back on)."""
    import pickle

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: send back what work() gives, or what went wrong
        os.close(r)
        code = 0
        try:
            result: Any = ("ok", *work())
        except BaseException as e:  # noqa: BLE001 - handed to the parent, which raises it
            code = 1
            result = ("error", e if isinstance(e, (Neo4jError, _Unordered, _Layout)) else Neo4jError(f"CSV worker {part}: {e!r}"))
        try:
            with os.fdopen(w, "wb") as pipe:
                pickle.dump(result, pipe)
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def _results(children: list[tuple[int, int]]) -> list[tuple[Any, ...]]:
    """Every worker's result, in order (the workers are waited for); raises the first one's error."""
    import pickle

    out, error = [], None
    while children:
        pid, r = children[0]
        with os.fdopen(r, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        children.pop(0)
        try:
            result = pickle.loads(data)
        except Exception:  # noqa: BLE001 - a worker that died without a word
            result = ("error", Neo4jError(f"CSV worker {pid} ended without a result (wait status {status})"))
        if result[0] == "error":
            error = error or result[1]
        out.append(result[1:])
    if error is not None:
        raise error
    return out


def _write_parallel(path: str | Path, out: Path, *, iri: Any, workers: int) -> BulkReport:
    """:func:`_write_streamed` in ``workers`` processes, for a graph.json of one node or link a line (kg's).

    First the nodes: their lines are cut into ``workers`` ranges, written by forked workers into files of
    their own (``NAME.N.partP.csv``) while this process writes the first; a node's import id is its line's
    byte offset and a Document's comes from its id (:func:`_doc_number`), so no worker needs another's.
    The workers send back their node-id hashes and ids and the (node, document) pairs of their mentions.
    Then the links are cut into ``workers`` ranges of about the same size, each starting at a new document
    (the ``DERIVED_FROM`` rows of a document's links are written once, by one worker), written the same
    way by workers forked with every node's hash and id (shared copy-on-write, not copied). The rows are
    those of the one-process writer but for the nodes' import ids. Raises :class:`_Layout` for a
    graph.json not laid out so, and what the one-process writer raises otherwise.
    """
    from kg.sinks.neo4j import _graph_json_path

    path = _graph_json_path(path)
    n0, n1, l0, l1 = _sections(path)
    s = _Streamer(path, out, iri)
    s.offsets = True
    children: list[tuple[int, int]] = []  # (pid, read end of its pipe)
    ranges: list[tuple[int, int]] = []

    def closed(csvs: _CsvSet) -> _CsvSet:
        csvs.close()
        for f in csvs.files.values():
            f.fh = None  # type: ignore[assignment]
        return csvs

    def node_work(part: int, a: int, b: int) -> Any:
        def work() -> tuple[Any, ...]:
            s.worker(part)
            _read_lines(path, a, b, s.node, offsets=True)
            return (closed(s.csvs), s.node_ids.tobytes(), s.node_numbers.tobytes(), s.mention_pairs.tobytes(), s.doc_refs, s.doc_seen)
        return work

    def link_work(part: int, a: int, b: int) -> Any:
        def work() -> tuple[Any, ...]:
            s.worker(part)
            try:
                _read_lines(path, a, b, s.link)
                s.finish()
            finally:
                s.csvs.close()
            return (closed(s.csvs), s.first_doc, s.last_doc)
        return work

    try:
        node_ranges = _cuts(path, n0, n1, workers, at_documents=False) if n1 > n0 else [(n0, n1)]
        for part, (a, b) in enumerate(node_ranges[1:], start=1):
            children.append(_fork(node_work(part, a, b), part))
        _read_lines(path, *node_ranges[0], s.node, offsets=True)
        for theirs, node_ids, numbers, pairs, refs, seen in _results(children):
            s.csvs.absorb(theirs)
            s.node_ids.frombytes(node_ids)
            s.node_numbers.frombytes(numbers)
            s.mention_pairs.frombytes(pairs)
            for key, doc in refs.items():
                s.doc_refs.setdefault(key, doc)
            s.doc_seen |= seen
        s.start_links()
        ranges = _cuts(path, l0, l1, workers, at_documents=True) if l1 > l0 else [(l0, l1)]
        s.csvs.flush()  # a forked worker must find nothing buffered that it would write again
        first = len(node_ranges)  # the link workers' files are parts of their own
        for part, (a, b) in enumerate(ranges[1:], start=first):
            children.append(_fork(link_work(part, a, b), part))
        _read_lines(path, *ranges[0], s.link)
        s.finish()
        s.csvs.close()
        last_doc = s.last_doc
        error: BaseException | None = None
        for theirs, first_doc, their_last in _results(children):
            if first_doc is not None:
                if last_doc is not None and first_doc < last_doc:
                    error = error or _Unordered()
                last_doc = their_last
            s.csvs.absorb(theirs)
        if error is not None:
            raise error
    finally:
        for pid, r in children:  # an error here: end the workers started
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass
            os.close(r)
        s.csvs.close()
    report = s.csvs.report()
    report.csv_workers = max(1, len(ranges), len(node_ranges))
    return report


def _iso_date(value: Any) -> bool:
    """Whether the online load stores this value as a Neo4j date (:func:`kg.sinks.neo4j._node_row`)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _node_plan(csvs: _CsvSet, label: str, attrs: dict[str, Any], row: dict[str, Any]) -> _NodePlan | None:
    """How to write every node shaped like ``attrs`` (label, property names, value types and emptiness, dates),
    made from the first one, just written by the general path (:meth:`_CsvSet.node`), so its file and
    columns are known; None when the shape is one the plan does not cover (the general path writes it)."""
    if csvs.numbers is not None or "uri" in attrs:
        return None
    props = {"uri": row["uri"], **{k: v for k, v in row["props"].items() if k != "uri"}}
    for name in _UNION_PROPS:
        if row.get(name) is not None:
            props[name] = row[name]
    kept, types, empty = csvs.typed(props)
    signature = tuple(sorted((k, t) for k, t in types.items() if t != "string"))
    f = csvs.open_file("node", label, signature)  # the file the general path has just written the node to
    markers = ARRAY_DELIMITER.join(_NODE_MARKER + name for name in empty)
    names = list(attrs)
    columns: list[tuple[int, Any]] = []
    tail: list[tuple[int, Any]] = []
    order = list(kept)
    if order[:1] != ["uri"] or "id" not in order:
        return None
    at_id = order.index("id")
    for k in order[1:at_id] + order[at_id + 1:]:
        if k not in attrs:
            return None  # a field the row adds (doc): not a node of this plan's kind
        i = names.index(k)
        t = type(attrs[k])
        if k in _UNION_PROPS and t is not list:
            return None  # the online load turns it into a list of its items
        if types[k] == "date" and t is str:
            text = None  # written as it is (an ISO date), typed date
        elif t not in _NODE_FIELD or types[k] != _NODE_FIELD[t][0]:
            return None  # a list of numbers, say: the general path
        else:
            text = _NODE_FIELD[t][1]
        if (k in _UNION_PROPS) != (order.index(k) > at_id):
            return None
        (tail if k in _UNION_PROPS else columns).append((i, text))
    positions = [f.columns[k] for k in order]
    return _NodePlan(
        file=f,
        lead="," + (_q(markers) if markers else ""),
        columns=columns,
        tail=tail,
        positions=None if positions == list(range(len(positions))) else positions,
    )


def _link_plan(csvs: _CsvSet, rel_type: str, attrs: dict[str, Any]) -> _LinkPlan | None:
    """How to write every link shaped like ``attrs`` (see :func:`_write_streamed`), or None for the general path."""
    from kg.sinks.neo4j import _LINK_SKIP, _check_names

    _check_names(attrs, _LINK_SKIP)
    kept = [(i, k, type(v)) for i, (k, v) in enumerate(attrs.items()) if k not in _LINK_SKIP and v is not None]
    if any(t not in _SCALAR_FIELD for _i, _k, t in kept):
        return None
    for _i, k, _t in kept:
        if k not in csvs.names:
            csvs.names.add(_identifier(k))
    types = {"key": "string", **{k: _SCALAR_FIELD[t][0] for _i, k, t in kept}}
    signature = tuple(sorted((k, t) for k, t in types.items() if t != "string"))
    f = csvs.open_file("relationship", rel_type, signature)
    at_key = 2 + f.column("key", "string")
    columns = [(i, 2 + f.column(k, _SCALAR_FIELD[t][0]), _SCALAR_FIELD[t][1]) for i, k, t in kept]
    width = 1 + max([at_key, *(at for _i, at, _c in columns)])
    in_order = at_key == 2 and [at for _i, at, _c in columns] == list(range(3, width))
    plain = None
    if len(columns) >= 2 and all(text is str for _i, _at, text in columns):  # itemgetter of two or more gives a tuple
        plain = operator.itemgetter(*[i for i, _at, _text in columns])
    return _LinkPlan(f, width, at_key, columns, in_order, quotes=2 * (width - 3), plain=plain)


def first_start_statements(empty_node_props: dict[str, set[str]], empty_rel_props: dict[str, set[str]]) -> list[str]:
    """Marker fix-ups (empty lists), then the online load's constraints and indexes, then a wait for them."""
    out = []
    for label, names in sorted(empty_node_props.items()):
        for name in sorted(names):
            marker = _NODE_MARKER + name
            out.append(
                f"{REPEAT_MARK}\nMATCH (n:{_label(label)}:{marker}) WITH n LIMIT {_FIX_BATCH} "
                f"SET n.{name} = [] REMOVE n:{marker}"
            )
    for rel_type, names in sorted(empty_rel_props.items()):
        for name in sorted(names):
            marker = _REL_MARKER + name
            out.append(
                f"{REPEAT_MARK}\nMATCH ()-[r:{_rel_type(rel_type)}]->() WHERE r.{marker} WITH r LIMIT {_FIX_BATCH} "
                f"SET r.{name} = [] REMOVE r.{marker}"
            )
    out.extend(constraint_statements())
    out.append("CALL db.awaitIndexes(300)")
    return out


def _identifier(name: str) -> str:
    if not _IDENTIFIER.fullmatch(name) or name.startswith((_NODE_MARKER, _REL_MARKER)):
        raise Neo4jError(f"property name {name!r} is not a plain identifier; kg writes only its own field names")
    return name


def _label(label: str) -> str:
    from kg.sinks.neo4j import _label as check

    return check(label)


def _rel_type(rel_type: str) -> str:
    from kg.sinks.neo4j import _rel_type as check

    return check(rel_type)


def neo4j_local() -> Path:
    """kg's launcher script (``scripts/neo4j-local`` of a source checkout, or ``$KG_NEO4J_LOCAL``)."""
    named = os.environ.get("KG_NEO4J_LOCAL")
    script = Path(named) if named else Path(__file__).resolve().parents[2] / "scripts" / "neo4j-local"
    if not script.is_file() or not os.access(script, os.X_OK):
        raise ConfigError(
            f"{script}: kg's Neo4j launcher is not here; bulk import runs from a kg source checkout "
            "(or set KG_NEO4J_LOCAL to its scripts/neo4j-local)"
        )
    return script


def import_build(
    path: str | Path,
    data: str | Path,
    *,
    csv_dir: str | Path | None = None,
    base: str | None = None,
    iri: Any = None,
    keep_csv: bool = False,
    heap: str | None = None,
    echo: Any = None,
    workers: int | None = None,
) -> BulkReport:
    """Write the CSVs of a build and import them into the (stopped, empty) database of a launcher data folder.

    ``data`` is the folder ``scripts/neo4j-local start --data`` uses. The import refuses a running server
    and a database that already holds a store (a full import is for a first load into an empty database;
    use the online load for updates). On success :data:`FIRST_START_FILE` is written into ``data``; the
    CSVs (in ``csv_dir``, default ``DATA/kg-bulk-csv``, beside the server's own import folder, which stays empty) are removed unless ``keep_csv``.
    """
    data = Path(data)
    script = neo4j_local()
    if (data / "data" / "databases" / "neo4j" / "neostore").exists():
        raise Neo4jError(
            f"{data} already holds a neo4j database; a full import is for a first load into an empty database "
            "(use a new --data, or kg load neo4j without --bulk to add to it)"
        )
    csv_path = Path(csv_dir) if csv_dir is not None else data / "kg-bulk-csv"
    if csv_dir is None and csv_path.exists():
        shutil.rmtree(csv_path)  # kg's own folder in the data dir: CSVs of an earlier, failed import
    report = write_import_csvs(path, csv_path, base=base, iri=iri, workers=workers)
    cmd = [str(script), "import", "--data", str(data)]
    if heap:
        cmd += ["--heap", heap]
    cmd += ["--", *report.args]
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}  # the importer needs no password
    started, cpu = time.perf_counter(), _cpu_seconds()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    report.import_seconds = time.perf_counter() - started
    report.import_cpu_seconds = _cpu_seconds() - cpu
    if echo is not None:
        echo(proc.stdout)
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.strip().splitlines()[-15:])
        raise Neo4jError(f"the import into {data} failed (exit {proc.returncode}); CSVs kept in {csv_path}:\n{tail}")
    (data / FIRST_START_FILE).write_text(";\n".join(report.first_start) + ";\n", encoding="utf-8")
    if not keep_csv:
        shutil.rmtree(csv_path, ignore_errors=True)  # new or empty before: only what write_import_csvs wrote
    return report
