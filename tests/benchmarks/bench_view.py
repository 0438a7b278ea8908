"""How fast a large graph view is written and becomes usable in headless Chromium.

    python tests/benchmarks/bench_view.py [--nodes 2000] [--edges 5000] [--runs 3]

Makes a synthetic projection (random links between actors, posts and events, each link with a
sentence), writes its page with kg.view, opens it in Debian's Chromium through Playwright and waits
until vis-network has drawn it. Prints median times. A benchmark, not a test: no assertion on time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.view import write

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere
from tests.browser import CHROMIUM, FLAGS  # noqa: E402

KINDS = ["Person"] * 5 + ["Country", "GovernmentBody", "Place", "Post", "Event"]


def synthetic(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    for n in range(nodes):
        kind = rng.choice(KINDS)
        graph.add_node(
            f"n{n}",
            label=f"{kind} {n}",
            kind=kind,
            event_type="Attack" if kind == "Event" else None,
            aliases=[],
            wikidata=None,
        )
    links = nx.gnm_random_graph(nodes, edges, seed=seed, directed=True)
    for number, (a, b) in enumerate(links.edges()):
        sentence = {
            "article": f"article-{number % 300}.txt",
            "sentence": number % 40,
            "text": f"Sentence {number}.",
        }
        graph.add_edge(
            f"n{a}",
            f"n{b}",
            relation="replaced",
            label="replaced",
            fact=f"f{number}",
            detail=None,
            sources=[sentence],
        )
    return graph


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    graph = synthetic(args.nodes, args.edges)
    writes, opens = [], []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for _ in range(args.runs):
            out = Path(folder) / "view.html"
            started = time.perf_counter()
            write(graph, out)
            writes.append(time.perf_counter() - started)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(out.as_uri())
            page.wait_for_selector("body[data-ready=true]", timeout=120_000)
            opens.append(time.perf_counter() - started)
            shown = page.evaluate("network.body.data.nodes.length")
            size = out.stat().st_size
            page.close()
        browser.close()
    write_s, open_s = statistics.median(writes), statistics.median(opens)
    print(f"graph                      {args.nodes:,} nodes, {args.edges:,} links ({shown:,} drawn)")
    print(f"write the page (layout)    {write_s:6.2f} s   ({size / 1e6:.1f} MB)")
    print(f"open until drawn           {open_s:6.2f} s")
    print(f"total                      {write_s + open_s:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
