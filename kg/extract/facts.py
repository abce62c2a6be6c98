"""Small immutable facts that extraction rules yield from a spaCy ``Doc``.

Rules are pure generator functions ``Doc -> Iterator[Fact]``; they speak in
character spans of the cleaned text. :func:`kg.extract.extract_facts` resolves
those spans to entities (aliases, pronouns, registry) and turns the facts into
:class:`kg.model.Node` and :class:`kg.model.Link` objects with provenance.
"""
from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """Character offsets ``[start, end)`` into the cleaned document text."""

    start: int
    end: int


class StatisticFact(NamedTuple):
    """A figure reported in the text: ``4,151 weapons sweeps`` -> value 4151, unit count."""

    span: Span  # the figure's own words, e.g. "more than 2,000 suspects"
    sentence: Span
    value: float | int
    unit: str  # count, percent, GBP, USD, EUR, ...
    measure: str | None  # what is counted: "weapons sweeps", "violence-related deaths"
    period: str | None = None  # "this year", "2017", "since April", "year ending March 2023"
    place: str | None = None  # a place named for the figure ("London"); resolved to a Place node if one matches
    change: str | None = None  # "up", "down", "rise", "fall" for a change rather than a level
    qualifier: str | None = None  # "more than", "as much as", "about", ...
    source: Span | None = None  # who reported it, when the rule can see it (speaker or reporting body)


class PolicyFact(NamedTuple):
    """A mention of a policy, tactic, programme, strategy, law, fund, initiative or named operation."""

    span: Span
    name: str  # canonical name, e.g. "armed foot patrols", "Offensive Weapons Act 2019"
    sentence: Span
    aliases: tuple[str, ...] = ()  # other surface forms of this mention, e.g. ("targeted stop and search",)


class RelationFact(NamedTuple):
    """An ANNOUNCED or OVERSEES frame between two spans; ends are resolved to nodes later.

    ``target_kind`` says what the target span is when it is not already a known entity:
    "Policy", "Organisation", "Place", "Person" (only a named person), or "Force": the words name a force's
    people ("these officers") and the target is the one police force the story names; or "Kept": a policy noun
    phrase the rules did not take (``the Rescue and Response project``), linked only to the Policy the learned
    scorer kept over it, never made a node of its own.
    """

    type: str  # "ANNOUNCED" | "OVERSEES"
    #: an empty span (OVERSEES only: "HMP Lewes was inspected in January") names no agent: the document's
    #: publisher is meant, when it is an oversight body
    agent: Span
    target: Span
    target_kind: str
    sentence: Span
    cue: str  # the verb lemma or phrase: "launch", "set up", "oversee", "which oversees"
    #: ANNOUNCED only: what the text says was done with the measure: "announced" (launched, funded, set up ...),
    #: "considered", "proposed", "planned", "rejected" or "denied".
    status: str = "announced"


class QuoteFact(NamedTuple):
    """Direct or reported speech and its attribution."""

    quote: Span  # the quoted or reported words (without the quote marks)
    speaker: Span | None  # the words naming the speaker (a name, a pronoun, "the Commissioner")
    cue: str  # "say", "stress", "according to", "tell", ...
    direct: bool
    sentence: Span  # the whole attribution sentence (may span several sentences for long quotes)
    #: a quotation split around its attribution (``"We will not rest," she said, "until ..."``): its parts, in
    #: order; ``quote`` then runs from the first part's start to the last part's end
    parts: tuple[Span, ...] = ()


class RoleFact(NamedTuple):
    """A person holding a post: ``Met Police Assistant Commissioner Sir Stephen House``."""

    person: Span
    title: str  # "Assistant Commissioner"
    organisation: Span | None
    sentence: Span


class PolicyStatusFact(NamedTuple):
    """A policy the text reports as only considered, proposed, planned or rejected, with nobody named as doing so:
    ``ahead of the introduction of a criminal justice bill`` (proposed), ``plans for a national register``."""

    span: Span  # the policy's words
    sentence: Span
    status: str  # "considered" | "proposed" | "planned" | "rejected"
    cue: str  # the word the status is read from: "introduction", "plan", "proposed", "consider"
