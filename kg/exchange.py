"""`kg export` and `kg import`: the graph in the standard RDF formats, out and in.

Export writes every named graph (articles, reference actors, ontology) or one article's, in
Turtle (the graphs merged: Turtle has none), TriG, N-Quads or JSON-LD, with pyoxigraph's writers.
Import reads RDF made elsewhere, checks it against the SHACL shapes first, and only then adds it:
each named graph of the file replaces the store's graph of that name; the triples of a file with
no graphs (Turtle, N-Triples) go to one graph named after the file.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.names import slug
from kg.store import GRAPHS, IMPORT_GRAPHS, KG_PREFIXES, ONTOLOGY_GRAPH

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
EXTENSIONS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}
PREFIXES = {k: v for k, v in KG_PREFIXES.items() if k != "id"}  # id: would need escaped slashes


def export(store, fmt: str, article: str | None = None) -> bytes:
    """The store (or one article's graph, by file name) serialized in ``fmt`` (a FORMATS key)."""
    graph = None
    if article:
        from kg.rdf import graph_iri

        graph = str(graph_iri(article if article.endswith(".txt") else article + ".txt"))
        if graph not in store.graph_names():
            known = sorted(n.rsplit("/", 1)[-1] + ".txt" for n in store.graph_names() if _is_article(n))
            raise KgError(f"No article {article!r} in the store. Articles: {', '.join(known) or 'none'}")
    quads = sorted(store.quads(graph), key=_order)
    if FORMATS[fmt].supports_datasets:
        return ox.serialize(quads, format=FORMATS[fmt], prefixes=PREFIXES)
    triples = list(dict.fromkeys(q.triple for q in quads))  # the graphs merged, each triple once
    return ox.serialize(triples, format=FORMATS[fmt], prefixes=PREFIXES)


def _is_article(graph: str) -> bool:
    vocabulary = graph in (ONTOLOGY_GRAPH, GRAPHS + "reference", GRAPHS + "actors")
    return graph.startswith(GRAPHS) and not vocabulary and not graph.startswith(IMPORT_GRAPHS)


def _order(quad: ox.Quad) -> tuple:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))


def read(path: Path, graph: str | None = None) -> dict[str, list[ox.Triple]]:
    """The graphs of an RDF file: graph IRI -> triples. Triples outside any graph go to ``graph``,
    by default one named after the file."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"No such file: {path}")
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(EXTENSIONS))
        raise KgError(f"Cannot tell the RDF format of {path.name}: name it with one of {known}")
    default = graph or IMPORT_GRAPHS + slug(path.stem)
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    try:
        for item in ox.parse(path.read_bytes(), format=fmt, base_iri=path.resolve().as_uri()):
            name = getattr(item, "graph_name", None)
            target = default if name is None or isinstance(name, ox.DefaultGraph) else name.value
            graphs[target].append(item.triple if isinstance(item, ox.Quad) else item)
    except SyntaxError as err:
        raise KgError(f"{path.name} is not valid {fmt.name}: {' '.join(str(err).split())[:200]}") from None
    if not graphs:
        raise KgError(f"{path.name} holds no triples")
    return dict(graphs)


def check(graphs: dict[str, list[ox.Triple]]) -> tuple[bool, str]:
    """The SHACL shapes on what a file would add (with the reference actors it may point to)."""
    from kg.validate import conforms, data_graph

    return conforms(data_graph(t for name, found in graphs.items() if name != ONTOLOGY_GRAPH for t in found))


def import_file(location, path: Path, graph: str | None = None) -> dict[str, int]:
    """Check ``path`` against the shapes, then write its graphs into the store at ``location`` (all
    or nothing; the store is not even created for a file that fails). Returns the triples written
    per graph; raises NotConforming with the report if the file fails the shapes."""
    from kg.store import open_store

    graphs = read(path, graph)
    ok, report = check(graphs)
    if not ok:
        raise NotConforming(path, report)
    store = open_store(location, writable=True)
    store.replace_graphs({name: ntriples(found) for name, found in graphs.items()})
    del store  # closed now: a reader may open it next
    return {name: len(triples) for name, triples in sorted(graphs.items())}


def ntriples(triples: list[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


class NotConforming(KgError):
    def __init__(self, path: Path, report: str):
        self.report = report
        super().__init__(f"{Path(path).name} does not conform to the shapes; nothing was imported")
