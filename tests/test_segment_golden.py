"""tmtool's default rules on hand-written traps, the seed release and the peer suites."""

from __future__ import annotations

from pathlib import Path

import pytest

from tmtool.segment import get_segmenter
from tmtool.evaluation.segmentation import load_cases, score

GOLDEN = Path(__file__).resolve().parent / "data" / "segmentation"
SEED = "seeds/000_e0979b1de7b2aecf.txt"


def golden_cases():
    for path in sorted(GOLDEN.glob("*.txt")):
        comment = ""
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#"):
                comment = line.lstrip("# ")
            elif line.strip():
                lines = [[s.strip() for s in part.split(" | ")] for part in line.split("\\n")]
                text = "\n".join(" ".join(part) for part in lines)
                expected = [s for part in lines for s in part]
                yield pytest.param(path.stem, text, expected, id=f"{path.stem}:{number}:{comment[:40]}")


@pytest.fixture(scope="module")
def srx():
    return get_segmenter("srx")


@pytest.mark.parametrize(("lang", "text", "expected"), list(golden_cases()))
def test_golden(srx, lang, text, expected):
    assert [s.text for s in srx.split(text, lang)] == expected


def test_golden_files_cover_every_language_of_the_default_rules():
    assert {p.stem for p in GOLDEN.glob("*.txt")} >= {"en", "ru", "de", "fr", "es"}


def seed_paragraphs(path: Path) -> list[str]:
    """The body of a saved release page: between the language switcher and "Additional materials"."""
    body = path.read_text(encoding="utf-8").split("  • en-GB1 ru-RU1", 1)[1].split("Additional materials", 1)[0]
    return [line.strip() for line in body.splitlines() if line.strip()]


def test_seed_body_gives_its_eleven_sentences(shared, srx):
    paragraphs = seed_paragraphs(shared / SEED)
    sentences = [srx.split(p, "en-GB") for p in paragraphs]
    assert [len(s) for s in sentences] == [2, 4, 2, 2, 1]
    assert sentences[1][0].text.endswith("“on the ground.”")
    assert sentences[1][3].text.endswith("UN Security Council Resolution No. 2254.")


@pytest.mark.parametrize(("lang", "minimum"), [("en", 620), ("ru", 497)])
def test_peer_suites(shared, srx, lang, minimum):
    cases = load_cases(shared / "benchmarks" / "segmentation", lang)
    result = score(lambda text: [s.text for s in srx.split(text, lang)], cases)
    failed = ", ".join(case.id for case, _ in result.failures)
    assert result.passed >= minimum, f"{result}; failed: {failed}"
