"""Russian noun-phrase candidates by morphological patterns, and their nominative.

A candidate is ``PRE* HEAD POST*`` where PRE are adjectives or participles agreeing
with the noun HEAD in case, number and (singular) gender, and POST are what follows
a head without changing with it: genitive groups (``иностранных дел``, ``ООН``), one
``по`` + dative group (``пособие по безработице``), with the genitive that completes it if one
follows (``по выполнению Минских соглашений``, never ``по выполнению`` alone), ``№ 2254``.
A person's name (``С.В.Лавров``) is a candidate of its own, never the tail of a title,
and two names joined by и stay two: a title glued to a name, or a list of places, names
no concept a glossary could hold (tests/data/gold_glossary.md). The citation form puts
PRE and HEAD in the nominative, keeping the head's number (``Минских соглашений`` →
``Минские соглашения``); POST keeps its case.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex
from pymorphy3.units import DictionaryAnalyzer, UnknownPrefixAnalyzer

from tmtool.terms import names
from tmtool.terms.model import Occurrence, Phrasing
from tmtool.text import skip_back

MAX_WORDS = 9
#: Titles of courtesy before a name (``г-н Трамп``, ``господина Блэра``): no term alone.
COURTESY_TITLES = frozenset({"г-н", "г-жа", "господин", "госпожа"})

# A Russian text read in the wrong code page (Cyrillic UTF-8 or cp1251 bytes as Latin-1/cp1252:
# ``Ãðåöèè`` for Греции) has words of accented Latin letters: they name nothing, and are no terms.
_TOKEN = regex.compile(
    r"(?P<garbled>\p{L}*[\u00C0-\u00FF]\p{L}*[\u00C0-\u00FF]\p{L}*)"
    r"|(?P<quoted>«\p{Lu}[^«»\s]*(?:\s[^«»\s]+){0,3}»)"
    r"|(?P<name>(?:\p{Lu}\.\s?(?:-\p{Lu}\.\s?)?){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"|(?P<word>\p{L}+(?:-\p{L}+)*)|(?P<num>\d+(?:-\p{L}+)?)|(?P<no>№)"  # 75-летие, 5-й: one number
)
_INITIALS = regex.compile(r"^(?:\p{Lu}\.\s?(?:-\p{Lu}\.\s?)?){1,2}")
# Adjectives that never start a term: pronouns (этот, свой), ordinals (второй), and
# words that date an event rather than name a kind of thing (предстоящие контакты).
_NOT_PRE = frozenset({"Apro", "Anum"})
_NOT_PRE_LEMMAS = frozenset({"предстоящий", "предстоять", "недавний", "последний"})  # a participle's lemma is its verb
# A word whose likeliest reading is one of these is never part of a noun phrase
# (в, с, и, о have rare noun readings as letter names).
_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED", "ADVB", "COMP", "NUMR"})
_ADVERBIAL = frozenset({"ADVB", "PREP"})  # whose other readings may be a noun's instrumental (следом, путём)
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})
# Numbers and units written as nouns (тыс., млн, млрд долл.): quantities, never terms.
_QUANTITIES = frozenset({"тысяча", "тыс", "миллион", "млн", "миллиард", "млрд", "триллион", "трлн", "процент",
                         "долл", "доллар", "руб", "рубль", "евро",
                         # shares and kinds of what follows, as English half of, types of
                         "половина", "треть", "четверть", "вид", "тип"})
# Nouns that head complex prepositions (в рамках, в ходе, в связи с, по итогам, в честь, в том
# числе): never the head of a term.
_LIGHT_HEADS = frozenset({"рамка", "ход", "связь", "число", "счёт", "соответствие", "течение", "итог", "честь"})
# Prepositions whose dative group is part of a fixed name (Комплекс мер по выполнению …).
_TAIL_PREPOSITIONS = frozenset({"по"})
# Nouns whose goal, в + the accusative, is part of the term: what is elected, entered or invaded
# (выборы в Сенат, вступление в НАТО, вторжение в Украину, кандидат в президенты).
_INTO_HEADS = frozenset({"выборы", "вступление", "вторжение", "кандидат"})
# The prepositional groups that say "abroad", part of the term they follow as English ``abroad`` is
# (соотечественники за рубежом: compatriots abroad, избиратели за рубежом: voters abroad).
_ABROAD = frozenset({("за", "рубежом"), ("за", "границей")})


# one analyser and one cache of its parses for the whole stage (tmtool.terms.names)
_parses = names.parses


@dataclass(frozen=True, slots=True)
class Reading:
    """One grammatical reading of a token; ``case``/``number`` None = indeclinable (any)."""

    pos: str  # "adj" or "noun"
    lemma: str
    case: str | None
    number: str | None
    gender: str | None
    score: float
    parse: object = None  # the pymorphy3 parse to inflect, when there is one
    name: names.Name | None = None  # a person's name (tmtool.terms.names), which inflects by its own rules
    alone: bool = True  # may head a group without a modifier (``_readings``: not the noun of an adverb)

    def agrees(self, other: Reading) -> bool:
        if None in (self.case, other.case):  # an indeclinable word: one form in every case, but a number
            return None in (self.number, other.number) or self.number == other.number
        if self.case != other.case or self.number != other.number:
            return False
        if self.number == "plur" or None in (self.gender, other.gender):
            return True
        return self.gender == other.gender or "ms-f" in (self.gender, other.gender)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # person, word, num, no, quoted, suffix (a name's number with what joins it: -2, – 2); a
    # name written with initials is a person
    readings: tuple[Reading, ...]

    def nouns(self) -> list[Reading]:
        return [r for r in self.readings if r.pos == "noun"]

    def adjectives(self) -> list[Reading]:
        return [r for r in self.readings if r.pos == "adj"]


def _mixed_abbreviation(text: str) -> bool:
    """A word with a capital inside that ends in one (МиГ: Микоян и Гуревич; РоПС), or in Latin letters
    (CapCut, TikTok): written so, whatever its case. ``ЦУПе``, ``МАЗа`` are abbreviations declined."""
    return "-" not in text and any(c.isupper() for c in text[1:]) and (text[-1].isupper() or not _CYRILLIC.search(text))


_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def _indeclinable(text: str) -> bool:
    """Abbreviations (ООН, СММ, МЧС; МиГ, CapCut: ``_mixed_abbreviation``) keep one form in every
    case, and so does a ministry named by ``Мин`` and a feminine or neuter noun in the genitive (Минобороны, Минприроды,
    Минцифры, Минпросвещения: the министерство of it), unlike one whose second part is a word of
    its own (Минфин, Минздрав) or may be (Минтруда, Минспорта: of Минтруд, Минспорт). A word the
    dictionary knows is such a ministry if it lists it so (not Министры, Мин and Истры)."""
    if len(text) >= 2 and (text.isupper() or _mixed_abbreviation(text)):
        return True
    rest = text[3:].lower()
    if not (text.startswith("Мин") and len(rest) >= 4):
        return False
    if names.known(text):  # the dictionary's word: Министры, or Минприроды, which it also declines
        return any("Fixd" in p.tag and "Orgn" in p.tag for p in _parses(text.lower()))
    found = _parses(rest)
    return (not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in found)
            and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
                    and p.tag.gender in ("femn", "neut") and len(p.methods_stack) == 1 for p in found))


def _str(grammeme) -> str | None:
    """A pymorphy3 grammeme as a plain string: its own type compares in Python (its ``__eq__`` was 4 % of
    the Russian analysis)."""
    return str(grammeme) if grammeme else None


@functools.lru_cache(maxsize=16384)
def _readings(text: str, kind: str, named: bool = False) -> tuple[Reading, ...]:
    """A token's readings; ``named``: a capitalised word inside a sentence, where an ordinal begins a
    name (``Второй`` мировой войны) instead of dating an event (второй визит). Memoised: a corpus
    repeats its word forms, each read alike wherever it stands (16,384 forms: with 8,192 the Russian
    analysis took 4 % longer; with 32,768, 5 % less, but the 26,000-pair run's process tree rose to 994 MiB)."""
    ordinal = frozenset({"Anum"}) if named else frozenset()
    if kind == "quoted":  # «Исламского государства»: a name in guillemets, one indeclinable token
        return (Reading("noun", quoted_citation(text).lower(), None, None, None, 1.0),)
    if kind != "word":
        return ()
    if _indeclinable(text):
        # one form in every case, but the number the dictionary lists, which the adjectives agree with
        # (государственным СМИ is plural, as СМИ is, not the masculine singular государственный)
        fixed = next((p.tag for p in _parses(text.lower()) if "Fixd" in p.tag and names.from_dictionary(p)), None)
        return (Reading("noun", text.lower(), None, fixed and _str(fixed.number), fixed and _str(fixed.gender), 1.0),)
    parses = _parses(text.lower())
    if parses[0].tag.POS in _ADVERBIAL:
        # a noun's instrumental read likelier as an adverb or a preposition (следом, путём) is the noun
        # where an adjective agrees with it (углеводородным следом, мирным путём), never alone
        return tuple(Reading("noun", p.normal_form, _str(p.tag.case), _str(p.tag.number), _str(p.tag.gender), score, p,
                             alone=False)
                     for p, score in _as_written(parses, text) if p.tag.POS == "NOUN" and "Fixd" not in p.tag)
    excluded = _NOT_PRE - ordinal
    if parses[0].tag.POS in _FUNCTION or (parses[0].tag.POS == "ADJF" and excluded & parses[0].tag.grammemes):
        # nor is an ordinal or a pronoun read as the rare noun it may spell (второй: втора)
        return ()
    adjective_only = parses[0].tag.POS == "ADJF" and bool(ordinal & parses[0].tag.grammemes)  # Второй: no втора
    out = []
    for p, score in _as_written(parses, text):
        tag = p.tag
        if adjective_only and tag.POS == "NOUN":
            continue
        if tag.POS == "NOUN" and "Fixd" not in tag:
            out.append(Reading("noun", p.normal_form, _str(tag.case), _str(tag.number), _str(tag.gender), score, p))
        elif tag.POS == "NOUN":
            out.append(Reading("noun", p.normal_form, None, None, _str(tag.gender), score, p))
        elif tag.POS in ("ADJF", "PRTF") and not (excluded & tag.grammemes) and p.normal_form not in _NOT_PRE_LEMMAS:
            out.append(Reading("adj", p.normal_form, _str(tag.case), _str(tag.number), _str(tag.gender), score, p))
    return tuple(out)


#: How much less likely a word written with a capital is a common noun than the name or place the
#: dictionary also knows it as (``Чада``: of Чад, not of чадо; chosen: on the development WMT gold's
#: citation forms 0.3 did as well, 0.5 three forms worse).
COMMON_WHEN_CAPITALISED = 0.1


def _as_written(parses: Sequence, text: str) -> list[tuple[object, float]]:
    """(parse, score) of the parses a word as written allows: no person's name in the plural, when
    the word has another reading (``Даунинг-стрит`` is no genitive plural of a woman's name
    Даунинга); and a word written with a capital is rather the name or place the dictionary knows
    it as than a common noun (``COMMON_WHEN_CAPITALISED``)."""
    kept = [p for p in parses if not (p.tag.number == "plur" and names.PERSONAL & p.tag.grammemes)] or list(parses)
    if text[:1].isupper() and not text.isupper() and any(_PROPER & p.tag.grammemes for p in kept):
        return [(p, p.score if _PROPER & p.tag.grammemes else p.score * COMMON_WHEN_CAPITALISED) for p in kept]
    return [(p, p.score) for p in kept]


@functools.lru_cache(maxsize=64)
def tokenize(text: str) -> tuple[tuple[Token, ...], ...]:
    """Runs of tokens with only spaces between them (punctuation ends a run); the words of
    one person's name are one token (``_persons``). Memoised for the few texts last read: the
    phrase finder (``russian_phrases``) reads each text right after the noun-phrase finder."""
    runs: list[list[tuple[str, int, int, str]]] = [[]]
    last_end = 0
    for m in _TOKEN.finditer(text):
        gap = text[last_end:m.start()]
        if m.lastgroup == "num" and _numbers_name(runs[-1], gap, m.group()):
            runs[-1].append((gap + m.group(), last_end, m.end(), "suffix"))  # the joint as written
            last_end = m.end()
            continue
        if gap.strip():
            runs.append([])
        runs[-1].append((m.group(), m.start(), m.end(), m.lastgroup))
        last_end = m.end()
    return tuple(tuple(_persons(r, text)) for r in runs if r)


#: An Arabic article written onto a name, as Russian spells it (аль-Асад, ан-Нусра, аш-Шараа): the name
#: without it is the same name, as English ``al-Assad`` is ``Assad`` (``english._ARTICLE``).
_ARTICLE = regex.compile(r"^(?:аль|эль|ан|ас|аз|ат|ад|ар|аш)-(?=\w)")


def _unarticled(word: str) -> str:
    return _ARTICLE.sub("", word)


def articled(form: str) -> bool:
    """Whether a form writes an Arabic article onto a name (``аль-Муалем``)."""
    return any(_ARTICLE.match(word) and word[word.index("-") + 1:][:1].isupper() for word in form.split())


#: A dash before a name's number in guillemets (``«Северный поток – 2»``): the key reads it as a space.
_NUMBER_DASH = regex.compile(r"\s*[-–—]\s*(?=\d)")
#: What joins a name to its number (Северный поток-2, Панцирь-С1, Северный поток – 2).
_NUMBER_JOINS = frozenset({"", "-", "–", " – ", " - "})
_JOINTS = " -–"


def _numbers_name(run: list[tuple[str, int, int, str]], gap: str, number: str) -> bool:
    """Whether a number glued or dashed to the word before it is part of a name (``Северного
    потока-2``, ``Панцирь-С1``, ``Су-35``): a model's or a project's number, not a count, when
    a capitalised word ends the run or comes just before its last word."""
    return (gap in _NUMBER_JOINS and number.isdigit() and len(number) <= 3 and bool(run)
            and run[-1][3] in ("word", "quoted") and any(w[:1].isupper() for w, *_ in run[-2:]))


def _persons(run: list[tuple[str, int, int, str]], text: str) -> list[Token]:
    """The tokens of a run, a person's name as one token: initials and a surname
    (С.В.Лавров, Ж.-И.Ле Дриан), first names and a surname (Олаф Шольц, Урсула фон дер Ляйен:
    ``names.span``), or one capitalised word inside a sentence that the dictionary does not
    know (Шольцем), which is a foreign name or place and declines as one."""
    out: list[Token] = []
    i = 0
    while i < len(run):
        word, start, end, kind = run[i]
        if kind == "name":
            initials = _INITIALS.match(word).group()
            surname = [word[len(initials):]]
            # a particle after the initials belongs to the surname that follows (Ж.-И.Ле Дриан)
            while (surname[-1].lower() in names.PARTICLES and i + 1 < len(run) and run[i + 1][3] == "word"
                   and names.is_surname(run[i + 1][0])):
                i += 1
                surname.append(run[i][0])
                end = run[i][2]
            out.append(_person(text, start, end, tuple(surname), initials))
            i += 1
            continue
        n = 0
        if kind == "word":
            words = [w for w, *_ in itertools.takewhile(lambda t: t[3] == "word", run[i:i + 6])]
            n = names.span(words, 0)
            if not n and (_foreign_word(word) or (_verb_only(word) and not _initial(text, start)
                                                  and text[start - 1:start] not in _QUOTES)) and not (
                    out and out[-1].adjectives()):
                n = 1
        if n:
            out.append(_person(text, start, run[i + n - 1][2], tuple(w for w, *_ in run[i:i + n])))
            i += n
            continue
        # a capitalised ordinal inside a sentence begins a name (Второй мировой войны, Третьего рейха)
        named = kind == "word" and word[:1].isupper() and not _initial(text, start)
        out.append(Token(word, start, end, kind, _readings(word, kind, named)))
        i += 1
    return out


@functools.lru_cache(maxsize=8192)  # asked of each capitalised word wherever it stands
def _foreign_word(word: str) -> bool:
    """A capitalised word that pymorphy3 does not know (its guess would decline ``Шольцем``
    as ``шолец``), nor reads as a Russian compound abbreviation (``_abbreviated``)."""
    return (word[:1].isupper() and not word.isupper() and not names.known(word) and "-" not in word
            and not _indeclinable(word) and not _abbreviated(word))


_QUOTES = frozenset("«\"“„")  # a quotation opens with a capital whatever its first word is


@functools.lru_cache(maxsize=8192)  # asked of each capitalised word wherever it stands
def _verb_only(word: str) -> bool:
    """A capitalised word the dictionary knows only as a verb form (Заев: a gerund of заесть):
    inside a sentence a capital makes it a name, as it does a word the dictionary does not know."""
    parses = _parses(word.lower())
    return (word[:1].isupper() and not word.isupper() and "-" not in word
            and all(p.tag.POS in ("VERB", "INFN", "GRND", "PRTS") for p in parses))


#: The first parts of Russian compound abbreviations that name agencies and offices after what
#: they deal with (Ростуризм, Росавиация, Росимущество; Минздрав, Госдума), besides ``ABBREVIATED``.
_AGENCY_PREFIXES = ("рос",)


def _abbreviated(word: str) -> bool:
    """Whether pymorphy3 reads a word it does not know as a compound abbreviation's first part
    and a noun of its dictionary (Ростуризма: рос + туризма), which declines as that noun: an
    agency's name, not a foreign name (Ростуризма is no woman's name in -а)."""
    parse = names.parses(word.lower())[:1]
    if not parse or len(parse[0].methods_stack) != 2 or parse[0].tag.POS != "NOUN":
        return False
    (found, *_), (prefixed, *prefix) = parse[0].methods_stack
    return (isinstance(found, DictionaryAnalyzer) and isinstance(prefixed, UnknownPrefixAnalyzer)
            and prefix[0] in (*_AGENCY_PREFIXES, *ABBREVIATED))


def _person(text: str, start: int, end: int, words: tuple[str, ...], initials: str = "",
            case: str | None = None, citation: tuple[str, ...] | None = None) -> Token:
    name = names.read(words, initials, case, citation)
    reading = Reading("noun", name.lemma, name.case or (None if name.citation() == text[start:end] else "nomn"),
                      "sing", name.gender, 1.0, name=name)
    return Token(text[start:end], start, end, "person", (reading,))


# --- the pattern: PRE* HEAD POST* -------------------------------------------------------


def agreeing_group(tokens: list[Token], case: str | None = None) -> Iterator[tuple[int, tuple[Reading, ...]]]:
    """``ADJ* NOUN`` groups from tokens[0] (optionally in one case): for each length,
    the best-scored readings that agree."""
    adjectives: list[list[Reading]] = []  # those of each token before the head, read once
    for n in range(1, min(len(tokens), MAX_WORDS) + 1):
        pres = tokens[: n - 1]
        if pres:
            found = pres[-1].adjectives() if pres[-1].kind == "word" else None
            if not found:
                return
            adjectives.append(found)
        if n > 1 and tokens[n - 1].kind == "person":
            return
        named = tokens[n - 1].text[:1].isupper()
        groups = []
        for head in tokens[n - 1].nouns():
            if case and head.case not in (None, case) or (n == 1 and not head.alone):
                continue
            chosen = [max((a for a in readings if a.agrees(head) and (not case or a.case in (None, case))
                           and _modifies(t, a, named)),
                          key=lambda r: r.score, default=None) for t, readings in zip(pres, adjectives)]
            if None not in chosen:
                groups.append((*chosen, head))
        if groups:
            yield n, max(groups, key=lambda g: math.prod(r.score for r in g))


def _modifies(token: Token, reading: Reading, named: bool) -> bool:
    """Whether an adjective may be part of a group whose head is a name (``named``: written
    with a capital) or a common noun. A participle in lower case before a name says what befell
    it (аннексированный Севастополь, as English ``annexed Sevastopol``): no part of the name."""
    return not (named and token.text[:1].islower() and reading.parse is not None
                and reading.parse.tag.POS == "PRTF")


def _posts(tokens: list[Token], head: Reading, allow_tail: bool = True) -> Iterator[int]:
    """Lengths of the POST sequences that may follow a head (0 = none)."""
    yield 0
    if not tokens:
        return
    first = tokens[0]
    if first.kind == "person":  # a person's name stands on its own (see the module's docstring)
        return
    if first.kind == "no" and len(tokens) > 1 and tokens[1].kind == "num":
        yield 2
        return
    if tuple(t.text.lower() for t in tokens[:2]) in _ABROAD:
        yield 2
        return
    if allow_tail and head.lemma in _INTO_HEADS and first.text.lower() == "в":
        n = _longest_group(tokens[1:], "accs")
        if n:
            for m in _posts(tokens[1 + n:], head, allow_tail=False):
                yield 1 + n + m
    if allow_tail and first.text.lower() in _TAIL_PREPOSITIONS:
        n = _longest_group(tokens[1:], "datv")
        if n:
            tails = [m for m in _posts(tokens[1 + n:], head, allow_tail=False) if m]
            # a group that a genitive completes is no tail without it (по выполнению … соглашений)
            yield from (1 + n + m for m in tails or (0,))
        return
    n = _longest_group(tokens, "gent") or (_longest_group(tokens, "ablt") if head.lemma in _INSTRUMENTAL_HEADS else 0)
    if n:
        for m in _posts(tokens[n:], head, allow_tail):
            yield n + m


#: Nouns that take their complement in the instrumental, not the genitive (``обмен мнениями``,
#: ``торговля оружием``, ``злоупотребление властью``): nouns of verbs that govern it.
_INSTRUMENTAL_HEADS = frozenset(
    "обмен торговля управление руководство обладание владение злоупотребление пользование распоряжение".split())


def _longest_group(tokens: list[Token], case: str) -> int:
    """Length of the longest agreeing group in ``case`` at tokens[0] (0 if none): the
    genitive in ``прекращения боевых действий`` is ``боевых действий``, not ``боевых``."""
    return max((n for n, _ in agreeing_group(tokens, case)), default=0)


def _governor(before: Token, token: Token, head: Reading) -> str | None:
    """The lemma of the noun a genitive group complements (Министра ← иностранных дел), or an
    acronym does (аналитики ← ПСБ: a Cyrillic acronym after a noun is its complement, a name
    on its own). A quantity or a kind (половина британцев, виды юридических лиц) governs no
    term: what it counts is one."""
    if head.case not in (None, "gent") or not before.nouns():
        return None
    if head.parse is None and not (len(token.text) > 1 and token.text.isupper()):
        return None
    if head.parse is not None and "Surn" in head.parse.tag:
        return None
    governor = max(before.nouns(), key=lambda r: r.score).lemma
    return None if governor in _QUANTITIES else governor


@dataclass(frozen=True, slots=True)
class Phrase:
    """A span of a run. A group without the agreeing adjectives before it (``чиновники`` in
    «Американские чиновники») is not bound, as an English head without its modifiers is not
    (``officials``): its head is its own, and C-value discounts the longer groups that recur."""

    tokens: tuple[Token, ...]
    group: tuple[Reading, ...]  # readings of PRE* HEAD
    governor: str | None = None  # the noun this genitive group complements


def phrases(run: list[Token], case: str | None = None) -> Iterator[Phrase]:
    """Every PRE* HEAD POST* span of a run of tokens, each span once: the analysis
    only from the longest agreeing group at each start (``Минских соглашений`` is ADJ
    NOUN, never a surname ``Минских`` followed by a genitive). ``case`` restricts the
    head group to one case."""
    for i in range(len(run)):
        if run[i].kind == "person":  # a name alone, never modified nor complemented
            person = run[i]
            if case and person.readings[0].case not in (None, case):
                name = person.readings[0].name
                person = _person(person.text, 0, len(person.text), name.surface, name.initials, case)
                person = Token(person.text, run[i].start, run[i].end, "person", person.readings)
            yield Phrase((person,), person.readings)
            continue
        groups = list(agreeing_group(run[i:i + MAX_WORDS], case))  # it reads no further
        if not groups:
            continue
        n, group = groups[-1]
        head = group[-1]
        if head.lemma in _LIGHT_HEADS or head.lemma in _QUANTITIES:
            continue
        governor = _governor(run[i - 1], run[i + n - 1], head) if i > 0 else None
        if i + n < len(run) and run[i + n].kind == "suffix":  # a name's number: never without it
            yield Phrase(tuple(run[i: i + n + 1]), group, governor)
            continue
        for m in _posts(run[i + n: i + MAX_WORDS], head):
            yield Phrase(tuple(run[i: i + n + m]), group, governor)


# --- citation form -----------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def quoted_citation(text: str) -> str:
    """A name in guillemets cited without them, in the nominative where what it holds is a
    noun phrase («Исламского государства» → Исламское государство, «Газпрома» → Газпром), else
    as written: its case forms are one term, and a glossary lists the name, not its quotes."""
    return nominative(text[1:-1])


def _inflect(token: Token, reading: Reading, number: str | None, gender: str | None) -> str:
    if token.kind == "quoted":
        return quoted_citation(token.text)
    if reading.name is not None:
        return reading.name.citation()
    if reading.parse is None or reading.case is None:
        return token.text
    wanted = {"nomn"}
    if number:
        wanted.add(number)
    if reading.pos == "adj" and number == "sing" and gender:
        wanted.add(gender)
    inflected = _inflected(reading.parse, frozenset(wanted))
    return _case_like(inflected, token.text) if inflected else token.text


@functools.lru_cache(maxsize=65536)
def _inflected(parse, wanted: frozenset[str]) -> str | None:
    """The word of a pymorphy parse inflected to the ``wanted`` grammemes (memoised: a
    corpus inflects the same words again and again, and pymorphy builds a whole
    paradigm each time)."""
    if "Supr" in parse.tag:
        # pymorphy3 files every superlative under the positive (высший, высочайший under
        # высокий) and inflects to the first it lists: the one that shares most of the word's
        # letters is the word itself in the wanted form
        forms = [f.word for f in parse.lexeme if wanted <= f.tag.grammemes and "Supr" in f.tag]
        if forms:
            return max(forms, key=lambda w: (len(os.path.commonprefix([w, parse.word])), -len(w)))
    found = parse.inflect(set(wanted))
    return found.word if found else None


def _case_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        # keep capitals inside hyphenated words (Жан-Марк) as written
        return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                        for p, m in itertools.zip_longest(word.split("-"), model.split("-"), fillvalue=""))
    return word


