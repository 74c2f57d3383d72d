"""``extract_terms``: aligned units → a ranked bilingual glossary.

Candidates on each side → C-value termhood → pairing by association inside the
aligned units → entries with counts, variants and contexts. Works on any units (a
run's or a store's), either direction; a corpus that cannot hold recurring terms
gives an empty glossary and a message saying why.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex

from tmtool.errors import TmtoolError
from tmtool.jobs import Mapper
from tmtool.model import Unit
from tmtool.stamps import code_digest
from tmtool.terms import candidates as cands
from tmtool.terms import english, general, variants
from tmtool.terms.categories import category
from tmtool.terms.model import (Candidate, Context, Glossary, Inconsistency, Picked, Postings, Rendering, TermEntry,
                                TextFile, digest, formula_group, holds, is_verbal)
from tmtool.terms.pairing import (Fragments, Link, Linking, Omissions, Translations, competitive_linking,
                                  lexicon_translation, links, spelling_likeness)
from tmtool.text import CYRILLIC_LANGS, clean, cyrillic_share, normalise_tag, primary, same_language


@dataclass(frozen=True, slots=True)
class TermOptions:
    """What ``extract_terms`` keeps (``tmtool terms``' options; docs/terms.md tells the method).

    ``min_freq``: fewest occurrences of a term on its side, and of units holding a pair;
    ``min_releases``: releases a term must recur in to rank first (a corpus of fewer release
    pairs gives no glossary); ``min_confidence``: the lowest confidence of a term pair that
    is linked; ``top``: keep only the N best entries (None: all); ``contexts``: example units
    kept per entry; ``stoplist``: terms whose entries are left out; ``seeds``: known (source,
    target) pairs, linked before anything else; ``general``: weigh each term by how much more
    frequent it is here than in the general language (wordfreq).
    """

    min_freq: int = 2  # occurrences of a candidate on its side, and units holding a pair
    min_releases: int = 2  # releases a term recurs in to rank first; a corpus needs as many
    min_confidence: float = 0.5
    top: int | None = None
    contexts: int = 3
    stoplist: frozenset[str] = frozenset()  # entries with a term (either side) here are dropped, see normalise()
    seeds: tuple[tuple[str, str], ...] = ()  # known pairs, linked before anything else
    general: bool = True  # contrast with general-language frequencies (when wordfreq is installed)


#: A dash, spaced or not, or a spaced hyphen: one spelling of a joint (``Северный поток – 2``,
#: ``Северный поток-2``).
_DASH = regex.compile(r"\s*[–—]\s*|\s+-\s+")


#: The full stops of an abbreviation, which American English writes and British English leaves out
#: (``U.N.`` and ``UN``, ``U.S.`` and ``US``, ``Mr.`` and ``Mr``): one term spelt two ways, as the English
#: keys (``english._key_word``) and ``pairing._one_name`` take them; and ``Dr.``, which no candidate holds.
_ABBREVIATION_STOPS = regex.compile(
    rf"(?<![\w.]){english.DOTTED.pattern}(?!\w)"
    rf"|(?<![\w.])(?:{'|'.join((*english.STOPPED_ABBREVIATIONS, 'Dr'))})\.(?=\s|$)")


def normalise(term: str) -> str:
    """The comparison form of a term: case, ё, spacing, dashes, an abbreviation's full stops and a
    leading article ignored."""
    term = _ABBREVIATION_STOPS.sub(lambda m: m[0].replace(".", ""), term)
    text = _DASH.sub("-", " ".join(term.casefold().replace("ё", "е").replace("’", "'").split()))
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            return text[len(article):]
    return text


def _oriented(unit: Unit, src_lang: str, tgt_lang: str) -> Unit:
    """The unit with ``src_lang`` as its source (a store may hold either direction), cleaned."""
    if same_language(unit.src_lang, src_lang) and same_language(unit.tgt_lang, tgt_lang):
        source, target = unit.source, unit.target
    elif same_language(unit.tgt_lang, src_lang) and same_language(unit.src_lang, tgt_lang):
        source, target = unit.target, unit.source
    else:
        raise TmtoolError(f"unit {unit.unit_id}: languages {unit.src_lang}/{unit.tgt_lang} are not "
                          f"{src_lang}/{tgt_lang}")
    source, target = clean(source), clean(target)
    if (source, target, src_lang, tgt_lang) == (unit.source, unit.target, unit.src_lang, unit.tgt_lang):
        return unit  # not a copy of every unit of a corpus that is already so
    return dataclasses.replace(unit, source=source, target=target, src_lang=src_lang, tgt_lang=tgt_lang)


#: A unit with a side longer than this is no sentence but a page that lost its punctuation (the
#: longest unit of the 2,000-pair archive of benchmarks/pipeline.py has 1,908 characters): it is
#: left out of the glossary, with a message. Its candidates would number in the thousands, each
#: paired with every one of the other side's (a unit of 1 MiB took minutes and gigabytes).
MAX_UNIT_CHARS = 5000


def _problem(corpus: _Corpus, options: TermOptions) -> str | None:
    """Why these units cannot yield recurring terms, or None."""
    if not corpus.distinct:
        return "no aligned units: nothing to extract terms from"
    for lang, texts in ((corpus.src_lang, corpus.sources), (corpus.tgt_lang, corpus.targets)):
        # Text by text, until one answers: all that is asked is whether a side has any text, and
        # any Cyrillic letter (the distinct texts joined: +386 MiB for a moment at 26,000 pairs).
        if not any(text.strip() for text in texts):
            return f"the {lang} side is empty: no terms can be paired"
        if primary(lang) in CYRILLIC_LANGS and not any(cyrillic_share(text) for text in texts):
            return f"the {lang} side has no Cyrillic text: is the language right?"
    if len(corpus.release_ids) < options.min_releases:
        return (f"only {len(corpus.release_ids)} release pair(s): recurring terms need at least "
                f"{options.min_releases}")
    return None


@dataclass(frozen=True, slots=True)
class _Corpus:
    """The units as the glossary reads them, in columns: each distinct unit's source and target (the
    units with one same source and target text, which the candidates' unit indices name:
    ``Candidate.weights``), and of each unit its distinct unit, its id and its release. A unit object
    each took ~230 bytes beside its texts (55 MiB at 26,000 pairs), and the caller need not hold
    them all: ``extract_terms`` reads its units once, as they come. The texts and ids are in files
    (``TextFile``), read when asked: as strings they grew with the corpus (the distinct units' texts
    took 121 MiB at 26,000 pairs).

    ``members.items_of(d)``: the units of the ``d``-th distinct unit, in order."""

    src_lang: str
    tgt_lang: str
    sources: TextFile
    targets: TextFile
    distinct: array
    members: Postings
    unit_ids: TextFile
    releases: array  # each unit's release, an index into ``release_ids``
    release_ids: list[str]
    words: tuple[int, int]  # the source's and the target's running words, unit by unit (``_weighted``)

    @classmethod
    def read(cls, units: Iterable[Unit], src_lang: str, tgt_lang: str) -> tuple[_Corpus, list[str]]:
        """The corpus of ``units`` (oriented ``src_lang`` → ``tgt_lang``, cleaned), and the ids of
        those left out for a side longer than ``MAX_UNIT_CHARS``."""
        index: dict[bytes, int] = {}  # the digest of a distinct unit's texts → its number
        release_index: dict[str, int] = {}
        distinct, releases = array("I"), array("I")
        sources, targets, unit_ids, long = TextFile(), TextFile(), TextFile(), []
        src_words = tgt_words = 0
        for unit in units:
            unit = _oriented(unit, src_lang, tgt_lang)
            if len(unit.source) > MAX_UNIT_CHARS or len(unit.target) > MAX_UNIT_CHARS:
                long.append(unit.unit_id)
                continue
            number = index.setdefault(digest(f"{len(unit.source)}:{unit.source}{unit.target}"), len(index))
            if number == len(sources):
                sources.append(unit.source)
                targets.append(unit.target)
            distinct.append(number)
            releases.append(release_index.setdefault(unit.provenance.release_id, len(release_index)))
            unit_ids.append(unit.unit_id)
            src_words += len(unit.source.split())
            tgt_words += len(unit.target.split())
        del index
        return cls(src_lang, tgt_lang, sources, targets, distinct, Postings([(d,) for d in distinct]), unit_ids,
                   releases, list(release_index), (src_words, tgt_words)), long

    def text(self, source: bool, distinct: int) -> str:
        """The source (or target) text of the ``distinct``-th distinct unit."""
        return self.sources[distinct] if source else self.targets[distinct]

    def texts(self, source: bool) -> Sequence[str]:
        """Each unit's source (or target) text, in order, read when asked."""
        return Picked(self.sources if source else self.targets, self.distinct)

    def release(self, unit: int) -> str:
        return self.release_ids[self.releases[unit]]

    def expand(self, distinct: Iterable[int]) -> list[int]:
        """The units these distinct units stand for, in order."""
        return sorted(u for d in distinct for u in self.members.items_of(d))


