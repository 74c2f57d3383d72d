"""Bead lines, JSONL documents, and what `tmtool align` / `eval-align` call."""

from __future__ import annotations

import json

import pytest

from tmtool.align.commands import align_files, align_jsonl, evaluate_files
from tmtool.align.io import format_bead, parse_bead, read_jsonl_docs, read_sentences
from tmtool.errors import FormatError, InputError
from tmtool.model import Bead

RU = [
    "3 февраля Министр иностранных дел России С.В.Лавров провёл телефонный разговор с Министром иностранных "
    "дел Франции Ж.-М.Эро.",
    "Обсуждались вопросы урегулирования в Сирии на основе резолюции СБ ООН № 2254.",
    "Стороны договорились продолжить контакты.",
]
EN = [
    "On February 3, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of France "
    "Jean-Marc Ayrault.",
    "They discussed the settlement in Syria based on UN Security Council Resolution No. 2254.",
    "The parties agreed to maintain contact.",
]


@pytest.mark.parametrize("bead", [Bead((0,), (0,), 0.5), Bead((1, 2), (), 1.0), Bead((), (3,), 0.0)])
def test_bead_lines_round_trip(bead):
    line = format_bead(bead)
    assert "\t" in line
    back = parse_bead(line)
    assert (back.src, back.tgt) == (bead.src, bead.tgt)
    assert back.score == pytest.approx(bead.score, abs=1e-3)


def test_the_empty_side_is_written_as_brackets():
    assert format_bead(Bead((), (3,), 0.25)) == "[]:[3]\t0.250"


@pytest.mark.parametrize("line", ["[0]:[x]\t0.5", "0:1", "[0]:[1]\t1.5", "[-1]:[0]"])
def test_a_bad_bead_line_is_a_format_error(line):
    with pytest.raises(FormatError, match="bead line"):
        parse_bead(line)


def test_non_utf8_input_is_a_clear_input_error(tmp_path):
    path = tmp_path / "src.txt"
    path.write_bytes("Министр".encode("cp1251"))
    with pytest.raises(InputError, match=r"src\.txt: not UTF-8 \(byte 0"):
        read_sentences(path)


def test_jsonl_documents_are_checked(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a", "src": ["x"], "tgt": ["y"], "src_par": [0, 1]}) + "\n", "utf-8")
    with pytest.raises(FormatError, match="docs.jsonl:1: 'src_par'"):
        list(read_jsonl_docs(path))
    path.write_text("{not json\n", "utf-8")
    with pytest.raises(FormatError, match="docs.jsonl:1: not JSON"):
        list(read_jsonl_docs(path))


def test_align_files_prints_one_bead_per_line(tmp_path):
    src, tgt = tmp_path / "ru.txt", tmp_path / "en.txt"
    src.write_text("\n".join(RU) + "\n", "utf-8")
    tgt.write_text("\n".join(EN) + "\n", "utf-8")
    lines, warnings = align_files(src, tgt, "ru", "en")
    assert [line.split("\t")[0] for line in lines] == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]
    assert all(0.0 <= float(line.split("\t")[1]) <= 1.0 for line in lines)
    assert warnings == []


def test_align_files_warns_on_identical_sides(tmp_path):
    src = tmp_path / "ru.txt"
    src.write_text("\n".join(RU) + "\n", "utf-8")
    lines, warnings = align_files(src, src, "ru", "en")
    assert len(lines) == 3
    assert any("identical" in w for w in warnings)


def test_align_jsonl_keeps_ids_and_order(tmp_path):
    path = tmp_path / "docs.jsonl"
    docs = [
        {"id": "r1", "src": RU, "tgt": EN, "src_par": [0, 1, 1], "tgt_par": [0, 1, 1]},
        {"id": "r2", "src": RU[:1], "tgt": []},
    ]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    lines, _ = align_jsonl(path, "ru", "en")
    out = [json.loads(line) for line in lines]
    assert [o["id"] for o in out] == ["r1", "r2"]
    assert [b[:2] for b in out[0]["beads"]] == [[[0], [0]], [[1], [1]], [[2], [2]]]
    assert [b[:2] for b in out[1]["beads"]] == [[[0], []]]


def test_evaluate_files_scores_bead_files_and_jsonl(tmp_path):
    gold, pred = tmp_path / "gold.txt", tmp_path / "pred.txt"
    gold.write_text("[0]:[0]\n[1]:[1, 2]\n", "utf-8")
    pred.write_text("[0]:[0]\t0.9\n[1]:[1]\t0.8\n[]:[2]\t0.7\n", "utf-8")
    s = evaluate_files(gold, pred)
    assert (s.precision_strict, s.recall_strict) == (1 / 3, 1 / 2)
    assert s.recall_lax == 1.0
    gj, pj = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gj.write_text('{"id": "a", "beads": [[[0], [0], 1.0]]}\n{"id": "b", "beads": [[[0], [0]]]}\n', "utf-8")
    pj.write_text('{"id": "b", "beads": [[[0], [0], 0.5]]}\n{"id": "a", "beads": [[[0], [], 0.5], [[], [0], 0.5]]}\n',
                  "utf-8")
    s = evaluate_files(gj, pj)
    assert s.precision_strict == pytest.approx(1 / 3)
    assert s.recall_strict == pytest.approx(1 / 2)


def test_evaluate_files_names_missing_documents(tmp_path):
    gj, pj = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gj.write_text('{"id": "a", "beads": [[[0], [0]]]}\n{"id": "b", "beads": [[[0], [0]]]}\n', "utf-8")
    pj.write_text('{"id": "a", "beads": [[[0], [0]]]}\n{"id": "c", "beads": [[[0], [0]]]}\n', "utf-8")
    with pytest.raises(FormatError, match="no alignment for document.*b"):
        evaluate_files(gj, pj)


def test_only_newlines_end_a_sentence(tmp_path):
    path = tmp_path / "src.txt"
    path.write_bytes("Первое\u2028продолжение.\r\n\nТретье.\n".encode("utf-8"))
    assert read_sentences(path) == ("Первое\u2028продолжение.", "", "Третье.")
