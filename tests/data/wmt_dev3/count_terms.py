#!/usr/bin/env python3
"""Count the fourth WMT development glossary (wmt_dev3) on its aligned segments.

A DEVELOPMENT gold (tune on it; the held-out one is ../wmt_political/).  The glossary is the
lists below (English as attested, Russian canonical form, Russian regex, optional English
regex), one list per category, annotated under README.md (which defers to the held-out
guideline ../wmt_political/README.md) from the WMT news documents that this script selects,
never from tmtool's output or code.

Selection (README.md, "Text annotated"): every document of wmt_ru-en_gold_docs.jsonl and
wmt_en-ru_gold_docs.jsonl that is not in wmt_political_subset.jsonl (compared by (set,
doc_id)) and whose English, json.dumps(d["en"]).lower(), contains exactly 1 distinct keyword
of ../wmt_dev/'s KEYWORDS (87 documents, in file order), of which every third is kept, starting
with the first (index % 3 == 0): 29 documents.  ../wmt_dev/ takes the documents with at least
3 keywords and ../wmt_dev2/ those with exactly 2, so the three are disjoint.

freq is counted as ../wmt_dev/count_terms.py counts (its docstring: per aligned segment, by the
held-out script's machinery), on the documents read where they lie in the shared data.

Usage as ../wmt_dev2/count_terms.py's (--write rewrites ../wmt_dev3_glossary.tsv and its
.categories.tsv; --paragraphs, --where EN, --documents).
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "wmt_dev3_glossary.tsv")
OUT_CATEGORIES = os.path.join(HERE, "..", "wmt_dev3_glossary.categories.tsv")

# The second development gold's counter, loaded by path as ../wmt_dev2/count_terms.py loads it.
_spec = importlib.util.spec_from_file_location("wmt_dev_count_terms", os.path.join(HERE, "..", "wmt_dev", "count_terms.py"))
wmt_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wmt_dev)
held_out = wmt_dev.held_out

# The fixed selection rule: exactly N_KEYWORDS distinct keywords of wmt_dev.KEYWORDS, then every
# STEP-th document of those (in file order) from index OFFSET.  (OFFSET 1 is another gold's.)
N_KEYWORDS = 1
STEP = 3
OFFSET = 0

A = held_out.A  # any inflectional ending
Q = held_out.Q  # optional quotation mark: names in quotes are written both ways

# (English as attested, Russian canonical form, Russian regex[, English regex])
# An English regex is given only where the default (the term as written, first letter's
# case free) would miss attested forms (the other number, case, spelling, verb forms) or
# would match where it must not (a longer name, an adjective).
TERM = [
    # courts, prosecution, law enforcement
    ("cassation appeal", "кассационная жалоба", rf"\bкассационн{A} жалоб"),
    ("appeal", "кассация", r"\bкассаци(?:я|и|ю|ей)\b"),
    ("court of first instance", "суд первой инстанции", rf"\bперв{A} инстанци", r"courts? of first instance"),
    ("administrative court", "административный суд", rf"\bадминистративн{A} суд"),
    ("district court", "уездный суд", rf"\bуездн{A} суд"),
    ("district court", "окружной суд", rf"\bокружн{A} суд"),
    ("criminal proceedings", "уголовное производство", rf"\bуголовн{A} производств"),
    ("compensation for damages", "возмещение ущерба", rf"\bвозмещени{A} ущерба"),
    ("moral damages", "моральный ущерб", rf"\bморальн{A} ущерб"),
    ("ruling", "постановление", r"\bпостановлени", r"rulings?"),
    ("bribe-taking", "взяточничество", r"\bвзяточничеств"),
    ("bribe", "взятка", r"\bвзятк"),
    ("presumption of innocence", "презумпция невиновности", rf"\bпрезумпци{A} невиновности"),
    ("verdict", "приговор", r"\bприговор"),
    ("suspects", "подозреваемые", r"\bподозреваем"),
    ("applicant", "заявитель", r"\bзаявител"),
    ("claimant", "заявитель", r"\bзаявител"),
    ("lawbreaker", "правонарушитель", r"\bправонарушител"),
    ("lawyer", "защитник", r"\bзащитник"),
    ("criminal indictment", "обвинительное заключение", rf"\bобвинительн{A} заключени"),
    ("judicial inquiry", "судебное следствие", rf"\bсудебн{A} следстви"),
    ("anti-corruption laws", "антикоррупционное законодательство", rf"\bантикоррупционн{A} законодательств",
     r"anti-?corruption laws"),
    ("legislation", "законодательство", r"\bзаконодательств"),
    ("civil servant", "чиновник", r"\bчиновник", r"civil servants?"),
    ("officials", "чиновники", r"\bчиновник"),
    ("officials", "представители власти", rf"\bпредставител{A} власти"),
    ("local governments", "органы местного самоуправления", rf"\bорган{A} местн{A} самоуправлени"),
    ("press conference", "пресс-конференция", r"\bпресс-конференци", r"press conferences?"),
    ("press service", "пресс-служба", r"\bпресс-служб"),
    ("political figure", "политический деятель", rf"\bполитическ{A} деятел"),
    ("foreign agent", "иностранный агент", rf"\bиностранн{A} агент"),
    ("minors", "несовершеннолетние", r"\bнесовершеннолетн"),
    ("traffic accidents", "ДТП", r"\bдтп\b"),
    ("traffic incidents", "ДТП", r"\bдтп\b"),
    ("road rule violations", "нарушения ПДД", rf"\bнарушени{A} пдд\b"),
    ("license plates", "госномера", r"\bгосномер"),
    ("injuries", "телесные повреждения", rf"\bтелесн{A} повреждени"),
    ("government agencies", "госструктуры", r"\bгосструктур"),
    ("situation center", "ситуационный центр", rf"\bситуационн{A} центр"),
    # military and navy
    ("far sea zone", "дальняя морская зона", rf"\bдальн{A} морск{A} зон"),
    ("personnel", "личный состав", rf"\bличн{A} состав"),
    ("naval vessels", "военные корабли", rf"\bвоенн{A} корабл"),
    ("warships", "боевые корабли", rf"\bбоев{A} корабл"),
    ("small missile ship", "малый ракетный корабль", rf"\bмал{A} ракетн{A} корабл"),
    ("state awards", "государственные награды", rf"\bгосударственн{A} наград"),
    ("submarine forces", "подводные силы", rf"\bподводн{A} сил"),
    ("army corps", "армейский корпус", rf"\bармейск{A} корпус"),
    ("air defence", "ПВО", r"\bпво\b"),
    ("naval base", "военно-морская база", rf"\bвоенно-морск{A} баз"),
    ("staff", "штаб", r"\bштаб"),
    ("military equipment", "военная техника", rf"\bвоенн{A} техник"),
    ("combat vehicles", "боевые машины", rf"\bбоев{A} машин"),
    ("main battle tanks", "основные боевые танки", rf"\bосновн{A} боев{A} танк"),
    ("infantry vehicles", "боевые машины пехоты", rf"\bбоев{A} машин{A} пехоты"),
    ("combat module", "боевой модуль", rf"\bбоев{A} модул"),
    ("under the Russian flag", "под российским флагом", r"\bпод российским флагом"),
    # sanctions, economy, finance
    ("sanctions", "санкции", r"\bсанкци"),
    ("anti-Russia sanctions", "антироссийские санкции", rf"\bантироссийск{A} санкци"),
    ("embargo", "эмбарго", r"\bэмбарго\b"),
    ("ban", "запрет", r"\bзапрет(?:а|у|ом|е|ы|ов)?\b"),
    ("ceiling price", "потолок цен", r"\bпотол(?:ок|ка|ку|ком|ке)\b"),
    ("unfriendly countries", "недружественные страны", rf"\bнедружественн{A} стран"),
    ("oil products", "нефтепродукты", r"\bнефтепродукт"),
    ("shipping deliveries", "морские поставки", rf"\bморск{A} поставк"),
    ("GDP", "ВВП", r"\bввп\b"),
    ("gross domestic product", "внутренний валовой продукт", rf"\bвнутренн{A} валов{A} продукт"),
    ("inflation", "инфляция", r"\bинфляци"),
    ("public debt", "государственный долг", rf"\bгосударственн{A} долг"),
    ("subsidy", "субсидия", r"\bсубсиди"),
    ("economic recovery", "экономическое восстановление", rf"\bэкономическ{A} восстановлени"),
    ("digital transformation", "цифровая трансформация", rf"\bцифров{A} трансформаци"),
    ("e-commerce", "электронная коммерция", rf"\bэлектронн{A} коммерци"),
    ("supply chains", "цепочки поставок", rf"\bцепоч{A} поставок"),
    ("remote work", "удаленная работа", rf"\bудаленн{A} работ"),
    ("trade in goods", "торговля товарами", rf"\bторговл{A} товарами"),
    ("car industry", "автопром", r"\bавтопром"),
    ("backlash", "шквал критики", rf"\bшквал{A} критики"),
    ("SMBs", "субъекты МСБ", rf"\bсубъект{A} мсб\b", r"SMBs?"),
    ("small and medium-sized businesses", "малый и средний бизнес", rf"\bмал{A} и средн{A} бизнес",
     r"[Ss]mall and [Mm]edium-[Ss]ized [Bb]usinesses"),
    ("loan extensions", "отсрочка платежей по займам", rf"\bотсрочк{A} платежей по займам", r"loan extensions?"),
    ("loan extensions", "отсрочка по кредитным платежам", rf"\bотсрочк{A} по кредитным платежам", r"loan extensions?"),
    ("extension", "отсрочка", r"\bотсрочк", r"extensions?"),
    ("borrower", "заемщик", r"\bзаемщик", r"borrowers?"),
    ("lender", "кредитор", r"\bкредитор"),
    ("second-tier banks", "банки второго уровня", rf"\bбанк{A} второго уровня"),
    ("MFOs", "МФО", r"\bмфо\b"),
    ("microfinance activities", "микрофинансовая деятельность", rf"\bмикрофинансов{A} деятельност"),
    ("individual entrepreneurs", "ИП", r"\bип\b"),
    ("deputy's request", "депутатский запрос", rf"\bдепутатск{A} запрос"),
    ("regulator", "регулятор", r"\bрегулятор"),
    ("mutual fund", "ПИФ", r"\bпиф\b", r"mutual funds?"),
    ("closed-end mutual fund", "закрытый ПИФ", rf"\bзакрыт{A} пиф\b", r"closed-end mutual funds?"),
    ("closed-end mutual fund", "закрытый паевой инвестиционный фонд", rf"\bзакрыт{A} паев{A} инвестиционн{A} фонд",
     r"closed-end mutual funds?"),
    ("retail mutual funds", "розничные ПИФ", rf"\bрозничн{A} пиф\b"),
    ("management company", "управляющая компания", rf"\bуправляющ{A} компани"),
    ("blocked securities", "заблокированные бумаги", rf"\bзаблокированн{A} бумаг"),
    ("shareholders", "пайщики", r"\bпайщик", r"shareholders?"),
    ("investment shares", "инвестиционные паи", rf"\bинвестиционн{A} па(?:и|ев|ям|ями|ях)\b", r"investment shares?"),
]

PHRASE = [
    ("step down", "подать в отставку", rf"\bпода{A} в отставку", r"step(?:s|ped|ping)? down"),
    ("hold on suspicion of", "задержать по подозрению в", rf"\bзадерж{A} по подозрению в",
     r"(?:hold|holds|held|holding) on suspicion of"),
    ("on an especially large scale", "в особо крупных размерах", rf"\bв особо крупн{A} размер",
     r"of (?:an )?especially large scale"),
    ("discipline", "подвергнуть дисциплинарному наказанию", rf"\bподверг{A}(?: \w+)? дисциплинарн{A} наказани",
     r"disciplin(?:e|es|ed|ing)"),
    ("quash a sentence", "отменить наказание", rf"\bотмен{A} наказани", r"quash(?:es|ed|ing)?(?: \w+)? sentence"),
    ("restore rights", "восстановить в правах", rf"\bвосстанов{A}(?: \w+)? в (?:\w+ )?правах",
     r"restor(?:e|es|ed|ing)(?: \w+){0,2} rights"),
    ("deny entry", "запретить заход", r"\bзапре\w+ (?:вход|заход)",
     r"(?:deny|denies|denied|refused?)(?: [\w-]+){0,5} entry"),
    ("introduce restrictions", "ввести ограничения", r"\bвв\w+ ограничени", r"introduc(?:e|es|ed|ing) restrictions"),
    ("in monetary terms", "в денежном выражении", r"\bв денежном(?: выражении)?\b", r"in (?:\w+ ){0,3}monetary terms"),
    ("in terms of quantity", "в количественном выражении", r"\bв количественном выражении",
     r"in terms of quantity|in (?:both )?quantitative(?: and \w+)? terms"),
    ("in the long term", "в долгосрочной перспективе", r"\bв долгосрочной перспективе"),
    ("be in the red", "быть в минусе", r"\bв минусе", r"(?:be|is|are|was|were) (?:\w+ )?in the red"),
    ("allegedly", "по неофициальной информации", r"\bпо неофициальной информации"),
    ("land a deal", "заключить договор", rf"\bзаключ{A} договор", r"land(?:s|ed|ing)? a deal|deal we land"),
    ("land a deal", "договориться", r"\bдоговор(?:иться|ились|ятся|ится|ился|илась)\b", r"land(?:s|ed|ing)? a deal"),
    ("reshore", "вернуть производство на родину", r"\bверн\w*(?: \w+){0,3} на родину", r"reshor(?:e|es|ed|ing)"),
    ("agree to terms", "договориться об условиях", rf"\bдоговор{A} об условиях",
     r"agree(?:s|d)? to terms|agreeing to terms"),
]

TITLE = [
    ("deputy mayor", "вице-мэр", r"\bвице-мэр", r"deputy mayors?"),
    ("deputy mayor", "заместитель мэра", rf"\bзаместител{A} мэра", r"deputy mayors?"),
    ("press secretary", "пресс-секретарь", r"\bпресс-секретар"),
    ("sworn attorney", "присяжный адвокат", rf"\bприсяжн{A} адвокат"),
    ("prosecutor", "прокурор", r"\bпрокурор(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"prosecutor(?!'s [Oo]ffice)"),
    ("prosecutor for special cases", "прокурор по особым делам", rf"\bпрокурор{A} по особым делам"),
    ("President", "президент", r"\bпрезидент", r"[Pp]residents?"),
    ("Prime Minister", "премьер-министр", r"\bпремьер-министр", r"[Pp]rime [Mm]inisters?"),
    ("Prime Minister", "премьер", r"\bпремьер(?:а|у|ом|е|ы|ов)?\b(?!-)"),
    ("PM", "премьер-министр", r"\bпремьер-министр", r"PM"),
    ("First Deputy Prime Minister", "первый заместитель премьер-министра",
     rf"\bперв{A} заместител{A} премьер-министра"),
    ("Deputy Prime Minister", "зампремьера", r"\bзампремьер"),
    ("Head of State", "глава государства", rf"\bглав{A} государства"),
    ("Chairman", "председатель", r"\bпредседател"),
    ("Chief Minister", "главный министр", rf"\bглавн{A} министр", r"[Cc]hief [Mm]inister"),
    ("MLA", "член Законодательного собрания", rf"\bчлен{A} законодательного собрания"),
    ("ombudsman", "омбудсмен", r"\bомбудсмен"),
    ("corrections officers", "сотрудники пенитенциарной службы", rf"\bсотрудник{A} пенитенциарн{A} служб"),
    ("Northern Fleet Commander", "командующий Северным флотом", rf"\bкомандующ{A} северным флотом"),
    ("Vice-Admiral", "вице-адмирал", r"\bвице-адмирал"),
    ("rear admiral", "контр-адмирал", r"\bконтр-адмирал"),
    ("Hero of Russia", "Герой России", rf"\bгеро{A} россии"),
    ("deputy head", "замглавы", r"\bзамглавы"),
    ("general director", "гендиректор", r"\bгендиректор"),
    ("CEO", "генеральный директор", rf"\bгенеральн{A} директор"),
    ("Sgt.", "сержант", r"\bсержант", r"Sgt\."),
]

ORGANISATION = [
    # Estonia
    ("prosecutor's office", "прокуратура", r"\bпрокуратур"),
    ("Louna District Prosecutor's Office", "Лыунаская окружная прокуратура", rf"\bлыунаск{A} окружн{A} прокуратур"),
    ("State Court", "Государственный суд", rf"\bгосударственн{A} суд"),
    ("State Court", "Госсуд", r"\bгоссуд"),
    ("security police", "Полиция безопасности", rf"\bполици{A} безопасности", r"[Ss]ecurity [Pp]olice"),
    ("city council", "городская управа", rf"\bгородск{A} управ"),
    ("Center Party", "Центристская партия", rf"\bцентристск{A} парти"),
    ("European Court of Human Rights", "Европейский суд по правам человека", rf"\bевропейск{A} суд{A} по правам человека"),
    # Russian armed forces and state bodies
    ("Navy", "ВМФ", r"\bвмф\b"),
    ("Navy", "Военно-морской флот", rf"\bвоенно-морско{A} флот"),
    ("Russian Navy", "Военно-морской флот России", rf"\bвоенно-морско{A} флот{A} россии"),
    ("Northern Fleet", "Северный флот", rf"\bсеверн{A} флот"),
    ("Ministry of Defence", "Министерство обороны", rf"\bминистерств{A} обороны"),
    ("air force", "ВВС", r"\bввс\b"),
    ("White Sea naval base", "Беломорская военно-морская база", rf"\bбеломорск{A} военно-морск{A} баз"),
    ("Russian Knights", "Русские витязи", rf"\bрусск{A} витяз"),
    ("Russian Federal Service for Hydrometeorology and Environmental Monitoring", "Росгидромет", r"\bросгидромет"),
    ("Federal Antimonopoly Service", "ФАС", r"\bфас\b"),
    ("Bank of Russia", "Банк России", rf"\bбанк{A} россии"),
    ("traffic police", "УГИБДД", r"\bугибдд"),
    ("RS-Balt JSC", "АО РС-Балт", r"\bао \W?рс-балт"),
    # sport
    ("RPL", "РПЛ", r"\bрпл\b"),
    ("Russian Premier League", "Российская премьер-лига", rf"\bроссийск{A} премьер-лиг"),
    ("Russian Football Union", "Российский футбольный союз", rf"\bроссийск{A} футбольн{A} союз"),
    ("RFU", "РФС", r"\bрфс\b"),
    ("UEFA", "УЕФА", r"\bуефа\b"),
    ("FIFA", "ФИФА", r"\bфифа\b"),
    ("Zenit", "Зенит", r"\bзенит"),
    ("Khimki", "Химки", r"\bхимки\b"),
    ("Los Angeles Chargers", "Лос-Анджелес Чарджерс", r"\bлос-анджелес чарджерс"),
    ("Chargers", "Чарджерс", r"\bчарджерс"),
    ("Ducks", "Утки", r"\bут(?:ки|ок|кам|ками|ках)\b"),
    # Kazakhstan
    ("Kazinform", "Казинформ", r"\bказинформ"),
    ("Agency for Regulation and Development of the Financial Market of the Republic of Kazakhstan",
     "Агентство Республики Казахстан по регулированию и развитию финансового рынка",
     rf"\bагентств{A} республики казахстан по регулированию и развитию финансового рынка"),
    ("police department", "департамент полиции", rf"\bдепартамент{A} полиции"),
    # Israel, economy
    ("Ministry of Health", "Министерство здравоохранения", rf"\bминистерств{A} здравоохранения"),
    ("cabinet", "кабинет министров", rf"\bкабинет{A} министров"),
    ("Shanghai Cooperation Organization", "Шанхайская организация сотрудничества",
     rf"\bшанхайск{A} организаци{A} сотрудничества"),
    ("NAPI", "НАПИ", r"\bнапи\b"),
    ("Association of European Business", "Ассоциация европейского бизнеса", rf"\bассоциаци{A} европейского бизнеса"),
    ("AvtoVAZ", "АвтоВАЗ", r"\bавтоваз"),
    ("UAZ", "УАЗ", r"\bуаз\b"),
    ("VTB Capital", "ВТБ Капитал", r"\bвтб капитал"),
    ("KamAZ", "КамАЗ", r"\bкамаз"),
    # Spain and the EU
    ("Ministry of Transport", "министерство транспорта", rf"\bминистерств{A} транспорта"),
    ("Ministry of Transport", "минтранс", r"\bминтранс"),
    ("Ministry of Transport, Mobility and Urban Development", "Министерство транспорта, мобильности и городского развития",
     rf"\bминистерств{A} транспорта, мобильности и городского развития"),
    ("Tarragona Maritime Command", "Морское командование Таррагоны", rf"\bморск{A} командовани{A} таррагоны"),
    ("General Directorate of the Merchant Marine", "Главное управление торгового флота",
     rf"\bглавн{A} управлени{A} торгового флота"),
    ("European Union", "Евросоюз", r"\bевросоюз"),
    ("EU", "ЕС", r"\bес\b"),
    # India, UK, US
    ("Congress", "Конгресс", r"\bконгресс"),
    ("BJP", "БДП", r"\bбдп\b"),
    ("Indore Press Club", "Пресс-клуб Индаура", rf"\bпресс-клуб{A} индаура"),
    ("Labour Party", "Лейбористская партия", rf"\bлейбористск{A} парти", r"Labour(?: Party)?"),
    ("Pierce County Sheriff's Department", "отделение шерифа округа Пирс", rf"\bотделени{A} шерифа округа пирс"),
    ("National Weather Service", "Национальная метеорологическая служба",
     rf"\bнациональн{A} метеорологическ{A} служб"),
]

NAME = [
    # Estonia: the Semilarski case
    ("Tartu", "Тарту", r"\bтарту\b"),
    ("Estonia", "Эстонская Республика", rf"\bэстонск{A} республик"),
    ("Valvo Semilarski", "Валво Семиларски", r"\bвалво семиларски"),
    ("Semilarski", "Семиларски", r"\bсемиларски"),
    ("Annett Kreitsmann", "Анетт Крейтсманн", r"\bанетт крейтсманн"),
    ("Oliver Naas", "Оливер Няэс", rf"\bоливер{A} няэс"),
    ("Naas", "Няэс", r"\bняэс"),
    ("Margus Gross", "Маргус Гросс", rf"\bмаргус{A} гросс"),
    ("Gross", "Гросс", r"\bгросс(?:а|у|ом|е)?\b", r"Gross"),
    ("Artjom Suvorov", "Артем Суворов", rf"\bартем{A} суворов"),
    ("Suvorov", "Суворов", r"\bсуворов"),
    # Russia: navy, parades, places, persons
    ("Russia", "Россия", r"\bросси(?:я|и|ю|ей)\b"),
    ("Russia", "РФ", r"\bрф\b"),
    ("Russians", "россияне", r"\bроссиян"),
    ("Vladimir Putin", "Владимир Путин", rf"\bвладимир{A} путин"),
    ("Putin", "Путин", r"\bпутин"),
    ("Navy Day", "День ВМФ", r"\bд(?:ень|ня|нем|ню|не) вмф\b"),
    ("Navy Day", "День Военно-морского флота", r"\bд(?:ень|ня|нем|ню|не) военно-морского флота"),
    ("Main Naval Parade", "Главный военно-морской парад", rf"\bглавн{A} военно-морск{A} парад"),
    ("St. Andrew’s flag", "Андреевский флаг", rf"\bандреевск{A} флаг", r"St\. Andrew’s flag"),
    ("Gulf of Finland", "Финский залив", rf"\bфинск{A} залив"),
    ("Vladivostok", "Владивосток", r"\bвладивосток"),
    ("Alexandr Moiseev", "Александр Моисеев", rf"\bалександр{A} моисеев"),
    ("Sergey Grishko", "Сергей Гришко", rf"\bсерге{A} гришко"),
    ("Moscow", "Москва", r"\bмоскв(?:а|ы|е|у|ой)\b"),
    ("Anatoly Tsygankov", "Анатолий Цыганков", rf"\bанатоли{A} цыганков"),
    ("St. Petersburg", "Санкт-Петербург", r"\bсанкт-петербург"),
    ("Victory Day", "День Победы", r"\bд(?:ень|ня|нем|ню|не) победы"),
    ("Victory Day parade", "парад Победы", rf"\bпарад{A} победы"),
    ("Victory", "Победа", r"\bпобед(?:а|ы|е|у|ой)\b", r"Victory"),
    ("Sovetsk", "Советск", r"\bсоветск\b"),
    ("Admiralty Embankment", "Адмиралтейская набережная", rf"\bадмиралтейск{A} набережн"),
    ("Red Square", "Красная площадь", rf"\bкрасн{A} площад"),
    ("T-90M", "Т-90М", r"т-90м"),
    ("T-80BVM", "Т-80БВМ", r"т-80бвм"),
    ("BMP-2M", "БМП-2М", r"\bбмп-2м"),
    ("Berezhok", "Бережок", r"\bбережок"),
    ("Alexander Dyukov", "Александр Дюков", rf"\bалександр{A} дюков"),
    ("Dyukov", "Дюков", r"\bдюков"),
    ("Russian Cup", "Кубок России", rf"\bкуб{A} россии"),
    ("Tatyana Arabadzhi", "Татьяна Арабаджи", rf"\bтатьян{A} арабаджи"),
    ("Vladimir Bespalov", "Владимир Беспалов", rf"\bвладимир{A} беспалов"),
    ("Bespalov", "Беспалов", r"\bбеспалов"),
    ("Sergey Burgazliev", "Сергей Бургазлиев", rf"\bсерге{A} бургазлиев"),
    ("Burgazliev", "Бургазлиев", r"\bбургазлиев"),
    ("Ryazan region", "Рязанская область", rf"\bрязанск{A} област"),
    ("R-22 motorway", "автодорога Р-22", rf"\bавтодорог{A} р-22"),
    ("Mikhailovsky district", "Михайловский район", rf"\bмихайловск{A} район"),
    ("Azerbaijan", "Азербайджан", r"\bазербайджан(?:а|у|ом|е)?\b"),
    ("Turkey", "Турция", r"\bтурци(?:я|и|ю|ей)\b"),
    # Kazakhstan
    ("Alikhan Smailov", "Алихан Смаилов", rf"\bалихан{A} смаилов"),
    ("A. Smailov", "А. Смаилов", r"\bа\. смаилов"),
    ("Republic of Kazakhstan", "Республика Казахстан", rf"\bреспублик{A} казахстан"),
    ("Astana", "Астана", r"\bастан(?:а|ы|е|у|ой)\b"),
    # Israel, Georgia
    ("Israel", "Израиль", r"\bизраил(?:ь|я|ю|ем|е)\b"),
    ("Israelis", "израильтяне", r"\bизраильтян"),
    ("Jewish State", "еврейское государство", rf"\bеврейск{A} государств"),
    ("Naftali Bennett", "Нафтали Беннет", r"\bнафтали беннет"),
    ("Bennett", "Беннет", r"\bбеннет"),
    ("Mikheil Saakashvili", "Михаил Саакашвили", rf"\bмихаил{A} саакашвили"),
    ("Saakashvili", "Саакашвили", r"\bсаакашвили"),
    ("Georgia", "Грузия", r"\bгрузи(?:я|и|ю|ей)\b"),
    ("Otar Toidze", "Отар Тоидзе", r"\bотар тоидзе"),
    ("Toidze", "Тоидзе", r"\bтоидзе"),
    # Spain and the EU
    ("Tarragona", "Таррагона", r"\bтаррагон(?:а|ы|е|у|ой)\b"),
    ("Nobel", "Нобель", r"\bнобель"),
    ("Singapore", "Сингапур", r"\bсингапур(?:а|у|ом|е)?\b"),
    ("Barcelona", "Барселона", r"\bбарселон(?:а|ы|е|у|ой)\b"),
    ("USA", "США", r"\bсша\b"),
    ("UK", "Великобритания", r"\bвеликобритани"),
    ("UK", "Британия", r"\bбритани(?:я|и|ю|ей)\b"),
    # India
    ("Indore", "Индаур", r"\bиндаур"),
    ("Paras Raykar", "Парас Райкар", rf"\bпарас{A} райкар"),
    ("Rahul Gandhi", "Рахул Ганди", rf"\bрахул{A} ганди"),
    ("Delhi", "Дели", r"\bдели\b"),
    ("Arvind Kejriwal", "Арвинд Кеджривал", rf"\bарвинд{A} кеджривал"),
    ("Digvijaya Singh", "Дигвиджайа Сингх", r"\bдигвиджайа сингх"),
    ("Ramesh Mendola", "Рамеш Мендола", r"\bрамеш мендола"),
    ("Pradhan Mantri Awas Yojana", "Прадхан Мантри Аваас Йоджана", r"\bпрадхан мантри аваас йоджана"),
    ("Jyothiraditya Scindia", "Джйотирадитья Сциндиа", r"\bджйотирадитья сциндиа"),
    ("Madhya Pradesh", "Мадхья-Прадеш", r"\bмадхья-прадеш"),
    ("Shivraj Singh Chouhan", "Шиврадж Сингх Чохан", rf"\bшиврадж{A} сингх{A} чохан"),
    ("Mr Chouhan", "Чохан", r"\bчохан"),
    ("India", "Индия", r"\bинди(?:я|и|ю|ей)\b"),
    ("United States", "США", r"\bсша\b"),
    ("Brazil", "Бразилия", r"\bбразили(?:я|и|ю|ей)\b"),
    ("9/11", "11 сентября", r"\b11 сентября", r"9/11"),
    # UK
    ("Tony Blair", "Тони Блэр", r"\bтони блэр"),
    ("Mr Blair", "господин Блэр", rf"\bгосподин{A} блэр"),
    ("Brexit", "Брекзит", r"\bбрекзит"),
    ("Sophy Ridge", "Софи Ридж", r"\bсофи ридж"),
    ("Europe", "Европа", r"\bевроп(?:а|ы|е|у|ой)\b"),
    # United States: American football, Washington state
    ("Herbert", "Герберт", r"\bгерберт"),
    ("Justin Herbert", "Джастин Герберт", rf"\bджастин{A} герберт"),
    ("Costa Mesa", "Коста-Меса", r"\bкоста-меса", r"COSTA MESA|Costa Mesa"),
    ("Calif.", "Калифорния", r"\bкалифорни", r"Calif\."),
    ("Los Angeles", "Лос-Анджелес", r"\bлос-анджелес"),
    ("Joe Reed", "Джо Рид", r"\bджо рид"),
    ("KJ Hill", "Кей Джей Хилл", r"\bкей джей хилл"),
    ("Alohi Gilman", "Алохи Гилман", r"\bалохи гилман"),
    ("Kenneth Murray Jr.", "Кеннет Мюррей Мл.", rf"\bкеннет{A} мюрре{A} мл\.", r"Kenneth Murray Jr\."),
    ("Murray", "Мюррей", r"\bмюрре"),
    ("Joshua Kelley", "Джошуа Келли", r"\bджошуа келли"),
    ("Tyrod Taylor", "Тайрод Тейлор", rf"\bтайрод{A} тейлор"),
    ("Philip Rivers", "Филип Риверс", rf"\bфилип{A} риверс"),
    ("Oregon", "Орегон", r"\bорегон"),
    ("Wisconsin", "Висконсин", r"\bвисконсин"),
    ("Rose Bowl", "Роуз Боул", r"\bроуз боул"),
    ("New England", "Нью-Инглэнд", r"\bнью-инглэнд"),
    ("Washington state", "штат Вашингтон", rf"\bштат{A} вашингтон"),
    ("Crystal Mountain", "гора Кристал", rf"\bгор{A} кристал"),
    ("Seattle", "Сиэтл", r"\bсиэтл"),
    ("Pierce County", "округ Пирс", rf"\bокруг{A} пирс"),
    ("Darren Moss", "Даррен Мосс", rf"\bдаррен{A} мосс"),
    ("Mount Baker-Snoqualmie National Forest", "национальный заповедник Маунт Бейкер-Сноквалми",
     rf"\bнациональн{A} заповедни{A} маунт бейкер-сноквалми"),
    ("Frank DeBerry", "Фрэнк Деберри", r"\bфрэнк деберри"),
    ("DeBerry", "Деберри", r"\bдеберри"),
    ("Mt. Rainier", "гора Рейнир", rf"\bгор{A} рейнир", r"Mt\. Rainier"),
]

CATEGORIES = {"term": TERM, "phrase": PHRASE, "title": TITLE, "organisation": ORGANISATION, "name": NAME}


def select_documents():
    """The selected documents, in file order: not in the held-out subset, exactly N_KEYWORDS
    distinct keywords in the lower-cased json.dumps of the English side, and of those every
    STEP-th from index OFFSET."""
    return wmt_dev.select_documents(lambda n: n == N_KEYWORDS)[OFFSET::STEP]


def read_segments(paragraphs=False):
    """The held-out script's ``segments_of`` the selected documents (``benchmarks/terms.py`` reads them)."""
    return held_out.segments_of(select_documents(), paragraphs)


def main():
    wmt_dev.run(select_documents, CATEGORIES, OUT, OUT_CATEGORIES)


if __name__ == "__main__":
    main()
