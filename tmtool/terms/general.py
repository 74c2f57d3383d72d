"""Contrast with general language: how much more often a phrase occurs here than usual,
by the ``wordfreq`` frequency lists (``TermOptions(general=False)`` ranks without it).
"""

from __future__ import annotations

import functools
import math

from tmtool.text import primary


@functools.lru_cache(maxsize=65536)
def _general(phrase: str, lang: str) -> float:
    # Imported here: wordfreq takes ~80 ms to import, which every other command would pay.
    from wordfreq import zipf_frequency

    return zipf_frequency(phrase, lang)


def specificity(phrase: str, lang: str, freq: int, tokens: int) -> float:
    """Zipf frequency in this corpus minus Zipf frequency in general use, floored at 0.1
    (a word as common here as anywhere still counts a little)."""
    if not tokens:
        return 1.0
    here = math.log10(freq / tokens * 1e9)
    return max(here - _general(phrase, primary(lang)), 0.1)
