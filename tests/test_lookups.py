"""kg.lookups on a store built from hand-made facts, independent of the extractor's quality."""

from __future__ import annotations

import json

import pytest

from kg.errors import KgError, UnknownName
from kg.lookups import claims, events, roles, who_replaced
from kg.store import Store

ID = "https://w3id.org/newskg/id/"
ACTOR_KEYS = {"id", "label", "type", "aliases", "wikidata"}
SOURCE_KEYS = {"article", "sentence", "start", "end", "text"}


@pytest.fixture
def store(facts_store):
    return Store(facts_store)


def assert_actor(actor):
    assert set(actor) == ACTOR_KEYS
    assert actor["label"] not in actor["aliases"]
    assert isinstance(actor["aliases"], list)


def assert_sources(sources, text_of_sentence):
    assert sources
    for source in sources:
        assert set(source) == SOURCE_KEYS
        assert source["article"] == "defence-reshuffle.txt"
        assert text_of_sentence in source["text"]


def test_who_replaced_lists_every_replacement(store):
    [item] = who_replaced(store)
    assert item["successor"]["label"] == "Anna Novak"
    assert item["predecessor"]["label"] == "Petr Horak"
    assert item["post"] == {
        "id": ID + "post/ukraine/minister-of-defence",
        "label": "Minister of Defence",
        "title": "Minister of Defence",  # as the article wrote it
    }
    assert item["date"] == "2025-10-13"
    assert item["reason"] == "resigned over a procurement scandal"


@pytest.mark.parametrize("name", ["Anna Novak", "novak", "Petr Horak", "HORAK", "Horák"])
def test_who_replaced_by_successor_or_predecessor(store, name):
    [item] = who_replaced(store, name)
    assert item["successor"]["id"] == ID + "person/anna-novak"


def test_who_replaced_someone_who_replaced_nobody_is_empty(store):
    assert who_replaced(store, "Russia") == []


def test_roles_by_name(store):
    [item] = roles(store, "Novak")
    assert item["person"]["label"] == "Anna Novak"
    assert item["post"]["label"] == "Minister of Defence"
    assert item["status"] == "new"
    assert item["organization"]["label"] == "Ukraine"


def test_reference_graph_describes_reference_actors(store):
    [item] = roles(store, "Anna Novak")
    assert item["organization"]["wikidata"] == "Q212"
    assert item["organization"]["type"] == "Country"


@pytest.mark.parametrize("kind", ["Attack", "attack", "ATTACK"])
def test_events_by_type_ignores_case(store, kind):
    [event] = events(store, kind)
    assert event["type"] == "Attack"
    assert event["figures"] == {"deaths": 3}
    assert [a["label"] for a in event["places"]] == ["Kharkiv"]
    assert [a["label"] for a in event["participants"]] == ["Russia"]
    assert event["date"] == "2025-10-12"


def test_events_of_a_known_type_with_none_is_empty(store):
    assert events(store, "Meeting") == []


def test_unknown_event_type_lists_the_known_ones(store):
    with pytest.raises(KgError) as caught:
        events(store, "Parade")
    assert "Parade" in str(caught.value)
    assert "Attack" in str(caught.value) and "Meeting" in str(caught.value)


def test_claims_by_speaker_alias(store):
    [claim] = claims(store, "Moscow")
    assert claim["speaker"]["id"] == ID + "country/russia"
    assert "Moscow" in claim["speaker"]["aliases"]
    assert claim["kind"] == "assertion"
    assert [a["label"] for a in claim["about"]] == ["Ukraine"]


def test_claims_by_someone_who_said_nothing_is_empty(store):
    assert claims(store, "Novak") == []


def test_misspelt_name_suggests_close_matches(store):
    with pytest.raises(UnknownName) as caught:
        who_replaced(store, "Novakk")
    assert "Anna Novak" in caught.value.suggestions
    assert "Did you mean" in str(caught.value)


def test_unrelated_name_has_no_bogus_suggestion(store):
    with pytest.raises(UnknownName) as caught:
        roles(store, "Zzyzx Qwerty")
    assert caught.value.suggestions == []


def test_who_replaced_json_shape(store):
    [item] = who_replaced(store)
    assert set(item) == {"successor", "predecessor", "post", "organization", "date", "reason", "sources"}
    assert set(item["post"]) == {"id", "label", "title"}
    for actor in (item["successor"], item["predecessor"], item["organization"]):
        assert_actor(actor)
    assert_sources(item["sources"], "Anna Novak replaced Petr Horak")


def test_roles_json_shape(store):
    [item] = roles(store)
    assert set(item) == {"person", "post", "organization", "status", "sources"}
    assert set(item["post"]) == {"id", "label", "title"}  # the title as the article wrote it
    assert item["post"]["title"] == "Minister of Defence"
    assert_actor(item["person"])
    assert_actor(item["organization"])
    assert_sources(item["sources"], "Minister of Defence")


def test_events_json_shape(store):
    [item] = events(store)
    # the contract's keys, plus each article's own figures (an event reported twice keeps both values)
    assert set(item) == {
        "id",
        "type",
        "label",
        "date",
        "places",
        "participants",
        "figures",
        "sources",
        "figures_by_source",
    }
    assert {f["name"] for f in item["figures_by_source"]} == set(item["figures"])
    for actor in item["places"] + item["participants"]:
        assert_actor(actor)
    assert_sources(item["sources"], "missile attack on Kharkiv")


def test_claims_json_shape(store):
    [item] = claims(store)
    assert set(item) == {"id", "speaker", "kind", "about", "text", "sources"}
    assert_actor(item["speaker"])
    for actor in item["about"]:
        assert_actor(actor)
    assert item["text"] == "the strike hit a military target in Ukraine"
    assert_sources(item["sources"], "Moscow said")


def test_sources_point_into_the_article(store, article_facts):
    for item in who_replaced(store) + roles(store) + events(store) + claims(store):
        for source in item["sources"]:
            assert article_facts.text[source["start"] : source["end"]] == source["text"]


def test_results_are_json_serialisable(store):
    for items in (who_replaced(store), roles(store), events(store), claims(store)):
        assert json.loads(json.dumps(items)) == items
