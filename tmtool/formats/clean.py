"""Text cleaning at the format boundary: what XML cannot carry never reaches a file.

Rules (the same for every format, so an export reads back identically whatever its format):

1. A character outside XML 1.0's ``Char`` production is *replaced*: a lone surrogate by
   U+FFFD (a character was there but was broken), a C0 control or U+FFFE/U+FFFF by a
   space — which is what OmegaT does when it reads such a character from a source
   document, so the exported segment still matches the document's segment.
2. Segments only: runs of spaces, tabs, newlines and no-break spaces become one space,
   and the segment is trimmed (CAT tools trim segments; a TM entry with a trailing space
   never gets an exact match).

The store keeps the original text; only the file gets the cleaned text. ``Cleaner``
counts what it changed so the run report can say so.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_NOT_XML = regex.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = regex.compile("[\ud800-\udfff]")
_SPACES = regex.compile(r"[ \t\r\n\u00a0]+")


def _replacement(match: regex.Match) -> str:
    return "\ufffd" if _SURROGATE.match(match.group()) else " "


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot carry replaced (rule 1)."""
    return _NOT_XML.sub(_replacement, text)


def xml_safe_count(text: str) -> tuple[str, int]:
    """``xml_safe``, and how many characters it replaced."""
    return _NOT_XML.subn(_replacement, text)


def clean_segment(text: str) -> str:
    """A segment as written: XML-safe, internal whitespace runs collapsed, trimmed."""
    return _SPACES.sub(" ", xml_safe(text)).strip()


@dataclass(slots=True)
class CleaningCounts:
    """What cleaning changed during one export (added to the run report)."""

    chars_replaced: int = 0  # characters XML cannot carry (rule 1)
    segments_whitespace: int = 0  # segments whose whitespace was trimmed or collapsed (rule 2)


class Cleaner:
    """Applies the rules and counts every change."""

    def __init__(self) -> None:
        self.counts = CleaningCounts()

    def segment(self, text: str) -> str:
        safe, n = xml_safe_count(text)
        cleaned = _SPACES.sub(" ", safe).strip()
        self.counts.chars_replaced += n
        if cleaned != safe:
            self.counts.segments_whitespace += 1
        return cleaned

    def value(self, text: str) -> str:
        """A metadata value (title, note): cleaned like a segment, but only rule 1 is counted.

        Values become one line because PO comments and CAT tools' note fields are lines.
        """
        safe, n = xml_safe_count(text)
        self.counts.chars_replaced += n
        return _SPACES.sub(" ", safe).strip()
