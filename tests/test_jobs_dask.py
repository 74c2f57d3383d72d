"""The per-pair work on a Dask cluster survives losing a worker: a worker killed while it holds
tasks, the scheduler gives them to another, and the run's outputs are those of a local run."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import time

import pytest

from paths import CORPUS
from tmtool.errors import TmtoolError
from tmtool import jobs, pipeline
from tmtool.pipeline import RunOptions, run_corpus
from test_exports import normalise

distributed = pytest.importorskip("distributed", reason="Dask is the optional extra tmtool[dask]")

COPIES = 12  # the sample pairs with ids, 12 times under new ids: the per-pair work is several tasks


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies") / "corpus"
    for n in range(COPIES):
        for page in CORPUS.glob("[0-9]*/*.*"):  # the pages named by their release id
            release_id, rest = page.name.split(".", 1)
            (folder / str(n)).mkdir(parents=True, exist_ok=True)
            shutil.copy(page, folder / str(n) / f"{n}{release_id}.{rest}")
    return folder


def _outputs(folder) -> dict[str, object]:
    return {p.name: normalise(p.name, p.read_text("utf-8"), str(folder)) for p in sorted(folder.iterdir())
            if p.suffix != ".db"}


def test_a_worker_killed_mid_run_changes_nothing(corpus, tmp_path, monkeypatch):
    local = run_corpus(corpus, tmp_path / "local", RunOptions(jobs=1))
    assert len(local.pairs) == 11 * COPIES > 2 * jobs.CHUNK
    killed = []

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        pids = client.run(os.getpid)  # worker address → process id

        @contextlib.contextmanager
        def killing_mapper(jobs_, scheduler):
            with jobs.mapper(jobs_, scheduler) as run:
                def run_and_kill(fn, *iterables):
                    results = run(fn, *iterables)  # every task submitted
                    if not killed:
                        victim, holding = _busy_worker(client)
                        os.kill(pids[victim], signal.SIGKILL)
                        killed.append((victim, holding))
                    return results
                yield run_and_kill

        monkeypatch.setattr(pipeline, "mapper", killing_mapper)
        remote = run_corpus(corpus, tmp_path / "remote", RunOptions(scheduler=cluster.scheduler_address))
    assert killed and killed[0][1], "a worker holding tasks was killed"  # (address, its tasks' keys)
    assert remote.aligned == len(local.pairs)
    outputs = _outputs(tmp_path / "remote")
    assert "corpus.tmx" in outputs and outputs == _outputs(tmp_path / "local")


def test_a_task_that_loses_every_worker_is_a_one_line_error(corpus, tmp_path, monkeypatch):
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
            worker_dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        pids = client.run(os.getpid)

        @contextlib.contextmanager
        def killing_mapper(jobs_, scheduler):
            with jobs.mapper(jobs_, scheduler) as run:
                def run_and_kill(fn, *iterables):
                    results = run(fn, *iterables)
                    victim, _ = _busy_worker(client)
                    os.kill(pids[victim], signal.SIGKILL)
                    return results
                yield run_and_kill

        monkeypatch.setattr(pipeline, "mapper", killing_mapper)
        with pytest.raises(TmtoolError) as caught:
            run_corpus(corpus, tmp_path / "out", RunOptions(scheduler=cluster.scheduler_address))
    assert str(caught.value).startswith(f"the Dask cluster at {cluster.scheduler_address} lost every worker that "
                                        "ran task ")
    assert str(caught.value).endswith("; the run stopped before writing its outputs")
    assert not (tmp_path / "out" / "corpus.tmx").exists()


def _busy_worker(client, timeout: float = 10.0) -> tuple[str, list]:
    """A worker that holds at least one task now, and its tasks."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = [(worker, tasks) for worker, tasks in client.processing().items() if tasks]
        if busy:
            return busy[0]
        time.sleep(0.005)
    raise AssertionError("no worker received a task")
