"""Glossary files: TBX v3 and TBX 2008 validate, TSV and CSV carry what they should,
OmegaT reads the TBX 2008 and TSV glossaries with every entry, and a plain run's glossary
with every concept once."""

from __future__ import annotations

import csv
import dataclasses
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from click.testing import CliRunner
from hypothesis import strategies as st
from lxml import etree

from tmtool.cli import cli
from tmtool.errors import FormatError, InputError, UnknownNameError
from tmtool.terms import GLOSSARY_FORMATS, Context, Glossary, TermEntry, write_glossary
from tmtool.formats.clean import xml_safe
from tmtool.terms.export import CSV_FIELDS, xml_safe_glossary
from tmtool.terms.lists import read_seeds, read_stoplist

OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))

ENTRIES = (
    TermEntry("Minsk Agreements", "Минские соглашения", 7, 5, 0.97, 12.5,
              contexts=(Context("The Minsk Agreements & <the> rest.", "Минские соглашения и «прочее».", "2631458"),),
              target_forms=("Минских соглашений", "Минским соглашениям")),
    TermEntry("Foreign Minister", "Министр иностранных дел", 9, 6, 0.9, 10.0,
              source_variants=("Minister of Foreign Affairs",), source_forms=("foreign minister",),
              target_forms=("Министра иностранных дел",)),
    TermEntry("talks\twith tab", "переговоры", 3, 2, 0.8, 2.0, origin="seed"),
)
GLOSSARY = Glossary("en-GB", "ru-RU", ENTRIES)
EMPTY = Glossary("en-GB", "ru-RU", (), ("only 1 release pair(s): recurring terms need at least 2",))


@pytest.fixture(scope="module")
def tbx3_schema(shared):
    return etree.RelaxNG(etree.parse(str(shared / "schemas" / "tbx" / "TBXcoreStructV03.rng")))


@pytest.fixture(scope="module")
def tbx2008_dtd(shared):
    return etree.DTD(str(shared / "schemas" / "tbx" / "TBXcoreStructV02.dtd"))


def test_registry_names(tmp_path):
    assert GLOSSARY_FORMATS.names() == ["csv", "tbx", "tbx2008", "tsv"]
    with pytest.raises(UnknownNameError, match="glossary format 'xml'"):
        write_glossary(GLOSSARY, tmp_path / "g.xml", "xml")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("glossary", [GLOSSARY, EMPTY], ids=["entries", "empty"])
def test_tbx3_validates(tmp_path, tbx3_schema, glossary):
    path = write_glossary(glossary, tmp_path / "g.tbx", "tbx")
    doc = etree.parse(str(path))
    assert tbx3_schema.validate(doc), tbx3_schema.error_log
    assert len(doc.findall(".//{*}conceptEntry")) == len(glossary.entries)


def test_tbx3_carries_variants_as_terms_and_case_forms_as_a_note(tmp_path):
    doc = etree.parse(str(write_glossary(GLOSSARY, tmp_path / "g.tbx", "tbx")))
    minsk, minister = doc.findall(".//{*}conceptEntry")[:2]
    ru = minsk.findall("{*}langSec")[1]
    assert ru.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru-RU"
    assert [t.text for t in ru.iter("{*}term")] == ["Минские соглашения"]  # a case form is not a term
    assert [n.text for n in ru.iter("{*}note")] == ["also written: Минских соглашений; Минским соглашениям"]
    assert [d.text for d in ru.iter("{*}descrip")] == ["Минские соглашения и «прочее»."]
    en = minister.findall("{*}langSec")[0]
    assert [t.text for t in en.iter("{*}term")] == ["Foreign Minister", "Minister of Foreign Affairs"]
    assert [n.text for n in en.iter("{*}termNote") if n.get("type") == "administrativeStatus"] == [
        "preferredTerm-admn-sts", "admittedTerm-admn-sts"]


def test_tbx2008_validates(tmp_path, tbx2008_dtd):
    doc = etree.parse(str(write_glossary(GLOSSARY, tmp_path / "g.tbx", "tbx2008")))
    assert tbx2008_dtd.validate(doc), tbx2008_dtd.error_log
    assert doc.getroot().tag == "martif" and len(doc.findall(".//termEntry")) == 3


