"""Cognate binding in the glossary's pairing: the indexed search finds what comparing every pair finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tmtool.terms.pairing import (
    _alike,
    _cognate_bound,
    _latin,
    _prefix,
    _PrefixIndex,
    cognate,
)

BASES = ["Лавров", "Lavrov", "президент", "president", "Минск", "Minsk", "ООН", "UN", "ГД", "процесс",
         "process", "Джабхат", "Jabhat", "sanktsii", "санкции", "Ирана", "Iran", "Кипра", "Cyprus"]


@st.composite
def near_words(draw):
    """A base word, maybe with one letter changed, dropped or added: pairs near the 80 % line."""
    word = draw(st.sampled_from(BASES))
    edit, at = draw(st.sampled_from(["none", "change", "drop", "add"])), draw(st.integers(0, len(word)))
    letter = draw(st.sampled_from("авкоиeaknos"))
    if edit == "change" and at < len(word):
        word = word[:at] + letter + word[at + 1:]
    elif edit == "drop" and at < len(word) and len(word) > 1:
        word = word[:at] + word[at + 1:]
    elif edit == "add":
        word = word[:at] + letter + word[at:]
    return word


WORDS = near_words()
UNITS = st.frozensets(st.integers(0, 12), min_size=1, max_size=6)


def bound_by_every_pair(words, others):
    """The definition: every word compared with every other-side word of its first Latin letter."""
    out = set()
    for w, units in words.items():
        shared = set()
        for o, o_units in others.items():
            if _latin(o)[:1] == _latin(w)[:1] and cognate(w, o):
                shared |= units & o_units
        if 2 * len(shared) >= len(units):
            out.add(w)
    return out


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(WORDS, UNITS, max_size=12), st.dictionaries(WORDS, UNITS, max_size=12))
def test_cognate_bound_is_what_every_pair_gives(words, others):
    assert _cognate_bound(words, others) == bound_by_every_pair(words, others)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.lists(WORDS, max_size=20))
def test_the_prefix_index_finds_every_alike_prefix(word, others):
    prefixes = {_prefix(o) for o in others}
    expected = {p for p in prefixes if p[:1] == _prefix(word)[:1] and _alike(_prefix(word), p)}
    assert set(_PrefixIndex(prefixes).alike(_prefix(word))) == expected


def test_cognates():
    assert cognate("Лавров", "Lavrov") == cognate("процесс", "process") == 1.0
    assert cognate("Лавров", "Minsk") == 0.0
    assert cognate("ООН", "UN") == 0.0  # short words match only themselves
