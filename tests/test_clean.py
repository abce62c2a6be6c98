"""Cleaning: the story stays, the furniture goes, before any NLP."""
from __future__ import annotations

from kg.clean import clean_text

ARTICLE = (
    "Kent Police said on Monday that knife seizures rose to 412 this year.\n"
    "\"We will keep the pressure on,\" said Chief Constable Jane Doe.\n"
)


def test_paywall_block_after_the_story_is_dropped_whole() -> None:
    junk = (
        "Disclaimer: No staff journalist was involved in creating this content\n"
        "You\u2019ve reached your limit of {{free_limit}} free articles this month.\n"
        "Subscribe now for unlimited access.\n"
        "Already subscribed? Log in\n"
        "Smart Quarterly\n\u20b9900\n3 Months\n\u20b9300/Month\n"
        "Curated Newsletters\nInsights on markets, finance, politics, tech, and more delivered to your inbox\n"
    )
    result = clean_text(ARTICLE + junk)
    assert result.text == ARTICLE.strip()
    assert result.ended_by == "disclaimer"
    assert "Curated Newsletters" not in result.text


def test_paywall_marker_alone_ends_the_article() -> None:
    result = clean_text(ARTICLE + "Subscribe to read the full story \u2192\nPremium Plan\n\u00a34.99/month\n")
    assert result.text == ARTICLE.strip()
    assert result.ended_by == "paywall"


def test_press_release_furniture_is_removed() -> None:
    text = (
        "Share this page\n"
        "Image credit: Home Office\n"
        + ARTICLE
        + "Sign up for email alerts\n"
        "Notes to editors\n"
        "1. The figures come from the force's own records.\n"
        "Media contact: Press Office, 01234 567890, press@example.gov.uk\n"
    )
    result = clean_text(text)
    assert result.text == ARTICLE.strip()
    reasons = {reason for _, reason in result.removed}
    assert {"share/subscribe", "image credit", "notes to editors"} <= reasons


def test_us_press_release_end_mark_and_ends_line() -> None:
    body = "The U.S. Attorney announced charges against 12 defendants.\n"
    assert clean_text(body + "###\nFollow us on Twitter\n").text == body.strip()
    assert clean_text(body + "- ENDS -\nFor media enquiries contact the press office.\n").text == body.strip()


def test_story_lines_that_mention_subscriptions_or_sharing_are_kept() -> None:
    text = (
        "Officers shared intelligence with the National Crime Agency.\n"
        "The force said it would print leaflets for residents.\n"
    )
    assert clean_text(text).text == text.strip()


def test_a_document_of_boilerplate_only_cleans_to_nothing() -> None:
    text = "Subscribe now\nLog in\nAlready subscribed? Log in\nSubscribe to read the full story\n"
    assert clean_text(text).text == ""


def test_offsets_refer_to_the_cleaned_text() -> None:
    text = "Share this article\r\nThe Met\u00a0Police said 3 men were held.\r\n\r\n\r\n\r\nA second paragraph.\r\n"
    cleaned = clean_text(text).text
    assert cleaned == "The Met Police said 3 men were held.\n\nA second paragraph."
    start = cleaned.index("Met Police")
    assert cleaned[start : start + 10] == "Met Police"


def test_us_department_page_footer_is_dropped() -> None:
    body = "The United States Attorney announced the program on Monday.\n"
    text = body + "Topic(s):\nViolent Crime\nComponent(s):\nUSAO - Oklahoma, Western\nUpdated October 5, 2017\n"
    assert clean_text(text).text == body.strip()


def test_release_header_lines_are_dropped_and_the_headline_kept() -> None:
    text = (
        "Department of Justice\n\nFOR IMMEDIATE RELEASE\nMONDAY, MAY 14, 2001\nWWW.USDOJ.GOV\n\nAG\n"
        "(202) 514-2007\nTDD (202) 514-1888\n\nATTORNEY GENERAL ANNOUNCES NEW PROGRAM\n"
        "Thursday, October 5, 2017\n16 October 2014\n"
        "The Attorney General announced 12 new task forces on 14 May 2001.\n"
    )
    assert clean_text(text).text == (
        "Department of Justice\n\nATTORNEY GENERAL ANNOUNCES NEW PROGRAM\n"
        "The Attorney General announced 12 new task forces on 14 May 2001."
    )


def test_numbers_inside_story_lines_are_not_mistaken_for_phone_lines() -> None:
    text = "Officers seized 1,200 knives in 2023.\n2,000 arrests\n"
    assert clean_text(text).text == text.strip()


def test_statistical_bulletin_metadata_lines_are_dropped() -> None:
    text = (
        "Crime in England and Wales, Year Ending June 2014\n"
        "Coverage: England and Wales Date: 16 October 2014 Geographical Area: Local Authority and County Theme: Crime\n"
        "Release date: 16 October 2014\nNext release: 22 January 2015\n"
        "Police recorded 3.7 million offences in the year ending June 2014.\n"
    )
    assert clean_text(text).text == (
        "Crime in England and Wales, Year Ending June 2014\n"
        "Police recorded 3.7 million offences in the year ending June 2014."
    )


def test_government_site_banners_are_dropped_and_the_story_kept() -> None:
    page = (
        "U.S. flag\n"
        "An official website of the United States government\n"
        "Dot gov\n"
        "The .gov means it's official.\n"
        "Https\n"
        "Here’s how you know\n"
        "Official websites use .gov\n"
        "A .gov website belongs to an official government organization in the United States.\n"
        "Secure .gov websites use HTTPS\n"
        "A lock ( ) or https:// means you’ve safely connected to the .gov website. "
        "Share sensitive information only on official, secure websites.\n"
        "Sheriff's office opens a youth diversion scheme\n"
        "The United States government funds the scheme, the sheriff said.\n"
    )
    cleaned = clean_text(page)
    assert cleaned.text.splitlines() == [
        "Sheriff's office opens a youth diversion scheme",
        "The United States government funds the scheme, the sheriff said.",
    ]
    assert {reason for _, reason in cleaned.removed} == {"site banner"}
    uk = clean_text("GOV.UK\nCookies on GOV.UK\nBreadcrumb\nA council sets up a knife crime panel.")
    assert uk.text == "A council sets up a knife crime panel."


def test_a_short_capitals_line_in_the_story_is_kept() -> None:
    text = "Inspection results\n\nPEEL\n\nThe inspectorate graded every force.\n\nFBI\nThe bureau opened 40 cases.\n"
    assert clean_text(text).text == text.strip()


def test_an_office_code_beside_a_phone_line_is_dropped() -> None:
    text = "Justice Department\n\nCRM\n(202) 514-2007\n\nThe Attorney General announced new grants.\n"
    assert clean_text(text).text == "Justice Department\n\nThe Attorney General announced new grants."


def test_short_capital_line_outside_a_release_header_is_kept() -> None:
    text = "Seizures rose sharply\nATF\nAgents seized 40 rifles in the raid.\nNCA\nThe agency said more raids would follow."
    assert clean_text(text).text == text
