"""Patterns of session 22, found by trying kg on sentences written for these tests (no sentence here is copied
from an annotated document)."""
from __future__ import annotations

import pytest
from linkpairs import said_links

pytestmark = pytest.mark.model


# -- a finding given as a noun object is what the finder said (guideline 8) -------------------------------------------

@pytest.mark.parametrize("text, speaker, quote", [
    ("HM Inspectorate of Prisons published its report on HMP Ashworth Vale. Inspectors found serious weaknesses in "
     "the way the prison handled complaints from prisoners.",
     "HM Inspectorate of Prisons", "serious weaknesses in the way"),
    ("The Northshire Audit Office found significant gaps in the records kept by the licensing team.",
     "Northshire Audit Office", "significant gaps in the records"),
    ("The Independent Office for Police Conduct published its annual report on Tuesday. The report shows clear "
     "improvements in the time taken to finish investigations.",
     "Independent Office for Police Conduct", "clear improvements in the time"),
])
def test_a_finding_named_by_a_noun_object_is_said(nlp, text, speaker, quote):
    links = said_links(nlp, text)
    assert any(s == speaker and q.startswith(quote) for s, q, _, _ in links), links


@pytest.mark.parametrize("text", [
    # a thing found is no finding; people who are no reviewers find things, they report nothing
    "Officers found a loaded handgun and 40 wraps of cocaine in the car.",
    "Detectives found evidence of a second break-in at the warehouse.",
    # figures and footage show things: nobody speaks
    "CCTV footage showed a lack of lighting in the car park behind the station.",
    # a grade is read by the oversight frames, not reported as speech
    "HMICFRS found the force to be good at preventing crime and tackling anti-social behaviour.",
])
def test_things_found_or_shown_are_not_said(nlp, text):
    assert said_links(nlp, text) == [], said_links(nlp, text)
