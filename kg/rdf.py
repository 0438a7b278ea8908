"""Plain facts -> RDF under the kg ontology: one named graph per article,
deterministic IRIs, so the same article always gives an isomorphic graph."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.model import ArticleFacts, Post
from kg.names import name_keys, slug

KG = Namespace("https://w3id.org/newskg/ontology#")
ID = Namespace("https://w3id.org/newskg/id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
REFERENCE_GRAPH = ID["graph/reference"]


def article_slug(name: str) -> str:
    return slug(name.rsplit(".", 1)[0])


def graph_iri(name: str) -> URIRef:
    """The named graph an article's facts live in."""
    return ID[f"graph/{article_slug(name)}"]


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def date_literal(value: str) -> Literal:
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=kind)


def number_literal(value: int | float) -> Literal:
    if isinstance(value, int) or float(value).is_integer():
        return Literal(int(value), datatype=XSD.integer)
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


def article_graph(facts: ArticleFacts) -> Graph:
    """All the triples of one article, ready to be stored in its named graph."""
    g = Graph(identifier=graph_iri(facts.name))
    g.bind("kg", KG)
    g.bind("id", ID)
    g.bind("nif", NIF)
    stem = article_slug(facts.name)
    article = ID[f"article/{stem}"]
    g.add((article, RDF.type, KG.Article))
    g.add((article, KG.fileName, Literal(facts.name)))
    g.add((article, KG.contentHash, Literal(facts.sha256)))
    if facts.date:
        g.add((article, KG.datePublished, Literal(facts.date, datatype=XSD.date)))
    sentences = {}
    for sentence in facts.sentences:
        node = ID[f"article/{stem}/sentence/{sentence.index}"]
        sentences[sentence.index] = node
        g.add((node, RDF.type, KG.Sentence))
        g.add((node, KG.article, article))
        g.add((node, KG.sentenceIndex, Literal(sentence.index)))
        g.add((node, NIF.beginIndex, Literal(sentence.start)))
        g.add((node, NIF.endIndex, Literal(sentence.end)))
        g.add((node, NIF.anchorOf, Literal(sentence.text)))

    def evidence(node: URIRef, indexes: list[int]) -> None:
        for index in indexes:
            g.add((node, KG.evidence, sentences[index]))

    used = _used_actors(facts)
    for key in sorted(used):
        actor = facts.actors[key]
        node = ID[key]
        g.add((node, RDF.type, KG[actor.kind]))
        g.add((node, RDFS.label, Literal(actor.label)))
        for name in sorted(actor.names):
            g.add((node, KG.mentionedAs, Literal(name)))
        for name_key in sorted(name_keys(actor.label, actor.names, actor.kind == "Person")):
            g.add((node, KG.nameKey, Literal(name_key)))
        if actor.wikidata:
            g.add((node, KG.wikidata, Literal(actor.wikidata)))
        if actor.country and actor.country in facts.actors:
            g.add((node, KG.country, ID[actor.country]))

    def post_node(post: Post) -> URIRef:
        node = ID[post.key]
        g.add((node, RDF.type, KG.Post))
        g.add((node, RDFS.label, Literal(post.label)))
        if post.organization:
            g.add((node, KG.postIn, ID[post.organization]))
        return node

    for tenure in facts.tenures:
        node = ID[f"tenure/{stem}/{digest(tenure.person, tenure.post.key)}"]
        g.add((node, RDF.type, KG.Tenure))
        g.add((node, KG.holder, ID[tenure.person]))
        g.add((node, KG.post, post_node(tenure.post)))
        g.add((node, KG.status, KG[tenure.status]))
        for title in tenure.titles:
            g.add((node, KG.title, Literal(title)))
        evidence(node, tenure.sentences)
    for r in facts.replacements:
        # keyed by who replaced whom, not by article or wording: two articles stating it share one node
        node = ID[f"replacement/{digest(r.successor, r.predecessor)}"]
        g.add((node, RDF.type, KG.Replacement))
        g.add((node, KG.successor, ID[r.successor]))
        g.add((node, KG.predecessor, ID[r.predecessor]))
        g.add((ID[r.successor], KG.replaced, ID[r.predecessor]))
        if r.post:
            g.add((node, KG.post, post_node(r.post)))
        if r.reason:
            g.add((node, KG.reason, Literal(r.reason)))
        for title in r.titles:
            g.add((node, KG.title, Literal(title)))
        if r.date:
            g.add((node, KG.date, date_literal(r.date)))
        evidence(node, r.sentences)
    event_nodes = event_iris(facts)
    for number, event in enumerate(facts.events):
        node = event_nodes[number]
        g.add((node, RDF.type, KG[event.type]))
        g.add((node, RDFS.label, Literal(event.label)))
        for key in event.participants:
            g.add((node, KG.participant, ID[key]))
        for key in event.places:
            g.add((node, KG.place, ID[key]))
        if event.date:
            g.add((node, KG.date, date_literal(event.date)))
        for figure in event.figures.values():
            # each article keeps its own figure, so two reports of one event keep both values
            figure_node = URIRef(f"{node}/figure/{stem}/{figure.name}")
            g.add((node, KG.figure, figure_node))
            evidence(figure_node, event.sentences[:1])
            g.add((figure_node, RDF.type, KG.Figure))
            g.add((figure_node, KG.figureName, Literal(figure.name)))
            g.add((figure_node, KG.value, number_literal(figure.value)))
            if figure.qualifier:
                g.add((figure_node, KG.qualifier, Literal(figure.qualifier)))
            if figure.text:
                g.add((figure_node, KG.text, Literal(figure.text)))
        evidence(node, event.sentences)
    for number, claim in enumerate(facts.claims):
        node = ID[f"claim/{stem}/{number}"]
        g.add((node, RDF.type, KG.Claim))
        g.add((node, KG.speaker, ID[claim.speaker]))
        g.add((node, KG.claimKind, KG[claim.kind]))
        for key in claim.about:
            g.add((node, KG.about, ID[key]))
        g.add((node, KG.text, Literal(claim.text)))
        evidence(node, claim.sentences)
    return g


