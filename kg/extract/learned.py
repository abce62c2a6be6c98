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

from kg.extract.entities import Sentences, doc_sents, doc_text, doc_words, headline_lines
from kg.extract.facts import PolicyFact, Span

__all__ = ["Candidate", "PolicyModel", "candidates", "features", "enabled", "load_model", "rescore", "using"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "policy_scorer.json"
#: The scorer trained with the span categoriser's score as a feature and its proposals as candidates
#: (:mod:`kg.extract.spancat`): used instead of :data:`MODEL_PATH` when the span categoriser is on.
SPANCAT_MODEL_PATH = MODEL_PATH.with_name("policy_scorer_spancat.json")
#: Span categoriser proposals at or above this score are candidates of their own (source ``sc``).
SPANCAT_PROPOSE = 0.5
_LEXICON = Path(__file__).resolve().parent.parent / "data" / "policy_lexicon.json"

#: Head nouns a candidate is built around (lemmas, lower case).
HEADS = frozenset({
    "programme", "program", "initiative", "scheme", "fund", "funding", "grant", "strategy", "plan", "patrol",
    "campaign", "partnership", "act", "bill", "order", "project", "operation", "crackdown", "law", "legislation",
    "policy", "pilot", "review", "survey", "charter", "code", "framework", "ban", "tactic", "approach", "regime",
    "inspection", "register", "database", "reform", "package", "measure", "surge", "protocol", "guidance", "power",
    "sweep", "curfew", "standard", "investment", "intervention", "expenditure", "spending", "index", "summit",
    "network", "system", "month", "declaration", "guideline", "consultation", "trial", "technology", "training",
    "microgrant", "offence", "power", "activity", "programming", "tag",
})
#: Heads of named instruments that only name one in title case (``Spring Statement``, ``Threshold Test``,
#: ``Neighbourhood Policing Guarantee``, ``the Budget``): in lower case they are ordinary words (``a statement``).
TITLE_HEADS = frozenset({"statement", "test", "agreement", "guarantee", "budget", "commendation", "call", "paper",
                         "compact", "accord", "award", "convention", "mandate", "duty", "requirement"})
#: Nouns that name a measure by what it does to something (``investment in youth custody``, ``reforms to the police
#: complaints system``, ``pilots of body-scanning technology``): with their complement they are candidates.
MEASURE_HEADS = frozenset({"investment", "reform", "pilot", "review", "plan", "trial", "guideline", "consultation",
                           "inquiry", "crackdown", "ban", "training", "rollout", "roll-out", "expansion", "extension",
                           "funding", "fund", "programme", "program", "scheme", "initiative", "strategy", "campaign",
                           "project", "inspection", "restriction", "response", "statement", "intervention",
                           "activity", "service", "power", "measure", "standard", "register", "database", "budget",
                           "grant", "package", "partnership", "network", "summit", "policy"})
#: Verbs whose object (with a purpose) is itself a measure after a pledge or plan: ``pledged to recruit 2,500 staff
#: to bolster the frontline``, ``at the heart of that pledge is recruiting 20,000 additional police officers``.
MEASURE_VERBS = frozenset({"recruit", "hire", "build", "create", "deliver", "repeal", "replace", "double", "treble",
                           "triple", "extend", "expand", "introduce", "ban", "outlaw", "abolish", "scrap", "toughen",
                           "increase", "put", "train", "deploy", "provide", "fund", "open", "roll", "reform",
                           "overhaul", "halve", "cut", "end", "establish", "invest", "employ", "add", "give"})
#: What governs such a verb phrase as a measure: a pledge, promise, commitment or plan (noun or verb).
_PLEDGE_LEMMAS = frozenset({"pledge", "promise", "commit", "commitment", "vow", "plan", "aim", "intend", "intention",
                            "undertake", "resolve", "determine", "set", "pledged", "ambition", "manifesto", "mission",
                            "propose", "proposal", "want", "seek"})
_QUOTE_OPEN = frozenset({"'", "\u2018", "\u201c", '"'})
_QUOTE_CLOSE = frozenset({"'", "\u2019", "\u201d", '"'})
_DEFINING_PREPS = frozenset({"of", "for", "on", "against", "into", "to"})
_POSSESSIVE_PRONOUNS = frozenset({"our", "its", "their", "his", "her", "my", "your"})
_ANNOUNCE_LEMMAS = frozenset({"announce", "launch", "unveil", "introduce", "fund", "create", "establish", "set",
                              "roll", "expand", "extend", "pledge", "commit", "propose", "consider", "award",
                              "invest", "implement", "adopt", "deploy", "trial", "pilot", "approve", "back"})
_DURATION_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "-"})
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
    verbal: bool = False  # the span holds a verb (a purpose or participle clause): never promoted over a name
    lower_tail: bool = False  # the span's last word is lower case (``... campaign``, ``... for schools``)


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


@lru_cache(maxsize=4)
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
    if not enabled():
        return None
    if _spancat_model() is not None and SPANCAT_MODEL_PATH.exists():
        return load_model(str(SPANCAT_MODEL_PATH))
    return load_model()


def _spancat_model():
    """The span categoriser in force (:func:`kg.extract.spancat.current`), or ``None``."""
    from kg.extract import spancat

    return spancat.current()


_SC_CACHE: list[tuple[Doc, object, dict[tuple[int, int], float]]] = []


def spancat_scores(doc: Doc) -> dict[tuple[int, int], float] | None:
    """The span categoriser's score of each span it suggests in ``doc`` (computed once per document and model),
    or ``None`` when it is off."""
    from kg.extract import spancat

    model = spancat.current()
    if model is None:
        return None
    if _SC_CACHE and _SC_CACHE[0][0] is doc and _SC_CACHE[0][1] is model:
        return _SC_CACHE[0][2]
    scores = spancat.span_scores(doc, model)
    _SC_CACHE[:] = [(doc, model, scores)]
    return scores


