"""The whole job on a folder of saved pages: ingest → pair → segment → align → store → export / terms.

``run_corpus`` is what ``tmtool run`` calls. A re-run costs what changed: pages
that have not changed since the store read them are not read again, pairs the store
already holds with the same content and options are reused, not re-aligned, and an
output whose content would be what its file holds is kept (``tmtool.outputs``);
every export is read from the store. Bad files never stop a run: each is recorded as a
skip with its reason, and the report accounts for every unit (exported, held back for
review, or an omitted/added sentence).

This module only sequences the stages; each is its package's entry point
(``tmtool.ingest.ingest``, ``tmtool.pair.pair_releases``, ``tmtool.segment.segment_releases``,
``Aligner.align_first`` and ``align_again``, ``tmtool.units.units_of``, the ``Store``, the exporters,
``tmtool.terms.extract_terms``, ``tmtool.report``), and only the two front ends import it:
the CLI and the library face (``tmtool.run``, ``tmtool/__init__.py``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from tmtool import __version__
from tmtool.align import AlignDoc, Aligner, get_aligner
from tmtool.align.base import Problem, doubts
from tmtool.align.confidence import REVIEW_THRESHOLD
from tmtool.align.learn import reading
from tmtool.atomic import atomic_output
from tmtool.errors import FormatError, TmtoolError
from tmtool.formats import ExportHeader, cat_rules, fit_units, get_exporter, item_texts, read_units, srx_split
from tmtool.formats.base import FORMATS
from tmtool.ingest import discover, ingest
from tmtool.jobs import Mapper, Progress, beside, last_use, mapper, read_ahead_bursts
from tmtool.memory import give_back
from tmtool.model import Bead, Provenance, ReleasePair, Segment, Unit
from tmtool.outputs import Output, fingerprint, write_output
from tmtool.pair import pair_releases
from tmtool.report import Document, PairSummary, RunReport, display_path, report_json
from tmtool.segment import Segmenter, get_segmenter, segment_releases
from tmtool.store import (STORE_NAME, EditsAtSave, PairLessons, Store, is_store, pair_hash, release_stats,
                          write_review_html)
from tmtool.terms import GLOSSARY_FORMATS, Glossary, TermOptions, extract_terms, write_glossary
from tmtool.terms import fingerprint as terms_fingerprint
from tmtool.terms.export import xml_safe_glossary
from tmtool.terms.model import glossary_from_json, glossary_to_json
from tmtool.text import SOURCE_LANG, TARGET_LANG, resolve_languages
from tmtool.units import units_of


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How ``run_corpus`` (``tmtool run``, ``tmtool.run``) does the whole job; each field is the
    ``tmtool run`` option of the same name.

    ``src_lang``/``tgt_lang``: BCP 47 tags of the two sides (a bare ``en`` is the corpus's one
    variant of it). ``segmenter``: a name in ``tmtool.segment.SEGMENTERS``, with ``srx`` the
    path of an SRX file for "srx". ``aligner``: a name in ``tmtool.align.ALIGNERS``.
    ``formats``: names in ``tmtool.formats.FORMATS`` to export; ``glossaries``: names in
    ``tmtool.terms.GLOSSARY_FORMATS`` (empty: no glossary), extracted with ``terms``. ``review_threshold``: beads less
    confident than this are held for review, unless ``include_unsure``. ``cat_srx``: an SRX
    file to re-cut the exported units along. ``jobs``/``scheduler``: where the per-pair work runs.
    """

    src_lang: str = SOURCE_LANG
    tgt_lang: str = TARGET_LANG
    segmenter: str = "srx"
    srx: str | None = None
    aligner: str = "anchors"
    formats: tuple[str, ...] = ("tmx",)
    # The ISO TBX for terminology tools, and OmegaT's TSV, which it reads with one entry per
    # concept (OmegaT 3.6 cannot read TBX v3, and makes an entry of every term pair of a TBX 2008).
    glossaries: tuple[str, ...] = ("tbx", "tsv")
    review_threshold: float = REVIEW_THRESHOLD  # below it a bead is held for review (docs/alignment.md)
    include_unsure: bool = False
    # Re-cut the exported units along a CAT tool's default segmentation (a name in
    # tmtool.formats.cat.CAT_PRESETS), or along an SRX file of the user's; not both.
    cat: str | None = None
    cat_srx: str | None = None
    # Where the per-pair work runs (``tmtool.jobs.mapper``); the outputs are the same wherever it does.
    jobs: int | None = None  # local processes; None: every core
    scheduler: str | None = None  # a Dask scheduler's address, instead of local processes
    terms: TermOptions = TermOptions()  # the glossaries' extraction (``tmtool run --min-confidence``)

    def make_segmenter(self) -> Segmenter:
        return get_segmenter(self.segmenter, **({"srx_path": self.srx} if self.srx else {}))

    def make_aligner(self) -> Aligner:
        return get_aligner(self.aligner, src_lang=self.src_lang, tgt_lang=self.tgt_lang)


