"""Extraction: a parsed spaCy ``Doc`` in, one document's nodes and links (:class:`kg.model.DocumentFacts`) out.

:func:`extract_facts` is pure: it reads the ``Doc`` (parsed by a pipeline with
``kg_entities`` before ``ner``, see :func:`kg.nlp.load_pipeline`) and returns
plain data. The rules live in small modules that yield facts over character
spans (:mod:`kg.extract.entities`, :mod:`~kg.extract.roles`,
:mod:`~kg.extract.quotes`, and the statistics and policy rules in
:mod:`~kg.extract.statistics` and :mod:`~kg.extract.policies`);
:mod:`kg.resolve` turns spans into entities with stable ids.

>>> from kg.nlp import load_pipeline  # doctest: +SKIP
>>> nlp = load_pipeline()  # doctest: +SKIP
>>> facts = extract_facts(nlp('"We will act," said Home Secretary Sajid Javid.'), "d1")  # doctest: +SKIP
>>> sorted(n.id for n in facts.nodes)  # doctest: +SKIP
['person/sajid-javid', 'quote/d1/1']
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from types import ModuleType
from typing import Any

from spacy.tokens import Doc

from kg.extract import announce_model, learned
from kg.extract.entities import (ORG, ORG_HEADS, PERSON, PLACE, POLICY, Mention, Sentences, doc_sents, doc_text, doc_words,
                                 find_mentions)
from kg.extract.facts import PolicyFact, PolicyStatusFact, QuoteFact, RelationFact, RoleFact, Span, StatisticFact
from kg.extract.lexicon import elected_for_area, norm_key, registry, titles, without_country
from kg.extract.policies import LAW_HEADS, plural_noun_lemma
from kg.extract.quotes import find_quotes
from kg.extract.roles import bodies_in_titles, find_roles, police_force_of, titled_leads
from kg.model import DocumentFacts, Link, Mention as NodeMention, Node, doc_scoped_id, document_id, entity_id, slugify
from kg.resolve import FIRST_PLURAL, Entity, Resolver, cluster

__all__ = ["extract_facts"]

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,6})\)")


def _optional(module: str) -> ModuleType | None:
    """A rule module that may not be installed yet; any other import error is a real error."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return None
        raise


def _rule(module: str, name: str) -> Callable[[Doc], Iterable[Any]] | None:
    mod = _optional(module)
    return getattr(mod, name, None) if mod is not None else None




_PURPOSE_TAIL = re.compile(r" (?:to|for|against|on|into|towards) (?=[\w£$€])")
_ACRONYM_INSIDE = re.compile(r"\(([A-Z][A-Za-z]{1,6})\)")
#: Nouns that name a court or its members: they speak only as a court.
_COURT_NOUNS = frozenset({"court", "judge", "jury", "tribunal"})
#: Plural reviewers and the words naming the bodies they speak for ("Inspectors found" -> the inspectorate).
_REVIEWERS = {"inspector": ("Inspectorate", "Inspector General", "Inspection"), "auditor": ("Audit", "Inspector General")}
#: Documents of a review whose findings are the reviewing body's when the story names no issuer
#: (``An inspection found ...``), and the words that name such a body.
_REVIEW_DOCUMENTS = frozenset({"inspection", "review", "audit", "report", "evaluation", "assessment"})
#: Documents a body issues whose words are the issuer's when they speak ("the report found", "the assessment
#: highlights"), and the verbs of issuing one ("The NCA published its annual assessment").
_ISSUED_DOCUMENTS = frozenset({"report", "review", "assessment", "inspection", "audit", "evaluation", "study",
                               "analysis", "bulletin", "survey", "strategy", "plan", "paper", "testimony", "submission"})
_ISSUING_VERBS = frozenset({"publish", "release", "issue", "produce", "launch", "unveil", "present", "submit", "prepare",
                            "write", "compile", "conduct", "complete", "author", "lay"})
#: Documents a body gives rather than publishes: a release's "the testimony says" is its publisher's.
_GIVEN_DOCUMENTS = frozenset({"testimony", "submission"})
_REVIEW_BODIES = ("Inspectorate", "Inspector", "Inspection", "Audit", "Commission", "Ombudsman", "Committee", "Panel")
#: Lower-case words inside a post written out in capitals ("Cabinet Secretary for Justice", "A and B").
_TITLE_GLUE = frozenset({"for", "of", "and", "the", "in"})
#: Definite body nouns an oversight frame may name its overseen end by ("graded the force as good"), each with the
#: name words the body named before must hold to be the one meant.
_BACK_BODIES = {
    "force": {"police", "constabulary", "force"},
    "constabulary": {"constabulary"},
    "prison": {"hmp", "prison", "hmyoi", "hmps"},
    "jail": {"hmp", "prison", "jail"},
    "department": {"department"},
    "agency": {"agency", "administration"},
    "bureau": {"bureau"},
}
#: A body's kind, capitalised, standing for the body of that kind the story named ("the Department's strategy").
_BACK_NAMES = frozenset({"Department", "Agency", "Bureau", "Office", "Service", "Authority", "Board", "Commission",
                         "Administration", "Inspectorate", "Council"})
#: Last words of a policy mention that make a body name before them a programme's name.
_POLICY_NOUNS = frozenset({"program", "programme", "programs", "programmes", "initiative", "strategy", "scheme",
                           "fund", "campaign", "project", "plan", "partnership", "pilot", "grant", "grants"})


def _head_end(text: str, start: int, end: int) -> int:
    """Where the head part of a policy mention ends: before its purpose or object ("grants | to support X")."""
    tail = _PURPOSE_TAIL.search(text, start + 1, end)
    return tail.start() if tail is not None else end


#: Nouns for who speaks for a body: an unnamed official when the phrase names the body.
_SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})

#: Cues of a finding or recommendation, which a report's "we" makes for the body that carried out the review.
_FINDING_CUES = frozenset({"find", "conclude", "determine", "recommend"})

