"""Per-document bookkeeping kept in a temporary SQLite file instead of in memory.

A build hands every document its own id, and assembles its outputs from the journal in document-id
order. Both need something per document: the ids (and document keys) already handed out, and where
each document's last journal line is. Held in Python those are 200-300 bytes a document, so the memory
of a build (and of a Dask client) would grow with the corpus. Here they live in a private temporary
SQLite database (deleted when closed) whose page cache is capped at :data:`CACHE_KIB`; what does not
fit goes to disk, so memory stays flat whatever the corpus size.

Keys are stored as the UTF-8 bytes of the id (lone surrogates passed through), so equality is exact and
``ORDER BY`` gives Python's ``sorted`` order of the strings (UTF-8 byte order is code-point order).
"""
from __future__ import annotations

import sqlite3

__all__ = ["CACHE_KIB", "temporary_db", "key_bytes"]

#: Page cache of each temporary database, in KiB.
CACHE_KIB = 512


def temporary_db() -> sqlite3.Connection:
    """A new private SQLite database in a temporary file that is deleted when the connection closes."""
    db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    db.execute("PRAGMA journal_mode = OFF")  # nothing to roll back: the file dies with the connection
    db.execute("PRAGMA synchronous = OFF")
    return db


def key_bytes(text: str) -> bytes:
    """An id as stored: its UTF-8 bytes, lone surrogates kept (ids from file names can hold them)."""
    return text.encode("utf-8", "surrogatepass")
