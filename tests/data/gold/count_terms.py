#!/usr/bin/env python3
"""Count glossary-term frequencies on the gold sentence alignments.

freq = number of aligned sentence pairs (gold blocks with at least one ru: and
one en: line) in which the English term occurs as written (only its first
letter may differ in case) on the English side and the Russian term occurs in
any inflected form on the Russian side.  Russian matching is done on lower-cased text with ё→е and
no-break spaces turned into spaces, using the stem pattern given per term.

Usage: python3 tests/data/gold/count_terms.py [--write]
  prints the table; with --write, rewrites tests/data/gold_glossary.tsv.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold_glossary.tsv")

A = r"\w*"  # any inflectional ending
# (English as written in the corpus, Russian canonical form, Russian stem pattern)
TERMS = [
    ("Foreign Minister", "Министр иностранных дел", rf"\bминистр(?:а|у|ом|е|ы|ов|ам|ами|ах)? иностранных дел"),
    ("Foreign Minister Sergey Lavrov", "Министр иностранных дел России С.В.Лавров", rf"министр{A} иностранных дел россии с\.в\.лавров"),
    ("Sergey Lavrov", "С.В.Лавров", rf"с\.в\.лавров"),
    ("Mr Lavrov", "С.В.Лавров", rf"с\.в\.лавров"),
    ("UN Security Council", "Совет Безопасности ООН", rf"совет{A} безопасности оон"),
    ("UN Security Council Resolution", "резолюция Совета Безопасности ООН", rf"резолюци{A} совета безопасности оон"),
    ("Resolution No. 2254", "резолюция № 2254", rf"резолюци{A}(?: совета безопасности оон)? № 2254"),
    ("Resolution No. 2401", "резолюция № 2401", rf"резолюци{A}(?: совета безопасности оон)? № 2401"),
    ("UN Secretary-General", "Генеральный секретарь ООН", rf"генеральн{A} секретар{A} оон"),
    ("UN Charter", "Устав ООН", rf"устав{A} оон"),
    ("cessation of hostilities", "прекращение боевых действий", rf"прекращени{A} боевых действий"),
    ("ceasefire", "режим прекращения огня", rf"режим{A} прекращения огня"),
    ("Minsk Agreements", "Минские соглашения", rf"минск{A} соглашени{A}"),
    ("Package of Measures", "Комплекс мер", rf"комплекс{A} мер\b"),
    ("Package of Measures for the Implementation of the Minsk Agreements", "Комплекс мер по выполнению Минских соглашений",
     rf"комплекс{A} мер по выполнению минских соглашений"),
    ("Normandy format", "нормандский формат", rf"нормандск{A} формат{A}"),
    ("Normandy Four", "нормандская четвёрка", rf"нормандск{A} четверк{A}"),
    ("Contact Group", "Контактная группа", rf"контактн{A} групп{A}"),
    ("line of contact", "линия соприкосновения", rf"лини{A} соприкосновения"),
    ("withdrawal of heavy weapons", "отвод тяжёлых вооружений", rf"отвод{A} тяжелых вооружений"),
    ("OSCE Special Monitoring Mission", "Специальная мониторинговая миссия ОБСЕ", rf"специальн{A} мониторингов{A} мисси{A} обсе"),
    ("SMM", "СММ", r"\bсмм\b"),
    ("Donetsk and Lugansk", "Донецк и Луганск", rf"донецк{A} и луганск{A}"),
    ("Donbass", "Донбасс", rf"донбасс{A}"),
    ("Kiev", "Киев", rf"\bкиев{A}"),
    ("bilateral relations", "двусторонние отношения", rf"двусторонн{A} отношени{A}"),
    ("bilateral contacts", "двусторонние контакты", rf"двусторонн{A} контакт{A}"),
    ("strategic partnership", "стратегическое партнёрство", rf"стратегическ{A} партнерств{A}"),
    ("trade and economic cooperation", "торгово-экономическое сотрудничество", rf"торгово-экономическ{A} сотрудничеств{A}"),
    ("trade", "товарооборот", rf"товарооборот{A}"),
    ("talks", "переговоры", rf"переговор{A}"),
    ("telephone conversation", "телефонный разговор", rf"телефонн{A} разговор{A}"),
    ("working visit", "рабочий визит", rf"рабоч{A} визит{A}"),
    ("consultations", "консультации", rf"консультаци{A}"),
    ("French side", "французская сторона", rf"французск{A} сторон{A}"),
    ("Russian side", "российская сторона", rf"российск{A} сторон{A}"),
    ("international terrorism", "международный терроризм", rf"международн{A} терроризм{A}"),
    ("terrorist groups", "террористические группировки", rf"террористическ{A} группировок|террористическ{A} группировк{A}"),
    ("designated as such by the UN Security Council", "признанные таковыми Советом Безопасности ООН",
     rf"признанн{A} таковыми советом безопасности оон"),
    ("human shield", "живой щит", rf"жив{A} щит{A}"),
    ("peaceful settlement", "мирное урегулирование", rf"мирн{A} урегулировани{A}"),
    ("political settlement", "политическое урегулирование", rf"политическ{A} урегулировани{A}"),
    ("Syrian settlement", "сирийское урегулирование", rf"сирийск{A} урегулировани{A}"),
    ("Astana process", "астанинский процесс", rf"астанинск{A} процесс{A}"),
    ("de-escalation zones", "зоны деэскалации", rf"зон{A} деэскалации"),
    ("Eastern Ghouta", "Восточная Гута", rf"восточн{A} гут{A}"),
    ("humanitarian aid", "гуманитарная помощь", rf"гуманитарн{A} помощ{A}"),
    ("delivery of humanitarian aid", "доставка гуманитарной помощи", rf"доставк{A} гуманитарной помощи"),
    ("humanitarian pauses", "гуманитарные паузы", rf"гуманитарн{A} пауз{A}"),
    ("Russian Centre for Reconciliation of Opposing Sides", "Российский центр по примирению враждующих сторон",
     rf"российск{A} центр{A} по примирению враждующих сторон"),
    ("civilians", "мирные жители", rf"мирн{A} жител{A}"),
    ("international law", "международное право", rf"международн{A} прав{A}"),
    ("international community", "международное сообщество", rf"международн{A} сообществ{A}"),
    ("territorial integrity", "территориальная целостность", rf"территориальн{A} целостност{A}"),
    ("sovereignty", "суверенитет", rf"суверенитет{A}"),
    ("Korean Peninsula", "Корейский полуостров", rf"корейск{A} полуостров{A}"),
    ("nuclear power plant", "атомная электростанция", rf"атомн{A} электростанци{A}|\bаэс\b"),
    ("U.S.", "США", r"\bсша\b"),
    ("Damascus", "Дамаск", rf"\bдамаск{A}"),
    ("refugees", "беженцы", rf"беженц{A}"),
    ("the sides", "стороны", rf"\bсторон(?:ы|ам|ами)\b"),
    ("ministers", "министры", r"\bминистры\b"),
    ("Embassy", "посольство", rf"посольств{A}"),
    ("joint news conference", "совместная пресс-конференция", rf"совместн{A} пресс-конференци{A}"),
    ("Shanghai Cooperation Organisation", "Шанхайская организация сотрудничества", rf"шанхайск{A} организаци{A} сотрудничества"),
    ("Joint Comprehensive Plan of Action", "Совместный всеобъемлющий план действий", rf"совместн{A} всеобъемлющ{A} план{A} действий"),
    ("OSCE Permanent Council", "Постоянный совет ОБСЕ", rf"постоянн{A} совет{A} обсе"),
    ("OSCE Chairperson-in-Office", "Действующий председатель ОБСЕ", rf"действующ{A} председател{A} обсе"),
    ("under the auspices of the UN", "под эгидой ООН", r"под эгидой оон"),
    ("Emergencies Ministry", "МЧС России", r"\bмчс россии\b"),
    ("condolences", "соболезнования", rf"соболезновани{A}"),
]


def norm_ru(s):
    return s.lower().replace("ё", "е").replace("\u00a0", " ")


def en_pattern(term):
    # as written, except that a sentence-initial capital is allowed ("The sides" for "the sides")
    first = term[0]
    head = f"[{first.lower()}{first.upper()}]" if first.isalpha() else re.escape(first)
    return re.compile(r"(?<![\w.])" + head + re.escape(term[1:]) + r"(?!\w)")


def read_pairs():
    pairs = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.align.txt"))):
        block = {"ru": [], "en": []}
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines() + ["---"]
        for line in lines:
            if line == "---":
                if block["ru"] and block["en"]:
                    pairs.append((" ".join(block["ru"]), " ".join(block["en"])))
                block = {"ru": [], "en": []}
            elif line[:4] in ("ru: ", "en: "):
                block[line[:2]].append(line[4:])
    return pairs


def main():
    pairs = read_pairs()
    rows = []
    for en, ru, pat in TERMS:
        ep, rp = en_pattern(en), re.compile(pat)
        freq = sum(1 for r, e in pairs if ep.search(e) and rp.search(norm_ru(r)))
        rows.append((en, ru, freq))
    for en, ru, freq in rows:
        print(f"{freq:3d}  {en}  |  {ru}")
    print(f"{len(pairs)} aligned pairs, {len(rows)} terms")
    if "--write" in sys.argv:
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write("en\tru\tfreq\n")
            for en, ru, freq in rows:
                f.write(f"{en}\t{ru}\t{freq}\n")


if __name__ == "__main__":
    main()
