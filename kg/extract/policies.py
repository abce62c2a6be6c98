"""Policies, and the ANNOUNCED / OVERSEES frames around them.

Three pure generators over a parsed spaCy ``Doc`` (data in ``kg/data/policy_lexicon.json``):

:func:`find_policies` yields a :class:`~kg.extract.facts.PolicyFact` for every mention of a tactic,
programme, strategy, law, fund, scheme, initiative or named operation. Mentions come from four patterns:

* **named policies** -- a title-case name around a policy keyword, read from the dependency subtree of
  the keyword: ``Serious Violence Strategy``, ``Offensive Weapons Act 2019``, ``Code of Practice for
  Official Statistics``, ``Crime Survey for England and Wales``; keywords that lead a name
  (``Operation Sceptre``, ``Project Safe Neighborhoods``); LAW entities naming an act, bill or code.
* **tactic terms** -- ``stop and search`` (also hyphenated, also as a modifier: ``targeted
  stop-and-search operations``), ``stop and frisk``, ``hot spot policing``, ... from the lexicon.
* **common-noun policies** -- a policy head noun (patrols, strategy, programme, initiative, scheme,
  fund, funding, campaign, crackdown, plan, project, ...) with at least one defining modifier
  (``armed foot patrols``, ``surge funding``, ``serious violence fund``) or with a purpose clause
  (``projects to combat youth violence``, ``campaign to scale back stop and search``). A head with only
  generic modifiers (``additional funding``, ``targeted patrols``) is no policy name.
* **frame objects** -- the object of an announce/launch/introduce/use verb whose head is a weaker
  policy noun (``approach``, ``measures``, ``review``, ``powers``, ...) with a defining modifier;
  also the object of fund / invest / build (``will also fund youth clubs``), except when the verb only
  says who is helped (``it will help them fund patrols``).
* **funding, spending, capital projects, equipment, registers** -- a sum's funding noun
  (``£20 million of funding``: name = the sum and the noun, span also covers a purpose clause);
  ``funding``/``expenditure``/``spending`` defined by a preposition with a bare object (``extra funding
  for police forces``; not ``funding for the most affected forces``); capital heads (``capital_heads``:
  prison, jail, ...) with ``new`` or the object of a present/future build verb (span ``building new
  prisons``, name ``new prisons``); equipment heads (``equipment_heads``) with a defining modifier as the
  object of a use/install/fund/buy verb (``body scanners``, ``phone-blocking technology``); registers
  and databases defined by ``of`` (``a national register of dangerous dog owners``).

* **acronym-named programmes** -- ``the Gun Involved Violence Elimination (GIVE) program``: a title-case long form
  whose initials hold the acronym in order, the bracketed acronym and a policy noun; the long form and the
  acronym are aliases. An acronym no recogniser took for a body, before a policy noun, names that policy
  (``our existing PEEL inspections`` -> ``PEEL``).
* **mentions of a named policy** -- a name inside a longer mention is also a (nested) mention of that policy
  (``This latest Project Safe Neighborhoods grant`` mentions the programme); a mention that is only a named
  policy (or the name without its policy noun: ``Safer Streets funding``) and a generic head refers back: to
  the funding of that kind whose words hold the name (``$9m in grants to support Project X``), else to the
  named policy itself. A sum before fund/pot/package names it (``a £100 million fund to tackle ...`` ->
  ``£100 million fund``); a capital project keeps its proper-named site (``a new prison at Glen Parva``).

Title-case names take a title-case number word (``First Step Act``), an eponym (``Clare's Law``), ``and``
inside a law's title even where the parse coordinates (``Victims and Prisoners Bill``), and ignore the
recogniser calling the title a person (``Comprehensive Anti-Violence Strategy``). Generic references are no
policy: determiner or generic modifiers only (``the initiative``, ``a joint operation``, ``the pilot scheme``),
a possessive pronoun with descriptive modifiers (``our crime reduction strategy``), a partnership between
bodies, people funded (``to fund outreach workers``) and the objects of subjectless gerunds that describe
goals. Title-case names drop only announcement words from their front (``New``, ``Latest``, ``Proposed``; not
``National``), run across capitalised prepositions and possessives (``Independent Review into
Children's Social Care``, ``... Violence Against Older People Strategy``), and take the recogniser's
whole entity when the parse splits a long title.

``PolicyFact.span`` is the surface form without determiners or possessors; ``PolicyFact.name`` is the
canonical form: determiners, possessives, figures and generic modifiers (``targeted``, ``additional``,
``new``) stripped, common nouns in lower case, tactic spellings unified (``stop-and-search`` ->
``stop and search``). ``PolicyFact.aliases`` holds the surface form when it differs from the name.

:func:`find_relations` yields :class:`~kg.extract.facts.RelationFact` frames:

* ``ANNOUNCED`` -- announce, launch, unveil, introduce, earmark, consider, propose, fund, allocate,
  create, establish, form, set up, roll out, step up, bring in, ... (``announce_verbs``). Targets are
  the direct object, the subject of a passive, the object of a controlled verb (``is considering using
  X`` -> X), the ``of`` object of a use/creation noun (``step up their use of X``, ``with the creation
  of X``), the purpose of a sum (``£7m has been earmarked for X`` -> X), and the noun modified by a
  participle (``the fund announced by the government``, ``a campaign led by X``, ``the unit, set up by
  X``), the ``to`` object of commit/pledge (``has committed to a youth justice strategy``) and, when an
  announce/confirm/unveil verb has no object, any policy named in its ``that`` clause (``X announced at
  the conference that forces would receive £20m from the Safer Streets Fund``). A target is kept when
  it is a policy mention (``target_kind="Policy"``) or, for creation verbs, an organisation
  (``Organisation``: an ORG entity or a head such as taskforce, team, unit; a possessor inside the
  object is not the target: ``set up the NCA's new fraud cell`` -> ``new fraud cell``). The agent is
  always the subject (or ``by`` agent) of the verb, never an organisation inside the object.
  Lists: ``announced the following efforts: A; B; and C`` (the items are read from the semicolons, since the
  parser hangs later items inside earlier ones); a name's subtitle after a colon is not a second target.
  Directions: ``directed all U.S. Attorneys to host X`` (direct, instruct, order, task, require + a set-up verb).
  Sums: ``announced over $12 million in grant funding`` / ``the release of $30 million in grants to support X``
  make the funding noun (with its defining words or purpose) a frame object; ``awarded grants ... under / through
  / from the X initiative`` also targets the scheme. ``a consultation on proposals to X`` keeps X ``proposed``.
  A body's new unit (``the Met's new Violent Crime Taskforce``) was set up by the body.
* ``OVERSEES`` -- oversee, scrutinise, inspect, investigate, regulate, monitor, supervise, audit,
  ``hold X to account``, ``responsible for overseeing X``, nominals (``Our investigation into X``,
  ``an inspection of X by Y``) and watchdog nouns (``Y, the watchdog for X``). Investigation-type cues
  need an organisation in the target (one frame per ORG entity in it: ``allegations ... within the
  MPS's Directorate of Professional Standards`` -> MPS and DPS). A target ``X's Y`` where X is a place
  or organisation becomes X (``oversees London's security arrangements`` -> ``London``, ``Place``); a possessor
  that refers back (``its employees``, ``the force's handling``) is a span the resolver maps to the body named
  before it. An oversight nominal with no agent of its own is the committee's when the testimony is given
  ``before`` it (``Statement of X before the Senate Committee on the Judiciary concerning "Oversight of the
  DEA"``). Also: evaluate and grade (assessment), ``reviews of X`` / ``an inquiry of X`` with an agent, ``X is
  subject to oversight by Y``, ``X is accountable / answerable to Y``, evidence from an official named in
  apposition (the person), a prison named after its town (``HMP Exeter``) as a body, and an oversight nominal
  with no object that names a remit (``we need the records to perform our oversight responsibilities``: target
  kind ``Remit``, resolved to the department whose inspector general speaks). A passive with no agent
  (``HMP Lewes was inspected in January``) gives an empty agent span: the builder takes the document's
  publisher, only when that is an oversight body.

Agent-span conventions (for the resolver):

* the span covers the words naming the agent: a PERSON/ORG/GPE/NORP entity containing the subject's
  head, else the subject's noun phrase without determiner, appositions or clauses
  (``Khan's City Hall office``); ``the home secretary, Theresa May`` gives the named person;
* relative pronouns are resolved here: ``X, which oversees Y`` gives X's span;
* a pronoun subject inside the complement of a speech verb with a named subject is resolved here to
  that subject (``Scotland Yard said it is considering ...`` -> ``Scotland Yard``);
* a passive with no ``by`` agent inside the complement of a speech verb takes the speaker
  (``X added that £7m has been earmarked for Y`` -> X);
* any other pronoun stays a pronoun span (``we``, ``our``, ``he``, ``it``): the resolver maps it to the
  quote's speaker (or the speaker's organisation for ``we``/``our``); an unquoted ``we`` is the body a
  sentence before names as subject while calling itself ``we``/``our`` (``The Justice Department is leaving no
  stone unturned in our efforts ... We have set up strike forces``), else the publishing organisation;
* coordinated subjects or objects give one frame per conjunct.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.extract.facts import PolicyFact, RelationFact, Span
from kg.extract.entities import Sentences, doc_sents, doc_text, doc_words, headline_lines
from kg.extract.lexicon import registry, titles
from kg.extract.quotes import trailing_clause
from kg.extract.statistics import _sent_ents, ent_bounds, name_span

__all__ = ["find_policies", "find_relations"]

_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_CONNECTORS = frozenset({"of", "for", "and", "on", "against", "&", "to", "in", "into"})
#: words dropped from the front of a title-case name ("New Knife Crime Strategy"); "National" stays
_TITLE_ENTS = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
_NAME_END_HEADS = frozenset({"strategy", "plan", "programme", "program", "initiative", "scheme", "fund", "campaign",
                             "review", "inquiry", "framework", "charter", "pledge", "policy"})
_NAME_DROP = frozenset({"new", "latest", "proposed", "planned", "revised", "updated", "current", "existing",
                        "additional", "extra", "tougher", "draft", "forthcoming", "upcoming"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLIMB_DEPS = frozenset({"xcomp", "pcomp", "acomp", "conj", "advcl", "prep", "aux"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "this", "these", "them", "its", "their", "our", "us",
                       "his", "her"})
_SPEECH = frozenset({"say", "add", "tell", "state", "announce", "confirm", "explain", "stress", "warn",
                     "insist", "note", "claim", "reveal", "report", "emphasise", "emphasize", "argue"})
_WEAK_MODIFIERS = frozenset({"police", "government", "federal", "state", "council", "force", "forces",
                             "home", "office", "public", "city"})
_FRAME_EXTRA_HEADS = frozenset({"approach", "deployment", "review", "inquiry", "consultation", "power", "measure",
                                "intervention", "partnership", "framework", "guidance", "protocol",
                                "trial", "tactic", "investment", "order", "regime", "assessment", "inspection",
                                "model", "system", "programme", "scheme"})
_CREATION = frozenset({"set up", "create", "establish", "form", "launch", "found", "unveil", "announce",
                       "introduce", "begin", "start"})
_CLAUSE_CUES = frozenset({"announce", "unveil", "pledge", "promise", "confirm", "reveal", "set out"})
_SCALE_WORDS = frozenset({"million", "billion", "thousand", "m", "bn", "k", "hundred"})
_LIGHT_HEADS = frozenset({"approach", "model", "regime", "framework"})


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    data = json.loads((_DATA_DIR / "policy_lexicon.json").read_text(encoding="utf-8"))
    out: dict[str, Any] = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}
    out["headline_verbs"] = out["announce_verbs"] | out["oversee_verbs"] | _SPEECH  # (for _verbish, made once)
    # the lookahead on first letters lets the scan skip most positions without trying every term
    terms = data["tactic_terms"]
    firsts = "".join(sorted({t[0].lower() for t in terms} | {t[0].upper() for t in terms}))
    alternatives = sorted((re.escape(t).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") for t in terms),
                          key=len, reverse=True)
    out["tactic_re"] = re.compile(
        r"\b(?=[" + re.escape(firsts) + r"])(" + "|".join(alternatives) + r")(?:e?s)?\b", re.IGNORECASE)
    return out


class _Index(NamedTuple):
    """Token positions worth a look, found in one pass over the document."""

    sents: list[SpacySpan]
    named: list[int]  # title-case policy keywords
    common: list[int]  # policy head nouns
    verbs: list[int]  # announce / oversee verbs
    nominals: list[int]  # investigation, watchdog, ...
    law: list[int]  # tokens of LAW entities


_LAST_INDEX: list[Any] = [None, None]  # the document last indexed and its index


def _index(doc: Doc) -> _Index:
    if _LAST_INDEX[0] is not doc:
        _LAST_INDEX[:] = [doc, _build_index(doc)]
    return _LAST_INDEX[1]


#: Verbs of carrying out a measure someone else announced: no ANNOUNCED frame of their own.
_CARRYING_OUT = frozenset({"implement", "deliver", "lead", "build", "construct"})
#: Verbs of spending on something: a frame only when what is paid for is named.
_SPENDING = frozenset({"provide"})


#: A sum of money that opens a target: "will provide £12 million of funding to expand drug testing" is a concrete
#: measure (guideline 4), whatever its case.
_CURRENCY = re.compile(r"[$£€]\s?\d")


def _titled(text: str) -> bool:
    """Two or more capitalised words: a name (``Cashback for Communities``), not a description."""
    return sum(1 for w in text.split() if w[:1].isupper()) >= 2


_LAST_FOUND: list[Any] = [None, None, None]  # the document last analysed, its policy mentions and frames


def _found(doc: Doc) -> tuple[list[_Policy], list[Any]]:
    """Policy mentions and announce/oversee frames, worked out once per document for both finders."""
    cached = _LAST_FOUND
    if cached[0] is doc:
        return cached[1], cached[2]
    idx = _index(doc)
    policies = _policies(doc, idx)
    outer = [p for p in policies if not p.nested]  # frames read each mention once, by its outermost span
    frames = list(_frames(doc, outer, idx, [p for p in policies if p.nested]))
    # "the force is implementing / delivering / leading the plan": carrying a measure out is not announcing,
    # launching, funding or directing it (guideline 9)
    frames = [(r, p) for r, p in frames if not (r.type == "ANNOUNCED" and r.cue in _CARRYING_OUT)]
    # "provides support to victims", "providing new funding to expand services": money put into something the text
    # does not name is no funded programme; a named one is ("provides £4m for the Cashback for Communities
    # programme"), and so is a sum ("will provide £12 million of funding to expand drug testing")
    frames = [(r, p) for r, p in frames if not (r.type == "ANNOUNCED" and r.cue in _SPENDING and
                                                 not _titled(doc_text(doc)[r.target.start:r.target.end]) and
                                                 not _CURRENCY.match(doc_text(doc)[r.target.start:r.target.end]))]
    # "revealed there will be £1.5m for the X Fund": what a sum is revealed for counts only when it is named
    frames = [(r, p) for r, p in frames if not (r.type == "ANNOUNCED" and r.cue == "reveal" and
                                                 not _titled(doc_text(doc)[r.target.start:r.target.end]))]
    # "announced the Department's Comprehensive Strategy": an owner only where no one else is said to announce it
    others = {r.target for r, _ in frames if r.type == "ANNOUNCED" and r.cue != "own"}
    frames = [(r, p) for r, p in frames if r.cue != "own" or r.target not in others]
    frames += list(_headline_frames(doc, outer, frames))
    _LAST_FOUND[:] = [doc, policies, frames]
    return policies, frames


#: Headline verbs of announcing, in title case: "Justice Department Announces Safe Schools Partnership Program".
_HEADLINE_CUE = re.compile(r"\s(Announces?|Launch(?:es)?|Unveils?|Introduces?|Awards?|Expands?|Pledges?|Commits? to|"
                           r"Sets? Up|Establish(?:es)?|Creates?|Funds?|Invests? in|Rolls? Out|Proposes?|Considers?)\s")
_MONEY_WORDS = re.compile(r"[$£€]\s?\d|\b(?:Million|Billion|Grants?|Funding)\b")
_HEADLINE_STATUS = {"propose": "proposed", "proposes": "proposed", "consider": "considered", "considers": "considered"}
_HEADLINE_AGENTS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _headline_frames(doc: Doc, policies: list[_Policy], frames: list[Any]) -> Iterator[tuple[RelationFact, _Policy | None]]:
    """``X Announces Y`` in a title-case headline: each body or person before the verb announced each policy
    after it (the parse of title-case lines is unreliable, so this reads the line's words)."""
    text = doc_text(doc)
    done = {(r.type, r.target) for r, _ in frames}
    spans = [(p, _span(doc, p)) for p in policies]
    for start, end in headline_lines(text):
        line = text[start:end]
        m = _HEADLINE_CUE.search(line)
        if m is None or m.start() == 0:
            continue
        verb_at, after = start + m.start(1), start + m.end()
        cue = m.group(1).split()[0].lower()
        targets = [(p, sp) for p, sp in spans if after <= sp.start and sp.end <= end
                   and not (cue.startswith(("award", "fund", "invest")) and _MONEY_WORDS.search(text, after, sp.start))]
        body = _headline_body(text, after, end) if cue in _HEADLINE_SETUP and not targets else None
        if not targets and body is None:  # "Awards $17.5 Million to Support X": the grants are the measure
            continue
        status = _HEADLINE_STATUS.get(cue, "announced")
        agents, pos = [], start
        left = text[start:verb_at]
        for piece in _HEADLINE_AGENTS.split(left):
            at = left.find(piece, pos - start) if piece else -1
            if piece.strip() and at >= 0:
                a = start + at + (len(piece) - len(piece.lstrip()))
                agents.append(Span(a, start + at + len(piece.rstrip())))
                pos = start + at + len(piece)
        for p, sp in targets:
            if ("ANNOUNCED", sp) in done:
                continue
            for agent in agents:
                yield RelationFact("ANNOUNCED", agent, sp, "Policy", Span(start, end), _headline_lemma(cue), status), p
        if body is not None and ("ANNOUNCED", body) not in done:
            for agent in agents:  # "Justice Department Launches Firearms Trafficking Strike Forces"
                yield RelationFact("ANNOUNCED", agent, body, "Organisation", Span(start, end), _headline_lemma(cue),
                                   status), None


#: Headline verbs of setting something up: a body named after them was set up by the headline's subject.
_HEADLINE_SETUP = frozenset({"launch", "launches", "establish", "establishes", "create", "creates", "set", "sets",
                             "unveil", "unveils", "announce", "announces"})
_TITLE_WORD = re.compile(r"[A-Z][\w\u2019'&.-]*")


def _headline_body(text: str, after: int, end: int) -> Span | None:
    """The title-case run right after a headline's set-up verb when it names a body (its last word is a body noun:
    ``Launches Firearms Trafficking Strike Forces to ...``, ``Announces New Rural Crime Unit``); None otherwise."""
    heads = _lex()["organisation_heads"]
    words = []
    pos = after
    while pos < end:
        m = _TITLE_WORD.match(text, pos)
        if m is None or m.end() > end:
            break
        words.append(m)
        pos = m.end()
        while pos < end and text[pos] == " ":
            pos += 1
    while words and (words[0].group().lower() in _NAME_DROP or words[0].group().lower() in _NUMBER_WORDS):
        words.pop(0)  # "Launches New Task Force", "Launches Five Strike Forces"
    if len(words) < 2 or len(words) > 8:
        return None
    last = words[-1].group().lower().rstrip(".")
    single = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    two = f"{words[-2].group().lower()} {single}"
    if single not in heads and two not in heads or single in {"police", "service", "office", "department", "body",
                                                               "group", "authority", "constabulary", "partnership"}:
        return None  # a force, an office or a department is not set up by a headline
    if any(registry().lookup(text[w.start():words[-1].end()]) is not None for w in words):
        return None  # a body that exists already: "Announces Metropolitan Police Task Force Results"
    return Span(words[0].start(), words[-1].end())


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an", "the",
                           "its", "their"})


