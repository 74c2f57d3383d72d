#!/usr/bin/env python3
"""Count the WMT development glossary on its aligned segments.

A DEVELOPMENT gold (tune on it; the held-out one is ../wmt_political/).  The glossary is the
lists below (English as attested, Russian canonical form, Russian regex, optional English
regex), one list per category, annotated under README.md (which defers to the held-out
guideline ../wmt_political/README.md) from the WMT news documents that this script selects,
never from tmtool's output or code.

Selection (README.md, "Text annotated"): every document of wmt_ru-en_gold_docs.jsonl and
wmt_en-ru_gold_docs.jsonl that is not in wmt_political_subset.jsonl (compared by (set,
doc_id)) and whose English, json.dumps(d["en"]).lower(), contains at least 3 distinct
keywords of KEYWORDS.

freq = number of aligned segments (en[i][j] <-> ru[i][j], both sides non-empty) in which the
English pattern matches the English side and the Russian regex matches the Russian side
(lower-cased, ё→е, no-break spaces as spaces).  The patterns are compiled and counted by the
held-out script's machinery (../wmt_political/count_terms.py, which itself uses the sample
corpus's ../gold/count_terms.py); only the data and the selection are new here.

The JSONL files are read in place from the shared data (TMTOOL_SHARED, default ../shared next
to the repository); they are never copied into the repository.

Usage: python3 tests/data/wmt_dev/count_terms.py [--write] [--paragraphs] [--where EN]
  prints the table; --write rewrites tests/data/wmt_dev_glossary.tsv (en, ru, freq)
  and tests/data/wmt_dev_glossary.categories.tsv (en, ru, category);
  --paragraphs counts per paragraph en[i] instead (for comparison, never written);
  --where EN lists the segments where the entries with that English term match;
  --documents lists the selected documents with their segment counts.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.environ.get("TMTOOL_SHARED", os.path.join(os.path.dirname(REPO), "shared"))
ALIGNMENT = os.path.join(SHARED, "benchmarks", "alignment")
SOURCES = [os.path.join(ALIGNMENT, "wmt_ru-en_gold_docs.jsonl"), os.path.join(ALIGNMENT, "wmt_en-ru_gold_docs.jsonl")]
HELD_OUT = os.path.join(ALIGNMENT, "wmt_political_subset.jsonl")
OUT = os.path.join(HERE, "..", "wmt_dev_glossary.tsv")
OUT_CATEGORIES = os.path.join(HERE, "..", "wmt_dev_glossary.categories.tsv")

# The fixed selection rule: at least MIN_KEYWORDS distinct keywords (substrings) in the
# lower-cased json.dumps of the English side.
KEYWORDS = ["minister", "foreign", "sanction", "diplomat", "president", "nato", "government", "parliament",
            "talks", "treaty", "election", "military", "ukraine", "embassy", "kremlin", "ambassador",
            "united nations", "security council", "summit", "negotiat"]
MIN_KEYWORDS = 3

# The held-out gold's counter, loaded by path (it shares this file's name, so a plain import
# would find this file); it loads the sample corpus's counter as held_out.sample.
_spec = importlib.util.spec_from_file_location("held_out_count_terms",
                                               os.path.join(HERE, "..", "wmt_political", "count_terms.py"))
held_out = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(held_out)
sample = held_out.sample

A = held_out.A  # any inflectional ending
Q = held_out.Q  # optional quotation mark: names in quotes are written both ways

# (English as attested, Russian canonical form, Russian regex[, English regex])
# An English regex is given only where the default (the term as written, first letter's
# case free) would miss attested forms (the other number, case, spelling, verb forms) or
# would match where it must not (a longer name, an adjective).
TERM = [
    # diplomacy, international relations, foreign policy
    ("foreign policy", "внешняя политика", rf"внешн{A} политик{A}"),
    ("Western countries", "западные страны", rf"западн{A} стран{A}", r"[Ww]estern countries"),
    ("international affairs", "международные дела", rf"международн{A} дел{A}"),
    ("diplomatic mission", "дипломатическая миссия", rf"дипломатическ{A} мисси{A}"),
    ("talks", "переговоры", rf"\bпереговор{A}"),
    ("negotiations", "переговоры", rf"\bпереговор{A}"),
    ("memorandum", "меморандум", rf"\bмеморандум{A}"),
    ("official residence", "официальная резиденция", rf"официальн{A} резиденци{A}"),
    ("political pressure", "политическое давление", rf"политическ{A} давлени{A}"),
    ("foreign power", "иностранная держава", rf"иностранн{A} держав{A}"),
    ("foreign interference", "иностранное вмешательство", rf"иностранн{A} вмешательств{A}"),
    ("sovereignty", "суверенность", rf"\bсуверенност{A}"),
    ("strategic autonomy", "стратегическая автономность", rf"стратегическ{A} автономност{A}"),
    ("autonomy", "автономия", r"\bавтономи(?:я|и|ю|ей)\b"),
    ("semi-autonomous status", "статус полуавтономии", rf"\bстатус{A} полуавтономии"),
    ("annexed", "аннексированный", rf"\bаннексированн{A}"),
    ("invade", "вторгнуться", r"\bвторг\w*|\bвторжени\w*", r"invad(?:e|es|ed|ing)"),
    ("nuclear war", "ядерная война", rf"ядерн{A} войн{A}"),
    ("deal of the century", "сделка века", rf"\bсделк{A} века"),
    ("misleading information", "ложная информация", rf"ложн{A} информаци{A}"),
    ("press office", "пресс-служба", rf"пресс-служб{A}", r"[Pp]ress [Oo]ffice"),
    ("news release", "пресс-релиз", rf"пресс-релиз{A}"),
    ("news agency", "информационное агентство", rf"информационн{A} агентств{A}"),
    ("state television", "государственное телевидение", rf"государственн{A} телевидени{A}"),
    ("officials", "чиновники", rf"\bчиновник{A}"),
    ("officials", "официальные лица", rf"\bофициальн{A} лиц{A}"),
    ("civil servants", "государственные служащие", rf"государственн{A} служащ{A}"),
    ("civil servants", "госслужащие", rf"\bгосслужащ{A}"),
    # politics, parties, elections
    ("democracy", "демократия", r"\bдемократи(?:я|и|ю|ей)\b"),
    ("liberal democracies", "либеральные демократии", rf"либеральн{A} демократи{A}"),
    ("authoritarianism", "авторитаризм", rf"\bавторитаризм{A}"),
    ("presidency", "президентский пост", rf"президентск{A} пост{A}"),
    ("presidential term", "президентский мандат", rf"президентск{A} мандат{A}"),
    ("newly elected", "новоизбранный", rf"\bновоизбранн{A}"),
    ("coalition", "коалиция", rf"\bкоалици{A}"),
    ("ruling coalition", "правящая коалиция", rf"правящ{A} коалици{A}"),
    ("conservatives", "консерваторы", r"\bконсерватор(?:ы|ов|ам|ами|ах)\b"),
    ("right-wing", "правый", r"\bправ(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми|ом)\b"),
    ("Islamists", "исламисты", rf"\bисламист{A}"),
    ("hard-liners", "радикалы", r"\bрадикал(?:ы|ов|ам|ами|ах)\b"),
    ("rebels", "бунтовщики", rf"\bбунтовщик{A}"),
    ("Independents", "независимые члены", rf"\bнезависим{A} член{A}"),
    ("manifesto", "манифест", r"\bманифест(?:а|у|ом|е|ы)?\b"),
    ("national unity", "национальное единство", rf"национальн{A} единств{A}"),
    ("Hindutva", "Хиндутва", rf"\bхиндутв{A}"),
    ("communal violence", "межобщинное насилие", rf"межобщинн{A} насили{A}"),
    ("politically motivated violence", "политически мотивированное насилие",
     rf"политически мотивированн{A} насили{A}"),
    ("disputed site", "спорная территория", rf"спорн{A} территори{A}"),
    ("groundbreaking ceremony", "церемония закладки фундамента", rf"церемони{A} закладки фундамента"),
    ("elections", "выборы", r"\bвыбор(?:ы|ов|ам|ами|ах)\b"),
    ("parliamentary elections", "парламентские выборы", rf"парламентск{A} выбор{A}"),
    ("senate elections", "выборы в Сенат", rf"\bвыбор{A} в сенат"),
    ("assembly elections", "выборы в ассамблею", rf"\bвыбор{A} в ассамблею"),
    ("election campaign", "избирательная кампания", rf"избирательн{A} кампани{A}"),
    ("landslide election victory", "победа на выборах с подавляющим большинством голосов",
     rf"\bпобед{A} на выборах с подавляющим большинством голосов"),
    ("single voting day", "единый день голосования", rf"\bедин{A} (?:день|дня|дню|днем|дне) голосования"),
    ("list of candidates", "список кандидатов", r"\bспис(?:ок|ка|ку|ком|ке|ки|ков) кандидатов"),
    ("party list", "избирательный список", rf"избирательн{A} спис(?:ок|ка|ку|ком|ке|ки|ков)\b"),
    ("closed list", "закрытые списки", rf"\bзакрыт{A} спис(?:ок|ка|ку|ком|ке|ки|ков|кам|ками|ках)\b"),
    ("electoral barrier", "избирательный барьер", rf"избирательн{A} барьер{A}"),
    ("party rating", "рейтинг партий", rf"\bрейтинг{A} партий", r"party ratings?"),
    ("poll", "опрос", rf"\bопрос{A}"),
    ("voters", "избиратели", r"\bизбирател(?:и|ей|ям|ями|ях|ь|я|ю|ем|е)\b"),
    ("voters abroad", "избиратели за рубежом", rf"\bизбирател{A} за рубежом"),
    ("two-thirds majority", "большинство в две трети", rf"\bбольшинств{A} в две трети"),
    ("term of membership", "срок полномочий", rf"\bсрок{A} полномочий"),
    # parliaments, institutions, law
    ("parliament", "парламент", r"\bпарламент(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    ("upper house of parliament", "верхняя палата парламента", rf"\bверхн{A} палат{A} парламента"),
    ("chamber of parliament", "палата парламента", rf"\bпалат{A} парламента"),
    ("assembly", "ассамблея", rf"\bассамбле{A}"),
    ("select committees", "специальные комитеты", rf"\bспециальн{A} комитет{A}"),
    ("devolved administrations", "правительства автономий", rf"\bправительств{A} автономий"),
    ("state", "штат", r"\bштат(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"states?"),
    ("constitution", "конституция", r"\bконституци(?:я|и|ю|ей)\b"),
    ("constitutional rights", "конституционные права", rf"конституционн{A} прав{A}", r"constitutional rights?"),
    ("powers", "полномочия", rf"\bполномочи{A}"),
    ("extraordinary powers", "чрезвычайные полномочия", rf"чрезвычайн{A} полномочи{A}"),
    ("separation of powers", "разделение властей", rf"\bразделени{A} властей"),
    ("executive government", "органы исполнительной власти", rf"\bорган{A} исполнительной власти"),
    ("rule of law", "верховенство закона", rf"\bверховенств{A} закона"),
    ("independence of the judiciary", "независимость судебной власти", rf"\bнезависимост{A} судебной власти"),
    ("judicial system", "судебная система", rf"судебн{A} систем{A}"),
    ("judicial reforms", "судебные реформы", rf"судебн{A} реформ{A}"),
    ("legal systems", "правовая система", rf"правов{A} систем{A}"),
    ("jurisdictions", "юрисдикции", rf"\bюрисдикци{A}"),
    ("EU law", "законодательство ЕС", rf"\bзаконодательств{A} ес\b", r"EU laws?"),
    ("national laws", "национальное законодательство", rf"национальн{A} законодательств{A}"),
    ("legislation", "законодательство", rf"\bзаконодательств{A}"),
    ("bill", "законопроект", rf"\bзаконопроект{A}"),
    ("explanatory note", "пояснительная записка", rf"пояснительн{A} записк{A}"),
    ("decree", "указ", r"\bуказ(?:а|у|ом|е|ы|ов)?\b"),
    ("Presidential Decree", "президентский указ", rf"президентск{A} указ{A}"),
    ("draft decree", "проект указа", rf"\bпроект{A} указа"),
    ("articles", "устав", r"\bустав(?:а|у|ом|е)?\b"),
    ("federal property", "федеральное имущество", rf"федеральн{A} имуществ{A}"),
    ("real estate", "недвижимое имущество", rf"недвижим{A} имуществ{A}"),
    ("intended use", "целевое использование", rf"целев{A} использовани{A}"),
    ("register of legal entities", "реестр юрлиц", rf"\bреестр{A} юрлиц"),
    ("disqualification", "отстранение", rf"\bотстранени{A}"),
    ("charges", "обвинения", r"\bобвинени(?:е|я|ю|ем|и|й|ям|ями|ях)\b"),
    ("trials", "судебные процессы", rf"судебн{A} процесс{A}", r"trials?"),
    ("special court", "специальный суд", rf"специальн{A} суд{A}"),
    ("imprisonment", "тюремное заключение", rf"тюремн{A} заключени{A}"),
    ("questioning warrant", "ордер на допрос", rf"\bордер{A} на допрос"),
    ("search warrants", "ордера на обыск", rf"\bордер{A} на обыск"),
    ("compulsory questioning", "принудительный допрос", rf"принудительн{A} (?:проведени{A} )?допрос{A}"),
    ("terrorism offences", "преступления террористического характера",
     rf"преступлени{A} террористического характера"),
    ("national security", "национальная безопасность", rf"национальн{A} безопасност{A}"),
    ("intelligence agencies", "спецслужбы", rf"\bспецслужб{A}"),
    ("security agencies", "службы безопасности", rf"\bслужб{A} безопасности"),
    ("collection of intelligence", "сбор разведданных", rf"\bсбор{A} разведданных"),
    ("bugging", "прослушивание", rf"\bпрослушивани{A}"),
    ("facial recognition technology", "технология распознавания лиц", rf"технологи{A} распознавания лиц"),
    ("law enforcement bodies", "правоохранительные органы", rf"правоохранительн{A} орган{A}"),
    ("law enforcement agencies", "силовые ведомства", rf"\bсилов{A} ведомств{A}"),
    ("curfew", "комендантский час", rf"комендантск{A} час{A}"),
    # sanctions, migration, social policy
    ("sanctions", "санкции", rf"\bсанкци{A}"),
    ("restrictions", "рестрикции", rf"\bрестрикци{A}"),
    ("migrant crisis", "кризис с мигрантами", rf"\bкризис{A} с мигрантами"),
    ("flow of migrants", "поток мигрантов", rf"\bпоток{A} мигрантов"),
    ("pension reform", "пенсионная реформа", rf"пенсионн{A} реформ{A}"),
    ("pension age", "пенсионный возраст", rf"пенсионн{A} возраст{A}"),
    ("trade unions", "профсоюзы", r"\bпрофсоюз(?:ы|ов|ам|ами|ах)\b"),
    ("trade union organization", "профсоюзное объединение", rf"профсоюзн{A} объединени{A}"),
    ("demonstrations", "манифестации", rf"\bманифестаци{A}"),
    ("demonstrators", "манифестанты", rf"\bманифестант{A}"),
    ("protesters", "протестующие", rf"\bпротестующ{A}"),
    ("mass protests", "массовые протесты", rf"\bмассов{A} протест{A}"),
    ("protest actions", "акции протеста", rf"\bакци{A} протеста"),
    # security and military
    ("mercenaries", "наемники", rf"\bнаемник{A}"),
    ("private military company", "частная военная компания", rf"частн{A} военн{A} компани{A}"),
    ("PMC", "ЧВК", r"\bчвк\b"),
    ("subsidiaries", "дочерние предприятия", rf"дочерн{A} предприяти{A}"),
    ("minerals", "полезные ископаемые", rf"полезн{A} ископаем{A}"),
    ("military training", "военная подготовка", rf"военн{A} подготовк{A}"),
    ("air bases", "авиабазы", rf"\bавиабаз{A}", r"air bases?"),
    ("troop buildup", "наращивание войск", rf"наращивани{A} (?:\w+ )?войск"),
    ("NATO allies", "союзники НАТО", rf"\bсоюзник{A} нато\b"),
    ("NATO members", "члены НАТО", rf"\bчлен{A} нато\b"),
    ("personnel", "личный состав", rf"\bличн{A} состав{A}"),
    ("military personnel", "военные", r"\bвоенн(?:ые|ых|ым|ыми)\b"),
    ("members of the armed forces", "военнослужащие", rf"\bвоеннослужащ{A}"),
    ("military service", "военная служба", rf"\bвоенн{A} служб{A}"),
    ("mandatory military service", "обязательная военная служба", rf"обязательн{A} военн{A} служб{A}"),
    ("military duty", "воинская служба", rf"\bвоинск{A} служб{A}"),
    ("reserve", "запас", r"\bзапас(?:а|у|ом|е)?\b"),
    ("foreign mission", "зарубежная операция", rf"зарубежн{A} операци{A}"),
    ("scouts battalion", "разведывательный батальон", rf"разведывательн{A} батальон{A}"),
    ("units", "подразделения", rf"\bподразделени{A}"),
    ("regiment", "полк", r"\bпол(?:к|ка|ку|ком|ке|ки|ков)\b"),
    ("Paras", "парашютисты", rf"\bпарашютист{A}"),
    ("close-quarter fighting", "ближний бой", r"\bближн\w* бо(?:й|я|ю|ем|е)\b"),
    ("military hardware", "военная техника", rf"военн{A} техник{A}"),
    ("military operations", "военные операции", rf"военн{A} операци{A}"),
    ("joint forces", "объединенные силы", rf"объединенн{A} сил{A}"),
    ("naval bases", "базы флота", rf"\bбаз{A} флота"),
    ("naval aviation", "морская авиация", rf"морск{A} авиаци{A}", r"[Nn]aval [Aa]viation"),
    ("roadstead", "рейд", r"\bрейд(?:а|у|ом|е)?\b", r"[Rr]oadstead"),
    ("ship of the line", "линейный корабль", rf"линейн{A} корабл{A}"),
    ("combat ships", "боевые корабли", rf"\bбоев{A} корабл{A}", r"combat ships?"),
    ("warships", "боевые корабли", rf"\bбоев{A} корабл{A}"),
    ("frigates", "фрегаты", rf"\bфрегат{A}"),
    ("submarines", "подводные лодки", rf"подводн{A} лодк{A}", r"submarines?"),
    ("nuclear-powered submarine", "атомная подводная лодка", rf"атомн{A} подводн{A} лодк{A}"),
    ("seaborne landing operation", "высадка морского десанта", rf"высадк{A} морского десанта"),
    ("hypersonic strike systems", "гиперзвуковые ударные комплексы", rf"гиперзвуков{A} ударн{A} комплекс{A}"),
    ("pilotless submersible vessels", "беспилотные подводные аппараты", rf"беспилотн{A} подводн{A} аппарат{A}"),
    ("anti-aircraft guns", "зенитные орудия", rf"зенитн{A} оруди{A}"),
    ("missile systems", "ракетные комплексы", rf"ракетн{A} комплекс{A}"),
    ("drones", "беспилотники", rf"\bбеспилотник{A}"),
    ("drones", "дроны", rf"\bдрон{A}"),
    ("unmanned aerial vehicles", "беспилотные летательные аппараты", rf"беспилотн{A} летательн{A} аппарат{A}"),
    ("UAV", "БПЛА", r"\bбпла\b", r"UAVs?"),
    ("aerial objects", "воздушные объекты", rf"воздушн{A} объект{A}"),
    ("manned aviation", "пилотируемая авиация", rf"пилотируем{A} авиаци{A}|авиаци{A} пилотируем{A}"),
    ("avionics", "авионика", rf"\bавионик{A}"),
    ("deal", "контракт", rf"\bконтракт{A}"),
    ("defense contract", "контракт по оборонному заказу", rf"\bконтракт{A} по оборонному заказу"),
    # regional government
    ("instructions", "поручения", rf"\bпоручени{A}", r"instructions?"),
    ("population points", "населенные пункты", rf"населенн{A} пункт{A}"),
    ("general plans", "генпланы", rf"\bгенплан{A}"),
    ("general plan", "генеральный план", rf"генеральн{A} план{A}"),
    ("comprehensive development", "комплексное развитие", rf"комплексн{A} развити{A}"),
    ("socially significant facilities", "социально значимые объекты", rf"социально значим{A} объект{A}"),
    ("cultural heritage", "культурное наследие", rf"\bкультурн{A} наследи{A}"),
    ("peasant farms", "крестьянско-фермерские хозяйства", rf"крестьянско-фермерск{A} хозяйств{A}"),
]

# Recurring verb phrases and prepositional formulas.  English: base form, pattern case-free
# and open to the attested inflections and slots; Russian: infinitive (aspect as attested;
# perfective where both occur), governed case as the verb requires.  See the held-out README.
PHRASE = [
    ("make a decision", "принять решение",
     r"\bприн[ияе]\w* (?:\w+ )?решени|\bрешени\w* (?:\w+ )?(?:было |будет )?принят",
     r"(?:ma(?:ke|kes|de|king)|t(?:ake|akes|ook|aken|aking)) (?:the |a |this |such )?decision|decision (?:was|has been|had been|is) (?:made|taken)"),
    ("make apologies for", "извиниться за", r"\bизвин\w* за\b|\bизвиня\w* за\b", r"ma(?:ke|kes|de|king) apologies for"),
    ("take action", "принять меры", r"\bприн\w* мер", r"tak\w* (?:\w+, \w+ )?action"),
    ("take action", "предпринять меры", r"\bпредприн\w* (?:\w+, \w+ )?мер", r"tak\w* (?:\w+, \w+ )?action"),
    ("take responsibility for", "взять на себя ответственность за",
     r"\bвз(?:я|ять)\w* (?:на себя )?(?:\w+ )?ответственность за", r"t(?:ake|akes|aken|ook|aking) (?:\w+ )?responsibility for"),
    ("make a commitment", "взять на себя обязательства", r"\bвз(?:я|ять)\w* на себя (?:\w+ )?обязательств",
     r"ma(?:ke|kes|de|king) (?:any |a )?(?:public )?commitments?"),
    ("reach an understanding", "достичь понимания", r"\bдостиг\w* (?:\w+ )?понимания|\bдостичь (?:\w+ )?понимания",
     r"reach\w* (?:an |a )?understanding"),
    ("sign an agreement", "заключить соглашение", r"\bзаключ\w* (?:\w+ )?соглашени", r"sign\w* (?:an |the )?agreement"),
    ("be ratified", "пройти ратификацию", r"\bпро(?:йти|ходить|йдет|шел|шла|шли)\w* ратификаци",
     r"(?:be|been|is|was|are|were) ratified"),
    ("pass a law", "принять закон", r"\bзакон\w* (?:был |была )?принят|\bприн\w* закон",
     r"law (?:was |has been )?passed|pass\w* (?:a |the )?law"),
    ("swear in", "привести к присяге", r"\bприв\w* к присяге", r"sw(?:ear|ears|ore|orn|earing) in"),
    ("form a government", "сформировать правительство",
     r"\bс?формир\w* (?:\w+ )?правительств|\bправительств\w*,? сформированн",
     r"form\w* (?:a |the next )?government|governments? (?:it |they )?formed"),
    ("form a coalition", "сформировать коалицию", r"\bс?формир\w* (?:\w+ )?коалици", r"form\w* (?:a |the )?coalition"),
    ("convene an assembly session", "созвать ассамблею", r"\bсозва\w* ассамбле", r"convene an assembly session"),
    ("give instructions", "дать поручение", r"\bда(?:л|ла|ли|ть|вать)\b (?:ряд )?поручени|\bпоручени\w* [^.]*?было дано",
     r"(?:gi(?:ve|ves|ven|ving)|gave|issu\w*) (?:a number of )?instructions|instructed"),
    ("give evidence", "давать показания", r"\bда\w* показани", r"g(?:ive|ives|ave|iven|iving) evidence"),
    ("prosecute", "подвергнуть судебному преследованию", r"\bсудебн\w* преследовани", r"prosecut(?:e|es|ed|ing)"),
    ("rule in favor of", "вынести решение в пользу", r"\bвынес\w* решение в пользу", r"rul\w* in favou?r of"),
    ("decide in favour of", "принять решение в пользу", r"\bприн\w* решение в пользу|\bприм\w* решение в пользу",
     r"decid\w* in favou?r of"),
    ("resolve a crisis", "урегулировать кризис", r"\bурегулир\w* (?:\w+ )?кризис",
     r"resolv\w* (?:the |this |a )?crisis"),
    ("be under sanctions", "находиться под санкциями", r"\bпод санкциями", r"under (?:U\.S\. |US |EU )?sanctions"),
    ("maintain presence", "сохранить присутствие", r"\bсохран\w* (?:\w+ )?присутстви",
     r"maintain\w* (?:its |their )?presence"),
    ("hold hostage", "взять в заложники", r"\bв заложник", r"h(?:old|olds|eld|olding) hostage"),
    ("express concern", "выразить обеспокоенность", r"\bвыраз\w* (?:\w+ )?обеспокоенност",
     r"express\w* (?:\w+ )?concern"),
    ("give rise to concerns", "вызвать опасения", r"\bвызыва\w* опасени|\bвызв\w* опасени",
     r"g(?:ive|ives|ave|iven) rise to concerns?"),
    ("express disagreement with", "выразить несогласие с", r"\bвыраз\w* (?:\w+ )?несогласи\w* с\b",
     r"express\w* (?:\w+ )?disagreement with"),
    ("present a united front", "выступить единым фронтом", r"\bединым фронтом", r"present a united front"),
    ("be on the table", "рассматриваться", r"\bрассматрива\w*", r"on the table"),
    ("at the highest level", "на самом высоком уровне", rf"\bна {Q}(?:самом )?высоком уровне|\bна {Q}высшем уровне",
     r"at the [\"“]?highest level"),
    ("within the margin of error", "в пределах погрешности", r"\bв пределах погрешности", r"within the margin of error"),
    ("bypass", "в обход", r"\bв обход\b", r"bypass(?:es|ed|ing)?"),
    ("as part of", "в рамках", r"\bв рамках\b", r"as part of"),
    ("advise against all but essential travel", "рекомендовать воздержаться от путешествий без необходимости",
     r"\bрекоменд\w* воздержаться от путешествий", r"advis\w* against all but essential travel"),
    ("respond to a request for comment", "ответить на запрос о комментарии", r"\bзапрос\w* о комментари",
     r"respond\w* to (?:a |our )?request for comment"),
    ("broadcast live", "транслировать в прямом эфире", r"\bв прямом эфире", r"broadcast live"),
    ("join the military", "поступить в армию", r"\bпоступ\w* в армию", r"join\w* the military"),
    ("serve in the military", "служить в армии", r"\bслуж\w* в арми",
     r"serv\w* in (?:the |their (?:country['’]s )?)?military"),
]

# Positions and titles; Russian in lower case, as Russian news writes them.
TITLE = [
    ("President", "президент", r"\bпрезидент(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    ("President of the Republic", "президент Республики", rf"\bпрезидент{A} республики"),
    ("head of the state", "глава государства", rf"\bглав{A} государства"),
    ("Prime Minister", "премьер-министр", rf"премьер-министр{A}", r"[Pp]rime [Mm]inister"),
    ("Prime Minister", "премьер", r"(?<![\w-])премьер(?:а|у|ом|е)?(?![\w-])", r"[Pp]rime [Mm]inister"),
    ("PM", "премьер-министр", rf"премьер-министр{A}"),
    ("Deputy Prime Minister", "вице-премьер", rf"\bвице-премьер{A}"),
    ("Chancellor", "канцлер", rf"\bканцлер{A}"),
    ("First Minister", "первый министр", rf"\bперв{A} министр{A}"),
    ("chief minister", "главный министр", rf"\bглавн{A} министр{A}"),
    ("ministers", "министры", r"\bминистр(?:ы|ов|ам|ами|ах)\b"),
    ("Foreign Secretary", "министр иностранных дел", r"\bминистр(?:а|у|ом|е)? иностранных дел"),
    ("Secretary of State", "госсекретарь", rf"\bгоссекретар{A}", r"[Ss]ecretary of [Ss]tate"),
    ("Secretary of State", "государственный секретарь", rf"государственн{A} секретар{A}", r"[Ss]ecretary of [Ss]tate"),
    ("Minister of Defense", "министр обороны", r"\bминистр(?:а|у|ом|е)? обороны"),
    ("defense minister", "министр обороны", r"\bминистр(?:а|у|ом|е)? обороны", r"[Dd]efense [Mm]inister"),
    ("Transport Secretary", "министр транспорта", r"\bминистр(?:а|у|ом|е)? транспорта", r"[Tt]ransport [Ss]ecretary"),
    ("home secretary", "министр внутренних дел", r"\bминистр(?:а|у|ом|е)? внутренних дел", r"[Hh]ome [Ss]ecretary"),
    ("shadow home secretary", "теневой министр внутренних дел", rf"\bтенев{A} министр{A} внутренних дел"),
    ("agriculture minister", "министр сельского хозяйства", r"\bминистр(?:а|у|ом|е)? сельского хозяйства"),
    ("Minister of Emigration and Egyptian Expatriates Affairs", "министр по делам эмиграции и египтян-экспатриантов",
     rf"\bминистр{A} по делам эмиграции и египтян-экспатриантов"),
    ("Minister of the Russian Federation for the Development of the Russian Far East and Arctic",
     "министр РФ по развитию Дальнего Востока и Арктики", rf"\bминистр{A} рф по развитию дальнего востока и арктики"),
    ("Presidential Envoy", "полномочный представитель президента", rf"\bполномочн{A} представител{A} президента"),
    ("permanent representatives", "постпреды", rf"\bпостпред{A}"),
    ("Crown Prince", "наследный принц", rf"\bнаследн{A} принц{A}"),
    ("Emperor", "император", rf"\bимператор{A}"),
    ("acting", "исполняющий обязанности", rf"\bисполняющ{A} обязанности"),
    ("acting governor", "врио губернатора", r"\bврио губернатора", r"acting (?:Irkutsk region )?governor"),
    ("governor", "губернатор", rf"\bгубернатор{A}", r"[Gg]overnor"),
    ("regional head", "глава региона", rf"\bглав{A} региона"),
    ("head of the region", "глава региона", rf"\bглав{A} региона"),
    ("mayor", "мэр", r"\bмэр(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"[Mm]ayors?"),
    ("chairman", "председатель", rf"\bпредседател{A}"),
    ("chair", "председатель", rf"\bпредседател{A}"),
    ("Speaker", "спикер", rf"\bспикер{A}"),
    ("deputy", "заместитель", rf"\bзаместител{A}"),
    ("MPs", "члены парламента", rf"\bчлен{A} парламента", r"MPs?"),
    ("MP", "парламентарий", rf"\bпарламентари{A}", r"MPs?"),
    ("backbencher", "рядовой депутат", rf"\bрядов{A} депутат{A}"),
    ("parliamentary deputies", "депутаты парламента", rf"\bдепутат{A} парламента"),
    ("members of Congress", "члены Конгресса", rf"\bчлен{A} конгресса", r"members? of Congress"),
    ("MLAs", "члены Законодательного собрания", rf"\bчлен{A} законодательного собрания", r"MLAs?"),
    ("Attorney-General", "генеральный прокурор", rf"\bгенеральн{A} прокурор{A}"),
    ("Inspector-General of Intelligence and Security", "генеральный инспектор по разведке и безопасности",
     rf"\bгенеральн{A} инспектор{A} по разведке и безопасности"),
    ("intelligence officer", "сотрудник разведки", rf"\bсотрудник{A} разведки"),
    ("spokesman", "представитель", rf"\bпредставител{A}"),
    ("spokesperson", "официальный представитель", rf"\bофициальн{A} представител{A}"),
    ("chief adviser", "старший советник", rf"\bстарш{A} советник{A}"),
    ("external adviser", "внештатный советник", rf"\bвнештатн{A} советник{A}"),
    ("Special advisers", "специальные советники", rf"\bспециальн{A} советник{A}", r"[Ss]pecial advisers?"),
    ("Commander-in-Chief of the Navy", "главнокомандующий ВМФ", rf"\bглавнокомандующ{A} вмф\b"),
    ("Admiral", "адмирал", rf"\bадмирал{A}"),
    ("Colonel General", "генерал-полковник", rf"\bгенерал-полковник{A}"),
    ("Colonel", "полковник", rf"(?<![\w-])полковник{A}"),
    ("military chiefs", "военачальники", rf"\bвоеначальник{A}"),
]

ORGANISATION = [
    # international and foreign bodies
    ("NATO", "НАТО", r"\bнато\b"),
    ("North Atlantic Alliance", "Североатлантический альянс", rf"\bсевероатлантическ{A} альянс{A}"),
    ("EU", "ЕС", r"\bес\b"),
    ("Council of the European Union", "Совет Евросоюза", rf"\bсовет{A} евросоюза"),
    ("European court", "Европейский суд", rf"\bевропейск{A} суд{A}", r"European [Cc]ourt"),
    ("G7", "Большая семерка", rf"\bбольш{A} {Q}семерк{A}"),
    ("Five Eyes", "Пять глаз", r"\bпят\w* глаз\b"),
    # Russia
    ("Kremlin", "Кремль", r"\bкремл(?:ь|я|ю|ем|е)\b"),
    ("Navy", "ВМФ", r"\bвмф\b"),
    ("Baltic Fleet", "Балтийский флот", rf"\bбалтийск{A} флот{A}"),
    ("Black Sea Fleet", "Черноморский флот", rf"\bчерноморск{A} флот{A}"),
    ("Northern Fleet", "Северный флот", rf"\bсеверн{A} флот{A}"),
    ("Irkutsk regional government", "Правительство Иркутской области", rf"\bправительств{A} иркутской области"),
    ("MinTsifry", "Минцифры", r"\bминцифры\b"),
    ("Fund for the Support of Russian Writers", "Фонд поддержки российских литераторов",
     rf"\bфонд{A} поддержки российских литераторов", r"[Ff]und (?:for the [Ss]upport of|to support) Russian [Ww]riters"),
    ("Union of Writers of the USSR", "Союз писателей СССР", rf"\bсоюз{A} писателей ссср"),
    ("Literary Fund of the USSR", "Литературный фонд СССР", rf"\bлитературн{A} фонд{A} ссср"),
    ("Literary Fund", "Литфонд", rf"\bлитфонд{A}"),
    ("Public Opinion Foundation", "Фонд Общественное мнение", rf"\bфонд{A} {Q}общественное мнение"),
    ("Wagner", "Вагнер", r"\bвагнер(?:а|у|ом|е)?\b"),
    ("Wagnerians", "вагнеровцы", rf"\bвагнеровц{A}"),
    # Ukraine
    ("Ukrainian president's office", "офис украинского президента", rf"\bофис{A} украинского президента",
     r"Ukrainian president['’]s office"),
    ("Ukrainian Armed Forces", "Вооруженные силы Украины", rf"\bвооруженн{A} сил{A} украины"),
    ("Ministry of Defense", "Минобороны", r"\bминобороны\b"),
    ("General Staff", "Генеральный штаб", rf"\bгенеральн{A} штаб{A}"),
    # US
    ("Congress", "Конгресс", rf"\bконгресс{A}"),
    ("State Department", "Госдеп", r"\bгосдеп(?:а|у|ом|е)?\b"),
    ("State Department", "Государственный департамент", rf"\bгосударственн{A} департамент{A}"),
    ("Foreign Ministry", "внешнеполитическое ведомство", rf"\bвнешнеполитическ{A} ведомств{A}"),
    ("Central Intelligence Agency", "Центральное разведывательное управление",
     rf"\bцентральн{A} разведывательн{A} управлени{A}"),
    ("CIA", "ЦРУ", r"\bцру\b"),
    # UK
    ("Downing Street", "Даунинг-стрит", r"\bдаунинг-стрит"),
    ("Foreign Office", "Министерство иностранных дел", rf"\bминистерств{A} иностранных дел"),
    ("Department of Transport", "Министерство транспорта", rf"\bминистерств{A} транспорта"),
    ("Ministry of Defence", "Министерство обороны", rf"\bминистерств{A} обороны"),
    ("Commons", "Палата общин", rf"\bпалат{A} общин"),
    ("Tory", "тори", r"\bтори\b"),
    ("Labour", "лейборист", rf"\bлейборист{A}"),
    ("SAS", "Особая воздушная служба", rf"\bособ{A} воздушн{A} служб{A}"),
    ("Special Boat Service", "Особая лодочная служба", rf"\bособ{A} лодочн{A} служб{A}"),
    ("SBS", "Особая лодочная служба", rf"\bособ{A} лодочн{A} служб{A}"),
    ("Royal Marines", "Королевская морская пехота", rf"\bкоролевск{A} морск{A} пехот{A}"),
    ("Parachute Regiment", "Парашютный полк", rf"\bпарашютн{A} полк{A}"),
    ("Special Forces", "Войска специального назначения", rf"\bвойск{A} специального назначения"),
    ("MI5", "МИ5", r"\bми5\b"),
    ("MI6", "МИ6", r"\bми6\b"),
    ("Airport Operators Association", "Ассоциация операторов аэропортов", rf"\bассоциаци{A} операторов аэропортов"),
    ("Association of British Travel Agents", "Ассоциация британских туристических агентств",
     rf"\bассоциаци{A} британских туристических агентств"),
    ("Abta", "АБТА", r"\bабта\b"),
    # Europe
    ("Union of farmers and \"greens\"", "Союз крестьян и зеленых", rf"\bсоюз{A} крестьян и {Q}зеленых",
     r'Union of farmers and "greens"'),
    ("Lithuanian Farmers and Greens Union", "Союз крестьян и зеленых Литвы", rf"\bсоюз{A} крестьян и {Q}зеленых{Q} литвы"),
    ("Homeland Union – Lithuanian Christian Democrats", "Союз отечества – христианские демократы",
     rf"\bсоюз{A} отечества ?[-–] ?христианск{A} демократ{A}"),
    ("Social-Democratic Party", "Социал-демократическая партия", rf"\bсоциал-демократическ{A} парти{A}"),
    ("Labour Party", "Партия труда", rf"\bпарти{A} труда"),
    ("Saeima", "Сейм", rf"\bсейм{A}"),
    ("Law and Justice", "Право и справедливость", rf"{Q}право и справедливост{A}"),
    ("supreme court", "высший суд", rf"\bвысш{A} суд{A}", r"supreme court"),
    ("Ministry of Armed Forces", "Министерство вооруженных сил", rf"\bминистерств{A} вооруженных сил"),
    ("Defense Ministry", "Министерство обороны", rf"\bминистерств{A} обороны", r"[Dd]efense [Mm]inistr(?:y|ies)"),
    ("interior ministry", "МВД", r"\bмвд\b", r"[Ii]nterior [Mm]inistry"),
    ("National Assembly", "Национальное собрание", rf"\bнациональн{A} собрани{A}"),
    ("General Confederation of Labor", "Всеобщая конфедерация труда", rf"\bвсеобщ{A} конфедераци{A} труда"),
    ("CGT", "ВКТ", r"\bвкт\b"),
    ("National Defense Force", "Национальные вооруженные силы", rf"\bнациональн{A} вооруженн{A} сил{A}"),
    ("Defense Force", "вооруженные силы", rf"\bвооруженн{A} сил{A}"),
    ("Turkish Space Agency", "Турецкое аэрокосмическое агентство", rf"\bтурецк{A} аэрокосмическ{A} агентств{A}"),
    # Middle East and Africa
    ("Supreme State Council", "Высший государственный совет", rf"\bвысш{A} государственн{A} совет{A}"),
    ("High Election Commission", "Высшая избирательная комиссия", rf"\bвысш{A} избирательн{A} комисси{A}"),
    ("National Election Authority", "Национальная избирательная комиссия", rf"\bнациональн{A} избирательн{A} комисси{A}"),
    ("NEA", "НИК", r"\bник\b"),
    ("Senate", "Сенат", r"\bсенат(?:а|у|ом|е)?\b"),
    ("House of Representatives", "Палата представителей", rf"\bпалат{A} представителей"),
    ("Islamic State", "Исламское государство", rf"\bисламск{A} {Q}государств{A}"),
    # India
    ("BJP", "БДП", r"\bбдп\b"),
    ("Bharatiya Janata Party", "Бхаратия джаната парти", r"\bбхаратия джаната парти\b"),
    ("Vishwa Hindu Parishad", "Вишва Хинду Паришад", r"\bвишва хинду паришад"),
    ("World Hindu Organization", "Всемирная организация индусов", rf"\bвсемирн{A} организаци{A} индусов"),
    ("High Court", "Высокий суд", rf"\bвысок{A} суд{A}"),
    ("Supreme Court", "Верховный суд", rf"\bверховн{A} суд{A}", r"Supreme Court"),
    # Australia
    ("ASIO", "АСБР", r"\bасбр\b"),
    ("Commonwealth Parliament", "парламент Австралии", rf"\bпарламент{A} австралии"),
    # media and agencies (names written in Latin letters in both texts are left out)
    ("TASS", "ТАСС", r"\bтасс\b"),
    ("RIA Novosti", "РИА Новости", rf"\bриа новост{A}"),
    ("Rossiyskaya Gazeta", "Российская газета", rf"\bроссийск{A} газет{A}"),
    ("Parlamentskaya Gazeta", "Парламентская газета", rf"\bпарламентск{A} газет{A}"),
    ("Glavred", "Главред", rf"\bглавред{A}"),
    ("Dialog.ua", "Диалог.ua", r"\bдиалог\.ua"),
    ("RT in Russian", "РТ на русском", r"\bрт на русском", r"RT in Russian"),
    ("BBC", "Би-би-си", r"\bби-би-си\b"),
]

# Persons (as the two texts render them), places, demonyms and religious communities, named
# events, documents, awards, ships and aircraft types.
NAME = [
    # persons
    ("Vladimir Putin", "Владимир Путин", rf"\bвладимир{A} путин{A}"),
    ("Putin", "Путин", rf"\bпутин{A}"),
    ("Sergei Shoygu", "Сергей Шойгу", rf"\bсерге{A} шойгу\b"),
    ("Nikolai Yevmenov", "Николай Евменов", rf"\bникола{A} евменов{A}"),
    ("Zhuravlyov", "Журавлев", rf"\bжуравлев{A}"),
    ("Peter I", "Петр I", r"\bпетр\w* i\b"),
    ("Fabian Bellingshausen", "Фаддей Беллинсгаузен", rf"\bфадде{A} беллинсгаузен{A}"),
    ("Gitanas Nausėda", "Гитанас Науседа", rf"\bгитанас{A} науседа\w*"),
    ("Vladas Gaidys", "Владас Гайдис", rf"\bвладас{A} гайдис{A}"),
    ("Gaidys", "Гайдис", rf"\bгайдис{A}"),
    ("Saulius Skvernelis", "Саулюс Сквернялис", rf"\bсаулюс{A} сквернялис{A}"),
    ("Viktor Uspasskikh", "Виктор Успасских", rf"\bвиктор{A} успасских"),
    ("Mike Pompeo", "Майк Помпео", rf"\bмайк{A} помпео\b"),
    ("Pompeo", "Помпео", r"\bпомпео\b"),
    ("Aaron David Miller", "Аарон Дэвид Миллер", rf"\bаарон{A} дэвид{A} миллер{A}"),
    ("Richard Sokolsky", "Ричард Сокольский", rf"\bричард{A} сокольск{A}"),
    ("Donald Trump", "Дональд Трамп", rf"\bдональд{A} трамп{A}"),
    ("Trump", "Трамп", r"\bтрамп(?:а|у|ом|е)?\b"),
    ("Mohammed bin Salman", "Мухаммед бен Салман", rf"\bмухаммед{A} бен салман{A}"),
    ("Jamal Khashoggi", "Джамаль Хашкаджи", rf"\bджамал{A} хашкаджи\b"),
    ("Rex Tillerson", "Рекс Тиллерсон", rf"\bрекс{A} тиллерсон{A}"),
    ("Igor Kobzev", "Игорь Кобзев", rf"\bигор{A} кобзев{A}"),
    ("Khaled al-Mishri", "Халед аль-Мишри", r"\bхалед\w* аль-мишри\b"),
    ("Alexandr Filkin", "Александр Филькин", rf"\bалександр{A} филькин{A}"),
    ("Yury Trutnev", "Юрий Трутнев", rf"\bюри{A} трутнев{A}"),
    ("Lyubov Bezbakh", "Любовь Безбах", r"\bлюбовь безбах\b"),
    ("Alexey Chekunkov", "Алексей Чекунков", rf"\bалексе{A} чекунков{A}"),
    ("Nina Belomestnova", "Нина Беломестнова", rf"\bнин{A} беломестнов{A}"),
    ("Andrei Gelasimov", "Андрей Геласимов", rf"\bандре{A} геласимов{A}"),
    ("Olaf Scholz", "Олаф Шольц", rf"\bолаф{A} шольц{A}"),
    ("Scholz", "Шольц", rf"\bшольц{A}"),
    ("Mateusz Morawiecki", "Матеуш Моравецкий", rf"\bматеуш{A} моравецк{A}"),
    ("Morawiecki", "Моравецкий", rf"\bморавецк{A}"),
    ("Christopher Hartwell", "Кристофер Хартвелл", rf"\bкристофер{A} хартвелл{A}"),
    ("Hartwell", "Хартвелл", rf"\bхартвелл{A}"),
    ("Oleksiy Arestovych", "Алексей Арестович", rf"\bалексе{A} арестович{A}"),
    ("Arestovych", "Арестович", rf"\bарестович{A}"),
    ("Volodymyr Zelenskyy", "Владимир Зеленский", rf"\bвладимир{A} зеленск{A}"),
    ("Alexander Kochetkov", "Александр Кочетков", rf"\bалександр{A} кочетков{A}"),
    ("Kochetkov", "Кочетков", rf"\bкочетков{A}"),
    ("Joe Biden", "Джо Байден", rf"\bджо байден{A}"),
    ("Elisabeth Borne", "Элизабет Борн", rf"\bэлизабет борн{A}"),
    ("Emmanuel Macron", "Эммануэль Макрон", rf"\bэммануэл{A} макрон{A}"),
    ("Macron", "Макрон", rf"\bмакрон{A}"),
    ("Jurgis Norvaiša", "Юргис Норвайша", rf"\bюргис{A} норвайш{A}"),
    ("Arvydas Anušauskas", "Арвидас Анушаускас", rf"\bарвидас{A} анушаускас{A}"),
    ("Dominic Raab", "Доминик Рааб", rf"\bдоминик{A} рааб{A}"),
    ("Mr Raab", "г-н Рааб", rf"\bг-н{A} рааб{A}"),
    ("Jonathan Ashworth", "Джонатан Эшворт", rf"\bджонатан{A} эшворт{A}"),
    ("Sophy Ridge", "Софи Ридж", r"\bсофи ридж\b"),
    ("Grant Shapps", "Грант Шэппс", rf"\bгрант{A} шэппс\b"),
    ("Guy Hedgecoe", "Гай Хеджкоу", r"\bга[йя]\w* хеджкоу\b"),
    ("Nick Thomas-Symonds", "Ник Томас-Саймондс", rf"\bник{A} томас-саймондс\b"),
    ("Nicola Sturgeon", "Никола Стерджен", r"\bникол\w* стерджен\b"),
    ("John Blackmore", "Джон Блэкмор", rf"\bджон{A} блэкмор{A}"),
    ("Lois Stothard", "Лоис Стотард", r"\bлоис стотард\b"),
    ("Rahul Gandhi", "Рахул Ганди", rf"\bрахул{A} ганди\b"),
    ("Ashok Gehlot", "Ашок Гехлот", rf"\bашок{A} гехлот{A}"),
    ("Mr Gehlot", "Гехлот", rf"\bгехлот{A}"),
    ("Ram Nath Kovind", "Рам Натх Ковинд", rf"\bрам{A} натх{A} ковинд{A}"),
    ("Kalraj Mishra", "Калрадж Мишра", r"\bкалрадж мишр\w*"),
    ("Sachin Pilot", "Сачин Пилот", rf"\bсачин{A} пилот{A}"),
    ("Mr Pilot", "Пилот", r"\bпилот(?:а|у|ом|е)?\b"),
    ("Jyotiraditya Scindia", "Джиотирадитья Сциндия", r"\bджиотирадить\w* сцинди\w*"),
    ("Dominic Cummings", "Доминик Каммингс", rf"\bдоминик{A} каммингс{A}"),
    ("Mr Cummings", "Каммингс", rf"\bкаммингс{A}"),
    ("Cummings", "Каммингс", rf"\bкаммингс{A}"),
    ("Princess Diana", "принцесса Диана", rf"\bпринцесс{A} диан{A}"),
    ("David Stirling", "Дэвид Стерлинг", rf"\bдэвид{A} стерлинг{A}"),
    ("Tobias Ellwood", "Тобиас Элвуд", rf"\bтобиас{A} элвуд{A}"),
    ("Witness K", "Свидетель К", rf"\bсвидетел{A} к\b"),
    ("Bernard Collaery", "Бернард Коллери", rf"\bбернард{A} коллери\b"),
    ("Nabila Makram", "Набила Макрам", r"\bнабил\w* макрам\b"),
    ("Narendra Modi", "Нарендра Моди", r"\bнарендр\w* моди\b"),
    ("Modi", "Моди", r"\bмоди\b"),
    ("Vinod Bansal", "Винод Бансал", rf"\bвинод{A} бансал{A}"),
    ("Yogi Adityanath", "Йоги Адьянатх", rf"\bйоги адьянатх{A}"),
    ("Adityanath", "Адьянатх", rf"\bадьянатх{A}"),
    ("Kyriakos Mitsotakis", "Кириакос Мицотакис", rf"\bкириакос{A} мицотакис{A}"),
    # countries, regions, cities and other places
    ("Russia", "Россия", r"\bросси(?:я|и|ю|ей)\b"),
    ("Russian Federation", "Российская Федерация", rf"\bроссийск{A} федераци{A}"),
    ("Russian Federation", "РФ", r"\bрф\b"),
    ("USSR", "СССР", r"\bссср\b"),
    ("Moscow", "Москва", r"\bмоскв(?:а|ы|е|у|ой)\b"),
    ("Saint Petersburg", "Санкт-Петербург", rf"\bсанкт-петербург{A}"),
    ("Saint Petersburg", "Петербург", r"(?<![\w-])петербург(?:а|у|ом|е)?\b"),
    ("Neva", "Нева", r"\bнев(?:а|ы|е|у|ой)\b"),
    ("Finnish Gulf", "Финский залив", rf"\bфинск{A} залив{A}"),
    ("Senate and Synod", "Сенат и Синод", rf"\bсенат{A} и синод{A}"),
    ("Kaspiysk", "Каспийск", r"\bкаспийск(?:а|у|ом|е)?\b"),
    ("Baltiysk", "Балтийск", r"\bбалтийск(?:а|у|ом|е)?\b"),
    ("Severomorsk", "Североморск", r"\bсевероморск(?:а|у|ом|е)?\b"),
    ("Petropavlovsk-Kamchatsky", "Петропавловск-Камчатский", rf"\bпетропавловск{A}-камчатск{A}"),
    ("Vladivostok", "Владивосток", r"\bвладивосток(?:а|у|ом|е)?\b"),
    ("Sevastopol", "Севастополь", r"\bсевастопол(?:ь|я|ю|ем|е)\b"),
    ("Crimea", "Крым", r"\bкрым(?:а|у|ом|е)?\b"),
    ("Antarctica", "Антарктида", r"\bантарктид(?:а|ы|е|у|ой)\b"),
    ("Arctic", "Арктика", r"\bарктик(?:а|и|е|у|ой)\b"),
    ("Russian Far East", "Дальний Восток", rf"\bдальн{A} восток{A}"),
    ("Far Eastern Federal District", "ДФО", r"\bдфо\b"),
    ("Primorsky krai", "Приморский край", rf"\bприморск{A} кра(?:й|я|ю|ем|е)\b"),
    ("Sakhalin oblast", "Сахалинская область", rf"\bсахалинск{A} област{A}"),
    ("Irkutsk region", "Иркутская область", rf"\bиркутск{A} област{A}"),
    ("Ust-Orda Buryat district", "Усть-Ордынский Бурятский округ", rf"\bусть-ордынск{A} бурятск{A} округ{A}"),
    ("Ust-Orda", "Усть-Орда", r"\bусть-орд(?:а|ы|е|у|ой)\b"),
    ("Bayanday", "Баяндай", r"\bбаянда(?:й|я|ю|ем|е)\b"),
    ("Leningrad Oblast", "Ленинградская область", rf"\bленинградск{A} област{A}"),
    ("Peredelkino", "Переделкино", r"\bпеределкино\b"),
    ("Komarovo", "Комарово", r"\bкомарово\b"),
    ("Ukraine", "Украина", r"\bукраин(?:а|ы|е|у|ой)\b"),
    ("Kyiv", "Киев", r"\bкиев(?:а|у|ом|е)?\b"),
    ("Kyiv Oblast", "Киевская область", rf"\bкиевск{A} област{A}"),
    ("Donbas", "Донбасс", rf"\bдонбасс{A}"),
    ("Belarus", "Беларусь", r"\bбеларус(?:ь|и|ью)\b"),
    ("Lithuania", "Литва", r"\bлитв(?:а|ы|е|у|ой)\b"),
    ("Radviliskis district", "Радвилишкский район", rf"\bрадвилишкск{A} район{A}"),
    ("Estonia", "Эстония", r"\bэстони(?:я|и|ю|ей)\b"),
    ("Tapa", "Тапа", r"\bтап(?:а|ы|е|у|ой)\b"),
    ("Poland", "Польша", r"\bпольш(?:а|и|е|у|ей)\b"),
    ("Warsaw", "Варшава", r"\bваршав(?:а|ы|е|у|ой)\b"),
    ("Germany", "Германия", r"\bгермани(?:я|и|ю|ей)\b"),
    ("Berlin", "Берлин", r"\bберлин(?:а|у|ом|е)?\b"),
    ("Brussels", "Брюссель", r"\bбрюссел(?:ь|я|ю|ем|е)\b"),
    ("Europe", "Европа", r"\bевроп(?:а|ы|е|у|ой)\b"),
    ("West", "Запад", r"\bзапад(?:а|у|ом|е)?\b"),
    ("France", "Франция", r"\bфранци(?:я|и|ю|ей)\b"),
    ("Paris", "Париж", r"\bпариж(?:а|у|ем|е)?\b"),
    ("Greece", "Греция", r"\bгреци(?:я|и|ю|ей)\b"),
    ("Athens", "Афины", r"\bафин(?:ы|ам|ами|ах)?\b"),
    ("Belgium", "Бельгия", r"\bбельги(?:я|и|ю|ей)\b"),
    ("Denmark", "Дания", r"\bдани(?:я|и|ю|ей)\b"),
    ("Norway", "Норвегия", r"\bнорвеги(?:я|и|ю|ей)\b"),
    ("Spain", "Испания", r"\bиспани(?:я|и|ю|ей)\b"),
    ("mainland Spain", "материковая часть Испании", rf"\bматериков{A} част{A} испании"),
    ("Canary Islands", "Канарские острова", rf"\bканарск{A} остров{A}"),
    ("Canaries", "Канарские острова", rf"\bканарск{A} остров{A}"),
    ("Balearic Islands", "Балеарские острова", rf"\bбалеарск{A} (?:и канарск{A} )?остров{A}"),
    ("Majorca", "Майорка", r"\bмайорк(?:а|и|е|у|ой)\b"),
    ("Ibiza", "Ибица", r"\bибиц(?:а|ы|е|у|ей)\b"),
    ("Tenerife", "Тенерифе", r"\bтенерифе\b"),
    ("Catalonia", "Каталония", r"\bкаталони(?:я|и|ю|ей)\b"),
    ("Barcelona", "Барселона", r"\bбарселон(?:а|ы|е|у|ой)\b"),
    ("Madrid", "Мадрид", r"\bмадрид(?:а|у|ом|е)?\b"),
    ("Seville", "Севилья", r"\bсевиль(?:я|и|ю|ей|е)\b"),
    ("UK", "Соединенное Королевство", rf"\bсоединенн{A} королевств{A}"),
    ("United Kingdom", "Соединенное Королевство", rf"\bсоединенн{A} королевств{A}"),
    ("UK", "Великобритания", r"\bвеликобритани(?:я|и|ю|ей)\b"),
    ("Hampshire", "Гэмпшир", r"\bгэмпшир(?:а|у|ом|е)?\b"),
    ("South Yorkshire", "Саут-Йоркшир", r"\bсаут-йоркшир(?:а|у|ом|е)?\b"),
    ("Hereford", "Херефорд", r"\bхерефорд(?:а|у|ом|е)?\b"),
    ("Stirling Lines", "Стерлинг-Лайнс", r"\bстерлинг-лайнс\b"),
    ("Killing House", "Дом убийств", rf"\bдом{A} убийств"),
    ("Pontrilas", "Понтрилас", r"\bпонтрилас(?:а|у|ом|е)?\b"),
    ("Poole", "Пул", r"\bпул(?:а|у|ом|е)?\b"),
    ("Dorset", "Дорсет", r"\bдорсет(?:а|у|ом|е)?\b"),
    ("Porton Down", "Портон-Даун", r"\bпортон-даун(?:а|у|ом|е)?\b"),
    ("Wiltshire", "Уилтшир", r"\bуилтшир(?:а|у|ом|е)?\b"),
    ("US", "США", r"\bсша\b"),
    ("U.S.", "США", r"\bсша\b"),
    ("USA", "США", r"\bсша\b"),
    ("United States", "США", r"\bсша\b"),
    ("United States", "Соединенные Штаты", rf"\bсоединенн{A} штат{A}"),
    ("Washington", "Вашингтон", r"\bвашингтон(?:а|у|ом|е)?\b"),
    ("Canada", "Канада", r"\bканад(?:а|ы|е|у|ой)\b"),
    ("Libya", "Ливия", r"\bливи(?:я|и|ю|ей)\b"),
    ("Sirte", "Сирт", r"\bсирт(?:а|у|ом|е)?\b"),
    ("Kufra", "Куфра", r"\bкуфр(?:а|ы|е|у|ой)\b"),
    ("Jufra", "Джуфра", r"\bджуфр(?:а|ы|е|у|ой)\b"),
    ("Gardabia", "Гардабия", r"\bгардаби(?:я|и|ю|ей)\b"),
    ("North Africa", "Северная Африка", rf"\bсеверн{A} африк{A}"),
    ("Chad", "Чад", r"\bчад(?:а|у|ом|е)?\b"),
    ("Mediterranean Sea", "Средиземное море", rf"\bсредиземн{A} мор{A}"),
    ("Central African Republic", "Центральная Африканская Республика",
     rf"\bцентральн{A} африканск{A} республик{A}"),
    ("CAR", "ЦАР", r"\bцар\b"),
    ("Sudan", "Судан", r"\bсудан(?:а|у|ом|е)?\b"),
    ("Mozambique", "Мозамбик", r"\bмозамбик(?:а|у|ом|е)?\b"),
    ("Guinea", "Гвинея", r"\bгвине(?:я|и|ю|е|ей)(?![\w-])", r"Guinea(?!-)"),
    ("Guinea-Bissau", "Гвинея-Бисау", r"\bгвине\w*-бисау\b"),
    ("Madagascar", "Мадагаскар", r"\bмадагаскар(?:а|у|ом|е)?\b"),
    ("Zimbabwe", "Зимбабве", r"\bзимбабве\b"),
    ("Angola", "Ангола", r"\bангол(?:а|ы|е|у|ой)\b"),
    ("Egypt", "Египет", r"\bегип(?:ет|та|ту|том|те)\b"),
    ("Syria", "Сирия", r"\bсири(?:я|и|ю|ей)\b"),
    ("Tartus", "Тартус", rf"\bтартус{A}"),
    ("Iraq", "Ирак", r"\bирак(?:а|у|ом|е)?\b"),
    ("Turkey", "Турция", r"\bтурци(?:я|и|ю|ей)\b"),
    ("Afghanistan", "Афганистан", r"\bафганистан(?:а|у|ом|е)?\b"),
    ("India", "Индия", r"\bинди(?:я|и|ю|ей)\b"),
    ("New Delhi", "Нью-Дели", r"\bнью-дели\b", r"New Delhi|NEW DELHI"),
    ("Rajasthan", "Раджастан", r"\bраджастан(?:а|у|ом|е)?\b"),
    ("Rashtrapati Bhavan", "Раштрапати-Бхаван", r"\bраштрапати-бхаван"),
    ("Madhya Pradesh", "Мадхья-Прадеш", r"\bмадхья-прадеш(?:а|у|ем|е)?\b"),
    ("Jammu and Kashmir", "Джамму и Кашмир", r"\bджамму и кашмир"),
    ("Kashmir", "Кашмир", r"\bкашмир(?:а|у|ом|е)?\b"),
    ("Ayodhya", "Айодхья", r"\bайодхь(?:я|и|ю|ей|е)\b"),
    ("Uttar Pradesh", "Уттар-Прадеш", r"\bуттар-прадеш"),
    ("Ahmedabad", "Ахмадабад", r"\bахмадабад(?:а|у|ом|е)?\b"),
    ("Gujarat", "Гуджарат", r"\bгуджарат(?:а|у|ом|е)?\b"),
    ("China", "Китай", r"\bкита(?:й|я|ю|ем|е)\b"),
    ("Australia", "Австралия", r"\bавстрали(?:я|и|ю|ей)\b"),
    ("Canberra", "Канберра", r"\bканберр(?:а|ы|е|у|ой)\b"),
    ("New Zealand", "Новая Зеландия", rf"\bнов{A} зеланди(?:я|и|ю|ей)\b"),
    ("East Timor", "Восточный Тимор", rf"\bвосточн{A} тимор{A}"),
    # demonyms and religious communities
    ("Russians", "россияне", r"\bроссиян(?:е|ам|ами|ах)?\b|\bроссиянин\w*"),
    ("Americans", "американцы", rf"\bамериканц{A}"),
    ("Britons", "британцы", rf"\bбританц{A}"),
    ("French people", "французы", r"\bфранцуз(?:ы|ов|ам|ами|ах)\b"),
    ("Hindus", "индуисты", r"\bиндуист(?:ы|ов|ам|ами|ах)\b"),
    ("Muslims", "мусульмане", r"\bмусульман(?:е|ам|ами|ах)?\b"),
    # events, documents, awards, ships, aircraft types
    ("Russian Navy Day", "День военно-морского флота России",
     r"\bд(?:ень|ня|ню|нем|не) военно-морского флота россии"),
    ("main parade", "главный парад", rf"\bглавн{A} парад{A}"),
    ("Christmas", "Рождество", r"\bрождеств(?:о|а|у|ом|е)\b"),
    ("September 11", "11 сентября", r"\b11 сентября"),
    ("Mughal-era", "эпоха Моголов", r"\bэпох\w* моголов"),
    ("Nord Stream 2", "Северный поток – 2", rf"\bсеверн{A} поток{A} ?[-–]? ?2\b"),
    ("ASIO Bill", "законопроект об АСБР", rf"\bзаконопроект{A} об асбр"),
    ("Arsenyev Award", "премия имени Арсеньева", rf"\bпреми{A} имени арсеньева"),
    ("Dalniy Vostok Award", "премия Дальний Восток", rf"\bпреми{A} {Q}дальний восток"),
    ("Dalniy Vostok Russian National Literary Award", "Общероссийская литературная премия Дальний Восток",
     rf"\bобщероссийск{A} литературн{A} преми{A} {Q}дальний восток"),
    ("Poltava", "Полтава", r"\bполтав(?:а|ы|е|у|ой)\b"),
    ("Kaliningrad", "Калининград", r"\bкалининград(?:а|у|ом|е)?\b"),
    ("Prince Vladimir", "Князь Владимир", r"\bкнязь владимир\b"),
    ("MiG-29", "МиГ-29", r"\bмиг-29", r"MiG-29s?"),
]

CATEGORIES = {"term": TERM, "phrase": PHRASE, "title": TITLE, "organisation": ORGANISATION, "name": NAME}

def entries():
    """This gold's entries, compiled by the held-out script (its default English pattern, the
    word boundaries of an explicit English regex, case-free phrases, no (en, ru) pair twice)."""
    return held_out.entries(CATEGORIES)


def keywords(doc):
    """The KEYWORDS in the lower-cased json.dumps of a document's English side."""
    text = json.dumps(doc["en"]).lower()
    return [k for k in KEYWORDS if k in text]


