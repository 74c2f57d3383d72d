"""Trust in exported beads: each fault an archive has, as a small case with the expected beads.

A bead at or above the review threshold is exported into the TM; a wrong one must not be.
The thresholds and coefficients come from a fit (tmtool/align/data/confidence.json), so the
tests say which side of the threshold a bead falls on, never a confidence value.
"""

from __future__ import annotations

import random

import pytest

from tmtool.align import get_aligner
from tmtool.align.confidence import DELETION_COEF, LINK_COEF, MERGE_COEF, REVIEW_THRESHOLD
from tmtool.evaluation.adversarial import (
    OTHER_DOCUMENT_EVERY, PERTURBATIONS, Block, blocks_of, case_of, perturbed, trust,
)
from tmtool.model import Bead

from test_align_anchors import EN, GOLD, RU, _doc

STRANGER = "The finance minister rejected the opposition's demand for more money."
OTHER = (("Heavy rain flooded several streets in the old town of Bremen overnight, the police said.", 0),
         ("The Lower Saxony parliament debated the new budget for schools on Tuesday.", 1),
         ("Teachers' unions criticised the cuts.", 1),
         ("The vote is expected next week after a second reading.", 2),
         ("Opposition parties demanded more money for universities.", 3),
         ("The finance minister rejected the demand.", 3))


def _aligned(src, tgt):
    return [(b.src, b.tgt, b.score >= REVIEW_THRESHOLD) for b in get_aligner("anchors").align(_doc(src, tgt))]


def test_a_clean_release_is_exported_whole():
    assert _aligned(RU, EN) == [(s, t, True) for s, t in GOLD]


def test_a_sentence_swapped_for_a_stranger_is_held_back():
    swapped = EN[:4] + ((STRANGER, 3),) + EN[5:]
    beads = _aligned(RU, swapped)
    assert ((4,), (4,), True) not in beads
    assert [b for b in beads if b[:2] != ((4,), (4,))] == [(s, t, True) for s, t in GOLD if s != (4,)]


def test_an_inserted_stranger_stands_alone():
    padded = EN[:5] + ((STRANGER, 3),) + EN[5:]
    assert _aligned(RU, padded) == [((0,), (0,), True), ((1, 2), (1,), True), ((3,), (2, 3), True),
                                    ((4,), (4,), True), ((), (5,), True), ((5,), (6,), True), ((6,), (), True)]


def test_a_dropped_paragraph_leaves_deletions():
    abridged = tuple(e for e in EN if e[1] != 2)
    assert [b[:2] for b in _aligned(RU, abridged)] == [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((4,), (2,)),
                                                       ((5,), (3,)), ((6,), ())]


# "A, однако B. C." ↔ "A'. B', and C'."
CROSSED_RU = RU[:3] + (("Министр подчеркнул важность восстановления диалога между Россией и США, однако отметил, "
                        "что санкции остаются препятствием для сотрудничества.", 2),
                       ("Стороны договорились продолжить консультации по стратегической стабильности.", 2)) + RU[4:]
CROSSED_EN = EN[:2] + (("The minister stressed the importance of restoring the dialogue between Russia and the US.", 2),
                       ("However, he noted that sanctions remain an obstacle to cooperation, and the sides agreed to "
                        "continue consultations on strategic stability.", 2)) + EN[4:]


def test_a_clause_moved_to_the_next_sentence_makes_one_bead():
    """Two 1-1 beads would each hold half a translation."""
    assert ((3, 4), (2, 3), True) in _aligned(CROSSED_RU, CROSSED_EN)