class _Builder:
    """Collects one document's nodes and links as the rules' facts are resolved."""

    def __init__(self, doc: Doc, doc_id: str) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.doc_id = doc_id
        self.warnings: list[str] = []
        self.mentions = find_mentions(doc)
        bodies = bodies_in_titles(doc, self.mentions)
        if bodies:  # "FBI Director X", "Denver Police Chief X": the body the title's words name
            self.mentions = sorted([m for m in self.mentions if not any(m.type == PLACE and not m.nested and b.i <= m.i
                                                                        and m.j <= b.j for b in bodies)] + bodies,
                                   key=lambda m: (m.start, -m.end))
        self.entities = cluster(doc, self.mentions)
        self.by_span: dict[tuple[int, int], Entity] = {}
        for ent in self.entities:
            for m in ent.mentions:
                self.by_span.setdefault((m.start, m.end), ent)
        self.quotes = find_quotes(doc, warnings=self.warnings, doc_id=doc_id)
        self.resolver = Resolver(doc, self.entities, quotes=[(q.quote.start, q.quote.end) for q in self.quotes if q.direct])
        self.stat_nodes: list[Node] = []
        self.quote_nodes: dict[int, Node] = {}
        self.links: list[Link] = []
        self.said_speaker: dict[int, Entity] = {}  # quote start -> speaker
        self.quote_spans: list[tuple[int, int, Span]] = []  # each quotation once: start, end, attribution sentence
        self.statuses: dict[str, list[PolicyStatusFact]] = {}  # policy id -> agentless status mentions

    # -- helpers --------------------------------------------------------------
    def link(self, source: str, target: str, type_: str, span: Span | None = None, sentence: Span | None = None,
             **props: Any) -> None:
        """A link at ``span``; its sentence is the text of ``sentence`` when given, else of ``span``."""
        where = sentence if sentence is not None else span
        sentence_text = self.text[where.start : where.end].strip() if where is not None else None
        self.links.append(
            Link(source, target, type_, self.doc_id, span.start if span else None, span.end if span else None, sentence_text,
                 {k: v for k, v in props.items() if v is not None})
        )

    def sentence_of(self, start: int, end: int) -> Span | None:
        """The sentence (or sentences) of the parse that hold the characters ``[start, end)``."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        if words is None or not len(words):
            return None
        # (``Token.sent`` scans the parse and makes two spans on each call)
        return Span(*Sentences.for_doc(self.doc).spanning(words.start, words.end))

    def entity_overlapping(self, start: int, end: int, types: tuple[str, ...]) -> Entity | None:
        best, best_len = None, 0
        for ent in self.entities:
            if ent.type not in types:
                continue
            for m in ent.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > best_len and (overlap * 2 >= (end - start) or overlap * 2 >= (m.end - m.start)):
                    best, best_len = ent, overlap
        return best

    def named(self, text: str, types: tuple[str, ...]) -> Entity | None:
        """The one entity of these types whose name or an alias is exactly ``text`` (case and punctuation aside)."""
        key = norm_key(_clean_name(text))
        if not key:
            return None
        found = [e for e in self.entities if e.type in types and (norm_key(e.name) == key or
                                                                  key in {norm_key(a) for a in e.aliases})]
        if not found and PERSON in types and len(key.split()) == 1 and text.strip()[:1].isupper():
            # "Swire Announces X" in a headline above "NIO Minister of State Hugo Swire": the one person of that surname
            found = [e for e in self.entities if e.type == PERSON and len(e.name.split()) > 1 and
                     norm_key(e.name.split()[-1]) == key]
        if not found and ORG in types and text.strip().isupper() and len(key.split()) == 1:
            # "COPS announced" (no entity of its own) for the one body also written "COPS Office"
            longer = {f"{key} {noun}" for noun in ("office", "agency", "bureau", "department", "service", "unit")}
            found = [e for e in self.entities if e.type == ORG and longer & {norm_key(a) for a in (e.name, *e.aliases)}]
        return found[0] if len(found) == 1 else None

    def same_body(self, text: str, start: int, end: int) -> Entity | None:
        """The one body of the document written with one modifier more or less than ``text`` and the same last word
        (a headline's ``Safe Streets Gang Task Force`` is the story's ``Safe Streets Task Force``, ``Regional
        Homeland Security Task Force`` its ``Homeland Security Task Force``); the form becomes an alias."""
        words = norm_key(_clean_name(text)).split()
        if len(words) < 3:
            return None
        found = []
        for ent in (e for e in self.entities if e.type == ORG):
            for form in (ent.name, *ent.aliases):
                other = norm_key(form).split()
                if len(other) >= 3 and other[-1] == words[-1] and abs(len(other) - len(words)) == 1 and \
                        (set(other) < set(words) or set(words) < set(other)):
                    found.append(ent)
                    break
        if len(found) != 1:
            return None
        m = Mention(*self._tokens(start, end), start, end, ORG, self.text[start:end], "rule")
        found[0].mentions.append(m)
        found[0].add_alias(m.text, "same body with one modifier more or less")
        return found[0]

    def prison_named(self, text: str) -> Entity | None:
        """The prison the document names in full that ``text`` names by its place alone: ``Lewes`` after ``HMP
        Lewes`` (``HMYOI``, ``HM Prison``, ``HM Young Offender Institution`` likewise)."""
        key = norm_key(_clean_name(text))
        if not key or not text.strip()[:1].isupper():
            return None
        for ent in (e for e in self.entities if e.type == ORG):
            for form in (ent.name, *ent.aliases):
                m = _PRISON_NAME.match(norm_key(form))
                if m is not None and m.group(1) == key:
                    return ent
        return None

    def new_entity(self, type_: str, name: str, start: int, end: int, reason: str = "same name") -> Entity:
        key = norm_key(name)
        for ent in self.entities:
            if ent.type == type_ and (norm_key(ent.name) == key or key in {norm_key(a) for a in ent.aliases}):
                break
        else:
            ent = Entity(type_, name)
            self.entities.append(ent)
        m = Mention(*self._tokens(start, end), start, end, type_, self.text[start:end], "rule")
        ent.mentions.append(m)
        ent.add_alias(m.text, reason)
        return ent

    def _tokens(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else (0, 0)

    # -- roles ------------------------------------------------------------------
    def roles(self) -> None:
        lex = titles()
        held: dict[str, dict[tuple[str, str | None], tuple[Entity, Entity | None, RoleFact]]] = {}
        by_registry = {e.registry.name: e for e in self.entities if e.registry is not None}
        for rf in find_roles(self.doc, self.mentions):
            person = self.by_span.get((rf.person.start, rf.person.end))
            if person is None or person.type != PERSON:
                continue
            org = self.by_span.get((rf.organisation.start, rf.organisation.end)) if rf.organisation else None
            if rf.organisation is not None and (org is None or org.type in (PLACE, PERSON)):
                force = self.force_of(rf)  # "Kent's chief constable": Kent Police, for police ranks only
                org = force if force is not None else org
            if org is None and rf.organisation is not None:  # "the force's Police and Crime Commissioner"
                org = self.resolver.resolve_span(rf.organisation.start, rf.organisation.end)
            if org is not None and org.type != ORG:
                org = None
            if org is None:
                implied = lex.canonical(rf.title)
                if implied is not None and implied.org:
                    org = by_registry.get(implied.org) or self.body_by_head(implied.org)
            if org is None:
                noun = self.text[rf.organisation.start:rf.organisation.end] if rf.organisation else None
                org = self.context_body(rf.title, noun, rf.person.start)
            canonical = lex.canonical(rf.title)
            key = (canonical.title if canonical else rf.title, org.id if org else None)
            if key not in held.setdefault(person.id, {}):
                held[person.id][key] = (person, org, rf)
        for roles in held.values():
            titled = {(t, o) for (t, o) in roles}
            for (canon, org_id), (person, org, rf) in sorted(roles.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
                title = canon
                if org_id is None and any(t == title and o for t, o in titled):
                    continue  # the same post with its body named elsewhere
                if org is not None and any(
                    t == title and o and o != org_id and self._part_of(o, org) for t, o in titled
                ):
                    continue  # "FBI SAC Gray" beside "SAC of the FBI, Charlotte Division": the division is more exact
                person.posts.add(rf.title)
                if org is None:
                    person.titles.add(rf.title)
                else:
                    self.link(person.id, org.id, "HOLDS_ROLE", rf.sentence, title=rf.title)
        for words, title, body, sentence in titled_leads(self.doc, self.mentions):
            # "the taskforce is chaired by the Home Secretary": the holder of that post, or the unnamed official
            org = self.by_span.get((body.start, body.end)) or self.resolver.resolve_span(body.start, body.end)
            span = self.doc.char_span(words.start, words.end, alignment_mode="expand")
            person = self.official(span) if span is not None else None
            if org is None or org.type != ORG or person is None or person.type != PERSON:
                continue
            if not any(l.type == "HOLDS_ROLE" and l.source == person.id and l.target == org.id
                       and l.props.get("title") == title for l in self.links):
                person.posts.add(title)
                self.link(person.id, org.id, "HOLDS_ROLE", sentence, title=title)

    def body_by_head(self, name: str) -> Entity | None:
        """The body a post belongs to (its registry ``name``), when the story names it only by its capitalised head
        noun: "the Inspectorate publishes its annual report" in a release quoting the Chief Inspector of Probation
        (guideline 7: the body from the immediate context). A new entity with that mention, else None."""
        entry = registry().lookup(name)
        if entry is None:
            return None
        made = next((e for e in self.entities if e.registry is entry), None)
        if made is not None:
            return made  # (read for an earlier holder of the post)
        heads = [w for w in entry.name.split() if w.lower() in ORG_HEADS and w[:1].isupper()]
        if len(heads) != 1:
            return None
        match = re.search(rf"\b[Tt]he ({re.escape(heads[0])})\b(?! of| for)", self.text)
        if match is None:
            return None
        s, e = match.span(1)
        body = Entity(ORG, entry.name, registry=entry)
        body.mentions.append(Mention(*self._tokens(s, e), s, e, ORG, self.text[s:e], "registry", registry=entry))
        self.entities.append(body)
        return body

    def force_of(self, rf: RoleFact) -> Entity | None:
        """The police force of the place a role's body span names, for a police rank held there (guideline 7:
        "Kent's chief constable" -> Kent Police): the force as the story names it, else the registry's."""
        s, e = rf.organisation.start, rf.organisation.end
        if _rank(rf.title) not in _FORCE_TITLES or elected_for_area(rf.title):
            return None
        entry = police_force_of(self.text[s:e])
        if entry is None:
            return None
        for ent in self._orgs():
            if ent.registry is entry or ent.name == entry.name:
                return ent
        force = Entity(ORG, entry.name, registry=entry)
        force.mentions.append(Mention(*self._tokens(s, e), s, e, ORG, self.text[s:e], "registry", registry=entry))
        self.entities.append(force)
        return force

    def body_of(self, person: Entity) -> Entity | None:
        """The one body a person holds a post in (from the roles found so far)."""
        bodies = {l.target for l in self.links if l.type == "HOLDS_ROLE" and l.source == person.id}
        if len(bodies) != 1:
            return None
        (body,) = bodies
        return next((e for e in self.entities if e.id == body), None)

    def remit(self, overseer: Entity) -> tuple[Entity, Entity] | None:
        """Overseer and overseen of oversight stated with no object ("our oversight responsibilities"): an
        inspector general's remit is the department it is the inspector general of, when the story names it. A
        person who holds that post speaks for their office when the story names the office too."""
        if overseer.type == PERSON:
            posts = {l.target for l in self.links if l.type == "HOLDS_ROLE" and l.source == overseer.id
                     and any(p in str(l.props.get("title", "")).lower() for p in _REMIT_POSTS)}
            if len(posts) != 1:
                return None
            department = next((e for e in self.entities if e.id in posts), None)
            if department is None:
                return None
            office = next((e for e in self._orgs() if _remit_office(e) and e.part_of == department.name), None)
            return (office or overseer, department)
        if not _remit_office(overseer):
            # "our oversight" where "we" reads as the department itself: a department does not oversee itself,
            # its inspector general's office does, when the story names that office
            office = next((e for e in self._orgs() if _remit_office(e) and e.part_of == overseer.name), None)
            return (office, overseer) if office is not None else None
        if overseer.part_of:
            department = next((e for e in self._orgs() if e.name == overseer.part_of), None)
        else:  # "Department of Homeland Security Office of Inspector General": the body its name begins with
            office = overseer.name.lower()
            named = [(len(form), e) for e in self._orgs() if e is not overseer and not _remit_office(e)
                     for form in (e.name, *e.aliases) if len(form) > 3 and office.startswith(form.lower() + " ")]
            department = max(named, key=lambda p: p[0])[1] if named else None
        return (overseer, department) if department is not None else None

    def context_body(self, title: str, noun: str | None, at: int | None = None) -> Entity | None:
        """The body a title belongs to when the text does not write it next to the title (guideline 7).

        A careful reader takes the body from context: ``the force's`` / ``Board chairwoman X`` name one body of
        that kind; ``Chief Inspector of Probation`` the body named for its remit; a force's rank, an agency's
        Special Agent in Charge, an office's Director, an agency's Administrator, a commission's Commissioner, a
        department's Secretary, an inspectorate's Chief Inspector, a board's chair take the body of that kind
        the person is written beside: the nearest such body in the sentence, else the one such body in the paragraph, else the one
        such body the story names, else the one the story is mostly about (most often named). Otherwise none."""
        if noun is not None:
            head = noun.lower()
            if head == "force":
                kinds = [e for e in self._orgs() if _is_force(e)]
            else:
                kinds = [e for e in self._orgs() if _name_head(e.name) == head]
            return kinds[0] if len(kinds) == 1 else self._named_last(kinds, at)
        rank = _rank(title)
        if re.search(r" (?:of|for) (?:the )?[A-Z]", title):
            # "Chief Inspector of Probation": the one body the story names whose name holds the remit's words
            post, remit_words = re.split(r" (?:of|for) (?:the )?(?=[A-Z])", title, maxsplit=1)
            remit = set(_words_of(remit_words)) - {"and", "the", "of"}
            kinds = [e for e in self._orgs() if remit <= set(_words_of(e.name.replace(",", " ")))]
            if post.lower().endswith(("inspector", "ombudsman")):
                # an overseer's post belongs to the overseeing body (HM Inspectorate of Probation), never to the
                # service its remit names (the Probation Service is what the Chief Inspector inspects)
                kinds = [e for e in kinds if {"inspectorate", "inspector", "inspection", "ombudsman"}
                         & set(_words_of(e.name))]
                return kinds[0] if len(kinds) == 1 else None
            if len(kinds) > 1:  # "Chief Inspector of Probation": the Inspectorate of Probation, not the Probation Service
                stems = {w[:5] for w in _words_of(title) if len(w) > 4 and w not in remit}
                kinds = [e for e in kinds if stems & {w[:5] for w in _words_of(e.name)}] or kinds
            if kinds or _rank(post) in _FORCE_TITLES or _rank(post) in _AGENCY_TITLES:
                return kinds[0] if len(kinds) == 1 else None
            # no body named for the remit: "Director of Public Protection", "Minister of State" are posts of the
            # body of their head's kind ("the council's director", the Northern Ireland Office's minister)
            rank = _rank(post)
        kinds: list[Entity] = []
        if rank in _FIRE_RANKS:
            # "Assistant Chief Officer X" is a rank of a fire and rescue service as much as of a police force: the
            # story's publisher when it is one of either, else the one the person is written beside
            kinds = [e for e in self._orgs() if _is_force(e) or _is_fire_service(e)]
            publisher = self.resolver.publisher
            return publisher if publisher in kinds else self._nearest_body(kinds, at)
        if rank in _FORCE_TITLES:
            kinds = [e for e in self._orgs() if _is_force(e)]
        elif rank in _AGENCY_TITLES:
            # "Special Agent in Charge X" in a release that names one investigative agency: that agency, or its one
            # field office when the release names one
            agencies = {e.name: e for e in self._orgs() if e.registry is not None and e.registry.name in _AGENCIES}
            offices = [e for e in self._orgs() if e.part_of in agencies]
            parents = set(agencies) | {e.part_of for e in offices}
            if len(parents) != 1:
                # a release naming several agencies: the one the person is written beside, else the one the
                # release names most (the agency whose release it is)
                return self._nearest_body(list(agencies.values()), at)
            kinds = offices or list(agencies.values())
        if not kinds:
            fits = _post_fits(rank)
            kinds = [e for e in self._orgs() if fits(e)] if fits is not None else []
        if not kinds and _portfolio_post(rank):
            # "Justice Secretary X", "Community Safety Minister X" in a story that names a devolved government and
            # not the UK department of that portfolio: the devolved government's minister
            kinds = [e for e in self._orgs() if e.registry is not None and e.registry.kind == "devolved_government"]
        if not kinds and _staff_post(rank):
            # "Director of Public Protection Jane Roe" in a council's release, "X, chief executive," after a
            # charity's name: a post every kind of body has, held in the body the person is written beside
            kinds = [e for e in self._orgs() if _has_staff(e) and not self._names_a_scheme(e)]
            if rank.lower() == "president":
                # a bare "President" heads a member body (an association, a federation, a college), never a
                # department or a force: "President Donald Trump" in a Home Office story holds no Home Office post
                kinds = [e for e in kinds if _MEMBER_BODY_WORDS & set(_words_of(e.name))]
        return self._nearest_body(kinds, at)

    def _names_a_scheme(self, ent: Entity) -> bool:
        """Is a body's name written before a scheme's noun ("Drug-Free Communities (DFC) grants"): a programme's
        name the recogniser took for a body, which holds no post."""
        for m in ent.mentions:
            after = re.match(r"\s*(?:\([A-Z]{2,8}\)\s*)?([a-z]+)", self.text[m.end:m.end + 40])
            if after and after.group(1) in _POLICY_NOUNS:
                return True
        return False

    def _nearest_body(self, kinds: list[Entity], at: int | None) -> Entity | None:
        """Of the bodies that can hold a post, the one a reader takes for the person named at ``at``: the one
        body; else the nearest in the person's sentence, else the one in the paragraph; else the one named most
        often (two in the paragraph and none in the sentence: none)."""
        if len(kinds) <= 1:
            return kinds[0] if kinds else None
        if at is not None:
            sent = self.sentence_of(at, at + 1)
            para = Span(self.text.rfind("\n", 0, at) + 1, (self.text.find("\n", at) + 1 or len(self.text) + 1) - 1)
            for scope in (sent, para):
                if scope is None:
                    continue
                near = [(abs(m.start - at), e.name, e) for e in kinds for m in e.mentions
                        if scope.start <= m.start and m.end <= scope.end]
                if near and (scope is sent or len({n[1] for n in near}) == 1):
                    return min(near, key=lambda n: (n[0], n[1]))[2]
                if near:
                    return None  # two such bodies around the sentence: the reader cannot tell which
        counts = sorted(((len({m.start for m in e.mentions}), e) for e in kinds), key=lambda c: -c[0])
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    @staticmethod
    def _named_last(kinds: list[Entity], at: int | None) -> Entity | None:
        """Of several bodies of one kind, the one a bare noun before a title refers back to (``Committee Chairman
        X`` after ``... appeared before the Home Affairs Committee``): the one named last before ``at``; none when
        none is named before it."""
        if at is None:
            return None
        before = [(max(m.start for m in e.mentions if m.start < at), e.name, e) for e in kinds
                  if any(m.start < at for m in e.mentions)]
        return max(before, key=lambda b: (b[0], b[1]))[2] if before else None

    def _orgs(self) -> list[Entity]:
        return [e for e in self.entities if e.type == ORG and e.mentions]

    def _part_of(self, child_id: str, parent: Entity) -> bool:
        """Is the body ``child_id`` part of ``parent``: by the registry, or as the text writes it (``the Chicago Field
        Division of the Bureau of Alcohol, ...``, ``the Laredo Field Office of the FBI``)?"""
        child = next((e for e in self.entities if e.id == child_id), None)
        if child is None:
            return False
        if child.part_of == parent.name:
            return True
        if child.registry is not None or _words_of(child.name)[-1:] not in ([w] for w in _SUB_UNIT_HEADS):
            return False
        starts = {m.start for m in parent.mentions}
        for m in child.mentions:
            of = _OF_THE.match(self.text, m.end, m.end + 10)
            if of is not None and of.end() in starts:
                return True
        return False

    # -- quotations ---------------------------------------------------------------
    def quotations(self) -> None:
        for q in self.quotes:
            speakers = self.speakers(q.speaker) if q.speaker else []
            if q.speaker and q.cue in _FINDING_CUES and self.text[q.speaker.start:q.speaker.end].lower() == "we":
                author = self.oversight_author()  # "We found that ...", "We recommended that ..." in an audit report
                speakers = [author] if author is not None and author.type == ORG else speakers
            # a quotation split around its attribution: its words are its parts, without the attribution
            text = " ".join(self.text[p.start : p.end].strip() for p in q.parts) if q.parts \
                else self.text[q.quote.start : q.quote.end]
            node = self.quote_nodes.get(q.quote.start)
            fresh = node is None
            if node is None:
                node = Node(doc_scoped_id("Quote", self.doc_id, q.quote.start), "Quote", props={"text": text})
                node.mentions.append(NodeMention(self.doc_id, q.quote.start, q.quote.end))
                self.quote_nodes[q.quote.start] = node
            for speaker in speakers:
                self.said_speaker.setdefault(q.quote.start, speaker)
                self.link(speaker.id, node.id, "SAID", q.sentence, cue=q.cue, direct=q.direct, quote=text)
            if fresh:
                self.quote_spans.append((q.quote.start, q.quote.end, q.sentence))

    def quote_mentions(self) -> None:
        """Quote -> entity MENTIONS, once every entity is known: policies and the targets of relations are
        found after the quotations, and "who said what about policy P" needs their mentions inside quotes too.
        Each link carries the quoted words' offsets and the attribution sentence."""
        for qs, qe, sentence in self.quote_spans:
            node = self.quote_nodes[qs]
            for ent in self.entities:
                inside = [m for m in ent.mentions if qs <= m.start and m.end <= qe]
                if inside:
                    first = min(inside, key=lambda m: (m.start, m.end))
                    where = self.sentence_of(first.start, first.end) or sentence
                    self.link(node.id, ent.id, "MENTIONS", Span(first.start, first.end), sentence=where)

    def speakers(self, span: Span) -> list[Entity]:
        """Who a speaker phrase names: every person it lists (``X and Y announced``), else what it refers to."""
        doc = self.doc
        words = doc.char_span(span.start, span.end, alignment_mode="expand")
        if words is None or not len(words):
            return []
        root = words.root
        found: list[Entity] = []
        titled: list[Entity] = []
        for ent, m in self._people_in(words):
            if self._describes_person(ent, m):
                continue
            tok, ok = doc[m.j - 1], True
            while tok.i != root.i and words.start <= tok.i < words.end and tok.head.i != tok.i:
                if tok.dep_ in ("relcl", "acl", "prep", "pobj", "poss", "dobj", "advcl", "npadvmod") \
                        and "TITLE" not in (tok.ent_type_, tok.head.ent_type_):  # "Special Agent in Charge Greg Nelson"
                    ok = False
                    break
                tok = tok.head
            if ok and ent not in found:
                found.append(ent)
            elif m.i > 0 and doc[m.i - 1].ent_type_ == "TITLE" and ent not in titled:
                titled.append(ent)
        listed = self._listed_speakers(words)
        if len(listed) > 1 and all(any(f is e for e in listed) for f in found):
            return listed  # "A, Special Agent in Charge of the FBI's X Office B, and C announced ..."
        if found or titled:
            return found or titled[-1:]
        if len(listed) == 1:
            return listed  # "The IOPC director general, Rachel Watson, said": the name in apposition speaks
        rel = next((t for t in words if t.dep_ == "relcl" and t.head.i == root.i and t.i > root.i), None)
        if rel is not None and rel.left_edge.i > words.start and doc[rel.left_edge.i - 1].text == ",":
            # "The Chief Constable, who took charge in 2022, said ...": the relative clause describes the speaker;
            # the words before it name them
            head = doc[words.start : rel.left_edge.i - 1]
            if len(head):
                return self.speakers(Span(head[0].idx, head[-1].idx + len(head[-1].text)))
        spokesperson = self.spokesperson(words, root, span)
        if spokesperson is not None:
            return [spokesperson]
        post = self.post_of_body(root)
        if post is not None:
            return [post]
        ent = self._possessed_body(root) or self.resolver.resolve_span(span.start, span.end) or self.acronym_body(root)
        if root.lemma_.lower() in _COURT_NOUNS and root.pos_ in ("NOUN", "PROPN") \
                and (ent is not None or root.lemma_.lower() in ("court", "tribunal")) \
                and (ent is None or not any(k in ent.name for k in ("Court", "Tribunal"))):
            # "the court found": the court speaks, not the last body the story named
            court = self.unnamed_court(root, span)
            return [court] if court is not None else []
        if ent is None:
            ent = self.official(words)
        if ent is None:
            ent = self.report_issuer(root)
        if ent is None:
            ent = self.reviewing_body(words)
        if ent is None and len(words) == 1 and root.lower_ in ("he", "she"):
            ent = self.titled_before(root) or self.speaking_next(root)
        if ent is not None and ent.type == PLACE:
            ent = self.body_of_place([ent.name, *ent.aliases], root)
        elif ent is None and all(t.pos_ == "PROPN" and t.ent_type_ in ("", "GPE", "LOC") for t in words):
            ent = self.body_of_place([words.text], root)  # the recogniser took the place for no name at all
        return [ent] if ent is not None and ent.type in (PERSON, ORG) else []

    def report_issuer(self, root: Any) -> Entity | None:
        """``The report found that ...``, ``this assessment highlights how ...``: a report that speaks speaks for
        who issued it (guideline 8: "the report said", attributed to the issuing body). The issuer is the body or
        person the report's own words name (``the NCA's report``, ``a report from the OIG``, ``the HMIC report``,
        ``the final report of the Special Rapporteur``); else the one the text last names as the issuer of such a
        document before it, by those words or as who published, released or prepared it (``The NCA yesterday
        published its annual assessment. The report highlights ...``); else, for a testimony or a submission, the
        document's publisher (``The FTC today told the Subcommittee ... the testimony says``). A report no one is
        said to have issued speaks for no one."""
        if root.lemma_.lower() not in _ISSUED_DOCUMENTS or root.pos_ != "NOUN":
            return None
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their", "our")
                   or c.dep_ == "poss" for c in root.children):
            return None  # ("a report said": any report, whose issuer the story need not have named)
        own = self._named_issuer(root)
        if own is not None:
            return own or None
        lemmas = doc_words(self.doc).lemma_lower  # (a Token is made only for a document's noun or an issuing verb)
        for tok in (self.doc[k] for k in range(root.i - 1, -1, -1)
                    if lemmas[k] in _ISSUED_DOCUMENTS or lemmas[k] in _ISSUING_VERBS):
            low = tok.lemma_.lower()
            if low in _ISSUED_DOCUMENTS and tok.pos_ == "NOUN":
                named = self._named_issuer(tok)
                if named:
                    return named
            elif low in _ISSUING_VERBS and tok.pos_ == "VERB" and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ISSUED_DOCUMENTS for c in tok.children):
                agent = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if agent is None:
                    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                                 None)
                ent = self.resolver.entity_at(agent.i) if agent is not None else None
                if ent is not None and ent.type in (PERSON, ORG):
                    return ent
        # ("The FTC today told the Subcommittee ... the testimony says": the publisher's own testimony; a report no
        # one is said to have issued speaks for no one)
        return self.resolver.publisher if root.lemma_.lower() in _GIVEN_DOCUMENTS else None

    def _named_issuer(self, noun: Any) -> Entity | None | bool:
        """The person or body a report's own words name as its issuer (a possessor, a name before it, ``of``,
        ``from`` or ``by``); False when they name one the text does not make a person or body; None when they
        name none."""
        # (the name before it first: "the Government's Harm Panel report" is the panel's)
        named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        named += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        named += [c for c in noun.children if c.dep_ == "poss"]
        for tok in named:
            if tok.pos_ == "PRON":  # "Our report called for ...": the body the pronoun stands for
                ent = self.resolver.resolve_span(tok.idx, tok.idx + len(tok.text))
            else:
                ent = self.resolver.entity_at(tok.i)
            if ent is not None and ent.type in (PERSON, ORG):
                return ent
        return False if any(t.pos_ != "PRON" for t in named) else None

    def body_of_place(self, forms: list[str], root: Any) -> Entity | None:
        """``Essex Police has published its figures. Essex announced that ...``: a place that speaks stands for the
        body of the story named after it (guideline 3: a district that acts is an organisation), the one named last
        before the phrase (else first after); a place with no such body speaks for no one."""
        names = {norm_key(n) for n in forms if n}
        bodies = []
        for ent in self.entities:
            if ent.type != ORG:
                continue
            key = f" {norm_key(ent.name)} "
            if any(n and f" {n} " in key for n in names):
                for m in ent.mentions:
                    bodies.append((m.start, ent))
        if not bodies:
            return None
        before = [b for b in bodies if b[0] < root.idx]
        return max(before, key=lambda b: b[0])[1] if before else min(bodies, key=lambda b: b[0])[1]

    def titled_before(self, pronoun: Any) -> Entity | None:
        """``The Prime Minister met families today. He pledged that ...``: a pronoun speaker with no person named
        before it is the official the last definite post before it names (in the same or the sentence before),
        the person holding that post or the unnamed official (guideline 5)."""
        doc = self.doc
        cur = self.sentence_of(pronoun.idx, pronoun.idx + 1)
        if cur is None:
            return None
        prev = self.sentence_of(cur.start - 2, cur.start - 1) if cur.start >= 2 else None
        lo = prev.start if prev is not None else cur.start
        for ent in reversed([e for e in doc.ents if e.label_ == "TITLE" and lo <= e.start_char < pronoun.idx]):
            if ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON":
                return None  # the post of a person named: the resolver would have found them
            if ent.start == 0 or doc[ent.start - 1].lower_ != "the":
                continue
            return self.official(doc[ent.start - 1 : ent.end])
        return None

    def speaking_next(self, pronoun: Any) -> Entity | None:
        """``"...," she said. Chief Inspector X was speaking at the launch.``: a pronoun speaker with no one named
        before is the person the next sentence says was speaking (guideline 8: pronoun speakers resolved to the
        person)."""
        sent = pronoun.sent
        if sent.end >= len(self.doc):
            return None
        nxt = self.doc[sent.end].sent
        for tok in nxt:
            if tok.lemma_.lower() != "speak" or tok.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            ent = self.resolver.entity_at(subj.i) if subj is not None else None
            if ent is not None and ent.type == PERSON:
                return ent
        return None

    def acronym_body(self, tok: Any) -> Entity | None:
        """``HMCPSI concluded that ...``, ``The OIG determined that ...``: an acronym the recogniser did not take for
        a mention is the organisation of the story whose initials it spells (``HM Crown Prosecution Service
        Inspectorate``; a trailing part of the name: ``DOJ Office of the Inspector General``), the one named last
        before it when several do."""
        word = tok.text
        if not (2 <= len(word) <= 8 and word.isalpha() and word.isupper()) or self.resolver.entity_at(tok.i) is not None:
            return None
        found: list[tuple[int, Entity]] = []
        for ent in self.entities:
            if ent.type != ORG or not ent.mentions:
                continue
            forms = (ent.name, *ent.aliases)
            if word in forms or any(_spells(word, form) for form in forms):
                before = [m.start for m in ent.mentions if m.start < tok.idx]
                found.append((max(before) if before else -1, ent))
        if not found:
            return None
        ent = max(found, key=lambda f: f[0])[1]
        ent.add_alias(word, "acronym of its initials")
        return ent

    def post_of_body(self, root: Any) -> Entity | None:
        """``the Director of the Serious Fraud Office said``: a post of a named body speaks as its holder the story
        names (``Director``), else as the official the post names (guideline 5), never as the body itself."""
        if root.pos_ not in ("PROPN", "NOUN") or not (root.ent_type_ == "TITLE" or titles().match([root.text])):
            return None
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == root.i + 1), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        body = self.resolver.entity_at(pobj.i) if pobj is not None else None
        if body is None or body.type != ORG or self.resolver.entity_at(root.i) is not None:
            return None
        holder = self.resolver.resolve_token(root)
        if holder is not None:
            return holder if holder.type == PERSON else None
        left = root.left_edge
        while left.i < root.i and left.lower_ in ("the", "a", "its", "their"):
            left = self.doc[left.i + 1]
        start, end = left.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        if "\n" in self.text[start:end]:
            return None
        return self.new_entity(PERSON, self.text[start:end], start, end, "title of an unnamed official")

    def unnamed_court(self, root: Any, span: Span) -> Entity | None:
        """``A federal court has ordered ... The court found that ...``: a court the story never names speaks as the
        Organisation its first mention describes (``federal court``); a judge or jury is a person, not this."""
        if root.lemma_.lower() not in ("court", "tribunal"):
            return None
        first = next((t for t in self.doc[: root.i + 1] if t.lemma_.lower() == root.lemma_.lower() and t.is_lower
                      and t.pos_ == "NOUN" and self.resolver.entity_at(t.i) is None), None)
        if first is None:
            return None
        mods = [c for c in first.children if c.dep_ in ("amod", "compound") and c.i < first.i and c.is_lower]
        left = min([first.i, *(m.i for m in mods)])
        start, end = self.doc[left].idx, first.idx + len(first.text)
        court = self.new_entity(ORG, self.text[start:end], start, end, "a court the story does not name")
        if (span.start, span.end) != (start, end):
            m = Mention(*self._tokens(span.start, span.end), span.start, span.end, ORG, self.text[span.start:span.end], "rule")
            court.mentions.append(m)
            court.add_alias(m.text, "the same court")
        return court

    def _possessed_body(self, root: Any) -> Entity | None:
        """``The Office of Justice Programs' National Institute of Justice (NIJ) announces ...``: the parser may make
        the possessor the subject and the body it owns an apposition; the owned body speaks."""
        owner = self.resolver.entity_at(root.i)
        if owner is None or owner.type != ORG:
            return None
        for child in root.children:
            if child.dep_ != "appos" or child.i < root.i:
                continue
            owned = self.resolver.entity_at(child.i)
            between = self.doc[root.i + 1 : child.left_edge.i]
            if owned is not None and owned is not owner and owned.type == ORG and any(
                    t.tag_ == "POS" or t.text in ("'", "\u2019", "'s", "\u2019s") for t in between):
                return owned
        return None

    def oversight_author(self) -> Entity | None:
        """Who carried out the inspection, audit or review a report speaks of without naming its agent ("The
        inspection found ...", "Lewes had been unsafe at its last two inspections", "This inspection examined
        HMPPS"): the document's publisher when it is an oversight body; else the first oversight body the document
        names (a police force's release on "the inspection" that names HMICFRS); else the person the document
        titles as the inspector, ombudsman or auditor who signs it ("Charlie Taylor, Chief Inspector of Prisons").
        None when the document names no overseer: an inspection by nobody named is no one's."""
        publisher = self.resolver.publisher
        if publisher is not None and _oversight_body(publisher):
            return publisher
        bodies = [(min(m.start for m in e.mentions if not m.nested), e) for e in self.entities
                  if e.type == ORG and any(not m.nested for m in e.mentions) and _oversight_body(e)]
        if bodies:
            return min(bodies, key=lambda b: b[0])[1]
        people = [(min((m.start for m in e.mentions), default=0), e) for e in self.entities
                  if e.type == PERSON and self._inspector_title(e)]
        if people:
            return min(people, key=lambda b: b[0])[1]
        # "Report on an unannounced inspection of HMP X by HM Chief Inspector of Prisons", signed by no name: the
        # official the title names (guideline 5: an unnamed official takes the title as name)
        m = _INSPECTOR_POST.search(self.text)
        words = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m is not None else None
        return self.remit_official(words) or self.official(words) if words is not None else None

    def _inspector_title(self, person: Entity) -> bool:
        """A person titled as an overseer: an inspector general, ombudsman, auditor or comptroller, or a chief
        inspector of a service (``Chief Inspector of Prisons``; a police force's own "Chief Inspector" is a rank,
        so the bare title counts only where the text writes the overseer's full title)."""
        for title in person.titles | person.posts:
            low = title.lower()
            if any(w in low for w in ("inspector general", "ombudsman", "auditor", "comptroller", "inspector of")):
                return True
            if low.endswith("chief inspector") and re.search(r"\bChief Inspector of (?:Prisons|Probation|"
                                                              r"Constabulary|the Crown Prosecution)", self.text):
                return True
        return False

    def reviewing_body(self, words: Any, *, heading_plural: bool = False) -> Entity | None:
        """``Inspectors found that ...``, ``auditors concluded ...``: the findings are the inspectorate's or the
        audit body's (guideline 8), the body of that kind the story names last before them (else first after).
        ``An inspection found that ...``, ``an independent review concluded ...`` (a review the story names no
        issuer of): the reviewing body's (an inspectorate, an inspector general, an audit office, a commission,
        ombudsman, committee or panel)."""
        root = words.root
        marks = _REVIEWERS.get(root.lemma_.lower()) if root.tag_ == "NNS" else None
        if marks is None and heading_plural:  # "Inspectors found" after a heading line, tagged as a name
            marks = _REVIEWERS.get(plural_noun_lemma(root) or "")
        if marks is None and root.tag_ == "NN" and root.lemma_.lower() in _REVIEW_DOCUMENTS \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
            marks = _REVIEW_BODIES  # ("the report said" with no issuer in the text speaks for no one)
        if marks is None:
            return None
        bodies = [(m.start, ent) for ent in self.entities if ent.type == ORG and any(k in ent.name for k in marks)
                  for m in ent.mentions]
        if not bodies:
            return None
        before = [b for b in bodies if b[0] < root.idx]
        return max(before, key=lambda b: b[0])[1] if before else min(bodies, key=lambda b: b[0])[1]

    def _listed_speakers(self, words: Any) -> list[Entity]:
        """The people a speaker phrase lists: each name opens the phrase or an item after a comma or ``and``, led
        only by its title, honorifics and body (``U.S. Attorney A, FBI Special Agent in Charge B, and Chief C``);
        a name after a preposition (``a lawyer for B``) or a possessive is someone else."""
        doc = self.doc
        lex = titles()
        out: list[Entity] = []
        for ent, m in self._people_in(words):
            if self._describes_person(ent, m):
                continue
            k = m.i - 1
            while k >= words.start:
                t = doc[k]
                other = self.resolver.entity_at(k)
                if t.ent_type_ == "TITLE" or t.text in lex.honorifics or t.text in lex.modifiers \
                        or (other is not None and other.type == ORG) or t.lower_ in ("the", "'s", "\u2019s") \
                        or lex.match([t.text]) is not None or (t.text[:1].isupper() and t.pos_ == "PROPN" and other is None):
                    k -= 1
                    continue
                break
            if (k < words.start or doc[k].text in (",", "&") or doc[k].lower_ == "and") and ent not in out:
                out.append(ent)
        return out

    def _describes_person(self, ent: Entity, m: Any) -> bool:
        """``Joanna Coleman, Deputy Chief Crown Prosecutor for ..., said``: a name-like post in apposition to a
        named person describes that speaker; it is not a second one."""
        if any(t.ent_type_ == "PERSON" for t in self.doc[m.i : m.j]):
            return False  # a name the recogniser reads as a person's: a listed speaker ("A, B, C and D announced")
        tok = self.doc[m.j - 1]
        for _ in range(4):
            if tok.dep_ == "appos":
                other = self.resolver.entity_at(tok.head.i)
                return other is not None and other is not ent and other.type == PERSON
            if tok.head.i == tok.i or not (m.i <= tok.head.i < m.j):
                return False
            tok = tok.head
        return False

    def _people_in(self, words: Any) -> Iterator[tuple[Entity, Any]]:
        """Each person mention wholly inside ``words``, with its entity; a possessive one (``Khan's office``:
        the office speaks) is left out."""
        doc = self.doc
        for ent in self.entities:
            if ent.type != PERSON:
                continue
            for m in ent.mentions:
                if m.nested or not (words.start <= m.i and m.j <= words.end):
                    continue
                if m.j < len(doc) and doc[m.j].text in ("'s", "\u2019s", "'", "\u2019"):
                    continue
                yield ent, m

    def spokesperson(self, words: Any, root: Any, span: Span) -> Entity | None:
        """``A Home Office spokesperson said``, ``a spokesman for Kent Police said``: an unnamed official who speaks
        for a body the phrase names is a Person named by the post as written (guideline 5), holding the post
        ``spokesperson`` in that body (guideline 7). With no body named ("a spokesperson said") the phrase is left
        to the resolver (the body of the story speaks)."""
        if root.lower_ not in _SPOKES_NOUNS or root.pos_ != "NOUN":
            return None
        body = next((e for t in words if t.i != root.i and (e := self.resolver.entity_at(t.i)) is not None
                     and e.type == ORG), None)
        if body is None:
            return None
        lead = [t for t in words if t.i < root.i and t.lower_ not in ("a", "an", "the", "one")]
        if lead and lead[0].text[:1].isupper() and not any(t.text in ("'s", "\u2019s") for t in lead):
            name = " ".join(t.text for t in lead) + " " + root.text
            start = lead[0].idx
        else:
            name, start = f"{body.name} {root.text}", root.idx
        person = self.new_entity(PERSON, name, start, root.idx + len(root.text), "title of an unnamed official")
        if not any(l.type == "HOLDS_ROLE" and l.source == person.id and l.target == body.id for l in self.links):
            self.link(person.id, body.id, "HOLDS_ROLE", span, self.sentence_of(span.start, span.end), title=root.lower_)
        return person

    def official(self, words: Any) -> Entity | None:
        """``the Chief Constable said`` with nobody named by that title in the story: the speaker is the Person
        named by the title (guideline 5: unnamed officials take their title as name)."""
        toks = [t for t in words if not t.is_punct]
        definite = bool(toks) and toks[0].lower_ == "the"
        while toks and toks[0].lower_ in ("the", "a", "our", "their", "its"):
            toks = toks[1:]
        while len(toks) > 1 and toks[-1].text.isupper() and 2 <= len(toks[-1].text) <= 4 and toks[-1].text.isalpha():
            toks = toks[:-1]  # "Lord Chancellor QC MP": letters after a post are not part of it
        if not toks or len(toks) > 5:
            return None
        if toks[0].text[:1].isupper() and all(t.text[:1].isupper() or t.lower_ in _TITLE_GLUE for t in toks):
            # "Police and Crime Commissioner", "Chief Inspector of Prisons", "Cabinet Secretary for Justice" as a
            # whole; else "Lord Chancellor and Justice Secretary" (one person's two posts: the last one that is a
            # known title speaks)
            title = titles().match([t.text for t in toks])
            if title is None:
                parts = [[]]
                for t in toks:
                    if t.lower_ == "and":
                        parts.append([])
                    else:
                        parts[-1].append(t.text)
                for part in parts:
                    title = titles().match(part) or title
        elif definite and all(t.is_lower for t in toks):
            # "the chief constable said": a post in lower case, as news style writes it
            title = titles().match([t.text.capitalize() for t in toks])
        else:
            return None
        if title is None and toks[0].text[:1].isupper():
            # "the Cabinet Secretary for Justice commissioned ...": the agent phrase stopped before the post's remit
            k, doc = toks[-1].i + 1, self.doc
            if k + 1 < len(doc) and doc[k].lower_ in ("for", "of") and doc[k + 1].text[:1].isupper():
                j = k + 1
                while j < len(doc) and j - k < 6 and (doc[j].text[:1].isupper() or doc[j].lower_ in _TITLE_GLUE) \
                        and doc[j].is_alpha:
                    j += 1
                for e in range(j, k + 1, -1):
                    title = titles().match([t.text for t in toks] + [t.text for t in doc[k:e]])
                    if title is not None:
                        toks = toks + list(doc[k:e])
                        break
        if title is None and toks[0].text[:1].isupper():
            # "the Minister of State for Prisons", "the Commissioner for Public Appointments": a known post and the
            # remit the text gives it, not a body's name, is the unnamed official's whole post as written
            post = self._remitted_post(toks)
            if post is not None:
                return post
        if title is None and toks[0].text[:1].isupper():
            # "The Cabinet Secretary also announced ..." after "the Cabinet Secretary for Justice": the short form of
            # an unnamed official the story has named by the whole post
            short = " ".join(t.text for t in toks)
            named = [e for e in self.entities if e.type == PERSON and e.mentions and
                     e.name.startswith(short + " ") and titles().match(e.name.split()) is not None]
            if len(named) == 1:
                return named[0]
            full = self._fuller_post(short, toks[0].idx)  # (written before, but no node yet: speech comes first)
            if named or full is None or titles().match(full.split()) is None:
                return None
            return self.new_entity(PERSON, full, toks[0].idx, toks[-1].idx + len(toks[-1].text),
                                   "title of an unnamed official")
        if title is None:
            return None
        lex = titles()
        def same(post: str) -> bool:
            known = lex.canonical(post)
            return post == title.title or (known is not None and known.title == title.title)

        holders = [ent for ent in self.entities if ent.type == PERSON and ent.mentions and any(same(p) for p in ent.posts)]
        if len(holders) == 1:
            return holders[0]  # "Chancellor of the Exchequer, Philip Hammond" named elsewhere in the story
        if holders:
            return None
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        full = self._fuller_post(" ".join(t.text for t in toks), s) if toks[0].text[:1].isupper() else None
        if full is not None:  # "The Chief Inspector said" after "the Chief Inspector of Prisons": the whole post
            same_post = [ent for ent in self.entities if ent.type == PERSON and ent.mentions and
                         any(norm_key(p) == norm_key(full) for p in (ent.name, *ent.posts))]
            return same_post[0] if len(same_post) == 1 else None if same_post else \
                self.new_entity(PERSON, full, s, e, "title of an unnamed official")
        return self.new_entity(PERSON, title.title, s, e, "title of an unnamed official")

    def _fuller_post(self, short: str, before: int) -> str | None:
        """The whole post the story wrote before ``before`` of which ``short`` is the opening words (``the Chief
        Inspector of Prisons`` for a later ``the Chief Inspector``), when it wrote one such post only and its remit
        names no body or place of the story."""
        posts = set()
        for m in _fuller_post(short).finditer(self.text, 0, before):
            if self.entity_overlapping(m.start("remit"), m.end(), (ORG, PLACE)) is not None:
                return None  # "the Chief Constable of Police Scotland": a body's post, not a remit's
            posts.add(" ".join(_strip_glue(m.group(0).split())))
        return posts.pop() if len(posts) == 1 else None

    def _remitted_post(self, toks: list[Any]) -> Entity | None:
        """The person a capitalised post with a remit names (``Minister of State for Prisons``): a known title, then
        ``for``/``of`` and capitalised words that are no body of the story. The one person the story gives that
        post, else the unnamed official it names (guideline 5)."""
        # where a known title ends before "for"/"of" ("Minister" and "Minister of State" in "Minister of State for
        # Prisons"): the first such place opens the remit, and a holder's title may be written as any of them
        cuts = [i for i in range(1, len(toks)) if toks[i].lower_ in ("for", "of")
                and titles().match([t.text for t in toks[:i]]) is not None]
        k = next((i for i in range(1, len(toks)) if toks[i].lower_ in ("for", "of")), None)
        if k is None or k == len(toks) - 1 or k not in cuts:
            return None
        if not toks[-1].is_alpha or toks[-1].lower_ in _TITLE_GLUE:
            return None
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        remit_start = toks[k + 1].idx
        if any(ent.type in (ORG, PLACE) and any(m.start < e and remit_start < m.end for m in ent.mentions)
               for ent in self.entities):
            return None  # "Chief Executive of Kent Police": a post in a body, not a post with a remit
        post = " ".join(t.text for t in toks)
        key = norm_key(post)
        heads = {norm_key(" ".join(t.text for t in toks[:i])) for i in cuts}

        def holds(ent: Entity) -> bool:  # the post's holder: the whole post, or its title written beside the name
            posts = {norm_key(p) for p in ent.posts | ent.titles}
            if any(p.endswith(key) for p in posts):
                return True
            return bool(heads & posts) and any(
                post in self.text[max(0, m.start - len(post) - 3):m.end + len(post) + 3] for m in ent.mentions)

        holders = [ent for ent in self.entities if ent.type == PERSON and ent.mentions and holds(ent)]
        if holders:
            return holders[0] if len(holders) == 1 else None
        return self.new_entity(PERSON, post, s, e, "title of an unnamed official")

    def remit_official(self, words: Any) -> Entity | None:
        """``the Chief Inspector of Prisons``, ``the Chief Inspector of Probation``: a known post (``Chief
        Inspector``) with its remit after ``of``, all in capitals, as the overseen end of an oversight frame. The one
        person the story gives that whole post (``Charlie Taylor, Chief Inspector of Prisons``), else the unnamed
        official the whole post names (guideline 5)."""
        toks = [t for t in words if not t.is_punct]
        while toks and toks[0].lower_ in ("the", "a"):
            toks = toks[1:]
        of = next((k for k, t in enumerate(toks) if t.lower_ == "of"), None)
        if of is None or of == 0 or of == len(toks) - 1 or len(toks) > 7:
            return None
        if not all(t.text[:1].isupper() or t.lower_ in _TITLE_GLUE for t in toks):
            return None
        if titles().match([t.text for t in toks[:of]]) is None:
            return None
        post = " ".join(t.text for t in toks)
        key = norm_key(post)
        holders = [ent for ent in self.entities if ent.type == PERSON and ent.mentions
                   and any(norm_key(p).endswith(key) for p in ent.posts)]
        if len(holders) == 1:
            return holders[0]
        if holders:
            return None
        return self.new_entity(PERSON, post, toks[0].idx, toks[-1].idx + len(toks[-1].text), "title of an unnamed official")

    def speaker_at(self, start: int, end: int) -> Entity | None:
        """Who is talking where a figure appears: the speaker of the quotation around it."""
        for q in self.quotes:
            if q.quote.start <= start and end <= q.quote.end and q.quote.start in self.said_speaker:
                return self.said_speaker[q.quote.start]
        return None

    def quote_at(self, start: int, end: int) -> Node | None:
        for q in self.quotes:
            if q.quote.start <= start and end <= q.quote.end:
                return self.quote_nodes.get(q.quote.start)
        return None

    # -- policies and relations ---------------------------------------------------
    def policies(self, facts: Iterable[PolicyFact]) -> None:
        for pf in facts:
            s, e = pf.span
            if _post_with_remit(pf.name):
                continue  # "Deputy Director of International Operations": a post and its remit, not a programme
            # "grants to support Project Safe Neighborhoods" is not PSN, nor "funding for the NCA" the NCA:
            # what its purpose or object names is another thing, so only the head part is compared
            head_end = _head_end(self.text, s, e)
            body = self.entity_overlapping(s, head_end, (ORG,))
            if body is not None and any(2 * (min(head_end, m.end) - max(s, m.start)) >= head_end - s for m in body.mentions):
                if not self._policy_name_body(body, s, e):
                    continue  # a body the recogniser already knows ("Safe Streets Task Force"), not "Department-wide strategy"
                self._rename(body, pf.name)
            # the policy of that name (a name inside a longer mention, "the latest PSN grant"), else the policy
            # whose mention's head part this one overlaps
            existing = self.policy_named(pf.name, *pf.aliases) or self.policy_overlapping(s, head_end)
            if existing is not None:
                existing.mentions.append(Mention(*self._tokens(s, e), s, e, POLICY, self.text[s:e], "rule"))
                existing.add_alias(self.text[s:e], "same policy")
                existing.add_alias(pf.name, "same policy")  # "... Organizations Act" for "... Organizations (RICO) Act"
                ent = existing
            else:
                ent = self.new_entity(POLICY, pf.name, s, e, "same policy")
                ent.add_alias(self.text[s:e], "same policy")
            for alias in pf.aliases:
                ent.add_alias(alias, "same policy")
            self._adopt_acronym(ent, s, e)
            self._drop_named_people(s, head_end)

    def _drop_named_people(self, start: int, end: int) -> None:
        """``the Edward Byrne Memorial Justice Assistance Grant program``, ``the Casey Review``: a person the
        recogniser found only inside a policy's name, before its policy noun, is part of the name, not a person
        in the story (one mentioned anywhere else, or already linked, stays)."""
        words = self.text[start:end].split()
        if not words or words[-1].lower().strip(".,") not in _POLICY_NOUNS | {"review", "act", "law", "fund"}:
            return
        last = start + self.text[start:end].rstrip().rfind(" ")
        for ent in list(self.entities):
            if ent.type != PERSON or ent.registry is not None or not ent.mentions:
                continue
            if all(start <= m.start and m.end <= last for m in ent.mentions) and \
                    not any(ent.id in (link.source, link.target) for link in self.links):
                self.entities.remove(ent)

    def policy_named(self, *names: str) -> Entity | None:
        keys = {norm_key(n) for n in names if n}
        for ent in self.entities:
            if ent.type == POLICY and (norm_key(ent.name) in keys or keys & {norm_key(a) for a in ent.aliases}):
                return ent
        return None

    def policy_overlapping(self, start: int, end: int) -> Entity | None:
        """The policy with a mention whose head part (before its purpose: "grants | to support X") overlaps
        ``[start, end)`` by half of either."""
        best, best_len = None, 0
        for ent in self.entities:
            if ent.type != POLICY:
                continue
            for m in ent.mentions:
                m_end = _head_end(self.text, m.start, m.end)
                overlap = min(end, m_end) - max(start, m.start)
                if overlap > best_len and (overlap * 2 >= (end - start) or overlap * 2 >= (m_end - m.start)):
                    best, best_len = ent, overlap
        return best

    def _policy_name_body(self, body: Entity, start: int, end: int) -> bool:
        """``the Gun Involved Violence Elimination (GIVE) program``: the recogniser took the programme's name
        for a body. A body with no registry entry and no link yet, whose every mention sits inside a policy
        mention before its policy noun or is its bracketed acronym, is the policy: it becomes one."""
        if body.registry is not None or any(body.id in (link.source, link.target) for link in self.links):
            return False
        words = self.text[start:end].split()
        if not words or words[-1].lower().strip(".,") not in _POLICY_NOUNS:
            return False
        for m in body.mentions:
            inside = start <= m.start and m.end < end
            if not inside and not (m.text.isupper() and f"({m.text})" in self.text[start:end]):
                return False
        body.type = POLICY
        for m in body.mentions:
            m.type = POLICY
        return True

    def _rename(self, ent: Entity, name: str) -> None:
        """A body taken for a policy keeps the policy's name (``... Organizations Act``), its own as an alias."""
        if norm_key(name) != norm_key(ent.name):
            ent.add_alias(ent.name, "same policy")
            ent.aliases.pop(name, None)
            ent.name = name

    def _adopt_acronym(self, policy: Entity, start: int, end: int) -> None:
        """``integrated PEEL assessment (IPA)``, ``the Drug Abuse Resistance Education (DARE) program``: the
        acronym the recogniser called an organisation is the policy."""
        head_end = _head_end(self.text, start, end)
        m = _ACRONYM_AFTER.match(self.text, end) if head_end == end else None  # not "funding for the X Office (XO)"
        acronyms = [m.group(1)] if m is not None else []
        # an acronym inside the name, not inside its purpose ("grants to support the X (ACR) Program" is not ACR)
        acronyms += _ACRONYM_INSIDE.findall(self.text, start, head_end)
        for acr in acronyms:
            policy.add_alias(acr, "acronym defined in text")
            for ent in list(self.entities):
                if ent is not policy and ent.type in (ORG, POLICY) and ent.registry is None and ent.name == acr \
                        and not any(ent.id in (link.source, link.target) for link in self.links):
                    for mention in ent.mentions:
                        mention.type = POLICY
                        policy.mentions.append(mention)
                    for alias in ent.aliases:
                        policy.add_alias(alias, "acronym defined in text")
                    policy.add_alias(acr, "acronym defined in text")
                    self.entities.remove(ent)

    def relations(self, facts: Iterable[RelationFact]) -> None:
        for rf in facts:
            if rf.type not in ("ANNOUNCED", "OVERSEES"):
                continue
            agent = None
            if rf.agent.start == rf.agent.end:  # a passive with no agent: the oversight body that published it
                agent = self.oversight_author() if rf.type == "OVERSEES" else None
                if agent is None:
                    continue
            elif self.text[rf.agent.start:rf.agent.end].lower() in FIRST_PLURAL and not self.resolver.in_quote(rf.agent.start):
                agent = self.we_body(rf.agent.start)  # "we launched" in remarks: the body that calls itself "we"
            if agent is None:
                agent = self.resolver.resolve_span(rf.agent.start, rf.agent.end,
                                                   speaker=self.speaker_at(rf.agent.start, rf.agent.end))
            if agent is None:  # "Kent Police Launches X" in a headline the recogniser misread: a body named so elsewhere
                agent = self.named(self.text[rf.agent.start:rf.agent.end], (ORG, PERSON))
            if (agent is None or agent.type == POLICY) and self.text[rf.agent.start:rf.agent.end] in _BACK_NAMES:
                # "the Department's Comprehensive Violent Crime Reduction Strategy" the recogniser read as one name:
                # "the Department" is the department named before it
                agent = self.resolver.recent(rf.agent.start, (ORG,), window=4000,
                                             noun=self.text[rf.agent.start:rf.agent.end].lower())
            if agent is None:  # "The Home Secretary announced ..." with nobody named by that title (guideline 5)
                words = self.doc.char_span(rf.agent.start, rf.agent.end, alignment_mode="expand")
                agent = self.official(words) if words is not None else None
                if agent is None and rf.type == "OVERSEES" and words is not None and len(words):
                    agent = self.reviewing_body(words, heading_plural=True)  # "Inspectors visited HMP X"
            if rf.type == "OVERSEES" and agent is not None and agent.type == PERSON \
                    and self.text[rf.agent.start:rf.agent.end].lower() in ("we", "our", "us"):
                # "We are leading the investigation", said its Director General: the body investigates (an
                # announcement in the same words stays the speaker's, who makes it)
                agent = self.body_of(agent) or agent
            if agent is None or agent.type not in (PERSON, ORG):
                continue
            if rf.target_kind == "Remit":  # "we need the records to perform our oversight responsibilities"
                remit = self.remit(agent)
                if remit is not None:
                    self.link(remit[0].id, remit[1].id, rf.type, rf.sentence, cue=rf.cue)
                continue
            s, e = rf.target
            words = self.doc.char_span(s, e, alignment_mode="expand")
            if words is not None and len(words) and words.start > 1 and self.doc[words.start - 1].lower_ in ("a", "an") \
                    and self.doc[words.start - 2].text == "," and not words.root.text[:1].isupper() \
                    and _describes(words.root):
                # "the Taskforce, a Metropolitan Police team": a description, not a second thing (an item of a
                # list, "announced X, a new campaign and Y", is one)
                continue
            if rf.target_kind == "Kept":  # a policy only the learned scorer read: linked to what it kept, if any
                target = self.entity_overlapping(s, e, (POLICY,))
                if target is None or target is agent:
                    continue
                self.link(agent.id, target.id, rf.type, rf.sentence, cue=rf.cue, status=rf.status)
                continue
            target = self.entity_overlapping(s, e, (POLICY,)) or self.entity_overlapping(s, e, (ORG, PLACE, PERSON))
            if rf.type == "ANNOUNCED" and target is not None and target.type == POLICY and \
                    self._source_law(target, s, e):
                continue  # "grants authorized by the First Step Act": the law the grants are paid under
            if rf.type == "OVERSEES" and rf.target_kind == ORG and target is not None and target.type == POLICY:
                # "carried out an inspection of HMP Exeter": the body inside a longer policy mention is the target
                target = self.entity_overlapping(s, e, (ORG,)) or target
            if rf.target_kind == "Force":  # "investigation into these officers": the one force the story names
                forces = [e for e in self._orgs() if _is_force(e)]
                target = forces[0] if len(forces) == 1 else None
                if target is None:
                    continue
            if target is None and rf.type == "OVERSEES" and rf.target_kind == ORG \
                    and self.text[s:e].lower() in _BACK_BODIES and s >= 4 and self.text[s - 4:s].lower() == "the ":
                # "the inspectorate graded the force as good", "inspectors found the prison unsafe": the body of
                # that kind named before (none: no link)
                back = self.resolver.recent(s, (ORG,), window=1500, exclude=agent)
                if back is None or not _BACK_BODIES[self.text[s:e].lower()] & set(norm_key(back.name).split()):
                    back = self.resolver.recent(s, (ORG,), window=1500, exclude=agent, noun=self.text[s:e].lower())
                target = back if back is not None and back is not agent else None
            if target is None and rf.type == "OVERSEES" and rf.target_kind == ORG:
                target = self.prison_named(self.text[s:e])  # "Lewes would next be inspected": HMP Lewes
            if target is None and rf.type == "OVERSEES" and rf.target_kind == ORG:
                # "its employees", "the force's handling": the body the possessor refers back to
                target = self.resolver.resolve_span(s, e)
                if target is None and _named_body(self.text[s:e]):
                    # "PEEL 2025: An inspection of Northshire Police" in a heading the recogniser's names were
                    # dropped from: a body's full name as the object of an act of oversight
                    target = self.new_entity(ORG, _clean_name(self.text[s:e]), s, e)
                if target is agent and self.text[s:e].lower() in ("its", "their") and _oversight_body(agent):
                    # "the OIG strives to hold its employees accountable": an oversight body holds to account
                    # the body it watches, the one named before it, not itself
                    target = self.resolver.recent(s, (ORG,), window=800, exclude=agent)
                if target is None or target.type != ORG:
                    continue
            if target is None and rf.target_kind == PERSON and rf.type == "OVERSEES" and words is not None and len(words):
                # "holds the Chief Constable to account", "heard evidence from the Chief Inspector of Prisons": the
                # post's holder, or the unnamed official the post names (guideline 5)
                target = self.official(words) or self.remit_official(words)
            if target is None and rf.target_kind == PERSON:
                continue  # a person is overseen only when the text names them (or their post)
            if target is None and rf.type == "OVERSEES" and self.text[s:e].islower():
                continue  # "inspects forces": no body is named
            if target is None and rf.target_kind == ORG:
                target = self.same_body(self.text[s:e], s, e)
            if target is None:
                kind = rf.target_kind if rf.target_kind in (POLICY, ORG, PLACE) else POLICY
                name = _clean_name(self.text[s:e])
                if not name:
                    continue
                target = self.new_entity(kind, name, s, e)
            if target is agent:
                continue
            self.link(agent.id, target.id, rf.type, rf.sentence, cue=rf.cue,
                      status=rf.status if rf.type == "ANNOUNCED" else None)

    def _source_law(self, policy: Entity, s: int, e: int) -> bool:
        """The policy an announced span ``s:e`` leads to is a law the span names as the source of the money
        (``grants funded by the American Rescue Plan``, ``awards under the Recovery Act``), not what was announced."""
        m = min((m for m in policy.mentions if s <= m.start < e), key=lambda m: m.end - m.start, default=None)
        if m is None:
            return False
        if norm_key(policy.name).split()[-1] not in LAW_HEADS and not re.search(r"\bAct\b", policy.name):
            return False
        lo = max(0, m.start - 40) if m.start == s else s  # (the span is the law itself: what is written before it)
        return _SOURCE_BEFORE.search(self.text, lo, m.start) is not None

    def learned_announcements(self) -> None:
        """ANNOUNCED pairs the learned pair scorer (:mod:`kg.extract.announce_model`) finds beyond the frames'."""
        have = {(l.source, l.target) for l in self.links if l.type == "ANNOUNCED"}
        for p in announce_model.score_pairs(self):
            if (p.agent.id, p.policy.id) in have:
                continue
            have.add((p.agent.id, p.policy.id))
            self.link(p.agent.id, p.policy.id, "ANNOUNCED", Span(p.start, p.end), sentence=Span(*p.sentence),
                      cue=p.cue, status=p.status, learned=True)

    def policy_statuses(self, facts: Iterable[PolicyStatusFact]) -> None:
        """A policy reported as only proposed (considered, planned, rejected) with nobody named as doing so."""
        for sf in facts:
            ent = self.entity_overlapping(sf.span.start, sf.span.end, (POLICY,))
            if ent is not None:
                self.statuses.setdefault(ent.id, []).append(sf)

    def we_body(self, pos: int) -> Entity | None:
        """The body an unquoted ``we`` stands for: the last body before ``pos`` that a sentence names as subject
        and in the same breath calls ``we``/``our`` ("The Justice Department is leaving no stone unturned in our
        efforts. ... We have set up strike forces"), not just the first body the text names."""
        for sent in reversed([s for s in doc_sents(self.doc) if s.start_char <= pos]):
            if pos - sent.start_char > 4000:
                break
            if not any(t.lower_ in FIRST_PLURAL and t.pos_ == "PRON" and not self.resolver.in_quote(t.idx) for t in sent):
                continue
            for t in sent:
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in FIRST_PLURAL:
                    ent = self.resolver.entity_at(t.i)
                    if ent is not None and ent.type == ORG:
                        return ent
        return None

    def on_behalf(self) -> None:
        """A minister or official who announces for the body they hold a post in, when the text also has that body
        acting (it says, announces, launches ... something itself): both announced (guideline 9)."""
        kinds = {e.id: e.type for e in self.entities}
        acting = {l.source for l in self.links if l.type in ("SAID", "ANNOUNCED") and kinds.get(l.source) == ORG}
        posts: dict[str, set[str]] = {}
        for l in self.links:
            if l.type == "HOLDS_ROLE" and l.target in acting:
                posts.setdefault(l.source, set()).add(l.target)
        have = {(l.source, l.target) for l in self.links if l.type == "ANNOUNCED"}
        for l in [l for l in self.links if l.type == "ANNOUNCED" and l.source in posts]:
            for body in sorted(posts[l.source]):
                if (body, l.target) not in have and body != l.target:
                    have.add((body, l.target))
                    self.links.append(Link(body, l.target, "ANNOUNCED", l.doc, l.start, l.end, l.sentence,
                                           dict(l.props)))

    def witness_lists(self) -> None:
        """A hearing notice's witness list ("Witnesses Include:", "Witnesses (tbc): ..." followed by one line or
        bulleted entries): the committee holding the hearing hears evidence from each body a witness answers for,
        which guideline 10 counts as oversight ("the Committee heard evidence from the Commissioner"). The committee
        is the one named nearest before the list, with the committees on the heading lines just above it when a
        notice lists a joint hearing ("Subcommittee on X and" / "Subcommittee on Y")."""
        if "itness" not in self.text:
            return
        for head in _WITNESS_HEAD.finditer(self.text):
            entries = _witness_entries(self.text, head)
            if not entries:
                continue
            committees = self._hearing_committees(head.start())
            if not committees:
                continue
            have = {(l.source, l.target) for l in self.links if l.type == "OVERSEES"}
            for s, e in entries:
                for ent in self.entities:
                    if ent.type != ORG or ent in committees \
                            or not any(s <= m.start and m.end <= e and not m.nested for m in ent.mentions):
                        continue
                    for committee in committees:
                        if (committee.id, ent.id) not in have:
                            have.add((committee.id, ent.id))
                            self.link(committee.id, ent.id, "OVERSEES", Span(s, e), cue="witness")

    def _hearing_committees(self, before: int) -> list[Entity]:
        """The committee named nearest before ``before``, and those named alone on the non-blank lines right above
        its own line when that line is nothing but its name (a joint hearing's heading)."""
        found = [(m.start, m.end, ent) for ent in self.entities if ent.type == ORG and _committee(ent)
                 for m in ent.mentions if m.end <= before and not m.nested]
        if not found:
            return []
        start, end, nearest = max(found, key=lambda f: f[0])
        out = [nearest]
        line_start = self.text.rfind("\n", 0, start) + 1
        while _alone_on_line(self.text, start, end):
            above = self.text.rfind("\n", 0, max(line_start - 1, 0))
            while above > 0 and not self.text[self.text.rfind("\n", 0, above) + 1:above].strip():
                above = self.text.rfind("\n", 0, above)  # over blank lines
            prev_start = self.text.rfind("\n", 0, above) + 1 if above > 0 else 0
            prev = [f for f in found if prev_start <= f[0] and f[1] <= max(above, 0)]
            if above <= 0 or len(prev) != 1 or not _alone_on_line(self.text, prev[0][0], prev[0][1]):
                break
            start, end, ent = prev[0]
            if ent not in out:
                out.append(ent)
            line_start = prev_start
        return out

    # -- statistics ---------------------------------------------------------------
    def statistics(self, facts: Iterable[StatisticFact]) -> None:
        places = [e for e in self.entities if e.type == PLACE]
        names = [(m.start, m.end) for ent in self.entities if ent.type in (POLICY, ORG, PLACE, PERSON)
                 for m in ent.mentions]
        place_names = [(m.start, m.end) for ent in places for m in ent.mentions]
        for sf in facts:
            s, e = sf.span
            if sf.unit not in _MONEY_UNITS and self._inside_a_name(sf, names):
                continue  # "the 15 Most Wanted Fugitive Program", "HMP Five Wells": a name's number, no figure
            if sf.unit == "count" and any((b == e and s < a or a == e + 1 and self.text[e] == " ")
                                          and not self.text[s:a].strip(" ").strip("0123456789,") for a, b in place_names):
                continue  # "in 311 Cannon House Office Building": a room or a street number before a place's name
            measure = sf.measure or ""
            node = Node(doc_scoped_id("Statistic", self.doc_id, f"{s}-{slugify(measure)}"), "Statistic",
                        name=self.text[s:e])
            node.mentions.append(NodeMention(self.doc_id, s, e))
            place = sf.place
            if place:
                key = norm_key(place)
                match = next((p for p in places if norm_key(p.name) == key or key in {norm_key(a) for a in p.aliases}), None)
                place = match.name if match else place
            source = self.resolver.resolve_span(sf.source.start, sf.source.end) if sf.source else None
            if source is None:
                source = self.speaker_at(s, e)
            if source is not None and source.type not in (PERSON, ORG):
                source = None
            node.props.update({"value": sf.value, "unit": sf.unit, "measure": sf.measure, "period": sf.period,
                               "place": place, "change": sf.change, "qualifier": sf.qualifier,
                               "source": source.name if source else None})
            # the sentence the figure was read from, on the figure itself: a figure with no reporter and no
            # quotation around it still reaches its sentence
            node.props["sentence"] = self.text[sf.sentence.start : sf.sentence.end].strip() or None
            self.stat_nodes.append(node)
            if source is not None:
                self.link(node.id, source.id, "REPORTED_BY", sf.sentence)
            quote = self.quote_at(s, e)
            if quote is not None:
                self.link(quote.id, node.id, "MENTIONS", Span(s, e), sentence=sf.sentence)

    def _inside_a_name(self, sf: StatisticFact, names: list[tuple[int, int]]) -> bool:
        """Is the figure's number part of a programme's, a body's, a place's or a person's name (``the 10 Prisons
        Project``, ``DEA 360 Strategy``, ``HMP Five Wells``), a name that holds more words than the figure?"""
        s, e = sf.span
        number = next((m for m in re.finditer(r"\d[\d,.]*|\b[A-Z]?[a-z]+\b", self.text[s:e])
                       if m.group(0)[0].isdigit() or m.group(0).lower() in _NUMBER_WORDS), None)
        if number is None:
            return False
        at = s + number.start()
        after = re.match(r"\s+(\S)", self.text[s + number.end() : e + 40])
        if after is None or not after.group(1).isupper():
            return False  # ("funding to support 36 forensic science projects": a description, not a name)
        return any(a <= at < b and (a < s or b > e) and not (a >= s and b <= e) for a, b in names)

    # -- registry knowledge ---------------------------------------------------------
    def registry_links(self) -> None:
        """PART_OF between bodies the registry knows to be nested. The registry labels and resolves; it never
        asserts oversight: OVERSEES comes only from a sentence that states it (see :mod:`kg.extract.policies`)."""
        by_name = {e.name: e for e in self.entities}
        for ent in self.entities:
            if ent.part_of and ent.part_of in by_name and by_name[ent.part_of] is not ent:
                self.link(ent.id, by_name[ent.part_of].id, "PART_OF", *self._registry_where(ent), basis="registry")

    def _registry_where(self, ent: Entity) -> tuple[Span | None, Span | None]:
        """Where a registry fact stands in this document: the first mention of the part or overseen body (what
        brought the fact into the document) and its sentence. The fact itself comes from kg's registry."""
        if not ent.mentions:
            return None, None
        first = min(ent.mentions, key=lambda m: (m.start, m.end))
        return Span(first.start, first.end), self.sentence_of(first.start, first.end)

    # -- output ---------------------------------------------------------------------
    # -- one node per referent ------------------------------------------------------
    def merge_referents(self) -> None:
        """Entities of one type that name one thing two ways become one, and the links follow: ``the Act`` after
        ``the Legacy Act``, ``declaration of a national emergency`` / ``National Emergency Declaration``,
        ``Her Majesty's Prison and Probation Service`` / ``HM Prison and Probation Service``, ``U.S. Drug
        Enforcement Administration`` / the registry's ``Drug Enforcement Administration``, ``Department of Justice
        Office of Justice Programs`` / ``Office of Justice Programs`` (a parent the registry knows before a body),
        ``IRS Criminal Investigation Division`` / ``IRS Criminal Investigation``, ``DFC program`` / the
        ``Drug-Free Communities (DFC) Support Program``."""
        renamed: dict[str, str] = {}
        live = [e for e in self.entities if e.mentions and e.type in (ORG, POLICY)]
        by_bag: dict[tuple[str, frozenset[str]], Entity] = {}
        for ent in sorted(live, key=_keeper_rank):
            if not _alive(ent, self.entities):
                continue
            for form in (ent.name, *ent.aliases):
                bag = _word_bag(form)
                if len(bag) < 2:
                    continue
                other = by_bag.get((ent.type, bag))
                if other is not None and other is not ent and _alive(other, self.entities):
                    self._merge(ent, other, renamed, "same name")
                    break
            else:
                for form in (ent.name, *ent.aliases):
                    bag = _word_bag(form)
                    if len(bag) >= 2:
                        by_bag.setdefault((ent.type, bag), ent)
        orgs = [e for e in self.entities if e.type == ORG and e.mentions]
        for ent in orgs:
            if ent.registry is not None or not _alive(ent, self.entities):
                continue
            target = _parent_prefixed(ent, orgs)
            if target is not None and target is not ent:
                self._merge(ent, target, renamed, "short form")
        policies = [e for e in self.entities if e.type == POLICY and e.mentions]
        for ent in orgs:
            # "Deferred Prosecution Agreements (DPAs) ... a DPA": the acronym of a policy in the singular or plural
            word = ent.name
            if ent.registry is not None or not _alive(ent, self.entities) or " " in word or \
                    not (word.rstrip("s").isupper() and len(word.rstrip("s")) >= 2):
                continue
            forms = {word + "s", word[:-1]} if word.endswith("s") else {word + "s"}
            forms.add(word)  # (the policy's own acronym, "PDO", read as a body elsewhere)
            target = next((p for p in policies if _alive(p, self.entities) and forms & set(p.aliases)), None)
            if target is not None:
                self._merge(ent, target, renamed, "acronym")
        for ent in orgs:
            # "the Drug-Free Communities Support Program ... Drug-Free Communities coalitions", "CashBack for
            # Communities ... CashBack": a programme's name without its programme noun, read as a body, is the
            # programme (a body's own head noun keeps it a body)
            last = ent.name.split()[-1].lower()
            if ent.registry is not None or not _alive(ent, self.entities) or \
                    last in ORG_HEADS or last.rstrip("s") in ORG_HEADS:
                continue
            target = next((p for p in policies if _alive(p, self.entities) and _programme_of(ent.name, p)), None)
            if target is not None:
                self._merge(ent, target, renamed, "short form")
        for ent in policies:
            if not _alive(ent, self.entities):
                continue
            target = _policy_written_short(ent, policies, self.entities)
            if target is not None:
                self._merge(ent, target, renamed, "short form")
        if renamed:
            for link in self.links:
                link.source = renamed.get(link.source, link.source)
                link.target = renamed.get(link.target, link.target)

    def _merge(self, ent: Entity, into: Entity, renamed: dict[str, str], reason: str) -> None:
        """``ent`` is ``into`` written another way: its mentions, aliases and posts move, and links to it follow."""
        old = ent.id
        into.mentions.extend(ent.mentions)
        into.add_alias(ent.name, reason)
        for alias, why in ent.aliases.items():
            into.add_alias(alias, why)
        into.titles |= ent.titles
        into.posts |= ent.posts
        ent.mentions = []
        self.entities.remove(ent)
        new = into.id
        for k, v in list(renamed.items()):
            if v == old:
                renamed[k] = new
        if old != new:
            renamed[old] = new

    def titled_mentions(self, ent: Entity) -> set[str]:
        """The person's mentions with the post written before them, as the text writes them ("President Obama",
        "Met Police Commissioner Cressida Dick"): guideline 2's titled mentions, which a reader searches by."""
        doc, lex, out = self.doc, titles(), set()
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            i, best = span.start, None
            k = span.end
            while k < len(doc) and doc[k].text in lex.post_nominals and "\n" not in doc[k - 1].whitespace_:
                k += 1  # "Dorothy Bain KC", "Jayne Bryant MS", "Helen Pitcher OBE": the name with its letters
            if k > span.end:
                out.add(" ".join(doc[span.start:k].text.split()))
            if doc[i - 1].text in _PEERAGES:
                out.add(f"{doc[i - 1].text} {' '.join(span.text.split())}")  # "Baroness Newlove": how she is known
            floor = i  # the sentence's first token, looked for no further back than a post can run
            while floor > 0 and i - floor < lex.max_words + 8 and (not doc[floor].is_sent_start or (
                    doc[floor - 1].ent_type_ == "TITLE" and "\n" not in doc[floor - 1].whitespace_)):
                floor -= 1  # (a post the parser split off as a sentence of its own: "President | Obama believes")
            for k in range(1, min(lex.max_words, i - floor) + 1):
                words = doc[i - k:i]
                if any(t.ent_type_ == "DATE" for t in words) or \
                        not all(t.is_title or t.is_upper or t.lower_ in ("and", "of", "for", "the", "&") for t in words):
                    break
                if not (words[0].is_title or words[0].is_upper):
                    continue  # ("and Crime Commissioner": a post does not open with its connector)
                if lex.match([t.text for t in words]) is not None:
                    best = i - k
            if best is None:
                continue
            while best > floor and (body := self.resolver.entity_at(best - 1)) is not None \
                    and body.type in (ORG, PLACE) and doc[best - 1].text[:1].isupper():
                best -= 1  # "Met Police Commissioner", "Sussex Police and Crime Commissioner": the body or place
                at = doc[best].idx
                opening = next((mm.start for mm in body.mentions if mm.start < at < mm.end), None)
                if opening is not None:  # "Department of Justice Permanent Secretary": the body's whole name
                    while best > floor and doc[best].idx > opening:
                        best -= 1
            if i - best <= 8:
                out.add(" ".join(doc[best:span.end].text.split()))
        return out

    def facts(self) -> DocumentFacts:
        self.merge_referents()
        nodes: list[Node] = []
        doc_node = document_id(self.doc_id)
        seen: dict[str, Node] = {}
        for ent in self.entities:
            if not ent.mentions:
                continue
            node = seen.get(ent.id)
            if node is None:
                # a name taken from text that runs over a line break is still one line: "funding to fight\ncrime"
                node = Node(ent.id, ent.type, " ".join(ent.name.split()))
                if ent.registry is not None and ent.registry.wikidata:
                    node.props["wikidata"] = ent.registry.wikidata
                seen[ent.id] = node
                nodes.append(node)
            node.aliases |= {a for a in ent.aliases if a != ent.name}
            if ent.type == PERSON:
                node.aliases |= {a for a in self.titled_mentions(ent) if a != ent.name}
            node.titles |= ent.titles
            node.mentions.extend(NodeMention(self.doc_id, m.start, m.end) for m in ent.mentions)
            merged = {a: r for a, r in ent.aliases.items() if a != ent.name}
            if merged:
                node.props.setdefault("merged", {}).update(merged)
        # the document names each entity and figure first at this mention, in this sentence
        for node in [*nodes, *self.stat_nodes]:
            first = min(node.mentions, key=lambda m: (m.start, m.end))
            statuses = sorted(set(self.statuses.get(node.id, ())))
            at_first = next((sf for sf in statuses if sf.span == Span(first.start, first.end)), None)
            self.link(doc_node, node.id, "MENTIONS", Span(first.start, first.end), self.sentence_of(first.start, first.end),
                      status=at_first.status if at_first else None, cue=at_first.cue if at_first else None)
            for sf in statuses:  # the document reports the policy as only proposed (...) at this mention
                if sf is not at_first:
                    self.link(doc_node, node.id, "MENTIONS", sf.span, sf.sentence, status=sf.status, cue=sf.cue)
        nodes.extend(self.stat_nodes)
        nodes.extend(self.quote_nodes.values())
        ids = {n.id for n in nodes} | {doc_node}
        links = [l for l in self.links if l.source in ids and l.target in ids and l.source != l.target]
        return DocumentFacts(self.doc_id, nodes=nodes, links=links, warnings=self.warnings)


