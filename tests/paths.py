"""Where the tests find the repository's corpus and the read-only shared data."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
CORPUS = REPO / "corpora"
DATA = Path(__file__).resolve().parent / "data"
