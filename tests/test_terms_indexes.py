"""The glossary's indexed look-ups (cognates, nested spans, sentence starts) find what scanning everything finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tmtool.terms.candidates import _Spans
from tmtool.terms.model import Candidate, Occurrence, Occurrences, TextFile, digest
from tmtool.terms.pairing import (
    _alike,
    _cognate_bound,
    _latin,
    _prefix,
    _PrefixIndex,
    cognate,
)
from tmtool.text import skip_back

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
    """The definition: every word compared with every other-side word of its first Latin letter;
    a bound word with the units it shares with its cognates, in order."""
    out = {}
    for w, units in words.items():
        shared = set()
        for o, o_units in others.items():
            if _latin(o)[:1] == _latin(w)[:1] and cognate(w, o):
                shared |= units & o_units
        if 2 * len(shared) >= len(units):
            out[w] = sorted(shared)
    return out


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(WORDS, UNITS, max_size=12), st.dictionaries(WORDS, UNITS, max_size=12))
def test_cognate_bound_is_what_every_pair_gives(words, others):
    assert {w: list(units) for w, units in _cognate_bound(words, others).items()} == bound_by_every_pair(words, others)


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


# -- long units stay linear: the indexed look-ups give what scanning everything gives -------

@given(st.text(st.sampled_from(" «\"“(ab.")), st.integers(0, 30), st.sampled_from([" «\"“(", " “\"‘("]))
def test_skip_back_is_rstrip_without_the_copy(text, end, chars):
    end = min(end, len(text))
    assert skip_back(text, end, chars) == len(text[:end].rstrip(chars))


# (text, start, end, key): the spans of candidates in two texts
SPANS = st.lists(st.tuples(st.integers(0, 1), st.integers(0, 40), st.integers(1, 12),
                           st.sampled_from([("a",), ("b",), ("c", "d")])),
                 min_size=1, max_size=30).map(lambda xs: [(t, s, s + n, k) for t, s, n, k in xs])


def candidates_of(spans):
    found: dict = {}
    for text, start, end, key in spans:
        found.setdefault(key, []).append(Occurrence(key, "x", "x", text, start, end, len(key)))
    return [Candidate(key, "x", (), Occurrences.of(occurrences)) for key, occurrences in found.items()]


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 40), st.integers(1, 12))
def test_spans_around_are_those_a_scan_finds(spans, start, length):
    end = start + length
    expected = sorted((s, k) for t, s, e, k in spans if t == 0 and s <= start and end <= e and (s, e) != (start, end))
    found = _Spans(candidates_of(spans))
    assert sorted(found.around(0, start, end) if 0 in found.bounds else []) == expected



@settings(max_examples=200)
@given(st.lists(st.text(st.one_of(st.characters(), st.sampled_from(["\ud800", "\udfff"])))), st.integers(1, 64))
def test_a_text_file_gives_back_what_it_was_given(texts, block):
    """Any strings (lone surrogates, empty ones) come back as they went in, one by one and in
    order, whatever the size of the blocks it reads them in."""
    found = TextFile(texts)
    found.BLOCK = block  # smaller than most texts: a block then holds one
    assert len(found) == len(texts)
    assert [found[i] for i in range(len(texts))] == texts
    assert list(found) == texts
    if texts:
        assert found[-1] == texts[-1]
    found.append("после")
    assert found[len(texts)] == "после" and list(found)[-1] == "после"


def test_a_digest_tells_texts_apart_without_holding_them():
    assert digest("Переговоры") == digest("Переговоры") != digest("Переговоры.")
    assert len(digest("x" * 10_000)) == 16