def _headline_lemma(word: str) -> str:
    """``launches`` -> ``launch``, ``announces`` -> ``announce``."""
    if word.endswith(("ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_INDEX_WORDS: list[Any] = [None, None]  # the lexicon the index's word sets were made from, and those sets


def _index_words(lex: dict[str, Any]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The head nouns, verbs and nominals the index looks for (made once per lexicon, not per document)."""
    if _INDEX_WORDS[0] is not lex:
        heads = lex["policy_heads_strong"] | _FRAME_EXTRA_HEADS | {"pilot", "framework", "charter"} | \
            {h.split()[-1] for h in lex["capital_heads"] | lex["equipment_heads"]} | _MEASURE_NOUNS | {"grant"}
        verb_lemmas = lex["announce_verbs"] | lex["oversee_verbs"] | set(lex["announce_phrasal"]) | \
            {"hold", "make", "hear", "take", "assure", "ensure", "add"} | _DIRECTING | _MULTIPLYING | \
            _SCRUTINY_VERBS | _MONEY_SUBJECT_VERBS | _WITNESS_VERBS | _VISIT_VERBS | _HANDING_OUT | _ENTRUSTING | \
            {"reveal", "sign", "publish", "release"}
        noms = lex["oversee_nominals"] | lex["oversee_nouns"] | _INQUIRY_NOUNS | {"hearing"}
        _INDEX_WORDS[:] = [lex, (frozenset(heads), frozenset(verb_lemmas), frozenset(noms))]
    return _INDEX_WORDS[1]


def _build_index(doc: Doc) -> _Index:
    lex = _lex()
    named, common, verbs, nominals, law = [], [], [], [], []
    heads, verb_lemmas, noms = _index_words(lex)
    words = doc_words(doc)  # (plain lists: a Token per word and a string lookup per attribute cost more)
    lemmas, ents, lowers, titled = words.lemma_lower, words.ent_type, words.lower, words.is_title
    named_heads = lex["policy_heads_named"]
    for i, pos in enumerate(words.pos):
        if pos == "VERB":
            if lemmas[i] in verb_lemmas:
                verbs.append(i)
            continue
        if pos not in {"NOUN", "PROPN"}:
            if ents[i] == "LAW":
                law.append(i)
            continue
        lemma = lemmas[i]
        if lowers[i] in named_heads and titled[i]:
            named.append(i)
        if pos == "NOUN" and lemma in heads:
            common.append(i)
        if lemma in noms and (pos == "NOUN" or titled[i] and i + 1 < len(lowers) and lowers[i + 1] in ("of", "into")):
            nominals.append(i)
        if ents[i] == "LAW":
            law.append(i)
    return _Index(doc_sents(doc), named, common, verbs, nominals, law)


def _within(ids: list[int], sent: SpacySpan) -> list[int]:
    return ids[bisect_left(ids, sent.start):bisect_left(ids, sent.end)]


class _Policy(NamedTuple):
    start: int  # token offsets of the surface mention
    end: int
    name: str
    frame_only: bool = False
    aliases: tuple[str, ...] = ()  # other names of the same policy the mention gives (a long form, an acronym)
    nested: bool = False  # a name inside a longer mention ("Project Safe Neighborhoods" in "... grant")


# --------------------------------------------------------------------------- policy mentions


def _is_titleish(t: Token) -> bool:
    return (t.is_title or (t.is_upper and len(t) > 1) or t.like_num) and t.pos_ in {"PROPN", "NOUN", "NUM", "ADJ"}


def _verbish(word: str) -> bool:
    """A title-case headline verb: ``Launches``, ``Announces``, ``Unveils``, ``Says``."""
    verbs = _lex()["headline_verbs"]
    return word.endswith("s") and (word[:-1] in verbs or word[:-2] in verbs)


def _misread_ent(p: Token) -> bool:
    """A title-case word the recogniser put in one entity with a headline verb before it (``Garland Announces
    Violent Crime Reduction`` as one ORG): the words after the verb are not that entity."""
    b = ent_bounds(p)
    return b is not None and any(_verbish(x.lower_) and x.is_title for x in p.doc[b[0]:p.i])


def _cut_name(p: Token, head: Token) -> bool:
    """A title-case ORG the recogniser ended right before a programme's head noun (``New Safer Communities`` +
    ``Initiative``): the words are the programme's name, not a body (no body noun among them)."""
    b = ent_bounds(p)
    if b is None or p.ent_type_ != "ORG" or b[1] > head.i or b[1] < head.i - 1:
        return False
    words = p.doc[b[0]:b[1]]
    heads = _lex()["organisation_heads"]
    return all(_is_titleish(x) or x.lower_ == "the" for x in words) and \
        not any(x.lower_ in heads or x.lower_ in {"police", "constabulary"} for x in words)


_OPEN_QUOTES = frozenset({'"', "\u201c", "\u2018", "'"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})


def _quoted_names(doc: Doc, sent: SpacySpan) -> Iterator[_Policy]:
    """A programme's name in quotation marks that ends in a policy word: ``DEA Launches "360 Strategy" in
    Albuquerque``, ``the "Safe at Home Plan"``. The quoted words are the name, numbers included; every word is
    capitalised, a number or a small word inside a name."""
    heads = _lex()["policy_heads_named"]
    text = doc_words(doc).text  # (plain strings: a Token is made only around a quotation mark)
    tokens = doc_words(doc).tokens
    for i in range(sent.start, sent.end - 2):
        if text[i] not in _OPEN_QUOTES:
            continue
        for j in range(i + 2, min(sent.end, i + 10)):
            if text[j] in _CLOSE_QUOTES:
                words = doc[i + 1:j]
                last = words[-1]
                if last.lower_ in heads and last.is_title and len(words) >= 2 and \
                        all(x.is_title or x.is_upper or x.like_num or x.lower_ in _CONNECTORS for x in words) and \
                        not any(x.ent_type_ in {"PERSON", "GPE"} for x in words):
                    yield _Policy(i + 1, j, words.text)
                break
            if tokens[j].is_punct and text[j] not in {"-", "&"}:
                break


#: An ordinal written in figures: "21st", "2nd", "3rd".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _named(doc: Doc, sent: SpacySpan, idx: _Index) -> Iterator[_Policy]:
    lex = _lex()
    for t in (doc[i] for i in _within(idx.named, sent)):
        low = t.lower_
        if low not in lex["policy_heads_named"] or not t.is_title or t.pos_ not in {"PROPN", "NOUN"}:
            continue
        if low == "bill" and t.i > sent.start and doc[t.i - 1].ent_type_ == "TITLE" and t.i + 1 < sent.end and \
                doc[t.i + 1].is_alpha and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].pos_ not in {"VERB", "AUX"}:
            continue  # "Chief Constable Bill Skelly": a post, then the first name Bill and a surname
        b = ent_bounds(t)
        if b is not None and b[1] == t.i + 1 and b[1] - b[0] >= 3 and t.ent_type_ in _TITLE_ENTS and \
                low in _NAME_END_HEADS and not (t.i + 2 < sent.end and doc[t.i + 1].lower_ in _CONNECTORS and
                                                doc[t.i + 2].is_title and not doc[t.i + 2].ent_type_ == "DATE"):
            # "the Tackling Violence Against Women and Girls Strategy": the recogniser saw the whole title
            s0 = b[0] + (1 if doc[b[0]].lower_ == "the" else 0)
            words = doc[s0:b[1]]
            if all(x.is_title or x.is_upper or x.like_num or x.lower_ in _CONNECTORS or x.is_punct for x in words) \
                    and not any(_verbish(x.lower_) for x in words):
                while s0 < t.i and doc[s0].lower_ in _NAME_DROP:
                    s0 += 1
                yield _Policy(s0, b[1], doc[s0:b[1]].text)
                continue
        root = t
        while root.dep_ in {"compound", "nmod"} and root.head.i > root.i and _is_titleish(root.head):
            root = root.head  # "Project Safe Neighborhoods": the name's head is the last word
        sub = {x.i for x in root.subtree} - {y.i for c in root.children if c.dep_ in {"conj", "appos", "cc", "relcl"}
                                              for y in c.subtree}
        if root.dep_ in {"compound", "nmod"} and root.head.i > root.i and not _is_titleish(root.head):
            # "the Project Safe Neighborhoods program": the name's words are sibling modifiers of a common noun
            sub |= {y.i for c in root.head.lefts if c.dep_ in {"compound", "nmod"} and _is_titleish(c) for y in c.subtree}
        start = t.i
        titled = False  # crossed a capitalised preposition: "... Violence Against Older People Strategy"
        eponym = False  # "Clare's Law": the person the law is named after is part of its name
        while start - 1 >= sent.start:
            p = doc[start - 1]
            if p.is_title and p.pos_ in {"ADP", "CCONJ"} and start - 2 > sent.start and \
                    (low not in lex["name_leading_heads"] or not (t.i + 1 < sent.end and _is_titleish(doc[t.i + 1]))) \
                    and start < t.i and \
                    doc[start - 2].is_title and doc[start - 2].pos_ in {"PROPN", "NOUN"} and not p.ent_type_:
                start -= 1
                titled = True
                continue
            # "the Victims and Prisoners Bill": a law's title runs over "and" even where the parse coordinates
            law_link = low in {"act", "bill"} and p.lower_ in {"and", ",", "&"} and start - 2 >= sent.start and \
                _is_titleish(doc[start - 2]) and doc[start - 2].ent_type_ not in {"PERSON", "GPE", "ORG"} and \
                not doc[start - 2].like_num and doc[start - 2].lower_ not in {"act", "bill", "acts", "bills"}
            # ("the First Step Act and Second Chance Act": two laws, each a policy of its own)
            if law_link:
                start -= 1
                titled = True
                continue
            if p.text in {"'s", "\u2019s"} and low == "law" and start == t.i and start - 2 >= sent.start and \
                    doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN":
                start -= 2  # "Clare's Law", "Megan's Law": a law named after a person
                eponym = True
                continue
            if p.text in {"'s", "\u2019s"} and low in _OFFICE_SCHEMES and _is_titleish(doc[start]) \
                    and start - 2 >= sent.start:
                owner = _post_before(doc, p.i, sent.start)
                if owner is not None:
                    start = owner  # "the Commissioner's Safety Fund", "the Director General's Commendation": the
                    eponym = True  # post that gives it is part of its name (a body or a named person is not)
                    break
            if p.i in sub and start < t.i and _ORDINAL.fullmatch(p.text) and _is_titleish(doc[start]):
                start -= 1  # "the 21st Century Cures Act": an ordinal that opens the title
                break
            if start < t.i and p.text.isdigit() and len(p.text) <= 3 and t.tag_ in {"NN", "NNP"} and \
                    doc[start].is_title and (p.i == sent.start or doc[p.i - 1].lower_ in _NAME_DETERMINERS):
                start -= 1  # "the 15 Most Wanted Fugitive Program", "the 10 Prisons Project": a number opens the name
                break
            if (p.i not in sub and not (titled and p.is_title and p.pos_ in {"PROPN", "NOUN", "ADJ"}))\
                    or (p.like_num and not (p.is_title and p.is_alpha)) or p.lower_ in _SCALE_WORDS or p.pos_ in {"VERB", "AUX"} or \
                    _verbish(p.lower_) or \
                    (p.ent_type_ in {"ORG", "PERSON", "GPE"} and p.ent_type_ != t.ent_type_ and not _misread_ent(p)
                     and not _cut_name(p, t)):
                break  # headline words: "Home Office Launches New Knife Crime Strategy"
            if _is_titleish(p) and p.lower_ not in {"the"}:
                start -= 1
            elif p.is_title and p.pos_ == "ADV" and p.i in sub and start < t.i and p.head.i >= start:
                start -= 1  # "the Most Wanted Fugitive Program": a capitalised adverb inside the name
            elif p.text == "-" and not p.whitespace_ and start - 2 >= sent.start and \
                    _is_titleish(doc[start - 2]) and not doc[start - 2].whitespace_:
                start -= 1  # "Anti-Violence Strategy"
            elif (p.lower_ in {"and", "&", "of", "for", "against", "into", "on"} or
                  (p.text == "," and low in {"act", "bill"})) \
                    and start - 2 >= sent.start and _is_titleish(doc[start - 2]) and doc[start - 2].i in sub:
                start -= 1
            else:
                break
        while start < t.i and doc[start].pos_ in {"ADP", "CCONJ"}:
            start += 1
        end = t.i + 1
        while end < sent.end:
            n = doc[end]
            if n.i not in sub and not (n.like_num and n.head.i == t.i):
                break
            if n.text == "To" and end + 1 < sent.end and _is_titleish(doc[end + 1]) and end > t.i + 1 \
                    and doc[end + 1].ent_type_ not in {"GPE", "LOC", "FAC"}:
                break  # a headline's "Operation Lantern To Tackle Shoplifting": the name ends at its purpose
            if _is_titleish(n):
                end += 1
            elif n.text in {"'s", "\u2019s"} and end + 1 < sent.end and _is_titleish(doc[end + 1]) and \
                    _is_titleish(doc[end - 1]):
                end += 1  # "Review into Children's Social Care"
            elif end + 1 < sent.end and ((n.lower_ in {"in", "at", "across"} and
                                          doc[end + 1].ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"}) or
                                         (n.lower_ == "on" and doc[end + 1].ent_type_ in {"DATE", "TIME"})):
                break  # where or when it runs: "the Safe Streets Initiative in Columbus" names no place
            elif n.lower_ in _CONNECTORS and end + 1 < sent.end and (_is_titleish(doc[end + 1]) or (
                    n.lower_ != "and" and doc[end + 1].lower_ == "the" and end + 2 < sent.end
                    and _is_titleish(doc[end + 2]))):
                end += 2 if doc[end + 1].lower_ != "the" else 3
            else:
                break
        while end - 1 > t.i and doc[end - 1].lower_ in _CONNECTORS:
            end -= 1
        leading = low in lex["name_leading_heads"] and start == t.i and end > t.i + 1
        trailing = start < t.i and all(x.like_num for x in doc[t.i + 1:end])
        framed = start <= t.i and end > t.i + 1 and doc[t.i + 1].lower_ in _CONNECTORS
        if not (leading or trailing or framed):
            continue
        # a person or place inside the name makes it no name ("Smith Review" aside), unless the recogniser
        # took the keyword itself for part of a person ("the Comprehensive Anti-Violence Strategy" as PERSON)
        own = ent_bounds(t) if t.ent_type_ in {"PERSON", "GPE"} else None
        if any(x.ent_type_ in {"PERSON", "GPE"} and not (own and own[0] <= x.i < own[1]) for x in doc[start:end]) \
                and not framed and not leading and not eponym:
            continue
        while start < t.i and doc[start].lower_ in _NAME_DROP:
            start += 1  # "New Knife Crime Strategy" -> "Knife Crime Strategy"
        yield _Policy(start, end, doc[start:end].text)
    for ent in (_sent_ents(sent) if _within(idx.law, sent) else []):
        if ent.label_ == "LAW" and any(x.lower_ in {"act", "bill", "code", "regulations", "order", "law"} for x in ent) \
                and ent[0].lower_ not in {"section", "article", "paragraph", "clause", "part", "schedule", "s."}:
            s = ent.start + (1 if ent[0].lower_ == "the" else 0)
            if s < ent.end:
                yield _Policy(s, ent.end, doc[s:ent.end].text)


#: First words of the posts whose holders sign orders named without them ("the President's Executive Order").
_HEADS_OF_STATE = frozenset({"president", "prime", "king", "queen", "governor"})
#: Heads of the schemes an office gives its name to: "the Commissioner's Community Action Fund", "the Director
#: General's Commendation", "the Attorney General's Award for Distinguished Service". (An order, directive or
#: strategy after a post's possessive is that post-holder's, who issued it: "the Home Secretary's Directive".)
_OFFICE_SCHEMES = frozenset({"fund", "funds", "award", "awards", "commendation", "commendations", "medal", "medals",
                             "prize", "scheme", "grant", "grants", "forum", "forums", "challenge", "trophy"})


def _post_before(doc: Doc, i: int, lo: int) -> int | None:
    """Where a post written out before the possessive at ``i`` starts (``Commissioner``, ``Director General``,
    ``Attorney General``), when the capitalised words before it are one and no name follows the post; else None."""
    lex = titles()
    best = None
    for k in range(i - 1, max(lo, i - 6) - 1, -1):
        w = doc[k]
        if not (w.is_title or w.is_upper):
            break  # (a post with a remit, "the Mayor of London's Transport Strategy", keeps the reading it had)
        if lex.match([x.text for x in doc[k:i]]) is not None:
            best = k
    if best is None or doc[i - 1].ent_type_ == "PERSON" or doc[best].lower_ in _HEADS_OF_STATE:
        return None  # ("the President's Executive Order": a head of state's order is named without its signer)
    if best - 1 >= lo and (doc[best - 1].is_title or doc[best - 1].is_upper) and doc[best - 1].lower_ != "the":
        return None  # a longer post or a body the lexicon does not know ("Independent Anti-Slavery Commissioner's")
    return best


#: Words before a number that opens a programme's name ("the 10 Prisons Project"), not a count of them.
_NAME_DETERMINERS = frozenset({"the", "its", "their", "our", "this", "a", "his", "her", "my"})

#: A possessive inside a title-case name: "Public Safety Officers’ Benefits".
_NAME_POSSESSIVES = frozenset({"'", "\u2019"})
#: Words that may sit inside a title-case long form: "Gang Resistance Education and Training".
_LONG_FORM_LINKS = frozenset({"of", "and", "for", "&", "on", "against", "to", "in"})
#: Policy nouns that follow a bracketed acronym: "the Gun Involved Violence Elimination (GIVE) program".
_ACRONYM_HEADS = frozenset({"program", "programme", "initiative", "strategy", "scheme", "fund", "campaign", "project",
                            "plan", "partnership", "pilot", "grant", "grants", "framework", "model", "approach",
                            "system", "act", "bill", "policy", "task"})


def _long_form(doc: Doc, sent: SpacySpan, end: int, acronym: str) -> int | None:
    """Where the title-case long form that ends at token ``end`` (exclusive) starts, when its first word
    starts with the acronym's first letter ("Drug Abuse Resistance Education" before "(DARE)")."""
    start = end
    while start - 1 >= sent.start:
        p = doc[start - 1]
        hyphened = p.is_title and p.is_alpha and start - 2 >= sent.start and doc[start - 2].text == "-" \
            and not doc[start - 2].whitespace_  # "Evidence-Based", whatever the tagger made of "Based"
        if (_is_titleish(p) or hyphened) and not p.like_num and p.lower_ != "the":
            start -= 1
        elif (p.lower_ in _LONG_FORM_LINKS or p.text == "-" or p.text in _NAME_POSSESSIVES) and \
                start - 2 >= sent.start and start < end and (_is_titleish(doc[start - 2]) or (
                    p.lower_ == "and" and doc[start - 2].text == "," and start - 3 >= sent.start
                    and _is_titleish(doc[start - 3]))):
            start -= 1  # ("Public Safety Officers’ Benefits", "Drug-Free", "Teachers, and Officers")
        elif p.text == "," and start - 2 >= sent.start and _is_titleish(doc[start - 2]) and start < end and \
                any(x.lower_ == "and" for x in doc[start:end]):
            start -= 1  # a list inside the name: "Students, Teachers, and Officers Preventing (STOP) ..."
        else:
            break
    while start < end and (doc[start].lower_ in _LONG_FORM_LINKS or doc[start].text in ("-", ",") or
                           doc[start].lower_ in _NAME_DROP):
        start += 1
    # the acronym's letters are the initials of the name's words, in order (all of them, or those of its tail:
    # "Edward Byrne Memorial Justice Assistance Grant (JAG)"); a name of 2+ words with no date in it
    initials = "".join(x.text[0] for x in doc[start:end] if x.is_alpha and x.lower_ not in _LONG_FORM_LINKS).upper()
    if not _subsequence(acronym.upper(), initials):
        return None
    if end - start < 2 or any(x.ent_type_ == "DATE" for x in doc[start:end]):
        return None
    if _verbish(doc[start].lower_) or any(x.pos_ in {"VERB", "AUX"} and not x.is_title for x in doc[start:end]):
        return None
    return start


def _subsequence(letters: str, within: str) -> bool:
    it = iter(within)
    return all(c in it for c in letters)


def _acronym_named(doc: Doc, sent: SpacySpan) -> Iterator[_Policy]:
    """``the Gun Involved Violence Elimination (GIVE) program``, ``Uniform Crime Reporting (UCR) Program``: a
    title-case long form, its acronym in brackets and a policy noun. The name is the long form and the noun;
    the long form and the acronym are aliases (a later bare ``GIVE`` is the same programme)."""
    text = doc_words(doc).text
    for i in range(sent.start, sent.end - 3):
        if text[i] != "(" or text[i + 2] != ")":
            continue
        acr, head = doc[i + 1], doc[i + 3]
        if not (acr.is_upper and acr.is_alpha and 2 <= len(acr) <= 7):
            continue
        named = _acronym_inside(doc, sent, i)
        if named is not None:
            yield named
            continue
        if head.lower_ not in _ACRONYM_HEADS and head.lower_ not in _INSIDE_HEADS:
            continue  # ("... (EBRR) Programs": a plural names the programme too)
        if head.lower_ == "task":
            continue  # "(X) task force" is a body
        start = _long_form(doc, sent, i, acr.text)
        if start is None:
            continue
        long = doc[start:i].text
        sep = "" if not doc[i - 1].whitespace_ else " "
        yield _Policy(start, i + 4, f"{long}{sep}{head.text}" if sep else f"{long} {head.text}",
                      aliases=(long, acr.text))


#: The last words a name may have past a bracketed acronym inside it: "... (DFC) Support Program".
_INSIDE_HEADS = _ACRONYM_HEADS - {"task", "model", "approach", "system"} | {"programs", "programmes", "initiatives",
                                                                             "schemes", "funds", "projects"}
#: Lower-case policy nouns that may end such a name: "(STOP) School Violence grant program".
_LOWER_TAIL = frozenset({"grant", "grants", "program", "programme", "programs", "programmes", "initiative", "fund",
                         "scheme", "project", "pilot"})


def _acronym_inside(doc: Doc, sent: SpacySpan, i: int) -> _Policy | None:
    """``the Drug-Free Communities (DFC) Support Program``, ``Community Oriented Policing Services (COPS) Hiring
    Program``: a bracketed acronym (at ``i``) inside a title-case name, whose title-case words after the bracket
    end in a policy noun. The name is the long form and those words without the acronym; the acronym form
    (``DFC Support Program``) and the surface with the bracket are aliases."""
    run, end = i + 3, None
    while run < sent.end and run - i <= 7 and doc[run].is_alpha and (
            doc[run].is_title or (doc[run].is_upper and len(doc[run]) > 1)
            or run > i + 3 and doc[run].lower_ in _LOWER_TAIL and (end is None or end == run - 1)):
        # ("Hiring" in "(COPS) Hiring Program", whatever the parser made of it; "(STOP) School Violence grant
        # program": a lower-case policy noun ends the name)
        if (doc[run].is_title or doc[run].is_lower) and doc[run].lower_ in _INSIDE_HEADS:
            end = run  # the last policy noun of the run: "(SVR) Pilot Scheme"
        run += 1
    if end is None or end == i + 3:
        return None  # "Office of Justice Programs (OJP) Director": no policy noun closes the name
    if any(_verbish(x.lower_) or x.ent_type_ in {"PERSON", "GPE", "DATE"} for x in doc[i + 3:end + 1]):
        return None
    # the long form: the title-case words before the bracket (any part of speech: "Oriented"), the first of
    # them where their initials spell the acronym ("the Office of Community Oriented Policing Services (COPS)")
    acr, start, s = doc[i + 1].text.upper(), None, i
    while s - 1 >= sent.start and i - s < 12:
        p = doc[s - 1]
        if p.is_alpha and (p.is_title or p.is_upper) and p.lower_ != "the" and not _verbish(p.lower_):
            s -= 1
        elif (p.lower_ in _LONG_FORM_LINKS or (p.text == "-" and not p.whitespace_) or p.text in _NAME_POSSESSIVES
              or p.text == ",") and s - 2 >= sent.start and (
                doc[s - 2].is_alpha and (doc[s - 2].is_title or doc[s - 2].is_upper)
                or p.lower_ == "and" and doc[s - 2].text == "," and s - 3 >= sent.start and doc[s - 3].is_title):
            s -= 1  # (a possessive, a list: "Students, Teachers, and Officers Preventing (STOP)")
        else:
            break
        words = [x for x in doc[s:i] if x.is_alpha and x.lower_ not in _LONG_FORM_LINKS]
        if doc[s].is_alpha and doc[s].lower_ not in _LONG_FORM_LINKS and \
                "".join(x.text[0] for x in words).upper() == acr:
            start = s
    if start is None or any(x.ent_type_ in {"PERSON", "GPE", "DATE"} for x in doc[start:i]):
        return None
    tail = doc[i + 3:end + 1].text
    long = doc[start:i].text.strip()
    return _Policy(start, end + 1, f"{long} {tail}", aliases=(f"{doc[i + 1].text} {tail}", doc[start:end + 1].text))


#: Policy nouns an acronym before them is the name of: "PEEL inspections", "the CHP grants".
_ACRONYM_MODIFIED = frozenset({"inspection", "assessment", "programme", "program", "initiative", "strategy", "scheme",
                               "grant", "funding", "project", "campaign"})


def _acronym_modifiers(doc: Doc, sent: SpacySpan) -> Iterator[_Policy]:
    """``the PEEL 2018/19 assessment``, ``our existing PEEL inspections``: an acronym that no recogniser took for a
    body or a person, modifying a policy noun, names that policy (the acronym is the mention)."""
    for t in doc_words(doc).tokens[sent.start:sent.end]:
        if not (t.is_upper and t.is_alpha and 2 <= len(t) <= 7) or t.dep_ not in {"compound", "nmod", "amod"}:
            continue
        if t.ent_type_ and not (t.ent_type_ == "ORG" and ent_bounds(t) == (t.i, t.i + 1) and
                                registry().lookup(t.text) is None):
            continue  # "the FBI programme": a known body's programme (a body the mentions keep wins later)
        head = t.head
        if not (0 < head.i - t.i <= 3 and head.pos_ == "NOUN" and head.lemma_.lower() in _ACRONYM_MODIFIED):
            continue
        if any(x.is_upper and x.is_alpha and len(x) > 1 for x in (doc[t.i - 1] if t.i > sent.start else t,
                                                                   doc[t.i + 1]) if x is not t):
            continue  # an upper-case headline, not an acronym
        if any(not (x.like_num or x.is_punct or x.pos_ in {"NUM", "ADJ"}) for x in doc[t.i + 1:head.i]):
            continue
        yield _Policy(t.i, t.i + 1, t.text)


def _tactics(doc: Doc) -> Iterator[_Policy]:
    lex = _lex()
    for m in lex["tactic_re"].finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if any(x.pos_ == "VERB" and any(c.dep_ == "dobj" and not span.start <= c.i < span.end for c in x.children)
               for x in span):
            continue  # "officers stop and search people"; not "police recorded crime" read as a clause
        surface = re.sub(r"[\s-]+", " ", m.group(0).lower())
        canonical = lex["tactic_canonical"].get(surface, surface)
        start, end = span.start, span.end
        heads = [x.head for x in span if x.head.i >= end]
        if heads and heads[0].i == end and heads[0].pos_ == "NOUN":
            end = heads[0].i + 1  # "stop-and-search operations"
        while start - 1 >= 0 and doc[start - 1].dep_ in {"amod", "compound"} and doc[start - 1].head.i >= start \
                and doc[start - 1].head.i < end and doc[start - 1].pos_ in {"ADJ", "VERB", "NOUN"}:
            start -= 1
        yield _Policy(start, end, canonical)


#: Units a number counts inside a name's modifiers: "a 12 week consultation", "a three-year plan".
_COUNTED_UNITS = frozenset({"week", "month", "year", "day", "hour", "point", "step", "stage", "pronged", "tier"})


def _add_modifiers(x: Token, out: list[Token]) -> None:
    """Left modifiers of ``x``, and theirs, into ``out`` (a module-level function: a recursive closure
    would be a reference cycle that keeps the document alive until the garbage collector runs)."""
    for c in x.lefts:
        if c.like_num and c.dep_ in {"nummod", "compound", "amod"} and x.lemma_.lower() in _COUNTED_UNITS \
                and x.i - c.i <= 2:
            out.append(c)  # "a 12 week consultation", "a 10-point plan": the count is part of the name
            continue
        if c.dep_ in {"compound", "amod", "nmod", "npadvmod", "punct"} and not c.like_num and c.pos_ != "SYM" \
                and not (c.lower_ in {"m", "bn", "k", "mn", "million", "billion"} and c.i > 0
                         and c.doc[c.i - 1].like_num):
            if c.dep_ == "punct" and c.text != "-":
                continue
            out.append(c)
            _add_modifiers(c, out)
            if c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and \
                    any(r.dep_ == "conj" and r.pos_ == "NOUN" for r in c.rights):
                # "a consumer and business education campaign", "a knife and gun crime strategy" (nouns: not
                # "state and local partnerships", "digital and workforce reform")
                for r in c.rights:
                    if r.dep_ in {"cc", "conj"} and r.right_edge.i < x.i:
                        out.extend(y for y in r.subtree if y.dep_ != "punct" or y.text == "-")


def _modifiers(t: Token) -> list[Token]:
    out: list[Token] = []
    _add_modifiers(t, out)
    keep = sorted(out, key=lambda x: x.i)
    # only the contiguous block right before the head
    block: list[Token] = []
    pos = t.i
    for x in reversed(keep):
        gap = x.doc[x.i + 1:pos]
        if x.i == pos - 1 or (len(gap) == 3 and gap[0].text == "(" and gap[2].text == ")"):
            block.insert(0, x)  # "integrated PEEL assessment (IPA) approach"
            pos = x.i
    return block


_SCOPE_WORDS = frozenset({"nationwide", "statewide", "citywide", "countywide", "forcewide", "department-wide",
                          "government-wide", "force-wide", "city-wide", "county-wide", "cross-government"})


def _canonical(tokens: list[Token]) -> str:
    lex = _lex()
    while tokens:
        if tokens[0].like_num and len(tokens) > 1 and \
                next((x for x in tokens[1:] if x.text != "-"), tokens[0]).lemma_.lower() in _COUNTED_UNITS:
            break  # "12 week public consultation", "10-point plan"
        if (tokens[0].lower_ in lex["generic_modifiers"] and not (len(tokens) > 1 and tokens[1].lower_ == "to")) \
                or tokens[0].pos_ in {"DET", "PRON", "NUM", "SYM"} \
                or tokens[0].dep_ in {"poss", "case"} or tokens[0].text in {"-", "'s"} or tokens[0].lower_ in _SCOPE_WORDS:
            tokens = tokens[1:]
        elif len(tokens) > 3 and tokens[1].text == "-" and tokens[2].lower_ in {"wide", "level"}:
            tokens = tokens[3:]  # "Department-wide anti-violent crime strategy": the scope is not the name
        else:
            break
    text = ""
    for i, x in enumerate(tokens):
        # a post written with capitals keeps them: "a directive to designate an Opioid Coordinator"
        word = x.text if (x.pos_ == "PROPN" or (x.is_upper and len(x) > 1) or
                          (x.is_title and x.i > x.sent.start and "TITLE" in (x.ent_type_, x.head.ent_type_ if
                                                                              x.dep_ in ("amod", "compound") else "")))\
            else x.lower_
        text += word + ("" if (not x.whitespace_ and i + 1 < len(tokens) and tokens[i + 1].i == x.i + 1) else " ")
    return text.strip(" -")


_BRACKETS = frozenset({"(", ")"})


def _bracketed_name_tail(obj: Token, x: Token) -> bool:
    """``the Violence Reduction Network (VRN) Program`` parsed as an apposition: the acronym and the noun
    after it finish the name."""
    return x.i - obj.i == 4 and obj.doc[obj.i + 1].text == "(" and obj.doc[obj.i + 3].text == ")" and \
        x.lower_ in _ACRONYM_HEADS


#: Verbs of a purpose clause whose object does something: "to help young people leave gangs".
_ENABLING_VERBS = frozenset({"help", "enable", "allow", "let", "make", "get"})


def _purpose_clause(head: Token, extra: tuple[Token, ...] = ()) -> list[Token]:
    """``to combat youth violence`` under ``projects``: the infinitive, its particle and object (``extra``: more
    clauses the parser may have hung elsewhere)."""
    candidates = list(head.children) + list(extra)
    # "runs programmes to divert ...", "awarded $20m in grants to support ...": the parser hangs the
    # clause on the verb; it is the noun's when it starts right after it
    up = head
    for _ in range(3):
        if up.dep_ not in {"dobj", "pobj", "prep"} or up.head.i == up.i:
            break
        up = up.head
        if up.pos_ == "VERB":
            # ("announced a pilot to test ...", "new powers to close ...": read as the verb's xcomp)
            candidates += [c for c in up.children if c.dep_ in {"advcl", "xcomp"} and c.i == head.i + 2]
            break
    for c in candidates:
        if c.dep_ in {"acl", "relcl", "advcl", "xcomp"} and (c.pos_ == "VERB" or c.tag_ == "VB" or
                                                             (c.dep_ == "xcomp" and c.pos_ == "NOUN")) and \
                any(a.lower_ == "to" and a.i == c.i - 1 for a in c.lefts):
            toks = [c.doc[c.i - 1], c]
            for g in c.children:
                if g.dep_ in {"prt", "advmod"} and g.i > c.i and g.i <= c.i + 2:
                    toks.append(g)
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if c.lemma_.lower() in {"do", "be", "have", "get", "go"} or (obj is not None and obj.pos_ == "PRON"):
                return []  # "initiatives to do just that"
            clause = next((g for g in c.children if g.dep_ == "ccomp" and g.pos_ == "VERB" and g.i > c.i and
                           any(x.dep_ == "nsubj" for x in g.children)), None)
            if obj is None and clause is not None and c.lemma_.lower() in _ENABLING_VERBS:
                # "a scheme to help young people leave gangs": whom it helps and to do what
                toks += [x for x in clause.subtree if x.dep_ not in {"punct", "cc", "conj"} or x.i < clause.i]
            if obj is not None:
                coord = [x for x in obj.children if x.dep_ == "conj"]
                keep_conj = len(coord) == 1 and not any(y.dep_ in {"relcl", "acl", "appos"} or y.text in {",", ";"}
                                                        for y in coord[0].subtree) and \
                    coord[0].right_edge.i - obj.i < 6  # "grants to support youth workers and anti-gang projects"
                cut = {y.i for x in obj.children if x.dep_ in {"relcl", "acl"} or
                       (x.dep_ == "appos" and not _bracketed_name_tail(obj, x)) or
                       (x.dep_ == "punct" and x.text not in _BRACKETS) or
                       (x.dep_ in {"cc", "conj"} and not keep_conj) for y in x.subtree}
                toks += [x for x in obj.subtree if x.i not in cut and x.i - obj.i < 6]
                for g in c.children:  # "divert young people from gangs" (not "... across the city")
                    if g.dep_ == "prep" and g.lower_ in {"from", "against", "into", "with", "away", "out", "off"} \
                            and g.i == max(x.i for x in toks) + 1 and len(list(g.subtree)) <= 4:
                        toks += list(g.subtree)
            toks = sorted(set(toks), key=lambda x: x.i)
            if len(toks) == 2:
                return []  # "programs to ensure that ...": a bare verb says no purpose
            # "to support the Project Safe Neighborhoods (PSN) Program": a bracketed acronym is no extra length
            if toks[-1].i - toks[0].i + 1 == len(toks) and sum(1 for x in toks if x.text not in _BRACKETS) <= 9:
                return toks
    return []


#: Nouns of those who receive money: "funding for 200 agencies", "grants to 15 cities".
_RECIPIENT_NOUNS = frozenset({"agency", "force", "city", "area", "state", "community", "jurisdiction", "department",
                              "organisation", "organization", "charity", "group", "council", "authority", "county",
                              "region", "tribe", "school", "partner", "grantee", "recipient", "site", "office",
                              "project", "program", "programme", "service", "provider", "university", "college"})


def _prep_object(head: Token) -> list[Token]:
    preps = _lex()["prep_defined_preps"].get(head.lemma_.lower(), ("on", "against", "for"))
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i == head.i + 1:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ in {"DATE", "TIME"} or _YEAR.fullmatch(obj.text):
                return []  # ("funding for 2026/27": a period, not a purpose)
            toks = [c] + [x for x in obj.subtree if x.i <= obj.i]
            if (head.lemma_.lower() in _lex()["money_heads"] or head.lower_ == "funds") and any(x.pos_ in {"DET", "PRON"} or x.tag_ == "JJS" or
                                                                   x.lower_ == "most" for x in toks):
                return []  # "funding for police forces" names a scheme, "funding for the most affected forces" a share
            if head.lemma_.lower() in _lex()["money_heads"] and obj.lemma_.lower() in _RECIPIENT_NOUNS and \
                    any(x.like_num for x in toks):
                return []  # "funding for 200 agencies": who gets it, counted, not what it is for
            if len(toks) <= 6:
                return sorted(toks, key=lambda x: x.i)
    return []


#: Heads whose object names what they are (a review of what, a consultation on what): kept with a named head's
#: modifiers, never a reason on its own to read "a review of the case" as a policy.
_OF_WHAT_HEADS = frozenset({"review", "inspection", "inquiry", "guidance", "audit"})


def _common(doc: Doc, sent: SpacySpan, idx: _Index, *, heads: frozenset[str], frame_only: bool) -> Iterator[_Policy]:
    lex = _lex()
    for t in (doc[i] for i in _within(idx.common, sent)):
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN" or lemma not in heads or t.ent_type_ in _NAME_ENTS:
            continue
        if lemma == "partnership" and any(c.dep_ == "prep" and c.lower_ in {"between", "with", "among"}
                                          for c in t.children):
            continue  # "the law enforcement partnership between the US Attorney's Office and ATF": bodies working together
        mods = _modifiers(t)
        finite = [m.i for m in mods if m.pos_ == "VERB" and m.tag_ in {"VBZ", "VBD", "VBP"} and m.is_lower]
        finite += [m.i for m in mods if m.lower_ in _BY_BODY_PARTICIPLES and m.i >= 1 and doc[m.i - 1].text == "-"]
        finite.sort()  # ("the Home Office-funded Safer Streets programme": its funder, no part of its name)
        if finite:  # "ONDCP releases strategy": a headline's subject and verb the parser hung on the noun
            mods = [m for m in mods if m.i > finite[-1]]
        if lemma in _LIGHT_HEADS and mods and mods[-1].pos_ in {"NOUN", "PROPN"}:
            # "an integrated PEEL assessment approach" names the assessment
            name_toks = [m for m in mods if m.pos_ != "PUNCT" or m.text == "-"]
            yield _Policy(min(x.i for x in mods), t.i + 1, _canonical(name_toks), frame_only)
            continue
        defining = [m for m in mods if m.lower_ not in lex["generic_modifiers"] and m.lower_ not in _WEAK_MODIFIERS
                    and m.text != "-" and not m.like_num and m.ent_type_ not in {"ORG", "GPE", "NORP", "PERSON"}]
        purpose = _purpose_clause(t) if lemma in lex["purpose_heads"] else []
        if not purpose and lemma in lex["prep_defined_heads"] and not (defining and lemma in lex["money_heads"]):
            purpose = _prep_object(t)  # "a ban on zombie knives", "a crackdown on county lines"
        if not purpose and defining and lemma in _OF_WHAT_HEADS:
            purpose = _prep_object(t)  # "a dynamic inspection of public protection": what is reviewed is the name
        if not defining and not purpose:
            continue
        if not purpose and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) \
                and not any(m.pos_ == "PROPN" or m.is_title for m in defining):
            continue  # "our crime reduction strategy", "their individual strategies": a body's own, unnamed
        tokens = mods + [t]
        start = min(x.i for x in tokens)
        name_tokens = tokens + purpose
        end = max(x.i for x in name_tokens) + 1
        if purpose and not defining:
            name_tokens = [t] + purpose
        yield _Policy(start, end, _canonical(sorted(name_tokens, key=lambda x: x.i)), frame_only)


def _head_words(t: Token, heads: frozenset[str]) -> bool:
    lemma = t.lemma_.lower()
    prev = t.doc[t.i - 1].lemma_.lower() if t.i > 0 else ""
    return lemma in heads or t.lower_ in heads or f"{prev} {lemma}" in heads


def _governing_verb(t: Token) -> Token | None:
    """The verb whose object (direct, passive subject, or through a preposition or conjunct) ``t`` is."""
    x = t
    for _ in range(4):
        if x.dep_ in {"conj", "pobj", "prep", "appos"} and x.head.i != x.i:
            x = x.head
            continue
        if x.dep_ in {"dobj", "nsubjpass", "xcomp", "pcomp"} and x.head.pos_ == "VERB":
            return x.head
        return None
    return None


def _sum_before_in(t: Token) -> Token | None:
    """The sum of ``$40 million in grants`` for ``grants``: the number ``in`` hangs on, or the one right before
    ``in`` when the parser hung ``in grants`` on the verb the sum is the object of (``awarded $40 million in
    grants``); None when ``t`` is not the object of such an ``in``."""
    if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.i == 0:
        return None
    holder = t.head.head
    if _is_money(holder) and holder.i < t.i:
        return holder
    before = t.doc[t.head.i - 1]
    return before if holder.pos_ == "VERB" and _is_money(before) and before.head.i == holder.i else None


def _things(doc: Doc, sent: SpacySpan, idx: _Index) -> Iterator[_Policy]:
    """Funding named by its sum (``£20m of funding``), capital projects (``building new prisons``, ``a new
    prison``) and equipment bought, funded or deployed (``body scanners``, ``phone-blocking technology``)."""
    lex = _lex()
    for t in (doc[i] for i in _within(idx.common, sent)):
        if t.pos_ != "NOUN" or t.ent_type_ in _NAME_ENTS:
            continue
        lemma = t.lemma_.lower()
        if lemma in lex["money_heads"] and t.dep_ == "pobj" and t.head.lower_ == "of" and \
                _is_money(t.head.head) and t.head.head.i < t.i:
            money = t.head.head  # "£20 million of funding"
            start = money.left_edge.i
            while start < money.i and (doc[start].pos_ in {"DET", "ADV"} or doc[start].lower_ in
                                       lex["generic_modifiers"] or doc[start].lower_ in {"over", "almost", "nearly"}):
                start += 1
            extra = _purpose_clause(t) or _prep_object(t)
            if not extra:
                continue  # "£66m of funding", "£30m of Government funding": a sum of money, no scheme (guideline 4)
            # "£21m of extra funding to bolster ...": the funding and its purpose name it; the span keeps the sum
            named = t.head.i + 1
            while named < t.i and doc[named].pos_ == "DET":
                named += 1
            end = max(x.i for x in extra) + 1
            yield _Policy(start, end, doc[named:end].text)
            continue
        money = _sum_before_in(t) if lemma in lex["money_heads"] else None
        if money is not None:  # "$40 million in grants for school safety": the sum, the grants and their purpose
            start = money.left_edge.i
            while start < money.i and (doc[start].pos_ in {"DET", "ADV", "ADP"} or doc[start].lower_ in
                                       lex["generic_modifiers"] or doc[start].lower_ in {"over", "almost", "nearly"}):
                start += 1
            extra = _purpose_clause(t) or _prep_object(t)
            if extra:  # named by the grants and their purpose; the span (an alias) keeps the sum
                end = max(x.i for x in extra) + 1
                yield _Policy(start, end, doc[t.i:end].text)
                continue
        if lemma in _SUM_NAMED:
            start = t.i
            while start > sent.start and (doc[start - 1].like_num or doc[start - 1].lower_ in _SCALE_WORDS or
                                          doc[start - 1].text in {"£", "$", "€", "-"} or
                                          doc[start - 1].ent_type_ == "MONEY"):
                start -= 1
            while start < t.i and doc[start].text == "-":
                start += 1
            if start < t.i and any(x.text in {"£", "$", "€"} or x.ent_type_ == "MONEY" for x in doc[start:t.i]) and \
                    any(x.like_num for x in doc[start:t.i]):
                # "a dedicated £100 million fund to tackle serious violence": the sum names the fund
                extra = _purpose_clause(t) or _prep_object(t)
                end = max([t.i] + [x.i for x in extra]) + 1
                yield _Policy(start, end, doc[start:t.i + 1].text, aliases=(doc[t.i:end].text,) if extra else ())
                continue
        if lemma in _MEASURE_NOUNS:
            staff = _staff_of(t)
            if staff is not None:  # "the recruitment of 5,000 extra detectives", "a pledge of 300 new PCSOs"
                yield _Policy(t.i, staff.i + 1, doc[t.i:staff.i + 1].text)
                continue
        capital = _head_words(t, lex["capital_heads"])
        equipment = _head_words(t, lex["equipment_heads"])
        if not capital and not equipment:
            continue
        verb = _governing_verb(t)
        mods = _modifiers(t)
        if capital and (any(m.lower_ == "new" for m in mods) or
                        (verb is not None and verb.lemma_.lower() in lex["build_verbs"] and
                         verb.tag_ in {"VB", "VBG", "VBZ", "VBP"})):  # not "the prison was built in 1850"
            start = min([t.i] + [m.i for m in mods])
            if doc[start].lower_ not in {"new"} and any(m.lower_ == "new" for m in mods):
                start = next(m.i for m in mods if m.lower_ == "new")
            name = " ".join(x.lower_ for x in doc[start:t.i + 1])
            end = t.i + 1
            site = _site(t, verb)
            if site is not None:  # "a new prison at Glen Parva": the site tells two new prisons apart
                end = site + 1
                name = f"{name} {doc[t.i + 1:end].text}"
            if verb is not None and verb.tag_ == "VBG" and verb.i == start - 1 and \
                    verb.lemma_.lower() in lex["build_verbs"]:
                start = verb.i  # "building new prisons"
            yield _Policy(start, end, name)
            continue
        if equipment and (verb is None or verb.lemma_.lower() not in lex["equipment_verbs"]) and _rolled_out(t):
            verb = t  # "the roll-out of body scanners and phone-blocking technology"
        if equipment and verb is not None and (verb is t or verb.lemma_.lower() in lex["equipment_verbs"]):
            defining = [m for m in mods if m.lower_ not in lex["generic_modifiers"] and not m.like_num and
                        m.text != "-" and m.ent_type_ not in {"ORG", "GPE", "NORP", "PERSON"}]
            if defining or t.lower_ in {"cctv", "tasers", "taser", "drones"}:
                yield _Policy(min([t.i] + [m.i for m in mods]), t.i + 1, _canonical(mods + [t]))


def _site(t: Token, verb: Token | None) -> int | None:
    """The last token of the place right after a capital project: ``a new prison at Glen Parva`` (the parse may
    hang ``at`` on the building verb); a proper name only, and only the first place (not ``in Leicestershire``)."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in {"at", "in"}:
        return None
    prep = doc[t.i + 1]
    if prep.head.i != t.i and (verb is None or prep.head.i != verb.i):
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or not obj.is_title:
        return None
    if any(x.pos_ not in {"PROPN", "PUNCT"} or x.i <= prep.i for x in doc[prep.i + 1:obj.i + 1]):
        return None
    return obj.i


def _rolled_out(t: Token) -> bool:
    """``the roll-out of body scanners``, ``the introduction of knife arches and drones``: equipment as the ``of``
    object (or a conjunct of it) of a noun of using or introducing."""
    x = t.head if t.dep_ == "conj" else t
    if x.dep_ != "pobj" or x.head.lower_ != "of" or x.head.head.pos_ != "NOUN":
        return False
    n = x.head.head
    word = n.lemma_.lower()
    if word == "out" and n.i >= 2 and n.doc[n.i - 2].lower_ == "roll":
        word = "rollout"
    return word in _lex()["use_nominals"] or word in {"installation", "purchase", "procurement"}


#: Policy nouns a sum before them names: "a £100 million fund", "a $2m grant programme" is the programme's.
_SUM_NAMED = frozenset({"fund", "pot", "package"})

#: Nouns of a concrete measure when they take a number of staff: "the recruitment of 5,000 extra detectives".
_MEASURE_NOUNS = frozenset({"recruitment", "hiring", "pledge", "deployment", "promise", "commitment", "rollout",
                            "recruiting", "employment", "training", "addition"})
#: Plural nouns of people a force or agency hires.
_STAFF_NOUNS = frozenset({"officer", "officers", "detective", "detectives", "pcso", "pcsos", "constable", "constables",
                          "agent", "agents", "prosecutor", "prosecutors", "investigator", "investigators", "staff",
                          "warden", "wardens", "deputy", "deputies", "trooper", "troopers", "firefighter",
                          "firefighters", "counsellor", "counselor", "counsellors", "counselors", "worker", "workers",
                          "police", "specials", "recruits", "analysts", "guards", "marshals", "teachers", "nurses"})


def _staff_of(t: Token) -> Token | None:
    """The ``of`` object of ``t`` when it is a counted group of staff (``of 300 new PCSOs``)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in _STAFF_NOUNS and obj.i - t.i <= 7 and \
                    any(x.like_num or x.ent_type_ == "CARDINAL" for x in obj.lefts):
                return obj
    return None


def _subjectless_gerund(v: Token) -> bool:
    """``Investing in communities, supporting victims and building a fair system -- these are our goals``: a chain
    of gerunds with no subject of their own that describes something (under ``be``) or stands as a subject."""
    x = v
    for _ in range(6):
        if x.tag_ != "VBG" or any(c.dep_ in _SUBJ_DEPS for c in x.children):
            return False
        if x.dep_ in {"csubj", "nsubj"} or x.head.i == x.i:
            return True
        if x.dep_ not in {"conj", "advcl", "ccomp"}:
            return False
        if x.head.lemma_.lower() == "be" and x.head.pos_ == "AUX" and x.dep_ != "conj":
            return True
        x = x.head
    return False


def _frame_objects(doc: Doc, idx: _Index) -> Iterator[_Policy]:
    """The object of a core announce verb (launch, introduce, roll out, ...) named by a noun phrase with a
    defining modifier: ``roll out body-worn video``. Kept only when a frame points at it."""
    lex = _lex()
    for v in (doc[i] for i in idx.verbs):
        if _verb_cue(v, lex) not in lex["core_announce"]:
            continue
        if v.dep_ in {"xcomp", "ccomp"} and v.head.lemma_.lower() in {"help", "enable", "allow", "let", "use"}:
            continue  # "it will help them fund patrols": the beneficiaries, not an announcement
        if _subjectless_gerund(v):
            continue  # "Investing in communities and building a fair justice system are our goals": nobody acts
        for t in _targets(v, lex):
            funded = _announced_sum(t, lex)
            if funded is not None:
                yield funded
                continue
            plans = _plans_to(t, lex)
            if plans is not None:
                yield plans
                continue
            if t.pos_ != "NOUN" or t.ent_type_ or t.lemma_.lower() in lex["frame_object_blocklist"] or \
                    t.lemma_.lower() in _NOT_MEASURES or \
                    (_org_like(t, lex) and t.lower_ != "services") or _is_money(t) or t.dep_ == "attr" or \
                    t.lower_ in _STAFF_NOUNS:  # "youth services" are funded; "to fund outreach workers" hires people
                continue
            mods = _modifiers(t)
            defining = [m for m in mods if m.lower_ not in lex["generic_modifiers"] and not m.like_num
                        and m.text != "-" and m.ent_type_ not in {"ORG", "GPE", "NORP", "PERSON"}]
            if defining:
                yield _Policy(min(x.i for x in mods), t.i + 1, _canonical(mods + [t]), True)
                continue
            phrase = _defining_phrase(t)
            if phrase:
                # "launched a consultation on proposals for a new offence", "announced a £64m investment in
                # youth custody", "announced his commitment to investigating and prosecuting gun crime"
                toks = mods + [t] + phrase
                yield _Policy(min(x.i for x in toks), phrase[-1].i + 1, _canonical(toks), True)
        # "new legislation introduced today", "tougher sentences announced by ministers": a policy noun
        # described as introduced is a policy even with only generic modifiers ("new plans announced by the
        # government" name no measure: a plan's noun needs a word saying which, as a frame object does)
        t = v.head
        if v.dep_ == "acl" and v.tag_ == "VBN" and t.pos_ == "NOUN" and \
                t.lemma_.lower() in lex["policy_heads_strong"] and not t.ent_type_ and \
                t.lemma_.lower() not in lex["frame_object_blocklist"]:
            mods = [m for m in _modifiers(t) if m.pos_ == "ADJ" and not m.like_num]
            if mods and all(m.lower_ in lex["generic_modifiers"] for m in mods):
                words = " ".join(x.lower_ for x in mods + [t])
                yield _Policy(mods[0].i, t.i + 1, words, False)


def _plans_to(t: Token, lex: dict[str, Any]) -> _Policy | None:
    """``announced plans to toughen sentences for knife possession``: plans or proposals whose infinitive says
    what they change, with no announce verb inside (``plans to introduce X`` announce X itself), are the measure."""
    if t.pos_ != "NOUN" or t.lower_ not in {"plans", "plan", "proposals", "proposal"} or t.dep_ == "attr":
        return None
    purpose = _purpose_clause(t)
    if len(purpose) < 3 or _verb_cue(purpose[1], lex) is not None or purpose[1].lemma_.lower() in _SPEECH:
        return None
    if any(x.pos_ == "PRON" for x in purpose):
        return None  # "plans to make it easier": no measure is named
    return _Policy(t.i, purpose[-1].i + 1, _canonical([t] + purpose), True)


#: Prepositions whose phrase says what an announced measure is: "a consultation ON X", "investment IN X".
_DEFINING_PREPS = frozenset({"on", "for", "in", "of", "against", "to", "into", "towards"})
#: Nouns of quantity, kind, part or relation: with a defining phrase they still name no measure ("a range of
#: measures", "the cost of building a prison", "access to justice", "an approach to inspections", "the foundation of
#: the plan", "his agreement to a trial").
_NOT_MEASURES = frozenset({"range", "series", "set", "package", "raft", "host", "number", "variety", "kind", "type",
                           "sort", "part", "rest", "share", "portion", "majority", "half", "total", "amount", "lot",
                           "cost", "price", "value", "access", "approach", "attitude", "agreement", "foundation",
                           "basis", "importance", "need", "use", "level", "scale", "impact", "effect", "future",
                           "list", "details", "detail", "outcome", "end", "start", "beginning", "rest", "aim", "goal"})
#: What ends a defining phrase: a clause, an apposition, a bracket or a dash after it.
_PHRASE_CUT = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "npadvmod", "advmod", "mark", "dep"})
_PHRASE_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "PERSON", "ORG", "MONEY", "CARDINAL", "PERCENT", "NORP",
                          "FAC", "LAW", "EVENT"})


