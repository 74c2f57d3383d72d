"""Russian noun phrases and their nominative (tmtool.terms.russian)."""

from __future__ import annotations

import importlib.util

import pytest

from paths import DATA, REPO
from tmtool.terms import nominative, normalise
from tmtool.evaluation.terms import CASES, inflect, read_categories, read_gold
from tmtool.terms import russian
from tmtool.terms.russian import candidates, is_place

GOLD = read_gold(DATA / "gold_glossary.tsv")
CATEGORY = read_categories(DATA / "gold_glossary.categories.tsv")


@pytest.mark.parametrize("oblique, expected", [
    ("Министром иностранных дел", "Министр иностранных дел"),
    ("Министра иностранных дел России", "Министр иностранных дел России"),
    ("С.В.Лаврова", "С.В.Лавров"),
    ("Минских соглашений", "Минские соглашения"),
    ("Комплексу мер по выполнению Минских соглашений", "Комплекс мер по выполнению Минских соглашений"),
    ("резолюцией Совета Безопасности ООН № 2254", "резолюция Совета Безопасности ООН № 2254"),
    ("переговорах", "переговоры"),
    ("нормандской четвёркой", "нормандская четвёрка"),
    ("мирных жителей", "мирные жители"),
    ("торгово-экономическому сотрудничеству", "торгово-экономическое сотрудничество"),
    ("Российского центра по примирению враждующих сторон", "Российский центр по примирению враждующих сторон"),
])
def test_nominative_of_oblique_forms(oblique, expected):
    assert nominative(oblique) == expected


@pytest.mark.parametrize("oblique, expected", [
    ("Чада", "Чад"), ("чада", "чадо"),  # a capital makes it the country the dictionary knows
    ("Даунинг-стрит", "Даунинг-стрит"),  # no plural of a woman's name Даунинга: a name is never plural
    # a ministry named by Мин and a feminine or neuter genitive does not decline; Минтруд and Минфин do
    ("Минцифры", "Минцифры"), ("Минприроды", "Минприроды"), ("Минобороны России", "Минобороны России"),
    ("Минтруда", "Минтруд"), ("Минфина", "Минфин"), ("Министра", "Министр"), ("Министры", "Министры"),
])
def test_a_word_read_as_written(oblique, expected):
    assert nominative(oblique) == expected


def test_not_a_noun_phrase_is_returned_unchanged():
    assert nominative("подчеркнул, что") == "подчеркнул, что"


def test_gold_terms_come_back_from_every_oblique_case():
    """The acceptance test: each gold Russian term inflected into the five oblique cases
    and brought back; at least 95 % must give the gold form again. Phrases are verb phrases in
    the infinitive and prepositional formulas: nothing to inflect."""
    terms = sorted({g.target for g in GOLD if CATEGORY[(g.source, g.target)] != "phrase"})
    forms = [(term, case, inflect(term, case)) for term in terms for case in CASES]
    wrong = [(term, case, form, nominative(form)) for term, case, form in forms
             if normalise(nominative(form)) != normalise(term)]
    assert len(forms) == 5 * len(terms)
    assert 1 - len(wrong) / len(forms) >= 0.95, wrong


def test_inflection_really_changes_the_form():
    # otherwise the test above would pass on nominatives fed back unchanged
    assert inflect("Минские соглашения", "gent") == "Минских соглашений"
    assert inflect("Министр иностранных дел", "ablt") == "Министром иностранных дел"


def test_attested_nominative_keeps_its_spelling():
    occ = {o.surface: o for o in candidates("Комплекс мер не выполнен.", 0)}
    assert occ["Комплекс мер"].attested and occ["Комплекс мер"].citation == "Комплекс мер"


def test_a_po_group_ends_a_term_unless_a_genitive_completes_it():
    """``по`` + a dative group is part of the term it follows (an allowance for unemployment), but
    a group that a genitive completes stays with it: ``по выполнению`` says nothing alone."""
    found = {o.citation for o in candidates("Бонусы к пособию по безработице продлят.", 0)}
    assert "пособие по безработице" in found
    found = {o.citation for o in candidates("Комплекс мер по выполнению Минских соглашений.", 0)}
    assert "Комплекс мер по выполнению Минских соглашений" in found
    assert "Комплекс мер по выполнению" not in found


def test_genitive_complement_records_its_governor():
    occ = {o.surface: o for o in candidates("телефонный разговор Министра иностранных дел", 0)}
    assert occ["иностранных дел"].governor == "министр"
    assert occ["телефонный разговор"].governor is None


