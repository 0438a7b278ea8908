"""The networkx projection of the store: actors, posts and events as nodes, facts as edges.

Paths, neighbours, centrality, GraphML and the HTML view all work on this one projection, so
they show the same graph. Every edge that a fact states keeps the fact's IRI and the sentences
it came from; the structural edges (a post belongs to a ministry, a town to a country) have none.

    >>> graph = project(Store("graphs/store"))  # doctest: +SKIP
    >>> graph.nodes["https://w3id.org/newskg/id/person/kyrylo-budanov"]["label"]  # doctest: +SKIP
    'Kyrylo Budanov'
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.errors import KgError
from kg.lookups import actor_object
from kg.names import fold
from kg.resources import query_text
from kg.store import Store

ACTOR_KINDS = (
    "Person",
    "Country",
    "GovernmentBody",
    "InternationalOrganization",
    "PoliticalParty",
    "Organization",
    "Group",
    "Place",
)
KINDS = (*ACTOR_KINDS, "Post", "Event")

CLAIM_VERBS = {
    "accusation": "accused",
    "denial": "denied about",
    "threat": "threatened",
    "intent": "stated intent about",
    "assertion": "said about",
}
TENURE_VERBS = {"new": "takes up post", "current": "holds post", "former": "held post"}


def relation_label(relation: str) -> str:
    """What an edge reads as in the view and in paths: 'replaced', 'holds post', 'accused', ..."""
    group, _, value = relation.partition(":")
    if group == "tenure":
        return TENURE_VERBS.get(value, "holds post")
    if group == "claim":
        return CLAIM_VERBS.get(value, "said about")
    if group == "participant":
        return "struck in" if value == "Attack" else "took part in"
    return {"place": "took place in", "post in": "is a post in", "located in": "is in"}.get(
        relation, relation
    )


def project(store: Store) -> nx.MultiDiGraph:
    """Every article in the store as one directed multigraph (one edge per fact and relation)."""
    graph = nx.MultiDiGraph()
    for node, attributes in _nodes(store).items():
        graph.add_node(node, **attributes)
    evidence = _evidence(store)
    for row in store.select(query_text("graph-edges")):
        source, target = row["source"], row["target"]
        if source not in graph or target not in graph:
            continue  # an actor only the reference graph knows
        fact, detail = row["fact"], row["detail"]
        if detail and fold(graph.nodes[target]["label"]).startswith(fold(detail)):
            detail = None  # "holds post President (Russia)", not "(President)" again
        graph.add_edge(
            source,
            target,
            key=(row["relation"], fact or "", row["detail"] or ""),
            relation=row["relation"],
            label=relation_label(row["relation"]),
            fact=fact,
            detail=detail,
            sources=evidence.get(fact, []) if fact else [],
        )
    return graph


def _nodes(store: Store) -> dict[str, dict]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for row in store.select(query_text("graph-nodes")):
        rows[row["node"]].append(row)
    nodes = {}
    for iri, described in rows.items():
        actor = actor_object(iri, described)  # as every lookup describes an actor
        kind, event_type = actor["type"], None
        if kind not in KINDS:  # an event class: Attack, Meeting, ...
            kind, event_type = "Event", kind
        nodes[iri] = {
            "label": actor["label"],
            "kind": kind,
            "event_type": event_type,
            "aliases": actor["aliases"],
            "wikidata": actor["wikidata"],
            "within": sorted({r["within"] for r in described if r["within"]}),
        }
    _tell_posts_apart(nodes)
    return nodes


def _tell_posts_apart(nodes: dict[str, dict]) -> None:
    """Two posts with one label ("President" of Russia and of Ukraine) get whose it is added."""
    labels = [a["label"] for a in nodes.values() if a["kind"] == "Post"]
    for a in nodes.values():
        if a["kind"] == "Post" and labels.count(a["label"]) > 1 and a["within"]:
            a["label"] = f"{a['label']} ({a['within'][0]})"


def _evidence(store: Store) -> dict[str, list[dict]]:
    evidence: dict[str, list[dict]] = defaultdict(list)
    for row in store.select(query_text("graph-evidence")):
        evidence[row["fact"]].append({k: row[k] for k in ("article", "sentence", "text")})
    return dict(evidence)


# ---------------------------------------------------------------------- choosing part of the graph


def node_kind(attributes: dict) -> str:
    """The kind the view colours and filters by: an actor's class, Post, or the event's type."""
    return attributes.get("event_type") or attributes["kind"]


def kinds_in(graph: nx.MultiDiGraph) -> list[str]:
    return sorted({node_kind(a) for _, a in graph.nodes(data=True)})


def only_kinds(graph: nx.MultiDiGraph, kinds: list[str]) -> nx.MultiDiGraph:
    """The nodes of the given kinds ('Person', 'Event', 'Attack', ...; any case) and their links."""
    known = {k.lower(): k for k in (*KINDS, *kinds_in(graph))}
    unknown = [k for k in kinds if k.lower() not in known]
    if unknown:
        raise KgError(f"Unknown kind {unknown[0]!r}. Known kinds: {', '.join(sorted(set(known.values())))}")
    wanted = {known[k.lower()] for k in kinds}
    keep = [n for n, a in graph.nodes(data=True) if a["kind"] in wanted or node_kind(a) in wanted]
    return graph.subgraph(keep).copy()


def ego(graph: nx.MultiDiGraph, centres: list[str], depth: int) -> nx.MultiDiGraph:
    """The nodes within ``depth`` links of any centre, links followed in either direction."""
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
    return graph.subgraph(keep).copy()


def most_central(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The ``limit`` nodes with the most links (ties broken by label, so the cut is stable)."""
    if graph.number_of_nodes() <= limit:
        return graph
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), graph.nodes[n]["label"], n))
    return graph.subgraph(ranked[:limit]).copy()
