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

With ``--gold wmt-political`` the test is held out: the units are the aligned segments of the
43 WMT documents of ``wmt_political_subset.jsonl`` (shared data, ``TMTOOL_SHARED``; one unit
per segment ``en[i][j]``/``ru[i][j]``, id ``doc_id-i.j``, release = document), the gold is
``tests/data/wmt_political_glossary.tsv`` (annotated without tmtool's output, see
``tests/data/wmt_political/README.md``), and both directions are scored, ru-RU→en-GB first.
``--gold wmt-dev`` scores the same way the second development gold: 23 other WMT news
documents chosen by a keyword rule, ``tests/data/wmt_dev_glossary.tsv`` (``tests/data/wmt_dev/README.md``),
which, like the sample corpus's gold, may be tuned on. ``--gold wmt-dev2``: the third development
gold, the 26 WMT documents with exactly two of those keywords (``tests/data/wmt_dev2/README.md``),
annotated after the first two had been tuned on: a check of what carries to text not yet looked at;
``--gold ntrex-dev``: the fourth, the 22 NTREX documents with at least three of them
(``tests/data/ntrex_dev/README.md``), annotated after the third had been tuned on;
``--gold wmt-dev3`` and ``--gold wmt-dev4``: every third of the 87 WMT documents with exactly
one of them, from the first and from the second (29 each, ``tests/data/wmt_dev3/README.md``,
``tests/data/wmt_dev4/README.md``), annotated after the fourth had been tuned on.

Usage: python benchmarks/terms.py [--corpus corpora] [--gold tests/data/gold_glossary.tsv | wmt-political | wmt-dev | wmt-dev2 | ntrex-dev | wmt-dev3 | wmt-dev4]
                                  [--gold-units] [--no-general] [--show N]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import polib  # noqa: E402

from tmtool.formats import ExportHeader, export_units  # noqa: E402
from tmtool.model import Provenance, Unit  # noqa: E402
from tmtool.pipeline import RunOptions, run_corpus  # noqa: E402
from tmtool.store import Store  # noqa: E402
from tmtool.terms import TermOptions, extract_terms, nominative, normalise  # noqa: E402
from tmtool.terms.general import is_general_word  # noqa: E402
from tmtool.evaluation.terms import (CASES, GoldEntry, category_confusion, gold_units, inflect,  # noqa: E402
                                     pair_verdicts, read_categories, read_gold, read_judgments, score)

#: The WMT golds: name → the folder of its counter (which reads its segments) and its gold TSV,
#: beside which lie its categories (.categories.tsv) and hand judgments (.pairs.tsv).
WMT_GOLDS = {
    "wmt-political": (REPO / "tests" / "data" / "wmt_political", REPO / "tests" / "data" / "wmt_political_glossary.tsv"),
    "wmt-dev": (REPO / "tests" / "data" / "wmt_dev", REPO / "tests" / "data" / "wmt_dev_glossary.tsv"),
    "wmt-dev2": (REPO / "tests" / "data" / "wmt_dev2", REPO / "tests" / "data" / "wmt_dev2_glossary.tsv"),
    "ntrex-dev": (REPO / "tests" / "data" / "ntrex_dev", REPO / "tests" / "data" / "ntrex_dev_glossary.tsv"),
    "wmt-dev3": (REPO / "tests" / "data" / "wmt_dev3", REPO / "tests" / "data" / "wmt_dev3_glossary.tsv"),
    "wmt-dev4": (REPO / "tests" / "data" / "wmt_dev4", REPO / "tests" / "data" / "wmt_dev4_glossary.tsv"),
}
CATEGORIES = ("term", "phrase", "title", "organisation", "name")


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


def category_recall(wanted, missed, category) -> dict[str, tuple[int, int]]:
    """Per gold category: (found, wanted) of the gold entries with freq ≥ 2; ``missed`` holds
    (en, ru) pairs."""
    out = {}
    for cat in CATEGORIES:
        mine = [g for g in wanted if category[(g.source, g.target)] == cat]
        out[cat] = (sum((g.source, g.target) not in missed for g in mine), len(mine))
    return out


def category_rows(label: str, confusion) -> list[str]:
    """Rows of the category table: per gold category, the gold entries found and how many of them
    the glossary puts in that category (the others' categories named)."""
    rows = []
    for cat in CATEGORIES:
        found = {mine: n for (gold, mine), n in confusion.items() if gold == cat}
        total, right = sum(found.values()), found.get(cat, 0)
        others = ", ".join(f"{mine} {n}" for mine, n in sorted(found.items(), key=lambda x: -x[1]) if mine != cat)
        rows.append(f"| {label}{cat} | {total} | {right} ({right / total:.0%}) | {others or '—'} |" if total
                    else f"| {label}{cat} | 0 | — | — |")
    total, right = sum(confusion.values()), sum(n for (gold, mine), n in confusion.items() if gold == mine)
    rows.append(f"| {label}all | {total} | {right} ({right / total:.0%}) | |" if total else f"| {label}all | 0 | — | |")
    return rows


