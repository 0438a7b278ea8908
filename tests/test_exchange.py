"""`kg export` and `kg import`: round trips in every RDF format, validation before import."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.cli import cli

ARTICLE_GRAPH = "https://w3id.org/newskg/id/graph/seed-ukraine-peace-talks"
RDFLIB_FORMATS = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld", "turtle": "turtle"}
EXTENSIONS = {"trig": "trig", "nquads": "nq", "jsonld": "jsonld", "turtle": "ttl"}


def export(runner, store, fmt, out, *extra):
    result = runner.invoke(cli, ["export", "--format", fmt, "--out", str(out), "--store", str(store), *extra])
    assert result.exit_code == 0, result.output
    return out


def graphs_of(path, fmt) -> dict[str, rdflib.Graph]:
    """Each named graph of a file (Turtle: its one graph), parsed by rdflib, not by what wrote it."""
    if fmt == "turtle":
        return {"": rdflib.Graph().parse(path, format="turtle")}
    dataset = rdflib.Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[fmt])
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_export_import_export_is_isomorphic(runner, seed_store, tmp_path, fmt):
    first = export(runner, seed_store, fmt, tmp_path / f"first.{EXTENSIONS[fmt]}")
    result = runner.invoke(cli, ["import", str(first), "--store", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    second = export(runner, tmp_path / "copy", fmt, tmp_path / f"second.{EXTENSIONS[fmt]}")
    before, after = graphs_of(first, fmt), graphs_of(second, fmt)
    assert sorted(before) == sorted(after)
    assert len(before) >= (1 if fmt == "turtle" else 3)  # an article, the actors, the ontology
    for name in before:
        assert isomorphic(before[name], after[name]), name


def test_one_articles_graph(runner, seed_store, tmp_path):
    out = export(
        runner, seed_store, "trig", tmp_path / "one.trig", "--article", "seed-ukraine-peace-talks.txt"
    )
    assert list(graphs_of(out, "trig")) == [ARTICLE_GRAPH]


def test_an_unknown_article_lists_the_known_ones(runner, seed_store):
    result = runner.invoke(cli, ["export", "--article", "nope.txt", "--store", str(seed_store)])
    assert result.exit_code == 1
    assert "seed-ukraine-peace-talks.txt" in result.stderr


def test_an_imported_article_answers_lookups(runner, seed_store, tmp_path):
    out = export(runner, seed_store, "nquads", tmp_path / "all.nq")
    runner.invoke(cli, ["import", str(out), "--store", str(tmp_path / "copy")])
    result = runner.invoke(cli, ["who-replaced", "Yermak", "--store", str(tmp_path / "copy")])
    assert result.output.startswith("Kyrylo Budanov replaced Andriy Yermak")


BAD_EVENT = """\
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/event/1> a kg:Attack ; rdfs:label "A strike" ;
    kg:place <https://example.org/person/anna> .
<https://example.org/person/anna> a kg:Person ; rdfs:label "Anna" .
"""


def test_data_that_breaks_the_shapes_is_refused_and_nothing_is_written(runner, seed_copy, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(BAD_EVENT)
    before = runner.invoke(cli, ["stats", "--store", str(seed_copy)]).output
    result = runner.invoke(cli, ["import", str(bad), "--store", str(seed_copy)])
    assert result.exit_code == 1
    assert "does not conform" in result.stderr and "kg:place" in result.stderr.replace(
        "https://w3id.org/newskg/ontology#", "kg:"
    )
    assert runner.invoke(cli, ["stats", "--store", str(seed_copy)]).output == before


def test_triples_outside_graphs_go_to_a_graph_named_after_the_file(runner, tmp_path):
    good = tmp_path / "extra-people.ttl"
    good.write_text(BAD_EVENT.split("<https://example.org/event/1>")[0] + BAD_EVENT.splitlines()[-1] + "\n")
    result = runner.invoke(cli, ["import", str(good), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "https://w3id.org/newskg/id/graph/import/extra-people: 2 triples" in result.output


@pytest.mark.parametrize(
    "name, data, fragment",
    [("notes.txt", "hello", "Cannot tell the RDF format"), ("broken.ttl", "<a> <b> .", "not valid Turtle")],
    ids=["unknown-extension", "malformed"],
)
def test_a_bad_file_is_one_line(runner, tmp_path, name, data, fragment):
    path = tmp_path / name
    path.write_text(data)
    result = runner.invoke(cli, ["import", str(path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert fragment in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "store").exists() or not any((tmp_path / "store").iterdir())