#: Ranks that belong to a police force: the force is the one the story names, when it names only one.
_FORCE_TITLES = frozenset({"chief constable", "deputy chief constable", "assistant chief constable",
                           "chief superintendent", "detective chief superintendent", "superintendent",
                           "detective superintendent", "chief inspector", "detective chief inspector",
                           "police chief", "chief of police"})
_FORCE_TITLES = _FORCE_TITLES | {"inspector", "detective inspector", "sergeant", "detective sergeant", "constable",
                                  "police constable", "detective constable", "commander", "assistant commissioner",
                                  "deputy assistant commissioner", "deputy commissioner", "chief officer",
                                  "assistant chief officer", "detective chief inspector", "police officer"}
#: US police ranks, and the UK post that leads a force's inquiry.
_FORCE_TITLES = _FORCE_TITLES | {"lieutenant", "captain", "detective", "corporal", "trooper", "deputy chief",
                                  "assistant chief", "chief", "police commissioner", "commissioner of police",
                                  "senior investigating officer", "detective lieutenant", "detective captain"}
#: Posts in a federal investigative agency or one of its field offices.
_AGENCY_TITLES = frozenset({"special agent in charge", "assistant special agent in charge", "special agent",
                            "supervisory special agent", "resident agent in charge", "task force officer",
                            "assistant director in charge", "postal inspector", "inspector in charge"})
