"""Exact duplicates written once with a count; same source, different target flagged.
Two segments are the same when their text and their inline codes are.

A stream cannot know, when it meets a unit, how many identical ones follow, so merging
takes two passes. The first records two 64-bit digests per unit (of the pair and of the
source) in an indexed SQLite table in a temporary file, so memory stays flat however many
units there are (SQLite's page cache is bounded); the second pass writes each distinct pair
once with its count. A one-shot iterator is spooled to a temporary file between the
passes, so the units themselves are never held in memory either.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from tmtool.model import Provenance, Unit


@dataclass(frozen=True, slots=True)
class Entry:
    """A unit as a file holds it: cleaned, in the export's direction, once per distinct pair."""

    unit: Unit
    count: int = 1  # how many identical units it stands for
    conflict: bool = False  # another entry has the same source and a different target


def _digests(unit: Unit) -> tuple[int, int]:
    # Python's string hash is a signed 64-bit integer (SQLite's INTEGER) and stable within a
    # process, which is all a two-pass merge needs; a collision (~n²/2⁶⁵) would merge two units.
    # Inline codes are part of a segment: the same text with other codes is another segment.
    source = (unit.source, unit.source_markup)
    return hash((source, unit.target, unit.target_markup)), hash(source)


@contextlib.contextmanager
def _digest_table() -> Iterator[sqlite3.Connection]:
    with tempfile.TemporaryDirectory(prefix="tmtool-merge-") as folder:
        db = sqlite3.connect(os.path.join(folder, "digests.db"))
        try:
            # A scratch file: nothing to recover after a crash, so no journal and no syncing.
            db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                             "CREATE TABLE units (pair INTEGER, source INTEGER);"
                             "CREATE TABLE written (pair INTEGER PRIMARY KEY);")
            yield db
        finally:
            db.close()


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
    with _digest_table() as db:
        db.executemany("INSERT INTO units VALUES (?, ?)", (_digests(unit) for unit in first))
        db.executescript("CREATE INDEX by_pair ON units (pair); CREATE INDEX by_source ON units (source);")
        for unit in second:
            pair, source = _digests(unit)
            (count,) = db.execute("SELECT count(*) FROM units WHERE pair = ?", (pair,)).fetchone()
            if count > 1:
                if db.execute("INSERT OR IGNORE INTO written VALUES (?)", (pair,)).rowcount == 0:
                    stats.duplicates_merged += 1
                    continue
            (same_source,) = db.execute("SELECT count(*) FROM units WHERE source = ?", (source,)).fetchone()
            conflict = same_source > count
            stats.conflicts += conflict
            yield Entry(unit, count, conflict)


def merge_once(units: Iterator[Unit], stats) -> Iterator[Entry]:
    """``merge`` for a one-shot iterator: the first pass spools the units to a temporary file."""
    with tempfile.TemporaryFile(prefix="tmtool-export-") as spool:
        yield from merge(_spool(units, spool), _unspool(spool), stats)
