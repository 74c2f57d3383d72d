"""One concept, one entry: linked pairs that name the same thing in the other number
(``Foreign Minister`` / ``Foreign Ministers``) or as an acronym and its expansion (``SCO ↔
ШОС`` / ``Shanghai Cooperation Organisation ↔ Шанхайская организация сотрудничества``) are
grouped, each keeping its own count (docs/terms.md, "Variants"). Other spellings and other
names of one side (``Donbas`` / ``Donbass``, ``Mr Lavrov``) are found while linking
(``pairing.competitive_linking``).

Both sides must agree: the acronym spells the expansion's initials in either language, and
the two pairs differ in number on both sides, so a concept is never merged with a neighbour
that shares one side only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import chain

from tmtool.terms import english
from tmtool.terms.general import zipf
from tmtool.terms.model import Candidate, Occurrences
from tmtool.terms.pairing import Link, acronym_letters, initials


def without_number(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key with its number left out: Russian ``#sing``/``#plur``, an English plural head."""
    out = ["#number" if w in ("#sing", "#plur") else w for w in key]
    last = max((i for i, w in enumerate(out) if not w.startswith("#")), default=None)
    if last is not None:
        w = out[last]
        if w.endswith("ies") and len(w) > 4:
            out[last] = w[:-3] + "y"
        elif w.endswith(("sses", "xes", "ches", "shes")):  # processes; but bases, cases: -se + s
            out[last] = w[:-2]
        elif w.endswith("ses") and len(w) > 4 and zipf(w[:-2], "en") > zipf(w[:-1], "en"):  # gases, buses; not cases
            out[last] = w[:-2]
        elif english.is_plural((w,)):
            out[last] = w[:-1]
    return tuple(out)


def _expansion(src: str, tgt: str, expansions: dict[tuple[str, str], int]) -> int | None:
    """The group whose initials two acronyms spell: exactly on one side at least, and on the other
    the acronym may go on past them, as an expansion often leaves out its last words (``США``:
    Соединенные Штаты Америки, beside ``US ↔ США`` and ``United States ↔ Соединенные Штаты``)."""
    found = expansions.get((src, tgt))
    if found is not None:
        return found
    return next((m for (s, t), m in expansions.items()
                 if (s == src and tgt.startswith(t)) or (t == tgt and src.startswith(s))), None)


def grouped(links: Sequence[Link]) -> list[tuple[Link, tuple[Link, ...]]]:
    """Each concept's links, its main pair first and its variants after it, in the order of
    ``links``: the number variant with most units leads, an expansion leads its acronym."""
    by_number: dict[tuple, list[Link]] = {}
    for link in links:
        by_number.setdefault((without_number(link.src.key), without_number(link.tgt.key)), []).append(link)
    groups = [sorted(g, key=lambda k: -k.shared) for g in by_number.values()]
    expansions: dict[tuple[str, str], int] = {}
    for n, group in enumerate(groups):
        for parts in (False, True):
            pair = (initials(group[0].src.form, parts), initials(group[0].tgt.form, parts))
            if None not in pair:
                expansions.setdefault(pair, n)
    merged_into: dict[int, int] = {}
    for n, group in enumerate(groups):
        pair = (acronym_letters(group[0].src.form), acronym_letters(group[0].tgt.form))
        if None not in pair and (m := _expansion(pair[0].upper(), pair[1].upper(), expansions)) is not None:
            merged_into[n] = m
    members: dict[int, list[Link]] = {n: list(g) for n, g in enumerate(groups) if n not in merged_into}
    for n, m in merged_into.items():
        members[m] += groups[n]
    first = {link.src.key: i for i, link in enumerate(links)}
    return sorted(((g[0], tuple(g[1:])) for g in members.values()), key=lambda x: first[x[0].src.key])


def pooled(found: Mapping[tuple[str, ...], Candidate], min_freq: int, plural: Callable[[Candidate], bool]
           ) -> dict[tuple[str, ...], Candidate]:
    """A side's candidates with a term's rare number counted with its other number: a term seen
    in fewer than ``min_freq`` units in one number (``EU laws`` once beside ``EU law`` once,
    ``submarines`` once beside a ``submarine`` only ever bound, ``defense ministries`` beside
    ``Defense Ministry``) is still that term, whose frequency is its lemma's, as a dictionary counts
    it. The rare numbers' occurrences are counted with those of the number that stands as a term
    (in ``min_freq`` units at least, and no fragment), or else of the number seen free most often
    (then most often at all, then the singular, as dictionaries cite a term: ``plural`` tells). Each
    number pooled stays
    one of its ``twins``: the entry lists the others as variants, as it lists a pair linked in the
    other number (``grouped``), and each lends the pairing's word evidence its own units only
    (``pairing.WordAssociation``). Numbers that each recur stay apart: they are paired each on its
    own, and grouped after."""
    # an acronym is no number of a word spelt alike (``NEW`` in NEW DELHI is no singular of ``news``)
    by_lemma: dict[tuple[tuple[str, ...], bool], list[Candidate]] = defaultdict(list)
    for key, cand in found.items():
        by_lemma[without_number(key), cand.form.isupper()].append(cand)
    out = dict(found)
    for same in by_lemma.values():
        # rare in units, which a pair needs min_freq of (``air base`` twice in one sentence is rare)
        if (len(same) < 2 or all(_units(c) >= min_freq for c in same)
                or same[0].count(set(chain.from_iterable(c.units for c in same))) < min_freq):
            continue
        standing = [c for c in same if _units(c) >= min_freq and not c.fragment]
        main = max(standing or same, key=lambda c: (_free(c), c.freq, not plural(c)))
        joined = [main, *(c for c in same if c is not main and c not in standing)]
        runs = [c.occurrences for c in joined]
        occurrences = Occurrences.of(chain.from_iterable(runs), chain.from_iterable(r.units_of for r in runs))
        for c in joined:
            del out[c.key]
        out[main.key] = Candidate(key=main.key, form=main.form, forms=main.forms, occurrences=occurrences,
                                  weights=main.weights, twins=tuple(joined))
    return out


def _units(cand: Candidate) -> int:
    """The units a candidate stands in."""
    return cand.count(cand.units)


def _free(cand: Candidate) -> int:
    """The units a candidate's occurrences stand in unbound (``Occurrence.bound``)."""
    occurrences = cand.occurrences
    return sum(cand.count(units) for r, units in zip(occurrences.phrasings, occurrences.units_of) if not r.bound)
