"""An entry's category from the shape of its English side (``tmtool.terms.categories``)."""

from __future__ import annotations

import pytest

from tmtool.terms.categories import category
from tmtool.terms.english import head as english_head
from tmtool.terms.model import Candidate, Occurrences


def cand(form: str) -> Candidate:
    return Candidate(key=tuple(w.lower() for w in form.split()), form=form, forms=(), occurrences=Occurrences.of(()))


@pytest.mark.parametrize("key, head", [
    ("federal minister for foreign affairs", "minister"),
    ("russian centre for reconciliation of opposing sides", "centre"),
    ("trade and economic cooperation", "cooperation"),
    ("ministry of foreign affairs and trade", "ministry"),
    ("ceasefire", "ceasefire"),
])
def test_the_english_head_comes_before_an_of_or_for_phrase(key, head):
    assert english_head(tuple(key.split())) == head


@pytest.mark.parametrize("en, expected", [
    ("Federal Minister for Foreign Affairs", "title"),
    ("UN Secretary-General", "title"),
    ("Under-Secretary-General", "title"),
    ("Foreign Ministers", "title"),
    ("Heads of State", "title"),
    ("Russian Centre for Reconciliation of Opposing Sides", "organisation"),
    ("OSCE", "organisation"),
    ("U.S.", "name"),
    ("Normandy format", "name"),
    ("Astana process", "name"),
    ("Minsk Agreements", "name"),
    ("Jabhat al-Nusra", "name"),
    ("peace process", "term"),
    ("cessation of hostilities", "term"),
])
def test_categories_from_the_english_side(en, expected):
    assert category(cand(en), cand("что-то"), "en-GB", "ru-RU") == expected
    assert category(cand("что-то"), cand(en), "ru-RU", "en-GB") == expected
