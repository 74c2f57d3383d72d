"""Readers and writers for what ``tmtool align`` consumes and prints.

Bead lines are ``[i, …]:[j, …]<TAB>confidence`` (0-based, ``[]`` for an empty
side); the JSONL form is one object per document, ``{"id", "src", "tgt"}`` in
(optional ``"src_par"``/``"tgt_par"``: paragraph index per sentence) and
``{"id", "beads": [[[i…], [j…], conf], …]}`` out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from tmtool.align.base import AlignDoc
from tmtool.errors import FormatError, InputError
from tmtool.model import Bead


def read_text(path: str | Path) -> str:
    """A UTF-8 file's text; anything else is an ``InputError`` naming the byte offset."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from None


def read_sentences(path: str | Path) -> tuple[str, ...]:
    """One sentence per line; blank lines are kept so indices match line numbers.

    Only LF (or CRLF) ends a line: ``str.splitlines`` would also cut at U+2028
    and other separators that may sit inside a sentence.
    """
    text = read_text(path).replace("\r\n", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(line.strip() for line in lines)


def format_bead(bead: Bead) -> str:
    return f"{list(bead.src)}:{list(bead.tgt)}\t{bead.score:.3f}"


def parse_bead(line: str, where: str = "<beads>") -> Bead:
    """The inverse of ``format_bead``; the confidence is optional (1.0 when absent)."""
    text, _, conf = line.strip().partition("\t")
    try:
        src, tgt = text.split("]:[")
        return Bead(_indices(json.loads(src + "]")), _indices(json.loads("[" + tgt)), _conf(conf.strip() or 1.0))
    except ValueError:
        raise FormatError(f"{where}: not a bead line '[i, …]:[j, …]<TAB>confidence': {line.strip()!r}") from None


def _indices(values: object) -> tuple[int, ...]:
    if not isinstance(values, list) or not all(type(v) is int and v >= 0 for v in values):
        raise ValueError(values)
    return tuple(values)


def _conf(value: object) -> float:
    conf = float(value)  # type: ignore[arg-type]
    if not 0.0 <= conf <= 1.0:
        raise ValueError(value)
    return conf


def read_beads(path: str | Path) -> list[Bead]:
    return [parse_bead(line, f"{path}:{n}") for n, line in enumerate(read_text(path).splitlines(), 1) if line.strip()]


def _jsonl(path: str | Path) -> Iterator[tuple[object, str]]:
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            yield json.loads(line), where
        except json.JSONDecodeError as exc:
            raise FormatError(f"{where}: not JSON ({exc.msg})") from None


def read_jsonl_docs(path: str | Path) -> Iterator[AlignDoc]:
    """Documents of a JSONL file, checked enough that a bad line names itself."""
    for obj, where in _jsonl(path):
        yield _doc(obj, where)


def read_jsonl_beads(path: str | Path) -> Iterator[tuple[str, list[Bead]]]:
    """(id, beads) of each line of what ``jsonl_line`` writes."""
    for obj, where in _jsonl(path):
        try:
            beads = [Bead(_indices(b[0]), _indices(b[1]), _conf(b[2] if len(b) > 2 else 1.0)) for b in obj["beads"]]
        except (KeyError, TypeError, IndexError, ValueError):
            raise FormatError(f"{where}: expected {{\"id\", \"beads\": [[[i…], [j…], conf], …]}}") from None
        yield str(obj.get("id", where)), beads


def _doc(obj: object, where: str) -> AlignDoc:
    if not isinstance(obj, dict):
        raise FormatError(f"{where}: expected an object with id, src, tgt")
    sides = {}
    for key in ("src", "tgt"):
        value = obj.get(key)
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise FormatError(f"{where}: {key!r} must be a list of strings")
        sides[key] = tuple(value)
        par = obj.get(f"{key}_par")
        if par is not None and (
            not isinstance(par, list) or len(par) != len(value) or not all(isinstance(p, int) for p in par)
        ):
            raise FormatError(f"{where}: {key + '_par'!r} must hold one paragraph index per sentence")
        sides[f"{key}_par"] = tuple(par) if par is not None else None
    return AlignDoc(doc_id=str(obj.get("id", where)), **sides)


def jsonl_line(doc_id: str, beads: Iterable[Bead]) -> str:
    return json.dumps(
        {"id": doc_id, "beads": [[list(b.src), list(b.tgt), round(b.score, 3)] for b in beads]},
        ensure_ascii=False,
    )