def alignment_signature(options: RunOptions, segmenter: Segmenter, aligner: Aligner) -> str:
    """What decides a pair's alignment but the lexicon the aligner learns from the corpus (what a
    pair read of that is kept with it: ``update_store``): a stored pair with another signature is
    re-aligned."""
    return "|".join([
        f"tmtool:{__version__}", f"src:{options.src_lang}", f"tgt:{options.tgt_lang}",
        f"seg:{segmenter.signature()}", f"align:{aligner.signature()}", f"review:{options.review_threshold}",
    ])


def _run_signature(options: RunOptions, aligned_by: str) -> str:
    """The alignment signature plus what shapes the exports (sacrebleu-style, written into outputs)."""
    return "|".join([
        aligned_by, f"unsure:{'yes' if options.include_unsure else 'no'}",
        *([f"cat:{options.cat}"] if options.cat else []),
        *([f"cat-srx:{Path(options.cat_srx).name}"] if options.cat_srx else []),
    ])


@dataclass(frozen=True, slots=True)
class StoreUpdate:
    """What ``update_store`` did: the pairs it aligned (their ids), the aligner's doubts about
    them, and what became of reviewers' edits of those pairs (kept, or dropped: their sentences changed)."""

    aligned: list[str]
    doubts: list[str]
    edits: list[EditsAtSave]


#: The aligned pairs that may wait to be saved (``update_store``): a few tasks' worth (chosen, not tuned).
AHEAD = 256
#: Units to index that are worth a process of their own (``_stages``): fewer are indexed here in about
#: the time one takes to start (~1.5 s, importing tmtool).
INDEX_APART = 10_000
#: The most waiting pairs saved in one transaction (``Store.together``): on the 8,000-pair archive of
#: benchmarks/pipeline.py 16 and 64 saved as fast as each other (chosen between).
SAVED_TOGETHER = 32


