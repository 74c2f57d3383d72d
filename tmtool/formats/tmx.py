"""TMX 1.4b, written with lxml's incremental writer so memory does not grow with the units."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from lxml import etree

from tmtool.formats.base import FORMATS, ExportHeader, Exporter, ExportStats
from tmtool.formats.clean import clean_segment, xml_safe
from tmtool.model import Unit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'


def _tmx_date(value) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


def _props(unit: Unit) -> list[tuple[str, str]]:
    p = unit.provenance
    props = [("x-release-id", p.release_id)]
    if p.date:
        props.append(("x-release-date", p.date.isoformat()))
    props.append(("x-release-title", p.title))
    if p.url:
        props.append(("x-url", p.url))
    props.append(("x-unit-kind", unit.kind))
    if unit.paragraph is not None:
        props.append(("x-paragraph", str(unit.paragraph)))
    props.append(("x-bead", unit.bead))
    props.append(("x-alignment-score", f"{unit.score:.3f}"))
    return props


@FORMATS.register("tmx")
class TmxExporter(Exporter):
    name = "tmx"
    extension = "tmx"

    def write_stream(self, units: Iterable[Unit], fh: BinaryIO, header: ExportHeader) -> ExportStats:
        stats = ExportStats()
        created = _tmx_date(header.created)
        with etree.xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration()
            xf.write_doctype(DOCTYPE)
            with xf.element("tmx", version="1.4"):
                hdr = etree.Element(
                    "header",
                    creationtool="tmtool",
                    creationtoolversion=header.tool_version,
                    segtype="sentence",
                    adminlang="en",
                    srclang=header.src_lang,
                    datatype="plaintext",
                    creationdate=created,
                )
                hdr.set("o-tmf", "tmtool")
                if header.signature:
                    prop = etree.SubElement(hdr, "prop", type="x-tmtool-signature")
                    prop.text = header.signature
                xf.write(hdr, pretty_print=True)
                with xf.element("body"):
                    for unit in units:
                        xf.write(self._tu(unit, created), pretty_print=True)
                        stats.units += 1
        return stats

    def _tu(self, unit: Unit, created: str) -> etree._Element:
        tu = etree.Element("tu", tuid=unit.unit_id, creationdate=created)
        for ptype, value in _props(unit):
            prop = etree.SubElement(tu, "prop", type=ptype)
            prop.text = xml_safe(value)
        for note in unit.notes:
            etree.SubElement(tu, "note").text = xml_safe(note)
        for lang, text in ((unit.src_lang, unit.source), (unit.tgt_lang, unit.target)):
            tuv = etree.SubElement(tu, "tuv")
            tuv.set(XML_LANG, lang)
            etree.SubElement(tuv, "seg").text = clean_segment(text)
        return tu
