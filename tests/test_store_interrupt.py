"""A run stopped in the middle of saving a pair leaves the store holding exactly the pairs saved before."""

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from storedata import mini_corpus, save_corpus
from tmtool.store import Store, concordance

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def corpus(tmp_path):
    return mini_corpus(tmp_path / "mini", 4)


def _contents(path):
    with Store.open(path) as store:
        counts = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "segments", "beads", "units", "unit_terms", "unindexed")}
        return [p.pair_key for p in store.pairs()], counts


def _interrupt_in_third_save(monkeypatch, action):
    """Make ``action`` happen in the middle of saving the third pair (its first document is written)."""
    real, calls = Store._insert_doc, []

    def insert_doc(self, *args):
        calls.append(args)
        if len(calls) == 6:
            action()
        return real(self, *args)

    monkeypatch.setattr(Store, "_insert_doc", insert_doc)


def test_an_error_inside_a_save_rolls_that_pair_back(corpus, tmp_path, monkeypatch):
    path = tmp_path / "tm.db"
    with Store.open(path) as store:
        save_corpus(store, corpus)
    expected = _contents(path)[1]
    path.unlink()

    def fail():
        raise OSError(28, "No space left on device")

    with Store.open(path) as store:
        _interrupt_in_third_save(monkeypatch, fail)
        with pytest.raises(OSError):
            save_corpus(store, corpus)
    monkeypatch.undo()
    keys, counts = _contents(path)
    assert keys == ["3000001", "3000002"]
    # The saved pairs' terms were to be indexed once every pair was saved: a lookup indexes them.
    assert counts == {t: n // 2 for t, n in expected.items()} | {"unit_terms": 0, "unindexed": expected["units"] // 2}
    assert expected["unindexed"] == 0
    with Store.open(path) as store:  # and the next run carries on where this one stopped
        assert save_corpus(store, corpus) == ["3000003", "3000004"]
        assert _contents(path)[1] == expected
        hits = concordance(store, "бюджет ОБСЕ", "ru-RU")
        assert [h.unit.provenance.release_id for h in hits] == ["3000001", "3000002", "3000003", "3000004"]


_CHILD = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
import pytest
from storedata import save_corpus
from tmtool.store import Store
import test_store_interrupt as t

# A process started in the background of a shell inherits SIGINT ignored; Python then raises
# no KeyboardInterrupt. Whoever starts the tests, the child takes Python's own handler.
signal.signal(signal.SIGINT, signal.default_int_handler)
monkeypatch = pytest.MonkeyPatch()
t._interrupt_in_third_save(monkeypatch, lambda: os.kill(os.getpid(), signal.{signal}))
with Store.open({store!r}) as store:
    save_corpus(store, Path({corpus!r}))
"""


@pytest.mark.parametrize("sig", ["SIGINT", "SIGKILL"])
def test_a_signal_inside_a_save_leaves_the_pairs_saved_before(corpus, tmp_path, sig):
    path = tmp_path / "tm.db"
    script = textwrap.dedent(_CHILD).format(tests=str(TESTS), signal=sig, store=str(path), corpus=str(corpus))
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    if sig == "SIGINT":
        assert "KeyboardInterrupt" in child.stderr
    else:
        assert child.returncode == -signal.SIGKILL
    keys, counts = _contents(path)
    assert keys == ["3000001", "3000002"]
    assert counts["documents"] == 4 and counts["unit_terms"] == 0 and counts["unindexed"] == counts["units"]
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [h.unit.provenance.release_id for h in concordance(store, "бюджет ОБСЕ", "ru-RU")] == [
            "3000001", "3000002"]
        assert save_corpus(store, corpus) == ["3000003", "3000004"]


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP"])
def test_a_terminated_export_leaves_no_part_file(tmp_path, sig):
    from tmtool.formats import ExportHeader, export_units
    from tmtool.model import Provenance, Unit

    provenance = Provenance("1", None, "t", "a", "b")
    units = (Unit(f"u{n}", f"Sentence number {n} of a long memory.", f"Предложение номер {n} длинной памяти.",
                  "en-GB", "ru-RU", provenance) for n in range(60_000))
    export_units(units, tmp_path / "big.tmx", "tmx", ExportHeader("en-GB", "ru-RU"))
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen([sys.executable, "-m", "tmtool", "export", str(tmp_path / "big.tmx"), "-o",
                              str(out / "tm.po")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(out.glob(".*.part")) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert child.poll() is None, "the export ended before it could be interrupted"
    child.send_signal(getattr(signal, sig))
    child.wait(timeout=60)
    assert child.returncode == 128 + getattr(signal, sig)
    assert sorted(p.name for p in out.iterdir()) == []  # no tm.po, no hidden .part


def test_transactions_saved_together_are_each_all_or_nothing_and_kept_whatever_ends_the_block(tmp_path):
    """``tmtool run`` saves the pairs that wait in one transaction (``Store.together``): a pair that
    fails is rolled back alone, and an interruption keeps the pairs saved before it."""
    path = tmp_path / "tm.db"

    def signatures():
        with Store.open(path) as other:  # another connection: what is committed
            return [r["signature"] for r in other.runs()]

    with Store.open(path) as store:
        with pytest.raises(KeyboardInterrupt):
            with store.together():
                store.record_run("first", {})
                with pytest.raises(ValueError), store.transaction() as db:
                    db.execute("INSERT INTO runs (tmtool, signature, created, counts) VALUES ('', 'failed', '', '{}')")
                    raise ValueError("a save that fails")
                store.record_run("third", {})
                assert signatures() == []  # committed as one, when the block ends
                raise KeyboardInterrupt
        assert signatures() == ["first", "third"]
        store.record_run("after", {})  # the store is left as usable as before
    assert signatures() == ["first", "third", "after"]