def test_a_place_is_read_as_one():
    assert is_place("Дели") and is_place("Крыма")
    assert not is_place("Безопасности") and not is_place("дели")  # a common noun; a verb's form
    assert not is_place("РОССИИ")  # a headline's capitals say nothing


def test_number_is_part_of_the_key():
    """Plurals stay plural (Минские соглашения ↔ Minsk Agreements), singulars singular."""
    sing = next(o for o in candidates("Минским соглашением", 0) if o.words == 2)
    plur = next(o for o in candidates("Минскими соглашениями", 0) if o.words == 2)
    assert sing.key != plur.key
    assert (sing.citation, plur.citation) == ("Минское соглашение", "Минские соглашения")


def test_prepositions_and_conjunctions_are_not_nouns():
    surfaces = {o.surface for o in candidates("в Москве и с Россией", 0)}
    assert surfaces == {"Москве", "Россией"}


def test_names_in_guillemets_are_one_term_cited_without_them():
    surfaces = {o.surface: o for o in candidates("группировок ИГИЛ и «Джабхат ан-Нусра», а также «это цитата»", 0)}
    assert surfaces["«Джабхат ан-Нусра»"].citation == "Джабхат ан-Нусра"
    assert "Джабхат" not in surfaces  # no pieces cut out of the name
    assert "цитата" in surfaces  # a quotation is not a name


def test_the_case_forms_of_a_name_in_guillemets_are_one_term():
    found = [o for text in ("против «Джабхат ан-Нусры» и", "на «Джабхат ан-Нусра» и", "боевики «Исламского государства»",
                            "«Исламское государство» заявило", "поставки «Газпрома» в", "«Газпром» сообщил")
             for o in candidates(text, 0) if "«" in o.surface and o.surface.startswith("«")]
    assert {(o.key, o.citation) for o in found} == {
        (("джабхат", "нусра", "#sing"), "Джабхат ан-Нусра"),
        (("исламское", "государство", "#sing"), "Исламское государство"),
        (("газпром", "#sing"), "Газпром")}


def test_a_person_s_name_is_never_the_tail_of_a_title():
    surfaces = {o.surface for o in candidates("Министра иностранных дел России С.В.Лаврова", 0)}
    assert {"Министра иностранных дел России", "С.В.Лаврова"} <= surfaces
    assert not any("Лаврова" in s and "Министра" in s for s in surfaces)


def test_two_names_joined_by_i_stay_two():
    surfaces = {o.surface for o in candidates("в Донецке и Луганске", 0)}
    assert surfaces == {"Донецке", "Луганске"}


def test_words_that_date_an_event_start_no_term():
    surfaces = {o.surface for o in candidates("график предстоящих двусторонних контактов", 0)}
    assert "двусторонних контактов" in surfaces
    assert not any("предстоящих" in s for s in surfaces)


def test_an_ordinal_is_not_read_as_the_noun_it_may_spell():
    # "второй" may be the genitive of "втора" (a second voice): read so, "второй волны" was a
    # term "втора волны"; an ordinal starts no term, so "волны" stands alone
    assert {o.citation for o in candidates("начало второй волны пандемии", 0)} >= {"волна пандемии"}
    assert not any("втор" in o.citation for o in candidates("начало второй волны пандемии", 0))


@pytest.mark.parametrize("citation, surfaces, number, expected", [
    ("сторона", ["стороны", "стороны"], "plur", "стороны"),  # genitive singular or nominative plural
    ("сторона", ["сторона"], "plur", None),  # a nominative singular is singular
    ("пандемии", ["пандемии"], "sing", "пандемия"),
    ("переговоры", ["переговорах", "переговоры"], "sing", None),  # plural only
    ("переговоры", ["переговорах"], "plur", None),  # already plural
])
def test_a_citation_form_takes_the_other_number_only_when_every_surface_allows_it(citation, surfaces, number,
                                                                                   expected):
    assert russian.in_number(citation, surfaces, number) == expected


def test_letters_written_onto_a_number_are_no_word():
    assert [o.surface for o in candidates("75-летие Победы", 0)] == ["Победы"]


def test_a_participle_in_lower_case_is_no_part_of_a_name():
    # what befell a place (аннексированный Севастополь, as English "annexed Sevastopol") is no
    # part of its name, and the name is not cut out of a longer term; a name's own participle
    # (Объединённые) and a common noun's (вооружённые силы) are
    assert [(o.surface, o.bound) for o in candidates("в аннексированном Севастополе", 0)] == [("Севастополе", False)]
    assert "Объединённые Арабские Эмираты" in {o.surface for o in candidates("Объединённые Арабские Эмираты", 0)}
    assert "вооружённые силы" in {o.surface for o in candidates("вооружённые силы", 0)}


