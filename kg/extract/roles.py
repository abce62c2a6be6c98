"""Roles: who holds which post, and where.

:func:`find_roles` yields a :class:`~kg.extract.facts.RoleFact` for each of:

* a title before a name, perhaps led by the body: ``Met Police Assistant Commissioner Sir Stephen House``,
  ``Home Secretary Sajid Javid``, ``FBI SAC Gray``;
* a title in apposition after a name: ``Amber Rudd, the Home Secretary``,
  ``Jane Doe, chief executive of the College of Policing``, ``Nathan Gray, Special Agent in Charge of the FBI``;
* a title in apposition before a name: ``the Mayor of London, Sadiq Khan``, ``The Met commissioner, Sir Bernard Hogan-Howe``.

Titles come from the lexicon (``kg/data/titles.json``, marked as ``TITLE`` by
the ``kg_entities`` ruler, abbreviations such as ``SAC`` checked next to a
name); honorifics (Sir, Dame, Dr) are skipped and never part of the name.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract.entities import (ORG, ORG_HEADS, PERSON, PLACE, POST_LETTERS, REMIT_TITLES, TITLE_HEADS, Mention, Sentences,
                                 doc_text, doc_words, document_country)
from kg.extract.facts import RoleFact, Span
from kg.extract.lexicon import elected_for_area, registry, titles

_APPOS_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_ORG_PREPS = frozenset({"of", "for", "at", "with", "in"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _honorific(text: str) -> bool:
    lex = titles()
    return text in lex.honorifics or text.rstrip(".") in {h.rstrip(".") for h in lex.honorifics}


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    """Words of the honorifics written in more than one word (``Right Honourable``), but not ``The``."""
    return frozenset(w for h in titles().honorifics if " " in h for w in h.split() if w.lower() != "the")


def _as_written(doc: Doc, i: int, j: int, canonical: str) -> str:
    """The lexicon's canonical form of a title (``U.S. Attorney`` and ``US Attorney`` are ``United States Attorney``)."""
    return canonical


#: Words that make a new post of any title they open: "Assistant Director", "Deputy Chief of Staff".
_RANK_PREFIXES = frozenset({"Assistant", "Deputy", "Associate", "Senior", "Executive", "Principal", "Vice"})


_NOT_MODIFIERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "former", "then",
                            "new", "first", "who", "which", "and", "or", "of", "for", "in", "at",
                            # an inverted attribution's verb: "Said Secretary of Education X: ..."
                            "said", "says", "added", "adds", "stated", "explained", "noted", "commented"})


def _modifier(tok) -> bool:  # noqa: ANN001
    """A word that can lead a title's head noun: an adjective or noun, not a body noun, a name or a determiner."""
    return tok.is_alpha and tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.lower_ not in _NOT_MODIFIERS \
        and tok.text not in titles().modifiers \
        and tok.lower_ not in ORG_HEADS and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "DATE") \
        and tok.lower_ not in CONTEXT_BODY_NOUNS


#: Head nouns of posts read from the parse: the title heads, and academic and research posts ("X, associate
#: professor of criminology at Y University", "a senior fellow at the Y Institute").
_POST_HEADS = TITLE_HEADS | {"professor", "fellow", "lecturer", "researcher", "criminologist", "economist"}


def _shaped_title_ending_at(doc: Doc, k: int) -> int | None:
    """First token of a title whose head noun is token ``k`` (``Chief Financial Officer``), from the parse."""
    if not (0 <= k < len(doc)) or doc[k].lower_ not in _POST_HEADS or doc[k].ent_type_ in ("PERSON", "ORG", "GPE"):
        return None
    i = k
    while i > 0 and k - i < 4 and _modifier(doc[i - 1]) and i - 1 < doc[i - 1].head.i <= k:
        i -= 1
    return i


def _shaped_title_starting_at(doc: Doc, k: int) -> int | None:
    """Token after a title that opens at token ``k`` and ends at its head noun (``county sheriff,``)."""
    last = None
    j = k
    while j < len(doc) and j - k < 5 and (_modifier(doc[j]) or doc[j].lower_ in _POST_HEADS):
        if doc[j].lower_ in _POST_HEADS:
            last = j
        j += 1
    if last is None or any(not (t.i < t.head.i <= last) for t in doc[k:last]):
        return None
    if last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN") and doc[last + 1].head.i == last + 1 \
            and doc[last].head.i == last + 1:
        return None  # "the director's office", "chief executive pay": the head noun goes on
    return last + 1


def title_ending_at(doc: Doc, k: int) -> tuple[int, str] | None:
    """``(first token, title as written)`` of a title whose last token is ``k``."""
    hit = _title_ending_at(doc, k)
    shaped = _shaped_title_ending_at(doc, k)
    if shaped is not None and (hit is None or shaped < hit[0]) and (hit is not None or doc[k].text[:1].isupper()
                                                                    or shaped < k):
        return shaped, doc[shaped : k + 1].text
    if hit is not None and hit[0] > 0 and doc[hit[0] - 1].text in _RANK_PREFIXES and not hit[1].startswith(doc[hit[0] - 1].text):
        return hit[0] - 1, f"{doc[hit[0] - 1].text} {hit[1]}"
    return hit


def title_starting_at(doc: Doc, k: int) -> tuple[int, str] | None:
    """``(token after the title, canonical title)`` of a title whose first token is ``k``."""
    shaped = _shaped_title_starting_at(doc, k)
    if 0 <= k < len(doc) - 1 and doc[k].text in _RANK_PREFIXES and _title_starting_at(doc, k) is None:
        hit = _title_starting_at(doc, k + 1)
        if hit is not None and not hit[1].startswith(doc[k].text):
            if shaped is not None and shaped > hit[0]:
                return shaped, doc[k:shaped].text
            return hit[0], f"{doc[k].text} {hit[1]}"
    hit = _title_starting_at(doc, k)
    if shaped is not None and (hit is None or shaped > hit[0]):
        return shaped, doc[k:shaped].text
    return hit


def _title_ending_at(doc: Doc, k: int) -> tuple[int, str] | None:
    if k < 0 or k >= len(doc):
        return None
    tok = doc[k]
    if tok.ent_type_ == "TITLE":
        i = k
        while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_type_ == "TITLE":
            i -= 1
        return i, _as_written(doc, i, k + 1, tok.ent_id_ or doc[i : k + 1].text)
    lex = titles()
    text = doc_words(doc).text  # (the words as plain strings: no Token made for each try)
    for n in range(min(lex.max_words, k + 1), 0, -1):
        hit = lex.match(text[k - n + 1 : k + 1])
        if hit is not None:
            return k - n + 1, _as_written(doc, k - n + 1, k + 1, hit.title)
    return None


def _title_starting_at(doc: Doc, k: int) -> tuple[int, str] | None:
    if k < 0 or k >= len(doc):
        return None
    tok = doc[k]
    if tok.ent_type_ == "TITLE" and tok.ent_iob_ == "B":
        j = k + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return j, _as_written(doc, k, j, tok.ent_id_ or doc[k:j].text)
    lex = titles()
    for n in range(min(lex.max_words, len(doc) - k), 0, -1):
        hit = lex.match([t.text for t in doc[k : k + n]])
        if hit is not None:
            return k + n, _as_written(doc, k, k + n, hit.title)
    return None


class _Index:
    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.at: dict[int, Mention] = {}
        for m in mentions:
            if not m.nested:
                for k in range(m.i, m.j):
                    self.at[k] = m


def _span(m: Mention) -> Span:
    return Span(m.start, m.end)




def _org_before(doc: Doc, idx: _Index, k: int) -> Mention | None:
    """An organisation named right before token ``k`` (``Met Police`` / ``the Met's``)."""
    lex = titles()
    while k >= 0 and doc[k].text in lex.modifiers:
        k -= 1
    if k >= 0 and doc[k].text == ")":  # "Drug Enforcement Administration (DEA) Assistant Special Agent in Charge"
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k >= 0 and doc[k].text in _POSSESSIVE:
        k -= 1
    m = idx.at.get(k)
    return m if m is not None and m.type == ORG else None


def police_force_of(place: str):  # noqa: ANN201
    """The registry's police force of a place (``Kent`` -> Kent Police, ``Durham`` -> Durham Constabulary)."""
    reg = registry()
    for kind in ("Police", "Constabulary", "Police Service"):
        entry = reg.lookup(f"{place} {kind}")
        if entry is not None and entry.type == ORG and entry.kind == "police_force":
            return entry
    return None


