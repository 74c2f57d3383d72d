"""extract_terms on small hand-made corpora: pairing, counts, direction, seeds, stop list,
and the corpora that cannot yield terms."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from tmtool.errors import TmtoolError
from tmtool.model import Provenance, Unit
from tmtool.terms import TermOptions, candidates, extract_terms, normalise
from tmtool.terms.extract import MAX_UNIT_CHARS

PAIRS = {
    "r1": [("Foreign Minister Sergey Lavrov held talks in Minsk.",
            "Министр иностранных дел России С.В.Лавров провёл переговоры в Минске."),
           ("The Minsk Agreements must be implemented in full.",
            "Минские соглашения должны быть выполнены в полном объёме.")],
    "r2": [("The ministers discussed the Minsk Agreements.", "Министры обсудили Минские соглашения."),
           ("Humanitarian aid was delivered to Donbass.", "В Донбасс была доставлена гуманитарная помощь.")],
    "r3": [("There is no alternative to the Minsk Agreements.", "Альтернативы Минским соглашениям нет."),
           ("Russia will continue to send humanitarian aid.", "Россия продолжит направлять гуманитарную помощь."),
           ("In Moscow, Foreign Minister Sergey Lavrov answered questions.",
            "В Москве Министр иностранных дел России С.В.Лавров ответил на вопросы.")],
    "r4": [("Talks on humanitarian aid continued.", "Переговоры о гуманитарной помощи продолжились.")],
}


def make_units(pairs=PAIRS, src_lang="en-GB", tgt_lang="ru-RU", swap=False) -> list[Unit]:
    units = []
    for release, texts in pairs.items():
        prov = Provenance(release, dt.date(2018, 1, 1), f"title {release}", f"{release}.en", f"{release}.ru")
        for n, (en, ru) in enumerate(texts):
            source, target, sl, tl = (ru, en, tgt_lang, src_lang) if swap else (en, ru, src_lang, tgt_lang)
            units.append(Unit(f"{release}-{n}", source, target, sl, tl, prov))
    return units


def pairs_of(glossary) -> dict[str, str]:
    return {e.source: e.target for e in glossary.entries}


def test_recurring_terms_are_paired_with_nominative_russian():
    glossary = extract_terms(make_units(), "en-GB", "ru-RU")
    found = pairs_of(glossary)
    assert found["Minsk Agreements"] == "Минские соглашения"
    assert found["humanitarian aid"] == "гуманитарная помощь"
    assert found["Foreign Minister"] == "Министр иностранных дел"
    assert found["Sergey Lavrov"] == "С.В.Лавров"
    assert not any("Lavrov" in s and "Minister" in s for s in found)  # a title and a name are two entries
    assert not glossary.messages


def test_entry_counts_contexts_and_forms():
    entry = next(e for e in extract_terms(make_units(), "en-GB", "ru-RU").entries
                 if e.source == "Minsk Agreements")
    assert (entry.freq, entry.releases) == (3, 3)
    assert len(entry.contexts) == 3
    assert {c.release_id for c in entry.contexts} == {"r1", "r2", "r3"}
    assert all("Minsk Agreements" in c.source for c in entry.contexts)
    assert "Минским соглашениям" in entry.target_forms and not entry.target_variants  # a case form, not a term
    assert 0 < entry.confidence <= 1


def test_units_are_read_once_as_they_come():
    """A run hands the glossary its units straight from the store (``Store.units``), never held at once."""
    units = make_units()
    assert extract_terms(iter(units), "en-GB", "ru-RU") == extract_terms(units, "en-GB", "ru-RU")


def test_contexts_are_capped():
    entry = next(e for e in extract_terms(make_units(), "en-GB", "ru-RU", TermOptions(contexts=1)).entries
                 if e.source == "Minsk Agreements")
    assert len(entry.contexts) == 1


def test_either_direction_and_units_stored_either_way():
    forward = pairs_of(extract_terms(make_units(), "en-GB", "ru-RU"))
    backward = pairs_of(extract_terms(make_units(), "ru-RU", "en-GB"))
    stored_reversed = pairs_of(extract_terms(make_units(swap=True), "en-GB", "ru-RU"))
    assert backward["Минские соглашения"] == "Minsk Agreements"
    assert stored_reversed == forward


def test_ranked_best_first_and_top():
    glossary = extract_terms(make_units(), "en-GB", "ru-RU")
    # a single general-language word (talks) comes after the rest, whatever its score
    general = [e.source in ("talks",) for e in glossary.entries]
    assert general == sorted(general)
    scores = [e.score for e in glossary.entries if e.source != "talks"]
    assert scores == sorted(scores, reverse=True)
    assert len(extract_terms(make_units(), "en-GB", "ru-RU", TermOptions(top=2))) == 2


def test_min_freq_raises_the_bar():
    glossary = extract_terms(make_units(), "en-GB", "ru-RU", TermOptions(min_freq=3))
    assert all(e.freq >= 3 for e in glossary.entries)
    assert "Minsk Agreements" in pairs_of(glossary)


def test_stoplist_in_either_language_drops_entries_not_their_pieces():
    found = pairs_of(extract_terms(make_units(), "en-GB", "ru-RU",
                                   TermOptions(stoplist=frozenset({"minsk agreements", "гуманитарная помощь"}))))
    assert "Minsk Agreements" not in found and "humanitarian aid" not in found
    assert "Agreements" not in found and "Минские соглашения" not in found.values()
    assert found["talks"] == "переговоры"


def test_sentence_initial_capitals_are_kept_only_for_proper_names():
    ru = candidates.language("ru")
    texts = ["Гуманитарная помощь поступила.", "Гуманитарная помощь нужна.", "Москва ждёт.", "Москва ответила."]
    forms = {c.form for c in candidates.extract(texts, "ru").values()}
    assert "гуманитарная помощь" in forms and "Москва" in forms
    assert ru.is_proper("Москва") and not ru.is_proper("Гуманитарная")


def test_seeds_come_first():
    options = TermOptions(seeds=(("humanitarian aid", "гуманитарная помощь"), ("Normandy Four", "нормандская четвёрка")))
    glossary = extract_terms(make_units(), "en-GB", "ru-RU", options)
    first = glossary.entries[0]
    assert (first.source, first.target, first.origin) == ("humanitarian aid", "гуманитарная помощь", "seed")
    assert any("Normandy Four" in m for m in glossary.messages)  # a seed the corpus does not hold


@pytest.mark.parametrize("pairs, tgt, message", [
    ({"r1": PAIRS["r1"] + PAIRS["r2"]}, "ru-RU", "release"),
    ({r: [(en, "") for en, _ in p] for r, p in PAIRS.items()}, "ru-RU", "empty"),
    ({r: [(en, en) for en, _ in p] for r, p in PAIRS.items()}, "ru-RU", "Cyrillic"),
    ({}, "ru-RU", "no aligned units"),
])
def test_corpora_that_cannot_hold_terms_give_a_message_and_no_entries(pairs, tgt, message):
    glossary = extract_terms(make_units(pairs, tgt_lang=tgt), "en-GB", tgt)
    assert len(glossary) == 0
    assert len(glossary.messages) == 1 and message in glossary.messages[0]


def test_units_in_other_languages_are_an_error():
    with pytest.raises(TmtoolError, match="de-DE"):
        extract_terms(make_units(tgt_lang="de-DE"), "en-GB", "ru-RU")


def test_number_agrees_across_the_pair():
    # стороны is genitive singular or nominative plural; "sides" settles it
    pairs = {f"r{i}": [("The sides agreed to meet again.", "Стороны договорились встретиться вновь."),
                       ("Both sides welcomed the talks.", "Обе стороны приветствовали переговоры.")]
             for i in range(2)}
    assert pairs_of(extract_terms(make_units(pairs), "en-GB", "ru-RU"))["sides"] == "стороны"


def test_other_english_names_become_synonyms():
    pairs = {"r1": [("Mr Lavrov met the press.", "С.В.Лавров встретился с прессой."),
                    ("Lavrov spoke first.", "С.В.Лавров выступил первым.")],
             "r2": [("Mr Lavrov answered.", "С.В.Лавров ответил."),
                    ("Lavrov left.", "С.В.Лавров уехал.")],
             "r3": [("Lavrov arrived.", "С.В.Лавров прибыл.")]}
    glossary = extract_terms(make_units(pairs), "en-GB", "ru-RU")
    entry = next(e for e in glossary.entries if e.target == "С.В.Лавров")
    assert {entry.source, *entry.source_variants} >= {"Lavrov", "Mr Lavrov"}
    assert len([e for e in glossary.entries if e.target == "С.В.Лавров"]) == 1


def test_a_consistent_corpus_has_nothing_to_check():
    assert extract_terms(make_units(), "en-GB", "ru-RU").inconsistencies == ()


def test_a_single_general_language_word_ranks_below_multi_word_terms():
    pytest.importorskip("wordfreq")
    situation = {f"s{i}": [(f"The situation in Syria is tense, said the spokesman {i}.",
                            f"Ситуация в Сирии напряжённая, сказал представитель {i}.")] for i in range(6)}
    entries = extract_terms(make_units({**PAIRS, **situation}), "en-GB", "ru-RU").entries
    order = [e.source for e in entries]
    assert "situation" in order  # still in the glossary, with its pair
    multi_word = [i for i, source in enumerate(order) if len(source.split()) > 1]
    assert order.index("situation") > max(multi_word)  # more units than Sergey Lavrov, ranked after it
    assert order.index("Syria") < order.index("situation")  # a proper name is no general word


def test_a_name_is_never_glued_to_a_title_on_one_side_only():
    """Issue 15's example: English writes the title and the name as one run of words, Russian
    as two phrases; the English run must not be paired with the Russian title alone."""
    talks = {f"j{i}": [(f"Minister of External Affairs of India Subrahmanyam Jaishankar arrived in Moscow on day {i}.",
                        f"Министр иностранных дел Индии Субраманьям Джайшанкар прибыл в Москву в день {i}."),
                       (f"Minister of External Affairs of India Subrahmanyam Jaishankar met Sergey Lavrov {i}.",
                        f"Министр иностранных дел Индии Субраманьям Джайшанкар встретился с Сергеем Лавровым {i}.")]
             for i in range(3)}
    found = pairs_of(extract_terms(make_units({**PAIRS, **talks}), "en-GB", "ru-RU"))
    glued = {s: t for s, t in found.items() if ("Jaishankar" in s) != ("Джайшанкар" in t)}
    assert not glued
    assert found["Subrahmanyam Jaishankar"] == "Субраманьям Джайшанкар"


def test_extraction_leaves_the_cycle_collector_as_it_found_it():
    extract_terms(make_units(), "en-GB", "ru-RU")
    assert gc.isenabled()
    with pytest.raises(TmtoolError, match="languages"):
        extract_terms(make_units(), "de-DE", "ru-RU")
    assert gc.isenabled()
    gc.disable()
    try:
        extract_terms(make_units(), "en-GB", "ru-RU")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_unit_too_long_to_be_a_sentence_is_left_out_with_a_message():
    units = make_units()
    # A page that lost its punctuation: thousands of words in one unit, the glossary's terms among them.
    soup = " ".join(["humanitarian aid", "bilateral relations", "the situation"] * 600)
    ruined = Unit("9-1", soup, " ".join(["гуманитарная помощь", "двусторонние отношения"] * 600), "en-GB", "ru-RU",
                  units[0].provenance)
    assert len(soup) > MAX_UNIT_CHARS
    glossary = extract_terms([*units, ruined], "en-GB", "ru-RU")
    alone = extract_terms(units, "en-GB", "ru-RU")
    assert glossary.entries == alone.entries
    assert glossary.messages[0] == (f"1 unit(s) longer than {MAX_UNIT_CHARS:,} characters on a side left out "
                                    "(a page without punctuation, not a sentence): 9-1")


def test_a_term_seen_once_in_each_number_recurs():
    # "EU law" once and "EU laws" once are one term seen twice; the other number is its variant
    pairs = {"r1": [("The reforms infringe EU law.", "Реформы нарушают законодательство ЕС.")],
             "r2": [("Scholz came to discuss EU laws.", "Шольц приехал обсудить законодательство ЕС.")]}
    entry = next(e for e in extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
                 if e.target == "законодательство ЕС")
    assert (entry.source, entry.source_variants, entry.freq) == ("EU law", ("EU laws",), 2)


def test_a_plural_in_es_is_a_number_of_its_singular():
    # "greenhouse gases" once and "greenhouse gas" (a modifier) once are one term seen twice
    pairs = {"r1": [("Cutting greenhouse gas emissions is hard.", "Сократить выбросы парниковых газов трудно.")],
             "r2": [("Abramovich released 33.9 tonnes of greenhouse gases.",
                     "Абрамович выпустил 33,9 тонны парниковых газов.")]}
    entry = next(e for e in extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
                 if e.target == "парниковые газы")
    assert (entry.source, entry.freq) == ("greenhouse gases", 2)


def test_a_translation_of_a_taken_partner_is_another_term_of_its_concept():
    # USA and US are both США, Великобритания and Соединенное Королевство both UK: the rarer
    # rendering, a translation word for word with nothing else to link with, is a variant
    pairs = {"r1": [("The US imposed new sanctions.", "США ввели новые санкции."),
                    ("The US and the UK discussed the sanctions.", "США и Соединенное Королевство обсудили санкции."),
                    ("Talks in the USA went on.", "Переговоры в США продолжились."),
                    ("The UK will send troops.", "Великобритания направит войска.")],
             "r2": [("The US and the UK signed a treaty.", "США и Соединенное Королевство подписали договор."),
                    ("The USA rejected the proposal.", "США отвергли предложение."),
                    ("The UK has left the EU.", "Соединенное Королевство вышло из ЕС."),
                    ("The UK protested.", "Великобритания выразила протест.")],
             "r3": [("The UK supported the US.", "Соединенное Королевство поддержало США."),
                    ("Elections in the UK are due.", "Выборы в Соединенном Королевстве пройдут скоро.")]}
    entries = extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
    us = next(e for e in entries if e.target == "США")
    uk = next(e for e in entries if e.source == "UK")
    assert (us.source, us.source_variants) == ("US", ("USA",))
    assert (uk.target, uk.target_variants) == ("Соединенное Королевство", ("Великобритания",))


def test_an_acronym_is_a_variant_of_an_expansion_that_leaves_out_its_last_words():
    # США is Соединенные Штаты Америки: the expansion "Соединенные Штаты" spells only its first letters
    pairs = {"r1": [("The US imposed new sanctions.", "США ввели новые санкции."),
                    ("In response, the United States imposed sanctions.", "В ответ Соединенные Штаты ввели санкции.")],
             "r2": [("The US protested.", "США выразили протест."),
                    ("Then the United States protested.", "Затем Соединенные Штаты выразили протест.")]}
    entries = extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
    entry = next(e for e in entries if e.source == "United States")
    assert (entry.target, entry.source_variants, entry.target_variants) == ("Соединенные Штаты", ("US",), ("США",))
    assert not any(e.source == "US" for e in entries)


def test_a_term_counted_with_its_other_number_is_shown_in_the_number_of_its_partner():
    # Russian says обязательства (plural) in both: the English term is shown as the plural it has too
    pairs = {"r1": [("Germany made no commitment to halt the pipeline.",
                     "Германия не взяла на себя обязательств остановить газопровод.")],
             "r2": [("My boyfriend has commitments at work.", "У моего друга есть обязательства на работе.")]}
    entry = next(e for e in extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
                 if e.target == "обязательства")
    assert (entry.source, entry.source_variants) == ("commitments", ("commitment",))


def test_a_russian_noun_seen_only_with_different_adjectives_is_a_term_of_its_own():
    # as the English "officials" is, without "American" or "Spanish"
    pairs = {"r1": [("American officials told Congress about the pipeline.",
                     "Американские чиновники сообщили Конгрессу о газопроводе.")],
             "r2": [("Spanish officials have warned of a second wave.",
                     "Испанские чиновники предупредили о второй волне.")]}
    assert pairs_of(extract_terms(make_units(pairs), "en-GB", "ru-RU"))["officials"] == "чиновники"


def test_a_rare_number_is_counted_with_the_number_that_stands_as_a_term():
    # министерствах обороны (once) counts with Министерство обороны (twice), as the two English numbers
    # (once each) count together: the pair holds two units
    pairs = {"r1": [("Greece's Defense Ministry confirmed the deal.", "В Министерстве обороны Греции подтвердили сделку.")],
             "r2": [("The defense ministries of France and Greece confirmed it.",
                     "В министерствах обороны Франции и Греции это подтвердили.")],
             "r3": [("Then the Ministry of Defence did not respond.", "Затем Министерство обороны не ответило.")]}
    entry = next(e for e in extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
                 if e.source == "Defense Ministry")
    assert (entry.target, entry.freq, entry.source_variants) == ("Министерство обороны", 2, ("defense ministries",))


def test_an_acronym_whose_partner_its_expansion_takes_is_a_variant_of_it():
    pairs = {"r1": [("Prime Minister Mitsotakis announced the deal.", "Премьер-министр Мицотакис объявил о сделке."),
                    ("The PM confirmed it.", "Премьер-министр это подтвердил.")],
             "r2": [("Prime Minister Modi will attend.", "Премьер-министр Моди будет присутствовать."),
                    ("Prime Minister Johnson spoke.", "Премьер-министр Джонсон выступил."),
                    ("The PM left.", "Премьер-министр уехал.")]}
    entries = extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
    entry = next(e for e in entries if e.source == "Prime Minister")
    assert (entry.target, entry.source_variants) == ("премьер-министр", ("PM",))


def test_an_acronym_of_a_hyphenated_word_s_parts_is_a_variant_of_its_expansion():
    pairs = {"r1": [("The Navy held a parade.", "Военно-морской флот провел парад."),
                    ("The Navy sent ships.", "ВМФ направил корабли.")],
             "r2": [("The Navy is strong.", "Военно-морской флот силен."),
                    ("The Navy trained.", "Военно-морской флот провел учения."),
                    ("The Navy left.", "ВМФ ушел.")]}
    entries = extract_terms(make_units(pairs), "en-GB", "ru-RU").entries
    entry = next(e for e in entries if e.source == "Navy")
    assert (entry.target, entry.target_variants) == ("военно-морской флот", ("ВМФ",))


def test_a_number_seen_twice_in_one_unit_is_still_rare():
    # "air base" twice in one sentence and "air bases" once: two units, one term (and "bases" is the
    # plural of "base", not of a "bas")
    pairs = {"r1": [("Wagner uses an air base in Sirte and an air base in Jufra.",
                     "Вагнер использует авиабазу в Сирте и авиабазу в Джуфре.")],
             "r2": [("They have jets at Gardabia air bases.", "У них есть самолеты на авиабазах Гардабия.")]}
    entry = next(e for e in extract_terms(make_units(pairs), "en-GB", "ru-RU").entries if e.source == "air base")
    assert (entry.target, entry.freq, entry.source_variants, entry.target_variants) == (
        "авиабаза", 2, ("air bases",), ("авиабазы",))


def test_a_name_after_a_title_of_courtesy_stands_on_its_own():
    # "Mr Callaghan" holds Callaghan as a name, not as a piece of a longer term
    pairs = {"r1": [("Mr Callaghan said lenders were disadvantaged.", "Каллаган сказал, что кредиторы в худшем положении.")],
             "r2": [("Mr Callaghan added that the scheme works.", "Каллаган добавил, что схема работает.")]}
    entry = next(e for e in extract_terms(make_units(pairs), "en-GB", "ru-RU").entries if e.target == "Каллаган")
    assert entry.source == "Callaghan" and "Mr Callaghan" in entry.source_variants


def test_a_place_named_only_beside_a_title_is_a_term_of_its_own():
    """Дели is only ever the complement of главный министр, Delhi only the modifier of Chief
    Minister: a place still, no piece of the title (a first name the dictionary knows, Tony
    before Scott, stays a piece of the full name)."""
    pairs = {
        "r1": [("Delhi Chief Minister Arvind Kejriwal offered help.",
                "Главный министр Дели Арвинд Кеджривал предложил помощь."),
               ("Director Tony Scott spoke.", "Выступил режиссёр Тони Скотт.")],
        "r2": [("A call came from Delhi Chief Minister Arvind Kejriwal.",
                "Позвонили из офиса главного министра Дели Арвинда Кеджривала."),
               ("Director Tony Scott left.", "Режиссёр Тони Скотт уехал.")],
        "r3": [("The family met Delhi Chief Minister Arvind Kejriwal.",
                "Семья встретилась с главным министром Дели Арвиндом Кеджривалом.")],
    }
    found = pairs_of(extract_terms(make_units(pairs), "en-GB", "ru-RU"))
    assert found.get("Delhi") == "Дели"
    assert "Tony" not in found


def test_a_name_keeps_its_own_number():
    """``Nations`` is plural, ``Организация`` is not: the Russian name is cited in the singular,
    though «в Организации Объединенных Наций» could be an accusative plural."""
    pairs = {
        "r1": [("He spoke at the United Nations on Monday.",
                "Он выступил в Организации Объединенных Наций в понедельник.")],
        "r2": [("The minister told the United Nations that talks continue.",
                "Министр заявил в Организации Объединенных Наций, что переговоры продолжаются.")],
        "r3": [("Russia raised the issue at the United Nations.",
                "Россия подняла вопрос в Организации Объединенных Наций.")],
    }
    found = pairs_of(extract_terms(make_units(pairs), "en-GB", "ru-RU"))
    assert found.get("United Nations") == "Организация Объединенных Наций"


def test_a_foreign_name_is_cited_as_its_partner_spells_it():
    """pymorphy3 reads «Зинке» as the dative of the name Зинка and «Палу» as a case of пал; seen in
    one form only, each spelling its English partner, they are indeclinable names and cited as
    written. «в Сирте» is a locative after a preposition of place (Sirte is Сирт), «Лаврова» is
    spelt by Lavrov less well than Лавров, and Германии, seen beside Германию, is no nominative."""
    pairs = {
        "r1": [("Zinke visited Palu.", "Зинке посетил Палу."),
               ("Lavrov met Zinke in Sirte.", "Лавров встретился с Зинке в Сирте."),
               ("Germany helped Palu.", "Германия помогла Палу.")],
        "r2": [("Zinke left Palu.", "Зинке покинул Палу."),
               ("Lavrov's talks in Sirte ended.", "Переговоры Лаврова в Сирте завершились."),
               ("The envoy of Germany spoke.", "Выступил посланник Германии.")],
        "r3": [("Zinke thanked Lavrov.", "Зинке поблагодарил Лаврова."),
               ("Troops stayed in Sirte.", "Войска остались в Сирте."),
               ("Russia thanked Germany.", "Россия поблагодарила Германию.")],
    }
    found = pairs_of(extract_terms(make_units(pairs), "en-GB", "ru-RU"))
    assert [found.get(name) for name in ("Zinke", "Palu", "Sirte", "Lavrov", "Germany")] == [
        "Зинке", "Палу", "Сирт", "Лавров", "Германия"]


def test_normalise_reads_one_spelling_of_case_yo_spacing_dashes_and_article():
    assert normalise("The  Северный поток – 2") == normalise("северный поток-2") == "северный поток-2"
    assert normalise("Объём") == normalise("объем")
    assert normalise("премьер-министр") == "премьер-министр"


def test_normalise_reads_an_abbreviations_full_stops_as_british_english_leaves_them_out():
    assert normalise("U.N. General Assembly") == normalise("UN General Assembly") == "un general assembly"
    assert normalise("the U.S.-led coalition") == "us-led coalition"
    assert normalise("Mr. Trump") == normalise("Mr Trump") and normalise("St. Petersburg") == "st petersburg"
    # a full stop that ends a sentence or joins letters of no abbreviation stays
    assert normalise("e.g. this") == "e.g. this" and normalise("Ave.") == "ave."


def test_a_name_is_shown_without_the_article_written_onto_it_where_it_is_seen_so():
    # al-Moualem and Moualem are one name (their key leaves the article out), shown as seen without it
    pairs = {"r1": [("Walid al-Moualem arrived in Moscow.", "Валид аль-Муалем прибыл в Москву.")],
             "r2": [("Then al-Moualem met Lavrov.", "Затем аль-Муалем встретился с Лавровым.")],
             "r3": [("Later Moualem said the talks went well.", "Позднее Муалем сказал, что переговоры прошли.")]}
    entry = next(e for e in extract_terms(make_units(pairs), "en-GB", "ru-RU").entries if "Moualem" in e.source)
    assert (entry.source, entry.target, entry.source_forms) == ("Moualem", "Муалем", ("al-Moualem",))
