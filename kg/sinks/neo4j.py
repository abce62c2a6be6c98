"""Neo4j sink: load the hub graph into Neo4j, idempotently and in batches, and run Cypher on it.

What lands in Neo4j
-------------------
* One node per graph node, labelled with its ``type`` (``Person``, ``Organisation``, ``Policy``,
  ``Statistic``, ``Place``, ``Quote``, ``Document``; only from :data:`kg.model.NODE_TYPES`), with
  ``uri`` (the same IRI the RDF side uses, :func:`kg.ontology.node_iri`), ``id`` (the graph.json id),
  ``name``, ``aliases``, ``titles`` and the type's own fields. Neo4j properties cannot be maps or
  lists of maps: ``mentions`` becomes a list of JSON strings (``'{"doc":"seed","start":3,"end":9}'``),
  any other map a JSON string.
* One relationship per graph link, typed by the link ``type`` (only from :data:`kg.model.LINK_TYPES`),
  with ``key`` (the hub's deterministic edge key) and the provenance ``doc``, ``start``, ``end``,
  ``sentence`` plus ``title``, ``quote``, ``cue``, ``direct`` where the link has them.
* ``DERIVED_FROM`` relationships (PROV-O's ``wasDerivedFrom``) from every node to each Document it was
  read from (its mentions and the links it takes part in), so "which documents support this" is one hop.

How it loads
------------
Uniqueness constraints on ``uri`` (one per label) come first, so every ``MERGE`` is an index lookup.
Then nodes, then relationships, each as ``UNWIND $rows`` batches, one statement per label (per
relationship type and end labels for links); labels and types are checked against the closed lists
and never taken from document text; every value travels as a parameter. Each batch is one managed
write transaction (``Driver.execute_query``), so transient errors are retried, with ``database_`` on
every call. Nodes ``MERGE`` on ``uri`` and relationships on their ``key``: loading the same build
twice, or two builds that share entities, leaves no duplicates. On a shared node a later load sets
scalar properties (last writer wins) and adds any new ``aliases``, ``titles`` and ``mentions`` to
those already there.

>>> from kg.graph import KnowledgeGraph                               # doctest: +SKIP
>>> G = KnowledgeGraph.from_json("out/").to_networkx()                # doctest: +SKIP
>>> load(G, uri="bolt://127.0.0.1:7687", user=None, password=None)     # doctest: +SKIP
LoadReport(nodes={'Document': 6, ...}, relationships={...}, ...)
"""
from __future__ import annotations

import json
import re
import time
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kg.errors import ConfigError, Neo4jError
from kg.model import ID_PREFIX, LINK_TYPES, NODE_TYPES, document_id

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "PROVENANCE_TYPE",
    "LoadReport",
    "QueryResult",
    "ShippedCypher",
    "connect",
    "connection_from_env",
    "constraint_statements",
    "iter_rows",
    "load",
    "load_file",
    "node_rows",
    "relationship_rows",
    "run_query",
    "settings_from_env",
    "shipped_queries",
]

DEFAULT_BATCH_SIZE = 5000
#: The one relationship type the sink adds beside the graph's links: node -> Document it was read from.
PROVENANCE_TYPE = "DERIVED_FROM"
#: Properties whose values are unioned (not replaced) when a later load meets an existing node.
_UNION_PROPS = ("aliases", "titles", "mentions")
_QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PARAM_LINE = re.compile(r"^//\s*@param\s+(\w+)\s*(.*)$")


def _default_node_iri(node_id: str) -> str:
    from kg.ontology import node_iri

    return node_iri(node_id)


# -- rows -------------------------------------------------------------------------------------------
def _is_primitive(value: Any) -> bool:
    return isinstance(value, (str, bool, int, float))


def _property_value(value: Any) -> Any:
    """A value Neo4j can store: scalars and homogeneous lists of scalars as they are, maps as JSON.

    >>> _property_value([{"doc": "d", "start": 1, "end": 2}])
    ['{"doc":"d","end":2,"start":1}']
    >>> _property_value({"Met": "alias"})
    '{"Met":"alias"}'
    >>> _property_value(["a", "b"])
    ['a', 'b']
    """
    if value is None or _is_primitive(value):
        return value
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        if all(_is_primitive(v) for v in items) and len({type(v) for v in items}) <= 1:
            return items
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for v in items]
    return str(value)


_PLAIN_NAMES: set[str] = set()  # names already checked (kg's own few field names), so each is matched once


