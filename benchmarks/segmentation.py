"""Sentence segmentation: tmtool vs pysbd, razdel and choppa-srx (LanguageTool rules).

Runs every tool over the peer suites in ``$TMTOOL_SHARED/benchmarks/segmentation``
(default ``../shared`` next to the repository) and prints, for en and ru, the
cases passed (``[s.strip() for s in output if s.strip()] == expected``; pySBD's
own golden files are not counted) and the sentences per second of each tool,
measured in the same run on the same inputs (best of ``--repeat`` passes, one
process, so one core). It also checks the SRX engine against LanguageTool's own
test cases (``expected_raw_srx``) with LanguageTool's ``segment.srx``.

    python benchmarks/segmentation.py [--repeat 5] [--failures]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tmtool.segment import get_segmenter  # noqa: E402
from tmtool.evaluation.segmentation import Case, load_cases, reproduce_raw_srx, score  # noqa: E402
from tmtool.segment.srx import load_srx  # noqa: E402

SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
SUITES = SHARED / "benchmarks" / "segmentation"
LT_RULES = SHARED / "srx" / "languagetool-segment.srx"
LANGS = ("en", "ru")

Split = Callable[[str], list[str]]


def tmtool_split(lang: str, srx_path: Path | None = None, lang_tag: str | None = None) -> Split:
    segmenter = get_segmenter("srx", srx_path=srx_path)
    tag = lang_tag or lang
    return lambda text: [s.text for s in segmenter.split(text, tag)]


def pysbd_split(lang: str) -> Split:
    import pysbd

    segmenter = pysbd.Segmenter(language=lang, clean=False)
    return segmenter.segment


def razdel_split(lang: str) -> Split | None:
    if lang != "ru":
        return None
    import razdel

    return lambda text: [s.text for s in razdel.sentenize(text)]


def choppa_split(lang: str) -> Split:
    from choppa import SrxDocument, SrxTextIterator

    document = SrxDocument(ruleset=str(LT_RULES))
    return lambda text: list(SrxTextIterator(document, f"{lang}_one", text))


TOOLS: dict[str, Callable[[str], Split | None]] = {
    "tmtool srx (tmtool.srx)": tmtool_split,
    "tmtool srx engine + LanguageTool segment.srx": lambda lang: tmtool_split(lang, LT_RULES, f"{lang}_one"),
    "pysbd": pysbd_split,
    "razdel": razdel_split,
    "choppa-srx + LanguageTool segment.srx": choppa_split,
}


def speed(split: Split, cases: list[Case], repeat: int) -> float:
    """Sentences per second over all cases, best of ``repeat`` passes."""
    texts = [case.text for case in cases]
    best, sentences = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        sentences = sum(len(split(text)) for text in texts)
        best = min(best, time.perf_counter() - start)
    return sentences / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per tool and language (best is kept)")
    parser.add_argument("--failures", action="store_true", help="list the cases tmtool fails")
    args = parser.parse_args()
    if not SUITES.is_dir():
        sys.exit(f"peer suites not found at {SUITES} (set TMTOOL_SHARED)")
    cases = {lang: load_cases(SUITES, lang) for lang in LANGS}
    rows = []
    for name, factory in TOOLS.items():
        row = [name]
        speeds = []
        for lang in LANGS:
            split = factory(lang)
            if split is None:
                row.append("—")
                speeds += ["—", "—"]
                continue
            result = score(split, cases[lang])
            row.append(str(result))
            prose = [case for case in cases[lang] if case.suite.startswith("ud_pud")]
            speeds += [f"{speed(split, cases[lang], args.repeat):,.0f}", f"{speed(split, prose, args.repeat):,.0f}"]
            if args.failures and name.startswith("tmtool srx (") and result.failures:
                for case, got in result.failures:
                    print(f"FAIL {case.id}: {case.text[:120]!r}")
                    print(f"  expected {list(case.expected)}\n  got      {list(got)}")
        rows.append(row + speeds)
    columns = ["en", "ru"] + [f"{lang} sent/s ({inputs})" for lang in LANGS for inputs in ("all cases", "UD PUD")]
    print("| tool | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    reproduced = reproduce_raw_srx(load_srx(LT_RULES), SUITES)
    print(f"\nSRX engine + LanguageTool segment.srx on LanguageTool's own tests (expected_raw_srx): {reproduced}")
    print(
        f"cases: en {len(cases['en'])}, ru {len(cases['ru'])}; sent/s = output sentences / seconds, "
        f"best of {args.repeat} passes; 'UD PUD' = the news/Wikipedia prose suite alone"
    )


if __name__ == "__main__":
    main()