def _sc_key(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span the categoriser scores for a candidate: past a leading determiner or possessive pronoun."""
    while start < end - 1 and (doc[start].pos_ == "DET" or doc[start].lower_ in _POSSESSIVE_PRONOUNS):
        start += 1
    return start, end


def _sc_bucket(score: float | None) -> str:
    if score is None:
        return "sc=none"
    for cut in (0.9, 0.7, 0.5, 0.3, 0.1):
        if score >= cut:
            return f"sc>={cut}"
    return "sc<0.1"


# --------------------------------------------------------------------------- candidates


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    data = json.loads(_LEXICON.read_text(encoding="utf-8"))
    return {"generic": frozenset(data.get("generic_modifiers", [])),
            "tactics": frozenset(t.lower() for t in data.get("tactic_terms", [])),
            # any tactic term inside a text, in one search (as ``any(term in text for term in tactics)``)
            "tactics_in": re.compile("|".join(re.escape(t.lower()) for t in data.get("tactic_terms", []))
                                     if data.get("tactic_terms") else "(?!)"),
            "announce": frozenset(data.get("announce_verbs", [])),
            "oversee": frozenset(data.get("oversee_verbs", [])),
            "org_heads": frozenset(data.get("organisation_heads", [])),
            "capital": frozenset(h.split()[-1] for h in data.get("capital_heads", []))}  # head words


def canonical(tokens: list[Token]) -> str:
    """The name of a span: no leading determiner, possessive or figure (a sum stays: ``£100 million fund``);
    common nouns in lower case."""
    generic = _lex()["generic"]
    while tokens and tokens[0].pos_ in {"DET", "PRON"}:
        tokens = tokens[1:]
    if tokens and tokens[0].text[:1] in "$£€":
        return _join(tokens)
    if len(tokens) > 2 and tokens[0].like_num and tokens[1].lemma_.lower() in _DURATION_UNITS:
        return _join(tokens)  # "12 week public consultation", "24-hour curfew": the duration is part of the name
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
                p.lower_ in {"'s", "\u2019s"} or (p.is_punct and p.text != "-") or p.like_num or \
                (p.lower_ in _SCALE and start - 2 >= floor and doc[start - 2].like_num):
            break
        start -= 1
    return start


def _names_end(t: Token) -> bool:
    """``t`` ends a policy name of its own: a title-case policy noun (``... Act`` in ``the First Step Act and the
    Second Chance Act``)."""
    return t.is_title and (head_lemma(t) in HEADS or head_lemma(t) in TITLE_HEADS)


def _capitalised(t: Token) -> bool:
    """A word written as part of a name: title case, an acronym, or an inner capital (``CashBack``, ``eTrace``)."""
    return t.is_title or (t.is_upper and len(t) > 1) or \
        (t.is_alpha and len(t) > 2 and not t.is_lower and not t.is_upper and any(ch.isupper() for ch in t.text[1:]))


#: Possessors that own a programme rather than name it: "the Government's Uplift Programme".
_OWNER_WORDS = frozenset({"government", "administration", "department", "ministry", "office", "agency", "force",
                          "council", "mayor", "commissioner", "service"})


def _title_run(t: Token, floor: int) -> int:
    """The first word of the title-case run that ends at a title-case head (``COPS Hiring Program``), whatever
    the parser made of its words; ``of``/``for``/``and`` inside the run are kept (``Code of Practice``), and so is
    a lower-case word hyphened to a capitalised one (``Telephone-operated Crime Survey``)."""
    doc = t.doc
    if not (_capitalised(t) or t.is_upper):
        return t.i
    start = t.i
    while start - 1 >= floor:
        p = doc[start - 1]
        if _capitalised(p) and p.pos_ not in {"DET", "PRON", "AUX", "ADP", "CCONJ"} \
                and p.ent_type_ not in {"DATE", "TIME", "PERSON"}:
            start -= 1
        elif p.is_lower and p.is_alpha and start - 3 >= floor and doc[start - 2].text == "-" and \
                not doc[start - 2].whitespace_ and not doc[start - 3].whitespace_ and _capitalised(doc[start - 3]) \
                and doc[start - 3].ent_type_ not in {"DATE", "TIME", "PERSON"}:
            start -= 3  # "Telephone-operated", "Home Office-funded": one word written with a hyphen
        elif p.lower_ in {"of", "for", "and", "on", "against", "to", "in"} and p.is_lower and start - 2 >= floor and \
                _capitalised(doc[start - 2]) and doc[start - 2].pos_ in {"PROPN", "NOUN"} and \
                not (p.lower_ == "and" and _names_end(doc[start - 2])):
            start -= 1
        elif _title_function_word(p) and start - 2 >= floor and _capitalised(doc[start - 2]) and \
                doc[start - 2].ent_type_ not in {"DATE", "TIME", "PERSON"}:
            start -= 1  # a capitalised function word inside a name: "Speak Up Now", "Turn It Around"
        elif p.lower_ == "the" and start - 2 >= floor and _capitalised(doc[start - 2]) and \
                doc[start - 2].pos_ == "VERB" and doc[start - 2].ent_type_ != "PERSON":
            start -= 1  # a name that is a call to act: "Stop the Shooting", "Beat the Dealers"
        elif p.lower_ in {"'s", "\u2019s", "'", "\u2019"} and start - 2 >= floor and doc[start - 2].is_title and \
                doc[start - 2].ent_type_ not in {"PERSON", "GPE"} and (doc[start - 2].ent_type_ != "ORG" or
                                                                       t.ent_type_ == "ORG") and \
                doc[start - 2].lower_ not in _OWNER_WORDS and doc[start - 2].lower_ not in _lex()["org_heads"]:
            # (not "the Government's Uplift Programme": the owner of the programme, not its name)
            start -= 1  # "Victims' Guarantee", "Director General's Commendation"
        else:
            break
    while start < t.i and doc[start].is_lower:
        start += 1
    return start


_FUNCTION_POS = frozenset({"DET", "PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "ADV"})


def _title_function_word(t: Token) -> bool:
    """A function word written with a capital inside a sentence (``Up`` in ``Speak Up Now``, ``The`` in ``Operation
    Over The Line``, ``It`` in ``Turn It Around``): only a title writes it so."""
    return t.pos_ in _FUNCTION_POS and t.is_title and t.is_alpha and not t.is_sent_start and t.lower_ != "i"


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
                (doc[end + 1].is_title or doc[end + 1].is_upper) and doc[end + 1].ent_type_ not in {"DATE", "PERSON"} \
                and not (w.lower_ == "in" and doc[end + 1].ent_type_ in {"GPE", "LOC"}):
            # (not "in Albuquerque": "launching the DEA 360 Strategy in Albuquerque" says where, names nothing)
            end += 2
            while end < limit and (doc[end].is_title or (doc[end].is_upper and len(doc[end]) > 1)) and \
                    doc[end].ent_type_ not in {"DATE", "PERSON"}:
                end += 1
        elif _capitalised(w) and w.ent_type_ not in {"DATE", "TIME", "PERSON"}:
            # a capitalised run holding capitalised function words: "Operation Back To School", "... Over The Line"
            k, function = end, False
            while k < limit and _capitalised(doc[k]) and doc[k].ent_type_ not in {"DATE", "TIME", "PERSON"}:
                function = function or _title_function_word(doc[k])
                k += 1
            while k > end and _title_function_word(doc[k - 1]):
                k -= 1
            if not function or k == end:
                break
            end = k
        else:
            break
    return end if end > t.i + 2 else None


_YEAR = re.compile(r"(?:19|20)\d\d(?:[-\u2013/](?:\d\d){1,2})?$")


def _year_tail(t: Token, limit: int) -> int | None:
    """The end of a year written right after a title-case name, as part of it (``Serious Violence Strategy 2018``,
    ``Spending Review 2021``, ``Police Reform Plan 2023-25``), else ``None``."""
    doc = t.doc
    if not _capitalised(t) or t.i + 1 >= limit:
        return None
    y = doc[t.i + 1]
    if not _YEAR.match(y.text):
        return None
    end = t.i + 2
    if end + 1 < limit and doc[end].text in {"-", "\u2013", "/", "to"} and _YEAR.match(doc[end + 1].text) or \
            (end + 1 < limit and doc[end].text in {"-", "\u2013", "/"} and doc[end + 1].like_num and len(doc[end + 1]) == 2):
        end += 2
    return end


def _money_run(doc: Doc, start: int, floor: int) -> int:
    """The first word of a sum right before ``start`` (``£100 million fund``, ``$2.5m grant``), else ``start``."""
    s = start
    while s - 1 >= floor and (doc[s - 1].like_num or doc[s - 1].lower_ in _SCALE or doc[s - 1].text in "$£€"):
        s -= 1
    return s if s < start and any(doc[i].text in "$£€" or doc[i].text[:1] in "$£€" for i in range(s, start)) else start


def head_lemma(t: Token) -> str:
    """The head word's lemma, lower case; a proper noun's plural made singular (the tagger leaves ``Orders`` in
    ``Violent Offender Orders`` and ``Summits`` in ``Gang Prevention Summits`` as they are)."""
    lemma = t.lemma_.lower()
    if lemma in HEADS or lemma in TITLE_HEADS or not (t.is_title or t.pos_ == "PROPN"):
        return lemma
    low = t.lower_
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return lemma


def _is_head(t: Token, lemma: str) -> bool:
    """A policy head: one of ``HEADS``, or one of ``TITLE_HEADS`` written in title case."""
    return lemma in HEADS or (lemma in TITLE_HEADS and t.is_title)


_COMPLEMENT_PREPS = frozenset({"of", "for", "in", "on", "to", "into", "against", "towards"})
_COMPLEMENT_CUT = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "npadvmod", "advmod", "mark", "dep",
                             "punct", "cc", "conj", "prep"})
_COMPLEMENT_STOP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})


def _complement_tail(t: Token, limit: int) -> int | None:
    """The end of the complement of a measure noun right after it, as one noun phrase of at most twelve words:
    ``investment in youth custody``, ``reforms to the police complaints system``, ``pilots of the latest in
    body-scanning technology``, ``plan for 14,000 more prison places``, ``independent review of the Probation
    Service``, ``review of how rape cases are handled``. The object's own coordination and one nested defining
    preposition belong to it; a relative clause, an apposition, a comma or a second clause end it. ``None`` when
    the object is a pronoun, a date or a sum only."""
    doc = t.doc
    if t.i + 2 >= limit:
        return None
    prep = doc[t.i + 1]
    if prep.lower_ not in _COMPLEMENT_PREPS or prep.dep_ not in {"prep", "dative", "agent"}:
        return None
    obj = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
    if obj is None or obj.pos_ == "PRON" or obj.ent_type_ in _COMPLEMENT_STOP_ENTS - {"CARDINAL"}:
        return None
    if prep.lower_ == "in" and obj.ent_type_ in {"GPE", "LOC"} and (prep.head.i != t.i or _capitalised(t)):
        return None  # "launching the DEA 360 Strategy in Albuquerque": where a name acts, not part of the name
    end = obj.i + 1
    if obj.dep_ == "pcomp":  # "review of how rape cases are handled"
        end = obj.right_edge.i + 1
    else:
        for g in obj.rights:
            if g.dep_ == "conj" and g.i - obj.i <= 4 and not any(x.text in ",;" for x in doc[obj.i:g.i]):
                end = max(end, g.right_edge.i + 1 if g.right_edge.i - g.i <= 3 else g.i + 1)
            elif g.dep_ == "prep" and g.i == end and g.lower_ in _COMPLEMENT_PREPS:
                inner = next((x for x in g.children if x.dep_ == "pobj"), None)
                if inner is not None and inner.pos_ != "PRON":
                    last = inner.i + 1
                    for x in inner.rights:
                        if x.dep_ in {"conj", "cc"} and x.i == last + (0 if x.dep_ == "cc" else 1):
                            last = x.i + 1
                    end = last
            elif g.dep_ in {"compound", "amod", "nummod"} and g.i == end:
                end = g.i + 1
    while end - 1 > prep.i and (doc[end - 1].is_punct or doc[end - 1].pos_ in {"ADP", "CCONJ", "DET"}):
        end -= 1
    if end <= prep.i + 1 or end > limit or end - t.i > 13:
        return None
    if any(x.text in {",", ";", ":", "(", ")"} or x.is_sent_start for x in doc[t.i + 1:end]):
        return None
    return end


def _coord_start(doc: Doc, start: int, floor: int) -> int | None:
    """The start of a coordination of modifiers or measures sharing the head: ``prevention and diversionary
    activities``, ``unpaid work and behavioural change programmes``, ``anti-knife, gun and gang crime materials``,
    ``youth-mentoring activities and youth-development programming``; ``None`` when no ``and``/``or`` precedes."""
    s = start
    steps = 0
    while steps < 3 and s - 2 >= floor and doc[s - 1].lower_ in {"and", "or", ","}:
        if doc[s - 1].text == "," and steps == 0:
            break  # a list before the last item is only a list when "and" joins its last two
        j = s - 2
        if _names_end(doc[j]):
            break  # "the First Step Act and the Second Chance Act": two names, each a policy of its own
        run = 0
        while j >= floor and run < 4:
            x = doc[j]
            if x.pos_ in {"NOUN", "ADJ", "PROPN"} or (x.pos_ == "VERB" and x.tag_ in {"VBG", "VBN"}) or \
                    (x.text == "-" and run) or (x.pos_ == "X"):
                if x.ent_type_ in {"ORG", "PERSON", "GPE", "DATE", "MONEY", "CARDINAL"}:
                    break
                j -= 1
                run += 1
            else:
                break
        if run == 0:
            break
        s = j + 1
        steps += 1
    return s if steps else None


def _named_by_copula(doc: Doc, t: Token, sent) -> list[tuple[int, int]]:
    """The name a lower-case policy noun is said to be: the capitalised subject of ``is a ... programme``
    (``Second Start is a mentoring programme``), or the capitalised phrase the noun is in apposition to, either way
    round (``StreetWise, a youth scheme run by ...``, ``a new scheme, Safe Routes Home, ...``). Each as (start, end)
    of a capitalised run of at most eight words."""
    out = []
    name = None
    if t.dep_ == "attr" and t.head.lemma_ == "be":
        name = next((c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i), None)
    elif t.dep_ == "appos":
        name = t.head
    else:
        name = next((c for c in t.children if c.dep_ == "appos" and c.i > t.i), None)
    if name is None or name.pos_ not in {"PROPN", "NOUN"} or not _capitalised(name) or \
            name.ent_type_ in {"PERSON", "GPE", "NORP", "DATE", "TIME", "LOC", "MONEY", "CARDINAL"}:
        return out
    end = name.i + 1
    for g in name.rights:  # "CashBack for Communities": the name's own title-case complement
        if g.dep_ == "prep" and g.i == end and g.lower_ in {"for", "of", "against", "on"}:
            last = g.right_edge.i + 1
            if all(_capitalised(x) or x.lower_ in _CONNECTOR_WORDS for x in doc[g.i + 1:last]):
                end = last
    start = _title_run(name, sent.start)
    while start < name.i and doc[start].pos_ == "DET":
        start += 1
    if start < end and end - start <= 8 and end <= sent.end and not doc[start].is_lower:
        out.append((start, end))
    return out


def _pp_modifier_start(doc: Doc, start: int, t: Token, floor: int) -> int | None:
    """The start of a noun with its own prepositional phrase used as one modifier of the head: ``violence against
    women and girls inspection``, ``crime in rural areas fund``, ``abuse of older people strategy`` (the parser
    hangs the preposition on the first noun); at most ten words to the head, no comma, ``None`` otherwise."""
    if start - 2 < floor or start >= t.i + 1:
        return None
    p, n = doc[start - 1], doc[start - 2]
    if p.pos_ != "ADP" or p.lower_ not in {"against", "on", "in", "of", "for"} or p.head.i != n.i or \
            n.pos_ != "NOUN" or not n.is_lower or n.ent_type_:
        return None
    if not (p.left_edge.i <= t.i <= p.right_edge.i or n.head.i == t.i or any(a.i == t.i for a in n.ancestors)):
        return None  # the head is inside the phrase the parser built, or the noun hangs from the head
    s = _left_block(n, floor)
    if t.i - s > 9 or any(x.text in {",", ";", ":", "(", ")"} for x in doc[s:t.i]):
        return None
    return s


def _quoted_before(doc: Doc, start: int, floor: int) -> tuple[int, int] | None:
    """The opening and closing quotation marks of a quoted name right before ``start`` (``a 'Communities against
    Gangs, Guns and Knives' fund``, ``‘teachable moment’ style interventions``): at most twelve words between them,
    no sentence end inside."""
    j = start - 1
    if j < floor or doc[j].text not in _QUOTE_CLOSE:
        return None
    k = j - 1
    while k >= floor and j - k <= 13:
        if doc[k].text in _QUOTE_OPEN and (doc[k].text != "'" or k == floor or doc[k - 1].whitespace_ or
                                            not doc[k - 1].is_alpha):
            return (k, j) if j - k >= 2 else None
        if doc[k].text in {".", "!", "?"}:
            return None
        k -= 1
    return None


def _verb_measures(doc: Doc, sent) -> list[tuple[int, int, int]]:
    """Verb phrases that are a pledged or planned measure: a measure verb (``recruit``, ``build``, ``repeal``,
    ...) with its object, and with its ``to`` purpose, under a pledge, promise, commitment or plan (``pledged to
    recruit 2,500 staff to bolster the frontline``, ``committed to repeal and replace the legislation``, ``at the
    heart of that pledge is recruiting 20,000 additional police officers``). Each as (start, end, verb)."""
    out = []
    words = doc_words(doc)
    pos, lemmas = words.pos, words.lemma_lower  # (a Token is made only for a measure verb)
    for i in range(sent.start, sent.end):
        if pos[i] != "VERB" or lemmas[i] not in MEASURE_VERBS:
            continue
        v = doc[i]
        pledged = _pledged(v)
        if not pledged:
            continue
        verbs = [v] + [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i - v.i <= 3]
        obj = None
        for x in verbs:
            obj = next((c for c in x.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), obj)
        if obj is None:
            continue
        end = obj.i + 1
        for c in obj.rights:
            if c.dep_ in {"compound", "amod"} or (c.dep_ == "prep" and c.lower_ in {"for", "in", "of"} and
                                                   c.i == end and c.right_edge.i - c.i <= 4 and
                                                   not any(x.ent_type_ in {"GPE", "LOC", "DATE", "FAC"}
                                                           for x in c.subtree)):
                end = max(end, c.right_edge.i + 1)
        if end - v.i > 12 or end > sent.end:
            continue
        first = v.i
        if v.i - 2 >= sent.start and doc[v.i - 1].lower_ in {"and", "or"} and \
                ((doc[v.i - 2].pos_ == "VERB" and doc[v.i - 2].tag_ == v.tag_) or
                 (v.i - 3 >= sent.start and doc[v.i - 2].lemma_.lower() in MEASURE_VERBS and doc[v.i - 3].lower_ == "to")):
            first = v.i - 2  # "repeal and replace the legislation": the parser hangs the second verb elsewhere
        out.append((first, end, v.i))
        purpose = next((c for c in doc[end:min(end + 2, sent.end)] if c.lower_ == "to"), None)
        if purpose is not None and purpose.i + 1 < sent.end and doc[purpose.i + 1].pos_ == "VERB":
            pv = doc[purpose.i + 1]
            pobj = next((c for c in pv.children if c.dep_ == "dobj"), None)
            if pobj is not None and pobj.pos_ != "PRON" and pobj.i - v.i <= 14:
                out.append((first, pobj.i + 1, v.i))
    return out


def _names_pledge(x: Token) -> bool:
    """``x``'s phrase is headed by (or its object is) a pledge, plan or promise noun: ``that pledge``, ``at the
    heart of our plan``."""
    for y in (x, *(g for g in x.children if g.dep_ == "pobj")):
        if y.pos_ == "NOUN" and y.lemma_.lower() in _PLEDGE_LEMMAS:
            return True
        for g in y.children:
            if g.dep_ == "prep" and any(z.dep_ == "pobj" and z.pos_ == "NOUN" and z.lemma_.lower() in _PLEDGE_LEMMAS
                                        for z in g.children):
                return True
    return False


def _pledged(v: Token) -> bool:
    """Whether the verb phrase of ``v`` is what a pledge, promise, commitment or plan commits to: under such a verb
    or noun (``pledged to recruit``, ``committed to repeal``, ``plans to build``), the complement of a copula whose
    subject is one (``the mayor's plan is to build``), or with one fronted (``at the heart of that pledge is
    recruiting``)."""
    x = v
    for step in range(4):
        if x.lemma_.lower() in _PLEDGE_LEMMAS and x.i != v.i:
            return True
        if (x.i == v.i and any(c.dep_ == "aux" and c.lemma_ == "be" for c in x.children)) or x.lemma_ == "be":
            if any(c.dep_ in {"nsubj", "prep"} and c.i < v.i and _names_pledge(c) for c in x.children):
                return True
        if x.head.i == x.i:
            return False
        if x.i != v.i and x.pos_ not in {"ADP", "PART", "AUX"} and x.dep_ not in {"prep", "aux"} and \
                x.lemma_ != "be":
            return False
        x = x.head
    return False


_OBJECT_STOP_ENTS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                               "QUANTITY", "ORDINAL", "TITLE"})


#: The dependencies of a noun :func:`_announced_object` can say yes to: an object, a passive subject, or a
#: conjunct of one.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "conj"})


def _announced_object(t: Token) -> bool:
    """``t`` heads what an announce, launch, introduce, fund or roll-out verb acts on (its object, or the subject of
    its passive), and is not a person, body, place, date, sum or pronoun: ``introducing Violent Offender Orders``,
    ``will fund sobriety tags``, ``eTrace was rolled out``. Such a noun phrase is a candidate whatever its head
    word; the model judges it (most are things, not measures)."""
    if t.pos_ not in {"NOUN", "PROPN"} or (t.ent_type_ in _OBJECT_STOP_ENTS and not (
            t.ent_type_ == "ORG" and t.is_title and t.lemma_.lower() not in _lex()["org_heads"])):
        return False  # a title-case name the recogniser calls a body may still be a measure's name
    if t.dep_ == "conj" and t.head.dep_ in {"dobj", "nsubjpass"} and t.head.pos_ in {"NOUN", "PROPN"}:
        t = t.head  # "unveiled a youth diversion scheme and legal aid changes"
    if t.dep_ not in {"dobj", "nsubjpass"}:
        return False
    v = t.head
    if v.pos_ != "VERB":
        return False
    lemma = v.lemma_.lower()
    if lemma not in _ANNOUNCE_LEMMAS and lemma not in _lex()["announce"]:
        return False
    if t.dep_ == "nsubjpass" and not any(c.dep_ == "auxpass" for c in v.children):
        return False
    return t.lemma_.lower() not in _lex()["org_heads"]


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
    _toks = doc_words(doc).tokens  # (the Tokens made once per document: doc[i] makes a new one each time)
    out: dict[tuple[int, int], Candidate] = {}
    for f in rule_facts:
        span = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        hit = any(s < f.span.end and f.span.start < e for s, e in framed)
        out[(span.start, span.end)] = Candidate(span.start, span.end, span.root.i, f.name, "rule", f, hit)
    generic = _lex()["generic"]
    words = doc_words(doc)
    pos, lemmas, toks, deps, titled = words.pos, words.lemma_lower, words.tokens, words.dep, words.is_title
    # A lower-case common noun is its own head lemma (head_lemma): one that is no head of any kind and no object
    # can be no candidate's head, and is passed over without asking
    any_head = HEADS | TITLE_HEADS | MEASURE_HEADS
    for sent in doc_sents(doc):
        for s_, e_, v_ in _verb_measures(doc, sent):
            if (s_, e_) not in out:
                name = canonical(toks[s_:e_])
                if name and " " in name:
                    out[(s_, e_)] = Candidate(s_, e_, v_, name, "vp")
        for i in range(sent.start, sent.end):
            if pos[i] not in {"NOUN", "PROPN"}:
                continue
            if pos[i] == "NOUN" and not titled[i] and lemmas[i] not in any_head and deps[i] not in _OBJECT_DEPS:
                continue
            t = toks[i]
            lemma = lemmas[i] if lemmas[i] in HEADS else head_lemma(t)
            if not _is_head(t, lemma) and not (lemma in MEASURE_HEADS and
                                               _complement_tail(t, sent.end) is not None) and \
                    (deps[i] not in _OBJECT_DEPS or not _announced_object(t)):  # (no object: not asked)
                continue
            if t.i + 1 < sent.end and _toks[t.i + 1].pos_ in {"NOUN", "PROPN"} and _toks[t.i + 1].dep_ != "appos" \
                    and t.dep_ == "compound":
                continue  # "grant funding": the head is the last noun
            start = _left_block(t, sent.start)
            spans = {(start, t.i + 1)}
            s2 = start
            while s2 < t.i and _toks[s2].lower_ in generic and not _toks[s2].is_title:
                s2 += 1
            spans.add((s2, t.i + 1))
            s3 = start
            while s3 < t.i and _toks[s3].pos_ == "ADJ" and _toks[s3].is_lower and _toks[s3].dep_ == "amod":
                s3 += 1  # "independent crime survey" -> "crime survey ...": the name without its describing words
            starts = {start, s2, _title_run(t, sent.start), _money_run(doc, start, sent.start)}
            if s3 < t.i:
                starts.add(s3)
            if start - 1 >= sent.start and _toks[start - 1].like_num and start < t.i and \
                    _toks[start].lemma_.lower() in _DURATION_UNITS:
                starts.add(start - 1)  # "a 12 week public consultation"
            coord = _coord_start(doc, start, sent.start)
            if coord is not None:
                starts.add(coord)
            quoted = _quoted_before(doc, start, sent.start)
            if quoted is None and start < t.i and _toks[start].lower_ == "style":
                quoted = _quoted_before(doc, start, sent.start)
            if quoted is None and t.i - 1 > start and _toks[t.i - 1].lower_ == "style":
                quoted = _quoted_before(doc, t.i - 1, sent.start)
            if quoted is not None:
                starts.add(quoted[0])
                inner = doc[quoted[0] + 1:quoted[1]]
                if quoted[1] == t.i - 1 and inner[0].is_title:
                    spans.add((quoted[0] + 1, quoted[1]))  # "'Integrative Models' project": the quoted title
            for s in sorted(starts):
                pp = _pp_modifier_start(doc, s, t, sent.start)
                if pp is not None:
                    starts.add(pp)
            # a duration is part of the name ("12 week consultation"): no span starts at its unit
            cut = {s for s in starts | {a for a, _ in spans} if s - 1 >= sent.start and _toks[s - 1].like_num and
                   s < t.i and _toks[s].lemma_.lower() in _DURATION_UNITS - {"-"}}
            starts -= cut
            spans = {(a, b) for a, b in spans if a not in cut}
            for s in sorted(starts):
                spans.add((s, t.i + 1))
            named_before: list[tuple[int, int]] = []
            if not _capitalised(t) and t.i - 1 >= sent.start and _capitalised(_toks[t.i - 1]) and \
                    _toks[t.i - 1].ent_type_ not in {"DATE", "TIME", "PERSON", "GPE", "NORP"}:
                # a name written before a lower-case policy noun ("the Save Our Streets campaign", "the CashBack
                # for Communities programme"): the run of capitalised words with the noun, and the name alone;
                # past a possessor too ("the Evening Post's Safe Home campaign": the paper's, not the name)
                r = _title_run(_toks[t.i - 1], sent.start)
                owners = [x.i + 1 for x in doc[r:t.i - 1] if x.lower_ in {"'s", "\u2019s"}]
                for r2 in owners[-1:] or [r]:  # past the last possessor only: it owns the campaign, names nothing
                    if r2 < t.i and not _toks[r2].is_lower:
                        spans.add((r2, t.i + 1))
                        starts.add(r2)
                        named_before.append((r2, t.i))
            if not _capitalised(t):
                named_before.extend(_named_by_copula(doc, t, sent))
            for tail in (_prep_tail(t, sent.end), _purpose_tail(t, sent.end), _title_tail(t, sent.end),
                         _complement_tail(t, sent.end) if lemma in MEASURE_HEADS else None, _year_tail(t, sent.end)):
                if tail is not None:
                    for s in sorted(starts):
                        spans.add((s, tail))
            spans = _after_headline_verb(doc, spans, t.i)
            for s, e in sorted(spans):
                if (s, e) in out:
                    continue
                name = canonical(toks[s:e])
                if not name or (" " not in name and name.islower() and not _is_tactic(name)):
                    continue  # a bare common noun ("the strategy") names nothing
                out[(s, e)] = Candidate(s, e, t.i, name, "np",
                                        verbal=any(x.pos_ in {"VERB", "AUX"} and not x.is_title for x in toks[s:e]),
                                        lower_tail=toks[e - 1].is_lower)
            for ns, ne in named_before:
                if (ns, ne) in out:
                    continue
                name = doc[ns:ne].text.strip()  # a run of capitalised words: as the text writes it
                if name and _capitalised(toks[ns]):
                    out[(ns, ne)] = Candidate(ns, ne, ne - 1, name, "name")
    sc = spancat_scores(doc)
    if sc:
        from kg.extract import spancat

        for a, b, _ in spancat.propose(doc, threshold=SPANCAT_PROPOSE, scores=sc):
            if (a, b) in out:
                continue
            name = canonical(toks[a:b])
            if name:
                out[(a, b)] = Candidate(a, b, doc[a:b].root.i, name, "sc",
                                        verbal=any(x.pos_ in {"VERB", "AUX"} and not x.is_title for x in toks[a:b]),
                                        lower_tail=toks[b - 1].is_lower)
    return [out[k] for k in sorted(out) if not _first_name_bill(_toks, out[k].end)]


def _first_name_bill(toks: list[Token], end: int) -> bool:
    """A span that ends at ``Bill`` written before a capitalised surname (``Chief Constable Bill Skelly``): a
    person's first name, no law's."""
    if end < 1 or end >= len(toks) or toks[end - 1].text != "Bill":
        return False
    nxt = toks[end]
    return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper and nxt.pos_ not in {"VERB", "AUX"} and \
        nxt.lower_ not in HEADS and nxt.lower_ not in {"of", "for", "to", "and"} and \
        "\n" not in toks[end - 1].whitespace_


def _after_headline_verb(doc: Doc, spans: set[tuple[int, int]], head: int) -> set[tuple[int, int]]:
    """The spans that run to a policy noun at ``head``, each cut after the last capitalised headline verb inside it
    (``DEA Launches Fentanyl Free America Initiative``: the agent and the verb are not the name; the verb marks
    where the name starts). The verb is looked for once, from the head back to the earliest start: the last one
    is the last inside every span that holds it."""
    from kg.extract.policies import _verbish

    toks = doc_words(doc).tokens
    for v in range(head - 1, min(s for s, _ in spans) - 1, -1):
        x = toks[v]
        if not x.is_sent_start and _verbish(x.lower_) and \
                (x.is_title or x.is_lower and x.tag_ == "VBZ"):  # "ONDCP releases strategy" in sentence case
            break
    else:
        return spans
    return {(v + 1 if s <= v else s, e) for s, e in spans} if v + 1 < head else spans


_BLANKS_AND_HYPHENS = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)
def _is_tactic(text: str) -> bool:
    """A tactic term of the lexicon inside ``text`` (hyphens and runs of blanks read as one space); the answer is
    kept per text, as the same names come back in a document and across documents."""
    low = _BLANKS_AND_HYPHENS.sub(" ", text.lower())
    return _lex()["tactics_in"].search(low) is not None


# --------------------------------------------------------------------------- features


def _headline(doc: Doc, start_char: int) -> bool:
    return any(s <= start_char < e for s, e in headline_lines(doc_text(doc)))


def _verb_of(t: Token) -> Token | None:
    words = doc_words(t.doc)  # (the walk up reads the per-document lists: no Token made for each head)
    head, pos, dep = words.head, words.pos, words.dep
    x = t.i
    for _ in range(4):
        if head[x] == x:
            return None
        if dep[x] in {"dobj", "nsubjpass", "nsubj", "attr", "pobj", "prep", "conj", "appos", "compound", "xcomp"}:
            x = head[x]
            if pos[x] in {"VERB", "AUX"}:
                return words.tokens[x]
            continue
        return None
    return None


def _len_bucket(n: int) -> str:
    return str(n) if n <= 4 else ("5-6" if n <= 6 else "7+")


#: Head nouns by the kind of measure they name: a feature of the class, not of the word, carries over to heads and
#: documents the model never saw.
HEAD_CLASSES = {
    "law": frozenset({"act", "bill", "law", "legislation", "order", "code", "charter", "offence", "power", "duty",
                      "requirement", "mandate", "convention", "ban", "curfew", "regime", "restriction"}),
    "money": frozenset({"fund", "funding", "grant", "microgrant", "investment", "expenditure", "spending", "package",
                        "budget", "award"}),
    "programme": frozenset({"programme", "program", "initiative", "scheme", "project", "pilot", "campaign",
                            "operation", "partnership", "network", "summit", "month", "programming", "activity",
                            "service", "intervention", "training"}),
    "plan": frozenset({"strategy", "plan", "framework", "approach", "policy", "guidance", "protocol", "standard",
                       "guideline", "declaration", "compact", "accord", "agreement", "guarantee", "statement",
                       "paper", "call"}),
    "study": frozenset({"review", "survey", "index", "inspection", "consultation", "trial", "register", "database",
                        "system", "inquiry", "test", "report"}),
    "tactic": frozenset({"patrol", "crackdown", "sweep", "surge", "tactic", "measure", "reform", "technology", "tag",
                         "rollout", "roll-out", "expansion", "extension", "response"}),
}
_HEAD_CLASS = {w: k for k, ws in HEAD_CLASSES.items() for w in ws}


def head_class(lemma: str) -> str:
    """The class of a head lemma (``law``, ``money``, ``programme``, ``plan``, ``study``, ``tactic``), else
    ``other``."""
    return _HEAD_CLASS.get(lemma, "other")


def doc_context(doc: Doc, cands: list[Candidate]) -> dict[str, Counter]:
    """Counts over the document that features refer to: head lemmas and names of the candidates, and the
    tokens inside the rules' spans."""
    rule_tokens = {i for c in cands if c.source == "rule" for i in range(c.start, c.end)}
    toks = doc_words(doc).tokens
    sents = doc_sents(doc)
    early = sents[min(3, len(sents)) - 1].end if sents else 0
    return {"early_end": Counter({"end": early}),
            "heads": Counter(head_lemma(toks[c.head]) for c in cands),
            "names": Counter(c.name.lower() for c in cands),
            "rule_tokens": Counter(rule_tokens),
            "rule_spans": Counter((c.start, c.end) for c in cands if c.source == "rule"),
            "title_spans": Counter((c.start, c.end) for c in cands if c.source == "np" and _all_title(toks[c.start:c.end]))}


def _all_title(span) -> bool:
    """Every word of the span (its tokens) is title case or an acronym, connectors apart (``Violence Against Women Act``)."""
    words = [x for x in span if x.is_alpha and x.lower_ not in _CONNECTOR_WORDS]
    return bool(words) and all(x.is_title or (x.is_upper and len(x) > 1) for x in words)


_CONNECTOR_WORDS = frozenset({"of", "for", "and", "on", "the", "to", "in", "against", "into"})


def features(doc: Doc, c: Candidate, ctx: dict[str, Counter]) -> list[str]:
    """The binary features of one candidate, sorted (names only: each present feature has value 1)."""
    lex = _lex()
    all_toks = doc_words(doc).tokens
    toks = all_toks[c.start:c.end]
    head = all_toks[c.head]
    lemma = head_lemma(head)
    hclass = head_class(lemma)
    f = {"bias", f"src={c.source}", f"head={lemma}", f"head_class={hclass}", f"src_class={c.source}|{hclass}", f"src_head={c.source}|{lemma}", f"len={_len_bucket(len(toks))}",
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
        rest = toks[c.head + 1 - c.start:]
        f.add(f"tail_len={_len_bucket(len(rest))}")
        if len(rest) > 1 and rest[1].pos_ == "DET":
            f.add("tail_det")  # "review of the Probation Service"
        for e in sorted({x.ent_type_ for x in rest if x.ent_type_}):
            f.add(f"tail_ent={e}")
        if any(x.dep_ == "pcomp" or x.pos_ == "VERB" for x in rest):
            f.add("tail_clause")
    if c.source != "vp" and any(x.lower_ in {"and", "or"} for x in toks[: c.head - c.start]):
        f.add("coordinated")  # "unpaid work and behavioural change programmes"
    if any(x.text in _QUOTE_OPEN or x.text in _QUOTE_CLOSE for x in toks):
        f.add("quoted")
    if toks and toks[0].like_num and len(toks) > 1 and toks[1].lemma_.lower() in _DURATION_UNITS:
        f.add("duration")
    if c.source == "vp":
        f.add(f"vp_verb={head.lemma_.lower()}")
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
    if toks and _is_tactic(doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1])]):  # (the span's text, sliced)
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
    if c.start < ctx["early_end"]["end"]:
        f.add("early")  # in the headline or the first sentences: what the document is about
    if ctx["heads"][lemma] > 1:
        f.add("head_recurs")
    if ctx["names"][c.name.lower()] > 1:
        f.add("name_recurs")
    after = doc[c.end] if c.end < len(doc) else None
    if after is not None and after.text == "(":
        f.add("acronym_after")
    if after is not None and after.like_num and head.lemma_.lower() in {"act", "bill", "order", "code"}:
        f.add("year_after")
    sc = spancat_scores(doc)
    if sc is not None:  # the span categoriser's judgement of the same span (its proposals are candidates too)
        bucket = _sc_bucket(sc.get(_sc_key(doc, c.start, c.end)))
        f.add(bucket)
        f.add(f"src_sc={c.source}|{bucket}")
    return sorted(f)


