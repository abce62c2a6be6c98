"""Resolution: mentions become entities, and references (``she``, ``the Commissioner``, ``it``) find them.

Within a document, :func:`cluster` merges the mentions of one real-world thing
into one :class:`Entity`, keeping every surface form and why it was merged:

* ``registry alias``: the curated registry says so (``Scotland Yard`` is the Metropolitan Police Service);
* ``acronym defined in text``: ``Directorate of Professional Standards (DPS)``;
* ``short form``: ``the Authority`` after ``UK Statistics Authority``;
* ``surname`` / ``shorter name``: ``Khan`` after ``Sadiq Khan``;
* ``same name``: the same words with another case, article or possessive.

Across documents the same entity gets the same id because ids come from
canonical names: the registry name first, else the longest full name the
document uses (honorifics and titles never part of it).

:class:`Resolver` answers "who is this?" for a token or a span: the entity a
name belongs to, or, for a pronoun (``she``, ``it``), a rank-only reference
(``the Commissioner``) or a body noun (``the department``, ``the force``),
the most recent fitting entity outside quotations.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.entities import NAME_SUFFIXES, ORG, ORG_HEADS, PERSON, PLACE, POLICY, Mention
from kg.extract.lexicon import RegistryEntry, norm_key, registry, titles
from kg.model import entity_id

_MALE = frozenset({"Mr", "Mr.", "Sir", "Lord", "Baron"})
#: Styles used with a first name alone ("Sir Tom", "Dame Vera").
_FIRST_NAME_STYLES = frozenset({"Sir", "Dame"})
_FEMALE = frozenset({"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Baroness"})
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
ORG_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})
FIRST_PLURAL = frozenset({"we", "our", "us"})
FIRST_SINGULAR = frozenset({"i", "me", "my"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
#: Body nouns a definite description can use for an organisation ("the department said").
ORG_NOUNS = ORG_HEADS | {"force", "police", "watchdog", "regulator", "organisation", "organization", "charity", "ministry", "prosecutors", "company"}
#: What a body noun can stand for: "the force" is a police force, whatever its name says.
_NOUN_KINDS = {"force": ("force", "police", "constabulary", "police_force"), "police": ("police", "constabulary", "police_force"),
               "constabulary": ("constabulary", "police", "police_force")}
#: Body nouns that say what kind of body is meant: "the council" or "the committee" is never the force or the
#: department named just before it, so it stands only for a body whose name is of that kind.
_KIND_ONLY_NOUNS = frozenset({"council", "committee", "subcommittee", "commission", "court", "tribunal", "charity",
                              "company", "board", "panel", "college", "assembly", "association", "federation",
                              "institute", "parliament", "congress", "senate", "squad", "team", "taskforce", "unit",
                              "inspectorate", "directorate"})
#: Documents that "say" things for the body that issued them ("the report said").
DOCUMENT_NOUNS = frozenset({"report", "review", "inspection", "study", "bulletin", "audit", "evaluation", "assessment",
                            "analysis", "survey", "findings", "release", "document", "testimony", "strategy",
                            "guidance", "plan", "paper", "letter", "publication", "framework", "consultation",
                            "summary", "briefing"})
_ISSUE_VERBS = frozenset({"publish", "release", "issue", "produce", "conduct", "carry", "complete", "launch", "unveil",
                          "present", "lay", "submit", "commission", "deliver"})
#: Verbs whose ``by`` agent wrote the document (``published by``, not ``commissioned by``).
_PUBLISH_VERBS = frozenset({"publish", "release", "issue", "produce", "conduct", "carry", "complete", "write", "prepare"})
SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "statement", "official", "officials", "source", "sources"})


def _title_phrase(tok: Token) -> str:
    """A post's words as the text writes them before its head, in lower case: ``justice secretary`` for the
    ``Secretary`` of ``the Justice Secretary`` (the head alone when no capitalised word goes before it)."""
    words = [tok.lower_]
    k = tok.i - 1
    while k >= 0 and tok.doc[k].dep_ == "compound" and tok.doc[k].head.i > k and tok.doc[k].text[:1].isupper():
        words.insert(0, tok.doc[k].lower_)
        k -= 1
    return " ".join(words)


def _holds_post(title: str, phrase: str) -> bool:
    """Is ``title`` the post ``phrase`` names: the same words, with or without a rank before them or a remit after
    them (``justice secretary`` is the Justice Secretary's; ``cabinet secretary`` the Cabinet Secretary for
    Justice's; ``minister`` never reaches here: a bare head is matched by its word alone)."""
    return title == phrase or title.endswith(" " + phrase) or title.startswith(phrase + " for ") \
        or title.startswith(phrase + " of ")


@dataclass
class Entity:
    """One person, organisation, place or policy in one document."""

    type: str
    name: str
    registry: RegistryEntry | None = None
    mentions: list[Mention] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # surface form -> why it was merged
    titles: set[str] = field(default_factory=set)  # posts held with no body named (graph.json ``titles``)
    posts: set[str] = field(default_factory=set)  # every post held, with or without a body (for "the Commissioner")
    gender: str | None = None
    part_of: str | None = None

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name)

    def add_alias(self, surface: str, reason: str) -> None:
        surface = " ".join(surface.split())
        if surface and surface != self.name and surface not in self.aliases:
            self.aliases[surface] = reason


