"""XLIFF 2.0 (valid against the OASIS core schema): one ``<file>`` per release, streamed."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tmtool.errors import FormatError
from tmtool.formats.base import FORMATS, Entry, ExportHeader, Exporter, by_release
from tmtool.formats.meta import TOOL, build_unit, review_notes, split_notes, unit_meta, usable
from tmtool.formats.read import READERS, TmReader, iterparse, release, text_of
from tmtool.model import Unit
from tmtool.text import normalise_tag

NS = "urn:oasis:names:tc:xliff:document:2.0"


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@FORMATS.register("xliff2")
class Xliff2Exporter(Exporter):
    name = "xliff2"
    extension = "xliff"
    title = "XLIFF 2.0"

    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader) -> None:
        ids = itertools.count(1)
        with etree.xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration()
            root = {"version": "2.0", "srcLang": normalise_tag(header.src_lang),
                    "trgLang": normalise_tag(header.tgt_lang)}
            with xf.element(q("xliff"), root, nsmap={None: NS}):
                xf.write("\n")
                # ids must be NMTOKENs, which release and unit ids need not be: they go
                # to ``original`` and ``name``, and the ids are counters.
                for n, (release, group) in enumerate(by_release(entries), 1):
                    with xf.element(q("file"), id=f"f{n}", original=release):
                        xf.write("\n")
                        if header.signature:
                            xf.write(self._notes([(TOOL, f"signature: {header.signature}")]), pretty_print=True)
                        written = False
                        for entry in group:
                            xf.write(self._unit(entry, next(ids)), pretty_print=True)
                            written = True
                        if not written:  # a <file> needs a unit or group: an empty export
                            xf.write(etree.Element(q("group"), id="empty", nsmap={None: NS}), pretty_print=True)
                    xf.write("\n")

    @staticmethod
    def _notes(notes: list[tuple[str, str]]) -> etree._Element:
        el = etree.Element(q("notes"), nsmap={None: NS})
        for category, text in notes:
            etree.SubElement(el, q("note"), category=category).text = text
        return el

    def _unit(self, entry: Entry, n: int) -> etree._Element:
        unit = entry.unit
        el = etree.Element(q("unit"), id=f"u{n}", name=unit.unit_id, nsmap={None: NS})
        notes = [("review", note) for note in review_notes(entry)]
        notes += [(TOOL, f"{key}: {value}") for key, value in unit_meta(entry)]
        el.append(self._notes(notes))
        segment = etree.SubElement(el, q("segment"), state="initial" if unit.needs_review else "translated")
        etree.SubElement(segment, q("source")).text = unit.source
        etree.SubElement(segment, q("target")).text = unit.target
        return el


@READERS.register("xliff2")
class Xliff2Reader(TmReader):
    """XLIFF 2.x: each ``<segment>`` with a target (``name#n`` when a unit has several)."""

    name = "xliff2"

    def read(self, path: Path) -> Iterator[Unit]:
        langs = (self.src_lang, self.tgt_lang)
        for event, el in iterparse(path, (q("xliff"), q("file"), q("unit")), events=("start", "end")):
            if el.tag == q("xliff") and event == "start":
                langs = (el.get("srcLang") or self.src_lang, el.get("trgLang") or self.tgt_lang)
            elif el.tag == q("unit") and event == "end":
                yield from self._units(el, langs, path)
                release(el)
            elif el.tag == q("file") and event == "end":
                release(el)

    def _units(self, unit, langs, path: Path) -> Iterator[Unit]:
        notes = unit.iterfind(f"{q('notes')}/{q('note')}")
        meta, notes = split_notes((n.get("category") == TOOL, n.text or "") for n in notes)
        segments = [(s.find(q("source")), s.find(q("target"))) for s in unit.findall(q("segment"))]
        try:
            segments = [(text_of(s), text_of(t)) for s, t in segments if s is not None and t is not None]
        except FormatError as exc:
            raise FormatError(f"{path}: {exc}") from None
        base = unit.get("name") or unit.get("id")
        for n, (source, target) in enumerate(segments, 1):
            built = build_unit(meta, unit_id=base if len(segments) == 1 else f"{base}#{n}", source=source,
                               target=target, src_lang=langs[0] or "", tgt_lang=langs[1] or "", notes=notes,
                               path=str(path))
            if usable(built):
                yield built
