import sqlite3

import pytest

from storedata import handmade_pair
from tmtool.errors import TmtoolError
from tmtool.store import Store, StoreError, lookup
from tmtool.store import schema
from tmtool.store.schema import SCHEMA_VERSION


def test_a_new_store_has_every_migration(tmp_path):
    with Store.open(tmp_path / "sub" / "tm.db") as store:
        assert store.schema_version == SCHEMA_VERSION == 9
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "pairs", "segments", "beads", "units", "reviews", "runs", "unit_terms",
            "lexicons", "lexicon_pairs", "glossaries", "edits", "pages", "pair_revisions", "outputs",
            "glossary_keys", "term_analyses", "unindexed"} <= tables


def test_an_old_store_is_migrated_and_its_units_indexed(tmp_path):
    path = tmp_path / "tm.db"
    with Store.open(path, upto=1) as store:
        assert store.schema_version == 1
        db = store.db
        db.execute("INSERT INTO documents VALUES (1, '7', 'en-GB', NULL, 'T', 'a.txt', NULL, 'h')")
        db.execute("INSERT INTO documents VALUES (2, '7', 'ru-RU', NULL, 'Т', 'b.txt', NULL, 'h')")
        db.execute("INSERT INTO pairs VALUES ('7', 1, 2, 'id', 1.0, 'r', 'h', 'sig', 'now')")
        db.execute("INSERT INTO units (unit_id, pair_key, n, kind, source, target, src_lang, tgt_lang, bead,"
                   " score, needs_review, notes) VALUES ('7-0', '7', 0, 'title', 'Talks in Moscow',"
                   " 'Переговоры в Москве', 'en-GB', 'ru-RU', 'title', 1.0, 0, '[]')")
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        [match] = lookup(store, "Переговоры в Москве", "ru-RU")
        assert (match.score, match.unit.target) == (100.0, "Talks in Moscow")


def test_a_failed_migration_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "tm.db"
    Store.open(path, upto=1).close()

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("tmtool.store.schema.MIGRATIONS", ("unused", broken))
    with pytest.raises(RuntimeError):
        Store.open(path)
    monkeypatch.undo()
    with Store.open(path, upto=1) as store:
        assert store.schema_version == 1
        assert not store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchall()


def test_a_store_from_a_newer_tmtool_is_refused(tmp_path):
    path = tmp_path / "tm.db"
    with Store.open(path) as store:
        store.db.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="schema version 99 is newer"):
        Store.open(path)


@pytest.mark.parametrize("content", [b"not a database at all, just text" * 100, None])
def test_other_files_are_not_stores(tmp_path, content):
    path = tmp_path / "other.db"
    if content:
        path.write_bytes(content)
    else:
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(TmtoolError, match="not a tmtool store"):
        Store.open(path)


