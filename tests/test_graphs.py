"""The committed seed graph in graphs/ is what the builder makes today."""

from pathlib import Path

import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic

from kg.extract import extract
from kg.rdf import article_graph, graph_iri
from kg.resources import seed_article
from kg.text import read_article

COMMITTED = Path(__file__).parents[1] / "graphs" / "seed-ukraine-peace-talks.trig"
REGENERATE = "kg build --force --trig graphs/seed-ukraine-peace-talks.trig"


@pytest.fixture(scope="module")
def built() -> rdflib.Graph:
    return article_graph(extract(read_article(seed_article())))


def test_committed_seed_graph_is_current(built):
    dataset = rdflib.Dataset()
    dataset.parse(data=COMMITTED.read_text(encoding="utf-8"), format="trig")
    committed = dataset.graph(graph_iri("seed-ukraine-peace-talks.txt"))
    if not isomorphic(committed, built):
        _both, only_committed, only_built = graph_diff(committed, built)
        pytest.fail(
            f"graphs/ is stale ({len(only_committed)} triples only in the file, {len(only_built)} only "
            f"in a fresh build): run `{REGENERATE}`"
        )


def test_building_twice_gives_isomorphic_graphs(built):
    again = article_graph(extract(read_article(seed_article())))
    assert isomorphic(built, again)


def test_bundled_seed_article_matches_the_shared_corpus():
    shared = Path(__file__).parents[2] / "shared" / "corpus" / "seed-ukraine-peace-talks.txt"
    if not shared.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    assert seed_article().read_bytes() == shared.read_bytes()
