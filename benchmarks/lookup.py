"""Lookup benchmark: a store of synthetic units built from the sample corpus, searched by fuzzy queries.

Data: the units of the sample corpus (``corpora/``, aligned with the default
options, unsure ones included) are varied into ``--units`` synthetic units: a
share of each side's words is replaced by random words of the corpus vocabulary
in that language, numbers by random numbers, and some units get a clause of
another unit appended. They are saved through ``Store.save_pair`` as pairs of
20 one-sentence beads, as a run would save them.

Queries: stored units with one or two words changed or dropped (so the best
match is known to be close), half English, half Russian.

Prints the build time, the store's size, lookup latency (median, p90) for
``tmtool.store.lookup`` (FTS5 candidates + rapidfuzz), for each ``--rare-terms``
value (how many of the query's rarest terms pick candidates), and the first
``--scan-queries`` queries against a full scan with
``rapidfuzz.process.extractOne`` over every unit side of the query's language
(the peer: what a lookup without an index costs), with the ratio of the
medians and how often the lookup's best score is the full scan's.

    python benchmarks/lookup.py [--units 1000000] [--queries 200] [--scan-queries 20] [--rare-terms 4,5,6]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, process  # noqa: E402

from tmtool.model import Bead, Paragraph, Provenance, Release, ReleasePair, Segment, Unit  # noqa: E402
from tmtool.pipeline import RunOptions, run_corpus  # noqa: E402
from tmtool.store import Store, lookup, search  # noqa: E402
from tmtool.store.words import words  # noqa: E402

PER_PAIR = 20
DEFAULT_RARE_TERMS = search.RAREST_TERMS


def corpus_units(corpus: Path) -> list[Unit]:
    with tempfile.TemporaryDirectory() as out:
        run_corpus(corpus, out, RunOptions(include_unsure=True))
        with Store.open(Path(out) / "tmtool.db", create=False) as tm:
            return [u for u in tm.units("ru-RU", "en-GB", include_unsure=True) if u.kind == "body"]


def vocabulary(texts: list[str]) -> list[str]:
    return sorted({t[s:e] for t in texts for s, e in words(t) if not t[s:e].isdigit()})


def vary(text: str, vocab: list[str], rng: random.Random, share: float) -> str:
    out = []
    for word in text.split():
        if any(c.isdigit() for c in word):
            out.append(str(rng.randrange(1, 3000)))
        elif rng.random() < share:
            out.append(rng.choice(vocab))
        else:
            out.append(word)
    return " ".join(out)


def synthetic(base: list[Unit], n: int, rng: random.Random):
    """``n`` (source, target) pairs varied from ``base``."""
    src_vocab = vocabulary([u.source for u in base])
    tgt_vocab = vocabulary([u.target for u in base])
    for _ in range(n):
        unit = rng.choice(base)
        src, tgt = vary(unit.source, src_vocab, rng, 0.3), vary(unit.target, tgt_vocab, rng, 0.3)
        if rng.random() < 0.2:
            other = rng.choice(base)
            src, tgt = f"{src} {other.source}", f"{tgt} {other.target}"
        yield src, tgt


def _release(key: str, lang: str, texts: list[str]) -> Release:
    paragraphs, start = [], 0
    for i, text in enumerate(texts):
        paragraphs.append(Paragraph(i, text, text, start))
        start += len(text) + 1
    return Release(f"{key}.{lang}.txt", lang, texts[0], tuple(paragraphs), release_id=key, date=dt.date(2018, 1, 1))


def build(store: Store, texts: list[tuple[str, str]]) -> None:
    for p in range(0, len(texts), PER_PAIR):
        key = f"s{p // PER_PAIR}"
        chunk = texts[p:p + PER_PAIR]
        src = _release(key, "en-GB", [s for s, _ in chunk])
        tgt = _release(key, "ru-RU", [t for _, t in chunk])
        provenance = Provenance(key, src.date, src.title, src.path, tgt.path)
        segs = lambda side: [Segment(t, 0, len(t), i) for i, t in enumerate(side)]  # noqa: E731
        beads = [Bead((i,), (i,), 0.9) for i in range(len(chunk))]
        units = [Unit(f"{key}-{i}", s, t, "en-GB", "ru-RU", provenance, paragraph=i - 1, score=0.9)
                 for i, (s, t) in enumerate(chunk, 1)]
        store.save_pair(ReleasePair(key, src, tgt, "id", 1.0, "synthetic"), segs([s for s, _ in chunk]),
                        segs([t for _, t in chunk]), beads, units, "benchmark", provenance)


def query_of(text: str, rng: random.Random) -> str:
    tokens = text.split()
    for _ in range(rng.choice((1, 2))):
        i = rng.randrange(len(tokens))
        if rng.random() < 0.5 and len(tokens) > 3:
            del tokens[i]
        else:
            tokens[i] = tokens[i][::-1]
    return " ".join(tokens)


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--scan-queries", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpora")
    parser.add_argument("--store", type=Path, help="keep the store here (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rare-terms", type=lambda v: [int(n) for n in v.split(",")], default=[DEFAULT_RARE_TERMS],
                        help="comma-separated values of tmtool.store.search.RAREST_TERMS to compare")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    base = corpus_units(args.corpus)
    texts = list(synthetic(base, args.units, rng))
    print(f"base units from {args.corpus.name}: {len(base)}; synthetic units: {len(texts):,}")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "bench.db"
        path.unlink(missing_ok=True)
        with Store.open(path) as store:
            _, build_ms = timed(build, store, texts)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size = path.stat().st_size
            print(f"build: {build_ms / 1000:.1f} s ({len(texts) / (build_ms / 1000):,.0f} units/s), "
                  f"store {size / 2**20:.0f} MiB")

            picks = [rng.randrange(len(texts)) for _ in range(args.queries)]
            queries = [(query_of(texts[i][n % 2], rng), ("en-GB", "ru-RU")[n % 2]) for n, i in enumerate(picks)]
            _, first_ms = timed(lookup, store, *queries[0])  # loads pymorphy3 and warms the page cache
            sides = {lang: [t[k] for t in texts] for k, lang in enumerate(("en-GB", "ru-RU"))}
            scanned = [timed(process.extractOne, q, sides[lang], scorer=fuzz.ratio)
                       for q, lang in queries[:args.scan_queries]]
            rows = []
            for rare in args.rare_terms:
                search.RAREST_TERMS = rare
                results = [timed(lookup, store, q, lang, min_score=70, limit=10) for q, lang in queries]
                agree = sum(bool(matches) and matches[0].score == round(best[1], 1)
                            for (matches, _), (best, _) in zip(results, scanned))
                rows.append((rare, [ms for _, ms in results], sum(1 for m, _ in results if m), agree))

    scans = [ms for _, ms in scanned]
    scan_median = statistics.median(scans)
    print(f"first lookup: {first_ms:.0f} ms")
    print("| method | queries | median ms | p90 ms | found ≥70 | best = full scan's | full scan / lookup |")
    print("|---|---|---|---|---|---|---|")
    for rare, latencies, found, agree in rows:
        median = statistics.median(latencies)
        default = " (default)" if rare == DEFAULT_RARE_TERMS else ""
        print(f"| tmtool lookup, {rare} rare terms{default} | {len(latencies)} | {median:.1f} "
              f"| {_p90(latencies):.1f} | {found}/{len(latencies)} | {agree}/{len(scans)} "
              f"| {scan_median / median:.1f}× |")
    print(f"| full scan (rapidfuzz extractOne) | {len(scans)} | {scan_median:.1f} | {_p90(scans):.1f} | – | – | 1× |")


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]

if __name__ == "__main__":
    main()