def _yo(text: str) -> str:
    return text.lower().replace("ё", "е")


def _occurrence(phrase: Phrase, text: str, unit: int) -> Occurrence:
    tokens, group = phrase.tokens, phrase.group
    head = group[-1]
    number = head.number or "sing"
    gender = head.gender
    words = []
    for token, reading in zip(tokens, group):
        words.append(_inflect(token, reading, number if head.case else None, gender))
    posts = tokens[len(group):]
    for t in posts:
        if t.kind == "suffix":  # Северного потока-2: Северный поток-2, as the number was joined
            words[-1] += t.text
        else:
            words.append(t.text)
    # a person's name or a name in guillemets: one key word per word of it (Сергей Лавров ↔ Sergey
    # Lavrov word by word),
    # and a mark that it is a name (``resolve``)
    lemmas = (_unarticled(w) for t, r in zip(tokens, group)
              for w in (_NUMBER_DASH.sub(" ", r.lemma).split(" ") if r.name or t.kind == "quoted" else (r.lemma,)))
    person = tokens[0].kind == "person"
    key = (*lemmas, *(_yo(t.text) if t.kind != "suffix" else t.text.strip(_JOINTS) for t in posts), f"#{number}",
           *(("#name",) if person else ()))
    start, end = tokens[0].start, tokens[-1].end
    # a name in guillemets is cited without them: never as its surface
    attested = (head.case in (None, "nomn") and all(r.case in (None, "nomn") for r in group)
                and not any(t.kind == "quoted" for t in tokens[:len(group)]))
    surface = text[start:end]
    citation = surface if attested else " ".join(words)
    return Occurrence(key=key, surface=surface, citation=citation, unit=unit, start=start, end=end,
                      words=len(tokens), head=head.lemma, attested=attested, initial=_initial(text, start),
                      governor=phrase.governor)


