"""Bilingual pairing: association inside aligned units, then competitive linking.

Two candidates are a pair when they keep turning up in the same aligned units (Dice
over units) *and* their words back each other up: each word of one side has a
word on the other that co-occurs with it across the whole corpus, or is its cognate
(Лавров/Lavrov, терроризм/terrorism). The word evidence is what separates
``Foreign Minister ↔ Министр иностранных дел`` from the ``иностранные дела`` and
``Министр иностранных дел России`` that share its units. Competitive linking
(Melamed 2000) then takes the best pair first and never reuses either side.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

import regex
from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extract

from tmtool.align.features import word_concepts, word_senses
from tmtool.terms.model import Candidate, Occurrence, Postings, holds, is_phrase
from tmtool.text import cyrillic_share
from tmtool.translit import transliterate

_INITIALS = regex.compile(r"^(?:\w\.\s?)+(?=\w)")

Words = Callable[[Occurrence], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Link:
    src: Candidate
    tgt: Candidate
    shared: int  # units holding both
    dice: float
    lexical: float
    rivals: int = 0  # other partners the units fit as well, which no word tells apart (``_rivals``)

    @property
    def confidence(self) -> float:
        return math.sqrt(self.dice * self.lexical) / (1 + self.rivals)

    @property
    def units(self) -> frozenset[int]:
        """The units holding both (indices as ``Candidate.weights`` counts them; ``shared`` is
        their count): made when asked, for the few links that are read that far (a corpus
        scores millions of links, and their unit sets were most of the glossary's memory)."""
        return frozenset(self.src.units).intersection(self.tgt.units)


Count = Callable[[Collection[int]], int]  # how many units a set of unit indices stands for


def _count(cands: Iterable[Candidate]) -> Count:
    """The candidates' ``Candidate.count`` (one table of weights for a corpus), ``len`` if they weigh none."""
    return next((c.count for c in cands if c.weights), len)


def cognate(a: str, b: str) -> float:
    """1.0 for words that look alike once both are in Latin letters: their first
    ``min(len, 8)`` letters (at least 4) are 80 % the same (Лавров/Lavrov, процесс/process), or
    sound alike as Russian transcribes English (``_spoken``: Флейк/Flake, Асад/Assad, Мун/Moon)."""
    return _alike(_prefix(a), _prefix(b)) or _alike(_spoken(a), _spoken(b))


# English spellings as Russian transcribes them (the English side's only): a vowel before a
# consonant and a final e is a diphthong (Flake/Флейк), oo is u (Moon/Мун), w first is u
# (Warren/Уоррен); and a letter doubled is one, in either language (Assad/Асад).
_ENGLISH_SOUNDS = ((regex.compile(r"(?<=\p{L})a(?=[bdfgklmnprstvz]es?$)"), "ei"), (regex.compile(r"oo"), "u"),
                   (regex.compile(r"^w(?=[aeiou])"), "u"))
_DOUBLED = regex.compile(r"(\p{L})\1")


@functools.lru_cache(maxsize=65536)
def _spoken(word: str) -> str:
    """A word's Latin prefix as it sounds (``cognate``'s second look): the window moves with the
    letters it drops, so it is a look of its own, not ``_prefix``'s."""
    latin = transliterate(_INITIALS.sub("", word))
    if word.isascii():
        for pattern, repl in _ENGLISH_SOUNDS:
            latin = pattern.sub(repl, latin)
    for pattern, repl in _FOLDS:
        latin = pattern.sub(repl, latin)
    return _DOUBLED.sub(r"\1", latin)[:PREFIX]


#: Letters of a word's Latin spelling that ``cognate`` compares: all it reads of a word.
PREFIX = 8


@functools.lru_cache(maxsize=262144)
def _prefix(word: str) -> str:
    return _latin(word)[:PREFIX]


@functools.lru_cache(maxsize=32768)
def _alike(a: str, b: str) -> float:
    """``cognate`` of two words given by their ``_prefix``es (a word shorter than 4 letters
    matches only itself). Memoised for the pairs last asked: the omission check asks it of every
    word of the units it reads (8,000 pairs: 10 M times, a million pairs), and the 262,144 it kept
    before were 59 MiB of the glossary's peak at 8,000 pairs for no time saved."""
    n = min(len(a), len(b))
    if n < 4:
        return 1.0 if a == b else 0.0
    return 1.0 if ratio(a[:n], b[:n]) >= 80 else 0.0


# Spellings folded so that English and transliterated Russian meet: soft c is s, hard c is k,
# дж is j, х is h (Джабхат/Jabhat).
_FOLDS = ((regex.compile(r"dzh"), "j"), (regex.compile(r"kh"), "h"), (regex.compile(r"c(?=[eiy])"), "s"), (regex.compile(r"c"), "k"), (regex.compile(r"ph"), "f"),
          (regex.compile(r"ts|z"), "s"), (regex.compile(r"y"), "i"), (regex.compile(r"[-.\s]"), ""))


def _latin(word: str) -> str:
    word = transliterate(_INITIALS.sub("", word))
    for pattern, repl in _FOLDS:
        word = pattern.sub(repl, word)
    return word


def spelling_likeness(a: str, b: str) -> float:
    """How alike two whole words are spelt once both are in Latin letters, a Latin word's accents
    dropped (rapidfuzz's ratio, 0–100: ``Зинке``/``Zinke`` 100, ``Зинка``/``Zinke`` 80, ``Зарате``/
    ``Zárate`` 100); ``cognate`` reads only their first letters. (Decomposed, Cyrillic й and ё would
    lose their marks too.)"""
    return ratio(*(_latin(_unaccented(w) if not cyrillic_share(w) else w) for w in (a, b)))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _cognate_bound(words: Mapping[str, Collection[int]], others: Mapping[str, Collection[int]], count: Count = len
                   ) -> dict[str, array]:
    """Words that a cognate on the other side translates: it shares at least half of
    their units (compared within first letters, for speed); each with the units it shares with
    its cognates, in order.

    Words are compared by their Latin prefixes (``_prefix``: all ``cognate`` reads), each
    distinct prefix once: the inflected forms of a word share one, so the comparisons grow
    with the vocabulary's stems, not with its forms."""
    held = _cognates_held(words, others, _prefix, lambda w: True)
    # ``cognate``'s second look (``_spoken``) finds more only where one of the two words sounds
    # otherwise than it is spelt: those pairs are looked at again (Флейк/Flake, Асад/Assad)
    sounding = frozenset(w for w in chain(words, others) if _spoken(w) != _prefix(w))
    for w, units in _cognates_held(words, others, _spoken, sounding.__contains__, sounding).items():
        held[w] = held[w] | units if w in held else units
    out = {}
    for w, units in held.items():
        if 2 * count(units) >= count(words[w]):
            out[w] = array("I", sorted(units))
    return out


def _cognates_held(words: Mapping[str, Collection[int]], others: Mapping[str, Collection[int]],
                   look: Callable[[str], str], changed: Callable[[str], bool], sounding: Collection[str] = ()
                   ) -> dict[str, frozenset[int]]:
    """For each word, the units it shares with the other side's words that look alike by ``look``
    (``_prefix`` or ``_spoken``), each distinct look compared once. With ``sounding``, a word
    that is not ``changed`` is compared with the other side's ``sounding`` words only."""
    held_by: dict[str, list[Collection[int]]] = defaultdict(list)  # look → units of the other side's words with it
    held_by_sounding: dict[str, list[Collection[int]]] = defaultdict(list)
    for other, units in others.items():
        held_by[look(other)].append(units)
        if other in sounding:
            held_by_sounding[look(other)].append(units)
    index, sounding_index = _PrefixIndex(held_by), _PrefixIndex(held_by_sounding)
    by_look: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for w in words:
        by_look[look(w), changed(w)].append(w)
    out = {}
    for (key, own), same in by_look.items():
        # The units of its cognates on the other side: made a set for one look at a time (together
        # they would hold the other side's units many times over).
        table, found = (held_by, index) if own else (held_by_sounding, sounding_index)
        bound = frozenset(chain.from_iterable(units for p in found.alike(key) for units in table[p]))
        for w in same:
            shared = bound.intersection(words[w])
            if shared:
                out[w] = shared
    return out


class _PrefixIndex:
    """Prefixes by first letter and length, to find those ``_alike`` a given one with
    rapidfuzz's C loop instead of a Python call per pair (same answers)."""

    def __init__(self, prefixes):
        self._groups: dict[tuple[str, int], list[str]] = defaultdict(list)
        for p in prefixes:
            self._groups[p[:1], len(p)].append(p)
        self._cut: dict[tuple[str, int, int], list[str]] = {}

    def alike(self, prefix: str) -> list[str]:
        n = len(prefix)
        if n < 4:  # a short word matches only itself
            return [prefix] if prefix in self._groups.get((prefix[:1], n), ()) else []
        out = []
        for size in range(4, PREFIX + 1):
            group = self._groups.get((prefix[:1], size))
            if not group:
                continue
            if size < n:  # compared on the shorter one's letters: ``_alike``'s n
                query, choices = prefix[:size], group
            else:
                query, choices = prefix, self._cut_to(prefix[:1], size, n)
            out += [group[k] for _, _, k in extract(query, choices, scorer=ratio, score_cutoff=80, limit=None)]
        return out

    def _cut_to(self, first: str, size: int, n: int) -> list[str]:
        """The prefixes of ``size`` letters starting with ``first``, cut to ``n`` letters."""
        key = (first, size, n)
        if key not in self._cut:
            self._cut[key] = [p[:n] for p in self._groups[first, size]]
        return self._cut[key]


@dataclass(frozen=True, slots=True)
class Dictionary:
    """The aligner's built-in lexicon and general dictionary for a language pair
    (``tmtool.align.features``); called with a source and a target word: whether they share a
    concept, the translation the pairing takes as support (``side ↔ сторона``)."""

    src_lang: str
    tgt_lang: str

    def __call__(self, s: str, t: str) -> bool:
        return not word_concepts(s, self.src_lang).isdisjoint(word_concepts(t, self.tgt_lang))

    def concepts(self, word: str, source: bool) -> frozenset:
        return word_concepts(word, self.src_lang if source else self.tgt_lang)

    def senses(self, word: str, source: bool) -> frozenset:
        """Every sense of the word's translations (``word_senses``): two words that share none are
        no translation of each other in any sense the dictionaries list."""
        return word_senses(word, self.src_lang if source else self.tgt_lang)


#: The support a dictionary translation gives two words that the corpus does not tie closer: less
#: than a cognate's, as a dictionary lists several senses. (At 1.0, the sample corpus's check
#: reports ``Russia`` rendered as ``российская сторона``, a paraphrase, not a term's rendering.)
TRANSLATION_SUPPORT = 0.8


def lexicon_translation(src_lang: str, tgt_lang: str) -> Dictionary:
    """The built-in dictionaries between two languages: ``side ↔ сторона``, ``initiative ↔ инициатива``."""
    return Dictionary(src_lang, tgt_lang)


class WordAssociation:
    """How much two words support each other, each side's words taken from its candidates.

    A cognate is full support; a translation by the built-in dictionaries (``translated``) at
    least ``TRANSLATION_SUPPORT``. A word whose cognate on the other side keeps it company
    (Lavrov, Minsk) is supported by its cognates only: in a small corpus every word of
    a fixed formula co-occurs with every other, and Dice alone would let ``Lavrov``
    stand for ``России``. Other words (and ``contact``, whose look-alike ``контакт``
    lives elsewhere) are supported by their Dice over the units. ``names``: each side's
    proper-name words, for ``names_unmatched``.

    Each word's units are a sorted array (4 bytes a unit, where a frozenset took about 55: 73 MiB
    at 8,000 pairs, a corpus's words holding its units many times over); a word's units are made a
    set only while the pairs it is in are scored (``prepare``).
    """

    def __init__(self, src: Sequence[Candidate], tgt: Sequence[Candidate], src_words: Words, tgt_words: Words,
                 translated: Dictionary | None = None, names: tuple[Collection[str], Collection[str]] = ((), ()),
                 min_cooccur: int = 2):
        self.translated = translated
        self._names = names  # the proper-name words of each side (``Language.names``)
        self.min_cooccur = min_cooccur
        self.count = _count(chain(src, tgt))
        self.src_units = self._units(src, src_words)
        self.tgt_units = self._units(tgt, tgt_words)
        self.src_bound = _cognate_bound(self.src_units, self.tgt_units, self.count)
        self.tgt_bound = _cognate_bound(self.tgt_units, self.src_units, self.count)
        self._cache: dict[tuple[str, str], float] = {}
        self._unbound_units: dict[tuple[bool, str], array] = {}  # ``_unbound``
        self._translation_bound: dict[tuple[bool, str], bool] = {}  # (source?, word) → bound by a translation?
        self._by_concept: dict[bool, dict[Hashable, list[array]]] = {}  # source? → concept → its names' units
        self._held: dict[tuple[bool, frozenset], frozenset[int]] = {}  # ``_names_held``

    @staticmethod
    def _units(cands: Sequence[Candidate], words: Words) -> dict[str, array]:
        held: dict[str, list[array]] = defaultdict(list)  # a word → the units of the candidates holding it
        # an occurrence's words are its key's: those of the candidate's first; a term counted with its
        # other number (``Candidate.twins``) lends each number's words its own units only (``commitments``,
        # mostly обязательства, leaves ``commitment`` with приверженность)
        for cand in cands:
            for part in cand.twins or (cand,):
                for w in words(part.occurrences[0]):
                    held[w].append(part.units)
        return {w: array("I", sorted(set(chain.from_iterable(units)))) for w, units in held.items()}

    def score(self, s: str, t: str) -> float:
        value = self._cache.get((s, t))
        if value is None:
            self.prepare(((s, t),))
            value = self._cache[s, t]
        return value

    def prepare(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Score these (source word, target word) pairs ahead, for ``score`` to read. The pairs
        whose Dice over the units decides are gathered by their word of more units, whose units
        are made a set once for all of them; each other word's units are looked up in it."""
        by_larger: dict[tuple[bool, str], set[tuple[str, str]]] = defaultdict(set)
        for pair in pairs:
            if pair in self._cache:
                continue
            s, t = pair
            if cognate(s, t):
                self._cache[pair] = self._supported(s, t, 1.0)
            elif s in self.src_bound or t in self.tgt_bound:
                self._cache[pair] = self._supported(s, t, self._apart(s, t))
            else:
                source_larger = len(self.src_units.get(s, ())) >= len(self.tgt_units.get(t, ()))
                by_larger[source_larger, s if source_larger else t].add(pair)
        for (source_larger, word), group in by_larger.items():
            larger = (self.src_units if source_larger else self.tgt_units).get(word, ())
            units, total = frozenset(larger), self.count(larger)
            for pair in group:
                s, t = pair
                other = self.tgt_units.get(t, ()) if source_larger else self.src_units.get(s, ())
                shared, both = self.count(units.intersection(other)), total + self.count(other)
                self._cache[pair] = self._supported(s, t, 2 * shared / both if both else 0.0)  # Dice

    def _apart(self, s: str, t: str) -> float:
        """The Dice of two words, one of which a cognate keeps company, over the units where no
        cognate of theirs does: there the word is rendered another way (``contact`` ↔
        ``соприкосновение`` in ``line of contact``, though ``contact`` is mostly ``контакт``),
        while ``Lavrov``, nearly always beside ``Лавров``, has too few such units to stand for
        ``России``."""
        src, tgt = self._unbound(s, True), self._unbound(t, False)
        both = self.count(src) + self.count(tgt)
        if not both:
            return 0.0
        fewer, more = sorted((src, tgt), key=len)
        return 2 * self.count([u for u in fewer if holds(more, u)]) / both

    def _unbound(self, word: str, source: bool) -> array:
        """A word's units where no cognate of it keeps it company, in order (kept for the word's
        next pairs: a bound word's are few, and each other word's are all its units)."""
        units = (self.src_units if source else self.tgt_units).get(word, array("I"))
        bound = (self.src_bound if source else self.tgt_bound).get(word)
        if bound is None:
            return units
        found = self._unbound_units.get((source, word))
        if found is None:
            found = self._unbound_units[source, word] = array("I", sorted(set(units).difference(bound)))
        return found

    def _supported(self, s: str, t: str, value: float) -> float:
        """``value``, or ``TRANSLATION_SUPPORT`` if the dictionaries pair the words and it is less."""
        if value < TRANSLATION_SUPPORT and self.translated and self.translated(s, t):
            return TRANSLATION_SUPPORT
        return value

    def lexical(self, src_words: tuple[str, ...], tgt_words: tuple[str, ...]) -> float:
        """How well the words of two phrases support each other, one to one.

        Words are matched greedily, best first, each used once; the matched support
        is averaged over both sides, so ``aid ↔ гуманитарная помощь`` leaves a
        Russian word unexplained and scores below ``humanitarian aid``.
        """
        if not src_words or not tgt_words:
            return 0.0
        if len(src_words) == 1 or len(tgt_words) == 1:  # the greedy match is the one best pair
            total = max(self.score(s, t) for s in src_words for t in tgt_words)
            return (total / len(src_words) + total / len(tgt_words)) / 2
        pairs = sorted(((self.score(s, t), i, j) for i, s in enumerate(src_words) for j, t in enumerate(tgt_words)),
                       reverse=True)
        used_s, used_t, total = set(), set(), 0.0
        for value, i, j in pairs:
            if i in used_s or j in used_t:
                continue
            used_s.add(i)
            used_t.add(j)
            total += value
        return (total / len(src_words) + total / len(tgt_words)) / 2

    def backed(self, src_words: tuple[str, ...], tgt_words: tuple[str, ...]) -> bool:
        """Whether a word of one phrase looks like or translates a word of the other (a cognate,
        or a pair of the dictionaries): evidence the units' company does not give."""
        return any(cognate(s, t) or (self.translated is not None and self.translated(s, t))
                   for s in src_words for t in tgt_words)

    def names_unmatched(self, src_words: tuple[str, ...], tgt_words: tuple[str, ...],
                        src_names: frozenset[str], tgt_names: frozenset[str]) -> bool:
        """Whether a proper-name word on one side, which the other side translates in the corpus
        (``bound``: Jaishankar/Джайшанкар, India/Индия, Russia/Россия), has neither a word of its
        root nor a dictionary translation in the other phrase: a name glued to a title on one side
        only (``Minister of External Affairs of India Subrahmanyam Jaishankar ↔ Министр
        иностранных дел Индии``), a place on one side only (``Foreign Ministry ↔ МИД России``),
        or a name paired with a word that keeps it company (``Kurz ↔ Австрия``)."""
        return (any(self.bound(w, True, len(src_words) > 1) and not any(self._matched(w, t) for t in tgt_words)
                    for w in src_names)
                or any(self.bound(w, False, len(tgt_words) > 1) and not any(self._matched(s, w) for s in src_words)
                       for w in tgt_names))

    def _matched(self, s: str, t: str) -> bool:
        return _kin(s, t) or bool(self.translated and self.translated(s, t))

    def bound(self, word: str, source: bool, among_others: bool) -> bool:
        """Whether the other side translates the name ``word`` in the corpus: a look-alike shares
        at least half of its units (``src_bound``, ``tgt_bound``), or, when the word stands
        ``among_others`` in its phrase, a name of the other side that the dictionaries translate
        it by shares ``min_cooccur`` of them (Russia/Россия are no look-alikes, and the Russian
        adds России to titles the English writes without it: half would not hold). A name alone
        in its phrase may be rendered another way than the dictionaries know (``UK ↔ Соединенное
        Королевство``): its pair is left to the corpus's evidence."""
        if word in (self.src_bound if source else self.tgt_bound):
            return True
        if not (self.translated and among_others):
            return False
        key = (source, word)
        if key not in self._translation_bound:
            units = (self.src_units if source else self.tgt_units).get(word, ())
            concepts = self.translated.concepts(word, source)
            held = self._names_held(not source, concepts)
            self._translation_bound[key] = self.count(held.intersection(units)) >= self.min_cooccur
        return self._translation_bound[key]

    def _names_held(self, source: bool, concepts: frozenset) -> frozenset[int]:
        """The units of a side's names that have one of these concepts (the inflected forms of a
        word share its concepts: each set is gathered once)."""
        key = (source, concepts)
        if key not in self._held:
            if source not in self._by_concept:  # the side's names by their concepts, made when first asked
                units_of = self.src_units if source else self.tgt_units
                index: dict[Hashable, list[array]] = defaultdict(list)
                for name in self._names[0 if source else 1]:
                    for c in self.translated.concepts(name, source) if name in units_of else ():
                        index[c].append(units_of[name])
                self._by_concept[source] = index
            by_concept = self._by_concept[source]
            self._held[key] = frozenset(chain.from_iterable(u for c in concepts for u in by_concept.get(c, ())))
        return self._held[key]


def _kin(a: str, b: str) -> bool:
    """Cognates, or words of one root (Syrian/сирийский: their Latin spellings share the first
    four letters), which is all a name needs to be matched on the other side. (Each prefix looked
    up once, and the cheaper test first: the omission check asks this of every word it reads.)"""
    pa, pb = _prefix(a), _prefix(b)
    if (len(pa) >= 4 and pa[:4] == pb[:4]) or _alike(pa, pb):
        return True
    sa, sb = _spoken(a), _spoken(b)  # cognate's second look, where one of them sounds otherwise
    return (sa != pa or sb != pb) and bool(_alike(sa, sb))


Names = Callable[[Candidate], frozenset[str]]


def links(src: Sequence[Candidate], tgt: Sequence[Candidate], src_words: Words, tgt_words: Words,
          min_cooccur: int = 2, min_confidence: float = 0.0, src_names: Names | None = None,
          tgt_names: Names | None = None, translated: Dictionary | None = None) -> list[Link]:
    """Every pair of candidates that share at least ``min_cooccur`` units and whose confidence
    reaches ``min_confidence``; those whose Dice over units is below its square are left out
    unscored (a link's confidence is at most the square root of its Dice), and so are those
    with a name on one side only (``WordAssociation.names_unmatched``; ``src_names``/``tgt_names``
    give a candidate's proper-name words, None: none). ``translated``: words the dictionaries pair."""
    # A hair below the square, for the rounding of √.
    min_dice = min_confidence ** 2 * (1 - 1e-9)
    targets = Postings([t.units for t in tgt])  # unit → the targets holding it (16 MiB as lists at 8,000 pairs)
    # A candidate's words and names, read once (each target meets thousands of sources).
    s_words_of = [src_words(s.occurrences[0]) for s in src]
    t_words_of = [tgt_words(t.occurrences[0]) for t in tgt]
    s_names_of = [src_names(s) if src_names else frozenset() for s in src]
    t_names_of = [tgt_names(t) if tgt_names else frozenset() for t in tgt]
    words = WordAssociation(src, tgt, src_words, tgt_words, translated,
                            (set().union(*s_names_of), set().union(*t_names_of)), min_cooccur)
    sizes = [t.count(t.units) for t in tgt]  # the units each occurs in
    # The pairs to score, as columns (source, target, units shared, Dice): their word pairs are
    # scored together (``WordAssociation.prepare``) before the links are made.
    pair_src, pair_tgt, pair_shared, pair_dice = array("I"), array("I"), array("I"), array("d")
    for i, s in enumerate(src):
        shared: Counter = Counter()
        for unit in s.units:
            weight = s.count((unit,))
            for j in targets.items_of(unit):
                shared[j] += weight
        size = s.count(s.units)
        s_words = s_words_of[i]
        s_names = s_names_of[i]
        for j, n in shared.items():
            if n < min_cooccur:
                continue
            together = 2 * n / (size + sizes[j])  # ``dice``: n is the units they share
            if together < min_dice:
                continue
            if words.names_unmatched(s_words, t_words_of[j], s_names, t_names_of[j]):
                continue
            pair_src.append(i)
            pair_tgt.append(j)
            pair_shared.append(n)
            pair_dice.append(together)
    words.prepare((s_word, t_word) for i, j in zip(pair_src, pair_tgt)
                  for s_word in s_words_of[i] for t_word in t_words_of[j])
    # Only the links confident enough are kept (and made): a link's rivals fit the units as well or
    # better, so they are among them.
    scored, kept_src, kept_tgt = [], array("I"), array("I")
    for i, j, n, together in zip(pair_src, pair_tgt, pair_shared, pair_dice):
        link = Link(src[i], tgt[j], n, together, words.lexical(s_words_of[i], t_words_of[j]))
        if link.confidence >= min_confidence:
            scored.append(link)
            kept_src.append(i)
            kept_tgt.append(j)
    del pair_src, pair_tgt, pair_shared, pair_dice
    rivals = _rivals(scored, kept_src, kept_tgt, s_words_of, t_words_of, words)
    return [link for link in (replace(k, rivals=rivals[n]) if rivals.get(n) else k
                              for n, k in enumerate(scored)) if link.confidence >= min_confidence]


#: Rivals counted for a link at most: with this many its confidence is a quarter of its fit, below the
#: default ``--min-confidence`` whatever the fit.
MAX_RIVALS = 3
#: Two links fit the units equally well when their confidences are this close (rounding).
TIE = 1e-9


def _rivals(scored: Sequence[Link], pair_src: Sequence[int], pair_tgt: Sequence[int],
            s_words_of: Sequence[tuple[str, ...]], t_words_of: Sequence[tuple[str, ...]],
            words: WordAssociation) -> dict[int, int]:
    """For each link (by its place in ``scored``) that no word pair of its two phrases backs but
    their company in the units (no cognate, no dictionary translation), and one of whose
    candidates fits two other partners best and exactly as well, the partners of that candidate
    that fit the units at least as well and share no word with its own: in a few units every
    candidate keeps every other company (``оснащённость`` seen twice, in the two sentences that
    hold ``expanding``, ``ranks`` and ``wit`` twice too), and nothing tells which of them it
    translates, nor that it translates a partner that fits it worse (``infrastructure``). Its
    confidence is then one chance in so many (``Link.confidence``). The pieces of one phrase
    (``vessels``, ``vessels of various classes``) and the spellings of one name (``PM``, ``Prime
    Minister``) are one partner, not rivals. A candidate whose best partner is one is left to
    competitive linking: a better partner taken by a better link leaves it the next
    (``trade ↔ товарооборот`` beside ``cooperation ↔ сотрудничество``)."""
    by_src: dict[int, list[int]] = defaultdict(list)
    by_tgt: dict[int, list[int]] = defaultdict(list)
    for n, (i, j) in enumerate(zip(pair_src, pair_tgt)):
        by_src[i].append(n)
        by_tgt[j].append(n)
    out: dict[int, int] = {}
    unbacked: dict[int, bool] = {}  # a link no word pair backs (``WordAssociation.backed``), asked once
    for groups, words_of, others in ((by_src, t_words_of, pair_tgt), (by_tgt, s_words_of, pair_src)):
        cands = [k.tgt if groups is by_src else k.src for k in scored]

        def apart(n: int, m: int) -> bool:
            return (set(words_of[others[n]]).isdisjoint(words_of[others[m]])
                    and not _one_name(cands[n], cands[m]))

        for group in groups.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda n: -scored[n].confidence)

            best = scored[group[0]].confidence
            if not any(apart(group[0], m) for m in group[1:] if scored[m].confidence >= best - TIE):
                continue
            for n in group:
                if n not in unbacked:
                    unbacked[n] = not words.backed(s_words_of[pair_src[n]], t_words_of[pair_tgt[n]])
                if not unbacked[n]:
                    continue
                own, found = scored[n].confidence, 0
                for m in group:
                    if scored[m].confidence < own - TIE or found >= MAX_RIVALS:
                        break
                    if m != n and apart(n, m):
                        found += 1
                if found:
                    out[n] = min(MAX_RIVALS, out.get(n, 0) + found)
    return out


@dataclass(frozen=True, slots=True)
class Linking:
    """The links chosen, and the other names found for their terms."""

    links: list[Link]
    src_synonyms: dict[tuple[str, ...], list[Link]]  # target key → the links of its other source terms
    tgt_synonyms: dict[tuple[str, ...], list[Link]]  # source key → the links of its other target terms
    # the synonyms that are another rendering of the partner (``Translations``), not another name of
    # the term: the consistency check still reports them
    renderings: set[str] = field(default_factory=set)


def competitive_linking(candidates: Sequence[Link], min_confidence: float, src_words: Words | None,
                        tgt_words: Words | None, fragments: Fragments | None = None,
                        omissions: Omissions | None = None, translations: Translations | None = None) -> Linking:
    """Best link first; a candidate on either side is used once (Melamed 2000).

    A candidate whose best partner is already taken by a shorter or longer name of
    the same thing (same head word, one's words inside the other's), or by another
    spelling of it (``Donbas`` / ``Donbass``, ``Sergei`` / ``Sergey Lavrov``), becomes
    that name's synonym instead of settling for a worse partner: ``Mr Lavrov`` next to
    ``Lavrov ↔ С.В.Лавров``. ``None`` for a side's words: no such synonyms on that side. So does,
    on either side, its acronym (``PM`` beside ``Prime Minister ↔ премьер-министр``).
    So does, on either side, a candidate whose best link is a translation word for word
    (``translations``) and which links with nothing after: another word for the partner's
    concept, ``USA`` beside ``US ↔ США``, ``Великобритания`` beside ``UK ↔ Соединенное
    Королевство``.
    A link that ``fragments`` finds a piece of a better pair is passed over, and its side that is
    the piece links no more; one whose side leaves out what the other says (``omissions``) is
    passed over, its two candidates free to take another partner, and makes no synonym of a taken one.
    """
    by_src: dict[tuple[str, ...], Link] = {}
    by_tgt: dict[tuple[str, ...], Link] = {}
    seen_src, seen_tgt = set(), set()
    pieces_src: set[tuple[str, ...]] = set()  # candidates whose best link was a piece of a better pair
    pieces_tgt: set[tuple[str, ...]] = set()
    out = Linking([], defaultdict(list), defaultdict(list))
    translated_src: list[tuple[Link, Link]] = []  # a best link that translates a taken partner, its owner
    translated_tgt: list[tuple[Link, Link]] = []
    for link in sorted(candidates, key=lambda k: (-k.confidence, -k.shared, k.src.form, k.tgt.form)):
        if link.confidence < min_confidence:
            break
        s, t = link.src.key, link.tgt.key
        if s in pieces_src or t in pieces_tgt:
            continue
        if s not in by_src and t not in by_tgt and fragments:
            # A piece of a better pair takes no worse partner either: its best link says what it is.
            src_piece, tgt_piece = fragments.pieces(link)
            if src_piece or tgt_piece:
                pieces_src.update([s] if src_piece else [])
                pieces_tgt.update([t] if tgt_piece else [])
                continue
        if s not in by_src and t not in by_tgt and omissions and omissions(link):
            continue
        best_of_s, best_of_t = s not in seen_src, t not in seen_tgt
        seen_src.add(s)
        seen_tgt.add(t)
        if s in by_src or t in by_tgt:
            src_owner = by_tgt.get(t) if best_of_s and s not in by_src else None  # whose synonym s may be
            tgt_owner = by_src.get(s) if best_of_t and t not in by_tgt else None
            if (src_owner or tgt_owner) and omissions and omissions(link):
                # no other name of the taken partner's: ``Main Naval Parade`` beside ``Naval Parade ↔
                # военно-морской парад`` leaves out «Главный», and links with its own partner after
                continue
            if src_owner:
                if src_words and _same_name(link.src, src_owner.src, src_words) or _acronym_of(link.src, src_owner.src):
                    out.src_synonyms[t].append(link)
                    by_src[s] = src_owner
                elif translations is not None and translations(link):
                    translated_src.append((link, src_owner))
            if tgt_owner:
                if tgt_words and _same_name(link.tgt, tgt_owner.tgt, tgt_words) or _acronym_of(link.tgt, tgt_owner.tgt):
                    out.tgt_synonyms[s].append(link)
                    by_tgt[t] = tgt_owner
                elif translations is not None and translations(link):
                    translated_tgt.append((link, tgt_owner))
            continue
        by_src[s] = by_tgt[t] = link
        out.links.append(link)
    # A translation of a taken partner is its synonym only if it found no partner of its own after
    # (``Mexico``, whose look-alike ``Мехико`` is taken by ``Mexico City``, links with ``Мексика``).
    for link, owner in translated_src:
        if link.src.key not in by_src:
            out.src_synonyms[owner.tgt.key].append(link)
            out.renderings.add(link.src.form)
            by_src[link.src.key] = owner
    for link, owner in translated_tgt:
        if link.tgt.key not in by_tgt:
            out.tgt_synonyms[owner.src.key].append(link)
            out.renderings.add(link.tgt.form)
            by_tgt[link.tgt.key] = owner
    return out


class Translations:
    """Links whose two sides translate each other word for word: each word of either side has, in the
    other, a word of its own root (``_kin``) or one the dictionaries translate it by (``Dictionary``,
    the concepts the pairing's support reads), one to one (``USA ↔ США``, ``UK ↔ Великобритания``)."""

    def __init__(self, dictionary: Dictionary, src_words: Words, tgt_words: Words):
        self._dictionary = dictionary
        self._words = (src_words, tgt_words)

    def __call__(self, link: Link) -> bool:
        src, tgt = self._words[0](link.src.occurrences[0]), self._words[1](link.tgt.occurrences[0])
        if len(src) != len(tgt):
            return False
        partners = [[j for j, t in enumerate(tgt) if _kin(s, t) or self._dictionary(s, t)] for s in src]
        taken: dict[int, int] = {}  # target word → the source word matched with it

        def match(i: int, tried: set[int]) -> bool:  # an augmenting path (Kuhn): words one to one
            for j in partners[i]:
                if j not in tried:
                    tried.add(j)
                    if j not in taken or match(taken[j], tried):
                        taken[j] = i
                        return True
            return False

        return all(match(i, set()) for i in range(len(src)))


#: How much better a pair of longer candidates must explain each other to show a link a piece of
#: it (``Fragments``): a tenth of the lexical score's range, chosen, not tuned (one more word
#: matched on a side of up to five words adds at least that to its half of the score).
FRAGMENT_MARGIN = 0.1


class Fragments:
    """Links that are a piece of a better pair: another link whose two sides hold all the words of
    this one's (and more on one side at least) explains its two sides better (``Link.lexical``):
    ``Minsk ↔ выполнение Минских соглашений`` beside ``implementation of the Minsk agreements ↔
    выполнение Минских соглашений``, ``create conditions ↔ условия`` beside ``create conditions
    for ↔ создать условия``. The piece pairs part of one term with the whole of another; the
    longer pair, or the piece's own partner, is the right one. A pair inside a better one on both
    sides is a shorter term on each (``ООН ↔ UN`` in ``Генеральная Ассамблея ООН ↔ UN General
    Assembly``), no piece. A side is a piece too when, in the pair's units, it nearly always stands inside a
    longer candidate that its partner links with nearly as well, leaving out nothing the text says
    (``_nested``: ``Navy ↔ флот`` beside ``Navy ↔ Военно-морской флот``). Terms and phrases are linked apart
    (``tmtool.terms.extract``) but meet here: a noun's piece may show in a phrase's pair."""

    def __init__(self, candidates: Sequence[Link], src_words: Words, tgt_words: Words,
                 omissions: Omissions | None = None):
        self._words = (src_words, tgt_words)
        self._omissions = omissions
        self._word_sets: dict[tuple[int, tuple[str, ...]], frozenset[str]] = {}
        self._by_word: dict[str, list[Link]] = defaultdict(list)  # a source word → the links holding it
        # a side's key → the links it is a side of: (source's, target's)
        self._by_key: tuple[dict, dict] = (defaultdict(list), defaultdict(list))
        for link in candidates:
            for w in self._of(0, link.src):
                self._by_word[w].append(link)
            self._by_key[0][link.src.key].append(link)
            self._by_key[1][link.tgt.key].append(link)

    def _of(self, side: int, cand: Candidate) -> frozenset[str]:
        key = (side, cand.key)
        if key not in self._word_sets:
            self._word_sets[key] = frozenset(self._words[side](cand.occurrences[0]))
        return self._word_sets[key]

    def pieces(self, link: Link) -> tuple[bool, bool]:
        """Which sides of ``link`` are a piece of the sides of a better pair: (source, target);
        neither when there is no better pair, or when both are (a pair of shorter terms). A side is a
        piece when the better pair's side holds more words, and the other side is the same."""
        src, tgt = self._of(0, link.src), self._of(1, link.tgt)
        if not src:
            return False, False
        better = link.lexical + FRAGMENT_MARGIN
        rarest = min(src, key=lambda w: len(self._by_word[w]))
        for other in self._by_word[rarest]:
            if other.lexical > better:
                other_src, other_tgt = self._of(0, other.src), self._of(1, other.tgt)
                if (src == other_src) != (tgt == other_tgt) and src <= other_src and tgt <= other_tgt:
                    return src < other_src, tgt < other_tgt
        return self._nested(link, 0), self._nested(link, 1)

    def _nested(self, link: Link, side: int) -> bool:
        """Whether the ``side`` of ``link`` stands, in the link's units, inside one longer candidate of its
        own side that the other side links with nearly as well (``Navy ↔ флот`` beside ``Navy ↔
        Военно-морской флот``, where every флот the pair is built on is the end of Военно-морской флот)."""
        own, other = (link.src, link.tgt) if side == 0 else (link.tgt, link.src)
        words = self._of(side, own)
        units = None
        for longer in self._by_key[1 - side][other.key]:
            cand = longer.src if side == 0 else longer.tgt
            if (longer.confidence >= link.confidence - NESTED_MARGIN and longer.shared >= NESTED_SHARE * link.shared
                    and words < self._of(side, cand)):
                units = link.units if units is None else units
                if (_inside_share(own, cand, units) >= NESTED_SHARE and not self._both_nested(other, cand, side, units)
                        and not (self._omissions and self._omissions(longer))):
                    return True
        return False

    def _both_nested(self, other: Candidate, longer: Candidate, side: int, units: frozenset[int]) -> bool:
        """Whether ``other`` (the pair's other side) stands as well inside a longer candidate of its own
        side that is ``longer``'s partner: a pair of shorter terms (``cancer ↔ рак`` in ``colorectal
        cancer ↔ колоректальный рак``), no piece."""
        words = self._of(1 - side, other)
        for pair in self._by_key[side][longer.key]:
            cand = pair.tgt if side == 0 else pair.src
            if words < self._of(1 - side, cand) and _inside_share(other, cand, units, False) >= NESTED_SHARE:
                return True
        return False


#: A side of a pair is a piece of a longer candidate when at least this share of its occurrences in the
#: pair's units stand inside it, and the longer one's pair with the same partner holds this share of the
#: units and is at most ``NESTED_MARGIN`` less confident (``Fragments._nested``; chosen, not tuned).
NESTED_SHARE = 0.9
NESTED_MARGIN = 0.1


def _inside_share(short: Candidate, long: Candidate, units: frozenset[int], left: bool = True) -> float:
    """The share of ``short``'s occurrences in ``units`` that stand inside an occurrence of ``long``;
    with ``left``, of one extending it on the left, as C-value's nesting reads a container
    (``candidates.nesting``: not one that governs it, nor a title glued to a name)."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    found = long.occurrences
    for text, start, end in zip(found.texts, found.starts, found.ends):
        spans[text].append((start, end))
    inside = total = 0
    found = short.occurrences
    for r, text, start, end, held in zip(found.phrasings, found.texts, found.starts, found.ends, found.units_of):
        n = short.count(units.intersection(held))
        if n:
            total += n
            if (not left or not r.governor and not r.apposition) and any(
                    s <= start and end <= e and (s < start if left else e - s > end - start)
                    for s, e in spans.get(text, ())):
                inside += n
    return inside / total if total else 0.0


Text = Callable[[bool, int], str]  # the source (True) or target text of a unit, by its index


class Omissions:
    """Links whose one side leaves out what a word of the other says: a word of one side that no
    word of the other phrase resembles or translates, in any sense the dictionaries list
    (``Dictionary.senses``), has more look-alikes or such translations in the other side's text,
    outside the phrase's words, than it has occurrences of its own outside its phrase, in every
    unit the link holds. The other phrase is cut short (``note positive dynamics in ↔ отметить
    динамику`` beside «позитивную динамику», «положительная динамика»; ``neurological and
    neuropsychological examination ↔ нейропсихологическое обследование`` beside
    «неврологическое»), or the two only keep each other company (``nuclear power plant ↔
    реализация``, where the English says implementation). Counting the word's own other
    occurrences keeps a rendering of those from counting (``Russian Foreign Minister ↔ Министр
    иностранных дел России``: the English Affairs of another minister renders that minister's
    дел). Read for the links about to be chosen only: it reads the units' texts."""

    def __init__(self, text: Text, dictionary: Dictionary, src_words: Words, tgt_words: Words):
        self._text = text
        self._dictionary = dictionary
        self._words = (src_words, tgt_words)
        self._found: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}

    def __call__(self, link: Link) -> bool:
        key = (link.src.key, link.tgt.key)
        if key not in self._found:
            src, tgt = self._words[0](link.src.occurrences[0]), self._words[1](link.tgt.occurrences[0])
            units = sorted(link.units)
            self._found[key] = (any(self._left_out(w, True, (link.src, link.tgt), tgt, units) for w in src)
                                or any(self._left_out(w, False, (link.tgt, link.src), src, units) for w in tgt))
        return self._found[key]

    def _relation(self, word: str, source: bool) -> Callable[[str], bool]:
        """Whether a word of the other side is of one root with ``word`` of this side, or a
        translation in any sense: each word answered once (a link's units share most words, and
        the omission check asks it of every word it reads)."""
        senses, other_side, known = self._dictionary.senses(word, source), not source, {}

        def related(other: str) -> bool:
            found = known.get(other)
            if found is None:
                found = known[other] = _kin(word, other) or not senses.isdisjoint(
                    self._dictionary.senses(other, other_side))
            return found

        return related

    def _left_out(self, word: str, source: bool, pair: tuple[Candidate, Candidate], others: tuple[str, ...],
                  units: list[int]) -> bool:
        """Whether the other side renders ``word`` of ``pair[0]`` elsewhere than in ``pair[1]``
        (whose words are ``others``) in each of ``units``: more often, outside the other phrase's
        words, than the word stands outside its own phrase."""
        related = self._relation(word, source)
        if not units or any(map(related, others)):
            return False
        kin = functools.cache(functools.partial(_kin, word))  # of the words of its own side, each once
        own, other = pair
        # A phrase's key leaves out the object's modifiers that vary (``отметить динамику`` for «отметили
        # позитивную динамику»): the words of its spans that are its own are forms of its key's words,
        # as compared or as keyed (``минцифра``, compared as министерство цифра). A noun phrase's are all.
        keyed = (*others, *(k for k in other.key if not k.startswith("#"))) if is_phrase(other.key) else None
        for unit in units:
            rendered, other_spans = 0, None
            for found in _WORD.finditer(self._text(not source, unit)):
                seen = found[0].lower()
                if not related(seen):
                    continue
                other_spans = _spans(other, unit) if other_spans is None else other_spans
                if not (_inside(found.start(), other_spans) and (keyed is None or any(_kin(seen, o) for o in keyed))):
                    rendered += 1
            if not rendered:  # the own side's text need not be read
                return False
            own_spans = _spans(own, unit)
            elsewhere = sum(1 for found in _WORD.finditer(self._text(source, unit))
                            if kin(found[0].lower()) and not _inside(found.start(), own_spans))
            if rendered <= elsewhere:
                return False
        return True