CATEGORY_HEADER = ("\n| gold category | gold entries found | in that category | in another |\n"
                   "|---|---|---|---|")


def canonical_forms(terms) -> tuple[int, int]:
    """Gold Russian terms put into the five oblique cases and brought back by ``nominative``:
    (right, tried)."""
    forms = [(term, inflect(term, case)) for term in terms for case in CASES]
    return sum(normalise(nominative(form)) == normalise(term) for term, form in forms), len(forms)


def show(glossary, result, verdicts, top: int) -> None:
    """The top entries, each marked: + a gold entry, r judged a right pair, x judged a wrong one,
    ? not judged (a pair to judge and add to the gold's ``.pairs.tsv``)."""
    for i, (entry, in_gold, verdict) in enumerate(zip(glossary.entries[:top], result.right, verdicts), 1):
        mark = "+" if in_gold else {True: "r", False: "x", None: "?"}[verdict]
        print(f"{i:3} {mark} {entry.source} ↔ {entry.target}  (freq {entry.freq}, conf {entry.confidence})")


def general_words(glossary, result, english_first: bool, k: int = 50) -> int:
    """Single general-language English words among the top ``k`` that are no gold entry (the
    issue asks for none in the top 50): lower case, wordfreq Zipf ≥ 4.5 (``general.is_general_word``)."""
    english = [e.source if english_first else e.target for e in glossary.entries[:k]]
    return sum(not in_gold and is_general_word(tuple(word.split()), word, "en")
               for word, in_gold in zip(english, result.right))


def pair_precision(verdicts, k: int) -> str:
    """Right pairs among the top ``k`` (gold or judged right), and how many are not judged yet."""
    top = verdicts[:k]
    if not top:
        return "–"
    unjudged = sum(v is None for v in top)
    right = f"{sum(v is True for v in top) / len(top):.2f}"
    return f"{right} ({unjudged} not judged)" if unjudged else right


def wmt_units(data: Path) -> list[Unit]:
    """One unit per aligned segment of a WMT gold's documents: the segments the gold was counted
    on, read by its own counter in ``data`` (which stops with a message when the shared data is
    absent)."""
    spec = importlib.util.spec_from_file_location(f"{data.name}_count_terms", data / "count_terms.py")
    counter = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(counter)
    units = []
    for unit_id, ru, en in counter.read_segments():
        doc = unit_id.rsplit("-", 1)[0]
        prov = Provenance(doc, None, doc, f"{data.name}/{doc}", f"{data.name}/{doc}")
        units.append(Unit(unit_id, en, ru, "en-GB", "ru-RU", prov))
    return units


