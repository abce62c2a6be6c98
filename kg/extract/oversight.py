"""OVERSEES frames for the shapes oversight takes in inspectorates', auditors' and committees' own reports
(guideline 10), beyond the verb and nominal frames of :mod:`kg.extract.policies`:

* **findings** -- an overseer's finding about a body is its assessment of that body: ``HMICFRS found that Kent
  Police had improved``, ``the Inspector General concluded that the DEA failed to ...``, ``Inspectors found that
  the prison was unsafe``, ``The audit determined that the grantee ...``, ``we found that the Service ...`` in an
  oversight body's own report; ``HMICFRS rated Kent Police as good``. The finder must be an oversight body (its
  name says so or the registry does), an inspector (by title), plural inspectors/auditors (the story's body of
  that kind), or an act of oversight or unquoted ``we`` with no body named (the document's publisher, kept only
  when that is an oversight body). The overseen is the subject of the finding's clause when it names a body
  (``the force's handling`` names the force); a finding about a person or about nobody named gives nothing.
* **inspectors on a visit** described by a participle: ``Inspectors returning to HMP Leeds to assess progress
  found ...``, ``auditors visiting the Riverton Police Department ...``;
* **commissioned oversight** -- who is asked, commissioned or appointed to review, inspect or investigate a body
  oversees it: ``the Home Secretary asked HMICFRS to inspect Kent Police`` -> HMICFRS (the frame of the verb
  already gives the one who asks).

Each frame is a function over one sentence; :func:`sentence_frames` runs them, called once per sentence from the
frame dispatch of :mod:`kg.extract.policies`. They only read the parse: one pass over the sentence's tokens.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from kg.extract import policies as P
from kg.extract.facts import RelationFact, Span
from kg.extract.lexicon import registry
from kg.extract.statistics import ent_bounds

#: Verbs that report an overseer's finding about the subject of their clause.
FINDING_VERBS = frozenset({"find", "conclude", "determine"})
#: Verbs that grade a body named as their object: "rated Kent Police as good", "judged the force inadequate".
RATING_VERBS = frozenset({"rate", "judge"})
#: Words of a body's name that make it an overseer.
OVERSIGHT_NAME_WORDS = frozenset({"inspector", "inspectorate", "ombudsman", "committee", "subcommittee", "audit",
                                  "auditor", "accountability", "oversight", "watchdog", "regulator", "scrutiny",
                                  "oig"})  # (any inspector general's office)
#: Titles that make a person an overseer: "the Chief Inspector of Prisons", "Inspector General Jane Ruiz".
OVERSIGHT_TITLE_WORDS = frozenset({"inspector", "ombudsman", "auditor", "comptroller"})
#: Plural nouns for an overseer's staff: "Inspectors found ...".
REVIEWER_NOUNS = frozenset({"inspector", "auditor", "examiner", "assessor", "reviewer"})
#: Acts of oversight that, as a subject with no body named, are the publisher's: "The inspection found ...".
ACT_NOUNS = frozenset({"inspection", "audit", "review", "investigation", "inquiry", "assessment", "evaluation",
                       "report", "examination"})
#: Verbs whose object is asked to do what the verb's clause says: "asked HMICFRS to inspect Kent Police".
COMMISSION_VERBS = frozenset({"ask", "commission", "appoint", "task", "invite", "instruct", "direct", "request",
                              "charge", "engage", "order", "mandate", "call"})
#: Oversight verbs a commissioned body or person carries out.
COMMISSIONED_ACTS = frozenset({"review", "inspect", "investigate", "examine", "audit", "assess", "scrutinise",
                               "scrutinize", "oversee", "evaluate", "probe", "monitor", "look"})
#: Acts of oversight named by a noun with an ``of`` object and a ``by`` agent.
ACT_NOMINALS = frozenset({"inspection", "audit", "review", "investigation", "inquiry", "assessment", "evaluation",
                          "examination", "scrutiny", "oversight", "probe"})
#: Verbs that say who carried out an act of oversight: "the review was carried out by HMICFRS".
CARRY_OUT = frozenset({"carry", "conduct", "lead", "undertake", "perform", "complete", "do"})
_FIRST_PLURAL = frozenset({"we", "our", "us"})
_RATED = frozenset({"rate", "rates", "rated", "rating"})


def sentence_frames(sent: SpacySpan, policies, lex, emit):
    """All frames of this module over one sentence (see the module docstring)."""
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower() if tok.lower_ not in _RATED else "rate"  # (the model lemmatises "rated" as "rat")
        if lemma in FINDING_VERBS:
            yield from _finding(tok, sent, policies, lex, emit)
        elif lemma in RATING_VERBS:
            yield from _rating(tok, sent, policies, lex, emit)
        elif lemma in P._VISIT_VERBS and tok.dep_ == "acl":
            yield from _visiting_inspectors(tok, sent, policies, lex, emit)
        elif lemma in COMMISSIONED_ACTS and tok.dep_ == "xcomp":
            yield from _commissioned(tok, sent, policies, lex, emit)
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ACT_NOMINALS:
            yield from _misattached_nominal(tok, sent, lex, emit)
            yield from _listed_agents(tok, sent, lex, emit, nominal=True)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex["oversee_verbs"]:
            yield from _listed_agents(tok, sent, lex, emit, nominal=False)


def _entity_words(tok: Token) -> list[str]:
    """The lower-cased words of the entity ``tok`` is in and of its name phrase (compounds, modifiers and ``of``
    parts: the recogniser may end "the Office of the Inspector General" before its title)."""
    words, stack = [], [tok]
    while stack:
        t = stack.pop()
        words.append(t.lower_)
        stack += [c for c in t.children if c.dep_ in {"compound", "amod", "det", "poss", "nmod", "pobj"}
                  or (c.dep_ == "prep" and c.lower_ == "of")]
    if tok.ent_type_:
        start, end = ent_bounds(tok)
        words += [t.lower_ for t in tok.doc[start:end]]
    return words


def _oversight_name(tok: Token) -> bool:
    """A body whose name (or registry entry) makes it an overseer: an inspectorate, an auditor, a committee."""
    words = _entity_words(tok)
    if OVERSIGHT_NAME_WORDS & set(words) or "inspector general" in " ".join(words):
        return True
    if tok.ent_type_ == "ORG":
        start, end = ent_bounds(tok)
        entry = registry().lookup(tok.doc[start:end].text)
        return entry is not None and entry.kind == "oversight"
    return False


def _inspector_person(tok: Token) -> bool:
    """A person the text titles as an inspector (``Chief Inspector Peter Clarke``, ``the Inspector General``)."""
    left = [t.lower_ for t in tok.subtree if t.i <= tok.i]
    if tok.ent_type_ == "PERSON":
        left += [c.lower_ for c in tok.children if c.dep_ == "appos"]
        left += [t.lower_ for c in tok.children if c.dep_ == "appos" for t in c.subtree]
    return bool(OVERSIGHT_TITLE_WORDS & set(left))


def _finder(subj: Token, verb: Token) -> tuple[str, Token | None]:
    """Who makes a finding, as ``(how, token)``: ``"agent"`` (a body or person named), ``"publisher"`` (the
    document's publisher, when it oversees), or ``("", None)`` when the finder is no overseer."""
    subj = P._resolve_agent(subj, verb)
    if subj.lower_ in _FIRST_PLURAL:
        return "publisher", None
    lemma = subj.lemma_.lower()
    if subj.pos_ == "NOUN" and lemma in REVIEWER_NOUNS and subj.tag_ == "NNS":
        body = P._body_of_people(subj)  # "Inspectors from HMIP found ...": that body
        if body is not None:
            return ("agent", body) if _oversight_name(body) else ("", None)
        return "agent", subj  # the story's inspectorate (or auditor), resolved by the builder
    if subj.pos_ == "NOUN" and lemma in ACT_NOUNS and not subj.ent_type_:
        owner = next((c for c in subj.children if c.dep_ == "poss"), None) or P._by_agent(subj)
        if owner is None or owner.lower_ in _FIRST_PLURAL:
            return "publisher", None  # "The inspection found", "Our audit found"
        if owner.pos_ == "PROPN" and (_oversight_name(owner) or _inspector_person(owner)):
            return "agent", owner  # "The report by HM Inspectorate of Prisons found"
        return "", None
    if subj.pos_ in {"PROPN", "NOUN"} and (_oversight_name(subj) or _inspector_person(subj)):
        return "agent", subj
    return "", None


def _emit_targets(how, agent, targets, verb, sent, policies, lex, emit, cue):
    for o in targets:
        for x in P._conjuncts(o):
            if (x.ent_type_ == "PERSON" and not P._prison(x)) or x.lower_ in P._PRONOUNS:
                continue  # a finding about a person, or "it": no body named here
            for target, kind in P._oversee_target(x, True, policies, lex):
                if how == "publisher":
                    yield RelationFact("OVERSEES", Span(verb.idx, verb.idx), target, kind,
                                       Span(sent.start_char, sent.end_char), cue), None
                else:
                    yield from emit("OVERSEES", agent, target, kind, sent, cue, None)


def _finding(v: Token, sent, policies, lex, emit):
    """``HMICFRS found that Kent Police ...``: the finder oversees the body its finding is about."""
    subj, passive = P._subject_of(v)
    if subj is None or passive or subj.i > v.i:
        return
    clauses = [c for c in v.children if c.dep_ == "ccomp" and c.i > v.i]
    targets = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    if not targets:
        return
    how, agent = _finder(subj, v)
    if not how:
        return
    yield from _emit_targets(how, agent, targets, v, sent, policies, lex, emit, "find")


def _rating(v: Token, sent, policies, lex, emit):
    """``HMICFRS rated Kent Police as good``, ``inspectors judged the prison to be unsafe``: a grade given to the
    object body (only with its grade: ``as``, a predicate or a clause)."""
    subj, passive = P._subject_of(v)
    if subj is None or passive:
        return
    objs = [c for c in v.children if c.dep_ == "dobj"]
    graded = any(c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "as") for c in v.children)
    targets = objs if graded else []
    targets += [s for c in v.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    if not targets:
        return
    how, agent = _finder(subj, v)
    if not how:
        return
    yield from _emit_targets(how, agent, targets, v, sent, policies, lex, emit, v.lemma_.lower())


def _visiting_inspectors(v: Token, sent, policies, lex, emit):
    """``Inspectors returning to HMP Leeds to assess progress found ...``: a participle on inspectors (or on
    auditors) visiting a body or prison is an inspection of it."""
    head = v.head
    if head.lemma_.lower() not in REVIEWER_NOUNS | {"inspectorate"} or head.i > v.i:
        return
    if v.lemma_.lower() in ("visit", "revisit"):
        places = [c for c in v.children if c.dep_ == "dobj"]
    else:
        places = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                  for g in c.children if g.dep_ == "pobj"]
    places = [p for p in places if P._org_like(p, lex) and p.ent_type_ not in ("PERSON", "GPE")]
    if not places:
        return
    body = P._body_of_people(head)
    how, agent = ("agent", body) if body is not None else ("agent", head) if head.tag_ == "NNS" else ("", None)
    if not how:
        return
    yield from _emit_targets(how, agent, places, v, sent, policies, lex, emit, "inspect")


