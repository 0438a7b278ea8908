"""Consistency checks on the reference actors in ontology/actors.ttl (rdflib only)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

ACTORS = Path(__file__).resolve().parents[1] / "ontology" / "actors.ttl"
KG = Namespace("https://w3id.org/newskg/ontology#")
ID = "https://w3id.org/newskg/id/"

KIND_OF_TYPE = {
    KG.Country: "country",
    KG.InternationalOrganization: "org",
    KG.GovernmentBody: "org",
    KG.PoliticalParty: "org",
    KG.Organization: "org",  # armed groups that fight across borders
    KG.Person: "person",
    KG.Place: "place",
}


from kg.names import fold, slug  # noqa: E402  the IRI scheme the extractor mints with


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(ACTORS, format="turtle")


@pytest.fixture(scope="module")
def actors(graph: Graph) -> dict[URIRef, str]:
    """Every typed actor with its kind (from its type)."""
    out: dict[URIRef, str] = {}
    for subject, type_ in graph.subject_objects(RDF.type):
        kind = KIND_OF_TYPE.get(type_)
        assert kind is not None, f"{subject} has unexpected type {type_}"
        assert out.get(subject, kind) == kind, f"{subject} has types of different kinds"
        out[subject] = kind
    return out


def names(graph: Graph, subject: URIRef) -> set[str]:
    return {str(o) for o in graph.objects(subject, RDFS.label)} | {
        str(o) for o in graph.objects(subject, SKOS.altLabel)
    }


def resolve(graph: Graph, actors: dict[URIRef, str], name: str, kind: str) -> set[URIRef]:
    """Actors of ``kind`` that ``name`` denotes (full names and aliases; a person's surname too)."""
    key = fold(name)
    found = set()
    for subject, k in actors.items():
        if k != kind:
            continue
        keys = {fold(n) for n in names(graph, subject)}
        if kind == "person":
            keys |= {k_.split()[-1] for k_ in list(keys) if len(k_.split()) > 1}
        if key in keys:
            found.add(subject)
    return found


def test_file_parses(graph: Graph) -> None:
    assert len(graph) > 500
    assert (None, RDF.type, KG.Country) in graph


def test_every_actor_has_one_label_and_canonical_iri(graph: Graph, actors: dict[URIRef, str]) -> None:
    assert len(actors) > 200
    problems = []
    for subject, kind in sorted(actors.items()):
        labels = list(graph.objects(subject, RDFS.label))
        if len(labels) != 1:
            problems.append(f"{subject}: {len(labels)} labels")
            continue
        label = labels[0]
        if not isinstance(label, Literal) or label.language or label.datatype:
            problems.append(f"{subject}: label {label!r} is not a plain literal")
        expected = URIRef(f"{ID}{kind}/{slug(str(label))}")
        if subject != expected:
            problems.append(f"{subject} should be {expected}")
    assert not problems, "\n".join(problems)


def test_labels_and_aliases_are_plain_nonempty_strings(graph: Graph, actors: dict[URIRef, str]) -> None:
    bad = [
        (s, o)
        for s in actors
        for o in graph.objects(s, SKOS.altLabel)
        if not isinstance(o, Literal) or o.language or o.datatype or not fold(str(o))
    ]
    assert not bad, bad


def test_no_name_denotes_two_actors_of_the_same_kind(graph: Graph, actors: dict[URIRef, str]) -> None:
    owners: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for subject, kind in actors.items():
        for name in names(graph, subject):
            owners[(kind, fold(name))].add(subject)
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, "\n".join(f"{k}: {v}" for k, v in sorted(clashes.items()))


def test_person_surnames_are_unambiguous(graph: Graph, actors: dict[URIRef, str]) -> None:
    """The resolver also matches a person by the last word of any full name: that must stay unique."""
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for subject, kind in actors.items():
        if kind != "person":
            continue
        keys = {fold(n) for n in names(graph, subject)}
        for key in keys | {k.split()[-1] for k in keys if len(k.split()) > 1}:
            owners[key].add(subject)
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_demonyms_are_unique_to_one_country(graph: Graph) -> None:
    owners: dict[str, set] = defaultdict(set)
    for country, demonym in graph.subject_objects(KG.demonym):
        assert (country, RDF.type, KG.Country) in graph, f"demonym on non-country {country}"
        owners[fold(str(demonym))].add(country)
    assert owners
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_wikidata_ids_are_well_formed_and_unique(graph: Graph, actors: dict[URIRef, str]) -> None:
    seen: dict[str, URIRef] = {}
    for subject, qid in graph.subject_objects(KG.wikidata):
        assert subject in actors, f"wikidata id on untyped {subject}"
        assert isinstance(qid, Literal) and re.fullmatch(r"Q[1-9][0-9]*", str(qid)), f"{subject}: {qid!r}"
        assert str(qid) not in seen, f"{qid} on both {seen[str(qid)]} and {subject}"
        seen[str(qid)] = subject
    for subject in actors:
        assert len(list(graph.objects(subject, KG.wikidata))) <= 1, subject
    assert seen["Q212"] == URIRef(ID + "country/ukraine")


def test_country_and_capital_objects_are_typed(graph: Graph) -> None:
    for subject, country in graph.subject_objects(KG.country):
        assert (country, RDF.type, KG.Country) in graph, f"{subject} kg:country {country} is not a kg:Country"
    for country, capital in graph.subject_objects(KG.capital):
        assert (country, RDF.type, KG.Country) in graph, f"{country} has a capital but is not a kg:Country"
        assert (capital, RDF.type, KG.Place) in graph, f"{country} kg:capital {capital} is not a kg:Place"
        assert (capital, KG.country, country) in graph, f"{capital} is not placed in {country}"


def test_everything_but_international_bodies_has_a_country(graph: Graph, actors: dict[URIRef, str]) -> None:
    missing = [
        s
        for s, kind in actors.items()
        if kind in ("person", "place")
        or (s, RDF.type, KG.GovernmentBody) in graph
        or (s, RDF.type, KG.PoliticalParty) in graph
        if (s, KG.country, None) not in graph
    ]
    assert not missing, missing


def test_zelensky_spellings_resolve_to_one_person(graph: Graph, actors: dict[URIRef, str]) -> None:
    zelensky = URIRef(ID + "person/volodymyr-zelensky")
    for spelling in ("Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelenskyy", "Vladimir Zelensky"):
        assert resolve(graph, actors, spelling, "person") == {zelensky}, spelling


def test_shmygal_is_an_alias_of_shmyhal(graph: Graph) -> None:
    shmyhal = URIRef(ID + "person/denys-shmyhal")
    assert Literal("Denys Shmygal") in set(graph.objects(shmyhal, SKOS.altLabel))


def test_us_aliases(graph: Graph, actors: dict[URIRef, str]) -> None:
    us = URIRef(ID + "country/united-states")
    assert Literal("U.S.") in set(graph.objects(us, SKOS.altLabel))
    for name in ("US", "USA", "United States of America", "America"):
        assert resolve(graph, actors, name, "country") == {us}, name
    # capitals are not aliases of their country
    assert "Washington" not in names(graph, us)


def test_kyiv_and_moscow(graph: Graph) -> None:
    kyiv = URIRef(ID + "place/kyiv")
    assert Literal("Kiev") in set(graph.objects(kyiv, SKOS.altLabel))
    assert (URIRef(ID + "country/ukraine"), KG.capital, kyiv) in graph
    assert (URIRef(ID + "country/russia"), KG.capital, URIRef(ID + "place/moscow")) in graph


def test_no_capital_is_an_alias_of_its_country(graph: Graph) -> None:
    for country, capital in graph.subject_objects(KG.capital):
        capital_names = {fold(n) for n in names(graph, capital)}
        assert not capital_names & {fold(n) for n in names(graph, country)}, country


@pytest.mark.parametrize("name", ["Congress", "Parliament", "Senate", "Cabinet", "Government"])
def test_names_many_countries_use_resolve_to_no_one_country(graph: Graph, name: str) -> None:
    assert not list(graph.subjects(SKOS.altLabel, Literal(name)))
    assert not list(graph.subjects(RDFS.label, Literal(name)))


@pytest.mark.parametrize(
    "place, country",
    [("Bengaluru", "india"), ("Timbuktu", "mali"), ("Bryansk", "russia"), ("Cluj", "romania")],
)
def test_major_cities_beyond_the_capitals_know_their_country(graph: Graph, place: str, country: str) -> None:
    [node] = [*graph.subjects(RDFS.label, Literal(place)), *graph.subjects(SKOS.altLabel, Literal(place))]
    assert (node, KG.country, URIRef(f"{ID}country/{country}")) in graph
