"""Small text helpers shared by the stages: cleaning for matching, script shares, language tags."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import langcodes
import regex

from tmtool.errors import TmtoolError

# Every kind of space (no-break, thin, figure, ideographic…) and runs of them fold to one space.
_SPACES = regex.compile(r"[\s\u00a0\u2007\u202f\u200b\ufeff]+")
# Counted by deleting what is not one (a C loop) rather than listing each (a string per letter).
_NOT_LETTER = regex.compile(r"\P{L}+")
_NOT_CYRILLIC = regex.compile(r"\P{Script=Cyrillic}+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """The text used for matching: NFC, whitespace folded to single spaces, trimmed.

    Quotes, guillemets and dashes are kept as they are.
    """
    return _SPACES.sub(" ", nfc(text)).strip()


def letters(text: str) -> int:
    return len(_NOT_LETTER.sub("", text))


def cyrillic_share(text: str) -> float:
    """Share of letters that are Cyrillic (0.0 when there are no letters)."""
    n = letters(text)
    return len(_NOT_CYRILLIC.sub("", text)) / n if n else 0.0


# The default direction of every command and of the library: the ministry writes its releases
# in Russian and publishes translations, so Russian is the source a translator works from and
# the side a translation memory is looked up by. Either side can still be the source (--src-lang).
SOURCE_LANG = "ru-RU"
TARGET_LANG = "en-GB"

# Languages written in Cyrillic among those the ministry publishes in.
CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})


def primary(tag: str) -> str:
    """The primary language subtag: ``en-GB`` → ``en``."""
    return tag.replace("_", "-").split("-")[0].lower()


def normalise_tag(tag: str) -> str:
    """BCP 47 casing with hyphens: ``en_gb`` → ``en-GB``, ``ru`` → ``ru``."""
    parts = tag.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part.lower())
    return "-".join(out)


def same_language(a: str, b: str) -> bool:
    """``en`` matches ``en-GB``; ``en-GB`` does not match ``en-US``."""
    a, b = normalise_tag(a), normalise_tag(b)
    return a == b or "-" not in a and primary(b) == a or "-" not in b and primary(a) == b


def skip_back(text: str, end: int, chars: str) -> int:
    """``len(text[:end].rstrip(chars))`` without copying the text (asked for every phrase of
    a unit, which may be one endless sentence)."""
    while end > 0 and text[end - 1] in chars:
        end -= 1
    return end


def resolve_languages(src: str, tgt: str, found: Iterable[str]) -> tuple[str, str]:
    """The two language tags a job was given, checked and made as precise as the corpus allows.

    A tag that is not BCP 47 (``klingon-XX``) and two tags of one language (``en-GB``,
    ``en-GB``) are errors: either would run and export nothing, or an English=English
    memory. A bare language (``en``) stands for the one variant of it among ``found``
    (the languages of the documents read), and is ambiguous when they hold several.
    """
    for option, tag in (("--src-lang", src), ("--tgt-lang", tgt)):
        if not langcodes.tag_is_valid(tag):
            raise TmtoolError(f"{option} {tag!r} is not a language tag (BCP 47, such as en-GB or ru)")
    if primary(src) == primary(tgt):
        raise TmtoolError(f"--src-lang {src} and --tgt-lang {tgt} are one language: a translation memory needs two")
    found = sorted({normalise_tag(t) for t in found})
    out = []
    for option, tag in (("--src-lang", src), ("--tgt-lang", tgt)):
        tag = normalise_tag(tag)
        variants = [t for t in found if "-" in t and same_language(tag, t)] if "-" not in tag else []
        if len(variants) > 1:
            raise TmtoolError(f"{option} {tag} is ambiguous here: the documents are in {', '.join(variants)}; "
                              "say which")
        out.append(variants[0] if variants else tag)
    return out[0], out[1]
