"""The status of a policy that the text reports with no agent named (issue 13).

An ANNOUNCED link needs someone who announced; a measure can also be reported as not yet in force with nobody
named: ``The funding comes ahead of the introduction of a major criminal justice bill``. These rules read the
modality around a policy mention from the parse and yield a :class:`~kg.extract.facts.PolicyStatusFact`; the
document's ``MENTIONS`` link to the policy at that mention then carries the ``status`` and ``cue``:

* a modifier of the policy: ``the proposed knife crime orders``, ``a draft bill``, ``the planned register``,
  ``a possible ban on X`` (considered);
* a nominal that governs it: ``plans for X`` (planned), ``proposals for X``, ``a consultation on X``
  (proposed), and an introduction or creation that lies ahead:
  ``ahead of the introduction of X``, ``before the creation of X``, ``the planned introduction of X``;
* ``proposals to introduce X``, ``plans to ban X``: a plan or proposal with an infinitive whose object is X;
* ``X is under consideration`` (considered);
* a passive with no ``by`` agent: ``X will be considered``, ``X has been proposed``, ``X was rejected``, ``X is
  not being considered`` (rejected).

A mention that an ANNOUNCED frame of the same sentence already reads (an agent is named) is left to that frame,
whose link carries the status. A status is recorded per document and mention, because one policy node is shared
by every document that names it and its status changes over time (proposed in one story, in force in the next).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.entities import Sentences
from kg.extract.facts import PolicyStatusFact, Span
from kg.extract.policies import _STATUS_LEMMAS, _by_agent, _found

#: Modifiers of a policy noun that say it is not yet in force.
_MODIFIERS = {"proposed": "proposed", "draft": "proposed", "mooted": "proposed", "suggested": "proposed",
              "planned": "planned", "forthcoming": "planned", "upcoming": "planned", "intended": "planned",
              "possible": "considered", "potential": "considered", "rejected": "rejected", "scrapped": "rejected",
              "shelved": "rejected", "abandoned": "rejected"}
#: Nouns that govern a policy through a preposition and give it a status: "plans for X", "a consultation on X".
_GOVERNING = {("plan", "for"): "planned", ("proposal", "for"): "proposed", ("proposal", "on"): "proposed",
              ("consultation", "on"): "proposed", ("consultation", "about"): "proposed",
              ("consideration", "of"): "considered"}
#: Nouns of bringing a measure in: they give a status only when the bringing-in lies ahead.
_BRINGING_IN = frozenset({"introduction", "creation", "establishment", "launch", "rollout", "roll-out",
                          "implementation", "passage", "adoption"})
#: Words before an introduction that put it in the future: "ahead of", "before", "prior to", "in advance of".
_AHEAD = frozenset({"ahead", "before", "prior", "advance", "pending"})
#: Nouns a plan or proposal takes an infinitive with: "plans to ban X", "proposals to introduce X".
_PLAN_NOUNS = {"plan": "planned", "proposal": "proposed", "intention": "planned", "bid": "proposed"}


def find_policy_statuses(doc: Doc) -> Iterator[PolicyStatusFact]:
    """Yield the status of each policy mention that the text reports as not yet in force with no agent named."""
    policies, frames = _found(doc)
    framed = [(rel.target, rel.sentence) for rel, _ in frames if rel.type == "ANNOUNCED"]
    for p in policies:
        if p.nested:
            continue
        words = doc[p.start:p.end]
        head = words.root
        found = _status_of(head)
        if found is None:
            continue
        status, cue = found
        span = Span(words.start_char, words.end_char)
        sent = Span(*Sentences.for_doc(doc).of(head.i))  # (``Token.sent`` scans the parse on each call)
        if any(t.start < span.end and span.start < t.end and s.start <= sent.start < s.end for t, s in framed):
            continue  # "the Home Secretary proposed X": the ANNOUNCED link keeps the status
        yield PolicyStatusFact(span, sent, status, cue)


def _status_of(head: Token) -> tuple[str, str] | None:
    """The status the words around a policy's head noun give it, and the word it is read from."""
    for c in head.children:
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i and c.lower_ in _MODIFIERS:
            return _MODIFIERS[c.lower_], c.lower_
    governed = _governing(head)
    if governed is not None:
        return governed
    if head.dep_ == "nsubjpass":
        return _passive(head.head)
    if head.dep_ == "nsubj":
        return _under_consideration(head)
    if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.dep_ in {"acl", "xcomp"}:
        noun = head.head.head  # "proposals to introduce X", "plans to ban X"
        lemma = noun.lemma_.lower()
        if lemma in _PLAN_NOUNS and noun.pos_ == "NOUN" and _agentless(noun):
            return _negated(noun, _PLAN_NOUNS[lemma]), lemma
    return None


def _governing(head: Token) -> tuple[str, str] | None:
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    prep, noun = head.head.lower_, head.head.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return None
    status = _GOVERNING.get((lemma, prep))
    if status is not None:
        return (_negated(noun, status), lemma) if _agentless(noun) else None
    if lemma in _BRINGING_IN and prep == "of" and _ahead(noun) and _agentless(noun):
        return "proposed", lemma
    return None


def _under_consideration(head: Token) -> tuple[str, str] | None:
    """``X is under consideration``, ``X remains under review``."""
    if head.dep_ != "nsubj":
        return None
    for c in head.head.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in {"consideration", "review", "discussion"}:
                negated = any(g.dep_ == "neg" for g in head.head.children)
                return ("rejected" if negated else "considered"), noun.lemma_.lower()
    return None


def _ahead(noun: Token) -> bool:
    """``ahead of the introduction``, ``before the creation``, ``the planned introduction``."""
    if any(c.dep_ == "amod" and c.lower_ in _MODIFIERS and _MODIFIERS[c.lower_] in {"proposed", "planned"}
           for c in noun.children):
        return True
    tok = noun
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in _AHEAD:
            return True
        if tok.dep_ not in {"prep", "pobj", "pcomp"} and tok.pos_ != "ADP":
            return False
    return False


def _agentless(noun: Token) -> bool:
    """No one is named as owning the plan: no possessor (``the Home Office's plans``) and no ``by`` agent."""
    return not any(c.dep_ == "poss" and c.lower_ not in {"its", "their"} for c in noun.children) \
        and _by_agent(noun) is None


def _negated(tok: Token, status: str) -> str:
    neg = any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children) or \
        any(c.dep_ == "neg" for c in tok.head.children)
    return "rejected" if neg and status in {"considered", "proposed", "planned"} else status


def _passive(verb: Token) -> tuple[str, str] | None:
    """``X will be considered``, ``X has been proposed``, ``X was not considered`` (rejected), with no agent."""
    lemma = verb.lemma_.lower()
    status = _STATUS_LEMMAS.get(lemma)
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        status, lemma = "rejected", "rule out"
    if status is None or status == "denied" or _by_agent(verb) is not None:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and status in {"considered", "proposed", "planned"}:
        status = "rejected"
    return status, lemma
