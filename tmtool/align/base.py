"""The aligner interface and registry."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tmtool.jobs import Mapper
from tmtool.model import Bead
from tmtool.registry import Registry
from tmtool.text import SOURCE_LANG, TARGET_LANG

if TYPE_CHECKING:
    from tmtool.align.learn import LearnedLexicon

ALIGNERS: Registry[type[Aligner]] = Registry("aligner")


@dataclass(frozen=True, slots=True)
class AlignDoc:
    """One document to align: sentences of each side, with the paragraph index of each.

    ``src_par``/``tgt_par`` are ``None`` when the paragraph structure is unknown.
    """

    doc_id: str
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    src_par: tuple[int, ...] | None = None
    tgt_par: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """One bead of two aligned lists of sentences, with its texts (``tmtool.align_sentences``).

    ``source`` and ``target`` are the bead's sentences of each side, joined by a space; one
    of them is empty for a sentence the other version omits (a 1-0 or 0-1 bead).
    ``src_indices``/``tgt_indices`` are their positions in the two lists. ``confidence`` is
    the probability that the bead is right; ``needs_review``, whether it is under the
    review threshold (what ``tmtool run`` holds back).
    """

    source: str
    target: str
    src_indices: tuple[int, ...]
    tgt_indices: tuple[int, ...]
    confidence: float
    needs_review: bool


@dataclass(frozen=True, slots=True)
class Problem:
    """What makes every bead of a document suspect, found before aligning it."""

    code: str  # "empty-side", "length-ratio", "identical", "script"
    message: str
    cap: float  # highest confidence any bead of the document may keep


@dataclass(frozen=True, slots=True)
class Aligned:
    """What aligning documents gives: each document's beads and problems, in the order
    the documents came, and the learned lexicon the alignment used (``None`` when the
    aligner uses none)."""

    beads: tuple[tuple[Bead, ...], ...]
    problems: tuple[tuple[Problem, ...], ...]
    lexicon: LearnedLexicon | None = None

    def doubts(self) -> list[str]:
        """The messages of the problems that lowered confidences (``doubts``)."""
        return doubts(self.problems)


def doubts(problems: Iterable[Sequence[Problem]]) -> list[str]:
    """The messages of documents' problems that lowered confidences (an empty side does not)."""
    return [p.message for found in problems for p in found if p.cap < 1.0]


#: Told the lexicon an alignment uses as soon as it is known (``Aligner.align_each``).
Learned = Callable[["LearnedLexicon | None"], None]
#: A sentence pair a lexicon learns from, as the stems of each side (``tmtool.align.learn``).
Lesson = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class FirstPass:
    """A document aligned without a learned lexicon (``Aligner.align_first``): its beads and
    problems; ``lessons``, what a lexicon learns from it (the stems of its confident 1-1 beads);
    ``stems``, when a learned lexicon may change its beads, the stems of each side (what it
    would read of a lexicon: ``tmtool.align.learn.reading``), None when its beads are final."""

    beads: tuple[Bead, ...]
    problems: tuple[Problem, ...]
    lessons: tuple[Lesson, ...] = ()
    stems: tuple[tuple[str, ...], tuple[str, ...]] | None = None


class Aligner(ABC):
    """Aligns the sentences of two language versions of a document.

    Contract: the beads are monotonic, cover every source and target index
    exactly once, in order, and each carries a confidence in [0, 1]. An aligner
    is configuration: two calls with the same input give the same answer.
    """

    name: str = ""

    def __init__(self, src_lang: str = SOURCE_LANG, tgt_lang: str = TARGET_LANG):
        self.src_lang = src_lang
        self.tgt_lang = tgt_lang

    def align(self, doc: AlignDoc, lexicon: LearnedLexicon | None = None) -> list[Bead]:
        """Beads of one document, aligned as a corpus of one (its problems: ``align_many``)."""
        return list(self.align_many([doc], lexicon).beads[0])

    @abstractmethod
    def align_many(self, docs: Sequence[AlignDoc], lexicon: LearnedLexicon | None = None,
                   run: Mapper = map) -> Aligned:
        """Beads and problems of each document. ``lexicon``: stem pairs learned before (from
        a translation memory, say), for aligners that use one; ``run``: where the work on
        the documents may be done (``tmtool.jobs``), the same beads wherever it is."""

    def align_each(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon | None = None, run: Mapper = map,
                   learned: Learned | None = None) -> Iterator[tuple[int, tuple[Bead, ...], tuple[Problem, ...]]]:
        """``align_many``'s answer a document at a time, as (its index in ``docs``, its beads,
        its problems), each as soon as it is final, so that a caller can use one while ``run``
        aligns the others; ``learned`` is told ``align_many``'s lexicon (``Aligned.lexicon``) as
        soon as it is known, before the documents still to come. Here every document comes at
        the end, in order; an aligner that finishes some documents before others may give them
        first, in an order that depends only on the documents (never on where ``run`` does the
        work), and may take the documents as it needs them rather than all at once."""
        aligned = self.align_many(list(docs), lexicon, run)
        if learned is not None:
            learned(aligned.lexicon)
        for k, (beads, problems) in enumerate(zip(aligned.beads, aligned.problems)):
            yield k, beads, problems

    # -- a corpus in two passes, with a lexicon learned between them (``tmtool run``) ----------
    #: Whether the aligner learns a lexicon from a first pass and aligns again with it the
    #: documents it is unsure of: else ``align_first`` gives every document's final beads.
    learns: bool = False

    def align_first(self, docs: Iterable[AlignDoc], run: Mapper = map) -> Iterator[tuple[int, FirstPass]]:
        """Each document aligned without a learned lexicon, as (its index in ``docs``, its
        ``FirstPass``), as soon as it is (``align_each``'s order). ``tmtool run`` keeps their
        lessons in the store, learns the lexicon from those of every pair of the corpus
        (``learn``), then aligns again those whose ``FirstPass.stems`` are given (``align_again``):
        what ``align_many`` does in one call."""
        for k, beads, problems in self.align_each(docs, None, run):
            yield k, FirstPass(beads, problems)

    def learn(self, lessons: Iterable[Lesson]) -> LearnedLexicon:
        """The lexicon learned from a corpus's lessons (those of ``align_first``)."""
        raise NotImplementedError(f"the {self.name} aligner learns no lexicon")

    def align_again(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon, run: Mapper = map,
                    problems: Iterable[tuple[Problem, ...] | None] | None = None
                    ) -> Iterator[tuple[int, tuple[Bead, ...], tuple[Problem, ...]]]:
        """The documents ``align_first`` left unsure, aligned with ``lexicon``, as ``align_each``
        gives them; ``problems``: each document's, when known (from its first pass)."""
        raise NotImplementedError(f"the {self.name} aligner learns no lexicon")

    def signature(self, lexicon: LearnedLexicon | None = None) -> str:
        """What decides this aligner's beads (with the version of ``lexicon``, if it uses one)."""
        return self.name


def get_aligner(name: str, **options) -> Aligner:
    return ALIGNERS.get(name)(**options)
