"""The store's tables, built by numbered migrations.

``schema_version`` holds the number of the last migration applied. Opening a
store applies the missing ones in order, each in its own transaction, so an
old store is upgraded in place and a failed upgrade leaves it as it was.
Never edit a released migration: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable

from tmtool.errors import StoreError
from tmtool.store.words import index_terms


def _m1_tables(db: sqlite3.Connection) -> None:
    """Documents, pairs, their segments, beads and units, review decisions, runs."""
    # Statement by statement: executescript would commit the migration's transaction.
    for statement in """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            release_id TEXT, lang TEXT NOT NULL, date TEXT, title TEXT NOT NULL,
            path TEXT NOT NULL, url TEXT, content_hash TEXT NOT NULL
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            tmtool TEXT NOT NULL, signature TEXT NOT NULL, created TEXT NOT NULL, counts TEXT NOT NULL
        );
        CREATE TABLE pairs (
            pair_key TEXT PRIMARY KEY,
            src_doc INTEGER NOT NULL REFERENCES documents(id),
            tgt_doc INTEGER NOT NULL REFERENCES documents(id),
            method TEXT NOT NULL, score REAL NOT NULL, reason TEXT NOT NULL,
            content_hash TEXT NOT NULL, signature TEXT NOT NULL, saved TEXT NOT NULL
        );
        CREATE TABLE segments (
            pair_key TEXT NOT NULL REFERENCES pairs(pair_key) ON DELETE CASCADE,
            side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
            idx INTEGER NOT NULL, paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (pair_key, side, idx)
        ) WITHOUT ROWID;
        CREATE TABLE beads (
            bead_id TEXT PRIMARY KEY,
            pair_key TEXT NOT NULL REFERENCES pairs(pair_key) ON DELETE CASCADE,
            n INTEGER NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL, kind TEXT NOT NULL,
            score REAL NOT NULL, unsure INTEGER NOT NULL, decision_key TEXT NOT NULL
        );
        CREATE INDEX beads_pair ON beads(pair_key, n);
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            unit_id TEXT NOT NULL UNIQUE,
            pair_key TEXT NOT NULL REFERENCES pairs(pair_key) ON DELETE CASCADE,
            n INTEGER NOT NULL, bead_id TEXT REFERENCES beads(bead_id),
            kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
            src_lang TEXT NOT NULL, tgt_lang TEXT NOT NULL, paragraph INTEGER, tgt_paragraph INTEGER,
            bead TEXT NOT NULL, score REAL NOT NULL, needs_review INTEGER NOT NULL, notes TEXT NOT NULL
        );
        CREATE INDEX units_pair ON units(pair_key, n);
        -- Keyed by the bead's text, not its id, and not cascaded: a decision
        -- outlives re-alignment and comes back wherever the same sentences meet.
        CREATE TABLE reviews (
            pair_key TEXT NOT NULL, decision_key TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
            decided TEXT NOT NULL,
            PRIMARY KEY (pair_key, decision_key)
        ) WITHOUT ROWID;
    """.split(";")[:-1]:
        db.execute(statement)


def _m2_term_index(db: sqlite3.Connection) -> None:
    """A full-text index of each unit side's terms (rowid = 2 × unit id + side), and how many sides hold each term.

    ``term_docs`` is what lookup reads to pick a query's rarest terms; FTS5's own
    vocabulary table counts them by walking the postings, too slow on a large store.
    """
    db.execute("CREATE VIRTUAL TABLE unit_terms USING fts5(terms, "
               "tokenize = \"unicode61 remove_diacritics 2 tokenchars '_'\")")
    db.execute("CREATE TABLE term_docs (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID")
    rows = db.execute("SELECT id, source, target, src_lang, tgt_lang FROM units").fetchall()
    index_units(db, rows)


def index_units(db: sqlite3.Connection, units) -> None:
    """Add (row id, source, target, source language, target language) units to the term index."""
    write_index(db, unit_terms(units))


def unit_terms(units: Iterable[tuple[int, str, str, str, str]]) -> list[tuple[int, list[str], list[str]]]:
    """(row id, source's index terms, target's) of (row id, source, target, source language,
    target language) units: what ``write_index`` writes (a task: module-level, so it can be sent)."""
    return [(rowid, index_terms(source, src_lang), index_terms(target, tgt_lang))
            for rowid, source, target, src_lang, tgt_lang in units]


def write_index(db: sqlite3.Connection, indexed: Iterable[tuple[int, list[str], list[str]]]) -> None:
    """Add units' sides to the term index, as ``unit_terms`` gives them."""
    docs: Counter = Counter()
    rows = []
    for unit_rowid, *sides in indexed:
        for side, side_terms in enumerate(sides):
            docs.update(set(side_terms))
            rows.append((unit_rowid * 2 + side, " ".join(side_terms)))
    db.executemany("INSERT INTO unit_terms(rowid, terms) VALUES (?, ?)", rows)
    db.executemany("INSERT INTO term_docs VALUES (?, ?)"
                   " ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs", docs.items())