def surname(name: str) -> str:
    """The surname of a person's name: its last word before a suffix (``Machen`` of ``Ronald C. Machen Jr.``)."""
    words = _words(name.replace(",", " "))
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def _before_of(key: str) -> list[str]:
    """The words of a name before its first ``of``: what kind of body it is."""
    words = key.split()
    return words[: words.index("of")] if "of" in words else words


def _words(text: str) -> list[str]:
    return [w for w in text.replace("\u2019", "'").split() if w]


def _person_gender(doc: Doc, m: Mention) -> str | None:
    lex = titles()
    k = m.i - 1
    while k >= 0 and (doc[k].text in lex.honorifics or doc[k].text.rstrip(".") in lex.honorifics):
        if doc[k].text in _MALE:
            return "m"
        if doc[k].text in _FEMALE:
            return "f"
        k -= 1
    return None


def _has_title_before(doc: Doc, m: Mention) -> bool:
    lex = titles()
    k = m.i - 1
    while k >= 0 and doc[k].text.rstrip(".") in lex.honorifics | {h.rstrip(".") for h in lex.honorifics}:
        return True
    if k >= 0 and doc[k].ent_type_ == "TITLE":
        return True
    return k >= 0 and any(lex.match([t.text for t in doc[max(0, k - n + 1) : k + 1]]) for n in range(1, 4))


def _initialled(a: list[str], b: list[str]) -> bool:
    """``Sally Q. Yates`` and ``Sally Quillian Yates``: the same first and last names, and each middle name of one
    written as its initial in the other."""
    if len(a) != len(b) or len(a) < 3 or a[0].lower() != b[0].lower() or a[-1].lower() != b[-1].lower():
        return False
    for x, y in zip(a[1:-1], b[1:-1]):
        x, y = x.rstrip("."), y.rstrip(".")
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        if not (len(short) == 1 and short.isupper() and long_[:1] == short):
            return False
    return True


