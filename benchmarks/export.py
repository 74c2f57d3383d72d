"""Export benchmark: time and peak memory of writing N units in each format, against peers.

Units are synthetic and all distinct (the worst case for duplicate merging): a source
of ~110 characters and a target of ~130, with provenance, generated lazily so the
input itself takes no memory. Each measurement runs in a fresh child process and
reports its peak resident set (``ru_maxrss``), minus that of a child that imports
everything and writes nothing — so the figure is what the export itself added.

Streaming is shown by the sizes: if memory did not grow with the units, the 1,000,000
row needs no more than the 10,000 row. Merging duplicates keeps 16 bytes per unit
(two sorted 64-bit digest arrays), so with merging on the figure grows by ~16 MB per
million; ``--no-merge`` rows show the writers alone.

Peers, at ``--peer-size`` units (they build the whole file in memory):
translate-toolkit's ``tmxfile``, ``xlifffile`` and ``pofile``, and polib's ``POFile``.

``--omegat`` instead counts what a CAT tool gets from the TMX of ``corpora/``: OmegaT 3.6
(``$TMTOOL_SHARED/tools/omegat_roundtrip.sh``) pre-translates a document made of every English
release (title and body paragraphs), with and without ``--include-unsure`` and the re-cut
along OmegaT's SRX rules (``tmtool.formats.cat.fit_units``).

``--read`` measures import instead: ``read_units`` on a file of N units that tmtool wrote, and
translate-toolkit reading the same file at ``--peer-size``.

    python benchmarks/export.py [--sizes 10000,100000,1000000] [--peer-size 100000]
    python benchmarks/export.py --read
    python benchmarks/export.py --omegat
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FORMATS = ("tmx", "xliff", "xliff2", "po")
WORDS = ("ministers", "agreed", "continue", "efforts", "situation", "ceasefire", "Minsk", "Package",
         "Measures", "Normandy", "format", "dialogue", "Syria", "Astana", "Geneva", "talks")
СЛОВА = ("министры", "договорились", "продолжить", "усилия", "ситуация", "прекращение", "огня",
         "Минских", "соглашений", "нормандской", "четвёрки", "диалог", "Сирии", "Астане", "Женеве")


def units(n: int):
    from tmtool.model import Provenance, Unit

    prov = None
    for i in range(n):
        release = i // 40
        if i % 40 == 0:  # a release's units share its provenance, as the pipeline's do
            prov = Provenance(f"{2600000 + release}", dt.date(2017, 1, 1) + dt.timedelta(days=release % 700),
                              f"Press release number {release} on talks", "en.txt", "ru.txt",
                              f"https://example.org/{release}")
        words = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(12))
        слова = " ".join(СЛОВА[(i * 5 + k) % len(СЛОВА)] for k in range(12))
        yield Unit(f"{prov.release_id}-{i % 40}", f"Sentence {i}: the {words} & <more>.",
                   f"Предложение {i}: {слова} & <ещё>.", "en-GB", "ru-RU", prov, paragraph=i % 40 // 5,
                   score=0.5 + (i % 50) / 100)


def child(tool: str, fmt: str, n: int, merge: bool, out: str) -> dict:
    """One measurement in this process (called in a fresh child)."""
    from tmtool.formats import ExportHeader, export_units

    header = ExportHeader("en-GB", "ru-RU")
    start = time.perf_counter()
    if tool == "tmtool":
        export_units(units(n), out, fmt, header, merge_duplicates=merge)
    elif tool.endswith(" read"):
        count = IMPORTERS[tool](fmt, out)
        assert count == n, (count, n)
    else:
        PEERS[(tool, fmt)](units(n), out)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "bytes": os.path.getsize(out) if n else 0}


def _tmtool_read(fmt, path) -> int:
    from tmtool.formats import read_units

    return sum(1 for _ in read_units(path))


def _ttk_read(fmt, path) -> int:
    from translate.storage import factory, xliff2

    store = xliff2.Xliff2File.parsefile(path) if fmt == "xliff2" else factory.getobject(path)
    return sum(1 for u in store.units if not u.isheader())


IMPORTERS = {"tmtool read": _tmtool_read, "translate-toolkit read": _ttk_read}


def _ttk_tmx(us, out):
    from translate.storage import tmx

    store = tmx.tmxfile(sourcelanguage="en-GB", targetlanguage="ru-RU")
    for u in us:
        store.addtranslation(u.source, "en-GB", u.target, "ru-RU")
    store.savefile(out)


def _ttk_xliff(us, out):
    from translate.storage import xliff

    store = xliff.xlifffile(sourcelanguage="en-GB", targetlanguage="ru-RU")
    for u in us:
        store.addsourceunit(u.source).target = u.target
    store.savefile(out)


def _ttk_po(us, out):
    from translate.storage import po

    store = po.pofile()
    for u in us:
        unit = store.addsourceunit(u.source)
        unit.target = u.target
        unit.setcontext(u.unit_id + str(id(unit)))
    store.savefile(out)


def _polib_po(us, out):
    import polib

    catalog = polib.POFile()
    for n, u in enumerate(us):
        catalog.append(polib.POEntry(msgctxt=f"{u.unit_id}/{n}", msgid=u.source, msgstr=u.target))
    catalog.save(out)


PEERS = {("translate-toolkit", "tmx"): _ttk_tmx, ("translate-toolkit", "xliff"): _ttk_xliff,
         ("translate-toolkit", "po"): _ttk_po, ("polib", "po"): _polib_po}


def run_child(tool: str, fmt: str, n: int, merge: bool, out: str) -> dict:
    cmd = [sys.executable, __file__, "--child", tool, fmt, str(n), "1" if merge else "0", out]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def measure(tool: str, fmt: str, n: int, merge: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        return run_child(tool, fmt, n, merge, os.path.join(tmp, f"out.{fmt}"))


def measure_read(readers: list[str], fmt: str, n: int) -> dict[str, dict]:
    """Each reader reading the same file of ``n`` units that tmtool wrote (not timed)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"in.{fmt}")
        run_child("tmtool", fmt, n, False, path)
        return {reader: run_child(reader, fmt, n, False, path) for reader in readers}


