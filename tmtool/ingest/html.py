"""Saved pages of the ministry's portal (Liferay) and other HTML.

lxml.html does the parsing; the article is found by the portal's own container
classes, falling back to the element holding the most paragraph text. Block
elements and ``<br>`` become paragraph breaks. Scripts, navigation, share
buttons and sidebars are removed before any text is read.
"""

from __future__ import annotations

import regex
from lxml import etree, html

from tmtool.ingest.base import PAGE_READERS, Page, PageReader
from tmtool.ingest.chrome import load_chrome
from tmtool.ingest.dates import parse_release_date
from tmtool.text import clean, normalise_tag

# Never article text, whatever their content.
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
              "form", "button", "iframe", "svg", "select", "menu")
_DROP_CLASS = regex.compile(
    r"\b(share|social|menu|nav|navbar|breadcrumbs?|footer|sidebar|banner|cookie|print|"
    r"lang(uage)?-?(switcher|selector)|additional|related|tags|search)\w*", regex.I)
# The portal's article containers, most specific first.
_ARTICLE_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' journal-content-article ')]",
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]",
    "//article",
)
_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                         "table", "tr", "td", "th", "dd", "dt", "section", "article", "pre", "hr"})
_BREAK = "\n"
_TITLE_SUFFIX = regex.compile(r"\s+[-–—|]\s+(The Ministry of Foreign Affairs|Министерство иностранных дел).*$", regex.I)


def _drop_furniture(root: etree._Element) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    for el in list(root.xpath("//*[@class or @id]")):
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        if _DROP_CLASS.search(marker) and el.tag not in ("html", "body"):
            el.drop_tree()


def _find_article(root: etree._Element) -> etree._Element | None:
    for xpath in _ARTICLE_XPATHS:
        found = root.xpath(xpath)
        if found:
            return found[0]
    candidates = [p.getparent() for p in root.iter("p") if p.getparent() is not None]
    if not candidates:
        return None
    return max(set(candidates), key=lambda el: sum(len(p.text_content()) for p in el.iter("p")))


def _block_text(el: etree._Element, out: list[str]) -> None:
    """Text of ``el`` with a newline at every block boundary and ``<br>``."""
    if el.tag in _BLOCK_TAGS:
        out.append(_BREAK)
    if el.tag == "br":
        out.append(_BREAK)
    if el.text and el.tag is not etree.Comment:
        out.append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _block_text(child, out)
        if child.tail:
            out.append(child.tail)
    if el.tag in _BLOCK_TAGS:
        out.append(_BREAK)


def _paragraphs(article: etree._Element) -> list[str]:
    parts: list[str] = []
    _block_text(article, parts)
    chrome = load_chrome()
    lines = [line.strip() for line in "".join(parts).split(_BREAK)]
    return [line for line in lines if line.strip() and not chrome.is_skip(line)]


def _title(root: etree._Element, article: etree._Element) -> str:
    for xpath in ("//h1[contains(@class, 'title')]", "//h1"):
        found = root.xpath(xpath)
        if found and clean(found[0].text_content()):
            return clean(found[0].text_content())
    titles = root.xpath("//title")
    return _TITLE_SUFFIX.sub("", clean(titles[0].text_content())) if titles else ""


def _date(root: etree._Element):
    for el in root.xpath("//*[contains(@class, 'date') or self::time]"):
        if found := parse_release_date(clean(el.text_content())):
            return found
    return None


@PAGE_READERS.register("html")
class HtmlReader(PageReader):
    name = "html"

    def sniff(self, suffix: str, text: str) -> bool:
        head = text.lstrip()[:200].lower()
        return suffix in {".html", ".htm"} or head.startswith(("<!doctype html", "<html"))

    def parse(self, text: str) -> Page:
        try:
            # huge_tree: libxml2 otherwise drops what lies deeper than 255 elements, and every
            # paragraph after it, without a word (HTML has no entities to expand). Deeper
            # than its limit even then, a page is refused, not read in part.
            parser = html.HTMLParser(huge_tree=True)
            root = html.document_fromstring(text, parser=parser)
        except (etree.ParserError, ValueError) as exc:
            raise ValueError(f"not parseable as HTML: {exc}") from None
        limits = [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
        if limits:
            raise ValueError(f"HTML that libxml2 cannot read whole (line {limits[0].line}: "
                             f"{limits[0].message.split(',')[0].lower()}); refused rather than read in part")
        lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        url = next(iter(root.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")), None)
        # The title and date sit outside the article body in Liferay pages: read them first.
        _drop_furniture(root)
        article = _find_article(root)
        paragraphs = _paragraphs(article) if article is not None else []
        title = _title(root, article)
        if paragraphs and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
        if not paragraphs:
            raise ValueError("HTML page without article text (no body paragraphs found)")
        date = _date(root)
        return Page(
            title=title,
            paragraphs=tuple(paragraphs),
            date=date.date if date else None,
            time=date.time if date else None,
            lang_hint=normalise_tag(lang) if lang else (date.lang if date else None),
            url=str(url) if url else None,
        )
