"""The HTML graph view: one self-contained page drawn by vis-network through pyvis.

The page works offline (vis-network is inlined from the copy pyvis ships; no CDN, no web font),
opens fast on large graphs (positions are computed here with igraph's Fruchterman-Reingold, so
the browser runs no physics), and shows the sentence behind every link. Article text reaches the
page only as JSON data (Jinja2's ``tojson`` escapes ``<``, ``>`` and ``&``) and is put on screen
as text (vis-network's string tooltips, ``textContent`` in the evidence panel), never as markup.
"""

from __future__ import annotations

import math
import random
import re
import statistics
from importlib.resources import files
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from kg.errors import KgError
from kg.projection import node_kind

# kind -> (colour, vis-network shape); the legend lists them in this order
STYLES = {
    "Person": ("#4e79a7", "dot"),
    "Country": ("#e15759", "diamond"),
    "GovernmentBody": ("#f28e2b", "square"),
    "InternationalOrganization": ("#76b7b2", "triangle"),
    "PoliticalParty": ("#b07aa1", "triangleDown"),
    "Organization": ("#edc948", "square"),
    "Group": ("#9c755f", "hexagon"),
    "Place": ("#59a14f", "triangleDown"),
    "Post": ("#bab0ac", "dot"),
    "Event": ("#ff9da7", "star"),
}
RELATION_COLOURS = {"tenure": "#8c8c8c", "replaced": "#4e79a7", "claim": "#e15759", "participant": "#f28e2b"}
LABEL_LENGTH = 36
TOOLTIP_QUOTES = 3
EDGE_LABELS_UP_TO = 400  # edges; past this the labels are only in tooltips and the panel
EDGE_LENGTH = 180  # pixels between linked nodes, on average
MAX_NODES = 2000  # the most linked nodes a view keeps unless told otherwise


def layout(graph: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions in pixels, the same for the same graph every time.

    Each connected part is laid out alone with igraph's Fruchterman-Reingold (seeded; 0.2 s for
    2,000 nodes, where networkx takes 15 s), then the parts are packed in rows, largest first:
    laid out together, lone nodes drift far off and shrink the rest to a dot.
    """
    import igraph

    parts = sorted(
        (sorted(part) for part in nx.weakly_connected_components(graph)), key=lambda p: (-len(p), p[0])
    )
    rng = random.Random(seed)
    igraph.set_random_number_generator(rng)
    try:
        drawn = [_part_layout(graph.subgraph(part), part, rng, igraph) for part in parts]
    finally:
        igraph.set_random_number_generator(random)
    return _pack(drawn)


def _part_layout(part: nx.MultiDiGraph, nodes: list[str], rng: random.Random, igraph) -> dict:
    """One connected part, scaled so that linked nodes lie about EDGE_LENGTH apart; origin at 0, 0."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted({tuple(sorted((index[a], index[b]))) for a, b in part.edges() if a != b})
    # start spread as igraph itself does (a box of sqrt(n)): crammed in a unit box, its grid of
    # cells holds every node at once and the layout takes 18 times as long
    half = max(1.0, math.sqrt(len(nodes)) / 2)
    start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in nodes]
    coords = igraph.Graph(n=len(nodes), edges=edges).layout_fruchterman_reingold(seed=start, niter=500)
    lengths = [math.dist(coords[a], coords[b]) for a, b in edges] or [1.0]
    scale = EDGE_LENGTH / (statistics.median(lengths) or 1.0)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    return {n: ((x - min(xs)) * scale, (y - min(ys)) * scale) for n, x, y in zip(nodes, xs, ys, strict=True)}


