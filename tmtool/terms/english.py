"""English noun-phrase candidates without a tagger.

A closed-class lexicon (articles, pronouns, prepositions, conjunctions, auxiliaries,
reporting verbs) and a few word shapes (-ly adverbs, lower-case -ed forms, numbers)
cut the text into runs of content words; inside a run ``of``, ``for``, ``and`` (with
an optional ``the``) may join two parts (``Package of Measures for the
Implementation of the Minsk Agreements``). Every span of a run that neither starts
nor ends with a joiner is a candidate, except a title with a name in apposition
(``Foreign Minister Sergey Lavrov``) and two names joined by ``and``, which name no
concept; termhood decides which are terms. The key is
the lower-cased words, so the display form is the most frequent attested spelling.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from tmtool.align.features import dictionary_names, word_senses
from tmtool.terms import russian
from tmtool.terms.model import Occurrence
from tmtool.text import skip_back

MAX_WORDS = 10

DOTTED = regex.compile(r"(?:\p{Lu}\.){2,}")  # an acronym written with full stops (U.N., U.S.)
#: Abbreviations before a name that American English writes with a full stop (Mr. Mueller, St. Petersburg):
#: one token with it.
STOPPED_ABBREVIATIONS = ("Mrs", "Mr", "Ms", "St")

# A number takes the letters written onto it (75th, 2nd): they are no word of their own.
# A capitalised word's possessive is one token (People's, Students'): a word of a name (``_possessors``).
_TOKEN = regex.compile(rf"{DOTTED.pattern}|No\.|(?:{'|'.join(STOPPED_ABBREVIATIONS)})\."
                       r"|\p{Lu}\p{L}*(?:['’]s|(?<=s)['’])(?!\p{L})|\p{L}+(?:-\p{L}+)*|\d+(?:[.,]\d+)*\p{L}*")
_POSSESSIVE = regex.compile(r"['’]s?$")

#: Possessive determiners: a lower-case word right before one is a verb taking its object (``restore
#: its infrastructure``, ``the sides reaffirm their commitment``), never the end of a noun phrase.
POSSESSIVES = frozenset("their its our his her my your".split())
_JOINERS = frozenset({"of", "for", "and"})
GLUE = _JOINERS | {"the"}
# Stop words that date an event: never a part of a name, even with a capital (Victory Day May 9).
_DATES = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
#: Irregular past forms of verbs (the stop list's): never a noun phrase's word.
_PAST_FORMS = frozenset("""
took held made gave went saw came grew rose fell began knew thought told found left brought sent kept led paid
wrote drove caught built ran chose broke fought bought taught sought meant
""".split())
# The closed classes, the reporting verbs, and the nouns that only ever head a complex preposition
# (in accordance with, on behalf of, in lieu of, in spite of: the Russian analysis's ``_LIGHT_HEADS``).
_STOP = _DATES | _PAST_FORMS | frozenset("""
a an the this that these those such its it it's their his her our your my we they he she you i them us him me
myself yourself himself herself itself oneself ourselves yourselves themselves
someone somebody something anyone anybody anything everyone everybody everything nobody nothing else
hers yours ours theirs because although though unless whereas seem seems seemed
which who whom whose what where when why how whether if than then thus so as also too very more most less
not no nor or but and of for to in on at by with from into onto over under about against between among
through during before after above below up down out off again further once within without along across
towards toward upon via amid despite including regarding per other another each every all any both few some
many much several same own only just even still yet already ever never always often here there now today
yesterday tomorrow tonight
is are was were be been being am has have had having do does did doing will would shall should can could may
might must ought
said says say stated states stressed emphasised emphasized noted notes expressed discussed agreed reaffirmed
reiterated welcomed confirmed underlined pointed called urged believes believe hope hopes take takes
hold holds make makes continue continues continued remain remains remained become became
spoke speak speaks met meet meets exchanged support supported supports prepared
one two three four five six seven eight nine ten first second third last next new
upcoming forthcoming recent latest previous
hundred thousand million billion trillion percent per cent half dozen dozens hundreds thousands millions billions
lots plenty
mr mrs ms s t
accordance behalf lieu spite
""".split())
#: Past forms that with a prefix are still verbs (underwent, undertook, upheld, withdrew, understood), never a
#: noun phrase's word: drew and stood only so.
_IRREGULAR_PASTS = _PAST_FORMS | {"drew", "stood"}
_VERB_PREFIXES = ("under", "over", "with", "up", "out", "fore", "mis")
#: Nouns English spells in -ly, which the -ly adverbs' shape would cut out of a phrase.
_LY_NOUNS = frozenset("""
assembly ally rally supply reply family anomaly monopoly oligopoly homily folly jelly belly bully lily fly
butterfly
""".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
# Words that are titles before a name: kept inside a candidate but never its only word.
#: Titles of courtesy (``Mr``, and ``Mr.`` with a full stop in American English): before a name only.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms"})
_TITLES = COURTESY_TITLES | {title + "." for title in COURTESY_TITLES}
# Heads of titles: a capitalised word right after one starts a name in apposition
# (Foreign Minister Sergey Lavrov), which makes no term; "of", "for" continue the title.
TITLE_HEADS = frozenset("""
minister secretary-general secretary president vice-president ambassador envoy chairman chairperson chair
spokesperson spokesman spokeswoman director director-general chancellor premier king queen prince
representative commissioner governor mayor
""".split())


#: The tests of a word alone, memoised: a text's candidates are its spans of up to ``MAX_WORDS`` words,
#: each word read in every span it is in, and a corpus repeats its words. The frequent words are where
#: the hits are: 65,536 held 9 MiB more in each analysing process (with the Russian ones) for no time saved.
_WORD_CACHE = 8192


@functools.lru_cache(maxsize=_WORD_CACHE)
def _is_stop(word: str) -> bool:
    low = word.lower()
    if low in _NUMBERS and word[:1].isupper():  # inside a name: Normandy Four
        return False
    if len(word) > 1 and word.isupper():  # an acronym, not the word it spells: US, WHO, IT
        return False
    if low in _STOP and low not in _TITLES:
        return True
    if word.islower() and any(low.startswith(p) and low[len(p):] in _IRREGULAR_PASTS for p in _VERB_PREFIXES):
        return True
    if word[:1].isdigit():
        return True
    if word.islower() and low.endswith("ly") and low not in _LY_NOUNS:
        return True
    return False


def _adverb_first(word: str) -> bool:
    """Whether the first word of a text is an -ly adverb its capital hides (``Currently``,
    ``Notably``, ``Basically``): made of a word the dictionary knows (``current``, ``notable``,
    ``basic``), and no place (``Italy``); ``Kelly`` is made of none."""
    low = word.lower()
    if not (_capitalised(word) and low.endswith("ly") and low not in _LY_NOUNS) or _name_alone(word):
        return False
    bases = [low[:-2], low[:-1] + "e"]  # current-ly, notabl(e)-y
    if low.endswith("ily"):
        bases.append(low[:-3] + "y")  # happ(y)-ily
    if low.endswith("ally"):
        bases.append(low[:-4])  # basic-ally
    return any(word_senses(base, "en") for base in bases if len(base) > 3)


@functools.lru_cache(maxsize=_WORD_CACHE)
def _key_word(word: str) -> str:
    """A word as a key holds it: lower case, an acronym's plural as the acronym (``UAVs``, ``NGOs``:
    the key of a common noun keeps its number, but an acronym's plural is a form of one name)."""
    if _ARTICLE.match(word):  # al-Assad: assad
        return _ARTICLE.sub("", word).lower()
    if _POSSESSIVE.search(word):  # People’s: people's
        return word.lower().replace("’", "'")
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return word[:-1].lower()
    if word.lower() in _TITLES or word == "St.":  # Mr. Mueller is Mr Mueller, St. Petersburg St Petersburg
        return word.lower().rstrip(".")
    if DOTTED.fullmatch(word):  # U.N. is UN, U.S. is US: one acronym spelt two ways
        return word.replace(".", "").lower()
    return word.lower()


