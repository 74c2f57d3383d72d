from __future__ import annotations

from pages import EN_BODY, EN_TITLE, RU_BODY, RU_TITLE, write_dump, write_pair
from tmtool.ingest import read_release
from tmtool.pair import content_match, pair_releases


def _read(*paths):
    return [read_release(p) for p in paths]


def test_pairs_by_release_id(tmp_path):
    en, ru = write_pair(tmp_path / "2018")
    pairing = pair_releases(_read(en, ru), "en-GB", "ru-RU")
    assert [(p.pair_id, p.method, p.src.path, p.tgt.path) for p in pairing.pairs] == [
        ("3000001", "id", str(en), str(ru))]
    assert pairing.orphans == ()


def test_direction_follows_the_requested_languages(tmp_path):
    en, ru = write_pair(tmp_path)
    (pair,) = pair_releases(_read(en, ru), "ru-RU", "en-GB").pairs
    assert (pair.src.lang, pair.tgt.lang) == ("ru-RU", "en-GB")


def test_release_published_in_one_language_is_an_orphan_with_its_reason(tmp_path):
    ru = write_dump(tmp_path, "3000009.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201812:30", lang="ru",
                    languages="ru-RU1")
    pairing = pair_releases(_read(ru), "en-GB", "ru-RU")
    assert pairing.pairs == ()
    (orphan,) = pairing.orphans
    assert orphan.path == str(ru)
    assert orphan.reason == "no en-GB version: the page lists only ru-RU"


def test_other_languages_are_recorded_not_paired(tmp_path):
    en, ru = write_pair(tmp_path)
    de = write_dump(tmp_path, "3000001.de-DE.txt", "Pressemitteilung", ["Am 14. März traf Sergej Lawrow Thomas Greminger."],
                    "14 März 201812:30")
    pairing = pair_releases(_read(en, ru, de), "en-GB", "ru-RU")
    assert len(pairing.pairs) == 1
    assert [(o.path, o.reason) for o in pairing.orphans] == [(str(de), "language de-DE not requested (en-GB → ru-RU)")]


def test_pairs_files_without_ids_by_content(tmp_path):
    en, ru = write_pair(tmp_path, en_name="page-a.txt", ru_name="страница.txt")
    other = write_dump(tmp_path, "page-b.txt", EN_TITLE, EN_BODY, "15 March 201812:30")
    pairing = pair_releases(_read(en, ru, other), "en-GB", "ru-RU")
    (pair,) = pairing.pairs
    assert (pair.src.path, pair.tgt.path, pair.method) == (str(en), str(ru), "content")
    assert pair.reason.startswith("same date 2018-03-14; paragraphs 3/3; numbers 3 shared; names")
    (orphan,) = pairing.orphans
    assert orphan.path == str(other)
    assert orphan.reason.startswith("no id in the file name and no ru-RU match by content")


def test_content_match_refuses_different_dates(tmp_path):
    en, ru = write_pair(tmp_path, en_name="a.txt", ru_name="b.txt")
    other = write_dump(tmp_path, "c.txt", RU_TITLE, RU_BODY, "15 марта 201812:30", lang="ru")
    a, _, c = _read(en, ru, other)
    assert content_match(a, c).score == 0.0
    assert content_match(a, c).reason == "different dates 2018-03-14 / 2018-03-15"
