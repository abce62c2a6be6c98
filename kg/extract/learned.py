"""A learned scorer for policy mentions: which candidate spans name a Policy.

The policy rules (:mod:`kg.extract.policies`) propose spans; this module adds more candidates around
policy-like head nouns (``programme``, ``initiative``, ``scheme``, ``fund``, ``grant``, ``strategy``,
``plan``, ``patrols``, ``campaign``, ``partnership``, ``act``, ``bill``, ``order``, ...: the head with its
left modifiers, with its generic words dropped, with an ``of/for/on/against`` object, with a ``to``
purpose clause) and scores every candidate, the rules' own included, with a logistic regression over
features of the parse: the head lemma, the words before the span (determiner, possessive, number), case,
length, the head's dependency role and the verb it hangs from, whether the sentence is a headline,
whether the head or the name recurs in the document, lexicon hits, named-entity labels. A candidate is
kept when its score reaches the model's threshold and no higher-scoring kept candidate overlaps it.

The weights are package data (``kg/data/models/policy_scorer.json``), trained on the ``train`` split only
by ``scripts/train_policy_model.py``, which rebuilds the same bytes from the same inputs. Scoring reads the
parse the pipeline already made (no extra spaCy pass) and is deterministic.

The scorer is on by default. ``kg build --no-learned`` or ``KG_LEARNED=0`` in the environment turn it off
(the rules' spans are then kept as they are).
"""
from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from kg.extract.entities import doc_sents, doc_text, doc_words, headline_lines
from kg.extract.facts import PolicyFact, Span

