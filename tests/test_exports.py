"""`exports/` must be what `tmtool run corpora -o exports` writes today (dates and versions aside)."""

from __future__ import annotations

import regex
from click.testing import CliRunner

from paths import CORPUS, REPO
from tmtool import __version__
from tmtool.cli import cli

EXPORTS = REPO / "exports"
_DATES = (
    (regex.compile(r'(creationdate|changedate|date)="\d{8}T\d{6}Z"'), r'\1="DATE"'),
    (regex.compile(r'"created": "[^"]*"'), '"created": "DATE"'),
    (regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:?\d\d|Z)"), "DATETIME"),
)


def normalise(text: str) -> str:
    for pattern, replacement in _DATES:
        text = pattern.sub(replacement, text)
    return text.replace(__version__, "VERSION")


def test_exports_are_regenerated_from_the_corpus(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(CORPUS), "-o", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    fresh = sorted(p.name for p in tmp_path.iterdir())
    shipped = sorted(p.name for p in EXPORTS.iterdir() if not p.name.startswith("."))
    assert shipped == fresh, "exports/ is out of date: run `tmtool run corpora -o exports`"
    for name in fresh:
        assert normalise((EXPORTS / name).read_text("utf-8")) == normalise((tmp_path / name).read_text("utf-8")), (
            f"exports/{name} is out of date: run `tmtool run corpora -o exports`")
