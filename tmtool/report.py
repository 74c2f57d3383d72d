"""The run report: what a run read, paired, aligned, exported and skipped, and why (``OUT/<corpus>.report.json``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from tmtool import __version__
from tmtool.ingest import Skip
from tmtool.model import Release
from tmtool.pair import Orphan
from tmtool.store import EditsAtSave, ReleaseStats
from tmtool.terms import Glossary


@dataclass(frozen=True, slots=True)
class Document:
    """A release file the run read, as the report tells of it: its text is not held (an
    archive's pages would be the run's largest holding; the store keeps the pairs' sentences)."""

    path: str
    lang: str
    release_id: str | None
    reader: str
    encoding: str
    date: dt.date | None
    languages: tuple[str, ...]
    paragraphs: int

    @classmethod
    def of(cls, release: Release) -> Document:
        return cls(release.path, release.lang, release.release_id, release.reader, release.encoding, release.date,
                   release.languages, len(release.paragraphs))


@dataclass(frozen=True, slots=True)
class PairSummary:
    """What the report says of one pair (``tmtool.pair``'s ``ReleasePair`` without the releases'
    text), with what the store holds of it: aligned now or reused."""

    pair_id: str
    src: Document
    tgt: Document
    method: str  # "id" or "content"
    score: float
    reason: str
    status: str  # "aligned" or "reused"
    stats: ReleaseStats


@dataclass(slots=True)
class RunReport:
    """What a run did (``run_corpus``, ``tmtool.run``): the documents read and the files skipped,
    the releases left out of every pair, each pair's summary, how many units there are (all, held
    for review, exported: the store holds them), where each output was written and which were kept
    as an earlier run wrote them (nothing they are written from changed), the glossary and the
    aligner's doubts. Filled stage by stage while the run goes."""

    corpus: str
    signature: str
    documents: list[Document] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    pairs: list[PairSummary] = field(default_factory=list)
    units: int = 0  # the units of the run's pairs, unsure ones included (the store holds them)
    exported: int = 0  # the units the translation-memory files got
    outputs: dict[str, str] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # outputs (keys of ``outputs``) left as they were
    export_stats: dict[str, dict[str, int]] = field(default_factory=dict)
    glossary: Glossary | None = None
    held_for_review: int = 0  # unsure units left out of the exports
    warnings: list[str] = field(default_factory=list)  # the aligner's doubts about whole documents
    edits: list[EditsAtSave] = field(default_factory=list)  # reviewers' edits of re-aligned pairs: kept or dropped
    created: str = ""

    @property
    def aligned(self) -> int:
        return sum(p.status == "aligned" for p in self.pairs)

    @property
    def reused(self) -> int:
        return sum(p.status == "reused" for p in self.pairs)

    def nothing_exported(self, review_threshold: float) -> str | None:
        """Why translation-memory files were written without a unit although there were pairs
        (a run that exits 0 must have done what was asked), or None."""
        if not self.pairs or not self.export_stats or any(s["units"] for s in self.export_stats.values()):
            return None
        if self.units and self.held_for_review == self.units:
            return (f"all {self.units} units of the {len(self.pairs)} pairs were held for review (confidence "
                    f"below {review_threshold}); --include-unsure or a lower --review-threshold exports them")
        if not self.units:
            return f"the {len(self.pairs)} pairs gave no unit: no sentence of one side was aligned with the other"
        return f"none of the {self.exported} units had text left on both sides after cleaning"


def display_path(path: str, corpus: Path) -> str:
    """A path as the report shows it: relative to the corpus folder's parent, with '/'."""
    prefix = str(corpus) + os.sep
    if path.startswith(prefix) and corpus.name not in ("", ".."):
        # A file found under the corpus: its name and the rest, without relpath's work (most of
        # the report's time on a re-run that changed nothing).
        return "/".join((corpus.name, *path[len(prefix):].split(os.sep)))
    return Path(os.path.relpath(path, corpus.parent)).as_posix()


def report_json(report: RunReport, corpus: Path) -> dict:
    """The run report as JSON-ready data."""
    return {
        "tmtool": __version__,
        "signature": report.signature,
        "created": report.created,
        "corpus": report.corpus,
        "documents": [
            {"path": display_path(r.path, corpus), "release_id": r.release_id, "lang": r.lang, "reader": r.reader,
             "encoding": r.encoding, "date": r.date.isoformat() if r.date else None,
             "languages": list(r.languages), "paragraphs": r.paragraphs}
            for r in report.documents
        ],
        "pairs": [
            {"pair_id": s.pair_id, "src": display_path(s.src.path, corpus),
             "tgt": display_path(s.tgt.path, corpus), "method": s.method, "score": s.score,
             "reason": s.reason, "status": s.status,
             "sentences": [s.stats.src_sentences, s.stats.tgt_sentences],
             "beads": dict(sorted(s.stats.kinds.items())), "needs_review": s.stats.low,
             "unaligned_beads": s.stats.gaps, "accepted": s.stats.accepted, "rejected": s.stats.rejected,
             "mean_confidence": round(s.stats.mean_score, 3)}
            for s in report.pairs
        ],
        "orphans": [{"path": display_path(o.path, corpus), "lang": o.lang, "release_id": o.release_id,
                     "reason": o.reason} for o in report.orphans],
        "skips": [{"path": display_path(s.path, corpus), "reason": s.reason} for s in report.skips],
        "warnings": report.warnings,
        "reviewer_edits": [{"pair_id": e.pair_key, "kept": e.kept, "edits": list(e.details), "message": e.message()}
                           for e in report.edits],
        "totals": {
            "documents": len(report.documents), "skipped": len(report.skips), "pairs": len(report.pairs),
            "aligned": report.aligned, "reused": report.reused, "orphans": len(report.orphans),
            "units": report.units, "exported": report.exported,
            "held_for_review": report.held_for_review,
            "unaligned_beads": sum(s.stats.gaps for s in report.pairs),
        },
        "outputs": {k: Path(v).name for k, v in report.outputs.items()},
        "unchanged": report.kept,
        "exports": report.export_stats,
        "glossary": {"entries": len(report.glossary), "messages": list(report.glossary.messages),
                     # the terminologist's first check: a term translated more than one way
                     "inconsistencies": [dataclasses.asdict(i) for i in report.glossary.inconsistencies]}
        if report.glossary is not None else None,
    }
