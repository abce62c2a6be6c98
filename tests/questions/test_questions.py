"""The analyst questions of questions.json, each asked three ways on the question corpus: SPARQL on the embedded
store, SPARQL through a real ``kg serve`` over HTTP, and Cypher on the real Neo4j. All three must give the same
rows, those rows must be the hand-checked answer, and every row must carry its document and sentence.

The expected rows were written by reading the documents of corpus.jsonl (see questions.json and SOURCES.md).
A question marked ``kg_wrong`` is one kg does not answer right yet: its hand-checked answer stays the
expectation and the test is an expected failure (strict: once kg answers it, the mark must go).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kg.ontology import DEFAULT_BASE
from questions_support import HERE, load_into_neo4j

QUESTIONS = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))["questions"]
ENGINES = ("sparql-store", "sparql-http", "cypher-neo4j")


def norm(value: Any) -> Any:
    """One spelling of a value across engines: node IRIs as ids, whole numbers as int, '' as None."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, Decimal)):
        f = float(value)
        return int(f) if f.is_integer() else round(f, 6)
    text = str(value)
    if text == "":
        return None
    return text[len(DEFAULT_BASE):] if text.startswith(DEFAULT_BASE) else text


def normalise(rows: list[dict[str, Any]], columns: list[str]) -> list[tuple]:
    return sorted((tuple(norm(r.get(c)) for c in columns) for r in rows), key=repr)


def _matches(expected: Any, actual: Any) -> bool:
    if isinstance(expected, list):
        return all(_matches(e, actual) for e in expected)
    if isinstance(expected, str) and expected.startswith("~"):
        return actual is not None and expected[1:] in str(actual)
    return norm(expected) == norm(actual)


def assert_answer(rows: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    """The rows are exactly the expected ones: each expected row matches one row of its own, none left over."""
    left = list(rows)
    for want in expected:
        hit = next((r for r in left if all(_matches(v, r.get(k)) for k, v in want.items())), None)
        assert hit is not None, f"no row answers {want}\nrows: {json.dumps(left, ensure_ascii=False, default=str)[:3000]}"
        left.remove(hit)
    assert not left, f"rows beyond the hand-checked answer: {json.dumps(left, ensure_ascii=False, default=str)[:3000]}"


def assert_provenance(rows: list[dict[str, Any]], columns: list[str], texts: dict[str, str]) -> None:
    """Every row names its document and carries sentences that are that document's own text."""
    docs = [c for c in columns if c.startswith("doc")]
    for row in rows:
        for doc_col in docs:
            doc = row.get(doc_col)
            assert doc in texts, (doc_col, row)
            suffix = doc_col[3:]
            for c in columns:
                if c.startswith("sentence") and c.endswith(suffix):
                    sentence = row.get(c)
                    assert sentence and str(sentence).strip(), (c, row)
                    assert str(sentence).strip() in texts[doc], (c, sentence)


@pytest.fixture(scope="module")
def texts(corpus_build) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in (corpus_build.out / "texts").glob("*.txt")}


@pytest.fixture(scope="module")
def store(corpus_build):
    from kg.store import Store

    st = Store(corpus_build.store, read_only=True)
    yield st
    st.close()


@pytest.fixture(scope="module")
def neo4j_env(neo4j_server, driver, corpus_build):
    load_into_neo4j(neo4j_server, driver, corpus_build)
    return neo4j_server


def ask(engine: str, name: str, params: dict[str, str], request: pytest.FixtureRequest) -> list[dict[str, Any]]:
    if engine == "cypher-neo4j":
        from kg.sinks.neo4j import run_query, shipped_queries

        server = request.getfixturevalue("neo4j_env")
        q = shipped_queries()[name]
        return run_query(q.text, q.parameters(params), uri=server.uri, user=server.user, password=server.password,
                         database="neo4j").rows
    from kg.store import shipped_queries

    text = shipped_queries()[name].bind(params)
    if engine == "sparql-http":
        from kg.cli.rdf import _run_endpoint

        return _run_endpoint(request.getfixturevalue("served_corpus"), text).rows
    return request.getfixturevalue("store").query(text).rows


