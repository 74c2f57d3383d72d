"""Benchmark: PyPI ``eflomal`` as the source of the corpus-learned lexicon, against tmtool's Dice learner.

``AnchorAligner.solve_many`` learns stem pairs from the confident 1-1 beads of its first
pass (``learn_from_stems``: Dice + competitive linking) and aligns again with them. Here
that learner is swapped for one built on eflomal word alignment, and each learner is
measured as ``benchmarks/alignment.py --lexicons`` measures a source of lexical evidence:
the confidence models refitted on the development half of the WMT ru–en documents, then
the held-out half aligned as it is and with every perturbation; confident-wrong and
held-back link beads at the threshold chosen in the fit. Also printed, on the sentence
pairs the default aligner learns from on the development half: pairs learned, CPU seconds
(this process and its children: eflomal runs as a subprocess), agreement between repeated
runs, and 40 sampled pairs (fixed seed) for a human to judge.

The eflomal learner: each sentence pair's stems, sorted (they are sets), are one line;
eflomal aligns both directions and a stem pair counts once per sentence pair whose
forward and reverse links both hold it (intersection). Then as ``learn_from_stems``, with
the links in place of co-occurrence: at least 2 links, link Dice 2·links / (df + df) at
least 0.3, stems in over 20% of the pairs (and over 10) left out, mutual best partners
only. Iterations are fixed (eflomal's own defaults at the development half's 2,481 pairs);
eflomal 2.0.0 has no seed option (it seeds from /dev/urandom), so runs can differ: the
agreement check shows how much.

    pip install eflomal          # not a tmtool dependency
    TMTOOL_SHARED=/work/shared python benchmarks/eflomal_lexicon.py [--limit N] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from importlib import metadata
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
import alignment as b  # also puts the repository on sys.path
import eflomal

from tmtool.align import get_aligner
from tmtool.align.anchored import AnchorAligner
from tmtool.align.features import DEFAULT_COMPONENTS
from tmtool.align.learn import LearnedLexicon, learn_from_stems, mutual_best
from tmtool.evaluation.adversarial import trust
from tmtool.text import primary

ITERATIONS = {1: (100, 0, 0), 3: (25, 25, 100)}  # (IBM1, HMM, fertility) sampling iterations per model


def eflomal_links(src: list[list[str]], tgt: list[list[str]], model: int) -> list[set[tuple[int, int]]]:
    """Per sentence pair, the (source index, target index) links both directions agree on."""
    with tempfile.TemporaryDirectory() as tmp:
        fwd, rev = os.path.join(tmp, "fwd"), os.path.join(tmp, "rev")
        eflomal.Aligner(model=model, n_iterations=ITERATIONS[model], n_samplers=3).align(
            [" ".join(s) for s in src], [" ".join(t) for t in tgt], links_filename_fwd=fwd, links_filename_rev=rev)
        sides = [[{tuple(map(int, x.split("-"))) for x in line.split()} for line in Path(p).read_text().split("\n")]
                 for p in (fwd, rev)]
    return [f & r for f, r in zip(sides[0][:len(src)], sides[1][:len(src)], strict=True)]


def eflomal_learner(model: int = 3):
    """A drop-in for ``learn_from_stems`` whose stem pairs come from eflomal links (see the docstring)."""

    def learn(pairs, src_lang, tgt_lang, base=None, min_count=2, min_dice=0.3, max_share=0.2) -> LearnedLexicon:
        if base is not None:
            raise NotImplementedError("the eflomal learner takes no base lexicon")
        src_lang, tgt_lang = primary(src_lang), primary(tgt_lang)
        stemmed = [(sorted(s), sorted(t)) for s, t in pairs]
        src_df = Counter(a for s, _ in stemmed for a in s)
        tgt_df = Counter(x for _, t in stemmed for x in t)
        if not any(s and t for s, t in stemmed):
            return LearnedLexicon((src_lang, tgt_lang), (), len(stemmed))
        links = eflomal_links([s for s, _ in stemmed], [t for _, t in stemmed], model)
        together = Counter((s[i], t[j]) for (s, t), ls in zip(stemmed, links) for i, j in ls)
        limit = max(max_share * len(stemmed), 10)
        scored = [(a, x, 2 * c / (src_df[a] + tgt_df[x])) for (a, x), c in together.items()
                  if c >= min_count and src_df[a] <= limit and tgt_df[x] <= limit]
        chosen = sorted((a, x, together[a, x], src_df[a], tgt_df[x])
                        for a, x in mutual_best(t for t in scored if t[2] >= min_dice))
        return LearnedLexicon((src_lang, tgt_lang), tuple(chosen), len(stemmed))

    return learn


def cpu() -> float:
    """CPU seconds of this process and its finished children."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def timed(learner, spent: list[float]):
    def run(*args, **kwargs):
        start = cpu()
        try:
            return learner(*args, **kwargs)
        finally:
            spent[0] += cpu() - start
    return run


