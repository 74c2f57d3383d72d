#!/usr/bin/env python3
"""Count the third WMT development glossary on its aligned segments.

A DEVELOPMENT gold (tune on it; the held-out one is ../wmt_political/).  The glossary is the
lists below (English as attested, Russian canonical form, Russian regex, optional English
regex), one list per category, annotated under README.md (which defers to the held-out
guideline ../wmt_political/README.md) from the WMT news documents that this script selects,
never from tmtool's output or code.

Selection (README.md, "Text annotated"): every document of wmt_ru-en_gold_docs.jsonl and
wmt_en-ru_gold_docs.jsonl that is not in wmt_political_subset.jsonl (compared by (set,
doc_id)) and whose English, json.dumps(d["en"]).lower(), contains exactly 2 distinct
keywords of ../wmt_dev/'s KEYWORDS (the second development gold, ../wmt_dev/, takes the documents with
at least 3, so the two are disjoint).

freq is counted as ../wmt_dev/count_terms.py counts (its docstring: per aligned segment, by the
held-out script's machinery), on the documents read where they lie in the shared data.

Usage: python3 tests/data/wmt_dev2/count_terms.py [--write] [--paragraphs] [--where EN]
  prints the table; --write rewrites tests/data/wmt_dev2_glossary.tsv (en, ru, freq)
  and tests/data/wmt_dev2_glossary.categories.tsv (en, ru, category);
  --paragraphs counts per paragraph en[i] instead (for comparison, never written);
  --where EN lists the segments where the entries with that English term match;
  --documents lists the selected documents with their segment counts.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "wmt_dev2_glossary.tsv")
OUT_CATEGORIES = os.path.join(HERE, "..", "wmt_dev2_glossary.categories.tsv")

# The second development gold's counter, loaded by path (it shares this file's name, so a plain
# import would find this file): its keyword list, its selection of the WMT documents outside the
# held-out subset, and the held-out gold's counter it loads (held_out; its sample is the sample
# corpus's counter).
_spec = importlib.util.spec_from_file_location("wmt_dev_count_terms", os.path.join(HERE, "..", "wmt_dev", "count_terms.py"))
wmt_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wmt_dev)
held_out = wmt_dev.held_out
sample = held_out.sample

# The fixed selection rule: exactly N_KEYWORDS distinct keywords of wmt_dev.KEYWORDS.
N_KEYWORDS = 2

A = held_out.A  # any inflectional ending
Q = held_out.Q  # optional quotation mark: names in quotes are written both ways

# (English as attested, Russian canonical form, Russian regex[, English regex])
# An English regex is given only where the default (the term as written, first letter's
# case free) would miss attested forms (the other number, case, spelling, verb forms) or
# would match where it must not (a longer name, an adjective).
TERM = [
    # military and security
    ("the military", "военные", r"\bвоенн(?:ые|ых|ым|ыми)\b", r"the military(?! [a-z])"),
    ("military personnel", "военнослужащие", rf"\bвоеннослужащ{A}"),
    ("military personnel", "военные", r"\bвоенн(?:ые|ых|ым|ыми)\b"),
    ("submarines", "подводные лодки", rf"\bподводн{A} лодк{A}"),
    ("naval aviation", "морская авиация", rf"\bморск{A} авиаци{A}"),
    ("combat ships", "боевые корабли", rf"\bбоев{A} корабл{A}"),
    ("combat capabilities", "боевые возможности", rf"\bбоев{A} возможност{A}"),
    ("naval parades", "военно-морские парады", rf"\bвоенно-морск{A} парад{A}", r"naval parades?"),
    ("hypersonic strike systems", "гиперзвуковые ударные комплексы", rf"\bгиперзвуков{A} ударн{A} комплекс{A}"),
    ("hypersonic strike complexes", "гиперзвуковые ударные комплексы", rf"\bгиперзвуков{A} ударн{A} комплекс{A}"),
    ("pilotless submersible vessels", "беспилотные подводные аппараты", rf"\bбеспилотн{A} подводн{A} аппарат{A}"),
    ("defensive systems", "средства обороны", rf"\bсредств{A} обороны"),
    ("high-precision guns", "высокоточное оружие", rf"\bвысокоточн{A} оружи{A}"),
    ("strategic submarine cruisers", "стратегические подводные крейсеры", rf"\bстратегическ{A} подводн{A} крейсер{A}"),
    ("multi-role submarines", "многоцелевые подводные лодки", rf"\bмногоцелев{A} подводн{A} лодк{A}"),
    ("naval mariners", "военные моряки", rf"\bвоенн{A} моряк{A}"),
    # conflict, ceasefire, peace
    ("line of demarcation", "линия разграничения", rf"\bлини{A} разграничения"),
    ("sides", "стороны", r"\bсторон(?:ы|ам|ами|ах)?\b"),
    ("additional measures", "допмеры", rf"\bдопмер{A}"),
    ("additional measures", "дополнительные меры", rf"\bдополнительн{A} мер{A}"),
    ("resolution of the conflict", "урегулирование конфликта", rf"\bурегулировани{A} конфликт{A}",
     r"resolution of the (?:\w+ )?conflict"),
    ("reconciliation", "примирение", rf"\bпримирени{A}"),
    ("ceasefire", "перемирие", rf"\bперемири{A}"),
    ("ceasefire", "прекращение огня", rf"\bпрекращени{A} огня"),
    ("populated areas", "населенные пункты", rf"\bнаселенн{A} пункт{A}"),
    ("audience", "аудиенция", rf"\bаудиенци{A}"),
    # state administration, law, procurement
    ("states", "штаты", r"\bштат(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"states?"),
    ("federal highways", "федеральные дороги", rf"\bфедеральн{A} дорог{A}"),
    ("roads of federal significance", "автомобильные дороги федерального значения",
     rf"\bавтомобильн{A} дорог{A} федерального значения"),
    ("border crossing point", "пункт пропуска", rf"\bпункт{A} пропуска"),
    ("forbidden donations", "запрещенное пожертвование", rf"\bзапрещенн{A} пожертвовани{A}"),
    ("public procurement", "госзакупки", rf"\bгосзакуп{A}"),
    ("public procurement", "закупки", r"\bзакуп(?:ки|ок|кам|ками|ках|ка|ке|ку|кой)\b"),
    ("procurement participants", "участники закупки", rf"\bучастник{A} закупки",
     r"(?:procurement|purchase) participants"),
    ("plenary sitting", "пленарное заседание", rf"\bпленарн{A} заседани{A}"),
    ("autumn session", "осенняя сессия", rf"\bосенн{A} сесси{A}"),
    ("second reading", "второе чтение", rf"\bвтор{A} чтени{A}"),
    ("draft law", "законопроект", rf"\bзаконопроект{A}"),
    ("draft law", "проект закона", rf"\bпроект{A} закона"),
    ("small and medium-sized businesses", "малый и средний бизнес", rf"\bмал{A} и средн{A} бизнес{A}"),
    ("small and medium-sized enterprises", "малое и среднее предпринимательство",
     rf"\bмал{A} и средн{A} предпринимательств{A}", r"small (?:and|or) medium-sized enterprises"),
    ("amendments", "поправки", rf"\bпоправк{A}"),
    ("legal entities", "юридические лица", rf"\bюридическ{A} лиц{A}"),
    ("road map", "дорожная карта", rf"\bдорожн{A} карт{A}"),
    ("ordering party", "заказчик", rf"\bзаказчик{A}", r"ordering part(?:y|ies)"),
    ("procurement documentation", "документация о закупке", rf"\bдокументаци{A} о закупке"),
    ("authorized bodies", "уполномоченные органы", rf"\bуполномоченн{A} орган{A}"),
    ("explanatory note", "пояснительная записка", rf"\bпояснительн{A} записк{A}"),
    ("application to participate", "заявка на участие", rf"\bзаявк{A} на участие",
     r"applications? to participate|procurement participation applications?"),
    ("exhaustive list", "исчерпывающий перечень", rf"\bисчерпывающ{A} перечн{A}|\bисчерпывающ{A} перечень"),
    # social policy, protests, rights
    ("human rights campaigner", "правозащитник", rf"\bправозащитник{A}"),
    ("unemployment benefit payments", "выплаты по безработице", rf"\bвыплат{A} по безработице"),
    ("protests", "протесты", r"\bпротест(?:ы|ов|ам|ами|ах)?\b"),
    ("protests", "акции протеста", rf"\bакци{A} протеста"),
    ("racial inequality", "расовая несправедливость", rf"\bрасов{A} несправедливост{A}"),
    ("flashbang grenades", "светошумовые гранаты", rf"\bсветошумов{A} гранат{A}"),
    ("tear gas", "слезоточивый газ", rf"\bслезоточив{A} газ{A}"),
    ("demonstrations", "демонстрации", rf"\bдемонстраци{A}"),
    # environment, climate and energy policy
    ("solid waste landfill sites", "полигоны твердых бытовых отходов", rf"\bполигон{A} твердых бытовых отходов",
     r"solid waste landfill sites?"),
    ("landfill", "полигон", r"\bполигон(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", r"landfills?(?: sites?)?"),
    ("reclamation", "рекультивация", rf"\bрекультиваци{A}"),
    ("waste processing facility", "мусороперерабатывающий комплекс", rf"\bмусороперерабатывающ{A} комплекс{A}",
     r"(?:waste|garbage) processing facilit(?:y|ies)"),
    ("renewable energy sources", "возобновляемые источники энергии", rf"\bвозобновляем{A} источник{A} энергии",
     r"renewable energy(?: sources?)?"),
    ("climate change", "изменение климата", rf"\bизменени{A} климата"),
    ("climate change", "климатические изменения", rf"\bклиматическ{A} изменени{A}"),
    ("carbon footprint", "углеводородный след", rf"\bуглеводородн{A} след{A}"),
    ("carbon footprint", "карбоновый след", rf"\bкарбонов{A} след{A}"),
    ("emission footprint", "эмиссионный след", rf"\bэмиссионн{A} след{A}"),
    ("greenhouse gas emissions", "эмиссии парниковых газов", rf"\bэмисси{A} парниковых газов"),
    ("greenhouse gases", "парниковые газы", rf"\bпарников{A} газ{A}", r"greenhouse gas(?:es)?"),
    # politics, religion, history
    ("Leninists", "ленинцы", rf"\bленинц{A}"),
    ("nomenklatura", "номенклатура", rf"\bноменклатур{A}"),
    ("official", "чиновник", rf"\bчиновник{A}"),
    ("referendum", "референдум", rf"\bреферендум{A}"),
    ("general election", "всеобщие выборы", rf"\bвсеобщ{A} выбор{A}"),
    ("survey", "опрос", rf"\bопрос{A}"),
    ("respondents", "респонденты", rf"\bреспондент{A}"),
    ("political parties", "политические партии", rf"\bполитическ{A} парти{A}"),
    ("nationalist organisations", "националистские организации", rf"\bнационалистск{A} организаци{A}"),
    ("Parliament", "парламент", r"\bпарламент(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    ("stir", "протесты", r"\bпротест(?:ы|ов|ам|ами|ах)\b", r"stirs?"),
    # cultural heritage, smuggling
    ("illegally exported", "незаконно вывезенный", r"\bнезаконно вывез\w*"),
    ("smuggled", "контрабандный", rf"\bконтрабандн{A}"),
    ("cultural values", "культурные ценности", rf"\bкультурн{A} ценност{A}"),
    ("repatriation", "репатриация", rf"\bрепатриаци{A}"),
    ("Egyptian side", "египетская сторона", rf"\bегипетск{A} сторон{A}"),
    ("tomb raiders", "черные копатели", rf"\bчерн{A} копател{A}"),
    # economy, state support
    ("government support programs", "программы государственной поддержки", rf"\bпрограмм{A} государственной поддержки"),
    ("state support programs", "программы государственной поддержки", rf"\bпрограмм{A} государственной поддержки"),
    ("sanctions pressure", "санкционное давление", rf"\bсанкционн{A} давлени{A}"),
    ("domestic tourism", "внутренний туризм", rf"\bвнутренн{A} туризм{A}"),
    ("subsidizing", "субсидирование", rf"\bсубсидировани{A}", r"subsidi[sz]ing|subsidi[sz]ed"),
    ("stimulus bill", "законопроект по стимулированию экономики", rf"\bзаконопроект{A} по стимулированию экономики"),
    ("stimulus package", "пакет мер по стимулированию экономики", rf"\bпакет{A} мер по стимулированию экономики"),
    ("relief package", "пакет антикризисных мер", rf"\bпакет{A} анти-?кризисных мер"),
    ("moratorium on evictions", "мораторий на выселение", rf"\bмораторий{A} на выселение|\bморатори{A} на выселение"),
    ("payroll tax cut", "снижение налогов на заработную плату",
     rf"\bсниж{A} налог{A} на заработную плату|\bсниз{A} налог{A} на заработную плату", r"payroll tax cuts?"),
    ("unemployment benefits", "пособие по безработице", rf"\bпособи{A} по безработице"),
    # India, Pakistan, security
    ("friendly relations", "дружеские отношения", rf"\bдружеск{A} отношени{A}"),
    ("cordial relations", "теплые отношения", rf"\bтепл{A} отношени{A}"),
    ("radio address", "радиообращение", rf"\bрадиообращени{A}"),
    ("internal unrest", "внутренние беспорядки", rf"\bвнутренн{A} беспорядк{A}"),
    ("morale", "боевой дух", rf"\bбоев{A} дух{A}"),
    ("terror strikes", "террористические атаки", rf"\bтеррористическ{A} атак{A}"),
    ("terror camps", "террористические лагеря", rf"\bтеррористическ{A} лагер{A}"),
    ("terror", "террор", r"\bтеррор(?:а|у|ом|е)?\b"),
    ("talks", "переговоры", rf"\bпереговор{A}"),
    ("state of emergency", "чрезвычайное положение", rf"\bчрезвычайн{A} положени{A}"),
    ("emergency meeting", "экстренное совещание", rf"\bэкстренн{A} совещани{A}", r"emergency (?:politburo )?meeting"),
    ("state media", "государственные СМИ", r"\bгосударственн\w* сми\b"),
    ("state news agency", "государственное информационное агентство", rf"\bгосударственн{A} информационн{A} агентств{A}"),
    ("demarcation line", "демаркационная линия", rf"\bдемаркационн{A} лини{A}"),
    ("border closures", "закрытие границ", rf"\bзакрыти{A} границ"),
    ("food aid", "продовольственная помощь", rf"\bпродовольственн{A} помощ{A}"),
    ("military units", "воинские части", rf"\bвоинск{A} част{A}"),
    # trade and economic cooperation
    ("trade turnover", "торговый оборот", rf"\bторгов{A} оборот{A}"),
    ("Russian side", "российская сторона", rf"\bроссийск{A} сторон{A}"),
    ("plenary session", "пленарное заседание", rf"\bпленарн{A} заседани{A}"),
    ("economic cooperation", "экономическое сотрудничество", rf"\bэкономическ{A} сотрудничеств{A}"),
    ("petrochemical industry", "нефтехимическая промышленность", rf"\bнефтехимическ{A} промышленност{A}"),
    ("automotive industry", "автомобилестроение", rf"\bавтомобилестроени{A}"),
    ("mineral products", "полезные ископаемые", rf"\bполезн{A} ископаем{A}"),
    # cybersecurity
    ("high alert", "режим повышенной готовности", rf"\bрежим{A} повышенной готовности"),
    ("cybersecurity", "кибербезопасность", rf"\bкибербезопасност{A}"),
    ("cyber attacks", "кибератаки", rf"\bкибератак{A}", r"[Cc]yber[ -]?attacks?"),
    ("financial stability", "финансовая стабильность", rf"\bфинансов{A} стабильност{A}"),
    # UK politics
    ("headquarters", "штаб-квартира", rf"\bштаб-квартир{A}"),
]

PHRASE = [
    ("cease firing", "прекратить огонь", r"\bпрекра\w* (?:\w+ )?огонь|\bогонь\b.*\bпрекраща\w*",
     r"cease\w* fir(?:e|ing)"),
    ("take effect", "вступить в силу", r"\bвступ\w* в силу", r"t(?:ake|akes|ook|aken|aking) effect"),
    ("establish peace", "установить мир", r"\bустановлени\w* мира|\bустанов\w* мир\b", r"establish\w* peace"),
    ("make amendments to", "внести поправки в", r"\bпоправк\w* вно\w*|\bвн(?:ести|осить|ес|осит|осят|если)\w* поправк",
     r"mak\w* amendments to"),
    ("pass a law", "принять закон", r"\bприняти\w* закон|\bприн\w* закон|\bзакон\w* (?:был |была )?принят",
     r"law (?:was |has been )?passed|pass\w* (?:a |the )?law|law be passed"),
    ("apologize for", "принести извинения за", r"\bприн\w* извинени\w* за", r"apologi[sz]\w* for"),
    ("interfere in", "вмешаться в", r"\bвмеша\w* (?:\w+ )?в\b|\bвмешательств\w* (?:\w+ )?в\b", r"interfer\w* in"),
    ("decide", "принять решение", r"\bприн\w* решени", r"decid(?:e|es|ed|ing)"),
    ("pass a bill", "принять законопроект", r"\bприняти\w* законопроект|\bприн\w* законопроект", r"pass\w* (?:a |the )?bill"),
    ("backstab", "нанести удар в спину", r"\bнан\w* (?:\w+ )?«?удар в спину", r"backstab\w*"),
    ("improve relations", "наладить отношения", r"\bнала\w* (?:\w+ )?отношени", r"improv\w* relations"),
    ("pay tribute", "почтить память", r"\bпочт\w* память", r"pa(?:y|ys|id|ying) (?:\w+ )?tributes?"),
    ("illegally cross the border", "незаконно пересечь границу", r"\bнезаконно пересе\w* границу",
     r"illegally cross\w* the border"),
    ("take necessary measures", "принять необходимые меры", r"\bприн\w* необходимые меры",
     r"t(?:ake|akes|ook|aken|aking) (?:the )?necessary measures"),
    ("jail", "заключить под стражу", r"\bзаключ\w* (?:\w+ ){0,2}под стражу", r"jail(?:s|ed|ing)?"),
    ("break the rules", "нарушить правила", r"\bнаруш\w* (?:\w+ )?правил",
     r"br(?:eak|eaks|oke|oken|eaking) the rules|rules (?:were|was) broken"),
]

TITLE = [
    ("President", "президент", r"\bпрезидент(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
    ("Supreme Commander-in-Chief", "верховный главнокомандующий", rf"\bверховн{A} главнокомандующ{A}"),
    ("Pope", "Папа Римский", rf"\bпап{A} римск{A}"),
    ("pontiff", "понтифик", rf"\bпонтифик{A}"),
    ("General Secretary", "генеральный секретарь", rf"\bгенеральн{A} секретар{A}"),
    ("prime minister", "премьер-министр", rf"\bпремьер-министр{A}", r"[Pp]rime [Mm]inister"),
    ("Congressman", "конгрессмен", rf"\bконгрессмен{A}"),
    ("Treasury Secretary", "министр финансов", rf"\bминистр{A} финансов"),
    ("White House Chief of Staff", "глава аппарата Белого дома", rf"\bглав{A} аппарата белого дома"),
    ("Foreign Secretary", "министр иностранных дел", rf"\bминистр{A} иностранных дел", r"[Ff]oreign [Ss]ecretary"),
    ("deputy prime minister", "зампред правительства", rf"\bзампред{A} правительства"),
    ("minister of ecology and nature management", "министр экологии и природопользования",
     rf"\bминистр{A} экологии и природопользования"),
    ("general inspector", "главный инспектор", rf"\bглавн{A} инспектор{A}"),
    ("chief inspector", "главный инспектор", rf"\bглавн{A} инспектор{A}"),
    ("doctor of medicine", "доктор медицинских наук", rf"\bдоктор{A} медицинских наук"),
    ("honored scientist of Russia", "заслуженный деятель науки России", rf"\bзаслуженн{A} деятел{A} науки россии"),
    ("Minister of Health", "министр здравоохранения", rf"\bминистр{A} здравоохранения"),
    ("White House economic adviser", "экономический консультант Белого дома", rf"\bэкономическ{A} консультант{A} белого дома"),
    ("White House chief of staff", "глава аппарата Белого дома", rf"\bглав{A} аппарата белого дома",
     r"White House [Cc]hief of [Ss]taff"),
    ("PM", "премьер-министр", rf"\bпремьер-министр{A}"),
    ("defence minister", "министр обороны", rf"\bминистр{A} обороны", r"[Dd]efen[cs]e [Mm]inister"),
    ("junior minister", "младший министр", rf"\bмладш{A} министр{A}"),
    ("Chief of Defence Staff", "начальник штаба обороны", rf"\bначальник{A} штаба обороны"),
    ("General", "генерал", r"\bгенерал(?:а|у|ом|е|ы|ов)?\b"),
    ("Army Chief", "главнокомандующий армии", rf"\bглавнокомандующ{A} арми{A}"),
    ("Navy Chief", "начальник Военно-морского штаба", rf"\bначальник{A} военно-морского штаба"),
    ("Admiral", "адмирал", r"(?<![\w-])адмирал(?:а|у|ом|е|ы|ов)?\b"),
    ("President of the Republic", "президент республики", rf"\bпрезидент{A} республики"),
    ("Head of State", "глава государства", rf"\bглав{A} государства"),
    ("Foreign Trade Minister", "министр внешней торговли", rf"\bминистр{A} внешней торговли", r"[Ff]oreign [Tt]rade [Mm]inister"),
    ("First Vice President", "первый вице-президент", rf"\bперв{A} вице-президент{A}"),
    ("senior vice president", "старший вице-президент", rf"\bстарш{A} вице-президент{A}"),
    ("CEO", "исполнительный директор", rf"\bисполнительн{A} директор{A}"),
    ("chief security officer", "директор по безопасности", rf"\bдиректор{A} по безопасности"),
    ("MPs", "члены парламента", rf"\bчлен{A} парламента", r"MPs?"),
    ("adviser", "советник", rf"\bсоветник{A}", r"advisers?"),
    ("ministers", "министры", r"\bминистр(?:ы|ов|ам|ами|ах)\b"),
]

ORGANISATION = [
    ("National Directorate for Civil Protection", "Национальное управление гражданской обороны",
     rf"\bнациональн{A} управлени{A} гражданской обороны"),
    ("TASS", "ТАСС", r"\bтасс\b"),
    ("National Guard", "нацгвардия", rf"\bнацгварди{A}"),
    ("RIA Novosti", "РИА Новости", r"\bриа новости\b"),
    ("Armed Forces of the Russian Federation", "Вооруженные силы РФ", rf"\bвооруженн{A} сил{A} рф\b"),
    ("Russian Navy", "ВМФ России", r"\bвмф россии\b"),
    ("Russian Navy", "Военно-морской флот России", rf"\bвоенно-морск{A} флот{A} россии"),
    ("Russian Navy", "российский флот", rf"\bроссийск{A} флот{A}", r"Russian [Nn]avy"),
    ("Navy", "ВМФ", r"\bвмф\b"),
    ("contact group", "Контактная группа", rf"\bконтактн{A} групп{A}"),
    ("Russian government", "Правительство РФ", rf"\bправительств{A} рф\b"),
    ("Cabinet of Ministers", "кабмин", rf"\bкабмин{A}"),
    ("Federal Road Fund", "Федеральный дорожный фонд", rf"\bфедеральн{A} дорожн{A} фонд{A}"),
    ("Center Party", "Центристская партия", rf"\bцентристск{A} парти{A}"),
    ("State Duma", "Госдума", rf"\bгосдум{A}"),
    ("White House", "Белый дом", rf"\bбел{A} дом{A}"),
    ("Biomedical Advanced Research and Development Authority", "Управление высших медико-биологических исследований",
     rf"\bуправлени{A} высших медико-биологических исследований"),
    ("Black Lives Matter", "Жизни чернокожих имеют значение", r"жизни чернокожих имеют значение"),
    ("Kremlin", "Кремль", r"\bкремл(?:ь|я|ю|ем|е)\b"),
    ("Foreign Ministry", "МИД", r"\bмид(?:а|у|ом|е)?\b"),
    ("European Union", "Евросоюз", r"\bевросоюз(?:а|у|ом|е)?\b"),
    ("Ministry of Tourism and Antiques", "министерство туризма и древностей", rf"\bминистерств{A} туризма и древностей"),
    ("National Museum of Egyptian Civilization", "Национальный музей египетской цивилизации",
     rf"\bнациональн{A} муз{A} египетской цивилизации"),
    ("Interpol", "Интерпол", r"\bинтерпол(?:а|у|ом|е)?\b"),
    ("Museum of the Bible", "Музей Библии", rf"\bмуз{A} библии"),
    ("Guardian", "Гардиан", rf"\bгардиан{A}"),
    ("YouTube", "Ютуб", rf"\bютуб{A}"),
    ("Promsvyazbank", "Промсвязьбанк", rf"\bпромсвязьбанк{A}"),
    ("Center for Analysis and Expertise", "Центр аналитики и экспертизы", rf"\bцентр{A} аналитики и экспертизы"),
    ("PSB", "ПСБ", r"\bпсб\b"),
    ("Rostourism", "Ростуризм", rf"\bростуризм{A}"),
    ("Rosaviation", "Росавиация", rf"\bросавиаци{A}"),
    ("Aeroflot", "Аэрофлот", rf"\bаэрофлот{A}"),
    ("Congress", "Конгресс", rf"\bконгресс{A}"),
    ("Capitol Hill", "Конгресс США", rf"\bконгресс{A} сша"),
    ("federal government", "федеральное правительство", rf"\bфедеральн{A} правительств{A}"),
    ("Trump administration", "администрация Трампа", rf"\bадминистраци{A} трампа"),
    ("Republicans", "республиканцы", rf"\bреспубликанц{A}"),
    ("Democrats", "демократы", r"\bдемократ(?:ы|ов|ам|ами|ах)\b"),
    ("Senate", "Сенат", r"\bсенат(?:а|у|ом|е)?\b"),
    ("Indian Army", "индийская армия", rf"\bиндийск{A} арми{A}"),
    ("Ministry of Health", "Министерство здравоохранения", rf"\bминистерств{A} здравоохранения",
     r"Ministry of Health|Health Ministry"),
    ("Press Office of the President of the Republic", "пресс-служба президента республики",
     rf"\bпресс-служб{A} президента республики"),
    ("press office", "пресс-служба", rf"\bпресс-служб{A}", r"[Pp]ress [Oo]ffice"),
    ("politburo", "Политбюро", r"\bполитбюро\b"),
    ("KCNA", "ЦТАК", r"\bцтак\b"),
    ("All Assam Students' Union", "Союз студентов Ассама", rf"\bсоюз{A} студентов ассама"),
    ("North East Students' Organisation", "Северо-восточная студенческая организация",
     rf"\bсеверо-восточн{A} студенческ{A} организаци{A}"),
    ("RIA", "РИА", r"\bриа\b"),
    ("Ministry of Economics", "Министерство экономического развития", rf"\bминистерств{A} экономического развития"),
    ("computer emergency response team", "группа реагирования на нарушения компьютерной безопасности",
     rf"\bгрупп{A} реагирования на нарушения компьютерной безопасности"),
    ("Tory", "тори", r"\bтори\b", r"Tor(?:y|ies)"),
    ("Conservative party", "Консервативная партия", rf"\bконсервативн{A} парти{A}", r"Conservative [Pp]arty"),
    ("Labour", "Лейбористская партия", rf"\bлейбористск{A} парти{A}"),
]

NAME = [
    # persons
    ("Vladimir Putin", "Владимир Путин", rf"\bвладимир{A} путин{A}"),
    ("Putin", "Путин", rf"\bпутин{A}"),
    ("Francis", "Франциск", rf"\bфранциск{A}"),
    ("Vladimir Zelensky", "Владимир Зеленский", rf"\bвладимир{A} зеленск{A}"),
    ("Mihhail Korb", "Михаил Корб", rf"\bмихаил{A} корб{A}"),
    ("Korb", "Корб", rf"\bкорб{A}"),
    ("John Lewis", "Джон Льюис", rf"\bджон{A} льюис{A}"),
    ("Stephen Mnuchin", "Стивен Мнучин", rf"\bстивен{A} мнучин{A}"),
    ("Mark Meadows", "Марк Медоус", rf"\bмарк{A} медоус{A}"),
    ("Dominic Raab", "Доминик Рааб", rf"\bдоминик{A} рааб{A}"),
    # countries, regions, cities and other places
    ("Mexico", "Мексика", r"\bмексик(?:а|и|е|у|ой)\b"),
    ("Tamaulipas", "Тамаулипас", r"\bтамаулипас\b"),
    ("Nuevo Leon", "Нуэво-Леон", r"\bнуэво-леон\b"),
    ("Texas", "Техас", r"\bтехас(?:а|у|ом|е)?\b"),
    ("Saint Petersburg", "Санкт-Петербург", r"\bсанкт-петербург(?:а|у|ом|е)?\b"),
    ("Saint Petersburg", "Петербург", r"(?<!санкт-)\bпетербург(?:а|у|ом|е)?\b"),
    ("Kronstadt", "Кронштадт", r"\bкронштадт(?:а|у|ом|е)?\b"),
    ("Finnish Gulf", "Финский залив", rf"\bфинск{A} залив{A}"),
    ("Kronstadt Roadstead", "Кронштадтский рейд", rf"\bкронштадтск{A} рейд{A}"),
    ("Baltiysk", "Балтийск", r"\bбалтийск(?:а|у|ом|е)?\b"),
    ("Vladivostok", "Владивосток", r"\bвладивосток(?:а|у|ом|е)?\b"),
    ("Severomorsk", "Североморск", r"\bсевероморск(?:а|у|ом|е)?\b"),
    ("Sevastopol", "Севастополь", r"\bсевастопол(?:ь|я|ю|ем|е)\b"),
    ("Kaspiysk", "Каспийск", r"\bкаспийск(?:а|у|ом|е)?\b"),
    ("Donbass", "Донбасс", r"\bдонбасс(?:а|у|ом|е)?\b"),
    ("St. Peter's Square", "площадь Святого Петра", rf"\bплощад{A} святого петра", r"St\. Peter[’']s Square"),
    ("Italy", "Италия", r"\bитали(?:я|и|ю|ей)\b"),
    ("Vatican", "Ватикан", r"\bватикан(?:а|у|ом|е)?\b"),
    ("Ukraine", "Украина", r"\bукраин(?:а|ы|е|у|ой)\b"),
    ("Chekshino", "Чекшино", r"\bчекшино\b"),
    ("Totma", "Тотьма", r"\bтотьм(?:а|ы|е|у|ой)\b"),
    ("Kotlas", "Котлас", r"\bкотлас(?:а|у|ом|е)?\b"),
    ("Kuratovo", "Куратово", r"\bкуратово\b"),
    ("Vologda", "Вологодская область", r"\bвологодск(?:ая|ую|ой)\b"),
    ("Arkhangelsk", "Архангельская область", r"\bархангельск(?:ая|ую|ой|ие|ую|ой)\b"),
    ("Komi Republic", "Республика Коми", rf"\bреспублик{A} коми\b"),
    ("Barnaul", "Барнаул", r"\bбарнаул(?:а|у|ом|е)?\b"),
    ("Pavlovsk", "Павловск", r"\bпавловск(?:а|у|ом|е)?\b"),
    ("Republic of Kazakhstan", "Республика Казахстан", rf"\bреспублик{A} казахстан{A}"),
    ("Altai Krai", "Алтайский край", rf"\bалтайск{A} кра(?:й|я|ю|ем|е)\b"),
    ("Kulunda", "Кулунда", rf"\bкулунд{A}"),
    ("US", "США", r"\bсша\b"),
    ("United Kingdom", "Великобритания", r"\bвеликобритани(?:я|и|ю|ей)\b"),
    ("Spain", "Испания", r"\bиспани(?:я|и|ю|ей)\b"),
    ("Seattle", "Сиэтл", r"\bсиэтл(?:а|у|ом|е)?\b"),
    ("Portland", "Портленд", r"\bпортленд(?:а|у|ом|е)?\b"),
    ("Austin", "Остин", r"\bостин(?:а|у|ом|е)?\b"),
    # events, documents, works, ships
    ("Hurricane Hanna", "ураган Ханна", rf"\bураган{A} {Q}ханн"),
    ("Hanna", "Ханна", r"\bханн(?:а|ы|е|у|ой)\b"),
    ("Main Naval Parade", "Главный военно-морской парад", rf"\bглавн{A} военно-морск{A} парад{A}"),
    ("Navy Day", "День ВМФ", r"\bд(?:ень|ня|ню|нем|не) вмф\b"),
    ("Navy Day", "День Военно-морского флота", r"\bд(?:ень|ня|ню|нем|не) военно-морского флота"),
    ("Vasily Bykov", "Василий Быков", rf"\bвасили{A} быков{A}"),
    ("Vice-Admiral Kulakov", "Вице-адмирал Кулаков", rf"\bвице-адмирал{A} кулаков{A}"),
    ("On procurement of goods, works, and services by certain types of legal entities",
     "О закупках товаров, работ, услуг отдельными видами юридических лиц",
     r"\bо закупках товаров, работ, услуг отдельными видами юридических лиц"),
    ("Strategy for development of small and medium-sized enterprises in Russia up to the year 2030",
     "Стратегия развития малого и среднего предпринимательства в РФ до 2030 года",
     rf"\bстратеги{A} развития малого и среднего предпринимательства в рф до 2030 года"),
    ("John Lewis: Good Trouble", "Джон Льюис: хороший смутьян", r"джон льюис: хороший смутьян"),
    # persons
    ("Parfyonov", "Парфенов", rf"\bпарфенов{A}"),
    ("Dmitry Kurakin", "Дмитрий Куракин", rf"\bдмитри{A} куракин{A}"),
    ("Zelinsky", "Зелинский", rf"\bзелинск{A}"),
    ("Shaaban Abdel Gawad", "Шаабан Абдель Гауад", rf"\bшаабан{A} абдель гауад{A}"),
    ("Abdel Gauad", "Абдель Гауад", rf"\bабдель гауад{A}"),
    ("Tutankhamun", "Тутанхамон", rf"\bтутанхамон{A}"),
    ("Anatoly Altstein", "Анатолий Альтштейн", rf"\bанатоли{A} альтштейн{A}"),
    ("Sergei Tokarev", "Сергей Токарев", rf"\bсерге{A} токарев{A}"),
    ("David Melik-Guseinov", "Давид Мелик-Гусейнов", rf"\bдавид{A} мелик-гусейнов{A}"),
    ("Will Christie", "Уилл Кристи", r"\bуилл\w* кристи\b"),
    ("Rokke", "Рекке", r"\bрекке\b"),
    ("McGregor", "МакГрегор", rf"\bмакгрегор{A}"),
    ("Richard Wilk", "Ричард Уилк", rf"\bричард{A} уилк{A}"),
    ("Roman Abramovich", "Роман Абрамович", rf"\bроман{A} абрамович{A}"),
    ("Gina Rinehart", "Джина Райнхард", rf"\bджин{A} райнхард{A}"),
    ("Larry Kudlow", "Ларри Кудлоу", r"\bларри кудлоу\b"),
    ("Kudlow", "Кудлоу", r"\bкудлоу\b"),
    ("Steve Mnuchin", "Стив Мнучин", rf"\bстив{A} мнучин{A}"),
    ("Mnuchin", "Мнучин", rf"\bмнучин{A}"),
    ("Mark Meadows", "Марк Медоуз", rf"\bмарк{A} медоуз{A}"),
    ("Narendra Modi", "Нарендра Моди", r"\bнарендр\w* моди\b"),
    ("Modi", "Моди", r"\bмоди\b"),
    ("Rajnath Singh", "Ражнат Сингх", rf"\bражнат{A} сингх{A}"),
    ("Shripad Naik", "Шрипад Найк", rf"\bшрипад{A} найк{A}"),
    ("Bipin Rawat", "Бипин Рават", rf"\bбипин{A} рават{A}"),
    ("Naravane", "Нараване", r"\bнараване\b"),
    ("Bhadauria", "Бхадауриа", r"\bбхадауриа\b"),
    ("Karambir Singh", "Карамбир Сингх", rf"\bкарамбир{A} сингх{A}"),
    ("João Lourenço", "Жуан Лоренсу", r"\bжуан\w* лоренсу\b"),
    ("Kim Jong-un", "Ким Чен Ын", r"\bким чен ын\b"),
    ("Kim", "Ким", r"\bким\b"),
    ("Sam Stafford", "Сэм Стэффорд", rf"\bсэм{A} стэффорд{A}"),
    ("Akhil Gogoi", "Акхил Гогой", rf"\bакхил{A} гогой\b"),
    ("Samujjal Kumar Bhattacharya", "Самуджал Кумар Бхаттачарья", r"\bсамуджал\w* кумар\w* бхаттачарь\w*"),
    ("Bhattacharya", "Бхаттачарья", rf"\bбхаттачарь{A}"),
    ("Zubeen Garg", "Зубин Гарг", rf"\bзубин{A} гарг{A}"),
    # countries, regions, cities and other places
    ("Moscow area", "Подмосковье", rf"\bподмосковь{A}"),
    ("Ruza", "Руза", r"\bруз(?:а|ы|е|у|ой)\b"),
    ("Annino", "Аннино", r"\bаннино\b"),
    ("Torbeyevo", "Торбеево", r"\bторбеев(?:о|а|у|ом|е)\b"),
    ("Lyubertsy", "Люберцы", r"\bлюберц(?:ы|ах|ам|ами)\b"),
    ("Timokhovo", "Тимохово", r"\bтимохово\b"),
    ("Bogorod district", "Богородский округ", rf"\bбогородск{A} округ{A}"),
    ("Kuchino", "Кучино", r"\bкучино\b"),
    ("Hagia Sophia", "Айя-София", r"\bайя-софи(?:я|и|ю|ей)\b"),
    ("Istanbul", "Стамбул", r"\bстамбул(?:а|у|ом|е)?\b"),
    ("Volga-Oka interfluve", "Волго-Окское междуречье", rf"\bволго-окск{A} междуречь{A}"),
    ("Caucasus", "Кавказ", r"\bкавказ(?:а|у|ом|е)?\b"),
    ("Grozny", "Грозный", r"\bгрозн(?:ый|ого|ому|ым|ом)\b"),
    ("Holy Land", "Святая Земля", rf"\bсвят{A} земл{A}"),
    ("Church of the Tithes", "Десятинная церковь", rf"\bдесятинн{A} церк(?:овь|ви|овью)\b"),
    ("Angara", "Ангара", r"\bангар(?:а|ы|е|у|ой)\b"),
    ("Egypt", "Египет", r"\bегип(?:ет|та|ту|том|те)\b"),
    ("Cairo", "Каир", r"\bкаир(?:а|у|ом|е)?\b"),
    ("Washington", "Вашингтон", r"\bвашингтон(?:а|у|ом|е)?\b"),
    ("Belgium", "Бельгия", r"\bбельги(?:я|и|ю|ей)\b"),
    ("London", "Лондон", r"\bлондон(?:а|у|ом|е)?\b"),
    ("Karnak Temple", "Карнакский храм", rf"\bкарнакск{A} храм{A}"),
    ("Luxor", "Луксор", r"\bлуксор(?:а|у|ом|е)?\b"),
    ("Europe", "Европа", r"\bевроп(?:а|ы|е|у|ой)\b"),
    ("UFD", "УрФО", r"\bурфо\b"),
    ("Nizhny Novgorod region", "Нижегородская область", rf"\bнижегородск{A} област{A}"),
    ("Indiana", "Индиана", r"\bиндиан(?:а|ы|е|у|ой)\b"),
    ("Mediterranean", "Средиземное море", rf"\bсредиземн{A} мор{A}"),
    ("Caribbean Sea", "Карибское море", rf"\bкарибск{A}"),
    ("Australia", "Австралия", r"\bавстрали(?:я|и|ю|ей)\b"),
    ("Russia", "Россия", r"\bросси(?:я|и|ю|ей)\b"),
    ("Kargil", "Каргил", r"\bкаргил(?:а|у|ом|е)?\b"),
    ("Pakistan", "Пакистан", r"\bпакистан(?:а|у|ом|е)?\b"),
    ("India", "Индия", r"\bинди(?:я|и|ю|ей)\b"),
    ("Ladakh", "Ладакх", r"\bладакх(?:а|у|ом|е)?\b"),
    ("Amar Jawan Jyoti", "Амар Джаван Джиоти", r"\bамар джаван джиоти\b"),
    ("National War Memorial", "Национальный военный мемориал", rf"\bнациональн{A} военн{A} мемориал{A}"),
    ("Angola", "Ангола", r"\bангол(?:а|ы|е|у|ой)\b"),
    ("Luanda", "Луанда", r"\bлуанд(?:а|ы|е|у|ой)\b"),
    ("North Korea", "Северная Корея", rf"\bсеверн{A} коре(?:я|и|ю|ей)\b"),
    ("South Korea", "Южная Корея", rf"\bюжн{A} коре(?:я|и|ю|ей)\b"),
    ("Kaesong", "Кэсон", r"\bкэсон(?:а|у|ом|е)?\b"),
    ("Assam", "Ассам", r"\bассам(?:а|у|ом|е)?\b"),
    ("Guwahati", "Гувахати", r"\bгувахати\b"),
    ("Hatigaon", "Хатигаон", r"\bхатигаон(?:а|у|ом|е)?\b"),
    ("Sibsagar", "Сибсагар", r"\bсибсагар(?:а|у|ом|е)?\b"),
    # demonyms and religious communities
    ("Muslims", "мусульмане", r"\bмусульман(?:е|ам|ами|ах)?\b"),
    ("Orthodox Christians", "православные", r"\bправославн(?:ые|ых|ым|ыми)\b"),
    ("Jews", "евреи", r"\bевре(?:и|ев|ям|ями|ях)\b"),
    ("Americans", "американцы", rf"\bамериканц{A}"),
    ("Britons", "британцы", rf"\bбританц{A}"),
    # events, documents, works
    ("Brexit referendum", "референдум по Брекзиту", rf"\bреферендум{A} по брекзиту"),
    ("Brexit", "Брекзит", rf"\bбрекзит{A}"),
    ("Direct Line", "Прямая линия", rf"\bпрям{A} лини{A}"),
    ("Kargil war", "Каргильская война", rf"\bкаргильск{A} войн{A}"),
    ("Kargil Diwas", "Каргил Дивас", r"\bкаргил дивас\b"),
    ("Operation Vijay", "Операция Виджай", rf"\bопераци{A} {Q}виджай"),
    ("Pedro Maria Tonha Pedalé Hospital", "больница Педро Мариа Тонья Pedalé",
     rf"\bбольниц{A} педро мариа тонья pedalé"),
    ("CAA", "поправки к закону о гражданстве", r"\bпоправ(?:к\w*|ок) (?:к|в) закон\w* о гражданстве"),
    ("Citizenship (Amendment) Act", "поправки к закону о гражданстве",
     r"\bпоправ(?:к\w*|ок) (?:к|в) закон\w* о гражданстве", r"Citizenship \(Amendment\) Act"),
    # persons
    ("Thani bin Ahmed Al Zeyoudi", "Тани бин Ахмед Аль Зайуди", r"\bтани бин ахмед аль зайуди\b"),
    ("Al Zeyoudi", "Аль Зайуди", r"\bаль зайуди\b"),
    ("Mikhail Mishustin", "Михаил Мишустин", rf"\bмихаил{A} мишустин{A}"),
    ("Mohammad Mokhber", "Мохаммад Мохбер", rf"\bмохаммад{A} мохбер{A}"),
    ("Mokhber", "Мохбер", rf"\bмохбер{A}"),
    ("Adam Meyers", "Адам Мейерс", rf"\bадам{A} мейерс{A}"),
    ("Joe Sullivan", "Джо Салливан", rf"\bджо салливан{A}"),
    ("Amit Yoran", "Амит Йоран", rf"\bамит{A} йоран{A}"),
    ("Boris Johnson", "Борис Джонсон", rf"\bборис{A} джонсон{A}"),
    ("Johnson", "Джонсон", rf"\bджонсон{A}"),
    ("Dominic Cummings", "Доминик Каммингс", rf"\bдоминик{A} каммингс{A}"),
    ("Cummings", "Каммингс", rf"\bкаммингс{A}"),
    ("Keir Starmer", "Кир Стармер", rf"\bкир{A} стармер{A}"),
    ("Nadhim Zahawi", "Надхим Захави", r"\bнадхим\w* захави\b"),
    ("Matt Hancock", "Мэтт Хэнкок", rf"\bмэтт{A} хэнкок{A}"),
    ("Owen Paterson", "Оуэн Патерсон", rf"\bоуэн{A} патерсон{A}"),
    # countries, regions, cities and other places
    ("United Arab Emirates", "Объединенные Арабские Эмираты", rf"\bобъединенн{A} арабск{A} эмират{A}"),
    ("UAE", "ОАЭ", r"\bоаэ\b"),
    ("Abu Dhabi", "Абу-Даби", r"\bабу-даби\b"),
    ("Moscow", "Москва", r"\bмоскв(?:а|ы|е|у|ой)\b"),
    ("Arab world", "арабский мир", rf"\bарабск{A} мир{A}"),
    ("Iran", "Иран", r"\bиран(?:а|у|ом|е)?\b"),
    ("New Zealand", "Новая Зеландия", rf"\bнов{A} зеланди(?:я|и|ю|ей)\b"),
    ("Downing Street", "Даунинг-стрит", r"\bдаунинг-стрит\b"),
    ("No 10", "дом № 10", r"№ ?10\b"),
]

CATEGORIES = {"term": TERM, "phrase": PHRASE, "title": TITLE, "organisation": ORGANISATION, "name": NAME}


def entries():
    """This gold's entries, compiled by the held-out script (its default English pattern, the
    word boundaries of an explicit English regex, case-free phrases, no (en, ru) pair twice)."""
    return held_out.entries(CATEGORIES)


def select_documents():
    """The selected documents, in file order: not in the held-out subset, and exactly
    N_KEYWORDS distinct keywords in the lower-cased json.dumps of the English side."""
    return wmt_dev.select_documents(lambda n: n == N_KEYWORDS)


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
