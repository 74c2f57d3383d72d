#!/usr/bin/env python3
"""Count the fourth development glossary (NTREX news) on its aligned sentence pairs.

A DEVELOPMENT gold (tune on it; the held-out one is ../wmt_political/).  The glossary is the
lists below (English as attested, Russian canonical form, Russian regex, optional English
regex), one list per category, annotated under README.md (which defers to the held-out
guideline ../wmt_political/README.md) from the NTREX documents that this script selects,
never from tmtool's output or code.

Selection (README.md, "Text annotated"): every document of ntrex_en-ru_gold_docs.jsonl whose
English, json.dumps(d["en"]).lower(), contains at least 3 distinct keywords of the KEYWORDS (the
list of ../wmt_dev/ and ../wmt_dev2/).

In that file, "en" and "ru" are flat lists of sentences of equal length (en[i] translates
ru[i]); each document is handed to the held-out script's ``segments_of`` as ONE paragraph
([d["en"]], [d["ru"]]), so the unit ids read doc_id-0.i.

freq = number of aligned sentence pairs (en[i] <-> ru[i], both sides non-empty) in which the
English pattern matches the English side and the Russian regex matches the Russian side
(lower-cased, ё→е, no-break spaces as spaces).  The patterns are compiled and counted by the
held-out script's machinery (../wmt_political/count_terms.py, which itself uses the sample
corpus's ../gold/count_terms.py); only the data and the selection are new here.

The JSONL file is read in place from the shared data (TMTOOL_SHARED, default ../shared next
to the repository); it is never copied into the repository.

Usage: python3 tests/data/ntrex_dev/count_terms.py [--write] [--where EN] [--documents]
  prints the table; --write rewrites tests/data/ntrex_dev_glossary.tsv (en, ru, freq)
  and tests/data/ntrex_dev_glossary.categories.tsv (en, ru, category);
  --where EN lists the sentence pairs where the entries with that English term match;
  --documents lists the selected documents with their sentence-pair counts.
(--paragraphs of the WMT golds is dropped: an NTREX document is a single paragraph, so a
paragraph count would be a document count.)
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "ntrex_dev_glossary.tsv")
OUT_CATEGORIES = os.path.join(HERE, "..", "ntrex_dev_glossary.categories.tsv")

# The second development gold's counter, loaded by path (it shares this file's name, so a plain
# import would find this file): its keyword list and paths, and the held-out gold's counter it
# loads (held_out; its sample is the sample corpus's counter).
_spec = importlib.util.spec_from_file_location("wmt_dev_count_terms", os.path.join(HERE, "..", "wmt_dev", "count_terms.py"))
wmt_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wmt_dev)
held_out = wmt_dev.held_out
sample = held_out.sample
SOURCE = os.path.join(wmt_dev.ALIGNMENT, "ntrex_en-ru_gold_docs.jsonl")

# The fixed selection rule: at least N_KEYWORDS distinct keywords of wmt_dev.KEYWORDS.
N_KEYWORDS = 3

A = held_out.A  # any inflectional ending
Q = held_out.Q  # optional quotation mark: names in quotes are written both ways

# (English as attested, Russian canonical form, Russian regex[, English regex])
# An English regex is given only where the default (the term as written, first letter's
# case free) would miss attested forms (the other number, case, spelling, verb forms) or
# would match where it must not (a longer name, an adjective).
TERM = [
    # rt.com.91337: Macedonian name referendum
    ("referendum", "референдум", rf"\bреферендум{A}"),
    ("plebiscite", "референдум", rf"\bреферендум{A}"),
    ("popular vote", "всенародное голосование", rf"\bвсенародн{A} голосовани{A}"),
    # cnbc.com.6790: Trump and Kim
    ("negotiations", "переговоры", rf"\bпереговор{A}"),
    ("denuclearization", "денуклеаризация", rf"\bденуклеаризаци{A}"),
    ("summit", "саммит", rf"\bсаммит{A}"),
    ("sanctions", "санкции", rf"\bсанкци{A}"),
    ("disarmament", "разоружение", rf"\bразоружени{A}"),
    ("hostages", "заложники", rf"\bзаложник{A}"),
    ("servicemen", "военнослужащие", rf"\bвоеннослужащ{A}"),
    ("rocket tests", "ракетные испытания", rf"\bракетн{A} испытани{A}"),
    ("unpresidential", "недостойный президента", r"\bнедостойн\w* президента\b"),
    # nytimes.184837: Indonesian disaster, the government's response
    ("nongovernmental organizations", "НГО", r"\bнго\b"),
    ("national disaster", "национальное стихийное бедствие", rf"\bнациональн{A} стихийн{A} бедстви{A}"),
    ("international aid", "международная помощь", rf"\bмеждународн{A} помощ{A}"),
    ("international assistance", "международная поддержка", rf"\bмеждународн{A} поддержк{A}"),
    ("natural disasters", "стихийные бедствия", rf"\bстихийн{A} бедстви{A}"),
    ("hospital ship", "плавучий госпиталь", rf"\bплавуч{A} госпитал{A}"),
    ("election campaign", "предвыборная кампания", rf"\bпредвыборн{A} кампани{A}"),
    ("administration", "администрация", rf"\bадминистраци{A}"),
    ("sectarian tensions", "межконфессиональная вражда", rf"\bмежконфессиональн{A} вражд{A}"),
    ("Muslim majority", "мусульманское большинство", rf"\bмусульманск{A} большинств{A}"),
    # reuters.218888: Catalan independence
    ("Catalan separatists", "каталанские сепаратисты", rf"\bкаталанск{A} сепаратист{A}"),
    ("separatists", "сепаратисты", r"\bсепаратист(?:ы|ов|ам|ами|ах)\b"),
    ("independence vote", "референдум о независимости", rf"\bреферендум{A} о независимости"),
    ("independence", "независимость", rf"\bнезависимост{A}"),
    ("pro-independence", "сторонники независимости", rf"\bсторонник{A} независимости"),
    ("pro-separatists", "сторонники независимости", rf"\bсторонник{A} независимости"),
    ("secession", "выход из состава", rf"\bвыход{A} (?:\w+ )?из состава"),
    ("demonstration", "демонстрация", rf"\bдемонстраци{A}"),
    ("turnout", "явка", rf"\bявк{A}"),
    ("polling stations", "избирательные участки", rf"\bизбирательн{A} участк{A}"),
    ("regional elections", "выборы в местные органы управления", rf"\bвыбор{A} в местные органы управления"),
    ("elections", "выборы", r"\bвыбор(?:ы|ов|ам|ами|ах)\b", r"elections"),
    ("European elections", "выборы в Европейский парламент", rf"\bвыбор{A} в европейский парламент"),
    ("declaration of independence", "объявление независимости", rf"\bобъявлени{A} независимости"),
    ("pre-trial jail", "камера предварительного заключения", rf"\bкамер{A} предварительного заключения"),
    ("democratic values", "демократические ценности", rf"\bдемократическ{A} ценност{A}"),
    ("repression", "репрессии", rf"\bрепресси{A}"),
    ("clashes", "столкновения", rf"\bстолкновени{A}", r"[cC]lash(?:es)?"),
    # euronews-en.153800: Erdogan in Germany
    ("NATO allies", "страны-участники НАТО", rf"\bстран{A}-участник{A} нато\b"),
    ("human rights", "права человека", rf"\bправ{A} человека\b"),
    ("press freedom", "свобода печати", rf"\bсвобод{A} печати\b"),
    ("accession to the EU", "вступление в ЕС", rf"\bвступлени{A} (?:\w+ )?в ес\b"),
    # reuters.218932: Macedonian referendum
    ("membership bids", "заявки на вступление", rf"\bзаявк{A} на вступление"),
    ("ethnic identity", "этническая самобытность", rf"\bэтническ{A} самобытност{A}"),
    ("boycott campaign", "кампания бойкота", rf"\bкампани{A} бойкота\b"),
    ("NATO membership", "членство в НАТО", rf"\bчленств{A} в нато\b"),
    ("two-thirds majority", "большинство в две трети голосов", rf"\bбольшинств{A} в две трети голосов"),
    ("irregularities", "нарушения", rf"\bнарушени{A}"),
    ("parliamentary election", "парламентские выборы", rf"\bпарламентск{A} выбор{A}"),
    ("registered voters", "зарегистрированные избиратели", rf"\bзарегистрированн{A} избирател{A}"),
    ("voters", "избиратели", r"\bизбирател(?:и|ей|ям|ями|ях|ь|я|ю|ем)\b", r"[vV]oters?"),
    ("Euro-Asia integration", "евро-азиатская интеграция", rf"\bевро-азиатск{A} интеграци{A}"),
    ("poll", "опрос", r"\bопрос(?:а|у|ом|е|ы|ов)?\b"),
    # guardian.221679: a Labour MP on his party
    ("censure", "вотум недоверия", rf"\bвотум{A} недоверия"),
    ("censure motion", "вотум недоверия", rf"\bвотум{A} недоверия"),
    ("no-confidence motion", "вотум недоверия", rf"\bвотум{A} недоверия", r"\"?no-confidence\"? motions?"),
    ("antisemitism", "антисемитизм", rf"\bантисемитизм{A}"),
    ("economic policy", "экономическая политика", rf"\bэкономическ{A} политик{A}"),
    ("national security", "национальная безопасность", rf"\bнациональн{A} безопасност{A}"),
    ("party leadership", "руководство партии", rf"\bруководств{A} партии\b"),
    ("EU single market", "единый рынок ЕС", rf"\bедин{A} рын{A} ес\b"),
    ("public services", "государственные услуги", rf"\bгосударственн{A} услуг{A}"),
    ("election", "выборы", r"\bвыбор(?:ы|ов|ам|ами|ах)\b"),
    ("constituents", "избиратели", rf"\bизбирател{A}"),
    ("political expediency", "политическая целесообразность", rf"\bполитическ{A} целесообразност{A}"),
    # guardian.221762: Bolivia's access to the sea at the ICJ
    ("landlocked", "не имеющий выхода к морю", r"\bне имеющ\w* выхода к морю"),
    ("naval headquarters", "военно-морской штаб", rf"\bвоенно-морск{A} штаб{A}"),
    ("naval bases", "военно-морские базы", rf"\bвоенно-морск{A} баз{A}"),
    ("talks", "переговоры", rf"\bпереговор{A}"),
    ("sovereign outlet to the sea", "суверенный выход к морю", rf"\bсуверенн{A} выход{A} к морю"),
    ("re-election", "переизбрание", rf"\bпереизбрани{A}"),
    ("international law", "международное право", rf"\bмеждународн{A} прав{A}"),
    ("access to the sea", "доступ к морю", rf"\bдоступ{A} к морю"),
    # cnbc.com.6769 and reuters.218861: North Korea at the UN General Assembly
    ("nuclear disarmament", "ядерное разоружение", rf"\bядерн{A} разоружени{A}"),
    ("nuclear weapons", "ядерное оружие", rf"\bядерн{A} оружи{A}"),
    ("summit", "встреча на высшем уровне", rf"\bвстреч{A} на высшем уровне"),
    ("nuclear diplomacy", "ядерная дипломатия", rf"\bядерн{A} дипломати{A}"),
    ("declaration of the end of war", "объявление об окончании войны", rf"\bобъявлени{A} об окончании войны"),
    ("goodwill measures", "меры доброй воли", rf"\bмер{A} доброй воли"),
    ("nuclear test site", "ядерный полигон", rf"\bядерн{A} полигон{A}"),
    ("nuclear technology", "ядерные технологии", rf"\bядерн{A} технологи{A}"),
    ("corresponding measures", "соответствующие меры", rf"\bсоответствующ{A} мер{A}"),
    ("phased approach", "поэтапный подход", rf"\bпоэтапн{A}\W* подход{A}", r"\"?phased\"? approach"),
    ("unilateral denuclearization", "односторонняя денуклеаризация", rf"\bодносторонн{A} денуклеаризаци{A}"),
    ("joint statement", "совместное заявление", rf"\bсовместн{A} заявлени{A}"),
    ("denuclearization of the Korean peninsula", "денуклеаризация Корейского полуострова", rf"\bденуклеаризаци{A} корейского полуострова"),
    ("security guarantees", "гарантии безопасности", rf"\bгаранти{A} безопасности", r"security guarantees|guarantees of (?:[\w’']+ ){1,3}security"),
    ("international sanctions", "международные санкции", rf"\bмеждународн{A} санкци{A}"),
    ("nuclear complex", "ядерный комплекс", rf"\bядерн{A} комплекс{A}"),
    ("normalization of relations", "нормализация отношений", rf"\bнормализаци{A} отношений"),
    # rt.com.91335: US Navy against Russian energy exports
    ("blockade", "блокада", rf"\bблокад{A}"),
    ("energy exports", "экспорт энергии", rf"\bэкспорт{A} (?:\w+ )?энергии"),
    ("legitimate government", "законное правительство", rf"\bзаконн{A} правительств{A}"),
    ("energy markets", "энергетические рынки", rf"\bэнергетическ{A} рын{A}"),
    ("official", "чиновник", r"\bчиновник(?:а|у|ом|е)?\b"),
    ("officials", "чиновники", r"\bчиновник(?:и|ов|ам|ами|ах)\b"),
    ("sea lanes", "морские пути", rf"\bморск{A} пут{A}"),
    ("fossil fuels", "ископаемое топливо", rf"\bископаем{A} топлив{A}"),
    ("liquefied natural gas", "сжиженный природный газ", rf"\bсжиженн{A} природн{A} газ{A}"),
    ("unfair competition", "недобросовестная конкуренция", rf"\bнедобросовестн{A} конкуренци{A}"),
    ("energy policy", "энергетическая политика", rf"\bэнергетическ{A} политик{A}"),
    ("bilateral agreements", "двусторонние соглашения", rf"\bдвусторонн{A} соглашени{A}"),
    ("third state", "третье государство", rf"\bтреть{A} государств{A}"),
    ("energy supply", "поставки энергии", rf"\bпоставк{A} энергии"),
    # newsweek.51300: Warren on 2020
    ("midterm elections", "промежуточные выборы", rf"\bпромежуточн{A} выбор{A}"),
    ("county", "округ", r"\bокруг(?:а|у|ом|е)?\b"),
    ("democracy", "демократия", r"\bдемократи(?:я|и|ю|ей)\b"),
    ("Supreme Court nominee", "кандидат на должность верховного судьи", rf"\bкандидат{A} на должность верховного судьи"),
    # reuters.218933: US ambassador on Chinese propaganda ads
    ("propaganda", "пропаганда", r"\bпропаганд(?:а|ы|е|у|ой)\b"),
    ("propaganda ads", "пропагандистская реклама", rf"\bпропагандистск{A} реклам{A}"),
    ("congressional elections", "выборы в Конгресс", rf"\bвыбор{A} в конгресс{A}"),
    ("officials", "официальные лица", rf"\bофициальн{A} лиц{A}"),
    ("trade war", "торговая война", rf"\bторгов{A} войн{A}"),
    ("tariffs", "тарифы", rf"\bтариф{A}"),
    ("retaliatory tariffs", "ответные тарифы", rf"\bответн{A} тариф{A}"),
    ("states", "штаты", r"\bштат(?:ы|ов|ам|ами|ах)\b", r"states"),
    ("agricultural goods", "сельскохозяйственная продукция", rf"\bсельскохозяйственн{A} продукци{A}"),
    ("free press", "свободная пресса", rf"\bсвободн{A} пресс{A}"),
    ("free speech", "свобода слова", rf"\bсвобод{A} слова\b"),
    # newsweek.51328: Kavanaugh and the midterms
    ("women voters", "женщины-избиратели", rf"\bженщин{A}-избирател{A}|\bизбирател{A}-женщин{A}", r"[wW]omen [vV]oters"),
    ("Supreme Court nominee", "кандидат на пост верховного судьи", rf"\bкандидат{A} на пост верховного судьи"),
    ("sexual assault", "сексуальное насилие", rf"\bсексуальн{A} насили{A}"),
    ("sexual assault", "сексуальные домогательства", rf"\bсексуальн{A} домогательств{A}"),
    ("nomination", "кандидатура", rf"\bкандидатур{A}"),
    ("testimony", "показания", rf"\bпоказани{A}", r"[tT]estimon(?:y|ies)"),
    ("nonpartisan", "беспартийный", rf"\bбеспартийн{A}"),
    # guardian.221756: Trump, Rosenstein and the press briefings
    ("election interference", "вмешательство в выборы", rf"\bвмешательств{A} (?:\w+ )?в выбор{A}"),
    ("obstruction of justice", "препятствия для правосудия", rf"\bпрепятстви{A} для правосудия"),
    ("sexual misconduct", "сексуальные домогательства", rf"\bсексуальн{A} домогательств{A}"),
    ("briefings", "брифинги", rf"\bбрифинг{A}", r"[bB]riefings?"),
    ("press briefing", "пресс-брифинг", rf"\bпресс-брифинг{A}"),
    ("press conferences", "пресс-конференции", rf"\bпресс-конференци{A}"),
    ("dignitaries", "высокопоставленные лица", rf"\bвысокопоставленн{A} лиц{A}"),
    # thelocal.65969: Syria at the UN General Assembly
    ("occupying forces", "оккупационные силы", rf"\bоккупационн{A} сил{A}"),
    ("refugees", "беженцы", rf"\bбеженц{A}"),
    ("foreign forces", "иностранные силы", rf"\bиностранн{A} сил{A}"),
    ("terrorism", "терроризм", rf"\bтерроризм{A}"),
    ("fighting terrorism", "борьба с терроризмом", rf"\bборьб{A} с терроризмом"),
    ("war on terror", "война с терроризмом", rf"\bвойн{A} с терроризмом"),
    ("terror groups", "террористические группы", rf"\bтеррористическ{A} групп{A}"),
    ("foreign presence", "иностранное присутствие", rf"\bиностранн{A} присутстви{A}"),
    ("troops", "военнослужащие", rf"\bвоеннослужащ{A}"),
    ("Kurdish forces", "курдские силы", rf"\bкурдск{A} сил{A}"),
    ("international community", "международное сообщество", rf"\bмеждународн{A} сообществ{A}"),
    ("humanitarian organizations", "гуманитарные организации", rf"\bгуманитарн{A} организаци{A}"),
    ("reconstruction aid", "помощь в восстановлении", rf"\bпомощ{A} в восстановлении"),
    ("political agreement", "политическое соглашение", rf"\bполитическ{A} соглашени{A}"),
    ("opposition", "оппозиция", rf"\bоппозици{A}"),
    ("buffer zone", "буферная зона", rf"\bбуферн{A} зон{A}"),
    ("rebel stronghold", "оплот повстанцев", rf"\bоплот{A} повстанцев"),
    ("political talks", "политические переговоры", rf"\bполитическ{A} переговор{A}"),
    ("military action", "военные действия", rf"\bвоенн{A} действи{A}"),
    ("jihadists", "джихадисты", rf"\bджихадист{A}"),
    ("fighters", "боевики", rf"\bбоевик{A}"),
    ("constitution", "конституция", rf"\bконституци{A}"),
    ("interference", "вмешательство", rf"\bвмешательств{A}"),
    # nytimes.184825: Trump as television
    ("second term", "второй срок", rf"\bвтор{A} срок{A}", r"[sS]econd [tT]erm"),
    ("impeachment", "импичмент", rf"\bимпичмент{A}"),
    ("presidency", "президентство", rf"\bпрезидентств{A}"),
    ("global economy", "мировая экономика", rf"\bмиров{A} экономик{A}"),
    # nytimes.184830: Eisen on the Mueller inquiry
    ("obstruction of justice", "препятствование правосудию", rf"\bпрепятствовани{A} (?:[\w-]+ ){{0,3}}правосуди{A}"),
    ("coup d'état", "государственный переворот", rf"\bгосударственн{A} переворот{A}", r"coup d.état"),
    ("Nazi regime", "нацистский режим", rf"\bнацистск{A} режим{A}"),
    # bbc.381736: North Korean defectors
    ("defectors", "перебежчики", rf"\bперебежчик{A}"),
    ("North Korean defectors", "северокорейские перебежчики", rf"\bсеверокорейск{A} перебежчик{A}"),
    ("border controls", "пограничный контроль", rf"\bпограничн{A} контрол{A}"),
    ("people smugglers", "контрабандисты", rf"\bконтрабандист{A}"),
    ("citizenship", "гражданство", rf"\bгражданств{A}"),
    ("Demilitarised Zone", "демилитаризованная зона", rf"\bдемилитаризованн{A} зон{A}"),
    ("illegal migrants", "нелегальные мигранты", rf"\bнелегальн{A} мигрант{A}"),
    ("denuclearisation negotiations", "переговоры по ядерному разоружению", rf"\bпереговор{A} по ядерному разоружению"),
    # euronews-en.153799: Syria asks refugees to return
    ("voluntary return", "добровольное возвращение", rf"\bдобровольн{A} возвращени{A}"),
    ("combating terrorism", "борьба с терроризмом", rf"\bборьб{A} с терроризмом"),
    ("terrorists", "террористы", r"\bтеррорист(?:ы|ов|ам|ами|ах)\b"),
    ("unilateral economic measures", "односторонние экономические меры", rf"\bодносторонн{A} экономическ{A} мер{A}"),
    ("humanitarian assistance", "гуманитарная помощь", rf"\bгуманитарн{A} помощ{A}"),
]

PHRASE = [
    ("go to the polls", "проголосовать", rf"\bпроголос{A}", r"go(?:es)? to (?:the )?polls"),
    ("face re-election", "баллотироваться на новый срок", rf"\bбаллотир{A} на новый срок", r"fac\w* re-election"),
    ("in detention", "под стражей", r"\bпод стражей\b"),
    ("run in elections", "баллотироваться", rf"\bбаллотир{A}", r"run\w* in (?:[\w-]+ )*elections"),
    ("cite security reasons", "из соображений безопасности", r"\bиз соображений безопасности", r"cit\w* security reasons"),
    ("veto", "наложить вето", rf"\bналож{A} вето", r"veto\w*"),
    ("strike a deal", "заключить соглашение", rf"\bзаключ{A} соглашени{A}", r"str(?:ike|ikes|uck|iking) a deal"),
    ("under the umbrella of", "под эгидой", r"\bпод эгидой\b"),
    ("legally binding", "иметь обязательную юридическую силу", rf"\bобязательн{A} юридическ{A} сил{A}"),
    ("cast a ballot", "проголосовать", rf"\bпроголосова{A}|\bголосовани{A}", r"cast\w* (?:\w+ )?ballots?"),
    ("take over", "прийти к власти", rf"\bприш{A} к власти|\bприйти к власти", r"t(?:ake|akes|ook|aken|aking) over"),
    ("do a U-turn", "кардинально изменить свои взгляды", rf"\bкардинально измен{A} сво{A} взгляд{A}", r"d(?:o|oes|id|one|oing) a U-turn"),
    ("negotiate", "вести переговоры", rf"\bвести переговоры|\bвед{A} переговоры", r"negotiat(?:e|es|ed|ing)"),
    ("unilaterally", "в одностороннем порядке", r"\bв одностороннем порядке"),
    ("relax sanctions", "ослабить санкции", rf"\bослаб{A} (?:\w+ ){{0,2}}санкци{A}", r"relax\w* (?:[\w-]+ ){0,3}sanctions"),
    ("bring to its knees", "поставить на колени", rf"\bпостав{A} (?:\w+ )?на колени", r"bring (?:\w+ ){1,2}(?:on|to) (?:its|our|their) knees"),
    ("on the sidelines of", "в кулуарах", r"\bв кулуарах\b"),
    ("exercise pressure", "оказывать давление", rf"\bоказ{A} давлени{A}", r"exercis\w* pressure"),
    ("reaffirm commitment to", "подтвердить приверженность", rf"\bподтверд{A} (?:\w+ )?приверженност{A}", r"reaffirm\w* (?:\w+ )?commitment to"),
    ("interfere in", "вмешиваться в", rf"\bвмешива{A} в\b|\bвмешательств{A} (?:\w+ )?в\b", r"interfer\w* (?:\w+ )?in"),
    ("run for president", "баллотироваться на пост президента", rf"\bбаллотир{A} на пост президента", r"run\w* for president"),
    ("run for president", "баллотироваться в президенты", rf"\bбаллотир{A} в президенты", r"run\w* for president"),
    ("run", "баллотироваться", rf"\bбаллотир{A}"),
    ("decide", "принять решение", rf"\bприн{A} (?:\w+ )?решени{A}|\bпримет (?:\w+ )?решени{A}", r"decid(?:e|es|ed|ing)"),
    ("meddle in", "вмешаться в", rf"\bвмеша{A} в\b", r"meddl\w* in"),
    ("put pressure on", "оказывать давление на", rf"\bоказ{A} давлени{A} на\b", r"put\w* pressure on"),
    ("under oath", "под присягой", r"\bпод присягой\b"),
    ("resign", "подать в отставку", r"\b(?:пода|уйти|уйд|ушел|ушла|ухо)\w* в отставку", r"resign(?:s|ed|ing)?"),
    ("testify", "давать показания", r"\bдава\w* показания|\bдал\w* показания", r"testif(?:y|ies|ied|ying)"),
    ("withdraw", "вывести войска", r"\bвыв(?:ести|одить|ел|ели|едут|одят)\w* (?:\w+ )?войска", r"withdraw\w*"),
    ("collude with", "вступить в сговор с", rf"\bсговор{A}", r"collud\w* with"),
    ("hold accountable", "привлечь к ответственности", r"\bпривле\w* (?:[\w-]+ ){0,3}к ответственности", r"hold\w* (?:[\w.]+ ){0,3}accountable"),
    # abcnews.306755, telegraph.405413, bbc.381736
    ("run for president", "участвовать в президентской гонке", rf"\bучаст{A} в президентской гонке", r"run\w* for president"),
    ("run for re-election", "баллотироваться на переизбрание", rf"\bбаллотир{A} (?:\w+ ){{0,2}}на переизбрание", r"run\w* for re-election"),
    ("take office", "вступить в должность", rf"\bвступ{A} в должность", r"t(?:ake|akes|ook|aken|aking) office"),
    ("break a tie", "решить проблему равенства голосов", rf"\bравенств{A} голосов", r"break\w* a tie"),
    ("come to power", "прийти к власти", rf"\bприш{A} к власти|\bприйти к власти", r"c(?:ome|omes|ame|oming) to power"),
    ("forcibly repatriate", "подвергать принудительной репатриации", rf"\bпринудительн{A} репатриаци{A}", r"forcibly repatriat\w*"),
    ("at war", "в состоянии войны", r"\bв состоянии войны\b"),
]

TITLE = [
    ("President", "президент", r"\bпрезидент(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    ("Prime Minister", "премьер-министр", rf"\bпремьер-министр{A}", r"[pP]rime [mM]inister"),
    ("top diplomat", "высокопоставленный дипломат", rf"\bвысокопоставленн{A} (?:\w+ )?дипломат{A}"),
    ("diplomat", "дипломат", r"\bдипломат(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    ("spokesman", "официальный представитель", rf"\bофициальн{A} представител{A}"),
    ("PM", "премьер-министр", rf"\bпремьер-министр{A}"),
    ("members of parliament", "члены парламента", rf"\bчлен{A} парламента\b"),
    ("Labour MP", "член парламента от лейбористской партии", rf"\bчлен{A} парламента от лейбористской партии", r"Labour MPs?"),
    ("MP", "член парламента", rf"\bчлен{A} парламента\b", r"MPs?"),
    ("councillor", "депутат", rf"\bдепутат{A}"),
    ("minister", "министр", r"(?<!-)\bминистр(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"(?<!Prime )(?<!prime )[mM]inisters?"),
    ("Foreign Minister", "министр иностранных дел", rf"\bминистр{A} иностранных дел", r"[fF]oreign [mM]inister"),
    ("Secretary of State", "госсекретарь", rf"\bгоссекретар{A}"),
    ("Interior Secretary", "министр внутренних дел", rf"\bминистр{A} внутренних дел"),
    ("Energy Minister", "министр энергетики", rf"\bминистр{A} энергетики"),
    ("Energy Secretary", "министр энергетики", rf"\bминистр{A} энергетики"),
    ("Chancellor", "канцлер", rf"\bканцлер{A}"),
    ("Senator", "сенатор", r"\bсенатор(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"[sS]enators?"),
    ("Governor", "губернатор", r"\bгубернатор(?:а|у|ом|е|ы|ов)?\b", r"[gG]overnor"),
    ("Vice President", "вице-президент", rf"\bвице-президент{A}", r"[vV]ice [pP]resident"),
    ("ambassador", "посол", r"\bпос(?:ол|ла|лу|лом|лы|лов|лам)\b", r"[aA]mbassadors?"),
    ("professor of political science", "профессор политологии", rf"\bпрофессор{A} политологии"),
    ("senior adviser", "старший советник", rf"\bстарш{A} советник{A}"),
    ("political analyst", "политолог", r"\bполитолог(?:а|у|ом|е|и|ов)?\b"),
    ("chairman", "председатель", rf"\bпредседател{A}"),
    ("deputy attorney general", "заместитель генерального прокурора", rf"\bзаместител{A} генерального прокурора", r"[dD]eputy [aA]ttorney [gG]eneral"),
    ("special counsel", "специальный советник", rf"\bспециальн{A} советник{A}"),
    ("press secretary", "пресс-секретарь", rf"\bпресс-секретар{A}"),
    ("deputy prime minister", "заместитель премьер-министра", rf"\bзаместител{A} премьер-министра"),
    ("diplomats", "дипломаты", r"\bдипломат(?:ы|ов|ам|ами|ах)\b"),
    ("UN envoy", "посланник ООН", rf"\bпосланник{A} оон\b"),
    ("envoy", "посланник", rf"\bпосланник{A}"),
    ("cabinet secretary", "член кабинета министров", rf"\bчлен{A} кабинета министров"),
    ("chief executive", "исполнительный директор", rf"\bисполнительн{A} директор{A}"),
    ("senior fellow", "старший научный сотрудник", rf"\bстарш{A} научн{A} сотрудник{A}"),
    ("Sen.", "сенатор", r"\bсенатор(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    ("co-chairman", "сопредседатель", rf"\bсопредседател{A}"),
    ("personal secretary", "личный секретарь", rf"\bличн{A} секретар{A}"),
    ("lawmaker", "законодатель", rf"\bзаконодател{A}"),
]

ORGANISATION = [
    ("EU", "Евросоюз", rf"\bевросоюз{A}"),
    ("EU", "ЕС", r"\bес\b"),
    ("NATO", "НАТО", r"\bнато\b"),
    ("U.N. General Assembly", "Генеральная Ассамблея ООН", rf"\bгенеральн{A} ассамбле{A} оон\b"),
    ("U.N.", "ООН", r"\bоон\b"),
    ("Save the Children", "Спасем детей", r"\bспасем детей\b"),
    ("national disaster agency", "Национальное управление по ликвидации последствий стихийных бедствий", rf"\bнациональн{A} управлени{A} по ликвидации последствий стихийных бедствий"),
    ("European Parliament", "Европейский парламент", rf"\bевропейск{A} парламент{A}"),
    ("Madrid", "испанское правительство", rf"\bиспанск{A} правительств{A}"),
    ("national police", "испанская полиция", rf"\bиспанск{A} полици{A}"),
    ("European Union", "Европейский союз", rf"\bевропейск{A} союз{A}"),
    ("parliament", "парламент", r"\bпарламент(?:а|у|ом|е|ы|ов)?\b"),
    ("state election commission", "Государственная избирательная комиссия", rf"\bгосударственн{A} избирательн{A} комисси{A}"),
    ("Institute for Policy Research", "Институт политических исследований", rf"\bинститут{A} политических исследований"),
    ("Labour", "Лейбористская партия", rf"\bлейбористск{A} парти{A}"),
    ("Labour party", "Лейбористская партия", rf"\bлейбористск{A} парти{A}", r"Labour [pP]arty"),
    ("Labour", "лейбористы", r"\bлейборист(?:ы|ов|ам|ами|ах)\b"),
    ("international court of justice", "Международный суд", rf"\bмеждународн{A} суд{A}", r"[iI]nternational [cC]ourt of [jJ]ustice"),
    ("ICJ", "Международный суд", rf"\bмеждународн{A} суд{A}"),
    ("UN", "ООН", r"\bоон\b"),
    ("United Nations General Assembly", "Генассамблея ООН", rf"\bгенассамбле{A} оон\b"),
    ("U.N. General Assembly", "Генассамблея ООН", rf"\bгенассамбле{A} оон\b"),
    ("General Assembly", "Генеральная Ассамблея", rf"\bгенеральн{A} ассамбле{A}"),
    ("United Nations", "ООН", r"\bоон\b"),
    ("United Nations", "Организация Объединенных Наций", rf"\bорганизаци{A} объединенных наций"),
    ("U.N. Security Council", "Совет Безопасности ООН", rf"\bсовет{A} безопасности оон\b"),
    ("Security Council", "Совет Безопасности", rf"\bсовет{A} безопасности"),
    ("Kremlin", "Кремль", r"\bкремл(?:ь|я|ю|ем|е)\b"),
    ("Federation of German Industries", "Федерация немецкой промышленности", rf"\bфедераци{A} немецкой промышленности"),
    ("FBI", "ФБР", r"\bфбр\b"),
    ("Suffolk University Political Research Center", "Центр политических исследований Университета Саффолка", rf"\bцентр{A} политических исследований университета саффолка"),
    ("Republican Party", "Республиканская партия", rf"\bреспубликанск{A} парти{A}"),
    ("GOP", "Республиканская партия", rf"\bреспубликанск{A} парти{A}"),
    ("Chinese Communist Party", "Коммунистическая партия Китая", rf"\bкоммунистическ{A} парти{A} китая"),
    ("Republicans", "республиканцы", rf"\bреспубликанц{A}"),
    ("Syracuse University", "Сиракузский университет", rf"\bсиракузск{A} университет{A}"),
    ("Maxwell School", "школа Максвелла", rf"\bшкол{A} максвелла"),
    ("Senate", "Сенат", r"\bсенат(?:а|у|ом|е)?\b"),
    ("Judiciary Committee", "Судебный комитет", rf"\bсудебн{A} комитет{A}"),
    ("Senate Judiciary Committee", "Юридический комитет Сената", rf"\bюридическ{A} комитет{A} сената"),
    ("Republican National Committee", "Республиканский национальный комитет", rf"\bреспубликанск{A} национальн{A} комитет{A}"),
    ("Democrats", "демократы", r"\bдемократ(?:ы|ов|ам|ами|ах)\b"),
    ("Yale", "Йельский университет", rf"\bйельск{A} университет{A}"),
    ("White House", "Белый дом", rf"\bбел{A} дом{A}"),
    ("Senate judiciary committee", "Судебный комитет Сената", rf"\bсудебн{A} комитет{A} сената"),
    ("supreme court", "Верховный суд", rf"\bверховн{A} суд(?:а|у|ом|е|ы)?\b"),
    ("UN General Assembly", "Генеральная Ассамблея ООН", rf"\bгенеральн{A} ассамбле{A} оон\b"),
    ("Al-Qaeda", "Аль-Каида", rf"\bаль-каид{A}"),
    ("Nusra Front", "фронт Нусра", rf"\bфронт{A} нусра\b"),
    ("The Washington Post", "Вашингтон пост", r"\bвашингтон пост\b"),
    ("The Times", "Таймс", r"\bтаймс\b"),
    ("Congress", "Конгресс", r"\bконгресс(?:а|у|ом|е)?\b"),
    ("F.B.I.", "ФБР", r"\bфбр\b"),
    ("Brookings Institution", "Институт Брукингса", rf"\bинститут{A} брукингса"),
    ("Citizens for Responsibility and Ethics in Washington", "Граждане за ответственность и этику в Вашингтоне", rf"\bграждан{A} за ответственность и этику в вашингтоне"),
    ("Democrat", "демократ", r"\bдемократ(?:а|у|ом|е)?\b"),
    ("DMZ", "ДМЗ", r"\bдмз\b"),
    ("United Nations General Assembly", "Генеральная Ассамблея ООН", rf"\bгенеральн{A} ассамбле{A} оон\b"),
]

NAME = [
    # rt.com.91337
    ("Macedonians", "македонцы", rf"\bмакедонц{A}"),
    ("Republic of North Macedonia", "Республика Северная Македония", rf"\bреспублик{A} северн{A} македони{A}"),
    ("Macedonia", "Македония", r"\bмакедони(?:я|и|ю|ей)\b"),
    ("Greece", "Греция", r"\bгреци(?:я|и|ю|ей)\b"),
    ("Gjorge Ivanov", "Георге Иванов", rf"\bгеорге иванов{A}"),
    ("Zoran Zaev", "Зоран Заев", rf"\bзоран{A} заев{A}"),
    # cnbc.com.6790
    ("Trump", "Трамп", r"\bтрамп(?:а|у|ом|е)?\b"),
    ("Kim", "Ким Чен Ын", rf"\bким чен ын{A}"),
    ("Singapore", "Сингапур", r"\bсингапур(?:а|у|ом|е)?\b"),
    ("North Korea", "Северная Корея", rf"\bсеверн{A} коре(?:я|и|ю|ей)\b"),
    ("North Korea", "КНДР", r"\bкндр\b"),
    ("Ri Yong Ho", "Ли Ён Хо", r"\bли ен хо\b"),
    ("U.S.", "США", r"\bсша\b"),
    # nytimes.184837
    ("Indonesia", "Индонезия", r"\bиндонези(?:я|и|ю|ей)\b"),
    ("Lombok", "Ломбок", r"\bломбок(?:а|у|ом|е)?\b"),
    ("Palu", "Палу", r"\bпалу\b"),
    ("Aceh", "Ачех", r"\bачех(?:а|у|ом|е)?\b"),
    ("Ms. Sumbung", "Селина Самбунг", r"\bселина самбунг\b"),
    ("Mr. Sutopo", "Сутопо", r"\bсутопо\b"),
    ("Joko Widodo", "Джоко Видодо", r"\bджоко видодо\b"),
    ("Mr. Joko", "Джоко", r"\bджоко\b"),
    # reuters.218888
    ("Barcelona", "Барселона", r"\bбарселон(?:а|ы|е|у|ой)\b"),
    ("Catalonia", "Каталония", r"\bкаталони(?:я|и|ю|ей)\b"),
    ("Spain", "Испания", r"\bиспани(?:я|и|ю|ей)\b"),
    ("Narcis Termes", "Нарсис Термес", r"\bнарсис\w* термес\w*"),
    ("Joan Puig", "Хоан Пуч", r"\bхоан\w* пуч\w*"),
    ("Oriol Junqueras", "Ориол Жункерас", r"\bориол\w* жункерас\w*"),
    # euronews-en.153800
    ("Erdogan", "Эрдоган", r"\bэрдоган(?:а|у|ом|е)?\b"),
    ("Cologne", "Кельн", r"\bкельн(?:а|у|ом|е)?\b"),
    ("Turkey", "Турция", r"\bтурци(?:я|и|ю|ей)\b"),
    ("Germany", "Германия", r"\bгермани(?:я|и|ю|ей)\b"),
    ("Kurdish", "курды", r"\bкурд(?:ы|ов|ам|ами|ах)\b"),
    ("German Turks", "немцы с турецкими корнями", rf"\bнем{A} с турецкими корнями"),
    # reuters.218932
    ("Yugoslavia", "Югославия", r"\bюгослави(?:я|и|ю|ей)\b"),
    ("Olivera Georgijevska", "Оливера Георгиевская", r"\bоливер\w* георгиевск\w*"),
    ("Skopje", "Скопье", r"\bскопье\b"),
    ("Europe", "Европа", r"\bевроп(?:а|ы|е|у|ой)\b"),
    ("Gjose Tanevski", "Йосе Таневски", r"\bйосе таневски\b"),
    ("Zorica", "Зорица", r"\bзориц(?:а|ы|е|у|ей)\b"),
    ("Dushko", "Душко", r"\bдушко\b"),
    ("Strumica", "Струмица", r"\bструмиц(?:а|ы|е|у|ей)\b"),
    ("Vladimir Kavardarkov", "Владимир Кавардарков", r"\bвладимир\w* кавардарков\w*"),
    ("Kavadarkov", "Кавадарков", r"\bкавадарков\w*"),
    ("China", "Китай", r"\bкита(?:й|я|ю|ем|е)\b"),
    ("Russia", "Россия", r"\bросси(?:я|и|ю|ей)\b"),
    ("Zaev", "Заев", r"\bзаев(?:а|у|ым|е)?\b"),
    # guardian.221679
    ("Joan Ryan", "Джоан Райан", r"\bджоан райан\b"),
    ("Jeremy Corbyn", "Джереми Корбин", rf"\bджереми корбин{A}"),
    ("Jeremy", "Джереми", r"\bджереми\b"),
    ("Nottingham East", "Ноттингем Восток", r"\bноттингем восток\b"),
    ("Thatcher", "Тэтчер", r"\bтэтчер\b"),
    ("Chris Leslie", "Крис Лесли", r"\bкрис лесли\b"),
    # guardian.221762
    ("Bolivia", "Боливия", r"\bболиви(?:я|и|ю|ей)\b"),
    ("Pacific", "Тихий океан", rf"\bтих{A} океан{A}"),
    ("Pacific Ocean", "Тихий океан", rf"\bтих{A} океан{A}"),
    ("La Paz", "Ла-Пас", r"\bла-пас(?:а|у|ом|е)?\b"),
    ("Lake Titicaca", "озеро Титикака", rf"\bозер{A} титикак{A}"),
    ("Amazon", "Амазонка", r"\bамазонк(?:а|и|е|у|ой)\b"),
    ("Chile", "Чили", r"\bчили\b"),
    ("Roberto Calzadilla", "Роберто Кальзадилья", r"\bроберто кальзадиль\w*"),
    ("Calzadilla", "Кальзадилья", r"\bкальзадиль\w*"),
    ("Bolivians", "боливийцы", rf"\bболивийц{A}"),
    ("The Hague", "Гаага", r"\bгааг(?:а|и|е|у|ой)\b"),
    ("Evo Morales", "Эво Моралес", rf"\bэво моралес{A}"),
    ("Morales", "Моралес", rf"\bморалес{A}"),
    ("Netherlands", "Нидерланды", r"\bнидерланд(?:ы|ов|ам|ах)\b"),
    ("Paz Zárate", "Пас Зарате", r"\bпас зарате\b"),
    ("Zárate", "Зарате", r"\bзарате\b"),
    ("Eduardo Rodríguez Veltzé", "Эдуардо Родригес Вельце", r"\bэдуардо родригес вельце\b"),
    ("Latin America", "Латинская Америка", rf"\bлатинск{A} америк{A}"),
    ("Ri Yong Ho", "Ри Ён Хо", r"\bри ен хо\b"),
    ("Ri", "Ри", r"\bри\b"),
    ("Washington", "Вашингтон", r"\bвашингтон(?:а|у|ом|е)?\b"),
    ("United States", "Соединенные Штаты", rf"\bсоединенн{A} штат{A}"),
    ("Mike Pompeo", "Майк Помпео", r"\bмайк\w* помпео\b"),
    ("Pompeo", "Помпео", r"\bпомпео\b"),
    ("Kim Jong Un", "Ким Чен Ын", rf"\bким чен ын{A}"),
    ("Kim", "Ким", r"\bким(?:а|у|ом|е)?\b"),
    ("Korean War", "Корейская война", rf"\bкорейск{A} войн{A}"),
    ("Korea War", "Корейская война", rf"\bкорейск{A} войн{A}"),
    ("Pyongyang", "Пхеньян", r"\bпхеньян(?:а|у|ом|е)?\b"),
    ("Donald Trump", "Дональд Трамп", rf"\bдональд{A} трамп{A}"),
    ("Korean peninsula", "Корейский полуостров", rf"\bкорейск{A} полуостров{A}"),
    ("Moon Jae-in", "Мун Чжэ Ин", rf"\bмун{A} чжэ ин{A}"),
    ("Moon", "Мун", r"\bмун(?:а|у|ом|е)?\b"),
    ("South Korea", "Южная Корея", rf"\bюжн{A} коре(?:я|и|ю|ей)\b"),
    # rt.com.91335
    ("Navy", "военно-морской флот", rf"\bвоенно-морск{A} флот{A}"),
    ("Navy", "флот", r"\bфлот(?:а|у|ом|е)?\b"),
    ("Ryan Zinke", "Райан Зинке", r"\bрайан зинке\b"),
    ("Zinke", "Зинке", r"\bзинке\b"),
    ("Middle East", "Ближний Восток", rf"\bближн{A} восток{A}"),
    ("Syria", "Сирия", r"\bсири(?:я|и|ю|ей)\b"),
    ("eastern Europe", "Восточная Европа", rf"\bвосточн{A} европ{A}"),
    ("Iran", "Иран", r"\bиран(?:а|у|ом|е)?\b"),
    ("Nord Stream 2", "Северный поток – 2", rf"\bсеверн{A} пот(?:о|)к{A}\W*[-–—]?\s*2\b"),
    ("Berlin", "Берлин", r"\bберлин(?:а|у|ом|е)?\b"),
    ("Moscow", "Москва", r"\bмоскв(?:а|ы|е|у|ой)\b"),
    ("Aleksandr Novak", "Александр Новак", rf"\bалександр{A} новак{A}"),
    ("Rick Perry", "Рик Перри", rf"\bрик{A} перри\b"),
    ("Dieter Kempf", "Дитер Кемпф", r"\bдитер кемпф\b"),
    ("Angela Merkel", "Ангела Меркель", rf"\bангел{A} меркель\b"),
    ("Vladimir Putin", "Владимир Путин", rf"\bвладимир{A} путин{A}"),
    # newsweek.51300
    ("Elizabeth Warren", "Элизабет Уоррен", r"\bэлизабет уоррен\b"),
    ("Warren", "Уоррен", r"\bуоррен\b"),
    ("Massachusetts", "Массачусетс", rf"\bмассачусетс{A}"),
    ("Holyoke", "Холиок", r"\bхолиок(?:а|у|ом|е)?\b"),
    ("Brett Kavanaugh", "Бретт Кавано", rf"\bбретт{A} кавано\b"),
    ("Deval Patrick", "Девал Патрик", rf"\bдевал{A} патрик{A}"),
    ("Joe Biden", "Джо Байден", rf"\bджо байден{A}"),
    ("Biden", "Байден", rf"\bбайден{A}"),
    ("Vermont", "Вермонт", rf"\bвермонт{A}"),
    ("Bernie Sanders", "Берни Сандерс", rf"\bберни сандерс{A}"),
    # reuters.218933
    ("Beijing", "Пекин", r"\bпекин(?:а|у|ом|е)?\b"),
    ("Iowa", "Айова", r"\bайов(?:а|ы|е|у|ой)\b"),
    ("Terry Branstad", "Терри Бранстад", rf"\bтерри бранстад{A}"),
    ("Branstad", "Бранстад", rf"\bбранстад{A}"),
    ("Chinese people", "китайцы", rf"\bкитайц{A}"),
    # newsweek.51328
    ("Kavanaugh", "Кавано", r"\bкавано\b"),
    ("Grant Reeher", "Грант Риер", rf"\bгрант{A} риер{A}"),
    ("Reeher", "Риер", rf"\bриер{A}"),
    ("Jeff Flake", "Джефф Флейк", rf"\bджефф{A} флейк{A}"),
    ("Flake", "Флейк", rf"\bфлейк{A}"),
    ("Karine Jean-Pierre", "Карин Жан-Пьер", r"\bкарин жан-пьер\b"),
    ("Christine Blasey Ford", "Кристин Блейси Форд", r"\bкристин блейси форд\b"),
    ("Ford", "Форд", r"\bфорд(?:а|у|ом|е)?\b"),
    ("Stu Rothenberg", "Стю Ротенберг", rf"\bстю ротенберг{A}"),
    ("Michael Steele", "Майкл Стил", rf"\bмайкл{A} стил{A}"),
    ("Guy Cecil", "Гай Сесил", rf"\bгай сесил{A}"),
    ("Americans", "американцы", rf"\bамериканц{A}"),
    ("Deborah Ramirez", "Дебора Рамирес", rf"\bдебор{A} рамирес\b"),
    ("Ramirez", "Рамирес", r"\bрамирес\b"),
    # guardian.221756
    ("Rosenstein", "Розенштейн", rf"\bрозенштейн{A}"),
    ("Rod Rosenstein", "Род Розенштейн", rf"\bрод{A} розенштейн{A}"),
    ("Robert Mueller", "Роберт Мюллер", rf"\bроберт{A} мюллер{A}"),
    ("Mueller", "Мюллер", rf"\bмюллер{A}"),
    ("25th amendment", "25-я поправка", rf"\b25-{A} поправк{A}"),
    ("New York", "Нью-Йорк", rf"\bнью-йорк{A}"),
    ("Christine Blasey Ford", "Кристина Блейси Форд", r"\bкристин(?:а|ы|е|у|ой) блейси форд\b"),
    ("Sarah Sanders", "Сара Сандерс", rf"\bсар{A} сандерс\b"),
    ("Sanders", "Сандерс", r"\bсандерс\b"),
    ("Chris Wallace", "Крис Уоллес", r"\bкрис уоллес\b"),
    # thelocal.65969
    ("Walid al-Moualem", "Валид аль-Муалем", rf"\bвалид{A} аль-муалем{A}"),
    ("Moualem", "Муалем", rf"\bмуалем{A}"),
    ("Damascus", "Дамаск", r"\bдамаск(?:а|у|ом|е)?\b"),
    ("Syrian Arabs", "сирийские арабы", rf"\bсирийск{A} араб{A}"),
    ("Bashar al-Assad", "Башар Асад", rf"\bбашар{A} асад{A}"),
    ("Assad", "Асад", r"\bасад(?:а|у|ом|е)?\b"),
    ("Idlib", "Идлиб", r"\bидлиб(?:а|у|ом|е)?\b"),
    ("Staffan de Mistura", "Стаффан де Мистура", r"\bстаффан\w* де мистур\w*"),
    # nytimes.184825
    ("Capitol", "Капитолий", r"\bкапитол(?:ий|ия|ию|ием|ии)\b"),
    ("Neal Baer", "Нил Бэр", rf"\bнил{A} бэр{A}"),
    ("Nell Scovell", "Нелл Сковелл", r"\bнелл сковелл\b"),
    ("Ms. Scovell", "Сковелл", r"\bсковелл\b"),
    ("Boston", "Бостон", r"\bбостон(?:а|у|ом|е)?\b"),
    ("Roe v. Wade", "Роу против Уэйда", r"\bроу против уэйда\b"),
    ("Bob Woodward", "Боб Вудворд", rf"\bбоб{A} вудворд{A}"),
    ("Paul Manafort", "Пол Манафорт", rf"\bпол{A} манафорт{A}"),
    ("Stormy Daniels", "Сторми Дэниелс", rf"\bсторми дэниелс{A}"),
    ("Brent Montgomery", "Брент Монтгомери", r"\bбрент монтгомери\b"),
    ("Kim Jong-un", "Ким Чен Ын", rf"\bким чен ын{A}"),
    ("Mr. Fleiss", "Флейс", rf"\bфлейс{A}"),
    ("Kauai", "Кауаи", r"\bкауаи\b"),
    ("Amy Chozick", "Эми Чозик", r"\bэми чозик\b"),
    ("Hillary", "Хиллари", r"\bхиллари\b"),
    # nytimes.184830
    ("Mr. Mueller", "Мюллер", rf"\bмюллер{A}"),
    ("Atlantic", "Атлантика", r"\bатлантик(?:а|и|е|у|ой)\b"),
    ("Hitler", "Гитлер", r"\bгитлер(?:а|у|ом|е)?\b"),
    ("the West", "Запад", r"\bзапад(?:а|у|ом|е)?\b"),
    ("Munich", "Мюнхен", r"\bмюнхен(?:а|у|ом|е)?\b"),
    ("Prague", "Прага", r"\bпраг(?:а|и|е|у|ой)\b"),
    ("Auschwitz", "Освенцим", r"\bосвенцим(?:а|у|ом|е)?\b"),
    ("America", "Америка", r"\bамерик(?:а|и|е|у|ой)\b"),
    ("Norman Eisen", "Норман Эйзен", rf"\bнорман{A} эйзен{A}"),
    # abcnews.306755
    ("Geoff Diehl", "Джефф Дил", rf"\bджефф{A} дил{A}"),
    # telegraph.405413
    ("Mr Flake", "Флэйк", rf"\bфлэйк{A}"),
    ("George W. Bush", "Джордж У. Буш", rf"\bджордж{A} у\. буш{A}"),
    ("Mr Bush", "Буш", r"\bбуш(?:а|у|ем|е)?\b"),
    ("Ashley", "Эшли", r"\bэшли\b"),
    ("Mike Pence", "Майк Пенс", rf"\bмайк{A} пенс{A}"),
    # bbc.381736
    ("Park Byeong-seug", "Пак Бён Сеуг", r"\bпак бен сеуг\b"),
    ("Mr Park", "Пак", r"\bпак\b"),
    ("Seoul", "Сеул", r"\bсеул(?:а|у|ом|е)?\b"),
    ("North Koreans", "северокорейцы", rf"\bсеверокорейц{A}"),
    ("the North", "Север", r"\bсевер(?:а|у|ом|е)?\b"),
    ("the South", "Юг", r"\bюг(?:а|у|ом|е)?\b"),
    ("Ri Yong-ho", "Ри Юн Хо", r"\bри юн хо\b"),
    # euronews-en.153799
    ("Syrians", "сирийцы", rf"\bсирийц{A}"),
]

CATEGORIES = {"term": TERM, "phrase": PHRASE, "title": TITLE, "organisation": ORGANISATION, "name": NAME}


def entries():
    """This gold's entries, compiled by the held-out script (its default English pattern, the
    word boundaries of an explicit English regex, case-free phrases, no (en, ru) pair twice)."""
    return held_out.entries(CATEGORIES)


def select_documents():
    """The selected documents, in file order: at least N_KEYWORDS distinct KEYWORDS in the
    lower-cased json.dumps of the English side."""
    if not os.path.exists(SOURCE):
        sys.exit(f"{SOURCE} not found: set TMTOOL_SHARED to the shared data folder")
    with open(SOURCE, encoding="utf-8") as f:
        return [doc for doc in map(json.loads, f) if len(wmt_dev.keywords(doc)) >= N_KEYWORDS]


def read_segments():
    """The held-out script's ``segments_of`` the selected documents, each wrapped as one
    paragraph (NTREX gives flat sentence lists)."""
    return held_out.segments_of([dict(doc, en=[doc["en"]], ru=[doc["ru"]]) for doc in select_documents()])


def print_documents():
    total = 0
    docs = select_documents()
    for doc in docs:
        n = sum(1 for e, r in zip(doc["en"], doc["ru"]) if e.strip() and r.strip())
        total += n
        print(f"{doc['doc_id']:22} {doc['origlang']}  {n:4d} sentence pairs  {', '.join(wmt_dev.keywords(doc))}")
    print(f"{len(docs)} documents, {total} aligned sentence pairs")


def main():
    if "--documents" in sys.argv:
        print_documents()
        return
    if "--paragraphs" in sys.argv:
        sys.exit("--paragraphs is not available: an NTREX document is a single paragraph")
    held_out.report(read_segments(), entries(), OUT, OUT_CATEGORIES, sys.argv)


if __name__ == "__main__":
    main()
