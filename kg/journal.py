"""The build journal: one JSON line of facts per finished document, written as the build goes.

``kg build --out DIR`` appends each document's facts to ``DIR/facts.jsonl`` as
soon as the document is done, then assembles ``graph.json`` and the other
outputs from the journal. So

* a build killed half-way loses nothing that was finished: ``--resume`` skips
  every document already in the journal with the same sha256 and builds the rest;
* a document is never counted twice: the last record of an id wins;
* the final graph does not depend on how the work was split: the journal is
  replayed in document-id order, interrupted or not.

A half-written last line (the process was killed mid-write) is cut off on resume.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.diskindex import key_bytes, temporary_db
from kg.errors import SinkError
from kg.model import DocumentFacts, Link, Mention, Node

JOURNAL_NAME = "facts.jsonl"


def node_to_dict(node: Node) -> dict[str, Any]:
    return {
        "id": node.id,
        "type": node.type,
        "name": node.name,
        "aliases": sorted(node.aliases),
        "titles": sorted(node.titles),
        "mentions": [m.as_dict() for m in node.mentions],
        "props": node.props,
    }


def node_from_dict(data: dict[str, Any]) -> Node:
    return Node(
        id=data["id"],
        type=data["type"],
        name=data.get("name"),
        aliases=set(data.get("aliases", ())),
        titles=set(data.get("titles", ())),
        mentions=[Mention(m["doc"], m["start"], m["end"]) for m in data.get("mentions", ())],
        props=dict(data.get("props", {})),
    )


def link_to_dict(link: Link) -> dict[str, Any]:
    return {
        "source": link.source,
        "target": link.target,
        "type": link.type,
        "doc": link.doc,
        "start": link.start,
        "end": link.end,
        "sentence": link.sentence,
        "props": link.props,
    }


def link_from_dict(data: dict[str, Any]) -> Link:
    return Link(
        source=data["source"],
        target=data["target"],
        type=data["type"],
        doc=data["doc"],
        start=data.get("start"),
        end=data.get("end"),
        sentence=data.get("sentence"),
        props=dict(data.get("props", {})),
    )


def to_record(document: dict[str, Any], facts: DocumentFacts) -> dict[str, Any]:
    """One journal line: the document record (id, source, sha256, ...) and its facts."""
    return {
        "document": document,
        "nodes": [node_to_dict(n) for n in facts.nodes],
        "links": [link_to_dict(l) for l in facts.links],
        "warnings": list(facts.warnings),
    }


def record_line(document: dict[str, Any], facts: DocumentFacts) -> str:
    """The journal line of one document, without its newline (JSON escapes every newline in it)."""
    return json.dumps(to_record(document, facts), ensure_ascii=False, separators=(",", ":"))


def from_record(record: dict[str, Any]) -> tuple[dict[str, Any], DocumentFacts]:
    document = record["document"]
    facts = DocumentFacts(
        doc_id=document["id"],
        nodes=[node_from_dict(n) for n in record.get("nodes", ())],
        links=[link_from_dict(l) for l in record.get("links", ())],
        warnings=list(record.get("warnings", ())),
    )
    return document, facts


def _document_of(raw: bytes, path: str | Path, lineno: int) -> dict[str, Any]:
    """The document record of one journal line; a damaged line is a SinkError naming path and line."""
    try:
        record = json.loads(raw)
        document = record["document"]
        if not isinstance(document, dict) or not isinstance(document["id"], str) or not isinstance(document["sha256"], str):
            raise TypeError("the document record is not an object with string 'id' and 'sha256'")
        if not isinstance(record.get("nodes", []), list) or not isinstance(record.get("links", []), list):
            raise TypeError("'nodes' and 'links' must be lists")
    except (ValueError, KeyError, TypeError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        reason = f"missing {exc}" if isinstance(exc, KeyError) else str(exc).splitlines()[0][:120]
        raise SinkError(
            f"{path}:{lineno}: damaged build journal ({reason}); build again without --resume"
        ) from None
    return document


class Journal:
    """Append-only facts journal of one output folder."""

    def __init__(self, out_dir: str | Path, *, resume: bool = False) -> None:
        self.path = Path(out_dir) / JOURNAL_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # doc id -> sha256 of the documents an earlier build finished (what --resume skips), in a temporary
        # SQLite file: an earlier build of millions of documents would otherwise keep millions of ids in memory.
        # Documents finished in this run are not added: a build gives every document its own id, so none is
        # asked about twice.
        self._done: Any = None
        if resume and self.path.exists():
            self._recover()
        else:
            self.path.write_bytes(b"")
        self._fh: IO[str] | None = self.path.open("a", encoding="utf-8")

    def _recover(self) -> None:
        """Read finished documents; cut a half-written last line."""
        with self.path.open("r+b") as fh:
            size = fh.seek(0, os.SEEK_END)
            end = size
            while end > 0:  # the end of the last whole line
                fh.seek(max(0, end - 65536))
                piece = fh.read(end - max(0, end - 65536))
                cut = piece.rfind(b"\n")
                if cut >= 0:
                    end = max(0, end - 65536) + cut + 1
                    break
                end = max(0, end - 65536)
            if end < size:
                fh.truncate(end)
        db = self._done = temporary_db()
        db.execute("CREATE TABLE done (id BLOB PRIMARY KEY, sha256 TEXT) WITHOUT ROWID")
        batch: list[tuple[bytes, str]] = []
        with self.path.open("rb") as fh:
            for lineno, line in enumerate(fh, start=1):
                if line.strip():
                    document = _document_of(line, self.path, lineno)
                    batch.append((key_bytes(document["id"]), document["sha256"]))
                    if len(batch) >= 4096:
                        db.executemany("INSERT OR REPLACE INTO done VALUES (?, ?)", batch)
                        batch.clear()
        db.executemany("INSERT OR REPLACE INTO done VALUES (?, ?)", batch)

    @property
    def done(self) -> dict[str, str]:
        """The documents an earlier build finished, id -> sha256 (read from the index: for tests and tools)."""
        if self._done is None:
            return {}
        return {k.decode("utf-8", "surrogatepass"): v for k, v in self._done.execute("SELECT id, sha256 FROM done")}

    def is_done(self, doc_id: str, sha256: str) -> bool:
        if self._done is None:
            return False
        row = self._done.execute("SELECT sha256 FROM done WHERE id = ?", (key_bytes(doc_id),)).fetchone()
        return row is not None and row[0] == sha256

    def append(self, document: dict[str, Any], facts: DocumentFacts) -> None:
        self.append_line(record_line(document, facts))

    def append_line(self, line: str) -> None:
        """One finished document whose record is already a journal line (see :func:`record_line`)."""
        if self._fh is None:
            raise ValueError("journal is closed")
        if "\n" in line:
            raise ValueError("a journal line holds one record")
        self._fh.write(line + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._done is not None:
            self._done.close()
            self._done = None
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def replay(path: str | Path) -> Iterator[tuple[dict[str, Any], DocumentFacts]]:
    """Each finished document once (its last record), in document-id order.

    Where each document's last line is goes into a temporary SQLite index (see :mod:`kg.diskindex`), not
    memory, so replaying a journal of millions of documents holds one record at a time.
    """
    db = temporary_db()
    try:
        db.execute("CREATE TABLE latest (id BLOB PRIMARY KEY, pos INTEGER, lineno INTEGER) WITHOUT ROWID")
        with Path(path).open("rb") as fh:
            pos = 0
            batch: list[tuple[bytes, int, int]] = []
            for lineno, raw in enumerate(fh, start=1):
                if raw.endswith(b"\n") and raw.strip():
                    batch.append((key_bytes(_document_of(raw, path, lineno)["id"]), pos, lineno))
                    if len(batch) >= 4096:
                        db.executemany("INSERT OR REPLACE INTO latest VALUES (?, ?, ?)", batch)  # the last line wins
                        batch.clear()
                pos += len(raw)
            db.executemany("INSERT OR REPLACE INTO latest VALUES (?, ?, ?)", batch)
            del batch
            for offset, lineno in db.execute("SELECT pos, lineno FROM latest ORDER BY id"):
                fh.seek(offset)
                try:
                    facts = from_record(json.loads(fh.readline()))
                except (ValueError, KeyError, TypeError, AttributeError) as exc:  # a node or link of the wrong shape
                    reason = f"missing {exc}" if isinstance(exc, KeyError) else str(exc).splitlines()[0][:120]
                    raise SinkError(f"{path}:{lineno}: damaged build journal ({reason}); build again without --resume") from None
                yield facts
    finally:
        db.close()


__all__ = ["Journal", "replay", "to_record", "from_record", "record_line", "JOURNAL_NAME"]
