"""Gold alignments: parsed, mapped onto segmented sentences, and met by the aligner."""

from __future__ import annotations

import pytest

from tmtool.align import get_aligner
from tmtool.align.evaluate import score
from tmtool.evaluation.gold import GoldBlock, gold_beads, load_corpus_gold, parse_gold
from tmtool.errors import FormatError
from tmtool.jobs import mapper

from paths import DATA

GOLD_DIR = DATA / "gold"

SAMPLE = """# gold sentence alignment, ru-RU ↔ en-GB, release 1
# paragraph
ru: Первое.
en: First.
---
ru: Второе.
ru: Третье.
en: Second and third.
---
# paragraph
ru: Опущено.
---
en: Added.
"""


def test_parse_gold_reads_blocks_and_paragraphs(tmp_path):
    path = tmp_path / "1.align.txt"
    path.write_text(SAMPLE, "utf-8")
    blocks = parse_gold(path)
    assert [(b.ru, b.en, b.paragraph) for b in blocks] == [
        (("Первое.",), ("First.",), 0),
        (("Второе.", "Третье."), ("Second and third.",), 0),
        (("Опущено.",), (), 1),
        ((), ("Added.",), 1),
    ]


def test_a_stray_line_in_a_gold_file_names_itself(tmp_path):
    path = tmp_path / "1.align.txt"
    path.write_text("ru: x\nde: y\n", "utf-8")
    with pytest.raises(FormatError, match=r"1\.align\.txt:2"):
        parse_gold(path)


BLOCKS = [GoldBlock(("A b.",), ("X y.",), 0), GoldBlock(("C d. E f.",), ("Z.",), 0), GoldBlock(("G.",), (), 1)]


def test_gold_beads_follow_the_segmenter_and_report_where_it_differs():
    beads, problems = gold_beads("d", BLOCKS, ["A b.", "C d.", "E f.", "G."], ["X y.", "Z."])
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1, 2), (1,)), ((3,), ())]
    assert problems == ["d: the segmenter gives +1 source sentences against the gold"]


def test_a_segment_spanning_two_gold_blocks_merges_them():
    beads, problems = gold_beads("d", BLOCKS, ["A b. C d. E f.", "G."], ["X y.", "Z."])
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0, 1)), ((1,), ())]
    assert any("joins sentences of two gold blocks" in p for p in problems)


def test_a_different_body_is_reported_not_matched():
    beads, problems = gold_beads("d", BLOCKS, ["A b.", "C d. E f.", "H."], ["X y.", "Z."])
    assert beads is None
    assert problems[0].startswith("d: source body differs from the gold at character 15")


@pytest.fixture(scope="module")
def corpus_gold(corpus):
    if not any(GOLD_DIR.glob("*.align.txt")):
        pytest.skip(f"no gold alignments in {GOLD_DIR}")
    return load_corpus_gold(corpus, GOLD_DIR)


def test_every_gold_file_matches_its_release(corpus_gold):
    assert corpus_gold.problems == []
    assert all(len(d.src) and len(d.tgt) for d, _ in corpus_gold.cases)


def test_anchors_meet_the_acceptance_bar_on_the_corpus_gold(corpus_gold):
    docs = [d for d, _ in corpus_gold.cases]
    ours = score([g for _, g in corpus_gold.cases], get_aligner("anchors").align_many(docs).beads)
    baseline = score([g for _, g in corpus_gold.cases], [get_aligner("gale-church").align(d) for d in docs])
    assert ours.f1_strict >= 0.95 and ours.f1_lax >= 0.98
    assert ours.f1_strict > baseline.f1_strict


def test_the_dropped_paragraph_of_2799640_comes_out_as_deletions(corpus_gold):
    doc, gold = next((d, g) for d, g in corpus_gold.cases if d.doc_id == "2799640")
    beads = get_aligner("anchors").align(doc)
    dropped = [(b.src, b.tgt) for b in gold if not b.tgt]
    assert len(dropped) == 3
    assert all(pair in [(b.src, b.tgt) for b in beads] for pair in dropped)


def test_anchors_meet_the_bar_in_the_pipeline_direction_too(corpus):
    if not any(GOLD_DIR.glob("*.align.txt")):
        pytest.skip(f"no gold alignments in {GOLD_DIR}")
    gold = load_corpus_gold(corpus, GOLD_DIR, src_lang="en-GB", tgt_lang="ru-RU")
    assert gold.problems == []
    aligner = get_aligner("anchors", src_lang="en-GB", tgt_lang="ru-RU")
    s = score([g for _, g in gold.cases], [aligner.align(d) for d, _ in gold.cases])
    assert s.f1_strict >= 0.95 and s.f1_lax >= 0.98


def test_anchors_meet_the_acceptance_bar_on_the_wmt_ru_en_documents(shared):
    from tmtool.evaluation.gold import wmt_cases
    from tmtool.segment import get_segmenter

    path = shared / "benchmarks" / "alignment" / "wmt_ru-en_gold_docs.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    cases = wmt_cases(path, get_segmenter("srx"), drop=0.05)
    aligner = get_aligner("anchors")
    aligned = aligner.align_many([d for d, _ in cases])
    s = score([g for _, g in cases], aligned.beads)
    assert len(cases) > 400
    assert s.f1_strict >= 0.95 and s.f1_lax >= 0.98
    # A document at a time (what tmtool run saves as it comes), the same beads and problems.
    with mapper(2) as run:
        each = {k: (beads, problems) for k, beads, problems in aligner.align_each([d for d, _ in cases], run=run)}
    assert [each[k] for k in range(len(cases))] == list(zip(aligned.beads, aligned.problems))
