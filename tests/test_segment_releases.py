"""Segmenting many releases on the workers (``tmtool.segment.segment_releases``)."""

from __future__ import annotations

import pickle

from tmtool.jobs import mapper
from tmtool.model import Release, build_paragraphs
from tmtool.segment import get_segmenter, segment_release, segment_releases


def _release(n: int, lang: str) -> Release:
    texts = [f"Paragraph {n}. It has two sentences.", f"Second paragraph of release {n}, one sentence."] \
        if lang == "en-GB" else [f"Абзац {n}. В нём два предложения.", f"Второй абзац выпуска {n}."]
    return Release(f"{n}.{lang}.txt", lang, f"Title {n}", build_paragraphs(texts, str.strip))


def test_the_workers_segment_as_this_process_does_in_order_and_say_how_far_they_are():
    releases = [_release(n, lang) for n in range(70) for lang in ("en-GB", "ru-RU")]  # three tasks of 64
    segmenter = get_segmenter("srx")
    seen = []
    with mapper(2) as run:
        found = list(segment_releases(releases, segmenter, run,
                                      lambda stage, done, total: seen.append((stage, done, total))))
    assert found == [segment_release(r, segmenter) for r in releases]
    assert seen == [("segment", 64, 140), ("segment", 128, 140), ("segment", 140, 140)]


def test_a_sent_segmenter_does_not_carry_its_compiled_rules_and_splits_the_same():
    segmenter = get_segmenter("srx")
    segmenter.split("One. Two.", "en")  # compiles the English rules
    assert "_cache" in segmenter.document.__dict__
    copy = pickle.loads(pickle.dumps(segmenter))
    assert "_cache" not in pickle.loads(pickle.dumps(segmenter.document)).__dict__
    assert copy.split("One. Two.", "en") == segmenter.split("One. Two.", "en")
