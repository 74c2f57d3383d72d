"""Terminology on the sample corpus against the gold glossary (tests/data/gold_glossary.tsv).

The issue's targets, P@50 ≥ 0.9 and recall ≥ 0.8 of the gold entries seen twice, on the
pipeline's own units and on the human sentence alignments; what is measured is in
docs/benchmarks.md (## Terminology).
"""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
import regex
from lxml import etree

from paths import CORPUS, DATA
from storedata import run_units, save_corpus
from tmtool.errors import FormatError
from tmtool.formats import ExportHeader, export_units
from tmtool.pipeline import RunOptions, run_corpus, terms_from_source
from tmtool.store import Store
from tmtool.terms import extract_terms, normalise, write_glossary
from tmtool.evaluation.terms import gold_units, read_gold, read_judgments, score
from tmtool.terms.general import is_general_word
from tmtool.terms.russian import can_be_nominative

GOLD = read_gold(DATA / "gold_glossary.tsv")


@pytest.fixture(scope="module")
def pipeline_glossary(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    run_corpus(CORPUS, out, RunOptions(include_unsure=True, formats=()))
    return extract_terms(run_units(out), "en-GB", "ru-RU")


@pytest.fixture(scope="module")
def gold_glossary():
    return extract_terms(gold_units(DATA / "gold"), "en-GB", "ru-RU")


def test_recall_on_gold_alignments(gold_glossary):
    result = score(gold_glossary, GOLD)
    assert result.wanted == sum(g.freq >= 2 for g in GOLD)
    assert result.recall >= 0.8, [g.source for g in result.missed]


def test_targets_on_pipeline_units(pipeline_glossary):
    result = score(pipeline_glossary, GOLD)
    assert result.recall >= 0.8, [g.source for g in result.missed]
    assert result.precision(50) >= 0.9, [e.source for e, ok in zip(pipeline_glossary.entries, result.right) if not ok]


@pytest.mark.parametrize("which", ["pipeline_glossary", "gold_glossary"])
def test_no_single_general_language_word_in_the_top_50(which, request):
    """Issue 15's acceptance: no single English word of wordfreq Zipf ≥ 4.5 that is not a gold
    term in the top 50 (situation, efforts, basis); a proper name (Russia) is no general word."""
    wordfreq = pytest.importorskip("wordfreq")
    gold = {normalise(g.source) for g in GOLD}
    top = request.getfixturevalue(which).entries[:50]
    general = [(e.source, wordfreq.zipf_frequency(e.source, "en")) for e in top
               if len(e.source.split()) == 1 and e.source[:1].islower() and normalise(e.source) not in gold]
    assert not [(word, zipf) for word, zipf in general if zipf >= 4.5]


def test_precision_on_gold_alignments(gold_glossary):
    assert score(gold_glossary, GOLD).precision(50) >= 0.9


#: Pairs judged by hand to translate each other, beside the gold (``gold_glossary.pairs.tsv``).
JUDGED = read_judgments(DATA / "gold_glossary.pairs.tsv")


def _gold_renders(lang: str, term: str, rendering: str) -> bool:
    en, ru = (term, rendering) if lang.startswith("en") else (rendering, term)
    return (any(normalise(g.source) == normalise(en) and normalise(g.target) == normalise(ru) for g in GOLD)
            or JUDGED.get((normalise(en), normalise(ru)), False))


@pytest.mark.parametrize("which", ["pipeline_glossary", "gold_glossary"])
def test_the_check_finds_no_false_inconsistency_in_the_sample_corpus(which, request):
    # Every other rendering it reports is one the gold gives that term, or a pair judged right by
    # hand (the corpus itself writes civilians and cooperation two ways each, and implementation:
    # выполнение of the Minsk agreements, реализация of projects); the first is the glossary's own entry.
    found = request.getfixturevalue(which).inconsistencies
    assert found, "the sample corpus renders some terms two ways"
    wrong = [(i.term, r.term) for i in found for r in i.renderings[1:] if not _gold_renders(i.lang, i.term, r.term)]
    assert not wrong


_HUMANITARIAN_AID = {"гуманитарная помощь": "гуманитарное содействие", "гуманитарной помощи": "гуманитарного содействия",
                     "гуманитарную помощь": "гуманитарное содействие", "гуманитарной помощью": "гуманитарным содействием"}


def _planted(units, side: str, pattern: str, replace) -> tuple[list, tuple[str, ...]]:
    """``units`` with ``pattern`` replaced on one side in the last two units (of two releases)
    holding it, and those units' ids."""
    chosen, releases = [], set()
    for i in reversed(range(len(units))):
        if regex.search(pattern, getattr(units[i], side)) and units[i].provenance.release_id not in releases:
            chosen.append(i)
            releases.add(units[i].provenance.release_id)
    chosen = chosen[:2]
    out = [dataclasses.replace(u, **{side: regex.sub(pattern, replace, getattr(u, side))}) if i in chosen else u
           for i, u in enumerate(units)]
    return out, tuple(sorted(units[i].unit_id for i in chosen))


def test_the_check_finds_the_inconsistencies_planted_in_the_sample_corpus():
    units, aid = _planted(gold_units(DATA / "gold"), "target", "|".join(_HUMANITARIAN_AID),
                          lambda m: _HUMANITARIAN_AID[m[0]])
    units, minsk = _planted(units, "source", "Minsk Agreements", "Minsk accords")
    for src, tgt in (("en-GB", "ru-RU"), ("ru-RU", "en-GB")):
        found = {(i.lang, i.term): i.renderings for i in extract_terms(units, src, tgt).inconsistencies}
        (first, other) = found[("en-GB", "humanitarian aid")]
        assert (first.term, other.term, other.unit_ids) == ("гуманитарная помощь", "гуманитарное содействие", aid)
        (first, other) = found[("ru-RU", "Минские соглашения")]
        assert (first.term, other.term, other.unit_ids) == ("Minsk Agreements", "Minsk accords", minsk)
        # planted, and the corpus's own (действия: the glossary's wrong cessation ↔ действия, and the
        # actions it is elsewhere)
        assert set(found) == {("en-GB", "humanitarian aid"), ("ru-RU", "Минские соглашения"),
                              ("en-GB", "civilians"), ("en-GB", "cooperation"), ("ru-RU", "действия")}


def test_well_known_pairs(pipeline_glossary):
    found = {(normalise(e.source), normalise(e.target)) for e in pipeline_glossary.entries}
    for en, ru in [("Foreign Minister", "Министр иностранных дел"), ("UN Security Council", "Совет Безопасности ООН"),
                   ("cessation of hostilities", "прекращение боевых действий"),
                   ("Minsk Agreements", "Минские соглашения"), ("talks", "переговоры"),
                   ("Package of Measures for the Implementation of the Minsk Agreements",
                    "Комплекс мер по выполнению Минских соглашений")]:
        assert (normalise(en), normalise(ru)) in found, en


def test_every_russian_entry_is_a_citation_form(pipeline_glossary):
    assert pipeline_glossary.entries
    assert [e.target for e in pipeline_glossary.entries
            if e.category != "phrase" and not can_be_nominative(e.target)] == []


def test_phrases_are_cited_as_a_glossary_lists_them(pipeline_glossary):
    """A verb phrase in the infinitive with its object in the governed case, the English in the
    base form with the preposition it governs; the passive is the same phrase."""
    phrases = {(e.source, e.target) for e in pipeline_glossary.entries if e.category == "phrase"}
    assert ("reaffirm commitment to", "подтвердить приверженность") in phrases  # reaffirmed their …; подтверждена …
    assert ("pay attention to", "уделить внимание") in phrases  # attention was paid to; внимание было уделено


def test_capitalisation_conventions_kept(pipeline_glossary):
    targets = {e.target for e in pipeline_glossary.entries}
    assert "Министр иностранных дел" in targets  # MFA style capital, seen mid-sentence
    assert "нормандский формат" in targets and "Нормандский формат" not in targets


def test_entries_carry_counts_and_contexts(pipeline_glossary):
    for e in pipeline_glossary.entries:
        assert e.freq >= 2 and 1 <= e.releases <= e.freq
        assert 1 <= len(e.contexts) <= 3 and 0 < e.confidence <= 1
    # single general-language words last (issue 15), and in each part recurring across releases first
    general = [is_general_word(tuple(e.source.split()), e.source, "en") for e in pipeline_glossary.entries]
    assert general == sorted(general)
    for tier in (False, True):
        recurring = [e.releases >= 2 for e, g in zip(pipeline_glossary.entries, general) if g == tier]
        assert recurring == sorted(recurring, reverse=True)


def _folder(tmp_path, name, files):
    folder = tmp_path / name
    folder.mkdir()
    for target, text in files.items():
        (folder / target).write_text(text, "utf-8")
    return folder


EN_A = (CORPUS / "2017" / "2631458.en-GB.txt").read_text("utf-8")
EN_B = (CORPUS / "2017" / "2652117.en-GB.txt").read_text("utf-8")
RU_A = (CORPUS / "2017" / "2631458.ru-RU.txt").read_text("utf-8")


@pytest.mark.parametrize("name, files, expected", [
    ("one-pair", {"2631458.en-GB.txt": EN_A, "2631458.ru-RU.txt": RU_A}, ["only 1 release pair"]),
    ("empty-side", {"2631458.en-GB.txt": EN_A, "2631458.ru-RU.txt": "", "2652117.en-GB.txt": EN_B,
                    "2652117.ru-RU.txt": ""}, ["no aligned units", "2631458.ru-RU.txt skipped: empty"]),
    ("no-cyrillic", {"2631458.en-GB.txt": EN_A, "2631458.ru-RU.txt": EN_A, "2652117.en-GB.txt": EN_B,
                     "2652117.ru-RU.txt": EN_B}, ["no aligned units", "Cyrillic"]),
])
def test_corpora_without_terms_give_messages_and_valid_empty_files(tmp_path, shared, name, files, expected):
    glossary = terms_from_source(_folder(tmp_path, name, files), "en-GB", "ru-RU")
    assert len(glossary) == 0
    joined = " | ".join(glossary.messages)
    assert all(part in joined for part in expected), joined
    schema = etree.RelaxNG(etree.parse(str(shared / "schemas" / "tbx" / "TBXcoreStructV03.rng")))
    assert schema.validate(etree.parse(str(write_glossary(glossary, tmp_path / f"{name}.tbx", "tbx"))))
    for fmt in ("tsv", "csv"):
        assert write_glossary(glossary, tmp_path / f"{name}.{fmt}", fmt).is_file()
    with pytest.raises(FormatError, match="TBX 2008 cannot hold an empty glossary"):  # its DTD needs an entry
        write_glossary(glossary, tmp_path / f"{name}.tbx2008", "tbx2008")
    assert not (tmp_path / f"{name}.tbx2008").exists()


def test_terms_from_a_tmx_either_direction(tmp_path):
    run_corpus(CORPUS, tmp_path / "run", RunOptions(include_unsure=True, formats=()))
    export_units(run_units(tmp_path / "run"), tmp_path / "memory.tmx", "tmx", ExportHeader("en-GB", "ru-RU"))
    forward = terms_from_source(tmp_path / "memory.tmx", "en-GB", "ru-RU")
    backward = terms_from_source(tmp_path / "memory.tmx", "ru-RU", "en-GB")
    assert ("Minsk Agreements", "Минские соглашения") in {(e.source, e.target) for e in forward.entries}
    assert ("Минские соглашения", "Minsk Agreements") in {(e.source, e.target) for e in backward.entries}


def test_terms_from_a_store(tmp_path):
    path = tmp_path / "memory.tm"
    with contextlib.closing(Store.open(path)) as store:
        save_corpus(store, CORPUS)
    glossary = terms_from_source(path, "en-GB", "ru-RU")
    assert ("Minsk Agreements", "Минские соглашения") in {(e.source, e.target) for e in glossary.entries}
