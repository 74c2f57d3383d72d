"""Records of the terminology stage: candidate occurrences, entries and the glossary."""

from __future__ import annotations

import bisect
import copy
import dataclasses
import hashlib
import json
import os
import tempfile
from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain


#: The last word of a phrase candidate's key (a verb with its object, a prepositional formula:
#: ``russian_phrases``, ``english_phrases``): phrases are extracted beside the noun phrases and
#: paired among themselves. Key words starting with ``#`` are marks, never compared as words.
PHRASE = "#phrase"
#: Marks a prepositional formula's key (``on the sidelines of``, ``в рамках``), before ``PHRASE``;
#: the words between its preposition and the mark are its noun group's key.
FORMULA = "#formula"
#: Marks a manner adverb's key (``unilaterally``), before ``PHRASE``: Russian often says it with a
#: formula (``в одностороннем порядке``).
ADVERB = "#adverb"


def is_phrase(key: tuple[str, ...]) -> bool:
    return key[-1:] == (PHRASE,)


def is_verbal(key: tuple[str, ...]) -> bool:
    """Whether a phrase's key is a verb's with its object (``reaffirm commitment to``, the action noun
    ``оказание помощи``), not a prepositional formula's or a manner adverb's, which say how, where
    or in what capacity something is done, not what is done."""
    return is_phrase(key) and key[-2:-1] not in ((FORMULA,), (ADVERB,))


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
class Phrasing:
    """What an occurrence says, apart from where it is (an ``Occurrence`` but its ``unit``, ``start``
    and ``end``): a phrase reads alike in most places it occurs, and a corpus's occurrences share a
    few phrasings (``Occurrences``) instead of each being an object of its own."""

    key: tuple[str, ...]
    surface: str
    citation: str
    words: int
    head: str
    attested: bool
    initial: bool
    bound: bool
    governor: str | None
    apposition: bool

    @classmethod
    def of(cls, occ: Occurrence) -> Phrasing:
        return cls(occ.key, occ.surface, occ.citation, occ.words, occ.head, occ.attested, occ.initial, occ.bound,
                   occ.governor, occ.apposition)

    def at(self, unit: int, start: int, end: int) -> Occurrence:
        return Occurrence(self.key, self.surface, self.citation, unit, start, end, self.words, self.head,
                          self.attested, self.initial, self.bound, self.governor, self.apposition)


class Postings:
    """The items holding each key (keys and items numbered from 0), as one array of item indices, key
    after key, each key's in the items' order (``items_of``), not a list or tuple per key: the targets
    holding each unit (``pairing.links``), the units of each distinct unit (``extract._Corpus``)."""

    def __init__(self, keys_of: Sequence[Iterable[int]]):
        """``keys_of[i]``: the keys item ``i`` holds."""
        starts = array("I", bytes(4 * (2 + max((max(keys) for keys in keys_of if keys), default=-1))))
        for keys in keys_of:
            for key in keys:
                starts[key + 1] += 1
        self._starts = array("I", accumulate(starts))
        following = array("I", self._starts)
        self._items = array("I", bytes(4 * self._starts[-1]))
        for i, keys in enumerate(keys_of):
            for key in keys:
                self._items[following[key]] = i
                following[key] += 1

    def items_of(self, key: int) -> array:
        """The items holding ``key``, in order (none for a key past the last any holds)."""
        return self._items[self._starts[key]:self._starts[key + 1]] if key + 1 < len(self._starts) else array("I")


