"""XLIFF 1.2 (valid against the strict schema): one ``<file>`` per release, streamed.

Inline codes map to XLIFF 1.2's own elements, which are TMX's under other attribute names:

==================================  ================================================================
TMX                                 XLIFF 1.2
==================================  ================================================================
``bpt i x type`` / ``ept i``        ``bpt id rid ctype`` / ``ept id rid`` (``rid`` = ``i``; ``id`` = ``x``)
``ph x type assoc``                 ``ph id ctype assoc`` (``p``/``f``/``b`` → ``preceding``/…)
``it pos x type``                   ``it id pos ctype`` (``begin``/``end`` → ``open``/``close``)
``ut x``                            ``ph id ctype="x-tmx-ut"`` (XLIFF has no ``ut``)
``hi type``                         ``mrk mtype`` (``mtype="x-hi"`` when ``hi`` has no type)
``sub datatype type``               ``sub datatype ctype``
==================================  ================================================================

``ctype``, ``mtype`` and ``datatype`` take the strict schema's values or ``x-…``: a TMX value
the schema does not list is written ``x-VALUE`` (``ulined`` is ``underlined``); reading turns
``x-VALUE`` back into a TMX type ``VALUE``. Reading also takes XLIFF's ``g`` (→ a ``bpt``/``ept``
pair), ``x`` (→ ``ph``) and ``bx``/``ex`` (→ ``bpt``/``ept``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import regex
from lxml import etree

from tmtool.formats.base import FORMATS, Entry, ExportHeader, Exporter, ExportStats, by_release
from tmtool.formats.inline import (TMX_TYPES, Ids, all_codes, attrs, fill, isolate_unpaired, markup_or_none,
                                   normalise, numbers, paired, plain)
from tmtool.formats.meta import TOOL, build_unit, review_notes, split_notes, tmx_meta, unit_meta, usable
from tmtool.formats.read import READERS, TmReader, iterparse, release
from tmtool.model import Code, Content, Unit
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

    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader,
                      stats: ExportStats) -> None:
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
                                xf.write(self._trans_unit(entry, next(ids), stats), pretty_print=True)
                    xf.write("\n")

    def _header(self, header: ExportHeader) -> etree._Element:
        hdr = etree.Element(q("header"), nsmap={None: NS})
        etree.SubElement(hdr, q("tool"), {"tool-id": TOOL, "tool-name": TOOL, "tool-version": header.tool_version})
        if header.signature:
            etree.SubElement(hdr, q("note"), {"from": TOOL}).text = f"signature: {header.signature}"
        return hdr

    def _trans_unit(self, entry: Entry, n: int, stats: ExportStats) -> etree._Element:
        unit = entry.unit
        tu = etree.Element(q("trans-unit"), id=str(n), resname=unit.unit_id, nsmap={None: NS})
        source = _Side(unit.source_markup, set(), stats)
        source.write(etree.SubElement(tu, q("source")), unit.source)
        state = "needs-review-translation" if unit.needs_review else "translated"
        _Side(unit.target_markup, source.ids.used, stats).write(etree.SubElement(tu, q("target"), state=state),
                                                                 unit.target)
        for note in review_notes(entry):
            etree.SubElement(tu, q("note")).text = note
        tmx, dropped = tmx_meta(unit)
        stats.details_dropped += dropped
        for key, value in unit_meta(entry) + tmx:
            etree.SubElement(tu, q("note"), {"from": TOOL}).text = f"{key}: {value}"
        return tu


# The strict schema's values, from xliff-core-1.2-strict.xsd (anything else must be "x-…").
DELIMITERS = {"bold": "bold", "italic": "italic", "ulined": "underlined", "link": "link"}  # TMX type → ctype
PLACEHOLDERS = {"image": "image", "pb": "pb", "lb": "lb"}
MTYPES = frozenset(
    "abbrev abbreviated-form abbreviation acronym appellation collocation common-name datetime equation "
    "expanded-form formula head-term initialism international-scientific-term internationalism "
    "logical-expression materials-management-unit name near-synonym part-number phrase phraseological-unit "
    "protected romanized-form seg set-phrase short-form sku standard-text symbol synonym synonymous-phrase term "
    "transcribed-form transliterated-form truncated-term variant".split())
DATATYPES = frozenset(
    "asp c cdf cfm cpp csharp cstring csv database documentfooter documentheader filedialog form html htmlbody "
    "ini interleaf javaclass javapropertyresourcebundle javalistresourcebundle javascript jscript layout lisp "
    "margin menufile messagefile mif mimetype mo msglib pagefooter pageheader parameters pascal php plaintext po "
    "report resources resx rtf sgml sgmldtd svg vbscript warning winres xhtml xml xmldtd xsl xul".split())
ASSOC = {"p": "preceding", "f": "following", "b": "both"}
_TMX_ASSOC = {v: k for k, v in ASSOC.items()}
POS = {"begin": "open", "end": "close"}
UT = "x-tmx-ut"  # the ctype of a <ph> that was a TMX <ut>
HI = "x-hi"  # the mtype of a <mrk> that was a TMX <hi> without a type
_X_VALUE = regex.compile(r"x-\S+")
_NMTOKEN = regex.compile(r"[\w.:-]+")


def _value(value: str, known) -> str | None:
    """A TMX value as one the strict schema takes: listed (mapped, for a dict), ``x-…``, or
    ``x-VALUE``; None when it cannot be made one (it holds whitespace)."""
    if isinstance(known, dict) and value in known:
        return known[value]
    if value in known or _X_VALUE.fullmatch(value):
        return value
    return f"x-{value}" if _X_VALUE.fullmatch(f"x-{value}") else None


def _tmx_type(ctype: str | None) -> str | None:
    """An XLIFF ``ctype`` as a TMX ``type``: ``underlined`` → ``ulined``, ``x-font`` → ``font``."""
    if ctype is None:
        return None
    if ctype == "underlined":
        return "ulined"
    return ctype[2:] if ctype.startswith("x-") and ctype[2:] in TMX_TYPES else ctype


class _Side:
    """A ``<source>`` or ``<target>``: its codes as XLIFF 1.2 elements. Ids are the TMX ``x``, else a
    ``bpt``'s ``i``, else a number the other side did not use; what has no place is counted in
    ``stats.details_dropped``."""

    def __init__(self, markup: Content | None, avoid: set[str], stats: ExportStats) -> None:
        self.markup = markup
        self.ids = Ids([c.get("x") for c in all_codes(markup or ())], bool)
        self.ids.reserved |= avoid
        self.pairs = paired(markup or ())
        self.pair_ids: dict[str, str] = {}
        self.stats = stats

    def write(self, el: etree._Element, text: str) -> None:
        if self.markup is None:
            el.text = text
        else:
            fill(el, self._items(self.markup, True))

    def _items(self, content: Content, flow: bool) -> list:
        return [item if isinstance(item, str) else self._element(item, flow) for item in content]

    def _element(self, code: Code, flow: bool) -> etree._Element:
        """``flow``: the code stands in the segment's text (not in a ``sub``), where pairs are linked."""
        a, out, lost = dict(code.attrs), {}, 0
        tag, i, x, kind = code.tag, a.pop("i", None), a.pop("x", None), a.pop("type", None)
        if tag == "hi":
            mtype = None if kind is None else _value(kind, MTYPES)
            el = etree.Element(q("mrk"), mtype=mtype if mtype and mtype != HI else HI)
            # mid would have to name an <mrk> of a <seg-source> (the strict schema's key): x has no place
            lost += (kind is not None and mtype in (None, HI)) + (x is not None)
            fill(el, self._items(code.content, flow))
        elif tag == "sub":
            el = etree.Element(q("sub"))
            for name, value, known in (("datatype", a.pop("datatype", None), DATATYPES), ("ctype", kind, DELIMITERS)):
                if value is not None and _value(value, known):
                    el.set(name, _value(value, known))
                else:
                    lost += value is not None
            fill(el, self._items(code.content, False))
        else:
            linked = flow and i in self.pairs
            if tag == "ept":
                out["id"] = self.pair_ids[i] if linked else self.ids.take(None, i)
            else:
                out["id"] = self.ids.take(x, i if tag == "bpt" else None)
                lost += x is not None and out["id"] != x
            if linked:
                self.pair_ids[i] = out["id"]
                if _NMTOKEN.fullmatch(i):
                    out["rid"] = i
            if tag == "it":
                out["pos"] = POS.get(a.pop("pos", None), "open")
            if tag == "ut":
                out["ctype"] = UT
            elif kind is not None:
                value = _value(kind, PLACEHOLDERS if tag == "ph" else DELIMITERS)
                lost += value in (None, UT)  # a type that would read back as a <ut>
                if value and value != UT:
                    out["ctype"] = value
            assoc = a.pop("assoc", None)
            if assoc in ASSOC and tag == "ph":
                out["assoc"] = ASSOC[assoc]
            else:
                lost += assoc is not None
            el = etree.Element(q("ph" if tag == "ut" else tag), out)
            fill(el, self._items(code.content, False))
        self.stats.details_dropped += lost + len(a)  # any attribute TMX does not define
        return el


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
        source, target = content_of(source), content_of(target)
        unit = build_unit(meta, unit_id=tu.get("resname") or tu.get("id"), source=plain(source),
                          target=plain(target), src_lang=langs[0] or "", tgt_lang=langs[1] or "", notes=notes,
                          path=str(path), source_markup=markup_or_none(source), target_markup=markup_or_none(target))
        return unit if usable(unit) else None


