"""Release dates as the portal prints them: ``3 February 201718:13``, ``3 февраля 2017 18:13``.

The page dump glues the year to the time; the saved page separates them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

def _numbered(names: str) -> dict[str, int]:
    return {name: number for number, name in enumerate(names.split(), 1)}


MONTHS: dict[str, dict[str, int]] = {
    "en": _numbered("january february march april may june july august september october november december"),
    "ru": _numbered("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "de": _numbered("januar februar märz april mai juni juli august september oktober november dezember"),
    "fr": _numbered("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _numbered("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
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
