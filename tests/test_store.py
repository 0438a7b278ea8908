"""kg.store: the on-disk Oxigraph store, its all-or-nothing writes and its bound-value reads."""

from __future__ import annotations

import pytest

from kg.errors import KgError, QueryError, StoreError, UnknownName
from kg.store import Store

G1 = "https://example.org/graph/one"
G2 = "https://example.org/graph/two"
ALPHA = '<https://example.org/alpha> <http://www.w3.org/2000/01/rdf-schema#label> "Alpha" .\n'
BETA = '<https://example.org/beta> <http://www.w3.org/2000/01/rdf-schema#label> "Beta" .\n'
LABELS = "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label"


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "store", writable=True)


def labels(store: Store) -> list[str]:
    return [row["label"] for row in store.select(LABELS)]


def test_missing_store_is_refused_with_the_fix(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        Store(tmp_path / "nope")


def test_empty_folder_is_not_a_store(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError):
        Store(tmp_path / "empty")


def test_replace_graphs_replaces_not_appends(store):
    store.replace_graphs({G1: ALPHA})
    store.replace_graphs({G1: BETA})
    assert labels(store) == ["Beta"]


def test_replace_graphs_leaves_other_graphs_alone(store):
    store.replace_graphs({G1: ALPHA})
    store.replace_graphs({G2: BETA})
    assert labels(store) == ["Alpha", "Beta"]
    assert store.graph_names() == [G1, G2]


def test_replace_graphs_is_all_or_nothing(store):
    store.replace_graphs({G1: ALPHA})
    broken = "<https://example.org/beta> <http://www.w3.org/2000/01/rdf-schema#label> .\n"
    with pytest.raises(StoreError):
        store.replace_graphs({G1: BETA, G2: broken})  # G1 comes first in the batch
    assert labels(store) == ["Alpha"]
    assert store.graph_names() == [G1]


def test_writes_survive_reopening(tmp_path):
    writer = Store(tmp_path / "store", writable=True)
    writer.replace_graphs({G1: ALPHA})
    del writer
    assert labels(Store(tmp_path / "store")) == ["Alpha"]


def test_select_with_bindings_returns_only_bound_rows(store):
    store.replace_graphs({G1: ALPHA + BETA})
    rows = store.select(LABELS, {"label": "Beta"})
    assert rows == [{"s": "https://example.org/beta", "label": "Beta"}]


def test_select_binds_iris(store):
    store.replace_graphs({G1: ALPHA + BETA})
    assert store.select(LABELS, {"s": "https://example.org/alpha"}) == [
        {"s": "https://example.org/alpha", "label": "Alpha"}
    ]


def test_select_converts_numbers(store):
    store.replace_graphs(
        {
            G1: '<https://example.org/a> <https://example.org/n> "28"^^'
            "<http://www.w3.org/2001/XMLSchema#integer> .\n"
            '<https://example.org/b> <https://example.org/n> "0.2"^^'
            "<http://www.w3.org/2001/XMLSchema#decimal> .\n"
        }
    )
    values = sorted(r["n"] for r in store.select("SELECT ?n WHERE { ?s <https://example.org/n> ?n }"))
    assert values == [0.2, 28]


def test_malformed_sparql_is_a_query_error_on_one_line(store):
    with pytest.raises(QueryError) as caught:
        store.select("SELEC ?x WHERE {")
    assert "\n" not in str(caught.value)


INJECTION = 'x" } DROP ALL ; #'


def test_hostile_value_is_only_a_value(store):
    store.replace_graphs({G1: ALPHA})
    assert store.select(LABELS, {"label": INJECTION}) == []
    assert labels(store) == ["Alpha"]


HOSTILE = [INJECTION, "Robert'); DROP GRAPH <x> ; --", '"}} INSERT DATA {<a> <b> <c>}']


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_name_reaching_a_lookup_is_an_unknown_name(facts_store, name):
    from kg.lookups import who_replaced

    store = Store(facts_store)
    size = len(store)
    with pytest.raises(UnknownName):
        who_replaced(store, name)
    assert len(store) == size
    assert len(who_replaced(store)) == 1


def test_name_of_punctuation_only_asks_for_a_name(facts_store):
    from kg.lookups import roles

    with pytest.raises(KgError, match="Give a name"):
        roles(Store(facts_store), '" } ; #')


def test_a_new_store_may_be_nested_in_folders_that_do_not_exist_yet(tmp_path):
    store = Store(tmp_path / "a" / "b" / "store", writable=True)
    assert store.location.is_dir()
