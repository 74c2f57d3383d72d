"""XLIFF 2.0 (valid against the OASIS core schema): one ``<file>`` per release, streamed.

Inline codes map to XLIFF 2.0's, their native code kept in the unit's ``<originalData>``:

==========================  ====================================================================
TMX                         XLIFF 2.0
==========================  ====================================================================
``bpt``…``ept`` (a pair)    ``<sc id dataRef/>``…``<ec startRef dataRef/>``
``bpt`` or ``ept`` alone    ``<sc isolated="yes"/>`` / ``<ec isolated="yes" id/>``
``it pos="begin|end"``      ``<sc isolated="yes"/>`` / ``<ec isolated="yes"/>``
``ph``                      ``<ph id dataRef/>``
``ut``                      ``<ph type="other" subType="tmtool:ut"/>``
``hi x type``               ``<mrk id type>`` (``term`` stays, another type ``tmx:TYPE``)
==========================  ====================================================================

``id`` is TMX's ``x`` (else a ``bpt``'s ``i``, else a number), ``type`` becomes XLIFF's ``type``
and ``subType`` (``bold`` → ``fmt``/``xlf:b``, ``link`` → ``link``, another → ``other``/``tmx:TYPE``).
No place for: ``assoc``, and a ``<sub>``'s markup (its text stays in the native code) — counted in
``ExportStats.details_dropped``. Reading maps back, ``pc`` to a ``bpt``/``ept`` pair; ``sm``/``em``
are left out (their text is not inside them).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import regex
from lxml import etree

from tmtool.errors import FormatError
from tmtool.formats.base import FORMATS, Entry, ExportHeader, Exporter, ExportStats, by_release
from tmtool.formats.inline import (Ids, all_codes, attrs, fill, has_sub, isolate_unpaired, markup_or_none,
                                   native_text, normalise, numbers, paired, plain)
from tmtool.formats.meta import TOOL, build_unit, review_notes, split_notes, tmx_meta, unit_meta, usable
from tmtool.formats.read import READERS, TmReader, iterparse, release
from tmtool.model import Code, Content, Unit
from tmtool.text import normalise_tag

NS = "urn:oasis:names:tc:xliff:document:2.0"


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@FORMATS.register("xliff2")
class Xliff2Exporter(Exporter):
    name = "xliff2"
    extension = "xliff"
    title = "XLIFF 2.0"

    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader,
                      stats: ExportStats) -> None:
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
                            xf.write(self._unit(entry, next(ids), stats), pretty_print=True)
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

    def _unit(self, entry: Entry, n: int, stats: ExportStats) -> etree._Element:
        unit = entry.unit
        el = etree.Element(q("unit"), id=f"u{n}", name=unit.unit_id, nsmap={None: NS})
        tmx, dropped = tmx_meta(unit)
        stats.details_dropped += dropped
        notes = [("review", note) for note in review_notes(entry)]
        notes += [(TOOL, f"{key}: {value}") for key, value in unit_meta(entry) + tmx]
        if notes:  # <notes> must hold a note; a unit read from a file may have none
            el.append(self._notes(notes))
        data: dict[str, str] = {}  # native code → its <data> id, shared by the two sides
        source = _Side(unit.source_markup, set(), data, stats)
        source_items = source.items(unit.source_markup) if unit.source_markup else [unit.source]
        target = _Side(unit.target_markup, source.ids.used, data, stats)
        target_items = target.items(unit.target_markup) if unit.target_markup else [unit.target]
        if data:
            original = etree.SubElement(el, q("originalData"))
            for code, data_id in data.items():
                etree.SubElement(original, q("data"), id=data_id).text = code
        segment = etree.SubElement(el, q("segment"), state="initial" if unit.needs_review else "translated")
        fill(etree.SubElement(segment, q("source")), source_items)
        fill(etree.SubElement(segment, q("target")), target_items)
        return el


# TMX type → XLIFF 2.0 type and subType (the xlf: subTypes the spec defines, with the type it requires).
TYPES = {"bold": ("fmt", "xlf:b"), "italic": ("fmt", "xlf:i"), "ulined": ("fmt", "xlf:u"), "lb": ("fmt", "xlf:lb"),
         "pb": ("fmt", "xlf:pb"), "link": ("link", None), "image": ("image", None)}
_TMX_TYPES = {sub or kind: tmx for tmx, (kind, sub) in TYPES.items()}
_FORMATTING = frozenset(["color", "dulined", "font", "scap"])
UT = "tmtool:ut"  # the subType of a <ph> that was a TMX <ut> (not "tmx:": a ph's type may be "ut")
_USER_VALUE = regex.compile(r"[^\s:]+")  # what may follow "tmx:" in a subType or an <mrk> type
_NMTOKEN = regex.compile(r"[\w.:-]+")


def _types(kind: str | None) -> dict[str, str] | None:
    """``type``/``subType`` for a TMX type; None when XLIFF 2.0 cannot hold it."""
    if kind is None:
        return {}
    if kind in TYPES:
        return attrs_dict(type=TYPES[kind][0], subType=TYPES[kind][1])
    if _USER_VALUE.fullmatch(kind):
        return {"type": "fmt" if kind in _FORMATTING else "other", "subType": f"tmx:{kind}"}
    return None


def attrs_dict(**values: str | None) -> dict[str, str]:
    return dict(attrs(**values))


def _tmx_type(el: etree._Element) -> str | None:
    sub = el.get("subType") or ""
    if sub.startswith("tmx:"):
        return sub[4:]
    return _TMX_TYPES.get(sub) or _TMX_TYPES.get(el.get("type") or "")


class _Side:
    """A ``<source>`` or ``<target>``: its codes as XLIFF 2.0 elements, native code added to ``data``;
    ids are the TMX ``x``, else a ``bpt``'s ``i``, else a number the other side did not use."""

    def __init__(self, markup: Content | None, avoid: set[str], data: dict[str, str], stats: ExportStats) -> None:
        self.ids = Ids([c.get("x") for c in all_codes(markup or ())], _NMTOKEN.fullmatch)
        self.ids.reserved |= avoid
        self.pairs = paired(markup or ())
        self.pair_ids: dict[str, str] = {}
        self.data = data
        self.stats = stats

    def items(self, content: Content) -> list:
        return [item if isinstance(item, str) else self._element(item) for item in content]

    def _element(self, code: Code) -> etree._Element:
        a = dict(code.attrs)
        tag, i, x, kind = code.tag, a.pop("i", None), a.pop("x", None), a.pop("type", None)
        lost = a.pop("assoc", None) is not None
        if tag == "hi":
            el = etree.Element(q("mrk"), id=self.ids.take(x))
            if kind == "term" or (kind is not None and _USER_VALUE.fullmatch(kind)):
                el.set("type", kind if kind == "term" else f"tmx:{kind}")
            else:
                lost += kind is not None
            fill(el, self.items(code.content))
        else:
            linked = i in self.pairs
            types = {"type": "other", "subType": UT} if tag == "ut" else _types(kind)
            lost += (types is None) + has_sub(code)
            out = {}
            if tag == "ept" and linked:
                name, out["startRef"] = "ec", self.pair_ids[i]
            else:
                name = {"bpt": "sc", "ept": "ec", "ph": "ph", "ut": "ph"}.get(tag) or (
                    "sc" if a.get("pos") != "end" else "ec")
                out["id"] = self.ids.take(x, i if tag == "bpt" else None)
                if tag == "bpt" and linked:
                    self.pair_ids[i] = out["id"]
                elif name in ("sc", "ec"):
                    out["isolated"] = "yes"
            native = native_text(code)
            if native:
                out["dataRef"] = self.data.setdefault(native, f"d{len(self.data) + 1}")
            el = etree.Element(q(name), {**out, **(types or {})})
        a.pop("pos", None)
        self.stats.details_dropped += lost + len(a)  # any attribute TMX does not define
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
            data = {d.get("id"): _text(d) for d in unit.iterfind(f"{q('originalData')}/{q('data')}")}
            segments = [(content_of(s, data), content_of(t, data)) for s, t in segments
                        if s is not None and t is not None]
        except FormatError as exc:
            raise FormatError(f"{path}: {exc}") from None
        base = unit.get("name") or unit.get("id")
        for n, (source, target) in enumerate(segments, 1):
            built = build_unit(meta, unit_id=base if len(segments) == 1 else f"{base}#{n}", source=plain(source),
                               target=plain(target), src_lang=langs[0] or "", tgt_lang=langs[1] or "", notes=notes,
                               path=str(path), source_markup=markup_or_none(source),
                               target_markup=markup_or_none(target))
            if usable(built):
                yield built


