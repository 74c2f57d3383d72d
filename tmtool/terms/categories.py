"""What an entry names — ``term``, ``phrase``, ``name``, ``organisation`` or ``title``
(``model.CATEGORIES``) — from the shape of its two sides, so that a user can filter.

A phrase is a phrase candidate (``model.PHRASE``). Otherwise the English side speaks first,
where it is English, since its capitals and heads are the clearer signs: a title ends in a
title head (``Foreign Minister``, ``Secretary-General``); an organisation is an acronym or ends
in a word that heads names of bodies (``Security Council``, ``World Food Programme``); a
name is written with capitals throughout (``Minsk Agreements``, ``Sergey Lavrov``). The
Russian side adds what pymorphy3 knows: a person's name, an organisation's tag, an
abbreviation. Anything else is a term.
"""

from __future__ import annotations

from tmtool.terms import english, russian
from tmtool.terms.model import Candidate, is_phrase
from tmtool.text import primary

#: English heads of the names of bodies and institutions.
ORGANISATION_HEADS = frozenset("""
council organisation organization ministry commission committee agency agencies mission union alliance assembly
parliament court bank fund programme program coalition office service services forces army navy party
movement front group congress secretariat embassy consulate department centre center institute foundation
""".split())
_RUSSIAN_ORGANISATION = frozenset({"Orgn", "Abbr"})


def _english(cand: Candidate) -> str:
    words = [w for w in cand.form.replace("’s", "").split() if w.lower() not in english.GLUE]
    head = cand.key[-1]
    if head in english.TITLE_HEADS or head.split("-")[0] in english.TITLE_HEADS:
        return "title"
    if all(w.isupper() and len(w) > 1 for w in words) or (head in ORGANISATION_HEADS and words[-1][:1].isupper()):
        return "organisation"
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words):
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
