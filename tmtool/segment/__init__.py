"""Sentence segmentation: named segmenters behind one interface.

``get_segmenter(name)`` returns a ``Segmenter``; ``split(text, lang)`` returns the
sentences of one paragraph with offsets into it (``segment_text(text, lang)``: both in
one call). A newline inside ``text`` is a hard boundary for every segmenter. "srx" is
the SRX 2.0 engine with tmtool's own rules (``get_segmenter("srx", srx_path=...)`` for
a user file); "baseline" is a deliberately simple splitter kept for comparison.
``segment_release(release, segmenter)`` is the stage's entry point: a release's body,
sentence by sentence.
"""

from __future__ import annotations

from tmtool.model import Release, Segment
from tmtool.segment.base import SEGMENTERS, Segmenter, get_segmenter
from tmtool.segment import baseline as _baseline  # noqa: F401  (registers "baseline")
from tmtool.segment.segmenter import DEFAULT_RULES, SrxSegmenter
from tmtool.segment.stream import segment_stream

__all__ = ["DEFAULT_RULES", "SEGMENTERS", "Segmenter", "SrxSegmenter", "get_segmenter", "segment_release",
           "segment_stream", "segment_text"]


def segment_text(text: str, lang: str, segmenter: str = "srx") -> list[Segment]:
    """The sentences of ``text`` (language ``lang``, a BCP 47 tag), with their offsets in it:
    ``text[s.start:s.end] == s.text``. A line break always ends a sentence. ``segmenter`` is
    a name in ``SEGMENTERS``; for rules of your own, ``get_segmenter("srx", srx_path=...)``."""
    return get_segmenter(segmenter).split(text, lang)


def segment_release(release: Release, segmenter: Segmenter) -> list[Segment]:
    """Sentences of the body, paragraph by paragraph (a paragraph boundary is always a break)."""
    out = []
    for para in release.paragraphs:
        for seg in segmenter.split(para.text, release.lang):
            out.append(Segment(seg.text, seg.start, seg.end, para.index))
    return out
