"""Entity mentions: people, organisations, places (and policy-like names the recogniser calls ORG).

:func:`find_mentions` is a pure function over a parsed ``Doc`` (with
``kg_entities`` before ``ner``). It takes the recogniser's spans, trims them
(``the``, possessives, honorifics, titles, line breaks), drops what the small
model gets wrong (single common words, dates called ORG, headline noise),
reshapes a few patterns (``south London``, ``the Triad area``,
``the Middle District of North Carolina``, ``City Hall office``,
``Greensboro, NC –`` datelines) and adds what it misses: acronyms defined in
the text (``Metropolitan Police Service (MPS)``), short forms
(``the Authority``), registry families (``U.S. Attorney's Office for the ...``)
and ``the government``. Merging mentions into entities is :mod:`kg.resolve`'s job.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_TITLE, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import RegistryEntry, norm_key, registry, titles, without_country

PERSON, ORG, PLACE, POLICY = "Person", "Organisation", "Place", "Policy"

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019", "'S", "\u2019S"})  # ("'S": a capitals-only line)
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east",
     "north-west", "south-east", "south-west", "inner", "outer", "greater", "northeast", "northwest", "southeast",
     "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
     "south-eastern", "south-western"}
)
_PLACE_HEADS = frozenset({"area", "region", "district", "county", "borough", "valley", "corridor", "parish"})
_ORG_SUFFIX_NOUNS = frozenset({"office", "department", "team", "unit", "press office", "council", "command"})
#: Words that mark a name as time, not an organisation or place.
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "easter", "christmas",
     "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "year", "month", "week", "today", "yesterday", "ramadan", "new year"}
)
#: Head nouns of names that are policies, laws, programmes or surveys rather than bodies.
POLICY_HEADS = frozenset(
    {"act", "bill", "strategy", "programme", "program", "initiative", "scheme", "fund", "plan", "code", "survey", "census",
     "policy", "order", "regulations", "framework", "campaign", "project", "operation", "charter", "review", "grant",
     "guidance", "protocol", "standard", "standards", "convention", "directive", "statute", "law", "agreement",
     "network"}
)
#: Head nouns that name bodies; a short form "the Authority" refers back to a body with this head.
ORG_HEADS = frozenset(
    {"authority", "commission", "committee", "department", "office", "service", "agency", "council", "bureau",
     "force", "inspectorate", "directorate", "ministry", "board", "unit", "taskforce", "constabulary", "police",
     "division", "administration", "assembly", "association", "federation", "college", "court", "tribunal",
     "panel", "squad", "team", "institute", "government", "parliament", "congress", "senate", "subcommittee"}
)
_ACRONYM_DEF = re.compile(
    r"\(\s*(?P<acr>[A-Z][A-Za-z&]{0,3}[A-Z](?:-[A-Z]+)?)"
    r"(?:\s*(?:[-\u2013\u2014,;]|\s)\s*(?:formerly|previously|once|now)\s+(?:the\s+)?(?P<old>[A-Z][A-Za-z&]*[A-Z]))?\s*\)"
)
#: ``the Violence Against Women Act, or VAWA,``: an acronym given after ", or" (kept only where it spells the name)
_ACRONYM_OR = re.compile(r",\s+or\s+(?P<acr>[A-Z][A-Z&]{1,5})(?P<old>(?!))?(?=[\s.,;:)]|$)")
#: A line opened by a place in capitals and a dash: "WASHINGTON – Today, ...", "LONDON - Police have ...".
_CAPS_DATELINE = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z]{3,}(?: [A-Z]{2,}){0,2})[ \t]+[\u2013\u2014-]{1,2}[ \t]")
_DATELINE = re.compile(
    r"^[ \t]*\(?(?P<city>[A-Z][A-Za-z.'\u2019]+(?:[ -][A-Z][A-Za-z.'\u2019]+){0,3}),[ \t]+"
    r"(?P<state>[A-Z][A-Za-z.]{1,5}(?: [A-Z][a-z]+)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,}(?: [A-Z]{2,})?|D\.C\.)"
    r"(?=\)?[ \t]*(?:[\u2013\u2014-]|\(|\u2014|\n))",
    re.M,
)


@dataclass
class Mention:
    """One occurrence of a person, organisation, place or policy name."""

    i: int  # token span [i, j) of the cleaned name
    j: int
    start: int  # character span of the cleaned name
    end: int
    type: str
    text: str
    source: str  # "registry", "ner", "acronym", "pattern", "short-form", "dateline", "government", "apposition"
    registry: RegistryEntry | None = None
    canonical: str | None = None  # a name to use instead of the text (pattern families, datelines)
    long_form: tuple[int, int] | None = None  # an acronym's definition (char span of the long form)
    part_of: str | None = None
    nested: bool = False  # inside a longer mention (e.g. "London Assembly" in "London Assembly's ... Committee")
    headline: bool = False
    raw: str = ""  # the span as the recogniser or rule saw it, with titles and determiners
    reasons: dict[str, str] = field(default_factory=dict)


# -- small token helpers ---------------------------------------------------
def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _strip(doc: Doc, i: int, j: int, *, person: bool = False) -> tuple[int, int]:
    """Trim determiners, punctuation, possessives, honorifics and titles from a token span; cut at a line break."""
    toks = doc_words(doc).tokens
    lex = titles()
    for k in range(i, j):
        if "\n" in toks[k].text or (toks[k].is_space and k > i):
            j = k
            break
    changed = True
    while changed and i < j:
        changed = False
        t = toks[i]
        if t.lower_ in _DETERMINERS or t.is_punct or t.is_space or t.text in _POSSESSIVE:
            i += 1
            changed = True
        elif person and (t.text in lex.honorifics or t.text.rstrip(".") in lex.honorifics or t.text in lex.modifiers):
            i += 1
            changed = True
        elif person and j - i > 1 and t.text in lex.post_nominals:
            i += 1  # "... Ann Lee, PhD. Lee said": letters after the last sentence's name, not this one's
            changed = True
        elif person and t.ent_type_ == "TITLE":
            i += 1
            changed = True
        elif person:
            for n in range(min(lex.max_words, j - i - 1), 0, -1):
                if lex.match([x.text for x in doc[i : i + n]]):
                    i += n
                    changed = True
                    break
    if person:  # "London MPs David Lammy", "Detective Inspectors Jane Doe": the names start after a plural post
        i = next((k + 1 for k in range(j - 2, i - 1, -1) if toks[k + 1].text[:1].isupper()
                  and lex.match_plural([toks[k].text]) is not None), i)
    if person:  # "Tom Reyes Ph.D. of Rutgers": the name ends at the letters after it
        j = next((k for k in range(i + 2, j) if toks[k].text in lex.post_nominals and toks[k].text not in ("MS", "AM", "PC")), j)
    while person and j - i > 1 and (toks[j - 1].text in lex.post_nominals or toks[j - 1].text in POST_LETTERS
                                    or toks[j - 1].text == ","):
        j -= 1  # "Jane Roe MP", "John Doe QPM": letters after a name are not part of it
    while i < j and (toks[j - 1].text in _POSSESSIVE or toks[j - 1].is_punct or toks[j - 1].is_space
                     or toks[j - 1].lower_ in ("of", "the", "for", "and", "on", "in", "to")):
        if toks[j - 1].text in {".", "&"} and j - i > 1 and len(toks[j - 1].text) == 1 and toks[j - 2].text.isupper():
            break
        if person and toks[j - 1].text == "." and j - i > 2 and toks[j - 2].text in ("Jr", "Sr") and toks[j - 2].whitespace_ == "":
            break  # "Ronald T. Grant Sr."
        j -= 1
    return i, j


def _text(doc: Doc, i: int, j: int) -> str:
    """``doc[i:j].text``, cut from the document's text."""
    if i >= j:
        return ""
    toks = doc_words(doc).tokens
    if i < 0 or j > len(toks):
        return doc[i:j].text
    last = toks[j - 1]
    return doc_text(doc)[toks[i].idx : last.idx + len(last)]


def _mention(doc: Doc, i: int, j: int, type_: str, source: str, **kw) -> Mention:
    toks = doc_words(doc).tokens
    last = toks[j - 1]
    return Mention(i, j, toks[i].idx, last.idx + len(last), type_, _text(doc, i, j), source, **kw)


def _body(doc: Doc, i: int, j: int, headline: bool, raw: str) -> Iterator[Mention]:
    """``doc[i:j]`` as the registry's entry when it has one, else as an organisation when it looks like one."""
    found = registry().lookup(_text(doc, i, j))
    if found is not None:
        yield _mention(doc, i, j, found.type, "registry", registry=found, headline=headline, raw=raw)
    elif _org_ok(doc, i, j):
        yield _mention(doc, i, j, ORG, "ner", headline=headline, raw=raw)


_LAST_HEADLINES: list[Any] = [None, None]  # the text last asked about and its headline lines


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of lines set in title case with no closing full stop (headlines, standfirsts).
    The entity and announcement rules both ask, for the same text: the last answer is kept."""
    if _LAST_HEADLINES[0] is text:
        return _LAST_HEADLINES[1]
    out = _headline_lines(text)
    _LAST_HEADLINES[:] = [text, out]
    return out


def _headline_lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", line)
        long = [w for w in words if len(w) > 3]
        stripped = line.strip()
        if re.match(r"[-\u2022*\u2013\u00b7]\s", stripped):
            pass  # a list's item ("- Jane Roe, Director of Strategy at Home Office"), however it is cased
        elif 1 <= len(words) <= 3 and stripped and not re.search(r"[.,;:!?\u201d\"\u2013\u2014-]$", stripped) \
                and all(w[0].isupper() for w in words if len(w) > 3) and len(stripped) <= 40 \
                and pos > 0 and "  " not in stripped:
            out.append((pos, pos + len(line)))  # a section heading ("Key Findings", "Background")
        elif (
            len(words) >= 3
            and long
            and sum(w[0].isupper() for w in long) / len(long) >= 0.75
            and not line.rstrip().endswith((".", ":", "\u201d", '"'))
        ):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_COURT_DISTRICTS = frozenset({"northern", "southern", "eastern", "western", "middle", "central"})
_NO_ENTRY = RegistryEntry("", "", "", None)


#: Letters after a name that are a post ("Marc Jones PCC", "Roger Hirst PFCC"): never part of the name.
POST_LETTERS = frozenset({"PCC", "PFCC", "DPCC"})


def _after_a_name(doc: Doc, k: int) -> bool:
    """Whether token ``k`` comes right after a person's name, past other letters after it (``PCC OBE``) and the
    commas that set degrees off (``Mandy K. Cohen, MD, MPH``)."""
    post = titles().post_nominals | POST_LETTERS
    k -= 1
    while k >= 0 and (doc[k].text in post or doc[k].text == ",") and doc[k].ent_type_ != "PERSON":
        k -= 1
    return k >= 0 and doc[k].ent_type_ == "PERSON"


#: Words before the last word of a post, a body or a style ("of the Interior", "His Eminence", "House of
#: Representatives"): a capitalised word after them is that phrase's, not a first name.
_STYLE_OPENERS = frozenset({"the", "of", "his", "her"})


def _name_after_title(doc: Doc, ent: Span) -> bool:
    """Two or three plain capitalised words right after a title: a person's name, whatever the recogniser said."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or ent.start == 0:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in ORG_HEADS
               and t.lower_ not in _PLACE_HEADS and t.lower_ not in _COMPASS for t in words):
        return False
    if registry().lookup(ent.text) is not None:
        return False
    prev = doc[ent.start - 1]
    if prev.text == "," and ent.start >= 2 and doc[ent.start - 2].ent_type_ == "TITLE" \
            and ent.end < len(doc) and doc[ent.end].lower_ in (",", "and") and not any(t.tag_ in ("NNS", "NNPS") for t in words) \
            and not words[-1].lower_.endswith(("ions", "ment", "ness", "ity", "ics", "ships")) \
            and not (ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ == "ORG"):
        return True  # "Home Secretary, Amber Rudd, today announced": the name in apposition to the post
    return prev.ent_type_ == "TITLE" or (prev.text.isupper() and titles().match([prev.text]) is not None)


#: Honorifics that only stand before a person's name (not "Lord", "Hon", which also open posts and styles).
_PERSONAL_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Prof", "Professor", "Baroness"})


def _initialled_name(ent: Span) -> bool:
    """``Colette S. Peters``: a first name, a middle initial and a surname make a person's name, whatever the
    recogniser took it for (a place or body so written would end in a body's word: ``John F. Kennedy Center``)."""
    words = [t.text for t in ent]
    return len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]) is not None and \
        all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) for w in (words[0], words[2])) and \
        words[2].lower() not in ORG_HEADS


def _honoured_name(doc: Doc, ent: Span) -> bool:
    """``Rt Hon Jane Roe MP``: an honorific before or letters after two or three capitalised words mark a person."""
    lex = titles()
    words = [t for t in ent if not t.is_punct and t.text not in _POSSESSIVE]
    while words and words[0].lower_ in _DETERMINERS:
        words = words[1:]  # "the Rt Hon Jane Roe MP"
    lead = 0
    while lead < len(words) and (words[lead].text in lex.honorifics or words[lead].text.rstrip(".") in lex.honorifics
                                 or words[lead].text in ("Rt", "Right", "Hon", "Honourable")):
        lead += 1
    tail = len(words)
    while tail > lead and (words[tail - 1].text in lex.post_nominals or words[tail - 1].text in POST_LETTERS):
        tail -= 1
    core = words[lead:tail]
    k = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
    after = k < len(doc) and doc[k].text in lex.post_nominals and doc[k].text not in ("MS", "AM", "PC")  # "X, Ph.D., of"
    if not words or (lead == 0 and tail == len(words) and not after) or words[0].lower_ in ("lord", "lady"):
        return False
    # "Ms Roe", "Dr Okafor's review": a personal honorific before one surname is a person too
    if not 2 <= len(core) <= 3 and not (len(core) == 1 and words[0].text.rstrip(".") in _PERSONAL_HONORIFICS
                                        and core[0].pos_ == "PROPN"):
        return False
    return all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in ORG_HEADS
               and t.lower_ not in _PLACE_HEADS for t in core)


def _judicial_district(doc: Doc, ent: Span) -> Mention | None:
    """``the DISTRICT OF NEVADA``, ``Western District of Texas``: a federal judicial district around a state's name."""
    i, j = _strip(doc, ent.start, ent.end)
    if i < 2 or i >= j or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ != "district" or not _is_cap(doc[i - 2]):
        return None
    d0 = i - 2
    if d0 > 0 and doc[d0 - 1].lower_ in _COURT_DISTRICTS and _is_cap(doc[d0 - 1]):
        d0 -= 1
    name = _text(doc, d0, j)
    return _mention(doc, d0, j, PLACE, "composite", raw=name, canonical=name.title().replace(" Of ", " of ") if name.isupper() else None)


#: One-word posts that take their remit after "of" / "for": "Secretary of Public Safety", "Minister for Crime".
REMIT_TITLES = frozenset({"Secretary", "Minister", "Director", "Commissioner", "Administrator", "Superintendent",
                          "Chair", "Chairman", "Chairwoman", "Chairperson", "President", "Head", "Commander",
                          "Inspector", "Chief", "Undersecretary", "Under-Secretary", "Coordinator", "Czar", "Tsar"})


#: Head nouns of posts: a noun phrase ending in one of these, led by modifiers, is a title whether or not the
#: lexicon lists it ("Violence Reduction Director", "the county's chief financial officer").
TITLE_HEADS = frozenset({
    "director", "commissioner", "secretary", "chief", "head", "chair", "chairman", "chairwoman", "chairperson",
    "inspector", "attorney", "minister", "officer", "administrator", "superintendent", "sheriff", "mayor", "governor",
    "president", "commander", "coordinator", "manager", "marshal", "prosecutor", "constable", "sergeant", "adviser",
    "advisor", "executive", "leader", "investigator", "counsel", "judge", "senator", "councillor", "councilman",
    "councilwoman", "trustee", "warden", "auditor", "treasurer", "spokesperson", "spokesman", "spokeswoman",
    "lieutenant", "captain", "ombudsman", "comptroller", "controller", "solicitor", "statistician", "lead",
    "deputy", "agent", "czar", "tsar", "commandant", "registrar", "clerk"})
_BODY_END_NOUNS = frozenset({"office", "division", "department", "bureau", "unit", "command", "agency", "service",
                             "administration", "police", "constabulary", "force", "directorate", "team", "squad"})


def _name_run(doc: Doc, i: int, limit: int) -> int:
    """End of a run of two or three capitalised name words (a middle initial and Jr. allowed) from token ``i``."""
    n = i
    while n < min(len(doc), limit) and n - i < 4 and (
            (doc[n].is_alpha and _is_cap(doc[n]) and not doc[n].text.isupper() and doc[n].pos_ == "PROPN"
             and doc[n].lower_ not in ORG_HEADS and doc[n].lower_ not in _PLACE_HEADS and doc[n].lower_ not in TITLE_HEADS
             and doc[n].lower_ not in _HEADLINE_VERBS and doc[n].lower_ not in _LAW_WORDS)
            or (n > i and re.fullmatch(r"[A-Z]\.|Jr\.?|Sr\.?", doc[n].text))):
        n += 1
    words = [t for t in doc[i:n] if t.is_alpha and len(t.text) > 2 and t.text not in ("Jr", "Sr")]
    return n if len(words) >= 2 else i


#: Words of a post's remit ("Secretary for Justice and Home Affairs"), never the last words of a name after it.
_REMIT_WORDS = frozenset({"affairs", "justice", "policing", "security", "services", "health", "response", "use",
                          "care", "safety", "communities", "equalities", "victims", "witnesses", "prisons", "probation",
                          "crime", "fire", "skills", "education", "enforcement", "defence", "development", "planning",
                          "preparedness", "safeguarding", "women", "girls", "families", "transport", "housing",
                          "protection", "resilience", "intelligence", "operations", "policy", "prevention",
                          "treatment", "recovery", "abuse", "substance", "violence", "borders", "immigration",
                          "state", "home", "department", "affairs", "rights", "equality"})


#: Last words of posts written with a remit after "for": "Assistant Secretary for Mental Health and Substance Use".
_REMIT_POSTS = frozenset({"secretary", "minister", "commissioner", "envoy", "czar", "tsar"})


def _name_after_remit(doc: Doc, i: int) -> tuple[int, int] | None:
    """``Deputy Assistant Secretary for Mental Health and Substance Use Kana Enomoto said``: a post's remit in
    capitals, then a name the recogniser runs into it. The remit's words (capitalised, with "and", "of", "for",
    "the" between them) from token ``i``; the name is its last two words (three with a middle initial), when at
    least one remit word comes before them and something not capitalised comes after."""
    links = {"and", "of", "for", "the", "&"}
    end = i
    while end < len(doc) and end - i < 14 and "\n" not in doc[end].whitespace_ and (
            (doc[end].is_alpha and _is_cap(doc[end])) or (doc[end].lower_ in links and end > i)
            or (re.fullmatch(r"[A-Z]\.", doc[end].text) and end > i)):
        end += 1
    if end - i < 3 or (end < len(doc) and doc[end].is_alpha and _is_cap(doc[end])):
        return None
    start = end - 3 if re.fullmatch(r"[A-Z]\.", doc[end - 2].text) else end - 2
    name = [t for t in doc[start:end] if t.is_alpha]
    if start <= i or doc[start - 1].lower_ in links or len(name) != 2:
        return None
    if any(t.text.isupper() or t.pos_ != "PROPN" or t.lower_ in ORG_HEADS or t.lower_ in _PLACE_HEADS
           or t.lower_ in _COMPASS or t.ent_type_ in ("GPE", "LOC") or t.lower_ in _REMIT_WORDS or t.lower_ in TITLE_HEADS or registry().lookup(t.text) is not None for t in name):
        return None
    return start, end


def _names_after_posts(doc: Doc) -> Iterator[Mention]:
    """``Special Agent in Charge of the FBI's Denver Field Office Anne Price``: a title, its body, then the name
    (which the model runs into the body's name)."""
    words = doc_words(doc)
    ent, lower = words.ent_type, words.lower
    k = 0
    while k < len(doc):
        if not (ent[k] == "TITLE" and (k + 1 >= len(doc) or ent[k + 1] != "TITLE")):
            k += 1
            continue
        if k + 1 < len(doc) and lower[k + 1] in ("of", "for", "at"):
            found = False
            for b in range(k + 2, min(len(doc) - 2, k + 10)):
                if doc[b].is_punct or "\n" in doc[b].whitespace_:
                    break
                if doc[b].lower_ in _BODY_END_NOUNS and _is_cap(doc[b]):
                    n = _name_run(doc, b + 1, b + 5)
                    if n > b + 1 and (n >= len(doc) or not (_is_cap(doc[n]) and doc[n].is_alpha)):
                        yield _mention(doc, b + 1, n, PERSON, "ner", raw=_text(doc, b + 1, n))
                        found = True
                        break
            t0 = k
            while t0 > 0 and ent[t0 - 1] == "TITLE":
                t0 -= 1
            named_before = t0 >= 2 and doc[t0 - 1].text == "," and ent[t0 - 2] == "PERSON"  # "Barry Hughes, Group Chair for"
            name = None if found or named_before else _name_after_remit(doc, k + 2)
            if name is not None:
                yield _mention(doc, name[0], name[1], PERSON, "pattern", raw=_text(doc, name[0], name[1]))
        k += 1


_INITIAL = re.compile(r"[A-Z]\.")


def _names_before_posts(doc: Doc) -> Iterator[Mention]:
    """``Ana Ruiz, chief financial officer of ...``: capitalised words the model left unnamed, then a comma and a
    post (a title of the lexicon or a phrase ending in a post's head noun) are a person's name."""
    lex = titles()
    words = doc_words(doc)
    text, lower, ent, cap, toks = words.text, words.lower, words.ent_type, words.cap, words.tokens
    n_doc = len(text)
    for c in range(2, n_doc - 1):
        if text[c] != ",":
            continue
        i = c - 1
        while i > 0 and c - i < 5 and (toks[i - 1].is_alpha and cap[i - 1] or _INITIAL.fullmatch(text[i - 1])):
            i -= 1
        while i < c and not (cap[i] and toks[i].is_alpha):
            i += 1
        if i >= c or (i > 0 and toks[i - 1].is_alpha and cap[i - 1]):
            continue
        # "Dru Sharpling, HM Inspector of Constabulary": a name the model took for a body, the whole of its entity
        misread = ent[i] == "ORG" and toks[i].ent_iob_ == "B" and toks[c - 1].ent_iob_ != "O" and \
            (c >= n_doc or toks[c].ent_iob_ != "I") and registry().lookup(_text(doc, i, c)) is None
        if any(ent[x] in ("PERSON", "GPE", "TITLE") or (ent[x] == "ORG" and not misread) for x in range(i, c)):
            continue
        if _name_run(doc, i, c) != c or any(text[x] in lex.honorifics or lower[x] in _REMIT_WORDS for x in range(i, c)):
            continue  # ("Joint Leads for Local Policing, PCCs Jo Roe and ...": a post's remit, no name)
        k = c + 1
        while k < n_doc and k - c < 4 and lower[k] in ("the", "a", "an", "acting", "interim", "deputy"):
            k += 1
        post = any(ent[n] == "TITLE" or lower[n] in TITLE_HEADS for n in range(k, min(n_doc, k + 4))
                   if all(not toks[x].is_punct and ent[x] not in ("PERSON", "GPE") for x in range(k, n + 1)))
        if post:
            yield _mention(doc, i, c, PERSON, "pattern" if misread else "ner", raw=_text(doc, i, c))


#: Letters after a name that only a person carries ("MS" and "AM", Welsh members, also read as a state or a time:
#: those only before a comma and a post).
_PERSON_LETTERS = frozenset({"MP", "MSP", "MLA", "QPM", "KPM", "OBE", "CBE", "MBE", "KBE", "DBE", "KC", "QC", "QFSM",
                             "KFSM"})
#: Words of "the Rt Hon" that stand before a name and are no part of it.
_HONOURABLE = frozenset({"Rt", "Hon", "Right"})


def _names_before_letters(doc: Doc) -> Iterator[Mention]:
    """``The Attorney General, Victoria Prentis MP, said``, ``Jayne Bryant MS, Cabinet Secretary for Housing``: two
    or three capitalised words right before a person's letters are a name, whatever the model made of them."""
    words = doc_words(doc)
    text, ent, toks = words.text, words.ent_type, words.tokens
    letters = titles().post_nominals
    n_doc = len(text)
    for k in range(2, n_doc):
        if text[k] not in _PERSON_LETTERS and text[k] not in ("MS", "AM"):
            continue
        if text[k] in ("MS", "AM"):
            c = k + 1
            if not (c + 1 < n_doc and text[c] == "," and any(ent[n] == "TITLE" or words.lower[n] in TITLE_HEADS
                                                              for n in range(c + 1, min(n_doc, c + 5)))):
                continue
        if k + 1 < n_doc and (toks[k + 1].text in _PERSON_LETTERS or _is_cap(toks[k + 1]) and toks[k + 1].is_alpha):
            continue  # more letters follow (read from the last), or a name: "Chingford MP Iain Duncan Smith"
        e = k
        while e > 0 and toks[e - 1].text in letters:
            e -= 1  # "Dominic Grieve QC MP"
        i = e - 1
        while i > 0 and e - i < 3 and toks[i - 1].is_alpha and _is_cap(toks[i - 1]) and ent[i - 1] != "TITLE" \
                and not _is_title_or_honorific(toks[i - 1]) and toks[i - 1].text not in _HONOURABLE:
            i -= 1
        i = next((x for x in range(i, e) if _name_run(doc, x, e) == e), e)
        if i >= e or all(ent[x] == "PERSON" for x in range(i, e)) or ent[k] == "PERSON" or "\n" in doc[i:e].text \
                or registry().lookup(_text(doc, i, e)) is not None:
            continue  # (a name the model has already, whole)
        if i > 0 and toks[i - 1].is_alpha and _is_cap(toks[i - 1]) and ent[i - 1] != "TITLE" and \
                not _is_title_or_honorific(toks[i - 1]) and toks[i - 1].text not in _HONOURABLE:
            continue  # a longer capitalised run: a body's or a place's name
        yield _mention(doc, i, e, PERSON, "pattern", raw=_text(doc, i, e))


#: "Pete P. Buttigieg", "Andrea M. Lowe Jr.": a first name, a middle initial and a surname are a person's name
_INITIAL_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z]\. (?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: Jr\.| Sr\.)?(?![\w-])")


def _initial_names(doc: Doc) -> Iterator[Mention]:
    """Names with a middle initial the model gave another type or cut (one regex over the text, not a token scan)."""
    for hit in _INITIAL_NAME.finditer(doc_text(doc)):
        span = doc.char_span(hit.start(), hit.end())
        if span is None or any(t.ent_type_ == "PERSON" for t in span) and span[0].ent_iob_ == "B" \
                and all(t.ent_type_ == "PERSON" for t in span):
            continue  # the model has it already
        if span[0].text in REMIT_TITLES or span[0].lower_ in ORG_HEADS or span[-1].lower_ in ORG_HEADS \
                or span[-1].lower_ in _LAW_WORDS or _is_title_or_honorific(span[0]):
            continue
        yield _mention(doc, span.start, span.end, PERSON, "pattern", raw=span.text)


