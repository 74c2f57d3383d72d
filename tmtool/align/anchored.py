"""tmtool's aligner: length plus cross-language anchors, paragraph-aware, with a learned lexicon.

Registered as ``anchors``. ``align`` aligns one document with the built-in
evidence; ``align_many`` aligns a corpus twice, learning stem pairs from the
confident beads of the first pass (``tmtool.align.learn``) for the second.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from tmtool.align.base import ALIGNERS, AlignDoc, Aligner
from tmtool.align.checks import AlignmentWarning, diagnose
from tmtool.align.confidence import confidences
from tmtool.align.dp import ALL_KINDS, Step, adaptive_path
from tmtool.align.features import COMPONENTS, Context, Sentence, extractor, learned_keys, tokens
from tmtool.align.learn import learn_pairs
from tmtool.align.score import Side, Weights, bead_path, doc_ratio, prepare
from tmtool.errors import AlignmentError
from tmtool.model import Bead
from tmtool.text import primary

#: How paragraph structure is used; "penalise" is the default because it
#: measured better on dropped paragraphs (docs/alignment.md).
STRUCTURES = ("penalise", "paragraphs-first", "none")
#: English/Russian character ratio (1.039 over the WMT ru–en documents); each document's own ratio overrides it.
EN_PER_RU = 1.04
#: Documents longer than this (source + target units) are first aligned in
#: blocks of BLOCK sentences, then at the sentence level around that path.
COARSE_ABOVE = 400
BLOCK = 8
#: Weights of paragraphs and blocks of sentences (the "paragraphs-first" pass and
#: the coarse pass): their length varies more between translations than a sentence's.
PARAGRAPH_WEIGHTS = Weights(variance=40.0)
#: Beads below this confidence are marked "needs review".
REVIEW_THRESHOLD = 0.5
#: ``align_many`` learns from 1-1 beads at least this confident, and realigns the
#: documents that have a bead below ``SURE``.
LEARN_FROM = 0.8
SURE = 0.95


class Solved(NamedTuple):
    """A document's best path and what it was scored on (what ``confidences`` takes)."""

    path: list[Step]
    src: Side
    tgt: Side
    weights: Weights
    ratio: float


def default_ratio(src_lang: str, tgt_lang: str) -> float:
    pair = (primary(src_lang), primary(tgt_lang))
    return {("ru", "en"): EN_PER_RU, ("en", "ru"): 1 / EN_PER_RU}.get(pair, 1.0)


