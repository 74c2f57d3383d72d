"""Shared fixtures: the read-only ../shared folder (TMTOOL_SHARED) and the shipped corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from paths import CORPUS, SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set TMTOOL_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS
