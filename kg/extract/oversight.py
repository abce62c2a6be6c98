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
* **findings placed in a body** -- ``found serious failings in the Probation Service``, ``found problems at HMP
  Bristol`` (the same finders); an overseer's **report on** a body (``the GAO published its report on the TSA``);
* **programmes** -- a policy as what is audited, inspected or scrutinised (any agent) or reviewed, assessed,
  evaluated or examined (an overseer), in either voice and as a nominal (``the NAO's review of the Troubled
  Families Programme``);
* **officials by title** -- held to account, heard from, questioned, scrutinised or called in (``the Panel holds
  the Police and Crime Commissioner to account``); a committee **calling a witness in**; **evidence** given to a
  committee as a noun (``the Chief Constable's evidence to the Committee``);
* **a body's name on the act** (``an IOPC investigation into X``) and ``X is under investigation by Y``.

Each frame is a function over one sentence; :func:`sentence_frames` runs them, called once per sentence from the
frame dispatch of :mod:`kg.extract.policies`. They only read the parse: one pass over the sentence's tokens.
"""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan, Token

from kg.extract import policies as P
from kg.extract.entities import doc_words
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
    words = doc_words(sent.doc)  # plain lists: a Token is made only for the verbs and nouns the frames read
    toks, pos, lemmas = words.tokens, words.pos, words.lemma_lower
    for i in range(sent.start, sent.end):
        if pos[i] != "VERB":
            continue
        lemma = lemmas[i] if words.lower[i] not in _RATED else "rate"  # (the model lemmatises "rated" as "rat")
        if lemma not in _FRAME_VERBS:
            continue
        tok = toks[i]
        if lemma in FINDING_VERBS:
            yield from _finding(tok, sent, policies, lex, emit)
            yield from _found_in(tok, sent, policies, lex, emit)
        if lemma in WHERE_FOUND and tok.dep_ == "relcl":
            yield from _where_found(tok, sent, policies, lex, emit)
        elif lemma in RATING_VERBS:
            yield from _rating(tok, sent, policies, lex, emit)
        elif lemma in P._VISIT_VERBS and tok.dep_ == "acl":
            yield from _visiting_inspectors(tok, sent, policies, lex, emit)
        elif lemma in COMMISSIONED_ACTS and tok.dep_ == "xcomp":
            yield from _commissioned(tok, sent, policies, lex, emit)
        if lemma in POLICY_REVIEW_VERBS:
            yield from _reviewed_policies(tok, sent, policies, lex, emit)
        if lemma in TITLE_CUES or (lemma == "hold" and P._holds_to_account(tok)) or lemma == "call":
            yield from _titled_overseen(tok, lemma, sent, policies, lex, emit)
        if lemma in _RECOMMENDING:
            yield from _recommendations(tok, lemma, sent, policies, lex, emit)
    oversee_verbs = lex["oversee_verbs"]
    for i in range(sent.start, sent.end):
        if not ((pos[i] == "NOUN" and lemmas[i] in _FRAME_NOUNS) or (pos[i] == "VERB" and lemmas[i] in oversee_verbs)):
            continue
        tok, noun, lemma = toks[i], pos[i] == "NOUN", lemmas[i]
        if noun and lemma in ACT_NOMINALS:
            yield from _misattached_nominal(tok, sent, lex, emit)
            yield from _reviewed_policy_nominal(tok, sent, policies, lex, emit)
            yield from _named_act(tok, sent, policies, lex, emit)
        if noun and lemma in AGENTLESS_ACTS:
            yield from _agentless_act(tok, sent, policies, lex)
        if noun and lemma == "report":
            yield from _report_on(tok, sent, policies, lex, emit)
            yield from _report_examining(tok, sent, policies, lex, emit)
        if noun and lemma == "inspection":
            yield from _possessed_inspection(tok, sent, lex)
        if noun and lemma in SESSION_NOUNS:
            yield from _evidence_session(tok, sent, policies, lex, emit)
        if noun and lemma in EVIDENCE_NOUNS:
            yield from _evidence_to(tok, sent, policies, lex, emit)
            yield from _listed_agents(tok, sent, lex, emit, nominal=True)
        elif not noun and lemma in lex["oversee_verbs"]:
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
    if P.plural_noun_lemma(subj) in REVIEWER_NOUNS:
        body = P._body_of_people(subj)  # "Inspectors from HMIP found ...": that body
        if body is not None:
            return ("agent", body) if _oversight_name(body) else ("", None)
        return "agent", subj  # the story's inspectorate (or auditor), resolved by the builder
    if subj.pos_ == "NOUN" and lemma in ACT_NOUNS and not subj.ent_type_:
        owner = next((c for c in subj.children if c.dep_ == "poss"), None) or P._by_agent(subj) \
            or _compound_agent(subj)  # "The OIG audit concluded that ..."
        if owner is None or owner.lower_ in _FIRST_PLURAL:
            return "publisher", None  # "The inspection found", "Our audit found"
        if owner.pos_ == "PROPN" and (_oversight_name(owner) or _inspector_person(owner)):
            return "agent", owner  # "The report by HM Inspectorate of Prisons found"
        return "", None
    if subj.pos_ in {"PROPN", "NOUN"} and (_oversight_name(subj) or _inspector_person(subj)):
        return "agent", subj
    return "", None


#: Definite nouns for a prison that refer back to the one the story named ("Inspectors found the prison unsafe").
_BACK_PRISONS = frozenset({"prison", "jail", "gaol"})


def _emit_targets(how, agent, targets, verb, sent, policies, lex, emit, cue):
    for o in targets:
        for x in P._conjuncts(o):
            if (x.ent_type_ == "PERSON" and not P._prison(x)) or x.lower_ in P._PRONOUNS:
                continue  # a finding about a person, or "it": no body named here
            ends = P._oversee_target(x, True, policies, lex)
            if not ends and x.lower_ in _BACK_PRISONS and any(c.dep_ == "det" and c.lower_ == "the" for c in x.children):
                ends = [(Span(x.idx, x.idx + len(x.text)), "Organisation")]  # "the prison": the one named before
            for target, kind in ends:
                if how == "publisher":
                    yield RelationFact("OVERSEES", Span(verb.idx, verb.idx), target, kind,
                                       Span(sent.start_char, sent.end_char), cue), None
                else:
                    yield from emit("OVERSEES", agent, target, kind, sent, cue, None)


def _finding(v: Token, sent, policies, lex, emit):
    """``HMICFRS found that Kent Police ...``: the finder oversees the body its finding is about."""
    subj, passive = P._subject_of(v)
    if subj is not None and passive and subj.i < v.i:
        # "Kent Police was found to be inadequate by HMICFRS": a finding in the passive, with its grade
        agent = P._by_agent(v) or next((_noun_by(c) for c in v.children if c.dep_ == "xcomp" and _noun_by(c) is not None),
                                       None)  # (the parser may hang "by HMICFRS" on "to be")
        graded = any(c.dep_ in {"oprd", "xcomp", "acomp"} for c in v.children)
        how, agent = _finder(agent, v) if agent is not None and graded else ("", None)
        if how:
            yield from _emit_targets(how, agent, [P._resolve_agent(subj, v)], v, sent, policies, lex, emit, "find")
        return
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
    if subj is None:
        return
    graded = any(c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "as") for c in v.children)
    if passive:
        # "Kent Police was rated 'good' by HMICFRS", "the prison was judged unsafe by inspectors": the grade's giver
        agent = P._by_agent(v)
        if agent is None or not graded:
            return
        how, agent = _finder(agent, v)
        if how:
            yield from _emit_targets(how, agent, [P._resolve_agent(subj, v)], v, sent, policies, lex, emit, "rate")
        return
    objs = [c for c in v.children if c.dep_ == "dobj"]
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
    places = [p for p in places if P._org_like(p, lex) and (p.ent_type_ not in ("PERSON", "GPE") or P._prison(p))]
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


#: Verbs whose object may be a policy or programme the agent reviews (guideline 10: "the Inspector General reviewed
#: the grant programs"); the verb frames of :mod:`kg.extract.policies` take only bodies for these.
POLICY_REVIEW_VERBS = frozenset({"review", "audit", "assess", "evaluate", "examine", "inspect", "scrutinise",
                                 "scrutinize"})
#: Of those, the verbs that say oversight only when an overseer does them: a department "reviewing" its own
#: strategy is no oversight, an inspector general reviewing it is; an audit or inspection is oversight by anyone.
_OVERSEER_ONLY = frozenset({"review", "assess", "evaluate", "examine"})
#: Nominals of the same acts: "the Inspector General's review of the Byrne JAG program".
POLICY_REVIEW_NOMINALS = frozenset({"review", "audit", "assessment", "evaluation", "examination", "inspection",
                                    "scrutiny"})
_OVERSEER_ONLY_NOMINALS = frozenset({"review", "assessment", "evaluation", "examination"})


def _overseer(agent: Token) -> bool:
    """An agent whose own name or title makes it an overseer (an inspectorate, an inspector general, an audit
    office, a committee, an ombudsman; an inspector by title)."""
    return _oversight_name(agent) or _inspector_person(agent)


#: Verbs by which an overseer addresses recommendations to a body: "GAO made 5 recommendations to DHS".
_RECOMMENDING = frozenset({"recommend", "make", "issue", "identify", "give", "direct"})


def _recommendations(v: Token, lemma: str, sent, policies, lex, emit):
    """An overseer's recommendations to a body assess it (guideline 10): ``GAO identified 11 priority
    recommendations for DHS``, ``the OIG made two recommendations to OVW``, ``the Inspectorate recommended that the
    force review its training``. Only an overseer by name or title (a working group's recommendations to its
    director are no oversight), and only a body or a scheme as the overseen end."""
    subj, passive = P._subject_of(v)
    if subj is None or passive or subj.lower_ in P._PRONOUNS or not _overseer(subj):
        return
    agent = P._resolve_agent(subj, v)
    if agent is None:
        return
    targets: list[Token] = []
    if lemma == "recommend":
        comp = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
        if comp is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
            targets = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        recs = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "recommendation"]
        for r in recs:  # "to DHS" hung on the noun or on the verb
            targets += [g for h in (r, v) for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                        and c.i > r.i for g in c.children if g.dep_ == "pobj"]
    for t in targets:
        for x in P._conjuncts(t):
            if x.ent_type_ == "PERSON" or x.lower_ in P._PRONOUNS or x.ent_type_ not in ("ORG", ""):
                continue
            for span, kind in P._oversee_target(x, True, policies, lex):
                yield from emit("OVERSEES", agent, span, kind, sent, "recommend", None)


def _policy_ends(objs, policies) -> list:
    out = []
    for o in objs:
        for x in P._conjuncts(o):
            if x.ent_type_ == "PERSON" or x.lower_ in P._PRONOUNS:
                continue
            pol = P._policy_at(x, policies)
            if pol is not None and pol not in out:
                out.append(pol)
    return out


def _reviewed_policies(v: Token, sent, policies, lex, emit):
    """A policy or programme as the object of an act of oversight, in either voice (guideline 10): ``the Inspector
    General reviewed the COPS Hiring Program``, ``the NAO audited the Troubled Families Programme``, ``the Justice
    Assistance Grant program was audited by the OIG``, ``the Committee will scrutinise the Prevent programme``. The
    overseen end is the Policy node; review, assess, evaluate and examine need an overseer as agent."""
    subj, passive = P._subject_of(v)
    if passive:
        agent, objs = P._by_agent(v), ([subj] if subj is not None else [])
    elif v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in {"NOUN", "PROPN"}:
        agent, objs = P._by_agent(v), [v.head]  # "the programme, audited by the OIG in 2019"
    else:
        if subj is None or any(c.dep_ == "neg" for c in v.children):
            return
        agent, objs = P._resolve_agent(subj, v), [c for c in v.children if c.dep_ == "dobj"]
    if agent is None or agent.lower_ in P._PRONOUNS or agent.lower_ in P._RELATIVE:
        return
    if v.lemma_.lower() in _OVERSEER_ONLY and not _overseer(agent):
        return
    for pol in _policy_ends(objs, policies):
        yield from emit("OVERSEES", agent, P._span(v.doc, pol), "Policy", sent, v.lemma_.lower(), None)


def _reviewed_policy_nominal(n: Token, sent, policies, lex, emit):
    """``the Inspector General's review of the PSN program``, ``an audit of the Safer Streets Fund by the NAO``,
    ``the OIG released an audit of the COPS Hiring Recovery Program``: the act's agent (possessor, ``by`` agent, or
    the subject of the verb the act is the object of) oversees the policy it is of or into."""
    lemma = n.lemma_.lower()
    if lemma not in POLICY_REVIEW_NOMINALS:
        return
    objs = [g for c in n.children if c.dep_ == "prep" and c.lower_ in {"of", "into"} for g in c.children
            if g.dep_ == "pobj"]
    if not objs:
        return
    agent = next((c for c in n.children if c.dep_ == "poss"), None) or P._by_agent(n)
    if agent is None and n.dep_ == "dobj" and n.head.pos_ == "VERB":
        subj, passive = P._subject_of(n.head)
        if subj is not None and not passive:
            agent = P._resolve_agent(subj, n.head)
    if agent is None or agent.lower_ in P._PRONOUNS or agent.lower_ in P._RELATIVE:
        return
    if lemma in _OVERSEER_ONLY_NOMINALS and not _overseer(agent):
        return
    for pol in _policy_ends(objs, policies):
        yield from emit("OVERSEES", agent, P._span(n.doc, pol), "Policy", sent, lemma, None)


#: Verbs whose overseen end may be an official named only by title (guideline 5 and 10: "the Board holds the Chief
#: Constable to account", "the Committee heard evidence from the Chief Inspector of Prisons").
TITLE_CUES = frozenset({"scrutinise", "scrutinize", "hear", "take"}) | P._SCRUTINY_VERBS


def _title_span(x: Token) -> Span | None:
    """The span of an official named only by title (``the Chief Inspector of Prisons``, ``the Police and Crime
    Commissioner``): a TITLE entity with no person in apposition and no body or person named inside it (``the
    Chief Constable of Kent Police`` is read as the force by the verb frames)."""
    if x.ent_type_ != "TITLE" or any(c.dep_ == "appos" for c in x.children):
        return None
    doc = x.doc
    start = x.left_edge.i
    while start < x.i and doc[start].dep_ in {"poss", "case", "punct"}:
        start += 1
    if any(t.dep_ == "poss" for t in doc[start:x.i]):
        return None  # "the force's Chief Constable": whose post it is is named
    end = x.i
    of = next((c for c in x.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and of.i == x.i + 1:
        end = of.right_edge.i  # "of Prisons": the title's own "of" phrase
    words = doc[start:end + 1]
    if any(t.ent_type_ in {"ORG", "PERSON"} for t in words) or not any(t.text[:1].isupper() for t in words):
        return None
    return Span(doc[start].idx, doc[end].idx + len(doc[end].text))


def _scrutiny_agent(subj: Token) -> Token | None:
    """A scrutinising body (or its members) as subject: ``the Committee``, ``MPs on the Justice Committee``."""
    lemma = subj.lemma_.lower()
    if lemma in P._SCRUTINY_BODIES or subj.lower_ in P._SCRUTINY_BODIES:
        return subj
    if lemma in P._MEMBER_NOUNS or subj.lower_ in P._MEMBER_NOUNS:
        body = P._body_of_people(subj)
        if body is not None and body.lemma_.lower() in P._SCRUTINY_BODIES:
            return body
    return None


def _titled_overseen(v: Token, lemma: str, sent, policies, lex, emit):
    """The overseen end named only by a title, and a committee calling a witness in (guideline 10):

    * ``the Police and Crime Panel holds the Police and Crime Commissioner to account``, ``the Board will hold the
      Chief Constable to account``;
    * ``the Committee heard (took) evidence from the Chief Inspector of Prisons``;
    * ``the Committee questioned (grilled, summoned) the Attorney General``, ``MPs will scrutinise the Home
      Secretary``;
    * ``the Home Affairs Committee called in the Commissioner``, ``called the Home Secretary to give evidence`` --
      a scrutinising body calling a witness oversees the witness (a person, a title or a body).

    A title's span becomes the Person the title names (the builder's unnamed-official rule)."""
    subj, passive = P._subject_of(v)
    if subj is None or passive or subj.i > v.i and v.dep_ != "relcl":
        return
    objs: list[Token] = []
    agent: Token | None = None
    if lemma == "hold":
        agent = P._resolve_agent(subj, v)
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs:
            objs = [g for c in v.children if c.lemma_.lower() in {"account", "accountable"}
                    and c.dep_ in {"ccomp", "xcomp", "dobj"} for g in c.children if g.dep_ == "nsubj"]
        cue = "hold to account"
    elif lemma in {"hear", "take"}:
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == "evidence" for c in v.children):
            return
        agent = P._resolve_agent(subj, v)
        objs = [g for h in [v, *[c for c in v.children if c.dep_ == "dobj"]] for c in h.children
                if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        cue = "hear evidence from"
    elif lemma == "call":
        agent = _scrutiny_agent(subj)
        called_in = [g for c in v.children if (c.dep_ == "prep" and c.lower_ == "in") for g in c.children
                     if g.dep_ == "pobj"]
        particle = any(c.dep_ == "prt" and c.lower_ == "in" for c in v.children)
        witness = [c for c in v.children if c.dep_ == "dobj"]
        to_testify = any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in {"give", "testify", "appear", "answer"}
                         for c in v.children)
        if called_in:
            objs = called_in
        elif witness and (particle or to_testify or any(c.dep_ == "prep" and c.lower_ == "before" for c in v.children)):
            objs = witness
        cue = "call in"
        if agent is not None and objs:
            yield from P._scrutinised(agent, objs, sent, policies, lex, emit, cue)
    else:
        agent = _scrutiny_agent(subj) if lemma in P._SCRUTINY_VERBS else P._resolve_agent(subj, v)
        objs = [c for c in v.children if c.dep_ in {"dobj", "dative"} and c.i > v.i]
        cue = lemma
    if agent is None or agent.lower_ in P._RELATIVE:
        return
    for o in objs:
        for x in P._conjuncts(o):
            span = _title_span(x)
            if span is not None:
                yield from emit("OVERSEES", agent, span, "Person", sent, cue, None)


def _compound_agent(n: Token) -> Token | None:
    """The body named before an act of oversight as its modifier: ``an IOPC investigation``, ``the OIG audit``,
    ``a Home Affairs Committee inquiry`` (a body's name, never a common noun: "a police investigation" names none)."""
    for c in n.children:
        if c.dep_ in {"compound", "nmod"} and c.i < n.i and c.ent_type_ in {"ORG", "PERSON"} and c.pos_ == "PROPN":
            return c
    return None


def _named_act(n: Token, sent, policies, lex, emit):
    """Acts of oversight whose agent is not a possessor or a ``by`` phrase on the act (guideline 10):

    * a body's name as the act's modifier: ``An IOPC investigation into Cleveland Police's handling ...``, ``the OIG
      audit of the Seattle Police Department``, ``a Home Affairs Committee inquiry into the NCA``;
    * a body ``under investigation`` (``under review``, ``under scrutiny``) ``by`` an overseer: ``Nottinghamshire
      Police is under investigation by the IOPC``, ``the programme remains under review by the Inspector General``.
    """
    lemma = n.lemma_.lower()
    if n.dep_ == "pobj" and n.head.lower_ == "under":
        holder = n.head.head
        # "by the IOPC" (or "from the IOPC") hangs on the act, on "under" or on the verb
        agent = P._by_agent(n) or next((g for h in (n, n.head, holder) for c in h.children
                                        if c.i > n.i and (c.dep_ == "agent" or c.lower_ in {"by", "from"})
                                        for g in c.children if g.dep_ == "pobj"), None)
        subj = None
        if holder.pos_ in {"AUX", "VERB"}:
            subj, passive = P._subject_of(holder)
        elif holder.pos_ in {"NOUN", "PROPN"}:
            subj = holder  # "Nottinghamshire Police, under investigation by the IOPC, ..."
        if agent is None or subj is None:
            return
        targets = [P._resolve_agent(subj, holder) if holder.pos_ in {"AUX", "VERB"} else subj]
    else:
        if any(c.dep_ == "poss" for c in n.children) or P._by_agent(n) is not None:
            return  # (read by the nominal frames of kg.extract.policies)
        agent = _compound_agent(n)
        if agent is None:
            return
        preps = {"into"} if lemma in {"inquiry", "investigation", "probe"} else {"into", "of"}
        targets = [g for c in n.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                   if g.dep_ == "pobj"]
    if lemma in {"investigation", "probe", "inquiry"} and not _overseer(agent):
        return  # "an FBI investigation into the Gambino family": a force investigating crime oversees no one
    for body in P._contact_bodies(n, targets):  # "an IOPC investigation into a death after contact with X Police"
        yield from emit("OVERSEES", agent, P.name_span(body), "Organisation", sent, lemma, None)
    for t in targets:
        for x in P._conjuncts(t):
            if x.ent_type_ == "PERSON" or x.lower_ in P._PRONOUNS:
                continue
            ends = P._oversee_target(x, True, policies, lex)
            pol = P._policy_at(x, policies)
            if not ends and pol is not None and lemma not in {"investigation", "probe"}:
                ends = [(P._span(n.doc, pol), "Policy")]
            for span, kind in ends:
                yield from emit("OVERSEES", agent, span, kind, sent, lemma, None)


#: Prepositions that place what a finding is about: "found failings in the Probation Service", "at HMP Bristol".
_FOUND_IN = frozenset({"in", "at", "within", "across", "inside"})


def _found_in(v: Token, sent, policies, lex, emit):
    """An overseer's finding stated with an object placed in a body (guideline 10: an inspection's or audit's
    assessment): ``HM Inspectorate of Probation has found serious failings in the Probation Service``, ``Inspectors
    found significant problems at HMP Bristol``, ``the OIG found weaknesses in the FBI's management of informants``.
    The finder must be an overseer (as for ``found that ...``)."""
    subj, passive = P._subject_of(v)
    if subj is None or passive or subj.i > v.i:
        return
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if not objs:
        return
    places = [g for h in [v, *objs] for c in h.children if c.dep_ == "prep" and c.lower_ in _FOUND_IN and c.i > v.i
              for g in c.children if g.dep_ == "pobj"]
    places = [p for p in places if p.ent_type_ not in {"GPE", "LOC", "DATE", "TIME"}]
    if not places:
        return
    how, agent = _finder(subj, v)
    if not how:
        return
    yield from _emit_targets(how, agent, places, v, sent, policies, lex, emit, "find")


def _report_on(n: Token, sent, policies, lex, emit):
    """``HMICFRS has published its report on Thames Valley Police``, ``the Inspector General's report on the Bureau
    of Prisons``: an overseer's report on a body assesses it (a report by anyone else, "the charity's report on
    knife crime", says nothing of oversight)."""
    on = [g for c in n.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    if not on and n.dep_ == "dobj":  # the parser may hang "on X" on the verb
        on = [g for c in n.head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > n.i
              for g in c.children if g.dep_ == "pobj"]
    if not on:
        return
    owner = next((c for c in n.children if c.dep_ == "poss"), None) or P._by_agent(n) or _compound_agent(n)
    if (owner is None or owner.lower_ in P._PRONOUNS) and n.dep_ == "dobj" and n.head.pos_ == "VERB":
        subj, passive = P._subject_of(n.head)
        owner = P._resolve_agent(subj, n.head) if subj is not None and not passive else None
    if owner is None or owner.lower_ in P._PRONOUNS or not _overseer(owner):
        return
    for t in on:
        for x in P._conjuncts(t):
            if (x.ent_type_ == "PERSON" and not P._prison(x)) or x.lower_ in P._PRONOUNS:
                continue  # ("HMP Hollowfield": the recogniser may take a prison's place for a person)
            for span, kind in P._oversee_target(x, True, policies, lex):
                yield from emit("OVERSEES", owner, span, kind, sent, "report", None)


#: Nouns for what a witness gives a scrutinising body: "the Chief Constable's evidence to the Committee".
EVIDENCE_NOUNS = frozenset({"evidence", "testimony"})


def _scrutiny_body(body: Token) -> bool:
    """A body that takes evidence (a committee, panel, assembly, Congress): never a court or a jury."""
    if body.ent_type_ in ("PERSON", "GPE"):
        return False
    words = {t.lower_ for t in body.subtree if t.i <= body.i or t.ent_iob_ == "I"}
    if body.text.isupper() and body.is_alpha and len(body.text) >= 2:
        words |= _acronym_heads(body.doc).get(body.text, set())  # "the PAC", defined as "Public Accounts Committee (PAC)"
    return bool(words & P._SCRUTINY_BODY_WORDS) and not words & {"court", "judge", "magistrate", "magistrates", "jury"}


def _acronym_heads(doc) -> dict[str, set[str]]:
    """Each acronym the text defines in brackets after a name, with the name's last word: ``the Public Accounts
    Committee (PAC)`` gives ``{"PAC": {"committee"}}``."""
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"([A-Za-z][\w'\u2019-]*)\s+\(([A-Z]{2,})\)", doc.text):
        out.setdefault(m.group(2), set()).add(m.group(1).lower())
    return out


def _evidence_to(n: Token, sent, policies, lex, emit):
    """Evidence given to a scrutinising body, said with a noun (guideline 10: "the Committee heard evidence from X"):
    ``Following the Chief Constable's evidence to the Home Affairs Committee, ...``, ``In his testimony before the
    Senate Judiciary Committee, FBI Director X said ...``, ``evidence by NCA Director General X to the Public Accounts
    Committee``. The committee oversees the witness's body when the witness phrase names one, else the witness (a
    person, or an official named by title)."""
    def pobjs(holder, words):
        return [g for c in holder.children if c.dep_ in {"prep", "agent"} and c.lower_ in words and c.i > n.i
                for g in c.children if g.dep_ == "pobj"]

    holders = [n] + ([n.head.head] if n.dep_ == "pobj" and n.head.head.pos_ == "VERB" else [])
    body = next((b for h in holders for b in pobjs(h, {"to", "before"}) if _scrutiny_body(b)), None)
    if body is None:
        return
    witness = next((c for c in n.children if c.dep_ == "poss"), None)
    if witness is None:
        witness = next((b for h in holders for b in pobjs(h, {"by", "from"})), None)
    if witness is not None and witness.lower_ in P._PRONOUNS and n.dep_ == "pobj" and n.head.dep_ == "prep":
        verb = n.head.head  # "In his testimony before the Committee, X said": the clause's subject gives it
        subj, passive = P._subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else (None, True)
        witness = subj if subj is not None and not passive and subj.lower_ not in P._PRONOUNS else None
    if witness is None or witness.lower_ in P._PRONOUNS:
        return
    orgs = [o for o in P._orgs_in(witness) if not (o.start <= body.idx < o.end)]
    if witness.ent_type_ == "ORG":
        ends = [(P._org_span(witness), "Organisation")]
    elif orgs:
        ends = [(orgs[0], "Organisation")]
    elif witness.ent_type_ == "PERSON":
        ends = [(P.name_span(witness), "Person")]
    elif _title_span(witness) is not None:
        ends = [(_title_span(witness), "Person")]
    else:
        return
    for span, kind in ends:
        yield from emit("OVERSEES", body, span, kind, sent, "give evidence to", None)


#: Sittings of a scrutinising body, named by what they take: "an evidence session with X", "an oversight hearing with X".
SESSION_NOUNS = frozenset({"session", "hearing"})
_SESSION_KINDS = frozenset({"evidence", "oversight", "scrutiny"})
#: People standing for a body in a witness phrase: "the leadership of the Home Office", "senior figures from X".
_DELEGATES = frozenset({"leadership", "leaders", "head", "heads", "figures", "officials", "representatives",
                        "members", "chiefs", "witnesses", "staff", "officers", "executives", "management"})


def _evidence_session(n: Token, sent, policies, lex, emit):
    """A scrutinising body's evidence session with its witnesses (guideline 10, as ``heard evidence from``):
    ``In an evidence session with the leadership of the Home Office and senior figures from the College of
    Policing, the Public Accounts Committee will scrutinise ...``, ``the Committee will hold an oversight hearing
    with the Ministry of Justice``. The body is the subject of the verb holding the session (or of the clause the
    session phrase opens); each body the ``with`` phrase names (through ``the leadership of``) is overseen."""
    if not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _SESSION_KINDS for c in n.children) and not (
            n.dep_ == "acl" and n.head.lower_ in _SESSION_KINDS):  # ("an oversight | hearing with X" misparsed)
        return
    holders = [n, n.head] if n.dep_ == "dobj" else [n]  # ("held an oversight hearing | with X")
    withs = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > n.i
             for g in c.children if g.dep_ == "pobj"]
    if not withs:
        return
    verb = n.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    agent, passive = P._subject_of(verb)
    if agent is None or passive or not _scrutiny_body(agent):
        return
    for w in withs:
        for x in [w, *[c for c in w.conjuncts if c.i > w.i]]:
            if x.lower_ in _DELEGATES and x.ent_type_ not in ("ORG", "PERSON"):
                inner = [g for c in x.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "at")
                         for g in c.children if g.dep_ == "pobj"]
                if not inner:
                    continue
                x = inner[0]
            if x.ent_type_ == "PERSON":
                yield from emit("OVERSEES", agent, P.name_span(x), "Person", sent, "evidence session with", None)
                continue
            for span, kind in P._oversee_target(x, True, policies, lex) or P._oversee_target(x, False, policies, lex):
                yield from emit("OVERSEES", agent, span, kind, sent, "evidence session with", None)


