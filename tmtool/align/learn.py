"""A lexicon learned from the corpus being aligned, as hunalign's realign does.

After a first pass, the confident 1-1 beads are parallel sentences; stems that
keep turning up together in them (Dice coefficient over beads, mutual best
partners only, as in competitive linking) become anchors for a second pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tmtool.align.features import STOPWORDS, Key, stem, tokens


def _stems(text: str, lang: str) -> set[str]:
    return {stem(w) for w in tokens(text, lang).words if len(w) >= 3 and w.lower() not in STOPWORDS}


def learn_pairs(
    pairs: Iterable[tuple[str, str]],
    src_lang: str,
    tgt_lang: str,
    min_count: int = 2,
    min_dice: float = 0.3,
    max_share: float = 0.2,
) -> tuple[dict[str, Key], dict[str, Key]]:
    """Stem → key maps for each side, from (source sentence, target sentence) pairs.

    Stems in more than ``max_share`` of the pairs (and in more than ten) are
    function words here and would pair with everything; they are left out.
    """
    src_df: Counter[str] = Counter()
    tgt_df: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    total = 0
    for src, tgt in pairs:
        s, t = _stems(src, src_lang), _stems(tgt, tgt_lang)
        src_df.update(s)
        tgt_df.update(t)
        both.update((a, b) for a in s for b in t)
        total += 1
    limit = max(max_share * total, 10)
    best_src: dict[str, tuple[float, str]] = {}
    best_tgt: dict[str, tuple[float, str]] = {}
    # Sorted, so that ties go the same way whatever the hash seed: a run must be reproducible.
    for (a, b), c in sorted(both.items()):
        if c < min_count or src_df[a] > limit or tgt_df[b] > limit:
            continue
        dice = 2 * c / (src_df[a] + tgt_df[b])
        if dice < min_dice:
            continue
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
