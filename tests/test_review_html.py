import os
import subprocess
import tempfile

import pytest
from lxml import html

from browser import chromium
from pages import write_pair
from storedata import handmade_pair, save_corpus
from tmtool.store import Store, write_review_html


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "mini"
    write_pair(folder, "3000001")
    write_pair(folder, "3000002")
    with Store.open(tmp_path / "tm.db") as store:
        save_corpus(store, folder)
        handmade_pair(store)
        store.set_review("4000001-1", "rejected")
        store.set_review("3000001-1", "accepted")
        yield store


def _css(element, tag, cls=None):
    """``tag.cls`` elements under ``element`` (lxml's cssselect needs a package we do not have)."""
    test = f"[contains(concat(' ', @class, ' '), ' {cls} ')]" if cls else ""
    return element.xpath(f".//{tag}{test}")


def _every_bead(store):
    return {b.bead_id: b for p in store.pairs() for b in store.beads(p.pair_key)}


def test_the_page_shows_every_bead_of_every_release(store, tmp_path):
    page = html.parse(str(write_review_html(store, tmp_path / "review.html").path)).getroot()
    rows = _css(page, "tr", "bead")
    beads = _every_bead(store)
    assert [r.get("id") for r in rows] == [b.bead_id for p in store.pairs() for b in store.beads(p.pair_key)]
    for row in rows:
        bead = beads[row.get("id")]
        src, tgt = _css(row, "td")[3:5]
        assert [p.text for p in _css(src, "p")] == list(bead.src)
        assert [p.text for p in _css(tgt, "p")] == list(bead.tgt)
    assert len(_css(page, "section", "release")) == 3


def test_doubtful_beads_and_decisions_are_marked(store, tmp_path):
    page = html.parse(str(write_review_html(store, tmp_path / "review.html").path)).getroot()
    classes = {r.get("id"): r.get("class") for r in _css(page, "tr", "bead")}
    assert {k: v for k, v in classes.items() if k.startswith("4000001")} == {
        "4000001-1": "bead rejected", "4000001-2": "bead low", "4000001-3": "bead gap", "4000001-4": "bead gap"}
    assert {row.get("id") for row in _css(page, "tr", "low")} == {
        b.bead_id for b in _every_bead(store).values() if b.unsure and not b.gap and not b.decision}


def test_the_summary_links_to_each_release_and_counts_it(store, tmp_path):
    page = html.parse(str(write_review_html(store, tmp_path / "review.html").path)).getroot()
    summary = _css(page, "table", "summary")[0].xpath(".//tr")[1:]
    assert len(summary) == len(store.pairs())
    for row in summary:
        target = _css(row, "a")[0].get("href")
        section = page.get_element_by_id(target[1:])
        beads = _css(section, "tr", "bead")
        cells = [c.text_content() for c in _css(row, "td")]
        assert int(cells[3]) == len(beads)
        assert int(cells[4]) == len(_css(section, "tr", "low"))
        assert int(cells[5]) == len(_css(section, "tr", "gap"))
        assert int(cells[6]) == len(_css(section, "tr", "accepted"))
        assert int(cells[7]) == len(_css(section, "tr", "rejected"))


def test_nothing_is_fetched_from_elsewhere(store, tmp_path):
    page = html.parse(str(write_review_html(store, tmp_path / "review.html").path)).getroot()
    # one inline script (the filters), nothing loaded
    assert not page.xpath("//script[@src] | //link | //img | //iframe | //object | //embed")
    assert all(a.get("href").startswith("#") for a in _css(page, "a"))
    assert "url(" not in page.xpath("//style")[0].text and "@import" not in page.xpath("//style")[0].text


def test_only_the_asked_releases(store, tmp_path):
    page = html.parse(str(write_review_html(store, tmp_path / "r.html", pair_keys=["4000001"]).path)).getroot()
    assert [r.get("id") for r in _css(page, "tr", "bead")] == ["4000001-1", "4000001-2", "4000001-3", "4000001-4"]


def test_chromium_renders_every_bead(store, tmp_path):
    path = write_review_html(store, tmp_path / "review.html").path
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", path.resolve().as_uri()],
            capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": profile})
    assert result.returncode == 0, result.stderr[-2000:]
    dom = html.fromstring(result.stdout)
    rendered = [r.get("id") for r in _css(dom, "tr", "bead")]
    assert rendered == [b.bead_id for p in store.pairs() for b in store.beads(p.pair_key)]
    assert _css(dom, "tr", "gap") and _css(dom, "tr", "rejected")
    assert "Минским соглашениям нет альтернативы." in dom.text_content()


def test_a_long_review_is_an_index_and_pages_of_releases(store, tmp_path):
    # three releases, two a page: an index and two pages; every bead on exactly one page
    written = write_review_html(store, tmp_path / "review.html", per_page=2)
    assert [p.name for p in written.pages] == ["review-001.html", "review-002.html"]
    assert written.summary().endswith(", 2 pages of releases beside it")
    seen = []
    for page in written.pages:
        seen += [row.get("id") for row in _css(html.parse(str(page)).getroot(), "tr", "bead")]
    assert sorted(seen) == sorted(_every_bead(store))
    index = html.parse(str(written.path)).getroot()
    assert not _css(index, "tr", "bead")  # the index holds no beads
    for link in index.xpath("//a/@href"):  # every link leads to a page and, where it says, a release on it
        name, _, anchor = link.partition("#")
        target = html.parse(str(tmp_path / name)).getroot()
        assert not anchor or target.xpath(f"//*[@id='{anchor}']")
    # the releases with undecided low-confidence or 1-0/0-1 beads are listed, most first: here one
    to_review = [row.xpath("td[1]/a/text()")[0] for row in index.xpath("//table[@class='summary']/tr[td]")]
    assert to_review == ["4000001"]


def test_pages_of_an_earlier_longer_review_go(store, tmp_path):
    write_review_html(store, tmp_path / "review.html", per_page=1)
    (tmp_path / "review-notes.html").write_text("mine")  # not a page of the review: kept
    assert write_review_html(store, tmp_path / "review.html", per_page=2).pages
    assert sorted(p.name for p in tmp_path.glob("review*.html")) == [
        "review-001.html", "review-002.html", "review-notes.html", "review.html"]
    assert not write_review_html(store, tmp_path / "review.html").pages
    assert sorted(p.name for p in tmp_path.glob("review*.html")) == ["review-notes.html", "review.html"]
