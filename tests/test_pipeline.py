from __future__ import annotations

import json
import subprocess
import sys

import pytest
from lxml import etree

from pages import write_pair
from storedata import run_units
from tmtool.atomic import atomic_output
from tmtool.pipeline import RunOptions, run_corpus


@pytest.fixture
def mini(tmp_path):
    corpus = tmp_path / "mini"
    write_pair(corpus / "2018")
    write_pair(corpus / "unsorted", en_name="page.txt", ru_name="страница.txt")
    (corpus / "2018" / "3000005.en-GB.txt").write_bytes(b"")
    (corpus / "2018" / "3000006.ru-RU.txt").write_bytes(bytes(range(256)))
    return corpus


def test_run_writes_tmx_and_report(mini, tmp_path):
    out = tmp_path / "out"
    report = run_corpus(mini, out, RunOptions())
    assert sorted(p.name for p in out.iterdir()) == [
        "mini.report.json", "mini.review.html", "mini.terms.tbx", "mini.terms.txt", "mini.tmx", "tmtool.db"]
    data = json.loads((out / "mini.report.json").read_text("utf-8"))
    assert [(p["pair_id"], p["method"]) for p in data["pairs"]] == [("3000001", "id"), ("страница", "content")]
    assert data["skips"] == [
        {"path": "mini/2018/3000005.en-GB.txt", "reason": "empty file"},
        {"path": "mini/2018/3000006.ru-RU.txt", "reason": "not UTF-8 text, nor Russian in one single-byte encoding "
                                                          "clearly more than in another (cp1251, koi8_r, cp866, iso8859_5): binary or an unknown encoding"},
    ]
    units = run_units(out)
    assert data["totals"]["units"] == report.units == len(units)
    tmx = etree.parse(str(out / "mini.tmx"))
    tus = tmx.findall("body/tu")
    # the two mini pairs have the same texts: exact duplicates are written once
    assert len(tus) == len({(u.source, u.target) for u in units if not u.needs_review})
    title = tus[0]
    assert title.get("tuid") == "3000001-0"
    props = {p.get("type"): p.text for p in title.findall("prop")}
    assert props["x-release-id"] == "3000001"
    assert props["x-release-date"] == "2018-03-14"
    assert props["x-unit-kind"] == "title"
    # every unit is accounted for: exported, or held back for review
    totals = data["totals"]
    assert totals["units"] == totals["exported"] + totals["held_for_review"]
    assert [p["status"] for p in data["pairs"]] == ["aligned", "aligned"]
    assert [p["sentences"] for p in data["pairs"]] == [[4, 4], [4, 4]]
    assert [p["beads"] for p in data["pairs"]] == [{"1-1": 4}, {"1-1": 4}]


def test_a_second_run_reuses_every_pair_and_an_edit_realigns_one(mini, tmp_path):
    out = tmp_path / "out"
    assert run_corpus(mini, out).aligned == 2
    again = run_corpus(mini, out)
    assert (again.aligned, again.reused) == (0, 2)
    edited = mini / "2018" / "3000001.en-GB.txt"
    edited.write_text(edited.read_text("utf-8").replace("OSCE budget", "OSCE budget and staff"), "utf-8")
    third = run_corpus(mini, out)
    assert [(p.pair_id, p.status) for p in third.pairs] == [("3000001", "aligned"), ("страница", "reused")]
    assert any("budget and staff" in u.target for u in run_units(out))


def test_tmx_validates_against_the_dtd(mini, tmp_path, shared):
    run_corpus(mini, tmp_path / "out", RunOptions())
    result = subprocess.run([sys.executable, str(shared / "tools" / "validate_formats.py"), "tmx",
                             str(tmp_path / "out" / "mini.tmx")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("VALID")


class _FailingExporter:
    extension = "tmx"

    def write(self, units, path, header):
        with atomic_output(path) as fh:
            fh.write(b"<tmx>")
            raise OSError(28, "No space left on device")


def test_a_failing_export_leaves_no_file(mini, tmp_path, monkeypatch):
    monkeypatch.setattr("tmtool.pipeline.get_exporter", lambda name: _FailingExporter())
    with pytest.raises(OSError):
        run_corpus(mini, tmp_path / "out", RunOptions())
    # the store keeps the aligned pairs (each saved in its own transaction); no output file is half-written
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["tmtool.db"]


@pytest.mark.parametrize("apart", [0, 10**9])
def test_a_run_leaves_every_saved_unit_indexed_whether_in_a_process_of_its_own_or_here(mini, tmp_path, monkeypatch,
                                                                                      apart):
    from tmtool.store import Store, concordance

    monkeypatch.setattr("tmtool.pipeline.INDEX_APART", apart)  # 0: in a process of its own, as a large run
    run_corpus(mini, tmp_path / "out", RunOptions(jobs=2, formats=("tmx",), glossaries=()))
    with Store.open(tmp_path / "out" / "tmtool.db", create=False) as store:
        assert store.unindexed() == 0
        units = store.db.execute("SELECT count(*) FROM units").fetchone()[0]
        assert store.db.execute("SELECT count(*) FROM unit_terms").fetchone()[0] == 2 * units > 0
        assert concordance(store, "бюджет ОБСЕ", "ru-RU")
