"""The segmenter interface and registry."""

from __future__ import annotations

from abc import ABC, abstractmethod

from tmtool.model import Segment
from tmtool.registry import Registry

SEGMENTERS: Registry[type[Segmenter]] = Registry("segmenter")


class Segmenter(ABC):
    """Splits one paragraph into sentences.

    Contract: segments are in order, do not overlap, carry no leading or
    trailing whitespace, ``seg.text == text[seg.start:seg.end]``, and together
    cover every non-space character of ``text``.
    """

    name: str = ""

    @abstractmethod
    def split(self, text: str, lang: str) -> list[Segment]:
        """Sentences of ``text`` (a paragraph in language ``lang``, a BCP 47 tag)."""

    def signature(self) -> str:
        """What a run records to say which segmentation produced its units."""
        return self.name


def get_segmenter(name: str, **options) -> Segmenter:
    return SEGMENTERS.get(name)(**options)
