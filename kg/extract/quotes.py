"""Quotations and reported speech, with the words that name the speaker.

Direct speech is found by scanning quote marks paragraph by paragraph
(:func:`quote_spans`): straight and curly double quotes, guillemets, and
curly single quotes where they open at a word start. A quotation that runs
over several paragraphs (each paragraph opens a mark, only the last closes
it) is one quotation. A mark that never closes is closed at the end of its
paragraph and reported as a warning; nothing raises.

Each quotation is then attributed (:func:`find_quotes`):

* after it: ``"...," said X`` / ``"...," X said`` / ``"...," she added`` / ``"..." – Commissioner X``;
* before it: ``X said: "..."`` / ``X emphasized, "..."`` / a ``X said:`` paragraph before a block quote /
  ``Chief Constable X: "..."`` / ``Statement from X:`` / ``Adding: "..."`` (the last speaker goes on), only from
  the sentence the quotation opens in;
* around it: ``X described the attack as "..."``, ``labelled it a "..."`` (a characterising verb's subject);
* signed on the next line: ``"..."`` / ``— Chief Constable X``;
* a quotation with no attribution of its own that follows an attributed one
  in the same or the next paragraph continues it (split quotes), and is merged into it.

Reported speech comes from the parse: a speech verb (``say``, ``stress``,
``warn``, ``tell`` ...) with a clausal complement (``X told the committee
that ...``), and ``according to X``. Each :class:`~kg.extract.facts.QuoteFact`
keeps the cue (the verb's lemma, ``according to`` or ``dash``) and ``direct``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.entities import Sentences, doc_text, doc_words
from kg.extract.facts import QuoteFact, Span
from kg.extract.roles import title_starting_at

#: Lemmas of verbs that introduce speech (direct or reported).
SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "stress", "warn", "confirm", "state", "explain", "note", "insist", "argue", "claim",
     "emphasise", "emphasize", "reveal", "acknowledge", "admit", "comment", "remark", "declare", "assert",
     "maintain", "urge", "caution", "concede", "write", "tweet", "predict", "indicate", "highlight", "underline",
     "testify", "reiterate", "continue", "observe", "suggest", "announce", "point", "describe", "allege", "deny",
     "promise", "pledge", "vow", "complain", "accept", "agree", "answer", "reply", "respond", "recall", "ask"}
)
#: Verbs that introduce reported speech through a ``that``-clause (a narrower set: no ``announce``, ``ask``).
REPORT_VERBS = SPEECH_VERBS - {"ask", "continue", "describe", "point", "answer", "reply", "respond", "write", "recall", "agree", "accept"} \
    | {"share"}  # "shared that he knows ...": only with a that-clause ("shared the figures" says nothing)
#: Verbs whose object is the person addressed, not part of what was said ("told the committee that").
_ADDRESSEE_VERBS = frozenset({"tell", "warn", "urge", "remind", "assure", "inform", "caution", "promise", "ask"})
_OPEN = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019", "\u201e": "\u201c"}
_CLOSE_OF = {"\u201d", "\u00bb"}
_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb\u2018\u2019\u201e]")
_DASHES = {"\u2013", "\u2014", "-", "--", "\u2015"}
MIN_QUOTE_WORDS = 4
_DATELINE_DASH = re.compile(r"[A-Z][A-Za-z.,' ]{0,50}?\s[\u2013\u2014-]{1,2}\s*")


@dataclass
class RawQuote:
    """A quotation's content span, perhaps in several paragraph parts."""

    start: int  # first character inside the opening mark
    end: int  # last character inside the closing mark (exclusive)
    open_at: int  # position of the opening mark
    close_at: int  # position of the closing mark (== end when approximated)
    parts: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def quote_spans(text: str, *, warnings: list[str] | None = None, doc_id: str = "") -> list[RawQuote]:
    """Direct quotations in ``text``, joining paragraph-continued quotations and tolerating odd marks."""
    out: list[RawQuote] = []
    warn = warnings if warnings is not None else []
    where = f"{doc_id}: " if doc_id else ""
    lines = text.split("\n")
    pos = 0
    current: RawQuote | None = None
    closer = ""
    for li, line in enumerate(lines):
        lstart = pos
        pos += len(line) + 1
        stripped = line.lstrip()
        lead = len(line) - len(stripped)
        k = 0
        # a quotation still open from the paragraph before: this paragraph must reopen it
        if current is not None:
            if not stripped:
                continue
            if stripped[0] in _OPEN and (_OPEN[stripped[0]] == closer or closer in ('"', "\u201d") and stripped[0] in ('"', "\u201c")):
                k = lead + 1
                current.parts.append((lstart + k, lstart + k))
            else:
                current.closed = False
                warn.append(f"{where}quote mark at offset {current.open_at} never closes; quotation cut at the end of its paragraph")
                out.append(current)
                current = None
        for hit in _MARKS.finditer(line, k):  # only quote marks can open or close a quotation
            k = hit.start()
            c = line[k]
            at = lstart + k
            prev = line[k - 1] if k > 0 else " "
            nxt = line[k + 1] if k + 1 < len(line) else " "
            if current is None:
                opens = c in ("\u201c", "\u00ab", "\u201e") or (
                    c == '"' and not _is_word_char(prev) and not nxt.isspace()
                ) or (c == "\u2018" and not _is_word_char(prev) and _is_word_char(nxt))
                if opens:
                    current = RawQuote(at + 1, at + 1, at, at, parts=[(at + 1, at + 1)])
                    closer = _OPEN[c] if c != "\u201e" else "\u201c"
                elif c in _CLOSE_OF:
                    warn.append(f"{where}closing quote mark at offset {at} has no opening mark; ignored")
            else:
                closes = (c == closer or (closer in ('"', "\u201d") and c in ('"', "\u201d"))) and (closer != "\u2019" or not _is_word_char(nxt))
                if c == "\u201c" and closer == "\u201d" and (nxt.isspace() or nxt in ".,;:!?)") and k > lead:
                    closes = True  # an opening mark typed for a closing one ('the "Safe Schools " project')
                if c == closer == '"' and _is_word_char(prev) is False and not prev in ".,!?;:'\u2019)" and _is_word_char(nxt):
                    closes = False  # a straight mark opening a nested quote: "... "like this" ..."
                if closes:
                    s0, _ = current.parts[-1]
                    current.parts[-1] = (s0, at)
                    current.end = at
                    current.close_at = at
                    out.append(current)
                    current = None
                elif c in ("\u201c",) and closer == "\u201d" and k == lead:
                    pass
        if current is not None:
            s0, _ = current.parts[-1]
            end_of_line = lstart + len(line.rstrip())
            current.parts[-1] = (s0, end_of_line)
            current.end = end_of_line
            current.close_at = end_of_line
    if current is not None:
        current.closed = False
        warn.append(f"{where}quote mark at offset {current.open_at} never closes; quotation cut at the end of the text")
        out.append(current)
    return [q for q in out if q.end > q.start]


# -- attribution ---------------------------------------------------------------
def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return doc_words(doc).tokens[span.start:span.end] if span is not None else []  # (no new Token per word)


def _speech_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return False
    return tok.lemma_.lower() in SPEECH_VERBS


#: ``X released the following statement:``: verbs that issue a statement, and the nouns they issue.
_ISSUE_VERBS = frozenset({"release", "issue", "publish", "make", "give", "deliver", "provide", "share"})
_STATEMENT_NOUNS = frozenset({"statement", "remark", "comment", "message"})


def _issues_statement(tok: Token) -> bool:
    """``released the following statement``, ``has published this statement``: the verb issues the words after it."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _ISSUE_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _STATEMENT_NOUNS for c in tok.children)


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # "LOS ANGELES – The U.S. Attorney's Office announced ...": a dateline the parser took for a second subject
        doc = verb.doc
        subjects = [c for c in subjects if not (c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text in
                                                ("–", "—", "-", "--"))] or subjects
    if subjects:
        # '..." said Bureau of ... (ATF) Acting Director Michael J. Sullivan': two subjects, the person speaks
        return next((c for c in subjects if c.ent_type_ == "PERSON"), subjects[-1] if len(subjects) > 1 and subjects[-1].i > verb.i else subjects[0])
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None


def _phrase(tok: Token) -> Span:
    """The subject's words: the token with everything it governs (titles, appositions, conjoined speakers)."""
    left, right = tok.left_edge, tok.right_edge
    doc = tok.doc
    for k in range(tok.i - 1, left.i - 1, -1):  # never across a line break (a headline parsed into the sentence)
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            left = doc[k + 1]
            break
    for k in range(tok.i, right.i + 1):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            right = doc[k]
            break
    while right.i > left.i and (right.is_punct or right.is_space):
        right = doc[right.i - 1]
    return Span(doc[left.i].idx, doc[right.i].idx + len(doc[right.i].text))


