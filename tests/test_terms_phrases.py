"""Phrases (a verb with its object, prepositional formulas) and the variants of a concept."""

from __future__ import annotations

import dataclasses

import pytest

from tmtool.terms import english_phrases, russian_phrases
from tmtool.terms.model import Candidate, Occurrence, Occurrences
from tmtool.terms.pairing import Link, competitive_linking
from tmtool.terms.pairing import initials
from tmtool.terms.variants import grouped


def _citations(module, text: str) -> dict[str, str]:
    """citation → surface of every phrase occurrence in ``text``."""
    return {o.citation: o.surface for o in module.candidates(text, 0)}


@pytest.mark.parametrize("text, citation", [
    ("Стороны подтверждают приверженность целям Устава ООН.", "подтверждать приверженность"),
    ("Подтверждена приверженность суверенитету Сирии.", "подтвердить приверженность"),  # passive, perfective
    ("Особое внимание было уделено реализации проектов.", "уделить внимание"),  # the accusative again
    ("Планируется также обменяться мнениями по проблематике.", "обменяться мнениями"),  # instrumental
    ("Призываем подключиться к оказанию гуманитарной помощи Сирии.", "оказание гуманитарной помощи"),
    ("Мы продолжим работу в рамках ОБСЕ.", "в рамках"),
    ("Россия на постоянной основе оказывает помощь.", "на постоянной основе"),
])
def test_russian_phrases(text, citation):
    assert citation in _citations(russian_phrases, text)


def test_a_finite_verb_before_its_subject_makes_no_phrase():
    # состоялись agrees with переговоры: the subject, not an object
    assert not [c for c in _citations(russian_phrases, "14 марта в Москве состоялись переговоры.") if "переговор" in c]


def test_an_aspect_pair_is_one_phrase():
    keys = {o.key for text in ("Стороны подтверждают приверженность.", "Подтверждена приверженность.")
            for o in russian_phrases.candidates(text, 0)}
    assert keys == {("подт", "приверженность", "#sing", "#phrase")}


@pytest.mark.parametrize("text, citation", [
    ("They reaffirmed their commitment to the sovereignty of Syria.", "reaffirm commitment to"),
    ("The sides reaffirm their commitment to the purposes of the UN Charter.", "reaffirm commitment to"),
    ("Particular attention was paid to the implementation of projects.", "pay attention to"),  # passive
    ("They also noted the positive dynamics in trade.", "note positive dynamics in"),  # not "not"
    ("The ministers met on the sidelines of the summit.", "on the sidelines of"),
    ("Kiev acted unilaterally.", "unilaterally"),
    ("The minister made a decision.", "make a decision"),  # the indefinite article stays
    ("It plays an important role.", "play a role"),  # and agrees with the part cited
    ("They made the decision.", "make decision"),  # the definite one belongs to the sentence
])
def test_english_phrases(text, citation):
    assert citation in _citations(english_phrases, text)


@pytest.mark.parametrize("form, base", [("imposed", "impose"), ("expressed", "express"), ("stopped", "stop"),
                                        ("noted", "note"), ("paid", "pay"), ("providing", "provide"),
                                        ("reaffirms", "reaffirm"), ("voiced", "voice")])
def test_english_base_form(form, base):
    assert english_phrases.base_form(form) == base


def test_only_is_no_manner_adverb():
    assert not _citations(english_phrases, "It is only a matter of time.")


def _cand(key: tuple[str, ...], form: str) -> Candidate:
    occ = Occurrence(key=key, surface=form, citation=form, unit=0, start=0, end=len(form), words=len(key))
    return _candidate(key, form, (occ,))


def _candidate(key: tuple[str, ...], form: str, occurrences: tuple[Occurrence, ...]) -> Candidate:
    return Candidate(key=key, form=form, forms=(), occurrences=Occurrences.of(occurrences))


def _link(src: Candidate, tgt: Candidate, units: int) -> Link:
    """A link of two candidates found together in ``units`` units."""
    def spread(cand: Candidate) -> Candidate:
        occ = cand.occurrences[0]
        return _candidate(cand.key, cand.form, tuple(dataclasses.replace(occ, unit=u) for u in range(units)))

    return Link(spread(src), spread(tgt), units, 1.0, 1.0)


