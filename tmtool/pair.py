"""Pairing: which files are the two language versions of the same release.

Files named ``<release-id>.<lang>.<ext>`` pair by id. Files without an id pair
by content — same date, similar paragraph counts, shared numbers and names —
with a score and a threshold. Every decision, and every file left over, carries
its reason so the run report can say why.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from tmtool.model import Release, ReleasePair
from tmtool.text import SOURCE_LANG, TARGET_LANG, same_language
from tmtool.translit import transliterate

CONTENT_THRESHOLD = 0.6
_NUMBER = regex.compile(r"\d+(?:[.,\u00a0 ]\d+)*")
_NOT_DIGITS = regex.compile(r"\D+")  # compiled once: looking a pattern up per number is most of pairing's time
_NAME = regex.compile(r"\b\p{Lu}\p{Ll}{2,}")
_NAME_KEY = 4  # names compare on their first letters: Лавров/Lavrov, Лаврова/Lavrov's


@dataclass(frozen=True, slots=True)
class Orphan:
    """A release that went into no pair, and why."""

    path: str
    lang: str
    release_id: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class Pairing:
    pairs: tuple[ReleasePair, ...]
    orphans: tuple[Orphan, ...]


@dataclass(frozen=True, slots=True)
class ContentMatch:
    score: float
    reason: str


def _numbers(release: Release) -> set[str]:
    # 1,2 and 1.2, 2 254 and 2254 are the same number across the languages' conventions, and so
    # are 340 тыс. and 340,000 (thousands and millions written as words): trailing zeros are dropped.
    return {_NOT_DIGITS.sub("", n).rstrip("0") or "0" for n in _NUMBER.findall(release.title + "\n" + release.text)}


def _names(release: Release) -> set[str]:
    return {transliterate(n)[:_NAME_KEY] for n in _NAME.findall(release.title + "\n" + release.text)}


def _overlap(a: set[str], b: set[str]) -> float | None:
    return len(a & b) / min(len(a), len(b)) if a and b else None


def content_match(src: Release, tgt: Release) -> ContentMatch:
    """How likely two releases are versions of each other, in [0, 1], with the evidence."""
    if src.date and tgt.date and src.date != tgt.date:
        return ContentMatch(0.0, f"different dates {src.date} / {tgt.date}")
    parts = [f"same date {src.date}" if src.date and tgt.date else "date unknown"]
    evidence = [(0.4, 1.0 if src.date and tgt.date else 0.5)]
    np, nt = len(src.paragraphs), len(tgt.paragraphs)
    evidence.append((0.2, min(np, nt) / max(np, nt)))
    parts.append(f"paragraphs {np}/{nt}")
    for label, a, b in (("numbers", _numbers(src), _numbers(tgt)), ("names", _names(src), _names(tgt))):
        share = _overlap(a, b)
        evidence.append((0.2, 0.5 if share is None else share))
        parts.append(f"{label} {len(a & b)} shared" if share is not None else f"no {label}")
    score = sum(w * v for w, v in evidence)
    return ContentMatch(round(score, 3), "; ".join(parts))


#: Two versions of one release are published within days of each other; a month apart, one id
#: names two different releases (a re-used or mistyped id), and pairing them would export a
#: stranger's sentences as translations.
MAX_DAYS_APART = 30
#: A translation is about as long as its original (the 497 WMT ru–en documents: 0.72–1.21 in
#: characters); one version three times the other's length is another text, not an abridgement.
MAX_LENGTH_RATIO = 3.0
#: Versions of one release share their numbers (dates, figures, resolution numbers): none of
#: the WMT documents with at least this many numbers a side shares none.
MIN_NUMBERS = 3


def id_mismatch(src: Release, tgt: Release) -> str | None:
    """Why two releases under one id cannot be versions of each other (``None``: they may be).

    Measured on the WMT ru–en documents, each also paired with a random other one
    (``benchmarks/pairing.py``): the checks turn away 34–39 % of such strangers and none of the
    497 real pairs; the rest is the aligner's to hold back, bead by bead."""
    if src.date and tgt.date and abs((src.date - tgt.date).days) > MAX_DAYS_APART:
        return f"dated {src.date} and {tgt.date}"
    numbers = _numbers(src), _numbers(tgt)
    if min(map(len, numbers)) >= MIN_NUMBERS and not numbers[0] & numbers[1]:
        return f"no number in common ({len(numbers[0])} and {len(numbers[1])} numbers)"
    sizes = len(src.title) + len(src.text), len(tgt.title) + len(tgt.text)
    if max(sizes) > MAX_LENGTH_RATIO * min(sizes):
        return f"{sizes[0]:,} and {sizes[1]:,} characters long"
    return None