def leave_unindexed(db: sqlite3.Connection, unit_rowids: Iterable[int]) -> None:
    """Leave units for ``Store.index_pending`` to index."""
    db.executemany("INSERT INTO unindexed VALUES (?)", [(r,) for r in unit_rowids])


def unindex_units(db: sqlite3.Connection, unit_rowids: list[int]) -> None:
    """Take units out of the term index (before they are deleted)."""
    term_rowids = [r * 2 + side for r in unit_rowids for side in (0, 1)]
    if not term_rowids:
        return
    marks = ",".join("?" * len(term_rowids))
    docs: Counter = Counter()
    for (text,) in db.execute(f"SELECT terms FROM unit_terms WHERE rowid IN ({marks})", term_rowids):
        docs.update(set(text.split()))
    db.executemany("UPDATE term_docs SET docs = docs - ? WHERE term = ?", [(n, t) for t, n in docs.items()])
    db.executemany("DELETE FROM term_docs WHERE term = ? AND docs <= 0", [(t,) for t in docs])
    db.execute(f"DELETE FROM unit_terms WHERE rowid IN ({marks})", term_rowids)
    db.executemany("DELETE FROM unindexed WHERE id = ?", [(r,) for r in unit_rowids])


def _m3_lexicon(db: sqlite3.Connection) -> None:
    """The lexicon learned from the whole translation memory, per language pair (the two
    primary subtags in alphabetical order, ``lang_a`` < ``lang_b``): each stem pair with the
    counts it was chosen on, and what it was learned from."""
    db.execute("""CREATE TABLE lexicons (
        lang_a TEXT NOT NULL, lang_b TEXT NOT NULL, version TEXT NOT NULL,
        learned_from INTEGER NOT NULL, learned TEXT NOT NULL,
        PRIMARY KEY (lang_a, lang_b)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE lexicon_pairs (
        lang_a TEXT NOT NULL, lang_b TEXT NOT NULL, stem_a TEXT NOT NULL, stem_b TEXT NOT NULL,
        together INTEGER NOT NULL, count_a INTEGER NOT NULL, count_b INTEGER NOT NULL,
        PRIMARY KEY (lang_a, lang_b, stem_a, stem_b)) WITHOUT ROWID""")


def _m4_glossaries(db: sqlite3.Connection) -> None:
    # The glossary of a run, kept under the fingerprint of everything it was made from
    # (tmtool.terms.fingerprint): a run whose units have not changed reads it back.
    db.execute("""CREATE TABLE glossaries (
        fingerprint TEXT PRIMARY KEY, glossary TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID""")


def _m5_edits(db: sqlite3.Connection) -> None:
    """Reviewers' edits of alignments: which beads a reviewer made (and the text they gave a
    side, NULL while the side's sentences stand), and the log of every edit, to undo one."""
    db.execute("ALTER TABLE beads ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE beads ADD COLUMN src_text TEXT")
    db.execute("ALTER TABLE beads ADD COLUMN tgt_text TEXT")
    # Not cascaded, as reviews: a re-run saves the pair anew, and the edits of a pair whose
    # sentences have not changed are applied to it again (Store.save_pair).
    # ``change``: JSON, a tmtool.store.edits.Change, or for a decision its key and the decisions before and after.
    db.execute("""CREATE TABLE edits (
        id INTEGER PRIMARY KEY AUTOINCREMENT, pair_key TEXT NOT NULL, action TEXT NOT NULL,
        detail TEXT NOT NULL, change TEXT NOT NULL, created TEXT NOT NULL)""")
    db.execute("CREATE INDEX edits_pair ON edits(pair_key, id)")