# --------------------------------------------------------------------------- scoring


def proper_name(doc: Doc, c: Candidate) -> bool:
    """A rule span holding a proper name: two or more capitalised words in a row, past a leading determiner
    (``Project Safe Childhood``, ``the Safer Streets Fund``, ``this latest Project Safe Harbor grant``). Such a
    span names one programme or refers back to it; the model is there to judge common-noun phrases
    (``the initiative``, ``$4 million in grants for ...``). A bill the rules name by its subject (``a sentencing
    reform bill``) is one proposed law (guideline 4 counts laws), and equipment the text rolls out or installs
    (``the roll-out of knife detectors``) is a concrete measure: both are kept as a name is."""
    if c.source == "np":
        return _title_np_name(doc, c)
    if c.source != "rule":
        return False
    if re.sub(r"[\s-]+", " ", c.name.lower()) in _lex()["tactics"]:
        return True  # a tactic or series the guidelines name as a policy ("stop and search", "police recorded crime")
    if _concrete_project(doc, c):
        return True
    head = doc[c.head]
    if head.lemma_.lower() == "bill" and head.pos_ == "NOUN" and \
            any(x.dep_ in {"compound", "amod", "nmod"} and x.pos_ in {"NOUN", "PROPN", "ADJ"} for x in head.lefts):
        return True  # a bill named by what it is about ("a gun safety bill", "a victims' rights bill"): one law
    from kg.extract.policies import _rolled_out

    if head.pos_ == "NOUN" and _rolled_out(head):
        return True  # equipment a sentence rolls out or installs ("the rollout of body-worn cameras"): a measure
    span = doc_words(doc).tokens[c.start:c.end]  # (the Tokens made once per document: no Span made)
    if any(x.lower_ in {"and", "or"} and x.i > c.start and _names_end(doc[x.i - 1]) for x in span):
        return False  # two names joined ("the First Step Act and Second Chance Act"): the model judges the span
    run = 0
    for t in span:
        if t.i == c.start and t.pos_ == "DET":
            continue
        run = run + 1 if t.is_alpha and t.text[0].isupper() else 0
        if run >= 2:
            return True
    return False