#: Verbs of what an overseer found at a place: "HMP X, where inspectors found ...".
WHERE_FOUND = frozenset({"find", "identify", "uncover", "observe", "record", "discover", "conclude"})


def _where_found(v: Token, sent, policies, lex, emit):
    """A ``where`` clause on a body or prison whose subject is an overseer finding something there (guideline 10:
    the inspection's findings): ``HMPs Exeter, Bedford and Birmingham, where inspectors found some of the worst
    conditions``, ``the Riverton Police Department, where auditors from the OIG identified $3 million in unsupported
    costs``. Police finding a knife in a town is no oversight (the finder must be an overseer, and the place a
    body)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < v.i for c in v.children):
        return
    subj, passive = P._subject_of(v)
    if subj is None or passive:
        return
    head = v.head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return
    how, agent = _finder(subj, v)
    if not how:
        return
    targets = [x for x in P._conjuncts(head) if x.ent_type_ not in {"GPE", "LOC"} or P._prison(x)
               or P._prison(head)]
    if P._prison(head):  # "HMPs Exeter, Bedford and Birmingham": the prefix names every prison of the list
        spans = [(Span(x.idx, x.idx + len(x.text)), "Organisation") for x in P._conjuncts(head)]
        for span, kind in spans:
            if how == "publisher":
                yield RelationFact("OVERSEES", Span(v.idx, v.idx), span, kind, Span(sent.start_char, sent.end_char),
                                   "find"), None
            else:
                yield from emit("OVERSEES", agent, span, kind, sent, "find", None)
        return
    yield from _emit_targets(how, agent, targets, v, sent, policies, lex, emit, "find")


def _possessed_inspection(n: Token, sent, lex):
    """A body's or prison's own inspection, with no inspector named (guideline 10): ``HMP Lewes's last inspection
    found ...``, ``at its last two inspections`` (its = the prison), ``Cleveland Police's latest inspection showed
    progress``: the possessor is what was inspected, by the document's publisher (an empty agent span: the builder
    keeps it only when the publisher is an oversight body). ``HMICFRS's inspection`` (an overseer's) and ``the
    force's inspection of its custody suites`` (an object of its own) are read by the other frames."""
    poss = next((c for c in n.children if c.dep_ == "poss"), None)
    if poss is None or P._by_agent(n) is not None or _overseer(poss):
        return
    if any(c.dep_ == "prep" and c.lower_ in {"of", "into", "by"} for c in n.children):
        return
    if poss.lower_ in {"its", "their"}:
        span = Span(poss.idx, poss.idx + len(poss.text))
        subj = _clause_subject(n)
        if subj is not None and subj.i < poss.i and subj.text[:1].isupper() and subj.lower_ not in P._PRONOUNS \
                and subj.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE"}:
            # "Lewes had been unsafe at its last two inspections": "its" is the clause's subject, the prison
            span = P._org_span(subj) if subj.ent_type_ == "ORG" else Span(subj.left_edge.idx, subj.idx + len(subj.text))
    elif poss.ent_type_ == "ORG" or P._prison(poss) or (poss.pos_ == "PROPN" and P._org_like(poss, lex)):
        span = P._org_span(poss)
    else:
        return
    yield RelationFact("OVERSEES", Span(n.idx, n.idx), span, "Organisation", Span(sent.start_char, sent.end_char),
                       "inspection"), None


