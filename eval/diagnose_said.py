#!/usr/bin/env python3
"""Classes of SAID failure on a split, as counts only.

    python eval/diagnose_said.py --split dev                 # counts per failure class
    python eval/diagnose_said.py --split train --examples 3  # and up to 3 texts per class (train only)

The scorer (``score.py``, found as ``score_splits.py`` finds it) matches a predicted quotation to a gold one when
the speakers are the same entity and the gold quote's first five normalised words occur in the predicted quote.
This script builds each document of the split with one pipeline (as ``score_splits.py --fast`` does), matches the
quotations the same way, and sorts every failure into a class that says what kind of rule would fix it:

* a gold quotation missed although kg has its words under **another speaker** (an unresolved speaker phrase, or
  another entity of the story);
* a gold quotation missed although kg has a quotation of the **same speaker over the same words** that starts late
  or stops early;
* a gold quotation kg has **nowhere**: counted by whether it is direct or reported, by the lemma of the verb or
  noun that governs its first word in the parse (the cue a rule would read), and by how the speaker is named in
  the sentence (by name, title, pronoun, or not at all);
* a predicted quotation that matches nothing: its words under another gold speaker, a **second entry** of a
  speaker's quotation gold has once, or speech that gold does **not count** (by cue and direct).

Dev and test are read by their totals only, so for them the script prints counts and never a document's text;
``--examples`` is refused there, and the test split is refused outright.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import score_splits  # noqa: E402


def _said_links(graph: dict) -> list[dict]:
    return [link for link in graph.get("links", []) if str(link.get("type") or "").upper() == "SAID"]


def _quote_start(parsed, text: str, quote: str):
    """The tokens of the quote's first 40 characters in the parse, or why there are none (``no parse``, ``words
    not in text``)."""
    if parsed is None:
        return "no parse"
    at = text.find(quote[:40])
    if at < 0:
        return "words not in text"
    span = parsed.char_span(at, at + min(len(quote), 40), alignment_mode="expand")
    if span is None or not len(span):
        return "words not in text"
    return span


def governing_cue(parsed, text: str, quote: str) -> str:
    """The lemma of the first verb or noun above the quote's first word in the parse (outside the quote), with
    its dependency: the frame a rule would have to read. ``no parse`` when the words are not found."""
    span = _quote_start(parsed, text, quote)
    if isinstance(span, str):
        return span
    inside = set(range(span.start, span.end))
    tok = span[0]
    for _ in range(8):
        if tok.head.i == tok.i:
            return f"root of its sentence ({tok.pos_})"
        tok = tok.head
        if tok.i not in inside and tok.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "ADP"):
            return f"{tok.lemma_.lower()} ({tok.pos_}/{tok.dep_}) {frame(tok, span[0])}"
    return "deep"


def frame(verb, first) -> str:
    """The shape of the frame around a cue, in parse classes only (no words of the document): the class of the
    cue's subject, the dependency of the child that holds the quote's first word, and whether ``that`` opens it."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        who = "no subject"
    elif subj.ent_type_:
        who = f"subject {subj.ent_type_}"
    elif subj.pos_ == "PRON":
        who = "subject pronoun"
    else:
        from kg.extract.quotes import _FINDERS, _SPEAKING_NOUNS

        known = "a finder noun" if subj.lemma_.lower() in _FINDERS else \
            "a speaking noun" if subj.lemma_.lower() in _SPEAKING_NOUNS else "another noun"
        who = f"subject {subj.pos_}{' plural' if subj.tag_ in ('NNS', 'NNPS') else ''} ({known})"
    child = first
    while child.head.i != verb.i and child.head.i != child.i:
        child = child.head
    held = child.dep_ if child.head.i == verb.i else "?"
    that = any(c.lower_ == "that" and c.dep_ == "mark" for c in child.children) or first.lower_ == "that" \
        or (first.i > 0 and first.doc[first.i - 1].lower_ == "that")
    return f"[{who}; quote in {held}{'; that' if that else ''}]"