def update_store(store: Store, pairs: Iterable[ReleasePair], segmenter: Segmenter, aligner: Aligner,
                 options: RunOptions, corpus: Path, progress: Progress | None = None, run: Mapper = map
                 ) -> StoreUpdate:
    """Segment, align and save the pairs the store does not hold as they are now.

    The store holds what a run from scratch on the pairs as they are would store. An aligner
    that learns (``Aligner.learns``) aligns in two passes: the first without a learned lexicon
    (``Aligner.align_first``), then the lexicon is learned from the lessons of every pair (those
    aligned now, and those the store keeps of the pairs it reuses: ``PairLessons``), then the
    pairs the first pass left unsure are aligned again with it (``Aligner.align_again``) — and so
    are the stored pairs that would read another part of it than they read when they were
    aligned (``tmtool.align.learn.reading``): a pair edited or gone changes the lexicon a little,
    and what it changes is read by few pairs.

    The pairs flow through: each is segmented as the aligner asks for its document, and saved,
    in its own transaction, as soon as the first pass has aligned it, while ``run`` segments and
    aligns the others; those it leaves unsure are saved with their first beads and a reading no
    lexicon gives (``UNREAD``), and read back from the store for the second pass. What is held at
    once is a few tasks' worth of pairs, and the lessons while the lexicon is learned, not the
    archive's sentences. ``pairs`` are taken once, and a pair is let go once it is saved (its
    pages' text with it, if the caller holds it no longer: ``run_corpus`` does not). An
    interrupted run leaves the pairs saved before, and the next aligns again those still unread.
    Their units' row ids are reserved in the pairs' order (``Store.unit_rowids``), whatever order
    they are saved in, and kept when they are aligned again. Their terms are left to be indexed
    (``Store.index_pending``).
    """
    signature = alignment_signature(options, segmenter, aligner)
    taken = [(p, pair_hash(p)) for p in pairs]
    # The corpus, as a lexicon is learned from it: its pairs as they are, aligned as they are asked to be.
    learned_from = hashlib.sha256(repr(sorted((p.pair_id, h) for p, h in taken)).encode()
                                  + signature.encode()).hexdigest()
    keys = [p.pair_id for p, _ in taken]
    todo: list[ReleasePair | None] = [p for p, h in taken if not store.is_current(p.pair_id, h, signature)]
    del taken  # the pairs reused are let go now, those to align once saved (``todo[k] = None``)
    aligned_ids = [p.pair_id for p in todo]
    reserve = store.unit_rowids()
    held: dict[int, tuple[list[Segment], list[Segment], range]] = {}  # segmented, not yet saved

    def documents() -> Iterator[AlignDoc]:
        sides = segment_releases((release for pair in todo for release in (pair.src, pair.tgt)), segmenter, run,
                                 progress, 2 * len(todo))
        for k, pair in enumerate(todo):
            src, tgt = next(sides), next(sides)
            held[k] = (src, tgt, reserve(1 + min(len(src), len(tgt))))  # and the title's unit
            yield _align_doc(pair.pair_id, src, tgt)

    problems: list[tuple[Problem, ...]] = [()] * len(todo)
    edits: dict[int, EditsAtSave] = {}
    saved = 0

    def save(k: int, beads: Sequence[Bead], found: tuple[Problem, ...], lessons: PairLessons | None) -> None:
        nonlocal saved
        pair, (src, tgt, rowids) = todo[k], held.pop(k)
        todo[k] = None  # its releases' text is not held any longer than its sentences
        provenance = Provenance(pair.pair_id, pair.src.date or pair.tgt.date, pair.src.title,
                                display_path(pair.src.path, corpus), display_path(pair.tgt.path, corpus), pair.src.url)
        units = units_of(pair, src, tgt, beads, options.review_threshold, provenance)
        if at_save := store.save_pair(pair, src, tgt, beads, units, signature, provenance, rowids, lessons):
            edits[k] = at_save
        problems[k] = found
        saved += 1
        if progress:
            progress("save", saved, len(todo))

    # When other processes do the work, the aligner's answers are taken as they give them, on a
    # thread of their own (``read_ahead_bursts``): segmenting and the aligner's passes need not
    # wait for the pairs to be saved, which is what this thread does meanwhile — and when saving
    # is the slower, the answers waiting for it are few (``AHEAD``). Those that wait are saved in
    # one transaction (``Store.together``), never one that waits for the aligner.
    def bursts(answers: Iterator) -> Iterator[list]:
        return ([one] for one in answers) if run is map else read_ahead_bursts(answers, AHEAD, SAVED_TOGETHER)

    # The first pass saves every pair: those it leaves unsure with its beads for now, and a reading
    # no lexicon gives (``UNREAD``), so that they are aligned again below — or by the next run, if
    # this one stops before. Nothing of the corpus is held between the passes.
    for burst in bursts(aligner.align_first(documents(), run)):
        with store.together():
            for k, first in burst:
                save(k, first.beads, first.problems,
                     PairLessons(first.lessons, first.stems, "" if first.stems is None else UNREAD)
                     if aligner.learns else None)
    src_lang, tgt_lang = options.src_lang, options.tgt_lang
    lexicon = store.lexicon(src_lang, tgt_lang, learned_from) if aligner.learns else None
    if not aligner.learns or (lexicon is not None and not aligned_ids):  # nothing changed what it learns from
        return StoreUpdate(aligned_ids, doubts(problems), [edits[k] for k in sorted(edits)])
    known = lexicon is not None
    lexicon = lexicon or aligner.learn(store.lessons(keys))
    tables = (lexicon.keys(src_lang), lexicon.keys(tgt_lang))
    # The pairs that read another part of the lexicon than they were aligned with (and those the
    # first pass left unsure), each with what it reads of this one.
    stale = [(key, now) for key, stems, read in store.readings(keys) if (now := reading(tables, stems)) != read]
    todo_now = set(aligned_ids)
    stale_problems, stale_edits = [], []
    for burst in bursts(aligner.align_again(store.align_docs(key for key, _ in stale), lexicon, run)):
        with store.together():
            for n, beads, found in burst:
                key, read = stale[n]
                at_save = store.save_alignment(key, beads, options.review_threshold, read)
                if key not in todo_now:  # a pair aligned now told its problems and edits at its first save
                    stale_problems.append(found)
                    stale_edits.extend([at_save] if at_save else [])
    if not known:  # once every pair is stored as it reads it: a run stopped before learns it again
        store.save_lexicon(lexicon, learned_from)
    return StoreUpdate([*aligned_ids, *(k for k, _ in stale if k not in todo_now)],
                       doubts([*problems, *stale_problems]), [*(edits[k] for k in sorted(edits)), *stale_edits])


