"""The banded DP: monotonic, complete, reachable whatever the length ratio."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tmtool.align.dp import ALL_KINDS, band, best_path
from tmtool.errors import AlignmentError


def _covers(path, n, m):
    i = j = 0
    for pi, pj, di, dj, _ in path:
        assert (pi, pj) == (i, j)
        assert (di, dj) in ALL_KINDS
        i, j = i + di, j + dj
    return (i, j) == (n, m)


def _prefer_one_to_one(i, j, di, dj):
    return 0.0 if (di, dj) == (1, 1) else 1.0 + di + dj


def test_equal_lengths_give_the_diagonal():
    path = best_path(4, 4, _prefer_one_to_one)
    assert [(i, j, di, dj) for i, j, di, dj, _ in path] == [(k, k, 1, 1) for k in range(4)]


def test_bead_costs_are_reported_per_step():
    # every path costs 10 per source and 1 per target sentence: the steps must add up to that
    path = best_path(2, 3, lambda i, j, di, dj: 10 * di + dj)
    assert sum(c for *_, c in path) == 23
    assert _covers(path, 2, 3)


@given(st.integers(0, 40), st.integers(0, 40), st.sampled_from([None, 0, 1, 3, 10]))
def test_every_sentence_is_covered_once_in_order(n, m, width):
    assert _covers(best_path(n, m, _prefer_one_to_one, width=width), n, m)


def test_a_side_a_hundred_times_longer_stays_reachable_in_a_narrow_band():
    path = best_path(3, 300, _prefer_one_to_one, width=2)
    assert _covers(path, 3, 300)


def test_the_band_overlaps_from_row_to_row():
    los, his = band(10, 37, 1)
    assert all(his[i] >= los[i + 1] for i in range(10))
    assert los[0] == 0 and his[-1] == 37


def test_kinds_that_cannot_cover_the_document_raise():
    with pytest.raises(AlignmentError, match="covers 2:3"):
        best_path(2, 3, _prefer_one_to_one, kinds=((1, 1),))
