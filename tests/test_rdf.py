"""kg.rdf: plain facts -> one named graph per article, deterministic and valid against the shapes."""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.build import write_trig
from kg.model import EVENT_TYPES, Figure, Post, Tenure
from kg.rdf import ID, KG, NIF, article_graph, graph_iri
from kg.validate import validate

FACT_CLASSES = [KG.Tenure, KG.Replacement, KG.Claim, *(KG[t] for t in EVENT_TYPES)]


def facts_nodes(graph: Graph):
    return {s for cls in FACT_CLASSES for s in graph.subjects(RDF.type, cls)}


def test_same_facts_give_the_same_graph(article_facts):
    first, second = article_graph(article_facts), article_graph(article_facts)
    assert isomorphic(first, second)
    assert set(first.subjects()) == set(second.subjects())  # same IRIs, not just the same shape


def test_different_facts_give_a_different_graph(article_facts):
    before = article_graph(article_facts)
    article_facts.claims[0].kind = "denial"
    assert not isomorphic(before, article_graph(article_facts))


def test_graph_holds_every_kind_of_fact(article_facts):
    graph = article_graph(article_facts)
    kinds = {cls for node in facts_nodes(graph) for cls in graph.objects(node, RDF.type)}
    assert kinds == {KG.Tenure, KG.Replacement, KG.Attack, KG.Claim}
    assert (ID["person/anna-novak"], KG.replaced, ID["person/petr-horak"]) in graph


def test_every_fact_cites_its_sentence(article_facts):
    graph = article_graph(article_facts)
    nodes = facts_nodes(graph)
    assert len(nodes) == 4
    for node in nodes:
        evidence = list(graph.objects(node, KG.evidence))
        assert evidence, f"{node} has no evidence"
        for sentence in evidence:
            assert (sentence, RDF.type, KG.Sentence) in graph
            begin = graph.value(sentence, NIF.beginIndex).toPython()
            end = graph.value(sentence, NIF.endIndex).toPython()
            assert str(graph.value(sentence, NIF.anchorOf)) == article_facts.text[begin:end]


def test_graph_is_named_after_the_file(article_facts):
    graph = article_graph(article_facts)
    assert graph.identifier == graph_iri("defence-reshuffle.txt") == ID["graph/defence-reshuffle"]
    assert graph_iri("Other Report.txt") != graph.identifier


def test_two_reports_share_replacements_and_dated_located_events_but_not_tenures_or_claims(
    article_facts, make_article_facts
):
    first = article_graph(article_facts)
    second = article_graph(make_article_facts("another-report.txt"))
    shared = facts_nodes(first) & facts_nodes(second)
    # a replacement is keyed by who replaced whom, an event by type, place and day: two articles
    # stating them meet on one node; tenures (status is relative to an article) and claims do not
    kinds = {next(iter(first.objects(node, RDF.type))) for node in shared}
    assert kinds <= {KG.Replacement, KG.Attack}
    assert KG.Replacement in kinds


def test_figures_of_one_event_keep_each_articles_value(article_facts, make_article_facts):
    first = article_graph(article_facts)
    second = article_graph(make_article_facts("another-report.txt"))
    figures = {f for g in (first, second) for f in g.objects(None, KG.figure)}
    assert len(figures) == len(set(first.objects(None, KG.figure))) * 2


def test_float_figure_is_a_decimal_and_whole_numbers_integers(article_facts):
    figures = article_facts.events[0].figures
    figures["area_km2"] = Figure("area_km2", 0.2)
    figures["evacuated"] = Figure("evacuated", 3000.0)
    graph = article_graph(article_facts)
    values = {
        str(graph.value(f, KG.figureName)): graph.value(f, KG.value)
        for f in graph.subjects(RDF.type, KG.Figure)
    }
    assert values["area_km2"].datatype == XSD.decimal
    assert values["area_km2"].toPython() == Decimal("0.2")
    assert values["evacuated"] == Literal(3000, datatype=XSD.integer)
    assert values["deaths"] == Literal(3, datatype=XSD.integer)


def test_dates_are_typed(article_facts):
    article_facts.replacements[0].date = "2025-10"
    article_facts.events[0].date = "2025"
    graph = article_graph(article_facts)
    replacement = next(graph.subjects(RDF.type, KG.Replacement))
    event = next(graph.subjects(RDF.type, KG.Attack))
    assert graph.value(replacement, KG.date).datatype == XSD.gYearMonth
    assert graph.value(event, KG.date).datatype == XSD.gYear


def test_facts_graph_passes_the_shapes(article_facts, tmp_path):
    trig = tmp_path / "facts.trig"
    write_trig([article_graph(article_facts)], trig)
    conforms, report = validate(trig=trig)
    assert conforms, report


def test_shapes_catch_an_unlabelled_event(article_facts, tmp_path):
    graph = article_graph(article_facts)
    graph.remove((None, RDFS.label, Literal("Missile attack on Kharkiv")))
    trig = tmp_path / "broken.trig"
    write_trig([graph], trig)
    conforms, report = validate(trig=trig)
    assert not conforms
    assert "rdfs:label" in report or "label" in report


def test_trig_round_trips(article_facts, tmp_path):
    from rdflib import Dataset

    graph = article_graph(article_facts)
    trig = tmp_path / "facts.trig"
    write_trig([graph], trig)
    dataset = Dataset().parse(trig, format="trig")
    assert isomorphic(dataset.graph(graph.identifier), graph)


def test_post_of_an_organization_not_in_actors_still_builds(article_facts):
    # regression: _used_actors looked up facts.actors[k] before dropping unknown keys (KeyError)
    ambassador = Post("Ambassador", "country/poland")
    article_facts.tenures.append(Tenure("person/petr-horak", ambassador, "former", [0]))
    graph = article_graph(article_facts)
    assert len(list(graph.subjects(RDF.type, KG.Tenure))) == 2
