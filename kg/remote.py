"""A store behind any SPARQL 1.1 endpoint (Oxigraph server, Virtuoso, Fuseki, GraphDB, QLever ...).

It answers the same calls as the embedded :class:`kg.store.Store`, over the SPARQL 1.1 Protocol:
queries and updates are POSTed form-encoded (``query=``, ``update=``), which every server takes
(Virtuoso hangs on a ``application/sparql-query`` body). Bound values travel as a ``VALUES`` block
written from pyoxigraph terms, which escape them, never pasted in as text. A build replaces each
article's named graph with one update request (``DROP SILENT GRAPH``, then ``INSERT DATA``):
atomic where the server makes an update request atomic (Oxigraph does, Virtuoso does not).

Where the server's default graph is not the union of its named graphs (Oxigraph's is not, unless
started with ``--union-default-graph``), every query names the dataset it runs over with the
protocol's ``default-graph-uri`` and ``named-graph-uri``, so the lookups see every article.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store import GRAPHS, KG_PREFIXES, from_term, one_line, to_term

TIMEOUT_S = 60
INSERT_LINES = 2000  # triples per INSERT DATA: servers limit the size of one statement
RESULTS_JSON = "application/sparql-results+json"
OUR_GRAPHS = f"GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), {ox.Literal(GRAPHS)}))"


def endpoints(url: str) -> tuple[str, str]:
    """The query and update endpoints a store URL stands for.

    ``.../query`` (Oxigraph, Fuseki) updates at ``.../update``; ``.../sparql`` (Virtuoso, Oxigraph's
    alias) takes both; a bare server address is taken to be Oxigraph's, ``/query`` and ``/update``.
    """
    url = url.rstrip("/")
    path = urllib.parse.urlsplit(url).path
    if url.endswith("/query"):
        return url, url.removesuffix("/query") + "/update"
    if url.endswith("/sparql") or path not in ("",):
        return url, url
    return url + "/query", url + "/update"


class RemoteStore:
    """A SPARQL endpoint as a store; ``location`` is its URL."""

    def __init__(self, url: str, *, writable: bool = False):
        self.location = url
        self.query_url, self.update_url = endpoints(url)
        self.writable = writable
        self._dataset: list[tuple[str, str]] | None = None

    # ------------------------------------------------------------------ HTTP

    def _post(self, url: str, form: list[tuple[str, str]], accept: str) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(form).encode("utf-8")
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as err:
            detail = one_line(Exception(err.read().decode("utf-8", "replace")))[:200]
            if err.code == 400 and form and form[0][0] == "query":
                raise QueryError(f"Malformed SPARQL (the endpoint says: {detail})") from None
            raise StoreError(f"The SPARQL endpoint {url} answered {err.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"Cannot reach the SPARQL endpoint {url}: {reason}") from None

    def _ask(self, sparql: str, form: list[tuple[str, str]] | None = None) -> bool:
        _type, data = self._post(self.query_url, [("query", sparql), *(form or [])], RESULTS_JSON)
        return ask_answer(json.loads(data))

    def _dataset_form(self) -> list[tuple[str, str]]:
        """Protocol parameters that make the default graph the union of the named graphs, if the
        server does not do so itself; found once per store."""
        if self._dataset is None:
            self._dataset = []
            if not self._ask("ASK { ?s ?p ?o }") and self._ask("ASK { GRAPH ?g { ?s ?p ?o } }"):
                for name in self.graph_names():
                    self._dataset += [("default-graph-uri", name), ("named-graph-uri", name)]
        return self._dataset

    # ------------------------------------------------------------------ reading

    def _rows(self, sparql: str, bindings: dict | None, union: bool) -> list[dict]:
        """A SELECT's rows as SPARQL JSON values (unbound variables missing)."""
        text = with_prefixes(with_values(sparql, bindings or {}))
        form = [("query", text), *(self._dataset_form() if union else [])]
        _type, data = self._post(self.query_url, form, RESULTS_JSON)
        document = json.loads(data)
        names = document["head"].get("vars", [])
        return [{n: row.get(n) for n in names} for row in document["results"]["bindings"]]

    def select(self, sparql: str, bindings: dict | None = None, *, union: bool = True) -> list[dict]:
        """Run a SELECT with bound values; rows as dicts of plain Python values."""
        rows = self._rows(sparql, bindings, union)
        return [{n: None if v is None else from_term(json_term(v)) for n, v in row.items()} for row in rows]

    def query(self, sparql: str):
        """Any query over the union of all graphs: pyoxigraph's own results for SELECT and ASK, a
        list of triples for CONSTRUCT and DESCRIBE, so that `kg query` renders both stores alike."""
        form = [("query", with_prefixes(sparql)), *self._dataset_form()]
        content_type, data = self._post(
            self.query_url, form, f"{RESULTS_JSON}, application/n-triples;q=0.9, text/plain;q=0.8"
        )
        if "json" in content_type:
            document = standard_results(json.loads(data))
            return ox.parse_query_results(
                json.dumps(document).encode("utf-8"), format=ox.QueryResultsFormat.JSON
            )
        try:
            return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError as err:
            raise StoreError(f"Cannot read what {self.query_url} answered: {one_line(err)}") from None

    def article_version(self, graph_iri: str) -> tuple[str, str | None] | None:
        query = (
            "SELECT ?hash ?date WHERE { GRAPH ?g { ?a kg:contentHash ?hash "
            "OPTIONAL { ?a kg:datePublished ?date } } }"
        )
        rows = self.select(query, {"g": graph_iri}, union=False)
        return (rows[0]["hash"], rows[0]["date"]) if rows else None

    def graph_names(self) -> list[str]:
        """Our graphs on the server: those named under GRAPHS (a server keeps its own beside them,
        such as Virtuoso's system graphs, and may hold other teams' data)."""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ {OUR_GRAPHS} }}", union=False)
        return sorted(row["g"] for row in rows)

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """Every quad of one named graph, or of all of ours."""
        bindings = {"g": graph} if graph else {}
        rows = self._rows(f"SELECT ?g ?s ?p ?o WHERE {{ {OUR_GRAPHS} }}", bindings, union=False)
        return [ox.Quad(*(json_term(r[n]) for n in ("s", "p", "o", "g"))) for r in rows]

    def __len__(self) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {OUR_GRAPHS} }}", union=False)
        return int(rows[0]["n"]) if rows else 0

    # ------------------------------------------------------------------ writing

    def replace_graphs(self, graphs: dict[str, str], additions: dict[str, str] | None = None) -> None:
        """Replace each named graph (IRI -> N-Triples text) and add to others, in one update request."""
        parts = []
        for iri, ntriples in sorted(graphs.items()):
            parts.append(f"DROP SILENT GRAPH {ox.NamedNode(iri)}")
            parts += insert_data(iri, ntriples)
        for iri, ntriples in sorted((additions or {}).items()):
            parts += insert_data(iri, ntriples)
        self._post(self.update_url, [("update", " ;\n".join(parts))], "*/*")
        self._dataset = None  # new graphs: find the dataset again


