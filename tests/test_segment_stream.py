"""``segment_stream``: what ``tmtool segment`` prints, in plain and JSONL mode."""

from __future__ import annotations

import json

import pytest

from tmtool.errors import InputError
from tmtool.segment import get_segmenter, segment_stream


@pytest.fixture(scope="module")
def srx():
    return get_segmenter("srx")


def test_plain_mode_prints_one_sentence_per_line(srx):
    lines = ["Mr Lavrov met Mr. Ayrault. They talked.\n", "\n", "Heading\n"]
    assert list(segment_stream(lines, "en", srx)) == ["Mr Lavrov met Mr. Ayrault.", "They talked.", "Heading"]


def test_jsonl_mode_adds_sentences_and_keeps_other_keys(srx):
    text = "С.В.Лавров прибыл. Переговоры начались."
    line = json.dumps({"id": 7, "text": text, "lang": "ru"}, ensure_ascii=False)
    out = [json.loads(o) for o in segment_stream([line + "\n", "\n"], "ru", srx, jsonl=True)]
    sentences = ["С.В.Лавров прибыл.", "Переговоры начались."]
    expected = {"id": 7, "text": text, "lang": "ru", "sentences": sentences}
    assert out == [expected]
    assert list(out[0]) == ["id", "text", "lang", "sentences"]


def test_jsonl_output_is_not_ascii_escaped(srx):
    (out,) = segment_stream([json.dumps({"text": "«Да». Нет."})], "ru", srx, jsonl=True)
    assert "«Да»." in out


def test_explain_lists_each_decision_before_the_sentences(srx):
    out = list(segment_stream(["Mr. Ayrault came. He left."], "en", srx, explain=True))
    assert out[-2:] == ["Mr. Ayrault came.", "He left."]
    assert any(line.startswith("# keep  @4 English#") for line in out)
    assert any(line.startswith("# break @18 Generic#") for line in out)


def test_explain_in_jsonl_mode(srx):
    (out,) = segment_stream([json.dumps({"text": "One. Two."})], "en", srx, jsonl=True, explain=True)
    record = json.loads(out)
    assert record["sentences"] == ["One.", "Two."]
    assert {"offset": 5, "break": True}.items() <= record["explain"][0].items()


@pytest.mark.parametrize("line", ["not json", "[1, 2]", '{"txt": "a"}', '{"text": 5}'])
def test_bad_jsonl_lines_name_the_source_and_line(srx, line):
    with pytest.raises(InputError, match=r"^in.jsonl: line 2: "):
        list(segment_stream(['{"text": "ok"}', line], "en", srx, jsonl=True, source="in.jsonl"))
