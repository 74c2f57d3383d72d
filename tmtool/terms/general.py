"""Contrast with general language: how much more often a phrase occurs here than usual.

Uses the ``wordfreq`` frequency lists when installed (an optional dependency); without
them every phrase is equally specific and ranking rests on frequency and nesting.
"""

from __future__ import annotations

import functools
import math

from tmtool.text import primary

try:
    from wordfreq import zipf_frequency
except ImportError:  # pragma: no cover - depends on the environment
    zipf_frequency = None

AVAILABLE = zipf_frequency is not None


@functools.lru_cache(maxsize=65536)
def _general(phrase: str, lang: str) -> float:
    return zipf_frequency(phrase, lang) if zipf_frequency else 0.0


def specificity(phrase: str, lang: str, freq: int, tokens: int) -> float:
    """Zipf frequency in this corpus minus Zipf frequency in general use, floored at 0.1
    (a word as common here as anywhere still counts a little); 1.0 without wordfreq."""
    if not AVAILABLE or not tokens:
        return 1.0
    here = math.log10(freq / tokens * 1e9)
    return max(here - _general(phrase, primary(lang)), 0.1)
