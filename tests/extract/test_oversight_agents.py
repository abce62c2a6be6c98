"""OVERSEES with a plural reviewer as the one who inspects, audits or reviews (guideline 10): ``Inspectors inspected
HMP X`` is the inspectorate's inspection, ``Auditors reviewed Y`` the audit body's; sentences written for these
tests (UK and US)."""
from __future__ import annotations

import functools

import pytest

from linkpairs import link_pairs

pytestmark = pytest.mark.model


oversees = functools.partial(link_pairs, kind="OVERSEES")


@pytest.mark.parametrize("text, wanted", [
    ("HM Inspectorate of Prisons published its report on Tuesday. Inspectors inspected HMP Wandsworth in March.",
     ("HM Inspectorate of Prisons", "HMP Wandsworth")),
    ("HM Inspectorate of Constabulary and Fire & Rescue Services published the report today. Inspectors examined how "
     "Kent Police handles 999 calls.",
     ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "Kent Police")),
    ("The Office of the Inspector General released the audit today. Auditors reviewed the FBI's use of confidential "
     "informants.", ("Office of the Inspector General", "Federal Bureau of Investigation")),
])
def test_plural_reviewers_act_for_their_body(nlp, text, wanted):
    found = oversees(nlp, text)
    assert wanted in found, found


@pytest.mark.parametrize("text", [
    # no inspectorate or audit body is named: nobody to act for
    "Inspectors inspected HMP Wandsworth in March.",
    # reviewers of another kind are not an inspectorate's
    "The Home Office published the report today. Officers examined how Kent Police handles 999 calls.",
])
def test_reviewers_with_no_body_of_their_kind_oversee_nothing(nlp, text):
    assert oversees(nlp, text) == set()
