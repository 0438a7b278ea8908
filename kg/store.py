"""The store: an embedded Oxigraph database on disk, one named graph per article.

Everything that touches the database goes through :class:`Store`, so that a
remote SPARQL endpoint can later stand behind the same interface.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError

STORE_VARIABLE = "KG_STORE"
DEFAULT_LOCATION = Path("graphs") / "store"
KG_PREFIXES = {
    "kg": "https://w3id.org/newskg/ontology#",
    "id": "https://w3id.org/newskg/id/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "prov": "http://www.w3.org/ns/prov#",
}


GRAPHS = KG_PREFIXES["id"] + "graph/"  # every named graph kg writes is named under this
ONTOLOGY_GRAPH = GRAPHS + "ontology"
IMPORT_GRAPHS = GRAPHS + "import/"  # triples imported from a file with no graphs of its own


def default_location() -> Path | str:
    """``$KG_STORE`` (a folder or a SPARQL endpoint's URL), else ``graphs/store`` under the current folder."""
    value = os.environ.get(STORE_VARIABLE)
    if value and is_url(value):
        return value
    return Path(value or DEFAULT_LOCATION)


def is_url(location) -> bool:
    return isinstance(location, str) and location.startswith(("http://", "https://"))


def open_store(location: str | Path | None = None, *, writable: bool = False):
    """The store at ``location``: a folder (embedded Oxigraph) or an http(s) URL (any SPARQL 1.1
    endpoint, see :mod:`kg.remote`); None is :func:`default_location`."""
    location = location if location is not None else default_location()
    if is_url(str(location)):
        from kg.remote import RemoteStore

        return RemoteStore(str(location), writable=writable)
    return Store(location, writable=writable)


class Store:
    """An on-disk Oxigraph store. Open read-only for lookups, writable for builds."""

    def __init__(self, location: str | Path | None = None, *, writable: bool = False):
        self.location = Path(location) if location else default_location()
        if not writable and not (self.location.is_dir() and any(self.location.iterdir())):
            raise StoreError(f"No store at {self.location}: run `kg build` first.")
        try:
            if writable:
                self.location.mkdir(parents=True, exist_ok=True)  # "--store new/dir" as users expect
            self._db = ox.Store(str(self.location)) if writable else ox.Store.read_only(str(self.location))
        except OSError as err:
            raise StoreError(f"Cannot open the store at {self.location}: {err}") from None

    # ------------------------------------------------------------------ writing

    def replace_graphs(self, graphs: dict[str, str], additions: dict[str, str] | None = None) -> None:
        """Replace each named graph (IRI -> N-Triples text) and add to others, in one transaction:
        all or nothing."""
        parts = []
        for iri, ntriples in sorted(graphs.items()):
            parts.append(f"DROP SILENT GRAPH <{iri}>")
            if ntriples.strip():
                parts.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{ntriples}\n}} }}")
        for iri, ntriples in sorted((additions or {}).items()):
            if ntriples.strip():
                parts.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{ntriples}\n}} }}")
        try:
            self._db.update(" ;\n".join(parts))
            self._db.flush()
        except (OSError, SyntaxError) as err:
            raise StoreError(f"Writing to the store at {self.location} failed: {err}") from None

    def article_version(self, graph_iri: str) -> tuple[str, str | None] | None:
        """The content hash and date an article was built with, or None if it is not in the store."""
        rows = self.select(
            "SELECT ?g ?hash ?date WHERE { GRAPH ?g { ?a kg:contentHash ?hash "
            "OPTIONAL { ?a kg:datePublished ?date } } }",
            {"g": ox.NamedNode(graph_iri)},
            union=False,
        )
        return (rows[0]["hash"], rows[0]["date"]) if rows else None

    # ------------------------------------------------------------------ reading

    def select(self, sparql: str, bindings: dict | None = None, *, union: bool = True) -> list[dict]:
        """Run a SELECT with bound values; rows as dicts of plain Python values."""
        substitutions = {ox.Variable(k): to_term(v) for k, v in (bindings or {}).items()}
        try:
            results = self._db.query(
                sparql, prefixes=KG_PREFIXES, substitutions=substitutions, use_default_graph_as_union=union
            )
        except SyntaxError as err:
            raise QueryError(f"Malformed SPARQL: {one_line(err)}") from None
        except OSError as err:
            raise StoreError(f"Reading the store failed: {err}") from None
        names = [v.value for v in results.variables]
        rows = []
        for solution in results:
            rows.append({name: from_term(solution[name]) for name in names})
        return rows

    def query(self, sparql: str):
        """Run any query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of all graphs."""
        try:
            return self._db.query(sparql, prefixes=KG_PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"Malformed SPARQL: {one_line(err)}") from None
        except OSError as err:
            raise StoreError(f"Reading the store failed: {err}") from None

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._db.named_graphs())

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """Every quad of one named graph, or of all of them."""
        name = ox.NamedNode(graph) if graph else None
        return [
            q for q in self._db.quads_for_pattern(None, None, None, name) if q.graph_name != ox.DefaultGraph()
        ]

    def __len__(self) -> int:
        return len(self._db)


def to_term(value):
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return ox.NamedNode(value)
    return ox.Literal(str(value))


INTEGER_TYPES = {"http://www.w3.org/2001/XMLSchema#integer", "http://www.w3.org/2001/XMLSchema#int"}


def from_term(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        if datatype in INTEGER_TYPES:
            return int(term.value)
        if datatype == "http://www.w3.org/2001/XMLSchema#decimal":
            number = float(term.value)
            return int(number) if number.is_integer() else number
        return term.value
    return str(term)


def one_line(err: Exception) -> str:
    return " ".join(str(err).split())
