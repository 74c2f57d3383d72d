"""Plain UTF-8 text: the first block is the title, each further blank-line-separated block a paragraph
(a text of one block has no title).

Lines inside a block are soft wraps and join with a space.
"""

from __future__ import annotations

import regex

from tmtool.ingest.base import PAGE_READERS, Page, PageReader

_BLOCKS = regex.compile(r"\n[ \t\u00a0]*\n")


@PAGE_READERS.register("plain")
class PlainReader(PageReader):
    name = "plain"

    def sniff(self, suffix: str, text: str) -> bool:
        return True

    def parse(self, text: str) -> Page:
        blocks = [" ".join(b.split("\n")).strip() for b in _BLOCKS.split(text.strip())]
        blocks = [b for b in blocks if b]
        if len(blocks) == 1:  # a single block is body text with no title
            return Page(title="", paragraphs=tuple(blocks))
        return Page(title=blocks[0], paragraphs=tuple(blocks[1:]))