def _name_after(tokens: list[Token]) -> Span | None:
    """The words naming a speaker after a dash or a verb with no subject: up to a comma or the line end."""
    words = []
    for t in tokens:
        if t.text in (",", ";", ".", "(") or "\n" in t.text:
            break
        if t.is_punct and not words:
            continue
        words.append(t)
    if not words:
        return None
    return Span(words[0].idx, words[-1].idx + len(words[-1].text))


@dataclass
class _Attribution:
    speaker: Span
    cue: str
    start: int
    end: int
    split: bool = False  # the quotation goes on after this attribution in the same sentence
    inherit: bool = False  # "Adding: "..."": no speaker of its own, the previous quotation's speaker goes on


def _after(doc: Doc, q: RawQuote, next_open: int, text: str, sents: Sentences) -> _Attribution | None:
    line_end = text.find("\n", q.close_at)
    if line_end < 0:
        line_end = len(text)
    limit = min(line_end, next_open)
    toks = _tokens_between(doc, q.close_at + 1, limit)
    toks = [t for t in toks if t.idx > q.close_at]
    if not any(not t.is_space for t in toks):
        return _dash_line_after(doc, q, line_end, next_open, text)
    lead = [t for t in toks[:3] if t.is_punct]
    # "..." – Commissioner Jane Doe
    first = next((t for t in toks if not (t.is_punct and t.text not in _DASHES)), None)
    if first is not None and first.text in _DASHES:
        name = _name_after([t for t in toks if t.i > first.i])
        if name:
            return _Attribution(name, "dash", q.open_at, name.end)
    window = toks[:14]
    # the attribution clause ends at the first full stop after the verb
    for t in window:
        if t.text in (".", "!", "?") and t.idx > q.close_at + 2 and not lead:
            break
        if _speech_verb(t):
            if text[q.start : q.end].rstrip().endswith(".") and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children):
                break  # '... "changed the city." Jones, who ..., said the force would stay': a new sentence's report
                # ('... "safer." The plan emphasized keeping guns ...': a verb with its own object opens a new sentence)
            subj = _subject(t)
            if subj is not None and subj.idx > q.close_at:
                ph = _phrase(subj)
                end = max(ph.end, t.idx + len(t.text))
                return _Attribution(ph, t.lemma_.lower(), q.open_at, _sentence_end(doc, end, sents))
            if t.lemma_.lower() == "tell":
                break  # '"...," told the Panel that ...': who is told is never the speaker (the subject came before)
            nxt = next((x for x in toks if x.i > t.i and not x.is_space), None)
            if nxt is not None and not nxt.text[:1].isupper() and (nxt.pos_ in ("ADP", "ADV") or nxt.ent_type_ in ("DATE", "TIME")):
                break  # '"...," testified today before the Committee': no name follows, the speaker came before (a
                # capitalised word may open a post: "said Under Secretary X")
            name = _name_after([x for x in toks if x.i > t.i])
            if name:
                return _Attribution(name, t.lemma_.lower(), q.open_at, _sentence_end(doc, name.end, sents))
        if t.text in (".", "!", "?"):
            break
    return None


def _dash_line_after(doc: Doc, q: RawQuote, line_end: int, next_open: int, text: str) -> _Attribution | None:
    """A quotation that ends its paragraph, signed on the next line: ``"..."`` / ``— Chief Constable Jane Doe``."""
    start = line_end + 1
    while start < len(text) and text[start] in "\n \t":
        start += 1
    if start >= len(text) or start > next_open or text[start] not in "\u2013\u2014-":
        return None
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    if len(text[start:stop].split()) > 12:
        return None
    toks = [t for t in _tokens_between(doc, start, stop) if t.text not in _DASHES]
    name = _name_after(toks)
    if name is None or not any(t.ent_type_ in ("PERSON", "TITLE", "ORG") for t in toks):
        return None
    return _Attribution(name, "dash", q.open_at, name.end)


def _sentence_end(doc: Doc, pos: int, sents: Sentences) -> int:
    span = doc.char_span(max(0, pos - 1), pos, alignment_mode="expand")
    if span is None or not len(span):
        return pos
    return sents.of(span.start)[1]


#: Participles that open a paragraph going on with the last speaker's words (``Adding: "..."``).
_GOING_ON = {"adding": "add", "continuing": "continue", "concluding": "conclude", "explaining": "explain"}


def _before(doc: Doc, q: RawQuote, text: str) -> _Attribution | None:
    line_start = text.rfind("\n", 0, q.open_at) + 1
    intro = text[line_start : q.open_at]
    block = not intro.strip()
    if block:
        # a block quote: the paragraph before ends with a colon ("Home Secretary Sajid Javid said:")
        k = line_start - 1
        while k > 0 and text[k - 1] in "\n \t":
            k -= 1
        prev_start = text.rfind("\n", 0, k) + 1
        prev = text[prev_start:k]
        if not prev.rstrip().endswith(":"):
            return None
        line_start, intro = prev_start, prev
    stripped = intro.rstrip()
    if not block:
        participle = _participle_before(doc, line_start + len(stripped))
        if participle is not None:
            return participle
    if not stripped.endswith((":", ",")) and not stripped.lower().endswith(("said", "says")):
        return None
    toks = _tokens_between(doc, line_start, line_start + len(stripped))
    if toks and not block:
        # only the sentence the quotation opens in introduces it: 'NIJ announces it has awarded $63m ... The first,
        # "Investigator-Initiated Research," includes nine awards' is no speech of the agency
        opens_at = Sentences.for_doc(doc).of(toks[-1].i)[0]
        toks = [t for t in toks if t.idx >= opens_at]
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if stripped.endswith(":") and 1 <= len(words) <= 2 and words[0].lower_ in _GOING_ON \
            and all(w.pos_ == "ADV" for w in words[1:]):
        # "Continuing: "As lockdown starts to lift ..."", "Adding: "...": the speaker of the quotation before goes on
        return _Attribution(Span(words[0].idx, words[0].idx), _GOING_ON[words[0].lower_], words[0].idx, q.close_at + 1,
                            inherit=True)
    for t in reversed(toks):
        stance = _stance_speaker(t) if stripped.endswith(":") else None
        if stance is not None:
            # "Chief Constable Jane Roe was clear: "...", "The Minister's message was simple: "...""
            opens = max(line_start + (len(intro) - len(intro.lstrip())), Sentences.for_doc(doc).of(stance.left_edge.i)[0])
            who = _phrase(stance)
            if stance.dep_ == "poss":  # (the possessor without its "'s")
                who = Span(who.start, stance.idx + len(stance.text))
            return _Attribution(who, "be clear", opens, q.close_at + 1)
        if _speech_verb(t) or (stripped.endswith(":") and _issues_statement(t)):
            subj = _subject(t)
            if subj is not None:
                cue = "statement" if not _speech_verb(t) else t.lemma_.lower()
                # the attribution opens with its own sentence, not with the paragraph: 'X said A. Y said: "B"' keeps
                # X's reported words out of Y's attribution
                opens = max(line_start + (len(intro) - len(intro.lstrip())), Sentences.for_doc(doc).of(min(subj.left_edge.i, t.i))[0])
                return _Attribution(_phrase(subj), cue, opens, q.close_at + 1)
        if t.lower_ == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
            name = _name_after(list(doc[t.i + 2 : t.i + 14]))
            if name:
                return _Attribution(name, "according to", t.idx, q.close_at + 1)
    if stripped.endswith(":") and words:
        who = _statement_from(words)
        if who is not None:
            return _Attribution(who, "statement", words[0].idx, q.close_at + 1)
        core = _colon_name(words)
        if core and "\n" not in text[words[0].idx : q.open_at].strip():
            # 'Chief Constable Jo Farrell: "We will not rest ..."', 'Chairman Scott Perry, R-Pa., on the hearing:
            # "..."': a name (and what the words are about) and a colon introduce the words
            return _Attribution(Span(core[0].idx, core[-1].idx + len(core[-1].text)), "colon", words[0].idx,
                                q.close_at + 1)
        named = _named_post_line(words)
        if named is not None:
            # 'Clive Grunshaw, Police and Crime Commissioner for Lancashire:' on a line of its own, then the words
            return _Attribution(named, "colon", words[0].idx, q.close_at + 1)
    return None