def content_of(el: etree._Element) -> Content:
    """A ``<source>``/``<target>`` in the neutral form (the table in the module doc, read backwards);
    a paired code whose partner is not in the segment becomes an isolated one (``it``)."""
    if not len(el):  # plain text, most segments: no need to look for codes
        return normalise([el.text or ""])
    taken = [c.get("rid") or c.get("id") for c in el.iter() if isinstance(c.tag, str)
             and etree.QName(c).localname in ("bpt", "ept", "bx", "ex")]
    return isolate_unpaired(_read(el, numbers(t for t in taken if t)))


def _read(el: etree._Element, fresh: Iterator[str]) -> Content:
    items = [el.text or ""]
    for child in el:
        name = etree.QName(child).localname if isinstance(child.tag, str) else None
        get = child.get
        i, x, kind = get("rid") or get("id"), get("id"), _tmx_type(get("ctype"))
        if name in ("bpt", "bx"):
            items.append(Code("bpt", attrs(i=i, x=x, type=kind), _native(child, fresh)))
        elif name in ("ept", "ex"):
            items.append(Code("ept", attrs(i=i), _native(child, fresh)))
        elif name in ("ph", "x") and get("ctype") == UT:
            items.append(Code("ut", attrs(x=x), _native(child, fresh)))
        elif name in ("ph", "x"):
            items.append(Code("ph", attrs(x=x, assoc=_TMX_ASSOC.get(get("assoc")), type=kind), _native(child, fresh)))
        elif name == "it":
            pos = "end" if get("pos") == "close" else "begin"
            items.append(Code("it", attrs(pos=pos, x=x, type=kind), _native(child, fresh)))
        elif name == "g":  # a paired code with its text inside: a bpt/ept pair around the text
            n = next(fresh)
            items += [Code("bpt", attrs(i=n, x=x, type=kind)), *_read(child, fresh), Code("ept", attrs(i=n))]
        elif name == "mrk":
            kind = None if get("mtype") == HI else get("mtype")
            items.append(Code("hi", attrs(type=kind), _read(child, fresh)))
        elif name is not None:  # not an inline element of XLIFF 1.2: its text
            items.extend(_read(child, fresh))
        items.append(child.tail or "")
    return normalise(items)


def _native(el: etree._Element, fresh: Iterator[str]) -> Content:
    """A code's native text and its ``sub``s."""
    items = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and etree.QName(child).localname == "sub":
            items.append(Code("sub", attrs(datatype=child.get("datatype"), type=_tmx_type(child.get("ctype"))),
                              _read(child, fresh)))
        items.append(child.tail or "")
    return normalise(items)
