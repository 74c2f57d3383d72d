"""The whole job on archives of 500 / 2,000 / … release pairs: time, memory, and where they go.

Archives are built from the WMT ru–en documents (``$TMTOOL_SHARED/benchmarks/alignment``,
default ``../shared``) rendered as page dumps in the ``corpora/`` layout. There are 497
documents, so a larger archive takes each document again as a variant: copy ``c`` of a
document drops one sentence on one side (seeded), so the learned lexicon and duplicate
merging see the repetition a real archive has without every copy being the same release.

Each size runs ``tmtool run`` (the default job: TMX, glossary, review page, report) in a
fresh process, with ``--jobs 1`` and with the default (every core), and prints wall and
CPU time (workers included), wall time per stage, peak resident memory (VmHWM of the main
process; the largest worker's peak), the store's size and the largest review file's; then the same
command again with nothing changed (the re-run's CPU as a share of the first's).

    python benchmarks/pipeline.py [--sizes 500,2000] [--jobs 1,0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from pages import dump_text  # noqa: E402

SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
WMT = SHARED / "benchmarks" / "alignment" / "wmt_ru-en_gold_docs.jsonl"
LANGS = {"ru": "ru-RU", "en": "en-GB"}
DATES = {"en": "12 May 202110:00", "ru": "12 мая 202110:00"}
#: The stages timed, as ``tmtool.pipeline`` names them (each wrapped where the pipeline calls it).
STAGES = ("ingest", "pair_releases", "update_store", "extract_terms", "write_review_html")


def build_archive(folder: Path, size: int) -> None:
    """``size`` release pairs as page dumps: the WMT documents in turn, copy ``c`` of each
    with one sentence dropped on one side (none for the first copy)."""
    with WMT.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    rng = random.Random(12)
    for n in range(size):
        obj, copy = docs[n % len(docs)], n // len(docs)
        paragraphs = {lang: [list(p) for p in obj[lang]] for lang in ("ru", "en")}
        if copy:
            side = paragraphs[rng.choice(("ru", "en"))]
            body = [p for p in side[1:] if p]
            if body:
                par = rng.choice(body)
                par.pop(rng.randrange(len(par)))
        for lang, pars in paragraphs.items():
            title = pars[0][0] if pars and pars[0] else "Untitled"
            rest = [" ".join(p if k else p[1:]) for k, p in enumerate(pars)]
            (folder / f"{5000000 + n}.{LANGS[lang]}.txt").write_text(
                dump_text(title, [r for r in rest if r], DATES[lang], lang), "utf-8")


def run_job(corpus: Path, out: Path, jobs: int | None) -> dict:
    """``tmtool run CORPUS -o OUT [--jobs N]`` in this process, each stage timed (this
    process's CPU and wall); the total CPU counts the worker processes too."""
    from tmtool import pipeline
    from tmtool.pipeline import RunOptions, run_corpus

    times: dict[str, list[float]] = {name: [0.0, 0.0] for name in STAGES}

    def timed(name, fn):
        def run(*args, **kwargs):
            cpu, wall = time.process_time(), time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name][0] += time.process_time() - cpu
                times[name][1] += time.perf_counter() - wall
        return run

    cpu, wall = _cpu(), time.perf_counter()
    with ExitStack() as stack:
        for name in STAGES:
            stack.enter_context(mock.patch.object(pipeline, name, timed(name, getattr(pipeline, name))))
        report = run_corpus(corpus, out, RunOptions(jobs=jobs))
    cpu, wall = _cpu() - cpu, time.perf_counter() - wall
    with open("/proc/self/status") as fh:
        peak = int(re.search(r"VmHWM:\s+(\d+) kB", fh.read()).group(1)) / 1024
    # The workers have ended with the run: the largest of them (Linux reports kB).
    peak_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    sizes = {Path(p).name: Path(p).stat().st_size for p in report.outputs.values()}
    sizes["tmtool.db"] = (out / "tmtool.db").stat().st_size
    review = Path(report.outputs["review"])  # an index, and pages beside it for a long review
    sizes["largest review file"] = max(p.stat().st_size for p in review.parent.glob(f"{review.stem}*{review.suffix}"))
    return {"cpu": cpu, "wall": wall, "peak_mib": peak, "peak_worker_mib": peak_worker, "stages": times,
            "sizes": sizes,
            "pairs": len(report.pairs), "aligned": report.aligned, "units": len(report.exported)}


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def in_child(corpus: Path, out: Path, jobs: int | None) -> dict:
    """``run_job`` in a fresh process (its own peak memory)."""
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(out), str(jobs or 0)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(size: int, jobs: str, first: dict, again: dict) -> None:
    stages = ", ".join(f"{name} {wall:.1f}" for name, (_, wall) in first["stages"].items())
    rest = first["wall"] - sum(wall for _, wall in first["stages"].values())
    mib = {k: v / 2**20 for k, v in first["sizes"].items()}
    print(f"| {size:,} | {jobs} | {first['units']:,} | {first['wall']:.1f} | {first['cpu']:.1f} "
          f"({first['cpu'] / first['wall']:.2f}) | {stages}, exports and the rest {rest:.1f} | "
          f"{first['peak_mib']:.0f} / {first['peak_worker_mib']:.0f} | "
          f"{mib['tmtool.db']:.1f} / {mib['largest review file']:.1f} | "
          f"{again['cpu']:.1f} ({again['cpu'] / first['cpu']:.0%}) |", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="500,2000", help="release pairs per archive, comma-separated")
    ap.add_argument("--keep", type=Path, help="build the archives here and keep them (default: a temporary folder)")
    ap.add_argument("--jobs", default="1,0", help="--jobs values to compare (0: the default, every core)")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        corpus, out, jobs = args.child
        print(json.dumps(run_job(Path(corpus), Path(out), int(jobs) or None)))
        return
    if not WMT.is_file():
        print(f"WMT documents not found at {WMT}: set TMTOOL_SHARED")
        return
    base = args.keep or Path(tempfile.mkdtemp(prefix="tmtool-pipeline-"))
    print("| pairs | --jobs | units exported | wall s | CPU s (CPU/wall) | wall s per stage | "
          "peak RSS MiB: main / largest worker | store / largest review file MiB | re-run, nothing changed: CPU s |")
    print("|---|---|---|---|---|---|---|---|---|")
    try:
        for size in (int(x) for x in args.sizes.split(",")):
            corpus, out = base / f"archive-{size}" / "corpora", base / f"archive-{size}" / "exports"
            if not corpus.is_dir():
                corpus.mkdir(parents=True)
                build_archive(corpus, size)
            for jobs in (int(x) for x in args.jobs.split(",")):
                shutil.rmtree(out, ignore_errors=True)
                show(size, str(jobs or "every core"), in_child(corpus, out, jobs), in_child(corpus, out, jobs))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
