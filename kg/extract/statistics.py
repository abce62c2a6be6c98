"""Statistics: the figures a document reports, as numbers with a unit, a measure, a period and a source.

:func:`find_statistics` is a pure generator over a parsed spaCy ``Doc``. It anchors on number tokens
(``like_num``: digits, ``4,151``, ``12.5``, number words such as ``eight``), glues on currency symbols and
words (``£``, ``pounds``), scale words (``million``, ``bn``) and percent signs, then reads the dependency
parse around the anchor:

* **value / unit** -- ``£51 million`` -> 51000000 GBP; ``7 million pounds`` -> 7000000 GBP;
  ``12.5%`` -> 12.5 percent; ``eight officers`` -> 8 count. Units: ``count``, ``percent`` or an ISO
  currency code (``kg/data/units.json``).
* **measure** -- what is counted: the noun the number quantifies with its compounds and adjectives,
  plus a short verb context (``seized 475 knives`` -> ``knives seized``; ``crimes experienced by
  children``). A bare number takes the clause subject (``The number of violence-related deaths ... has
  hit 127`` -> ``violence-related deaths``; ``knife crime had dropped by 30%`` -> ``knife crime``); an
  anaphoric subject (``This was down 15%``) takes the measure of the previous figure within two
  sentences. Money with no counted noun becomes ``funding <verb> for <purpose>``; the purpose may be an
  infinitive or a gerund (``a further £2m to spend on street lighting``, ``spent £3m in modernising its
  control room``). A comparative (``12% lower than last year``) measures the clause subject with a change;
  the second number of a coordinated pair shares the first one's measure (``80 on federal and 40 on
  state warrants``); ``the remaining 33`` counts what the previous figure counted, and so do ``The figure for 2021 was 5,900`` (a
  container noun with nothing of its own) and ``In April there were 287``; a sum without a
  measure that repeats a sum stated just before takes its measure (``the £2m will pay for ...``). A bare
  count that is the subject of a verb counts what the verb phrase says, after the noun counted just before
  (``212 staff were questioned. 64 were interviewed under caution`` -> ``staff interviewed under caution``);
  an opening ``Of the 300 arrests,`` names what a bare count counts; ``..., with 130 (44%) found to ...``
  counts the clause subject plus the participle phrase, and the bracketed share takes its count's measure;
  the low end of a range takes the high end's measure (``between 59 and 64 officers``); listed modifiers
  share their noun (``13,000 state, local and tribal agencies``); a sum given with a purpose is funding
  for it (``Ministers confirmed £42m to tackle violence``), not the giver. The second term of a comparison or a
  series counts what its sentence's earlier figure counts (``822 convictions ... compared to 777``, ``66.7% in
  2015-16 and 67.6% in 2014-15``), and the levels either side of a change count
  what changed (``a 9% rise in the number of knives surrendered, from 2,300 to 2,507`` -> ``knives surrendered``);
  a gapped conjunct counts its own noun (``burglary fell by 12%, robbery by 9%``), a listed figure its label
  (``Firearms arrests – 1,150``), a share ``at 92.1%`` after a rate that rate; a bare share that is or says
  something is measured by it (``72% were satisfied with the service``, ``15% said they felt unsafe``, ``30% had a
  previous conviction``, ``12% remain in custody``). A sum that totals things measures
  them (``17 grants totaling $1.18 million``); a sum no noun names is funding with what its clause says of it
  (``$1.4bn to build barriers``, ``£19m invested``, ``£100m a year available to charities``, ``a £20m boost to
  tackle grooming``). ``pounds`` of a substance or beside another weight is a weight (``352,862 pounds or 175
  tons of cocaine`` -> cocaine), not sterling. A sum given to a receiver is funding given to it (``awarded $63m to
  school districts``, also when the parse reads ``£5.5m to 29 partners`` as a range); ``$12m in grants`` is grants; a
  sum a verb moves is money (``collected £90,000 from victims`` -> money collected from victims by ...), and
  ``worth £30m`` after a seizure is the worth of what was seized. Empty
  nouns (``top``, ``concerns``) are no measure. A number for which no measure can be found is not
  reported (a bare ``5`` is no fact).
* **qualifier** -- ``more than``, ``as much as``, ``about``, ... directly before the number.
* **change** -- ``up`` or ``down`` when the figure is a change rather than a level (``down 15%``,
  ``a 21% rise``, ``dropped by 30%``, ``a decrease of 2%``, ``3,645 fewer victims``).
* **period** -- the nearest DATE entity in the same clause (``this year``, ``2017``, ``since April``,
  ``the last 12 months``), fiscal years (``2019/20``) and ``year ending March 2023``; centuries (``the
  21st century``) are eras, not periods; dates that are only
  a comparison base (``compared with ...``, ``than ...``) and days of the statement (``today``,
  ``on Monday``) are skipped.
  A figure with no period of its own takes the period of the figure it continues: ``Of these, 85``, a bracketed
  share, ``over the same period``, or a count of the same things in the next sentence of the paragraph. A full
  date after ``on`` dates an event (``an indictment on March 10, 2010, charging 13``), never a statement.
* **parts** -- a bracketed breakdown ``900 fugitives (500 on federal and 400 on state warrants)`` measures each
  part with its phrase (``fugitives arrested on federal warrants``), so a part never reads as a second total.
* **place** -- the nearest GPE/LOC entity in the same clause (same sentence only; a document-level
  place is the caller's business).
* **source** -- a :class:`~kg.extract.facts.Span` over the words naming who reports the figure when
  the sentence says so: ``X said ...`` / ``said X``, ``according to X``, ``figures from X show``,
  ``X estimated ...``. The span may be a pronoun (``we``, ``she``); inside a quotation the caller should
  prefer the quote's speaker when ``source`` is ``None``.

A figure of a headline line (the first line, or a short title-like line below page furniture) repeated in the body
is one fact, the body's; further repeats (the same sum inside a quote) are facts of their own, and so is a sum or a
share the headline writes otherwise (``£0.55 million`` above ``£550,000``: two statements of the figure).

Number forms of guideline 6 read as figures: a fraction with a number (``two-thirds of the cases`` -> 66.7 percent of
cases; ``half of`` and ``a third of`` have no number and are not read), the low end of a range with the high end's
scale (``between 5 and 6 million`` -> 5000000, ``48-52,000`` -> 48000), hours and days counted as work
(``64,240 volunteering hours``, ``1,500 hours of youth work``), how often something was done (``the power was used
12 times`` -> times used power), a count the recogniser ran into a name (``gave Kent 12 new vans``), and a bare figure
for the next place of a series (``arrested 73 people in Texas, 12 in Ohio`` -> people arrested). ``N of whom`` counts
the noun its relative clause hangs on; ``a reduction of 15% in knife crime`` measures knife crime; a sum invested in a
fund or included for a purpose is funding in or for it (``investing £200m in the Youth Endowment Fund``, ``the bill
includes $2bn for border security``, ``including £1m for CCTV``).

Not statistics: dates and years, times, ages (``aged 10 to 15``, ``victims under 25``, ``people aged
over 65``), citations (``page 12, paragraph 4``), ``just one example``, phone numbers, list numbering,
labels (``section 60``, ``Article 8``, ``Act 2019``, ``Year 9``, ``junctions 10 and 11``; not ``last year 140
people``), numbers that end a name (``Operation Trident 2``, ``Interstate 95``, ``the Apollo 11 mission``), emergency
numbers naming a kind of call (``999 calls``), multiples (``three times the national average``, ``seven times as
likely``), bands of a ranking (``one of the top 10 forces``), kinds (``two different sources``), codes (``Report
05-30``, ``IR-2015-66``, ``FY 2019``, ``Titles 18 and 21``), thresholds (``50 or fewer officers``), recounts of
things already named (``these two objectives``, ``its last two inspections``), penalties
(``faces a maximum of 20 years``; the subject of ``face`` is still counted), ordinals, numbers inside names, ``one of the``,
``at one point`` and durations (``three years``), except a time that is the reported figure: a custodial term
imposed (``jailed for 11 months``, ``sentenced to six years' imprisonment``, ``total prison sentences of over 100
years``; not a term faced), the time something took (``one audit took 16 years to close``, ``victims waited an
average of 280 days``), the length of a time noun (``the average wait was 14 hours``) and the time since an event
(``it is 18 months since the closure of the suite``).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.extract.entities import POLICY_HEADS, doc_sents, doc_text, doc_words
from kg.extract.facts import Span, StatisticFact

__all__ = ["find_statistics", "name_span", "parse_number"]

_SKIP_ENTS = frozenset({"PERSON", "ORG", "GPE", "LAW", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "NORP", "LOC",
                        "LANGUAGE"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_NP_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod", "punct", "nummod", "quantmod"})
_CLIMB_DEPS = frozenset({"npadvmod", "dobj", "attr", "nsubj", "nsubjpass", "appos", "advmod", "oprd", "acomp",
                         "dep", "ROOT", "conj", "amod"})
_ANAPHORS = frozenset({"this", "that", "it", "which", "these", "those", "they", "them"})
_RATE_NOUNS = frozenset({"use", "rate", "level", "proportion", "percentage", "share", "value", "cost", "price",
                         "number", "amount"})
_PERSON_NOUNS = frozenset({"victim", "man", "woman", "boy", "girl", "teenager", "suspect", "defendant", "officer",
                           "driver", "mother", "father", "son", "daughter", "pensioner", "student", "resident",
                           "pedestrian", "cyclist", "youth", "person", "child", "brother", "sister", "husband", "wife"})
_COMPARATIVES = {"lower": "down", "fewer": "down", "less": "down", "smaller": "down", "higher": "up",
                  "more": "up", "greater": "up", "larger": "up", "bigger": "up"}
#: nouns that never say what a figure counts: "on top of £2m", "concerns about £2m"
_EMPTY_HEADS = frozenset({"top", "concern", "concerns", "addition", "part", "basis", "behalf", "light", "view",
                          "example", "question", "claim", "claims", "fact", "rest", "lot", "bit", "kind", "sort",
                          "type", "result", "reason", "effect", "thing", "things", "something", "anything"})
#: words that open a citation: "page 12, paragraph 4", "pp. 12-14"
_CITATION = frozenset({"page", "pages", "p", "p.", "pp", "pp.", "paragraph", "paragraphs", "para", "paras",
                       "para.", "paras.", "chapter", "chapters", "section", "sections", "s.", "ss.", "footnote",
                       "note", "notes", "annex", "appendix", "clause", "clauses", "article", "articles",
                       "figure", "figures", "table", "tables", "fig", "fig.", "title", "titles"})
_PEOPLE = frozenset({"people", "person", "victim", "child", "adult", "offender", "man", "woman", "men", "women",
                     "boy", "girl", "youngster", "pupil", "driver", "those", "anyone", "individual", "resident",
                     "teenager", "suspect", "patient", "prisoner", "student"})
_DATE_NOISE = frozenset({"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "weekend"})
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_FISCAL_RE = re.compile(r"\b(?:19|20)\d\d\s?[/-]\s?(?:\d\d|(?:19|20)\d\d)\b")
_YEAR_ENDING_RE = re.compile(rf"\b(?:(?:financial|calendar)\s+)?year\s+(?:ending|to)\s+(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?\s+)?(?:19|20)\d\d\b",
                             re.IGNORECASE)
# a US federal fiscal year ("fiscal year (FY) 2023", "FY20") and a span of months ("between April 2020 and March
# 2021"): whole periods that the recogniser's DATE entities cut short ("fiscal year", "between April 2020")
# (the lookahead on the first letters every alternative can start with lets the scan skip most positions without
# trying each alternative there: half the time of the search)
_SPAN_PERIOD_RE = re.compile(
    r"\b(?=[fbt\d])(?:"
    rf"\b(?:(?:federal\s+)?fiscal\s+years?\s*(?:\(FY\)\s*)?|FY\s?)'?(?:19|20)?\d\d"
    # ... and spans of them: "fiscal years 2019 through 2021", "FY2019-FY2021", "fiscal years 2020 and 2021"
    rf"(?:\s?[-\u2013]\s?(?:FY\s?)?'?(?:19|20)?\d\d|\s+(?:to|through|thru|and)\s+(?:FY\s?'?(?:19|20)?\d\d|(?:19|20)\d\d))?\b"
    rf"|\b(?:19|20)\d\d\s+(?:federal\s+)?fiscal\s+year\b"  # "the 2022 fiscal year"
    rf"|\bbetween\s+(?:{_MONTHS})\.?(?:\s+(?:19|20)\d\d)?\s+and\s+(?:{_MONTHS})\.?\s+(?:19|20)\d\d\b"
    # "from 2006/07 to 2015/16": a span of financial years; "the three-year period to the year ending March 2022"
    rf"|\b(?:from|between)\s+(?:19|20)\d\d\s?[/-]\s?\d\d\s+(?:to|and)\s+(?:19|20)\d\d\s?[/-]\s?\d\d\b"
    rf"|\b(?:two|three|four|five|\d)-year\s+period\s+to\s+the\s+year\s+(?:ending|to)\s+(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE)
_GLUED_RE = re.compile(r"^([£$€]?)(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn|%|pc|million|billion|trillion|thousand|percent)?$",
                       re.IGNORECASE)  # "£64million" and "92.1percent" are written without a space
_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_HAS_DIGIT = re.compile(r"\d").search
#: Complements that say what role a figure plays, not what it counts ("3,400 was the target").
_ROLE_NOUNS = frozenset({"number", "target", "subject", "figure", "total", "one", "amount", "level", "rate", "result",
                         "average", "estimate", "cost", "limit", "maximum", "minimum", "increase", "rise", "fall"})
_HAS_WORD = re.compile(r"[^\W\d_]{2,}").search  # a measure of "%" alone names nothing
_PHONE_RE = re.compile(r"^(?:\+|0\d{2,})[\d\s-]*$")


@lru_cache(maxsize=1)
def _units() -> dict[str, Any]:
    return json.loads((_DATA_DIR / "units.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = _units()
    out = {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
    out["qualifier_seqs"] = frozenset(data["qualifiers"])
    return out


def ent_bounds(tok: Token) -> tuple[int, int] | None:
    """Token range ``[start, end)`` of the named entity containing ``tok`` (read from IOB tags, so
    no pass over ``doc.ents``), or ``None``."""
    if not tok.ent_type_:
        return None
    iob = doc_words(tok.doc).ent_iob
    start = tok.i
    while iob[start] == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    n = len(iob)
    while end < n and iob[end] == "I":
        end += 1
    return start, end


def _sent_ents(sent: SpacySpan) -> list[SpacySpan]:
    """The entities of one sentence, from IOB tags."""
    doc = sent.doc
    words = doc_words(doc)
    types, iob = words.ent_type, words.ent_iob
    n = len(iob)
    out = []
    i = sent.start
    while i < sent.end:
        if not types[i]:
            i += 1
            continue
        start, end = i, i + 1  # as ent_bounds(doc[i])
        while iob[start] == "I" and start > 0:
            start -= 1
        while end < n and iob[end] == "I":
            end += 1
        out.append(SpacySpan(doc, start, end, label=types[i]))
        i = end
    return out


def parse_number(words: list[str]) -> float | None:
    """The value of number words and digits: ``["7", "million"]`` -> 7000000, ``["eight"]`` -> 8.

    >>> parse_number(["3.7", "million"])
    3700000.0
    >>> parse_number(["twenty", "five"])
    25.0
    """
    data = _units()
    words_num, scales = data["number_words"], data["scales"]
    total, current, seen = 0.0, 0.0, False
    lowered = [w.lower().strip() for w in words]
    for k in range(len(lowered) - 2):  # "two and a half million": a half, not one and a half
        if lowered[k] == "and" and lowered[k + 1] in {"a", "one"} and lowered[k + 2] in {"half", "quarter"}:
            words = [*words[:k], "0.5" if lowered[k + 2] == "half" else "0.25", *words[k + 3:]]
            break
    for raw in words:
        w = raw.lower().strip().replace(",", "")
        if not w or w in {"-", "and", "per", "cent", "percent", "%"}:
            continue
        m = _GLUED_RE.match(w)
        if m and m.group(2):
            current += float(m.group(2).replace(",", ""))
            seen = True
            suffix = (m.group(3) or "").lower()
            if suffix in scales:
                current *= scales[suffix]
            continue
        if w in scales and seen:
            current = (current or 1) * scales[w]
            if scales[w] >= 1000:
                total, current = total + current, 0.0
            continue
        if w in words_num:
            current += words_num[w]
            seen = True
            continue
        try:
            current += float(w)
            seen = True
        except ValueError:
            continue
    if not seen:
        return None
    return total + current


def _glued_quantity(tok: Token) -> bool:
    """``7pc``, ``£3m``, ``12%``: a number with its unit or scale in one token."""
    m = _GLUED_RE.match(tok.lower_)
    return bool(m and (m.group(1) or m.group(3)))


def _is_num(tok: Token) -> bool:
    if tok.lower_ == "dozen":  # "a dozen arrests"; "two dozen" is read as two times a dozen
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"a", "an"}
    if tok.pos_ == "PRON" or tok.lower_ in {"a", "an", "half"}:
        return False
    if tok.like_num:
        return True
    return bool(_GLUED_RE.match(tok.lower_)) and any(c.isdigit() for c in tok.text)


def _run_at(doc: Doc, i: int, sent: SpacySpan) -> tuple[int, int] | None:
    """The token range [start, end) of the number phrase whose first number token is ``i``."""
    data = _units()
    scales, cur_words = data["scales"], data["currency_words"]
    start, end = i, i + 1
    if start - 1 >= sent.start and doc[start - 1].lower_ in data["currency_symbols"]:
        start -= 1
    while end < sent.end:
        t = doc[end]
        low = t.lower_
        if _is_num(t) and not (low in {"one"} and doc[end - 1].like_num) and \
                not (_HAS_DIGIT(t.text) and doc[end - 1].lower_ in scales) and \
                not (_HAS_DIGIT(t.text) and _HAS_DIGIT(doc[end - 1].text)):  # "1.2 million 911 calls", "251 15 Most"
            end += 1
        elif low in scales and not low.endswith("s"):
            end += 1
        elif low in {"%", "percent", "pc"}:
            end += 1
        elif low == "per" and end + 1 < sent.end and doc[end + 1].lower_ == "cent":
            end += 2
        elif low in {"percentage"} and end + 1 < sent.end and doc[end + 1].lower_ in {"point", "points"}:
            end += 2
        elif low in cur_words and low not in {"p"}:
            end += 1
        elif low == "-" and end + 1 < sent.end and doc[end + 1].lower_ in data["number_words"] and \
                doc[end - 1].lower_ in data["number_words"]:
            end += 2
        elif low == "and" and end + 2 < sent.end and doc[end + 1].lower_ in {"a", "one"} and \
                doc[end + 2].lower_ in {"half", "quarter"} and _is_num(doc[end - 1]):
            end += 3  # "two and a half million", "6 and a half"
        else:
            break
    return start, end


_RATE_BASE_NOUNS = frozenset({"people", "population", "residents", "inhabitants", "persons", "adults", "children",
                              "households", "officers", "arrests", "stops", "searches", "incidents", "calls",
                              "offences", "crimes", "vehicles", "miles", "kilometres", "journeys"})


def _partitive_anaphor(doc: Doc, sent: SpacySpan, start: int) -> bool:
    """The sentence opens "Of these, N": N counts some of the things counted just before."""
    dw = doc_words(doc)
    words = [dw.lower[i] for i in range(sent.start, start) if not dw.tokens[i].is_punct]
    return len(words) == 2 and words[0] == "of" and words[1] in {"these", "those", "them", "which"}


def _with_clause_measure(doc: Doc, sent: SpacySpan, start: int, end: int) -> str | None:
    """``<things> were ..., with 130 (44%) determined to ...``: a bare count after "with" followed by a participle
    counts some of the clause's subject: its noun and the participle phrase."""
    if start - 1 <= sent.start or doc[start - 1].lower_ != "with":
        return None
    k = end
    if k < sent.end and doc[k].text == "(":  # "(44%)"
        close = next((m for m in range(k + 1, min(sent.end, k + 6)) if doc[m].text == ")"), None)
        if close is None:
            return None
        k = close + 1
    if k + 1 < sent.end and doc[k].lower_ == "of" and doc[k + 1].lower_ in {"those", "these", "them"}:
        k += 2
    if k >= sent.end or doc[k].tag_ not in {"VBN", "VBG", "VBD"}:
        return None
    words = []
    for t in doc[k:min(sent.end, k + 7)]:
        if t.is_punct or t.lower_ in {"and", "but", "while", "with"}:
            break
        words.append(t)
    clause = doc[start - 1].head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    subj = _subject(clause) if clause.pos_ in {"VERB", "AUX"} else None
    if subj is None or subj.lower_ in _ANAPHORS or subj.pos_ == "PRON" or subj.i >= start:
        return None
    return f"{_np(subj, set(range(start, end)))} {_text(words)}"


