"""Human gold alignments of the sample corpus, as index beads.

A gold file ``tests/data/gold/<release-id>.align.txt`` holds blocks of
``ru: sentence`` / ``en: sentence`` lines separated by ``---`` lines, in
document order; ``#`` lines are comments, and a ``# paragraph`` line opens a
new paragraph. A block with lines of one language only is a deletion.

``gold_beads`` maps gold blocks onto the sentences a segmenter produced, so
the aligner is scored on what the pipeline really feeds it; where segmenter
and gold disagree that is reported, never silently dropped.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import unicodedata

import regex

from tmtool.align.base import AlignDoc
from tmtool.align.io import read_text
from tmtool.errors import FormatError
from tmtool.ingest import discover, ingest
from tmtool.model import Bead, Segment
from tmtool.pair import pair_releases
from tmtool.segment import segment_release
from tmtool.segment.base import Segmenter

_LINE = regex.compile(r"^(ru|en):\s?(.*)$")
_SPACE = regex.compile(r"\s+")


@dataclass(frozen=True)
class GoldBlock:
    ru: tuple[str, ...]
    en: tuple[str, ...]
    paragraph: int  # paragraph index in the gold's own numbering


@dataclass
class GoldSet:
    cases: list[tuple[AlignDoc, list[Bead]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_gold(path: str | Path) -> list[GoldBlock]:
    blocks: list[GoldBlock] = []
    ru: list[str] = []
    en: list[str] = []
    par = 0
    pending_par = False

    def flush() -> None:
        nonlocal ru, en
        if ru or en:
            blocks.append(GoldBlock(tuple(ru), tuple(en), par))
        ru, en = [], []

    for n, line in enumerate(read_text(path).splitlines(), 1):
        text = line.strip()
        if not text:
            continue
        if text == "---":
            flush()
        elif text.startswith("#"):
            if "paragraph" in text.lower():
                flush()
                pending_par = True
        else:
            m = _LINE.match(text)
            if not m:
                raise FormatError(f"{path}:{n}: expected 'ru: …', 'en: …', '---' or '# …', got {text[:40]!r}")
            if pending_par:
                par += 1 if blocks else 0
                pending_par = False
            (ru if m.group(1) == "ru" else en).append(m.group(2).strip())
    flush()
    return blocks


def gold_doc(doc_id: str, blocks: list[GoldBlock], src_lang: str = "ru") -> tuple[AlignDoc, list[Bead]]:
    """The document the gold itself describes (its own sentences) and its beads."""
    src_is_ru = src_lang.lower().startswith("ru")
    src: list[str] = []
    tgt: list[str] = []
    spar: list[int] = []
    tpar: list[int] = []
    beads = []
    for b in blocks:
        s, t = (b.ru, b.en) if src_is_ru else (b.en, b.ru)
        i0, j0 = len(src), len(tgt)
        src += s
        tgt += t
        spar += [b.paragraph] * len(s)
        tpar += [b.paragraph] * len(t)
        if s and t:
            beads.append(Bead(tuple(range(i0, len(src))), tuple(range(j0, len(tgt))), 1.0))
        else:
            beads += [Bead((i,), (), 1.0) for i in range(i0, len(src))]
            beads += [Bead((), (j,), 1.0) for j in range(j0, len(tgt))]
    return AlignDoc(doc_id, tuple(src), tuple(tgt), tuple(spar), tuple(tpar)), beads


def _norm(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _spans(sentences) -> list[tuple[int, int]]:
    """Character spans of sentences in their normalised, single-space-joined text."""
    out, pos = [], 0
    for s in sentences:
        n = len(_norm(s))
        out.append((pos, pos + n))
        pos += n + 1
    return out


def _first_difference(a: str, b: str) -> str:
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"at character {k}: gold {a[max(0, k - 20):k + 30]!r} vs segmented {b[max(0, k - 20):k + 30]!r}"


def _pieces(gold: list[str], segmented: list[str]) -> list[set[int]] | str:
    """For each gold sentence, the segmented sentences overlapping it; or why they cannot be matched."""
    g, s = " ".join(map(_norm, gold)), " ".join(map(_norm, segmented))
    if g != s:
        return _first_difference(g, s)
    seg_spans = _spans(segmented)
    return [{k for k, (a, b) in enumerate(seg_spans) if a < end and b > start} for start, end in _spans(gold)]


def gold_beads(
    doc_id: str, blocks: list[GoldBlock], src: list[str], tgt: list[str], src_lang: str = "ru"
) -> tuple[list[Bead] | None, list[str]]:
    """Gold beads over the *segmented* sentences ``src``/``tgt``, and problems found.

    A gold sentence the segmenter cuts in two maps to both pieces; a segmented
    sentence that spans two gold blocks merges them (reported). ``None`` when the
    body texts differ and nothing can be matched.
    """
    src_is_ru = src_lang.lower().startswith("ru")
    sides = [[b.ru if src_is_ru else b.en for b in blocks], [b.en if src_is_ru else b.ru for b in blocks]]
    maps = []
    for side, segmented, name in ((sides[0], src, "source"), (sides[1], tgt, "target")):
        flat = [x for block in side for x in block]
        pieces = _pieces(flat, segmented)
        if isinstance(pieces, str):
            return None, [f"{doc_id}: {name} body differs from the gold {pieces}"]
        it = iter(pieces)
        maps.append([set().union(*(next(it) for _ in block)) for block in side])
    problems = []
    merged: list[tuple[set[int], set[int]]] = []
    for s_set, t_set in zip(*maps):
        if merged and (s_set & merged[-1][0] or t_set & merged[-1][1]):
            problems.append(f"{doc_id}: the segmenter joins sentences of two gold blocks (near source {sorted(s_set)})")
            merged[-1][0].update(s_set)
            merged[-1][1].update(t_set)
        else:
            merged.append((set(s_set), set(t_set)))
    beads = []
    for s_set, t_set in merged:
        if s_set and t_set:
            beads.append(Bead(tuple(sorted(s_set)), tuple(sorted(t_set)), 1.0))
        else:
            beads += [Bead((i,), (), 1.0) for i in sorted(s_set)] + [Bead((), (j,), 1.0) for j in sorted(t_set)]
    for segmented, side, name in ((src, sides[0], "source"), (tgt, sides[1], "target")):
        extra = len(segmented) - sum(map(len, side))
        if extra:
            problems.append(f"{doc_id}: the segmenter gives {extra:+d} {name} sentences against the gold")
    return beads, problems


class GoldSentences(Segmenter):
    """An oracle segmenter: cuts each paragraph at the gold's sentences (for scoring the aligner alone)."""

    name = "gold"

    def __init__(self, blocks: list[GoldBlock]):
        self._queue = {
            "ru": [_norm(x) for b in blocks for x in b.ru],
            "en": [_norm(x) for b in blocks for x in b.en],
        }

    def split(self, text: str, lang: str) -> list[Segment]:
        queue = self._queue[lang[:2].lower()]
        out, pos = [], 0
        while queue:
            at = text.find(queue[0], pos)
            if at < 0:
                break
            end = at + len(queue.pop(0))
            out.append(Segment(text[at:end], at, end))
            pos = end
        return out


