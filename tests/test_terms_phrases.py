"""Phrases (a verb with its object, prepositional formulas) and the variants of a concept."""

from __future__ import annotations

import dataclasses

import pytest

from tmtool.terms import english_phrases, russian_phrases
from tmtool.terms.model import Candidate, Occurrence
from tmtool.terms.pairing import Link, competitive_linking
from tmtool.terms.variants import grouped, initials


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
    return Candidate(key=key, form=form, forms=(), occurrences=occurrences)


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


def test_another_spelling_of_a_taken_term_is_its_synonym():
    donbass = _link(_cand(("donbass",), "Donbass"), _cand(("донбасс", "#sing"), "Донбасс"), 6)
    donbas = _link(_cand(("donbas",), "Donbas"), _cand(("донбасс", "#sing"), "Донбасс"), 2)
    found = competitive_linking([donbas, donbass], 0.35, lambda o: o.key, None)
    assert [k.src.form for k in found.links] == ["Donbass"]
    assert [k.src.form for k in found.src_synonyms[("донбасс", "#sing")]] == ["Donbas"]