#: The reading a pair the first pass left unsure is saved with: no lexicon's (``tmtool.align.learn.reading``).
UNREAD = "not yet aligned with a learned lexicon"


def _align_doc(pair_id: str, src: Sequence[Segment], tgt: Sequence[Segment]) -> AlignDoc:
    """A pair's segments as the aligner reads them."""
    return AlignDoc(pair_id, tuple(s.text for s in src), tuple(t.text for t in tgt), tuple(s.paragraph for s in src),
                    tuple(t.paragraph for t in tgt))


def _handed_over(items: deque) -> Iterator:
    """The items, each let go by ``items`` as it is given: the taker is left the only one holding it."""
    while items:
        yield items.popleft()


def output_names(name: str, options: RunOptions) -> dict[str, str]:
    """The file name of each output a run writes (keys as in ``RunReport.outputs``): one
    scheme, ``<corpus>.<extension>`` for translation memories, ``<corpus>.terms.<extension>``
    for glossaries; a format no one knows, or two outputs on one name, is an error."""
    names = {fmt: f"{name}.{FORMATS.get(fmt).extension}" for fmt in options.formats}
    names |= {f"glossary-{fmt}": f"{name}.terms.{GLOSSARY_FORMATS.get(fmt).extension}" for fmt in options.glossaries}
    names |= {"review": f"{name}.review.html", "report": f"{name}.report.json"}
    seen: dict[str, str] = {}
    for output, file_name in names.items():
        if file_name in seen:
            raise TmtoolError(f"outputs {seen[file_name]} and {output} would both be written to {file_name}")
        seen[file_name] = output
    return names


def run_corpus(corpus: str | Path, out: str | Path, options: RunOptions = RunOptions(),
               progress: Progress | None = None, store: str | Path | None = None) -> RunReport:
    """Run the whole job on ``corpus``: align what the store (default ``OUT/tmtool.db``) does not
    hold yet, then write ``OUT/<corpus>.<ext>`` for each format, the glossaries, the review page
    and ``OUT/<corpus>.report.json`` — all from the store."""
    corpus, out = Path(corpus), Path(out)
    name = corpus.resolve().name
    # Before any work: an unknown format or CAT tool, two outputs on one file name, a tag that
    # is no language or two tags of one language.
    names = output_names(name, options)
    cat_rules(options.cat, options.cat_srx)
    resolve_languages(options.src_lang, options.tgt_lang, ())
    segmenter, aligner = options.make_segmenter(), options.make_aligner()
    signature = _run_signature(options, alignment_signature(options, segmenter, aligner))
    report = RunReport(corpus=name, signature=signature,
                       created=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat())
    with mapper(options.jobs, options.scheduler) as run:
        _stages(report, corpus, out, names, options, segmenter, aligner,
                Path(store) if store else out / STORE_NAME, progress, run)
    return report


