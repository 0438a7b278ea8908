"""The lookups behind `kg who-replaced`, `kg roles`, `kg events` and `kg claims`.

Each runs SPARQL from ``kg/queries`` with bound values (never pasted text) and
returns the JSON shapes of the command-line contract. Nothing here imports spaCy.
"""

from __future__ import annotations

import difflib
from functools import cache

from kg.errors import KgError, UnknownName
from kg.names import fold
from kg.resources import query_text
from kg.store import Store

KG = "https://w3id.org/newskg/ontology#"


@cache
def sparql(name: str) -> str:
    return query_text(name)


def actor_object(iri: str, rows: list[dict]) -> dict:
    """An actor as the command-line contract shows it, from the rows (label, type, alias, wikidata)
    that describe it: the first label in order, every other name an alias. The projection and the
    view describe their nodes the same way."""
    labels = sorted({r["label"] for r in rows})
    types = sorted({r["type"].removeprefix(KG) for r in rows})
    label = labels[0] if labels else iri.rsplit("/", 1)[-1]
    return {
        "id": iri,
        "label": label,
        "type": types[0] if types else None,
        "aliases": sorted({r["alias"] for r in rows if r["alias"] and r["alias"] != label}),
        "wikidata": next((r["wikidata"] for r in rows if r["wikidata"]), None),
    }


class Describer:
    """Actor objects and sources, fetched once per actor or fact."""

    def __init__(self, store: Store):
        self.store = store
        self._actors: dict[str, dict] = {}

    def actor(self, iri: str | None) -> dict | None:
        if not iri:
            return None
        if iri not in self._actors:
            self._actors[iri] = actor_object(iri, self.store.select(sparql("actor"), {"actor": iri}))
        return self._actors[iri]

    def post(self, iri: str | None, label: str | None, title: str | None = None) -> dict | None:
        """A post; with ``title``, also how the source wrote it ('acting defense minister')."""
        if not iri:
            return None
        return {"id": iri, "label": label, "title": title} if title else {"id": iri, "label": label}

    def sources(self, fact: str) -> list[dict]:
        rows = self.store.select(sparql("sources"), {"fact": fact})
        return [{k: row[k] for k in ("article", "sentence", "start", "end", "text")} for row in rows]


def resolve_name(store: Store, name: str) -> list[str]:
    """The actors a typed name stands for; UnknownName with close matches when there are none."""
    key = fold(name)
    if not key:
        raise KgError("Give a name to look up, e.g. Yermak")
    found = [r["actor"] for r in store.select(sparql("actors-by-name"), {"key": key})]
    if found:
        return found
    names = sorted({r["name"] for r in store.select(sparql("names"))})
    by_key = {fold(n): n for n in names}
    close = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.6)
    # "Yermack" is close to "yermak", which is only the tail of "andriy yermak"
    surnames = {k.split()[-1]: k for k in by_key if len(k.split()) > 1}
    close += [surnames[s] for s in difflib.get_close_matches(key, list(surnames), n=3, cutoff=0.75)]
    raise UnknownName(name, sorted({by_key[k] for k in close})[:5])


def _rows_for(store: Store, query: str, name: str | None, variables: tuple[str, ...]) -> list[dict]:
    if name is None:
        return one_row_per_fact(store.select(query))
    rows = []
    for actor in resolve_name(store, name):
        for variable in variables:
            rows += store.select(query, {variable: actor})
    return one_row_per_fact(rows)


def one_row_per_fact(rows: list[dict]) -> list[dict]:
    """A fact stated by several articles comes back once per wording (two reasons, two labels):
    keep one row per fact, the values of each field joined when the articles differ."""
    merged: dict[str, dict] = {}
    for row in rows:
        known = merged.setdefault(row["fact"], {k: [] for k in row})
        for key, value in row.items():
            if value is not None and value not in known[key]:
                known[key].append(value)
    result = []
    for fact in sorted(merged):
        values = merged[fact]
        row = {k: (sorted(v, key=str)[0] if v else None) for k, v in values.items()}
        for joined in ("reason", "title"):  # every article's wording, not one of them
            if len(values.get(joined) or []) > 1:
                row[joined] = "; ".join(sorted(values[joined]))
        result.append(row)
    return result