@ALIGNERS.register("anchors")
class AnchorAligner(Aligner):
    name = "anchors"

    def __init__(
        self,
        src_lang: str = "ru",
        tgt_lang: str = "en",
        components: Iterable[str] = tuple(COMPONENTS),
        weights: Weights | None = None,
        paragraph_weights: Weights | None = None,
        structure: str = "penalise",
        width: int = 48,
        realign: bool = True,
    ):
        super().__init__(src_lang, tgt_lang)
        self.components = tuple(components)
        unknown = [c for c in self.components if c not in COMPONENTS]
        if unknown:
            raise AlignmentError(f"unknown score component(s) {unknown} (known: {', '.join(COMPONENTS)})")
        if structure not in STRUCTURES:
            raise AlignmentError(f"unknown structure mode {structure!r} (known: {', '.join(STRUCTURES)})")
        self.weights = weights or Weights()
        self.paragraph_weights = paragraph_weights or PARAGRAPH_WEIGHTS
        self.structure = structure
        self.width = width
        self.realign = realign
        self.ratio = default_ratio(src_lang, tgt_lang)
        self.context = Context()
        self._src_keys = extractor(primary(self.src_lang), self.components, self.context)
        self._tgt_keys = extractor(primary(self.tgt_lang), self.components, self.context)

    def signature(self) -> str:
        return f"{self.name}({','.join(self._settings())})"

    def _settings(self) -> list[str]:
        """What decides this aligner's beads, as ``name=value`` (the signature's parts)."""
        realign = f"below-{SURE}" if self.realign and "learned" in self.components else "no"
        return [f"structure={self.structure}", f"components={'+'.join(self.components)}", f"realign={realign}"]

    # -- one document -------------------------------------------------------------------

    def align(self, doc: AlignDoc) -> list[Bead]:
        cap = self._check(doc)
        return self.revise([doc], [_beads(self.solve(doc), cap)], [cap])[0]

    def revise(self, docs: Sequence[AlignDoc], beads: Sequence[list[Bead]], caps: Sequence[float]
               ) -> list[list[Bead]]:
        """A last look at finished beads (``caps``: each document's highest confidence, from
        its checks). ``anchors`` keeps them; ``anchors-e5`` re-scores the unsure ones."""
        return list(beads)

    def _check(self, doc: AlignDoc) -> float:
        """Warn about what no bead score can see; the cap it puts on confidences."""
        problems = diagnose(doc, self.src_lang, self.tgt_lang)
        for p in problems:
            if p.cap < 1.0:
                warnings.warn(AlignmentWarning(p.message), stacklevel=3)
        return min((p.cap for p in problems), default=1.0)

    def solve(self, doc: AlignDoc) -> Solved:
        """The cheapest path and what it was scored on (``confidences`` takes it as is)."""
        return self._solve_sentences(doc, *self._sentences(doc))

    def _sentences(self, doc: AlignDoc) -> tuple[list[Sentence], list[Sentence]]:
        src_lang, tgt_lang = primary(self.src_lang), primary(self.tgt_lang)
        return [tokens(t, src_lang) for t in doc.src], [tokens(t, tgt_lang) for t in doc.tgt]

    def _solve_sentences(self, doc: AlignDoc, src: list[Sentence], tgt: list[Sentence]) -> Solved:
        return self._solve_keys(doc, [self._src_keys(s) for s in src], [self._tgt_keys(s) for s in tgt])

    def _solve_keys(self, doc: AlignDoc, src_keys: Sequence[frozenset], tgt_keys: Sequence[frozenset]) -> Solved:
        src = prepare(src_keys, [len(s) for s in doc.src], doc.src_par, self.weights)
        tgt = prepare(tgt_keys, [len(s) for s in doc.tgt], doc.tgt_par, self.weights)
        ratio = doc_ratio(src, tgt, self.ratio)
        has_pars = doc.src_par is not None and doc.tgt_par is not None
        if has_pars and self.structure == "paragraphs-first":
            path = self._paragraphs_first(src, tgt, ratio)
        else:
            path = self._path(src, tgt, ratio, has_pars and self.structure == "penalise")
        return Solved(path, src, tgt, self.weights, ratio)

    def _paragraphs_first(self, src: Side, tgt: Side, ratio: float) -> list[Step]:
        """Align paragraphs, then sentences inside each aligned group of paragraphs."""
        s_groups, t_groups = _paragraph_spans(src), _paragraph_spans(tgt)
        s_par, t_par = _grouped(src, s_groups, self.weights), _grouped(tgt, t_groups, self.weights)
        path: list[Step] = []
        for pi, pj, di, dj, _ in self._path(s_par, t_par, ratio, False, self.paragraph_weights):
            i0 = s_groups[pi][0] if pi < len(s_groups) else len(src)
            j0 = t_groups[pj][0] if pj < len(t_groups) else len(tgt)
            i1 = s_groups[pi + di - 1][1] if di else i0
            j1 = t_groups[pj + dj - 1][1] if dj else j0
            for i, j, a, b, c in self._path(_slice(src, i0, i1), _slice(tgt, j0, j1), ratio, False):
                path.append((i + i0, j + j0, a, b, c))
        return path

    def _path(self, src: Side, tgt: Side, ratio: float, penalise: bool, weights: Weights | None = None) -> list[Step]:
        """Short documents: a band around the diagonal, widened where needed. Long ones:
        first align blocks of sentences (recursively), then search around that path."""
        weights = weights or self.weights

        def solve(bounds):
            return bead_path(src, tgt, weights, ratio, penalise, bounds, ALL_KINDS)

        n, m = len(src), len(tgt)
        if n + m <= COARSE_ABOVE or not n or not m:
            return adaptive_path(n, m, solve, limit=self.width)
        s_blocks, t_blocks = _blocks(n), _blocks(m)
        coarse = self._path(
            _grouped(src, s_blocks, weights), _grouped(tgt, t_blocks, weights),
            ratio, False, self.paragraph_weights,
        )
        return solve(_bounds_around(coarse, s_blocks, t_blocks, n, m))

    # -- a corpus -----------------------------------------------------------------------

    def align_many(self, docs: Sequence[AlignDoc]) -> list[list[Bead]]:
        """Align each document, learn stem pairs from the confident 1-1 beads, and align
        again with them the documents that have a bead below ``SURE``.

        A document whose beads are all sure keeps its first alignment: on the
        benchmark suites a full second pass changed the path of none of them
        (docs/alignment.md), and skipping them is most of what makes a corpus run
        fast. The second pass only adds the learned keys to the first pass's: the
        rest of the evidence does not change between passes, and neither do the warnings.
        """
        self.context.learned = {}  # learned from this corpus only
        caps = [self._check(d) for d in docs]
        sentences = [self._sentences(d) for d in docs]
        solved = [self._solve_sentences(d, *ss) for d, ss in zip(docs, sentences)]
        first = [_beads(s, cap) for s, cap in zip(solved, caps)]
        if not self.realign or "learned" not in self.components:
            return self.revise(docs, first, caps)
        pairs = (
            (src[b.src[0]].words, tgt[b.tgt[0]].words)
            for (src, tgt), beads in zip(sentences, first)
            for b in beads
            if b.kind == "1-1" and b.score >= LEARN_FROM
        )
        src_keys, tgt_keys = learn_pairs(pairs)
        if not src_keys:
            return self.revise(docs, first, caps)
        src_lang, tgt_lang = primary(self.src_lang), primary(self.tgt_lang)
        self.context.learned = {src_lang: src_keys, tgt_lang: tgt_keys}
        return self.revise(docs, [
            beads if all(b.score >= SURE for b in beads) else _beads(self._solve_keys(
                d,
                [k | learned_keys(t.words, src_lang, self.context) for k, t in zip(s.src.keys, src)],
                [k | learned_keys(t.words, tgt_lang, self.context) for k, t in zip(s.tgt.keys, tgt)],
            ), cap)
            for d, s, cap, beads, (src, tgt) in zip(docs, solved, caps, first, sentences)
        ], caps)