def load_corpus_gold(
    corpus: Path, gold_dir: Path, segmenter=None, src_lang: str = "ru-RU", tgt_lang: str = "en-GB"
) -> GoldSet:
    """Every gold file with its release pair read, paired and segmented as ``tmtool run`` does.

    The document's sentences and paragraph indices are the pipeline's (with
    ``segmenter=None``, the gold's own sentences inside the pipeline's
    paragraphs); where the gold cannot be matched to them, the gold's own
    sentences stand in and the problem is reported.
    """

    result = GoldSet()
    if not Path(gold_dir).is_dir():
        return result
    releases, skips = ingest(discover(Path(corpus)))
    result.problems += [f"{s}" for s in skips]
    pairs = {}
    for p in pair_releases(releases, src_lang, tgt_lang).pairs:
        # gold files of id-less pairs are named after the Russian file, whichever side it is
        for key in (p.pair_id, Path(p.src.path).name.split(".")[0], Path(p.tgt.path).name.split(".")[0]):
            pairs.setdefault(key, p)
    for path in sorted(Path(gold_dir).glob("*.align.txt")):
        doc_id = path.name.removesuffix(".align.txt")
        blocks = parse_gold(path)
        pair = pairs.get(doc_id)
        if pair is None:
            result.problems.append(f"{doc_id}: no release pair in {corpus}; using the gold's own sentences")
            result.cases.append(gold_doc(doc_id, blocks, src_lang))
            continue
        seg = segmenter or GoldSentences(blocks)
        src, tgt = segment_release(pair.src, seg), segment_release(pair.tgt, seg)
        beads, problems = gold_beads(doc_id, blocks, [s.text for s in src], [t.text for t in tgt], src_lang)
        result.problems += problems
        if beads is None:
            result.cases.append(gold_doc(doc_id, blocks, src_lang))
            continue
        doc = AlignDoc(doc_id, tuple(s.text for s in src), tuple(t.text for t in tgt),
                       tuple(s.paragraph for s in src), tuple(t.paragraph for t in tgt))
        result.cases.append((doc, beads))
    return result