def _participle_before(doc: Doc, end: int) -> _Attribution | None:
    """``FBI Director X, pledging to "...," testified today ...``, ``The Minister, warning "...," said ...``: a
    speech verb's participle right before the quotation, set off after its speaker; the speaker is the noun it
    describes or the subject of the verb it hangs on (written before it)."""
    toks = [t for t in _tokens_between(doc, max(0, end - 40), end) if not t.is_space and t.idx + len(t.text) <= end]
    if toks and toks[-1].lower_ == "to":
        toks = toks[:-1]
    if not toks:
        return None
    verb = toks[-1]
    if verb.tag_ != "VBG" or not _speech_verb(verb) or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        speaker = verb.head
    elif verb.dep_ in ("advcl", "xcomp", "conj"):
        speaker = _subject(verb.head)
    else:
        return None
    if speaker is None or speaker.i > verb.i or not _speaks(speaker):
        return None
    ph = _phrase(speaker)
    opens = Sentences.for_doc(doc).of(speaker.left_edge.i)[0]
    return _Attribution(ph, verb.lemma_.lower(), max(opens, ph.start), end + 1)


def _colon_name(words: list[Token]) -> list[Token]:
    """The name words of a verbless line before a colon that introduces a quotation: a post and a name
    ("Chief Constable Jo Farrell"), perhaps with what the words are on ("Mayor Ana Ruiz on the new unit",
    "Chairman Scott Perry, R-Pa., on the hearing") and an aside after a comma. Empty when the line is anything else."""
    if not words or any(w.pos_ in ("VERB", "AUX") and w.ent_type_ != "TITLE" for w in words):
        return []  # (a post's "Ranking" is no verb)
    doc = words[0].doc
    on = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower_ == "on"), None)
    if on is not None and (doc[words[on].i - 1].text == "," or words[on - 1].ent_type_ == "PERSON"
                           or words[on - 1].pos_ == "PROPN"):
        words = words[:on]  # "... on the hearing": what the words are about
    comma = next((k for k, w in enumerate(words) if w.i + 1 < len(doc) and doc[w.i + 1].text in (",", "(")), None)
    if comma is not None:
        words = words[:comma + 1]  # "Scott Perry, R-Pa.": an aside after the name
    if not 1 <= len(words) <= 8 or not all(w.pos_ == "PROPN" or w.ent_type_ in ("PERSON", "TITLE") for w in words):
        return []
    if any(w.ent_type_ == "PERSON" for w in words):
        return words
    # after a post the recogniser may leave the name unmarked: "Mayor Ana Ruiz"
    s = 0
    while s < len(words) and words[s].ent_type_ == "TITLE":
        s += 1
    rest = words[s:]
    if s and 2 <= len(rest) <= 3 and all(w.text[:1].isupper() and w.is_alpha and not w.ent_type_ for w in rest):
        return words
    return []


def _named_post_line(words: list[Token]) -> Span | None:
    """The name of a ``Name, Post of Body:`` line (a person's name, a comma, then a post and no verb), which
    introduces the words after it in press releases."""
    if not 3 <= len(words) <= 16 or any(w.pos_ in ("VERB", "AUX") for w in words):
        return None
    s = 0
    while s < len(words) and words[s].ent_type_ == "TITLE":
        s += 1  # "Assistant Chief Constable Jane Roe, Kent Police:"
    def named(w: Token) -> bool:  # (after a title the recogniser may leave the name unmarked)
        return w.ent_type_ == "PERSON" or s > 0 and not w.ent_type_ and w.pos_ == "PROPN" and w.text[:1].isupper()

    if s >= len(words) or not named(words[s]):
        return None
    k = s + 1
    while k < len(words) and named(words[k]) and not (words[k].ent_type_ == "PERSON" and words[k].ent_iob_ == "B"):
        k += 1
    doc = words[0].doc
    comma = words[k - 1].i + 1
    if comma >= len(doc) or doc[comma].text != "," or k >= len(words):
        return None
    post = words[k]
    if post.ent_type_ not in ("TITLE", "ORG") and title_starting_at(doc, post.i) is None:
        return None
    return Span(words[s].idx, words[k - 1].idx + len(words[k - 1].text))


#: Adjectives of a plain stance that a colon opens the words of: "X was clear:", "her message was simple:".
_STANCE_ADJS = frozenset({"clear", "adamant", "blunt", "unequivocal", "emphatic", "firm", "candid", "frank", "direct",
                          "simple", "plain", "defiant", "categorical"})
#: Nouns whose possessor speaks when the noun is "clear": "the Minister's message was clear:".
_MESSAGE_NOUNS = frozenset({"message", "view", "verdict", "response", "reply", "answer", "warning", "position"})


def _stance_speaker(t: Token) -> Token | None:
    """The person or body of ``X was clear:`` (or ``X's message was simple:``) before a quotation, else None."""
    if t.lemma_.lower() != "be" or not any(c.dep_ == "acomp" and c.lower_ in _STANCE_ADJS for c in t.children):
        return None
    subj = _subject(t)
    if subj is None:
        return None
    if subj.lemma_.lower() in _MESSAGE_NOUNS:
        subj = next((c for c in subj.children if c.dep_ == "poss"), None)
        if subj is None:
            return None
    if subj.ent_type_ in ("PERSON", "ORG") or subj.pos_ == "PROPN":
        return subj
    return None


def _statement_from(words: list[Token]) -> Span | None:
    """``The following is a statement from Chief Constable Jo Farrell:`` / ``Statement by the Home Office:``: who the
    statement is from."""
    for t in words:
        if t.lemma_.lower() in _STATEMENT_NOUNS | {"remarks"}:
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if pobj is not None and (pobj.ent_type_ or pobj.pos_ == "PROPN"):
                return _phrase(pobj)
    return None


#: Verbs that characterise something in the speaker's own words: ``described the attack as "cowardly and
#: senseless"``, ``labelled the target a "meagre ambition"``, ``called the decision "a betrayal"``.
_CHARACTERISE_VERBS = frozenset({"describe", "call", "label", "brand", "term", "dub", "characterise", "characterize"})


def _characterised(doc: Doc, q: RawQuote, sents: Sentences) -> _Attribution | None:
    """A quotation inside its sentence that is the complement of a characterising verb with a speaker: the
    verb's subject (or ``by`` agent: ``was described by the judge as "..."``) said the quoted words."""
    inside = _tokens_between(doc, q.start, q.end)
    if not inside:
        return None
    ids = {t.i for t in inside}
    root = next((t for t in inside if t.head.i not in ids), None)
    tok = root
    for _ in range(3):
        if tok is None or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in ids:
            continue
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok is None or tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _CHARACTERISE_VERBS or tok.idx > q.open_at:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if subj is None or subj.lower_ in ("it", "this", "that", "which", "who") or subj.pos_ == "PRON" and subj.lower_ not in (
            "he", "she", "they", "we", "i"):
        return None
    s0, s1 = sents.of(tok.i)
    return _Attribution(_phrase(subj), tok.lemma_.lower(), s0, max(s1, q.close_at + 1))


def _word_count(text: str) -> int:
    return len(text.split())


def find_direct(
    doc: Doc, *, warnings: list[str] | None = None, doc_id: str = "", raws: list[RawQuote] | None = None
) -> Iterator[QuoteFact]:
    """Direct quotations and their attributions; unattributed continuations are merged into the quotation before.

    ``raws`` are the document's :func:`quote_spans` when the caller has them already.
    """
    text = doc_text(doc)
    sents = Sentences.for_doc(doc)
    if raws is None:
        raws = quote_spans(text, warnings=warnings, doc_id=doc_id)
    raws = [piece for q in raws for piece in _split_at_fresh_attribution(doc, text, q)]
    prev: tuple[RawQuote, _Attribution] | None = None
    pending: list[tuple[RawQuote, _Attribution]] = []
    for n, q in enumerate(raws):
        body = text[q.start : q.end]
        next_open = raws[n + 1].open_at if n + 1 < len(raws) else len(text)
        att = _after(doc, q, next_open, text, sents) or _before(doc, q, text) or _characterised(doc, q, sents)
        if att is not None and att.cue == "dash":
            _whole_line(text, q, att.end)
        if att is not None and att.inherit:
            att = _Attribution(prev[1].speaker, att.cue, att.start, att.end) if prev is not None else None
        if prev is not None and _splits(text, prev[0], q):
            # '"We will not rest," the Chief Constable continued, "until ...": one quotation from its first part
            pq, patt = prev
            pq.parts.extend(q.parts or [(q.start, q.end)])
            pq.end, pq.close_at = q.end, q.close_at
            patt.end, patt.split = max(patt.end, att.end if att else 0, q.close_at + 1), True
            continue
        if att is None:
            # a continuation: same or next paragraph as an attributed quotation, nothing but space between
            if prev is not None and _word_count(body) >= 2:
                pq, patt = prev
                gap = text[pq.close_at + 1 : q.open_at]
                said_between = any(_speech_verb(t) for t in _tokens_between(doc, pq.close_at + 1, q.open_at)) \
                    or gap.strip(" \u201d\"\u2019,").startswith(tuple(_DASHES))
                if "\n" not in gap and _only_attribution(gap) and said_between and _word_count(body) >= MIN_QUOTE_WORDS:
                    # '"...," said X. "More."': the quotation goes on after its attribution; one entry from its
                    # first part (guideline 8: a quote split around its attribution is one entry); narration between
                    # them ('... ". Matt was commended for descriptions which were "..."') is no attribution
                    pq.parts.extend(q.parts or [(q.start, q.end)])
                    pq.end, pq.close_at = q.end, q.close_at
                    patt.end, patt.split = max(patt.end, q.close_at + 1), True
                    continue
                if gap.count("\n") <= 2 and gap.strip() == "":
                    # a new paragraph of the same quotation
                    pq.parts.extend(q.parts)
                    pq.end = q.end
                    pq.close_at = q.close_at
                    patt.end = max(patt.end, q.close_at + 1)
                    continue
            prev = None
            continue
        if _word_count(body) < MIN_QUOTE_WORDS and not (att.cue == "dash" or body.rstrip().endswith((".", "!", "?", ",")) or (
                att.cue in _CHARACTERISE_VERBS and _word_count(body) >= 2)):
            prev = None
            continue  # a scare-quoted phrase, not a statement
        pending.append((q, att))
        prev = (q, att)
    for q, att in pending:
        start = min(att.start, q.open_at)
        end = max(att.end, q.close_at + 1)
        parts = tuple(Span(a, b) for a, b in (q.parts or [(q.start, q.end)])) if att.split else ()
        yield QuoteFact(Span(q.start, q.end), att.speaker, att.cue, True, Span(start, end), parts)


