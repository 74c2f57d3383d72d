"""TMX 1.4b, written with lxml's incremental writer so memory does not grow with the units.

TMX's inline elements are tmtool's neutral form of inline markup (``tmtool.model.Code``), so a
segment is read and written element for element, attributes and native code included. What a
``<tu>``/``<tuv>`` says of itself (dates, ids, usage counts, props, notes) is kept as ``TmxData``
and written back unchanged; a unit tmtool made itself has none and gets the export's date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tmtool.formats.base import FORMATS, Entry, ExportHeader, Exporter, ExportStats
from tmtool.formats.inline import TAGS, fill, markup_or_none, normalise, plain
from tmtool.formats.meta import TOOL_KEYS, build_unit, review_notes, unit_meta, usable
from tmtool.formats.read import READERS, TmReader, iterparse, release
from tmtool.model import Annotation, Code, Content, TmxData, Unit
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

    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader,
                      stats: ExportStats) -> None:
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
        tu = etree.Element("tu", tuid=unit.unit_id)
        if unit.tu is None:  # a unit tmtool made: it was created now, as far as a TM can tell
            tu.set("creationdate", created)
        _set_attrs(tu, unit.tu)
        for key, value in unit_meta(entry):
            etree.SubElement(tu, "prop", type=f"x-{key}").text = value
        # props, then notes (their order in a <tu> means nothing); a note with attributes comes after
        # the plain ones, which are the unit's notes
        kept = unit.tu.annotations if unit.tu else ()
        _add_annotations(tu, [a for a in kept if a.tag == "prop"])
        for note in review_notes(entry):
            etree.SubElement(tu, "note").text = note
        _add_annotations(tu, [a for a in kept if a.tag == "note"])
        for lang, text, markup, data in ((unit.src_lang, unit.source, unit.source_markup, unit.source_tuv),
                                         (unit.tgt_lang, unit.target, unit.target_markup, unit.target_tuv)):
            tuv = etree.SubElement(tu, "tuv")
            tuv.set(XML_LANG, lang)
            _set_attrs(tuv, data)
            _add_annotations(tuv, data.annotations if data else ())
            seg = etree.SubElement(tuv, "seg")
            if markup is None:
                seg.text = text
            else:
                fill(seg, elements(markup))
        return tu


def _set_attrs(el: etree._Element, data: TmxData | None) -> None:
    for name, value in data.attrs if data else ():
        el.set(name, value)


def _add_annotations(el: etree._Element, annotations: Iterable[Annotation]) -> None:
    for a in annotations:
        etree.SubElement(el, a.tag, dict(a.attrs)).text = a.text


def elements(content: Content) -> list:
    """Text runs and TMX elements for ``content``, to ``fill`` an element with."""
    return [item if isinstance(item, str) else _element(item) for item in content]


def _element(code: Code) -> etree._Element:
    el = etree.Element(code.tag, dict(code.attrs))
    fill(el, elements(code.content))
    return el


def content_of(el: etree._Element) -> Content:
    """The content of a TMX ``<seg>`` (or of an inline element): TMX's inline elements as codes; any
    other element (not TMX) gives its text, as comments give nothing."""
    if not len(el):  # plain text, most segments
        return normalise([el.text or ""])
    items = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in TAGS:
            items.append(Code(child.tag, tuple(child.attrib.items()), content_of(child)))
        elif isinstance(child.tag, str):
            items.extend(content_of(child))
        items.append(child.tail or "")
    return normalise(items)


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
        tuvs = [(t.get(XML_LANG) or t.get("lang") or "", content_of(seg), _tuv_data(t))
                for t in tu.iterchildren("tuv") if (seg := t.find("seg")) is not None]
        want = tu.get("srclang") or srclang
        if not want or want == "*all*":
            want = tuvs[0][0] if tuvs else ""
        source = next((tuv for tuv in tuvs if tuv[0].lower() == want.lower()), None)
        if source is None:
            return
        targets = [tuv for tuv in tuvs if tuv[0].lower() != want.lower()]
        if self.tgt_lang:
            targets = [tuv for tuv in targets if tuv[0].lower() == self.tgt_lang.lower()]
        meta, notes, kept = [], [], []
        for el in tu.iterchildren("prop", "note"):
            kind = el.get("type", "")
            if el.tag == "prop" and kind.startswith("x-") and kind[2:] in TOOL_KEYS:
                meta.append((kind[2:], el.text or ""))
            elif el.tag == "note" and not el.attrib:
                notes.append(el.text or "")
            else:  # any other prop, and a note with attributes (xml:lang, o-encoding), kept whole
                kept.append(_annotation(el))
        data = TmxData(tuple((k, v) for k, v in tu.attrib.items() if k not in ("tuid", "srclang")), tuple(kept))
        tuid = tu.get("tuid") or f"{path.stem}:{n}"
        for lang, content, tuv_data in targets:
            unit = build_unit(meta, unit_id=tuid if len(targets) == 1 else f"{tuid}#{lang}",
                              source=plain(source[1]), target=plain(content), src_lang=source[0], tgt_lang=lang,
                              notes=notes, path=str(path), source_markup=markup_or_none(source[1]),
                              target_markup=markup_or_none(content),
                              tmx={"tu": data, "source_tuv": source[2], "target_tuv": tuv_data})
            if usable(unit):
                yield unit


def _annotation(el: etree._Element) -> Annotation:
    return Annotation(el.tag, el.text or "", tuple(el.attrib.items()))


def _tuv_data(tuv: etree._Element) -> TmxData | None:
    """A ``<tuv>``'s attributes (but its language, which is the unit's) and all its props and notes;
    None when it has none."""
    if len(tuv) == 1 and len(tuv.attrib) == 1:  # its language and its <seg>: most <tuv>s
        return None
    data = TmxData(tuple((k, v) for k, v in tuv.attrib.items() if k not in (XML_LANG, "lang")),
                   tuple(_annotation(el) for el in tuv.iterchildren("prop", "note")))
    return data if data.attrs or data.annotations else None