_AGENCIES = frozenset({"Federal Bureau of Investigation", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
                       "Drug Enforcement Administration", "Homeland Security Investigations", "United States Secret Service",
                       "IRS Criminal Investigation", "United States Postal Inspection Service",
                       "U.S. Immigration and Customs Enforcement", "United States Marshals Service"})


#: Head nouns of a body's local or functional units ("Field Division", "Field Office", "Narcotics Unit").
_SUB_UNIT_HEADS = frozenset({"division", "office", "unit", "branch", "section", "command", "squad", "directorate"})
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")

#: Posts whose holder's oversight, stated with no object, is of the body the post belongs to.
_REMIT_POSTS = ("inspector general",)
#: Words of a body's name that make it an oversight body (with the registry's kind "oversight").
_OVERSIGHT_WORDS = frozenset({"inspector", "inspectorate", "ombudsman", "committee", "audit", "accountability",
                              "oversight", "watchdog", "panel", "conduct"})


#: An inspector's post with its remit, as a report names its author ("by HM Chief Inspector of Prisons").
_INSPECTOR_POST = re.compile(r"\b(?:HM |His Majesty's |Her Majesty's )?(Chief Inspector of (?:Prisons|Probation|"
                             r"Constabulary))\b")

#: A prison's full name: its prefix and its place ("hmp lewes", "hm prison lewes", "hmyoi feltham").
_PRISON_NAME = re.compile(r"^(?:hmp|hmyoi|hmp yoi|hm prison|hm young offender institution) (.+)$")