def cluster(doc: Doc, mentions: Iterable[Mention]) -> list[Entity]:
    """Merge mentions into entities (see the module docstring for the rules)."""
    mentions = list(mentions)
    entities: dict[tuple[str, str], Entity] = {}
    by_span: dict[tuple[int, int], Entity] = {}
    reg = registry()

    def get(key: tuple[str, str], type_: str, name: str, entry: RegistryEntry | None = None) -> Entity:
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = Entity(type_, name, entry, part_of=entry.part_of if entry else None)
        return ent

    def attach(ent: Entity, m: Mention, reason: str) -> None:
        ent.mentions.append(m)
        ent.add_alias(m.text, reason)
        by_span[(m.start, m.end)] = ent

    # 1. names the registry knows, registry families and datelines
    deferred: list[Mention] = []
    persons: list[Mention] = []
    for m in mentions:
        entry = m.registry
        if entry is None and m.type in (ORG, PLACE) and m.source in ("ner", "composite"):
            entry = reg.lookup(m.text)
        if entry is not None:
            ent = get(("reg", entry.name), entry.type, entry.name, entry)
            attach(ent, m, "acronym defined in text" if m.source == "acronym" else "short form" if m.source == "short-form" else "registry alias")
        elif m.canonical:
            ent = get((m.type, norm_key(m.canonical)), m.type, m.canonical)
            ent.part_of = ent.part_of or m.part_of
            attach(ent, m, "registry pattern" if m.source == "pattern" else "dateline")
            if m.type == PLACE and m.source in ("composite", "dateline") and ", " in m.canonical:
                # "Baton Rouge, Louisiana": the city is also named by itself, the name a reader searches by
                ent.add_alias(m.canonical.split(", ")[0], "a city named with its state")
        elif m.long_form is not None:
            deferred.append(m)
        elif m.type == PERSON:
            persons.append(m)
        else:
            key = (m.type, norm_key(m.text))
            ent = entities.get(key)
            if ent is None:
                ent = get(key, m.type, m.text)
            attach(ent, m, "same name")

    # 2. people: full names first, then shorter forms and surnames
    full = sorted((m for m in persons if len(_words(m.text)) > 1), key=lambda m: -len(_words(m.text)))
    for m in full:
        words = _words(m.text)
        target = None
        for ent in (e for e in entities.values() if e.type == PERSON):
            ew = _words(ent.name)
            if norm_key(ent.name) == norm_key(m.text) or (
                set(w.lower() for w in words) <= set(w.lower() for w in ew) and words[-1].lower() == ew[-1].lower() and words[0].lower() == ew[0].lower()
            ) or _initialled(words, ew):
                target = ent
                break
        if target is None:
            target = get((PERSON, norm_key(m.text)), PERSON, m.text)
            attach(target, m, "same name")
        else:
            attach(target, m, "shorter name")
        target.gender = target.gender or _person_gender(doc, m)
    for m in sorted((m for m in persons if len(_words(m.text)) == 1), key=lambda m: m.start):
        word = m.text.lower()
        candidates = [e for e in entities.values() if e.type == PERSON and len(_words(e.name)) > 1 and surname(e.name).lower() == word]
        knights = [e for e in entities.values() if e.type == PERSON and len(_words(e.name)) > 1
                   and _words(e.name)[0].lower() == word] if m.i > 0 and doc[m.i - 1].text in _FIRST_NAME_STYLES else []
        if candidates:
            before = [e for e in candidates if e.mentions and e.mentions[0].start < m.start]
            target = (before or candidates)[-1]
            attach(target, m, "surname")
        elif len(knights) == 1:
            target = knights[0]  # "Dame Vera" after "Dame Vera Baird": a knight or dame is styled by first name
            attach(target, m, "first name")
        elif _has_title_before(doc, m):
            target = get((PERSON, norm_key(m.text)), PERSON, m.text)
            attach(target, m, "same name")
        else:
            continue  # a lone capitalised word the model called a person, with nothing to confirm it
        target.gender = target.gender or _person_gender(doc, m)

    # 2a. a lone word the recogniser called a place but which is a person's surname: "Ramsden told reporters"
    surnames = {surname(e.name): e for e in entities.values() if e.type == PERSON and len(_words(e.name)) > 1}
    for key, ent in list(entities.items()):
        if ent.type == PLACE and ent.registry is None and len(_words(ent.name)) == 1 and ent.name in surnames:
            for m in ent.mentions:
                m.type = PERSON
                attach(surnames[ent.name], m, "surname")
            del entities[key]

    # 2a'. a name the text places ("a prison at Glen Parva in Leicestershire") is that place wherever the
    # recogniser took it for a person ("The new Glen Parva will ...") unless a title makes it a person
    places = {norm_key(e.name): e for e in entities.values() if e.type == PLACE}
    for key, ent in list(entities.items()):
        target = places.get(norm_key(ent.name)) if ent.type == PERSON else None
        if target is not None and not any(_has_title_before(doc, m) for m in ent.mentions):
            for m in ent.mentions:
                m.type = PLACE
                attach(target, m, "same place")
            del entities[key]

    # 2a''. a person's name the recogniser called a body ("Jane Roe said" after "Home Secretary Jane Roe"): the
    # same words as a person the document names, so the same person
    people = {norm_key(e.name): e for e in entities.values() if e.type == PERSON}
    for key, ent in list(entities.items()):
        target = people.get(norm_key(ent.name)) if ent.type == ORG and ent.registry is None else None
        if target is not None and len(_words(ent.name)) > 1 and all(m.source == "ner" for m in ent.mentions):
            for m in ent.mentions:
                m.type = PERSON
                attach(target, m, "same name")
            del entities[key]

    # 2b. a city named alone joins the "City, State" a dateline or the text spelled out: "Toledo" -> "Toledo, Ohio"
    cities = {norm_key(e.name.split(",")[0]): e for e in entities.values() if e.type == PLACE and "," in e.name}
    for key, ent in list(entities.items()):
        if ent.type != PLACE or "," in ent.name or ent.registry is not None:
            continue
        base = norm_key(ent.name)
        for head in (" area", " region"):
            if base.endswith(head):
                base = base[: -len(head)]
        target = cities.get(base)
        if target is not None and target is not ent:
            for m in ent.mentions:
                attach(target, m, "same place")
            del entities[key]

    # 2c. an agency office named without its body noun joins the full name: "FBI Omaha" -> "FBI Omaha Field Office"
    orgs = {norm_key(e.name): e for e in entities.values() if e.type == ORG}
    for key, ent in list(entities.items()):
        if ent.type != ORG or ent.registry is not None:
            continue
        base = norm_key(ent.name)
        for suffix in (" field office", " field division", " division", " office"):
            target = orgs.get(base + suffix)
            if target is not None and target is not ent:
                for m in ent.mentions:
                    attach(target, m, "short form")
                del entities[key]
                break

    # 3. acronyms and short forms join their long form
    for m in deferred:
        assert m.long_form is not None
        ent = by_span.get(m.long_form)
        if ent is None:
            ent = get((m.type, norm_key(m.text)), m.type, m.text)
        attach(ent, m, "acronym defined in text" if m.source == "acronym" else "short form")

    # 3b. an acronym used before the text defines it ("WSP Chief Constable ..." then "Westshire Police (WSP)")
    defined = {}
    for ent in entities.values():
        if ent.type == ORG:
            for m in ent.mentions:
                if m.source == "acronym":
                    defined.setdefault(m.text, ent)
    for key, ent in list(entities.items()):
        target = defined.get(ent.name)
        if ent.type == ORG and ent.registry is None and target is not None and target is not ent and ent.name.isupper():
            for m in ent.mentions:
                attach(target, m, "acronym defined in text")
            del entities[key]

    # 3c. one body named shorter: "Office of the Inspector General" in a statement of the Inspector General of the
    # Department of Justice, an acronym the text never spells out ("the OIG", "USAO"), and a name the text also
    # gives with a place or parent before it or its district after it ("the Violence Reduction Unit" after
    # "London Violence Reduction Unit", "the U.S. Attorney's Office" beside "... for the District of Maryland")
    _merge_short_bodies(doc, entities, attach)

    # 4. canonical names: registry name, else the longest full form used
    out = []
    for ent in entities.values():
        if ent.registry is None and ent.mentions:
            forms = [m.text for m in ent.mentions if m.source not in ("acronym", "short-form", "government")]
            if ent.type in (ORG, POLICY, PLACE) and forms and not any(m.canonical for m in ent.mentions):
                best = max(forms, key=lambda f: (len(_words(f)), len(f)))
                if best != ent.name:
                    ent.aliases.setdefault(ent.name, "same name")  # (add_alias would refuse the current name)
                    ent.name = best
                    ent.aliases.pop(best, None)
            elif ent.type == PERSON and forms and not any(m.canonical for m in ent.mentions):
                # (a name written with a nickname keeps its name without it: "William Bratton")
                best = max(forms, key=lambda f: (len(_words(f)), len(f)))
                if best != ent.name:
                    ent.add_alias(ent.name, "shorter name")
                    ent.name = best
                    ent.aliases.pop(best, None)
        ent.mentions.sort(key=lambda m: m.start)
        out.append(ent)
    out.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    return out


