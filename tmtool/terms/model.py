"""Records of the terminology stage: candidate occurrences, entries and the glossary."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field


#: The last word of a phrase candidate's key (a verb with its object, a prepositional formula:
#: ``russian_phrases``, ``english_phrases``): phrases are extracted beside the noun phrases and
#: paired among themselves. Key words starting with ``#`` are marks, never compared as words.
PHRASE = "#phrase"
#: Marks a prepositional formula's key (``on the sidelines of``, ``в рамках``), before ``PHRASE``;
#: the words between its preposition and the mark are its noun group's key.
FORMULA = "#formula"


def is_phrase(key: tuple[str, ...]) -> bool:
    return key[-1:] == (PHRASE,)


def formula_group(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The key of a prepositional formula's noun group, as a noun phrase's key (None for any
    other key)."""
    if key[-2:] != (FORMULA, PHRASE):
        return None
    return tuple(w for w in key[1:-2] if w != "#of")


#: What an entry names, for a user to filter on (TBX ``termType``-like note, TSV comment, CSV).
CATEGORIES = ("term", "phrase", "name", "organisation", "title")


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One noun phrase found in one unit's text on one side.

    ``key`` groups the occurrences of one candidate (lemmas and grammatical number,
    never shown); ``surface`` is the text as written; ``citation`` is the form a
    glossary shows (the Russian nominative, the English surface); ``attested`` says
    the surface itself already is that form, so it is preferred over a generated one.
    """

    key: tuple[str, ...]
    surface: str
    citation: str
    unit: int
    start: int
    end: int
    words: int
    head: str = ""  # the lemma (English: the word) the phrase is built on
    attested: bool = True
    initial: bool = False  # begins its sentence, so its capital letter says nothing
    bound: bool = False  # its head lies outside it (English ``Foreign`` before ``Minister``)
    # the word it depends on: the noun a Russian genitive complements (Министра ← иностранных дел),
    # the word an English modifier is bound to (Normandy Four → meeting)
    governor: str | None = None
    # a name in apposition after a title written as one run with it (``Minister of External
    # Affairs of India Subrahmanyam Jaishankar``): the longer candidates on its left are the
    # title glued to it, not a longer term that would make it a piece of one
    apposition: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """All occurrences of one key on one side, with its termhood.

    A unit index may stand for several units: those with one same source and target text
    (a store repeats the units of every variant, a corpus its formulas), ``weights[u]`` of
    them (no ``weights``: one each); every count of units weighs each index so. An
    occurrence found in a text stands for it in every unit holding that text: ``units_of[i]``
    are those of ``occurrences[i]``, ``occurrences[i].unit`` the first of them (so it names
    the text); with no ``units_of``, each occurrence is in its own unit only. ``freq`` counts
    an occurrence once per unit, as if each unit had its own."""

    key: tuple[str, ...]
    form: str  # the citation form shown in the glossary
    forms: tuple[str, ...]  # other surfaces seen (inflections, capitals), most frequent first
    occurrences: tuple[Occurrence, ...]
    termhood: float = 0.0
    units_of: tuple[tuple[int, ...], ...] = ()  # parallel to ``occurrences``; the tuple of a text is shared
    weights: tuple[int, ...] = ()  # one tuple for a corpus, shared
    units: frozenset[int] = field(init=False)  # the units it occurs in (read often: made once)
    freq: int = field(init=False)  # occurrences, one per unit holding each

    def __post_init__(self) -> None:
        object.__setattr__(self, "units", frozenset(u for _, units in self.placed() for u in units))
        object.__setattr__(self, "freq", sum(self.count(units) for _, units in self.placed()))

    def placed(self) -> Iterator[tuple[Occurrence, tuple[int, ...]]]:
        """Each occurrence with the units it stands for."""
        if self.units_of:
            return zip(self.occurrences, self.units_of)
        return ((o, (o.unit,)) for o in self.occurrences)

    def count(self, units: Collection[int]) -> int:
        """How many units these unit indices stand for (``weights``)."""
        weights = self.weights
        return sum(weights[u] for u in units) if weights else len(units)

    @property
    def fragment(self) -> bool:
        """A piece of a longer term, not a term: never seen with its own head (``Minister
        Sergey`` before ``Lavrov``), or nearly always the complement of one same word
        (``иностранных дел`` after ``Министр``). A name of several words seen only as a
        modifier of different words (``Normandy Four`` meeting, heads of state) is not, nor is
        an acronym (``EU`` law, ``EU`` countries)."""
        free = [(o, self.count(units)) for o, units in self.placed() if not o.bound]
        if not free:
            modified = {o.governor for o in self.occurrences if o.governor}
            named = self.words >= 2 or all(len(o.surface) > 1 and o.surface.isupper() for o in self.occurrences)
            return not (named and len(modified) >= 2)
        governors: Counter = Counter()
        for o, n in free:
            if o.governor:
                governors[o.governor] += n
        n_free = sum(n for _, n in free)
        return bool(governors) and n_free >= 3 and governors.most_common(1)[0][1] >= 0.9 * n_free

    @property
    def words(self) -> int:
        return self.occurrences[0].words


@dataclass(frozen=True, slots=True)
class Context:
    """An aligned sentence pair in which both terms of an entry occur."""

    source: str
    target: str
    release_id: str


@dataclass(frozen=True, slots=True)
class TermEntry:
    """One bilingual glossary entry.

    ``freq`` counts the aligned units holding both terms; ``confidence`` in [0, 1]
    says how sure the pairing is (1.0 for a seeded entry found as seeded).
    ``*_variants`` are other terms for the concept (``Mr Lavrov`` beside ``Lavrov``, another
    spelling, the other number, an acronym or its expansion), with the units each was seen in
    (``*_variant_freqs``): a CAT tool may match them, so glossaries write them as admitted terms. ``*_forms`` are the
    other ways the term itself was written (``Министра иностранных дел``, a capital at a
    sentence start): not terms of their own, so glossaries keep them as a note.
    """

    source: str
    target: str
    freq: int
    releases: int
    confidence: float
    score: float
    source_variants: tuple[str, ...] = ()
    target_variants: tuple[str, ...] = ()
    contexts: tuple[Context, ...] = ()
    origin: str = "extracted"  # or "seed"
    source_forms: tuple[str, ...] = ()
    target_forms: tuple[str, ...] = ()
    category: str = "term"  # one of CATEGORIES
    # the units each variant was seen in with the other side's term (parallel to *_variants)
    source_variant_freqs: tuple[int, ...] = ()
    target_variant_freqs: tuple[int, ...] = ()

    def comment(self) -> str:
        """A one-line summary for formats that only have a comment column."""
        return f"{self.category}, freq {self.freq}, releases {self.releases}, confidence {self.confidence:.2f}"


@dataclass(frozen=True, slots=True)
class Rendering:
    """One way a term was translated: the other language's term, and the units that say so."""

    term: str
    unit_ids: tuple[str, ...]
    releases: int


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """A term translated more than one way across the units (the check terminologists run
    first): the glossary's rendering first, then the others, most units first."""

    lang: str  # the language of ``term``
    term: str
    renderings: tuple[Rendering, ...]


