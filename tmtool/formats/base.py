"""The exporter interface and registry.

Every format inherits the same preparation, so all four files of a run hold the same
units: each unit is turned to the header's language direction, cleaned
(``tmtool.formats.clean``), and exact duplicates are merged (``tmtool.formats.dedup``).
A subclass only writes ``Entry`` records.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tmtool import __version__
from tmtool.atomic import atomic_output
from tmtool.errors import FormatError
from tmtool.formats.clean import Cleaner
from tmtool.formats.dedup import Entry, merge, merge_once
from tmtool.formats.inline import plain
from tmtool.formats.meta import usable
from tmtool.model import Content, Provenance, Unit
from tmtool.registry import Registry
from tmtool.text import normalise_tag, same_language

FORMATS: Registry[type[Exporter]] = Registry("format")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class ExportHeader:
    """What every export states about itself.

    ``segtype`` is TMX's: ``paragraph`` tells a CAT tool it may re-segment the units
    with its own rules (OmegaT does, when its sentence segmentation is on).
    """

    src_lang: str
    tgt_lang: str
    signature: str = ""
    created: dt.datetime = field(default_factory=_now)
    tool_version: str = __version__
    segtype: str = "sentence"


@dataclass(slots=True)
class ExportStats:
    """What one export wrote and changed; the run report includes it."""

    units: int = 0  # units written
    duplicates_merged: int = 0  # units not written because an identical one was
    conflicts: int = 0  # units written whose source has another, different target
    empty_skipped: int = 0  # units with nothing left on one side after cleaning
    chars_replaced: int = 0  # characters XML cannot carry, replaced
    segments_whitespace: int = 0  # segments trimmed or with whitespace runs collapsed
    # What the format could not carry (only units read from TM files have any of it):
    inline_codes_dropped: int = 0  # inline codes (tags) left out: PO has none; their text is kept
    details_dropped: int = 0  # parts of a code or TMX datum the format has no place for (see docs/formats.md)

    def as_dict(self) -> dict[str, int]:
        """Every count; those of what a format could not carry only when there is any, so that a run's
        report (whose units never have codes) keeps its shape."""
        counts = dataclasses.asdict(self)
        return {k: v for k, v in counts.items() if v or k not in _LOSSES}


_LOSSES = ("inline_codes_dropped", "details_dropped")


class Preparer:
    """Turns units to the export's direction (either side may be its source) and cleans
    them, counting what cleaning changed and which units it left empty."""

    def __init__(self, header: ExportHeader):
        self.header = header
        self.src_lang, self.tgt_lang = normalise_tag(header.src_lang), normalise_tag(header.tgt_lang)
        self.cleaner = Cleaner()
        self.empty_skipped = 0
        self._swap: dict[tuple[str, str], bool] = {}
        self._provenance: tuple[Provenance | None, Provenance | None] = (None, None)

    def __call__(self, units: Iterable[Unit]) -> Iterator[Unit]:
        for unit in units:
            unit = self.prepare(unit)
            if usable(unit):
                yield unit
            else:
                self.empty_skipped += 1

    def prepare(self, unit: Unit) -> Unit:
        sides = [(unit.source, unit.source_markup, unit.source_tuv),
                 (unit.target, unit.target_markup, unit.target_tuv)]
        if self._swapped(unit):
            sides.reverse()
        (source, source_markup), (target, target_markup) = (self._side(text, markup) for text, markup, _ in sides)
        value, tmx_data = self.cleaner.value, self.cleaner.tmx_data
        return Unit(
            unit_id=unit.unit_id, source=source, target=target,
            src_lang=self.src_lang, tgt_lang=self.tgt_lang, provenance=self._cleaned(unit.provenance),
            kind=unit.kind, paragraph=unit.paragraph, bead=unit.bead, score=unit.score,
            needs_review=unit.needs_review, notes=tuple(n for n in map(value, unit.notes) if n),
            source_markup=source_markup, target_markup=target_markup, tu=tmx_data(unit.tu),
            source_tuv=tmx_data(sides[0][2]), target_tuv=tmx_data(sides[1][2]),
        )

    def _side(self, text: str, markup: Content | None) -> tuple[str, Content | None]:
        """A side's cleaned text and markup; with markup, the text is the markup's."""
        if markup is None:
            return self.cleaner.segment(text), None
        markup = self.cleaner.markup(markup)
        return plain(markup), markup

    def _swapped(self, unit: Unit) -> bool:
        key = (unit.src_lang, unit.tgt_lang)
        if key not in self._swap:
            h = self.header
            if same_language(unit.src_lang, h.src_lang) and same_language(unit.tgt_lang, h.tgt_lang):
                self._swap[key] = False
            elif same_language(unit.tgt_lang, h.src_lang) and same_language(unit.src_lang, h.tgt_lang):
                self._swap[key] = True
            else:
                raise FormatError(f"unit {unit.unit_id}: languages {unit.src_lang}/{unit.tgt_lang} do not "
                                  f"match the export's {h.src_lang}/{h.tgt_lang}")
        return self._swap[key]

    def _cleaned(self, p: Provenance) -> Provenance:
        # A release's units come together: clean its provenance once, not once per unit.
        if p != self._provenance[0]:
            value = self.cleaner.value
            self._provenance = (p, dataclasses.replace(p, title=value(p.title), release_id=value(p.release_id),
                                                       url=value(p.url) if p.url else p.url))
        return self._provenance[1]


class Exporter(ABC):
    """Writes units to one file format. Subclasses implement ``write_entries``."""

    name: str = ""
    extension: str = ""
    title: str = ""  # the format and version, as a user reads it (XLIFF 1.2, XLIFF 2.0…)

    def write(self, units: Iterable[Unit], path: str | Path, header: ExportHeader,
              merge_duplicates: bool = True) -> ExportStats:
        """Write all units to ``path`` atomically (the file appears only when complete)."""
        with atomic_output(path) as fh:
            return self.write_stream(units, fh, header, merge_duplicates)

    def write_stream(self, units: Iterable[Unit], fh: BinaryIO, header: ExportHeader,
                     merge_duplicates: bool = True) -> ExportStats:
        """Write all units to an open binary file; memory does not grow with the units
        (merging duplicates keeps its digests in a temporary SQLite file, see ``tmtool.formats.dedup``)."""
        stats, counted = ExportStats(), Preparer(header)
        if not merge_duplicates:
            entries = (Entry(u) for u in counted(units))
        elif isinstance(units, Iterator):
            entries = merge_once(counted(units), stats)
        else:  # a collection can be read twice: cheaper than spooling it
            entries = merge(Preparer(header)(units), counted(units), stats)
        self.write_entries(_counted(entries, stats), fh, header, stats)
        stats.empty_skipped = counted.empty_skipped
        stats.chars_replaced = counted.cleaner.counts.chars_replaced
        stats.segments_whitespace = counted.cleaner.counts.segments_whitespace
        return stats

    @abstractmethod
    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader,
                      stats: ExportStats) -> None:
        """Write the prepared entries to an open binary file, counting in ``stats`` what the format
        cannot carry (``inline_codes_dropped``, ``details_dropped``)."""


def _counted(entries: Iterable[Entry], stats: ExportStats) -> Iterator[Entry]:
    for entry in entries:
        stats.units += 1
        yield entry


def by_release(entries: Iterable[Entry]) -> Iterator[tuple[str, Iterator[Entry]]]:
    """Runs of entries of one release, lazily; at least one (empty) run, because XLIFF
    files need a ``<file>`` even when there is nothing to put in it."""
    groups = itertools.groupby(entries, key=lambda e: e.unit.provenance.release_id)
    first = next(groups, None)
    if first is None:
        yield "", iter(())
        return
    yield first
    yield from groups


def get_exporter(name: str) -> Exporter:
    return FORMATS.get(name)()


def export_units(units: Iterable[Unit], path: str | Path, fmt: str, header: ExportHeader,
                 merge_duplicates: bool = True) -> ExportStats:
    """Write ``units`` to ``path`` in format ``fmt`` (a name in ``FORMATS``)."""
    return get_exporter(fmt).write(units, path, header, merge_duplicates)
