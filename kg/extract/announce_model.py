"""A learned scorer for ANNOUNCED pairs: which (agent, policy) pairs of a document the text says announced.

The ANNOUNCED frames of :mod:`kg.extract.policies` read verbs and their arguments; on text they were not written
from they miss pairs whose parse takes a shape no frame knows (a policy in a relative clause under a funding
verb, an agent several clauses away, a press release whose body announces in the passive). After the frames
have linked what they found, this module scores every *candidate pair* of the document:

* each Policy mention, with each person or body named in its sentence (a name, or a pronoun, ``we`` or title
  resolved to one), the speaker of a quotation holding the policy, and the document's issuing body (the first
  body it names, for press releases that announce in the passive or with no agent);

with a logistic regression over binary features of the parse (``features``): the lemma of the verb that governs
the policy and its class (announce, oversee, speech, other), the policy's and the agent's dependency roles,
whether the agent is that verb's subject or ``by`` agent, the dependency path between the two (labels up and
down), their distance and order, the agent's type and where it came from, modal and negation cues, headline and
lead position, and whether a rule frame already links the pair or links either end to something else.
How scores become links is the model file's ``meta.decision`` (``decide``): ``pair`` links every pair whose
best mention-level score reaches the threshold; ``policy`` gives each policy no frame links its one best-scoring
agent when that score reaches the threshold. Document-level features name the document's main actor (most SAID
and ANNOUNCED links), who the headline or first sentence names, and a sum, a ``new`` word or a title-case name on
the policy. The frames' own links stay.
A new link keeps the status the verb gives it (``considering X`` is ``considered``, as the frames' links are).

The weights are package data (``kg/data/models/announce_scorer.json``), trained on the ``train`` split only by
``scripts/train_announce_model.py`` (the same inputs give the same bytes). Scoring reads the parse kg already
made and is deterministic. It is **off by default** (it added false pairs on the dev split, see docs/learned.md):
``kg build --learned-pairs`` or ``KG_LEARNED_PAIRS=1`` turn it on, ``--no-learned`` / ``KG_LEARNED=0`` turn every
learned part off, and ``using(model)`` / ``using(None)`` choose a model or none inside a block.
"""
from __future__ import annotations

import bisect
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from kg.extract import learned
from kg.extract.entities import ORG, PERSON, POLICY, doc_sents, doc_words, headline_lines