def resolve(occurrences: list[Occurrence], units_of: list[tuple[int, ...]]) -> list[Occurrence]:
    """Every person's name read the way the corpus as a whole reads it: a form alone may be
    two names (``Кисида``: a nominative, or the genitive of a ``Кисид``), the other forms
    of the same name settle which (``Кисидой``, ``Кисиды``). Each name form's readings
    (``names.alternatives``) are weighed over all its occurrences (``units_of[i]``: the units
    ``occurrences[i]`` stands for, each one occurrence), and each occurrence takes
    the reading with most weight in the corpus among its own."""
    def parts(surface: str) -> tuple[str, tuple[str, ...]]:
        initials = m.group() if (m := _INITIALS.match(surface)) else ""
        return initials, tuple(surface[len(initials):].split())

    people = [k for k, o in enumerate(occurrences) if o.key[-1:] == ("#name",)]
    if not people:
        return occurrences
    # surface → (its initials as the tally keys them, its readings)
    readings: dict[str, tuple[str, dict[tuple[str, ...], float]]] = {}
    for k in people:
        surface = occurrences[k].surface
        if surface not in readings:
            initials, words = parts(surface)
            readings[surface] = (_yo(initials.replace(" ", "")), names.alternatives(words, initials))
    tally: dict[tuple[str, tuple[str, ...]], float] = defaultdict(float)
    # added unit by unit, in the order of the units' texts: a float sum's last bit depends on its order
    for _, k in sorted((u, k) for k in people for u in units_of[k]):
        initials, shares = readings[occurrences[k].surface]
        for citation, share in shares.items():
            tally[initials, citation] += share
    chosen: dict[str, Occurrence] = {}
    out = []
    for occ in occurrences:
        if occ.key[-1:] != ("#name",):
            out.append(occ)
            continue
        if occ.surface not in chosen:
            initials, words = parts(occ.surface)
            folded, shares = readings[occ.surface]
            best = max(shares, key=lambda c: (tally[folded, c], shares[c], c)) if shares else None
            name = names.read(words, initials, None, best)
            citation = name.citation()
            chosen[occ.surface] = dataclasses.replace(
                occ, key=(*map(_unarticled, name.lemma.split(" ")), "#sing", "#name"), citation=citation,
                head=name.lemma, attested=citation == occ.surface)
        # as dataclasses.replace would make it, without its cost (a name recurs thousands of times)
        read = chosen[occ.surface]
        out.append(Occurrence(read.key, read.surface, read.citation, occ.unit, occ.start, occ.end, read.words,
                              read.head, read.attested, occ.initial, read.bound, read.governor, read.apposition))
    return _as_surnames(out)


