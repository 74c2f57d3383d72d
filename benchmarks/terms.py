#!/usr/bin/env python3
"""Terminology extraction on corpora/ against tests/data/gold_glossary.tsv.

Prints precision@20/@50 of the ranked pairs (a pair is right when both sides match
one gold entry after ``tmtool.terms.normalise``; an entry's variants count, since
exporters write them as synonyms), recall of the gold entries occurring ≥ 2 times,
canonical-form accuracy (gold Russian terms inflected into the five oblique cases
and brought back by ``tmtool.terms.nominative``), and the time of each step.

With ``--gold-units`` the units are the human sentence alignments of
``tests/data/gold/*.align.txt`` instead of the pipeline's, which separates term
extraction errors from alignment errors.

Usage: python benchmarks/terms.py [--corpus corpora] [--gold tests/data/gold_glossary.tsv] [--gold-units]
                                  [--show N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import polib  # noqa: E402

from tmtool.formats import ExportHeader, export_units  # noqa: E402
from tmtool.model import Unit  # noqa: E402
from tmtool.pipeline import RunOptions, run_corpus  # noqa: E402
from tmtool.terms import TermOptions, extract_terms, nominative, normalise  # noqa: E402
from tmtool.terms.evaluate import CASES, gold_units, inflect, read_gold, score  # noqa: E402


def peer_row(units: list[Unit], glossary, gold, our_seconds: float) -> str:
    """translate-toolkit's poterminology on a PO of the same units, in the same run: it
    finds source-language terms and keeps a translation only for whole-message matches.
    Compared on what both produce: English terms matching a gold English term in the top 50."""
    gold_en = {normalise(g.source) for g in gold}
    ours = sum(normalise(e.source) in gold_en for e in glossary.entries[:50]) / max(min(50, len(glossary.entries)), 1)
    with tempfile.TemporaryDirectory() as tmp:
        po, out = Path(tmp) / "units.po", Path(tmp) / "terms.po"
        export_units(units, po, "po", ExportHeader("en-GB", "ru-RU"))
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "translate.tools.poterminology", "--progress=none",
                        "--inputs-needed", "1", "--locs-needed", "1", "-i", str(po), "-o", str(out)],
                       check=True, capture_output=True)
        seconds = time.perf_counter() - t0
        terms = polib.pofile(str(out))
    top = terms[:50]
    theirs = sum(normalise(t.msgid) in gold_en for t in top) / max(len(top), 1)
    paired = sum(bool(t.msgstr) for t in terms)
    return ("| tool | English terms in gold, top 50 | terms | with a translation | seconds |\n|---|---|---|---|---|\n"
            f"| tmtool terms | {ours:.2f} | {len(glossary.entries)} | {len(glossary.entries)} | {our_seconds:.2f} |\n"
            f"| translate-toolkit poterminology | {theirs:.2f} | {len(terms)} | {paired} | {seconds:.2f} "
            f"({seconds / our_seconds:.2f}× tmtool) |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO / "corpora"))
    ap.add_argument("--gold", default=str(REPO / "tests" / "data" / "gold_glossary.tsv"))
    ap.add_argument("--gold-units", action="store_true", help="use the gold sentence alignments as units")
    ap.add_argument("--no-general", action="store_true", help="rank without the wordfreq contrast")
    ap.add_argument("--show", type=int, default=0, help="print the top N entries, marked right/wrong")
    args = ap.parse_args()

    gold = read_gold(args.gold)
    t0 = time.perf_counter()
    if args.gold_units:
        units = gold_units(REPO / "tests" / "data" / "gold")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            units = run_corpus(args.corpus, tmp, RunOptions(src_lang="en-GB", tgt_lang="ru-RU", formats=(),
                                                            include_unsure=True)).units
    t1 = time.perf_counter()
    glossary = extract_terms(units, "en-GB", "ru-RU", TermOptions(general=not args.no_general))
    t2 = time.perf_counter()
    result = score(glossary, gold)

    if args.show:
        for i, entry in enumerate(glossary.entries[: args.show], 1):
            mark = "+" if result.right[i - 1] else "-"
            print(f"{i:3} {mark} {entry.source} ↔ {entry.target}  (freq {entry.freq}, conf {entry.confidence})")
        print()

    forms = [(term, inflect(term, case)) for term in {g.target for g in gold} for case in CASES]
    right_forms = sum(normalise(nominative(form)) == normalise(term) for term, form in forms)
    t3 = time.perf_counter()

    print(f"wordfreq contrast: {'off' if args.no_general else 'on'}")
    print(f"units {len(units)}, entries {len(glossary.entries)}, gold {len(gold)} "
          f"({sum(g.freq >= 2 for g in gold)} with freq ≥ 2)")
    print("| measure | value |")
    print("|---|---|")
    print(f"| precision@20 | {result.precision(20):.2f} |")
    print(f"| precision@50 | {result.precision(50):.2f} |")
    print(f"| recall (gold freq ≥ 2) | {result.recall:.2f} ({result.found}/{result.wanted}) |")
    print(f"| canonical-form accuracy (oblique → nominative) | {right_forms / len(forms):.3f} "
          f"({right_forms}/{len(forms)}) |")
    print(f"| pipeline time | {t1 - t0:.2f} s |")
    print(f"| extraction time | {t2 - t1:.2f} s |")
    print(f"| canonicalisation time ({len(forms)} forms) | {t3 - t2:.2f} s |")
    print()
    print(peer_row(units, glossary, gold, t2 - t1))
    if result.missed:
        print("\nmissed gold entries:", "; ".join(f"{g.source} ↔ {g.target}" for g in result.missed))


if __name__ == "__main__":
    main()