#: Texts the omission check keeps once read (from ``_Corpus``'s files): the links it is asked about share
#: their units (2,000 pairs: 42 % of its 113,674 readings served from these; chosen, not tuned).
RECENT_TEXTS = 4096


def _contexts(link: Link, corpus: _Corpus, n: int) -> tuple[Context, ...]:
    """Up to ``n`` aligned sentence pairs, from as many different releases as possible."""
    chosen, seen = [], set()
    ordered = corpus.expand(link.units)
    for first_pass in (True, False):
        for i in ordered:
            release = corpus.releases[i]
            if len(chosen) == n:
                break
            if i in chosen or (first_pass and release in seen):
                continue
            chosen.append(i)
            seen.add(release)
    return tuple(Context(corpus.sources[corpus.distinct[i]], corpus.targets[corpus.distinct[i]], corpus.release(i))
                 for i in sorted(chosen))


def _score(link: Link) -> float:
    return link.confidence * math.log2(1 + link.shared) * (link.src.termhood + link.tgt.termhood) / 2


def _entry(link: Link, corpus: _Corpus, options: TermOptions, origin: str = "extracted",
           names: Linking | None = None, variants: Sequence[Link] = ()) -> TermEntry:
    """The entry of a linked pair, with the other terms of its concept: the synonyms found
    while linking, and the pairs grouped with it (``variants``: another number, an acronym),
    each with the units it was seen in; it ranks as its best pair."""
    src_lang, tgt_lang = corpus.src_lang, corpus.tgt_lang
    # the synonyms of each of the concept's pairs (``USA`` found beside ``US ↔ США``, a variant)
    more_src = (*(k for pair in (link, *variants) for k in (names.src_synonyms.get(pair.tgt.key, ()) if names else ())),
                *variants)
    more_tgt = (*(k for pair in (link, *variants) for k in (names.tgt_synonyms.get(pair.src.key, ()) if names else ())),
                *variants)
    src_variants = _variants(link.src.form, [*((k.src.form, k.shared) for k in more_src), *_twins(link.src, link)])
    tgt_variants = _variants(link.tgt.form, [*((k.tgt.form, k.shared) for k in more_tgt), *_twins(link.tgt, link)])
    return TermEntry(
        source=link.src.form, target=link.tgt.form, freq=link.shared, releases=_releases(link, corpus),
        confidence=round(link.confidence, 3), score=round(max(map(_score, (link, *variants))), 3),
        source_variants=tuple(src_variants), target_variants=tuple(tgt_variants),
        source_variant_freqs=tuple(src_variants.values()), target_variant_freqs=tuple(tgt_variants.values()),
        source_forms=link.src.forms, target_forms=link.tgt.forms,
        contexts=_contexts(link, corpus, options.contexts), origin=origin,
        category=category(link.src, link.tgt, src_lang, tgt_lang),
    )


