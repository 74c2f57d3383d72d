"""tmtool: turn bilingual press-release collections into translation memories and glossaries.

The library face (docs/library.md): ``align_sentences`` and ``segment_text`` for a program's
own sentences and texts, ``run`` for the whole job on a folder of pages, ``read_units`` /
``export_units`` for translation-memory files, ``extract_terms`` / ``terms_from_source`` /
``write_glossary`` for glossaries, ``Store`` / ``lookup`` / ``concordance`` for a run's
translation memory. Every error a user can cause is a ``TmtoolError``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any

    from tmtool.report import RunReport

__version__ = "0.1.0"

# Where each name of the face lives. Each is imported when first used (PEP 562), so that
# `import tmtool` stays cheap: no lxml, no aligner, no pipeline until a name needs them.
# The face is tmtool's second front end, beside the CLI: the only other module that imports
# the pipeline, which sequences the stages and is no stage's business.
_FACE = {
    "align_sentences": "tmtool.align.commands",
    "AlignedPair": "tmtool.align.base",
    "segment_text": "tmtool.segment",
    "Segment": "tmtool.model",
    "Unit": "tmtool.model",
    "RunOptions": "tmtool.pipeline",
    "RunReport": "tmtool.report",
    "read_units": "tmtool.formats",
    "export_units": "tmtool.formats",
    "ExportHeader": "tmtool.formats",
    "extract_terms": "tmtool.terms",
    "terms_from_source": "tmtool.pipeline",
    "TermOptions": "tmtool.terms",
    "Glossary": "tmtool.terms",
    "write_glossary": "tmtool.terms",
    "Store": "tmtool.store",
    "lookup": "tmtool.store",
    "concordance": "tmtool.store",
    "TmtoolError": "tmtool.errors",
}

__all__ = ["run", *_FACE]


def __getattr__(name: str) -> Any:
    if name not in _FACE:
        raise AttributeError(f"module 'tmtool' has no attribute {name!r}")
    value = getattr(importlib.import_module(_FACE[name]), name)
    globals()[name] = value  # found once: later uses do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_FACE})


def run(corpus: str | Path, out: str | Path, *, store: str | Path | None = None,
        progress: Callable[[str, int, int], None] | None = None, **options: Any) -> RunReport:
    """The whole job on the folder of release pages ``corpus``, as ``tmtool run`` does it:
    ingest, pair, segment, align, update the store, write the exports, the glossary, the
    review page and the report into the folder ``out``; returns the ``RunReport``.

    ``options`` are the fields of ``RunOptions`` (``src_lang="ru-RU"``,
    ``formats=["tmx", "xliff"]``, ``glossaries=[]``…); an unknown one is a ``TypeError``
    that lists them, a bad value (an unknown format) a ``TmtoolError``. ``store``: the
    translation memory to update (default ``out/tmtool.db``); ``progress(stage, done,
    total)`` is called as the work goes.
    """
    import dataclasses

    from tmtool.pipeline import RunOptions, run_corpus  # here, not above: `import tmtool` stays cheap

    known = [f.name for f in dataclasses.fields(RunOptions)]
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise TypeError(f"run() got unknown option(s) {', '.join(unknown)}; the options are {', '.join(known)}")
    for name in ("formats", "glossaries"):
        if name in options:
            if isinstance(options[name], str):  # its letters would be taken for names
                raise TypeError(f"{name} is a list of names, e.g. {name}=[{options[name]!r}]")
            options[name] = tuple(options[name])
    return run_corpus(corpus, out, RunOptions(**options), progress, store)
