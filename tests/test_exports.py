"""`exports/` must be what `tmtool run corpora -o exports` writes today.

Dates, versions, the output folder's path and whether a pair was aligned now or
reused from the store are history, not content: they are normalised away.
"""

from __future__ import annotations

import json

import pytest
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
_RUN_HISTORY = ("status", "aligned", "reused", "created", "unchanged")


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


@pytest.fixture(scope="module")
def dask_scheduler():
    """The address of a Dask cluster of two worker processes on this machine."""
    distributed = pytest.importorskip("distributed", reason="Dask is the optional extra tmtool[dask]")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("where", ["", "--jobs 1", "dask"], ids=["every core", "one process", "dask"])
def test_exports_are_regenerated_from_the_corpus(tmp_path, where, request):
    # The per-pair work may run anywhere (tmtool.jobs): the outputs are the same.
    options = ["--scheduler", request.getfixturevalue("dask_scheduler")] if where == "dask" else where.split()
    result = CliRunner().invoke(cli, ["run", str(CORPUS), "-o", str(tmp_path), "--quiet", *options])
    assert result.exit_code == 0, result.output
    fresh = sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".db")
    shipped = sorted(p.name for p in EXPORTS.iterdir() if p.suffix != ".db" and not p.name.startswith("."))
    assert shipped == fresh, "exports/ is out of date: run `tmtool run corpora -o exports`"
    for name in fresh:
        assert normalise(name, (EXPORTS / name).read_text("utf-8"), "exports") == normalise(
            name, (tmp_path / name).read_text("utf-8"), str(tmp_path)
        ), f"exports/{name} is out of date: run `tmtool run corpora -o exports`"
