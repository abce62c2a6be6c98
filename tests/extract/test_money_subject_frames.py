"""ANNOUNCED with a sum as the subject of what it pays for (guideline 9: who funds a policy announces it):
``This investment by the Home Office will fund X`` -- whoever the money is from (a possessor, ``by``/``from``, or
``awarded by``) funded what the verb says it pays for. Sentences written for these tests (UK and US)."""
from __future__ import annotations

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


announced = link_pairs


@pytest.mark.parametrize("text, wanted", [
    ("This investment by the Home Office will fund three new youth violence programmes.",
     ("Home Office", "youth violence programmes")),
    ("Money from the Justice Department will support the Project Safe Neighborhoods program in Ohio.",
     ("United States Department of Justice", "Project Safe Neighborhoods")),
    ("The funding from the Scottish Government will expand the Navigator Programme to four more hospitals.",
     ("Scottish Government", "Navigator Programme")),
    ("A £3m grant from the Mayor of London will fund the Violence Reduction Unit's mentoring programme.",
     ("Mayor", "mentoring programme")),
])
def test_whoever_the_money_is_from_funds_what_it_pays_for(nlp, text, wanted):
    found = announced(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    # nobody named as the source of the money, and no sum announced before it
    "The funding will support the Navigator Programme in four more hospitals.",
    # the money goes somewhere, but the sentence names no policy it pays for
    "Money from the Justice Department will go to local charities.",
    # a person as the subject of "support" is not a sum: no funding is said
    "Officers from Kent Police will support the Safer Streets Fund bid.",
])
def test_no_funder_or_no_funded_policy_links_nothing_from_money(nlp, text):
    found = announced(nlp, text)
    assert not any(a in ("Kent Police", "United States Department of Justice") for a, _ in found), found
    assert all(t != "Navigator Programme" for _, t in found), found
