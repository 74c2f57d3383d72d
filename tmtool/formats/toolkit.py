"""Any other bilingual file translate-toolkit reads (CSV, Qt TS, XLIFF 1.1, TBX, …) → units.

XML files reach translate-toolkit only after ``read.root_tag`` has checked them for
entity declarations, so its own parser never meets an entity to expand.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tmtool.errors import FormatError
from tmtool.formats.meta import build_unit
from tmtool.formats.read import READERS, TmReader, looks_like_xml, root_tag
from tmtool.model import Unit


@READERS.register("toolkit")
class ToolkitReader(TmReader):
    name = "toolkit"

    def read(self, path: Path) -> Iterator[Unit]:
        from translate.storage import factory  # only here: importing it slows every tmtool start

        if looks_like_xml(path):
            root_tag(path)
        try:
            store = factory.getobject(str(path))
        except Exception as exc:  # translate-toolkit raises anything from ValueError to its own errors
            raise FormatError(f"{path}: not a bilingual file tmtool or translate-toolkit can read "
                              f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})") from None
        src = self.src_lang or store.getsourcelanguage() or "und"
        tgt = self.tgt_lang or store.gettargetlanguage() or "und"
        for n, unit in enumerate(store.units, 1):
            if unit.isheader() or not unit.source or not unit.target:
                continue
            notes = unit.getnotes()
            yield build_unit((), unit_id=unit.getid() or f"{path.stem}:{n}", source=str(unit.source),
                             target=str(unit.target), src_lang=src, tgt_lang=tgt,
                             notes=[notes] if notes else [], path=str(path))
