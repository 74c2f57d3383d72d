"""The review spreadsheet: written, changed in openpyxl as a reviewer would, read back."""

import pytest
from click.testing import CliRunner

openpyxl = pytest.importorskip("openpyxl")

from storedata import handmade_pair, save_sentences  # noqa: E402
from tmtool.cli import cli  # noqa: E402
from tmtool.store import Store  # noqa: E402


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "tm.db"
    with Store.open(path) as store:
        handmade_pair(store)
        save_sentences(store, "7", [("One.", "Один."), ("=Two.", "Два."), ("Three.", "Три.")])
        store.set_review("7-3", "accepted")
    return path


def _review(*args):
    return CliRunner().invoke(cli, ["review", *map(str, args)])


def _state(store_path):
    """Every bead: (decision, edited, source text, target text) as its unit has them."""
    with Store.open(store_path) as store:
        return {b.bead_id: (b.decision, b.edited, b.src_text or " ".join(b.src), b.tgt_text or " ".join(b.tgt))
                for p in store.pairs() for b in store.beads(p.pair_key)}


def _exported(store_path):
    with Store.open(store_path) as store:
        return {u.unit_id: (u.source, u.target) for u in store.units("en-GB", "ru-RU")}


def test_the_sheet_has_a_row_per_bead_side_by_side(store_path, tmp_path):
    result = _review(store_path, "--export", tmp_path / "review.xlsx")
    assert (result.exit_code, result.output) == (0, f"wrote {tmp_path / 'review.xlsx'}: 7 beads\n")
    sheet = openpyxl.load_workbook(tmp_path / "review.xlsx")["Beads"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:7] == ("Bead", "Release", "Date", "Kind", "Confidence", "Problem", "Decision")
    assert [r[0] for r in rows[1:]] == ["7-1", "7-2", "7-3", "4000001-1", "4000001-2", "4000001-3", "4000001-4"]
    assert rows[5][3:11] == ("1-1", 0.2, "low confidence", None, "en-GB", "The talks were frank.", "ru-RU",
                             "Переговоры прошли откровенно.")
    assert rows[3][6] == "accepted"
    assert sheet["I3"].value == "=Two." and sheet["I3"].data_type == "s"  # text, not a formula


def test_two_decisions_and_a_text_changed_in_the_sheet_are_exactly_what_changes(store_path, tmp_path):
    sheet_path = tmp_path / "review.xlsx"
    _review(store_path, "--export", sheet_path)
    before, exported_before = _state(store_path), _exported(store_path)
    book = openpyxl.load_workbook(sheet_path)
    sheet = book["Beads"]
    sheet["G6"] = "accepted"  # 4000001-2, held for low confidence
    sheet["G2"] = "Rejected"  # 7-1
    sheet["K3"] = "Два!"  # 7-2's target
    book.save(sheet_path)
    result = _review(store_path, "--import", sheet_path)
    assert (result.exit_code, result.output) == (0, f"read {sheet_path}: 2 decisions changed, 1 texts edited\n")
    after = _state(store_path)
    assert {k for k in after if after[k] != before[k]} == {"4000001-2", "7-1", "7-2"}
    assert after["4000001-2"][0] == "accepted" and after["7-1"][0] == "rejected"
    assert after["7-2"] == (None, True, "=Two.", "Два!")
    exported = _exported(store_path)
    assert exported == {**{k: v for k, v in exported_before.items() if k != "7-1"},
                        "4000001-2": ("The talks were frank.", "Переговоры прошли откровенно."),
                        "7-2": ("=Two.", "Два!")}
    # read again, the same sheet changes nothing
    assert _review(store_path, "--import", sheet_path).output.endswith(": 0 decisions changed, 0 texts edited\n")


@pytest.mark.parametrize("spoil, message", [
    (lambda path: path.write_bytes(b"not a spreadsheet"), "not a spreadsheet tmtool can read"),
    (lambda path: _edit(path, "A1", "Perle"), "the Beads sheet lacks the column Bead: not a tmtool review spreadsheet"),
    (lambda path: _edit(path, "G2", "maybe"), "row 2: decision 'maybe' is none of accepted, rejected (or empty)"),
    (lambda path: _edit(path, "I7", "Some text."), "row 7: bead 4000001-3 is a 1-0: its text cannot be edited"),
    (lambda path: _edit(path, "A5", "4000001-9"), "row 5: no bead '4000001-9' in release '4000001' of the store"),
])
def test_a_malformed_sheet_is_one_line_naming_the_file_and_changes_nothing(store_path, tmp_path, spoil, message):
    sheet_path = tmp_path / "review.xlsx"
    _review(store_path, "--export", sheet_path)
    _edit(sheet_path, "G6", "rejected")  # a good row before the bad one: not applied either
    before = _state(store_path)
    spoil(sheet_path)
    result = _review(store_path, "--import", sheet_path)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {sheet_path}: ") and message in result.output
    assert result.output.count("\n") == 1
    assert _state(store_path) == before


def test_a_sheet_older_than_an_edit_is_refused(store_path, tmp_path):
    sheet_path = tmp_path / "review.xlsx"
    _review(store_path, "--export", sheet_path)
    with Store.open(store_path) as store:
        store.merge("7-1")
    result = _review(store_path, "--import", sheet_path)
    assert result.exit_code == 1
    assert "row 2: bead 7-1 has changed since the sheet was written" in result.output


def _edit(path, cell, value):
    book = openpyxl.load_workbook(path)
    book["Beads"][cell] = value
    book.save(path)
