"""A lexicon learned from the corpus being aligned, as hunalign's realign does.

After a first pass, the confident 1-1 beads are parallel sentences; stems that
keep turning up together in them (Dice coefficient over beads, mutual best
partners only, as in competitive linking) become anchors for a second pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import product

from tmtool.align.features import STOPWORDS, Key, stems

try:  # the compiled count (tmtool/align/_fast.c); without it a Counter does the same, slower
    from tmtool.align._fast import count_pairs
except ImportError:  # pragma: no cover - a build without a C compiler
    count_pairs = None


def _stems(sentence: Sequence[str]) -> set[str]:
    return stems(w for w in sentence if len(w) >= 3 and w.lower() not in STOPWORDS)


def _co_occurrences(
    stemmed: list[tuple[set[str], set[str]]], src_df: Counter[str], tgt_df: Counter[str], src_ok: set[str],
    tgt_ok: set[str], min_count: int, min_dice: float = 0.0,
) -> Iterable[tuple[str, str, int]]:
    """(a, b, count) of the pairs of stems seen together in at least ``min_count`` items.

    The compiled count skips pairs whose Dice coefficient could not reach ``min_dice``
    even if they always came together (2·min(df) / (df + df) below it); the caller
    filters by Dice anyway."""
    if count_pairs is None:
        both: Counter[tuple[str, str]] = Counter()
        for s, t in stemmed:
            t = t & tgt_ok
            if t:
                both.update(product(s & src_ok, t))
        return ((a, b, c) for (a, b), c in both.items() if c >= min_count)
    src_names, tgt_names = sorted(src_ok), sorted(tgt_ok)
    src_id = {a: n for n, a in enumerate(src_names)}
    tgt_id = {b: n for n, b in enumerate(tgt_names)}
    ids = [([src_id[a] for a in s if a in src_id], [tgt_id[b] for b in t if b in tgt_id]) for s, t in stemmed]
    counted = count_pairs(ids, min_count, [src_df[a] for a in src_names], [tgt_df[b] for b in tgt_names], min_dice)
    return ((src_names[a], tgt_names[b], c) for a, b, c in counted)


def learn_pairs(
    pairs: Iterable[tuple[Sequence[str], Sequence[str]]],
    min_count: int = 2,
    min_dice: float = 0.3,
    max_share: float = 0.2,
) -> tuple[dict[str, Key], dict[str, Key]]:
    """Stem → key maps for each side, from pairs of parallel sentences given as their words
    (``tmtool.align.features.words``).

    Stems in more than ``max_share`` of the pairs (and in more than ten) are
    function words here and would pair with everything; they are left out.
    """
    src_df: Counter[str] = Counter()
    tgt_df: Counter[str] = Counter()
    stemmed = []
    for src, tgt in pairs:
        s, t = _stems(src), _stems(tgt)
        src_df.update(s)
        tgt_df.update(t)
        stemmed.append((s, t))
    limit = max(max_share * len(stemmed), 10)
    # A pair seen ``min_count`` times needs stems seen as often: counting only those
    # skips most of the (quadratic) pairs of every sentence.
    src_ok = {a for a, n in src_df.items() if min_count <= n <= limit}
    tgt_ok = {b for b, n in tgt_df.items() if min_count <= n <= limit}
    scored = []
    for a, b, c in _co_occurrences(stemmed, src_df, tgt_df, src_ok, tgt_ok, min_count, min_dice):
        dice = 2 * c / (src_df[a] + tgt_df[b])
        if dice >= min_dice:
            scored.append((a, b, dice))
    best_src: dict[str, tuple[float, str]] = {}
    best_tgt: dict[str, tuple[float, str]] = {}
    # Sorted, so that ties go the same way whatever the hash seed: a run must be reproducible.
    for a, b, dice in sorted(scored):
        if dice > best_src.get(a, (0.0, ""))[0]:
            best_src[a] = (dice, b)
        if dice > best_tgt.get(b, (0.0, ""))[0]:
            best_tgt[b] = (dice, a)
    src_keys: dict[str, Key] = {}
    tgt_keys: dict[str, Key] = {}
    for a, (_, b) in best_src.items():
        if best_tgt[b][1] == a:
            key = ("learned", f"{a}|{b}")
            src_keys[a] = tgt_keys[b] = key
    return src_keys, tgt_keys
