"""A reviewer's edits of a pair's alignment, as pure functions on its list of beads.

Every edit replaces a run of neighbouring beads by another run covering the same
sentences (``Change``), so the alignment stays in order and whole, and an edit can be
undone by putting the run it replaced back, wherever later edits have left it.
The store (``Store.merge``, ``split``, ``move``, ``mark_gap``, ``edit_text``, ``undo``)
applies them, one transaction each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tmtool.errors import StoreError

#: Where ``move`` sends a bead's sentence: its first to the previous bead, or its last to the next.
DIRECTIONS = ("previous", "next")
SIDES = ("src", "tgt")


@dataclass(frozen=True, slots=True)
class ReviewBead:
    """One bead of a stored alignment as a review edits it: sentence indices of each side, the
    aligner's confidence (for a bead a reviewer made, that of the bead(s) it came from), whether
    it is held for review, whether a reviewer made it, and the reviewer's text of a side (None:
    its sentences)."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float
    unsure: bool
    edited: bool = False
    src_text: str | None = None
    tgt_text: str | None = None

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    def same_place(self, other: ReviewBead) -> bool:
        """The same sentences and texts (a re-run may have changed the confidence)."""
        return (self.src, self.tgt, self.src_text, self.tgt_text) == (other.src, other.tgt, other.src_text,
                                                                      other.tgt_text)

    def as_json(self) -> list:
        return [list(self.src), list(self.tgt), self.score, self.unsure, self.edited, self.src_text, self.tgt_text]

    @classmethod
    def from_json(cls, data: list) -> ReviewBead:
        src, tgt, score, unsure, edited, src_text, tgt_text = data
        return cls(tuple(src), tuple(tgt), score, unsure, edited, src_text, tgt_text)


@dataclass(frozen=True, slots=True)
class Change:
    """Beads ``at``… ``at + len(removed)`` replaced by ``added``."""

    at: int
    removed: tuple[ReviewBead, ...]
    added: tuple[ReviewBead, ...]

    def applied(self, links: Sequence[ReviewBead]) -> list[ReviewBead]:
        return [*links[:self.at], *self.added, *links[self.at + len(self.removed):]]

    def as_json(self) -> dict:
        return {"at": self.at, "removed": [k.as_json() for k in self.removed],
                "added": [k.as_json() for k in self.added]}

    @classmethod
    def from_json(cls, data: dict) -> Change:
        return cls(data["at"], tuple(map(ReviewBead.from_json, data["removed"])), tuple(map(ReviewBead.from_json, data["added"])))


def _made(src: tuple[int, ...], tgt: tuple[int, ...], score: float) -> ReviewBead:
    return ReviewBead(src, tgt, score, unsure=False, edited=True)


def merge(links: Sequence[ReviewBead], i: int) -> Change:
    """Bead ``i`` and the next become one bead."""
    if i + 1 >= len(links):
        raise StoreError("the last bead of a release has no next bead to merge with")
    a, b = links[i], links[i + 1]
    if a.src_text or a.tgt_text or b.src_text or b.tgt_text:
        raise StoreError("a bead whose text was edited cannot be merged; undo the text edit first")
    return Change(i, (a, b), (_made(a.src + b.src, a.tgt + b.tgt, min(a.score, b.score)),))


def split(links: Sequence[ReviewBead], i: int, src_at: int, tgt_at: int) -> Change:
    """Bead ``i`` becomes two: its first ``src_at`` source and ``tgt_at`` target sentences, then the rest."""
    bead = links[i]
    if not (0 <= src_at <= len(bead.src) and 0 <= tgt_at <= len(bead.tgt)):
        raise StoreError(f"a {bead.kind} bead cannot be split after {src_at} source and {tgt_at} target sentences")
    first, rest = (bead.src[:src_at], bead.tgt[:tgt_at]), (bead.src[src_at:], bead.tgt[tgt_at:])
    if not any(first) or not any(rest):
        raise StoreError("a split must leave a sentence on each side of the cut")
    if bead.src_text or bead.tgt_text:
        raise StoreError("a bead whose text was edited cannot be split; undo the text edit first")
    return Change(i, (bead,), (_made(*first, bead.score), _made(*rest, bead.score)))


def move(links: Sequence[ReviewBead], i: int, side: str, direction: str) -> Change:
    """The first sentence of a side of bead ``i`` goes to the previous bead, or its last to the next
    (a bead left with no sentence goes)."""
    if side not in SIDES or direction not in DIRECTIONS:
        raise StoreError(f"a sentence moves on side {'/'.join(SIDES)} to the {'/'.join(DIRECTIONS)} bead")
    j = i - 1 if direction == "previous" else i + 1
    if not 0 <= j < len(links):
        raise StoreError(f"bead has no {direction} bead to move a sentence to")
    bead, other = links[i], links[j]
    if any(k.src_text or k.tgt_text for k in (bead, other)):
        raise StoreError("a bead whose text was edited cannot give or take a sentence; undo the text edit first")
    sentences = getattr(bead, side)
    if not sentences:
        raise StoreError(f"the bead has no {'source' if side == 'src' else 'target'} sentence to move")
    sentence, left = (sentences[:1], sentences[1:]) if direction == "previous" else (sentences[-1:], sentences[:-1])
    taken = getattr(other, side) + sentence if direction == "previous" else sentence + getattr(other, side)
    bead = _made(*((left, bead.tgt) if side == "src" else (bead.src, left)), bead.score)
    other = _made(*((taken, other.tgt) if side == "src" else (other.src, taken)), other.score)
    pair = (other, bead) if direction == "previous" else (bead, other)
    return Change(min(i, j), (links[min(i, j)], links[max(i, j)]), tuple(k for k in pair if k.src or k.tgt))


def mark_gap(links: Sequence[ReviewBead], i: int) -> Change:
    """Bead ``i``'s sentences are translations of nothing on the other side: each its own 1-0 or 0-1 bead."""
    bead = links[i]
    if len(bead.src) + len(bead.tgt) == 1:
        raise StoreError(f"the bead is already a {bead.kind}")
    return Change(i, (bead,), tuple([_made((s,), (), bead.score) for s in bead.src]
                                    + [_made((), (t,), bead.score) for t in bead.tgt]))


def edit_text(links: Sequence[ReviewBead], i: int, src_text: str | None, tgt_text: str | None) -> Change:
    """Bead ``i`` with the reviewer's text for a side (None: unchanged); it must have both sides."""
    bead = links[i]
    if not bead.src or not bead.tgt:
        raise StoreError(f"a {bead.kind} bead is no unit: it has no text to edit")
    edited = replace(bead, edited=True, unsure=False,
                     src_text=bead.src_text if src_text is None else src_text,
                     tgt_text=bead.tgt_text if tgt_text is None else tgt_text)
    return Change(i, (bead,), (edited,))


def undone(links: Sequence[ReviewBead], change: Change) -> Change:
    """The change that undoes ``change`` on ``links`` (where later edits may have moved its beads)."""
    n = len(change.added)
    starts = [change.at] + [k for k in range(len(links) - n + 1) if k != change.at]
    for start in starts:
        here = links[start:start + n]
        if len(here) == n and all(a.same_place(b) for a, b in zip(here, change.added)):
            return Change(start, tuple(here), change.removed)
    raise StoreError("a later edit changed the beads this edit made; undo that one first")