#: A first name, a nickname in quotation marks (perhaps in brackets), a surname: "William “Bill” Bratton",
#: "Ben-Julian (“BJ”) Harrington", 'Robert "Bobby" Jones'.
_NICKNAMED = re.compile(r"\b(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) \(?[“\"‘'](?P<nick>[A-Z][A-Za-z.]{0,11})[”\"’']\)? "
                        r"(?P<last>(?:[A-Z]\. )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _nicknamed_people(doc: Doc) -> Iterator[Mention]:
    """A person named with a nickname between first name and surname: one person, named without the nickname
    (``Ben-Julian (“BJ”) Harrington`` -> Ben-Julian Harrington); the recogniser breaks such names or loses them."""
    text = doc_text(doc)
    if not any(q in text for q in "“\"‘"):
        return
    for hit in _NICKNAMED.finditer(text):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None or "\n" in span.text or _is_title_or_honorific(span[0]) or span[0].lower_ in ORG_HEADS \
                or span[-1].lower_ in ORG_HEADS | _LAW_WORDS or registry().lookup(hit.group("last")) is not None:
            continue
        yield _mention(doc, span.start, span.end, PERSON, "pattern", raw=span.text,
                       canonical=f"{hit.group('first')} {hit.group('last')}")


#: Honorifics that open a person's name and never a body's ("Lady Elish Angiolini", "Sir Tom Winsor").
_NAME_HONORIFICS = frozenset({"Sir", "Dame", "Lady", "Lord", "Baroness", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss",
                              "Dr", "Dr."})


def _plain_name(words: Iterable[Token]) -> bool:
    """Capitalised words that can make a person's name: no body, policy or building word, no post."""
    return all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS | POLICY_HEADS
               | _BUILDING_HEADS and not _is_title_or_honorific(t) for t in words)


def _is_title_or_honorific(tok: Token) -> bool:
    return _title_or_honorific_text(tok.text)


def _title_or_honorific_text(text: str) -> bool:
    """``_is_title_or_honorific`` of a token's text."""
    lex = titles()
    return text in lex.honorifics or text.rstrip(".") in lex.honorifics or lex.match([text]) is not None \
        or text in lex.modifiers


def _plural_post(word: str) -> bool:
    """``constables``, ``secretaries``: a post's head noun in the plural (``the Chief Constables of three forces``),
    no one's name."""
    return word.endswith("s") and (word[:-1] in TITLE_HEADS or (word.endswith("ies") and word[:-3] + "y" in TITLE_HEADS))


def _titled_names(doc: Doc) -> Iterator[Mention]:
    """``FBI SAC Gray``, ``Det Supt Jones``: capitalised words right after a title are a name the model missed."""
    lex = titles()
    words = doc_words(doc)
    text, lower, ent, cap = words.text, words.lower, words.ent_type, words.cap
    pos = words.pos
    n_doc = len(text)
    for k in range(n_doc):
        t = text[k]
        is_title = ent[k] == "TITLE" and (k + 1 >= n_doc or ent[k + 1] != "TITLE")
        if not is_title and not ent[k] and t.isupper() and lex.match([t]) is not None:
            is_title = True
        if not is_title and not ent[k] and cap[k] and (t in lex.honorifics or t.rstrip(".") in lex.honorifics) \
                and lower[k] not in ("lord", "lady") and (k == 0 or ent[k - 1] != "TITLE"):
            is_title = True  # "Dame Jane Roe MP", "Dr Amir Khan": an honorific opens a name
        if is_title:
            j = k + 1
            while j < n_doc:
                if _title_or_honorific_text(text[j]):
                    j += 1
                elif j + 1 < n_doc and f"{text[j]} {text[j + 1]}" in lex.honorifics:
                    j += 2  # "Deputy Commander Rear Adm. Jane Roe": a rank of two words after the post
                else:
                    break
            n = j
            if j + 1 < n_doc and len(text[j]) == 2 and text[j].isalpha() and text[j].isupper() and not ent[j] \
                    and pos[j] == "PROPN" and cap[j + 1] and text[j + 1].isalpha() and not text[j + 1].isupper() \
                    and pos[j + 1] == "PROPN" and not ent[j + 1] and lower[j + 1] not in ORG_HEADS:
                n = j + 1  # "Chief Constable BJ Harrington": two initials written as one word open the name
            while n < n_doc and pos[n] == "PROPN" and cap[n] and not ent[n] and n - j < 4 \
                    and text[n].isalpha() and not text[n].isupper() and not _plural_post(lower[n]) \
                    and lower[n] not in ORG_HEADS and lower[n] not in _LAW_WORDS and lower[n] not in _HEADLINE_VERBS \
                    and lower[n] not in POLICY_HEADS and lower[n] not in _MEASURE_HEADS:
                n += 1  # (not "the Attorney General Guidelines": a post's rules, no name)
            if n == j and j + 1 < n_doc and lower[j] == "bill" and cap[j + 1] and text[j + 1].isalpha() \
                    and not text[j + 1].isupper() and pos[j + 1] not in ("VERB", "AUX") and not ent[j + 1] \
                    and lower[j + 1] not in ORG_HEADS | _LAW_WORDS | POLICY_HEADS:
                n = j + 2  # "Chief Constable Bill Skelly": the first name Bill, no law
            if n > j and not _inside_a_name(words, n):
                yield _mention(doc, j, n, PERSON, "ner", raw=_text(doc, k, n))


#: Nouns of posts beside ``_PERSON_NOUNS``, which end a post and never a person's name ("Lead Data Analyst").
_POST_WORDS = frozenset({"analyst", "specialist", "consultant", "strategist", "scientist", "statistician", "economist",
                         "researcher", "investigator"})


def _inside_a_name(words: Words, n: int) -> bool:
    """The capitalised words after a title, ending before token ``n``, are the inside of a longer name, not a
    person's: a post goes on (``the Chief Financial Officer``, ``Lead Data Analyst``), or a body's or scheme's name
    ends the run (``the PCC Community Safety Fund``, ``the VALOR Officer Safety and Wellness Program``)."""
    text, lower, ent = words.text, words.lower, words.ent_type
    if lower[n - 1] in _PERSON_NOUNS or lower[n - 1] in _POST_WORDS:
        return True  # "Lead Data Analyst": the run ends in a post's noun
    if n >= len(text):
        return False
    if ent[n] == "TITLE" or lower[n] in TITLE_HEADS or lower[n] in _PERSON_NOUNS:
        return True
    if lower[n] in ORG_HEADS or lower[n] in POLICY_HEADS or lower[n] in _LAW_WORDS:
        return True
    if lower[n] in ("and", "&") and n + 1 < len(text):
        e = n + 1
        while e < len(text) and e - n <= 4 and words.cap[e] and text[e].isalpha() and ent[e] != "PERSON":
            if lower[e] in POLICY_HEADS:
                return True
            e += 1
    return False


#: Nouns naming a post whose holder's office is a body: "Sheriff's Office", "U.S. Attorney's Office".
_POST_POSSESSORS = frozenset({"sheriff", "attorney", "marshal", "prosecutor", "mayor", "governor", "coroner",
                              "commissioner", "solicitor", "chancellor", "sheriffs", "attorneys", "marshals"})
_NAME_CONNECTORS = frozenset({"of", "for", "on", "and", "the", "&"})

#: Acts of oversight whose agent may be followed by their object: "an inspection by HMICFRS of Essex Police".
_OVERSIGHT_ACTS = frozenset({"inspection", "audit", "review", "investigation", "inquiry", "assessment", "evaluation",
                             "examination", "scrutiny", "probe"})


def _act_object_after(doc: Doc, of: int) -> bool:
    """``an inspection by HMICFRS of Essex Police``, ``by HM Inspectorate of Prisons of HMP Leeds``, ``by Ofsted of
    Kent County Council``: the ``of`` at ``of`` follows the whole name of an act of oversight's ``by`` agent (an
    acronym or one-word name, a name with an ``of`` of its own, or a registered body), so it opens the act's
    object and joins no name across it."""
    i = of
    while i > 0 and (_is_cap(doc[i - 1]) or doc[i - 1].lower_ in ("of", "&", "and")) and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    if i == of or not _agent_of_act(doc, i):
        return False
    words = doc[i:of]
    if len(words) == 1:
        return words[0].text.isupper() or words[0].lower_ not in ORG_HEADS
    return any(t.lower_ == "of" for t in words) or registry().lookup(words.text) is not None


def _agent_of_act(doc: Doc, i: int) -> bool:
    """The name starting at ``i`` is the ``by`` agent of an act of oversight (``a review by the Office of the
    Inspector General of the Riverton Police Department``): an ``of`` after it opens the act's object."""
    k = i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ == "by" and doc[k - 1].lemma_.lower() in _OVERSIGHT_ACTS


def _titled_run_before(doc: Doc, of: int) -> bool:
    """The capitalised words before ``of`` follow a title: ``Chief Constable Jane Doe of ...`` names a person."""
    m = of - 1
    while m >= 0 and _is_cap(doc[m]) and not doc[m].is_punct and doc[m].ent_type_ != "TITLE" and of - m <= 4 \
            and "\n" not in doc[m].text:
        m -= 1
    return m >= 0 and m < of - 1 and (doc[m].ent_type_ == "TITLE" or (doc[m].text.isupper() and titles().match([doc[m].text]) is not None))


def _two_bodies(doc: Doc, conj: int, head: int) -> bool:
    """``Kent Police and Essex Police``: each side of ``and`` ends in the same body noun, or the model saw two names."""
    left = doc[conj - 1]
    if left.lower_ == doc[head].lower_:
        return True
    if conj + 1 < len(doc) and doc[conj + 1].text in ("HM", "His", "Her") and conj >= 2 and doc[conj - 2].lower_ == "of":
        return True  # "HM Inspectorate of Probation and HM Inspectorate of Prisons": the Crown's style opens a second body
    if conj + 2 < len(doc) and left.text[:1].isupper() and (doc[conj + 1].text == "HM" or (
            doc[conj + 1].text in ("His", "Her") and doc[conj + 2].text.startswith("Majesty"))):
        return True  # "... Fire & Rescue Services and HM Crown Prosecution Service Inspectorate": so is "HM" after any name
    return left.ent_type_ == "ORG" and doc[conj + 1].ent_iob_ == "B" and doc[conj + 1].ent_type_ == "ORG"


