"""The translation memory's lexicon: kept in the store, learned anew as the store grows."""

from __future__ import annotations

import pytest

from pages import EN_BODY, EN_TITLE, RU_BODY, RU_TITLE, write_dump
from storedata import mini_corpus, save_corpus, save_in_order, save_sentences, stored
from tmtool.align import learn
from tmtool.align.learn import learn_lexicon, worth_learning
from tmtool.jobs import mapper
from tmtool.store import Store

from test_align_learn import TEXTS


def test_a_lexicon_is_kept_as_it_was_learned_in_either_direction(tmp_path):
    lexicon = learn_lexicon(TEXTS, "ru-RU", "en-GB")
    with Store.open(tmp_path / "tm.db") as store:
        assert store.lexicon("ru-RU", "en-GB") is None
        store.save_lexicon(lexicon)
        assert store.lexicon("ru", "en") == lexicon
        assert store.lexicon("en-GB", "ru-RU") == lexicon.oriented("en", "ru")
        assert store.lexicon("de", "en") is None
        store.save_lexicon(learn_lexicon(TEXTS[:4], "en", "ru"))  # replaces, whatever its direction
        assert store.lexicon("ru", "en").learned_from == 4


def test_the_confident_one_to_one_units_are_what_it_learns_from(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        save_sentences(store, "1", [("Talks in Geneva", "Переговоры в Женеве"), ("A second.", "Второе.")])
        assert sorted(store.confident_pairs("ru-RU", "en-GB", 0.8)) == [
            ("Второе.", "A second."), ("Переговоры в Женеве", "Talks in Geneva")]
        assert list(store.confident_pairs("ru-RU", "en-GB", 0.95)) == []  # saved at 0.9
        assert store.confident_pair_count("en", "ru", 0.8) == 2 and store.confident_pair_count("ru", "en", 0.95) == 0
        assert store.confident_pair_count("de", "ru", 0.8) == 0


def test_it_is_learned_when_the_tm_is_big_enough_and_again_when_it_doubles():
    assert not worth_learning(None, learn.TM_LEXICON_FROM - 1)
    assert worth_learning(None, learn.TM_LEXICON_FROM)
    lexicon = learn_lexicon(TEXTS * 400, "ru", "en")
    assert lexicon.learned_from == 2400
    assert not worth_learning(lexicon, 4799) and worth_learning(lexicon, 4800)


def _copy_release(corpus, old: str, new: str) -> None:
    for lang in ("en-GB", "ru-RU"):
        (corpus / f"{new}.{lang}.txt").write_bytes((corpus / f"{old}.{lang}.txt").read_bytes())


def _signatures(store) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT DISTINCT signature FROM pairs")]


def test_a_small_first_run_leaves_the_store_without_a_lexicon(tmp_path, monkeypatch):
    monkeypatch.setattr(learn, "TM_LEXICON_FROM", 100)  # more than the test releases' 9 confident 1-1 units
    corpus = mini_corpus(tmp_path / "mini", 3)
    with Store.open(tmp_path / "tm.db") as store:
        assert save_corpus(store, corpus) == ["3000001", "3000002", "3000003"]
        assert store.lexicon("ru", "en") is None
        assert save_corpus(store, corpus) == []  # nothing new: nothing learned, nothing aligned


def test_a_first_run_large_enough_keeps_what_it_learned_and_the_next_aligns_only_what_is_new(tmp_path, monkeypatch):
    monkeypatch.setattr(learn, "TM_LEXICON_FROM", 6)  # the three test releases hold 9 confident 1-1 units
    corpus = mini_corpus(tmp_path / "mini", 3)
    with Store.open(tmp_path / "tm.db") as store:
        assert save_corpus(store, corpus) == ["3000001", "3000002", "3000003"]
        first = store.lexicon("ru-RU", "en-GB")
        assert first is not None and first.learned_from >= 6  # the lexicon the aligner learned from the corpus
        signatures = _signatures(store)
        assert len(signatures) == 1 and f"lexicon={first.version}" in signatures[0]  # it signs the pairs
        assert save_corpus(store, corpus) == []
        _copy_release(corpus, "3000001", "3000004")
        assert save_corpus(store, corpus) == ["3000004"]  # the store has not doubled: its lexicon stays
        assert store.lexicon("ru-RU", "en-GB") == first
        for n in range(5, 9):  # the store grows to twice the units the lexicon was learned from
            _copy_release(corpus, f"300000{n - 3}", f"300000{n}")
        assert save_corpus(store, corpus) == [f"300000{n}" for n in range(5, 9)]  # it had not yet
        _copy_release(corpus, "3000001", "3000009")
        again = save_corpus(store, corpus)  # something to align, and the store has doubled: learned anew
        lexicon = store.lexicon("ru-RU", "en-GB")
        assert lexicon is not None and lexicon.learned_from > first.learned_from
        assert again == [f"300000{n}" for n in range(1, 10)]  # all of it, with the new lexicon
        signatures = _signatures(store)
        assert len(signatures) == 1 and f"lexicon={lexicon.version}" in signatures[0]
        assert save_corpus(store, corpus) == []


def _sure_and_unsure(folder):
    """Three copies of the test release, all sure after the aligner's first pass, and before them
    (3000000) one whose English drops a sentence, which the aligner aligns again once it has learned."""
    mini_corpus(folder, 3)
    write_dump(folder, "3000000.en-GB.txt", EN_TITLE, EN_BODY[:1] + EN_BODY[2:], "14 March 201812:30")
    write_dump(folder, "3000000.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201812:30", lang="ru")
    return folder


def _saves(monkeypatch, before=lambda key: None) -> list[str]:
    """The pairs saved, in the order they are; ``before(key)`` runs before each save."""
    saved, save = [], Store.save_pair

    def save_pair(self, pair, *args, **kwargs):
        before(pair.pair_id)
        saved.append(pair.pair_id)
        return save(self, pair, *args, **kwargs)

    monkeypatch.setattr(Store, "save_pair", save_pair)
    return saved


@pytest.mark.parametrize("jobs", [1, 2], ids=["here", "two processes"])
def test_a_first_run_saving_each_pair_as_it_is_aligned_stores_what_saving_in_order_would(tmp_path, monkeypatch,
                                                                                         jobs):
    """tmtool run saves the pairs sure after the aligner's first pass before the lexicon it learns
    is known, under a signature no run asks for, and signs them once it is: the store is the one
    saving every pair in order after aligning them all would make, and the next run aligns nothing.
    With other processes aligning, the answers are taken on a thread while the pairs are saved."""
    monkeypatch.setattr(learn, "TM_LEXICON_FROM", 6)
    corpus = _sure_and_unsure(tmp_path / "mini")
    with Store.open(tmp_path / "in-order.db") as store:
        save_in_order(store, corpus)
        expected = stored(store)
    assert expected["lexicons"] and len({row[5] for row in expected["pairs"]}) == 1  # one signature, the lexicon's
    saved = _saves(monkeypatch)
    with Store.open(tmp_path / "tm.db") as store, mapper(jobs) as run:
        assert save_corpus(store, corpus, run=run) == ["3000000", "3000001", "3000002", "3000003"]
        assert saved == ["3000001", "3000002", "3000003", "3000000"]  # the realigned one last
        assert stored(store) == expected
        assert save_corpus(store, corpus) == []


def test_a_first_run_stopped_before_the_lexicon_is_learned_leaves_its_pairs_to_align_again(tmp_path, monkeypatch):
    # The corpus's first pass gives 14 confident 1-1 beads; the two pairs saved before the stop hold 8.
    monkeypatch.setattr(learn, "TM_LEXICON_FROM", 9)
    corpus = _sure_and_unsure(tmp_path / "mini")
    with Store.open(tmp_path / "in-order.db") as store:
        save_in_order(store, corpus)
        expected = stored(store)
    assert expected["lexicons"]

    def stop(key):
        if key == "3000003":
            raise KeyboardInterrupt

    _saves(monkeypatch, stop)
    with Store.open(tmp_path / "tm.db") as store:
        with pytest.raises(KeyboardInterrupt):
            save_corpus(store, corpus)
        assert [p.pair_key for p in store.pairs()] == ["3000001", "3000002"]
        assert store.lexicon("ru", "en") is None
        monkeypatch.undo()
        monkeypatch.setattr(learn, "TM_LEXICON_FROM", 9)
        assert save_corpus(store, corpus) == ["3000000", "3000001", "3000002", "3000003"]  # none was current
        assert stored(store) == expected
        assert save_corpus(store, corpus) == []


def test_a_first_run_stopped_after_the_lexicon_is_learned_keeps_what_it_saved(tmp_path, monkeypatch):
    monkeypatch.setattr(learn, "TM_LEXICON_FROM", 6)
    corpus = _sure_and_unsure(tmp_path / "mini")

    def stop(key):
        if key == "3000000":  # the realigned pair, after the lexicon is learned
            raise KeyboardInterrupt

    _saves(monkeypatch, stop)
    with Store.open(tmp_path / "tm.db") as store:
        with pytest.raises(KeyboardInterrupt):
            save_corpus(store, corpus)
        lexicon = store.lexicon("ru", "en")
        assert lexicon is not None
        signatures = _signatures(store)
        assert len(signatures) == 1 and f"lexicon={lexicon.version}" in signatures[0]  # signed once it was known
        monkeypatch.undo()
        monkeypatch.setattr(learn, "TM_LEXICON_FROM", 6)
        assert save_corpus(store, corpus) == ["3000000"]
