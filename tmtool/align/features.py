"""Evidence that two sentences translate each other, as keys shared across languages.

Each component maps a sentence to a set of language-neutral keys: numbers
normalised (``1,2 млрд`` and ``1.2 billion`` both give ``1.2``), month names
as month numbers, names and cognates as a consonant skeleton of their Latin
transliteration (``Лавров`` and ``Lavrov`` both give ``lvrv``), lexicon and
acronym concepts (``ООН`` and ``UN`` share one), quotes and list markers, and
stem pairs learned from the corpus. Two sentences agree as much as their keys
overlap, weighted per component (see ``tmtool.align.score``).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import Stemmer

from tmtool.align import kernel
from tmtool.text import primary
from tmtool.translit import transliterate

Key = tuple[str, str]  # (component, value)

# The stdlib engine: several times faster than ``regex`` on these simple patterns.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Thousands are grouped by spaces in Russian and by commas in English; the
# decimal mark is the other one. Either side may also use the other style.
_NUMBER = {
    # (?=\d) first: the engine then skips letters fast instead of trying each branch.
    "ru": re.compile(r"(?=\d)(?:\d{1,3}(?:[  \u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?)"),
    "en": re.compile(r"(?=\d)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"),
}
_DIGIT = re.compile(r"\d")
_GROUP = {"ru": re.compile(r"[  \u202f]"), "en": re.compile(r",")}
_DECIMAL = {"ru": re.compile(r","), "en": re.compile(r"(?!)")}

_RU_MONTHS = (
    "январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
)
# Group k matches month k, whatever the case ending.
_MONTH = {
    "ru": re.compile(r"(?i)^(?:" + "|".join(f"({m})" for m in _RU_MONTHS) + r")[^\W\d_]*$"),
    "en": re.compile(
        r"(?i)^(?:(january|jan)|(february|feb)|(march|mar)|(april|apr)|(may)|(june|jun)|(july|jul)|"
        r"(august|aug)|(september|sept|sep)|(october|oct)|(november|nov)|(december|dec))$"
    ),
}

# Spellings that differ between a Russian transliteration and an English
# name without a change of sound: Джонсон/Johnson, Сергей/Sergey, Президент/President.
_SOUNDS = (("dzh", "j"), ("ph", "f"), ("ck", "k"), ("x", "ks"), ("c", "k"), ("q", "k"), ("w", "v"), ("z", "s"))
_NO_VOWELS = str.maketrans("", "", "aeiouyh'’-")
_DOUBLES = re.compile(r"(.)\1+")


def _first_of_run(m: re.Match) -> str:
    return m.group(1)  # measured faster than the template r"\1"


STOPWORDS = frozenset(
    "the and that this with from have has for not are was were which their there these those will would "
    "also been into about than then them they what when where while could should other such more most "
    "это что как так для при его она они или уже все был была были быть также этот этой этого которые "
    "который которая которых чтобы если только между после через более может свои своей своих".split()
)



def skeleton(word: str) -> str:
    """Consonant skeleton of a word's Latin spelling: ``Лавров``/``Lavrov`` → ``lvrv``."""
    fast = kernel.compiled
    if fast is not None:
        return fast.consonants(transliterate(word), _SOUNDS)
    return reference_skeleton(word)


def reference_skeleton(word: str) -> str:
    """``skeleton`` in Python: what the compiled kernel computes, and its fallback."""
    s = transliterate(word)
    for a, b in _SOUNDS:
        s = s.replace(a, b)
    s = s[0] + s[1:].translate(_NO_VOWELS) if s else s
    if s[:1] in "aeiouy":
        s = s[1:]
    return _DOUBLES.sub(_first_of_run, s)