class TextFile(Sequence[str]):
    """Texts written one after another into an unnamed temporary file and read back when asked
    (``os.pread``), not held: the glossary's units' texts took 121 MiB as strings at 26,000 pairs
    (issue 12), their ends here take 8 bytes a text; the system's page cache keeps what is read
    often. The file goes with the object."""

    #: Bytes read at a time when the texts are read in order.
    BLOCK = 1 << 20

    def __init__(self, texts: Iterable[str] = ()):
        self._file = tempfile.TemporaryFile()
        self._ends = array("Q", [0])
        self._written = True  # whether what was appended has reached the file
        for text in texts:
            self.append(text)

    def append(self, text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")  # any str comes back as it went in
        self._file.write(data)
        self._ends.append(self._ends[-1] + len(data))
        self._written = False

    def __len__(self) -> int:
        return len(self._ends) - 1

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        return self._read(self._ends[i], self._ends[i + 1] - self._ends[i]).decode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[str]:
        ends, i = self._ends, 0
        while i < len(self):
            # the texts that end within a block of this one's start (at least this one)
            j = max(i + 1, bisect.bisect_right(ends, ends[i] + self.BLOCK, i + 1, len(ends)) - 1)
            block, base = self._read(ends[i], ends[j] - ends[i]), ends[i]
            for k in range(i, j):
                yield block[ends[k] - base:ends[k + 1] - base].decode("utf-8", "surrogatepass")
            i = j

    def _read(self, start: int, size: int) -> bytes:
        if not self._written:
            self._file.flush()
            self._written = True
        return os.pread(self._file.fileno(), size, start)


def digest(text: str) -> bytes:
    """A text's 16-byte digest: a dictionary's key for it that holds no copy of it (``TextFile``)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass(frozen=True, slots=True)
class Picked(Sequence[str]):
    """The items of ``items`` that ``picked`` numbers, in its order, read from ``items`` when asked (each
    unit's text from its distinct unit's in a ``TextFile``)."""

    items: Sequence[str]
    picked: array

    def __len__(self) -> int:
        return len(self.picked)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        return self.items[self.picked[i]]


def typecode(largest: int) -> str:
    """The array type of numbers up to ``largest``: 2 bytes each if they fit (a phrasing's number in a
    side's few tens of thousands, an offset in a text: a text longer than 65,535 characters is rare), else 4."""
    return "H" if largest < 1 << 16 else "I"


@dataclass(frozen=True, slots=True, eq=False)  # told apart by identity (``Occurrences.gathered``)
class Columns:
    """Occurrences column by column, their phrasings and texts numbered: the ``i``-th reads
    ``phrasings[phrasing[i]]``, lies in the text ``text[i]`` from ``starts[i]`` to ``ends[i]``. A
    text ``t`` is that of unit ``unit[t]`` (its occurrences' ``Occurrence.unit``), and its
    occurrences stand for the units ``units_of[t]``. A side's columns hold the occurrences of one
    candidate next to each other (``Occurrences``), and number the few tens of thousands of distinct
    phrasings and the texts of a side once: 10 to 16 bytes an occurrence (``typecode``), where
    a column of phrasings, units' tuples and units took 28, and an ``Occurrence`` and its numbers about 200."""

    phrasings: Sequence[Phrasing]  # the distinct phrasings
    units_of: Sequence[tuple[int, ...]]  # text by text
    unit: array  # text by text
    phrasing: array  # occurrence by occurrence, as the rest
    text: array
    starts: array
    ends: array


@dataclass(frozen=True, slots=True, eq=False)
class Occurrences:
    """The occurrences of one candidate: the ``lo``-th to ``hi``-th of ``columns``, each made an
    ``Occurrence`` only when asked; what reads all of them reads the columns (``phrasings``,
    ``texts``, ``starts``, ``ends``, ``units_of``: those of its occurrences, in order)."""

    columns: Columns
    lo: int
    hi: int

    @classmethod
    def of(cls, occurrences: Iterable[Occurrence], units_of: Iterable[tuple[int, ...]] | None = None
           ) -> Occurrences:
        """Columns of their own for ``occurrences``, standing for ``units_of[i]`` (None: each for its own unit)."""
        occurrences = list(occurrences)
        units_of = [(o.unit,) for o in occurrences] if units_of is None else list(units_of)
        phrasings: dict[Phrasing, int] = {}  # each distinct one's number (``len`` taken before it is put)
        texts: dict[tuple[int, tuple[int, ...]], int] = {}  # (unit, units_of) of each distinct text: its number
        phrasing = [phrasings.setdefault(Phrasing.of(o), len(phrasings)) for o in occurrences]
        text = array("I", (texts.setdefault((o.unit, units), len(texts)) for o, units in zip(occurrences, units_of)))
        offsets = typecode(max((o.end for o in occurrences), default=0))  # (a start is before its end)
        columns = Columns(list(phrasings), [units for _, units in texts], array("I", (unit for unit, _ in texts)),
                          array(typecode(len(phrasings) - 1), phrasing), text,
                          array(offsets, (o.start for o in occurrences)), array(offsets, (o.end for o in occurrences)))
        return cls(columns, 0, len(occurrences))

    @classmethod
    def gathered(cls, runs: Sequence[Occurrences]) -> list[Occurrences]:
        """The same occurrences as ``runs``, in columns of their own, each run next to the one before:
        only the phrasings and texts they read are numbered there (those of a side's others go)."""
        phrasings: list[Phrasing] = []
        units_of: list[tuple[int, ...]] = []
        unit = array("I")
        numbers: dict[Columns, tuple[dict[int, int], dict[int, int]]] = {}  # a run's columns' numbers → these
        for run in runs:
            source = run.columns
            phrasing_of, text_of = numbers.setdefault(source, ({}, {}))
            for p in set(source.phrasing[run.lo:run.hi]).difference(phrasing_of):
                phrasing_of[p] = len(phrasings)
                phrasings.append(source.phrasings[p])
            for t in set(source.text[run.lo:run.hi]).difference(text_of):
                text_of[t] = len(units_of)
                units_of.append(source.units_of[t])
                unit.append(source.unit[t])
        # offsets 2 bytes each unless a run's take 4 (``typecode``): an array extends only with one of its type
        offsets = "I" if any(run.columns.ends.typecode == "I" for run in runs) else "H"
        columns = Columns(phrasings, units_of, unit, array(typecode(len(phrasings) - 1)), array("I"), array(offsets),
                          array(offsets))
        out = []
        for run in runs:
            source, lo, hi = run.columns, run.lo, run.hi
            phrasing_of, text_of = numbers[source]
            out.append(cls(columns, len(columns.text), len(columns.text) + len(run)))
            columns.phrasing.extend(map(phrasing_of.__getitem__, source.phrasing[lo:hi]))
            columns.text.extend(map(text_of.__getitem__, source.text[lo:hi]))
            columns.starts.extend(array(offsets, source.starts[lo:hi]))
            columns.ends.extend(array(offsets, source.ends[lo:hi]))
        return out

    def __len__(self) -> int:
        return self.hi - self.lo

    def __getitem__(self, i: int) -> Occurrence:
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        k = self.lo + i % len(self)
        columns = self.columns
        return columns.phrasings[columns.phrasing[k]].at(columns.unit[columns.text[k]], columns.starts[k],
                                                         columns.ends[k])

    def __iter__(self) -> Iterator[Occurrence]:
        return map(Phrasing.at, self.phrasings, self.texts, self.starts, self.ends)

    @property
    def first(self) -> Phrasing:
        return self.columns.phrasings[self.columns.phrasing[self.lo]]

    @property
    def phrasings(self) -> Sequence[Phrasing]:
        return list(map(self.columns.phrasings.__getitem__, self.columns.phrasing[self.lo:self.hi]))

    @property
    def texts(self) -> array:
        """The unit naming each one's text (``Occurrence.unit``)."""
        return array("I", map(self.columns.unit.__getitem__, self.columns.text[self.lo:self.hi]))

    @property
    def starts(self) -> array:
        return self.columns.starts[self.lo:self.hi]

    @property
    def ends(self) -> array:
        return self.columns.ends[self.lo:self.hi]

    @property
    def units_of(self) -> Sequence[tuple[int, ...]]:
        return list(map(self.columns.units_of.__getitem__, self.columns.text[self.lo:self.hi]))

    def within(self, units: Collection[int]) -> Occurrences:
        """Those standing for some of ``units``, each for those only."""
        kept = [(o, held) for o, places in zip(self, self.units_of) if (held := tuple(u for u in places if u in units))]
        return Occurrences.of((o for o, _ in kept), (held for _, held in kept))


def holds(units: array, unit: int) -> bool:
    """Whether ``unit`` is among ``units``, a sorted array (``Candidate.units``)."""
    i = bisect.bisect_left(units, unit)
    return i < len(units) and units[i] == unit


def weighed(units: Collection[int], weights: Sequence[int]) -> int:
    """How many units these unit indices stand for: ``weights[u]`` each (no ``weights``: one each)."""
    return sum(map(weights.__getitem__, units)) if weights else len(units)  # (map: faster than a generator)


@dataclass(frozen=True, slots=True)
class Candidate:
    """All occurrences of one key on one side, with its termhood.

    A unit index may stand for several units: those with one same source and target text
    (a store repeats the units of every variant, a corpus its formulas), ``weights[u]`` of
    them (no ``weights``: one each); every count of units weighs each index so. An
    occurrence found in a text stands for it in every unit holding that text
    (``Occurrences.units_of``), and its ``unit`` is the first of them (so it names the text).
    ``freq`` counts an occurrence once per unit, as if each unit had its own."""

    key: tuple[str, ...]
    form: str  # the citation form shown in the glossary
    forms: tuple[str, ...]  # other surfaces seen (inflections, capitals), most frequent first
    occurrences: Occurrences
    termhood: float = 0.0
    weights: tuple[int, ...] = ()  # one tuple for a corpus, shared
    # the term in each number (this one's among them), when one was too rare to stand alone and
    # their occurrences were counted as this one's (``variants.pooled``): the entry lists the
    # others as its variants, and may be shown in another's number to agree with its partner
    twins: tuple[Candidate, ...] = ()
    # the units it occurs in, in order (read often: made once; an array, as a corpus's candidates
    # hold its units many times over, and a set took 40 bytes a unit)
    units: array = field(init=False)
    freq: int = field(init=False)  # occurrences, one per unit holding each

    def __post_init__(self) -> None:
        units_of = self.occurrences.units_of
        object.__setattr__(self, "units", array("I", sorted(set(chain.from_iterable(units_of)))))
        object.__setattr__(self, "freq", sum(map(self.count, units_of)))

    def with_termhood(self, termhood: float) -> Candidate:
        """The candidate with this termhood, its units shared (``dataclasses.replace`` would make
        them again, and the candidates of a corpus hold its units many times over)."""
        out = copy.copy(self)
        object.__setattr__(out, "termhood", termhood)
        return out

    @staticmethod
    def gathered(cands: Sequence[Candidate]) -> list[Candidate]:
        """The candidates with their occurrences in columns of their own (``Occurrences.gathered``),
        their units shared: a side's columns hold those of every candidate, kept or not."""
        out = []
        for cand, occurrences in zip(cands, Occurrences.gathered([c.occurrences for c in cands])):
            out.append(copy.copy(cand))
            object.__setattr__(out[-1], "occurrences", occurrences)
        return out

    def count(self, units: Collection[int]) -> int:
        """How many units these unit indices stand for (``weights``)."""
        return weighed(units, self.weights)

    @property
    def fragment(self) -> bool:
        """A piece of a longer term, not a term: never seen with its own head (``Minister
        Sergey`` before ``Lavrov``), or nearly always the complement of one same word
        (``иностранных дел`` after ``Министр``). A name of several words seen only as a
        modifier of different words (``Normandy Four`` meeting, heads of state) is not, nor is
        an acronym seen only as a modifier (``EU`` law, ``EU`` countries; ``PSB`` analysts): an
        acronym names an organisation or a thing on its own, whatever it modifies."""
        occurrences = self.occurrences
        free = [(r, self.count(units)) for r, units in zip(occurrences.phrasings, occurrences.units_of) if not r.bound]
        if not free:
            modified = {r.governor for r in occurrences.phrasings if r.governor}
            if all(len(r.surface) > 1 and r.surface.isupper() for r in occurrences.phrasings):
                return not modified
            return not (self.words >= 2 and len(modified) >= 2)
        governors: Counter = Counter()
        for r, n in free:
            if r.governor:
                governors[r.governor] += n
        n_free = sum(n for _, n in free)
        return bool(governors) and n_free >= 3 and governors.most_common(1)[0][1] >= 0.9 * n_free

    @property
    def words(self) -> int:
        return self.occurrences.first.words


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