def _concrete_project(doc: Doc, c: Candidate) -> bool:
    """A rule span the text describes concretely enough to be one measure (guideline 4): a capital project at its
    named site (``a new prison at Highpoint``, ``a new jail in Maricopa``), or a fund named by its sum (``a £30
    million fund``)."""
    from kg.extract.policies import _SUM_NAMED

    head = doc[c.head]
    toks = doc_words(doc).tokens
    lemma = head.lemma_.lower()
    if lemma in _lex()["capital"] and any(x.lower_ in {"at", "in"} and x.i + 1 < c.end and doc[x.i + 1].is_title
                                          for x in toks[c.head + 1:c.end]):
        return True
    return lemma in _SUM_NAMED and any(x.like_num or x.text in {"$", "£", "€"} for x in toks[c.start:c.head])


def _title_np_name(doc: Doc, c: Candidate) -> bool:
    """A noun phrase written wholly in title case that ends at a title-case policy noun (``a National Emergency
    Declaration``, ``the Rural Crime Strategy``): a name as a rule span with a proper name is, kept whatever its
    score. Not in a headline (every word is capitalised there), not when it is part of a longer named entity (``the
    Office of National Drug Control Policy`` is a body), not the end of a longer name or two names joined, not
    when it starts a sentence or holds a clause."""
    head = doc[c.head]
    if not (head.is_title and _is_head(head, head_lemma(head))) or c.verbal:
        return False
    span = doc_words(doc).tokens[c.start:c.end]  # (the Tokens made once per document: no Span made)
    if not _all_title(span):
        return False
    if sum(1 for x in span if x.is_alpha and x.text[0].isupper()) < 2 or span[0].is_sent_start:
        return False
    before = doc[c.start - 1] if c.start > 0 else None
    if before is not None and (before.text in {")", "]"} or _capitalised(before) or before.lower_ in {"'s", "\u2019s"} or
                               (before.lower_ in _CONNECTOR_WORDS and c.start > 1 and _capitalised(doc[c.start - 2]))):
        return False  # the end of a longer name ("Serious Violence Reduction (SVR) Pilot Scheme", "Victims and ...")
    if any(x.lower_ in {"and", "or"} and _names_end(doc[x.i - 1]) for x in span[1:]):
        return False  # two names joined ("the Youth Fund and Safer Streets Fund"): each is a name of its own
    if head.ent_type_ == "ORG" and head.ent_id_:
        return False  # a body the registry knows ("the Office of National Drug Control Policy in Washington")
    if any(x.ent_iob_ == "I" for x in (doc[c.start],)) or \
            (c.end < len(doc) and doc[c.end].ent_iob_ == "I" and doc[c.end].ent_type_ == head.ent_type_):
        return False  # inside a longer entity ("Office of National Drug Control Policy")
    return not _headline(doc, span[0].idx)