def why_not_found(parsed, text: str, quote: str, first: str, sc) -> str:
    """Why the quotation rules give nothing with the gold quote's first words: a quotation over other words of the
    same place (its start before or after the gold start), reported speech dropped for lying in a direct quotation's
    attribution, or nothing there at all."""
    from kg.extract.quotes import find_quotes, find_reported

    at = text.find(quote[:40])
    if at < 0:
        return "words not in text"
    end = at + len(quote)
    for q in find_quotes(parsed):
        if q.quote.start < end and at < q.quote.end:
            return "a quotation over these words starts " + ("late" if q.quote.start > at else "early") \
                + f" (cue {q.cue}, {'direct' if q.direct else 'reported'})"
    if any(first in sc.norm(text[q.quote.start : q.quote.end]) for q in find_reported(parsed)):
        return "reported speech dropped inside a direct quotation's sentence"
    return "no rule fires" + finding_check(parsed, at)


def finding_check(parsed, at: int) -> str:
    """For a quote governed by a finding verb: the first check of the finding frame that refuses it."""
    from kg.extract.quotes import FINDING_VERBS, _finder, _subject

    span = parsed.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return ""
    verb = next((t for t in span[0].ancestors if t.lemma_.lower() in FINDING_VERBS), None)
    if verb is None:
        return ""
    subj = _subject(verb)
    if verb.pos_ not in ("VERB", "AUX"):
        return f" (finding verb tagged {verb.pos_})"
    if subj is None:
        return " (finding verb without subject)"
    if subj.i > verb.i:
        return " (finding verb's subject after it)"
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if comp is None:
        return " (no ccomp child after the finding verb)"
    if not _finder(subj):
        return f" (subject not a finder: {subj.pos_} {subj.ent_type_ or '-'} {subj.dep_})"
    return " (finding frame passes)"


REVIEW_MARKS = ("Inspectorate", "Inspector", "Audit", "Commission", "Ombudsman", "Committee", "Court", "Panel", "Board")


def gold_speaker_class(gold_doc: dict, speaker: str, text: str) -> str:
    """What the gold speaker is, in classes: its type, whether its name marks a reviewing body, and whether it is
    the organisation the story names first (the publisher)."""
    ent = next((e for e in gold_doc.get("entities", []) if e["name"] == speaker), None)
    if ent is None:
        return "not a gold entity"
    first = {}
    for e in gold_doc.get("entities", []):
        if e["type"] == "Organisation":
            at = [text.find(f) for f in [e["name"], *e.get("aliases", [])] if f and text.find(f) >= 0]
            if at:
                first[e["name"]] = min(at)
    publisher = min(first, key=first.get) if first else None
    return f"{ent['type']}{', reviewing body' if any(k in ent['name'] for k in REVIEW_MARKS) else ''}" \
        f"{', first organisation named' if speaker == publisher else ''}"


def reviewer_rank(graph: dict, doc, speaker: str, at: int, text: str) -> str:
    """Where the gold speaker stands among the reviewing bodies kg found in the story (organisations whose names
    mark a reviewer), by their last mention before the speaker phrase: nearest before, further before, only after,
    or not among them."""
    from kg.extract import _REVIEW_BODIES

    cands = []
    for nid, n in doc.nodes.items():
        name = str(n.get("name") or "")
        if str(n.get("type")) != "Organisation" or not any(k in name for k in _REVIEW_BODIES):
            continue
        forms = [name, *(n.get("aliases") or [])]
        spots = [m.start() for f in forms if f for m in __import__("re").finditer(__import__("re").escape(f), text)]
        before = [p for p in spots if p < at]
        cands.append((max(before) if before else None, min(spots) if spots else None, doc.node_to_gold.get(nid)))
    gold = [c for c in cands if c[2] == speaker]
    if not gold:
        return f"not among them ({len(cands)} reviewing bodies)"
    befores = sorted((c for c in cands if c[0] is not None), key=lambda c: -c[0])
    if gold[0][0] is None:
        return f"only after the phrase ({len(cands)} reviewing bodies)"
    k = [c[2] for c in befores].index(speaker)
    return f"{'nearest' if k == 0 else f'{k + 1}th nearest'} before ({len(cands)} reviewing bodies)"


