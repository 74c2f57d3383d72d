"""A run whose units an earlier run had reads that run's glossary back from the store."""

from __future__ import annotations

import os
import subprocess
import sys

from paths import CORPUS
from tmtool import pipeline
from tmtool.pipeline import RunOptions, run_corpus
from tmtool.store import Store
from tmtool.terms import Context, Glossary, TermEntry, TermOptions, fingerprint
from tmtool.terms.model import glossary_from_json, glossary_to_json


def test_a_glossary_reads_back_as_it_was_written():
    glossary = Glossary("en-GB", "ru-RU", (
        TermEntry("Foreign Minister", "Министр иностранных дел", 12, 9, 0.83, 4.5, ("Minister",), ("министр",),
                  (Context("The Foreign Minister said…", "Министр иностранных дел сказал…", "2623733"),), "seed"),
        TermEntry("exchange of views", "обмен мнениями", 3, 3, 0.5, 1.0)), ("a note",))
    assert glossary_from_json(glossary_to_json(glossary)) == glossary


def test_a_second_run_reads_the_glossary_back_and_a_changed_unit_makes_it_anew(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = run_corpus(CORPUS, out, RunOptions(jobs=1))
    made = []
    monkeypatch.setattr(pipeline, "extract_terms", lambda *a, **k: made.append(1) or first.glossary)
    again = run_corpus(CORPUS, out, RunOptions(jobs=1))
    assert not made and again.glossary == first.glossary and len(first.glossary) > 0
    with Store.open(out / "tmtool.db") as store:  # a reviewer rejects a bead: the units change
        bead = next(b for p in store.pairs() for b in store.beads(p.pair_key) if b.kind == "1-1")
        store.set_review(bead.bead_id, "rejected")
    run_corpus(CORPUS, out, RunOptions(jobs=1))
    assert made == [1]


def test_the_fingerprint_is_the_same_in_another_process():
    # A set in the options has another order in each process; the fingerprint must not.
    options = TermOptions(stoplist=frozenset({"minister", "president", "talks", "ministry"}))
    here = fingerprint([], "en-GB", "ru-RU", options)
    code = ("from tmtool.terms import TermOptions, fingerprint; "
            "print(fingerprint([], 'en-GB', 'ru-RU', "
            "TermOptions(stoplist=frozenset({'minister', 'president', 'talks', 'ministry'}))))")
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.stdout.strip() == here
    assert fingerprint([], "en-GB", "ru-RU") != here


def test_a_damaged_glossary_in_the_store_is_made_anew(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        store.save_glossary("key", glossary_to_json(Glossary("en-GB", "ru-RU")))
        store.db.execute("UPDATE glossaries SET glossary = '{\"entries\": [{\"source\": 1}]'")
        assert glossary_from_json(store.glossary("key")) is None
        assert glossary_from_json(store.glossary("another")) is None
