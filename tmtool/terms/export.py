"""Glossary writers: TBX v3 (TBX-Basic), TBX 2008 ``<martif>``, OmegaT TSV, CSV.

Each writer takes a ``Glossary`` and an open binary file; ``write_glossary`` picks one
by name from ``GLOSSARY_FORMATS`` and writes all-or-nothing. Variants (other terms for
the concept) become further terms of the same concept (admitted terms); the other forms
a term was written in (its case forms) are a note on the term, not terms: a CAT tool
would show each as an entry of its own (OmegaT: one per source × target term). Contexts
become ``context`` descriptions.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tmtool import __version__
from tmtool.atomic import atomic_output
from tmtool.errors import FormatError
from tmtool.formats.clean import xml_safe_count
from tmtool.registry import Registry
from tmtool.terms.model import Context, Glossary

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NS = "urn:iso:std:iso:30042:ed-2"
CONTEXTS = 3
FORMS_NOTE = "also written"


@dataclass(frozen=True, slots=True)
class GlossaryFormat:
    write: Callable[[Glossary, BinaryIO], None]
    extension: str


GLOSSARY_FORMATS: Registry[GlossaryFormat] = Registry("glossary format")


def write_glossary(glossary: Glossary, path: str | Path, fmt: str) -> Path:
    """Write ``glossary`` to ``path`` as ``fmt`` (a name in ``GLOSSARY_FORMATS``), with every
    character XML cannot carry replaced (``xml_safe_glossary``), in every format alike."""
    writer = GLOSSARY_FORMATS.get(fmt)
    try:
        with atomic_output(path) as fh:
            writer.write(xml_safe_glossary(glossary)[0], fh)
    except FormatError as e:
        raise FormatError(f"{path}: {e}") from None
    return Path(path)


def xml_safe_glossary(glossary: Glossary) -> tuple[Glossary, int]:
    """The glossary with every character XML 1.0 cannot carry replaced as the TM exports
    replace it (``tmtool.formats.clean``: a control character by a space), and how many
    were: a page with a stray control character must not sink the glossary."""
    texts = [text for e in glossary.entries for text in (
        e.source, e.target, *e.source_variants, *e.target_variants, *e.source_forms, *e.target_forms,
        *(part for c in e.contexts for part in (c.source, c.target, c.release_id)))]
    if not xml_safe_count("\n".join((*texts, *glossary.messages)))[1]:
        return glossary, 0  # the usual case, found in one pass instead of one call per text
    replaced = 0

    def safe(text: str) -> str:
        nonlocal replaced
        cleaned, n = xml_safe_count(text)
        replaced += n
        return cleaned

    entries = tuple(dataclasses.replace(
        e, source=safe(e.source), target=safe(e.target),
        source_variants=tuple(map(safe, e.source_variants)), target_variants=tuple(map(safe, e.target_variants)),
        source_forms=tuple(map(safe, e.source_forms)), target_forms=tuple(map(safe, e.target_forms)),
        contexts=tuple(Context(safe(c.source), safe(c.target), safe(c.release_id)) for c in e.contexts))
        for e in glossary.entries)
    return dataclasses.replace(glossary, entries=entries, messages=tuple(map(safe, glossary.messages))), replaced


def _one_line(text: str) -> str:
    """Tabs and line breaks would split a TSV record or a CAT tool's display line;
    every format writes terms and contexts on one line, so they all agree."""
    return " ".join(text.split())


def _description(glossary: Glossary) -> str:
    return (f"Glossary extracted by tmtool {__version__}: {len(glossary.entries)} entries, "
            f"{glossary.src_lang} → {glossary.tgt_lang}")


# --- OmegaT TSV ------------------------------------------------------------------------


def write_tsv(glossary: Glossary, fh: BinaryIO) -> None:
    """``source<TAB>target<TAB>comment``, UTF-8, no header: OmegaT's glossary format."""
    for entry in glossary.entries:
        line = "\t".join(_one_line(x) for x in (entry.source, entry.target, entry.comment()))
        fh.write((line + "\n").encode("utf-8"))