@pytest.mark.parametrize("oblique, expected", [("высшего суда", "высший суд"), ("высшему руководству", "высшее руководство"),
                                               ("крупнейшего партнёра", "крупнейший партнёр")])
def test_a_superlative_stays_the_word_it_is(oblique, expected):
    # pymorphy3 files высший under высокий and would cite it as высочайший
    assert nominative(oblique) == expected


def test_a_superlative_is_put_into_a_case_as_itself():
    assert russian.inflect("высший суд", "gent") == "высшего суда"


def test_an_adjective_before_a_feminine_noun_is_put_into_the_accusative_without_animacy():
    assert russian.inflect("Высшая избирательная комиссия", "accs") == "Высшую избирательную комиссию"
    assert russian.inflect("высший суд", "accs") == "высший суд"


def test_abroad_is_part_of_the_term_it_follows():
    found = {o.citation for o in candidates("Регистрация избирателей за рубежом и поддержка соотечественников за границей.", 0)}
    assert {"избиратели за рубежом", "соотечественники за границей", "избиратели"} <= found


def test_what_is_elected_entered_or_invaded_is_part_of_the_term():
    found = {o.citation for o in candidates("Регистрация избирателей для выборов в Сенат и вопрос о вступлении в НАТО. "
                                            "Он сделал выбор в пользу мира.", 0)}
    assert {"выборы в Сенат", "вступление в НАТО"} <= found
    assert not any(c.startswith("выбор в") for c in found)  # a choice in favour of: no goal


def test_a_letter_alone_is_an_initial_or_a_unit_not_a_term():
    found = {o.surface for o in candidates("Маршал Р. К. С. Бхадауриа заказал такси (цена 850р).", 0)}
    assert not {s for s in found if len(s) == 1}
    assert "такси" in found


def test_an_acronym_after_a_noun_is_its_complement_and_a_share_governs_no_term():
    found = {o.surface: o for o in candidates("Аналитики ПСБ отмечают, что почти половина британцев верит "
                                              "отдельным видам юридических лиц.", 0)}
    assert found["ПСБ"].governor == "аналитик"  # a name of its own, not a piece of «аналитики ПСБ»
    assert "половина британцев" not in found and found["британцев"].governor is None
    assert found["юридических лиц"].governor is None


@pytest.mark.parametrize("oblique, expected", [
    ("Ростуризма", "Ростуризм"), ("Росавиацию", "Росавиация"), ("Росимуществом", "Росимущество"),
    ("Шольцем", "Шольц"), ("Роснефти", "Роснефть"),  # a foreign name, and an agency the dictionary knows
])
def test_an_agency_named_as_a_compound_abbreviation_declines_as_its_noun(oblique, expected):
    assert nominative(oblique) == expected


def test_a_noun_read_likelier_as_an_adverb_is_the_noun_after_an_agreeing_adjective():
    assert nominative("углеводородным следом") == "углеводородный след"
    assert "мирным путём" in {o.surface for o in candidates("решить конфликт мирным путём", 0)}
    assert not {o.surface for o in candidates("Они пришли следом за ним.", 0)}  # an adverb alone


def test_adjectives_agree_with_the_number_of_an_indeclinable_abbreviation():
    assert nominative("государственным СМИ") == "государственные СМИ"  # not a masculine singular
    assert russian.inflect("государственные СМИ", "gent") == "государственных СМИ"
    assert nominative("Генеральной Ассамблеи ООН") == "Генеральная Ассамблея ООН"


def test_a_capitalised_word_the_dictionary_knows_only_as_a_verb_is_a_name_inside_a_sentence():
    assert ("Заев", ("заев", "#sing", "#name")) in {(o.surface, o.key) for o in candidates(
        "— заявил Заев после голосования.", 0)}  # not a gerund of заесть
    assert not {o.surface for o in candidates("Заявил он.", 0)}


def test_a_term_is_put_in_the_other_number_only_where_its_adjectives_allow_it():
    assert russian.in_number("ядерное оружие", ["ядерного оружия"], "plur") is None  # no «ядерные оружия»
    assert russian.in_number("сторона", ["стороны"], "plur") == "стороны"


def test_a_quotation_that_opens_with_a_verb_names_nobody():
    for text in ('Он сказал — "Поможем всем".', "и добавил — «Поможем, — сказал он, — всем».", "как он выразился, „Поможем“"):
        assert "Поможем" not in {o.surface for o in candidates(text, 0)}, text


