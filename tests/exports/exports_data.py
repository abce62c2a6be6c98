"""Graphs for the export tests: a hand-built one with every node and link kind, and a hostile one.

(A module of its own, not conftest.py, so test files can import it without clashing with tests/conftest.py.)
"""
from __future__ import annotations

from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Mention, Node

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"

# What an article could smuggle in: markup, a script end tag inside the embedded JSON,
# an event handler, entities, JS line separators, a NUL-free control character.
HOSTILE_NAME = '<script>window.__kgPwned = "name"; alert(1)</script>'
HOSTILE_ALIAS = '</script><script>window.__kgPwned = "alias"; alert(2)</script>'
HOSTILE_IMG = '<img src=x onerror="window.__kgPwned = \'img\'; alert(3)">'
HOSTILE_SENTENCE = (
    'The chief said "</script><script>window.__kgPwned=\'sentence\'</script>" &amp; &lt;b&gt;bold&lt;/b&gt; '
    "<!-- comment --> \u2028 next \u2029 end"
)
HOSTILE_QUOTE = '<svg onload="window.__kgPwned=\'svg\'"></svg> &#60;script&#62; \\u003c/script\\u003e'


def sample_graph() -> KnowledgeGraph:
    """Two documents, every node type, every common link type, provenance, lists, numbers, booleans."""
    kg = KnowledgeGraph()
    kg.add_document("seed", source="articles/seed.txt", sha256="a" * 64, title="Mayor sets up taskforce", url="https://example.org/seed")
    kg.add_document("ons", source="bulletins/ons.txt", sha256="b" * 64, published="2014-07-17")
    sentence = '"In April, we set up the Violent Crime Taskforce," said London Mayor Sadiq Khan.'
    kg.add_facts(
        DocumentFacts(
            "seed",
            nodes=[
                Node(
                    "person/sadiq-khan", "Person", "Sadiq Khan",
                    aliases={"Khan", "London Mayor Sadiq Khan"}, titles={"Mayor of London"},
                    mentions=[Mention("seed", 2210, 2221), Mention("seed", 2400, 2404)],
                ),
                Node("org/metropolitan-police-service", "Organisation", "Metropolitan Police Service",
                     aliases={"Scotland Yard", "the Met"}, mentions=[Mention("seed", 10, 37)]),
                Node("org/violent-crime-taskforce", "Organisation", "Violent Crime Taskforce"),
                Node("person/stephen-house", "Person", "Stephen House", titles={"Assistant Commissioner"}),
                Node("policy/armed-foot-patrols", "Policy", "armed foot patrols"),
                Node("place/london", "Place", "London"),
                Node("quote/seed/2205", "Quote", props={"text": "In April, we set up the Violent Crime Taskforce,"}),
                Node("stat/seed/4151-weapons-sweeps", "Statistic", "4,151 weapons sweeps",
                     props={"value": 4151, "unit": "count", "measure": "weapons sweeps", "period": "since April", "place": "London"}),
            ],
            links=[
                Link("person/sadiq-khan", "quote/seed/2205", "SAID", "seed", 2205, 2284, sentence,
                     props={"cue": "said", "direct": True}),
                Link("person/sadiq-khan", "org/violent-crime-taskforce", "ANNOUNCED", "seed", 2205, 2284, sentence),
                Link("quote/seed/2205", "stat/seed/4151-weapons-sweeps", "MENTIONS", "seed"),
                Link("person/stephen-house", "org/metropolitan-police-service", "HOLDS_ROLE", "seed", 500, 560,
                     "Assistant Commissioner Stephen House of the Met said more.", props={"title": "Assistant Commissioner"}),
                Link("org/metropolitan-police-service", "policy/armed-foot-patrols", "OVERSEES", "seed"),
                Link("org/metropolitan-police-service", "place/london", "LOCATED_IN", "seed"),
            ],
        )
    )
    kg.add_facts(
        DocumentFacts(
            "ons",
            nodes=[
                Node("org/office-for-national-statistics", "Organisation", "Office for National Statistics", aliases={"ONS"}),
                Node("stat/ons/7-per-cent-fall", "Statistic", "7% fall in crime",
                     props={"value": 7.5, "unit": "percent", "measure": "crime", "period": "year ending June 2014",
                            "place": "England and Wales", "change": "fall", "source": "Crime Survey"}),
                Node("place/london", "Place", "London", mentions=[Mention("ons", 5, 11)]),
            ],
            links=[
                Link("stat/ons/7-per-cent-fall", "org/office-for-national-statistics", "REPORTED_BY", "ons", 0, 40,
                     "Crime fell by 7.5% in the year ending June 2014, the ONS said."),
                Link("person/sadiq-khan", "place/london", "PART_OF", "ons"),
            ],
        )
    )
    return kg


def hostile_graph() -> KnowledgeGraph:
    """A document whose names, aliases, titles, sentences and quotes try to run script."""
    kg = sample_graph()
    kg.add_document("evil<script>", source="evil/</script>.html", sha256="c" * 64, title=HOSTILE_IMG)
    kg.add_facts(
        DocumentFacts(
            "evil<script>",
            nodes=[
                Node("person/hostile", "Person", HOSTILE_NAME, aliases={HOSTILE_ALIAS, HOSTILE_IMG, "Tom &amp; Jerry"},
                     titles={"<b>Chief</b> &lt;Constable&gt;"}),
                Node("quote/evil/1", "Quote", props={"text": HOSTILE_QUOTE}),
                Node("stat/evil/1", "Statistic", HOSTILE_IMG, props={"value": 1, "unit": "<i>count</i>", "measure": HOSTILE_ALIAS}),
            ],
            links=[
                Link("person/hostile", "quote/evil/1", "SAID", "evil<script>", 1, 99, HOSTILE_SENTENCE, props={"cue": HOSTILE_IMG}),
                Link("quote/evil/1", "stat/evil/1", "MENTIONS", "evil<script>", 1, 99, HOSTILE_SENTENCE),
                Link("person/hostile", "org/metropolitan-police-service", "HOLDS_ROLE", "evil<script>", 3, 9, HOSTILE_SENTENCE,
                     props={"title": HOSTILE_NAME}),
            ],
        )
    )
    return kg
