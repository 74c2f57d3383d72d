from collections import Counter

import pytest

from storedata import handmade_pair, mini_corpus, save_corpus
from tmtool.ingest import read_release
from tmtool.pipeline import RunOptions
from tmtool.store import Store, StoreError, content_hash


@pytest.fixture
def corpus(tmp_path):
    return mini_corpus(tmp_path / "mini", 3)


def test_a_second_run_aligns_nothing_and_an_edit_realigns_that_pair(corpus, tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        assert save_corpus(store, corpus) == ["3000001", "3000002", "3000003"]
        assert save_corpus(store, corpus) == []
        page = corpus / "3000002.en-GB.txt"
        page.write_text(page.read_text("utf-8").replace("in Moscow", "in Geneva"), "utf-8")
        assert save_corpus(store, corpus) == ["3000002"]
        assert any("Geneva" in u.source for u in store.units("en-GB", "ru-RU", pair_keys=["3000002"]))
        assert not any("Geneva" in u.source for u in store.units("en-GB", "ru-RU", pair_keys=["3000001"]))


def test_changed_options_realign_everything(corpus, tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, corpus)
        assert len(save_corpus(store, corpus, RunOptions(review_threshold=0.3))) == 3


def test_the_hash_is_of_the_content_not_the_file(corpus, tmp_path):
    moved = tmp_path / "elsewhere" / "page.txt"
    moved.parent.mkdir()
    moved.write_bytes((corpus / "3000001.en-GB.txt").read_bytes())
    original = read_release(corpus / "3000001.en-GB.txt")
    assert content_hash(read_release(moved)) != content_hash(original)  # the id comes from the name
    (moved.parent / "3000001.en-GB.txt").write_bytes(moved.read_bytes())
    assert content_hash(read_release(moved.parent / "3000001.en-GB.txt")) == content_hash(original)


def _counts(store: Store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "pairs", "segments", "beads", "units", "unit_terms", "unindexed")}


