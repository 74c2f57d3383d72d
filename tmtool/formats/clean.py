"""Text cleaning at the format boundary: what XML cannot carry never reaches a file.

Rules (the same for every format, so an export reads back identically whatever its format):

1. A character outside XML 1.0's ``Char`` production is *replaced*: a lone surrogate by
   U+FFFD (a character was there but was broken), a C0 control or U+FFFE/U+FFFF by a
   space — which is what OmegaT does when it reads such a character from a source
   document, so the exported segment still matches the document's segment.
2. Segments only: runs of spaces, tabs, newlines and no-break spaces become one space,
   and the segment is trimmed (CAT tools trim segments; a TM entry with a trailing space
   never gets an exact match).

In a segment with inline codes (``Cleaner.markup``) the rules apply to its text as one string,
and the codes stay where they were: a whitespace run that spans a code becomes one space where the
run began. Native code and TMX metadata are only made XML-safe (rule 1): their whitespace may mean
something to the tool that wrote them.

The store keeps the original text; only the file gets the cleaned text. ``Cleaner``
counts what it changed so the run report can say so.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from tmtool.formats.inline import normalise
from tmtool.model import Annotation, Code, Content, TmxData

_NOT_XML = regex.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = regex.compile("[\ud800-\udfff]")
_SPACES = regex.compile(r"[ \t\r\n\u00a0]+")
_SPACE = regex.compile(r"[ \t\r\n\u00a0]")


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
    return one_line(xml_safe(text))


def one_line(text: str) -> str:
    """A value for a format whose metadata are lines (PO comments, XLIFF notes read as ``key: value``)."""
    return _SPACES.sub(" ", text).strip()


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
        cleaned = one_line(safe)
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
        return one_line(safe)

    def verbatim(self, text: str) -> str:
        """Native code, a TMX attribute or prop: rule 1 only (counted), whitespace as it was."""
        safe, n = xml_safe_count(text)
        self.counts.chars_replaced += n
        return safe

    def markup(self, content: Content) -> Content:
        """A segment with inline codes, cleaned like ``segment`` with the codes kept in place: the
        text of the result is ``segment`` of the text of ``content``."""
        fold = _Fold(self)
        cleaned = fold.content(content)
        if fold.trailing_space:
            cleaned = _trim_end(cleaned)
        if fold.changed or fold.trailing_space:
            self.counts.segments_whitespace += 1
        return cleaned

    def tmx_data(self, data: TmxData | None) -> TmxData | None:
        if data is None:
            return None
        return TmxData(self._attrs(data.attrs), tuple(
            Annotation(a.tag, self.verbatim(a.text), self._attrs(a.attrs)) for a in data.annotations))

    def _attrs(self, attrs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        return tuple((name, self.verbatim(value)) for name, value in attrs)

    def _native(self, code: Code) -> Code:
        """A native code or ``sub``: XML-safe, whitespace kept."""
        return Code(code.tag, self._attrs(code.attrs), normalise(
            self.verbatim(item) if isinstance(item, str) else self._native(item) for item in code.content))


class _Fold:
    """Rule 2 over a segment's text runs in order: a whitespace run becomes one space in the run where
    it began (so ``Press <b>here</b>`` keeps its space outside the code), leading whitespace goes, and
    the one trailing space left is removed afterwards (``_trim_end``)."""

    def __init__(self, cleaner: Cleaner) -> None:
        self.cleaner = cleaner
        self.started = False  # a non-space character has been written
        self.trailing_space = False  # the last character written is a folded space
        self.changed = False  # whitespace was folded or dropped

    def content(self, content: Content) -> Content:
        out: list[str | Code] = []
        for item in content:
            if isinstance(item, str):
                out.append(self.text(item))
            elif item.tag == "hi":
                out.append(Code("hi", self.cleaner._attrs(item.attrs), self.content(item.content)))
            else:
                out.append(self.cleaner._native(item))
        return normalise(out)

    def text(self, text: str) -> str:
        safe = self.cleaner.verbatim(text)
        out = []
        for ch in safe:
            if not _SPACE.match(ch):
                out.append(ch)
                self.started, self.trailing_space = True, False
            elif self.started and not self.trailing_space:
                out.append(" ")
                self.trailing_space = True
                self.changed |= ch != " "
            else:
                self.changed = True
        return "".join(out)


def _trim_end(content: Content) -> Content:
    """``content`` without its last text character, a space (the flow's last text may sit inside
    a ``hi`` and be followed by codes)."""
    items = list(content)
    for k in range(len(items) - 1, -1, -1):
        item = items[k]
        if isinstance(item, str):
            items[k] = item[:-1]
            return normalise(items)
        if item.tag == "hi" and _has_text(item.content):
            items[k] = dataclasses.replace(item, content=_trim_end(item.content))
            return normalise(items)
    return content


def _has_text(content: Content) -> bool:
    return any(isinstance(i, str) or (i.tag == "hi" and _has_text(i.content)) for i in content)
