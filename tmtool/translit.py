"""Russian → Latin transliteration, used to compare names across the two versions.

A simplified BGN/PCGN scheme: good enough to make Лавров and Lavrov, Женева and
Geneva share a prefix; it is a matching key, never shown to users.
"""

from __future__ import annotations

_TABLE = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


def transliterate(text: str) -> str:
    """Lower-case Latin rendering of a Russian word or phrase."""
    return text.lower().translate(_TABLE)
