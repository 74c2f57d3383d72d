"""Sentence segmentation: named segmenters behind one interface.

``get_segmenter(name)`` returns a ``Segmenter``; ``split(text, lang)`` returns the
sentences of one paragraph with offsets into it (``segment_text(text, lang)``: both in
one call). A newline inside ``text`` is a hard boundary for every segmenter. "srx" is
the SRX 2.0 engine with tmtool's own rules (``get_segmenter("srx", srx_path=...)`` for
a user file); "baseline" is a deliberately simple splitter kept for comparison.
``segment_release(release, segmenter)`` is the stage's entry point: a release's body,
sentence by sentence; ``segment_releases`` does it for many, on ``tmtool.jobs``'s workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from tmtool.jobs import Mapper, Progress, batched, map_as_needed
from tmtool.model import Release, Segment
from tmtool.segment.base import SEGMENTERS, Segmenter, get_segmenter
from tmtool.segment import baseline as _baseline  # noqa: F401  (registers "baseline")
from tmtool.segment.segmenter import DEFAULT_RULES, SrxSegmenter
from tmtool.segment.stream import segment_stream

__all__ = ["DEFAULT_RULES", "SEGMENTERS", "Segmenter", "SrxSegmenter", "get_segmenter", "segment_release",
           "segment_releases", "segment_stream", "segment_text"]


def segment_text(text: str, lang: str, segmenter: str = "srx") -> list[Segment]:
    """The sentences of ``text`` (language ``lang``, a BCP 47 tag), with their offsets in it:
    ``text[s.start:s.end] == s.text``. A line break always ends a sentence. ``segmenter`` is
    a name in ``SEGMENTERS``; for rules of your own, ``get_segmenter("srx", srx_path=...)``."""
    return get_segmenter(segmenter).split(text, lang)


def segment_release(release: Release, segmenter: Segmenter) -> list[Segment]:
    """Sentences of the body, paragraph by paragraph (a paragraph boundary is always a break)."""
    out = []
    for para in release.paragraphs:
        for seg in segmenter.split(para.text, release.lang):
            out.append(Segment(seg.text, seg.start, seg.end, para.index))
    return out


def segment_releases(releases: Iterable[Release], segmenter: Segmenter, run: Mapper = map,
                     progress: Progress | None = None, total: int | None = None) -> Iterator[list[Segment]]:
    """``segment_release`` of each release, in order, a task per chunk of releases done by
    ``run`` (``tmtool.jobs``: here or on other processes). The releases are taken and their
    sentences come as they are needed, a few tasks ahead of the caller
    (``tmtool.jobs.map_as_needed``): a caller that takes each release's as it needs them never
    holds an archive's sentences at once. ``total``: how many releases ``progress`` is told
    there are (default: ``len(releases)``)."""
    total = len(releases) if total is None else total
    done = 0
    for found in map_as_needed(run, _segment_chunk, ((segmenter, chunk) for chunk in batched(releases))):
        done += len(found)
        if progress:
            progress("segment", done, total)
        yield from found


def _segment_chunk(task: tuple[Segmenter, Sequence[Release]]) -> list[list[Segment]]:
    """Some releases segmented (a task: module-level, so it can be sent)."""
    segmenter, releases = task
    return [segment_release(release, segmenter) for release in releases]
