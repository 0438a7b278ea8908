"""`kg query` and `kg stats`: SPARQL over the store, rendered as a table or a W3C results format."""

from __future__ import annotations

import pyoxigraph as ox

from kg.render import table
from kg.store import KG_PREFIXES, Store, from_term

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def run_query(store: Store, text: str, fmt: str = "table") -> str:
    """Run any SPARQL query; SELECT/ASK as a table or JSON/CSV/TSV, CONSTRUCT/DESCRIBE as N-Triples."""
    results = store.query(text)
    if isinstance(results, ox.QueryBoolean):
        if fmt == "table":
            return "true" if bool(results) else "false"
        return results.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")
    if isinstance(results, ox.QueryTriples):
        return results.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8").rstrip()
    if fmt != "table":
        return results.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8").rstrip()
    names = [v.value for v in results.variables]
    rows = [["" if s[n] is None else compact(s[n]) for n in names] for s in results]
    return table(names, rows) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


def compact(term) -> str:
    """An IRI written with the store's prefixes (kg:Attack), as a reader would type it."""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in KG_PREFIXES.items():
            local = term.value.removeprefix(namespace)
            if local != term.value and "/" not in local:
                return f"{prefix}:{local}"
        return f"<{term.value}>"
    return str(from_term(term))


STATS = """
SELECT ?label (COUNT(DISTINCT ?x) AS ?count) WHERE {
  { ?x a kg:Article . BIND("articles" AS ?label) }
  UNION { ?x a kg:Sentence . BIND("sentences" AS ?label) }
  UNION { ?x a kg:Tenure . BIND("roles" AS ?label) }
  UNION { ?x a kg:Replacement . BIND("replacements" AS ?label) }
  UNION { ?x a ?t . ?t rdfs:subClassOf kg:Event . BIND("events" AS ?label) }
  UNION { ?x a kg:Claim . BIND("claims" AS ?label) }
  UNION { GRAPH ?g { ?x kg:mentionedAs|kg:nameKey ?n } FILTER(?g != <https://w3id.org/newskg/id/graph/reference>)
          BIND("actors mentioned" AS ?label) }
} GROUP BY ?label
"""
ORDER = ["articles", "sentences", "actors mentioned", "roles", "replacements", "events", "claims"]


def stats(store: Store) -> list[tuple[str, int]]:
    counts = {row["label"]: row["count"] for row in store.select(STATS)}
    return [(label, counts.get(label, 0)) for label in ORDER] + [("triples (all graphs)", len(store))]
