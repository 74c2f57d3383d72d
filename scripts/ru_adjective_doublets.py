"""Write ``tmtool/terms/data/ru_adjective_doublets.tsv``: Russian adjectives pymorphy3's dictionary
lists in two spellings, -ый and -ой (``окружный`` / ``окружной``, ``валовый`` / ``валовой``), whose
-ый spelling is rare in general use. pymorphy3 gives both lemmas the same score and lists the -ый
one first, so a term would be cited ``окружный суд``; ``russian`` reads such a word by its -ой lemma.

A pair is written when the -ый lemma's masculine nominative is under ``RARE`` on wordfreq's Zipf
scale and the -ой one at least ``MARGIN`` above it: the -ой spelling is also the feminine oblique of
the -ый adjective (``личной`` of ``личный``), and only a rare -ый adjective cannot account for a
frequent -ой word. Run it again after upgrading pymorphy3's dictionary or wordfreq:

    python scripts/ru_adjective_doublets.py
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pymorphy3
from wordfreq import zipf_frequency

RARE = 3.0
MARGIN = 1.0
OUT = Path(__file__).resolve().parents[1] / "tmtool" / "terms" / "data" / "ru_adjective_doublets.tsv"


def doublets() -> list[tuple[str, str]]:
    """(the rare -ый lemma, the -ой lemma read instead), sorted."""
    lemmas = {word for word, tag, _, _, index in pymorphy3.MorphAnalyzer().dictionary.iter_known_words()
              if index == 0 and tag.POS == "ADJF" and word.endswith(("ый", "ой"))}
    out = []
    for word in lemmas:
        other = word[:-2] + "ой"
        if word.endswith("ый") and other in lemmas:
            rare, usual = zipf_frequency(word, "ru"), zipf_frequency(other, "ru")
            if rare < RARE and usual >= rare + MARGIN:
                out.append((word, other))
    return sorted(out)


def header() -> str:
    """The file's first line: what wrote it, and from which versions of the dictionary and the lists."""
    return (f"# {Path(__file__).name}: -ый lemma, the -ой lemma read instead (generated; do not edit) from "
            f"pymorphy3-dicts-ru {version('pymorphy3-dicts-ru')}, wordfreq {version('wordfreq')}")


def main() -> None:
    lines = [header()]
    OUT.write_text("\n".join([*lines, *(f"{a}\t{b}" for a, b in doublets())]) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