_QUALIFIERS = (" for ", " in ", " of ", " on ")
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "&"})
_OIG = frozenset({"office of the inspector general", "office of inspector general"})


def _forms(ent: Entity) -> set[str]:
    """The normalised names an entity is written with (acronyms and back-references left out)."""
    out = {norm_key(m.text) for m in ent.mentions if m.source not in ("acronym", "short-form", "government")}
    if ent.registry is not None:
        out |= {norm_key(f) for f in (ent.registry.name, *ent.registry.aliases)}
    return {f for f in out if f}


def _office_of(form: str) -> str:
    """One spelling of an office named after its post or remit: ``office of the attorney general`` and
    ``attorney general office`` (``Attorney General's Office``) are the same; ``for`` and ``of`` are too
    (``Office for National Statistics`` misspelt ``Office of National Statistics``)."""
    form = form.replace(" for ", " of ")
    for lead in ("office of the ", "office of "):
        if form.startswith(lead) and " of " not in form[len(lead):] and len(form) > len(lead):
            return form[len(lead):] + " office"
    # "Department of Labor" / "the Labor Department", "Chicago Police Department" / "Chicago Police",
    # "Kent Constabulary" / "Kent Police"
    words = form.split()
    if len(words) in (3, 4) and words[0] == "department" and words[1] == "of" and words[2] != "the":
        return " ".join(words[2:]) + " department"
    for suffix in (" police department", " police force", " police service", " constabulary", " police"):
        if form.endswith(suffix) and len(form) > len(suffix) and " of " not in form:
            return form[: -len(suffix)] + " police"
    return form


