"""What an entry names — ``term``, ``phrase``, ``name``, ``organisation`` or ``title``
(``model.CATEGORIES``) — from the shape of its two sides, so that a user can filter.

A phrase is a phrase candidate (``model.PHRASE``). Otherwise the English side speaks first,
where it is English, since its capitals and heads are the clearer signs: a title has a
title head (``Foreign Minister``, ``Secretary-General``, ``Minister for Foreign Affairs``: the head
comes before an ``of``/``for`` phrase); an organisation is an acronym (not a country's: ``U.S.``) or
has a head that heads names of bodies (``Security Council``, ``Centre for Reconciliation of …``); a
name is written with capitals throughout (``Minsk Agreements``, ``Sergey Lavrov``) or is a document,
format or process named after one (``Normandy format``, ``Astana process``). The
Russian side adds what pymorphy3 knows: a person's name, an organisation's tag, an
abbreviation. Anything else is a term.
"""

from __future__ import annotations

import regex

from tmtool.terms import english, russian
from tmtool.terms.model import Candidate, is_phrase
from tmtool.text import primary

#: English heads of the names of bodies and institutions.
ORGANISATION_HEADS = frozenset("""
council organisation organization ministry commission committee agency agencies mission union alliance assembly
parliament court bank fund programme program coalition office service services forces army navy party
movement front group congress secretariat embassy consulate department centre center institute foundation
government administration cabinet authority authorities senate duma chamber board bureau directorate tribunal
association corporation company academy university church guard police
""".split())
#: English heads of positions and titles: the extractor's title heads and the other usual ones.
TITLE_WORDS = english.TITLE_HEADS | frozenset("""
deputy head leader speaker senator adviser advisor counsellor counselor consul consul-general attaché attache
chief commander emir sultan sheikh pope patriarch monarch emperor ombudsman rapporteur coordinator
""".split())
#: English heads of the names of documents, agreements, formats and processes (``Normandy format``,
#: ``Astana process``): names when what they are named after is (a capital first word).
DOCUMENT_HEADS = frozenset("""
format process agreement agreements accord accords resolution declaration memorandum treaty charter convention
protocol initiative plan project communique talks deal
""".split())
#: Country names written as acronyms: names of places, not of organisations.
COUNTRY_ACRONYMS = frozenset("US U.S. USA U.S.A. UK U.K. UAE U.A.E. DPRK PRC ROK FRG GDR USSR DRC CAR".split())
_RUSSIAN_ORGANISATION = frozenset({"Orgn", "Abbr"})
#: A name's lower-case particle joined to a capital (``al-Nusra``, ``ad-Din``): a capitalised word.
_PARTICLE = regex.compile(r"\p{Ll}{1,3}-\p{Lu}")


def _english(cand: Candidate) -> str:
    words = [w for w in cand.form.replace("’s", "").split() if w.lower() not in english.GLUE]
    head = english.head(cand.key)
    if any(part in TITLE_WORDS or part.removesuffix("s") in TITLE_WORDS for part in (head, *head.split("-"))):
        return "title"
    if cand.form in COUNTRY_ACRONYMS:
        return "name"
    if all(w.isupper() and len(w) > 1 for w in words) or (head in ORGANISATION_HEADS and words[-1][:1].isupper()):
        return "organisation"
    if all(w[:1].isupper() or not w[:1].isalpha() or _PARTICLE.match(w) for w in words):
        return "name"
    if head in DOCUMENT_HEADS and words[0][:1].isupper():
        return "name"
    return "term"


def _russian(cand: Candidate) -> str:
    if cand.key[-1:] == ("#name",):
        return "name"
    words = [w for w in cand.key if not w.startswith("#")]
    if len(words) == 1 and cand.form.isupper() and len(cand.form) > 1:
        return "organisation"
    if words and all(russian.is_proper(w) for w in cand.form.split()):
        tags = russian.tags(words[-1])
        return "organisation" if tags & _RUSSIAN_ORGANISATION else "name"
    return "term"


def category(src: Candidate, tgt: Candidate, src_lang: str, tgt_lang: str) -> str:
    if is_phrase(src.key) or is_phrase(tgt.key):
        return "phrase"
    for cand, lang in ((src, src_lang), (tgt, tgt_lang)):
        if primary(lang) == "en":
            return _english(cand)
    for cand, lang in ((src, src_lang), (tgt, tgt_lang)):
        if primary(lang) == "ru":
            return _russian(cand)
    return "term"
