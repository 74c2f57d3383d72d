"""A real CAT tool: OmegaT 3.6 loads tmtool's TMX and pre-translates every segment.

Runs ``shared/tools/omegat_roundtrip.sh`` with ``STRICT=1`` (exit 3 = a segment left
untranslated, 6 = OmegaT could not load the TMX — which OmegaT itself does not report).
Needs ``apt-get install -y omegat`` (``.ci/run`` does it) and skips without it.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from test_formats_contract import HEADER, make_unit
from tmtool.formats import cat_rules, export_units, fit_units, srx_split
from tmtool.formats.clean import clean_segment
from tmtool.ingest import read_release
from tmtool.pipeline import RunOptions, run_corpus
from tmtool.store import Store

OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))
STATS = re.compile(r"segments total=(\d+) untranslated=(\d+)")


@pytest.fixture(scope="session")
def roundtrip(shared) -> Path:
    if not OMEGAT_JAR.is_file() or not shutil.which("java"):
        pytest.skip(f"OmegaT not installed at {OMEGAT_JAR} (apt-get install -y omegat)")
    return shared / "tools" / "omegat_roundtrip.sh"


def omegat(script: Path, tmx: Path, source: Path, src: str = "en-GB", tgt: str = "ru-RU"):
    """(exit code, segments, untranslated, pre-translated text) of one OmegaT run."""
    done = subprocess.run(["bash", str(script), str(tmx), str(source), src, tgt], capture_output=True,
                          text=True, env={**os.environ, "STRICT": "1"}, timeout=600)
    found = STATS.search(done.stderr)
    total, untranslated = (int(found[1]), int(found[2])) if found else (None, None)
    return done.returncode, total, untranslated, done.stdout, done.stderr


UNITS = [
    # &, <, a U+0007 and a trailing space: OmegaT reads the BEL as a space and trims the
    # segment, which is exactly what tmtool's cleaning writes.
    make_unit("1234567-1", "Fish & chips <b>\x07cost a lot. ", "Рыба & чипсы <b> стоят дорого.", paragraph=0),
    make_unit("1234567-2", "The ministers agreed to continue efforts.", "Министры договорились продолжить усилия.",
              paragraph=1),
    make_unit("1234567-3", "Mr Lavrov spoke over the phone.", "С.В.Лавров провёл телефонный разговор.",
              paragraph=2),
]


def write_document(path: Path, sources: list[str]) -> Path:
    path.write_text("\n\n".join(sources) + "\n", "utf-8")
    return path


def test_omegat_pretranslates_every_segment_including_specials(tmp_path, roundtrip):
    tmx = tmp_path / "tm.tmx"
    export_units(UNITS, tmx, "tmx", HEADER)
    document = write_document(tmp_path / "release.txt", [u.source for u in UNITS])
    rc, total, untranslated, out, err = omegat(roundtrip, tmx, document)
    assert (rc, total, untranslated) == (0, 3, 0), err
    # OmegaT keeps what lies outside a segment (the trailing space) and replaces the segment.
    assert [line.strip() for line in out.splitlines() if line] == [clean_segment(u.target) for u in UNITS]


def test_strict_run_fails_on_a_segment_the_tm_lacks(tmp_path, roundtrip):
    """The check above can fail: a sentence the TMX does not hold stays untranslated."""
    tmx = tmp_path / "tm.tmx"
    export_units(UNITS[:2], tmx, "tmx", HEADER)
    document = write_document(tmp_path / "release.txt", [u.source for u in UNITS])
    rc, total, untranslated, _, _ = omegat(roundtrip, tmx, document)
    assert (rc, total, untranslated) == (3, 3, 1)


def test_omegat_drops_a_tmx_with_a_raw_control_character(tmp_path, roundtrip):
    """Why cleaning matters: the same TM with the BEL written raw is not loaded at all."""
    tmx = tmp_path / "tm.tmx"
    export_units(UNITS, tmx, "tmx", HEADER)
    tmx.write_bytes(tmx.read_bytes().replace(b"chips &lt;b&gt; cost", b"chips &lt;b&gt;\x07cost"))
    document = write_document(tmp_path / "release.txt", [u.source for u in UNITS])
    rc, _, _, _, err = omegat(roundtrip, tmx, document)
    assert rc == 6, err


@pytest.fixture(scope="module")
def omegat_rules(shared):
    return shared / "srx" / "omegat-3.6.0-default.srx"


def english_document(pairs, path: Path) -> Path:
    """Every English release of the run as OmegaT's source: title, then body paragraphs."""
    releases = [read_release(s.src.path) for s in pairs]  # the report holds no page's text
    paragraphs = [p for r in releases for p in (r.title, *(x.text for x in r.paragraphs))]
    return write_document(path, paragraphs)


