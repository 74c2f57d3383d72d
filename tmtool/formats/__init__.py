"""Translation-memory formats: one class per format behind one base and a registry."""

from __future__ import annotations

from tmtool.formats.base import FORMATS, ExportHeader, Exporter, get_exporter
from tmtool.formats import tmx as _tmx  # noqa: F401  (registers "tmx")

__all__ = ["FORMATS", "ExportHeader", "Exporter", "get_exporter"]
