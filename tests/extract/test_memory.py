"""Extraction must let go of each document as soon as it is done.

A spaCy ``Doc`` keeps its token array (tens of kilobytes) outside Python's
object count. If extraction leaves the document in a reference cycle (a
recursive closure holding tokens, say), it is freed only when the garbage
collector's oldest generation runs, which on a long build happens every few
thousand documents: memory then climbs by hundreds of megabytes between
collections. These tests run with the collector off, so only reference
counting can free a document.
"""
from __future__ import annotations

import gc
import weakref

import pytest

from kg.extract import extract_facts

TEXTS = [
    # announce frames with money, plans and modifiers (the frame and policy rules recurse over modifiers)
    'The Home Office announced a new £10 million violence reduction fund on Monday. "This funding will keep '
    'young people safe," said Home Secretary Jane Roe. The department also unveiled plans to introduce '
    "knife crime prevention orders and is making £5m available for a youth diversion programme.",
    # statistics with noun-phrase measures (their rules recurse over left modifiers)
    "Police recorded 1,234 knife offences in the year to March 2024, a 7% rise on the previous year, "
    "according to the Office for National Statistics. Firearms offences fell by 12% to 5,400.",
    # reported speech, roles and oversight
    "Assistant Commissioner Matt Twist of the Metropolitan Police said officers would carry out more "
    "stop and search operations. The Independent Office for Police Conduct oversees complaints against "
    "the force, and the London Policing Board scrutinises the Mayor's police and crime plan.",
]


@pytest.fixture
def no_gc():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def test_each_document_is_freed_by_reference_counting(nlp, no_gc):
    refs = []
    for i, doc in enumerate(nlp.pipe(TEXTS)):
        facts = extract_facts(doc, f"doc-{i}")
        assert facts.nodes, "the text should give facts, or the test checks nothing"
        refs.append(weakref.ref(doc))
        del doc, facts
    # extraction keeps the last document it worked on (its per-document caches); the next one replaces it
    extract_facts(nlp("A short closing note from the Home Office."), "last")
    alive = [i for i, ref in enumerate(refs) if ref() is not None]
    assert alive == [], f"documents {alive} are still held after extraction (a reference cycle?)"


def test_build_does_not_hold_documents(nlp, no_gc, tmp_path):
    import kg

    corpus = tmp_path / "in"
    corpus.mkdir()
    for i, text in enumerate(TEXTS):
        (corpus / f"d{i}.txt").write_text(text, encoding="utf-8")
    seen = []
    original = extract_facts

    def spy(doc, doc_id):
        seen.append(weakref.ref(doc))
        return original(doc, doc_id)

    import kg.extract

    kg.extract.extract_facts, saved = spy, kg.extract.extract_facts
    try:
        result = kg.build([corpus], out=tmp_path / "out", nlp=nlp)
    finally:
        kg.extract.extract_facts = saved
    assert result.documents == len(TEXTS) and len(seen) == len(TEXTS)
    extract_facts(nlp("A short closing note from the Home Office."), "last")
    alive = [i for i, ref in enumerate(seen) if ref() is not None]
    assert alive == [], f"documents {alive} are still held after the build"