def _initials(form: str) -> set[str]:
    """``U.S. Attorney's Office`` -> USAO, ``Office of the Inspector General`` -> OIG (up to a ``for``/``in``
    qualifier); ``Metropolitan Police Department of the District of Columbia`` -> MPD too (up to its first ``of``)."""
    whole = form.split()
    words = list(whole)
    for cut in ("for", "in"):
        if cut in words[1:]:
            words = words[: words.index(cut, 1)]
    out = {"".join(w[0] for w in words if w not in _INITIAL_SKIP).upper()}
    # the whole name's initials, with "of" read as a letter (FBOP: Federal Bureau of Prisons) or a last "and ..."
    # left out (CDC: Centers for Disease Control and Prevention)
    out.add("".join(w[0] for w in whole if w not in _INITIAL_SKIP or w == "of").upper())
    if len(whole) >= 4 and whole[-2] == "and":
        out.add("".join(w[0] for w in whole[:-2] if w not in _INITIAL_SKIP).upper())
    if "of" in words[2:]:
        out.add("".join(w[0] for w in words[: words.index("of", 2)]).upper())
    return {o for o in out if len(o) >= 2}


def _shorter_form(short: str, long: str) -> bool:
    """Is ``short`` the same body as ``long`` written without what qualifies it: a place or parent before it
    (``london violence reduction unit``) or a district after it (``u s attorney office for the district of ...``)?"""
    short, long = _office_of(short), _office_of(long)
    if len(short.split()) < 2:
        return False
    if short == long:
        return True  # the same name spelt another way
    if long.endswith(" " + short):
        return True
    if long.startswith(short) and long[len(short):].startswith(_QUALIFIERS):
        return True
    # "the Task Force" in "U.S. Department of Justice Task Force on Crime Reduction and Public Safety"
    at = long.find(" " + short + " ")
    return at > 0 and long[at + len(short) + 1:].startswith(_QUALIFIERS)


def _department_of_inspector(doc: Doc, entities: dict) -> Entity | str | None:
    """The one body the text names as its Inspector General's: ``Inspector General, U.S. Department of Justice``,
    ``the Inspector General of the Department of Homeland Security`` (its entity, or its name when only a headline
    names it)."""
    by_token: dict[int, Entity] = {}
    for ent in entities.values():
        if ent.type == ORG:
            for m in ent.mentions:
                for k in range(m.i, m.j):
                    by_token.setdefault(k, ent)
    found: dict[str, Entity | str] = {}
    for k in range(len(doc) - 3):
        if doc[k].lower_ != "inspector" or doc[k + 1].lower_ != "general" or doc[k + 2].lower_ not in (",", "of", "for", "at"):
            continue
        m = k + 3
        if m < len(doc) and doc[m].lower_ == "the":
            m += 1
        ent = by_token.get(m)
        if ent is not None:
            if _before_of(norm_key(ent.name))[:1] != ["office"]:
                found[norm_key(ent.name)] = ent
        elif m < len(doc) and doc[m].text[:1].isupper() and doc[m].lower_ in ORG_HEADS:
            n = m + 1  # "Inspector General of the Department of Veterans Affairs" in a headline the body never repeats
            while n < len(doc) and "\n" not in doc[n - 1].whitespace_ and (
                    doc[n].text[:1].isupper() and doc[n].is_alpha or doc[n].lower_ in ("of", "and", "the", "for")):
                n += 1
            while n > m + 1 and not doc[n - 1].text[:1].isupper():
                n -= 1
            name = doc[m:n].text
            entry = registry().lookup(name)
            found[norm_key(entry.name if entry else name)] = entities.get(("reg", entry.name), name) if entry else name
    return next(iter(found.values())) if len(found) == 1 else None


