"""Where the files the package ships live, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    # a wheel carries the ontology inside the package; a checkout has it at the top level
    bundled = PACKAGE / "ontology"
    return bundled if bundled.is_dir() else PACKAGE.parent / "ontology"


def seed_article() -> Path:
    return PACKAGE / "data" / "seed-ukraine-peace-talks.txt"


def query_text(name: str) -> str:
    return (PACKAGE / "queries" / f"{name}.rq").read_text(encoding="utf-8")