def _whole_line(text: str, q: RawQuote, signed_to: int) -> None:
    """``"Enormous" court backlogs represent "a serious challenge" – Victims' Commissioner``: a headline of quoted
    words and the speaker's own words, signed with a dash, is the speaker's line from its first word (the words
    between the quoted fragments are hers too). Only a single line with no sentence stop before the quotation."""
    le = text.find("\n", signed_to)
    if any(c.isalnum() for c in text[signed_to : le if le >= 0 else len(text)]):
        return  # the line goes on after the signature: not a headline
    ls = text.rfind("\n", 0, q.open_at) + 1
    before = text[ls : q.open_at]
    if len(q.parts) > 1 or not before.strip() or len(before.split()) > 15 or any(c in before for c in ".!?:;"):
        return
    if not any(c in _OPEN or c in _CLOSE_OF for c in before) and not before.lstrip()[0].isupper():
        return
    start = ls + len(before) - len(before.lstrip())
    if text[start] in _OPEN:
        start += 1
    q.start, q.open_at, q.parts = start, ls, [(start, q.end)]


def _split_at_fresh_attribution(doc: Doc, text: str, q: RawQuote) -> list[RawQuote]:
    """A quotation run over paragraphs (each opens a mark, only the last closes) ends where a later paragraph
    closes and is attributed afresh (``"Let me be clear," the Attorney General continued, "..."``): that paragraph
    opens a new quotation (guideline 8: a new entry when a fresh attribution introduces it)."""
    if len(q.parts) < 2:
        return [q]
    for k in range(1, len(q.parts)):
        pe = q.parts[k][1]
        if pe >= len(text) or text[pe] not in "\"\u201d\u00bb" or pe > q.close_at:
            continue
        stop = text.find("\n", pe)
        stop = len(text) if stop < 0 else stop
        nxt = _MARKS.search(text, pe + 1, stop)
        gap = _tokens_between(doc, pe + 1, nxt.start() if nxt else stop)
        if gap and len(gap) <= 12 and any(_speech_verb(t) for t in gap):
            first = RawQuote(q.parts[0][0], q.parts[k - 1][1], q.open_at, q.parts[k - 1][1], list(q.parts[:k]), False)
            rest = RawQuote(q.parts[k][0], q.end, q.parts[k][0] - 1, q.close_at, list(q.parts[k:]), q.closed)
            return [first, *_split_at_fresh_attribution(doc, text, rest)]
    return [q]


def _splits(text: str, first: RawQuote, second: RawQuote) -> bool:
    """``second`` goes on with ``first`` across its attribution: the attribution between them ends with a comma
    on the same line, and the first part stops at a comma or runs on with no stop into a second part that opens
    in lower case (``"We will not rest," the Chief Constable continued, "until ..."``)."""
    gap = text[first.close_at + 1 : second.open_at]
    if "\n" in gap or not gap.rstrip().endswith(",") or not _only_attribution(gap):
        return False
    last = text[first.start : first.end].rstrip()
    if not last or last[-1] in ".!?:;":
        return False
    body = text[second.start : second.end].lstrip()
    # a first part that stops at a comma goes on whatever the case of the next word
    # ('"Let me be clear," the Attorney General continued, "Project Safe Neighborhoods is ..."')
    return bool(body) and (body[0].islower() or last[-1] == ",")


def find_unmarked(doc: Doc, *, marked: list[tuple[int, int]]) -> Iterator[QuoteFact]:
    """``Home Secretary Jane Doe said:`` (or ``said,`` alone on its line) and then a paragraph with no quote marks:
    that paragraph is her words."""
    text = doc_text(doc)
    pos = 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    sents = Sentences.for_doc(doc)
    for n, line in enumerate(lines):
        intro = line.rstrip()
        if not intro.endswith((":", ",")):
            continue
        lead = starts[n]
        if len(intro.split()) > 25:
            # "The unit starts in May. ... Policing Minister Jane Porter said:" ending a paragraph of narration: the
            # paragraph's last sentence introduces the block quote
            last = _tokens_between(doc, starts[n] + len(intro) - 1, starts[n] + len(intro))
            if not intro.endswith(":") or not last:
                continue
            lead = sents.of(last[-1].i)[0]
            if lead <= starts[n] or len(text[lead : starts[n] + len(intro)].split()) > 25:
                continue
            intro = text[lead : starts[n] + len(intro)]
        nxt = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
        if nxt is None:
            continue
        body = lines[nxt].strip()
        b0 = starts[nxt] + (len(lines[nxt]) - len(lines[nxt].lstrip()))
        if not body or body[0] in _OPEN or any(s <= b0 < e for s, e in marked) or len(body.split()) < MIN_QUOTE_WORDS:
            continue
        toks = _tokens_between(doc, lead, lead + len(intro))
        if intro.endswith(",") and not (len(toks) > 1 and _speech_verb(toks[-2])):
            continue  # "Hugo Swire said," alone on its line introduces the paragraph; other lines ending in a comma do not
        who = _statement_from([t for t in toks if not t.is_punct]) if intro.endswith(":") else None
        if who is not None:
            end = _statement_end(doc, lines, starts, nxt, marked)
            yield QuoteFact(Span(b0, end), who, "statement", True, Span(lead, end))
            continue
        for t in reversed(toks):
            statement = intro.endswith(":") and _issues_statement(t)
            finding = intro.endswith(":") and t.lemma_.lower() in FINDING_VERBS and t.pos_ == "VERB"
            if _speech_verb(t) or statement or finding:
                subj = _subject(t)
                if finding and subj is not None and subj.i < t.i and _finder(subj):
                    # "Inspectors found that the force:" and a list: the findings, reported (from the first item)
                    body_start = b0 + len(body) - len(body.lstrip("•●▪*-– \t"))
                    end = b0 + len(lines[nxt].strip())
                    speaker = Span(subj.idx, subj.idx + len(subj.text)) if subj.lemma_.lower() in _FINDERS else _phrase(subj)
                    yield QuoteFact(Span(body_start, end), speaker, t.lemma_.lower(), False, Span(lead, end))
                elif not finding and subj is not None and subj.i < t.i:
                    if t.lemma_.lower() == "announce" and body[0] in _BULLETS:
                        break  # "The Home Secretary has today announced:" and a bulleted list: the measures, not her words
                    end = _statement_end(doc, lines, starts, nxt, marked)
                    cue = "statement" if statement and not _speech_verb(t) else t.lemma_.lower()
                    yield QuoteFact(Span(b0, end), _phrase(subj), cue, True, Span(lead, end))
                break


_BULLETS = frozenset("-\u2013\u2014\u2022\u25cf\u25aa*")
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me", "ours", "myself", "ourselves", "i've", "i'm", "we've", "we're"})


