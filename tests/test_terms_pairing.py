"""Word evidence of the glossary's pairing (``tmtool.terms.pairing.WordAssociation``)."""

from __future__ import annotations

from tmtool.terms.model import Candidate, Occurrence
from tmtool.terms.pairing import TRANSLATION_SUPPORT, WordAssociation, lexicon_translation


def cand(words: tuple[str, ...], units: tuple[int, ...]) -> Candidate:
    occurrences = tuple(Occurrence(key=words, surface=" ".join(words), citation=" ".join(words), unit=u,
                                   start=0, end=1, words=len(words), head=words[-1]) for u in units)
    return Candidate(key=words, form=" ".join(words), forms=(), occurrences=occurrences)


def test_the_dictionaries_translate_words_of_either_language():
    translated = lexicon_translation("en-GB", "ru-RU")
    assert translated("side", "сторона") and translated("initiative", "инициатива")
    assert not translated("side", "инициатива")
    assert lexicon_translation("ru-RU", "en-GB")("сторона", "side")


def test_a_dictionary_translation_supports_words_the_corpus_keeps_apart():
    # "side" and "сторона" never share a unit here: Dice says nothing, the dictionary does
    src = [cand(("french", "side"), (1, 2)), cand(("initiative",), (3, 4))]
    tgt = [cand(("французский", "сторона"), (3, 4)), cand(("инициатива",), (1, 2))]
    words = lambda o: o.key  # noqa: E731
    plain = WordAssociation(src, tgt, words, words)
    lexical = WordAssociation(src, tgt, words, words, lexicon_translation("en-GB", "ru-RU"))
    assert plain.score("side", "сторона") == 0.0
    assert lexical.score("side", "сторона") == TRANSLATION_SUPPORT
    assert lexical.score("side", "инициатива") == plain.score("side", "инициатива") == 1.0  # Dice over units
    assert lexical.lexical(("french", "side"), ("французский", "сторона")) > plain.lexical(
        ("french", "side"), ("французский", "сторона"))
