"""A persistent, embedded SPARQL store for kg builds (Oxigraph via pyoxigraph).

Builds add to the store; rebuilding a document replaces its named graph, so ingesting
the same build any number of times leaves the same quads:

* each document's named graph (``<base>doc/<slug>``) is dropped and loaded afresh;
* in the shared entities graph (``<base>graph/entities``) the description of every
  entity in the incoming build replaces the stored description of that entity;
  entities the build does not mention keep theirs.

Queries see the union of all graphs as their default graph, so ``SELECT`` works
without ``GRAPH``; use ``GRAPH ?doc { ... }`` to ask which document a fact came from.

>>> from kg.graph import KnowledgeGraph
>>> kg = KnowledgeGraph(); _ = kg.add_document("d1", source="d1.txt", sha256="0" * 64)
>>> with Store() as store:           # no path: in memory
...     _ = store.ingest(kg); _ = store.ingest(kg)
...     store.query("SELECT ?id WHERE { ?d a kg:Document ; kg:docId ?id }").rows
[{'id': 'd1'}]
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg.errors import StoreError
from kg.ontology import DEFAULT_BASE, entities_graph_iri

__all__ = [
    "QUERY_PREFIXES",
    "IngestResult",
    "SelectResult",
    "ShippedQuery",
    "Store",
    "bind_params",
    "make_server",
    "result_formats",
    "shipped_queries",
    "term_value",
]

_XSD = "http://www.w3.org/2001/XMLSchema#"
BULK_THRESHOLD = 100_000
"""Builds with more quads than this are loaded with Oxigraph's (non-transactional) bulk loader."""
_INT_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                   "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
                                   "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}


def _query_prefixes() -> dict[str, str]:
    from kg.sinks.rdf import PREFIXES

    return dict(PREFIXES)


QUERY_PREFIXES: dict[str, str] = _query_prefixes()
"""Prefixes every query may use without declaring them (kg, schema, org, prov, skos, foaf, ...)."""

_RESULT_FORMATS: dict[str, tuple[ox.QueryResultsFormat, str]] = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
}
_GRAPH_FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
}


def result_formats() -> dict[str, str]:
    """Result format name -> media type, for SELECT/ASK (json, xml, csv, tsv) and CONSTRUCT (turtle, ...)."""
    return {k: v[1] for k, v in {**_RESULT_FORMATS, **_GRAPH_FORMATS}.items()}


