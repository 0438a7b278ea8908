"""Reference actors (``ontology/actors.ttl``) as lookup tables for the extractor.

The gazetteer helps resolution (aliases, transliterations, capitals, demonyms);
people who are not in it are still found by the NLP model and minted here with
the same IRI scheme, so adding someone to the reference data later keeps their IRI.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.model import Actor
from kg.names import fold
from kg.resources import ontology_dir

KG = "https://w3id.org/newskg/ontology#"
ID = "https://w3id.org/newskg/id/"
KINDS = (
    "Country",
    "InternationalOrganization",
    "GovernmentBody",
    "PoliticalParty",
    "Organization",
    "Person",
    "Group",
    "Place",
)
SPACY_LABEL = {
    "Person": "PERSON",
    "Country": "GPE",
    "Place": "GPE",
    "InternationalOrganization": "ORG",
    "GovernmentBody": "ORG",
    "PoliticalParty": "ORG",
    "Organization": "ORG",
    "Group": "NORP",
}


@dataclass
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_surname: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> country key
    demonym_of: dict[str, str] = field(default_factory=dict)  # country key -> first demonym
    demonym_surface: dict[str, str] = field(default_factory=dict)  # folded demonym -> as written
    capital_of: dict[str, str] = field(default_factory=dict)  # country key -> place key
    country_of_capital: dict[str, str] = field(default_factory=dict)  # place key -> country key

    def add(self, actor: Actor, aliases: list[str]) -> None:
        self.actors[actor.key] = actor
        for name in [actor.label, *aliases]:
            key = fold(name)
            if key and actor.key not in self.by_name[key]:
                self.by_name[key].append(actor.key)
        if actor.kind == "Person":
            for name in [actor.label, *aliases]:
                words = fold(name).split()
                if len(words) > 1 and actor.key not in self.by_surname[words[-1]]:
                    self.by_surname[words[-1]].append(actor.key)

    def lookup(self, name: str, kinds: tuple[str, ...] = KINDS) -> str | None:
        keys = [k for k in self.by_name.get(fold(name), []) if self.actors[k].kind in kinds]
        return keys[0] if len(keys) == 1 else None  # an ambiguous name resolves to nobody

    def entity_patterns(self) -> list[dict]:
        """EntityRuler patterns: every label, alias and demonym, tagged with its actor key."""
        patterns = []
        for actor in self.actors.values():
            label = SPACY_LABEL[actor.kind]
            for name in sorted(actor.names | {actor.label}):
                patterns.append({"label": label, "pattern": name, "id": actor.key})
                if actor.kind not in ("Person", "Country", "Place") and len(name.split()) > 1:
                    # news writes "the defence ministry" in lower case
                    patterns.append({"label": label, "pattern": name.lower(), "id": actor.key})
            if actor.kind == "Person":  # "Zelenskyy said": a known person by any stored surname
                surnames = {name.split()[-1] for name in actor.names | {actor.label} if len(name.split()) > 1}
                for surname in sorted(surnames):
                    if self.by_surname.get(fold(surname)) == [actor.key] and not self.by_name.get(
                        fold(surname)
                    ):
                        patterns.append({"label": label, "pattern": surname, "id": actor.key})
        for demonym, country in self.demonyms.items():
            patterns.append({"label": "NORP", "pattern": self.demonym_surface[demonym], "id": country})
        return patterns


@lru_cache(maxsize=4)
def reference_actors(path: Path | None = None):
    """The parsed reference actors (an rdflib Graph), read once: the extractor's gazetteer and the
    store's reference graph are both made from it. Callers must not modify it."""
    import rdflib

    return rdflib.Graph().parse(path or ontology_dir() / "actors.ttl", format="turtle")


@lru_cache(maxsize=4)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    import rdflib
    from rdflib.namespace import RDF, RDFS, SKOS

    graph = reference_actors(path)
    kg = rdflib.Namespace(KG)
    gaz = Gazetteer()
    for kind in KINDS:
        for subject in graph.subjects(RDF.type, kg[kind]):
            key = str(subject).removeprefix(ID)
            if key in gaz.actors:
                continue
            aliases = sorted(str(a) for a in graph.objects(subject, SKOS.altLabel))
            country = graph.value(subject, kg.country)
            wikidata = graph.value(subject, kg.wikidata)
            actor = Actor(
                key=key,
                label=str(graph.value(subject, RDFS.label)),
                kind=kind,
                names=set(aliases),
                wikidata=str(wikidata) if wikidata else None,
                country=str(country).removeprefix(ID) if country else None,
                reference=True,
            )
            gaz.add(actor, aliases)
    for country, capital in graph.subject_objects(kg.capital):
        gaz.capital_of[str(country).removeprefix(ID)] = str(capital).removeprefix(ID)
        gaz.country_of_capital[str(capital).removeprefix(ID)] = str(country).removeprefix(ID)
    for country, demonym in sorted(graph.subject_objects(kg.demonym)):
        key = str(country).removeprefix(ID)
        gaz.demonyms[fold(str(demonym))] = key
        gaz.demonym_surface[fold(str(demonym))] = str(demonym)
        gaz.demonym_of.setdefault(key, str(demonym))
    return gaz
