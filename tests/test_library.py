"""The library face: ``import tmtool`` and its names, and every example of docs/library.md."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys

import pytest

import tmtool
from pages import write_pair
from paths import CORPUS, REPO

RU = ["Министры обсудили ситуацию в Сирии.", "Стороны договорились продолжить контакты.", "Переговоры прошли в Москве."]
EN = ["The ministers discussed the situation in Syria.", "The talks were held in Moscow."]


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=_env())


def _env() -> dict[str, str]:
    """The environment of an example: this checkout's tmtool, and this interpreter as ``python``."""
    return {**os.environ, "PYTHONPATH": str(REPO),
            "PATH": os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])}


def test_import_tmtool_loads_nothing_else():
    code = ("import sys; before = set(sys.modules); import tmtool; "
            "print(' '.join(sorted(set(sys.modules) - before)))")
    result = _python(code)
    assert result.returncode == 0, result.stderr
    new = set(result.stdout.split())
    # the standard library's own (typing, when the interpreter has not loaded it yet) may come
    # along; no tmtool module and no third-party package may
    assert "tmtool" in new and {m for m in new - {"tmtool"} if m.split(".")[0] not in sys.stdlib_module_names} == set()


@pytest.mark.parametrize("name, not_loaded", [
    ("align_sentences", "lxml tmtool.formats tmtool.pipeline tmtool.segment"),
    ("read_units", "tmtool.align tmtool.pipeline"),
    ("Store", "tmtool.pipeline"),
])
def test_a_name_loads_only_what_it_needs(name, not_loaded):
    code = (f"import sys, tmtool; tmtool.{name}; "
            f"print(' '.join(m for m in {not_loaded.split()!r} if m in sys.modules))")
    result = _python(code)
    assert (result.returncode, result.stdout.strip()) == (0, ""), result.stderr


def test_every_name_of_the_face_is_there():
    for name in tmtool.__all__:
        assert getattr(tmtool, name) is not None, name
    assert set(tmtool.__all__) <= set(dir(tmtool))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        tmtool.nope
    from tmtool import align  # a subpackage is still a subpackage

    assert align.AlignedPair is tmtool.AlignedPair


def test_every_name_of_the_face_says_what_it_is():
    from tmtool.align.anchored import AnchorAligner

    for value in [*(getattr(tmtool, name) for name in tmtool.__all__), AnchorAligner]:
        # A dataclass without a docstring gets its signature as one.
        assert value.__doc__ and not value.__doc__.startswith(f"{value.__name__}("), value


def test_align_sentences_covers_every_sentence_once_in_order():
    pairs = tmtool.align_sentences(RU, EN, "ru", "en")
    assert [(p.src_indices, p.tgt_indices) for p in pairs] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    assert [(p.source, p.target) for p in pairs] == [(RU[0], EN[0]), (RU[1], ""), (RU[2], EN[1])]
    assert all(0 <= p.confidence <= 1 for p in pairs)


def test_needs_review_is_the_confidence_under_the_threshold():
    assert not any(p.needs_review for p in tmtool.align_sentences(RU, EN, "ru", "en", review_threshold=0.0))
    assert all(p.needs_review for p in tmtool.align_sentences(RU, EN, "ru", "en", review_threshold=1.01))


def test_align_sentences_wants_lists_and_known_aligners():
    with pytest.raises(TypeError, match="src is a list of sentences, not one string"):
        tmtool.align_sentences(" ".join(RU), EN, "ru", "en")
    with pytest.raises(tmtool.TmtoolError, match=r"unknown aligner 'nope' \(known: anchors, "):
        tmtool.align_sentences(RU, EN, "ru", "en", aligner="nope")


def test_run_names_the_options_it_knows(tmp_path):
    with pytest.raises(TypeError) as caught:
        tmtool.run(tmp_path, tmp_path / "out", format="tmx")
    assert str(caught.value) == (
        "run() got unknown option(s) format; the options are src_lang, tgt_lang, segmenter, srx, aligner, formats, "
        "glossaries, review_threshold, include_unsure, cat, cat_srx, jobs, scheduler, terms")
    with pytest.raises(TypeError, match=r"formats is a list of names, e\.g\. formats=\['tmx'\]"):
        tmtool.run(tmp_path, tmp_path / "out", formats="tmx")
    assert not (tmp_path / "out").exists()


def test_run_does_what_tmtool_run_does(tmp_path):
    write_pair(tmp_path / "mini")
    report = tmtool.run(tmp_path / "mini", tmp_path / "out", formats=["tmx", "po"], glossaries=[], jobs=1)
    assert isinstance(report, tmtool.RunReport)
    assert sorted(report.outputs) == ["po", "report", "review", "tmx"]
    assert (tmp_path / "out" / "tmtool.db").is_file()


# --- docs/library.md: every example runs and prints what the page shows -------------------------------

_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```\n(?:\n```text\n(.*?)^```\n)?", re.M | re.S)
# A confidence is the aligner's estimate: a re-fit may move it. Everything else printed is compared.
_CONFIDENCE = re.compile(r"confidence=[0-9.]+")


def _examples() -> list[tuple[str, str, str | None]]:
    text = (REPO / "docs" / "library.md").read_text("utf-8")
    return [(m[1], m[2], m[3]) for m in _BLOCK.finditer(text) if m[1] in ("python", "sh")]


def _same(got: str, shown: str) -> bool:
    """Whether the output is what the page shows, but for confidences and spaces at line ends
    (which a page does not keep)."""
    def normal(text: str) -> list[str]:
        return [line.rstrip() for line in _CONFIDENCE.sub("confidence=…", text).splitlines()]

    return normal(got) == normal(shown)


def test_the_library_page_has_examples():
    kinds = [kind for kind, _, _ in _examples()]
    assert kinds.count("sh") == 1 and kinds.count("python") >= 7


def test_the_library_page_examples_run_as_shown(tmp_path, monkeypatch):
    (tmp_path / "corpora").symlink_to(CORPUS, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for kind, code, shown in _examples():
        if kind == "sh":
            result = subprocess.run(["bash", "-c", code], capture_output=True, text=True, env=_env())
            assert result.returncode == 0, result.stderr
            got = result.stdout
        else:
            with contextlib.redirect_stdout(io.StringIO()) as out:
                exec(compile(code, "docs/library.md", "exec"), namespace)
            got = out.getvalue()
        if shown is not None:
            assert _same(got, shown), f"{code}\nprinted:\n{got}\nthe page shows:\n{shown}"


def test_the_readme_library_example_runs():
    [line] = [line for line in (REPO / "README.md").read_text("utf-8").splitlines()
              if line.startswith('python -c "import tmtool')]
    result = subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("[AlignedPair(source='Министры обсудили ситуацию в Сирии.', "
                                    "target='The ministers discussed the situation in Syria.', src_indices=(0,), "
                                    "tgt_indices=(0,), confidence=")