def insert_data(iri: str, ntriples: str) -> list[str]:
    """Statements that add N-Triples to a graph: ``INSERT DATA`` in pieces of INSERT_LINES triples,
    and the triples with blank nodes (the ontology's lists) together in one ``INSERT {...} WHERE {}``,
    which Virtuoso takes where it refuses blank nodes in INSERT DATA."""
    lines = [line for line in ntriples.splitlines() if line.strip()]
    blank = [line for line in lines if "_:" in line]
    named = [line for line in lines if "_:" not in line]
    graph = ox.NamedNode(iri)
    statements = [
        f"INSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(named[i : i + INSERT_LINES]) + "\n} }"
        for i in range(0, len(named), INSERT_LINES)
    ]
    if blank:
        statements.append(f"INSERT {{ GRAPH {graph} {{\n" + "\n".join(blank) + "\n} } WHERE {}")
    return statements


def with_prefixes(sparql: str) -> str:
    """The store's prefixes (kg:, id:, rdfs: ...) declared, as pyoxigraph predeclares them locally."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w-]*):", sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in KG_PREFIXES.items() if p not in declared]
    return "\n".join([*lines, sparql])


def with_values(sparql: str, bindings: dict) -> str:
    """Bind variables with a VALUES block at the start of the WHERE clause; values are written by
    pyoxigraph (IRIs checked, literals escaped), so a typed name cannot change the query."""
    if not bindings:
        return sparql
    names = sorted(bindings)
    row = " ".join(str(to_term(bindings[n])) for n in names)
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    match = re.search(r"(?i)\bWHERE\s*\{", sparql)
    if match is None:
        raise QueryError("A query with bound values needs a WHERE clause")
    return sparql[: match.end()] + " " + block + " " + sparql[match.end() :]


def standard_results(document: dict) -> dict:
    """SPARQL JSON results as the W3C format has them: Virtuoso writes 'typed-literal' and answers
    ASK as a one-row SELECT."""
    if "boolean" not in document and document.get("head", {}).get("vars") == ["__ASK_RETVAL"]:
        rows = document["results"]["bindings"]
        return {"head": {}, "boolean": bool(rows and rows[0]["__ASK_RETVAL"]["value"] not in ("0", "false"))}
    for row in document.get("results", {}).get("bindings", []):
        for value in row.values():
            if value.get("type") == "typed-literal":
                value["type"] = "literal"
    return document


def ask_answer(document: dict) -> bool:
    return bool(standard_results(document)["boolean"])


def json_term(value: dict):
    """One SPARQL JSON result value as a pyoxigraph term."""
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":  # Virtuoso names them "nodeID://b10006", which is no blank node label
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", value["value"]))
    if value.get("datatype"):
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    if value.get("xml:lang"):
        return ox.Literal(value["value"], language=value["xml:lang"])
    return ox.Literal(value["value"])
