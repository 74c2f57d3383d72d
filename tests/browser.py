"""Finding the browser the page tests drive: Debian's chromium (and its chromium-driver for Selenium)."""

from __future__ import annotations

import shutil

import pytest


def chromium() -> str:
    """The chromium binary, or the test is skipped."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    pytest.skip("no chromium on PATH (Debian package `chromium`)")


def chromedriver() -> str:
    """The chromedriver binary, or the test is skipped."""
    if found := shutil.which("chromedriver"):
        return found
    pytest.skip("no chromedriver on PATH (Debian package `chromium-driver`)")
