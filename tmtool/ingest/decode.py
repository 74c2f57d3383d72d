"""Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy cp1251.

Ministry pages saved by Windows tools turn up in cp1251; a file that is neither
text we can decode with confidence nor empty is refused with the reason.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from tmtool.text import cyrillic_share, letters

# A share of C0 controls (besides tab/newline/CR/form feed) above this means binary data.
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _controls(text: str) -> int:
    return sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")


def _looks_binary(text: str) -> bool:
    return "\x00" in text or _controls(text) > _MAX_CONTROL_SHARE * max(len(text), 1)


def _from_bom(data: bytes) -> Decoded | None:
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name.replace("-sig", "") + " (BOM)")
            except UnicodeDecodeError as exc:
                raise ValueError(f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason}") from None
    return None


def _cp1251(data: bytes) -> Decoded | None:
    """cp1251 only when the result reads as Russian: any byte string decodes as cp1251."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:  # 0x98 is unassigned in cp1251
        return None
    if _looks_binary(text):
        return None
    if cyrillic_share(text) >= 0.5 and letters(text) >= 20:
        return Decoded(text, "cp1251")
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes or raise ``ValueError`` with a one-line reason."""
    if not data.strip():
        raise ValueError("empty file")
    decoded = _from_bom(data)
    if decoded is None:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            decoded = _cp1251(data)
            if decoded is None:
                raise ValueError("not UTF-8 text (and not recognisable as Russian cp1251): binary or an unknown encoding") from None
    if _looks_binary(decoded.text):
        raise ValueError("binary data, not text")
    if not decoded.text.strip():
        raise ValueError("empty file")
    return decoded
