"""A reviewer's edits of an alignment: each action, undo, the export, and persistence across re-runs."""

from collections import Counter

import pytest
from click.testing import CliRunner

from pages import write_pair
from storedata import handmade_pair, run_units, save_sentences
from tmtool.cli import cli
from tmtool.formats import read_units
from tmtool.pipeline import RunOptions, run_corpus
from tmtool.store import Store, StoreError

SENTENCES = [("One.", "Один."), ("Two.", "Два."), ("Three.", "Три."), ("Four.", "Четыре.")]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        yield store


def _shape(store, key):
    """Each bead as (source sentences, target sentences, edited)."""
    return [(b.src, b.tgt, b.edited) for b in store.beads(key)]


def _exported(store, **kwargs):
    """What an export holds: (source, target) of each body unit, English first."""
    return [(u.source, u.target) for u in store.units("en-GB", "ru-RU", **kwargs) if u.kind == "body"]


def _term_counts_agree(store):
    recount = Counter(t for (text,) in store.db.execute("SELECT terms FROM unit_terms") for t in set(text.split()))
    return dict(store.db.execute("SELECT term, docs FROM term_docs")) == dict(recount)


def test_merging_makes_one_unit_exported_even_when_a_part_was_held(store):
    handmade_pair(store)  # beads: sure 1-1, unsure 1-1, 1-0, 0-1
    assert _exported(store) == [("The Minsk agreements have no alternative.", "Минским соглашениям нет альтернативы.")]
    edit = store.merge("4000001-1")
    assert (edit.pair_key, edit.action, edit.detail) == ("4000001", "merge", "merged 4000001-1 with the next bead")
    assert [b.kind for b in store.beads("4000001")] == ["2-2", "1-0", "0-1"]
    [unit] = [u for u in store.units("en-GB", "ru-RU") if u.kind == "body"]
    assert (unit.unit_id, unit.source, unit.target, unit.bead) == (
        "4000001-1", "The Minsk agreements have no alternative. The talks were frank.",
        "Минским соглашениям нет альтернативы. Переговоры прошли откровенно.", "2-2")
    assert not unit.needs_review and unit.notes == ("reviewed: edited",)
    assert _term_counts_agree(store)


def test_splitting_cuts_a_bead_at_a_sentence_boundary(store):
    save_sentences(store, "7", SENTENCES)
    store.merge("7-2")
    assert [b.kind for b in store.beads("7")] == ["1-1", "2-2", "1-1"]
    store.split("7-2", 1, 0)  # "Two." alone, then "Three." with both Russian sentences
    assert _shape(store, "7") == [(("One.",), ("Один.",), False), (("Two.",), (), True),
                                  (("Three.",), ("Два.", "Три."), True), (("Four.",), ("Четыре.",), False)]
    with pytest.raises(StoreError, match="a split must leave a sentence on each side of the cut"):
        store.split("7-3", 0, 0)
    with pytest.raises(StoreError, match="cannot be split after 3 source"):
        store.split("7-3", 3, 1)


def test_a_sentence_moves_to_the_neighbouring_bead(store):
    save_sentences(store, "7", SENTENCES)
    store.move("7-2", "src", "previous")  # "Two." joins bead 1; bead 2 keeps only "Два."
    assert [(b.src, b.tgt) for b in store.beads("7")] == [
        (("One.", "Two."), ("Один.",)), ((), ("Два.",)), (("Three.",), ("Три.",)), (("Four.",), ("Четыре.",))]
    store.move("7-3", "tgt", "next")  # "Три." goes down: bead 3 is left with "Three." alone
    assert [b.kind for b in store.beads("7")] == ["2-1", "0-1", "1-0", "1-2"]
    store.move("7-2", "tgt", "previous")  # a bead left with no sentence goes
    assert [b.kind for b in store.beads("7")] == ["2-2", "1-0", "1-2"]
    with pytest.raises(StoreError, match="no previous bead"):
        store.move("7-1", "src", "previous")


def test_marking_a_bead_1_0_and_0_1_takes_its_unit_out(store):
    handmade_pair(store)
    store.mark_gap("4000001-2")
    assert [b.kind for b in store.beads("4000001")] == ["1-1", "1-0", "0-1", "1-0", "0-1"]
    assert _exported(store, include_unsure=True) == [
        ("The Minsk agreements have no alternative.", "Минским соглашениям нет альтернативы.")]
    with pytest.raises(StoreError, match="already a 1-0"):
        store.mark_gap("4000001-2")


def test_an_edited_text_is_the_unit_and_is_found(store):
    handmade_pair(store)
    store.edit_text("4000001-2", tgt_text="Переговоры были откровенными.")
    bead = store.beads("4000001")[1]
    assert (bead.tgt, bead.tgt_text, bead.edited) == (("Переговоры прошли откровенно.",),
                                                     "Переговоры были откровенными.", True)
    assert ("The talks were frank.", "Переговоры были откровенными.") in _exported(store)  # held before: now out
    hits = store.db.execute("SELECT count(*) FROM unit_terms WHERE unit_terms MATCH 'ru_ru_откровенный'").fetchone()
    assert hits == (1,) and _term_counts_agree(store)
    with pytest.raises(StoreError, match="a 1-0 bead is no unit"):
        store.edit_text("4000001-3", src_text="x")


def test_rejected_beads_are_not_exported_and_decisions_are_undone_too(store):
    handmade_pair(store)
    store.set_review("4000001-1", "rejected")
    assert _exported(store) == []
    assert store.undo("4000001").detail == "rejected 4000001-1"
    assert store.beads("4000001")[0].decision is None
    assert len(_exported(store)) == 1


