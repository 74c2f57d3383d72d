"""tmtool's aligner: length plus cross-language anchors, paragraph-aware, with a learned lexicon.

Registered as ``anchors``. ``align_many`` aligns a corpus twice: a first pass with
the built-in evidence (and the lexicon it is given, learned from a translation
memory, say), then stem pairs are learned from the confident beads
(``tmtool.align.learn``) and the documents it is unsure of are aligned again with
them. ``align`` is ``align_many`` on a corpus of one.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, count, islice, repeat
from typing import NamedTuple

from tmtool.align.base import ALIGNERS, AlignDoc, Aligned, Aligner, FirstPass, Learned, Lesson, Problem
from tmtool.align.checks import diagnose
from tmtool.align.confidence import MERGE_COEF, REVIEW_THRESHOLD, Evidence, logistic
from tmtool.align.dp import ALL_KINDS, Step, adaptive_path
from tmtool.align.features import (COMPONENTS, DEFAULT_COMPONENTS, Sentence, clause_pieces, extractor, learned_keys,
                                   stems, tokens)
from tmtool.align.learn import LearnedLexicon, learn_from_stems
from tmtool.align.score import Side, Weights, bead_path, doc_ratio, prepare
from tmtool.errors import AlignmentError
from tmtool.jobs import Mapper, batched, map_as_needed
from tmtool.model import Bead
from tmtool.text import SOURCE_LANG, TARGET_LANG, primary

#: How paragraph structure is used; "penalise" is the default because it
#: measured better on dropped paragraphs (docs/alignment.md).
STRUCTURES = ("penalise", "paragraphs-first", "none")
#: English/Russian character ratio (1.039 over the WMT ru–en documents); each document's own ratio overrides it.
EN_PER_RU = 1.04
#: Documents longer than this (source + target units) are first aligned in
#: blocks of BLOCK sentences, then at the sentence level around that path.
COARSE_ABOVE = 400
BLOCK = 8
#: Weights of paragraphs and blocks of sentences (the "paragraphs-first" pass and
#: the coarse pass): their length varies more between translations than a sentence's.
PARAGRAPH_WEIGHTS = Weights(variance=40.0)
#: ``align_many`` learns from 1-1 beads at least this confident, and realigns the
#: documents that have a bead below ``SURE``.
LEARN_FROM = 0.8
SURE = 0.95


def default_ratio(src_lang: str, tgt_lang: str) -> float:
    pair = (primary(src_lang), primary(tgt_lang))
    return {("ru", "en"): EN_PER_RU, ("en", "ru"): 1 / EN_PER_RU}.get(pair, 1.0)


@ALIGNERS.register("anchors")
class AnchorAligner(Aligner):
    """tmtool's aligner ("anchors"): a dynamic programme over beads scored by sentence length
    and the anchors the two sides share, with a lexicon learned from the corpus (module
    docstring; docs/alignment.md tells the method and its measurements).

    ``components``: the anchors to score (names in ``tmtool.align.features.COMPONENTS``;
    ``"learned"`` enables the learned lexicon); ``weights``/``paragraph_weights``: the cost
    weights for sentences and for paragraphs or blocks of sentences; ``structure``: how the
    paragraphs are used, one of ``STRUCTURES``; ``width``: the widest band around the
    diagonal a short document is searched in; ``realign``: align again, with the learned
    lexicon, the documents with a bead below ``SURE``; ``merge``: merge neighbouring beads
    that a re-cut clause split (``merge_crossings``). The defaults are those
    docs/alignment.md measures.
    """

    name = "anchors"

    def __init__(
        self,
        src_lang: str = SOURCE_LANG,
        tgt_lang: str = TARGET_LANG,
        components: Iterable[str] = DEFAULT_COMPONENTS,
        weights: Weights | None = None,
        paragraph_weights: Weights | None = None,
        structure: str = "penalise",
        width: int = 48,
        realign: bool = True,
        merge: bool = True,
    ):
        super().__init__(src_lang, tgt_lang)
        self.components = tuple(components)
        unknown = [c for c in self.components if c not in COMPONENTS]
        if unknown:
            raise AlignmentError(f"unknown score component(s) {unknown} (known: {', '.join(COMPONENTS)})")
        if structure not in STRUCTURES:
            raise AlignmentError(f"unknown structure mode {structure!r} (known: {', '.join(STRUCTURES)})")
        self.weights = weights or Weights()
        self.paragraph_weights = paragraph_weights or PARAGRAPH_WEIGHTS
        self.structure = structure
        self.width = width
        self.realign = realign
        self.merge = merge
        self.ratio = default_ratio(src_lang, tgt_lang)
        # The built-in evidence of a sentence: memoised per word, the same answer every time.
        self._src_keys = extractor(primary(self.src_lang), self.components)
        self._tgt_keys = extractor(primary(self.tgt_lang), self.components)

    def signature(self, lexicon: LearnedLexicon | None = None) -> str:
        """What decides this aligner's beads, with the version of the lexicon it is given."""
        given = [f"lexicon={lexicon.version}"] if lexicon is not None and self._learns else []
        return f"{self.name}({','.join([*self._settings(), *given])})"

    @property
    def _learns(self) -> bool:
        return "learned" in self.components

    @property
    def learns(self) -> bool:  # ``Aligner.learns``
        return self.realign and self._learns

    def _settings(self) -> list[str]:
        """What decides this aligner's beads, as ``name=value`` (the signature's parts)."""
        realign = f"below-{SURE}" if self.realign and self._learns else "no"
        return [f"structure={self.structure}", f"components={'+'.join(self.components)}", f"realign={realign}",
                f"merge={'confidence' if self.merge else 'no'}"]

    # -- one document -------------------------------------------------------------------

    def revise(self, docs: Sequence[AlignDoc], beads: Sequence[list[Bead]], caps: Sequence[float]
               ) -> list[list[Bead]]:
        """A last look at finished beads (``caps``: each document's highest confidence, from
        its checks). ``anchors`` keeps them; ``anchors-e5`` re-scores the link beads."""
        return list(beads)

    def _tables(self, lexicon: LearnedLexicon | None) -> tuple[dict, dict]:
        """Stem → key of each side from a learned lexicon (none when learning is switched off)."""
        if lexicon is None or not self._learns:
            return {}, {}
        return lexicon.keys(self.src_lang), lexicon.keys(self.tgt_lang)

    def _read(self, doc: AlignDoc) -> tuple[list[frozenset], list[frozenset], list[set[str]], list[set[str]]]:
        """A document's built-in keys, source and target, and its stems when the aligner learns
        (none otherwise). Its tokens are not kept: on a long corpus they would be the largest
        thing in memory."""
        src_lang, tgt_lang = primary(self.src_lang), primary(self.tgt_lang)
        src, tgt = [tokens(t, src_lang) for t in doc.src], [tokens(t, tgt_lang) for t in doc.tgt]
        if not self._learns:
            return [self._src_keys(x) for x in src], [self._tgt_keys(x) for x in tgt], [], []
        return ([self._src_keys(x) for x in src], [self._tgt_keys(x) for x in tgt],
                [stems(x.words, src_lang) for x in src], [stems(x.words, tgt_lang) for x in tgt])

    def _solve_keys(self, doc: AlignDoc, src_keys: Sequence[frozenset], tgt_keys: Sequence[frozenset],
                    tables: tuple[dict, dict] = ({}, {})) -> Evidence:
        """The document's best path, with the evidence its confidences are read from (the
        learned keys of ``tables`` among them)."""
        src = prepare(src_keys, [len(s) for s in doc.src], doc.src_par, self.weights,
                      clauses=ClauseReader(doc.src, src_keys, primary(self.src_lang), self._src_keys, tables[0]))
        tgt = prepare(tgt_keys, [len(s) for s in doc.tgt], doc.tgt_par, self.weights,
                      clauses=ClauseReader(doc.tgt, tgt_keys, primary(self.tgt_lang), self._tgt_keys, tables[1]))
        ratio = doc_ratio(src, tgt, self.ratio)
        has_pars = doc.src_par is not None and doc.tgt_par is not None
        if has_pars and self.structure == "paragraphs-first":
            path = self._paragraphs_first(src, tgt, ratio)
        else:
            path = self._path(src, tgt, ratio, has_pars and self.structure == "penalise")
        evidence = Evidence(path, src, tgt, self.weights, ratio)
        return merge_crossings(evidence) if self.merge else evidence

    def _paragraphs_first(self, src: Side, tgt: Side, ratio: float) -> list[Step]:
        """Align paragraphs, then sentences inside each aligned group of paragraphs."""
        s_groups, t_groups = _paragraph_spans(src), _paragraph_spans(tgt)
        s_par, t_par = _grouped(src, s_groups, self.weights), _grouped(tgt, t_groups, self.weights)
        path: list[Step] = []
        for pi, pj, di, dj, _ in self._path(s_par, t_par, ratio, False, self.paragraph_weights):
            i0 = s_groups[pi][0] if pi < len(s_groups) else len(src)
            j0 = t_groups[pj][0] if pj < len(t_groups) else len(tgt)
            i1 = s_groups[pi + di - 1][1] if di else i0
            j1 = t_groups[pj + dj - 1][1] if dj else j0
            for i, j, a, b, c in self._path(_slice(src, i0, i1), _slice(tgt, j0, j1), ratio, False):
                path.append((i + i0, j + j0, a, b, c))
        return path

    def _path(self, src: Side, tgt: Side, ratio: float, penalise: bool, weights: Weights | None = None) -> list[Step]:
        """Short documents: a band around the diagonal, widened where needed. Long ones:
        first align blocks of sentences (recursively), then search around that path."""
        weights = weights or self.weights

        def solve(bounds):
            return bead_path(src, tgt, weights, ratio, penalise, bounds, ALL_KINDS)

        n, m = len(src), len(tgt)
        if n + m <= COARSE_ABOVE or not n or not m:
            return adaptive_path(n, m, solve, limit=self.width)
        s_blocks, t_blocks = _blocks(n), _blocks(m)
        coarse = self._path(
            _grouped(src, s_blocks, weights), _grouped(tgt, t_blocks, weights),
            ratio, False, self.paragraph_weights,
        )
        return solve(_bounds_around(coarse, s_blocks, t_blocks, n, m))

    # -- a corpus -----------------------------------------------------------------------

    def align_many(self, docs: Sequence[AlignDoc], lexicon: LearnedLexicon | None = None,
                   run: Mapper = map) -> Aligned:
        """Align each document, learn stem pairs from the confident 1-1 beads (adding to
        ``lexicon``'s counts), and align again with them the documents that have a bead
        below ``SURE`` (``solve_many``; the documents' work is done by ``run``)."""
        solved, used = self.solve_many(docs, lexicon, run)
        caps = [_cap(s.problems) for s in solved]
        final = self.revise(docs, [list(s.beads) for s in solved], caps)
        return Aligned(tuple(tuple(b) for b in final), tuple(s.problems for s in solved), used)

    def align_each(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon | None = None, run: Mapper = map,
                   learned: Learned | None = None) -> Iterator[tuple[int, tuple[Bead, ...], tuple[Problem, ...]]]:
        """``align_many`` a document at a time (``Aligner.align_each``), in ``solve_each``'s
        order: the documents sure after the first pass come while ``run`` still aligns the
        others. ``revise`` sees one document at a time: an aligner whose ``revise`` needs
        every document at once gives them at the end (``EmbeddingCheckedAligner``)."""
        for k, doc, solved in self.solve_each(docs, lexicon, run, learned=learned):
            [beads] = self.revise([doc], [list(solved.beads)], [_cap(solved.problems)])
            yield k, tuple(beads), solved.problems

    def solve_many(self, docs: Sequence[AlignDoc], lexicon: LearnedLexicon | None = None, run: Mapper = map,
                   evidence: bool = False) -> tuple[list[Solved], LearnedLexicon | None]:
        """Each document solved (``Solved``: with its evidence when ``evidence``, which only
        this process can hold), in order, and the learned lexicon of the last pass (``solve_each``)."""
        solved: list = [None] * len(docs)
        used: list[LearnedLexicon | None] = []
        for k, _, one in self.solve_each(docs, lexicon, run, evidence, used.append):
            solved[k] = one
        return solved, used[0]

    def solve_each(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon | None = None, run: Mapper = map,
                   evidence: bool = False, learned: Learned | None = None
                   ) -> Iterator[tuple[int, AlignDoc, Solved]]:
        """Each document solved, as (its index in ``docs``, the document, ``Solved``) as soon
        as it is final: those whose beads are all sure after the first pass (all of them, when
        the aligner does not realign) in order as the first pass finds them, then the others in
        order. ``learned`` is told the learned lexicon of the last pass once it is known: after
        the first pass, before the others. The order depends only on the documents.

        Both passes are a task per chunk of documents, done by ``run`` (``tmtool.jobs``:
        here or on other processes); learning from the first pass's confident beads is
        the one step that sees the whole corpus, here. The documents are taken as the first
        pass needs them (``tmtool.jobs.map_as_needed``) and only the unsure ones are kept for the
        second: a caller that makes them as they are asked for never holds every one.

        A document whose beads are all sure keeps its first alignment: on the WMT
        ru–en documents (2026-12-06) the learned keys changed the path of none of the
        315 that were sure after the first pass (nor of the 9 with a sentence swapped
        in), and skipping them saves a second search. The built-in evidence does not
        change between passes; only the learned keys do.
        """
        if evidence and run is not map:
            raise ValueError("the evidence of a path stays in the process that found it: evidence=True needs run=map")
        tell = learned if learned is not None else (lambda used: None)
        first = self._first(docs, lexicon, run, evidence)
        if not self.learns:
            tell(lexicon if self._learns else None)
            yield from first
            return
        # Held until the first pass is over: every confident 1-1 bead's stems (``_interned``), and
        # the unsure documents.
        stems, unsure = [], {}
        for k, doc, solved in first:
            stems.extend(_interned(solved.learn, run))
            if any(b.score < SURE for b in solved.beads):
                unsure[k] = (doc, solved._replace(learn=(), stems=None))
            else:
                yield k, doc, solved
        used = learn_from_stems(stems, self.src_lang, self.tgt_lang, base=lexicon)
        tell(used)
        if not len(used):
            yield from ((k, doc, solved) for k, (doc, solved) in unsure.items())
            return
        again = [doc for doc, _ in unsure.values()]
        found = [solved.problems for _, solved in unsure.values()]
        yield from zip(unsure, again, self._solve_all(again, used, run, evidence, found))

    def _first(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon | None, run: Mapper, evidence: bool
               ) -> Iterator[tuple[int, AlignDoc, Solved]]:
        """The first pass: each document solved with ``lexicon``, as (its index, it, ``Solved``),
        in order, each document held only until it is solved."""
        taken: deque[AlignDoc] = deque()  # the documents of the first pass's tasks not yet solved
        for k, solved in zip(count(), self._solve_all(_taking(docs, taken), lexicon, run, evidence)):
            yield k, taken.popleft(), solved

    def align_first(self, docs: Iterable[AlignDoc], run: Mapper = map) -> Iterator[tuple[int, FirstPass]]:
        """``Aligner.align_first``: the first pass of ``solve_each`` without a lexicon, the
        documents in order."""
        for k, doc, solved in self._first(docs, None, run, False):
            beads = solved.beads
            if solved.stems is None:
                [beads] = self.revise([doc], [list(beads)], [_cap(solved.problems)])
            stems = None if solved.stems is None else tuple(_interned([solved.stems], run))[0]
            yield k, FirstPass(tuple(beads), solved.problems, tuple(_interned(solved.learn, run)), stems)

    def learn(self, lessons: Iterable[Lesson]) -> LearnedLexicon:
        """``Aligner.learn``: stem pairs from the lessons (``learn_from_stems``)."""
        return learn_from_stems(lessons, self.src_lang, self.tgt_lang)

    def align_again(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon, run: Mapper = map,
                    problems: Iterable[tuple[Problem, ...] | None] | None = None
                    ) -> Iterator[tuple[int, tuple[Bead, ...], tuple[Problem, ...]]]:
        """``Aligner.align_again``: ``solve_each``'s second pass, the documents in order."""
        taken: deque[AlignDoc] = deque()
        solved = self._solve_all(_taking(docs, taken), lexicon, run, False, problems)
        for k, one in zip(count(), solved):
            [beads] = self.revise([taken.popleft()], [list(one.beads)], [_cap(one.problems)])
            yield k, tuple(beads), one.problems

    def _solve_all(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon | None, run: Mapper,
                   evidence: bool, problems: Sequence[tuple[Problem, ...]] | None = None) -> Iterator[Solved]:
        """``solve`` of each document, in order as ``run`` gives them, the documents taken as
        the tasks are made (``tmtool.jobs.map_as_needed``); ``problems``: theirs when known (a second
        pass: they are the document's alone, and looking for them again took a twentieth of
        its time)."""
        known = iter(problems) if problems is not None else repeat(None)
        tasks = ((self, chunk, lexicon, evidence, tuple(islice(known, len(chunk)))) for chunk in batched(docs))
        return chain.from_iterable(map_as_needed(run, _solve_chunk, tasks))

    def solve(self, doc: AlignDoc, tables: tuple[dict, dict], evidence: bool = False,
              problems: tuple[Problem, ...] | None = None) -> Solved:
        """One document: its best path's beads under the built-in evidence and the learned
        keys of ``tables`` (``_tables``), with its problems (``diagnose``, unless given) and
        what to learn from it."""
        src_keys, tgt_keys, src_stems, tgt_stems = self._read(doc)
        if tables[0]:
            src_keys = [ks | learned_keys(st, tables[0]) for ks, st in zip(src_keys, src_stems)]
            tgt_keys = [ks | learned_keys(st, tables[1]) for ks, st in zip(tgt_keys, tgt_stems)]
        found = self._solve_keys(doc, src_keys, tgt_keys, tables)
        if problems is None:
            problems = tuple(diagnose(doc, self.src_lang, self.tgt_lang))
        beads = _beads(found, _cap(problems))
        # Tuples, not sets: the corpus's are held until the first pass is over, and a tuple
        # takes a sixth of a set's memory.
        learn = tuple((tuple(src_stems[b.src[0]]), tuple(tgt_stems[b.tgt[0]])) for b in beads
                      if b.kind == "1-1" and b.score >= LEARN_FROM) if self._learns else ()
        # What a learned lexicon could change, and what of it the document would read: kept when
        # it is solved without one (``align_first``) and is unsure.
        stems = ((tuple(sorted(set().union(*src_stems))), tuple(sorted(set().union(*tgt_stems))))
                 if self.learns and not tables[0] and any(b.score < SURE for b in beads) else None)
        return Solved(tuple(beads), problems, learn, stems, found if evidence else None)

    def __getstate__(self) -> dict:
        # The key extractors are functions of the components: made again, not sent.
        return {k: v for k, v in self.__dict__.items() if k not in ("_src_keys", "_tgt_keys")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._src_keys = extractor(primary(self.src_lang), self.components)
        self._tgt_keys = extractor(primary(self.tgt_lang), self.components)


class ClauseReader:
    """The clauses of one side's sentences (``tmtool.align.score.Clauses``), each sentence
    cut when first asked for and its clauses' keys (built-in and learned) read only when
    asked for: most sentences the confidence looks at need only their clauses' lengths."""

    def __init__(self, texts: Sequence[str], keys: Sequence[frozenset], lang: str,
                 extract: Callable[[Sentence], frozenset], table: Mapping[str, tuple[str, str]]):
        self.texts, self.sentence_keys, self.lang, self.extract, self.table = texts, keys, lang, extract, table
        self._pieces: dict[int, list[str]] = {}
        self._lengths: dict[int, tuple[int, ...]] = {}
        self._keys: dict[int, tuple[frozenset, ...]] = {}

    def _cut(self, i: int) -> list[str]:
        if i not in self._pieces:
            self._pieces[i] = clause_pieces(self.texts[i])
        return self._pieces[i]

    def lengths(self, i: int) -> tuple[int, ...]:
        # asked for twice or more per sentence (each of its recut's cuts, each bead it bounds)
        if i not in self._lengths:
            self._lengths[i] = tuple(map(len, self._cut(i))) or (0,)
        return self._lengths[i]

    def keys(self, i: int) -> tuple[frozenset, ...]:
        if i not in self._keys:
            keys, parts = self.sentence_keys[i], self._cut(i)
            self._keys[i] = ((keys,) if len(parts) < 2
                             else tuple(keys & self._clause_keys(tokens(p, self.lang)) for p in parts))
        return self._keys[i]

    def _clause_keys(self, clause: Sentence) -> frozenset:
        found = self.extract(clause)
        return found | learned_keys(stems(clause.words, self.lang), self.table) if self.table else found


class Solved(NamedTuple):
    """One document aligned: its beads (confidences capped by its problems), its problems,
    the stems of its 1-1 beads confident enough to learn from, the stems of each side when a
    first pass leaves it unsure (``FirstPass.stems``: None when its beads are final), and, when
    asked for, the evidence of its path (``tmtool.align.confidence.Evidence``: not sent between
    processes)."""

    beads: tuple[Bead, ...]
    problems: tuple[Problem, ...]
    learn: tuple[Lesson, ...]
    stems: tuple[tuple[str, ...], tuple[str, ...]] | None
    evidence: Evidence | None


def _interned(lessons: Iterable[Lesson], run: Mapper) -> Iterator[Lesson]:
    """Stems as one shared string each: from another process each comes as a string of its own,
    and the corpus's are held until the first pass is over (8,000 pairs, every core:
    ``update_store``'s peak 434 -> 354 MiB). In this process they are the memoised stems already."""
    if run is map:
        yield from lessons
        return
    for s, t in lessons:
        yield tuple(map(sys.intern, s)), tuple(map(sys.intern, t))


def _taking(docs: Iterable[AlignDoc], taken: deque[AlignDoc]) -> Iterator[AlignDoc]:
    """``docs``, each added to ``taken`` as it is given (the first pass's documents, kept until solved)."""
    for doc in docs:
        taken.append(doc)
        yield doc


def _solve_chunk(task: tuple[AnchorAligner, Sequence[AlignDoc], LearnedLexicon | None, bool,
                             Sequence[tuple[Problem, ...] | None]]) -> list[Solved]:
    """Some documents solved with one lexicon (a task: module-level, so it can be sent), each
    with its problems when known (None: not yet)."""
    aligner, docs, lexicon, evidence, problems = task
    tables = aligner._tables(lexicon)
    return [aligner.solve(doc, tables, evidence, found) for doc, found in zip(docs, problems)]


def merge_crossings(evidence: Evidence) -> Evidence:
    """The evidence of a path with neighbouring link beads merged where a model of their
    evidence says they are one bead (``Evidence.merge_features``, ``MERGE_COEF``).

    When a translation moves a clause from one sentence to the next, each 1-1 bead
    the DP finds there holds a partial translation: the DP's costs, a sum over beads,
    favour two beads, but the evidence of the merged one (its words all found, the
    lengths no longer skewed in opposite directions) tells.
    """
    path = evidence.path
    k = 0
    while k < len(path) - 1:
        kind = evidence.merged_kind(k)
        if kind and logistic(evidence.merge_features(k), MERGE_COEF) > 0.5:
            i, j = path[k][0], path[k][1]
            path = [*path[:k], (i, j, *kind, evidence.costs.one(i, j, *kind)), *path[k + 2:]]
            evidence = evidence.on(path)
            continue
        k += 1
    return evidence


def _cap(problems: Iterable[Problem]) -> float:
    """The highest confidence a document's problems leave its beads."""
    return min((p.cap for p in problems), default=1.0)


def _beads(solved: Evidence, cap: float) -> list[Bead]:
    return [
        Bead(tuple(range(i, i + di)), tuple(range(j, j + dj)), round(min(conf, cap), 4))
        for (i, j, di, dj, _), conf in zip(solved.path, solved.confidences)
    ]


def needs_review(bead: Bead, threshold: float = REVIEW_THRESHOLD) -> bool:
    return bead.score < threshold


def _paragraph_spans(side: Side) -> list[tuple[int, int]]:
    """[start, end) sentence range of each paragraph, in order."""
    starts = [i for i, s in enumerate(side.par_start) if s]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(side)])]


