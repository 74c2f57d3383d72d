"""The fast row costs the DP uses equal the plain bead score they inline."""

from __future__ import annotations

import pytest

from tmtool.align import get_aligner
from tmtool.align.dp import ALL_KINDS, band
from tmtool.align.features import tokens
from tmtool.align.score import Weights, bead_cost, bead_score, prepare

from test_align_anchors import EN, RU


@pytest.mark.parametrize("weights", [Weights(), Weights(orphan=0.0), Weights(keys=0.0), Weights(length=0.0)])
def test_row_costs_match_the_plain_score(weights):
    aligner = get_aligner("anchors", weights=weights)
    src = prepare([aligner._src_keys(tokens(s, "ru")) for s, _ in RU], [len(s) for s, _ in RU], None, weights)
    tgt = prepare([aligner._tgt_keys(tokens(t, "en")) for t, _ in EN], [len(t) for t, _ in EN], None, weights)
    n, m = len(src), len(tgt)
    cost = bead_cost(src, tgt, weights, 0.9, False, band(n, m, max(n, m)))
    checked = 0
    for di, dj in ALL_KINDS:
        for i in range(n - di + 1):
            if m - dj + 1 <= 0:
                continue
            row = cost(i, di, dj, 0, m - dj + 1)
            for j, value in enumerate(row):
                assert value == pytest.approx(bead_score(src, tgt, i, j, di, dj, weights, 0.9), abs=1e-9)
                checked += 1
    assert checked > 200


def test_paragraph_penalties_apply_only_in_penalise_mode():
    weights = Weights()
    aligner = get_aligner("anchors")
    src = prepare([aligner._src_keys(tokens(s, "ru")) for s, _ in RU], [len(s) for s, _ in RU], [p for _, p in RU], weights)
    tgt = prepare([aligner._tgt_keys(tokens(t, "en")) for t, _ in EN], [len(t) for t, _ in EN], [p for _, p in EN], weights)
    bounds = band(len(src), len(tgt), 10)
    plain = bead_cost(src, tgt, weights, 0.9, False, bounds)
    penalised = bead_cost(src, tgt, weights, 0.9, True, bounds)
    # source sentences 0-1 span paragraphs 0 and 1: a 2-1 bead there pays for the crossing
    assert penalised(0, 2, 1, 0, 1)[0] == pytest.approx(plain(0, 2, 1, 0, 1)[0] + weights.paragraph)
    # source 1 opens a paragraph, target 2 does too: a 1-1 there pays nothing extra
    assert penalised(1, 1, 1, 2, 3)[0] == pytest.approx(plain(1, 1, 1, 2, 3)[0])
    # source 2 does not open a paragraph, target 2 does: pays once
    assert penalised(2, 1, 1, 2, 3)[0] == pytest.approx(plain(2, 1, 1, 2, 3)[0] + weights.paragraph)