def _m6_reruns(db: sqlite3.Connection) -> None:
    """What lets a re-run cost what changed: the release read from each page (by path, with the
    page's size and modification time and the signature of the code that read it), a revision of
    each pair that changes with anything stored of it, each output written, with the fingerprint
    of what it was written from and the size and time of its files, the glossary of the units of
    a state of the stored pairs, and the indexes that make saving a pair again cost that pair."""
    # A row of a few kB: a rowid table (WITHOUT ROWID wastes pages on rows that large).
    db.execute("""CREATE TABLE pages (
        path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, reader TEXT NOT NULL,
        release TEXT NOT NULL)""")
    # Kept by triggers, so that no way of changing a pair (a re-run, a reviewer's decision or
    # edit, whatever comes next) can forget it. Units, segments and documents change only with
    # their pair's row or its beads, which the triggers watch; a random revision, not a count,
    # so that a pair deleted and saved again never gets back an old one.
    db.execute("CREATE TABLE pair_revisions (pair_key TEXT PRIMARY KEY, revision INTEGER NOT NULL) WITHOUT ROWID")
    for table, events in (("pairs", ("INSERT", "UPDATE", "DELETE")), ("beads", ("INSERT", "UPDATE", "DELETE")),
                          ("reviews", ("INSERT", "UPDATE", "DELETE"))):
        for event in events:
            row = "OLD" if event == "DELETE" else "NEW"
            db.execute(f"""CREATE TRIGGER {table}_{event.lower()}_revision AFTER {event} ON {table} BEGIN
                INSERT OR REPLACE INTO pair_revisions VALUES ({row}.pair_key, random()); END""")
    db.execute("INSERT INTO pair_revisions SELECT pair_key, random() FROM pairs")
    # Deleting a bead or a document (a pair saved again) checks the rows that refer to it: without
    # these, each pair saved again scanned every unit and every pair of the store (20 ms a pair
    # at 2,000 pairs, growing with the store).
    db.execute("CREATE INDEX units_bead ON units(bead_id)")
    db.execute("CREATE INDEX pairs_src_doc ON pairs(src_doc)")
    db.execute("CREATE INDEX pairs_tgt_doc ON pairs(tgt_doc)")
    # ``files``: JSON, [[path, size, mtime_ns], ...] of every file the output wrote; ``facts``:
    # JSON, what the run report says of it (an export's counts).
    db.execute("""CREATE TABLE outputs (
        path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, files TEXT NOT NULL, facts TEXT NOT NULL,
        written TEXT NOT NULL)""")
    # Which glossary the units of a run have, by the state of the stored pairs they come from
    # (``units``): a run whose pairs have not changed finds it without hashing every unit.
    db.execute("""CREATE TABLE glossary_keys (
        units TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID""")
    # A glossary is now kept with the run's note on the characters XML cannot carry: those kept
    # before have none, and are made again once.
    db.execute("DELETE FROM glossaries")


def _m7_term_analyses(db: sqlite3.Connection) -> None:
    """What lets a glossary cost what changed: the occurrences of term candidates found in each
    text of the last glossary made, by the text, its language and the analyser
    (``tmtool.terms.candidates.analysis_digest``, in hex), as ``candidates._record`` writes them (compressed JSON)."""
    # A row of a few hundred bytes: a rowid table, as pages.
    db.execute("CREATE TABLE term_analyses (key TEXT PRIMARY KEY, record BLOB NOT NULL)")


def _m8_unindexed(db: sqlite3.Connection) -> None:
    """The units saved since the term index was last brought up to date (``Store.index_pending``):
    a run saves each pair in its own transaction and indexes its units in batches, which
    costs a tenth of indexing them pair by pair (how many sides hold a term, above all)."""
    db.execute("CREATE TABLE unindexed (id INTEGER PRIMARY KEY)")


def _m9_lessons(db: sqlite3.Connection) -> None:
    """What each pair teaches the aligner's lexicon (``tmtool.store.PairLessons``): a run learns
    the lexicon of its corpus's pairs, as a run from scratch would, without aligning again those
    it reuses. The lexicon kept is the one last learned, named by the corpus it was learned from
    (a digest of its pairs: ``corpus``). The pairs stored before keep no lessons: aligned again once."""
    db.execute("CREATE TABLE lessons (pair_key TEXT PRIMARY KEY, lessons BLOB NOT NULL, stems BLOB,"
               " reading TEXT NOT NULL)")
    db.execute("ALTER TABLE lexicons ADD COLUMN corpus TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE pairs SET signature = 'aligned before pairs kept their lessons'")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_m1_tables, _m2_term_index, _m3_lexicon,
                                                                  _m4_glossaries, _m5_edits, _m6_reruns,
                                                                  _m7_term_analyses, _m8_unindexed, _m9_lessons)
SCHEMA_VERSION = len(MIGRATIONS)


def version(db: sqlite3.Connection, path: str) -> int:
    """The schema version of an open store; 0 for a new, empty file."""
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a tmtool store ({exc})") from None
    if "schema_version" in tables:
        return db.execute("SELECT version FROM schema_version").fetchone()[0]
    if tables:
        raise StoreError(f"{path}: not a tmtool store (an SQLite file without a schema_version table)")
    return 0


def migrate(db: sqlite3.Connection, path: str, upto: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``upto``; return the version before."""
    before = version(db, path)
    if before > SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema version {before} is newer than this tmtool knows "
                         f"({SCHEMA_VERSION}); upgrade tmtool")
    for number in range(before + 1, upto + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            if number == 1:
                db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
                db.execute("INSERT INTO schema_version VALUES (0)")
            MIGRATIONS[number - 1](db)
            db.execute("UPDATE schema_version SET version = ?", (number,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return before
