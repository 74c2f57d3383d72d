"""A store SQLite cannot write, or a disk that fills up: one line naming the file, exit 1, no traceback."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from click.testing import CliRunner

from paths import CORPUS
from tmtool import atomic
from tmtool.cli import cli
from tmtool.store import Store

_open = Store.open.__func__


def _store_with(pragma: str):
    """``Store.open`` that sets ``pragma`` on every store it opens (read-only, or full)."""
    def opened(cls, path, *args, **kwargs):
        store = _open(cls, path, *args, **kwargs)
        store.db.execute(pragma)
        return store
    return classmethod(opened)


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("pragma, problem", [
    ("PRAGMA query_only = ON", "attempt to write a readonly database"),
    ("PRAGMA max_page_count = 1", "database or disk is full"),
])
def test_run_on_a_store_sqlite_cannot_write(tmp_path, monkeypatch, pragma, problem):
    monkeypatch.setattr(Store, "open", _store_with(pragma))
    result = _run("run", CORPUS, "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'out' / 'tmtool.db'}: cannot write the store: {problem}\n"
    assert not list((tmp_path / "out").glob("*.tmx"))


def test_review_on_a_read_only_store(tmp_path, monkeypatch):
    assert _run("run", CORPUS, "-o", tmp_path / "out", "--quiet", "--glossary", "").exit_code == 0
    monkeypatch.setattr(Store, "open", _store_with("PRAGMA query_only = ON"))
    store = tmp_path / "out" / "tmtool.db"
    result = _run("review", store, "--reject", "2623733-1")
    assert result.exit_code == 1
    assert result.output == f"Error: {store}: cannot write the store: attempt to write a readonly database\n"


def test_a_store_in_a_folder_sqlite_cannot_open_is_not_called_not_a_store(tmp_path, monkeypatch):
    class Unopenable:  # what sqlite3 gives for a file in a folder it may not write: it fails on first use
        def execute(self, *args):
            raise sqlite3.OperationalError("unable to open database file")

        def close(self):
            pass

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: Unopenable())
    result = _run("run", CORPUS, "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 1
    assert result.output == (f"Error: {tmp_path / 'out' / 'tmtool.db'}: cannot use the store: "
                             "unable to open database file\n")


def test_a_disk_that_fills_up_while_writing_an_output_names_the_file(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    result = _run("run", CORPUS, "-o", tmp_path / "out", "--quiet", "--store", tmp_path / "tm.db")
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'out' / 'corpora.tmx'}: No space left on device\n"
    assert not [p for p in (tmp_path / "out").iterdir() if p.suffix == ".part" or p.name.endswith(".part")]