def _pack(parts: list[dict]) -> dict[str, tuple[float, float]]:
    """Place the parts (each with its origin at its top left) in rows of about equal width."""
    boxes = [(max(x for x, _ in p.values()), max(y for _, y in p.values())) for p in parts]
    gap = EDGE_LENGTH
    area = sum((w + gap) * (h + gap) for w, h in boxes)
    row_width = max(math.sqrt(area) * 1.3, boxes[0][0] + gap) if boxes else 0
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part, (width, height) in zip(parts, boxes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in part.items():
            positions[node] = (round(x + px, 1), round(y + py, 1))
        x += width + gap
        row_height = max(row_height, height)
    return positions


def kind_name(kind: str) -> str:
    """GovernmentBody -> Government body."""
    words = re.findall(r"[A-Z][a-z]*", kind)
    return " ".join([words[0], *(w.lower() for w in words[1:])])


def short(text: str, length: int = LABEL_LENGTH) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "\u2026"


def quote_lines(sources: list[dict], limit: int | None = None) -> list[str]:
    shown = sources if limit is None else sources[:limit]
    lines = [f"\u201c{s['text']}\u201d \u2014 {s['article']}, sentence {s['sentence']}" for s in shown]
    if limit is not None and len(sources) > limit:
        lines.append(f"(+{len(sources) - limit} more)")
    return lines


def link_sentence(graph: nx.MultiDiGraph, source: str, target: str, data: dict) -> str:
    line = f"{graph.nodes[source]['label']} {data['label']} {graph.nodes[target]['label']}"
    if data["detail"]:
        line += f" ({short(data['detail'], 120)})"
    return line


def node_tooltip(graph: nx.MultiDiGraph, node: str) -> str:
    a = graph.nodes[node]
    lines = [a["label"], node_kind(a) if a["kind"] != "Event" else f"Event: {a['event_type']}"]
    if a["aliases"]:
        lines.append("also: " + ", ".join(a["aliases"]))
    if a["wikidata"]:
        lines.append(f"Wikidata: {a['wikidata']}")
    seen: dict[tuple, dict] = {}  # each sentence once, however many links it states
    for _, _, data in [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]:
        for s in data["sources"]:
            seen.setdefault((s["article"], s["sentence"]), s)
    sources = list(seen.values())
    lines.append(f"{graph.degree(node)} links")
    return "\n".join(lines + quote_lines(sources, TOOLTIP_QUOTES))


def network(graph: nx.MultiDiGraph) -> Network:
    """The pyvis network of a projection: styled nodes at fixed positions, labelled edges."""
    net = Network(directed=True, height="100%", width="100%")
    positions = layout(graph)
    degrees = dict(graph.degree())
    for node in sorted(graph.nodes):
        a = graph.nodes[node]
        colour, shape = STYLES.get(a["kind"], STYLES["Organization"])
        x, y = positions[node]
        net.add_node(
            node,
            label=short(a["label"]),
            title=node_tooltip(graph, node),
            color=colour,
            shape=shape,
            size=round(8 + 4 * math.sqrt(degrees[node]), 1),
            x=x,
            y=y,
            kind=a["kind"],
            eventType=a["event_type"],
            fullLabel=a["label"],
            aliases=a["aliases"],
            wikidata=a["wikidata"],
        )
    labelled = graph.number_of_edges() <= EDGE_LABELS_UP_TO
    for number, (source, target, data) in enumerate(sorted(graph.edges(data=True), key=_edge_order)):
        sentence = link_sentence(graph, source, target, data)
        label = {"label": data["label"]} if labelled else {}
        net.add_edge(
            source,
            target,
            id=number,
            **label,
            title="\n".join([sentence, *quote_lines(data["sources"])]),
            color=RELATION_COLOURS.get(data["relation"].partition(":")[0], "#b0b0b0"),
            dashes=not data["sources"],
            sentence=sentence,
            evidence=data["sources"],
        )
    return net


def _edge_order(edge: tuple) -> tuple:
    source, target, data = edge
    return (source, target, data["relation"], data["fact"] or "", data["detail"] or "")


def _vis_bundle() -> str:
    """The vis-network build that pyvis ships (9.1.2), to inline in the page."""
    from pyvis import __file__ as pyvis_init

    bundle = Path(pyvis_init).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
    if not bundle.is_file():
        raise KgError(f"pyvis' copy of vis-network is missing ({bundle}): reinstall pyvis")
    script = bundle.read_text(encoding="utf-8")
    if "</script" in script.lower():  # would end the inline script early
        raise KgError(f"{bundle} cannot be inlined: it contains </script>")
    return script


def page(graph: nx.MultiDiGraph, title: str = "kg graph view", note: str | None = None) -> str:
    """The whole HTML page for a projection (or any part of one)."""
    net = network(graph)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = environment.from_string(
        files("kg").joinpath("templates/view.html").read_text(encoding="utf-8")
    )
    kinds = {}
    for _, a in graph.nodes(data=True):
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    legend = [
        {"kind": kind, "name": kind_name(kind), "colour": colour, "shape": shape, "count": kinds[kind]}
        for kind, (colour, shape) in STYLES.items()
        if kind in kinds
    ]
    return template.render(
        title=title,
        note=note,
        nodes=nodes,
        edges=edges,
        legend=legend,
        node_count=graph.number_of_nodes(),
        edge_count=graph.number_of_edges(),
        vis_script=Markup(_vis_bundle()),
        smooth=graph.number_of_edges() <= EDGE_LABELS_UP_TO,
    )


def write(graph: nx.MultiDiGraph, out: Path, title: str = "kg graph view", note: str | None = None) -> Path:
    """Write the page to ``out`` (its folder is created); written whole or not at all."""
    html = page(graph, title=title, note=note)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        partial.write_text(html, encoding="utf-8")
        partial.replace(out)
    except OSError as err:
        raise KgError(f"Cannot write the view to {out}: {err}") from None
    return out


def view(
    store,
    out: Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    kinds: tuple[str, ...] = (),
    max_nodes: int | None = MAX_NODES,
) -> dict:
    """Project the store, keep the part asked for, and write the page. Returns what was shown."""
    from kg.lookups import resolve_name
    from kg.projection import ego, most_central, only_kinds, project

    graph = project(store)
    total = graph.number_of_nodes()
    title = "kg graph view"
    if focus:
        centres = [a for a in resolve_name(store, focus) if a in graph]
        if not centres:
            raise KgError(f"{focus!r} is in the store but no article links it to anything")
        graph = ego(graph, centres, depth)
        title = f"kg: {graph.nodes[centres[0]]['label']} and {depth} link{'s' if depth > 1 else ''} around"
    if kinds:
        graph = only_kinds(graph, list(kinds))
    shown = most_central(graph, max_nodes) if max_nodes else graph
    note = None
    if shown.number_of_nodes() < graph.number_of_nodes():
        note = f"the {shown.number_of_nodes()} most linked of {graph.number_of_nodes()} (--max-nodes)"
    write(shown, out, title=title, note=note)
    return {"out": out, "nodes": shown.number_of_nodes(), "links": shown.number_of_edges(), "of": total}
