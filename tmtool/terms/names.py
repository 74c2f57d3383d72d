"""Russian personal names: which words of a run are one person's name, and its citation form.

A glossary cites a person in the nominative singular, in the person's gender: ``Олафом
Шольцем`` → ``Олаф Шольц``, ``Ангелой Меркель`` → ``Ангела Меркель``, ``М.В.Захаровой`` →
``М.В.Захарова``. pymorphy3 knows Russian names and surnames (its ``Name``, ``Patr`` and
``Surn`` tags) but guesses foreign ones as common nouns — ``Шольцем`` → ``шолец`` (a fleeting
vowel), ``Раиси`` → ``раися``, ``Олафом`` → a plural — so a foreign word of a name is read by
the rules of Russian grammar for foreign names instead:

* one ending in a consonant declines like ``стол`` for a man (``Шольц``, ``Шольца``,
  ``Шольцем``) and not at all for a woman (``с Ангелой Меркель``, ``Анналены Бербок``);
* one ending in -а/-я declines like ``мама`` whatever the gender (``Кисида``, ``Кисидой``);
* one ending in another vowel does not decline (``Раиси``, ``Моди``, ``Чавушоглу``).

The words of one name agree in case and gender, so each word's possible readings (case,
gender, nominative) are combined, the combinations that agree are kept, and the nominative
with the most weight wins (a first name settles what its surname alone cannot: ``Ангелой``
is feminine, so ``Меркель`` is an indeclinable feminine surname). A name is never plural.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from importlib import resources

import pymorphy3

#: Lower-case words inside a name that never decline (фон дер Ляйен, де Мистура, бин Фархан).
PARTICLES = frozenset({"фон", "дер", "де", "да", "ди", "дос", "дель", "ван", "бин", "бен", "ибн", "аль", "эль",
                       "ас", "ле", "ла"})
_VOWELS = "аеёиоуыэюя"
_HUSHING = "жшчщц"  # after these an unstressed ending is -ем, never -ом, and no soft sign comes back
_VELAR_HUSHING = "гкхжшчщ"  # after these the genitive of -а is -и (Ольга → Ольги)
_OBSTRUENTS = "бвгдзкпстфхжшчщц"
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Endings of a foreign surname declining like ``стол`` (hard stem) or ``Игорь``/``Андрей`` (soft).
_HARD = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_SOFT = {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}
# Endings of a name declining like ``мама`` (-а) or ``Мария`` (-я).
_A = {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}
_YA = {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}
_IYA = {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}  # Гарсия → Гарсии
# How likely each reading is, a priori (weights, not probabilities). A man's consonant-final
# name: the genitive is the commonest oblique case in the ministry's prose (визит Джо
# Байдена), the accusative shares its form, the instrumental's -ом/-ем is unmistakable. A
# name in -а/-я: its nominative is rarer than a man's genitive of the same spelling
# (Байдена), its other forms are unmistakable enough.
_MASC = {"nomn": 1.0, "gent": 0.6, "accs": 0.3, "datv": 0.5, "ablt": 1.0, "loct": 0.5}
_FEM = {"nomn": 0.5, "gent": 0.5, "accs": 0.3, "datv": 0.2, "ablt": 0.8, "loct": 0.2}
# A form as written that looks oblique is seldom a nominative: Олафом, Кисидой, Шольцу; so are the
# genitive and dative of a name in -ия or -ья (Марии, Натальи), which no name ends in. A surname in
# -е is more seldom one than the dative of one in -а (Гитанасу Науседе: Науседа; Мишре: Мишра).
_LOOKS_OBLIQUE = {"ом": 0.1, "ем": 0.1, "ём": 0.1, "ой": 0.2, "ей": 0.2, "у": 0.2, "ю": 0.2, "е": 0.15, "ии": 0.2,
                  "ьи": 0.2}
# An indeclinable feminine reading of a consonant-final word is the rarer one: it wins
# only with a feminine first name (Ангелой Меркель), never for a surname alone.
_FEMININE_FIXED = 0.4
# Suffixes of Russian-type surnames and patronymics (Токаев, Мирзиёев, Зеленский, Викторович),
# which pymorphy3's guesser declines right even when it does not know the word.
_RUSSIAN_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ская", "цкая", "ова", "ева", "ёва", "ина", "ына")
# A surname in these declines as the Russian ones do, its instrumental -ым (Трутневым, Лавровым); one
# in -ин may be foreign and decline as a noun (Дарвином), or Russian (Путиным): the dictionary knows.
_POSSESSIVE = ("ов", "ев", "ёв")
_RUSSIAN_PATRONYMIC = ("ович", "евич", "ич", "овна", "евна", "ична", "инична")
#: The grammemes of a person's name (a name is never plural: ``russian._as_written``).
PERSONAL = frozenset({"Name", "Surn", "Patr"})
_NOT_A_PERSON = frozenset({"Geox", "Orgn", "Abbr", "Trad"})


@functools.cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=65536)
def parses(word: str) -> tuple:
    """pymorphy3's parses of a lower-case word, best first (memoised: the stage's one cache of them),
    but for an adjective's rare spelling where its usual one reads the word too: ``окружного`` is of
    ``окружной``, not ``окружный`` (``_doublets``)."""
    found = tuple(_morph().parse(word))
    doublets = _doublets()
    if not any(p.normal_form in doublets for p in found):
        return found
    lemmas = {p.normal_form for p in found}
    return tuple(p for p in found if doublets.get(p.normal_form) not in lemmas) or found


@functools.cache
def _doublets() -> dict[str, str]:
    """Adjectives the dictionary spells two ways, their rare -ый lemma → the usual -ой one, both read
    alike by pymorphy3, which lists the rare one first (``scripts/ru_adjective_doublets.py``)."""
    lines = resources.files("tmtool.terms").joinpath("data/ru_adjective_doublets.tsv").read_text("utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


_parses = parses


def from_dictionary(parse) -> bool:
    """Read from the dictionary itself, not guessed from a suffix or a prefix."""
    return len(parse.methods_stack) == 1


@dataclass(frozen=True, slots=True)
class WordReading:
    """One reading of one word of a name."""

    lemma: str  # its nominative, lower case (ё as the text writes it)
    case: str | None  # None: the same form in every case
    gender: str | None  # masc, femn; None: either
    weight: float
    paradigm: str  # dict (pymorphy's parse), hard/soft (declines for men only), a/ya/iya, fixed
    parse: object = None  # pymorphy's parse, for dict
    prefix: str = ""  # the parts of a hyphenated word before the one that declines (Жан-, ас-)

    @property
    def nominative(self) -> str:
        return self.prefix + self.lemma

    def inflected(self, case: str, gender: str | None) -> str:
        """This word put into ``case`` (lower case)."""
        return self.prefix + self._inflected(case, gender)

    def _inflected(self, case: str, gender: str | None) -> str:
        if case == "nomn":
            return self.lemma
        if self.paradigm == "dict":
            wanted = {case, "sing"} | ({gender} if gender and "Surn" in self.parse.tag else set())
            found = self.parse.inflect(wanted) or self.parse.inflect({case, "sing"})
            return found.word if found else self.lemma
        if self.paradigm == "fixed" or (self.paradigm in ("hard", "soft") and gender == "femn"):
            return self.lemma
        if self.paradigm == "hard":
            ending = "ем" if case == "ablt" and self.lemma[-1] in _HUSHING else _HARD[case]
            if case == "ablt" and self.lemma.endswith(_POSSESSIVE):
                ending = "ым"  # Трутневым, as Путиным: a surname of the Russian kind
            return self.lemma + ending
        if self.paradigm == "soft":
            return self.lemma[:-1] + _SOFT[case]
        table = {"a": _A, "ya": _YA, "iya": _IYA}[self.paradigm]
        ending = table[case]
        if self.paradigm == "a" and ending == "ы" and self.lemma[-2:-1] in _VELAR_HUSHING:
            ending = "и"
        if self.paradigm == "a" and ending == "ой" and self.lemma[-2:-1] in _HUSHING:
            ending = "ей"  # unstressed: Кулеба → Кулебой, but Ходжа → Ходжей
        return self.lemma[:-1] + ending


def _foreign(word: str, gendered: bool = True) -> list[WordReading]:
    """The readings of a word pymorphy3 does not know as a name, by the endings of Russian
    grammar for foreign names (see the module's docstring). ``word`` is lower case."""
    out: list[WordReading] = []
    last = word[-1:]
    if not last:
        return out
    # As written: a nominative, or a form that never changes.
    as_written = next((w for ending, w in _LOOKS_OBLIQUE.items() if word.endswith(ending)), 1.0)
    if last not in _VOWELS:
        paradigm = "soft" if last in "ьй" else "hard"
        out.append(WordReading(word, "nomn", "masc", as_written, paradigm))
        out.append(WordReading(word, None, "femn", _FEMININE_FIXED * as_written, paradigm))
    elif last in "ая":
        paradigm = "iya" if word.endswith("ия") else ("a" if last == "а" else "ya")
        out.append(WordReading(word, "nomn", None, _FEM["nomn"] * _ya_weight(paradigm, word[:-1]), paradigm))
    elif last != "ы":
        out.append(WordReading(word, None, None, as_written, "fixed"))
    # An oblique case of a man's consonant-final name.
    for case, (hard, soft) in {c: (_HARD[c], _SOFT[c]) for c in _HARD}.items():
        for ending, paradigm in ((hard, "hard"), (soft, "soft")):
            if case == "ablt" and paradigm == "hard" and word.endswith("ем") and word[-3:-2] in _HUSHING:
                ending = "ем"  # Шольцем: -ем after a hushing consonant is the hard ending
            if not word.endswith(ending) or len(word) - len(ending) < 2:
                continue
            stem = word[: len(word) - len(ending)]
            if paradigm == "hard":
                if stem[-1] in _VOWELS or stem[-1] in "ьй" or not _plausible_end(stem):
                    continue
                lemma = stem
            else:
                if stem[-1] in _VOWELS:
                    lemma = stem + "й"  # Андрея → Андрей
                elif stem[-1] in _HUSHING or stem[-1] == "ь":
                    continue
                else:
                    lemma = stem + "ь"  # Эммануэля → Эммануэль
            # -е is the locative of Шольц and of Боррель alike: the hard stem is the likelier
            weight = _MASC[case] * (0.5 if case == "loct" and paradigm == "soft" and lemma.endswith("ь") else 1.0)
            out.append(WordReading(lemma, case, "masc" if gendered else None, weight, paradigm))
    # An oblique case of a name ending in -а/-я (Кисиды, Кисидой; Марии).
    for table, paradigm, tail in ((_A, "a", "а"), (_YA, "ya", "я"), (_IYA, "iya", "я")):
        for case, ending in table.items():
            if paradigm == "a" and ending == "ы":
                ending = "и" if word[-2:-1] in _VELAR_HUSHING else "ы"
            if paradigm == "a" and ending == "ой" and word[-3:-2] in _HUSHING:
                ending = "ей"
            if paradigm == "iya" and not word.endswith("и" + ending):
                continue
            if paradigm == "ya" and word[-len(ending) - 1: -len(ending)] in ("и", ""):
                continue  # that is -ия
            if not word.endswith(ending) or len(word) - len(ending) < 2:
                continue
            stem = word[: len(word) - len(ending)]
            if paradigm == "a" and (stem[-1] in _VOWELS or stem[-1] == "ь"):
                continue  # after a soft sign the ending is -я: Айодхье is of Айодхья, never Айодхьа
            if case == "accs" and stem[-1] == "л" and not _plausible_end(stem):
                continue  # -оглу: an indeclinable name (Чавушоглу); -ра after one is common (Куфру, Мишру)
            out.append(WordReading(stem + tail, case, None, _FEM[case] * _ya_weight(paradigm, stem), paradigm))
    return out


def _ya_weight(paradigm: str, stem: str) -> float:
    """How likely a name of ``paradigm`` is against one in -а, -ия or a consonant: foreign names in
    -я after a consonant are rare beside those (Мария), but after a soft sign -я is the only
    spelling of the -а declension (Илья, Наталья, Айодхья)."""
    return 0.3 if paradigm == "ya" and not stem.endswith("ь") else 1.0


def _plausible_end(stem: str) -> bool:
    """Whether a stem could end a name: not in a stop or fricative followed by л, м, н
    or р (Чавушоглу is not the dative of a ``Чавушогл``)."""
    return not (len(stem) >= 2 and stem[-1] in "лмнр" and stem[-2] in _OBSTRUENTS)


def _dictionary(word: str, grammemes: frozenset[str], suffixes: tuple[str, ...] = ()) -> list[WordReading]:
    """pymorphy3's singular readings of ``word`` with one of ``grammemes`` (Name, Surn…): from
    its dictionary, or guessed when the lemma ends in one of ``suffixes``."""
    out = []
    for p in _parses(word):
        tag = p.tag
        if ((from_dictionary(p) or p.normal_form.endswith(suffixes or ("\0",))) and tag.number == "sing"
                and grammemes & tag.grammemes):
            gender = {"masc": "masc", "femn": "femn"}.get(str(tag.gender))
            if "Fixd" in tag:  # one reading for every case, weighed by a word that looks oblique
                as_written = next((w for ending, w in _LOOKS_OBLIQUE.items() if word.endswith(ending)), 1.0)
                out.append(WordReading(word, None, gender, as_written, "fixed"))
                continue
            nominative = p.inflect({"nomn", "sing"} | ({gender} if gender and "Surn" in tag else set()))
            lemma = nominative.word if nominative else p.normal_form
            out.append(WordReading(lemma, str(tag.case), gender, p.score, "dict", p))
    return _case_weighed(list(dict.fromkeys(out)))


def _case_weighed(found: list[WordReading]) -> list[WordReading]:
    """The dictionary's declined readings weighed by how often a name stands in their case and
    gender (``_MASC``, ``_FEM``), their total kept: pymorphy3 scores ``Давиду`` as Давид's dative
    and a Давида's accusative alike, and a man's dative is the likelier (the indeclinable readings
    keep their weight against the declined ones)."""
    declined = [r for r in found if r.paradigm == "dict"]
    weighed = {r: r.weight * (_FEM if r.gender == "femn" else _MASC)[r.case] for r in declined if r.case in _MASC}
    if len(weighed) < len(declined) or not sum(weighed.values()):
        return found
    scale = sum(r.weight for r in declined) / sum(weighed.values())
    return [replace(r, weight=weighed[r] * scale) if r in weighed else r for r in found]


def _adjectival(word: str) -> list[WordReading]:
    """An adjectival surname (Зеленского, Зеленской): pymorphy3's adjective readings."""
    out = []
    for p in _parses(word):
        tag = p.tag
        if from_dictionary(p) and tag.POS == "ADJF" and tag.number == "sing" and str(tag.gender) in ("masc", "femn"):
            nominative = p.inflect({"nomn", "sing", str(tag.gender)})
            if nominative:
                out.append(WordReading(nominative.word, str(tag.case), str(tag.gender), p.score, "dict", p))
    return out


@functools.lru_cache(maxsize=65536)
def readings(word: str, role: str) -> tuple[WordReading, ...]:
    """The readings of one word of a name (lower case): ``role`` is given (a first name or a
    patronymic), surname, or particle. A hyphenated word declines in its last part
    (Жан-Ивом, Касым-Жомартом, ас-Сиси)."""
    if role == "particle" or word in PARTICLES:
        return (WordReading(word, None, None, 1.0, "fixed"),)
    head, sep, tail = word.rpartition("-")
    if sep and tail:
        return tuple(WordReading(r.lemma, r.case, r.gender, r.weight, r.paradigm, r.parse, head + sep)
                     for r in readings(tail, role))
    if role == "family":
        # An East Asian family name is mostly left as written (Мун Чжэ Ину), the more so where the
        # dictionary reads the word as a nominative (Ким); a form it reads as oblique declines (Муном).
        declined = readings(word, "given")
        as_written = 1.0 if all(r.case in (None, "nomn") for r in declined) else 0.1
        return (*(replace(r, weight=r.weight / 2) for r in declined),
                WordReading(word, None, None, as_written, "fixed"))
    if role == "given":
        found = _dictionary(word, frozenset({"Name"})) or _dictionary(word, frozenset({"Patr"}), _RUSSIAN_PATRONYMIC)
    else:
        found = (_dictionary(word, frozenset({"Surn"}), _RUSSIAN_SURNAME)
                 or (_adjectival(word) if role == "surname+" else []))
        if word.endswith("ым") and word[:-2].endswith(_POSSESSIVE) and not any(r.lemma == word[:-2] for r in found):
            # the dictionary may know the word as an adjective only (трутневым: трутневой)
            found = [*found, WordReading(word[:-2], "ablt", "masc", _MASC["ablt"], "hard")]
    if not found:
        found = _foreign(word)
    elif all(r.paradigm == "fixed" for r in found):
        # only an indeclinable name the dictionary lists (Ангеле, Эмине): the word may as well
        # be a form of a declinable one the dictionary knows (Ангела), but not of a name it
        # does not (Шойгу is no dative of a Шойг)
        found = found + [r for r in _foreign(word) if r.lemma == word or known(r.lemma)]
    if role == "given":
        # a first name in -а/-я is mostly a woman's (Анналена), though not always (Нарендра)
        found = [x for r in found for x in ((WordReading(r.lemma, r.case, "femn", 0.75 * r.weight, r.paradigm, r.parse),
                                              WordReading(r.lemma, r.case, "masc", 0.25 * r.weight, r.paradigm, r.parse))
                                             if r.paradigm in ("a", "ya", "iya") and r.gender is None else (r,))]
    total = sum(r.weight for r in found) or 1.0
    best = sorted(found, key=lambda r: -r.weight)[:8]
    return tuple(WordReading(r.lemma, r.case, r.gender, r.weight / total, r.paradigm, r.parse) for r in best)


@dataclass(frozen=True, slots=True)
class Name:
    """One person's name as written, with the reading chosen for each word."""

    surface: tuple[str, ...]  # the words as written (without initials)
    initials: str  # as written (С.В., Ж.-И.), or ""
    words: tuple[WordReading, ...]
    case: str | None  # None: the name reads the same in every case
    gender: str | None

    @property
    def lemma(self) -> str:
        """The comparison key: initials and nominatives, lower case, ё as е."""
        return " ".join((self.initials.replace(" ", "").lower() if i == 0 else "") + r.nominative.replace("ё", "е")
                        for i, r in enumerate(self.words))

    def citation(self) -> str:
        return self.put("nomn")

    def put(self, case: str) -> str:
        """The name in ``case``, capitals as written."""
        forms = [_like(r.inflected(case, self.gender), w) for r, w in zip(self.words, self.surface)]
        return self.initials + " ".join(forms)


def _like(word: str, model: str) -> str:
    """``word`` with the capitals of ``model`` part by part (Жан-Ив, ас-Сиси), ё only where
    the text has it."""
    if "ё" not in model.lower():
        word = word.replace("ё", "е")
    parts = word.split("-")
    models = model.split("-")
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                    for p, m in itertools.zip_longest(parts, models, fillvalue=models[-1]))


