"""Where the per-pair work runs: in this process, on a pool of local processes, or on a Dask cluster.

The stages that do work per release or per unit (reading files, segmenting releases,
aligning documents, finding term candidates) take a ``Mapper``: a function like the builtin ``map`` whose
results come back in the order of the items. ``mapper`` gives one for ``--jobs`` and
``--scheduler``; ``concurrent.futures`` executors (a process pool here, Dask's
``Client.get_executor()`` on a cluster) share one code path. Results do not depend on
where the work ran: each task is a pure function of its inputs.

What travels to a worker: the task's function (a module-level function of tmtool, so a
worker needs tmtool installed, the same version) and its arguments (texts, releases,
documents, a segmenter, a learned lexicon); what comes back: releases, sentences, beads,
term occurrences.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from tmtool.errors import TmtoolError

T = TypeVar("T")
# Like the builtin ``map``: mapper(fn, items) → results in order; items a collection (Dask maps no iterator).
Mapper = Callable[..., Iterator]
Progress = Callable[[str, int, int], None]  # (stage, items done, items in all), as a stage goes

#: How long to try to reach a Dask scheduler before giving up.
CONNECT_TIMEOUT = "10s"
#: Items per task: enough to make sending a task cheap beside doing it, few enough to share
#: the work out evenly (chosen, not tuned).
CHUNK = 64


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def mapper(jobs: int | None = None, scheduler: str | None = None) -> Iterator[Mapper]:
    """A ``Mapper`` for the block: Dask's executor when ``scheduler`` (an address such as
    ``tcp://host:8786``) is given, else ``jobs`` local processes (default: every core),
    else, for ``jobs == 1``, the builtin ``map`` in this process."""
    if scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise TmtoolError("--scheduler needs Dask: pip install 'tmtool[dask]'") from None
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as e:  # ValueError: not an address
            raise TmtoolError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        try:
            executor = client.get_executor()
            yield lambda fn, *iterables: _lost_is_an_error(executor.map(fn, *iterables), scheduler)
        finally:
            client.close()
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise TmtoolError(f"--jobs must be at least 1, not {jobs}")
    if jobs == 1:
        yield map
        return
    pool = _Pool(jobs)
    try:
        yield pool
    finally:
        pool.let_go()


class _Pool:
    """``jobs`` local processes as a ``Mapper``, started at its first call; ``let_go`` ends them (a
    later call starts them again)."""

    def __init__(self, jobs: int):
        self._jobs = jobs
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, fn: Callable, *iterables: Iterable) -> Iterator:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self._jobs)
        return self._pool.map(fn, *iterables)

    def let_go(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def last_use(run: Mapper) -> Mapper:
    """``run`` for the last stage that needs its workers: once a call's results are all in, the
    local workers end, and what they hold goes back to the system while the stage goes on (a worker
    keeps what the glossary's analysis left it, ~200 MiB at 26,000 pairs, through the glossary's
    serial steps, where the run's memory peaks). Any other mapper (this process's ``map``, Dask's) as
    it is."""
    if not isinstance(run, _Pool):
        return run

    def mapped(fn: Callable, *iterables: Sequence) -> Iterator:
        n = min(map(len, iterables), default=0)
        if not n:
            run.let_go()
            return iter(())
        return _then_let_go(run(fn, *iterables), n, run)

    return mapped


def _then_let_go(results: Iterator, n: int, pool: _Pool) -> Iterator:
    for i, result in enumerate(results, 1):
        if i == n:
            pool.let_go()
        yield result


@contextlib.contextmanager
def beside(fn: Callable[..., object], *args, apart: bool = True) -> Iterator[None]:
    """``fn(*args)`` in a process of its own while the block runs (with ``apart``; else here, first):
    the block's work goes on in this one, and a core the block leaves idle does ``fn``'s. At the
    block's end it is waited for, and what it raised is raised here; a block that raises ends it
    (the process is stopped: ``fn`` should be safe to stop anywhere, as a store's transactions are).
    ``fn`` and ``args`` must pickle (a module-level function)."""
    if not apart:
        fn(*args)
        yield
        return
    # A fresh interpreter given the call on its standard input: not a fork (this process has
    # threads, a pool's), nor multiprocessing's spawn, which imports the caller's main module
    # again (a script that calls run_corpus without a ``__main__`` guard would run twice).
    child = subprocess.Popen([sys.executable, "-c", "from tmtool.jobs import _call_piped; _call_piped()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,  # nothing left to flush
                             env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    with child:
        with contextlib.suppress(BrokenPipeError):  # it ended already: its exit code says why
            child.stdin.write(pickle.dumps((fn, args)))
            child.stdin.close()
        try:
            yield
        except BaseException:
            child.terminate()
            raise
        answer = child.stdout.read()
    raised = pickle.loads(answer) if answer else None
    if raised is not None:
        raise raised
    if child.returncode:
        raise TmtoolError(f"the process that ran {fn.__qualname__} beside the run ended with code {child.returncode}")


def _call_piped() -> None:
    """``beside``'s process: the call read from standard input, and what it raised (None: nothing)
    written to standard output; what the call itself prints goes to standard error."""
    answer = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    fn, args = pickle.loads(sys.stdin.buffer.read())
    try:
        fn(*args)
    except BaseException as e:  # handed to the block's end, whatever it is
        answer.write(pickle.dumps(e))
    else:
        answer.write(pickle.dumps(None))
    answer.close()


def _lost_is_an_error(results: Iterator, scheduler: str) -> Iterator:
    """The results of a Dask map; a task Dask gave up on (it lost every worker that ran it,
    ``distributed.scheduler.allowed-failures`` times) is a one-line error, not a traceback."""
    from distributed import KilledWorker

    try:
        yield from results
    except KilledWorker as e:
        raise TmtoolError(f"the Dask cluster at {scheduler} lost every worker that ran task {e.args[0]}; "
                          "the run stopped before writing its outputs") from None


def batched(items: Iterable[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``items`` cut into tasks' worth (the last may be shorter), each chunk taken from them as it
    is asked for: items that come one at a time are not all held."""
    items = iter(items)
    while chunk := tuple(islice(items, size)):
        yield chunk


#: Tasks handed to a ``Mapper`` at a time by ``map_as_needed``: enough to keep every core of a machine
#: busy while the results of the window before are taken, few enough that what the tasks carry
#: (a few thousand documents) does not grow with the corpus (chosen, not tuned).
WINDOW = 32


def map_as_needed(run: Mapper, fn: Callable[[T], object], tasks: Iterable[T], window: int = WINDOW) -> Iterator:
    """``run(fn, tasks)`` for tasks made as they are needed: a ``Mapper`` (an executor's ``map``)
    takes every task at once, so here it is given ``window`` at a time, the next window as soon as
    the results of one begin to be taken. Results in the order of the tasks."""
    windows = batched(tasks, window)
    given = deque(run(fn, first) for first in islice(windows, 1))
    while given:
        results = given.popleft()
        given.extend(run(fn, following) for following in islice(windows, 1))
        yield from results


def read_ahead(items: Iterable[T], most: int = 0) -> Iterator[T]:
    """``items`` in order, each taken on a thread of its own as soon as it is ready: what makes
    them — a ``Mapper``'s tasks, and what is done between two of its maps, such as an aligner's
    learning between its passes — goes on while the caller works on those it was given. At most
    ``most`` items wait for the caller (0: no bound), so that a slow caller holds back what makes
    them. What ``items`` raises is raised here, after the items before it; a caller that stops
    taking them stops the thread."""
    for burst in read_ahead_bursts(items, most, 1):
        yield from burst


def read_ahead_bursts(items: Iterable[T], most: int = 0, largest: int = 1) -> Iterator[list[T]]:
    """``read_ahead``'s items a burst at a time: each burst is the items that wait for the caller
    when it asks (at most ``largest``; when none waits, the next one, as soon as it is ready), so
    that a caller can do once for several items what it would do for each (``tmtool run`` saves
    the pairs that wait in one transaction) without waiting for items that are not ready."""
    found: queue.Queue = queue.Queue(most)
    stopped = threading.Event()

    def put(what: str, item: object) -> bool:
        while not stopped.is_set():
            with contextlib.suppress(queue.Full):
                found.put((what, item), timeout=0.1)
                return True
        return False

    def read() -> None:
        try:
            for item in items:
                if not put("item", item):
                    return
        except BaseException as e:  # handed to the caller, whatever it is
            put("raised", e)
        else:
            put("end", None)

    threading.Thread(target=read, name="read-ahead", daemon=True).start()
    try:
        last = None  # the end, or what was raised, once a burst before it is given
        while last is None:
            burst: list = []
            what, item = found.get()
            while what == "item":
                burst.append(item)
                if len(burst) == largest:
                    break
                try:
                    what, item = found.get_nowait()
                except queue.Empty:
                    break
            if what != "item":
                last = (what, item)
            if burst:
                yield burst
        if last[0] == "raised":
            raise last[1]
    finally:
        stopped.set()
