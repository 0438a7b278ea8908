"""Many articles, one graph: one node per actor, per succession and per reported event."""

import json
from pathlib import Path

import pytest

from kg.build import build
from kg.lookups import events, roles, who_replaced
from kg.resources import seed_article
from kg.store import Store

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    store = tmp_path_factory.mktemp("two") / "store"
    build([seed_article(), CORPUS / "budanov-appointment.txt"], store)
    return Store(store)


def test_one_succession_reported_twice_is_one_answer_with_both_sources(two_reports):
    [answer] = who_replaced(two_reports, "Yermak")
    assert answer["successor"]["label"] == "Kyrylo Budanov"
    assert {s["article"] for s in answer["sources"]} == {
        "seed-ukraine-peace-talks.txt",
        "budanov-appointment.txt",
    }


def test_a_person_spelt_two_ways_is_one_node(two_reports):
    people = {item["person"]["id"] for item in roles(two_reports, "Budanov")}
    assert len(people) == 1
    aliases = next(item["person"]["aliases"] for item in roles(two_reports, "Budanov"))
    assert "Kirill Budanov" in aliases  # the second article's spelling


def test_one_strike_reported_twice_is_one_event_keeping_each_figure(tmp_path):
    (tmp_path / "wire-a.txt").write_text(
        "KYIV, March 5, 2026 — Russian missiles struck Kharkiv on Wednesday, killing 11 people.\n",
        encoding="utf-8",
    )
    (tmp_path / "wire-b.txt").write_text(
        "KHARKIV, March 5, 2026 — A Russian missile attack on Kharkiv on Wednesday killed at least 12 "
        "people.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    build([tmp_path], store)
    [attack] = events(Store(store), "Attack")
    assert {s["article"] for s in attack["sources"]} == {"wire-a.txt", "wire-b.txt"}
    assert sorted((f["article"], f["value"]) for f in attack["figures_by_source"]) == [
        ("wire-a.txt", 11),
        ("wire-b.txt", 12),
    ]
    assert attack["figures"]["deaths"] in (11, 12)


def test_a_changed_article_replaces_its_graph_and_an_unchanged_one_is_skipped(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("Maria Lopez replaces John Smith as interior minister.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert [r.status for r in build([article], store)] == ["built"]
    assert [r.status for r in build([article], store)] == ["unchanged"]
    article.write_text("Maria Lopez replaces Juan Perez as interior minister.\n", encoding="utf-8")
    assert [r.status for r in build([article], store)] == ["built"]
    answers = who_replaced(Store(store))
    assert [a["predecessor"]["label"] for a in answers] == ["Juan Perez"]
    assert json.dumps(answers)  # plain JSON all the way down


def test_a_store_of_many_articles_still_passes_the_shapes(tmp_path):
    from kg.validate import validate

    store = tmp_path / "store"
    build([CORPUS, seed_article()], store)
    conforms, report = validate(store=store)
    assert conforms, report[:2000]