# --- CSV -------------------------------------------------------------------------------

CSV_FIELDS = ["source", "target", "category", "freq", "releases", "confidence", "score", "origin",
              "source_variants", "target_variants", "source_variant_freqs", "target_variant_freqs",
              "source_forms", "target_forms"] + [
    f"context{i}_{part}" for i in range(1, CONTEXTS + 1) for part in ("source", "target", "release")]


def write_csv(glossary: Glossary, fh: BinaryIO) -> None:
    """Every field, one entry a row; variants and forms joined by `` | ``."""
    text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
    out = csv.writer(text)
    out.writerow(CSV_FIELDS)
    for e in glossary.entries:
        row = [_one_line(e.source), _one_line(e.target), e.category, e.freq, e.releases, e.confidence, e.score, e.origin,
               " | ".join(map(_one_line, e.source_variants)), " | ".join(map(_one_line, e.target_variants)),
               " | ".join(map(str, e.source_variant_freqs)), " | ".join(map(str, e.target_variant_freqs)),
               " | ".join(map(_one_line, e.source_forms)), " | ".join(map(_one_line, e.target_forms))]
        for i in range(CONTEXTS):
            c = e.contexts[i] if i < len(e.contexts) else None
            row += [_one_line(c.source), _one_line(c.target), c.release_id] if c else ["", "", ""]
        out.writerow(row)
    text.flush()
    text.detach()


# --- TBX -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Dialect:
    """Element names of the two TBX generations (v3 renamed the containers and added a namespace)."""

    root: str
    header: str
    entry: str
    lang: str
    term: str
    ns: str = ""

    def q(self, tag: str) -> str:
        return f"{{{self.ns}}}{tag}" if self.ns else tag


_TBX3 = _Dialect("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec", TBX3_NS)
_TBX2008 = _Dialect("martif", "martifHeader", "termEntry", "langSet", "tig")


def _sub(parent, d: _Dialect, tag: str, text: str | None = None, **attrib: str):
    el = etree.SubElement(parent, d.q(tag), {XML_LANG if k == "lang" else k: v for k, v in attrib.items()})
    el.text = text
    return el


#: TBX-Basic's part of speech of each category (``model.CATEGORIES``): a phrase is a verb phrase
#: or a prepositional formula, which TBX-Basic has no value for but ``other``; it is also marked
#: with the ``termType`` ``phrase``.
_PART_OF_SPEECH = {"term": "noun", "title": "noun", "organisation": "properNoun", "name": "properNoun",
                   "phrase": "other"}


def _terms(lang_el, d: _Dialect, term: str, variants: tuple[str, ...], freqs: tuple[int, ...],
           forms: tuple[str, ...], contexts: list[str], category: str) -> None:
    main = _sub(lang_el, d, d.term)
    _sub(main, d, "term", _one_line(term))
    _sub(main, d, "termNote", _PART_OF_SPEECH[category], type="partOfSpeech")
    if category == "phrase":
        _sub(main, d, "termNote", "phrase", type="termType")
    _sub(main, d, "termNote", "preferredTerm-admn-sts", type="administrativeStatus")
    for context in contexts:
        _sub(main, d, "descrip", _one_line(context), type="context")
    if other := _other_forms(term, forms):
        _sub(main, d, "note", f"{FORMS_NOTE}: {'; '.join(other)}")
    seen = dict(zip(variants, freqs))
    for variant in _other_forms(term, variants):
        other = _sub(lang_el, d, d.term)
        _sub(other, d, "term", _one_line(variant))
        _sub(other, d, "termNote", _PART_OF_SPEECH[category], type="partOfSpeech")
        _sub(other, d, "termNote", "admittedTerm-admn-sts", type="administrativeStatus")
        if variant in seen:
            _sub(other, d, "note", f"freq {seen[variant]}")


def _other_forms(term: str, texts: tuple[str, ...]) -> list[str]:
    """Texts that differ from the term and from each other."""
    return [v for v in dict.fromkeys(map(_one_line, texts)) if v != _one_line(term)]


#: Stands for the entries while the rest of the document is written (``_write_tree``).
_ENTRIES = "entries"