@dataclass(frozen=True)
class Lexicon:
    """Concept keys of one language's side of a bilingual lexicon."""

    exact: Mapping[str, tuple[Key, ...]]
    stems: Mapping[str, tuple[Key, ...]]

    def __post_init__(self) -> None:
        # Stems by their first three letters (two for the two-letter ones), longest first:
        # a word's longest stem is the first of its buckets it starts with (a dict lookup
        # or two instead of one per length).
        buckets: dict[str, list[str]] = {}
        for st in sorted(self.stems, key=len, reverse=True):
            if len(st) >= 2:
                buckets.setdefault(st[:3], []).append(st)
        object.__setattr__(self, "_buckets", {k: tuple(v) for k, v in buckets.items()})

    def lookup(self, word: str) -> tuple[Key, ...]:
        hit = self.exact.get(word) or self.exact.get(word.lower())
        if hit:
            return hit
        low = word.lower()
        for prefix in (low[:3], low[:2]):
            for st in self._buckets.get(prefix, ()):
                if low.startswith(st):
                    return self.stems[st]
        return ()


Lexicons = Mapping[str, Lexicon]  # a concept lexicon per language


def _ru_en_rows(lines: Iterable[str], where: str) -> Iterable[tuple[int, list[str], list[str]]]:
    """(line number, Russian forms, English forms) of a ``ru<TAB>en`` data file's lines."""
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 2:
            raise ValueError(f"{where}:{n}: expected 'ru<TAB>en'")
        yield n, cols[0].split(","), cols[1].split(",")


def parse_lexicon(lines: Iterable[str], where: str) -> dict[str, Lexicon]:
    """``ru<TAB>en`` concept lines → a ``Lexicon`` per language (see the data file's header)."""
    exact: dict[str, dict[str, list[Key]]] = {"ru": {}, "en": {}}
    prefixes: dict[str, dict[str, list[Key]]] = {"ru": {}, "en": {}}
    for n, ru_forms, en_forms in _ru_en_rows(lines, where):
        key: Key = ("acronyms" if any(f.isupper() for f in ru_forms) else "lexicon", str(n))
        for lang, forms in (("ru", ru_forms), ("en", en_forms)):
            for form in forms:
                if form.endswith("*"):
                    prefixes[lang].setdefault(form[:-1], []).append(key)
                else:
                    exact[lang].setdefault(form if form != form.lower() else form.lower(), []).append(key)
    return {
        lang: Lexicon(
            {w: tuple(k) for w, k in exact[lang].items()},
            {w: tuple(k) for w, k in prefixes[lang].items()},
        )
        for lang in ("ru", "en")
    }


@cache
def builtin_lexicon() -> dict[str, Lexicon]:
    text = resources.files("tmtool.align").joinpath("data/lexicon_en_ru.tsv").read_text("utf-8")
    return parse_lexicon(text.splitlines(), "lexicon_en_ru.tsv")


#: A stem with more translations than this in the general dictionary is too vague to
#: anchor anything (make, take, get…); a concept grows to at most CONCEPT_SIZE stems.
MAX_SENSES = 6
CONCEPT_SIZE = 12