def select_documents(keep=lambda n: n >= MIN_KEYWORDS):
    """The selected documents, in file order: not in the held-out subset, and at least
    MIN_KEYWORDS distinct KEYWORDS in the lower-cased json.dumps of the English side (``keep``:
    whether a document with so many is taken; the third development gold, ../wmt_dev2/, takes
    those with exactly two)."""
    for path in SOURCES + [HELD_OUT]:
        if not os.path.exists(path):
            sys.exit(f"{path} not found: set TMTOOL_SHARED to the shared data folder")
    with open(HELD_OUT, encoding="utf-8") as f:
        held = {(d["set"], d["doc_id"]) for d in map(json.loads, f)}
    out = []
    for path in SOURCES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if (doc["set"], doc["doc_id"]) not in held and keep(len(keywords(doc))):
                    out.append(doc)
    return out


def read_segments(paragraphs=False):
    """The held-out script's ``segments_of`` the selected documents."""
    return held_out.segments_of(select_documents(), paragraphs)


def print_documents(documents=None):
    documents = select_documents() if documents is None else documents
    total = 0
    for doc in documents:
        n = sum(1 for e_par, r_par in zip(doc["en"], doc["ru"]) for e, r in zip(e_par, r_par)
                if e.strip() and r.strip())
        total += n
        print(f"{doc['set']:22} {doc['doc_id']:30} {doc['origlang']}  {len(doc['en']):3d} paragraphs "
              f"{n:4d} segments  {', '.join(keywords(doc))}")
    print(f"{len(documents)} documents, {total} aligned segments")


def run(documents, categories, out, out_categories):
    """A WMT gold's command line (``--documents``, ``--paragraphs``, ``--write``, ``--where``) on
    the documents ``documents()`` selects and the entry lists ``categories``: this gold's, and
    the later WMT development golds' (../wmt_dev2/ …), which differ in those only."""
    if "--documents" in sys.argv:
        print_documents(documents())
        return
    held_out.report(held_out.segments_of(documents(), "--paragraphs" in sys.argv), held_out.entries(categories),
                    out, out_categories, sys.argv)


def main():
    run(select_documents, CATEGORIES, OUT, OUT_CATEGORIES)


if __name__ == "__main__":
    main()