def _partitive_whole(doc: Doc, sent: SpacySpan, start: int) -> Token | None:
    """The noun of an opening "Of the <things>," right before a bare number: what the number counts some of."""
    first = doc[sent.start]
    if first.lower_ != "of" or start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    whole = next((c for c in first.children if c.dep_ == "pobj"), None)
    if whole is None or whole.pos_ not in {"NOUN", "PROPN"} or whole.lower_ in _ANAPHORS or whole.i >= start or \
            _is_time(whole):
        return None
    return whole


def _one_in(doc: Doc, start: int, end: int, value: float, sent: SpacySpan) -> tuple[float, int] | None:
    """``(percentage, end)`` when the count is the first term of "N in M" ("4 in 10", "one in five"), else None."""
    if end + 1 >= sent.end or doc[end].lower_ != "in" or start != end - 1:
        return None
    base = doc[end + 1]
    if not base.like_num or (base.ent_type_ == "DATE" and _HAS_DIGIT(base.text)):
        return None
    if end + 2 < sent.end and (doc[end + 2].like_num or doc[end + 2].lower_ in {"%", "percent", "per"}):
        return None
    if _is_time(base) or (end + 2 < sent.end and _is_time(doc[end + 2])):
        return None  # "12 in 48 hours", "two in three weeks": a count over a time, not a share
    gov = doc[start].head
    if gov.lemma_.lower() in {"rank", "place", "finish", "come", "position", "score"}:
        return None  # "ranked 3 in 43 forces"
    denominator = parse_number([base.text])
    if denominator is None or not 2 <= denominator <= 1000 or not 0 < value < denominator:
        return None
    return round(100 * value / denominator, 1), end + 2


_RANGE_LINKS = frozenset({"and", "to", "-", "\u2013"})


def _range_scale(doc: Doc, start: int, end: int, value: float, sent: SpacySpan) -> float:
    """The scale the low end of a range shares with its high end: "between 5 and 6 million people" -> 5 million,
    "$4 and $5 billion" -> $4 billion, "£2-3 million" -> £2 million, "48-52,000 cases" -> 48,000. A low end with
    its own scale, a share, or a change before a level ("rose by 300 to 1.2 million") keeps its value."""
    data = _units()
    scales = data["scales"]
    toks = doc[start:end]
    if value >= 1000 or any(t.lower_ in scales or t.lower_ in {"%", "percent", "per"} or
                            (_GLUED_RE.match(t.lower_) and _GLUED_RE.match(t.lower_).group(3)) or "," in t.text
                            for t in toks):
        return 1.0
    if start > sent.start and doc[start - 1].lower_ in {"by", "up", "down", "of"} and \
            not (start - 2 >= sent.start and doc[start - 2].lower_ in {"between", "range"}):
        return 1.0
    k = end
    if k >= sent.end or doc[k].lower_ not in _RANGE_LINKS:
        return 1.0
    k += 1
    if k < sent.end and doc[k].lower_ in data["currency_symbols"]:
        k += 1
    if k >= sent.end or not _is_num(doc[k]):
        return 1.0
    hi_start, hi_end = _run_at(doc, k, sent)
    hi_words = [t.text for t in doc[hi_start:hi_end] if t.lower_ not in data["currency_symbols"]]
    hi = parse_number(hi_words)
    if hi is None:
        return 1.0
    scale = next((float(scales[t.lower_]) for t in doc[hi_start:hi_end] if t.lower_ in scales and
                  scales[t.lower_] >= 1000), None)
    if scale is None:
        glued = _GLUED_RE.match(doc[hi_start:hi_end][-1].lower_)
        suffix = (glued.group(3) or "").lower() if glued else ""
        scale = float(scales[suffix]) if suffix in scales and scales[suffix] >= 1000 else None
    if scale is not None:
        return scale if value <= hi / scale else 1.0
    if len(hi_words) == 1 and re.fullmatch(r"\d{1,3},\d{3}", hi_words[0]) and hi / 2 <= value * 1000 <= hi:
        return 1000.0  # "48-52,000": the thousands of the high end
    return 1.0


#: the denominators of a fraction written in words: "two-thirds", "three quarters", "one-fifth"
_FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6,
              "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
              "tenth": 10, "tenths": 10}


def _fraction(doc: Doc, start: int, end: int, value: float, sent: SpacySpan) -> tuple[float, int] | None:
    """``(percentage, end)`` when the number is the numerator of a fraction of something: "two-thirds of the
    cases" -> 66.7, "three quarters of respondents" -> 75, "one-fifth of officers" -> 20. A share with no number
    ("half of", "a third of") is no figure (guideline 6: "nearly half" is not annotated); a fraction of a time
    ("two-thirds of the year") is a length of time, not a share of anything counted."""
    if start != end - 1 or not float(value).is_integer():
        return None
    k = end + 1 if end < sent.end and doc[end].text in {"-", "\u2013"} and not doc[end].whitespace_ else end
    if k + 1 >= sent.end or doc[k].lower_ not in _FRACTIONS or doc[k + 1].lower_ != "of":
        return None
    denominator = _FRACTIONS[doc[k].lower_]
    if not 1 <= value < denominator or (value > 1) != doc[k].lower_.endswith("s"):
        return None  # "one-thirds", "two-third", "four fifths of" when four >= five: no fraction
    whole = next((c for c in doc[k + 1].children if c.dep_ == "pobj"), None)
    if whole is None or _is_time(whole):
        return None
    return round(100 * value / denominator, 1), k + 1


def _rate_base_end(doc: Doc, end: int, sent: SpacySpan) -> int | None:
    """Where "per <base> [population noun]" after a count ends, or None: the figure is then a rate."""
    if end + 1 >= sent.end or doc[end].lower_ != "per":
        return None
    k = end + 1
    scales = _units()["scales"]
    while k < sent.end and (doc[k].lower_ in scales or doc[k].lower_ in {"capita", "head"} or
                            (doc[k].like_num and _HAS_DIGIT(doc[k].text))):
        k += 1
    if k == end + 1:
        return None  # "per day", "per officer": a count per something else, left as it is
    if k < sent.end and _is_time(doc[k]):
        return None  # "5 calls per 10 minutes": a frequency, not a rate per population
    if k < sent.end and doc[k].lower_ in _RATE_BASE_NOUNS:
        k += 1
    return k


#: what a sum of pounds sterling is "of": "5 million pounds of taxpayers' money" is money, not a weight
_MONEY_NOUNS = frozenset({"money", "funding", "funds", "fund", "cash", "investment", "savings", "spending", "taxpayer",
                          "public", "damage", "assets", "fraud", "debt", "revenue", "income", "cuts", "value", "worth",
                          "grant", "grants", "support", "aid", "compensation", "fines", "profit", "profits"})


def _pounds_of_weight(doc: Doc, start: int, end: int, sent: SpacySpan) -> bool:
    """``pounds`` after a number (no £ sign) is a weight when it is of a substance (``767 pounds of illegal
    drugs``) or given beside another weight (``352,862 pounds or 175 tons``, ``40 pounds (18 kilograms)``)."""
    words = [t.lower_ for t in doc[start:end]]
    if not words or words[-1] not in {"pound", "pounds"} or any(t.text.startswith("£") for t in doc[start:end]):
        return False
    weights = _units()["weight_units"]
    k = end
    if k + 1 < sent.end and doc[k].lower_ in {"or", "("} and _is_num(doc[k + 1]):
        m = k + 1
        while m < sent.end and (_is_num(doc[m]) or doc[m].lower_ in _units()["scales"]):
            m += 1
        return m < sent.end and doc[m].lower_ in weights
    if k < sent.end and doc[k].lower_ == "of":
        m = k + 1
        while m + 1 < sent.end and doc[m].pos_ in {"DET", "ADJ", "PUNCT"} and not doc[m + 1].is_punct:
            m += 1
        if m < sent.end and doc[m].pos_ == "ADJ" and (m + 1 == sent.end or doc[m + 1].is_punct):
            return doc[m].lower_ not in _MONEY_NOUNS  # "of the narcotic --": an adjective read for a noun
        return m < sent.end and doc[m].pos_ in {"NOUN", "PROPN"} and doc[m].lemma_.lower() not in _MONEY_NOUNS and \
            doc[m].lower_ not in _MONEY_NOUNS and doc[m].ent_type_ not in {"PERSON", "ORG", "GPE"}
    lower = doc_words(doc).lower
    if any(lower[x] in weights and lower[x] not in {"pound", "pounds"} for x in range(sent.start, sent.end)):
        return True  # "456 kilograms in narcotics, including 138 pounds of ...": listed with another weight
    text = doc_text(doc)
    if "£" in text:
        return False
    # a story that counts its money in dollars, or weighs other things in tons or kilograms, weighs in pounds
    return "$" in text or any(w in weights and w not in {"pound", "pounds"} for w in lower)


def _unit_of(tokens: list[Token]) -> str:
    data = _units()
    for t in tokens:
        if t.lower_ in data["weight_units"] and t.i > 0 and t.doc[t.i - 1].like_num:
            return data["weight_units"][t.lower_]
    for t in tokens:
        if t.lower_ in data["currency_symbols"]:
            return data["currency_symbols"][t.lower_]
        if t.text and t.text[0] in "£$€" and len(t.text) > 1:
            return data["currency_symbols"][t.text[0]]
    for t in tokens:
        if t.lower_ in {"%", "percent", "cent", "pc", "points"} or t.text.endswith("%") or \
                (t.lower_.endswith("percent") and _HAS_DIGIT(t.text)) or \
                (t.lower_.endswith("pc") and _HAS_DIGIT(t.text)):
            return "percent"
        if t.lower_ in data["currency_words"]:
            return data["currency_words"][t.lower_]
    first = tokens[0] if tokens else None
    if first is not None and first.i >= 2 and _is_num(first) and first.doc[first.i - 1].lower_ in _RANGE_LINKS:
        low = first.doc[first.i - 2]  # "£2-3 million", "$4 to 5 billion": the high end of a range of sums
        sym = first.doc[first.i - 3].lower_ if first.i >= 3 else ""
        if low.like_num and sym in data["currency_symbols"]:
            return data["currency_symbols"][sym]
        glued = _GLUED_RE.match(low.lower_)
        if glued and glued.group(1) and not glued.group(3):  # "£2-3m"; not "£2m and 3 cars"
            return data["currency_symbols"][low.text[0]]
    return "count"


def _head_of(doc: Doc, start: int, end: int) -> Token:
    heads = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    if len(heads) > 1:  # "4.5 per cent": the number, not the preposition
        heads = [t for t in heads if t.dep_ != "prep"] or heads
    return heads[-1] if heads else doc[end - 1]


def _prev_words(doc: Doc, start: int, n: int, floor: int) -> list[str]:
    return doc_words(doc).lower[max(floor, start - n):start]


def _plural_label(word: str) -> bool:
    """``junctions``, ``sections``, ``categories``: a label word naming two or more numbered things ("junctions 10
    and 11", "sections 4 to 6"); the plural of a year is no label ("years 2019")."""
    labels = _lists()["label_words"]
    if len(word) <= 4 or not word.endswith("s") or word in {"years", "areas"}:
        return False
    return word[:-1] in labels or (word.endswith("ies") and word[:-3] + "y" in labels)


#: Parts a plan, a strategy or a text is set out in: a small count of them is its layout, not a reported figure.
_STRUCTURE_NOUNS = frozenset({"objective", "step", "pillar", "priority", "theme", "principle", "strand", "element",
                              "phase", "stage", "part", "way", "goal", "aim", "tenet", "responsibility", "competency",
                              "category", "chapter", "section"})


#: Heads of the fixed sets a country is divided into ("all 50 states", "all 43 forces", "all 32 councils").
_WHOLE_SETS = frozenset({"state", "force", "territory", "county", "borough", "council", "authority", "district",
                         "region", "province", "nation", "country"})


def _is_date_part(toks, start: int, value: float, lo: int) -> bool:
    """The number at ``start`` is the day after a month's name (``June 30``), the year of a date written out
    (``June 30, 2011``, ``30 June 2011``) or the last year of a range of years (``2019 - 2021``)."""
    def month(k: int) -> bool:
        return lo <= k < len(toks) and (toks[k].is_title or toks[k].is_upper) and bool(re.fullmatch(_MONTHS, toks[k].lower_))

    def day(k: int) -> bool:
        return k >= lo and toks[k].like_num and toks[k].text.isdigit() and 1 <= int(toks[k].text) <= 31

    if value != int(value):
        return False
    if 1 <= value <= 31 and month(start - 1):
        return not (start + 1 < len(toks) and toks[start + 1].tag_ == "NNS")  # (but "in May 2 officers were hurt")
    if 1 <= value <= 31 and toks[start].text.isdigit() and month(start + 1) and toks[start + 1].lower_ != "may":
        return True  # the day of a date the recogniser missed: "Chair's Report - 27 June 2024", "11 OCTOBER 2012"
    if not 1900 <= value <= 2100:
        return False
    if start - 2 >= lo and toks[start - 1].text in {"-", "\u2013", "to"} and re.fullmatch(r"(?:19|20)\d\d", toks[start].text) \
            and re.fullmatch(r"(?:19|20)\d\d", toks[start - 2].text):
        return True  # "the Strategic Plan 2019 - 2021", "from 2014 to 2021": the end of a range of years
    k = start - 2 if toks[start - 1].text == "," else start - 1
    return (day(k) and month(k - 1)) or (month(k) and day(k - 1))