def rereads(phrasing: Phrasing) -> bool:
    """Whether ``resolve`` re-reads an occurrence: a person's name, or one capitalised singular
    noun, which may be the surname of a person the corpus names (``_as_surnames``)."""
    key = phrasing.key
    return key[-1:] == ("#name",) or (len(key) == 2 and key[1] == "#sing" and phrasing.surface[:1].isupper())


def _as_surnames(occurrences: list[Occurrence]) -> list[Occurrence]:
    """A capitalised word that is the surname of a person the corpus names (``Макрон`` after
    ``Эммануэль Макрон``) is that person, though the dictionary knows the word as a common noun
    (a macron), or as a surname at the start of a sentence: one key for all its occurrences."""
    surnames = {o.key[0]: o for o in occurrences if o.key[-1:] == ("#name",) and len(o.key) == 3}
    out = []
    for occ in occurrences:
        name = surnames.get(occ.key[0]) if len(occ.key) == 2 and occ.key[1] == "#sing" else None
        if name and occ.surface[:1].isupper() and occ.words == 1:
            occ = dataclasses.replace(occ, key=name.key, citation=name.citation, head=name.head,
                                      attested=occ.surface == name.citation)
        out.append(occ)
    return out


#: The first parts of Russian compound abbreviations (сложносокращённые слова) that stand for a
#: whole word: ``госсекретарь`` is a государственный секретарь, ``замминистра`` a заместитель
#: министра, ``Минобороны`` the министерство обороны. English writes them as two words.
ABBREVIATED = {"гос": "государственный", "ген": "генеральный", "зам": "заместитель", "спец": "специальный",
               "мин": "министерство", "нац": "национальный", "гум": "гуманитарный"}


