"""The HTML view in a real browser: Debian's Chromium driven by Playwright (no `playwright install`).

`.ci/run` installs both; on a machine without them these tests are skipped, except under CI.
"""

from __future__ import annotations

import os
import shutil

import pytest

from kg.projection import ACTOR_KINDS, project
from kg.store import Store
from kg.view import write
from tests.browser import CHROMIUM, FLAGS
from tests.test_view import HOSTILE, hostile_graph


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    missing = "playwright" if sync_playwright is None else None if shutil.which(CHROMIUM) else CHROMIUM
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing} is not installed: .ci/run installs it")
        pytest.skip(f"{missing} is not installed (apt-get install chromium; pip install playwright)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


class Opened:
    """A page opened from a file, with every request and console error it made."""

    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests, self.errors = [], []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def nodes(self) -> list[dict]:
        return self.page.evaluate("network.body.data.nodes.get()")

    def hover(self, node_id: str) -> str:
        """Move the mouse onto a node and return the tooltip's text."""
        x, y = self.page.evaluate(
            "id => { const p = network.canvasToDOM(network.getPosition(id));"
            " const box = document.getElementById('graph').getBoundingClientRect();"
            " return [box.left + p.x, box.top + p.y]; }",
            node_id,
        )
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=5)
        tooltip = self.page.locator("div.vis-tooltip")
        self.page.wait_for_function(
            "() => { const t = document.querySelector('div.vis-tooltip');"
            " return t && t.style.visibility === 'visible'; }",
            timeout=5_000,
        )
        return tooltip.inner_text()

    def click(self, node_id: str) -> str:
        """Click a node as a user would (select it, fire the click) and return the panel's text."""
        self.page.evaluate(
            "id => { network.selectNodes([id]); network.body.emitter.emit('click', "
            "{nodes: [id], edges: network.getConnectedEdges(id), pointer: {}}); }",
            node_id,
        )
        return self.page.locator("#panel").inner_text()

    def close(self):
        self.page.close()


@pytest.fixture(scope="module")
def seed_view(browser, seed_store, tmp_path_factory):
    graph = project(Store(seed_store))
    path = write(graph, tmp_path_factory.mktemp("view") / "seed.html")
    opened = Opened(browser, path)
    yield opened, graph
    opened.close()


def test_seed_view_opens_offline_without_errors(seed_view):
    opened, _graph = seed_view
    assert opened.errors == []
    assert opened.requests == [opened.url]  # the page itself, nothing else


def test_seed_view_shows_every_actor_of_the_seed(seed_view):
    opened, graph = seed_view
    shown = {n["id"] for n in opened.nodes()}
    actors = {n for n, a in graph.nodes(data=True) if a["kind"] in ACTOR_KINDS}
    assert len(actors) >= 15
    assert actors <= shown
    assert len(shown) == graph.number_of_nodes()


def test_hovering_a_node_quotes_its_sentences(seed_view):
    opened, _graph = seed_view
    tooltip = opened.hover("https://w3id.org/newskg/id/person/andriy-yermak")
    assert tooltip.startswith("Andriy Yermak")
    assert "succeeding Andriy Yermak, who resigned following a corruption investigation" in tooltip
    assert "seed-ukraine-peace-talks.txt, sentence 21" in tooltip


def test_clicking_a_node_lists_its_links_with_evidence(seed_view):
    opened, _graph = seed_view
    panel = opened.click("https://w3id.org/newskg/id/person/kyrylo-budanov")
    assert "Kyrylo Budanov replaced Andriy Yermak" in panel
    assert "seed-ukraine-peace-talks.txt, sentence 21" in panel


def test_search_focuses_an_actor_by_alias(seed_view):
    opened, _graph = seed_view
    opened.page.fill("#search", "Shmygal")
    opened.page.press("#search", "Enter")
    assert opened.page.locator("#panel h3").inner_text() == "Denys Shmyhal"
    assert opened.page.evaluate("network.getSelectedNodes()") == [
        "https://w3id.org/newskg/id/person/denys-shmyhal"
    ]


def test_unticking_a_kind_hides_its_nodes(seed_view):
    opened, graph = seed_view
    people = sum(1 for _, a in graph.nodes(data=True) if a["kind"] == "Person")
    before = len(opened.nodes())
    opened.page.uncheck('#legend input[data-kind="Person"]')
    assert len(opened.nodes()) == before - people
    opened.page.check('#legend input[data-kind="Person"]')
    assert len(opened.nodes()) == before


def test_markup_in_an_article_is_shown_as_text_and_never_runs(browser, tmp_path):
    opened = Opened(browser, write(hostile_graph(), tmp_path / "hostile.html"))
    try:
        tooltip = opened.hover("a")
        panel = opened.click("a")
        assert HOSTILE in tooltip
        assert HOSTILE in panel
        assert opened.page.evaluate("window.pwned") is None
        assert opened.page.evaluate("document.querySelectorAll('img').length") == 0
        assert opened.errors == []
        assert opened.requests == [opened.url]  # the <img src=x> was never fetched
    finally:
        opened.close()
