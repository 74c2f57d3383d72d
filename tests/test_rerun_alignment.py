"""A re-run stores the alignment a run from scratch on the corpus as it now is would store.

The aligner's lexicon is learned from the corpus's first pass; the store keeps each pair's
share of it (``Store.lessons``), so a re-run learns the same lexicon without aligning the
pairs it reuses, and aligns again those whose alignment read a part of it that changed.
"""

from __future__ import annotations

import json
import shutil

import pytest

from pages import dump_text
from storedata import save_corpus
from tmtool.store import Store

#: Enough WMT documents that the lexicon learned from them changes their alignment.
DOCUMENTS = 40
DATES = {"en": "12 May 202110:00", "ru": "12 мая 202110:00"}


def _wmt_archive(shared, folder, documents: int = DOCUMENTS):
    """The first WMT ru–en documents as page dumps, ``5000000.en-GB.txt`` … (as benchmarks/pipeline.py)."""
    folder.mkdir(parents=True)
    with (shared / "benchmarks" / "alignment" / "wmt_ru-en_gold_docs.jsonl").open(encoding="utf-8") as fh:
        for n, line in zip(range(documents), fh):
            doc = json.loads(line)
            for lang, tag in (("ru", "ru-RU"), ("en", "en-GB")):
                pars = doc[lang]
                body = [" ".join(p if k else p[1:]) for k, p in enumerate(pars)]
                (folder / f"{5000000 + n}.{tag}.txt").write_text(
                    dump_text(pars[0][0], [b for b in body if b], DATES[lang], lang), "utf-8")
    return folder


def _edit(page, word: str) -> None:
    """Put ``word`` into the page's first body sentence (after its first word)."""
    lines = page.read_text("utf-8").split("\n\n")
    body = next(i for i, line in enumerate(lines) if line.count(" ") > 12 and i > 3)
    first, rest = lines[body].split(" ", 1)
    lines[body] = f"{first} {word} {rest}"
    page.write_text("\n\n".join(lines), "utf-8")


def _alignment(store: Store) -> dict[str, list]:
    """What a store holds of its pairs' alignment, whatever order they were saved in."""
    queries = {
        "pairs": "SELECT pair_key, content_hash, signature FROM pairs ORDER BY pair_key",
        "beads": "SELECT bead_id, src, tgt, kind, score, unsure FROM beads ORDER BY bead_id",
        "units": "SELECT unit_id, source, target, bead, score, needs_review, notes FROM units ORDER BY unit_id",
    }
    return {name: store.db.execute(query).fetchall() for name, query in queries.items()}


@pytest.fixture
def archive(shared, tmp_path):
    return _wmt_archive(shared, tmp_path / "corpus")


def test_a_rerun_after_edits_stores_what_a_run_from_scratch_stores(archive, tmp_path):
    with Store.open(tmp_path / "kept.db") as kept:
        assert len(save_corpus(kept, archive)) == DOCUMENTS
        for n, word in ((3, "also"), (11, "indeed"), (27, "too")):
            _edit(archive / f"{5000000 + n}.en-GB.txt", word)
        aligned = save_corpus(kept, archive)
        assert {"5000003", "5000011", "5000027"} <= set(aligned)
        assert save_corpus(kept, archive) == []  # and then nothing is left to align
        with Store.open(tmp_path / "scratch.db") as scratch:
            save_corpus(scratch, archive)
            assert _alignment(kept) == _alignment(scratch)


def test_a_rerun_after_a_pair_is_gone_stores_what_a_run_from_scratch_stores(archive, tmp_path):
    """A pair no longer in the corpus teaches the lexicon no more: the pairs whose alignment read
    what it taught are aligned again (the store keeps the gone pair, which the run's outputs leave out)."""
    with Store.open(tmp_path / "kept.db") as kept:
        save_corpus(kept, archive)
        gone = tmp_path / "gone"
        gone.mkdir()
        for page in archive.glob("5000005.*"):
            shutil.move(page, gone / page.name)
        save_corpus(kept, archive)
        with Store.open(tmp_path / "scratch.db") as scratch:
            save_corpus(scratch, archive)
            both = _alignment(kept), _alignment(scratch)
    for name, rows in both[0].items():
        assert [r for r in rows if not r[0].startswith("5000005")] == both[1][name]
