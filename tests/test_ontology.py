"""Tests for the kg: ontology (ontology/kg.ttl) and its SHACL shapes (ontology/shapes.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

pyshacl = pytest.importorskip("pyshacl")

ONTOLOGY_DIR = Path(__file__).parents[1] / "ontology"
KG_TTL = ONTOLOGY_DIR / "kg.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"

KG = Namespace("https://w3id.org/newskg/ontology#")

# Event types: the minimum vocabulary of ../shared/corpus/README.md.
EVENT_TYPES = [
    "Meeting",
    "Summit",
    "Attack",
    "Evacuation",
    "Appointment",
    "Resignation",
    "Dismissal",
    "Investigation",
    "TerritorialChange",
    "Speech",
    "Proposal",
    "Election",
]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


def validate(data_ttl: str, shapes: Graph, ontology: Graph):
    """The exact call the kg tool uses to validate a graph."""
    data = Graph().parse(data=PREFIXES + data_ttl, format="turtle")
    conforms, _report_graph, report_text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
    )
    return conforms, report_text


# --------------------------------------------------------------------------
# 1. parsing
# --------------------------------------------------------------------------


def test_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 100
    assert len(shapes) > 50
    assert (URIRef("https://w3id.org/newskg/ontology"), RDF.type, OWL.Ontology) in ontology
    assert any(shapes.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")))


# --------------------------------------------------------------------------
# 2. documentation of every term
# --------------------------------------------------------------------------


def _kg_terms(ontology: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    return {
        s
        for kind in kinds
        for s in ontology.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(str(KG))
    }


def test_every_term_is_documented(ontology: Graph) -> None:
    terms = _kg_terms(ontology)
    assert len(terms) > 40, "expected the full kg: vocabulary to be declared"
    missing = []
    for term in sorted(terms):
        is_individual = (term, RDF.type, OWL.NamedIndividual) in ontology
        if ontology.value(term, RDFS.label) is None:
            missing.append(f"{term} lacks rdfs:label")
        has_comment = ontology.value(term, RDFS.comment) is not None
        if is_individual:
            has_comment = has_comment or ontology.value(term, SKOS.definition) is not None
        if not has_comment:
            missing.append(f"{term} lacks rdfs:comment")
    assert not missing, "\n".join(missing)


# --------------------------------------------------------------------------
# 3. event vocabulary
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_event_type_is_subclass_of_event(ontology: Graph, name: str) -> None:
    cls = KG[name]
    assert (cls, RDF.type, OWL.Class) in ontology
    assert (cls, RDFS.subClassOf, KG.Event) in ontology


def test_no_undeclared_event_subclasses(ontology: Graph) -> None:
    declared = {str(s).removeprefix(str(KG)) for s in ontology.subjects(RDFS.subClassOf, KG.Event)}
    assert declared == set(EVENT_TYPES)


# --------------------------------------------------------------------------
# 4./5. SHACL validation
# --------------------------------------------------------------------------

PREFIXES = """
@prefix kg:   <https://w3id.org/newskg/ontology#> .
@prefix id:   <https://w3id.org/newskg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
"""

HASH = "0" * 56 + "deadbeef"

VALID = f"""
id:article-seed a kg:Article ;
    kg:fileName "seed-ukraine-peace-talks.txt" ;
    kg:contentHash "{HASH}" ;
    kg:datePublished "2026-01-03"^^xsd:date .

id:sentence-seed-3 a kg:Sentence ;
    kg:article id:article-seed ;
    kg:sentenceIndex 3 ;
    nif:beginIndex 120 ;
    nif:endIndex 190 ;
    nif:anchorOf "Budanov replaced Andriy Yermak as head of the presidential office." .

id:ukraine a kg:Country ;
    rdfs:label "Ukraine"@en ;
    kg:wikidata "Q212" ;
    kg:demonym "Ukrainian" .

id:russia a kg:Country ;
    rdfs:label "Russia" ;
    kg:wikidata "Q159" .

id:kyrylo-budanov a kg:Person ;
    rdfs:label "Kyrylo Budanov" ;
    kg:country id:ukraine ;
    kg:nameKey "kyrylo budanov", "budanov" ;
    kg:mentionedAs "Budanov" .

id:andriy-yermak a kg:Person ;
    rdfs:label "Andriy Yermak" ;
    kg:country id:ukraine .

id:presidential-office a kg:GovernmentBody ;
    rdfs:label "Office of the President of Ukraine" ;
    kg:country id:ukraine .

id:head-of-presidential-office a kg:Post ;
    rdfs:label "Head of the Office of the President of Ukraine" ;
    kg:postIn id:presidential-office .

id:tenure-1 a kg:Tenure ;
    kg:holder id:kyrylo-budanov ;
    kg:post id:head-of-presidential-office ;
    kg:status kg:new ;
    kg:evidence id:sentence-seed-3 .

