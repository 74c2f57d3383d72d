"""Sentence segmentation: named segmenters behind one interface.

``get_segmenter(name)`` returns a ``Segmenter``; ``split(text, lang)`` returns the
sentences of one paragraph with offsets into it. A newline inside ``text`` is a
hard boundary for every segmenter. "srx" is the SRX 2.0 engine with tmtool's own
rules (``get_segmenter("srx", srx_path=...)`` for a user file); "baseline" is a
deliberately simple splitter kept for comparison.
"""

from __future__ import annotations

from tmtool.segment.base import SEGMENTERS, Segmenter, get_segmenter
from tmtool.segment import baseline as _baseline  # noqa: F401  (registers "baseline")
from tmtool.segment.segmenter import DEFAULT_RULES, SrxSegmenter
from tmtool.segment.stream import segment_stream

__all__ = ["DEFAULT_RULES", "SEGMENTERS", "Segmenter", "SrxSegmenter", "get_segmenter", "segment_stream"]