__all__ = ["Candidate", "PolicyModel", "candidates", "features", "enabled", "load_model", "rescore", "using"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "policy_scorer.json"
_LEXICON = Path(__file__).resolve().parent.parent / "data" / "policy_lexicon.json"

#: Head nouns a candidate is built around (lemmas, lower case).
HEADS = frozenset({
    "programme", "program", "initiative", "scheme", "fund", "funding", "grant", "strategy", "plan", "patrol",
    "campaign", "partnership", "act", "bill", "order", "project", "operation", "crackdown", "law", "legislation",
    "policy", "pilot", "review", "survey", "charter", "code", "framework", "ban", "tactic", "approach", "regime",
    "inspection", "register", "database", "reform", "package", "measure", "surge", "protocol", "guidance", "power",
    "sweep", "curfew", "standard", "investment", "intervention", "expenditure", "spending", "index", "summit",
    "network", "system", "month", "declaration", "guideline", "consultation", "trial", "technology", "training",
    "microgrant", "offence", "power",
})
_DEFINING_PREPS = frozenset({"of", "for", "on", "against", "into", "to"})
_POSSESSIVE_PRONOUNS = frozenset({"our", "its", "their", "his", "her", "my", "your"})
_ANNOUNCE_LEMMAS = frozenset({"announce", "launch", "unveil", "introduce", "fund", "create", "establish", "set",
                              "roll", "expand", "extend", "pledge", "commit", "propose", "consider", "award",
                              "invest", "implement", "adopt", "deploy", "trial", "pilot", "approve", "back"})
_SCALE = frozenset({"million", "billion", "m", "bn", "k", "thousand"})
_MONEY = re.compile(r"[$£€]|\b(?:million|billion|bn|m)\b", re.IGNORECASE)


class Candidate(NamedTuple):
    """One span that might name a policy: token offsets, the canonical name, where it came from."""

    start: int  # token offsets
    end: int
    head: int  # the head noun's token index
    name: str
    source: str  # "rule" (a span the policy rules found) or "np" (a noun phrase around a policy head)
    fact: PolicyFact | None = None  # the rule's fact, for rule candidates
    framed: bool = False  # a rule span an ANNOUNCED frame points at: kept whatever its score


# --------------------------------------------------------------------------- settings


def enabled() -> bool:
    """Whether the learned scorer runs: on unless ``KG_LEARNED`` is ``0``/``false``/``no``/``off``."""
    return os.environ.get("KG_LEARNED", "1").strip().lower() not in {"0", "false", "no", "off"}


class LinearModel(NamedTuple):
    """A logistic regression over binary features: ``score = sigmoid(bias + sum(weights[f]))``. Each shipped
    model is a subclass naming its file kind (``KIND``) and what it scores (``WHAT``)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict[str, Any]

    def score(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict[str, Any]):
        kind = cls.KIND  # type: ignore[attr-defined]
        if data.get("kind") != kind or data.get("version") != 1:
            raise ValueError(f"not a kg {cls.WHAT} scorer (kind {kind}, version 1)")  # type: ignore[attr-defined]
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), dict(data.get("meta") or {}))

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.KIND, "version": 1, "bias": self.bias, "threshold": self.threshold,  # type: ignore[attr-defined]
                "weights": dict(sorted(self.weights.items())), "meta": self.meta}


class PolicyModel(LinearModel):
    """The policy-span scorer."""

    __slots__ = ()
    KIND = "kg-policy-scorer"
    WHAT = "policy"


_OVERRIDE: list[PolicyModel | None] = []


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> PolicyModel | None:
    """The shipped model (read once per process), or ``None`` when the package has none."""
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    return PolicyModel.from_json(json.loads(p.read_text(encoding="utf-8")))


@contextmanager
def using(model: PolicyModel | None) -> Iterator[None]:
    """Score with ``model`` instead of the shipped one inside the block (``None``: no learned scoring)."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def _current() -> PolicyModel | None:
    if _OVERRIDE:
        return _OVERRIDE[-1]
    return load_model() if enabled() else None


# --------------------------------------------------------------------------- candidates


@lru_cache(maxsize=1)
def _lex() -> dict[str, frozenset[str]]:
    data = json.loads(_LEXICON.read_text(encoding="utf-8"))
    return {"generic": frozenset(data.get("generic_modifiers", [])),
            "tactics": frozenset(t.lower() for t in data.get("tactic_terms", [])),
            "announce": frozenset(data.get("announce_verbs", [])),
            "oversee": frozenset(data.get("oversee_verbs", [])),
            "org_heads": frozenset(data.get("organisation_heads", []))}


def canonical(tokens: list[Token]) -> str:
    """The name of a span: no leading determiner, possessive or figure (a sum stays: ``£100 million fund``);
    common nouns in lower case."""
    generic = _lex()["generic"]
    while tokens and tokens[0].pos_ in {"DET", "PRON"}:
        tokens = tokens[1:]
    if tokens and tokens[0].text[:1] in "$£€":
        return _join(tokens)
    while tokens and (tokens[0].pos_ in {"DET", "PRON", "NUM", "SYM", "PUNCT", "ADP", "CCONJ"} or
                      tokens[0].dep_ in {"poss", "case"} or tokens[0].lower_ in {"'s", "\u2019s"} or
                      (tokens[0].lower_ in generic and len(tokens) > 1 and not tokens[0].is_title)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"ADP", "CCONJ", "DET"}):
        tokens = tokens[:-1]
    return _join(tokens)


def _join(tokens: list[Token]) -> str:
    text = ""
    for i, x in enumerate(tokens):
        word = x.text if (x.pos_ == "PROPN" or (x.is_upper and len(x) > 1) or x.is_title and i > 0) else x.lower_
        text += word + (x.whitespace_ if i + 1 < len(tokens) else "")
    return text.strip(" -")


def _left_block(t: Token, floor: int) -> int:
    """The first token of the contiguous modifiers before ``t`` inside ``t``'s subtree (not determiners)."""
    doc = t.doc
    start = t.i
    left = t.left_edge.i
    while start - 1 >= max(left, floor):
        p = doc[start - 1]
        if p.pos_ in {"DET", "PRON", "NUM", "SYM", "ADP", "CCONJ", "AUX", "PART"} or p.dep_ == "poss" or \
                p.lower_ in {"'s", "\u2019s"} or (p.is_punct and p.text != "-") or p.like_num:
            break
        start -= 1
    return start


