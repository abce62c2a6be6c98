#!/usr/bin/env python3
"""How the HTML explorer copes with big graphs: export time, file size, time to first draw in headless Chromium.

Usage: scripts/bench-html-explorer.py [--nodes 5000] [--layout auto|preset|cose] [--repeat 3] [--out bench-out/]

Builds a synthetic graph shaped like a news build (people and organisations
saying quotes that mention statistics, places and policies), writes the explorer
twice with kg.sinks.html (opening on the entity view, and on every node, the
baseline), opens each from file:// in the system Chromium (Playwright, no
download), alternating, and prints the time to ready of both and their ratio.
Then, on the entity view: labels in the first view and how many overlap,
click-expand, the document and date filters, the details panel, the digest view
and search; on the whole graph, main-thread stalls while panning and zooming.
Screenshots go to --out.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import networkx as nx

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


_FIRST = ["Amira", "Ben", "Chloe", "Dev", "Eleanor", "Femi", "Grace", "Hamza", "Isla", "Jonah", "Kerry", "Luis",
          "Maya", "Nikhil", "Olu", "Priya", "Rory", "Sofia", "Tom", "Uma", "Victor", "Wen", "Yusuf", "Zara"]
_LAST = ["Adeyemi", "Brennan", "Castillo", "Dunmore", "Ellison", "Fairweather", "Gallagher", "Hussain", "Iqbal",
         "Jefferson", "Kowalski", "Lindqvist", "Montgomery", "Nakamura", "Okonkwo", "Pemberton", "Quinlan",
         "Rasmussen", "Sutherland", "Thistlewood", "Underhill", "Valentine", "Whitmore", "Yardley"]
_PLACES = ["Northshire", "Westmarch", "Eastbrook", "Southvale", "Kingsbridge", "Ashford", "Riverton", "Highmoor",
           "Lakeside", "Stonehaven", "Greenfield", "Oakridge", "Fairhaven", "Redcliffe", "Millbrook", "Harrowgate"]
_ORG_KINDS = ["Police", "Constabulary", "Police and Crime Commissioner", "County Council", "Fire and Rescue Service",
              "Youth Justice Board", "Community Safety Partnership", "Sheriff's Office"]
_POLICY = ["knife crime", "stop and search", "county lines", "violence reduction", "neighbourhood policing",
           "drug treatment", "domestic abuse", "youth diversion", "gang prevention", "road safety", "burglary",
           "hate crime", "cybercrime", "victim support", "body-worn video", "rural crime"]
_POLICY_KINDS = ["strategy", "programme", "taskforce", "fund", "pilot", "initiative", "action plan", "operation"]
_TITLES = ["Chief Constable", "Deputy Chief Constable", "Police and Crime Commissioner", "Assistant Chief Constable",
           "Council Leader", "Sheriff", "Superintendent", "Director"]
_STATUSES = [None, None, None, "announced", "considered", "proposed", "planned", "rejected", "denied"]


def synthetic_graph(n_nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """About ``n_nodes`` nodes shaped like a news build: 10% people, 5% organisations, 4% places,
    3% policies, 5% documents (published over 2019-2024), 40% quotes, 33% statistics (with periods and
    intervals). Each quote is said by one speaker and mentions 1-3 things (a policy often); people hold
    posts; speakers announce, consider or reject policies (``status``); organisations oversee others,
    some by kg's registry (``basis``); statistics are reported by bodies; documents MENTION the entities
    they name. Names are realistic in length,
    so label overlap is tested on labels like a real corpus has."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(generator="bench", documents=[])
    counts = {t: max(2, int(n_nodes * f)) for t, f in
              {"Person": 0.10, "Organisation": 0.05, "Place": 0.04, "Policy": 0.03, "Document": 0.05, "Quote": 0.40}.items()}
    ids: dict[str, list[str]] = {}
    docs = [f"doc-{i:05d}" for i in range(counts["Document"])]
    published = {d: f"{2019 + i * 6 // len(docs)}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i, d in enumerate(docs)}
    G.graph["documents"] = [{"id": d, "source": f"corpus/{d}.txt", "sha256": "0" * 64, "published": published[d],
                             "title": f"Release {i} on {_POLICY[i % len(_POLICY)]}"} for i, d in enumerate(docs)]
    ids["Document"] = [f"doc/{d}" for d in docs]
    for d, nid in zip(docs, ids["Document"]):
        G.add_node(nid, type="Document", name=d, source=f"corpus/{d}.txt", published=published[d])

    def mentions(k: int) -> list[dict]:
        return [{"doc": rng.choice(docs), "start": rng.randrange(5000), "end": 0} for _ in range(k)]

    ids["Person"] = []
    for i in range(counts["Person"]):
        name = f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // len(_FIRST)) % len(_LAST)]}" + (f" {i // 576}" if i >= 576 else "")
        nid = f"person/{i}"
        ids["Person"].append(nid)
        G.add_node(nid, type="Person", name=name, aliases=[name.split()[1]], titles=[rng.choice(_TITLES)],
                   mentions=mentions(rng.randint(1, 6)))
    ids["Organisation"] = []
    for i in range(counts["Organisation"]):
        name = f"{_PLACES[i % len(_PLACES)]} {_ORG_KINDS[(i // len(_PLACES)) % len(_ORG_KINDS)]}" + (f" {i // 128}" if i >= 128 else "")
        nid = f"org/{i}"
        ids["Organisation"].append(nid)
        G.add_node(nid, type="Organisation", name=name, aliases=[name.split()[0] + " " + name.split()[1][:3]],
                   mentions=mentions(rng.randint(1, 10)), merged={name.split()[0]: "surname"} if i % 7 == 0 else {})
    ids["Place"] = [f"place/{i}" for i in range(counts["Place"])]
    for i, nid in enumerate(ids["Place"]):
        G.add_node(nid, type="Place", name=f"{_PLACES[i % len(_PLACES)]} ward {i}", mentions=mentions(2))
    ids["Policy"] = [f"policy/{i}" for i in range(counts["Policy"])]
    for i, nid in enumerate(ids["Policy"]):
        G.add_node(nid, type="Policy", name=f"{_POLICY[i % len(_POLICY)]} {_POLICY_KINDS[(i // len(_POLICY)) % len(_POLICY_KINDS)]}"
                   + (f" {i // 128}" if i >= 128 else ""), mentions=mentions(rng.randint(1, 4)))
    speakers = ids["Person"] + ids["Organisation"][: len(ids["Organisation"]) // 2]
    things = ids["Person"] + ids["Organisation"] + ids["Place"]
    ids["Quote"] = []
    for q in range(counts["Quote"]):
        doc = rng.choice(docs)
        quote = f"quote/{doc}/{q}"
        ids["Quote"].append(quote)
        G.add_node(quote, type="Quote", text=f"Quote number {q}: we will keep the streets of {_PLACES[q % len(_PLACES)]} safe.")
        sp = rng.choice(speakers)
        G.add_edge(sp, quote, key=f"s{q}", type="SAID", doc=doc, start=q, end=q + 40, cue="say", direct=True,
                   sentence=f"Sentence {q}, said {G.nodes[sp]['name']}.")
        for m in range(rng.randint(1, 3)):
            target = rng.choice(ids["Policy"]) if m == 0 and rng.random() < 0.4 else rng.choice(things)
            G.add_edge(quote, target, key=f"m{q}-{m}", type="MENTIONS", doc=doc, start=q, end=q + 10)
    n_stats = max(0, n_nodes - G.number_of_nodes())
    for i in range(n_stats):
        doc = rng.choice(docs)
        year = 2018 + i % 6
        nid = f"stat/{doc}/{i}"
        G.add_node(nid, type="Statistic", name=f"{i * 7 % 997} arrests", value=i * 7 % 997, unit="count", measure="arrests",
                   period=f"the year ending March {year}", period_start=f"{year - 1}-04-01", period_end=f"{year}-03-31",
                   place=_PLACES[i % len(_PLACES)])
        G.add_edge(nid, rng.choice(ids["Organisation"]), key=f"rb{i}", type="REPORTED_BY", doc=doc, start=i, end=i + 30,
                   sentence=f"There were {i * 7 % 997} arrests in the year ending March {year}.")
        if rng.random() < 0.5:
            G.add_edge(rng.choice(ids["Quote"]), nid, key=f"ms{i}", type="MENTIONS", doc=doc)
    for p in ids["Person"]:
        if rng.random() < 0.6:
            G.add_edge(p, rng.choice(ids["Organisation"]), key=f"r{p}", type="HOLDS_ROLE", title=G.nodes[p]["titles"][0],
                       doc=rng.choice(docs), start=1, end=30, sentence=f"{G.nodes[p]['titles'][0]} {G.nodes[p]['name']} said.")
    for i, pol in enumerate(ids["Policy"]):
        for k in range(rng.randint(1, 2)):
            attrs = {"type": "ANNOUNCED", "doc": rng.choice(docs), "start": 5, "end": 80, "cue": "announce",
                     "sentence": f"The {G.nodes[pol]['name']} was announced."}
            status = rng.choice(_STATUSES)
            if status:
                attrs["status"] = status
            G.add_edge(rng.choice(speakers), pol, key=f"a{pol}-{k}", **attrs)
    # as kg build does: each document MENTIONS every entity it names, so "which documents mention X" is one hop
    for nid in ids["Person"] + ids["Organisation"] + ids["Place"] + ids["Policy"]:
        for doc in sorted({m["doc"] for m in G.nodes[nid]["mentions"]}):
            G.add_edge(f"doc/{doc}", nid, key=f"dm{doc}-{nid}", type="MENTIONS", doc=doc)
    orgs = ids["Organisation"]
    for i, org in enumerate(orgs):
        if i % 3 == 0:
            G.add_edge(org, orgs[(i * 5 + 1) % len(orgs)], key=f"o{i}", type="OVERSEES", doc=rng.choice(docs), basis="registry")
        elif i % 3 == 1:
            G.add_edge(org, orgs[(i * 3 + 2) % len(orgs)], key=f"o{i}", type="OVERSEES", doc=rng.choice(docs), start=9,
                       end=90, sentence=f"{G.nodes[org]['name']} oversees the force.")
    return G


LABEL_BOXES = """() => {
  const cy = window.kgExplorer.cy, w = cy.width(), h = cy.height(), z = cy.zoom(), out = [];
  cy.nodes(':visible').forEach(n => {
    const b = n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false});
    if (b.x2 < 0 || b.y2 < 0 || b.x1 > w || b.y1 > h) return;
    out.push([b.x1, b.y1, b.x2, b.y2, parseFloat(n.style('font-size')) * z]);
  });
  return out;
}"""


def _overlaps(boxes: list[list[float]]) -> int:
    return sum(
        1
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5
    )


def _open(browser, page_path: Path, shot: Path | None):  # noqa: ANN001, ANN202
    pg = browser.new_page(viewport={"width": 1400, "height": 900})
    pg.add_init_script(
        "window.__longTasks = []; new PerformanceObserver(l => l.getEntries().forEach("
        "e => window.__longTasks.push([e.startTime, e.duration]))).observe({type: 'longtask', buffered: true});"
    )
    t = time.perf_counter()
    pg.goto(page_path.resolve().as_uri(), wait_until="commit", timeout=600_000)
    pg.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=600_000)
    ready_s = time.perf_counter() - t
    if shot is not None:
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(shot))
    return pg, ready_s