def _cases():
    for q in QUESTIONS:
        marks = []
        if q.get("kg_wrong"):
            marks.append(pytest.mark.xfail(reason=f"kg answers wrong: {q['kg_wrong']}", strict=True))
        elif q.get("pending"):
            marks.append(pytest.mark.xfail(reason=f"pending: {q['pending']}", strict=False))
        yield pytest.param(q, id=q["id"], marks=marks)


def test_the_suite_covers_the_analysts_questions() -> None:
    assert len(QUESTIONS) >= 25
    names = {q["query"] for q in QUESTIONS}
    assert names >= {"said-about-policy", "quotes", "roles", "announcements", "oversight", "statistics",
                     "co-mentions", "conflicting-figures"}
    right = [q for q in QUESTIONS if not q.get("kg_wrong") and not q.get("pending")]
    assert len(right) >= 20
    corpus = [json.loads(line) for line in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert len(corpus) >= 12
    assert sum(1 for d in corpus if d.get("published")) >= 12


_ANSWERS: dict[str, dict[str, list[dict[str, Any]]]] = {}


def answers_of(q: dict[str, Any], request: pytest.FixtureRequest) -> dict[str, list[dict[str, Any]]]:
    """The question's rows from each engine (asked once per session)."""
    if q["id"] not in _ANSWERS:
        _ANSWERS[q["id"]] = {engine: ask(engine, q["query"], q["params"], request) for engine in ENGINES}
    return _ANSWERS[q["id"]]


@pytest.mark.neo4j
@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_the_three_engines_give_the_same_rows(q: dict[str, Any], request: pytest.FixtureRequest) -> None:
    """Whether or not kg's answer is right, the embedded store, kg serve and Neo4j agree on it row for row."""
    answers = answers_of(q, request)
    columns = next((list(rows[0]) for rows in answers.values() if rows), [])
    baseline = normalise(answers["sparql-store"], columns)
    for engine in ENGINES[1:]:
        assert normalise(answers[engine], columns) == baseline, f"{engine} disagrees with the embedded store"


@pytest.mark.neo4j
@pytest.mark.parametrize("q", list(_cases()))
def test_question(q: dict[str, Any], request: pytest.FixtureRequest, texts: dict[str, str]) -> None:
    """Each engine's rows are the hand-checked answer, and every row carries its document and sentence."""
    answers = answers_of(q, request)
    for engine in ENGINES:
        rows = answers[engine]
        try:
            assert_answer(rows, q["expected"])
        except AssertionError as exc:
            raise AssertionError(f"{engine}: {exc}") from None
        assert_provenance(rows, q.get("provenance", ["doc", "sentence"]), texts)


@pytest.mark.neo4j
def test_neo4j_holds_period_dates_as_indexed_dates(neo4j_env, driver) -> None:
    records = driver.execute_query(
        "MATCH (s:Statistic) WHERE s.period_start IS NOT NULL "
        "RETURN DISTINCT valueType(s.period_start) AS a, valueType(s.period_end) AS b", database_="neo4j").records
    assert [(r["a"], r["b"]) for r in records] == [("DATE NOT NULL", "DATE NOT NULL")]
    indexes = {r["name"]: r["properties"] for r in driver.execute_query("SHOW INDEXES", database_="neo4j").records}
    assert indexes.get("kg_statistic_period_start") == ["period_start"]
    assert indexes.get("kg_statistic_period_end") == ["period_end"]
    plan = driver.execute_query("EXPLAIN MATCH (s:Statistic) WHERE s.period_end >= date('2020-01-01') RETURN s",
                                database_="neo4j").summary.plan
    assert "NodeIndexSeekByRange" in str(plan)  # the date filter is a range seek on the index
