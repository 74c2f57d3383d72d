"""Shared fixtures: the read-only ../shared folder (TMTOOL_SHARED), the shipped corpus, the editor's server."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from paths import CORPUS, SHARED
from tmtool.store.editor import make_server


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set TMTOOL_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture
def editor(store_path):
    """The editor of the test's ``store_path`` fixture, serving on a free loopback port until the test ends."""
    server = make_server(store_path)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()