@functools.lru_cache(maxsize=65536)
def compared(word: str) -> tuple[str, ...]:
    """A word as the pairing compares it with English: a compound abbreviation as the words it
    stands for (``госсекретарь`` → государственный, секретарь ↔ Secretary of State), when what
    follows the abbreviated part is a word of four letters or more that the dictionary knows
    (not ``министр``, ``гостиница``)."""
    for part, full in ABBREVIATED.items():
        rest = word[len(part):]
        if word.startswith(part) and len(rest) >= 4 and names.known(rest):
            return full, rest
    return (word,)


def _initial(text: str, start: int) -> bool:
    k = skip_back(text, start, " «\"“(")
    return k == 0 or text[k - 1] in ".!?:\n"


def is_proper(word: str) -> bool:
    """Whether a capitalised word keeps its capital at the start of a citation form."""
    if word.isupper() or _INITIALS.match(word) or not names.known(word):
        return True
    return any(_PROPER & p.tag.grammemes for p in _parses(word.lower())[:1])


def is_place(word: str) -> bool:
    """Whether the dictionary reads a capitalised word first as a place (``Дели``, ``Крыма``); a word
    in capitals is an acronym's or a headline's (``ЧЕМПИОНАТ РОССИИ``), whose capitals say nothing."""
    return word[:1].isupper() and not word.isupper() and "Geox" in tags(word)


