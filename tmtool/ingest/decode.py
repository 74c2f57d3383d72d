"""Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy single-byte
Cyrillic encodings (cp1251, KOI8-R, cp866, ISO-8859-5).

Ministry pages saved by Windows tools turn up in cp1251, older ones in KOI8-R. Every byte
string decodes in each of them, so the one whose letters read like Russian (letter
frequencies, case inside words) is taken, and only when it reads clearly better than the
others; a file that is neither text we can decode with confidence nor empty is refused
with the reason.
"""

from __future__ import annotations

import codecs
import math
from dataclasses import dataclass

import regex

from tmtool.text import cyrillic_share

# A share of C0 controls (besides tab/newline/CR/form feed) above this means binary data.
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


_CONTROL = regex.compile("[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls but tab, line breaks, form feed


def _controls(text: str) -> int:
    return len(_CONTROL.findall(text))


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


#: Single-byte encodings Russian pages come in, in the order ties are broken.
CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "cp866", "iso8859_5")
#: Russian letter frequencies (per cent, ё with е): what a right decoding reads like. Any
#: byte string decodes in each of these encodings; a wrong one permutes the letters (and, for
#: KOI8-R read as cp1251, their case), which these frequencies tell apart.
_RUSSIAN = dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъ", (
    10.97, 8.49, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62, 2.01, 1.90, 1.74,
    1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32, 0.26, 0.04), strict=True))
_LOG_FREQ = {ch: math.log(p / 100) for ch, p in _RUSSIAN.items()}
_UNSEEN = math.log(0.0001)
#: A decoding is taken when it reads this much better (mean log-probability per letter) than
#: the next best, and has at least _MIN_LETTERS Cyrillic letters; else the file is refused.
_MARGIN = 0.5
_MIN_LETTERS = 20
_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
#: Capitals a word may have and still be an acronym (ООН, ОБСЕ, ЕАЭС, ШОС…), not a case swap.
_ACRONYM = 5


def russian_likelihood(text: str) -> tuple[float, int]:
    """Mean log-probability of the non-ASCII characters of ``text`` under Russian letter
    frequencies, and how many Cyrillic letters it has. A character that is no Russian letter
    (a box-drawing sign of cp866 read wrongly), a capital after a small letter and the capitals
    of a word too long for an acronym count as unseen (KOI8-R and cp1251 read as each other
    swap case)."""
    score, seen, cyrillic = 0.0, 0, 0
    for word in text.split():
        shouting = len(word) > _ACRONYM and word.isupper()
        for k, ch in enumerate(word):
            if ch < "\x80":
                continue
            seen += 1
            if not _CYRILLIC_LETTER.match(ch):
                score += _UNSEEN
                continue
            cyrillic += 1
            low = ch.lower()
            odd_case = ch != low and k and (shouting or word[k - 1].islower())
            score += _UNSEEN if odd_case else _LOG_FREQ.get(low.replace("ё", "е"), _UNSEEN)
    return (score / seen if seen else float("-inf")), cyrillic


def _single_byte(data: bytes) -> Decoded | None:
    """The single-byte Cyrillic decoding that reads as Russian, clearly better than any other."""
    scored = []
    for name in CYRILLIC_ENCODINGS:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:  # a byte the encoding leaves unassigned
            continue
        if _looks_binary(text) or cyrillic_share(text) < 0.5:
            continue
        likelihood, count = russian_likelihood(text)
        if count >= _MIN_LETTERS:
            scored.append((likelihood, name, text))
    scored.sort(key=lambda x: -x[0])
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN):
        return None
    return Decoded(scored[0][2], scored[0][1])


#: Planes 2 to 13 (U+20000–U+DFFFF): rare CJK ideographs, then planes unassigned and reserved as
#: such; no ministry page holds one, but the bytes of a single-byte Cyrillic text may spell one in UTF-8.
_NEVER_IN_A_PAGE = regex.compile("[\U00020000-\U000DFFFF]")


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes or raise ``ValueError`` with a one-line reason."""
    if not data.strip():
        raise ValueError("empty file")
    decoded = _from_bom(data)
    if decoded is None:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8")
            if _NEVER_IN_A_PAGE.search(decoded.text):
                # Valid UTF-8 by accident: cp866 "ёлка" (F1 AB AA A0) reads as U+6BAA0, in a plane
                # Unicode has never used, and "Ёлка" (F0 AB AA A0) as U+2BAA0, a rare CJK ideograph.
                raise UnicodeDecodeError("utf-8", data, 0, 1, "a character no page holds")
        except UnicodeDecodeError:
            decoded = _single_byte(data)
            if decoded is None:
                raise ValueError("not UTF-8 text, nor Russian in one single-byte encoding clearly more than in "
                                 f"another ({', '.join(CYRILLIC_ENCODINGS)}): binary or an unknown encoding") from None
    if _looks_binary(decoded.text):
        raise ValueError("binary data, not text")
    if not decoded.text.strip():
        raise ValueError("empty file")
    return decoded
