"""English phrase candidates without a tagger: a verb with its object, the same in the
passive, and prepositional formulas (issue 15's "phrases"; docs/terms.md).

A word is taken as a verb where English grammar leaves little else: it ends in -ed or -ing,
is an irregular past form, follows ``to``, an auxiliary or a subject pronoun (``They
reaffirm``), or comes before a possessive (``The sides reaffirm their``). Its object is the run of lower-case content words after at most one determiner
or possessive (``reaffirmed their commitment``), and the preposition right after the object
is the one the phrase governs (``… to``). The passive (``attention was paid to``) is the
same phrase. A prepositional formula is a preposition, an optional article and one or two
lower-case content words, with ``of`` when it follows (``on the sidelines of``). A manner
adverb (``unilaterally``) is a candidate too: Russian often says it with a formula.

The citation form is the base form (``reaffirm commitment to``, ``pay attention to``): a
regular past or -ing form is taken back to the spelling that is most frequent in general
English (``imposed`` → ``impose``, ``stopped`` → ``stop``). The key is the verb's base form and
the object's words: the determiner, the possessive and the governed preposition belong to the
sentence, not to the phrase. Recurrence and pairing decide which candidates are phrases.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from tmtool.terms.english import POSSESSIVES
from tmtool.terms.general import zipf
from tmtool.terms.model import ADVERB, FORMULA, PHRASE, Occurrence

_TOKEN = regex.compile(r"\p{L}+(?:[-’']\p{L}+)*|\d+(?:[.,]\d+)*\p{L}*|[^\s\p{L}\d]")  # 75th: one token

_DETERMINERS = frozenset("the a an their its our his her my your this these that those".split())
_ARTICLES = frozenset({"the", "a", "an"})
_PREPOSITIONS = frozenset("""to for on over with about in from against into at by under within through as of
between among during after before without towards toward upon via amid across along
including following according regarding concerning excluding""".split())  # the last: participles used as prepositions
_BE = frozenset("is are was were be been being".split())
_AUXILIARIES = _BE | frozenset("am has have had will would shall should can could may might must do does did not".split())
_PRONOUNS = frozenset("we they he she it i you who which that".split())
_OTHER = frozenset("""and or but nor so than then also too very only just even still yet already not no
there here now all both each every any some such other another more most less same own""".split())
_FUNCTION = _DETERMINERS | _PREPOSITIONS | _AUXILIARIES | _PRONOUNS | _OTHER
#: Irregular past forms and participles of verbs → their base form.
_IRREGULAR = {
    "held": "hold", "took": "take", "taken": "take", "made": "make", "gave": "give", "given": "give",
    "paid": "pay", "drew": "draw", "drawn": "draw", "sent": "send", "met": "meet", "brought": "bring",
    "kept": "keep", "led": "lead", "put": "put", "set": "set", "told": "tell", "found": "find",
    "saw": "see", "seen": "see", "spoke": "speak", "spoken": "speak", "bore": "bear", "borne": "bear",
    "struck": "strike", "won": "win", "lost": "lose", "left": "leave", "began": "begin", "begun": "begin",
}
#: Prepositions that start a formula (``to`` also marks an infinitive, ``of`` continues one).
_FORMULA_PREPOSITIONS = frozenset("on under at in within by with as for through".split())
#: Prepositions a phrase governs: kept in its citation form when they follow it.
_GOVERNED = frozenset("to for on over with about in against into as from".split())
MAX_OBJECT = 3


def base_form(word: str) -> str:
    """The base form of a verb form: irregular ones by the table, -ed/-ing/-s by the
    candidate spelling most frequent in general English (a word it does not know: as is)."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ied") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("ed") and len(low) > 4:
        options = [low[:-2], low[:-1], low[:-3]]
    elif low.endswith("ing") and len(low) > 5:
        options = [low[:-3], low[:-3] + "e", low[:-4]]
    elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        options = [low[:-1], low[:-2]]
    else:
        return low
    # by the word and its third person together: "noted" is "note" (notes), not "not"
    best = max(options, key=lambda w: (zipf(w, "en") + zipf(_third_person(w), "en"), -len(w)))
    return best if zipf(best, "en") > 0 else low


def _third_person(base: str) -> str:
    return base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")


def _content(word: str) -> bool:
    return word.isalpha() and word.lower() not in _FUNCTION and not word.lower().endswith("ly")


def _verbal(words: list[str], i: int) -> bool:
    word = words[i]
    if not word.islower() or not _content(word):
        return False
    if word in _IRREGULAR or (word.endswith("ed") and len(word) > 4) or (word.endswith("ing") and len(word) > 5):
        return True
    before = words[i - 1].lower() if i else ""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    # a possessive after a content word makes it a verb (the sides reaffirm their commitment)
    return before == "to" or before in _AUXILIARIES or before in _PRONOUNS or after in POSSESSIVES


def _object_run(words: list[str], start: int, initial: bool = False) -> int:
    """Length of the run of lower-case content words at ``start`` (at most ``MAX_OBJECT``)."""
    n = 0
    while (start + n < len(words) and n < MAX_OBJECT and _content(words[start + n])
           and (words[start + n].islower() or (initial and start + n == 0))):
        n += 1
    return n