def parse_dictionary(lines: Iterable[str], where: str) -> dict[str, dict[str, Key]]:
    """``ru<TAB>en`` lines of whole words (see the data file's header) → stem → concept key,
    per language: each line links the Snowball stems of its words; linked stems form a
    concept (union–find, in line order, no concept beyond ``CONCEPT_SIZE`` stems), so
    that every stem has exactly one key and a word with many translations counts once."""
    edges: list[tuple[tuple[str, str], tuple[str, str]]] = []
    partners: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for _, ru_forms, en_forms in _ru_en_rows(lines, where):
        ru = [("ru", st) for st in sorted(stems(ru_forms, "ru"))]
        en = [("en", st) for st in sorted(stems(en_forms, "en"))]
        for a in ru:
            for b in en:
                edges.append((a, b))
                partners.setdefault(a, set()).add(b)
                partners.setdefault(b, set()).add(a)
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    size: dict[tuple[str, str], int] = {}

    def root(x: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        if len(partners[a]) > MAX_SENSES or len(partners[b]) > MAX_SENSES:
            continue
        ra, rb = root(a), root(b)
        if ra != rb and size.get(ra, 1) + size.get(rb, 1) <= CONCEPT_SIZE:
            parent[rb] = ra
            size[ra] = size.get(ra, 1) + size.get(rb, 1)
    out: dict[str, dict[str, Key]] = {"ru": {}, "en": {}}
    for node in parent:
        concept = root(node)
        if concept != node or size.get(concept, 1) > 1:
            out[node[0]][node[1]] = ("lexicon", f"d:{concept[0]}:{concept[1]}")
    return out


@cache
def _dictionary_lines() -> tuple[str, ...]:
    """The general dictionary's lines, read once for the three tables made of them."""
    return tuple(resources.files("tmtool.align").joinpath("data/dictionary_en_ru.tsv").read_text("utf-8").splitlines())


@cache
def general_dictionary() -> dict[str, dict[str, Key]]:
    return parse_dictionary(_dictionary_lines(), "dictionary_en_ru.tsv")


#: Debian's English–Russian FreeDict dictionary (``apt-get install dict-freedict-eng-rus``):
#: 1,693 headwords, GPL-2.0-or-later; read where it is installed, never shipped.
FREEDICT = Path("/usr/share/dictd/freedict-eng-rus")


@cache
def freedict_dictionary() -> dict[str, dict[str, Key]]:
    """The FreeDict eng-rus entries as ``parse_dictionary`` concepts; empty when not installed.

    A dictd database: ``.index`` lines of headword, offset and length (base64), and the
    entries in the gzip-compressed ``.dict.dz``: the headword line, then the translations,
    comma-separated."""
    index, data = FREEDICT.with_suffix(".index"), FREEDICT.with_suffix(".dict.dz")
    if not (index.is_file() and data.is_file()):
        return {"ru": {}, "en": {}}
    text = gzip.decompress(data.read_bytes())
    lines = []
    for row in index.read_text("utf-8").splitlines():
        head, offset, length = (row.split("\t") + ["", ""])[:3]
        if head.startswith("00database") or not length:
            continue
        start, size = _b64(offset), _b64(length)
        body = text[start:start + size].decode("utf-8", errors="replace").split("\n")[1:]
        ru = [w.strip() for line in body for w in line.split(",") if w.strip() and " " not in w.strip()]
        if ru and " " not in head:
            lines.append(f"{','.join(ru)}\t{head}")
    return parse_dictionary(lines, str(index))


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(digits: str) -> int:
    """A dictd index number: base 64, most significant digit first."""
    value = 0
    for ch in digits:
        value = value * 64 + _B64.index(ch)
    return value


def number_value(token: str, lang: str) -> str:
    """``1 200,5`` (ru) and ``1,200.5`` (en) → ``1200.5``; leading zeros go (``03`` → ``3``)."""
    lang = lang if lang in _NUMBER else "en"
    token = _GROUP[lang].sub("", token)
    token = _DECIMAL[lang].sub(".", token)
    whole, _, frac = token.partition(".")
    frac = frac.rstrip("0")
    return (whole.lstrip("0") or "0") + ("." + frac if frac else "")


class Sentence(NamedTuple):
    """What the components look at: the text, its words and its number tokens.
    (A named tuple: a corpus makes one per sentence, and it is the cheapest to make.)"""

    text: str
    words: tuple[str, ...]
    numbers: tuple[str, ...]


def words(text: str) -> list[str]:
    """The words of ``text`` (``_WORD``), found by the compiled kernel when it is built (the
    same list, several times faster than the pattern: reading the words was a twentieth of
    an alignment)."""
    fast = kernel.compiled
    return fast.words(text) if fast is not None else _WORD.findall(text)


def tokens(text: str, lang: str) -> Sentence:
    number = _NUMBER.get(lang, _NUMBER["en"])
    # Most sentences hold no digit, and finding that out is cheaper than the number pattern.
    return Sentence(text, tuple(words(text)), tuple(number.findall(text)) if _DIGIT.search(text) else ())


#: Where a sentence divides into clauses: after a comma, semicolon or colon and after a
#: dash between spaces, each followed by a space (a decimal comma or a hyphenated word does
#: not divide).
_CLAUSE_CUT = re.compile(r"[,;:](?= )| [–—-](?= )")
#: A sentence is read as at most this many clauses (the rest stays in the last): a clause
#: moved to a neighbouring sentence is one of the first or last few.
MAX_CLAUSES = 6


def clause_pieces(text: str) -> list[str]:
    """``text`` cut into its clauses (``_CLAUSE_CUT``), each with its punctuation; they join
    back into ``text``."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text)][: MAX_CLAUSES - 1]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


# -- components -------------------------------------------------------------------------
# A word component maps one word to keys (cached per word); a sentence
# component looks at the whole sentence.


def months(word: str, lang: str, lexicons: Lexicons) -> Iterable[Key]:
    month = _MONTH.get(lang)
    m = month.match(word) if month else None
    if m:
        yield ("numbers", f"month{m.lastindex}")


def names(word: str, lang: str, lexicons: Lexicons) -> Iterable[Key]:
    if word[0].isupper() and not word.isupper():
        sk = skeleton(word)
        if len(sk) >= 2:
            yield ("translit", sk[:4])


def cognates(word: str, lang: str, lexicons: Lexicons) -> Iterable[Key]:
    if len(word) >= 5 and word[0].islower() and word not in STOPWORDS:
        sk = skeleton(word)
        if len(sk) >= 3:
            yield ("translit", sk[:4])


def lexicon(word: str, lang: str, lexicons: Lexicons) -> Iterable[Key]:
    lex = lexicons.get(lang)
    return lex.lookup(word) if lex else ()


def _stem_lookup(tables: Callable[[], dict[str, dict[str, Key]]]) -> WordComponent:
    """A word component giving the concept key of a word's stem in a dictionary (``tables()``:
    stem → key per language, loaded when first asked)."""
    def component(word: str, lang: str, lexicons: Lexicons) -> Iterable[Key]:
        table = tables().get(lang)
        key = table.get(stem(word, lang)) if table else None
        return (key,) if key else ()

    return component


_dictionary = _stem_lookup(general_dictionary)


@lru_cache(maxsize=65536)
def word_concepts(word: str, lang: str) -> frozenset[Key]:
    """The concept keys of one word in the built-in diplomatic lexicon and the general
    dictionary: a word and its translation share one (what the glossary's pairing reads,
    ``tmtool.terms.pairing``; the aligner reads them through ``extractor``)."""
    code = primary(lang)
    return frozenset((*lexicon(word, code, builtin_lexicon()), *_dictionary(word, code, {})))


@cache
def _dictionary_senses() -> dict[str, dict[str, frozenset[Key]]]:
    """Per language, stem → a key for every (Russian stem, English stem) that a line of the general
    dictionary pairs it in: each sense a line lists, the vaguest words' too (``general_dictionary``
    leaves out words of more than ``MAX_SENSES`` senses and caps a concept's size)."""
    found: dict[str, dict[str, set[Key]]] = {"ru": {}, "en": {}}
    for _, ru_forms, en_forms in _ru_en_rows(_dictionary_lines(), "dictionary_en_ru.tsv"):
        ru, en = stems(ru_forms, "ru") - {""}, stems(en_forms, "en") - {""}
        for r in ru:
            for e in en:
                key = ("sense", f"{r}:{e}")
                found["ru"].setdefault(r, set()).add(key)
                found["en"].setdefault(e, set()).add(key)
    return {lang: {st: frozenset(keys) for st, keys in table.items()} for lang, table in found.items()}


