#!/usr/bin/env python3
"""Classes of Statistic failure on a split, as counts only.

    python eval/diagnose_statistics.py --split dev            # counts per failure class
    python eval/diagnose_statistics.py --split train --examples 5   # and up to 5 texts per class (train only)

The scorer (``score.py``, found as ``score_splits.py`` finds it) matches a predicted figure to a gold one on the
value and one shared content word of the measure. This script builds each document of the split with one
pipeline (as ``score_splits.py --fast`` does), matches the figures the same way, and sorts every failure into a
class that says what kind of rule would fix it:

* a gold figure that was missed although a predicted figure has its value: the **measure** is wrong (counted
  by the predicted measure's shape: empty of content words, only a unit or container word, other words);
* a gold figure whose value kg never gives: the number was **not read** as a figure (counted by the shape of the
  gold span: percentage, money, number words, share words, multipliers, durations, ranges, parenthesised
  figures, qualified figures, plain counts);
* for a measure-wrong miss, where the gold measure's words stand (an ancestor of the number, an earlier sentence,
  ...) and the parse frame of the figure kg read (a counted noun or a bare number, its dependency, and for a
  preposition's object the preposition and the class of its governor: change noun, container noun, comparison);
* the figures of a headline line whose value the body gives again, by the line's case (title or sentence) and how
  often the gold gives that value (run with headline repeats kept to see whether the annotators count them twice);
* a predicted figure that matches no gold figure and whose value no gold figure has: a **spurious** figure
  (counted by unit, and whether the value is a small number word, or the measure is a bare unit).

Dev and test are read by their totals only, so for them the script prints counts and never a document's text;
``--examples`` is refused there, and the test split is refused outright.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import score_splits  # noqa: E402

#: words that name a unit or a container rather than the thing a figure counts
UNIT_WORDS = {"percent", "per", "cent", "pound", "dollar", "million", "billion", "thousand", "number", "total",
              "figure", "amount", "level", "rate", "proportion", "share", "sum", "one", "two", "three", "m", "bn",
              "k", "time", "times", "cases", "case", "people"}
_NUM_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|" \
             r"sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands)"
SHAPES = [  # (class, pattern over the gold span, lower-cased): the first that matches names the class
    ("share word (half, a third, one in)", re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|"
                                                      r"tenth|tenths|one in|\d+ in \d+|\d+ out of)\b")),
    ("multiplier (times, twice, doubled)", re.compile(r"\b(?:times|twice|double|doubled|tripled|treble|trebled|"
                                                       r"fold)\b|-fold")),
    ("frequency (every N minutes)", re.compile(r"\bevery\b|\ban hour\b|\ba (?:day|week|month)\b")),
    ("percentage", re.compile(r"%|\bper ?cent\b|\bpercent\b|\bpercentage\b")),
    ("money", re.compile(r"[£$€]|\b(?:pounds?|dollars?|usd|gbp)\b")),
    ("duration", re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b")),
    ("range (N-M, between)", re.compile(r"\d\s*[-–]\s*\d|\bbetween\b|\d+ to \d+")),
    ("parenthesised (N)", re.compile(r"\(\s*[\d,.]+%?\s*\)")),
    ("number words only", re.compile(rf"^(?!.*\d).*\b{_NUM_WORDS}\b")),
    ("qualified (more than, nearly)", re.compile(r"\b(?:more than|over|nearly|almost|around|about|up to|"
                                                 r"at least|fewer than|less than|under|some|approximately)\b")),
    ("change (N more, a rise of)", re.compile(r"\b(?:more|fewer|less|rise|increase|fall|drop|up|down)\b")),
    ("plain count", re.compile(r"\d")),
]


def shape(text: str) -> str:
    low = (text or "").lower()
    return next((name for name, pat in SHAPES if pat.search(low)), "other")


def measure_shape(sc, node: dict) -> str:
    words = sc.content_words(node.get("measure"))
    if not node.get("measure"):
        return "no measure"
    if not words:
        return "measure of stop words only"
    if words <= UNIT_WORDS:
        return "measure of unit/container words only"
    return "measure of other words"


def why_unread(doc, text: str, value: float) -> str:
    """Why kg gives no figure of ``value`` for the gold span ``text``: read with no measure (dropped), or the
    number was rejected; then the parse class of its first number token (entity type, dependency, next word's
    kind), which names the rule that dropped it without showing the document."""
    from kg.extract.statistics import _is_num, find_statistics

    from kg.extract.statistics import _head_of

    loose = [f for f in find_statistics(doc, require_measure=False)
             if abs(f.value - value) <= 1e-6 * max(1.0, abs(value))]
    if any(f.measure is not None for f in loose):
        return "read with a measure, dropped later"
    if loose:
        f = loose[0]
        span = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
        head = _head_of(doc, span.start, span.end) if span is not None else None
        if head is None:
            return f"read, no measure: {f.unit}"
        gov = head.head
        return f"read, no measure: {f.unit} dep={head.dep_} gov={gov.pos_}/{gov.dep_}" + \
            (f" ({gov.head.pos_}/{gov.head.dep_})" if gov.pos_ == "ADP" else "")
    at = doc.text.find(text)
    if at < 0:
        return "span not in the cleaned text"
    span = doc.char_span(at, at + len(text), alignment_mode="expand")
    nums = [t for t in span if _is_num(t)] if span is not None else []
    if not nums:
        return "no number token"
    t = nums[-1]
    nxt = t.nbor(1) if t.i + 1 < len(doc) else None
    nxt_kind = "time unit" if nxt is not None and nxt.lower_.rstrip("s") in {"year", "month", "week", "day", "hour",
                                                                            "minute"} else \
        (nxt.pos_ if nxt is not None else "end")
    if nxt_kind == "time unit":  # which frame the time stands in: its dependency, a preposition word, the governor
        up = nxt.head if t.head.i == nxt.i else t.head
        prep = up.head.lower_ if up.dep_ == "pobj" else up.head.pos_
        return f"rejected time: unit dep={up.dep_} under {prep} ({up.head.head.pos_}/{up.head.head.dep_})"
    return f"rejected: ent={t.ent_type_ or '-'} dep={t.dep_} next={nxt_kind}"


def where_gold_words(sc, doc, name: str, gold_measure: str) -> str:
    """Where the gold measure's content words stand relative to the figure kg read (``name``), as a parse relation:
    an ancestor of the number, a child of one, the clause subject, elsewhere in the sentence (by dependency), in
    an earlier sentence, or nowhere. Names the rule that would have found them, without showing the text."""
    from kg.extract.statistics import _head_of

    at = doc.text.find(name or "\0")
    span = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return "figure not found"
    head = _head_of(doc, span.start, span.end)
    words = sc.content_words(gold_measure)
    hits = [t for t in head.sent if t.i not in range(span.start, span.end) and sc.content_words(t.text) & words]
    if not hits:
        prev = doc[max(0, head.sent.start - 80):head.sent.start]
        return "in an earlier sentence" if any(sc.content_words(t.text) & words for t in prev) else "nowhere near"
    ancestors = list(head.ancestors)
    best = min(hits, key=lambda t: abs(t.i - head.i))
    if best in ancestors:
        return f"ancestor ({best.dep_}, {ancestors.index(best) + 1} up)"
    if best.head in ancestors or best.head == head:
        return f"child of an ancestor ({best.dep_} of {best.head.dep_})"
    return f"elsewhere in the sentence ({best.dep_}, {'after' if best.i > head.i else 'before'})"


def figure_frame(doc, name: str) -> str:
    """The parse frame of the figure kg read: the head of its span (a noun the number counts, or the number
    alone), that head's dependency and its governor's part of speech; names the frame without the text."""
    from kg.extract.statistics import _head_of

    at = doc.text.find(name or "\0")
    span = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return "figure not found"
    head = _head_of(doc, span.start, span.end)
    kind = "noun head" if head.pos_ in {"NOUN", "PROPN"} else "bare number"
    prep = f" '{head.head.lower_}'" if head.head.pos_ == "ADP" else ""  # a function word, never document content
    if head.head.pos_ == "ADP" and head.head.lower_ == "with":  # the tags around "with N", never the words
        w = head.head.i
        around = " ".join(t.tag_ for t in doc[max(head.sent.start, w - 3):w]) + " [with] " + \
            " ".join(t.tag_ for t in doc[w + 1:min(head.sent.end, span.end + 3)])
        prep += f" <{around}>"
    if head.head.pos_ == "ADP":  # classes of the governor and of the next word, never their text
        from kg.extract.statistics import _change_word, _lists

        g = head.head.head
        g_class = "compare" if g.lemma_.lower() in {"compare", "comparison"} else \
            "change noun" if _change_word(g.lemma_.lower()) else \
            "container noun" if g.lemma_.lower() in _lists()["container_nouns"] else g.pos_.lower()
        nxt = doc[span.end] if span.end < len(doc) else None
        prep += f" under {g_class}, next {nxt.tag_ if nxt is not None else 'end'}"
    others = sum(1 for t in head.sent if t.like_num and t.i not in range(span.start, span.end))
    return f"{kind}: {head.dep_} of {head.head.pos_}{prep}" + (f" ({head.head.head.pos_}/{head.head.dep_})"
                                                         if head.head.pos_ == "ADP" else "") + \
        (", other numbers in the sentence" if others else ", the sentence's only number")


def diagnose(sc, gold_doc: dict, graph: dict, out: dict[str, Counter], examples: dict[str, list],
             parsed=None, text: str | None = None) -> None:
    gold = [g for g in gold_doc.get("statistics", [])]
    preds = [n for n in graph.get("nodes", []) if sc.canon_type(n.get("type")) == "Statistic"]
    used, matched = set(), set()
    for k, n in enumerate(preds):  # the scorer's matching: first gold of equal value sharing a content word
        pv = sc.as_number(n.get("value"))
        pwords = sc.content_words(" ".join(str(n.get(x) or "") for x in ("measure", "name", "text", "label")))
        for i, g in enumerate(gold):
            gv = sc.as_number(g.get("value"))
            if i in used or pv is None or gv is None:
                continue
            if abs(pv - gv) <= 1e-6 * max(1.0, abs(gv)) and sc.content_words(g.get("measure")) & pwords:
                used.add(i)
                matched.add(k)
                break

    def same(a, b):
        return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))

    extra = [preds[k] for k in range(len(preds)) if k not in matched]
    for i, g in enumerate(gold):
        if i in used:
            out["totals"]["gold matched"] += 1
            continue
        gv = sc.as_number(g.get("value"))
        twin = next((n for n in extra if same(sc.as_number(n.get("value")), gv)), None)
        if twin is not None:
            again = sum(1 for n in preds if n is not twin and same(sc.as_number(n.get("value")), gv))
            cls = f"measure wrong: {measure_shape(sc, twin)}" + (f" (value read {again + 1}x)" if again else "")
            out["missed"][cls] += 1
            out["measure-wrong gold unit"][str(g.get("unit"))] += 1
            if parsed is not None:
                where = where_gold_words(sc, parsed, str(twin.get("name") or ""), g.get("measure") or "")
                out["measure wrong, gold words at"][where] += 1
                frame = figure_frame(parsed, str(twin.get("name") or ""))
                out["measure wrong, figure's frame"][frame] += 1
                out["measure wrong, frame x gold words"][f"{frame.split(':')[0]} {str(g.get('unit'))}: {where}"] += 1
                if where == "in an earlier sentence":
                    out["measure wrong, gold words earlier: frame"][frame] += 1
                examples.setdefault(frame, []).append(f"gold {g.get('text')!r} [{g.get('measure')}] ~ "
                                                      f"kg [{twin.get('measure')}]")
                examples.setdefault(where, []).append(f"gold {g.get('text')!r} [{g.get('measure')}] ~ "
                                                      f"kg [{twin.get('measure')}]")
            examples.setdefault(cls, []).append(f"gold {g.get('text')!r} [{g.get('measure')}] ~ "
                                                f"kg {twin.get('name')!r} [{twin.get('measure')}]")
        elif any(same(sc.as_number(n.get("value")), gv) for n in preds):
            same_sent = sum(1 for h in gold if same(sc.as_number(h.get("value")), gv))
            cls = f"value given once, gold has it {same_sent}x" + \
                (" (headline repeat)" if any(n.get("name") == g.get("text") for n in preds) else "")
            out["missed"][cls] += 1
            examples.setdefault(cls, []).append(f"gold {g.get('text')!r} [{g.get('measure')}]")
        else:
            cls = f"not read: {shape(g.get('text'))}"
            out["missed"][cls] += 1
            if parsed is not None:
                why = why_unread(parsed, g.get("text") or "", gv or 0.0)
                out["not read, why"][why] += 1
                examples.setdefault(why, []).append(f"gold {g.get('text')!r} [{g.get('measure')}]")
            examples.setdefault(cls, []).append(f"gold {g.get('text')!r} [{g.get('measure')}] value={gv}")
    if text is not None:  # figures of a headline line whose value the body gives again: kept or merged?
        from kg.extract.statistics import _headline_lines

        lines = [text[a:b] for a, b in _headline_lines(text)]
        for k, n in enumerate(preds):
            name = str(n.get("name") or "")
            line = next((ln for ln in lines if name and name in ln), None)
            if line is None:
                continue
            pv = sc.as_number(n.get("value"))
            again = sum(1 for m in preds if m is not n and same(sc.as_number(m.get("value")), pv))
            if not again:
                continue
            words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
            title = "title-case line" if words and sum(w[0].isupper() for w in words) >= 0.8 * len(words) \
                else "sentence-case line"
            gold_twice = sum(1 for g in gold if same(sc.as_number(g.get("value")), pv))
            cls = f"{title}, body repeats it; gold has the value {min(gold_twice, 2)}{'+' if gold_twice > 1 else ''}x"
            out["headline figures"][out_cls := cls + (", matched" if k in matched else ", unmatched")] += 1
            examples.setdefault(out_cls, []).append(
                f"kg {name!r} in {line[:80]!r}")
    gold_values = [sc.as_number(g.get("value")) for g in gold]
    for n in extra:
        pv = sc.as_number(n.get("value"))
        if any(same(pv, gv) for gv in gold_values):
            continue  # counted above, as a measure-wrong miss (or a second figure of one value)
        unit = str(n.get("unit"))
        small = pv is not None and pv == int(pv) and 0 < pv <= 10 and not re.search(r"\d", str(n.get("name")))
        cls = f"spurious: {unit}" + (" (number word <= 10)" if small else "") + \
            (" (bare unit measure)" if measure_shape(sc, n) != "measure of other words" else "")
        out["extra"][cls] += 1
        if parsed is not None:
            frame = figure_frame(parsed, str(n.get("name") or ""))
            out["spurious, figure's frame"][f"{unit}: {frame}"] += 1
            examples.setdefault(f"{unit}: {frame}", []).append(f"kg {n.get('name')!r} [{n.get('measure')}]")
        examples.setdefault(cls, []).append(f"kg {n.get('name')!r} [{n.get('measure')}] value={pv}")
    out["totals"]["gold"] += len(gold)
    out["totals"]["predicted"] += len(preds)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="dev")
    ap.add_argument("--examples", type=int, default=0, help="texts per class (train split only)")
    args = ap.parse_args(argv)
    if args.examples and args.split != "train":
        ap.error("--examples is for the train split only: dev is read by its totals")
    sc = score_splits.load_module("kg_reference_score", score_splits.reference_scorer())
    docs = score_splits.assemble([args.split])[args.split]
    out: dict[str, Counter] = {k: Counter() for k in ("totals", "missed", "not read, why", "measure wrong, gold words at", "extra",
                                                     "measure wrong, figure's frame", "measure wrong, frame x gold words", "measure wrong, gold words earlier: frame", "spurious, figure's frame", "measure-wrong gold unit",
                                                     "headline figures")}
    examples: dict[str, list] = {}
    for doc, graph, built in score_splits.built_graphs(docs):
        texts = list((built / "texts").glob("*.txt"))
        parsed = score_splits._NLP[0](texts[0].read_text(encoding="utf-8")) if texts else None
        diagnose(sc, doc, graph, out, examples, parsed, texts[0].read_text(encoding="utf-8") if texts else None)
    score_splits.print_sections(args.split, len(docs), out, examples, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