def _merge_short_bodies(doc: Doc, entities: dict, attach) -> None:
    reg = registry()
    orgs = [(key, ent) for key, ent in entities.items() if ent.type == ORG and ent.mentions]
    # an Office of the Inspector General in a text whose Inspector General belongs to one department is that
    # department's office (the registry's when it lists one: "Department of Justice Office of the Inspector General")
    dept = None
    for key, ent in orgs:
        if ent.registry is None and _forms(ent) & _OIG and not any(len(f.split()) > 5 for f in _forms(ent)):
            dept = dept or _department_of_inspector(doc, entities)
            if dept is None:
                break
            dept_entry = None if isinstance(dept, str) else dept.registry
            dept_name = dept if isinstance(dept, str) else dept.name
            office = next((e for e in reg.entries if dept_entry is not None and e.part_of == dept_entry.name
                           and "inspector general" in e.name.lower()), None)
            if office is not None:
                target = entities.get(("reg", office.name))
                if target is None:
                    target = entities[("reg", office.name)] = Entity(ORG, office.name, office, part_of=office.part_of)
            else:
                name = f"{dept_name} Office of the Inspector General"
                target = entities.get((ORG, norm_key(name)))
                if target is None:
                    target = entities[(ORG, norm_key(name))] = Entity(ORG, name, part_of=dept_name)
                for m in ent.mentions:
                    m.canonical = name  # the name stays the department's office when canonical names are chosen
            for m in ent.mentions:
                attach(target, m, "short form")
            del entities[key]
    orgs = [(key, ent) for key, ent in entities.items() if ent.type == ORG and ent.mentions]
    forms = {key: _forms(ent) for key, ent in orgs}
    for key, ent in orgs:
        if key not in entities:
            continue
        texts = {m.text for m in ent.mentions}
        acronym = len(texts) == 1 and next(iter(texts)).isupper() and next(iter(texts)).isalpha() \
            and 2 <= len(next(iter(texts))) <= 6 and ent.registry is None
        generic = ent.registry is not None and norm_key(ent.registry.name) in forms[key] and not ent.registry.part_of
        if ent.registry is not None and not generic:
            continue
        targets = []
        for okey, other in orgs:
            if okey == key or okey not in entities:
                continue
            if acronym and any(next(iter(texts)) in _initials(f) for f in forms[okey]):
                targets.append(other)
            elif not acronym and any(_shorter_form(f, g) for f in forms[key] for g in forms[okey]) and not (
                    ent.registry is not None and ent.registry.kind == "police_force"
                    and any(g.endswith(" of " + f) or g.endswith(" of the " + f) for f in forms[key] for g in forms[okey])) and (
                    other.registry is None or other.registry.kind == "oversight"
                    or any(_office_of(f) == _office_of(g) for f in forms[key] for g in forms[okey])
                    or (other.registry.kind == "police_force"
                        and any(g.startswith(f + " of ") for f in forms[key] for g in forms[okey]))):
                # (a committee or inspectorate the registry knows is written shorter after its full name: "the
                # Judiciary Committee" after "the Senate Judiciary Committee"; a generic "Police Service" is not
                # a short form of the Metropolitan Police Service, but is of the Police Service of Scotland)
                targets.append(other)
        if len(targets) > 1 and not acronym:
            # "the Task Force" fits "Task Force on Crime Reduction" and "U.S. Department of Justice Task Force on
            # Crime Reduction": when the candidates are one body written shorter and longer, the longest is it
            tkey = {id(t): next(k for k, e in entities.items() if e is t) for t in targets}
            targets = [t for t in targets if not any(
                u is not t and any(_shorter_form(f, g) for f in forms[tkey[id(t)]] for g in forms[tkey[id(u)]]) for u in targets)]
        if len(targets) == 1:
            for m in ent.mentions:
                attach(targets[0], m, "acronym" if acronym else "short form")
            del entities[key]