def omegat_coverage() -> None:
    from tmtool.formats import ExportHeader, export_units, fit_units, item_texts, srx_split
    from tmtool.ingest import read_release
    from tmtool.pipeline import RunOptions, run_corpus
    from tmtool.store import Store

    shared = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
    split = srx_split(str(shared / "srx" / "omegat-3.6.0-default.srx"), "en-GB")
    print("| --include-unsure | re-cut for OmegaT | units | OmegaT segments | untranslated |")
    print("|---|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for unsure in (False, True):
            report = run_corpus(REPO / "corpora", tmp / "run", RunOptions(include_unsure=unsure, glossaries=()))
            releases = [read_release(s.src.path) for s in report.pairs]  # the report holds no page's text
            paragraphs = [p for r in releases for p in (r.title, *(x.text for x in r.paragraphs))]
            document = tmp / "releases.txt"
            document.write_text("\n\n".join(paragraphs) + "\n", "utf-8")
            for fit in (False, True):
                with Store.open(tmp / "run" / "tmtool.db", create=False) as tm:
                    exported = list(item_texts(tm.units("ru-RU", "en-GB", include_unsure=unsure)))
                units = list(fit_units(exported, split)) if fit else exported
                export_units(units, tmp / "tm.tmx", "tmx", ExportHeader("en-GB", "ru-RU"))
                done = subprocess.run(["bash", str(shared / "tools" / "omegat_roundtrip.sh"), str(tmp / "tm.tmx"),
                                       str(document)], capture_output=True, text=True)
                total, untranslated = re.search(r"segments total=(\d+) untranslated=(\d+)", done.stderr).groups()
                print(f"| {'yes' if unsure else 'no'} | {'yes' if fit else 'no'} | {len(units)} | {total} | "
                      f"{untranslated} |", flush=True)


def read_table(formats: list[str], sizes: list[int], peer_size: int, base: float) -> None:
    print(f"baseline (interpreter + imports): {base:.0f} MB peak RSS; rows show peak minus baseline\n")
    print("| tool | format | units | seconds | units/s | peak MB above baseline |")
    print("|---|---|---:|---:|---:|---:|")
    for fmt in formats:
        for n in sorted(set(sizes) | {peer_size}):
            readers = ["tmtool read"] + (["translate-toolkit read"] if n == peer_size else [])
            for reader, r in measure_read(readers, fmt, n).items():
                print(f"| {reader.removesuffix(' read')} | {fmt} | {n:,} | {r['seconds']:.1f} | "
                      f"{n / r['seconds']:,.0f} | {r['peak_mb'] - base:.0f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--peer-size", type=int, default=100000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--omegat", action="store_true", help="count OmegaT's pre-translation of corpora/")
    parser.add_argument("--read", action="store_true", help="measure import (read_units) instead of export")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.omegat:
        omegat_coverage()
        return
    if args.child:
        tool, fmt, n, merge, out = args.child
        print(json.dumps(child(tool, fmt, int(n), merge == "1", out)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    formats = args.formats.split(",")
    base = measure("tmtool", "tmx", 0)["peak_mb"]
    if args.read:
        read_table(formats, sizes, args.peer_size, base)
        return
    print(f"baseline (interpreter + imports): {base:.0f} MB peak RSS; rows show peak minus baseline\n")
    print("| tool | format | merge | units | seconds | units/s | peak MB above baseline | file MB |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    ours: dict[tuple[str, int], dict] = {}
    for fmt in formats:
        for n in sizes:
            for merge in (True, False) if fmt == "tmx" else (True,):
                r = measure("tmtool", fmt, n, merge)
                if merge:
                    ours[(fmt, n)] = r
                print(f"| tmtool | {fmt} | {'yes' if merge else 'no'} | {n:,} | {r['seconds']:.1f} | "
                      f"{n / r['seconds']:,.0f} | {r['peak_mb'] - base:.0f} | {r['bytes'] / 1e6:.0f} |", flush=True)
    print(f"\nPeers at {args.peer_size:,} units (ratio = peer / tmtool at the same size):\n")
    print("| tool | format | seconds | peak MB above baseline | time ratio | memory ratio |")
    print("|---|---|---:|---:|---:|---:|")
    n = args.peer_size
    for (tool, fmt) in PEERS:
        if fmt not in formats:
            continue
        mine = ours.get((fmt, n)) or measure("tmtool", fmt, n)
        r = measure(tool, fmt, n)
        mem_mine = max(mine["peak_mb"] - base, 1)
        print(f"| {tool} | {fmt} | {r['seconds']:.1f} | {r['peak_mb'] - base:.0f} | "
              f"{r['seconds'] / mine['seconds']:.2f} | {(r['peak_mb'] - base) / mem_mine:.1f} |", flush=True)


if __name__ == "__main__":
    main()