def _spans(cand: Candidate, unit: int) -> list[tuple[int, int]]:
    """Where a candidate stands in the text of a unit."""
    occurrences = cand.occurrences
    return [(start, end) for start, end, held in zip(occurrences.starts, occurrences.ends, occurrences.units_of)
            if unit in held]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


_WORD = regex.compile(r"\w+")


#: Words an acronym skips (OSCE: Organization for Security and Co-operation in Europe; ОБСЕ:
#: Организация по безопасности и сотрудничеству в Европе).
_SKIPPED = frozenset("of and the for on in to at и по в на о об для при".split())
_TERM_WORD = regex.compile(r"[\p{L}\d][\p{L}\d’'.-]*")


@functools.lru_cache(maxsize=65536)
def acronym_letters(form: str) -> str | None:
    """The letters of a form written as an acronym (``UN``, ``U.S.``, ``ОБСЕ``), else None."""
    if " " in form.strip():
        return None
    letters = "".join(c for c in form if c.isalpha())
    return letters if 2 <= len(letters) <= 6 and letters.isupper() and len(form) <= 2 * len(letters) else None


def initials(form: str, parts: bool = False) -> str | None:
    """The initials of a form of two or more words, less the words an acronym skips; with ``parts``,
    each part of a hyphenated word gives one too, as many acronyms read them (``ВМФ``: Военно-морской
    флот, ``APEC``: Asia-Pacific Economic Cooperation; but ``OSCE``: … Co-operation …)."""
    words = [w for w in _TERM_WORD.findall(form) if w.lower() not in _SKIPPED]
    if parts:
        words = [part for w in words for part in w.split("-") if part]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else None


