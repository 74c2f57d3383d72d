"""The baseline: Gale & Church (1993), character lengths only.

Bead priors and the variance are the paper's; ``ratio`` is the expected
target/source length ratio (1.0 in the paper). Kept deliberately classic so
benchmarks show what the richer scores of ``anchors`` (``tmtool.align.anchored``) add.
"""

from __future__ import annotations

import math

from collections.abc import Sequence

from tmtool.align.base import ALIGNERS, AlignDoc, Aligned, Aligner
from tmtool.align.dp import best_path
from tmtool.align.score import length_cost
from tmtool.jobs import Mapper
from tmtool.model import Bead
from tmtool.text import SOURCE_LANG, TARGET_LANG

PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}
VARIANCE = 6.8


@ALIGNERS.register("gale-church")
class GaleChurchAligner(Aligner):
    name = "gale-church"

    def __init__(self, src_lang: str = SOURCE_LANG, tgt_lang: str = TARGET_LANG, ratio: float = 1.0, width: int | None = 30):
        super().__init__(src_lang, tgt_lang)
        self.ratio = ratio
        self.width = width

    def align_many(self, docs: Sequence[AlignDoc], lexicon=None, run: Mapper = map) -> Aligned:
        """Each document by lengths alone, here (``lexicon`` is not used; no checks are made;
        sending the documents elsewhere would cost more than aligning them)."""
        return Aligned(tuple(tuple(self._align(d)) for d in docs), tuple(() for _ in docs))

    def _align(self, doc: AlignDoc) -> list[Bead]:
        src = [0, *_cumulative(doc.src)]
        tgt = [0, *_cumulative(doc.tgt)]
        priors = {k: -math.log(p) for k, p in PRIORS.items()}

        def cost(i: int, j: int, di: int, dj: int) -> float:
            return priors[di, dj] + length_cost(src[i + di] - src[i], tgt[j + dj] - tgt[j], self.ratio, VARIANCE)

        path = best_path(len(doc.src), len(doc.tgt), cost, tuple(PRIORS), self.width)
        return [
            Bead(tuple(range(i, i + di)), tuple(range(j, j + dj)), math.exp(-c))
            for i, j, di, dj, c in path
        ]

    def signature(self, lexicon=None) -> str:
        return f"{self.name}(ratio={self.ratio})"


def _cumulative(sentences) -> list[int]:
    out, total = [], 0
    for s in sentences:
        total += len(s)
        out.append(total)
    return out
