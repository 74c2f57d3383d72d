"""Ingestion: a folder → ``Release``s and ``Skip``s; a file on disk → a ``Release``.

``ingest(discover(folder))`` reads every release file of a folder, a skip with its
reason for each that cannot be read; given a ``PageCache`` (a store), it takes the release
of a page that has not changed since it last read it from there. ``read_release(path)``
decodes the bytes, lets the first reader that recognises the file parse it (HTML, page
dump, plain text), cleans the paragraphs and settles the language: the caller's word, else
the file name (``<release-id>.<lang>.<ext>``), else the page's own (``<html lang>``, month
names), else the script. A text whose script contradicts its language is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import regex

from tmtool.errors import InputError
from tmtool.ingest import dump as _dump, html as _html, plain as _plain  # noqa: F401  (register readers)
from tmtool.ingest.base import PAGE_READERS, Page, PageReader
from tmtool.ingest.decode import decode_bytes
from tmtool.jobs import Mapper, Progress, batched
from tmtool.model import Paragraph, Release, build_paragraphs
from tmtool.stamps import Stamp, code_digest, stamp
from tmtool.text import CYRILLIC_LANGS, clean, cyrillic_share, letters, nfc, normalise_tag, primary

__all__ = ["PAGE_READERS", "SUFFIXES", "FileName", "Page", "PageCache", "PageReader", "Skip", "discover", "ingest",
           "parse_name", "read_release", "reader_signature"]

SUFFIXES = (".txt", ".html", ".htm")
# Readers in the order they are asked: the most specific first.
_SNIFF_ORDER = ("html", "dump", "plain")
_NAME = regex.compile(r"^(?P<id>[^.]+)\.(?P<lang>[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$")
# Below this share of Cyrillic letters a text is not Russian; above 1 - it, not English.
_SCRIPT_THRESHOLD = 0.5
_MIN_LETTERS_FOR_SCRIPT_CHECK = 20


@dataclass(frozen=True, slots=True)
class FileName:
    release_id: str | None
    lang: str | None


def parse_name(path: str | Path) -> FileName:
    """``2623733.en-GB.txt`` → id ``2623733``, lang ``en-GB``; other names carry neither."""
    m = _NAME.match(Path(path).stem)
    return FileName(m["id"], normalise_tag(m["lang"])) if m else FileName(None, None)


def _pick_reader(suffix: str, text: str) -> PageReader:
    for name in _SNIFF_ORDER:
        reader = PAGE_READERS.get(name)()
        if reader.sniff(suffix, text):
            return reader
    raise AssertionError("the plain reader accepts every text")


def _script_lang(text: str) -> str:
    return "ru-RU" if cyrillic_share(text) >= _SCRIPT_THRESHOLD else "en-GB"


def _check_script(path: Path, lang: str, text: str) -> None:
    if letters(text) < _MIN_LETTERS_FOR_SCRIPT_CHECK:
        return
    share = cyrillic_share(text)
    cyrillic_lang = primary(lang) in CYRILLIC_LANGS
    if cyrillic_lang and share < _SCRIPT_THRESHOLD or not cyrillic_lang and share > 1 - _SCRIPT_THRESHOLD:
        raise InputError(path, f"declared {lang} but {share:.0%} of its letters are Cyrillic: wrong language?")


def _full_tag(lang: str, languages: tuple[str, ...]) -> str:
    """A bare ``en`` becomes the site's ``en-GB`` when the switcher lists it."""
    lang = normalise_tag(lang)
    if "-" not in lang:
        return next((tag for tag in languages if primary(tag) == lang), lang)
    return lang