def _place_before(doc: Doc, idx: _Index, k: int) -> Span | None:
    """A place whose possessive ends at token ``k`` (``Kent's`` before ``chief constable``) and that has a police
    force; the builder makes it the post's body for police ranks only (guideline 7: "Kent's chief constable" ->
    Kent Police). The recogniser may have missed the place or taken it for a name: the registry decides."""
    if k < 0:
        return None
    if doc[k].text in _POSSESSIVE and k >= 1:
        pass
    elif doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].ent_type_ != "TITLE" and "\n" not in doc[k].whitespace_:
        k += 1  # "Essex Chief Constable Jane Roe": the place written right before the rank
    else:
        return None
    i = k
    while i > 0 and k - i < 4 and doc[i - 1].is_alpha and (doc[i - 1].text[:1].isupper()
                                                           or doc[i - 1].lower_ == "and" and i < k):
        i -= 1
        if doc[i].text[:1].isupper() and police_force_of(doc[i:k].text) is not None:
            m = idx.at.get(i)
            if m is not None and m.type == ORG:
                return None
            return Span(doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text))
    return None


def _org_after(doc: Doc, idx: _Index, j: int, preps: frozenset[str] | tuple[str, ...] = _ORG_PREPS) -> Mention | None:
    """``of the FBI`` / ``for the Home Office`` right after a title (or a titled name) ending before token ``j``."""
    if j < len(doc) and doc[j].lower_ in preps:
        k = j + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        m = idx.at.get(k)
        if m is not None and m.type == ORG:
            if doc[j].lower_ in ("of", "for") and m.j + 1 < len(doc) and doc[m.j].lower_ == "at" and j > 0 \
                    and doc[j - 1].is_title:
                # "Head of the Centre for Police Productivity at the College of Policing": a capitalised post's
                # unit is its remit, the body after "at" the one the post is held in (a lower-case "the director of
                # the Urban Crime Lab at the University" in prose directs the lab)
                at = _org_after(doc, idx, m.j, preps=("at",))
                if at is not None:
                    return at
            return _sub_unit_after(doc, idx, m) or m
    return None


_SUB_UNITS = frozenset({"division", "office", "unit", "branch", "section", "command", "squad", "directorate", "team"})


def _sub_unit_after(doc: Doc, idx: _Index, m: Mention) -> Mention | None:
    """``of the ATF, Kansas City Field Division``: the post is in the division the agency name is followed by;
    ``of the Home Office's Serious Violence Taskforce``: in the body the agency's possessive names."""
    if m.j + 1 < len(doc) and doc[m.j].text in _POSSESSIVE:
        sub = idx.at.get(m.j + 1)
        if sub is not None and sub.type == ORG and sub.i == m.j + 1:
            return sub
    if m.j + 1 < len(doc) and doc[m.j].text == ",":
        sub = idx.at.get(m.j + 1)
        if sub is not None and sub.type == ORG and sub.i == m.j + 1 and doc[sub.j - 1].lower_ in _SUB_UNITS:
            return sub
    return None


#: Body nouns a possessive before a title can use: "the force's Police and Crime Commissioner".
_BODY_NOUNS = frozenset({"force", "service", "constabulary", "department", "agency", "office", "bureau", "council",
                         "authority", "commission", "committee", "ministry", "inspectorate"})
#: Verbs that give their subject a post: "is", "became", "was appointed", "has been named", "serves as".
_COPULAR = frozenset({"be", "become", "appoint", "name", "elect", "make", "serve", "confirm", "choose", "select",
                      "promote", "install", "remain"})
_COPULA_FILLERS = frozenset({"has", "have", "had", "been", "will", "would", "now", "also", "newly", "currently",
                             "recently", "formally", "as", "the", "a", "an", "its", "their", "his", "her", "to", "later",
                             "since", "then", "who", ","})


def _person_before_comma(doc: Doc, idx: _Index, k: int) -> bool:
    """Is a person named from token ``k`` before the next comma (the title in between is theirs)?"""
    for n in range(k, min(len(doc), k + 15)):
        if doc[n].text in (",", ";", ".", "(", "\u2013", "\u2014") or "\n" in doc[n].text or doc[n].lower_ in ("and", "said"):
            return False
        m = idx.at.get(n)
        if m is not None and m.type == PERSON:
            return True
    return False


def _body_noun_before(doc: Doc, k: int) -> Span | None:
    """``the force's`` right before a title: the body is whatever ``the force`` refers to (resolved later);
    ``Board chairwoman X``: a bare body noun before the title names the one such body of the story."""
    if k >= 1 and doc[k].text in _POSSESSIVE and doc[k - 1].lower_ in _BODY_NOUNS and k >= 2 \
            and doc[k - 2].lower_ in ("the", "this"):
        t = doc[k - 1]
        return Span(t.idx, t.idx + len(t.text))
    if k >= 0 and doc[k].lower_ in CONTEXT_BODY_NOUNS and (k == 0 or doc[k - 1].lower_ in ("the", "this", "our")
                                                           or doc[k].is_sent_start or "\n" in doc[k - 1].text):
        t = doc[k]
        return Span(t.idx, t.idx + len(t.text))
    return None


def _pronoun_body(doc: Doc, k: int) -> Span | None:
    """``Its president, X`` / ``X, its chief executive,``: the body ``its`` refers to (resolved later)."""
    if 0 <= k < len(doc) and doc[k].lower_ in ("its", "their") and doc[k].dep_ == "poss":
        t = doc[k]
        return Span(t.idx, t.idx + len(t.text))
    return None


#: Body nouns that, bare before a title, name the one body of that kind in the story ("Board chairwoman X").
CONTEXT_BODY_NOUNS = frozenset({"board", "committee", "subcommittee", "sub-committee", "panel", "authority", "council",
                                "commission", "trust", "force", "department", "agency", "office", "bureau",
                                "inspectorate", "taskforce"})


def _for_body(doc: Doc, idx: _Index, j: int) -> Mention | None:
    """``Principal Deputy Assistant Attorney General Jane Roe for OJP``: ``for`` and a body closing the phrase (not
    ``for the victims of ...`` nor ``for OJP's grants``)."""
    body = _org_after(doc, idx, j, preps=("for",))
    if body is None or body.j >= len(doc):
        return body
    nxt = doc[body.j]
    # ("Statement of Assistant Attorney General X for the Civil Rights Division Before the Subcommittee on ...")
    return body if nxt.is_punct or nxt.is_space or nxt.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") \
        or nxt.lower_ in ("said", "says", "before") else None


def _title_with_lower_remit(doc: Doc, idx: _Index, e: int) -> tuple[int, str] | None:
    """``lead for violence against women and girls`` ending at token ``e``: a post's head noun, ``for``/``on``/``of``
    and up to six lower-case words of remit (no names, no verbs). Returns the post's first token and the post
    written with its remit."""
    p = e
    while p > 1 and e - p < 6 and doc[p].is_alpha and doc[p].text.islower() and idx.at.get(p) is None \
            and doc[p].pos_ not in ("VERB", "AUX", "PRON", "DET"):
        if doc[p].lower_ in ("for", "on", "of") and p < e and doc[p - 1].lower_ in _POST_HEADS:
            hit = title_ending_at(doc, p - 1)
            if hit is None and (shaped := _shaped_title_ending_at(doc, p - 1)) is not None:
                hit = shaped, doc[shaped:p].text  # "lead", "head", "national lead"
            if hit is not None:
                return hit[0], f"{hit[1]} {doc[p : e + 1].text}"
        p -= 1
    return None


def _remit_then_body(doc: Doc, idx: _Index, j: int) -> tuple[int, Mention] | None:
    """``(head) of intelligence at Kent Police``: ``of`` and one to three words of remit after a title, then the body
    after ``at``/``for``/``of``/``with``/``in``. Returns the token after the remit and the body."""
    if j >= len(doc) or doc[j].lower_ not in ("of", "for", "on"):
        return None
    for n in range(j + 2, min(len(doc), j + 5)):
        t = doc[n - 1]
        if not t.is_alpha or idx.at.get(n - 1) is not None or t.lower_ in ("the", "a", "and"):
            return None
        if doc[n].lower_ in ("at", "for", "of", "with", "in"):
            body = _org_after(doc, idx, n)
            if body is not None:
                return n, body
    return None


def _body_noun_after(doc: Doc, j: int) -> Span | None:
    """``of the committee`` right after a title: the body is whatever ``the committee`` refers to (resolved later)."""
    if j + 2 < len(doc) and doc[j].lower_ in ("of", "at", "for") and doc[j + 1].lower_ in ("the", "this") \
            and doc[j + 2].lower_ in _BODY_NOUNS | CONTEXT_BODY_NOUNS \
            and (j + 3 >= len(doc) or not doc[j + 3].is_alpha or doc[j + 3].pos_ not in ("NOUN", "PROPN")):
        t = doc[j + 2]
        return Span(t.idx, t.idx + len(t.text))
    return None