#: Endings an East Asian name's last syllable takes as it declines (Ким Чен Ыном, Мун Чжэ Ину).
_SYLLABLE_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")


def _syllable(word: str, last: bool = False) -> bool:
    """A capitalised word of one syllable (Ким, Чжэ); the last of a name may have a case ending."""
    if not _capitalised(word) or "-" in word:
        return False
    low = word.lower()
    stems = [low] + [low[: -len(e)] for e in _SYLLABLE_ENDINGS if last and low.endswith(e)]
    return any(sum(c in _VOWELS for c in stem) == 1 for stem in stems)


def east_asian(words: tuple[str, ...] | list[str]) -> bool:
    """A name written as Russian writes Korean names, a syllable a word (Ким Чен Ын, Мун Чжэ
    Ин): the family name first; the last word declines, and the first may (Ким Чен Ыном, Муном
    Чжэ Ином)."""
    return len(words) >= 3 and all(_syllable(w, i in (0, len(words) - 1)) for i, w in enumerate(words))


def roles(words: tuple[str, ...], person: bool) -> tuple[str, ...]:
    """given … particle … surname: the last word that is no particle is the surname. With
    a first name or initials before it (``person``), it may be an adjectival surname
    (Зеленского); alone, such a word is an adjective. In an East Asian name every word but the
    last is as written (``east_asian``)."""
    if east_asian(words):
        return ("family",) + ("particle",) * (len(words) - 2) + ("surname",)
    last = max((i for i, w in enumerate(words) if w.lower() not in PARTICLES), default=len(words) - 1)
    return tuple("particle" if w.lower() in PARTICLES and i != last
                 else ("surname+" if person or i > 0 else "surname") if i == last else "given"
                 for i, w in enumerate(words))


