"""Scoring a glossary's categories against a gold's (``tmtool.evaluation.terms``)."""

from __future__ import annotations

from tmtool.evaluation.terms import GoldEntry, category_confusion
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