def _title_run(t: Token, floor: int) -> int:
    """The first word of the title-case run that ends at a title-case head (``COPS Hiring Program``), whatever
    the parser made of its words; ``of``/``for``/``and`` inside the run are kept (``Code of Practice``)."""
    doc = t.doc
    if not (t.is_title or t.is_upper):
        return t.i
    start = t.i
    while start - 1 >= floor:
        p = doc[start - 1]
        if (p.is_title or (p.is_upper and len(p) > 1)) and p.pos_ not in {"DET", "PRON", "AUX", "ADP", "CCONJ"} \
                and p.ent_type_ not in {"DATE", "TIME", "PERSON"}:
            start -= 1
        elif p.lower_ in {"of", "for", "and", "on", "against"} and p.is_lower and start - 2 >= floor and \
                doc[start - 2].is_title and doc[start - 2].pos_ in {"PROPN", "NOUN"}:
            start -= 1
        else:
            break
    while start < t.i and doc[start].is_lower:
        start += 1
    return start


def _title_tail(t: Token, limit: int) -> int | None:
    """The end of a title-case continuation after a title-case head: ``Strategy for Reducing Violent Crime``,
    ``Grants to Support Coordinated Community Responses to Domestic and Sexual Violence`` (at most 12 words)."""
    doc = t.doc
    if not t.is_title:
        return None
    end = t.i + 1
    while end + 1 < limit and end - t.i <= 12:
        w = doc[end]
        if w.lower_ in {"of", "for", "to", "on", "against", "and", "in", "into"} and w.is_lower and \
                (doc[end + 1].is_title or doc[end + 1].is_upper) and doc[end + 1].ent_type_ not in {"DATE", "PERSON"}:
            end += 2
            while end < limit and (doc[end].is_title or (doc[end].is_upper and len(doc[end]) > 1)) and \
                    doc[end].ent_type_ not in {"DATE", "PERSON"}:
                end += 1
        else:
            break
    return end if end > t.i + 2 else None


def _money_run(doc: Doc, start: int, floor: int) -> int:
    """The first word of a sum right before ``start`` (``£100 million fund``, ``$2.5m grant``), else ``start``."""
    s = start
    while s - 1 >= floor and (doc[s - 1].like_num or doc[s - 1].lower_ in _SCALE or doc[s - 1].text in "$£€"):
        s -= 1
    return s if s < start and any(doc[i].text in "$£€" or doc[i].text[:1] in "$£€" for i in range(s, start)) else start


