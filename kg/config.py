"""kg's settings file: Neo4j and SPARQL store connection settings (and passwords) kept out of shell history.

The file is TOML, found at ``$KG_CONFIG`` or else ``$XDG_CONFIG_HOME/kg/config.toml``
(``~/.config/kg/config.toml``)::

    [neo4j]
    uri = "bolt://127.0.0.1:7687"
    user = "neo4j"
    password = "..."
    database = "neo4j"

    [sparql]
    endpoint = "http://127.0.0.1:3030/kg/data"    # Graph Store Protocol URL (kg load sparql)
    query = "http://127.0.0.1:3030/kg/query"      # query endpoint (kg query sparql)
    user = "kg"
    password = "..."

Flags win over the environment (``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``,
``NEO4J_DATABASE``; ``KG_SPARQL_ENDPOINT``, ``KG_SPARQL_QUERY``, ``KG_SPARQL_USER``,
``KG_SPARQL_PASSWORD``), which wins over the file. A file holding a password must be
readable by its owner only (``chmod 600``); kg refuses it otherwise, and no
message kg writes ever contains the password.
"""
from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

__all__ = ["config_path", "neo4j_settings", "sparql_settings"]

_NEO4J_KEYS = ("uri", "user", "password", "database")
_SPARQL_KEYS = ("endpoint", "query", "user", "password")


def config_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where kg looks for its settings file (``None``: no home to look in)."""
    env = os.environ if environ is None else environ
    if env.get("KG_CONFIG"):
        return Path(env["KG_CONFIG"]).expanduser()
    base = env.get("XDG_CONFIG_HOME") or (str(Path(env["HOME"]) / ".config") if env.get("HOME") else None)
    return Path(base) / "kg" / "config.toml" if base else None


def _read(path: Path, *, explicit: bool) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"{path}: no such settings file (named by KG_CONFIG)") from None
        return {}
    except OSError as e:
        raise ConfigError(f"{path}: cannot read settings file ({e.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        # tomllib names the line and column, never the value; UnicodeDecodeError is summarised
        reason = str(e) if isinstance(e, tomllib.TOMLDecodeError) else "not UTF-8"
        raise ConfigError(f"{path}: not a valid TOML settings file ({reason})") from None
    return data


def neo4j_settings(environ: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """The ``[neo4j]`` table of the settings file: uri, user, password, database (missing ones None)."""
    return _table("neo4j", _NEO4J_KEYS, "a Neo4j password", environ)


def sparql_settings(environ: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """The ``[sparql]`` table of the settings file: endpoint, query, user, password (missing ones None)."""
    return _table("sparql", _SPARQL_KEYS, "a SPARQL store password", environ)


def _table(name: str, keys: tuple[str, ...], what: str, environ: Mapping[str, str] | None) -> dict[str, str | None]:
    """One table of the settings file, every key a string; a password only from an owner-only file."""
    env = os.environ if environ is None else environ
    path = config_path(env)
    if path is None:
        return dict.fromkeys(keys)
    data = _read(path, explicit=bool(env.get("KG_CONFIG")))
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    unknown = sorted(set(table) - set(keys))
    if unknown:
        # Never echo the keys: a password written as a bare key (`s3cret = ""`) would be printed.
        raise ConfigError(
            f"{path}: {len(unknown)} unknown setting(s) in [{name}] (not shown, as one may be a secret); "
            f"expected only {', '.join(keys)}"
        )
    out: dict[str, str | None] = {}
    for key in keys:
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{path}: [{name}] {key} must be a string")
        out[key] = value or None
    if out.get("password") is not None and os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise ConfigError(
                f"{path}: holds {what} but other users can read it (mode {mode:04o}); run: chmod 600 {path}"
            )
    return out