def _participle(word: str) -> bool:
    """A past participle or a past tense (``armed``, ``announced``): a modifier when it begins a
    phrase before a common noun (the ``armed forces``, a ``disputed site``), a verb after a noun
    (``Macron announced``) or before a name (``warned Russia``), never a head."""
    return word.islower() and word.endswith("ed") and len(word) > 4


def _name_part(word: str, run: list[regex.Match]) -> bool:
    """A stop word with a capital right after a capitalised word of the run, or after a joiner that
    follows one, is a part of a name (United States, Will in a name, the Fund for the Support of
    Russian Writers), not the verb or pronoun it spells."""
    if not word[:1].isupper() or word.lower() in _DATES:
        return False
    words = [m.group() for m in run[-3:]]
    if words[-1:] and words[-1].lower() == "the":
        words.pop()
    if words[-1:] and words[-1].lower() in ("of", "for"):  # ``and`` joins two names (… War and First Deputy …)
        if word.isupper():  # in capitals (SKETCHES OF A RURAL MUSCOVITE) a capital says nothing
            return False
        words.pop()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in GLUE


def _after_joiner(run: list[regex.Match]) -> bool:
    """Whether the run ends with ``of`` or ``for`` (+ ``the``): a participle there modifies the noun
    after it inside the phrase (``members of the armed forces``), as no verb follows a preposition."""
    words = [m.group().lower() for m in run[-2:]]
    if words[-1:] == ["the"]:
        words.pop()
    return bool(words) and words[-1] in ("of", "for")


