"""Release dates as the portal prints them: ``3 February 201718:13``, ``3 февраля 2017 18:13``.

The page dump glues the year to the time; the saved page separates them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

MONTHS: dict[str, dict[str, int]] = {
    "en": {m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], 1)},
    "ru": {m: i for i, m in enumerate(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
         "сентября", "октября", "ноября", "декабря"], 1)},
    "de": {m: i for i, m in enumerate(
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
         "september", "oktober", "november", "dezember"], 1)},
    "fr": {m: i for i, m in enumerate(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"], 1)},
    "es": {m: i for i, m in enumerate(
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"], 1)},
}

_DATE = regex.compile(
    r"^\s*(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>\p{L}+)\s+(?:de\s+)?(?P<year>\d{4})"
    r"\s*(?:г\.?)?\s*(?:(?P<hour>\d{1,2}):(?P<minute>\d{2}))?\s*$"
)


@dataclass(frozen=True, slots=True)
class ReleaseDate:
    date: dt.date
    time: dt.time | None
    lang: str  # the language of the month name


def parse_release_date(line: str) -> ReleaseDate | None:
    """The date (and time) in ``line``, or ``None`` when the line is not a date line."""
    m = _DATE.match(line)
    if not m:
        return None
    month_name = m["month"].casefold()
    for lang, months in MONTHS.items():
        if month_name in months:
            break
    else:
        return None
    try:
        date = dt.date(int(m["year"]), months[month_name], int(m["day"]))
        time = dt.time(int(m["hour"]), int(m["minute"])) if m["hour"] else None
    except ValueError:
        return None
    return ReleaseDate(date, time, lang)