def _combinations(words: tuple[str, ...], initials: str, case: str | None):
    """(citation, weight, readings, case, gender) of each agreeing combination of readings."""
    options = [readings(w.lower(), role) for w, role in zip(words, roles(words, bool(initials)))]
    for combo in itertools.product(*options):
        cases = {r.case for r in combo} - {None}
        genders = {r.gender for r in combo} - {None}
        if len(cases) > 1 or len(genders) > 1 or (case and cases and cases != {case}):
            continue
        weight = 1.0
        for r in combo:
            weight *= r.weight
        yield tuple(r.nominative for r in combo), weight, combo, next(iter(cases), None), next(iter(genders), None)


@functools.lru_cache(maxsize=65536)
def alternatives(words: tuple[str, ...], initials: str = "", case: str | None = None) -> dict[tuple[str, ...], float]:
    """Each nominative ``words`` may be a form of, with its share of the weight (summing to 1)."""
    by_citation: dict[tuple[str, ...], float] = defaultdict(float)
    for citation, weight, *_ in _combinations(words, initials, case):
        by_citation[citation] += weight
    total = sum(by_citation.values()) or 1.0
    return {c: w / total for c, w in by_citation.items()}


@functools.lru_cache(maxsize=65536)
def read(words: tuple[str, ...], initials: str = "", case: str | None = None,
         citation: tuple[str, ...] | None = None) -> Name:
    """The reading of a name written as ``words`` (after ``initials``; optionally known to
    be in ``case``): the nominative that the most weight of agreeing readings stands
    behind, or the given ``citation`` (the one the corpus settles on, see
    ``tmtool.terms.russian.resolve``)."""
    shares = alternatives(words, initials, case)
    if not shares:  # nothing agrees: keep the name as written
        fixed = tuple(WordReading(w.lower(), None, None, 1.0, "fixed") for w in words)
        return Name(words, initials, fixed, None, None)
    if citation not in shares:
        citation = max(shares, key=lambda c: (shares[c], c))
    _, _, combo, found_case, gender = max((c for c in _combinations(words, initials, case) if c[0] == citation),
                                          key=lambda c: c[1])
    return Name(words, initials, combo, found_case, gender)


