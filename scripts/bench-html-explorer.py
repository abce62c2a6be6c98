#!/usr/bin/env python3
"""How the HTML explorer copes with big graphs: export time, file size, time to first draw in headless Chromium.

Usage: scripts/bench-html-explorer.py [--nodes 5000] [--layout auto|preset|cose] [--out bench-out/]

Builds a synthetic graph shaped like a news build (people and organisations
saying quotes that mention statistics, places and policies), writes the explorer
with kg.sinks.html, opens it from file:// in the system Chromium (Playwright,
no download) and prints the timings. It also checks the tab stays responsive:
a click on a node must show its details.
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


def synthetic_graph(n_nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """About ``n_nodes`` nodes: 10% people, 5% organisations, 4% places, 3% policies, 5% documents,
    40% quotes, 33% statistics; each quote said by one speaker and mentioning 1-3 things."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(generator="bench", documents=[])
    share = {"Person": 0.10, "Organisation": 0.05, "Place": 0.04, "Policy": 0.03, "Document": 0.05, "Quote": 0.40}
    ids: dict[str, list[str]] = {}
    for t, frac in share.items():
        ids[t] = [f"{t.lower()}/{i}" for i in range(max(2, int(n_nodes * frac)))]
        for i, nid in enumerate(ids[t]):
            attrs = {"type": t, "name": f"{t} {i}"}
            if t in ("Person", "Organisation", "Place", "Policy"):
                attrs["aliases"] = [f"{t[:3]}{i}", f"the {t.lower()} {i}"]
            if t == "Quote":
                attrs = {"type": t, "text": f"Quote number {i}: we will keep the streets safe."}
            G.add_node(nid, **attrs)
    docs = ids["Document"]
    G.graph["documents"] = [{"id": d.split("/")[1], "source": f"{d}.txt", "sha256": "0"} for d in docs]
    n_stats = n_nodes - G.number_of_nodes()
    ids["Statistic"] = [f"stat/{i}" for i in range(max(0, n_stats))]
    for i, nid in enumerate(ids["Statistic"]):
        G.add_node(nid, type="Statistic", name=f"{i} arrests", value=i, unit="count", measure="arrests", period="2024")
    speakers = ids["Person"] + ids["Organisation"][: len(ids["Organisation"]) // 2]
    things = ids["Person"] + ids["Organisation"] + ids["Place"] + ids["Policy"]
    for q, quote in enumerate(ids["Quote"]):
        doc = rng.choice(docs).split("/")[1]
        sp = rng.choice(speakers)
        G.add_edge(sp, quote, key=f"s{q}", type="SAID", doc=doc, start=q, end=q + 40, sentence=f"Sentence {q}, said {sp}.")
        for m in range(rng.randint(1, 3)):
            G.add_edge(quote, rng.choice(things), key=f"m{q}-{m}", type="MENTIONS", doc=doc)
    for s, stat in enumerate(ids["Statistic"]):
        quote = rng.choice(ids["Quote"])
        G.add_edge(quote, stat, key=f"ms{s}", type="MENTIONS", doc="x")
    for p in ids["Person"]:
        if rng.random() < 0.5:
            G.add_edge(p, rng.choice(ids["Organisation"]), key=f"r{p}", type="HOLDS_ROLE", title="Chief Constable", doc="x")
    for pol in ids["Policy"]:
        G.add_edge(rng.choice(speakers), pol, key=f"a{pol}", type="ANNOUNCED", doc="x")
    return G


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--layout", default="auto", choices=["auto", "preset", "cose"])
    ap.add_argument("--out", type=Path, default=Path("bench-out"))
    args = ap.parse_args()

    from kg.sinks.html import write_html

    G = synthetic_graph(args.nodes)
    args.out.mkdir(parents=True, exist_ok=True)
    page = args.out / f"explorer-{args.nodes}-{args.layout}.html"
    t = time.perf_counter()
    write_html(G, page, layout=args.layout)
    export_s = time.perf_counter() - t
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} links")
    print(f"export ({args.layout}): {export_s:.2f} s, {page.stat().st_size / 1e6:.2f} MB")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        pg.add_init_script(
            "window.__longTasks = []; new PerformanceObserver(l => l.getEntries().forEach("
            "e => window.__longTasks.push([e.startTime, e.duration]))).observe({type: 'longtask', buffered: true});"
        )
        t = time.perf_counter()
        pg.goto(page.resolve().as_uri(), wait_until="commit", timeout=600_000)
        pg.wait_for_selector("body[data-kg-ready='1']", state="attached", timeout=600_000)
        ready_s = time.perf_counter() - t
        layout_ms = pg.evaluate("window.kgExplorer.layoutMs")
        rendered = pg.evaluate("window.kgExplorer.cy.nodes().length")
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(args.out / f"explorer-{args.nodes}-{args.layout}.png"))
        # pan and zoom with the mouse like a reader, and record main-thread tasks over 50 ms meanwhile
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
        t = time.perf_counter()
        first = G.nodes and sorted(G.nodes)[0]
        pg.evaluate("id => window.kgExplorer.showNode(id)", first)
        pg.wait_for_selector("#kg-details h3")
        click_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        found = pg.evaluate("q => window.kgExplorer.search(q).length", "the person 1")
        search_ms = (time.perf_counter() - t) * 1000
        browser.close()
    print(f"browser: load to ready {ready_s:.2f} s (page's own layout+draw {layout_ms} ms), {rendered} nodes drawn")
    longest = max(tasks) if tasks else 0
    print(f"zoom x6 + drag pan: {interact_s:.1f} s wall, {len(tasks)} main-thread tasks over 50 ms, longest {longest:.0f} ms")
    print(f"details panel after a node click: {click_ms:.0f} ms; search 'the person 1': {found} hits in {search_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