def _prep_tail(t: Token, limit: int) -> int | None:
    """The end of an ``of/for/on/against`` object right after ``t`` (at most 6 tokens), else ``None``."""
    for c in t.rights:
        if c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in _DEFINING_PREPS - {"to"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                return None
            end = obj.i + 1
            for g in obj.rights:  # "England and Wales"
                if g.dep_ in {"cc", "conj", "compound"} and g.i - obj.i <= 3:
                    end = max(end, g.i + 1)
            if end - t.i <= 7 and end <= limit:
                return end
    return None


def _purpose_tail(t: Token, limit: int) -> int | None:
    """The end of a ``to`` purpose clause right after ``t`` (``projects to combat youth violence``)."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "to" or doc[t.i + 2].pos_ != "VERB":
        return None
    c = doc[t.i + 2]  # the parser hangs "to support ..." on the noun, or on the verb the noun is the object of
    if c.dep_ not in {"acl", "relcl", "advcl", "xcomp"}:
        return None
    end = c.i + 1
    for g in c.children:
        if g.dep_ == "prt" and g.i == end:
            end = g.i + 1  # "scale back"
    obj = next((g for g in c.children if g.dep_ == "dobj"), None)
    if obj is not None and obj.pos_ != "PRON":
        end = max(end, obj.i + 1)
        for g in obj.rights:  # "PSN and anti-gang efforts", "stop and search"
            if g.dep_ in {"cc", "conj"} and g.i - obj.i <= 4 and not any(x.text in ",;" for x in doc[obj.i:g.i]):
                end = max(end, g.i + 1)
    if end - t.i <= 9 and end <= limit and end > c.i + 1:
        return end
    return None


def framed_spans(doc: Doc) -> frozenset[tuple[int, int]]:
    """Character spans of the policies ANNOUNCED frames point at (the frames make them policies in any case)."""
    from kg.extract.policies import find_relations

    return frozenset((r.target.start, r.target.end) for r in find_relations(doc)
                     if r.type == "ANNOUNCED" and r.target_kind == "Policy")


def candidates(doc: Doc, rule_facts: Iterable[PolicyFact],
               framed: frozenset[tuple[int, int]] = frozenset()) -> list[Candidate]:
    """The rules' spans and the noun-phrase spans around policy heads, each once, in document order. A rule span
    that an ANNOUNCED frame points at (``framed``, character spans) is marked: it is kept whatever its score, as
    the frame would make it a policy anyway."""
    out: dict[tuple[int, int], Candidate] = {}
    for f in rule_facts:
        span = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        hit = any(s < f.span.end and f.span.start < e for s, e in framed)
        out[(span.start, span.end)] = Candidate(span.start, span.end, span.root.i, f.name, "rule", f, hit)
    generic = _lex()["generic"]
    words = doc_words(doc)
    pos, lemmas, toks = words.pos, words.lemma_lower, words.tokens
    for sent in doc_sents(doc):
        for i in range(sent.start, sent.end):
            if pos[i] not in {"NOUN", "PROPN"} or lemmas[i] not in HEADS:
                continue
            t = toks[i]
            if t.i + 1 < sent.end and doc[t.i + 1].pos_ in {"NOUN", "PROPN"} and doc[t.i + 1].dep_ != "appos" \
                    and t.dep_ == "compound":
                continue  # "grant funding": the head is the last noun
            start = _left_block(t, sent.start)
            spans = {(start, t.i + 1)}
            s2 = start
            while s2 < t.i and doc[s2].lower_ in generic and not doc[s2].is_title:
                s2 += 1
            spans.add((s2, t.i + 1))
            starts = {start, s2, _title_run(t, sent.start), _money_run(doc, start, sent.start)}
            for s in sorted(starts):
                spans.add((s, t.i + 1))
            for tail in (_prep_tail(t, sent.end), _purpose_tail(t, sent.end), _title_tail(t, sent.end)):
                if tail is not None:
                    for s in sorted(starts):
                        spans.add((s, tail))
            for s, e in sorted(spans):
                if (s, e) in out:
                    continue
                name = canonical(toks[s:e])
                if not name or (" " not in name and name.islower() and not _is_tactic(name)):
                    continue  # a bare common noun ("the strategy") names nothing
                out[(s, e)] = Candidate(s, e, t.i, name, "np")
    return [out[k] for k in sorted(out)]


def _is_tactic(text: str) -> bool:
    low = re.sub(r"[\s-]+", " ", text.lower())
    return any(term in low for term in _lex()["tactics"])


# --------------------------------------------------------------------------- features


def _headline(doc: Doc, start_char: int) -> bool:
    return any(s <= start_char < e for s, e in headline_lines(doc_text(doc)))


def _verb_of(t: Token) -> Token | None:
    x = t
    for _ in range(4):
        if x.head.i == x.i:
            return None
        if x.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "pobj", "prep", "conj", "appos", "compound", "xcomp"}:
            x = x.head
            if x.pos_ in {"VERB", "AUX"}:
                return x
            continue
        return None
    return None


def _len_bucket(n: int) -> str:
    return str(n) if n <= 4 else ("5-6" if n <= 6 else "7+")


def doc_context(doc: Doc, cands: list[Candidate]) -> dict[str, Counter]:
    """Counts over the document that features refer to: head lemmas and names of the candidates, and the
    tokens inside the rules' spans."""
    rule_tokens = {i for c in cands if c.source == "rule" for i in range(c.start, c.end)}
    return {"heads": Counter(doc[c.head].lemma_.lower() for c in cands),
            "names": Counter(c.name.lower() for c in cands),
            "rule_tokens": Counter(rule_tokens),
            "rule_spans": Counter((c.start, c.end) for c in cands if c.source == "rule"),
            "title_spans": Counter((c.start, c.end) for c in cands if c.source == "np" and _all_title(doc[c.start:c.end]))}


def _all_title(span) -> bool:
    """Every word of the span is title case or an acronym, connectors apart (``Violence Against Women Act``)."""
    words = [x for x in span if x.is_alpha and x.lower_ not in _CONNECTOR_WORDS]
    return bool(words) and all(x.is_title or (x.is_upper and len(x) > 1) for x in words)


_CONNECTOR_WORDS = frozenset({"of", "for", "and", "on", "the", "to", "in", "against", "into"})


def features(doc: Doc, c: Candidate, ctx: dict[str, Counter]) -> list[str]:
    """The binary features of one candidate, sorted (names only: each present feature has value 1)."""
    lex = _lex()
    all_toks = doc_words(doc).tokens
    toks = all_toks[c.start:c.end]
    head = all_toks[c.head]
    lemma = head.lemma_.lower()
    f = {"bias", f"src={c.source}", f"head={lemma}", f"src_head={c.source}|{lemma}", f"len={_len_bucket(len(toks))}",
         f"src_len={c.source}|{_len_bucket(len(toks))}"}
    words = [x for x in toks if x.is_alpha]
    titled = [x for x in words if x.is_title or (x.is_upper and len(x) > 1)]
    cap = "none" if not titled else ("all" if len(titled) == len([x for x in words if x.lower_ not in
                                                                     {"of", "for", "and", "on", "the", "to", "in",
                                                                      "against", "into"}]) else "some")
    f.add(f"cap={cap}")
    f.add(f"src_cap={c.source}|{cap}")
    if head.is_title:
        f.add("head_title")
    if head.tag_ in {"NNS", "NNPS"}:
        f.add("head_plural")
    if c.head != c.end - 1:
        tail = doc[c.head + 1].lower_ if c.head + 1 < c.end else ""
        f.add(f"tail={tail}")
    mods = toks[: max(0, c.head - c.start)]
    f.add(f"nmods={min(len(mods), 3)}")
    if mods:
        first = mods[0]
        f.add(f"first_pos={first.pos_}")
        if first.lower_ in lex["generic"]:
            f.add("first_generic")
        f.add(f"first={first.lower_}" if first.lower_ in lex["generic"] else f"first_shape={first.shape_[:4]}")
    if any(x.lower_ in lex["generic"] for x in mods):
        f.add("has_generic")
    if any(x.like_num for x in toks):
        f.add("has_num")
    if any(_MONEY.search(x.text) for x in toks):
        f.add("has_money")
    if _is_tactic(doc[c.start:c.end].text):
        f.add("tactic")
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is None:
        f.add("prev=START")
    elif prev.lower_ in {"the", "a", "an", "this", "that", "these", "those"}:
        f.add(f"prev={prev.lower_}")
    elif prev.lower_ in _POSSESSIVE_PRONOUNS:
        f.add("prev=poss_pron")
    elif prev.lower_ in {"'s", "\u2019s"}:
        f.add("prev=poss_noun")
    elif prev.like_num:
        f.add("prev=num")
    else:
        f.add(f"prev_pos={prev.pos_}")
    f.add(f"dep={head.dep_}")
    verb = _verb_of(head)
    if verb is not None:
        vl = verb.lemma_.lower()
        f.add("verb_announce" if vl in lex["announce"] or vl in _ANNOUNCE_LEMMAS else
              "verb_oversee" if vl in lex["oversee"] else "verb_other")
        if verb.tag_ in {"VBD", "VBN"}:
            f.add("verb_past")
    else:
        f.add("verb_none")
    if head.dep_ == "pobj":
        f.add(f"prep={head.head.lower_}")
    ents = {x.ent_type_ for x in toks if x.ent_type_}
    for e in sorted(ents):
        f.add(f"ent={e}")
    if head.ent_type_:
        f.add(f"head_ent={head.ent_type_}")
    if not ents:
        f.add("ent=none")
    if lemma in lex["org_heads"]:
        f.add("org_head")
    if _headline(doc, toks[0].idx):
        f.add("headline")
    if c.source == "np":
        alone = not any(i in ctx["rule_tokens"] for i in range(c.start, c.end))
        f.add("np_alone" if alone else "np_overlaps_rule")
        if alone:
            f.add(f"np_alone_cap={cap}")
    if any(x.is_upper and len(x) > 1 and x.is_alpha for x in toks):
        f.add("has_acronym")
    # a rule's span that is part of a longer title-case name, and that longer name: "Women Act" inside
    # "Violence Against Women Act", "Comprehensive Strategy" inside "... for Reducing Violent Crime"
    if c.source == "rule" and any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end)
                                  for s, e in ctx["title_spans"]):
        f.add("rule_inside_title_np")
    if c.source == "np" and (c.start, c.end) in ctx["title_spans"] and \
            any(c.start <= s and e <= c.end and (s, e) != (c.start, c.end) for s, e in ctx["rule_spans"]):
        f.add("title_np_contains_rule")
    if ctx["heads"][lemma] > 1:
        f.add("head_recurs")
    if ctx["names"][c.name.lower()] > 1:
        f.add("name_recurs")
    after = doc[c.end] if c.end < len(doc) else None
    if after is not None and after.text == "(":
        f.add("acronym_after")
    if after is not None and after.like_num and head.lemma_.lower() in {"act", "bill", "order", "code"}:
        f.add("year_after")
    return sorted(f)


