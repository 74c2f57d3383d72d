"""The bead costs: a row at a time for the DP, one bead at a time for a finished path."""

from __future__ import annotations

import pytest

from tmtool.align import get_aligner
from tmtool.align.dp import ALL_KINDS, band
from tmtool.align.features import tokens
from tmtool.align.score import BeadCosts, Weights, length_cost, prepare

from test_align_anchors import EN, RU


def _sides(weights, pars=False):
    aligner = get_aligner("anchors", weights=weights)
    src = prepare([aligner._src_keys(tokens(s, "ru")) for s, _ in RU], [len(s) for s, _ in RU],
                  [p for _, p in RU] if pars else None, weights)
    tgt = prepare([aligner._tgt_keys(tokens(t, "en")) for t, _ in EN], [len(t) for t, _ in EN],
                  [p for _, p in EN] if pars else None, weights)
    return src, tgt


@pytest.mark.parametrize("weights", [Weights(), Weights(orphan=0.0), Weights(keys=0.0), Weights(length=0.0)])
def test_a_row_of_costs_is_the_cost_of_each_bead_in_it(weights):
    src, tgt = _sides(weights)
    n, m = len(src), len(tgt)
    costs = BeadCosts(src, tgt, weights, 0.9, False, band(n, m, max(n, m)))
    checked = 0
    for di, dj in ALL_KINDS:
        for i in range(n - di + 1):
            if m - dj + 1 <= 0:
                continue
            for j, value in enumerate(costs(i, di, dj, 0, m - dj + 1)):
                assert value == costs.one(i, j, di, dj)
                if di and dj:  # the parts of a link bead's cost, from first principles
                    ls, lt = src.lengths[i + di] - src.lengths[i], tgt.lengths[j + dj] - tgt.lengths[j]
                    sim = costs.overlap(i, j, di, dj)
                    expected = (weights.priors[di, dj] + weights.length * length_cost(ls, lt, 0.9, weights.variance)
                                + (weights.keys * (weights.key_neutral - sim) if sim is not None else 0.0))
                    assert value == pytest.approx(expected, abs=1e-9)
                checked += 1
    assert checked > 200


def test_a_deletion_costs_its_sentences_and_its_likeness_to_its_neighbours():
    weights = Weights()
    src, tgt = _sides(weights)
    costs = BeadCosts(src, tgt, weights, 0.9, False, band(len(src), len(tgt), None))
    # the last Russian sentence has no English counterpart; the first shares names and numbers with its neighbour
    assert costs.one(6, 6, 1, 0) == pytest.approx(weights.deletion + weights.keys * weights.orphan * costs.near(6, 6, 1))
    assert costs.near(0, 0, 1) > 0.3 and costs.near(0, 0, 1) == costs.overlap(0, 0, 1, 1)


def test_paragraph_penalties_apply_only_in_penalise_mode():
    weights = Weights()
    src, tgt = _sides(weights, pars=True)
    bounds = band(len(src), len(tgt), 10)
    plain = BeadCosts(src, tgt, weights, 0.9, False, bounds)
    penalised = BeadCosts(src, tgt, weights, 0.9, True, bounds)
    # source sentences 0-1 span paragraphs 0 and 1: a 2-1 bead there pays for the crossing
    assert penalised(0, 2, 1, 0, 1)[0] == pytest.approx(plain(0, 2, 1, 0, 1)[0] + weights.paragraph)
    # source 1 opens a paragraph, target 2 does too: a 1-1 there pays nothing extra
    assert penalised(1, 1, 1, 2, 3)[0] == pytest.approx(plain(1, 1, 1, 2, 3)[0])
    # source 2 does not open a paragraph, target 2 does: pays once
    assert penalised(2, 1, 1, 2, 3)[0] == pytest.approx(plain(2, 1, 1, 2, 3)[0] + weights.paragraph)