def _check_names(attrs: Mapping[str, Any], skipped: Iterable[str] = ()) -> None:
    """Refuse a property name that is not a plain identifier (it would have to be pasted into Cypher)."""
    for key, value in attrs.items():
        if key in _PLAIN_NAMES or value is None or key in skipped:
            continue
        if not isinstance(key, str) or not _IDENTIFIER.fullmatch(key):
            raise Neo4jError(f"property name {key!r} is not a plain identifier; kg writes only its own field names")
        if len(_PLAIN_NAMES) < 4096:
            _PLAIN_NAMES.add(key)


def _props(attrs: Mapping[str, Any], skip: Iterable[str] = ()) -> dict[str, Any]:
    skipped = set(skip)
    _check_names(attrs, skipped)
    return {str(key): _property_value(value) for key, value in attrs.items() if key not in skipped and value is not None}


def _raw_doc(node_id: str, attrs: Mapping[str, Any]) -> str:
    return str(attrs.get("name") or node_id.split("/", 1)[-1])


_DATE_PROPS = ("period_start", "period_end")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NODE_SKIP = frozenset({"type", "id", "key", *_UNION_PROPS})
_LINK_SKIP = frozenset({"type", "key", "source", "target"})


def _node_label(node_id: str, attrs: Mapping[str, Any]) -> str:
    """The node's label, checked against the closed list."""
    label = attrs.get("type")
    if label not in NODE_TYPES:
        raise Neo4jError(f"node {node_id!r} has type {label!r}; Neo4j labels come only from {', '.join(NODE_TYPES)}")
    return label


def _link_type(u: str, v: str, attrs: Mapping[str, Any]) -> str:
    """The link's relationship type, checked against the closed list."""
    rel_type = attrs.get("type")
    if rel_type not in LINK_TYPES:
        raise Neo4jError(
            f"link {u!r} -> {v!r} has type {rel_type!r}; Neo4j relationship types come only from {', '.join(LINK_TYPES)}"
        )
    return rel_type


def _node_row(node_id: str, attrs: Mapping[str, Any], iri: Any) -> tuple[str, dict[str, Any]]:
    """One node's label and row."""
    label = _node_label(node_id, attrs)
    props = _props(attrs, skip=_NODE_SKIP)
    uri = iri(node_id)
    props["uri"] = uri
    props["id"] = node_id
    if label == "Document":
        props["doc"] = _raw_doc(node_id, attrs)
    for name in _DATE_PROPS:  # a statistic's period as Neo4j date values, so range filters compare dates
        if isinstance(props.get(name), str) and _ISO_DATE.fullmatch(props[name]):
            try:
                props[name] = date.fromisoformat(props[name])
            except ValueError:
                pass
    row: dict[str, Any] = {"uri": uri, "props": props}
    for name in _UNION_PROPS:
        value = attrs.get(name)
        row[name] = None if value is None else _property_value(list(value))
    return label, row


def node_rows(graph: Any, *, iri: Any = None) -> dict[str, list[dict[str, Any]]]:
    """Rows for the node statements, by label: ``{"uri", "props", "aliases", "titles", "mentions"}``."""
    iri = iri or _default_node_iri
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id, attrs in graph.nodes(data=True):
        label, row = _node_row(str(node_id), attrs, iri)
        rows[label].append(row)
    return dict(rows)


def _link_row(u: str, v: str, key: Any, attrs: Mapping[str, Any], iri: Any) -> tuple[str, dict[str, Any]]:
    """One link's type and row."""
    rel_type = _link_type(u, v, attrs)
    props = _props(attrs, skip=_LINK_SKIP)
    props["key"] = str(key)
    return rel_type, {"source": iri(u), "target": iri(v), "key": str(key), "props": props}


def _provenance_row(node_id: str, doc: str, doc_node: str, iri: Any) -> dict[str, Any]:
    return {"source": iri(node_id), "target": iri(doc_node), "key": f"{node_id}|{doc}", "props": {"doc": doc}}


