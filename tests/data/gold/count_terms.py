#!/usr/bin/env python3
"""Count glossary-term frequencies on the gold sentence alignments.

freq = number of aligned sentence pairs (gold blocks with at least one ru: and
one en: line) in which the English term occurs as written (only its first
letter may differ in case) on the English side and the Russian term occurs in
any inflected form on the Russian side.  Russian matching is done on lower-cased text with ё→е and
no-break spaces turned into spaces, using the stem pattern given per term.

Usage: python3 tests/data/gold/count_terms.py [--write]
  prints the table; with --write, rewrites tests/data/gold_glossary.tsv and
  tests/data/gold_glossary.categories.tsv (en, ru, category).
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold_glossary.tsv")
OUT_CATEGORIES = os.path.join(HERE, "..", "gold_glossary.categories.tsv")

A = r"\w*"  # any inflectional ending
# (English as written in the corpus, Russian canonical form, Russian stem pattern)
# Annotation guideline and decisions: ../gold_glossary.md.  Sections follow its categories.
CATEGORIES = {
    "term": [
        # --- 1. Multi-word domain terms ----------------------------------------------------------
        ("cessation of hostilities", "прекращение боевых действий", rf"прекращени{A} боевых действий"),
        ("ceasefire violations", "нарушения режима прекращения огня", rf"нарушени{A} режима прекращения огня"),
        ("line of contact", "линия соприкосновения", rf"лини{A} соприкосновения"),
        ("withdrawal of heavy weapons", "отвод тяжёлых вооружений", rf"отвод{A} тяжелых вооружений"),
        ("certain districts of the Donetsk and Lugansk regions", "отдельные районы Донецкой и Луганской областей",
         rf"отдельн{A} район{A} донецкой и луганской областей"),
        ("special status", "особый статус", rf"особ{A} статус{A}"),
        ("constitutional reform", "конституционная реформа", rf"конституционн{A} реформ{A}"),
        ("direct dialogue", "прямой диалог", rf"прям{A} диалог{A}"),
        ("military scenario", "силовой сценарий", rf"силов{A} сценари{A}"),
        ("Kiev authorities", "киевские власти", rf"киевск{A} власт{A}"),
        ("Ukrainian side", "украинская сторона", rf"украинск{A} сторон{A}"),
        ("Russian side", "российская сторона", rf"российск{A} сторон{A}"),
        ("French side", "французская сторона", rf"французск{A} сторон{A}"),
        ("bilateral relations", "двусторонние отношения", rf"двусторонн{A} отношени{A}"),
        ("bilateral contacts", "двусторонние контакты", rf"двусторонн{A} контакт{A}"),
        ("strategic partnership", "стратегическое партнёрство", rf"стратегическ{A} партнерств{A}"),
        ("comprehensive strategic partnership", "всеобъемлющее стратегическое партнёрство",
         rf"всеобъемлющ{A} стратегическ{A} партнерств{A}"),
        ("mutual respect", "взаимное уважение", rf"взаимн{A} уважени{A}"),
        ("telephone conversation", "телефонный разговор", rf"телефонн{A} разговор{A}"),
        ("working visit", "рабочий визит", rf"рабоч{A} визит{A}"),
        ("joint news conference", "совместная пресс-конференция", rf"совместн{A} пресс-конференци{A}"),
        ("trade and economic cooperation", "торгово-экономическое сотрудничество", rf"торгово-экономическ{A} сотрудничеств{A}"),
        ("joint projects", "совместные проекты", rf"совместн{A} проект{A}"),
        ("nuclear power plant", "атомная электростанция", rf"атомн{A} электростанци{A}"),
        ("gas pipeline", "газопровод", rf"газопровод{A}"),
        ("cultural and humanitarian ties", "культурно-гуманитарные связи", rf"культурно-гуманитарн{A} связ{A}"),
        ("youth exchanges", "молодёжные обмены", rf"молодежн{A} обмен{A}"),
        ("international terrorism", "международный терроризм", rf"международн{A} терроризм{A}"),
        ("terrorist groups", "террористические группировки", rf"террористическ{A} группиров{A}"),
        ("counter-terrorism front", "антитеррористический фронт", rf"антитеррористическ{A} фронт{A}"),
        ("drug trafficking", "незаконный оборот наркотиков", rf"незаконн{A} оборот{A} наркотиков"),
        ("organised crime", "организованная преступность", rf"организованн{A} преступност{A}"),
        ("radical ideology", "радикальная идеология", rf"радикальн{A} идеологи{A}"),
        ("human shield", "живой щит", rf"жив{A} щит{A}"),
        ("armed opposition", "вооружённая оппозиция", rf"вооруженн{A} оппозици{A}"),
        ("peaceful settlement", "мирное урегулирование", rf"мирн{A} урегулировани{A}"),
        ("political settlement", "политическое урегулирование", rf"политическ{A} урегулировани{A}"),
        ("Syrian settlement", "сирийское урегулирование", rf"сирийск{A} урегулировани{A}"),
        ("Middle East settlement", "ближневосточное урегулирование", rf"ближневосточн{A} урегулировани{A}"),
        ("intra-Ukrainian settlement", "внутриукраинское урегулирование", rf"внутриукраинск{A} урегулировани{A}"),
        ("Ukrainian crisis", "украинский кризис", rf"украинск{A} кризис{A}"),
        ("political and diplomatic means", "политико-дипломатические средства", rf"политико-дипломатическ{A} средств{A}"),
        ("states concerned", "заинтересованные государства", rf"заинтересованн{A} государств{A}"),
        ("member states", "государства – члены", rf"государств{A} – член{A}"),
        ("participating States", "государства-участники", rf"государств{A}-участник{A}"),
        ("observer status", "статус наблюдателя", rf"статус{A} наблюдателя"),
        ("de-escalation zones", "зоны деэскалации", rf"зон{A} деэскалации"),
        ("humanitarian aid", "гуманитарная помощь", rf"гуманитарн{A} помощ{A}"),
        ("delivery of humanitarian aid", "доставка гуманитарной помощи", rf"доставк{A} гуманитарной помощи"),
        ("humanitarian assistance", "гуманитарное содействие", rf"гуманитарн{A} содействи{A}"),
        ("humanitarian cargo", "гуманитарный груз", rf"гуманитарн{A} груз{A}"),
        ("humanitarian operations", "гуманитарные акции", rf"гуманитарн{A} акци{A}"),
        ("humanitarian pauses", "гуманитарные паузы", rf"гуманитарн{A} пауз{A}"),
        ("humanitarian corridors", "гуманитарные коридоры", rf"гуманитарн{A} коридор{A}"),
        ("medical evacuations", "медицинские эвакуации", rf"медицинск{A} эвакуаци{A}"),
        ("mine clearance", "разминирование", rf"разминировани{A}"),
        ("internally displaced persons", "внутренне перемещённые лица", rf"внутренне перемещенн{A} лиц{A}"),
        ("Russian nationals", "граждане Российской Федерации", rf"граждан{A} российской федерации"),
        ("international law", "международное право", rf"международн{A} прав{A}"),
        ("international community", "международное сообщество", rf"международн{A} сообществ{A}"),
        ("territorial integrity", "территориальная целостность", rf"территориальн{A} целостност{A}"),
        ("internal affairs", "внутренние дела", rf"внутренн{A} дел{A}"),
        ("international affairs", "международные дела", rf"международн{A} дел{A}"),
        ("double standards", "двойные стандарты", rf"двойн{A} стандарт{A}"),
        ("unilateral actions", "односторонние действия", rf"односторонн{A} действи{A}"),
        ("European security", "европейская безопасность", rf"европейск{A} безопасност{A}"),
        ("presidential election", "президентские выборы", rf"президентск{A} выбор{A}"),
        ("Iranian nuclear programme", "иранская ядерная программа", rf"иранск{A} ядерн{A} программ{A}"),
        # --- 2. Single-word domain terms ---------------------------------------------------------
        ("ceasefire", "режим прекращения огня", rf"режим{A} прекращения огня"),
        ("talks", "переговоры", rf"переговор{A}"),
        ("consultations", "консультации", rf"консультаци{A}"),
        ("counterpart", "собеседник", rf"собеседник{A}"),
        ("cooperation", "взаимодействие", rf"взаимодействи{A}"),
        ("commitment", "приверженность", rf"приверженност{A}"),
        ("commitments", "обязательства", rf"обязательств{A}"),
        ("the sides", "стороны", r"\bсторон(?:ы|ам|ами)\b"),
        ("ministers", "министры", r"\bминистр(?:ы|ов|ам|ами|ах)\b"),
        ("trade", "товарооборот", rf"товарооборот{A}"),
        ("sovereignty", "суверенитет", rf"суверенитет{A}"),
        ("consensus", "консенсус", rf"консенсус{A}"),
        ("amnesty", "амнистия", rf"амнисти{A}"),
        ("roadmap", "дорожная карта", rf"дорожн{A} карт{A}"),
        ("preconditions", "предварительные условия", rf"предварительн{A} услови{A}"),
        ("guarantors", "гаранты", rf"\bгарант{A}"),
        ("monitors", "наблюдатели", rf"наблюдател{A}"),
        ("observers", "наблюдатели", rf"наблюдател{A}"),
        ("civilians", "мирные жители", rf"мирн{A} жител{A}"),
        ("civilians", "мирное население", rf"мирн{A} населени{A}"),
        ("refugees", "беженцы", rf"беженц{A}"),
        ("militants", "боевики", rf"боевик{A}"),
        ("cybercrime", "киберпреступность", rf"киберпреступност{A}"),
        ("condolences", "соболезнования", rf"соболезновани{A}"),
    ],
    "organisation": [
        # --- 3a. Organisations, bodies, institutions and their acronyms ----------------------------
        ("UN", "ООН", r"\bоон\b"),
        ("UN Security Council", "Совет Безопасности ООН", rf"совет{A} безопасности оон"),
        ("UN humanitarian agencies", "гуманитарные агентства ООН", rf"гуманитарн{A} агентств{A} оон"),
        ("UN World Food Programme", "Всемирная продовольственная программа ООН", rf"всемирн{A} продовольственн{A} программ{A} оон"),
        ("OSCE", "ОБСЕ", r"\bобсе\b"),
        ("OSCE Special Monitoring Mission", "Специальная мониторинговая миссия ОБСЕ", rf"специальн{A} мониторингов{A} мисси{A} обсе"),
        ("OSCE Special Monitoring Mission to Ukraine", "Специальная мониторинговая миссия ОБСЕ на Украине",
         rf"специальн{A} мониторингов{A} мисси{A} обсе на украине"),
        ("SMM", "СММ", r"\bсмм\b"),
        ("OSCE Permanent Council", "Постоянный совет ОБСЕ", rf"постоянн{A} совет{A} обсе"),
        ("Contact Group", "Контактная группа", rf"контактн{A} групп{A}"),
        ("EU", "ЕС", r"\bес\b"),
        ("Council of Europe", "Совет Европы", rf"совет{A} европы"),
        ("Shanghai Cooperation Organisation", "Шанхайская организация сотрудничества", rf"шанхайск{A} организаци{A} сотрудничества"),
        ("Russian Foreign Ministry", "МИД России", r"\bмид россии\b"),
        ("foreign ministries", "министерства иностранных дел", rf"министерств{A} иностранных дел"),
        ("Ministries of Foreign Affairs", "министерства иностранных дел", rf"министерств{A} иностранных дел"),
        ("Russian Emergencies Ministry", "МЧС России", r"\bмчс россии\b"),
        ("Embassy", "Посольство", rf"посольств{A}"),
        ("Russian Centre for Reconciliation of Opposing Sides", "Российский центр по примирению враждующих сторон",
         rf"российск{A} центр{A} по примирению враждующих сторон"),
        ("Russian-Mongolian Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation",
         "Межправительственная российско-монгольская комиссия по торгово-экономическому и научно-техническому сотрудничеству",
         rf"межправительственн{A} российско-монгольск{A} комисси{A} по торгово-экономическому и научно-техническому сотрудничеству"),
        ("High-Level Cooperation Council", "Совет сотрудничества высшего уровня", rf"совет{A} сотрудничества высшего уровня"),
        ("Ukrainian Armed Forces", "Вооружённые силы Украины", rf"вооруженн{A} сил{A} украины"),
        ("U.S.-led coalition", "возглавляемая США коалиция", rf"возглавляем{A} сша коалици{A}"),
        ("ISIS", "ИГИЛ", r"\bигил\b"),
        ("Jabhat al-Nusra", "Джабхат ан-Нусра", rf"джабхат ан-нуср{A}"),
        ("Syrian Arab Red Crescent", "Сирийский арабский Красный Полумесяц", rf"сирийск{A} арабск{A} красн{A} полумесяц{A}"),
        ("Syrian National Dialogue Congress", "Конгресс сирийского национального диалога", rf"конгресс{A} сирийского национального диалога"),
        ("constitutional committee", "конституционный комитет", rf"конституционн{A} комитет{A}"),
    ],
    "title": [
        # --- 3b. Positions and titles --------------------------------------------------------------
        ("Foreign Minister", "Министр иностранных дел", r"\bминистр(?:а|у|ом|е|ы|ов|ам|ами|ах)? иностранных дел"),
        ("Foreign Minister", "глава внешнеполитического ведомства", rf"глав{A} внешнеполитического ведомства"),
        ("Minister of Foreign Affairs and International Development", "Министр иностранных дел и международного развития",
         rf"министр{A} иностранных дел и международного развития"),
        ("Minister for Europe and Foreign Affairs", "Министр Европы и иностранных дел", rf"министр{A} европы и иностранных дел"),
        ("Federal Minister for Foreign Affairs", "Федеральный министр иностранных дел", rf"федеральн{A} министр{A} иностранных дел"),
        ("Secretary of Foreign Affairs", "Министр иностранных дел", r"\bминистр(?:а|у|ом|е|ы|ов|ам|ами|ах)? иностранных дел"),
        ("President", "Президент", r"\bпрезидент(?:а|у|ом|е)?\b"),
        ("UN Secretary-General", "Генеральный секретарь ООН", rf"генеральн{A} секретар{A} оон"),
        ("UN Secretary-General’s Special Envoy for Syria", "Специальный посланник Генерального секретаря ООН по Сирии",
         rf"специальн{A} посланник{A} генерального секретаря оон по сирии"),
        ("OSCE Chairperson-in-Office", "Действующий председатель ОБСЕ", rf"действующ{A} председател{A} обсе"),
        ("Chairmanship", "председательство", rf"председательств{A}"),
    ],
    "name": [
        # --- 3c. Documents, agreements, resolutions, formats, processes, projects -----------------
        ("UN Charter", "Устав ООН", rf"устав{A} оон"),
        ("purposes and principles of the UN Charter", "цели и принципы Устава ООН", rf"цел{A} и принцип{A} устава оон"),
        ("Article 51 of the UN Charter", "статья 51 Устава ООН", rf"\bст(?:\.|ать{A}) 51 устава оон"),
        ("UN Security Council Resolution", "резолюция Совета Безопасности ООН", rf"резолюци{A} совета безопасности оон"),
        ("UN Security Council Resolution No. 2202", "резолюция Совета Безопасности ООН № 2202",
         rf"резолюци{A} совета безопасности оон № 2202"),
        ("UN Security Council Resolution No. 2254", "резолюция Совета Безопасности ООН № 2254",
         rf"резолюци{A} совета безопасности оон № 2254"),
        ("UN Security Council Resolution No. 2401", "резолюция Совета Безопасности ООН № 2401",
         rf"резолюци{A} совета безопасности оон № 2401"),
        ("Resolution No. 2401", "резолюция № 2401", rf"резолюци{A} № 2401"),
        ("draft resolution", "проект резолюции", rf"проект{A} резолюции"),
        ("Minsk Agreements", "Минские соглашения", rf"минск{A} соглашени{A}"),
        ("Package of Measures", "Комплекс мер", rf"комплекс{A} мер\b"),
        ("Package of Measures for the Implementation of the Minsk Agreements", "Комплекс мер по выполнению Минских соглашений",
         rf"комплекс{A} мер по выполнению минских соглашений"),
        ("Normandy format", "нормандский формат", rf"нормандск{A} формат{A}"),
        ("Normandy Four", "нормандская четвёрка", rf"нормандск{A} четверк{A}"),
        ("Astana process", "астанинский процесс", rf"астанинск{A} процесс{A}"),
        ("Joint Comprehensive Plan of Action", "Совместный всеобъемлющий план действий", rf"совместн{A} всеобъемлющ{A} план{A} действий"),
        ("Memorandum of Understanding", "Меморандум о взаимопонимании", rf"меморандум{A} о взаимопонимании"),
        ("Plan of Consultations", "План консультаций", rf"план{A} консультаций"),
        ("Nord Stream 2", "Северный поток – 2", rf"северн{A} поток{A} – 2"),
        ("TurkStream", "Турецкий поток", rf"турецк{A} поток{A}"),
        ("Akkuyu", "Аккую", r"\bаккую\b"),
        ("El Dabaa", "Эд-Дабаа", r"\bэд-дабаа\b"),
        ("nuclear power plant", "АЭС", r"\bаэс\b"),
        ("Ulan Bator Railway", "Улан-Баторская железная дорога", rf"улан-баторск{A} железн{A} дорог{A}"),
        # --- 3d. Geographic names ------------------------------------------------------------------
        ("Russia", "Россия", r"\bросси(?:я|и|ю|ей)\b"),
        ("Russian Federation", "Российская Федерация", rf"российск{A} федераци{A}"),
        ("Moscow", "Москва", r"\bмоскв(?:а|ы|е|у|ой)\b"),
        ("St Petersburg", "Санкт-Петербург", rf"санкт-петербург{A}"),
        ("Sochi", "Сочи", r"\bсочи\b"),
        ("Ukraine", "Украина", r"\bукраин(?:а|ы|е|у|ой)\b"),
        ("Kiev", "Киев", r"\bкиев(?:а|у|ом|е)?\b"),
        ("Donbass", "Донбасс", rf"\bдонбасс{A}"),
        ("Donetsk", "Донецк", r"\bдонецк(?:а|у|ом|е)?\b"),
        ("Lugansk", "Луганск", r"\bлуганск(?:а|у|ом|е)?\b"),
        ("Avdeyevka", "Авдеевка", rf"\bавдеевк{A}"),
        ("Minsk", "Минск", r"\bминск(?:а|у|ом|е)?\b"),
        ("Germany", "Германия", r"\bгермани(?:я|и|ю|ей)\b"),
        ("Germany", "ФРГ", r"\bфрг\b"),
        ("Berlin", "Берлин", r"\bберлин(?:а|у|ом|е)?\b"),
        ("France", "Франция", r"\bфранци(?:я|и|ю|ей)\b"),
        ("Paris", "Париж", r"\bпариж(?:а|у|ем|е)?\b"),
        ("Vienna", "Вена", r"\bвен(?:а|ы|е|у|ой)\b"),
        ("Geneva", "Женева", r"\bженев(?:а|ы|е|у|ой)\b"),
        ("Europe", "Европа", r"\bевроп(?:а|ы|е|у|ой)\b"),
        ("U.S.", "США", r"\bсша\b"),
        ("Washington", "Вашингтон", r"\bвашингтон(?:а|у|ом|е)?\b"),
        ("Syria", "Сирия", r"\bсири(?:я|и|ю|ей)\b"),
        ("Damascus", "Дамаск", r"\bдамаск(?:а|у|ом|е)?\b"),
        ("Aleppo", "Алеппо", r"\bалеппо\b"),
        ("Eastern Ghouta", "Восточная Гута", rf"восточн{A} гут{A}"),
        ("Homs", "Хомс", r"\bхомс(?:а|у|ом|е)?\b"),
        ("Latakia", "Латакия", r"\bлатаки(?:я|и|ю|ей)\b"),
        ("Deir ez-Zor", "Дейр-эз-Зор", rf"дейр-эз-зор{A}"),
        ("Raqqa", "Ракка", r"\bракк(?:а|и|е|у|ой)\b"),
        ("Astana", "Астана", r"\bастан(?:а|ы|е|у|ой)\b"),
        ("Iran", "Иран", r"\bиран(?:а|у|ом|е)?\b"),
        ("Turkey", "Турция", r"\bтурци(?:я|и|ю|ей)\b"),
        ("Republic of Turkey", "Турецкая Республика", rf"турецк{A} республик{A}"),
        ("Ankara", "Анкара", r"\bанкар(?:а|ы|е|у|ой)\b"),
        ("Egypt", "Египет", r"\bегип(?:ет|та|ту|том|те)\b"),
        ("Arab Republic of Egypt", "Арабская Республика Египет", rf"арабск{A} республик{A} египет"),
        ("Suez Canal", "Суэцкий канал", rf"суэцк{A} канал{A}"),
        ("Libya", "Ливия", r"\bливи(?:я|и|ю|ей)\b"),
        ("Mongolia", "Монголия", r"\bмонголи(?:я|и|ю|ей)\b"),
        ("Ulan Bator", "Улан-Батор", r"\bулан-батор(?:а|у|ом|е)?\b"),
        ("Korean Peninsula", "Корейский полуостров", rf"корейск{A} полуостров{A}"),
        ("Mexico", "Мексика", r"\bмексик(?:а|и|е|у|ой)\b"),
        ("Mexico City", "Мехико", r"\bмехико\b"),
        ("Puebla", "Пуэбла", rf"\bпуэбл{A}"),
        ("Morelos", "Морелос", rf"\bморелос{A}"),
        # --- 3e. Persons ---------------------------------------------------------------------------
        ("Sergey Lavrov", "С.В.Лавров", rf"с\.в\.лавров{A}"),
        ("Mr Lavrov", "С.В.Лавров", rf"с\.в\.лавров{A}"),
        ("Vladimir Putin", "В.В.Путин", rf"в\.в\.путин{A}"),
        ("Jean-Marc Ayrault", "Ж.-М.Эро", r"ж\.-м\.эро\b"),
        ("Mr Ayrault", "Ж.-М.Эро", r"ж\.-м\.эро\b"),
        ("Jean-Yves Le Drian", "Ж.-И.Ле Дриан", rf"ж\.-и\.ле дриан{A}"),
        ("Emmanuel Macron", "Э.Макрон", rf"э\.макрон{A}"),
        ("Antonio Guterres", "А.Гутерреш", rf"а\.гутерреш{A}"),
        ("Staffan de Mistura", "С.де Мистура", rf"с\.де мистур{A}"),
        ("Sebastian Kurz", "С.Курц", rf"с\.курц{A}"),
        ("Mr Kurz", "С.Курц", rf"с\.курц{A}"),
        ("Sameh Shoukry", "С.Шукри", r"с\.шукри\b"),
        ("Mr Shoukry", "С.Шукри", r"с\.шукри\b"),
        ("Mevlut Cavusoglu", "М.Чавушоглу", r"м\.чавушоглу\b"),
        ("Mr Cavusoglu", "М.Чавушоглу", r"м\.чавушоглу\b"),
        ("Heiko Maas", "Х.Маас", rf"х\.маас{A}"),
        ("Mr Maas", "Х.Маас", rf"х\.маас{A}"),
        ("Luis Videgaray Caso", "Л.Видегарай Касо", rf"л\.видегара{A} касо"),
    ],
    "phrase": [
        # --- 4. Phrases: recurring verb phrases and prepositional formulas ------------------------
        # English in the base form, Russian in the infinitive with the object in the case the verb
        # governs (../gold_glossary.md, "Phrases"); the fourth item is the English pattern (case-free),
        # which accepts the attested inflections and slots.
        ("pay attention to", "уделить внимание", rf"внимани{A} (было )?удел|удел{A} (особое |значительное )?внимани",
         r"attention (was|is|were) paid to|pa(y|ys|id|ying) (particular |special |considerable )?attention to"),
        ("reaffirm commitment to", "подтвердить приверженность", rf"подтвер{A} приверженност|приверженност{A} подтвер",
         r"reaffirm(s|ed|ing)? (their |our |its )?commitment to"),
        ("provide humanitarian aid", "оказать гуманитарную помощь", rf"оказ{A} (\w+ ){{0,3}}гуманитарн{A} помощ",
         r"provid(e|es|ed|ing) (\w+ )?(\w+ )?(with )?(the )?(necessary )?humanitarian aid"),
        ("use as a human shield", "использовать в качестве живого щита", r"использу\w* (\w+ )+?в качестве «живого щита",
         r"use\w* (\w+ )+?as a “human shield"),
        ("praise", "высоко оценить", rf"высоко оцен{A}", r"prais(e|es|ed|ing)\b"),
        ("note positive dynamics", "отметить положительную динамику", rf"(позитивн|положительн){A} динамик",
         r"not(e|ed|ing) (the )?positive dynamics"),
        ("initiated by", "по инициативе", r"по инициативе", r"initiated by"),
        ("on a working visit", "с рабочим визитом", r"с рабочим визитом", r"on a working visit"),
        ("within", "в рамках", r"в рамках", r"within\b"),
        ("take into account", "учитывать", r"учитыв|уч[её]т", r"tak(e|es|ing|en) into account"),
        ("exchange views", "обменяться мнениями", rf"обмен{A} мнениями", r"exchang(e|ed|ing) views"),
        ("express support", "высказаться в поддержку", rf"высказ{A} в поддержку", r"express(es|ed|ing)? support"),
        ("draw attention to", "обратить внимание", rf"обрати{A} внимание|обратил{A} внимание", r"dr(aw|ew|awn) (\S+ )?(\S+ )?attention to"),
        ("send condolences", "направить соболезнования", rf"направ{A} соболезнования", r"s(end|ent) condolences"),
        ("on a regular basis", "на постоянной основе", r"на постоянной основе", r"on a regular basis"),
        ("in full", "в полном объёме", r"в полном объеме", r"in full\b"),
        ("under the auspices of the UN", "под эгидой ООН", r"под эгидой оон", r"under the auspices of the UN"),
        ("at the highest and high levels", "на высшем и высоком уровнях", r"на высшем и высоком уровнях",
         r"at the highest and high levels"),
    ],
}


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


def count(ep, rp, pairs):
    """freq: the aligned (ru, en) pairs whose English side matches ep and whose
    normalised Russian side matches rp.  Also used by ../wmt_political/count_terms.py."""
    return sum(1 for r, e in pairs if ep.search(e) and rp.search(norm_ru(r)))


def write_tsv(path, rows):
    """The gold format read by tmtool.evaluation.terms.read_gold: en<TAB>ru<TAB>freq."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("en\tru\tfreq\n")
        for en, ru, freq in rows:
            f.write(f"{en}\t{ru}\t{freq}\n")