# --- finding names in a run of words --------------------------------------------------


def _capitalised(word: str) -> bool:
    """A capitalised Cyrillic word: Russian writes a person's name in its own letters, and a word
    in Latin ones is a brand or an organisation's name (коммерческий директор Lamoda Илья Вахошкин)."""
    last = word.rsplit("-", 1)[-1]
    return last[:1].isupper() and not last.isupper() and _CYRILLIC.match(last) is not None


_CYRILLIC = re.compile(r"[А-ЯЁ]")


@functools.lru_cache(maxsize=8192)  # asked of each capitalised word wherever it stands
def known(word: str) -> bool:
    return _morph().word_is_known(word.lower())


@functools.lru_cache(maxsize=8192)  # asked of each capitalised word wherever it stands
def is_given(word: str, before_foreign: bool = False) -> bool:
    """A first name: pymorphy3 knows it as one, or does not know the word at all (a foreign
    name), and it is no place or organisation, unless it is also a first name and a surname the
    dictionary does not know follows (``before_foreign``: Доминике Раабе is no place Доминика's)."""
    if not _capitalised(word) or "-" in word and not word.split("-")[0][:1].isupper():
        return False
    parses = _parses(word.lower())
    named = any(from_dictionary(p) and p.tag.number == "sing" and {"Name", "Patr"} & p.tag.grammemes for p in parses)
    if any(_NOT_A_PERSON & p.tag.grammemes and from_dictionary(p) for p in parses[:1]) and not (named and before_foreign):
        return False
    return named or not known(word)