@cache
def dictionary_names() -> dict[str, frozenset[str]]:
    """English word → the names a line of the general dictionary translates it by (a Russian form
    written with a capital, no acronym: ``delhi`` ↔ Дели, ``china`` ↔ Китай)."""
    found: dict[str, set[str]] = {}
    for _, ru_forms, en_forms in _ru_en_rows(_dictionary_lines(), "dictionary_en_ru.tsv"):
        named = {f for f in ru_forms if f[:1].isupper() and not f.isupper()}
        for e in en_forms if named else ():
            found.setdefault(e.lower(), set()).update(named)
    return {e: frozenset(ru) for e, ru in found.items()}


@lru_cache(maxsize=65536)
def word_senses(word: str, lang: str) -> frozenset[Key]:
    """``word_concepts``, and a key for each word that a line of the general dictionary translates
    this one by, in any sense: a word and any of its translations share one (the glossary's pairing
    reads them to see that no sense links two phrases: ``реализация`` is ``implementation`` in a line
    whose concept the capped union left apart)."""
    code = primary(lang)
    st = stem(word, code)
    return word_concepts(word, lang) | (_dictionary_senses().get(code, {}).get(st, frozenset()) if st else frozenset())


_SNOWBALL = {"ru": "russian", "en": "english", "de": "german", "fr": "french", "es": "spanish",
             "it": "italian", "pt": "portuguese", "nl": "dutch"}
