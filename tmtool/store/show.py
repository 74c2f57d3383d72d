"""What ``tmtool lookup`` and ``tmtool concordance`` print: a readable table, or records for ``--json``."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from tmtool.model import Unit
from tmtool.store.search import Hit, LookupResult, Match
from tmtool.store.store import StoredBead


def _unit_record(unit: Unit) -> dict:
    p = unit.provenance
    return {"unit_id": unit.unit_id, "release_id": p.release_id, "date": p.date.isoformat() if p.date else None,
            "title": p.title, "src_lang": unit.src_lang, "tgt_lang": unit.tgt_lang, "source": unit.source,
            "target": unit.target, "kind": unit.kind, "bead": unit.bead, "confidence": unit.score,
            "needs_review": unit.needs_review, "src_path": p.src_path, "tgt_path": p.tgt_path}


def match_record(match: Match) -> dict:
    return {"score": match.score, **_unit_record(match.unit)}


def hit_record(hit: Hit) -> dict:
    return {**_unit_record(hit.unit), "spans": [list(span) for span in hit.spans]}


def _heading(unit: Unit, lead: str = "") -> str:
    date = unit.provenance.date.isoformat() if unit.provenance.date else "no date"
    flag = "  (needs review)" if unit.needs_review else ""
    return f"{lead}{unit.unit_id}  {date}{flag}"


def _sides(unit: Unit, source: str) -> list[str]:
    width = max(len(unit.src_lang), len(unit.tgt_lang))
    return [f"    {unit.src_lang:<{width}}  {source}", f"    {unit.tgt_lang:<{width}}  {unit.target}"]


def matches_table(result: LookupResult) -> str:
    """Each match as a heading (score, unit id, date) over its source and its translation; for a
    miss, how near the best candidate came and the ``--min-score`` that would show it."""
    if not result.matches:
        miss = f"No match of {result.min_score:g}% or more"
        if result.best_score is None:
            return f"{miss}: no stored unit has enough words in common with it."
        # Floored, so that the suggested threshold lets the best candidate through.
        return (f"{miss}; the nearest unit scores {result.best_score:g}%: "
                f"try --min-score {math.floor(result.best_score)}.")
    lines = []
    for match in result.matches:
        lines += [_heading(match.unit, f"{match.score:5.1f}%  "), *_sides(match.unit, match.unit.source)]
    return "\n".join(lines)


def bracket(text: str) -> str:
    return f"[{text}]"


def marked(text: str, spans: Sequence[tuple[int, int]], mark: Callable[[str], str] = bracket) -> str:
    """``text`` with each span passed through ``mark`` (brackets by default; the CLI may embolden)."""
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], mark(text[start:end])]
        at = end
    return "".join(out) + text[at:]


def hits_table(hits: Sequence[Hit], phrase: str, mark: Callable[[str], str] = bracket) -> str:
    """Each unit holding the phrase: heading (unit id, date), the source with the phrase marked, the translation."""
    if not hits:
        return f"No unit holds {phrase!r}."
    lines = []
    for hit in hits:
        lines += [_heading(hit.unit), *_sides(hit.unit, marked(hit.unit.source, hit.spans, mark))]
    lines.append(f"{len(hits)} unit{'s' if len(hits) != 1 else ''} hold {phrase!r}.")
    return "\n".join(lines)


def decision_line(bead: StoredBead) -> str:
    """What ``tmtool review --accept/--reject/--clear`` prints for each bead it touched."""
    return f"{bead.bead_id}: {bead.decision or 'no decision'} ({bead.kind}, confidence {bead.score:.2f})"
