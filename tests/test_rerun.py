"""A re-run costs what changed: pages not read again, outputs not written again, and the same
outputs as a run from scratch (docs/scale.md)."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner

from pages import write_pair
from storedata import run_units
from paths import CORPUS
from test_exports import normalise
from tmtool.cli import cli
from tmtool.outputs import Output, write_output
from tmtool.pipeline import RunOptions, run_corpus
from tmtool.store import Store

OUTPUTS = ["glossary-tbx", "glossary-tsv", "review", "tmx"]


@pytest.fixture
def corpus(tmp_path):
    """The shipped corpus, to change."""
    return shutil.copytree(CORPUS, tmp_path / "corpora")


def _files(out):
    """Every file of a run folder but the store: name → (bytes, mtime_ns)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(out.iterdir()) if ".db" not in p.name}


def _same_outputs(out, fresh) -> None:
    """The files of two run folders are the same but for dates and what was reused (tests/test_exports.py)."""
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in fresh.iterdir())
    for path in out.iterdir():
        if ".db" not in path.name:
            assert normalise(path.name, path.read_text("utf-8"), str(out)) == normalise(
                path.name, (fresh / path.name).read_text("utf-8"), str(fresh)), path.name


def _edit(page, old, new):
    text = page.read_text("utf-8")
    assert old in text
    page.write_text(text.replace(old, new), "utf-8")


def _reads(monkeypatch) -> list[str]:
    """The pages the runs read from now on (one process: --jobs 1)."""
    from tmtool import ingest

    read, real = [], ingest.read_release
    monkeypatch.setattr(ingest, "read_release", lambda path, lang=None: read.append(path.name) or real(path, lang))
    return read


ONE = RunOptions(jobs=1)


