"""An official the story never names speaks as the Person named by their title (guideline 5), also when the
title has lower-case joining words ("of", "and", "for"), on sentences written for these tests."""
from __future__ import annotations

import pytest

import kg

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,speaker", [
    ("The Police and Crime Commissioner said crime had fallen.", "Police and Crime Commissioner"),
    ("The Director of Public Prosecutions said the case was strong.", "Director of Public Prosecutions"),
    ("The Mayor of London said knife crime had fallen.", "Mayor of London"),
])
def test_an_unnamed_official_with_a_joined_title_speaks(nlp, text, speaker):
    f = kg.extract_facts(nlp(text), "t")
    names = {n.id: (n.type, n.name) for n in f.nodes}
    assert [names[l.source] for l in f.links if l.type == "SAID"] == [("Person", speaker)]


def test_a_lower_case_word_first_is_no_title(nlp):
    f = kg.extract_facts(nlp("Officers of the force said the road was closed."), "t")
    assert not any(n.type == "Person" for n in f.nodes)