__all__ = ["PairModel", "Pair", "candidates", "load_model", "using", "score_pairs", "collecting"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "announce_scorer.json"
KIND = "kg-announce-scorer"

_SPEECH = frozenset({"say", "add", "tell", "state", "explain", "stress", "warn", "insist", "argue", "claim",
                     "note", "comment", "remark", "vow"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll"})
_STATUS_CUES = frozenset({"consider", "propose", "plan", "explore", "reject", "deny", "intend", "suggest",
                          "recommend", "weigh"})
_NEW_WORDS = frozenset({"new", "additional", "extra", "launch", "unveil", "introduce", "fund", "award", "extend",
                        "expand", "set", "establish", "create", "pilot"})
_AGENT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "who", "which"})


class PairModel(learned.LinearModel):
    """The ANNOUNCED pair scorer: the same logistic regression as the policy scorer, its own file kind."""

    __slots__ = ()
    KIND = KIND
    WHAT = "announce"


class Pair(NamedTuple):
    """One mention-level candidate: an agent entity and a policy entity, with its features and a status."""

    agent: Any  # kg.resolve.Entity
    policy: Any
    feats: tuple[str, ...]
    status: str
    cue: str
    sentence: tuple[int, int]  # character span of the sentence
    start: int  # the policy mention's characters
    end: int


_OVERRIDE: list[PairModel | None] = []
_COLLECT: list[list[dict[str, Any]]] = []


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> PairModel | None:
    """The shipped model (read once per process), or ``None`` when the package has none."""
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    return PairModel.from_json(json.loads(p.read_text(encoding="utf-8")))


@contextmanager
def using(model: PairModel | None) -> Iterator[None]:
    """Score with ``model`` instead of the shipped one inside the block (``None``: no learned pairs)."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


@contextmanager
def collecting() -> Iterator[list[dict[str, Any]]]:
    """Record every document's candidate pairs (for training) instead of linking them."""
    rows: list[dict[str, Any]] = []
    _COLLECT.append(rows)
    try:
        yield rows
    finally:
        _COLLECT.pop()


def enabled() -> bool:
    """Whether the pair scorer runs: only when ``KG_LEARNED_PAIRS`` is ``1``/``true``/``yes``/``on`` (``kg build
    --learned-pairs``) and the learned parts are not all off (``KG_LEARNED=0``). It is off by default: on the dev
    split it added false pairs and found none (docs/learned.md)."""
    on = os.environ.get("KG_LEARNED_PAIRS", "0").strip().lower() in {"1", "true", "yes", "on"}
    return on and learned.enabled()


def _current() -> PairModel | None:
    if _OVERRIDE:
        return _OVERRIDE[-1]
    return load_model() if enabled() else None


# --------------------------------------------------------------------------- the parse


@lru_cache(maxsize=1)
def _verb_classes() -> tuple[frozenset[str], frozenset[str]]:
    lex = learned._lex()
    announce = frozenset(v.split()[0] for v in lex["announce"])
    oversee = frozenset(v.split()[0] for v in lex["oversee"])
    return announce, oversee


def _verb_class(lemma: str) -> str:
    announce, oversee = _verb_classes()
    if lemma in announce:
        return "announce"
    if lemma in oversee:
        return "oversee"
    if lemma in _SPEECH:
        return "speech"
    return "other"


def _governor(t: Token) -> Token | None:
    """The verb (or the sentence root) that ``t`` hangs from."""
    tok = t
    for _ in range(8):
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _ancestors(t: Token) -> list[Token]:
    out = [t]
    while out[-1].head.i != out[-1].i and len(out) < 30:
        out.append(out[-1].head)
    return out


def _path(a: Token, b: Token) -> str:
    """Dependency labels from ``a`` up to the lowest common ancestor and down to ``b`` (``nsubj^dobj``)."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            ups = [x.dep_ for x in up_a[:k]]
            downs = [x.dep_ for x in reversed(up_b[:ids_b[t.i]])]
            if len(ups) + len(downs) > 4:
                return "long"
            return "^".join(ups) + ">" + ">".join(downs)
    return "none"


def _status(v: Token | None) -> str:
    if v is None:
        return "announced"
    from kg.extract.policies import _status as frame_status

    return frame_status(v, v.lemma_.lower())


def _bucket(n: int) -> str:
    for cap in (3, 8, 15, 30):
        if n <= cap:
            return str(cap)
    return "more"


# --------------------------------------------------------------------------- candidates


def candidates(builder: Any) -> list[Pair]:
    """Every mention-level (agent, policy) candidate of the document the builder holds, with features."""
    doc: Doc = builder.doc
    if not len(doc):
        return []
    sents = doc_sents(doc)
    starts = [s.start for s in sents]
    heads = headline_lines(builder.text)
    resolver = builder.resolver
    publisher = resolver.publisher
    linked: dict[tuple[str, str], str] = {}
    agents_linked, targets_linked = set(), set()
    for l in builder.links:
        if l.type == "ANNOUNCED":
            linked[(l.source, l.target)] = l.props.get("status", "announced")
            agents_linked.add(l.source)
            targets_linked.add(l.target)
    ids = {e.id: e for e in builder.entities}
    actors = [ids[i] for i in dict.fromkeys(l.source for l in builder.links if l.type in ("SAID", "ANNOUNCED"))
              if i in ids and ids[i].type in (PERSON, ORG)]
    actor_ids = {e.id for e in actors}
    # how often each person or body speaks or announces: the document's main actor is its likeliest announcer
    acts: dict[str, list[int]] = {}
    for l in builder.links:
        if l.type in ("SAID", "ANNOUNCED") and l.source in actor_ids:
            acts.setdefault(l.source, []).append(l.start if l.start is not None else len(builder.text))
    # a tie goes to the first to act in the text
    top_actor = min(acts, key=lambda i: (-len(acts[i]), min(acts[i]), i)) if acts else None
    lead_end = sents[0].end_char if sents else 0
    lead_ids = set()  # who the headline or the first sentence names
    for ent in builder.entities:
        if ent.type in (PERSON, ORG) and any(m.start < lead_end or any(s <= m.start < e for s, e in heads)
                                             for m in ent.mentions):
            lead_ids.add(ent.id)
    # people and bodies by sentence: (entity, head token, source)
    by_sent: dict[int, list[tuple[Any, Token, str]]] = {}
    for ent in builder.entities:
        if ent.type not in (PERSON, ORG):
            continue
        for m in ent.mentions:
            if getattr(m, "nested", False) or m.j <= m.i:
                continue
            k = bisect.bisect_right(starts, m.i) - 1
            by_sent.setdefault(k, []).append((ent, doc[m.i:m.j].root, "name"))
    words = doc_words(doc)  # (the document's words as lists: a Token is made only for a pronoun that may refer)
    for i, lower in enumerate(words.lower):
        if lower in _AGENT_PRONOUNS and words.pos[i] == "PRON" and words.dep[i] in ("nsubj", "nsubjpass", "poss", "pobj"):
            t = words.tokens[i]
            ent = resolver.resolve_token(t, speaker=builder.speaker_at(t.idx, t.idx + len(t)))
            if ent is not None and ent.type in (PERSON, ORG):
                by_sent.setdefault(bisect.bisect_right(starts, t.i) - 1, []).append((ent, t, "pronoun"))
    out: list[Pair] = []
    money: dict[int, bool] = {}  # whether a sentence holds a sum of money (read once, for a policy's sentence)
    for pol in builder.entities:
        if pol.type != POLICY:
            continue
        for m in pol.mentions:
            if m.j <= m.i:
                continue
            span = doc[m.i:m.j]
            ptok = span.root
            k = bisect.bisect_right(starts, m.i) - 1
            sent = sents[k]
            gov = _governor(ptok)
            glemma = gov.lemma_.lower() if gov is not None else "-"
            gclass = _verb_class(glemma) if gov is not None else "none"
            headline = any(s <= m.start < e for s, e in heads) or k == 0
            common = [f"pdep={ptok.dep_}", f"gov={glemma}", f"govc={gclass}", f"govc_pdep={gclass}_{ptok.dep_}",
                      "headline" if headline else ("lead" if k <= 3 else "body")]
            status = "announced"
            if gov is not None:
                if any(c.dep_ == "neg" for c in gov.children):
                    common.append("neg")
                if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in gov.children):
                    common.append("modal")
                if gov.dep_ == "relcl" or ptok.dep_ == "relcl":
                    common.append("relcl")
                if gclass == "announce":
                    status = _status(gov)
                up = gov.head
                if up.i != gov.i and up.lemma_.lower() in _STATUS_CUES:
                    common.append("under_status_cue")
                    status = _status(gov)
                if gov.tag_ == "VBN" and any(c.dep_ in ("auxpass", "agent") for c in gov.children) or \
                        (gov.dep_ == "acl" and gov.tag_ == "VBN"):
                    common.append("passive")
            if pol.id in targets_linked:
                common.append("policy_framed")
            if k not in money:
                money[k] = any(words.ent_type[i] == "MONEY" or words.tokens[i].is_currency
                               for i in range(sent.start, sent.end))
            if money[k]:
                common.append("sent_money")
            if any(c.lower_ in _NEW_WORDS for c in ptok.lefts) or (gov is not None and gov.lemma_.lower() in _NEW_WORDS):
                common.append("policy_new")
            common.append(f"pol_mentions={min(len(pol.mentions), 4)}")
            if sum(1 for w in pol.name.split() if w[:1].isupper()) >= 2:
                common.append("policy_titled")
            quote_speaker = builder.speaker_at(m.start, m.end)
            if quote_speaker is not None:
                common.append("in_quote")
            seen: dict[str, tuple[Any, Token | None, str]] = {}
            for ent, tok, src in by_sent.get(k, []):
                if ent is pol or (m.i <= tok.i < m.j):
                    continue
                best = seen.get(ent.id)
                if best is None or (best[1] is not None and abs(tok.i - ptok.i) < abs(best[1].i - ptok.i)):
                    seen[ent.id] = (ent, tok, src)
            for back in (1, 2):  # the sentences before: "X unveiled a package. It includes Y."
                for ent, tok, src in by_sent.get(k - back, []):
                    if ent is not pol and ent.id not in seen:
                        seen[ent.id] = (ent, None, f"prev{back}")
            if quote_speaker is not None and quote_speaker.id not in seen:
                seen[quote_speaker.id] = (quote_speaker, None, "speaker")
            if publisher is not None and publisher.id not in seen:
                seen[publisher.id] = (publisher, None, "issuer")
            for ent in actors:  # who speaks or announces anywhere in the document
                if ent.id not in seen and ent is not pol:
                    seen[ent.id] = (ent, None, "actor")
            for ent, tok, src in seen.values():
                f = list(common)
                f.append(f"atype={ent.type}")
                f.append(f"src={src}")
                if ent is publisher:
                    f.append("is_publisher")
                if ent.id in actor_ids:
                    f.append("is_actor")
                if ent.id in agents_linked:
                    f.append("is_announcer")
                if ent.id == top_actor:
                    f.append("is_top_actor")
                if ent.id in lead_ids:
                    f.append("in_lead")
                if quote_speaker is ent:
                    f.append("is_speaker")
                key = (ent.id, pol.id)
                if key in linked:
                    f.append("rule_link")
                elif ent.id in agents_linked:
                    f.append("agent_framed_other")
                if tok is not None:
                    f.append(f"adep={tok.dep_}")
                    f.append(f"path={_path(tok, ptok)}")
                    f.append(f"dist={_bucket(abs(tok.i - ptok.i))}")
                    f.append("agent_first" if tok.i < ptok.i else "agent_after")
                    if gov is not None:
                        agov = _governor(tok)
                        if agov is not None and agov.i == gov.i:
                            f.append(f"same_verb_{tok.dep_}")
                            f.append(f"same_verb_{tok.dep_}_{gclass}")
                        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i == gov.i:
                            f.append("by_agent")
                    f.append(f"atype_src={ent.type}_{src}_{gclass}")
                else:
                    f.append(f"atype_src={ent.type}_{src}_{gclass}")
                st = linked.get(key, status)
                out.append(Pair(ent, pol, tuple(sorted(set(f))), st, glemma,
                                (sent.start_char, sent.end_char), m.start, m.end))
    return out


def pair_features(cands: list[Pair]) -> list[Pair]:
    """One candidate per (agent, policy) entity pair: the union of its mentions' features (the gold says who
    announced what in the document, not in which sentence), with the number of sentences they share; the
    status, cue and place come from its first mention under an announce verb, else its first mention."""
    groups: dict[tuple[str, str], list[Pair]] = {}
    for p in cands:
        groups.setdefault((p.agent.id, p.policy.id), []).append(p)
    out = []
    for ps in groups.values():
        feats = set().union(*(p.feats for p in ps))
        near = sum(1 for p in ps if "src=name" in p.feats or "src=pronoun" in p.feats)
        feats.add(f"sents={_bucket(near) if near else 0}")
        lead = next((p for p in ps if "govc=announce" in p.feats and ("src=name" in p.feats or "src=pronoun" in p.feats)),
                    next((p for p in ps if "govc=announce" in p.feats), ps[0]))
        out.append(lead._replace(feats=tuple(sorted(feats))))
    return sorted(out, key=lambda p: (p.start, p.agent.id, p.policy.id))


def score_pairs(builder: Any) -> list[Pair]:
    """The pairs to link (best first, one per entity pair), or, while collecting, none (the candidates are
    recorded with the names of both ends, for training)."""
    if _COLLECT:
        cands = pair_features(candidates(builder))
        _COLLECT[-1].append({"doc": builder.doc_id, "pairs": [
            {"agent": [p.agent.name, *sorted(p.agent.aliases)], "policy": [p.policy.name, *sorted(p.policy.aliases)],
             "agent_id": p.agent.id, "policy_id": p.policy.id, "feats": list(p.feats)} for p in cands]})
        return []
    model = _current()
    if model is None:
        return []
    scored = [(model.score(p.feats), p) for p in pair_features(candidates(builder))]
    return decide(scored, model.threshold, model.meta.get("decision", "pair"))


def decide(scored: list[tuple[float, Pair]], threshold: float, decision: str = "pair") -> list[Pair]:
    """The pairs to link among scored candidates (one per entity pair), best first.

    ``pair``: every pair at or above the threshold. ``policy``: each Policy that no frame links gets its single
    best-scoring agent when that score reaches the threshold (a careful reader names one announcer per measure;
    a minister's department is added afterwards by ``on_behalf`` when the text has it acting)."""
    ranked = sorted(scored, key=lambda sp: (-sp[0], sp[1].start, sp[1].agent.id))
    if decision != "policy":
        return [p for s, p in ranked if s >= threshold]
    framed = {p.policy.id for _, p in ranked if "rule_link" in p.feats}
    best: dict[str, Pair] = {}
    for s, p in ranked:
        if s >= threshold and p.policy.id not in framed and p.policy.id not in best:
            best[p.policy.id] = p
    return list(best.values())
