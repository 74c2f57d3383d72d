"""Pairing by id: how many strangers under one id the sanity check turns away, and how many
real pairs it wrongly refuses.

Each WMT ru–en document (``$TMTOOL_SHARED/benchmarks/alignment``) is a real pair; each is
also paired with a random other document (seeded) as a stranger filed under the same id.
The even documents are the development half, the odd ones held out.

    python benchmarks/pairing.py
"""

from __future__ import annotations

import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tmtool.model import Release, build_paragraphs  # noqa: E402
from tmtool.pair import id_mismatch  # noqa: E402

SHARED = Path(os.environ.get("TMTOOL_SHARED", REPO.parent / "shared"))
WMT = SHARED / "benchmarks" / "alignment" / "wmt_ru-en_gold_docs.jsonl"


def release(paragraphs: list[list[str]], lang: str) -> Release:
    texts = [" ".join(p) for p in paragraphs]
    return Release(path=lang, lang=lang, title=texts[0], paragraphs=build_paragraphs(texts[1:], str.strip))


def main() -> None:
    with WMT.open(encoding="utf-8") as fh:
        docs = [(release(d["ru"], "ru-RU"), release(d["en"], "en-GB")) for d in map(json.loads, fh)]
    rng = random.Random(7)
    print("| half | documents | real pairs refused | strangers turned away | by numbers | by length |")
    print("|---|---|---|---|---|---|")
    for name, half in (("development (even)", 0), ("held out (odd)", 1)):
        picked = [i for i in range(len(docs)) if i % 2 == half]
        refused = sum(id_mismatch(*docs[i]) is not None for i in picked)
        strangers = [id_mismatch(docs[i][0], docs[(i + rng.randrange(1, len(docs))) % len(docs)][1])
                     for i in picked]
        why = Counter("numbers" if "number" in s else "length" for s in strangers if s)
        print(f"| {name} | {len(picked)} | {refused} | {sum(why.values())} ({sum(why.values()) / len(picked):.0%}) "
              f"| {why['numbers']} | {why['length']} |")


if __name__ == "__main__":
    main()
