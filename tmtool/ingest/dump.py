"""Page dumps in the layout of a saved ministry page's text.

::

    Asset Publisher
    3 February 201718:13
    <title>
      • en-GB1 ru-RU1
    <body lines>
    Additional materials
    Advanced settings

Every non-empty body line is a paragraph: the dump keeps one paragraph, heading
or list item per line, so a newline is a hard boundary.
"""

from __future__ import annotations

import regex

from tmtool.ingest.base import PAGE_READERS, Page, PageReader
from tmtool.ingest.chrome import load_chrome
from tmtool.ingest.dates import parse_release_date
from tmtool.text import normalise_tag

# `• de-DE1 en-GB1 ru-RU1`: each tag is followed by the site's counter digit.
_SWITCHER = regex.compile(r"^\s*[•·*]\s*((?:[a-z]{2,3}[-_][A-Za-z]{2,4}\d*\s*)+)$")
_TAG = regex.compile(r"([a-z]{2,3}[-_][A-Za-z]{2,4})\d*")
_HEAD_LINES = 6  # the date line stands among the first non-empty, non-chrome lines


def parse_switcher(line: str) -> tuple[str, ...] | None:
    m = _SWITCHER.match(line)
    return tuple(normalise_tag(t) for t in _TAG.findall(m.group(1))) if m else None


def _content_lines(text: str) -> list[str]:
    chrome = load_chrome()
    out = []
    for line in text.splitlines():
        if chrome.is_end(line):
            break
        if line.strip() and not chrome.is_skip(line):
            out.append(line.strip())
    return out


@PAGE_READERS.register("dump")
class DumpReader(PageReader):
    name = "dump"

    def sniff(self, suffix: str, text: str) -> bool:
        chrome = load_chrome()
        head = [line for line in text.splitlines() if line.strip()][:_HEAD_LINES]
        return suffix in {".txt", ""} and any(
            chrome.is_skip(line) or parse_release_date(line) for line in head
        )

    def parse(self, text: str) -> Page:
        lines = _content_lines(text)
        dated = next(((i, d) for i, line in enumerate(lines[:_HEAD_LINES]) if (d := parse_release_date(line))), None)
        if dated is None:
            raise ValueError("page dump without a date line (expected e.g. '3 February 201718:13')")
        i, date = dated
        rest = lines[i + 1:]
        if not rest:
            raise ValueError("page dump ends after the date line: no title")
        title, body = rest[0], rest[1:]
        languages: tuple[str, ...] = ()
        if body and (switcher := parse_switcher(body[0])) is not None:
            languages, body = switcher, body[1:]
        if not body:
            raise ValueError("page dump has no body text")
        return Page(
            title=title,
            paragraphs=tuple(body),
            date=date.date,
            time=date.time,
            languages=languages,
            lang_hint=date.lang,
        )
