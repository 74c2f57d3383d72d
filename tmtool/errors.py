"""The one exception tree of tmtool.

Every error a user can cause (bad input, bad option, bad rule file) is a
``TmtoolError``; the CLI turns it into a one-line message. Anything else that
escapes is a bug.
"""

from __future__ import annotations

from pathlib import Path


class TmtoolError(Exception):
    """Base of every error tmtool raises on purpose."""


class InputError(TmtoolError):
    """A file that cannot be read as a release (encoding, emptiness, layout, language)."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class SegmentationError(TmtoolError):
    """A segmentation rule set that cannot be loaded or applied."""


class AlignmentError(TmtoolError):
    """Input an aligner cannot work with."""


class FormatError(TmtoolError):
    """An export or import that cannot be written or parsed."""


class UnknownNameError(TmtoolError):
    """A name looked up in a registry (reader, segmenter, aligner, format) that does not exist."""


class StoreError(TmtoolError):
    """A store that cannot be opened or written as asked (not a store, newer schema, unknown bead id)."""