#: Lower-case nouns that, written after a title-case name, say the name is a programme's (``the Drug Market
#: Intervention program``, ``the Save Our Streets campaign``).
_NAMED_LOWER_HEADS = frozenset({"program", "programme", "initiative", "campaign", "scheme", "project", "strategy",
                                "fund", "pilot"})
_NOT_IN_NAME_ENTS = frozenset({"DATE", "TIME", "PERSON", "GPE", "NORP", "LOC", "MONEY", "CARDINAL", "PERCENT"})


#: Capitalised words that describe whose or what kind a programme is rather than name it ("the Government
#: programme", "the National scheme").
_DESCRIBING_WORDS = frozenset({"government", "national", "federal", "state", "city", "county", "council", "home",
                               "community", "police", "public", "new", "local", "regional", "department", "pilot",
                               "youth", "prison", "court", "crown", "royal", "mayor", "mayoral", "ministry", "force",
                               "labour", "conservative", "democratic", "republican", "administration", "justice"})


def _one_word_name(x: Token) -> bool:
    """One capitalised word that names a programme by itself (``the Prevent programme``, ``the Ceasefire
    initiative``): a proper noun in mid-sentence, no entity of another kind, no word that says whose or what kind
    the programme is."""
    return x.pos_ == "PROPN" and x.is_title and not x.is_sent_start and not x.ent_type_ and \
        x.lower_ not in _DESCRIBING_WORDS and x.lower_ not in _lex()["org_heads"] and x.lower_ not in _lex()["generic"]


