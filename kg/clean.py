"""Cleaning before any NLP: keep the article, drop the furniture around it.

News pages and press releases carry text that is not the story: paywall and
subscription blocks, disclaimers, share / subscribe / log-in lines, price lists,
and press-release furniture (notes to editors, media contacts, ENDS, image
credits). Left in, these become bogus entities ("Smart Quarterly", "Business
Standard Epaper"). Two kinds of rule remove them:

* an **end marker** (a paywall line, ``Notes to editors``, ``ENDS``, ``###``,
  ``Disclaimer:``, ``Media contact``...) ends the article: it and every line
  after it are dropped;
* a **furniture line** (share this, sign up, image credit, a bare price or
  subscription term, cookie notices...) is dropped wherever it stands.

Every offset kg writes refers to the cleaned text this module returns.

>>> clean_text("Police said 3 men were held.\\nShare this article\\nENDS\\nMedia contact: 0207").text
'Police said 3 men were held.'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_I = re.IGNORECASE
_BLANKS = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")
#: Unicode category Cc (C0 and C1 controls) except newline and tab.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Lines that end the article: nothing after them is story text.
END_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("paywall", re.compile(r"you[’'`]?ve reached (your|the) (limit|maximum)|free articles? (this|per) month", _I)),
    ("paywall", re.compile(r"^(subscribe|sign up|register|log ?in) (now )?(to|for) (read|continue|unlimited|access|unlock|keep)", _I)),
    ("paywall", re.compile(r"^already (a )?(subscribed|subscriber|a member|have an account)", _I)),
    ("paywall", re.compile(r"^(this (article|story|content) is (for|available to|only for) (subscribers|members))", _I)),
    ("paywall", re.compile(r"^to continue reading", _I)),
    ("disclaimer", re.compile(r"^\(?disclaimer\s*[:\-–—]", _I)),
    ("notes to editors", re.compile(r"^(notes?|information) (to|for) (editors|news ?desks)\b", _I)),
    ("end of release", re.compile(r"^[-–—\s]*(ends|end)[-–—\s.]*$", _I)),
    ("end of release", re.compile(r"^\s*(#\s*){3}\s*$")),
    ("media contact", re.compile(r"^(media|press) (contacts?|enquiries|inquiries|office|information)\b", _I)),
    ("media contact", re.compile(r"^for (further|more) (media )?(information|enquiries|inquiries)[, ]*(please )?(contact|call|email)", _I)),
    ("media contact", re.compile(r"^(contact|issued by):?\s*(the )?(press|media) (office|team|desk)", _I)),
    ("page furniture", re.compile(r"^(topic|component|attachment)\(s\)\s*:?\s*$|^press release (number|no\.?)\s*:", _I)),
)

# Lines that are furniture wherever they stand.
FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("share/subscribe", re.compile(r"^(share|tweet|email|print|follow|like|save)( this| us| on| the)?( (page|article|story|post|link))?\b.{0,40}$", _I)),
    ("share/subscribe", re.compile(r"^(share on|share via|follow us on|find us on|join us on)\b", _I)),
    ("share/subscribe", re.compile(r"^(sign up|subscribe|register|log ?in|sign in|get)\b.{0,60}(newsletter|alerts?|updates|account|now|today|here|free)\W*$", _I)),
    ("share/subscribe", re.compile(r"^(subscribe|subscribe now|log ?in|sign in|sign up|register|menu|search|skip to (main )?content|back to top|close)\W*$", _I)),
    ("subscription offer", re.compile(r"renews automatically|cancel anytime|digital subscription|premium stories|ad[- ]free reading|unlimited access", _I)),
    ("price", re.compile(r"^\W{0,3}[₹$£€¥]\s?\d[\d,.]*(\s?[kKmM])?\s*(/\s*(month|mo|year|yr|week))?\s*$", _I)),
    ("subscription term", re.compile(r"^\d+\s+(months?|years?|weeks?|days?)\s*$", _I)),
    ("image credit", re.compile(r"^[\(\[]?(image|photo|picture|photograph|video|graphic|illustration)s?( credit)?s?\s*[:\-–—]", _I)),
    ("image credit", re.compile(r"^[\(\[]?(credit|copyright|©)\s*[:\-–—]?\s*\S", _I)),
    ("cookie notice", re.compile(r"\b(we use cookies|cookie (settings|policy|preferences|notice|banner))\b", _I)),
    ("cookie notice", re.compile(r"^(accept|reject|allow|manage|block|deny)\b.{0,30}\bcookies\W*$", _I)),
    ("site banner", re.compile(
        r"official website of the united states government|^here[’'`]?s how you know\W*$|^official websites use \.gov"
        r"|\.gov website belongs to an official government organi[sz]ation|^secure \.gov websites use https"
        r"|safely connected to the \.gov website|share sensitive information only on official, secure websites"
        r"|^u\.?s\.? flag\W*$|^dot gov\W*$|^the \.gov means it[’'`]?s official|^https\W*$", _I)),
    ("site banner", re.compile(r"^(gov\.uk|cookies on gov\.uk|navigation menu|main navigation|breadcrumbs?|you are here:?)\W*$", _I)),
    ("advertisement", re.compile(r"^(advertisement|sponsored( content)?|promoted|ad)\W*$", _I)),
    ("related links", re.compile(r"^(related (articles|stories|content|links)|read more|more on this story|see also|recommended( for you)?|most (read|popular))\b\W*.{0,80}$", _I)),
    ("page furniture", re.compile(r"^(published|updated|last updated|from|part of)\s*:?\s*$", _I)),
    ("release header", re.compile(r"^for (immediate|release|publication)\b.{0,40}$|^embargoed\b.{0,60}$", _I)),
    ("phone/url line", re.compile(r"^(?:[A-Za-z]{2,6}\.?:?\s+)?\+?\(?\d[\d\s().\-/]{6,}\d(\s*(ext\.?|x)\s*\d+)?\s*$", _I)),
    ("phone/url line", re.compile(r"^(https?://|www\.)\S+\s*$", _I)),
    ("office code", re.compile(r"^[A-Z]{1,4}$")),  # only beside other furniture: see _beside_furniture
    ("bulletin metadata", re.compile(
        r"^(coverage|release date|next release|date|geographical area|theme|edition|survey name|language|contact)\s*:"
        r".{0,80}\b(date|geographical area|theme|next release|coverage)\s*:", _I)),
    ("bulletin metadata", re.compile(r"^(release date|next release|geographical area|edition|survey name)\s*:.{0,60}$", _I)),
    ("date line", re.compile(
        r"^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
        r"|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{4})\s*$", _I)),
    ("page furniture", re.compile(r"^(published|updated|last updated)\s*:?\s*(\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d\d-\d\d)\s*$", _I)),
)

@dataclass
class CleanResult:
    """The cleaned text and what was removed, line by line, with the reason."""

    text: str
    removed: list[tuple[str, str]] = field(default_factory=list)
    ended_by: str | None = None


_OFFICE_CODE = "office code"


def normalise(text: str) -> str:
    """Unicode NFC, Unix newlines, no-break spaces as spaces, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = _CONTROLS.sub("", text)
    return text