def test_a_russian_text_read_in_the_wrong_code_page_gives_no_terms():
    from tmtool.terms.russian import candidates

    assert not list(candidates("Ìèíèñòð èíîñòðàííûõ äåë Ãðåöèè Íèêîñ Äåíäèàñ.", 0))
    assert "Греция" in {o.citation for o in candidates("Министр Греции сказал.", 0)}


def test_the_noun_of_a_complex_preposition_heads_no_term():
    from tmtool.terms.russian import candidates

    found = {o.citation for o in candidates("Парад прошёл в честь Дня ВМФ в рамках праздника.", 0)}
    assert "День ВМФ" in found and not any(c.startswith(("честь", "рамки")) for c in found)


def test_a_citation_may_be_a_nominative_singular_only():
    assert russian.may_be_citation("Гарисса") and russian.may_be_citation("Германия")
    assert not russian.may_be_citation("Германии") and not russian.may_be_citation("Украине")


def test_an_adjective_is_cited_in_its_usual_spelling():
    # pymorphy3 reads окружного, основного, родного alike as the -ый and the -ой adjective and lists the
    # rare -ый spelling first
    assert [russian.nominative(t) for t in ("окружного суда", "основного принципа", "родного языка",
                                             "валового внутреннего продукта")] == [
        "окружной суд", "основной принцип", "родной язык", "валовой внутренний продукт"]


def test_the_adjective_doublets_are_what_their_script_writes():
    spec = importlib.util.spec_from_file_location("doublets", REPO / "scripts" / "ru_adjective_doublets.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    first, *rows = script.OUT.read_text("utf-8").splitlines()
    if first != script.header():  # another dictionary or word list installed than the one it was made from
        pytest.skip(f"{script.OUT.name} was written from other versions: {first}")
    assert [tuple(row.split("\t")) for row in rows] == script.doublets()


def test_a_name_s_number_is_part_of_it_however_it_is_joined():
    found = [o for text in ("работу «Северного потока-2» и", "проект «Северный поток – 2» стоимостью",
                            "газопровода Северный поток – 2 и", "остановить работу \"Северного потока-2\" в")
             for o in candidates(text, 0) if o.surface.lstrip("«\"").startswith("Северн")]
    assert {o.key for o in found} == {("северный", "поток", "2", "#sing")}
    assert {o.citation for o in found} == {"Северный поток-2", "Северный поток – 2"}
    assert not any(o.key == ("северный", "поток", "#sing") for text in ("газопровода Северный поток – 2 и",)
                   for o in candidates(text, 0))
    assert {o.citation for o in candidates("ЗРПК \"Панцирь-С1\" российского", 0)} >= {"Панцирь-С1"}


def test_numbers_that_name_nothing_stay_apart():
    assert {o.surface for o in candidates("в 2018-2019 годах", 0)} == {"годах"}
    assert "Москва 2" not in {o.citation for o in candidates("в Москве 2 дня", 0)}


def test_an_abbreviation_with_a_capital_inside_keeps_its_form():
    assert {russian.inflect("МиГ-29", case) for case in CASES} == {"МиГ-29"}


def test_a_title_of_courtesy_alone_is_no_term():
    found = {o.surface for o in candidates("Господин заявил, что господин Блэр и г-н Трамп правы.", 0)}
    assert {"господин Блэр", "Блэр", "г-н Трамп", "Трамп"} <= found
    assert not found & {"Господин", "господин", "г-н"}


def test_an_arabic_article_written_onto_a_name_is_no_part_of_its_key():
    keys = {o.surface: o.key for text in ("президент Башар аль-Асад заявил", "Асад заявил", "«Джабхат ан-Нусра» и")
            for o in candidates(text, 0)}
    assert keys["аль-Асад"][0] == keys["Асад"][0] == "асад"
    assert keys["«Джабхат ан-Нусра»"] == ("джабхат", "нусра", "#sing")
    assert russian.articled("аль-Муалем") and not russian.articled("Муалем")


def test_a_capitalised_ordinal_inside_a_sentence_begins_a_name():
    assert {o.citation for o in candidates("итоги Второй мировой войны и Третьего рейха", 0)} >= {
        "Вторая мировая война", "Третий рейх"}
    # at a sentence's start, and in lower case, an ordinal still dates what follows, no name begins
    assert not any(o.citation.lower().startswith("втор") for o in candidates("Второй тур выборов и второй визит", 0))