def _clause_subject(n: Token) -> Token | None:
    """The subject of the clause a noun phrase stands in (``Lewes`` for ``its inspections`` in "Lewes had been
    unsafe at its last two inspections"): the first verb above the noun, and its active subject."""
    head = n.head
    while head.pos_ not in {"VERB", "AUX"} and head.head is not head:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


#: Acts of oversight that are oversight whoever carries them out: an inspection or audit of a body.
AGENTLESS_ACTS = frozenset({"inspection", "audit"})


def _agentless_act(n: Token, sent, policies, lex):
    """An inspection or audit of a body whose sentence names no one who carries it out (guideline 10): ``The audit
    of the Riverton Police Department found unsupported costs``, ``Report on an unannounced inspection of HMP
    Hollowfield``: the report's author inspected (an empty agent span: the builder takes the document's oversight
    body or signing inspector, and drops it when the document names none). An act with its own agent (a possessor,
    a ``by`` phrase, a body's name before it, or a subject that carries it out) is read by the other frames."""
    if any(c.dep_ == "poss" for c in n.children) or _compound_agent(n) is not None:
        return
    if any(t.lower_ == "by" for t in sent):
        return  # an agent somewhere in the sentence: the frames that read it decide
    if n.dep_ == "dobj" and n.head.pos_ == "VERB":
        subj, passive = P._subject_of(n.head)
        if subj is not None and not passive and subj.lower_ not in _FIRST_PLURAL:
            return  # "Kent Police commissioned an audit of its custody suites": that subject's act
    target = _of_object(n)
    if target is None:
        return
    for x in P._conjuncts(target):
        if (x.ent_type_ == "PERSON" and not P._prison(x)) or x.lower_ in P._PRONOUNS:
            continue
        for span, kind in P._oversee_target(x, True, policies, lex):
            yield RelationFact("OVERSEES", Span(n.idx, n.idx), span, kind, Span(sent.start_char, sent.end_char),
                               n.lemma_.lower()), None


