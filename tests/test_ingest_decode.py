"""Bytes → text: a Russian page in any of the single-byte Cyrillic encodings is decoded back
exactly, or refused; never read as mojibake."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pages import RU_BODY
from tmtool.ingest.decode import CYRILLIC_ENCODINGS, decode_bytes, russian_likelihood

WORDS = sorted({w.strip(".,«»()") for line in RU_BODY for w in line.split()} | set(
    "министр иностранных дел россии встретился с коллегой стороны обсудили ситуацию в регионе "
    "переговоры прошли в конструктивной атмосфере подчеркнул важность сотрудничества ёлка объём "
    "щедрый экономический подъём".split()) - {""})


@st.composite
def russian(draw):
    """Sentences of Russian words, each begun with a capital, some with digits and Latin names."""
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=14))
        words[0] = words[0][:1].upper() + words[0][1:]
        if draw(st.booleans()):
            words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(["2018", "OSCE", "15,5", "(ООН)"])))
        sentences.append(" ".join(words) + ".")
    return " ".join(sentences)


@settings(max_examples=400, deadline=None)
@given(russian(), st.sampled_from(CYRILLIC_ENCODINGS))
@example("14 ёлка.", "cp866")  # valid UTF-8 by accident (F1 AB AA A0 is U+6BAA0): found by CI's hypothesis run
@example("Ёлка 14.", "cp866")  # F0 AB AA A0 is U+2BAA0, a rare CJK ideograph: found by a local hypothesis run
def test_russian_in_a_single_byte_encoding_is_decoded_back_exactly_or_refused(text, encoding):
    data = text.encode(encoding)
    try:
        decoded = decode_bytes(data)
    except ValueError as refused:
        assert "not UTF-8 text" in str(refused)
        return
    assert decoded.text == text
    assert decoded.encoding == (encoding if not text.isascii() else "utf-8")


@pytest.mark.parametrize("encoding", CYRILLIC_ENCODINGS)
def test_a_page_long_enough_is_decoded_in_every_encoding(encoding):
    text = " ".join(RU_BODY)
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_too_little_russian_to_tell_is_refused():
    with pytest.raises(ValueError, match="not UTF-8 text, nor Russian in one single-byte encoding"):
        decode_bytes("Москва.".encode("koi8_r"))


def test_yo_reads_as_ye_and_is_no_capital():
    assert russian_likelihood("подъём объём ёлка") == russian_likelihood("подъем объем елка")
    assert russian_likelihood("еЛКА")[0] < russian_likelihood("Елка")[0]  # a case swap costs
