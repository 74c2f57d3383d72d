"""The whole job on archives of 500 / 2,000 / … release pairs: time, memory, and where they go.

Archives are built from the WMT ru–en documents (``$TMTOOL_SHARED/benchmarks/alignment``,
default ``../shared``) rendered as page dumps in the ``corpora/`` layout. There are 497
documents, so a larger archive takes each document again as a variant: copy ``c`` of a
document drops one sentence on one side (seeded), so the learned lexicon and duplicate
merging see the repetition a real archive has without every copy being the same release.

Each size runs ``tmtool run`` (the default job: TMX, glossary, review page, report) in a
fresh process, with ``--jobs 1`` and with the default (every core), and prints wall and
CPU time (workers included), wall time per stage, wall and CPU time (the workers' while they
run included) of the per-pair stages (ingest, update_store), peak resident memory (VmHWM of the main
process; the largest worker's; the whole process tree's at once, sampled: the sum of the processes'
resident memory, which counts the pages they share since a fork in each, and of their proportional
shares of it, which does not), the store's size and the
largest review file's.

Then the re-runs, each CPU as a share of the first run's: the same command with nothing
changed; with 1 % of the pages edited (a word put into a sentence of each), twice, other
pages each time (each aligns what changed, and the stored pairs that read what the edits
changed of the corpus's lexicon, docs/alignment.md). The outputs of each re-run are compared,
dates and what was reused aside (``tests/test_exports.py``), with a run from scratch on the
archive as it then is, and those of the last with a run from a copy of its store with nothing
kept (no page, no output, no glossary, no text's analysis for one): both say whether what a
re-run keeps changes anything.

With ``--distinct`` the copies carry a reference in every sentence, the same in both
languages: no text repeats, as in an archive of that many different releases (the glossary's
work per distinct text is then done for every pair; the vocabulary stays the WMT documents').

``--huge`` measures instead what one more pair adds whose pages are each one unit of 1 MiB
without punctuation (the smallest size, ``--jobs 1``).

    python benchmarks/pipeline.py [--sizes 500,2000] [--jobs 1,0] [--keep DIR] [--distinct]
    python benchmarks/pipeline.py --huge [--sizes 500]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack, closing
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
#: The stages that do work per page or per pair (reading pages; segmenting, aligning and saving
#: each pair), whose CPU/wall says how well they use the cores: CPU counts the workers' while they run.
PER_PAIR = ("ingest", "update_store")
#: Pages edited for a re-run: one in a hundred, and a word for each language to put into a sentence.
EDIT_EVERY = 100
EDIT_WORDS = ({"en": "also", "ru": "также"}, {"en": "indeed", "ru": "действительно"})


#: What ``--distinct`` writes into every sentence of a copy: a reference, the same in both
#: languages (release, paragraph, sentence), before the sentence's final punctuation.
REFERENCE = {"en": " (ref {})", "ru": " (ссылка {})"}
_END = re.compile(r"[.!?…»\"”]*$")


#: The size of each page of ``--huge``'s extra pair: one unit of it without punctuation.
HUGE = 2**20


def add_huge_pair(folder: Path, seed: int = 7) -> None:
    """One more release pair whose body is one paragraph of ``HUGE`` characters (UTF-8 bytes,
    near enough) of the archive's own words without any punctuation, in each language."""
    rng = random.Random(seed)
    for lang in ("ru", "en"):
        words = sorted({w for page in folder.glob(f"*.{LANGS[lang]}.txt") for w in re.findall(r"\w+", page.read_text("utf-8"))})
        body, size = [], 0
        while size < HUGE:
            word = rng.choice(words)
            body.append(word)
            size += len(word.encode("utf-8")) + 1
        (folder / f"9999999.{LANGS[lang]}.txt").write_text(
            dump_text("Huge", [" ".join(body)], DATES[lang], lang), "utf-8")


def huge(base: Path, size: int) -> None:
    """The default job (``--jobs 1``) on the ``size``-pair archive, and on it with one more pair
    whose pages are a unit of 1 MiB without punctuation each (``add_huge_pair``): what it adds."""
    runs = {}
    for name in ("as built", "with the huge pair"):
        work = base / f"huge-{size}-{name.replace(' ', '-')}"
        shutil.rmtree(work, ignore_errors=True)
        (work / "corpora").mkdir(parents=True)
        build_archive(work / "corpora", size)
        if name != "as built":
            add_huge_pair(work / "corpora")
        runs[name] = in_child(work / "corpora", work / "exports", 1)
    print("| archive | pairs | CPU s | wall s | wall s per stage | peak RSS MiB |")
    print("|---|---|---|---|---|---|")
    for name, run in runs.items():
        stages = ", ".join(f"{stage} {wall:.1f}" for stage, (_, wall, _) in run["stages"].items())
        print(f"| {name} | {run['pairs']:,} | {run['cpu']:.1f} | {run['wall']:.1f} | {stages} | {run['peak_mib']:.0f} |")
    a, b = runs["as built"], runs["with the huge pair"]
    print(f"\nThe huge pair adds {b['cpu'] - a['cpu']:.1f} s CPU ({b['cpu'] / a['cpu']:.2f}× the run without it).")