def _rejected(doc: Doc, start: int, end: int, head: Token, unit: str, value: float, sent: SpacySpan) -> bool:
    _toks = doc_words(doc).tokens  # (the Tokens made once per document: doc[i] makes a new one each time)
    lists = _lists()
    toks = doc[start:end]
    nums = [t for t in toks if _is_num(t)]
    if not nums:
        return True
    text = toks.text
    if any(c in text for c in ":/") or any(t.ent_type_ == "ORDINAL" for t in nums):
        return True
    if any(t.ent_type_ in _SKIP_ENTS and not _glued_quantity(t) for t in nums) and \
            not _counts_past_name(doc, start, end, head):
        return True  # a number inside a name; but "7pc" or "£3m" taken for a place is still a quantity
    money_or_pct = unit != "count"
    prev = _prev_words(doc, start, 4, sent.start)
    nxt = [t.lower_ for t in doc[end:min(sent.end, end + 3)]]
    if not money_or_pct and len(nums) == 1 and start > 0 and _is_date_part(_toks, start, value, sent.start):
        return True  # "the period ending June 30, 2011" where the recogniser saw no date
    if not money_or_pct and len(toks) == 1 and toks[0].lower_ in _SMALL_WORDS and head.dep_ == "nummod" and \
            any(c.lower_ in {"these", "those"} or (c.dep_ == "poss" and any(
                a.lower_ in {"last", "previous", "first", "past", "next"} for a in head.head.lefts))
                for c in head.head.lefts):
        return True  # "these two objectives", "its last two inspections": things already named, counted again
    if not money_or_pct and value <= 12 and head.dep_ == "nummod" and \
            head.head.lemma_.lower() in _STRUCTURE_NOUNS:
        return True  # "the four key objectives", "two key pillars", "four simple steps": how a plan is set out
    if not money_or_pct and head.dep_ == "nummod" and prev and prev[-1] == "all" and \
            head.head.lemma_.lower() in _WHOLE_SETS:
        return True  # "in all 50 states", "all 43 forces": every member of a fixed set, not a figure reported
    if not money_or_pct and head.dep_ == "pobj" and head.head.lower_ == "of" and value < 20 and \
            head.head.head.lemma_.lower() in {"mother", "father", "parent", "mum", "dad", "grandmother",
                                              "grandfather", "grandparent", "mom"}:
        return True  # "a mother of three": a person described, not a figure
    if end < sent.end and _toks[end].lower_ in {"times", "fold", "-fold"} and head.head.i != end:
        return True  # "three times the national average", "seven times as likely": a multiple, not a count
    if not money_or_pct and value <= 10 and head.dep_ == "nummod" and end < sent.end and \
            _toks[end].lower_ in {"different", "distinct"} and _toks[end].head.i == head.head.i:
        return True  # "from two different sources", "in three different ways": kinds of a thing, not a count of it
    if not money_or_pct and _code_number(doc, start, end, sent):
        return True  # "Audit Report 05-30", "IR-2015-66", "FY 2019", "Period Ending June 2012": labels and dates
    if not money_or_pct and len(nxt) >= 2 and nxt[0] == "or" and nxt[1] in _THRESHOLD_WORDS:
        return True  # "departments with 50 or fewer officers", "people aged 12 or older": a threshold, not a count
    # labels: section 60, Article 8, Act 2019, No. 5
    if len(prev) >= 3 and prev[-1] in {"top", "bottom"} and prev[-2] == "the" and \
            prev[-3] in {"of", "among", "in", "into", "within", "outside"} and not money_or_pct:
        return True  # "one of the top 10 forces", "in the top five": a band of a ranking, not a count
    if prev and (prev[-1] in lists["label_words"] or prev[-1] == "#" or _plural_label(prev[-1])) and \
            not money_or_pct and toks[0].lower_ != "dozen" and \
            not (prev[-1] == "year" and len(prev) > 1 and prev[-2] in _YEAR_DETERMINERS) and \
            not (_toks[start - 1].text == "a" and end + 1 < sent.end and _toks[end].text == "-" and
                 _toks[end + 1].lower_ in _HYPHEN_COUNTS):
        return True  # ... but "last year 140 people were stabbed" and "a 12-count indictment" are counts
    if not money_or_pct and len(toks) == 1 and toks[0].text.isdigit() and _opens_a_name(doc, start, end, sent):
        return True  # "the 10 Prisons Project", "its 1000 Lives Campaign": a number that opens a programme's name
    # a number that ends a proper name: "Operation Trident 2", "Interstate 95", "Strike Force 7", "the Apollo 11
    # mission": the name is right before the number, and the number is the name's last word (its head is the name)
    # or stands before a singular noun, which it cannot count
    if not money_or_pct and start > sent.start and head.dep_ in {"nummod", "appos", "npadvmod", "compound"} and \
            _toks[start - 1].is_title and not re.fullmatch(_MONTHS, _toks[start - 1].lower_) and \
            _toks[start - 1].ent_type_ not in _TIME_ENTS and \
            ((_toks[start - 1].pos_ == "PROPN" and not _toks[start - 1].is_sent_start) or
             _toks[start - 1].lower_ in _ROAD_NAMES):
        if head.dep_ == "nummod" and head.head.i >= end and head.head.tag_ == "NN" and value != 1:
            return True
        if head.head.i == start - 1 and _toks[start - 1].ent_type_ not in _BODY_ENTS | {"PERSON", "NORP"}:
            return True  # ... but "London 109, Manchester 40" lists a figure for each place
    # ages
    if any(w in lists["age_words"] for w in prev[-3:]) or (nxt and nxt[0] in {"-year", "year-old", "-year-old",
                                                                             "years-old", "yo"}):
        return True
    if len(nxt) >= 2 and nxt[0] in {"year", "years"} and nxt[1] == "old":
        return True
    if nxt and nxt[0] == "-" and len(nxt) > 1 and nxt[1] in {"year", "years"}:
        return True
    # times, phone numbers, list numbering
    if nxt and nxt[0] in {"am", "pm", "a.m.", "p.m.", "gmt", "bst", "hrs", "hours", "o'clock"} and \
            not money_or_pct and (nxt[0] != "hours" or value > 100):
        return True
    if _PHONE_RE.match(text) and len(text.replace(" ", "")) >= 6 and not money_or_pct:
        return True
    k = start - 1  # only blanks between the last line break and the number
    while k >= 0 and _toks[k].is_space and "\n" not in _toks[k].text:
        k -= 1
    at_line_start = k < 0 or "\n" in _toks[k].text or "\n" in _toks[k].whitespace_
    if (at_line_start or start == sent.start) and nxt and nxt[0] in {".", ")"} and not money_or_pct:
        return True  # list numbering "1. Main points"
    if not money_or_pct and start > sent.start and _toks[start - 1].text == "(" and nxt and nxt[0] == ")" and \
            value < 20 and float(value).is_integer() and head.dep_ != "nummod":
        # "(3)" list markers; "(15) defendants" is kept
        return True
    if not money_or_pct and start > sent.start and _toks[start - 1].text == "(" and nxt and nxt[0] == ")" and \
            value < 20 and float(value).is_integer() and \
            any(f"({int(value) + d})" in sent.text for d in (-1, 1)):
        # "addresses: (1) why ..., (2) specific challenges ...": numbered items of a list, even before a noun
        return True
    # legal thresholds inside a charge: "conspiracy to distribute over 500 grams of methamphetamine"
    if any(a.lemma_.lower() in {"conspiracy", "conspire", "intent", "possess", "possession"}
           for a in list(head.ancestors)[:6]):
        return True
    # rates without a count: "one American dying every nine minutes"
    lower = doc_words(doc).lower  # (a Token only for the word after an "every")
    if any(lower[k] == "every" and k + 1 < len(doc) and (_toks[k + 1].like_num or (
            _toks[k + 1].lower_ in _lists()["time_units"] and value <= 1))
           for k in range(end, min(sent.end, end + 10))):
        return True  # ... but "arrest 500 people every week", "£2bn is lost to fraud every year" are figures per period
    if prev and prev[-1] in {"call", "dial", "ring", "phone", "text", "on"} and not money_or_pct and \
            head.dep_ in {"dobj", "pobj", "npadvmod", "appos"}:
        return True  # "call 101"
    if prev and prev[-1] in {"per", "every"}:
        return True  # the base of a rate: "per 100,000 people"
    if text in {"999", "911", "112", "101", "111"} and (head.dep_ != "nummod" or head.head.lemma_.lower() in {
            "call", "line", "service", "operator", "system", "number", "dispatcher", "centre", "center", "handler"}):
        return True  # emergency and police phone numbers, also naming a kind of call: "92% of 999 calls"
    # ratios: "three in four victims", "one in five"
    def small(t: Token) -> bool:
        v = parse_number([t.text]) if _is_num(t) else None
        return v is not None and v <= 100

    if value <= 100 and ((start - 2 >= sent.start and _toks[start - 1].lower_ in {"in", "out"} and small(_toks[start - 2]))
                         or (end + 1 < sent.end and _toks[end].lower_ in {"in", "out"} and small(_toks[end + 1]))):
        return True
    # citations: "page 12, paragraph 4", "pages 12-14", "paragraphs 4 and 5"
    k = start - 1
    while k >= sent.start and k >= start - 6 and (_is_num(_toks[k]) or _toks[k].lower_ in {"and", "to", "-", "–", ",",
                                                                                      "or", "&"}):
        k -= 1
    if k >= sent.start and k < start - 1 and (_toks[k].lower_ in _CITATION or _plural_label(_toks[k].lower_)) and \
            not money_or_pct:  # "between junctions 10 and 11"
        return True
    if k >= sent.start and _toks[k].lower_ in {"page", "pages", "p", "p.", "pp", "pp.", "paragraph", "paragraphs",
                                             "para", "paras", "footnote", "fig", "fig."} and not money_or_pct:
        return True
    # ages of people: "victims under 25", "people aged over 65", "children over 10"
    if not money_or_pct and value < 120 and prev and prev[-1] in {"under", "over", "aged", "below", "above"} and \
            head.dep_ != "nummod" and not (end < sent.end and _toks[end].pos_ in {"NOUN", "PROPN"}):
        before = _toks[start - 2] if start - 2 >= sent.start else None
        if before is not None and before.lower_ in {"aged", "age"}:
            return True
        host = before if before is not None and before.pos_ in {"NOUN", "PRON"} else None
        if host is None:
            clause = head
            while clause.head.i != clause.i and clause.pos_ not in {"VERB", "AUX"}:
                clause = clause.head
            host = _subject(clause) if clause.pos_ in {"VERB", "AUX"} else None
        if host is not None and _pobj(host, {"of"}) is not None and host.pos_ in {"ADJ", "NOUN", "PRON", "NUM"} and \
                host.lemma_.lower() in {"most", "many", "some", "half", "all", "majority", "proportion", "share",
                                        "third", "quarter", "none", "few", "minority", "percentage", "number"}:
            host = _pobj(host, {"of"})  # "most of the victims were under 25"
        if host is not None and host.lower_ in {"whom", "which"} or host is not None and host.pos_ == "NUM" and \
                (_pobj(host, {"of"}) is not None and _pobj(host, {"of"}).lower_ in {"whom", "which"}):
            host = _relative_antecedent(host)  # "charged 120 men, 45 of whom were under 25"
        if host is not None and (host.lemma_.lower() in _PEOPLE or host.lower_ in _PEOPLE or
                                 host.lemma_.lower() in _PERSON_NOUNS or host.ent_type_ == "PERSON"):
            return True
    # "one of the", "at one point", "one day", "just one example"
    if toks[0].lower_ == "one" and len(toks) == 1:
        noun = head.head if head.dep_ == "nummod" else None
        if noun is not None and noun.tag_ in {"NN", "NNP"} and noun.lower_ not in lists["member_nouns"] and \
                not (nxt and nxt[0] in {"in", "out"}):
            return True  # "one department", "one important step": a single thing is no reported figure
        if nxt and nxt[0] in {"of", "another", "or", "thing", "way", "example", "instance", "illustration", "such"}:
            return True
        if head.dep_ != "nummod" and head.head.pos_ not in {"NOUN", "PROPN"}:
            return True
    # dates, durations and years
    noun = head.head if head.dep_ in {"nummod", "quantmod", "compound"} else None
    if noun is not None and noun.lower_ in _NOT_COUNTED and not money_or_pct:
        return True  # "a 240-page report", "12 pages": the size of a document; "two-thirds": a fraction
    if nxt and nxt[0] in {"-", "\u2013"} and len(nxt) > 1 and nxt[1] in _NOT_COUNTED:
        return True
    if not money_or_pct and end < sent.end and _toks[end].is_title and \
            any(t.lower_.rstrip(".") in _STREET_WORDS for t in doc[end:min(sent.end, end + 4)]):
        return True  # "14 Main Street", "1600 Pennsylvania Avenue": an address
    # penalties: "a $1 million fine", "face a maximum of 20 years"
    fine = noun if noun is not None else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    imposed = money_or_pct and fine is not None and fine.lemma_.lower() in {"fine", "penalty"} and \
        _penalty_imposed(fine, doc[max(sent.start, start - 4):start])
    if noun is not None and noun.lemma_.lower() in {"fine", "penalty", "sentence", "bail", "term", "imprisonment"} \
            and not imposed and not (noun.tag_ == "NNS" and not money_or_pct):
        return True  # ... but a fine imposed or paid ("a £1m fine was imposed", "agreed to pay a $1bn penalty") is a
        # sum, and a count of them ("435 sentences were referred", "issued 40 fines") is a figure
    if any(a.lemma_.lower() in {"face", "maximum"} for a in _object_ancestors(head, 4)) and \
            (noun is None or noun.lemma_.lower() not in {"count", "indictment", "charge"}) and \
            not (money_or_pct and any(a.lemma_.lower() in _SHORTFALL_NOUNS for a in _object_ancestors(head, 3))):
        return True  # ... but "forces face a shortfall of £20m" is a sum the text reports, not a penalty
    if head.dep_ == "pobj" and head.head.head.lemma_.lower() in {"fine", "penalty", "sentence", "bail"} and not imposed:
        return True  # "a fine of $10 million" faced
    # ages in apposition: "The victim, 34, was ...", "Smith, 45, of Leeds"
    if head.dep_ in {"appos", "npadvmod", "amod"} and not money_or_pct and value < 120 and \
            (head.head.ent_type_ == "PERSON" or head.head.lemma_.lower() in _PERSON_NOUNS) and \
            start > 0 and _toks[start - 1].text == "," and \
            not (nxt and nxt[0] in {"in", "at", "to", "across", "on"} and head.head.ent_type_ != "PERSON" or
                 nxt and nxt[0] in {"in", "at", "to", "across", "on"} and end + 1 < sent.end and
                 _toks[end + 1].ent_type_ in {"GPE", "LOC"}):
        return True  # ... but "seized 40 guns in Kent, 25 in Essex" (Kent taken for a person) gives a figure there
    if noun is not None and noun.lower_ in lists["time_units"] and not money_or_pct:
        return True
    if not money_or_pct and nxt and nxt[0] in lists["time_units"] and noun is None:
        return True
    if start >= 2 and _toks[start - 1].text in {"-", "/", "\u2013"} and re.fullmatch(r"(1[89]|20)\d\d", _toks[start - 2].text) \
            and len(toks) == 1 and re.fullmatch(r"\d\d", text):
        return True  # "2022-23": the second year of a financial year
    in_time_ent = any(t.ent_type_ in _TIME_ENTS for t in nums)
    yearish = len(nums) == 1 and re.fullmatch(r"(1[89]|20)\d\d", nums[0].text) is not None
    if len(nums) > 1 and not money_or_pct and all(re.fullmatch(r"(1[89]|20)\d\d", t.text) for t in nums):
        return True  # "2001 2013": two years with the dash lost, not 4014 of anything
    if yearish and not money_or_pct and (noun is None or noun.ent_type_ in _TIME_ENTS or in_time_ent):
        return True
    if in_time_ent and not money_or_pct:
        ent = next(t for t in nums if t.ent_type_ in _TIME_ENTS)
        b = ent_bounds(ent)
        span = doc[b[0]:b[1]] if b else None
        if span is not None and (any(t.lower_ in lists["time_units"] or t.lower_ in _DATE_NOISE or
                                     re.fullmatch(_MONTHS, t.lower_) for t in span) or yearish):
            return True
    # a number that is the range end of an age/year span: "10 to 15" after "aged"
    if start - 2 >= sent.start and _toks[start - 1].lower_ in {"to", "-", "and"} and _is_num(_toks[start - 2]):
        if any(w in lists["age_words"] for w in _prev_words(doc, start - 2, 4, sent.start)):
            return True
    return False


_IMPOSE_VERBS = frozenset({"impose", "issue", "pay", "order", "levy", "hand", "give", "receive", "agree", "set"})


def _penalty_imposed(fine: Token, before: SpacySpan) -> bool:
    """A fine or penalty that was imposed, paid or agreed (``a £1m fine was imposed``, ``the judge imposed a fine of
    $250,000``, ``agreed to pay a $1.2bn penalty``), not one that could be (``faces a maximum fine of``, ``up to``)."""
    if any(t.lower_ in _POTENTIAL or t.lemma_.lower() in _POTENTIAL for t in before) or \
            any(c.lower_ in {"maximum", "max", "possible", "potential"} for c in fine.children):
        return False
    verb = fine.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    chain = [verb, *list(verb.ancestors)[:2]]
    if any(v.lemma_.lower() in _POTENTIAL or v.lemma_.lower() == "face" or _modal(v) for v in chain):
        return False
    return any(v.lemma_.lower() in _IMPOSE_VERBS and v.tag_ in {"VBD", "VBN", "VBZ", "VBP"} for v in chain)


def _counts_past_name(doc: Doc, start: int, end: int, head: Token) -> bool:
    """The recogniser ran a name on over the number after it, but the number counts the plural noun that follows
    the name: "gave Kent 12 new vans", "told the Senate 40 agents were hurt". The number ends the entity and
    quantifies a plural noun outside it ("the Apollo 11 mission" counts no missions)."""
    bounds = ent_bounds(doc[end - 1])
    if bounds is None or bounds[1] != end or bounds[0] >= start or head.dep_ != "nummod" or \
            re.fullmatch(r"(1[89]|20)\d\d", doc[end - 1].text) or _is_time(doc[end - 2]):
        return False  # "Fiscal Year 2020 grants": a year in a name, not a count
    noun = head.head
    return noun.i >= end and noun.tag_ in {"NNS", "NNPS"} and not (bounds[0] <= noun.i < bounds[1]) and \
        all(t.dep_ in {"amod", "compound", "nummod"} or t.i == noun.i for t in doc[end:noun.i + 1])


#: verbs that put someone in custody for a time, and nouns that are such a time: "jailed for 11 months"
#: what a body faces that is a sum it reports, not a penalty: "faces a funding gap of £20m", "a £5m shortfall"
_SHORTFALL_NOUNS = frozenset({"shortfall", "gap", "deficit", "bill", "cut", "cuts", "cost", "costs", "overspend",
                              "pressure", "pressures", "reduction", "increase", "rise", "loss", "losses", "demand"})
_CUSTODY_VERBS = frozenset({"jail", "imprison", "sentence", "detain", "lock", "incarcerate", "serve", "spend"})
_CUSTODY_NOUNS = frozenset({"sentence", "imprisonment", "custody", "jail", "prison", "detention",
                            "incarceration"})
_DURATION_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                             "minute", "minutes"})
_POTENTIAL = frozenset({"face", "maximum", "max", "possible", "potential", "could", "can", "may", "might", "up"})


def _reported_duration(doc: Doc, start: int, end: int, head: Token) -> tuple[str, Token] | None:
    """A time that is the reported figure, not a date or a period: a custodial term imposed (``jailed for almost 11
    months``, ``sentenced to over 5 years' imprisonment``, ``total prison sentences of over 100 years``, ``served
    four years``) or the time something took (``one audit took 16 years to close``, ``took an average of 3.3 years
    to close``). A term someone only faces (``faces up to 20 years``, ``a maximum sentence of 10 years``) is no
    figure. Returns the measure and the time-unit token."""
    unit = head.head if head.dep_ in {"nummod", "quantmod", "compound"} else None
    worked = _worked_time(doc, start, end, unit) if unit is not None else None
    if worked is None and unit is not None:
        worked = _times_done(doc, end, unit)
    if worked is not None:
        return worked, unit
    hyphened = unit is not None and unit.i == end + 1 and doc[end].text in {"-", "\u2013"}  # "a 14-month sentence"
    if unit is None or (unit.i != end and not hyphened) or unit.lower_ not in _DURATION_UNITS:
        return None
    if any(t.lower_ in _POTENTIAL or t.lemma_.lower() in _POTENTIAL
           for t in [*doc[max(0, start - 3):start], *list(unit.ancestors)[:5]]):
        return None  # "faces up to 20 years", "a maximum of 14 years": what could be, not what was
    if hyphened:
        host = unit.head
        if unit.dep_ in {"compound", "amod", "nmod"} and host.lemma_.lower() in _CUSTODY_NOUNS and \
                host.dep_ in {"dobj", "pobj", "nsubjpass", "attr"}:
            return _np(host, set(range(start, end + 2))) or "prison sentence", unit  # "given a 14-month prison sentence"
        return None
    x = unit
    if x.dep_ in {"poss", "nmod"} and x.head.lemma_.lower() in _CUSTODY_NOUNS:  # "5 years' imprisonment"
        x = x.head
    total = ""
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() in _lists()["container_nouns"] and \
            x.head.head.dep_ == "pobj":  # "jailed for a total of 42 years"
        x, total = x.head.head, "total "
    def is_be(t: Token) -> bool:
        return t.lemma_.lower() == "be" or t.lower_ in {"'s", "\u2019s"}

    if (x.dep_ == "attr" or (x.dep_ == "npadvmod" and _pobj(x.head, {"since"}) is not None)) and is_be(x.head):
        return _time_stated(x.head, unit)  # "It's two years since the unification of probation"
    if x.dep_ == "npadvmod" and x.head.lower_ == "since" and is_be(x.head.head):
        return _time_stated(x.head.head, unit)  # "It is now 18 months since the closure of the suite"
    if x.dep_ == "pobj" and x.head.lower_ in {"for", "to", "of"}:
        gov = x.head.head
    elif x.dep_ == "dobj" or (x.dep_ == "npadvmod" and x.head.lemma_.lower() == "take"):
        gov = x.head  # "took firefighters 17 minutes to arrive": the parse may make the time an adverbial
    else:
        return None
    lemma = gov.lemma_.lower()
    if lemma in _AVERAGES and x.head.lower_ == "of" and gov.dep_ == "dobj" and gov.head.pos_ == "VERB" and \
            gov.head.lemma_.lower() in _WAIT_VERBS:  # "victims waited an average of 280 days"
        return f"{lemma} time {gov.head.text}", unit
    if gov.pos_ == "VERB" and lemma in _CUSTODY_VERBS:
        if lemma in {"serve", "spend"} and not (x.lemma_.lower() in _CUSTODY_NOUNS or any(
                t.lemma_.lower() in _CUSTODY_NOUNS for t in gov.subtree)):
            return None  # "spent three years on the review": time, not custody
        if lemma == "sentence" or x.lemma_.lower() in _CUSTODY_NOUNS:
            return f"{total}prison sentence", unit
        return f"{total}time {_participle(gov) or gov.lemma_.lower()}", unit
    if gov.pos_ == "NOUN" and lemma in _CUSTODY_NOUNS and x.head.lower_ == "of":
        return _np(gov, set(range(start, end + 1))), unit  # "total prison sentences of over 100 years"
    if lemma == "average" and gov.dep_ == "dobj" and x.head.lower_ == "of":  # "took an average of 3.3 years to"
        taken = _time_taken(gov.head, averaged=True)
        return (f"average {taken}", unit) if taken else None
    if lemma == "take" and x.dep_ in {"dobj", "npadvmod"}:
        averaged = any(c.lower_ in _AVERAGES for c in x.children) or any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "average" for g in c.children)
            for c in gov.children)  # "took on average 700 days", "take 700 days on average"
        taken = _time_taken(gov, averaged=averaged)
        if taken and averaged:
            taken = f"average {taken}"
        return (taken, unit) if taken else None
    if x.dep_ == "pobj" and x.head.lower_ in {"to", "from"} and gov.pos_ == "VERB" and lemma in _LEVEL_VERBS:
        subj = _subject(gov)  # "the average time to charge rose to 706 days": the time noun's new level
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and (
                subj.lemma_.lower() in _TIME_MEASURES or any(c.lower_ in _AVERAGES for c in subj.children)) and \
                not _modal(gov):
            return _text([t for t in subj.subtree if not t.is_punct and t.dep_ != "det"][:10]), unit
    return None


#: verbs that move a level to a new value: "rose to 706 days", "fell from 14 to 11 minutes"
_LEVEL_VERBS = frozenset({"rise", "fall", "increase", "decrease", "drop", "climb", "grow", "lengthen", "shorten",
                          "reduce", "improve", "go", "come", "jump", "soar", "shrink", "decline"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll"})


def _modal(verb: Token) -> bool:
    """The verb is qualified by a modal or a future ("will take 10 years"): an estimate or a rule, not a fact."""
    return any(c.dep_ == "aux" and (c.lower_ in _MODALS or c.tag_ == "MD") for c in verb.children) or \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.lemma_.lower() in {
            "expect", "go", "plan", "aim", "need", "have"}


_WORKED_UNITS = frozenset({"hours", "days", "shifts"})
#: what hours are hours of when they are an amount of work done, given or watched: "200 hours of unpaid work"
_WORK_NOUNS = frozenset({"work", "service", "training", "volunteering", "patrol", "patrolling", "policing", "overtime",
                         "activity", "support", "supervision", "treatment", "counselling", "mentoring", "tuition",
                         "teaching", "labour", "footage", "video", "recording", "cctv", "interview", "questioning",
                         "research", "analysis", "investigation", "testimony", "evidence"})
_WORKED_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "conj", "appos"})


