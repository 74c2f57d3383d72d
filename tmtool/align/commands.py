"""What ``tmtool align`` and ``tmtool eval-align`` do, as library calls the CLI wraps, and
``align_sentences``, the same for a program's own lists of sentences."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tmtool.align.anchored import needs_review
from tmtool.align.base import AlignDoc, AlignedPair, get_aligner
from tmtool.align.confidence import REVIEW_THRESHOLD
from tmtool.align.evaluate import Scores, score
from tmtool.align.io import format_bead, jsonl_line, read_beads, read_jsonl_beads, read_jsonl_docs, read_sentences
from tmtool.errors import FormatError
from tmtool.model import Bead

DEFAULT_ALIGNER = "anchors"


def align_files(
    src: str | Path, tgt: str | Path, src_lang: str, tgt_lang: str, aligner: str = DEFAULT_ALIGNER
) -> tuple[list[str], list[str]]:
    """Bead lines for two one-sentence-per-line files, and what makes the alignment doubtful.

    The document is aligned as a corpus of one (``align_many``), so the learned
    lexicon is learned from it.
    """
    # Named by both files: a warning about either side must point at the right one.
    doc = AlignDoc(f"{Path(src).name} ↔ {Path(tgt).name}", read_sentences(src), read_sentences(tgt))
    aligned = get_aligner(aligner, src_lang=src_lang, tgt_lang=tgt_lang).align_many([doc])
    return [format_bead(b) for b in aligned.beads[0]], aligned.doubts()


def align_sentences(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str,
                    aligner: str = DEFAULT_ALIGNER, review_threshold: float = REVIEW_THRESHOLD) -> list[AlignedPair]:
    """The beads of two lists of sentences, the two language versions of one document, with their texts.

    Every sentence is in exactly one bead, in order. ``src_lang``/``tgt_lang`` are BCP 47
    tags (``ru``, ``en-GB``); ``aligner`` is a name in ``tmtool.align.ALIGNERS``; a bead whose
    confidence is below ``review_threshold`` needs review. As ``tmtool align`` does, the
    document is aligned as a corpus of one, so the lexicon learned is learned from it; what
    makes the whole document doubtful (one side much longer, say) lowers every confidence.
    """
    for side, sentences in (("src", src), ("tgt", tgt)):
        if isinstance(sentences, str):  # its characters would be aligned as sentences
            raise TypeError(f"{side} is a list of sentences, not one string (tmtool.segment_text splits a text)")
    doc = AlignDoc("sentences", tuple(src), tuple(tgt))
    [beads] = get_aligner(aligner, src_lang=src_lang, tgt_lang=tgt_lang).align_many([doc]).beads
    return [AlignedPair(" ".join(doc.src[i] for i in bead.src), " ".join(doc.tgt[j] for j in bead.tgt),
                        bead.src, bead.tgt, bead.score, needs_review(bead, review_threshold)) for bead in beads]


def align_jsonl(
    path: str | Path, src_lang: str, tgt_lang: str, aligner: str = DEFAULT_ALIGNER
) -> tuple[list[str], list[str]]:
    """Output JSONL lines (one per input document, same order) and what makes alignments doubtful."""
    docs = list(read_jsonl_docs(path))
    aligned = get_aligner(aligner, src_lang=src_lang, tgt_lang=tgt_lang).align_many(docs)
    return [jsonl_line(d.doc_id, beads) for d, beads in zip(docs, aligned.beads)], aligned.doubts()


def read_alignment_docs(path: str | Path) -> dict[str, list[Bead]]:
    """Beads per document id: a bead-line file is one document (named after the file), JSONL many."""
    path = Path(path)
    if path.suffix == ".jsonl":
        return dict(read_jsonl_beads(path))
    return {path.name: read_beads(path)}


def evaluate_files(gold: str | Path, pred: str | Path) -> Scores:
    """Strict/lax scores of PRED against GOLD: two bead-line files, or two JSONL files matched by id."""
    g, p = read_alignment_docs(gold), read_alignment_docs(pred)
    if len(g) == 1 and len(p) == 1:
        return score(list(g.values()), list(p.values()))
    missing = sorted(set(g) - set(p))
    if missing:
        raise FormatError(f"{pred}: no alignment for document(s) {', '.join(missing[:5])}")
    return score([g[k] for k in g], [p[k] for k in g])