def test_a_moved_clause_is_seen_clause_by_clause():
    """``Evidence.recut``: on the DP's path (before merging), the two beads a clause crossed
    become cheaper with it moved back; no two beads of the clean release do."""
    def recuts(src, tgt):
        solved, _ = get_aligner("anchors", merge=False).solve_many([_doc(src, tgt)], evidence=True)
        evidence = solved[0].evidence
        return {path[:4]: evidence.recut(k) for k, path in enumerate(evidence.path)}

    crossed = recuts(CROSSED_RU, CROSSED_EN)
    assert crossed.pop((3, 2, 1, 1)) > 1.0  # Министр … однако отметил, что санкции … | The minister stressed …
    assert set(crossed.values()) == {0.0}
    assert set(recuts(RU, EN).values()) == {0.0}


def test_a_segment_holding_more_sentences_than_a_bead_takes_is_held_back():
    """One English segment of four sentences (a quotation a segmenter kept whole) against four
    Russian ones: the best bead takes three and leaves one out, whose translation is inside it."""
    glued = EN[:4] + ((EN[4][0] + " " + EN[5][0] + " The conversation took place at the initiative of the "
                       "American side. Lavrov also congratulated Tillerson.", 3),)
    ru = RU[:6] + (("Разговор состоялся по инициативе американской стороны.", 3),
                   ("С.В.Лавров также поздравил Р.Тиллерсона.", 3))
    beads = _aligned(ru, glued)
    assert beads[:3] == [((0,), (0,), True), ((1, 2), (1,), True), ((3,), (2, 3), True)]
    assert not [b for b in beads[3:] if b[2]]


def test_another_document_exports_nothing():
    assert not [b for b in _aligned(RU, OTHER) if b[0] and b[1] and b[2]]


def test_the_shipped_model_knows_every_feature():
    doc = _doc(RU, EN[:4] + ((STRANGER, 3),) + EN[5:])
    solved, _ = get_aligner("anchors").solve_many([doc], evidence=True)
    evidence = solved[0].evidence
    kinds = {bool(di and dj): k for k, (_, _, di, dj, _) in enumerate(evidence.path)}
    assert set(evidence.features(kinds[True])) == set(LINK_COEF) - {"bias"}
    assert set(evidence.features(kinds[False])) == set(DELETION_COEF) - {"bias"}
    two, _ = get_aligner("anchors").solve_many([_doc(RU[4:6], EN[4:6])], evidence=True)
    pair = two[0].evidence
    assert pair.merged_kind(0) == (2, 2) and set(pair.merge_features(0)) == set(MERGE_COEF) - {"bias"}
    assert 0.5 <= REVIEW_THRESHOLD < 1.0


# -- the perturbations themselves -----------------------------------------------------------

BLOCKS = [Block(("Раз, два, три, четыре, пять, шесть.",), ("One two three four, five six seven eight.",), (0,), (0,)),
          Block(("Второе предложение здесь.",), ("The second sentence is here.",), (0,), (0,)),
          Block(("Третье.", "Четвёртое."), ("Third and fourth together.",), (1, 1), (1,)),
          Block(("Пятое.",), ("Fifth, a sentence of a paragraph.", "Sixth, too."), (2,), (2, 2))]
DONORS = [[Block(("Чужое.",), ("A stranger sentence of about the same length.",), (0,), (0,)),
           Block(("Чужое.",), ("Another.",), (1,), (1,)), Block(("Чужое.",), ("And more.",), (2,), (2,))]]


def _pairs(blocks):
    return [(b.src, b.tgt) for b in blocks]


def test_blocks_and_cases_round_trip():
    doc, gold = case_of("d", BLOCKS)
    assert [(b.src, b.tgt) for b in gold] == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4,), (3, 4))]
    assert blocks_of((doc, gold)) == BLOCKS


