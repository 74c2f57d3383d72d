"""Confidence of each bead of a finished path: the probability that it is right.

A logistic model over the bead's evidence, fitted on data with the faults an archive
has (``python benchmarks/alignment.py --fit-confidence``: the development half of the
WMT ru–en documents, as they are and with sentences swapped, inserted and dropped,
paragraphs dropped, clauses re-cut across sentences and whole documents mismatched;
``tmtool.evaluation.adversarial``). Its reliability on documents it was not fitted on
is in docs/alignment.md.

Evidence of a link bead — what the two sides share, and what they do not:

* ``sim``: the weighted key overlap the DP scored (``BeadCosts.overlap``);
* ``lex_hit``/``lex_miss``: concept keys (built-in and learned lexicon, acronyms)
  found on both sides / on one side only — a translation's words have their
  counterparts, a stranger's do not;
* ``num_miss``: numbers on one side only;
* ``cover_min``: the least share of any one sentence's keys the other side matches
  (a sentence glued on, or half of a sentence re-cut, shows here);
* ``leak``: keys matched not inside the bead but in the sentences just outside it
  on the other side (a clause that belongs to the neighbour);
* ``seesaw``: the bead and a neighbouring one skewed in length in opposite directions
  (a clause moved from one to the other);
* ``recut``: how much cheaper the bead and a neighbouring link bead become with one clause
  moved between them (``Evidence.recut``: the same fault seen clause by clause);
* ``absorb``: the share of a neighbouring deleted sentence's keys this bead's other side holds
  (``Evidence.absorb``: the deleted sentence's translation is inside the bead);
* ``doc``: the document's mean overlap (a mismatched document has none anywhere);
* ``length``, ``extra`` (sentences beyond 1-1), ``split`` (how much cheaper the bead is
  than its best split), ``near_del`` (a deletion next to it), ``mass`` (evidence at all).

A deletion is judged by its overlap with the sentences around its place
(``near_sim``), its length, a deletion next to it, its own concept keys and ``doc``.
A third model, over ``Evidence.merge_features`` (``recut`` among them), says whether two neighbouring link
beads are one (``tmtool.align.anchored.merge_crossings``).
"""

from __future__ import annotations

import functools
import json
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

from tmtool.align import kernel
from tmtool.align.dp import Bounds, Step
from tmtool.align.score import BeadCosts, Side, Weights, _kind, bead_costs, content_cost, length_cost

#: Key kinds that name a concept: a word and its translation share one.
CONCEPT_KINDS = frozenset({"lexicon", "learned", "acronyms"})

#: The fitted model: coefficients, the review threshold chosen with them, and what they
#: were fitted on (``python benchmarks/alignment.py --fit-confidence --write`` rewrites it).
MODEL_PATH = Path(__file__).with_name("data") / "confidence.json"
MODEL = json.loads(MODEL_PATH.read_text("utf-8"))
LINK_COEF: dict[str, float] = MODEL["link"]
DELETION_COEF: dict[str, float] = MODEL["deletion"]
#: Whether two neighbouring link beads are one bead (``Evidence.merge_features``).
MERGE_COEF: dict[str, float] = MODEL["merge"]
#: Beads below this confidence are held for review by default (chosen with the fit).
REVIEW_THRESHOLD: float = MODEL["review_threshold"]


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


def path_bounds(path: Sequence[Step], n: int, m: int) -> Bounds:
    """DP bounds that hold every bead of ``path``, its splits and its neighbours: what the
    costs of a finished path are read inside."""
    los, his = [m] * (n + 1), [0] * (n + 1)
    for i, j, di, dj, _ in path:
        lo, hi = max(0, j - 1), min(m, j + dj + 1)
        for r in range(i, i + di + 1):  # comparisons, not min()/max(): a call per row of every path
            if lo < los[r]:
                los[r] = lo
            if hi > his[r]:
                his[r] = hi
    for r in range(n + 1):
        if los[r] > his[r]:  # a row no bead starts or ends in (only when a side is empty)
            los[r], his[r] = 0, m
    return los, his