def _acronym_of(short: Candidate, long: Candidate) -> bool:
    """Whether a term is written as the acronym of another of its side (``PM``, ``Prime Minister``)."""
    letters = acronym_letters(short.form)
    return letters is not None and letters.upper() in (initials(long.form), initials(long.form, parts=True))


#: Two spellings of one term: their forms are at least this alike (rapidfuzz ratio, 0–100).
SPELLING = 85


def _one_name(a: Candidate, b: Candidate) -> bool:
    """Whether two terms of one side are one name written two ways: an acronym and its expansion
    (``PM``, ``Prime Minister``), one acronym's two spellings (``U.S.``, ``US``), or two spellings
    (``Donbas``, ``Donbass``)."""
    letters = acronym_letters(a.form), acronym_letters(b.form)
    return (_acronym_of(a, b) or _acronym_of(b, a) or (letters[0] is not None and letters[0] == letters[1])
            or ratio(a.form.casefold(), b.form.casefold()) >= SPELLING)


def _same_name(a: Candidate, b: Candidate, words: Words) -> bool:
    oa, ob = a.occurrences[0], b.occurrences[0]
    wa, wb = set(words(oa)), set(words(ob))
    if oa.head == ob.head and (wa <= wb or wb <= wa):
        return True
    if _head_left_out(a, wa, ob.head, wb) or _head_left_out(b, wb, oa.head, wa):
        return True
    return len(wa) == len(wb) and ratio(a.form.casefold(), b.form.casefold()) >= SPELLING


#: Heads a party's or an ocean's name leaves out (``Labour`` for the ``Labour party``, the ``Pacific``
#: for the ``Pacific Ocean``, the ``Baltic``); a city is no country (``Mexico City``), an island no sea.
ELIDED_HEADS = frozenset({"party", "партия", "ocean", "sea"})


def _head_left_out(short: Candidate, short_words: set[str], head: str, long_words: set[str]) -> bool:
    """A party's or an ocean's name without its head (``Labour`` for the ``Labour party``, ``Pacific``),
    written with a capital, stands for the whole. An acronym names a thing of its own (``EU`` is no ``EU law``)."""
    return (head in ELIDED_HEADS and short.form[:1].isupper() and not short.form.isupper()
            and short_words < long_words and long_words - short_words == {head})
