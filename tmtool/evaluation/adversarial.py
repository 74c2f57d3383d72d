"""Adversarial test sets: real parallel documents with the faults a ministry archive has.

Each perturbation takes a gold-aligned document and changes its target side (the
translation) the way abridged, padded or mismatched translations do, and says what
the right beads are afterwards:

* ``swap`` — one target sentence of a 1-1 bead replaced by a sentence of another
  document of about the same length: the source sentence is now a 1-0, the stranger a 0-1;
* ``drop-paragraph`` — one target paragraph of two or more sentences left out: its
  source sentences are 1-0;
* ``insert`` — a sentence of another document inserted between two beads: a 0-1;
* ``cross`` — two adjacent 1-1 beads whose target is re-cut at a clause boundary
  ("A, B. C." ↔ "A'. B'; C'."): one 2-2 bead, each 1-1 inside it a partial translation;
* ``other-document`` — the whole target replaced by another document with as many
  paragraphs (or the nearest number): every sentence is a deletion, no bead is right.

``perturbed`` applies one kind to a list of documents, seeded; ``trust`` counts what
a translation memory would take from an alignment: beads exported at or above the
review threshold that are wrong, and right beads held back below it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from tmtool.align.base import AlignDoc
from tmtool.align.evaluate import score
from tmtool.model import Bead

Case = tuple[AlignDoc, list[Bead]]


@dataclass(frozen=True)
class Block:
    """One gold bead with its sentences (either side may be empty: a deletion)."""

    src: tuple[str, ...]
    tgt: tuple[str, ...]
    src_par: tuple[int, ...]
    tgt_par: tuple[int, ...]


def blocks_of(case: Case) -> list[Block]:
    """The gold beads of a document (listed in document order) as blocks of sentences."""
    doc, gold = case
    spar = doc.src_par or (0,) * len(doc.src)
    tpar = doc.tgt_par or (0,) * len(doc.tgt)
    if [i for b in gold for i in b.src] != list(range(len(doc.src))) or \
            [j for b in gold for j in b.tgt] != list(range(len(doc.tgt))):
        raise ValueError(f"{doc.doc_id}: the gold beads do not cover the document in order")
    return [Block(tuple(doc.src[i] for i in b.src), tuple(doc.tgt[j] for j in b.tgt),
                  tuple(spar[i] for i in b.src), tuple(tpar[j] for j in b.tgt)) for b in gold]


def case_of(doc_id: str, blocks: Sequence[Block]) -> Case:
    """The document and gold beads that ``blocks`` describe."""
    src, tgt, spar, tpar, gold = [], [], [], [], []
    for b in blocks:
        i0, j0 = len(src), len(tgt)
        src += b.src
        tgt += b.tgt
        spar += b.src_par
        tpar += b.tgt_par
        if b.src and b.tgt:
            gold.append(Bead(tuple(range(i0, len(src))), tuple(range(j0, len(tgt))), 1.0))
        else:
            gold += [Bead((i,), (), 1.0) for i in range(i0, len(src))]
            gold += [Bead((), (j,), 1.0) for j in range(j0, len(tgt))]
    return AlignDoc(doc_id, tuple(src), tuple(tgt), tuple(spar), tuple(tpar)), gold


# -- perturbations: (blocks, other documents' blocks, rng) → blocks, or None when impossible --

Others = Sequence[Sequence[Block]]
Perturbation = Callable[[list[Block], Others, random.Random], "list[Block] | None"]


def _stranger(length: int, others: Others, rng: random.Random, taken: set[str]) -> str | None:
    """A target sentence of another document within 25 % of ``length`` characters (one of
    any length above 20 characters if none is)."""
    pool = [t for blocks in others for b in blocks for t in b.tgt if t not in taken and len(t) > 20]
    near = [t for t in pool if 0.8 * length <= len(t) <= 1.25 * length]
    return rng.choice(near or pool) if (near or pool) else None


def swap(blocks: list[Block], others: Others, rng: random.Random) -> list[Block] | None:
    ones = [k for k, b in enumerate(blocks) if len(b.src) == 1 and len(b.tgt) == 1 and len(b.tgt[0]) > 20]
    if not ones:
        return None
    k = rng.choice(ones)
    b = blocks[k]
    stranger = _stranger(len(b.tgt[0]), others, rng, {t for x in blocks for t in x.tgt})
    if stranger is None:
        return None
    return [*blocks[:k], Block(b.src, (), b.src_par, ()), Block((), (stranger,), (), b.tgt_par),
            *blocks[k + 1:]]


def drop_paragraph(blocks: list[Block], others: Others, rng: random.Random) -> list[Block] | None:
    sizes: dict[int, int] = {}
    for b in blocks:
        for p in b.tgt_par:
            sizes[p] = sizes.get(p, 0) + 1
    candidates = sorted(p for p, n in sizes.items() if n >= 2)
    if len(sizes) < 2 or not candidates:
        return None
    lost = rng.choice(candidates)
    out = []
    for b in blocks:
        keep = [(t, p) for t, p in zip(b.tgt, b.tgt_par) if p != lost]
        if b.src or keep:
            out.append(Block(b.src, tuple(t for t, _ in keep), b.src_par, tuple(p for _, p in keep)))
    return out


def insert(blocks: list[Block], others: Others, rng: random.Random) -> list[Block] | None:
    lengths = [len(t) for b in blocks for t in b.tgt]
    places = [k for k in range(1, len(blocks)) if blocks[k - 1].tgt]
    if not places or not lengths:
        return None
    stranger = _stranger(sum(lengths) // len(lengths), others, rng, {t for x in blocks for t in x.tgt})
    if stranger is None:
        return None
    k = rng.choice(places)
    return [*blocks[:k], Block((), (stranger,), (), (blocks[k - 1].tgt_par[-1],)), *blocks[k:]]


# A comma that ends a clause: both parts hold at least four words.
_CLAUSE = regex.compile(r"(?<=\w), (?=\p{L})")


def _recut(first: str, second: str) -> tuple[str, str] | None:
    """``first`` cut at a clause comma, its tail moved to the head of ``second`` (joined by a
    semicolon: one sentence still, as a segmenter would leave it)."""
    cuts = [m.start() for m in _CLAUSE.finditer(first)
            if len(first[: m.start()].split()) >= 4 and len(first[m.end():].split()) >= 4]
    if not cuts:
        return None
    k = cuts[len(cuts) // 2]
    head, tail = first[:k], first[k + 2:].rstrip(" .!?")
    return head + ".", tail[0].upper() + tail[1:] + "; " + second


def cross(blocks: list[Block], others: Others, rng: random.Random, count: int = 1) -> list[Block] | None:
    """Up to ``count`` crossings, at adjacent 1-1 beads of one paragraph (each bead used once)."""
    spots = [k for k in range(len(blocks) - 1)
             if all(len(b.src) == 1 and len(b.tgt) == 1 for b in blocks[k:k + 2])
             and blocks[k].tgt_par == blocks[k + 1].tgt_par and blocks[k].src_par == blocks[k + 1].src_par
             and _recut(blocks[k].tgt[0], blocks[k + 1].tgt[0])]
    rng.shuffle(spots)
    chosen: list[int] = []
    for k in spots:
        if len(chosen) < count and all(abs(k - c) >= 2 for c in chosen):
            chosen.append(k)
    if not chosen:
        return None
    out, k = [], 0
    while k < len(blocks):
        if k in chosen:
            a, b = blocks[k], blocks[k + 1]
            t1, t2 = _recut(a.tgt[0], b.tgt[0])  # type: ignore[misc]
            out.append(Block(a.src + b.src, (t1, t2), a.src_par + b.src_par, a.tgt_par + b.tgt_par))
            k += 2
        else:
            out.append(blocks[k])
            k += 1
    return out


def other_document(blocks: list[Block], others: Others, rng: random.Random) -> list[Block] | None:
    """The target replaced by another document's with as many paragraphs, or the nearest
    number (and, where one exists, within 30 % of its sentences)."""
    def paragraphs(bs: Sequence[Block]) -> int:
        return len({p for b in bs for p in b.tgt_par})

    count = sum(len(b.tgt) for b in blocks)
    donors = [o for o in others if any(b.tgt for b in o)]
    if not donors:
        return None
    gap = min(abs(paragraphs(o) - paragraphs(blocks)) for o in donors)
    same = [o for o in donors if abs(paragraphs(o) - paragraphs(blocks)) == gap]
    near = [o for o in same if 0.7 * count <= sum(len(b.tgt) for b in o) <= 1.3 * count]
    donor = rng.choice(near or same)
    return ([Block(b.src, (), b.src_par, ()) for b in blocks if b.src]
            + [Block((), (t,), (), (p,)) for b in donor for t, p in zip(b.tgt, b.tgt_par)])


PERTURBATIONS: dict[str, Perturbation] = {
    "swap": swap,
    "drop-paragraph": drop_paragraph,
    "insert": insert,
    "cross": cross,
    "other-document": other_document,
}
#: ``other-document`` replaces one document in this many: a corpus of mismatched pairs only is not a corpus.
OTHER_DOCUMENT_EVERY = 5


def perturbed(cases: Sequence[Case], kind: str, seed: int = 1, **options) -> tuple[list[Case], int]:
    """``cases`` with perturbation ``kind`` applied to each document it can be applied to
    (to one in ``OTHER_DOCUMENT_EVERY`` for ``other-document``), and how many were changed.
    ``options`` go to the perturbation (``cross``: ``count``)."""
    rng = random.Random(f"{seed}:{kind}")
    change = PERTURBATIONS[kind]
    all_blocks = [blocks_of(c) for c in cases]
    out, changed = [], 0
    for k, (case, blocks) in enumerate(zip(cases, all_blocks)):
        new = None
        if kind != "other-document" or k % OTHER_DOCUMENT_EVERY == OTHER_DOCUMENT_EVERY - 1:
            others = all_blocks[:k] + all_blocks[k + 1:]
            new = change(blocks, others, rng, **options)
        if new is None:
            out.append(case)
        else:
            out.append(case_of(case[0].doc_id, new))
            changed += 1
    return out, changed


@dataclass(frozen=True)
class Trust:
    """What a translation memory takes from an alignment, against the gold.

    A link bead is *exported* when its confidence is at least the threshold; it is
    *wrong* unless the gold holds exactly that bead (a partial translation is wrong).
    *Held right* counts right link beads below the threshold, of ``right`` right link beads.
    """

    exported: int
    wrong: int
    right: int
    held_right: int
    f1_strict: float
    f1_lax: float

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.exported if self.exported else 0.0

    @property
    def held_share(self) -> float:
        return self.held_right / self.right if self.right else 0.0


def trust(cases: Sequence[Case], predicted: Sequence[Sequence[Bead]], threshold: float) -> Trust:
    exported = wrong = right = held = 0
    for (_, gold), beads in zip(cases, predicted, strict=True):
        truth = {(g.src, g.tgt) for g in gold}
        for b in beads:
            if not (b.src and b.tgt):
                continue
            ok = (b.src, b.tgt) in truth
            right += ok
            if b.score >= threshold:
                exported += 1
                wrong += not ok
            else:
                held += ok
    s = score([g for _, g in cases], predicted)
    return Trust(exported, wrong, right, held, s.f1_strict, s.f1_lax)