def _governed(words: list[str], at: int) -> str:
    return f" {words[at].lower()}" if at < len(words) and words[at].lower() in _GOVERNED else ""


def _phrase(verb: str, obj: list[str], governed: str, spans, unit: int, text: str, first: int, last: int,
            initial: bool, indefinite: bool = False) -> Iterator[Occurrence]:
    """The occurrences of a verb with each right part of its object (``positive dynamics``,
    ``dynamics``): the modifiers of an object vary more than the phrase. An object written
    with the indefinite article keeps one in the citation (``make a decision``, ``play an
    important role``): the collocation has it, whatever sentence it is in."""
    for k in range(len(obj)):
        part = [w.lower() for w in obj[k:]]
        article = ("an " if part[0][:1] in "aeiou" else "a ") if indefinite else ""
        start, end = spans[first].start(), spans[last].end()
        yield Occurrence(key=(verb, *part, PHRASE), surface=text[start:end],
                         citation=f"{verb} {article}{' '.join(part)}{governed}", unit=unit, start=start, end=end,
                         words=1 + len(part), head=verb, initial=initial)


def candidates(text: str, unit: int) -> Iterator[Occurrence]:
    """Every English phrase occurrence in one unit's text."""
    for sentence in _sentences(text):
        spans = sentence
        words = [m.group() for m in spans]
        for i in range(len(words)):
            yield from _active(words, spans, i, text, unit)
            yield from _passive(words, spans, i, text, unit)
            yield from _formula(words, spans, i, text, unit)
            yield from _adverb(words, spans, i, text, unit)


def _sentences(text: str) -> Iterator[list[regex.Match]]:
    """Runs of word tokens between punctuation marks."""
    run: list[regex.Match] = []
    for m in _TOKEN.finditer(text):
        if m.group()[:1].isalnum():
            run.append(m)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _active(words, spans, i, text, unit) -> Iterator[Occurrence]:
    if not _verbal(words, i):
        return
    j = i + 1 + (i + 1 < len(words) and words[i + 1].lower() in _DETERMINERS)
    n = _object_run(words, j)
    if n:
        yield from _phrase(base_form(words[i]), words[j:j + n], _governed(words, j + n), spans, unit, text, i,
                           j + n - 1, False, indefinite=j > i + 1 and words[i + 1].lower() in ("a", "an"))


def _passive(words, spans, i, text, unit) -> Iterator[Occurrence]:
    """``attention was paid to``, ``commitment has been reaffirmed``."""
    word = words[i]
    if not (word.islower() and (word in _IRREGULAR or (word.endswith("ed") and len(word) > 4))):
        return
    j = i - 1
    if j < 1 or words[j].lower() not in _BE:
        return
    j -= words[j - 1].lower() in _AUXILIARIES  # has been, will be
    start = j
    while start > 0 and j - start < MAX_OBJECT and _content(words[start - 1]):
        start -= 1
    obj = [w for w in words[start:j]]
    if obj and all(w.islower() or k == start == 0 for k, w in enumerate(obj, start)):
        yield from _phrase(base_form(word), obj, _governed(words, i + 1), spans, unit, text, start, i, start == 0)


def _adverb(words, spans, i, text, unit) -> Iterator[Occurrence]:
    """A manner adverb (``unilaterally``, ``regularly``), which the other language often says
    with a prepositional formula (``в одностороннем порядке``). Only one of an adjective: a
    word in -ly whose stem is a word of its own (``unilateral``, ``regular``; not ``only``)."""
    word = words[i]
    if not (word.islower() and word.endswith("ly") and len(word) > 6 and word not in _FUNCTION):
        return
    stem = word[:-4] + "le" if word.endswith("bly") else word[:-3] + "y" if word.endswith("ily") else word[:-2]
    if zipf(stem, "en") <= 0:
        return
    yield Occurrence(key=(word, ADVERB, PHRASE), surface=word, citation=word, unit=unit, start=spans[i].start(),
                     end=spans[i].end(), words=1, head=word)


def _formula(words, spans, i, text, unit) -> Iterator[Occurrence]:
    """``on the sidelines of``, ``under the auspices of``, ``on a regular basis``."""
    prep = words[i].lower()
    if prep not in _FORMULA_PREPOSITIONS:
        return
    j = i + 1 + (i + 1 < len(words) and words[i + 1].lower() in _ARTICLES)
    n = min(_object_run(words, j), 2)
    if not n:
        return
    k = j + n
    last = k if k < len(words) and words[k].lower() == "of" else k - 1
    start, end = spans[i].start(), spans[last].end()
    key = (prep, *(w.lower() for w in words[j:k]), *(("#of",) if last == k else ()), FORMULA, PHRASE)
    yield Occurrence(key=key, surface=text[start:end], citation=text[start:end].lower(), unit=unit, start=start,
                     end=end, words=last - i + 1, head=words[k - 1].lower(), initial=False)
