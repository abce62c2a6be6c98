"""Readers: files, folders, JSONL and stdin in; :class:`SourceDocument` records out.

Every reader is lazy: :func:`iter_sources` yields one document (or one
:class:`~kg.errors.InputError`) at a time, so a corpus of any size streams.
Each document gets a stable id (the file stem, or the JSONL ``id``) and keeps
its source path and the sha256 of its raw bytes.

>>> docs = list(iter_sources(["examples/"]))  # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.diskindex import key_bytes, temporary_db
from kg.model import doc_key

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Largest raw input kg reads as one document (bytes); larger files are refused with a clear error.
DEFAULT_MAX_BYTES = 5_000_000


@dataclass
class SourceDocument:
    """One input document before cleaning."""

    id: str
    text: str
    source: str
    sha256: str
    format: str = "text"  # text | html | jsonl
    title: str | None = None
    url: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "published": self.published}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Raises :class:`InputError` for empty or binary input. Returns the text and
    warnings (e.g. that a legacy encoding was assumed).
    """
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise InputError(path, f"UTF-16 byte-order mark but undecodable text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    # Mostly UTF-8 with a few stray bytes (a damaged file): keep the UTF-8, mark the bad bytes.
    lenient = data.decode("utf-8-sig", errors="replace")
    bad = lenient.count("\ufffd")
    valid_non_ascii = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if valid_non_ascii and bad <= max(8, len(data) // 50):
        return lenient, [f"{path}: {utf8_error}; {bad} undecodable byte sequence(s) replaced with U+FFFD"]
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, f"{utf8_error}, and not Windows-1252 either; re-save it as UTF-8") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 200):
        raise InputError(path, f"binary file ({utf8_error}, many control characters), not text")
    return text, [f"{path}: {utf8_error}; read as Windows-1252"]


def _html_to_text(html: str, path: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, include_images=False, favor_precision=True, deduplicate=False
    )
    if not text or not text.strip():
        raise InputError(path, "no article text found in the HTML")
    title = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None and meta.title:
        title = meta.title
    return text, title


class _Ids:
    """Hands out stable, unique document ids: the stem, then ``stem-<hash of path>`` on a clash.

    Uniqueness is checked on the document key (:func:`kg.model.doc_key`, which node ids, IRIs and
    ``texts/<key>.txt`` use) as well as on the id, so two documents never share a node or a file.
    """

    def __init__(self) -> None:
        # In a temporary SQLite file, not in memory: a corpus of millions would otherwise keep millions of ids.
        self._db = temporary_db()
        self._db.execute("CREATE TABLE used (id BLOB PRIMARY KEY) WITHOUT ROWID")
        self._db.execute("CREATE TABLE keys (key BLOB PRIMARY KEY) WITHOUT ROWID")

    def _taken(self, doc_id: str) -> bool:
        found = self._db.execute(
            "SELECT 1 FROM used WHERE id = ? UNION ALL SELECT 1 FROM keys WHERE key = ? LIMIT 1",
            (key_bytes(doc_id), key_bytes(doc_key(doc_id))),
        ).fetchone()
        return found is not None

    def take(self, wanted: str, path: str) -> str:
        wanted = wanted.strip() or "document"
        doc_id = wanted
        if self._taken(doc_id):
            doc_id = f"{wanted}-{hashlib.sha1(path.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        n = 2
        while self._taken(doc_id):
            doc_id = f"{wanted}-{n}"
            n += 1
        self._db.execute("INSERT INTO used VALUES (?)", (key_bytes(doc_id),))
        self._db.execute("INSERT OR IGNORE INTO keys VALUES (?)", (key_bytes(doc_key(doc_id)),))
        return doc_id

    def close(self) -> None:
        self._db.close()


#: Longest document id kg takes, in bytes of UTF-8 (file names and most stores stop at 255).
MAX_ID_BYTES = 255


def _lone_surrogate(text: str) -> int:
    """Index of the first lone surrogate (U+D800..U+DFFF) in text, or -1."""
    for i, ch in enumerate(text):
        if "\ud800" <= ch <= "\udfff":
            return i
    return -1


def id_problem(doc_id: str) -> str | None:
    """Why a document id cannot be used (None when it can): lone surrogates, control characters, length.

    Any other id is fine: it never becomes a path (see :func:`kg.model.doc_key`).
    """
    i = _lone_surrogate(doc_id)
    if i >= 0:
        return f"'id' holds a lone surrogate (U+{ord(doc_id[i]):04X} at character {i}), not valid Unicode"
    for i, ch in enumerate(doc_id):
        if ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            return f"'id' holds a control character (U+{ord(ch):04X} at character {i})"
    size = len(doc_id.encode("utf-8"))
    if size > MAX_ID_BYTES:
        return f"'id' is {size:,} bytes of UTF-8, over the {MAX_ID_BYTES}-byte limit"
    return None


