"""Gettext PO via polib: ``msgctxt`` = unit id, ``msgid`` = source, ``msgstr`` = target.

Provenance goes in extracted comments (``#. key: value``), review notes in translator
comments (``# …``), and a unit that needs review is ``fuzzy``. Entries are formatted one
by one with polib and streamed, so a million units do not make a million ``POEntry``s.

PO has no inline markup: a segment's inline codes are left out (its text is written, the same as
every format's), and counted in ``ExportStats.inline_codes_dropped``. Writing them as text would
make a msgid no tool matches and no reader can tell from the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import polib

from tmtool.errors import FormatError
from tmtool.formats.base import FORMATS, Entry, ExportHeader, Exporter, ExportStats
from tmtool.formats.inline import count_codes
from tmtool.formats.meta import build_unit, review_notes, split_notes, tmx_meta, unit_meta, usable
from tmtool.formats.read import READERS, TmReader
from tmtool.model import Unit
from tmtool.text import normalise_tag


def gettext_lang(tag: str) -> str:
    """``ru-RU`` → ``ru_RU``: gettext's ``Language`` header uses ll_CC."""
    return normalise_tag(tag).replace("-", "_")


@FORMATS.register("po")
class PoExporter(Exporter):
    name = "po"
    extension = "po"
    title = "PO"

    def write_entries(self, entries: Iterable[Entry], fh: BinaryIO, header: ExportHeader,
                      stats: ExportStats) -> None:
        date = header.created.strftime("%Y-%m-%d %H:%M+0000")
        head = polib.POFile(wrapwidth=0)
        head.metadata = {
            "Project-Id-Version": header.signature or "tmtool",
            "POT-Creation-Date": date,
            "PO-Revision-Date": date,
            "Last-Translator": "tmtool",
            "Language-Team": "none",
            "Language": gettext_lang(header.tgt_lang),
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "X-Generator": f"tmtool {header.tool_version}",
            "X-Source-Language": normalise_tag(header.src_lang),
        }
        fh.write(head.__unicode__().encode("utf-8"))
        for entry in entries:
            fh.write(b"\n" + self._entry(entry, stats).__unicode__(wrapwidth=0).encode("utf-8"))

    @staticmethod
    def _entry(entry: Entry, stats: ExportStats) -> polib.POEntry:
        unit = entry.unit
        stats.inline_codes_dropped += count_codes(unit.source_markup) + count_codes(unit.target_markup)
        tmx, dropped = tmx_meta(unit)
        stats.details_dropped += dropped
        return polib.POEntry(
            msgctxt=unit.unit_id,
            msgid=unit.source,
            msgstr=unit.target,
            comment="\n".join(f"{key}: {value}" for key, value in unit_meta(entry) + tmx),
            tcomment="\n".join(review_notes(entry)),
            flags=["fuzzy"] if unit.needs_review else [],
        )


@READERS.register("po")
class PoReader(TmReader):
    """Translated, non-obsolete singular entries (``fuzzy`` ones come back as needing review)."""

    name = "po"

    def read(self, path: Path) -> Iterator[Unit]:
        # polib reads a file whole (no streaming parser for PO): memory grows with the file.
        try:
            catalog = polib.pofile(str(path), wrapwidth=0)
        except (OSError, ValueError) as exc:
            raise FormatError(f"{path}: not a readable PO file ({exc})") from None
        src = self.src_lang or catalog.metadata.get("X-Source-Language") or "en"
        tgt = self.tgt_lang or normalise_tag(catalog.metadata.get("Language") or "und")
        for n, entry in enumerate(catalog, 1):
            unit = self._unit(entry, n, src, tgt, path)
            if unit is not None:
                yield unit

    @staticmethod
    def _unit(entry: polib.POEntry, n: int, src: str, tgt: str, path: Path) -> Unit | None:
        if entry.obsolete or entry.msgid_plural:
            return None
        meta, _ = split_notes((True, line) for line in entry.comment.split("\n"))
        if "fuzzy" in entry.flags:
            meta.append(("needs-review", "yes"))
        unit = build_unit(meta, unit_id=entry.msgctxt or f"{path.stem}:{n}", source=entry.msgid,
                          target=entry.msgstr, src_lang=src, tgt_lang=tgt,
                          notes=entry.tcomment.split("\n") if entry.tcomment else [], path=str(path))
        return unit if usable(unit) else None
