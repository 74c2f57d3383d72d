"""Monotonic dynamic programming over beads, inside a band around the diagonal.

The band keeps long documents near-linear: row ``i`` (source sentences
consumed) only visits target positions between the diagonal points of rows
``i`` and ``i + 1``, widened by ``width`` on each side, so consecutive rows
always overlap and the end point stays reachable whatever the length ratio.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from tmtool.errors import AlignmentError

INF = math.inf

#: (source sentences, target sentences) of every bead kind an aligner may use.
ALL_KINDS: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1),
)

Step = tuple[int, int, int, int, float]  # i, j, di, dj, cost of the bead
Bounds = tuple[list[int], list[int]]  # lowest and highest target position of each row 0..n
RowCost = Callable[[int, int, int, int, int], list[float]]


def band(n: int, m: int, width: int | None) -> Bounds:
    """Lowest and highest target position visited in each row 0..n."""
    width = max(n, m) if width is None else width
    los, his = [], []
    for i in range(n + 1):
        lo = (i * m) // n - width
        hi = -((-(i + 1) * m) // n) + width
        los.append(max(0, lo))
        his.append(min(m, hi))
    return los, his


def best_path(
    n: int,
    m: int,
    cost: Callable[[int, int, int, int], float],
    kinds: Sequence[tuple[int, int]] = ALL_KINDS,
    width: int | None = None,
) -> list[Step]:
    """The cheapest monotonic bead sequence from (0, 0) to (n, m).

    ``cost(i, j, di, dj)`` prices the bead covering source ``i:i+di`` and
    target ``j:j+dj`` (``math.inf`` forbids it); it is only asked about beads
    that start and end inside ``band(n, m, width)``. ``width=None`` searches
    the whole matrix. Either side may be empty; then only deletions are possible.
    """

    def row_cost(i: int, di: int, dj: int, j0: int, j1: int) -> list[float]:
        return [cost(i, j, di, dj) for j in range(j0, j1)]

    return best_path_rows(n, m, row_cost, kinds, band(n, m, width) if n and m else ([], []))



def best_path_rows(
    n: int, m: int, row_cost: RowCost, kinds: Sequence[tuple[int, int]], bounds: Bounds
) -> list[Step]:
    """``best_path`` inside ``bounds`` (lowest and highest target position of each row
    0..n, both non-decreasing), with costs asked a row at a time:
    ``row_cost(i, di, dj, j0, j1)`` prices the beads of one kind starting at
    source ``i`` and target ``j0 … j1 - 1`` (one call instead of one per cell
    is what makes a Python DP fast enough)."""
    if n == 0 or m == 0:
        return [(i, 0, 1, 0, row_cost(i, 1, 0, 0, 1)[0]) for i in range(n)] + [
            (0, j, 0, 1, row_cost(0, 0, 1, j, j + 1)[0]) for j in range(m)
        ]
    los, his = bounds
    costs: list[list[float]] = []
    backs: list[list[int]] = []
    steps: list[list[float]] = []  # cost of the bead chosen for each cell
    across = [(k, di, dj) for k, (di, dj) in enumerate(kinds) if di]
    along = [(k, dj) for k, (di, dj) in enumerate(kinds) if not di]
    for i in range(n + 1):
        lo, hi = los[i], his[i]
        size = hi - lo + 1
        row = [INF] * size
        back = [-1] * size
        step = [0.0] * size
        if i == 0 and lo == 0:
            row[0] = 0.0
        for k, di, dj in across:
            pi = i - di
            if pi < 0:
                continue
            plo = los[pi]
            a, b = max(lo, plo + dj), min(hi, his[pi] + dj)
            if a > b:
                continue
            bead = row_cost(pi, di, dj, a - dj, b - dj + 1)
            prev = costs[pi]
            off = a - dj - plo
            for t in range(b - a + 1):
                c = prev[off + t] + bead[t]
                if c < row[a - lo + t]:
                    row[a - lo + t], back[a - lo + t], step[a - lo + t] = c, k, bead[t]
        if along:
            beads = {k: row_cost(i, 0, dj, lo, hi - dj + 1) if hi - dj >= lo else [] for k, dj in along}
            for j in range(lo, hi + 1):
                for k, dj in along:
                    if j - dj >= lo:
                        c = row[j - dj - lo] + beads[k][j - dj - lo]
                        if c < row[j - lo]:
                            row[j - lo], back[j - lo], step[j - lo] = c, k, beads[k][j - dj - lo]
        costs.append(row)
        backs.append(back)
        steps.append(step)
    if costs[n][m - los[n]] == INF:
        raise AlignmentError(f"no bead sequence of kinds {list(kinds)} covers {n}:{m} sentences")
    path: list[Step] = []
    i, j = n, m
    while i or j:
        k = backs[i][j - los[i]]
        di, dj = kinds[k]
        path.append((i - di, j - dj, di, dj, steps[i][j - los[i]]))
        i, j = i - di, j - dj
    path.reverse()
    return path


def adaptive_path(
    n: int,
    m: int,
    solve: Callable[[Bounds], list[Step]],
    start: int = 3,
    limit: int | None = None,
) -> list[Step]:
    """The cheapest path in a narrow band around the diagonal, doubled while it runs along its edge.

    Most documents follow the diagonal closely, so the narrow band is enough
    and several times cheaper; a path that touches the edge may have been
    pushed there (a dropped paragraph), so it is searched again twice as wide,
    up to ``limit`` (``None``: the whole matrix). ``solve(bounds)`` gives the
    cheapest path inside one band (``best_path_rows`` with some costs). Long
    documents want a coarse pass first (``tmtool.align.anchored``): the diagonal
    drifts away from their path.
    """
    if n == 0 or m == 0:
        return solve(([], []))
    cap = max(n, m) if limit is None else min(limit, max(n, m))
    width = min(start, cap)
    while True:
        bounds = band(n, m, width)
        path = solve(bounds)
        if width >= cap or not _edge_rows(path, bounds, m):
            return path
        width = min(cap, width * 2)


def _edge_rows(path: Sequence[Step], bounds: Bounds, m: int) -> list[int]:
    """Rows where a node of the path lies on the edge of the band (not the matrix's)."""
    los, his = bounds
    out = []
    for i, j, di, dj, _ in path:
        for a, b in ((i, j), (i + di, j + dj)):
            if (b == los[a] and b > 0) or (b == his[a] and b < m):
                out.append(a)
    return out