def test_an_acronym_joins_its_expansion_and_the_other_number_its_concept():
    sco = _link(_cand(("sco",), "SCO"), _cand(("шос", "#sing"), "ШОС"), 5)
    full = _link(_cand(("shanghai", "cooperation", "organisation"), "Shanghai Cooperation Organisation"),
                 _cand(("шанхайский", "организация", "сотрудничества", "#sing"),
                       "Шанхайская организация сотрудничества"), 2)
    minister = _link(_cand(("foreign", "minister"), "Foreign Minister"),
                     _cand(("министр", "иностранных", "дел", "#sing"), "Министр иностранных дел"), 9)
    ministers = _link(_cand(("foreign", "ministers"), "Foreign Ministers"),
                      _cand(("министр", "иностранных", "дел", "#plur"), "министры иностранных дел"), 2)
    kiev = _link(_cand(("kiev",), "Kiev"), _cand(("киев", "#sing"), "Киев"), 4)
    groups = grouped([sco, minister, kiev, full, ministers])
    assert [(main.src.form, [v.src.form for v in more]) for main, more in groups] == [
        ("Foreign Minister", ["Foreign Ministers"]), ("Kiev", []), ("Shanghai Cooperation Organisation", ["SCO"])]


@pytest.mark.parametrize("form, letters", [("Organization for Security and Co-operation in Europe", "OSCE"),
                                           ("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"),
                                           ("United Nations", "UN"), ("Kiev", None)])
def test_initials(form, letters):
    assert initials(form) == letters


@pytest.mark.parametrize("form, letters", [("Военно-морской флот", "ВМФ"), ("Asia-Pacific Economic Cooperation", "APEC"),
                                           ("United Nations", "UN"), ("Kiev", None)])
def test_initials_of_a_hyphenated_word_s_parts(form, letters):
    assert initials(form, parts=True) == letters


def test_another_spelling_of_a_taken_term_is_its_synonym():
    donbass = _link(_cand(("donbass",), "Donbass"), _cand(("донбасс", "#sing"), "Донбасс"), 6)
    donbas = _link(_cand(("donbas",), "Donbas"), _cand(("донбасс", "#sing"), "Донбасс"), 2)
    found = competitive_linking([donbas, donbass], 0.35, lambda o: o.key, None)
    assert [k.src.form for k in found.links] == ["Donbass"]
    assert [k.src.form for k in found.src_synonyms[("донбасс", "#sing")]] == ["Donbas"]


def test_a_name_without_its_head_is_the_names_synonym():
    def cand(key, form, head):
        return _candidate(key, form, (Occurrence(key=key, surface=form, citation=form, unit=0, start=0,
                                                 end=len(form), words=len(key), head=head),))

    party = cand(("лейбористский", "партия", "#sing"), "лейбористская партия", "партия")
    found = competitive_linking([_link(cand(("labour", "party"), "Labour party", "party"), party, 6),
                                 _link(cand(("labour",), "Labour", "labour"), party, 4)], 0.35, lambda o: o.key, None)
    assert [k.src.form for k in found.links] == ["Labour party"]
    assert [k.src.form for k in found.src_synonyms[party.key]] == ["Labour"]
    # nor is an ocean's: the Pacific is the Pacific Ocean
    ocean = cand(("тихий", "океан", "#sing"), "Тихий океан", "океан")
    links = [_link(cand(("pacific", "ocean"), "Pacific Ocean", "ocean"), ocean, 6),
             _link(cand(("pacific",), "Pacific", "pacific"), ocean, 4)]
    found = competitive_linking(links, 0.35, lambda o: o.key, None)
    assert [k.src.form for k in found.src_synonyms[ocean.key]] == ["Pacific"]
    # a city is no country: Mexico is no Mexico City
    city = cand(("мехико", "#sing"), "Мехико", "мехико")
    found = competitive_linking([_link(cand(("mexico", "city"), "Mexico City", "city"), city, 6),
                                 _link(cand(("mexico",), "Mexico", "mexico"), city, 4)], 0.35, lambda o: o.key, None)
    assert not found.src_synonyms[city.key]
    # in lower case it is a word, not the name (labour ↔ лейбористская партия is no synonym)
    found = competitive_linking([_link(cand(("labour", "party"), "Labour party", "party"), party, 6),
                                 _link(cand(("labour",), "labour", "labour"), party, 4)], 0.35, lambda o: o.key, None)
    assert not found.src_synonyms[party.key]


def test_a_noun_that_governs_the_instrumental_takes_its_complement():
    from tmtool.terms import russian

    found = {o.citation for o in russian.candidates("Стороны провели обмен мнениями и пресекают торговлю оружием.", 0)}
    assert {"обмен мнениями", "торговля оружием"} <= found


