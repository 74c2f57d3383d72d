"""Strict and lax precision, recall and F1 of alignments (Vecalign's definitions).

Following Thompson & Koehn's ``score.py`` (after Sennrich & Volk 2011): a
predicted bead is a strict hit when the gold holds exactly that bead, a lax
hit when it shares a source sentence *and* a target sentence with gold.
Precision counts every predicted bead, deletions included; recall swaps the
roles and ignores deletions on both sides. Counts are pooled over documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Pair = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float

    def table(self) -> str:
        return (
            "            strict    lax\n"
            f"precision   {self.precision_strict:.3f}   {self.precision_lax:.3f}\n"
            f"recall      {self.recall_strict:.3f}   {self.recall_lax:.3f}\n"
            f"F1          {self.f1_strict:.3f}   {self.f1_lax:.3f}"
        )


def _as_pairs(beads: Iterable) -> set[Pair]:
    """Beads or (src, tgt[, score]) tuples as a set, beads empty on both sides dropped."""
    out = set()
    for b in beads:
        src, tgt = (b.src, b.tgt) if hasattr(b, "src") else (b[0], b[1])
        if src or tgt:
            out.add((tuple(src), tuple(tgt)))
    return out


def _hits(gold: set[Pair], test: set[Pair]) -> tuple[int, int, int]:
    """(strict hits, lax hits, beads) of ``test`` measured against ``gold``."""
    gold_tgts: dict[int, set[int]] = defaultdict(set)
    for src, tgt in gold:
        for i in src:
            gold_tgts[i].update(tgt)
    strict = lax = 0
    for src, tgt in test:
        if (src, tgt) in gold:
            strict += 1
            lax += 1
        elif any(j in gold_tgts[i] for i in src for j in tgt):
            lax += 1
    return strict, lax, len(test)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold_docs: Sequence[Iterable], test_docs: Sequence[Iterable]) -> Scores:
    """Pooled scores of ``test_docs`` against ``gold_docs`` (one bead list per document)."""
    if len(gold_docs) != len(test_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(test_docs)} predicted")
    p = [0, 0, 0]
    r = [0, 0, 0]
    for gold_beads, test_beads in zip(gold_docs, test_docs):
        gold, test = _as_pairs(gold_beads), _as_pairs(test_beads)
        for acc, counts in (
            (p, _hits(gold, test)),
            (r, _hits(_links(test), _links(gold))),
        ):
            for k, v in enumerate(counts):
                acc[k] += v
    ps, pl = _ratio(p[0], p[2]), _ratio(p[1], p[2])
    rs, rl = _ratio(r[0], r[2]), _ratio(r[1], r[2])
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def _links(pairs: set[Pair]) -> set[Pair]:
    """The beads that pair something on both sides (recall ignores deletions)."""
    return {(s, t) for s, t in pairs if s and t}
