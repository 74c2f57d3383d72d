"""Import: TMX, XLIFF 1.2/2.0, PO and any bilingual file translate-toolkit reads → units.

XML is parsed so that nothing outside the file is ever read and nothing expands: lxml
with ``resolve_entities=False``, ``no_network=True``, no DTD loading, no huge trees, and
a file whose DOCTYPE declares entities (billion laughs, XXE) is refused outright —
TM files never need them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from tmtool.errors import FormatError
from tmtool.model import Unit
from tmtool.registry import Registry

READERS: Registry[type[Reader]] = Registry("import format")

# Inline elements whose content is native code (markup of the original), not text.
CODE_TAGS = frozenset(["bpt", "ept", "ph", "it", "ut"])


class Reader(ABC):
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
    try:
        parser = etree.iterparse(
            str(path), events=("start", *events) if "start" not in events else events, tag=tags,
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        )
        first = True
        for event, element in parser:
            if first:
                _refuse_entities(path, element)
                first = False
            if event in events:
                yield event, element
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{path}: not well-formed XML (line {exc.lineno}: {exc.msg})") from None


def _refuse_entities(path: Path, element) -> None:
    dtd = element.getroottree().docinfo.internalDTD
    names = [e.name for e in dtd.iterentities()] if dtd is not None else []
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


def text_of(element, code_tags=CODE_TAGS) -> str:
    """The text of a segment element: inline markup kept as text, native code left out."""
    parts = [element.text or ""]
    for child in element:
        if etree.QName(child).localname == "cp":  # XLIFF 2: a character XML cannot carry
            parts.append(chr(int(child.get("hex", "FFFD"), 16)))
        elif etree.QName(child).localname not in code_tags:
            parts.append(text_of(child, code_tags))
        parts.append(child.tail or "")
    return "".join(parts)


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
    with open(path, "rb") as fh:
        head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def read_units(path: str | Path, fmt: str | None = None, src_lang: str | None = None,
               tgt_lang: str | None = None) -> Iterator[Unit]:
    """Units of a bilingual file; ``fmt`` (a name in ``READERS``) skips detection."""
    path = Path(path)
    if not path.is_file():
        raise FormatError(f"{path}: no such file")
    reader = READERS.get(fmt or detect(path))(src_lang, tgt_lang)
    return reader.read(path)
