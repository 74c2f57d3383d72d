"""The anchors aligner on ministry-style releases, and on bad input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tmtool.align import AlignDoc, get_aligner
from tmtool.align.anchored import STRUCTURES, SURE, needs_review
from tmtool.align.checks import diagnose
from tmtool.align.evaluate import score
from tmtool.errors import AlignmentError
from tmtool.jobs import CHUNK, WINDOW, mapper

# A release as the ministry writes them: Russian first, the English splitting,
# merging and dropping. Paragraph index per sentence follows each list.
RU = (
    ("3 февраля Министр иностранных дел России С.В.Лавров провёл телефонный разговор с Государственным "
     "секретарём США Р.Тиллерсоном.", 0),
    ("Обсуждались вопросы урегулирования кризиса в Сирии с опорой на резолюцию СБ ООН № 2254.", 1),
    ("Стороны условились продолжить контакты.", 1),
    ("Министр подчеркнул важность восстановления диалога между Россией и США, который был заморожен "
     "прежней администрацией, и предложил наладить сотрудничество в борьбе с терроризмом.", 2),
    ("Также затрагивалась ситуация на Украине.", 3),
    ("Отмечена необходимость выполнения Минских договорённостей.", 3),
    ("Разговор состоялся по инициативе американской стороны.", 4),
)
EN = (
    ("On February 3, Russian Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of "
     "State Rex Tillerson.", 0),
    ("They discussed the settlement of the crisis in Syria based on UN Security Council Resolution No. 2254 "
     "and agreed to maintain contact.", 1),
    ("The minister stressed the importance of restoring the dialogue between Russia and the US, which was "
     "frozen by the previous administration.", 2),
    ("He proposed establishing cooperation in the fight against terrorism.", 2),
    ("They also touched on the situation in Ukraine.", 3),
    ("The need to implement the Minsk Agreements was noted.", 3),
)
GOLD = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2, 3)), ((4,), (4,)), ((5,), (5,)), ((6,), ())]


def _doc(src=RU, tgt=EN, pars=True):
    return AlignDoc(
        "release",
        tuple(s for s, _ in src),
        tuple(t for t, _ in tgt),
        tuple(p for _, p in src) if pars else None,
        tuple(p for _, p in tgt) if pars else None,
    )


def _pairs(beads):
    return [(b.src, b.tgt) for b in beads]


def _check_contract(beads, n, m):
    i = j = 0
    for b in beads:
        assert b.src == tuple(range(i, i + len(b.src)))
        assert b.tgt == tuple(range(j, j + len(b.tgt)))
        assert 0.0 <= b.score <= 1.0
        i, j = i + len(b.src), j + len(b.tgt)
    assert (i, j) == (n, m)


@pytest.mark.parametrize("structure", STRUCTURES)
@pytest.mark.parametrize("pars", [True, False])
def test_a_ministry_release_aligns_exactly(structure, pars):
    beads = get_aligner("anchors", structure=structure).align(_doc(pars=pars))
    assert _pairs(beads) == GOLD


def test_english_first_direction_is_the_mirror_image():
    beads = get_aligner("anchors", src_lang="en-GB", tgt_lang="ru-RU").align(_doc(EN, RU))
    assert _pairs(beads) == [(t, s) for s, t in GOLD]


def test_a_dropped_paragraph_comes_out_as_deletions_not_a_cascade():
    kept = [(t, p) for t, p in EN if p != 2]
    gold = [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((4,), (2,)), ((5,), (3,)), ((6,), ())]
    beads = get_aligner("anchors").align(_doc(RU, kept))
    assert _pairs(beads) == gold


def test_baseline_gale_church_is_registered_and_keeps_the_contract():
    beads = get_aligner("gale-church").align(_doc())
    _check_contract(beads, len(RU), len(EN))


def test_the_anchors_beat_lengths_alone_on_the_release():
    gold = [[type("B", (), {"src": s, "tgt": t})() for s, t in GOLD]]
    ours = score(gold, [get_aligner("anchors").align(_doc())])
    lengths = score(gold, [get_aligner("anchors", components=()).align(_doc(pars=False))])
    assert ours.f1_strict == 1.0
    assert lengths.f1_strict < 1.0


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text(min_size=0, max_size=60), max_size=25),
    st.lists(st.text(min_size=0, max_size=60), max_size=25),
    st.sampled_from(STRUCTURES),
)
def test_any_input_gives_complete_monotonic_beads(src, tgt, structure):
    doc = AlignDoc("x", tuple(src), tuple(tgt), tuple(k // 3 for k in range(len(src))),
                   tuple(k // 2 for k in range(len(tgt))))
    beads = get_aligner("anchors", structure=structure).align(doc)
    _check_contract(beads, len(src), len(tgt))


def test_an_empty_side_gives_all_deletions():
    beads = get_aligner("anchors").align(_doc(RU, ()))
    assert _pairs(beads) == [((i,), ()) for i in range(len(RU))]
    assert get_aligner("anchors").align(_doc((), ())) == []


def test_a_side_a_hundred_times_longer_is_aligned_with_low_confidence_and_a_problem():
    long_tgt = tuple((f"Sentence number {k} of an unrelated English text.", k // 5) for k in range(100 * len(RU)))
    aligned = get_aligner("anchors").align_many([_doc(RU, long_tgt)])
    [beads], [problems] = aligned.beads, aligned.problems
    _check_contract(beads, len(RU), len(long_tgt))
    assert all(needs_review(b) for b in beads if b.src and b.tgt)
    assert [p.code for p in problems] == ["length-ratio"] and "longer" in problems[0].message


def test_identical_text_on_both_sides_is_flagged():
    aligned = get_aligner("anchors").align_many([_doc(RU, RU)])
    assert {p.code for p in aligned.problems[0]} == {"identical", "script"}
    assert all(b.score == 0.0 for b in aligned.beads[0])
    assert {p.code for p in diagnose(_doc(RU, RU), "ru", "en")} == {"identical", "script"}


def test_a_clean_release_has_no_problems():
    assert diagnose(_doc(), "ru", "en") == []


def test_unknown_components_and_structures_are_errors():
    with pytest.raises(AlignmentError, match="component"):
        get_aligner("anchors", components=("telepathy",))
    with pytest.raises(AlignmentError, match="structure"):
        get_aligner("anchors", structure="sideways")


def test_align_many_learns_stem_pairs_from_the_corpus_and_returns_them():
    aligned = get_aligner("anchors").align_many([_doc()] * 3)
    assert all(_pairs(r) == GOLD for r in aligned.beads)
    assert aligned.lexicon is not None and aligned.lexicon.langs == ("ru", "en") and len(aligned.lexicon)
    assert aligned.lexicon.learned_from == sum(b.kind == "1-1" for beads in aligned.beads for b in beads)


def test_the_aligner_keeps_nothing_between_calls():
    """An aligner is configuration: what it aligned before changes nothing that comes after."""
    aligner = get_aligner("anchors")
    before = aligner.align(_doc())
    aligner.align_many([_doc()] * 3 + [_doc(RU, EN[:3])])
    assert aligner.align(_doc()) == before


def test_the_same_beads_whichever_processes_align_the_documents():
    # Chunks of documents go to other processes (tmtool.jobs); the corpus-wide learning stays here.
    docs = [_doc()] * 70 + [_doc(RU, EN[:3]), _doc(RU[:4], EN)]  # more than one chunk
    aligner = get_aligner("anchors")
    with mapper(2) as run:
        elsewhere = aligner.align_many(docs, run=run)
    assert elsewhere == aligner.align_many(docs)


def test_each_document_as_soon_as_it_is_final_with_the_beads_of_all_at_once():
    """What tmtool run saves while the workers align the rest: the documents sure after the first
    pass, in order, then the realigned ones, each with align_many's beads and problems; the
    lexicon told before the realigned ones."""
    sure, unsure = _doc(RU[4:6], EN[4:6]), _doc()  # the whole release has a bead under SURE at first
    docs = [sure, unsure] * 40 + [_doc(RU, EN[:3])]  # more than one chunk
    aligner = get_aligner("anchors")
    whole = aligner.align_many(docs)
    told = []
    with mapper(2) as run:
        each = [(k, beads, problems, len(told)) for k, beads, problems in aligner.align_each(docs, run=run,
                                                                                            learned=told.append)]
    first_pass = get_aligner("anchors", realign=False).align_many(docs).beads
    later = [k for k, beads in enumerate(first_pass) if any(b.score < SURE for b in beads)]
    assert 0 < len(later) < len(docs)
    assert [k for k, _, _, _ in each] == [k for k in range(len(docs)) if k not in later] + later
    assert all((beads, problems) == (whole.beads[k], whole.problems[k]) for k, beads, problems, _ in each)
    assert told == [whole.lexicon] and [n for k, _, _, n in each if k in later] == [1] * len(later)


def test_a_lexicon_given_is_used_and_named_in_the_signature():
    aligner = get_aligner("anchors")
    learned = aligner.align_many([_doc()] * 3).lexicon
    assert aligner.align_many([_doc()], learned).lexicon.learned_from > learned.learned_from
    assert f"lexicon={learned.version}" in aligner.signature(learned)
    assert "lexicon=" not in aligner.signature()


@pytest.mark.parametrize("structure", ["penalise", "paragraphs-first"])
def test_a_long_document_is_aligned_through_the_coarse_pass(structure):
    # 40 releases back to back (each numbered, as real ones differ): 520 sentences,
    # above the size where blocks of sentences are aligned first
    copies = 40
    src = tuple((f"{s} ({1000 + k})", p + 5 * k) for k in range(copies) for s, p in RU)
    tgt = tuple((f"{t} ({1000 + k})", p + 5 * k) for k in range(copies) for t, p in EN)
    gold = [
        (tuple(i + len(RU) * k for i in s), tuple(j + len(EN) * k for j in t)) for k in range(copies) for s, t in GOLD
    ]
    beads = get_aligner("anchors", structure=structure).align(_doc(src, tgt))
    assert _pairs(beads) == gold


def test_align_each_takes_the_documents_as_it_needs_them():
    """``tmtool run`` segments each pair as the aligner asks for its document: the first answers
    come when two windows of tasks have been taken, not the whole corpus (``tmtool.jobs.map_as_needed``)."""
    taken = []

    def docs():
        for n in range(2 * WINDOW * CHUNK + 100):
            taken.append(n)
            yield AlignDoc(str(n), (f"Встреча состоялась {n} мая.",), (f"The meeting took place on {n} May.",))

    k, beads, _ = next(get_aligner("anchors").align_each(docs()))
    assert (k, len(beads)) == (0, 1)
    assert len(taken) == 2 * WINDOW * CHUNK
