"""Fuzzy lookup and concordance over a store.

Both find candidates through the full-text index of terms (word dictionary
forms), then judge them on the text itself: lookup scores each candidate with
rapidfuzz's ``ratio`` (100 = identical, the usual CAT-tool match percentage);
concordance keeps the units where the phrase's terms occur in a row.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from rapidfuzz import fuzz

from tmtool.model import Unit
from tmtool.errors import StoreError
from tmtool.store.store import Store
from tmtool.store.words import guess_lang, index_terms, terms, words

# Candidates are the unit sides that share the most of the query's RAREST_TERMS
# rarest index terms: those holding all of them, then all but one, and so on down
# to two (one, for a query of one or two terms), until a tier would bring more
# than CANDIDATES. A unit scoring 70 or more shares most of the query's words, so
# it sits in an early tier even when the query changed two of them; and
# conjunctions of rare terms select few rows, so the cost follows how rare the
# query's words are, not the size of the store. Four terms: on a million units
# (benchmarks/lookup.py) five or six found the same best matches, 2× and 5× slower.
RAREST_TERMS = 4
CANDIDATES = 100


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    unit: Unit  # source in the query's language


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What a lookup found: the ``matches`` scoring at least ``min_score``, best first, and
    ``best_score``, the best score of any unit the index offered, under ``min_score`` too, so
    that a miss can say how near it came (None: the index offered none, as no stored unit
    shares enough of the text's words)."""

    matches: tuple[Match, ...]
    min_score: float
    best_score: float | None


@dataclass(frozen=True, slots=True)
class Hit:
    unit: Unit  # source in the phrase's language
    spans: tuple[tuple[int, int], ...]  # where the phrase occurs in ``unit.source``


def _lang(store: Store, text: str, lang: str | None) -> str:
    if lang:
        return lang
    known = store.languages()
    guessed = guess_lang(text, known)
    if guessed is None:
        raise StoreError(f"{store.path}: cannot tell the language of {text!r} among "
                         f"{', '.join(sorted(known)) or 'no languages'}; give one")
    return guessed


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _normal(text: str) -> str:
    return " ".join(text.split())


def _by_rarity(store: Store, query_terms: set[str]) -> list[str]:
    """The query terms the index holds, rarest first."""
    docs = {}
    for term in query_terms:
        row = store.db.execute("SELECT docs FROM term_docs WHERE term = ?", (term,)).fetchone()
        if row:
            docs[term] = row[0]
    return sorted(docs, key=lambda t: (docs[t], t))


def _rows(store: Store, expression: str, ranked: bool = False) -> list[int]:
    """Index rows matching ``expression``: the best CANDIDATES by bm25, or, unranked, one more
    than CANDIDATES at most (enough to tell a crowded tier, and cheap: no row is scored)."""
    order, limit = (" ORDER BY rank", CANDIDATES) if ranked else ("", CANDIDATES + 1)
    return [r[0] for r in store.db.execute(f"SELECT rowid FROM unit_terms WHERE unit_terms MATCH ?{order} LIMIT ?",
                                           (expression, limit))]


def _candidates(store: Store, terms_by_rarity: list[str]) -> list[int]:
    """Term-index rows (2 × unit row id + side) sharing the most of the query's rarest terms."""
    quoted = [_quote(t) for t in terms_by_rarity]
    rare = quoted[:RAREST_TERMS]
    found: list[int] = []
    for size in range(len(rare), min(len(rare), 2) - 1, -1):
        rows = _rows(store, " OR ".join(f"({' AND '.join(group)})" for group in itertools.combinations(rare, size)))
        if len(rows) <= CANDIDATES:
            found = rows  # each tier holds the one before
            continue
        return found or _narrowed(store, quoted)
    return found


def _narrowed(store: Store, quoted: list[str]) -> list[int]:
    """Even the units holding all the rarest terms are too many (sentences that share a clause):
    require the query's further terms too, rarest first, skipping any that no such unit holds."""
    expression = " AND ".join(quoted[:RAREST_TERMS])
    for term in quoted[RAREST_TERMS:]:
        rows = _rows(store, f"{expression} AND {term}")
        if rows:
            expression = f"{expression} AND {term}"
            if len(rows) <= CANDIDATES:
                return rows
    return _rows(store, expression, ranked=True)


def lookup(store: Store, text: str, lang: str | None = None, min_score: float = 70,
           limit: int = 10) -> list[Match]:
    """The stored units most like ``text``, best first, each scoring at least ``min_score`` (0–100).

    Units with the same source and target are one match (the first saved).
    ``lookup_result`` also tells the best score under ``min_score``.
    """
    return list(lookup_result(store, text, lang, min_score, limit).matches)


def lookup_result(store: Store, text: str, lang: str | None = None, min_score: float = 70,
                  limit: int = 10) -> LookupResult:
    """``lookup``'s matches, with the best score of every candidate (what ``tmtool lookup``
    reports when no unit reaches ``min_score``)."""
    store.index_pending()
    lang = _lang(store, text, lang)
    by_rarity = _by_rarity(store, set(index_terms(text, lang)))
    if not by_rarity:
        return LookupResult((), min_score, None)
    query = _normal(text)
    best: dict[tuple[str, str], tuple[float, int]] = {}
    best_score = None
    for unit_rowid, (text_, translation) in store.texts(_candidates(store, by_rarity)).items():
        score = round(fuzz.ratio(query, _normal(text_)), 1)
        best_score = score if best_score is None else max(best_score, score)
        key = (text_, translation)
        if score >= min_score and (key not in best or best[key] < (score, -unit_rowid)):
            best[key] = (score, -unit_rowid)
    top = sorted(best.values(), reverse=True)[:limit]
    units = store.units_by_rowid([-r for _, r in top], lang)
    matches = sorted((Match(score, units[-r]) for score, r in top if -r in units),
                     key=lambda m: (-m.score, m.unit.needs_review, _reading_order(m.unit)))
    return LookupResult(tuple(matches), min_score, best_score)


def phrase_spans(text: str, lang: str, phrase_terms: list[str]) -> tuple[tuple[int, int], ...]:
    """Character spans in ``text`` where the words with ``phrase_terms`` stand in a row."""
    spans, text_terms, n = words(text), terms(text, lang), len(phrase_terms)
    return tuple((spans[i][0], spans[i + n - 1][1]) for i in range(len(text_terms) - n + 1)
                 if text_terms[i:i + n] == phrase_terms)


def concordance(store: Store, phrase: str, lang: str | None = None, limit: int | None = None) -> list[Hit]:
    """Every unit whose ``lang`` side holds ``phrase`` in any word form, oldest release first."""
    store.index_pending()
    lang = _lang(store, phrase, lang)
    phrase_terms = terms(phrase, lang)
    if not phrase_terms:
        return []
    rowids = [r[0] for r in store.db.execute("SELECT rowid FROM unit_terms WHERE unit_terms MATCH ?",
                                             (_quote(" ".join(index_terms(phrase, lang))),))]
    units = store.units_by_rowid({rowid // 2 for rowid in rowids}, lang)
    hits = []
    for unit in units.values():
        spans = phrase_spans(unit.source, lang, phrase_terms)
        if spans:
            hits.append(Hit(unit, spans))
    hits.sort(key=lambda h: _reading_order(h.unit))
    return hits[:limit] if limit else hits


def _reading_order(unit: Unit) -> tuple:
    key, _, n = unit.unit_id.rpartition("-")
    return unit.provenance.date or dt.date.min, key, int(n) if n.isdigit() else 0
