"""The whole job on a folder of saved pages: ingest → pair → segment → align → units → export.

``run_corpus`` is what ``tmtool run`` calls. Bad files never stop a run: each
is recorded as a skip with its reason, and the report accounts for every
sentence (written, held back for review, or left unaligned).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tmtool import __version__
from tmtool.align import AlignDoc, get_aligner
from tmtool.atomic import atomic_output
from tmtool.errors import InputError
from tmtool.formats import ExportHeader, fit_units, get_exporter, srx_split
from tmtool.formats.base import FORMATS
from tmtool.ingest import SUFFIXES, read_release
from tmtool.model import Bead, Provenance, Release, ReleasePair, Segment, Unit
from tmtool.pair import Pairing, pair_releases
from tmtool.segment import Segmenter, get_segmenter
from tmtool.terms import GLOSSARY_FORMATS, Glossary, extract_terms, write_glossary

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class RunOptions:
    src_lang: str = "en-GB"
    tgt_lang: str = "ru-RU"
    segmenter: str = "srx"
    srx: str | None = None
    aligner: str = "gale-church"
    formats: tuple[str, ...] = ("tmx",)
    glossaries: tuple[str, ...] = ("tbx",)
    review_threshold: float = 0.5
    include_unsure: bool = False
    cat_srx: str | None = None  # re-cut the exported units along a CAT tool's own SRX rules

    def make_segmenter(self) -> Segmenter:
        return get_segmenter(self.segmenter, **({"srx_path": self.srx} if self.srx else {}))


@dataclass(frozen=True, slots=True)
class Skip:
    path: str
    reason: str


@dataclass(slots=True)
class PairResult:
    pair: ReleasePair
    src_sentences: int
    tgt_sentences: int
    beads: Counter
    units: list[Unit]
    held_for_review: int = 0
    unaligned_src: int = 0
    unaligned_tgt: int = 0


@dataclass(slots=True)
class RunReport:
    corpus: str
    signature: str
    releases: list[Release] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    pairing: Pairing | None = None
    results: list[PairResult] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    export_stats: dict[str, dict[str, int]] = field(default_factory=dict)
    glossary: Glossary | None = None
    created: str = ""

    @property
    def units(self) -> list[Unit]:
        """Every aligned unit, those that need review included."""
        return [u for r in self.results for u in r.units]

    def exported_units(self, options: RunOptions) -> list[Unit]:
        units = [u for u in self.units if options.include_unsure or not u.needs_review]
        if options.cat_srx:
            units = list(fit_units(units, srx_split(options.cat_srx, options.src_lang)))
        return units


def discover(corpus: Path) -> list[Path]:
    """Release files under ``corpus``, in a stable order."""
    if not corpus.is_dir():
        raise InputError(corpus, "not a folder")
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def ingest(paths: Sequence[Path], progress: Progress | None = None) -> tuple[list[Release], list[Skip]]:
    """Read every file; one that cannot be read becomes a skip with its reason."""
    releases, skips = [], []
    for n, path in enumerate(paths, 1):
        try:
            releases.append(read_release(path))
        except InputError as exc:
            skips.append(Skip(str(path), exc.problem))
        if progress:
            progress("ingest", n, len(paths))
    return releases, skips


def segment_release(release: Release, segmenter: Segmenter) -> list[Segment]:
    """Sentences of the body, paragraph by paragraph (a paragraph boundary is always a break)."""
    out = []
    for para in release.paragraphs:
        for seg in segmenter.split(para.text, release.lang):
            out.append(Segment(seg.text, seg.start, seg.end, para.index))
    return out


def _signature(options: RunOptions, segmenter: Segmenter, aligner) -> str:
    return "|".join([
        f"tmtool:{__version__}", f"src:{options.src_lang}", f"tgt:{options.tgt_lang}",
        f"seg:{segmenter.signature()}", f"align:{aligner.signature()}",
        f"review:{options.review_threshold}", f"unsure:{'yes' if options.include_unsure else 'no'}",
        *([f"cat-srx:{Path(options.cat_srx).name}"] if options.cat_srx else []),
    ])


def _units(pair: ReleasePair, src: list[Segment], tgt: list[Segment], beads: list[Bead],
           options: RunOptions, provenance: Provenance) -> PairResult:
    result = PairResult(pair, len(src), len(tgt), Counter(b.kind for b in beads), [])
    # The two titles are one unit however differently they are phrased: structure, not text.
    if pair.src.title and pair.tgt.title:
        result.units.append(Unit(f"{pair.pair_id}-0", pair.src.title, pair.tgt.title, pair.src.lang,
                                 pair.tgt.lang, provenance, kind="title", bead="title"))
    for n, bead in enumerate(beads, 1):
        if not bead.src or not bead.tgt:
            result.unaligned_src += len(bead.src)
            result.unaligned_tgt += len(bead.tgt)
            continue
        unsure = bead.score < options.review_threshold
        if unsure and not options.include_unsure:
            result.held_for_review += 1
        result.units.append(Unit(
            unit_id=f"{pair.pair_id}-{n}",
            source=" ".join(src[i].text for i in bead.src),
            target=" ".join(tgt[j].text for j in bead.tgt),
            src_lang=pair.src.lang, tgt_lang=pair.tgt.lang, provenance=provenance,
            kind="body", paragraph=src[bead.src[0]].paragraph, bead=bead.kind, score=round(bead.score, 3),
            needs_review=unsure, notes=("needs review: low alignment confidence",) if unsure else (),
        ))
    return result


def run_corpus(corpus: str | Path, out: str | Path, options: RunOptions = RunOptions(),
               progress: Progress | None = None) -> RunReport:
    """Run the whole job on ``corpus`` and write ``OUT/<corpus>.<ext>`` and ``OUT/<corpus>.report.json``."""
    corpus, out = Path(corpus), Path(out)
    # An unknown format fails before any work is done.
    for fmt in options.formats:
        FORMATS.get(fmt)
    for fmt in options.glossaries:
        GLOSSARY_FORMATS.get(fmt)
    segmenter = options.make_segmenter()
    aligner = get_aligner(options.aligner, src_lang=options.src_lang, tgt_lang=options.tgt_lang)
    name = corpus.resolve().name
    report = RunReport(corpus=name, signature=_signature(options, segmenter, aligner),
                       created=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat())
    report.releases, report.skips = ingest(discover(corpus), progress)
    report.pairing = pair_releases(report.releases, options.src_lang, options.tgt_lang)
    pairs = report.pairing.pairs
    segmented = []
    for n, pair in enumerate(pairs, 1):
        segmented.append((segment_release(pair.src, segmenter), segment_release(pair.tgt, segmenter)))
        if progress:
            progress("segment", n, len(pairs))
    docs = [AlignDoc(pair.pair_id, tuple(s.text for s in src), tuple(t.text for t in tgt),
                     tuple(s.paragraph for s in src), tuple(t.paragraph for t in tgt))
            for pair, (src, tgt) in zip(pairs, segmented)]
    all_beads = aligner.align_many(docs)
    for pair, (src, tgt), beads in zip(pairs, segmented, all_beads):
        provenance = Provenance(pair.pair_id, pair.src.date or pair.tgt.date, pair.src.title,
                                _display(pair.src.path, corpus), _display(pair.tgt.path, corpus), pair.src.url)
        report.results.append(_units(pair, src, tgt, beads, options, provenance))
    header = ExportHeader(options.src_lang, options.tgt_lang, report.signature)
    exported = report.exported_units(options) if options.formats else []
    for fmt in options.formats:
        exporter = get_exporter(fmt)
        path = out / f"{name}.{exporter.extension}"
        report.export_stats[fmt] = exporter.write(exported, path, header).as_dict()
        report.outputs[fmt] = str(path)
    if options.glossaries:
        # Units held for review count too: a misaligned unit rarely repeats a wrong term pairing.
        report.glossary = extract_terms(report.units, options.src_lang, options.tgt_lang)
        for fmt in options.glossaries:
            path = out / f"{name}.terms.{GLOSSARY_FORMATS.get(fmt).extension}"
            report.outputs[f"glossary-{fmt}"] = str(write_glossary(report.glossary, path, fmt))
    report_path = out / f"{name}.report.json"
    with atomic_output(report_path, "w", encoding="utf-8") as fh:
        json.dump(report_json(report, corpus), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    report.outputs["report"] = str(report_path)
    return report


def _display(path: str, corpus: Path) -> str:
    """A path as the report shows it: relative to the corpus folder's parent, with '/'."""
    return Path(os.path.relpath(path, corpus.parent)).as_posix()


