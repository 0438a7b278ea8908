"""Building: articles -> facts -> RDF -> the store, all or nothing.

Every article is read and extracted before the store is touched, and all the
named graphs are written in one transaction, so a failed build leaves the
store as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.resources import ontology_dir, seed_article


@dataclass
class ArticleReport:
    name: str
    status: str  # built | unchanged
    seconds: float = 0.0
    sentences: int = 0
    actors: int = 0
    tenures: int = 0
    replacements: int = 0
    events: int = 0
    claims: int = 0
    triples: int = 0


def article_paths(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders expanded to their ``*.txt`` files; nothing = the bundled seed article."""
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(path.glob("*.txt"))
            if not found:
                raise InputError(f"{path} holds no .txt articles")
            paths += found
        elif not path.exists():
            raise InputError(f"No such file: {path}")
        else:
            paths.append(path)
    names = [p.name for p in paths]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InputError(
            f"Two articles share a file name ({', '.join(duplicates)}); a name identifies an article"
        )
    return paths or [seed_article()]


def build(
    inputs: Iterable[str | Path] = (),
    store=None,
    *,
    date: str | None = None,
    force: bool = False,
    trig: str | Path | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[ArticleReport]:
    """Build articles into the store (``kg.store.Store`` location or object); returns one report each.

    >>> build(["article.txt"], "graphs/store")  # doctest: +SKIP
    [ArticleReport(name='article.txt', status='built', ...)]
    """
    from kg.rdf import ACTORS_GRAPH, graph_iri, split_descriptions
    from kg.store import open_store
    from kg.text import read_article

    articles = [read_article(path, date) for path in article_paths(inputs)]
    location = getattr(store, "location", store)  # a Store, a RemoteStore, or where one is
    existing = _built_versions(location, [a.name for a in articles]) if not force else {}
    reports: list[ArticleReport] = []
    graphs = {}
    actors = []
    built = []
    if any(existing.get(a.name) != (a.sha256, a.date) for a in articles):
        from kg.nlp import load_pipeline

        load_pipeline()  # once, before the clock starts: per-article times are extraction only
    for number, article in enumerate(articles, 1):
        if progress:
            progress(article.name, number, len(articles))
        if existing.get(article.name) == (article.sha256, article.date):
            reports.append(ArticleReport(article.name, "unchanged"))
            continue
        started = time.perf_counter()
        facts, graph = _extract(article)
        built.append(graph)
        own, shared = split_descriptions(graph, facts)
        graphs[str(graph_iri(article.name))] = own.serialize(format="nt")
        actors.append(shared.serialize(format="nt"))
        reports.append(
            ArticleReport(
                article.name,
                "built",
                time.perf_counter() - started,
                len(facts.sentences),
                len(facts.actors),
                len(facts.tenures),
                len(facts.replacements),
                len(facts.events),
                len(facts.claims),
                len(graph),
            )
        )
    if graphs:
        graphs.update(_vocabulary_graphs())
        target = store if hasattr(store, "replace_graphs") else open_store(location, writable=True)
        target.replace_graphs(graphs, {str(ACTORS_GRAPH): "\n".join(actors)})
    if trig:
        write_trig(built, trig)
    return reports


def _extract(article):
    from kg.extract import extract
    from kg.rdf import article_graph

    facts = extract(article)
    return facts, article_graph(facts)


def _built_versions(location, names: list[str]) -> dict[str, tuple[str, str | None]]:
    from kg.errors import StoreError
    from kg.rdf import graph_iri
    from kg.store import default_location, is_url, open_store

    location = location if location else default_location()
    if not is_url(str(location)) and not Path(location).is_dir():
        return {}
    try:
        store = open_store(location)
    except StoreError:
        return {}
    versions = {name: store.article_version(str(graph_iri(name))) for name in names}
    del store
    return {k: v for k, v in versions.items() if v}


def _vocabulary_graphs() -> dict[str, str]:
    """The ontology and the reference actors, refreshed with every build."""
    import rdflib

    from kg.rdf import ID, REFERENCE_GRAPH, reference_graph

    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    return {
        str(ID["graph/ontology"]): ontology.serialize(format="nt"),
        str(REFERENCE_GRAPH): reference_graph().serialize(format="nt"),
    }


def write_trig(graphs, path: str | Path) -> None:
    """Write article graphs to one TriG file, quads sorted so that a rebuild diffs cleanly."""
    import pyoxigraph as ox

    from kg.store import KG_PREFIXES

    quads = []
    for graph in graphs:
        name = ox.NamedNode(str(graph.identifier))
        for triple in ox.parse(graph.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, name))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    prefixes = {k: v for k, v in KG_PREFIXES.items() if k != "id"}  # id: would need escaped slashes
    Path(path).write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes))
