"""Where the per-pair work runs (tmtool.jobs): what the stages share."""

import multiprocessing
import os
import threading
import time

import pytest

from tmtool.errors import TmtoolError
from tmtool.jobs import batched, beside, last_use, map_as_needed, mapper, read_ahead, read_ahead_bursts


def test_read_ahead_gives_the_items_in_order_taken_while_the_caller_works():
    """tmtool run saves each aligned pair while a thread takes the aligner's next answers."""
    taken = threading.Semaphore(0)

    def items():
        for n in range(3):
            yield n
            taken.release()

    given = []
    for n in read_ahead(items()):
        if n == 0:  # the other items are taken before the caller asks for them
            assert taken.acquire(timeout=10) and taken.acquire(timeout=10)
        given.append(n)
    assert given == [0, 1, 2]


def test_read_ahead_raises_what_the_items_raise_after_those_before():
    def items():
        yield 1
        raise ValueError("broken")

    given = []
    with pytest.raises(ValueError, match="broken"):
        for n in read_ahead(items()):
            given.append(n)
    assert given == [1]


def test_read_ahead_holds_back_what_makes_the_items_when_the_caller_is_slow():
    made = []

    def items():
        for n in range(10):
            made.append(n)
            yield n

    given = read_ahead(items(), most=2)
    assert next(given) == 0
    deadline = time.monotonic() + 10
    while len(made) < 4 and time.monotonic() < deadline:  # 1 and 2 wait, 3 is being put
        time.sleep(0.01)
    time.sleep(0.2)
    assert made == [0, 1, 2, 3]
    assert list(given) == list(range(1, 10))


def test_a_caller_that_stops_taking_the_items_stops_the_thread():
    def items():
        yield from range(1000)

    given = read_ahead(items(), most=1)
    assert next(given) == 0
    given.close()
    deadline = time.monotonic() + 10
    while any(t.name == "read-ahead" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not any(t.name == "read-ahead" for t in threading.enumerate())


def test_read_ahead_bursts_give_the_items_that_wait_together_and_never_wait_for_more():
    """tmtool run saves the aligned pairs that wait in one transaction, never one that waits for the aligner."""
    ready, go_on = threading.Event(), threading.Event()

    def items():
        yield from range(5)
        ready.set()
        assert go_on.wait(10)
        yield 5
        raise ValueError("broken")

    bursts = read_ahead_bursts(items(), largest=3)
    first = next(bursts)  # as soon as one waits: 0, and those made meanwhile
    assert ready.wait(10)  # 0-4 made, 5 waits for go_on
    after = first[-1] + 1
    assert next(bursts) == list(range(after, min(after + 3, 5)))  # those that wait, at most ``largest``
    given = first + list(range(after, min(after + 3, 5)))
    while given[-1] < 4:
        given += next(bursts)
    assert given == [0, 1, 2, 3, 4]  # never waiting for 5, still being made
    go_on.set()
    assert next(bursts) == [5]
    with pytest.raises(ValueError, match="broken"):  # what the items raise, after the items before it
        next(bursts)


def _write_pid(path, then=None):
    if then:
        time.sleep(then)
    path.write_text(str(os.getpid()))


def _fail():
    raise TmtoolError("tm.db: cannot write the store: disk full")


def _die():
    os._exit(3)


def test_beside_runs_in_a_process_of_its_own_while_the_block_runs(tmp_path):
    """tmtool run indexes the saved units in a process of its own while it writes its outputs."""
    with beside(_write_pid, tmp_path / "pid"):
        pass
    assert int((tmp_path / "pid").read_text()) != os.getpid()  # waited for at the block's end
    with beside(_write_pid, tmp_path / "here", apart=False):
        assert int((tmp_path / "here").read_text()) == os.getpid()  # a small job: here, first


def test_a_script_without_a_main_guard_runs_once(tmp_path):
    """A library user's script that calls run_corpus at its top level: the process beside the run
    does not import it again (multiprocessing's spawn would, and run it twice)."""
    import subprocess
    import sys

    script = tmp_path / "script.py"
    script.write_text("from tmtool.jobs import beside\nprint('the script')\n"
                      "with beside(print, 'beside'):\n    pass\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "the script\n", "beside\n")


def test_what_runs_beside_raises_at_the_end_of_the_block_and_a_block_that_raises_stops_it(tmp_path):
    with pytest.raises(TmtoolError, match="disk full"):
        with beside(_fail):
            pass
    with pytest.raises(TmtoolError, match="_die beside the run ended with code 3"):
        with beside(_die):
            pass
    started = time.monotonic()
    with pytest.raises(ValueError, match="export failed"):
        with beside(_write_pid, tmp_path / "late", 30):
            raise ValueError("export failed")
    assert time.monotonic() - started < 20 and not (tmp_path / "late").exists()  # stopped, not waited for


def test_map_as_needed_gives_the_mapper_a_window_of_tasks_at_a_time_taken_as_needed():
    taken, given = [], []

    def tasks():
        for n in range(10):
            taken.append(n)
            yield n

    def run(fn, items):
        given.append(list(items))
        return map(fn, given[-1])

    results = map_as_needed(run, lambda n: n * n, tasks(), window=3)
    assert next(results) == 0
    assert given == [[0, 1, 2], [3, 4, 5]] and taken == [0, 1, 2, 3, 4, 5]  # the next window while this one is taken
    assert list(results) == [n * n for n in range(1, 10)]
    assert given == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]


def test_batched_cuts_items_that_come_one_at_a_time_into_chunks():
    assert list(batched(iter(range(7)), 3)) == [(0, 1, 2), (3, 4, 5), (6,)]
    assert list(batched(iter(()), 3)) == []


def test_the_last_use_of_a_pool_ends_its_workers_once_the_results_are_in():
    """The glossary's analysis is a run's last work for its workers: they end before its serial steps."""
    with mapper(2) as run:
        assert list(run(abs, [-1, -2])) == [1, 2] and multiprocessing.active_children()
        results = last_use(run)(abs, [-3, -4, -5])
        assert next(results) == 3 and multiprocessing.active_children()  # two results to come
        assert list(results) == [4, 5] and not multiprocessing.active_children()
        assert list(run(abs, [-6])) == [6] and multiprocessing.active_children()  # started again if asked
        assert list(last_use(run)(abs, [])) == [] and not multiprocessing.active_children()
    assert last_use(map) is map  # this process's map: nothing to end
