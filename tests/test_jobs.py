"""Where the per-pair work runs (tmtool.jobs): what the stages share."""

import threading

import pytest

from tmtool.jobs import read_ahead


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