def _commissioned(v: Token, sent, policies, lex, emit):
    """``the Home Secretary asked HMICFRS to inspect Kent Police``, ``the Attorney General commissioned Sir David
    Calvert-Smith to review the SFO``: the one asked carries out the oversight."""
    main = v.head
    if main.lemma_.lower() not in COMMISSION_VERBS or not any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
        return
    asked = next((c for c in main.children if c.dep_ in {"dobj", "dative"} and c.i < v.i), None)
    if asked is None and main.lemma_.lower() == "call":  # "called on the IOPC to investigate"
        asked = next((g for c in main.children if c.dep_ == "prep" and c.lower_ == "on"
                      for g in c.children if g.dep_ == "pobj"), None)
    if asked is None or asked.lower_ in P._PRONOUNS or not (asked.ent_type_ in {"ORG", "PERSON"} or asked.pos_ == "PROPN"):
        return
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if not objs:
        objs = P._question_subjects(v)  # "asked HMICFRS to inspect how Kent Police handles stalking"
    if not objs and v.lemma_.lower() == "look":  # "asked the IOPC to look into the force's handling"
        objs = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("into", "at")
                for g in c.children if g.dep_ == "pobj"]
    cue = v.lemma_.lower()
    for o in objs:  # (a person asked about stays unnamed as overseen: the verb's own frame reads them)
        for x in P._conjuncts(o):
            if x.ent_type_ == "PERSON":
                continue
            for target, kind in P._oversee_target(x, True, policies, lex):
                yield from emit("OVERSEES", asked, target, kind, sent, cue, None)


