"""Plain data: the facts kg extracts, with provenance, and their stable ids.

Nothing here knows about spaCy, files or stores. Extraction produces
:class:`Node` and :class:`Link` objects per document; :mod:`kg.graph` merges
them into one networkx ``MultiDiGraph`` whose node and link attributes are
exactly the fields of ``graph.json`` (see ``docs/graph-json.md``).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# The closed lists every sink draws labels, relationship types and predicates from.
NODE_TYPES: tuple[str, ...] = ("Person", "Organisation", "Policy", "Statistic", "Place", "Quote", "Document")
ENTITY_TYPES: tuple[str, ...] = ("Person", "Organisation", "Policy", "Place")
LINK_TYPES: tuple[str, ...] = (
    "SAID",
    "ANNOUNCED",
    "OVERSEES",
    "HOLDS_ROLE",
    "MENTIONS",
    "REPORTED_BY",
    "LOCATED_IN",
    "PART_OF",
)
ID_PREFIX: dict[str, str] = {
    "Person": "person",
    "Organisation": "org",
    "Policy": "policy",
    "Statistic": "stat",
    "Place": "place",
    "Quote": "quote",
    "Document": "doc",
}


_APOSTROPHES = re.compile(r"['’`]")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 14)
def slugify(text: str, *, max_len: int = 80) -> str:
    """Lower-case ASCII slug: ``"Sadiq Khan's"`` -> ``"sadiq-khans"``.

    >>> slugify("National Police Chiefs’ Council")
    'national-police-chiefs-council'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = _APOSTROPHES.sub("", text)
    text = _NON_SLUG.sub("-", text).strip("-")
    if len(text) > max_len:
        digest = hashlib.sha1(text.encode()).hexdigest()[:8]
        text = text[: max_len - 9].rstrip("-") + "-" + digest
    return text or "x"


def entity_id(type_: str, name: str) -> str:
    """Stable id of a Person, Organisation, Policy or Place from its canonical name."""
    return f"{ID_PREFIX[type_]}/{slugify(name)}"


_PLAIN_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: Hex digits of the sha256 of the exact id that follow ``--`` in a document key.
DOC_KEY_HASH_LEN = 16


#: Document keys cached: a document's key is asked for many times while it is handled, and hardly ever once
#: the build has moved on, so a small cache does; one of the size of the entity-name cache above would hold
#: the last 16,384 documents' ids and grow a long build's memory by a few megabytes for nothing.
DOC_KEY_CACHE = 1 << 10


@lru_cache(maxsize=DOC_KEY_CACHE)
def doc_key(doc_id: str) -> str:
    """The safe, unique, stable key of a document id: node ids, IRIs and ``texts/<key>.txt`` use it.

    An id that already is a plain slug (lower-case ASCII letters and digits in groups joined by
    single hyphens, at most 80 characters) is its own key. Any other id gets a readable slug, two
    hyphens and 16 hex digits of the sha256 of the exact id, so ``Case`` and ``case``,
    ``Report A`` and ``report-a``, or ``日本`` and ``中国`` never share a key: a plain slug never
    holds ``--``, and different ids have different hashes. The key is only ever ``[a-z0-9-]``, never
    starts with ``-`` or ``.``, and is at most 98 characters, so it is a safe file name anywhere.

    >>> doc_key("seed"), doc_key("Case"), doc_key("../../etc/x")
    ('seed', 'case--15f86e24ed25aed1', 'etc-x--56da1a2ef2dfa53b')
    """
    if len(doc_id) <= 80 and _PLAIN_KEY.fullmatch(doc_id):
        return doc_id
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:DOC_KEY_HASH_LEN]
    # slugify's own cache is for entity names, which recur; document ids do not
    return f"{slugify.__wrapped__(doc_id, max_len=80)}--{digest}"


def doc_scoped_id(type_: str, doc_id: str, suffix: str | int) -> str:
    """Stable id of a node that only exists inside one document (Quote, Statistic)."""
    return f"{ID_PREFIX[type_]}/{doc_key(doc_id)}/{slugify(str(suffix))}"


def document_id(doc_id: str) -> str:
    """Id of a document's node: ``doc/<doc_key(id)>``."""
    return f"doc/{doc_key(doc_id)}"


@dataclass(frozen=True)
class Mention:
    """Where a node occurs: document id and character offsets into the cleaned text."""

    doc: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass
class Node:
    """One node as extraction sees it inside a document.

    ``props`` holds the type-specific fields of graph.json: ``value``, ``unit``,
    ``measure``, ``period``, ``place``, ``change``, ``qualifier``, ``source`` on a
    Statistic, ``text`` on a Quote, ``wikidata`` on a registry entity, and
    ``merged`` (surface form -> reason) on entities whose aliases were merged.
    """

    id: str
    type: str
    name: str | None = None
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.type not in NODE_TYPES:
            raise ValueError(f"unknown node type {self.type!r}; expected one of {NODE_TYPES}")


@dataclass
class Link:
    """One directed, typed fact between two nodes, with its provenance."""

    source: str
    target: str
    type: str
    doc: str
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    props: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.type not in LINK_TYPES:
            raise ValueError(f"unknown link type {self.type!r}; expected one of {LINK_TYPES}")

    @property
    def key(self) -> str:
        """Deterministic key: the same fact from the same place is one link."""
        raw = f"{self.type}|{self.source}|{self.target}|{self.doc}|{self.start}|{self.end}|{self.props.get('title', '')}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


@dataclass
class DocumentFacts:
    """Everything extracted from one document."""

    doc_id: str
    nodes: list[Node] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