def _copular_title(doc: Doc, m: Mention, idx: _Index) -> tuple[int, str, Span | None] | None:
    """The post a copular or appointment verb gives the person ``m`` names (their subject): the token after the
    title, the title, and the possessor written before it (``became the force's first chief constable``), if any."""
    if doc[m.j - 1].dep_ not in ("nsubj", "nsubjpass") and not (m.j < len(doc) and doc[m.j].lower_ == ","):
        return None
    lex = titles()
    k, verb = m.j, None
    if k < len(doc) and doc[k].lower_ == ",":
        if k + 1 < len(doc) and doc[k + 1].lower_ == "who":
            k += 2
        else:
            return None
    while k < len(doc) and k - m.j < 7:
        t = doc[k]
        if t.lemma_.lower() in _COPULAR and t.pos_ in ("VERB", "AUX"):
            verb = t
        elif not (t.lower_ in _COPULA_FILLERS or t.text in lex.modifiers):
            break
        k += 1
    if verb is None:
        return None
    owner: Span | None = None
    body = idx.at.get(k)
    if body is not None and body.type == ORG and body.i == k:
        # "is National Police Chiefs' Council lead for roads policing", "has been the Home Office's director of
        # crime policy": a named body written before the post holds it
        e = body.j + 1 if body.j < len(doc) and doc[body.j].text in _POSSESSIVE else body.j
        if title_starting_at(doc, e) is not None:
            owner, k = _span(body), e
    while k + 1 < len(doc) and k - m.j < 9:
        if _ordinal(doc[k]):
            k += 1  # "is the 10th Commissioner of ...", "became its first chief executive"
        elif owner is None and doc[k + 1].text in _POSSESSIVE and doc[k].pos_ in ("NOUN", "PROPN") \
                and doc[k - 1].lower_ in ("the", "this") and doc[k].ent_type_ not in ("TITLE", "PERSON") \
                and doc[k].lower_ not in _POST_HEADS:  # (not "is the Commissioner's deputy")
            t = doc[k]  # "became the force's first chief constable", "is the FBI's ninth Director"
            owner = Span(t.idx, t.idx + len(t.text))
            k += 2
        else:
            break
    hit = title_starting_at(doc, k)
    if hit is None:
        sole = _post_named_body(doc, idx, k)
        if sole is not None and owner is None:
            return sole.j, doc[sole.i:sole.j].text, _span(sole)
        return None
    j, title = hit
    if j < len(doc) and doc[j].text in _POSSESSIVE:
        return None  # "is the Commissioner's deputy"
    if j < len(doc) and doc[j].ent_type_ == "PERSON":
        return None  # "was Chief Constable Jane Roe's deputy", "is Sheriff John Doe"
    return j, title, owner


#: Last words of a body's name that make the body one post (``the Police Investigations and Review Commissioner``,
#: ``the Parliamentary and Health Service Ombudsman``): who is appointed to it holds the post of that name.
_SOLE_POSTS = frozenset({"commissioner", "ombudsman", "registrar", "advocate", "statistician", "regulator"})


def _post_named_body(doc: Doc, idx: _Index, k: int) -> Mention | None:
    """A body named at ``k`` that is a post held by one person (its name ends in ``Commissioner``, ``Ombudsman``
    ...): ``was appointed as the next Police Investigations and Review Commissioner``; None otherwise."""
    if k < len(doc) and doc[k].lower_ in ("next", "new", "first"):
        k += 1  # "appointed as the next Police Investigations and Review Commissioner"
    body = idx.at.get(k)
    if body is None or body.type != ORG or body.i != k or doc[body.j - 1].lower_ not in _SOLE_POSTS:
        return None
    if body.j < len(doc) and doc[body.j].text in _POSSESSIVE:
        return None  # ("is the Commissioner's deputy")
    return body


#: Verbs whose subject (or passive agent) holds the post of that name in their object's body.
_LEAD_VERBS = {"chair": "Chair", "head": "Head", "lead": "Lead", "direct": "Director", "run": "Head"}
_RELATIVE = frozenset({"who", "that", "which"})


def _not_now(verb, passive: bool = False) -> bool:  # noqa: ANN001
    """The verb denies, ends or defers the post: "did not chair", "no longer heads", "chaired ... until 2021",
    "formerly headed", "will head". A body that "will be chaired by" someone is described by its make-up (a task
    force being set up), so the passive future is a post."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall", "could", "might"}
                               and not (passive and c.lower_ in {"will", "'ll", "shall"})):
            return True
        if c.dep_ == "advmod" and (c.lower_ in {"formerly", "previously", "once", "never"} or
                                   (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))):
            return True
        if c.dep_ == "prep" and c.lower_ in {"until", "till", "from"}:
            return True
    return False


def _tells_to(verb: Token) -> bool:
    """``directed the FBI to investigate``, ``led the force to adopt``: an order or a cause, not a post held."""
    return any(c.dep_ in {"xcomp", "ccomp", "oprd"} and c.i > verb.i and
               any(a.lower_ == "to" and a.dep_ == "aux" for a in c.lefts) for c in verb.children)


def _leads(doc: Doc, idx: _Index, m: Mention) -> tuple[str, Span] | None:
    """``(title, organisation)`` when the person chairs or heads a named body, by an active or passive verb."""
    root = next((t for t in doc[m.i:m.j] if not m.i <= t.head.i < m.j), None)
    if root is None:
        return None
    verbs: list[tuple[object, bool]] = []  # (verb, passive)
    if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "pobj") and idx.at.get(root.head.i) is None:
        root = root.head  # "The Home Secretary, Jane Roe, chairs Y": the name stands in for its title
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        verbs.append((root.head.head, True))
    elif root.dep_ == "nsubj":
        verbs.append((root.head, False))
        verbs += [(v, False) for v in _subjectless_participles(root.head)]
    verbs += [(c, False) for c in root.children  # "X, who chairs Y"
              if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in _RELATIVE for g in c.children)]
    for verb, passive in verbs:
        title = _LEAD_VERBS.get(verb.lemma_.lower())
        if title is None or verb.pos_ not in {"VERB", "AUX"} or _not_now(verb, passive) or _tells_to(verb):
            continue
        fronted = passive and verb.dep_ == "advcl" and verb.i < verb.head.i
        if fronted:  # "Chaired by X, the taskforce will meet monthly": the main clause's subject is led
            body = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif passive:
            body = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        else:
            body = next((c for c in verb.children if c.dep_ == "dobj"), None)
        org = idx.at.get(body.i) if body is not None else None
        if org is not None and org.type == ORG:
            return title, _span(org)
        if fronted and body is not None and org is None and body.lower_ in CONTEXT_BODY_NOUNS \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in body.children):
            return title, Span(body.idx, body.idx + len(body.text))  # "..., the taskforce": the body named before
    return None


#: Nouns of a post that ``as`` may hang from: "took up his post as Commissioner".
_POST_NOUNS = frozenset({"post", "role", "position", "job", "office", "duties"})


def _ordinal(tok) -> bool:  # noqa: ANN001
    """``12th``, ``ninth``: the place of a holder in the post's line, no part of the post."""
    return tok.ent_type_ == "ORDINAL" and tok.lower_ not in ("first",) or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_))


#: Nouns of giving someone a post: "the re-appointment of X as Chief Inspector of Probation".
_APPOINTMENTS = frozenset({"appointment", "reappointment", "re-appointment", "election", "re-election", "nomination"})
#: Verbs that give their object a post: "appointed X as Y", "has reappointed X as Y", "named X as its chair".
_APPOINT_VERBS = frozenset({"appoint", "reappoint", "name", "elect", "re-elect", "confirm", "nominate", "select",
                            "choose", "install", "announce"})


