"""Score a segmenter on the peer test suites (JSON files of ``{"text", "expected"}`` cases).

A case passes when ``[s.strip() for s in output if s.strip()] == expected``.
pySBD's own golden files are not counted: pragmatic_segmenter's suite contains them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

EXCLUDED = ("pysbd_golden_",)


@dataclass(frozen=True, slots=True)
class Case:
    suite: str
    id: str
    text: str
    expected: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Score:
    passed: int
    total: int
    failures: tuple[tuple[Case, tuple[str, ...]], ...]

    def __str__(self) -> str:
        return f"{self.passed}/{self.total} ({100 * self.passed / self.total:.1f} %)" if self.total else "—"


def load_cases(folder: str | Path, lang: str) -> list[Case]:
    """All counted cases for ``lang`` (files ``*_{lang}.json`` in ``folder``), in a fixed order."""
    cases: list[Case] = []
    for path in sorted(Path(folder).glob(f"*_{lang}.json")):
        if path.name.startswith(EXCLUDED):
            continue
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append(Case(path.stem, case["id"], case["text"], tuple(case["expected"])))
    return cases


def normalise(output: Iterable[str]) -> tuple[str, ...]:
    return tuple(s.strip() for s in output if s.strip())


def score(split: Callable[[str], Iterable[str]], cases: Iterable[Case]) -> Score:
    """Run ``split`` (text → sentences) on every case."""
    passed, total, failures = 0, 0, []
    for case in cases:
        total += 1
        got = normalise(split(case.text))
        if got == case.expected:
            passed += 1
        else:
            failures.append((case, got))
    return Score(passed, total, tuple(failures))


def reproduce_raw_srx(document, folder: str | Path, langs: Iterable[str] = ("en", "ru")) -> Score:
    """LanguageTool's own test cases (``languagetool_{lang}.json``) against an SRX document.

    A case passes when the raw segments (whitespace kept, no newline handling)
    equal ``expected_raw_srx``; the language tag is ``lang + mode`` (``en_one``).
    """
    passed, total, failures = 0, 0, []
    for lang in langs:
        data = json.loads((Path(folder) / f"languagetool_{lang}.json").read_text(encoding="utf-8"))
        for raw in data["cases"]:
            text = raw["text"]
            cuts = [0, *document.ruleset(lang + raw["mode"]).breaks(text), len(text)]
            got = tuple(text[a:b] for a, b in zip(cuts, cuts[1:]))
            total += 1
            if list(got) == raw["expected_raw_srx"]:
                passed += 1
            else:
                failures.append((Case(f"languagetool_{lang}", raw["id"], text, tuple(raw["expected_raw_srx"])), got))
    return Score(passed, total, tuple(failures))