def test_tbx2008_refuses_an_empty_glossary_and_writes_nothing(tmp_path):
    # the DTD wants at least one termEntry: an empty glossary has no valid TBX 2008 form
    with pytest.raises(FormatError, match=r"g\.tbx: the glossary is empty, and TBX 2008 cannot hold"):
        write_glossary(EMPTY, tmp_path / "g.tbx", "tbx2008")
    assert list(tmp_path.iterdir()) == []


def test_tsv_is_omegat_glossary_format(tmp_path):
    lines = (write_glossary(GLOSSARY, tmp_path / "g.txt", "tsv")).read_text("utf-8").splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["Minsk Agreements", "Минские соглашения"], ["Foreign Minister", "Министр иностранных дел"],
        ["talks with tab", "переговоры"]]
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert lines[0].split("\t")[2] == "term, freq 7, releases 5, confidence 0.97"


def test_empty_tsv_and_csv(tmp_path):
    assert write_glossary(EMPTY, tmp_path / "g.txt", "tsv").read_bytes() == b""
    rows = list(csv.reader(write_glossary(EMPTY, tmp_path / "g.csv", "csv").open(encoding="utf-8")))
    assert rows == [CSV_FIELDS]


def test_csv_has_every_field(tmp_path):
    with write_glossary(GLOSSARY, tmp_path / "g.csv", "csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    first = rows[0]
    assert first["target_forms"] == "Минских соглашений | Минским соглашениям" and first["target_variants"] == ""
    assert rows[1]["source_variants"] == "Minister of Foreign Affairs"
    assert first["context1_source"] == "The Minsk Agreements & <the> rest."
    assert first["context1_release"] == "2631458" and first["context2_source"] == ""
    assert (first["freq"], first["releases"], rows[2]["origin"]) == ("7", "5", "seed")


def test_seeds_from_tsv_csv_and_tbx(tmp_path):
    write_glossary(GLOSSARY, tmp_path / "g.txt", "tsv")
    write_glossary(GLOSSARY, tmp_path / "g.csv", "csv")
    write_glossary(GLOSSARY, tmp_path / "g.tbx", "tbx")
    write_glossary(GLOSSARY, tmp_path / "g2008.tbx", "tbx2008")
    expected = (("Minsk Agreements", "Минские соглашения"), ("Foreign Minister", "Министр иностранных дел"),
                ("talks with tab", "переговоры"))
    for name in ("g.txt", "g.csv", "g.tbx", "g2008.tbx"):
        assert read_seeds(tmp_path / name, "en-GB", "ru-RU") == expected, name
    # a TBX read the other way round
    assert read_seeds(tmp_path / "g.tbx", "ru", "en")[0] == ("Минские соглашения", "Minsk Agreements")


def test_bad_seed_and_stop_files(tmp_path):
    (tmp_path / "bad.txt").write_text("only one column\n", "utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_seeds(tmp_path / "bad.txt", "en", "ru")
    with pytest.raises(InputError, match="cannot read"):
        read_stoplist(tmp_path / "missing.txt")
    (tmp_path / "stop.txt").write_text("# comment\nThe  Minsk Agreements\n\nёлка\n", "utf-8")
    assert read_stoplist(tmp_path / "stop.txt") == {"minsk agreements", "елка"}


PROBE = re.compile(r"GLOSSARY-PROBE   (.*) => (.*)")


@pytest.mark.parametrize("fmt, name", [("tbx2008", "glossary.tbx"), ("tsv", "glossary.txt")])
def test_omegat_reads_every_entry(tmp_path, shared, fmt, name):
    if not OMEGAT_JAR.is_file() or not shutil.which("java"):
        pytest.skip(f"OmegaT not installed at {OMEGAT_JAR} (apt-get install -y omegat)")
    glossary = write_glossary(GLOSSARY, tmp_path / name, fmt)
    tmx = tmp_path / "empty.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
                   'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-GB" '
                   'datatype="plaintext"/><body/></tmx>\n', "utf-8")
    source = tmp_path / "source.txt"
    source.write_text("The Minsk Agreements were discussed.\n", "utf-8")
    done = subprocess.run(["bash", str(shared / "tools" / "omegat_roundtrip.sh"), str(tmx), str(source)],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "GLOSSARY": str(glossary)})
    parsed = set(PROBE.findall(done.stderr))
    # OmegaT makes one entry of each source form × target form of a TBX concept
    forms = [(1 + len(e.source_variants)) * (1 + len(e.target_variants)) for e in ENTRIES]
    assert f"{name}: {len(ENTRIES) if fmt == 'tsv' else sum(forms)} entries" in done.stderr, done.stderr[-2000:]
    for entry in ENTRIES:
        assert (" ".join(entry.source.split()), entry.target) in parsed