def content_of(el: etree._Element, data: dict[str, str]) -> Content:
    """A ``<source>``/``<target>`` in the neutral form (the table in the module doc, read backwards);
    a paired code whose partner is not in the segment becomes an isolated one (``it``)."""
    if not len(el):  # plain text, most segments: no need to look for codes
        return normalise([el.text or ""])
    return isolate_unpaired(_Reading(data).read(el))


class _Reading:
    def __init__(self, data: dict[str, str]) -> None:
        self.data = data
        self.fresh = numbers(())
        self.pairs: dict[str, str] = {}  # sc id → the i of its bpt

    def native(self, ref: str | None) -> Content:
        return normalise([self.data.get(ref or "", "")])

    def read(self, el: etree._Element) -> Content:
        items = [el.text or ""]
        for child in el:
            name = etree.QName(child).localname if isinstance(child.tag, str) else None
            get, kind = child.get, _tmx_type(child)
            isolated = get("isolated") == "yes"
            if name == "cp":
                items.append(_code_point(child))
            elif name == "ph":
                tag = "ut" if get("subType") == UT else "ph"
                items.append(Code(tag, attrs(x=get("id"), type=None if tag == "ut" else kind),
                                  self.native(get("dataRef"))))
            elif name == "pc":
                i = next(self.fresh)
                items += [Code("bpt", attrs(i=i, x=get("id"), type=kind), self.native(get("dataRefStart"))),
                          *self.read(child), Code("ept", attrs(i=i), self.native(get("dataRefEnd")))]
            elif name == "sc" and isolated:
                items.append(Code("it", attrs(pos="begin", x=get("id"), type=kind), self.native(get("dataRef"))))
            elif name == "sc":
                i = self.pairs[get("id")] = next(self.fresh)
                items.append(Code("bpt", attrs(i=i, x=get("id"), type=kind), self.native(get("dataRef"))))
            elif name == "ec" and (isolated or get("startRef") not in self.pairs):
                items.append(Code("it", attrs(pos="end", x=get("id") or get("startRef"), type=kind),
                                  self.native(get("dataRef"))))
            elif name == "ec":
                items.append(Code("ept", attrs(i=self.pairs[get("startRef")]), self.native(get("dataRef"))))
            elif name == "mrk":
                mtype = get("type")
                mtype = mtype[4:] if mtype and mtype.startswith("tmx:") else None if mtype == "generic" else mtype
                items.append(Code("hi", attrs(x=get("id"), type=mtype), self.read(child)))
            elif name is not None and name not in ("sm", "em"):  # not XLIFF 2.0 inline markup: its text
                items.extend(self.read(child))
            items.append(child.tail or "")
        return normalise(items)


def _text(el: etree._Element) -> str:
    """The text of a ``<data>``, its ``<cp>``s as their characters."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and etree.QName(child).localname == "cp":
            parts.append(_code_point(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _code_point(cp) -> str:
    """The character an XLIFF 2 ``<cp hex="…"/>`` stands for; anything else is a ``FormatError``
    (without the file's name: the reader adds it)."""
    value = cp.get("hex", "")
    try:
        char = chr(int(value, 16))
    except ValueError:  # not hexadecimal, or beyond U+10FFFF
        char = ""
    if not char or "\ud800" <= char <= "\udfff":  # a surrogate is half a character
        raise FormatError(f"line {cp.sourceline}: <cp hex={value!r}> is not a character")
    return char
