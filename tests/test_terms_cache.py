"""A glossary costs what changed: each text's analysis is kept in the store, and a glossary made
again analyses only the texts it has not seen (tmtool.terms.candidates.extract_sides)."""

from __future__ import annotations

import dataclasses
import zlib

import pytest

from paths import DATA
from tmtool.evaluation.terms import gold_units
from tmtool.store import Store
from tmtool.terms import candidates, extract_terms
from tmtool.terms.model import glossary_to_json
from tmtool.text import clean


@pytest.fixture(scope="module")
def units():
    return gold_units(DATA / "gold")


def _analysed(monkeypatch) -> list[str]:
    """The texts analysed from now on (in this process: ``run`` is ``map``)."""
    texts, real = [], candidates._records
    monkeypatch.setattr(candidates, "_records", lambda task: texts.extend(task[1]) or real(task))
    return texts


def _kept(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM term_analyses").fetchone()[0]


def test_a_text_is_analysed_once_across_two_glossaries(units, tmp_path, monkeypatch):
    analysed = _analysed(monkeypatch)
    with Store.open(tmp_path / "tm.db") as store:
        first = extract_terms(units, "en-GB", "ru-RU", cache=store)
        distinct = {clean(u.source) for u in units} | {clean(u.target) for u in units}
        assert sorted(analysed) == sorted(distinct) and _kept(store) == len(distinct)
        analysed.clear()
        again = extract_terms(units, "en-GB", "ru-RU", cache=store)
    assert analysed == []
    assert len(first) > 50 and glossary_to_json(again) == glossary_to_json(first)
    assert again == extract_terms(units, "en-GB", "ru-RU")  # the glossary made without a cache


def test_an_edited_unit_is_analysed_again_and_the_glossary_is_the_one_made_from_scratch(units, tmp_path, monkeypatch):
    with Store.open(tmp_path / "tm.db") as store:
        extract_terms(units, "en-GB", "ru-RU", cache=store)
        edited = [*units[:3], dataclasses.replace(units[3], source="The Foreign Minister also said " + units[3].source),
                  *units[5:]]  # one unit edited, one gone
        analysed = _analysed(monkeypatch)
        again = extract_terms(edited, "en-GB", "ru-RU", cache=store)
        assert analysed == [clean(edited[3].source)]
        # the analyses of the texts of the last glossary only: the old text and the one gone are dropped
        assert _kept(store) == len({clean(u.source) for u in edited} | {clean(u.target) for u in edited})
    assert glossary_to_json(again) == glossary_to_json(extract_terms(edited, "en-GB", "ru-RU"))


def test_another_analyser_is_not_served_the_analyses_of_the_last(units, tmp_path, monkeypatch):
    with Store.open(tmp_path / "tm.db") as store:
        extract_terms(units[:20], "en-GB", "ru-RU", cache=store)
        analysed = _analysed(monkeypatch)
        monkeypatch.setattr(candidates, "analyser", lambda: "changed code")
        extract_terms(units[:20], "en-GB", "ru-RU", cache=store)
    assert len(analysed) == len({clean(u.source) for u in units[:20]} | {clean(u.target) for u in units[:20]})


def test_a_damaged_analysis_is_made_again(units, tmp_path, monkeypatch):
    with Store.open(tmp_path / "tm.db") as store:
        first = extract_terms(units, "en-GB", "ru-RU", cache=store)
        for rowid, record in enumerate((b"cut", zlib.compress(b'[["cut'), zlib.compress(b"[[1, 2]]"), "text"), 1):
            store.db.execute("UPDATE term_analyses SET record = ? WHERE rowid = ?", (record, rowid))
        analysed = _analysed(monkeypatch)
        again = extract_terms(units, "en-GB", "ru-RU", cache=store)
        assert len(analysed) == 4
        analysed.clear()
        extract_terms(units, "en-GB", "ru-RU", cache=store)  # and kept again, whole
        assert analysed == []
    assert glossary_to_json(again) == glossary_to_json(first)


def test_a_key_of_another_making_is_passed_over_and_dropped(units, tmp_path, monkeypatch):
    """A row whose key is not a digest in hex names no text: it serves none and is not kept."""
    with Store.open(tmp_path / "tm.db") as store:
        first = extract_terms(units[:20], "en-GB", "ru-RU", cache=store)
        kept = _kept(store)
        store.db.execute("INSERT INTO term_analyses VALUES ('not a digest', ?)", (zlib.compress(b"[]"),))
        analysed = _analysed(monkeypatch)
        again = extract_terms(units[:20], "en-GB", "ru-RU", cache=store)
        assert analysed == [] and _kept(store) == kept
    assert glossary_to_json(again) == glossary_to_json(first)


@pytest.mark.parametrize("tag, text", [
    ("ru", "Министр иностранных дел России С.В.Лавров провёл переговоры с Госсекретарём США Дж.Керри."),
    ("ru", "«Джабхат ан-Нусра» уделила внимание выполнению Минских соглашений, в рамках которых…"),
    ("en", "On the sidelines of the talks, Foreign Minister Sergey Lavrov met UN Security Council members."),
])
def test_a_record_gives_back_the_occurrences_it_was_made_from(tag, text):
    lang = candidates.language(tag)
    found = [*lang.candidates(text, 0), *lang.phrases(text, 0)]
    side, numbers = candidates._Texts([text]), {}

    def read():
        side.read(0, candidates._record(text, found), numbers)
        lo, hi = side.lo[0], side.hi[0]
        return [side.phrasings[p].at(0, start, end)
                for p, start, end in zip(side.phrasing[lo:hi], side.starts[lo:hi], side.ends[lo:hi])]

    assert found and read() == found
    phrasings = list(side.phrasings)
    assert read() == found and side.phrasings == phrasings  # read alike: numbered once


def test_offsets_past_two_bytes_are_kept():
    """A text longer than 65,535 characters (the library takes any): its side's offsets take 4 bytes."""
    said = "Foreign Minister Sergey Lavrov met UN Security Council members."
    texts = [said, said + " " * 70_000 + said]
    lang = candidates.language("en")
    found = candidates.extract(texts, "en")
    got = sorted((o.key, o.unit, o.start, o.end) for cand in found.values() for o in cand.occurrences)
    assert got == sorted((o.key, unit, o.start, o.end) for unit, text in enumerate(texts)
                         for o in (*lang.candidates(text, unit), *lang.phrases(text, unit)))
    assert max(end for *_, end in got) > 70_000


def test_the_analyses_go_to_the_store_a_batch_at_a_time_and_only_the_last_glossarys_stay(units, tmp_path, monkeypatch):
    """A first run of an archive makes hundreds of thousands of analyses: they are written as they
    are made (``CACHE_BATCH``), not held to the end; the last write drops those of texts gone."""
    with Store.open(tmp_path / "tm.db") as store:
        extract_terms(units, "en-GB", "ru-RU", cache=store)  # the old texts, then a glossary of fewer
        monkeypatch.setattr(candidates, "CACHE_BATCH", 7)
        given, real = [], store.save_term_analyses
        monkeypatch.setattr(store, "save_term_analyses", lambda records, keep: given.append(
            (len(records), keep is None)) or real(records, keep))
        edited = [dataclasses.replace(u, source=f"{u.source} Indeed.") for u in units[:30]]
        again = extract_terms(edited, "en-GB", "ru-RU", cache=store)
        texts = {clean(u.source) for u in edited} | {clean(u.target) for u in edited}
        assert _kept(store) == len(texts)
    new = len({clean(u.source) for u in edited})  # the targets were analysed before
    assert given[:-1] == [(7, True)] * (new // 7) and given[-1] == (new % 7, False)
    assert glossary_to_json(again) == glossary_to_json(extract_terms(edited, "en-GB", "ru-RU"))
