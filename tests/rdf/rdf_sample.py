"""A small hand-built graph whose answers we know (shared by the RDF tests)."""
from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.model import DocumentFacts, Link, Mention, Node, doc_scoped_id, entity_id

SAID_SENTENCE = '"We will put armed foot patrols on the streets of London," said London Mayor Sadiq Khan.'
QUOTE_TEXT = "We will put armed foot patrols on the streets of London,"
STAT_SENTENCE = "Officers carried out 4,151 weapons sweeps in London since April, the Met said."
ROLE_SENTENCE = "Met Police Assistant Commissioner Sir Stephen House said officers were ready."


def build_sample() -> KnowledgeGraph:
    """Two documents: a speech about armed foot patrols and a police bulletin with a statistic.

    Expected answers (the Neo4j queries answer the same on this graph):
    - who said what about "armed foot patrols": Sadiq Khan, quote/seed/0 (cue "say"), doc seed, offsets 1-57.
    - oversight chains: City Hall -> Mayor's Office for Policing and Crime -> Metropolitan Police Service
      -> armed foot patrols (3 hops from City Hall).
    - statistics: 4151 count "weapons sweeps" "since April" London, reported by the Met, with STAT_SENTENCE.
    - roles: Sadiq Khan, Mayor of London at City Hall; Stephen House, Assistant Commissioner at the Met.
    """
    kg = KnowledgeGraph()
    kg.add_document("seed", source="articles/seed.txt", sha256="a" * 64, title="Mayor announces patrols",
                    url="https://example.org/news/seed", published="2017-06-05")
    kg.add_document("bulletin", source="articles/bulletin.txt", sha256="b" * 64)

    khan = entity_id("Person", "Sadiq Khan")
    house = entity_id("Person", "Stephen House")
    met = entity_id("Organisation", "Metropolitan Police Service")
    city_hall = entity_id("Organisation", "City Hall")
    mopac = entity_id("Organisation", "Mayor's Office for Policing and Crime")
    policy = entity_id("Policy", "armed foot patrols")
    london = entity_id("Place", "London")
    quote = doc_scoped_id("Quote", "seed", 0)
    stat = doc_scoped_id("Statistic", "bulletin", "4151-weapons-sweeps")

    seed = DocumentFacts(
        "seed",
        nodes=[
            Node(khan, "Person", "Sadiq Khan", aliases={"Khan", "London Mayor Sadiq Khan"}, titles={"Mayor of London"},
                 mentions=[Mention("seed", 72, 82)]),
            Node(city_hall, "Organisation", "City Hall", mentions=[Mention("seed", 120, 129)]),
            Node(mopac, "Organisation", "Mayor's Office for Policing and Crime", aliases={"MOPAC"}),
            Node(met, "Organisation", "Metropolitan Police Service", aliases={"the Met", "Met Police"}),
            Node(policy, "Policy", "armed foot patrols", mentions=[Mention("seed", 13, 31)]),
            Node(london, "Place", "London", mentions=[Mention("seed", 50, 56)], props={"wikidata": "Q84"}),
            Node(quote, "Quote", props={"text": QUOTE_TEXT}),
        ],
        links=[
            Link(khan, quote, "SAID", "seed", 1, 57, SAID_SENTENCE, props={"cue": "say", "direct": True}),
            Link(quote, policy, "MENTIONS", "seed", 13, 31, SAID_SENTENCE),
            Link(quote, london, "MENTIONS", "seed", 50, 56, SAID_SENTENCE),
            Link(khan, policy, "ANNOUNCED", "seed", 1, 57, SAID_SENTENCE),
            Link(khan, city_hall, "HOLDS_ROLE", "seed", props={"title": "Mayor of London"}),
            Link(city_hall, mopac, "OVERSEES", "seed"),
            Link(mopac, met, "OVERSEES", "seed"),
            Link(met, policy, "OVERSEES", "seed"),
        ],
    )
    bulletin = DocumentFacts(
        "bulletin",
        nodes=[
            Node(house, "Person", "Stephen House", aliases={"Sir Stephen House"}, titles={"Assistant Commissioner"},
                 mentions=[Mention("bulletin", 120, 137)]),
            Node(met, "Organisation", "Metropolitan Police Service", aliases={"the Met"},
                 mentions=[Mention("bulletin", 70, 77)]),
            Node(london, "Place", "London", mentions=[Mention("bulletin", 45, 51)]),
            Node(stat, "Statistic", "4,151 weapons sweeps",
                 props={"value": 4151, "unit": "count", "measure": "weapons sweeps", "period": "since April",
                        "place": "London", "source": met},
                 mentions=[Mention("bulletin", 21, 41)]),
        ],
        links=[
            Link(house, met, "HOLDS_ROLE", "bulletin", 80, 137, ROLE_SENTENCE, props={"title": "Assistant Commissioner"}),
            Link(stat, met, "REPORTED_BY", "bulletin", 0, 77, STAT_SENTENCE),
            Link(met, london, "LOCATED_IN", "bulletin"),
        ],
    )
    kg.add_facts(seed)
    kg.add_facts(bulletin)
    return kg