class Resolver:
    """Finds the entity a token or span refers to: names, pronouns, rank-only and body-noun references."""

    def __init__(self, doc: Doc, entities: list[Entity], *, quotes: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.entities = entities
        self.quotes = list(quotes or [])
        self._by_token: dict[int, Entity] = {}
        self._nested_by_token: dict[int, Entity] = {}
        timeline: list[tuple[int, Entity, Mention]] = []
        for ent in entities:
            for m in ent.mentions:
                target = self._nested_by_token if m.nested else self._by_token
                for k in range(m.i, m.j):
                    target.setdefault(k, ent)
                timeline.append((m.start, ent, m))
        timeline.sort(key=lambda x: x[0])
        self._timeline = timeline
        self._starts = [t[0] for t in timeline]
        self.publisher = next((e for _, e, m in timeline if e.type == ORG and not m.nested), None)

    # -- quotations -----------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quotes)

    # -- lookups ------------------------------------------------------------
    def entity_at(self, i: int, *, nested: bool = False) -> Entity | None:
        ent = self._by_token.get(i)
        if ent is None and nested:
            ent = self._nested_by_token.get(i)
        return ent

    def recent(self, pos: int, types: tuple[str, ...], *, gender: str | None = None, window: int = 1500,
               title_word: str | None = None, noun: str | None = None, title_phrase: str | None = None,
               exclude: Entity | None = None) -> Entity | None:
        """The most recent entity of these types mentioned before ``pos`` (other than ``exclude``), preferring
        mentions outside quotations; with ``title_word`` one holding a post of that head word, with
        ``title_phrase`` one holding that post (``justice secretary``: ``Justice Secretary`` or ``Cabinet Secretary
        for Justice`` for ``cabinet secretary``)."""
        k = bisect.bisect_left(self._starts, pos)
        fallback = None
        for idx in range(k - 1, -1, -1):
            start, ent, m = self._timeline[idx]
            if pos - start > window:
                break
            if ent.type not in types or m.nested or ent is exclude:
                continue
            if gender and ent.gender and ent.gender != gender:
                continue
            if title_word and not any(t.lower().split()[-1] == title_word for t in ent.titles | ent.posts):
                continue
            if title_phrase and not any(_holds_post(t.lower(), title_phrase) for t in ent.titles | ent.posts):
                continue
            if noun and noun not in _before_of(norm_key(ent.name)) and not (ent.registry and noun in ent.registry.kind):
                continue  # "the force" is not "Inspectorate of Constabulary"
            if not self.in_quote(start):
                return ent
            fallback = fallback or ent
        return fallback

    def _published_by(self, tok: Token) -> Entity | None:
        """The body or person a document noun is ``published by`` (``the report, published by the NAO``)."""
        for child in tok.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _PUBLISH_VERBS:
                by = next((c for c in child.children if c.dep_ == "agent"), None)
                for t in ([g for g in by.children if g.dep_ == "pobj"] if by is not None else []):
                    found = self.entity_at(t.i) or self.resolve_token(t)
                    if found is not None and found.type in (ORG, PERSON):
                        return found
        return None

    def issuer(self, tok: Token) -> Entity | None:
        """The body that issued the report (review, inspection ...) ``tok`` names: its possessor, compound or ``by``
        agent (``HMICFRS's report``, ``the IOPC report``, ``the report by the inspectorate``), else the subject of
        the last sentence before it that published, released or issued a report of that name."""
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "nmod") or (child.dep_ == "prep" and child.lower_ == "by"):
                for t in ([child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]):
                    found = self.entity_at(t.i) or (self.resolve_token(t) if t.lower_ in ORG_PRONOUNS else None)
                    if found is not None and found.type == ORG:
                        return found
        found = self._published_by(tok)  # "The report, published by the National Audit Office on Tuesday, found ..."
        if found is not None:
            return found
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "its") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        for prev in reversed(list(self.doc[max(0, tok.i - 400) : tok.i])):
            if prev.lemma_.lower() != lemma:
                continue
            by = next((g for c in prev.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                       if g.dep_ == "pobj"), None)
            found = self.entity_at(by.i) if by is not None else None
            if found is not None and found.type in (ORG, PERSON):
                return found  # "A report by the National Audit Office found ..."
            found = self._published_by(prev)  # "... in a report published yesterday by HMICFRS. The report concluded"
            if found is not None:
                return found
            if prev.dep_ == "pobj" and prev.head.lower_ == "in" and prev.head.head.pos_ in ("VERB", "AUX") and prev is not tok:
                # "In testimony before Congress, the FTC described ...", "In its annual report, the inspectorate said
                # ...": the body that speaks in it issued it
                agent = next((c for c in prev.head.head.children if c.dep_ == "nsubj"), None)
                found = self.resolve_token(agent) if agent is not None and agent.lemma_.lower() not in DOCUMENT_NOUNS else None
                if found is not None and found.type in (ORG, PERSON):
                    return found
                continue
            if prev.dep_ not in ("dobj", "nsubjpass"):
                continue
            verb = prev.head
            if verb.lemma_.lower() not in _ISSUE_VERBS:
                continue
            agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if agent is None:
                by = next((c for c in verb.children if c.dep_ == "agent"), None)
                agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            found = self.resolve_token(agent) if agent is not None else None
            if found is not None and found.type in (ORG, PERSON):
                return found
        return None

    def _first_titled(self, title_word: str) -> Entity | None:
        """The one person holding a post named later in the text ("The Home Secretary has ... Home Secretary Jane Doe said")."""
        holders = [e for e in self.entities if e.type == PERSON and any(t.lower().split()[-1] == title_word for t in e.titles | e.posts)]
        return holders[0] if len(holders) == 1 else None

    def resolve_token(self, tok: Token, *, speaker: Entity | None = None) -> Entity | None:
        """The entity ``tok`` (usually the head of a subject or agent phrase) refers to."""
        ent = self.entity_at(tok.i)
        if ent is not None:
            return ent
        lower = tok.lower_
        # a surname the recogniser missed ("Ward warned that ...") after the full name was used
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP", "LOC"):
            # (or called something else: "Marsh said" tagged as a body after "Sir Andy Marsh QPM")
            for ent in reversed([e for e in self.entities if e.type == PERSON]):
                if len(ent.name.split()) > 1 and surname(ent.name) == tok.text and ent.mentions and ent.mentions[0].start < tok.idx:
                    return ent
        # a title or noun with a name in apposition: "the Mayor of London, Sadiq Khan"
        for child in tok.children:
            if child.dep_ == "appos":
                found = self.entity_at(child.i)
                if found is not None and found.type in (PERSON, ORG):
                    return found
        # relative pronouns stand for their antecedent: "Theresa May, who has argued"
        if lower in _RELATIVE and tok.head.dep_ == "relcl":
            return self.resolve_token(tok.head.head, speaker=speaker)
        if lower in PERSON_PRONOUNS and tok.pos_ == "PRON":
            return self.recent(tok.idx, (PERSON,), gender=PERSON_PRONOUNS[lower])
        if lower in FIRST_SINGULAR and tok.pos_ == "PRON" and speaker is not None and self.in_quote(tok.idx):
            return speaker  # "I am delighted to announce ...", said X: the speaker (only where a caller names one)
        if lower in FIRST_PLURAL:
            if self.in_quote(tok.idx) and speaker is not None:
                return speaker
            return None if self.in_quote(tok.idx) else self.publisher
        if lower in ORG_PRONOUNS and tok.pos_ == "PRON":
            return self.recent(tok.idx, (ORG,), window=800)
        det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
        # "the report said": the body that issued it (guideline 8)
        if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.pos_ == "NOUN":
            return self.issuer(tok)
        # "a Met spokesman", "a spokesman for the Home Office": the organisation speaks
        if lower in SPEAKER_NOUNS:
            for child in tok.subtree:
                found = self.entity_at(child.i)
                if found is not None and found.type == ORG:
                    return found
            return self.recent(tok.idx, (ORG,))
        # rank-only: "the Commissioner", "the home secretary"
        if tok.ent_type_ == "TITLE" or titles().match([tok.text]) is not None:
            for child in tok.subtree:
                found = self.entity_at(child.i)
                if found is not None and found.type == PERSON:
                    return found
            phrase = _title_phrase(tok)
            if phrase != lower:
                # "said the Justice Secretary" after a Home Secretary was named: the holder of the whole post
                found = self.recent(tok.idx, (PERSON,), title_phrase=phrase)
                if found is not None:
                    return found
            return self.recent(tok.idx, (PERSON,), title_word=lower) or self._first_titled(lower)
        # "the department", "the force"
        if lower in ORG_NOUNS and det is not None and det.lower_ in ("the", "this"):
            for noun in _NOUN_KINDS.get(lower, (lower,)):
                found = self.recent(tok.idx, (ORG,), noun=noun)
                if found is not None:
                    return found
            if lower in _NOUN_KINDS or lower in _KIND_ONLY_NOUNS:
                return None  # "the force" with no police force named: better no speaker than the wrong body
            return self.recent(tok.idx, (ORG,), window=600)
        # compounds and possessors around the head: "Khan's office"
        for child in tok.children:
            if child.dep_ in ("compound", "nmod", "poss", "flat"):
                found = self.entity_at(child.i)
                if found is not None and found.type in (PERSON, ORG) and child.dep_ != "poss":
                    return found
        return None

    def resolve_span(self, start: int, end: int, *, speaker: Entity | None = None) -> Entity | None:
        """The entity a character span names or refers to (its syntactic head first, else its last name)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        found = self.resolve_token(span.root, speaker=speaker)
        if found is not None:
            return found
        for tok in reversed(span):
            found = self.entity_at(tok.i)
            if found is not None and found.type in (PERSON, ORG):
                return found
        if len(span) <= 3:
            for tok in span:
                found = self.resolve_token(tok, speaker=speaker)
                if found is not None:
                    return found
        return None