def relationship_rows(graph: Any, *, iri: Any = None) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Rows for the relationship statements, by (type, source label, target label).

    Each row is ``{"source", "target", "key", "props"}``; ``DERIVED_FROM`` rows (node -> Document)
    are included under :data:`PROVENANCE_TYPE` and keyed by node and document.
    """
    iri = iri or _default_node_iri
    types = {n: a.get("type") for n, a in graph.nodes(data=True)}
    doc_nodes = {_raw_doc(str(n), a): n for n, a in graph.nodes(data=True) if a.get("type") == "Document"}
    rows: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    sources: dict[Any, set[str]] = defaultdict(set)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        rel_type, row = _link_row(str(u), str(v), key, attrs, iri)
        rows[(rel_type, types[u], types[v])].append(row)
        if attrs.get("doc") is not None:
            sources[u].add(str(attrs["doc"]))
            sources[v].add(str(attrs["doc"]))
    for node_id, attrs in graph.nodes(data=True):
        if attrs.get("type") == "Document":
            continue
        docs = set(sources.get(node_id, ()))
        docs.update(str(m["doc"]) for m in attrs.get("mentions") or () if isinstance(m, Mapping) and m.get("doc") is not None)
        for doc in sorted(docs):
            doc_node = doc_nodes.get(doc)
            if doc_node is None and document_id(doc) in types:
                doc_node = document_id(doc)
            if doc_node is None:
                continue
            rows[(PROVENANCE_TYPE, types[node_id], "Document")].append(_provenance_row(str(node_id), doc, str(doc_node), iri))
    return dict(rows)


# -- statements -------------------------------------------------------------------------------------
def _label(label: str) -> str:
    if label not in NODE_TYPES:
        raise Neo4jError(f"{label!r} is not a node type; expected one of {', '.join(NODE_TYPES)}")
    return label


def _rel_type(rel_type: str) -> str:
    if rel_type not in LINK_TYPES and rel_type != PROVENANCE_TYPE:
        raise Neo4jError(f"{rel_type!r} is not a link type; expected one of {', '.join(LINK_TYPES)}")
    return rel_type


def constraint_statements() -> list[str]:
    """One uniqueness constraint on ``uri`` per label, an index on ``Document.doc`` and on a statistic's period dates."""
    out = [
        f"CREATE CONSTRAINT kg_{label.lower()}_uri IF NOT EXISTS FOR (n:{_label(label)}) REQUIRE n.uri IS UNIQUE"
        for label in NODE_TYPES
    ]
    out.append("CREATE INDEX kg_document_doc IF NOT EXISTS FOR (n:Document) ON (n.doc)")
    # range indexes for the period filters of the ready-made queries (from/to)
    out.append("CREATE INDEX kg_statistic_period_start IF NOT EXISTS FOR (n:Statistic) ON (n.period_start)")
    out.append("CREATE INDEX kg_statistic_period_end IF NOT EXISTS FOR (n:Statistic) ON (n.period_end)")
    return out


def _key(name: str) -> str:
    if not _IDENTIFIER.fullmatch(name):
        raise Neo4jError(f"property name {name!r} is not a plain identifier; kg writes only its own field names")
    return f"`{name}`"


def _set_clause(var: str, keys: Iterable[str]) -> str:
    """``SET`` of each property from ``row.props``, keeping the stored value where the row has none.

    Explicit keys (not ``SET n += row.props``) let the planner stream the batch without an Eager step.
    """
    return ", ".join(f"{var}.{_key(k)} = coalesce(row.props.{_key(k)}, {var}.{_key(k)})" for k in sorted(set(keys)))


def node_statement(label: str, keys: Iterable[str] = ()) -> str:
    """The MERGE statement for one label; ``keys`` are the property names its rows carry (besides ``uri``)."""
    sets = [_set_clause("n", [k for k in keys if k != "uri"])] if any(k != "uri" for k in keys) else []
    sets += [
        f"n.{p} = CASE WHEN row.{p} IS NULL THEN n.{p} "
        f"ELSE coalesce(n.{p}, []) + [x IN row.{p} WHERE NOT x IN coalesce(n.{p}, [])] END"
        for p in _UNION_PROPS
    ]
    return f"UNWIND $rows AS row\nMERGE (n:{_label(label)} {{uri: row.uri}})\nSET " + ",\n    ".join(sets)


def relationship_statement(rel_type: str, source_label: str, target_label: str, keys: Iterable[str] = ()) -> str:
    """The MERGE statement for one relationship type between two labels, keyed on the hub's edge key."""
    props = [k for k in keys if k != "key"]
    statement = (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{_label(source_label)} {{uri: row.source}})\n"
        f"MATCH (b:{_label(target_label)} {{uri: row.target}})\n"
        f"MERGE (a)-[r:{_rel_type(rel_type)} {{key: row.key}}]->(b)"
    )
    return statement + (f"\nSET {_set_clause('r', props)}" if props else "")


def _prop_keys(rows: Iterable[dict[str, Any]]) -> list[str]:
    return sorted({k for row in rows for k in row["props"]})


# -- connection -------------------------------------------------------------------------------------
def _safe_uri(uri: str) -> str:
    """The URI without any user:password part, fit for messages."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<unparseable URI>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _one_line(exc: BaseException, uri: str | None = None) -> str:
    """The error's message on one line, with any URI userinfo (which may hold a password) taken out."""
    text = " ".join(str(getattr(exc, "message", None) or exc).split())
    if uri:
        text = text.replace(uri, _safe_uri(uri))
    return text