def read_release(path: str | Path, lang: str | None = None) -> Release:
    """Read one release file; raises ``InputError`` naming the file and the problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        if path.is_symlink() and not path.exists():
            raise InputError(path, f"a link to {os.readlink(path)}, which does not exist") from None
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        decoded = decode_bytes(data)
    except ValueError as exc:
        raise InputError(path, str(exc)) from None
    text = nfc(decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
    reader = _pick_reader(path.suffix.lower(), text)
    try:
        page = reader.parse(text)
    except ValueError as exc:
        raise InputError(path, str(exc)) from None
    paragraphs = build_paragraphs(page.paragraphs, clean)
    if not paragraphs:
        raise InputError(path, "no body text")
    name = parse_name(path)
    body = "\n".join(p.text for p in paragraphs)
    lang = _full_tag(lang or name.lang or page.lang_hint or _script_lang(body), page.languages)
    _check_script(path, lang, body)
    return Release(
        path=str(path),
        lang=lang,
        title=clean(page.title),
        paragraphs=paragraphs,
        release_id=name.release_id,
        date=page.date,
        time=page.time,
        languages=page.languages,
        url=page.url,
        reader=reader.name,
        encoding=decoded.encoding,
    )


@dataclass(frozen=True, slots=True)
class Skip:
    """A file that could not be read, and why."""

    path: str
    reason: str


def discover(corpus: Path, exclude: Sequence[Path] = ()) -> list[Path]:
    """Release files under ``corpus``, in a stable order; none under an ``exclude`` folder."""
    if not corpus.is_dir():
        raise InputError(corpus, "not a folder")
    root = corpus.resolve()
    skipped = [e for e in (Path(x).resolve() for x in exclude) if e.is_relative_to(root)]  # only those inside
    # A link to nothing is kept: reading it fails, and the run report names it as a skip.
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in SUFFIXES
                  and (p.is_file() or (p.is_symlink() and not p.exists()))
                  and not any(p.resolve().is_relative_to(e) for e in skipped))


class PageCache(Protocol):
    """Where ``ingest`` keeps the release it read from each page (``tmtool.store.Store`` is one)."""

    def pages(self, signature: str) -> Iterable[tuple[str, int, int, str]]:
        """(path, size, mtime_ns, release as JSON) of each page kept under ``signature``."""

    def save_pages(self, signature: str, pages: Iterable[tuple[str, int, int, str]], keep: Iterable[str] | None
                   ) -> None:
        """Keep ``pages`` (path, size, mtime_ns, release as JSON) under ``signature``, and of
        the pages kept before only those whose paths ``keep`` names (None: every one)."""


def reader_signature() -> str:
    """What decides the release ``ingest`` makes of a file besides its bytes and its path: the
    readers' code and data, the text helpers and records they use, the libraries they call.
    (``ingest`` gives ``read_release`` no language: the file's name or the page says it.)"""
    return code_digest(("ingest", "text.py", "model.py"), ("regex", "lxml", "langcodes"))


#: Pages given to the cache at a time, as they are read: an archive's first run that made every
#: page into JSON at once peaked at 458 MiB after reading 26,000 pairs' pages, 242 a batch at a time
#: (chosen, not tuned: a transaction per batch, a few MiB of JSON).
PAGES_BATCH = 1024


def ingest(paths: Sequence[Path], progress: Progress | None = None, run: Mapper = map,
           cache: PageCache | None = None) -> tuple[list[Release], list[Skip]]:
    """Read every file (by ``run``: ``tmtool.jobs``); one that cannot be read becomes a skip
    with its reason.

    With a ``cache``, a file whose stamp is the one it had when it was read is not read again:
    its release is the cache's; the releases read now are kept there, a task's worth at a time
    as they come, under the path and the stamp taken before reading (a file changed while it is
    read is read again next time); then the cache lets go of the pages of files not among
    ``paths``. A file that cannot be read is never kept: it is read, and skipped, on every run.
    """
    found: list[Release | Skip | None] = [None] * len(paths)
    stamps = [stamp(path) if cache else None for path in paths]
    signature = reader_signature() if cache else ""
    if cache:
        place = {str(path): n for n, path in enumerate(paths)}
        for path, size, mtime_ns, release in cache.pages(signature):  # one at a time: an archive's pages are large
            n = place.get(path)
            if n is not None and stamps[n] == Stamp(size, mtime_ns):
                found[n] = _release_from_json(path, release)
    todo = [n for n, one in enumerate(found) if one is None]
    tasks = list(batched(paths[n] for n in todo))
    done = len(paths) - len(todo)
    places = iter(todo)
    kept: list[tuple[str, int, int, str]] = []  # pages read since the cache was last given some
    for chunk, read in zip(tasks, run(_read_chunk, tasks)):
        for one in read:
            n = next(places)
            found[n] = one
            if cache and isinstance(one, Release) and stamps[n]:
                kept.append((str(paths[n]), stamps[n].size, stamps[n].mtime_ns, _release_json(one)))
        if len(kept) >= PAGES_BATCH:
            cache.save_pages(signature, kept, None)
            kept.clear()
        done += len(chunk)
        if progress:
            progress("ingest", done, len(paths))
    if progress and not todo:
        progress("ingest", done, len(paths))
    if cache:
        cache.save_pages(signature, kept, [str(p) for p in paths])
    releases = [one for one in found if isinstance(one, Release)]
    return releases, [one for one in found if isinstance(one, Skip)]


def _release_json(release: Release) -> str:
    """A release as ``PageCache`` keeps it (its path is the key): a paragraph's raw text only
    where it differs from the cleaned one, offsets left to be counted again."""
    return json.dumps({
        "lang": release.lang, "title": release.title, "release_id": release.release_id,
        "date": release.date and release.date.isoformat(), "time": release.time and release.time.isoformat(),
        "languages": release.languages, "url": release.url, "reader": release.reader, "encoding": release.encoding,
        "paragraphs": [p.text if p.raw == p.text else [p.text, p.raw] for p in release.paragraphs],
    }, ensure_ascii=False)


def _release_from_json(path: str, text: str) -> Release:
    data = json.loads(text)
    paragraphs, start = [], 0
    for index, one in enumerate(data["paragraphs"]):
        clean_text, raw = (one, one) if isinstance(one, str) else one
        paragraphs.append(Paragraph(index, clean_text, raw, start))
        start += len(clean_text) + 1
    return Release(
        path=path, lang=data["lang"], title=data["title"], paragraphs=tuple(paragraphs),
        release_id=data["release_id"], date=data["date"] and dt.date.fromisoformat(data["date"]),
        time=data["time"] and dt.time.fromisoformat(data["time"]), languages=tuple(data["languages"]),
        url=data["url"], reader=data["reader"], encoding=data["encoding"],
    )


def _read_chunk(paths: Sequence[Path]) -> list[Release | Skip]:
    """Some files read (a task: module-level, so it can be sent)."""
    out: list[Release | Skip] = []
    for path in paths:
        try:
            out.append(read_release(path))
        except InputError as exc:
            out.append(Skip(str(path), exc.problem))
    return out