def _owner_body(doc: Doc, k: int) -> bool:
    """Is token ``k``, before a possessive, the end of a body's own name (``the Met's``, ``CPD's``, ``FBI's``)
    rather than part of a longer name (``Sheriff's Office``, ``Prince George's County``, ``His Majesty's``)?"""
    tok = doc[k]
    if tok.lower_ in _POST_POSSESSORS or tok.lower_ == "majesty" or (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I"):
        return False
    if tok.ent_type_ == "ORG":
        return True
    return tok.text.isupper() and tok.is_alpha and len(tok.text) >= 2 and registry().lookup(tok.text) is not None


def _byline(doc: Doc, m: Mention) -> bool:
    """A name that opens its line, followed by its letters, a comma and a post (``Jayne Bryant MS, Cabinet
    Secretary for Housing``): the byline of a written statement, a person however the line is cased."""
    if m.i > 0 and "\n" not in doc[m.i - 1].whitespace_ and "\n" not in doc[m.i - 1].text:
        return False
    k = m.j
    while k < len(doc) and doc[k].text in titles().post_nominals:
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    post = doc[k + 1 : min(len(doc), k + 4)]
    return any(t.ent_type_ == "TITLE" or (t.lower_ in TITLE_HEADS and _is_cap(t)) for t in post) and \
        all("\n" not in t.whitespace_ for t in post[:-1])


def _state_code(tok: Token) -> bool:
    """A US state's two-letter code (``OH``, ``TX``), as a body's name writes it in brackets after its town."""
    if len(tok.text) != 2 or not tok.text.isupper():
        return False
    entry = registry().by_abbreviation.get(tok.text)
    return entry is not None and entry.kind == "us_state"


def _owning_body(doc: Doc, i: int, cut: int) -> bool:
    """Is ``doc[i:cut]``, before a possessive, a body that can own a programme: a name ending in a body's head
    (``the Government``, ``the Department``, ``the Biden Administration``), a name the registry knows, or an
    acronym (``EOIR``)? Not a person or an eponym (``Clare's Law``, ``Biden's``)."""
    last = doc[cut - 1]
    if last.lower_ in _POST_POSSESSORS or last.lower_ == "majesty" or last.ent_type_ == "PERSON":
        return False
    if last.lower_ in ORG_HEADS and _is_cap(last):
        # (not a lone "the Administration's": the short form would be read as any agency named "... Administration")
        return cut - i > 1 or last.lower_ != "administration"
    if registry().lookup(_text(doc, i, cut)) is not None:
        return True
    return cut - i == 1 and last.text.isupper() and last.is_alpha and len(last.text) >= 2


def _majesty(doc: Doc, i: int) -> int:
    """The start of ``His Majesty's`` / ``Her Majesty's`` / ``HM`` right before token ``i`` (``i`` when there is none):
    the Crown's style is part of an inspectorate's or a prison service's name."""
    if i >= 1 and doc[i - 1].text in ("HM", "HMG"):
        return i - 1
    if i >= 1 and doc[i].lower_ == "majesty" and doc[i - 1].lower_ in ("his", "her"):
        return i - 1  # the name was taken from "Majesty's" on
    if i >= 3 and doc[i - 1].text in _POSSESSIVE and doc[i - 2].lower_ == "majesty" and doc[i - 3].lower_ in ("his", "her"):
        return i - 3
    # "His Majesty's Prison and Probation Service" when the recogniser kept only "Probation Service"
    k = i
    while k > 0 and i - k < 4 and (_is_cap(doc[k - 1]) and doc[k - 1].is_alpha or doc[k - 1].lower_ in ("and", "&")) \
            and "\n" not in doc[k - 1].whitespace_ and doc[k - 1].lower_ != "majesty":
        k -= 1
    if k < i and _is_cap(doc[k]) and k >= 3 and doc[k - 1].text in _POSSESSIVE and doc[k - 2].lower_ == "majesty" \
            and doc[k - 3].lower_ in ("his", "her"):
        return k - 3
    return i


#: Heads of bodies of their own that carry another body's name ("Atlanta Police Department Foundation", "Home Office
#: Staff Union", "Kent Police Training Academy"): a head only after a name the registry knows.
_OWN_BODY_HEADS = frozenset({"foundation", "trust", "union", "academy", "alliance", "society", "coalition"})


def _after_registry_body(doc: Doc, k: int) -> bool:
    """A registry body's name ends within the two capitalised words before token ``k`` (a name goes on past it)."""
    for m in (k - 1, k - 2):
        if m < 0 or "\n" in doc[m].whitespace_:
            return False
        tok = doc[m]
        if tok.ent_type_ == "ORG" and tok.ent_id_:
            return True
        if not (_is_cap(tok) and tok.is_alpha and not tok.ent_type_):
            return False
    return False


def _bare_hyphen(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen written with no space on either side (inside one word the tokenizer split)."""
    return 0 < k < len(doc) and doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_


def _hyphen_compound_start(doc: Doc, i: int) -> int:
    """Where a hyphenated name that ends at token ``i`` begins ("Miami-Dade", "Stoke-on-Trent"): the tokenizer
    splits it at each hyphen written with no space around it; its first part must be capitalised. ``i`` when the
    word before ``i`` is no such hyphen."""
    h = i
    while h >= 2 and _bare_hyphen(doc, h - 1) and doc[h - 2].is_alpha and "\n" not in doc[h - 2].text:
        h -= 2
    while h < i and not _is_cap(doc[h]):
        h += 2  # "non-Home Office": a lower-case prefix is no part of the name
    return h if h < i and _is_cap(doc[i]) else i


def _in_name(doc: Doc, m: int) -> bool:
    """``in`` inside a body's name (``Committee on Standards in Public Life``): capitalised words follow that name no
    place, and the recogniser took them into the same name."""
    if doc[m].lower_ != "in" or m + 2 >= len(doc) or not _is_cap(doc[m + 1]) or doc[m + 1].is_punct:
        return False
    nxt = doc[m + 1]
    return nxt.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "NORP") and doc[m].ent_type_ == "ORG" \
        and nxt.ent_iob_ == "I" and registry().lookup(nxt.text) is None


def _body_names(doc: Doc) -> Iterator[Mention]:
    """Capitalised names ending in a body noun: ``Nebraska State Patrol``, ``East Baton Rouge Parish Sheriff's Office``,
    ``U.S. District Court for the District of Columbia``, ``Committee on Oversight and Government Reform``."""
    heads = ORG_HEADS | {"patrol", "police", "sheriff's office"}
    words = doc_words(doc)
    lower, cap = words.lower, words.cap
    n = len(doc)
    k = 0
    while k < n:
        if not (lower[k] in heads and cap[k]) and not (lower[k] in _OWN_BODY_HEADS and cap[k] and _after_registry_body(doc, k)):
            k += 1
            continue
        tok = doc[k]
        if not (tok.lower_ in heads and _is_cap(tok) or tok.lower_ in _OWN_BODY_HEADS) or tok.ent_type_ == "TITLE" \
                or (tok.ent_type_ == "PERSON" and tok.lower_ not in ("patrol", "police", "department", "office", "service")):
            k += 1
            continue
        own = k  # "Highway Patrol" the recogniser called a person: its words are the body's
        while tok.ent_type_ == "PERSON" and own > 0 and doc[own].ent_iob_ == "I":
            own -= 1
        if k + 1 < n and _is_cap(doc[k + 1]) and not doc[k + 1].is_punct and doc[k + 1].ent_type_ not in ("PERSON", "TITLE") \
                and "\n" not in doc[k].whitespace_:
            k += 1  # the name goes on ("Registration Service Act"): a later head word decides
            continue
        # left: capitalised words (and a post-holder's possessive: "Sheriff's Office")
        i = k
        # "Committee on the Judiciary Subcommittee on ...": the words before are the committee's own name
        after_committee = tok.lower_ == "subcommittee" and any(
            lower[x] == "committee" and lower[x + 1] in ("on", "of") for x in range(max(0, k - 8), k - 1))
        while i > 0 and not after_committee:
            prev = doc[i - 1]
            if "\n" in prev.text or (prev.ent_type_ in ("PERSON", "DATE", "CARDINAL") and i - 1 < own):
                break
            if prev.ent_type_ == "TITLE" and not (doc[i].text in _POSSESSIVE) \
                    and not (doc[i].ent_type_ == "TITLE" and doc[i].ent_iob_ == "I" and doc[i + 1].text in _POSSESSIVE):
                break  # (but "Attorney General's Office": the whole post owns the office)
            if prev.text in _POSSESSIVE and i >= 2 and _is_cap(doc[i - 2]) and doc[i - 2].lower_ not in ORG_HEADS:
                if _owner_body(doc, i - 2):
                    break  # "the Met's Violent Crime Taskforce": a unit of a body, named after the possessive
                i -= 1  # "Sheriff's Office", "Prince George's County Police Department"; not "Service's Directorate"
                continue
            if prev.lower_ == "of" and i >= 2 and _is_cap(doc[i - 2]) and _is_cap(doc[i]) and doc[i - 2].ent_type_ != "TITLE" \
                    and not _titled_run_before(doc, i - 1) and not _act_object_after(doc, i - 1):
                i -= 1  # "House of Representatives Committee"; not "Chief Constable Jane Doe of Kent Police"
                continue
            if prev.lower_ in ("and", "&") and i >= 2 and _is_cap(doc[i - 2]) and _is_cap(doc[i]) and not doc[i - 2].is_punct \
                    and k - i <= 2 and not (i >= 3 and doc[i - 3].text == ",") and not _two_bodies(doc, i - 1, k):
                i -= 1  # "Police and Crime Panel", "Fire and Rescue Service"; not "Tobacco, Firearms and ..." lists
                continue
            h = _hyphen_compound_start(doc, i)
            if h < i:
                i = h  # "Winston-Salem Police Department", "Stoke-on-Trent City Council": one word, whole
                continue
            if prev.text == ")" and i >= 4 and doc[i - 3].text == "(" and _state_code(doc[i - 2]) \
                    and _is_cap(doc[i - 4]) and not doc[i - 4].is_punct and "\n" not in doc[i - 4].whitespace_:
                i -= 4  # "Dayton (OH) Police Department", "Maricopa County (AZ) Sheriff's Office": the town and its
                continue  # state in brackets (the recogniser may take the town for a person)
            if _is_cap(prev) and not prev.is_punct and prev.lower_ not in _DETERMINERS and not prev.is_sent_start:
                i -= 1
                continue
            if _is_cap(prev) and prev.is_sent_start and prev.lower_ not in _DETERMINERS and not prev.is_stop \
                    and prev.pos_ in ("PROPN", "ADJ", "NOUN"):
                i -= 1  # "Eastmoor Constabulary said ...": the name opens the sentence
            break
        # right: "for the District of Columbia", "on Oversight and Government Reform"
        j = k + 1
        # "an inspection by HM Inspectorate of Prisons of HMP Leeds": the second "of" is the inspection's, naming
        # what it inspects (after an acronym, the first: "a review by HMICFRS of Essex Police")
        act_agent = _agent_of_act(doc, i)
        if j + 1 < n and doc[j].lower_ in ("of", "for", "on") and not (k > 0 and doc[k - 1].lower_ == "field") \
                and not (act_agent and doc[j].lower_ == "of" and j - i == 1 and doc[i].text.isupper()):
            # ("the Chicago Field Division of the DEA" is the office; the agency is a body of its own)
            m = j + 1
            if m < n and doc[m].lower_ == "the":
                m += 1
            last = None
            while m < n and (_is_cap(doc[m]) and not doc[m].is_punct or doc[m].lower_ in _NAME_CONNECTORS
                             or _in_name(doc, m)) \
                    and doc[m].lower_ not in _TIME_WORDS and "\n" not in doc[m].text and doc[m].ent_type_ not in ("PERSON", "DATE"):
                if doc[m].lower_ in ("and", "&") and m + 1 < n and (doc[m + 1].lower_ == "the" or (
                        doc[m + 1].ent_iob_ == "B" and doc[m + 1].ent_type_ == "ORG")):
                    break  # "Federal Bureau of Investigation and the Internal Revenue Service": a second body
                if act_agent and doc[m].lower_ == "of":
                    break
                if doc[m].ent_type_ == "TITLE" and doc[m].ent_iob_ == "B" and _title_then_person(doc, m):
                    break  # "Department of Justice Permanent Secretary Nick Perry": the post and its holder follow
                if doc[m].text.isupper() and m + 1 < n and (doc[m + 1].text == "," or doc[m + 1].ent_type_ in (
                        "TITLE", "PERSON")) and titles().match([doc[m].text]) is not None:
                    break  # "College of Policing CEO, Chief Constable Alex Marshall": a post written short
                if last == m - 1 and doc[m].lower_ in _HEADING_WORDS and _is_cap(doc[m]):
                    break  # "... Office of the Inspector General Audit Division Audit Report GR": a heading's words
                if doc[m].lower_ == "subcommittee" and tok.lower_ == "committee" and last is not None:
                    break  # "Committee on Appropriations Subcommittee on Commerce": the subcommittee is a body of its own
                if doc[m].lower_ in ("and", "&") and m + 2 < n and (doc[m + 1].text == doc[i].text or (
                        doc[m + 1].lower_ in ORG_HEADS and doc[m + 2].lower_ == "of")):
                    break  # "HM Inspectorate of Probation and HM Inspectorate of Prisons": a second body of one shape
                if _is_cap(doc[m]):
                    last = m
                m += 1
            if last is not None:
                j = last + 1
        i = _majesty(doc, i)
        if j - i >= 2 and _is_cap(doc[i]):
            yield _mention(doc, i, j, ORG, "composite", raw=_text(doc, i, j))
            k = j
        else:
            k += 1


#: Words of a report's heading that follow the publishing body's name on one line ("... Audit Report GR-60-12").
_HEADING_WORDS = frozenset({"audit", "report", "reports", "memorandum", "testimony", "statement", "review"})


def _join_hyphened_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``Chief Constable Ben-Julian Harrington``: a person's name the recogniser (or the titled-name rule) cut at the
    hyphen of a double first name or surname is one name; a capitalised word hyphened onto the front of a person's
    name belongs to it."""
    people = sorted((m for m in mentions if m.type == PERSON), key=lambda m: m.i)
    if not people:
        return mentions
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for a, b in zip(people, people[1:]):
        if b.i == a.j + 1 and _bare_hyphen(doc, a.j) and id(a) not in dropped:
            joined[id(a)] = _mention(doc, a.i, b.j, PERSON, a.source, headline=a.headline, raw=_text(doc, a.i, b.j))
            dropped.add(id(b))
    for m in people:
        if id(m) in joined or id(m) in dropped:
            continue
        if m.i >= 2 and _bare_hyphen(doc, m.i - 1) and doc[m.i - 2].is_alpha and _is_cap(doc[m.i - 2]) \
                and not doc[m.i - 2].ent_type_ and not any(x.i <= m.i - 2 < x.j for x in mentions):
            joined[id(m)] = _mention(doc, m.i - 2, m.j, PERSON, m.source, headline=m.headline, raw=m.raw)
    if not joined and not dropped:
        return mentions
    return [joined.get(id(m), m) for m in mentions if id(m) not in dropped]


def _hyphened_place(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """``doc[i:j]`` widened over capitalised words joined to it by a hyphen without spaces (``Dyfed-Powys``,
    ``Merthyr-Tydfil``): the parts of one place name."""
    while j + 1 < len(doc) and _bare_hyphen(doc, j) and doc[j + 1].is_alpha and _is_cap(doc[j + 1]):
        j += 2
    while i >= 2 and _bare_hyphen(doc, i - 1) and doc[i - 2].is_alpha and _is_cap(doc[i - 2]):
        i -= 2
    return i, j


def _title_then_person(doc: Doc, m: int) -> bool:
    """The title entity opening at token ``m`` is followed by a person's name."""
    e = m
    while e < len(doc) and doc[e].ent_type_ == "TITLE" and (e == m or doc[e].ent_iob_ == "I"):
        e += 1
    if e < len(doc) and doc[e].ent_type_ == "PERSON":
        return True
    # "Chairwoman" + "Virginia" + "Foxx": a first name the recogniser took for a place, then the surname
    return e + 1 < len(doc) and doc[e].ent_type_ in ("GPE", "LOC") and doc[e].ent_iob_ == "B" \
        and doc[e + 1].ent_iob_ != "I" and doc[e + 1].pos_ == "PROPN" and doc[e + 1].is_alpha \
        and _is_cap(doc[e + 1]) and doc[e + 1].ent_type_ in ("", "PERSON") and doc[e + 1].lower_ not in ORG_HEADS


_LAST_SENTS: list[Any] = [None, None, None]  # the document last asked about, its sentences, its Sentences
_LAST_TEXT: list[Any] = [None, ""]  # the document last asked about and its text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once for the document being extracted (``Doc.text`` joins every token each time), from
    the words of :func:`doc_words` and each one's trailing space (``Token.whitespace_`` is one space or none)."""
    if _LAST_TEXT[0] is not doc:
        spaces = doc.to_array(SPACY).tolist()
        _LAST_TEXT[:] = [doc, "".join([w + " " if s else w for w, s in zip(doc_words(doc).text, spaces)])]
    return _LAST_TEXT[1]


def doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, computed once for the document being extracted (``Doc.sents`` scans every token)."""
    if _LAST_SENTS[0] is not doc:
        _LAST_SENTS[:] = [doc, list(doc.sents), None]
    return _LAST_SENTS[1]


#: ``Token.ent_iob_`` by the id in the document's array.
_IOB = ("", "I", "O", "B")


class Words:
    """The tokens of the document being extracted and their attributes as plain lists, each list made once, when
    first read. ``doc[i]`` makes a new ``Token`` object every time, and every ``.text``, ``.lower_`` or
    ``.ent_type_`` looks its string up again: rules that scan every token read these lists instead."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        #: what rules of more than one family ask of the same words, kept by the rule that works it out (its own
        #: keys); it goes with the document's Words, so it holds nothing of an earlier document
        self.memo: dict[Any, Any] = {}

    def _strings(self, attr: int) -> list[str]:
        """The string of ``attr`` of each token, looked up from the document's array of ids (no Token made)."""
        strings = self.doc.vocab.strings
        return [strings[k] for k in self.doc.to_array(attr).tolist()]

    @cached_property
    def text(self) -> list[str]:
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        return self._strings(LOWER)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._strings(ENT_TYPE)

    @cached_property
    def ent_iob(self) -> list[str]:
        return [_IOB[k] for k in self.doc.to_array(ENT_IOB).tolist()]

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``tok.lemma_.lower()`` of each token."""
        strings = self.doc.vocab.strings
        return [strings[k].lower() for k in self.doc.to_array(LEMMA).tolist()]

    @cached_property
    def pos(self) -> list[str]:
        return self._strings(POS)

    @cached_property
    def head(self) -> list[int]:
        """``tok.head.i`` of each token (from the parse's array of offsets: no head Token made)."""
        return [i + h for i, h in enumerate(self.doc.to_array(HEAD).astype("int64").tolist())]

    @cached_property
    def children(self) -> list[list[int]]:
        """The offsets of each token's children, in order (``Token.children`` makes a Token for each)."""
        kids: list[list[int]] = [[] for _ in self.head]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        return kids

    def subtree(self, i: int) -> list[int]:
        """The offsets of token ``i`` and all its descendants, in text order: the words of ``doc[i].subtree``
        (which walks the tree, so gives a non-projective parse's words in another order), without a Token made for
        each."""
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(self.children[k])
        return sorted(out)

    @cached_property
    def dep(self) -> list[str]:
        """``tok.dep_`` of each token."""
        return self._strings(DEP)

    @cached_property
    def is_title(self) -> list[bool]:
        """``tok.is_title`` of each token (the lexeme flag, read from the document's array)."""
        return [bool(k) for k in self.doc.to_array(IS_TITLE).tolist()]

    @cached_property
    def cap(self) -> list[bool]:
        """``_is_cap`` of each token: its text starts with a capital letter."""
        return [t[:1].isupper() for t in self.text]


_LAST_WORDS: list[Any] = [None, None]  # the document last asked about and its Words


def doc_words(doc: Doc) -> Words:
    """The :class:`Words` of the document being extracted (made once per document)."""
    if _LAST_WORDS[0] is not doc:
        _LAST_WORDS[:] = [doc, Words(doc)]
    return _LAST_WORDS[1]


class Sentences:
    """Character bounds of the sentence holding a token, computed once per document (``Token.sent`` is a scan)."""

    @classmethod
    def for_doc(cls, doc: Doc) -> Sentences:
        """The (shared) index of the document being extracted."""
        doc_sents(doc)
        if _LAST_SENTS[2] is None:
            _LAST_SENTS[2] = cls(doc)
        return _LAST_SENTS[2]

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._of: list[int] = [0] * len(doc)
        self._bounds: list[tuple[int, int]] = []
        for n, sent in enumerate(doc_sents(doc)):
            self._bounds.append((sent.start_char, sent.end_char))
            for k in range(sent.start, sent.end):
                self._of[k] = n

    def of(self, i: int) -> tuple[int, int]:
        """``(start_char, end_char)`` of the sentence of token ``i``."""
        return self._bounds[self._of[i]] if self._bounds else (0, len(doc_text(self.doc)))

    def spanning(self, start: int, end: int) -> tuple[int, int]:
        """``(start_char, end_char)`` of the sentence or sentences holding the tokens ``[start, end)``: the bounds of
        ``doc[start:end].sent`` (a scan of the parse on each call)."""
        return self.of(start)[0], self.of(max(start, end - 1))[1]

    def sent(self, i: int) -> Span:
        """The sentence of token ``i``: ``Token.sent`` without its scan."""
        return doc_sents(self.doc)[self._of[i]]


def _in_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _looks_like_name(doc: Doc, i: int, j: int) -> bool:
    toks = doc[i:j]
    if not any(_is_cap(t) for t in toks):
        return False
    if any(t.like_num or t.is_digit for t in toks):
        return False
    return True


def _lone_place_word(doc: Doc, i: int) -> bool:
    """``Rutland`` in "a new prison in Rutland", one word the recogniser called a person: a place unless the
    document names a person with that word ("confidence in Braverman" after "Suella Braverman"), or the
    word is a title, a post or a body word."""
    tok = doc[i]
    if not (tok.pos_ == "PROPN" and _is_cap(tok) and tok.is_alpha and not tok.text.isupper()) \
            or _is_title_or_honorific(tok) or tok.lower_ in ORG_HEADS:
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return False  # "in the Smith case", "in Mrs Hale's"
    return not any(e.label_ == "PERSON" and len(e) > 1 and any(t.text == tok.text for t in e) for e in doc.ents)


def _place_list(doc: Doc, i: int, j: int) -> bool:
    """``across Leicester, Leicestershire and Rutland``, ``the people of Bedfordshire, Cambridgeshire``: a name the
    recogniser called a body that is a list of single capitalised words after a preposition of place, with no body
    word among them: an area named by its parts (a commissioner's or a force's area)."""
    if i == 0 or doc[i - 1].lower_ not in _LOCATIVE | {"of", "for"} or j - i < 3:
        return False
    if doc[i - 1].lower_ in ("of", "for") and not (i >= 2 and doc[i - 2].lower_ in ("people", "residents", "communities",
                                                                                      "public", "area", "areas")):
        return False
    items = [t for t in doc[i:j] if t.lower_ not in (",", "and")]
    return len(items) >= 2 and len(items) == len([t for t in doc[i:j] if t.text not in (",",) and t.lower_ != "and"]) \
        and all(t.is_alpha and t.is_title and t.lower_ not in ORG_HEADS | _COLLECTIVE_NOUNS for t in items) \
        and all(doc[k].text in (",",) or doc[k].lower_ == "and" for k in range(i + 1, j, 2)) \
        and registry().lookup(_text(doc, i, j)) is None \
        and any(t.lower_.endswith(_PLACE_ENDINGS) or _known_place(doc, t.text) for t in items)


#: Endings of English and Welsh place names ("Leicestershire", "Rutland", "Bradford", "Southampton").
_PLACE_ENDINGS = ("shire", "land", "ford", "ton", "ham", "bury", "field", "wich", "mouth", "ster", "borough", "wick",
                  "pool", "port", "dale", "by")


def _known_place(doc: Doc, word: str) -> bool:
    """``word`` is a place the registry knows or the recogniser calls a place somewhere in the document."""
    entry = registry().lookup(word)
    return (entry is not None and entry.type == PLACE) or any(
        e.text == word and e.label_ in ("GPE", "LOC") for e in doc.ents)


def _listed_with_places(doc: Doc, i: int, j: int) -> bool:
    """``Leeds, Bradford and Castle Howard``: a name the recogniser called a person, listed with two or more names
    it called places (more places than people among the conjuncts, so "officers in Leeds and Tracy Brabin" stays
    a person), none of them after a title, and no title or honorific before the name itself."""
    head = doc[j - 1]
    if head.dep_ != "conj" and not any(c.dep_ == "conj" for c in head.children):
        return False
    if i > 0 and (_is_title_or_honorific(doc[i - 1]) or doc[i - 1].ent_type_ == "TITLE"):
        return False
    places = people = 0
    for t in head.conjuncts:
        if doc[t.i - 1].ent_type_ == "TITLE" or _is_title_or_honorific(doc[t.i - 1]) if t.i > 0 else False:
            return False
        if t.ent_type_ in ("GPE", "LOC"):
            places += 1
        elif t.ent_type_ == "PERSON":
            people += 1
    return places >= 2 and places > people


def _person_ok(doc: Doc, i: int, j: int) -> bool:
    toks = list(doc[i:j])
    if not toks or not _looks_like_name(doc, i, j):
        return False
    if any(not (_is_cap(t) or t.lower_ in {"de", "van", "von", "der", "bin", "al", "la", "le", "-", "da", "del"} or t.is_punct) for t in toks):
        return False
    if all(t.pos_ not in ("PROPN",) for t in toks) and len(toks) == 1:
        return False
    if any(t.lower_ in _TIME_WORDS for t in toks) and len(toks) == 1:
        return False
    return True


def _org_ok(doc: Doc, i: int, j: int) -> bool:
    toks = list(doc[i:j])
    if not toks or not _looks_like_name(doc, i, j):
        return False
    if any(t.lower_ in _TIME_WORDS for t in toks):
        return False
    if len(toks) == 1:
        t = toks[0].text
        # a lone word is an organisation only as an acronym or an odd-cased brand (MoJ), not "Communities"
        return (t.isupper() and len(t) >= 2 and t.isalpha()) or (sum(c.isupper() for c in t) >= 2 and t.isalpha())
    if not _is_cap(toks[0]) and not toks[0].lower_ in _DETERMINERS:
        return False
    return True


#: Verbs whose subject acts or speaks as a body ("The Guardian reported", "Facebook said it removed ...").
_ACTING_VERBS = frozenset({"say", "report", "confirm", "announce", "tell", "state", "warn", "add", "remove", "publish",
                           "reveal", "launch", "fund", "agree", "respond", "decline", "refuse", "deny", "welcome",
                           "claim", "argue", "insist", "pledge", "commit", "investigate", "employ", "run"})


def _acting_name(doc: Doc, i: int, j: int) -> bool:
    """One capitalised word the recogniser called a body that acts or speaks as one: the subject of "said",
    "reported", "removed" ... (``The Guardian reported``, ``Facebook said``) or named by "according to" (a lone
    word is otherwise too often a heading's topic to be a body)."""
    if j - i != 1:
        return False
    t = doc[i]
    if not (t.is_alpha and _is_cap(t) and not t.text.isupper() and t.tag_ not in ("NNS", "NNPS")) or t.is_sent_start and i == 0:
        return False
    if t.lower_ in ORG_HEADS or t.lower_ in _BODY_END_NOUNS or t.lower_ in _COLLECTIVE_NOUNS or t.lower_ in TITLE_HEADS \
            or titles().match([t.text]) is not None or registry().lookup(t.text) is not None:
        return False
    if any(t.text in e.text.split() for e in doc.ents if e.label_ == "PERSON") or any(
            x.text == t.text and x.i != t.i and x.ent_type_ == "PERSON" or x.i == t.i - 1 and x.ent_type_ == "TITLE" for x in doc):
        return False  # "Jim Carroll ... Carroll said": a person's surname the recogniser called a body
    if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_ in _ACTING_VERBS and t.head.i > t.i:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.i > 0 and doc[t.head.i - 1].lower_ == "according"


def _place_ok(doc: Doc, i: int, j: int) -> bool:
    toks = list(doc[i:j])
    if not toks or not any(_is_cap(t) for t in toks):
        return False
    return not any(t.lower_ in _TIME_WORDS or t.like_num for t in toks)


#: Words that end names of laws and programmes, never people ("Inspector General Act").
#: Last words of a policy's title that are nobody's surname ("Grant", "Law" and "Code" can be).
_POLICY_NAME_ENDS = frozenset({"act", "bill", "strategy", "programme", "program", "initiative", "scheme", "fund",
                               "policy", "regulations", "framework", "campaign", "charter", "guidance", "protocol",
                               "standards", "convention", "directive", "statute", "order", "orders", "agreement",
                               "guarantee", "declaration", "paper", "treaty", "accord"})
_LAW_WORDS = frozenset({"act", "bill", "code", "fund", "programme", "program", "strategy", "scheme", "initiative", "order"})
_PERSON_NOUNS = frozenset({"coordinator", "officer", "director", "manager", "chief", "adviser", "advisor", "lead",
                           "spokesman", "spokeswoman", "spokesperson", "commissioner", "inspector", "secretary", "minister"})
_LOCATIVE = frozenset({"in", "within", "near", "across", "throughout", "around"})
_HEAD_PREPS = frozenset({"of", "for", "on", "against", "to", "in"})


def name_head(doc: Doc, i: int, j: int) -> Token:
    """The head noun of a name: the word before its first preposition (``Directorate`` of ...), else the last word."""
    for k in range(i + 1, j):
        if doc[k].lower_ in _HEAD_PREPS:
            return doc[k - 1]
    return doc[j - 1]


def _registry_entry(ent: Span) -> RegistryEntry | None:
    return registry().by_name.get(ent.ent_id_) if ent.ent_id_ else None


_FORCE_SUFFIXES = (" Police Service", " Police", " Constabulary")
#: After "<place> police", nouns that make the words a place or a post, not the force ("Leeds police station").
_POLICE_COMPOUNDS = frozenset({"station", "stations", "headquarters", "hq", "custody", "cell", "cells", "box"})


def _forces_by_place() -> dict[str, RegistryEntry]:
    """The registry's police forces by the place they are named after ("norfolk" -> Norfolk Constabulary)."""
    if not _FORCES:
        for e in registry().entries:
            if e.kind == "police_force":
                for suffix in _FORCE_SUFFIXES:
                    if e.name.endswith(suffix):
                        _FORCES.setdefault(norm_key(e.name[: -len(suffix)]), e)
                        break
        _FORCES.setdefault("", _NO_ENTRY)
    return _FORCES


_FORCES: dict[str, RegistryEntry] = {}


def _place_police(doc: Doc, ent: Span, entry: RegistryEntry | None) -> Mention | None:
    """``Norfolk police``, ``Dallas police``: a place's name and a lower-case ``police`` name the place's force, an
    organisation (the registry's force when the place names one: Norfolk Constabulary), not the place."""
    k = ent.end
    if k >= len(doc) or doc[k].text != "police" or "\n" in doc[k - 1].whitespace_:
        return None
    if k + 1 < len(doc) and doc[k + 1].lower_ in _POLICE_COMPOUNDS:
        return None
    if k + 2 < len(doc) and doc[k + 1].lower_ in ("and", "&") and doc[k + 2].is_lower and doc[k + 2].pos_ in ("NOUN", "ADJ"):
        return None  # "the Northumbria police and crime commissioner": a coordinated modifier of a post, not the force
    if entry is not None and entry.type != PLACE:
        return None
    i, j = _strip(doc, ent.start, ent.end)
    if i >= j or not all(_is_cap(t) or not t.is_alpha for t in doc[i:j]):
        return None
    place = _text(doc, i, j)
    force = _forces_by_place().get(norm_key(place))
    if force is not None and force.name:
        return _mention(doc, i, k + 1, ORG, "registry", registry=force, raw=_text(doc, ent.start, k + 1))
    return _mention(doc, i, k + 1, ORG, "ner", canonical=f"{place} Police", raw=_text(doc, ent.start, k + 1))


def _district_of_columbia_after(doc: Doc, k: int) -> int | None:
    """The end of ``, DC`` / ``, D.C.`` / `` D.C.`` at token ``k`` (after ``Washington``), else None."""
    dc = registry().by_name.get("District of Columbia")
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if dc is not None and k < len(doc) and registry().by_abbreviation.get(doc[k].text) is dc:
        return k + 1
    return None


def _listed_place(doc: Doc, k: int) -> bool:
    """Token ``k`` opens a place name: "Chicago" in "..., Chicago, New York" (a list of cities, not a city and
    its state)."""
    return k < len(doc) and doc[k].ent_type_ in ("GPE", "LOC") and doc[k].ent_iob_ == "B"


def _state_after(doc: Doc, i: int, j: int) -> tuple[int, RegistryEntry] | None:
    """``, Louisiana`` or ``, AZ`` after the place ``doc[i:j]``: the end of the state and its entry.

    Not when the first place is itself a registry place, when the "state" opens a longer name ("St. Louis,
    Kansas City"), nor inside a list of places ("Denver, Boston, Atlanta, New York, Seattle"): a list item
    before the first place and a comma after the second."""
    reg = registry()
    n = len(doc)
    if not (j + 1 < n and doc[j].text == ","):
        return None
    if doc[j + 1].ent_type_ in ("GPE", "LOC") and doc[j + 1].ent_iob_ == "B":
        k = j + 2
        while k < n and doc[k].ent_iob_ == "I":
            k += 1
        state = reg.lookup(_text(doc, j + 1, k)) or reg.by_abbreviation.get(_text(doc, j + 1, k))
    else:
        k = j + 2  # a postal abbreviation the recogniser calls a body or nothing: "Tucson, AZ"
        state = reg.by_abbreviation.get(doc[j + 1].text)
        if state is not None and not (doc[j + 1].text.isupper() or doc[j + 1].text.endswith(".")):
            state = None
    if state is None or state.kind != "us_state" or reg.lookup(_text(doc, i, j)) is not None:
        return None
    if k < n and _is_cap(doc[k]) and doc[k].is_alpha and "\n" not in doc[k - 1].whitespace_:
        return None  # "Kansas City", "New York City"
    listed_before = i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in ("GPE", "LOC")
    listed_after = k < n and doc[k].text == "," and (_listed_place(doc, k + 1) or (
        k + 2 < n and doc[k + 1].lower_ in ("and", "or") and _listed_place(doc, k + 2)))
    if listed_before and (listed_after or (k < n and doc[k].lower_ in ("and", "or"))):
        return None
    return k, state


#: Words that end a firm's name ("Acme Holdings, Texas" is a company and its state, not a city).
_FIRM_WORDS = frozenset({"holdings", "inc", "llc", "corp", "corporation", "company", "co", "group", "bank", "ltd",
                         "limited", "partners", "associates", "enterprises", "industries", "solutions", "systems",
                         "international", "pharmacy", "clinic", "store", "stores", "motors", "farms"})


_PLACE_KINDS = frozenset({"city", "town", "village", "county", "borough", "township", "parish", "state", "county borough"})


_SCHOOL_KINDS = frozenset({"high", "elementary", "middle", "primary", "secondary", "junior", "senior", "grammar"})


def _school(ent: Span) -> bool:
    """``Columbine High School``, ``Oak Lane Primary School``: a school named by its kind."""
    words = [t for t in ent if t.is_alpha]
    return len(words) >= 3 and words[-1].lower_ == "school" and words[-2].lower_ in _SCHOOL_KINDS


def _named_as_place(doc: Doc, ent: Span) -> bool:
    """``the city of Inglewood``, ``the town of Rugby``: a name the text itself calls a city, town or county (the
    recogniser called it a body or a person); not ``the City of London Police`` (a body's name goes on)."""
    i, j = _strip(doc, ent.start, ent.end)
    if i >= j or i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in _PLACE_KINDS or not doc[i - 2].is_lower:
        return False
    if any(t.lower_ in ORG_HEADS or t.lower_ in _BODY_END_NOUNS for t in doc[i:j]):
        return False
    return not (j < len(doc) and _is_cap(doc[j]) and doc[j].is_alpha)


#: Countries a city is written with ("Rome, Italy"): the registry knows UK and US places, not the world's.
_COUNTRIES = frozenset({
    "Afghanistan", "Albania", "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Bulgaria", "Canada", "Chile",
    "China", "Colombia", "Croatia", "Cyprus", "Czech Republic", "Denmark", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Estonia", "Finland", "France", "Germany", "Ghana", "Greece", "Guatemala", "Honduras", "Hungary",
    "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Kenya", "Latvia",
    "Lithuania", "Malaysia", "Mexico", "Morocco", "Netherlands", "New Zealand", "Nigeria", "Norway", "Pakistan",
    "Panama", "Peru", "Philippines", "Poland", "Portugal", "Romania", "Russia", "Saudi Arabia", "Serbia", "Singapore",
    "Slovakia", "South Africa", "South Korea", "Spain", "Sweden", "Switzerland", "Syria", "Thailand", "Turkey",
    "Ukraine", "United Arab Emirates", "Venezuela", "Vietnam"})


def _country_after(doc: Doc, i: int, j: int) -> int | None:
    """The end of ``, <country>`` after the city ``doc[i:j]`` (``Rome, Italy``), unless the pair sits in a list of
    places or the country opens a longer name."""
    n = len(doc)
    if not (j + 1 < n and doc[j].text == "," and doc[j + 1].ent_type_ == "GPE" and doc[j + 1].ent_iob_ == "B"):
        return None
    k = j + 2
    while k < n and doc[k].ent_iob_ == "I":
        k += 1
    if _text(doc, j + 1, k) not in _COUNTRIES or _text(doc, i, j) in _COUNTRIES or registry().lookup(_text(doc, i, j)):
        return None
    if k < n and _is_cap(doc[k]) and doc[k].is_alpha:
        return None
    if (i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in ("GPE", "LOC")) or \
            (k + 1 < n and doc[k].text == "," and doc[k + 1].ent_type_ in ("GPE", "LOC")):
        return None  # "Paris, Rome, Madrid": a list, not a city and its country
    return k


def _city_before_state(doc: Doc, ent: Span) -> Mention | None:
    """``Boise, Idaho``: a short capitalised name the recogniser called a body, followed by ", " and a US state,
    is a city and its state (a body's name has a body noun: "Boise Police, Idaho" stays a body)."""
    i, j = _strip(doc, ent.start, ent.end)
    if not (0 < j - i <= 3) or registry().lookup(_text(doc, i, j)) is not None:
        return None
    if not all(t.is_alpha and _is_cap(t) and not t.text.isupper() for t in doc[i:j]):
        return None
    if any(t.lower_ in ORG_HEADS or t.lower_ in _BODY_END_NOUNS or t.lower_ in _OWN_BODY_HEADS or t.lower_ in _FIRM_WORDS
           for t in doc[i:j]):
        return None
    state_end = _state_after(doc, i, j)
    if state_end is None:
        return None
    k, state = state_end
    return _mention(doc, i, k, PLACE, "composite", raw=_text(doc, i, k), canonical=f"{_text(doc, i, j)}, {state.name}")


# -- the rules -----------------------------------------------------------------
#: Head words of posts held in a body: what follows "<post> of" (or precedes "<post> <name>") is the body.
_BODY_POST_HEADS = frozenset({"executive", "chair", "chairman", "chairwoman", "chairperson", "director", "head",
                              "founder", "co-founder", "president", "trustee", "ceo", "manager", "coordinator",
                              "spokesman", "spokeswoman", "spokesperson", "leader", "patron", "ambassador"})


def _body_of_post(doc: Doc, ent: Span) -> bool:
    """A name the recogniser called a person that a post belongs to: ``chief executive of Victim Support``, or
    ``Victim Support chief executive Jane Roe`` (the post's holder named after it)."""
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _BODY_POST_HEADS:
        return True
    k = ent.end
    while k < len(doc) and k < ent.end + 3 and doc[k].lower_ in ({"chief", "deputy", "executive"} | _BODY_POST_HEADS):
        k += 1
    return k > ent.end and doc[k - 1].lower_ in _BODY_POST_HEADS and k < len(doc) and doc[k].ent_type_ == "PERSON" \
        and doc[k].ent_iob_ == "B"


#: A name's generation (lower case), the words after a surname that are not the surname: "Ronald C. Machen Jr.",
#: "Robert S. Mueller, III".
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


#: Last words of a venue's name, a place only where the text puts something at it (unlike a station or an airport,
#: a place whatever the recogniser says): "Portcullis House", "Westminster Hall", "Grenfell Tower".
_VENUE_HEADS = frozenset({"house", "building", "hall", "abbey", "tower", "palace", "cathedral", "chapel", "church",
                          "arena", "complex"})
#: Words before a venue that put an event or a thing at it: "at the White House", "outside Portcullis House",
#: "entered the White House".
_AT_BUILDING = frozenset({"at", "in", "inside", "outside", "near", "around", "into", "entered"})
#: Nouns after a building's name that make it stand for the body inside: "City Hall officials".
_STAFF_AFTER = frozenset({"office", "officials", "official", "spokesperson", "spokesman", "spokeswoman", "staff",
                          "aides", "aide", "press"})


def _venue(doc: Doc, ent: Span, entry: Any) -> tuple[int, int] | None:
    """The tokens of a building or venue the recogniser took for a body or a person, which is a place (guideline 3
    lists bodies; a building is where things happen): a name ending in a building's word that the recogniser called
    a facility, or that follows ``at``/``in``/``outside``/``entered`` or a room (``Thatcher Room, Portcullis House``)
    or a room number (``311 Cannon House Office Building``). A registry body's name (``the White House`` that
    announces) is a place only after such a word. None for anything else."""
    i, j = _strip(doc, ent.start, ent.end)
    if j - i < 2 or doc[j - 1].lower_ not in _VENUE_HEADS or not doc[j - 1].text[:1].isupper():
        return None  # (a bare "the House" is the chamber that votes)
    if j < len(doc) and doc[j].lower_ in _STAFF_AFTER:
        return None  # "City Hall officials", "Khan's City Hall office": the body the building stands for
    k = i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("outside", "inside"):
        k -= 1  # "outside of the White House"
    placed = k >= 0 and (doc[k].lower_ in _AT_BUILDING or doc[k].like_num and doc[k].text.isdigit()
                         or doc[k].text == "," and k >= 1 and doc[k - 1].lower_ == "room")
    if placed or entry is not None:
        return (i, j) if placed else None
    # a facility the recogniser named, unless a body's words come before the building's ("Police Federation House"),
    # or it acts ("City Hall has provided £1bn": the body it stands for)
    facility = ent.label_ == "FAC" and not any(t.lower_ in ORG_HEADS for t in doc[i:j - 1]) \
        and doc[j - 1].dep_ not in ("nsubj", "nsubjpass")
    return (i, j) if facility else None


def _from_ents(doc: Doc, heads: list[tuple[int, int]]) -> Iterator[Mention]:
    _toks = doc_words(doc).tokens  # (the Tokens made once per document: doc[i] makes a new one each time)
    reg = registry()
    for ent in doc.ents:
        label = ent.label_
        if label in ("TITLE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            continue
        entry = _registry_entry(ent)
        raw = ent.text
        in_head = _in_any(ent.start_char, heads)
        if label == "ORG" and entry is None and ent.start >= 2 and _toks[ent.start - 1].lower_ == "for" \
                and _toks[ent.start - 2].ent_type_ == "TITLE" and _toks[ent.start - 2].lower_ in _REMIT_POSTS \
                and not any(t.lower_ in ORG_HEADS for t in ent):
            continue  # "Assistant Secretary for Mental Health and Substance Use": a post's remit, not a body
        if all(t.text in titles().post_nominals for t in ent) and _after_a_name(doc, ent.start) and \
                (entry is None or (ent.start > 0 and _toks[ent.start - 1].text == ",")):
            continue  # "Sir Andy Marsh QPM", "Mandy K. Cohen, MD, MPH": letters after a name (MD is no Maryland there)
        if label in ("ORG", "FAC", "PERSON") and (venue := _venue(doc, ent, entry)) is not None:
            # "at Westminster Abbey", "311 Cannon House Office Building", "outside the White House"
            yield _mention(doc, *venue, PLACE, "ner", headline=in_head, raw=raw)
            continue
        if label in ("GPE", "LOC", "ORG", "FAC", "NORP") and entry is None and _honoured_name(doc, ent):
            i, j = _strip(doc, ent.start, ent.end, person=True)  # "Rt Hon Jane Roe MP" the model called a body
            if i < j and _person_ok(doc, i, j):
                yield _mention(doc, i, j, PERSON, "ner", headline=in_head, raw=raw)
                continue
        if label in ("GPE", "LOC", "ORG", "FAC") and entry is None and _initialled_name(ent):
            yield _mention(doc, ent.start, ent.end, PERSON, "ner", headline=in_head, raw=raw)  # "Colette S. Peters"
            continue
        if label == "PERSON" and entry is None and _body_of_post(doc, ent):
            i, j = _strip(doc, ent.start, ent.end)  # "chief executive of Victim Support": a post's body, not a person
            if i < j:
                yield _mention(doc, i, j, ORG, "ner", headline=in_head, raw=raw)
            continue
        if label == "ORG" and _wire_credit(doc, ent):
            continue  # "LONDON (Reuters) -": the agency credited in a dateline is furniture, not a body in the story
        if label == "ORG" and entry is None and _dateline_place(doc, ent):
            yield _mention(doc, ent.start, ent.end, PLACE, "dateline", headline=in_head, raw=raw, canonical=ent.text.title())
            continue
        if label in ("ORG", "FAC") and entry is None and _school(ent):
            i, j = _strip(doc, ent.start, ent.end)  # "Columbine High School": where something happened, a place
            if i < j:
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)
            continue
        if label in ("ORG", "PERSON", "FAC") and entry is None and _named_as_place(doc, ent):
            i, j = _strip(doc, ent.start, ent.end)  # "the city of Inglewood": the text says it is a place
            if i < j:
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)
            continue
        if label == "ORG" and entry is None:
            city = _city_before_state(doc, ent)
            if city is not None:  # "Boise, Idaho" the recogniser called a body: a city and its state
                city.headline = in_head
                yield city
                continue
        if label in ("GPE", "LOC", "ORG", "FAC", "NORP") and entry is None and _name_after_title(doc, ent):
            i, j = _strip(doc, ent.start, ent.end, person=True)  # "Chief of Police Denver Akins" the model called a place
            if i < j and _person_ok(doc, i, j):
                yield _mention(doc, i, j, PERSON, "ner", headline=in_head, raw=raw)
                continue
        if label in ("GPE", "LOC", "ORG") and (label != "ORG" or (reg.lookup(ent.text) or entry or _NO_ENTRY).type == PLACE):
            district = _judicial_district(doc, ent)
            if district is not None:
                district.headline = in_head
                yield district
        force = _place_police(doc, ent, entry) if label in ("GPE", "LOC", "ORG") else None
        if force is not None:  # "led by Norfolk police", "Dallas police arrested": the place's force
            force.headline = in_head
            yield force
            continue
        dc = _district_of_columbia_after(doc, ent.end) if entry is not None and entry.type == PLACE \
            and entry.kind == "us_state" else None
        if dc is not None:
            i, j = _strip(doc, ent.start, ent.end)  # "Washington, DC", "Washington D.C." is the city, not the state
            yield _mention(doc, i, dc, PLACE, "composite", headline=in_head, raw=raw,
                           canonical=f"{_text(doc, i, j).title()}, District of Columbia")
            continue
        if label in ("FAC", "PERSON", "ORG") and entry is None and _place_in_place(doc, ent):
            i, j = _strip(doc, ent.start, ent.end)  # "a new prison at Glen Parva in Leicestershire"
            if i < j:
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)
            continue
        if label in ("GPE", "LOC") and _place_modifier(doc, ent):
            continue  # "U.S. Code", "U.S. Senate Committee": the country names the body or law, not a place
        if label in ("GPE", "LOC") and len(ent) == 1 and ent.start > 0 and ent.end + 1 < len(doc) \
                and _toks[ent.start - 1].ent_type_ == "TITLE" and not _toks[ent.start - 1].text.isupper() \
                and _toks[ent.end].pos_ == "PROPN" and _toks[ent.end].is_alpha and _is_cap(_toks[ent.end]) \
                and _toks[ent.end].ent_type_ == "" and _toks[ent.end].lower_ not in ORG_HEADS \
                and not _is_title_or_honorific(_toks[ent.end]) and _toks[ent.end + 1].ent_type_ != "ORG":
            # "Chairwoman" + "Virginia" + "Foxx": a first name after a post that the recogniser took for a place
            yield _mention(doc, ent.start, ent.end + 1, PERSON, "ner", headline=in_head, raw=_text(doc, ent.start, ent.end + 1))
            continue
        if entry is not None:
            i, j = _strip(doc, ent.start, ent.end)
            if i < j and entry.kind == "us_state" and j + 1 < len(doc) and _toks[j].text == "City" and j == ent.end \
                    and not (_is_cap(_toks[j + 1]) and _toks[j + 1].is_alpha):
                # "Kansas City", "New York City": the recogniser stopped at the state's name
                state_end = _state_after(doc, i, j + 1)
                if state_end is not None:  # "Kansas City, Missouri": the city and its state, as any city
                    k, state = state_end
                    yield _mention(doc, i, k, PLACE, "composite", headline=in_head, raw=_text(doc, i, k),
                                   canonical=f"{_text(doc, i, j + 1)}, {state.name}")
                    continue
                yield _mention(doc, i, j + 1, PLACE, "ner", headline=in_head, raw=_text(doc, i, j + 1))
                continue
            if i < j and entry.type == PLACE and i > 0 and _toks[i - 1].lower_ in _COMPASS and not _toks[i - 1].ent_type_ \
                    and "\n" not in _toks[i - 1].whitespace_:
                # "north Alabama", "Northeastern Alabama": a part of the place is a place of its own
                yield _mention(doc, i - 1, j, PLACE, "composite", headline=in_head, raw=_text(doc, i - 1, j))
                continue
            if i < j:
                yield _mention(doc, i, j, entry.type, "registry", registry=entry, headline=in_head, raw=raw)
            continue
        if label == "PERSON":
            if any(t.lower_ == "majesty" for t in ent):
                continue  # "His Majesty's Inspectorate of ...": the Crown's style, not a person
            if ent[0].text in ("Operation", "Project", "Op") and len(ent) > 1:
                continue  # "Project Gunrunner", "Operation Sceptre": a named operation, left to the policy rules
            if ent.end < len(doc) and _toks[ent.end].lower_ in _SCHEME_WORDS and _toks[ent.end].pos_ == "NOUN" \
                    and registry().lookup(ent.text) is None:
                continue  # "the Safer Together campaign": a scheme's name, not a person
            last = _toks[ent.end - 1]
            if len(ent) > 1 and last.text.isupper() and titles().exact.get(last.text) is not None \
                    and last.text not in titles().post_nominals and ent.end < len(doc) and _toks[ent.end].ent_type_ == "PERSON":
                continue  # "Kent PCC" + "Matthew Scott": a place and a post before the name, no person of its own
            if _toks[ent.end - 1].lower_ in ("patrol", "police", "department", "office", "service") and _is_cap(_toks[ent.end - 1]):
                continue  # "Highway Patrol": a body's name, left to the body-name rule
            if _toks[ent.end - 1].lower_ in _POLICY_NAME_ENDS and _is_cap(_toks[ent.end - 1]) and \
                    (len(ent) > 1 or (ent.start > 0 and _is_cap(_toks[ent.start - 1]))):
                continue  # "Comprehensive Anti-Violence Strategy", "Policing Bill": a policy's name, left to the policy rules
            i, j = _strip(doc, ent.start, ent.end, person=True)
            for k in range(j - 2, i - 1, -1):
                if _toks[k].lower_ in ORG_HEADS:
                    i = k + 1  # "Field Office Shawn Henry": the name starts after the body noun
                    break
            # "Sadiq Khan" when the model only took "Khan": capitalised names just before, outside any entity
            first = i
            # (a first name and surname the model took whole run on into no word that follows "the", "of" or "his":
            # "Secretary of the Interior David L. Bernhardt", "His Eminence Cardinal Vincent Nichols")
            while i > 0 and i <= ent.start and not (j - first >= 2 and i >= 2 and _toks[i - 2].lower_ in _STYLE_OPENERS) \
                    and _toks[i - 1].pos_ == "PROPN" and not _toks[i - 1].ent_type_ and _is_cap(_toks[i - 1]) \
                    and not _is_title_or_honorific(_toks[i - 1]) and "\n" not in _toks[i - 1].text \
                    and _toks[i - 1].text not in titles().post_nominals and not _plural_post(_toks[i - 1].lower_) \
                    and _toks[i - 1].lower_ not in ORG_HEADS and _toks[i - 1].lower_ not in _LAW_WORDS:
                i -= 1
            if i < first and i >= 2 and _toks[i - 1].lower_ in ("of", "for") and (_is_title_or_honorific(_toks[i - 2])
                                                                                or _toks[i - 2].text in REMIT_TITLES):
                i = first  # "Secretary of Public Safety Andrea M. Lowe": the words after "of" name the post's remit
            if i < j and _person_ok(doc, i, j):
                head = _toks[j - 1]
                if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE and not _is_title_or_honorific(_toks[i - 1]) \
                        and _toks[i - 1].ent_type_ != "TITLE" and head.head.ent_type_ != "TITLE" \
                        and (j - i > 1 or _lone_place_word(doc, i)) and not _initialled_name(doc[i:j]) \
                        and head.head.head.lemma_.lower() != "swear":  # ("swore in Colette S. Peters": a person)
                    # "a drug ring operating in Barry Farms", "a new prison in Rutland": a place the model took for a name
                    yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)
                    continue
                if _listed_with_places(doc, i, j) and (j - i > 1 or _lone_place_word(doc, i)):
                    # "patrols in Leeds, Bradford and Castle Howard": a name listed with places is a place
                    yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)
                    continue
                if j == ent.end and j + 1 < len(doc) and _toks[j].text == "," and _toks[j + 1].lower_ in NAME_SUFFIXES \
                        and not _toks[j + 1].is_lower:
                    j += 2  # "Robert S. Mueller, III": the generation is part of the name
                if j == ent.end and j + 1 < len(doc) and _toks[j + 1].text in _POSSESSIVE and _toks[j].is_alpha \
                        and _is_cap(_toks[j]) and not _toks[j].text.isupper() and not _toks[j].ent_type_ \
                        and _toks[j].pos_ == "PROPN" and not _is_title_or_honorific(_toks[j]) \
                        and _toks[j].lower_ not in ORG_HEADS and "\n" not in _toks[j - 1].whitespace_:
                    j += 1  # "Lady Elish" + "Angiolini's review": the surname the recogniser left before a possessive
                yield _mention(doc, i, j, PERSON, "ner", headline=in_head, raw=raw)
        elif label in ("ORG", "FAC", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT"):
            i, j = _strip(doc, ent.start, ent.end)
            if i >= j:
                continue
            if j - i == 1 and _toks[i].lower_ in NAME_SUFFIXES and not _toks[i].is_lower and i >= 2 and _toks[i - 1].text == "," \
                    and _toks[i - 2].ent_type_ == "PERSON":
                continue  # "Robert S. Mueller, III": no body
            if label == "ORG" and i > 0 and _toks[i - 1].text in _NAME_HONORIFICS and 1 <= j - i <= 3 \
                    and _plain_name(doc[i:j]) and reg.lookup(_text(doc, i, j)) is None:
                yield _mention(doc, i, j, PERSON, "ner", headline=in_head, raw=raw)  # "Lady" + "Maeve Tannahill's"
                continue
            if label == "ORG" and 3 <= j - i <= 4 and _toks[i].text in _NAME_HONORIFICS \
                    and _plain_name(doc[i + 1 : j]) and reg.lookup(_text(doc, i, j)) is None:
                yield _mention(doc, i + 1, j, PERSON, "ner", headline=in_head, raw=raw)  # "Lady Elish Angiolini"
                continue
            if label == "ORG" and 3 <= j - i <= 4 and _toks[i].text.isupper() and titles().exact.get(_toks[i].text) is not None \
                    and registry().lookup(_toks[i].text) is None and all(t.is_alpha and _is_cap(t) and not t.text.isupper()
                                                                        for t in doc[i + 1 : j]) \
                    and not _inside_a_name(doc_words(doc), j - 1):  # (not "the PCC Community Safety Fund")
                yield _mention(doc, i + 1, j, PERSON, "ner", headline=in_head, raw=raw)  # "PCC Giles Orpen": a post and a name
                continue
            if label == "ORG":
                i = _majesty(doc, i)  # "His Majesty's Inspectorate of Probation"
                j = next((k for k in range(i + 1, j) if _toks[k].is_lower and _toks[k].pos_ == "ADP"
                          and _toks[k].lower_ not in _NAME_CONNECTORS | {"in", "to", "against", "into", "at"}), j)
                while j - i > 1 and _toks[j - 1].is_lower and _toks[j - 1].is_alpha:
                    j -= 1  # "Social Investment Business across (England)", "Committee for the valuable": the name ended
                opened = next((k for k in range(i + 1, j) if _toks[k].text == "(" and not any(t.text == ")" for t in doc[k:j])), None)
                if opened is not None:
                    j = opened  # "the Police National Computer (PNC": the bracket the recogniser opened is the acronym's
                i, j = _strip(doc, i, j)
                if i >= j:
                    continue
                cut = next((p for p in range(i + 1, j - 1) if _toks[p].text in _POSSESSIVE and _toks[p - 1].lower_ not in _POST_POSSESSORS
                            and _toks[p - 1].lower_ != "majesty"), None)
                if cut is not None and (_toks[j - 1].lower_ not in ORG_HEADS | {"force", "police"} | POLICY_HEADS | _LAW_WORDS
                                        or (_toks[j - 1].lower_ in POLICY_HEADS and _owning_body(doc, i, cut))):
                    # "the Evening Standard's Save London Lives campaign": the body is the owner, the rest its thing;
                    # "the Government's Uplift Programme", "EOIR's Caseload Reduction Plan": a body's own programme,
                    # which the policy finder names without its owner
                    yield from _body(doc, i, cut, in_head, raw)
                    continue
            # "City Hall office", "the Mayor's press office": a place or building followed by a body noun
            if j < len(doc) and _toks[j].lower_ in _ORG_SUFFIX_NOUNS and label in ("FAC", "ORG"):
                j += 1
                yield _mention(doc, i, j, ORG, "ner", headline=in_head, raw=raw)
                continue
            # "Charing Cross police station": a name followed by a building noun is a place
            if j + 1 < len(doc) and _toks[j].lower_ == "police" and _toks[j + 1].lower_ in ("station", "headquarters"):
                yield _mention(doc, i, j + 2, PLACE, "ner", headline=in_head, raw=raw)
                continue
            if j < len(doc) and _toks[j].lower_ in ("station", "prison", "barracks"):
                yield _mention(doc, i, j + 1, PLACE, "ner", headline=in_head, raw=raw)
                continue
            # "Victoria Station", "Wandsworth Prison", "taken to the Royal Infirmary Hospital": a building is a place
            if label in ("ORG", "FAC") and _is_cap(_toks[j - 1]) and j - i >= 2 and reg.lookup(_text(doc, i, j)) is None and (
                    _toks[j - 1].lower_ in _BUILDING_HEADS or (_toks[j - 1].lower_ in _CARE_HEADS and _toks[j - 1].dep_ == "pobj"
                                                             and _toks[j - 1].head.lower_ in _LOCATIVE | {"to", "at", "from", "outside"})):
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)
                continue
            # "the Port of Dover", "the Port of Los Angeles": a port, airport or station named after its place is a place
            if label in ("ORG", "FAC") and j - i >= 3 and _toks[i].lower_ in _BUILDING_HEADS and _is_cap(_toks[i]) \
                    and _toks[i + 1].lower_ == "of" and _toks[j - 1].lower_ not in ORG_HEADS and reg.lookup(_text(doc, i, j)) is None:
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)
                continue
            # "the Triad area": a name the recogniser called ORG followed by a place noun
            if j < len(doc) and _toks[j].lower_ in _PLACE_HEADS and label in ("ORG", "FAC"):
                yield _mention(doc, i, j + 1, PLACE, "ner", headline=in_head, raw=raw)
                continue
            # "Crime Survey for" + "England and Wales": a name the ruler cut at a place it knows
            if j + 1 < len(doc) and _toks[j].lower_ in _HEAD_PREPS and j < ent.end and _toks[j + 1].ent_type_ in ("GPE", "LOC"):
                j += 1  # the preposition the trimming took off
            if _toks[j - 1].lower_ in _HEAD_PREPS and j < len(doc) and _toks[j].ent_type_ in ("GPE", "LOC"):
                k = j + 1
                while k < len(doc) and _toks[k].ent_iob_ == "I":
                    k += 1
                j = k
                source = "composite"
            else:
                source = "ner"
            if label == "ORG":
                at = next((k for k in range(i + 2, j - 1) if _toks[k].lower_ == "at" and _toks[k - 1].lower_ in _EVENT_HEADS
                           and _is_cap(_toks[k + 1])), None)
                if at is not None:  # "the Knife Crime Summit at Downing Street": an event, and where it is held
                    if _place_ok(doc, at + 1, j):
                        yield _mention(doc, at + 1, j, PLACE, "ner", headline=in_head, raw=raw)
                    continue
                parts = _coordinated_bodies(doc, i, j)
                if parts:  # "the FBI and the Internal Revenue Service": two bodies the recogniser joined
                    for a, b in parts:
                        yield from _body(doc, a, b, in_head, raw)
                    continue
                if _not_a_body(doc, i, j):
                    continue
            head = name_head(doc, i, j)
            last = head.lower_
            if label in ("LAW",) or last in POLICY_HEADS or _toks[i].lower_ in ("operation", "project") \
                    or (_toks[j - 1].lower_ in _LAW_WORDS and _is_cap(_toks[j - 1]) and j - i >= 2) \
                    or (last.endswith("s") and last[:-1] in POLICY_HEADS and (_toks[j - 1].tag_ in ("NNS", "NNPS")
                                                                            or (_is_cap(head) and i < head.i < j - 1))) \
                    or (_measure_name(doc, i, j, head) and entry is None and reg.lookup(_text(doc, i, j)) is None):
                name = _text(doc, i, j)
                if _looks_like_name(doc, i, j) and j - i > 1 and name.count("(") == name.count(")") and \
                        not _post_remit(doc, i):
                    yield _mention(doc, i, j, POLICY, source, headline=in_head, raw=raw)
                continue
            if label != "ORG":
                continue
            if _toks[j - 1].lower_.rstrip("s") in ORG_HEADS and _toks[j - 1].lower_.endswith("s") and _toks[j - 1].tag_ in ("NNS", "NNPS"):
                continue  # "DEA's Field Divisions": a kind of body, not one body
            if _toks[j - 1].lower_ in _PERSON_NOUNS:
                continue  # "an Opioid Coordinator": a post, not a body
            if j < len(doc) and _toks[j].lower_ in _PERSON_NOUNS and _is_cap(_toks[j]) and _toks[j - 1].lower_ not in ORG_HEADS \
                    and entry is None and reg.lookup(_text(doc, i, j)) is None:
                continue  # "the Violent Crime Reduction" + "Coordinator": the remit of a post the recogniser cut off
            found = reg.lookup(_text(doc, i, j))
            if found is not None:
                yield _mention(doc, i, j, found.type, "registry", registry=found, headline=in_head, raw=raw)
            elif _surname_elsewhere(doc, i, j):
                yield _mention(doc, i, j, PERSON, "ner", headline=in_head, raw=raw)  # "Suella Braverman" ... "Ms Braverman"
            elif _text(doc, i, j).lower() in _DESIGNATIONS and not (i > 0 and _toks[i - 1].lower_ in ("for", "of")):
                continue  # "badged as National Statistics": a status of figures, not the Office for National Statistics
            elif j - i == 1 and _toks[i].dep_ == "pobj" and _toks[i].head.lower_ in _LOCATIVE and not _toks[i].text.isupper() \
                    and not any(c.dep_ in ("det", "poss") for c in _toks[i].children):  # not "in yesterday's Budget"
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)  # "assaults in Hallbridge fell"
            elif j - i == 3 and _toks[i + 1].text == "-" and _hyphen_compound_start(doc, j - 1) == i \
                    and _toks[j - 1].dep_ == "pobj" and _toks[j - 1].head.lower_ in _LOCATIVE | {"to", "from", "at"} \
                    and not any(t.lower_ in ORG_HEADS or t.text.isupper() for t in doc[i:j]):
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)  # "taken to Wilkes-Barre": a hyphenated town
            elif _place_list(doc, i, j):
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)  # "across Leicester, Leicestershire and Rutland"
            elif _listed_with_places(doc, i, j) and not any(t.lower_ in ORG_HEADS or t.text.isupper() for t in doc[i:j]):
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw)  # "Tucson, Yuma and Casa Grande"
            elif _org_ok(doc, i, j) or _acting_name(doc, i, j):
                yield _mention(doc, i, j, ORG, source, headline=in_head, raw=raw)
        elif label in ("GPE", "LOC"):
            i, j = _strip(doc, ent.start, ent.end)
            if i >= j:
                continue
            if entry is None and i > 0 and _toks[i - 1].text in _NAME_HONORIFICS and reg.lookup(_text(doc, i, j)) is None:
                # "Dame" + "Shona" + "Kerrigan": a name after an honorific, whatever the recogniser took it for
                k = j
                while k < len(doc) and k - i < 3 and _toks[k].is_alpha and _toks[k].is_title and _toks[k].pos_ == "PROPN" \
                        and not _toks[k].ent_type_ and _toks[k].lower_ not in ORG_HEADS:
                    k += 1
                yield _mention(doc, i, k, PERSON, "ner", headline=in_head, raw=raw)
                continue
            if entry is None:
                i, j = _hyphened_place(doc, i, j)  # "Dyfed-Powys": one place the recogniser cut at the hyphen
            if j - i == 1 and _toks[i].lower_ in _REMIT_NOUNS and entry is None:
                continue  # "Chief Inspector of Prisons", "Minister for Policing": a remit, not a place
            if i > 0 and _toks[i - 1].text in _PRISON_STYLES:
                yield _mention(doc, i - 1, j, ORG, "composite", headline=in_head, raw=raw)  # "HMP Liverpool"
                continue
            if j - i >= 2 and _toks[j - 1].lower_ in POLICY_HEADS and _is_cap(_toks[j - 1]) and entry is None:
                continue  # "the Criminal Justice Bill" the recogniser took for a place
            if j - i == 1 and _toks[i].text.isupper() and len(_toks[i].text) >= 4 and entry is None \
                    and reg.lookup(_toks[i].text) is None and not (i == 0 or "\n" in _toks[i - 1].text or "\n" in _toks[i - 1].whitespace_):
                continue  # "(DVAM)": an acronym in the story is not a place (a dateline's "LEEDS" opens a line)
            office = _field_office(doc, i, j)
            if office is not None:  # "FBI Omaha", "ATF Dallas Field Division": an agency's office, not the city
                office.headline = in_head
                yield office
                continue
            # "south London", "North East England"
            if i > 0 and _toks[i - 1].lower_ in _COMPASS and not _toks[i - 1].ent_type_:
                i -= 1
            # "the Middle District of North Carolina"
            if (
                j + 1 < len(doc)
                and _toks[j].lower_ == "of"
                and _toks[j + 1].ent_type_ in ("GPE", "LOC")
                and _toks[j - 1].lower_ in {"district", "county", "city", "state", "province", "borough", "region", "commonwealth"}
            ):
                k = j + 2
                while k < len(doc) and _toks[k].ent_type_ in ("GPE", "LOC") and _toks[k].ent_iob_ == "I":
                    k += 1
                yield _mention(doc, i, k, PLACE, "composite", headline=in_head, raw=raw)
                continue
            # "Baton Rouge, Louisiana", "Tucson, AZ": a city and its state
            state_end = _state_after(doc, i, j)
            if state_end is not None:
                k, state = state_end
                yield _mention(doc, i, k, PLACE, "composite", headline=in_head, raw=raw,
                               canonical=f"{_text(doc, i, j)}, {state.name}")
                continue
            k = _country_after(doc, i, j)
            if k is not None:  # "Rome, Italy", "Cali, Colombia": a city and its country, one place
                yield _mention(doc, i, k, PLACE, "composite", headline=in_head, raw=_text(doc, i, k))
                continue
            if j < len(doc) and _toks[j].lower_ in _PLACE_HEADS - {"district"}:
                j += 1
            if j < len(doc) and _toks[j - 1].lower_ in ("city", "town") and _toks[j].lower_ in ("centre", "center"):
                j += 1  # "Manchester city centre", not "Manchester city"
            elif j + 1 < len(doc) and _toks[j].lower_ in ("city", "town") and _toks[j + 1].lower_ in ("centre", "center"):
                j += 2  # "Leeds city centre"
            found = reg.lookup(_text(doc, i, j))
            if found is not None and found.type == PLACE:
                yield _mention(doc, i, j, PLACE, "registry", registry=found, headline=in_head, raw=raw)
            elif _place_ok(doc, i, j):
                name = _text(doc, i, j)
                caps = name.title() if name.isupper() and len(name) > 3 else None  # "LAS VEGAS –" is Las Vegas
                yield _mention(doc, i, j, PLACE, "ner", headline=in_head, raw=raw, canonical=caps)


