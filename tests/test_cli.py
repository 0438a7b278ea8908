"""The `kg` command line through click's CliRunner: help, one-line errors, lookups on the seed store."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from importlib.metadata import version

import pytest

from kg.cli import cli
from kg.resources import seed_article

ID = "https://w3id.org/newskg/id/"
SEED = "seed-ukraine-peace-talks.txt"
ACTOR_KEYS = {"id", "label", "type", "aliases", "wikidata"}
SOURCE_KEYS = {"article", "sentence", "start", "end", "text"}
ENGLISH = "Ukraine is hosting talks with security advisers as it aims to finalize a peace deal.\n"

# what each command's help must say it is for; a new command must be added here
PURPOSE = {
    "build": "Build",
    "who-replaced": "replaced",
    "roles": "Posts",
    "events": "Events",
    "claims": "claims",
    "query": "SPARQL",
    "validate": "SHACL",
    "stats": "Counts",
    "view": "HTML",
    "path": "chain",
    "neighbors": "relationship",
    "central": "connected",
    "export": "Export",
    "serve": "SPARQL 1.1 endpoint",
    "import": "Import RDF",
}


def run_json(runner, *args):
    result = runner.invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_one_line_error(result, *fragments):
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


# ---------------------------------------------------------------- help and version


def test_every_command_has_a_stated_purpose():
    assert set(cli.commands) == set(PURPOSE)


@pytest.mark.parametrize("command", sorted(PURPOSE))
def test_command_help(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert PURPOSE[command] in result.output
    assert "--store" in result.output


def test_group_help_lists_every_command(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in PURPOSE:
        assert command in result.output


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert version("kg-news") in result.output


def test_installed_console_script():
    kg = shutil.which("kg")
    if kg is None:
        pytest.skip("the kg console script is not installed")
    result = subprocess.run([kg, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "who-replaced" in result.stdout


# ---------------------------------------------------------------- bad input: one line, no traceback


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b"", "empty"),
        (b"Ukraine\x00\x01 talks", "binary"),
        (b"\xff\xfe\xfa", "UTF-8"),
        ("Україна проводить переговори з радниками щодо мирної угоди.".encode(), "English"),
    ],
    ids=["empty", "binary", "undecodable", "not-english"],
)
def test_build_refuses_a_bad_article(runner, tmp_path, data, fragment):
    article = tmp_path / "bad.txt"
    article.write_bytes(data)
    result = runner.invoke(cli, ["build", str(article), "--store", str(tmp_path / "store")])
    assert_one_line_error(result, "bad.txt", fragment)
    assert not (tmp_path / "store").exists()


def test_build_refuses_a_missing_article(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "store")])
    assert_one_line_error(result, "nope.txt")


def test_build_refuses_a_folder_without_articles(runner, tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "notes.md").write_text(ENGLISH)
    result = runner.invoke(cli, ["build", str(tmp_path / "articles"), "--store", str(tmp_path / "store")])
    assert_one_line_error(result, "articles", ".txt")


def test_build_refuses_two_articles_with_one_name(runner, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talks.txt").write_text(ENGLISH)
    articles = [str(tmp_path / folder / "talks.txt") for folder in ("a", "b")]
    result = runner.invoke(cli, ["build", *articles, "--store", str(tmp_path / "store")])
    assert_one_line_error(result, "talks.txt")


def test_build_into_a_file_is_one_line(runner, tmp_path):
    target = tmp_path / "not-a-folder"
    target.write_text("")
    result = runner.invoke(cli, ["build", "--store", str(target)])
    assert_one_line_error(result, "not-a-folder")


def test_build_refuses_a_bad_date(runner, tmp_path):
    result = runner.invoke(cli, ["build", "--date", "13/10/2025", "--store", str(tmp_path / "store")])
    assert_one_line_error(result, "YYYY-MM-DD", "13/10/2025")


def test_malformed_sparql(runner, seed_store):
    result = runner.invoke(cli, ["query", "SELEC x", "--store", str(seed_store)])
    assert_one_line_error(result, "SPARQL")


def test_missing_query_file(runner, seed_store, tmp_path):
    result = runner.invoke(cli, ["query", str(tmp_path / "missing.rq"), "--store", str(seed_store)])
    assert_one_line_error(result, "missing.rq")


def test_unknown_name_suggests_close_matches(runner, seed_store):
    result = runner.invoke(cli, ["who-replaced", "Yermack", "--store", str(seed_store)])
    assert result.exit_code == 1
    assert_one_line_error(result, "Yermack", "Andriy Yermak")


@pytest.mark.parametrize(
    "command",
    [
        ["roles"],
        ["who-replaced", "Yermak"],
        ["events"],
        ["claims"],
        ["query", "ASK {}"],
        ["stats"],
        ["validate"],
    ],
)
def test_missing_store_says_to_build(runner, tmp_path, command):
    result = runner.invoke(cli, [*command, "--store", str(tmp_path / "nope")])
    assert_one_line_error(result, "kg build")


def test_empty_name_asks_for_one(runner, seed_store):
    result = runner.invoke(cli, ["who-replaced", "", "--store", str(seed_store)])
    assert_one_line_error(result, "name")


def test_validate_missing_trig_file(runner, tmp_path):
    result = runner.invoke(cli, ["validate", str(tmp_path / "nope.trig")])
    assert_one_line_error(result, "nope.trig")


def test_unknown_event_type_lists_known_types(runner, seed_store):
    result = runner.invoke(cli, ["events", "--type", "Parade", "--store", str(seed_store)])
    assert_one_line_error(result, "Parade", "Attack", "Meeting")


# ---------------------------------------------------------------- building


def stats(runner, store) -> str:
    result = runner.invoke(cli, ["stats", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


def test_failed_build_leaves_the_store_as_it_was(runner, seed_copy, tmp_path):
    before = stats(runner, seed_copy)
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH)
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(cli, ["build", str(good), str(tmp_path / "empty.txt"), "--store", str(seed_copy)])
    assert_one_line_error(result, "empty.txt")
    assert stats(runner, seed_copy) == before
    graphs = runner.invoke(
        cli,
        ["query", "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }", "--format", "csv", "--store", str(seed_copy)],
    )
    assert f"{ID}graph/seed-ukraine-peace-talks" in graphs.output
    assert f"{ID}graph/good" not in graphs.output


def test_rebuilding_the_same_article_changes_nothing(runner, seed_copy):
    before = stats(runner, seed_copy)
    result = runner.invoke(cli, ["build", "--store", str(seed_copy)])
    assert result.exit_code == 0, result.output
    assert f"{SEED}: unchanged" in result.output
    assert stats(runner, seed_copy) == before
    assert len(run_json(runner, "who-replaced", "Yermak", "--store", str(seed_copy))) == 1


def test_forced_rebuild_keeps_the_same_counts(runner, seed_copy):
    before = stats(runner, seed_copy)
    result = runner.invoke(cli, ["build", "--force", "--store", str(seed_copy)])
    assert result.exit_code == 0, result.output
    assert f"{SEED}: " in result.output and " sentences, " in result.output
    assert "unchanged" not in result.output
    assert stats(runner, seed_copy) == before
    assert len(run_json(runner, "who-replaced", "Yermak", "--store", str(seed_copy))) == 1


def test_rebuild_with_another_date_updates_the_date(runner, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(seed_article().read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    store = str(tmp_path / "store")
    first = runner.invoke(cli, ["build", str(article), "--date", "2025-01-01", "--store", store])
    assert first.exit_code == 0, first.output
    runner.invoke(cli, ["build", str(article), "--date", "2025-02-02", "--store", store])
    result = runner.invoke(
        cli, ["query", "SELECT ?d WHERE { ?a kg:datePublished ?d }", "--format", "csv", "--store", store]
    )
    assert result.stdout.split() == ["d", "2025-02-02"]


# ---------------------------------------------------------------- lookups on the seed article


def test_who_replaced_yermak(runner, seed_store):
    [item] = run_json(runner, "who-replaced", "Yermak", "--store", str(seed_store))
    assert item["successor"]["label"] == "Kyrylo Budanov"
    assert item["predecessor"]["label"] == "Andriy Yermak"
    assert any("Yermak" in source["text"] for source in item["sources"])


def test_who_replaced_shmygal(runner, seed_store):
    [item] = run_json(runner, "who-replaced", "Shmygal", "--store", str(seed_store))
    successor = item["successor"]
    assert any("Fedorov" in name for name in [successor["label"], *successor["aliases"]])


@pytest.mark.parametrize("name", ["yermak", "YERMAK", "Andriy Yermak", "andriy  yermak", "Budanov"])
def test_names_are_case_insensitive_full_or_surname(runner, seed_store, name):
    [item] = run_json(runner, "who-replaced", name, "--store", str(seed_store))
    assert item["predecessor"]["id"] == ID + "person/andriy-yermak"


def test_roles_by_alias(runner, seed_store):
    items = run_json(runner, "roles", "Zelenskyy", "--store", str(seed_store))
    assert items
    assert {item["person"]["id"] for item in items} == {ID + "person/volodymyr-zelensky"}


def test_roles_text_shows_the_title_as_the_article_wrote_it(runner, seed_store):
    result = runner.invoke(cli, ["roles", "Budanov", "--store", str(seed_store)])
    assert result.exit_code == 0
    assert (
        "chief of Military Intelligence (Ukraine) [current], written \u201cmilitary intelligence chief\u201d"
        in (result.output)
    )


def test_who_replaced_text_quotes_the_sentence(runner, seed_store):
    result = runner.invoke(cli, ["who-replaced", "Yermak", "--store", str(seed_store)])
    assert result.exit_code == 0
    assert "Kyrylo Budanov replaced Andriy Yermak" in result.output
    assert "\u201c" in result.output and SEED in result.output
    quoted = result.output.split("\u201c", 1)[1]
    assert "Andriy Yermak" in " ".join(quoted.split())


def test_budanov_has_a_new_presidential_office_role(runner, seed_store):
    items = run_json(runner, "roles", "Budanov", "--store", str(seed_store))
    new = [i for i in items if i["status"] == "new"]
    assert any(
        "president" in (i["post"]["label"] + " " + (i["organization"] or {}).get("label", "")).lower()
        for i in new
    ), items


def test_events_by_type_returns_only_that_type(runner, seed_store):
    items = run_json(runner, "events", "--type", "attack", "--store", str(seed_store))
    assert items
    assert {item["type"] for item in items} == {"Attack"}


def test_claims_by_capital_are_the_countrys(runner, seed_store):
    items = run_json(runner, "claims", "--by", "Moscow", "--store", str(seed_store))
    assert items
    assert {item["speaker"]["id"] for item in items} == {ID + "country/russia"}


ACTOR_FIELDS = ("successor", "predecessor", "organization", "person", "speaker")
ACTOR_LISTS = ("places", "participants", "about")


@pytest.fixture(scope="module")
def all_facts(seed_store):
    from click.testing import CliRunner

    runner = CliRunner()
    return {
        command: run_json(runner, command, "--store", str(seed_store))
        for command in ("who-replaced", "roles", "events", "claims")
    }


def test_every_lookup_finds_something_in_the_seed(all_facts):
    assert all(all_facts.values()), {k: len(v) for k, v in all_facts.items()}


def test_every_json_actor_has_the_contract_keys(all_facts):
    for command, items in all_facts.items():
        for item in items:
            actors = [item[f] for f in ACTOR_FIELDS if item.get(f) is not None]
            actors += [a for f in ACTOR_LISTS for a in item.get(f, [])]
            assert actors, (command, item)
            for actor in actors:
                assert set(actor) == ACTOR_KEYS, (command, actor)
                assert isinstance(actor["aliases"], list)


def test_every_fact_quotes_the_article_exactly(all_facts, seed_text):
    for command, items in all_facts.items():
        for item in items:
            assert item["sources"], (command, item)
            for source in item["sources"]:
                assert set(source) == SOURCE_KEYS
                assert source["article"] == SEED
                assert seed_text[source["start"] : source["end"]] == source["text"], (command, source)


# ---------------------------------------------------------------- query, validate, stats

LABEL = "SELECT DISTINCT ?label WHERE { <https://w3id.org/newskg/id/country/ukraine> rdfs:label ?label }"


def query(runner, store, *args):
    result = runner.invoke(cli, ["query", *args, "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_query_table(runner, seed_store):
    lines = query(runner, seed_store, LABEL).splitlines()
    assert lines[0].strip() == "label"
    assert set(lines[1].strip()) == {"-"}
    assert "Ukraine" in lines[2]


def test_query_json(runner, seed_store):
    data = json.loads(query(runner, seed_store, LABEL, "--format", "json"))
    assert data["head"]["vars"] == ["label"]
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["Ukraine"]


def test_query_csv(runner, seed_store):
    rows = list(csv.reader(io.StringIO(query(runner, seed_store, LABEL, "--format", "csv"))))
    assert rows == [["label"], ["Ukraine"]]


def test_query_tsv(runner, seed_store):
    lines = query(runner, seed_store, LABEL, "--format", "tsv").splitlines()
    assert lines == ["?label", '"Ukraine"']


def test_query_from_a_file(runner, seed_store, tmp_path):
    path = tmp_path / "ukraine.rq"
    path.write_text(LABEL, encoding="utf-8")
    assert "Ukraine" in query(runner, seed_store, str(path), "--format", "csv")


@pytest.mark.parametrize(
    "text, answer",
    [
        ("ASK { <https://w3id.org/newskg/id/country/russia> a kg:Country }", "true"),
        ("ASK { <https://w3id.org/newskg/id/country/russia> a kg:Person }", "false"),
    ],
)
def test_ask_prints_true_or_false(runner, seed_store, text, answer):
    assert query(runner, seed_store, text).strip() == answer


def test_long_query_text_runs(runner, seed_store):
    filters = " ".join(f"FILTER(?label != 'not-{n}')" for n in range(20))
    text = (
        f"SELECT DISTINCT ?label WHERE {{ ?c a kg:Country ; rdfs:label ?label {filters} "
        "FILTER(?label = 'Ukraine') }"
    )
    assert "Ukraine" in query(runner, seed_store, text, "--format", "csv")


def test_validate_seed_store(runner, seed_store):
    result = runner.invoke(cli, ["validate", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_stats(runner, seed_store):
    counts = {}
    for line in stats(runner, seed_store).splitlines():
        label, _, value = line.rpartition(" ")
        counts[label.strip()] = int(value.replace(",", ""))
    assert counts["articles"] == 1
    assert counts["sentences"] > 10
    assert counts["replacements"] >= 2


# ---------------------------------------------------------------- the graph: view, path, neighbors, central


def test_view_writes_one_page_and_says_what_it_shows(runner, seed_store, tmp_path):
    out = tmp_path / "view.html"
    result = runner.invoke(cli, ["view", "--store", str(seed_store), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (")
    assert "Kyrylo Budanov" in out.read_text(encoding="utf-8")


def test_view_focus_keeps_the_ego_network(runner, seed_store, tmp_path):
    out = tmp_path / "yermak.html"
    result = runner.invoke(
        cli, ["view", "--store", str(seed_store), "--out", str(out), "--focus", "Yermak", "--depth", "1"]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Kyrylo Budanov" in html and "Kherson" not in html


def test_view_max_nodes_says_how_many_were_left_out(runner, seed_store, tmp_path):
    out = tmp_path / "top.html"
    result = runner.invoke(cli, ["view", "--store", str(seed_store), "--out", str(out), "--max-nodes", "5"])
    assert result.exit_code == 0, result.output
    assert "(5 of " in result.output
    assert "most linked" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "options, fragment",
    [(["--focus", "Yermack"], "Yermak"), (["--type", "Parade"], "Known kinds")],
    ids=["unknown-focus", "unknown-kind"],
)
def test_view_bad_options_are_one_line(runner, seed_store, tmp_path, options, fragment):
    out = tmp_path / "view.html"
    result = runner.invoke(cli, ["view", "--store", str(seed_store), "--out", str(out), *options])
    assert_one_line_error(result, fragment)
    assert not out.exists()


def test_build_writes_the_view_beside_the_store(runner, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text("Ukraine hosted talks with Poland in Kyiv on Monday.\n" + ENGLISH)
    result = runner.invoke(cli, ["build", str(article), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert f"view: {tmp_path / 'store.html'}" in result.output
    assert (tmp_path / "store.html").is_file()
    result = runner.invoke(cli, ["build", str(article), "--store", str(tmp_path / "other"), "--no-html"])
    assert "view:" not in result.output and not (tmp_path / "other.html").exists()


def test_path_budanov_putin_answers_with_evidence(runner, seed_store):
    hops = run_json(runner, "path", "Budanov", "Putin", "--store", str(seed_store))
    assert hops
    assert {"Kyrylo Budanov"} & {hops[0]["from"]["label"], hops[0]["to"]["label"]}
    assert {"Vladimir Putin"} & {hops[-1]["from"]["label"], hops[-1]["to"]["label"]}
    assert any(hop["sources"] for hop in hops)
    for hop in hops:
        assert set(hop["from"]) == ACTOR_KEYS
        for source in hop["sources"]:
            assert set(source) == {"article", "sentence", "text"}


def test_path_text_quotes_each_stated_link(runner, seed_store):
    result = runner.invoke(cli, ["path", "Budanov", "Putin", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Kyrylo Budanov ")
    assert "\u2014 seed-ukraine-peace-talks.txt, sentence" in result.output


def test_neighbors_yermak(runner, seed_store):
    links = run_json(runner, "neighbors", "Yermak", "--store", str(seed_store))
    stated = {(k["from"]["label"], k["relation"], k["to"]["label"]) for k in links}
    assert ("Kyrylo Budanov", "replaced", "Andriy Yermak") in stated
    assert all(k["sources"] for k in links)


def test_neighbors_of_an_unknown_name_is_one_line(runner, seed_store):
    assert_one_line_error(runner.invoke(cli, ["neighbors", "Yermack", "--store", str(seed_store)]), "Yermak")


def test_central_lists_the_top_actors(runner, seed_store):
    ranking = run_json(runner, "central", "--top", "3", "--store", str(seed_store))
    assert len(ranking) == 3
    assert ranking[0]["actor"]["label"] == "Ukraine"
    assert [r["degree"] for r in ranking] == sorted((r["degree"] for r in ranking), reverse=True)


def test_export_graphml(runner, seed_store, tmp_path):
    out = tmp_path / "seed.graphml"
    result = runner.invoke(
        cli, ["export", "--format", "graphml", "--out", str(out), "--store", str(seed_store)]
    )
    assert result.exit_code == 0, result.output
    assert "<graphml" in out.read_text(encoding="utf-8")
    assert (
        "<graphml" in runner.invoke(cli, ["export", "--format", "graphml", "--store", str(seed_store)]).output
    )


@pytest.mark.parametrize("name", ["who-replaced-whom", "claims-about-a-country", "casualties-by-place"])
def test_the_readmes_example_queries_run(runner, seed_store, name):
    from pathlib import Path

    path = Path(__file__).parents[1] / "kg" / "queries" / "examples" / f"{name}.rq"
    result = runner.invoke(cli, ["query", str(path), "--store", str(seed_store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) >= 2  # a header and at least one row