@functools.lru_cache(maxsize=8192)  # asked of each capitalised word wherever it stands
def is_surname(word: str, after_name: bool = False) -> bool:
    """A capitalised word that may end a name: no organisation or abbreviation, nor a place
    unless a first name comes right before it."""
    if not _capitalised(word) and not (word.split("-")[0] in PARTICLES and _capitalised(word)):
        return False
    parses = _parses(word.lower())
    if not parses or not from_dictionary(parses[0]):  # pymorphy3's guesses of places are no evidence
        return True
    top = parses[0].tag.grammemes
    excluded = _NOT_A_PERSON - {"Geox"} if after_name else _NOT_A_PERSON
    return not (excluded & top and not PERSONAL & top)


def span(words: list[str], i: int) -> int:
    """How many words from ``words[i]`` make one person's name (0 if they do not): first
    names, then particles, then a surname; at least two capitalised words."""
    if not is_given(words[i], i + 1 < len(words) and _capitalised(words[i + 1]) and not known(words[i + 1])):
        return 0
    end = 0
    j = i + 1
    while j < len(words):
        w = words[j]
        if w.lower() in PARTICLES and j + 1 < len(words):
            j += 1
            continue
        # after a first name, a capitalised word is its surname even when it is also a
        # place's name (Хайко Маас: the Maas)
        if not is_surname(w, after_name=True):
            break
        end = j + 1
        if not is_given(w) and not east_asian(words[j - 1:j + 2]):
            break  # a word that cannot be a first name ends the name, unless syllables go on (Ким Чен Ын)
        j += 1
    return end - i if end else 0