_INITIAL_GLUE = frozenset({"of", "the", "and", "for", "&", "on", "in", "to", "at"})


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name`` or of a trailing part of it that opens with a capital (words in
    capitals give all their letters: ``HM``; glue words give none): ``HMICFRS``, ``IOPC``, ``OIG`` of ``DOJ Office
    of the Inspector General``."""
    words = [w for w in re.split(r"[\s\-]+", re.sub(r"[\u2019']s\b", "", name)) if w]
    letters = [(w if w.isupper() and w.isalpha() else w[0].upper()) if w.lower() not in _INITIAL_GLUE else ""
               for w in words]
    if len([x for x in letters if x]) < 2:
        return False
    for k, w in enumerate(words):
        if letters[k] and w[:1].isupper() and "".join(letters[k:]) == acronym:
            return True
    return False


def _remit_office(ent: Entity) -> bool:
    """The office of an inspector general ("Department of Justice Office of the Inspector General")."""
    return ent.type == ORG and any(p in ent.name.lower() for p in _REMIT_POSTS)


#: A witness list's heading: "Witnesses:", "Invited Witnesses Include:", "Witnesses (tbc): <entry>".
_WITNESS_HEAD = re.compile(r"^[ \t]*(?:(?:Invited|Confirmed|Expected)[ \t]+)?Witness(?:es)?"
                           r"((?:[ \t]+(?:\([^)\n]{0,20}\)|will[ \t]+include|include|list|panel|from[ \t]+[\d.:]+[ \t]*"
                           r"(?:[ap]\.?m\.?)?))?)[ \t]*:[ \t]*([^\n]*)$", re.M | re.I)
_BULLET = re.compile(r"[ \t]*[\u00b7\u2022\u25aa\u25e6*\u2013\u2014-][ \t]+\S")


def _witness_entries(text: str, head: re.Match) -> list[tuple[int, int]]:
    """The character spans of a witness list's entries: the rest of the heading line, else the bulleted lines
    that follow it (blank lines between them allowed), up to the first line that is no entry."""
    if head.group(2).strip():
        return [(head.start(2), head.end(2))]
    blocks = _witness_blocks(text, head.end() + 1)
    if blocks:
        return blocks
    entries = []
    pos = head.end() + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            if not _BULLET.match(line):
                break
            entries.append((pos, end))
        pos = end + 1
    return entries


#: A witness's name line in a list set out in blocks: an honorific, then a capitalised name.
_WITNESS_NAME_LINE = re.compile(r"(?:The[ \t]+Honou?rable|Hon\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Rep\.|Sen\.|Sir|Dame)"
                                r"[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,4},?[ \t]*$")
#: A panel's heading inside a witness list: "Panel I", "Panel 2", "Second Panel".
_PANEL_LINE = re.compile(r"(?:Panel[ \t]+(?:[IVX]+|\d+)|(?:First|Second|Third)[ \t]+Panel):?[ \t]*$", re.I)


def _witness_blocks(text: str, pos: int) -> list[tuple[int, int]]:
    """A witness list set out in blocks, one per witness and a blank line between them: the name on its own line
    (``Mr. Jane Roe``), then the post and the body on the lines under it. Panel headings are passed over; the list
    ends at the first block that does not open with a name."""
    entries = []
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        end = text.find("\n\n", pos)
        end = len(text) if end < 0 else end
        lines = text[pos:end].split("\n")
        if not lines or not lines[0].strip():
            break
        if len(lines) == 1 and _PANEL_LINE.match(lines[0].strip()):
            pos = end
            continue
        if not (2 <= len(lines) <= 6 and _WITNESS_NAME_LINE.match(lines[0].strip())
                and all(len(ln) <= 100 and not ln.rstrip().endswith((":", ".")) for ln in lines[1:])):
            break
        entries.append((pos, end))
        pos = end
    return entries


def _committee(ent: Entity) -> bool:
    """A parliamentary or congressional committee (or subcommittee) by its name."""
    words = set(ent.name.lower().split())
    return bool(words & {"committee", "subcommittee"})


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The characters ``[start, end)`` are all their line holds, but for a joining "and" after them."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    rest = text[end:b].strip()
    return not text[a:start].strip(" \t").replace("the ", "").strip() and rest in ("", "and", "&")


def _post_with_remit(name: str) -> bool:
    """A capitalised name that opens with a known post, then ``of``/``for`` and its remit (``Deputy Director for
    Operations``, ``Head of Programmes``)."""
    words = name.split()
    k = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    if k is None or k == 0 or not words[0][:1].isupper():
        return False
    # ("Acting Director of ...", "White House Director of National Drug Control Policy": the post after a
    # modifier or its body's name)
    return any(titles().match(words[s:k]) is not None for s in range(0, min(k, 3)))


def _oversight_body(ent: Entity) -> bool:
    """A body whose work is oversight: the registry says so, or its name does (an inspectorate, a committee)."""
    if ent.registry is not None and ent.registry.kind == "oversight":
        return True
    return ent.type == ORG and bool(_OVERSIGHT_WORDS & set(ent.name.lower().split()))


def _rank(title: str) -> str:
    """A title without modifiers such as Acting: what kind of post it is."""
    words = title.split()
    while words and words[0] in titles().modifiers:
        words = words[1:]
    return " ".join(words).lower()


#: Posts that a body of a given kind has, by the post's head word (guideline 7: "the title is one that body
#: has"): (words of the body's name, the registry's kinds). A post fits only when every other word of it is a
#: rank word ("Deputy Director", "HM Chief Inspector"): "Home Secretary" or "Policing Minister" name their own remit.
_POST_BODIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "director": (frozenset({"office", "bureau", "agency", "service", "administration", "institute", "directorate",
                            "center", "centers", "centre", "division", "unit", "department", "commission"}),
                 frozenset({"agency", "oversight", "prosecutor", "statistics"})),
    "director general": (frozenset({"office", "agency", "service", "directorate", "department"}),
                         frozenset({"agency", "oversight"})),
    "administrator": (frozenset({"administration", "agency"}), frozenset({"agency"})),
    "commissioner": (frozenset({"commission", "police"}), frozenset({"police_force"})),
    "secretary": (frozenset({"department"}), frozenset({"government_department"})),
    "minister": (frozenset({"government", "ministry", "executive"}),
                 frozenset({"government", "devolved_government", "government_department"})),
    "inspector": (frozenset({"inspectorate"}), frozenset({"oversight"})),
    # "Inspector General X" heads the Office of (the) Inspector General the release names
    "inspector general": (frozenset({"inspector"}), frozenset()),
    "chair": (frozenset({"board", "committee", "commission", "council", "authority", "trust", "panel", "taskforce",
                         "association", "federation", "college", "partnership", "network", "forum"}), frozenset()),
    "ranking member": (frozenset({"committee", "subcommittee"}), frozenset()),
    "prosecutor": (frozenset({"cps", "prosecution"}), frozenset({"prosecutor"})),
    "sheriff": (frozenset({"sheriff", "sheriff's"}), frozenset()),
    "commandant": (frozenset({"guard", "corps"}), frozenset()),
}
_POST_HEADS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "president": "chair",
               "chief executive": "chair", "executive director": "director"}
#: Words that make a rank of a post without naming a remit.
_RANK_WORDS = frozenset({"deputy", "assistant", "associate", "senior", "executive", "principal", "vice", "chief",
                         "regional", "national", "acting", "interim", "hm", "her", "his", "majesty's", "group", "area",
                         "joint", "co", "under", "first", "permanent", "crown", "lead"})


def _post_fits(rank: str) -> Callable[[Entity], bool] | None:
    """What makes an organisation one that has the post ``rank`` (a lower-case title without modifiers)."""
    words = rank.replace("-", " ").split()
    for n in (2, 1):
        head = " ".join(words[-n:])
        head = _POST_HEADS.get(head, head)
        if head in _POST_BODIES and all(w in _RANK_WORDS for w in words[:-n]):
            nouns, kinds = _POST_BODIES[head]

            def fits(ent: Entity, nouns: frozenset[str] = nouns, kinds: frozenset[str] = kinds) -> bool:
                if ent.registry is not None and ent.registry.kind in kinds:
                    return True
                if _presidency(ent):
                    return False
                name = set(re.sub(r"[^\w\s']", " ", ent.name.lower()).split())
                return bool(nouns & name) or ("taskforce" in nouns and {"task", "force"} <= name)
            return fits
    return None


#: Head words of posts that any kind of body has (a charity's, a council's or an agency's director, its
#: programme manager or its policy adviser).
_STAFF_HEADS = frozenset({"director", "executive", "head", "manager", "officer", "adviser", "advisor", "lead",
                          "coordinator", "chair", "chairman", "chairwoman", "chairperson", "president"})
#: Words of a member body's name, whose head may be its President.
_MEMBER_BODY_WORDS = frozenset({"association", "federation", "society", "college", "union", "institute",
                                "institution", "league", "club", "foundation", "academy", "conference", "chamber"})
#: Surnames of US presidents since 1960, as a presidency is named ("the Obama Administration").
_PRESIDENTS = frozenset({"kennedy", "johnson", "nixon", "ford", "carter", "reagan", "bush", "clinton", "obama",
                         "trump", "biden", "harris"})
#: Words of a body's name that make it no employer of such a post: courts, legislatures, governments, juries.
#: Units of money: a sum in a scheme's name (``the £100 million fund``) is a figure all the same.
_MONEY_UNITS = frozenset({"GBP", "USD", "EUR", "JPY", "INR", "AUD", "CAD"})
#: Number words a figure may open with (``Five Wells``, ``two reports``).
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"})
_NO_STAFF_WORDS = frozenset({"court", "courts", "tribunal", "jury", "parliament", "congress", "senate", "house",
                             "government", "assembly", "cabinet",
                             # a committee has a chair and members, not a chief executive or a policy manager;
                             # a building has no staff post of its own
                             "committee", "subcommittee", "building"})


#: Ministers' posts only the UK Government has: no devolved government's minister holds one.
_UK_ONLY_POSTS = frozenset({"prime minister", "home secretary", "foreign secretary", "defence secretary",
                            "chancellor", "minister of state", "secretary of state"})
#: Secretaries that are no minister.
_NOT_MINISTERS = frozenset({"general", "press", "private", "permanent", "company", "assistant", "deputy"})


def _portfolio_post(rank: str) -> bool:
    """A minister's post named by its portfolio (``justice secretary``, ``community safety minister``, ``cabinet
    secretary``), which a devolved government has as well as the UK Government."""
    words = rank.replace("-", " ").split()
    if len(words) < 2 or words[-1] not in ("secretary", "minister") or rank in _UK_ONLY_POSTS:
        return False
    return words[-2] not in _NOT_MINISTERS and not any(w in ("of", "for", "state") for w in words)


def _staff_post(rank: str) -> bool:
    """A post any body can have: its head is a staff head ("Programme Manager", "Deputy Director"). A bare chair is
    none: it chairs a board, a committee, a panel or a trust (the bodies _post_fits knows), never a force, an agency
    or a department ("Chairman X" in a story about the Secret Service chairs a committee the story does not name)."""
    words = rank.replace("-", " ").split()
    if rank.lower() in ("chair", "chairman", "chairwoman", "chairperson"):
        return False
    return bool(words) and words[-1] in _STAFF_HEADS


def _has_staff(ent: Entity) -> bool:
    if ent.registry is not None and ent.registry.kind in ("legislature", "government", "devolved_government",
                                                            "country", "us_state", "jurisdiction"):
        return False
    if _presidency(ent):
        return False
    return not (_NO_STAFF_WORDS & set(re.sub(r"[^\w\s]", " ", ent.name.lower()).split()))


def _presidency(ent: Entity) -> bool:
    """``the Trump Administration``, ``the Administration``: a presidency, whose officials hold their posts in its
    departments and offices, not in it."""
    words = re.sub(r"[^\w\s]", " ", ent.name.lower()).split()
    return words[-1:] == ["administration"] and all(w in _PRESIDENTS for w in words[:-1])


_FORCE_NAME = re.compile(r"\b(?:Police|Constabulary|Police Service|Police Department|Police Force|Sheriff['\u2019]s "
                         r"(?:Office|Department)|Highway Patrol)$")


#: Ranks that fire and rescue services have as well as police forces.
_FIRE_RANKS = frozenset({"chief officer", "assistant chief officer", "deputy chief officer"})
_FIRE_NAME = re.compile(r"\bFire (?:and|&) Rescue\b|\bFire Brigade\b|\bFire Service\b")


def _is_fire_service(ent: Entity) -> bool:
    """A fire and rescue service: by the registry's kind, else by its name."""
    if ent.registry is not None:
        return ent.registry.kind == "fire_service"
    return bool(_FIRE_NAME.search(ent.name))


