"""SHACL validation of built graphs with pySHACL against ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.resources import ontology_dir


def data_graph_from_store(store_path) -> rdflib.Graph:  # noqa: F821
    import pyoxigraph as ox
    import rdflib

    from kg.store import Store

    store = Store(store_path)
    graph = rdflib.Graph()
    ontology = "https://w3id.org/newskg/id/graph/ontology"
    for name in store.graph_names():
        if name == ontology:
            continue
        data = store._db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def validate(trig: str | Path | None = None, store=None) -> tuple[bool, str]:
    """Validate a TriG file, or every article and the reference actors in the store.

    Returns (conforms, the pySHACL text report).
    """
    import pyshacl
    import rdflib

    if trig is not None:
        path = Path(trig)
        if not path.is_file():
            raise KgError(f"No such file: {path}")
        dataset = rdflib.Dataset()
        try:
            dataset.parse(data=path.read_text(encoding="utf-8"), format="trig")
        except Exception as err:  # rdflib raises many parser exception types
            raise KgError(f"{path} is not valid TriG: {' '.join(str(err).split())[:200]}") from None
        data = rdflib.Graph()
        for quad in dataset.quads((None, None, None, None)):
            data.add(quad[:3])
        data += rdflib.Graph().parse(ontology_dir() / "actors.ttl", format="turtle")
    else:
        data = data_graph_from_store(store)
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    conforms, _graph, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True
    )
    return bool(conforms), text
