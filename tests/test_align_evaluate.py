"""Strict/lax scores follow Vecalign's score.py."""

from __future__ import annotations

import pytest

from tmtool.align.evaluate import score
from tmtool.model import Bead


def _b(src, tgt):
    return Bead(tuple(src), tuple(tgt), 1.0)


GOLD = [_b([0], [0]), _b([1], [1, 2]), _b([2], [])]


def test_a_perfect_alignment_scores_one():
    s = score([GOLD], [GOLD])
    assert (s.f1_strict, s.f1_lax) == (1.0, 1.0)


def test_partial_overlap_is_a_lax_hit_and_deletions_count_only_in_precision():
    test = [_b([0], [0]), _b([1], [1]), _b([], [2]), _b([2], [])]
    s = score([GOLD], [test])
    # precision: 4 predicted beads, [0]:[0] and [2]:[] exact, [1]:[1] overlaps [1]:[1, 2]
    assert s.precision_strict == 0.5
    assert s.precision_lax == 0.75
    # recall: gold links [0]:[0] and [1]:[1, 2]; deletions ignored on both sides
    assert s.recall_strict == 0.5
    assert s.recall_lax == 1.0
    assert s.f1_lax == pytest.approx(2 * 0.75 / 1.75)


def test_counts_are_pooled_over_documents():
    s = score([GOLD, [_b([0], [0])]], [GOLD, [_b([0], []), _b([], [0])]])
    assert s.precision_strict == pytest.approx(3 / 5)
    assert s.recall_strict == pytest.approx(2 / 3)


def test_document_counts_must_match():
    with pytest.raises(ValueError):
        score([GOLD], [])
