"""`--store http://...`: the same commands against a SPARQL endpoint, here a real Oxigraph server
and a real Virtuoso (skipped where Debian's virtuoso-opensource is not installed)."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.cli import cli
from kg.errors import QueryError
from kg.remote import endpoints, standard_results, with_values
from tests.servers import Oxigraph, Virtuoso, virtuoso_installed

LOOKUPS = [["who-replaced", "Yermak"], ["roles"], ["events"], ["claims"], ["neighbors", "Yermak"]]


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory):
    if request.param == "virtuoso" and not virtuoso_installed():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run does)")
    folder = tmp_path_factory.mktemp(request.param)
    running = Oxigraph(folder) if request.param == "oxigraph" else Virtuoso(folder)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def remote(server, seed_store):
    """The seed article built into the server, the URL a user would pass as --store."""
    from click.testing import CliRunner

    url = server.url + ("/query" if isinstance(server, Oxigraph) else "")
    result = CliRunner().invoke(cli, ["build", "--store", url])
    assert result.exit_code == 0, result.output
    assert f"store: {url}" in result.output
    return url


def json_of(runner, *args):
    result = runner.invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("lookup", LOOKUPS, ids=lambda a: " ".join(a))
def test_a_remote_store_answers_as_the_embedded_one(runner, remote, seed_store, lookup):
    assert json_of(runner, *lookup, "--store", remote) == json_of(runner, *lookup, "--store", str(seed_store))


def test_who_replaced_yermak_remotely(runner, remote):
    [answer] = json_of(runner, "who-replaced", "Yermak", "--store", remote)
    assert (answer["successor"]["label"], answer["predecessor"]["label"]) == (
        "Kyrylo Budanov",
        "Andriy Yermak",
    )


def test_rebuilding_an_unchanged_article_is_skipped_remotely(runner, remote):
    result = runner.invoke(cli, ["build", "--store", remote])
    assert "unchanged, skipped" in result.output


def test_kg_query_and_stats_run_remotely(runner, remote, seed_store):
    query = "SELECT ?r WHERE { ?r a kg:Replacement } ORDER BY ?r"
    remote_rows = runner.invoke(cli, ["query", query, "--store", remote, "--format", "csv"]).output
    local_rows = runner.invoke(cli, ["query", query, "--store", str(seed_store), "--format", "csv"]).output
    assert remote_rows == local_rows
    assert runner.invoke(cli, ["query", "ASK { ?r a kg:Replacement }", "--store", remote]).output == "true\n"
    stats = runner.invoke(cli, ["stats", "--store", remote]).output
    assert "replacements                    2" in stats


def test_a_hostile_name_stays_a_value(runner, remote):
    result = runner.invoke(cli, ["who-replaced", 'Yermak" } } DROP ALL ; #', "--store", remote])
    assert result.exit_code == 1 and "No actor named" in result.stderr  # a name, never query text
    assert json_of(runner, "who-replaced", "Yermak", "--store", remote)  # still there


def test_an_unreachable_endpoint_is_one_line(runner):
    result = runner.invoke(cli, ["roles", "--store", "http://127.0.0.1:9/query"])
    assert result.exit_code == 1
    assert "Cannot reach the SPARQL endpoint" in result.stderr and "Traceback" not in result.output


# ---------------------------------------------------------------------- the parts, without a server


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://h:7878/query", ("http://h:7878/query", "http://h:7878/update")),
        ("http://h:7878", ("http://h:7878/query", "http://h:7878/update")),
        ("http://h:8890/sparql", ("http://h:8890/sparql", "http://h:8890/sparql")),
        ("http://h:3030/news", ("http://h:3030/news", "http://h:3030/news")),
    ],
)
def test_endpoints_of_a_store_url(url, expected):
    assert endpoints(url) == expected


def test_bound_values_are_escaped_terms_in_a_values_block():
    query = with_values("SELECT ?a WHERE { ?a kg:nameKey ?key }", {"key": 'x" } DROP ALL #'})
    assert 'VALUES (?key) { ("x\\" } DROP ALL #") }' in query
    with pytest.raises(ValueError):
        with_values("SELECT ?a WHERE { ?a ?p ?o }", {"a": "http://bad iri"})


def test_a_query_with_bound_values_needs_a_where_clause():
    with pytest.raises(QueryError):
        with_values("ASK { ?a ?p ?o }", {"a": "x"})


def test_virtuoso_results_are_read_as_the_w3c_format():
    typed = {
        "head": {"vars": ["n"]},
        "results": {"bindings": [{"n": {"type": "typed-literal", "value": "2"}}]},
    }
    assert standard_results(typed)["results"]["bindings"][0]["n"]["type"] == "literal"
    ask = {"head": {"vars": ["__ASK_RETVAL"]}, "results": {"bindings": [{"__ASK_RETVAL": {"value": "1"}}]}}
    assert standard_results(ask) == {"head": {}, "boolean": True}
    assert isinstance(ox.Literal("x"), ox.Literal)


def test_validate_view_and_export_run_remotely(runner, remote, seed_store, tmp_path):
    import rdflib
    from rdflib.compare import isomorphic

    assert runner.invoke(cli, ["validate", "--store", remote]).output.startswith("conforms")
    result = runner.invoke(cli, ["view", "--store", remote, "--out", str(tmp_path / "view.html")])
    assert result.exit_code == 0 and "Kyrylo Budanov" in (tmp_path / "view.html").read_text(encoding="utf-8")
    exported = {}
    for name, store in (("remote", remote), ("local", str(seed_store))):
        out = tmp_path / f"{name}.trig"
        runner.invoke(cli, ["export", "--store", store, "--out", str(out)])
        dataset = rdflib.Dataset()
        dataset.parse(out, format="trig")
        exported[name] = {str(g.identifier): g for g in dataset.graphs() if len(g)}
    assert sorted(exported["remote"]) == sorted(exported["local"])
    for graph in exported["local"]:  # blank nodes (the ontology's lists) included
        assert isomorphic(exported["remote"][graph], exported["local"][graph]), graph
