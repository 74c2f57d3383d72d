"""Scoring a glossary against a gold one (``en<TAB>ru<TAB>freq``, Russian in the nominative)."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tmtool.evaluation.gold import parse_gold
from tmtool.errors import InputError
from tmtool.model import Provenance, Unit
from tmtool.terms.extract import normalise
from tmtool.terms.model import Glossary, TermEntry
from tmtool.terms.russian import inflect

CASES = ("gent", "datv", "accs", "ablt", "loct")  # the nominative is what comes back

__all__ = ["CASES", "GoldEntry", "Score", "category_confusion", "gold_units", "inflect", "matches", "pair_verdicts",
           "read_categories", "read_gold", "read_judgments", "score"]


@dataclass(frozen=True, slots=True)
class GoldEntry:
    source: str
    target: str
    freq: int


def read_gold(path: str | Path) -> list[GoldEntry]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    out = []
    for n, row in enumerate(rows[1:], 2):
        if len(row) != 3 or not row[2].isdigit():
            raise InputError(path, f"line {n}: expected en<TAB>ru<TAB>freq")
        out.append(GoldEntry(row[0], row[1], int(row[2])))
    return out


def read_categories(path: str | Path) -> dict[tuple[str, str], str]:
    """A gold's categories file (``en<TAB>ru<TAB>category``, beside the gold: term, phrase, title,
    organisation, name) as (en, ru) → category."""
    with open(path, encoding="utf-8", newline="") as fh:
        return {(r["en"], r["ru"]): r["category"] for r in csv.DictReader(fh, delimiter="\t")}


def matches(entry: TermEntry, gold: GoldEntry) -> bool:
    """Both sides match after normalisation; an entry's variants (either side: a CAT tool shows
    every source × target term of a concept) and source forms count as the entry."""
    sources = {normalise(t) for t in (entry.source, *entry.source_variants, *entry.source_forms)}
    targets = {normalise(t) for t in (entry.target, *entry.target_variants)}
    return normalise(gold.source) in sources and normalise(gold.target) in targets


def read_judgments(path: str | Path) -> dict[tuple[str, str], bool]:
    """Pairs judged by hand (``en<TAB>ru<TAB>right|wrong``, beside a gold: the entries of a
    glossary that the gold does not hold, judged as translation pairs) as normalised (en, ru) →
    right; an absent file is no judgment."""
    path = Path(path)
    if not path.exists():
        return {}
    out = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh, delimiter="\t"), 2):
            if row.get("verdict") not in ("right", "wrong"):
                raise InputError(path, f"line {n}: expected en<TAB>ru<TAB>right|wrong")
            out[normalise(row["en"]), normalise(row["ru"])] = row["verdict"] == "right"
    return out


def pair_verdicts(glossary: Glossary, result: Score, judgments: Mapping[tuple[str, str], bool],
                  english_first: bool = True) -> tuple[bool | None, ...]:
    """Whether each ranked entry is a right translation pair: a gold entry is; another is as judged
    by hand (``read_judgments``), or None when nobody has judged it. ``english_first``: the
    glossary's source side is English (else the judgments' sides are swapped to meet it)."""
    out = []
    for entry, in_gold in zip(glossary.entries, result.right):
        key = (normalise(entry.source), normalise(entry.target))
        out.append(True if in_gold else judgments.get(key if english_first else key[::-1]))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Score:
    right: tuple[bool, ...]  # per ranked entry
    found: int
    wanted: int
    missed: tuple[GoldEntry, ...]

    def precision(self, k: int) -> float:
        top = self.right[:k]
        return sum(top) / len(top) if top else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.wanted if self.wanted else 0.0


def score(glossary: Glossary, gold: list[GoldEntry], min_gold_freq: int = 2) -> Score:
    right = tuple(any(matches(e, g) for g in gold) for e in glossary.entries)
    wanted = [g for g in gold if g.freq >= min_gold_freq]
    missed = tuple(g for g in wanted if not any(matches(e, g) for e in glossary.entries))
    return Score(right, len(wanted) - len(missed), len(wanted), missed)


def category_confusion(glossary: Glossary, gold: list[GoldEntry], category: Mapping[tuple[str, str], str]
                       ) -> Counter[tuple[str, str]]:
    """(gold category, the category of the entry that matches it) → how many gold entries, over
    the gold entries the glossary has (the first matching entry counts). ``category`` is keyed
    by (source, target) as ``gold`` is oriented."""
    out: Counter[tuple[str, str]] = Counter()
    for g in gold:
        entry = next((e for e in glossary.entries if matches(e, g)), None)
        if entry is not None:
            out[category[(g.source, g.target)], entry.category] += 1
    return out


def gold_units(folder: str | Path) -> list[Unit]:
    """Units from the human sentence alignments (``*.align.txt``, see ``tmtool.evaluation.gold``):
    one per block with both languages, so extraction can be scored without alignment errors."""
    units = []
    for path in sorted(Path(folder).glob("*.align.txt")):
        release = path.name.removesuffix(".align.txt")
        prov = Provenance(release, None, release, str(path), str(path))
        units += [Unit(f"{release}-{n}", " ".join(b.en), " ".join(b.ru), "en-GB", "ru-RU", prov)
                  for n, b in enumerate(parse_gold(path)) if b.en and b.ru]
    return units
