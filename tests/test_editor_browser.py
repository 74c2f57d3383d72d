"""The editor in a real browser: headless Chromium driven by Selenium through Debian's chromium-driver."""

import struct
import tempfile

import pytest
from click.testing import CliRunner

from browser import chromedriver, chromium
from storedata import handmade_pair, save_sentences
from tmtool.cli import cli
from tmtool.formats import read_units
from tmtool.store import Store, write_review_html

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

SENTENCES = [("One.", "Один."), ("Two.", "Два."), ("Three.", "Три."), ("Four.", "Четыре."), ("Five.", "Пять."),
             ("Six.", "Шесть.")]


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "tm.db"
    with Store.open(path) as store:
        handmade_pair(store)
        save_sentences(store, "7", SENTENCES)
        # The signature is one long word: it must wrap, not widen the page.
        store.db.execute("UPDATE pairs SET signature = ?", ("tmtool:0.1|seg:srx-" + "x" * 400,))
    return path


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = chromium()
    with tempfile.TemporaryDirectory() as profile:
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1400,900", "--no-first-run", f"--user-data-dir={profile}"):
            options.add_argument(argument)
        driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=chromedriver()))
        try:
            driver.set_window_size(1400, 900)
            yield driver
        finally:
            driver.quit()


def _ready(browser):
    """Wait until the page's script has run (it selects a bead), so keys and clicks reach it."""
    WebDriverWait(browser, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "tr.selected"))


def _submit(browser, act):
    """``act()`` submits an action: wait for the page it loads. The old page is marked and the
    wait is for a complete page without the mark; while the browser navigates, chromedriver may
    answer any command with an error (an "unhandled inspector error" rather than a stale
    element), so errors are retried, not failures."""
    browser.execute_script("window.tmtoolOldPage = true")
    act()
    WebDriverWait(browser, 30, ignored_exceptions=(WebDriverException,)).until(lambda b: b.execute_script(
        "return window.tmtoolOldPage === undefined && document.readyState === 'complete'"))
    _ready(browser)


def _press(browser, keys):
    """Press ``keys`` on the page, the last one an action's."""
    _submit(browser, lambda: browser.find_element(By.TAG_NAME, "body").send_keys(keys))


def _rows(browser):
    return [(r.get_attribute("id"), r.get_attribute("class").replace(" selected", ""))
            for r in browser.find_elements(By.CSS_SELECTOR, "tr.bead")]


def test_reject_merge_split_reload_then_export(editor, browser, store_path, tmp_path):
    browser.get(editor.url)
    browser.find_element(By.LINK_TEXT, "7").click()
    _ready(browser)
    _press(browser, "jjr")  # the third bead ("Three.") rejected from the keyboard
    assert _rows(browser)[2] == ("7-3", "bead rejected")
    _submit(browser, browser.find_element(By.CSS_SELECTOR, "tr[id='7-1'] button[value='merge']").click)  # One + Two
    assert len(_rows(browser)) == 5
    browser.find_element(By.CSS_SELECTOR, "tr[id='7-3']").click()  # Four: merged with Five, then split
    _press(browser, "m")
    assert [b.text for b in browser.find_elements(By.CSS_SELECTOR, "tr[id='7-3'] td:nth-child(4) p")] == [
        "Four.", "Five."]
    _press(browser, "s")  # the split fields' default: after the first sentence of each side
    browser.refresh()
    assert _rows(browser) == [("7-1", "bead edited"), ("7-2", "bead rejected"), ("7-3", "bead edited"),
                              ("7-4", "bead edited"), ("7-5", "bead ok")]
    assert browser.find_element(By.CSS_SELECTOR, "tr[id='7-1'] td:nth-child(2)").text == "2-2"
    out = tmp_path / "out.tmx"
    result = CliRunner().invoke(cli, ["export", str(store_path), "-o", str(out), "--src-lang", "en-GB",
                                      "--tgt-lang", "ru-RU"])
    assert result.exit_code == 0, result.output
    exported = [(u.source, u.target) for u in read_units(out, src_lang="en-GB", tgt_lang="ru-RU")]
    assert ("One. Two.", "Один. Два.") in exported
    assert not any(source == "Three." for source, _ in exported)
    assert ("Four.", "Четыре.") in exported and ("Five.", "Пять.") in exported


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def test_at_1400_by_900_nothing_scrolls_sideways_and_held_beads_stand_out(editor, browser, tmp_path):
    for path in ("", "release/4000001", "release/7"):
        browser.get(editor.url + path)
        assert browser.execute_script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"), path
    browser.get(editor.url + "release/4000001")
    png = browser.get_screenshot_as_png()
    (tmp_path / "editor.png").write_bytes(png)
    assert _png_size(png)[0] == browser.execute_script("return window.innerWidth") > 1000
    colour = "return getComputedStyle(document.querySelector(arguments[0])).backgroundColor"
    assert browser.execute_script(colour, "tr[id='4000001-2'] td") == "rgb(255, 243, 205)"  # low confidence
    assert browser.execute_script(colour, "tr[id='4000001-3'] td") == "rgb(248, 215, 218)"  # 1-0
    assert browser.execute_script(colour, "tr[id='4000001-1'] td") == "rgba(0, 0, 0, 0)"  # sure: plain


def test_the_static_page_filters_its_releases(store_path, browser, tmp_path):
    from selenium.webdriver.support.ui import Select

    with Store.open(store_path) as store:
        page = write_review_html(store, tmp_path / "review.html").path
    browser.get(page.resolve().as_uri())

    def shown():
        return [s.get_attribute("id") for s in browser.find_elements(By.CSS_SELECTOR, "section.release")
                if s.is_displayed()]

    assert shown() == ["release-1", "release-2"]  # 7 (no date, first), then 4000001
    Select(browser.find_element(By.NAME, "show")).select_by_value("held")
    assert shown() == ["release-2"]
    assert browser.find_element(By.ID, "shown").text == "1 of 2 releases shown"
    Select(browser.find_element(By.NAME, "show")).select_by_value("all")
    browser.find_element(By.NAME, "release").send_keys("STATEMENT")
    assert shown() == ["release-2"]
    browser.find_element(By.NAME, "release").clear()
    browser.find_element(By.NAME, "to").send_keys("2018")
    assert shown() == ["release-1"]  # a release without a date counts as before any
