"""The translation memory: one SQLite file holding every saved release pair.

A pair is saved whole or not at all (one transaction), so a run that is
interrupted leaves the store holding exactly the pairs saved before. Each pair
keeps the content hash of its two versions and the signature of the options it
was aligned with; a run compares them to skip what has not changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import shlex
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

from tmtool import __version__
from tmtool.align.base import AlignDoc, Lesson
from tmtool.align.learn import LearnedLexicon
from tmtool.errors import StoreError
from tmtool.jobs import Mapper, Progress, batched
from tmtool.model import Bead, Provenance, Release, ReleasePair, Segment, Unit
from tmtool.store import edits, schema
from tmtool.store.edits import Change, ReviewBead
from tmtool.text import primary
from tmtool.units import NEEDS_REVIEW_NOTE

DECISIONS = ("accepted", "rejected")
#: The edit logged for each decision (None: withdrawn).
_DECISION_ACTIONS = {"accepted": "accept", "rejected": "reject", None: "clear"}
#: Edits of the alignment itself: kept across re-runs while the pair's sentences stay the same.
ALIGNMENT_ACTIONS = ("merge", "split", "move", "mark-gap", "edit-text")
EDITED_NOTE = "reviewed: edited"
STORE_NAME = "tmtool.db"  # a run's store: OUT/tmtool.db, unless --store names another file
#: Units indexed in one transaction by ``index_pending``: FTS5 writes a segment and term counts
#: are updated once per transaction, so a batch costs little more than a pair's units (chosen, not tuned).
INDEX_BATCH = 4096


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is an SQLite file (its first 16 bytes say so), as a store is."""
    path = Path(path)
    if not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def content_hash(release: Release) -> str:
    """A fingerprint of everything in a release that alignment reads (not its path)."""
    data = [release.lang, release.release_id, release.date and release.date.isoformat(),
            release.time and release.time.isoformat(), release.url, release.title,
            [p.text for p in release.paragraphs]]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def pair_hash(pair: ReleasePair) -> str:
    """The fingerprint of a pair: its two versions, in order."""
    return hashlib.sha256(f"{content_hash(pair.src)}\n{content_hash(pair.tgt)}".encode()).hexdigest()


def decision_key(src_text: str, tgt_text: str) -> str:
    """What a review decision is attached to: the bead's two texts."""
    return hashlib.sha1(f"{src_text}\x00{tgt_text}".encode()).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class PairLessons:
    """What a stored pair teaches the aligner's lexicon (``tmtool.align.FirstPass.lessons``), its
    stems when a lexicon may change its beads (``FirstPass.stems``; None: final without one), and
    ``reading``: the digest of what its alignment read of the lexicon (``tmtool.align.learn.reading``;
    empty when it read none). A re-run learns the corpus's lexicon from these without aligning
    the pair again, and aligns it again only if it would read another part of the new lexicon."""

    lessons: Sequence[Lesson]
    stems: tuple[Sequence[str], Sequence[str]] | None = None
    reading: str = ""

    def row(self, pair_key: str) -> tuple[str, bytes, bytes | None, str]:
        # Stems hold no white space (``tmtool.align.features.words``): space, tab and newline part them.
        return (pair_key, _pack("\n".join(f"{' '.join(s)}\t{' '.join(t)}" for s, t in self.lessons)),
                None if self.stems is None else _pack("\t".join(" ".join(side) for side in self.stems)), self.reading)


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"))


def _unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8")


@dataclass(frozen=True, slots=True)
class PairState:
    content_hash: str
    signature: str


@dataclass(frozen=True, slots=True)
class OutputRecord:
    """An output as a run wrote it: where (an absolute path), the fingerprint of what it was
    written from, each file written with its size and mtime_ns, and what the run report says
    of it (``facts``: JSON-ready)."""

    path: str
    fingerprint: str
    files: tuple[tuple[str, int, int], ...]
    facts: dict


@dataclass(frozen=True, slots=True)
class StoredDoc:
    release_id: str | None
    lang: str
    date: str | None
    title: str
    path: str
    url: str | None


@dataclass(frozen=True, slots=True)
class StoredPair:
    pair_key: str
    src: StoredDoc
    tgt: StoredDoc
    method: str
    score: float
    reason: str
    signature: str
    saved: str


@dataclass(frozen=True, slots=True)
class StoredBead:
    """A bead as the reviewer sees it: its sentences on both sides and any decision."""

    bead_id: str
    n: int
    kind: str
    score: float
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    unsure: bool
    decision: str | None
    edited: bool = False  # made or changed by a reviewer (never held for review)
    src_text: str | None = None  # the reviewer's text of a side, None while its sentences stand
    tgt_text: str | None = None

    @property
    def gap(self) -> bool:
        """An omitted or added sentence (a 1-0 or 0-1 bead)."""
        return not self.src or not self.tgt