def _twins(cand: Candidate, link: Link) -> list[tuple[str, int]]:
    """The other numbers of a term counted with it (``variants.pooled``) that stand in the link's
    units, with those units: the pair's variants in the other number."""
    both = link.units
    return [(twin.form, n) for twin in cand.twins if (n := twin.count(both.intersection(twin.units)))]


def _releases(link: Link, corpus: _Corpus) -> int:
    """The releases a pair is seen in."""
    return len({corpus.releases[i] for i in corpus.expand(link.units)})


def _variants(term: str, found: Sequence[tuple[str, int]]) -> dict[str, int]:
    """Other terms of a concept and their units, each once (most units kept), not the term itself."""
    out: dict[str, int] = {}
    for form, n in found:
        if form != term:
            out[form] = max(out.get(form, 0), n)
    return out


def _agree_in_number(link: Link, src_lang: cands.Language, tgt_lang: cands.Language) -> Link:
    """Put a side in the other side's number when its occurrences allow it: ``sides ↔ стороны``,
    not ``сторона``, and ``pandemic ↔ пандемия``, not ``пандемии`` (the genitive singular and
    the nominative plural look the same); not a name (``_a_name``: ``United Nations ↔ Организация
    Объединенных Наций``, whose ``Nations`` is no plural of ``Организация``)."""
    def paired(cand: Candidate) -> Candidate:  # only the occurrences the pair is built on
        return dataclasses.replace(cand, occurrences=cand.occurrences.within(both))

    both = link.units
    src_plural, tgt_plural = src_lang.plural(link.src), tgt_lang.plural(link.tgt)
    if src_plural == tgt_plural or _a_name(link.src.form) or _a_name(link.tgt.form):
        return link
    if form := tgt_lang.in_number(paired(link.tgt), "plur" if src_plural else "sing"):
        return dataclasses.replace(link, tgt=dataclasses.replace(link.tgt, form=form))
    if form := src_lang.in_number(paired(link.src), "plur" if tgt_plural else "sing"):
        return dataclasses.replace(link, src=dataclasses.replace(link.src, form=form))
    # a term counted with its other number (``variants.pooled``) is shown in the number that agrees:
    # ``commitments ↔ обязательства``, not ``commitment ↔ обязательства``
    if twin := next((t for t in link.tgt.twins if tgt_lang.plural(t) == src_plural), None):
        return dataclasses.replace(link, tgt=dataclasses.replace(link.tgt, form=twin.form))
    if twin := next((t for t in link.src.twins if src_lang.plural(t) == tgt_plural), None):
        return dataclasses.replace(link, src=dataclasses.replace(link.src, form=twin.form))
    return link


