"""One bad file of each kind beside good pairs: the run exits 0, every good pair's units are
exported, and every bad file is named in the report with its reason (issue 13's acceptance)."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from pages import EN_BODY, EN_TITLE, RU_BODY, RU_TITLE, write_dump
from tmtool.cli import cli


def test_a_corpus_mixing_good_pairs_with_one_bad_file_of_each_kind(tmp_path, corpus):
    pages = tmp_path / "pages"
    shutil.copytree(corpus, pages)
    bad = pages / "bad"
    bad.mkdir()
    (bad / "4100001.en-GB.txt").write_text("   \n", "utf-8")  # empty
    (bad / "4100002.en-GB.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)  # binary
    (bad / "4100003.en-GB.txt").write_text(" ".join(RU_BODY) * 3, "utf-8")  # Russian declared English
    (bad / "4100004.ru-RU.txt").write_bytes("Москва.".encode("koi8_r"))  # too little to tell its encoding
    deep = "<div>" * 3000 + "<p>Deep.</p>" + "</div>" * 3000
    (bad / "4100005.en-GB.html").write_text(f"<html lang='en'><body><h1>T</h1>{deep}</body></html>", "utf-8")
    (bad / "4100006.en-GB.txt").symlink_to(tmp_path / "nowhere.txt")  # a broken link
    write_dump(bad, "4100007.en-GB.txt", EN_TITLE, EN_BODY, "14 March 201812:30")  # one id, a year apart
    write_dump(bad, "4100007.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201912:30", lang="ru")

    result = CliRunner().invoke(cli, ["run", str(pages), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "pages.report.json").read_text("utf-8"))
    assert len(report["pairs"]) == 12 and report["totals"]["exported"] >= 150  # every good pair, as without them
    reasons = {entry["path"].split("/")[-1]: entry["reason"] for entry in report["skips"] + report["orphans"]}
    assert reasons["4100001.en-GB.txt"] == "empty file"
    assert reasons["4100002.en-GB.txt"] == "binary data, not text"
    assert reasons["4100003.en-GB.txt"].startswith("declared en-GB but ")
    assert reasons["4100004.ru-RU.txt"].startswith("not UTF-8 text, nor Russian in one single-byte encoding")
    assert reasons["4100005.en-GB.html"].startswith("HTML that libxml2 cannot read whole")
    assert reasons["4100006.en-GB.txt"] == f"a link to {tmp_path / 'nowhere.txt'}, which does not exist"
    assert reasons["4100007.en-GB.txt"] == reasons["4100007.ru-RU.txt"] == (
        "same release id 4100007 but dated 2019-03-14 and 2018-03-14: not two versions of one release")
