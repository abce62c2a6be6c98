"""Every query example a user can copy from ``kg query … --help``, README.md and docs/*.md returns rows on the
build the README tells them to make (``kg build examples/ --out out/ --store store/``).

Examples are read from the help texts and the Markdown as written, so an example edited later is checked too:
SPARQL ones on the embedded store (``--store``) or through a real ``kg serve`` (``--endpoint``), Cypher ones on
the real Neo4j with that build loaded.
"""
from __future__ import annotations

import json
import re
import shlex

import pytest
import typer.main

from questions_support import ROOT, load_into_neo4j, run_kg

_LINE = re.compile(r"kg query (?:sparql|cypher) [^`|\n]*")
_PLACEHOLDERS = ("--list", "NAME", "DIR", "...", "…", "my-query", "my.rq", " - ")


def _help_texts() -> list[tuple[str, str]]:
    from kg.cli import app

    root = typer.main.get_command(app)
    query = root.commands["query"]  # type: ignore[attr-defined]
    return [(f"kg query {name} --help", query.commands[name].help or "") for name in ("sparql", "cypher")]


def documented_examples() -> list[tuple[str, str]]:
    """(where, command line) of every runnable query example."""
    sources = _help_texts()
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        sources.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    found: list[tuple[str, str]] = []
    for where, text in sources:
        for m in _LINE.finditer(text):
            line = m.group(0).strip().rstrip("\\").strip()
            if any(p in line for p in _PLACEHOLDERS) or ("--name" not in line and '"' not in line):
                continue
            if (where, line) not in found:
                found.append((where, line))
    return found


EXAMPLES = documented_examples()


def test_the_docs_have_examples_of_both_languages() -> None:
    assert sum("sparql" in line for _, line in EXAMPLES) >= 4
    assert sum("cypher" in line for _, line in EXAMPLES) >= 5
    assert any("oversight-chains" in line for _, line in EXAMPLES)


def _args(line: str, **replace: str) -> list[str]:
    args = shlex.split(line.replace("\\$", "$"))[1:]  # drop "kg"; \$ is the shell's escape of a literal $
    out: list[str] = []
    skip = False
    for i, a in enumerate(args):
        if skip:
            skip = False
            continue
        if a in ("--format", "-f"):
            skip = True
            continue
        if a in replace:  # --store store/ or --endpoint URL: point them at this test's build
            out += [a, replace[a]]
            skip = True
            continue
        out.append(a)
    return out + ["--format", "json"]


@pytest.mark.parametrize("where,line", [e for e in EXAMPLES if "sparql" in e[1]], ids=lambda v: v[:70])
def test_sparql_example_returns_rows(where: str, line: str, examples_build, served_examples) -> None:
    args = _args(line, **{"--store": str(examples_build.store), "--endpoint": served_examples})
    proc = run_kg(*args)
    assert proc.returncode == 0, f"{where}: {line}\n{proc.stderr}"
    assert json.loads(proc.stdout), f"{where}: `{line}` returns no rows on the examples/ build"


@pytest.fixture(scope="module")
def examples_in_neo4j(neo4j_server, driver, examples_build):
    return load_into_neo4j(neo4j_server, driver, examples_build)


@pytest.mark.neo4j
@pytest.mark.parametrize("where,line", [e for e in EXAMPLES if "cypher" in e[1]], ids=lambda v: v[:70])
def test_cypher_example_returns_rows(where: str, line: str, examples_in_neo4j) -> None:
    proc = run_kg(*_args(line), env=examples_in_neo4j)
    assert proc.returncode == 0, f"{where}: {line}\n{proc.stderr}"
    assert json.loads(proc.stdout), f"{where}: `{line}` returns no rows on the examples/ build"
