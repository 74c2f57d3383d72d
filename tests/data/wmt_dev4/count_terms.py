#!/usr/bin/env python3
"""Count the fifth WMT development glossary (wmt_dev4) on its aligned segments.

A DEVELOPMENT gold (tune on it; the held-out one is ../wmt_political/).  The glossary is the
lists below (English as attested, Russian canonical form, Russian regex, optional English
regex), one list per category, annotated under README.md (which defers to the held-out
guideline ../wmt_political/README.md) from the WMT news documents that this script selects,
never from tmtool's output or code.

Selection (README.md, "Text annotated"): the documents of wmt_ru-en_gold_docs.jsonl and
wmt_en-ru_gold_docs.jsonl that are not in wmt_political_subset.jsonl (compared by (set,
doc_id)) and whose English, json.dumps(d["en"]).lower(), contains exactly ONE keyword of
../wmt_dev/'s KEYWORDS (87 documents, in file order); of these, every third one starting
with the second (index i % 3 == 1): 29 documents.

freq is counted as ../wmt_dev/count_terms.py counts (per aligned segment, by the held-out
script's machinery), on the documents read where they lie in the shared data.

Usage: python3 tests/data/wmt_dev4/count_terms.py [--write] [--paragraphs] [--where EN] [--documents]
  prints the table; --write rewrites tests/data/wmt_dev4_glossary.tsv (en, ru, freq)
  and tests/data/wmt_dev4_glossary.categories.tsv (en, ru, category);
  --paragraphs counts per paragraph en[i] instead (for comparison, never written);
  --where EN lists the segments where the entries with that English term match;
  --documents lists the selected documents with their segment counts.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "wmt_dev4_glossary.tsv")
OUT_CATEGORIES = os.path.join(HERE, "..", "wmt_dev4_glossary.categories.tsv")

# The second development gold's counter, loaded by path (it shares this file's name, so a plain
# import would find this file): its keyword list, its selection of the WMT documents outside the
# held-out subset, and the held-out gold's counter it loads (held_out).
_spec = importlib.util.spec_from_file_location("wmt_dev_count_terms", os.path.join(HERE, "..", "wmt_dev", "count_terms.py"))
wmt_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wmt_dev)
held_out = wmt_dev.held_out

# The fixed selection rule: exactly N_KEYWORDS distinct keywords of wmt_dev.KEYWORDS, then
# every third document (index % 3 == SHARE) of those, in file order.
N_KEYWORDS = 1
SHARE = 1

A = held_out.A  # any inflectional ending
Q = held_out.Q  # optional quotation mark: names in quotes are written both ways

# (English as attested, Russian canonical form, Russian regex[, English regex])
# An English regex is given only where the default (the term as written, first letter's
# case free) would miss attested forms (the other number, case, spelling, verb forms) or
# would match where it must not (a longer name, an adjective).
TERM = [
    # military and security (argumenti.ru.186964, interfax.39239, vesti.ru.343831, lenta.ru.344713)
    ("hypersonic missile", "гиперзвуковая ракета", rf"\bгиперзвуков{A} ракет{A}"),
    ("hypersonic rocket", "гиперзвуковая ракета", rf"\bгиперзвуков{A} ракет{A}"),
    ("test launches", "испытательные пуски", rf"\bиспытательн{A} пуск{A}"),
    ("tactical and technical characteristics", "тактико-технические характеристики", rf"\bтактико-техническ{A} характеристик{A}"),
    ("frigate", "фрегат", r"\bфрегат(?:а|у|ом|е|ы|ов)?\b"),
    ("ceasefire", "прекращение огня", rf"\bпрекращени{A} огня"),
    ("ceasefire", "перемирие", rf"\bперемири{A}"),
    ("demarcation line", "линия разграничения", rf"\bлини{A} разграничения"),
    ("peace-support missions", "миротворческие миссии", rf"\bмиротворческ{A} мисси{A}"),
    ("agreement", "договоренность", rf"\bдоговоренност{A}"),
    # the genitive «сторон» is left out: "the two sides of the mattress ↔ жесткость сторон"
    ("sides", "стороны", r"\bсторон(?:ы|ам|ами|ах)\b"),
    ("additional measures", "дополнительные меры", rf"\bдополнительн{A} мер{A}"),
    ("sabotage-reconnaissance units", "диверсионно-разведывательные группы", rf"\bдиверсионно-разведывательн{A} групп{A}"),
    ("personnel", "личный состав", rf"\bличн{A} состав{A}"),
    ("warships", "боевые корабли", rf"\bбоев{A} корабл{A}"),
    ("submarine", "подводная лодка", rf"\bподводн{A} лод(?:к|ок){A}", r"submarines?"),
    ("diesel-electric submarine", "дизель-электрическая подводная лодка", rf"\bдизель-электрическ{A} подводн{A} лодк{A}"),
    ("nuclear-powered cruise missile submarine", "атомный подводный ракетный крейсер", rf"\bатомн{A} подводн{A} ракетн{A} крейсер{A}"),
    ("small missile ship", "малый ракетный корабль", rf"\bмал{A} ракетн{A} корабл{A}", r"small missile ships?"),
    ("large antisubmarine ship", "большой противолодочный корабль", rf"\bбольш{A} противолодочн{A} корабл{A}"),
    ("small anti-submarine ships", "малые противолодочные корабли", rf"\bмал{A} противолодочн{A} корабл{A}"),
    ("corvette", "корвет", r"\bкорвет(?:а|у|ом|е|ы|ов)?\b", r"corvettes?"),
    ("large landing ships", "большие десантные корабли", rf"\bбольш{A} десантн{A} корабл{A}", r"large landing ships?"),
    ("patrol ship", "патрульный корабль", rf"\bпатрульн{A} корабл{A}"),
    ("missile boat", "ракетный катер", rf"\bракетн{A} катер{A}"),
    ("lead ship", "головной корабль", rf"\bголовн{A} корабл{A}"),
    ("hydrographic boats", "гидрографические катера", rf"\bгидрографическ{A} катер{A}"),
    ("oceanographic research vessel", "океанографическое исследовательское судно", rf"\bокеанографическ{A} исследовательск{A} судн{A}"),
    ("ship of the line", "линейный корабль", rf"\bлинейн{A} корабл{A}"),
    ("sailing ship", "парусник", rf"\bпарусник{A}"),
    ("aerobatic teams", "пилотажные группы", rf"\bпилотажн{A} групп{A}"),
    ("military personnel", "военнослужащие", rf"\bвоеннослужащ{A}"),
    ("military personnel", "военные", r"\bвоенн(?:ые|ых|ым|ыми)\b"),
    ("anti-aircraft missile and gun systems", "зенитные ракетно-пушечные комплексы", rf"\bзенитн{A} ракетно-пушечн{A} комплекс{A}"),
    ("anti-aircraft missile and gun systems", "ЗРПК", r"\bзрпк\b"),
    ("multi-purpose drone systems", "многоцелевые беспилотные летательные комплексы", rf"\bмногоцелев{A} беспилотн{A} летательн{A} комплекс{A}"),
    ("drone", "беспилотник", rf"\bбеспилотник{A}"),
    ("hydroelectric station", "гидроэлектростанция", rf"\bгидроэлектростанци{A}"),
    ("genocide", "геноцид", rf"\bгеноцид{A}"),
    # the bomb in England (bbc-russian.10085)
    ("aviation bomb", "авиабомба", rf"\bавиабомб{A}"),
    ("sappers", "саперы", rf"\bсапер{A}"),
    ("explosives experts", "взрывотехники", rf"\bвзрывотехник{A}", r"[Ee]xplosives experts?"),
    ("fuse", "взрыватель", rf"\bвзрывател{A}"),
    ("security perimeter", "оцепление", rf"\bоцеплени{A}"),
    ("bombing campaign", "кампания бомбежек", rf"\bкампани{A} бомбеж{A}"),
    ("Nazis", "нацисты", r"\bнацист(?:ы|ов|ам|ами|ах)\b"),
    ("casualties", "жертвы", rf"\bжертв{A}"),
    ("video caption", "подпись к видео", rf"\bподпис{A} к видео"),
    ("photo caption", "подпись к фото", rf"\bподпис{A} к фото"),
    ("photo credit", "автор фото", rf"\bавтор{A} фото"),
    ("social networks", "соцсети", rf"\bсоцсет{A}"),
    # Ukraine (rt-russian.115506)
    ("air defense", "ПВО", r"\bпво\b"),
    ("air raid warnings", "воздушная тревога", rf"\bвоздушн{A} тревог{A}", r"air raid warnings?"),
    ("emergency blackouts", "экстренные отключения света", rf"\bэкстренн{A} отключени{A} света", r"[Ee]mergency blackouts"),
    ("energy facility", "энергетический объект", rf"\bэнергетическ{A} объект{A}"),
    # regional government, state and economy
    ("order", "постановление", rf"\bпостановлени{A}"),
    ("legal means of payment", "законное платежное средство", rf"\bзаконн{A} платежн{A} средств{A}"),
    ("Bitcoin", "биткоин", rf"\bбиткоин{A}"),
    ("cryptocurrency", "криптовалюта", rf"\bкриптовалют{A}"),
    ("hackers", "хакеры", rf"\bхакер{A}"),
    ("account", "аккаунт", rf"\bаккаунт{A}", r"accounts?"),
    ("yuan", "юань", rf"\bюан{A}"),
    ("economic development", "экономическое развитие", rf"\bэкономическ{A} развити{A}"),
    ("provinces", "провинции", rf"\bпровинци{A}"),
    ("SME", "малый и средний бизнес", rf"\bмал{A} и средн{A} бизнес{A}"),
    ("small business", "малый бизнес", rf"\bмал{A} бизнес{A}", r"small business(?:es)?"),
    ("guarantee scheme", "схема гарантий", rf"\bсхем{A} гарантий"),
    ("online lenders", "онлайн-кредиторы", rf"\bонлайн-кредитор{A}", r"online lenders?"),
    ("lenders", "кредиторы", rf"\bкредитор{A}"),
    ("borrowers", "заемщики", rf"\bзаемщик{A}"),
    ("fintechs", "финансово-технологические компании", rf"\bфинансово-технологическ{A} компани{A}"),
    ("two speed economy", "экономика с двумя скоростями", rf"\bэкономик{A} с двумя скоростями"),
    ("commercially sensitive", "коммерческая тайна", rf"\bкоммерческ{A} тайн{A}"),
    ("imports", "импортные поставки", rf"\bимпортн{A} поставк{A}"),
    ("licenses", "лицензии", rf"\bлицензи{A}"),
    ("fishing rights", "права на вылов рыбы", rf"\bправ{A} на вылов рыбы"),
    ("tensions", "трения", rf"\bтрени{A}"),
    ("deadline", "крайний срок", rf"\bкрайн{A} срок{A}"),
    ("legal action", "судебный иск", rf"\bсудебн{A} иск{A}"),
    ("legal action", "судебное разбирательство", rf"\bсудебн{A} разбирательств{A}"),
    ("blockades", "блокада", rf"\bблокад{A}"),
    ("rounds of talks", "раунды переговоров", rf"\bраунд{A} переговоров"),
    ("talks", "переговоры", rf"\bпереговор{A}"),
    # migration and citizenship (infox.ru.36082, versia.ru.35861)
    ("purpose of visit", "цель визита", rf"\bцел{A} визит{A}", r"purpose of (?:their |the |her |his )?visit"),
    ("foreign state", "иностранное государство", rf"\bиностранн{A} государств{A}"),
    ("foreign citizens", "иностранные граждане", rf"\bиностранн{A} граждан{A}"),
    ("foreigners", "иностранцы", r"\bиностран(?:ец|цы|цев|цам|цами|цах)\b"),
    ("citizenship", "гражданство", rf"\bгражданств{A}"),
    ("residency", "вид на жительство", rf"\bвид{A} на жительство"),
    ("residency permits", "ВНЖ", r"\bвнж\b", r"residency permits?"),
    ("transit point", "перевалочный пункт", rf"\bперевалочн{A} пункт{A}"),
    ("birth tourism", "родильные туры", rf"\bродильн{A} тур{A}"),
    ("law of the soil", "право почвы", rf"\bправ{A} почвы"),
    ("visa-free visits", "безвизовое посещение", rf"\bбезвизов{A} посещени{A}"),
    ("refusal to enter", "отказ во въезде", rf"\bотказ{A} во въезде"),
    ("constitutional practice", "конституционная практика", rf"\bконституционн{A} практик{A}"),
    ("influx", "наплыв", rf"\bнаплыв{A}"),
    ("questioning", "допрос", r"\bдопрос(?:а|у|ом|е|ы|ов)?\b"),
    ("court", "суд", r"\bсуд(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    # protests and law enforcement (nytimes.268754, bbc.500882, egyptindependent.com.6413, sky.com.33889)
    ("protests", "протесты", r"\bпротест(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"[Pp]rotests?"),
    ("mass protests", "массовые протесты", rf"\bмассов{A} протест{A}"),
    ("protesters", "протестующие", rf"\bпротестующ{A}"),
    ("protesters", "митингующие", rf"\bмитингующ{A}"),
    ("demonstrations", "манифестации", rf"\bманифестаци{A}"),
    ("demonstrations", "демонстрации", rf"\bдемонстраци{A}"),
    ("demonstrations", "выступления", rf"\bвыступлени{A}"),
    ("Feds", "федералы", r"\bфедерал(?:ы|ов|ам|ами|ах)\b"),
    ("fatal shooting", "стрельба со смертельным исходом", rf"\bстрельб{A} со смертельным исходом"),
    ("federal authorities", "федеральные власти", rf"\bфедеральн{A} власт{A}"),
    ("federal agents", "федеральные агенты", rf"\bфедеральн{A} агент{A}"),
    ("federal property", "федеральная собственность", rf"\bфедеральн{A} собственност{A}"),
    ("federal courthouse", "федеральный Дом правосудия", rf"\bфедеральн{A} дом{A} правосудия"),
    ("federal law", "федеральный закон", rf"\bфедеральн{A} закон{A}"),
    ("executive order", "указ", r"\bуказ(?:а|у|ом|е|ы|ов)?\b"),
    ("youth detention center", "колония для несовершеннолетних", rf"\bколони{A} для несовершеннолетних"),
    ("pepper spray", "перцовый аэрозоль", rf"\bперцов{A} аэрозол{A}", r"[Pp]epper [Ss]pray"),
    ("pepper spray", "перцовый баллончик", rf"\bперцов{A} баллончик{A}"),
    ("flash grenades", "светошумовые гранаты", rf"\bсветошумов{A} гранат{A}", r"flash grenades?"),
    ("tear gas", "слезоточивый газ", rf"\bслезоточив{A} газ{A}"),
    ("crowd-control munitions", "боеприпасы для сдерживания толпы", rf"\bбоеприпас{A} для сдерживания толпы"),
    ("law enforcement", "правоохранительные органы", rf"\bправоохранительн{A} орган{A}"),
    ("police state", "полицейское государство", rf"\bполицейск{A} государств{A}"),
    ("autonomous zone", "зона самоуправления", rf"\bзон{A} самоуправления"),
    ("tactical teams", "спецподразделения", rf"\bспецподразделени{A}", r"tactical teams?"),
    ("tactical team", "спецназ", rf"\bспецназ{A}"),
    ("police officers", "полицейские", r"\bполицейск(?:ие|их|им|ими|ий)\b"),
    ("police brutality", "полицейская жестокость", rf"\bполицейск{A} жестокост{A}"),
    ("forensic analysis", "судебная экспертиза", rf"\bсудебн{A} экспертиз{A}"),
    ("campaigners", "активисты", rf"\bактивист{A}"),
    ("curfews", "комендантский час", rf"\bкомендантск{A} час{A}", r"curfews?"),
    ("autocratic regime", "автократический режим", rf"\bавтократическ{A} режим{A}"),
    ("officials", "чиновники", rf"\bчиновник{A}"),
    ("antisemitism", "антисемитизм", rf"\bантисемитизм{A}"),
    ("antisemitic", "антисемитский", rf"\bантисемитск{A}"),
    ("social media", "социальные сети", rf"\bсоциальн{A} сет{A}"),
    ("tweets", "твиты", r"\bтвит(?:ы|ов|ам|ами|ах)?\b"),
    ("hate speech", "риторика ненависти", rf"\bриторик{A} ненависти"),
    ("hateful conduct", "разжигание ненависти", rf"\bразжигани{A} ненависти"),
    ("legislation", "законодательство", rf"\bзаконодательств{A}"),
    # elections (social_ru_192, t1_h0856ek)
    ("elections", "выборы", r"\bвыбор(?:ы|ов|ам|ами|ах)\b", r"elections?"),
    ("votes", "голоса", r"\bголос(?:а|ов|ам|ами|ах|у|ом|е)?\b", r"votes?"),
    ("ballots", "бюллетени", rf"\bбюллетен{A}"),
    ("Communist", "коммунист", r"\bкоммунист(?:а|у|ом|е|ы|ов)?\b"),
]

PHRASE = [
    ("enter the arsenal", "поступить на вооружение", rf"\bпоступ{A}(?: \w+)? на вооружение", r"enter(?:s|ed|ing)? the arsenal"),
    ("enter service", "поступить на вооружение", rf"\bпоступ{A}(?: \w+)? на вооружение", r"enter(?:s|ed|ing)? service"),
    ("take effect", "вступить в действие", rf"\bвступ{A} в действие", r"take[sn]? effect|took effect|taking effect"),
    ("under the auspices of", "под эгидой", r"\bпод эгидой"),
    ("take to the waters", "спустить на воду", rf"\bспущ{A} на воду|\bспуст{A}(?: \w+)? на воду", r"t(?:ake|akes|ook|aken|aking) to the waters?"),
    ("decommission", "вывести из состава", rf"\bвыв(?:ед|од|ест){A} из состава", r"decommission(?:ed|s|ing)?"),
    ("be drunk", "быть в состоянии алкогольного опьянения", r"\bв состоянии алкогольного опьянения", r"(?:be|is|was|were|are|been) drunk"),
    ("refuse citizenship", "отказать в предоставлении гражданства",
     rf"в предоставлении гражданства (?:\w+ )?отказ{A}|\bотказ{A} в предоставлении гражданства", r"refus(?:e|es|ed|ing) citizenship"),
    ("launch an investigation", "начать расследование", rf"\bнача{A} расследовани{A}", r"launch(?:es|ed|ing)? an investigation"),
    ("raise concerns", "выразить беспокойство", rf"\bвыра(?:з|ж){A} беспокойств{A}", r"rais(?:e|es|ed|ing) concerns?"),
]

TITLE = [
    ("Deputy Defense Minister", "заместитель министра обороны", rf"\bзаместител{A} министра обороны"),
    ("Field Marshal", "фельдмаршал", rf"\bфельдмаршал{A}"),
    ("commander", "командующий", rf"\bкомандующ{A}"),
    ("Prime Minister", "премьер-министр", rf"\bпремьер-министр{A}", r"[Pp]rime [Mm]inister"),
    ("Prime Minister", "премьер", r"\bпремьер(?:а|у|ом|ы|ов)?\b(?!-)", r"[Pp]rime [Mm]inister"),
    ("president", "президент", r"\bпрезидент(?:а|у|ом|е|ы|ов)?\b", r"[Pp]resident"),
    ("Queen", "королева", r"\bкоролев(?:а|ы|е|у|ой)\b", r"Queen"),
    ("prince", "принц", rf"\bпринц{A}", r"[Pp]rince"),
    ("brand ambassador", "амбассадор бренда", rf"\bамбассадор{A} бренд{A}"),
    ("fashion expert", "модный эксперт", rf"\bмодн{A} эксперт{A}", r"[Ff]ashion [Ee]xperts?"),
    ("professor", "профессор", rf"\bпрофессор{A}"),
    ("editor-in-chief", "главред", rf"\bглавред{A}"),
    ("Home Secretary", "министр внутренних дел", rf"\bминистр{A} внутренних дел", r"[Hh]ome [Ss]ecretary"),
    ("MP", "член парламента", rf"\bчлен{A} парламента", r"MPs?"),
    ("MP", "депутат", rf"\bдепутат{A}", r"MPs?"),
    ("chief executive", "генеральный директор", rf"\bгенеральн{A} директор{A}"),
    ("chief executive", "исполнительный директор", rf"\bисполнительн{A} директор{A}"),
    ("CEO", "исполнительный директор", rf"\bисполнительн{A} директор{A}"),
    ("inspector general", "генеральный инспектор", rf"\bгенеральн{A} инспектор{A}"),
]

ORGANISATION = [
    ("Ministry of Defense", "Минобороны", r"\bминобороны\b"),
    ("Ministry of Defense", "Министерство обороны", rf"\bминистерств{A} обороны"),
    ("defense agency", "оборонное ведомство", rf"\bоборонн{A} ведомств{A}"),
    ("Cabinet of Ministers", "Кабинет министров", rf"\bкабинет{A} министров"),
    ("Tatar-inform", "Татар-информ", r"\bтатар-информ"),
    ("Joint Forces", "Объединенные силы", rf"\bобъединенн{A} сил{A}"),
    ("Joint Forces Staff", "штаб Объединенных сил", rf"\bштаб{A} объединенных сил"),
    ("UN", "ООН", r"\bоон\b"),
    ("contact group", "Контактная группа", rf"\bконтактн{A} групп{A}"),
    ("Facebook", "Фейсбук", rf"\bфейсбук{A}"),
    ("Russia 1", "Россия 1", rf"\bросси{A} 1\b"),
    ("Russkiye Vityazi", "Русские витязи", rf"\bрусск{A} витяз{A}"),
    ("Strizhi", "Стрижи", rf"\bстриж{A}"),
    ("Nevsky Design Bureau", "Невское ПКБ", rf"\bневск{A} пкб\b"),
    ("Yantar Shipyard", "завод Янтарь", rf"\bзавод{A} {Q}янтар{A}"),
    ("Northern Fleet", "Северный флот", rf"\bсеверн{A} флот{A}"),
    ("TASS", "ТАСС", r"\bтасс\b"),
    ("navy", "ВМФ", r"\bвмф\b"),
    ("Severnaya Verf", "Северная верфь", rf"\bсеверн{A} верф{A}"),
    ("Rubin Central Design Bureau for Marine Engineering", "ЦКБ морской техники Рубин", rf"\bцкб морской техники {Q}рубин"),
    ("Admiralty Shipyards", "Адмиралтейские верфи", rf"\bадмиралтейск{A} верф{A}"),
    ("Pacific Fleet", "Тихоокеанский флот", rf"\bтихоокеанск{A} флот{A}"),
    ("Almaz Central Marine Design Bureau", "ЦМКБ Алмаз", rf"\bцмкб {Q}алмаз"),
    ("Russian fleet", "российский флот", rf"\bроссийск{A} флот{A}"),
    ("Russian Geographic Society", "Русское географическое общество", rf"\bрусск{A} географическ{A} обществ{A}"),
    ("Baltic Fleet", "Балтфлот", rf"\bбалтфлот{A}"),
    ("RIA Novosti", "РИА Новости", r"\bриа новости\b"),
    ("Military Observer", "Военный обозреватель", rf"\bвоенн{A} обозревател{A}"),
    ("Libyan National Army", "Ливийская национальная армия", rf"\bливийск{A} национальн{A} арми{A}"),
    ("LNA", "ЛНА", r"\bлна\b"),
    ("Gazeta.Ru", "Газета.Ru", rf"\bгазет{A}\.ru"),
    ("Krasavchik Brammell", "Красавчик Браммелл", rf"\bкрасавчик{A} браммелл{A}"),
    ("migration service", "миграционная служба", rf"\bмиграционн{A} служб{A}"),
    ("Interfax", "Интерфакс", rf"\bинтерфакс{A}"),
    ("Roscosmos", "Роскосмос", rf"\bроскосмос{A}"),
    ("Mission Control Center", "Центр управления полетами", rf"\bцентр{A} управления полетами"),
    ("MCC", "ЦУП", rf"\bцуп{A}"),
    ("RT", "РТ", r"\bрт\b"),
    ("Lenta.ru", "Лента.ру", rf"\bлент{A}\.ру"),
    ("Saint Petersburg State University", "СПбГУ", r"\bспбгу\b"),
    ("EU", "ЕС", r"\bес\b"),
    ("European Union", "Европейский союз", rf"\bевропейск{A} союз{A}"),
    ("CRPMEM", "Региональный комитет морского рыболовства и морских ферм", rf"\bрегиональн{A} комитет{A} морского рыболовства и морских ферм"),
    ("Twitter", "Твиттер", rf"\bтвиттер{A}"),
    ("Instagram", "Инстаграм", rf"\bинстаграм{A}"),
    ("Metropolitan Police", "Лондонская полиция", rf"\bлондонск{A} полици{A}"),
    ("Labour", "лейбористы", rf"\bлейборист{A}"),
    ("Campaign Against Antisemitism", "Кампания против антисемитизма", rf"\bкампани{A} против антисемитизма"),
    ("Department of Homeland Security", "Министерство национальной безопасности", rf"\bминистерств{A} национальной безопасности"),
    ("police watchdog", "служба по надзору за деятельностью полиции", rf"\bслужб{A} по надзору за деятельностью полиции"),
    ("Norfolk Police", "полиция Норфолка", rf"\bполици{A} норфолк{A}"),
    ("health ministry", "Министерство здравоохранения", rf"\bминистерств{A} здравоохранения"),
    ("Reuters", "Рейтер", rf"\bрейтер{A}"),
    # football clubs and leagues (thesun.co.uk.114364)
    ("Barcelona", "Барселона", rf"\bбарселон{A}", r"Barcelona|BARCELONA"),
    ("Arsenal", "Арсенал", rf"\bарсенал{A}", r"Arsenal"),
    ("Chelsea", "Челси", r"\bчелси\b"),
    ("Manchester United", "Манчестер Юнайтед", r"\bманчестер юнайтед\b"),
    ("Tottenham", "Тоттенем", rf"\bтоттенем{A}"),
    ("PSG", "Пари Сен-Жермен", r"\bпари сен-жермен"),
    ("Inter Milan", "Интер Милан", r"\bинтер милан"),
    ("Serie A", "серия А", r"\bсери\w* а\b"),
    ("Gunners", "канониры", rf"\bканонир{A}"),
]

NAME = [
    # persons
    ("Aleksei Krivoruchko", "Алексей Криворучко", rf"\bалексе{A} криворучко\b"),
    ("Khalifa Haftar", "Халифа Хафтар", rf"\bхалиф{A} хафтар{A}"),
    ("Thaddeus Bellingshausen", "Фаддей Беллинсгаузен", rf"\bфадде{A} беллинсгаузен{A}"),
    ("Mikhail Lazarev", "Михаил Лазарев", rf"\bмихаил{A} лазарев{A}"),
    ("Daniel Craig", "Дэниел Крейг", rf"\bдэниел{A} крейг{A}"),
    ("William", "Уильям", rf"\bуильям{A}"),
    ("Jared Leto", "Джаред Лето", r"\bджаред лето\b"),
    ("Ilya Vakhoshkin", "Илья Вахошкин", rf"\bилья вахошкин{A}"),
    ("Vakhoshkin", "Вахошкин", rf"\bвахошкин{A}"),
    ("Narendra Modi", "Нарендра Моди", rf"\bнарендр{A} моди\b"),
    ("Modi", "Моди", r"\bмоди\b"),
    ("Xi Jinping", "Си Цзиньпин", rf"\bси цзиньпин{A}"),
    ("Justin Downes", "Джастин Даунс", rf"\bджастин{A} даунс{A}"),
    ("Downes", "Даунс", rf"\bдаунс{A}"),
    ("Fiona", "Фиона", rf"\bфион{A}"),
    ("Gao Makong", "Гао Маконг", rf"\bгао маконг{A}"),
    ("Lyudmila", "Людмила", rf"\bлюдмил{A}"),
    ("Nick Davison", "Ник Дэйвисон", rf"\bник{A} дэйвисон{A}"),
    ("Viktor Kheyfets", "Виктор Хейфец", rf"\bвиктор{A} хейфец{A}"),
    ("Priti Patel", "Прити Патель", r"\bприти патель"),
    ("Wiley", "Уайли", r"\bуайли\b"),
    ("John Woolf", "Джон Вулф", rf"\bджон{A} вулф{A}"),
    ("Jess Phillips", "Джесс Филлипс", r"\bджесс филлипс\b"),
    ("Neil Coyle", "Нил Койл", rf"\bнил{A} койл{A}"),
    ("John Mann", "Джон Манн", rf"\bджон{A} манн{A}"),
    ("Richard Cowie", "Ричард Кау", rf"\bричард{A} кау\b"),
    ("Coutinho", "Коутиньо", r"\bкоутиньо\b"),
    ("Philippe Coutinho", "Филипп Коутиньо", rf"\bфилипп{A} коутиньо\b"),
    ("Dembele", "Дембеле", r"\bдембеле\b"),
    ("Ousmane Dembele", "Усман Дембеле", rf"\bусман{A} дембеле\b"),
    ("Rakitic", "Ракитич", rf"\bракитич{A}"),
    ("Vidal", "Видаль", r"\bвидал(?:ь|я|ю|ем|е)\b"),
    ("Arturo Vidal", "Артуро Видал", rf"\bартуро видал{A}"),
    ("Samuel Umtiti", "Самюэль Умтити", rf"\bсамюэл{A} умтити\b"),
    ("Umtiti", "Умтити", r"\bумтити\b"),
    ("Neymar", "Неймар", rf"\bнеймар{A}"),
    ("Neto", "Нето", r"\bнето\b"),
    ("Nelson Semedo", "Нелсон Семедо", r"\bнелсон семедо\b"),
    ("Junior Firpo", "Хуниор Фирпо", r"\bхуниор фирпо\b"),
    ("Martin Braithwaite", "Мартин Брейтуэйт", r"\bмартин брейтуэйт\b"),
    ("Rafinha Alcantara", "Рафинья Алькантара", r"\bрафинья алькантара\b"),
    ("Jean-Clair Todibo", "Жан-Клер Тодибо", r"\bжан-клер тодибо\b"),
    ("Lautaro Martinez", "Лаутаро Мартинес", rf"\bлаутаро мартинес{A}"),
    ("Guendouzi", "Гендузи", r"\bгендузи\b"),
    ("Bipasha Mukherjee", "Бипаша Мухерджи", r"\bбипаша мухерджи\b"),
    ("Mukherjee", "Мухерджи", r"\bмухерджи\b"),
    ("Michaud Savage", "Мишо Сэвидж", r"\bмишо сэвидж\b"),
    ("George Floyd", "Джордж Флойд", rf"\bджордж{A} флойд{A}"),
    ("Trump", "Трамп", rf"\bтрамп{A}"),
    ("Aden Abdi Madobe", "Аден Абди Мадобе", r"\bаден абди мадобе\b"),
    ("Muhiyadin Adow Shibin", "Мухиядин Адоу Шибин", r"\bмухиядин адоу шибин\b"),
    ("Aden Duale", "Аден Дуале", r"\bаден дуале\b"),
    ("Daniel arap Moi", "Даниэль арап Мои", rf"\bданиэл{A} арап мои\b"),
    ("Callaghan", "Каллаган", rf"\bкаллаган{A}"),
    ("Aris Allegos", "Арис Аллегос", r"\bарис аллегос\b"),
    ("Allegos", "Аллегос", r"\bаллегос\b"),
    ("Greg Moshal", "Грег Мошаль", r"\bгрег мошаль\b"),
    ("Arthur Labinjo-Hughes", "Артур Лабинджо-Хьюз", rf"\bартур{A} лабинджо-хьюз{A}"),
    ("Uri Geller", "Ури Геллер", rf"\bури геллер{A}"),
    ("Geller", "Геллер", rf"\bгеллер{A}"),
    ("James Randi", "Джеймс Рэнди", rf"\bджеймс{A} рэнди\b"),
    ("Randi", "Рэнди", r"\bрэнди\b"),
    # demonyms
    ("Chinese", "китайцы", rf"\bкитайц{A}"),
    ("Poles", "поляки", rf"\bполяк{A}"),
    ("Swedes", "шведы", r"\bшвед(?:ы|ов|ам|ами|ах)\b"),
    ("Russian women", "россиянки", r"\bроссиян(?:ка|ки|ок|кам|ками|ках|ку|кой)\b"),
    ("Russians", "россиянки", r"\bроссиян(?:ка|ки|ок|кам|ками|ках|ку|кой)\b"),
    ("Russians", "россияне", r"\bроссиян(?:е|ам|ами|ах)?\b"),
    ("Ukrainians", "украинцы", r"\bукраин(?:цы|цев|цам|цами|цах|ец)\b"),
    ("Jews", "евреи", r"\bевре(?:и|ев|ям|ями|ях)\b"),
    ("Catalans", "каталонцы", rf"\bкаталонц{A}"),
    ("Brazilian", "бразилец", r"\bбразил(?:ец|ьца|ьцу|ьцем|ьце)\b"),
    # places
    ("Russia", "Россия", r"\bросси(?:я|и|ю|ей)\b"),
    ("Tatarstan", "Татарстан", r"\bтатарстан(?:а|у|ом|е)?\b"),
    ("Donbass", "Донбасс", r"\bдонбасс(?:а|у|ом|е)?\b"),
    ("Saint Petersburg", "Санкт-Петербург", rf"\bсанкт-петербург{A}"),
    ("Admiralty Embankment", "Адмиралтейская набережная", rf"\bадмиралтейск{A} набережн{A}"),
    ("Kronstadt", "Кронштадт", r"\bкронштадт(?:а|у|ом|е)?\b"),
    ("Kronstadt Roadstead", "Кронштадтский рейд", rf"\bкронштадтск{A} рейд{A}"),
    ("Kronstadt Roadstead", "рейд Кронштадта", rf"\bрейд{A} кронштадт{A}"),
    ("Gulf of Finland", "Финский залив", rf"\bфинск{A} залив{A}"),
    ("world's oceans", "Мировой океан", rf"\bмиров{A} океан{A}"),
    ("Neva", "Нева", r"\bнев(?:а|ы|е|у|ой)\b"),
    ("Antarctica", "Антарктида", r"\bантарктид(?:а|ы|е|у|ой)\b"),
    ("Palace Bridge", "Дворцовый мост", rf"\bдворцов{A} мост{A}"),
    ("Gotland", "Готланд", r"\bготланд(?:а|у|ом|е)?\b"),
    ("Tikhoretsk", "Тихорецк", r"\bтихорецк(?:а|у|ом|е)?\b"),
    ("ulitsa Menshikova", "улица Меньшикова", rf"\bулиц{A} меньшикова"),
    ("Ethiopia", "Эфиопия", r"\bэфиопи(?:я|и|ю|ей)\b"),
    ("Hidase", "Хидасэ", r"\bхидасэ\b"),
    ("Blue Nile", "Голубой Нил", rf"\bголуб{A} нил{A}"),
    ("Libya", "Ливия", r"\bливи(?:я|и|ю|ей)\b"),
    ("India", "Индия", r"\bинди(?:я|и|ю|ей)\b"),
    ("China", "Китай", r"\bкита(?:й|я|ю|ем|е)\b"),
    ("Thaiwoo", "Тайву", r"\bтайву\b"),
    ("Zhangjiakou", "Чжанцзякоу", r"\bчжанцзякоу\b"),
    ("Beijing", "Пекин", r"\bпекин(?:а|у|ом|е)?\b"),
    ("Chongli", "Чунли", r"\bчунли\b"),
    ("Poland", "Польша", r"\bпольш(?:а|и|у|ей|е)\b"),
    ("Japan", "Япония", r"\bяпони(?:я|и|ю|ей)\b"),
    ("England", "Англия", r"\bангли(?:я|и|ю|ей)\b"),
    ("Great Yarmouth", "Грейт-Ярмут", rf"\bгрейт-ярмут{A}"),
    ("Norfolk", "Норфолк", r"\bнорфолк(?:а|у|ом|е)?\b"),
    ("Norfolk county", "графство Норфолк", rf"\bграфств{A} норфолк{A}"),
    ("river Yar", "река Яр", rf"\bрек{A} яр\b"),
    ("North Sea", "Северное море", rf"\bсеверн{A} мор{A}"),
    ("Britain", "Британия", r"\bбритани(?:я|и|ю|ей)\b"),
    ("Britain", "Великобритания", rf"\bвеликобритани{A}"),
    ("UK", "Великобритания", rf"\bвеликобритани{A}"),
    ("Argentina", "Аргентина", r"\bаргентин(?:а|ы|е|у|ой)\b"),
    ("Buenos Aires", "Буэнос-Айрес", rf"\bбуэнос-айрес{A}"),
    ("Kiev region", "Киевская область", rf"\bкиевск{A} област{A}"),
    ("Vyshgorod district", "Вышгородский район", rf"\bвышгородск{A} район{A}"),
    ("Kharkov region", "Харьковская область", rf"\bхарьковск{A} област{A}"),
    ("Odessa region", "Одесская область", rf"\bодесск{A} област{A}"),
    ("Ivano-Frankovsk region", "Ивано-Франковская область", rf"\bивано-франковск{A} област{A}"),
    ("Ukraine", "Украина", r"\bукраин(?:а|ы|е|у|ой)\b"),
    ("Moscow", "Москва", r"\bмоскв(?:а|ы|е|у|ой)\b"),
    ("Kremlin", "Кремль", r"\bкремл(?:ь|я|ю|ем|е)\b"),
    ("Seattle", "Сиэтл", r"\bсиэтл(?:а|у|ом|е)?\b"),
    ("Portland", "Портленд", r"\bпортленд(?:а|у|ом|е)?\b"),
    ("Ore.", "Орегон", r"\bорегон(?:а|у|ом|е)?\b"),
    ("Capitol Hill", "Капитолийский холм", rf"\bкапитолийск{A} холм{A}"),
    ("Kirkland", "Киркланд", r"\bкиркланд(?:а|у|ом|е)?\b"),
    ("Wash.", "Вашингтон", r"\bвашингтон(?:а|у|ом|е)?\b"),
    ("Minneapolis", "Миннеаполис", r"\bминнеаполис(?:а|у|ом|е)?\b"),
    ("Kenya", "Кения", r"\bкени(?:я|и|ю|ей)\b"),
    ("Garissa", "Гарисса", r"\bгарисс(?:а|ы|е|у|ой)\b"),
    ("Garissa county", "округ Гарисса", rf"\bокруг{A} гарисс{A}"),
    ("Soko Ng'ombe", "Соко Нг'омбе", r"\bсоко нг'омбе"),
    ("Nairobi", "Найроби", r"\bнайроби\b"),
    ("Israel", "Израиль", r"\bизраил(?:ь|я|ю|ем|е)\b"),
    ("Jerusalem", "Иерусалим", r"\bиерусалим(?:а|у|ом|е)?\b", r"Jerusalem|JERUSALEM"),
    ("London", "Лондон", r"\bлондон(?:а|у|ом|е)?\b"),
    ("France", "Франция", r"\bфранци(?:я|и|ю|ей)\b"),
    ("Channel Island", "Нормандские острова", rf"\bнормандск{A} остров{A}"),
    ("Boulogne-sur-Mer", "Булонь-сюр-Мер", r"\bбулонь-сюр-мер\b"),
    ("Brittany", "Бретань", r"\bбретан(?:ь|и|ью)\b"),
    ("Normandy", "Нормандия", r"\bнорманди(?:я|и|ю|ей)\b"),
    ("Calais", "Кале", r"\bкале\b"),
    ("Saint-Malo", "Сен-Мало", r"\bсен-мало\b"),
    ("Ouistreham", "Уистреам", r"\bуистреам\b"),
    ("Channel Tunnel", "тоннель под Ла-Маншем", rf"\bтоннел{A} под ла-маншем"),
    ("Camp Nou", "Камп Ну", r"\bкамп ну\b"),
    ("Maricopa county", "округ Марикопа", rf"\bокруг{A} марикоп{A}"),
    # ships and weapons
    ("Zircon", "Циркон", rf"\bциркон{A}"),
    ("Zirkon", "Циркон", rf"\bциркон{A}"),
    ("Admiral Gorshkov", "Адмирал Флота Советского Союза Горшков", rf"\bадмирал{A} флота советского союза горшков{A}"),
    ("Sovetsk", "Советск", r"\bсоветск\b"),
    ("Vice-Admiral Kulakov", "Вице-адмирал Кулаков", rf"\bвице-адмирал{A} кулаков{A}"),
    ("Stoyky", "Стойкий", r"\bстойкий\b"),
    ("Minsk", "Минск", r"\bминск\b"),
    ("Patriot", "Патриот", r"\bпатриот\b"),
    ("Petropavlovsk-Kamchatsky", "Петропавловск-Камчатский", rf"\bпетропавловск-камчатск{A}"),
    ("Petropavlovsk-Kamchatsk", "Петропавловск-Камчатский", rf"\bпетропавловск-камчатск{A}"),
    ("Vasily Bykov", "Василий Быков", rf"\bвасили{A} быков{A}"),
    ("Kazanets", "Казанец", r"\bказанец\b"),
    ("Urengoy", "Уренгой", r"\bуренгой\b"),
    ("Liven", "Ливень", r"\bливень\b"),
    ("Passat", "Пассат", r"\bпассат\b"),
    ("Chuvashia", "Чувашия", rf"\bчуваши{A}"),
    ("Pyotr Morgunov", "Петр Моргунов", rf"\bпетр{A} моргунов{A}"),
    ("Ivan Gren", "Иван Грен", r"\bиван грен\b"),
    ("Admiral Kasatonov", "Адмирал флота Касатонов", rf"\bадмирал{A} флота касатонов{A}"),
    ("Mytishchi", "Мытищи", r"\bмытищи\b"),
    ("Karakurt", "Каракурт", rf"\bкаракурт{A}"),
    ("Veliky Ustyug", "Великий Устюг", rf"\bвелик{A} устюг{A}"),
    ("Orel", "Орел", r"\bорел\b"),
    ("Georgy Zima", "Георгий Зима", rf"\bгеорги{A} зим{A}"),
    ("Mikhail Kazansky", "Михаил Казанский", rf"\bмихаил{A} казанск{A}"),
    ("Admiral Vladimirsky", "Адмирал Владимирский", rf"\bадмирал{A} владимирск{A}"),
    ("Poltava", "Полтава", rf"\bполтав{A}"),
    ("Pantsir", "Панцирь", rf"\bпанцир{A}", r"Pantsirs?"),
    ("Pantsir-C1", "Панцирь-С1", r"\bпанцир\w*-с1"),
    ("Progress", "Прогресс", rf"\bпрогресс{A}", r"Progress"),
    ("Progress MS-21", "Прогресс МС-21", r"\bпрогресс\w* мс-21"),
    ("Progress MS-22", "Прогресс МС-22", r"\bпрогресс\w* мс-22"),
    ("International Space Station", "Международная космическая станция", rf"\bмеждународн{A} космическ{A} станци{A}"),
    ("ISS", "МКС", r"\bмкс\b"),
    # events, documents, works, awards
    ("Navy Day", "День Военно-морского флота", r"\bд(?:ень|ня|ню|нем|не) военно-морского флота"),
    ("Main Naval Parade", "Главный военно-морской парад", rf"\bглавн{A} военно-морск{A} парад{A}"),
    ("Great Victory", "Великая Победа", rf"\bвелик{A} побед{A}"),
    ("WW2", "Вторая мировая война", rf"\bвтор{A} миров{A}"),
    ("Blitz", "Блиц", rf"\bблиц{A}"),
    ("No Time to Die", "Не время умирать", r"\bне время умирать"),
    ("House of Gucci", "Дом Gucci", rf"\bдом{A} gucci"),
    ("Golden Ball", "Золотой мяч", rf"\bзолот{A} мяч{A}"),
    ("Olympics", "Олимпиада", rf"\bолимпиад{A}"),
    ("Winter Olympics", "зимние Олимпийские игры", rf"\bзимн{A} олимпийск{A} игр{A}"),
    ("Latin America", "Латинская Америка", rf"\bлатинск{A} америк{A}"),
    ("Online Harms Bill", "законопроект О вреде в интернете", rf"\bзаконопроект{A} {Q}о вреде в интернете"),
    ("MBE", "Орден Британской империи", rf"\bорден{A} британской империи"),
    ("World Cup", "Кубок мира", r"\bкуб(?:ок|ка|ку|ком|ке) мира"),
    ("Saba Saba", "Саба Саба", r"\bсаба саба\b"),
    ("Brexit", "брексит", rf"\bбрексит{A}"),
    ("Brexit agreement", "соглашение о брексите", rf"\bсоглашени{A} о брексите"),
    ("Christmas", "Рождество", r"\bрождеств(?:о|а|у|ом|е)\b"),
]

CATEGORIES = {"term": TERM, "phrase": PHRASE, "title": TITLE, "organisation": ORGANISATION, "name": NAME}


def entries():
    """This gold's entries, compiled by the held-out script (its default English pattern, the
    word boundaries of an explicit English regex, case-free phrases, no (en, ru) pair twice)."""
    return held_out.entries(CATEGORIES)


def select_documents():
    """The selected documents, in file order: not in the held-out subset, exactly N_KEYWORDS
    distinct keywords in the lower-cased json.dumps of the English side, and of those the
    ones at index i % 3 == SHARE."""
    docs = wmt_dev.select_documents(lambda n: n == N_KEYWORDS)
    return [d for i, d in enumerate(docs) if i % 3 == SHARE]


def read_segments(paragraphs=False):
    """The held-out script's ``segments_of`` the selected documents."""
    return held_out.segments_of(select_documents(), paragraphs)


def main():
    if "--documents" in sys.argv:
        wmt_dev.print_documents(select_documents())
        return
    held_out.report(read_segments(paragraphs="--paragraphs" in sys.argv), entries(), OUT, OUT_CATEGORIES, sys.argv)


if __name__ == "__main__":
    main()