def clean_text(text: str) -> CleanResult:
    """Remove boilerplate and furniture; return the article text and what was dropped."""
    removed: list[tuple[str, str]] = []
    kept: list[str] = []
    ended_by = None
    lines = normalise(text).split("\n")
    reasons: list[str | None] = [None] * len(lines)  # furniture reason per line, computed once
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        reason = _match(END_MARKERS, line)
        if reason is not None:
            ended_by = reason
            removed.extend((rest.strip(), reason) for rest in lines[i:] if rest.strip())
            break
        reason = reasons[i] = _match(FURNITURE, line)
        if reason == _OFFICE_CODE and not _beside_furniture(lines, reasons, i):
            reason = None  # "FBI" or "PEEL" on a line of its own in the story is text, not an office code
        if reason is not None:
            removed.append((line, reason))
            continue
        kept.append(_BLANKS.sub(" ", line))
    body = "\n".join(kept)
    body = _BLANK_LINES.sub("\n\n", body).strip()
    return CleanResult(text=body, removed=removed, ended_by=ended_by)


def _beside_furniture(lines: list[str], reasons: list[str | None], i: int) -> bool:
    """An office code (``AG``, ``CRM``) sits in a release header: the nearest non-blank line before or after
    it is furniture of another kind (a phone line, a release header, a date line)."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if 0 <= k < len(lines):
            reason = reasons[k] if step < 0 else _match(FURNITURE, lines[k].strip())
            if reason is not None and reason != _OFFICE_CODE:
                return True
    return False


def _match(rules: tuple[tuple[str, re.Pattern[str]], ...], line: str) -> str | None:
    for reason, pattern in rules:
        if pattern.search(line):
            return reason
    return None


__all__ = ["clean_text", "CleanResult", "normalise", "END_MARKERS", "FURNITURE"]