def entries():
    """(category, en, ru, English pattern, Russian pattern) for every entry, in TSV order."""
    out = []
    for category, rows in CATEGORIES.items():
        for en, ru, ru_rx, *en_rx in rows:
            ep = re.compile(rf"(?i:{en_rx[0]})") if en_rx else en_pattern(en)
            out.append((category, en, ru, ep, re.compile(ru_rx)))
    return out


def main():
    pairs = read_pairs()
    rows = [(cat, en, ru, count(ep, rp, pairs)) for cat, en, ru, ep, rp in entries()]
    for cat, en, ru, freq in rows:
        print(f"{freq:3d}  {cat:12}  {en}  |  {ru}")
    print(f"{len(pairs)} aligned pairs, {len(rows)} terms")
    for cat in CATEGORIES:
        mine = [freq for c, _, _, freq in rows if c == cat]
        print(f"  {cat}: {len(mine)} entries, {sum(f >= 2 for f in mine)} with freq ≥ 2")
    if "--write" in sys.argv:
        write_tsv(OUT, [(en, ru, freq) for _, en, ru, freq in rows])
        with open(OUT_CATEGORIES, "w", encoding="utf-8", newline="\n") as f:
            f.write("en\tru\tcategory\n")
            for cat, en, ru, _ in rows:
                f.write(f"{en}\t{ru}\t{cat}\n")


if __name__ == "__main__":
    main()