def _stages(report: RunReport, corpus: Path, out: Path, names: dict[str, str], options: RunOptions,
            segmenter: Segmenter, aligner: Aligner, store: Path, progress: Progress | None, run: Mapper) -> None:
    """``run_corpus``'s stages, filling ``report`` and writing the outputs ``names`` names; their
    per-pair work done by ``run``."""
    # The output folder may sit inside the corpus: what a run wrote is never read back as input.
    paths = discover(corpus, exclude=[out])
    with Store.open(store) as tm, contextlib.ExitStack() as indexing:
        # Dask's workers may be other machines, which need not see the corpus: pages are read here then.
        releases, report.skips = ingest(paths, progress, map if options.scheduler else run, cache=tm)
        # A bare language (--src-lang en) is the corpus's one variant of it (en-GB).
        src_lang, tgt_lang = resolve_languages(options.src_lang, options.tgt_lang, (r.lang for r in releases))
        if (src_lang, tgt_lang) != (options.src_lang, options.tgt_lang):
            options = replace(options, src_lang=src_lang, tgt_lang=tgt_lang)
            aligner = options.make_aligner()
            report.signature = _run_signature(options, alignment_signature(options, segmenter, aligner))
        pairing = pair_releases(releases, options.src_lang, options.tgt_lang)
        report.documents, report.orphans = [Document.of(r) for r in releases], list(pairing.orphans)
        documents = {d.path: d for d in report.documents}
        paired = [(p.pair_id, documents[p.src.path], documents[p.tgt.path], p.method, p.score, p.reason)
                  for p in pairing.pairs]
        keys = [p.pair_id for p in pairing.pairs]
        out.mkdir(parents=True, exist_ok=True)
        # An archive's pages are the run's largest holding: ``update_store`` is the last to hold
        # them, and lets each pair's go once it is saved (the store has the sentences then).
        pairs = deque(pairing.pairs)
        del releases, pairing
        update = update_store(tm, _handed_over(pairs), segmenter, aligner, options, corpus, progress, run)
        # The saved units' terms are indexed in a process of their own while the outputs are written
        # from this one, which leaves a core idle until the glossary's analysis (26,000 pairs: ~30 s of
        # this process's writing, the workers finding the terms, when it was done here).
        indexing.enter_context(beside(Store.index, store, apart=run is not map and tm.unindexed() >= INDEX_APART))
        give_back()  # the pages and sentences let go: the glossary's objects would not reuse their memory
        report.warnings, report.edits = update.doubts, update.edits
        aligned = set(update.aligned)
        stats = release_stats(tm, keys)
        report.pairs = [PairSummary(key, src, tgt, method, score, reason, "aligned" if key in aligned else "reused",
                                    stats[key]) for key, src, tgt, method, score, reason in paired]
        cat = cat_rules(options.cat, options.cat_srx)
        exported = _Exported(tm, options.src_lang, options.tgt_lang, keys, options.include_unsure, cat)
        report.units, report.held_for_review, report.exported = exported.counts()
        _write_outputs(report, tm, out, names, options, keys, exported, run)
        tm.record_run(report.signature, {"pairs": len(report.pairs), "aligned": report.aligned,
                                         "reused": report.reused, "units": report.exported})
    report_path = out / names["report"]  # always written: it records the run
    with atomic_output(report_path, "w", encoding="utf-8") as fh:
        # One string, one write: json.dump writes each token on its own (a million at 8,000 pairs).
        fh.write(json.dumps(report_json(report, corpus), ensure_ascii=False, indent=2) + "\n")
    report.outputs["report"] = str(report_path)