def term_value(term: Any) -> Any:
    """A plain Python value for an Oxigraph term: IRIs and strings as str, numbers as int/float, booleans as bool."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in _INT_TYPES:
                return int(term.value)
            if dt in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


@dataclass
class SelectResult:
    """Rows of a SELECT: ``vars`` in query order, each row a dict var -> plain value (unbound vars are absent)."""

    vars: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def from_sparql_json(cls, data: bytes | str | dict[str, Any]) -> SelectResult:
        """Read SPARQL 1.1 Query Results JSON (what ``kg serve`` and any endpoint return)."""
        doc = json.loads(data) if isinstance(data, (bytes, str)) else data
        if "boolean" in doc:
            return cls(["ask"], [{"ask": bool(doc["boolean"])}])
        vars_ = list(doc.get("head", {}).get("vars", []))
        rows = []
        for binding in doc.get("results", {}).get("bindings", []):
            row: dict[str, Any] = {}
            for var, t in binding.items():
                if t.get("type") == "bnode":
                    row[var] = "_:" + t["value"]
                elif t.get("type") in ("literal", "typed-literal"):
                    row[var] = term_value(ox.Literal(t["value"], datatype=ox.NamedNode(t["datatype"])) if t.get("datatype") else ox.Literal(t["value"]))
                else:
                    row[var] = t["value"]
            rows.append(row)
        return cls(vars_, rows)


@dataclass
class IngestResult:
    """What an ingest changed: documents whose graph was replaced, entities re-described, quads now stored."""

    documents: list[str] = field(repr=False)
    entities: int
    quads_loaded: int
    quads_total: int


class Store:
    """An Oxigraph store on disk (``path``) or in memory (``path=None``).

    ``read_only=True`` opens an existing store without taking the writer's lock (what
    ``kg query --store`` and a read-only ``kg serve`` do).
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, base: str = DEFAULT_BASE) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.base = base
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"{self.path}: no kg store here; create one with `kg build INPUT --store {self.path}`")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            hint = " (is another process, e.g. `kg serve`, writing to it?)" if "lock" in str(e).lower() else ""
            raise StoreError(f"{self.path}: cannot open the store{hint}: {e}") from e

    # -- context manager ---------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush to disk and release the store (further calls fail)."""
        store = getattr(self, "_store", None)
        self._store = None  # type: ignore[assignment]
        if store is not None and self.path is not None and not self.read_only:
            try:
                store.flush()
            except OSError as e:
                raise StoreError(f"{self.path}: could not flush the store to disk: {e}") from e

    @property
    def oxigraph(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    # -- writing -------------------------------------------------------------
    def ingest(self, graph: Any, *, base: str | None = None) -> IngestResult:
        """Add a build (KnowledgeGraph, networkx hub or rdflib Dataset), replacing its documents' graphs.

        This is what ``kg build --store DIR`` calls.
        """
        if isinstance(graph, Dataset):
            ds = graph
        else:
            from kg.sinks.rdf import to_dataset

            nxg = graph.to_networkx() if hasattr(graph, "to_networkx") else graph
            ds = to_dataset(nxg, base=base or self.base)
        return self.replace_documents(ds)

    def replace_documents(self, dataset: Dataset | Graph) -> IngestResult:
        """Replace each named graph of ``dataset`` in the store (entities graph: per entity); see module docs."""
        self._writable()
        entities = entities_graph_iri(self.base)
        docs: list[str] = []
        subjects: set[str] = set()
        graphs = dataset.graphs() if isinstance(dataset, Dataset) else [dataset]
        for g in graphs:
            name = str(g.identifier)
            if not len(g) or name == "urn:x-rdflib:default":
                continue
            if name == entities:
                subjects |= {str(s) for s in g.subjects(unique=True) if isinstance(s, URIRef)}
            else:
                docs.append(name)
        data = _nquads(dataset)
        return self._replace(docs, subjects, entities, data.count("\n"), {"input": data})

    def ingest_file(self, path: str | Path, *, base: str | None = None) -> IngestResult:
        """Add a build's ``graph.nq`` as :meth:`ingest` adds a build, reading the file as a stream.

        This is what ``kg build --store DIR`` calls: the file is scanned once for its document graphs
        and entity subjects (compact: one IRI each), then Oxigraph parses it from disk, so a corpus of
        any size is stored without holding its triples in memory.
        """
        self._writable()
        entities = entities_graph_iri(base or self.base)
        docs: set[str] = set()
        subjects: set[str] = set()
        quads = 0
        try:
            with Path(path).open(encoding="utf-8") as fh:
                for line in fh:
                    body = line.rstrip()
                    if not body or body.startswith("#"):
                        continue
                    if not body.endswith("> .") or not body.startswith("<"):
                        raise StoreError(f"{path}:{quads + 1}: not an N-Quads line kg writes (named graph expected)")
                    quads += 1
                    name = body[body.rfind("<", 0, -2) + 1 : -3]
                    if name == entities:
                        subjects.add(body[1 : body.index(">")])
                    else:
                        docs.add(name)
        except OSError as e:
            raise StoreError(f"{path}: cannot read ({e.strerror})") from e
        return self._replace(sorted(docs), subjects, entities, quads, {"path": str(path)})

    def _replace(self, docs: list[str], subjects: set[str], entities: str, quads: int, source: dict[str, Any]) -> IngestResult:
        drops = [f"DROP SILENT GRAPH <{_iri(d)}>" for d in sorted(docs)]
        drops += [f"DELETE WHERE {{ GRAPH <{_iri(entities)}> {{ <{_iri(s)}> ?p ?o }} }}" for s in sorted(subjects)]
        try:
            for i in range(0, len(drops), 500):
                self.oxigraph.update(" ;\n".join(drops[i : i + 500]))
            before = len(self.oxigraph)
            if quads > BULK_THRESHOLD:
                # One huge transaction is slow and memory-hungry; the bulk loader is not transactional, but
                # the graphs it fills were dropped above, so a rerun after a crash repairs them.
                self.oxigraph.bulk_load(format=ox.RdfFormat.N_QUADS, **source)
            else:
                self.oxigraph.load(format=ox.RdfFormat.N_QUADS, **source)
            total = len(self.oxigraph)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{self.path or 'memory store'}: ingest failed: {e}") from e
        return IngestResult(sorted(docs), len(subjects), total - before, total)

    def add_graph(self, graph: Dataset | Graph, *, graph_name: str | None = None) -> int:
        """Add triples or quads as they are (no replacement); a plain Graph goes to ``graph_name`` or the default graph.

        Returns the number of quads now stored.
        """
        self._writable()
        data = _nquads(graph, graph_name)
        try:
            self.oxigraph.load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{self.path or 'memory store'}: load failed: {e}") from e
        return len(self.oxigraph)

    def load_file(self, path: str | Path, *, bulk: bool = False) -> int:
        """Load an RDF file (format from its extension: .ttl .nt .nq .trig .jsonld .rdf); ``bulk`` skips transactions."""
        self._writable()
        try:
            fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip("."))
            if fmt is None:
                raise StoreError(f"{path}: unknown RDF file extension")
            if bulk:
                self.oxigraph.bulk_load(path=str(path), format=fmt)
            else:
                self.oxigraph.load(path=str(path), format=fmt)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{path}: load failed: {e}") from e
        return len(self.oxigraph)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (kg prefixes predeclared)."""
        self._writable()
        try:
            self.oxigraph.update(sparql, prefixes=QUERY_PREFIXES)
        except SyntaxError as e:
            raise StoreError(f"bad SPARQL update: {e}") from e
        except OSError as e:
            raise StoreError(f"update failed: {e}") from e

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    # -- reading -------------------------------------------------------------
    def _run(
        self, sparql: str, union: bool, default_graph: list[str] | None = None, named_graphs: list[str] | None = None
    ) -> Any:
        kwargs: dict[str, Any] = {}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(_iri(g)) for g in default_graph]
            union = False
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(_iri(g)) for g in named_graphs]
        try:
            return self.oxigraph.query(sparql, prefixes=QUERY_PREFIXES, use_default_graph_as_union=union, **kwargs)
        except SyntaxError as e:
            raise StoreError(f"bad SPARQL query: {e}") from e
        except OSError as e:
            raise StoreError(f"query failed: {e}") from e

    def query(self, sparql: str, *, union: bool = True) -> Any:
        """Run a query. SELECT -> :class:`SelectResult`; ASK -> bool; CONSTRUCT/DESCRIBE -> rdflib Graph.

        ``union`` (default) makes the default graph the union of all graphs.
        """
        result = self._run(sparql, union)
        if isinstance(result, ox.QuerySolutions):
            vars_ = [v.value for v in result.variables]
            rows = []
            for sol in result:
                rows.append({v: term_value(sol[v]) for v in vars_ if sol[v] is not None})
            return SelectResult(vars_, rows)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        g = Graph()
        data = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)
        if data:
            g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def query_serialized(
        self,
        sparql: str,
        fmt: str = "json",
        *,
        union: bool = True,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        output: Any = None,
    ) -> Any:
        """Run a query and serialise its results (json, xml, csv, tsv; turtle, ntriples, rdfxml, jsonld for graphs).

        Returns ``(body, media type)``; a graph result asked for in a results format comes as Turtle (or N-Triples
        for csv/tsv). With ``output`` (a binary file-like object) the results are written to it as they are
        evaluated and only the media type is returned; an error raised by its ``write`` stops the evaluation.
        """
        from kg.serve import serialize_results

        result = self._run(sparql, union, default_graph, named_graphs)
        sink = io.BytesIO() if output is None else output
        try:
            media = serialize_results(result, fmt, sink)
        except (OSError, ValueError) as e:  # evaluation is lazy: most errors of a running query surface here
            raise StoreError(f"query failed: {e}") from e
        if output is None:
            return sink.getvalue(), media
        return media

    def count(self, graph_name: str | None = None) -> int:
        """Quads stored (in one named graph if given)."""
        if graph_name is None:
            return len(self.oxigraph)
        return sum(1 for _ in self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph_name)))

    def documents(self) -> list[str]:
        """IRIs of the document graphs stored (named graphs other than the entities graph)."""
        entities = entities_graph_iri(self.base)
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode) and g.value != entities)

    def remove_document(self, doc_graph: str) -> None:
        """Drop one document's named graph."""
        self._writable()
        self.oxigraph.update(f"DROP SILENT GRAPH <{_iri(doc_graph)}>")

    def dump(self, path: str | Path) -> None:
        """Write the whole store as N-Quads (or TriG if the file ends in .trig)."""
        fmt = ox.RdfFormat.TRIG if str(path).endswith(".trig") else ox.RdfFormat.N_QUADS
        self.oxigraph.dump(path=str(path), format=fmt)