def _statement_end(doc: Doc, lines: list[str], starts: list[int], first: int, marked: list[tuple[int, int]]) -> int:
    """Where an unmarked statement that opens at paragraph ``first`` ends. A GOV.UK statement set off after
    ``X said:`` runs over paragraphs without quote marks; it goes on through the following paragraphs up to the last
    one in the first person (``I``, ``we``, ``our``) before anything that cannot be the statement: a new ``Y said:``
    line, a quoted paragraph, a heading (no closing stop), or narration that attributes speech."""
    end = starts[first] + len(lines[first].rstrip())
    for k in range(first + 1, len(lines)):
        para = lines[k].strip()
        if not para:
            continue
        p0 = starts[k] + (len(lines[k]) - len(lines[k].lstrip()))
        if para[0] in _OPEN or para.endswith(":") or not para.endswith((".", "!", "?", "\u201d", '"')) \
                or any(s <= p0 < e for s, e in marked):
            break
        toks = _tokens_between(doc, p0, p0 + len(para))
        if any(_speech_verb(t) and (s := _subject(t)) is not None and s.lower_ not in _FIRST_PERSON for t in toks):
            break  # narration: "The Chancellor said the money ..."
        if any(t.lower_.replace("\u2019", "'") in _FIRST_PERSON for t in toks):
            end = p0 + len(para)
    return end


#: Nouns of a piece one person writes in their own words, which a heading says is by them.
_AUTHORED_NOUNS = frozenset({"statement", "message", "foreword", "introduction", "letter", "blog", "article",
                             "column", "op-ed"})
#: Nouns of a piece delivered aloud: a transcript of remarks or testimony is a record of a hearing or an event,
#: whose speech is taken where the text attributes it, not wholesale from its first paragraph.
_DELIVERED_NOUNS = frozenset({"remarks", "remark", "speech", "address", "testimony", "keynote", "transcript"})
#: Openings of a paragraph spoken to an audience: "Thank you, Chair", "Good morning".
_GREETING = re.compile(r"(?:thank you|thanks|good (?:morning|afternoon|evening)|ladies and gentlemen|mr\.? speaker|"
                       r"madam (?:speaker|chair)|chairman|chairwoman|chair)\b", re.IGNORECASE)
#: A heading area of at most this many short lines comes before the first paragraph of an authored piece.
_HEADING_LINES = 6
#: An initial inside a name: "Jane Q. Roe".
_INITIAL = re.compile(r"[A-Z]\.?")
#: Words before a name in a heading that are no part of it: "Dr Jane Roe", "the Rt Hon Jane Roe".
_HONORIFICS = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "the",
                         "rt", "hon", "hon.", "rt.", "honorable", "honourable"})


def _name_run(words: list[Token], k: int) -> Span | None:
    """The name that opens at ``words[k]``: two to four capitalised proper nouns (the recogniser may mark them as a
    person, a body or nothing in a heading), not a post's words."""
    if words[k].lower_ in _FIRST_PERSON or words[k].lower_ in ("your", "their", "his", "her", "its"):
        return None  # "My Coast Guard": a heading, not a name
    n = k
    while n < len(words) and n - k < 5 and words[n].ent_type_ != "TITLE" and words[n].text[:1].isupper() and (
            words[n].pos_ == "PROPN" and words[n].is_alpha and not words[n].is_upper
            or n > k and _INITIAL.fullmatch(words[n].text)):
        n += 1  # (an initial: "Jane Q. Roe")
    if n - k < 2 and not (n - k == 1 and words[k].ent_type_ == "PERSON"):
        return None
    return Span(words[k].idx, words[n - 1].idx + len(words[n - 1].text))


def _heading_author(words: list[Token]) -> Span | None:
    """The person a heading line names as the author of the piece under it: ``Statement from Commissioner Jane
    Roe on ...``, ``Introduction from Jane Roe, Deputy Mayor``, ``By Jane Roe, Director, ...``, ``Jane Roe MS,
    Cabinet Secretary for ...``, ``Jane Roe's Message``, or a titled name alone."""
    if not words:
        return None
    doc = words[0].doc
    k = 0
    while k < len(words) and (words[k].ent_type_ == "TITLE" or words[k].lower_ in _HONORIFICS):
        k += 1  # "Commissioner Jane Roe, ...", "Dr Jane Roe"
    if k < len(words) and words[k].pos_ == "PROPN" and (name := _name_run(words, k)) is not None:
        n = k
        while n < len(words) and words[n].idx < name.end:
            n += 1
        while n < len(words) and words[n].is_upper and len(words[n].text) <= 4 and words[n].is_alpha:
            n += 1  # the letters after a name ("Jane Roe MS, ...", "Jane Roe QC MP")
        rest = words[n:]
        if not rest and (k or all(w.ent_type_ == "PERSON" for w in words)):
            return name  # "Home Secretary Jane Roe", "Jane Roe" alone on a line
        if rest and rest[0].text == "," and len(rest) > 1 and (rest[1].ent_type_ == "TITLE"
                                                              or title_starting_at(doc, rest[1].i) is not None):
            return name  # "Jane Roe AM, Deputy Minister for ...": a byline with the author's post
        if len(rest) >= 2 and rest[0].text in ("'s", "\u2019s") and rest[1].lower_ in _AUTHORED_NOUNS:
            return name  # "Jane Roe's Message"
    for m, t in enumerate(words):
        if t.lower_ in ("by", "from") and (m == 0 or words[m - 1].lower_ in _AUTHORED_NOUNS):
            n = m + 1
            while n < len(words) and (words[n].ent_type_ == "TITLE" or words[n].lower_ in _HONORIFICS
                                      or words[n].is_upper and words[n].ent_type_ == "ORG"):
                n += 1  # "Statement from Chief Constable Jane Roe", "from CDC Chief Medical Officer Dr. Jane Roe"
            if n < len(words) and (name := _name_run(words, n)) is not None:
                return name
            if n == len(words) and n > m + 1:
                return _post_span(words[m + 1 : n])  # "Foreword by the Chairman": the post, unnamed (guideline 5)
    return _post_heading(words)


#: What a post's own piece is called after its possessive: "Chief Constable's Report", "Director's Message".
_OWN_PIECES = frozenset({"foreword", "message", "introduction", "report", "statement", "letter", "blog"})


def _post_span(words: list[Token]) -> Span | None:
    """The post among ``words`` (a heading's ``the Chairman``, ``NIJ Director``): from its first title word to its
    last, with a body's short name before it."""
    posts = [w for w in words if w.ent_type_ == "TITLE"]
    if not posts:
        return None
    first = posts[0]
    if first.i > words[0].i and first.doc[first.i - 1].is_upper and first.doc[first.i - 1].ent_type_ == "ORG":
        first = first.doc[first.i - 1]  # "NIJ Director"
    return Span(first.idx, posts[-1].idx + len(posts[-1].text))


def _post_heading(words: list[Token]) -> Span | None:
    """A heading that is a post's own piece with no name: ``Chief Constable's Report``, ``Director's Message``,
    ``Commissioner's Foreword``, or the post alone on its line (``The Convener``)."""
    ws = [w for w in words if w.lower_ not in ("the", "-", "–", ":")]
    if ws and all(w.ent_type_ == "TITLE" for w in ws) and len(ws) <= 5:
        return _post_span(ws)
    poss = next((k for k, w in enumerate(ws) if w.text in ("'s", "’s")), None)
    if poss is None or poss == 0 or poss + 1 >= len(ws) or ws[poss + 1].lower_ not in _OWN_PIECES:
        return None
    head = ws[:poss]
    if not all(w.ent_type_ == "TITLE" or w.is_upper and w.ent_type_ == "ORG" for w in head):
        return None
    return _post_span(head)


#: A paragraph that says what the piece is, in the third person, before its author's words begin.
_ABOUT_ITSELF = re.compile(r"(?:this|the) (?:report|paper|document|update|briefing|summary|note) "
                           r"(?:provides|sets out|summarises|summarizes|gives|outlines|informs|updates)\b", re.IGNORECASE)


def find_authored(doc: Doc, *, marked: list[tuple[int, int]], taken: list[tuple[int, int]]) -> Iterator[QuoteFact]:
    """A statement, foreword, message or letter whose heading names its one author, written in the first person:
    its first paragraph is the author's own words (guideline 8: block quotes on government sites that
    have no quotation marks). ``taken``: the spans of speech already attributed."""
    text = doc_text(doc)
    pos, heads = 0, []
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        body = line.strip()
        if not body:
            continue
        b0 = start + len(line) - len(line.lstrip())
        if len(body.split()) < 12 or not body.endswith((".", "!", "?", "\u201d", '"')) or _ABOUT_ITSELF.match(body):
            # a heading, a date, a byline, a salutation, or a summary of the piece ("This report provides ...")
            heads.append((b0, b0 + len(body)))
            if len(heads) > _HEADING_LINES:
                return
            continue
        # the first paragraph: it opens no quotation, is no one else's words, and it or the two after it speak in
        # the first person
        if body[0] in _OPEN or any(s <= b0 < e for s, e in marked) or any(s < b0 + len(body) and b0 < e for s, e in taken):
            return
        following = text[b0:].split("\n\n", 3)[:3]
        if not any(t.lower_.replace("\u2019", "'") in _FIRST_PERSON and not any(s <= t.idx < e for s, e in marked)
                   for t in _tokens_between(doc, b0, b0 + len("\n\n".join(following)))):  # (not in a quotation)
            return
        if _GREETING.match(body) or any(t.lower_ in _DELIVERED_NOUNS for h0, h1 in heads
                                        for t in _tokens_between(doc, h0, h1)):
            return
        authors = {(a.start, a.end): a for h0, h1 in heads
                   if (a := _heading_author([t for t in _tokens_between(doc, h0, h1) if not t.is_space])) is not None}
        if len(authors) != 1:
            return
        who = next(iter(authors.values()))
        yield QuoteFact(Span(b0, b0 + len(body)), who, "statement", True, Span(heads[0][0], b0 + len(body)))
        return


