"""The compiled inner loops (tmtool/align/_fast.c) give exactly what their Python references give."""

from __future__ import annotations

from collections import Counter
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tmtool.align import confidence, features, learn, score
from tmtool.align.dp import ALL_KINDS, band, best_path_rows
from tmtool.align.score import Weights, bead_cost, bead_path, prepare
from tmtool.errors import AlignmentError

KEYS = [("numbers", "3"), ("numbers", "2254"), ("translit", "lvrv"), ("translit", "sr"),
        ("acronyms", "7"), ("lexicon", "12"), ("learned", "перег|talks"), ("markers", "quote")]


def test_the_kernel_is_built():
    # `pip install .` compiles it (setup.py); without a C compiler tmtool still works, only slower.
    assert None not in (score._compiled_path, learn.count_pairs, confidence._compiled, features._consonants), (
        "tmtool.align._fast is not built: install with a C compiler (pip install -e .)"
    )


def _side(draw, size):
    keys = [frozenset(draw(st.sets(st.sampled_from(KEYS), max_size=4))) for _ in range(size)]
    lengths = draw(st.lists(st.integers(0, 400), min_size=size, max_size=size))
    steps = draw(st.lists(st.booleans(), min_size=size, max_size=size))
    par, p = [], 0
    for new in steps:
        p += new
        par.append(p)
    return keys, lengths, par


@st.composite
def documents(draw):
    n, m = draw(st.integers(1, 14)), draw(st.integers(1, 14))
    weights = Weights(
        length=draw(st.sampled_from([0.0, 1.0])),
        keys=draw(st.sampled_from([0.0, 12.0])),
        orphan=draw(st.sampled_from([0.0, 0.5])),
    )
    src, tgt = _side(draw, n), _side(draw, m)
    width = draw(st.sampled_from([1, 2, 3, 6, None]))
    return (prepare(*src, weights), prepare(*tgt, weights), weights,
            draw(st.floats(0.5, 2.0)), draw(st.booleans()), band(n, m, width))


@settings(max_examples=300, deadline=None)
@given(documents())
def test_compiled_path_equals_the_python_dp(doc):
    src, tgt, weights, ratio, paragraphs, bounds = doc
    n, m = len(src), len(tgt)
    try:
        expected = best_path_rows(n, m, bead_cost(src, tgt, weights, ratio, paragraphs, bounds), ALL_KINDS, bounds)
    except AlignmentError:
        with pytest.raises(AlignmentError):
            bead_path(src, tgt, weights, ratio, paragraphs, bounds, ALL_KINDS)
        return
    assert bead_path(src, tgt, weights, ratio, paragraphs, bounds, ALL_KINDS) == expected


def test_kinds_that_cannot_reach_the_end_are_an_alignment_error():
    weights = Weights()
    side = prepare([frozenset()] * 2, [10, 10], None, weights)
    with pytest.raises(AlignmentError, match="covers 2:2"):
        bead_path(side, side, weights, 1.0, False, band(2, 2, None), ((2, 1),))


STEMS = st.lists(st.tuples(st.sets(st.sampled_from("abcdefgh")), st.sets(st.sampled_from("uvwxyz"))), max_size=30)


@settings(max_examples=200, deadline=None)
@given(STEMS, st.integers(1, 3))
def test_compiled_counts_equal_a_counter(stemmed, min_count):
    src_ok, tgt_ok = set("abcdef"), set("uvwxy")
    src_df, tgt_df = Counter(x for s, _ in stemmed for x in s), Counter(x for _, t in stemmed for x in t)
    expected = Counter()
    for s, t in stemmed:
        expected.update(product(s & src_ok, t & tgt_ok))
    wanted = sorted((a, b, c) for (a, b), c in expected.items() if c >= min_count)
    assert sorted(learn._co_occurrences(stemmed, src_df, tgt_df, src_ok, tgt_ok, min_count)) == wanted


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(["Переговоры", "делегация", "Женеве", "послом", "работу", "всех"])),
                          st.lists(st.sampled_from(["Talks", "delegation", "Geneva", "ambassador", "work", "all"]))),
                max_size=40),
       st.floats(0.0, 1.0))
def test_the_lexicon_learned_with_and_without_the_compiled_count_is_the_same(pairs, min_dice):
    compiled = learn.learn_pairs(pairs, min_dice=min_dice)
    kernel, learn.count_pairs = learn.count_pairs, None  # the fallback of a build without a compiler
    try:
        assert learn.learn_pairs(pairs, min_dice=min_dice) == compiled
    finally:
        learn.count_pairs = kernel


def _path(n, m, draw):
    """Any monotonic bead sequence over n:m sentences, with made-up step costs."""
    path, i, j = [], 0, 0
    while i < n or j < m:
        kinds = [(di, dj) for di, dj in ALL_KINDS if i + di <= n and j + dj <= m]
        di, dj = draw(st.sampled_from(kinds))
        path.append((i, j, di, dj, draw(st.floats(-20, 20))))
        i, j = i + di, j + dj
    return path


@settings(max_examples=300, deadline=None)
@given(documents(), st.data())
def test_compiled_confidences_equal_the_python_ones(doc, data):
    src, tgt, weights, ratio, _, _ = doc
    path = _path(len(src), len(tgt), data.draw)
    assert confidence.confidences(path, src, tgt, weights, ratio) == confidence.reference_confidences(
        path, src, tgt, weights, ratio)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="абвгджзийклмнопрстуфхцчшщъыьэюяёАБВЖЩЯaAbcdehijkopqsuwxyzZ'’-\nÀß", max_size=12))
def test_compiled_skeleton_equals_the_python_one(word):
    assert features.skeleton(word) == features.reference_skeleton(word)