def _iri(value: str) -> str:
    if any(c in value for c in '<>"{}|^`\\ \n\t'):
        raise StoreError(f"not a valid IRI: {value!r}")
    return value


def _nquads(graph: Dataset | Graph, graph_name: str | None = None) -> str:
    if isinstance(graph, Dataset):
        return graph.serialize(format="nquads")
    if graph_name is None:
        return graph.serialize(format="nt")
    text = graph.serialize(format="nt")
    suffix = f" <{_iri(graph_name)}> .\n"
    return "".join(line.rstrip()[:-1].rstrip() + suffix for line in text.splitlines() if line.strip())


# -- shipped queries -------------------------------------------------------------
_QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_PARAM_LINE = re.compile(r"^#\s*@param\s+(\w+)\s*(.*)$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass(frozen=True)
class ShippedQuery:
    """A ready-made SPARQL query from ``kg/queries/NAME.rq``: its text, first comment line and parameters."""

    name: str
    path: Path
    text: str
    summary: str
    params: dict[str, str]  # parameter -> description; each binds ?param_<name>

    def bind(self, params: Mapping[str, str] | None = None) -> str:
        """The query text with the given parameters bound (unknown names are an error)."""
        params = dict(params or {})
        unknown = sorted(set(params) - set(self.params))
        if unknown:
            from kg.errors import ConfigError

            allowed = ", ".join(sorted(self.params)) or "none"
            raise ConfigError(f"query {self.name!r} has no parameter {', '.join(unknown)}; its parameters: {allowed}")
        for key in DATE_PARAMS:
            if params.get(key) is not None:
                params[key] = check_date_param(key, params[key])
        return bind_params(self.text, {f"param_{k}": v for k, v in params.items()})


#: Parameters of the ready-made queries (SPARQL and Cypher alike) that are calendar days.
DATE_PARAMS = ("from", "to")


def check_date_param(name: str, value: Any) -> str:
    """A ``from``/``to`` parameter as ``YYYY-MM-DD`` (a real day), else a ConfigError naming the parameter."""
    import datetime

    from kg.errors import ConfigError

    text = str(value).strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        datetime.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"parameter {name} must be a day as YYYY-MM-DD, not {text!r}") from None
    return text


