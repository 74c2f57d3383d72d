"""Confidence of each bead of a finished path: a small logistic model over its evidence.

Features of a link bead: key overlap, length cost, how many sentences beyond
1-1 it holds, how much cheaper it is than its best split, whether a deletion
is next to it, how much evidence its sentences carry at all. A deletion is
judged by how well its sentence matches the sentences around it on the other
side. Coefficients were fitted on the WMT ru–en documents with 5% of segments
dropped (``python benchmarks/alignment.py --fit-confidence``); rerun that when
the score changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from tmtool.align.dp import Step
from tmtool.align.galechurch import length_cost
from tmtool.align.score import Overlaps, Side, Weights, bead_score

# Fitted on 2,439 link beads (2,365 right) and 102 deletions (90 right) on 2026-11-28.
LINK_COEF = {
    "bias": 2.455, "sim": 0.155, "length": -1.018, "extra": -2.391, "split": 0.147, "near_del": -1.207, "mass": 0.238,
}
DELETION_COEF = {"bias": -3.409, "near_sim": -1.906, "chars": 1.288, "near_del": 4.846}
#: The features in the order ``features`` gives them (the compiled kernel takes the coefficients so).
LINK_FEATURES = ("sim", "length", "extra", "split", "near_del", "mass")
DELETION_FEATURES = ("near_sim", "chars", "near_del")

try:  # the compiled confidences (tmtool/align/_fast.c); without it the same numbers come from Python, slower
    from tmtool.align._fast import confidences as _compiled
except ImportError:  # pragma: no cover - a build without a C compiler
    _compiled = None


@lru_cache(maxsize=None)
def _cuts(di: int, dj: int) -> tuple[tuple[tuple[int, int, int, int], tuple[int, int, int, int]], ...]:
    """Ways to cut a di-dj bead into two smaller beads (one may be a deletion), relative to its start."""
    out = []
    for a in range(di + 1):
        for b in range(dj + 1):
            if (a, b) in ((0, 0), (di, dj)) or a > 3 or b > 3 or di - a > 3 or dj - b > 3:
                continue
            first, second = (0, 0, a, b), (a, b, di - a, dj - b)
            if all(x[2] or x[3] for x in (first, second)) and all(
                (x[2], x[3]) in ((1, 0), (0, 1)) or (x[2] and x[3]) for x in (first, second)
            ):
                out.append((first, second))
    return tuple(out)


def features(
    path: Sequence[Step], k: int, src: Side, tgt: Side, weights: Weights, ratio: float,
    cost=None, overlaps: Overlaps | None = None,
) -> dict[str, float]:
    """Evidence of bead k of ``path``; ``cost(i, j, di, dj)`` may be a memoised ``bead_score``."""
    overlaps = overlaps or Overlaps(src, tgt, weights.key_weights)
    cost = cost or (lambda i, j, di, dj: bead_score(src, tgt, i, j, di, dj, weights, ratio, overlaps))
    i, j, di, dj, own = path[k]
    near_del = any(
        0 <= n < len(path) and not (path[n][2] and path[n][3]) for n in (k - 1, k + 1)
    )
    if not (di and dj):
        side, start = (src, i) if di else (tgt, j)
        return {
            "near_sim": overlaps.near(i, j, di),
            "chars": math.log1p(side.lengths[start + 1] - side.lengths[start]),
            "near_del": float(near_del),
        }
    splits = [cost(i + a, j + b, c, d) + cost(i + e, j + f, g, h) for (a, b, c, d), (e, f, g, h) in _cuts(di, dj)]
    sim = overlaps.bead(i, j, di, dj)
    ls, lt = src.lengths[i + di] - src.lengths[i], tgt.lengths[j + dj] - tgt.lengths[j]
    return {
        "sim": weights.key_neutral if sim is None else sim,
        "length": min(length_cost(ls, lt, ratio, weights.variance), 20.0),
        "extra": float(di + dj - 2),
        "split": max(-10.0, min(10.0, min(splits) - own)) if splits else 0.0,
        "near_del": float(near_del),
        "mass": math.log1p(src.mass[i + di] - src.mass[i] + tgt.mass[j + dj] - tgt.mass[j]),
    }


def logistic(feats: dict[str, float], coef: dict[str, float]) -> float:
    z = coef["bias"] + sum(coef[name] * value for name, value in feats.items())
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))


def confidences(path: Sequence[Step], src: Side, tgt: Side, weights: Weights, ratio: float) -> list[float]:
    """The confidence of each bead of ``path``: computed by the compiled kernel when it is
    built, else by ``reference_confidences`` (the same numbers, checked by the tests)."""
    if _compiled is None:
        return reference_confidences(path, src, tgt, weights, ratio)
    priors = [weights.priors.get((a, b), math.nan) for a in range(4) for b in range(4)]
    params = (
        weights.deletion, weights.keys, weights.orphan, weights.length, weights.variance, weights.key_neutral, ratio,
        priors, [LINK_COEF["bias"], *(LINK_COEF[f] for f in LINK_FEATURES)],
        [DELETION_COEF["bias"], *(DELETION_COEF[f] for f in DELETION_FEATURES)],
    )
    return _compiled(path, (src.lengths, src.mass, src.sentences), (tgt.lengths, tgt.mass, tgt.sentences),
                     src.keys, tgt.keys, dict(weights.key_weights), params)


def reference_confidences(path: Sequence[Step], src: Side, tgt: Side, weights: Weights, ratio: float) -> list[float]:
    overlaps = Overlaps(src, tgt, weights.key_weights)

    @lru_cache(maxsize=None)  # neighbouring beads try the same splits
    def cost(i: int, j: int, di: int, dj: int) -> float:
        return bead_score(src, tgt, i, j, di, dj, weights, ratio, overlaps)

    return [
        logistic(
            features(path, k, src, tgt, weights, ratio, cost, overlaps), LINK_COEF if di and dj else DELETION_COEF
        )
        for k, (_, _, di, dj, _) in enumerate(path)
    ]