def _timed(pg, script: str, arg=None) -> tuple[object, float]:  # noqa: ANN001
    t = time.perf_counter()
    value = pg.evaluate(script, arg)
    return value, (time.perf_counter() - t) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--layout", default="auto", choices=["auto", "preset", "cose"])
    ap.add_argument("--repeat", type=int, default=3, help="page opens per view, alternating; the fastest counts")
    ap.add_argument("--out", type=Path, default=Path("bench-out"))
    args = ap.parse_args()

    from kg.sinks.html import write_html

    G = synthetic_graph(args.nodes)
    args.out.mkdir(parents=True, exist_ok=True)
    pages = {}
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} links")
    for view in ("entities", "full"):
        pages[view] = args.out / f"explorer-{args.nodes}-{view}.html"
        t = time.perf_counter()
        write_html(G, pages[view], layout=args.layout, view=view)
        print(f"export ({view} view, {args.layout} layout): {time.perf_counter() - t:.2f} s, "
              f"{pages[view].stat().st_size / 1e6:.2f} MB")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        # page open to ready, both views alternating in the same run: the full view (every node) is the baseline
        ready: dict[str, list[float]] = {"entities": [], "full": []}
        for r in range(args.repeat):
            for view in ("full", "entities"):
                shot = args.out / f"explorer-{args.nodes}-{view}.png" if r == 0 else None
                pg, s = _open(browser, pages[view], shot)
                ready[view].append(s)
                pg.close()
        best = {v: min(ts) for v, ts in ready.items()}
        print(f"load to ready, fastest of {args.repeat}: entity view {best['entities']:.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in ready['entities'])}), all nodes {best['full']:.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in ready['full'])}); ratio {best['entities'] / best['full']:.2f}")

        pg, _s = _open(browser, pages["entities"], None)
        boxes = pg.evaluate(LABEL_BOXES)
        print(f"entity view: {pg.evaluate('window.kgExplorer.cy.nodes().length')} nodes drawn, {len(boxes)} labels in view, "
              f"{_overlaps(boxes)} overlapping, smallest label {min(b[4] for b in boxes):.1f} px, "
              f"zoom {pg.evaluate('window.kgExplorer.cy.zoom()'):.2f}")
        shown = pg.evaluate("window.kgExplorer.shown()")
        added, expand_ms = _timed(pg, "id => window.kgExplorer.expand(id).length", shown[0])
        boxes = pg.evaluate(LABEL_BOXES)
        pg.screenshot(path=str(args.out / f"explorer-{args.nodes}-expanded.png"))
        print(f"expand {shown[0]}: {added} neighbours in {expand_ms:.0f} ms; {_overlaps(boxes)} overlapping labels after")
        docs = pg.evaluate("window.kgExplorer.data.documents.map(d => d.id)")
        n, filter_ms = _timed(pg, "d => window.kgExplorer.setFilter({doc: d})", docs[0])
        print(f"filter to one document: {filter_ms:.0f} ms, {len(pg.evaluate('window.kgExplorer.shown()'))} entities shown")
        n, filter_ms = _timed(pg, "() => window.kgExplorer.setFilter({from: '2021-01-01', to: '2021-12-31'})")
        print(f"filter to 2021 ({n} documents): {filter_ms:.0f} ms")
        pg.evaluate("() => { window.kgExplorer.setFilter({}); }")
        _v, show_ms = _timed(pg, "id => { window.kgExplorer.showNode(id); }", shown[0])
        print(f"details panel (folded quotes, figures, links): {show_ms:.0f} ms")
        _v, digest_ms = _timed(pg, "() => { document.getElementById('kg-view-digest').click(); }")
        pg.screenshot(path=str(args.out / f"explorer-{args.nodes}-digest.png"))
        print(f"digest view: {digest_ms:.0f} ms")
        found, search_ms = _timed(pg, "q => window.kgExplorer.search(q).length", "sutherland")
        print(f"search 'sutherland': {found} hits in {search_ms:.0f} ms")
        pg.close()

        # the whole graph: pan and zoom like a reader, recording main-thread tasks over 50 ms
        pg, _s = _open(browser, pages["full"], None)
        since = pg.evaluate("performance.now()")
        box = pg.locator("#kg-cy").bounding_box()
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        t = time.perf_counter()
        for step in range(6):
            pg.mouse.move(cx, cy)
            pg.mouse.wheel(0, -240 if step < 3 else 240)
            pg.wait_for_timeout(150)
        pg.mouse.move(cx, cy)
        pg.mouse.down()
        for step in range(10):
            pg.mouse.move(cx + step * 20, cy + step * 10)
        pg.mouse.up()
        pg.wait_for_timeout(300)
        interact_s = time.perf_counter() - t
        tasks = pg.evaluate("s => window.__longTasks.filter(t => t[0] >= s).map(t => t[1])", since)
        browser.close()
    longest = max(tasks) if tasks else 0
    print(f"all nodes, zoom x6 + drag pan: {interact_s:.1f} s wall, {len(tasks)} main-thread tasks over 50 ms, "
          f"longest {longest:.0f} ms")
    print(f"screenshots: {args.out}/explorer-{args.nodes}-{{entities,full,expanded,digest}}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
