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


STRANGER = ["On 2 June 1999, 47 delegations signed the convention in Geneva.",
            "It entered into force in 2003 for 12 states."]


def test_one_id_on_two_texts_with_no_number_in_common_is_not_a_pair(tmp_path):
    en = write_dump(tmp_path, "3000001.en-GB.txt", EN_TITLE, STRANGER, "14 March 201812:30")
    ru = write_dump(tmp_path, "3000001.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201812:30", lang="ru")
    pairing = pair_releases(_read(ru, en), "ru-RU", "en-GB")
    assert pairing.pairs == ()
    reason = ("same release id 3000001 but no number in common (3 and 5 numbers): not two versions of one "
              "release")
    assert [(o.path, o.reason) for o in pairing.orphans] == [(str(ru), reason), (str(en), reason)]


def test_one_id_on_texts_of_very_different_lengths_is_not_a_pair(tmp_path):
    en = write_dump(tmp_path, "3000001.en-GB.txt", EN_TITLE, EN_BODY, "14 March 201812:30")
    ru = write_dump(tmp_path, "3000001.ru-RU.txt", RU_TITLE, RU_BODY * 4, "14 марта 201812:30", lang="ru")
    (orphan, _) = pair_releases(_read(ru, en), "ru-RU", "en-GB").orphans
    assert orphan.reason == ("same release id 3000001 but 1,260 and 383 characters long: not two versions of one "
                             "release")


def test_an_abridged_translation_is_still_a_pair(tmp_path):
    en = write_dump(tmp_path, "3000001.en-GB.txt", EN_TITLE, EN_BODY[:1], "14 March 201812:30")
    ru = write_dump(tmp_path, "3000001.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201812:30", lang="ru")
    assert len(pair_releases(_read(ru, en), "ru-RU", "en-GB").pairs) == 1


def test_thousands_written_as_a_word_are_the_same_number(tmp_path):
    # "340 тыс." is "340,000"; the other numbers of the two versions are written as words on one side
    en = write_dump(tmp_path, "3000001.en-GB.txt", EN_TITLE,
                    ["On February 10, 340,000 cubic meters of snow were removed.",
                     "There are more than 400 streets to clear by April 15."], "14 March 201812:30")
    ru = write_dump(tmp_path, "3000001.ru-RU.txt", RU_TITLE,
                    ["Десятого февраля вывезли 340 тыс. кубов снега.",
                     "Более четырехсот улиц надо убрать к пятнадцатому апреля; работают 114 машин и 123 рабочих."],
                    "14 марта 201812:30", lang="ru")
    assert len(pair_releases(_read(ru, en), "ru-RU", "en-GB").pairs) == 1