def _is_force(ent: Entity) -> bool:
    if ent.registry is not None:
        return ent.registry.kind == "police_force"
    return bool(_FORCE_NAME.search(ent.name))


def _describes(tok: Any) -> bool:
    """``the Taskforce, a Metropolitan Police team``: a noun in apposition to a name, or to a noun when no list
    goes on after it (``announced the release of X, a new scheme and a review`` lists three things)."""
    if tok.dep_ != "appos":
        return False
    if tok.head.pos_ == "PROPN" or tok.head.ent_type_:
        return True
    return not any(c.dep_ == "conj" for c in tok.children)


#: Words a name may carry or leave out without naming another thing.
_BAG_SKIP = frozenset({"the", "of", "for", "a", "an", "on", "and", "s"})


def _word_bag(name: str) -> frozenset[str]:
    """The words of a name in any order, without articles and prepositions, a country's prefix or the Crown's style
    spelt out (``Her Majesty's`` is ``HM``): ``declaration of a national emergency`` and ``National Emergency
    Declaration`` are one bag."""
    key = without_country(norm_key(name))
    for style in ("her majesty s ", "his majesty s ", "her majestys ", "his majestys ", "her majesty ", "his majesty "):
        key = key.replace(style, "hm ")
    if key.startswith("hm "):
        key = key[3:]  # "HM Prison and Probation Service" / "Prison and Probation Service"
    return frozenset(w for w in key.split() if w not in _BAG_SKIP)


