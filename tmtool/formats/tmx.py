"""TMX 1.4b, written with lxml's incremental writer so memory does not grow with the units."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tmtool.formats.base import FORMATS, Entry, ExportHeader, Exporter
from tmtool.formats.meta import build_unit, review_notes, unit_meta, usable
from tmtool.formats.read import READERS, TmReader, iterparse, release, text_of
from tmtool.model import Unit
from tmtool.text import normalise_tag

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'


def tmx_date(value) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


@FORMATS.register("tmx")
class TmxExporter(Exporter):
    name = "tmx"
    extension = "tmx"
    title = "TMX 1.4b"

    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader) -> None:
        created = tmx_date(header.created)
        with etree.xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration()
            xf.write_doctype(DOCTYPE)
            with xf.element("tmx", version="1.4"):
                xf.write("\n")
                hdr = etree.Element(
                    "header",
                    creationtool="tmtool",
                    creationtoolversion=header.tool_version,
                    segtype=header.segtype,
                    adminlang="en",
                    srclang=normalise_tag(header.src_lang),
                    datatype="plaintext",
                    creationdate=created,
                )
                # o-tmf names the TM format the data came from: tmtool's own store.
                hdr.set("o-tmf", "tmtool")
                if header.signature:
                    etree.SubElement(hdr, "prop", type="x-tmtool-signature").text = header.signature
                xf.write(hdr, pretty_print=True)
                with xf.element("body"):
                    xf.write("\n")
                    for entry in entries:
                        xf.write(self._tu(entry, created), pretty_print=True)

    def _tu(self, entry: Entry, created: str) -> etree._Element:
        unit = entry.unit
        tu = etree.Element("tu", tuid=unit.unit_id, creationdate=created)
        for key, value in unit_meta(entry):
            etree.SubElement(tu, "prop", type=f"x-{key}").text = value
        for note in review_notes(entry):
            etree.SubElement(tu, "note").text = note
        for lang, text in ((unit.src_lang, unit.source), (unit.tgt_lang, unit.target)):
            tuv = etree.SubElement(tu, "tuv")
            tuv.set(XML_LANG, lang)
            etree.SubElement(tuv, "seg").text = text
        return tu


@READERS.register("tmx")
class TmxReader(TmReader):
    """Any TMX 1.x: one unit per target ``<tuv>`` of each ``<tu>`` (``tuid#lang`` when several)."""

    name = "tmx"

    def read(self, path: Path) -> Iterator[Unit]:
        srclang, n = self.src_lang, 0
        for _, el in iterparse(path, ("header", "tu")):
            if el.tag == "header":
                srclang = srclang or el.get("srclang")
                continue
            n += 1
            yield from self._units(el, srclang, n, path)
            release(el)

    def _units(self, tu, srclang: str | None, n: int, path: Path) -> Iterator[Unit]:
        tuvs = [(t.get(XML_LANG) or t.get("lang") or "", t.find("seg")) for t in tu.findall("tuv")]
        tuvs = [(lang, text_of(seg)) for lang, seg in tuvs if seg is not None]
        want = tu.get("srclang") or srclang
        if not want or want == "*all*":
            want = tuvs[0][0] if tuvs else ""
        source = next(((lang, text) for lang, text in tuvs if lang.lower() == want.lower()), None)
        if source is None:
            return
        targets = [(lang, text) for lang, text in tuvs if lang.lower() != want.lower()]
        if self.tgt_lang:
            targets = [(lang, text) for lang, text in targets if lang.lower() == self.tgt_lang.lower()]
        props = ((p.get("type", ""), p.text or "") for p in tu.findall("prop"))
        meta = {kind[2:]: value for kind, value in props if kind.startswith("x-")}
        notes = [note.text or "" for note in tu.findall("note")]
        tuid = tu.get("tuid") or f"{path.stem}:{n}"
        for lang, text in targets:
            unit = build_unit(meta, unit_id=tuid if len(targets) == 1 else f"{tuid}#{lang}", source=source[1],
                              target=text, src_lang=source[0], tgt_lang=lang, notes=notes, path=str(path))
            if usable(unit):
                yield unit