def _worked_time(doc: Doc, start: int, end: int, unit: Token) -> str | None:
    """Time counted as an amount of work, not a length of time: what is counted is hours of something, named
    between the number and the unit or after it ("64,240 volunteering hours", "9,000 officer days",
    "1,500 hours of youth work", "200 hours of unpaid work"), as a thing given, done or lost (the object or subject
    of its clause, not a period after "for", "within", "over"). Returns the measure: the hours and what they are of,
    and the verb that gives them."""
    if unit.lower_ not in _WORKED_UNITS or not (unit.dep_ in _WORKED_DEPS or
                                               (unit.dep_ == "pobj" and unit.head.lower_ in {"through", "with"})):
        return None  # "went through 2,000 hours of footage" is watched; "for 96 hours" is a length of time
    # ("with over 80,000 hours of patrols": what the pilot came with; "between 600,000 and 900,000 hours": a range)
    between = [t for t in doc[end:unit.i] if not (t.like_num or t.lower_ in {"and", "to", "-", "\u2013"})]
    named = bool(between) and all(t.head.i == unit.i and t.dep_ in {"compound", "amod", "nmod"} and
                                  t.pos_ in {"NOUN", "VERB", "ADJ", "PROPN"} and not _is_time(t) for t in between)
    of = _pobj(unit, {"of"}) if not between else None
    if of is not None and of.lemma_.lower() not in _WORK_NOUNS:
        of = None  # "three days of rioting", "100 days of action": the length of an event or a campaign
    if not named and of is None:
        return None
    measure = _np(unit, set(range(start, end)))
    if of is not None:
        measure = f"{measure} of {_np(of)}"
    verb = unit.head if unit.dep_ in {"dobj", "nsubjpass"} and unit.head.pos_ == "VERB" else None
    if verb is not None and verb.lemma_.lower() not in _lists()["measure_light_verbs"]:
        measure = f"{measure} {_participle(verb) or verb.lemma_.lower()}"
    return measure


_NOT_FREQUENCY = frozenset({"more", "less", "fewer", "higher", "lower", "greater", "larger", "bigger", "smaller", "as",
                            "the", "that", "than", "likely", "over", "what", "faster", "longer", "worse", "better"})


def _times_done(doc: Doc, end: int, unit: Token) -> str | None:
    """How often something was done is a count: "the protocol was used three times", "officers were called to the
    address 14 times", "Taser was fired 40 times". A multiple ("three times more likely", "four times the national
    average", "twice that for females") compares and is no count. Returns the measure: the times, the verb and what
    it was done to or by."""
    if unit.lower_ != "times" or unit.i != end or unit.dep_ not in {"npadvmod", "dobj"} or \
            unit.head.pos_ != "VERB" or unit.head.lemma_.lower() in _lists()["measure_light_verbs"]:
        return None
    if end + 1 < len(doc) and (doc[end + 1].lower_ in _NOT_FREQUENCY or doc[end + 1].tag_ in {"JJR", "RBR"}):
        return None
    verb = unit.head
    done = next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"} and c.i != unit.i and
                 c.pos_ in {"NOUN", "PROPN"}), None)
    if done is None:
        done = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    words = ["times", _participle(verb) or verb.lemma_.lower()]
    if done is not None:
        words.append(_np(done))
    return " ".join(words)


#: nouns that are a length of time: "the average wait was 14 hours", "the median time from charge to trial"
_TIME_MEASURES = frozenset({"time", "wait", "delay", "duration", "length", "journey", "response", "stay", "turnaround",
                            "backlog"})
_AVERAGES = frozenset({"average", "median", "mean"})
_WAIT_VERBS = frozenset({"wait", "spend", "last", "remain", "stay"})


def _time_stated(verb: Token, unit: Token) -> tuple[str, Token] | None:
    """``The average wait for an ambulance was 14 hours``: a time noun's length; ``It is two years since the force
    was placed in special measures``: the time since an event."""
    subj = _subject(verb)
    if subj is not None and (subj.pos_ in {"NOUN", "PROPN"} or subj.lower_ in _TIME_MEASURES) and \
            (subj.lemma_.lower() in _TIME_MEASURES or any(
            c.lower_ in _AVERAGES for c in subj.children)):
        return _text([t for t in subj.subtree if not t.is_punct and t.dep_ != "det"][:10]), unit
    since = next((c for c in verb.children if c.dep_ == "advcl" and
                  any(m.lower_ == "since" and m.dep_ == "mark" for m in c.children)), None)
    if since is not None and subj is not None and subj.lower_ == "it":
        words = [t for t in since.subtree if not t.is_punct and t.dep_ != "mark"][:10]
        return f"time since {_text(words)}", unit
    event = _pobj(verb, {"since"}) or _pobj(unit, {"since"})  # "It's two years since the unification of probation"
    if event is not None and subj is not None and subj.lower_ == "it" and event.pos_ in {"NOUN", "PROPN"} and \
            not _is_time(event):
        return f"time since {_np(event)}", unit
    return None


def _time_taken(verb: Token, averaged: bool = False) -> str | None:
    """``took 16 years to close``: the time taken to do what the infinitive says (a past fact, not an estimate);
    an average is a stated fact in the present too (``cases take 700 days on average to reach trial``), unless a
    modal makes it an estimate (``it will take an average of ten years``)."""
    if verb.lemma_.lower() != "take" or not (verb.tag_ in {"VBD", "VBN"} or
                                             (averaged and verb.tag_ in {"VBZ", "VBP"} and not _modal(verb))):
        return None
    inf = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and
                any(a.lower_ == "to" and a.dep_ == "aux" for a in c.lefts)), None)
    if inf is None:
        return None
    obj = next((o for o in inf.children if o.dep_ == "dobj" and o.pos_ in {"NOUN", "PROPN"}), None)
    subj = _subject(verb)
    what = _np(obj) if obj is not None else _np(subj) if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else ""
    return " ".join(w for w in ("time taken to", inf.text, what) if w)


_SMALL_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_THRESHOLD_WORDS = frozenset({"fewer", "more", "less", "greater", "older", "younger", "over", "under", "above", "below",
                              "higher", "lower"})


def _opens_a_name(doc: Doc, start: int, end: int, sent: SpacySpan) -> bool:
    """The digits at ``[start, end)`` open a programme's capitalised name: a determiner or possessive before them,
    then capitalised words up to a capitalised policy head (``the 10 Prisons Project``)."""
    words = doc_words(doc)
    if start == sent.start or words.lower[start - 1] not in {"the", "its", "our", "their", "his", "her", "'s", "\u2019s"}:
        return False
    k = end
    while k < sent.end and k - end < 4 and words.is_title[k] and words.tokens[k].is_alpha:
        k += 1
    # (the word after the number is what it counts, "10 Prisons", or the name goes on, "15 Most Wanted"; not a
    # duration: "a 10 Year Strategy")
    return k - end >= 2 and words.lower[k - 1] in POLICY_HEADS and words.tokens[k - 1].tag_ in {"NN", "NNP"} and \
        words.lower[end] not in _DURATION_UNITS


def _code_number(doc: Doc, start: int, end: int, sent: SpacySpan) -> bool:
    """A number that is part of a code or a date, not a count: a leading zero (``05-30``), a link of a hyphenated
    code that opens with letters (``IR-2015-66``), a year after ``FY`` or a month (``FY 2019``, ``June 2012``)."""
    first = doc[start]
    if re.fullmatch(r"0\d+", first.text):
        return True
    k = start - 1  # back along a hyphenated chain written without spaces: "05-30", "IR-2015-66"
    while k - 1 >= sent.start and doc[k].text in {"-", "\u2013"} and not doc[k].whitespace_ and \
            not doc[k - 1].whitespace_:
        link = doc[k - 1].text
        if re.fullmatch(r"0\d+|[A-Z]{1,4}(?:-\d+)*", link):
            return True
        if not link[:1].isdigit():
            break
        k -= 2
    if end - start == 1 and re.fullmatch(r"\d{5,}", first.text) and start > sent.start and \
            re.fullmatch(r"[A-Z]{2,5}", doc[start - 1].text):
        return True  # "NCJ 241264", "DOJ 1234567": a document's number after its series' letters
    if re.fullmatch(r"(?:19|20)\d\d", first.text) and end - start == 1:
        before = doc[start - 1].lower_.rstrip(".") if start > sent.start else ""
        if before in {"fy", "fiscal"} or re.fullmatch(_MONTHS, before):
            return True
        if first.dep_ in ("nummod", "compound", "amod", "nmod") and first.head.i > first.i:
            return True  # "the 2024 budget request", "the 2015 Spending Review", "2009 grants": a year naming a thing
        if start + 1 < sent.end and doc[start + 1].text in {"-", "\u2013", "/"} and not first.whitespace_:
            return True  # "2016-18 sets", "2019/20 figures": a span of years
    return False


_NOT_COUNTED = frozenset({"page", "pages", "paragraph", "paragraphs", "chapter", "chapters", "footnote", "footnotes",
                          "annex", "annexes", "appendix", "appendices", "slide", "slides", "thirds", "fifths",
                          "sixths", "eighths", "tenths", "halves", "third", "fifth", "tenth"})
_STREET_WORDS = frozenset({"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard",
                           "blvd", "way", "close", "crescent", "terrace", "highway", "hwy", "parkway", "pkwy", "square",
                           "gardens", "grove", "mews", "row", "walk"})
_ROAD_NAMES = frozenset({"interstate", "highway", "route", "junction", "exit", "terminal", "pier", "gate"})
_HYPHEN_COUNTS = frozenset({"count", "strong", "member", "person", "officer", "man", "woman"})  # "a 12-count ..."
_YEAR_DETERMINERS = frozenset({"last", "this", "next", "previous", "past", "that", "each", "every", "the", "a",
                               "financial", "calendar", "fiscal", "same", "following", "one"})


def _object_ancestors(tok: Token, n: int) -> list[Token]:
    """Up to ``n`` governors of ``tok``, stopping at a subject or a conjoined clause: "Nine officers faced
    hearings" and "..., and seven were sacked" are not inside what is faced."""
    out: list[Token] = []
    t = tok
    while len(out) < n and t.head.i != t.i:
        if t.dep_ in {"nsubj", "nsubjpass", "conj"} or (t.dep_ == "prep" and t.lower_ in {"with", "including"}):
            break  # "Eight faced charges, with six (75%) convicted": the six are not what was faced
        t = t.head
        out.append(t)
    return out


def _qualifier(doc: Doc, start: int, sent: SpacySpan) -> tuple[str | None, int]:
    quals = _lists()["qualifier_seqs"]
    lower = doc_words(doc).lower
    for n in (4, 3, 2, 1):
        if start - n < sent.start:
            continue
        words = " ".join(lower[start - n:start])
        if words in quals:
            return words, start - n
    return None, start


def _add_left(t: Token, keep: list[Token], exclude: set[int], drop: frozenset[str] | set[str]) -> None:
    """Left modifiers of ``t``, and theirs, into ``keep`` (module level: a recursive closure is a reference
    cycle that would keep the document alive until the garbage collector runs)."""
    for c in t.lefts:
        if c.i in exclude or c.dep_ not in _NP_LEFT_DEPS or c.like_num or c.pos_ in {"DET", "PRON", "NUM", "SYM"}:
            continue
        if c.dep_ == "amod" and c.lower_ in drop:
            continue
        if c.dep_ in {"advmod", "quantmod", "nummod"}:
            continue
        if c.dep_ == "punct" and c.text != "-":
            continue
        keep.append(c)
        _add_left(c, keep, exclude, drop)


def _np_tokens(tok: Token, exclude: set[int]) -> list[Token]:
    """The core of the noun phrase headed by ``tok``: left modifiers (compounds, adjectives) and the head."""
    lists = _lists()
    drop = lists["change_up"] | lists["change_down"] | {"more", "fewer", "less", "other", "such", "same"}
    keep: list[Token] = [tok]
    _add_left(tok, keep, exclude, drop)
    # keep the contiguous block ending at the head (modifiers separated by excluded tokens are dropped)
    keep.sort(key=lambda t: t.i)
    block: list[Token] = []
    for t in reversed(keep):
        if block and t.i != block[-1].i - 1:
            if any(x.i not in exclude and x.pos_ not in {"PUNCT"} for x in t.doc[t.i + 1:block[-1].i]):
                break
        block.append(t)
    return sorted(block, key=lambda t: t.i)


def _text(tokens: list[Token]) -> str:
    out = ""
    for i, t in enumerate(tokens):
        out += t.text
        if i + 1 < len(tokens):
            out += "" if (t.whitespace_ == "" and tokens[i + 1].i == t.i + 1) else " "
    return out.strip(" -")


def _np(tok: Token, exclude: set[int] | None = None) -> str:
    tokens = _np_tokens(tok, exclude or set())
    text = _text(tokens)
    if tokens and tokens[0].is_sent_start and tokens[0].pos_ != "PROPN" and not tokens[0].is_upper:
        text = text[:1].lower() + text[1:]  # "Crime in Leeds rose ..." -> "crime"
    return text


#: Heads that count or measure out what their "of" phrase names: "thousands of hours of hotspot patrols".
_PARTITIVE = frozenset({"thousand", "hundred", "million", "dozen", "score", "number", "range", "series", "variety",
                        "host", "hour", "day", "week", "month", "amount", "raft", "suite", "lot", "array", "wave"})


def _np_of(tok: Token) -> str:
    """The noun phrase of ``tok``, through the ``of`` phrases of the counting heads it starts with (at most
    three): ``thousands of hours of hotspot patrols``, not ``thousands``."""
    text = _np(tok)
    for _ in range(3):
        inner = _pobj(tok, {"of"}) if tok.lemma_.lower() in _PARTITIVE else None
        if inner is None or inner.pos_ not in {"NOUN", "PROPN"}:
            break
        text, tok = f"{text} of {_np(inner)}", inner
    return text


def _pobj(tok: Token, preps: set[str]) -> Token | None:
    for c in tok.children:  # the parse hangs the receiver of "gave $3m to charities" as a dative, not a prep
        if c.dep_ in {"prep", "dative"} and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


