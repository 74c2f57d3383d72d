"""Glossaries straight from a corpus folder, a store or a bilingual file (what ``tmtool terms`` runs)."""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from pathlib import Path

from tmtool.formats import read_units
from tmtool.pipeline import RunOptions, run_corpus
from tmtool.store import Store, is_store
from tmtool.terms.extract import TermOptions, extract_terms
from tmtool.terms.model import Glossary


def terms_from_source(source: str | Path, src_lang: str, tgt_lang: str, options: TermOptions = TermOptions(),
                      run_options: RunOptions | None = None) -> Glossary:
    """The glossary of a corpus folder (run through the pipeline, nothing written), of
    a store (``tmtool run --store``) or of a TMX/XLIFF/PO file.

    A folder's units include those the aligner holds back for review: a wrong unit
    rarely repeats a wrong pairing, and the extra units make recurring terms visible.
    When the glossary is empty, the files the pipeline skipped are named in its
    messages (an empty Russian file, a "Russian" file without Cyrillic).
    """
    source = Path(source)
    if is_store(source):
        with contextlib.closing(Store.open(source, create=False)) as store:
            units = list(store.units(src_lang, tgt_lang, include_unsure=True))
        return extract_terms(units, src_lang, tgt_lang, options)
    if not source.is_dir():
        return extract_terms(read_units(source, src_lang=src_lang, tgt_lang=tgt_lang), src_lang, tgt_lang, options)
    run_options = run_options or RunOptions(src_lang=src_lang, tgt_lang=tgt_lang, formats=(), glossaries=())
    with tempfile.TemporaryDirectory(prefix="tmtool-terms-") as tmp:
        report = run_corpus(source, tmp, run_options)
    glossary = extract_terms(report.units, src_lang, tgt_lang, options)
    if glossary.entries:
        return glossary
    skipped = tuple(f"{Path(s.path).name} skipped: {s.reason}" for s in report.skips)
    return dataclasses.replace(glossary, messages=glossary.messages + skipped)