# --------------------------------------------------------------------------- scoring


def proper_name(doc: Doc, c: Candidate) -> bool:
    """A rule span holding a proper name: two or more capitalised words in a row, past a leading determiner
    (``Project Safe Childhood``, ``the Safer Streets Fund``, ``this latest Project Safe Harbor grant``). Such a
    span names one programme or refers back to it; the model is there to judge common-noun phrases
    (``the initiative``, ``$4 million in grants for ...``). A bill the rules name by its subject (``a sentencing
    reform bill``) is one proposed law (guideline 4 counts laws), and equipment the text rolls out or installs
    (``the roll-out of knife detectors``) is a concrete measure: both are kept as a name is."""
    if c.source != "rule":
        return False
    head = doc[c.head]
    if head.lemma_.lower() == "bill" and head.pos_ == "NOUN" and \
            any(x.dep_ in {"compound", "amod", "nmod"} and x.pos_ in {"NOUN", "PROPN", "ADJ"} for x in head.lefts):
        return True  # a bill named by what it is about ("a gun safety bill", "a victims' rights bill"): one law
    from kg.extract.policies import _rolled_out

    if head.pos_ == "NOUN" and _rolled_out(head):
        return True  # equipment a sentence rolls out or installs ("the rollout of body-worn cameras"): a measure
    run = 0
    for t in doc[c.start:c.end]:
        if t.i == c.start and t.pos_ == "DET":
            continue
        run = run + 1 if t.is_alpha and t.text[0].isupper() else 0
        if run >= 2:
            return True
    return False