_BODY_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _ranked_body(head: Token, start: int, reading: "_Reading") -> str | None:
    """``West Midlands Police with 640``, ``London had the most, with 41,000``, ``followed by Kent with 310``: a
    bare figure after "with" that a named body or place has; the body's name (the figure counts what the text
    counted just before, there)."""
    if reading.noun is not None or head.dep_ != "pobj" or head.head.lower_ != "with":
        return None
    host = head.head.head
    body = None
    if host.pos_ == "PROPN":
        body = host
    elif host.pos_ in {"VERB", "AUX"}:  # "followed by Kent with 310": the agent; "London had the most": the subject
        agent = next((g for c in host.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        body = agent or _subject(host)
    if body is None or body.pos_ != "PROPN" or body.ent_type_ not in _BODY_ENTS or body.i > start:
        return None
    at = name_span(body)
    return doc_text(head.doc)[at.start:at.end]


def _participle(verb: Token) -> str:
    words = [verb.text if verb.tag_ in {"VBN", "VBD"} else ""]
    words += [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join(w for w in words if w)


def _money_purpose(tok: Token) -> str:
    """What a sum is for when no ``for``/``to`` object says so: an infinitive clause on the sum or its verb
    (``£2m to spend on street lighting``, ``set aside £4m to invest in youth workers``) or a gerund
    (``spent £3m in modernising its control room``)."""
    for c in tok.children:
        if c.dep_ in {"relcl", "acl", "advcl", "xcomp"} and c.pos_ == "VERB" and \
                any(a.lower_ == "to" and a.dep_ == "aux" for a in c.lefts):
            into = _pobj(c, {"in", "into"})
            inner = _purpose(c) or _money_purpose(c) or (f"in {_np(into)}" if into is not None and into.pos_ in
                                                         {"NOUN", "PROPN"} and not _is_time(into) else "")
            verb = " ".join([c.text] + [p.text for p in c.children if p.dep_ == "prt"])  # "crack down"
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return f"to {verb} {_np_of(obj)}"
            if inner:
                return f"to {verb} {inner}"
        if c.dep_ == "prep" and c.lower_ in {"in", "on", "into", "towards"}:
            g = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            obj = next((o for o in g.children if o.dep_ == "dobj"), None) if g is not None else None
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return f"{c.text} {g.text} {_np(obj)}"
    return ""


#: What a sum can be paid "under" or "through" that is no scheme: "awarded under pressure", "through the year".
_NOT_SCHEMES = frozenset({"pressure", "way", "review", "scrutiny", "threat", "investigation", "oath", "control",
                          "consideration", "year", "period", "process", "circumstance", "circumstances"})


def _purpose(tok: Token) -> str:
    """``for projects to combat youth violence`` under ``tok`` (a money phrase or its verb)."""
    for prep in ("for", "to", "towards", "on", "into"):
        p = _pobj(tok, {prep})
        if p is not None and p.ent_type_ not in _TIME_ENTS and p.lemma_.lower() not in _EMPTY_HEADS:
            text = _np(p)
            for c in p.children:
                if c.dep_ in {"relcl", "acl"} and any(a.lower_ == "to" for a in c.lefts):
                    obj = next((o for o in c.children if o.dep_ == "dobj"), None)
                    text += " to " + c.text + ((" " + _np(obj)) if obj is not None else "")
                    break
            return f"{prep} {text}"
    return ""


def _purpose_for(tok: Token) -> str:
    """``for <purpose>`` under ``tok``, when the purpose is a thing and not a time or a place."""
    p = _pobj(tok, {"for"})
    if p is None or p.ent_type_ in _TIME_ENTS | {"GPE", "LOC"} or _is_time(p) or \
            p.lemma_.lower() in _EMPTY_HEADS or p.pos_ not in {"NOUN", "PROPN"}:
        return ""
    return _purpose(tok) if _purpose(tok).startswith("for ") else f"for {_np(p)}"


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in _TIME_ENTS or tok.lower_ in _lists()["time_units"]


def _change_word(word: str) -> str | None:
    lists = _lists()
    if word in lists["change_up"]:
        return "up"
    if word in lists["change_down"]:
        return "down"
    return None


def _subject(verb: Token) -> Token | None:
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
        if v.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and v.head.i != v.i:
            v = v.head
        else:
            break
    return None


def _subject_measure(subj: Token, exclude: set[int]) -> str | None:
    lists = _lists()
    if subj.lower_ in _ANAPHORS or subj.pos_ == "PRON":
        return None
    if subj.lemma_.lower() in lists["container_nouns"]:
        of = _pobj(subj, {"of"})
        if of is not None:
            return _np(of, exclude)
    text = _np(subj, exclude)
    if subj.lemma_.lower() in _RATE_NOUNS:
        of = _pobj(subj, {"of"}) or next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                                          for g in c.children if g.dep_ == "pcomp"), None)  # "the rate of reoffending"
        if of is not None:
            text += " of " + _text([t for t in of.subtree if t.dep_ != "punct" or t.text == "-"][:8])
    return text


class _Reading:
    """What the parse says about one number phrase."""

    def __init__(self) -> None:
        self.measure: str | None = None
        self.change: str | None = None
        self.anaphoric = False
        self.noun: Token | None = None
        self.extra_end: int | None = None
        self.verb_phrase = False  # the measure is only what the verb says of a bare number ("82 were cautioned")
        self.whole: Token | None = None  # the noun of the whole a bracketed part belongs to ("900 fugitives (500 ...)")
        self.part: str | None = None  # which part: "on federal warrants"


#: Dependencies only a noun takes: a "verb" in one is the tagger's slip.
_NOMINAL_DEPS = frozenset({"attr", "pobj", "dobj", "nsubj", "nsubjpass", "appos"})


def _noun_tagged_verb(tok: Token) -> bool:
    """A plural noun the tagger took for a verb (``259 jail inmates per 100,000``: "inmates" as VBZ): a word in a
    noun's place in the parse, with a number or a noun modifying it from the left."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in _NOMINAL_DEPS and tok.lower_.endswith("s") and \
        any(c.dep_ in ("nummod", "compound") and c.i < tok.i for c in tok.children)


def _read(doc: Doc, start: int, end: int, head: Token, unit: str) -> _Reading:
    lists = _lists()
    r = _Reading()
    run = set(range(start, end))
    # change cue right before the number: "down 15%", "up 12%"
    if start > 0 and _change_word(doc[start - 1].lower_) and doc[start - 1].lower_ in {"up", "down"} \
            and doc[start - 1].dep_ != "prt":  # (not a verb's particle: "set up two units", "rounded up 40 people")
        r.change = _change_word(doc[start - 1].lower_)
    noun = head.head if head.dep_ in {"nummod", "quantmod", "compound", "nmod", "amod"} and \
        (head.head.pos_ in {"NOUN", "PROPN"} or _noun_tagged_verb(head.head)) and head.head.i not in run else None
    unit_noun = noun is not None and (noun.lemma_.lower() in _units()["weight_units"]
                                      or noun.lemma_.lower() in ("pound", "dollar"))
    brought = _brought_total(noun if unit_noun else head, run)  # ("10,878,950 pounds": the weight noun is the figure)
    if brought is not None:
        r.measure = brought
        return r
    if unit == "percent" and head.dep_ == "quantmod" and noun is None and end < len(doc) and doc[end].lower_ == "to" \
            and head.head.like_num and head.head.i > end:
        # "rose by 7% to 50,000 offences" read as a range "7% to 50,000": the share is the change of the subject
        count = head.head
        prep = count.head.head if count.dep_ == "nummod" and count.head.dep_ == "pobj" else None
        verb = prep.head if prep is not None and prep.lower_ == "by" else None
        change = _change_word(verb.lemma_.lower()) if verb is not None and verb.pos_ == "VERB" else None
        if change:
            subj = _subject(verb)
            if subj is not None and subj.lower_ not in _ANAPHORS and subj.i not in run:
                r.change = change
                r.measure = _subject_measure(subj, run)
                return r
    if noun is not None and noun.i > end and any(t.text == "(" for t in doc[end:noun.i]) and not _HAS_WORD(noun.text):
        # "85 (79%) led to ...": the parse hung the count on the bracketed share; the pair plays the share's part
        head, run, noun = noun, run | {noun.i}, None
    elif noun is not None and noun.i > end and any(t.text == "(" for t in doc[end:noun.i]) and \
            not _change_word(noun.lemma_.lower()):  # but "130 more (a 23% increase)" is that increase
        noun = None  # "violations – 287 (AWA categorizes ...)": a bracket opens an aside, not what is counted
    if unit == "count" and noun is not None and noun.dep_ == "compound" and noun.head.i == noun.i + 1 and \
            noun.i == end and (noun.head.pos_ == "NOUN" or _noun_tagged_verb(noun.head)):
        noun = noun.head  # "fell to 412 prison inmates per 100,000": the number hung on the first noun of two
    if noun is not None and noun.dep_ in {"nmod", "compound", "amod"} and noun.head.pos_ in {"NOUN", "PROPN"} and \
            noun.head.i > noun.i and any(t.text == "," or t.lower_ in {"and", "or"} for t in doc[noun.i + 1:noun.head.i]):
        noun = noun.head  # "13,000 state, local and tribal agencies": the noun the listed modifiers share
    if noun is not None and noun.lower_ == "count" and end < len(doc) and doc[end].text == "-" and \
            noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i > noun.i:
        r.measure = f"counts in the {_np(noun.head, run | {noun.i})}"  # "a six-count federal indictment"
        r.noun = noun
        return r
    if noun is not None and not _HAS_WORD(noun.text):  # "13% increase": the noun the percent sign modifies
        up = noun.head
        noun = up if noun.dep_ in {"compound", "nmod", "amod", "nummod"} and up.i != noun.i and \
            up.pos_ in {"NOUN", "PROPN"} and up.i not in run else None
    if unit in _currencies():
        given = _sum_in_noun(doc, end) or _sum_to_receiver(doc, head, end)
        if given:  # "the release of $12m in grants to support ...", "delivered £5.5m to 29 partners"
            r.measure = given
            return r
    of = _pobj(head, {"of"})
    if of is not None and of.i < start and (of.lower_ in _ANAPHORS or of.pos_ == "PRON"):
        of = None  # a fronted "Of these, 85 led to ...": the verb says what the 85 are, the caller what "these" were
    if unit not in {"count", "percent"}:
        of = of or _pobj(head, {"in"})  # "$12 million in grant funding", "$40,000 in cash"
    if noun is None and of is not None and not _is_time(of):
        # "12.5% of crimes", "38 of the officers"
        r.measure = _np(of, run)
        r.noun = of
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in lists["measure_light_verbs"]:
            if head.dep_ in {"nsubj", "nsubjpass"}:  # "seven of the 41 officers were dismissed"
                r.measure += " " + _verb_phrase(verb)
            elif head.dep_ == "dobj" and (verb.tag_ == "VBN" or verb.lower_.endswith("ed")) and _participle(verb):
                # "charged 12 of the 40 suspects" ("froze" is no participle)
                r.measure += " " + _participle(verb)
        return r
    if noun is not None and not _is_time(noun):
        lemma = noun.lemma_.lower()
        ch = _change_word(lemma)
        if end < len(doc) and doc[end].lower_ in {"more", "fewer", "less"}:
            ch = ch or _change_word(doc[end].lower_)
        if unit in _currencies() and lemma in _FUNDING_PARCELS:
            # "a £20 million boost to tackle online grooming", "a $5m package for victims": funding, for its purpose
            purpose = _money_purpose(noun) or _purpose(noun)
            r.measure = " ".join(w for w in ("funding", noun.text, purpose) if w)
            r.noun = noun
            return r
        if ch and lemma in lists["change_up"] | lists["change_down"]:
            r.change = ch
            target = _pobj(noun, {"in", "of"})
            r.measure = noun.text + (f" in {_target_np(target, run)}" if target is not None and not _is_time(target) else "")
            r.noun = noun
            return r
        r.change = r.change or ch
        r.noun = noun
        counted = noun
        if (lemma in lists["container_nouns"] or lemma in {"worth", "value", "quantity"}) and \
                _pobj(noun, {"of"}) is not None:
            counted = _pobj(noun, {"of"})  # "a total of 38 allegations", "£2m worth of cocaine"
            if lemma not in {"worth", "value", "quantity"}:
                noun = counted
            r.noun = noun
        text = _np(counted, run)
        if noun.lower_ in lists["member_nouns"]:
            inner = _pobj(noun, {"of"})
            if inner is None and noun.lower_ in _units()["weight_units"]:
                inner = _pobj(noun, {"in"})  # "456 kilograms in illegal narcotics" (not "40 kilos in the car")
                if inner is None and noun.dep_ == "dobj":  # (or hung on the verb, right after the weight)
                    inner = next((g for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "in"
                                  and c.i == noun.i + 1 for g in c.children if g.dep_ == "pobj"), None)
                if inner is not None and (inner.ent_type_ or any(c.dep_ in {"det", "poss"} for c in inner.children)
                                          or inner.pos_ != "NOUN"):
                    inner = None
            if inner is not None:
                text += " of " + _np(inner)
                r.extra_end = max(t.i for t in _np_tokens(inner, set())) + 1
        eff = noun  # "£2m worth of cocaine seized": the verb governs "worth"
        if counted.i == noun.i and counted.dep_ == "pobj" and \
                counted.head.head.lemma_.lower() in lists["container_nouns"]:
            eff = counted.head.head  # "a total of 12 people have been charged"
        while eff.dep_ == "conj" and eff.head.pos_ in {"NOUN", "PROPN"}:
            eff = eff.head
        verb = eff.head
        if eff.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB" and \
                verb.lemma_.lower() not in lists["measure_light_verbs"]:
            part = _participle(verb)
            if part:
                text += " " + part
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                sub = list(c.subtree)
                if len(sub) <= 6:
                    text += " " + _text(sub)
                    break
                text += " " + c.text
                agent = next((a for a in c.children if a.dep_ == "agent"), None)
                ag = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                if ag is not None:
                    text += " by " + _np(ag)
                break
        k = max(t.i for t in _np_tokens(noun, run)) + 1
        if k + 1 < len(doc) and doc[k].lower_ in {"per", "a", "an", "each"} and doc[k + 1].lower_ in _PER_TIME and \
                not any(c.dep_ == "nummod" for c in doc[k + 1].children):
            text += f" per {doc[k + 1].lower_}"  # "293 fugitives per day", "40 calls a week": a rate over time
            r.extra_end = max(r.extra_end or 0, k + 2)
        if unit not in {"count", "percent"} and noun.lemma_.lower() in _units()["currency_words"]:
            text = ""
        if text:
            r.measure = text
            return r
    if noun is None and of is None and head.dep_ not in {"nummod", "quantmod"} and end < len(doc) and \
            doc[end].tag_ in {"NNS", "NNPS"} and not _is_time(doc[end]) and doc[end].ent_type_ not in _SKIP_ENTS:
        # "There were 69 homicides victims aged 13 to 19": the parse missed that the nouns after the number are
        # what it counts; take the run of nouns that follows it, and a participle phrase on its last noun
        k = end
        while k + 1 < len(doc) and doc[k + 1].pos_ in {"NOUN", "PROPN"} and doc[k + 1].tag_ != "NNP" and \
                not _is_time(doc[k + 1]) and not doc[k + 1].is_sent_start:
            k += 1
        last = doc[k]
        text = _text(list(doc[end:k + 1]))
        part = next((c for c in last.children if c.dep_ in {"acl", "amod"} and c.tag_ == "VBN" and c.i == k + 1), None)
        if part is not None and len(list(part.subtree)) <= 7:
            text += " " + _text(list(part.subtree))
        r.measure, r.noun = text, last
        r.extra_end = k + 1
        return r
    breakdown = _breakdown(doc, head, start)
    if breakdown is not None:  # "arrested 900 fugitives (500 on federal and 400 on state warrants)"
        whole, words = breakdown
        r.measure = f"{_np(whole, run)} {words}"
        r.whole = whole
        r.part = words
        return r
    if unit == "percent" and head.dep_ == "pobj" and head.head.lower_ == "at":
        rates = {"rate", "level", "proportion", "percentage", "share"}
        rate = next((c for a in list(head.ancestors)[1:4]
                     for c in ([a] if a.pos_ == "NOUN" else [c for c in a.children if c.dep_ == "dobj"] if
                               a.pos_ == "VERB" else [])
                     if c.pos_ == "NOUN" and c.lemma_.lower() in rates), None)
        if rate is not None:  # "boasted a conviction rate rivaling all others at 92.1%": the rate
            r.measure = _subject_measure(rate, run)
            return r
    totalled = _totalled(doc, head, run)
    if totalled is not None:  # "17 new grants totaling $1.18 million": what the sum is the total of
        r.measure = totalled
        return r
    # a bare number, percent or sum: climb to what governs it
    if unit in _currencies() and head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in {"total", "sum", "amount"} and head.head.head.dep_ in {"nsubj", "nsubjpass"}:
        head = head.head.head  # "A total sum of £200,000 was distributed to ...": the sum acts for the figure
    t = head
    gov: Token | None = None
    if t.dep_ == "pobj":
        prep = t.head
        gov = prep.head
    elif t.dep_ in _CLIMB_DEPS:
        gov = t.head if t.head.i != t.i else None
    if unit not in {"count", "percent", "rate"} and (head.dep_ in {"conj", "appos"} or (
            head.dep_ == "pobj" and head.head.lower_ in {"including", "plus"})):  # "including £1m for CCTV"
        purpose = _purpose(head)  # "..., and $570 million for screening equipment": each sum of a list has its use
        if purpose and purpose.split()[0] in {"for", "to", "towards"}:
            r.measure = f"funding {purpose}"
            return r
    if head.dep_ == "pobj" and head.head.lower_ in {"from", "to", "by"} and gov is not None and gov.pos_ == "VERB":
        obj = next((c for c in gov.children if c.dep_ == "dobj" and c.i not in run and c.pos_ in {"NOUN", "PROPN"}
                    and not _is_time(c)), None)
        target = _pobj(obj, {"in", "of"}) if obj is not None and _change_word(obj.lemma_.lower()) else None
        if target is not None and head.head.lower_ in {"from", "to"} and not _is_time(target):
            r.measure = _target_np(target, run)  # "saw a 15% drop in carjackings, from 420 to 357": levels
            return r
        if obj is not None:  # "doubled the youth fund from £11m to £22m": the levels of what the verb changes;
            r.measure = _np(obj, run)  # "increases the budget by $1.7bn": a change of it
            if head.head.lower_ == "by":
                r.change = r.change or _change_word(gov.lemma_.lower())
            return r
    if gov is not None and gov.lower_ in {"down", "up"}:
        r.change = r.change or _change_word(gov.lower_)
        gov = gov.head if gov.head.i != gov.i else None
    while gov is not None and gov.pos_ == "ADV" and gov.head.i != gov.i:
        gov = gov.head  # "dropped by 30% overall"
    if r.change and gov is not None and gov.pos_ == "VERB":
        counted = next((c for c in gov.children if c.dep_ == "dobj" and any(g.like_num for g in c.children)), None)
        if counted is not None:  # "made 310 arrests, up 12% on last year"
            r.measure = _np(counted, run)
            return r
    level = head.dep_ == "pobj" and head.head.lower_ in {"to", "from", "at"}  # "rose to 109": a level
    if gov is not None and gov.pos_ in {"NOUN", "PROPN"} and gov.i not in run:
        ch = _change_word(gov.lemma_.lower())
        if ch and level and head.head.head.i == gov.i:
            target = _pobj(gov, {"in", "of"})
            if target is not None and target.i not in run and not _is_time(target):
                r.measure = _target_np(target, run)  # "a 9% rise in thefts, from 2,300 to 2,507": levels of thefts
                return r
        if ch:
            r.change = r.change or ch
            target = _pobj(head, {"in"}) if head.dep_ == "pobj" and head.head.lower_ == "of" else None
            if target is None or target.ent_type_ in {"GPE", "LOC"} or _is_time(target):
                target = _pobj(gov, {"in", "of"})  # "a reduction of 15% in knife crime": the parse hangs "in" on "%"
            if target is not None and target.i not in run and not _is_time(target):
                r.measure = f"{gov.text} in {_target_np(target, run)}"
                return r
            # "offences ..., a decrease of 2%": the noun the change phrase comments on
            host = gov.head
            sibs = sorted((c for c in host.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i != gov.i
                           and c.pos_ in {"NOUN", "PROPN"}), key=lambda c: c.dep_ != "dobj")
            sib = sibs[0] if sibs and host.pos_ in {"VERB", "AUX"} else None
            if gov.dep_ == "appos" and host.pos_ in {"NOUN", "PROPN"}:
                sib = host
            if sib is not None and sib.lower_ not in _ANAPHORS:
                r.measure = f"{gov.text} in {_np(sib, run)}"
            else:
                r.measure = gov.text
                r.anaphoric = True
            return r
        if gov.ent_type_ in _TIME_ENTS:
            # "the year ending December 2012 (877,000)": a figure for a comparison period
            clause = gov
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            subj = _subject(clause) if clause.pos_ in {"VERB", "AUX"} else None
            if subj is None or subj.lower_ in _ANAPHORS:
                r.anaphoric = True
            else:
                r.measure = _subject_measure(subj, run)
            return r
        if not _is_time(gov):
            r.measure = _np(gov, run)
            if head.dep_ == "appos" and unit == "percent":
                r.change = r.change or _change_host(gov)  # "falls in burglary (12%) and robbery (9%)"
            return r
    if gov is not None and gov.pos_ == "ADJ" and gov.lower_ == "worth":
        host = gov.head
        if host.lemma_.lower() == "be":  # "The fund is worth £45m": the worth of the subject (or what it stands for)
            subj = _subject(host)
            named = _antecedent(subj) if subj is not None else None
            if named:
                r.measure = f"worth of {named}"
                return r
        if host.pos_ == "VERB":  # "recovered 80 kilos of cocaine, worth $2.4m": the parse hangs "worth" on the verb
            host = next((c for c in host.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}
                         and c.i < gov.i), host)
        r.measure = _worth_of(host, run) if host.pos_ in {"NOUN", "PROPN"} else None
        return r
    if gov is not None and gov.pos_ in {"ADJ", "ADV"} and gov.lower_ in _COMPARATIVES and head.dep_ == "npadvmod":
        # "burglary was 12% lower than last year": a change on the subject of the clause
        r.change = r.change or _COMPARATIVES[gov.lower_]
        clause = gov.head if gov.head.i != gov.i else gov
        subj = _subject(clause) if clause.pos_ in {"VERB", "AUX"} else None
        if subj is None and clause.pos_ in {"NOUN", "PROPN"} and gov.dep_ == "amod" and clause.i < gov.i:
            subj = clause  # "with total crime 17% lower than ...": the noun the comparative describes
        if subj is None or subj.lower_ in _ANAPHORS or subj.i in run:
            r.anaphoric = True
        else:
            r.measure = _subject_measure(subj, run)
        return r
    if noun is None and any(c.lower_ in {"remaining", "other", "rest"} for c in head.lefts):
        r.anaphoric = True  # "the remaining 33 did not": the things counted just before
        return r
    if gov is not None and unit not in {"count", "percent"} and head.dep_ in {"dobj", "nsubjpass", "attr"}:
        purpose = _money_purpose(head)  # "a further £2m to spend on street lighting"
        if not purpose and gov.lemma_.lower() in lists["measure_light_verbs"] and \
                (_pobj(head, {"for"}) is not None or _pobj(gov, {"for"}) is not None):
            purpose = _purpose_for(head) or _purpose_for(gov)  # "the bill includes $2bn for border security"
        if purpose:
            r.measure = f"funding {purpose}"
            return r
    if gov is not None and gov.pos_ in {"VERB", "AUX"} and unit not in {"count", "percent"}:
        what = _pobj(gov, {"in"})  # "ordered to pay $12,500 in restitution"
        if what is not None and what.head.i != end:
            what = None  # "spend £40m on treatment in prisons": the place, not what the sum is
        if what is not None and what.ent_type_ not in _TIME_ENTS | {"GPE", "LOC"} and what.pos_ == "NOUN" and \
                head.dep_ in {"dobj", "nsubjpass"}:
            r.measure = _np(what, run)
            return r
    if gov is not None and gov.lemma_.lower() == "be" and head.dep_ == "attr" and \
            any(c.dep_ == "expl" for c in gov.children):
        r.anaphoric = True  # "In April there were 287": more of the things counted just before
        return r
    if gov is not None and gov.pos_ in {"VERB", "AUX"}:
        lemma = gov.lemma_.lower()
        if not level:
            r.change = r.change or _change_word(lemma)
        if unit not in {"count", "percent"} and lemma in lists["funding_verbs"] and \
                head.dep_ in {"dobj", "nsubjpass", "pobj"}:
            what = _pobj(gov, {"in"})  # "awarded $2.5 million in grant funding"
            if what is not None and what.head.i != end:
                what = None
            if what is not None and what.ent_type_ not in _TIME_ENTS | {"GPE", "LOC"} and what.pos_ == "NOUN":
                r.measure = _np(what, run)
                return r
            purpose = _purpose(head) or _purpose(gov) or _money_purpose(gov)
            target = _pobj(gov, {"in"})
            if not purpose and target is not None and target.pos_ in {"NOUN", "PROPN"} and \
                    target.ent_type_ not in _TIME_ENTS | {"GPE", "LOC"} and not _is_time(target) and \
                    target.lemma_.lower() not in _EMPTY_HEADS | _NOT_IN_WHAT:
                purpose = f"in {_np(target)}"  # "investing £200m in the Youth Endowment Fund"
            scheme = _pobj(gov, {"under", "through"}) if not purpose else None
            if scheme is not None and scheme.pos_ in {"NOUN", "PROPN"} and not _is_time(scheme) \
                    and scheme.ent_type_ not in {"GPE", "LOC"} and scheme.lemma_.lower() not in _EMPTY_HEADS | _NOT_SCHEMES:
                counts = {c.i for c in scheme.children if c.dep_ == "nummod"}  # "under 12 grant programs"
                purpose = f"{scheme.head.lower_} {_np(scheme, counts)}"  # "awarded under the Byrne JAG program"
            receiver = ""
            if lemma in _RECEIVE_VERBS and head.dep_ == "dobj":  # "the unit received £7m": funding for the unit
                subj = _subject(gov)
                named = _antecedent(subj) if subj is not None else None
                receiver = (f"by {named}" if _participle(gov) else f"for {named}") if named else ""
            r.measure = " ".join(w for w in ("funding", _participle(gov), receiver, purpose) if w)
            return r
        attr = next((c for c in gov.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if lemma == "be" and head.dep_ == "nsubj" and attr is not None and not _is_time(attr) and \
                attr.lemma_.lower() not in _ROLE_NOUNS and not any(c.dep_ == "det" for c in attr.children):
            r.measure = _np(attr, run)  # "69 were criminal investigations": what the figure counts
            return r
        if unit not in {"count", "percent"} and head.dep_ == "dobj" and lemma not in lists["measure_light_verbs"] and \
                lemma not in {"cost", "spend", "save", "lose", "steal", "launder", "owe"}:
            purpose = _purpose(head) or _money_purpose(head) or _money_purpose(gov)
            if purpose:  # "Ministers confirmed £42m to tackle violence": the sum's purpose, not the ministers
                r.measure = f"funding {purpose}"
                return r
        subj = _subject(gov)
        if lemma == "cost" and subj is not None and subj.i not in run and unit in _currencies() and \
                head.dep_ == "dobj" and subj.pos_ in {"NOUN", "PROPN"} and subj.lower_ not in _ANAPHORS:
            r.measure = f"cost of {_subject_measure(subj, run) or _np(subj, run)}"  # "the prison will cost £250m
            return r  # to build": the cost of the prison, not funding to build
        if subj is not None and subj.i not in run and unit in _currencies() and head.dep_ == "dobj":
            context = _sum_context(doc, head, end, doc[start].sent)
            if context:  # "Councils will share £3m available to clubs": the sum's use, not who receives it
                r.measure = context
                return r
        phrasal = any(c.dep_ == "prt" for c in gov.children)  # "took in $479,000": not the light "take"
        if unit in _currencies() and head.dep_ == "dobj" and gov.pos_ == "VERB" and \
                (lemma not in lists["measure_light_verbs"] or phrasal) and lemma not in _SUM_OF_SUBJECT:
            r.measure = _money_moved(gov, head, subj, run)  # "the gang laundered $4.5m": money laundered by the gang
            return r
        if subj is not None and subj.i not in run:
            if subj.lower_ in _ANAPHORS:
                r.anaphoric = True
                return r
            r.measure = _subject_measure(subj, run)
            return r
        obj = next((c for c in gov.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not _is_time(c)), None)
        if subj is not None and subj.i in run and unit in {"count", "percent"} and gov.pos_ == "VERB" and \
                head.dep_ in {"nsubj", "nsubjpass"} and (lemma not in lists["measure_light_verbs"] or
                                                         (obj is not None and lemma not in {"be", "have", "include"})):
            # "82 were interviewed under caution", "28% tested positive": those the verb phrase describes;
            # "78% reported an improvement in their wellbeing": with what they did
            r.measure = _verb_phrase(gov)
            if obj is not None and obj.lemma_.lower() not in _EMPTY_HEADS:
                what = _np(obj, run)
                inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "to", "for"}), None)
                inner_obj = _pobj(obj, {inner.lower_}) if inner is not None else None
                if inner_obj is not None and inner_obj.pos_ in {"NOUN", "PROPN"}:
                    what += f" {inner.lower_} {_np(inner_obj)}"
                r.measure = f"{gov.text} {what}"
            r.verb_phrase = True
            return r
        said = _stated_by_share(gov, head, subj, run, unit)
        if said:  # "72% were satisfied with the service", "15% said they felt unsafe": what the share said or was
            r.measure = said
            r.verb_phrase = True
            return r
    if unit not in {"count", "percent", "rate"}:
        r.measure, r.extra_end = _money_fallback(doc, head, end, run)
    return r


def _money_fallback(doc: Doc, head: Token, end: int, run: set[int]) -> tuple[str | None, int | None]:
    """What a sum is when no other rule could place it: its use ("the £11.8m to tackle violence", "£100m was
    committed to support forces"), the noun it is "of" ("funding of up to £970m"), or the name it stands before
    when the parse split them ("our £200m Youth Endowment Fund"). Returns the measure and where its words end."""
    gov = head.head.head if head.dep_ == "pobj" else head.head if head.head.i != head.i else None
    cands = [head] + ([gov, *(c for c in gov.children if c.dep_ in {"acomp", "xcomp", "oprd"})]
                      if gov is not None else [])
    for c in cands:
        purpose = _money_purpose(c) or (_purpose(c) if c is head else "")
        if purpose:
            return f"funding {purpose}", None
    host = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if host is not None and host.pos_ == "NOUN" and host.lemma_.lower() not in _EMPTY_HEADS and not _is_time(host):
        return _np(host, run), None
    k = end
    while k < len(doc) and doc[k].pos_ in {"NOUN", "PROPN"} and not _is_time(doc[k]) and \
            doc[k].ent_type_ not in {"PERSON", "GPE", "LOC", "DATE"} and not doc[k].is_sent_start:
        k += 1
    if k > end:
        return _text(list(doc[end:k])), k
    return None, None


_PER_TIME = frozenset({"day", "week", "month", "year", "hour", "night", "weekend", "fortnight", "minute"})
_BREAKDOWN_PREPS = frozenset({"on", "for", "under", "from", "in", "with", "by", "at"})


def _breakdown(doc: Doc, head: Token, start: int) -> tuple[Token, str] | None:
    """``900 fugitives (500 on federal and 400 on state warrants)``: a bracketed count of some of the things a
    noun counts, with a prepositional phrase saying which part. Returns the noun and the part's phrase
    (``on federal warrants``: an adjective left without its noun borrows the noun of the next part)."""
    first = head
    while first.dep_ == "conj" and _is_num(first.head):
        first = first.head
    whole = first.head
    if first.dep_ != "appos" or whole.pos_ not in {"NOUN", "PROPN"} or whole.i > first.i or \
            not any(t.text == "(" for t in doc[whole.i + 1:first.i + 1]) or _is_time(whole):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _BREAKDOWN_PREPS and c.i > head.i), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or _is_time(obj) or obj.ent_type_ in {"GPE", "LOC", "DATE"}:
        return None
    sub = [t for t in obj.subtree if not t.is_punct]
    words = _text(sub) if len(sub) <= 6 else _np(obj)
    if obj.pos_ == "ADJ":  # "500 on federal and 400 on state and local warrants"
        later = next((g for t in doc[obj.i + 1:min(len(doc), obj.i + 15)] if t.dep_ == "prep" and t.lower_ == prep.lower_
                      for g in t.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
        if later is None:
            return None
        words += " " + _text([t for t in _np_tokens(later, set()) if t.pos_ in {"NOUN", "PROPN"}])
    return whole, f"{prep.text} {words}"


#: nouns a sum of money is a parcel of, which say nothing of what it is for: "a £20m boost", "a $5m package"
_FUNDING_PARCELS = frozenset({"boost", "injection", "package", "pot", "uplift", "windfall", "lifeline", "top-up",
                              "tranche", "cash"})


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    data = _units()
    return frozenset(data["currency_symbols"].values()) | frozenset(data["currency_words"].values())


#: what a sum is said to be when nothing names its use: "£19 million invested", "£100m available to charities"
_SUM_STATES = frozenset({"available", "invested", "allocated", "committed", "earmarked", "pledged", "announced",
                         "provided", "awarded", "granted", "spent", "approved", "secured", "set", "given", "made",
                         "released", "distributed", "dedicated", "ringfenced", "ring-fenced", "promised", "raised"})


def _sum_context(doc: Doc, head: Token, end: int, sent: SpacySpan) -> str | None:
    """What a sum of money is when no noun names it: funding, with what the clause says of it. An infinitive right
    after it (``$1.4 billion to build new barriers``), a participle or adjective on it (``£19 million invested``,
    ``£100m a year available to charities``, ``the £40m we announced``), ``made available`` around it, or the verb
    it is the subject of (``$58m will support the continuation of awards``)."""
    def obj_of(verb: Token) -> str:
        obj = next((o for o in verb.children if o.dep_ == "dobj" and o.pos_ in {"NOUN", "PROPN"}), None)
        return f" {_np(obj)}" + (f" of {_np(_pobj(obj, {'of'}))}" if obj is not None and _pobj(obj, {"of"}) is not None
                                 else "") if obj is not None else ""

    def to_whom(tok: Token) -> str:
        who = _pobj(tok, {"to", "for"})
        return f" to {_np(who)}" if who is not None and who.pos_ in {"NOUN", "PROPN"} and not _is_time(who) else ""

    if end + 1 < sent.end and doc[end].lower_ == "to" and doc[end].tag_ == "TO" and doc[end + 1].pos_ == "VERB" and \
            doc[end + 1].tag_ == "VB":
        verb = doc[end + 1]
        return f"funding to {verb.text}{obj_of(verb)}"  # "$1.375 billion to build new border barriers"
    for c in head.children:
        if c.i > head.i and c.dep_ in {"acl", "amod", "relcl"} and (c.lower_ in _SUM_STATES or c.lemma_.lower() in
                                                                    {"announce", "invest", "allocate", "commit"}):
            return f"funding {c.text}{to_whom(c)}"  # "£19 million invested", "the £40m we announced"
    gov = head.head
    if any(c.lower_ == "available" and c.dep_ in {"acomp", "amod", "oprd"}
                                   for c in list(head.children) + list(gov.children)):
        avail = next((c for c in list(head.children) + list(gov.children) if c.lower_ == "available"), None)
        if avail is not None:
            made = "made " if gov.lemma_.lower() == "make" else ""
            return f"funding {made}available{to_whom(avail) or to_whom(gov)}"  # "has made available an extra £12m"
    if head.dep_ == "nsubj" and gov.lemma_.lower() == "be" and not any(c.dep_ in {"attr", "acomp"} for c in gov.children):
        for c in gov.children:
            if c.dep_ == "prep" and c.lower_ == "for" and to_whom(gov):
                return f"funding{to_whom(gov).replace(' to ', ' for ', 1)}"  # "£2m is for new CCTV cameras"
    if head.dep_ == "nsubjpass" and gov.pos_ == "VERB" and gov.tag_ == "VBN" and \
            gov.lemma_.lower() not in _lists()["measure_light_verbs"]:
        target = next((g for p in gov.children if p.dep_ == "prep" and p.lower_ in {"to", "on", "through", "in"}
                       for g in p.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and not _is_time(g)
                       and g.ent_type_ not in {"GPE", "LOC", "DATE"}), None)
        if target is not None:  # "£2bn is lost to fraud": money lost to fraud
            return f"money {gov.text} {target.head.lower_} {_np(target)}"
    attr = next((c for c in gov.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None) \
        if head.dep_ == "nsubj" and gov.lemma_.lower() == "be" else None
    if attr is not None and not _is_time(attr):
        if attr.lemma_.lower() == "part":  # "this £5m is part of our plan to cut crime": funding, part of the plan
            whole = _pobj(attr, {"of"})
            if whole is not None and whole.pos_ in {"NOUN", "PROPN"} and not _is_time(whole):
                return f"funding part of {_np(whole)}"
        elif attr.lemma_.lower() in _MONEY_NOUNS | _FUNDING_PARCELS:  # "the £8m is a significant investment in
            return _text([t for t in attr.subtree if t.dep_ not in {"det", "poss"} and  # rural policing"
                          not t.is_punct][:8])
    if head.dep_ == "nsubj" and gov.pos_ == "VERB" and gov.lemma_.lower() in {"go", "come", "flow"} and to_whom(gov):
        return f"funding going{to_whom(gov)}"  # "£1.5m is going to the Youth Justice Board"
    if head.dep_ == "nsubj" and gov.pos_ == "VERB" and gov.lemma_.lower() not in _lists()["measure_light_verbs"] and \
            obj_of(gov):
        return f"funding to {gov.lemma_.lower()}{obj_of(gov)}"  # "$58m will support the continuation of awards"
    return None


#: verbs whose subject is what a sum they take as object is the size of: "the scheme cost £4m"
_SUM_OF_SUBJECT = frozenset({"cost", "owe", "charge", "budget", "value", "worth"})
#: what "£2m in X" cannot name: a place, a time, a total
_NOT_IN_WHAT = frozenset({"total", "all", "addition", "part", "place", "time", "future", "past", "hand", "line",
                          "principle", "theory", "practice", "recent", "effect", "return", "advance", "full", "year"})


#: verbs whose subject receives the sum they take: "the unit received £7m"
_RECEIVE_VERBS = frozenset({"receive", "secure", "win", "attract", "get", "obtain"})


def _antecedent(subj: Token) -> str | None:
    """What a subject names, for a sum's measure: a noun phrase itself, or for ``it`` / ``this`` / ``the fund`` the
    noun phrase of the sentence before that it stands for (``The Violence Reduction Unit was set up in 2019. It
    received £7m`` -> Violence Reduction Unit; ``... a new Safer Streets Fund. The fund is worth £45m`` -> Safer
    Streets Fund). Persons and times name nothing here."""
    doc = subj.doc
    if subj.ent_type_ in {"PERSON", "DATE", "TIME", "MONEY"} or _is_time(subj):
        return None
    definite = subj.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                                      for c in subj.children)
    if subj.pos_ in {"NOUN", "PROPN"} and not definite:
        return _np(subj)
    if subj.lower_ not in {"it", "this", "that"} and not definite:
        return None
    sent = subj.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is None:
        return _np(subj) if definite else None
    cands = [t for t in prev if t.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"} and t.pos_ in {"NOUN", "PROPN"}
             and t.ent_type_ not in {"PERSON", "DATE", "TIME", "MONEY", "CARDINAL"} and not _is_time(t)]
    if definite:
        cands = [t for t in cands if t.lemma_.lower() == subj.lemma_.lower()]
    elif cands:
        cands = [next((t for t in cands if t.dep_ in {"nsubj", "nsubjpass"}), cands[0])]
    if cands:
        return _np(cands[0])
    return _np(subj) if definite else None


def _sum_in_noun(doc: Doc, end: int) -> str | None:
    """``$12 million in grants to support youth outreach``, ``£40,000 in cash``: the noun after ``in`` names what
    the sum is, wherever the parse hangs the ``in`` (on the sum, its verb or the noun the sum is ``of``)."""
    if end >= len(doc) or doc[end].lower_ != "in" or doc[end].dep_ != "prep":
        return None
    what = next((g for g in doc[end].children if g.dep_ == "pobj"), None)
    if what is None or what.pos_ != "NOUN" or _is_time(what) or what.ent_type_ in _SKIP_ENTS | _TIME_ENTS or \
            what.lemma_.lower() in _NOT_IN_WHAT or what.lemma_.lower() in _EMPTY_HEADS or \
            what.lower_ in _units()["currency_words"] or any(c.dep_ == "nummod" for c in what.children):
        return None
    return " ".join(w for w in (_np(what), _money_purpose(what)) if w)


def _sum_to_receiver(doc: Doc, head: Token, end: int) -> str | None:
    """``delivered £5.5 million to 29 partners``: the parse took the sum and the count for a range (``5.5 million
    to 29``); the count's noun receives the sum, and the sum is funding given to it."""
    count = head.head
    if end + 1 >= len(doc) or doc[end].lower_ != "to" or count.i <= end or not _is_num(count) or \
            head.dep_ not in {"quantmod", "nummod", "compound"}:
        return None
    noun = count.head if count.dep_ == "nummod" and count.head.pos_ in {"NOUN", "PROPN"} else None
    if noun is None or _is_time(noun) or noun.lower_ in _units()["currency_words"]:
        return None
    verb = noun.head if noun.dep_ in {"dobj", "pobj", "dative"} else None
    while verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    moved = _participle(verb) if verb is not None and verb.pos_ == "VERB" else ""
    return " ".join(w for w in ("funding", moved, "to", _np(noun, {count.i})) if w)


def _money_moved(verb: Token, head: Token, subj: Token | None, run: set[int]) -> str:
    """A sum that is the object of a verb that moves money (``collected £90,000 from elderly victims``, ``the gang
    laundered $4.5m``): money, with the verb, where it came from and who moved it."""
    moved = _participle(verb) or f"to {verb.lemma_.lower()}"
    src = _pobj(verb, {"from"}) or _pobj(head, {"from"})
    words = ["money", moved]
    if src is not None and src.pos_ in {"NOUN", "PROPN"} and not _is_time(src):
        words.append(f"from {_np(src, run)}")
    if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and subj.i not in run and subj.lower_ not in _ANAPHORS:
        words.append(f"by {_np(subj, run)}")
    return " ".join(words)


def _worth_of(host: Token, run: set[int]) -> str:
    """``seized 1,200 kilograms of heroin, worth £30m``: the sum is the worth of the heroin seized (through a weight
    or a container noun to the substance, with the verb that governs it)."""
    counted = host
    if host.lower_ in _units()["weight_units"] or host.lemma_.lower() in _lists()["container_nouns"]:
        counted = _pobj(host, {"of"}) or host
    text = f"worth of {_np(counted, run)}"
    verb = host.head
    if host.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB" and _participle(verb):
        text += f" {_participle(verb)}"
    else:
        part = next((c for c in host.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if part is not None:
            text += f" {part.text}"
    return text


#: verbs by which respondents give an answer: "15% said they felt unsafe", "61% agreed that ..."
_ANSWER_VERBS = frozenset({"say", "report", "agree", "disagree", "think", "believe", "feel", "state", "indicate",
                           "admit", "consider", "claim", "support", "oppose", "want"})


#: light verbs whose complement says what a share is: "30% had a previous conviction", "12% remain in custody"
_STATE_VERBS = frozenset({"have", "remain", "become", "stay", "get"})


def _stated_by_share(verb: Token, head: Token, subj: Token | None, run: set[int], unit: str) -> str | None:
    """A bare share or count that is the subject of a copula or an answer verb is measured by what it is or said:
    ``72% were satisfied with the service`` -> satisfied with the service, ``15% said they felt unsafe walking alone``
    -> said they felt unsafe walking alone (a few words of the clause)."""
    if subj is None or subj.i not in run or head.dep_ != "nsubj" or unit not in {"count", "percent"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma == "be":
        comp = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ in {"ADJ", "VERB"}), None)
        if comp is None:
            return None
        words = [t for t in comp.subtree if not t.is_punct][:8]
        return _text(words)
    if lemma in _ANSWER_VERBS:
        comp = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i), None)
        if comp is None:
            return None
        words = [t for t in comp.subtree if not t.is_punct and t.dep_ != "mark"][:8]
        return f"{verb.text} {_text(words)}" if words else None
    if lemma in _STATE_VERBS:  # "30% had a previous conviction", "12% remain in custody", "15% became victims again"
        comp = next((c for c in verb.children if c.dep_ in {"dobj", "attr", "acomp", "oprd", "prep"} and c.i > verb.i),
                    None)
        words = [t for t in comp.subtree if not t.is_punct][:8] if comp is not None else []
        if words and not all(_is_time(t) or t.pos_ in {"DET", "ADP"} for t in words):
            return f"{verb.text} {_text(words)}"
    return None


def _brought_total(fig: Token, run: set[int]) -> str | None:
    """``This brings the total amount of drugs collected since 2010 to 10,878,950 pounds``, ``takes the number of
    arrests to 450``: a figure a total is brought to measures that total (the parser may hang ``to`` on a noun in
    between)."""
    if fig.dep_ != "pobj" or fig.head.lower_ != "to":
        return None
    bringer = next((a for a in fig.head.ancestors if a.pos_ == "VERB"
                    and a.lemma_.lower() in {"bring", "take", "push", "raise", "increase"}), None)
    if bringer is None:
        return None
    total = next((c for c in bringer.children if c.dep_ == "dobj" and c.i < fig.i
                  and c.lemma_.lower() in {"total", "number", "tally", "count", "amount", "sum"}), None)
    if total is None or _pobj(total, {"of"}) is None:
        return None  # ("takes the total to $3m": a total of what, the sentence does not say here)
    return _target_np(total, run)


def _totalled(doc: Doc, head: Token, run: set[int]) -> str | None:
    """The things a figure is the sum of: ``17 grants totaling $1.18 million``, ``judgments totalling more than
    $11.9 billion``, ``seizures, valued at £2m``, ``awards amounting to $45 million`` (the noun the participle
    describes, or the noun just before its comma)."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in {"to", "at"}:
        verb = verb.head
    elif head.dep_ not in {"dobj", "npadvmod"}:
        return None
    lemma = verb.lemma_.lower()
    if verb.tag_ in {"VBZ", "VBD", "VBP"} and lemma in {"total", "amount", "cost"} and verb.i < head.i:
        # "The Fund, which amounts to £600k", "The scheme totals £45m", "The programme costs $4m a year"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.i in run or _is_time(subj) \
                or subj.lemma_.lower() in _EMPTY_HEADS or subj.ent_type_ in {"PERSON", "GPE", "DATE"}:
            return None
        return f"{'cost of ' if lemma == 'cost' else ''}{_np(subj, run)}"
    if verb.tag_ not in {"VBG", "VBN"} or lemma not in {"total", "totall", "amount", "value", "worth"}:
        return None
    noun = verb.head if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} else None
    if noun is None:
        k = verb.i - 1
        while k >= 0 and doc[k].is_punct:
            k -= 1
        if k >= 0 and doc[k].pos_ in {"NOUN", "PROPN"} and doc[k].ent_type_ not in {"PERSON", "GPE", "DATE"}:
            noun = doc[k]
    if noun is None or noun.i in run or _is_time(noun) or noun.lemma_.lower() in _EMPTY_HEADS:
        return None
    text = _np(noun, run)
    outer = noun.head
    if noun.dep_ in {"nsubjpass", "dobj"} and outer.pos_ == "VERB" and _participle(outer) and \
            outer.lemma_.lower() not in _lists()["measure_light_verbs"]:
        text += " " + _participle(outer)  # "17 new grants totaling $1.18 million were awarded": grants awarded
    return text


def _target_np(target: Token, run: set[int]) -> str:
    """What a change is a change in: ``a 12% rise in burglaries`` -> burglaries; through a container noun, ``an
    increase in the number of suspects charged`` -> suspects charged (a short participle phrase is kept)."""
    if target.lemma_.lower() in _lists()["container_nouns"]:
        of = _pobj(target, {"of"})
        if of is not None and of.pos_ in {"NOUN", "PROPN"}:
            text = _np(of, run)
            part = next((c for c in of.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            return f"{text} {part.text}" if part is not None else text
    return _np(target, run)


def _change_host(noun: Token) -> str | None:
    """The change a noun is, or is the topic of: ``reductions in fraud``, ``falls in burglary and theft``."""
    t = noun
    while True:
        ch = _change_word(t.lemma_.lower())
        if ch:
            return ch
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in {"in", "of"}:
        return _change_word(t.head.head.lemma_.lower())
    return None


def _verb_phrase(verb: Token) -> str:
    """``charged with assault``, ``killed by a knife``, ``dismissed``: a verb, its particle and its first
    prepositional or agent object that is neither a time nor a place."""
    words = [verb.text] + [c.text for c in verb.children if c.dep_ == "prt"]
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in {"prep", "agent"}:
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or _is_time(obj) or obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.like_num:
            continue
        words += [c.text, _np(obj)]
        break
    return " ".join(words)


def _clause_root(tok: Token) -> Token:
    words = doc_words(tok.doc)  # (the walk up reads the per-document lists: no Token made for each head)
    head, pos, dep = words.head, words.pos, words.dep
    i = tok.i
    while head[i] != i and not (pos[i] in {"VERB", "AUX"} and dep[i] in {"ROOT", "ccomp", "conj", "advcl",
                                                                          "relcl", "xcomp", "parataxis"}):
        i = head[i]
    return tok if i == tok.i else words.tokens[i]


def _figure_clauses(_toks: list[Token], start: int) -> set[int]:
    """The clause of the figure at ``start`` and the clauses above it, with the verbs conjoined to them."""
    clause = _clause_root(_toks[start])
    upward = {clause.i, *(a.i for a in clause.ancestors)}
    # verbs conjoined with the figure's clause that share its subject ("will invest £5m to ..., improve ... and
    # boost ... this year"): a date on them dates the figure too
    # and so does a date on an infinitive of purpose ("will invest $4m to repair cameras this year")
    stack = list(upward)
    while stack:
        for c in _toks[stack.pop()].children:
            if c.pos_ not in {"VERB", "AUX"} or c.i in upward or _subject_of(c) is not None:
                continue
            if c.dep_ == "conj" or (c.dep_ in {"advcl", "xcomp", "relcl", "acl"} and
                                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)):
                upward.add(c.i)
                stack.append(c.i)
    return upward


def _period(doc: Doc, sent: SpacySpan, start: int, end: int, ents: list[SpacySpan], sent_text: str) -> str | None:
    _toks = doc_words(doc).tokens  # (the Tokens made once per document: doc[i] makes a new one each time)
    lists = _lists()
    upward: set[int] | None = None  # (the figure's clauses: worked out for the first date that needs them)
    best: tuple[int, int, str] | None = None
    # the whole spans first: at the same distance the longer reading wins
    spans = [*_SPAN_PERIOD_RE.finditer(sent_text), *_YEAR_ENDING_RE.finditer(sent_text), *_FISCAL_RE.finditer(sent_text)]
    for m in spans:
        s = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if s is None or (s.start < end and start < s.end):
            continue
        if _is_comparison(s.root):
            continue
        d = min(abs(s.start - end), abs(start - s.end))
        text = m.group(0)
        rank = 0 if s.start >= end else 1  # at the same distance, the date after the figure ("946 in 2014-15")
        if best is None or (d, rank) < best[:2]:
            best = (d, rank, text)
    for ent in ents:
        if ent.label_ != "DATE" or (ent.start < end and start < ent.end):
            continue
        full_date = _FULL_DATE_RE.search(ent.text) is not None  # "Wednesday, March 10, 2010": a day of its own
        if not full_date and (all(t.lower_ in _DATE_NOISE for t in ent) or any(t.lower_ in _DATE_NOISE
                                                                               for t in ent[:1])):
            continue
        if any(t.lower_ in {"century", "centuries"} for t in ent):
            continue  # "policing in the 21st century" is an era, not the period of a figure
        if re.fullmatch(r"[\d,.]+", ent.text) and not re.fullmatch(r"(1[89]|20)\d\d", ent.text):
            continue  # a bare number the recogniser took for a date ("85 (79%)"): only a year is a period
        if "old" in ent.text.lower() or any(t.lower_ in {"aged", "age", "under", "over"} for t in ent[:1]) or \
                (ent.start > 0 and _toks[ent.start - 1].lower_ in {"aged", "age", "ages"}):
            continue  # ages tagged as dates
        if _is_comparison(ent.root):
            continue
        prep = ent.root.head if ent.root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "from" and prep.head.lemma_.lower() in _CHANGE_HEADS:
            continue  # "no overall change from the previous year": the baseline of a comparison
        ent_clause = _clause_root(ent.root)
        mark = min((c.i for c in ent_clause.children if c.dep_ == "mark"), default=None)
        if ent_clause.dep_ in {"advcl", "relcl"} and mark is not None and ent.end <= mark:
            ent_clause = _clause_root(ent_clause.head)  # "... this year after the Chancellor provided ...": a date
            # before the subordinator belongs to the clause the subordinate clause hangs on
        if upward is None:
            upward = _figure_clauses(_toks, start)
        if ent_clause.i not in upward and not any(start <= a.i < end for a in ent.root.ancestors):
            continue  # a date of another clause ("since the survey began in 1981"), unless that clause describes
            # the figure itself ("a further £15 million to spend this year")
        if prep is not None and prep.lower_ == "on" and not (full_date and prep.head.lemma_.lower() not in
                                                             lists["source_verbs"] | _STATEMENT_NOUNS):
            continue  # "said on Monday": the day of the statement; but "an indictment on March 10, 2010, charging
            # 13 people": the day of the event the figure counts
        text = ent.text
        if text.lower().startswith("the ") and not re.match(r"the (last|past|previous|next|first|same)\b", text.lower()):
            text = text[4:]
        if prep is not None and (prep.lower_ in lists["period_preps_kept"] or
                                 (prep.lower_ == "in" and re.match(r"the (last|past)\b", ent.text.lower()))):
            text = f"{prep.text} {text}"
        d = min(abs(ent.start - end), abs(start - ent.end))
        rank = 0 if ent.start >= end else 1
        if best is None or (d, rank) < best[:2]:
            best = (d, rank, text)
    return best[2] if best else None


_SAME_PERIOD_RE = re.compile(r"(?:(?:over|in|during|for|across|throughout)\s+)?"
                             r"(?:(?:the\s+same|that)\s+(?:period|time(?:\s+period)?|year|12\s+months|twelve\s+months|"
                             r"quarter|months)|(?:this|the)\s+(?:same\s+)?period)", re.IGNORECASE)  # not "this year"
_SAME_PERIOD_IN_SENT = re.compile(r"\b(?:over|in|during|for|across|throughout)\s+(?:the\s+same|that)\s+"
                                  r"(?:period|time\s+period|year|12\s+months|twelve\s+months|quarter)\b", re.IGNORECASE)
_STATEMENT_NOUNS = frozenset({"statement", "release", "announcement", "report", "publication", "briefing", "speech",
                              "letter", "interview", "conference", "bulletin"})
_FULL_DATE_RE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),?"
                           rf"\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)


_CHANGE_HEADS = frozenset({"change", "increase", "decrease", "rise", "fall", "drop", "reduction", "up", "down"})


def _is_comparison(tok: Token) -> bool:
    for a in [tok, *tok.ancestors][:5]:
        if a.lemma_.lower() in {"compare", "than", "against", "versus", "vs"}:
            return True
        if a.pos_ == "VERB" and a.lemma_.lower() != "compare" and a.dep_ in {"ROOT", "ccomp"}:
            break
    return False


_ORIGIN_NOUNS = frozenset({"ethnicity", "ethnic", "background", "heritage", "origin", "descent", "nationality",
                           "national", "nationals", "citizenship", "citizen", "citizens"})


def _place(doc: Doc, sent: SpacySpan, start: int, end: int, source: Span | None,
           ents: list[SpacySpan]) -> str | None:
    clause = _clause_root(doc[start])
    clause_ids: set[int] | None = None  # made at the first place name: most figures' sentences have none
    best: tuple[int, str] | None = None
    for ent in ents:
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        if clause_ids is None:
            clause_ids = {t.i for t in clause.subtree}
        if ent.start not in clause_ids:
            continue
        if source is not None and source.start <= ent.start_char < source.end:
            continue
        root = ent.root
        if root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.ent_type_ not in {"GPE", "LOC"}:
            continue  # "London Mayor Sadiq Khan"
        if root.head.lemma_.lower() in _ORIGIN_NOUNS or root.lemma_.lower() in _ORIGIN_NOUNS:
            continue  # "people of White ethnicity", "of Irish descent": who is counted, not where
        d = min(abs(ent.start - end), abs(start - ent.end))
        if best is None or d < best[0]:
            best = (d, ent.text)
    return best[1] if best else None


def name_span(tok: Token) -> Span:
    """Character span of the words naming ``tok``: its entity, or its noun phrase without clauses."""
    doc = tok.doc
    bounds = ent_bounds(tok)
    if bounds is not None and tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC"}:
        ent = doc[bounds[0]:bounds[1]]
        s = ent.start + (1 if ent[0].lower_ == "the" and len(ent) > 1 else 0)
        e = ent.end - (1 if ent[-1].lower_ in {"'s", "\u2019s", "'"} and ent.end - s > 1 else 0)
        while e - s > 1 and (doc[e - 1].is_space or doc[e - 1].is_punct):
            e -= 1
        return Span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
    left = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.lefts:
            if c.dep_ in {"compound", "amod", "poss", "case", "nmod", "flat", "punct"} and \
                    c.i < left + 10:
                if c.dep_ == "punct" and c.text not in {"-", "'"}:
                    continue
                left = min(left, c.i)
                stack.append(c)
    right = tok.i
    for c in tok.rights:
        if c.dep_ in {"compound", "flat"} and c.i == right + 1:
            right = c.i
    return Span(doc[left].idx, doc[right].idx + len(doc[right].text))


def _source(doc: Doc, sent: SpacySpan, head: Token) -> Span | None:
    lists = _lists()
    lower = doc_words(doc).lower
    for i in range(sent.start, sent.end):
        if lower[i] == "according":
            t = doc[i]
            to = next((c for c in t.children if c.lower_ == "to"), None) or \
                (doc[t.i + 1] if t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to" else None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                return name_span(obj)
    for a in [head, *head.ancestors]:
        if a.pos_ not in {"VERB", "AUX"} or a.lemma_.lower() not in lists["source_verbs"]:
            continue
        subj = next((c for c in a.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.i in {x.i for x in head.subtree} or head.i in {x.i for x in subj.subtree}:
            continue
        if subj.lemma_.lower() in lists["data_nouns"] or subj.lower_ in lists["data_nouns"]:
            src = _pobj(subj, {"from", "by", "of"})
            if src is not None:
                return name_span(src)
            continue
        return name_span(subj)
    return None


def _number_positions(doc: Doc) -> list[int]:
    """Positions of number tokens, read from the token array (the per-token Python loop is the
    expensive part on long documents)."""
    if len(doc) == 0:
        return []
    words = doc_words(doc).text  # (the words as strings: no string-store lookup per distinct word)
    like = doc.to_array(LIKE_NUM).tolist()
    digit_words = {w for w in set(words) if _HAS_DIGIT(w) or w.lower() == "dozen"}
    cands = [i for i, w in enumerate(words) if like[i] or w in digit_words]
    return [i for i in cands if _is_num(doc[i])]


def find_statistics(doc: Doc, *, require_measure: bool = True) -> Iterator[StatisticFact]:
    """Yield a :class:`StatisticFact` for every reported figure in ``doc`` (see the module docstring).

    ``require_measure=False`` also yields figures whose measure could not be read (``measure=None``).
    """
    _toks = doc_words(doc).tokens  # (the Tokens made once per document: doc[i] makes a new one each time)
    recent: list[tuple[int, str, str | None]] = []  # (sentence index, measure, period) of earlier figures
    stated: dict[tuple[float, str], tuple[int, str]] = {}  # (value, unit) -> (sentence index, measure)
    recent_nouns: list[tuple[int, str]] = []  # (sentence index, noun phrase) of the things earlier figures count
    ranked_bases: dict[str, str] = {}  # "drug arrests for Kent Police" -> "drug arrests": a ranked body's measure
    dated: list[tuple[int, int, str, str]] = []  # (sentence index, sentence end, counted lemma, period) of dated figures
    text = doc_text(doc)
    headlines: list[tuple[int, int]] | None = None  # (worked out at the first figure found: most texts have few)
    out: list[StatisticFact | None] = []
    seen: list[tuple[int, float, str, frozenset[str]]] = []  # headline figures: place in out, value, unit, words
    numbers = _number_positions(doc)
    if not numbers:
        return
    for s_idx, sent in enumerate(doc_sents(doc)):
        lo = bisect_left(numbers, sent.start)
        if lo == len(numbers) or numbers[lo] >= sent.end:
            continue
        ents = _sent_ents(sent)
        sent_text = text[sent.start_char:sent.end_char]  # sent.text, without joining its tokens again
        sent_measures: dict[int, str] = {}  # head token of each figure of this sentence -> its measure
        sent_figs: list[tuple[int, str, str, str | None]] = []  # (end, unit, measure, change) of its figures so far
        noun_measures: dict[int, str] = {}  # the counted noun of each figure of this sentence -> its measure
        last: tuple[int, str, str | None] | None = None  # where the sentence's previous figure ended, its measure
        # and period
        end = sent.start
        for i in numbers[lo:bisect_left(numbers, sent.end)]:
            if i < end:
                continue  # inside the previous number phrase
            start, end = _run_at(doc, i, sent)
            toks = list(doc[start:end])
            value = parse_number([t.text for t in toks if t.lower_ not in _units()["currency_symbols"]])
            if value is None:
                continue
            value *= _range_scale(doc, start, end, value, sent)  # "between 5 and 6 million": 5 million
            share = _one_in(doc, start, end, value, sent) or _fraction(doc, start, end, value, sent)
            if share is not None:  # "4 in 10 victims", "one in five adults": a proportion, as a percentage
                value, end = share
                toks = list(doc[start:end])
            unit = "percent" if share is not None else _unit_of(toks + [_toks[end]] if end < sent.end else toks)
            if unit != "count" and end < sent.end and _toks[end].lower_ in _units()["currency_words"]:
                end += 1
            if unit == "GBP" and _pounds_of_weight(doc, start, end, sent):
                unit = "pounds"  # "9,400 pounds of cannabis", "352,862 pounds or 175 tons": a weight
            if unit == "count":
                rate_end = _rate_base_end(doc, end, sent)
                if rate_end is not None:  # "10.2 per million people", "84 per 100,000 population"
                    unit, end = "rate", rate_end
            head = _head_of(doc, start, end)
            duration = _reported_duration(doc, start, end, head) if unit == "count" else None
            if duration is None and unit == "count" and end < sent.end and _toks[end].lower_ in _DURATION_UNITS:
                # "the average wait was 14 hours, down from 16 hours": the second term of a comparison of times
                # counts what the sentence's earlier time counts
                t_unit = _toks[end].lower_ if _toks[end].lower_.endswith("s") else _toks[end].lower_ + "s"
                continued = _continued_measure(doc, sent, start, t_unit, sent_figs) \
                    if any(f[1] == t_unit for f in sent_figs) else None
                if continued:
                    duration = (_CHANGE_PREFIX.sub("", continued[0]), _toks[end])
            if duration is None and _rejected(doc, start, end, head, unit, value, sent):
                continue
            qualifier, q_start = _qualifier(doc, start, sent)
            if duration is not None:  # "jailed for 11 months", "took 16 years to close": the time is the figure
                reading = _Reading()
                reading.measure, reading.noun = duration
                unit = reading.noun.lower_ if reading.noun.lower_.endswith("s") else reading.noun.lower_ + "s"
                if unit == "times":  # "used three times": a count of uses
                    unit = "count"
            else:
                reading = _read(doc, start, end, head, unit)
            measure = reading.measure
            rate_end = None
            if unit == "count" and reading.noun is not None and reading.noun.i >= end:
                rate_end = _rate_base_end(doc, reading.noun.i + 1, sent)  # "12 searches per 1,000 people"
                if rate_end is not None:
                    unit = "rate"
            partitive = opens_partitive = _partitive_anaphor(doc, sent, start)
            share_of = None
            anaphoric = reading.anaphoric or partitive
            whole = _partitive_whole(doc, sent, start) if reading.noun is None else None
            bare = reading.noun is None or reading.noun.lower_ in _ANAPHORS or \
                (reading.noun.i > end and any(t.tag_ in {"VBG", "VBN", "VBD"} for t in doc[end:reading.noun.i]))
            with_measure = _with_clause_measure(doc, sent, start, end) if bare else None
            if with_measure:  # "40 were stopped, with 12 (30%) found to be over the limit": drivers found ...
                measure = with_measure
                partitive = anaphoric = False
            elif whole is not None:  # "Of the 410 officers under investigation, 120 were ...": some of those officers
                measure = _np(whole) + (f" {measure}" if reading.verb_phrase and measure else "")
                partitive = anaphoric = False
            elif reading.verb_phrase:
                prior_noun = next((n for k, n in reversed(recent_nouns) if s_idx - k <= 2), None)
                if prior_noun:  # "Of 212 staff questioned, 64 were cautioned": staff cautioned
                    measure = f"{prior_noun} {measure}"
                partitive = anaphoric = False
            if measure and measure.split()[0].lower() in {"whom", "which"} and head.dep_ != "relcl":
                antecedent = _relative_antecedent(head)
                if antecedent is not None:  # "2,300 young people, 60% of whom had been excluded": young people
                    measure = f"{_np(antecedent, set(range(start, end)))}{measure[len(measure.split()[0]):]}"
            if measure and (measure.lower() in _ANAPHORS or not _HAS_WORD(measure)):
                measure, anaphoric = None, True  # "Of these, 85": the things counted just before, not "these"
            elif measure and partitive and any(s_idx - m[0] <= 2 for m in recent):
                measure = None  # "Of these, 300 involved children": some of the things counted just before
            if measure and _content(measure) and _content(measure) <= _EMPTY_HEADS:
                measure = None  # "on top of the £10m": no counted thing
            if reading.whole is not None and reading.whole.i in noun_measures:
                measure = f"{noun_measures[reading.whole.i]} {reading.part}"  # "fugitives arrested on federal warrants"
            if not measure and not anaphoric and unit not in {"count", "percent", "rate"}:
                measure, more = _money_fallback(doc, head, end, set(range(start, end)))
                if more:
                    reading.extra_end = max(reading.extra_end or 0, more)
            listed_last = reading.noun is None and head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} \
                and start >= 2 and _toks[start - 1].lower_ == "and" and _toks[start - 2].text == "," \
                and bool(sent_figs) and sent_figs[-1][1] == unit and sent_figs[-1][0] >= start - 8
            if listed_last and sent_figs[-1][2]:  # "including 216 for homicide, 803 for assault, and 482 for weapons
                measure = sent_figs[-1][2]  # offenses": the parser hangs the last item on the verb
            if sent_figs and (reading.noun is None or unit in _currencies()) and _further_figure(doc, sent, start, head):
                prior = next((f for f in reversed(sent_figs) if f[1] == unit and f[2]), None)
                if prior is not None:  # "£250,000 for the Fund in 2021-22 and a further £400,000 for 2022-23"
                    measure = prior[2]
            if not measure and head.dep_ == "conj" and head.head.i in sent_measures:
                measure = sent_measures[head.head.i]  # "80 on federal and 40 on state warrants"
            if not measure and not anaphoric and unit != "count" and (value, unit) in stated and \
                    s_idx - stated[(value, unit)][0] <= 5:
                measure = stated[(value, unit)][1]  # "the £2m will pay for cameras": the sum stated just before
            if not measure and not anaphoric and unit in _currencies():
                measure = _sum_context(doc, head, end, sent)  # "£19 million invested", "$2m to build a lab"
            if not measure and unit == "rate":
                rate = next((_toks[k] for k in range(start - 1, sent.start - 1, -1) if _toks[k].lemma_.lower() == "rate"
                             and _toks[k].pos_ == "NOUN"), None)
                if rate is not None:  # "The jail incarceration rate remained stable between 2011 (236 per 100,000)"
                    measure = _np(rate, set(range(start, end)))
            if unit == "percent" and last is not None and last[0] == start - 1 and _toks[start - 1].text == "(" \
                    and not (end + 1 < sent.end and _toks[end].text == ")" and
                             (_toks[end + 1].lower_ in _COMPARATIVES or _toks[end + 1].lower_ in {"up", "down", "above", "below"})):
                measure = last[1]  # "85 (79%) of the deaths": the share is of the count it follows
                share_of = last
            hi_i = end + 1 + (1 if end + 2 < sent.end and _toks[end + 1].lower_ in _units()["currency_symbols"] else 0)
            weights = set(_units()["weight_units"].values())
            if (not measure or reading.verb_phrase or (unit in weights and reading.noun is None)) and \
                    hi_i < sent.end and _is_num(_toks[hi_i]) and \
                    (_toks[end].lower_ in {"and", "to", "-", "–"} or (_toks[end].lower_ in {"or", "("} and unit in weights)):
                # "between 59 and 64 officers", "from 12 to 15%", "from £11m to £22m": the low end counts what the
                # high end counts
                hi_start, hi_end = _run_at(doc, hi_i, sent)
                hi_toks = list(doc[hi_start:hi_end])
                hi_unit = _unit_of(hi_toks + [_toks[hi_end]] if hi_end < sent.end else hi_toks)
                if unit == "count" and hi_unit == "percent":
                    unit = hi_unit
                if hi_unit == unit or (unit in weights and hi_unit in weights):
                    hi = _read(doc, hi_start, hi_end, _head_of(doc, hi_start, hi_end), hi_unit)
                    measure = hi.measure or measure
                    if measure and unit in weights:  # "352,862 pounds or 175 tons of cocaine": cocaine
                        measure = re.sub(rf"^(?:{'|'.join(map(re.escape, _units()['weight_units']))}) of ", "",
                                         measure)
            if measure and not reading.change and \
                    set(re.findall(r"[a-z]+", measure.lower())) <= _lists()["container_nouns"] | {"the", "of", "for"}:
                measure = None  # "from 1,120 to ...": "number" alone names nothing; the figure it continues may
                anaphoric = True  # "The figure for 2021 was 5,900": or the things counted just before
            named = (_gapped_or_listed(doc, sent, start) or _listed_label(doc, sent, start)) \
                if reading.noun is None and reading.whole is None else None
            if named:  # "violence rose by 55%, self-harm by 41%", "Firearms violations – 287": the noun named beside it
                measure, anaphoric = named, False
                if _toks[start - 1].lower_ == "by" and not reading.change and sent_figs:
                    reading.change = sent_figs[-1][3]  # "robbery by 9%": the same direction as the first
            serial = _place_series(doc, sent, start, end, unit, sent_figs) \
                if reading.whole is None and (reading.noun is None or reading.noun.i < start) else None
            if serial:  # "arrested 73 people in Texas, 12 in Ohio": people arrested, there
                measure, anaphoric = serial, False
            elif reading.whole is None and (reading.noun is None or reading.noun.i < start) and \
                    (not measure or _comparison_cue(doc, sent, start)):
                continued = _continued_measure(doc, sent, start, unit, sent_figs)
                if continued:  # "1,450 burglaries ..., compared with 1,610": burglaries, whatever governs 1,610
                    measure, level = continued
                    anaphoric = False
                    if level:
                        reading.change = None  # "a 9% rise ..., from 2,300 to 2,507": levels, not changes
            ranked = _ranked_body(head, start, reading) if unit in {"count", "percent"} else None
            if ranked is not None:  # "Greater Manchester Police led with 820": what was counted just before, there
                prior = [m for m in recent if s_idx - m[0] <= 2]
                # "..., followed by Kent with 310": what the figure before counted, without its own body
                before = ranked_bases.get(prior[-1][1], prior[-1][1]) if prior else None
                if before:
                    measure, anaphoric = f"{before} for {ranked}", False
                    ranked_bases[measure] = before
            if measure and reading.noun is not None and reading.whole is None and \
                    _change_word(reading.noun.lemma_.lower()) and \
                    set(re.findall(r"[a-z]+", measure.lower())) <= {reading.noun.lower_, reading.noun.lemma_.lower()}:
                # "6.7 million crimes, a 4% increase on the year before": a change that names nothing changed is a
                # change in what the figure it stands beside counts
                host = reading.noun.head if reading.noun.dep_ == "appos" else None
                prior = noun_measures.get(host.i) if host is not None else None
                subj = _subject(reading.noun.head) if reading.noun.dep_ == "dobj" else None
                left = reading.noun.left_edge.i
                if left > sent.start and doc[left - 1].text == "," and sent_figs and sent_figs[-1][0] <= start \
                        and prior is None:
                    # "recorded 5,000 thefts in 2023, a 12% increase on 2022": set off by a comma after a figure
                    # (the parser may make it the verb's second object), a change in what that figure counts
                    prior, subj = sent_figs[-1][2], None
                if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and subj.i not in range(start, end):
                    prior = _np(subj)  # "robbery saw a 6% fall": a fall in robbery
                elif prior is None and reading.noun.dep_ in {"appos", "attr"} and sent_figs and \
                        sent_figs[-1][0] <= start:
                    prior = sent_figs[-1][2]  # "rose to 50,000, which is a 5% increase"
                if prior:
                    measure = f"{reading.noun.lemma_.lower()} in {_CHANGE_PREFIX.sub('', prior)}"
            period = None
            if measure is None and anaphoric:
                prior = [m for m in recent if s_idx - m[0] <= 2]
                if prior:
                    measure = (reading.change and f"{'rise' if reading.change == 'up' else 'fall'} in ") or ""
                    measure += prior[-1][1]
                    period = prior[-1][2]
            if not measure:
                if require_measure:
                    continue
                measure = None
            span_start = min(q_start, start)
            if span_start > sent.start and reading.change and _toks[span_start - 1].lower_ in {"up", "down"}:
                span_start -= 1
            span_end = end
            if reading.noun is not None and reading.noun.i >= end and reading.noun.i - end <= 4 and \
                    not any(t.text in "()" for t in doc[end:reading.noun.i + 1]):  # not into "85 (79%)"
                span_end = reading.noun.i + 1
            if reading.extra_end:
                span_end = max(span_end, reading.extra_end)
            if rate_end is not None:
                span_end = max(span_end, rate_end)
            source = _source(doc, sent, head)
            period = _period(doc, sent, start, end, ents, sent_text) or period
            if period and _SAME_PERIOD_RE.fullmatch(period.strip()):
                # "over the same period", "in that year": the period of the figure just before
                period = next((m[2] for m in reversed(recent) if s_idx - m[0] <= 2 and m[2] and
                               not _SAME_PERIOD_RE.fullmatch(m[2].strip())), None) or period
            if period is None and _SAME_PERIOD_IN_SENT.search(sent_text):
                period = next((m[2] for m in reversed(recent) if s_idx - m[0] <= 2 and m[2]), None)
            if period is None and share_of is not None:
                period = share_of[2]  # "85 (79%)": the share is of the count's period
            if period is None and opens_partitive:  # "Of these, 85 led to ...": some of the figure just before
                period = next((m[2] for m in reversed(recent) if s_idx - m[0] <= 2), None)
            lemma = reading.noun.lemma_.lower() if reading.noun is not None else None
            if period is None and lemma:
                # "arrested 73,362 fugitives in FY2023. On average, it arrested 293 fugitives per day": the next
                # sentence of the same paragraph goes on about the same things, in the same period
                period = next((p for k, e, w, p in dated if k == s_idx - 1 and w == lemma and
                               "\n" not in text[e:sent.start_char]), None)
            if int(value) == value and unit in {"count"} or float(value).is_integer():
                value = int(value)
            fact = StatisticFact(
                span=Span(_toks[span_start].idx, _toks[span_end - 1].idx + len(_toks[span_end - 1].text)),
                sentence=Span(sent.start_char, sent.end_char),
                value=value,
                unit=unit,
                measure=measure,
                period=period,
                place=_place(doc, sent, start, end, source, ents),
                change=reading.change,
                qualifier=qualifier,
                source=source,
            )
            last = (end, measure, period) if measure else None
            if reading.noun is not None and not reading.verb_phrase and reading.noun.pos_ in {"NOUN", "PROPN"} and \
                    reading.noun.ent_type_ not in _SKIP_ENTS:
                recent_nouns.append((s_idx, _np(reading.noun, set(range(start, end)))))
            if measure:
                recent.append((s_idx, measure.removeprefix("rise in ").removeprefix("fall in "), fact.period))
                sent_measures[head.i] = measure
                sent_figs.append((end, unit, measure, reading.change))
                if reading.noun is not None:
                    noun_measures[reading.noun.i] = measure
                stated[(value, unit)] = (s_idx, measure)
            if period and lemma:
                last_word = next((t for t in reversed(sent) if not t.is_space), sent[-1])
                dated.append((s_idx, last_word.idx + len(last_word.text), lemma, period))
            words = _content(measure)
            if headlines is None:
                headlines = _headline_lines(text)
            if any(a <= fact.span.start < b for a, b in headlines):
                seen.append((len(out), value, unit, words))
            else:
                # (a sum or a share only when written the same: "£0.55 million" above "£550,000" is told twice)
                repeat = next((k for k, (at, v, u, w) in enumerate(seen)
                               if v == value and u == unit and (u != "percent" or w == words) and
                               (u == "count" or _figure_words(text, out[at].span) == _figure_words(text, fact.span))),
                              None)
                if repeat is not None:  # the figure of a headline again in the body: one fact, told in full in the
                    out[seen[repeat][0]] = None  # body (later repeats, e.g. the same sum inside a quote, are
                    del seen[repeat]  # mentions of their own)
            out.append(fact)
    yield from (f for f in out if f is not None)


def _figure_words(text: str, span: Span) -> str:
    """A figure as written, case and spacing aside, for telling a headline's repeat in the body (``£2.4m for
    substance misuse``) from the same sum told another way (``£0.55 million`` above ``£550,000``)."""
    return " ".join(text[span.start:span.end].lower().split())


#: words that open the second term of a comparison or a series: "compared to 377", "from 599 to 668", "and 342"
_CONTINUE_CUES = frozenset({"compared", "comparison", "against", "versus", "vs", "vs.", "than", "from", "to", "and",
                            "or", "while", "whereas"})
_CONTINUE_SKIP = frozenset({"with", "to", "the", "a", "an", ",", "(", "just", "only", "some", "around", "about",
                            "nearly", "almost", "over", "under", "more", "less", "fewer", "up", "down"})
_CHANGE_PREFIX = re.compile(r"^(?:(?:rise|increase|fall|drop|decrease|decline|reduction|change|jump|growth|cut)s?"
                            r" (?:in|of) )", re.IGNORECASE)


def _gapped_or_listed(doc: Doc, sent: SpacySpan, start: int) -> str | None:
    """The noun a bare figure is given for when the verb is left out: a gapped conjunct (``burglary fell by 12%,
    robbery by 9%``: robbery) or a listed item (``Firearms violations – 287``, ``Arrests: 1,204``)."""
    if start - 2 < sent.start:
        return None
    before, noun = doc[start - 1], doc[start - 2]
    if noun.pos_ not in {"NOUN", "PROPN"} or _is_time(noun) or noun.ent_type_ in {"GPE", "LOC", "DATE", "PERSON"}:
        return None
    left = min(t.i for t in _np_tokens(noun, set()))
    if before.lower_ in {"by", "to"} and noun.dep_ not in {"nsubj", "nsubjpass"} and left - 1 >= sent.start and \
            doc[left - 1].lower_ in {",", "and", "while", "whereas"}:
        return _np(noun)
    return None


_SERIES_PREPS = frozenset({"in", "at", "for", "from", "to", "on", "across", "by"})


def _place_series(doc: Doc, sent: SpacySpan, start: int, end: int, unit: str,
                  figs: list[tuple[int, str, str, str | None]]) -> str | None:
    """The measure of a bare figure given for another place or body in a series after a counted figure of its
    sentence: "arrested 73 people in Texas, 12 in Ohio and 9 in Utah", "4,100 burglaries in Leeds and 2,900 in
    Bradford", "traced 5,000 firearms to Georgia and 3,200 to Florida": what the first figure counts, for the
    place or body the bare figure names."""
    if not figs or start - 1 < sent.start or doc[start - 1].lower_ not in {",", "and", ";", "while"} or \
            end + 1 >= sent.end or doc[end].lower_ not in _SERIES_PREPS:
        return None
    where = doc[end + 1]
    k = end + 1
    while where.dep_ in {"det", "compound", "amod"} and where.head.i > where.i and k + 1 < sent.end:
        k += 1
        where = doc[k]
    if where.head.i != end or where.ent_type_ not in _BODY_ENTS:
        return None
    prior = next(((f_unit, measure) for f_end, f_unit, measure, _ in reversed(figs) if f_end < start), None)
    if prior is None or prior[0] != unit or unit not in {"count", "percent"}:
        return None  # a sum "to Kent and £1.5m to Essex" is funding for its own receiver (_sum_to_receiver)
    return prior[1]


_FURTHER = frozenset({"further", "additional", "another", "extra"})


def _further_figure(doc: Doc, sent: SpacySpan, start: int, head: Token) -> bool:
    """``and a further £400,000``, ``and another 80``: a figure adding to the one just before, of the same thing."""
    lower = doc_words(doc).lower
    k = start - 1
    if k < sent.start or lower[k] not in _FURTHER:
        return False
    k -= 1
    if k >= sent.start and lower[k] in ("a", "an"):
        k -= 1
    if not (k >= sent.start and lower[k] in ("and", ",")):
        return False
    # "and an additional £1m on lighting": a use of its own, not more of the same (a year is no use: "for 2022-23")
    return not any(c.dep_ == "prep" and c.lower_ in ("on", "for", "to", "towards", "in") and any(
        g.dep_ == "pobj" and not g.ent_type_ == "DATE" and not g.like_num for g in c.children) for c in head.children)


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative clause hangs on, for a figure inside it: "2,300 young people, 60% of whom ..."."""
    for a in list(head.ancestors)[:4]:
        if a.dep_ == "relcl":
            return a.head if a.head.pos_ in {"NOUN", "PROPN"} else None
    return None


