"""Readable text for the lookups: one fact per line, then the sentence it came from."""

from __future__ import annotations

import textwrap

from kg.model import EVENT_TYPES
from kg.names import fold

LOWER_TITLES = ("Head ", "Leader ", "Chief ")


def name(actor: dict | None) -> str:
    return actor["label"] if actor else "?"


def surname(actor: dict | None) -> str:
    label = name(actor)
    return label.split()[-1] if actor and actor.get("type") == "Person" else label


def post_phrase(post: dict | None) -> str:
    if not post or not post.get("label"):
        return ""
    label = post["label"]
    if label.startswith(LOWER_TITLES):
        label = label[0].lower() + label[1:]
    return label


def quote(sources: list[dict], width: int = 100) -> list[str]:
    lines = []
    for source in sources:
        text = textwrap.fill(
            f"\u201c{source['text']}\u201d", width=width, initial_indent="    ", subsequent_indent="     "
        )
        lines.append(text)
        lines.append(f"      \u2014 {source['article']}, sentence {source['sentence']}")
    return lines


def replacement(item: dict) -> list[str]:
    line = f"{name(item['successor'])} replaced {name(item['predecessor'])}"
    if item.get("post"):
        line += f" as {post_phrase(item['post'])}"
    if item.get("date"):
        line += f" on {item['date']}"
    if item.get("reason"):
        line += f" ({surname(item['predecessor'])} {item['reason']})"
    return [line, *quote(item["sources"])]


def role(item: dict) -> list[str]:
    organization = f" ({name(item['organization'])})" if item.get("organization") else ""
    line = f"{name(item['person'])}: {post_phrase(item['post'])}{organization} [{item['status']}]"
    title = (item.get("post") or {}).get("title")
    if title and fold(title) != fold(item["post"]["label"]):
        line += f", written \u201c{title}\u201d"
    return [line, *quote(item["sources"])]


def event(item: dict) -> list[str]:
    details = []
    if item["participants"]:
        details.append("participants: " + ", ".join(name(a) for a in item["participants"]))
    if item["places"]:
        details.append("places: " + ", ".join(name(a) for a in item["places"]))
    if item["figures"]:
        details.append(", ".join(f"{k} {v:,}" for k, v in item["figures"].items()))
    if item.get("date"):
        details.append(f"date: {item['date']}")
    line = f"[{item['type']}] {item['label']}"
    return [line] + [f"  {d}" for d in details] + quote(item["sources"])


def claim(item: dict) -> list[str]:
    about = f" about {', '.join(name(a) for a in item['about'])}" if item["about"] else ""
    line = f"{name(item['speaker'])} ({item['kind']}){about}: \u201c{item['text']}\u201d"
    return [line, *quote(item["sources"])]


def node(item: dict) -> str:
    """An actor or post by its label; an event with its type: [Attack] Missile strike on Kharkiv."""
    return f"[{item['type']}] {item['label']}" if item["type"] in EVENT_TYPES else item["label"]


def link(item: dict) -> list[str]:
    line = f"{node(item['from'])} {item['relation']} {node(item['to'])}"
    if item.get("detail"):
        line += f" ({item['detail']})"
    if not item["sources"]:
        line += " [structural]"
    return [line, *quote(item["sources"])]


def centrality(item: dict) -> list[str]:
    actor = item["actor"]
    return [
        f"{actor['label']} ({actor['type']}): degree {item['degree']}, betweenness {item['betweenness']:.3f}"
    ]


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    widths = [min(w, 60) for w in widths]

    def line(cells):
        return "  ".join(str(c)[:60].ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])