def test_reading_commands_do_not_create_a_store(tmp_path):
    with pytest.raises(StoreError, match="no store there"):
        Store.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_runs_are_recorded_with_their_signature(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        handmade_pair(store)
        run = store.record_run("tmtool:0.1.0|x", {"aligned": 1, "reused": 0})
        [record] = store.runs()
    assert record["id"] == run
    assert (record["signature"], record["counts"]) == ("tmtool:0.1.0|x", {"aligned": 1, "reused": 0})
    assert record["tmtool"] and record["created"].endswith("+00:00")


def test_beads_of_a_store_before_edits_are_the_aligners(tmp_path):
    path = tmp_path / "tm.db"
    with Store.open(path, upto=4) as store:
        db = store.db
        db.execute("INSERT INTO documents VALUES (1, '7', 'en-GB', NULL, 'T', 'a.txt', NULL, 'h')")
        db.execute("INSERT INTO documents VALUES (2, '7', 'ru-RU', NULL, 'Т', 'b.txt', NULL, 'h')")
        db.execute("INSERT INTO pairs VALUES ('7', 1, 2, 'id', 1.0, 'r', 'h', 'sig', 'now')")
        db.execute("INSERT INTO segments VALUES ('7', 'src', 0, 0, 0, 4, 'Yes.'), ('7', 'tgt', 0, 0, 0, 3, 'Да.')")
        db.execute("INSERT INTO beads VALUES ('7-1', '7', 1, '0', '0', '1-1', 0.9, 0, 'k')")
    with Store.open(path) as store:
        [bead] = store.beads("7")
        assert (bead.edited, bead.src_text, bead.tgt_text) == (False, None, None)
        assert store.edits("7") == []
        store.mark_gap("7-1")
        assert [b.kind for b in store.beads("7")] == ["1-0", "0-1"]


def _saving_before_schema_8(monkeypatch):
    """Save as tmtool did before schema 8 (``_m8_unindexed``): a pair's units indexed as it is saved."""
    def index_now(db, unit_rowids):
        ids = list(unit_rowids)
        schema.index_units(db, db.execute("SELECT id, source, target, src_lang, tgt_lang FROM units"
                                          f" WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall())

    monkeypatch.setattr(schema, "leave_unindexed", index_now)


def test_a_store_before_reruns_is_upgraded_with_a_revision_of_each_pair(tmp_path, monkeypatch):
    _saving_before_schema_8(monkeypatch)
    path = tmp_path / "tm.db"
    with Store.open(path, upto=5) as store:
        handmade_pair(store)
        store.save_glossary("f", "{}")
    with Store.open(path, upto=6) as store:
        assert store.schema_version == 6
        assert [key for key, _ in store.db.execute("SELECT * FROM pair_revisions")] == ["4000001"]
        # kept before, a glossary lacks the run's note on characters XML cannot carry: made again
        assert store.glossary("f") is None
        assert list(store.pages("any")) == [] and store.output(tmp_path / "x.tmx") is None


def test_a_store_before_term_analyses_is_upgraded_with_none_kept(tmp_path, monkeypatch):
    path = tmp_path / "tm.db"
    with Store.open(path, upto=6) as store:
        _saving_before_schema_8(monkeypatch)
        handmade_pair(store)
        store.save_glossary("f", "{}")
    monkeypatch.undo()
    with Store.open(path) as store:
        assert store.schema_version == 9
        # indexed when it was saved: nothing waits for the index, and lookup finds it
        assert store.index_pending() == 0 and lookup(store, "The talks were frank.", "en-GB")
        assert list(store.term_analyses()) == [] and store.glossary("f") == "{}"
        store.save_term_analyses({"a": b"[]", "b": b"[[]]"}, keep=[])
        store.save_term_analyses({"c": b"[]"}, keep=["b", "c"])
        store.save_term_analyses({"d": b"[]"}, keep=None)  # every one kept
        assert sorted(store.term_analyses()) == [("b", b"[[]]"), ("c", b"[]"), ("d", b"[]")]


def test_a_store_before_lessons_aligns_its_pairs_again_once(tmp_path):
    """Its pairs keep no lessons for a lexicon to learn from: a run aligns them again, and keeps theirs."""
    path = tmp_path / "tm.db"
    with Store.open(path, upto=8) as store:
        handmade_pair(store, signature="aligned with the store's lexicon")
        store.db.execute("INSERT INTO lexicons VALUES ('en', 'ru', 'v', 10, 'now')")
    with Store.open(path) as store:
        assert [p.signature for p in store.pairs()] == ["aligned before pairs kept their lessons"]
        assert store.db.execute("SELECT corpus FROM lexicons").fetchall() == [("",)]
        assert list(store.lessons(["4000001"])) == [] and list(store.readings(["4000001"])) == []


def test_the_revision_of_pairs_follows_every_change_to_them(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        handmade_pair(store)
        handmade_pair(store, "4000002")
        seen = [store.revision(["4000001"])]
        changes = [lambda: handmade_pair(store),  # saved again, the same
                   lambda: store.set_review("4000001-2", "accepted"),
                   lambda: store.set_review("4000001-2", None),
                   lambda: store.merge("4000001-1"),
                   lambda: store.undo("4000001"),
                   lambda: store.edit_text("4000001-1", tgt_text="Другой текст.")]
        for change in changes:
            change()
            seen.append(store.revision(["4000001"]))
        assert len(set(seen)) == len(seen)
        other = store.revision(["4000002"])
        # what changes no pair leaves the revisions alone
        store.record_run("sig", {})
        store.save_glossary("f", "{}")
        store.save_pages("reader", [("a.txt", 1, 2, "{}")], ["a.txt"])
        assert (store.revision(["4000001"]), store.revision(["4000002"])) == (seen[-1], other)
        assert store.revision(["4000001", "4000002"]) != store.revision(["4000002", "4000001"])