#: A form seen is a one-word name's citation when it spells its partner name at least this well
#: (``spelling_likeness``, 0–100) and by ``SPELLING_MARGIN`` better than the citation does.
SPELT_AS_PARTNER = 90
SPELLING_MARGIN = 5
#: A preposition of place before a locative (``в Сирте``, ``на Украине``), maybe with adjectives in
#: that case or other names of the list it heads (``в американском Луисвилле``, ``в Сиэтле,
#: Портленде, Луисвилле``): a name's ``-е`` after one is the case's ending (``Сирт``), not the name's.
_LOCATIVE = regex.compile(r"(?:^|\W)(?:[вВ]|[вВ]о|[нН]а)\s+(?:\w+(?:ом|ем|ой|ей)\s+|\p{Lu}[\w-]*(?:,\s*|\s+и\s+))*$")


def _spelt_as_partner(link: Link, infos: tuple[cands.Language, cands.Language], corpus: _Corpus) -> Link:
    """A one-word Russian name cited as written where its one-word partner spells a form seen
    better than the citation: pymorphy3 reads a foreign name it does not know as a case of a word
    it guesses (``Зинке`` the dative of ``Зинка``, ``Палу`` of ``Пал``, ``Муалем`` the instrumental
    of ``Муаль``, ``Гарисса`` the genitive of ``Гарисс``). A name seen in one form only is taken as
    indeclinable, unless it ends in ``-е`` after a preposition of place (``в Сирте``: ``Сирт``'s
    locative); one seen in several forms declines, and is cited in a form that may be a nominative
    singular (``Гарисса``, not ``Германии`` for ``Germany``). ``Lavrov`` spells the citation
    ``Лавров`` better than the ``Лаврова`` seen: it stays."""
    for source, side, partner, info in ((True, link.src, link.tgt.form, infos[0]),
                                        (False, link.tgt, link.src.form, infos[1])):
        if not (side.forms and _name_word(side.form) and _name_word(partner)
                and cyrillic_share(side.form) > 0.5 > cyrillic_share(partner)):
            continue
        seen = {r.surface.lower() for r in side.occurrences.phrasings}
        best = max(side.forms, key=lambda form: spelling_likeness(form, partner))
        likeness = spelling_likeness(best, partner)
        if (likeness < SPELT_AS_PARTNER or likeness < spelling_likeness(side.form, partner) + SPELLING_MARGIN
                or (len(seen) > 1 and not info.citable(best))
                or (len(seen) == 1 and best.lower().endswith("е") and _after_locative(side, corpus, source))):
            return link
        cited = dataclasses.replace(side, form=best, forms=(*((side.form,) if side.form.lower() in seen else ()),
                                                           *(f for f in side.forms if f != best)))
        return dataclasses.replace(link, **{"src" if source else "tgt": cited})
    return link


def _after_locative(cand: Candidate, corpus: _Corpus, source: bool) -> bool:
    """Whether most of a candidate's occurrences follow a preposition of place."""
    occurrences = cand.occurrences
    after = sum(bool(_LOCATIVE.search(corpus.text(source, units[0])[:start]))
                for start, units in zip(occurrences.starts, occurrences.units_of))
    return 2 * after > len(occurrences.starts)


def _name_word(form: str) -> bool:
    """Whether a term is one word written as a name."""
    return " " not in form and form[:1].isupper()


def _a_name(form: str) -> bool:
    """Whether a term of two words or more is written as a name, each word with a capital but its
    short joiners (``United Nations``, ``Организация Объединенных Наций``): its number is its own,
    not the number of a word of its partner."""
    words = [w for w in form.split() if not (w.islower() and len(w) <= 3)]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _frequent(found: dict, options: TermOptions, info: cands.Language, swallow: bool) -> list[Candidate]:
    """Candidates frequent enough, seen at least once with their own head (or a place's name,
    ``Language.place``), and not swallowed by longer candidates (C-value above 0)."""
    found = {k: c for k, c in found.items()
             if not c.fragment or (c.words == 1 and all(info.place(r.surface) for r in c.occurrences.phrasings))
             or _modifier_noun(c, info)}
    nested = cands.nesting(found, options.min_freq)
    termhood = cands.c_value(found, nested)
    drop = cands.swallowed(found, nested) if swallow else set()
    return [found[k] for k, v in termhood.items() if v > 0 and k not in drop]


