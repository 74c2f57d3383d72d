"""A CAT tool in the loop: what OmegaT fills from tmtool's default TMX, against the gold.

For each document set and direction: the releases are written as page dumps (the
sample corpus is one already), ``tmtool run`` makes its default TMX, and the real
OmegaT 3.6 (``$TMTOOL_SHARED/tools/omegat_roundtrip.sh``, TMX in ``tm/auto``) pre-translates
a document made of every source-language release. Each segment OmegaT cut is then

* **right** — filled with the translation the gold gives for exactly that text,
* **wrong** — filled with anything else (a wrong or partial translation),
* **empty** — left for the translator.

"Fillable" segments are those a sentence-level CAT tool can fill: the segment is one
gold source sentence, which the gold pairs with a translation. Wrong fills are counted
over every segment.

Document sets: the sample corpus (gold: ``tests/data/gold``) and the first N held-out WMT
ru–en documents (odd ones; never used to fit anything), rendered as page dumps (first
segment = title). Gold of a WMT segment: its sentences one by one where both sides have
as many, else the whole segment.

    python benchmarks/cat.py [--wmt 60] [--directions ru-en,en-ru]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from pages import dump_text  # noqa: E402
from tmtool.evaluation.gold import load_corpus_gold  # noqa: E402
from tmtool.pair import pair_releases  # noqa: E402
from tmtool.ingest import discover, ingest  # noqa: E402
from tmtool.pipeline import RunOptions, run_corpus  # noqa: E402
from tmtool.segment import get_segmenter  # noqa: E402
from tmtool.text import clean  # noqa: E402

SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
WMT = SHARED / "benchmarks" / "alignment" / "wmt_ru-en_gold_docs.jsonl"
TOOLS = SHARED / "tools"
LANGS = {"ru": "ru-RU", "en": "en-GB"}
DATES = {"en": "12 May 202110:00", "ru": "12 мая 202110:00"}

Gold = set[tuple[str, str]]  # (ru text, en text), whitespace folded


def gold_of(corpus: Path, gold_dir: Path) -> tuple[Gold, set[str], set[str]]:
    """Gold pairs of a corpus (its gold files mapped onto the pipeline's sentences, and the
    titles), and the Russian and English single sentences the gold pairs with a translation."""
    gold: Gold = set()
    single = {"ru": set(), "en": set()}
    cases = load_corpus_gold(corpus, gold_dir, get_segmenter("srx"), src_lang="ru-RU", tgt_lang="en-GB")
    for problem in cases.problems:
        print(f"gold: {problem}", file=sys.stderr)
    for doc, beads in cases.cases:
        for b in beads:
            if b.src and b.tgt:
                ru, en = clean(" ".join(doc.src[i] for i in b.src)), clean(" ".join(doc.tgt[j] for j in b.tgt))
                gold.add((ru, en))
                if len(b.src) == 1:
                    single["ru"].add(ru)
                if len(b.tgt) == 1:
                    single["en"].add(en)
    releases, _ = ingest(discover(corpus))
    for pair in pair_releases(releases, "ru-RU", "en-GB").pairs:
        gold.add((clean(pair.src.title), clean(pair.tgt.title)))  # a title is always one unit
    return gold, single["ru"], single["en"]


def wmt_corpus(folder: Path, gold_dir: Path, count: int) -> None:
    """The first ``count`` held-out WMT ru–en documents as page dumps (first segment: the title),
    with gold files in the format of ``tests/data/gold`` (a segment's sentences one by one where
    both sides have as many, else the segment whole)."""
    seg = get_segmenter("srx")
    with WMT.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh][1::2][:count]
    for n, obj in enumerate(docs):
        release = str(4000000 + n)
        paragraphs = {lang: [list(p) for p in obj[lang]] for lang in ("ru", "en")}
        for lang, pars in paragraphs.items():
            title = pars[0].pop(0)
            (folder / f"{release}.{LANGS[lang]}.txt").write_text(
                dump_text(title, [" ".join(p) for p in pars if p], DATES[lang], lang), "utf-8")
        lines = []
        for ru_par, en_par in zip(paragraphs["ru"], paragraphs["en"]):
            if not ru_par:
                continue
            lines.append("# paragraph")
            for ru_seg, en_seg in zip(ru_par, en_par):
                ru = [s.text for s in seg.split(ru_seg, "ru")]
                en = [s.text for s in seg.split(en_seg, "en")]
                for r, e in (zip(ru, en) if len(ru) == len(en) else [(" ".join(ru), " ".join(en))]):
                    lines += [f"ru: {r}", f"en: {e}", "---"]
        (gold_dir / f"{release}.align.txt").write_text("\n".join(lines) + "\n", "utf-8")


def omegat(tmx: Path, document: Path, src: str, tgt: str, work: Path) -> tuple[list[str], dict[str, str]]:
    """OmegaT's segments of ``document`` and what it filled in from ``tmx`` (source → target)."""
    env = {**os.environ, "FILLS": str(work / "fills.tsv")}
    done = subprocess.run(["bash", str(TOOLS / "omegat_roundtrip.sh"), str(tmx), str(document), src, tgt],
                          capture_output=True, text=True, env=env)
    if done.returncode:
        raise RuntimeError(f"omegat_roundtrip.sh failed: {done.stderr[-500:]}")
    fills = {}
    for line in (work / "fills.tsv").read_text("utf-8").splitlines():
        source, _, target = line.partition("\t")
        if target:
            fills[clean(source)] = clean(target)
    cut = subprocess.run(["bash", str(TOOLS / "omegat_segment.sh"), str(document), src, tgt],
                         capture_output=True, text=True, check=True)
    return [clean(s) for s in cut.stdout.splitlines() if s.strip()], fills


