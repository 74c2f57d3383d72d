"""The compiled inner loops (tmtool/align/_fast.c) give exactly what their Python references give."""

from __future__ import annotations

import math
import os
from collections import Counter
from dataclasses import dataclass
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tmtool.align import checks, features, kernel, learn
from tmtool.align.dp import ALL_KINDS, band, best_path_rows
from tmtool.align.kernel import use_kernel
from tmtool.align.confidence import Evidence
from tmtool.align.score import KEY_WEIGHTS, BeadCosts, Weights, bead_costs, bead_path, prepare
from tmtool.errors import AlignmentError

needs_kernel = pytest.mark.skipif(kernel.built is None, reason="the compiled kernel is not built or TMTOOL_KERNEL=off")

KEYS = [("numbers", "3"), ("numbers", "2254"), ("translit", "lvrv"), ("translit", "sr"),
        ("acronyms", "7"), ("lexicon", "12"), ("learned", "перег|talks"), ("markers", "quote")]


@pytest.mark.skipif(os.environ.get("TMTOOL_KERNEL", "on").lower() in ("off", "0", "no", "false"),
                    reason="TMTOOL_KERNEL=off: this run checks the Python references alone")
def test_the_kernel_is_built():
    # `pip install .` compiles it (setup.py); without a C compiler tmtool still works, only slower.
    assert kernel.compiled is not None, "tmtool.align._fast is not built: install with a C compiler (pip install -e .)"


def test_the_switch_turns_the_kernel_off_and_back():
    with use_kernel(False):
        assert kernel.compiled is None
    assert kernel.compiled is kernel.built


#: A key, sometimes as an object of its own equal to the one in KEYS (the kernel meets both).
KEY = st.tuples(st.sampled_from(KEYS), st.booleans()).map(lambda kb: (kb[0][0], kb[0][1]) if kb[1] else kb[0])


def _side(draw, size):
    keys = [frozenset(draw(st.sets(KEY, max_size=4))) for _ in range(size)]
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
    # tmtool's key weights (every sum of them exact: the kernel numbers the keys) or others
    # (0.1, 0.7: sums rounded, the kernel intersects the sets as the reference does)
    kw = draw(st.sampled_from([KEY_WEIGHTS, {kind: draw(st.sampled_from([0.5, 0.1, 0.7, 2.3])) for kind in KEY_WEIGHTS}]))
    weights = Weights(
        length=draw(st.sampled_from([0.0, 1.0])),
        keys=draw(st.sampled_from([0.0, 12.0])),
        orphan=draw(st.sampled_from([0.0, 0.5])),
        key_weights=dict(kw),
    )
    src, tgt = _side(draw, n), _side(draw, m)
    width = draw(st.sampled_from([1, 2, 3, 6, None]))
    return (prepare(*src, weights), prepare(*tgt, weights), weights,
            draw(st.floats(0.5, 2.0)), draw(st.booleans()), band(n, m, width))


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(documents())
def test_compiled_path_equals_the_python_dp(doc):
    src, tgt, weights, ratio, paragraphs, bounds = doc
    n, m = len(src), len(tgt)
    try:
        expected = best_path_rows(n, m, BeadCosts(src, tgt, weights, ratio, paragraphs, bounds), ALL_KINDS, bounds)
    except AlignmentError:
        with pytest.raises(AlignmentError):
            bead_path(src, tgt, weights, ratio, paragraphs, bounds, ALL_KINDS)
        return
    assert bead_path(src, tgt, weights, ratio, paragraphs, bounds, ALL_KINDS) == expected


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(documents())
def test_compiled_bead_costs_equal_the_python_reference(doc):
    src, tgt, weights, ratio, paragraphs, bounds = doc
    n, m = len(src), len(tgt)
    expected = BeadCosts(src, tgt, weights, ratio, paragraphs, bounds)
    compiled = bead_costs(src, tgt, weights, ratio, paragraphs, bounds)
    assert type(compiled) is not BeadCosts
    for i, j in product(range(n + 1), range(m + 1)):
        for di, dj in [*weights.priors, (1, 0), (0, 1)]:
            if i + di <= n and j + dj <= m:
                assert compiled.one(i, j, di, dj) == expected.one(i, j, di, dj)
                assert compiled.overlap(i, j, di, dj) == expected.overlap(i, j, di, dj)
        for di in (0, 1):
            if i + di <= n and j + 1 - di <= m:
                assert compiled.near(i, j, di) == expected.near(i, j, di)


