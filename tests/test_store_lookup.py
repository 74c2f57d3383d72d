import random

import pytest
from rapidfuzz import fuzz

from pages import EN_BODY, RU_BODY, write_pair
from storedata import handmade_pair, mini_corpus, save_corpus, save_sentences
from tmtool.store import LookupResult, Store, StoreError, concordance, lookup, lookup_result


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "mini"
    write_pair(folder, "3000001")
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, folder)
        handmade_pair(store)
        yield store


def test_an_exact_match_scores_100(store):
    [best, *_] = lookup(store, "The talks were frank.", "en-GB")
    assert (best.score, best.unit.source, best.unit.target) == (100.0, "The talks were frank.",
                                                                 "Переговоры прошли откровенно.")


def test_the_language_is_guessed_and_either_side_can_be_looked_up(store):
    [best, *_] = lookup(store, "Переговоры прошли откровенно.")
    assert (best.score, best.unit.src_lang) == (100.0, "ru-RU")
    assert best.unit.target == "The talks were frank."


def test_fuzzy_matches_are_ranked_and_filtered(store):
    query = "They also discussed the OSCE budget for 2019."
    matches = lookup(store, query, "en-GB", min_score=50)
    assert matches[0].unit.source == "They also discussed the OSCE budget for 2018."
    assert 90 < matches[0].score < 100
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert all(m.score >= 50 for m in matches)
    assert [m.score for m in lookup(store, query, "en-GB", min_score=99)] == []
    assert len(lookup(store, "the", "en-GB", min_score=0, limit=2)) == 2


def test_nothing_in_common_finds_nothing(store):
    assert lookup(store, "Zebras yodel", "en-GB") == []
    assert lookup(store, "…", "en-GB") == []
    assert lookup_result(store, "Zebras yodel", "en-GB") == LookupResult((), 70, None)


def test_a_miss_still_tells_the_best_score(store):
    query = "They also discussed the OSCE budget for 2019."
    [best] = lookup(store, query, "en-GB", min_score=0, limit=1)
    miss = lookup_result(store, query, "en-GB", min_score=99)
    assert (miss.matches, miss.min_score, miss.best_score) == ((), 99, best.score)
    hit = lookup_result(store, query, "en-GB")
    assert hit.matches[0] == best and hit.best_score == best.score


def test_rejected_beads_are_not_offered(store):
    assert lookup(store, "The talks were frank.", "en-GB")[0].score == 100
    store.set_review("4000001-2", "rejected")
    assert all(m.unit.unit_id != "4000001-2" for m in lookup(store, "The talks were frank.", "en-GB"))


def test_concordance_finds_russian_word_forms(store):
    [hit] = concordance(store, "Минские соглашения")
    assert hit.unit.src_lang == "ru-RU" and hit.unit.target == "The Minsk agreements have no alternative."
    assert [hit.unit.source[s:e] for s, e in hit.spans] == ["Минским соглашениям"]


def test_concordance_wants_the_words_in_a_row(store):
    [hit] = concordance(store, "osce BUDGET", "en-GB")
    assert [hit.unit.source[s:e] for s, e in hit.spans] == ["OSCE budget"]
    assert concordance(store, "budget OSCE", "en-GB") == []
    hits = concordance(store, "бюджет ОБСЕ")
    assert [h.unit.source[s:e] for h in hits for s, e in h.spans] == ["бюджете ОБСЕ"]
    assert hits[0].unit.target == EN_BODY[2] and hits[0].unit.source == RU_BODY[2]


def test_an_empty_store_cannot_guess_a_language(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        with pytest.raises(StoreError, match="cannot tell the language"):
            lookup(store, "anything")


def _vary(text: str, rng: random.Random) -> str:
    words = text.split()
    i = rng.randrange(len(words))
    words[i] = words[i][::-1] if len(words[i]) > 3 else words[i] + "s"
    return " ".join(words)


def test_lookup_finds_what_a_full_scan_finds(tmp_path, corpus):
    """The index only narrows the search: the best match is the best of all units."""
    if not any(corpus.rglob("*.txt")):
        pytest.skip(f"no sample corpus in {corpus}")
    rng = random.Random(7)
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, corpus)
        units = list(store.units("en-GB", "ru-RU", include_unsure=True))
        for unit in rng.sample(units, 40):
            query = _vary(unit.source, rng)
            best = max(fuzz.ratio(query, u.source) for u in units)
            found = lookup(store, query, "en-GB", min_score=0, limit=1)
            assert found and found[0].score == round(best, 1), query