def speaker_class(parsed, span) -> str:
    """A speaker phrase kg could not resolve, in parse classes: its head's entity type, tag and case."""
    words = parsed.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not len(words):
        return "no words"
    root = words.root
    case = "all capitals" if root.text.isupper() else "capitalised" if root.text[:1].isupper() else "lower case"
    from kg.extract.quotes import _FINDERS
    from kg.resolve import DOCUMENT_NOUNS

    kind = " (document noun)" if root.lemma_.lower() in DOCUMENT_NOUNS else " (finder noun)" if root.lemma_.lower() in _FINDERS else ""
    det = next((c.lower_ for c in root.children if c.dep_ in ("det", "poss")), "no")
    det = det if det in ("the", "this", "its", "our", "their", "a", "an", "no", "his", "her") else "other"
    return f"head {root.ent_type_ or '-'} {root.tag_} {case}{kind}, {det} determiner, {len(words)} words"


def speaker_shape(parsed, text: str, quote: str, names: list[str]) -> str:
    """How the gold speaker is named in the quotation's sentence (or the one before)."""
    span = _quote_start(parsed, text, quote)
    if isinstance(span, str):
        return span
    sent = span[0].sent
    prev = parsed[sent.start - 1].sent if sent.start > 0 else sent
    window = text[prev.start_char : sent.end_char].lower()
    if any(n and n.lower() in text[sent.start_char : sent.end_char].lower() for n in names):
        return "named in its sentence"
    if any(n and n.lower() in window for n in names):
        return "named in the sentence before"
    pronouns = {"he", "she", "they", "we", "it"}
    if any(t.lower_ in pronouns and t.dep_ in ("nsubj", "nsubjpass") for t in sent):
        return "pronoun subject in its sentence"
    return "not named nearby"


