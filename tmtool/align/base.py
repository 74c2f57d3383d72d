"""The aligner interface and registry."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from tmtool.model import Bead
from tmtool.registry import Registry

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


class Aligner(ABC):
    """Aligns the sentences of two language versions of a document.

    Contract: the beads are monotonic, cover every source and target index
    exactly once, in order, and each carries a confidence in [0, 1].
    """

    name: str = ""

    def __init__(self, src_lang: str = "ru", tgt_lang: str = "en"):
        self.src_lang = src_lang
        self.tgt_lang = tgt_lang

    @abstractmethod
    def align(self, doc: AlignDoc) -> list[Bead]:
        """Beads of one document."""

    def align_many(self, docs: Sequence[AlignDoc]) -> list[list[Bead]]:
        """Beads of many documents; aligners that learn from the corpus override this."""
        return [self.align(doc) for doc in docs]

    def signature(self) -> str:
        return self.name


def get_aligner(name: str, **options) -> Aligner:
    return ALIGNERS.get(name)(**options)