def wmt(args) -> None:
    """The score on a WMT gold's segments (``WMT_GOLDS``), both directions."""
    data, gold_path = WMT_GOLDS[args.gold]
    gold = read_gold(gold_path)
    category = read_categories(gold_path.with_suffix(".categories.tsv"))
    judgments = read_judgments(gold_path.with_suffix(".pairs.tsv"))
    units = wmt_units(data)
    wanted = [g for g in gold if g.freq >= 2]
    print(f"wordfreq contrast: {'off' if args.no_general else 'on'}")
    print(f"units {len(units)} (aligned segments of {len({u.provenance.release_id for u in units})} documents), "
          f"gold {len(gold)} ({len(wanted)} with freq ≥ 2)")
    rows, by_category, categories, glossaries = [], [], [], {}
    for src, tgt in (("ru-RU", "en-GB"), ("en-GB", "ru-RU")):
        t0 = time.perf_counter()
        glossary = extract_terms(units, src, tgt, TermOptions(general=not args.no_general))
        seconds = time.perf_counter() - t0
        glossaries[src] = (glossary, seconds)
        # the gold is en→ru; for ru→en its sides swap, so that the source side is compared with
        # the entry's source, its variants and forms, as for en→ru
        oriented = gold if src == "en-GB" else [GoldEntry(g.target, g.source, g.freq) for g in gold]
        result = score(glossary, oriented)
        direction = f"{src} → {tgt}"
        verdicts = pair_verdicts(glossary, result, judgments, english_first=src == "en-GB")
        rows.append(f"| {direction} | {len(glossary.entries)} | {result.precision(20):.2f} | "
                    f"{result.precision(50):.2f} | {result.recall:.2f} ({result.found}/{result.wanted}) | "
                    f"{pair_precision(verdicts, 100)} | {general_words(glossary, result, src == 'en-GB')} | "
                    f"{seconds:.2f} |")
        missed = {(g.source, g.target) if src == "en-GB" else (g.target, g.source) for g in result.missed}
        by_category += [f"| {direction} | {cat} | {found}/{total} |"
                        for cat, (found, total) in category_recall(wanted, missed, category).items()]
        oriented_category = {(g.source, g.target): category[(g.source, g.target) if src == "en-GB" else (g.target, g.source)]
                             for g in oriented}
        categories += category_rows(f"{direction}: ", category_confusion(glossary, oriented, oriented_category))
        if args.show:
            print(f"\n{direction}, top {args.show}:")
            show(glossary, result, verdicts, args.show)
        if result.missed:
            print(f"\n{direction}, missed gold entries (freq ≥ 2):",
                  "; ".join(f"{g.source} ↔ {g.target}" for g in result.missed))
    print("\n| direction | entries | P@20 | P@50 | recall (gold freq ≥ 2) | pair precision@100 "
          "| general words in the top 50 | extraction s |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print("\n| direction | category | recall (gold freq ≥ 2) |")
    print("|---|---|---|")
    print("\n".join(by_category))
    print(CATEGORY_HEADER)
    print("\n".join(categories))
    # phrases are verb phrases in the infinitive, not noun phrases: nothing to inflect
    right, tried = canonical_forms({g.target for g in gold if category[(g.source, g.target)] != "phrase"})
    print(f"\ncanonical-form accuracy (gold Russian noun terms, oblique → nominative): {right / tried:.3f} "
          f"({right}/{tried})")
    glossary, seconds = glossaries["en-GB"]
    print()
    print(peer_row(units, glossary, gold, seconds))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO / "corpora"))
    ap.add_argument("--gold", default=str(REPO / "tests" / "data" / "gold_glossary.tsv"),
                    help=f"a gold TSV, or a WMT gold, scored both directions: {', '.join(WMT_GOLDS)} "
                         "(wmt-political held out)")
    ap.add_argument("--gold-units", action="store_true", help="use the gold sentence alignments as units")
    ap.add_argument("--no-general", action="store_true", help="rank without the wordfreq contrast")
    ap.add_argument("--show", type=int, default=0, help="print the top N entries, marked right/wrong")
    args = ap.parse_args()
    if args.gold in WMT_GOLDS:
        wmt(args)
        return

    gold = read_gold(args.gold)
    t0 = time.perf_counter()
    if args.gold_units:
        units = gold_units(REPO / "tests" / "data" / "gold")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            run_corpus(args.corpus, tmp, RunOptions(src_lang="en-GB", tgt_lang="ru-RU", formats=(),
                                                    include_unsure=True))
            with Store.open(Path(tmp) / "tmtool.db", create=False) as tm:
                units = list(tm.units("en-GB", "ru-RU", include_unsure=True))
    t1 = time.perf_counter()
    glossary = extract_terms(units, "en-GB", "ru-RU", TermOptions(general=not args.no_general))
    t2 = time.perf_counter()
    result = score(glossary, gold)

    verdicts = pair_verdicts(glossary, result, read_judgments(Path(args.gold).with_suffix(".pairs.tsv")))
    if args.show:
        show(glossary, result, verdicts, args.show)
        print()

    category = read_categories(Path(args.gold).with_suffix(".categories.tsv"))
    # phrases are verb phrases in the infinitive and prepositional formulas: nothing to inflect
    right_forms, n_forms = canonical_forms({g.target for g in gold if category[(g.source, g.target)] != "phrase"})
    t3 = time.perf_counter()

    print(f"wordfreq contrast: {'off' if args.no_general else 'on'}")
    print(f"units {len(units)}, entries {len(glossary.entries)}, gold {len(gold)} "
          f"({sum(g.freq >= 2 for g in gold)} with freq ≥ 2)")
    print("| measure | value |")
    print("|---|---|")
    print(f"| precision@20 | {result.precision(20):.2f} |")
    print(f"| precision@50 | {result.precision(50):.2f} |")
    print(f"| precision@100 | {result.precision(100):.2f} |")
    print(f"| recall (gold freq ≥ 2) | {result.recall:.2f} ({result.found}/{result.wanted}) |")
    print(f"| pair precision@100 (gold or judged right) | {pair_precision(verdicts, 100)} |")
    print(f"| single general-language words in the top 50, not gold | {general_words(glossary, result, True)} |")
    print(f"| canonical-form accuracy (oblique → nominative) | {right_forms / n_forms:.3f} "
          f"({right_forms}/{n_forms}) |")
    print(f"| pipeline time | {t1 - t0:.2f} s |")
    print(f"| extraction time | {t2 - t1:.2f} s |")
    print(f"| canonicalisation time ({n_forms} forms) | {t3 - t2:.2f} s |")
    print("\n| category | recall (gold freq ≥ 2) |")
    print("|---|---|")
    missed = {(g.source, g.target) for g in result.missed}
    for cat, (found, total) in category_recall([g for g in gold if g.freq >= 2], missed, category).items():
        print(f"| {cat} | {found}/{total} |")
    print(CATEGORY_HEADER)
    print("\n".join(category_rows("", category_confusion(glossary, gold, category))))
    print()
    print(peer_row(units, glossary, gold, t2 - t1))
    if result.missed:
        print("\nmissed gold entries:", "; ".join(f"{g.source} ↔ {g.target}" for g in result.missed))


if __name__ == "__main__":
    main()