#: Head nouns of names of agreements, pledges, papers and calls: a measure or a document, never a body
#: ("Neighbourhood Policing Guarantee", "Good Friday Agreement", "Justice Reform White Paper", "Call for Evidence").
_MEASURE_HEADS = frozenset({"guarantee", "guarantees", "agreement", "agreements", "accord", "declaration", "pledge",
                            "compact", "covenant", "treaty", "paper", "papers", "mandate", "concordat",
                            # a legal duty, a requirement set on forces, a referral mechanism, a set of rules: things
                            # a body lays down or runs, never the body ("the Serious Violence Duty", "the Strategic
                            # Policing Requirement", "the National Referral Mechanism", "the Immigration Rules")
                            "duty", "requirement", "mechanism", "rules", "guidelines", "regime", "statistics"})
#: Head nouns of systems and registers: a thing a body runs, when the name ends in them ("Caledonian System").
_SYSTEM_HEADS = frozenset({"system", "register", "registry", "database", "scheme"})


_POST_NOUNS = frozenset({"director", "secretary", "minister", "commissioner", "administrator", "czar", "tsar",
                         "coordinator", "adviser", "advisor"})


def _post_remit(doc: Doc, i: int) -> bool:
    """The name at ``i`` follows a post's or a body's noun and ``of``/``for`` (``the Director of National Drug
    Control Policy``, ``the Office of National Drug Control Policy``): it is the remit in that post's or body's
    name, not a policy."""
    return i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].is_title and \
        doc[i - 2].lower_ in _POST_NOUNS | ORG_HEADS


def _measure_name(doc: Doc, i: int, j: int, head: Token) -> bool:
    """A capitalised name whose head says it is a measure or a document rather than a body: ``... Guarantee``,
    ``... Agreement``, ``... White Paper``, ``Call for Evidence``, a name ending in ``System`` (not ``University
    System of Georgia``, whose head is followed by its remit)."""
    if j - i < 2 or not _is_cap(head):
        return False
    if head.lower_ in _MEASURE_HEADS:
        # a statistics series ("Hate Crime Statistics", guideline 4), not a status of figures ("National Statistics")
        return head.lower_ != "statistics" or _text(doc, i, j).lower().removeprefix("the ") not in _DESIGNATIONS
    if head.lower_ == "call" and head.i == i and head.i + 1 < j and doc[head.i + 1].lower_ in ("for", "to"):
        return True  # "Call for Evidence", "Call to Action"
    # (a system that speaks or acts as a body does is a body: "The University System said", "... System hired")
    return head.lower_ in _SYSTEM_HEADS and head.i == j - 1 and not (
        head.dep_ == "nsubj" and head.head.lemma_.lower() in _BODY_ACTS)


#: What a body does and a system or scheme does not: speak, announce, employ, spend.
_BODY_ACTS = frozenset({"say", "announce", "state", "confirm", "warn", "add", "tell", "welcome", "urge", "respond",
                        "hire", "employ", "recruit", "spend", "appoint", "publish", "report", "launch", "decide",
                        "agree", "vote", "ask", "call", "thank", "apologise", "apologize", "comment"})


def _wire_credit(doc: Doc, ent: Span) -> bool:
    """``NEW YORK (AP) —``, ``CHICAGO, Ill. (WLS) --``: a name in brackets after the place that opens a line."""
    i, j = ent.start, ent.end
    if i < 2 or j >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
        return False
    k = i - 2
    while k >= 0 and (_dateline_word(doc[k]) or doc[k].text in (",", ".")) and "\n" not in doc[k].text:
        k -= 1
    return k < i - 2 and (k < 0 or "\n" in doc[k].text or "\n" in doc[k].whitespace_) and _dateline_word(doc[k + 1])


def _dateline_word(tok: Token) -> bool:
    """A word of a dateline's place: one the recogniser calls a place, or a word in capitals (``LEEDS``)."""
    return tok.ent_type_ in ("GPE", "LOC") or (tok.is_alpha and tok.text.isupper() and len(tok.text) > 2) \
        or tok.text in ("Ill.", "Colo.", "Calif.", "Fla.", "Mass.", "Pa.", "Tenn.", "Ga.", "Va.", "Md.", "Ariz.")


