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
class Unit:
    """A translation unit: one aligned bead (or the two titles) with provenance."""

    unit_id: str
    source: str
    target: str
    src_lang: str
    tgt_lang: str
    provenance: Provenance
    kind: str = "body"  # "title" or "body"
    paragraph: int | None = None  # source paragraph index; None for the title
    bead: str = "1-1"
    score: float = 1.0
    needs_review: bool = False
    notes: tuple[str, ...] = field(default=())
