"""The review spreadsheet: every bead a row, the two sides side by side, for reviewers who work in
Excel or LibreOffice; reading it back applies their decisions and text changes to the store.

A row carries its bead's key (what decisions hang on: its sentences), so a sheet written before
the release was edited or aligned again is refused rather than applied to other beads.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tmtool.atomic import atomic_output
from tmtool.errors import FormatError
from tmtool.store.review import bead_class
from tmtool.store.store import DECISIONS, Store, StoredBead, decision_key

COLUMNS = ("Bead", "Release", "Date", "Kind", "Confidence", "Problem", "Decision", "Source language", "Source",
           "Target language", "Target", "Key")
_WIDTHS = {"Bead": 14, "Release": 10, "Date": 11, "Kind": 5, "Confidence": 11, "Problem": 16, "Decision": 10,
           "Source language": 8, "Source": 60, "Target language": 8, "Target": 60, "Key": 8}
_PROBLEMS = {"low": "low confidence", "gap": "1-0/0-1", "edited": "edited", "ok": ""}


def _shown(bead: StoredBead) -> tuple[str, str]:
    """A bead's two texts as its unit has them."""
    return (bead.src_text if bead.src_text is not None else " ".join(bead.src),
            bead.tgt_text if bead.tgt_text is not None else " ".join(bead.tgt))


def _key(bead: StoredBead) -> str:
    return decision_key(" ".join(bead.src), " ".join(bead.tgt))


@dataclass(frozen=True, slots=True)
class SheetImport:
    """What reading a review sheet back changed: decisions set or withdrawn, texts edited."""

    path: Path
    decisions: int
    texts: int

    def summary(self) -> str:
        return f"read {self.path}: {self.decisions} decisions changed, {self.texts} texts edited"


def write_review_sheet(store: Store, path: str | Path, pair_keys: Sequence[str] | None = None) -> int:
    """Write the review spreadsheet (.xlsx) of the store (or of ``pair_keys``); returns its rows of beads."""
    from openpyxl import Workbook  # here: the other commands need not load it
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = "Beads"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    rows = 0
    wanted = set(pair_keys) if pair_keys is not None else None
    for pair in store.pairs():
        if wanted is not None and pair.pair_key not in wanted:
            continue
        for bead in store.beads(pair.pair_key):
            source, target = _shown(bead)
            sheet.append((bead.bead_id, pair.pair_key, pair.src.date or pair.tgt.date or "", bead.kind,
                          round(bead.score, 3), _PROBLEMS.get(bead_class(bead), ""), bead.decision or "",
                          pair.src.lang, source, pair.tgt.lang, target, _key(bead)))
            rows += 1
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # a sentence starting with "=" is text, not a formula
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, name in enumerate(COLUMNS, 1):
        letter = sheet.cell(1, column).column_letter
        sheet.column_dimensions[letter].width = _WIDTHS[name]
        if name in ("Source", "Target"):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = wrap
    with atomic_output(path, "wb") as fh:
        book.save(fh)
    return rows


def _read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FormatError(f"{path}: not a spreadsheet tmtool can read ({exc})") from None
    if "Beads" not in book.sheetnames:
        raise FormatError(f"{path}: no sheet named Beads: not a tmtool review spreadsheet")
    rows = book["Beads"].iter_rows(values_only=True)
    header = tuple(next(rows, ()))
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise FormatError(f"{path}: the Beads sheet lacks the column{'s' if len(missing) > 1 else ''} "
                          f"{', '.join(missing)}: not a tmtool review spreadsheet")
    out = []
    for n, values in enumerate(rows, 2):
        row = {name: "" if value is None else str(value) for name, value in zip(header, values)}
        if any(row.values()):
            out.append((n, row))
    return out


def read_review_sheet(store: Store, path: str | Path) -> SheetImport:
    """Apply a review spreadsheet to the store: each row's decision (empty: none) and any text
    changed from the store's becomes an edited unit. Every row is checked before anything is applied."""
    path = Path(path)
    todo = []
    for n, row in _read_rows(path):
        where = f"{path}: row {n}"
        try:
            [bead] = [b for b in store.beads(row["Release"]) if b.bead_id == row["Bead"]]
        except ValueError:
            raise FormatError(f"{where}: no bead {row['Bead']!r} in release {row['Release']!r} of the store") from None
        if _key(bead) != row["Key"]:
            raise FormatError(f"{where}: bead {bead.bead_id} has changed since the sheet was written "
                              "(edited or aligned again); write the sheet anew")
        decision = row["Decision"].strip().lower() or None
        if decision is not None and decision not in DECISIONS:
            raise FormatError(f"{where}: decision {row['Decision']!r} is none of {', '.join(DECISIONS)} (or empty)")
        shown = _shown(bead)
        texts = tuple(new if new != old else None for new, old in zip((row["Source"], row["Target"]), shown))
        if "" in texts:
            raise FormatError(f"{where}: a unit's text cannot be emptied; reject the bead instead")
        if any(t is not None for t in texts) and bead.gap:
            raise FormatError(f"{where}: bead {bead.bead_id} is a {bead.kind}: its text cannot be edited")
        todo.append((bead, decision, texts))
    decisions = texts_edited = 0
    for bead, decision, texts in todo:
        if any(t is not None for t in texts):
            store.edit_text(bead.bead_id, *texts)
            texts_edited += 1
        if decision != bead.decision:
            store.set_review(bead.bead_id, decision)
            decisions += 1
    return SheetImport(path, decisions, texts_edited)