def build_archive(folder: Path, size: int, distinct: bool = False) -> None:
    """``size`` release pairs as page dumps: the WMT documents in turn, copy ``c`` of each
    with one sentence dropped on one side (none for the first copy). ``distinct``: every
    sentence of a copy also carries a reference of its own (``REFERENCE``), so that no text
    repeats, as in an archive of as many different releases (without it, a copy repeats its
    document's texts, which the glossary's per-text work then does once)."""
    with WMT.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    rng = random.Random(12)
    for n in range(size):
        obj, copy = docs[n % len(docs)], n // len(docs)
        paragraphs = {lang: [list(p) for p in obj[lang]] for lang in ("ru", "en")}
        if copy and distinct:  # paragraph i, sentence j of one language translate those of the other
            for lang, pars in paragraphs.items():
                for i, par in enumerate(pars):
                    for j, sentence in enumerate(par):
                        end = _END.search(sentence).start()
                        par[j] = sentence[:end] + REFERENCE[lang].format(f"{n}-{i}-{j}") + sentence[end:]
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
    process's CPU and wall); the total CPU is the whole process's, start-up and imports
    included as for the command, and its workers'."""
    from tmtool import pipeline
    from tmtool.pipeline import RunOptions, run_corpus

    times: dict[str, list[float]] = {name: [0.0, 0.0, 0.0] for name in STAGES}

    def timed(name, fn):
        def run(*args, **kwargs):
            cpu, wall, workers = time.process_time(), time.perf_counter(), _workers_cpu()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name][0] += time.process_time() - cpu
                times[name][1] += time.perf_counter() - wall
                times[name][2] += _workers_cpu() - workers
        return run

    wall = time.perf_counter()
    with ExitStack() as stack, _Memory() as memory:
        for name in STAGES:
            stack.enter_context(mock.patch.object(pipeline, name, timed(name, getattr(pipeline, name))))
        report = run_corpus(corpus, out, RunOptions(jobs=jobs))
    cpu, wall = _cpu(), time.perf_counter() - wall
    peak = _status(os.getpid(), "VmHWM") / 1024
    sizes = {Path(p).name: Path(p).stat().st_size for p in report.outputs.values()}
    sizes["tmtool.db"] = (out / "tmtool.db").stat().st_size
    review = Path(report.outputs["review"])  # an index, and pages beside it for a long review
    sizes["largest review file"] = max(p.stat().st_size for p in review.parent.glob(f"{review.stem}*{review.suffix}"))
    return {"cpu": cpu, "wall": wall, "peak_mib": peak, "peak_worker_mib": memory.worker / 1024,
            "peak_tree_mib": memory.tree / 1024, "peak_tree_pss_mib": memory.tree_pss / 1024, "stages": times,
            "sizes": sizes, "pairs": len(report.pairs), "aligned": report.aligned, "units": report.exported,
            "kept": report.kept}


def _status(pid: int, field: str, file: str = "status") -> int:
    """A field of /proc/PID/status (or another of its files that says ``Field: N kB``) in kB (0 for a
    process that has ended)."""
    try:
        with open(f"/proc/{pid}/{file}") as fh:
            return int(re.search(rf"{field}:\s+(\d+) kB", fh.read()).group(1))
    except (FileNotFoundError, ProcessLookupError, AttributeError):
        return 0


class _Memory:
    """Samples, every half second while the block runs, the worker processes' own peak (VmHWM read
    from /proc: ``getrusage``'s children figure counts, for a process started by fork and exec, the
    parent's pages at the fork) and the resident memory of the whole process tree at once: the sum
    of each process's VmRSS (pages shared since a fork counted in each), and of each one's Pss
    (/proc/PID/smaps_rollup: a page shared by n processes counted 1/n in each, so the sum is the
    memory the tree takes)."""

    def __init__(self) -> None:
        self.worker = self.tree = self.tree_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            children = _children()
            self.worker = max([self.worker, *(_status(pid, "VmHWM") for pid in children)])
            self.tree = max(self.tree, sum(_status(pid, "VmRSS") for pid in (os.getpid(), *children)))
            self.tree_pss = max(self.tree_pss, sum(_status(pid, "Pss", "smaps_rollup")
                                                   for pid in (os.getpid(), *children)))

    def __enter__(self) -> _Memory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _children() -> dict[int, list[str]]:
    """This process's live child processes, each with the fields of its /proc/PID/stat after the
    command's name: the pool of ``--jobs`` and the index's process beside the outputs
    (``tmtool.jobs.beside``, which multiprocessing does not list)."""
    me, found = str(os.getpid()), {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):  # ended since it was listed
                continue
            if fields[1] == me:  # the parent's pid
                found[int(entry)] = fields
    return found


