"""The aligner's lexicon in the store: learned from the corpus's lessons, each pair's kept with it."""

from __future__ import annotations

import pytest

from pages import EN_BODY, EN_TITLE, RU_BODY, RU_TITLE, write_dump
from storedata import mini_corpus, save_corpus, save_in_order, stored
from tmtool.align.confidence import REVIEW_THRESHOLD
from tmtool.align.learn import learn_lexicon
from tmtool.jobs import mapper
from tmtool.model import Bead
from tmtool.store import PairLessons, Store, lookup

from test_align_learn import TEXTS


def test_a_lexicon_is_kept_with_the_corpus_it_was_learned_from_in_either_direction(tmp_path):
    lexicon = learn_lexicon(TEXTS, "ru-RU", "en-GB")
    with Store.open(tmp_path / "tm.db") as store:
        assert store.lexicon("ru-RU", "en-GB", "corpus") is None
        store.save_lexicon(lexicon, "corpus")
        assert store.lexicon("ru", "en", "corpus") == lexicon
        assert store.lexicon("en-GB", "ru-RU", "corpus") == lexicon.oriented("en", "ru")
        assert store.lexicon("ru", "en", "another corpus") is None
        assert store.lexicon("de", "en", "corpus") is None
        store.save_lexicon(learn_lexicon(TEXTS[:4], "en", "ru"), "another corpus")  # replaces, whatever its direction
        assert store.lexicon("ru", "en", "another corpus").learned_from == 4
        assert store.lexicon("ru", "en", "corpus") is None


def test_a_pairs_lessons_are_kept_with_it_and_go_with_it(tmp_path):
    corpus = mini_corpus(tmp_path / "mini", 1)
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, corpus)
        [(packed,)] = store.db.execute("SELECT lessons FROM lessons").fetchall()
        assert packed and list(store.lessons(["3000001"]))  # the test release's confident 1-1 beads
        lessons = [(("переговор", "женев"), ("talk", "geneva")), ((), ("ambassador",))]
        store.db.execute("DELETE FROM lessons")
        store.db.execute("INSERT INTO lessons VALUES (?, ?, ?, ?)",
                         PairLessons(lessons, (["женев", "переговор"], ["geneva"]), "read").row("3000001"))
        store.db.execute("INSERT INTO lessons VALUES (?, ?, ?, ?)", PairLessons(()).row("3000002"))  # none
        assert list(store.lessons(["3000001", "3000002"])) == lessons
        assert list(store.readings(["3000001"])) == [("3000001", (["женев", "переговор"], ["geneva"]), "read")]
        save_corpus(store, corpus)  # nothing to align: what is kept stays
        assert list(store.lessons(["3000001"])) == lessons
        write_dump(corpus, "3000001.en-GB.txt", EN_TITLE, EN_BODY[:1] + EN_BODY[2:], "14 March 201812:30")
        assert save_corpus(store, corpus) == ["3000001"]
        assert list(store.lessons(["3000001"])) != lessons  # the pair saved again, its lessons with it


def _copy_release(corpus, old: str, new: str) -> None:
    for lang in ("en-GB", "ru-RU"):
        (corpus / f"{new}.{lang}.txt").write_bytes((corpus / f"{old}.{lang}.txt").read_bytes())


def _sure_and_unsure(folder):
    """Three copies of the test release, all sure after the aligner's first pass, and before them
    (3000000) one whose English drops a sentence, which the aligner aligns again once it has learned."""
    mini_corpus(folder, 3)
    write_dump(folder, "3000000.en-GB.txt", EN_TITLE, EN_BODY[:1] + EN_BODY[2:], "14 March 201812:30")
    write_dump(folder, "3000000.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201812:30", lang="ru")
    return folder


def _from_scratch(tmp_path, corpus) -> dict:
    with Store.open(tmp_path / "scratch.db") as store:
        save_corpus(store, corpus)
        found = _in_any_order(store)
    (tmp_path / "scratch.db").unlink()
    return found


def _in_any_order(store: Store) -> dict:
    """``stored``, whatever order the units were saved in (a re-run saves those it aligns after the others)."""
    return {table: sorted(rows) for table, rows in stored(store).items()}


def test_a_run_keeps_the_lexicon_of_its_corpus_and_the_next_aligns_only_what_is_new(tmp_path):
    corpus = _sure_and_unsure(tmp_path / "mini")
    with Store.open(tmp_path / "tm.db") as store:
        assert save_corpus(store, corpus) == ["3000000", "3000001", "3000002", "3000003"]
        first = stored(store)
        assert first["lexicons"] and first["lexicon_pairs"]
        assert save_corpus(store, corpus) == []  # nothing new: nothing learned, nothing aligned
        assert stored(store) == first
        _copy_release(corpus, "3000001", "3000004")
        aligned = save_corpus(store, corpus)
        assert aligned[0] == "3000004" and set(aligned) <= {"3000004", "3000000"}  # the unsure one, if it reads anew
        assert _in_any_order(store) == _from_scratch(tmp_path, corpus)
        assert save_corpus(store, corpus) == []