@dataclass(frozen=True, slots=True)
class _Exported:
    """The units the translation-memory files get, read from the store each time they are iterated
    (the exporters read them twice, ``Exporter.write_stream``): the run holds no list of its units
    (246,164 unit objects took ~260 MiB at 26,000 pairs, held through the glossary). The store has
    already dropped rejected beads and cleared the flag of accepted ones; unsure units only with
    ``include_unsure``; re-cut for a CAT tool's segmentation (``cat``: its rules), else with each
    numbered item's text alone beside it (``item_texts``)."""

    tm: Store
    src_lang: str
    tgt_lang: str
    keys: Sequence[str]
    include_unsure: bool
    cat: str | None

    def all(self) -> Iterator[Unit]:
        """Every unit of the run's pairs, unsure ones included (what the glossary reads)."""
        return self.tm.units(self.src_lang, self.tgt_lang, include_unsure=True, pair_keys=self.keys)

    def __iter__(self) -> Iterator[Unit]:
        return self._exported(self.all())

    def _exported(self, units: Iterable[Unit]) -> Iterator[Unit]:
        kept = (u for u in units if self.include_unsure or not u.needs_review)
        return fit_units(kept, srx_split(self.cat, self.src_lang)) if self.cat else item_texts(kept)

    def counts(self) -> tuple[int, int, int]:
        """The run's units, those held for review, and the units exported, in one reading."""
        units = held = 0

        def counted(found: Iterable[Unit]) -> Iterator[Unit]:
            nonlocal units, held
            for unit in found:
                units += 1
                held += unit.needs_review and not self.include_unsure
                yield unit

        exported = sum(1 for _ in self._exported(counted(self.all())))
        return units, held, exported


def _write_outputs(report: RunReport, tm: Store, out: Path, names: dict[str, str], options: RunOptions,
                   keys: Sequence[str], exported: _Exported, run: Mapper) -> None:
    """The translation-memory files, the glossary and the review page of the run's pairs, each
    written unless the file an earlier run wrote holds what it would (``tmtool.outputs``)."""
    stored = tm.revision(keys)  # what every output is written from: all that is stored of the pairs, as it is now
    header = ExportHeader(options.src_lang, options.tgt_lang, report.signature)
    for fmt in options.formats:
        path = out / names[fmt]
        written = write_output(
            tm, path, fingerprint("tm", fmt, repr(replace(header, created=None)), f"unsure:{options.include_unsure}",
                                  _file_digest(exported.cat), stored),
            lambda: ([path], get_exporter(fmt).write(exported, path, header).as_dict()))
        report.export_stats[fmt] = written.facts
        _output(report, fmt, path, written)
    if options.glossaries:
        content = _glossary(report, tm, options, stored, exported, run)  # units that changed may give the same glossary
        for fmt in options.glossaries:
            path = out / names[f"glossary-{fmt}"]
            try:
                written = write_output(tm, path, fingerprint("glossary", fmt, content),
                                       lambda: ([write_glossary(report.glossary, path, fmt)], {}))
            except FormatError as e:  # an empty glossary in a format that cannot hold one
                report.glossary = replace(report.glossary, messages=(*report.glossary.messages, str(e)))
            else:
                _output(report, f"glossary-{fmt}", path, written)
    review = out / names["review"]

    def write_review() -> tuple[list[Path], dict]:
        page = write_review_html(tm, review, pair_keys=keys)
        return [page.path, *page.pages], {}

    _output(report, "review", review, write_output(tm, review, fingerprint("review", tm.path, stored), write_review))


