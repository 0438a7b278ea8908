"""The HTML view as a file: self-contained, deterministic, article text only as escaped data.
(tests/test_view_browser.py opens it in Chromium.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.projection import project
from kg.store import Store
from kg.view import layout, page, write

HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
COMMITTED = Path(__file__).parents[1] / "graphs" / "seed-ukraine-peace-talks.html"
REGENERATE = (
    "kg build --force --trig graphs/seed-ukraine-peace-talks.trig --html graphs/seed-ukraine-peace-talks.html"
)


def hostile_graph() -> nx.MultiDiGraph:
    """Two actors whose names and sentence carry markup, as a hostile article could."""
    graph = nx.MultiDiGraph()
    for node, label in (("a", "Anna " + HOSTILE), ("b", "Petr Horak")):
        graph.add_node(node, label=label, kind="Person", event_type=None, aliases=[HOSTILE], wikidata=None)
    sources = [{"article": "evil.txt", "sentence": 0, "text": "Anna replaced Horak. " + HOSTILE}]
    graph.add_edge(
        "a",
        "b",
        relation="replaced",
        label="replaced",
        fact="f",
        detail="Minister of " + HOSTILE,
        sources=sources,
    )
    return graph


def data_of(html: str) -> tuple[list[dict], list[dict]]:
    """The node and edge data a page carries."""
    nodes, edges = re.findall(r"new vis\.DataSet\((.*?)\);\n", html)
    return json.loads(nodes), json.loads(edges)


def test_the_page_asks_nothing_of_the_network():
    html = page(hostile_graph())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html and "url(http" not in html
    assert "default-src 'none'" in html  # and the browser is told to refuse any request


def test_article_markup_reaches_the_page_only_as_escaped_data():
    html = page(hostile_graph())
    assert "<img" not in html
    assert "<script>window.pwned" not in html
    nodes, edges = data_of(html)
    assert nodes[0]["fullLabel"] == "Anna " + HOSTILE  # the text itself is kept, to be shown as text
    assert HOSTILE in edges[0]["evidence"][0]["text"]


def test_the_title_is_escaped_too():
    html = page(hostile_graph(), title='<b id="t">bold</b>')
    assert '<b id="t">' not in html
    assert "&lt;b id=&#34;t&#34;&gt;bold&lt;/b&gt;" in html


def test_edges_carry_their_sentence_and_nodes_their_kind():
    nodes, edges = data_of(page(hostile_graph()))
    assert {n["kind"] for n in nodes} == {"Person"}
    assert edges[0]["sentence"].startswith("Anna ")
    assert "evil.txt, sentence 0" in edges[0]["title"]


def test_layout_is_the_same_every_time_and_spreads_the_nodes():
    graph = nx.gnm_random_graph(60, 120, seed=3, directed=True)
    first, second = layout(graph), layout(graph)
    assert first == second
    assert len({position for position in first.values()}) == 60


def test_a_written_view_is_whole(tmp_path):
    out = write(hostile_graph(), tmp_path / "deep" / "view.html")
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert [p.name for p in out.parent.iterdir()] == ["view.html"]  # no partial file left behind


def test_committed_seed_view_is_current(seed_store):
    committed_nodes, committed_edges = data_of(COMMITTED.read_text(encoding="utf-8"))
    fresh_nodes, fresh_edges = data_of(page(project(Store(seed_store))))

    def key(nodes, edges):
        return (
            sorted((n["id"], n["fullLabel"], n["kind"]) for n in nodes),
            sorted((e["from"], e["to"], e["sentence"]) for e in edges),
        )

    if key(committed_nodes, committed_edges) != key(fresh_nodes, fresh_edges):
        pytest.fail(f"graphs/seed-ukraine-peace-talks.html is stale: run `{REGENERATE}`")