def _saves(monkeypatch, before=lambda key: None) -> tuple[list[str], list[str]]:
    """The pairs saved, in the order they are, and those aligned again after; ``before(key)`` runs
    before each save (``"again"`` before each of the second)."""
    saved, again, save, save_again = [], [], Store.save_pair, Store.save_alignment

    def save_pair(self, pair, *args, **kwargs):
        before(pair.pair_id)
        saved.append(pair.pair_id)
        return save(self, pair, *args, **kwargs)

    def save_alignment(self, key, *args, **kwargs):
        before("again")
        again.append(key)
        return save_again(self, key, *args, **kwargs)

    monkeypatch.setattr(Store, "save_pair", save_pair)
    monkeypatch.setattr(Store, "save_alignment", save_alignment)
    return saved, again


@pytest.mark.parametrize("jobs", [1, 2], ids=["here", "two processes"])
def test_a_first_run_saving_each_pair_as_it_is_aligned_stores_what_saving_in_order_would(tmp_path, monkeypatch,
                                                                                         jobs):
    """tmtool run saves every pair after the aligner's first pass, in order, those it leaves unsure
    with their beads for now, and aligns these again once the lexicon is learned: the store is the
    one saving every pair in order after aligning them all would make, and the next run aligns
    nothing. With other processes aligning, the answers are taken on a thread while the pairs are
    saved, and the pairs to align again are read there."""
    corpus = _sure_and_unsure(tmp_path / "mini")
    with Store.open(tmp_path / "in-order.db") as store:
        save_in_order(store, corpus)
        expected = stored(store)
    assert expected["lexicons"] and len({row[5] for row in expected["pairs"]}) == 1
    saved, again = _saves(monkeypatch)
    with Store.open(tmp_path / "tm.db") as store, mapper(jobs) as run:
        assert save_corpus(store, corpus, run=run) == ["3000000", "3000001", "3000002", "3000003"]
        assert saved == ["3000000", "3000001", "3000002", "3000003"] and again == ["3000000"]
        assert stored(store) == expected
        assert save_corpus(store, corpus) == []


@pytest.mark.parametrize(("stop_at", "kept", "then"), [
    ("3000002", ["3000000", "3000001"], {"3000000", "3000002", "3000003"}),
    ("again", ["3000000", "3000001", "3000002", "3000003"], {"3000000"})], ids=["in the first pass", "in the second"])
def test_a_run_stopped_midway_leaves_what_the_next_completes_as_a_run_from_scratch(tmp_path, monkeypatch, stop_at,
                                                                                   kept, then):
    """The next run aligns what is new, and again the pair left unsure (saved with its first pass's beads)."""
    corpus = _sure_and_unsure(tmp_path / "mini")
    expected = _from_scratch(tmp_path, corpus)

    def stop(key):
        if key == stop_at:
            raise KeyboardInterrupt

    _saves(monkeypatch, stop)
    with Store.open(tmp_path / "tm.db") as store:
        with pytest.raises(KeyboardInterrupt):
            save_corpus(store, corpus)
        assert [p.pair_key for p in store.pairs()] == kept
        assert not store.db.execute("SELECT 1 FROM lexicons").fetchall()  # learned, not kept: a run stopped
        monkeypatch.undo()
        assert set(save_corpus(store, corpus)) == then
        assert _in_any_order(store) == expected
        assert save_corpus(store, corpus) == []


def _beads(store: Store, key: str) -> list[Bead]:
    return [Bead(tuple(map(int, src.split())), tuple(map(int, tgt.split())), score) for src, tgt, score in
            store.db.execute("SELECT src, tgt, score FROM beads WHERE pair_key = ? ORDER BY n", (key,))]


def test_a_stored_pair_aligned_again_is_stored_as_saving_it_with_those_beads_would(tmp_path):
    corpus = _sure_and_unsure(tmp_path / "mini")
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, corpus)
        before, beads = _in_any_order(store), _beads(store, "3000000")
        assert store.save_alignment("3000000", beads, REVIEW_THRESHOLD, "read anew") is None
        assert _in_any_order(store) == before
        assert [reading for _, _, reading in store.readings(["3000000"])] == ["read anew"]
        # its units left for the index, as a run's are (``save_corpus`` indexed the others)
        assert store.unindexed() == len([b for b in beads if b.src and b.tgt])
        store.index_pending()
        [source] = store.db.execute("SELECT source FROM units WHERE bead_id = '3000000-1'").fetchone()
        assert lookup(store, source, "ru-RU")
        lowered = [Bead(b.src, b.tgt, min(b.score, 0.5)) for b in beads]
        store.save_alignment("3000000", lowered, REVIEW_THRESHOLD, "read anew")
        units = store.db.execute("SELECT score, needs_review, notes FROM units WHERE pair_key = '3000000'"
                                 " AND kind = 'body'").fetchall()
        assert units and all(score <= 0.5 and held and "needs review" in notes for score, held, notes in units)


def test_a_stored_pair_aligned_again_keeps_a_reviewers_alignment(tmp_path):
    corpus = _sure_and_unsure(tmp_path / "mini")
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, corpus)
        beads = _beads(store, "3000000")
        store.merge("3000000-1")
        merged = _beads(store, "3000000")
        at_save = store.save_alignment("3000000", beads, REVIEW_THRESHOLD, "read anew")
        assert at_save.kept and at_save.details == ("merged 3000000-1 with the next bead",)
        assert [(b.src, b.tgt) for b in _beads(store, "3000000")] == [(b.src, b.tgt) for b in merged]
