"""The networkx projection and what runs on it (paths, neighbours, centrality, GraphML), on a store
built from hand-made facts: Anna Novak replaced Petr Horak as Minister of Defence of Ukraine; Russia
struck Kharkiv; Russia said the strike hit a military target in Ukraine."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics import central, graphml, neighbors, path
from kg.errors import KgError, UnknownName
from kg.projection import ego, most_central, only_kinds, project, relation_label
from kg.store import Store

ID = "https://w3id.org/newskg/id/"
NOVAK, HORAK = ID + "person/anna-novak", ID + "person/petr-horak"
RUSSIA, UKRAINE, KHARKIV = ID + "country/russia", ID + "country/ukraine", ID + "place/kharkiv"


@pytest.fixture(scope="module")
def store(facts_store):
    return Store(facts_store)


@pytest.fixture(scope="module")
def graph(store):
    return project(store)


def kinds(graph):
    return {a["label"]: a["kind"] for _, a in graph.nodes(data=True)}


def edges_between(graph, a, b):
    return list(graph.get_edge_data(a, b, default={}).values())


def test_nodes_are_the_actors_articles_mention_their_posts_and_events(graph):
    assert kinds(graph) == {
        "Anna Novak": "Person",
        "Petr Horak": "Person",
        "Russia": "Country",
        "Ukraine": "Country",
        "Kharkiv": "Place",
        "Minister of Defence": "Post",
        "Missile attack on Kharkiv": "Event",
    }  # and none of the hundreds of actors only the reference graph describes


def test_an_actor_keeps_its_aliases_and_wikidata_id(graph):
    assert graph.nodes[RUSSIA]["aliases"] == ["Moscow"]
    assert graph.nodes[RUSSIA]["wikidata"] == "Q159"
    assert graph.nodes[HORAK]["aliases"] == ["Horak"]


def test_a_replacement_is_an_edge_with_its_sentence(graph):
    (edge,) = edges_between(graph, NOVAK, HORAK)
    assert edge["label"] == "replaced"
    assert edge["detail"] == "Minister of Defence"
    assert [s["sentence"] for s in edge["sources"]] == [0]
    assert "Anna Novak replaced Petr Horak" in edge["sources"][0]["text"]


def test_a_claim_is_an_edge_from_speaker_to_what_it_is_about(graph):
    (edge,) = edges_between(graph, RUSSIA, UKRAINE)
    assert edge["label"] == "said about"
    assert edge["detail"] == "the strike hit a military target in Ukraine"
    assert edge["sources"][0]["sentence"] == 2


def test_an_event_links_its_participants_and_places(graph):
    event = next(n for n, a in graph.nodes(data=True) if a["kind"] == "Event")
    assert graph.nodes[event]["event_type"] == "Attack"
    assert edges_between(graph, RUSSIA, event)[0]["label"] == "struck in"
    assert edges_between(graph, event, KHARKIV)[0]["label"] == "took place in"


def test_structural_links_have_no_sentence(graph):
    post = next(n for n, a in graph.nodes(data=True) if a["kind"] == "Post")
    (belongs,) = edges_between(graph, post, UKRAINE)
    assert (belongs["label"], belongs["sources"], belongs["fact"]) == ("is a post in", [], None)
    assert edges_between(graph, KHARKIV, UKRAINE)[0]["label"] == "is in"


@pytest.mark.parametrize(
    "relation, label",
    [
        ("tenure:new", "takes up post"),
        ("tenure:former", "held post"),
        ("claim:accusation", "accused"),
        ("claim:denial", "denied about"),
        ("participant:Meeting", "took part in"),
    ],
)
def test_relation_labels_read_as_english(relation, label):
    assert relation_label(relation) == label


def test_two_posts_with_one_label_are_told_apart_by_whose_they_are(seed_store):
    graph = project(Store(seed_store))
    posts = {a["label"] for _, a in graph.nodes(data=True) if a["kind"] == "Post"}
    assert {"President (Russia)", "President (Ukraine)"} <= posts
    assert "President" not in posts


# ---------------------------------------------------------------------- choosing part of the graph


def test_only_kinds_keeps_the_nodes_of_those_kinds_in_any_case(graph):
    assert set(kinds(only_kinds(graph, ["person", "COUNTRY"])).values()) == {"Person", "Country"}
    assert list(kinds(only_kinds(graph, ["Attack"]))) == ["Missile attack on Kharkiv"]


def test_an_unknown_kind_is_an_error_that_lists_the_known_ones(graph):
    with pytest.raises(KgError, match="Unknown kind 'Persons'.*Person"):
        only_kinds(graph, ["Persons"])


def test_ego_keeps_what_lies_within_depth_links_either_way(graph):
    assert set(ego(graph, [HORAK], 1)) == {HORAK, NOVAK}
    assert ego(graph, [HORAK], 2).number_of_nodes() == 3  # and Novak's post


def test_most_central_keeps_the_most_linked_nodes(graph):
    assert set(most_central(graph, 1)) == {UKRAINE}
    kept = most_central(graph, 3)
    dropped = set(graph) - set(kept)
    assert min(graph.degree(n) for n in kept) >= max(graph.degree(n) for n in dropped)
    assert most_central(graph, 100) is graph


# ---------------------------------------------------------------------- paths, neighbours, centrality


def test_path_is_a_chain_of_links_each_with_its_evidence(store, graph):
    hops = path(store, "Horak", "Kharkiv", graph)
    chain = [hops[0]["from"]["label"] if hops[0]["from"]["id"] == HORAK else hops[0]["to"]["label"]]
    for hop in hops:
        ends = {hop["from"]["label"], hop["to"]["label"]}
        assert chain[-1] in ends  # each hop starts where the last one ended, whatever its direction
        chain.append((ends - {chain[-1]}).pop())
    assert chain[0] == "Petr Horak" and chain[-1] == "Kharkiv"
    assert hops[0]["relation"] == "replaced"
    assert all(set(h) == {"from", "relation", "to", "detail", "fact", "sources"} for h in hops)


def test_path_prefers_links_that_a_sentence_states():
    graph = nx.MultiDiGraph()
    for node in "abcd":
        graph.add_node(node, label=node, kind="Person", event_type=None, aliases=[], wikidata=None)
    stated = {"relation": "replaced", "label": "replaced", "fact": "f", "detail": None, "sources": [{}]}
    structural = {"relation": "post in", "label": "is a post in", "fact": None, "detail": None, "sources": []}
    graph.add_edge("a", "d", **structural)  # one structural hop ...
    graph.add_edge("a", "b", **stated)  # ... or two stated ones
    graph.add_edge("b", "d", **stated)

    class Names:  # stands in for the store: each name is its own node
        def select(self, query, bindings=None):
            return [{"actor": bindings["key"]}] if bindings else []

    hops = path(Names(), "a", "d", graph)
    assert [(h["from"]["id"], h["to"]["id"]) for h in hops] == [("a", "d")]  # 1.5 < 2
    graph.add_edge("a", "c", **structural)
    graph.add_edge("c", "d", **structural)
    assert len(path(Names(), "a", "d", graph)) == 1


def test_no_path_is_an_empty_answer(store, graph):
    alone = graph.copy()
    alone.remove_edges_from(list(alone.in_edges(HORAK)) + list(alone.out_edges(HORAK)))
    assert path(store, "Horak", "Novak", alone) == []


def test_path_to_an_unknown_name_suggests_close_ones(store, graph):
    with pytest.raises(UnknownName, match="Horak"):
        path(store, "Horack", "Novak", graph)


def test_neighbors_lists_every_link_in_and_out(store, graph):
    links = neighbors(store, "Novak", graph)
    assert {(k["from"]["label"], k["relation"], k["to"]["label"]) for k in links} == {
        ("Anna Novak", "replaced", "Petr Horak"),
        ("Anna Novak", "takes up post", "Minister of Defence"),
    }
    assert all(k["sources"] for k in links)


def test_central_ranks_actors_by_degree_with_betweenness(store, graph):
    ranking = central(store, 3, graph)
    assert ranking[0]["actor"]["label"] == "Ukraine" and ranking[0]["degree"] == 3
    # among the actors with two links, Novak first: every path from Horak goes through her
    assert ranking[1]["actor"]["label"] == "Anna Novak" and ranking[1]["degree"] == 2
    keys = [(-r["degree"], -r["betweenness"]) for r in ranking]
    assert keys == sorted(keys)
    assert 0 < ranking[0]["betweenness"] <= 1
    assert {r["actor"]["type"] for r in central(store, 100, graph)} <= {"Person", "Country", "Place"}


def test_graphml_reads_back_with_evidence_as_text(graph, tmp_path):
    out = tmp_path / "graph.graphml"
    out.write_text(graphml(graph), encoding="utf-8")
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[RUSSIA]["label"] == "Russia"
    replaced = next(d for _, _, d in back.edges(data=True) if d["relation"] == "replaced")
    assert "Anna Novak replaced Petr Horak" in replaced["evidence"]
    assert replaced["articles"] == "defence-reshuffle.txt"


def test_a_fact_two_articles_state_is_one_link_with_both_sentences(make_article_facts, tmp_path):
    import gc

    from kg.build import _vocabulary_graphs
    from kg.rdf import article_graph

    graphs = {}
    for name in ("first.txt", "second.txt"):
        graph = article_graph(make_article_facts(name))
        graphs[str(graph.identifier)] = graph.serialize(format="nt")
    writable = Store(tmp_path / "store", writable=True)
    writable.replace_graphs({**graphs, **_vocabulary_graphs()})
    del writable
    gc.collect()
    graph = project(Store(tmp_path / "store"))
    assert sum(1 for _, a in graph.nodes(data=True) if a["label"] == "Anna Novak") == 1
    (edge,) = edges_between(graph, NOVAK, HORAK)
    assert sorted(s["article"] for s in edge["sources"]) == ["first.txt", "second.txt"]


def test_an_empty_store_projects_to_an_empty_graph_and_view(tmp_path):
    import gc

    from kg.build import _vocabulary_graphs
    from kg.view import page

    writable = Store(tmp_path / "store", writable=True)
    writable.replace_graphs(_vocabulary_graphs())
    del writable
    gc.collect()
    graph = project(Store(tmp_path / "store"))
    assert graph.number_of_nodes() == 0
    assert "0 nodes, 0 links" in page(graph)
