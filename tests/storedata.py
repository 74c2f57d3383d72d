"""Fill a store from a corpus folder the way ``tmtool run --store`` does, for store and review tests."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from pages import write_pair
from tmtool.align import AlignDoc
from tmtool.model import Bead, Provenance, Release, ReleasePair, Segment, Unit, build_paragraphs
from tmtool.pair import pair_releases
from tmtool.ingest import discover, ingest
from tmtool.jobs import Mapper
from tmtool.pipeline import RunOptions, alignment_signature, update_store
from tmtool.report import display_path
from tmtool.segment import segment_release
from tmtool.store import Store
from tmtool.units import units_of


def run_units(out: Path, src_lang: str = "ru-RU", tgt_lang: str = "en-GB") -> list[Unit]:
    """Every unit a run into ``out`` stored, unsure ones included (a ``RunReport`` holds their counts)."""
    with Store.open(out / "tmtool.db", create=False) as store:
        return list(store.units(src_lang, tgt_lang, include_unsure=True))


def mini_corpus(folder: Path, pairs: int) -> Path:
    """A corpus of ``pairs`` copies of the test release, ids 3000001, 3000002…"""
    for n in range(1, pairs + 1):
        write_pair(folder, f"{3000000 + n}")
    return folder


def save_corpus(store: Store, corpus: Path, options: RunOptions = RunOptions(), before_save=None,
                run: Mapper = map) -> list[str]:
    """Align and save the pairs of ``corpus`` that the store does not hold as they are; return their ids.

    ``before_save(n)`` is called before the n-th save (from 1), so a test can interrupt the run there.
    ``run``: where the per-pair work is done (``tmtool.jobs``).
    """
    if before_save:
        calls = itertools.count(1)
        save = store.save_pair

        def save_pair(*args, **kwargs):
            before_save(next(calls))
            return save(*args, **kwargs)

        store.save_pair = save_pair
    releases, _ = ingest(discover(corpus))
    pairs = pair_releases(releases, options.src_lang, options.tgt_lang).pairs
    update = update_store(store, pairs, options.make_segmenter(), options.make_aligner(), options, corpus, run=run)
    store.index_pending()  # as tmtool run does, beside its outputs
    return update.aligned


def save_in_order(store: Store, corpus: Path, options: RunOptions = RunOptions()) -> None:
    """What ``update_store`` stored of a first run before it saved each pair as the aligner
    finished it: every pair aligned at once (``align_many``), the lexicon the aligner learned
    kept, then the pairs saved in order (without their lessons: ``stored`` does not compare them)."""
    releases, _ = ingest(discover(corpus))
    pairs = pair_releases(releases, options.src_lang, options.tgt_lang).pairs
    segmenter, aligner = options.make_segmenter(), options.make_aligner()
    segmented = [(segment_release(p.src, segmenter), segment_release(p.tgt, segmenter)) for p in pairs]
    aligned = aligner.align_many([AlignDoc(p.pair_id, tuple(s.text for s in src), tuple(t.text for t in tgt),
                                           tuple(s.paragraph for s in src), tuple(t.paragraph for t in tgt))
                                  for p, (src, tgt) in zip(pairs, segmented)])
    store.save_lexicon(aligned.lexicon, "in order")
    signature = alignment_signature(options, segmenter, aligner)
    for pair, (src, tgt), beads in zip(pairs, segmented, aligned.beads):
        provenance = Provenance(pair.pair_id, pair.src.date or pair.tgt.date, pair.src.title,
                                display_path(pair.src.path, corpus), display_path(pair.tgt.path, corpus), pair.src.url)
        units = units_of(pair, src, tgt, beads, options.review_threshold, provenance)
        store.save_pair(pair, src, tgt, beads, units, signature, provenance)


def stored(store: Store) -> dict[str, list]:
    """What a store holds of its pairs, to compare two stores: each pair with its documents (not
    their row ids, nor when it was saved), segments, beads, units in row id order (not the ids,
    which lookup reads only as an order), and the lexicon."""
    tables = {
        "pairs": "SELECT p.pair_key, p.method, p.score, p.reason, p.content_hash, p.signature, s.release_id, s.lang,"
                 " s.date, s.title, s.path, s.url, s.content_hash, t.release_id, t.lang, t.date, t.title, t.path,"
                 " t.url, t.content_hash FROM pairs p JOIN documents s ON s.id = p.src_doc"
                 " JOIN documents t ON t.id = p.tgt_doc ORDER BY p.pair_key",
        "segments": "SELECT * FROM segments ORDER BY pair_key, side, idx",
        "beads": "SELECT * FROM beads ORDER BY bead_id",
        "units": "SELECT unit_id, pair_key, n, bead_id, kind, source, target, src_lang, tgt_lang, paragraph,"
                 " tgt_paragraph, bead, score, needs_review, notes FROM units ORDER BY id",
        "lexicons": "SELECT lang_a, lang_b, version, learned_from FROM lexicons",
        "lexicon_pairs": "SELECT * FROM lexicon_pairs ORDER BY 1, 2, 3, 4",
    }
    return {table: store.db.execute(query).fetchall() for table, query in tables.items()}


def handmade_pair(store: Store, pair_id: str = "4000001", signature: str = "test") -> list[Unit]:
    """Save a small pair whose beads are one of each kind the review cares about; return its units.

    Beads: 1 sure 1-1, 2 unsure 1-1, 3 omitted source (1-0), 4 added target (0-1).
    """
    src_texts = ["The Minsk agreements have no alternative.", "The talks were frank.", "An extra sentence."]
    tgt_texts = ["Минским соглашениям нет альтернативы.", "Переговоры прошли откровенно.", "Добавленное предложение."]
    src = Release(f"{pair_id}.en-GB.txt", "en-GB", "Statement", build_paragraphs(src_texts, str.strip),
                  release_id=pair_id, date=dt.date(2019, 1, 2))
    tgt = Release(f"{pair_id}.ru-RU.txt", "ru-RU", "Заявление", build_paragraphs(tgt_texts, str.strip),
                  release_id=pair_id, date=dt.date(2019, 1, 2))
    pair = ReleasePair(pair_id, src, tgt, "id", 1.0, "same release id in file names")
    src_segs = [Segment(t, 0, len(t), i) for i, t in enumerate(src_texts)]
    tgt_segs = [Segment(t, 0, len(t), i) for i, t in enumerate(tgt_texts)]
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.2), Bead((2,), (), 0.0), Bead((), (2,), 0.0)]
    provenance = Provenance(pair_id, src.date, src.title, src.path, tgt.path)
    units = [Unit(f"{pair_id}-0", src.title, tgt.title, "en-GB", "ru-RU", provenance, kind="title", bead="title"),
             Unit(f"{pair_id}-1", src_texts[0], tgt_texts[0], "en-GB", "ru-RU", provenance, paragraph=0, score=0.9),
             Unit(f"{pair_id}-2", src_texts[1], tgt_texts[1], "en-GB", "ru-RU", provenance, paragraph=1, score=0.2,
                  needs_review=True, notes=("needs review: low alignment confidence",))]
    store.save_pair(pair, src_segs, tgt_segs, beads, units, signature, provenance)
    return units


def save_sentences(store: Store, pair_id: str, sentences: list[tuple[str, str]], rowids: range | None = None) -> None:
    """Save a pair made of (English, Russian) sentences, one sure 1-1 bead each (its units'
    row ids ``rowids``, as ``Store.unit_rowids`` gives them)."""
    src = Release(f"{pair_id}.en-GB.txt", "en-GB", "T", build_paragraphs([s for s, _ in sentences], str.strip))
    tgt = Release(f"{pair_id}.ru-RU.txt", "ru-RU", "Т", build_paragraphs([t for _, t in sentences], str.strip))
    provenance = Provenance(pair_id, None, "T", src.path, tgt.path)
    segments = [[Segment(text, 0, len(text), i) for i, text in enumerate(side)] for side in zip(*sentences)]
    beads = [Bead((i,), (i,), 0.9) for i in range(len(sentences))]
    units = [Unit(f"{pair_id}-{i}", s, t, "en-GB", "ru-RU", provenance, paragraph=i - 1, score=0.9)
             for i, (s, t) in enumerate(sentences, 1)]
    store.save_pair(ReleasePair(pair_id, src, tgt, "id", 1.0, "test"), *segments, beads, units, "test", provenance,
                    rowids)