def test_a_rerun_with_nothing_changed_reads_no_page_and_writes_only_the_report(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = run_corpus(corpus, out, ONE)
    assert first.kept == []
    before = _files(out)
    read = _reads(monkeypatch)
    again = run_corpus(corpus, out, ONE)
    assert read == []
    assert sorted(again.kept) == OUTPUTS and again.reused == len(again.pairs) == 12
    after = _files(out)
    assert {name for name in after if after[name] != before[name]} == {"corpora.report.json"}
    report = json.loads((out / "corpora.report.json").read_text("utf-8"))
    assert sorted(report["unchanged"]) == OUTPUTS
    # what the report says of the outputs is what a run that wrote them says
    assert (again.export_stats, again.glossary, again.units) == (first.export_stats, first.glossary, first.units)
    _same_outputs(out, _fresh(corpus, tmp_path))


def _fresh(corpus, tmp_path, options=ONE):
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    run_corpus(corpus, fresh, options)
    return fresh


def test_an_edited_page_realigns_its_pair_and_rewrites_what_depends_on_it(corpus, tmp_path, monkeypatch):
    # Gale-Church aligns each pair on its own: the edited pair alone is aligned again (the default
    # aligner may align again the pairs that read what the edit changed of its lexicon: below).
    options = RunOptions(jobs=1, aligner="gale-church")
    out = tmp_path / "out"
    run_corpus(corpus, out, options)
    read = _reads(monkeypatch)
    _edit(corpus / "2017" / "2652117.en-GB.txt", "Such claims have nothing", "These claims have nothing")
    again = run_corpus(corpus, out, options)
    assert read == ["2652117.en-GB.txt"]
    assert [p.pair_id for p in again.pairs if p.status == "aligned"] == ["2652117"]
    assert again.kept == []  # every output holds the pair's units
    assert any("These claims" in u.target for u in run_units(out))
    _same_outputs(out, _fresh(corpus, tmp_path, options))


def test_the_glossary_of_a_rerun_analyses_the_edited_texts_alone_and_is_that_of_a_run_from_scratch(
        corpus, tmp_path, monkeypatch):
    from tmtool.terms import candidates

    options = RunOptions(jobs=1, aligner="gale-church")
    out = tmp_path / "out"
    run_corpus(corpus, out, options)
    analysed, real = [], candidates._records
    monkeypatch.setattr(candidates, "_records", lambda task: analysed.extend(task[1]) or real(task))
    _edit(corpus / "2017" / "2652117.en-GB.txt", "Such claims have nothing", "These claims have nothing")
    again = run_corpus(corpus, out, options)
    assert len(analysed) == 1 and "These claims have nothing" in analysed[0]
    assert len(again.glossary) > 50
    _same_outputs(out, _fresh(corpus, tmp_path, options))


def test_with_the_default_aligner_a_rerun_after_an_edit_writes_what_a_run_from_scratch_writes(corpus, tmp_path):
    """The aligner learns its lexicon from the whole corpus in either run (``update_store``)."""
    out = tmp_path / "out"
    run_corpus(corpus, out, ONE)
    _edit(corpus / "2017" / "2652117.en-GB.txt", "Such claims have nothing", "These claims have nothing")
    again = run_corpus(corpus, out, ONE)
    assert "2652117" in [p.pair_id for p in again.pairs if p.status == "aligned"]
    _same_outputs(out, _fresh(corpus, tmp_path, ONE))


def test_a_deleted_or_changed_output_is_written_again(corpus, tmp_path):
    out = tmp_path / "out"
    run_corpus(corpus, out, ONE)
    (out / "corpora.tmx").unlink()
    tbx = out / "corpora.terms.tbx"
    tbx.write_bytes(tbx.read_bytes().replace(b"</martif>", b"</martif>\n"))  # a hand edit
    review = out / "corpora.review.html"
    os.utime(review, ns=(review.stat().st_atime_ns, review.stat().st_mtime_ns - 10**9))  # touched
    again = run_corpus(corpus, out, ONE)
    assert again.kept == ["glossary-tsv"]
    _same_outputs(out, _fresh(corpus, tmp_path))


def test_a_touched_page_is_read_again_and_nothing_else_changes(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_corpus(corpus, out, ONE)
    read = _reads(monkeypatch)
    page = corpus / "2018" / "2937210.ru-RU.txt"
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    again = run_corpus(corpus, out, ONE)
    assert read == [page.name]
    assert again.aligned == 0 and sorted(again.kept) == OUTPUTS
    assert run_corpus(corpus, out, ONE).kept and read == [page.name]  # its new time kept


def test_other_formats_and_glossaries_are_written_and_the_rest_kept(corpus, tmp_path):
    out = tmp_path / "out"
    run_corpus(corpus, out, ONE)
    again = run_corpus(corpus, out, RunOptions(jobs=1, formats=("tmx", "po"), glossaries=("tsv",)))
    assert sorted(again.outputs) == ["glossary-tsv", "po", "report", "review", "tmx"]
    assert sorted(again.kept) == ["glossary-tsv", "review", "tmx"]
    assert again.export_stats["po"]["units"] == again.export_stats["tmx"]["units"] > 0
    # options that change what the TM files hold write them again; the glossary does not depend on them
    third = run_corpus(corpus, out, RunOptions(jobs=1, formats=("tmx", "po"), glossaries=(), include_unsure=True))
    assert sorted(third.kept) == ["review"] and third.glossary is None


def test_pages_that_cannot_be_read_are_reported_on_every_run(tmp_path):
    corpus = tmp_path / "mini"
    write_pair(corpus)
    (corpus / "3000002.en-GB.txt").write_bytes(b"")
    out = tmp_path / "out"
    first = run_corpus(corpus, out, ONE)
    again = run_corpus(corpus, out, ONE)
    assert [s.reason for s in again.skips] == [s.reason for s in first.skips] == ["empty file"]
    assert json.loads((out / "mini.report.json").read_text("utf-8"))["skips"] == [
        {"path": "mini/3000002.en-GB.txt", "reason": "empty file"}]


def test_the_command_says_which_outputs_it_kept(tmp_path):
    write_pair(tmp_path / "mini")
    run = ["run", str(tmp_path / "mini"), "-o", str(tmp_path / "out"), "--quiet", "--jobs", "1", "--glossary", ""]
    CliRunner().invoke(cli, run)
    result = CliRunner().invoke(cli, run)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert result.output.splitlines()[-3:] == [f"kept {out / 'mini.tmx'}", f"kept {out / 'mini.review.html'}",
                                               f"wrote {out / 'mini.report.json'}"]


def test_an_output_of_several_files_is_written_again_when_one_is_gone(tmp_path):
    calls = []

    def write():
        calls.append(1)
        for name in ("index.html", "index-001.html"):
            (tmp_path / name).write_text(f"page {len(calls)}", "utf-8")
        return [tmp_path / "index.html", tmp_path / "index-001.html"], {"pages": 2}

    with Store.open(tmp_path / "tm.db") as store:
        assert write_output(store, tmp_path / "index.html", "f1", write) == Output({"pages": 2}, kept=False)
        assert write_output(store, tmp_path / "index.html", "f1", write) == Output({"pages": 2}, kept=True)
        (tmp_path / "index-001.html").unlink()
        assert not write_output(store, tmp_path / "index.html", "f1", write).kept
        assert not write_output(store, tmp_path / "index.html", "f2", write).kept  # written from something else
        assert write_output(store, tmp_path / "index.html", "f2", write).kept
    assert len(calls) == 3


def test_a_damaged_glossary_in_the_store_is_made_anew_and_its_files_kept(corpus, tmp_path, monkeypatch):
    from tmtool import pipeline

    out = tmp_path / "out"
    first = run_corpus(corpus, out, ONE)
    with Store.open(out / "tmtool.db") as store:
        store.db.execute("UPDATE glossaries SET glossary = '{\"entries\": [{\"source\": 1}]'")
    made = []
    monkeypatch.setattr(pipeline, "extract_terms", lambda *a, **k: made.append(1) or first.glossary)
    again = run_corpus(corpus, out, ONE)
    assert made == [1] and again.glossary == first.glossary
    assert sorted(again.kept) == OUTPUTS  # the same glossary: its files stand