@pytest.mark.parametrize("kind, expected", [
    ("swap", "a 1-1 pair becomes a 1-0 and a 0-1 with a stranger"),
    ("insert", "a 0-1 stranger between two beads"),
    ("drop-paragraph", "the target sentences of one paragraph gone, their sources 1-0"),
    ("cross", "two 1-1 beads become one 2-2 with the target re-cut"),
    ("other-document", "every source sentence 1-0, every target sentence another document's"),
])
def test_each_perturbation_says_what_is_right_afterwards(kind, expected):
    after = PERTURBATIONS[kind](list(BLOCKS), DONORS, random.Random(2))
    assert after is not None, expected
    if kind == "swap":
        k = next(k for k, b in enumerate(after) if b.src and not b.tgt)
        assert after[k + 1].tgt == ("A stranger sentence of about the same length.",) and not after[k + 1].src
        assert len(after) == len(BLOCKS) + 1
    elif kind == "insert":
        k = next(k for k, b in enumerate(after) if not b.src)
        assert after[k] == Block((), (DONORS[0][0].tgt[0],), (), (after[k - 1].tgt_par[-1],))
        assert [b for b in after if b.src] == BLOCKS
    elif kind == "drop-paragraph":
        kept = {p for b in after for p in b.tgt_par}
        [lost] = {0, 1, 2} - kept
        assert lost in (0, 2)  # the paragraphs of two sentences or more
        assert _pairs(after) == [(b.src, tuple(t for t, p in zip(b.tgt, b.tgt_par) if p != lost)) for b in BLOCKS]
    elif kind == "cross":
        assert _pairs(after)[1:] == _pairs(BLOCKS)[2:]
        assert after[0].src == BLOCKS[0].src + BLOCKS[1].src
        assert after[0].tgt == ("One two three four.", "Five six seven eight; The second sentence is here.")
    else:
        assert all(not (b.src and b.tgt) for b in after)
        assert [t for b in after for t in b.tgt] == [t for b in DONORS[0] for t in b.tgt]


def test_other_document_changes_one_document_in_five():
    cases = [case_of(str(k), BLOCKS) for k in range(10)]
    _, changed = perturbed(cases, "other-document")
    assert changed == 10 // OTHER_DOCUMENT_EVERY


def test_trust_counts_wrong_exports_and_right_beads_held_back():
    doc, gold = case_of("d", BLOCKS)
    predicted = [Bead((0,), (0,), 0.99), Bead((1,), (1,), 0.2), Bead((2,), (2,), 0.95), Bead((3,), (), 0.9),
                 Bead((4,), (3, 4), 0.97)]
    t = trust([(doc, gold)], [predicted], 0.9)
    assert (t.exported, t.wrong, t.right, t.held_right) == (3, 1, 3, 1)
    assert t.wrong_share == pytest.approx(1 / 3) and t.held_share == pytest.approx(1 / 3)



def _bench_alignment():
    """``benchmarks/alignment.py``, the harness that fits the shipped models."""
    import importlib.util

    from paths import REPO

    spec = importlib.util.spec_from_file_location("bench_alignment", REPO / "benchmarks" / "alignment.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _round(threshold: float, bias: float) -> dict:
    return {"merge": {"bias": bias}, "link": {"bias": bias}, "deletion": {"bias": bias}, "review_threshold": threshold,
            "beads": {}}


def test_the_confidence_fit_repeats_until_a_round_gives_its_models_back(monkeypatch):
    bench = _bench_alignment()
    rounds = iter([_round(0.91, 1.0), _round(0.90, 2.0), _round(0.90, 2.0), _round(0.5, 9.0)])
    monkeypatch.setattr(bench, "perturbed_suites", lambda cases: [])
    monkeypatch.setattr(bench, "_fit_round", lambda suites, options, lexicon: next(rounds))
    assert bench.fit_models([]) == _round(0.90, 2.0)
    assert next(rounds) == _round(0.5, 9.0)  # no round after the fixed point


def test_a_confidence_fit_that_never_settles_is_an_error(monkeypatch):
    bench = _bench_alignment()
    rounds = iter(_round(0.9, float(n)) for n in range(100))
    monkeypatch.setattr(bench, "perturbed_suites", lambda cases: [])
    monkeypatch.setattr(bench, "_fit_round", lambda suites, options, lexicon: next(rounds))
    with pytest.raises(RuntimeError, match="did not settle"):
        bench.fit_models([])
