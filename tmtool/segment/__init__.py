"""Sentence segmentation: named segmenters behind one interface.

``get_segmenter(name)`` returns a ``Segmenter``; ``split(text, lang)`` returns the
sentences of one paragraph with offsets into it. A newline inside ``text`` is a
hard boundary for every segmenter.
"""

from __future__ import annotations

from tmtool.segment.base import SEGMENTERS, Segmenter, get_segmenter
from tmtool.segment import baseline as _baseline  # noqa: F401  (registers "baseline")

__all__ = ["SEGMENTERS", "Segmenter", "get_segmenter"]