def _dateline_place(doc: Doc, ent: Span) -> bool:
    """``LEEDS (Reuters) -``: a name in capitals opening a line before a wire credit is the dateline's place."""
    if not ent.text.replace(" ", "").isalpha() or not ent.text.isupper() or ent.end + 2 >= len(doc):
        return False
    if ent.start > 0 and not ("\n" in doc[ent.start - 1].text or "\n" in doc[ent.start - 1].whitespace_):
        return False
    return doc[ent.end].text == "(" and _wire_credit(doc, doc[ent.end + 1 : ent.end + 2])


def _coordinated_bodies(doc: Doc, i: int, j: int) -> list[tuple[int, int]]:
    """``Federal Bureau of Investigation and the Internal Revenue Service``, ``Department of Homeland Security and
    Immigration and Customs Enforcement``: a span the recogniser called one body that names two, joined by ``and``.

    The span splits at an ``and`` when the right side opens with ``the`` and a capital, when both sides are names
    the registry knows, or when both sides are names of two or more words ending in the same body noun
    (``Kent Police and Essex Police``). A name the registry knows whole (``Department of Health and Social Care``)
    and names with one ``and`` inside (``Fire and Rescue Service``) stay whole."""
    if registry().lookup(_text(doc, i, j)) is not None:
        return []
    for k in range(i + 2, j - 1):
        if doc[k].lower_ == "subcommittee" and doc[k + 1].lower_ in ("on", "for") \
                and any(doc[x].lower_ == "committee" for x in range(i, k)):
            return [(i, k), (k, j)]  # "House Committee on Appropriations Subcommittee on Commerce, ...": two bodies
    reg = registry()
    for k in range(i + 1, j - 1):
        if doc[k].lower_ not in ("and", "&"):
            continue
        m = k + 1
        if doc[m].lower_ == "the" and m + 1 < j and _is_cap(doc[m + 1]):
            left, right = (i, k), (m + 1, j)
        else:
            left, right = (i, k), (m, j)
            known = reg.lookup(_text(doc, *left)) is not None and reg.lookup(_text(doc, *right)) is not None
            same_head = k - i >= 2 and j - m >= 2 and doc[k - 1].lower_ == doc[j - 1].lower_ \
                and doc[j - 1].lower_ in ORG_HEADS | {"police"}
            if not (known or same_head):
                continue
        a, b = _strip(doc, *left)
        c, d = _strip(doc, *right)
        if b - a >= 1 and d - c >= 1 and _is_cap(doc[a]) and _is_cap(doc[c]):
            # the right side may itself be two bodies ("X and the Y and the Z")
            return [(a, b)] + (_coordinated_bodies(doc, c, d) or [(c, d)])
    return []


#: Last words of the names of publications, which are never bodies: "the Consumer Sentinel Network Data Book", "the
#: Definitive Guideline" (kg does not type them: read as policies, most were not annotated as such).
_PUBLICATION_HEADS = frozenset({"book", "spotlight", "guideline", "guidelines", "bulletin", "report", "yearbook",
                                "digest", "handbook", "guide", "toolkit", "dashboard", "index"})
#: Head nouns of names of events, not bodies ("Notting Hill Carnival", "Gang Prevention Summits").
_EVENT_HEADS = frozenset({"festival", "carnival", "summit", "summits", "conference", "conferences", "marathon", "games",
                          "parade", "awards", "ceremony", "championship", "championships", "cup", "olympics", "fair",
                          "expo", "week", "day", "month", "forum", "symposium", "convention", "rally", "vigil"})
#: Lowercase nouns that make the name before them a thing: "the Right Care, Right Person model", "the PEEL report".
_THING_NOUNS = frozenset({"model", "scheme", "programme", "program", "initiative", "strategy", "report", "inspection",
                          "framework", "app", "application", "platform", "website", "database", "system", "pilot",
                          "approach", "campaign", "project", "fund", "grant", "grants", "award", "awards", "policy"})


#: Lower-case nouns that make the capitalised name before them a scheme's ("the Safer Together campaign").
_SCHEME_WORDS = frozenset({"campaign", "programme", "program", "scheme", "initiative", "fund", "project", "strategy"})


#: Last words of names of things a body owns ("the College of Policing's Digital Evidence Toolkit").
_OWNED_THINGS = frozenset({"toolkit", "tool", "app", "guide", "handbook", "manual", "database", "system", "index",
                           "dashboard", "portal", "network", "award", "awards", "prize", "report", "review", "survey"})


#: Last words of bodies' names outside ORG_HEADS: a "Safer Roads Partnership" stays a body beside its lower-case use.
_COLLECTIVE_NOUNS = frozenset({"police", "constabulary", "partnership", "trust", "foundation", "alliance", "coalition",
                               "network", "forum", "centre", "center", "group", "society", "charity", "union", "hub",
                               "company", "cartel", "gang", "consortium", "collaborative", "initiative", "network"})


def _topic_words(doc: Doc, i: int, j: int, head: Token) -> bool:
    """``Hate Crime``, ``Neighbourhood Policing`` as a heading when the text also writes ``hate crime`` in lower
    case: a topic in title case, not a body's name. Names ending in a body or policy noun are left alone
    ("Violence Reduction Unit" beside "violence reduction units" is a body)."""
    last = doc[j - 1].lower_
    if j - i < 2 or any(not t.is_alpha for t in doc[i:j]) or not all(_is_cap(t) for t in doc[i:j]):
        return False
    if {head.lower_, last, last.rstrip("s")} & (ORG_HEADS | POLICY_HEADS | _COLLECTIVE_NOUNS):
        return False
    phrase = " ".join(t.lower_ for t in doc[i:j])
    if phrase not in doc_text(doc):
        return False  # (the lower-case phrase is nowhere: no pattern to compile and run over the text)
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", doc_text(doc)) is not None


#: Short forms of things, crimes and conditions that the recogniser often calls ORG ("funds CCTV in town centres").
_THING_ACRONYMS = frozenset({"CCTV", "ANPR", "DNA", "GPS", "BWC", "BWV", "AI", "IT", "ICT", "SMS", "PDF", "URL", "VPN",
                             "USB", "TV", "HIV", "PTSD", "ADHD", "CSAM", "CSE", "VAWG", "ASB", "DUI", "DWI", "OCG",
                             "OCGs", "UAV", "UAVs", "PPE", "GDP", "CPI"})


def _surname_elsewhere(doc: Doc, i: int, j: int) -> bool:
    """A name the recogniser called a body, written as a person's first name and surname (two or three capitalised
    words, no body noun, no acronym), whose surname the story also gives a person (``Suella Braverman said ...`` and
    ``Ms Braverman told MPs``)."""
    toks = doc[i:j]
    if not 2 <= len(toks) <= 3 or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in toks[:-1]) or \
            not toks[-1].is_title or any(t.lower_ in ORG_HEADS or t.lower_ in POLICY_HEADS for t in toks):
        return False
    last = toks[-1].text
    return any(e.label_ == "PERSON" and e[-1].text == last and not (e.start < j and i < e.end) for e in doc.ents)


def _not_a_body(doc: Doc, i: int, j: int) -> bool:
    """A name the recogniser called ORG that names an event or a thing, not a body."""
    if j - i == 1 and doc[i].text in _THING_ACRONYMS:
        return True
    if registry().lookup(_text(doc, i, j)) is not None:
        return False
    if any(t.text.isupper() and len(t.text) >= 2 and titles().exact.get(t.text) is not None
           and t.text not in titles().post_nominals and registry().lookup(t.text) is None for t in doc[i:j]):
        return True  # "the PCC said", "Kent PCC", "PCC Jane Roe": the short form of a post names its holder, not a body
    head = name_head(doc, i, j)
    if head.lower_ in _EVENT_HEADS and _is_cap(head) and j - i >= 2:
        return True
    if i >= 2 and doc[i - 1].text in _POSSESSIVE and doc[i - 2].ent_type_ == "ORG" and doc[j - 1].lower_ in _OWNED_THINGS:
        return True  # "the College of Policing's Digital Evidence Toolkit": a body's thing, not a body
    if _topic_words(doc, i, j, head):
        return True
    if head.lower_ in _PUBLICATION_HEADS and _is_cap(head) and j - i >= 2 and not any(
            t.lower_ in ORG_HEADS or t.lower_ in _COLLECTIVE_NOUNS for t in doc[i:j]):
        return True  # "the Consumer Sentinel Network Data Book", "the Definitive Guideline": a publication
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.lower_ in _EVENT_HEADS and _is_cap(nxt) and not nxt.ent_type_:
        return True  # "Domestic Violence Awareness" + "Month": the recogniser cut an event's name
    if nxt is not None and nxt.lower_ in _THING_NOUNS and nxt.is_lower and nxt.pos_ == "NOUN" \
            and doc[j - 1].lower_ not in ORG_HEADS and not (j - i == 1 and doc[i].text.isupper()):
        return True
    return _named_thing_after(doc, i, j)


#: Nouns after a name and its bracketed short form or closing quote that make the name a scheme's or a thing's:
#: "the Overdose Data to Action (OD2A) funding opportunities", "the “STRYVE ...” cooperative agreement".
_THING_AFTER_NAME = frozenset({"program", "programs", "programme", "programmes", "initiative", "initiatives", "project",
                               "projects", "agreement", "effort", "position", "designation", "designations",
                               "symposium", "opportunity", "opportunities", "grantee", "grantees", "pilot", "pilots"})


def _named_thing_after(doc: Doc, i: int, j: int) -> bool:
    """A name of several words with no body noun in it, followed by its short form in brackets or by its closing
    quote and then a scheme or thing noun: ``the Evidence-Based Recidivism Reduction (EBRR) Programs``, ``the
    ‘Public Consultation on Local Policing’ was ...`` is not (no noun), ``the “STRYVE Through Local Public Health
    Leadership” cooperative agreement`` is. A body's name keeps its noun ("the Violence Reduction Unit (VRU)
    programme" names a body by "Unit")."""
    if j - i < 2 or any(t.lower_ in ORG_HEADS or t.lower_ in _COLLECTIVE_NOUNS for t in doc[i:j]):
        return False
    if doc[i].lower_ in ("operation", "project") or doc[j - 1].lower_ in POLICY_HEADS:
        return False  # "the Project Safe Neighborhoods (PSN) Program": a scheme's own name, read as a policy below
    k = j
    if k < len(doc) and doc[k].text in ("\u201d", "\u2019", '"', "'") and i > 0 and doc[i - 1].text in ("\u201c", "\u2018", '"', "'"):
        k += 1  # the name in quotes
    elif k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and \
            sum(c.isupper() for c in doc[k + 1].text) >= 2:
        k += 3  # the name's short form in brackets
    else:
        return False
    k += k < len(doc) and doc[k].lower_ in ("cooperative", "funding", "grant") and k + 1 < len(doc) \
        and doc[k + 1].lower_ in _THING_AFTER_NAME  # "cooperative agreement", "funding opportunities"
    return k < len(doc) and doc[k].lower_ in _THING_AFTER_NAME and doc[k].pos_ in ("NOUN", "PROPN")


#: Last words of names of buildings and sites, which are places whatever the recogniser says.
_BUILDING_HEADS = frozenset({"station", "airport", "stadium", "square", "bridge", "barracks", "port"})
#: Last words of hospitals' names: places when someone is taken to, at or from one (a hospital trust can also act).
_CARE_HEADS = frozenset({"hospital", "infirmary"})

#: Styles before a prison's place name that make the name the prison's ("HMP Exeter", "HMYOI Feltham").
_PRISON_STYLES = frozenset({"HMP", "HMYOI", "HMPYOI", "HMIRC"})

#: Common nouns naming a field of public work, which the recogniser takes for places after a post's "of" / "for".
_REMIT_NOUNS = frozenset({"prisons", "probation", "constabulary", "policing", "police", "schools", "education", "health",
                          "justice", "immigration", "transport", "housing", "communities", "defence", "defense",
                          "security", "borders", "crime", "safeguarding", "victims", "courts", "sentencing", "fire"})


def _place_in_place(doc: Doc, ent: Span) -> bool:
    """``at Glen Parva in Leicestershire``, ``near Eastbury, Norfolk``: a name after a locative preposition and
    followed by a larger place is a place, whatever the recogniser called it."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("at", "in", "near", "outside") or ent.end + 1 >= len(doc):
        return False
    if doc[ent.end].lower_ not in ("in", ","):
        return False
    nxt = doc[ent.end + 1]
    return nxt.ent_type_ in ("GPE", "LOC") and nxt.ent_iob_ == "B" and not any(t.lower_ in ORG_HEADS for t in ent)


def _place_modifier(doc: Doc, ent: Span) -> bool:
    """A country's abbreviation modifying a capitalised name right after it (``U.S. Code``, ``US Senate``,
    ``UK Border Force``): part of that name, not a place the text is about."""
    if ent.end >= len(doc) or "\n" in ent[-1].whitespace_ or not ent.text.replace(".", "").isupper():
        return False
    nxt = doc[ent.end]
    head = ent[-1].head
    return _is_cap(nxt) and nxt.is_alpha and nxt.ent_type_ not in ("GPE", "LOC", "PERSON", "DATE") and \
        ent[-1].dep_ in ("compound", "nmod", "amod") and head.i >= ent.end and _is_cap(head)


_POST_OFFICES = re.compile(r"\b(?:U\.S\.|US|United States)\s+(Attorneys|Marshals)['’]\s?[Oo]ffices\b")


#: Words that join the words of a law's name: "Child Protection and Safety Act", "Day of Release from Detention".
_LAW_JOINERS = frozenset({"and", "of", "for", "on", "to", "in", "from", "against", "with", "&", ",", "-"})


#: A police operation named with the short "Op": "Op Season's Greetings", "Op Sceptre".
_OP_NAME = re.compile(r"\bOp\.? (?!Ed\b)[A-Z][a-z'’-]+(?:['’]s)?(?: [A-Z][a-z'’-]+){0,3}")


def _short_operations(doc: Doc) -> Iterator[Mention]:
    """``Op Season's Greetings``: "Op" is a police force's short form of "Operation"; the name is a policy (a
    tactic or campaign), whatever the recogniser made of it."""
    text = doc_text(doc)
    if "Op " not in text and "Op. " not in text:
        return
    for m in _OP_NAME.finditer(text):
        ts = _token_span(doc, m.start(), m.end())
        if ts is not None and not any(e in ("PERSON", "DATE") for e in doc_words(doc).ent_type[ts[0] + 1:ts[1]]):
            yield _mention(doc, ts[0], ts[1], POLICY, "composite", raw=m.group(0))


def _law_names(doc: Doc) -> Iterator[Mention]:
    """``the Adam Walsh Child Protection and Safety Act of 2006``, ``the Police, Crime, Sentencing and Courts Act
    2022``, ``the Offenders (Day of Release from Detention) Bill``: a law's name runs back from ``Act`` or ``Bill``
    over capitalised words, the words that join them and bracketed parts, whatever the recogniser cut it into."""
    words = doc_words(doc)
    text, lower, cap, toks = words.text, words.lower, words.cap, words.tokens
    n = len(text)
    for k in range(1, n):
        if text[k] not in ("Act", "Bill"):
            continue
        i = k
        while i > 0 and k - i < 16 and "\n" not in toks[i - 1].whitespace_ and "\n" not in text[i - 1]:
            p = i - 1
            if text[p] == ")":
                q = next((q for q in range(p - 1, max(-1, p - 14), -1) if text[q] in ("(", ")")), None)
                if q is None or text[q] != "(" or q == 0 or not (cap[q - 1] or text[q - 1] == ")") \
                        or text[q - 1] in ("Act", "Bill"):
                    break  # ("the First Step Act (FSA) and Second Chance Act": the bracket is the first law's)
                i = q  # "(Day of Release from Detention)", "(Scotland)"
                continue
            if text[p] in ("Act", "Bill") or lower[p] in _HEADLINE_VERBS:
                break  # "the First Step Act and Second Chance Act": two laws; "Department Announces X Act"
            if cap[p] and (text[p].isalpha() or "-" in text[p] or text[p].endswith(".") and len(text[p]) <= 4):
                if toks[p].is_sent_start and toks[p].pos_ != "PROPN":
                    break  # "Yesterday Crime Act ...": a sentence's first word that names nothing
                if words.ent_type[p] in ("TITLE", "DATE") or lower[p] in _DETERMINERS:
                    break
                i = p
                continue
            if p >= 2 and text[p - 1] == "-" and cap[p - 2] and text[p].isalpha() and i < k:
                i = p - 2  # "Anti-social Behaviour, Crime and Policing Act"
                continue
            if lower[p] in _LAW_JOINERS and p > 0 and (cap[p - 1] or text[p - 1] == ")"):
                i = p
                continue
            break
        while i < k and lower[i] in _LAW_JOINERS:
            i += 1
        if k - i < 1 or k - i == 1 and not toks[i].pos_ == "PROPN" and not cap[i]:
            continue
        j = k + 1
        if j < n and text[j] in ("Amendments", "Amendment") and text[k] == "Act":
            j += 1  # "the Foreign Intelligence Surveillance Act Amendments of 2008": the amending law's name
        if j + 1 < n and lower[j] == "of" and text[j + 1].isdigit() and len(text[j + 1]) == 4:
            j += 2  # "of 2006"
        elif j < n and text[j].isdigit() and len(text[j]) == 4:
            j += 1  # "2022"
        if k - i >= 2 or cap[i]:
            yield _mention(doc, i, j, POLICY, "composite", raw=_text(doc, i, j))


def _post_offices(doc: Doc) -> Iterator[Mention]:
    """``U.S. Attorneys’ Offices``: the federal offices of a post, named as one body (one entity whichever way the
    country is written)."""
    if "ffices" not in doc_text(doc):  # (the pattern's one literal: a plain search skips the regex's scan)
        return
    for match in _POST_OFFICES.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            yield _mention(doc, span.start, span.end, ORG, "composite", raw=span.text,
                           canonical=f"United States {match.group(1)}’ Offices")


_PRISONS = re.compile(r"\b(?P<style>HMP|HMYOI|HMPYOI)(?P<plural>s)? (?P<names>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
                      r"(?:(?:, | and | & )[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)*)")


def _prisons(doc: Doc) -> Iterator[Mention]:
    """``HMP Liverpool``, ``HMYOI Feltham``, ``HMPs Exeter, Bedford and Birmingham``: a prison is a body named by its
    style and place (the place inside is not a place of the story)."""
    text = doc_text(doc)
    if "HM" not in text:  # (the pattern's one literal: a plain search skips the regex's scan)
        return
    styled: dict[str, str] = {}  # the prisons named with their style, by name: "Lowdham Grange" -> "HMP"
    for match in _PRISONS.finditer(text):
        style = match.group("style")
        if not match.group("plural"):
            first = re.match(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", match.group("names"))
            span = doc.char_span(match.start(), match.start("names") + first.end(), alignment_mode="expand")
            if span is not None:
                yield _mention(doc, span.start, span.end, ORG, "composite", raw=span.text)
                styled.setdefault(first.group(0), style)
            continue
        for part in re.finditer(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", match.group("names")):
            span = doc.char_span(match.start("names") + part.start(), match.start("names") + part.end(), alignment_mode="expand")
            if span is not None:
                yield _mention(doc, span.start, span.end, ORG, "composite", raw=span.text, canonical=f"{style} {span.text}")
    for name, style in styled.items():  # "Lowdham Grange prison" in a story that names HMP Lowdham Grange
        for match in re.finditer(rf"\b{re.escape(name)} (?:prison|jail)\b", text):
            span = doc.char_span(match.start(), match.start() + len(name), alignment_mode="expand")
            if span is not None:
                yield _mention(doc, span.start, span.end, ORG, "composite", raw=span.text, canonical=f"{style} {name}")


#: English place names joined by a lower-case linking word: "Stoke-on-Trent", "Barrow-in-Furness",
#: "Weston-super-Mare", "Newcastle upon Tyne", "Kingston upon Thames" (the recogniser misses or splits them).
_LINKED_PLACES = re.compile(r"\b[A-Z][a-z]+(?:['’]s)?(?:-(?:on|upon|in|under|le|by|super|en|at|de)(?:-(?:the|le|la))?-[A-Z][a-z]+"
                            r"| upon [A-Z][a-z]+)\b(?![-’'])")
#: What every match of ``_LINKED_PLACES`` holds: a hyphenated linking word or " upon " (a quick test before its scan).
_LINKED_CUE = re.compile(r"-(?:on|upon|in|under|le|by|super|en|at|de)-| upon ")


_LINKED_NOT_PLACES = frozenset({"Charge", "Chief", "Law", "Laws", "Fact", "Training", "Waiting", "Residence", "Command",
                                "Progress", "Arms", "Hand", "Person", "Time", "Demand", "Line", "Council"})


#: A police and crime commissioner's post, or a member of parliament's, whose area is written before it.
_AREA_POSTS = re.compile(r"\bPolice,? (?:Fire and )?(?:Crime Commissioner|and Crime Commissioner)\b|\bMP(?= [A-Z][a-z])")
#: Parties, not constituencies, before "MP": "Labour MP Jane Roe".
_PARTY_WORDS = frozenset({"labour", "conservative", "tory", "liberal", "democrat", "democrats", "lib", "dem", "snp",
                          "green", "plaid", "cymru", "reform", "dup", "sinn", "féin", "fein", "independent", "alliance",
                          "ukip", "brexit", "party", "former", "backbench", "local", "senior", "veteran", "opposition"})
#: Words of an area's name: capitalised words, joined by commas, "and" and the "of the" of "the Isles of Scilly".
_AREA_WORD = re.compile(r"[A-Z][\w'’-]*|and|of|the|,|-")  # ("-": "Dyfed-Powys", split at its hyphen)


def _commissioner_areas(doc: Doc) -> Iterator[Mention]:
    """``Leicester, Leicestershire and Rutland Police and Crime Commissioner``: the area a commissioner is elected
    for, written before the post, is a place (the post is no post in the force of that name)."""
    text = doc_text(doc)
    words = doc_words(doc)
    for m in _AREA_POSTS.finditer(text):
        ts = _token_span(doc, m.start(), m.end())
        if ts is None:
            continue
        i = ts[0]
        while i > 0 and not words.tokens[i].is_sent_start and _AREA_WORD.fullmatch(words.text[i - 1]) \
                and "\n" not in words.tokens[i - 1].whitespace_ and words.ent_type[i - 1] not in ("PERSON", "TITLE", "DATE"):
            i -= 1
        if i > 0 and (words.ent_type[i - 1] == "TITLE" or _title_or_honorific_text(words.text[i - 1])):
            # "Chief Constable Helen Moss and Police and Crime Commissioner X": a titled name, then a list
            i = next((k + 1 for k in range(i, ts[0]) if words.text[k] in ("and", ",")), ts[0])
        while i < ts[0] and (words.text[i] in ("and", "of", ",", "-") or words.lower[i] in _DETERMINERS):
            i += 1  # (not "The" of "The Police and Crime Commissioner")
        j = ts[0]
        while j > i and words.text[j - 1] in ("and", "of", "the", ","):
            j -= 1
        if j > i and words.cap[i] and not set(words.lower[i:j]) <= _PARTY_WORDS | {"and", ","}:
            yield _mention(doc, i, j, PLACE, "composite", raw=_text(doc, i, j))


def _linked_places(doc: Doc) -> Iterator[Mention]:
    """``Stoke-on-Trent``, ``Newcastle upon Tyne``: a place name whose parts a lower-case linking word joins."""
    if not _LINKED_CUE.search(doc_text(doc)):
        return
    for match in _LINKED_PLACES.finditer(doc_text(doc)):
        parts = re.split(r"[- ]", match.group(0))
        if parts[-1] in _LINKED_NOT_PLACES or parts[0].lower() in _PERSON_NOUNS | TITLE_HEADS:
            continue  # "Agent-in-Charge", "Commander-in-Chief", "Son-in-Law": posts and kin, not places
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not any("\n" in t.text for t in span):
            yield _mention(doc, span.start, span.end, PLACE, "composite", raw=span.text)


#: Last words of newspapers' names: a place (or "Evening", "Daily") before one names a paper, a body that reports.
_MASTHEAD_WORDS = frozenset({"times", "post", "tribune", "herald", "gazette", "journal", "chronicle", "standard", "telegraph",
                             "examiner", "courier", "echo", "inquirer", "observer", "argus", "dispatch", "globe",
                             "star", "advertiser", "mercury", "sentinel", "bee", "enquirer", "independent"})
_MASTHEAD_LEADS = frozenset({"evening", "daily", "morning", "sunday"})


def _mastheads(doc: Doc) -> Iterator[Mention]:
    """``the Washington Post``, ``The New York Times``, ``the Evening Standard``: a place, or Evening, Daily, Morning or
    Sunday, before a newspaper's masthead word names the paper (the recogniser reads a place, or a work)."""
    n = len(doc)
    lower = doc_words(doc).lower  # (a Token is made only at a masthead word)
    k = 0
    while k < n:
        if lower[k] not in _MASTHEAD_WORDS:
            k += 1
            continue
        tok = doc[k]
        if not (tok.lower_ in _MASTHEAD_WORDS and _is_cap(tok) and not tok.text.isupper()) \
                or (k + 1 < n and _is_cap(doc[k + 1]) and doc[k + 1].is_alpha) or k == 0:
            k += 1
            continue
        i = k
        if doc[i - 1].lower_ in _MASTHEAD_LEADS and _is_cap(doc[i - 1]):
            i -= 1
        place = i
        while place > 0 and doc[place - 1].ent_type_ in ("GPE", "LOC") and _is_cap(doc[place - 1]) \
                and "\n" not in doc[place - 1].whitespace_:
            place -= 1
        if place > 0 and doc[place - 1].text == "City" and place - 1 > 0 and doc[place - 2].ent_type_ in ("GPE", "LOC"):
            place -= 2  # "Kansas City Star"
            while place > 0 and doc[place - 1].ent_type_ in ("GPE", "LOC") and _is_cap(doc[place - 1]):
                place -= 1
        if place < i or (i < k and not doc[i].is_sent_start):
            yield _mention(doc, place, k + 1, ORG, "composite", raw=_text(doc, place, k + 1))
        k += 1


_PLURAL_DIVISIONS = re.compile(r"\b(?:[Cc]ounties|[Pp]arishes|[Bb]oroughs)\b")
_DIVISION_SINGULAR = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}


def _listed_divisions(doc: Doc) -> Iterator[Mention]:
    """``Marshall, Etowah, DeKalb and St. Clair counties``: each listed name is a county (parish, borough)."""
    text = doc_text(doc)
    if "ounties" not in text and "arishes" not in text and "oroughs" not in text:  # (skips the regex's scan)
        return
    for match in _PLURAL_DIVISIONS.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or span.start == 0:
            continue
        noun = _DIVISION_SINGULAR[span.text.lower()]
        k = span.start - 1
        names: list[tuple[int, int]] = []
        while k >= 0:
            j = k + 1
            while k >= 0 and (_is_cap(doc[k]) and not doc[k].is_punct or doc[k].text == ".") and "\n" not in doc[k].whitespace_ \
                    and doc[k].lower_ not in _DETERMINERS:
                k -= 1
            i = k + 1
            if i >= j or not _is_cap(doc[i]):
                break
            names.append((i, j))
            if k >= 1 and doc[k].lower_ in ("and", "or", "&") and doc[k - 1].text == ",":
                k -= 2  # "..., DeKalb, and St. Clair counties"
            elif k >= 0 and (doc[k].text == "," or doc[k].lower_ in ("and", "or", "&")):
                k -= 1
            else:
                break
        if len(names) < 2:
            continue  # "Marshall counties" alone is not a list
        for i, j in names:
            name = _text(doc, i, j)
            yield _mention(doc, i, j, PLACE, "composite", raw=name, canonical=f"{name} {noun}")


_PLURAL_DEPARTMENTS = re.compile(
    r"\b(?:(U\.S\.|US|United States|federal|Federal) )?(Departments|Ministries) of ((?:the )?[A-Z][\w&'\u2019-]*"
    r"(?:(?:,? (?:and|&) |, | )(?:the )?[A-Z][\w&'\u2019-]*)*)")