@dataclass(frozen=True, slots=True)
class Glossary:
    """Ranked entries (best first), the terms rendered more than one way, and the notes
    explaining an empty or short result."""

    src_lang: str
    tgt_lang: str
    entries: tuple[TermEntry, ...] = ()
    messages: tuple[str, ...] = field(default=())
    inconsistencies: tuple[Inconsistency, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)


def glossary_to_json(glossary: Glossary) -> str:
    """A glossary as JSON (what a store keeps; ``glossary_from_json`` reads it back)."""
    return json.dumps(_plain(glossary), ensure_ascii=False)


def _plain(value):
    """``dataclasses.asdict`` of a glossary's records (the same dicts, fields in order), without
    its deep copy of every string and number (13,247 entries: 0.70 → 0.43 s with ``json.dumps``)."""
    if type(value) in _RECORDS:
        return {name: _plain(getattr(value, name)) for name in _FIELDS[type(value)]}
    if type(value) is tuple and value and type(value[0]) in _RECORDS:
        return [_plain(v) for v in value]
    return value


def glossary_from_json(text: str | None) -> Glossary | None:
    """The glossary ``glossary_to_json`` wrote; None for no text or a damaged copy (a stored
    glossary is a cache: it is then made anew)."""
    if text is None:
        return None
    try:
        return _glossary(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return None


_TUPLES = ("source_variants", "target_variants", "source_forms", "target_forms", "source_variant_freqs",
           "target_variant_freqs")


def _glossary(data: dict) -> Glossary:
    entries = tuple(
        TermEntry(**{**e, **{name: tuple(e[name]) for name in _TUPLES},  # a copy without one is rebuilt
                     "contexts": tuple(Context(**c) for c in e["contexts"])})
        for e in data["entries"])
    inconsistencies = tuple(
        Inconsistency(i["lang"], i["term"], tuple(Rendering(r["term"], tuple(r["unit_ids"]), r["releases"])
                                                  for r in i["renderings"]))
        for i in data["inconsistencies"])  # a copy from before the check has none: it is rebuilt
    return Glossary(data["src_lang"], data["tgt_lang"], entries, tuple(data["messages"]), inconsistencies)


_RECORDS = (Glossary, TermEntry, Context, Inconsistency, Rendering)
_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _RECORDS}