def shipped_queries() -> dict[str, ShippedQuery]:
    """The ready-made queries (``kg/queries/*.rq``) by name."""
    out: dict[str, ShippedQuery] = {}
    for path in sorted(_QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = [line for line in text.splitlines() if line.startswith("#")]
        lead: list[str] = []
        for line in comments:
            words = line.lstrip("#").strip()
            if not words or words.startswith(("@param", "Columns:")):
                break
            lead.append(words)
        summary = " ".join(lead)
        params = {}
        for line in comments:
            m = _PARAM_LINE.match(line)
            if m:
                params[m.group(1)] = m.group(2).strip()
        out[path.stem] = ShippedQuery(path.stem, path, text, summary, params)
    return out


def bind_params(sparql: str, params: Mapping[str, Any]) -> str:
    """Bind variables by inserting ``VALUES ?var { literal }`` at the top of every ``WHERE { ... }`` group.

    Every group, so that a sub-select (evaluated on its own, before the outer query) sees the
    parameters too. Values become properly escaped RDF literals (strings, or typed for int/float/bool),
    so no value can change the query's shape.

    >>> print(bind_params('SELECT ?x WHERE { ?x ?p ?name }', {"name": 'Sadiq "the Mayor" Khan'}))
    SELECT ?x WHERE { VALUES ?name { "Sadiq \\"the Mayor\\" Khan" }
     ?x ?p ?name }
    """
    if not params:
        return sparql
    from rdflib import Literal

    matches = list(_WHERE.finditer(_strip_comments(sparql)))
    if not matches:
        raise StoreError("cannot bind parameters: the query has no WHERE { ... } group")
    clauses = []
    for name, value in params.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise StoreError(f"bad parameter name {name!r}")
        clauses.append(f"VALUES ?{name} {{ {Literal(value).n3()} }}")
    block = " " + " ".join(clauses) + "\n"
    for m in reversed(matches):
        sparql = sparql[: m.end()] + block + sparql[m.end():]
    return sparql


def _strip_comments(sparql: str) -> str:
    """Blank out # comments (keeping offsets) so a WHERE inside a comment is not taken for the query's."""
    out = []
    for line in sparql.splitlines(keepends=True):
        idx = _comment_start(line)
        out.append(line if idx < 0 else line[:idx] + " " * (len(line) - idx - (1 if line.endswith("\n") else 0)) + ("\n" if line.endswith("\n") else ""))
    return "".join(out)


def _comment_start(line: str) -> int:
    in_iri = False
    quote: str | None = None
    for i, c in enumerate(line):
        if quote:
            if c == quote and line[i - 1] != "\\":
                quote = None
        elif in_iri:
            if c == ">":
                in_iri = False
        elif c in "\"'":
            quote = c
        elif c == "<" and re.match(r"<[^\s<>]*>", line[i:]):
            in_iri = True
        elif c == "#":
            return i
    return -1


# -- SPARQL 1.1 Protocol endpoint: see kg.serve ---------------------------------------
def make_server(store: Store | str | Path, host: str = "127.0.0.1", port: int = 7878, *, allow_update: bool = False,
                limits: Any = None) -> Any:
    """A SPARQL 1.1 Protocol server over ``store``: see :func:`kg.serve.make_server`."""
    from kg.serve import make_server as _make

    return _make(store, host, port, allow_update=allow_update, limits=limits)
