"""Words of a text and their index terms: what lookup and concordance match on.

A term is a word's dictionary form: Russian words go through pymorphy3 so that
"Минских соглашений" and "Минские соглашения" share the terms "минский
соглашение"; other languages are case-folded only. In the index each term
carries its language's tag. Term *i* of a text is always
word *i*, so a match on terms maps straight back to character spans.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

# Letters, digits and combining marks: the same characters SQLite's unicode61
# tokenizer keeps, so one word here is one token in the index.
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def words(text: str) -> list[tuple[int, int]]:
    """Character spans of the words of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


@functools.cache
def _morph():
    import pymorphy3  # a dictionary load of ~0.1 s, paid only by Russian texts

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=200_000)
def _russian_term(word: str) -> str:
    # ё and е are one letter in practice: texts and dictionaries use either.
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


def _folded_term(word: str) -> str:
    return word.casefold()


def _term_rule(lang: str):
    return _russian_term if lang.split("-")[0].lower() == "ru" else _folded_term


def terms(text: str, lang: str) -> list[str]:
    """The index terms of ``text``, one per word."""
    term = _term_rule(lang)
    return [term(text[s:e].lower()) for s, e in words(text)]


def index_terms(text: str, lang: str) -> list[str]:
    """The terms as the index holds them: tagged with the language (``ru_ru_минский``).

    One index serves every language, and a word of one never matches the same
    letters in another ("2018" in English and in Russian) without a filter.
    """
    tag = lang.lower().replace("-", "_")
    return [f"{tag}_{t}" for t in terms(text, lang)]


def guess_lang(text: str, langs: Iterable[str]) -> str | None:
    """The one of ``langs`` that ``text`` is written in, judged by its script (Cyrillic or not)."""
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if _CYRILLIC.match(c)) * 2 > len(letters)
    for lang in sorted(langs):
        if (lang.split("-")[0].lower() in {"ru", "uk", "be", "bg", "sr", "mk", "kk"}) == cyrillic:
            return lang
    return None