def _listed_departments(doc: Doc) -> Iterator[Mention]:
    """``the Departments of Education, Health and Human Services, and Justice``, ``the Departments of Justice and
    Homeland Security``: each listed department is a body of its own (``Department of Justice``, ...). A part the
    registry knows with its ``and`` ("Health and Human Services") stays whole; a US prefix or a listed US
    department makes the others US departments too."""
    text = doc_text(doc)
    if "epartments of" not in text and "inistries of" not in text:  # (skips the regex's scan)
        return
    for match in _PLURAL_DEPARTMENTS.finditer(text):
        singular = "Department" if match.group(2) == "Departments" else "Ministry"
        prefix = "U.S. " if match.group(1) else ""
        base = match.start(3)
        parts: list[tuple[int, int]] = []  # char spans of the listed names
        for m in re.finditer(r"[^,]+", match.group(3)):
            piece = m.group().strip()
            if piece.startswith("and ") or piece.startswith("& "):
                piece = piece.split(" ", 1)[1]
            if not piece:
                continue
            at = base + m.start() + m.group().index(piece)
            if registry().lookup(f"{prefix}{singular} of {piece}") is not None or " and " not in piece:
                parts.append((at, at + len(piece)))
                continue
            for sub in re.finditer(r"(?:(?<= and )|^)(.+?)(?= and |$)", piece):
                parts.append((at + sub.start(1), at + sub.end(1)))
        if len(parts) < 2:
            continue
        found = [registry().lookup(f"{prefix}{singular} of {text[a:b]}") for a, b in parts]
        if not prefix and any(e is not None and e.name.startswith("United States") for e in found):
            prefix = "U.S. "  # "the Departments of Justice and Education": the second is the US one as well
            found = [e or registry().lookup(f"{prefix}{singular} of {text[a:b]}") for e, (a, b) in zip(found, parts)]
        for (a, b), entry in zip(parts, found):
            span = doc.char_span(a, b)
            if span is None:
                continue
            name = f"{prefix}{singular} of {text[a:b]}"
            if entry is not None:
                yield _mention(doc, span.start, span.end, entry.type, "registry", registry=entry, raw=name)
            else:
                yield _mention(doc, span.start, span.end, ORG, "composite", raw=name, canonical=name)


#: Designations of statistics that the recogniser takes for bodies.
_DESIGNATIONS = frozenset({"national statistics", "official statistics", "accredited official statistics",
                           "experimental statistics", "official statistics in development"})

_FIELD_SUFFIXES = (("field", "office"), ("field", "division"), ("field", "offices"), ("division",), ("office",))


def _field_office(doc: Doc, i: int, j: int) -> Mention | None:
    """``FBI Omaha``, ``ATF New York Field Division``: an agency acronym the registry knows right before a city
    names the agency's office there."""
    suffix_len = 0
    for suffix in _FIELD_SUFFIXES:
        if j + len(suffix) <= len(doc) and all(doc[j + k].lower_ == w and _is_cap(doc[j + k]) for k, w in enumerate(suffix)):
            suffix_len = len(suffix)
            break
    acr = doc[i - 1] if i > 0 and "\n" not in doc[i - 1].whitespace_ else None
    if acr is not None and acr.text.isupper() and acr.is_alpha and 2 <= len(acr.text) <= 5:
        entry = registry().lookup(acr.text)
        if entry is not None and entry.type == ORG:
            return _mention(doc, i - 1, j + suffix_len, ORG, "composite", raw=_text(doc, i - 1, j + suffix_len))
    if suffix_len == 2:  # "the New York Field Division of the Bureau of ...": an office named by its city
        return _mention(doc, i, j + 2, ORG, "composite", raw=_text(doc, i, j + 2))
    return None


#: Nouns that name a criminal organisation after its proper name: "the Sinaloa Cartel", "the Juarez cartel".
_GROUP_NOUNS = frozenset({"cartel", "syndicate", "mafia"})


def _criminal_groups(doc: Doc) -> Iterator[Mention]:
    """``the Sinaloa Cartel``, ``CJNG Cartel``, ``the Gulf cartel``: proper names before a group noun are a
    criminal organisation (the recogniser calls them people or buildings)."""
    words = doc_words(doc)
    for k in range(1, len(doc)):
        if words.lower[k] not in _GROUP_NOUNS:
            continue
        i = k
        while i > 0 and k - i < 3 and doc[i - 1].is_alpha and _is_cap(doc[i - 1]) and "\n" not in doc[i - 1].whitespace_ \
                and doc[i - 1].ent_type_ not in ("TITLE", "DATE") and doc[i - 1].lower_ not in _DETERMINERS:
            i -= 1
        if i == k or (k + 1 < len(doc) and _is_cap(doc[k + 1]) and doc[k + 1].is_alpha):
            continue
        if not _is_cap(doc[k]):
            yield _mention(doc, i, k + 1, ORG, "composite", raw=_text(doc, i, k + 1),
                           canonical=f"{_text(doc, i, k)} {doc[k].text.title()}")
        else:
            yield _mention(doc, i, k + 1, ORG, "composite", raw=_text(doc, i, k + 1))
    yield from _named_gangs(doc)


def _named_gangs(doc: Doc) -> Iterator[Mention]:
    """``the Latin Kings gang``, ``the Bloods street gang``: a proper name before a lower-case "gang" is the gang's
    name (not ``a Chicago gang``: a place before it only says where a gang is)."""
    reg = registry()
    words = doc_words(doc)
    for k in range(1, len(doc)):
        if words.lower[k] not in ("gang", "gangs") or _is_cap(doc[k]):
            continue
        e = k - 1 if doc[k - 1].lower_ == "street" else k
        i = e
        while i > 0 and e - i < 3 and doc[i - 1].is_alpha and _is_cap(doc[i - 1]) and "\n" not in doc[i - 1].whitespace_ \
                and doc[i - 1].ent_type_ not in ("TITLE", "DATE", "GPE", "LOC") and doc[i - 1].lower_ not in _DETERMINERS \
                and not doc[i - 1].is_sent_start:
            i -= 1
        if i == e or i == 0 or doc[i - 1].ent_type_ in ("GPE", "LOC") or reg.lookup(_text(doc, i, e)) is not None:
            continue
        if doc[i - 1].lower_ in ("a", "an") or e - i == 1 and not (
                doc[i].lower_.endswith("s") and doc[i].ent_type_ != "NORP" and doc[i - 1].lower_ == "the"):
            continue  # "the Bloods" names a gang; "a Leeds gang", "an Albanian gang" only say where or whose
        yield _mention(doc, i, k + 1, ORG, "composite", raw=_text(doc, i, k + 1), canonical=_text(doc, i, e))


_REGIONAL_KINDS = frozenset({"prosecutor"})
#: Kinds of national bodies whose local offices are named by the acronym and the place only before a post:
#: ``FBI Kansas City Special Agent in Charge X`` (the Kansas City field office), ``DEA Houston Special Agent ...``.
_TITLED_OFFICE_KINDS = frozenset({"agency"})


#: Posts held in an agency's field office (the office is named by its city: "FBI Denver Special Agent in Charge").
_FIELD_POSTS = frozenset({"special agent in charge", "assistant special agent in charge", "special agent",
                          "supervisory special agent", "resident agent in charge", "task force officer"})


def _title_text(doc: Doc, k: int) -> str:
    """The words of the title entity that opens at token ``k``."""
    j = k + 1
    while j < len(doc) and doc[j].ent_type_ == "TITLE" and doc[j].ent_iob_ == "I":
        j += 1
    return doc[k:j].text


def _title_before_name(doc: Doc, k: int) -> bool:
    """Does a post open at token ``k`` and run up to a person's name (``Chief Crown Prosecutor Jane Roe``, not
    ``Group Chair for ...``)?"""
    if not _title_opens(doc, k):
        return False
    j = k + len(_title_text(doc, k).split())
    return j < len(doc) and doc[j].ent_type_ == "PERSON"


def _title_opens(doc: Doc, k: int) -> bool:
    """Does a post from the title lexicon open at token ``k`` (``Special Agent in Charge``, ``Chief Crown Prosecutor``)?"""
    return k < len(doc) and doc[k].ent_type_ == "TITLE" and doc[k].ent_iob_ == "B"


def _region_before(doc: Doc, k: int) -> int | None:
    """First token of a region's name (one to four capitalised proper nouns, joined by ``and`` or a hyphen) written
    right before the acronym at token ``k`` (``Thames and Chiltern CPS``, ``Mersey-Cheshire CPS``), on its line."""
    p, first = k, None
    while p > 0 and k - p < 5 and "\n" not in doc[p - 1].whitespace_:
        t = doc[p - 1]
        if t.is_alpha and _is_cap(t) and t.pos_ == "PROPN" and t.lower_ not in _DETERMINERS and not t.text.isupper() \
                and t.ent_type_ in ("", "GPE", "LOC"):
            first = p - 1
        elif t.text in ("and", "-") and first is not None and p >= 2 and _is_cap(doc[p - 2]) and doc[p - 2].is_alpha:
            pass
        else:
            break
        p -= 1
    if first is None or doc[first].text in ("and", "-"):
        return None
    if first > 0 and (doc[first - 1].is_alpha and _is_cap(doc[first - 1]) and "\n" not in doc[first - 1].whitespace_):
        return None  # a longer capitalised run: part of another name
    return first


#: Bodies every area sets up its own of: "the Merseyside VRU" is Merseyside's Violence Reduction Unit, not a national one.
_LOCAL_UNITS = frozenset({"Violence Reduction Unit"})


def _local_unit(doc: Doc, k: int, entry: RegistryEntry) -> Mention | None:
    """``the West Midlands VRU``, ``London VRU``: a place right before a local body's acronym names that place's unit
    (the recogniser often calls the place a body: "the Merseyside")."""
    p = k
    while p > 0 and k - p < 3 and doc[p - 1].is_alpha and _is_cap(doc[p - 1]) and not doc[p - 1].text.isupper() \
            and doc[p - 1].lower_ not in _DETERMINERS and doc[p - 1].ent_type_ not in ("PERSON", "TITLE", "DATE") \
            and "\n" not in doc[p - 1].whitespace_:
        p -= 1
    while p < k:
        place = _text(doc, p, k)
        found = registry().lookup(place)
        if norm_key(place) in _forces_by_place() or (found is not None and found.type == PLACE) \
                or all(t.ent_type_ in ("GPE", "LOC") for t in doc[p:k]) \
                or any(e.label_ in ("GPE", "LOC") and e.text == place for e in doc.ents):
            break
        p += 1  # "Funding for London VRU": the place is the last capitalised words
    if p == k:
        return None
    return _mention(doc, p, k + 1, ORG, "composite", raw=_text(doc, p, k + 1), canonical=f"{_text(doc, p, k)} {entry.name}")


def _regional_units(doc: Doc) -> Iterator[Mention]:
    """``CPS Wessex``, ``CPS Thames and Chiltern``, ``NCA North West``: a national body's acronym right before the
    name of a region is the body's unit for that region, an organisation of its own (cities are left to
    :func:`_field_office`, which the recogniser's place names reach). An agency's acronym and a place right before a
    post (``ATF Kansas City Special Agent in Charge X``, ``DEA Houston Special Agent in Charge Y``) name the agency's
    office there, whether or not the recogniser saw the place; the office is part of the agency."""
    words = doc_words(doc)
    n = len(doc)
    lex = titles()
    for k in range(n - 1):
        acr = words.text[k]
        if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 5) or "\n" in words.tokens[k].whitespace_:
            continue
        entry = registry().lookup(acr)
        if entry is not None and entry.name in _LOCAL_UNITS:
            local = _local_unit(doc, k, entry)
            if local is not None:
                yield local
            continue
        if entry is None or entry.type != ORG or entry.kind not in _REGIONAL_KINDS | _TITLED_OFFICE_KINDS:
            continue
        if entry.kind in _REGIONAL_KINDS:
            before = _region_before(doc, k)
            if before is not None:  # "Thames and Chiltern CPS": the same unit as "CPS Thames and Chiltern"
                yield _mention(doc, before, k + 1, ORG, "composite", raw=_text(doc, before, k + 1),
                               canonical=f"{acr} {_text(doc, before, k)}")
        j = k + 1
        end: int | None = None
        ends: list[int | None] = []
        while j < n and "\n" not in doc[j - 1].whitespace_:
            t = doc[j]
            if t.is_alpha and _is_cap(t) and not t.text.isupper() and t.ent_type_ not in ("TITLE", "DATE") \
                    and not (t.ent_type_ == "PERSON" and (t.ent_iob_ == "I" or (j + 1 < n and doc[j + 1].ent_iob_ == "I"))) \
                    and t.lower_ not in ORG_HEADS and t.lower_ not in _BODY_END_NOUNS and not lex.match([t.text]) \
                    and not {t.lower_, t.lower_[:-1] if t.lower_.endswith("s") else t.lower_} & (TITLE_HEADS | ORG_HEADS | _PLACE_HEADS) \
                    and t.pos_ in ("PROPN", "NOUN", "ADJ"):
                j += 1
                end = j
            elif end is not None and t.text in ("and", "&", "-") and j + 1 < n and _is_cap(doc[j + 1]) \
                    and doc[j + 1].is_alpha and doc[j + 1].ent_type_ not in ("ORG", "TITLE") and not (
                        doc[j + 1].ent_type_ == "PERSON" and j + 2 < n and doc[j + 2].ent_iob_ == "I"):
                if t.text != "-":
                    ends.append(end)  # "CPS Avon and Somerset and Group Chair ...": the unit may end before "and"
                j += 1  # "Avon and Somerset" (the recogniser may call one word of a region a person)
            else:
                break
        ends.append(end)
        while ends and ends[-1] is not None and ends[-1] < n and not _title_before_name(doc, ends[-1]) and (
                doc[ends[-1]].text == "-" or (doc[ends[-1]].is_alpha and _is_cap(doc[ends[-1]]) and doc[ends[-1]].ent_type_ != "ORG")):
            ends.pop()  # a longer name or a post: "FBI Special Agent", "NCA Director General"
        end = ends[-1] if ends else None
        if end is None or end - k > 5:
            continue
        if entry.kind not in _REGIONAL_KINDS:
            # an agency's office only before a post, and only when its words are a place's ("FBI Acting Director"
            # is no office; "FBI Omaha" beside a recognised city is :func:`_field_office`'s)
            if not _title_opens(doc, end) or _title_text(doc, end).lower() not in _FIELD_POSTS or any(
                    t.text in lex.modifiers or t.ent_type_ not in ("", "GPE", "LOC") for t in doc[k + 1 : end]):
                continue  # "NCA Operations Commander", "HSI Assistant Director": a unit's or a rank's words
            yield _mention(doc, k, end, ORG, "composite", raw=_text(doc, k, end), part_of=entry.name)
            continue
        yield _mention(doc, k, end, ORG, "composite", raw=_text(doc, k, end))


def _token_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _from_patterns(doc: Doc) -> Iterator[Mention]:
    """Registry families: one office per district, FBI field divisions."""
    text = doc_text(doc)
    for pat in registry().patterns:
        for m in pat.regex.finditer(text):
            ts = _token_span(doc, m.start(), m.end())
            if ts is None:
                continue
            groups = [g for g in m.groups() if g]
            name = pat.name.format(*groups) if groups else pat.name
            cut = m.group(0).find(" in ")
            if cut > 0:  # "DEA Field Division in Louisville": the place stays a place of its own
                ts = _token_span(doc, m.start(), m.start() + cut) or ts
            parent = registry().by_name.get(pat.part_of) if pat.part_of else None
            yield _mention(doc, ts[0], ts[1], pat.type, "pattern", canonical=name, part_of=parent.name if parent else None, raw=m.group(0))


#: One item of a committee's remit: up to five capitalised words, "of", "and", "the" allowed between them.
_REMIT_ITEM = r"[A-Z][\w-]*(?: (?:of |and |the |and the |of the )?[A-Z][\w-]*){0,4}"
#: A committee or subcommittee named after a list of matters (``Subcommittee on Consumer Protection, Product Safety,
#: and Data Security``): the list runs over its commas and closes with ``and``/``&``.
_LISTED_COMMITTEE = re.compile(
    rf"\b(?:(?:Senate|House|Joint|Select|Standing|Permanent|Special) )*(?:Sub)?[Cc]ommittee on "
    rf"{_REMIT_ITEM}(?:, {_REMIT_ITEM})*,? (?:and|&) {_REMIT_ITEM}(?![\w-])"
    # a committee or subcommittee is named by its remit however short ("Subcommittee on Health", a joint hearing's
    # heading line; "House Committee on Education and the Workforce")
    rf"|\b(?:(?:Senate|House|Joint) )?(?:Subcommittee|Committee) on {_REMIT_ITEM}(?![\w-])")


def _listed_committees(doc: Doc) -> Iterator[Mention]:
    """``the Senate Committee on Commerce, Science, and Transportation's Subcommittee on Consumer Protection, Product
    Safety, and Data Security``: a committee named after a list of matters whose items are words the recogniser
    splits into bodies of their own."""
    words = doc_words(doc)
    for m in _LISTED_COMMITTEE.finditer(doc_text(doc)):
        ts = _token_span(doc, m.start(), m.end())
        if ts is not None:
            # "Committee on Education and the Workforce" + "Chairman John Kline": the remit ends before a post
            cut = next((k for k in range(ts[0] + 3, ts[1]) if words.ent_type[k] == "TITLE"
                        or _title_or_honorific_text(words.text[k])), None)
            if cut is not None:
                while cut > ts[0] + 2 and words.lower[cut - 1] in ("and", ",", "&", "the", "of"):
                    cut -= 1
                ts = (ts[0], cut)
        if ts is None or any(w in _TIME_WORDS for w in words.lower[ts[0]:ts[1]]) \
                or any(e == "TITLE" for e in words.ent_type[ts[0]:ts[1]]) \
                or (ts[1] < len(doc) and words.ent_type[ts[1] - 1] == "PERSON" and words.ent_type[ts[1]] == "PERSON"):
            continue  # "the Committee on Monday and Tuesday", "... on Appropriations, Mayor Lee and Smith": no remit
        raw = _text(doc, ts[0], ts[1])
        entry = registry().lookup(raw)
        yield _mention(doc, ts[0], ts[1], ORG, "registry" if entry else "composite", registry=entry, raw=raw)


def _datelines(doc: Doc) -> Iterator[Mention]:
    """``Greensboro, NC –``: a US dateline names a city and its state."""
    reg = registry()
    for m in _DATELINE.finditer(doc_text(doc)):
        entry = reg.by_abbreviation.get(m.group("state"))
        if entry is None:
            found = reg.lookup(m.group("state"))
            entry = found if found is not None and found.kind == "us_state" else None
        if entry is None:
            continue
        ts = _token_span(doc, m.start("city"), m.end("state"))
        if ts is None:
            continue
        city = m.group("city")
        city = city.title() if city.isupper() else city
        yield _mention(doc, ts[0], ts[1], PLACE, "dateline", canonical=f"{city}, {entry.name}", raw=m.group(0).strip())
    for m in _CAPS_DATELINE.finditer(doc_text(doc)):  # "WASHINGTON – Today, ...": a place the registry knows
        entry = reg.lookup(m.group("city").title())
        ts = _token_span(doc, m.start("city"), m.end("city"))
        if entry is not None and entry.type == PLACE and ts is not None:
            yield _mention(doc, ts[0], ts[1], PLACE, "dateline", registry=entry, raw=m.group("city"))
        elif entry is None and ts is not None and all(doc[k].ent_type_ in ("GPE", "LOC") for k in range(*ts)):
            # "BALTIMORE – Thank you.": a city the model reads as a place
            yield _mention(doc, ts[0], ts[1], PLACE, "dateline", canonical=m.group("city").title(),
                           raw=m.group("city"))


def _extend_listed_name(doc: Doc, m: Mention) -> None:
    """``Bureau of Alcohol, Tobacco, Firearms and Explosives``: a body named after a list of things runs over its commas.

    Extends ``m`` in place when ``X of Y`` is followed by ``, Z, ... and W`` (single capitalised words, closed by
    ``and``/``&``), and gives it the registry body whose name it spells or starts."""
    if m.canonical is not None or not any(t.lower_ == "of" or (t.lower_ in ("on", "for") and t.i > m.i
                                                                and doc[t.i - 1].lower_ in ORG_HEADS)
                                          for t in doc[m.i : m.j]):
        return  # "Bureau of ...", "Committee on Commerce, Science, and Transportation"
    n = len(doc)
    k, items, end = m.j, 0, None
    while k + 1 < n and doc[k].text == "," and _is_cap(doc[k + 1]) and doc[k + 1].is_alpha and not doc[k + 1].ent_type_ in ("PERSON", "GPE", "TITLE"):
        items += 1
        k += 2
    if k < n and doc[k].text == ",":
        k += 1  # the serial comma
    if items >= 1 and k + 1 < n and doc[k].lower_ in ("and", "&"):
        if _is_cap(doc[k + 1]) and doc[k + 1].is_alpha and not doc[k + 1].ent_type_ in ("PERSON", "GPE", "TITLE"):
            end = k + 2
            while end < n and _is_cap(doc[end]) and doc[end].is_alpha and not doc[end].ent_type_ in ("PERSON", "GPE", "TITLE") \
                    and "\n" not in doc[end - 1].whitespace_ and end - k < 5:
                end += 1  # "... and Justice Policy"
        elif doc[k + 1].text == "(":
            end = k  # a name cut short before its acronym: "Firearms & (ATF)"
    if end is None or items + 1 < 2:
        return
    text = _text(doc, m.i, end)
    key = norm_key(text)
    entry = registry().lookup(text) or next(
        (e for e in registry().entries if e.type == ORG and norm_key(e.name).startswith(key) and len(key.split()) >= 4), None)
    m.j, m.end, m.text = end, doc[end - 1].idx + len(doc[end - 1].text), text
    if entry is not None:
        m.registry, m.source = entry, "registry"


#: Small words that may join the capitalised words of a name ("Research and Evaluation in Safety").
_NAME_INNER = frozenset({"of", "for", "in", "on", "the", "to", "&"})


def _cap_run_before(doc: Doc, c: int, limit: int = 6) -> int:
    """The first token of the run of capitalised words (and small joining words between them) that ends just
    before token ``c``; ``c`` when there is none."""
    words = doc_words(doc)
    text, cap, lower, ent = words.text, words.cap, words.lower, words.ent_type
    p = c - 1
    while p >= 0 and c - p <= limit:
        if cap[p] and (text[p].isalpha() or "-" in text[p]) and ent[p] not in ("PERSON", "GPE", "DATE", "TITLE") \
                and "\n" not in words.tokens[p].whitespace_:
            p -= 1
        elif lower[p] in _NAME_INNER and p - 1 >= 0 and cap[p - 1] and p + 1 < c:
            p -= 1
        else:
            break
    k = p + 1
    while k < c and (lower[k] in _NAME_INNER or words.pos[k] in ("ADP", "DET", "SCONJ", "CCONJ", "ADV", "PRON")):
        k += 1  # (not "Under the" opening a sentence)
    return k


#: Head nouns of the scheme names whose coordinated words :func:`_coordinated_policies` joins.
_COORDINATED_HEADS = frozenset({"act", "bill", "plan", "program", "programme", "programs", "programmes", "strategy",
                                "initiative", "fund", "scheme", "framework", "project", "grant", "grants", "code",
                                "survey", "charter", "protocol", "regulations"})


def _coordinated_policies(doc: Doc, heads: list[tuple[int, int]]) -> Iterator[Mention]:
    """``the Safety, Health, and Wellness Strategic Research Plan``, ``the Screening, Brief Intervention, Referral and
    Treatment Programs``: a scheme's name that coordinates capitalised words runs back from its head noun over its
    commas and ``and``; the recogniser ends it at the last item or takes the first items for a body. An item that
    ends in a scheme's noun or holds a body's noun is a name of its own ("the First Step Act and Second Chance
    Act", "Kent Police and Crime Plan"), and the run stops at a lower-case word, a determiner, a person, a place, a
    known body, a line break and a headline (``heads``: the document's headline lines)."""
    words = doc_words(doc)
    text, lower, cap = words.text, words.lower, words.cap
    n = len(text)
    for h in range(2, n):
        if not cap[h] or lower[h] not in _COORDINATED_HEADS:
            continue
        if h + 1 < n and cap[h + 1] and text[h + 1].isalpha() and "\n" not in words.tokens[h].whitespace_:
            continue  # not the name's last word
        if h + 1 < n and words.pos[h + 1] == "NOUN" and text[h + 1].islower():
            continue  # "Lincoln and Grant parishes": the capitalised word modifies a noun
        if _in_any(words.tokens[h].idx, heads):
            continue
        k = _cap_run_before(doc, h + 1, limit=8)
        joined = False
        while k >= 2:
            c = k - 1
            if lower[c] in ("and", "&") and text[c - 1] == ",":
                c -= 1  # the serial comma
            elif lower[c] not in ("and", "&") and text[c] != ",":
                break
            if "\n" in words.tokens[c - 1].whitespace_ or "\n" in words.tokens[c].whitespace_:
                break
            start = _cap_run_before(doc, c, limit=4)
            if start == c or any(lower[t] in _COORDINATED_HEADS or lower[t] in ORG_HEADS or lower[t] in _COLLECTIVE_NOUNS
                                 for t in range(start, c)):
                break
            k, joined = start, True
        if not joined or h + 1 - k > 14:
            continue
        if cap[k - 1] and text[k - 1].isalpha():
            continue  # a capitalised word before the run: not where the name starts
        if any(lower[t] in ORG_HEADS or lower[t] in _COLLECTIVE_NOUNS for t in range(k, h)):
            continue  # "Police and Crime Plan" items are the plan's own words, but a body's noun is a body's name
        if any(ent in ("PERSON", "GPE") for ent in words.ent_type[k:h + 1]):
            continue
        items = _text(doc, k, h + 1).replace(" and ", ",").replace(" & ", ",").split(",")
        if any(registry().lookup(t.strip()) is not None for t in items):
            continue  # a known body among the items: "the FBI, ATF and Project Safe Neighborhoods"
        yield _mention(doc, k, h + 1, POLICY, "composite", raw=_text(doc, k, h + 1))


def _extend_remit_pair(doc: Doc, m: Mention) -> None:
    """``the Office for National Statistics Centre for Crime and Justice``, ``the Institute for Policing and
    Security``: a body's remit of two things joined by ``and``, which the recogniser ends at the first. Extends
    ``m`` in place over ``and`` and one to three capitalised words when its last words are a remit after ``for``,
    ``of`` or ``on`` and the words after ``and`` name no body, person or place of their own."""
    if m.canonical is not None or m.registry is not None or m.source not in ("ner", "composite"):
        return
    words = doc_words(doc)
    text, lower, cap, ent = words.text, words.lower, words.cap, words.ent_type
    n = len(text)
    j = m.j
    if j + 1 >= n or lower[j] != "and" or not any(lower[k] in ("for", "of", "on") for k in range(max(m.i, j - 4), j)):
        return
    if any(lower[k] in ORG_HEADS for k in range(j - 3, j) if k > m.i and lower[k - 1] in ("for", "of", "on")):
        return
    end = j + 1
    while end < n and end - j <= 3 and cap[end] and text[end].isalpha() and ent[end] not in ("PERSON", "GPE", "TITLE") \
            and lower[end] not in ORG_HEADS and lower[end] not in _COLLECTIVE_NOUNS and lower[end] not in _EVENT_HEADS \
            and "\n" not in words.tokens[end - 1].whitespace_:
        end += 1
    if end == j + 1 or (end < n and cap[end] and text[end].isalpha()):
        return  # nothing capitalised after "and", or a longer name goes on ("and Home Office")
    if registry().lookup(_text(doc, j + 1, end)) is not None:
        return
    m.j, m.end, m.text = end, doc[end - 1].idx + len(doc[end - 1].text), _text(doc, m.i, end)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.i < b.j and b.i < a.j