def _workers_cpu() -> float:
    """CPU seconds so far of this process's child processes, live (read from /proc) and ended (the
    system counts them once they are waited for): the pool of ``--jobs``, which ends after the
    glossary's analysis, and the index's process (a stage's share is the difference across it)."""
    ticks = sum(int(fields[11]) + int(fields[12]) for fields in _children().values())  # utime, stime
    ended = os.times()
    return ticks / os.sysconf("SC_CLK_TCK") + ended.children_user + ended.children_system


def _cpu() -> float:
    """CPU seconds of this process since it started and of its children that have ended."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def in_child(corpus: Path, out: Path, jobs: int | None) -> dict:
    """``run_job`` in a fresh process (its own peak memory)."""
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(out), str(jobs or 0)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def edit_pages(corpus: Path, offset: int, words: dict[str, str]) -> int:
    """Put a word into a sentence of one page in ``EDIT_EVERY`` (from the ``offset``-th, in
    name order): after the first word of its longest line, the page's body. Returns the pages edited."""
    pages = sorted(corpus.rglob("*.txt"))[offset::EDIT_EVERY]
    for page in pages:
        lines = page.read_text("utf-8").split("\n")
        longest = max(range(len(lines)), key=lambda k: len(lines[k]))
        word = words["ru" if ".ru-" in page.name else "en"]
        lines[longest] = lines[longest].replace(" ", f" {word} ", 1)
        page.write_text("\n".join(lines), "utf-8")
    return len(pages)


def differences(out: Path, other: Path, other_written_in: Path | None = None) -> str:
    """How the outputs of two run folders differ, dates and what was reused aside: "none", or
    for each output that differs, how many of its lines do (``other_written_in``: the folder
    the other's files were written into, if they have been copied since)."""
    from test_exports import normalise  # here: a run's process need not import pytest

    names = sorted(p.name for p in out.iterdir() if ".db" not in p.name)
    if names != sorted(p.name for p in other.iterdir() if ".db" not in p.name):
        return "other files"
    changed: dict[str, list[int]] = {}
    for name in names:
        ours = normalise(name, (out / name).read_text("utf-8"), str(out))
        theirs = normalise(name, (other / name).read_text("utf-8"), str(other_written_in or other))
        ours, theirs = ((json.dumps(x, indent=1, ensure_ascii=False) if not isinstance(x, str) else x).splitlines()
                        for x in (ours, theirs))
        output = "review" if ".review" in name else name.split(".", 1)[1]  # its pages count as one output
        counts = changed.setdefault(output, [0, 0])
        counts[0] += sum(a != b for a, b in zip(ours, theirs)) + abs(len(ours) - len(theirs))
        counts[1] += len(ours)
    return ", ".join(f"{output} {n:,} of {total:,} lines" for output, (n, total) in changed.items() if n) or "none"


def without_what_is_kept(store: Path, copy: Path) -> None:
    """A copy of a store that keeps no page, no output, no glossary and no text's analysis for one."""
    with closing(sqlite3.connect(store)) as db, closing(sqlite3.connect(copy)) as into:
        db.backup(into)
    with closing(sqlite3.connect(copy, isolation_level=None)) as db:
        for table in ("pages", "outputs", "glossary_keys", "glossaries", "term_analyses"):
            db.execute(f"DELETE FROM {table}")