def _keeper_rank(ent: Entity) -> tuple[int, int, int]:
    """Which of two spellings of one thing keeps its name: the registry's, then a capitalised name, then the most used."""
    return (0 if ent.registry is not None else 1, 0 if ent.name[:1].isupper() else 1, -len(ent.mentions))


def _alive(ent: Entity, entities: list[Entity]) -> bool:
    return bool(ent.mentions) and any(e is ent for e in entities)


def _parent_prefixed(ent: Entity, orgs: list[Entity]) -> Entity | None:
    """``Department of Justice Office of Justice Programs``: a body the document also names on its own, written with
    a parent the registry knows before it; ``IRS Criminal Investigation Division``: a registry body with its unit
    noun after it."""
    key = norm_key(ent.name)
    reg = registry()
    found = []
    for other in orgs:
        if other is ent or not other.mentions:
            continue
        for form in {other.name, *other.aliases}:
            short = norm_key(form)
            if len(short.split()) < 2 or short == key:
                continue
            if key.endswith(" " + short):
                parent = key[: -len(short) - 1]
                entry = reg.lookup(parent)
                rivals = [o for o in orgs if o is not ent and o is not other and o.mentions
                          and norm_key(o.name).endswith(" " + short)]
                if entry is not None and entry.type == ORG and not rivals:  # (not "House ... and Senate Judiciary
                    # Committee": a short name two parents share is neither)
                    found.append(other)
                    break
            if other.registry is not None and key == short + " division":
                found.append(other)
                break
    return found[0] if len(found) == 1 else None


