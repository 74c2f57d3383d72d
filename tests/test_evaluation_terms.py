"""Scoring a glossary against a gold (``tmtool.evaluation.terms``): categories, pairs judged by hand."""

from __future__ import annotations

import pytest

from tmtool.errors import InputError
from tmtool.evaluation.terms import GoldEntry, category_confusion, pair_verdicts, read_judgments, score
from tmtool.terms.model import Glossary, TermEntry


def entry(source: str, target: str, category: str, **kw) -> TermEntry:
    return TermEntry(source, target, freq=2, releases=1, confidence=1.0, score=1.0, category=category, **kw)


def test_each_gold_entry_found_counts_once_under_its_gold_and_found_category():
    glossary = Glossary("en-GB", "ru-RU", (
        entry("Foreign Minister", "Министр иностранных дел", "title"),
        entry("OSCE", "ОБСЕ", "name", source_variants=("Organization for Security and Co-operation in Europe",)),
        entry("ceasefire", "прекращение огня", "term"),
    ))
    gold = [GoldEntry("Foreign Minister", "Министр иностранных дел", 5), GoldEntry("OSCE", "ОБСЕ", 3),
            GoldEntry("Organization for Security and Co-operation in Europe", "ОБСЕ", 1),
            GoldEntry("exchange of views", "обмен мнениями", 2)]
    category = {("Foreign Minister", "Министр иностранных дел"): "title", ("OSCE", "ОБСЕ"): "organisation",
                ("Organization for Security and Co-operation in Europe", "ОБСЕ"): "organisation",
                ("exchange of views", "обмен мнениями"): "phrase"}
    assert category_confusion(glossary, gold, category) == {("title", "title"): 1, ("organisation", "name"): 2}


def test_a_pair_is_right_in_the_gold_or_as_judged_and_unknown_otherwise(tmp_path):
    judged = tmp_path / "gold.pairs.tsv"
    judged.write_text("en\tru\tverdict\nMinsk\tвыполнение Минских соглашений\twrong\n"
                      "Security\tбезопасность\tright\n", encoding="utf-8")
    glossary = Glossary("en-GB", "ru-RU", (
        entry("OSCE", "ОБСЕ", "name"), entry("Minsk", "выполнение Минских соглашений", "name"),
        entry("security", "Безопасность", "term"), entry("podium", "трибуна", "term"),
    ))
    result = score(glossary, [GoldEntry("OSCE", "ОБСЕ", 3)])
    judgments = read_judgments(judged)
    assert pair_verdicts(glossary, result, judgments) == (True, False, True, None)  # case does not matter
    swapped = Glossary("ru-RU", "en-GB", (entry("выполнение Минских соглашений", "Minsk", "name"),))
    assert pair_verdicts(swapped, score(swapped, []), judgments, english_first=False) == (False,)
    assert read_judgments(tmp_path / "absent.tsv") == {}


def test_a_judgment_that_is_neither_right_nor_wrong_is_an_error_naming_its_line(tmp_path):
    judged = tmp_path / "gold.pairs.tsv"
    judged.write_text("en\tru\tverdict\nMinsk\tМинск\tmaybe\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2: expected en<TAB>ru<TAB>right|wrong"):
        read_judgments(judged)
