import json

import pytest

from storedata import handmade_pair
from tmtool.store import LookupResult, Store, concordance, lookup, lookup_result, write_review_html
from tmtool.store.show import decision_line, hit_record, hits_table, marked, match_record, matches_table


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        handmade_pair(store)
        yield store


def test_the_lookup_table(store):
    result = lookup_result(store, "The talks were frank.", "en-GB", min_score=30)
    assert matches_table(result).splitlines()[:3] == [
        "100.0%  4000001-2  2019-01-02  (needs review)",
        "    en-GB  The talks were frank.",
        "    ru-RU  Переговоры прошли откровенно.",
    ]


def test_a_miss_says_how_near_the_nearest_unit_came(store):
    assert matches_table(LookupResult((), 70, 69.96)) == (
        "No match of 70% or more; the nearest unit scores 69.96%: try --min-score 69.")
    assert matches_table(LookupResult((), 85.5, None)) == (
        "No match of 85.5% or more: no stored unit has enough words in common with it.")


def test_the_lookup_records_are_json(store):
    [record] = [match_record(m) for m in lookup(store, "Переговоры прошли откровенно")]
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record
    assert record["src_lang"] == "ru-RU" and record["target"] == "The talks were frank."
    assert record["unit_id"] == "4000001-2" and record["needs_review"] is True and 95 < record["score"] < 100


def test_the_concordance_table_marks_the_phrase(store):
    hits = concordance(store, "минский соглашение")
    assert hits_table(hits, "минский соглашение").splitlines() == [
        "4000001-1  2019-01-02",
        "    ru-RU  [Минским соглашениям] нет альтернативы.",
        "    en-GB  The Minsk agreements have no alternative.",
        "1 unit hold 'минский соглашение'.",
    ]
    assert hit_record(hits[0])["spans"] == [[0, 19]]
    assert hits_table([], "zebra") == "No unit holds 'zebra'."


def test_marked_keeps_the_text_between_spans():
    assert marked("a bc d bc", [(2, 4), (7, 9)], str.upper) == "a BC d BC"


def test_the_review_summary_line(store, tmp_path):
    store.set_review("4000001-2", "accepted")
    page = write_review_html(store, tmp_path / "r.html")
    assert page.summary() == (f"wrote {tmp_path / 'r.html'}: 1 releases, 4 beads (0 low-confidence, "
                              "2 omitted or added, 1 accepted, 0 rejected)")


def test_the_decision_line(store):
    assert decision_line(store.set_review("4000001-3", "rejected")) == "4000001-3: rejected (1-0, confidence 0.00)"
    assert decision_line(store.set_review("4000001-3", None)) == "4000001-3: no decision (1-0, confidence 0.00)"