def _phrase_tokens(x: Token, depth: int, out: list[Token]) -> None:
    """``x`` and the dependents that belong to a defining phrase: objects, modifiers, coordination, and one more
    defining preposition below the first (not a relative or purpose clause, not ``as``, ``with``, ``by`` ...)."""
    out.append(x)
    for c in x.children:
        if c.dep_ in _PHRASE_CUT:
            continue
        if c.dep_ == "punct" and not (c.text == "," and any(g.dep_ == "conj" and g.i > c.i for g in x.children)) \
                and c.text not in {"-", "‘", "’"}:
            continue
        if c.dep_ == "prep" and (depth >= 1 or c.lower_ not in _DEFINING_PREPS):
            continue
        _phrase_tokens(c, depth + (1 if c.dep_ == "prep" else 0), out)


def _defining_phrase(t: Token) -> list[Token]:
    """The prepositional phrase right after an announced noun that says what the measure is, contiguous and at most
    twelve words: ``on proposals for a specific domestic abuse offence`` (not the ``that would ...`` clause after
    it), ``in youth custody``, ``to investigating, prosecuting and combating gun crime``. None when its object is
    a name, a place, a date or a sum (a named policy inside is the name's own mention), or a pronoun."""
    if t.lemma_.lower() in _NOT_MEASURES:
        return []
    prep = next((c for c in t.children if c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in _DEFINING_PREPS), None)
    if prep is None:
        return []
    obj = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
    if obj is None or obj.pos_ in {"PRON", "NUM"}:
        return []
    if obj.lower_ in _SCHEME_NOUNS and obj.n_lefts and not obj.n_rights and \
            all(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in obj.lefts):
        return []  # "new funding for the initiative": a scheme named before, not what names this one (guideline 4)
    toks: list[Token] = []
    _phrase_tokens(prep, 0, toks)
    toks.sort(key=lambda x: x.i)
    run = [toks[0]]
    for x in toks[1:]:
        if x.i != run[-1].i + 1:
            break
        run.append(x)
    while run and (run[-1].dep_ in {"cc", "punct", "det", "prep", "case"} and run[-1].text not in {"’"}):
        run.pop()
    if len(run) < 2 or len(run) > 12 or run[-1].sent.start != t.sent.start:
        return []
    if obj.ent_type_ in _PHRASE_ENTS or any(x.ent_type_ in _PHRASE_ENTS - {"TIME", "DATE"} or x.pos_ == "PROPN" or
                                            (x.is_upper and len(x) > 1) for x in run):
        return []
    if any(x.dep_ == "poss" or (x.pos_ == "PRON" and x.lower_ in {"our", "their", "its", "his", "her", "your"})
           for x in run):
        return []  # "funding for our partners", "the foundation of our plan": a share or a part, not a measure
    return run