@given(st.text(st.sampled_from("Foreign Minister\x00\x01\x0b\x1f\ufffe\ud800Министр "), min_size=1, max_size=30))
@settings(max_examples=100, deadline=None)
def test_every_format_writes_what_xml_cannot_carry_as_the_tm_exports_do(text):
    # A page with a stray control character must not sink the glossary: every writer replaces it.
    glossary = Glossary("en-GB", "ru-RU", (TermEntry(text, text, 2, 2, 0.9, 1.0, (text,), (text,),
                                                      (Context(text, text, "1"),)),))
    safe, replaced = xml_safe_glossary(glossary)
    assert replaced == 6 * len(re.findall("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\ud800]", text))
    assert safe.entries[0].source == xml_safe(text)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in GLOSSARY_FORMATS.names():
            path = write_glossary(glossary, Path(tmp) / f"g.{fmt}", fmt)
            data = path.read_text("utf-8", errors="surrogateescape")
            assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", data)
            if fmt.startswith("tbx"):
                etree.parse(str(path))  # well-formed


def test_the_default_glossary_of_a_run_opens_in_omegat_with_every_concept_once(tmp_path, shared, corpus):
    if not OMEGAT_JAR.is_file() or not shutil.which("java"):
        pytest.skip(f"OmegaT not installed at {OMEGAT_JAR} (apt-get install -y omegat)")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(corpus), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    concepts = int(re.search(r"(\d+) glossary entries", result.output)[1])
    glossary = out / "corpora.terms.txt"  # what a plain run writes for OmegaT, beside the ISO TBX
    source = tmp_path / "source.txt"
    source.write_text("Министр иностранных дел провёл переговоры.\n", "utf-8")
    done = subprocess.run(["bash", str(shared / "tools" / "omegat_roundtrip.sh"), str(out / "corpora.tmx"),
                           str(source), "ru-RU", "en-GB"], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "GLOSSARY": str(glossary)})
    assert f"corpora.terms.txt: {concepts} entries" in done.stderr, done.stderr[-2000:]
    written = [tuple(line.split("\t")[:2]) for line in glossary.read_text("utf-8").splitlines()]
    read = PROBE.findall(done.stderr)
    assert len(read) == len(set(read)) == len(written) == concepts and set(read) == set(written)  # each once


def test_every_format_says_each_entry_s_category(tmp_path, tbx3_schema):
    """A user filters on it: TBX's concept-level descrip (and a phrase's termType), the TSV
    comment, the CSV column."""
    glossary = Glossary("en-GB", "ru-RU", (ENTRIES[0], dataclasses.replace(
        ENTRIES[1], source="reaffirm commitment to", target="подтвердить приверженность", category="phrase")))
    doc = etree.parse(str(write_glossary(glossary, tmp_path / "g.tbx", "tbx")))
    assert tbx3_schema.validate(doc), tbx3_schema.error_log
    concepts = doc.findall(".//{*}conceptEntry")
    assert [c.find("{*}descrip[@type='category']").text for c in concepts] == ["term", "phrase"]
    assert [n.text for n in concepts[1].iter("{*}termNote") if n.get("type") == "termType"] == ["phrase", "phrase"]
    tsv = write_glossary(glossary, tmp_path / "g.txt", "tsv").read_text("utf-8").splitlines()
    assert [line.split("\t")[2].split(",")[0] for line in tsv] == ["term", "phrase"]
    rows = list(csv.DictReader(write_glossary(glossary, tmp_path / "g.csv", "csv").open(encoding="utf-8")))
    assert [r["category"] for r in rows] == ["term", "phrase"]