def development_pairs(dev) -> list:
    """The (Russian stems, English stems) pairs the default aligner learns from on ``dev``."""
    seen = []

    def capture(pairs, *args, **kwargs):
        seen.append(list(pairs))
        return learn_from_stems(seen[-1], *args, **kwargs)

    with mock.patch("tmtool.align.anchored.learn_from_stems", capture):
        AnchorAligner("ru", "en").solve_many([d for d, _ in dev])
    return seen[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="WMT ru–en documents to use (default: all)")
    ap.add_argument("--runs", type=int, default=3, help="eflomal runs on the same pairs, to see how they agree")
    args = ap.parse_args()
    print(f"eflomal {metadata.version('eflomal')}; "
          f"iterations {ITERATIONS}; 3 samplers; links: intersection of both directions")
    sets = b.trust_sets(b.segmenter(), args.limit)
    names = list(sets)
    dev, held = sets[names[0]], sets[names[1]]
    print(f"fit on {names[0]} ({len(dev)}), measured on {names[1]} ({len(held)})\n")

    learners = [("Dice (tmtool's default)", learn_from_stems),
                ("eflomal, model 3 (IBM1+HMM+fertility, its default)", eflomal_learner(3)),
                ("eflomal, model 1 (IBM1 only)", eflomal_learner(1))]
    pairs = development_pairs(dev)  # before any refit: the shipped confidence model picks them
    print(f"## On the {len(pairs)} confident sentence pairs of the development half\n")
    lexicons = {}
    for label, learn in learners:
        runs, seconds = [], []
        for _ in range(args.runs):
            start = cpu()
            runs.append(learn(pairs, "ru", "en"))
            seconds.append(cpu() - start)
        first = {p[:2] for p in runs[0].pairs}
        lexicons[label] = first
        agree = [len(first & {p[:2] for p in r.pairs}) / max(1, len(first | {p[:2] for p in r.pairs}))
                 for r in runs[1:]]
        print(f"### {label}\n\npairs learned: {', '.join(str(len(r)) for r in runs)} in {args.runs} runs; "
              f"CPU s: {', '.join(f'{s:.2f}' for s in seconds)}; pair sets of runs 2.. vs run 1 "
              f"(shared / union): {', '.join(f'{a:.1%}' for a in agree) or '-'}\n")
        sample = random.Random(0).sample(runs[0].pairs, min(40, len(runs[0])))
        print("sample of 40 (seed 0), stem ↔ stem (links or co-occurrences, df ru, df en):")
        print("\n".join(f"    {a} ↔ {x} ({c}, {da}, {dx})" for a, x, c, da, dx in sample) + "\n")
    dice = lexicons[learners[0][0]]
    for label, _ in learners[1:]:
        print(f"{label}: {len(lexicons[label] & dice)} of its {len(lexicons[label])} pairs also in Dice's {len(dice)}")

    print("\n## Held out: refitted models, every perturbation pooled\n")
    print("| learner | threshold | exported | confident wrong | right held back | strict F1 (as they are) | "
          "wrong per perturbation | CPU s learning (fit + held out) |")
    print("|---|---|---|---|---|---|---|---|")
    no_learning = {"components": tuple(c for c in DEFAULT_COMPONENTS if c != "learned")}
    rows = []
    for label, learn, options in [*((label, learn, {}) for label, learn in learners),
                                  ("none (no learned lexicon; for reference)", learn_from_stems, no_learning)]:
        spent = [0.0]
        with mock.patch("tmtool.align.anchored.learn_from_stems", timed(learn, spent)):
            threshold = b.fit_models(dev, options)["review_threshold"]
            totals, per_kind, f1 = [0, 0, 0, 0], [], 0.0
            for kind, suite, _ in b.perturbed_suites(held):
                aligned = get_aligner("anchors", src_lang="ru", tgt_lang="en", **options).align_many(
                    [d for d, _ in suite])
                t = trust(suite, aligned.beads, threshold)
                totals = [x + y for x, y in zip(totals, (t.exported, t.wrong, t.right, t.held_right))]
                per_kind.append(f"{kind} {t.wrong_share:.2%}")
                f1 = t.f1_strict if kind == "none" else f1
        rows.append((label, threshold, totals, f1))
        print(f"| {label} | {threshold} | {totals[0]} | {totals[1]} ({totals[1] / totals[0]:.2%}) | "
              f"{totals[3]} ({totals[3] / totals[2]:.2%}) | {f1:.3f} | {', '.join(per_kind)} | {spent[0]:.1f} |",
              flush=True)

    print("\n## Summary\n")
    print(" ".join(f"{label}: threshold {th}, {tot[0]} link beads exported, {tot[1]} of them wrong "
                   f"({tot[1] / tot[0]:.2%}), {tot[3]} right ones held back ({tot[3] / tot[2]:.2%}), "
                   f"strict F1 {f1:.3f}." for label, th, tot, f1 in rows)
          + " Pairs learned on the development half: "
          + ", ".join(f"{label} {len(lexicons[label])}" for label, _ in learners)
          + ". eflomal has no seed, so its rows can move between runs (see the agreement above).")


if __name__ == "__main__":
    main()
