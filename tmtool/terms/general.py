"""Contrast with general language: how much more often a phrase occurs here than usual,
by the ``wordfreq`` frequency lists (``TermOptions(general=False)`` ranks without it).
"""

from __future__ import annotations

import functools
import math
import sys

from tmtool.text import primary


@functools.lru_cache(maxsize=65536)
def zipf(phrase: str, lang: str) -> float:
    """wordfreq's Zipf frequency of ``phrase`` in general ``lang``."""
    # Imported here: wordfreq takes ~80 ms to import, which every other command would pay.
    from wordfreq import zipf_frequency

    return zipf_frequency(phrase, lang)


def release() -> None:
    """Let wordfreq drop the frequency lists it has read (it reads a language's whole list for
    a first look-up and keeps it: ~150 MiB for Russian and English); the frequencies looked up
    stay (``zipf``), and a look-up of another phrase reads its list again."""
    wordfreq = sys.modules.get("wordfreq")
    if wordfreq is not None:
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()


def specificity(phrase: str, lang: str, freq: int, tokens: int) -> float:
    """Zipf frequency in this corpus minus Zipf frequency in general use, floored at 0.1
    (a word as common here as anywhere still counts a little)."""
    if not tokens:
        return 1.0
    here = math.log10(freq / tokens * 1e9)
    return max(here - zipf(phrase, primary(lang)), 0.1)


#: A single word at least this frequent in general English (wordfreq's Zipf scale: 4.5 is
#: about 30 per million words — situation, efforts, basis) is a general-language word: it
#: ranks below every multi-word term (issue 15's acceptance threshold).
GENERAL_ZIPF = 4.5


def is_general_word(words: tuple[str, ...], form: str, lang: str) -> bool:
    """Whether a candidate is one general-language word: a single word, not a proper name
    (written in lower case), at least ``GENERAL_ZIPF`` in general use. False when wordfreq
    is not installed."""
    if len(words) != 1 or not form[:1].islower():
        return False
    try:
        return zipf(form, primary(lang)) >= GENERAL_ZIPF
    except ImportError:
        return False