def _listed_label(doc: Doc, sent: SpacySpan, start: int) -> str | None:
    """The label of a listed figure: ``Firearms violations – 287``, ``Arrests: 1,204`` (the words before the dash
    or colon, when nothing else in the line is a clause; a plural the tagger read as a verb is still the label)."""
    if start - 2 < sent.start or doc[start - 1].text not in {"\u2013", "\u2014", "-", ":"} or \
            not doc[start - 2].whitespace_ and doc[start - 1].text != ":":
        return None
    k = start - 2
    last = doc[k]
    if not (last.pos_ in {"NOUN", "PROPN"} or (last.tag_ == "VBZ" and last.lower_.endswith("s"))) or _is_time(last):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.i != k for t in doc[sent.start:k]):
        return None
    while k - 1 >= sent.start and doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ"} and not doc[k - 1].is_sent_start:
        k -= 1
    words = [t for t in doc[k:start - 1] if t.ent_type_ not in {"GPE", "DATE"}]
    return _text(words) if words else None


def _cue_before(doc: Doc, sent: SpacySpan, start: int) -> int:
    """The position of the word that opens the phrase of a figure, past qualifiers and articles."""
    k = start - 1
    while k > sent.start and doc[k].lower_ in _CONTINUE_SKIP and doc[k].lower_ not in {"to", "and"}:
        k -= 1
    return k


