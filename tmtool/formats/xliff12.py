"""XLIFF 1.2 (valid against the strict schema): one ``<file>`` per release, streamed."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tmtool.formats.base import FORMATS, Entry, ExportHeader, Exporter, by_release
from tmtool.formats.meta import TOOL, build_unit, review_notes, split_notes, unit_meta, usable
from tmtool.formats.read import READERS, TmReader, iterparse, release, text_of
from tmtool.model import Unit
from tmtool.text import normalise_tag

NS = "urn:oasis:names:tc:xliff:document:1.2"
NS11 = "urn:oasis:names:tc:xliff:document:1.1"


def q(tag: str, ns: str = NS) -> str:
    return f"{{{ns}}}{tag}"


@FORMATS.register("xliff")
class Xliff12Exporter(Exporter):
    name = "xliff"
    extension = "xlf"
    title = "XLIFF 1.2"

    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader) -> None:
        date = header.created.strftime("%Y-%m-%dT%H:%M:%SZ")
        ids = itertools.count(1)
        with etree.xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element(q("xliff"), version="1.2", nsmap={None: NS}):
                xf.write("\n")
                for release, group in by_release(entries):
                    attrs = {"original": release, "source-language": normalise_tag(header.src_lang),
                             "target-language": normalise_tag(header.tgt_lang), "datatype": "plaintext",
                             "tool-id": TOOL, "date": date}
                    with xf.element(q("file"), attrs):
                        xf.write("\n")
                        xf.write(self._header(header), pretty_print=True)
                        with xf.element(q("body")):
                            xf.write("\n")
                            for entry in group:
                                xf.write(self._trans_unit(entry, next(ids)), pretty_print=True)
                    xf.write("\n")

    def _header(self, header: ExportHeader) -> etree._Element:
        hdr = etree.Element(q("header"), nsmap={None: NS})
        etree.SubElement(hdr, q("tool"), {"tool-id": TOOL, "tool-name": TOOL, "tool-version": header.tool_version})
        if header.signature:
            etree.SubElement(hdr, q("note"), {"from": TOOL}).text = f"signature: {header.signature}"
        return hdr

    def _trans_unit(self, entry: Entry, n: int) -> etree._Element:
        unit = entry.unit
        tu = etree.Element(q("trans-unit"), id=str(n), resname=unit.unit_id, nsmap={None: NS})
        etree.SubElement(tu, q("source")).text = unit.source
        state = "needs-review-translation" if unit.needs_review else "translated"
        etree.SubElement(tu, q("target"), state=state).text = unit.target
        for note in review_notes(entry):
            etree.SubElement(tu, q("note")).text = note
        for key, value in unit_meta(entry):
            etree.SubElement(tu, q("note"), {"from": TOOL}).text = f"{key}: {value}"
        return tu


@READERS.register("xliff")
class Xliff12Reader(TmReader):
    """XLIFF 1.2 (and 1.1): every ``<trans-unit>`` with a ``<target>``."""

    name = "xliff"

    def read(self, path: Path) -> Iterator[Unit]:
        langs = (self.src_lang, self.tgt_lang)
        tags = [q(t, ns) for ns in (NS, NS11) for t in ("file", "trans-unit")]
        for event, el in iterparse(path, tags, events=("start", "end")):
            local = etree.QName(el).localname
            if local == "file" and event == "start":
                langs = (el.get("source-language") or self.src_lang, el.get("target-language") or self.tgt_lang)
            elif local == "trans-unit" and event == "end":
                unit = self._unit(el, etree.QName(el).namespace, langs, path)
                if unit is not None:
                    yield unit
                release(el)
            elif local == "file" and event == "end":
                release(el)

    def _unit(self, tu, ns: str, langs, path: Path) -> Unit | None:
        source, target = tu.find(q("source", ns)), tu.find(q("target", ns))
        if source is None or target is None:
            return None
        meta, notes = split_notes((n.get("from") == TOOL, n.text or "") for n in tu.findall(q("note", ns)))
        unit = build_unit(meta, unit_id=tu.get("resname") or tu.get("id"), source=text_of(source),
                          target=text_of(target), src_lang=langs[0] or "", tgt_lang=langs[1] or "", notes=notes,
                          path=str(path))
        return unit if usable(unit) else None