def wmt_cases(
    path: Path, segmenter, limit: int | None = None, drop: float = 0.0, drop_paragraph: bool = False, seed: int = 1,
    sentence_gold: bool = False,
) -> list[tuple[AlignDoc, list[Bead]]]:
    """WMT documents (``{"doc_id", "ru": [[seg…]…], "en": …}``: segments by paragraph; a flat
    list of segments, as NTREX has, is one paragraph) re-segmented into sentences, with gold beads.

    Gold: the sentences of segment k on one side ↔ those of segment k on the
    other. ``drop`` deletes that share of segments (seeded), on one side at
    random; their sentences become gold deletions. ``drop_paragraph`` keeps
    only documents of three paragraphs or more and drops one paragraph (not
    the first) from one side of each, as the ministry's English sometimes
    does. Russian is the source side.

    The gold is a segment's: a segment of two sentences on each side is one 2-2
    bead, though its translator almost always kept them sentence by sentence.
    ``sentence_gold`` makes such a segment (k sentences on each side) k 1-1 beads,
    so that a sentence aligner is not scored wrong for cutting finer.
    """
    rng = random.Random(seed)
    cases = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            for lang in ("ru", "en"):
                if obj[lang] and isinstance(obj[lang][0], str):
                    obj[lang] = [obj[lang]]
            if drop_paragraph and len(obj["ru"]) < 3:
                continue
            lost = (rng.randrange(1, len(obj["ru"])), rng.choice("re")) if drop_paragraph else (-1, "")
            src, tgt, spar, tpar, gold = [], [], [], [], []
            for p, (ru_par, en_par) in enumerate(zip(obj["ru"], obj["en"])):
                for ru_seg, en_seg in zip(ru_par, en_par):
                    ru = [s.text for s in segmenter.split(ru_seg, "ru")] if lost != (p, "r") else []
                    en = [s.text for s in segmenter.split(en_seg, "en")] if lost != (p, "e") else []
                    if drop and rng.random() < drop:
                        if rng.random() < 0.5:
                            en = []
                        else:
                            ru = []
                    i0, j0 = len(src), len(tgt)
                    src += ru
                    tgt += en
                    spar += [p] * len(ru)
                    tpar += [p] * len(en)
                    if sentence_gold and len(ru) == len(en):
                        gold += [Bead((i0 + k,), (j0 + k,), 1.0) for k in range(len(ru))]
                    elif ru and en:
                        gold.append(Bead(tuple(range(i0, len(src))), tuple(range(j0, len(tgt))), 1.0))
                    else:
                        gold += [Bead((i,), (), 1.0) for i in range(i0, len(src))]
                        gold += [Bead((), (j,), 1.0) for j in range(j0, len(tgt))]
            cases.append((AlignDoc(obj["doc_id"], tuple(src), tuple(tgt), tuple(spar), tuple(tpar)), gold))
            if limit and len(cases) >= limit:
                break
    return cases