def _announced_sum(t: Token, lex: dict[str, Any]) -> _Policy | None:
    """An announced sum's funding noun with a defining word or a purpose: ``announced over $12 million in recovery
    funding`` -> ``recovery funding``, ``announced the release of $30 million in grants to support X`` -> ``grants to
    support X`` (the span keeps the sum). Kept, like every frame object, only when a frame points at it."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in lex["money_heads"] or t.dep_ != "pobj" or \
            t.head.lower_ not in {"in", "of"}:
        return None
    holder = t.head.head
    money = holder if _is_money(holder) else _of_object(holder)
    if money is None or not _is_money(money) or money.i > t.i:
        return None
    holders = [holder] + ([money.head.head] if money.dep_ == "pobj" and money.head.lower_ == "of" else [])
    extra = tuple(c for h in holders for c in h.children if c.dep_ in {"acl", "relcl"} and c.i == t.i + 2)
    nxt = t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None
    if not extra and nxt is not None and t.doc[t.i + 1].lower_ == "to" and nxt.pos_ == "VERB" and \
            nxt.dep_ in {"acl", "relcl", "advcl"} and nxt.head in list(t.ancestors):
        extra = (nxt,)  # "efforts: over $12m in grant funding to assist ...": the clause hung on "efforts"
    purpose = _purpose_clause(t, extra)
    mods = [m for m in _modifiers(t) if not m.like_num and m.pos_ != "SYM" and m.ent_type_ != "MONEY"]
    if not purpose and all(m.lower_ in lex["generic_modifiers"] for m in mods):
        return None  # "$5m of funding", "$139m in grant funding" (guideline 4): a sum, not a scheme
    start = money.left_edge.i
    while start < money.i and (t.doc[start].pos_ in {"DET", "ADV", "ADP"} or t.doc[start].lower_ in {"over", "almost", "nearly"}):
        start += 1
    end = max([t.i] + [x.i for x in purpose]) + 1
    first = min([t.i] + [m.i for m in mods])
    return _Policy(start, end, t.doc[first:end].text, True)


def _policies(doc: Doc, idx: _Index) -> list[_Policy]:
    lex = _lex()
    found: list[_Policy] = []
    strong = lex["policy_heads_strong"] - {"sweep", "deployment", "approach", "power", "order", "review", "consultation",
                                           "surge", "intervention", "partnership", "guidance", "protocol", "charter",
                                           "framework", "inquiry", "trial", "tactic", "pilot"}
    for sent in idx.sents:
        if not (_within(idx.named, sent) or _within(idx.common, sent) or _within(idx.law, sent)):
            continue
        found += list(_named(doc, sent, idx))
        found += list(_quoted_names(doc, sent))
        found += list(_acronym_named(doc, sent))
        found += list(_acronym_modifiers(doc, sent))
        found += list(_things(doc, sent, idx))
        found += list(_common(doc, sent, idx, heads=strong, frame_only=False))
        found += list(_common(doc, sent, idx, heads=_FRAME_EXTRA_HEADS | frozenset({"pilot", "framework", "charter"}),
                              frame_only=True))
    tactics = list(_tactics(doc))
    found += tactics
    found += list(_frame_objects(doc, idx))
    # "Clare's Law scheme": a common-noun mention that starts inside a name starts with the name
    named = [q for q in found if _is_named(doc, q)]
    for n, p in enumerate(found):
        q = next((q for q in named if q.start < p.start < q.end <= p.end and not _is_named(doc, p)), None)
        if q is not None:
            found[n] = p._replace(start=q.start)
    # drop mentions inside a longer one (keep the tactic name for "stop-and-search operations")
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[_Policy] = []
    for p in found:
        if any(k.start <= p.start and p.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (p.start <= k.start and k.end <= p.end)]
        kept.append(p)
    tactic_names = {p.name for p in tactics}
    # a tactic term inside a larger common-noun mention names the tactic
    out = []
    for p in kept:
        inner = [q for q in tactics if p.start <= q.start and q.end <= p.end]
        if inner and p.name not in tactic_names:
            p = p._replace(name=inner[0].name)
        out.append(p)
    out = [_with_period(doc, p) for p in out]
    out = _merge_short_forms(doc, sorted(out, key=lambda p: p.start))
    nested = _nested_names(doc, found, out)
    return sorted(_short_named(doc, out) + nested, key=lambda p: (p.start, -(p.end - p.start)))


#: Heads of a plan's name that the years it runs for may follow (``Policing Plan 2025-2030``, ``the Substance
#: Misuse Delivery Plan 2016-18``, ``Commissioner's Safety Fund 2024-25``).
_PERIOD_HEADS = frozenset({"plan", "strategy", "fund", "framework", "programme", "program", "budget", "agenda"})
_YEAR = re.compile(r"(?:19|20)\d\d(?:/\d{2}(?:\d{2})?)?")
_YEAR_END = re.compile(r"\d{2}(?:\d{2})?")


def _with_period(doc: Doc, p: _Policy) -> _Policy:
    """A plan's name with the year or years written right after it, which are part of the name (``HMICS scrutiny
    plan 2022-25``, ``the Serious Violence Strategy 2018``): a year range, a year, or a financial year
    (``2024/25``). Years after ``for`` or ``to`` are no part of it (``the Business Plan for 2012/13``)."""
    end = p.end
    # ("Delivery Plan 2016" with its range cut at the hyphen already holds its first year: the range goes on below)
    if not (end - 2 >= p.start and doc[end - 2].lower_ in _PERIOD_HEADS and _YEAR.fullmatch(doc[end - 1].text)):
        if end >= len(doc) or doc[end - 1].lower_ not in _PERIOD_HEADS or doc[end - 1].whitespace_ != " " \
                or not _YEAR.fullmatch(doc[end].text):
            return p
        end += 1
    if end + 1 < len(doc) and doc[end].text in {"-", "\u2013"} and _YEAR_END.fullmatch(doc[end + 1].text):
        end += 2
    elif end + 2 < len(doc) and doc[end].text in {"-", "\u2013"} and doc[end + 1].text in {"-", "\u2013"}:
        return p
    if end < len(doc) and (doc[end].like_num or doc[end].text in {"-", "\u2013", "/"}):
        return p  # ("the 2024-25 budget 2024 2025", a table's columns): not a period the name ends with
    if end == p.end:
        return p
    period = doc[p.end:end].text
    name = p.name + doc[p.end - 1].whitespace_ + period if p.name.endswith(doc[p.end - 1].text) else p.name
    return p._replace(end=end, name=name)


def _short_named(doc: Doc, found: list[_Policy]) -> list[_Policy]:
    """``the latest round of Safer Streets funding`` after ``the Safer Streets Fund``: a common-noun mention whose
    title-case words are a named policy's name without its policy noun, with nothing else but generic words,
    refers back to that policy (one node per referent)."""
    lex = _lex()
    short: dict[str, str] = {}
    for p in found:
        words = doc[p.start:p.end]
        if _is_named(doc, p) and len(words) >= 3 and words[-1].lower_ in _NAME_END_HEADS | {"fund", "act", "bill"}:
            short.setdefault(words[:-1].text.lower(), p.name)
    if not short:
        return found
    out = []
    for p in found:
        words = doc[p.start:p.end]
        if not _is_named(doc, p) and len(words) >= 2 and words[-1].pos_ == "NOUN":
            k = len(words) - 1
            while k > 0 and (words[k - 1].is_title or words[k - 1].is_upper) and words[k - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
                k -= 1
            while k < len(words) - 1 and words[k].lower_ in lex["generic_modifiers"]:
                k += 1  # "New Safer Nights grants"
            rest = words[:k]
            if k < len(words) - 1 and all(x.pos_ in {"DET", "PRON"} or x.lower_ in lex["generic_modifiers"] for x in rest):
                name = short.get(words[k:len(words) - 1].text.lower())
                if name is not None:
                    p = p._replace(name=name)
        out.append(p)
    return out


def _is_named(doc: Doc, p: _Policy) -> bool:
    """A title-case name (``Project Safe Neighborhoods``) or an acronym-named programme, not a common noun."""
    last = doc[p.end - 1]
    return p.name[:1].isupper() and not p.frame_only and (bool(p.aliases) or last.is_title or last.is_upper or
                                                          last.like_num)


def _nested_names(doc: Doc, found: list[_Policy], kept: list[_Policy]) -> list[_Policy]:
    """Names of policies inside a longer mention: ``This latest Project Safe Neighborhoods grant`` mentions the
    programme as well as the grant, ``$2m in grants to support the GIVE program`` the programme as well as the
    grants. Each comes back as a nested mention (so a quote holding it mentions that policy). A mention that is
    only a named policy and a generic head (``the latest PSN grant``, ``the Operation Nightfall patrols``) is a
    reference to another policy: the funding of the same kind whose words hold that name, else the named policy
    itself (guideline 2: one entity per referent); ``kept`` is renamed in place."""
    lex = _lex()
    nested: list[_Policy] = []
    for q in sorted(found, key=lambda p: (p.start, -(p.end - p.start))):
        if not _is_named(doc, q) or q.nested:
            continue
        outer = next((k for k in kept if k.start <= q.start and q.end <= k.end and (k.start, k.end) != (q.start, q.end)),
                     None)
        if outer is None or _is_named(doc, outer):
            continue  # the long form inside "Gun Involved Violence Elimination (GIVE) program" is that programme
        if any(n.start <= q.start and q.end <= n.end for n in nested):
            continue  # "Project Safe Neighborhoods" inside "Project Safe Neighborhoods (PSN) Program"
        nested.append(q._replace(nested=True))
        head = doc[outer.end - 1]
        before = doc[outer.start:q.start]
        if q.end != outer.end - 1 or head.pos_ != "NOUN" or \
                not all(x.pos_ in {"DET", "PRON"} or x.lower_ in lex["generic_modifiers"] for x in before):
            continue  # "grants to support the PSN program", "PSN anti-gang grants": a thing of its own
        key, lemma = q.name.lower(), head.lemma_.lower()
        same = [k for k in kept if k is not outer and not k.frame_only and key in doc[k.start:k.end].text.lower()
                and lemma in {x.lemma_.lower() for x in doc[k.start:k.end]}]
        name = same[0].name if same else q.name
        kept[kept.index(outer)] = outer._replace(name=name)
    return nested


def _lemmas(doc: Doc, p: _Policy) -> tuple[frozenset[str], str]:
    toks = [t for t in doc[p.start:p.end] if t.is_alpha and t.lower_ not in _lex()["generic_modifiers"]]
    return frozenset(t.lemma_.lower() for t in toks), (toks[-1].lemma_.lower() if toks else "")


def _merge_short_forms(doc: Doc, found: list[_Policy]) -> list[_Policy]:
    """``a short foot patrol`` after ``armed foot patrols``: a mention whose words all occur in a longer
    policy name with the same head is that policy (its name becomes the longer one)."""
    out = []
    info = [(p, *_lemmas(doc, p)) for p in found]
    for p, words, head in info:
        longer = [q for q, w2, h2 in info if (q.start != p.start or q.end != p.end) and h2 == head and words < w2 and not q.frame_only]
        if longer and not p.name[:1].isupper():
            p = p._replace(name=max(longer, key=lambda q: q.end - q.start).name)
        out.append(p)
    return out


def _fact(doc: Doc, p: _Policy) -> PolicyFact:
    span = doc[p.start:p.end]
    surface = span.text
    aliases = ((surface,) if surface.lower() != p.name.lower() else ()) + \
        tuple(a for a in p.aliases if a.lower() not in (surface.lower(), p.name.lower()))
    return PolicyFact(span=Span(span.start_char, span.end_char), name=p.name,
                      sentence=Span(*Sentences.for_doc(doc).spanning(p.start, p.end)), aliases=aliases)


def find_policies(doc: Doc, *, include_frame_objects: bool = True) -> Iterator[PolicyFact]:
    """Yield a :class:`PolicyFact` per policy mention in ``doc`` (see the module docstring).

    Weaker policy nouns (``approach``, ``review``, ``measures``) count only as the object of an
    announce-type frame; ``include_frame_objects=False`` leaves them out.
    """
    policies, frames = _found(doc)
    framed: set[int] = set()
    if include_frame_objects:
        for rel in frames:
            if rel[0].type == "ANNOUNCED" and rel[1] is not None:
                framed.add(rel[1].start)
    for p in policies:
        if p.frame_only and p.start not in framed:
            continue
        yield _fact(doc, p)


# --------------------------------------------------------------------------- frames


def _policy_at(tok: Token, policies: list[_Policy]) -> _Policy | None:
    for p in policies:
        if p.start <= tok.i < p.end:
            return p
    return None


def _coordinated_post(tok: Token) -> Span | None:
    """One post whose name joins two words with ``and`` (``the Comptroller and Auditor General``): the span of
    the whole post when ``tok`` and the conjunct after it make a known title, else None (two agents)."""
    conj = next((c for c in tok.conjuncts if c.i > tok.i), None)
    if conj is None or not tok.text[:1].isupper() or conj.i - tok.i > 4:
        return None
    doc = tok.doc
    words = doc[tok.left_edge.i if tok.left_edge.lower_ != "the" else tok.left_edge.i + 1:conj.i + 1]
    if not all(t.text[:1].isupper() or t.lower_ in {"and", "&", "of", "for"} for t in words):
        return None
    if titles().match([t.text for t in words]) is None:
        return None
    return Span(words[0].idx, conj.idx + len(conj.text))


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i and c.pos_ == tok.pos_]]


def _agent_span(tok: Token) -> Span:
    doc = tok.doc
    if tok.dep_ == "poss" and tok.head.i > tok.i and tok.ent_iob_ != "O":
        span = name_span(tok)
        if span.end > tok.idx + len(tok.text):
            # "the Department's Comprehensive Violent Crime Reduction Strategy" read as one body by the recogniser:
            # the possessor alone
            left = tok.left_edge if tok.left_edge.lower_ != "the" else doc[tok.left_edge.i + 1]
            return Span(left.idx, tok.idx + len(tok.text))
    # "the home secretary, Theresa May": prefer the name that follows in apposition
    right = tok.right_edge.i
    if tok.pos_ == "NOUN" and not tok.ent_type_:
        for c in tok.children:
            if c.dep_ == "appos" and c.ent_type_ in {"PERSON", "ORG"}:
                return name_span(c)
    if right + 2 < len(doc) and doc[right + 1].text == "," and doc[right + 2].ent_type_ == "PERSON" and \
            doc[right + 2].ent_iob_ == "B" and tok.ent_type_ not in {"PERSON", "ORG"} and tok.pos_ == "NOUN":
        b = ent_bounds(doc[right + 2])
        return Span(doc[b[0]].idx, doc[b[1] - 1].idx + len(doc[b[1] - 1].text))
    return name_span(tok)


#: Verbs that carry out an act of oversight named by their object: "to carry out an inspection of X".
_CARRY_OUT = frozenset({"carry", "conduct", "undertake"})


def _subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject token governing ``verb`` and whether the verb is passive."""
    v = verb
    for _ in range(5):
        subj = next((c for c in v.children if c.dep_ in _SUBJ_DEPS), None)
        if subj is not None:
            if subj.dep_ == "nsubjpass" and v is not verb and verb.head.i == v.i and (verb.dep_ == "xcomp" or (
                    verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))) \
                    and not any(c.dep_ == "auxpass" for c in verb.children) and \
                    (verb.lemma_.lower() in _lex()["oversee_verbs"] or verb.lemma_.lower() in _CARRY_OUT):
                return subj, False  # "HMICFRS has been asked to inspect the force": who was asked does it
            return subj, subj.dep_ == "nsubjpass"
        if v.dep_ == "relcl":
            return v.head, False
        if v.dep_ == "xcomp" and v.head.i < v.i:
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None:  # "we push them to adopt X", "urged forces to introduce X": the object acts
                return obj, False
        if v.dep_ in _CLIMB_DEPS and v.head.i != v.i:
            v = v.head
        else:
            break
    return None, False


def _speaker_of(verb: Token) -> Token | None:
    """The named subject of a speech verb whose complement contains ``verb``."""
    for a in verb.ancestors:
        if a.pos_ == "VERB" and a.lemma_.lower() in _SPEECH:
            subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in _PRONOUNS:
                return subj
            return None
    return None


def _resolve_agent(subj: Token, verb: Token) -> Token:
    if subj.lower_ in _RELATIVE and subj.dep_ in _SUBJ_DEPS:
        rel = subj.head
        if rel.dep_ == "relcl":
            head = rel.head
            if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" and head.head.i < head.i:
                return head.head  # "the Police Authority, the body that oversees the force": the body named
            return head
    if subj.lower_ in {"it", "they", "he", "she"}:
        speaker = _speaker_of(verb)
        if speaker is not None:
            return speaker
    return subj


def _by_agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _is_money(tok: Token) -> bool:
    return tok.like_num or tok.ent_type_ in {"MONEY", "PERCENT", "CARDINAL"} or tok.lower_ in {"pounds", "dollars",
                                                                                              "euros", "million",
                                                                                              "billion", "money", "cash",
                                                                                              "sum"}


def _of_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _expand(x: Token, verb: Token, available: Token | None, lex: dict[str, Any], depth: int = 0) -> list[Token]:
    """What an announce-type verb's object stands for: the thing used, planned or funded (see :func:`_targets`)."""
    if depth > 2:
        return [x]
    if (x.lemma_.lower() in lex["use_nominals"] or x.lower_ in _MULTIPLYING_NOUNS) and _of_object(x) is not None:
        # "their use of X", "the release of $50m in grants"
        found = [y for c in _conjuncts(_of_object(x)) for y in _expand(c, verb, available, lex, depth + 1)]
        if _is_money(_of_object(x)):  # "the release of $30 million in grants": the parser hangs "in" on the noun
            found += [g for c in x.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj" and g.lemma_.lower() in lex["money_heads"]]
            # "the availability of $66 million for the Youth Program": what the sum is for, hung on the noun
            found += [y for c in x.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                      if g.dep_ == "pobj" for y in _expand(g, verb, available, lex, depth + 1)]
        return found
    if x.lemma_.lower() in {"cost", "costs"} and verb.lemma_.lower() in {"fund", "finance", "meet", "cover", "pay"}:
        # "will fund the cost of building a new prison at Glen Parva", "meet the costs of the Youth Fund"
        of = next((c for c in x.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = [g for g in (of.children if of is not None else []) if g.dep_ in {"pobj", "pcomp"}]
        inner = [o for g in inner for o in ([c for c in g.children if c.dep_ == "dobj"] if g.dep_ == "pcomp" else [g])]
        return [y for g in inner for c in _conjuncts(g) for y in _expand(c, verb, available, lex, depth + 1)]
    if x.lemma_.lower() in {"consultation", "review"} and depth == 0:
        # "launched a consultation on proposals to extend X": what is consulted on is proposed
        on = next((g for c in x.children if c.dep_ == "prep" and c.lower_ in {"on", "into"}
                   for g in c.children if g.dep_ == "pobj"), None)
        if on is not None and (on.lemma_.lower() in lex["plan_nominals"] or on.lower_ in lex["plan_nominals"]):
            return [x] + _expand(on, verb, available, lex, depth + 1)
        draft = on is not None and on.lower_ == "draft"
        if draft:  # "on the draft Policing Plan": the parser may take "draft" for the noun, the name for its apposition
            on = next((c for c in on.children if c.dep_ == "appos"), on)
        if on is not None and on.is_title and on.lemma_.lower() in _CONSULTED_DRAFTS and \
                (draft or any(c.lower_ in {"draft", "proposed", "new"} for c in on.lefts)):
            # "launched a consultation on the draft Policing Plan 2025-2030": the plan put out is proposed
            return [x, on]
    if x.lemma_.lower() in lex["plan_nominals"] or x.lower_ in lex["plan_nominals"]:
        # "announced plans to introduce X", "unveiled proposals for X"
        inner = []
        for c in x.children:
            if c.dep_ == "relcl" and any(g.lower_ in _RELATIVE for g in c.children):
                continue  # "the plan, which was announced in May": the clause is about the plan itself (no loop)
            if c.dep_ in {"acl", "relcl"} and _verb_cue(c, lex) is not None:
                inner += _targets(c, lex)
            if c.dep_ == "prep" and c.lower_ in {"for", "to"}:
                inner += [g for g in c.children if g.dep_ == "pobj"]
        if inner:
            return [y for c in inner for y in _expand(c, verb, available, lex, depth + 1)]
    if x.pos_ == "NOUN" and (x.lemma_.lower() in lex["money_heads"] or x.lower_ == "funds") and \
            verb.lemma_.lower() in _FUNDING_VERBS:
        # "awarded grants to 15 cities under the X initiative": the grants and the scheme they come under
        return [x] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"under", "through", "via", "from"}
                      for g in c.children if g.dep_ == "pobj"]
    if _is_money(x):
        of = _of_object(x)
        found = [x] if of is not None and of.lemma_.lower() in lex["money_heads"] else []
        if of is not None and of.pos_ == "PROPN" and of.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE", "MONEY"} \
                and verb.lemma_.lower() in _FUNDING_VERBS:
            # "allocated £3m of the Youth Justice Fund to 12 projects": a share of a named fund handed out by the
            # one who funds it (guideline 9: who funds a programme)
            found.append(of)
        for prep in x.children:  # "£7m for projects", "$50m in grants"
            if prep.dep_ == "prep" and prep.lower_ in {"for", "to", "towards", "on", "in"}:
                found += [g for g in prep.children if g.dep_ == "pobj"]
                # "$26m in grants under the X Program": the scheme the grants come under
                found += [r for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in lex["money_heads"]
                          for c in g.children if c.dep_ == "prep" and c.lower_ in {"under", "through", "via"}
                          for r in _conjuncts(next((y for y in c.children if y.dep_ == "pobj"), g)) if r is not g]
        in_grants = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in lex["money_heads"]
                                                                      for g in c.children)
                        for h in (x, verb) for c in h.children)
        if verb.lemma_.lower() in _FUNDING_VERBS and not in_grants:
            # "awarded $200 million to support the X Program": money given to keep a named programme going funds it
            # (a sum "in grants to support X" is itself the scheme announced: the grants, not X)
            for c in (c for h in (x, verb) for c in h.children):
                if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in _SUPPORTING and \
                        any(a.lower_ == "to" and a.i == c.i - 1 for a in c.lefts):
                    for g in (g for g in c.children if g.dep_ == "dobj"):
                        if g.lemma_.lower() in {"grantee", "recipient", "site", "participant"}:
                            # "to support the X Program grantees": the programme they hold grants of
                            g = next((k for k in g.children if k.dep_ == "compound" and k.i == g.i - 1), g)
                        if g.pos_ == "PROPN" and _is_titled(g):
                            found.append(g)
        # "awarded $40m in grants for school safety": the parser may hang "in grants" on the verb
        found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == x.i + 1
                  for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lex["money_heads"]]
        verb_preps = {"for", "to", "towards", "on", "through", "via", "from", "under"} | (
            {"in", "into"} if verb.lemma_.lower() in {"invest", "spend", "pour", "plough", "inject"} else set())
        holders = [verb] + ([available] if available is not None else [])
        # "allocated £4m to councils through the X Fund": the route may hang on the recipient
        holders += [g for h in list(holders) for p in h.children if p.dep_ == "prep" and p.lower_ in {"to", "for"}
                    for g in p.children if g.dep_ == "pobj"]
        for prep in (c for h in holders for c in h.children):
            # "allocated £35m to forces through the Serious Violence Fund", "£10m available for X"
            if prep.dep_ == "prep" and prep.lower_ in verb_preps:
                found += [g for g in prep.children if g.dep_ == "pobj"]
        return found
    return [x]


#: Verbs of a purpose that keeps a named programme going ("to support the X Program").
_SUPPORTING = frozenset({"support", "fund", "expand", "sustain", "continue", "strengthen", "enhance", "implement"})


def _is_titled(tok: Token) -> bool:
    """A capitalised word that is no person's or place's name."""
    return tok.text[:1].isupper() and tok.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE", "MONEY"}


#: Verbs that hand out money: what they hand out may come under a named scheme.
_FUNDING_VERBS = frozenset({"award", "allocate", "provide", "give", "grant", "distribute", "release", "fund", "invest"})


def _targets(verb: Token, lex: dict[str, Any]) -> list[Token]:
    """Candidate target heads of an announce-type verb, worked out once per verb of the document (the policy
    rules' frame objects and the frames ask for the same verbs) and kept in its Words' memo."""
    memo = doc_words(verb.doc).memo
    key = ("targets", verb.i, id(lex))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _verb_targets(verb, lex)
    return list(found)


def _verb_targets(verb: Token, lex: dict[str, Any]) -> list[Token]:
    out: list[Token] = []
    objs = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    passive_subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subj is not None:
        objs.append(passive_subj)
    if verb.dep_ == "relcl":
        # "the task force that we are announcing today", "a fund which was set up in 2019": the head noun
        objs = [verb.head if o.lower_ in _RELATIVE else o for o in objs]
    available = _available(verb) if verb.lemma_.lower() == "make" else None
    if available is not None:
        # "is making £10m available for a prevention programme": the sum is the subject of "available"
        objs += [c for c in available.children if c.dep_ in {"nsubj", "dobj"}]
        objs += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "available"]
    # "announced the following efforts: X; Y; and Z" -- the listed items (a name's apposition is its subtitle:
    # "announced Project Safe Neighborhoods: America's Network Against Gun Violence" announces one thing)
    objs += [a for o in list(objs) if not _org_like(o, lex) and not o.ent_type_ and o.pos_ == "NOUN"
             for a in o.children if a.dep_ == "appos"]
    # "signed H.R. 644, the X Act": a bill's number and the name it stands for
    objs += [a for o in list(objs) if o.pos_ == "PROPN" and any(c.like_num for c in o.children)
             for a in o.children if a.dep_ == "appos"]
    objs += [a for o in list(objs) for a in _list_items(o) if a not in objs]
    # "introduced new teams to tackle X, including the Rural Crime Team and the Business Crime Team": the named
    # members of a plural set are what was set up, not the set
    objs = [a for o in objs for a in (_included_names(o, verb) or [o])]
    # "launched Operation Sentinel: Britain's Network Against County Lines" parsed as two objects: the second,
    # right after a colon that closes a name, is the name's subtitle
    objs = [o for o in objs if not (o.left_edge.i > 1 and o.doc[o.left_edge.i - 1].text == ":" and any(
        p.pos_ == "PROPN" and p.right_edge.i == o.left_edge.i - 2 for p in objs))]
    words, creation = doc_words(verb.doc), lex["creation_nominals"]
    for o in objs:
        for x in _conjuncts(o):
            out += _expand(x, verb, available, lex)
        # "a new way ... with the creation of X" (the document's lists tell first whether the phrase holds such a
        # noun at all: most hold none, and need no Token made for each of their words)
        if any(words.lemma_lower[k] in creation for k in words.subtree(o.i)):
            for y in o.subtree:
                if y.lemma_.lower() in creation and _of_object(y) is not None:
                    out.append(_of_object(y))
    # "has committed to a youth justice strategy", "pledged to fund X"
    if verb.lemma_.lower() in {"commit", "pledge", "devote", "dedicate"}:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for g in c.children:
                    if g.dep_ == "pobj":
                        out += [y for x in _conjuncts(g) for y in _expand(x, verb, available, lex)]
                    elif g.dep_ == "pcomp" and _verb_cue(g, lex) is not None:
                        out += _targets(g, lex)
    # "is considering using X", "plans to introduce X"
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in lex["use_verbs"] | {"use"}:
            out += _targets(c, lex)
    out += _directed(verb)
    return [x for x in out if not _funding_law(x, verb)]