def test_undo_puts_the_aligners_beads_back(store):
    handmade_pair(store)
    before = [(b.src, b.tgt, b.kind, b.score, b.unsure, b.edited) for b in store.beads("4000001")]
    store.merge("4000001-1")
    store.mark_gap("4000001-1")
    assert [e.action for e in store.edits("4000001")] == ["merge", "mark-gap"]
    store.undo("4000001")
    store.undo("4000001")
    assert [(b.src, b.tgt, b.kind, b.score, b.unsure, b.edited) for b in store.beads("4000001")] == before
    assert store.edits("4000001") == []
    with pytest.raises(StoreError, match="release 4000001 has no edit to undo"):
        store.undo("4000001")
    assert _term_counts_agree(store)


def test_a_named_edit_is_undone_alone_unless_a_later_one_changed_its_beads(store):
    save_sentences(store, "7", SENTENCES)
    first = store.merge("7-1")  # [One Two] [Three] [Four]
    second = store.merge("7-2")  # [One Two] [Three Four]
    store.undo("7", first.edit_id)
    assert [(b.src, b.edited) for b in store.beads("7")] == [
        (("One.",), False), (("Two.",), False), (("Three.", "Four."), True)]
    split = store.split("7-3", 1, 1)
    with pytest.raises(StoreError, match=f"edit {second.edit_id} .*a later edit changed the beads"):
        store.undo("7", second.edit_id)
    store.undo("7", split.edit_id)
    store.undo("7", second.edit_id)
    assert [b.kind for b in store.beads("7")] == ["1-1"] * 4


def test_a_failed_edit_changes_nothing(store):
    save_sentences(store, "7", SENTENCES)
    with pytest.raises(StoreError, match="bead 7-4: the last bead of a release has no next bead"):
        store.merge("7-4")
    with pytest.raises(StoreError, match="no bead '7-9'"):
        store.merge("7-9")
    assert store.edits("7") == [] and [b.kind for b in store.beads("7")] == ["1-1"] * 4


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "mini"
    write_pair(folder, "3000001")
    return folder


def _run(corpus, out, **options):
    return run_corpus(corpus, out, RunOptions(formats=("tmx",), glossaries=(), **options))


def test_a_reviewers_alignment_wins_over_a_realignment_of_the_same_sentences(corpus, tmp_path):
    out = tmp_path / "out"
    _run(corpus, out)
    with Store.open(out / "tmtool.db") as store:
        store.merge("3000001-2")
        store.set_review("3000001-1", "rejected")
        edited = _shape(store, "3000001")
    report = _run(corpus, out, review_threshold=0.3)  # another signature: the pair is aligned again
    assert report.aligned == 1
    assert [(e.pair_key, e.kept) for e in report.edits] == [("3000001", True)]
    with Store.open(out / "tmtool.db") as store:
        assert _shape(store, "3000001") == edited
        assert store.beads("3000001")[0].decision == "rejected"
    exported = [(u.source, u.target) for u in read_units(out / "mini.tmx", src_lang="ru-RU", tgt_lang="en-GB")]
    merged = [u for u in run_units(out) if u.bead == "2-2" and not u.needs_review]
    assert [(u.source, u.target) for u in merged] == [
        ("Стороны обсудили ситуацию на Украине. С.В.Лавров подчеркнул, что Комплексу мер, принятому в 2015 году, "
         "нет альтернативы.", "The parties discussed the situation in Ukraine. Mr Lavrov stressed that the Package "
         "of Measures adopted in 2015 has no alternative.")]
    assert (merged[0].source, merged[0].target) in exported
    assert not any(s.startswith("14 марта") for s, _ in exported)  # the rejected bead


def test_edits_of_a_release_whose_sentences_changed_are_dropped_and_reported(corpus, tmp_path):
    out = tmp_path / "out"
    _run(corpus, out)
    with Store.open(out / "tmtool.db") as store:
        store.merge("3000001-2")
    page = corpus / "3000001.en-GB.txt"
    page.write_text(page.read_text("utf-8").replace("in Moscow", "in Geneva"), "utf-8")
    report = _run(corpus, out)
    [dropped] = report.edits
    assert not dropped.kept
    assert dropped.message() == ("3000001: 1 reviewer edit dropped, its sentences changed (merged 3000001-2 "
                                 "with the next bead); review the release again")
    with Store.open(out / "tmtool.db") as store:
        assert not any(b.edited for b in store.beads("3000001"))
        assert store.edits("3000001") == []
    result = CliRunner().invoke(cli, ["run", str(corpus), "-o", str(out), "--glossary", "", "-q"])
    assert result.exit_code == 0 and "reviewer edit" not in result.output  # nothing left to drop


def test_tmtool_export_writes_the_merged_unit_and_not_the_rejected_one(store, tmp_path):
    save_sentences(store, "7", SENTENCES)
    store.merge("7-1")
    store.set_review("7-3", "rejected")
    out = tmp_path / "x.tmx"
    result = CliRunner().invoke(cli, ["export", store.path, "-o", str(out), "--src-lang", "en-GB",
                                      "--tgt-lang", "ru-RU"])
    assert result.exit_code == 0, result.output
    assert [(u.source, u.target) for u in read_units(out, src_lang="en-GB", tgt_lang="ru-RU")] == [
        ("One. Two.", "Один. Два."), ("Three.", "Три.")]
