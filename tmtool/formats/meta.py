"""A unit's provenance and flags as ``key: value`` pairs, the same in every format.

TMX writes them as ``<prop type="x-KEY">``, XLIFF as ``<note from|category="tmtool">KEY: value``,
PO as ``#. KEY: value`` comments; every reader turns them back into a ``Unit``.
Free notes (review reasons) travel separately, as the format's own notes.

What a TMX said of an imported unit (``Unit.tu``, ``source_tuv``, ``target_tuv``) is written back
as it was by the TMX writer; XLIFF and PO have no place for it, so ``tmx_meta`` makes it pairs of the
same kind (``tu-creationdate: …``, ``tu-prop x-Client: …``, ``target-changeid: …``), and
``split_notes``/``build_unit`` read them back into the unit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import regex

from tmtool.errors import FormatError
from tmtool.formats.clean import one_line
from tmtool.formats.dedup import Entry
from tmtool.model import Annotation, Content, Provenance, TmxData, Unit

TOOL = "tmtool"
CONFLICT_NOTE = "same source as another unit with a different target"
# A CAT segment whose translation is in the previous unit (``tmtool.formats.cat``):
# the one kind of unit whose empty target is meant.
CONTINUATION = "continuation"


#: The keys ``unit_meta`` writes (TMX: ``<prop type="x-KEY">``), which readers turn into ``Unit`` fields.
TOOL_KEYS = frozenset(
    ["release-id", "release-date", "release-title", "url", "unit-kind", "paragraph", "bead",
     "alignment-score", "needs-review", "count", "conflict"]
)


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
        ("unit-kind", u.kind or ""),
        ("paragraph", "" if u.paragraph is None else str(u.paragraph)),
        ("bead", u.bead or ""),
        ("alignment-score", "" if u.score is None else f"{u.score:.3f}"),
        ("needs-review", "yes" if u.needs_review else ""),
        ("count", str(entry.count) if entry.count > 1 else ""),
        ("conflict", "yes" if entry.conflict else ""),
    ]
    return [(k, v) for k, v in pairs if v]


#: Prefixes of the pairs that carry TMX data, and the ``Unit`` field each fills.
TMX_SIDES = {"tu": "tu", "source": "source_tuv", "target": "target_tuv"}


def tmx_meta(unit: Unit) -> tuple[list[tuple[str, str]], int]:
    """What a TMX said of the unit, as pairs for formats that keep metadata as notes (values on one
    line), and how many attributes of props and notes (``xml:lang``, ``o-encoding``) had no place."""
    pairs, dropped = [], 0
    for prefix, name in TMX_SIDES.items():
        data = getattr(unit, name)
        if data is None:
            continue
        pairs += [(f"{prefix}-{attr}", one_line(value)) for attr, value in data.attrs]
        for a in data.annotations:
            other = [k for k, _ in a.attrs if k != "type"]
            dropped += len(other)
            kind = next((v for k, v in a.attrs if k == "type"), "") if a.tag == "prop" else ""
            pairs.append((f"{prefix}-{a.tag} {kind}".rstrip(), one_line(a.text)))
    return pairs, dropped


def review_notes(entry: Entry) -> tuple[str, ...]:
    """Notes a CAT tool shows the translator: the unit's own, and the conflict flag."""
    return entry.unit.notes + ((CONFLICT_NOTE,) if entry.conflict else ())


def split_notes(notes: Iterable[tuple[bool, str]]) -> tuple[list[tuple[str, str]], list[str]]:
    """``(written by tmtool, text)`` notes → the metadata pairs (tmtool's and TMX data, in order)
    and the free notes."""
    meta, free = [], []
    for ours, text in notes:
        key, sep, value = text.partition(": ")
        if not sep and text.endswith(":"):  # an empty value, its space lost on the way
            key, sep, value = text[:-1], ":", ""
        if ours and sep and (key in TOOL_KEYS or _tmx_key(key)):
            meta.append((key, value))
        else:
            free.append(text)
    return meta, free


def build_unit(meta: Iterable[tuple[str, str]], *, unit_id: str, source: str, target: str, src_lang: str,
               tgt_lang: str, notes: Iterable[str], path: str, source_markup: Content | None = None,
               target_markup: Content | None = None, tmx: dict[str, TmxData] | None = None) -> Unit:
    """A unit from what a file holds; what a file does not state is None (kind, bead, score…).
    ``meta`` holds tmtool's pairs and TMX data as pairs (``tmx_meta``); a TMX reader gives its
    data as ``TmxData`` in ``tmx`` instead (field name → data)."""
    try:
        return _build(list(meta), unit_id, source, target, src_lang, tgt_lang, tuple(notes), path,
                      source_markup, target_markup, tmx)
    except ValueError as exc:
        raise FormatError(f"{path}: unit {unit_id}: bad tmtool metadata ({exc})") from None


def _build(pairs, unit_id, source, target, src_lang, tgt_lang, notes, path, source_markup, target_markup,
           tmx) -> Unit:
    meta = {key: value for key, value in pairs if key in TOOL_KEYS}
    date = meta.get("release-date")
    paragraph = meta.get("paragraph")
    score = meta.get("alignment-score")
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
        kind=meta.get("unit-kind"),
        paragraph=int(paragraph) if paragraph else None,
        bead=meta.get("bead"),
        score=float(score) if score else None,
        needs_review=meta.get("needs-review") == "yes",
        notes=tuple(n for n in notes if n != CONFLICT_NOTE),
        source_markup=source_markup,
        target_markup=target_markup,
        **(tmx if tmx is not None else _tmx_data([(k, v) for k, v in pairs if k not in TOOL_KEYS])),
    )


def _tmx_key(key: str) -> tuple[str, str] | None:
    """``tu-creationdate`` → ``("tu", "creationdate")``, ``tu-prop x-Client`` → ``("tu", "prop x-Client")``;
    None for a key that is not TMX data (an attribute must be a name the TMX writer can write)."""
    prefix, sep, rest = key.partition("-")
    if not sep or prefix not in TMX_SIDES:
        return None
    if rest.partition(" ")[0] in ("prop", "note") or _ATTRIBUTE.fullmatch(rest):
        return prefix, rest
    return None


def _tmx_data(pairs: list[tuple[str, str]]) -> dict[str, TmxData]:
    """The ``Unit`` fields the TMX-data pairs fill (none for a unit without any)."""
    attrs: dict[str, list] = {}
    annotations: dict[str, list] = {}
    for key, value in pairs:
        found = _tmx_key(key)
        if found is None:
            continue
        prefix, rest = found
        attrs.setdefault(prefix, [])
        annotations.setdefault(prefix, [])
        tag, _, kind = rest.partition(" ")
        if tag == "prop":
            annotations[prefix].append(Annotation("prop", value, (("type", kind),)))
        elif tag == "note":
            annotations[prefix].append(Annotation("note", value))
        else:
            attrs[prefix].append((rest, value))
    return {TMX_SIDES[p]: TmxData(tuple(attrs[p]), tuple(annotations[p])) for p in attrs}


_ATTRIBUTE = regex.compile(r"[a-z][a-z0-9-]*")  # TMX's tu/tuv attributes: creationdate, o-encoding…
