"""What a reader extracts from one page, before cleaning and language checks."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass

from tmtool.registry import Registry


@dataclass(frozen=True, slots=True)
class Page:
    """A page as a reader found it: raw paragraphs and whatever metadata it shows."""

    title: str
    paragraphs: tuple[str, ...]
    date: dt.date | None = None
    time: dt.time | None = None
    languages: tuple[str, ...] = ()
    lang_hint: str | None = None  # the page's own word on its language (html@lang, month names)
    url: str | None = None


class PageReader(ABC):
    """Reads one kind of saved release page (HTML, page dump, plain text) into a ``Page``.

    Not to be confused with ``tmtool.formats``' readers of translation-memory files.
    """

    name: str = ""

    @abstractmethod
    def sniff(self, suffix: str, text: str) -> bool:
        """Whether this reader recognises the file (by extension and content)."""

    @abstractmethod
    def parse(self, text: str) -> Page:
        """The page; raises ``ValueError`` with a one-line reason when it cannot."""


PAGE_READERS: Registry[type[PageReader]] = Registry("page reader")