def may_be_citation(word: str) -> bool:
    """Whether a reading of the word is a noun's nominative singular (``Гарисса``, not ``Германии``)."""
    return any({"NOUN", "nomn", "sing"} <= p.tag.grammemes for p in _parses(word.lower()))


def tags(word: str) -> frozenset[str]:
    """The grammemes of a word's likeliest reading."""
    return frozenset(map(str, _parses(word.lower())[0].tag.grammemes))


def proper_words(cand) -> frozenset[str]:
    """The key words of a candidate that are proper names: a person's name, a place, an
    organisation (pymorphy3's tags, or a word it does not know)."""
    words = [w for w in cand.key if not w.startswith("#")]
    if cand.key[-1:] == ("#name",):
        return frozenset(words)
    return frozenset(w for w in words if w[:1].isalpha() and is_proper(w) and not w.isupper())


def candidates(text: str, unit: int) -> Iterator[Occurrence]:
    """Every Russian noun-phrase occurrence in one unit's text."""
    for run in tokenize(text):
        for phrase in phrases(run):
            found = _occurrence(phrase, text, unit)
            if len(found.surface) == 1:  # a letter alone is an initial (Р. К. С. Бхадауриа) or a unit (850р)
                continue
            if len(found.key) == 2 and found.key[0] in COURTESY_TITLES:  # господин alone, as English Mr: no term
                continue
            yield found
            if found.key[-1:] == ("#name",) and len(phrase.tokens) == 1:
                yield from _surname(found)