@needs_kernel
def test_compiled_bead_costs_refuse_a_bead_outside_the_document():
    weights = Weights()
    side = prepare([frozenset(KEYS[:2])] * 3, [10, 10, 10], None, weights)
    costs = bead_costs(side, side, weights, 1.0, False, band(3, 3, None))
    with pytest.raises(IndexError):
        costs.one(2, 2, 2, 1)
    with pytest.raises(IndexError):
        costs.near(-1, 0, 1)
    with pytest.raises(KeyError):  # as Python's BeadCosts: a 2-3 bead has no prior
        costs.one(0, 0, 2, 3)
    with pytest.raises(KeyError):
        BeadCosts(side, side, weights, 1.0, False, band(3, 3, None)).one(0, 0, 2, 3)


def test_kinds_that_cannot_reach_the_end_are_an_alignment_error():
    weights = Weights()
    side = prepare([frozenset()] * 2, [10, 10], None, weights)
    with pytest.raises(AlignmentError, match="covers 2:2"):
        bead_path(side, side, weights, 1.0, False, band(2, 2, None), ((2, 1),))


@dataclass(frozen=True)
class Cut:
    """``tmtool.align.score.Clauses`` given outright: per sentence, its clauses' lengths and keys."""

    clauses: tuple[tuple[tuple[int, ...], tuple[frozenset, ...]], ...]

    def lengths(self, i: int) -> tuple[int, ...]:
        return self.clauses[i][0]

    def keys(self, i: int) -> tuple[frozenset, ...]:
        return self.clauses[i][1]


def _clauses(draw, keys, lengths):
    """Each sentence cut into 1-4 clauses of its characters, each with some of its keys."""
    out = []
    for ks, length in zip(keys, lengths):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=3)))
        sizes = tuple(b - a for a, b in zip([0, *cuts], [*cuts, length]))
        out.append((sizes, tuple(frozenset(k for k in ks if draw(st.booleans())) for _ in sizes)))
    return Cut(tuple(out))


@st.composite
def recut_documents(draw):
    """Link beads of random kinds over sentences with random keys and clauses, under weights
    that make moves win (and sometimes weights that skip nothing: a negative key weight)."""
    kinds = draw(st.lists(st.sampled_from([(1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)]), min_size=2, max_size=6))
    kw = {kind: draw(st.sampled_from([0.0, 0.5, 1.0, 3.0, 0.1, 0.7, 2.3])) for kind in KEY_WEIGHTS}
    if draw(st.booleans()):
        kw["markers"] = -0.3
    if draw(st.booleans()):  # tmtool's weights: the kernel reads the keys from their numbers
        kw = dict(KEY_WEIGHTS)
    weights = Weights(length=draw(st.sampled_from([0.0, 1.0, 0.3])), keys=draw(st.sampled_from([0.0, 12.0, 5.0])),
                      key_neutral=draw(st.sampled_from([0.2, 0.0])), key_weights=kw)
    sides = []
    for size in (sum(di for di, _ in kinds), sum(dj for _, dj in kinds)):
        keys = [frozenset(draw(st.sets(KEY, max_size=5))) for _ in range(size)]
        lengths = draw(st.lists(st.integers(0, 200), min_size=size, max_size=size))
        sides.append(prepare(keys, lengths, None, weights, clauses=_clauses(draw, keys, lengths)))
    path, i, j = [], 0, 0
    for di, dj in kinds:
        path.append((i, j, di, dj, 0.0))
        i, j = i + di, j + dj
    return path, *sides, weights, draw(st.floats(0.5, 2.0))


def _recuts(doc, slack=None):
    path, src, tgt, weights, ratio = doc
    evidence = Evidence(path, src, tgt, weights, ratio)
    if slack is not None:
        evidence._slack = slack
    return [evidence.recut(k) for k in range(len(path))]


@needs_kernel
@settings(max_examples=500, deadline=None)
@given(recut_documents())
def test_compiled_recut_equals_the_python_reference(doc):
    with use_kernel(False):
        expected = _recuts(doc)
    assert _recuts(doc) == expected


@needs_kernel
@settings(max_examples=500, deadline=None)
@given(recut_documents())
def test_compiled_key_parts_equal_the_python_reference(doc):
    path, src, tgt, weights, ratio = doc
    for i, j, di, dj, _ in path:
        with use_kernel(False):
            expected = Evidence(path, src, tgt, weights, ratio)._key_parts(i, j, di, dj)
        assert Evidence(path, src, tgt, weights, ratio)._key_parts(i, j, di, dj) == expected


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(recut_documents())
def test_every_feature_is_the_same_with_and_without_the_kernel(doc):
    path, src, tgt, weights, ratio = doc
    with use_kernel(False):
        evidence = Evidence(path, src, tgt, weights, ratio)
        expected = [evidence.features(k) for k in range(len(path))]
    evidence = Evidence(path, src, tgt, weights, ratio)
    assert [evidence.features(k) for k in range(len(path))] == expected


