"""Helpers for extraction tests: run the extractor on a few sentences of our own."""

from __future__ import annotations

from kg.extract import extract
from kg.model import ArticleFacts
from kg.names import fold
from kg.text import parse_article


def facts_of(text: str, date: str | None = "2025-10-13") -> ArticleFacts:
    return extract(parse_article(text.encode("utf-8"), "test.txt", date))


def label(facts: ArticleFacts, key: str | None) -> str | None:
    return facts.actors[key].label if key else None


def roles_of(facts: ArticleFacts) -> set[tuple[str, str, str]]:
    """(person, post label folded, status) for every tenure."""
    return {(label(facts, t.person), fold(t.post.label), t.status) for t in facts.tenures}


def replacements_of(facts: ArticleFacts) -> set[tuple[str, str, str | None]]:
    return {
        (label(facts, r.successor), label(facts, r.predecessor), fold(r.post.label) if r.post else None)
        for r in facts.replacements
    }


def events_of(facts: ArticleFacts, type: str | None = None) -> list:
    return [e for e in facts.events if type is None or e.type == type]


def names(facts: ArticleFacts, keys) -> set[str]:
    return {label(facts, k) for k in keys}


def claims_of(facts: ArticleFacts) -> set[tuple[str, str]]:
    return {(label(facts, c.speaker), c.kind) for c in facts.claims}