_INSERT_BEAD = ("INSERT INTO beads (bead_id, pair_key, n, src, tgt, kind, score, unsure, decision_key, edited,"
                " src_text, tgt_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_ALIGNMENT_MARKS = ",".join("?" * len(ALIGNMENT_ACTIONS))

_UNIT_SELECT = """
    SELECT u.id, u.unit_id, u.pair_key, u.kind, u.source, u.target, u.src_lang, u.tgt_lang,
           u.paragraph, u.tgt_paragraph, u.bead, u.score, u.needs_review, u.notes,
           sd.date, td.date, sd.title, td.title, sd.path, td.path, sd.url, td.url, r.decision
    FROM units u
    JOIN pairs p ON p.pair_key = u.pair_key
    JOIN documents sd ON sd.id = p.src_doc
    JOIN documents td ON td.id = p.tgt_doc
    LEFT JOIN beads b ON b.bead_id = u.bead_id
    LEFT JOIN reviews r ON r.pair_key = b.pair_key AND r.decision_key = b.decision_key
"""


@dataclass(frozen=True, slots=True)
class ReleaseCounts:
    """A release as the editor lists it: its beads, those held for review (unsure, undecided, not
    made by a reviewer), the 1-0/0-1 ones, those decided or made by a reviewer, the lowest confidence."""

    pair_key: str
    date: str | None
    src_title: str
    tgt_title: str
    beads: int
    held: int
    gaps: int
    decided: int
    lowest: float


@dataclass(frozen=True, slots=True)
class Edit:
    """A reviewer's edit, as logged: its number, the pair, what was done (``ALIGNMENT_ACTIONS``,
    or accept / reject / clear), a sentence saying it, and when."""

    edit_id: int
    pair_key: str
    action: str
    detail: str
    created: str


@dataclass(frozen=True, slots=True)
class EditsAtSave:
    """What ``save_pair`` did with a reviewer's edits of a re-aligned pair: ``kept`` when its
    sentences are the same (the reviewer's alignment stands), else the edits were dropped."""

    pair_key: str
    kept: bool
    details: tuple[str, ...]

    def message(self) -> str:
        n = len(self.details)
        if self.kept:
            return f"{self.pair_key}: the reviewer's alignment kept ({n} edit{'s' if n != 1 else ''})"
        return (f"{self.pair_key}: {n} reviewer edit{'s' if n != 1 else ''} dropped, its sentences changed "
                f"({'; '.join(self.details)}); review the release again")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _unit(row: Sequence, lang: str, provenances: dict[tuple, Provenance] | None = None) -> Unit | None:
    """A stored unit as a ``Unit`` whose source is in ``lang``, or None if it has no side in ``lang``.

    ``provenances``: those made for earlier rows, by their fields, to be shared: the units of a
    pair have one, and a copy of its title and paths for every unit of a corpus is memory it
    need not take."""
    (_, unit_id, key, kind, source, target, src_lang, tgt_lang, para, tgt_para, bead, score,
     needs_review, notes, src_date, tgt_date, src_title, tgt_title, src_path, tgt_path,
     src_url, tgt_url, decision) = row
    notes = tuple(json.loads(notes)) if notes != "[]" else ()  # most have none: no parse for them
    if decision == "accepted":
        needs_review = False
        notes = tuple(n for n in notes if not n.startswith("needs review")) + ("reviewed: accepted",)
    if lang == src_lang:
        fields = (key, src_date or tgt_date, src_title, src_path, tgt_path, src_url)
    elif lang == tgt_lang:
        fields = (key, tgt_date or src_date, tgt_title, tgt_path, src_path, tgt_url)
    else:
        return None
    provenance = provenances.get(fields) if provenances is not None else None
    if provenance is None:
        provenance = Provenance(key, _date(fields[1]), *fields[2:])
        if provenances is not None:
            provenances[fields] = provenance
    if lang == src_lang:
        return Unit(unit_id, source, target, src_lang, tgt_lang, provenance, kind, para, bead, score,
                    bool(needs_review), notes)
    return Unit(unit_id, target, source, tgt_lang, src_lang, provenance, kind, tgt_para,
                "-".join(reversed(bead.split("-"))), score, bool(needs_review), notes)


def _run_command(path: Path) -> str:
    """The ``tmtool run`` command line that writes the store ``path`` (quoted for a shell)."""
    store = [] if path.name == STORE_NAME else ["--store", shlex.quote(str(path))]
    return " ".join(["tmtool run CORPUS -o", shlex.quote(str(path.parent)), *store])


class Store:
    """An open translation memory; use ``Store.open(path)`` as a context manager."""

    def __init__(self, db: sqlite3.Connection, path: str):
        self.db = db
        self.path = path
        self._together = False  # inside ``together``: a transaction is a savepoint of its block's

    @classmethod
    def open(cls, path: str | Path, create: bool = True, upto: int = schema.SCHEMA_VERSION) -> Store:
        """Open the store at ``path``, creating it (if ``create``) and applying missing migrations.

        ``upto`` stops the migrations early; it exists so tests can build an old store.
        """
        path = Path(path)
        if not create and not path.is_file():
            raise StoreError(f"{path}: no store there; make it with `{_run_command(path)}`, CORPUS being "
                             "your folder of release pages")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from None
        try:
            db.execute("PRAGMA foreign_keys = ON")
            # WAL: a commit per pair costs no fsync, and a killed writer leaves the file intact.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            schema.migrate(db, str(path), upto)
        except sqlite3.OperationalError as exc:  # read-only, locked, full, unreadable: not about the content
            db.close()
            raise StoreError(f"{path}: cannot use the store: {exc}") from None
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"{path}: not a tmtool store ({exc})") from None
        except BaseException:
            db.close()
            raise
        return cls(db, str(path))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: any exception (KeyboardInterrupt too) rolls the whole block back.
        SQLite's own failures (a read-only file, a full disk, a lock held too long) become a
        ``StoreError`` naming the store. Inside ``together`` it is a savepoint of that block's
        transaction: rolled back alone, committed with the block."""
        nested = self._together
        try:
            if nested and not self.db.in_transaction:  # the block's first
                self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("SAVEPOINT one" if nested else "BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("RELEASE one" if nested else "COMMIT")
            except BaseException:
                if nested:
                    self.db.execute("ROLLBACK TO one")
                    self.db.execute("RELEASE one")
                elif self.db.in_transaction:  # a failed COMMIT may have ended it already
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write the store: {exc}") from None

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """The block's transactions committed as one when it ends, each still all or nothing (a
        failed one is rolled back alone; those before it are committed, whatever ends the block).
        A commit writes every page it changed to the log: pairs saved a transaction each wrote
        about 80 pages a pair there (8,000 pairs: 617,000 page writes for a store of 274 MB), most
        of them the same last pages of the tables and their indexes. From its first transaction
        on, the block holds the store's write lock: it should not wait for anything but the store."""
        if self._together:
            yield
            return
        self._together = True
        try:
            yield
        finally:
            self._together = False
            try:
                if self.db.in_transaction:
                    self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise StoreError(f"{self.path}: cannot write the store: {exc}") from None

    @property
    def schema_version(self) -> int:
        return schema.version(self.db, self.path)

    # -- incremental runs ------------------------------------------------------------------

    def pair_state(self, pair_key: str) -> PairState | None:
        row = self.db.execute("SELECT content_hash, signature FROM pairs WHERE pair_key = ?",
                              (pair_key,)).fetchone()
        return PairState(*row) if row else None

    def is_current(self, pair_key: str, content: str, signature: str) -> bool:
        """Whether the pair ``pair_key`` is stored with the same content (``pair_hash``) and options
        (so it need not be re-aligned)."""
        return self.pair_state(pair_key) == PairState(content, signature)

    def pages(self, signature: str) -> Iterator[tuple[str, int, int, str]]:
        """The pages ``tmtool.ingest.ingest`` kept here (the store is its ``PageCache``): (path,
        size, mtime_ns, release as JSON) of each read by the code ``signature`` names."""
        yield from self.db.execute("SELECT path, size, mtime_ns, release FROM pages WHERE reader = ?", (signature,))

    def save_pages(self, signature: str, pages: Iterable[tuple[str, int, int, str]], keep: Iterable[str] | None
                   ) -> None:
        """Keep ``pages`` (path, size, mtime_ns, release as JSON), read by the code ``signature``
        names, and of the pages kept before only those ``keep`` names that it read (None: every
        one): the store keeps the pages of the last folder read (a store shared by two corpora
        reads each again when the other was read last). One transaction."""
        with self.transaction() as db:
            if keep is not None:
                keep = set(keep)
                gone = [(path,) for path, reader in db.execute("SELECT path, reader FROM pages")
                        if path not in keep or reader != signature]
                db.executemany("DELETE FROM pages WHERE path = ?", gone)
            db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)",
                           [(path, size, mtime_ns, signature, release) for path, size, mtime_ns, release in pages])

    def revision(self, pair_keys: Sequence[str]) -> str:
        """A fingerprint of everything stored of these pairs, in this order — documents,
        sentences, beads, units, reviewers' decisions and edits: it changes whenever any of
        that changes (the store's triggers keep a revision of each pair)."""
        revisions = dict(self.db.execute("SELECT pair_key, revision FROM pair_revisions"))
        return hashlib.sha256("\n".join(f"{key}\t{revisions.get(key)}" for key in pair_keys).encode()).hexdigest()

    def output(self, path: str | Path) -> OutputRecord | None:
        """What the store recorded of the output written to ``path`` (an absolute path), or None."""
        row = self.db.execute("SELECT fingerprint, files, facts FROM outputs WHERE path = ?", (str(path),)).fetchone()
        if row is None:
            return None
        return OutputRecord(str(path), row[0], tuple((f, size, mtime) for f, size, mtime in json.loads(row[1])),
                            json.loads(row[2]))

    def save_output(self, record: OutputRecord) -> None:
        """Record an output just written (replacing what was recorded at its path)."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, ?, ?)",
                       (record.path, record.fingerprint, json.dumps(record.files, ensure_ascii=False),
                        json.dumps(record.facts, ensure_ascii=False), _now()))

    def unit_rowids(self) -> Callable[[int], range]:
        """A reserver of row ids for the units of pairs about to be saved: ``reserve(n)`` gives
        the next ``n`` (the most a pair can have), after every unit stored now and every range
        it gave before, so that pairs reserved in order may be reserved as they are segmented.
        Saved with them (``save_pair``), pairs saved in another order keep their units in the
        order they were reserved in, which lookup reads (the first saved of equal units; a
        crowded tier's candidates)."""
        start = (self.db.execute("SELECT max(id) FROM units").fetchone()[0] or 0) + 1

        def reserve(n: int) -> range:
            nonlocal start
            start += n
            return range(start - n, start)

        return reserve

    def save_pair(self, pair: ReleasePair, src_segments: Sequence[Segment], tgt_segments: Sequence[Segment],
                  beads: Sequence[Bead], units: Iterable[Unit], signature: str, provenance: Provenance,
                  rowids: range | None = None, lessons: PairLessons | None = None) -> EditsAtSave | None:
        """Replace whatever is stored for ``pair.pair_id`` with this alignment, in one transaction.

        If a reviewer edited the stored alignment (merge, split…) and the pair's sentences are
        the same (text and paragraph, each side), the reviewer's alignment is kept instead,
        with the new confidence of each bead the aligner made alike: a reviewer who fixed a pair
        has looked at it whole. If the sentences changed, the edits no longer say anything and
        are dropped. Either way the returned ``EditsAtSave`` says so (None: no edits).

        ``units`` are all the units of the pair, unsure ones included (the store
        decides what an export holds); a body unit's id is its bead's id,
        ``<pair_id>-<bead number from 1>``; the title unit is ``<pair_id>-0``. Their terms are
        left for ``index_pending`` to index. ``provenance`` gives the paths the store shows.
        ``rowids``: the units' row ids, from ``unit_rowids`` (default, and when another writer
        has taken one of them since they were reserved: after every stored unit, SQLite's next).
        ``lessons``: what the pair teaches the aligner's lexicon, kept with it.
        """
        key = pair.pair_id
        bead_ids = {f"{key}-{n}": (n, bead) for n, bead in enumerate(beads, 1)}
        units = list(units)
        if rowids is not None and len(units) > len(rowids):
            raise ValueError(f"pair {key} has {len(units)} units, more than its {len(rowids)} row ids")
        with_unit = {u.unit_id: u for u in units}
        with self.transaction() as db:
            reviewed = self._alignment_edits(key)
            before = (self._sentences(key), self._links(key)) if reviewed else None
            self._delete(key)
            # Looked at under the transaction's write lock, which no other writer (the review
            # editor saving an edit during a run) can take before the pair is saved: nothing fails.
            if rowids is not None and db.execute("SELECT 1 FROM units WHERE id BETWEEN ? AND ? LIMIT 1",
                                                 (rowids.start, rowids.stop - 1)).fetchone():
                rowids = None
            ids = iter(rowids or ())
            src_doc = self._insert_doc(pair.src, provenance.src_path)
            tgt_doc = self._insert_doc(pair.tgt, provenance.tgt_path)
            db.execute("INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (key, src_doc, tgt_doc, pair.method, pair.score, pair.reason, pair_hash(pair),
                        signature, _now()))
            if lessons is not None:
                db.execute("INSERT INTO lessons VALUES (?, ?, ?, ?)", lessons.row(key))
            db.executemany("INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [(key, side, i, s.paragraph, s.start, s.end, s.text)
                            for side, segs in (("src", src_segments), ("tgt", tgt_segments))
                            for i, s in enumerate(segs)])
            rows = []
            for bead_id, (n, bead) in bead_ids.items():
                src_text = " ".join(src_segments[i].text for i in bead.src)
                tgt_text = " ".join(tgt_segments[j].text for j in bead.tgt)
                unit = with_unit.get(bead_id)
                unsure = not bead.src or not bead.tgt or unit is None or unit.needs_review
                rows.append((bead_id, key, n, " ".join(map(str, bead.src)), " ".join(map(str, bead.tgt)),
                             bead.kind, bead.score, unsure, decision_key(src_text, tgt_text)))
            db.executemany(_INSERT_BEAD, [(*r, False, None, None) for r in rows])
            saved = []
            for unit in units:
                n, bead = bead_ids.get(unit.unit_id, (0, None))
                if bead is None and unit.kind != "title":
                    raise ValueError(f"unit {unit.unit_id} names no bead of pair {key}")
                tgt_para = tgt_segments[bead.tgt[0]].paragraph if bead and bead.tgt else None
                cursor = db.execute(
                    "INSERT INTO units (id, unit_id, pair_key, n, bead_id, kind, source, target, src_lang,"
                    " tgt_lang, paragraph, tgt_paragraph, bead, score, needs_review, notes)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (next(ids, None), unit.unit_id, key, n, unit.unit_id if bead else None, unit.kind, unit.source,
                     unit.target, unit.src_lang, unit.tgt_lang, unit.paragraph, tgt_para, unit.bead, unit.score,
                     unit.needs_review, json.dumps(list(unit.notes), ensure_ascii=False)))
                saved.append(cursor.lastrowid)
            schema.leave_unindexed(db, saved)
            if before is None:
                return None
            sentences, links = before
            details = tuple(e.detail for e in reviewed)
            if sentences != self._sentences(key):
                db.execute(f"DELETE FROM edits WHERE pair_key = ? AND action IN ({_ALIGNMENT_MARKS})",
                           (key, *ALIGNMENT_ACTIONS))
                return EditsAtSave(key, False, details)
            aligned = {(k.src, k.tgt): k for k in self._links(key)}
            # The title keeps its row id; the body units take the pair's others.
            self._write_links(key, [replace(k, score=aligned[k.src, k.tgt].score, unsure=aligned[k.src, k.tgt].unsure)
                                    if not k.edited and (k.src, k.tgt) in aligned else k for k in links],
                              rowids[1:] if rowids is not None else None)
            return EditsAtSave(key, True, details)

    def _insert_doc(self, release: Release, path: str) -> int:
        return self.db.execute(
            "INSERT INTO documents (release_id, lang, date, title, path, url, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (release.release_id, release.lang, release.date and release.date.isoformat(), release.title,
             path, release.url, content_hash(release))).lastrowid

    def _delete(self, key: str) -> None:
        db = self.db
        docs = db.execute("SELECT src_doc, tgt_doc FROM pairs WHERE pair_key = ?", (key,)).fetchone()
        if docs is None:
            return
        schema.unindex_units(db, [r[0] for r in db.execute("SELECT id FROM units WHERE pair_key = ?", (key,))])
        for table in ("units", "beads", "segments", "lessons", "pairs"):
            db.execute(f"DELETE FROM {table} WHERE pair_key = ?", (key,))
        db.executemany("DELETE FROM documents WHERE id = ?", [(d,) for d in docs])

    def _sentences(self, key: str) -> list[tuple[str, int, str, int]]:
        """A pair's stored sentences: side, index, text, paragraph."""
        return self.db.execute("SELECT side, idx, text, paragraph FROM segments WHERE pair_key = ?"
                               " ORDER BY side, idx", (key,)).fetchall()

    def _links(self, key: str) -> list[ReviewBead]:
        """A pair's stored alignment, bead by bead."""
        return [ReviewBead(tuple(map(int, src.split())), tuple(map(int, tgt.split())), score, bool(unsure), bool(edited),
                     src_text, tgt_text)
                for src, tgt, score, unsure, edited, src_text, tgt_text in self.db.execute(
                    "SELECT src, tgt, score, unsure, edited, src_text, tgt_text FROM beads WHERE pair_key = ?"
                    " ORDER BY n", (key,))]

    def _write_links(self, key: str, links: Sequence[ReviewBead], rowids: range | None = None,
                     index_now: bool = True) -> None:
        """Replace a pair's beads and body units (the title stays) by ``links``, inside a
        transaction; ``rowids``: the body units' row ids (default: after every stored unit); the
        units indexed now (a reviewer's edit), or left for ``index_pending`` (a run's)."""
        db = self.db
        ids = iter(rowids or ())
        texts = {"src": {}, "tgt": {}}
        for side, idx, text, paragraph in self._sentences(key):
            texts[side][idx] = (text, paragraph)
        src_lang, tgt_lang = db.execute("SELECT s.lang, t.lang FROM pairs p JOIN documents s ON s.id = p.src_doc"
                                        " JOIN documents t ON t.id = p.tgt_doc WHERE p.pair_key = ?", (key,)).fetchone()
        schema.unindex_units(db, [r[0] for r in db.execute(
            "SELECT id FROM units WHERE pair_key = ? AND bead_id IS NOT NULL", (key,))])
        db.execute("DELETE FROM units WHERE pair_key = ? AND bead_id IS NOT NULL", (key,))
        db.execute("DELETE FROM beads WHERE pair_key = ?", (key,))
        indexed = []
        for n, link in enumerate(links, 1):
            bead_id = f"{key}-{n}"
            src = " ".join(texts["src"][i][0] for i in link.src)
            tgt = " ".join(texts["tgt"][j][0] for j in link.tgt)
            db.execute(_INSERT_BEAD, (bead_id, key, n, " ".join(map(str, link.src)), " ".join(map(str, link.tgt)),
                                      link.kind, link.score, link.unsure, decision_key(src, tgt), link.edited,
                                      link.src_text, link.tgt_text))
            if not link.src or not link.tgt:
                continue
            held = link.unsure and not link.edited
            source, target = link.src_text or src, link.tgt_text or tgt
            notes = [NEEDS_REVIEW_NOTE] if held else [EDITED_NOTE] if link.edited else []
            cursor = db.execute(
                "INSERT INTO units (id, unit_id, pair_key, n, bead_id, kind, source, target, src_lang, tgt_lang,"
                " paragraph, tgt_paragraph, bead, score, needs_review, notes)"
                " VALUES (?, ?, ?, ?, ?, 'body', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (next(ids, None), bead_id, key, n, bead_id, source, target, src_lang, tgt_lang,
                 texts["src"][link.src[0]][1], texts["tgt"][link.tgt[0]][1], link.kind, round(link.score, 3), held,
                 json.dumps(notes, ensure_ascii=False)))
            indexed.append((cursor.lastrowid, source, target, src_lang, tgt_lang))
        if index_now:
            schema.index_units(db, indexed)
        else:
            schema.leave_unindexed(db, [unit[0] for unit in indexed])

    def index_pending(self, run: Mapper = map, progress: Progress | None = None) -> int:
        """Bring the term index up to date: index the units saved since (``save_pair`` leaves
        them to this), a batch of ``INDEX_BATCH`` in each transaction, their terms found by
        ``run`` (``tmtool.jobs``: here or on other processes; the next batch's while this
        process writes one). Return how many were indexed.

        Lookup and concordance call it first, so that a run stopped before it finished
        indexing leaves nothing unfound. Two processes may index at once (a run, and a
        lookup while it runs): each indexes only the units still pending under its write lock.
        """
        total = self.unindexed()
        done = seen = 0
        batches = self._pending(run)
        ahead = next(batches, None)
        while ahead:
            batch, found = ahead
            ahead = next(batches, None)
            terms = list(chain.from_iterable(found))
            with self.transaction() as db:
                pending = {r for (r,) in db.execute("SELECT id FROM unindexed WHERE id BETWEEN ? AND ?",
                                                    (batch[0], batch[-1]))}
                indexed = [one for one in terms if one[0] in pending]
                schema.write_index(db, indexed)
                db.executemany("DELETE FROM unindexed WHERE id = ?", [(r,) for r in batch if r in pending])
            done, seen = done + len(indexed), seen + len(batch)
            if progress:  # (units saved meanwhile may make more than there were)
                progress("index", min(seen, total), total)
        return done

    def unindexed(self) -> int:
        """How many units ``index_pending`` has to index."""
        return self.db.execute("SELECT count(*) FROM unindexed").fetchone()[0]

    @classmethod
    def index(cls, path: str | Path) -> int:
        """``index_pending`` on a connection of its own to the store at ``path``, here: what ``tmtool
        run`` does in a process of its own while it writes its outputs (``tmtool.jobs.beside``)."""
        with cls.open(path, create=False) as store:
            return store.index_pending()

    def _pending(self, run: Mapper) -> Iterator[tuple[list[int], Iterable]]:
        """The pending units' row ids a batch at a time, each with the terms of those still
        stored as ``run`` gives them (a unit deleted since is no more pending)."""
        after = 0
        while batch := self.db.execute(
                "SELECT p.id, u.source, u.target, u.src_lang, u.tgt_lang FROM unindexed p"
                " LEFT JOIN units u ON u.id = p.id WHERE p.id > ? ORDER BY p.id LIMIT ?",
                (after, INDEX_BATCH)).fetchall():
            after = batch[-1][0]
            yield [r[0] for r in batch], run(schema.unit_terms, list(batched(r for r in batch if r[1] is not None)))

    def record_run(self, signature: str, counts: dict[str, int]) -> int:
        """Note a finished run (its signature and counts, e.g. aligned / reused pairs); returns its id."""
        with self.transaction() as db:
            return db.execute("INSERT INTO runs (tmtool, signature, created, counts) VALUES (?, ?, ?, ?)",
                              (__version__, signature, _now(), json.dumps(counts, sort_keys=True))).lastrowid

    def runs(self) -> list[dict]:
        return [{"id": i, "tmtool": v, "signature": s, "created": c, "counts": json.loads(n)}
                for i, v, s, c, n in self.db.execute("SELECT id, tmtool, signature, created, counts FROM runs"
                                                     " ORDER BY id")]

    # -- reading -----------------------------------------------------------------------------

    def languages(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT lang FROM documents")}

    def pairs(self) -> list[StoredPair]:
        """Every stored pair, oldest release first."""
        return self._pairs("", ())

    def _pairs(self, where: str, args: tuple) -> list[StoredPair]:
        rows = self.db.execute(f"""
            SELECT p.pair_key, p.method, p.score, p.reason, p.signature, p.saved,
                   s.release_id, s.lang, s.date, s.title, s.path, s.url,
                   t.release_id, t.lang, t.date, t.title, t.path, t.url
            FROM pairs p JOIN documents s ON s.id = p.src_doc JOIN documents t ON t.id = p.tgt_doc {where}
            ORDER BY coalesce(s.date, t.date, ''), p.pair_key""", args)
        return [StoredPair(r[0], StoredDoc(*r[6:12]), StoredDoc(*r[12:18]), *r[1:6]) for r in rows]

    def release_counts(self) -> list[ReleaseCounts]:
        """Every stored pair with its bead counts, as ``pairs()`` orders them, in one query
        (what the editor's release list shows, on an archive of tens of thousands)."""
        rows = self.db.execute("""
            WITH counts AS (
                SELECT b.pair_key, count(*) AS beads,
                       sum(b.unsure AND NOT b.edited AND r.decision IS NULL) AS held,
                       sum(b.src = '' OR b.tgt = '') AS gaps,
                       sum(b.edited OR r.decision IS NOT NULL) AS decided, min(b.score) AS lowest
                FROM beads b LEFT JOIN reviews r ON r.pair_key = b.pair_key AND r.decision_key = b.decision_key
                GROUP BY b.pair_key)
            SELECT p.pair_key, coalesce(s.date, t.date), s.title, t.title, coalesce(c.beads, 0),
                   coalesce(c.held, 0), coalesce(c.gaps, 0), coalesce(c.decided, 0), coalesce(c.lowest, 1.0)
            FROM pairs p JOIN documents s ON s.id = p.src_doc JOIN documents t ON t.id = p.tgt_doc
            LEFT JOIN counts c ON c.pair_key = p.pair_key
            ORDER BY coalesce(s.date, t.date, ''), p.pair_key""")
        return [ReleaseCounts(*row) for row in rows]

    def pair(self, pair_key: str) -> StoredPair:
        """One stored pair; a ``StoreError`` if there is none."""
        found = [p for p in self._pairs("WHERE p.pair_key = ?", (pair_key,))]
        if not found:
            raise StoreError(f"{self.path}: no release {pair_key!r} in the store")
        return found[0]

    def beads(self, pair_key: str) -> list[StoredBead]:
        segments = {side: {} for side in ("src", "tgt")}
        for side, idx, text in self.db.execute("SELECT side, idx, text FROM segments WHERE pair_key = ?",
                                               (pair_key,)):
            segments[side][idx] = text
        rows = self.db.execute("""
            SELECT b.bead_id, b.n, b.kind, b.score, b.src, b.tgt, b.unsure, r.decision, b.edited, b.src_text,
                   b.tgt_text
            FROM beads b LEFT JOIN reviews r ON r.pair_key = b.pair_key AND r.decision_key = b.decision_key
            WHERE b.pair_key = ? ORDER BY b.n""", (pair_key,))
        return [StoredBead(bead_id, n, kind, score,
                           tuple(segments["src"][int(i)] for i in src.split()),
                           tuple(segments["tgt"][int(j)] for j in tgt.split()), bool(unsure), decision, bool(edited),
                           src_text, tgt_text)
                for bead_id, n, kind, score, src, tgt, unsure, decision, edited, src_text, tgt_text in rows]

    def bead_rows(self) -> Iterator[tuple[str, str, float, int, int, bool, bool, str | None]]:
        """Every stored bead without its sentences, in order within each pair: (pair key, kind,
        confidence, source and target sentences, unsure, made by a reviewer, decision)."""
        rows = self.db.execute("""
            SELECT b.pair_key, b.kind, b.score, b.src, b.tgt, b.unsure, b.edited, r.decision
            FROM beads b LEFT JOIN reviews r ON r.pair_key = b.pair_key AND r.decision_key = b.decision_key
            ORDER BY b.pair_key, b.n""")
        for key, kind, score, src, tgt, unsure, edited, decision in rows:
            yield key, kind, score, len(src.split()), len(tgt.split()), bool(unsure), bool(edited), decision

    def units(self, src_lang: str, tgt_lang: str, include_unsure: bool = False,
              pair_keys: Sequence[str] | None = None) -> Iterator[Unit]:
        """The units to export, with ``src_lang`` as the source (either stored direction).

        Rejected beads never; unsure ones only if accepted or ``include_unsure``.
        Pairs come in ``pair_keys`` order (default: every pair, as ``pairs()``), units in bead order.
        """
        keys = pair_keys if pair_keys is not None else [p.pair_key for p in self.pairs()]
        for key in keys:
            provenances: dict[tuple, Provenance] = {}  # the pair's
            for row in self.db.execute(_UNIT_SELECT + " WHERE u.pair_key = ? ORDER BY u.n", (key,)):
                decision = row[-1]
                if decision == "rejected" or (row[12] and decision != "accepted" and not include_unsure):
                    continue
                unit = _unit(row, src_lang, provenances)
                if unit is not None and unit.tgt_lang == tgt_lang:
                    yield unit

    def texts(self, term_rowids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """For index rows (2 × unit row id + side), the side's text and its translation, by unit row id.

        Rejected beads are left out.
        """
        sides = {rowid // 2: rowid % 2 for rowid in term_rowids}
        rows = self.db.execute(
            "SELECT u.id, u.source, u.target FROM units u LEFT JOIN beads b ON b.bead_id = u.bead_id"
            " LEFT JOIN reviews r ON r.pair_key = b.pair_key AND r.decision_key = b.decision_key"
            f" WHERE u.id IN ({','.join('?' * len(sides))}) AND r.decision IS NOT 'rejected'", list(sides))
        return {i: (tgt, src) if sides[i] else (src, tgt) for i, src, tgt in rows}

    def units_by_rowid(self, rowids: Iterable[int], lang: str) -> dict[int, Unit]:
        """Units by their row ids, with ``lang`` as the source; rejected ones left out."""
        ids = list(rowids)
        rows = self.db.execute(_UNIT_SELECT + f" WHERE u.id IN ({','.join('?' * len(ids))})"
                               " AND r.decision IS NOT 'rejected'", ids)
        return {row[0]: unit for row in rows if (unit := _unit(row, lang)) is not None}

    # -- what each pair teaches the aligner's lexicon ------------------------------------------

    def lexicon(self, src_lang: str, tgt_lang: str, corpus: str) -> LearnedLexicon | None:
        """The lexicon last learned for the two languages (``src_lang`` first) if it was learned
        from the corpus ``corpus`` names (``save_lexicon``), else None."""
        a, b = sorted((primary(src_lang), primary(tgt_lang)))
        row = self.db.execute("SELECT learned_from FROM lexicons WHERE lang_a = ? AND lang_b = ? AND corpus = ?",
                              (a, b, corpus)).fetchone()
        if row is None:
            return None
        pairs = self.db.execute("SELECT stem_a, stem_b, together, count_a, count_b FROM lexicon_pairs"
                                " WHERE lang_a = ? AND lang_b = ? ORDER BY stem_a, stem_b", (a, b)).fetchall()
        return LearnedLexicon((a, b), tuple(map(tuple, pairs)), row[0]).oriented(src_lang, tgt_lang)

    def save_lexicon(self, lexicon: LearnedLexicon, corpus: str) -> None:
        """Keep the lexicon learned from the corpus ``corpus`` names (a digest of its pairs as
        they were), in place of the one kept before for its two languages; one transaction."""
        a, b = sorted(lexicon.langs)
        lexicon = lexicon.oriented(a, b)
        with self.transaction() as db:
            db.execute("DELETE FROM lexicon_pairs WHERE lang_a = ? AND lang_b = ?", (a, b))
            db.execute("INSERT OR REPLACE INTO lexicons (lang_a, lang_b, version, learned_from, learned, corpus)"
                       " VALUES (?, ?, ?, ?, ?, ?)", (a, b, lexicon.version, lexicon.learned_from, _now(), corpus))
            db.executemany("INSERT INTO lexicon_pairs VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [(a, b, *pair) for pair in lexicon.pairs])

    def align_docs(self, pair_keys: Iterable[str]) -> Iterator[AlignDoc]:
        """Stored pairs' sentences as the aligner reads them (as ``tmtool run`` gave them), read
        on a connection of their own, opened where they are first asked for: another thread may
        take them while this one writes (the store's log lets it read what was committed)."""
        db = sqlite3.connect(self.path)
        try:
            for key in pair_keys:
                sides: dict[str, list[tuple[str, int]]] = {"src": [], "tgt": []}
                for side, text, paragraph in db.execute("SELECT side, text, paragraph FROM segments"
                                                        " WHERE pair_key = ? ORDER BY side, idx", (key,)):
                    sides[side].append((text, paragraph))
                yield AlignDoc(key, *(tuple(t for t, _ in sides[side]) for side in ("src", "tgt")),
                               *(tuple(p for _, p in sides[side]) for side in ("src", "tgt")))
        finally:
            db.close()

    def save_alignment(self, pair_key: str, beads: Sequence[Bead], review_threshold: float, reading: str
                       ) -> EditsAtSave | None:
        """A stored pair aligned again, its sentences the same (``tmtool run``, when what the pair
        reads of the corpus's lexicon changed): its beads and body units replaced in one
        transaction, its lessons' ``reading`` with them. A reviewer's alignment is kept as
        ``save_pair`` keeps it, with the new confidence of each bead the aligner made alike."""
        links = [ReviewBead(b.src, b.tgt, b.score, not b.src or not b.tgt or b.score < review_threshold) for b in beads]
        with self.transaction() as db:
            reviewed = self._alignment_edits(pair_key)
            if reviewed:
                aligned = {(k.src, k.tgt): k for k in links}
                links = [replace(k, score=aligned[k.src, k.tgt].score, unsure=aligned[k.src, k.tgt].unsure)
                         if not k.edited and (k.src, k.tgt) in aligned else k for k in self._links(pair_key)]
            self._write_links(pair_key, links, self._body_rowids(pair_key), index_now=False)
            db.execute("UPDATE lessons SET reading = ? WHERE pair_key = ?", (reading, pair_key))
            return EditsAtSave(pair_key, True, tuple(e.detail for e in reviewed)) if reviewed else None

    def _body_rowids(self, pair_key: str) -> range | None:
        """The row ids reserved for a stored pair's body units (``unit_rowids``: its first unit's
        and as many after as it may have), when no other pair's unit holds one, else None."""
        db = self.db
        first, title = db.execute("SELECT min(id), count(*) FILTER (WHERE bead_id IS NULL) FROM units"
                                  " WHERE pair_key = ?", (pair_key,)).fetchone()
        if first is None:
            return None
        sides = dict(db.execute("SELECT side, count(*) FROM segments WHERE pair_key = ? GROUP BY side", (pair_key,)))
        ids = range(first + title, first + 1 + min(sides.get("src", 0), sides.get("tgt", 0)))
        taken = db.execute("SELECT 1 FROM units WHERE id BETWEEN ? AND ? AND pair_key != ? LIMIT 1",
                           (ids.start, ids.stop - 1, pair_key)).fetchone()
        return None if taken else ids

    def lessons(self, pair_keys: Iterable[str]) -> Iterator[Lesson]:
        """Every lesson kept of these pairs (``PairLessons.lessons``), each stem one shared string."""
        for keys in batched(pair_keys, 500):
            for (packed,) in self.db.execute(f"SELECT lessons FROM lessons WHERE pair_key IN ({','.join('?' * len(keys))})",
                                             keys):
                text = _unpack(packed)
                for line in text.split("\n") if text else ():
                    src, tgt = line.split("\t")
                    yield tuple(map(sys.intern, src.split())), tuple(map(sys.intern, tgt.split()))

    def readings(self, pair_keys: Iterable[str]) -> Iterator[tuple[str, tuple[list[str], list[str]], str]]:
        """(pair key, stems, reading) of those of these pairs a lexicon may change (``PairLessons``)."""
        for keys in batched(pair_keys, 500):
            for key, stems, reading in self.db.execute(
                    f"SELECT pair_key, stems, reading FROM lessons WHERE stems IS NOT NULL"
                    f" AND pair_key IN ({','.join('?' * len(keys))})", keys):
                src, tgt = _unpack(stems).split("\t")
                yield key, (src.split(), tgt.split()), reading

    #: Glossaries kept (the latest): a store serves a few corpora or option sets, not every past run.
    GLOSSARIES_KEPT = 4

    def glossary(self, fingerprint: str) -> str | None:
        """The glossary saved under ``fingerprint`` (``tmtool.terms.fingerprint``), as the JSON
        ``tmtool.terms.model.glossary_to_json`` wrote, or None."""
        row = self.db.execute("SELECT glossary FROM glossaries WHERE fingerprint = ?", (fingerprint,)).fetchone()
        return row[0] if row else None

    def save_glossary(self, fingerprint: str, glossary_json: str) -> None:
        """Keep a glossary (its JSON) under ``fingerprint``, and the latest few others."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO glossaries VALUES (?, ?, ?)", (fingerprint, glossary_json, _now()))
            db.execute("DELETE FROM glossaries WHERE fingerprint NOT IN "
                       "(SELECT fingerprint FROM glossaries ORDER BY created DESC, fingerprint LIMIT ?)",
                       (self.GLOSSARIES_KEPT,))

    def glossary_key(self, units: str) -> str | None:
        """The fingerprint of the glossary of the units whose state ``units`` names (a digest
        of what they are read from, ``revision`` among it), or None if no run noted one."""
        row = self.db.execute("SELECT fingerprint FROM glossary_keys WHERE units = ?", (units,)).fetchone()
        return row[0] if row else None

    def save_glossary_key(self, units: str, fingerprint: str) -> None:
        """Note that the units whose state ``units`` names have the glossary ``fingerprint``;
        forget the notes of glossaries no longer kept."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO glossary_keys VALUES (?, ?, ?)", (units, fingerprint, _now()))
            db.execute("DELETE FROM glossary_keys WHERE fingerprint NOT IN (SELECT fingerprint FROM glossaries)")

    def term_analyses(self) -> Iterator[tuple[str, bytes]]:
        """(key, record) of each text's analysis kept by the terminology stage (the store is
        its ``tmtool.terms.candidates.AnalysisCache``)."""
        yield from self.db.execute("SELECT key, record FROM term_analyses")

    def save_term_analyses(self, records: Mapping[str, bytes], keep: Iterable[str] | None) -> None:
        """Keep ``records`` (key → record), and of the analyses kept before only those ``keep``
        names (None: every one): the store keeps the analyses of the texts of the last glossary
        made. One transaction."""
        with self.transaction() as db:
            if keep is not None:
                # the keys to keep in a table, not a set: ~489,000 at 26,000 pairs, some 58 MiB as a set by
                # their size, made when the glossary's candidates are all held (issue 12)
                db.execute("CREATE TEMP TABLE IF NOT EXISTS kept_analyses (key TEXT PRIMARY KEY) WITHOUT ROWID")
                db.executemany("INSERT OR IGNORE INTO kept_analyses VALUES (?)", ((key,) for key in keep))
                db.execute("DELETE FROM term_analyses WHERE key NOT IN (SELECT key FROM kept_analyses)")
                db.execute("DELETE FROM kept_analyses")
            db.executemany("INSERT OR REPLACE INTO term_analyses VALUES (?, ?)", records.items())

    # -- review ------------------------------------------------------------------------------

    def set_review(self, bead_id: str, decision: str | None) -> StoredBead:
        """Record a reviewer's decision on a bead (None withdraws it); it holds across re-runs."""
        if decision is not None and decision not in DECISIONS:
            raise StoreError(f"{self.path}: unknown decision {decision!r} (known: {', '.join(DECISIONS)})")
        with self.transaction() as db:
            key, _ = self._bead(bead_id)
            found = (key, db.execute("SELECT decision_key FROM beads WHERE bead_id = ?", (bead_id,)).fetchone()[0])
            change = {"decision_key": found[1], "before": self._decision(found), "after": decision}
            self._decide(found, decision)
            past = {"accepted": "accepted", "rejected": "rejected", None: "withdrew the decision on"}[decision]
            self._log(key, _DECISION_ACTIONS[decision], f"{past} {bead_id}", change)
        return next(b for b in self.beads(key) if b.bead_id == bead_id)

    def _decision(self, found: tuple[str, str]) -> str | None:
        row = self.db.execute("SELECT decision FROM reviews WHERE pair_key = ? AND decision_key = ?", found).fetchone()
        return row[0] if row else None

    def _decide(self, found: tuple[str, str], decision: str | None) -> None:
        if decision is None:
            self.db.execute("DELETE FROM reviews WHERE pair_key = ? AND decision_key = ?", found)
        else:
            self.db.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?)", (*found, decision, _now()))

    def _bead(self, bead_id: str) -> tuple[str, int]:
        """The pair of a bead, and its place in the pair (from 0)."""
        row = self.db.execute("SELECT pair_key, n FROM beads WHERE bead_id = ?", (bead_id,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no bead {bead_id!r} in the store")
        return row[0], row[1] - 1

    def _log(self, key: str, action: str, detail: str, change: dict) -> Edit:
        created = _now()
        edit_id = self.db.execute("INSERT INTO edits (pair_key, action, detail, change, created) VALUES (?, ?, ?, ?, ?)",
                                  (key, action, detail, json.dumps(change, ensure_ascii=False), created)).lastrowid
        return Edit(edit_id, key, action, detail, created)

    def _edit(self, bead_id: str, action: str, detail: str, make: Callable[[list[ReviewBead], int], Change]) -> Edit:
        """One edit of a pair's alignment, in one transaction: ``make`` says what changes."""
        with self.transaction():
            key, i = self._bead(bead_id)
            links = self._links(key)
            try:
                change = make(links, i)
            except StoreError as exc:
                raise StoreError(f"{self.path}: bead {bead_id}: {exc}") from None
            self._write_links(key, change.applied(links))
            return self._log(key, action, detail, change.as_json())

    def merge(self, bead_id: str) -> Edit:
        """Join a bead and the next into one bead (one unit)."""
        return self._edit(bead_id, "merge", f"merged {bead_id} with the next bead", edits.merge)

    def split(self, bead_id: str, src_at: int, tgt_at: int) -> Edit:
        """Cut a bead in two after its first ``src_at`` source and ``tgt_at`` target sentences."""
        return self._edit(bead_id, "split", f"split {bead_id} after {src_at} source and {tgt_at} target sentences",
                          lambda links, i: edits.split(links, i, src_at, tgt_at))

    def move(self, bead_id: str, side: str, direction: str) -> Edit:
        """Move a bead's first sentence of ``side`` ("src"/"tgt") to the previous bead, or its last to the next."""
        which = "first" if direction == "previous" else "last"
        return self._edit(bead_id, "move", f"moved the {which} {side} sentence of {bead_id} to the {direction} bead",
                          lambda links, i: edits.move(links, i, side, direction))

    def mark_gap(self, bead_id: str) -> Edit:
        """Mark a bead's sentences as translating nothing on the other side (1-0 / 0-1 beads)."""
        return self._edit(bead_id, "mark-gap", f"marked {bead_id} as 1-0/0-1", edits.mark_gap)

    def edit_text(self, bead_id: str, src_text: str | None = None, tgt_text: str | None = None) -> Edit:
        """Give a bead's unit the reviewer's text for a side (None: the side unchanged)."""
        sides = " and ".join(s for s, t in (("source", src_text), ("target", tgt_text)) if t is not None)
        return self._edit(bead_id, "edit-text", f"edited the {sides} text of {bead_id}",
                          lambda links, i: edits.edit_text(links, i, src_text, tgt_text))

    def _alignment_edits(self, key: str) -> list[Edit]:
        return [Edit(*row) for row in self.db.execute(
            f"SELECT id, pair_key, action, detail, created FROM edits WHERE pair_key = ? AND action IN ({_ALIGNMENT_MARKS})"
            " ORDER BY id", (key, *ALIGNMENT_ACTIONS))]

    def edits(self, pair_key: str) -> list[Edit]:
        """The edits of a pair that can be undone, oldest first."""
        return [Edit(*row) for row in self.db.execute(
            "SELECT id, pair_key, action, detail, created FROM edits WHERE pair_key = ? ORDER BY id", (pair_key,))]

    def undo(self, pair_key: str, edit_id: int | None = None) -> Edit:
        """Undo the last edit of a pair, or its edit ``edit_id`` (refused when a later edit
        changed what that one did); returns the edit undone, which leaves the log."""
        with self.transaction() as db:
            where, args = ("AND id = ?", (pair_key, edit_id)) if edit_id is not None else ("", (pair_key,))
            row = db.execute(f"SELECT id, pair_key, action, detail, created, change FROM edits WHERE pair_key = ? {where}"
                             " ORDER BY id DESC LIMIT 1", args).fetchone()
            if row is None:
                raise StoreError(f"{self.path}: release {pair_key} has no edit"
                                 f"{f' {edit_id}' if edit_id is not None else ''} to undo")
            edit, change = Edit(*row[:5]), json.loads(row[5])
            if edit.action in ALIGNMENT_ACTIONS:
                links = self._links(pair_key)
                try:
                    self._write_links(pair_key, edits.undone(links, Change.from_json(change)).applied(links))
                except StoreError as exc:
                    raise StoreError(f"{self.path}: edit {edit.edit_id} ({edit.detail}): {exc}") from None
            else:
                found = (pair_key, change["decision_key"])
                if self._decision(found) != change["after"]:
                    raise StoreError(f"{self.path}: edit {edit.edit_id} ({edit.detail}): a later decision "
                                     "changed it; undo that one first")
                self._decide(found, change["before"])
            db.execute("DELETE FROM edits WHERE id = ?", (edit.edit_id,))
            return edit