def recut_slack(weights: Weights) -> float:
    """How far above the best a cut's floor must be to be skipped (``Evidence.recut``): more
    than any rounding of the costs (a few roundings of terms no larger than this scale:
    ``length_cost`` is at most 690.8); infinite, so nothing is skipped, for weights under
    which more shared keys need not make a bead cheaper."""
    if weights.keys < 0 or weights.key_neutral < 0 or min(weights.key_weights.values(), default=0.0) < 0:
        return math.inf
    return 1e-9 * (1 + abs(weights.length) * 690.8 + weights.keys * (weights.key_neutral + 1))


class Evidence:
    """The evidence of the beads of one finished path (what ``features`` reads)."""

    def __init__(self, path: Sequence[Step], src: Side, tgt: Side, weights: Weights, ratio: float,
                 costs: BeadCosts | None = None):
        self.path, self.src, self.tgt, self.weights = path, src, tgt, weights
        self.costs = costs or bead_costs(src, tgt, weights, ratio, False, path_bounds(path, len(src), len(tgt)))
        self.ratio = ratio
        self._weight = defaultdict(float, weights.key_weights).__getitem__  # an unweighted kind weighs 0
        self._recut: dict[int, float] = {}
        self._slack = recut_slack(weights)

    @functools.cached_property
    def doc(self) -> float:
        """The document's mean overlap over its link beads (computed when first asked: a
        merge looks at two beads, not the whole path)."""
        sims = [self.costs.overlap(i, j, di, dj) for i, j, di, dj, _ in self.path if di and dj]
        known = [x for x in sims if x is not None]
        return sum(known) / len(known) if known else 0.0

    def on(self, path: Sequence[Step]) -> Evidence:
        """The evidence of another path over the same sentences, inside this one's bounds (a
        path that only merges neighbouring beads of this one stays inside them)."""
        return Evidence(path, self.src, self.tgt, self.weights, self.ratio, self.costs)

    @functools.cached_property
    def confidences(self) -> tuple[float, ...]:
        """The confidence of each bead: the probability that it is right."""
        return tuple(logistic(self.features(k), LINK_COEF if di and dj else DELETION_COEF)
                     for k, (_, _, di, dj, _) in enumerate(self.path))

    def weight(self, keys) -> float:
        """The summed weight of ``keys`` (as ``prepare`` weighs a sentence's mass)."""
        return sum(map(self._weight, map(_kind, keys)))

    def features(self, k: int) -> dict[str, float]:
        path, src, tgt, costs = self.path, self.src, self.tgt, self.costs
        i, j, di, dj, own = path[k]
        near_del = ((k > 0 and not (path[k - 1][2] and path[k - 1][3]))
                    or (k + 1 < len(path) and not (path[k + 1][2] and path[k + 1][3])))
        if not (di and dj):
            side, start = (src, i) if di else (tgt, j)
            return {
                "near_sim": costs.near(i, j, di),
                "chars": math.log1p(side.lengths[start + 1] - side.lengths[start]),
                "near_del": float(near_del),
                "concepts": math.log1p(_count_kinds(side.keys[start], CONCEPT_KINDS)),
                "doc": self.doc,
            }
        a, b, total, leak, hits, misses, numbers_missed, cover_min = self._key_parts(i, j, di, dj)
        splits = [costs.one(i + p, j + q, r, s) + costs.one(i + e, j + f, g, h)
                  for (p, q, r, s), (e, f, g, h) in _cuts(di, dj)]
        sim = costs.overlap(i, j, di, dj)
        ls, lt = src.lengths[i + di] - src.lengths[i], tgt.lengths[j + dj] - tgt.lengths[j]
        return {
            "seesaw": self.seesaw(k),
            "sim": self.weights.key_neutral if sim is None else sim,
            "length": min(length_cost(ls, lt, self.ratio, self.weights.variance), 20.0),
            "extra": float(di + dj - 2),
            "split": max(-10.0, min(10.0, min(splits) - own)) if splits else 0.0,
            "near_del": float(near_del),
            "absorb": self.absorb(k, a, b),
            "mass": math.log1p(total),
            "lex_hit": math.log1p(hits),
            "lex_miss": math.log1p(misses),
            "num_miss": math.log1p(numbers_missed),
            "cover_min": cover_min,
            "leak": leak,
            "recut": max(self.recut(k - 1), self.recut(k)),
            "doc": self.doc,
        }

    def _key_parts(self, i: int, j: int, di: int, dj: int) -> tuple[frozenset, frozenset, float, float, int, int,
                                                                     int, float]:
        """What ``features`` reads from the keys of link bead (i, j, di, dj): the keys of each
        side (a, b), their total weight, the leak, the concept keys on both sides and on one
        side only, the numbers on one side only, and cover_min. The Python reference, or the
        compiled kernel's (the same sets and floats) when it is built: these set operations
        were half the time of ``features``. The kernel reads the keys as the document's costs
        numbered them (a third of the time again)."""
        src, tgt, weight = self.src, self.tgt, self.weight
        fast = kernel.compiled
        if fast is not None:
            return fast.key_parts(src.keys, tgt.keys, src.mass, tgt.mass, self._kernel_args[2], CONCEPT_KINDS,
                                  i, j, di, dj, self.costs)
        src_sets, tgt_sets = src.keys[i:i + di], tgt.keys[j:j + dj]
        a = src_sets[0] if di == 1 else frozenset().union(*src_sets)
        b = tgt_sets[0] if dj == 1 else frozenset().union(*tgt_sets)
        only = a ^ b
        smass, tmass = src.mass, tgt.mass
        cover = [weight(ks & b) / (smass[x + 1] - smass[x]) for x, ks in enumerate(src_sets, i) if smass[x + 1] > smass[x]]
        cover += [weight(ks & a) / (tmass[x + 1] - tmass[x]) for x, ks in enumerate(tgt_sets, j) if tmass[x + 1] > tmass[x]]
        outside_t = (tgt.keys[j - 1] if j > 0 else frozenset()) | (tgt.keys[j + dj] if j + dj < len(tgt) else frozenset())
        outside_s = (src.keys[i - 1] if i > 0 else frozenset()) | (src.keys[i + di] if i + di < len(src) else frozenset())
        total = weight(a) + weight(b)
        leak = (weight((a - b) & outside_t) + weight((b - a) & outside_s)) / total if total else 0.0
        # Concept keys on both sides and on one side only: the concept keys of a & b and of a ^ b.
        return (a, b, total, leak, _count_kinds(a & b, CONCEPT_KINDS), _count_kinds(only, CONCEPT_KINDS),
                _count_kinds(only, ("numbers",)), min(cover, default=1.0))

    @functools.cached_property
    def _skews(self) -> tuple[float, ...]:
        """log(target length / expected target length) of each bead (read for link beads)."""
        sl, tl, ratio = self.src.lengths, self.tgt.lengths, self.ratio
        return tuple(math.log((tl[j + dj] - tl[j] + 10) / ((sl[i + di] - sl[i]) * ratio + 10))
                     for i, j, di, dj, _ in self.path)

    def seesaw(self, k: int) -> float:
        """How far bead k and a neighbouring link bead are skewed in length in opposite
        directions (one target too short, the next too long): what a clause moved from one
        sentence of a translation to the next leaves."""
        path, skews = self.path, self._skews
        own = skews[k]
        return max([-own * skews[n] for n in (k - 1, k + 1)
                    if 0 <= n < len(path) and path[n][2] and path[n][3]] + [0.0])

    def absorb(self, k: int, src_keys: frozenset, tgt_keys: frozenset) -> float:
        """The largest overlap between a sentence a neighbouring deletion leaves out and this
        link bead's other side: a translation of that sentence inside the bead (a bead that
        should have taken it, or a segment holding several sentences) shows here."""
        best = 0.0
        for x in (k - 1, k + 1):
            if 0 <= x < len(self.path) and not (self.path[x][2] and self.path[x][3]):
                i, j, di, dj, _ = self.path[x]
                deleted, other = (self.src.keys[i], tgt_keys) if di else (self.tgt.keys[j], src_keys)
                total = self.weight(deleted)
                if total:
                    best = max(best, self.weight(deleted & other) / total)
        return best

    def _links(self, k: int) -> bool:
        """Beads k and k + 1 are both link beads."""
        path = self.path
        return 0 <= k and k + 1 < len(path) and bool(path[k][2] and path[k][3] and path[k + 1][2] and path[k + 1][3])

    def recut(self, k: int) -> float:
        """How much cheaper link beads k and k + 1 are with one clause moved from one to the
        other (0 when no move makes them cheaper): the mark a translation leaves that ends a
        sentence elsewhere than its original ("A, B. C." ↔ "A'. B'; C'."), where each bead
        alone is a partial translation that looks whole.

        The costs are ``content_cost`` over each bead's keys. A sentence at the boundary is
        cut into its clauses (``Side.clauses``) only when it holds a key that only the other
        bead's other side has: without one, no clause of it can be shown to belong there.
        """
        if k not in self._recut:
            self._recut[k] = self._recut_gain(k) if self._links(k) and self.src.clauses else 0.0
        return self._recut[k]

    @functools.cached_property
    def _kernel_args(self) -> tuple:
        """What the kernel's ``recut`` takes besides the two beads (see tmtool/align/_fast.c)."""
        src, tgt, weights = self.src, self.tgt, self.weights
        return ((src.keys, src.lengths, src.clauses), (tgt.keys, tgt.lengths, tgt.clauses), dict(weights.key_weights),
                (weights.length, weights.keys, weights.key_neutral, weights.variance, self.ratio, self._slack))

    def _recut_gain(self, k: int) -> float:
        """``recut`` of two link beads: the Python reference, or the compiled kernel's (the same
        float) when it is built."""
        (i, j, *_), (i2, j2, ei, ej, _) = self.path[k], self.path[k + 1]
        src, tgt, weight, ratio, weights = self.src, self.tgt, self.weight, self.ratio, self.weights
        fast = kernel.compiled
        if fast is not None:
            return fast.recut(*self._kernel_args, i, j, i2, j2, ei, ej)

        def keys(side: Side, a: int, b: int) -> frozenset:
            return side.keys[a] if b == a + 1 else frozenset().union(*side.keys[a:b])

        s1, s2, t1, t2 = keys(src, i, i2), keys(src, i2, i2 + ei), keys(tgt, j, j2), keys(tgt, j2, j2 + ej)
        # Sentence x, the first of bead k + 1 or the last of bead k, on the source or the target
        # side, cut after its q-th clause: bead k takes the sentences before x and its head,
        # bead k + 1 its tail and the sentences after it.
        cuts = [(side, start, x, end, other1, other2)
                for side, start, boundary, end, other1, other2 in ((src, i, i2, i2 + ei, t1, t2),
                                                                   (tgt, j, j2, j2 + ej, s1, s2))
                for x, belongs, stays in ((boundary, other1, other2), (boundary - 1, other2, other1))
                if (side.keys[x] & belongs) - stays]
        if not cuts:
            return 0.0
        ls1, ls2 = src.lengths[i2] - src.lengths[i], src.lengths[i2 + ei] - src.lengths[i2]
        lt1, lt2 = tgt.lengths[j2] - tgt.lengths[j], tgt.lengths[j2 + ej] - tgt.lengths[j2]
        w_s1, w_s2, w_t1, w_t2 = weight(s1), weight(s2), weight(t1), weight(t2)
        base = best = (content_cost(ls1, lt1, weight(s1 & t1), w_s1 + w_t1, ratio, weights)
                       + content_cost(ls2, lt2, weight(s2 & t2), w_s2 + w_t2, ratio, weights))
        for side, start, x, end, other1, other2 in cuts:
            w_other1, w_other2 = (w_t1, w_t2) if side is src else (w_s1, w_s2)
            lengths, sizes = side.lengths, side.clauses.lengths(x)
            one, tail = keys(side, start, x), keys(side, x + 1, end)
            w_one, shared_one, l1 = weight(one), weight(one & other1), lengths[x] - lengths[start]
            whole = lengths[end] - lengths[start]
            # Whatever x's clauses hold (keys of x), bead k gains at most x's keys of other1
            # it lacks and bead k + 1 keeps at most x's keys of other2 its tail lacks; the
            # costs with both are a floor of a cut's (``content_cost`` falls as the shared
            # weight grows): a cut whose floor is above the best by more than ``_slack``
            # cannot win, and x's clauses are not read for it.
            reach1, reach2 = weight((side.keys[x] - one) & other1), weight((side.keys[x] - tail) & other2)
            w_tail, shared_tail = weight(tail), weight(tail & other2)
            floors, head = [], l1
            for n in sizes[:-1]:
                head += n
                first, second = ((head, lt1), (whole - head, lt2)) if side is src else ((ls1, head), (ls2, whole - head))
                floors.append(content_cost(*first, shared_one + reach1, w_one + w_other1 + reach1, ratio, weights)
                              + content_cost(*second, shared_tail + reach2, w_tail + w_other2 + reach2, ratio, weights))
            if min(floors, default=math.inf) > best + self._slack:
                continue
            clauses = side.clauses.keys(x)
            tails = [tail]  # tails[r]: bead k + 1's keys with x's last r clauses
            for ks in reversed(clauses[1:]):
                tails.append(tails[-1] | ks)
            for q in range(1, len(clauses)):
                new = clauses[q - 1] - one
                one, l1 = one | new, l1 + sizes[q - 1]
                w_one, shared_one = w_one + weight(new), shared_one + weight(new & other1)
                if floors[q - 1] > best + self._slack:
                    continue
                two, l2 = tails[len(clauses) - q], whole - l1
                if side is src:
                    first, second = (l1, lt1), (l2, lt2)
                else:
                    first, second = (ls1, l1), (ls2, l2)
                moved = (content_cost(*first, shared_one, w_one + w_other1, ratio, weights)
                         + content_cost(*second, weight(two & other2), weight(two) + w_other2, ratio, weights))
                best = min(best, moved)
        return min(10.0, base - best)

    def merged_kind(self, k: int) -> tuple[int, int] | None:
        """The kind of bead k merged with bead k + 1, when both are link beads and the
        aligner has such a kind."""
        if k + 1 >= len(self.path):
            return None
        (_, _, di, dj, _), (_, _, ei, ej, _) = self.path[k], self.path[k + 1]
        kind = (di + ei, dj + ej)
        return kind if di and dj and ei and ej and kind in self.weights.priors else None

    def merge_features(self, k: int) -> dict[str, float]:
        """Evidence that link beads k and k + 1 are one (``merged_kind`` is not None): how much
        cheaper, priors aside, they are as one bead; how their lengths are skewed in opposite
        directions; how much more of their keys the merged bead matches."""
        costs, priors = self.costs, self.weights.priors
        (i, j, di, dj, _), (ni, nj, ei, ej, _) = self.path[k], self.path[k + 1]
        kind = (di + ei, dj + ej)
        merged = costs.one(i, j, *kind) - priors[kind]
        apart = costs.one(i, j, di, dj) - priors[di, dj] + costs.one(ni, nj, ei, ej) - priors[ei, ej]
        sims = [costs.overlap(i, j, di, dj), costs.overlap(ni, nj, ei, ej)]
        whole = costs.overlap(i, j, *kind)
        return {
            "gain": max(-10.0, min(10.0, apart - merged)),
            "seesaw": -self._skews[k] * self._skews[k + 1],
            "sim_gain": (whole or 0.0) - max(sims[0] or 0.0, sims[1] or 0.0),
            "recut": self.recut(k),
        }


def _count_kinds(keys, kinds) -> int:
    """How many of ``keys`` are of one of ``kinds`` (list.count loops in C)."""
    found = list(map(_kind, keys))
    return sum(map(found.count, kinds))


def logistic(feats: Mapping[str, float], coef: Mapping[str, float]) -> float:
    """P(right) under the model ``coef``. A feature the model lacks weighs nothing: a new
    feature can be computed before it is first fitted (the tests check that the shipped
    model has every feature)."""
    # map() rather than a generator: the same products summed in the same order, without a
    # Python frame per feature (this runs for every bead and every merge looked at).
    z = coef["bias"] + sum(map(mul, map(coef.get, feats, repeat(0.0)), feats.values()))
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))