def _policy_written_short(ent: Entity, policies: list[Entity], entities: list[Entity]) -> Entity | None:
    """``the Act`` after ``the Legacy Act`` (when it is the only named policy with that head noun),
    and ``DFC program`` for ``Drug-Free Communities (DFC) Support Program`` (an acronym of a policy with the same
    head noun)."""
    words = norm_key(ent.name).split()
    if not words:
        return None
    head = words[-1]
    first = min(m.start for m in ent.mentions)
    if len(words) == 1 and head in _SHORT_POLICY_HEADS:
        named = [p for p in policies if p is not ent and _alive(p, entities) and len(_named_words(p.name)) > 1
                 and _named_head(p.name) == head]
        # (with two Acts named, "the Act" is left alone: the nearest is often not the one meant)
        return named[0] if len(named) == 1 and min(m.start for m in named[0].mentions) < first else None
    if len(words) == 2 and head in _SHORT_POLICY_HEADS:
        acronym = ent.name.split()[0]
        if acronym.isupper() and acronym.isalpha():
            named = [p for p in policies if p is not ent and _alive(p, entities) and acronym in p.aliases
                     and norm_key(p.name).split()[-1] == head]
            return named[0] if len(named) == 1 else None
    return None


def _named_words(name: str) -> list[str]:
    """A name's words without its year ("Victims and Prisoners Act 2024" ends in "act")."""
    words = norm_key(name).split()
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
    return words


def _named_head(name: str) -> str:
    """A policy name's head noun: before its first preposition ("Code for Crown Prosecutors"), else its last word."""
    words = _named_words(name)
    cut = next((k for k in range(1, len(words)) if words[k] in ("of", "for", "on", "against", "to", "in")), len(words))
    return words[cut - 1]


#: Head nouns a policy is referred back to by alone ("the Act", "the Code", "the programme").
_SHORT_POLICY_HEADS = frozenset({"act", "bill", "code", "order", "strategy", "programme", "program", "initiative",
                                 "scheme", "fund", "survey", "plan", "framework", "charter", "guarantee", "agreement",
                                 "declaration", "regulations", "directive", "protocol", "campaign"})


def _words_of(name: str) -> list[str]:
    return name.lower().split()


_HEAD_LINKS = frozenset({"of", "on", "for"})


def _name_head(name: str) -> str | None:
    """A body's head noun: the word before its first ``of``/``on``/``for`` (``Subcommittee on Crime``, ``Committee on
    the Judiciary``), else its last word (``Senate Judiciary Committee``)."""
    words = _words_of(name)
    cut = next((i for i, w in enumerate(words) if w in _HEAD_LINKS), len(words))
    return words[cut - 1] if cut else None


@lru_cache(maxsize=256)
def _fuller_post(short: str) -> re.Pattern:
    """``short`` and the capitalised remit after "of"/"for" it takes: "Chief Inspector of Prisons", "Cabinet
    Secretary for Justice"."""
    return re.compile(rf"\b{re.escape(short)} (?:of|for) (?P<remit>(?:the )?[A-Z][\w\u2019'&-]*"
                      rf"(?: (?:and|of|for|the|&|[A-Z][\w\u2019'&-]*))*)")


def _strip_glue(words: list[str]) -> list[str]:
    while words and words[-1] in ("and", "of", "for", "the", "&"):
        words = words[:-1]
    return words


#: What a law names as the source of money just before it: "funded by the", "under the", "authorized by".
_SOURCE_BEFORE = re.compile(r"\b(?:by|under|through|from)\s+(?:the\s+)?$")


def _named_body(text: str) -> bool:
    """Text that is a body's full name: capitalised words (and joining words) ending in a body's head noun
    ("Northshire Police", "Wessex Probation Service"), not a common noun ("the force") or a bare place."""
    words = _clean_name(text).split()
    if len(words) < 2 or words[-1].lower() not in ORG_HEADS:
        return False
    return all(w[:1].isupper() or w in ("of", "and", "&", "for", "the") for w in words)


#: Styles of the peerage a member is known by with the surname ("Baroness Casey", "Baron Hogan-Howe").
_PEERAGES = frozenset({"Baroness", "Baron", "Viscount", "Viscountess", "Countess", "Earl", "Marquess"})


def _programme_of(name: str, policy: Entity) -> bool:
    """``name`` opens one of ``policy``'s names, and the rest is a programme noun phrase (``Fentanyl Free America`` of
    ``Fentanyl Free America Initiative``, ``Drug-Free Communities`` of ``Drug-Free Communities Support Program``,
    ``CashBack`` of ``CashBack for Communities``): the programme written short."""
    for form in (policy.name, *policy.aliases):
        if len(form) > len(name) + 1 and form.startswith(name + " "):
            rest = form[len(name) + 1:].split()
            if rest[-1].lower() in _POLICY_NOUNS or rest[0].lower() in ("for", "against") and rest[-1][:1].isupper():
                return True
    return False


def _clean_name(text: str) -> str:
    words = text.strip().strip(",.;:").split()
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "this", "these", "our"):
        words.pop(0)
    return " ".join(words)


def extract_facts(doc: Doc, doc_id: str) -> DocumentFacts:
    """One document's facts: entities with aliases and mentions, quotations, roles, policies, figures and relations."""
    b = _Builder(doc, doc_id)
    b.roles()
    b.quotations()
    find_policies = _rule("kg.extract.policies", "find_policies")
    find_relations = _rule("kg.extract.policies", "find_relations")
    find_statistics = _rule("kg.extract.statistics", "find_statistics")
    if find_policies is not None:
        b.policies(learned.rescore(doc, find_policies(doc)))  # the learned scorer, unless turned off
    if find_relations is not None:
        b.relations(find_relations(doc))
        b.learned_announcements()  # the learned pair scorer, unless turned off
        b.on_behalf()
        b.witness_lists()
    find_statuses = _rule("kg.extract.proposals", "find_policy_statuses")
    if find_statuses is not None:
        b.policy_statuses(find_statuses(doc))
    b.quote_mentions()
    if find_statistics is not None:
        b.statistics(find_statistics(doc))
    b.registry_links()
    return b.facts()