id:replacement-1 a kg:Replacement ;
    kg:successor id:kyrylo-budanov ;
    kg:predecessor id:andriy-yermak ;
    kg:post id:head-of-presidential-office ;
    kg:reason "resignation" ;
    kg:evidence id:sentence-seed-3 .

id:figure-1 a kg:Figure ;
    kg:figureName "deaths" ;
    kg:value 28 ;
    kg:qualifier "at least" ;
    kg:text "at least 28 people" .

id:figure-2 a kg:Figure ;
    kg:figureName "area_km2" ;
    kg:value 1.5 .

id:attack-1 a kg:Attack ;
    rdfs:label "Russian strike on Ukraine" ;
    kg:participant id:russia ;
    kg:place id:ukraine ;
    kg:figure id:figure-1, id:figure-2 ;
    kg:date "2026-01-02"^^xsd:date ;
    kg:evidence id:sentence-seed-3 .

id:claim-1 a kg:Claim ;
    kg:speaker id:russia ;
    kg:claimKind kg:accusation ;
    kg:about id:ukraine ;
    kg:text "Ukraine is a terrorist state" ;
    kg:evidence id:sentence-seed-3 .
"""


def test_valid_graph_conforms(shapes: Graph, ontology: Graph) -> None:
    conforms, report = validate(VALID, shapes, ontology)
    assert conforms, report


def test_subclass_instances_are_targeted(shapes: Graph, ontology: Graph) -> None:
    """A kg:Attack without evidence must be caught by kg:EventShape (targets kg:Event)."""
    broken = VALID.replace(
        'kg:date "2026-01-02"^^xsd:date ;\n    kg:evidence id:sentence-seed-3 .',
        'kg:date "2026-01-02"^^xsd:date .',
    )
    assert broken != VALID
    conforms, report = validate(broken, shapes, ontology)
    assert not conforms
    assert "EventShape" in report or "evidence" in report


def _mutate(old: str, new: str) -> str:
    assert old in VALID, f"fixture text not found: {old!r}"
    return VALID.replace(old, new, 1)


# name -> (invalid data graph, fragment of the sh:resultMessage it must produce)
INVALID = {
    "tenure without evidence": (
        _mutate("kg:status kg:new ;\n    kg:evidence id:sentence-seed-3 .", "kg:status kg:new ."),
        "tenure must cite at least one kg:evidence",
    ),
    "tenure with unknown status": (
        _mutate("kg:status kg:new", "kg:status kg:accusation"),
        "exactly one kg:status",
    ),
    "claim with two speakers": (
        _mutate("kg:speaker id:russia ;", "kg:speaker id:russia, id:ukraine ;"),
        "exactly one kg:speaker",
    ),
    "claim with unknown kind": (
        _mutate("kg:claimKind kg:accusation", "kg:claimKind kg:new"),
        "exactly one kg:claimKind",
    ),
    "claim speaker not an actor": (
        _mutate("kg:speaker id:russia ;", "kg:speaker id:sentence-seed-3 ;"),
        "exactly one kg:speaker",
    ),
    "figure with unknown name": (
        _mutate('kg:figureName "deaths"', 'kg:figureName "casualties"'),
        "kg:figureName from the list",
    ),
    "figure with string value": (
        _mutate("kg:value 28 ;", 'kg:value "28" ;'),
        "exactly one kg:value",
    ),
    "sentence whose begin equals end": (
        _mutate("nif:endIndex 190", "nif:endIndex 120"),
        "must be smaller than its nif:endIndex",
    ),
    "sentence whose begin is after end": (
        _mutate("nif:endIndex 190", "nif:endIndex 100"),
        "must be smaller than its nif:endIndex",
    ),
    "replacement whose successor is its predecessor": (
        _mutate("kg:predecessor id:andriy-yermak", "kg:predecessor id:kyrylo-budanov"),
        "successor and the predecessor must be different",
    ),
    "wikidata id without Q": (
        _mutate('kg:wikidata "Q212"', 'kg:wikidata "212"'),
        "Wikidata Q-identifier",
    ),
    "place that is not a place": (
        _mutate("kg:place id:ukraine", "kg:place id:kyrylo-budanov"),
        "must be a kg:Place",
    ),
    "actor without label": (
        _mutate('rdfs:label "Andriy Yermak" ;', ""),
        "actor must have at least one rdfs:label",
    ),
    "article with bad hash": (
        _mutate(f'kg:contentHash "{HASH}"', 'kg:contentHash "ABC"'),
        "kg:contentHash",
    ),
}


@pytest.mark.parametrize(("data", "expected"), list(INVALID.values()), ids=list(INVALID.keys()))
def test_invalid_graph_does_not_conform(shapes: Graph, ontology: Graph, data: str, expected: str) -> None:
    conforms, report = validate(data, shapes, ontology)
    assert not conforms, "expected a SHACL violation but the graph conforms"
    assert expected in report, report