def _name_and_policy_noun(doc: Doc, c: Candidate) -> bool:
    """A run of two or more capitalised words followed by a lower-case programme noun, and nothing else (``the Drug
    Market Intervention program``, ``the Cure Violence initiative``, ``the Save Our Streets campaign``): a named
    programme (guideline 4), kept as a proper name is, with the noun, as the text writes it. Not a body's measure
    (``the Home Office scheme``, ``the London Fire Brigade strategy``: a body the registry knows, a run ending in a
    body noun), not a person's, place's or date's, not a name that is a programme by itself (``the Project Guardian
    campaign`` is a mention of ``Project Guardian``), not in a headline or at the start of a sentence."""
    head = doc[c.head]
    if c.verbal or head.i != c.end - 1 or not head.is_lower or head.lower_ not in _NAMED_LOWER_HEADS:
        return False
    words = doc[c.start:c.end - 1]
    if len(words) == 1 and not _one_word_name(words[0]):
        return False
    if not words or not all(_capitalised(x) or (x.is_lower and x.lower_ in _CONNECTOR_WORDS and x.i > c.start)
                                 for x in words) or not _capitalised(words[-1]):
        return False
    if words[0].is_sent_start or words[0].lower_ in {"operation", "project", "programme", "program", "the"}:
        return False
    if any(x.ent_type_ in _NOT_IN_NAME_ENTS or x.ent_id_ for x in words):
        return False
    lex = _lex()
    if words[-1].lower_ in lex["org_heads"] or words[-1].lower_.rstrip("s") in lex["org_heads"] or \
            any(x.lower_ in {"department", "office", "ministry", "police", "government", "council"} for x in words):
        return False
    before = doc[c.start - 1] if c.start > 0 else None
    if before is not None and (_capitalised(before) or before.lower_ in {"'s", "\u2019s"} or
                               (before.lower_ in _CONNECTOR_WORDS | {"&"} and c.start > 1 and
                                _capitalised(doc[c.start - 2]))):
        return False  # the end of a longer name ("... for Missing & Exploited Children program"), or a possessor's
        # ("the Post's Safe Home campaign" is judged as it is)
    return not _headline(doc, words.start_char)


def final_score(model: PolicyModel, c: Candidate, feats: list[str], named: bool = False) -> float:
    """The model's score, or 1.0 for a rule span an ANNOUNCED frame points at or written as a proper name."""
    return 1.0 if c.framed or named else model.score(feats)


def scored(doc: Doc, rule_facts: list[PolicyFact], model: PolicyModel) -> list[tuple[float, Candidate]]:
    cands = candidates(doc, rule_facts, framed_spans(doc))
    ctx = doc_context(doc, cands)
    out = []
    for c in cands:
        named = proper_name(doc, c)  # (a framed or named candidate scores 1.0: its features are not read)
        out.append((final_score(model, c, [] if c.framed or named else features(doc, c, ctx), named), c))
    # a named programme with its lower-case noun (_name_and_policy_noun) is kept whatever its score, unless the
    # name alone is kept (a rule's name, or the model's): "the Cashback for Communities programme" stays the name's
    alone = {(c.start, c.end) for s, c in out if s >= model.threshold}
    return [(1.0 if s < 1.0 and c.source in {"np", "rule"} and (c.start, c.end - 1) not in alone and
             _name_and_policy_noun(doc, c) else s, c) for s, c in out]


def _joins_names(doc: Doc | None, c: Candidate) -> bool:
    """``c`` joins two names (``Step Act and Second Chance Act``): an ``and`` or ``or`` right after a word that
    ends a policy name of its own."""
    return doc is not None and any(x.lower_ in {"and", "or", "&"} and x.i > c.start and _names_end(doc[x.i - 1])
                                   for x in doc[c.start:c.end])


