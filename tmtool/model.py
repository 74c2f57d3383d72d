"""Records that flow through the pipeline: ingest → pair → segment → align → units.

All records are immutable; a stage builds new records instead of editing old ones.
Offsets are character offsets (Python ``str`` indices) into the *cleaned* text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph (or heading, list item, speaker turn) of a release.

    ``text`` is the cleaned text used for matching (NFC, no-break and other
    spaces folded to one space, trimmed); ``raw`` is the paragraph as it stood
    in the source after decoding and NFC, so nothing of the original is lost.
    ``start`` is the offset of ``text`` in ``Release.text``.
    """

    index: int
    text: str
    raw: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def build_paragraphs(raws: Iterable[str], clean) -> tuple[Paragraph, ...]:
    """Paragraphs with offsets into ``"\\n".join(texts)``; empty paragraphs are dropped."""
    out: list[Paragraph] = []
    offset = 0
    for raw in raws:
        text = clean(raw)
        if not text:
            continue
        if text == raw:  # one string, not two equal ones: a corpus's text is much of a run's memory
            raw = text
        out.append(Paragraph(index=len(out), text=text, raw=raw, start=offset))
        offset += len(text) + 1
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Release:
    """One language version of one press release, as read from a file."""

    path: str
    lang: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    release_id: str | None = None
    date: dt.date | None = None
    time: dt.time | None = None
    languages: tuple[str, ...] = ()
    url: str | None = None
    reader: str = ""
    encoding: str = "utf-8"

    @property
    def text(self) -> str:
        """The cleaned body: paragraphs joined by one newline (the offsets' frame)."""
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class ReleasePair:
    """Two language versions of the same release, and why they were paired."""

    pair_id: str
    src: Release
    tgt: Release
    method: str  # "id" or "content"
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence: ``text == paragraph_text[start:end]``."""

    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Bead:
    """An alignment bead: source sentence indices ↔ target sentence indices.

    ``score`` is the aligner's confidence in [0, 1]. Either side may be empty
    (an omitted or added sentence).
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    def __str__(self) -> str:
        return f"{list(self.src)}:{list(self.tgt)}"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a unit comes from: the release and the files of its two versions."""

    release_id: str
    date: dt.date | None
    title: str
    src_path: str
    tgt_path: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Code:
    """An inline element of a segment, in TMX 1.4b's terms: the neutral form every format's inline
    markup is read into and written from.

    ``bpt``/``ept``/``ph``/``it``/``ut`` stand for native code (the markup of the original document):
    their ``content`` is that code's text and any ``sub`` (translatable text inside the code). ``hi``
    marks a stretch of segment text; its ``content`` is text and codes, like a segment's. ``attrs`` are
    the element's attributes (``i``, ``x``, ``type``, ``pos``, ``assoc``, ``datatype``) in file order.
    """

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    content: tuple[str | Code, ...] = ()

    def get(self, name: str) -> str | None:
        return next((value for key, value in self.attrs if key == name), None)


#: A segment's text runs and inline codes, in order (``tmtool.formats.inline`` works on it).
Content = tuple[str | Code, ...]


@dataclass(frozen=True, slots=True)
class Annotation:
    """A TMX ``<prop>`` or ``<note>`` kept as the file had it: ``attrs`` are its ``type``,
    ``xml:lang``, ``o-encoding``… in file order."""

    tag: str  # "prop" or "note"
    text: str
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TmxData:
    """What a TMX ``<tu>`` or ``<tuv>`` said about itself beyond tmtool's own metadata, kept so that
    an export gives it back: its attributes (``creationdate``, ``creationid``, ``changedate``,
    ``changeid``, ``usagecount``, ``lastusagedate``…, without ``tuid``, ``srclang`` and ``xml:lang``,
    which tmtool writes itself) and its props and notes (a ``<tu>``'s plain notes are the unit's
    ``notes``)."""

    attrs: tuple[tuple[str, str], ...] = ()
    annotations: tuple[Annotation, ...] = ()


@dataclass(frozen=True, slots=True)
class Unit:
    """A translation unit: one aligned bead (or the two titles) with provenance.

    ``source`` and ``target`` are plain text: what lookup, duplicate merging, term extraction and
    the aligner read. A side with inline codes also has them in ``source_markup``/``target_markup``,
    whose text is that side's text (``tmtool.formats.inline.plain``). ``kind``, ``bead`` and
    ``score`` are None for a unit read from a file that did not state them. ``tu``/``source_tuv``/``target_tuv``
    are what a TMX said of the unit (None when it was not read from a TM file that said anything).
    """

    unit_id: str
    source: str
    target: str
    src_lang: str
    tgt_lang: str
    provenance: Provenance
    kind: str | None = "body"  # "title", "body", "continuation" or "item"; None when a file did not say
    paragraph: int | None = None  # source paragraph index; None for the title
    bead: str | None = "1-1"
    score: float | None = 1.0
    needs_review: bool = False
    notes: tuple[str, ...] = field(default=())
    source_markup: Content | None = None
    target_markup: Content | None = None
    tu: TmxData | None = None
    source_tuv: TmxData | None = None
    target_tuv: TmxData | None = None
