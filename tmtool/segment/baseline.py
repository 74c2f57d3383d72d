"""A deliberately simple baseline: break after . ! ? (and a closing quote) before a capital.

It exists so the pipeline runs end to end; the SRX engine is the real segmenter.
"""

from __future__ import annotations

import regex

from tmtool.model import Segment
from tmtool.segment.base import SEGMENTERS, Segmenter

_BREAK = regex.compile(r"(?<=[.!?…][\"”’»)]*)\s+(?=[\"“‘«(]*\p{Lu})")
_NONSPACE = regex.compile(r"\S(?:.*\S)?", regex.DOTALL)


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    m = _NONSPACE.search(text, start, end)
    return Segment(m.group(), m.start(), m.end()) if m else None


@SEGMENTERS.register("baseline")
class BaselineSegmenter(Segmenter):
    name = "baseline"

    def split(self, text: str, lang: str) -> list[Segment]:
        out: list[Segment] = []
        for line in regex.finditer(r"[^\n]+", text):
            start = line.start()
            for brk in _BREAK.finditer(text, line.start(), line.end()):
                seg = _trimmed(text, start, brk.start())
                if seg:
                    out.append(seg)
                start = brk.end()
            seg = _trimmed(text, start, line.end())
            if seg:
                out.append(seg)
        return out
