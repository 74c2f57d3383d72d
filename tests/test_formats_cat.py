"""Re-cutting units along a CAT tool's segmentation (``tmtool.formats.cat``)."""

from __future__ import annotations

import pytest

from test_formats_contract import HEADER, PROV2, make_unit
from tmtool.formats import export_units, get_exporter, read_units
from tmtool.formats.cat import CONTINUATION_NOTE, ITEM_NOTE, fit_units, item_texts, srx_split


def cat_split(text: str) -> list[str]:
    """A CAT tool that breaks after a full stop followed by a space, and nowhere else."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and text[i + 1:i + 2] == " ":
            out.append(text[start:i + 1])
            start = i + 2
    out.append(text[start:])
    return [s for s in out if s]


def para(uid: str, source: str, target: str, paragraph: int = 0, **kw):
    return make_unit(uid, source, target, paragraph=paragraph, **kw)


def test_units_on_shared_boundaries_pass_unchanged():
    units = [para("r-1", "One.", "Один."), para("r-2", "Two.", "Два.")]
    assert list(fit_units(units, cat_split)) == units


def test_units_inside_one_cat_segment_are_merged():
    units = [para("r-1", "He said “yes.”", "Он сказал «да».", score=0.9),
             para("r-2", "Then he left.", "Потом ушёл.", score=0.4, needs_review=True, notes=("low",))]
    [merged] = fit_units(units, cat_split)
    assert (merged.unit_id, merged.source, merged.target) == (
        "r-1+r-2", "He said “yes.” Then he left.", "Он сказал «да». Потом ушёл.")
    assert (merged.bead, merged.score, merged.needs_review, merged.notes) == ("2-2", 0.4, True, ("low",))


def test_a_unit_the_cat_tool_splits_gives_its_target_to_the_first_piece():
    units = [para("r-1", "First. Second.", "Первое и второе.", bead="2-1")]
    first, rest = fit_units(units, cat_split)
    assert (first.source, first.target, first.kind) == ("First.", "Первое и второе.", "body")
    assert (rest.unit_id, rest.source, rest.target, rest.kind) == ("r-1.2", "Second.", "", "continuation")
    assert rest.notes[-1] == CONTINUATION_NOTE


def test_interleaved_boundaries_make_one_run():
    units = [para("r-1", "A. B", "А. Б"), para("r-2", "c. D.", "в. Г.")]
    out = list(fit_units(units, cat_split))
    assert [(u.source, u.target) for u in out] == [("A.", "А. Б в. Г."), ("B c.", ""), ("D.", "")]


def test_paragraphs_and_releases_are_never_merged():
    units = [para("r-1", "No stop here", "Без точки", 0), para("r-2", "Next paragraph.", "Следующий.", 1),
             make_unit("s-1", "Other release", "Другой", PROV2, paragraph=1)]
    assert list(fit_units(units, cat_split)) == units


def test_segments_that_cannot_be_located_leave_the_paragraph_alone():
    units = [para("r-1", "One.", "Один."), para("r-2", "Two.", "Два.")]
    assert list(fit_units(units, lambda text: ["Something else."])) == units


@pytest.mark.parametrize("fmt", ["tmx", "xliff", "xliff2", "po"])
def test_continuation_units_survive_export_and_import(tmp_path, fmt):
    units = list(fit_units([para("r-1", "First. Second.", "Первое и второе.")], cat_split))
    path = tmp_path / f"out.{get_exporter(fmt).extension}"
    stats = export_units(units, path, fmt, HEADER)
    assert (stats.units, stats.empty_skipped) == (2, 0)
    assert [(u.source, u.target, u.kind) for u in read_units(path)] == [
        ("First.", "Первое и второе.", "body"), ("Second.", "", "continuation")]


def test_srx_split_uses_the_rule_file(shared):
    split = srx_split(str(shared / "srx" / "omegat-3.6.0-default.srx"), "en-GB")
    # OmegaT 3.6 does not break after a full stop inside closing quotes.
    assert split("It went “on the ground.” The talks went on. Mr Lavrov left.") == [
        "It went “on the ground.” The talks went on.", "Mr Lavrov left."]


def test_a_numbered_item_is_also_written_without_its_number():
    units = [para("r-1", "1. The sides agreed.", "1. Стороны договорились.", notes=("low",)),
             para("r-2", "2) Next.", "2) Далее."), para("r-3", "2017 The year.", "2017 Год."),
             para("r-4", "3. Mismatched.", "4. Не тот номер."), para("r-5", "4. lower case.", "4. строчные."),
             make_unit("r-0", "1. Title.", "1. Заголовок.", kind="title")]
    out = list(item_texts(units))
    assert [(u.unit_id, u.source, u.target, u.kind) for u in out] == [
        ("r-1", "1. The sides agreed.", "1. Стороны договорились.", "body"),
        ("r-1.item", "The sides agreed.", "Стороны договорились.", "item"),
        ("r-2", "2) Next.", "2) Далее.", "body"), ("r-2.item", "Next.", "Далее.", "item"),
        ("r-3", "2017 The year.", "2017 Год.", "body"), ("r-4", "3. Mismatched.", "4. Не тот номер.", "body"),
        ("r-5", "4. lower case.", "4. строчные.", "body"), ("r-0", "1. Title.", "1. Заголовок.", "title")]
    assert out[1].notes == ("low", ITEM_NOTE) and out[1].provenance == out[0].provenance


@pytest.mark.parametrize("fmt", ["tmx", "xliff", "xliff2", "po"])
def test_item_texts_read_back_are_made_again_not_doubled(tmp_path, fmt):
    units = list(item_texts([para("r-1", "1. First. Second.", "1. Первое и второе.")]))
    path = tmp_path / f"out.{get_exporter(fmt).extension}"
    export_units(units, path, fmt, HEADER)
    back = list(read_units(path))
    assert [(u.source, u.kind) for u in item_texts(back)] == [("1. First. Second.", "body"),
                                                               ("First. Second.", "item")]
    # A CAT tool's re-cut starts from the whole items.
    assert [(u.source, u.target) for u in fit_units(back, cat_split)] == [
        ("1.", "1."), ("First.", "Первое и второе."), ("Second.", "")]