#: Words that pair with everything: articles, prepositions, conjunctions, pronouns, auxiliaries.
FUNCTION_WORDS = {
    "en": frozenset(
        "the a an of and or to in on at for with by from as is are was were be been being it its this that these "
        "those which who whom whose what when where while there their they them he she his her we our you your i "
        "my me not no but if than then so also has have had will would can could should may might must do does did "
        "into about over after before between during under within without through upon such".split()),
    "ru": frozenset(
        "и в во на с со по о об обо к ко не ни что как для из от за до при его её ее их он она они оно мы вы я это "
        "этот эта эти того этого этой этих который которая которое которые которых которым также же бы ли а но "
        "или у уже был была были было быть будет будут то так все всё весь вся всех ещё еще под над между через "
        "после перед без".split()),
}


#: Words kept per cache (a side's keys, a language's stems): memory stays flat (a few MB) on any corpus.
_CACHE_LIMIT = 50_000


@lru_cache(maxsize=None)
def _stemmer(lang: str):
    name = _SNOWBALL.get(lang)
    return Stemmer.Stemmer(name, 100_000) if name else None


def stems(word_list: Iterable[str], lang: str) -> set[str]:
    """The stems the learned lexicon pairs: Snowball stems (PyStemmer) of the content words,
    lower-cased; a five-letter prefix in a language Snowball lacks."""
    cache, code = _stem_table(lang)
    found = set(map(cache.get, word_list))
    if None in found:  # words not seen yet (the cache is checked first: most words come back)
        found = {cache[w] if w in cache else _cache_stem(cache, w, code) for w in word_list}
    found.discard("")
    return found


def stem(word: str, lang: str) -> str | None:
    """``stems`` of one word: its stem, or None for a function word."""
    cache, code = _stem_table(lang)
    found = cache[word] if word in cache else _cache_stem(cache, word, code)
    return found or None


@lru_cache(maxsize=None)
def _stem_table(lang: str) -> tuple[dict[str, str], str]:
    """Word → stem ("" for a function word) of a language, one for all its tags, filled by
    ``_cache_stem``; and the language's primary subtag."""
    code = primary(lang)
    return (_stem_table(code)[0] if code != lang else {}), code


def _cache_stem(cache: dict[str, str], word: str, lang: str) -> str:
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    w = _content(word, lang)
    stemmer = _stemmer(lang)
    found = cache[word] = ("" if not w else stemmer.stemWord(w) if stemmer else w[:5])
    return found


def _content(word: str, lang: str) -> str | None:
    """A word lower-cased with ё read as е, or None for a function word or a single letter."""
    w = word.lower().replace("ё", "е")
    return w if len(w) >= 2 and w not in FUNCTION_WORDS.get(lang, ()) else None


def learned_keys(sentence_stems: Iterable[str], table: Mapping[str, Key]) -> frozenset[Key]:
    """Keys of a learned lexicon (stem → key) among a sentence's stems (``stems``). Not
    cached per word as the built-in evidence is: each alignment pass may bring another lexicon."""
    # map() and filter() loop in C (a key is a non-empty tuple: never filtered out); same order.
    return frozenset(filter(None, map(table.get, sentence_stems)))


def numbers(s: Sentence, lang: str, lexicons: Lexicons) -> Iterable[Key]:
    for tok in s.numbers:
        yield ("numbers", number_value(tok, lang))


def markers(s: Sentence, lang: str, lexicons: Lexicons) -> Iterable[Key]:
    text = s.text
    if _QUOTE.search(text):
        yield ("markers", "quote")
    if _LIST.match(text):
        yield ("markers", "list")
    end = text.rstrip()[-1:]
    if end in ("?", ":"):
        yield ("markers", end)
    if "(" in text:
        yield ("markers", "paren")


