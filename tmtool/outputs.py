"""Outputs a run leaves as they are: one whose content would be what its files already hold.

A run knows that without writing anything: for each output it writes, the store records the
fingerprint of what it was written from (tmtool's code, the run's signature and options, the
revision of the stored pairs or the glossary) and the size and modification time of each of
its files. An output whose fingerprint is the one recorded, and whose files are all there as
they were written, is kept; one deleted or changed since is written again. Dates inside a kept
file stay those of the run that wrote it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tmtool.stamps import Stamp, code_digest, stamp
from tmtool.store import OutputRecord, Store

#: Libraries whose answers are in the outputs: lxml serialises the XML formats, polib the PO.
_DISTS = ("lxml", "polib", "regex")


def fingerprint(*parts: str) -> str:
    """The fingerprint of an output written from ``parts`` (what it is, and the fingerprints
    of what it is written from) by this tmtool: every file of the package counts."""
    return hashlib.sha256("\0".join((code_digest(dists=_DISTS), *parts)).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Output:
    """An output of a run: what the run report says of it (``facts``), and whether it was
    ``kept`` as an earlier run wrote it."""

    facts: dict
    kept: bool


def write_output(store: Store, path: str | Path, fingerprint: str,
                 write: Callable[[], tuple[Sequence[Path], dict]]) -> Output:
    """The output at ``path``, kept if the store recorded it with this ``fingerprint`` and its
    files are as written; else ``write()`` writes it (returning every file it wrote and the
    facts the report gives) and the store records it."""
    where = str(Path(path).resolve())
    record = store.output(where)
    if record and record.fingerprint == fingerprint and all(
            stamp(file) == Stamp(size, mtime_ns) for file, size, mtime_ns in record.files):
        return Output(record.facts, kept=True)
    files, facts = write()
    stamps = [(str(Path(file).resolve()), stamp(file)) for file in files]
    store.save_output(OutputRecord(where, fingerprint, tuple((f, s.size, s.mtime_ns) for f, s in stamps if s), facts))
    return Output(facts, kept=False)