def connection_from_env(
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """Fill what was not given from ``NEO4J_URI`` / ``NEO4J_USER`` / ``NEO4J_PASSWORD`` / ``NEO4J_DATABASE``,
    then from the ``[neo4j]`` table of kg's settings file (see :mod:`kg.config`)."""
    import os

    from kg.config import neo4j_settings

    env = os.environ if environ is None else environ
    conn = {
        "uri": uri or env.get("NEO4J_URI") or None,
        "user": user or env.get("NEO4J_USER") or env.get("NEO4J_USERNAME") or None,
        "password": password if password is not None else (env.get("NEO4J_PASSWORD") or None),
        "database": database or env.get("NEO4J_DATABASE") or None,
    }
    if any(v is None for v in conn.values()):
        from_file = neo4j_settings(env)
        if conn["password"] is not None and conn["user"] is None and from_file["password"] is not None:
            from_file["user"] = None  # a user named for the file's password does not go with another password
        conn = {k: v if v is not None else from_file[k] for k, v in conn.items()}
    return conn


#: The name ``kg build --neo4j`` uses: keyword arguments for :func:`load` from flags and environment.
settings_from_env = connection_from_env


def connect(uri: str | None, user: str | None = None, password: str | None = None) -> Any:
    """A verified ``neo4j.Driver``. No password: no authentication (a server with auth off)."""
    if not uri:
        raise ConfigError("no Neo4j URI: pass --uri or set NEO4J_URI (e.g. bolt://127.0.0.1:7687)")
    import logging

    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError as DriverNeo4jError

    # The driver logs each retry of a transient failure; without a handler Python prints them to stderr,
    # burying kg's own one-line error. Applications that configure logging still see them.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    auth = None
    if password is not None:
        auth = (user or "neo4j", password)
    elif user:
        raise ConfigError("a Neo4j user was given but no password: set NEO4J_PASSWORD")
    try:
        # Notifications off: "unknown label/property" hints on an empty or partial graph are noise here.
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
    except (ConfigurationError, ValueError) as exc:
        raise ConfigError(f"bad Neo4j URI {_safe_uri(uri)}: {_one_line(exc, uri)}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        who = f"user {user or 'neo4j'!r}" if auth else "no credentials (set NEO4J_USER/NEO4J_PASSWORD)"
        raise Neo4jError(f"Neo4j at {_safe_uri(uri)} refused {who}") from None
    except (DriverError, DriverNeo4jError, OSError) as exc:
        driver.close()
        raise Neo4jError(f"cannot reach Neo4j at {_safe_uri(uri)}: {_one_line(exc, uri)}") from None
    return driver


# -- loading ----------------------------------------------------------------------------------------
@dataclass
class LoadReport:
    """What :func:`load` sent and what Neo4j changed (a second load of the same graph creates nothing)."""

    nodes: dict[str, int] = field(default_factory=dict)  # nodes the database holds after the load, by label
    relationships: dict[str, int] = field(default_factory=dict)  # relationships it holds, by type (DERIVED_FROM included)
    sent_nodes: dict[str, int] = field(default_factory=dict)  # rows sent, by label
    sent_relationships: dict[str, int] = field(default_factory=dict)  # rows sent, by type (a pair met twice is sent twice)
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    batches: int = 0
    seconds: float = 0.0
    node_seconds: float = 0.0  # time spent in the node statements
    relationship_seconds: float = 0.0  # time spent in the relationship statements
    database: str | None = None

    def __str__(self) -> str:
        return (
            f"database holds {sum(self.nodes.values())} nodes and {sum(self.relationships.values())} relationships "
            f"({self.nodes_created} nodes, {self.relationships_created} relationships new) in {self.seconds:.1f}s"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "nodes": dict(sorted(self.nodes.items())),
            "relationships": dict(sorted(self.relationships.items())),
            "sent_nodes": dict(sorted(self.sent_nodes.items())),
            "sent_relationships": dict(sorted(self.sent_relationships.items())),
            "nodes_created": self.nodes_created,
            "relationships_created": self.relationships_created,
            "properties_set": self.properties_set,
            "batches": self.batches,
            "seconds": round(self.seconds, 3),
            "node_seconds": round(self.node_seconds, 3),
            "relationship_seconds": round(self.relationship_seconds, 3),
            "database": self.database,
        }


def _write(driver: Any, statement: str, rows: Sequence[dict[str, Any]] | None, database: str | None) -> Any:
    from neo4j import RoutingControl

    params = {"rows": list(rows)} if rows is not None else {}
    return driver.execute_query(statement, parameters_=params, database_=database, routing_=RoutingControl.WRITE)


class _Batches:
    """Rows buffered per statement and sent ``batch_size`` at a time, one managed transaction each."""

    def __init__(self, driver: Any, database: str | None, batch_size: int, report: LoadReport) -> None:
        self.driver, self.database, self.batch_size, self.report = driver, database, batch_size, report
        self.step = "creating constraints"
        self._nodes: dict[str, list[dict[str, Any]]] = {}
        self._rels: dict[tuple[str, str, str], list[dict[str, Any]]] = {}

    def node(self, label: str, row: dict[str, Any]) -> None:
        rows = self._nodes.setdefault(label, [])
        rows.append(row)
        if len(rows) >= self.batch_size:
            self._send_nodes(label)

    def relationship(self, rel_type: str, source_label: str, target_label: str, row: dict[str, Any]) -> None:
        key = (rel_type, source_label, target_label)
        rows = self._rels.setdefault(key, [])
        rows.append(row)
        if len(rows) >= self.batch_size:
            self._send_relationships(key)

    def flush_nodes(self) -> None:
        for label in NODE_TYPES:
            self._send_nodes(label)

    def flush_relationships(self) -> None:
        for key in sorted(self._rels):
            self._send_relationships(key)

    def _send_nodes(self, label: str) -> None:
        rows = self._nodes.pop(label, None)
        if not rows:
            return
        self.step = f"loading {label} nodes"
        started = time.perf_counter()
        _count(self.report, _write(self.driver, node_statement(label, _prop_keys(rows)), rows, self.database))
        self.report.sent_nodes[label] = self.report.sent_nodes.get(label, 0) + len(rows)
        self.report.node_seconds += time.perf_counter() - started

    def _send_relationships(self, key: tuple[str, str, str]) -> None:
        rows = self._rels.pop(key, None)
        if not rows:
            return
        rel_type, source_label, target_label = key
        self.step = f"loading {rel_type} relationships"
        started = time.perf_counter()
        statement = relationship_statement(rel_type, source_label, target_label, _prop_keys(rows))
        _count(self.report, _write(self.driver, statement, rows, self.database))
        self.report.sent_relationships[rel_type] = self.report.sent_relationships.get(rel_type, 0) + len(rows)
        self.report.relationship_seconds += time.perf_counter() - started


def _run_load(
    feed: Any, *, uri: str | None, user: str | None, password: str | None, database: str | None, batch_size: int,
    driver: Any,
) -> LoadReport:
    """Constraints first, then ``feed(batches)``, which sends every node and then every relationship."""
    from neo4j.exceptions import DriverError, Neo4jError as DriverNeo4jError

    started = time.perf_counter()
    report = LoadReport(database=database)
    own = driver is None
    if own:
        driver = connect(uri, user, password)
    batches = _Batches(driver, database, batch_size, report)
    try:
        for statement in constraint_statements():
            _write(driver, statement, None, database)
        driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
        feed(batches)
        batches.step = "counting what the database holds"
        _held(driver, database, report)
    except (DriverError, DriverNeo4jError) as exc:
        raise Neo4jError(f"Neo4j at {_safe_uri(uri or '')} failed while {batches.step}: {_one_line(exc, uri)}") from None
    finally:
        if own:
            driver.close()
    report.seconds = time.perf_counter() - started
    return report


def _iri_function(iri: Any, base: str | None) -> Any:
    if iri is None and base:
        from kg.ontology import node_iri

        return lambda node_id: node_iri(node_id, base)
    return iri or _default_node_iri


def _graph_rows(graph: Any, iri: Any) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """Every row of an in-memory hub graph, as :func:`iter_rows` gives them (checked in full first)."""
    nodes = node_rows(graph, iri=iri)  # checked before anything is yielded
    rels = relationship_rows(graph, iri=iri)
    for label in NODE_TYPES:
        for row in nodes.get(label, ()):
            yield "node", label, row
    for key, rows in sorted(rels.items()):
        for row in rows:
            yield "relationship", key, row


def load(
    graph: Any,
    *,
    uri: str,
    user: str | None,
    password: str | None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    driver: Any = None,
    iri: Any = None,
    base: str | None = None,
) -> LoadReport:
    """Load a hub ``MultiDiGraph`` (or a :class:`kg.graph.KnowledgeGraph`) into Neo4j; see the module doc.

    ``driver`` reuses an open ``neo4j.Driver`` instead of connecting to ``uri``; ``base`` is the IRI base
    of the ``uri`` property (as ``kg build --base``; default ``https://kg.example.org/id/``), and ``iri``,
    for full control, maps a node id to its IRI (default :func:`kg.ontology.node_iri`, the RDF side's rule).
    For a graph.json on disk, :func:`load_file` does the same without holding the graph in memory.
    """
    if batch_size < 1:
        raise ConfigError(f"batch size must be at least 1, not {batch_size}")
    if hasattr(graph, "to_networkx"):
        graph = graph.to_networkx()
    rows = list(_graph_rows(graph, _iri_function(iri, base)))  # every row checked before anything is written
    return _run_load(
        lambda batches: _feed(batches, rows), uri=uri, user=user, password=password, database=database,
        batch_size=batch_size, driver=driver,
    )


def _feed(batches: _Batches, rows: Iterable[tuple[str, Any, dict[str, Any]]]) -> None:
    """Send rows (every node, then every relationship) in batches."""
    nodes_done = False
    for kind, key, row in rows:
        if kind == "node":
            batches.node(key, row)
            continue
        if not nodes_done:
            batches.flush_nodes()
            nodes_done = True
        batches.relationship(*key, row)
    if not nodes_done:
        batches.flush_nodes()
    batches.flush_relationships()


_TYPE_OF_PREFIX = {prefix: type_ for type_, prefix in ID_PREFIX.items()}


def _graph_json_path(path: str | Path) -> Path:
    path = Path(path)
    return path / "graph.json" if path.is_dir() else path


def _check_file(path: Path) -> str | None:
    """Check a graph.json before the first write, with memory for one 8-byte hash per node id.

    Raises on a type or property name kg would not write, or a link end that is not a node; returns why
    the file cannot be read a piece at a time with the same result as the whole graph (ids without their
    type prefix, links without keys, repeated ids), or None when it can.
    """
    from kg.graph import iter_graph_json

    hashes = array("q")
    foreign = None
    try:
        for attrs in iter_graph_json(path, "nodes"):
            node_id = str(attrs.get("id"))
            label = _node_label(node_id, attrs)
            _check_names(attrs, _NODE_SKIP)
            if _TYPE_OF_PREFIX.get(node_id.split("/", 1)[0]) != label:
                foreign = foreign or f"node id {node_id!r} does not start with its type's prefix"
            elif label == "Document" and node_id != document_id(_raw_doc(node_id, attrs)):
                foreign = foreign or f"Document {node_id!r} is not named by its document id"
            hashes.append(hash(node_id))
        hashes = array("q", sorted(hashes))
        if any(hashes[i] == hashes[i + 1] for i in range(len(hashes) - 1)):
            foreign = foreign or "a node id occurs twice"
        for attrs in iter_graph_json(path, "links"):
            u, v = str(attrs.get("source")), str(attrs.get("target"))
            _link_type(u, v, attrs)
            _check_names(attrs, _LINK_SKIP)
            for end in (u, v):
                k = bisect_left(hashes, hash(end))
                if k == len(hashes) or hashes[k] != hash(end):
                    raise Neo4jError(f"{path}: a link names {end!r}, which is not a node of this graph")
            if attrs.get("key") is None:
                foreign = foreign or "links without a key"
    except (OSError, ValueError) as exc:
        raise Neo4jError(f"{path}: not a readable graph.json ({exc})") from None
    return foreign


def _file_rows(path: Path, iri: Any) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """The rows of a graph.json laid out as kg writes it, read a node or link at a time (see :func:`load_file`)."""
    from kg.graph import iter_graph_json

    def label_of(node_id: str) -> str:
        return _TYPE_OF_PREFIX[node_id.split("/", 1)[0]]

    iri = lru_cache(maxsize=1 << 16)(iri)  # a document's links name the same few nodes again and again
    for attrs in iter_graph_json(path, "nodes"):
        label, row = _node_row(str(attrs.get("id")), attrs, iri)
        yield "node", label, row
    for attrs in iter_graph_json(path, "nodes"):
        node_id, label = str(attrs.get("id")), attrs.get("type")
        if label == "Document":
            continue
        docs = {str(m["doc"]) for m in attrs.get("mentions") or () if isinstance(m, Mapping) and m.get("doc") is not None}
        for doc in sorted(docs):
            yield "relationship", (PROVENANCE_TYPE, label, "Document"), _provenance_row(node_id, doc, document_id(doc), iri)
    sent: set[str] = set()  # ends already linked to the current link's document (links come document by document)
    current = None
    for attrs in iter_graph_json(path, "links"):
        u, v = str(attrs.get("source")), str(attrs.get("target"))
        rel_type, row = _link_row(u, v, attrs.get("key"), attrs, iri)
        yield "relationship", (rel_type, label_of(u), label_of(v)), row
        doc = attrs.get("doc")
        if doc is None:
            continue
        doc = str(doc)
        if doc != current:
            sent.clear()
            current = doc
        for end in (u, v):
            end_label = label_of(end)
            if end_label != "Document" and end not in sent:
                sent.add(end)
                yield "relationship", (PROVENANCE_TYPE, end_label, "Document"), _provenance_row(end, doc, document_id(doc), iri)


def iter_rows(
    path: str | Path, *, iri: Any = None, base: str | None = None, whole: bool = False
) -> tuple[Callable[[], Iterator[tuple[str, Any, dict[str, Any]]]], bool]:
    """The rows a load of this graph.json (or build folder) writes: the one mapping both loads use.

    Returns ``(rows, streamed)``: ``rows()`` yields ``("node", label, row)`` for every node, then
    ``("relationship", (type, source label, target label), row)`` for every relationship, rows as in
    :func:`node_rows` and :func:`relationship_rows`; each call reads the file anew. ``streamed`` is True
    when the file is read a node or link at a time; then a ``DERIVED_FROM`` row (node, document) can come
    twice, once from the node's mentions and once from a link of that document, and a consumer that
    creates rather than merges must drop the repeat: the ``DERIVED_FROM`` rows from mentions all come
    before the first link's row, and those from links follow each link, each (node, document) pair once
    per run of that document's links. A file not laid out as kg writes it, or any file with ``whole=True``,
    is read whole (``streamed`` False, no repeats). Everything is checked before ``iter_rows`` returns.
    """
    from kg.graph import KnowledgeGraph

    path = _graph_json_path(path)
    iri = _iri_function(iri, base)
    foreign = _check_file(path)
    if foreign is not None or whole:  # not kg's own layout: read it whole, as load() would
        rows = list(_graph_rows(KnowledgeGraph.from_json(path).to_networkx(), iri))
        return (lambda: iter(rows)), False
    return (lambda: _file_rows(path, iri)), True


def load_file(
    path: str | Path,
    *,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    driver: Any = None,
    iri: Any = None,
    base: str | None = None,
) -> LoadReport:
    """Load a graph.json (or a build folder's) into Neo4j a batch at a time; memory stays flat.

    The same nodes, relationships and properties as :func:`load` of the same graph. The file is read
    three times, one node or link at a time: nodes; then each node's ``DERIVED_FROM`` to the documents
    that mention it; then links, with ``DERIVED_FROM`` from their ends to the link's document. A link's
    end labels come from the node ids' type prefix (``person/``, ``org/``, ``doc/`` ...). A node-document
    pair met both ways is sent twice and merged into one relationship, so ``DERIVED_FROM`` rows sent can
    exceed the relationships made. Types, property names and link ends are all checked before anything is
    written. A graph.json not laid out as kg writes it (ids without their type prefix, links without keys,
    repeated ids) is loaded whole, as :func:`load` would, so the result is the same either way.
    """
    if batch_size < 1:
        raise ConfigError(f"batch size must be at least 1, not {batch_size}")
    path = _graph_json_path(path)
    rows, _streamed = iter_rows(path, iri=iri, base=base)
    conn = dict(uri=uri, user=user, password=password, database=database, batch_size=batch_size, driver=driver)
    try:
        return _run_load(lambda batches: _feed(batches, rows()), **conn)
    except (OSError, ValueError) as exc:
        raise Neo4jError(f"{path}: not a readable graph.json ({exc})") from None


def _held(driver: Any, database: str | None, report: LoadReport) -> None:
    """What the database holds after a load, by label and relationship type (kg's closed lists only),
    counted by the database itself: rows sent can repeat a node-document pair that MERGE makes once."""
    from neo4j import RoutingControl

    def count(statement: str) -> int:
        records, _, _ = driver.execute_query(statement, database_=database, routing_=RoutingControl.READ)
        return int(records[0][0]) if records else 0

    report.nodes = {label: n for label in NODE_TYPES if (n := count(f"MATCH (n:{_label(label)}) RETURN count(n)"))}
    report.relationships = {
        rel_type: n for rel_type in (*LINK_TYPES, PROVENANCE_TYPE)
        if (n := count(f"MATCH ()-[r:{_rel_type(rel_type)}]->() RETURN count(r)"))
    }


def _count(report: LoadReport, result: Any) -> None:
    counters = result.summary.counters
    report.nodes_created += counters.nodes_created
    report.relationships_created += counters.relationships_created
    report.properties_set += counters.properties_set
    report.batches += 1


# -- querying ---------------------------------------------------------------------------------------
@dataclass
class QueryResult:
    """Columns and rows of a Cypher query, values made plain (nodes and relationships become dicts)."""

    columns: list[str]
    rows: list[dict[str, Any]]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def plain(value: Any) -> Any:
    """A Neo4j value as JSON-friendly Python: nodes/relationships as dicts of their properties."""
    from neo4j.graph import Node, Path as GraphPath, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, GraphPath):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)


