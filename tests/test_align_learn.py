"""The lexicon learned from confident beads."""

from __future__ import annotations

from tmtool.align.features import words
from tmtool.align.learn import learn_pairs

# Each Russian word turns up with its English partner and with varying company.
TEXTS = [
    ("Переговоры в Женеве", "Talks in Geneva"),
    ("Переговоры продолжатся завтра", "Talks will continue tomorrow"),
    ("Делегация прибыла в Женеву", "The delegation arrived in Geneva"),
    ("Делегация продолжит работу", "The delegation will continue work"),
    ("Переговоры прошли успешно", "Talks went well"),
    ("Делегация встретилась с послом", "The delegation met the ambassador"),
]
PAIRS = [(words(ru), words(en)) for ru, en in TEXTS]


def test_words_that_keep_company_are_paired():
    src, tgt = learn_pairs(PAIRS)
    assert src["перег"] == tgt["talks"]
    assert src["делег"] == tgt["deleg"]
    assert src["перег"] != src["делег"]


def test_a_single_co_occurrence_is_not_enough():
    src, _ = learn_pairs(PAIRS)
    assert "посло" not in src


def test_nothing_is_learned_from_nothing():
    assert learn_pairs([]) == ({}, {})
