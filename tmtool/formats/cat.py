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
  translation"), so the target document is still right;
* except a leading number cut off on its own ("1." | "The sides agreed …", OmegaT's cut of
  a numbered list item): where the target starts with the same number, the number is its
  own unit, translated as itself, and the rest gets the rest of the target.

Without a preset (the default TMX) a numbered list item is written twice: whole ("1. The
sides agreed …" ↔ "1. Стороны договорились …"), what memoQ and Phrase look up, and its text
on its own (``item_texts``), what OmegaT and Trados look up after cutting the number off.

``CAT_PRESETS`` names the SRX files tmtool ships for CAT tools' default segmentations
(``--cat omegat``); ``cat_rules`` picks a preset's file or the user's own.

Units with inline codes are left as they are where they would be re-cut (codes cannot be split
along text), and so are units whose TMX data differ (two dates or sets of props cannot be merged);
units that share theirs (a TMX tmtool wrote: one export date) are re-cut and keep it.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import regex

from tmtool.errors import TmtoolError
from tmtool.formats.clean import clean_segment
from tmtool.formats.meta import CONTINUATION
from tmtool.model import Unit
from tmtool.registry import Registry
from tmtool.segment import get_segmenter

CONTINUATION_NOTE = "translated together with the previous segment"
Split = Callable[[str], list[str]]
_BEAD = regex.compile(r"(\d+)-(\d+)")
# A list item's number as a CAT tool cuts it off: "1.", "12)", "1.1", "2017".
_NUMBER = regex.compile(r"\p{Nd}+[\p{Nd}.)\]]*")
# A numbered list item, without a preset: "1. The", "12) The", "2.1. The" (not "2017 The": a year
# is a sentence's first word as often as a number of the list).
_ITEM = regex.compile(r"(\p{Nd}{1,3}(?:\.\p{Nd}{1,3})*[.)]) (?=\p{Lu})")
ITEM = "item"
ITEM_NOTE = "a numbered list item's text without its number (the whole item is a unit too)"

# Each CAT tool's default segmentation of a source document, as an SRX file written for tmtool
# (docs/formats.md says where each comes from and how it was checked).
CAT_PRESETS: Registry[Path] = Registry("CAT tool")
for _name in ("memoq", "omegat", "phrase", "trados"):
    CAT_PRESETS.register(_name)(Path(__file__).parent / "data" / "cat" / f"{_name}.srx")


def cat_rules(cat: str | None = None, cat_srx: str | None = None) -> str | None:
    """The SRX file to re-cut units along: the preset ``cat`` names, or the file ``cat_srx``."""
    if cat and cat_srx:
        raise TmtoolError("a CAT tool preset and a CAT SRX file exclude each other: give one")
    return str(CAT_PRESETS.get(cat)) if cat else cat_srx


def srx_split(srx_path: str, lang: str) -> Split:
    """The segments an SRX rule file (e.g. OmegaT's defaults) gives a paragraph."""
    segmenter = get_segmenter("srx", srx_path=srx_path)
    return lambda text: [s.text for s in segmenter.split(text, lang)]


def fit_units(units: Iterable[Unit], split: Split) -> Iterator[Unit]:
    """``units`` re-cut so each source is one segment of ``split`` (see the module doc).

    Units are taken paragraph by paragraph as they come (same release, kind and
    paragraph, consecutive); a paragraph whose segments cannot be located in it is
    passed through unchanged; ``item_texts``' units are left out.
    """
    def paragraph_of(unit: Unit):
        return unit.provenance.release_id, unit.kind, unit.paragraph

    # An item's text alone (``item_texts``, read back from a default TMX) is inside its whole item.
    units = (u for u in units if u.kind != ITEM)
    for _, group in itertools.groupby(units, key=paragraph_of):
        yield from _fit(list(group), split)


def item_texts(units: Iterable[Unit]) -> Iterator[Unit]:
    """``units``, each numbered list item followed by its text alone (kind ``item``, id
    ``<unit id>.item``) where the translation starts with the same number: "The sides agreed …"
    ↔ "Стороны договорились …" after "1. The sides agreed …" ↔ "1. Стороны договорились …".

    OmegaT and Trados cut an item's number off and look its text up; memoQ and Phrase look the
    whole item up. A TM for no tool in particular holds both, and the text alone also matches
    the same item under another number in another list."""
    for unit in units:
        if unit.kind == ITEM:
            continue  # read back from a TMX this wrote: made again from its whole item
        yield unit
        found = _ITEM.match(unit.source) if unit.kind == "body" else None
        if found and not (unit.source_markup or unit.target_markup) and unit.target.startswith(found[0]):
            yield dataclasses.replace(unit, unit_id=f"{unit.unit_id}.{ITEM}", source=unit.source[found.end():],
                                      target=unit.target[found.end():], kind=ITEM, notes=(*unit.notes, ITEM_NOTE))


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
    unit_id = "+".join(u.unit_id for u in units)
    target = " ".join(clean_segment(u.target) for u in units)
    number = pieces[0] if len(pieces) > 1 and _NUMBER.fullmatch(pieces[0]) else None
    if number and target.startswith(number + " "):
        # A list item's number is the same in the translation: giving it the whole target
        # would make "1." a 100% match for item 1 in every other list.
        item = _merged(units, f"{unit_id}.2", pieces[1], target[len(number) + 1:])
        return [_merged(units, unit_id, number, number), *_continued(item, unit_id, pieces[2:], 3)]
    return _continued(_merged(units, unit_id, pieces[0], target), unit_id, pieces[1:], 2)


def _merged(units: list[Unit], unit_id: str, source: str, target: str) -> Unit:
    """``units`` as one unit with this id, source and target."""
    return dataclasses.replace(
        units[0],
        unit_id=unit_id,
        source=source,
        target=target,
        bead=_bead_sum(units),
        score=min((u.score for u in units if u.score is not None), default=None),
        needs_review=any(u.needs_review for u in units),
        notes=tuple(dict.fromkeys(n for u in units for n in u.notes)),
    )


def _continued(unit: Unit, unit_id: str, pieces: list[str], first: int) -> list[Unit]:
    """``unit``, then ``pieces`` as its continuations (empty targets), ids ``unit_id.first``, …"""
    return [unit, *(
        dataclasses.replace(unit, unit_id=f"{unit_id}.{k}", source=piece, target="", kind=CONTINUATION,
                            notes=(*unit.notes, CONTINUATION_NOTE))
        for k, piece in enumerate(pieces, first))]


def _tmx_data(unit: Unit) -> tuple:
    return unit.tu, unit.source_tuv, unit.target_tuv


def _bead_sum(units: list[Unit]) -> str | None:
    counts = [_BEAD.fullmatch(u.bead or "") for u in units]
    if len(units) == 1 or not all(counts):
        return units[0].bead
    return f"{sum(int(m[1]) for m in counts)}-{sum(int(m[2]) for m in counts)}"