def _modifier_noun(cand: Candidate, info: cands.Language) -> bool:
    """Whether a word seen only before other nouns, several different ones, is a noun itself
    (``disarmament`` talks, ``disarmament`` deal): a term of its own, no piece of one."""
    phrasings = cand.occurrences.phrasings
    return (cand.words == 1 and all(r.bound for r in phrasings) and len({r.governor for r in phrasings}) >= 2
            and all(info.noun(r.surface) for r in phrasings))


def _weighted(kept: list[Candidate], lang: str, tokens: int, options: TermOptions) -> list[Candidate]:
    """Candidates with their termhood: longer, standing on their own, and more frequent
    here than in general language (C-value's length weight, independence, contrast) in a side
    of ``tokens`` running words."""
    nested = cands.nesting({c.key: c for c in kept}, options.min_freq)

    def contrast(c: Candidate) -> float:
        return general.specificity(c.form, lang, c.freq, tokens) if options.general else 1.0

    return [c.with_termhood(math.log2(1 + c.words) * nested[c.key].independence(c.freq) * contrast(c)) for c in kept]


def _terms(found: dict[tuple[str, ...], Candidate], info: cands.Language, options: TermOptions
           ) -> tuple[list[Candidate], list[Candidate]]:
    """A side's terms, a term's rare number counted with the other (``variants.pooled``), and its
    phrases (``collocations``), their occurrences in columns of their own (``Candidate.gathered``:
    the side's would stay for these few)."""
    nouns, phrases = cands.split(found)
    return (Candidate.gathered(_frequent(variants.pooled(nouns, options.min_freq, info.plural), options, info,
                                         info.swallow)),
            Candidate.gathered(_frequent(collocations(phrases, nouns), options, info, False)))


#: A phrase is a collocation when one of its parts selects the other: more than this share of
#: the verb's (or preposition's) uses have this object, or of the object's uses this verb
#: (``уделить внимание``: внимание is always уделено); ``обсудить ситуацию`` is neither.
MIN_COLLOCATION = 0.5


def collocations(phrases: dict[tuple[str, ...], Candidate], nouns: dict[tuple[str, ...], Candidate]
                 ) -> dict[tuple[str, ...], Candidate]:
    """The phrase candidates whose parts select each other (``MIN_COLLOCATION``), each the
    longest of those found at the same places (``provide humanitarian aid``, not also
    ``provide aid`` where it never stands alone). An object the noun phrases never hold alone
    (a word the English lexicon takes as a verb: views) cannot say, so its verb does."""
    # (text, start) → the units holding it, for the places a verb or preposition is used at (an
    # occurrence's ``unit`` names its text, ``Occurrences.units_of``)
    uses: dict[str, dict[tuple[int, int], int]] = {}
    longest: dict[tuple[str, frozenset], tuple[str, ...]] = {}
    for key, cand in phrases.items():
        used = uses.setdefault(key[0], {})
        occurrences = cand.occurrences
        for text, start, units in zip(occurrences.texts, occurrences.starts, occurrences.units_of):
            used[text, start] = cand.count(units)
        places = (key[0], frozenset(zip(occurrences.texts, occurrences.starts, occurrences.ends)))
        if len(key) > len(longest.get(places, ())):
            longest[places] = key

    def selects(key: tuple[str, ...], cand: Candidate) -> bool:
        obj = nouns.get(formula_group(key) or key[1:-1])
        by_object = cand.freq / obj.freq if obj else 0.0
        return max(by_object, cand.freq / sum(uses[key[0]].values())) > MIN_COLLOCATION

    kept = set(longest.values())
    return {key: cand for key, cand in phrases.items() if key in kept and selects(key, cand)}


def _phrase_scored(src: list[Candidate], tgt: list[Candidate], src_side: tuple[str, cands.Language],
                   tgt_side: tuple[str, cands.Language], options: TermOptions) -> list[Link]:
    """The links between phrases (``collocations``, with their termhood), scored as those between
    terms are (association); they are linked among themselves, so that a phrase never takes a
    term's partner. A verb with its object renders a verb with its object, and a formula a formula
    or an adverb (``is_verbal``): ``the call was initiated by ↔ разговор состоялся по инициативе``
    pairs no ``initiate call`` with ``по инициативе``."""
    (src_lang, src_info), (tgt_lang, tgt_info) = src_side, tgt_side
    return [link for link in links(src, tgt, src_info.words, tgt_info.words, options.min_freq, options.min_confidence,
                                   translated=lexicon_translation(src_lang, tgt_lang))
            if is_verbal(link.src.key) == is_verbal(link.tgt.key)]


