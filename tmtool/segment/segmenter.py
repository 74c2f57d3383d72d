"""The "srx" segmenter: an SRX rule file (tmtool's own by default) applied line by line."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tmtool.model import Segment
from tmtool.segment.base import SEGMENTERS, Segmenter
from tmtool.segment.srx import Decision, SrxDocument, load_srx

DEFAULT_RULES = Path(__file__).parent / "data" / "tmtool.srx"


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int, size: int) -> SrxDocument:
    return load_srx(path, check=Path(path) != DEFAULT_RULES)


#: The documents a process has been sent, by digest: a worker is sent the segmenter with
#: every task, and reuses the rules it compiled for the first (~0.1 s per language).
_SENT: dict[str, SrxDocument] = {}


def _document(path: Path) -> SrxDocument:
    """The parsed file, reused while it is unchanged (compiling rules costs ~0.1 s per language)."""
    try:
        stat = path.stat()
    except OSError:
        return load_srx(path)  # raises the one-line error
    return _cached(str(path), stat.st_mtime_ns, stat.st_size)


def _lines(text: str):
    """(start, line) for each line; a newline is a hard boundary."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _trimmed(piece: str, offset: int) -> Segment | None:
    stripped = piece.strip()
    if not stripped:
        return None
    start = offset + len(piece) - len(piece.lstrip())
    return Segment(stripped, start, start + len(stripped))


@SEGMENTERS.register("srx")
class SrxSegmenter(Segmenter):
    """Segments with an SRX 2.0 file: ``srx_path`` or tmtool's own ``data/tmtool.srx``."""

    name = "srx"

    def __init__(self, srx_path: str | Path | None = None):
        self.path = Path(srx_path) if srx_path else DEFAULT_RULES
        self.document = _document(self.path)

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.document = _SENT.setdefault(self.document.digest, self.document)

    def split(self, text: str, lang: str) -> list[Segment]:
        breaks = self.document.ruleset(lang).breaks
        out: list[Segment] = []
        for start, line in _lines(text):
            cut = 0
            for pos in breaks(line) + [len(line)]:
                seg = _trimmed(line[cut:pos], start + cut)
                if seg is not None:
                    out.append(seg)
                cut = pos
        return out

    def explain(self, text: str, lang: str) -> list[Decision]:
        """Every position some rule matched, with the deciding rule; offsets into ``text``."""
        ruleset = self.document.ruleset(lang)
        return [
            Decision(start + d.position, d.breaks, d.rule)
            for start, line in _lines(text)
            for d in ruleset.explain(line)
        ]

    def signature(self) -> str:
        rules = "tmtool" if self.path == DEFAULT_RULES else self.path.name
        return f"srx:{rules}:{self.document.digest[:12]}"
