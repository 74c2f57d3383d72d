"""The compiled inner loops of the aligner, behind one switch.

``tmtool/align/_fast.c`` computes what its Python references compute — the banded
DP with its bead costs (``tmtool.align.score.bead_path``), the costs of the beads of a
finished path that its confidence reads (``tmtool.align.score.bead_costs``), the co-occurrence
count of the learned lexicon (``tmtool.align.learn``), the words of a text and the consonant
skeleton of a word (``tmtool.align.features``), the letters of a text (``tmtool.align.checks``),
how much cheaper two link beads get with a clause moved between them
(``tmtool.align.confidence.Evidence.recut``) and what a link bead's confidence reads from its keys
(``tmtool.align.confidence.Evidence._key_parts``) — with the same formulas, the same order of
floating-point operations and the same ties; ``tests/test_align_kernel.py`` checks
that with hypothesis. This module is the only one that imports it.

``compiled`` is the extension module, or ``None`` when it is not built (no C
compiler at install) or switched off: ``TMTOOL_KERNEL=off`` in the environment
(CI runs the alignment tests once so), or ``use_kernel(False)`` around a call.
The answers are the same either way; only the speed differs.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from types import ModuleType


def _load() -> ModuleType | None:
    if os.environ.get("TMTOOL_KERNEL", "on").strip().lower() in ("off", "0", "no", "false"):
        return None
    try:
        from tmtool.align import _fast
    except ImportError:  # pragma: no cover - a build without a C compiler
        return None
    return _fast


built: ModuleType | None = _load()
compiled: ModuleType | None = built


@contextlib.contextmanager
def use_kernel(on: bool) -> Iterator[None]:
    """Run the block with the compiled loops on (when built) or off."""
    global compiled
    saved = compiled
    compiled = built if on else None
    try:
        yield
    finally:
        compiled = saved
