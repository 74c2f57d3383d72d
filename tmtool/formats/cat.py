"""Re-cut units along a CAT tool's own segmentation, so that it finds an exact match for
every segment of the source document.

A CAT tool looks a TM up one segment at a time, segmenting the document with its own
rules (OmegaT: its SRX file). Where those rules cut differently from tmtool's, a unit
never matches: OmegaT keeps ``ground.” The meeting`` in one segment where tmtool made two
units, and splits a 2-1 bead's two English sentences that share one Russian sentence.
``fit_units`` re-cuts each paragraph's units on the boundaries the two segmentations
share:

* several units inside one CAT segment are merged (sources and targets joined);
* a unit the CAT tool cuts into several segments gives the whole target to the first
  and an *empty* target to the others, with ``kind="continuation"`` — what a translator
  does in OmegaT when two source sentences become one target sentence ("empty
  translation"), so the target document is still right.

Units with inline codes are left as they are where they would be re-cut (codes cannot be split
along text), and so are units whose TMX data differ (two dates or sets of props cannot be merged);
units that share theirs (a TMX tmtool wrote: one export date) are re-cut and keep it.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Iterator

import regex

from tmtool.formats.clean import clean_segment
from tmtool.formats.meta import CONTINUATION
from tmtool.model import Unit
from tmtool.segment import get_segmenter

CONTINUATION_NOTE = "translated together with the previous segment"
Split = Callable[[str], list[str]]
_BEAD = regex.compile(r"(\d+)-(\d+)")


def srx_split(srx_path: str, lang: str) -> Split:
    """The segments an SRX rule file (e.g. OmegaT's defaults) gives a paragraph."""
    segmenter = get_segmenter("srx", srx_path=srx_path)
    return lambda text: [s.text for s in segmenter.split(text, lang)]


def fit_units(units: Iterable[Unit], split: Split) -> Iterator[Unit]:
    """``units`` re-cut so each source is one segment of ``split`` (see the module doc).

    Units are taken paragraph by paragraph as they come (same release, kind and
    paragraph, consecutive); a paragraph whose segments cannot be located in it is
    passed through unchanged.
    """
    def paragraph_of(unit: Unit):
        return unit.provenance.release_id, unit.kind, unit.paragraph

    for _, group in itertools.groupby(units, key=paragraph_of):
        yield from _fit(list(group), split)


def _fit(group: list[Unit], split: Split) -> list[Unit]:
    sources = [clean_segment(u.source) for u in group]
    joined = " ".join(sources)
    unit_ends = list(itertools.accumulate(len(s) + 1 for s in sources))
    unit_ends = [end - 1 for end in unit_ends]
    pieces, cursor = [], 0
    for text in split(joined):
        start = joined.find(text, cursor)
        if start < 0:
            return group
        cursor = start + len(text)
        pieces.append((text, cursor))
    if not pieces or pieces[-1][1] != unit_ends[-1]:
        return group
    out, i, j = [], 0, 0
    while i < len(group):
        run_units, run_pieces = [group[i]], [pieces[j]]
        while unit_ends[i] != run_pieces[-1][1]:
            if unit_ends[i] < run_pieces[-1][1]:
                i += 1
                run_units.append(group[i])
            else:
                j += 1
                run_pieces.append(pieces[j])
        out.extend(_recut(run_units, [text for text, _ in run_pieces]))
        i, j = i + 1, j + 1
    return out


def _recut(units: list[Unit], pieces: list[str]) -> list[Unit]:
    if len(units) == 1 and len(pieces) == 1:
        return units
    if any(u.source_markup or u.target_markup for u in units) or len({_tmx_data(u) for u in units}) > 1:
        return units  # re-cutting would have to split inline codes, or merge different TMX data
    first = units[0]
    merged = dataclasses.replace(
        first,
        unit_id="+".join(u.unit_id for u in units),
        source=pieces[0],
        target=" ".join(clean_segment(u.target) for u in units),
        bead=_bead_sum(units),
        score=min((u.score for u in units if u.score is not None), default=None),
        needs_review=any(u.needs_review for u in units),
        notes=tuple(dict.fromkeys(n for u in units for n in u.notes)),
    )
    rest = [
        dataclasses.replace(merged, unit_id=f"{merged.unit_id}.{k}", source=piece, target="", kind=CONTINUATION,
                            notes=(*merged.notes, CONTINUATION_NOTE))
        for k, piece in enumerate(pieces[1:], 2)
    ]
    return [merged, *rest]


def _tmx_data(unit: Unit) -> tuple:
    return unit.tu, unit.source_tuv, unit.target_tuv


def _bead_sum(units: list[Unit]) -> str | None:
    counts = [_BEAD.fullmatch(u.bead or "") for u in units]
    if len(units) == 1 or not all(counts):
        return units[0].bead
    return f"{sum(int(m[1]) for m in counts)}-{sum(int(m[2]) for m in counts)}"