def _of_object(n: Token) -> Token | None:
    return next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _act_object_of(agent: Token) -> Token | None:
    """The ``of`` that opens an act's object after its ``by`` agent (``by HMICFRS of Essex Police``, ``by HM
    Inspectorate of Prisons of HMP Leeds``): the first ``of`` after the agent's name, where the recogniser may
    have run the name on over it (the second ``of`` of the span, or the first after an acronym); the parser may
    hang it on the name's last word."""
    start, end = ent_bounds(agent) if agent.ent_type_ else (agent.left_edge.i, agent.i + 1)
    ofs = sorted((t for t in agent.subtree if t.dep_ == "prep" and t.lower_ == "of" and t.i > start),
                 key=lambda t: t.i)
    after = [t for t in ofs if t.i >= end]
    if after:
        return after[0]
    inside = [t for t in ofs if t.i < end]
    if len(inside) >= 2:
        return inside[1]
    if len(inside) == 1 and inside[0].i - start == 1 and agent.doc[start].text.isupper():
        return inside[0]
    return None


def _noun_by(tok: Token) -> Token | None:
    """A ``by`` agent hanging on a noun (not on a participle: "crimes committed by gangs" is no agent)."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                 if g.dep_ == "pobj"), None)


def _misattached_nominal(n: Token, sent, lex, emit):
    """An act of oversight whose agent or object the parser hung elsewhere (guideline 10):

    * ``the inspection of Essex Police's custody suites by HMICFRS``: ``by`` hangs on the object's head;
    * ``an inspection by HMICFRS of Essex Police``: ``of`` hangs on the agent (not inside its name: "HM
      Inspectorate of Prisons" is one name);
    * ``the review of Kent Police was carried out by HMICFRS``, ``the inspection, led by HMIP, ...``: the agent of
      the verb that carries the act out.
    """
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in n.children):
        agent = P._by_agent(n)
        target = _of_object(n)
        if target is None and agent is not None and agent.pos_ == "PROPN":
            of = _act_object_of(agent)
            target = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if target is None:
                return
            start, end = ent_bounds(agent) if agent.ent_type_ else (agent.left_edge.i, agent.i + 1)
            if end <= of.i:
                yield from _nominal_targets(n, agent, target, sent, lex, emit)
                return
            # one recognised name runs over both bodies ("HM Inspectorate of Prisons of HMP Leeds"): split it
            doc = n.doc
            while start < of.i and doc[start].lower_ == "the":
                start += 1
            first = of.i + 1 + (doc[of.i + 1].lower_ == "the")
            last = max(end, target.right_edge.i + 1) - 1
            if start >= of.i or first > last:
                return
            yield RelationFact("OVERSEES", Span(doc[start].idx, doc[of.i - 1].idx + len(doc[of.i - 1].text)),
                               Span(doc[first].idx, doc[last].idx + len(doc[last].text)), "Organisation",
                               Span(sent.start_char, sent.end_char), n.lemma_.lower()), None
        return
    target = _of_object(n)
    if target is None:
        return
    agent = next((_noun_by(t) for t in target.subtree if t.pos_ in {"NOUN", "PROPN"} and _noun_by(t) is not None),
                 None)
    if agent is None:
        carrier = n.head if n.dep_ == "nsubjpass" else n.head if n.dep_ == "acl" else None
        # "the review of X, conducted by the OIG, ...": the participle may hang on the nominal or on its object
        carrier = next((c for h in (n, target) for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                        and c.lemma_.lower() in CARRY_OUT), carrier)
        if carrier is not None and carrier.lemma_.lower() in CARRY_OUT:
            agent = P._by_agent(carrier)
    if agent is None or agent.ent_type_ not in {"ORG", "PERSON"} and agent.pos_ != "PROPN":
        return
    yield from _nominal_targets(n, agent, target, sent, lex, emit)


def _nominal_targets(n, agent, target, sent, lex, emit):
    for x in P._conjuncts(target):
        for span, kind in P._oversee_target(x, True, [], lex):
            yield from emit("OVERSEES", agent, span, kind, sent, n.lemma_.lower(), None)


#: Words that may join the parts of one body's name: "HM Inspectorate of Probation", "Fire & Rescue".
_NAME_JOINERS = frozenset({"of", "for", "&", "the"})


def _list_items(a: Token, sent: SpacySpan) -> list[Token]:
    """The names listed after ``a`` that the parser did not join to it as conjuncts: ``by HMICFRS, HM Crown
    Prosecution Service Inspectorate and HM Inspectorate of Probation`` -> the heads of the second and third
    names. Only a list that ends in ``and`` + a name counts ("inspected by HMICFRS, Kent Police said" lists
    nothing), and each item is a run of proper nouns."""
    doc = a.doc
    joined = {c.i for c in a.conjuncts} | {a.i}
    j = max(a.right_edge.i, *(c.right_edge.i for c in a.conjuncts)) + 1 if a.conjuncts else a.right_edge.i + 1
    items: list[tuple[Token, bool]] = []
    while j < sent.end:
        sep = doc[j].text
        if sep not in {",", "and"}:
            break
        j += 1
        closing = sep == "and"
        if sep == "," and j < sent.end and doc[j].lower_ == "and":
            j, closing = j + 1, True
        if j < sent.end and doc[j].lower_ == "the":
            j += 1
        start = j
        while j < sent.end and (doc[j].pos_ == "PROPN" or (doc[j].lower_ in _NAME_JOINERS and j > start
                                                            and j + 1 < sent.end and doc[j + 1].pos_ == "PROPN")):
            j += 1
        if j == start:
            break
        run = doc[start:j]
        head = next((t for t in run if not (start <= t.head.i < j)), run[-1])
        if head.dep_ in {"nsubj", "nsubjpass"} or (j < sent.end and doc[j].pos_ in {"VERB", "AUX"}):
            break  # "..., Kent Police said"
        items.append((head, closing))
        if closing:
            break
    if not items or not items[-1][1]:
        return []
    return [t for t, _ in items if t.i not in joined]


def _listed_agents(tok: Token, sent, lex, emit, nominal: bool):
    """Oversight by a list of bodies the parser broke up (``Essex Police was inspected by HMICFRS, HMCPSI and HM
    Inspectorate of Probation``, ``a joint inspection of HMP Leeds by HMIP, Ofsted and the CQC``): every body
    listed oversees what the first one does."""
    if nominal:
        agent, target = P._by_agent(tok), _of_object(tok)
        if agent is None or target is None:
            return
        targets = P._conjuncts(target)
    else:
        subj, passive = P._subject_of(tok)
        agent = P._by_agent(tok)
        if not passive or subj is None or agent is None:
            return
        targets = P._conjuncts(P._resolve_agent(subj, tok))
    org_only = nominal or tok.lemma_.lower() in lex["oversee_org_only"]
    for item in _list_items(agent, sent):
        for x in targets:
            for span, kind in P._oversee_target(x, org_only, [], lex):
                yield from emit("OVERSEES", item, span, kind, sent, tok.lemma_.lower(), None)
