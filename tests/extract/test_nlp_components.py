"""kg's spaCy components and pipeline loading."""
from __future__ import annotations

import pytest
import spacy

from kg.errors import ModelError
from kg.model import DocumentFacts
from kg.nlp import load_pipeline


def test_missing_model_is_a_model_error():
    with pytest.raises(ModelError, match="no-such-model"):
        load_pipeline("no-such-model")


def test_entity_ruler_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_entities")
    doc = nlp("Officers from Scotland Yard and the FBI met the Home Secretary.")
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Scotland Yard", "ORG", "Metropolitan Police Service") in ents
    assert ("FBI", "ORG", "Federal Bureau of Investigation") in ents
    assert ("Home Secretary", "TITLE", "Home Secretary") in ents


def test_sentence_breaks_at_line_ends():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentence_breaks")
    doc = nlp("Police Launch Appeal\nOfficers are asking for witnesses.")
    officers = next(t for t in doc if t.text == "Officers")
    assert officers.is_sent_start  # the line after a headline is a sentence of its own


@pytest.mark.model
def test_pipeline_order(nlp):
    names = nlp.pipe_names
    assert names.index("kg_sentence_breaks") < names.index("parser")
    assert names.index("kg_entities") < names.index("ner")


@pytest.mark.model
def test_fact_component_in_a_users_pipeline():
    nlp = load_pipeline(facts=True)
    doc = nlp.make_doc('"Crime fell," said Chief Constable Alan Reid.')
    doc.user_data["kg_doc_id"] = "mine"
    doc = nlp(doc)
    facts = doc._.kg_facts
    assert isinstance(facts, DocumentFacts) and facts.doc_id == "mine"
    assert any(l.type == "SAID" for l in facts.links)


@pytest.mark.model
def test_empty_and_odd_documents(nlp):
    from kg.extract import extract_facts

    for text in ("", "   \n\n  ", '"', "\u201c\u201c\u201d\u201d", "'''"):
        facts = extract_facts(nlp(text), "odd")
        assert facts.doc_id == "odd" and not [n for n in facts.nodes if n.type == "Person"]