_CYPHER_SKIP = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`|//[^\n]*|/\*.*?(?:\*/|\Z)""", re.S
)
_LOAD_CSV = re.compile(r"(?<![\w$])LOAD\s+CSV(?![\w$])", re.I)


def reads_files(cypher: str) -> bool:
    """Does the statement hold a ``LOAD CSV`` clause (strings, quoted names and comments aside)?

    >>> reads_files("LOAD CSV FROM 'file:///etc/shadow' AS r RETURN r"), reads_files("RETURN 'LOAD CSV' AS s")
    (True, False)
    """
    return bool(_LOAD_CSV.search(_CYPHER_SKIP.sub(" ", cypher)))


def run_query(
    cypher: str,
    params: Mapping[str, Any] | None = None,
    *,
    uri: str | None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    write: bool = False,
    driver: Any = None,
) -> QueryResult:
    """Run one Cypher statement with parameters; read-only unless ``write=True``.

    >>> run_query("MATCH (p:Person) WHERE p.name = $name RETURN p.uri AS uri",
    ...           {"name": "Sadiq Khan"}, uri="bolt://127.0.0.1:7687")   # doctest: +SKIP
    QueryResult(columns=['uri'], rows=[{'uri': 'https://kg.example.org/id/person/sadiq-khan'}])
    """
    from neo4j import RoutingControl
    from neo4j.exceptions import ClientError, DriverError, Neo4jError as DriverNeo4jError

    if not write and reads_files(cypher):
        raise Neo4jError("Cypher refused: LOAD CSV reads files and URLs, which a read-only kg query may not do")
    own = driver is None
    if own:
        driver = connect(uri, user, password)
    try:
        records, _summary, keys = driver.execute_query(
            cypher,
            parameters_=dict(params or {}),
            database_=database,
            routing_=RoutingControl.WRITE if write else RoutingControl.READ,
        )
    except ClientError as exc:
        hint = " (writing needs --write)" if "read access mode" in str(exc.message or "").lower() else ""
        raise Neo4jError(f"Cypher refused{hint}: {_one_line(exc, uri)}") from None
    except (DriverError, DriverNeo4jError) as exc:
        raise Neo4jError(f"Neo4j at {_safe_uri(uri or '')} failed: {_one_line(exc, uri)}") from None
    finally:
        if own:
            driver.close()
    columns = list(keys)
    return QueryResult(columns, [{k: plain(r[k]) for k in columns} for r in records])


# -- shipped queries --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ShippedCypher:
    """A ready-made Cypher query from ``kg/queries/NAME.cypher``: text, summary line and parameters.

    Parameters are declared in the header as ``// @param name description``; any left out are passed
    as null, and the query treats null as "no filter".
    """

    name: str
    path: Path
    text: str
    summary: str
    params: dict[str, str]

    def parameters(self, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
        given = dict(given or {})
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            allowed = ", ".join(sorted(self.params)) or "none"
            raise ConfigError(f"query {self.name!r} has no parameter {', '.join(unknown)}; its parameters: {allowed}")
        from kg.store import DATE_PARAMS, check_date_param

        out = {name: given.get(name) for name in self.params}
        for name in DATE_PARAMS:
            if out.get(name) is not None:
                out[name] = check_date_param(name, out[name])
        return out


def shipped_queries() -> dict[str, ShippedCypher]:
    """The ready-made Cypher queries (``kg/queries/*.cypher``) by name."""
    out: dict[str, ShippedCypher] = {}
    for path in sorted(_QUERIES_DIR.glob("*.cypher")):
        text = path.read_text(encoding="utf-8")
        comments = [line for line in text.splitlines() if line.startswith("//")]
        summary = comments[0].lstrip("/ ").strip() if comments else ""
        params: dict[str, str] = {}
        for line in comments:
            m = _PARAM_LINE.match(line)
            if m:
                params[m.group(1)] = m.group(2).strip()
        out[path.stem] = ShippedCypher(path.stem, path, text, summary, params)
    return out
