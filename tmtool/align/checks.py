"""Document-level sanity checks run before aligning: what makes every bead suspect.

The aligner still aligns such documents (a pipeline should not stop on one
bad release) but lowers their confidence, and returns the problems with the
beads (``Aligned.problems``) for the caller to report.
"""

from __future__ import annotations

import functools
import re

from tmtool.align import kernel
from tmtool.align.base import AlignDoc, Problem
from tmtool.text import primary

#: Length ratio (characters or sentences) beyond which one side is not a translation of the other.
MAX_RATIO = 10.0
#: Characters looked at to tell the script of a side: enough to know, cheap on long documents.
_SAMPLE = 2000
#: The characters of each language's script: ranges of code points, first and last.
_SCRIPT = {"ru": ((0x400, 0x4ff),), "en": ((ord("A"), ord("Z")), (ord("a"), ord("z")), (0xc0, 0x24f))}
# Counted with the stdlib engine on whole documents: ``regex`` with \p{…} is much slower here.
_LETTER = re.compile(r"[^\W\d_]+")


@functools.cache
def _script_pattern(ranges: tuple[tuple[int, int], ...]) -> re.Pattern:
    """A pattern of runs of the characters in ``ranges`` (none: one that never matches)."""
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]+" if ranges else "(?!)")


def script_letters(text: str, ranges: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """How many letters ``text`` holds (``_LETTER``), and how many of its characters are in
    ``ranges`` (code points, first and last): counted by the compiled kernel when it is built
    (the same numbers; the two patterns were a twentieth of an alignment's time)."""
    fast = kernel.compiled
    if fast is not None:
        return fast.letters(text, ranges)
    return sum(map(len, _LETTER.findall(text))), sum(map(len, _script_pattern(ranges).findall(text)))


def _script_share(sentences: tuple[str, ...], lang: str) -> float | None:
    script = _SCRIPT.get(primary(lang))
    if script is None:
        return None
    letters, in_script = script_letters(" ".join(sentences)[:_SAMPLE], script)
    return in_script / letters if letters else None


def diagnose(doc: AlignDoc, src_lang: str, tgt_lang: str) -> list[Problem]:
    """Problems of a document that no bead score can see on its own."""
    out: list[Problem] = []
    n, m = len(doc.src), len(doc.tgt)
    if not n or not m:
        if n or m:
            side = "source" if not n else "target"
            out.append(Problem("empty-side", f"{doc.doc_id}: the {side} side has no sentences", 1.0))
        return out
    chars = (sum(map(len, doc.src)) or 1, sum(map(len, doc.tgt)) or 1)
    ratio = max(n / m, m / n, chars[0] / chars[1], chars[1] / chars[0])
    if ratio >= MAX_RATIO:
        out.append(Problem(
            "length-ratio",
            f"{doc.doc_id}: one side is {ratio:.0f}× longer than the other ({n}:{m} sentences); "
            "the alignment is unreliable",
            0.2,
        ))
    same = len(set(doc.src) & set(doc.tgt))
    if same >= max(1, 0.5 * min(n, m)) and sum(len(s) for s in set(doc.src) & set(doc.tgt)) > 20:
        out.append(Problem(
            "identical",
            f"{doc.doc_id}: {same} sentences are identical on both sides (untranslated or wrong language?)",
            0.0,
        ))
    for side, sentences, lang in (("source", doc.src, src_lang), ("target", doc.tgt, tgt_lang)):
        share = _script_share(sentences, lang)
        if share is not None and share < 0.3:
            out.append(Problem(
                "script",
                f"{doc.doc_id}: the {side} side does not look like {lang} "
                f"(only {share:.0%} of its letters are in that script)",
                0.0,
            ))
    return out
