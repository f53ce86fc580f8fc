"""The extractor on our held-out documents (tests/extract/heldout/): texts
from provinces and years the rules were not developed on, each with a gold
record written by hand. The floors are what the extractor reaches today; a
change that generalises worse fails here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import extract_file

from ._record_score import score

HELDOUT = Path(__file__).parent / "heldout"
MICRO_F1_FLOOR = 0.98
FIELD_F1_FLOOR = 0.95


@pytest.fixture(scope="module")
def scores():
    pairs = []
    for gold_path in sorted(HELDOUT.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((gold, extract_file(gold_path.with_suffix(".txt"))))
    return score(pairs)


def test_heldout_set_has_a_gold_record_for_every_text():
    texts = {p.stem for p in HELDOUT.glob("*.txt")}
    golds = {p.stem for p in HELDOUT.glob("*.json")}
    assert texts == golds and len(texts) >= 15


def test_heldout_micro_f1_stays_above_its_floor(scores):
    assert scores["micro"][2] >= MICRO_F1_FLOOR, scores


def test_heldout_every_field_f1_stays_above_its_floor(scores):
    low = {field: round(prf[2], 3) for field, prf in scores.items() if prf[2] < FIELD_F1_FLOOR}
    assert not low, low


def test_scorer_copy_matches_a_containing_organisation_and_a_null_gold_issuer():
    gold = {"organisations": [{"name": "Quận ủy"}], "directives": [{"symbol": "703-QĐ"}]}
    pred = {"organisations": [{"name": "Quận ủy Ninh Kiều"}],
            "directives": [{"type": "QĐ", "number": "703", "issuer": "TW"}]}
    result = score([(gold, pred)])
    assert result["organisations"] == (1.0, 1.0, 1.0)
    assert result["directives"] == (1.0, 1.0, 1.0)
