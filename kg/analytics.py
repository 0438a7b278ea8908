"""Questions about the shape of the graph: `kg path`, `kg neighbors`, `kg central`, GraphML export.

All of them run networkx on :func:`kg.projection.project`; each link they return carries the
sentences it came from, as every lookup does.
"""

from __future__ import annotations

import io
import itertools

import networkx as nx

from kg.lookups import resolve_name
from kg.projection import ACTOR_KINDS, project
from kg.store import Store

# A hop that a sentence states is preferred to one through a post's ministry or a town's country.
STRUCTURAL_WEIGHT = 1.5
SAMPLED_BETWEENNESS_ABOVE = 1000  # nodes; above this, betweenness from a fixed sample of sources


def node_object(graph: nx.MultiDiGraph, node: str) -> dict:
    """A node as the command-line contract shows an actor (events and posts alike)."""
    a = graph.nodes[node]
    return {
        "id": node,
        "label": a["label"],
        "type": a.get("event_type") or a["kind"],
        "aliases": a["aliases"],
        "wikidata": a["wikidata"],
    }


def link_object(graph: nx.MultiDiGraph, source: str, target: str, data: dict) -> dict:
    return {
        "from": node_object(graph, source),
        "relation": data["label"],
        "to": node_object(graph, target),
        "detail": data["detail"],
        "fact": data["fact"],
        "sources": data["sources"],
    }


def _in_graph(store: Store, graph: nx.MultiDiGraph, name: str) -> list[str]:
    return [actor for actor in resolve_name(store, name) if actor in graph]


def _best_link(graph: nx.MultiDiGraph, a: str, b: str) -> tuple[str, str, dict]:
    """Of the links between two nodes (either direction), the first one a sentence states."""
    links = [(a, b, d) for d in graph.get_edge_data(a, b, default={}).values()]
    links += [(b, a, d) for d in graph.get_edge_data(b, a, default={}).values()]
    return min(links, key=lambda link: (not link[2]["sources"], link[2]["relation"], link[2]["fact"] or ""))


def _weighted(graph: nx.MultiDiGraph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for a, b, data in graph.edges(data=True):
        weight = 1.0 if data["sources"] else STRUCTURAL_WEIGHT
        if not simple.has_edge(a, b) or simple[a][b]["weight"] > weight:
            simple.add_edge(a, b, weight=weight)
    return simple


def path(store: Store, start: str, end: str, graph: nx.MultiDiGraph | None = None) -> list[dict]:
    """The shortest chain of links from ``start`` to ``end`` (names as the lookups take them),
    one dict per hop with its evidence; [] when nothing links them."""
    graph = graph if graph is not None else project(store)
    starts, ends = _in_graph(store, graph, start), _in_graph(store, graph, end)
    simple = _weighted(graph)
    best: list[str] | None = None
    best_length = float("inf")
    for a, b in itertools.product(starts, ends):
        try:
            length, nodes = nx.single_source_dijkstra(simple, a, b, weight="weight")
        except nx.NetworkXNoPath:
            continue
        if length < best_length:
            best, best_length = nodes, length
    if not best or len(best) < 2:
        return []
    return [link_object(graph, *_best_link(graph, a, b)) for a, b in itertools.pairwise(best)]


def neighbors(store: Store, name: str, graph: nx.MultiDiGraph | None = None) -> list[dict]:
    """Every link of the named actor, out and in, with its evidence."""
    graph = graph if graph is not None else project(store)
    links = []
    for actor in _in_graph(store, graph, name):
        for source, target, data in itertools.chain(
            graph.out_edges(actor, data=True), graph.in_edges(actor, data=True)
        ):
            links.append(link_object(graph, source, target, data))
    return sorted(links, key=lambda k: (k["relation"], k["from"]["label"], k["to"]["label"], k["fact"] or ""))


def central(store: Store, top: int = 10, graph: nx.MultiDiGraph | None = None) -> list[dict]:
    """The ``top`` actors by degree (distinct neighbours), with betweenness centrality."""
    graph = graph if graph is not None else project(store)
    simple = nx.Graph(graph.to_undirected(as_view=True))
    sample = None
    if simple.number_of_nodes() > SAMPLED_BETWEENNESS_ABOVE:
        sample = SAMPLED_BETWEENNESS_ABOVE
    betweenness = nx.betweenness_centrality(simple, k=sample, seed=0) if simple.number_of_nodes() else {}
    actors = [n for n, a in graph.nodes(data=True) if a["kind"] in ACTOR_KINDS]
    ranked = sorted(actors, key=lambda n: (-simple.degree(n), -betweenness[n], graph.nodes[n]["label"]))
    return [
        {
            "actor": node_object(graph, n),
            "degree": simple.degree(n),
            "betweenness": round(betweenness[n], 4),
        }
        for n in ranked[:top]
    ]


def graphml(graph: nx.MultiDiGraph) -> str:
    """The projection as GraphML for Gephi or Cytoscape: scalar attributes, evidence as text."""
    flat = nx.MultiDiGraph()
    for node, a in graph.nodes(data=True):
        flat.add_node(
            node,
            label=a["label"],
            kind=a["kind"],
            event_type=a["event_type"] or "",
            aliases="; ".join(a["aliases"]),
            wikidata=a["wikidata"] or "",
        )
    for source, target, data in graph.edges(data=True):
        flat.add_edge(
            source,
            target,
            relation=data["relation"],
            label=data["label"],
            fact=data["fact"] or "",
            detail=data["detail"] or "",
            articles="; ".join(sorted({s["article"] for s in data["sources"]})),
            evidence="\n".join(s["text"] for s in data["sources"]),
        )
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")