def diagnose(sc, gold_doc: dict, graph: dict, out: dict[str, Counter], examples: dict[str, list], parsed=None) -> None:
    doc = sc.Doc(gold_doc, graph)
    text = gold_doc["text"]
    gold = [(doc.gold_of(r["speaker"]), " ".join(sc.norm(r["quote"]).split()[:5]), r) for r in gold_doc.get("said", [])]
    nodes = doc.nodes
    pred = []
    for link in _said_links(graph):
        s, t = str(link.get("source")), str(link.get("target"))
        quote = link.get("quote") or (nodes.get(t) or {}).get("text") or ""
        pred.append((doc.node_to_gold.get(s, "?" + s), sc.norm(quote), link, quote))
    used, matched = set(), set()
    for k, p in enumerate(pred):  # the scorer's matching: the first unused gold of that speaker in the quote
        hit = next((i for i, g in enumerate(gold) if i not in used and p[0] == g[0] and g[1] and g[1] in p[1]), None)
        if hit is not None:
            used.add(hit)
            matched.add(k)
    out["totals"]["gold"] += len(gold)
    out["totals"]["predicted"] += len(pred)
    out["totals"]["matched"] += len(used)
    aliases = {e["name"]: [e["name"], *e.get("aliases", [])] for e in gold_doc.get("entities", [])}
    for i, (speaker, first, row) in enumerate(gold):
        if i in used:
            continue
        kind = "direct" if row.get("direct") else "reported"
        elsewhere = [p for p in pred if first and first in p[1]]
        same = [p for p in pred if p[0] == speaker]
        words = set(first.split())
        if elsewhere:
            who = elsewhere[0][0]
            cls = f"{kind}: words under another speaker ({'unresolved' if who.startswith('?') else 'another entity'})"
            link = elsewhere[0][2]
            pnode = nodes.get(str(link.get("source"))) or {}
            pname = str(pnode.get("name") or "")
            out["under another speaker: gold / kg"][
                f"{gold_speaker_class(gold_doc, speaker, text)} / {pnode.get('type')}"
                f"{', reviewing body' if any(k in pname for k in REVIEW_MARKS) else ''} (cue {link.get('cue')})"] += 1
            if parsed is not None:
                from kg.extract.quotes import find_quotes

                facts = [q for q in find_quotes(parsed) if first in sc.norm(text[q.quote.start : q.quote.end])]
                if facts:
                    out["under another speaker: the speaker phrase"][speaker_class(parsed, facts[0].speaker)] += 1
                    out["under another speaker: the gold body among the story's reviewing bodies"][
                        reviewer_rank(graph, doc, speaker, facts[0].speaker.start, text)] += 1
        elif any(len(words & set(p[1].split()[:12])) >= 3 or (p[1] and p[1][:25] in sc.norm(row["quote"])) for p in same):
            cls = f"{kind}: same speaker, quote starts late or stops early"
        else:
            cls = f"{kind}: nowhere"
            if parsed is not None:
                from kg.extract.quotes import find_quotes

                facts = [q for q in find_quotes(parsed) if first in sc.norm(text[q.quote.start : q.quote.end])]
                if facts:
                    cls = f"{kind}: found, but its speaker phrase names no Person or Organisation"
                    out["speaker phrase not resolved"][speaker_class(parsed, facts[0].speaker)] += 1
                    out["speaker phrase not resolved, gold speaker"][gold_speaker_class(gold_doc, speaker, text)] += 1
                else:
                    cls = f"{kind}: nowhere, " + why_not_found(parsed, text, row["quote"], first, sc)
            cue = governing_cue(parsed, text, row["quote"])
            out[f"{kind} nowhere, governed by"][cue] += 1
            shape = speaker_shape(parsed, text, row["quote"], aliases.get(speaker, [speaker]))
            out[f"{kind} nowhere, speaker"][shape] += 1
            examples.setdefault(cue, []).append(f"{speaker!r}: {row['quote']!r}")
            examples.setdefault(shape, []).append(f"{speaker!r}: {row['quote']!r}")
        out["missed"][cls] += 1
        examples.setdefault(cls, []).append(f"{speaker!r}: {row['quote']!r}")
    for k, (speaker, q, link, raw) in enumerate(pred):
        if k in matched:
            continue
        kind = "direct" if link.get("direct") else "reported"
        cue = str(link.get("cue") or "?")
        if any(g[1] and g[1] in q for g in gold):
            cls = f"{kind}: gold has the words under another speaker"
        elif any(g[0] == speaker and (len(set(g[1].split()) & set(q.split()[:12])) >= 3) for g in gold):
            cls = f"{kind}: overlaps a quotation of this speaker in gold"
        else:
            cls = f"{kind}: not in gold ({'unresolved speaker' if speaker.startswith('?') else 'cue ' + cue})"
        out["extra"][cls] += 1
        examples.setdefault(cls, []).append(f"{speaker!r}: {raw[:120]!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="dev")
    ap.add_argument("--examples", type=int, default=0, help="texts per class (train split only)")
    args = ap.parse_args(argv)
    if args.examples and args.split != "train":
        ap.error("--examples is for the train split only: dev is read by its totals")
    sc = score_splits.load_module("kg_reference_score", score_splits.reference_scorer())
    docs = score_splits.assemble([args.split])[args.split]
    out: dict[str, Counter] = {k: Counter() for k in ("totals", "missed", "direct nowhere, governed by",
                                                     "reported nowhere, governed by", "direct nowhere, speaker",
                                                     "reported nowhere, speaker", "speaker phrase not resolved",
                                                     "speaker phrase not resolved, gold speaker",
                                                     "under another speaker: gold / kg",
                                                     "under another speaker: the speaker phrase",
                                                     "under another speaker: the gold body among the story's reviewing bodies",
                                                     "extra")}
    examples: dict[str, list] = {}
    for doc, graph, _built in score_splits.built_graphs(docs):
        parsed = score_splits._NLP[0](doc["text"])
        diagnose(sc, doc, graph, out, examples, parsed)
    score_splits.print_sections(args.split, len(docs), out, examples, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
