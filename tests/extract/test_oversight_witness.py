"""OVERSEES from a witness's side (guideline 10, the other side of ``the Committee heard evidence from X``), on
sentences written for these tests (UK and US): whoever testifies before, gives evidence to or appears before a
committee is scrutinised by it; the body the witness phrase names is overseen (``the Chief Constable of Kent
Police``), else the witness. Courts are no scrutiny body (defendants appear before magistrates)."""
from __future__ import annotations

import functools

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


oversees = functools.partial(link_pairs, kind="OVERSEES")


@pytest.mark.parametrize("text,overseer,overseen", [
    ("The Chief Constable of Kent Police gave evidence to the Home Affairs Committee on Tuesday.",
     "Home Affairs Committee", "Kent Police"),
    ("The Commissioner of the Metropolitan Police appeared before the London Assembly Police and Crime Committee.",
     "London Assembly Police and Crime Committee", "Metropolitan Police Service"),
    ("FBI Director Christopher Wray testified before the House Judiciary Committee about the bureau's budget.",
     "United States House Committee on the Judiciary", "Federal Bureau of Investigation"),  # the body in the post
    ("Testifying before the Senate Judiciary Committee, Sheriff Dana Lowe described the county's drug courts.",
     "United States Senate Committee on the Judiciary", "Dana Lowe"),
])
def test_a_witness_before_a_committee_is_overseen_by_it(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "The two men appeared before Westminster Magistrates' Court on Monday.",
    "The defendant appeared before U.S. District Judge Maria Lopez in Denver.",
    "Detective Sergeant Jo Reid gave evidence at the trial at Leeds Crown Court.",
    "The charity gave £5,000 to the Home Affairs Committee's appeal.",
])
def test_courts_and_gifts_are_no_oversight(nlp, text):
    assert not oversees(nlp, text)


@pytest.mark.parametrize("text,overseer,overseen", [
    ("HM Inspectorate of Prisons returned to HMP Bedford in May to check progress against its recommendations.",
     "HM Inspectorate of Prisons", "HMP Bedford"),
    ("Inspectors from HM Inspectorate of Constabulary visited Durham Constabulary in March.",
     "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Durham Constabulary"),
    ("Auditors from the Office of the Inspector General went back to the Riverton Police Department to check its "
     "grant records.", "Office of the Inspector General", "Riverton Police Department"),
])
def test_an_inspection_visit_is_oversight(nlp, text, overseer, overseen):
    assert (overseer, overseen) in oversees(nlp, text)


@pytest.mark.parametrize("text", [
    "The Home Secretary visited Kent Police headquarters on Friday.",
    "Officers returned to the Riverton Police Department after the raid.",
    "The Attorney General went to the FBI field office in Denver to thank the agents.",
])
def test_a_visit_by_no_inspector_for_no_oversight_is_none(nlp, text):
    assert not oversees(nlp, text)