def reruns(corpus: Path, out: Path, first: dict, jobs: int | None) -> list[str]:
    """The re-runs of ``corpus`` into ``out`` after the run ``first`` (which it edits): for each,
    its CPU and its share of the first run's (and that share without the glossary's extraction,
    in this process), the pairs it aligned, the outputs it kept and how
    its outputs differ from a run from scratch on the archive as it then is (for the re-run with
    nothing changed, the first run); last, how the outputs of the last re-run differ from a run
    from a copy of its store that keeps nothing."""
    work = out.parent
    shutil.rmtree(work / "first", ignore_errors=True)
    shutil.copytree(out, work / "first", ignore=shutil.ignore_patterns("*.db*"))
    cells = [f"{first['cpu']:.1f}"]
    for n, words in enumerate((None, *EDIT_WORDS)):
        edited = edit_pages(corpus, (n - 1) * EDIT_EVERY // 2, words) if words else 0
        again = in_child(corpus, out, jobs)
        if words:
            shutil.rmtree(work / "scratch", ignore_errors=True)
            scratch = in_child(corpus, work / "scratch", jobs)
            against = f"from scratch ({scratch['cpu']:.1f} s): {differences(out, work / 'scratch')}"
        else:
            against = f"the first run: {differences(out, work / 'first', out)}"
        terms = again["stages"]["extract_terms"][0]  # this process's CPU: all of it with --jobs 1
        cells.append(f"{f'{edited} pages: ' if words else ''}{again['cpu']:.1f} ({again['cpu'] / first['cpu']:.1%}; "
                     f"without the glossary's extraction {(again['cpu'] - terms) / first['cpu']:.1%}), "
                     f"{again['aligned']} pairs aligned, {len(again['kept'])} outputs kept; against {against}")
    shutil.rmtree(work / "nothing-kept", ignore_errors=True)
    (work / "nothing-kept").mkdir()
    without_what_is_kept(out / "tmtool.db", work / "nothing-kept" / "tmtool.db")
    in_child(corpus, work / "nothing-kept", jobs)
    cells.append(differences(out, work / "nothing-kept"))
    return cells


def show(size: int, jobs: str, first: dict) -> None:
    stages = ", ".join(f"{name} {wall:.1f}" for name, (_, wall, _) in first["stages"].items())
    rest = first["wall"] - sum(wall for _, wall, _ in first["stages"].values())
    wall, cpu = (sum(first["stages"][name][k] for name in PER_PAIR) for k in (1, 0))
    cpu += sum(first["stages"][name][2] for name in PER_PAIR)
    mib = {k: v / 2**20 for k, v in first["sizes"].items()}
    print(f"| {size:,} | {jobs} | {first['units']:,} | {first['wall']:.1f} | {first['cpu']:.1f} "
          f"({first['cpu'] / first['wall']:.2f}) | {stages}, exports and the rest {rest:.1f} | "
          f"{wall:.1f} / {cpu:.1f} ({cpu / wall:.2f}) | "
          f"{first['peak_mib']:.0f} / {first['peak_worker_mib']:.0f} / {first['peak_tree_mib']:.0f} / "
          f"{first['peak_tree_pss_mib']:.0f} | "
          f"{mib['tmtool.db']:.1f} / {mib['largest review file']:.1f} |", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="500,2000", help="release pairs per archive, comma-separated")
    ap.add_argument("--keep", type=Path, help="build the archives here and keep them (default: a temporary folder)")
    ap.add_argument("--jobs", default="1,0", help="--jobs values to compare (0: the default, every core)")
    ap.add_argument("--distinct", action="store_true",
                    help="make every sentence of a document's copies a text of its own (build_archive)")
    ap.add_argument("--huge", action="store_true",
                    help="instead: the smallest size with and without a pair of 1 MiB pages without punctuation")
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
    if args.huge:
        try:
            huge(base, min(int(x) for x in args.sizes.split(",")))
        finally:
            if not args.keep:
                shutil.rmtree(base, ignore_errors=True)
        return
    print("| pairs | --jobs | units exported | wall s | CPU s (CPU/wall) | wall s per stage | "
          "per-pair stages: wall s / CPU s (CPU/wall) | "
          "peak RSS MiB: main / largest worker / the process tree (RSS / PSS) | store / largest review file MiB |")
    print("|---|---|---|---|---|---|---|---|---|")
    rows = []
    try:
        for size in (int(x) for x in args.sizes.split(",")):
            archive = base / f"archive-{size}{'-distinct' if args.distinct else ''}"
            if not (archive / "corpora").is_dir():
                (archive / "corpora").mkdir(parents=True)
                build_archive(archive / "corpora", size, args.distinct)
            for jobs in (int(x) for x in args.jobs.split(",")):
                # A copy of the archive, which the re-runs edit.
                work = archive / f"jobs-{jobs}"
                shutil.rmtree(work, ignore_errors=True)
                shutil.copytree(archive / "corpora", work / "corpora")
                first = in_child(work / "corpora", work / "exports", jobs)
                show(size, str(jobs or "every core"), first)
                rows.append(f"| {size:,} | {jobs or 'every core'} | "
                            f"{' | '.join(reruns(work / 'corpora', work / 'exports', first, jobs))} |")
        print("\n| pairs | --jobs | first run: CPU s | nothing changed: CPU s (share of the first run's) | "
              "1 % of the pages edited | 1 % more edited | the last re-run against a run that keeps nothing |")
        print("|---|---|---|---|---|---|---|")
        print("\n".join(rows))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
