"""The lexicon learned from confident beads."""

from __future__ import annotations

import pytest

from tmtool.align.learn import LearnedLexicon, learn_lexicon

# Each Russian word turns up with its English partner and with varying company.
TEXTS = [
    ("Переговоры в Женеве", "Talks in Geneva"),
    ("Переговоры продолжатся завтра", "Talks will continue tomorrow"),
    ("Делегация прибыла в Женеву", "The delegation arrived in Geneva"),
    ("Делегация продолжит работу", "The delegation will continue work"),
    ("Переговоры прошли успешно", "Talks went well"),
    ("Делегация встретилась с послом", "The delegation met the ambassador"),
]


def _pairs(lexicon: LearnedLexicon) -> set[tuple[str, str]]:
    return {(a, b) for a, b, *_ in lexicon.pairs}


def test_words_that_keep_company_are_paired_by_their_stems():
    lexicon = learn_lexicon(TEXTS, "ru-RU", "en-GB")
    assert {("переговор", "talk"), ("делегац", "deleg"), ("женев", "geneva")} <= _pairs(lexicon)
    keys = lexicon.keys("ru"), lexicon.keys("en")
    assert keys[0]["переговор"] == keys[1]["talk"] != keys[0]["делегац"]


def test_a_single_co_occurrence_is_not_enough():
    assert not {a for a, *_ in learn_lexicon(TEXTS, "ru", "en").pairs} & {"посл", "прибыл"}


def test_nothing_is_learned_from_nothing():
    lexicon = learn_lexicon([], "ru", "en")
    assert len(lexicon) == 0 and lexicon.keys("ru") == {}


def test_a_base_lexicon_adds_its_counts():
    """One more pair is not evidence enough alone; with the counts of a lexicon learned
    before (a translation memory's) it is."""
    base = learn_lexicon(TEXTS, "ru", "en")
    alone = learn_lexicon([("Переговоры завершились", "Talks ended")], "ru", "en")
    both = learn_lexicon([("Переговоры завершились", "Talks ended")], "ru", "en", base=base)
    assert ("переговор", "talk") not in _pairs(alone) and ("переговор", "talk") in _pairs(both)
    assert both.learned_from == len(TEXTS) + 1


def test_the_other_direction_is_the_same_lexicon_turned_round():
    lexicon = learn_lexicon(TEXTS, "ru", "en")
    turned = lexicon.oriented("en-GB", "ru-RU")
    assert turned.langs == ("en", "ru") and {(b, a) for a, b in _pairs(turned)} == _pairs(lexicon)
    assert turned.keys("en") == lexicon.keys("en") and turned.oriented("ru", "en") == lexicon
    with pytest.raises(ValueError, match="ru–en lexicon cannot align de–en"):
        lexicon.oriented("de", "en")


def test_the_version_names_the_content():
    a, b = learn_lexicon(TEXTS, "ru", "en"), learn_lexicon(TEXTS[:4], "ru", "en")
    assert a.version == learn_lexicon(list(TEXTS), "ru", "en").version != b.version


def test_a_base_pair_counts_every_time_it_is_seen_again():
    base = learn_lexicon(TEXTS, "ru", "en")
    again = learn_lexicon([("Переговоры завершились", "Talks ended"), ("Переговоры начались", "Talks began")],
                          "ru", "en", base=base)
    before = {(a, b): c for a, b, c, *_ in base.pairs}
    after = {(a, b): c for a, b, c, *_ in again.pairs}
    assert after["переговор", "talk"] == before["переговор", "talk"] + 2
