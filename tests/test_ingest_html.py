from __future__ import annotations

import datetime as dt

import pytest

from tmtool.errors import InputError
from tmtool.ingest import read_release

PAGE = """<!DOCTYPE html>
<html lang="ru-RU">
<head>
<meta charset="utf-8">
<title>О визите Министра - Министерство иностранных дел Российской Федерации</title>
<link rel="canonical" href="https://example.org/ru/press/3000002">
<script>var Liferay = {"themeDisplay": {"lang": "ru_RU"}}; document.write("Поделиться");</script>
<style>.asset-title { font-weight: bold }</style>
</head>
<body class="portal">
<header><h1 class="logo">МИД России</h1>
<nav><ul><li><a href="/news">Новости</a></li><li><a href="/policy">Внешняя политика</a></li></ul></nav>
<div class="language-switcher"><a href="?lang=en">English</a></div></header>
<div class="portlet-body"><div class="asset-full-content">
  <h1 class="asset-title">О визите Министра иностранных дел России С.В.Лаврова в Финляндию</h1>
  <div class="asset-date">3 февраля 2017 18:13</div>
  <div class="share-buttons"><a>Поделиться</a> <a>Twitter</a> <a>VK</a></div>
  <div class="journal-content-article">
    <p>3&nbsp;февраля С.В.Лавров посетит <strong>Хельсинки</strong>.</p>
    <p>Первая строка.<br>Вторая строка после разрыва.</p>
    <p>В программе визита:</p>
    <ul><li>переговоры с Министром иностранных дел Финляндии;</li><li>встреча с Президентом Финляндии.</li></ul>
  </div>
</div></div>
<aside class="sidebar"><h3>Дополнительные материалы</h3><a>Фото</a> <a>Расширенные настройки</a></aside>
<footer>© МИД России</footer>
<script>trackPageView();</script>
</body></html>
"""


def test_liferay_page(tmp_path):
    path = tmp_path / "3000002.html"
    path.write_text(PAGE, encoding="utf-8")
    release = read_release(path)
    assert release.reader == "html"
    assert release.lang == "ru-RU"
    assert release.title == "О визите Министра иностранных дел России С.В.Лаврова в Финляндию"
    assert (release.date, release.time) == (dt.date(2017, 2, 3), dt.time(18, 13))
    assert release.url == "https://example.org/ru/press/3000002"
    assert [p.text for p in release.paragraphs] == [
        "3 февраля С.В.Лавров посетит Хельсинки.",
        "Первая строка.",
        "Вторая строка после разрыва.",
        "В программе визита:",
        "переговоры с Министром иностранных дел Финляндии;",
        "встреча с Президентом Финляндии.",
    ]
    assert release.paragraphs[0].raw == "3\u00a0февраля С.В.Лавров посетит Хельсинки."
    for furniture in ("Liferay", "Поделиться", "Новости", "Twitter", "Дополнительные", "©", "trackPageView"):
        assert furniture not in release.text


def test_page_without_article_container_uses_the_densest_block(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(
        "<html lang='en-GB'><body><nav><p>Home</p></nav><div><h1>A title</h1>"
        "<p>The first paragraph of the statement.</p><p>The second one.</p></div></body></html>",
        encoding="utf-8",
    )
    release = read_release(path)
    assert release.lang == "en-GB"
    assert release.title == "A title"
    assert [p.text for p in release.paragraphs] == ["The first paragraph of the statement.", "The second one."]


def test_page_with_no_body(tmp_path):
    path = tmp_path / "3000003.en-GB.html"
    path.write_text("<html><head><title>Empty</title><script>x()</script></head><body></body></html>")
    with pytest.raises(InputError) as info:
        read_release(path)
    assert str(info.value) == f"{path}: HTML page without article text (no body paragraphs found)"


def _nested(tmp_path, depth):
    body = "<div>" * depth + "<p>A paragraph deep inside the page.</p>" + "</div>" * depth
    path = tmp_path / f"deep{depth}.en-GB.html"
    path.write_text(f"<html lang='en'><head><title>T</title></head><body><h1>Title here</h1>{body}"
                    "<p>The paragraph after the deep part.</p></body></html>", "utf-8")
    return path


def test_a_deeply_nested_page_loses_no_paragraph(tmp_path):
    # libxml2 drops what lies deeper than 255 elements, and everything after it, unless told not to
    release = read_release(_nested(tmp_path, 300))
    assert [p.text for p in release.paragraphs] == ["A paragraph deep inside the page.",
                                                    "The paragraph after the deep part."]


def test_a_page_nested_beyond_what_libxml2_reads_is_refused(tmp_path):
    path = _nested(tmp_path, 3000)
    with pytest.raises(InputError) as caught:
        read_release(path)
    message = str(caught.value)  # libxml2's own words for its limit vary between its versions
    assert message.startswith(f"{path}: HTML that libxml2 cannot read whole (line 1: ")
    assert message.endswith("); refused rather than read in part") and "\n" not in message