def _as_title(doc: Doc, idx: _Index, m: Mention) -> tuple[str, Mention | Span | None] | None:
    """``(title, body)`` of the post an ``as`` phrase gives the person ``m`` names, as the subject of its verb:
    ``X took over as chief constable of Y``, ``X, who joined as director of Y``, ``As chair of Y, X has ...``,
    ``X took up her post as Commissioner``; not ``X spoke as a mother`` (no post), not when the verb denies or
    defers the post (``will take over as``, ``previously served as``)."""
    root = next((t for t in doc[m.i:m.j] if not m.i <= t.head.i < m.j), None)
    if root is None:
        return None
    def appoints(v: Token) -> bool:  # (the model lemmatises "reappointed" as "reappointe")
        return v.lemma_.lower() in _APPOINT_VERBS or v.lower_.startswith(("appoint", "reappoint", "re-appoint"))

    def sworn(v: Token) -> Token | None:  # "swore in X as the 12th Director": the one sworn in
        return next((g for c in v.children if c.lower_ == "in" and c.dep_ in ("prep", "prt") for g in
                     [*c.children, *v.children] if g.dep_ in ("pobj", "dobj") and g.ent_type_ == "PERSON"), None) \
            if v.lemma_.lower() == "swear" else None

    verbs = [root.head] if root.dep_ == "nsubjpass" or root.dep_ == "nsubj" and not appoints(root.head) \
        and sworn(root.head) is None else []
    if root.dep_ in ("dobj", "oprd") and appoints(root.head):
        verbs.append(root.head)  # "has reappointed X as Chief Inspector of Prisons", "named X as its chair"
    if root.dep_ in ("pobj", "dobj") and root.head.lower_ == "in" and sworn(root.head.head) is not None:
        verbs.append(root.head.head)  # "swore in X as Director of Y"
    elif root.dep_ == "dobj" and sworn(root.head) is not None:
        verbs.append(root.head)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _APPOINTMENTS:
        act = root.head.head  # "announced the re-appointment of X as Chief Inspector": the act, or its verb
        verbs += [act] + ([act.head] if act.dep_ == "dobj" else [])
    verbs += [c for c in root.children  # "X, who took over as ..."
              if c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _RELATIVE for g in c.children)]
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX") and verb.lower_ not in _APPOINTMENTS or _not_now(verb):
            continue
        hangs = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "oprd")
                          and (c.lemma_.lower() in _POST_NOUNS or c.i == root.i)]
        for h in hangs:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ != "as":
                    continue
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is None or obj.lower_ not in _POST_HEADS:
                    continue
                k = prep.i + 1
                owner = None
                whole = title_starting_at(doc, k)  # "as His Majesty's Chief Inspector of Prisons": one title
                while k < obj.i and not (whole is not None and whole[0] > obj.i):
                    if doc[k].lower_ in _APPOS_DETS or doc[k].text in titles().modifiers or _ordinal(doc[k]):
                        k += 1  # "as the 12th Director of ...", "as its new chief executive"
                    elif k + 1 < obj.i and doc[k + 1].text in _POSSESSIVE and doc[k].pos_ in ("NOUN", "PROPN") \
                            and doc[k].ent_type_ not in ("TITLE", "PERSON") and doc[k].lower_ not in _POST_HEADS:
                        owner = idx.at.get(k)  # "as the county's sheriff", "as the FBI's ninth Director"
                        k += 2
                    else:
                        break
                hit = title_starting_at(doc, k)
                if hit is None or hit[0] <= obj.i:
                    continue
                body = _org_after(doc, idx, hit[0]) or (owner if owner is not None and owner.type == ORG else None)
                return hit[1], body if body is not None else _place_of_force_after(doc, idx, hit[0])
    return None


