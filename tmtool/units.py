"""The units step: a pair's beads → the translation units the store keeps and the exports write."""

from __future__ import annotations

from collections.abc import Sequence

from tmtool.model import Bead, Provenance, ReleasePair, Segment, Unit

NEEDS_REVIEW_NOTE = "needs review: low alignment confidence"


def units_of(pair: ReleasePair, src: Sequence[Segment], tgt: Sequence[Segment], beads: Sequence[Bead],
           review_threshold: float, provenance: Provenance) -> tuple[Unit, ...]:
    """All units of a pair: the titles, then one per bead with both sides (unsure ones flagged).

    A body unit's id is its bead's, ``<pair_id>-<bead number from 1>``; the title's is ``<pair_id>-0``.
    """
    units = []
    # The two titles are one unit however differently they are phrased: structure, not text.
    if pair.src.title and pair.tgt.title:
        units.append(Unit(f"{pair.pair_id}-0", pair.src.title, pair.tgt.title, pair.src.lang, pair.tgt.lang,
                          provenance, kind="title", bead="title"))
    for n, bead in enumerate(beads, 1):
        if not bead.src or not bead.tgt:
            continue  # an omitted or added sentence: kept in the store and the review page, never a unit
        unsure = bead.score < review_threshold
        units.append(Unit(
            unit_id=f"{pair.pair_id}-{n}",
            source=" ".join(src[i].text for i in bead.src),
            target=" ".join(tgt[j].text for j in bead.tgt),
            src_lang=pair.src.lang, tgt_lang=pair.tgt.lang, provenance=provenance,
            kind="body", paragraph=src[bead.src[0]].paragraph, bead=bead.kind, score=round(bead.score, 3),
            needs_review=unsure, notes=(NEEDS_REVIEW_NOTE,) if unsure else (),
        ))
    return tuple(units)