def final_score(model: PolicyModel, c: Candidate, feats: list[str], named: bool = False) -> float:
    """The model's score, or 1.0 for a rule span an ANNOUNCED frame points at or written as a proper name."""
    return 1.0 if c.framed or named else model.score(feats)


def scored(doc: Doc, rule_facts: list[PolicyFact], model: PolicyModel) -> list[tuple[float, Candidate]]:
    cands = candidates(doc, rule_facts, framed_spans(doc))
    ctx = doc_context(doc, cands)
    return [(final_score(model, c, features(doc, c, ctx), proper_name(doc, c)), c) for c in cands]


def select(scored_cands: list[tuple[float, Candidate]], threshold: float) -> list[Candidate]:
    """Candidates at or above ``threshold``, best first, each only when no kept one overlaps it; in text order."""
    kept: list[Candidate] = []
    for s, c in sorted(scored_cands, key=lambda x: (-x[0], x[1].start, -(x[1].end - x[1].start))):
        if s < threshold:
            break
        if any(k.start < c.end and c.start < k.end for k in kept):
            continue
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _fact(doc: Doc, c: Candidate) -> PolicyFact:
    if c.fact is not None:
        return c.fact
    span = doc[c.start:c.end]
    surface = span.text
    sent = doc[c.head].sent
    return PolicyFact(span=Span(span.start_char, span.end_char), name=c.name,
                      sentence=Span(sent.start_char, sent.end_char),
                      aliases=(surface,) if surface.lower() != c.name.lower() else ())


def rescore(doc: Doc, rule_facts: Iterable[PolicyFact]) -> list[PolicyFact]:
    """The policy mentions to keep: the rules' ``rule_facts`` as they are when the scorer is off, else the
    candidates (rules' and noun phrases') the model keeps."""
    facts = list(rule_facts)
    model = _current()
    if model is None:
        return facts
    return [_fact(doc, c) for c in select(scored(doc, facts, model), model.threshold)]