#: Verb forms of the stop list that are also nouns heading terms (member states, humanitarian
#: support, diplomatic notes): read as nouns after a modifier of their run (``_noun_here``).
_NOUN_VERBS = frozenset({"states", "support", "notes"})
#: After a verb, its object begins (supports the initiative, notes that, states its position).
_OBJECT_STARTS = frozenset({"that", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our"})


#: Words of the lexicon that begin names when written with a capital before another capitalised
#: word (New York, New Delhi, New Zealand).
_NAME_STARTERS = frozenset({"New", "First", "Second", "Third", "Fourth", "Fifth"})


#: What an ordinal ranks in a title, not a name (``First Deputy Minister``: первый заместитель, whose
#: ordinal Russian writes in lower case and leaves out of the term).
_RANKED = frozenset({"deputy", "vice", "secretary"}) | TITLE_HEADS


def _noun_here(word: str, run: list[regex.Match], after: str) -> bool:
    """Whether a verb form that is also a noun (``_NOUN_VERBS``) is the noun here: a content word
    of its run right before it modifies it (``member states``, ``humanitarian support``), and no
    object follows, as after the verb (``the report states that``, ``Moscow supports Damascus``)."""
    return (word in _NOUN_VERBS and bool(run) and run[-1].group().lower() not in GLUE
            and after.lower() not in _OBJECT_STARTS and not after[:1].isupper())


def _people(run: list[regex.Match]) -> bool:
    """Whether the run ends in a capitalised word naming a people or a party in the plural
    (``Americans``, ``Macedonians``, ``Britons``, ``Republicans``) that no capitalised word
    before it makes part of a longer name: English modifies a noun with the adjective (American
    officials), so a lower-case word after it is its verb (``Americans face``, ``Macedonians
    vote``), not a head."""
    if not run:
        return False
    word = run[-1].group()
    before = run[-2].group() if len(run) > 1 else ""
    return (_capitalised(word) and len(word) > 5 and word.endswith(("ans", "ons"))
            and (not before[:1].isupper() or before.lower() in GLUE))


_MONTHS = frozenset("""january february march april may june july august september october november
december""".split())
#: What joins a name to its number (Nord Stream 2, Pantsir-S1, Su-35).
_NUMBER_JOINS = frozenset({"", " ", "-"})
#: Words a number before counts (Paris 3 people), and kinds of street a house's number follows.
_COUNTED = frozenset("people men women children".split())
_STREETS = frozenset("street avenue road square prospekt prospect lane boulevard highway embankment".split())


def _numbers_name(run: list[regex.Match], gap: str, number: str, after: str) -> bool:
    """Whether a number after a capitalised word is part of its name (``Nord Stream 2``, ``Pantsir-C1``,
    ``Su-35``): a model's or a project's number, not a date (``May 9``), nor a count of what
    follows (``Paris 3 people``: a number apart before a word in lower case in the plural), nor a
    house's (``Leningradsky Prospekt 39``)."""
    word = run[-1].group()
    if not (gap in _NUMBER_JOINS and number.isdigit() and len(number) <= 3 and word[:1].isupper()
            and word.lower() not in _MONTHS | _STREETS and not DOTTED.fullmatch(word)):
        return False
    return gap != " " or not (after.islower() and (after.endswith("s") or after in _COUNTED))


class _Piece:
    """A word cut from a token, read as a token is (``group``, ``start``, ``end``)."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def group(self) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


#: Words whose possessive is a word of names (Donetsk People's Republic, the Prosecutor General's
#: Office, UN Children's Fund, Writers' Union); a name's is not (Russia's, Trump's, Kovacs', the
#: Capitals' player).
_NAME_POSSESSORS = frozenset("""people peoples children women men general students workers veterans writers
farmers journalists teachers lawyers""".split())


def _possessors(text: str, tokens: Iterator[regex.Match]) -> Iterator[regex.Match | _Piece]:
    """Tokens, a possessive one a word of a name where a capitalised word follows and it is a word
    of names (``_NAME_POSSESSORS``); otherwise the possessor alone (``Russia's`` position: Russia),
    what follows it apart."""
    tokens = list(tokens)
    for k, m in enumerate(tokens):
        word = m.group()
        if not _POSSESSIVE.search(word):
            yield m
            continue
        base = _POSSESSIVE.sub("", word)
        adjoining = k + 1 < len(tokens) and not text[m.end():tokens[k + 1].start()].strip()
        if adjoining and tokens[k + 1].group()[:1].isupper() and base.lower() in _NAME_POSSESSORS:
            yield m
            continue
        yield _Piece(base, m.start(), m.start() + len(base))  # the 's after it ends the run


def _runs(text: str) -> Iterator[list[regex.Match]]:
    """Runs of content words and joiners with only spaces between them."""
    run: list[regex.Match] = []
    last_end = 0
    tokens = [*_possessors(text, _TOKEN.finditer(text))]
    for k, m in enumerate(tokens):
        word = m.group()
        adjoining = not text[last_end:m.start()].strip()
        after = tokens[k + 1].group() if k + 1 < len(tokens) and not text[m.end():tokens[k + 1].start()].strip() else ""
        model = word[:1].isdigit() and run and _numbers_name(run, text[last_end:m.start()], word, after)
        numbered = word[:1].isdigit() and run and (run[-1].group() == "No." or model)
        stop = (_is_stop(word) and not (adjoining and (_name_part(word, run) or _noun_here(word, run, after))) and not (
            word in _NAME_STARTERS and after[:1].isupper() and after.lower() not in _RANKED)) or (
                k == 0 and _adverb_first(word))
        if model:  # the number closes the name: what follows says what it is (Nord Stream 2 pipeline)
            yield [*run, m]
            run = []
        elif numbered:
            run.append(m)
        elif (not adjoining or (stop and word.lower() not in GLUE) or (_participle(word) and not _after_joiner(run))
              or (word.islower() and word not in GLUE and _people(run))):
            if run and adjoining and word.lower() in POSSESSIVES and run[-1].group().islower():
                run.pop()  # a verb before its object (restore its infrastructure)
            if run:
                yield run
            run = []
        last_end = m.end()
        if not numbered and (not stop or word.lower() in GLUE):
            run.append(m)
    if run:
        yield run


@functools.lru_cache(maxsize=_WORD_CACHE)
def _edge_ok(word: str, first: bool) -> bool:
    low = word.lower()
    if low in GLUE:
        return False
    if first:  # a stop word inside a run is a part of a name, which it never begins (States)
        return not word[:1].isdigit() and word != "No." and (not _is_stop(word) or word in _NAME_STARTERS)
    return (low not in _TITLES and word not in ("No.", "St.") and word not in _NAME_STARTERS and not _participle(word)
            and word not in PARTICLES)


#: Lower-case particles of personal names (Ursula von der Leyen, Mohammed bin Salman, Lula da Silva):
#: inside a name, never its last word.
PARTICLES = frozenset("von van der den de da di do dos du la le bin ibn bint ben al el abu zu ter".split())
#: An Arabic article written onto a name (al-Assad, el-Sisi): the name without it is the same name.
_ARTICLE = regex.compile(r"^(?:al|el)-(?=\p{Lu})")


def articled(form: str) -> bool:
    """Whether a form writes an Arabic article onto a name (``al-Moualem``)."""
    return any(_ARTICLE.match(word) for word in form.split())


#: Nouns that count or sort what their ``of`` phrase names (a majority of Britons, types of legal
#: entities): never the head of a term with it, though some head terms of their own (parliamentary
#: majority).
_SHARES = frozenset("majority minority number part rest bulk handful type types kind kinds sort sorts".split())


def _valid(words: list[str]) -> bool:
    if not (_edge_ok(words[0], True) and _edge_ok(words[-1], False)):
        return False
    lows = [w.lower() for w in words]
    if "of" in lows[1:] and lows[lows.index("of") - 1] in _SHARES:
        return False
    # a participle modifies a common noun (armed forces); before a name it is a verb and its
    # object (warned Russia, visited Moscow)
    if _participle(words[0]) and not words[1].islower():
        return False
    if len(words) == 1 and (words[0].lower() in _TITLES or len(words[0]) == 1):  # a letter alone is an initial
        return False
    # "and" joins two words, not two phrases: only in a candidate with no other joiner
    # (trade and economic cooperation; not Minister for Europe and Foreign Affairs of …)
    if "and" in lows and sum(w in _JOINERS for w in lows) > 1:
        return False
    # two names joined by "and" stay two (Donetsk and Lugansk)
    if len(words) == 3 and lows[1] == "and" and words[0][:1].isupper() and words[2][:1].isupper():
        return False
    if any((low in TITLE_HEADS or _noun_before_name(word)) and nxt[:1].isupper() and nxt.lower() not in GLUE
           for low, word, nxt in zip(lows, words, words[1:])):
        return False
    # "the" only right after a joiner, and joiners never twice in a row
    for prev, word in zip(words, words[1:]):
        low, plow = word.lower(), prev.lower()
        if low == "the" and plow not in _JOINERS:
            return False
        if low in _JOINERS and (plow in _JOINERS or plow == "the"):
            return False
    return True


def _initial(text: str, start: int) -> bool:
    k = skip_back(text, start, " “\"‘(")
    return k == 0 or text[k - 1] in "!?:\n" or (text[k - 1] == "." and text[max(0, k - 2):k - 1].islower())


def candidates(text: str, unit: int) -> Iterator[Occurrence]:
    """Every English noun-phrase candidate occurrence in one unit's text."""
    for run in _runs(text):
        words = [m.group() for m in run]
        for i in range(len(run)):
            # two or more capitalised words right after a capitalised word, with a title head
            # earlier in the run: a full name in apposition to the title (… of India
            # Subrahmanyam Jaishankar); a surname alone stays a piece of the full name
            after_title = (i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in GLUE
                           and any(w.lower() in TITLE_HEADS for w in words[:i]))
            for j in range(i + 1, min(len(run), i + MAX_WORDS) + 1):
                span = words[i:j]
                if not _valid(span):
                    continue
                start, end = run[i].start(), run[j - 1].end()
                surface = text[start:end]
                key = tuple(map(_key_word, span))
                initial = _initial(text, start)
                bound = _bound(span, key, words[j:j + 2], initial)
                yield Occurrence(key=key, surface=surface, citation=surface, unit=unit, start=start, end=end,
                                 words=len(span), head=key[-1], initial=initial, bound=bound,
                                 governor=words[j].lower() if bound else None,
                                 apposition=after_title and len(span) > 1 and all(w[:1].isupper() for w in span))


def _bound(span: list[str], key: tuple[str, ...], following: list[str], initial: bool) -> bool:
    """Whether a span modifies the word after it (``following``: the run's next two words).
    English heads come last, so a content word right after one makes it a modifier; but a number
    after it is an optional tail (Resolution No. 2254), a name after a title or a lower-case noun
    is in apposition (Foreign Minister Sergey Lavrov, special counsel Robert Mueller, Secretary of
    State Mike Pompeo), and a capitalised word inside a sentence names a thing of its own where it
    modifies (Tory MPs, Zircon hypersonic missile)."""
    after = following[0] if following else ""
    if not after or after.lower() in GLUE or after == "No.":
        return False
    if after[:1].isupper() and (key[-1] in TITLE_HEADS or _noun_before_name(span[-1])):
        return False
    if len(span) == 1 and not initial and (_name_alone(span[0]) and not _one_place(span[0], after)
                                           or _names_a_kind(span[0], after)):
        return False
    return not _before_name(span, following)


def _before_name(span: list[str], after: list[str]) -> bool:
    """Whether a title ends right before a full name in apposition to it: the title has its head
    earlier (``Secretary of State``, ``Minister of External Affairs of India``) and two capitalised
    words follow (``Mike Pompeo``), as ``candidates`` reads the name."""
    return (len(after) == 2 and span[-1][:1].isupper() and all(w[:1].isupper() and w.lower() not in GLUE for w in after)
            and any(w.lower() in TITLE_HEADS for w in span[:-1]))


#: Endings of the adjectives English writes with a capital (Russian, Chinese, British, Islamic,
#: Western): they modify, they name nothing on their own.
_PROPER_ADJECTIVES = ("an", "ese", "ish", "ic", "ern", "i")


#: Endings of English adjectives and participles (northern, war-torn aside): a lower-case word
#: before a name that ends so modifies it (eastern Ukraine, neighbouring Georgia, annexed Crimea).
_ADJECTIVE_ENDINGS = ("ern", "ing", "ed", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "est")
#: Adjectives of other shapes that come before names (the former President, the upper House).
_ADJECTIVES = frozenset("former latter upper inner outer elder older younger independent recent".split())


#: Endings only nouns have (``disarmament``, ``cybersecurity``, ``independence``, ``partnership``).
_NOUN_ENDINGS = ("ment", "tion", "sion", "ity", "ism", "ness", "ship", "ence", "ance", "hood", "dom")


def noun_shaped(word: str) -> bool:
    """Whether a word in lower case is a noun by its ending."""
    return word.islower() and word.endswith(_NOUN_ENDINGS)


def _noun_before_name(word: str) -> bool:
    """A lower-case noun before a capitalised word is in apposition to the name it begins, the
    title or kind of it (``special counsel`` Robert Mueller, the ``frigate`` Admiral Gorshkov),
    not its modifier: English modifies a name with an adjective (eastern Ukraine)."""
    return (word.islower() and word.isalpha() and not word.endswith(_ADJECTIVE_ENDINGS) and word not in GLUE
            and word not in _ADJECTIVES and word not in PARTICLES)


def _names_a_kind(word: str, after: str) -> bool:
    """A capitalised word before a lower-case noun inside a sentence names a thing of its own,
    of the kind the noun says (``Zircon hypersonic missile``, ``Kremlin spokesman``, ``Brexit
    deal``), unless it is a proper adjective (``Russian officials``)."""
    return _capitalised(word) and after.islower() and not word.lower().endswith(_PROPER_ADJECTIVES)


def _capitalised(word: str) -> bool:
    """A word with a capital that is no acronym and no hyphenated compound."""
    return word[:1].isupper() and not word.isupper() and "-" not in word


def _name_alone(word: str) -> bool:
    """A capitalised word that neither dictionary knows (``Tory``, ``Hatigaon``, ``Torbeyevo``), or
    that the general dictionary translates by a place (``Delhi`` ↔ Дели): a name, which stands for
    itself where it modifies a noun (``Tory MPs``, the ``Torbeyevo`` landfill, ``Delhi Chief
    Minister``), as an acronym does; ``Foreign``, ``Security``, ``Naval`` are words of longer names,
    and a first name the dictionary knows (``Tony``) is a piece of the full name. Read inside a
    sentence only: at its start a capital says nothing (``Superyacht owners``)."""
    if not _capitalised(word):
        return False
    low = word.lower()
    return not word_senses(low, "en") or any(map(russian.is_place, dictionary_names().get(low, ())))


def _one_place(word: str, after: str) -> bool:
    """Whether two words are one place's name the general dictionary lists word by word (``Hong
    Kong`` ↔ Гонконг): the first is a piece of it, not a name of its own."""
    return not dictionary_names().get(word.lower(), frozenset()).isdisjoint(dictionary_names().get(after.lower(), ()))


def is_proper(word: str) -> bool:
    """English keeps attested capitals: any capitalised display word stays as written."""
    return True


def proper_words(cand) -> frozenset[str]:
    """The key words of a candidate written with a capital inside its display form (a
    sentence-initial capital is not: the display form prefers a spelling from inside a
    sentence)."""
    return frozenset(w.lower() for w in _TOKEN.findall(cand.form) if w[:1].isupper() and w.lower() not in _STOP)


#: Prepositions after which an English noun phrase's words modify its head (``Minister for Foreign
#: Affairs``, ``Centre for Reconciliation of Opposing Sides``).
_POSTMODIFIERS = ("of", "for")


def head(key: tuple[str, ...]) -> str:
    """The head of an English noun phrase's key: the last word before its first ``of``/``for``
    phrase, else its last word (``and`` joins modifiers: ``trade and economic cooperation``)."""
    return next((key[k - 1] for k, word in enumerate(key) if k and word in _POSTMODIFIERS), key[-1])


def is_plural(key: tuple[str, ...]) -> bool:
    """A guess from the head's spelling: ``talks``, ``Minsk Agreements`` (not ``process``, ``ISIS``,
    nor ``implementation of the Minsk agreements``, whose head is ``implementation``)."""
    word = head(key)
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))

