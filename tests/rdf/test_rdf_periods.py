"""A statistic's period interval in RDF: OWL-Time (time:hasTime -> time:Interval -> time:Instant in xsd:date),
kg:periodBasis and ANNOUNCED status on the statement, checked by the SHACL shapes."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF, TIME, XSD

from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Mention, Node
from kg.ontology import KG
from kg.sinks.rdf import to_dataset, union_graph, validate


def _graph(start: str, end: str) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_document("bulletin", source="b.txt", sha256="2" * 64, published="2014-10-16")
    kg.add_facts(DocumentFacts("bulletin", nodes=[
        Node("stat/bulletin/1", "Statistic", "7.1 million incidents", mentions=[Mention("bulletin", 0, 21)],
             props={"value": 7100000, "unit": "count", "period": "year ending June 2014", "period_start": start,
                    "period_end": end, "period_basis": "absolute", "sentence": "There were 7.1 million incidents."}),
        Node("stat/bulletin/2", "Statistic", "3.7 million offences", mentions=[Mention("bulletin", 40, 60)],
             props={"value": 3700000, "unit": "count", "period": "year ending June 2014", "period_start": start,
                    "period_end": end, "period_basis": "absolute"}),
        Node("person/a", "Person", "A B", mentions=[Mention("bulletin", 70, 73)]),
        Node("policy/p", "Policy", "a plan", mentions=[Mention("bulletin", 80, 86)]),
    ], links=[Link("person/a", "policy/p", "ANNOUNCED", "bulletin", 70, 90, "A B proposed a plan.",
                   props={"cue": "propose", "status": "proposed"})]))
    return kg


def test_the_period_is_an_owl_time_interval_shared_by_figures_of_the_same_period() -> None:
    g = union_graph(to_dataset(_graph("2013-07-01", "2014-06-30").to_networkx()))
    intervals = set(g.objects(None, TIME.hasTime))
    assert len(intervals) == 1  # one interval, two statistics
    (interval,) = intervals
    assert (interval, RDF.type, TIME.Interval) in g
    begin, end = g.value(interval, TIME.hasBeginning), g.value(interval, TIME.hasEnd)
    assert (begin, RDF.type, TIME.Instant) in g
    assert g.value(begin, TIME.inXSDDate) == Literal("2013-07-01", datatype=XSD.date)
    assert g.value(end, TIME.inXSDDate) == Literal("2014-06-30", datatype=XSD.date)
    assert set(g.objects(None, KG.periodBasis)) == {Literal("absolute")}
    (st,) = g.subjects(RDF.predicate, KG.announced)
    assert g.value(st, KG.status) == Literal("proposed")
    assert validate(g).conforms


def test_shacl_refuses_an_interval_that_ends_before_it_begins() -> None:
    g = union_graph(to_dataset(_graph("2014-06-30", "2013-07-01").to_networkx()))
    result = validate(g)
    assert not result.conforms
    assert any("ends on or after the day it begins" in str(v) for v in result.violations)
