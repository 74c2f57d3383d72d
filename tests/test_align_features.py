"""Evidence keys shared across Russian and English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tmtool.align.features import (
    COMPONENTS, MAX_CLAUSES, clause_pieces, extractor, number_value, parse_lexicon, skeleton, tokens, words,
)


@pytest.fixture(scope="module")
def keys():
    ru, en = extractor("ru", COMPONENTS), extractor("en", COMPONENTS)
    return lambda r, e: ru(tokens(r, "ru")) & en(tokens(e, "en"))


@pytest.mark.parametrize(
    "ru, en, key",
    [
        ("3 февраля", "February 3", ("numbers", "month2")),
        ("3 февраля", "February 3", ("numbers", "3")),
        ("1,2 млрд", "1.2 billion", ("numbers", "1.2")),
        ("резолюция № 2254", "Resolution No. 2254", ("numbers", "2254")),
        ("1 200 человек", "1,200 people", ("numbers", "1200")),
        ("С.В.Лавров", "Sergey Lavrov", ("translit", "lvrv")),
        ("Тиллерсоном", "Tillerson", ("translit", "tlrs")),
        ("президент", "President", ("translit", "prsd")),
    ],
)
def test_translations_share_a_key(keys, ru, en, key):
    assert key in keys(ru, en)


@pytest.mark.parametrize("ru, en", [("ООН", "UN"), ("ОБСЕ", "OSCE"), ("Министр иностранных дел", "foreign minister")])
def test_lexicon_and_acronyms_meet(keys, ru, en):
    assert any(k[0] in ("acronyms", "lexicon") for k in keys(ru, en))


def test_an_acronym_is_case_sensitive(keys):
    assert not any(k[0] == "acronyms" for k in keys("США", "let us talk"))
    assert any(k[0] == "acronyms" for k in keys("США", "the US side"))


def test_unrelated_sentences_share_little(keys):
    shared = keys("Погода в Москве была солнечной.", "The committee adopted 15 amendments.")
    assert not any(k[0] in ("numbers", "acronyms") for k in shared)


@pytest.mark.parametrize("token, lang, value", [("1,5", "ru", "1.5"), ("1,500", "en", "1500"), ("03", "en", "3"),
                                                ("2 000 000", "ru", "2000000"), ("2.50", "en", "2.5")])
def test_numbers_normalise_per_language(token, lang, value):
    assert number_value(token, lang) == value


def test_skeleton_ignores_vowels_and_spelling_variants():
    assert skeleton("Сергей") == skeleton("Sergey")
    assert skeleton("Вашингтон") == skeleton("Washington")


def test_a_component_can_be_switched_off():
    only_numbers = extractor("en", ["numbers"])
    assert {k[0] for k in only_numbers(tokens("On February 3 Lavrov met the UN envoy.", "en"))} == {"numbers"}


def test_lexicon_stems_take_the_longest_match():
    lex = parse_lexicon(["министр*\tminister*", "министерств*\tministr*"], "test")
    assert lex["ru"].lookup("министерства") != lex["ru"].lookup("министра")
    assert lex["en"].lookup("ministries") == lex["ru"].lookup("министерства")


def test_a_malformed_lexicon_line_names_itself():
    with pytest.raises(ValueError, match="test:1"):
        parse_lexicon(["no tab here"], "test")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "м", "ми", "мин", "минис", "министр", "министерств", "МИ", "Министр", "са", "санкц",
                        "санкци", "МИД"]),
       st.text(alphabet="аеиоуыстрвМИ", max_size=4))
def test_lexicon_lookup_finds_the_longest_stem_the_word_starts_with(start, end):
    word = start + end
    lex = parse_lexicon(["министр*\tminister*", "министерств*\tministr*", "ми*\tmi*", "мин*\tmin*",
                         "МИД\tMFA", "санкци*\tsanction*", "са*\tsa*"], "test")["ru"]
    low = word.lower()
    longest = max((s for s in lex.stems if len(s) >= 2 and low.startswith(s)), key=len, default=None)
    expected = lex.exact.get(word) or lex.exact.get(low) or (lex.stems[longest] if longest else ())
    assert lex.lookup(word) == expected


def _b64(n: int) -> str:
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    out = ""
    while True:
        out = digits[n % 64] + out
        n //= 64
        if not n:
            return out


def test_freedict_is_read_where_installed_and_is_empty_elsewhere(tmp_path, monkeypatch):
    import gzip

    from tmtool.align import features

    entries = ["00databaseshort\nEnglish-Russian FreeDict Dictionary\n", "ambassador /æmbæsədə/\nпосол\n",
               "talks /tɔːks/\nпереговоры, беседа\n", "Adam's apple /ədɑːmzæpl/\nадамово яблоко\n"]
    body, index, offset = b"", [], 0
    for entry in entries:
        data = entry.encode("utf-8")
        index.append(f"{entry.split(' ')[0].split(chr(10))[0]}\t{_b64(offset)}\t{_b64(len(data))}")
        body, offset = body + data, offset + len(data)
    (tmp_path / "fd.index").write_text("\n".join(index) + "\n", "utf-8")
    (tmp_path / "fd.dict.dz").write_bytes(gzip.compress(body))
    monkeypatch.setattr(features, "FREEDICT", tmp_path / "fd")
    features.freedict_dictionary.cache_clear()
    try:
        found = features.freedict_dictionary()
        assert found["en"]["ambassador"] == found["ru"]["посол"]
        assert found["en"]["talk"] == found["ru"]["переговор"] == found["ru"]["бесед"]
        assert "adam'" not in found["en"] and "яблок" not in found["ru"]  # phrases are left out
        monkeypatch.setattr(features, "FREEDICT", tmp_path / "absent")
        features.freedict_dictionary.cache_clear()
        assert features.freedict_dictionary() == {"ru": {}, "en": {}}
    finally:
        features.freedict_dictionary.cache_clear()


def test_the_default_components_give_the_same_keys_on_every_machine():
    from tmtool.align.features import COMPONENTS, DEFAULT_COMPONENTS

    assert "freedict" in COMPONENTS and "freedict" not in DEFAULT_COMPONENTS


def test_stems_are_the_same_from_the_cache_as_fresh():
    from tmtool.align import features

    text = "Министр иностранных дел провёл переговоры и переговоры с министрами"
    fresh = features.stems(words(text), "ru")
    assert fresh == {"министр", "иностра", "дел", "провел", "переговор"}  # "и", "с": function words
    assert features.stems(words(text), "ru") == fresh  # now every word comes from the cache
    assert features.stem("и", "ru") is None and features.stem("Переговоры", "ru") == "переговор"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ,;:–-.1"), max_size=60))
def test_clauses_join_back_into_the_sentence(text):
    parts = clause_pieces(text)
    assert "".join(parts) == text and len(parts) <= MAX_CLAUSES and all(parts)


def test_a_sentence_divides_at_clause_punctuation_only():
    assert clause_pieces("Russia, China and India: partners – in 2,5 years; well-known.") == [
        "Russia,", " China and India:", " partners –", " in 2,5 years;", " well-known."]