def _only_attribution(gap: str) -> bool:
    """The text between two quotation parts is just their attribution (``," she said. "``)."""
    return "\n" not in gap.strip() and _word_count(gap) <= 12


def _clause_span(tok: Token, *, skip_marks: bool = True) -> tuple[int, int]:
    words = list(tok.subtree)
    if skip_marks and len(words) > 1 and words[0].lower_ == "that" and words[0].dep_ not in ("nsubj", "nsubjpass"):
        words = words[1:]  # the complementiser, however the parser labelled it
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    while words and (words[0].is_punct or words[0].is_space):
        words.pop(0)
    if not words:
        return tok.idx, tok.idx
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _misattached_clause(verb: Token) -> Token | None:
    """``announced at a press conference that ...``: the parser hangs the reported clause on the event noun as a
    relative clause; it is the verb's complement when it has its own subject and opens with ``that``."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("at", "in", "during", "on", "to", "before"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for rel in pobj.subtree:
                if rel.dep_ not in ("relcl", "acl", "ccomp") or rel.pos_ not in ("VERB", "AUX"):
                    continue
                kids = list(rel.children)
                that = next((c for c in kids if c.lower_ == "that" and c.i < rel.i), None)
                subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"), None)
                if that is not None and subj is not None and that.i < subj.i:
                    return rel
    return None


def _clause_taken_for_object(verb: Token) -> Token | None:
    """``argued that the law had failed victims``: the parser may take the clause's last noun for the verb's object
    (``failed`` a modifier of ``victims``); a ``that`` right after the verb opening the object's words marks a
    reported clause all the same."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.i < verb.i + 3:
        return None
    that = verb.doc[verb.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or obj.left_edge.i != that.i:
        return None
    words = list(obj.subtree)
    if not any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.dep_ in ("nsubj", "nsubjpass") for t in words):
        return None
    return obj


_TRAILING_DEPS = frozenset({"npadvmod", "advmod", "prep", "pobj", "det", "amod", "compound", "nummod", "punct", "nmod", "appos"})


def _ends_sentence(verb: Token) -> bool:
    """Whether only an adverbial tail ("today", "on Monday", "in a statement") follows ``verb`` in its sentence."""
    doc = verb.doc
    _, sent_end = Sentences.for_doc(doc).of(verb.i)
    rest = []
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 12)]:
        if t.idx >= sent_end:
            break
        if not t.is_punct and not t.is_space:
            rest.append(t)
    return len(rest) <= 6 and all(t.dep_ in _TRAILING_DEPS and t.head.i >= verb.i for t in rest)


def trailing_clause(verb: Token) -> tuple[Token, int] | None:
    """``Forces will share £20m, the Home Secretary announced today.``: the parser may make the speech verb a
    conjunct of the clause before the comma. Returns that clause's verb and the index of the comma."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "cc" for c in head.children if head.i < c.i < verb.i):
        return None
    comma = subj.left_edge.i - 1
    if comma <= head.i or verb.doc[comma].text != "," or not _ends_sentence(verb):
        return None
    return head, comma


def _speaker_list(verb: Token) -> Span | None:
    """The words after an inverted speech verb up to the end of its sentence (``announced A, B and C.``), when they
    are only names, titles and bodies (no verb of their own but a participle inside a name)."""
    doc = verb.doc
    _, sent_end = Sentences.for_doc(doc).of(verb.i)
    words = [t for t in doc[verb.i + 1 : min(len(doc), verb.i + 60)] if t.idx < sent_end and not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if not words or "\n" in "".join(t.text + t.whitespace_ for t in words[:-1]):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") and not t.ent_type_ for t in words):
        return None
    return Span(words[0].idx, words[-1].idx + len(words[-1].text))


_LIST_GLUE = frozenset({",", "and", "&", "the", "of", "'s", "\u2019s", "for"})


def _list_before(doc: Doc, speaker: Span) -> Span:
    """``A and Special Agent in Charge B announced``: the parser may give the verb only the last of the listed names
    as its subject; the list goes back over titled names joined by commas and ``and`` to the start of the sentence
    (or a dateline dash)."""
    words = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if words is None or words.start == 0:
        return speaker
    s0 = doc[words.start].sent.start
    k = words.start - 1
    first, joined = None, False
    while k >= s0:
        t = doc[k]
        if "\n" in t.text or "\n" in t.whitespace_ or t.text in _DASHES:
            break
        if t.lower_ in _LIST_GLUE or t.ent_type_ in ("TITLE", "PERSON", "ORG") or (t.text[:1].isupper() and (
                t.pos_ == "PROPN" or t.ent_type_)) or t.text.endswith("."):
            joined = joined or t.lower_ in (",", "and", "&")
            if t.ent_type_ == "PERSON" and joined:
                first = t
            k -= 1
            continue
        return speaker  # the names are part of a longer clause, not a list of speakers
    if first is None:
        return speaker
    left = doc[k + 1]
    while left.i < words.start and left.lower_ in _LIST_GLUE:
        left = doc[left.i + 1]
    return Span(left.idx, speaker.end)


def _inverted_attribution(verb: Token) -> tuple[Token, int] | None:
    """``Eleven people were charged, announced U.S. Attorney Jane Roe and Chief John Doe.``: a speech verb after a
    comma, its subject after it, the clause before the comma what was said. Returns the clause's verb and the comma."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl", "parataxis") or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subj is None:
        subj = next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ == "PROPN"), None)
    if subj is None or any(c.dep_ == "cc" for c in head.children if head.i < c.i < verb.i):
        return None
    comma = verb.i - 1
    while comma > head.i and verb.doc[comma].pos_ == "ADV":
        comma -= 1
    if comma <= head.i or verb.doc[comma].text != "," or _speaker_list(verb) is None:
        return None
    return head, comma


def _announces_an_act(comp: Token) -> bool:
    """``(announced) he is allocating £51m`` / ``it will launch ...``: the clause is the act being announced (a
    clause in the past or perfect, ``it has awarded $63m``, reports what was done)."""
    from kg.extract.policies import _lex

    if comp.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in comp.children):
        return False  # "announces it has awarded $63m", "announced it awarded ...": a result reported, not an act
    return comp.lemma_.lower() in _lex()["announce_verbs"] or comp.lemma_.lower() in {"make", "give", "spend"}


#: Verbs that report a finding (``Inspectors found that ...``, ``the OIG concluded that ...``, ``the court determined
#: that ...``): speech of the body only when the finder is a body, a document or a reviewer (guideline 8), never
#: ``officers found that the door ...``.
FINDING_VERBS = frozenset({"find", "conclude", "determine"})
#: Nouns that can find: reviewers, courts and the documents that carry their findings.
_FINDERS = frozenset({"inspector", "inspectorate", "auditor", "court", "judge", "jury", "panel", "committee", "inquiry",
                      "tribunal", "coroner", "review", "report", "audit", "inspection", "evaluation", "study", "survey",
                      "watchdog", "regulator", "ombudsman", "assessment", "analysis", "commission", "board"})
#: Verbs of commitment whose ``to``-infinitive is what was said (``vowed to tackle ...``, ``pledged to recruit ...``).
_PLEDGE_VERBS = frozenset({"pledge", "vow", "promise"})
#: Verbs whose noun object can be the finding itself (``HMIC found significant weaknesses in ...``, ``the report
#: shows significant improvements in ...``).
_NOUN_FINDING_VERBS = FINDING_VERBS | {"show"}
#: Head nouns of such an object that make it a finding; anything else found or shown (``found a knife``, ``found 12
#: cases``, ``showed the figures``) is a thing, not something said.
_FINDING_NOUNS = frozenset({
    "weakness", "failing", "failure", "improvement", "problem", "shortcoming", "deficiency", "gap", "evidence",
    "inconsistency", "flaw", "lack", "progress", "strength", "risk", "breach", "inadequacy", "disparity"})


