"""Quotations and reported speech, on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract import extract_facts
from kg.extract.quotes import quote_spans

pytestmark = pytest.mark.model


def said(nlp, text: str, doc_id: str = "t"):
    """(speaker name, quote text, cue, direct) for every SAID link, plus the facts."""
    facts = extract_facts(nlp(text), doc_id)
    names = {n.id: n.name for n in facts.nodes}
    out = [(names[l.source], l.props["quote"], l.props["cue"], l.props["direct"]) for l in facts.links if l.type == "SAID"]
    return out, facts


def test_quote_then_said_and_title(nlp):
    out, facts = said(nlp, '"We will not tolerate knife crime on our streets," said Chief Constable Jane Marsh.')
    assert out == [("Jane Marsh", "We will not tolerate knife crime on our streets,", "say", True)]
    link = next(l for l in facts.links if l.type == "SAID")
    assert link.sentence.startswith('"We will not') and link.doc == "t"


def test_name_said_after_quote_uses_surname(nlp):
    text = ('Detective Inspector Omar Patel leads the inquiry. "The car was found burnt out near the canal early today," '
            'Patel said.')
    out, _ = said(nlp, text)
    assert [(s, d) for s, _, _, d in out] == [("Omar Patel", True)]


def test_colon_introduces_quote(nlp):
    out, _ = said(nlp, 'Superintendent Grace Obi said: "Every report of harassment will be investigated by a detective."')
    assert out[0][0] == "Grace Obi" and out[0][1].startswith("Every report of harassment")


def test_split_quote_keeps_speaker_for_both_parts(nlp):
    # guideline 8: a quote split around its attribution is one entry, from its first part
    text = ('"Patrols will double over the summer," said Commissioner Ruth Allen. '
            '"Officers will also visit every school in the borough before the holidays."')
    out, _ = said(nlp, text)
    assert [s for s, *_ in out] == ["Ruth Allen"]
    assert out[0][1].startswith("Patrols will double") and "Officers will also visit" in out[0][1]


def test_quote_after_narration_is_a_new_entry(nlp):
    text = ('"Patrols will double over the summer," said Commissioner Ruth Allen.\n\n'
            'The force has 300 new officers this year.\n\n'
            '"Officers will also visit every school in the borough before the holidays," she added.')
    out, _ = said(nlp, text)
    assert [(s, q.split()[0]) for s, q, *_ in out] == [("Ruth Allen", "Patrols"), ("Ruth Allen", "Officers")]


def test_quote_over_several_paragraphs_is_one_quotation(nlp):
    text = ('Chief Constable Alan Reid said:\n\n'
            '"The new unit starts work on Monday with forty officers.\n\n'
            '"It will focus on burglary and vehicle crime across the county."')
    out, facts = said(nlp, text)
    assert len(out) == 1 and out[0][0] == "Alan Reid"
    assert "forty officers" in out[0][1] and "vehicle crime" in out[0][1]
    assert [n for n in facts.nodes if n.type == "Quote"][0].props["text"] == out[0][1]


def test_dash_attribution(nlp):
    out, _ = said(nlp, '"Violence against shop workers is never part of the job." \u2013 Assistant Chief Constable Priya Shah')
    assert out and out[0][0] == "Priya Shah" and out[0][2] == "dash"


def test_reported_speech_with_cue_verbs(nlp):
    text = ("Assistant Commissioner Helen Ward stressed that the checks were voluntary. "
            "Ward warned that the operation could last several months.")
    out, _ = said(nlp, text)
    assert [(s, cue, d) for s, _, cue, d in out] == [("Helen Ward", "stress", False), ("Helen Ward", "warn", False)]
    assert out[0][1] == "the checks were voluntary"


def test_told_the_committee_that(nlp):
    out, _ = said(nlp, "Chief Constable Mark Evans told the committee that response times had fallen in every district.")
    assert out == [("Mark Evans", "response times had fallen in every district", "tell", False)]


def test_according_to(nlp):
    out, _ = said(nlp, "According to the Home Office, the scheme will cover every force in England by next spring.")
    assert out and out[0][0] == "Home Office" and out[0][2] == "according to" and not out[0][3]


def test_pronoun_speaker_resolves_to_last_person(nlp):
    text = ("Sergeant Lucy Grant has run the team since 2019. "
            "She said that most calls now come from the retail park.")
    out, _ = said(nlp, text)
    assert out[0][0] == "Lucy Grant"


def test_rank_only_speaker_resolves_to_title_holder(nlp):
    text = ("Commissioner Ruth Allen opened the new station on Tuesday. "
            "The Commissioner said that the building would open around the clock.")
    out, _ = said(nlp, text)
    assert [s for s, *_ in out] == ["Ruth Allen"]


def test_department_and_it_resolve_to_organisation(nlp):
    text = ("The Home Office published the guidance on Monday. "
            "The department said that the rules apply from June. "
            "It added that forces would receive extra training.")
    out, _ = said(nlp, text)
    assert [s for s, *_ in out] == ["Home Office", "Home Office"]


def test_several_speakers_of_one_announcement(nlp):
    text = ("Sheriff Dana Cole and District Attorney Miguel Reyes announced that twelve people had been charged "
            "after a year-long investigation.")
    out, _ = said(nlp, text)
    assert sorted(s for s, *_ in out) == ["Dana Cole", "Miguel Reyes"]


def test_unmarked_statement_after_said_colon(nlp):
    text = "Policing Minister Chris Philp said:\n\nThese powers give officers the tools they need to keep people safe."
    out, _ = said(nlp, text)
    assert out and out[0][0] == "Chris Philp" and out[0][1].startswith("These powers give officers")


def test_scare_quotes_are_not_quotations(nlp):
    out, facts = said(nlp, 'The inspectors rated the force "good" at preventing crime.')
    assert out == [] and not [n for n in facts.nodes if n.type == "Quote"]


def test_unclosed_quote_mark_warns_and_does_not_crash(nlp):
    text = ('"This statement never closes its quote mark, said Inspector Tom Hale.\n'
            'The next paragraph is ordinary reporting with no marks at all.')
    facts = extract_facts(nlp(text), "odd-marks")
    assert any("odd-marks" in w and "never closes" in w for w in facts.warnings)


def test_stray_marks_and_mixed_styles():
    warnings: list[str] = []
    spans = quote_spans('He said \u201dodd\u201d then "straight and curly\u201d and \u201copen', warnings=warnings, doc_id="d")
    assert warnings and all(w.startswith("d: ") for w in warnings)
    assert any("straight and curly" in 'He said \u201dodd\u201d then "straight and curly\u201d and \u201copen'[q.start:q.end] for q in spans)


def test_quotation_mentions_entities_inside_it(nlp):
    text = '"Greater Manchester Police will share the data with the Home Office," said Commissioner Ruth Allen.'
    facts = extract_facts(nlp(text), "t")
    quote = next(n for n in facts.nodes if n.type == "Quote")
    targets = {l.target for l in facts.links if l.type == "MENTIONS" and l.source == quote.id}
    assert {"org/greater-manchester-police", "org/home-office"} <= targets


def test_inverted_announcement_by_several_officials(nlp):
    text = ("PEORIA, Ill. \u2013 Nine people were charged with running a stolen car ring, announced U.S. Attorney "
            "Dana Whitfield and Special Agent in Charge Leo Marsh of the FBI Springfield Field Office.")
    out, _ = said(nlp, text)
    assert sorted(s for s, *_ in out) == ["Dana Whitfield", "Leo Marsh"]
    assert all(q.startswith("Nine people were charged") for _, q, _, _ in out)


def test_rank_only_reference_to_a_post_held_at_a_named_body(nlp):
    text = ("The Home Office published the figures. Home Secretary Yvette Cooper visited Leeds. "
            "The Home Secretary said that the new teams would start in June.")
    out, _ = said(nlp, text)
    assert [s for s, *_ in out] == ["Yvette Cooper"]


def test_unmarked_statement_runs_over_paragraphs_to_its_last_first_person_one(nlp):
    text = ("Justice Secretary Alan Grey said:\n\n"
            "I am determined that victims see offenders brought to court quickly.\n\n"
            "Courts across the country have already cut their backlogs this year.\n\n"
            "We will go further, and our new funding will pay for extra sitting days.\n\n"
            "The money will be allocated to courts in June.")
    out, facts = said(nlp, text)
    assert [(s, d) for s, _, _, d in out] == [("Alan Grey", True)]
    quote = out[0][1]
    assert quote.startswith("I am determined that victims") and "our new funding will pay" in quote
    assert "allocated to courts in June" not in quote  # narration after the statement


def test_unmarked_statement_stops_at_the_next_speaker(nlp):
    text = ("Sheriff Ann Cole said:\n\nWe will keep patrolling the county every night.\n\n"
            "Commissioner Raj Patel said:\n\nOur officers are ready for the summer.")
    out, _ = said(nlp, text)
    assert [(s, q.split()[0]) for s, q, _, _ in out] == [("Ann Cole", "We"), ("Raj Patel", "Our")]


@pytest.mark.parametrize("text, speakers", [
    ("Nine people have been charged with fraud, announced U.S. Attorney Karen Lowe, FBI Special Agent in Charge "
     "Tom Reyes and Police Chief Ana Ruiz.", ["Ana Ruiz", "Karen Lowe", "Tom Reyes"]),
    ("Two men were jailed for firearms offences, said Chief Constable Mary Hall and Detective Superintendent "
     "Ian Brook of Lancashire Police.", ["Ian Brook", "Mary Hall"]),
    ("Forty arrests were made in the operation, announced Sheriff Dale Fox of the Polk County Sheriff's Office.",
     ["Dale Fox"]),
])
def test_speakers_named_after_the_reported_clause(nlp, text, speakers):
    out, _ = said(nlp, text)
    assert sorted(s for s, *_ in out) == speakers
    assert all(not d and q.split()[0] in ("Nine", "Two", "Forty") for _, q, _, d in out)


@pytest.mark.parametrize("text, speakers", [
    ("Acting United States Attorney Rosa Diaz and ATF Special Agent in Charge Mark Bell announced that six "
     "defendants had been indicted.", ["Mark Bell", "Rosa Diaz"]),
    ("Chief Constable Helen Moss and Police and Crime Commissioner Gary Lund confirmed that the station would stay "
     "open.", ["Gary Lund", "Helen Moss"]),
])
def test_every_listed_speaker_of_a_reported_clause(nlp, text, speakers):
    out, _ = said(nlp, text)
    assert sorted(s for s, *_ in out) == speakers


@pytest.mark.parametrize("text, speaker", [
    ("HM Inspectorate of Constabulary published its annual report on Tuesday. The report said forces had failed "
     "to record thousands of crimes.", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
    ("The Independent Office for Police Conduct's report said the officers had failed to act on warnings.",
     "Independent Office for Police Conduct"),
    ("A report by the National Audit Office found long delays. The report said the programme was three years late.",
     "National Audit Office"),
])
def test_a_report_speaks_for_the_body_that_issued_it(nlp, text, speaker):
    out, _ = said(nlp, text)
    assert [s for s, *_ in out] == [speaker]


def test_a_report_with_no_issuer_in_the_text_speaks_for_no_one(nlp):
    out, _ = said(nlp, "The National Audit Office and the Home Office met. The report said the programme was late.")
    assert out == []


@pytest.mark.parametrize("text, speaker", [
    ("Kent Police has recruited 300 officers. The chief constable said the recruits would be on patrol by spring.",
     "Chief Constable"),
    ("The Home Office announced new funding on Monday. The minister said the money would pay for new officers.",
     "Minister"),
    ("The Sheriff's Office made twelve arrests. The sheriff said more arrests were expected this week.", "Sheriff"),
])
def test_unnamed_official_in_lower_case_speaks_under_the_title(nlp, text, speaker):
    out, facts = said(nlp, text)
    assert [s for s, *_ in out] == [speaker]
    assert speaker in {n.name for n in facts.nodes if n.type == "Person"}


def test_lower_case_post_of_a_named_holder_is_that_person(nlp):
    out, facts = said(nlp, "Policing Minister Chris Philp visited Kent. The minister said the money would pay for "
                           "new officers.")
    assert [s for s, *_ in out] == ["Chris Philp"]
    assert {n.name for n in facts.nodes if n.type == "Person"} == {"Chris Philp"}


def test_name_in_apposition_to_a_bodys_post_speaks(nlp):
    out, _ = said(nlp, "The Independent Office for Police Conduct director general, Rachel Watson, said the "
                       "report was clear.")
    assert [s for s, *_ in out] == ["Rachel Watson"]
