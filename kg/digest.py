"""The digest: a reader's summary of a build, written as ``digest.md`` beside ``graph.json``.

Sections, across the corpus and then per document:

* **who said what**, grouped by speaker, each statement with its cue, whether it was quoted
  or reported, the policies it mentions, and where it is (document id, character offsets,
  the sentence);
* **announced and only considered**: ANNOUNCED links by ``status`` (a link without one was
  announced; ``considered``/``proposed``/``planned`` were only considered; ``rejected``/
  ``denied`` were turned down), and the policies a document reports as only considered, proposed,
  planned or rejected with nobody named (its ``MENTIONS`` link with a ``status``: "nobody named");
* **who oversees whom**, each link with its sentence or its basis (``registry``);
* **figures** with their period (and its ISO interval, ``period_start``/``period_end``, where
  the build resolved one), place, source and sentence;
* **people and their posts**.

The digest is read from ``graph.json`` a node or link at a time, in one pass (:func:`kg.graph.iter_graph_sections`)
into a temporary SQLite file, which does the grouping, counting and ordering; memory stays flat
however big the corpus. A large corpus gets top-N sections (``top``): the N largest groups, each
with its count, and a line saying how many were left out. Ordering is total (counts, then names,
then ids and offsets), and nothing depends on the clock, so the same graph.json gives the same
bytes every time, also after ``kg build --resume``.

Every string that came from a document is Markdown-escaped (:func:`md_text`): a document cannot
add headings, links, images, HTML or emphasis to the digest.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents=[])
>>> G.add_node("person/a", type="Person", name="# A [x](http://e.org)")
>>> G.add_node("quote/d/1", type="Quote", text="Hello <b>")
>>> _ = G.add_edge("person/a", "quote/d/1", type="SAID", doc="d", start=1, end=9, cue="say", direct=True)
>>> "\\\\# A \\\\[x\\\\](http\\\\://e.org)" in render_markdown(collect_graph(G))
True
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

import networkx as nx

from kg.diskindex import CACHE_KIB
from kg.errors import SinkError

__all__ = ["DEFAULT_TOP", "STATUS_GROUPS", "check_top", "collect", "collect_graph", "md_text", "render_markdown", "write_digest"]

#: How many groups (speakers, policies, people, documents...) and items per group a section shows.
DEFAULT_TOP = 25
#: ANNOUNCED ``status`` values and the digest group each falls in; a missing status is "announced".
STATUS_GROUPS: dict[str, str] = {
    "announced": "announced",
    "considered": "considered",
    "proposed": "considered",
    "planned": "considered",
    "rejected": "rejected",
    "denied": "rejected",
}
_QUOTE_CHARS = 400

# -- escaping -------------------------------------------------------------------------------
# Characters that start Markdown syntax anywhere in a line (CommonMark lets any ASCII
# punctuation be escaped with a backslash, so the escaped text reads back exactly).
_INLINE = re.compile(r"([\\`*_\[\]<>&#|~!@{}$])")
_SPACE = re.compile(r"[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+")
_LEADING = re.compile(r"^(\d+)([.)])|^([-+=:])")


def md_text(value: Any, limit: int | None = None) -> str:
    """``value`` as inline Markdown text that renders exactly as written, and as nothing else.

    Whitespace (line and paragraph separators included) becomes single spaces, so the text
    cannot start a heading, list or block quote; Markdown punctuation, HTML and entity starts
    are backslash-escaped; ``://`` and ``www.`` are broken up so GitHub-style autolinking
    finds no link.

    >>> md_text("# Title\\n<script>x</script> *bold* [a](http://b.c) www.d.e 1. one")
    '\\\\# Title \\\\<script\\\\>x\\\\</script\\\\> \\\\*bold\\\\* \\\\[a\\\\](http\\\\://b.c) www\\\\.d.e 1. one'
    >>> md_text("1. first")
    '1\\\\. first'
    """
    text = _SPACE.sub(" ", str(value)).strip()
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    text = _INLINE.sub(r"\\\1", text)
    text = text.replace("://", "\\://")
    text = re.sub(r"(?i)\b(www)\.", r"\1\\.", text)
    return _LEADING.sub(lambda m: (m.group(1) + "\\" + m.group(2)) if m.group(1) else "\\" + m.group(3), text)


def _doc_link(doc: str | None, start: int | None, end: int | None) -> str:
    """``[doc, characters 10–20](texts/doc.txt)``: where a fact is, linked to the cleaned text."""
    if not doc:
        return "no document"
    where = md_text(doc)
    if isinstance(start, int) and isinstance(end, int):
        where += f", characters {start}–{end}"
    return f"[{where}](texts/{url_quote(str(doc), safe='')}.txt)"


# -- collecting -----------------------------------------------------------------------------
_NODE_COLS = ("id", "type", "name", "text", "titles", "value", "unit", "measure", "period", "period_start",
              "period_end", "place", "change", "qualifier", "source", "title", "url", "published", "n_mentions")
_LINK_COLS = ("type", "source", "target", "doc", "start", "end", "sentence", "cue", "direct", "title", "status",
              "basis", "quote")


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, str)):
        return value if not isinstance(value, bool) else int(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class _Store:
    """The graph's nodes and links in a temporary SQLite file: grouping and ordering without holding the graph."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="kg-digest-")
        self.db = sqlite3.connect(os.path.join(self._dir.name, "digest.sqlite"))
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        # SQLite's page cache (and with it its sorter's memory, which follows cache_size) is 2 MiB by default and
        # fills only once the graph is bigger than that: capped at kg's size for temporary files, memory stops
        # growing with the corpus after a few thousand documents, at no measured cost in time.
        self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.db.execute(f"CREATE TABLE nodes ({', '.join(_NODE_COLS)}, PRIMARY KEY (id))")
        self.db.execute(f'CREATE TABLE links ({", ".join(c if c not in ("end",) else "end_" for c in _LINK_COLS)})')

    def add_nodes(self, nodes: Iterable[Mapping[str, Any]]) -> None:
        rows = (
            tuple(_scalar(len(n.get("mentions") or []) if c == "n_mentions" else n.get(c)) for c in _NODE_COLS)
            for n in nodes
        )
        self.db.executemany(f"INSERT OR REPLACE INTO nodes VALUES ({', '.join('?' * len(_NODE_COLS))})", rows)

    def add_links(self, links: Iterable[Mapping[str, Any]]) -> None:
        rows = (tuple(_scalar(link.get(c)) for c in _LINK_COLS) for link in links)
        self.db.executemany(f"INSERT INTO links VALUES ({', '.join('?' * len(_LINK_COLS))})", rows)

    def add_sections(self, items: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
        """Nodes and links as ``(section, item)`` in file order (:func:`kg.graph.iter_graph_sections`: one pass over
        graph.json), each table's rows in that order; streamed, one item in memory at a time."""
        it = iter(items)
        head = next(it, None)
        while head is not None:
            section = head[0]
            following: list[tuple[str, Mapping[str, Any]]] = []

            def run(first: Mapping[str, Any] = head[1], section: str = section,
                    following: list[tuple[str, Mapping[str, Any]]] = following) -> Iterator[Mapping[str, Any]]:
                yield first
                for sec, item in it:
                    if sec != section:
                        following.append((sec, item))  # the first item of the next section
                        return
                    yield item

            (self.add_nodes if section == "nodes" else self.add_links)(run())
            head = following[0] if following else None

    def index(self) -> None:
        self.db.execute("CREATE INDEX links_type ON links (type, source, target)")
        self.db.execute("CREATE INDEX links_source ON links (source)")
        self.db.execute("CREATE INDEX links_target ON links (target)")
        self.db.execute("CREATE INDEX links_doc ON links (doc, type)")
        self.db.execute("CREATE INDEX nodes_type ON nodes (type)")

    def rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def one(self, sql: str, *params: Any) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()


def _status_case() -> str:
    whens = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in STATUS_GROUPS.items())  # our own constants
    return f"CASE lower(coalesce(l.status, 'announced')) {whens} ELSE 'other' END"


