"""Meta-tests: the shipped SPARQL and ontology files load, and lookups stay free of spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery

from kg.resources import PACKAGE, ontology_dir
from kg.store import KG_PREFIXES

QUERIES = sorted((PACKAGE / "queries").glob("*.rq"))
ONTOLOGY = sorted(ontology_dir().glob("*.ttl"))


def test_there_are_queries_and_ontology_files():
    assert len(QUERIES) >= 10
    assert {p.name for p in ONTOLOGY} >= {"kg.ttl", "shapes.ttl", "actors.ttl"}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_parses(path: Path):
    prepareQuery(path.read_text(encoding="utf-8"), initNs=KG_PREFIXES)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_runs_on_an_empty_store(path: Path):
    results = ox.Store().query(
        path.read_text(encoding="utf-8"), prefixes=KG_PREFIXES, use_default_graph_as_union=True
    )
    assert list(results) == []


@pytest.mark.parametrize("path", ONTOLOGY, ids=lambda p: p.name)
def test_ontology_file_loads(path: Path):
    assert len(Graph().parse(path, format="turtle")) > 0


def test_lookups_and_cli_do_not_import_spacy():
    code = "import kg.cli, kg.lookups, kg.store, kg.query, sys; assert 'spacy' not in sys.modules, 'spacy'"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_lookup_answers_without_loading_spacy(facts_store):
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from kg.cli import cli\n"
        f"result = CliRunner().invoke(cli, ['roles', 'Novak', '--json', '--store', {str(facts_store)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "assert 'Anna Novak' in result.output, result.output\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_every_command_is_documented_in_the_readme():
    from kg.cli import cli

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"`kg {name}" not in readme]
    assert missing == []


def test_the_readme_quick_start_is_two_commands_ci_runs_the_second():
    root = Path(__file__).parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("## ", 1)[0]
    commands = [line for line in quick_start.splitlines() if line.startswith("python3 -m pip install")]
    assert len(commands) == 2
    assert "pytest" in commands[1] and "pytest" in (root / ".ci" / "run").read_text(encoding="utf-8")


def test_ruff_lint_passes():
    root = Path(__file__).parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "kg", "tests"], cwd=root, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-2000:]
