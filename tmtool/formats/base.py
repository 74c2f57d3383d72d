"""The exporter interface and registry."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tmtool import __version__
from tmtool.atomic import atomic_output
from tmtool.model import Unit
from tmtool.registry import Registry

FORMATS: Registry[type[Exporter]] = Registry("format")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class ExportHeader:
    """What every export states about itself."""

    src_lang: str
    tgt_lang: str
    signature: str = ""
    created: dt.datetime = field(default_factory=_now)
    tool_version: str = __version__


@dataclass(slots=True)
class ExportStats:
    units: int = 0


class Exporter(ABC):
    """Writes units to one file format. Subclasses implement ``write_stream``."""

    name: str = ""
    extension: str = ""

    def write(self, units: Iterable[Unit], path: str | Path, header: ExportHeader) -> ExportStats:
        """Write all units to ``path`` atomically (the file appears only when complete)."""
        with atomic_output(path) as fh:
            return self.write_stream(units, fh, header)

    @abstractmethod
    def write_stream(self, units: Iterable[Unit], fh: BinaryIO, header: ExportHeader) -> ExportStats:
        """Write all units to an open binary file."""


def get_exporter(name: str) -> Exporter:
    return FORMATS.get(name)()