def _promoted(scored_cands: list[tuple[float, Candidate]], threshold: float,
              doc: Doc | None = None) -> list[tuple[float, Candidate]]:
    """A candidate the model keeps that holds a rule span kept whatever its score (score 1.0: a proper name or a
    frame's target) and is longer than it is kept as that span is, and wins by its length: the whole name
    ``Violence Against Women Act`` over the rules' ``Women Act``, ``USA Patriot Act of 2001`` over ``Patriot Act of
    2001``, ``Neighbourhood Policing Guarantee`` over ``Neighbourhood Policing``. A longer candidate that adds a
    clause (a verb) to the span is not promoted: the name is the shorter one; nor one that adds only lower-case
    words after a name (``the Project Guardian campaign`` is a mention of ``Project Guardian``), nor one that adds
    lower-case words after a frame's target (``a victim support programme in prisons``: the frame read the
    boundary), nor one that adds only a sum before it (``the £20 million Safer Streets Fund`` names the ``Safer
    Streets Fund``: the sum is a figure about it), nor one that adds only lower-case words before it (``its new
    Strategic Framework``: a mention of the name)."""
    fixed = [c for s, c in scored_cands if s >= 1.0]
    if not fixed:
        return scored_cands
    out = []
    for s, c in scored_cands:
        if threshold <= s < 1.0 and c.source != "vp" and not c.verbal and not _joins_names(doc, c) and \
                any(c.start <= k.start and k.end <= c.end and (k.start, k.end) != (c.start, c.end) and
                    not (c.lower_tail and k.name[:1].isupper()) and
                    not (c.name[:1] in "$£€" and k.name[:1] not in "$£€") and
                    not (k.framed and c.end > k.end and c.lower_tail) and
                    not (doc is not None and c.end == k.end and _lower_lead(doc, c.start, k.start)) for k in fixed):
            s = 1.0 + s  # above every span kept whatever its score; among themselves by score
        out.append((s, c))
    return out