def report_json(report: RunReport, corpus: Path) -> dict:
    """The run report as JSON-ready data."""
    pairing = report.pairing or Pairing((), ())
    results = report.results
    return {
        "tmtool": __version__,
        "signature": report.signature,
        "created": report.created,
        "corpus": report.corpus,
        "documents": [
            {"path": _display(r.path, corpus), "release_id": r.release_id, "lang": r.lang, "reader": r.reader,
             "encoding": r.encoding, "date": r.date.isoformat() if r.date else None,
             "languages": list(r.languages), "paragraphs": len(r.paragraphs)}
            for r in report.releases
        ],
        "pairs": [
            {"pair_id": res.pair.pair_id, "src": _display(res.pair.src.path, corpus),
             "tgt": _display(res.pair.tgt.path, corpus), "method": res.pair.method, "score": res.pair.score,
             "reason": res.pair.reason, "sentences": [res.src_sentences, res.tgt_sentences],
             "beads": dict(sorted(res.beads.items())), "units": len(res.units),
             "held_for_review": res.held_for_review,
             "unaligned": [res.unaligned_src, res.unaligned_tgt]}
            for res in results
        ],
        "orphans": [{"path": _display(o.path, corpus), "lang": o.lang, "release_id": o.release_id,
                     "reason": o.reason} for o in pairing.orphans],
        "skips": [{"path": _display(s.path, corpus), "reason": s.reason} for s in report.skips],
        "totals": {
            "documents": len(report.releases), "skipped": len(report.skips), "pairs": len(results),
            "orphans": len(pairing.orphans), "units": sum(len(r.units) for r in results),
            "held_for_review": sum(r.held_for_review for r in results),
            "unaligned_src_sentences": sum(r.unaligned_src for r in results),
            "unaligned_tgt_sentences": sum(r.unaligned_tgt for r in results),
        },
        "outputs": {k: Path(v).name for k, v in report.outputs.items()},
        "exports": report.export_stats,
        "glossary": {"entries": len(report.glossary), "messages": list(report.glossary.messages)}
        if report.glossary is not None else None,
    }