def who_replaced(store: Store, name: str | None = None) -> list[dict]:
    """Replacements, all or those where ``name`` is successor or predecessor.

    >>> who_replaced(Store("graphs/store"), "Yermak")[0]["successor"]["label"]  # doctest: +SKIP
    'Kyrylo Budanov'
    """
    d = Describer(store)
    result = []
    for row in _rows_for(store, sparql("replacements"), name, ("successor", "predecessor")):
        result.append(
            {
                "successor": d.actor(row["successor"]),
                "predecessor": d.actor(row["predecessor"]),
                "post": d.post(row["post"], row["postLabel"], row["title"]),
                "organization": d.actor(row["organization"]),
                "date": row["date"],
                "reason": row["reason"],
                "sources": d.sources(row["fact"]),
            }
        )
    return result


def roles(store: Store, name: str | None = None) -> list[dict]:
    """Posts held (status new, current or former relative to the article)."""
    d = Describer(store)
    return [
        {
            "person": d.actor(row["person"]),
            "post": d.post(row["post"], row["postLabel"], row["title"]),
            "organization": d.actor(row["organization"]),
            "status": row["status"],
            "sources": d.sources(row["fact"]),
        }
        for row in _rows_for(store, sparql("tenures"), name, ("person",))
    ]


def event_types(store: Store) -> list[str]:
    return [r["type"].removeprefix(KG) for r in store.select(sparql("event-types"))]


def events(store: Store, type: str | None = None) -> list[dict]:
    """Events, all or of one type (Meeting, Attack, ... as in the ontology)."""
    bindings = None
    if type:
        known = {t.lower(): t for t in event_types(store)}
        if type.lower() not in known:
            raise KgError(f"Unknown event type {type!r}. Known types: {', '.join(sorted(known.values()))}")
        bindings = {"type": KG + known[type.lower()]}
    d = Describer(store)
    result = []
    for row in one_row_per_fact(store.select(sparql("events"), bindings)):
        arguments = store.select(sparql("event-arguments"), {"fact": row["fact"]})
        result.append(
            {
                "id": row["fact"],
                "type": row["type"].removeprefix(KG),
                "label": row["label"],
                "date": row["date"],
                "places": [d.actor(a["actor"]) for a in arguments if a["role"] == "place"],
                "participants": [d.actor(a["actor"]) for a in arguments if a["role"] == "participant"],
                "figures": figures(arguments),
                "figures_by_source": [
                    {"name": a["figureName"], "value": a["value"], "article": a["article"]}
                    for a in arguments
                    if a["role"] == "figure"
                ],
                "sources": d.sources(row["fact"]),
            }
        )
    return result


def figures(arguments: list[dict]) -> dict:
    """One value per figure: the one the most articles give (the first article's on a tie).

    Every article's own value stays in ``figures_by_source``.
    """
    votes: dict[str, dict] = {}
    for a in (a for a in arguments if a["role"] == "figure"):
        votes.setdefault(a["figureName"], {}).setdefault(a["value"], 0)
        votes[a["figureName"]][a["value"]] += 1
    return {
        name: max(values, key=lambda v: (values[v], -list(values).index(v))) for name, values in votes.items()
    }


def claims(store: Store, by: str | None = None) -> list[dict]:
    """Attributed claims, all or those whose speaker is ``by``."""
    d = Describer(store)
    return [
        {
            "id": row["fact"],
            "speaker": d.actor(row["speaker"]),
            "kind": row["kind"],
            "about": [
                d.actor(a["actor"]) for a in store.select(sparql("claim-about"), {"fact": row["fact"]})
            ],
            "text": row["text"],
            "sources": d.sources(row["fact"]),
        }
        for row in _rows_for(store, sparql("claims"), by, ("speaker",))
    ]