def _place_of_force_after(doc: Doc, idx: _Index, k: int) -> Span | None:
    """``of Essex`` right after a title ending before token ``k``: a place with a police force, which the builder
    makes the post's body for police ranks only (guideline 7: "Chief Constable of Essex" -> Essex Police)."""
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    place = idx.at.get(k + 1)
    if place is not None:
        return _span(place) if place.type == PLACE and police_force_of(place.text) is not None else None
    # the recogniser may miss a county after a rank ("Chief Constable of Essex"): the registry decides
    j = k + 1
    while j < len(doc) and j - k <= 3 and doc[j].is_alpha and doc[j].text[:1].isupper() and idx.at.get(j) is None:
        j += 1
    for end in range(j, k + 1, -1):
        if police_force_of(doc[k + 1:end].text) is not None and not (end < len(doc) and doc[end].text[:1].isupper()):
            return Span(doc[k + 1].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return None


def _shared_title(doc: Doc, idx: _Index, m: Mention) -> tuple[str, Mention | None] | None:
    """``(title, body)`` of a plural title before a list of names that ends with the person ``m`` names
    (``Assistant U.S. Attorneys Jane Roe and John Doe``, ``Detective Sergeants A, B and C of Kent Police``): each
    listed person holds the post. The body is one written before the title (``FBI Special Agents A and B``)."""
    cur, hops = m, 0
    while hops < 5:
        p = cur.i - 1
        if p >= 0 and doc[p].lower_ == "and":
            p -= 1
        if p >= 0 and doc[p].text == "," and cur is not m or p >= 0 and doc[p].text == "," and doc[cur.i - 1].lower_ != "and":
            p -= 1
        if p == cur.i - 1 or p < 0:
            break
        prev = idx.at.get(p)
        if prev is None or prev.type != PERSON or prev.j != p + 1:
            return None
        cur, hops = prev, hops + 1
    if cur is m:
        return None
    k = cur.i - 1
    while k >= 0 and _honorific(doc[k].text):
        k -= 1
    hit = title_ending_at(doc, k) or _plural_title_ending_at(doc, k)
    if hit is None or hit[0] > k or not doc[k].lower_.endswith("s") or doc[k].lower_[:-1] not in _POST_HEADS | {"detective", "mp"}:
        return None  # a plural post ("Sergeant Jones and Smith" is no list of sergeants)
    inner = idx.at.get(hit[0])
    if inner is not None and inner.type == ORG and inner.i == hit[0] and inner.j <= k:
        rest = titles().match_plural(doc_words(doc).text[inner.j : k + 1])  # "Home Office ministers": the body's
        return (rest.title if rest is not None else hit[1]), inner
    return hit[1], _org_before(doc, idx, hit[0] - 1)


def _plural_title_ending_at(doc: Doc, k: int) -> tuple[int, str] | None:
    """``(first token, title)`` of a plural post ending at ``k`` that the lexicon knows in the singular
    (``Home Office ministers``, ``London MPs``, ``Detective Inspectors``)."""
    lex = titles()
    text = doc_words(doc).text
    for n in range(min(lex.max_words, k + 1), 0, -1):
        hit = lex.match_plural(text[k - n + 1 : k + 1])
        if hit is not None:
            return k - n + 1, hit.title
    return None


def _subjectless_participles(verb) -> list:  # noqa: ANN001
    """``Leading the taskforce, X said`` / ``Speaking after chairing the board, X said``: participles that open
    the clause of ``verb`` with no subject of their own, so its subject is theirs."""
    out = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i > verb.i or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        out.append(c)
        out += [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return out


def _conj_titles(doc: Doc, idx: _Index, h: int) -> Iterator[tuple[str, Mention | None]]:
    """Posts the parse joins to the post whose head noun is token ``h`` after its remit or body: ``professor of law
    and director of the Center for X``, ``the deputy chief executive of Y and chair of Z``. Each comes with the
    body written after it (``of``/``at``/``for`` and an organisation), if any."""
    if not (0 <= h < len(doc)):
        return
    for c in doc[h].children:
        if c.dep_ != "conj" or c.i <= h + 1 or c.lower_ not in _POST_HEADS:
            continue
        if any(t.text in (",", ";") or "\n" in t.text or idx.at.get(t.i) is not None and idx.at[t.i].type == PERSON
               for t in doc[h + 1 : c.i]):
            continue  # a list of people and their posts, not one person's
        hit = title_ending_at(doc, c.i)
        if hit is None or hit[0] <= h:
            continue
        body = _org_after(doc, idx, c.i + 1)
        title = hit[1]
        if body is None:
            remit = _remit_then_body(doc, idx, c.i + 1)
            if remit is not None:  # "and head of research at the Police Foundation"
                title, body = f"{title} {doc[c.i + 1 : remit[0]].text}", remit[1]
        yield title, body


def _second_post(doc: Doc, idx: _Index, org: Mention) -> tuple[str, Mention] | None:
    """A second post joined by ``and`` after the body of a first one, in apposition to one name (guideline 7: a
    person can hold several roles): ``X, Chief Crown Prosecutor for CPS Wessex and Area Chair for CPS South`` ->
    Area Chair of CPS South; ``X, Deputy Chief Crown Prosecutor for CPS Mercia and Domestic Abuse lead`` -> Domestic
    Abuse lead of CPS Mercia (a lead with no body of its own leads for the body just named). The body of the
    second post is the one written after it, else the first post's."""
    k = org.j
    if k + 1 >= len(doc) or doc[k].lower_ != "and":
        return None
    hit = title_starting_at(doc, k + 1)
    if hit is not None:
        j, title = hit
        body = _org_after(doc, idx, j)
        if body is None and j < len(doc) and doc[j].lower_ in _ORG_PREPS:
            return None  # "and Chair for Wessex": a body written after it that is no name kg reads
        return title, body or org
    p = k + 1
    while p < len(doc) and p - k <= 4 and doc[p].text[:1].isupper() and doc[p].is_alpha \
            and (idx.at.get(p) is None or idx.at[p].type != PERSON):
        p += 1
    if p > k + 1 and p < len(doc) and doc[p].lower_ == "lead":
        return f"{doc[k + 1:p].text} lead", org  # "and Hate Crime lead"
    return None


def _mention_type(idx: _Index, k: int) -> str | None:
    """The type of the mention covering token ``k``, if one does."""
    m = idx.at.get(k)
    return m.type if m is not None else None


def _line_of_work(doc: Doc, idx: _Index, k: int) -> tuple[str, Mention] | None:
    """A title's line of work set off by commas before its body, in an agency's sign-off: ``Acting Director, Field
    Operations, Laredo Field Office`` -> (``Field Operations``, the office). The line of work is a short run of
    capitalised words with no body's head noun (a division named as a body, ``Field Office``, is the body)."""
    p = k
    while p < len(doc) and p - k < 6 and doc[p].is_alpha and (doc[p].text[:1].isupper() or (
            p > k and doc[p].lower_ in ("and", "&") and p + 1 < len(doc) and doc[p + 1].text[:1].isupper())) \
            and doc[p].lower_ not in ORG_HEADS and doc[p].ent_type_ not in ("GPE", "TITLE") \
            and not (doc[p].ent_type_ == "PERSON" and _mention_type(idx, p) == PERSON):
        p += 1  # ("Director, Safer Communities, Scottish Government": a unit the recogniser took for a person)
    if p > k and _line_break(doc, p) and _line_break(doc, _line_start(doc, k) - 1):
        body = _body_below(doc, idx, p)  # "Director, Homeland Security and Justice Issues\nGovernment ..."
        return (doc[k:p].text, body) if body is not None else None
    if p == k or p + 1 >= len(doc) or doc[p].text != ",":
        return None
    body = idx.at.get(p + 1)
    if body is None or body.type != ORG or body.i != p + 1 or doc[body.j - 1].lower_ not in ORG_HEADS:
        return None
    return doc[k:p].text, body


def _signature_break(doc: Doc, i: int, j: int) -> bool:
    """A name alone on its line with the title on the next, as a report or letter is signed (``Jane Roe\nHM Chief
    Inspector of Prisons``) or a hearing lists its witnesses (``Ms. Jane Roe\nDeputy Administrator``): the line
    break sets the title off as a comma does."""
    if not _line_break(doc, j):
        return False
    while i > 0 and _honorific(doc[i - 1].text):
        i -= 1
    return _line_start(doc, i) == i


def _line_start(doc: Doc, k: int) -> int:
    """The first token of the line holding token ``k``."""
    while k > 0 and "\n" not in doc[k - 1].text and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    return k


def _line_break(doc: Doc, j: int) -> bool:
    """Token ``j`` ends a line and no blank line follows."""
    return j < len(doc) and doc[j].is_space and doc[j].text.count("\n") == 1


#: The close of a testimony's greeting: "... and Members of the Subcommittee:".
_SALUTATION = re.compile(r"\b[Mm]embers of the (Sub)?[Cc]ommittee\b")
#: Posts a greeting names in the committee it is given before.
_COMMITTEE_POSTS = frozenset({"chairman", "chairwoman", "chair", "ranking member", "vice chairman", "vice chair"})


def _salutation_body(doc: Doc, idx: _Index, sent: Span, title: str) -> Mention | None:
    """``Chairman Rogers, Ranking Member Cartwright, and Members of the Subcommittee:``, the opening of a testimony:
    the chair and ranking member hold their posts in the (sub)committee the statement is given before, the
    nearest one named above the greeting (guideline 7: the body from the immediate context)."""
    if title.lower() not in _COMMITTEE_POSTS:
        return None
    hit = _SALUTATION.search(doc_text(doc), sent.start, sent.end)
    if hit is None:
        return None
    # "Members of the Committee" is said to a subcommittee too: its members sit on the committee above it
    want = {"subcommittee"} if hit.group(1) else {"committee", "subcommittee"}
    before = {m.i: m for m in idx.at.values() if m.type == ORG and m.end <= sent.start
              and want & set(m.text.lower().split())}.values()  # (each mention once, not once per word)
    return max(before, key=lambda m: m.start) if before else None


def _body_above(doc: Doc, idx: _Index, i: int) -> Mention | None:
    """The body named alone on the line above a name that opens its line (honorifics aside), as a hearing notice
    heads a committee's chair: ``Subcommittee on Transportation Security\n\nRep. Jane Roe (R-AL), Chairman``."""
    a = _line_start(doc, i)
    if any(not (_honorific(doc[k].text) or doc[k].ent_type_ == "TITLE") for k in range(a, i)) or a < 2 \
            or not doc[a - 1].is_space:
        return None
    b = a - 1
    start = _line_start(doc, b - 1)
    m = idx.at.get(start)
    if m is None or m.type != ORG or m.i != start or m.j != b:
        return None
    return m


def _body_below(doc: Doc, idx: _Index, j: int) -> Mention | None:
    """The body on the lines under a title set on its own line (``j``: the break ending the title's line), as a
    witness list gives it: ``Assistant Administrator\nTransportation Sector Network Management\nTransportation
    Security Administration``. The first line that is one body's name, within three short lines and before a blank
    line or a line naming a person."""
    for _ in range(3):
        if not _line_break(doc, j):
            return None
        a = j + 1
        b = a
        while b < len(doc) and not (doc[b].is_space and "\n" in doc[b].text) and b - a <= 10:
            b += 1
        if b == a or b - a > 10:
            return None
        m = idx.at.get(a)
        if m is not None and m.type == ORG and m.i == a and m.j == b:
            return m
        if any(_mention_type(idx, k) == PERSON for k in range(a, b)):
            return None
        j = b
    return None


def _set_off_body(doc: Doc, idx: _Index, j: int) -> Mention | None:
    """``Detective Constable X, of the Serious Organised Crime Unit, said``: the body set off by commas (or closing
    the sentence) right after a titled name."""
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("of", "from"):
        return None
    body = _org_after(doc, idx, j + 1, preps=("of", "from"))
    if body is None or (body.j < len(doc) and doc[body.j].text not in (",", ".", ";", ":")):
        return None
    return body


def _pair_before(doc: Doc, idx: _Index, m: Mention) -> Mention | None:
    """``Jane Roe and John Doe, chair and chief executive``: the first of two people named as a pair before the
    posts that go to them in turn (none when a longer list or a title runs into the pair)."""
    if m.i < 2 or doc[m.i - 1].lower_ != "and":
        return None
    first = idx.at.get(m.i - 2)
    if first is None or first.type != PERSON or first.j != m.i - 1:
        return None
    k = first.i - 1
    if k >= 0 and (doc[k].text == "," or doc[k].ent_type_ == "TITLE" or title_ending_at(doc, k) is not None):
        return None
    return first


def _titles_joined_before(doc: Doc, t0: int) -> list[tuple[int, str]]:
    """Titles joined by ``and`` before the title that opens at token ``t0`` (``Chairman and Chief Executive``):
    one person's other posts, first first."""
    out: list[tuple[int, str]] = []
    while t0 >= 2 and doc[t0 - 1].lower_ == "and" and len(out) < 2:
        hit = title_ending_at(doc, t0 - 2)
        if hit is None or hit[0] > t0 - 2:
            break
        out.insert(0, hit)
        t0 = hit[0]
    return out


def titled_leads(doc: Doc, mentions: Sequence[Mention]) -> Iterator[tuple[Span, str, Span, Span]]:
    """``The taskforce is chaired by the Home Secretary``, ``the Deputy Attorney General leads the Task Force``: a
    post written without a name chairs or heads a named body. Yields the post's words, the lead title, the body
    and the sentence; the builder finds who holds the post (or names the unnamed official by it, guideline 5)."""
    idx = _Index(mentions)
    lex = titles()
    sentences = Sentences.for_doc(doc)
    cached = doc_words(doc)  # the lemmas as a list: no Token made for the words that cannot match
    for i, lemma in enumerate(cached.lemma_lower):
        title = _LEAD_VERBS.get(lemma)
        if title is None:
            continue
        verb = cached.tokens[i]
        if verb.pos_ not in ("VERB", "AUX") or _not_now(verb, verb.tag_ == "VBN") or _tells_to(verb):
            continue
        agent = body = None
        for c in verb.children:
            if c.dep_ == "agent":
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "nsubjpass":
                body = c
            elif c.dep_ == "nsubj":
                agent = c
            elif c.dep_ == "dobj":
                body = c
        if body is None and verb.dep_ == "acl":
            body = verb.head  # "a taskforce chaired by the Home Secretary"
        if body is None and verb.dep_ == "conj":  # "The Task Force was formed ... and will be chaired by ..."
            body = next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if agent is None or body is None or idx.at.get(agent.i) is not None:
            continue
        org = idx.at.get(body.i)
        if org is None and body.lower_ in CONTEXT_BODY_NOUNS | _BODY_NOUNS \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in body.children):
            org = body  # "the taskforce is chaired by ...": the body the noun refers to (resolved later)
        elif org is None or org.type != ORG:
            continue
        words = [t for t in doc[agent.left_edge.i : agent.right_edge.i + 1] if t.lower_ not in ("the", "a", "an")]
        if words and lex.match([t.text for t in words]) is None:  # "the Mayor of Greater Manchester": the post
            words = [t for t in words if t.i <= agent.i]
        if not words or any(idx.at.get(t.i) is not None and idx.at[t.i].type != PLACE for t in words) \
                or (agent.ent_type_ != "TITLE" and lex.match([t.text for t in words]) is None) \
                or any(t.is_punct for t in words):
            continue  # "the Mayor of Greater Manchester" as a whole; not "the Home Secretary, Jane Roe,"
        where = _span(org) if isinstance(org, Mention) else Span(org.idx, org.idx + len(org.text))
        yield Span(words[0].idx, words[-1].idx + len(words[-1].text)), title, where, Span(*sentences.of(verb.i))


def _remit_title(doc: Doc, idx: _Index, k: int) -> tuple[str, Mention | None] | None:
    """``Secretary of Public Safety`` ending at token ``k`` (just before a name): a one-word title, ``of`` or
    ``for``, then up to four capitalised words that are no person. The title is written out with its remit; the
    body is the organisation those words name, when they name one the recogniser knows.

    The remit may also be a longer phrase of its own with ``the`` and ``of`` in it (``United States Attorney for
    the Northern District of Texas Jane Roe``, ``Director of the Office of Victim Services John Doe``): then the
    title is the post before ``of``/``for`` as the lexicon knows it, and the body the organisation the phrase
    names (a district or other place is no body)."""
    p = k
    while p >= 0 and k - p < 4 and doc[p].text[:1].isupper() and doc[p].is_alpha and doc[p].ent_type_ not in ("PERSON", "TITLE"):
        p -= 1
    if p == k or p < 1:
        return None
    if doc[p].lower_ not in ("of", "for"):
        return _long_remit_title(doc, idx, k, p)
    hit = title_ending_at(doc, p - 1)
    if hit is None and doc[p - 1].text in REMIT_TITLES:
        hit = (p - 1, doc[p - 1].text)
    if hit is None or not doc[p - 1].text[:1].isupper():
        return _long_remit_title(doc, idx, k, p)
    org = idx.at.get(p + 1)
    org = org if org is not None and org.type == ORG and org.j == k + 1 else None
    if hit[1].lower().endswith(_OVERSEER_HEADS):
        org = None  # "Chief Inspector of Probation": the remit is what the post inspects, not the body it is in
    return f"{hit[1]} {doc[p].lower_} {doc[p + 1 : k + 1].text}", org


#: Head words of posts whose ``of`` remit is what they oversee (guideline 7: the body the title belongs to is the
#: inspectorate or ombudsman's office, never the service inspected).
_OVERSEER_HEADS = ("inspector", "ombudsman")


def _long_remit_title(doc: Doc, idx: _Index, k: int, p: int) -> tuple[str, Mention | None] | None:
    """A lexicon title, ``of``/``for``, then a remit phrase of capitalised words joined by ``the``/``of``/``and``
    (at most ten tokens) that ends at token ``k``, just before a name."""
    while p >= 1 and k - p < 10:
        t = doc[p]
        if t.lower_ in ("of", "for") and t.text.islower():
            hit = title_ending_at(doc, p - 1)
            if hit is not None and doc[hit[0]].text[:1].isupper() and p + 1 <= k:
                q = p + 1 + (doc[p + 1].lower_ == "the")
                org = idx.at.get(q)
                org = org if org is not None and org.type == ORG and org.i == q and org.j == k + 1 else None
                return hit[1], org
        if not ((t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "TITLE"))
                or t.lower_ in ("of", "for", "the", "and") and t.text.islower()):
            return None
        p -= 1
    return None


