"""Text cleaning at the format boundary: what XML cannot carry never reaches a file."""

from __future__ import annotations

import regex

# XML 1.0 Char production: everything outside it is dropped (C0 controls but
# tab/newline/CR, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = regex.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACES = regex.compile(r"[ \t\r\n\u00a0]+")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def clean_segment(text: str) -> str:
    """A segment as written: XML-safe, trimmed, internal runs of spaces collapsed."""
    return _SPACES.sub(" ", xml_safe(text)).strip()
