"""`exports/` must be what `tmtool run corpora -o exports` writes today.

Dates, versions, the output folder's path and whether a pair was aligned now or
reused from the store are history, not content: they are normalised away.
"""

from __future__ import annotations

import json

import regex
from click.testing import CliRunner

from paths import CORPUS, REPO
from tmtool import __version__
from tmtool.cli import cli

EXPORTS = REPO / "exports"
_VOLATILE = (
    (regex.compile(r'(creationdate|changedate)="\d{8}T\d{6}Z"'), r'\1="DATE"'),
    (regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:?\d\d|Z)"), "DATETIME"),
)
_RUN_HISTORY = ("status", "aligned", "reused", "created")


def _without_history(data):
    if isinstance(data, dict):
        return {k: _without_history(v) for k, v in data.items() if k not in _RUN_HISTORY}
    if isinstance(data, list):
        return [_without_history(v) for v in data]
    return data


def normalise(name: str, text: str, out_dir: str) -> object:
    text = text.replace(f"{out_dir}/", "OUT/").replace(__version__, "VERSION")
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return _without_history(json.loads(text)) if name.endswith(".json") else text


def test_exports_are_regenerated_from_the_corpus(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(CORPUS), "-o", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    fresh = sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".db")
    shipped = sorted(p.name for p in EXPORTS.iterdir() if p.suffix != ".db" and not p.name.startswith("."))
    assert shipped == fresh, "exports/ is out of date: run `tmtool run corpora -o exports`"
    for name in fresh:
        assert normalise(name, (EXPORTS / name).read_text("utf-8"), "exports") == normalise(
            name, (tmp_path / name).read_text("utf-8"), str(tmp_path)
        ), f"exports/{name} is out of date: run `tmtool run corpora -o exports`"