_NAME = "coalesce(%s.name, %s.text, %s.id)"
#: The link comes from a Document node (joined as ``a``).
_DOC_SOURCE = "a.type = 'Document'"


def _name(alias: str) -> str:
    return _NAME % (alias, alias, alias)


def _summarise(st: _Store, top: int) -> dict[str, Any]:
    """Everything the digest shows, as plain data (the HTML explorer draws the same from it)."""
    st.index()
    out: dict[str, Any] = {"top": top}
    out["counts"] = {
        "nodes": dict(st.db.execute("SELECT type, count(*) FROM nodes GROUP BY type ORDER BY type").fetchall()),
        "links": dict(st.db.execute("SELECT type, count(*) FROM links GROUP BY type ORDER BY type").fetchall()),
    }
    out["documents"] = st.one("SELECT count(*) FROM nodes WHERE type = 'Document'")

    # who said what
    # Totals are counted in SQL and only the top N rows come into Python, so memory does not follow the corpus.
    out["speakers_total"] = st.one("SELECT count(DISTINCT source) FROM links WHERE type = 'SAID'")
    out["said_total"] = st.one("SELECT count(*) FROM links WHERE type = 'SAID'")
    speakers = st.rows(
        f"""SELECT l.source AS id, {_name('s')} AS name, s.type AS type, s.titles AS titles,
                   count(*) AS n, count(DISTINCT l.doc) AS docs
            FROM links l LEFT JOIN nodes s ON s.id = l.source WHERE l.type = 'SAID'
            GROUP BY l.source ORDER BY n DESC, name, l.source LIMIT ?""", top)
    said = []
    for sp in speakers:
        items = st.rows(
            f"""SELECT l.target AS quote_id, coalesce(q.text, l.quote) AS quote, l.cue AS cue, l.direct AS direct,
                       l.doc AS doc, l.start AS start, l.end_ AS "end", l.sentence AS sentence
                FROM links l LEFT JOIN nodes q ON q.id = l.target
                WHERE l.type = 'SAID' AND l.source = ?
                ORDER BY l.doc, l.start, l.end_, l.target, l.cue LIMIT ?""", sp["id"], top)
        for item in items:
            item["about"] = [r["name"] for r in st.rows(
                f"""SELECT DISTINCT {_name('p')} AS name FROM links m JOIN nodes p ON p.id = m.target
                    WHERE m.type = 'MENTIONS' AND m.source = ? AND p.type = 'Policy' ORDER BY name""", item["quote_id"])]
        sp["titles"] = json.loads(sp["titles"]) if sp.get("titles") else []
        said.append({**sp, "items": items})
    out["said"] = said

    # announced / considered / rejected; a policy a document reports as only proposed (...) with nobody named is
    # the document's MENTIONS link with a status, shown with no one as who
    statused = f"(l.type = 'ANNOUNCED' OR (l.type = 'MENTIONS' AND l.status IS NOT NULL AND {_DOC_SOURCE}))"
    groups: dict[str, Any] = {}
    for group in ("announced", "considered", "rejected", "other"):
        total = st.one(f"SELECT count(*) FROM links l LEFT JOIN nodes a ON a.id = l.source "
                       f"WHERE {statused} AND {_status_case()} = ?", group)
        rows = st.rows(
            f"""SELECT CASE WHEN l.type = 'ANNOUNCED' THEN l.source END AS who_id,
                       CASE WHEN l.type = 'ANNOUNCED' THEN {_name('a')} END AS who,
                       l.target AS what_id, {_name('p')} AS what,
                       p.type AS what_type, lower(coalesce(l.status, 'announced')) AS status, l.cue AS cue,
                       l.doc AS doc, l.start AS start, l.end_ AS "end", l.sentence AS sentence
                FROM links l LEFT JOIN nodes a ON a.id = l.source LEFT JOIN nodes p ON p.id = l.target
                WHERE {statused} AND {_status_case()} = ?
                ORDER BY what, l.target, who, l.source, l.doc, l.start, status LIMIT ?""", group, top)
        groups[group] = {"total": total, "items": rows}
    out["announced"] = groups

    # oversight: one line per pair, with how it is known
    pairs_total = st.one("SELECT count(*) FROM (SELECT 1 FROM links WHERE type = 'OVERSEES' GROUP BY source, target)")
    pairs = st.rows(
        f"""SELECT l.source AS from_id, {_name('a')} AS "from", l.target AS to_id, {_name('b')} AS "to",
                   count(*) AS n, count(DISTINCT l.doc) AS docs
            FROM links l LEFT JOIN nodes a ON a.id = l.source LEFT JOIN nodes b ON b.id = l.target
            WHERE l.type = 'OVERSEES' GROUP BY l.source, l.target ORDER BY "from", l.source, "to", l.target LIMIT ?""", top)
    for pair in pairs:
        pair["bases"] = [r["basis"] for r in st.rows(
            "SELECT DISTINCT basis FROM links WHERE type = 'OVERSEES' AND source = ? AND target = ? AND basis IS NOT NULL"
            " ORDER BY basis", pair["from_id"], pair["to_id"])]
        pair["evidence"] = st.rows(
            """SELECT doc, start, end_ AS "end", sentence FROM links
               WHERE type = 'OVERSEES' AND source = ? AND target = ? AND sentence IS NOT NULL
               ORDER BY doc, start LIMIT 3""", pair["from_id"], pair["to_id"])
    out["oversight"] = {"total": pairs_total, "items": pairs}

    # figures, with the sentence that states each (REPORTED_BY first, then any sentence-bearing link)
    stats = st.rows(
        f"""SELECT s.id AS id, s.name AS name, s.value AS value, s.unit AS unit, s.measure AS measure,
                   s.period AS period, s.period_start AS period_start, s.period_end AS period_end, s.place AS place,
                   s.change AS change, s.qualifier AS qualifier,
                   coalesce(s.source, (SELECT {_name('r')} FROM links rl JOIN nodes r ON r.id = rl.target
                                       WHERE rl.type = 'REPORTED_BY' AND rl.source = s.id ORDER BY 1 LIMIT 1)) AS source
            FROM nodes s WHERE s.type = 'Statistic'
            ORDER BY s.measure IS NULL, s.measure, s.period_start IS NULL, s.period_start, s.id LIMIT ?""", top)
    out["figures_total"] = st.one("SELECT count(*) FROM nodes WHERE type = 'Statistic'")
    measures = st.rows(
        """SELECT coalesce(measure, '') AS measure, count(*) AS n FROM nodes WHERE type = 'Statistic'
           GROUP BY 1 ORDER BY n DESC, measure LIMIT ?""", top)
    out["measures"] = measures
    figures = []
    for s in stats:
        ev = st.rows(
            """SELECT doc, start, end_ AS "end", sentence FROM links
               WHERE (source = ? OR target = ?) ORDER BY sentence IS NULL, type != 'REPORTED_BY', doc, start LIMIT 1""",
            s["id"], s["id"])
        s.update(ev[0] if ev else {"doc": None, "start": None, "end": None, "sentence": None})
        figures.append(s)
    out["figures"] = figures

    # people and posts
    has_post = """p.type = 'Person' AND (p.titles IS NOT NULL OR EXISTS
                  (SELECT 1 FROM links h WHERE h.type = 'HOLDS_ROLE' AND h.source = p.id))"""
    people_total = st.one(f"SELECT count(*) FROM nodes p WHERE {has_post}")
    people = st.rows(
        f"""SELECT p.id AS id, {_name('p')} AS name, p.titles AS titles, p.n_mentions AS mentions
            FROM nodes p WHERE {has_post} ORDER BY p.n_mentions DESC, name, p.id LIMIT ?""", top)
    for person in people:
        person["titles"] = json.loads(person["titles"]) if person.get("titles") else []
        person["posts"] = st.rows(
            f"""SELECT coalesce(h.title, '') AS title, h.target AS org_id, {_name('o')} AS org,
                       count(*) AS n, min(h.doc) AS doc, min(h.start) AS start
                FROM links h LEFT JOIN nodes o ON o.id = h.target
                WHERE h.type = 'HOLDS_ROLE' AND h.source = ? GROUP BY 1, 2 ORDER BY org, title""", person["id"])
        for post in person["posts"]:
            first = st.rows(
                """SELECT doc, start, end_ AS "end" FROM links WHERE type = 'HOLDS_ROLE' AND source = ? AND target = ?
                   AND coalesce(title, '') = ? ORDER BY doc, start LIMIT 1""", person["id"], post["org_id"], post["title"])
            post.update(first[0] if first else {})
    out["people"] = {"total": people_total, "items": people}

    # per document: the documents with the most facts first
    docs = st.rows(
        """SELECT d.id AS id, coalesce(d.name, d.id) AS doc, d.title AS title, d.published AS published,
                  d.source AS source,
                  (SELECT count(*) FROM links l WHERE l.doc = coalesce(d.name, substr(d.id, 5))
                     AND l.type IN ('SAID', 'ANNOUNCED', 'OVERSEES', 'HOLDS_ROLE', 'REPORTED_BY')) AS facts
           FROM nodes d WHERE d.type = 'Document' ORDER BY facts DESC, doc LIMIT ?""", top)
    per_doc = []
    for d in docs:
        name = d["doc"]
        d["speakers"] = st.rows(
            f"""SELECT {_name('s')} AS name, count(*) AS n FROM links l LEFT JOIN nodes s ON s.id = l.source
                WHERE l.type = 'SAID' AND l.doc = ? GROUP BY l.source ORDER BY n DESC, name LIMIT ?""", name, top)
        d["announced"] = st.rows(
            f"""SELECT DISTINCT {_name('a')} AS who, {_name('p')} AS what, lower(coalesce(l.status, 'announced')) AS status
                FROM links l LEFT JOIN nodes a ON a.id = l.source LEFT JOIN nodes p ON p.id = l.target
                WHERE l.type = 'ANNOUNCED' AND l.doc = ? ORDER BY what, who, status LIMIT ?""", name, top)
        d["n_said"] = st.one("SELECT count(*) FROM links WHERE type = 'SAID' AND doc = ?", name)
        d["n_figures"] = st.one("SELECT count(*) FROM nodes WHERE type = 'Statistic' AND id LIKE ? ESCAPE '\\'",
                                "stat/" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%")
        d["n_roles"] = st.one("SELECT count(*) FROM links WHERE type = 'HOLDS_ROLE' AND doc = ?", name)
        per_doc.append(d)
    out["per_document"] = {"total": out["documents"], "items": per_doc}
    return out


def collect(graph_json: str | Path, *, top: int = DEFAULT_TOP) -> dict[str, Any]:
    """The digest's data from a graph.json file, read a node or link at a time."""
    from kg.graph import iter_graph_sections

    check_top(top)
    st = _Store()
    try:
        st.add_sections(iter_graph_sections(graph_json, ("nodes", "links")))  # one pass over the file
        return _summarise(st, top)
    finally:
        st.close()


def collect_graph(G: nx.MultiDiGraph, *, top: int = DEFAULT_TOP) -> dict[str, Any]:
    """The digest's data from a graph in memory (the HTML explorer's digest view)."""
    check_top(top)
    st = _Store()
    try:
        st.add_nodes({**attrs, "id": str(nid)} for nid, attrs in G.nodes(data=True))
        st.add_links({**attrs, "source": str(u), "target": str(v)} for u, v, attrs in G.edges(data=True))
        return _summarise(st, top)
    finally:
        st.close()


def check_top(top: int) -> None:
    if not isinstance(top, int) or top < 1:
        raise SinkError(f"the digest's top-N must be a whole number of at least 1, not {top!r}")


# -- Markdown -------------------------------------------------------------------------------
def _more(shown: int, total: int, what: str) -> Iterator[str]:
    if total > shown:
        yield f"*… and {total - shown} more {what} (showing the top {shown}; --digest-top N shows more).*"
        yield ""


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _figure(s: Mapping[str, Any]) -> str:
    bits = [f"**{md_text(s.get('name') or s.get('value'))}**"]
    if s.get("measure"):
        bits.append(f"measure: {md_text(s['measure'])}")
    if s.get("change"):
        bits.append(f"change: {md_text(s['change'])}")
    period = md_text(s["period"]) if s.get("period") else ""
    if s.get("period_start") or s.get("period_end"):
        interval = f"{md_text(s.get('period_start') or '..')}/{md_text(s.get('period_end') or '..')}"
        period = f"{period} ({interval})" if period else interval
    if period:
        bits.append(f"period: {period}")
    if s.get("place"):
        bits.append(f"place: {md_text(s['place'])}")
    if s.get("source"):
        bits.append(f"source: {md_text(s['source'])}")
    return "; ".join(bits)


def render_markdown(digest: Mapping[str, Any]) -> str:
    """The digest as Markdown text (what ``digest.md`` holds)."""
    top = digest["top"]
    L: list[str] = ["# Digest", ""]
    nodes, links = digest["counts"]["nodes"], digest["counts"]["links"]
    L.append(
        f"{_plural(digest['documents'] or 0, 'document')}, {_plural(sum(nodes.values()), 'node')}, "
        f"{_plural(sum(links.values()), 'link')}. Nodes: "
        + (", ".join(f"{md_text(t)} {n}" for t, n in nodes.items()) or "none")
        + ". Links: " + (", ".join(f"{md_text(t)} {n}" for t, n in links.items()) or "none") + "."
    )
    L += ["", "Every fact below names its document and character offsets in the cleaned text "
          "(texts/DOCUMENT.txt), and the sentence it was read from.", ""]

    L += ["## Who said what", ""]
    if not digest["said"]:
        L += ["Nobody is quoted or reported.", ""]
    else:
        L += [f"{_plural(digest['said_total'], 'statement')} by {_plural(digest['speakers_total'], 'speaker')}.", ""]
    for sp in digest["said"]:
        head = f"### {md_text(sp['name'])}"
        extra = [md_text(sp["type"])] if sp.get("type") else []
        if sp["titles"]:
            extra.append(", ".join(md_text(t) for t in sp["titles"]))
        L += [head + (f" ({'; '.join(extra)})" if extra else ""), ""]
        L += [f"{_plural(sp['n'], 'statement')} in {_plural(sp['docs'], 'document')}.", ""]
        for item in sp["items"]:
            kind = "quoted" if item.get("direct") else "reported"
            line = f"- “{md_text(item.get('quote') or '', _QUOTE_CHARS)}” ({md_text(item.get('cue') or 'said')}, {kind})"
            if item["about"]:
                line += " about " + ", ".join(f"*{md_text(a)}*" for a in item["about"])
            line += " · " + _doc_link(item["doc"], item["start"], item["end"])
            L.append(line)
            if item.get("sentence") and " ".join(str(item["sentence"]).split()) != " ".join(str(item.get("quote") or "").split()):
                L.append(f"  - sentence: {md_text(item['sentence'], 2 * _QUOTE_CHARS)}")
        L.append("")
        yield_more = list(_more(len(sp["items"]), sp["n"], "statements by this speaker"))
        L += yield_more
    L += list(_more(len(digest["said"]), digest["speakers_total"], "speakers"))

    L += ["## Announced and only considered", ""]
    titles = {"announced": "Announced", "considered": "Only considered, proposed or planned",
              "rejected": "Rejected or denied", "other": "Other status"}
    any_announced = False
    for group, title in titles.items():
        g = digest["announced"][group]
        if not g["total"]:
            if group in ("announced", "considered"):
                L += [f"### {title}", "", "None.", ""]
            continue
        any_announced = True
        L += [f"### {title}", ""]
        for a in g["items"]:
            who = md_text(a["who"]) if a.get("who_id") else "nobody named"
            line = f"- **{md_text(a['what'])}**: {who}"
            if group != "announced" or a["status"] != "announced":
                line += f" ({md_text(a['status'])})"
            if a.get("cue"):
                line += f", cue *{md_text(a['cue'])}*"
            line += " · " + _doc_link(a["doc"], a["start"], a["end"])
            L.append(line)
            if a.get("sentence"):
                L.append(f"  - sentence: {md_text(a['sentence'], 2 * _QUOTE_CHARS)}")
        L.append("")
        L += list(_more(len(g["items"]), g["total"], "links"))
    del any_announced

    L += ["## Who oversees whom", ""]
    ov = digest["oversight"]
    if not ov["total"]:
        L += ["No oversight links.", ""]
    for pair in ov["items"]:
        line = f"- **{md_text(pair['from'])}** oversees **{md_text(pair['to'])}**"
        known = []
        if pair["bases"]:
            known.append("basis: " + ", ".join(md_text(b) for b in pair["bases"]))
        known += [_doc_link(e["doc"], e["start"], e["end"]) for e in pair["evidence"]]
        if known:
            line += " · " + "; ".join(known)
        L.append(line)
        for e in pair["evidence"]:
            L.append(f"  - sentence: {md_text(e['sentence'], 2 * _QUOTE_CHARS)}")
    if ov["total"]:
        L.append("")
    L += list(_more(len(ov["items"]), ov["total"], "oversight links"))

    L += ["## Figures", ""]
    if not digest["figures_total"]:
        L += ["No figures.", ""]
    else:
        repeated = [m for m in digest["measures"][:top] if m["n"] > 1]
        L += [f"{_plural(digest['figures_total'], 'figure')}." + (" Most counted: " + ", ".join(
            f"{md_text(m['measure'] or 'no measure')} ({m['n']})" for m in repeated) + "." if repeated else ""), ""]
    for s in digest["figures"]:
        L.append(f"- {_figure(s)} · {_doc_link(s.get('doc'), s.get('start'), s.get('end'))}")
        if s.get("sentence"):
            L.append(f"  - sentence: {md_text(s['sentence'], 2 * _QUOTE_CHARS)}")
    if digest["figures"]:
        L.append("")
    L += list(_more(len(digest["figures"]), digest["figures_total"], "figures"))

    L += ["## People and their posts", ""]
    people = digest["people"]
    if not people["total"]:
        L += ["No posts found.", ""]
    for p in people["items"]:
        posts = [f"{md_text(post['title'] or 'post')} at {md_text(post['org'])} ({_doc_link(post.get('doc'), post.get('start'), post.get('end'))})"
                 for post in p["posts"]]
        named = {post["title"] for post in p["posts"]}
        posts += [md_text(t) for t in p["titles"] if t not in named]
        L.append(f"- **{md_text(p['name'])}**: " + "; ".join(posts))
    if people["items"]:
        L.append("")
    L += list(_more(len(people["items"]), people["total"], "people"))

    L += ["## Per document", ""]
    per = digest["per_document"]
    if not per["total"]:
        L += ["No documents.", ""]
    for d in per["items"]:
        L += [f"### {md_text(d['doc'])}", ""]
        meta = []
        if d.get("title"):
            meta.append(f"*{md_text(d['title'])}*")
        if d.get("published"):
            meta.append(f"published {md_text(d['published'])}")
        if d.get("source"):
            meta.append(f"from {md_text(d['source'])}")
        meta.append(f"{_plural(d['n_said'], 'statement')}, {_plural(d['n_figures'], 'figure')}, {_plural(d['n_roles'], 'post')}")
        L += ["; ".join(meta) + ".", ""]
        if d["speakers"]:
            L.append("- speakers: " + ", ".join(f"{md_text(s['name'])} ({s['n']})" for s in d["speakers"]))
        for a in d["announced"]:
            L.append(f"- {md_text(a['status'])}: **{md_text(a['what'])}** by {md_text(a['who'])}")
        if d["speakers"] or d["announced"]:
            L.append("")
    L += list(_more(len(per["items"]), per["total"], "documents"))
    while L and L[-1] == "":
        L.pop()
    return "\n".join(L) + "\n"


def write_digest(graph_json: str | Path, path: str | Path, *, top: int = DEFAULT_TOP) -> Path:
    """Write ``digest.md`` for a graph.json file, atomically (it appears whole or not at all)."""
    path = Path(path)
    try:
        text = render_markdown(collect(graph_json, top=top))
    except (OSError, ValueError) as exc:
        raise SinkError(f"{graph_json}: not a graph.json written by kg build ({exc})") from exc
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SinkError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return path
