"""Policy mentions that do not hang on the learned scorer's weights: a name written before a scheme noun, the
guidelines' own tactics and series, a capital project at its site, a fund named by its sum, and a later mention
of a named policy (``the Act``, or its words in another order). Retraining the scorer must not lose them.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract import learned
from linkpairs import link_pairs
from test_policy_spans import policy_nodes

pytestmark = pytest.mark.model


@pytest.fixture(params=["shipped", "no-weights"])
def scorer(request):
    """The shipped scorer, and one whose weights are all zero with a threshold no span reaches: what stays is what
    is kept whatever the scorer says."""
    if request.param == "shipped":
        yield
        return
    model = learned.load_model()
    strict = learned.PolicyModel({}, -10.0, 0.99, dict(model.meta))
    with learned.using(strict):
        yield


@pytest.mark.parametrize("text, name, alias", [
    ("Leeds City Council joined the Safer Lanes programme last spring.", "Safer Lanes", "Safer Lanes programme"),
    ("Volunteers from the Street Guardians scheme will walk the market on Fridays.", "Street Guardians",
     "Street Guardians scheme"),
    ("The charity runs the Second Chance for Families project in three towns.", "Second Chance for Families",
     "Second Chance for Families project"),
])
def test_a_name_before_a_scheme_noun_is_a_policy_with_both_forms(nlp, scorer, text, name, alias):
    nodes = policy_nodes(nlp, text)
    assert any({name, alias} <= {n, *aliases} for n, aliases in nodes.items()), nodes


@pytest.mark.parametrize("text", [
    "The Home Office programme was cut in 2019.",  # a body's programme, described
    "Officers from the Bristol project met residents.",  # a place before the noun
    "John Smith's campaign raised money for the club.",  # a person's campaign
])
def test_a_body_place_or_person_before_a_scheme_noun_names_no_policy(nlp, scorer, text):
    nodes = policy_nodes(nlp, text)
    assert not any(n.startswith(("Home Office", "Bristol", "John Smith")) for n in nodes), nodes


@pytest.mark.parametrize("text, name", [
    ("Ministers defended stop and search in the Commons.", "stop and search"),
    ("Shoplifting rose by 12% in police recorded crime.", "police recorded crime"),
    ("The county will build a new jail in Pinal next year.", "new jail in Pinal"),
])
def test_guideline_tactics_series_and_sited_projects_stay(nlp, scorer, text, name):
    assert name.lower() in {n.lower() for n in policy_nodes(nlp, text)}, policy_nodes(nlp, text)


def test_a_later_act_is_the_named_act(nlp, scorer):
    nodes = policy_nodes(nlp, "The Knife Safety Act 2026 took effect in June. Shops said the Act was clear.")
    assert set(nodes) == {"Knife Safety Act 2026"} and "Act" in nodes["Knife Safety Act 2026"], nodes


def test_the_same_words_in_another_order_are_one_policy(nlp, scorer):
    nodes = policy_nodes(nlp, "The governor issued a Public Safety Emergency Order on Friday. Lawyers said the "
                              "emergency order on public safety was too wide.")
    assert list(nodes) == ["Public Safety Emergency Order"], nodes
    assert "emergency order on public safety" in nodes["Public Safety Emergency Order"], nodes


def test_a_frame_links_the_named_scheme_by_either_form(nlp, scorer):
    found = link_pairs(nlp, "Kent Police launched the Safer Lanes programme in May.", aliases=True)
    assert ("Kent Police", "Safer Lanes") in found and ("Kent Police", "Safer Lanes programme") in found, found
