"""Bilingual terminology: recurring noun phrases paired across aligned units.

``extract_terms(units, src_lang, tgt_lang, options)`` → ``Glossary``;
``write_glossary(glossary, path, fmt)`` with ``fmt`` in ``GLOSSARY_FORMATS``
(tsv, csv, tbx, tbx2008); ``tmtool.pipeline.terms_from_source`` for a corpus
folder, a store or a TMX/XLIFF/PO file. See docs/terms.md.
"""

from __future__ import annotations

from tmtool.terms.export import GLOSSARY_FORMATS, write_glossary
from tmtool.terms.extract import TermOptions, extract_terms, fingerprint, normalise
from tmtool.terms.model import Context, Glossary, TermEntry
from tmtool.terms.russian import nominative

__all__ = ["GLOSSARY_FORMATS", "Context", "Glossary", "TermEntry", "TermOptions", "extract_terms", "fingerprint",
           "nominative", "normalise", "write_glossary"]
