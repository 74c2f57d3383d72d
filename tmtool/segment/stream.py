"""Line-oriented segmentation for ``tmtool segment``: text or JSON lines in, lines out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from tmtool.errors import InputError
from tmtool.segment.base import Segmenter


def _explained(segmenter: Segmenter, text: str, lang: str) -> list[dict]:
    return [
        {"offset": d.position, "break": d.breaks, "rule": d.rule.name, "line": d.rule.line}
        for d in segmenter.explain(text, lang)
    ]


def _explain_lines(segmenter: Segmenter, text: str, lang: str) -> Iterator[str]:
    for d in segmenter.explain(text, lang):
        verdict = "break" if d.breaks else "keep "
        context = f"{text[max(0, d.position - 25):d.position]}|{text[d.position:d.position + 25]}"
        yield f"# {verdict} @{d.position} {d.rule}: {context!r}"


def segment_stream(
    lines: Iterable[str],
    lang: str,
    segmenter: Segmenter,
    jsonl: bool = False,
    explain: bool = False,
    source: str = "-",
) -> Iterator[str]:
    """Output lines (without newline) for the input ``lines``.

    Plain mode: each input line is a paragraph; one sentence per output line.
    With ``explain`` (needs a segmenter with ``explain()``, as "srx" has), each
    paragraph's sentences are preceded by ``# break|keep @offset rule: 'context'``
    lines. ``jsonl``: each input line is a JSON object with a ``text`` key; the
    output line is that object (other keys kept, in order) plus ``"sentences"``
    (and ``"explain"``: offset/break/rule/line dicts). Blank input lines give no
    output in plain mode and are skipped in JSONL mode; a line that is not a
    JSON object with a string ``text`` raises ``InputError`` naming ``source``
    and the line number.
    """
    for number, line in enumerate(_decoded(lines, source), 1):
        line = line.rstrip("\r\n")
        if not jsonl:
            if explain:
                yield from _explain_lines(segmenter, line, lang)
            for segment in segmenter.split(line, lang):
                yield segment.text
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(source, f"line {number}: not JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(source, f"line {number}: expected a JSON object with a string 'text'")
        record["sentences"] = [s.text for s in segmenter.split(record["text"], lang)]
        if explain:
            record["explain"] = _explained(segmenter, record["text"], lang)
        yield json.dumps(record, ensure_ascii=False)


def _decoded(lines: Iterable[str], source: str) -> Iterator[str]:
    """``lines``, with a file that turns out not to be UTF-8 text an ``InputError`` naming it
    (a file object decodes a block at a time as it is read, so the error comes while
    iterating, and which line holds the bad byte is not known)."""
    iterator = iter(lines)
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not UTF-8 text ({exc.reason})") from None
        yield line
