"""Giving the memory a stage freed back to the system before the next stage starts."""

from __future__ import annotations

import ctypes
import functools


@functools.cache
def _trim():
    """glibc's ``malloc_trim``, or None where the C library is another. Looked up among the
    symbols this process has loaded, not with ``ctypes.util.find_library``, which starts a
    process (a fork of a run holding hundreds of MiB shows as a child that large)."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


def give_back() -> None:
    """Return the free pages of the C heap to the system (glibc's ``malloc_trim``).

    Python keeps strings of more than 512 bytes (a page's paragraphs, a unit's text) on the C
    heap; freed between others still held, their pages stay in the process's resident set,
    and the next stage's objects, which Python puts in arenas of its own, do not go there
    (26,000 pairs: 598 → 249 MiB once the pairs are saved). Nothing happens where the C library
    is not glibc."""
    trim = _trim()
    if trim is not None:
        trim(0)
