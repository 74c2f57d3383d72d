"""A lexicon learned from parallel sentences: the corpus being aligned, or a whole TM.

Words are reduced to Snowball stems (PyStemmer; a five-letter prefix for a language
Snowball lacks), function words left out. Two stems are paired when they keep
turning up in the same sentence pairs: Dice coefficient over the pairs, mutual best
partners only (competitive linking, as in Melamed 2000), seen together at least
twice. Measured against IBM Model 1 (five EM iterations, mutual best by
p(t|s)·p(s|t)) on the development half of the WMT documents with a sentence swapped
in each, both tell right beads from the strangers about equally well
(docs/alignment.md); Dice needs no iterations, and counting is a sum, so counts from
several chunks or from the store simply add.

A ``LearnedLexicon`` is a value: the aligner takes it as an input and returns the
one it used; nothing is kept between calls.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, product

from tmtool.align import kernel
from tmtool.align.features import Key, stems, words
from tmtool.text import primary


@dataclass(frozen=True)
class LearnedLexicon:
    """Stem pairs of two languages (``langs``: primary subtags, source side first), each a key
    both of its stems give, with the counts it was chosen on: (source stem, target stem,
    pairs seen together, pairs with the source stem, pairs with the target stem)."""

    langs: tuple[str, str]
    pairs: tuple[tuple[str, str, int, int, int], ...] = ()
    learned_from: int = 0  # sentence pairs
    version: str = field(init=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256(repr((self.langs, self.pairs)).encode("utf-8")).hexdigest()[:12]
        object.__setattr__(self, "version", f"{len(self.pairs)}-{digest}")

    def __len__(self) -> int:
        return len(self.pairs)

    def keys(self, lang: str) -> dict[str, Key]:
        """Stem → key for one of the two languages."""
        lang = primary(lang)
        if lang not in self.langs:
            return {}
        side = self.langs.index(lang)
        first = 0 if self.langs[0] <= self.langs[1] else 1  # a key names the pair the same either way round
        return {pair[side]: ("learned", f"{pair[first]}|{pair[1 - first]}") for pair in self.pairs}

    def oriented(self, src_lang: str, tgt_lang: str) -> LearnedLexicon:
        """The same pairs with ``src_lang`` first."""
        langs = (primary(src_lang), primary(tgt_lang))
        if langs == self.langs:
            return self
        if langs == self.langs[::-1]:
            return LearnedLexicon(langs, tuple(sorted((b, a, c, db, da) for a, b, c, da, db in self.pairs)),
                                  self.learned_from)
        raise ValueError(f"a {'–'.join(self.langs)} lexicon cannot align {'–'.join(langs)}")


def reading(keys: tuple[Mapping[str, Key], Mapping[str, Key]], stems: tuple[Collection[str], Collection[str]]
            ) -> str:
    """A digest of what a document whose sides hold ``stems`` reads of a lexicon whose keys are
    ``keys`` (``LearnedLexicon.keys`` of the source and the target language): the keys its stems
    are given (``tmtool.align.features.learned_keys``; a clause's keys are some of its
    sentence's). The aligner's answer for a document is the same with any lexicon it reads the
    same of."""
    read = {keys[0][s] for s in stems[0] if s in keys[0]} | {keys[1][t] for t in stems[1] if t in keys[1]}
    return hashlib.sha256(repr(sorted(read)).encode("utf-8")).hexdigest()[:16]


def learn_lexicon(pairs: Iterable[tuple[str, str]], src_lang: str, tgt_lang: str,
                  base: LearnedLexicon | None = None, **options) -> LearnedLexicon:
    """Stem pairs from parallel sentences given as texts (``learn_from_stems``)."""
    return learn_from_stems(((stems(words(s), src_lang), stems(words(t), tgt_lang)) for s, t in pairs),
                            src_lang, tgt_lang, base, **options)


def learn_from_stems(
    pairs: Iterable[tuple[Collection[str], Collection[str]]], src_lang: str, tgt_lang: str,
    base: LearnedLexicon | None = None, min_count: int = 2, min_dice: float = 0.3, max_share: float = 0.2,
) -> LearnedLexicon:
    """Stem pairs from parallel sentences given as their stems (``tmtool.align.features.stems``).

    ``base`` (a lexicon learned before, e.g. from the whole translation memory)
    adds its counts: a stem pair it holds counts as seen that often more, and its
    stems as that much more frequent. Stems in more than ``max_share`` of the
    pairs (and more than ten) pair with everything; they are left out.
    """
    src_lang, tgt_lang = primary(src_lang), primary(tgt_lang)
    stemmed = list(pairs)
    # One count over all the pairs' stems (the same counts, in the same order, as one update per pair).
    src_df: Counter[str] = Counter(chain.from_iterable(s for s, _ in stemmed))
    tgt_df: Counter[str] = Counter(chain.from_iterable(t for _, t in stemmed))
    together: Counter[tuple[str, str]] = Counter()
    prior = base.oriented(src_lang, tgt_lang) if base else None
    if prior:
        for a, b, c, da, db in prior.pairs:
            together[a, b] += c
            src_df[a] += da
            tgt_df[b] += db
    size = len(stemmed) + (prior.learned_from if prior else 0)
    limit = max(max_share * size, 10)
    # A pair seen ``min_count`` times needs stems seen as often: counting only those
    # skips most of the (quadratic) pairs of every sentence.
    src_ok = {a for a, n in src_df.items() if min_count <= n <= limit}
    tgt_ok = {b for b, n in tgt_df.items() if min_count <= n <= limit}
    new = Counter({(a, b): c for a, b, c in co_occurrences(stemmed, src_df, tgt_df, src_ok, tgt_ok, min_count,
                                                             min_dice)})
    if prior:  # a pair the base holds counts whatever it adds here, even once
        known = {a: b for a, b, *_ in prior.pairs}
        seen = Counter((a, known[a]) for s, t in stemmed for a in s if a in known and known[a] in t)
        new.update({pair: c for pair, c in seen.items() if pair not in new})
    together.update(new)
    scored = []
    for (a, b), c in together.items():
        dice = 2 * c / (src_df[a] + tgt_df[b])
        if c >= min_count and dice >= min_dice and a in src_ok and b in tgt_ok:
            scored.append((a, b, dice))
    chosen = sorted((a, b, together[a, b], src_df[a], tgt_df[b]) for a, b in mutual_best(scored))
    return LearnedLexicon((src_lang, tgt_lang), tuple(chosen), size)


def mutual_best(scored: Iterable[tuple[str, str, float]]) -> list[tuple[str, str]]:
    """The (a, b) of the scored pairs whose a's best partner is b and b's best is a
    (competitive linking, Melamed 2000)."""
    best_src: dict[str, tuple[float, str]] = {}
    best_tgt: dict[str, tuple[float, str]] = {}
    # Sorted, so that ties go the same way whatever the hash seed: a run must be reproducible.
    for a, b, score in sorted(scored):
        if score > best_src.get(a, (0.0, ""))[0]:
            best_src[a] = (score, b)
        if score > best_tgt.get(b, (0.0, ""))[0]:
            best_tgt[b] = (score, a)
    return [(a, b) for a, (_, b) in best_src.items() if best_tgt[b][1] == a]


def co_occurrences(
    stemmed: Sequence[tuple[Collection[str], Collection[str]]], src_df: Counter[str], tgt_df: Counter[str],
    src_ok: set[str], tgt_ok: set[str], min_count: int, min_dice: float = 0.0,
) -> Iterable[tuple[str, str, int]]:
    """(a, b, count) of the pairs of stems seen together in at least ``min_count`` items.

    The compiled count leaves out the pairs whose Dice coefficient (2·count / (df + df))
    is below ``min_dice``, and does not count those that could not reach it even if they
    always came together (2·min(df) / (df + df) below it): the caller filters by Dice
    anyway, and counts the pairs of its base lexicon itself. Most pairs counted twice fall
    below it (on the WMT ru–en documents, 34,000 of 43,000), and are not made into Python
    objects."""
    fast = kernel.compiled
    if fast is None:
        both: Counter[tuple[str, str]] = Counter()
        for s, t in stemmed:
            t = tgt_ok.intersection(t)
            if t:
                both.update(product(src_ok.intersection(s), t))
        return ((a, b, c) for (a, b), c in both.items() if c >= min_count)
    # Each stem that can pair gets a number; the kernel looks the stems up itself (lists of the
    # numbers made here took a third of the learning's time).
    src_names, tgt_names = list(src_ok), list(tgt_ok)
    src_id = {a: n for n, a in enumerate(src_names)}
    tgt_id = {b: n for n, b in enumerate(tgt_names)}
    counted = fast.count_pairs(stemmed, src_id, tgt_id, min_count, [src_df[a] for a in src_names],
                               [tgt_df[b] for b in tgt_names], min_dice)
    return ((src_names[a], tgt_names[b], c) for a, b, c in counted)
