from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from pages import RU_BODY, RU_TITLE, dump_text, write_dump, write_pair
from tmtool.errors import InputError
from tmtool.ingest import FileName, discover, ingest, parse_name, read_release, reader_signature
from tmtool.ingest.dates import parse_release_date

SEED = "seeds/000_e0979b1de7b2aecf.txt"
SEED_TITLE = (
    "Press release on Foreign Minister Sergey Lavrov’s telephone conversation with French Minister of "
    "Foreign Affairs and International Development Jean-Marc Ayrault"
)
CHROME_WORDS = ("Asset Publisher", "Additional materials", "Advanced settings", "en-GB1")


def test_seed_page(shared):
    release = read_release(shared / SEED)
    assert release.date == dt.date(2017, 2, 3)
    assert release.time == dt.time(18, 13)
    assert release.title == SEED_TITLE
    assert release.languages == ("en-GB", "ru-RU")
    assert release.lang == "en-GB"
    assert len(release.paragraphs) == 5
    assert release.paragraphs[0].text.startswith("On February 3, Russian Foreign Minister")
    assert release.paragraphs[-1].text == "Mr Lavrov and Mr Ayrault also discussed the schedule of upcoming bilateral contacts."
    for word in CHROME_WORDS:
        assert word not in release.text and word not in release.title


def test_paragraph_offsets_point_into_the_cleaned_text(shared):
    release = read_release(shared / SEED)
    for para in release.paragraphs:
        assert release.text[para.start:para.end] == para.text


def test_russian_dump(tmp_path):
    path = write_dump(tmp_path, "3000001.ru-RU.txt", RU_TITLE, RU_BODY, "3 февраля 201718:13", lang="ru",
                      languages="de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1")
    release = read_release(path)
    assert (release.release_id, release.lang) == ("3000001", "ru-RU")
    assert (release.date, release.time) == (dt.date(2017, 2, 3), dt.time(18, 13))
    assert release.title == RU_TITLE
    assert release.languages == ("de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR")
    assert [p.text for p in release.paragraphs] == RU_BODY
    assert "Публикатор" not in release.text and "Дополнительные" not in release.text


@pytest.mark.parametrize("line, expected", [
    ("3 February 201718:13", (dt.date(2017, 2, 3), dt.time(18, 13))),
    ("3 февраля 201718:13", (dt.date(2017, 2, 3), dt.time(18, 13))),
    ("28 ноября 2026 09:05", (dt.date(2026, 11, 28), dt.time(9, 5))),
    ("1 May 2018", (dt.date(2018, 5, 1), None)),
])
def test_dates(line, expected):
    found = parse_release_date(line)
    assert (found.date, found.time) == expected


@pytest.mark.parametrize("line", ["31 February 2017", "On February 3, Mr Lavrov", "3 Brumaire 201718:13"])
def test_not_dates(line):
    assert parse_release_date(line) is None


def test_no_break_spaces_fold_in_text_but_stay_in_raw(tmp_path):
    para = "3\u00a0февраля С.В.\u00a0Лавров провёл  переговоры."
    release = read_release(write_dump(tmp_path, "1.ru-RU.txt", RU_TITLE, [para], "3 февраля 201718:13", lang="ru"))
    assert release.paragraphs[0].text == "3 февраля С.В. Лавров провёл переговоры."
    assert release.paragraphs[0].raw == para


def test_quotes_and_guillemets_are_kept(tmp_path):
    para = "Он назвал это «приглашением к диалогу». He said “on the ground.”"
    release = read_release(write_dump(tmp_path, "1.ru-RU.txt", RU_TITLE, [para, RU_BODY[0]], "3 февраля 201718:13", lang="ru"))
    assert release.paragraphs[0].text == para


def test_plain_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("A title\n\nFirst paragraph,\nwrapped.\n\nSecond paragraph.\n", encoding="utf-8")
    release = read_release(path, lang="en-GB")
    assert release.reader == "plain"
    assert release.title == "A title"
    assert [p.text for p in release.paragraphs] == ["First paragraph, wrapped.", "Second paragraph."]


def test_name_gives_id_and_language():
    assert parse_name("corpora/2017/2623733.en-GB.txt") == FileName("2623733", "en-GB")
    assert parse_name("x/2623733.ru_ru.html") == FileName("2623733", "ru-RU")
    assert parse_name("unsorted/condolences-page.txt") == FileName(None, None)


def test_cp1251_russian_is_decoded(tmp_path):
    path = tmp_path / "1.ru-RU.txt"
    path.write_bytes(dump_text(RU_TITLE, RU_BODY, "3 февраля 201718:13", lang="ru").encode("cp1251"))
    release = read_release(path)
    assert release.encoding == "cp1251"
    assert release.title == RU_TITLE


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "1.ru-RU.txt"
    path.write_bytes(dump_text(RU_TITLE, RU_BODY, "3 февраля 201718:13", lang="ru").encode("utf-16"))
    assert read_release(path).paragraphs[0].text == RU_BODY[0]


def _error(path, **kwargs) -> str:
    with pytest.raises(InputError) as info:
        read_release(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path) + ": ")
    return message


