"""Extraction quality on articles with gold facts, scored with ../shared/tools/kg_score.py's matchers.

A floor per corpus, a little under today's figures: a change that loses facts on articles it used to
read fails here. The articles in tests/corpus were written for this project (the held-out ones by a
writer who never saw the extractor); ../shared/corpus is the development corpus, when present.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from kg.build import build
from kg.lookups import claims, events, roles, who_replaced
from kg.store import Store

ROOT = Path(__file__).parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "kg_score.py"
CORPORA = {
    "tests/corpus": (ROOT / "tests" / "corpus", 0.88),
    "tests/evaluation": (ROOT / "tests" / "evaluation", 0.85),
    "tests/evaluation2": (ROOT / "tests" / "evaluation2", 0.72),
    "tests/evaluation3": (ROOT / "tests" / "evaluation3", 0.75),
    "tests/evaluation4": (ROOT / "tests" / "evaluation4", 0.70),
    "tests/evaluation5": (ROOT / "tests" / "evaluation5", 0.76),
    "tests/evaluation6": (ROOT / "tests" / "evaluation6", 0.71),
    "tests/evaluation7": (ROOT / "tests" / "evaluation7", 0.70),
    "tests/evaluation8": (ROOT / "tests" / "evaluation8", 0.73),
    "tests/evaluation9": (ROOT / "tests" / "evaluation9", 0.67),
    "tests/evaluation10": (ROOT / "tests" / "evaluation10", 0.66),
    "tests/evaluation11": (ROOT / "tests" / "evaluation11", 0.85),
    "tests/evaluation12": (ROOT / "tests" / "evaluation12", 0.72),
    "tests/evaluation13": (ROOT / "tests" / "evaluation13", 0.66),
    "tests/evaluation14": (ROOT / "tests" / "evaluation14", 0.62),
    "tests/evaluation15": (ROOT / "tests" / "evaluation15", 0.60),
    "tests/evaluation16": (ROOT / "tests" / "evaluation16", 0.64),
    "tests/evaluation17": (ROOT / "tests" / "evaluation17", 0.62),
    "tests/evaluation18": (ROOT / "tests" / "evaluation18", 0.66),
    "tests/evaluation19": (ROOT / "tests" / "evaluation19", 0.70),
    "tests/evaluation20": (ROOT / "tests" / "evaluation20", 0.73),
    "tests/evaluation21": (ROOT / "tests" / "evaluation21", 0.72),
    "tests/evaluation22": (ROOT / "tests" / "evaluation22", 0.72),
    "tests/evaluation23": (ROOT / "tests" / "evaluation23", 0.72),
    "tests/evaluation24": (ROOT / "tests" / "evaluation24", 0.73),
    "tests/evaluation25": (ROOT / "tests" / "evaluation25", 0.77),
    "tests/evaluation26": (ROOT / "tests" / "evaluation26", 0.72),
    "tests/evaluation27": (ROOT / "tests" / "evaluation27", 0.73),
    "tests/evaluation28": (ROOT / "tests" / "evaluation28", 0.71),
    "shared/corpus": (ROOT.parent / "shared" / "corpus", 0.95),
}


def scorer():
    if not SCORER.exists():
        pytest.skip("../shared/tools/kg_score.py is not beside this checkout")
    spec = importlib.util.spec_from_file_location("kg_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def overall_f1(folder: Path, tmp_path: Path) -> float:
    score = scorer()
    articles = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".gold.yaml").exists())
    if not articles:
        pytest.skip(f"no articles with gold facts in {folder}")
    totals = [0, 0, 0]
    for article in articles:
        location = tmp_path / article.stem
        build([article], location)
        store = Store(location)
        found = {
            "replacements": who_replaced(store),
            "roles": roles(store),
            "events": events(store),
            "claims": claims(store),
        }
        gold = yaml.safe_load(article.with_suffix(".gold.yaml").read_text(encoding="utf-8")) or {}
        for category, matcher in score.MATCHERS.items():
            tp, n_system, n_gold, _ = score.score(gold.get(category) or [], found[category], matcher)
            totals = [totals[0] + tp, totals[1] + n_system, totals[2] + n_gold]
    return score.prf(*totals)[2]


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_extraction_quality_does_not_fall_below_its_floor(name, tmp_path):
    folder, floor = CORPORA[name]
    if not folder.exists():
        pytest.skip(f"{folder} is not beside this checkout")
    assert overall_f1(folder, tmp_path) >= floor