def event_iris(facts: ArticleFacts) -> list[URIRef]:
    """One IRI per event, shared by every article that reports the same event.

    An event with a place is identified by its type, first place and day (its own date, else the
    article's); a personnel event by its type, person and month; anything else stays the article's.
    Two reports of one strike on Kyiv on 10 October thus meet in one node.
    """
    stem = article_slug(facts.name)
    iris: list[URIRef] = []
    for number, event in enumerate(facts.events):
        day = event.date if event.date and len(event.date) == 10 else facts.date
        if event.places and day:
            key = f"{event.type}/{day}/{event.places[0].split('/', 1)[-1]}"
        elif event.theme and (event.date or facts.date):
            key = f"{event.type}/{(event.date or facts.date)[:7]}/{event.theme.split('/', 1)[-1]}"
        else:
            key = f"{stem}/{number}"
        iri = ID[f"event/{slug_path(key)}"]
        while iri in iris:  # two events of one kind, place and day in one article stay two
            iri = URIRef(f"{iri}-{number}")
        iris.append(iri)
    return iris


def slug_path(key: str) -> str:
    return "/".join(slug(part) for part in key.split("/"))


def _used_actors(facts: ArticleFacts) -> set[str]:
    used = set()
    for t in facts.tenures:
        used |= {t.person, t.post.organization}
    for r in facts.replacements:
        used |= {r.successor, r.predecessor, r.post.organization if r.post else None}
    for e in facts.events:
        used |= set(e.participants) | set(e.places)
    for c in facts.claims:
        used |= {c.speaker, *c.about}
    used = {k for k in used if k in facts.actors}
    # an actor's country is described too, so every kg:country points at a typed node
    used |= {facts.actors[k].country for k in list(used) if facts.actors[k].country in facts.actors}
    return used


ACTORS_GRAPH = ID["graph/actors"]


def split_descriptions(graph: Graph, facts: ArticleFacts) -> tuple[Graph, Graph]:
    """Separate what the article says from who its actors are, for the store.

    An actor is one node across articles, so its label and type live once in a shared graph
    (the reference graph for reference actors, ``graph/actors`` for the others) instead of in
    every article's graph, where a query over all graphs would see them twice. The names an
    article used (kg:mentionedAs) stay with the article.
    """
    own = Graph(identifier=graph.identifier)
    shared = Graph(identifier=ACTORS_GRAPH)
    actors = {ID[key]: actor for key, actor in facts.actors.items()}
    for triple in graph:
        actor = actors.get(triple[0])
        if actor is None or triple[1] in (KG.mentionedAs, KG.nameKey):
            own.add(triple)  # the names this article used ("Moscow" for Russia) find the actor
        if actor is not None and not actor.reference and triple[1] != KG.mentionedAs:
            shared.add(triple)
    return own, shared


def reference_graph() -> Graph:
    """The reference actors with their lookup keys, for the store's reference graph."""
    from kg.gazetteer import reference_actors

    g = Graph(identifier=REFERENCE_GRAPH)
    for triple in reference_actors():
        g.add(triple)
    for subject in set(g.subjects(RDF.type, None)):
        label = g.value(subject, RDFS.label)
        if label is None:
            continue
        aliases = [str(a) for a in g.objects(subject, SKOS.altLabel)]
        person = (subject, RDF.type, KG.Person) in g
        for key in sorted(name_keys(str(label), aliases, person)):
            g.add((subject, KG.nameKey, Literal(key)))
    return g