def _orphan(release: Release, reason: str) -> Orphan:
    return Orphan(release.path, release.lang, release.release_id, reason)


def _missing_reason(release: Release, wanted: str) -> str:
    if release.languages and not any(same_language(wanted, lang) for lang in release.languages):
        listed = " ".join(release.languages)
        return f"no {wanted} version: the page lists only {listed}"
    return f"no {wanted} version found"


def _pair_by_id(group: Sequence[Release], src_lang: str, tgt_lang: str) -> tuple[list[ReleasePair], list[Orphan]]:
    srcs = [r for r in group if same_language(src_lang, r.lang)]
    tgts = [r for r in group if same_language(tgt_lang, r.lang)]
    orphans: list[Orphan] = []
    for side in (srcs, tgts):
        orphans += [_orphan(r, f"duplicate {r.lang} version of release {r.release_id} (kept {side[0].path})")
                    for r in side[1:]]
    orphans += [_orphan(r, f"language {r.lang} not requested ({src_lang} → {tgt_lang})")
                for r in group if r not in srcs and r not in tgts]
    if srcs and tgts:
        src, tgt = srcs[0], tgts[0]
        if why := id_mismatch(src, tgt):
            reason = f"same release id {src.release_id} but {why}: not two versions of one release"
            return [], [*orphans, _orphan(src, reason), _orphan(tgt, reason)]
        pair = ReleasePair(src.release_id or "", src, tgt, "id", 1.0, "same release id in file names")
        return [pair], orphans
    for side, wanted in ((srcs, tgt_lang), (tgts, src_lang)):
        if side:
            orphans.append(_orphan(side[0], _missing_reason(side[0], wanted)))
    return [], orphans


def _pair_by_content(loose: Sequence[Release], src_lang: str, tgt_lang: str,
                     threshold: float) -> tuple[list[ReleasePair], list[Orphan]]:
    srcs = [r for r in loose if same_language(src_lang, r.lang)]
    tgts = [r for r in loose if same_language(tgt_lang, r.lang)]
    others = [_orphan(r, f"language {r.lang} not requested ({src_lang} → {tgt_lang})")
              for r in loose if r not in srcs and r not in tgts]
    matches = sorted(((content_match(s, t), i, j) for i, s in enumerate(srcs) for j, t in enumerate(tgts)),
                     key=lambda m: (-m[0].score, m[1], m[2]))
    used_src, used_tgt, pairs = set(), set(), []
    best: dict[tuple[str, int], ContentMatch] = {}
    for match, i, j in matches:
        best.setdefault(("src", i), match)
        best.setdefault(("tgt", j), match)
        if match.score < threshold or i in used_src or j in used_tgt:
            continue
        used_src.add(i)
        used_tgt.add(j)
        src = srcs[i]
        pair_id = Path(src.path).name.split(".")[0]
        pairs.append(ReleasePair(pair_id, src, tgts[j], "content", match.score, match.reason))
    orphans = others
    for side, used, wanted, key in ((srcs, used_src, tgt_lang, "src"), (tgts, used_tgt, src_lang, "tgt")):
        for i, release in enumerate(side):
            if i not in used:
                near = best.get((key, i))
                detail = f"; best candidate scored {near.score} < {threshold} ({near.reason})" if near else ""
                orphans.append(_orphan(release, f"no id in the file name and no {wanted} match by content{detail}"))
    return pairs, orphans


def pair_releases(releases: Iterable[Release], src_lang: str = SOURCE_LANG, tgt_lang: str = TARGET_LANG,
                  threshold: float = CONTENT_THRESHOLD) -> Pairing:
    """Pair the ``src_lang`` and ``tgt_lang`` versions among ``releases``."""
    by_id: dict[str, list[Release]] = defaultdict(list)
    loose: list[Release] = []
    for release in releases:
        (by_id[release.release_id] if release.release_id else loose).append(release)
    pairs: list[ReleasePair] = []
    orphans: list[Orphan] = []
    for release_id in sorted(by_id):
        p, o = _pair_by_id(by_id[release_id], src_lang, tgt_lang)
        pairs += p
        orphans += o
    p, o = _pair_by_content(loose, src_lang, tgt_lang, threshold)
    pairs += p
    orphans += o
    return Pairing(tuple(pairs), tuple(orphans))
