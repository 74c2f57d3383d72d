"""Translation-memory formats: one class per format behind one base and a registry.

Export: ``export_units(units, path, fmt, header)`` (``fmt`` in ``FORMATS``: tmx, xliff,
xliff2, po). Import: ``read_units(path)`` detects TMX, XLIFF 1.2/2.0 and PO, and hands
anything else to translate-toolkit.
"""

from __future__ import annotations

from tmtool.formats import po as _po  # noqa: F401  (each module registers its format)
from tmtool.formats import tmx as _tmx  # noqa: F401
from tmtool.formats import toolkit as _toolkit  # noqa: F401
from tmtool.formats import xliff2 as _xliff2  # noqa: F401
from tmtool.formats import xliff12 as _xliff12  # noqa: F401
from tmtool.formats.base import FORMATS, ExportHeader, Exporter, ExportStats, export_units, get_exporter
from tmtool.formats.cat import CAT_PRESETS, cat_rules, fit_units, item_texts, srx_split
from tmtool.formats.read import READERS, read_units

__all__ = ["CAT_PRESETS", "FORMATS", "READERS", "ExportHeader", "ExportStats", "Exporter", "cat_rules", "export_units",
           "fit_units", "get_exporter", "item_texts", "read_units", "srx_split"]