def _body_mention(doc: Doc, i: int, j: int, country: str | None) -> Mention | None:
    """``doc[i:j]`` as the registry organisation it always means, if it is one of the document's country."""
    entry = registry().lookup(doc[i:j].text)
    if entry is None or entry.type != ORG or (country and entry.country and entry.country != country):
        return None  # "Treasury Secretary" in a US story is not HM Treasury's
    return Mention(i, j, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), ORG, doc[i:j].text, "registry",
                   registry=entry, raw=doc[i:j].text)


def bodies_in_titles(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """Bodies the recogniser could not see because a title took their words: ``FBI Director X`` and ``Home Office
    Minister X`` (the lexicon's title opens with the body), ``Met Commissioner X`` (a body's short name right before
    a title), ``Denver Police Chief X`` (a place, then a title opening with ``Police``: the place's police).

    Returns the new organisation mentions; a place mention the last kind swallows is dropped by the caller."""
    taken = {k for m in mentions if not m.nested and m.type != PLACE for k in range(m.i, m.j)}
    places = {m.j: m for m in mentions if m.type == PLACE and not m.nested}
    country = document_country(list(mentions))
    place_names = {m.text for m in mentions if m.type == PLACE}
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "TITLE" or any(k in taken for k in range(ent.start, ent.end)):
            continue
        found = None
        for n in range(ent.end - 1, ent.start, -1):  # the title's own leading words name a body: "FBI Director"
            found = _body_mention(doc, ent.start, n, country)
            if found is not None:
                break
        p = ent.start
        while found is None and p > 0 and ent.start - p < 3 and doc[p - 1].is_alpha and doc[p - 1].text[:1].isupper() \
                and doc[p - 1].ent_type_ not in ("PERSON", "TITLE") and (p - 1) not in taken:
            p -= 1  # a body's name right before the title, "Met Commissioner": the longest run that names one
        for q in range(p, ent.start):
            found = found or _body_mention(doc, q, ent.start, country)
        if found is None and doc[ent.start].lower_ == "police" and ent.end - ent.start > 1 and doc[ent.start].text[:1].isupper() \
                and not elected_for_area(ent.text):  # (a police and crime commissioner's area has a force, not the post)
            # "Denver Police Chief": the place's police force; the place as the recogniser saw it here, or a run of
            # capitalised words it saw as a place elsewhere in the story
            i = places[ent.start].i if ent.start in places else None
            if i is None:
                for q in range(max(0, ent.start - 3), ent.start):
                    if doc[q:ent.start].text in place_names and not any(k in taken for k in range(q, ent.start)):
                        i = q
                        break
            if i is None:
                continue
            j = ent.start + 1
            found = Mention(i, j, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), ORG, doc[i:j].text, "ner",
                            raw=doc[i:j].text)
        if found is not None:
            out.append(found)
    return out


def _members_body(members: Token) -> Span | None:
    """The body whose ``members`` these are: its possessor (``the taskforce's members``), a body noun or name
    before it (``Committee members``, ``Board members``) or after ``of`` (``members of the Panel``)."""
    def names_a_body(t: Token) -> bool:
        return t.ent_type_ == "ORG" or t.lemma_.lower() in _MEMBER_BODIES

    def words_to(head: Token) -> Span:  # the body's words up to its head, without the determiner
        left = head.left_edge if head.left_edge.lower_ not in ("the", "its", "their") else head.doc[head.left_edge.i + 1]
        return Span(left.idx, head.idx + len(head.text))

    for c in members.children:
        if c.dep_ in ("poss", "compound") and c.i < members.i and names_a_body(c):
            return words_to(c)
        if c.dep_ == "prep" and c.lower_ == "of":
            body = next((g for g in c.children if g.dep_ == "pobj"), None)
            if body is not None and names_a_body(body):
                return words_to(body)
    return None


#: Nouns of bodies that have members: "the taskforce's members", "Committee members", "members of the Board".
_MEMBER_BODIES = frozenset({"committee", "subcommittee", "taskforce", "task", "force", "board", "panel", "commission",
                            "council", "authority", "group", "forum", "partnership", "coalition", "network"})


def _listed_member_of(doc: Doc, m: Mention, sent: Span) -> Span | None:
    """The body a person is listed as a member of: ``The taskforce's members include Home Office ministers X and
    Y; ...``, ``a number of Committee members spoke, including X, Y and Z`` (each person named after the verb
    ``include`` or the word ``including`` whose subject or head is the body's members)."""
    for k in range(m.i - 1, max(-1, m.i - 60), -1):
        t = doc[k]
        if t.idx < sent.start:
            break
        if t.lemma_.lower() != "include" and t.lower_ != "including":
            continue
        host = t.head if t.lower_ == "including" else t
        members = host if t.lower_ == "including" and _members(host) else next(
            (c for c in host.children if c.dep_ == "nsubj" and c.i < host.i), None)
        if members is not None and not _members(members) and members.lemma_.lower() in _SOME_OF:
            # "a number of Committee members spoke, including ...": the members the quantity is of
            members = next((g for c in members.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), None)
        if members is None or not _members(members):
            return None
        return _members_body(members)
    return None


#: Quantities whose ``of`` names the members counted: "a number of Committee members".
_SOME_OF = frozenset({"number", "some", "several", "many", "all", "most", "majority"})


def _members(tok: Token) -> bool:
    """The plural noun ``members``."""
    return tok.lemma_.lower() == "member" and tok.tag_ == "NNS"