def _surname(name: Occurrence) -> Iterator[Occurrence]:
    """The surname of a person's name written with first names (``Макрон`` in ``Эммануэль
    Макрон``), as a name of its own: English counts ``Macron`` in ``Emmanuel Macron`` among the
    sub-phrases of every name, and a story names a person in full once and by surname after.
    ``resolve`` reads its nominative like any name's. Initials stay with the surname (С.В.Лавров)."""
    if _INITIALS.match(name.surface) or " " not in name.surface:
        return
    words = name.surface.split(" ")
    if names.east_asian(words):  # the family name comes first (Ким Чен Ын; Муном Чжэ Ином: Мун)
        family = names.read(tuple(words)).lemma.split(" ", 1)[0]
        citation = words[0][:1] + family[1:]
        yield Occurrence(key=(family, "#sing", "#name"), surface=words[0], citation=citation, unit=name.unit,
                         start=name.start, end=name.start + len(words[0]), words=1, head=family,
                         attested=citation == words[0])
        return
    last = words[-1]
    read = names.read((last,))
    citation = read.citation()
    yield Occurrence(key=(_unarticled(read.lemma), "#sing", "#name"), surface=last, citation=citation, unit=name.unit,
                     start=name.end - len(last), end=name.end, words=1, head=read.lemma, attested=citation == last)