def test_pairs_saved_out_of_order_keep_their_units_in_the_pairs_order(tmp_path):
    """tmtool run saves each pair when the aligner has finished it; with the row ids reserved in
    the pairs' order, the first saved of equal units is still the first pair's."""
    sentences = [("The talks were frank.", "Переговоры прошли откровенно.")]
    with Store.open(tmp_path / "tm.db") as store:
        save_sentences(store, "1", [("An older pair.", "Пара постарше.")])
        reserve = store.unit_rowids()
        rowids = [reserve(2) for _ in range(3)]  # a body unit and a title each, at most
        for k in (2, 0, 1):
            save_sentences(store, str(k + 2), sentences, rowids[k])
        [match] = lookup(store, sentences[0][0], "en-GB")
        saved = [key for key, in store.db.execute("SELECT pair_key FROM units ORDER BY id")]
    assert match.unit.unit_id == "2-1"
    assert saved == ["1", "2", "3", "4"]


def test_a_row_id_another_writer_took_gives_the_pair_the_next_ones(tmp_path):
    """The review editor may save an edit while a run saves its pairs: a unit it writes may take a
    row id the run reserved. The pair whose ids those were takes SQLite's next (here the next
    pair's, which then does the same); nothing fails, nothing is lost."""
    sentences = [("The talks were frank.", "Переговоры прошли откровенно.")]
    with Store.open(tmp_path / "tm.db") as store:
        reserve = store.unit_rowids()
        rowids = [reserve(2) for _ in range(3)]
        save_sentences(store, "1", sentences, rowids[0])
        with Store.open(tmp_path / "tm.db") as editor:
            editor.db.execute("INSERT INTO units SELECT ?, 'edited', pair_key, n, bead_id, kind, source, target,"
                              " src_lang, tgt_lang, paragraph, tgt_paragraph, bead, score, needs_review, notes"
                              " FROM units WHERE unit_id = '1-1'", (rowids[1].stop - 1,))
        save_sentences(store, "2", sentences, rowids[1])
        save_sentences(store, "3", sentences, rowids[2])
        ids = dict(store.db.execute("SELECT unit_id, id FROM units"))
    assert ids == {"1-1": rowids[0][0], "edited": rowids[1][1], "2-1": rowids[2][0], "3-1": rowids[2][1]}


def test_a_crowded_tier_is_cut_to_its_best(tmp_path, monkeypatch):
    """When the units holding all the rare terms are too many and no other term narrows them, bm25 picks."""
    monkeypatch.setattr("tmtool.store.search.CANDIDATES", 1)
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, mini_corpus(tmp_path / "mini", 3))  # three copies of every unit
        [best] = lookup(store, RU_BODY[2], "ru-RU", min_score=0)
    assert (best.score, best.unit.source) == (100.0, RU_BODY[2])


def test_a_crowded_tier_is_narrowed_by_the_other_query_words(tmp_path, monkeypatch):
    """Sentences sharing a clause all hold its rare words; the query's other words pick the right one."""
    monkeypatch.setattr("tmtool.store.search.CANDIDATES", 2)
    clause = "the delegations reaffirmed their commitment to the Minsk agreements"
    with Store.open(tmp_path / "tm.db") as store:
        save_sentences(store, "1", [(f"{clause}.", "а")] * 3 + [(f"Yesterday {clause} in Paris.", "б")]
                       + [(f"Yesterday in Paris it rained {n}.", "в") for n in range(5)])
        [best] = lookup(store, f"Yesterday {clause} in Berlin.", "en-GB", limit=1)
    assert best.unit.source == f"Yesterday {clause} in Paris."