# The issue's examples of what translators look up most, each in three releases' sentences.
ISSUE_EXAMPLES = [
    ("The ministers had an exchange of views on Syria.", "Министры провели обмен мнениями по Сирии."),
    ("An exchange of views took place on regional issues.", "Состоялся обмен мнениями по региональным проблемам."),
    ("The sides held a detailed exchange of views.", "Стороны провели подробный обмен мнениями."),
    ("Sergey Lavrov met Wang Yi on the sidelines of the UN General Assembly.",
     "С.В.Лавров встретился с Ван И на полях Генеральной Ассамблеи ООН."),
    ("The talks took place on the sidelines of the summit.", "Переговоры состоялись на полях саммита."),
    ("On the sidelines of the forum, the minister met the delegation.", "На полях форума министр встретился с делегацией."),
    ("The ministers expressed concern over the escalation in Yemen.", "Министры выразили обеспокоенность эскалацией в Йемене."),
    ("Russia expressed concern over the deployment of missiles.", "Россия выразила обеспокоенность размещением ракет."),
    ("The sides expressed concern over the humanitarian situation.", "Стороны выразили обеспокоенность гуманитарной ситуацией."),
    ("The sides reaffirmed their commitment to the UN Charter.", "Стороны подтвердили приверженность Уставу ООН."),
    ("The ministers reaffirmed their commitment to a political settlement.",
     "Министры подтвердили приверженность политическому урегулированию."),
    ("Moscow reaffirmed its commitment to the Minsk Agreements.", "Москва подтвердила приверженность Минским соглашениям."),
    ("The conflict must be settled by political and diplomatic means.",
     "Конфликт должен быть урегулирован политико-дипломатическими средствами."),
    ("Russia supports a settlement by political and diplomatic means.",
     "Россия поддерживает урегулирование политико-дипломатическими средствами."),
    ("The crisis can only be resolved through political and diplomatic means.",
     "Кризис может быть разрешён только политико-дипломатическими средствами."),
]


def test_the_issue_s_examples_are_glossary_entries():
    from tmtool.model import Provenance, Unit
    from tmtool.terms import extract_terms

    units = [Unit(f"r{k}-1", en, ru, "en-GB", "ru-RU", Provenance(f"r{k}", None, "t", "a.txt", "b.txt"))
             for k, (en, ru) in enumerate(ISSUE_EXAMPLES)]
    entries = {(e.source, e.target) for e in extract_terms(units, "en-GB", "ru-RU").entries}
    assert {("exchange of views", "обмен мнениями"), ("on the sidelines of", "на полях"),
            ("express concern over", "выразить обеспокоенность"), ("reaffirm commitment to", "подтвердить приверженность"),
            ("political and diplomatic means", "политико-дипломатические средства")} <= entries


def test_a_verb_with_its_object_is_never_paired_with_a_formula():
    # "the call was initiated by" is rendered "по инициативе": the English verb phrase and the
    # Russian formula recur together, but say different things; the formulas pair among themselves
    from tmtool.model import Provenance, Unit
    from tmtool.terms import extract_terms

    texts = [("The call was initiated by the French side.", "Разговор состоялся по инициативе французской стороны."),
             ("The call was initiated by the Russian side.", "Разговор состоялся по инициативе российской стороны."),
             ("The call was initiated by the German side.", "Разговор состоялся по инициативе германской стороны."),
             ("The ministers met on the sidelines of the summit.", "Министры встретились на полях саммита."),
             ("The talks were held on the sidelines of the forum.", "Переговоры прошли на полях форума.")]
    units = [Unit(f"r{k}-1", en, ru, "en-GB", "ru-RU", Provenance(f"r{k}", None, "t", "a.txt", "b.txt"))
             for k, (en, ru) in enumerate(texts)]
    entries = {(e.source, e.target) for e in extract_terms(units, "en-GB", "ru-RU").entries}
    assert ("on the sidelines of", "на полях") in entries
    assert not [pair for pair in entries if pair[1] == "по инициативе"]


def test_a_phrase_cut_short_is_no_partner():
    # the Russian says the modifier two ways, so its phrase recurs without it; the English one
    # keeps "positive", which the Russian renders beside its phrase: the pair would leave it out
    from tmtool.model import Provenance, Unit
    from tmtool.terms import extract_terms

    texts = [("We noted positive dynamics in trade and economic cooperation.",
              "Отметили позитивную динамику торгово-экономического сотрудничества."),
             ("They also noted the positive dynamics in trade and economic cooperation.",
              "Отмечена положительная динамика торгово-экономического сотрудничества."),
             ("The ministers discussed trade and economic cooperation.",
              "Министры обсудили торгово-экономическое сотрудничество.")]
    units = [Unit(f"r{k}-1", en, ru, "en-GB", "ru-RU", Provenance(f"r{k}", None, "t", "a.txt", "b.txt"))
             for k, (en, ru) in enumerate(texts)]
    entries = {(e.source, e.target) for e in extract_terms(units, "en-GB", "ru-RU").entries}
    assert ("trade and economic cooperation", "торгово-экономическое сотрудничество") in entries
    assert not [pair for pair in entries if pair[1] == "отметить динамику"]
