"""The SRX engine: rule order, cascade, language maps, errors, offsets and linear time."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tmtool.errors import SegmentationError
from tmtool.segment import get_segmenter
from tmtool.evaluation.segmentation import reproduce_raw_srx
from tmtool.segment.segmenter import DEFAULT_RULES
from tmtool.segment.srx import load_srx

HEADER = '<?xml version="1.0"?>\n<srx xmlns="http://www.lisa.org/srx20" version="2.0">\n'


def write_srx(tmp_path: Path, rules: dict[str, str], maps: list[tuple[str, str]], cascade: str = "yes") -> Path:
    body = "".join(f'<languagerule languagerulename="{n}">{r}</languagerule>\n' for n, r in rules.items())
    mapping = "".join(f'<languagemap languagepattern="{p}" languagerulename="{n}"/>\n' for p, n in maps)
    path = tmp_path / "rules.srx"
    path.write_text(
        f'{HEADER}<header cascade="{cascade}"/>\n<body>\n<languagerules>\n{body}</languagerules>\n'
        f"<maprules>\n{mapping}</maprules>\n</body>\n</srx>\n",
        encoding="utf-8",
    )
    return path


def rule(breaks: bool, before: str, after: str = "") -> str:
    return (
        f'<rule break="{"yes" if breaks else "no"}"><beforebreak>{before}</beforebreak>'
        f"<afterbreak>{after}</afterbreak></rule>\n"
    )


BREAK = rule(True, r"[.!?]\s")
NO_MR = rule(False, r"\bMr\.\s")


def split(path: Path, text: str, lang: str) -> list[str]:
    return [s.text for s in get_segmenter("srx", srx_path=path).split(text, lang)]


def test_first_matching_rule_decides(tmp_path):
    before = write_srx(tmp_path, {"L": NO_MR + BREAK}, [(".*", "L")])
    assert split(before, "Ask Mr. Li. He knows.", "en") == ["Ask Mr. Li.", "He knows."]
    (tmp_path / "rules.srx").unlink()
    after = write_srx(tmp_path, {"L": BREAK + NO_MR}, [(".*", "L")])
    assert split(after, "Ask Mr. Li. He knows.", "en") == ["Ask Mr.", "Li.", "He knows."]


def test_cascade_concatenates_every_matching_map(tmp_path):
    path = write_srx(tmp_path, {"English": NO_MR, "Default": BREAK}, [("en.*", "English"), (".*", "Default")])
    assert split(path, "Ask Mr. Li. He knows.", "en-GB") == ["Ask Mr. Li.", "He knows."]
    assert split(path, "Ask Mr. Li. He knows.", "fr") == ["Ask Mr.", "Li.", "He knows."]


def test_without_cascade_only_the_first_map_counts(tmp_path):
    path = write_srx(tmp_path, {"English": NO_MR, "Default": BREAK}, [("en.*", "English"), (".*", "Default")], "no")
    assert split(path, "Ask Mr. Li. He knows.", "en") == ["Ask Mr. Li. He knows."]


def test_language_patterns_match_the_whole_tag_case_insensitively(tmp_path):
    path = write_srx(tmp_path, {"English": BREAK}, [("EN(-.*)?", "English")])
    assert split(path, "One. Two.", "en-GB") == ["One.", "Two."]
    with pytest.raises(SegmentationError, match="no languagemap matches language 'ena'"):
        split(path, "One. Two.", "ena")


def test_afterbreak_is_checked(tmp_path):
    path = write_srx(tmp_path, {"L": rule(True, r"\.\s", r"\p{Lu}")}, [(".*", "L")])
    assert split(path, "One. two. Three.", "en") == ["One. two.", "Three."]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<srx><body>", "not well-formed XML"),
        ("<notsrx/>", "root element is <notsrx>, not <srx>"),
    ],
)
def test_malformed_files_give_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.srx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SegmentationError, match=message) as error:
        load_srx(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_bad_regex_names_the_rule_and_its_line(tmp_path):
    path = write_srx(tmp_path, {"English": BREAK + rule(False, r"\bMr[.\s")}, [(".*", "English")])
    with pytest.raises(SegmentationError) as error:
        load_srx(path)
    message = str(error.value)
    assert "rule English#2 (line " in message and r"\bMr[.\s" in message and "\n" not in message


def test_map_to_a_missing_languagerule_is_an_error(tmp_path):
    path = write_srx(tmp_path, {"English": BREAK}, [(".*", "Klingon")])
    with pytest.raises(SegmentationError, match="unknown languagerule 'Klingon'"):
        load_srx(path)


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(SegmentationError, match="cannot read"):
        load_srx(tmp_path / "absent.srx")


def test_newline_is_a_hard_break_and_offsets_point_into_the_text():
    text = "  Heading without stop\nFirst one.  Second one. \n\n Last"
    segments = get_segmenter("srx").split(text, "en")
    assert [s.text for s in segments] == ["Heading without stop", "First one.", "Second one.", "Last"]
    assert all(text[s.start:s.end] == s.text for s in segments)


def test_explain_names_the_rule_that_made_or_refused_each_break():
    text = "Mr Lavrov met Mr. Ayrault. They talked."
    decisions = get_segmenter("srx").explain(text, "en")
    by_position = {d.position: d for d in decisions}
    refused = by_position[text.index("Ayrault")]
    made = by_position[text.index("They")]
    assert not refused.breaks and refused.rule.name.startswith("English#")
    assert made.breaks and made.rule.name.startswith("Generic#")


def test_every_shipped_rule_compiles():
    # A run loads tmtool's own rules unchecked (a re-run that segments nothing would pay for it):
    # this is their check, every language's rules compiled.
    load_srx(DEFAULT_RULES, check=True)


def test_signature_names_the_rules_and_their_digest(tmp_path):
    assert get_segmenter("srx").signature().startswith("srx:tmtool:")
    path = write_srx(tmp_path, {"L": BREAK}, [(".*", "L")])
    assert get_segmenter("srx", srx_path=path).signature().startswith("srx:rules.srx:")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_megabyte_without_punctuation_is_one_sentence(lang):
    text = ("word " * 200_000).strip()
    segments = get_segmenter("srx").split(text, lang)
    assert [(s.start, s.end) for s in segments] == [(0, len(text))]


def test_a_megabyte_of_sentences_finishes():
    text = "Mr Lavrov met “Mr. Ayrault” (in Paris). It was No. 5! " * 20_000
    assert len(get_segmenter("srx").split(text, "en")) == 40_000


tokens = st.sampled_from(list("aZ .!?\n\u00a0“”«»()'\"-1Ж.т") + [" Mr. ", " г. ", "...", "1. ", " b) "])


@settings(max_examples=200, deadline=None)
@given(st.lists(tokens, max_size=40).map("".join), st.sampled_from(["en", "ru", "de", "zz"]))
def test_segments_honour_the_segmenter_contract(text, lang):
    segments = get_segmenter("srx").split(text, lang)
    ends = [0] + [s.end for s in segments]
    for segment, previous_end in zip(segments, ends):
        assert text[segment.start:segment.end] == segment.text
        assert segment.text == segment.text.strip() and segment.text
        assert segment.start >= previous_end
        assert "\n" not in segment.text
    covered = "".join(s.text for s in segments)
    assert "".join(text.split()) == "".join(covered.split())


def test_languagetool_rules_reproduce_languagetool_tests(shared):
    document = load_srx(shared / "srx" / "languagetool-segment.srx")
    result = reproduce_raw_srx(document, shared / "benchmarks" / "segmentation")
    assert result.total == 81
    assert result.passed >= 0.95 * result.total, f"{result}: {[case.id for case, _ in result.failures]}"


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("omegat-3.6.0-default.srx", "EN-GB"),
        ("omegat-master-defaultRules.srx", "RU"),
        ("okapi-defaultSegmentation.srx", "en"),
    ],
)
def test_other_shared_srx_files_load_and_segment(shared, name, lang):
    segmenter = get_segmenter("srx", srx_path=shared / "srx" / name)
    assert [s.text for s in segmenter.split("It works. Does it? Yes.", lang)] == ["It works.", "Does it?", "Yes."]
