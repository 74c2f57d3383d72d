"""Bead cost: length ratio, shared-key agreement, paragraph structure.

A bead's cost is a sum of named, weighted parts (lower is better):

* ``prior`` — how rare the bead kind is (1-1 free, 2-2 dear);
* ``length`` — Gale–Church's −log P of the character-length difference,
  with the target/source ratio taken from the document itself;
* ``keys`` — agreement of the evidence keys (``tmtool.align.features``):
  weighted Dice overlap of the two sides, centred on ``key_neutral`` so that
  sentences sharing nothing pay and sentences sharing much gain;
* ``paragraph`` — beads that straddle a paragraph boundary, or start a
  paragraph on one side only, pay (the "penalise" structure mode).

A deletion (1-0 or 0-1) costs ``deletion`` per sentence whatever their length, plus
``orphan`` times its key overlap with the nearest sentences on the other side:
a sentence that shares names and numbers with its neighbour is more likely
part of a 1-2 than left out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter, ne
from typing import Protocol

from tmtool.align import kernel
from tmtool.align.dp import Bounds, Step, best_path_rows
from tmtool.align.features import Key
from tmtool.errors import AlignmentError

_kind = itemgetter(0)  # a key's kind


class Clauses(Protocol):
    """A side's sentences cut into clauses, each read when first asked for: the characters
    of sentence i's clauses (``lengths(i)``, summing to the sentence's) and their keys
    (``keys(i)``, each among the sentence's). The lengths are asked for apart: they are cheap,
    and they are enough to show that no clause of a sentence can move
    (``tmtool.align.confidence.Evidence.recut``)."""

    def lengths(self, i: int) -> tuple[int, ...]: ...

    def keys(self, i: int) -> tuple[frozenset[Key], ...]: ...


#: Relative weight of each key kind in the overlap.
KEY_WEIGHTS: dict[str, float] = {
    "numbers": 3.0,
    "acronyms": 2.0,
    "translit": 1.5,
    "lexicon": 1.0,
    "learned": 1.0,
    "markers": 0.5,
}


@dataclass(frozen=True)
class Weights:
    """Weights of the cost parts; zero switches a part off.

    Defaults were chosen on half of the WMT ru–en documents with 5% of
    segments dropped and checked on the other half (docs/alignment.md).
    """

    length: float = 1.0
    keys: float = 12.0
    paragraph: float = 3.0
    key_neutral: float = 0.2
    deletion: float = 3.0
    orphan: float = 0.5
    variance: float = 15.0
    priors: Mapping[tuple[int, int], float] = field(
        default_factory=lambda: {(1, 1): 0.0, (2, 1): 3.0, (1, 2): 3.0, (2, 2): 5.5, (3, 1): 5.0, (1, 3): 5.0}
    )
    key_weights: Mapping[str, float] = field(default_factory=lambda: dict(KEY_WEIGHTS))


@dataclass(frozen=True)
class Side:
    """One side of a document, ready for scoring."""

    lengths: tuple[int, ...]  # cumulative character lengths, starting at 0
    keys: tuple[frozenset[Key], ...]
    mass: tuple[float, ...]  # cumulative key weight, starting at 0
    par_start: tuple[bool, ...]  # sentence i opens a paragraph
    par: tuple[int, ...]
    sentences: tuple[int, ...]  # cumulative sentences per unit (a unit may be a whole paragraph)
    # The sentences' clauses, when asked for: what the confidence reads to see a clause moved
    # to the next sentence. None for a side whose units are paragraphs or blocks.
    clauses: Clauses | None = None

    def __len__(self) -> int:
        return len(self.par)


def _cumulative(values) -> tuple:
    # accumulate() adds left to right as a loop would (the same floats), in C
    return tuple(accumulate(values, initial=0))


def prepare(
    keys: Sequence[frozenset[Key]],
    lengths: Sequence[int],
    par: Sequence[int] | None,
    weights: Weights,
    sentences: Sequence[int] | None = None,
    clauses: Clauses | None = None,
) -> Side:
    """A side whose units are sentences, or paragraphs of ``sentences[k]`` sentences each;
    ``clauses``: ``Side.clauses``."""
    weight = defaultdict(float, weights.key_weights).__getitem__  # a kind without a weight weighs 0
    mass = [sum(map(weight, map(_kind, ks))) for ks in keys]
    par = tuple(par) if par is not None else (0,) * len(keys)
    starts = (True, *map(ne, par[1:], par[:-1])) if par else ()
    counts = _cumulative(sentences if sentences is not None else [1] * len(keys))
    return Side(_cumulative(lengths), tuple(keys), _cumulative(mass), starts, par, counts, clauses)


def shared_matrix(src: Side, tgt: Side, kw: Mapping[str, float], bounds: Bounds) -> list[tuple[int, list[float]]]:
    """Per source sentence a: (offset, weights of the keys a shares with each target sentence).

    Only the target sentences a bead through row ``a`` can reach inside the DP
    band ``bounds`` are computed; beads of several sentences sum these entries instead
    of intersecting unions (the DP's hot path).
    """
    n, m = len(src), len(tgt)
    if not n or not m:
        return []
    los, his = bounds
    t_keys = tgt.keys
    weight = kw.__getitem__
    rows = []
    for a, keys in enumerate(src.keys):
        lo, hi = los[max(0, a - 2)], his[min(n, a + 3)]
        row = [0.0] * (hi - lo)
        if keys:
            for b in range(lo, hi):
                common = keys & t_keys[b]
                if common:
                    row[b - lo] = sum(map(weight, map(_kind, common)))
        rows.append((lo, row))
    return rows


def doc_ratio(src: Side, tgt: Side, default: float) -> float:
    """Target/source character ratio of this document, kept within a sane range of ``default``."""
    if src.lengths[-1] == 0 or tgt.lengths[-1] == 0:
        return default
    return min(max(tgt.lengths[-1] / src.lengths[-1], default / 3), default * 3)


class BeadCosts:
    """The cost of every bead of one document inside DP ``bounds``: the one Python
    reference of the bead cost (the compiled DP mirrors it).

    A ``BeadCosts`` is what ``tmtool.align.dp.best_path_rows`` takes:
    ``costs(i, di, dj, j0, j1)`` gives the costs of the beads of kind di-dj at source
    ``i`` and targets ``j0 … j1 - 1`` (plus paragraph penalties when ``paragraphs``),
    a row at a time, from the weights each pair of sentences shares
    (``shared_matrix``): this is the DP's innermost loop. ``one``, ``overlap`` and
    ``near`` read the same numbers for the few beads of a finished path.
    """

    def __init__(self, src: Side, tgt: Side, weights: Weights, ratio: float, paragraphs: bool, bounds: Bounds):
        self.src, self.tgt, self.weights, self.ratio = src, tgt, weights, ratio
        self.n, self.m = len(src), len(tgt)
        self.check_par = bool(paragraphs and weights.paragraph)
        self.rows = (shared_matrix(src, tgt, weights.key_weights, bounds)
                     if weights.keys and len(src) and len(tgt) else [])
        self.orphan = weights.keys * weights.orphan if self.rows else 0.0

    def shared(self, a: int, b: int) -> float:
        """Weight of the keys source a and target b share; 0 outside the matrix or the band."""
        if not (0 <= a < self.n and 0 <= b < self.m) or not self.rows:
            return 0.0
        lo, row = self.rows[a]
        return row[b - lo] if lo <= b < lo + len(row) else 0.0

    def overlap(self, i: int, j: int, di: int, dj: int) -> float | None:
        """Weighted Dice overlap of a bead's two sides (at most 1); ``None`` when neither has keys."""
        src, tgt = self.src, self.tgt
        total = src.mass[i + di] - src.mass[i] + tgt.mass[j + dj] - tgt.mass[j]
        return dice(self._shared_sum(i, j, di, dj), total) if total > 0 else None

    def near(self, i: int, j: int, di: int) -> float:
        """Best overlap of a deleted sentence with the two sentences around its place on the other side."""
        best = 0.0
        smass, tmass = self.src.mass, self.tgt.mass
        for a, b in ((i, j - 1), (i, j)) if di else ((i - 1, j), (i, j)):
            if 0 <= a < self.n and 0 <= b < self.m:
                total = smass[a + 1] - smass[a] + tmass[b + 1] - tmass[b]
                if total > 0:
                    best = max(best, dice(self.shared(a, b), total))
        return best

    def one(self, i: int, j: int, di: int, dj: int) -> float:
        """The cost of one bead (without paragraph penalties when the costs have none)."""
        if not di or not dj:
            return self._deletion(i, j, di)
        return self._link(i, j, di, dj, self._shared_sum(i, j, di, dj))

    def _shared_sum(self, i: int, j: int, di: int, dj: int) -> float:
        """Weight the sentences of a bead share, pair by pair (in the order the rows add it)."""
        if di == 1 and dj == 1:  # most beads
            return self.shared(i, j)
        shared = 0.0
        if not self.rows:
            return shared
        for a in range(max(0, i), min(self.n, i + di)):
            lo, row = self.rows[a]
            # entries outside the row (the band) or the document count 0, as in ``shared``
            for b in range(max(0, j, lo), min(self.m, j + dj, lo + len(row))):
                shared += row[b - lo]
        return shared

    def __call__(self, i: int, di: int, dj: int, j0: int, j1: int) -> list[float]:
        if not dj or not di:
            return [self._deletion(i, j, di) for j in range(j0, j1)]
        count = j1 - j0
        shared = [0.0] * count
        if self.weights.keys and self.rows:
            for a in range(i, i + di):
                lo, row = self.rows[a]
                for d in range(dj):
                    off = j0 + d - lo
                    shared = [x + y for x, y in zip(shared, row[off: off + count])]
        return [self._link(i, j0 + t, di, dj, shared[t]) for t in range(count)]

    def _deletion(self, i: int, j: int, di: int) -> float:
        sides = self.src.sentences if di else self.tgt.sentences
        k = i if di else j
        base = self.weights.deletion * (sides[k + 1] - sides[k])
        return base + self.orphan * self.near(i, j, di) if self.orphan else base

    def _link(self, i: int, j: int, di: int, dj: int, shared: float) -> float:
        """A link bead's cost, given the weight its two sides share."""
        src, tgt, weights = self.src, self.tgt, self.weights
        c = content_cost(src.lengths[i + di] - src.lengths[i], tgt.lengths[j + dj] - tgt.lengths[j], shared,
                         src.mass[i + di] - src.mass[i] + tgt.mass[j + dj] - tgt.mass[j], self.ratio, weights,
                         weights.priors[di, dj])
        if self.check_par:
            if src.par[i] != src.par[i + di - 1] or tgt.par[j] != tgt.par[j + dj - 1]:
                c += weights.paragraph
            if src.par_start[i] != tgt.par_start[j]:
                c += weights.paragraph
        return c


def content_cost(ls: float, lt: float, shared: float, total: float, ratio: float, weights: Weights,
                 prior: float = 0.0) -> float:
    """What two sides cost as each other's translation, plus ``prior``: ``ls`` and ``lt``
    characters, keys of ``total`` weight of which ``shared`` on both sides (a link bead's
    cost but for paragraph penalties; the parts are added in the compiled DP's order, so
    the two give the same floats)."""
    c = prior
    if weights.length:
        c += weights.length * length_cost(ls, lt, ratio, weights.variance)
    if weights.keys and total > 0:
        c += weights.keys * (weights.key_neutral - dice(shared, total))
    return c


def dice(shared: float, total: float) -> float:
    """Weighted Dice overlap of a bead's sides (at most 1): twice the weight they share over
    the weight of both (``total`` > 0)."""
    sim = 2 * shared / total
    return sim if sim < 1.0 else 1.0


def length_cost(ls: float, lt: float, ratio: float, variance: float) -> float:
    """Gale & Church's −log P of the difference between ``ls`` source and ``lt`` target
    characters, ``ratio`` target characters expected per source character (the ``length``
    part of a bead's cost; the baseline aligner's whole cost)."""
    mean = (ls + lt / ratio) * 0.5
    if mean <= 0:
        return 0.0
    p = math.erfc(abs(lt - ls * ratio) / math.sqrt(mean * variance) * 0.7071067811865476)
    return -math.log(p) if p > 1e-300 else 690.8


def bead_path(
    src: Side, tgt: Side, weights: Weights, ratio: float, paragraphs: bool, bounds: Bounds,
    kinds: Sequence[tuple[int, int]],
) -> list[Step]:
    """The cheapest path inside ``bounds`` under ``BeadCosts``: ``best_path_rows`` with
    these costs, computed by the compiled kernel when it is built (same result)."""
    n, m = len(src), len(tgt)
    fast = kernel.compiled
    if fast is None or not n or not m:
        return best_path_rows(n, m, BeadCosts(src, tgt, weights, ratio, paragraphs, bounds), kinds, bounds)
    try:
        return fast.bead_path(*_kernel_args(src, tgt, weights, ratio, paragraphs, bounds, kinds))
    except ValueError as e:
        raise AlignmentError(f"no bead sequence of kinds {list(kinds)} covers {n}:{m} sentences ({e})") from None


def bead_costs(src: Side, tgt: Side, weights: Weights, ratio: float, paragraphs: bool, bounds: Bounds) -> BeadCosts:
    """``BeadCosts`` (what its ``one``, ``overlap`` and ``near`` give), computed by the
    compiled kernel when it is built: the same numbers, for the beads of a finished path."""
    fast = kernel.compiled
    if fast is None or not len(src) or not len(tgt):
        return BeadCosts(src, tgt, weights, ratio, paragraphs, bounds)
    return fast.Costs(*_kernel_args(src, tgt, weights, ratio, paragraphs, bounds, tuple(weights.priors)))


def _kernel_args(src: Side, tgt: Side, weights: Weights, ratio: float, paragraphs: bool, bounds: Bounds,
                 kinds: Sequence[tuple[int, int]]) -> tuple:
    """What the kernel's ``bead_path`` and ``Costs`` take (see tmtool/align/_fast.c)."""
    params = (
        weights.length, weights.keys, weights.paragraph, weights.key_neutral, weights.deletion,
        weights.variance, weights.keys * weights.orphan, ratio, bool(paragraphs and weights.paragraph),
        [weights.priors.get(k, 0.0) for k in kinds],
    )
    return (
        len(src), len(tgt), kinds, bounds[0], bounds[1],
        (src.lengths, src.mass, src.sentences, src.par, src.par_start),
        (tgt.lengths, tgt.mass, tgt.sentences, tgt.par, tgt.par_start),
        (src.keys, tgt.keys, dict(weights.key_weights)) if weights.keys else None,
        params,
    )