#: A legislator's party and state in brackets after the name: "(D-IL)", "(R-Texas)", "(D-N.Y.)", "(R-Ohio-4)".
_PARTY = re.compile(r"\((?:D|R|I|Dem|Rep|Ind)\.?\s?[-–]\s?[A-Z][A-Za-z. ]{1,20}(?:[-–]\s?\d{1,2})?\)")


def _past_party(doc: Doc, k: int) -> int:
    """Token ``k`` or, when a legislator's party and state in brackets open there, the token after them."""
    if k < len(doc) and doc[k].text == "(":
        close = next((x for x in range(k + 1, min(k + 9, len(doc))) if doc[x].text == ")"), None)
        if close is not None and _PARTY.fullmatch(doc[k:close + 1].text):
            return close + 1
    return k


def find_roles(doc: Doc, mentions: Sequence[Mention]) -> Iterator[RoleFact]:
    """Posts held by the people named in ``doc`` (``mentions`` from :func:`kg.extract.entities.find_mentions`)."""
    idx = _Index(mentions)
    lex = titles()
    sentences = Sentences.for_doc(doc)
    for m in mentions:
        if m.type != PERSON or m.nested:
            continue
        sent = Span(*sentences.of(m.i))
        # 0. a post's letters after the name: "Marc Jones PCC said", "Mark Burns-Williamson PCC OBE"
        n = m.j
        while n < len(doc) and (doc[n].text in lex.post_nominals or doc[n].text in POST_LETTERS):
            if doc[n].text in POST_LETTERS or doc[n].text == "MP":  # ("Jane Roe MP": a Member of Parliament)
                canonical = lex.canonical(doc[n].text)
                if canonical is not None:
                    yield RoleFact(_span(m), canonical.title, None, sent)
            n += 1
        # 1. title before the name
        k = m.i - 1
        while k >= 0 and _honorific(doc[k].text):
            k -= 1
        if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 1].text.isupper():
            k -= 3  # "Special Agent in Charge (SAC) Jane Roe"
        hit = title_ending_at(doc, k)
        if hit is None and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            hit = _plural_title_ending_at(doc, k)  # "London MPs David Lammy and Chuka Umunna": the first of a list
        if hit is not None and hit[0] <= k:
            t0, title = hit
            inner = idx.at.get(t0)
            if inner is not None and inner.type == ORG and inner.i == t0 and inner.j <= k:
                # "FBI Director X", "Met Commissioner X": the title's first words are its body
                rest = doc[inner.j : k + 1].text
                canonical = lex.canonical(rest) or lex.match_plural(rest.split())
                title = canonical.title if canonical is not None else rest
                org = inner
            else:
                org = _salutation_body(doc, idx, sent, title) or _org_before(doc, idx, t0 - 1) \
                    or _org_after(doc, idx, m.j, preps=("of", "at", "with")) or _for_body(doc, idx, m.j) \
                    or _set_off_body(doc, idx, m.j)
            yield RoleFact(_span(m), title, _span(org) if org else _place_before(doc, idx, t0 - 1)
                           or _body_noun_before(doc, t0 - 1) or _pronoun_body(doc, t0 - 1), sent)
            joined = _titles_joined_before(doc, t0)  # "Lord Chancellor and Justice Secretary X": two posts
            lead = _org_before(doc, idx, joined[0][0] - 1) if joined else None
            for _, other in joined:
                yield RoleFact(_span(m), other, _span(lead) if lead else None, sent)
        elif hit is None:
            remit = _remit_title(doc, idx, k)
            if remit is not None:
                # 1c. "Secretary of Education Margaret T. Holloway": a title, "of", its remit, the name
                yield RoleFact(_span(m), remit[0], _span(remit[1]) if remit[1] else None, sent)
                continue
            # 1b. "Assistant Director in Charge of the FBI Washington Field Office Shawn Henry": title, body, name
            org = idx.at.get(k)
            if org is not None and org.type == ORG and org.j == k + 1 and org.i >= 2:
                p = org.i - 1
                if doc[p].lower_ == "the":
                    p -= 1
                if p >= 1 and doc[p].lower_ in ("of", "for", "at"):
                    hit1b = title_ending_at(doc, p - 1)
                    if hit1b is not None:
                        yield RoleFact(_span(m), hit1b[1], _span(org), sent)
        # 1d. a plural title shared by a list of names: "Assistant U.S. Attorneys Jane Roe and John Doe"
        if hit is None:
            shared = _shared_title(doc, idx, m)
            if shared is not None:
                body = _org_after(doc, idx, m.j, preps=("of", "at", "with")) or shared[1]
                yield RoleFact(_span(m), shared[0], _span(body) if body else None, sent)
        # 2. title in apposition after the name: "X, the Home Secretary" / "X, chief executive of Y"; letters
        # after the name are no part of it ("Sarah Jones MP, the Minister for Policing")
        mj = m.j
        while mj + 1 < len(doc) and (
                (doc[mj].text in lex.post_nominals and doc[mj].text != "PC"
                 and (doc[mj + 1].text == "," or doc[mj + 1].text in lex.post_nominals))
                or (doc[mj].text == "," and doc[mj + 1].text in lex.post_nominals
                    and doc[mj + 1].text not in ("PC", "MS", "AM") and mj + 2 < len(doc) and doc[mj + 2].text == ",")):
            mj += 1  # (also "Mandy K. Cohen, MD, MPH, Director of ...": degrees set off by commas)
        mj = _past_party(doc, mj)  # "Sen. Jane Roe (D-Ill.), Chair of ...": the party and state are no post
        if mj + 1 < len(doc) and (doc[mj].text == "," or _signature_break(doc, m.i, mj)):
            k = mj + 1
            org = None
            while k < len(doc) and (doc[k].lower_ in _APPOS_DETS or doc[k].text in lex.modifiers) and \
                    not (k + 1 < len(doc) and doc[k + 1].text.startswith("Majesty")):
                k += 1  # (not "His" of "X, His Majesty's Chief Inspector of Constabulary": part of the title)
            if k + 1 < len(doc) and doc[k].text == "HM" and doc[k + 1].ent_type_ == "TITLE" and idx.at.get(k) is None \
                    and title_starting_at(doc, k) is None:
                k += 1  # "HM Chief Inspector of Prisons": His Majesty's, no body
            pre = idx.at.get(k)
            noun_ref: Span | None = None
            if pre is not None and pre.type == ORG:
                org = pre
                k = pre.j
                if k < len(doc) and doc[k].text in _POSSESSIVE:
                    k += 1
                while k < len(doc) and doc[k].text in lex.modifiers:
                    k += 1  # "the DEA's acting administrator"
            elif pre is None and k + 1 < len(doc) and doc[k].lower_ in _BODY_NOUNS | CONTEXT_BODY_NOUNS \
                    and doc[k + 1].text in _POSSESSIVE and k > mj + 1 and doc[k - 1].lower_ in ("the", "this"):
                noun_ref = Span(doc[k].idx, doc[k].idx + len(doc[k].text))  # "X, the force's head of intelligence"
                k += 2
                while k < len(doc) and doc[k].text in lex.modifiers:
                    k += 1
            elif pre is not None and pre.j < len(doc) and doc[pre.j].text in _POSSESSIVE:
                k = pre.j + 1  # "Merseyside's police and crime commissioner": a place's post, no body named
                noun_ref = _place_before(doc, idx, pre.j)  # "X, Kent's chief constable": Kent Police, for a rank
            elif pre is not None and pre.type == PLACE and title_starting_at(doc, pre.j) is not None:
                k = pre.j  # "the Manhattan district attorney": a place's post, no body named
            elif pre is None:
                p = k
                while p < len(doc) and p - k < 4 and (doc[p].text[:1].isupper() or p > k and doc[p].lower_ == "and") \
                        and not doc[p].ent_type_ == "TITLE":
                    p += 1
                if p > k and p < len(doc) and doc[p].text in _POSSESSIVE and doc[p - 1].lower_ != "and":
                    k = p + 1  # a possessor the recogniser did not keep as a name
                    noun_ref = _place_before(doc, idx, p)  # "Avon and Somerset's chief constable"
                elif k > mj + 1 and k + 1 < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower \
                        and doc[k + 1].text in _POSSESSIVE and doc[k - 1].lower_ in ("the", "this"):
                    k += 2  # "the city's police commissioner": a possessor that names no body
            hit2, hit2_at = title_starting_at(doc, k), k
            if hit2 is not None:
                j, title = hit2
                joined: list[str] = []  # "chairman and chief executive of Y": each title is a post in Y
                while j + 1 < len(doc) and doc[j].lower_ == "and" and (nxt2 := title_starting_at(doc, j + 1)) is not None:
                    joined.append(title)
                    j, title = nxt2
                after = _org_after(doc, idx, j)
                if after is None:
                    remit = _remit_then_body(doc, idx, j)
                    if remit is not None:  # "head of intelligence at Kent Police"
                        title, j, after = f"{title} {doc[j:remit[0]].text}", remit[0], remit[1]
                if after is None and noun_ref is None:
                    noun_ref = _place_of_force_after(doc, idx, j)  # "X, Chief Constable of Essex": Essex Police
                if after is None and noun_ref is None:
                    noun_ref = _body_noun_after(doc, j)  # "chairman of the committee"
                if after is None and noun_ref is None and org is None and k == hit2_at:
                    noun_ref = _pronoun_body(doc, k - 1)  # "X, its chief executive,"
                if after is None and j + 1 < len(doc) and doc[j].text == ",":
                    nxt = idx.at.get(j + 1)  # "Michael Horowitz, Inspector General, U.S. Department of Justice"
                    if nxt is not None and nxt.type == ORG and nxt.i == j + 1:
                        after = nxt
                    line = _line_of_work(doc, idx, j + 1)
                    if line is not None:  # "X, Acting Director, Field Operations, Laredo Field Office"
                        title, after = f"{title} {line[0]}", line[1]
                if after is None and noun_ref is None and doc[mj].is_space and _line_break(doc, j):
                    after = _body_below(doc, idx, j)  # a witness list: name, post and body on lines of their own
                if after is None and noun_ref is None and org is None and (j >= len(doc) or (
                        doc[j].is_space and "\n" in doc[j].text)):
                    after = _body_above(doc, idx, m.i)  # "Subcommittee on X\n\nRep. Jane Roe (R-AL), Chairman"
                lead_org = org  # "U.S. Coast Guard Commandant and Chairman of Y": the body before the first post
                org = after or org
                end = org.j if org is not None and org.i >= j else j
                while end < len(doc) and (_honorific(doc[end].text)):
                    end += 1
                nxt_m = idx.at.get(end)
                named_next = nxt_m is None and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                    and doc[end].text[:1].isupper() and not doc[end].text.isupper() and org is None
                if (nxt_m is None or nxt_m.type != PERSON) and not named_next and not _person_before_comma(doc, idx, end):
                    # not "Jane Roe, Attorney General John Doe", "A, Assistant Director in Charge of the X Office B"
                    paired = _pair_before(doc, idx, m) if len(joined) == 1 else None
                    if paired is not None:  # "A and B, chairman and chief executive": A chairman, B chief executive
                        first_org = lead_org or org
                        yield RoleFact(_span(paired), joined[0], _span(first_org) if first_org else noun_ref, sent)
                        joined = []
                    for each in joined:  # its own body written before it, else the last post's
                        first_org = lead_org or org
                        yield RoleFact(_span(m), each, _span(first_org) if first_org else noun_ref, sent)
                    yield RoleFact(_span(m), title, _span(org) if org else noun_ref, sent)
                    for other, body in _conj_titles(doc, idx, j - 1):
                        yield RoleFact(_span(m), other, _span(body) if body else None, sent)
                    if org is not None and org.i >= j:
                        second = _second_post(doc, idx, org)
                        if second is not None:
                            yield RoleFact(_span(m), second[0], _span(second[1]), sent)
        # 2b. a title straight after the name, then its body: "Michael E. Horowitz Inspector General, U.S.
        # Department of Justice" (testimony and release headers)
        if hit is None and m.j < len(doc) and doc[m.j].text[:1].isupper():
            after_name = title_starting_at(doc, m.j)
            if after_name is not None:
                j, title = after_name
                body = None
                if j + 1 < len(doc) and doc[j].text == ",":
                    nxt = idx.at.get(j + 1)
                    body = nxt if nxt is not None and nxt.type == ORG and nxt.i == j + 1 else None
                body = body or _org_after(doc, idx, j, preps=("of",))
                if body is not None:
                    yield RoleFact(_span(m), title, _span(body), sent)
        # 3. title in apposition before the name: "the Mayor of London, Sadiq Khan"
        c = m.i - 1
        while c >= 0 and (_honorific(doc[c].text) or doc[c].text in _honorific_words() or (
                doc[c].text == "." and c > 0 and not doc[c - 1].whitespace_ and _honorific(doc[c - 1].text + "."))):
            c -= 1  # "the Right Honourable Jane Roe", "Rt Hon. Jane Roe" (the stop split off)
        if c >= 1 and c < m.i - 1 and doc[c].lower_ == "the":
            c -= 1  # "The Policing Minister, the Rt Hon Jane Roe MP, said"
        ranked = hit is not None and 0 < hit[0] <= c and doc[hit[0] - 1].text == ","
        if ranked:
            c = hit[0] - 1  # "the NPCC lead for knife crime, Commander Jane Roe,": a rank before the name too
        listed = m.j + 1 < len(doc) and doc[m.j].lower_ == "and" and doc[m.j + 1].is_lower \
            and doc[m.j + 1].lower_ not in ("the", "a", "an", "his", "her", "its", "their")
        if c > 0 and doc[c].text == "," and not listed:  # (not "met the Home Secretary, Idris Elba and campaign
            e = c - 1  # groups": a list of those met)
            if e >= 3 and doc[e].text == ")" and doc[e - 2].text == "(" and doc[e - 1].text.isupper():
                e -= 3  # "the Director of Public Prosecutions (DPP), Keir Starmer": the post's short form
            org = None
            after = idx.at.get(e)
            if after is not None and after.i >= 2 and doc[after.i - 1].lower_ in _ORG_PREPS | {"the"}:
                p = after.i - 1
                if doc[p].lower_ == "the":
                    p -= 1
                if doc[p].lower_ in _ORG_PREPS:
                    if after.type == ORG:
                        org = after
                    e = p - 1
            hit3 = title_ending_at(doc, e)
            if hit3 is None and org is None and e >= 2 and doc[e].lower_ in TITLE_HEADS and doc[e - 1].text in _POSSESSIVE \
                    and _org_before(doc, idx, e - 1) is not None:
                hit3 = e, doc[e].text  # "The Kansas City Police Department's chief, X": a bare head noun after a body's
            if ranked and hit3 is not None and org is None and _org_before(doc, idx, hit3[0] - 1) is None:
                hit3 = None  # "Mr. Chairman, Senator Jane Roe, and Members": a list, unless a body ties the post
            if hit3 is None and org is None:
                hit3 = _title_with_lower_remit(doc, idx, e)  # "the NPCC lead for knife crime, Commander X"
            if hit3 is None and org is None:
                remit = _remit_title(doc, idx, e)
                if remit is not None:
                    # "HM Chief Inspector of Probation, Martin Jones": the body is the remit's (resolved later)
                    yield RoleFact(_span(m), remit[0], _span(remit[1]) if remit[1] else None, sent)
            if hit3 is not None:
                t0, title = hit3
                joined = _titles_joined_before(doc, t0)  # "Lord Chancellor and Justice Secretary, X"
                first = joined[0][0] if joined else t0
                lead = _org_before(doc, idx, first - 1)
                org = org or _org_before(doc, idx, t0 - 1) or lead
                ref = _span(org) if org else _place_before(doc, idx, t0 - 1) or _body_noun_before(doc, t0 - 1) \
                    or _pronoun_body(doc, t0 - 1)
                yield RoleFact(_span(m), title, ref, sent)
                for _, other in joined:  # "Chairman and Chief Executive of Y, X": both posts in Y
                    yield RoleFact(_span(m), other, _span(org) if org else None, sent)
        # 4. copular: "X is the Chair of Y", "X became Chief Constable", "X was appointed (as) chief executive of Y"
        hit4 = _copular_title(doc, m, idx)
        if hit4 is not None:
            j, title, owner = hit4
            org = _org_after(doc, idx, j)
            yield RoleFact(_span(m), title, _span(org) if org else owner, sent)
            for other, body in _conj_titles(doc, idx, j - 1):  # "X is a professor of law and the director of Y"
                yield RoleFact(_span(m), other, _span(body) if body else None, sent)
        # 4b. "X took over as chief constable of Y", "As chair of Y, X has ...", "X took up his post as Y"
        hit4b = _as_title(doc, idx, m)
        if hit4b is not None:
            body4b = hit4b[1]
            yield RoleFact(_span(m), hit4b[0], _span(body4b) if isinstance(body4b, Mention) else body4b, sent)
        # 5. a verb of leading: "X chairs Y", "X, who heads Y", "Y, chaired by X", "Y is chaired by X"
        hit5 = _leads(doc, idx, m)
        if hit5 is not None:
            yield RoleFact(_span(m), hit5[0], hit5[1], sent)
        # 6. a body's members listed: "the taskforce's members include X and Y", "Committee members spoke,
        # including X, Y and Z"
        body6 = _listed_member_of(doc, m, sent)
        if body6 is not None:
            yield RoleFact(_span(m), "Member", body6, sent)