def _comparison_cue(doc: Doc, sent: SpacySpan, start: int) -> bool:
    """``compared to 377``, ``against 287``, ``than 12``: the figure is the base of a comparison."""
    k = _cue_before(doc, sent, start)
    if k < sent.start:
        return False
    w = doc[k].lower_
    return w in {"compared", "comparison", "against", "versus", "vs", "vs.", "than"} or \
        (w in {"to", "with"} and k > sent.start and doc[k - 1].lower_ in {"compared", "comparison"})


def _continued_measure(doc: Doc, sent: SpacySpan, start: int, unit: str,
                       figs: list[tuple[int, str, str, str | None]]) -> tuple[str, bool] | None:
    """The measure of a bare figure that is the second term of a comparison or a series with an earlier figure of
    its sentence: ``822 convictions in 2015-16 compared to 777 in 2014-15``, ``66.7% in 2015-16 and 67.6% in
    2014-15``, ``a 12% increase in arrests, from 599 to 668`` (the levels count what the change is a change in)."""
    if not figs:
        return None
    k = _cue_before(doc, sent, start)
    cue = doc[k].lower_ if k >= sent.start else ""
    if cue not in _CONTINUE_CUES and not (cue == "with" and k > sent.start and doc[k - 1].lower_ in
                                           {"compared", "comparison"}):
        if not (cue in {"to", "with"} and k > sent.start and doc[k - 1].lower_ in {"compared", "comparison"}):
            return None
    for end, f_unit, measure, change in reversed(figs):
        if end > start:
            continue
        level = bool(change) and cue in {"from", "to"}
        if f_unit == unit and (cue not in {"and", "or"} or not change):
            return (_CHANGE_PREFIX.sub("", measure) if level else measure), level
        if level and f_unit == "percent" and unit != "percent":
            return _CHANGE_PREFIX.sub("", measure), True  # "up 4.8%, from 1,120 to 1,174": levels of what changed
    return None


_BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that read as headlines: the first line of the text, and any short line of
    three or more words that does not end like a sentence or a list item ("Justice Department Awards $17.5 Million
    to Support ..." under the page furniture of a press release)."""
    out: list[tuple[int, int]] = []
    pos = 0
    first = True
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.strip()
        if not body:
            continue
        if first:
            first = False
            if len(body) <= 200:
                out.append((start, end))
            continue
        if len(body) <= 150 and len(body.split()) >= 3 and body[-1] not in ".!?:;,\"'\u201d\u2019)]" and \
                not _BULLET.match(line) and "|" not in body and "\t" not in body:
            out.append((start, end))
    return out


_GENERIC = frozenset({"funding", "rise", "fall", "in", "of", "for", "to", "by", "the", "a", "and", "up", "down",
                      "increase", "decrease", "number", "total"})


def _content(measure: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", (measure or "").lower()) if w not in _GENERIC)