def russian_paragraphs(units) -> list[str]:
    """The Russian document OmegaT must produce: each paragraph's targets, in order."""
    out = []
    # the title's paragraph is None, a body paragraph's an index: they never share a key
    for _, group in itertools.groupby(units, key=lambda u: (u.provenance.release_id, u.paragraph)):
        out.append(" ".join(t for t in (clean_segment(u.target) for u in group) if t))
    return out


@pytest.fixture(scope="module", params=["cat-srx", "cat"])
def corpus_run(request, tmp_path_factory, omegat_rules, corpus):
    """The corpus run for OmegaT: unsure units included, units re-cut along OmegaT 3.6's own SRX
    rules (``--cat-srx``) or along tmtool's preset for it (``--cat omegat``), and the English
    sentences the Russian versions do not have, per release."""
    out = tmp_path_factory.mktemp("run")
    recut = {"cat_srx": str(omegat_rules)} if request.param == "cat-srx" else {"cat": "omegat"}
    report = run_corpus(corpus, out, RunOptions(src_lang="en-GB", tgt_lang="ru-RU", include_unsure=True,
                                               glossaries=(), **recut))
    rules = cat_rules(None, str(omegat_rules)) if request.param == "cat-srx" else cat_rules("omegat", None)
    with Store.open(out / "tmtool.db", create=False) as tm:
        english_only = {s.pair_id: [t for b in tm.beads(s.pair_id) if not b.tgt for t in b.src]
                        for s in report.pairs}
        # the units the TMX was written from, before its duplicates were merged
        units = tm.units("en-GB", "ru-RU", True, [s.pair_id for s in report.pairs])
        exported = list(fit_units(units, srx_split(rules, "en-GB")))
    assert len(exported) == report.exported
    return report, exported, out / "corpora.tmx", english_only


def test_omegat_pretranslates_every_segment_of_the_corpus_releases(tmp_path, roundtrip, corpus_run):
    """Every English release whose sentences all have a Russian counterpart: OmegaT 3.6 fills in
    every segment with tmtool's Russian (STRICT: exit 3 on any untranslated segment)."""
    report, exported, tmx, english_only = corpus_run
    complete = [s for s in report.pairs if not english_only[s.pair_id]]
    assert len(complete) >= len(report.pairs) / 2, "most sample releases translate every English sentence"
    keys = {s.pair_id for s in complete}
    units = [u for u in exported if u.provenance.release_id in keys]
    rc, total, untranslated, out, err = omegat(roundtrip, tmx, english_document(complete, tmp_path / "en.txt"))
    # one OmegaT segment per re-cut unit, and none left untranslated
    assert (rc, total, untranslated) == (0, len(units), 0), err
    got = [" ".join(line.split()) for line in out.splitlines() if line.strip()]
    assert got == russian_paragraphs(units)


def test_only_sentences_missing_from_the_russian_stay_untranslated(tmp_path, roundtrip, corpus_run):
    """The whole corpus: a sentence the translation added has nothing to be matched with; all else is."""
    report, exported, tmx, english_only = corpus_run
    missing = [t for sentences in english_only.values() for t in sentences]
    assert missing, "the sample corpus has English sentences with no Russian counterpart"
    rc, total, untranslated, out, err = omegat(roundtrip, tmx, english_document(report.pairs, tmp_path / "en.txt"))
    assert (rc, total, untranslated) == (3, len(exported) + len(missing), len(missing)), err
    for sentence in missing:  # OmegaT leaves an untranslated segment's source in the target
        assert sentence in out
