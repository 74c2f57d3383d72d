"""Builders for small release pages in the portal's layouts, for tests."""

from __future__ import annotations

from pathlib import Path

CHROME = {
    "en": ("Asset Publisher", "Additional materials", "Advanced settings"),
    "ru": ("Публикатор", "Дополнительные материалы", "Расширенные настройки"),
}


def dump_text(title: str, paragraphs: list[str], date: str, lang: str = "en",
              languages: str = "en-GB1 ru-RU1") -> str:
    top, extra, settings = CHROME[lang]
    body = "\n\n".join(paragraphs)
    return f"{top}\n\n{date}\n\n{title}\n\n\n  • {languages}\n\n{body}\n\n{extra}\n\n\n{settings}\n"


def write_dump(folder: Path, name: str, *args, **kwargs) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_text(*args, **kwargs), encoding="utf-8")
    return path


EN_TITLE = "Press release on Foreign Minister Sergey Lavrov’s meeting with OSCE Secretary General Thomas Greminger"
RU_TITLE = "О встрече Министра иностранных дел России С.В.Лаврова с Генеральным секретарём ОБСЕ Т.Гремингером"
EN_BODY = [
    "On March 14, Foreign Minister Sergey Lavrov met with OSCE Secretary General Thomas Greminger in Moscow.",
    "The parties discussed the situation in Ukraine. Mr Lavrov stressed that the Package of Measures adopted in 2015 has no alternative.",
    "They also discussed the OSCE budget for 2018.",
]
RU_BODY = [
    "14 марта в Москве Министр иностранных дел России С.В.Лавров встретился с Генеральным секретарём ОБСЕ Т.Гремингером.",
    "Стороны обсудили ситуацию на Украине. С.В.Лавров подчеркнул, что Комплексу мер, принятому в 2015 году, нет альтернативы.",
    "Также был затронут вопрос о бюджете ОБСЕ на 2018 год.",
]


def write_pair(folder: Path, release_id: str = "3000001", en_name: str | None = None,
               ru_name: str | None = None) -> tuple[Path, Path]:
    """An English and a Russian page dump of one release."""
    en = write_dump(folder, en_name or f"{release_id}.en-GB.txt", EN_TITLE, EN_BODY, "14 March 201812:30")
    ru = write_dump(folder, ru_name or f"{release_id}.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201812:30", lang="ru")
    return en, ru