def _lower_lead(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` are lower-case words only (``its new`` before ``Strategic Framework``)."""
    cap = doc_words(doc).cap  # (no Token made)
    return not any(cap[start:end])


def select(scored_cands: list[tuple[float, Candidate]], threshold: float, doc: Doc | None = None) -> list[Candidate]:
    """Candidates at or above ``threshold``, best first, each only when no kept one overlaps it; in text order. A
    longer candidate above the threshold that holds a span kept whatever its score takes that span's place
    (:func:`_promoted`); of equal scores the earlier and then the longer one wins. Given the ``doc``, a name kept
    whatever its score that is the object of a preposition inside a longer kept candidate is kept too
    (:func:`_object_inside`)."""
    kept: list[Candidate] = []
    fixed = {(c.start, c.end) for s, c in scored_cands if s >= 1.0}
    for s, c in sorted(_promoted(scored_cands, threshold, doc), key=lambda x: (-x[0], x[1].start, -(x[1].end - x[1].start))):
        if s < threshold:
            break
        if any(k.start < c.end and c.start < k.end and
               not (doc is not None and (c.start, c.end) in fixed and _object_inside(doc, c, k)) for k in kept):
            continue
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _object_inside(doc: Doc, c: Candidate, k: Candidate) -> bool:
    """``c``, a name kept whatever its score, is the object of a preposition inside the longer kept ``k``
    (``grants for the Drug-Free Communities Support Program``, ``funding under the Second Chance Act``): the
    programme the money goes to is a policy of its own (guideline 4), next to the money's."""
    if not (k.start < c.start and c.end <= k.end) or not _capitalised(doc[c.start]):
        return False
    p = c.start - 1
    if p > k.start and doc[p].pos_ == "DET":
        p -= 1
    return p > k.start and doc[p].pos_ == "ADP" and doc[p].is_lower and not _capitalised(doc[p - 1])


def _fact(doc: Doc, c: Candidate) -> PolicyFact:
    if c.fact is not None:
        return c.fact
    span = doc[c.start:c.end]
    surface = span.text
    return PolicyFact(span=Span(span.start_char, span.end_char), name=c.name,
                      sentence=Span(*Sentences.for_doc(doc).of(c.head)),
                      aliases=(surface,) if surface.lower() != c.name.lower() else ())


def rescore(doc: Doc, rule_facts: Iterable[PolicyFact]) -> list[PolicyFact]:
    """The policy mentions to keep: the rules' ``rule_facts`` as they are when the scorer is off, else the
    candidates (rules' and noun phrases') the model keeps."""
    facts = list(rule_facts)
    model = _current()
    if model is None:
        return facts
    cands = scored(doc, facts, model)
    kept = select(cands, model.threshold, doc)
    by_head: dict[int, list[Candidate]] = {}  # (the candidates on each head word, for _extents)
    for _, c in cands:
        by_head.setdefault(c.head, []).append(c)
    out = []
    for c in kept:
        ref = _back_reference(doc, c, kept)
        if ref is not None:
            out.append(ref)
        elif not _ambiguous_back_reference(doc, c, kept) and not _nameless(doc, c) and not _remit(doc, c):
            out.append(_extents(doc, c, by_head[c.head], kept, _bare_name(doc, c, _year_before(doc, c, _fact(doc, c)))))
    # A bare policy noun the model did not keep may still refer back to the one named policy with that head
    # (``the Act`` after ``the Victims and Prisoners Act 2024``), or write its words in another order: a mention of
    # that policy, not a policy of its own.
    kept_words: dict[tuple[int, int], frozenset[str]] = {}  # (the content words of each kept span, read once)
    for _, c in cands:
        if c in kept or any(k.start < c.end and c.start < k.end for k in kept):
            continue
        ref = _back_reference(doc, c, kept) or _reworded(doc, c, kept, kept_words)
        if ref is not None:
            out.append(ref)
    return sorted(out, key=lambda f: (f.span.start, f.span.end))


_REWORD_STOP = frozenset({"a", "an", "the", "of", "for", "on", "to", "and", "in", "this", "that", "its", "their"})


def _content(tokens) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.is_alpha and t.lower_ not in _REWORD_STOP)


def _reworded(doc: Doc, c: Candidate, kept: list[Candidate],
              kept_words: dict[tuple[int, int], frozenset[str]] | None = None) -> PolicyFact | None:
    """A phrase the model did not keep that writes the words of exactly one kept named policy in another order
    (``the declaration of a national emergency`` after ``a National Emergency Declaration``): a mention of that
    policy, its surface form an alias. ``kept_words`` keeps the content words of the kept spans between calls."""
    toks = doc_words(doc).tokens
    words = _content(toks[c.start:c.end])
    if len(words) < 2:
        return None
    kept_words = {} if kept_words is None else kept_words
    for k in kept:
        if k.name[:1].isupper() and (k.start, k.end) not in kept_words:
            kept_words[(k.start, k.end)] = _content(toks[k.start:k.end])
    same = {k.name for k in kept if k.name[:1].isupper() and kept_words[(k.start, k.end)] == words}
    if len(same) != 1:
        return None
    span = doc[c.start:c.end]
    surface = c.name if span.text.lower().endswith(c.name.lower()) else span.text
    return PolicyFact(span=Span(span.start_char, span.end_char), name=same.pop(),
                      sentence=Span(*Sentences.for_doc(doc).of(c.head)), aliases=(surface,))


_POST_NOUNS = frozenset({"director", "secretary", "minister", "commissioner", "administrator", "czar", "tsar",
                         "coordinator", "adviser", "advisor", "head", "chief", "deputy", "spokesperson"})


def _remit(doc: Doc, c: Candidate) -> bool:
    """A policy-like name that is the remit in a body's or a post's name (``the Office of National Drug Control
    Policy``, ``the Director of National Drug Control Policy``): the recogniser's body or title entity runs from
    before the connector in front of it to its end; the words name the body or the post, not a policy."""
    first = doc[c.start]
    if c.start + 1 < c.end and first.is_title and first.lower_ in _POST_NOUNS | _lex()["org_heads"] and \
            doc[c.start + 1].lower_ in {"of", "for", "on"}:
        return True  # the span is the post's or the body's whole name
    if c.start < 2 or doc[c.start - 1].lower_ not in {"of", "for", "on"}:
        return False
    before = doc[c.start - 2]
    if _capitalised(before) and (before.lower_ in _POST_NOUNS or before.lower_ in _lex()["org_heads"]):
        return True  # "the Director of National Drug Control Policy", "the Office for Civil Society Strategy"
    if before.ent_type_ not in {"ORG", "TITLE"} or before.ent_iob_ == "O":
        return False
    last = doc[c.end - 1]
    return last.ent_type_ == before.ent_type_ and last.ent_iob_ == "I" and \
        not any(x.ent_iob_ == "B" for x in doc[c.start - 1:c.end])


_CODE = re.compile(r"[A-Z]{1,3}[-/]?\d[\d-]*|\d+[-/][A-Z\d-]+")


def _nameless(doc: Doc, c: Candidate) -> bool:
    """A span that names no policy: only policy nouns (``PROJECT`` in a capitals headline, ``PROGRAM GRANT``,
    ``the Initiative`` with no named policy to refer to: guideline 4's "the initiative" is a generic phrase), or an
    award or file number (``WX-0074``)."""
    words = [x for x in doc_words(doc).tokens[c.start:c.end] if not x.is_punct and x.pos_ not in {"DET", "ADP", "CCONJ", "PRON"}]
    if words and all(head_lemma(x) in HEADS or head_lemma(x) in TITLE_HEADS or x.lemma_.lower() in HEADS
                     for x in words) and not _is_tactic(c.name):
        return True
    return bool(_CODE.fullmatch(c.name.replace(" ", "")))


#: Nouns of an act done to a scheme: "passage of X", "the launch of X" are not names of X.
_ACT_OF = frozenset({"announcement", "passage", "conclusion", "launch", "round", "development", "value", "expansion",
                     "extension", "implementation", "introduction", "creation", "part", "use", "end", "start"})


def _other_extent(doc: Doc, c: Candidate, o: Candidate) -> bool:
    """``o``, a candidate on the head of the kept ``c``, writes the same mention at another extent that still
    names it: ``c`` with its sum before it (``£200m Youth Endowment Fund``) or its describing words (``landmark Plan
    for Change``), with a defining tail after it (``Uplift Programme to recruit 20,000 new police``, ``National
    Statistician's Review of crime statistics``), or without its year or tail (``American Recovery and
    Reinvestment Act`` of ``... Act of 2009``). A cut inside a name or a phrase is none."""
    if o.end - o.start < 2 or doc[o.start].pos_ in {"VERB", "AUX", "ADP", "PART", "CCONJ", "DET"}:
        return False
    last = doc[o.end - 1]
    if last.pos_ in {"VERB", "AUX", "ADP", "PART", "CCONJ", "DET", "PRON"}:
        return False  # "Public Order Bill to crack", "Fentanyl Free America Initiative to Combat"
    if o.start <= c.start and c.end <= o.end:
        lead, tail = doc[o.start:c.start], doc[c.end:o.end]
        if lead and not (lead[0].like_num or lead[0].pos_ in {"SYM", "NUM"} or lead[0].text[:1] in "$£€") and \
                any(t.pos_ in {"ADP", "VERB", "CCONJ"} or t.lower_ in _ACT_OF or not t.is_lower for t in lead):
            return False  # "passage of X", "pledge X": an act or a verb, not a name
        if tail and not (tail[0].lower_ in {"of", "for", "into", "on", "against", "to"} and
                         (tail[0].lower_ != "to" or (len(tail) > 1 and tail[1].pos_ == "VERB"))):
            return False
        if tail and tail[0].lower_ == "to" and _capitalised(doc[c.end - 1]) and not _capitalised(tail[1]):
            return False  # "the Human Rights Act to take the first steps": a name's purpose clause is the sentence's
        return bool(lead) or bool(tail)
    if c.start <= o.start and o.end <= c.end and o.start == c.start:
        dropped = doc[o.end:c.end]
        return bool(dropped) and (dropped[0].pos_ == "ADP" or all(t.like_num for t in dropped))
    return False


def _extents(doc: Doc, c: Candidate, same_head: list[Candidate], kept: list[Candidate],
             fact: PolicyFact) -> PolicyFact:
    """The kept mention ``c`` with the other extents of it the candidates on its head (``same_head``) write
    (:func:`_other_extent`) as aliases: the text writes each (guideline 2: aliases are verbatim forms), and a reader
    may look the policy up by any."""
    extra: list[str] = []
    for o in same_head:
        if o is c or o.source not in {"np", "rule"} or not _other_extent(doc, c, o):
            continue
        if any(k is not c and k.start < o.end and o.start < k.end for k in kept):
            continue  # (a span another kept policy holds part of)
        for form in (o.name, doc[o.start:o.end].text):
            if form not in extra and form != fact.name and form not in fact.aliases:
                extra.append(form)
    return fact._replace(aliases=fact.aliases + tuple(extra)) if extra else fact


def _bare_name(doc: Doc, c: Candidate, fact: PolicyFact) -> PolicyFact:
    """A named programme written with a lower-case programme noun (``the Drug Market Intervention program``) keeps
    the name without the noun as an alias, and a name kept without the noun that follows it (``the Save Our
    Streets campaign`` kept as ``Save Our Streets``) the name with it: the text writes both (guideline 2: aliases
    are verbatim forms)."""
    if c.end < len(doc) and c.name[:1].isupper() and doc[c.end].is_lower and \
            doc[c.end].lower_ in _NAMED_LOWER_HEADS and _capitalised(doc[c.end - 1]):
        longer = doc[c.start:c.end + 1].text
        if not any(a.lower() == longer.lower() for a in (fact.name, *fact.aliases)):
            fact = fact._replace(aliases=(*fact.aliases, longer))
        return fact
    if c.source not in {"np", "rule"} or not _name_and_policy_noun(doc, c):
        return fact
    bare = doc[c.start:c.end - 1].text
    if any(a.lower() == bare.lower() for a in (fact.name, *fact.aliases)):
        return fact
    return fact._replace(aliases=(*fact.aliases, bare))


def _ambiguous_back_reference(doc: Doc, c: Candidate, kept: list[Candidate]) -> bool:
    """A bare policy noun in title case (``the Act``) in a document that names two or more kept policies with that
    head (``the Legacy Act ... the Human Rights Act ... the Act``) refers to one of them, but which one is a guess:
    it is no policy of its own (guideline 2, one entity per referent), so it is not kept as one."""
    if " " in c.name or not c.name[:1].isupper() or c.end - c.start > 2:
        return False
    lemma = head_lemma(doc[c.head])
    if lemma not in HEADS and lemma not in TITLE_HEADS:
        return False
    named = {k.name for k in kept if k is not c and " " in k.name and k.name[:1].isupper() and
             head_lemma(doc[k.head]) == lemma and doc[k.head].is_title}
    return len(named) > 1


def _year_before(doc: Doc, c: Candidate, fact: PolicyFact) -> PolicyFact:
    """A year written right before a name, as a modifier of its head, is part of the name as the text writes it
    (``the 2023 Crime Survey for England and Wales``, ``its 2024 Community Safety Plan``): the mention keeps the
    name without the year and, as an alias, its surface form with it (both are what the text writes)."""
    if c.start < 1 or not _capitalised(doc[c.start]):
        return fact
    y = doc[c.start - 1]
    if not re.fullmatch(r"(?:19|20)\d\d", y.text) or not (c.start <= y.head.i < c.end) or \
            y.dep_ not in {"nummod", "compound", "amod", "nmod"}:
        return fact
    d = doc[c.start - 2] if c.start >= 2 else None
    if d is not None and y.is_sent_start:
        d = None
    # inside the noun phrase: after its determiner or possessor, or opening it after a comma, a colon, "and" or a
    # verb ("its plan, 2030 Safer Streets Strategy", "the 2022 and 2023 Crime Surveys"); after a preposition or a
    # day or month the year is a date of the sentence ("In 2019 Project X ...", "on 4 May 2021 Operation Y ...")
    if d is not None and not (d.pos_ in {"DET", "CCONJ", "VERB", "AUX"} or d.dep_ == "poss" or
                              d.lower_ in {"'s", "\u2019s"} or d.text in {",", ":", ";", "(", "-", "\u2013", "\u2014"}):
        return fact
    if y.ent_type_ == "DATE" and any(x.ent_type_ == "DATE" and x.i != y.i and x.ent_iob_ != "O"
                                     for x in (doc[y.i - 1],) if y.i > 0) and y.ent_iob_ == "I":
        return fact  # "4 May 2021": the year ends a longer date
    surface = doc[c.start - 1:c.end].text
    if any(a.lower() == surface.lower() for a in fact.aliases):
        return fact
    return fact._replace(aliases=(*fact.aliases, surface))


def _back_reference(doc: Doc, c: Candidate, kept: list[Candidate]) -> PolicyFact | None:
    """A bare policy noun in title case (``the Act``, ``the Code``, ``the Review``) refers to the kept named policy
    with that head in the same document (``First Step Act``, ``Code for Crown Prosecutors``) when the document names
    exactly one: its mention becomes that policy's (the surface form an alias), not a policy of its own. ``None``
    when ``c`` is no such word or the document names no such policy or several (``the Human Rights Act and the
    Policing Act ... the Act``: which one is meant is a guess)."""
    if " " in c.name or not c.name[:1].isupper() or c.end - c.start > 2:
        return None
    lemma = head_lemma(doc[c.head])
    if lemma not in HEADS and lemma not in TITLE_HEADS:
        return None
    named = [k for k in kept if k is not c and " " in k.name and k.name[:1].isupper() and
             head_lemma(doc[k.head]) == lemma and doc[k.head].is_title]
    if len({k.name for k in named}) != 1:
        return None  # none, or two named policies with that head: which one is meant is a guess
    ref = named[0]
    span = doc[c.start:c.end]
    return PolicyFact(span=Span(span.start_char, span.end_char), name=ref.name,
                      sentence=Span(*Sentences.for_doc(doc).of(c.head)), aliases=(span.text,))
