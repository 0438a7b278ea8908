"""Shared fixtures: a CLI runner, the seed article built once, and a store built from hand-made facts."""

from __future__ import annotations

import gc
import hashlib
import shutil

import pytest
from click.testing import CliRunner

from kg.model import Actor, ArticleFacts, Claim, Event, Figure, Post, Replacement, Sentence, Tenure
from kg.resources import seed_article

FACTS_NAME = "defence-reshuffle.txt"
FACTS_TEXT = (
    "KYIV, Oct. 13, 2025 \u2014 Anna Novak replaced Petr Horak as Minister of Defence, "
    "after Horak resigned over a procurement scandal.\n"
    "Russia launched a missile attack on Kharkiv that killed 3 people.\n"
    "Moscow said the strike hit a military target in Ukraine."
)


def _sentences(text: str, parts: list[str]) -> list[Sentence]:
    sentences = []
    for index, part in enumerate(parts):
        start = text.index(part)
        sentences.append(Sentence(index, start, start + len(part), part))
    return sentences


def make_facts(name: str = FACTS_NAME) -> ArticleFacts:
    """What a good extractor would find in FACTS_TEXT, written by hand (no spaCy)."""
    text = FACTS_TEXT
    sentences = _sentences(
        text,
        [
            "Anna Novak replaced Petr Horak as Minister of Defence, "
            "after Horak resigned over a procurement scandal.",
            "Russia launched a missile attack on Kharkiv that killed 3 people.",
            "Moscow said the strike hit a military target in Ukraine.",
        ],
    )
    actors = {
        "person/anna-novak": Actor(
            "person/anna-novak", "Anna Novak", "Person", {"Anna Novak"}, country="country/ukraine"
        ),
        "person/petr-horak": Actor(
            "person/petr-horak", "Petr Horak", "Person", {"Petr Horak", "Horak"}, country="country/ukraine"
        ),
        # real reference keys, so the reference graph describes them too
        "country/ukraine": Actor(
            "country/ukraine", "Ukraine", "Country", {"Ukraine"}, wikidata="Q212", reference=True
        ),
        "country/russia": Actor(
            "country/russia", "Russia", "Country", {"Russia", "Moscow"}, wikidata="Q159", reference=True
        ),
        "place/kharkiv": Actor(
            "place/kharkiv", "Kharkiv", "Place", {"Kharkiv"}, country="country/ukraine", reference=True
        ),
    }
    post = Post("Minister of Defence", "country/ukraine")
    return ArticleFacts(
        name=name,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        date="2025-10-13",
        sentences=sentences,
        actors=actors,
        tenures=[Tenure("person/anna-novak", post, "new", [0], titles=["Minister of Defence"])],
        replacements=[
            Replacement(
                "person/anna-novak",
                "person/petr-horak",
                post,
                [0],
                reason="resigned over a procurement scandal",
                date="2025-10-13",
                titles=["Minister of Defence"],
            )
        ],
        events=[
            Event(
                "Attack",
                "Missile attack on Kharkiv",
                [1],
                participants=["country/russia"],
                places=["place/kharkiv"],
                date="2025-10-12",
                figures={"deaths": Figure("deaths", 3, text="killed 3 people")},
            )
        ],
        claims=[
            Claim(
                "country/russia",
                "assertion",
                "the strike hit a military target in Ukraine",
                [2],
                about=["country/ukraine"],
            )
        ],
    )


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article_facts() -> ArticleFacts:
    return make_facts()


@pytest.fixture
def make_article_facts():
    """make_facts itself, for tests that need the same facts under another article name."""
    return make_facts


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The bundled seed article built once (loads spaCy); read-only use only."""
    from kg.build import build

    path = tmp_path_factory.mktemp("seed") / "store"
    build([], path)
    gc.collect()  # drop the writable handle so that copies and read-only opens see a closed database
    return path


@pytest.fixture
def seed_copy(seed_store, tmp_path):
    """A private copy of the seed store, for tests that write to it."""
    path = tmp_path / "store"
    shutil.copytree(seed_store, path)
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return seed_article().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def facts_store(tmp_path_factory):
    """A store holding make_facts() and the vocabulary graphs, built without the extractor."""
    from kg.build import _vocabulary_graphs
    from kg.rdf import article_graph
    from kg.store import Store

    path = tmp_path_factory.mktemp("facts") / "store"
    graph = article_graph(make_facts())
    store = Store(path, writable=True)
    store.replace_graphs({str(graph.identifier): graph.serialize(format="nt"), **_vocabulary_graphs()})
    del store
    gc.collect()
    return path
