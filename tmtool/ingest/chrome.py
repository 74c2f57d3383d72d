"""The portal's chrome lines, loaded from ``data/chrome.json`` (data, not code)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Chrome:
    skip: frozenset[str]
    end: frozenset[str]
    skip_lang: dict[str, str]  # chrome line → the language of the page that shows it

    def is_skip(self, line: str) -> bool:
        return line.strip().casefold() in self.skip

    def is_end(self, line: str) -> bool:
        return line.strip().casefold() in self.end


@cache
def load_chrome() -> Chrome:
    data = json.loads(resources.files("tmtool.ingest").joinpath("data/chrome.json").read_text("utf-8"))
    skip = {line.casefold() for lines in data["skip"].values() for line in lines}
    end = {line.casefold() for lines in data["end"].values() for line in lines}
    langs: dict[str, str] = {}
    for lang, lines in list(data["skip"].items()) + list(data["end"].items()):
        for line in lines:
            # "Asset Publisher" is shown on every non-Russian page: it says nothing of the language.
            langs.setdefault(line.casefold(), lang)
    return Chrome(frozenset(skip), frozenset(end), langs)