#: Participles a sum is paid out under a law by: "grants funded by the American Rescue Plan".
_SOURCE_PARTICIPLES = frozenset({"fund", "authorize", "authorise", "appropriate", "provide", "make", "enable",
                                 "finance", "pay", "award", "allocate"})
#: Head words of a law's name (also read by the builder for a law named as the source of money).
LAW_HEADS = frozenset({"act", "law", "plan", "bill", "statute"})


def _funding_law(x: Token, verb: Token) -> bool:
    """A law a sum is paid under, which the announcer of the sum does not announce: ``$37 million in grants,
    funded under the American Recovery and Reinvestment Act``, ``grants funded by the American Rescue Plan and the
    Bipartisan Safer Communities Act``, ``awarded under the First Step Act``."""
    if x.lemma_.lower() not in LAW_HEADS or not x.is_title:
        return False
    h = x
    while h.dep_ == "conj" and h.head.i < h.i:
        h = h.head
    if h.dep_ != "pobj" or h.head.lower_ not in {"by", "under", "through", "from"}:
        return False
    governor = h.head.head
    if governor.i == verb.i:
        return h.head.lower_ == "under"  # "announced grants under the X Act" (but "announced by")
    return governor.tag_ == "VBN" and governor.lemma_.lower() in _SOURCE_PARTICIPLES or h.head.lower_ == "under"


#: Verbs and nouns of multiplying a measure: "doubled the youth fund", "announced the doubling of the youth fund".
_MULTIPLYING = frozenset({"double", "treble", "triple", "quadruple"})
_MULTIPLYING_NOUNS = frozenset({"doubling", "trebling", "tripling", "quadrupling"})

#: Verbs that direct someone to do something, and what they may be directed to set up: "directed all U.S.
#: Attorneys to host Gang Prevention Summits", "instructed every force to establish a knife crime unit".
_DIRECTING = frozenset({"direct", "instruct", "task", "order", "require"})
_DIRECTED = frozenset({"host", "hold", "establish", "create", "set", "form", "develop", "launch", "implement",
                       "convene", "introduce", "adopt", "run", "appoint", "designate", "prioritise", "prioritize",
                       "roll", "deploy"})


#: Verbs that entrust a body with a scheme, and what it may be entrusted to do: "appointed a charity to help deliver
#: the Youth Fund", "selected Catch22 to run the Diversion Programme".
_ENTRUSTING = frozenset({"appoint", "select", "choose", "pick", "contract", "commission"})
_ENTRUSTED = frozenset({"deliver", "run", "manage", "administer", "host", "operate", "launch", "establish", "set",
                        "create", "develop"})


def _entrusted(verb: Token) -> list[Token]:
    """``has appointed a charity to help deliver a £200m Youth Fund`` -> the fund: who chooses the body that runs a
    scheme set the scheme up (guideline 9: sets up, funds or directs). Only with a body as the verb's object and
    the scheme as the object of the entrusted clause."""
    if verb.lemma_.lower() not in _ENTRUSTING:
        return []
    lex = _lex()
    bodies = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in {"PERSON", "CARDINAL"} and
              (_org_like(c, lex) or c.lemma_.lower() in {"charity", "foundation", "trust", "provider", "consortium"}
               or c.pos_ == "PROPN" and c.ent_type_ in {"ORG", ""})]
    if not bodies:
        return []  # "appointed Sir Tom Winsor to lead", "selected 20 officers to deliver": people, not a body
    out = []
    # "to help deliver" hangs on the verb, or on the body as an infinitive relative ("a charity to deliver")
    clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i] + \
        [c for b in bodies for c in b.children if c.dep_ in {"relcl", "acl"} and c.i > b.i and
         any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for c in clauses:
        if c.lemma_.lower() == "help":  # "to help deliver"
            c = next((g for g in c.children if g.dep_ == "xcomp" and g.lemma_.lower() in _ENTRUSTED), c)
        if c.lemma_.lower() in _ENTRUSTED:
            out += [x for o in c.children if o.dep_ == "dobj" for x in _conjuncts(o)]
    return out


def _directed(verb: Token) -> list[Token]:
    """The objects of the clause a directing verb sets: ``directed X to host Y`` -> Y (a measure the director
    directs, guideline 9); ``directed officers to arrest Y`` names no measure."""
    if verb.lemma_.lower() in _ENTRUSTING:
        return _entrusted(verb)
    if verb.lemma_.lower() not in _DIRECTING:
        return []
    out = []
    for c in verb.children:
        if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in _DIRECTED and c.i > verb.i:
            out += [x for o in c.children if o.dep_ == "dobj" for x in _conjuncts(o)]
    return out


#: Plural nouns for a set of new bodies or measures whose members an "including" list names.
_SET_NOUNS = frozenset({"team", "unit", "squad", "taskforce", "hub", "centre", "center", "office", "board",
                        "measure", "scheme", "programme", "program", "initiative", "project", "fund"})


def _included_names(o: Token, verb: Token) -> list[Token]:
    """The capitalised names a list gives for ``o``, a plural set noun (``new teams``, ``three new schemes``): after a
    colon, in apposition to the noun; or after ``including``, hung on the noun, on a word after it, or on the verb,
    in the verb's sentence."""
    if o.tag_ != "NNS" or o.lemma_.lower() not in _SET_NOUNS:
        return []
    listed = next((c for c in o.children if c.dep_ == "appos" and c.left_edge.i > 0
                   and o.doc[c.left_edge.i - 1].text == ":"), None)
    if listed is not None:  # "set up two units: the Rural Crime Team and the Cyber Crime Unit"
        items = [listed, *[c for c in listed.conjuncts if c.i > listed.i]]
        return items if all(x.text[:1].isupper() for x in items) else []
    sent = Sentences.for_doc(o.doc).sent(o.i)
    for t in o.doc[o.i + 1:sent.end]:
        if t.lower_ != "including" or not (t.head.i == verb.i or o.i <= t.head.i < t.i):
            continue
        first = next((c for c in t.children if c.dep_ == "pobj"), None)
        if first is None:
            return []
        items = [first, *[c for c in first.conjuncts if c.i > first.i]]
        return items if all(x.text[:1].isupper() for x in items) else []
    return []


def _list_items(o: Token) -> list[Token]:
    """``announced the following efforts: A; B; and C``: the head word of each item after the colon. The parser
    often hangs later items inside earlier ones, so the items are read from the semicolons that part them."""
    doc = o.doc
    sent = Sentences.for_doc(doc).sent(o.i)
    colon = None
    for t in doc[o.i + 1:min(sent.end, o.i + 14)]:
        if t.text == ":":
            colon = t
            break
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", "."}:
            return []
    if colon is None or not any(t.text == ";" for t in doc[colon.i + 1:sent.end]):
        return []
    items, start = [], colon.i + 1
    for t in doc[colon.i + 1:sent.end + 1]:
        if t.i == sent.end or t.text == ";":
            items.append(doc[start:t.i])
            start = t.i + 1
    out = []
    for item in items:
        head = None
        for t in item:
            if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"}:
                break  # "and directed X to ...": a clause, not a noun item
            if t.like_num or t.ent_type_ == "MONEY" or t.pos_ in {"NOUN", "PROPN"}:
                head = t
                break
        if head is None:
            continue
        if head.ent_type_ == "MONEY" or head.like_num or head.pos_ == "SYM":
            while head.head.i != head.i and head.head.ent_type_ == "MONEY" and head.head.i in range(item.start, item.end):
                head = head.head  # "$12 million": the sum's last word
        else:
            while head.dep_ in {"compound", "amod", "nmod"} and item.start <= head.head.i < item.end \
                    and head.head.i > head.i:
                head = head.head
        out.append(head)
    return out


def _available(v: Token) -> Token | None:
    """The ``available`` of ``make £5m available (for X)``, also where the parser hangs it on the sum
    (``made £200,000 available``: an ``amod`` of the object)."""
    found = next((c for c in v.children if c.lower_ == "available" and c.dep_ in {"ccomp", "oprd", "acomp", "xcomp", "dobj"}), None)
    if found is None and v.lemma_.lower() == "make":
        found = next((a for c in v.children if c.dep_ == "dobj" for a in c.children
                      if a.lower_ == "available" and a.dep_ == "amod" and a.i > c.i), None)
    return found


#: Nouns of money handed out: made, they are awarded.
_AWARD_NOUNS = frozenset({"award", "grant", "payment", "allocation"})

_PAID_WORDS: list[Any] = [None, None]  # the lexicon the set below was made from, and the set


def _paid_words(lex: dict[str, Any]) -> frozenset[str]:
    """The lexicon's money nouns and the award nouns: what a verb hands out when it funds a scheme (made once per
    lexicon, not per verb)."""
    if _PAID_WORDS[0] is not lex:
        _PAID_WORDS[:] = [lex, frozenset(lex["money_heads"] | _AWARD_NOUNS)]
    return _PAID_WORDS[1]


def _holds_money(roots: list[Token], money: frozenset[str]) -> bool:
    """A sum (a MONEY entity) or a money word (a lemma of ``money``) in the subtree of any of ``roots``: read from
    the document's lists, without a Token made for each word of the subtrees."""
    words = doc_words(roots[0].doc) if roots else None
    return any(words.ent_type[k] == "MONEY" or words.lemma_lower[k] in money for r in roots for k in words.subtree(r.i))


def _verb_cue(v: Token, lex: dict[str, Any]) -> str | None:
    """The announcing cue of the verb ``v`` (its lemma, a phrasal verb's two words, ``make available``, ...), or
    ``None``: worked out once per verb of the document and kept in its Words' memo (the policy rules and the
    frames ask about the same verbs)."""
    memo = doc_words(v.doc).memo
    key = ("verb cue", v.i, id(lex))
    if key not in memo:
        memo[key] = _announcing_cue(v, lex)
    return memo[key]


def _announcing_cue(v: Token, lex: dict[str, Any]) -> str | None:
    lemma = v.lemma_.lower()
    if lemma == "make":
        if _available(v) is not None:
            return "make available"
        # "made a pledge of 300 new PCSOs", "made a commitment to X"
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _PLEDGE_NOUNS for c in v.children):
            return "pledge"
        # "the awards were made through the COPS Hiring Program", "made grants under X": awarding funds its scheme
        return "award" if any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _AWARD_NOUNS
                              for c in v.children) else None
    if (lemma in _DIRECTING or lemma in _ENTRUSTING) and lemma not in lex["announce_verbs"] and _directed(v):
        return lemma  # "directed all U.S. Attorneys to host X"
    if lemma in _MULTIPLYING:
        return lemma  # "has doubled the early intervention youth fund": an expansion (kept for policy targets only)
    if lemma == "reveal":
        # "revealed there will be an extra £1.5 million for the X Fund": revealing a sum announces it; revealing
        # findings or figures announces nothing
        said = [c for c in v.children if c.dep_ in {"dobj", "ccomp"}]
        return lemma if _holds_money(said, lex["money_heads"]) else None
    if lemma == "sign":
        # "the President signed the 21st Century Cures Act", "signed an executive order": signing a law or an order
        # makes it (guideline 9: who sets up a law); signing a letter, an agreement or a contract announces nothing
        objs = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
        if v.dep_ == "acl" and v.head.i < v.i:
            objs.append(v.head)  # "the Recovery Act, signed into law by President Obama"
        objs += [a for o in objs for a in o.children if a.dep_ == "appos"]  # "signed H.R. 644, the X Act"
        into_law = any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "law" for g in c.children)
                       for c in v.children)
        return lemma if into_law or any(o.lower_ in _SIGNED_LAWS for o in objs) else None
    if lemma in {"publish", "release"}:
        # "DHS released its new Strategic Framework", "the Home Office published the Serious Violence Strategy":
        # publishing a strategy or framework unveils it (plans and codes are most often published again, not new);
        # publishing a report or figures announces nothing
        objs = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
        return lemma if any(o.lemma_.lower() in _PUBLISHED_POLICIES or o.lower_ in _PUBLISHED_POLICIES
                            for o in objs) else None
    if lemma in _HANDING_OUT:
        # "the Office distributed $22 million under its X Program": handing out a sum funds the scheme it comes
        # under; handing out leaflets or kits announces nothing
        objs = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
        return lemma if _holds_money(objs, lex["money_heads"]) else None
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    phr = lex["announce_phrasal"]
    if prt and lemma in phr and prt in phr[lemma]:
        return f"{lemma} {prt}"
    if lemma in lex["announce_verbs"] and lemma not in phr:
        return lemma
    if lemma in lex["announce_verbs"] and lemma in {"set", "step", "roll", "bring", "put"}:
        return None
    return lemma if lemma in lex["announce_verbs"] else None


_PLEDGE_NOUNS = frozenset({"pledge", "commitment", "promise"})
#: Heads of what a signature makes law: "signed the X Act", "signed an executive order".
_SIGNED_LAWS = frozenset({"act", "bill", "law", "legislation", "order", "ordinance", "statute"})
#: Head nouns of policies that are made public by publishing them.
_PUBLISHED_POLICIES = frozenset({"strategy", "framework"})
#: Named schemes a consultation puts out in draft: "a consultation on the draft Policing Plan".
_CONSULTED_DRAFTS = frozenset({"plan", "strategy", "code", "framework", "bill", "guidance", "charter", "protocol"})
#: Verbs of handing out that are a cue only with a sum or grants as object.
_HANDING_OUT = frozenset({"distribute", "disburse", "give", "grant", "confirm", "hand", "channel", "devote", "dedicate"})


#: Prefixes that make a place name a prison's name: "HMP Exeter", "HMYOI Feltham", "HMPs Hull and Durham".
_PRISON_PREFIXES = frozenset({"hmp", "hmps", "hmyoi", "hmyois", "hmpyoi", "hmirc", "hmp/yoi"})


def _prison(tok: Token) -> bool:
    """``HMP Exeter``: the recogniser may call the place in a prison's name a place or a person."""
    return any(c.dep_ in {"compound", "nmod"} and c.lower_ in _PRISON_PREFIXES and c.i < tok.i for c in tok.children) \
        or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in _PRISON_PREFIXES)


def _org_like(tok: Token, lex: dict[str, Any]) -> bool:
    if tok.ent_type_ == "ORG" or _prison(tok):
        return True
    lemma = tok.lemma_.lower()
    if lemma in lex["organisation_heads"]:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and f"{prev.lower_} {tok.lower_}" in lex["organisation_heads"]


def _org_span(tok: Token) -> Span:
    span = name_span(tok)
    poss = [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i]
    if poss and poss[-1].right_edge.i + 1 < tok.i + 1:
        # "the National Crime Agency's new fraud centre": the centre, not the agency that owns it
        first = tok.doc[poss[-1].right_edge.i + 1]
        if first.text in {"'s", "\u2019s", "'"}:
            first = tok.doc[first.i + 1]
        return Span(max(span.start, first.idx), span.end)
    return span


#: Words that stand for no agent: a demonstrative or relative, and the object pronouns ("we push them to adopt
#: extreme measures": whom a verb acts on launches nothing).
_NO_AGENT_WORDS = frozenset({"this", "that", "which", "there", "them", "him", "her", "me", "us"})


def _frames(doc: Doc, policies: list[_Policy], idx: _Index,
            nested: list[_Policy] = ()) -> Iterator[tuple[RelationFact, _Policy | None]]:
    from kg.extract.oversight import sentence_frames as oversight_frames  # (it builds on this module)

    lex = _lex()
    seen: set[tuple[str, Span, Span]] = set()
    memo: dict[str, Any] = {}  # the last body or person who announced a sum (for "The funding is awarded under X")

    def emit(kind: str, agent_tok: Token, target: Span, target_kind: str, sent: SpacySpan, cue: str,
             policy: _Policy | None, status: str = "announced") -> Iterator[tuple[RelationFact, _Policy | None]]:
        if agent_tok.pos_ not in {"PROPN", "NOUN", "PRON"} or agent_tok.lower_ in _NO_AGENT_WORDS:
            return
        agent_tok = _owned_body(agent_tok)
        whole = _coordinated_post(agent_tok)
        agents = _conjuncts(agent_tok) if whole is None else [agent_tok]
        for ap in agent_tok.children:  # "A, title of X, and B, title of Y, announced"
            if ap.dep_ == "appos":
                agents += [c for c in ap.conjuncts if c.i > ap.i and c.ent_type_ in {"PERSON", "ORG"}]
        for a in agents:
            agent = whole if a is agent_tok and whole is not None else _agent_span(a)
            if agent.start <= target.start < agent.end or target.start <= agent.start < target.end:
                continue
            if doc.char_span(target.start, target.end, alignment_mode="expand").text.lower() == \
                    doc.char_span(agent.start, agent.end, alignment_mode="expand").text.lower():
                continue
            key = (kind, agent, target)
            if key in seen:
                continue
            seen.add(key)
            yield RelationFact(kind, agent, target, target_kind, Span(sent.start_char, sent.end_char), cue,
                               status if kind == "ANNOUNCED" else "announced"), policy

    for sent in idx.sents:
        for v in (doc[i] for i in _within(idx.verbs, sent)):
            cue = _verb_cue(v, lex)
            if cue is not None:
                yield from _announce(doc, v, cue, sent, policies, lex, emit, nested, memo)
            lemma = v.lemma_.lower()
            if lemma in _MONEY_SUBJECT_VERBS:
                yield from _money_subject(doc, v, sent, policies, lex, emit, memo)
            if lemma == "add":
                yield from _added_to(doc, v, sent, policies, emit)
            if lemma in lex["oversee_verbs"] or (lemma == "hold" and _holds_to_account(v)):
                yield from _oversee_verb(v, "hold to account" if lemma == "hold" else lemma, sent, policies, lex, emit)
            elif lemma in ("hear", "take", "assure", "ensure"):
                yield from _oversee_phrase(v, sent, policies, lex, emit)
            elif lemma in _SCRUTINY_VERBS:
                yield from _scrutiny_verb(v, sent, policies, lex, emit)
            elif lemma in _WITNESS_VERBS:
                yield from _gives_evidence(v, sent, lex, emit)
            elif lemma in _VISIT_VERBS:
                yield from _inspection_visit(v, sent, policies, lex, emit)
        for n in (doc[i] for i in _within(idx.nominals, sent)):
            if n.lemma_.lower() in lex["oversee_nominals"] or n.lemma_.lower() in _INQUIRY_NOUNS:
                yield from _oversee_nominal(n, sent, lex, emit)
            if n.lemma_.lower() in lex["oversee_nouns"]:
                yield from _watchdog(n, sent, policies, lex, emit)
            if n.lemma_.lower() == "hearing":
                yield from _committee_hearing(n, sent, lex, emit)
        starts = [q.start for q in policies]
        for pol in policies[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
            yield from _nominal_announcement(doc, pol, sent, emit)
            yield from _issued_orders(doc, pol, sent, emit)
        yield from _new_body(doc, sent, lex, emit)
        yield from _launch_with(doc, sent, policies, lex, emit)
        yield from _accountable_to(sent, policies, lex, emit)
        yield from _sum_items(doc, sent, policies, lex, emit, memo)
        yield from _included_items(doc, sent, policies, lex, emit, memo)
        yield from _inline_included(doc, sent, policies, lex, emit, memo)
        yield from oversight_frames(sent, policies, lex, emit)  # findings, visits, commissioned reviews


def _owned_body(tok: Token) -> Token:
    """``The Office of Justice Programs' National Institute of Justice (NIJ) announces ...``: the parser may make the
    possessor the subject and the body it owns an apposition; the owned body acts. Else the token itself."""
    if tok.ent_type_ != "ORG":
        return tok
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and c.ent_type_ == "ORG" and any(
                t.tag_ == "POS" or t.text in {"'", "\u2019"} for t in tok.doc[tok.right_edge.i if tok.right_edge.i < c.i
                                                                          else tok.i + 1:c.left_edge.i]):
            return c
    return tok


#: What is added to something without expanding it: "added his voice to the campaign".
_NOT_ADDED = frozenset({"voice", "support", "weight", "name", "pressure", "concern", "signature", "backing", "fuel"})


def _added_to(doc: Doc, v: Token, sent: SpacySpan, policies: list[_Policy], emit):
    """``the department is adding three new cities to its Violent Crime Initiative``, ``Kent Police added 40
    officers to Operation Harbour``: who adds places, sites or staff to a named programme expands it, an
    announcement of it (guideline 9; like ``expand``)."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if not objs or objs[0].lemma_.lower() in _NOT_ADDED or objs[0].pos_ == "PRON":
        return
    obj = objs[0]
    if not (obj.pos_ == "PROPN" or any(c.like_num or c.lower_ in {"new", "more", "extra", "further"}
                                       for c in obj.children if c.i < obj.i)):
        return  # "added that ...", "added detail to the plan": a count of places or staff, or a named place
    tos = [g for h in (v, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
           for g in c.children if g.dep_ == "pobj"]
    subj, passive = _subject_of(v)
    if subj is None or passive:
        return
    agent = _resolve_agent(subj, v)
    for t in tos:
        pol = _policy_at(t, policies)
        if pol is not None and not pol.frame_only and pol.name[:1].isupper():
            yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, "expand", pol)


def _accountable_to(sent: SpacySpan, policies, lex, emit):
    """``Kent Police is accountable to the Police and Crime Commissioner``, ``the force remains answerable to the
    Mayor's Office``: the body it answers to holds it to account (guideline 10)."""
    words = doc_words(sent.doc)  # the lower-case words as a list: no Token made for the words that cannot match
    for i in range(sent.start, sent.end):
        if words.lower[i] not in {"accountable", "answerable"}:
            continue
        t = words.tokens[i]
        if t.dep_ not in {"acomp", "xcomp"}:
            continue
        to = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"), None)
        subj, passive = _subject_of(t.head)
        if to is None or subj is None or passive:
            continue
        agent = _resolve_agent(subj, t.head) if subj.lower_ in _RELATIVE else subj
        for overseer in _conjuncts(to):
            for x in _conjuncts(agent):
                if x.ent_type_ == "PERSON":
                    yield from emit("OVERSEES", overseer, name_span(x), "Person", sent, "accountable to", None)
                    continue
                for target, kind in _oversee_target(x, True, policies, lex):
                    yield from emit("OVERSEES", overseer, target, kind, sent, "accountable to", None)


def _new_body(doc: Doc, sent: SpacySpan, lex, emit):
    """``the Met's new Violent Crime Taskforce``, ``Kent Police's new rural crime team``: a body's new unit was
    set up by that body (guideline 9: setting up a taskforce or unit)."""
    words = doc_words(doc)
    for i in range(sent.start, sent.end):
        if words.lower[i] != "new":
            continue
        t = words.tokens[i]
        if t.dep_ != "amod":
            continue
        head = t.head
        if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in {"PERSON", "GPE"} or not _org_like(head, lex) \
                or head.lemma_.lower() in {"police", "force", "office", "department", "service", "constabulary"}:
            continue
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i < t.i), None)
        if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ not in {"ORG", "PERSON", ""}:
            continue
        yield from emit("ANNOUNCED", owner, _org_span(head), "Organisation", sent, "new", None)


#: Nouns of announcing or setting up: "the launch of X by Y", "Y's introduction of X".
_ANNOUNCE_NOMINALS = frozenset({"launch", "introduction", "creation", "establishment", "unveiling", "rollout",
                                "roll-out", "announcement", "expansion", "adoption", "implementation", "funding"})


def _OWNED_POLICY_NAME(doc: Doc, pol: _Policy) -> bool:
    words = [x for x in doc[pol.start:pol.end] if x.is_alpha]
    return len(words) >= 2 and sum(1 for x in words if x.is_title or x.is_upper) >= 2


_SUM_WORDS = frozenset({"£", "$", "€", "m", "bn", "k", "million", "billion", "new", "-", "year", "multi"})


def _first_person_sum(doc: Doc, pol: _Policy) -> Token | None:
    """The ``our`` / ``my`` of ``Our £200m Youth Fund``, ``my new Safer Streets Taskforce``: a speaker who calls a
    named scheme theirs with its sum or its newness funded or set it up (guideline 9). Read from the words before
    the name (the parser often misreads the sum); a bare ``our strategy`` is one the body runs: None."""
    if not _OWNED_POLICY_NAME(doc, pol):
        return None
    i, sized = pol.start - 1, False
    while i >= max(0, pol.start - 6):
        t = doc[i]
        if t.lower_ in {"our", "my"}:
            return t if sized else None
        if not (t.like_num or t.ent_type_ == "MONEY" or t.lower_ in _SUM_WORDS):
            return None
        sized = sized or t.like_num or t.lower_ == "new"
        i -= 1
    return None


def _OWNED_POLICY(owner: Token, pol: _Policy, doc: Doc) -> bool:
    """A body's own named programme: the possessor is an organisation named in the text and the policy is a
    title-case name."""
    government = owner.is_title and _the_government(owner)  # "the Government's Uplift Programme", "this Government's X project"
    if not government and (owner.pos_ != "PROPN" or owner.ent_type_ != "ORG"):
        return False  # "our strategy" in a quote is most often one the speaker's body already runs
    words = [x for x in doc[pol.start:pol.end] if x.is_alpha]
    return len(words) >= 2 and sum(1 for x in words if x.is_title or x.is_upper) >= 2


