"""Sentence alignment: named aligners behind one interface."""

from __future__ import annotations

from tmtool.align.base import ALIGNERS, AlignDoc, Aligner, get_aligner

__all__ = ["ALIGNERS", "AlignDoc", "Aligner", "get_aligner"]