def _grouped(side: Side, spans: list[tuple[int, int]], weights: Weights) -> Side:
    """A side whose units are the given runs of sentences (paragraphs or blocks)."""
    keys = [frozenset().union(*side.keys[a:b]) for a, b in spans]
    lengths = [side.lengths[b] - side.lengths[a] for a, b in spans]
    return prepare(keys, lengths, None, weights, [b - a for a, b in spans])


def _blocks(n: int) -> list[tuple[int, int]]:
    return [(a, min(n, a + BLOCK)) for a in range(0, n, BLOCK)]


def _bounds_around(
    coarse: list[Step], s_blocks: list[tuple[int, int]], t_blocks: list[tuple[int, int]], n: int, m: int
) -> tuple[list[int], list[int]]:
    """Sentence-level DP bounds: each block bead's sentences may pair anywhere in its
    target blocks, give or take a block (block edges do not follow translations)."""
    los, his = [m] * (n + 1), [0] * (n + 1)
    for bi, bj, di, dj, _ in coarse:
        r0 = s_blocks[bi][0] if bi < len(s_blocks) else n
        r1 = s_blocks[bi + di - 1][1] if di else r0
        j0 = t_blocks[bj][0] if bj < len(t_blocks) else m
        j1 = t_blocks[bj + dj - 1][1] if dj else j0
        for r in range(r0, r1 + 1):
            los[r], his[r] = min(los[r], max(0, j0 - BLOCK)), max(his[r], min(m, j1 + BLOCK))
    for i in range(n - 1, -1, -1):
        los[i] = min(los[i], los[i + 1])
    for i in range(1, n + 1):
        his[i] = max(his[i], his[i - 1])
    los[0], his[n] = 0, m
    return los, his


def _slice(side: Side, a: int, b: int) -> Side:
    """Sentences a..b as a side of their own."""
    base = side.lengths[a]
    return Side(
        tuple(x - base for x in side.lengths[a : b + 1]),
        side.keys[a:b],
        tuple(x - side.mass[a] for x in side.mass[a : b + 1]),
        side.par_start[a:b],
        side.par[a:b],
        tuple(x - side.sentences[a] for x in side.sentences[a : b + 1]),
    )