def _finding_object(verb: Token, subj: Token) -> tuple[int, int] | None:
    """The span of a finding given as the verb's noun object, for a subject that can find (``show``: a document):
    ``found significant weaknesses in the service provided to victims``; None when the verb has a clause (the
    clause is the finding) or its object is no finding noun."""
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children):
        return None  # ("found that ...", "found it to be ...", "found him guilty")
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in _FINDING_NOUNS:
        return None
    lemma = verb.lemma_.lower()
    if lemma == "show":
        if subj.lemma_.lower() not in _SPEAKING_NOUNS:  # (which hold the finders)
            return None  # "the report shows ..."; figures and footage show, nobody speaks
    elif not _finder(subj):
        return None
    last = obj.right_edge
    for c in verb.children:  # a phrase the parser hung on the verb that goes on the object ("found gaps in X")
        if c.dep_ == "prep" and c.i == last.i + 1:
            last = c.right_edge
    words = [t for t in verb.doc[obj.left_edge.i : last.i + 1] if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    return (words[0].idx, words[-1].idx + len(words[-1].text)) if words else None


def _finder(subj: Token) -> bool:
    return (subj.lemma_.lower() in _FINDERS or subj.lower_ in _FINDERS or subj.pos_ == "PROPN"
            or subj.ent_type_ == "ORG" or subj.lower_ == "we") and subj.lower_ not in ("police", "officers", "detectives")
    # ("We found that ...": a report's authors; the builder gives it to the document's overseer)


def _other_frame(tok: Token) -> tuple[Token, int, int, str] | None:
    """Reported speech in frames other than a speech verb with its clause: a finding (``the audit found that
    ...``), ``made clear that ...``, a pledge (``vowed to tackle ...``) and ``As X noted, ...``. Returns the
    subject, the span of what was said and the cue."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    subj = _subject(tok)
    if subj is None or subj.i > tok.i:
        return None
    if lemma in _NOUN_FINDING_VERBS:
        found = _finding_object(tok, subj)
        if found is not None:
            return (subj, *found, lemma)
    if lemma in FINDING_VERBS:
        comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if comp is None:
            # "Violence had risen by 40%, inspectors found.": the finding before its finder, the verb ending the
            # sentence (its subject between the clause and the verb, nothing but an adverbial tail after it)
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.right_edge.i < subj.left_edge.i), None)
            if comp is not None and (not _ends_sentence(tok) or not any(
                    k.dep_ in ("nsubj", "nsubjpass", "expl") for k in comp.children)):
                comp = None
        if comp is None or not _finder(subj) or any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            return None  # "found it to be performing well" grades; "found that it performs well" reports
        return (subj, *_clause_span(comp), lemma)
    if lemma == "make":
        # "made clear that ...": the parser hangs "clear" on the verb or on the clause after it
        # ("made it clear that ..."; the clause may be parsed as an adverbial clause of "clear")
        k = tok.i + 2 if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "it" else tok.i + 1
        if k >= len(tok.doc) or tok.doc[k].lower_ != "clear":
            return None
        clear = tok.doc[k]
        comp = next((c for c in list(tok.children) + list(clear.children) if c.i > clear.i and (
            c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)))), None)
        if comp is None:
            return None
        words = [t for t in comp.subtree if t.i > clear.i and not t.is_space]
        if words and words[0].lower_ == "that":
            words = words[1:]
        while words and words[-1].is_punct:
            words.pop()
        if not words:
            return None
        return (subj, words[0].idx, words[-1].idx + len(words[-1].text), "make clear")
    if lemma in _PLEDGE_VERBS:
        # "vowed to tackle ...", "pledged in November to recruit ..." (an object makes it a pledge of money or a
        # thing: "pledged £5m to recruit" is no speech of its own)
        if any(c.dep_ in ("dobj", "dative") for c in tok.children):
            return None
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
        to = next((c for c in comp.children if c.dep_ == "aux" and c.lower_ == "to"), None) if comp is not None else None
        if to is None:
            return None
        _, end = _clause_span(comp)
        return (subj, to.idx, end, lemma)
    if lemma in ("question", "query"):
        # "has questioned whether the measures will be sufficient": the question raised, from its "whether"
        comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ in ("whether", "if")), None) \
            if comp is not None else None
        if mark is None:
            return None
        _, end = _clause_span(comp)
        return (subj, mark.idx, end, lemma)
    if lemma == "call" and subj.lower_ not in ("it", "this", "that", "which"):
        # "is calling for an independent review of ...", "calls on the Government to be bold ...": what is asked for
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i == tok.i + 1), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            return None
        last = max([prep.right_edge] + [c.right_edge for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > prep.i],
                   key=lambda t: t.i)
        words = [t for t in tok.doc[pobj.left_edge.i : last.i + 1] if not t.is_space]
        while words and words[-1].is_punct:
            words.pop()
        if not words:
            return None
        return (subj, words[0].idx, words[-1].idx + len(words[-1].text), "call for" if prep.lower_ == "for" else "call on")
    if lemma == "recommend" and (_speaks(subj) or _finder(subj)) and (subj.pos_ != "PRON" or subj.lower_ == "we"):
        # "the panel recommended that agents train ...", "the Committee recommends rebuilding on the site": the
        # recommendation is what was said (a plain noun object, "recommended 12 changes", is a count, not a report)
        comp = next((c for c in tok.children if c.i > tok.i and (
            (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")) or (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"))), None)
        if comp is None:
            return None
        return (subj, *_clause_span(comp), lemma)
    if lemma in _ACCOUNT_VERBS or (lemma == "set" and _with_out(tok)):
        # ("set out how the money will be spent": the phrasal verb gives an account as "outline" does)
        # "the testimony described how the agency works ...", "she outlined why the unit was set up", "refers to how
        # services have moved online": an account given, reported from its wh-word (``described its work`` is none)
        if lemma == "refer":
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1), None)
            kids = [c for c in prep.children if c.dep_ == "pcomp"] if prep is not None else []
        else:
            kids = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        comp = next((c for c in kids if c.pos_ in ("VERB", "AUX") and c.left_edge.lower_ in _WH_WORDS
                     and c.left_edge.i == min(t.i for t in c.subtree)
                     and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
        if comp is None or not _speaks(subj):
            return None
        return (subj, *_clause_span(comp), lemma)
    if lemma in _VOICE_VERBS:
        # "expressed concern that the service was marking its own homework", "voiced fears that the cuts would ...":
        # the clause the stance noun carries is what was said
        noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _STANCE_NOUNS), None)
        comp = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i and c.pos_ in ("VERB", "AUX")
                     and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                     and any(k.dep_ in ("nsubj", "nsubjpass", "expl") and k.lower_ not in ("that", "which") for k in c.children)),
                    None) if noun is not None else None
        if comp is None:
            return None
        return (subj, *_clause_span(comp), f"{lemma} {noun.lemma_.lower()}")
    if lemma in REPORT_VERBS and tok.dep_ == "advcl" and tok.head.i > tok.i \
            and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < subj.i for c in tok.children):
        # "As the Attorney General noted this morning, today's announcement comes as ...": the main clause
        # (from the comma that closes the "as" clause: "last week" may hang on the main verb)
        comma = next((t.i for t in tok.doc[tok.i + 1 : tok.head.i] if t.text == ","), tok.right_edge.i)
        words = [t for t in tok.head.subtree if t.i > max(comma, tok.right_edge.i) and not t.is_space]
        while words and words[0].is_punct:
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        if not words:
            return None
        return (subj, words[0].idx, words[-1].idx + len(words[-1].text), lemma)
    return None


#: Verbs that evidence can do as well as a speaker (``testing indicates that ...``, ``the data suggest ...``): speech
#: only when a speaker, a body or a document is the subject.
_EVIDENCE_VERBS = frozenset({"indicate", "suggest", "reveal", "highlight", "underline", "confirm"})
_SPEAKING_NOUNS = _FINDERS | frozenset({
    "report", "review", "inspection", "study", "bulletin", "audit", "evaluation", "assessment", "analysis", "survey",
    "findings", "release", "document", "statement", "testimony", "letter", "spokesman", "spokeswoman", "spokesperson",
    "official", "officials", "minister", "government", "department", "agency", "office", "force", "police", "service",
    "council", "authority", "chief", "director", "secretary", "commissioner", "officer", "officers", "prosecutor",
    "prosecutors", "investigator", "investigators", "detective", "detectives", "spokespeople", "source", "sources"})
#: Verbs that report speech only with ``that`` (``wrote that ...``, ``replied that ...``; ``wrote a letter`` is none).
_FORECAST_VERBS = frozenset({"forecast", "project"})
_THAT_VERBS = frozenset({"write", "reply", "respond", "answer", "recall", "forecast", "project", "report", "advise"})
#: ``expressed concern that ...``: verbs that voice a stance, and the stance nouns whose ``that``-clause was said.
_VOICE_VERBS = frozenset({"express", "voice", "raise", "share"})
_STANCE_NOUNS = frozenset({"concern", "fear", "hope", "view", "belief", "confidence", "doubt", "worry", "frustration",
                           "disappointment", "optimism", "regret", "anger", "alarm", "expectation"})
#: Verbs that give an account whose ``how``/``why`` clause is what was said (``described how ...``, ``refers to how ...``).
_ACCOUNT_VERBS = frozenset({"describe", "outline", "detail", "refer"})
_WH_WORDS = frozenset({"how", "why"})


def _with_out(verb: Token) -> bool:
    """The verb has the particle ``out``: ``pointed out``, ``set out``."""
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _speaks(subj: Token) -> bool:
    """A subject that can give an account: a person, a body or a document, not a thing (``the data describe``)."""
    return subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.pos_ in ("PROPN", "PRON") \
        or subj.lemma_.lower() in _SPEAKING_NOUNS or subj.lemma_.lower() in _FINDERS


#: Lemmas that open a reported-speech frame: a speech verb, a finding, "made clear", a pledge, "call for/on",
#: a voiced stance.
_FRAME_LEMMAS = REPORT_VERBS | _NOUN_FINDING_VERBS | _PLEDGE_VERBS | _VOICE_VERBS | _THAT_VERBS | _ACCOUNT_VERBS | \
    {"make", "call", "point", "set", "recommend", "question", "query"}


def find_reported(doc: Doc, *, direct: list[tuple[int, int]] | None = None) -> Iterator[QuoteFact]:
    """Reported speech: ``X said (that) ...``, ``X told the committee that ...``, ``according to X, ...``."""
    direct = direct or []
    text = doc_text(doc)
    sents = Sentences.for_doc(doc)

    def inside_direct(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in direct)

    wl = doc_words(doc)
    for k, lemma in enumerate(wl.lemma_lower):
        if lemma not in _FRAME_LEMMAS and wl.lower[k] != "according":
            continue  # (no branch below, nor _other_frame, reads any other word)
        tok = wl.tokens[k]
        other = _other_frame(tok) if not inside_direct(tok.idx, tok.idx + 1) else None
        if other is not None:
            subj, start, end, cue = other
            if len(text[start:end].split()) >= 3 and not inside_direct(start, end):
                # "Inspectors returning to the prison found ...": the finder is the subject's head, not its clause
                speaker = Span(subj.idx, subj.idx + len(subj.text)) if subj.lemma_.lower() in _FINDERS else _phrase(subj)
                yield QuoteFact(Span(start, end), speaker, cue, False, Span(*sents.of(tok.i)))
            continue
        # "pointed out that ...": the phrasal verb reports, with its complementiser ("pointed to" does not)
        pointed_out = lemma == "point" and _with_out(tok)
        if (lemma in REPORT_VERBS or lemma in _THAT_VERBS or pointed_out) and tok.pos_ in ("VERB", "AUX"):
            if inside_direct(tok.idx, tok.idx + 1):
                continue
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None) or _misattached_clause(tok) \
                or _clause_taken_for_object(tok)
            if (lemma in _THAT_VERBS or pointed_out) and (comp is None or comp.i < tok.i or not any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)) and not (
                    lemma in _FORECAST_VERBS and comp is not None and comp.i > tok.i
                    and any(c.dep_ == "nsubj" for c in comp.children) and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in comp.children)):
                continue  # "wrote that ...", "replied that ...": only with the complementiser (a forecast of what
                # will happen needs none: "the Ministry forecasts the backlog will still be 50,000")
            trailing = trailing_clause(tok) if comp is None else None
            inverted = _inverted_attribution(tok) if comp is None and trailing is None else None
            if inverted is not None:
                trailing = inverted[0], inverted[1]
            if trailing is not None:
                comp = trailing[0]
            if comp is None:
                continue
            if lemma == "announce" and comp.i > tok.i and _announces_an_act(comp) and not any(c.lower_ == "that" and c.i < comp.i and (c.dep_ == "mark" or c.i < min((k.i for k in comp.children if k.dep_ in ("nsubj", "nsubjpass")), default=-1)) for c in comp.children):
                continue  # "announced he is allocating £51m" announces an act; "announced (that) it has charged 20" reports
            if lemma == "announce" and comp.i > tok.i and (
                    not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children)
                    or any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)):
                continue  # "announced an award totaling $4.5 million to be divided ...": a thing announced, no report
            subj = _subject(tok)
            if subj is None and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and comp.i > tok.i \
                    and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
                # "The FTC described its work, noting that ...", "she said, adding that ...": the participle's
                # speaker is the subject of the verb it hangs on
                subj = _subject(tok.head)
                if subj is not None and subj.i > tok.i:
                    subj = None
            if subj is None and comp.i < tok.i:
                # "..., announced U.S. Attorney Dana Whitfield": the parser may take an inverted subject for an object
                subj = next((c for c in tok.rights if c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ == "PROPN"), None)
            if subj is None:
                continue
            if lemma in _EVIDENCE_VERBS and subj.pos_ in ("NOUN", "VERB") and not subj.ent_type_ \
                    and subj.lemma_.lower() not in _SPEAKING_NOUNS:
                continue  # "DEA laboratory testing indicates 29% of pills ...": data indicate, nobody speaks
            if comp.i < tok.i and subj.i < tok.i and not _ends_sentence(tok):
                continue  # "X, he said, Y" parsed oddly: leave it ("X, the minister said today." is fine)
            speaker = _phrase(subj)
            if subj.i < tok.i:
                speaker = _list_before(doc, speaker)
            if subj.i > tok.i and comp.i < tok.i:
                # "..., announced U.S. Attorney A, Special Agent in Charge B and Chief C": every name after the verb
                speaker = _speaker_list(tok) or speaker
            start, end = _clause_span(comp)
            if trailing is not None:  # the clause stops at the comma before the speaker
                start, end = comp.left_edge.idx, doc[trailing[1]].idx
            dash = _DATELINE_DASH.match(text, start, min(end, start + 60))
            if dash is not None:
                start = dash.end()  # "TOLEDO, Ohio – Two men were sentenced ...": the dateline is not what was said
            obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < comp.i), None)
            if obj is not None and lemma not in _ADDRESSEE_VERBS and obj.left_edge.idx < start:
                start = obj.left_edge.idx  # "said its consultation ... is": the parser split the clause
            if inside_direct(start, end) or len(text[start:end].split()) < 3:
                continue
            if not any(t.pos_ in ("VERB", "AUX") for t in comp.subtree):
                continue
            yield QuoteFact(Span(start, end), speaker, lemma, False, Span(*sents.of(tok.i)))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is None or inside_direct(tok.idx, tok.idx + 1):
                continue
            s0, s1 = sents.of(tok.i)
            sent = doc.char_span(s0, s1, alignment_mode="expand")
            clause = tok.head
            while clause.dep_ in ("prep", "pobj", "advmod", "npadvmod") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ in ("relcl", "acl") and clause.pos_ in ("VERB", "AUX"):
                # "fentanyl, which claimed 50,000 lives last year according to the CDC": what the source said is the
                # relative clause it sits in, not the sentence around it
                sent = list(clause.subtree)
            phrase = set(t.i for t in tok.subtree) | {t.i for t in obj.subtree} | {tok.i, to.i}
            words = [t for t in sent if t.i not in phrase and not t.is_space]
            while words and words[0].is_punct:
                words.pop(0)
            while words and words[-1].is_punct:
                words.pop()
            if len(words) < 3:
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            if inside_direct(start, end):
                continue
            yield QuoteFact(Span(start, end), _phrase(obj), "according to", False, Span(s0, s1))


def find_quotes(doc: Doc, *, warnings: list[str] | None = None, doc_id: str = "") -> list[QuoteFact]:
    """All direct and reported speech in ``doc``, in text order."""
    raws = quote_spans(doc_text(doc), warnings=warnings, doc_id=doc_id)
    marked = [(r.open_at, r.close_at + 1) for r in raws]  # before find_direct joins continued quotations
    direct = list(find_direct(doc, warnings=warnings, doc_id=doc_id, raws=raws))
    direct += list(find_unmarked(doc, marked=marked))
    direct += list(find_authored(doc, marked=marked, taken=[(q.quote.start, q.quote.end) for q in direct]))
    spans = [(q.sentence.start, q.sentence.end) for q in direct]
    reported = list(find_reported(doc, direct=spans))
    return sorted(direct + reported, key=lambda q: q.quote.start)