def _beads(solved: Solved, cap: float) -> list[Bead]:
    return [
        Bead(tuple(range(i, i + di)), tuple(range(j, j + dj)), round(min(conf, cap), 4))
        for (i, j, di, dj, _), conf in zip(solved.path, confidences(*solved))
    ]


def needs_review(bead: Bead, threshold: float = REVIEW_THRESHOLD) -> bool:
    return bead.score < threshold


def _paragraph_spans(side: Side) -> list[tuple[int, int]]:
    """[start, end) sentence range of each paragraph, in order."""
    starts = [i for i, s in enumerate(side.par_start) if s]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(side)])]


def _grouped(side: Side, spans: list[tuple[int, int]], weights: Weights) -> Side:
    """A side whose units are the given runs of sentences (paragraphs or blocks)."""
    keys = [frozenset().union(*side.keys[a:b]) for a, b in spans]
    lengths = [side.lengths[b] - side.lengths[a] for a, b in spans]
    return prepare(keys, lengths, None, weights, [b - a for a, b in spans])


def _blocks(n: int) -> list[tuple[int, int]]:
    return [(a, min(n, a + BLOCK)) for a in range(0, n, BLOCK)]


def _bounds_around(
    coarse: list[Step], s_blocks: list[tuple[int, int]], t_blocks: list[tuple[int, int]], n: int, m: int
) -> tuple[list[int], list[int]]:
    """Sentence-level DP bounds: each block bead's sentences may pair anywhere in its
    target blocks, give or take a block (block edges do not follow translations)."""
    los, his = [m] * (n + 1), [0] * (n + 1)
    for bi, bj, di, dj, _ in coarse:
        r0 = s_blocks[bi][0] if bi < len(s_blocks) else n
        r1 = s_blocks[bi + di - 1][1] if di else r0
        j0 = t_blocks[bj][0] if bj < len(t_blocks) else m
        j1 = t_blocks[bj + dj - 1][1] if dj else j0
        for r in range(r0, r1 + 1):
            los[r], his[r] = min(los[r], max(0, j0 - BLOCK)), max(his[r], min(m, j1 + BLOCK))
    for i in range(n - 1, -1, -1):
        los[i] = min(los[i], los[i + 1])
    for i in range(1, n + 1):
        his[i] = max(his[i], his[i - 1])
    los[0], his[n] = 0, m
    return los, his


def _slice(side: Side, a: int, b: int) -> Side:
    """Sentences a..b as a side of their own."""
    base = side.lengths[a]
    return Side(
        tuple(x - base for x in side.lengths[a : b + 1]),
        side.keys[a:b],
        tuple(x - side.mass[a] for x in side.mass[a : b + 1]),
        side.par_start[a:b],
        side.par[a:b],
        tuple(x - side.sentences[a] for x in side.sentences[a : b + 1]),
    )
