"""The translation memory's lexicon: kept in the store, learned anew as the store grows."""

from __future__ import annotations

from storedata import mini_corpus, save_corpus, save_sentences
from tmtool.align import learn
from tmtool.align.learn import learn_lexicon, worth_learning
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