_QUOTE = re.compile(r"[«»“”\"„]")
_LIST = re.compile(r"(?:[-–—•*·]|\d{1,2}[.)]|[^\W\d_]\))\s")

WordComponent = Callable[[str, str, "Lexicons"], Iterable[Key]]
SentenceComponent = Callable[[Sentence, str, "Lexicons"], Iterable[Key]]

#: Components by name: word functions, sentence functions and the key kinds they
#: contribute. Names and cognates share the ``translit`` kind so ``Resolution``
#: meets ``резолюцию``; acronyms live in the lexicon file with a kind of their own.
COMPONENTS: dict[str, tuple[tuple[WordComponent, ...], tuple[SentenceComponent, ...], str]] = {
    "numbers": ((months,), (numbers,), "numbers"),
    "names": ((names,), (), "translit"),
    "cognates": ((cognates,), (), "translit"),
    "acronyms": ((lexicon,), (), "acronyms"),
    "lexicon": ((lexicon,), (), "lexicon"),
    "dictionary": ((_dictionary,), (), "lexicon"),
    # opt-in: Debian's dict-freedict-eng-rus, when installed
    "freedict": ((_stem_lookup(freedict_dictionary),), (), "lexicon"),
    "markers": ((), (markers,), "markers"),
    "learned": ((), (), "learned"),  # a learned lexicon's keys: ``learned_keys``, added by the aligner
}

#: The components an aligner uses unless told otherwise: all but those that read a dictionary
#: a machine may lack (a default must give the same beads everywhere).
DEFAULT_COMPONENTS = tuple(name for name in COMPONENTS if name != "freedict")

def extractor(lang: str, enabled: Iterable[str]) -> Callable[[Sentence], frozenset[Key]]:
    """A function from a sentence (``tokens(text, lang)``) to its built-in key set, for one side
    of a document.

    Word keys are cached: across a corpus the same words come back, and the
    cache (bounded) is what makes extraction cheap. Every aligner with the same
    components shares the function and its cache (the keys of a word never change).
    """
    return _extractor(lang, tuple(enabled))


def clear_caches() -> None:
    """Forget every memoised word key and stem (the answers stay the same; only the first
    documents after it are slower, as in a new process: what the benchmarks time as a cold start)."""
    _extractor.cache_clear()
    _stem_table.cache_clear()


#: One object per key, however many words of either language map to it: the two sides' key sets
#: then meet by identity, which a set lookup checks before comparing (most of an alignment's time
#: is spent intersecting them).
_ONE_OBJECT: dict[Key, Key] = {}


@lru_cache(maxsize=None)
def _extractor(lang: str, enabled: tuple[str, ...]) -> Callable[[Sentence], frozenset[Key]]:
    chosen = [COMPONENTS[n] for n in enabled]
    word_funcs = list(dict.fromkeys(f for fs, _, _ in chosen for f in fs))
    sent_funcs = list(dict.fromkeys(f for _, fs, _ in chosen for f in fs))
    kinds = {kind for _, _, kind in chosen}
    chosen_lexicons = builtin_lexicon()
    cache: dict[str, tuple[Key, ...]] = {}
    shared = _ONE_OBJECT  # shared by both languages' extractors

    def word_keys(word: str) -> tuple[Key, ...]:
        """The keys of a word not in the cache yet."""
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
            shared.clear()
        found = [k for f in word_funcs for k in f(word, lang, chosen_lexicons)]
        hit = cache[word] = tuple([shared.setdefault(k, k) for k in found if k[0] in kinds]) if found else ()
        return hit

    def keys(s: Sentence) -> frozenset[Key]:
        # map() and union() loop in C: most words are cache hits.
        hits = list(map(cache.get, s.words))
        if None in hits:
            hits = [word_keys(w) if h is None else h for w, h in zip(s.words, hits)]
        out = set().union(*hits)
        for f in sent_funcs:  # loops, not a generator: most sentences add a key or none
            for k in f(s, lang, chosen_lexicons):
                if k[0] in kinds:
                    out.add(shared.setdefault(k, k))
        return frozenset(out)

    return keys