def _glossary(report: RunReport, tm: Store, options: RunOptions, stored: str, units: _Exported, run: Mapper) -> str:
    """Fill ``report.glossary`` with the glossary of the run's units; return the digest of the JSON
    the store keeps of it (the JSON itself is not held while the glossary files are written: +85 MiB
    at 26,000 pairs).

    Units held for review count too: a misaligned unit rarely repeats a wrong term pairing. A
    run whose units are those of an earlier one reads that run's glossary back from the store,
    found by the state of the run's pairs when it has not changed (no hash of every unit), else
    by the fingerprint of the units (``tmtool.terms.fingerprint``); a damaged copy is made anew.
    A glossary made anew analyses only the texts that the store's last glossary did not have
    (the store is the terminology stage's ``AnalysisCache``).
    """
    src_lang, tgt_lang = options.src_lang, options.tgt_lang
    units_state = fingerprint("units", src_lang, tgt_lang, stored, repr(options.terms))
    key = tm.glossary_key(units_state)
    text = tm.glossary(key) if key else None
    report.glossary = glossary_from_json(text)
    if report.glossary is None:
        key = terms_fingerprint(units.all(), src_lang, tgt_lang, options.terms)
        text = tm.glossary(key)
        report.glossary = glossary_from_json(text)
        if report.glossary is None:
            # the run's last work for its workers: they end once the texts are analysed
            glossary = extract_terms(units.all(), src_lang, tgt_lang, options.terms, run=last_use(run), cache=tm)
            give_back()  # the stage's objects let go: the JSON and the files would not reuse their memory
            report.glossary = _xml_note(glossary)
            text = glossary_to_json(report.glossary)
            tm.save_glossary(key, text)
        tm.save_glossary_key(units_state, key)
    return hashlib.sha256(text.encode()).hexdigest()


def _xml_note(glossary: Glossary) -> Glossary:
    """The glossary, noting how many characters ``write_glossary`` will replace, if any (kept
    with it in the store, so that a run that reads it back need not count them again)."""
    replaced = xml_safe_glossary(glossary)[1]
    if not replaced:
        return glossary
    return replace(glossary, messages=(
        *glossary.messages, f"{replaced} characters XML cannot carry (control characters) written as spaces"))


def _output(report: RunReport, name: str, path: Path, written: Output) -> None:
    report.outputs[name] = str(path)
    if written.kept:
        report.kept.append(name)


def _file_digest(path: str | None) -> str:
    """The digest of a file's bytes ("" for no file): a rule file given by its path."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else ""


def terms_from_source(source: str | Path, src_lang: str, tgt_lang: str, options: TermOptions = TermOptions(),
                      run_options: RunOptions | None = None) -> Glossary:
    """The glossary of a corpus folder (run through the pipeline, nothing written), of
    a store (``tmtool run --store``) or of a TMX/XLIFF/PO file (what ``tmtool terms`` runs).

    A folder's units include those the aligner holds back for review: a wrong unit
    rarely repeats a wrong pairing, and the extra units make recurring terms visible.
    When the glossary is empty, the files the pipeline skipped are named in its
    messages (an empty Russian file, a "Russian" file without Cyrillic).
    """
    source = Path(source)
    if is_store(source):
        with contextlib.closing(Store.open(source, create=False)) as store:
            return extract_terms(store.units(src_lang, tgt_lang, include_unsure=True), src_lang, tgt_lang, options)
    if not source.is_dir():
        return extract_terms(read_units(source, src_lang=src_lang, tgt_lang=tgt_lang), src_lang, tgt_lang, options)
    run_options = run_options or RunOptions(src_lang=src_lang, tgt_lang=tgt_lang, formats=(), glossaries=())
    with tempfile.TemporaryDirectory(prefix="tmtool-terms-") as tmp:
        report = run_corpus(source, tmp, run_options)
        # the run's languages, as it resolved them (a bare ``en``: the corpus's en-GB)
        langs = resolve_languages(run_options.src_lang, run_options.tgt_lang, (d.lang for d in report.documents))
        with contextlib.closing(Store.open(Path(tmp) / STORE_NAME, create=False)) as store:
            glossary = extract_terms(store.units(*langs, include_unsure=True), src_lang, tgt_lang, options)
    if glossary.entries:
        return glossary
    skipped = tuple(f"{Path(s.path).name} skipped: {s.reason}" for s in report.skips)
    return dataclasses.replace(glossary, messages=glossary.messages + skipped)
