"""A CAT tool in the loop: what OmegaT fills from tmtool's TMX, against the gold.

For each document set and direction: the releases are written as page dumps (the
sample corpus is one already), ``tmtool run`` makes its TMX — the default one, and one
re-cut for OmegaT (``--cat omegat``) — and the real OmegaT 3.6
(``$TMTOOL_SHARED/tools/omegat_roundtrip.sh``, TMX in ``tm/auto``) pre-translates a
document made of every source-language release. Each segment OmegaT cut is then

* **right** — filled with the translation the gold gives for exactly that text: a gold
  bead, several consecutive beads of one paragraph (OmegaT kept their sentences in one
  segment), or a numbered item's number or text on its own (OmegaT cuts "1." off
  "1. The sides agreed…"; the gold's "1. Стороны…" gives "1." and "Стороны…");
* **together** — the first segment of a gold sentence OmegaT cut in pieces, filled with
  the whole sentence's translation while the other pieces are filled with an empty
  translation (``fit_units``' continuation units): the target document is right, the
  segment's own pair is not;
* **wrong** — filled with anything else (a wrong or partial translation);
* **empty** — left for the translator.

"Fillable" segments are those a sentence-level CAT tool can fill: the segment is one
gold source sentence (or a numbered one without its number), which the gold pairs with
a translation. Wrong and together fills are counted over every segment.

Document sets: the sample corpus (gold: ``tests/data/gold``) and the first N held-out WMT
ru–en documents (odd ones; never used to fit anything), rendered as page dumps (first
segment = title). Gold of a WMT segment: its sentences one by one where both sides have
as many, else the whole segment.

    python benchmarks/cat.py [--wmt 60] [--directions ru-en,en-ru] [--cats default,omegat]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from pages import dump_text  # noqa: E402
from tmtool.evaluation.gold import load_corpus_gold  # noqa: E402
from tmtool.pair import pair_releases  # noqa: E402
from tmtool.ingest import discover, ingest, read_release  # noqa: E402
from tmtool.pipeline import RunOptions, run_corpus  # noqa: E402
from tmtool.segment import get_segmenter  # noqa: E402
from tmtool.text import clean  # noqa: E402

SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
WMT = SHARED / "benchmarks" / "alignment" / "wmt_ru-en_gold_docs.jsonl"
TOOLS = SHARED / "tools"
LANGS = {"ru": "ru-RU", "en": "en-GB"}
DATES = {"en": "12 May 202110:00", "ru": "12 мая 202110:00"}

Gold = set[tuple[str, str]]  # (ru text, en text), whitespace folded
NUMBERED = regex.compile(r"(\p{Nd}+[\p{Nd}.)\]]*) (.+)")  # a numbered item, as OmegaT cuts its number off
LONGEST_RUN = 4  # beads of one paragraph that one OmegaT segment may hold


def gold_of(corpus: Path, gold_dir: Path) -> tuple[Gold, dict[str, set[str]], dict[str, set[str]]]:
    """Right pairs of a corpus (its gold files mapped onto the pipeline's sentences, runs of
    consecutive beads of a paragraph, numbered items' numbers and texts apart, and the titles);
    the Russian and English single sentences the gold pairs with a translation; and, of those,
    the numbered items' texts without their numbers."""
    gold: Gold = set()
    single = {"ru": set(), "en": set()}
    items = {"ru": set(), "en": set()}
    cases = load_corpus_gold(corpus, gold_dir, get_segmenter("srx"), src_lang="ru-RU", tgt_lang="en-GB")
    for problem in cases.problems:
        print(f"gold: {problem}", file=sys.stderr)
    for doc, beads in cases.cases:
        run: list[tuple[int, str, str]] = []  # the two-sided beads of the current paragraph so far
        for b in beads:
            if not (b.src and b.tgt):
                run = []
                continue
            ru, en = clean(" ".join(doc.src[i] for i in b.src)), clean(" ".join(doc.tgt[j] for j in b.tgt))
            gold.add((ru, en))
            singles = [("ru", ru)] * (len(b.src) == 1) + [("en", en)] * (len(b.tgt) == 1)
            for lang, text in singles:
                single[lang].add(text)
            numbered = NUMBERED.fullmatch(ru), NUMBERED.fullmatch(en)
            if all(numbered) and numbered[0][1] == numbered[1][1]:
                gold |= {(numbered[0][1], numbered[1][1]), (numbered[0][2], numbered[1][2])}
                for lang, text in singles:
                    single[lang].add(NUMBERED.fullmatch(text)[2])
                    items[lang].add(NUMBERED.fullmatch(text)[2])
            paragraph = doc.src_par[b.src[0]] if doc.src_par else None
            run = [r for r in run if r[0] == paragraph][-(LONGEST_RUN - 1):] + [(paragraph, ru, en)]
            for start in range(len(run) - 1):
                gold.add((" ".join(r[1] for r in run[start:]), " ".join(r[2] for r in run[start:])))
    releases, _ = ingest(discover(corpus))
    for pair in pair_releases(releases, "ru-RU", "en-GB").pairs:
        gold.add((clean(pair.src.title), clean(pair.tgt.title)))  # a title is always one unit
    return gold, single, items


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
    """OmegaT's segments of ``document`` and what it filled in from ``tmx`` (source → target;
    an empty target where it filled in an empty translation)."""
    env = {**os.environ, "FILLS": str(work / "fills.tsv")}
    done = subprocess.run(["bash", str(TOOLS / "omegat_roundtrip.sh"), str(tmx), str(document), src, tgt],
                          capture_output=True, text=True, env=env)
    if done.returncode:
        raise RuntimeError(f"omegat_roundtrip.sh failed: {done.stderr[-500:]}")
    fills = {}
    for line in (work / "fills.tsv").read_text("utf-8").splitlines():
        source, tab, target = line.partition("\t")
        if tab:
            fills[clean(source)] = clean(target)
    cut = subprocess.run(["bash", str(TOOLS / "omegat_segment.sh"), str(document), src, tgt],
                         capture_output=True, text=True, check=True)
    return [clean(s) for s in cut.stdout.splitlines() if s.strip()], fills


def together(segment: str, target: str, right_pairs: Gold, empty: set[str]) -> bool:
    """Whether ``segment`` starts a right pair's source, filled with its whole translation, the rest
    of which OmegaT cut into segments it filled with an empty translation."""
    for source, translation in right_pairs:
        if translation == target and source.startswith(segment + " "):
            rest = source[len(segment) + 1:]
            while rest:
                piece = next((e for e in empty if rest == e or rest.startswith(e + " ")), None)
                if piece is None:
                    break
                rest = rest[len(piece) + 1:]
            if not rest:
                return True
    return False


def measure(name: str, corpus: Path, gold: Gold, single: dict[str, set[str]], items: dict[str, set[str]],
            direction: str, work: Path, cat: str, store: Path) -> str:
    """One row of the table: the TMX ``cat`` names ("default", or a ``--cat`` preset) made from the
    translation memory ``store`` (the TMXs of one direction share it: the pairs are aligned once)."""
    src, tgt = direction.split("-")
    options = RunOptions(src_lang=LANGS[src], tgt_lang=LANGS[tgt], glossaries=(), cat=None if cat == "default" else cat)
    report = run_corpus(corpus, work / "run", options, store=store)
    releases = [read_release(s.src.path) for s in report.pairs]  # the report holds no page's text
    document = work / f"releases-{direction}.txt"
    document.write_text("\n\n".join(p for r in releases for p in (r.title, *(x.text for x in r.paragraphs))) + "\n",
                        "utf-8")
    segments, fills = omegat(Path(report.outputs["tmx"]), document, LANGS[src], LANGS[tgt], work)
    right_pairs = {(r, e) if src == "ru" else (e, r) for r, e in gold}
    filled = {s: t for s, t in fills.items() if t}
    fillable = [s for s in segments if s in single[src]]
    numbered = sum(s in items[src] for s in fillable)
    right = sum(s in filled and (s, filled[s]) in right_pairs for s in fillable)
    empty = sum(s not in filled for s in fillable)
    not_right = [(s, t) for s, t in filled.items() if (s, t) not in right_pairs]
    emptied = {s for s, t in fills.items() if not t}
    joined = [(s, t) for s, t in not_right if together(s, t, right_pairs, emptied)]
    wrong = [pair for pair in not_right if pair not in joined]
    share = right / len(fillable) if fillable else 0.0
    tmx = "default" if cat == "default" else f"`--cat {cat}`"
    line = (f"| {name} | {tmx} | {src} → {tgt} | {len(segments)} | {len(fillable)} ({numbered}) | {right} ({share:.1%}) | "
            f"{len(fillable) - right - empty} | {empty} | {len(joined)} | {len(wrong)} | {report.exported} |")
    for s, t in wrong[:5]:
        line += f"\n  wrong: {s[:90]!r} → {t[:90]!r}"
    for s, t in joined[:5]:
        line += f"\n  together: {s[:90]!r} → {t[:90]!r}"
    return line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wmt", type=int, default=60, help="held-out WMT documents to render (0: none)")
    ap.add_argument("--directions", default="ru-en,en-ru")
    ap.add_argument("--cats", default="default,omegat", help="TMXs to measure: default, and --cat presets")
    args = ap.parse_args()
    if not (TOOLS / "omegat_roundtrip.sh").is_file() or not Path("/usr/share/omegat/OmegaT.jar").is_file():
        print("OmegaT or $TMTOOL_SHARED/tools not found: apt-get install -y omegat; set TMTOOL_SHARED")
        return
    print("| documents | TMX | direction | OmegaT segments | fillable (numbered items) | filled right | filled wrong (fillable) | "
          "empty (fillable) | filled together (all) | filled wrong (all) | units in the TMX |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sets = [("sample corpus", REPO / "corpora", *gold_of(REPO / "corpora", REPO / "tests" / "data" / "gold"))]
        if args.wmt and WMT.is_file():
            folder, gold_dir = tmp / "wmt", tmp / "wmt-gold"
            folder.mkdir()
            gold_dir.mkdir()
            wmt_corpus(folder, gold_dir, args.wmt)
            sets.append((f"WMT ru–en, {args.wmt} held-out documents", folder, *gold_of(folder, gold_dir)))
        for name, corpus, gold, single, items in sets:
            for direction in args.directions.split(","):
                for cat in args.cats.split(","):
                    work = tmp / f"{len(name)}-{direction}-{cat}"
                    work.mkdir()
                    print(measure(name, corpus, gold, single, items, direction, work, cat,
                                  tmp / f"{len(name)}-{direction}.db"), flush=True)


if __name__ == "__main__":
    main()