def _named_owner(head: Token, pol: _Policy) -> Token | None:
    """The named possessor before a policy (``the Department's``, ``Kent Police's``), for an agentless passive of
    announcing that hangs on the policy: whose programme was announced is the one who announced it. None for a
    pronoun, a place or a person's name in the possessive of something else."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
    if owner is None:
        doc = head.doc  # the possessor inside the policy's own span: "the Department's Strategy" read whole
        owner = next((c for x in doc[pol.start:pol.end] for c in x.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ not in {"ORG", "PERSON", ""}:
        return None
    return owner


#: Verbs whose subject only meets a launch: "to coincide with the launch of X", "welcomed the launch of X".
_BESIDE_LAUNCH = frozenset({"coincide", "mark", "celebrate", "welcome", "attend", "follow", "precede", "join",
                            "support", "praise", "criticise", "criticize", "say", "speak", "comment"})


def _launch_with(doc: Doc, sent: SpacySpan, policies: list[_Policy], lex, emit):
    """``DEA is stepping up its fight against fentanyl with the launch of Fentanyl Free America``, ``the council is
    tackling fly-tipping through the creation of a Rapid Response Team``: the subject of the verb the launch serves
    launched what it names (guideline 9). The named thing is a policy of the frames, else a title-case name (a
    ``Kept`` span: linked only where a policy finder read a policy there)."""
    nominals = lex["creation_nominals"] | {"unveiling", "rollout", "roll-out"}
    lemmas = doc_words(doc).lemma_lower  # (a Token is made only for a nominal of launching)
    for n in (doc[i] for i in range(sent.start, sent.end) if lemmas[i] in nominals):
        if n.lemma_.lower() not in nominals or n.dep_ != "pobj" or n.head.lower_ not in {"with", "through", "via"}:
            continue
        if any(c.dep_ == "poss" for c in n.children) or _by_agent(n) is not None:
            continue  # "with the Home Office's launch of X": whose launch it is (see _nominal_announcement)
        verb = n.head.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in _BESIDE_LAUNCH:
            continue
        subj, passive = _subject_of(verb)
        obj = _of_object(n)
        if subj is None or passive or obj is None or subj.lower_ in _RELATIVE:
            continue
        agent = _resolve_agent(subj, verb)
        pol = _policy_at(obj, policies)
        if pol is not None:
            yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, n.lemma_.lower(), pol)
        elif obj.pos_ == "PROPN" and obj.ent_type_ not in {"PERSON", "GPE", "DATE"}:
            left = min((x.i for x in obj.subtree if x.dep_ in {"compound", "amod", "nmod"} and x.i < obj.i), default=obj.i)
            words = doc[left:obj.i + 1]
            yield from emit("ANNOUNCED", agent, Span(words.start_char, words.end_char), "Kept", sent,
                            n.lemma_.lower(), None)


#: Participles that say whose a programme is when hyphened to a body: "Home Office-funded", "FBI-led".
_BY_BODY_PARTICIPLES = frozenset({"funded", "led", "backed", "run", "sponsored", "supported"})


def _hyphen_funder(doc: Doc, pol: _Policy) -> Token | None:
    """The body of ``<body>-funded`` right before a policy's name or at its start (``the ONDCP-funded HIDTA
    Program``, ``the Home Office-funded Safer Streets programme``): the last word of the body's name, else None."""
    for k in range(max(2, pol.start - 1), min(pol.end, pol.start + 4)):
        x = doc[k]
        if x.lower_ == "funded" and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ \
                and not doc[k - 2].whitespace_:
            body = doc[k - 2]
            if body.ent_type_ == "ORG" or (body.is_upper and len(body) > 1) or body.is_title:
                return body
    return None


def _the_government(owner: Token) -> bool:
    """``the government's``, ``this Administration's``: the government of the story as a possessor."""
    return owner.lower_ in {"government", "administration"} and owner.i > 0 and \
        owner.doc[owner.i - 1].lower_ in {"the", "this"}


def _sum_led(doc: Doc, pol: _Policy) -> bool:
    """A scheme named by its sum first: ``£25 million package``, ``$2m fund``."""
    toks = [t for t in doc[pol.start:min(pol.end, pol.start + 4)] if t.lower_ not in {"the", "a", "an"}]
    return bool(toks) and (toks[0].text in {"£", "$", "€"} or toks[0].ent_type_ == "MONEY") and \
        any(t.like_num for t in toks[:3])


def _nominal_announcement(doc: Doc, pol: _Policy, sent: SpacySpan, emit):
    """ANNOUNCED frames without a verb: ``the launch of X by Y``, ``Y's launch of X`` and ``Y's new X``."""
    head = doc[pol.start:pol.end].root
    span = _span(doc, pol)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _ANNOUNCE_NOMINALS:
        nominal = head.head.head
        agent = _by_agent(nominal) or next((c for c in nominal.children if c.dep_ == "poss"), None)
        if agent is None:
            # "the launch of the X Scheme by Y": the parser may hang "by Y" on the scheme's name
            agent = _by_agent(head)
            agent = agent if agent is not None and agent.ent_type_ in {"ORG", "PERSON", "GPE"} else None
        if agent is not None and agent.pos_ != "PRON":
            yield from emit("ANNOUNCED", agent, span, "Policy", sent, nominal.lemma_.lower(), pol)
            return
        # ("this expansion of this Government's X project": no one named for the expansion, the owner below)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    sized = _sum_led(doc, pol)
    if owner is None:  # ("the government's £25m package to tackle ...", "the Government's Neighbourhood Uplift
        # Programme": the parser hangs the possessor on a word of the name; a body's there is one it only runs)
        owner = next((c for x in doc[pol.start:pol.end] for c in x.children if c.dep_ == "poss" and c.i < pol.start
                      and (sized or _the_government(c))), None)
    named = owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ in {"ORG", "PERSON", "GPE", ""}
    if owner is not None and (named or _the_government(owner)) and owner.i < pol.start and \
            (sized or any(c.lower_ == "new" and c.dep_ == "amod" for c in head.lefts)):
        # "the Home Office's new Safer Streets Fund": the owner that brings in something new announced it;
        # "the government's £25 million package to tackle ...": whose sum a scheme is funds it (guideline 9)
        yield from emit("ANNOUNCED", owner, span, "Policy", sent, "new" if named else "own", pol)
    elif (first := _first_person_sum(doc, pol)) is not None:
        # "Our £200m Youth Fund will ...", "my new Safer Streets Taskforce": a speaker who names the sum or the
        # newness of a scheme as theirs funds or set it up (guideline 9); a bare "our strategy" is one the body runs
        yield from emit("ANNOUNCED", first, span, "Policy", sent, "own", pol)
    elif (funder := _hyphen_funder(doc, pol)) is not None:
        # "the ONDCP-funded High Intensity Drug Trafficking Areas Program": who funds a programme announces it
        # (guideline 9)
        yield from emit("ANNOUNCED", funder, span, "Policy", sent, "fund", pol)
    elif owner is not None and owner.i < pol.start and _OWNED_POLICY(owner, pol, doc) and not _under_review(head):
        # "ATF's Crime Gun Intelligence Centers", "through its National Ballistic Network program": the body
        # whose named programme it is runs and funds it (guideline 9)
        yield from emit("ANNOUNCED", owner, span, "Policy", sent, "own", pol)


#: Acts of oversight whose object a programme is: "the OIG's audit of X's Y", "reports on ... X's Y".
_REVIEW_WORDS = frozenset({"report", "review", "audit", "inspection", "investigation", "evaluation", "assessment",
                           "examine", "evaluate", "assess", "inspect", "investigate"})


def _under_review(head: Token) -> bool:
    """A programme named as what is audited, reviewed or reported on (``the OIG published reports on ... ATF's
    Explosives Inspection Program``): its owner runs it, but the sentence announces nothing of it."""
    return any(a.lemma_.lower() in _REVIEW_WORDS for a in head.ancestors)


def _announce(doc, v, cue, sent, policies, lex, emit, nested=(), memo=None):
    restricted = v.lemma_.lower() in lex["announce_restricted"]
    status = _status(v, cue)
    if v.dep_ == "acl" and v.head.lemma_.lower() in {"plan", "proposal", "call", "bid"} and v.head.dep_ == "dobj" \
            and v.head.head.lemma_.lower() in _REJECTING and _by_agent(v) is None:
        # "Westshire Police rejected plans to introduce X": the rejecting body, and X keeps its status
        subj, passive = _subject_of(v.head.head)
        status = _STATUS_LEMMAS[v.head.head.lemma_.lower()]
        if subj is not None and not passive:
            agent = _resolve_agent(subj, v.head.head)
            for t in _targets(v, lex):
                pol = _policy_at(t, policies)
                if pol is not None:
                    yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, cue, pol, status)
        return
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in _OCCASION_NOUNS:
        # "In a speech unveiling his Plan for Change, the Prime Minister said ...": who gives the speech announces
        speaker = _occasion_holder(v.head)
        if speaker is not None:
            for t in _targets(v, lex):
                pol = _policy_at(t, policies)
                if pol is not None:
                    yield from emit("ANNOUNCED", speaker, _span(doc, pol), "Policy", sent, cue, pol, status)
        return
    if v.dep_ == "advcl" and v.tag_ == "VBN" and v.i >= 2 and v.doc[v.i - 1].text == "," and \
            (pol := _policy_at(v.doc[v.i - 2], policies)) is not None and pol.end == v.i - 1 and \
            (agent := _by_agent(v)) is not None:
        # "Under the new Street Safety Programme, set up by the Mayor, officers will ...": the parser hangs the
        # participle on the main verb; it describes the policy right before it
        yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, cue, pol, status)
        return
    if v.dep_ == "acl" and v.head.pos_ in {"NOUN", "PROPN"}:
        # "the fund announced by the government", "a campaign led by X"
        agent = _by_agent(v)
        pol = _policy_at(v.head, policies)
        if agent is None and pol is not None and v.tag_ == "VBN":
            agent = _named_owner(v.head, pol)  # "the Department's new Strategy, announced in May"
        if agent is not None and pol is not None:
            yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, cue, pol, status)
        elif agent is not None and cue in _CREATION and _org_like(v.head, lex) and \
                v.head.ent_type_ not in {"PERSON", "GPE"}:
            # "the unit, set up by the Home Office inside the National Crime Agency"
            yield from emit("ANNOUNCED", agent, _org_span(v.head), "Organisation", sent, cue, None, status)
        return
    subj, passive = _subject_of(v)
    if subj is None and not passive and v.tag_ == "VBG" and v.dep_ in {"csubj", "conj", "ROOT", "nsubj", "appos"}:
        return  # "Investing in our communities and building a justice system ... are goals": nobody acts
    agent = _by_agent(v) if passive or subj is None else None
    if agent is None and subj is not None and not passive:
        agent = _resolve_agent(subj, v)
    if agent is None and passive and v.dep_ == "relcl" and subj is not None and subj.lower_ in _RELATIVE:
        # "the Department's Violent Crime Strategy, which was announced in May": the owner, named as possessor
        pol = _policy_at(v.head, policies)
        agent = _named_owner(v.head, pol) if pol is not None else None
    spoken = False  # the agent is only the speaker of the quote the verb stands in
    if agent is None and (passive or subj is None):
        agent = _speaker_of(v)
        spoken = agent is not None
    if agent is None and passive and memo is not None:
        agent = _previous_funder(v, subj, sent, memo, lex)
    if agent is None:
        return
    if memo is not None and not spoken:
        memo["announcer"] = (agent, sent.start)  # "X announced new powers. These include: - introducing Y"
    targets = _targets(v, lex)
    held = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}] + [t for t in targets if t.i != v.i]
    if memo is not None and _holds_money(held, lex["money_heads"]):
        memo["funder"] = (agent, sent.start)  # "X announced $298 million in grants. The funding is awarded under Y"
    directed = _directed(v)
    if cue in _CLAUSE_CUES and not targets:
        # "X announced at the conference that forces would receive £20m for the Safer Streets Fund"
        clause = next((c for c in v.children if c.dep_ == "ccomp"), None)
        clause_end = None
        if clause is None:
            trailing = trailing_clause(v)  # "Forces will share a £20m funding boost, the minister announced."
            if trailing is not None:
                clause, clause_end = trailing
        if clause is not None:
            ids = {x.i for x in clause.subtree if clause_end is None or x.i < clause_end}
            # "announced that it has awarded grants to support X": what an inner announce verb governs is that
            # frame's; the rest of the clause is still the announcer's ("announced that the department is adding
            # cities to its Violent Crime Initiative, building on the model launched in Houston")
            for x in [x for x in clause.subtree if x.i in ids and x.pos_ == "VERB" and _verb_cue(x, lex) is not None
                      and not _agentless(x, policies)]:
                ids -= {y.i for y in x.subtree}
            # "announced it has received / been awarded £2m from the X Fund": a recipient funds nothing (guideline 9)
            for x in [x for x in clause.subtree if x.i in ids and x.pos_ == "VERB" and _received(x)]:
                ids -= {y.i for y in x.subtree}
            starts = [q.start for q in policies]
            for pol in policies[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
                if pol.start in ids and not pol.frame_only:
                    yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, cue, pol, status)
    for t in targets:
        pol = _policy_at(t, policies)
        if pol is None and t.pos_ == "NOUN":
            # "under the Project Safe Neighborhoods program": the name sits in the head noun's modifiers
            pol = next((q for c in t.lefts if c.dep_ in {"compound", "nmod"}
                        for q in [_policy_at(c, policies)] if q is not None), None)
        st = _target_status(t, v, status)
        if pol is not None:
            yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, cue, pol, st)
        elif (kept := _kept_span(t, lex)) is not None and \
                (not _org_like(t, lex) or (restricted and cue not in _CREATION)):
            # ("is investing £5m in the Violence Reduction Network": a body-like name a funding verb takes links
            # only if the learned scorer kept it as a policy; a body is not announced by being funded)
            # "is funding the Rescue and Response project": a name before a policy noun that only the learned
            # scorer reads; the frame points at whatever policy it kept there
            yield from emit("ANNOUNCED", agent, kept, "Kept", sent, cue, None, st)
        elif _org_like(t, lex) and (cue in _CREATION or not restricted or _promised_new(t, cue)) \
                and t.ent_type_ not in {"PERSON", "GPE"}:
            if t.dep_ == "pobj" and t.head.lower_ in {"for", "to", "towards"} and \
                    not any(c.lower_ == "new" for c in t.lefts):
                continue  # "announced £10m for police forces in the North": who gets the money, not a new body
            promised_new = _promised_new(t, cue)
            if (cue in _CREATION or promised_new) and not _bare_body_noun(t):
                # ("pledged a new Rural Crime Taskforce": committing to set a body up, guideline 9)
                yield from emit("ANNOUNCED", agent, _org_span(t), "Organisation", sent, cue, None, st)
            elif t in directed and t.pos_ == "PROPN":  # "directed U.S. Attorneys to host Gang Prevention Summits"
                yield from emit("ANNOUNCED", agent, name_span(t), "Policy", sent, cue, None, st)
    for pol in _funded_programmes(v, targets, policies, nested, lex):
        yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, cue, pol, status)
    for kept in _funded_kept(v, targets, policies, lex):
        yield from emit("ANNOUNCED", agent, kept, "Kept", sent, cue, None, status)
    # "'This funding is awarded as part of X,' said the Attorney General": a quoted passive names no funder
    for kept in ([] if spoken else _scheme_names(v, sent, policies, lex)):
        yield from emit("ANNOUNCED", agent, kept, "Kept", sent, cue, None, status)


def _promised_new(t: Token, cue: str) -> bool:
    """``pledged a new Rural Crime Taskforce``, ``promised a new Violence Reduction Unit``: a commitment to set up a
    body (guideline 9), unlike pledging support to one that exists."""
    return cue in {"pledge", "promise", "commit"} and t.dep_ == "dobj" and any(c.lower_ == "new" for c in t.lefts)


def _agentless(v: Token, policies: list[_Policy]) -> bool:
    """``(announced that) the Safer Streets Fund will double / will be extended``: an inner verb whose subject is
    the policy itself and that names no one acting, so the announcer of the clause is its agent."""
    if _by_agent(v) is not None:
        return False
    subj = next((c for c in v.children if c.dep_ in _SUBJ_DEPS), None)
    return subj is not None and _policy_at(subj, policies) is not None


#: Verbs of getting money or a place in a scheme: the subject is a recipient, not the funder.
_RECEIVING = frozenset({"receive", "win", "secure", "get", "obtain", "gain", "share", "benefit", "bid", "apply"})


def _received(v: Token) -> bool:
    """``(X announced) it has received £2m``, ``we have won £2m``: a clause in which the announcer itself (a
    pronoun) gets the money. Others receiving it (``forces will receive £20m through X``) leave X announced."""
    return v.lemma_.lower() in _RECEIVING and any(c.dep_ == "nsubj" and c.lower_ in {"it", "we", "they", "i"}
                                                   for c in v.children)


def _kept_span(t: Token, lex: dict[str, Any]) -> Span | None:
    """The noun phrase of a policy noun named by the title-case words before it (``the Cashback for Communities
    programme``, ``the Rescue and Response project``), which the rules leave to the learned scorer: its words up
    to the noun, without a leading determiner or possessive. None for any other word."""
    if t.ent_type_ in {"PERSON", "GPE", "NORP", "DATE"}:
        return None
    # "will introduce a Serious Violence Duty": a title-case name with no policy noun, which only the learned scorer
    # reads as a policy (when it does not, the frame links nothing)
    named = t.pos_ == "PROPN" and t.is_title and t.dep_ in {"dobj", "nsubjpass", "pobj"}
    if not named and (t.pos_ != "NOUN" or t.lemma_.lower() not in lex["policy_heads_strong"]):
        return None
    lefts = [c for c in t.lefts if c.dep_ not in {"det", "poss", "punct", "predet"}]
    if not any(c.dep_ in {"compound", "nmod"} and (c.pos_ == "PROPN" or c.is_title) and c.ent_type_ not in
               {"PERSON", "GPE", "NORP", "DATE"} for c in lefts):
        return None
    start = min(x.i for c in lefts for x in c.subtree)
    words = t.doc[start:t.i + 1]
    return Span(words.start_char, words.end_char)


def _funded_kept(v: Token, targets: list[Token], policies: list[_Policy], lex: dict[str, Any]) -> list[Span]:
    """``is providing £4 million for the Cashback for Communities programme``: a named programme the money is for
    (under, through, for), written with a lower-case policy noun the rules leave to the learned scorer."""
    if not _holds_money([t for t in targets if t.dep_ in {"dobj", "nsubjpass"} and t.head.i == v.i], _paid_words(lex)):
        return []
    out = []
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in _SCHEME_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and _policy_at(g, policies) is None and (kept := _kept_span(g, lex)) is not None:
                    out.append(kept)
    return out


#: Determiners that make a funding noun refer back: "The funding is being awarded under X", "These grants were ...".
_BACK_DETS = frozenset({"the", "these", "this", "those", "such"})


#: Verbs money does things with as subject: "This investment by the Home Office will fund X".
_MONEY_SUBJECT_VERBS = frozenset({"fund", "finance", "pay", "support", "expand", "extend", "help", "enable",
                                  "provide", "deliver", "create", "establish", "launch", "bankroll"})


