"""Import: TMX, XLIFF 1.2/2.0, PO and any bilingual file translate-toolkit reads → units.

XML is parsed so that nothing outside the file is ever read and nothing expands: lxml
with ``resolve_entities=False``, ``no_network=True``, no DTD loading, no huge trees, and
a file whose DOCTYPE declares entities (billion laughs, XXE) is refused outright —
TM files never need them. The DOCTYPE is read by tmtool itself before libxml2 sees the
file: libxml2's own defences differ between releases (2.14 stops a billion laughs with
its amplification error before the first element), and the refusal must not.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from tmtool.errors import FormatError
from tmtool.model import Unit
from tmtool.registry import Registry

READERS: Registry[type[TmReader]] = Registry("import format")


class TmReader(ABC):
    """Reads one bilingual file format into units.

    ``src_lang``/``tgt_lang`` fill in languages a file does not state; in a TMX, which
    holds any number of languages, they choose the source and the target ``<tuv>``.
    """

    name: str = ""

    def __init__(self, src_lang: str | None = None, tgt_lang: str | None = None):
        self.src_lang = src_lang
        self.tgt_lang = tgt_lang

    @abstractmethod
    def read(self, path: Path) -> Iterator[Unit]:
        """Units of the file, in file order."""


def iterparse(path: Path, tags: tuple[str, ...] | None = None, events=("end",)):
    """``(event, element)`` from a safely parsed XML file (see the module doc)."""
    _refuse_entities(path)
    try:
        parser = etree.iterparse(
            str(path), events=events, tag=tags,
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        )
        yield from parser
    except etree.XMLSyntaxError as exc:
        message = " ".join(exc.msg.split())  # libxml2's messages may span lines
        if "limit exceeded" in message.lower() or "try xml_parse_huge" in message.lower():
            # Not a fault of the XML: a value larger than tmtool reads (huge_tree stays off, so
            # that no file can make the parser allocate without bound).
            raise FormatError(f"{path}: line {exc.lineno}: a text or attribute value larger than tmtool reads "
                              "(10 MB); refused") from None
        raise FormatError(f"{path}: not well-formed XML (line {exc.lineno}: {message})") from None


#: How much of a file may precede the end of its DOCTYPE; TM files have none or a one-liner.
PROLOG_LIMIT = 1 << 20
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"))
_PROLOG_NOISE = re.compile(r"<!--.*?-->|<\?.*?\?>", re.S)
_DOCTYPE = re.compile(r"<!DOCTYPE\b")
_ENTITY = re.compile(r"<!ENTITY\s+(?:%\s+)?([^\s\"'>]+)")


def _head(path: Path, size: int) -> tuple[str, bool]:
    """The first ``size`` bytes of a file as text (its BOM or first bytes tell UTF-16/32),
    and whether the file goes on after them."""
    with open(path, "rb") as fh:
        head = fh.read(size + 1)
    encoding = next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
    return head[:size].decode(encoding, errors="replace").lstrip("\ufeff"), len(head) > size


def _doctype(path: Path) -> str:
    """The file's DOCTYPE declaration (internal subset included), or ``""``."""
    head, longer = _head(path, PROLOG_LIMIT)
    text = _PROLOG_NOISE.sub("", head)
    found = _DOCTYPE.search(text)
    if not found or "<" in text[: found.start()].replace("<!", "").replace("<?", ""):
        return ""  # no DOCTYPE, or it comes after the root element (not XML; the parser says so)
    quote, depth = "", 0
    for k in range(found.end(), len(text)):
        ch = text[k]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return text[found.start(): k + 1]
    if longer:
        raise FormatError(f"{path}: a DOCTYPE longer than {PROLOG_LIMIT >> 20} MB; refused")
    return text[found.start():]  # unterminated: the parser will say it is not well-formed


def _refuse_entities(path: Path) -> None:
    names = _ENTITY.findall(_doctype(path))
    if names:
        raise FormatError(f"{path}: declares XML entities ({', '.join(names[:3])}"
                          f"{', …' if len(names) > 3 else ''}); refused: entity expansion and external "
                          f"entities are never read")


def root_tag(path: Path) -> str:
    """The root element's tag (namespace included), checked for entities like any parse."""
    for _, element in iterparse(path, events=("start",)):
        return element.tag
    raise FormatError(f"{path}: empty XML file")


def release(element) -> None:
    """Free a parsed element and its already-read siblings, so reading streams."""
    element.clear(keep_tail=False)
    while element.getprevious() is not None:
        del element.getparent()[0]


def detect(path: Path) -> str:
    """The reader name for ``path``: by extension for PO, by root element for XML."""
    if path.suffix.lower() in (".po", ".pot"):
        return "po"
    if not looks_like_xml(path):
        return "toolkit"
    tag = root_tag(path)
    if tag == "tmx":
        return "tmx"
    if tag in ("{urn:oasis:names:tc:xliff:document:1.2}xliff", "{urn:oasis:names:tc:xliff:document:1.1}xliff"):
        return "xliff"
    if tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff":
        return "xliff2"
    return "toolkit"


def looks_like_xml(path: Path) -> bool:
    return _head(path, 512)[0].lstrip(" \t\r\n").startswith("<")


def read_units(path: str | Path, fmt: str | None = None, src_lang: str | None = None,
               tgt_lang: str | None = None) -> Iterator[Unit]:
    """Units of a bilingual file; ``fmt`` (a name in ``READERS``) skips detection."""
    path = Path(path)
    if not path.is_file():
        raise FormatError(f"{path}: no such file")
    reader = READERS.get(fmt or detect(path))(src_lang, tgt_lang)
    return reader.read(path)