def _whole(text: str, case: str | None = None) -> tuple[Phrase, str] | None:
    """The analysis of ``text`` as one noun phrase (head group in ``case``), if it is one."""
    text = text.strip()
    for run in tokenize(text):
        for phrase in phrases(run, case):
            if phrase.tokens[0].start == 0 and phrase.tokens[-1].end == len(text):
                return phrase, text
    return None


def nominative(phrase: str) -> str:
    """The citation form of a whole Russian noun phrase (unchanged if it is not one)."""
    found = _whole(phrase)
    return _occurrence(*found, 0).citation if found else phrase


def in_number(citation: str, surfaces: Iterable[str], number: str) -> str | None:
    """The citation form in the nominative of ``number`` ("sing" or "plur") when it is in the
    other number and every surface it was read from could be in ``number`` as well (``стороны``:
    genitive singular or nominative plural; ``пандемии``: the same); None otherwise. Used when the
    other language says ``number`` (``sides``; ``pandemic``)."""
    found = _whole(citation)
    if not found or found[0].group[-1].number == number:
        return None
    head = found[0].group[-1]
    for surface in set(surfaces):
        analysis = _whole(surface)
        if not analysis:
            return None
        group = analysis[0].group
        head_token = analysis[0].tokens[len(group) - 1]
        if not any(r.lemma == head.lemma and r.number == number for r in head_token.nouns()):
            return None
        # and its adjectives: «ядерного оружия» is a genitive singular only, whatever оружия may be
        if not all(any(r.number in (number, None) for r in token.adjectives())
                   for token in analysis[0].tokens[: len(group) - 1]):
            return None
    return _put(found[0], "nomn", number)


def can_be_nominative(phrase: str) -> bool:
    """Whether the phrase's head group has a nominative reading (``страны`` does: as a
    plural), which is what a citation form needs; what follows it may be in any case."""
    runs = tokenize(phrase.strip())
    if len(runs) != 1:
        return False
    longest = max((n for n, _ in agreeing_group(runs[0])), default=0)
    return longest > 0 and _longest_group(runs[0], "nomn") == longest


def inflect(phrase: str, case: str) -> str:
    """A citation form put into ``case`` (a pymorphy3 case: gent, datv, accs, ablt, loct);
    ``зоны деэскалации`` is read as the nominative plural it is, not as a genitive."""
    found = _whole(phrase, "nomn") or _whole(phrase)
    return _put(found[0], case, found[0].group[-1].number or "sing") if found else phrase


def put(tokens: tuple[Token, ...], group: tuple[Reading, ...], case: str) -> str:
    """An ``ADJ* NOUN`` group (``agreeing_group``'s readings of ``tokens``) put into ``case``,
    keeping its number (``внимание было уделено`` → ``уделить внимание``: the accusative)."""
    return _put(Phrase(tokens, group), case, group[-1].number or "sing")


def _put(analysis: Phrase, case: str, number: str) -> str:
    """The phrase with its head group in ``case`` and ``number``."""
    group, head = analysis.group, analysis.group[-1]
    out = {t: t.text for t in analysis.tokens}
    for token, reading in zip(analysis.tokens, group):
        if reading.name is not None:
            out[token] = reading.name.put(case)
            continue
        if reading.parse is None or reading.case is None:
            continue
        wanted = {case, number if reading is head or reading.pos == "adj" else reading.number or "sing"}
        if reading.pos == "adj" and number == "sing" and head.gender:
            wanted.add(head.gender)
        if (reading.pos == "adj" and case == "accs" and head.parse is not None and head.parse.tag.animacy
                and (number == "plur" or head.gender == "masc")):
            # animacy tells the accusative only in the masculine singular and the plural: a feminine
            # form asked for it matches none (Высшую избирательную комиссию, not Высший)
            wanted.add(str(head.parse.tag.animacy))
        inflected = _inflected(reading.parse, frozenset(wanted)) or _inflected(reading.parse, frozenset({case}))
        if inflected is None:
            continue
        out[token] = _case_like(inflected, token.text)
    return "".join(out[t] if t.kind == "suffix" or k == 0 else f" {out[t]}" for k, t in enumerate(analysis.tokens))