def _funder_of(money: Token) -> Token | None:
    """Whose money a sum is: ``the Mayor's grant``, ``this investment by the Home Office``, ``money from the Justice
    Department``, ``funds awarded by the BJA`` (``None`` when the text names nobody)."""
    poss = next((c for c in money.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ in {"PROPN", "NOUN"}:
        return poss
    for c in money.children:
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            who = next((g for g in c.children if g.dep_ == "pobj"), None)
            if who is not None and (who.ent_type_ in {"ORG", "PERSON", "GPE"} or who.pos_ == "PROPN"):
                return who
        if c.dep_ == "acl" and c.tag_ == "VBN":
            who = _by_agent(c)
            if who is not None:
                return who
    return None


def _money_subject(doc, v, sent, policies, lex, emit, memo):
    """A sum as the subject of what it pays for: ``This investment by the Home Office will fund three youth
    programmes``, ``The Mayor's £2m grant will pay for the Night Patrols``, ``Money from the Justice Department will
    support Project Safe Neighborhoods``: whoever the money is from announced (funded) what it pays for; with
    nobody named, the one who announced the sum just before (``_previous_funder``)."""
    subj, passive = _subject_of(v)
    if subj is None or passive or subj.dep_ != "nsubj" or subj.head.i != v.i:
        return
    money = subj.lemma_.lower() in lex["money_heads"] or subj.lemma_.lower() == "fund" and subj.lower_ == "funds" \
        or subj.ent_type_ == "MONEY"
    if not money:
        return
    agent = _funder_of(subj)
    if agent is None and memo is not None and v.lemma_.lower() in _FUNDING_VERBS:
        agent = _previous_funder(v, subj, sent, memo, lex)
    if agent is None:
        return
    heads = [c for c in v.children if c.dep_ == "dobj"]
    heads += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    heads += [g for c in v.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]  # "help fund X"
    status = _status(v, v.lemma_.lower())
    for h in heads:
        for x in _conjuncts(h):
            pol = _policy_at(x, policies)
            if pol is None and x.pos_ == "NOUN":  # "the Project Safe Neighborhoods program"
                pol = next((q for c in x.lefts if c.dep_ in {"compound", "nmod"}
                            for q in [_policy_at(c, policies)] if q is not None), None)
            if pol is not None:
                yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, "fund", pol, status)


def _sum_items(doc: Doc, sent: SpacySpan, policies: list[_Policy], lex, emit, memo):
    """The items of an announced sum, written without a verb: ``X announced £30m. It includes: • £10m for the Youth
    Diversion Fund • £2m for a 'Safe Summer' campaign`` or ``Of this, £1m is for the Street Outreach Project``:
    whoever announced the sum (within the eight sentences before) funds what each part is for (guideline 9)."""
    if memo is None or "funder" not in memo:
        return
    agent, at = memo["funder"]
    if not 0 < len([s for s in doc_sents(doc) if at <= s.start < sent.start]) <= 8:
        return
    for m in sent:
        if m.ent_type_ != "MONEY" or (m.head.ent_type_ == "MONEY" and m.head.i != m.i):
            continue
        # "Of this, £1 million is for X": the sum is for X in a clause of its own
        copula = m.dep_ == "nsubj" and m.head.lemma_ == "be" and m.head.dep_ == "ROOT" and \
            not any(c.dep_ in {"aux", "neg"} for c in m.head.children)
        if copula:
            holders = [m.head]
        elif _verbless(m):
            holders = [m] + ([m.head] if m.head.i != m.i and not m.head.is_alpha else [])
        else:
            continue  # a sum in a clause with a verb says what its verb says
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ != "for":
                    continue
                for g in (g for g in c.children if g.dep_ == "pobj"):
                    for x in _conjuncts(g):
                        pol = _policy_at(x, policies)
                        if pol is not None and not pol.frame_only:
                            yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", sent, "fund", pol)
                        elif pol is None and (kept := _kept_span(x, lex)) is not None:
                            yield from emit("ANNOUNCED", agent, kept, "Kept", sent, "fund", None)


#: Nouns that stand for announced measures or sums as the subject of "include": "These measures include: ...".
_MEASURE_SETS = frozenset({"measure", "power", "package", "plan", "proposal", "change", "initiative", "commitment",
                           "fund", "funds", "award", "grant", "funding", "scheme", "programme", "program", "step",
                           "action", "reform", "investment", "money"})
_BULLETS = frozenset({"-", "\u2022", "*", "\u2013", "\u00b7", "\u25cf", "\u25aa"})


def _included_items(doc: Doc, sent: SpacySpan, policies: list[_Policy], lex, emit, memo):
    """``The Home Secretary announced new powers. These include: - introducing Violent Offender Orders``, ``Funds
    awarded by the COPS Office include: COPS Hiring Program (CHP): ...``: the items listed after "include:" are
    what the announcer (or the named funder of the sum) announced (guideline 9). The subject must stand for
    measures or sums (not "the allegations include"); the announcer must be within the two sentences before.
    Items are the list lines after the colon: a gerund of announcing (its objects), a title-case programme name
    opening the line, or a policy in the line's first words."""
    lemmas = doc_words(doc).lemma_lower  # (a Token is made only for a possible "include")
    inc = next((t for t in (doc[i] for i in range(sent.start, sent.end) if lemmas[i] == "include")
                if t.lemma_ == "include" and t.pos_ == "VERB" and t.i + 1 < sent.end and
                doc[t.i + 1].text.startswith(":")), None)
    if inc is None:
        return
    subj = next((c for c in inc.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    agent = _funder_of(subj) if subj.pos_ == "NOUN" else None
    if agent is None:
        refers = subj.lower_ in {"these", "they", "this"} or (
            subj.lemma_.lower() in _MEASURE_SETS and any(c.lower_ in _BACK_DETS for c in subj.children))
        if not refers or memo is None or "announcer" not in memo:
            return
        if subj.pos_ == "NOUN" and subj.lemma_.lower() not in _MEASURE_SETS:
            return
        who, at = memo["announcer"]
        if not 0 < len([s for s in doc_sents(doc) if at <= s.start < sent.start]) <= 2:
            return
        agent = who
    elif subj.lemma_.lower() not in _MEASURE_SETS:
        return
    items = [s for s in doc_sents(doc) if s.start > sent.start][:12]
    pending = True  # the first line after the colon is an item, and so is a line after a lone bullet
    for item in items:
        words = [t for t in item if not t.is_space]
        if not words:
            continue
        bullet = words[0].text in _BULLETS
        if len(words) == 1 and bullet:
            pending = True  # the sentence splitter cut the bullet off its line
            continue
        if not bullet and not pending:
            break  # the list ends at the first line that is no item
        pending = False
        first = words[1] if bullet and len(words) > 1 else words[0]
        if first.pos_ == "VERB" and first.tag_ == "VBG" and (cue := _verb_cue(first, lex)) is not None:
            for t in _targets(first, lex):  # "- introducing Violent Offender Orders (VOOs) which ..."
                pol = _policy_at(t, policies)
                if pol is not None and not pol.frame_only:
                    yield from emit("ANNOUNCED", agent, _span(doc, pol), "Policy", item, cue, pol)
                elif t.pos_ == "PROPN" or (t.is_title and t.i > first.i):
                    yield from emit("ANNOUNCED", agent, name_span(t), "Kept", item, cue, None)
            continue
        name = _title_run_ending_in_scheme(doc, first.i, min(item.end, first.i + 10))
        if name is not None and name[0] == first.i:  # "COPS Hiring Program (CHP): Nearly $400 million ..."
            words_ = doc[name[0]:name[1]]
            yield from emit("ANNOUNCED", agent, Span(words_.start_char, words_.end_char), "Kept", item, "include", None)


def _inline_included(doc: Doc, sent: SpacySpan, policies: list[_Policy], lex, emit, memo):
    """``X announced new measures. These include the Y Initiative and a Z``, ``X unveiled a package of measures,
    including Y and Z``, ``The funding includes £5m for the Y Fund``: the named policies a set of measures or a sum
    just announced includes were announced by its announcer (guideline 9). Only policies the finders read, only
    for a set of measures or money, and only within two sentences of the announcement."""
    if memo is None or "announcer" not in memo:
        return
    lemmas = doc_words(doc).lemma_lower
    if "include" not in lemmas[sent.start:sent.end]:
        return
    who, at = memo["announcer"]
    back = len([s for s in doc_sents(doc) if at <= s.start < sent.start])
    if back > 2:
        return
    for k in range(sent.start, sent.end):
        if lemmas[k] != "include":
            continue
        inc = doc[k]
        if k + 1 < sent.end and doc[k + 1].text.startswith(":"):
            continue  # (a list after a colon: _included_items)
        if inc.pos_ == "VERB" and inc.tag_ != "VBG":
            subj = next((c for c in inc.children if c.dep_ == "nsubj"), None)
            if subj is None or back == 0 or not (subj.lower_ in {"these", "they", "this", "it"} or (
                    subj.lemma_.lower() in _MEASURE_SETS and any(c.lower_ in _BACK_DETS for c in subj.children))):
                continue
            objs = [c for c in inc.children if c.dep_ == "dobj"]
        elif inc.tag_ == "VBG" or inc.pos_ == "ADP":
            # "a package of measures, including X": the set the participle hangs on was announced in this sentence
            host = inc.head
            while host.dep_ in {"pobj", "prep"} and host.head.i != host.i:
                host = host.head
            if back != 0 or host.lemma_.lower() not in _MEASURE_SETS:
                continue
            objs = [c for c in inc.children if c.dep_ in {"dobj", "pobj"}]
        else:
            continue
        seen: set[int] = set()
        for o in objs:
            for x in o.subtree:
                pol = _policy_at(x, policies)
                if pol is not None and not pol.frame_only and pol.start not in seen:
                    seen.add(pol.start)
                    yield from emit("ANNOUNCED", who, _span(doc, pol), "Policy", sent, "include", pol)


def _verbless(m: Token) -> bool:
    """No verb governs the sum: it heads its line, or hangs from the bullet that starts the line (the parser takes a
    bullet for a verb, and may hang it from the verb of the line before)."""
    x = m
    while x.head.i != x.i:
        x = x.head
        if not x.is_alpha:
            return True  # "• £10 million for ...": the line starts at the bullet
        if x.pos_ in {"VERB", "AUX"}:
            return False
    return True


def _previous_funder(v: Token, subj: Token | None, sent: SpacySpan, memo: dict[str, Any], lex) -> Token | None:
    """Who announced the money an agentless passive hands out: ``Ministers announced £20m for youth work. The funding
    will be distributed through the Youth Futures Fund.`` -> the ministers (within the next two sentences). The
    passive subject must refer back to the sum (``the funding``, ``these grants``) or count grants of it (``17 new
    grants were awarded through X``); the verb must hand money out."""
    if subj is None or v.lemma_.lower() not in _FUNDING_VERBS | {"make"} or "funder" not in memo:
        return None
    agent, at = memo["funder"]
    between = [s for s in doc_sents(v.doc) if at <= s.start < sent.start]
    if not between or len(between) > 2:
        return None
    if subj.lemma_.lower() not in lex["money_heads"] | {"fund", "award"}:
        return None
    det = next((c for c in subj.children if c.dep_ in {"det", "nummod"} or c.like_num), None)
    if det is None or not (det.lower_ in _BACK_DETS or det.like_num):
        return None
    return agent


#: Prepositions that name the scheme money comes from or goes to: "grants under / through / for the X Program".
_SCHEME_PREPS = frozenset({"under", "through", "via", "from", "for"})
#: Last words of a law or order: funding "for victims under the X Act" does not fund the act.
_LAW_WORDS = frozenset({"act", "bill", "law", "code", "order", "regulations", "directive", "amendment"})


def _funded_programmes(v: Token, targets: list[Token], policies: list[_Policy], nested: list[_Policy],
                       lex: dict[str, Any]) -> list[_Policy]:
    """Named programmes an announced sum or grant round is for (guideline 9: who funds a programme announces it):
    ``announced an initial round of 150 new grants for its Drug-Free Communities Support Program``, ``announced
    $26.1 million in grants under the Child Sexual Predator Program and the Secure Our Schools Program``,
    ``awarded 680 Safe Routes Program grants``. Only when the verb's object holds money or grants; only title-case
    programme names (not laws), read in the object phrase and the verb's ``under/through/from/for`` phrase."""
    money = _paid_words(lex)
    objects = [t for t in targets if t.dep_ in {"dobj", "nsubjpass"} or t.head.i == v.i or t.dep_ == "pobj"]
    region: set[int] = set()
    funded = False
    for t in objects:
        sub = list(t.subtree) if t.i != v.i else []
        if any(x.lemma_.lower() in money or x.ent_type_ == "MONEY" for x in sub) or \
                (t.lemma_.lower() in {"round", "tranche", "wave", "phase"} and _of_object(t) is not None and
                 _of_object(t).lemma_.lower() in money):
            funded = True
        region |= {x.i for x in sub}
    if not funded and any(c.dep_ in {"dobj", "nsubjpass"} and c.ent_type_ == "MONEY" for c in v.children):
        # a bare sum, which has no target of its own ("is awarding $100 million in X grants"): only the verb's
        # own route phrases below name what it funds
        funded, region = True, set()
    if not funded:
        return []
    for c in v.children:
        # "is awarding $100 million in Project Safe Neighborhoods grants": the parser may hang the grants on the verb
        if c.dep_ == "prep" and (c.lower_ in _SCHEME_PREPS or c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in money for g in c.children)):
            region |= {x.i for x in c.subtree}
    out = []
    candidates = sorted(list(policies) + list(nested), key=lambda p: p.start)
    for p in candidates:  # "under the A Program and B Program" where the parser made B a verb's object
        if p.start not in region and any(q.start in region and q.end < p.start and
                                         all(x.lower_ in {"and", ",", "or", "the"} for x in v.doc[q.end:p.start])
                                         for q in candidates):
            region.add(p.start)
    for p in candidates:
        if p.start not in region or not p.name[:1].isupper() or p.frame_only:
            continue
        words = p.name.lower().split()
        if words[-1] in _LAW_WORDS or (words[-1].isdigit() and len(words) > 1 and words[-2] in _LAW_WORDS):
            continue
        last = v.doc[p.end - 1]
        lower_kind = last.is_lower and last.lower_ in _SCHEME_HEADS and last.lemma_.lower() not in money \
            and p.end - p.start >= 2 and v.doc[p.end - 2].is_title  # "the Community Violence Intervention program"
        if not (last.is_title or last.is_upper or lower_kind) or last.lemma_.lower() in money and not p.nested:
            continue  # "Drug-Free Communities grants" is the grants themselves, already the verb's target
        out.append(p)
    return out


#: Last words of a programme's name, for names read from the words after "through / under / as part of".
_SCHEME_HEADS = frozenset({"program", "programme", "programs", "programmes", "initiative", "fund", "scheme",
                           "project", "strategy", "campaign", "plan", "partnership", "network"})
#: The scheme words and their plurals: "funding for the initiative", "for these projects".
_SCHEME_NOUNS = _SCHEME_HEADS | {"programs", "programmes", "initiatives", "schemes", "projects", "strategies"}
#: Small words inside a title-case name: "Internet Crimes Against Children", "Cashback for Communities".
_NAME_LINKS = frozenset({"of", "for", "and", "&", "against", "on", "to", "in", "-"})


def _scheme_names(v: Token, sent: SpacySpan, policies: list[_Policy], lex: dict[str, Any]) -> list[Span]:
    """``announced $139 million in grants through the Office's COPS Hiring Program (CHP)``, ``awarded £2m under
    the Safer Roads Fund``, ``£5m as part of its Clear Streets Initiative``: the title-case programme name written
    after the route of an announced sum (guideline 9: who funds a programme), read from the words themselves where
    the parse has lost the phrase. Only when the verb hands out money (a sum or grants as its object); the first
    title-case name ending in a programme word within a short window; a ``Kept`` span, so it reaches a policy
    only where a policy finder read one there."""
    doc = v.doc
    objs = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not _holds_money(objs, _paid_words(lex)):
        return []
    out = []
    for t in doc[v.i + 1:sent.end]:
        if t.text in {";", ":"} or (t.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ", "VBP"}):
            break  # the next clause
        route = t.lower_ in {"through", "under", "via"} or (
            t.lower_ == "of" and t.i >= 2 and doc[t.i - 1].lower_ == "part" and doc[t.i - 2].lower_ == "as")
        if not route:
            continue
        # the route belongs to the verb or to its sum, not to a recipient's own description
        anchor = t.head if t.lower_ != "of" else doc[t.i - 2].head
        if not (anchor.i == v.i or anchor.head.i == v.i and anchor.dep_ in {"dobj", "nsubjpass", "pobj", "prep"}
                or any(a.i == v.i for a in list(anchor.ancestors)[:2])):
            continue
        name = _title_run_ending_in_scheme(doc, t.i + 1, min(sent.end, t.i + 22))
        if name is not None:
            pol = next((p for p in policies if p.start <= name[1] - 1 < p.end and not p.frame_only), None)
            words = doc[pol.start:pol.end] if pol is not None else doc[name[0]:name[1]]
            out.append(Span(words.start_char, words.end_char))
        break  # the first route only
    return out


def _title_run_ending_in_scheme(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The first run of title-case words (with the small words inside names) in ``doc[start:end]`` that ends in a
    programme word: (start, end) token positions, or None."""
    i = start
    while i < end:
        t = doc[i]
        if t.text in {";", "."} or (t.is_alpha and t.is_lower and t.pos_ == "VERB"):
            return None
        if not (t.is_alpha and (t.is_title or t.is_upper)) or t.ent_type_ in {"PERSON", "GPE", "DATE"}:
            i += 1
            continue
        j, last = i, None
        while j < end:
            w = doc[j]
            if w.is_alpha and (w.is_title or w.is_upper) or (w.text in {"-", "\u2019s", "'s"} and j > i):
                if w.lower_ in _SCHEME_HEADS:
                    last = j
                j += 1
            elif w.lower_ in _NAME_LINKS and j + 1 < end and doc[j + 1].is_alpha and doc[j + 1].is_title:
                j += 1
            else:
                break
        if last is None and j < end and j > i and doc[j].lower_ in _SCHEME_HEADS and doc[j].is_lower:
            last = j  # "under the Community Violence Intervention program": the name, then its kind in lower case
        if last is not None and last > i:
            return i, last + 1
        i = max(j, i + 1)
    return None


def _bare_body_noun(t: Token) -> bool:
    """``set up a network``, ``formed a team``: a body noun with nothing but a determiner or a number names no
    body (guideline 3 counts units that are bodies, named or described: ``a new fraud cell``, ``the Task Force``)."""
    if t.pos_ != "NOUN" or t.ent_type_ or t.is_title:
        return False
    return not any(c.dep_ in {"amod", "compound", "nmod", "poss", "acl", "relcl"} or
                   (c.dep_ == "prep" and c.lower_ in {"on", "for", "against", "of", "into", "to"}) or
                   (c.dep_ == "punct" and c.text == "-") for c in t.children)


#: Occasions someone announces at: "in a speech unveiling X", "a statement announcing X".
_OCCASION_NOUNS = frozenset({"speech", "statement", "address", "letter", "visit", "interview", "article", "remarks",
                             "op-ed", "message", "briefing", "event", "conference"})


def _occasion_holder(noun: Token) -> Token | None:
    """Who gives the speech (statement, visit ...) ``noun`` names: its possessor (``the Mayor's speech``), else
    the subject of the clause it is a phrase of (``In a speech ..., the Prime Minister said``; ``X used a speech
    ...``), else the subject of the clause it is the object of (``X gave a speech ...``)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return owner
    x = noun
    for _ in range(3):
        if x.dep_ in {"pobj", "prep", "dobj", "npadvmod"} and x.head.i != x.i:
            x = x.head
            if x.pos_ in {"VERB", "AUX"}:
                subj, passive = _subject_of(x)
                if subj is None or passive or subj.lower_ in _RELATIVE or subj.pos_ == "PRON" and \
                        subj.lower_ not in {"he", "she", "we", "i"}:
                    return None
                return _resolve_agent(subj, x)
        else:
            break
    return None


#: Nouns of an order someone with authority issues: "the President's Executive Order on X".
_ORDER_NOUNS = frozenset({"order", "declaration", "directive", "proclamation", "memorandum", "decree", "memo"})


def _issued_orders(doc: Doc, pol: _Policy, sent: SpacySpan, emit):
    """``the President's Executive Order on a Task Force on Crime Reduction``, ``the Home Secretary's directive on
    stop and search``: the person (or post) whose order it is issued it (guideline 9: directs)."""
    head = doc[pol.start:pol.end].root
    if head.lemma_.lower() not in _ORDER_NOUNS:
        return
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < pol.start), None)
    if owner is None or owner.pos_ == "PRON" or not (owner.ent_type_ in {"PERSON", "TITLE"} or
                                                      owner.lower_ in {"president", "governor", "mayor"}):
        return
    yield from emit("ANNOUNCED", owner, _span(doc, pol), "Policy", sent, "order", pol)


#: Verbs and nouns that give a measure its status instead of "announced" (see :class:`RelationFact`).
_STATUS_LEMMAS = {
    "consider": "considered", "explore": "considered", "weigh": "considered", "contemplate": "considered",
    "propose": "proposed", "suggest": "proposed", "recommend": "proposed", "proposal": "proposed",
    "plan": "planned", "intend": "planned", "intention": "planned",
    "reject": "rejected", "refuse": "rejected", "scrap": "rejected", "oppose": "rejected", "dismiss": "rejected",
    "drop": "rejected", "shelve": "rejected", "abandon": "rejected",
    "deny": "denied",
}
#: Verbs that reject or deny the plans they take as object ("rejected plans to introduce X").
_REJECTING = frozenset({"reject", "dismiss", "scrap", "oppose", "deny", "drop", "shelve", "abandon"})
_STATUS_UP = frozenset({"xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "acl", "advcl", "conj", "relcl"})


def _status(v: Token, cue: str) -> str:
    """What the sentence says was done with the measure of announce-type verb ``v``: a verb that is itself
    negated, or that sits under consider / propose / plan / reject / deny / rule out, keeps that status
    ("is considering using X", "denied that it would introduce X", "has no plans to roll out X" stays planned,
    "will not introduce X" is rejected)."""
    if cue == "put forward":
        return "proposed"
    tok = v
    for depth in range(4):
        lemma = tok.lemma_.lower()
        if depth and lemma in _SPEECH and lemma != "deny":
            break  # "X said it would launch Y": speech reports the announcement
        negated = any(c.dep_ == "neg" for c in tok.children)
        if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return "rejected"
        if lemma in _STATUS_LEMMAS:
            found = _STATUS_LEMMAS[lemma]
            if negated and found in ("considered", "proposed", "planned"):
                return "rejected"  # "is not considering X", "has no plan to"
            return found
        if negated:
            return "rejected"
        if tok.dep_ not in _STATUS_UP or tok.head.i == tok.i:
            break
        tok = tok.head
    return "announced"


def _target_status(t: Token, v: Token, status: str) -> str:
    """``announced plans to introduce X``, ``unveiled proposals for X``: a plan or proposal between the verb
    and its target makes the target planned or proposed."""
    if status != "announced":
        return status
    if any(c.lower_ == "draft" for c in t.lefts) or (t.dep_ == "appos" and t.head.lower_ == "draft"):
        return "proposed"  # "a consultation on the draft Policing Plan": put out, not yet adopted
    tok = t
    for _ in range(5):
        if tok.i == v.i or tok.head.i == tok.i:
            break
        tok = tok.head
        lemma = tok.lower_ if tok.lower_ in ("plans", "proposals") else tok.lemma_.lower()
        if tok.pos_ == "PROPN" and tok.is_title and tok.i > 0 and tok.doc[tok.i - 1].is_title:
            continue  # "the Police and Crime Plan, including X": a named plan the target is listed after
        if lemma in ("plan", "plans"):
            return "planned"
        if lemma in ("proposal", "proposals"):
            return "proposed"
    return status


def _span(doc: Doc, p: _Policy) -> Span:
    s = doc[p.start:p.end]
    return Span(s.start_char, s.end_char)


def _holds_to_account(v: Token) -> bool:
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "account" for g in c.children):
            return True
        if c.lower_ == "accountable" or (c.dep_ in {"ccomp", "xcomp", "dobj"} and any(g.lower_ == "accountable" for g in c.children)):
            return True  # "hold the force's officers accountable"
    return v.i + 3 < len(v.doc) and any(t.lower_ == "account" for t in v.doc[v.i + 1:min(len(v.doc), v.i + 8)]) \
        and any(t.lower_ == "to" for t in v.doc[v.i + 1:min(len(v.doc), v.i + 8)])


def _orgs_in(tok: Token) -> list[Span]:
    ids = {x.i for x in tok.subtree}
    for x in tok.subtree:  # "... set out by the Authority": an agent inside the target is not overseen
        if x.dep_ == "agent" and x.i != tok.i:
            ids -= {y.i for y in x.subtree}
    out = []
    ents = []
    i = min(ids)
    while i <= max(ids):
        b = ent_bounds(tok.doc[i])
        if b is None:
            i += 1
            continue
        ents.append(tok.doc[b[0]:b[1]])
        i = b[1]
    for ent in ents:
        if ent.root.ent_type_ == "ORG" and ent.start in ids:
            s = ent.start + (1 if ent[0].lower_ == "the" else 0)
            e = ent.end - (1 if ent[-1].text in {"'s", "’s", "'"} else 0)
            while e > s and (tok.doc[e - 1].is_space or tok.doc[e - 1].is_punct):
                e -= 1
            # "the Met's Directorate of Professional Standards" as one entity: possessor and possessed
            cut = next((i for i in range(s + 1, e - 1) if tok.doc[i].text in {"'s", "’s"}), None)
            pieces = [(s, cut), (cut + 1, e)] if cut is not None else [(s, e)]
            for a, b in pieces:
                if a < b:
                    out.append(Span(tok.doc[a].idx, tok.doc[b - 1].idx + len(tok.doc[b - 1].text)))
    return out


def _possessor_body(o: Token, lex) -> Token | None:
    """``its employees``, ``the force's handling of X``, ``the department's grant programs``: a possessor that
    refers back to a body (a pronoun or a definite body noun; the resolver finds which body)."""
    for c in o.children:
        if c.dep_ != "poss" or c.ent_type_:
            continue
        if c.lower_ in {"its", "their", "our"}:  # "a review of our investigation": the body writing (resolved later)
            return c
        if c.pos_ == "NOUN" and c.lemma_.lower() in lex["organisation_heads"] and \
                any(d.dep_ == "det" and d.lower_ in {"the", "this"} for d in c.children):
            return c
    return None


def _oversee_target(o: Token, org_only: bool, policies: list[_Policy], lex) -> list[tuple[Span, str]]:
    if org_only:
        orgs = _orgs_in(o)
        if not orgs and _org_like(o, lex) and (o.ent_type_ not in {"PERSON", "GPE"} or _prison(o) or
                                               o.lemma_.lower() in {"police", "constabulary", "force"}):
            orgs = [_org_span(o)]  # "inspects all 43 police forces"
        if not orgs and _possessor_body(o, lex) is not None:  # "investigating the force's handling of X"
            orgs = [name_span(_possessor_body(o, lex))]
        return [(s, "Organisation") for s in orgs]
    if _possessor_body(o, lex) is not None and not _orgs_in(o):  # "holds its employees accountable"
        return [(name_span(_possessor_body(o, lex)), "Organisation")]
    for c in o.children:
        if c.dep_ == "poss" and c.ent_type_ in {"GPE", "LOC", "ORG"}:
            kind = "Organisation" if c.ent_type_ == "ORG" else "Place"
            return [(_org_span(c), kind)]
    if o.ent_type_ in {"GPE", "LOC"}:
        return [(_org_span(o), "Place")]
    if _org_like(o, lex):
        return [(_org_span(o), "Organisation")]
    pol = _policy_at(o, policies)
    if pol is not None:
        return [(_span(o.doc, pol), "Policy")]
    orgs = _orgs_in(o)
    return [(s, "Organisation") for s in orgs]


def _act_of_oversight(subj: Token, lex) -> bool:
    """``The audit``, ``This inspection``, ``Our investigation``: an act of oversight as subject, with no body of
    its own named (``HMICFRS's inspection`` names one)."""
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or lemma not in (lex["oversee_nominals"] - {"regulation", "monitoring"}):
        return False
    return not any(c.dep_ in {"poss", "compound"} and c.lower_ not in {"our", "this", "the"} for c in subj.children) \
        and _by_agent(subj) is None


#: Words that open an indirect question: "reviewed how X manages", "assessed whether X complied".
_QUESTION_WORDS = frozenset({"how", "whether", "why", "if"})


def _question_subjects(v: Token) -> list[Token]:
    """The subject of an indirect question a review verb takes as object: ``We reviewed how the Home Office
    manages its contracts``, ``HMICFRS assessed how well Kent Police responds``, ``the OIG reviewed whether the
    FBI complied`` (the body whose conduct is examined)."""
    out = []
    for clause in v.children:
        if clause.dep_ != "ccomp" or clause.i < v.i:
            continue
        opener = [t for t in clause.subtree if t.i < clause.i and t.lower_ in _QUESTION_WORDS
                  and t.dep_ in {"advmod", "mark"}]
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if opener and subj is not None:
            out.append(subj)
    return out


#: Programme nouns: an object that is one is a programme even when the recogniser called it a body.
_PROGRAMME_NOUNS = frozenset({"program", "programme", "initiative", "scheme", "fund", "strategy", "plan", "project",
                              "policy", "pilot", "grant"})


def _oversee_verb(v, cue, sent, policies, lex, emit):
    from kg.extract.oversight import _OVERSEER_ONLY, _overseer  # the same reading kg.extract.oversight makes
    org_only = cue in lex["oversee_org_only"]
    subj, passive = _subject_of(v)
    if v.dep_ == "acl" and v.head.pos_ in {"NOUN", "PROPN"} and v.tag_ == "VBN":
        agent, objs = _by_agent(v), [v.head]
    elif v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in _REPORT_NOUNS:
        # "released a report examining the DEA's use of informants": whose report it is (its possessor, or who
        # publishes it) examines; with neither named, the oversight body whose report this is
        agent = next((c for c in v.head.children if c.dep_ == "poss"), None)
        if agent is None and v.head.dep_ == "dobj" and v.head.head.pos_ == "VERB":
            hsubj, hpassive = _subject_of(v.head.head)
            agent = _resolve_agent(hsubj, v.head.head) if hsubj is not None and not hpassive else None
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs and org_only:
            objs = _question_subjects(v)
        subj, passive = (None, agent is None)
    elif passive:
        agent, objs = _by_agent(v), [_resolve_agent(subj, v)]
    else:
        agent = _resolve_agent(subj, v) if subj is not None else None
        if subj is not None and subj.lemma_.lower() in _INSPECTOR_NOUNS and _body_of_people(subj) is not None:
            # "Inspectors from HMIP visited HMP Leeds": the body the inspectors come from (with none named, the
            # builder reads plural reviewers as the document's inspectorate)
            agent = _body_of_people(subj)
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs:  # "inspected Greater Manchester Police": the parser may call a named object a dative
            objs = [c for c in v.children if c.dep_ == "dative" and c.i > v.i]
        if not objs and cue == "hold to account":  # parsed as "holds [the force to account]"
            objs = [g for c in v.children if c.lemma_.lower() in {"account", "accountable"} and c.dep_ in {"ccomp", "xcomp", "dobj"}
                    for g in c.children if g.dep_ == "nsubj"]
        if not objs:
            objs = _shared_objects(v)  # "HMICFRS inspects and reports on the efficiency of forces"
        if not objs:
            objs = _question_subjects(v)  # "the OIG examined how the ATF managed its informants", "will scrutinise
            # how the Home Office is supporting forces"
        if v.dep_ == "relcl" and v.head.pos_ in {"NOUN", "PROPN"} and (not objs or objs[0].lower_ in _RELATIVE) \
                and subj is not None and subj.lower_ not in _RELATIVE:
            objs = [v.head]  # "Cleveland Police, which we inspected": the noun the clause describes
    unnamed = passive or (subj is not None and _act_of_oversight(subj, lex))
    if agent is not None and unnamed and not passive:
        agent = None  # "The audit examined X's spending": the act, not who did it
    if agent is None and unnamed and org_only and v.dep_ != "acl" and not any(c.dep_ == "neg" for c in v.children):
        # "HMP Lewes was inspected in January", "The audit examined X" name no inspector: in an oversight body's
        # own report it is that body; an empty agent span asks the builder for the document's publisher (kept
        # only if it oversees)
        for o in objs:
            for x in (_conjuncts(o) if o is not None else []):
                for target, kind in _oversee_target(x, True, policies, lex):
                    yield RelationFact("OVERSEES", Span(v.idx, v.idx), target, kind,
                                       Span(sent.start_char, sent.end_char), cue), None
        return
    if agent is None:
        return
    if cue in {"investigate", "examine", "review", "probe"}:
        # "the IOPC is investigating the death of a man after contact with Essex Police": the force whose contact
        # came before the death is what the watchdog investigates
        for body in _contact_bodies(v, objs):
            yield from emit("OVERSEES", agent, name_span(body), "Organisation", sent, cue, None)
    for o in objs:
        for x in _conjuncts(o):
            if x.ent_type_ == "PERSON" and cue == "hold to account":
                yield from emit("OVERSEES", agent, name_span(x), "Person", sent, cue, None)  # "holds X to account"
                continue
            for target, kind in _oversee_target(x, org_only, policies, lex):
                if cue in _OVERSEER_ONLY and (kind == "Policy" or _policy_at(x, policies) is not None or
                                              x.lemma_.lower() in _PROGRAMME_NOUNS) and not _overseer(agent):
                    continue  # a department evaluating its own programme: no oversight (guideline 10)
                yield from emit("OVERSEES", agent, target, kind, sent, cue, None)


#: Verbs of oversight whose object follows "on": "reports on the force", "comments on its plans".
_ON_VERBS = frozenset({"report", "comment", "advise"})


def _shared_objects(v: Token) -> list[Token]:
    """The object an oversight verb shares with the verbs coordinated after it: ``inspects and reports on X``,
    ``inspect, monitor and report on X`` (the parser hangs ``X`` on the last verb only)."""
    for c in v.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i <= v.i or any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            continue
        objs = [g for g in c.children if g.dep_ == "dobj"]
        if not objs and c.lemma_.lower() in _ON_VERBS:
            objs = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
        if not objs:
            objs = _shared_objects(c)
        if objs:
            return objs
    return []


def _contact_bodies(v: Token, objs: list[Token]) -> list[Token]:
    """The bodies of ``after / following contact with X`` on an act of investigating or on its object (``the death
    of a man following contact with Kent Police``): a named body (not a person), else []."""
    out = []
    for h in [v, *(o for o in objs if o is not None)]:
        for x in h.subtree if h is not v else h.children:
            if x.dep_ != "prep" or x.lower_ not in {"after", "following"}:
                continue
            contact = next((g for g in x.children if g.dep_ in {"pobj", "pcomp"} and g.lemma_.lower() == "contact"), None)
            body = next((g for c in (contact.children if contact is not None else []) if c.dep_ == "prep" and
                         c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
            if body is not None and body.ent_type_ != "PERSON" and (body.ent_type_ == "ORG" or body.pos_ == "PROPN"):
                if body.i not in {b.i for b in out}:
                    out.append(body)
    return out


#: Documents whose examining is oversight by their author: "a report examining X", "a study assessing X".
_REPORT_NOUNS = frozenset({"report", "review", "study", "audit", "inspection", "evaluation", "assessment",
                           "investigation", "inquiry", "memorandum", "letter"})

#: People whose visit or review is an inspection: "Inspectors from HMIP visited HMP Leeds".
_INSPECTOR_NOUNS = frozenset({"inspector", "auditor", "examiner", "investigator"})

#: Verbs of a committee's or a legislator's scrutiny: "the Committee questioned the Commissioner".
_SCRUTINY_VERBS = frozenset({"question", "quiz", "grill", "interrogate", "cross-examine", "summon"})

#: Nouns for scrutinising bodies, and for their members.
_SCRUTINY_BODIES = frozenset({"committee", "subcommittee", "panel", "assembly", "inquiry", "commission"})
_MEMBER_NOUNS = frozenset({"lawmaker", "legislator", "senator", "member", "mp", "mps", "councillor",
                           "representative", "peer"})


def _body_of_people(subj: Token) -> Token | None:
    """``Inspectors from HMIP``, ``auditors at the OIG``, ``members of the Committee``: the body named by the
    preposition on a plural of people (``None`` when the text names none)."""
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "at", "of", "on", "with"}:
            body = next((g for g in c.children if g.dep_ == "pobj"), None)
            if body is not None and (body.ent_type_ == "ORG" or body.pos_ == "PROPN"):
                return body
    return None


def _scrutiny_verb(v, sent, policies, lex, emit):
    """A committee's scrutiny said with a verb (guideline 10): ``the Home Affairs Committee questioned the
    Commissioner``, ``lawmakers on the House Judiciary Committee grilled FBI Director Chris Wray``: the committee
    oversees whom it questions. Only a scrutinising body (or its members) as subject: a reporter who questions
    someone oversees nothing."""
    subj, passive = _subject_of(v)
    if subj is None or passive:
        return
    agent = None
    lemma = subj.lemma_.lower()
    if lemma in _SCRUTINY_BODIES or subj.lower_ in _SCRUTINY_BODIES:
        agent = subj
    elif lemma in _MEMBER_NOUNS or subj.lower_ in _MEMBER_NOUNS:
        body = _body_of_people(subj)
        if body is not None and body.lemma_.lower() in _SCRUTINY_BODIES:
            agent = body
    if agent is None:
        return
    objs = [c for c in v.children if c.dep_ in {"dobj", "dative"} and c.i > v.i]
    yield from _scrutinised(agent, objs, sent, policies, lex, emit, v.lemma_.lower())


def _scrutinised(agent, objs, sent, policies, lex, emit, cue):
    """The people and bodies a committee hears or questions: a named person (or the person a title is in
    apposition with), else the body."""
    for o in objs:
        for x in _conjuncts(o):
            named = next((c for c in x.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if x.ent_type_ == "TITLE" and named is not None:
                x = named  # "took evidence from the Metropolitan Police Commissioner, Sir Mark Rowley": the person
            if x.ent_type_ == "PERSON":
                yield from emit("OVERSEES", agent, name_span(x), "Person", sent, cue, None)
                continue
            for target, kind in _oversee_target(x, False, policies, lex):
                yield from emit("OVERSEES", agent, target, kind, sent, cue, None)


def _oversee_phrase(v, sent, policies, lex, emit):
    """Oversight said with a verb phrase (guideline 10): ``the Committee heard (took) evidence from X``,
    ``the Board is responsible for assuring delivery of X``."""
    lemma = v.lemma_.lower()
    objs = [c for c in v.children if c.dep_ == "dobj"]
    targets: list[Token] = []
    if lemma in ("hear", "take") and any(o.lemma_.lower() == "evidence" for o in objs):
        cue = "hear evidence from"
        for holder in [v, *objs]:
            targets += [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"]
    elif lemma in ("assure", "ensure") and any(o.lemma_.lower() == "delivery" for o in objs):
        cue = "assure delivery"
        targets = [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    else:
        return
    subj, passive = _subject_of(v)
    if subj is None or passive:
        return
    agent = _resolve_agent(subj, v)
    yield from _scrutinised(agent, targets, sent, policies, lex, emit, cue)


#: Verbs whose object is asked to act: "asked HMICS to carry out an inspection of X".
_ASKING_VERBS = frozenset({"ask", "commission", "invite", "direct", "instruct", "task", "request", "appoint", "charge"})


#: Verbs whose subject responds to an act of oversight, not carries it out: "welcomed the Casey Review of the Met".
_REACTING = frozenset({"welcome", "praise", "criticise", "criticize", "support", "back", "endorse", "reject",
                       "dismiss", "accept", "read", "cite", "quote", "respond", "note", "acknowledge", "attack",
                       "question", "challenge", "await", "expect", "follow", "study", "discuss", "applaud",
                       "condemn", "dispute", "contest", "mention", "reference"})


def _oversee_nominal(n, sent, lex, emit):
    target = None
    # "a report of the Committee" is its author, but "the inspectorate's review of X" reviews X
    preps = {"into"} if n.lemma_.lower() in _INQUIRY_NOUNS - {"review", "inquiry"} else {"into", "of", "over"}
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
            if target is not None:
                break
    hung = False  # the target hangs on the verb
    if target is None and n.dep_ == "dobj" and n.lemma_.lower() in _INQUIRY_NOUNS | {"investigation", "probe"}:
        # "published a report into the performance of X", "opened an investigation into X": the parser hangs
        # "into" on the verb
        target = next((g for c in n.head.children if c.dep_ == "prep" and c.lower_ == "into" and c.i > n.i
                       for g in c.children if g.dep_ == "pobj"), None)
        hung = target is not None and n.lemma_.lower() not in _INQUIRY_NOUNS
    if target is None:
        subject = _subject_to(n)
        if subject is not None:
            yield from _subject_to_oversight(n, subject, sent, lex, emit)
            return
        yield from _remit_oversight(n, sent, emit)
        return
    agent = next((c for c in n.children if c.dep_ == "poss"), None)
    if agent is not None and agent.lower_ in {"his", "her", "its", "their"} and n.dep_ == "dobj" \
            and n.head.pos_ == "VERB":
        # "HMICS published his Strategic Review of the Authority": the one who publishes their own review
        subj, passive = _subject_of(n.head)
        if subj is not None and not passive and subj.lower_ not in _PRONOUNS:
            agent = _resolve_agent(subj, n.head)
    if agent is None:
        agent = _by_agent(n)
    if agent is None and n.dep_ == "appos" and n.head.ent_type_ == "ORG":
        agent = n.head  # "Independent Office for Police Conduct: Investigation into X"
    if agent is None and n.dep_ == "dobj" and n.head.pos_ == "VERB" and n.head.dep_ == "xcomp" \
            and n.head.head.lemma_.lower() in _ASKING_VERBS:
        # "asked HMICS to carry out an inspection of the SPA": the one asked carries it out, not the one asking
        agent = next((c for c in n.head.head.children if c.dep_ == "dobj" and c.i < n.head.i), None)
    if agent is None and n.dep_ == "dobj" and n.head.pos_ == "VERB" and n.head.lemma_.lower() not in _REACTING:
        subj, passive = _subject_of(n.head)
        if subj is not None and not passive:
            agent = _resolve_agent(subj, n.head)
    if agent is None:
        agent = _responsible_for(n)
    if agent is None:
        agent = _hearing_body(n, lex)
    if agent is None:
        return
    if hung:
        from kg.extract.oversight import _overseer  # (that module builds on this one)

        if not _overseer(agent):
            return  # "Kent Police opened an investigation into the robbery at a bank": a force investigating crime
    # "an inspection of Eastmoor Constabulary by HMICFRS": a body the recogniser left untyped is still a body
    # ("launched the Independent Review of Police Pay": the review's own name is not what it oversees)
    spans = [span for span, _ in _oversee_target(target, True, [], lex) if not span.start <= n.idx < span.end]
    if n.lemma_.lower() in {"investigation", "inquiry", "probe", "review"}:
        # "launched an investigation into the death of a man after contact with Sussex Police": the force
        # (the parser may hang "after contact" on the act, its object, or the verb the act is the object of)
        hosts = (n.head, [n, target]) if n.dep_ == "dobj" and n.head.pos_ == "VERB" else (n, [target])
        spans += [s for s in map(name_span, _contact_bodies(*hosts)) if s not in spans]
    for span in spans:
        yield from emit("OVERSEES", agent, span, "Organisation", sent, n.lemma_.lower(), None)
    if not spans and n.lemma_.lower() in ("investigation", "inquiry", "probe") and target.lower_ in _OFFICER_NOUNS:
        # "our investigation into these officers": the force whose officers they are (resolved from the story)
        yield from emit("OVERSEES", agent, name_span(target), "Force", sent, n.lemma_.lower(), None)


def _responsible_for(n: Token) -> Token | None:
    """Whose remit an act of oversight is: ``the Committee is responsible for oversight of FEMA``, ``the body
    responsible for the inspection of prisons``, ``the Board, which is accountable for scrutiny of ...``."""
    if n.dep_ != "pobj" or n.head.lower_ != "for" or n.head.head.lower_ not in {"responsible", "accountable"}:
        return None
    adj = n.head.head
    if adj.dep_ == "amod" and adj.head.pos_ in {"NOUN", "PROPN"}:
        return adj.head  # "the body responsible for oversight of X"
    subj, passive = _subject_of(adj)
    return _resolve_agent(subj, adj) if subj is not None and not passive else None


def _subject_to(n: Token) -> Token | None:
    """``X is subject to oversight by Y``, ``X, subject to scrutiny by Y``: X, the body the nominal is about."""
    if n.dep_ != "pobj" or n.head.lower_ != "to" or n.head.head.lower_ != "subject":
        return None
    subject = n.head.head
    if subject.dep_ in {"acomp", "attr"}:
        subj, passive = _subject_of(subject.head)
        return subj if not passive else None
    if subject.dep_ in {"amod", "appos"} and subject.head.pos_ in {"NOUN", "PROPN"}:
        return subject.head  # "the Bureau of Prisons, subject to oversight by the OIG"
    return None


def _subject_to_oversight(n, subject, sent, lex, emit):
    """``The Bureau of Prisons is subject to oversight by the Inspector General``: the ``by`` agent oversees the
    subject (guideline 10)."""
    agent = _by_agent(n) or _by_agent(n.head.head)  # the parser may hang "by X" on "subject"
    if agent is None:
        return
    for x in _conjuncts(subject):
        for span, kind in _oversee_target(x, True, [], lex):
            yield from emit("OVERSEES", agent, span, kind, sent, n.lemma_.lower(), None)


#: Nouns an overseer's remit is named by: "our oversight responsibilities", "its oversight role".
_REMIT_NOUNS = frozenset({"responsibility", "role", "work", "duty", "function", "mandate", "mission", "remit",
                          "authority", "activity", "effort"})


def _remit_oversight(n, sent, emit):
    """``we need the records to perform our oversight responsibilities``, ``the OIG's oversight work``: oversight
    stated with no object names the overseer's remit; kg reads it as the department the overseer is the inspector
    general of, when the story names both (resolved in :mod:`kg.extract`, target kind ``Remit``)."""
    if n.lemma_.lower() != "oversight":
        return
    holder = n
    if n.dep_ in {"compound", "amod"} and n.head.lemma_.lower() in _REMIT_NOUNS:
        holder = n.head  # "our oversight responsibilities"
    elif not (n.dep_ == "dobj" and n.head.lemma_.lower() in {"perform", "conduct", "carry", "provide", "exercise"}):
        return  # "independent oversight is crucial": nobody's remit
    agent = next((c for c in holder.children if c.dep_ == "poss"), None)
    if agent is None and holder.dep_ == "dobj":
        subj, passive = _subject_of(holder.head)
        agent = _resolve_agent(subj, holder.head) if subj is not None and not passive else None
    if agent is None:
        return
    yield from emit("OVERSEES", agent, Span(n.idx, n.idx + len(n.text)), "Remit", sent, "oversight", None)


#: Verbs of a witness telling a committee what it asked: "The FTC today told the Subcommittee that ...".
_TOLD_VERBS = frozenset({"tell", "inform", "brief"})
#: Verbs of a witness before a scrutinising body: "testified before", "appeared before", "gave evidence to".
_WITNESS_VERBS = frozenset({"testify", "appear", "give", "report", "answer", "account"}) | _TOLD_VERBS
#: Verbs of answering to a scrutinising body: "the force will report to the Policing Board on ...", "the
#: Commissioner answers to the Police and Crime Committee", "accounts to Parliament".
_ACCOUNT_VERBS = frozenset({"report", "answer", "account"})
#: Words naming a body that takes evidence (never a court: defendants "appear before" magistrates).
_SCRUTINY_BODY_WORDS = frozenset({"committee", "subcommittee", "sub-committee", "panel", "assembly", "congress",
                                  "senate", "parliament", "commission", "inquiry"})


def _gives_evidence(v, sent, lex, emit):
    """A witness giving evidence to a scrutinising body (guideline 10, the other side of ``the Committee heard
    evidence from X``): ``FBI Director X testified before the House Judiciary Committee``, ``Testifying before the
    Senate Subcommittee on ..., FTC Chairman X described ...``, ``the Chief Constable gave evidence to the Home
    Affairs Committee``, ``the Commissioner appeared before the Police and Crime Committee`` -> the committee
    oversees the witness's body when the witness phrase names one (``FTC Chairman X``, ``the Chief Constable of
    Kent Police``), else the witness."""
    lemma = v.lemma_.lower()
    holders = [v]
    if lemma in _ACCOUNT_VERBS:  # "will report on the costs to the Authority": the parser may hang "to" on the topic
        holders += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    if lemma == "give":
        evidence = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in ("evidence", "testimony")]
        if not evidence:
            return
        holders += evidence
    preps = ("to",) if lemma in _ACCOUNT_VERBS else ("before",) if lemma != "give" else ("before", "to")
    body = next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"), None)
    if lemma in _TOLD_VERBS:  # "told the Subcommittee that ...": the committee told is the one taking evidence
        body = next((c for c in v.children if c.dep_ in ("dobj", "dative") and c.i > v.i), None)
        if body is None or not {t.lower_ for t in body.subtree if t.i <= body.i or t.ent_iob_ == "I"} & \
                {"committee", "subcommittee", "sub-committee"}:
            return
    if body is None:  # "testified July 12 before the Committee": the date between sends "before" astray
        doc = v.doc
        k = v.i + 1
        while k < min(len(doc), v.i + 5) and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].is_punct):
            k += 1
        if k > v.i + 1 and k < len(doc) and doc[k].lower_ in preps:
            body = next((g for g in doc[k].children if g.dep_ == "pobj"), None)
    if body is None or body.ent_type_ in ("PERSON", "GPE"):
        return
    words = {t.lower_ for t in body.subtree if t.i <= body.i or t.ent_iob_ == "I"}
    scrutiny = words & _SCRUTINY_BODY_WORDS or lemma in _ACCOUNT_VERBS and (
        "board" in words or "authority" in words and "police" in words)  # "report to the Policing Board"
    if not scrutiny or words & {"court", "judge", "magistrate", "magistrates", "jury"}:
        return
    subj, passive = _subject_of(v)
    if subj is None or passive or subj.i > body.i and v.dep_ not in ("advcl", "xcomp"):
        return
    subj = _resolve_agent(subj, v)
    for w in _conjuncts(subj):
        orgs = [o for o in _orgs_in(w) if not (o.start <= body.idx < o.end)]
        if w.ent_type_ == "ORG":
            targets = [(_org_span(w), "Organisation")]
        elif orgs:
            targets = [(o, "Organisation") for o in orgs[:1]]
        elif w.ent_type_ == "PERSON" and _title_body(w) is not None:
            targets = [(_title_body(w), "Organisation")]  # "FBI Director X testified": the body in the post
        elif w.ent_type_ == "PERSON" and lemma not in _TOLD_VERBS:  # (telling a committee is evidence from a body)
            targets = [(name_span(w), "Person")]
        else:
            continue
        cue = "report to" if lemma in _ACCOUNT_VERBS else "give evidence to"
        for span, kind in targets:
            yield from emit("OVERSEES", body, span, kind, sent, cue, None)


def _title_body(person: Token) -> Span | None:
    """The registered body a post before a person's name begins with (``FBI Director X``, ``DEA Administrator X``):
    the span of the body's word."""
    doc = person.doc
    bounds = ent_bounds(person)
    k = person.left_edge.i if person.left_edge.ent_type_ != "PERSON" else bounds[0] if bounds else person.i
    titled = []
    while k > 0 and doc[k - 1].ent_type_ == "TITLE" and "\n" not in doc[k - 1].whitespace_:
        k -= 1  # (the words right before the name: the parser may split "FBI | Director X" into two sentences)
        titled.append(doc[k])
    for t in [*titled, *(t for t in person.subtree if t.i < person.i and t.ent_type_ == "TITLE")]:
        if not t.text.isupper() or not t.is_alpha:
            continue
        entry = registry().lookup(t.text)
        if entry is not None and entry.type == "Organisation":
            return Span(t.idx, t.idx + len(t.text))
    return None


#: Verbs of going to a place, which an inspection states when an inspector goes or a purpose clause says so.
_VISIT_VERBS = frozenset({"visit", "return", "revisit", "go"})
_VISIT_INSPECTORS = frozenset({"inspector", "inspectorate", "auditor", "examiner", "assessor", "reviewer"})


def plural_noun_lemma(tok: Token) -> str | None:
    """The singular of a plural common noun, also where the tagger took it for a name after a heading line
    ("What we found\n\nInspectors found ...": ``Inspectors`` tagged NNPS with itself as lemma); None for any other
    token."""
    if tok.tag_ == "NNS" and tok.pos_ == "NOUN":
        return tok.lemma_.lower()
    if tok.tag_ == "NNPS" and not tok.ent_type_ and tok.lower_.endswith("s") and tok.text[1:].islower():
        return tok.lower_[:-1]
    return None


def _inspector(tok: Token) -> bool:
    return tok.lemma_.lower() in _VISIT_INSPECTORS or plural_noun_lemma(tok) in _VISIT_INSPECTORS or (
        tok.ent_type_ == "ORG" and any(t.lemma_.lower() in _VISIT_INSPECTORS or t.lower_ == "inspectorate" for t in tok.subtree))


def _inspection_visit(v, sent, policies, lex, emit):
    """An inspection stated as a visit (guideline 10): ``Inspectors returned to HMP Bedford to assess progress``,
    ``the Inspectorate visited Durham Constabulary``, ``auditors went back to the Riverton Police Department to check
    ...`` -> the inspector oversees the place visited. A visit is oversight when an inspector (an inspectorate, its
    inspectors, auditors) makes it, or when a purpose clause names an act of oversight (``to assess ...``, ``to
    inspect ...``); the place must be a body or a prison. Inspectors of no named body speak for the document's
    publisher (an empty agent span, kept only if the publisher oversees)."""
    lemma = v.lemma_.lower()
    if lemma in ("visit", "revisit"):
        places = [c for c in v.children if c.dep_ == "dobj"]
    else:
        places = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"]
    places = [p for p in places if _org_like(p, lex) and (p.ent_type_ not in ("PERSON", "GPE") or _prison(p))]
    if not places:
        return
    subj, passive = _subject_of(v)
    if subj is None or passive or subj.i > v.i:
        return
    purpose = any(c.dep_ in ("advcl", "xcomp") and c.i > v.i and c.lemma_.lower() in lex["oversee_verbs"]
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children)
    if not (purpose or _inspector(subj)):
        return
    cue = "inspect" if not purpose else next(c.lemma_.lower() for c in v.children if c.dep_ in ("advcl", "xcomp")
                                               and c.i > v.i and c.lemma_.lower() in lex["oversee_verbs"])
    agent = subj
    if subj.ent_type_ != "ORG":
        body = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                     for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "ORG"), None)
        agent = body if body is not None else subj
    for p in places:
        for x in _conjuncts(p):
            for target, kind in _oversee_target(x, True, policies, lex):
                if agent.ent_type_ in ("ORG", "PERSON"):
                    yield from emit("OVERSEES", _resolve_agent(agent, v), target, kind, sent, cue, None)
                elif agent.lemma_.lower() in _VISIT_INSPECTORS or plural_noun_lemma(agent) in _VISIT_INSPECTORS:
                    # "Inspectors returned to HMP Bedford": the publisher's inspectors
                    yield RelationFact("OVERSEES", Span(v.idx, v.idx), target, kind,
                                       Span(sent.start_char, sent.end_char), cue), None


#: Prepositions that give the subject of testimony: "before the Committee concerning 'Oversight of X'".
_TOPIC_PREPS = frozenset({"concerning", "regarding", "on", "about", "into", "entitled", "titled"})


def _committee_hearing(n: Token, sent: SpacySpan, lex, emit):
    """``The Home Affairs Committee held a hearing on the Met's handling of the protests``, ``a Judiciary Committee
    hearing into the FBI's use of informants``: a committee's hearing on a body's conduct oversees the body
    (guideline 10). The committee is the hearing's possessor or modifier, or the subject of the verb holding it."""
    topic = next((g for c in n.children if c.dep_ == "prep" and c.lower_ in {"on", "into"}
                  for g in c.children if g.dep_ == "pobj"), None)
    if topic is None:
        return
    agent = _named_on(n)
    if agent is None and n.dep_ == "dobj" and n.head.pos_ == "VERB":
        subj, passive = _subject_of(n.head)
        agent = _resolve_agent(subj, n.head) if subj is not None and not passive else None
    if agent is None or not any(x.lower_ in _SCRUTINY_BODIES for x in agent.subtree):
        return
    for span, kind in _oversee_target(topic, True, [], lex):
        yield from emit("OVERSEES", agent, span, kind, sent, "hearing", None)


def _named_on(n: Token) -> Token | None:
    """The possessor or modifier nearest before a hearing noun: the body named on it (``the Home Affairs
    Committee's hearing``, ``a Judiciary Committee hearing``)."""
    return max((c for c in n.children if c.dep_ in {"poss", "compound"} and c.i < n.i), key=lambda c: c.i, default=None)


def _hearing_body(n: Token, lex: dict[str, Any]) -> Token | None:
    """The body an oversight hearing is held before: ``Statement of X before the Senate Committee on the Judiciary
    concerning 'Oversight of the DEA'``, ``gave evidence before the Home Affairs Committee on the oversight of
    the NCA`` -> the committee (guideline 10: the committee hearing evidence oversees the body)."""
    if n.lemma_.lower() not in {"oversight", "scrutiny"}:
        return None
    tok = n
    topic = False
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        if tok.head.lower_ in _TOPIC_PREPS or tok.head.lemma_.lower() in _TOPIC_PREPS:
            topic = True
        tok = tok.head
        if not topic:
            continue
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "before":
                body = next((g for g in c.children if g.dep_ == "pobj"), None)
                if body is not None and _org_like(body, lex) and body.ent_type_ not in {"PERSON", "GPE"}:
                    return body
        if tok.lemma_.lower() in _HEARING_NOUNS:
            # "at the Senate Judiciary Committee hearing entitled 'Oversight of the Department of Justice'": the
            # committee named on the hearing
            named = _named_on(tok)
            if named is not None and named.ent_type_ not in {"PERSON", "GPE"} and \
                    {t.lower_ for t in named.subtree} & _SCRUTINY_BODY_WORDS:
                return named
        if tok.lemma_.lower() in _HEARING_NOUNS and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "the Senate Judiciary Committee held a hearing on the oversight of the FBI": who holds it
            subj, passive = _subject_of(tok.head)
            if subj is not None and not passive and subj.ent_type_ not in {"PERSON", "GPE"} \
                    and {t.lower_ for t in subj.subtree} & _SCRUTINY_BODY_WORDS:
                return subj  # (a committee, panel or house: a force holding a "session" hears no evidence)
    return None


#: Nouns for a sitting at which a scrutinising body takes evidence.
_HEARING_NOUNS = frozenset({"hearing", "session"})


#: Plural nouns for a force's people: an investigation into them oversees their force.
_OFFICER_NOUNS = frozenset({"officers", "officer", "constables", "detectives", "staff", "personnel"})

#: Nouns that state oversight only with ``into``: "published a report into the performance of X".
_INQUIRY_NOUNS = frozenset({"report", "inquiry", "review"})


def _watchdog(n, sent, policies, lex, emit):
    target = None
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in {"for", "of", "over"}:
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
    if target is None:
        return
    agent = None
    if n.dep_ == "appos":
        agent = n.head
    elif n.dep_ == "attr":
        agent, _ = _subject_of(n.head)
    else:
        agent = next((c for c in n.children if c.dep_ == "appos"), None)
    if agent is None:
        return
    targets = _oversee_target(target, False, policies, lex)
    if not targets and target.pos_ in {"NOUN", "PROPN"}:
        targets = [(name_span(target), "Policy")]
    for span, kind in targets:
        yield from emit("OVERSEES", agent, span, kind, sent, n.lemma_.lower(), None)


def find_relations(doc: Doc) -> Iterator[RelationFact]:
    """Yield ANNOUNCED and OVERSEES frames in ``doc`` (see the module docstring for span conventions)."""
    for rel, _ in _found(doc)[1]:
        yield rel