def measure(name: str, corpus: Path, gold: Gold, single: dict[str, set[str]], direction: str, work: Path) -> str:
    src, tgt = direction.split("-")
    report = run_corpus(corpus, work / f"run-{direction}", RunOptions(src_lang=LANGS[src], tgt_lang=LANGS[tgt],
                                                                     glossaries=()))
    releases = [s.pair.src for s in report.pairs]
    document = work / f"releases-{direction}.txt"
    document.write_text("\n\n".join(p for r in releases for p in (r.title, *(x.text for x in r.paragraphs))) + "\n",
                        "utf-8")
    segments, fills = omegat(Path(report.outputs["tmx"]), document, LANGS[src], LANGS[tgt], work)
    right_pairs = {(r, e) if src == "ru" else (e, r) for r, e in gold}
    fillable = [s for s in segments if s in single[src]]
    right = sum(fills.get(s) is not None and (s, fills[s]) in right_pairs for s in fillable)
    empty = sum(s not in fills for s in fillable)
    wrong = [(s, t) for s, t in fills.items() if (s, t) not in right_pairs]
    share = right / len(fillable) if fillable else 0.0
    line = (f"| {name} | {src} → {tgt} | {len(segments)} | {len(fillable)} | {right} ({share:.1%}) | "
            f"{len(fillable) - right - empty} | {empty} | {len(wrong)} | {len(report.exported)} |")
    for s, t in wrong[:5]:
        line += f"\n  wrong: {s[:90]!r} → {t[:90]!r}"
    return line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wmt", type=int, default=60, help="held-out WMT documents to render (0: none)")
    ap.add_argument("--directions", default="ru-en,en-ru")
    args = ap.parse_args()
    if not (TOOLS / "omegat_roundtrip.sh").is_file() or not Path("/usr/share/omegat/OmegaT.jar").is_file():
        print("OmegaT or $TMTOOL_SHARED/tools not found: apt-get install -y omegat; set TMTOOL_SHARED")
        return
    print("| documents | direction | OmegaT segments | fillable | filled right | filled wrong (fillable) | "
          "empty (fillable) | filled wrong (all segments) | units in the TMX |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sets = [("sample corpus", REPO / "corpora", *gold_of(REPO / "corpora", REPO / "tests" / "data" / "gold"))]
        if args.wmt and WMT.is_file():
            folder, gold_dir = tmp / "wmt", tmp / "wmt-gold"
            folder.mkdir()
            gold_dir.mkdir()
            wmt_corpus(folder, gold_dir, args.wmt)
            sets.append((f"WMT ru–en, {args.wmt} held-out documents", folder, *gold_of(folder, gold_dir)))
        for name, corpus, gold, ru, en in sets:
            for direction in args.directions.split(","):
                work = tmp / f"{len(name)}-{direction}"
                work.mkdir()
                print(measure(name, corpus, gold, {"ru": ru, "en": en}, direction, work), flush=True)


if __name__ == "__main__":
    main()
