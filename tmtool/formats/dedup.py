"""Exact duplicates written once with a count; same source, different target flagged.

A stream cannot know, when it meets a unit, how many identical ones follow, so merging
takes two passes. The first keeps two 64-bit digests per unit (of the pair and of the
source) in sorted arrays — 16 bytes a unit, nothing else grows — and the second writes
each distinct pair once with its count. A one-shot iterator is spooled to a temporary
file between the passes, so the units themselves are never held in memory.
"""

from __future__ import annotations

import dataclasses
import heapq
import pickle
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from tmtool.model import Provenance, Unit

_MASK = (1 << 64) - 1
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Entry:
    """A unit as a file holds it: cleaned, in the export's direction, once per distinct pair."""

    unit: Unit
    count: int = 1  # how many identical units it stands for
    conflict: bool = False  # another entry has the same source and a different target


def _digests(unit: Unit) -> tuple[int, int]:
    # Python's string hash is 64-bit and stable within a process, which is all a
    # two-pass merge needs; a collision (~n²/2⁶⁵) would merge two different units.
    return hash((unit.source, unit.target)) & _MASK, hash(unit.source) & _MASK


def _sorted(values: array) -> array:
    """``values`` sorted, without turning all of them into Python ints at once.

    Empties ``values`` as soon as its sorted runs exist, so at most two copies are alive.
    """
    runs = [array("Q", sorted(values[i:i + _CHUNK])) for i in range(0, len(values), _CHUNK)]
    del values[:]
    return array("Q", heapq.merge(*runs))


def _count(values: array, key: int) -> int:
    return bisect_right(values, key) - bisect_left(values, key)


# Units are spooled as plain tuples: pickling the frozen dataclasses themselves
# costs several times more (their __getstate__ walks ``fields()`` per object).
_UNIT_FIELDS = tuple(f.name for f in dataclasses.fields(Unit))
_PROVENANCE_FIELDS = tuple(f.name for f in dataclasses.fields(Provenance))


def _spool(units: Iterable[Unit], fh: IO[bytes]) -> Iterator[Unit]:
    for unit in units:
        values = [getattr(unit, name) for name in _UNIT_FIELDS]
        values[_UNIT_FIELDS.index("provenance")] = tuple(getattr(unit.provenance, n) for n in _PROVENANCE_FIELDS)
        pickle.dump(values, fh, pickle.HIGHEST_PROTOCOL)
        yield unit


def _unspool(fh: IO[bytes]) -> Iterator[Unit]:
    fh.seek(0)
    while True:
        try:
            values = dict(zip(_UNIT_FIELDS, pickle.load(fh)))
        except EOFError:
            return
        values["provenance"] = Provenance(**dict(zip(_PROVENANCE_FIELDS, values["provenance"])))
        yield Unit(**values)


def merge(first: Iterable[Unit], second: Iterable[Unit], stats) -> Iterator[Entry]:
    """Entries for the units, first occurrence first. ``first`` and ``second`` are two
    passes over the same units; counts go to ``stats`` (``duplicates_merged``, ``conflicts``)."""
    pairs, sources = array("Q"), array("Q")
    for unit in first:
        pair, source = _digests(unit)
        pairs.append(pair)
        sources.append(source)
    pairs, sources = _sorted(pairs), _sorted(sources)
    written: set[int] = set()  # only digests of pairs that occur more than once
    for unit in second:
        pair, source = _digests(unit)
        count = _count(pairs, pair)
        if count > 1:
            if pair in written:
                stats.duplicates_merged += 1
                continue
            written.add(pair)
        conflict = _count(sources, source) > count
        stats.conflicts += conflict
        yield Entry(unit, count, conflict)


def merge_once(units: Iterator[Unit], stats) -> Iterator[Entry]:
    """``merge`` for a one-shot iterator: the first pass spools the units to a temporary file."""
    with tempfile.TemporaryFile(prefix="tmtool-export-") as spool:
        yield from merge(_spool(units, spool), _unspool(spool), stats)