def _nested_registry(doc: Doc, outer: Mention) -> Iterator[Mention]:
    """Registry bodies named inside a longer name: ``London Assembly`` in ``London Assembly's Police and Crime Committee``."""
    toks = doc_words(doc).tokens
    reg = registry()
    n = outer.j - outer.i
    if n < 2:
        return
    for size in range(n - 1, 0, -1):
        for a in range(outer.i, outer.j - size + 1):
            b = a + size
            if toks[a].is_punct or toks[b - 1].is_punct or toks[b - 1].text in _POSSESSIVE:
                continue
            text = _text(doc, a, b)
            entry = reg.lookup(text)
            if entry is None or entry.type != ORG or (outer.registry is not None and entry.name == outer.registry.name):
                continue
            if outer.canonical and outer.canonical.endswith(entry.name):
                continue  # "Merseyside VRU" is Merseyside's Violence Reduction Unit: its acronym is no second body
            if size == 1 and not toks[a].text.isupper():
                continue
            after = toks[b] if b < len(doc) else None
            separate = toks[a].text.isupper() and size == 1 or (after is not None and b < outer.j and (after.text in _POSSESSIVE or after.text in (",", "("))) \
                or _parent_prefix(doc, outer, a, b, entry) or _owner_after_of(doc, outer, a, b, entry)
            if not separate:
                continue
            yield _mention(doc, a, b, ORG, "registry", registry=entry, nested=True, raw=text)
            return


def _owner_after_of(doc: Doc, outer: Mention, a: int, b: int, entry: RegistryEntry) -> bool:
    """A police force named after "of" at the end of a unit's name (``Economic Crime Unit of Avon and Somerset
    Police``): the force is a body of its own, the unit part of it."""
    if b != outer.j or a - outer.i < 2 or entry.kind != "police_force":
        return False
    k = a - 1 if doc[a - 1].lower_ == "the" else a
    return doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in ORG_HEADS | {"taskforce", "squad", "team"}


def _acronyms(doc: Doc, mentions: list[Mention]) -> Iterator[Mention]:
    """``Long Name (ACR)`` defines ACR; every later ``ACR`` is the same entity (also ``(IOPC - formerly IPCC)``)."""
    text = doc_text(doc)
    by_end: dict[int, Mention] = {}
    for m in mentions:
        if not m.nested:
            by_end[m.end] = m
    defined: dict[str, Mention] = {}
    for m in sorted([*_ACRONYM_DEF.finditer(text), *_ACRONYM_OR.finditer(text)], key=lambda m: m.start()):
        acr = m.group("acr")
        if len(acr.replace("-", "")) < 2:
            continue
        spelled_only = m.re is _ACRONYM_OR  # ("the FBI, or DEA agents": no acronym of the FBI)
        # the long form ends just before the bracket, perhaps with a possessive in between
        k = m.start()
        prefix = text[max(0, k - 4) : k]
        end = k - (len(prefix) - len(prefix.rstrip()))
        for poss in ("\u2019s", "'s", "\u2019", "'"):
            if text[:end].endswith(poss):
                end -= len(poss)
                break
        long_m = by_end.get(end)
        if long_m is not None and long_m.type == PLACE and not _spells(long_m.text, acr):
            continue  # "NEW YORK (AP) —": a wire service's credit after a dateline, not the place's acronym
        if spelled_only and (long_m is None or not _spells(long_m.text, acr)):
            continue
        if long_m is None:
            long_m = _long_form(doc, end, acr)
            if long_m is None:
                long_m = _partial_long_form(doc, end, acr)
            if long_m is None:
                continue
            yield long_m
        acr_entry = registry().lookup(acr)
        if long_m.registry is None and acr_entry is not None and acr_entry.type == long_m.type and long_m.canonical is None:
            long_m.registry = acr_entry  # "Drug Enforcement (DEA)": the acronym names a body the registry knows
        if long_m.registry is not None and acr_entry is long_m.registry:
            defined.setdefault(acr, long_m)
            continue
        defined[acr] = long_m
        for form in (acr, m.group("old")):
            if not form:
                continue
            ts = _token_span(doc, m.start("acr") if form == acr else m.start("old"), (m.end("acr") if form == acr else m.end("old")))
            if ts:
                yield _mention(doc, ts[0], ts[1], long_m.type, "acronym", long_form=(long_m.start, long_m.end), raw=form,
                               registry=long_m.registry, canonical=long_m.canonical)
    if not defined:
        return
    words = doc_words(doc)
    for k, word in enumerate(words.text):
        if word in defined and not words.ent_type[k] == "TITLE":
            tok = words.tokens[k]
            long_m = defined[tok.text]
            if tok.idx >= long_m.start:
                yield _mention(doc, tok.i, tok.i + 1, long_m.type, "acronym", long_form=(long_m.start, long_m.end),
                               raw=tok.text, registry=long_m.registry, canonical=long_m.canonical)


_CONNECTORS = frozenset({"of", "for", "and", "the", "&", "on", "in", "to"})


def _spells(name: str, acr: str) -> bool:
    """Do the capitalised words of ``name`` start with the letters of ``acr`` (``United Kingdom`` -> UK)?"""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper() or w.isupper())
    return initials.upper() == "".join(c for c in acr if c.isalpha()).upper()


def _long_form(doc: Doc, end: int, acr: str) -> Mention | None:
    """A capitalised run ending at ``end`` whose initials spell the acronym (``Crime Survey for England and Wales``)."""
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None:
        return None
    j = span.end
    i = j
    letters = [c for c in acr if c.isupper()]
    while i > 0 and (_is_cap(doc[i - 1]) or doc[i - 1].lower_ in _CONNECTORS) and "\n" not in doc[i - 1].text and not doc[i - 1].is_punct:
        i -= 1
    while i < j and doc[i].lower_ in _CONNECTORS:
        i += 1
    initials = [t.text[0] for t in doc[i:j] if _is_cap(t)]
    # drop leading capitalised words until the initials end with the acronym's letters
    while initials and initials[: len(letters)] != letters and len(initials) > len(letters):
        i += 1
        while i < j and not _is_cap(doc[i]):
            i += 1
        initials = [t.text[0] for t in doc[i:j] if _is_cap(t)]
    if initials != letters or j - i < 2:
        return None
    last = name_head(doc, i, j).lower_
    type_ = POLICY if last in POLICY_HEADS else ORG if last in ORG_HEADS or last.endswith(("ate", "ment")) else None
    if type_ is None:
        return None
    return _mention(doc, i, j, type_, "acronym-definition", raw=_text(doc, i, j))


def _partial_long_form(doc: Doc, end: int, acr: str) -> Mention | None:
    """``Drug Enforcement (DEA)``: words spelling the start of an acronym the registry knows."""
    entry = registry().lookup(acr)
    if entry is None or entry.type != ORG:
        return None
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None:
        return None
    j = span.end
    i = j
    while i > 0 and _is_cap(doc[i - 1]) and not doc[i - 1].is_punct and "\n" not in doc[i - 1].whitespace_ and doc[i - 1].ent_type_ != "TITLE":
        i -= 1
    initials = "".join(t.text[0] for t in doc[i:j])
    while i < j and not acr.startswith(initials):
        i += 1
        initials = "".join(t.text[0] for t in doc[i:j])
    if j - i < 2 or not initials:
        return None
    return _mention(doc, i, j, ORG, "acronym-definition", registry=entry, raw=_text(doc, i, j))


#: Heads whose bare use means the national body, never a qualified one ("the Government" is not "Welsh Government").
_GENERIC_HEADS = frozenset({"government", "parliament", "congress", "senate", "assembly"})


def _short_forms(doc: Doc, mentions: list[Mention]) -> Iterator[Mention]:
    """``the Authority`` after ``UK Statistics Authority``: a capitalised head noun refers back to its body."""
    heads: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type in (ORG,) and m.j - m.i > 1 and not m.nested:
            head = name_head(doc, m.i, m.j)  # "the Inspectorate" after "HM Inspectorate of Prisons"
            if head.lower_ in ORG_HEADS and _is_cap(head) and head.lower_ not in _GENERIC_HEADS:
                heads.setdefault(head.text, []).append(m)
    if not heads:
        return
    taken = {k for m in mentions for k in range(m.i, m.j)}
    words = doc_words(doc)
    referred: dict[str, list[str]] = {}  # head word -> the bodies its short forms referred to so far
    for k, word in enumerate(words.text):
        if k in taken or word not in heads or k == 0:
            continue
        tok = words.tokens[k]
        if words.lower[k - 1] != "the" or (tok.i + 1 < len(doc) and _is_cap(doc[tok.i + 1]) and not doc[tok.i + 1].is_punct):
            continue
        before = [m for m in heads[tok.text] if m.start < tok.idx]
        if not before and len({norm_key(m.text) for m in heads[tok.text]}) == 1:
            before = heads[tok.text][:1]  # "The Committee said ..." before the one committee is named in full
        if before:
            ref = _short_form_referent(before, referred.setdefault(tok.text, []))
            referred[tok.text].append(norm_key(ref.text))
            yield _mention(doc, tok.i, tok.i + 1, ORG, "short-form", registry=ref.registry, canonical=ref.canonical,
                           long_form=(ref.start, ref.end), raw=f"the {tok.text}")


def _short_form_referent(before: list[Mention], referred: list[str]) -> Mention:
    """Which of the bodies named before a short form (``the Council``) it means: the one the text has named or
    referred to that way most often so far, a tie going to the one named last (``the Sentencing Council ... the
    Council ... its predecessor, the Sentencing Guidelines Council. During 2022/23 the Council published ...``)."""
    counts: dict[str, int] = {}
    for m in before:
        counts[norm_key(m.text)] = counts.get(norm_key(m.text), 0) + 1
    for key in referred:
        if key in counts:
            counts[key] += 1
    order = {norm_key(m.text): n for n, m in enumerate(before)}  # (later mentions overwrite: the last position)
    best = max(counts, key=lambda key: (counts[key], order[key]))
    return next(m for m in reversed(before) if norm_key(m.text) == best)


def _home_readings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A body's name two countries share, read as the document's own country's body: ``the Department of Justice``
    in a release that counts in pounds and names UK bodies is Northern Ireland's department."""
    reg = registry()
    shared = {id(m): home for m in mentions if m.registry is not None
              for c in ("GB", "US") if (home := reg.home_reading(m.registry, c)) is not None}
    if not shared:
        return mentions
    country = _currency_country(doc) or document_country([m for m in mentions if id(m) not in shared])
    if country is None:
        return mentions
    out = []
    for m in mentions:
        home = shared.get(id(m))
        if home is not None and home.country == country:
            m = _mention(doc, m.i, m.j, m.type, m.source, registry=home, canonical=m.canonical, long_form=m.long_form,
                         part_of=m.part_of, nested=m.nested, headline=m.headline, raw=m.raw)
        out.append(m)
    return out


def _local_short_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``the prison service`` in a report on the ``Northern Ireland Prison Service``: a registry body's short name
    written in lower case (two words or more) that ends a longer body name of the same document refers back to that
    body, not to the registry's national one (guideline 2: aliases are resolved within the document)."""
    longer = [m for m in mentions if m.type == ORG and not m.nested and m.j - m.i >= 3 and m.source != "short-form"]
    if not longer:
        return mentions
    out = []
    for m in mentions:
        if m.type == ORG and m.registry is not None and not m.nested and m.j - m.i >= 2 and m.text.islower():
            key = norm_key(m.text)
            ref = next((x for x in longer if x.registry is not m.registry and not (x.start <= m.start < x.end)
                        and norm_key(x.text).endswith(" " + key) and _is_cap(doc[x.i])
                        and (x.registry is None or norm_key(x.registry.name).endswith(" " + key))), None)
            if ref is not None:
                m = _mention(doc, m.i, m.j, ORG, "short-form", registry=ref.registry, canonical=ref.canonical,
                             long_form=(ref.start, ref.end), headline=m.headline, raw=m.raw)
        out.append(m)
    return out


