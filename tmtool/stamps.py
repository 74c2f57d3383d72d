"""What says that something has not changed since a run read or wrote it: a file's stamp, and
the digest of tmtool's own code (a result kept between runs is only as good as the code that
made it, so what keeps it names that code)."""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from tmtool import __version__

PACKAGE = Path(__file__).resolve().parent
#: The files of tmtool that decide what it computes: its code and the data it reads.
_SUFFIXES = (".py", ".c", ".json", ".srx", ".tsv", ".txt")


@dataclass(frozen=True, slots=True)
class Stamp:
    """What says a file has not changed: its size and modification time (ns). A file rewritten
    in place with the same size and time is taken for unchanged, as every build tool takes it
    (docs/scale.md)."""

    size: int
    mtime_ns: int


def stamp(path: str | Path) -> Stamp | None:
    """The file's stamp, or None when there is none to have (no file, a link to nothing)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Stamp(st.st_size, st.st_mtime_ns)


@functools.cache
def code_digest(parts: tuple[str, ...] = (".",), dists: tuple[str, ...] = ()) -> str:
    """A digest of tmtool's version and of the files ``parts`` name (paths inside the package;
    a folder stands for every file under it), of the versions of the distributions ``dists``,
    and of Python's Unicode data (NFC and every character class follow it)."""
    digest = hashlib.sha256(f"tmtool {__version__}\0unicode {unicodedata.unidata_version}\0"
                            f"python {sys.version_info[0]}.{sys.version_info[1]}\0".encode())
    for part in parts:
        root = PACKAGE / part
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and path.suffix in _SUFFIXES:
                digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    for dist in dists:
        try:
            digest.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}=absent\0".encode())
    return digest.hexdigest()
