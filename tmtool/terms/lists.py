"""Reading the user's stop list and seed glossary."""

from __future__ import annotations

import csv
from pathlib import Path

from lxml import etree

from tmtool.errors import InputError
from tmtool.terms.extract import normalise

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_stoplist(path: str | Path) -> frozenset[str]:
    """Terms never to propose, one a line in either language; ``#`` starts a comment line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the stop list: {exc}") from None
    return frozenset(normalise(line) for line in lines if line.strip() and not line.lstrip().startswith("#"))


def read_seeds(path: str | Path, src_lang: str, tgt_lang: str) -> tuple[tuple[str, str], ...]:
    """Known pairs from a glossary: TBX (v3 or 2008) by its languages, else TSV/CSV
    whose first two columns are source and target (a ``source,target`` header is skipped)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read the seed glossary: {exc}") from None
    if raw.lstrip().startswith(b"<"):
        return _tbx_pairs(path, raw, src_lang, tgt_lang)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "the seed glossary is not UTF-8") from None
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    pairs = []
    for n, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), 1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) < 2:
            raise InputError(path, f"line {n}: expected source{'<TAB>' if delimiter == chr(9) else ','}target")
        if n == 1 and (row[0].strip().lower(), row[1].strip().lower()) == ("source", "target"):
            continue
        pairs.append((row[0].strip(), row[1].strip()))
    return tuple(pairs)


def _tbx_pairs(path: Path, raw: bytes, src_lang: str, tgt_lang: str) -> tuple[tuple[str, str], ...]:
    try:
        root = etree.fromstring(raw, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"not well-formed XML: {exc}") from None
    src, tgt = src_lang.lower().split("-")[0], tgt_lang.lower().split("-")[0]
    pairs = []
    for entry in root.iter("{*}termEntry", "{*}conceptEntry", "termEntry", "conceptEntry"):
        terms: dict[str, str] = {}
        for lang_el in entry.iter("{*}langSet", "{*}langSec", "langSet", "langSec"):
            lang = (lang_el.get(XML_LANG) or "").lower().split("-")[0]
            term = next(lang_el.iter("{*}term", "term"), None)
            if term is not None and term.text and lang not in terms:
                terms[lang] = term.text.strip()
        if src in terms and tgt in terms:
            pairs.append((terms[src], terms[tgt]))
    return tuple(pairs)