def document_country(mentions: list[Mention]) -> str | None:
    """GB or US, by the registry bodies and places the document names (None when it names neither)."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.registry is not None and m.registry.country:
            counts[m.registry.country] = counts.get(m.registry.country, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    winners = [c for c, n in counts.items() if n == best]
    return winners[0] if len(winners) == 1 else None


_GOVERNMENT = {"GB": "UK Government", "US": "United States Government"}


def _currency_country(doc: Doc) -> str | None:
    """GB when the document counts in pounds only, US when in dollars only: the country of a text that names
    no registry body ("the government's response" in a Home Secretary's £100m announcement)."""
    text = doc_text(doc)
    pounds, dollars = "£" in text, "$" in text
    return "GB" if pounds and not dollars else "US" if dollars and not pounds else None


#: Posts of a devolved government: "the government" beside a First Minister is not the national one.
_DEVOLVED_POSTS = frozenset({"First Minister", "Cabinet Secretary for Justice", "Lord Advocate", "Scottish Secretary",
                             "Welsh Secretary"})


def _title_country(doc: Doc) -> str | None:
    """GB or US by the national posts the document names ("the Home Secretary", "the Lord Chancellor",
    "United States Attorney"): the country of a text that names neither a registry body nor a currency.
    None when it names posts of both, or a devolved post."""
    lex = titles()
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "TITLE":
            continue
        title = lex.exact.get(ent.text) or lex.folded.get(ent.text.lower())
        if title is None:
            continue
        if title.title in _DEVOLVED_POSTS:
            return None
        if title.country:
            found.add(title.country)
    return found.pop() if len(found) == 1 else None


#: Determiners before "government" that point at the speaker's or the text's own government.
_GOVERNMENT_DETERMINERS = frozenset({"the", "this"})


def _government(doc: Doc, mentions: list[Mention]) -> Iterator[Mention]:
    """``the government`` (or a minister's ``this Government``) in a British or American document is that
    country's government."""
    country = document_country(mentions) or _currency_country(doc) or _title_country(doc)
    entry = registry().by_name.get(_GOVERNMENT.get(country or "", ""))
    if entry is None:
        return
    taken = {k for m in mentions for k in range(m.i, m.j)}
    words = doc_words(doc)
    lower = words.lower
    for k in range(1, len(lower)):
        if lower[k] != "government" or k in taken:
            continue
        before = lower[k - 1]
        other = lower[k - 3] if k >= 3 and lower[k - 2] in ("and", "or", "&") else lower[k - 2] if k >= 2 else ""
        national = before in _NATIONAL_WORDS.get(country or "", ()) and other not in _OTHER_LEVELS
        if before not in _GOVERNMENT_DETERMINERS and not national:
            continue
        tok = words.tokens[k]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ != "appos":
            continue  # "the government department": a modifier, not the government itself
        i = k - 1 if national else k  # "the federal government", "central government": the word is the name's
        yield _mention(doc, i, tok.i + 1, ORG, "government", registry=entry, raw=f"{before} {tok.text}")


#: The word before "government" that makes it the country's national one: "the federal government" (US),
#: "central government" (UK).
_NATIONAL_WORDS = {"US": ("federal",), "GB": ("central", "national")}
#: Words that make a government another level's: "the state and federal government", "local and central government".
_OTHER_LEVELS = frozenset({"state", "local", "tribal", "county", "city", "municipal"})


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the most trustworthy mention where two overlap; nested registry mentions stay as extras."""
    rank = {"pattern": 0, "dateline": 0, "composite": 1, "registry": 1, "acronym-definition": 2, "acronym": 2, "government": 2,
            "short-form": 3, "ner": 4}
    kept: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for m in sorted(mentions, key=lambda m: (rank.get(m.source, 9), -(m.j - m.i), m.i)):
        if (m.i, m.j, m.type) in seen:
            continue
        seen.add((m.i, m.j, m.type))
        if m.nested:
            kept.append(m)
            continue
        rivals = [k for k in kept if not k.nested and _overlaps(m, k)]
        if not rivals:
            kept.append(m)
        elif m.registry is not None and all(k.i <= m.i and m.j <= k.j and (k.i, k.j) != (m.i, m.j) and k.registry is not m.registry
                                            and k.type == m.type and k.canonical is None for k in rivals):
            m.nested = True  # "North Carolina" inside "the Middle District of North Carolina"
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, -m.end))


def _separate_inside(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """Is a name inside a longer one a body of its own (``FBI`` in ``FBI Omaha Field Office``,
    ``London Assembly`` in ``London Assembly's Police and Crime Committee``) rather than the start of another name?"""
    if m.type == PLACE:
        return True
    if doc[m.i].text.isupper() and m.j - m.i == 1:
        return True
    outer = next((o for o in mentions if not o.nested and o.type == ORG and o.i <= m.i and m.j <= o.j), None)
    after = doc[m.j] if m.j < len(doc) else None
    if after is not None and (outer is None or m.j < outer.j) and (after.text in _POSSESSIVE or after.text in (",", "(")):
        return True  # (not "(HMPPS)" after "His Majesty's Prison and Probation Service": the bracket is the outer's)
    if outer is not None and outer.registry is not None and m.registry is not None and m.registry.kind == "government" \
            and m.i == outer.i and _opens_registry_name(doc, m, outer):
        return False  # "U.S. Government" in "U.S. Government Accountability Office": the first words of its name
    if outer is not None and m.registry is not None and _owner_after_of(doc, outer, m.i, m.j, m.registry):
        return True  # "Economic Crime Unit of Avon and Somerset Police": the force
    return outer is not None and m.j < outer.j and m.registry is not None and _parent_prefix(doc, outer, m.i, m.j, m.registry)


def _opens_registry_name(doc: Doc, m: Mention, outer: Mention) -> bool:
    """Whether ``m``'s words past a country (``U.S. Government``) are the first words of the registry name of the
    longer body it opens (``Government Accountability Office``)."""
    return norm_key(outer.registry.name).startswith(without_country(norm_key(m.text)) + " ")


#: Kinds of registry bodies that name their units after themselves ("U.S. Department of Justice Task Force on ...").
_PARENT_KINDS = frozenset({"agency", "government_department", "government", "devolved_government", "legislature"})


def _parent_prefix(doc: Doc, outer: Mention, a: int, b: int, entry: RegistryEntry) -> bool:
    """A department or agency the registry knows opening a longer name whose own head is a unit's noun
    (``U.S. Department of Justice Task Force on ...``, ``Home Office Violence Reduction Unit``): the parent is a body
    of its own, named by the text."""
    if a != outer.i or b >= outer.j or entry.kind not in _PARENT_KINDS or not _is_cap(doc[b]):
        return False
    k = b
    while k < outer.j and doc[k].lower_ not in _HEAD_PREPS:
        if doc[k].lower_ in ORG_HEADS and k > b or doc[k].lower_ in ("force", "unit", "office", "division", "team", "centre", "center"):
            return True
        k += 1
    return False


def find_mentions(doc: Doc) -> list[Mention]:
    """Every person, organisation, place and policy-like name in ``doc``, in text order."""
    doc_words(doc)  # (also lets go of the previous document's Words: every extraction starts here)
    heads = headline_lines(doc_text(doc))
    titled = list(_nicknamed_people(doc)) + list(_titled_names(doc)) + list(_initial_names(doc))
    for m in titled:
        m.headline = _in_any(m.start, heads)
    mentions = list(_from_patterns(doc)) + list(_datelines(doc)) + list(_from_ents(doc, heads)) + titled
    mentions += list(_listed_committees(doc))
    mentions += list(_listed_divisions(doc)) + list(_listed_departments(doc)) + list(_post_offices(doc)) + list(_prisons(doc)) + list(_regional_units(doc))
    mentions += list(_criminal_groups(doc)) + list(_linked_places(doc)) + list(_mastheads(doc))
    mentions += list(_coordinated_policies(doc, heads))
    mentions += list(_commissioner_areas(doc)) + list(_law_names(doc)) + list(_short_operations(doc))
    mentions += list(_names_after_posts(doc)) + list(_names_before_posts(doc)) + list(_names_before_letters(doc))
    for m in _body_names(doc):
        entry = registry().lookup(m.text)
        if entry is not None:
            m.registry, m.source = entry, "registry"
        m.headline = _in_any(m.start, heads)
        mentions.append(m)
    mentions = [c for c in (_cut_at_headline_verb(doc, m) for m in mentions) if c is not None]
    mentions = _join_hyphened_names(doc, mentions)
    mentions = _resolve_overlaps(mentions)
    for m in mentions:
        if m.type == ORG and not m.nested:
            _extend_listed_name(doc, m)
            _extend_remit_pair(doc, m)
    mentions = _resolve_overlaps(mentions)
    mentions += list(_acronyms(doc, mentions))
    mentions = _resolve_overlaps(mentions)
    mentions += list(_short_forms(doc, mentions))
    mentions = _local_short_names(doc, mentions)
    mentions = _home_readings(doc, mentions)
    mentions += list(_government(doc, mentions))
    mentions = _resolve_overlaps(mentions)
    for m in list(mentions):
        if not m.nested and m.type == ORG and (m.registry is not None or m.source in ("pattern", "composite")):
            mentions.extend(_nested_registry(doc, m))
    mentions = _resolve_overlaps(mentions)
    mentions = [m for m in mentions if not (m.nested and m.source == "registry" and not _separate_inside(doc, m, mentions))]
    mentions = _listed_places(doc, mentions)
    # headlines: the small model guesses wildly in title case; keep only names the body confirms
    body = {norm_key(m.text) for m in mentions if not m.headline}
    body_words = {w for k in body for w in k.split()}
    # "before the U.S. House ... Committee on Oversight ..., Subcommittee on Government Operations" in a testimony's
    # heading and "Members of the Subcommittee" in its body: the body refers back to the heading's body
    words = doc_words(doc)
    lower = words.lower
    referred = {words.text[k] for k in range(1, len(lower)) if lower[k - 1] in ("the", "this") and lower[k] in ORG_HEADS
                and words.cap[k] and not _in_any(words.tokens[k].idx, heads)}
    out = []
    defined = {m.text for m in mentions if m.source == "acronym"}
    things = _thing_acronyms(doc, mentions, defined)
    not_bodies = _defined_non_bodies(doc)
    plural = {(m.start, m.end) for m in mentions
              if m.type == ORG and m.source == "ner" and m.registry is None and not m.nested and _plural_thing(doc, m)}
    for m in mentions:
        if m.headline and m.source in ("ner", "composite"):
            key = norm_key(m.text)
            if m.type == PERSON and _INITIAL_NAME.fullmatch(m.text):
                pass  # "Statement of Michael E. Horowitz": a first name, initial and surname are a name in any line
            elif m.type == PERSON and _byline(doc, m):
                pass  # "Jayne Bryant MS, Cabinet Secretary for Housing": who signs a written statement
            elif m.type == PERSON and key not in body and not set(key.split()) <= body_words:
                m = _headline_person(doc, m)  # "Attorney General Jane Roe Delivers Remarks": titled, cut at the verb
                if m is None:
                    continue
            elif key not in body and not (m.type == ORG and m.j - m.i >= 3 and name_head(doc, m.i, m.j).text in referred):
                continue
        if m.type in (PERSON, ORG) and m.source in ("ner", "composite") and _is_charge(doc, m):
            continue
        if (m.start, m.end) in plural:
            continue  # "Elderly Offenders", "Corrosive Chemical Attacks": a heading's topic, no body
        if m.type == ORG and m.source == "ner" and m.registry is None and m.text in things:
            continue  # one use as a thing ("the PEEL report") and the acronym is a thing throughout the document
        if m.type == ORG and m.source == "ner" and m.registry is None and m.text in not_bodies:
            continue  # "Domestic Violence Awareness Month (DVAM)": the acronym of an event, a law or a scheme
        if m.type == PLACE and (_country_as_modifier(doc, m) or _demonym(doc, m)):
            continue  # "$508,000 in U.S. currency", "the UK budget position": a country's short form as an adjective;
            # "Londoners": the people of a place
        if m.type == ORG and m.registry is None and m.source == "ner" and (_broken_name(doc, m) or _abstract_name(doc, m)):
            continue  # "Uniformed Services Employment and Re(-employment Act)", "Safety, Health(, and Wellness plan)"
        if m.type == PERSON and m.source == "ner" and (_thing_named(doc, m) or (
                m.j - m.i == 1 and doc[m.i].pos_ != "PROPN" and _common_word(doc, m))):
            continue  # "Heroin", "Update"; "Victim Support", "Jesus College", "Bronzefield Prison": no person
        if m.type == PLACE and m.registry is None and (m.source == "ner" and _common_word(doc, m) or _not_a_place(doc, m)):
            continue  # "Hate", "Outcomes": a common word; "Prison Fellowship", "National Conference on ...": a body's,
            # a scheme's or an event's name
        if m.type in (PERSON, PLACE) and m.registry is None and _storm_name(doc, m):
            continue  # "Hurricanes Harvey and Irma", "Storm Ciaran": a storm's name is no person and no place
        if m.registry is not None and m.j - m.i == 1 and m.text.isupper() and _shouting_line(doc, m.start) \
                and not any(x.registry is m.registry and not _shouting_line(doc, x.start) for x in mentions):
            continue  # "MPS CALL FOR URGENT ACTION": a capitalised headline's word ("MPs") is no acronym
        out.append(m)
    return _with_known_surnames(doc, out)


_CAPS_RUN = re.compile(r"[A-Z]{2}")


def _item_end(doc: Doc, a: int, end: int) -> int:
    """Where a short capitalised name opening at token ``a`` ends: capitalised words, and hyphens with the words
    they join (``Stanford-le-Hope``)."""
    words = doc_words(doc)
    text, cap = words.text, words.cap
    k = a
    while k < end:
        t = text[k]
        if cap[k] and (t.isalpha() or t == "St.") and not _CAPS_RUN.search(t):
            k += 1  # (not an acronym: "New Mexico" of "New Mexico HIDTAs")
        elif k > a and t == "-" and k + 1 < end and text[k + 1].isalpha() and not words.tokens[k - 1].whitespace_ \
                and not words.tokens[k].whitespace_:
            k += 2
        else:
            break
    return k


def _name_lists(doc: Doc, sent: Span) -> Iterator[list[tuple[int, int]]]:
    """The lists of short capitalised names in ``sent`` (``Braintree, Chelmsford, Saffron Walden and Witham``): each
    list's items as token spans, three or more, the last after ``and`` or ``or``. An item is a run of capitalised
    words (at most six tokens), hyphened words included."""
    text = doc_words(doc).text
    k, end = sent.start, sent.end
    while k < end:
        items: list[tuple[int, int]] = []
        closed = last = False
        j = k
        while True:
            e = _item_end(doc, j, end)
            if e == j or e - j > 6:
                break
            items.append((j, e))
            if closed:
                last = True
                break
            if e < end and text[e] == ",":
                j = e + 1
                if j < end and text[j] in ("and", "or"):
                    j += 1
                    closed = True
            elif e < end and text[e] in ("and", "or"):
                j = e + 1
                closed = True
            else:
                break
        if last and len(items) >= 3:
            yield items
        k = max(k + 1, items[-1][1]) if items else k + 1


def _listed_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``assigned to Braintree, Chelmsford, Saffron Walden and Witham``: in a list of short names most of which are
    places, every item is a place. The recogniser misses some (``Witham``), takes others for people (``Saffron
    Walden``) and runs neighbours into one name (``Colchester, Harwich``); a list that holds a body or a person the
    text marks as such (a registry body, a body's head word, a title) is left as it is."""
    if doc_text(doc).count(",") < 2:
        return mentions
    starts = {m.i: m for m in mentions if not m.nested}
    out = mentions
    for sent in doc_sents(doc):
        for items in _name_lists(doc, sent):
            lo, hi = items[0][0], items[-1][1]
            inside = [m for m in out if not m.nested and m.i < hi and lo < m.j]
            places = blocked = 0
            for a, b in items:
                m = starts.get(a)
                exact = m is not None and (m.i, m.j) == (a, b)
                if m is not None and m.type == PLACE and (exact or m.j > b):  # (a place run into the next items)
                    places += 1
                elif exact and m.type != PLACE and (m.registry is not None or m.source != "ner"):
                    blocked += 1
                elif any(doc[x].lower_ in ORG_HEADS or doc[x].ent_type_ == "TITLE" for x in range(a, b)):
                    blocked += 1
            if any(m.registry is not None and m.j - m.i > 1 and any(m.i < b <= m.j - 1 for _, b in items) for m in inside):
                continue  # "Leicester, Leicestershire and Rutland": one registry name with commas in it
            # after "in", "to", "across": one known place is enough (the recogniser takes small towns for people and
            # bodies); not in a headline, whose capitals are no sign of a name
            locative = lo > 0 and doc[lo - 1].lower_ in ("in", "at", "across", "to", ":") and \
                not _in_any(doc[lo].idx, headline_lines(doc_text(doc)))
            if blocked or places < 1 or (not locative and (places < 2 or 2 * places < len(items))):
                continue
            if any(m.i < lo or m.j > hi for m in inside):
                continue  # a name that runs out of the list: not a list of places
            keep = [m for m in inside if m.type == PLACE and any((m.i, m.j) == item for item in items)]
            have = {(m.i, m.j) for m in keep}
            new = [_mention(doc, a, b, PLACE, "composite", raw=_text(doc, a, b)) for a, b in items if (a, b) not in have]
            gone = {id(m) for m in inside if m not in keep}
            out = [m for m in out if id(m) not in gone] + new
    return sorted(out, key=lambda m: (m.start, -m.end)) if out is not mentions else mentions


_STORM_WORDS = frozenset({"hurricane", "hurricanes", "storm", "storms", "typhoon", "cyclone", "tornado"})


def _country_as_modifier(doc: Doc, m: Mention) -> bool:
    """A country's short form (``U.S.``, ``UK``) written as the modifier of a lower-case noun (``U.S. currency``,
    ``UK budget``, ``US soil``): it describes the noun and names no place of the text."""
    if m.j - m.i != 1 or m.j >= len(doc) or m.registry is None or m.registry.kind != "country":
        return False
    t, nxt = doc[m.i], doc[m.j]
    if not (t.text.replace(".", "").isupper() and len(t.text.replace(".", "")) <= 3 and nxt.is_lower and nxt.is_alpha):
        return False
    if nxt.pos_ == "NOUN" and t.head.i == nxt.i:
        return True  # "U.S. currency"
    after = doc[m.j + 1] if m.j + 1 < len(doc) else None  # "the UK budget position"
    return after is not None and nxt.pos_ in ("NOUN", "ADJ") and after.is_lower and after.pos_ == "NOUN" and \
        t.head.i == after.i


#: Head words of charities, trusts and institutions that ORG_HEADS leaves out: "Victim Support Trust", "Hestia
#: Foundation", "Westshire University".
_INSTITUTION_WORDS = frozenset({"union", "centre", "center", "trust", "network", "partnership", "foundation", "charity",
                                "school", "university", "hospital"})
#: Words of a body's name besides ORG_HEADS (and a post's words): a capitalised run with one of them may be a body.
_BODY_WORDS = ORG_HEADS | _INSTITUTION_WORDS | TITLE_HEADS | frozenset({
    "group", "alliance", "coalition", "club", "society", "company", "corporation", "inc", "ltd", "commissioner",
    "secretariat", "academy", "consortium", "forum", "league", "project", "mission", "business", "operation", "hmp",
    "yoi", "hmyoi", "against"})
_ABSTRACT_ENDINGS = ("ing", "tion", "sion", "ness", "ment", "ance", "ence", "ity", "ism")


def _abstract_name(doc: Doc, m: Mention) -> bool:
    """A capitalised run the recogniser took for a body that has no body's word in it and ends in an abstract noun
    (``Neighbourhood Policing``, ``Transforming Rehabilitation``, ``Overdose Awareness``, ``Olweus Bully
    Prevention``): a scheme's, a campaign's or a topic's name, no body."""
    words = [t for t in doc[m.i:m.j] if t.is_alpha]
    if len(words) < 2 or any(t.lower_ in _BODY_WORDS for t in words):
        return False
    last = words[-1].lower_
    return (last.endswith(_ABSTRACT_ENDINGS) and len(last) > 5) or last in _THING_NAME_ENDS


#: Last words of the names of documents, events, topics and groups of people, never of a body: "High-Risk List",
#: "Public Safety Alert", "Boston Marathon Bombings", "Violence Against Women and Girls", "County Lines".
_THING_NAME_ENDS = frozenset({"list", "statement", "memoranda", "memorandum", "report", "practice", "strategy",
                              "alert", "plan", "guidance", "code", "review", "bombings", "bombing", "attacks", "lines",
                              "outcomes", "activities", "week", "month", "tactics", "victims", "girls", "together",
                              "justice", "medical", "operations", "tax", "sentences", "mix", "efforts"})


def _broken_name(doc: Doc, m: Mention) -> bool:
    """A body's name the recogniser cut in the middle of a word (it ends right before a hyphen that joins the next
    word: ``... Employment and Re`` of ``Re-employment``) or a comma list of topics with no body's head word in it
    (``Safety, Health`` of ``the Safety, Health, and Wellness plan``)."""
    last = doc[m.j - 1]
    if m.j + 1 < len(doc) and not last.whitespace_ and doc[m.j].text == "-" and not doc[m.j].whitespace_ \
            and doc[m.j + 1].is_alpha:
        return True
    words = [t for t in doc[m.i:m.j]]
    commas = [k for k, t in enumerate(words) if t.text == "," and not (k + 1 < len(words) and
                                                                     words[k + 1].text.rstrip(".") in _COMPANY_ENDS)]
    return bool(commas) and not any(t.lower_ in ORG_HEADS for t in words)  # (", Inc." ends a company's name)


_COMPANY_ENDS = frozenset({"Inc", "Ltd", "LLC", "LLP", "Co", "Corp", "PLC", "plc", "L.P", "LP", "S.A", "N.A"})


#: Last words of a name that make it a body's, a place's or a thing's, never a person's.
_THING_ENDS = ORG_HEADS | _INSTITUTION_WORDS | frozenset({"college", "prison", "support", "memorial", "tour", "border",
                                                           "hubs", "hub", "samaritans", "coopers"})


def _thing_named(doc: Doc, m: Mention) -> bool:
    """A name the recogniser took for a person that ends in a body's or a thing's head word (``Victim Support``,
    ``Bronzefield Prison``, ``Brigades Union``)."""
    return m.j - m.i >= 2 and doc[m.j - 1].lower_ in _THING_ENDS


#: Words that make a capitalised run a body, a scheme or an event, never a place, at its end or start.
_NOT_PLACE_ENDS = ORG_HEADS | frozenset({"fellowship", "conference", "programme", "program", "scheme", "fund",
                                         "initiative", "trust", "charity", "foundation", "partnership"})
_NOT_PLACE_STARTS = frozenset({"programme", "program", "operation", "project", "deputy", "acting", "joins", "visits",
                               "welcomes", "announces", "launches", "opens"})


def _not_a_place(doc: Doc, m: Mention) -> bool:
    """A run taken for a place that ends in a body's or a scheme's word (``Prison Fellowship``), has an event's word
    anywhere (``National Conference on Juvenile Justice``) or opens with a scheme's word, a post's modifier or a
    headline verb (``Programme Metis``, ``Deputy West Midlands`` of a post, ``Joins Bloomington``)."""
    return m.j - m.i >= 2 and (doc[m.j - 1].lower_ in _NOT_PLACE_ENDS or doc[m.i].lower_ in _NOT_PLACE_STARTS or
                               any(t.lower_ in _EVENT_WORDS for t in doc[m.i:m.j]))


#: Words of an event's name anywhere in it: "National Conference on Juvenile Justice", "Summit on Knife Crime".
_EVENT_WORDS = frozenset({"conference", "summit", "symposium", "forum", "fellowship"})


def _common_word(doc: Doc, m: Mention) -> bool:
    """A one-word name in title case (``Hate`` of a heading's ``Hate Crime``, a heading's first ``Supporting``) that
    the tagger reads as no proper noun, or whose lower-case form the text also writes as a word: a common word the
    recogniser took for a place or a person."""
    if m.j - m.i != 1 or not m.text[:1].isupper() or not m.text[1:].islower():
        return False
    if doc[m.i].pos_ != "PROPN":
        return True  # ("Supporting child witnesses": the tagger read a verb or an adjective)
    words = doc_words(doc)
    if ("written",) not in words.memo:
        words.memo[("written",)] = frozenset(words.text)  # (the document's words as written, read once)
    return m.text.lower() in words.memo[("written",)]


def _demonym(doc: Doc, m: Mention) -> bool:
    """``Londoners``, ``New Yorkers``: the people of a place the text names (or the registry knows), no place
    themselves."""
    if m.registry is not None or not m.text.endswith("ers") or len(m.text) < 6 or doc[m.j - 1].tag_ not in ("NNPS", "NNS"):
        return False
    if m.j - m.i == 1 and doc[m.i].tag_ == "NNPS":
        return True  # a plural proper noun ("on behalf of Londoners"): a people, whichever place it is named after
    for stem in (m.text[:-3], m.text[:-2]):  # "London" + "ers", "Rochdale" + "rs"
        entry = registry().lookup(stem)
        if entry is not None and entry.type == PLACE or re.search(rf"\b{re.escape(stem)}\b", doc_text(doc)):
            return True
    return False


def _storm_name(doc: Doc, m: Mention) -> bool:
    """The name of a storm: it opens with a storm word, or a storm word comes before it over other names of a list
    ("Hurricanes Harvey and Irma")."""
    if doc[m.i].lower_ in _STORM_WORDS:
        return True
    k = m.i - 1
    while k >= 0 and m.i - k <= 6 and (doc[k].lower_ in ("and", ",", "tropical") or (doc[k].is_alpha and _is_cap(doc[k]))):
        if doc[k].lower_ in _STORM_WORDS:
            return True
        k -= 1
    return k >= 0 and doc[k].lower_ in _STORM_WORDS


def _shouting_line(doc: Doc, pos: int) -> bool:
    """The line holding character ``pos`` is written all in capitals (four words or more)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z]+", line)
    return len(words) >= 4 and all(w.isupper() for w in words)


def _with_known_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``Sally Quillian`` before ``Yates`` where the story also names ``Sally Q. Yates``: the recogniser stopped a
    name one word short; a capitalised word right after a person's name that is the surname of another person named
    in the document with the same first name completes it."""
    people = [m for m in mentions if m.type == PERSON and m.j - m.i >= 2]
    surnames = {(doc[m.i].lower_, doc[m.j - 1].text) for m in people}
    taken = {k for m in mentions for k in range(m.i, m.j)}
    out = []
    for m in mentions:
        k = m.j
        if m.type == PERSON and m.source == "ner" and m.j - m.i >= 2 and k < len(doc) and k not in taken \
                and doc[k].is_alpha and doc[k].is_title and doc[k].pos_ == "PROPN" \
                and (doc[m.i].lower_, doc[k].text) in surnames and doc[m.j - 1].text != doc[k].text:
            m = _mention(doc, m.i, k + 1, PERSON, m.source, headline=m.headline, raw=_text(doc, m.i, k + 1))
        out.append(m)
    return out


def _plural_thing(doc: Doc, m: Mention) -> bool:
    """A name the recogniser called a body whose head noun is a plural that names no body, post or collective
    (``Elderly Offenders``, ``Corrosive Chemical Attacks``, ``Sentence Reductions``): people or things in a title-case
    heading. Bodies named after plural things keep their own head (``Bureau of Prisons``, ``... Task Forces``,
    ``Police and Crime Commissioners``)."""
    if m.j - m.i < 2 or (m.j < len(doc) and doc[m.j].text == "("):
        return False  # (a name that defines an acronym is left to the acronym rules: "Safe Futures (SF) grants")
    head = name_head(doc, m.i, m.j)
    low = head.lower_
    if not (head.tag_ in ("NNS", "NNPS") and low.endswith("s") and not low.endswith("ss")):
        return False
    stems = {low, low[:-1], low[:-2] if low.endswith("es") else low, head.lemma_.lower()}
    if low.endswith("ies"):
        stems.add(low[:-3] + "y")
    return not stems & (ORG_HEADS | _COLLECTIVE_NOUNS | TITLE_HEADS | POLICY_HEADS | _BODY_PLURAL_HEADS)


#: Plural heads that name bodies of people ("... Task Forces", "Guardian Angels" aside: gangs are named in the singular
#: or by the registry's kinds).
_BODY_PLURAL_HEADS = frozenset({"force", "forces", "services", "courts", "partners", "members", "officers", "agencies",
                                "offices", "units", "teams", "groups", "authorities", "councils", "boards", "marshals",
                                "troopers", "rangers", "guards", "attorneys", "prosecutors", "inspectors", "friends",
                                "families", "victims", "survivors", "mothers", "parents", "doctors", "nurses", "kings",
                                "angels", "disciples", "bloods", "crips", "brothers", "sisters", "sons", "daughters"})


#: Headline verbs that never end a name, whatever the parser tags them ("Ministry of Justice Unveils ...").
_NEWS_VERBS = frozenset({"announces", "unveils", "launches", "welcomes", "urges", "warns", "says", "delivers",
                         "outlines", "releases", "publishes", "confirms", "expands", "marks", "celebrates", "invests",
                         "awards", "establishes", "creates", "commits", "pledges", "provides"})


#: Verbs headlines set in title case after a name ("... Jane Roe Announces", "... Delivers Remarks"): the news
#: verbs below (but "Marks", a surname) and these.
_HEADLINE_VERBS = frozenset({"announce", "announced", "deliver", "unveil", "launch", "say", "warn", "testify",
                             "testifies", "speak", "speaks", "visit", "visits", "join", "joins", "hosts", "highlight",
                             "highlights", "welcome", "issue", "issues", "release", "urge", "sign", "signs", "award",
                             "remarks", "statement", "sworn", "named", "appointed", "meet", "meets", "honor", "honors",
                             "honour", "honours", "address", "addresses", "outline", "praise", "praises", "to", "on",
                             # other verbs of a headline's news, in the third person ("U.S. Attorney Establishes ...")
                             "forms", "funds", "proposes", "considers", "introduces", "names", "appoints", "recognizes",
                             "recognises", "reminds", "seeks", "files", "secures", "convenes", "applauds", "commends",
                             "congratulates", "condemns", "responds", "thanks", "supports", "receives", "hails",
                             "discusses", "tours", "attends", "unveiled", "launched", "lauds", "celebrates",
                             "salutes", "stresses", "emphasizes", "emphasises", "underscores", "touts", "vows",
                             "pledges", "encourages", "acknowledges", "champions"}) | (_NEWS_VERBS - {"marks"})


def _cut_at_headline_verb(doc: Doc, m: Mention) -> Mention | None:
    """``Department of Justice Announces First Step Act Progress``: a body's name a title-case headline ran into its
    verb ends before the verb (a present-tense verb the parser finds, in the headline verbs' list); a person's
    name ends before a speech noun the recogniser ran it into (``Leahy Remarks Hearing On ...``)."""
    if m.type == PERSON and m.source == "ner" and m.j - m.i >= 2:
        k = next((k for k in range(m.i + 1, m.j) if _is_cap(doc[k]) and doc[k].lower_ in _SPEECH_NOUNS), None)
        return m if k is None else _mention(doc, m.i, k, PERSON, m.source, headline=m.headline, raw=m.raw)
    if m.type != ORG or m.registry is not None or m.j - m.i < 3:
        return m
    k = next((k for k in range(m.i + 1, m.j - 1) if _is_cap(doc[k]) and (
        (doc[k].lower_ in _HEADLINE_VERBS and doc[k].tag_ == "VBZ") or doc[k].lower_ in _NEWS_VERBS)), None)
    if k is None:
        return m
    i, j = _strip(doc, m.i, k)
    if i >= j:
        return m
    entry = registry().lookup(_text(doc, i, j))
    if entry is not None:
        return _mention(doc, i, j, entry.type, "registry", registry=entry, headline=m.headline, raw=m.raw)
    if doc[j - 1].lower_ in ORG_HEADS | _BODY_END_NOUNS:
        return _mention(doc, i, j, ORG, m.source, headline=m.headline, raw=m.raw)
    return m if m.source == "registry" else None  # "Compassionate Releases/...": no body before the verb


def _headline_person(doc: Doc, m: Mention) -> Mention | None:
    """A person the body never names, kept from a headline only next to a title and as a full name
    (``Attorney General Jane Roe Delivers Remarks``, ``Statement of Jane Roe, Inspector General``)."""
    k = m.j
    while k < len(doc) and (doc[k].text in titles().post_nominals or doc[k].text in POST_LETTERS):
        k += 1  # "Angela Constance MSP, Cabinet Secretary for Justice": letters after the name
    k = k + 1 if k < len(doc) and doc[k].text == "," else k
    if k < len(doc) and doc[k].is_space and doc[k].text.count("\n") == 1:
        k += 1  # a signature: the name on one line, the title on the next ("Jane Roe\nHM Chief Inspector of Prisons")
    if k + 1 < len(doc) and doc[k].text in ("HM", "HMI"):
        k += 1  # "HM Chief Inspector of Prisons"
    if not _titled(doc, m.i) and not (k < len(doc) and doc[k].ent_type_ == "TITLE") \
            and not _title_of_before(doc, m.i) and not _speech_byline(doc, m) and not _author_line(doc, m, k):
        return None
    j = m.i
    while j < m.j and doc[j].lower_ not in _HEADLINE_VERBS:
        j += 1
    if j - m.i < 2:
        return None
    return m if j == m.j else _mention(doc, m.i, j, PERSON, m.source, headline=True, raw=m.raw)


def _author_line(doc: Doc, m: Mention, k: int) -> bool:
    """A full name alone on its line (``k`` is past its letters) before a paragraph in the first person: the author
    of a written statement (``Stephen Hammond`` / ``I wanted to update the House ...``)."""
    if m.j - m.i < 2 or m.i > 0 and "\n" not in doc[m.i - 1].text and "\n" not in doc[m.i - 1].whitespace_:
        return False  # (a word before it on its line)
    if k >= len(doc) or not doc[k].is_space or "\n" not in doc[k].text:
        return False
    return k + 1 < len(doc) and doc[k + 1].lower_.replace("\u2019", "'") in {"i", "we", "my", "our"}


#: Nouns a headline gives a speech, statement or letter by: "Jane Roe – speech: ...", "Remarks by Jane Roe".
_SPEECH_NOUNS = frozenset({"speech", "remarks", "statement", "testimony", "keynote", "address", "lecture", "letter",
                           "evidence", "foreword", "op-ed", "article", "blog"})


def _speech_byline(doc: Doc, m: Mention) -> bool:
    """A headline naming whose speech, remarks or letter the document is: ``Jane Roe – speech: Policing
    Conference``, ``Speech by Jane Roe``, ``Letter from Jane Roe``, ``Testimony of Jane Roe`` (a full name)."""
    if m.j - m.i < 2:
        return False
    k = m.j
    while k < len(doc) and doc[k].text in ("\u2013", "\u2014", "-", ":", ","):
        k += 1
    if k > m.j and k < len(doc) and doc[k].lower_ in _SPEECH_NOUNS:
        return True
    return m.i >= 2 and doc[m.i - 1].lower_ in ("by", "from", "of") and doc[m.i - 2].lower_ in _SPEECH_NOUNS


def _title_of_before(doc: Doc, i: int) -> bool:
    """A title with its remit and a comma right before token ``i``, on one line: ``HM Chief Inspector of
    Probation, Martin Jones`` (a report's foreword or signature line)."""
    k = i - 1
    if k < 1 or doc[k].text != ",":
        return False
    k -= 1
    seen_of = False
    while k >= 0 and i - k <= 8 and "\n" not in doc[k].text:
        if doc[k].ent_type_ == "TITLE":
            while not seen_of and k >= 0 and doc[k].ent_type_ == "TITLE":
                seen_of = doc[k].lower_ == "of"  # a title with its remit inside ("HM Chief Inspector of Probation")
                k -= 1
            return seen_of
        if doc[k].lower_ == "of":
            seen_of = True
        elif not (doc[k].pos_ == "PROPN" or doc[k].lower_ in ("the", "and", "&")):
            return False
        k -= 1
    return False


def _titled(doc: Doc, i: int) -> bool:
    """Is there a title right before token ``i`` (honorifics skipped): ``Attorney General Jane Roe Delivers Remarks``."""
    k = i - 1
    while k >= 0 and _is_title_or_honorific(doc[k]) and doc[k].ent_type_ != "TITLE":
        if titles().match([doc[k].text]) is not None:
            return True
        k -= 1
    return k >= 0 and doc[k].ent_type_ == "TITLE"


#: First words of criminal charges written in capitals ("Conspiracy to Commit Wire Fraud",
#: "Possession of a Firearm by a Prohibited Person"): an offence, not a person or a body.
_CHARGE_STARTS = frozenset({"conspiracy", "possession", "distribution", "attempted", "unlawful", "felon", "trafficking",
                            "brandishing", "discharging", "carrying", "manufacturing", "possessing", "conspiring",
                            "aiding", "receipt", "transportation", "importation", "solicitation", "obstruction",
                            "interference", "misprision", "accessory"})
_CHARGE_WORDS = frozenset({"commit", "intent", "firearm", "firearms", "ammunition", "controlled", "substance",
                           "fraud", "robbery", "murder", "methamphetamine", "cocaine", "heroin", "fentanyl", "prohibited",
                           "violence", "trafficking", "crime", "justice", "possession", "distribute", "felon"})


def _is_charge(doc: Doc, m: Mention) -> bool:
    words = [t.lower_ for t in doc[m.i : m.j]]
    if words[0] in _CHARGE_STARTS and len(words) > 1:
        # "Possession with Intent to Distribute" is a charge; "Trafficking Victims Protection Act", "Possession
        # Crime Unit" and "Trafficking Task Force" end in a law's or a body's noun and are names
        last = words[-1]
        return m.registry is None and last not in ORG_HEADS and last not in _LAW_WORDS and last not in POLICY_HEADS \
            and last not in ("force", "forces", "squad", "partnership")
    # the recogniser may start the span inside the charge: "Firearm by a Prohibited Person"
    if m.i > 0 and doc[m.i - 1].lower_ in ("of", "to", "by", "in", "with", "a") and any(w in _CHARGE_WORDS for w in words):
        k = m.i - 1
        while k >= 0 and k > m.i - 8 and "\n" not in doc[k].text:
            if doc[k].lower_ in _CHARGE_STARTS and _is_cap(doc[k]):
                return True
            k -= 1
    return False


#: Nouns an undefined acronym modifies when it names a tool, database, programme or inspection, not a body.
_NON_BODY_NOUNS = frozenset({"report", "reports", "inspection", "inspections", "assessment", "assessments", "database",
                             "system", "network", "lead", "leads", "programme", "program", "rating", "ratings",
                             "framework", "data", "score", "scores", "test", "tests", "technology", "tool", "check",
                             "checks", "entry", "entries", "hit", "hits", "match", "matches", "results", "process", "approach",
                             "methodology", "model", "grade", "grades", "pills", "tablets", "powder", "substance",
                             "footage", "camera", "cameras", "image", "images", "device", "devices", "equipment", "records",
                             "systems", "programs", "programmes", "databases", "software", "scanner", "scanners"})


def _thing_acronyms(doc: Doc, mentions: list[Mention], defined: set[str]) -> set[str]:
    """Undefined acronyms the recogniser called bodies that the document somewhere uses as a thing."""
    cands = {m.text for m in mentions if m.type == ORG and m.source == "ner" and m.registry is None and m.j - m.i == 1
             and m.text not in defined and doc[m.i].text.isupper()}
    if not cands:
        return set()
    in_policy = {k for m in mentions if m.type == POLICY for k in range(m.i, m.j)}
    out = set()
    for k, word in enumerate(doc_words(doc).text):
        if word in cands and word not in out and (k in in_policy or _tool_acronym(doc, k)):
            out.add(word)
    return out


def _from_nth_capital(words: list[str], n: int) -> list[str]:
    """The tail of ``words`` from its ``n``-th capitalised word counted from the end (the long form of an acronym
    of ``n`` letters, with its lower-case words: ``Chief Inspector of Constabulary``)."""
    seen = 0
    for k in range(len(words) - 1, -1, -1):
        if words[k][0].isupper():
            seen += 1
            if seen == n:
                return words[k:]
    return words


def _defined_non_bodies(doc: Doc) -> set[str]:
    """Acronyms the text defines after the name of an event, law, scheme, system or post (``Domestic Violence
    Awareness Month (DVAM)``, ``Violence Against Women Act (VAWA)``, ``the Chief Inspector of Constabulary (CIC)``),
    or writes before a scheme's noun (``the Urgent Notification (UN) Protocol``, ``the ... (VALOR) initiative``):
    never a body, wherever they stand. (An acronym the registry knows keeps its body.)"""
    text = doc_text(doc)
    out: set[str] = set()
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr")
        before = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[max(0, m.start() - 120) : m.start()])
        if not before:
            continue
        last = before[-1].lower()
        caps = [w for w in before if w[0].isupper()]
        letters = [c for c in acr if c.isupper()]
        spelled = len(caps) >= len(letters) and [w[0] for w in caps[-len(letters):]] == letters
        if spelled and (last in _EVENT_HEADS or last in POLICY_HEADS or last in _LAW_WORDS
                        or last in ("system", "month", "week") or titles().match(_from_nth_capital(before, len(letters)))):
            out.add(acr)  # (a post: "the Chief Inspector of Constabulary (CIC)")
            continue
        if registry().lookup(acr) is not None or last in ORG_HEADS or not before[-1][0].isupper():
            continue
        after = re.match(r"\s*([A-Za-z]+)", text[m.end() : m.end() + 30])
        run = _capitalised_run(before)
        if after is not None and after.group(1).lower() in _THING_NOUNS | _NON_BODY_NOUNS | POLICY_HEADS | {"protocol"}:
            out.add(acr)  # "the Urgent Notification (UN) Protocol", "the ... (VALOR) initiative": the thing's name
        elif run and run[0].lower().rstrip("s") in POLICY_HEADS:
            out.add(acr)  # "The Grants to Prevent Prescription Drug Overdose-Related Deaths (PDO)"
    return out


def _capitalised_run(words: list[str]) -> list[str]:
    """The name that ends ``words``: its capitalised words and the small words between them, from the first capital."""
    k = len(words)
    while k > 0 and (words[k - 1][0].isupper() or words[k - 1].lower() in _NAME_CONNECTORS | {"to", "against", "in"}):
        k -= 1
    run = words[k:]
    while run and (not run[0][0].isupper() or run[0].lower() in ("the", "a", "an", "this", "our")):
        run = run[1:]
    return run


def _tool_acronym(doc: Doc, i: int) -> bool:
    """A lone acronym used as a thing (``the PEEL report``, ``used NIBIN to``), not as a body that acts."""
    tok = doc[i]
    j = i + 1
    if j < len(doc) and doc[j].text in _POSSESSIVE:
        return False
    if i >= 2 and doc[i - 1].text == "(" and doc[i - 2].is_lower and doc[i - 2].is_alpha \
            and j < len(doc) and doc[j].text == ")":
        return True  # "phencyclidine (PCP)": defined as a common noun
    if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and tok.head.lower_ in _NON_BODY_NOUNS and tok.head.i - tok.i <= 3:
        return True
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lower_ in _NON_BODY_NOUNS:
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_ in ("use", "search", "query", "check", "run", "enter", "access", "consult"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("through", "via", "using", "into"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("against", "to", "on", "with") \
            and tok.head.head.lemma_ in ("check", "upload", "enter", "search", "run", "compare", "load", "record", "charge"):
        return True  # "checked against NCIC", "uploaded to CODIS", "charged with GBH": a system or an offence
    return False