def _write_tree(fh: BinaryIO, glossary: Glossary, d: _Dialect, attrib: dict[str, str], doctype: str | None = None
                ) -> None:
    """The TBX document, an entry at a time: a glossary of every term of an archive has tens of
    thousands, and the whole tree held at once was the run's peak (8,000 pairs: +135 MiB for
    34 MB of TBX). The same bytes as the whole tree written with lxml's pretty printing."""
    root = etree.Element(d.q(d.root), {XML_LANG: glossary.src_lang, **attrib}, nsmap={None: d.ns} if d.ns else None)
    file_desc = _sub(_sub(root, d, d.header), d, "fileDesc")
    _sub(_sub(file_desc, d, "sourceDesc"), d, "p", _description(glossary))
    text = _sub(root, d, "text")
    if glossary.entries:
        _sub(text, d, "body").append(etree.Comment(_ENTRIES))
    document = etree.tostring(etree.ElementTree(root), xml_declaration=True, encoding="UTF-8", pretty_print=True,
                              **({"doctype": doctype} if doctype else {}))
    head, placeholder, tail = document.partition(f"<!--{_ENTRIES}-->\n".encode())
    indent = head[head.rfind(b"\n") + 1:]  # the placeholder's, at the entries' depth
    fh.write(head[:len(head) - len(indent)])
    # Written on its own, an entry declares the namespace its ancestors declared in the tree.
    declared = f' xmlns="{d.ns}"'.encode() if d.ns else b""
    for n, e in enumerate(glossary.entries, 1):
        entry = etree.Element(d.q(d.entry), {"id": f"c{n}"}, nsmap={None: d.ns} if d.ns else None)
        _sub(entry, d, "descrip", e.category, type="category")
        _sub(entry, d, "note", e.comment())
        _terms(_sub(entry, d, d.lang, lang=glossary.src_lang), d, e.source, e.source_variants,
               e.source_variant_freqs, e.source_forms, [c.source for c in e.contexts], e.category)
        _terms(_sub(entry, d, d.lang, lang=glossary.tgt_lang), d, e.target, e.target_variants,
               e.target_variant_freqs, e.target_forms, [c.target for c in e.contexts], e.category)
        written = etree.tostring(entry, encoding="UTF-8", pretty_print=True).replace(declared, b"", 1)
        # Every line one level deeper: the entry's texts are on one line each (``_one_line``).
        fh.write(b"".join(indent + line for line in written.splitlines(keepends=True)))
    fh.write(tail if placeholder else b"")


def write_tbx(glossary: Glossary, fh: BinaryIO) -> None:
    """TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style. An empty glossary has a
    ``<text>`` without ``<body>``, which v3 allows (an empty body it does not)."""
    _write_tree(fh, glossary, _TBX3, {"type": "TBX-Basic", "style": "dca"})


def write_tbx2008(glossary: Glossary, fh: BinaryIO) -> None:
    """TBX 2008 (ISO 30042:2008) ``<martif>``: what OmegaT and translate-toolkit read.

    Its DTD requires at least one entry in ``<body>``: an empty glossary has no valid
    TBX 2008 form, so it is refused (``write_glossary`` then leaves no file) rather than
    written invalid; TBX v3, TSV and CSV hold it.
    """
    if not glossary.entries:
        raise FormatError("the glossary is empty, and TBX 2008 cannot hold an empty glossary "
                          "(its DTD requires one entry): nothing written; use tbx, tsv or csv")
    _write_tree(fh, glossary, _TBX2008, {"type": "TBX"}, '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">')


GLOSSARY_FORMATS.register("tsv")(GlossaryFormat(write_tsv, "txt"))
GLOSSARY_FORMATS.register("csv")(GlossaryFormat(write_csv, "csv"))
GLOSSARY_FORMATS.register("tbx")(GlossaryFormat(write_tbx, "tbx"))
# Its own name beside TBX v3's: a run writing both must not write one file over the other.
GLOSSARY_FORMATS.register("tbx2008")(GlossaryFormat(write_tbx2008, "tbx2008.tbx"))
