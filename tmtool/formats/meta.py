"""A unit's provenance and flags as ``key: value`` pairs, the same in every format.

TMX writes them as ``<prop type="x-KEY">``, XLIFF as ``<note from|category="tmtool">KEY: value``,
PO as ``#. KEY: value`` comments; every reader turns them back into a ``Unit``.
Free notes (review reasons) travel separately, as the format's own notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from tmtool.errors import FormatError
from tmtool.formats.dedup import Entry
from tmtool.model import Provenance, Unit

TOOL = "tmtool"
CONFLICT_NOTE = "same source as another unit with a different target"
# A CAT segment whose translation is in the previous unit (``tmtool.formats.cat``):
# the one kind of unit whose empty target is meant.
CONTINUATION = "continuation"


def usable(unit: Unit) -> bool:
    """Whether a unit belongs in a file: a source, and a target unless it is a continuation."""
    return bool(unit.source) and (bool(unit.target) or unit.kind == CONTINUATION)


def unit_meta(entry: Entry) -> list[tuple[str, str]]:
    """The pairs written for an entry, in a stable order; empty values are left out."""
    u, p = entry.unit, entry.unit.provenance
    pairs = [
        ("release-id", p.release_id),
        ("release-date", p.date.isoformat() if p.date else ""),
        ("release-title", p.title),
        ("url", p.url or ""),
        ("unit-kind", u.kind),
        ("paragraph", "" if u.paragraph is None else str(u.paragraph)),
        ("bead", u.bead),
        ("alignment-score", f"{u.score:.3f}"),
        ("needs-review", "yes" if u.needs_review else ""),
        ("count", str(entry.count) if entry.count > 1 else ""),
        ("conflict", "yes" if entry.conflict else ""),
    ]
    return [(k, v) for k, v in pairs if v]


def review_notes(entry: Entry) -> tuple[str, ...]:
    """Notes a CAT tool shows the translator: the unit's own, and the conflict flag."""
    return entry.unit.notes + ((CONFLICT_NOTE,) if entry.conflict else ())


def split_notes(notes: Iterable[tuple[bool, str]]) -> tuple[dict[str, str], list[str]]:
    """``(written by tmtool, text)`` notes → the metadata pairs and the free notes."""
    meta, free = {}, []
    for ours, text in notes:
        key, sep, value = text.partition(": ")
        if ours and sep and key in _KEYS:
            meta[key] = value
        else:
            free.append(text)
    return meta, free


def build_unit(meta: Mapping[str, str], *, unit_id: str, source: str, target: str, src_lang: str,
               tgt_lang: str, notes: Iterable[str], path: str) -> Unit:
    """A unit from what a file holds; a file not written by tmtool gives the defaults."""
    try:
        return _build(meta, unit_id, source, target, src_lang, tgt_lang, tuple(notes), path)
    except ValueError as exc:
        raise FormatError(f"{path}: unit {unit_id}: bad tmtool metadata ({exc})") from None


def _build(meta, unit_id, source, target, src_lang, tgt_lang, notes, path) -> Unit:
    date = meta.get("release-date")
    paragraph = meta.get("paragraph")
    provenance = Provenance(
        release_id=meta.get("release-id", ""),
        date=dt.date.fromisoformat(date) if date else None,
        title=meta.get("release-title", ""),
        src_path=path,
        tgt_path=path,
        url=meta.get("url") or None,
    )
    return Unit(
        unit_id=unit_id,
        source=source,
        target=target,
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        provenance=provenance,
        kind=meta.get("unit-kind", "body"),
        paragraph=int(paragraph) if paragraph else None,
        bead=meta.get("bead", "1-1"),
        score=float(meta.get("alignment-score", "1")),
        needs_review=meta.get("needs-review") == "yes",
        notes=tuple(n for n in notes if n != CONFLICT_NOTE),
    )


_KEYS = frozenset(
    ["release-id", "release-date", "release-title", "url", "unit-kind", "paragraph", "bead",
     "alignment-score", "needs-review", "count", "conflict"]
)