def _seeded(pairs: list[Link], options: TermOptions) -> tuple[list[Link], list[str]]:
    """The links that match a seed pair, best first (one per seed), and a message for
    each seed the corpus does not hold."""
    wanted = {(normalise(s), normalise(t)): (s, t) for s, t in options.seeds}
    if not wanted:
        return [], []
    found: dict[tuple[str, str], Link] = {}
    for link in sorted(pairs, key=lambda k: -k.confidence):
        pair = (normalise(link.src.form), normalise(link.tgt.form))
        if pair in wanted and pair not in found:
            found[pair] = link
    missing = [f"seed {s} ↔ {t} does not recur in the corpus" for pair, (s, t) in wanted.items()
               if pair not in found]
    return list(found.values()), missing


def _stopped(entry: TermEntry, options: TermOptions) -> bool:
    return normalise(entry.source) in options.stoplist or normalise(entry.target) in options.stoplist


def fingerprint(units: Iterable[Unit], src_lang: str, tgt_lang: str, options: TermOptions = TermOptions()) -> str:
    """What decides the glossary of ``units``: the units (every field), the languages, the
    options, and the code and dictionaries that extract it (a changed extractor is not
    served an old glossary)."""
    digest = hashlib.sha256(_code_digest().encode())
    settings = dataclasses.replace(options, stoplist=frozenset())  # a set's order changes between processes
    digest.update(repr((normalise_tag(src_lang), normalise_tag(tgt_lang), settings, sorted(options.stoplist))).encode())
    for unit in units:
        digest.update(repr(unit).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@functools.cache
def _code_digest() -> str:
    """The code and data the glossary is made with — this package, the text helpers, and the
    aligner's dictionaries its pairing reads (``align.features.word_concepts``) — and the versions
    of the libraries whose answers it uses."""
    return code_digest(("terms", "text.py", "translit.py", "align/features.py", "align/data/lexicon_en_ru.tsv",
                        "align/data/dictionary_en_ru.tsv"),
                       ("pymorphy3", "pymorphy3-dicts-ru", "rapidfuzz", "wordfreq", "regex", "PyStemmer"))


def extract_terms(units: Iterable[Unit], src_lang: str, tgt_lang: str, options: TermOptions = TermOptions(),
                  run: Mapper = map, cache: cands.AnalysisCache | None = None) -> Glossary:
    """The ranked bilingual glossary of recurring terms in aligned ``units`` (the candidates
    of each unit found by ``run``: ``tmtool.jobs``; with a ``cache``, those of a text analysed
    before are read back: ``candidates.extract_sides``)."""
    with _no_cycle_collection():
        return _extract(units, normalise_tag(src_lang), normalise_tag(tgt_lang), options, run, cache)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for the block: it walks every live object each time
    enough new ones have been made, and extraction makes millions (occurrences, candidates,
    links) that hold no cycle, so it spent a third of the glossary's time finding none."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _extract(units: Iterable[Unit], src_lang: str, tgt_lang: str, options: TermOptions, run: Mapper,
             cache: cands.AnalysisCache | None) -> Glossary:
    # A store repeats each unit in every variant of its release: the candidates count the
    # units with one same source and target as one distinct unit, weighed by their number.
    corpus, long = _Corpus.read(units, src_lang, tgt_lang)
    messages = [f"{len(long)} unit(s) longer than {MAX_UNIT_CHARS:,} characters on a side left out (a page "
                f"without punctuation, not a sentence): {', '.join(long)}"] if long else []
    problem = _problem(corpus, options)
    if problem:
        return Glossary(src_lang, tgt_lang, (), (*messages, problem))
    src_lang_info, tgt_lang_info = cands.language(src_lang), cands.language(tgt_lang)
    found = cands.extract_sides([(corpus.texts(True), src_lang), (corpus.texts(False), tgt_lang)], run, cache,
                                corpus.distinct)
    # A side's candidates go once its terms are found, and the terms are weighed once both sides'
    # are: wordfreq's lists (``_weighted``) are not loaded beside every candidate (8,000 pairs: the
    # stage's peak 447 -> 390 MiB over the units).
    kept = [_terms(found.pop(0), info, options) for info in (src_lang_info, tgt_lang_info)]
    weighted = []
    for (terms, phrases), lang, tokens in zip(kept, (src_lang, tgt_lang), corpus.words):
        weighted.append((_weighted(terms, lang, tokens, options), _weighted(phrases, lang, tokens, options)))
        # Every term's and phrase's contrast with general use is looked up: a side's wordfreq list
        # goes before the other's is read (26,000 pairs: Russian's +96 MiB, English's +89), and
        # neither stays through the pairing.
        general.release()
    (src, src_phrases), (tgt, tgt_phrases) = weighted
    del kept, weighted
    # A link less confident than min_confidence is not chosen, and one less confident than
    # ``_rendering_confidence`` is no rendering (``_inconsistencies``): only the links that may be
    # either are kept; a seed is looked for among every link.
    scored = links(src, tgt, src_lang_info.words, tgt_lang_info.words, options.min_freq,
                   0.0 if options.seeds else _rendering_confidence(options), src_lang_info.names,
                   tgt_lang_info.names, lexicon_translation(src_lang, tgt_lang))
    seeded, seed_messages = _seeded(scored, options)
    messages += seed_messages
    taken_src = {k.src.key for k in seeded}
    taken_tgt = {k.tgt.key for k in seeded}
    rest = [k for k in scored if k.src.key not in taken_src and k.tgt.key not in taken_tgt]
    phrase_scored = _phrase_scored(src_phrases, tgt_phrases, (src_lang, src_lang_info), (tgt_lang, tgt_lang_info),
                                   options)
    # Only a pair that could be chosen shows another a piece of it (seeds have every link scored).
    omissions = Omissions(functools.lru_cache(maxsize=RECENT_TEXTS)(corpus.text),
                          lexicon_translation(src_lang, tgt_lang), src_lang_info.words, tgt_lang_info.words)
    fragments = Fragments([k for k in (*scored, *phrase_scored) if k.confidence >= options.min_confidence],
                          src_lang_info.words, tgt_lang_info.words, omissions)
    linking = competitive_linking(rest, options.min_confidence,
                                  src_lang_info.words if src_lang_info.synonyms else None,
                                  tgt_lang_info.words if tgt_lang_info.synonyms else None, fragments, omissions,
                                  Translations(lexicon_translation(src_lang, tgt_lang), src_lang_info.words,
                                               tgt_lang_info.words))
    linked = [_spelt_as_partner(_agree_in_number(k, src_lang_info, tgt_lang_info), (src_lang_info, tgt_lang_info),
                                corpus) for k in linking.links]
    # Phrases are paired among themselves, as terms are, so that a phrase never takes a term's partner.
    linked += competitive_linking(phrase_scored, options.min_confidence, None, None, fragments, omissions).links
    made = [(_entry(k, corpus, options, "seed"), k) for k in seeded]

    def general_word(link: Link) -> bool:
        return options.general and any(
            info.ranks_general_words_last and general.is_general_word(_words(cand), cand.form, lang)
            for info, cand, lang in ((src_lang_info, link.src, src_lang), (tgt_lang_info, link.tgt, tgt_lang)))

    # a single general-language word after every other term (situation, efforts: the contrast
    # with general use alone cannot tell them from talks or ministers); then recurring across
    # releases first: a pair seen in one release only may be one story's names. A concept ranks as
    # its best pair, in releases too (``United States ↔ Соединённые Штаты`` in one, its acronym
    # ``US ↔ США`` in many)
    ranked = sorted(((_entry(k, corpus, options, names=linking, variants=more), k,
                      max(_releases(pair, corpus) for pair in (k, *more))) for k, more in variants.grouped(linked)),
                    key=lambda m: (general_word(m[1]), m[2] < options.min_releases, -m[0].score, m[0].source))
    made += [(entry, k) for entry, k, _ in ranked]
    made = [m for m in made if not _stopped(m[0], options)][: options.top]
    if not made:
        messages.append(f"no term pair recurs often enough (min-freq {options.min_freq}, "
                        f"confidence {options.min_confidence})")
    return Glossary(src_lang, tgt_lang, tuple(e for e, _ in made), tuple(messages),
                    _inconsistencies([k for _, k in made], scored, corpus, linking, options,
                                     {v for e, _ in made for v in (*e.source_variants, *e.target_variants)},
                                     fragments, omissions))


