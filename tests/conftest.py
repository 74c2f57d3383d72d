"""Shared fixtures: the read-only ../shared folder (TMTOOL_SHARED) and the shipped corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
CORPUS = REPO / "corpora"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set TMTOOL_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS
