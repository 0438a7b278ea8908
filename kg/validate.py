"""SHACL validation of built graphs with pySHACL against ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.resources import ontology_dir


def data_graph_from_store(store_path) -> rdflib.Graph:  # noqa: F821
    from kg.store import ONTOLOGY_GRAPH, open_store

    store = open_store(store_path)
    return data_graph(q.triple for q in store.quads() if q.graph_name.value != ONTOLOGY_GRAPH)


def data_graph(triples) -> rdflib.Graph:  # noqa: F821
    """pyoxigraph triples as the rdflib graph pySHACL checks."""
    import pyoxigraph as ox
    import rdflib

    data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return rdflib.Graph().parse(data=data, format="nt")


def validate(trig: str | Path | None = None, store=None) -> tuple[bool, str]:
    """Validate a TriG file, or every article and the reference actors in the store.

    Returns (conforms, the pySHACL text report).
    """
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
    else:
        data = data_graph_from_store(store)
    return conforms(data)


def conforms(data) -> tuple[bool, str]:
    """pySHACL with our shapes and ontology on an rdflib graph: (conforms, the text report).
    The reference actors join the data, so that an article may point to them undescribed."""
    import pyshacl
    import rdflib

    data += rdflib.Graph().parse(ontology_dir() / "actors.ttl", format="turtle")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    ok, _graph, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True
    )
    return bool(ok), text