@settings(max_examples=300, deadline=None)
@given(recut_documents())
def test_recut_skips_only_cuts_that_cannot_win(doc):
    """The floors ``recut`` skips cuts by leave every answer as looking at every cut gives."""
    with use_kernel(False):
        assert _recuts(doc) == _recuts(doc, slack=math.inf)


STEMS = st.lists(st.tuples(st.sets(st.sampled_from("abcdefgh")), st.sets(st.sampled_from("uvwxyz"))), max_size=30)


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(STEMS, st.integers(1, 3), st.sampled_from([0.0, 0.3, 0.5, 2 / 3, 1.0]))
def test_compiled_counts_equal_a_counter(stemmed, min_count, min_dice):
    src_ok, tgt_ok = set("abcdef"), set("uvwxy")
    src_df, tgt_df = Counter(x for s, _ in stemmed for x in s), Counter(x for _, t in stemmed for x in t)
    expected = Counter()
    for s, t in stemmed:
        expected.update(product(s & src_ok, t & tgt_ok))
    # the compiled count leaves out what the caller's Dice filter would
    wanted = sorted((a, b, c) for (a, b), c in expected.items()
                    if c >= min_count and 2 * c / (src_df[a] + tgt_df[b]) >= min_dice)
    assert sorted(learn.co_occurrences(stemmed, src_df, tgt_df, src_ok, tgt_ok, min_count, min_dice)) == wanted


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(["Переговоры", "делегация", "Женеве", "послом", "работу", "всех"])),
                          st.lists(st.sampled_from(["Talks", "delegation", "Geneva", "ambassador", "work", "all"]))),
                max_size=40),
       st.floats(0.0, 1.0))
def test_the_lexicon_learned_with_and_without_the_compiled_count_is_the_same(pairs, min_dice):
    texts = [(" ".join(s), " ".join(t)) for s, t in pairs]
    compiled = learn.learn_lexicon(texts, "ru", "en", min_dice=min_dice)
    with use_kernel(False):  # what a build without a compiler does
        assert learn.learn_lexicon(texts, "ru", "en", min_dice=min_dice) == compiled


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(["Переговоры", "делегация", "Женеве", "послом", "работу", "всех"])),
                          st.lists(st.sampled_from(["Talks", "delegation", "Geneva", "ambassador", "work", "all"]))),
                max_size=40),
       st.integers(0, 20), st.floats(0.0, 1.0))
def test_a_lexicon_learned_on_a_base_is_the_same_with_and_without_the_compiled_count(pairs, cut, min_dice):
    # the base's pairs are counted by the caller, whatever the compiled count leaves out
    texts = [(" ".join(s), " ".join(t)) for s, t in pairs]
    base = learn.learn_lexicon(texts[:cut], "ru", "en")
    compiled = learn.learn_lexicon(texts[cut:], "ru", "en", base=base, min_dice=min_dice)
    with use_kernel(False):
        assert learn.learn_lexicon(texts[cut:], "ru", "en", base=base, min_dice=min_dice) == compiled


@needs_kernel
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="абвгджзийклмнопрстуфхцчшщъыьэюяёАБВЖЩЯaAbcdehijkopqsuwxyzZ'’-\nÀß", max_size=12))
def test_compiled_skeleton_equals_the_python_one(word):
    assert features.skeleton(word) == features.reference_skeleton(word)


@needs_kernel
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.one_of(
    st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЖЩЯaAbcdehijkopqsuwxyzZßÀ'’-_ .,;:–—0123456789\n\t\u00a0"
                    "²³¹½Ⅻ٣०߁\u0301\u0300ªº"),
    st.characters()), max_size=40))
def test_compiled_words_equal_the_pattern(text):
    with use_kernel(False):
        expected = features.words(text)
    assert features.words(text) == expected


@needs_kernel
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.one_of(
    st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЖЩЯѢҊӿaAbcdehijkopqsuwxyzZßÀɏɐ'’-_ .,;:–0123456789\n"
                    "²½Ⅻ٣\u0301\u0483ªº@[`{"),
    st.characters()), max_size=40),
       st.sampled_from([(), *checks._SCRIPT.values(), ((0x30, 0x39), (0x400, 0x4ff))]))
def test_compiled_letters_equal_the_patterns(text, ranges):
    with use_kernel(False):
        expected = checks.script_letters(text, ranges)
    assert checks.script_letters(text, ranges) == expected