def test_empty_file(tmp_path):
    path = tmp_path / "1.en-GB.txt"
    path.write_bytes(b"  \n\n")
    assert _error(path).endswith("empty file")


def test_binary_file(tmp_path):
    path = tmp_path / "1.en-GB.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert "binary" in _error(path)


def test_russian_text_declared_english(tmp_path):
    path = write_dump(tmp_path, "1.en-GB.txt", RU_TITLE, RU_BODY, "3 February 201718:13")
    assert _error(path).endswith("declared en-GB but 100% of its letters are Cyrillic: wrong language?")


def test_unreadable_path(tmp_path):
    assert _error(tmp_path / "missing.en-GB.txt").endswith("cannot read: No such file or directory")


def test_dump_without_body(tmp_path):
    path = tmp_path / "1.en-GB.txt"
    path.write_text("Asset Publisher\n\n3 February 201718:13\n\nA title\n\n  • en-GB1\n\nAdditional materials\n")
    assert _error(path).endswith("page dump has no body text")


class _Pages:
    """A ``PageCache`` in memory, counting what ``ingest`` asks of it."""

    def __init__(self):
        self.kept: dict[str, tuple[int, int, str, str]] = {}
        self.given: list[tuple[int, bool]] = []  # each call: pages given, and whether the others were pruned

    def pages(self, signature):
        return [(path, size, mtime, release) for path, (size, mtime, reader, release) in self.kept.items()
                if reader == signature]

    def save_pages(self, signature, pages, keep):
        pages = list(pages)
        self.given.append((len(pages), keep is not None))
        if keep is not None:
            keep = set(keep)
            self.kept = {path: row for path, row in self.kept.items() if path in keep and row[2] == signature}
        self.kept |= {path: (size, mtime, signature, release) for path, size, mtime, release in pages}


def _reads(monkeypatch) -> list[str]:
    """The files ``ingest`` reads from now on."""
    read = []

    def counted(path, lang=None):
        read.append(Path(path).name)
        return read_release(path, lang)

    monkeypatch.setattr("tmtool.ingest.read_release", counted)
    return read


def test_a_page_that_has_not_changed_is_taken_from_the_cache_as_it_was_read(tmp_path, monkeypatch):
    # raw text unlike the cleaned one, a date and a time, an HTML page, a page dump, a page that cannot be read
    write_dump(tmp_path, "1.ru-RU.txt", RU_TITLE, ["3\u00a0февраля  С.В.\u00a0Лавров.", *RU_BODY],
               "3 февраля 201718:13", lang="ru")
    (tmp_path / "2.en-GB.html").write_text('<html lang="en"><body><h1>T</h1><p>Talks  in Moscow.</p></body></html>',
                                          "utf-8")
    (tmp_path / "3.en-GB.txt").write_bytes(b"")
    cache, paths = _Pages(), discover(tmp_path)
    fresh = ingest(paths, cache=cache)
    assert sorted(Path(p).name for p in cache.kept) == ["1.ru-RU.txt", "2.en-GB.html"]  # never a skip
    read = _reads(monkeypatch)
    assert ingest(paths, cache=cache) == fresh
    assert read == ["3.en-GB.txt"]  # a file that cannot be read is read, and skipped, every run


def test_the_pages_read_are_given_to_the_cache_a_batch_at_a_time_then_the_others_let_go(tmp_path, monkeypatch):
    pairs = [write_pair(tmp_path, f"300000{n}") for n in range(3)]
    cache, paths = _Pages(), discover(tmp_path)
    cache.kept["gone.en-GB.txt"] = (1, 2, reader_signature(), "{}")
    monkeypatch.setattr("tmtool.ingest.PAGES_BATCH", 2)
    monkeypatch.setattr("tmtool.ingest.batched", lambda items: ((item,) for item in items))  # a task per page
    releases, _ = ingest(paths, cache=cache)
    # a batch each time two pages are read, then the pages of other files let go
    assert cache.given == [(2, False), (2, False), (2, False), (0, True)]
    assert sorted(cache.kept) == sorted(str(p) for pair in pairs for p in pair)
    assert ingest(paths, cache=cache)[0] == releases


def test_a_page_is_read_again_when_its_size_or_time_or_the_readers_change(tmp_path, monkeypatch):
    en, ru = write_pair(tmp_path)
    cache = _Pages()
    ingest([en, ru], cache=cache)
    read = _reads(monkeypatch)
    os.utime(en, ns=(en.stat().st_atime_ns, en.stat().st_mtime_ns + 1))
    releases, _ = ingest([en, ru], cache=cache)
    assert read == [en.name]
    ru.write_text(ru.read_text("utf-8").replace("2018 год", "2019 год"), "utf-8")
    releases, _ = ingest([en, ru], cache=cache)
    assert read == [en.name, ru.name] and "2019 год" in releases[1].text
    monkeypatch.setattr("tmtool.ingest.reader_signature", lambda: "another tmtool")
    ingest([en, ru], cache=cache)
    assert read == [en.name, ru.name, en.name, ru.name]
    ingest([en], cache=cache)  # the cache keeps the pages of the last folder read
    assert list(cache.kept) == [str(en)]