def display_path(path: str | Path) -> str:
    """A path as text that can always be printed and written as UTF-8 (undecodable bytes as \\xNN)."""
    text = str(path)
    if _lone_surrogate(text) < 0:
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | str | InputError]:
    """Files as given, folders walked recursively (sorted, by suffix), ``-`` passed through."""
    for item in inputs:
        if str(item) == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield InputError(str(path), f"folder holds no {', '.join(sorted(SUFFIXES))} files")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():  # a pipe or device (/dev/stdin, <(cmd)): read it as text
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """Cheap estimate of how many documents the inputs hold (for progress bars); None when unknown (stdin)."""
    total = 0
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            continue
        if item == "-":
            return None
        if item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with item.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def iter_sources(
    inputs: Iterable[str | Path],
    *,
    stdin: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[SourceDocument | InputError]:
    """Yield each document of the inputs, or an :class:`InputError` for each one that cannot be read."""
    ids = _Ids()
    try:
        yield from _sources(inputs, ids, stdin, max_bytes)
    finally:
        ids.close()


def _sources(
    inputs: Iterable[str | Path], ids: _Ids, stdin: IO[bytes] | None, max_bytes: int
) -> Iterator[SourceDocument | InputError]:
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            yield from _read_bytes(data, "<stdin>", "stdin", "text", ids, max_bytes)
            continue
        path_str = display_path(item)
        suffix = item.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _stream_jsonl(item, ids, max_bytes)
            continue
        try:
            size = item.stat().st_size
            if size > max_bytes:
                yield InputError(path_str, f"file is {_size(size)}, over the {_size(max_bytes)} limit (--max-bytes)")
                continue
            data = item.read_bytes() if item.is_file() else _read_stream(item, max_bytes)
        except OSError as exc:
            yield InputError(path_str, f"cannot read: {exc.strerror or exc}")
            continue
        fmt = "html" if suffix in HTML_SUFFIXES else "text"
        yield from _read_bytes(data, path_str, display_path(item.stem), fmt, ids, max_bytes)


def _read_bytes(
    data: bytes, path: str, stem: str, fmt: str, ids: _Ids, max_bytes: int
) -> Iterator[SourceDocument | InputError]:
    if len(data) > max_bytes:
        yield InputError(path, f"input is over the {_size(max_bytes)} limit (--max-bytes)")
        return
    try:
        text, warnings = decode(data, path)
    except InputError as exc:
        yield exc
        return
    title = None
    if fmt == "html":
        try:
            text, title = _html_to_text(text, path)
        except InputError as exc:
            yield exc
            return
    yield SourceDocument(
        id=ids.take(_safe_stem(stem), path), text=text, source=path, sha256=sha256(data), format=fmt, title=title, warnings=warnings
    )


def _stream_jsonl(path: Path, ids: _Ids, max_bytes: int) -> Iterator[SourceDocument | InputError]:
    """One document per line, read lazily: the limit applies to each line, not to the file."""
    stem = display_path(path.stem)
    shown = display_path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(shown, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        seen_any = False
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            seen_any = True
            where = f"{shown}:{lineno}"
            if len(raw) > max_bytes:
                yield InputError(where, f"line is {_size(len(raw))}, over the {_size(max_bytes)} limit (--max-bytes)")
                continue
            yield _jsonl_record(raw, where, f"{stem}-{lineno}", ids)
        if not seen_any:
            yield InputError(shown, "empty file")


def _jsonl_record(raw: bytes, where: str, fallback_id: str, ids: _Ids) -> SourceDocument | InputError:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(where, f"invalid UTF-8 at byte {exc.start} of the line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return InputError(where, "expected a JSON object with 'id' and 'text'")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "no 'text' field (or it is empty)")
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int, float)) or isinstance(raw_id, bool):
        return InputError(where, f"'id' must be a string or a number, not {type(raw_id).__name__}")
    wanted = str(raw_id) if raw_id not in (None, "") else fallback_id
    problem = id_problem(wanted.strip())
    if problem is not None:
        return InputError(where, problem)
    for name in ("text", "title", "url", "published"):
        value = record.get(name)
        if isinstance(value, str) and (i := _lone_surrogate(value)) >= 0:
            return InputError(where, f"'{name}' holds a lone surrogate (U+{ord(value[i]):04X} at character {i}), not valid Unicode")
    return SourceDocument(
        id=ids.take(wanted, where),
        text=body,
        source=where,
        sha256=sha256(raw.rstrip(b"\r\n")),
        format="jsonl",
        title=_opt_str(record.get("title")),
        url=_opt_str(record.get("url")),
        published=_opt_str(record.get("published")),
    )


def _safe_stem(stem: str) -> str:
    """A file name's stem as a usable id: control characters dropped, at most MAX_ID_BYTES of UTF-8."""
    if id_problem(stem) is None:
        return stem
    kept = "".join(ch if ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0 and _lone_surrogate(ch) < 0 else "?" for ch in stem)
    return kept.encode("utf-8")[:MAX_ID_BYTES].decode("utf-8", "ignore")


def _read_stream(path: Path, max_bytes: int) -> bytes:
    with path.open("rb") as fh:
        return fh.read(max_bytes + 1)


def _size(n: int) -> str:
    """``1234`` -> ``'1,234 bytes'``, ``5_000_000`` -> ``'5.0 MB'``."""
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n:,} bytes"


def _opt_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


__all__ = ["SourceDocument", "iter_sources", "expand_inputs", "count_documents", "decode", "display_path", "id_problem",
           "MAX_ID_BYTES", "SUFFIXES"]