#: Participles that say what an overseer's report does to a body: "a report examining the FBI's handling of X".
REPORT_ACTS = frozenset({"examine", "review", "assess", "evaluate", "audit", "investigate", "scrutinise",
                         "scrutinize", "inspect"})


def _report_examining(n: Token, sent, policies, lex, emit):
    """An overseer's report described by what it does (guideline 10): ``the Inspector General announced the release
    of a report examining the FBI's handling of X``, ``HMICFRS published a report assessing how Kent Police ...``.
    The report's issuer (a possessor, ``by`` agent or name before it, else the subject of the verb that releases
    it, or of which the report's release is the object) must be an overseer; the object of the participle is the
    body overseen."""
    acts = [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in REPORT_ACTS]
    if not acts:
        return
    owner = next((c for c in n.children if c.dep_ == "poss"), None) or P._by_agent(n) or _compound_agent(n)
    if owner is None or owner.lower_ in P._PRONOUNS:
        holder = n
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            holder = n.head.head  # "the release of a report examining X"
        if holder.dep_ == "dobj" and holder.head.pos_ == "VERB":
            subj, passive = P._subject_of(holder.head)
            owner = P._resolve_agent(subj, holder.head) if subj is not None and not passive else None
    if owner is None or owner.lower_ in P._PRONOUNS or owner.lower_ in P._RELATIVE or not _overseer(owner):
        return
    for act in acts:
        objs = [c for c in act.children if c.dep_ == "dobj"] or P._question_subjects(act)
        for o in objs:
            for x in P._conjuncts(o):
                if (x.ent_type_ == "PERSON" and not P._prison(x)) or x.lower_ in P._PRONOUNS:
                    continue
                for span, kind in P._oversee_target(x, True, policies, lex):
                    yield from emit("OVERSEES", owner, span, kind, sent, act.lemma_.lower(), None)


#: The verbs and the nouns (lemmas) the frames of :func:`sentence_frames` start from (an oversee verb of the
#: lexicon starts one too): any other word is passed over without a Token made or a frame asked.
_FRAME_VERBS = _RECOMMENDING | FINDING_VERBS | WHERE_FOUND | RATING_VERBS | P._VISIT_VERBS | COMMISSIONED_ACTS | POLICY_REVIEW_VERBS | \
    TITLE_CUES | {"hold", "call"}
_FRAME_NOUNS = ACT_NOMINALS | AGENTLESS_ACTS | EVIDENCE_NOUNS | SESSION_NOUNS | {"report", "inspection"}