def test_resaving_replaces_a_pair_whole(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        handmade_pair(store)
        handmade_pair(store, signature="other")
        saved = _counts(store)
        assert store.index_pending() == 3
        indexed = _counts(store)
    # The units' terms wait for ``index_pending``, which indexes the units of the second save only.
    assert saved == {"documents": 2, "pairs": 1, "segments": 6, "beads": 4, "units": 3, "unit_terms": 0,
                     "unindexed": 3}
    assert indexed == saved | {"unit_terms": 6, "unindexed": 0}


def test_term_counts_follow_every_save(corpus, tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, corpus)
        handmade_pair(store)
        save_corpus(store, corpus, RunOptions(review_threshold=0.3))
        handmade_pair(store, signature="other")
        store.index_pending()
        rows = store.db.execute("SELECT terms FROM unit_terms")
        recount = Counter(t for (text,) in rows for t in set(text.split()))
        assert dict(store.db.execute("SELECT term, docs FROM term_docs")) == dict(recount)
        assert recount["ru_ru_соглашение"] == 1 and recount["en_gb_osce"] == 9  # title and two sentences, three pairs


def test_exports_hold_sure_and_accepted_units_never_rejected_ones(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        handmade_pair(store)
        ids = lambda **kw: [u.unit_id for u in store.units("en-GB", "ru-RU", **kw)]  # noqa: E731
        assert ids() == ["4000001-0", "4000001-1"]
        assert ids(include_unsure=True) == ["4000001-0", "4000001-1", "4000001-2"]
        store.set_review("4000001-2", "accepted")
        store.set_review("4000001-1", "rejected")
        assert ids() == ["4000001-0", "4000001-2"]
        accepted = next(u for u in store.units("en-GB", "ru-RU") if u.unit_id == "4000001-2")
        assert not accepted.needs_review and accepted.notes == ("reviewed: accepted",)
        store.set_review("4000001-1", None)
        assert ids() == ["4000001-0", "4000001-1", "4000001-2"]


def test_decisions_survive_realignment(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        handmade_pair(store)
        store.set_review("4000001-2", "accepted")
        store.set_review("4000001-3", "rejected")
        handmade_pair(store, signature="realigned with other options")
        decisions = {b.bead_id: b.decision for b in store.beads("4000001")}
    assert decisions == {"4000001-1": None, "4000001-2": "accepted", "4000001-3": "rejected", "4000001-4": None}


def test_review_of_an_unknown_bead_or_decision_is_an_error(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        handmade_pair(store)
        with pytest.raises(StoreError, match="no bead '9-9'"):
            store.set_review("9-9", "accepted")
        with pytest.raises(StoreError, match="unknown decision 'maybe'"):
            store.set_review("4000001-1", "maybe")


def test_units_in_the_other_direction(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        [title, first, _] = handmade_pair(store)
        units = list(store.units("ru-RU", "en-GB"))
        assert not list(store.units("en-GB", "fr-FR"))
    assert [(u.source, u.target, u.src_lang, u.bead) for u in units] == [
        (title.target, title.source, "ru-RU", "title"), (first.target, first.source, "ru-RU", "1-1")]
    assert units[0].provenance.title == "Заявление"
    assert units[0].provenance.src_path == "4000001.ru-RU.txt"
    assert units[1].paragraph == 0



def test_a_unit_another_writer_saves_in_a_reserved_row_id_during_a_run_stops_nothing(corpus, tmp_path, monkeypatch):
    """The review editor (``tmtool serve``) may write units while a run saves its pairs; one that
    takes a row id the run reserved for a pair not yet saved moves that pair's units to SQLite's
    next ids: the run finishes, with every unit of every pair and the editor's."""
    with Store.open(tmp_path / "alone.db") as store:
        save_corpus(store, corpus)
        alone = store.db.execute("SELECT unit_id, source, target, score FROM units ORDER BY unit_id").fetchall()
    reserved, reserve = [], Store.unit_rowids

    def unit_rowids(self):
        reserving = reserve(self)

        def reserved_now(n):
            reserved.append(reserving(n))
            return reserved[-1]

        return reserved_now

    monkeypatch.setattr(Store, "unit_rowids", unit_rowids)

    def editor_writes(n):
        if n == 2:  # between the first save and the second: the third pair's first id
            with Store.open(tmp_path / "tm.db") as editor:
                editor.db.execute("INSERT INTO units SELECT ?, 'by the editor', pair_key, n, bead_id, kind, source,"
                                  " target, src_lang, tgt_lang, paragraph, tgt_paragraph, bead, score, needs_review,"
                                  " notes FROM units WHERE unit_id = '3000001-1'", (reserved[2].start,))

    with Store.open(tmp_path / "tm.db") as store:
        assert save_corpus(store, corpus, before_save=editor_writes) == ["3000001", "3000002", "3000003"]
        units = store.db.execute("SELECT unit_id, source, target, score FROM units ORDER BY unit_id").fetchall()
        ids = dict(store.db.execute("SELECT unit_id, id FROM units"))
    assert [u for u in units if u[0] != "by the editor"] == alone
    assert ids["by the editor"] == reserved[2].start
    assert ids["3000001-0"] == reserved[0].start and ids["3000002-0"] == reserved[1].start
    assert ids["3000003-0"] > reserved[2].start  # after the editor's


def test_two_processes_indexing_at_once_index_each_unit_once(tmp_path):
    path = tmp_path / "tm.db"
    with Store.open(path) as store, Store.open(path) as other:
        handmade_pair(store)
        handmade_pair(store, "4000002")

        def run_while_the_other_indexes(fn, tasks):  # a lookup in another process, while the terms are found
            assert other.index_pending() == 6
            return map(fn, tasks)

        assert store.index_pending(run_while_the_other_indexes) == 0
        rows = store.db.execute("SELECT terms FROM unit_terms")
        recount = Counter(t for (text,) in rows for t in set(text.split()))
        assert dict(store.db.execute("SELECT term, docs FROM term_docs")) == dict(recount)
        assert (_counts(store)["unit_terms"], _counts(store)["unindexed"]) == (12, 0)
