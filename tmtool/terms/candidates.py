"""Candidates on one side: occurrences grouped by key, a display form, C-value termhood.

Extractors are registered by primary language subtag, so a new language is one module.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import math
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from typing import Protocol

from tmtool.jobs import Mapper, batched
from tmtool.registry import Registry
from tmtool.stamps import code_digest
from tmtool.terms import english, english_phrases, russian, russian_phrases
from tmtool.terms.model import (Candidate, Columns, Occurrence, Occurrences, Phrasing, Picked, Postings, digest,
                                is_phrase, typecode, weighed)
from tmtool.text import primary


@dataclass(frozen=True, slots=True)
class Language:
    """What the terminology stage needs from one language."""

    candidates: Callable[[str, int], Iterator[Occurrence]]
    is_proper: Callable[[str], bool]  # keeps its capital at the start of a citation form
    words: Callable[[Occurrence], tuple[str, ...]]  # comparison words of an occurrence
    # Drop candidates nearly always inside one longer one? Right for English, whose longer
    # candidates add modifiers (UN ← Security Council); wrong for Russian, whose add
    # genitive complements (телефонный разговор → … Министра иностранных дел).
    swallow: bool
    plural: Callable[[Candidate], bool]
    # The citation form in the other number ("sing" or "plur"), if the occurrences allow it.
    in_number: Callable[[Candidate, str], str | None]
    # Other names of one thing (Mr Lavrov, Sergey Lavrov, Lavrov)? English varies titles and
    # first names; Russian writes С.В.Лавров, and its variation is inflection, kept as forms.
    synonyms: bool
    # The occurrences of the whole side whose phrasings ``rereads`` names, re-read with what the
    # corpus says (a Russian name form alone may be two names: ``russian.resolve``); given the units
    # each stands for. Only those are made objects and handed over: a side has millions of occurrences.
    resolve: Callable[[list[Occurrence], list[tuple[int, ...]]], list[Occurrence]] = lambda found, units_of: found
    rereads: Callable[[Phrasing], bool] = lambda phrasing: False
    # Does a general-language single word rank below the multi-word terms? English: by
    # wordfreq (``general.is_general_word``); a language without the rule: never.
    ranks_general_words_last: bool = False
    # The words of a candidate's key that are proper names (capitalised English words;
    # Russian names, places, organisations): a pair never leaves one of them unmatched
    # (``pairing.WordAssociation.names_unmatched``).
    names: Callable[[Candidate], frozenset[str]] = lambda c: frozenset()
    # Does a word name a place? A place named only ever as the complement of one same noun
    # (главный министр Дели) names a thing of its own still, no piece of that noun's phrase
    # (``Candidate.fragment``). A language without it: never.
    place: Callable[[str], bool] = lambda word: False
    # Is a word seen only before other nouns a noun itself (English, by its ending: ``disarmament`` talks,
    # ``disarmament`` deal)? Such a word before several different nouns is a term, no piece of one
    # (``extract._modifier_noun``, beside ``Candidate.fragment``). A language without it: never.
    noun: Callable[[str], bool] = lambda word: False
    # May a word seen be a name's citation form (a Russian nominative singular)? A name seen in
    # several forms is cited in one that may be (``extract._spelt_as_partner``).
    citable: Callable[[str], bool] = lambda word: True
    # Does a citation write an article onto a name (al-Assad, аль-Асад)? Shown only where no
    # form of the same key without it is seen (``Moualem`` beside ``al-Moualem``). Never, else.
    articled: Callable[[str], bool] = lambda form: False
    # Phrases (a verb with its object, prepositional formulas; keys ending in ``model.PHRASE``),
    # found beside the noun phrases: a language without them finds none.
    phrases: Callable[[str, int], Iterator[Occurrence]] = lambda text, unit: iter(())


def _compared(words: Iterable[str], split: Callable[[str], tuple[str, ...]] = lambda word: (word,)
              ) -> tuple[str, ...]:
    """Words as the pairing compares them: a hyphenated compound by its parts, which the other
    language may write apart (``премьер-министр`` ↔ ``Prime Minister``, ``vice-president`` ↔
    ``вице-президент``), each part as ``split`` reads it."""
    return tuple(piece for word in words for part in word.split("-") if part for piece in split(part))


LANGUAGES: Registry[Language] = Registry("terminology language")
LANGUAGES.register("en")(Language(english.candidates, english.is_proper,
                                  lambda o: _compared(w for w in o.key if w not in english.GLUE and not w.startswith("#")),
                                  swallow=True, plural=lambda c: english.is_plural(c.key), in_number=lambda c, number: None,
                                  synonyms=True, ranks_general_words_last=True, names=english.proper_words,
                                  articled=english.articled, phrases=english_phrases.candidates,
                                  noun=english.noun_shaped))
LANGUAGES.register("ru")(Language(russian.candidates, russian.is_proper,
                                  lambda o: _compared((w for w in o.key if not w.startswith("#")), russian.compared),
                                  swallow=False,
                                  plural=lambda c: c.key[-1] == "#plur",
                                  in_number=lambda c, number: russian.in_number(
                                      c.form, (r.surface for r in c.occurrences.phrasings), number),
                                  synonyms=False, resolve=russian.resolve, rereads=russian.rereads,
                                  names=russian.proper_words, place=russian.is_place, citable=russian.may_be_citation,
                                  articled=russian.articled, phrases=russian_phrases.candidates))


def language(tag: str) -> Language:
    return LANGUAGES.get(primary(tag))


def _display(phrasings: Sequence[Phrasing], held: Iterable[int], lang: Language) -> tuple[str, tuple[str, ...]]:
    """The citation form to show and the other surfaces seen (most frequent first), each
    occurrence counted once per unit holding it (``held``: their number, parallel to ``phrasings``).

    Attested citation forms beat generated ones, and a form seen inside a sentence
    beats one seen only at its start, where the capital letter says nothing; a form without an
    article written onto a name beats one with it (``Language.articled``).
    """
    placed = list(zip(phrasings, held))
    # each tier made only when those before it are empty (the first nearly never is)
    tiers = (lambda: [(r, n) for r, n in placed if r.attested and not r.initial],
             lambda: [(r, n) for r, n in placed if not r.initial], lambda: [(r, n) for r, n in placed if r.attested],
             lambda: placed)
    pool = next(found for tier in tiers if (found := tier()))
    pool = [(r, n) for r, n in pool if not lang.articled(r.citation)] or pool
    form = _tally((r.citation, n) for r, n in pool).most_common(1)[0][0]
    if all(r.initial for r, _ in pool) and form[:1].isupper() and not lang.is_proper(form.split()[0]):
        form = form[:1].lower() + form[1:]
    surfaces = _tally((r.surface, n) for r, n in placed)
    forms = tuple(s for s, _ in surfaces.most_common() if s != form)
    return form, forms


def _tally(counted: Iterable[tuple[str, int]]) -> Counter:
    out: Counter = Counter()
    for item, n in counted:
        out[item] += n
    return out


class _Texts:
    """A side's distinct texts and the occurrences found in each. ``texts``: the distinct texts, in
    the order of the units holding them first, read from the units' when asked (told apart by their
    digests: ``model.TextFile``); ``of_unit[i]``: the text of unit ``i``. The occurrences
    are columns filled as each text's record is read, in any order: text ``t``'s read the phrasings
    numbered ``phrasing`` in ``phrasings`` (the side's distinct ones), from ``starts`` to ``ends``, the
    ``lo[t]``-th to ``hi[t]``-th (a side has hundreds of thousands of texts: an object per text, its
    tuple and its arrays took ~250 bytes more a text). Offsets take 2 bytes until a text needs more
    (``model.typecode``)."""

    def __init__(self, texts: Sequence[str]):
        number: dict[bytes, int] = {}  # a text's digest: a text read from a file is a new string
        first = array("I")  # of each distinct text, the first unit holding it
        self.of_unit = array("I")
        for i, text in enumerate(texts):
            t = number.setdefault(digest(text), len(number))
            if t == len(first):
                first.append(i)
            self.of_unit.append(t)
        self.texts = Picked(texts, first)
        self.phrasings: list[Phrasing] = []
        self.phrasing = array("I")
        self.starts, self.ends = array("H"), array("H")
        self.lo, self.hi = array("I", bytes(4 * len(self.texts))), array("I", bytes(4 * len(self.texts)))

    def read(self, t: int, record: bytes, numbers: dict[tuple, int]) -> None:
        """Put the occurrences ``record`` holds (``_record``) as text ``t``'s, each phrasing numbered as
        ``numbers`` says (numbered, and put in ``phrasings``, if new): a corpus's texts repeat a few
        thousand phrases, each mostly read alike, and the words of a phrasing are interned (a corpus
        repeats a few thousand lemmas and names). A damaged record raises ValueError, TypeError or
        zlib.error, and leaves the columns as they were."""
        text, lo = self.texts[t], len(self.phrasing)
        try:
            for key, start, end, words, head, surface, citation, flags, governor in json.loads(zlib.decompress(record)):
                if surface is None:
                    surface = text[start:end]
                # looked up by the fields as read: a phrasing object is made, and its strings interned, once
                # (the key kept is made of the interned strings, not of the record's)
                number = numbers.get((tuple(key), surface, citation, words, head, flags, governor))
                if number is None:
                    surface = sys.intern(surface)
                    citation = citation and sys.intern(citation)
                    phrasing = Phrasing(tuple(map(sys.intern, key)), surface, surface if citation is None else citation,
                                        words, sys.intern(head), bool(flags & 1), bool(flags & 2), bool(flags & 4),
                                        governor and sys.intern(governor), bool(flags & 8))
                    number = numbers[phrasing.key, surface, citation, words, phrasing.head, flags, phrasing.governor] \
                        = len(self.phrasings)
                    self.phrasings.append(phrasing)
                if self.ends.typecode == "H" and typecode(end) != "H":  # a text longer than 2-byte offsets reach
                    self.starts, self.ends = array("I", self.starts), array("I", self.ends)
                self.phrasing.append(number)
                self.starts.append(start)
                self.ends.append(end)
        except (ValueError, TypeError):
            del self.phrasing[lo:], self.starts[lo:], self.ends[lo:]
            raise
        self.lo[t], self.hi[t] = lo, len(self.phrasing)


def _grouped(found: _Texts, lang: Language, distinct: Sequence[int] | None = None, weights: tuple[int, ...] = ()
             ) -> dict[tuple[str, ...], Candidate]:
    """The occurrences of a side's texts grouped by key into candidates, in the order of their first
    occurrence, each's in the texts' order. The occurrences of a distinct text stand for it in every
    unit holding it (``Candidate``): a store's units repeat a few thousand texts many times over;
    ``distinct[i]``, the distinct unit of unit ``i``, is what they name then (``weights``: see
    ``Candidate``). ``found`` is handed over: its phrasings are re-read in place (``Language.resolve``),
    and its columns let go once the side's are made."""
    held = Postings([(t,) for t in found.of_unit])  # text → the units holding it
    places = [tuple(dict.fromkeys(map(distinct.__getitem__, held.items_of(t)))) if distinct is not None
              else tuple(held.items_of(t)) for t in range(len(found.texts))]
    phrasings, phrasing, starts, ends = found.phrasings, found.phrasing, found.starts, found.ends
    # The occurrences the language re-reads with what the whole side says (``Language.resolve``).
    rereads = list(map(lang.rereads, phrasings))
    reread = [(t, k) for t in range(len(places)) for k in range(found.lo[t], found.hi[t]) if rereads[phrasing[k]]]
    read = lang.resolve([phrasings[phrasing[k]].at(places[t][0], starts[k], ends[k]) for t, k in reread],
                        [tuple(held.items_of(t)) for t, _ in reread])
    alike: dict[Phrasing, int] = {}  # each phrasing re-read: its number (put after those read before)
    for (_, k), occurrence in zip(reread, read):
        phrasing[k] = alike.setdefault(Phrasing.of(occurrence), len(phrasings) + len(alike))
    phrasings.extend(alike)
    del held, rereads, reread, read, alike
    # One side's columns, each candidate's occurrences next to each other (``Occurrences``): each
    # occurrence put in the next place of its key's run (``following``: at first, where the run begins).
    # The occurrences are counted by phrasing (a number hashes faster than a key), then by key, each
    # in the order of its first occurrence.
    counted = Counter(map(phrasing.__getitem__, chain.from_iterable(map(range, found.lo, found.hi))))
    sizes: Counter = Counter()
    for number, count in counted.items():
        sizes[phrasings[number].key] += count
    run = {key: r for r, key in enumerate(sizes)}
    run_of = [run.get(p.key) for p in phrasings]  # each phrasing's key's (None: one no occurrence reads any longer)
    following = list(accumulate(sizes.values(), initial=0))
    n = len(phrasing)
    ordered, texts = array(typecode(len(phrasings) - 1), [0]) * n, array("I", [0]) * n
    run_starts, run_ends = array(starts.typecode, [0]) * n, array(ends.typecode, [0]) * n
    for t, (lo, hi) in enumerate(zip(found.lo, found.hi)):
        for k in range(lo, hi):
            number = phrasing[k]
            r = run_of[number]
            j = following[r]
            following[r] = j + 1
            ordered[j], texts[j], run_starts[j], run_ends[j] = number, t, starts[k], ends[k]
    del found, phrasing, starts, ends  # handed over: the caller holds them no longer
    columns = Columns(phrasings, places, array("I", (units[0] for units in places)), ordered, texts, run_starts,
                      run_ends)
    out = {}
    for key, size, hi in zip(sizes, sizes.values(), following):  # a run ends where the next begins
        occurrences = Occurrences(columns, hi - size, hi)
        form, forms = _display(occurrences.phrasings, (weighed(u, weights) for u in occurrences.units_of), lang)
        out[key] = Candidate(key=key, form=form, forms=forms, occurrences=occurrences, weights=weights)
    return out


@dataclass(frozen=True, slots=True)
class Nesting:
    """How one candidate's occurrences sit inside longer frequent candidates."""

    left: Counter  # container key → occurrences inside it that it extends on the left
    inside: int  # occurrences inside any longer candidate, either side

    def independence(self, freq: int) -> float:
        """Share of occurrences standing on their own."""
        return 1.0 - self.inside / freq


def nesting(candidates: dict[tuple[str, ...], Candidate], min_freq: int) -> dict[tuple[str, ...], Nesting]:
    """Nesting of every frequent candidate among the frequent ones.

    Only containers that add words on the left feed C-value and swallowing: on the
    right, English adds appositions (``Foreign Minister`` → ``… Sergey Lavrov``) and
    Russian adds genitive complements (``телефонный разговор`` → ``… Министра``) to
    a phrase that is a term on its own; a piece whose head lies to its right is
    already a fragment (see ``Candidate.fragment``). Nor does a Russian governing noun
    on the left (``инициатива`` ← ``французской стороны``): it makes a new phrase.
    """
    frequent = [c for c in candidates.values() if c.freq >= min_freq]
    texts = _Spans(frequent)
    out = {}
    for cand in frequent:
        lefts: Counter = Counter()
        inside = 0
        occurrences = cand.occurrences
        for r, text, start, end, units in zip(occurrences.phrasings, occurrences.texts, occurrences.starts,
                                              occurrences.ends, occurrences.units_of):
            around = texts.around(text, start, end)
            if around:
                n = cand.count(units)
                inside += n
                if not r.governor and not r.apposition:  # a governing noun, or a title glued
                    # to a name, makes a new phrase, not a longer term
                    for key in {key for s, key in around if s < start and not _courtesy(key, cand.key)}:
                        lefts[key] += n
        out[cand.key] = Nesting(lefts, inside)
    return out


#: Titles of courtesy before a name (``Mr Callaghan``, ``г-н Трамп``): the name stands on its own
#: inside them, as a name, not as a piece of a longer term.
COURTESY_TITLES = english.COURTESY_TITLES | russian.COURTESY_TITLES


def _courtesy(container: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether ``container`` is ``key`` after titles of courtesy only."""
    extra = len(container) - len(key)
    return extra > 0 and container[extra:] == key and all(w in COURTESY_TITLES for w in container[:extra])


class _Spans:
    """The spans of candidates' occurrences, text by text, each text's sorted by start, to find
    those around a span without looking at every other one (a unit of one endless sentence holds
    thousands). A text's spans are found once: every unit holding it has the same (an occurrence's
    ``unit`` names its text, ``Occurrences.units_of``). Held as columns, each text's run next to
    each other (``bounds``: where a text's run begins and ends, and its longest span), not as an
    object per span: a corpus has millions."""

    def __init__(self, candidates: Sequence[Candidate]):
        sizes: Counter = Counter()
        for cand in candidates:
            sizes.update(cand.occurrences.texts)
        runs = dict(zip(sizes, accumulate(sizes.values(), initial=0)))
        following = dict(runs)
        n = sum(sizes.values())
        self.starts, self.ends = array("I", bytes(4 * n)), array("I", bytes(4 * n))
        self.keys: list[tuple[str, ...] | None] = [None] * n
        for cand in candidates:
            occurrences = cand.occurrences
            for text, start, end in zip(occurrences.texts, occurrences.starts, occurrences.ends):
                k = following[text]
                following[text] = k + 1
                self.starts[k], self.ends[k], self.keys[k] = start, end, cand.key
        self.bounds: dict[int, tuple[int, int, int]] = {}
        for text, lo in runs.items():
            hi = lo + sizes[text]
            order = sorted(range(lo, hi), key=self.starts.__getitem__)  # stable: in the candidates' order
            self.starts[lo:hi] = array("I", map(self.starts.__getitem__, order))
            self.ends[lo:hi] = array("I", map(self.ends.__getitem__, order))
            self.keys[lo:hi] = map(self.keys.__getitem__, order)
            self.bounds[text] = (lo, hi, max(e - s for s, e in zip(self.starts[lo:hi], self.ends[lo:hi])))

    def around(self, text: int, start: int, end: int) -> list[tuple[int, tuple[str, ...]]]:
        """(start, key) of the spans of ``text`` holding ``start``–``end``, other than itself."""
        lo, hi, longest = self.bounds[text]
        first = bisect.bisect_left(self.starts, end - longest, lo, hi)  # none that starts earlier reaches ``end``
        last = bisect.bisect_right(self.starts, start, lo, hi)
        starts, ends, keys = self.starts, self.ends, self.keys
        return [(starts[k], keys[k]) for k in range(first, last) if end <= ends[k] and (starts[k], ends[k]) != (start, end)]


def c_value(candidates: dict[tuple[str, ...], Candidate], nested: dict[tuple[str, ...], Nesting]
            ) -> dict[tuple[str, ...], float]:
    """C-value (Frantzi et al. 2000) with log2(words + 1), so single words count too.

    A candidate loses the mean frequency of the longer frequent candidates it sits
    inside: ``Minsk`` inside ``Minsk Agreements`` only keeps the uses of its own.
    """
    out = {}
    for key, nest in nested.items():
        cand = candidates[key]
        weight = math.log2(cand.words + 1)
        mean = sum(candidates[k].freq for k in nest.left) / len(nest.left) if nest.left else 0.0
        out[key] = weight * max(cand.freq - mean, 0.0)
    return out


def swallowed(candidates: dict[tuple[str, ...], Candidate], nested: dict[tuple[str, ...], Nesting],
              share: float = 0.9) -> set[tuple[str, ...]]:
    """Candidates nearly always found inside one same longer candidate (``Security
    Council`` inside ``UN Security Council``): C-value's mean over containers misses
    them when the container has longer variants of its own."""
    return {key for key, nest in nested.items()
            if nest.left and nest.left.most_common(1)[0][1] >= share * candidates[key].freq}


def split(found: dict[tuple[str, ...], Candidate]) -> tuple[dict, dict]:
    """A side's candidates as (noun phrases, phrases)."""
    nouns, phrases = {}, {}
    for key, cand in found.items():
        (phrases if is_phrase(key) else nouns)[key] = cand
    return nouns, phrases


def extract(texts: Sequence[str], tag: str) -> dict[tuple[str, ...], Candidate]:
    """Candidates of one side; ``texts[i]`` is the text of unit ``i``."""
    return extract_sides([(texts, tag)])[0]


class AnalysisCache(Protocol):
    """Where ``extract_sides`` keeps the occurrences found in each text, so that a text is
    analysed once across runs (``tmtool.store.Store`` is one)."""

    def term_analyses(self) -> Iterable[tuple[str, bytes]]:
        """(key, record) of each text's analysis kept."""

    def save_term_analyses(self, records: Mapping[str, bytes], keep: Iterable[str] | None) -> None:
        """Keep ``records`` (key → record), and of the analyses kept before only those ``keep``
        names (None: every one)."""


def analyser() -> str:
    """What decides the occurrences found in a text besides the text and its language: the
    terminology code and the text helpers it reads, and the libraries whose answers it keeps
    (pymorphy3's parses, wordfreq's frequencies)."""
    return code_digest(("terms", "text.py"), ("pymorphy3", "pymorphy3-dicts-ru", "regex", "wordfreq"))


def analysis_digest(tag: str, text: str) -> bytes:
    """The key of a text's analysis in an ``AnalysisCache`` (there in hex): the text, its language, the analyser."""
    return hashlib.blake2b(f"{analyser()}\0{primary(tag)}\0{text}".encode(), digest_size=16).digest()


def _analysis_digests(texts: Iterable[str], tag: str) -> bytes:
    """The analysis keys of ``texts`` as digests, 16 bytes each, one after another: a side's texts
    are read from a file (``model.TextFile``), so their keys are made once, and as hex strings with
    their dict they took ~150 bytes a text."""
    found = bytearray()
    for text in texts:
        found += analysis_digest(tag, text)
    return bytes(found)


#: Records of new analyses given to the cache at a time, as they are made: a first run's records
#: held until the end were 142 MiB of bytes alone at 26,000 pairs (489,041 texts), and the glossary's
#: peak over its units 438 MiB, not 381, at 8,000 pairs (chosen, not tuned).
CACHE_BATCH = 4096


def extract_sides(sides: Sequence[tuple[Sequence[str], str]], run: Mapper = map, cache: AnalysisCache | None = None,
                  distinct: Sequence[int] | None = None) -> list[dict[tuple[str, ...], Candidate]]:
    """Candidates of each side (its texts, ``texts[i]`` the text of unit ``i``, and its
    language tag). Each distinct text is analysed once (a corpus repeats its formulas, and
    a store the units of every variant), by ``run`` (``tmtool.jobs``: here, or on other
    processes: both sides' texts are sent at once). With a ``cache``, a text analysed by an
    earlier call is not analysed again, and the cache keeps the analyses of these texts only.
    ``distinct[i]``: the distinct unit of unit ``i`` (numbered from 0: the units with one same
    text on every side), which the candidates' unit indices then name (``Candidate.weights``)."""
    found = [_Texts(texts) for texts, _ in sides]
    # each side's phrasings numbered by their records' fields (``_Texts.read``)
    numbers: list[dict[tuple, int]] = [{} for _ in sides]
    digests = [_analysis_digests(side.texts, tag) if cache else b"" for side, (_, tag) in zip(found, sides)]

    def key(s: int, t: int) -> str:  # the cache's key of side s's text t
        return digests[s][16 * t:16 * t + 16].hex()

    # key → text, of each side's texts not read yet: those the cache does not hold are analysed
    wanted = [{digests[s][k:k + 16]: k // 16 for k in range(0, len(digests[s]), 16)} for s in range(len(sides))]
    for hex_key, record in cache.term_analyses() if cache else ():
        try:
            digest = bytes.fromhex(hex_key)
        except ValueError:  # a key of another making: no text's
            continue
        for side, want, numbered in zip(found, wanted, numbers):
            if digest in want:
                with contextlib.suppress(ValueError, TypeError, zlib.error):  # a damaged record: analysed again
                    side.read(want[digest], record, numbered)
                    del want[digest]
    missing = [list(want.values()) if cache else range(len(side.texts)) for side, want in zip(found, wanted)]
    del wanted
    made = iter(chain.from_iterable(run(_records, [(tag, [side.texts[t] for t in chunk]) for side, (_, tag), todo
                                                   in zip(found, sides, missing) for chunk in batched(todo)])))
    fresh: dict[str, bytes] = {}  # the records made since the cache was last given some
    for s, (side, todo, numbered) in enumerate(zip(found, missing, numbers)):
        for t in todo:
            record = next(made)
            side.read(t, record, numbered)
            if cache:
                fresh[key(s, t)] = record
                if len(fresh) == CACHE_BATCH:
                    cache.save_term_analyses(fresh, None)
                    fresh.clear()
    if cache:
        cache.save_term_analyses(fresh, (key(s, t) for s, side in enumerate(found) for t in range(len(side.texts))))
    del fresh, numbers, missing
    weights: tuple[int, ...] = ()
    if distinct is not None:
        counts = Counter(distinct)
        weights = tuple(counts[d] for d in range(len(counts)))
    # A side's occurrences are handed over to be grouped, and go once they are (``_grouped``).
    return [_grouped(found.pop(0), language(tag), distinct, weights) for _, tag in sides]


def _records(task: tuple[str, Sequence[str]]) -> list[bytes]:
    """The record of the occurrences in each text of one language (a task: module-level, so
    that it can be sent to another process; a record is what it sends back)."""
    tag, texts = task
    lang = language(tag)
    return [_record(text, (*lang.candidates(text, 0), *lang.phrases(text, 0))) for text in texts]


def _record(text: str, occurrences: Iterable[Occurrence]) -> bytes:
    """Occurrences found in ``text`` as compact JSON, one list per occurrence, its unit left out
    (a text's occurrences are those of every unit holding it) and what the text says left out:
    a surface that is the text's slice, a citation that is the surface (null), the flags as bits;
    compressed (a quarter of the size, for a twentieth of the time it took to find them)."""
    rows = []
    for o in occurrences:
        surface = None if o.surface == text[o.start:o.end] else o.surface
        citation = None if o.citation == o.surface else o.citation
        flags = o.attested | o.initial << 1 | o.bound << 2 | o.apposition << 3
        rows.append((o.key, o.start, o.end, o.words, o.head, surface, citation, flags, o.governor))
    return zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode())
