"""digest.md: what a reader of the examples/ build must find in it, its determinism, top-N, and hostile text.

The expectations on examples/ were checked by hand against the texts:

* doj-project-safe-neighborhoods-2001: "President George W. Bush and Attorney General John Ashcroft today
  ... announced Project Safe Neighborhoods"; "Attorney General Ashcroft said, "This initiative invigorates
  ... Our goal is to reduce gun related violence in America ..."".
* home-office-synthetic-opioids-2023: "Policing Minister Chris Philp said: Synthetic opioids are highly
  dangerous substances ..."; "The ACMD found one drug, isotonitazene, was responsible for 24 fatalities in
  the UK in 2021 alone."
* ipcc-dsi-guidance: "IPCC Deputy Chair Sarah Green said: “A critical role of the IPCC is to investigate
  deaths ..."" (the IPCC is now the Independent Office for Police Conduct).
* usao-wdok-project-safe-neighborhoods-2017: ""As a former Project Safe Neighborhoods and Violent Crime
  Coordinator, I am pleased ...," said Mark A. Yancey, United States Attorney ..."; "According to the FBI,
  violent crime rates, including homicides, have risen the past two years."
* ons-crime-england-wales-ye-june-2014: "an estimated 7.1 million incidents of crime" in the year ending
  June 2014, England and Wales.
* ojp-psn-conference-2006: "Attorney General Gonzales announced the release of $30 million in grants".
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.digest import collect_graph, md_text, render_markdown, write_digest

REPO = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\[([^\]]*?), characters (\d+)–(\d+)\]\(texts/([^)]+)\.txt\)")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import kg

    out = tmp_path_factory.mktemp("digest-examples")
    kg.build([REPO / "examples"], out=out)
    return out


def _section(md: str, heading: str) -> str:
    start = md.index(f"\n## {heading}\n")
    end = md.find("\n## ", start + 1)
    return md[start : end if end != -1 else len(md)]


@pytest.mark.model
def test_examples_digest_has_the_hand_checked_facts(examples_build: Path) -> None:
    md = (examples_build / "digest.md").read_text(encoding="utf-8")
    said = _section(md, "Who said what")
    for speaker in ("John Ashcroft", "Jeff Sessions", "Sarah Green", "Chris Philp", "Mark A. Yancey", "Mike Dunavant",
                    "Federal Bureau of Investigation"):
        assert f"\n### {speaker} (" in said, speaker
    ashcroft = said[said.index("### John Ashcroft") :].split("\n### ")[0]
    assert "Our goal is to reduce gun related violence in America" in ashcroft and "(say, quoted)" in ashcroft
    philp = said[said.index("### Chris Philp") :].split("\n### ")[0]
    assert "Synthetic opioids are highly dangerous substances" in philp
    green = said[said.index("### Sarah Green") :].split("\n### ")[0]
    assert "A critical role of the IPCC is to investigate deaths" in green
    fbi = said[said.index("### Federal Bureau of Investigation") :].split("\n### ")[0]
    assert "violent crime rates, including homicides, have risen the past two years" in fbi
    assert "(according to, reported)" in fbi
    yancey = said[said.index("### Mark A. Yancey") :].split("\n### ")[0]
    assert "United States Attorney" in yancey.splitlines()[0]
    assert "about *Project Safe Neighborhoods*" in yancey  # the policy his quote mentions

    announced = _section(md, "Announced and only considered")
    for who in ("George W. Bush", "John Ashcroft"):
        assert f"- **Project Safe Neighborhoods**: {who}, cue *announce*" in announced
    assert "today at a event in Philadelphia announced Project Safe Neighborhoods" in announced

    figures = _flat(_section(md, "Figures"))
    assert ("**an estimated 7.1 million incidents of crime**; measure: estimated incidents of crime; "
            "period: year ending June 2014 (2013-07-01/2014-06-30); place: England and Wales") in figures
    assert ("**24 fatalities**; measure: fatalities; period: 2021 (2021-01-01/2021-12-31); place: United Kingdom; "
            "source: Advisory Council on the Misuse of Drugs") in figures
    assert "**\\$30 million**" in figures and "source: Alberto R. Gonzales" in figures

    posts = _section(md, "People and their posts")
    assert "- **Chris Philp**: Policing Minister at Home Office (" in posts
    assert "- **John Ashcroft**: Attorney General at United States Department of Justice (" in posts
    assert "- **Sarah Green**: Vice Chair at Independent Office for Police Conduct (" in posts

    per_doc = _section(md, "Per document")
    assert "### home\\-office-synthetic-opioids-2023" in per_doc or "### home-office-synthetic-opioids-2023" in per_doc
    assert "- speakers: Chris Philp (1), Home Office (1)" in per_doc


@pytest.mark.model
def test_every_sentence_link_points_at_the_words(examples_build: Path) -> None:
    """Each [doc, characters a–b](texts/doc.txt) link opens a cleaned text whose slice holds what the line says."""
    md = (examples_build / "digest.md").read_text(encoding="utf-8")
    said = _section(md, "Who said what")
    checked = 0
    for line in said.splitlines():
        m = LINK.search(line)
        if not m or not line.startswith("- “"):
            continue
        text = (examples_build / "texts" / f"{m.group(4)}.txt").read_text(encoding="utf-8")
        piece = _flat(text[int(m.group(2)) : int(m.group(3))])
        quote = line[3 : line.index("” (")].replace("\\", "").rstrip("…")
        assert _flat(quote)[:60] in piece, (quote, piece)
        checked += 1
    assert checked == 12  # every statement in the examples build (Rachel Watson's two in the IOPC statement among them)
    for m in LINK.finditer(md):
        assert (examples_build / "texts" / f"{m.group(4)}.txt").is_file()


@pytest.mark.model
def test_digest_is_byte_identical_across_runs_resume_and_export(examples_build: Path, tmp_path: Path) -> None:
    import kg

    first = (examples_build / "digest.md").read_bytes()
    other = tmp_path / "again"
    kg.build([REPO / "examples"], out=other)
    assert (other / "digest.md").read_bytes() == first
    kg.build([REPO / "examples"], out=other, resume=True)  # everything resumed: graph.json and digest unchanged
    assert (other / "digest.md").read_bytes() == first
    (other / "digest.md").unlink()
    result = CliRunner().invoke(app, ["export", str(other), "--format", "digest"])
    assert result.exit_code == 0, result.output
    assert (other / "digest.md").read_bytes() == first


@pytest.mark.model
def test_top_n_cuts_sections_and_says_how_many_were_left_out(examples_build: Path, tmp_path: Path) -> None:
    shutil.copy(examples_build / "graph.json", tmp_path / "graph.json")
    result = CliRunner().invoke(app, ["export", str(tmp_path), "--format", "digest", "--digest-top", "2"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "digest.md").read_text(encoding="utf-8")
    said = _section(md, "Who said what")
    assert said.count("\n### ") == 2
    assert "### Jeff Sessions (" in said  # the one speaker with two statements comes first
    assert "*… and 8 more speakers (showing the top 2" in said
    # 20 figures: "one drug" and "just one policy idea" are no figures, nor is "the three themes" of the IPCC
    # report (how the report is laid out, not a reported figure)
    assert "and 18 more figures" in md and "and 7 more documents" in md
    assert _section(md, "Figures").count("\n- **") == 2


def _status_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=[])
    G.add_node("doc/d1", type="Document", name="d1", published="2023-02-03", title="A release")
    G.add_node("person/ho", type="Person", name="Home Secretary Jane Roe", titles=["Home Secretary"])
    G.add_node("org/home-office", type="Organisation", name="Home Office")
    G.add_node("org/iopc", type="Organisation", name="Independent Office for Police Conduct")
    G.add_node("org/met", type="Organisation", name="Metropolitan Police Service")
    for status in ("announced", None, "considered", "proposed", "planned", "rejected", "denied"):
        pid = f"policy/{status or 'plain'}"
        G.add_node(pid, type="Policy", name=f"policy {status or 'without status'}")
        attrs = {"type": "ANNOUNCED", "doc": "d1", "start": 10, "end": 20, "sentence": f"Sentence for {status}."}
        if status:
            attrs["status"] = status
        G.add_edge("person/ho", pid, **attrs)
    G.add_edge("org/iopc", "org/met", type="OVERSEES", doc="d1", basis="registry")
    # a bill the document reports as only proposed, with nobody named: its MENTIONS link carries the status
    G.add_node("policy/bill", type="Policy", name="criminal justice bill")
    G.add_edge("doc/d1", "policy/bill", type="MENTIONS", doc="d1", start=40, end=61, status="proposed",
               cue="introduction", sentence="The funding comes ahead of the introduction of a criminal justice bill.")
    G.add_edge("doc/d1", "org/met", type="MENTIONS", doc="d1", start=70, end=73, sentence="The Met said so.")
    G.add_node("stat/d1/1", type="Statistic", name="1,200 knife offences", value=1200, unit="count",
               measure="knife offences", period="the year ending March 2023", period_start="2022-04-01",
               period_end="2023-03-31", place="London", source="Home Office")
    G.add_edge("stat/d1/1", "org/home-office", type="REPORTED_BY", doc="d1", start=30, end=80,
               sentence="There were 1,200 knife offences in the year ending March 2023.")
    G.add_edge("person/ho", "org/home-office", type="HOLDS_ROLE", title="Home Secretary", doc="d1", start=0, end=9)
    return G


def test_statuses_periods_and_registry_basis_from_a_hand_built_graph() -> None:
    md = render_markdown(collect_graph(_status_graph()))
    announced = _section(md, "Announced and only considered")
    done = announced[announced.index("### Announced") : announced.index("### Only considered")]
    considered = announced[announced.index("### Only considered") : announced.index("### Rejected or denied")]
    rejected = announced[announced.index("### Rejected or denied") :]
    assert "**policy announced**" in done and "**policy without status**" in done
    assert "(considered)" not in done and "policy rejected" not in done
    for status in ("considered", "proposed", "planned"):
        assert f"**policy {status}**: Home Secretary Jane Roe ({status})" in considered
    for status in ("rejected", "denied"):
        assert f"**policy {status}**: Home Secretary Jane Roe ({status})" in rejected
    assert "policy proposed" not in rejected and "policy denied" not in considered
    assert "**criminal justice bill**: nobody named (proposed), cue *introduction*" in considered
    assert "sentence: The funding comes ahead of the introduction of a criminal justice bill." in considered
    assert "criminal justice bill" not in done and "Metropolitan" not in announced  # a plain mention is no status
    oversight = _section(md, "Who oversees whom")
    assert "- **Independent Office for Police Conduct** oversees **Metropolitan Police Service** · basis: registry" in oversight
    figures = _section(md, "Figures")
    assert "period: the year ending March 2023 (2022-04-01/2023-03-31); place: London; source: Home Office" in figures
    assert "sentence: There were 1,200 knife offences in the year ending March 2023." in figures
    posts = _section(md, "People and their posts")
    assert "- **Home Secretary Jane Roe**: Home Secretary at Home Office (" in posts
    per_doc = _section(md, "Per document")
    assert "*A release*; published 2023-02-03" in per_doc
    assert "- considered: **policy considered** by Home Secretary Jane Roe" in per_doc


HOSTILE = [
    "# Injected heading",
    "line one\n## second heading\n> quote\n- item",
    "[click me](http://evil.example/x) ![img](http://evil.example/i.png)",
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "see www.evil.example and https://evil.example/path and mail me@evil.example",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "*bold* __under__ ~~strike~~ `code` &amp; &lt;b&gt;",
    "1. numbered\u2028\u2029next \\ backslash",
    "<!-- comment --> [ref]: http://evil.example",
]


def _hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=[])
    doc = "evil](http://evil.example)<b>"
    G.add_node(f"doc/{doc}", type="Document", name=doc, title=HOSTILE[0], source=HOSTILE[3], published=HOSTILE[2])
    for i, text in enumerate(HOSTILE):
        G.add_node(f"person/{i}", type="Person", name=text, titles=[text])
        G.add_node(f"quote/{i}", type="Quote", text=text)
        G.add_node(f"policy/{i}", type="Policy", name=text)
        G.add_node(f"org/{i}", type="Organisation", name=text)
        G.add_edge(f"person/{i}", f"quote/{i}", type="SAID", doc=doc, start=i, end=i + 5, cue=text, direct=True, sentence=text + " said.")
        G.add_edge(f"quote/{i}", f"policy/{i}", type="MENTIONS", doc=doc)
        G.add_edge(f"person/{i}", f"policy/{i}", type="ANNOUNCED", doc=doc, start=i, end=i + 5, sentence=text, status=text)
        G.add_edge(f"org/{i}", f"org/{(i + 1) % len(HOSTILE)}", type="OVERSEES", doc=doc, basis=text, sentence=text, start=1, end=2)
        G.add_edge(f"person/{i}", f"org/{i}", type="HOLDS_ROLE", doc=doc, title=text, start=1, end=2)
        G.add_node(f"stat/{i}", type="Statistic", name=text, measure=text, period=text, place=text, source=text,
                   period_start=text, period_end=text)
        G.add_edge(f"stat/{i}", f"person/{i}", type="REPORTED_BY", doc=doc, sentence=text, start=1, end=2)
    return G


def test_hostile_text_stays_text_in_the_rendered_digest() -> None:
    """Render with a CommonMark + GitHub-style (tables, strikethrough, autolinks) parser: only kg's own structure."""
    from markdown_it import MarkdownIt

    md = render_markdown(collect_graph(_hostile_graph(), top=50))
    parser = MarkdownIt("gfm-like")
    tokens = parser.parse(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    # ours: the title, six sections, the speakers (h3), the status groups and one per-document heading
    assert headings[0] == "Digest"
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert h2 == ["Who said what", "Announced and only considered", "Who oversees whom", "Figures",
                  "People and their posts", "Per document"]
    kinds = set()
    links = []

    def walk(ts: list) -> None:  # noqa: ANN001
        for t in ts:
            kinds.add(t.type)
            if t.type == "link_open":
                links.append(t.attrs.get("href"))
            if t.children:
                walk(t.children)

    walk(tokens)
    assert not kinds & {"html_inline", "html_block", "image", "table_open", "code_inline", "s_open", "fence", "hr",
                        "ordered_list_open"}, kinds
    assert links and all(h == "texts/evil%5D%28http%3A%2F%2Fevil.example%29%3Cb%3E.txt" for h in links), set(links)
    assert sum(1 for t in tokens if t.type == "blockquote_open") == 0
    html = parser.render(md)
    assert "<script" not in html and "<img" not in html and "<h1>Injected" not in html
    # and the words read back exactly as the document wrote them (whitespace collapsed)
    import html as htmllib

    plain = htmllib.unescape(re.sub(r"<[^>]+>", "", html))
    for text in HOSTILE:
        assert _flat(text.replace("\u2028", " ").replace("\u2029", " ")) in _flat(plain), text


def test_md_text_escapes_line_starts_and_autolinks() -> None:
    assert md_text("- item") == "\\- item"
    assert md_text("+ item") == "\\+ item"
    assert md_text("12) item") == "12\\) item"
    assert md_text("a\n# b") == "a \\# b"
    assert md_text("x" * 50, limit=10) == "x" * 9 + "…"


def test_write_digest_refuses_a_damaged_graph(tmp_path: Path) -> None:
    from kg.errors import SinkError

    (tmp_path / "graph.json").write_text('{"nodes": [', encoding="utf-8")
    with pytest.raises(SinkError, match="not a graph.json"):
        write_digest(tmp_path / "graph.json", tmp_path / "digest.md")
    assert not (tmp_path / "digest.md").exists()


def _write_corpus_graph(path: Path, docs: int) -> None:
    """A graph.json of ``docs`` documents, each with a speaker, a quote, a policy, an announcement and two figures."""
    import json

    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"directed": true, "multigraph": true, "graph": {"documents": []},\n"nodes": [\n')
        first = True
        for i in range(docs):
            for node in (
                {"id": f"doc/d{i}", "type": "Document", "name": f"d{i}", "source": f"c/d{i}.txt"},
                {"id": f"person/p{i}", "type": "Person", "name": f"Person {i}", "titles": ["Chief Constable"],
                 "mentions": [{"doc": f"d{i}", "start": 0, "end": 8}]},
                {"id": f"policy/x{i}", "type": "Policy", "name": f"policy {i}"},
                {"id": f"quote/d{i}/1", "type": "Quote", "text": f"Quote {i} " + "words " * 30},
                {"id": f"stat/d{i}/1", "type": "Statistic", "name": f"{i} arrests", "value": i, "measure": "arrests"},
                {"id": f"stat/d{i}/2", "type": "Statistic", "name": f"{i} knives", "value": i, "measure": "knives"},
            ):
                fh.write(("" if first else ",\n") + json.dumps(node))
                first = False
        fh.write('\n],\n"links": [\n')
        first = True
        for i in range(docs):
            for link in (
                {"source": f"person/p{i}", "target": f"quote/d{i}/1", "type": "SAID", "doc": f"d{i}", "start": 1, "end": 9,
                 "sentence": f"Sentence {i} " + "words " * 30},
                {"source": f"quote/d{i}/1", "target": f"policy/x{i}", "type": "MENTIONS", "doc": f"d{i}"},
                {"source": f"person/p{i}", "target": f"policy/x{i}", "type": "ANNOUNCED", "doc": f"d{i}", "status": "proposed"},
                {"source": f"stat/d{i}/1", "target": f"person/p{i}", "type": "REPORTED_BY", "doc": f"d{i}", "sentence": "S."},
            ):
                fh.write(("" if first else ",\n") + json.dumps(link))
                first = False
        fh.write("\n]}\n")


def test_the_digest_reads_graph_json_in_pieces_and_keeps_only_the_top_n(tmp_path: Path) -> None:
    """Python's own memory (tracemalloc; SQLite's pages live outside it) while collecting a digest is the
    graph.json reader's (its 1 MB pieces) plus a constant: 4x the documents add nothing. A structural
    check, not a timing: the figure is the same on any machine."""
    import tracemalloc

    from kg.digest import collect
    from kg.graph import iter_graph_json

    extra = {}
    for docs in (1000, 4000):  # both files bigger than the reader's pieces
        path = tmp_path / f"g{docs}.json"
        _write_corpus_graph(path, docs)
        tracemalloc.start()
        for section in ("nodes", "links"):
            for _item in iter_graph_json(path, section):
                pass
        reader = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        data = collect(path, top=10)
        digest = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        extra[docs] = digest - reader
        assert data["said_total"] == docs and data["figures_total"] == 2 * docs
        assert data["announced"]["considered"]["total"] == docs and len(data["announced"]["considered"]["items"]) == 10
        assert data["per_document"]["total"] == docs and len(data["per_document"]["items"]) == 10
    assert extra[4000] < 1024 * 1024 and extra[4000] < extra[1000] + 128 * 1024, extra


def test_the_digest_store_caps_sqlite_memory_like_kgs_other_temporary_files() -> None:
    """SQLite's own memory (page cache, and the sorter that builds its indexes, which follows cache_size) lives
    outside tracemalloc: with SQLite's default 2 MiB it filled only as the graph grew past about 10,000 documents,
    so a build's peak memory kept rising from 10k to 100k documents (docs/scale.md). The digest's store has the
    same cap as kg's other temporary SQLite files, and it still gives the digest of a graph bigger than the cap."""
    from kg.digest import _Store
    from kg.diskindex import CACHE_KIB

    st = _Store()
    try:
        assert st.db.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
        docs = 8000  # nodes table and indexes of several MB: more pages than the cache holds
        st.add_nodes({"id": f"doc/d{i:05d}", "type": "Document", "name": f"d{i:05d}", "title": "t" * 300} for i in range(docs))
        st.add_links(
            {"type": "SAID", "source": f"person/p{i % 7}", "target": f"quote/q{i}", "doc": f"d{i:05d}", "start": i, "end": i + 5}
            for i in range(docs)
        )
        pages = st.one("PRAGMA page_count") * st.one("PRAGMA page_size")
        from kg.digest import _summarise

        data = _summarise(st, 5)
    finally:
        st.close()
    assert pages > 2 * CACHE_KIB * 1024, pages
    assert data["documents"] == docs and data["said_total"] == docs and data["speakers_total"] == 7
    assert [sp["n"] for sp in data["said"]] == [-(-(docs - k) // 7) for k in range(5)]  # p0..p4 speak most
