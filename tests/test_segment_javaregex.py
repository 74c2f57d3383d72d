"""Java regex syntax, as SRX files use it, translated for the ``regex`` module."""

from __future__ import annotations

import pytest
import regex
from lxml import etree

from tmtool.segment.javaregex import JavaRegexError, compile_java, translate


@pytest.mark.parametrize(
    ("java", "matches", "rejects"),
    [
        (r"a\sb", "a b", "a\u00a0b"),  # Java's \s is ASCII-only
        (r"a\Sb", "a\u00a0b", "a b"),
        (r"(?U)a\sb", "a\u00a0b", "ab"),  # ...unless (?U) is on
        (r"\w+", "abc_1", "ёж"),
        (r"\d", "7", "٧"),
        (r"a\hb", "a\u00a0b", "a\nb"),
        (r"a\vb", "a\nb", "a b"),
        (r"\Qa.b\E", "a.b", "axb"),
        (r"\x{41}\x42", "AB", "ab"),
        (r"[a-z&&[^aeiou]]", "b", "a"),
        (r"[\s\p{Lu}]", "Ж", "ж"),
        (r"[^\S]", " ", "x"),
        (r"\p{Lu}\p{IsLu}", "ЖЖ", "Жж"),
        (r"\p{Alpha}", "a", "ж"),  # POSIX classes are ASCII in Java
        (r"\p{javaLowerCase}", "ж", "Ж"),
        (r"(a)\1", "aa", "ab"),
        (r"(?<x>a)b", "ab", "b"),
        (r"(?iu)\bmgr\.", "MGR.", "mgr"),
        (r"[|~]", "|", "a"),
        (r"\0101", "A", "a"),
        (r"a\z", "a", "a\n"),
    ],
)
def test_translation_keeps_java_semantics(java, matches, rejects):
    pattern = compile_java(java)
    assert pattern.fullmatch(matches)
    assert not pattern.fullmatch(rejects)


def test_groups_do_not_clash_when_rules_are_combined():
    first, second = translate(r"(a)\1", "r1_"), translate(r"(b)\1", "r2_")
    combined = regex.compile(f"{first}|{second}", regex.V1)
    assert combined.fullmatch("bb")


def test_plain_groups_become_non_capturing():
    assert regex.compile(translate(r"(ab)+c"), regex.V1).groups == 0


@pytest.mark.parametrize("java", [r"[abc", "abc\\"])
def test_untranslatable_pattern_raises(java):
    with pytest.raises(JavaRegexError):
        translate(java)


def test_every_rule_of_the_shared_srx_files_compiles(shared):
    files = sorted((shared / "srx").glob("*.srx"))
    assert files
    for path in files:
        for element in etree.parse(str(path)).iter("{*}beforebreak", "{*}afterbreak"):
            if element.text:
                compile_java(element.text)
