"""What a SPARQL request may make the server fetch: ``SERVICE`` and ``LOAD`` are refused unless allowed.

``kg serve`` answers queries from whoever can reach it. Oxigraph evaluates ``SERVICE <url>`` by
sending an HTTP request from the server, and ``LOAD <url>`` fetches a document, so either would let
a client make the server request any URL it can reach, internal addresses included. kg scans each
query and update the way the SPARQL grammar reads it (``\\uXXXX`` escapes undone first, as the
parser does; comments, strings and IRIs skipped) and refuses every ``SERVICE`` and ``LOAD`` keyword
whose target is not a full ``http(s)`` IRI of a host the operator allowed
(``kg serve --allow-service-host HOST``).

>>> remote_problem("SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }", allowed_hosts=())
'SERVICE <http://10.0.0.1/sparql> is refused: this endpoint fetches nothing (allow a host with --allow-service-host)'
>>> remote_problem('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }  # SERVICE in a comment', allowed_hosts=()) is None
True
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["remote_problem", "remote_targets", "unescape_codepoints"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             | '''(?:[^'\\]|\\.|'(?!''))*'''
             | "(?:[^"\\\n\r]|\\.)*"
             | '(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][^\s{}()\[\];,.'"<>=!&|+*/^#-]+)
  | (?P<word>(?:\\.|[^\s{}()\[\];,'"<>=!&|+*/^#?$@\\])+)
  | (?P<other>\S)
    """,
    re.X | re.S,
)
_REMOTE_KEYWORDS = frozenset({"SERVICE", "LOAD"})


def unescape_codepoints(sparql: str) -> str:
    """Undo ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes, which SPARQL applies before parsing."""

    def repl(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _ESCAPE.sub(repl, sparql)


def remote_targets(sparql: str) -> list[tuple[str, str]]:
    """Each ``SERVICE`` or ``LOAD`` keyword of the request and what follows it (an ``<IRI>``, a variable, ...)."""
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(unescape_codepoints(sparql))]
    tokens = [t for t in tokens if t[0] != "comment"]
    found: list[tuple[str, str]] = []
    for i, (kind, text) in enumerate(tokens):
        # A keyword may end a number or a name before a dot ("1.SERVICE"): every piece between dots counts,
        # which can only refuse too much ("ex:data.load"), never too little.
        if kind != "word" or not any(piece.upper() in _REMOTE_KEYWORDS for piece in text.split(".")):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j][0] == "word" and tokens[j][1].upper() == "SILENT":
            j += 1
        target = tokens[j][1] if j < len(tokens) else ""
        keyword = next(piece.upper() for piece in text.split(".") if piece.upper() in _REMOTE_KEYWORDS)
        found.append((keyword, target))
    return found


def _host_allowed(iri: str, allowed: set[str]) -> bool:
    try:
        parts = urlsplit(iri)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return False
    host = parts.hostname.lower()
    return host in allowed or (port is not None and f"{host}:{port}" in allowed)


def remote_problem(sparql: str, *, allowed_hosts: Iterable[str] = ()) -> str | None:
    """Why the request may not run (one line), or None when it fetches nothing it is not allowed to."""
    allowed = {h.strip().lower().rstrip("/") for h in allowed_hosts if h.strip()}
    for keyword, target in remote_targets(sparql):
        shown = target if len(target) <= 200 else target[:200] + "..."
        if not allowed:
            return f"{keyword} {shown} is refused: this endpoint fetches nothing (allow a host with --allow-service-host)"
        if not (target.startswith("<") and target.endswith(">")):
            return f"{keyword} {shown} is refused: only a full http(s) IRI of an allowed host may follow {keyword}"
        if not _host_allowed(target[1:-1], allowed):
            return f"{keyword} {shown} is refused: its host is not one of --allow-service-host {', '.join(sorted(allowed))}"
    return None