#: A link renders a glossary term another way from this confidence (or the lower ``min_confidence``):
#: the check asks whether some units translate a term otherwise, which a pair too unsure to be an
#: entry can show (the sample corpus's planted ``гуманитарное содействие`` for ``humanitarian aid``).
MIN_RENDERING_CONFIDENCE = 0.35


def _rendering_confidence(options: TermOptions) -> float:
    return min(options.min_confidence, MIN_RENDERING_CONFIDENCE)


#: A second rendering keeps away from the first: it may share at most this share of the
#: first's units (``обмен`` inside every ``обмен мнениями`` is a piece of it, not another way).
MAX_SHARED_WITH_FIRST = 0.2
#: A rendering is a term of the corpus itself, not a general word that keeps the term company
#: (``in full`` beside ``выполнение``): for one word standing on its own, termhood 1 is one
#: Zipf unit more frequent here than in general use (``_weighted``).
MIN_RENDERING_TERMHOOD = 1.0


def _inconsistencies(chosen: Sequence[Link], scored: Sequence[Link], corpus: _Corpus, linking: Linking,
                     options: TermOptions, variant_forms: set[str], fragments: Fragments, omissions: Omissions
                     ) -> tuple[Inconsistency, ...]:
    """The glossary's terms that other units translate another way.

    In the units where a term stands without its chosen partner, a candidate of the other
    side renders it when their link is confident (the same association test as any pair),
    the candidate is a term itself (``MIN_RENDERING_TERMHOOD``), rarely keeps the chosen
    partner's company, is no other name of a glossary term (``Sergey Lavrov`` beside
    ``Lavrov``), and nothing in those units explains it otherwise: it is no glossary term,
    or piece of one, whose own partner is there too (``Affairs`` in ``Foreign Affairs``).
    A rendering needs ``min_freq`` such units; one whose units a stronger rendering holds
    is that rendering's company (``население`` beside ``мирное население``); a link that is a
    piece of a better pair (``Fragments``), or whose side leaves out what the other says
    (``Omissions``), renders nothing, as it is never chosen."""
    others: dict[tuple[str, tuple[str, ...]], list[Link]] = {}
    for link in scored:
        others.setdefault(("src", link.src.key), []).append(link)
        others.setdefault(("tgt", link.tgt.key), []).append(link)
    # side → word → (words, link) of the chosen links whose term on that side holds the word: the
    # terms that explain a candidate are looked up by its words, and the units they explain it in
    # read off their own (a table of every unit's explaining terms took +76 MiB at 26,000 pairs)
    holding: dict[str, dict[str, list[tuple[frozenset[str], Link]]]] = {"src": {}, "tgt": {}}
    for link in chosen:
        for side, cand in (("src", link.src), ("tgt", link.tgt)):
            words = _words(cand)
            for word in words:
                holding[side].setdefault(word, []).append((words, link))
    # another rendering the glossary lists as a variant (``Linking.renderings``: Minsk accords beside
    # Minsk Agreements) is still one to report
    synonyms = ({k.src.form for found in linking.src_synonyms.values() for k in found} | {
        k.tgt.form for found in linking.tgt_synonyms.values() for k in found} | variant_forms) - linking.renderings
    src_lang, tgt_lang = corpus.src_lang, corpus.tgt_lang

    def unexplained(side: str, cand: Candidate, found: frozenset[int]) -> frozenset[int]:
        """The units of ``found`` where no chosen term on ``side`` holds every word of ``cand``."""
        words = _words(cand)
        held = [holding[side].get(word, ()) for word in words]
        explaining = ([k for w, k in min(held, key=len) if words <= w] if held
                      else chosen)  # no word: every term holds them all
        return frozenset(u for u in found if not any(holds(k.src.units, u) and holds(k.tgt.units, u)
                                                     for k in explaining))

    def rendering(term: str, found: Iterable[int]) -> Rendering:
        found = corpus.expand(found)
        return Rendering(term, tuple(corpus.unit_ids[i] for i in found), len({corpus.releases[i] for i in found}))

    out = []
    for link in chosen:
        for side, lang, term, partner in (("src", src_lang, link.src, link.tgt), ("tgt", tgt_lang, link.tgt, link.src)):
            other_side = "tgt" if side == "src" else "src"
            found = []  # (link, the units it renders the term in)
            for other in others.get((side, term.key), ()):
                alternative = other.tgt if side == "src" else other.src
                if (alternative.key == partner.key or alternative.form in synonyms
                        or other.confidence < _rendering_confidence(options)
                        or alternative.termhood < MIN_RENDERING_TERMHOOD
                        or alternative.count(link.units.intersection(alternative.units)) > MAX_SHARED_WITH_FIRST * link.shared
                        or any(fragments.pieces(other)) or omissions(other)):
                    continue
                alone = unexplained(other_side, alternative, other.units.difference(partner.units))
                if alternative.count(alone) >= options.min_freq:
                    found.append((other, alone))
            kept = [rendering((other.tgt if side == "src" else other.src).form, alone) for other, alone in found
                    if not any(alone <= more and _stronger(better, other) for better, more in found)]
            if kept:
                kept.sort(key=lambda r: (-len(r.unit_ids), r.term))
                out.append(Inconsistency(lang, term.form, (rendering(partner.form, link.units), *kept)))
    return tuple(out)


def _stronger(a: Link, b: Link) -> bool:
    return (a.confidence, a.shared) > (b.confidence, b.shared)


def _words(cand: Candidate) -> frozenset[str]:
    return frozenset(k for k in cand.key if not k.startswith("#"))
