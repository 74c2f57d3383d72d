"""The contract every export format inherits (in the spirit of translate-toolkit's
``storage/test_base.py``): a subclass names its format, and every test here runs for it.

Expectations are never read from the file under test: they are the input units passed
through the documented cleaning (``clean_segment``), and the file is checked by the
official schemas, by translate-toolkit and by tmtool's own reader.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from translate.storage import factory, xliff2

from storedata import run_units
from tmtool.errors import FormatError, UnknownNameError
from tmtool.formats import FORMATS, ExportHeader, export_units, get_exporter, item_texts, read_units
from tmtool.formats.clean import clean_segment
from tmtool.model import Provenance, TmxData, Unit

HEADER = ExportHeader("en-GB", "ru-RU", signature="test-signature",
                      created=dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.timezone.utc))
PROV = Provenance("1234567", dt.date(2017, 2, 3), "Press release on a call & <more>", "en/1.txt", "ru/1.txt",
                  "https://example.org/1?a=1&b=2")
PROV2 = Provenance("7654321", None, "Second release", "en/2.txt", "ru/2.txt")


def make_unit(uid: str, source: str, target: str, prov: Provenance = PROV, **kw) -> Unit:
    return Unit(uid, source, target, "en-GB", "ru-RU", prov, **kw)


SAMPLE = [
    make_unit("1234567-0", "Press release on a call & <more>", "Пресс-релиз о звонке & <другом>",
              kind="title", bead="title"),
    make_unit("1234567-1", "Fish & chips <b>\x07cost a lot. ", "Рыба & чипсы <b> стоят дорого.",
              paragraph=0, score=0.912),
    make_unit("1234567-2", "Quotes \"x\" and 'y' ]]> end.", "Кавычки «x» и 'y' ]]> конец.", paragraph=1,
              bead="2-1", score=0.4, needs_review=True, notes=("needs review: low alignment confidence",)),
    make_unit("7654321-1", "Emoji 😀 and RTL \u200fمرحبا\u200f.", "Эмодзи 😀 и RTL \u200fمرحبا\u200f.",
              PROV2, paragraph=0),
]

VALIDATOR_KIND = {"tmx": "tmx", "xliff": "xliff12-strict", "xliff2": "xliff20"}


def validator(shared: Path):
    spec = importlib.util.spec_from_file_location("validate_formats", shared / "tools" / "validate_formats.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def validation_errors(shared: Path, fmt: str, path: Path) -> list[str]:
    """Errors from the official schema (and the CAT checks of validate_formats.py);
    PO has no schema, so gettext's own ``msgfmt --check`` judges it."""
    if fmt == "po":
        if not shutil.which("msgfmt"):
            pytest.skip("msgfmt (gettext) not installed")
        done = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        return [line for line in done.stderr.splitlines() if "warning" not in line]
    _, errors, _ = validator(shared).validate(str(path), VALIDATOR_KIND[fmt])
    return errors


def toolkit_pairs(fmt: str, path: Path) -> list[tuple[str, str]]:
    store = xliff2.Xliff2File.parsefile(str(path)) if fmt == "xliff2" else factory.getobject(str(path))
    return [(str(u.source), str(u.target)) for u in store.units if not u.isheader()]


def expected(unit: Unit) -> Unit:
    """A unit as a reader gives it back: cleaned text and metadata, score to 3 places."""
    p = unit.provenance
    return dataclasses.replace(
        unit, source=clean_segment(unit.source), target=clean_segment(unit.target), score=round(unit.score, 3),
        provenance=dataclasses.replace(p, title=clean_segment(p.title), src_path="", tgt_path=""),
        notes=tuple(clean_segment(n) for n in unit.notes),
    )


def comparable(unit: Unit) -> Unit:
    return dataclasses.replace(unit, provenance=dataclasses.replace(unit.provenance, src_path="", tgt_path=""))


class FormatContract:
    fmt = ""
    count_marker = b""  # how the file states that a merged unit stands for 2
    read_back_tu = None  # what the reader says of a unit's <tu> (TMX: the export's date)

    def export(self, tmp_path: Path, units, header: ExportHeader = HEADER, name: str = "out"):
        path = tmp_path / f"{name}.{get_exporter(self.fmt).extension}"
        return path, export_units(units, path, self.fmt, header)

    def test_registered_with_name_and_extension(self):
        exporter = get_exporter(self.fmt)
        assert exporter.name == self.fmt and exporter.extension

    def test_round_trip_gives_the_cleaned_units(self, tmp_path):
        path, stats = self.export(tmp_path, SAMPLE)
        assert stats.units == len(SAMPLE)
        assert [comparable(u) for u in read_units(path)] == [
            dataclasses.replace(expected(u), tu=self.read_back_tu) for u in SAMPLE]

    def test_validates(self, tmp_path, shared):
        path, _ = self.export(tmp_path, SAMPLE)
        assert validation_errors(shared, self.fmt, path) == []

    def test_translate_toolkit_reads_the_same_pairs(self, tmp_path):
        path, _ = self.export(tmp_path, SAMPLE)
        assert toolkit_pairs(self.fmt, path) == [(expected(u).source, expected(u).target) for u in SAMPLE]

    def test_empty_export_is_valid_and_reads_as_nothing(self, tmp_path, shared):
        path, stats = self.export(tmp_path, [])
        assert stats.units == 0
        assert list(read_units(path)) == []
        assert validation_errors(shared, self.fmt, path) == []

    def test_either_language_can_be_the_source(self, tmp_path):
        reverse = ExportHeader("ru-RU", "en-GB", created=HEADER.created)
        path, _ = self.export(tmp_path, SAMPLE[:2], reverse)
        back = list(read_units(path))
        assert [(u.source, u.target, u.src_lang, u.tgt_lang) for u in back] == [
            (expected(u).target, expected(u).source, "ru-RU", "en-GB") for u in SAMPLE[:2]]

    def test_a_unit_in_the_other_direction_is_turned_round(self, tmp_path):
        flipped = dataclasses.replace(SAMPLE[1], source=SAMPLE[1].target, target=SAMPLE[1].source,
                                      src_lang="ru", tgt_lang="en")
        path, _ = self.export(tmp_path, [SAMPLE[0], flipped])
        assert [(u.source, u.src_lang) for u in read_units(path)] == [
            (expected(SAMPLE[0]).source, "en-GB"), (expected(SAMPLE[1]).source, "en-GB")]

    def test_language_tags_are_bcp47(self, tmp_path):
        header = ExportHeader("en_gb", "RU_ru", created=HEADER.created)
        path, _ = self.export(tmp_path, SAMPLE[:1], header)
        back = next(read_units(path))
        assert (back.src_lang, back.tgt_lang) == ("en-GB", "ru-RU")
        data = path.read_bytes().replace(b"Language: ru_RU", b"")  # PO's header takes gettext's ll_CC
        assert b"en_GB" not in data and b"ru_RU" not in data

    def test_a_unit_in_other_languages_is_refused(self, tmp_path):
        with pytest.raises(FormatError, match="1234567-0"):
            self.export(tmp_path, [dataclasses.replace(SAMPLE[0], src_lang="de", tgt_lang="fr")])

    def test_duplicates_written_once_with_a_count_and_conflicts_flagged(self, tmp_path):
        twin = dataclasses.replace(SAMPLE[1], unit_id="7654321-9", provenance=PROV2)
        rival = dataclasses.replace(SAMPLE[1], unit_id="7654321-8", target="Другой перевод.")
        path, stats = self.export(tmp_path, [*SAMPLE, twin, rival])
        assert (stats.units, stats.duplicates_merged, stats.conflicts) == (len(SAMPLE) + 1, 1, 2)
        back = list(read_units(path))
        assert [u.unit_id for u in back] == [u.unit_id for u in SAMPLE] + ["7654321-8"]
        assert self.count_marker in path.read_bytes()
        assert path.read_bytes().count(b"same source as another unit with a different target") == 2

    def test_merging_can_be_turned_off(self, tmp_path):
        twin = dataclasses.replace(SAMPLE[1], unit_id="7654321-9", provenance=PROV2)
        path = tmp_path / "x"
        stats = get_exporter(self.fmt).write([SAMPLE[1], twin], path, HEADER, merge_duplicates=False)
        assert (stats.units, stats.duplicates_merged) == (2, 0)
        assert len(list(read_units(path, self.fmt))) == 2

    def test_cleaning_is_counted(self, tmp_path):
        unit = make_unit("1234567-5", "A\x07b\ud800c  d ", "Е\ufffeж", paragraph=0)
        path, stats = self.export(tmp_path, [unit])
        assert (stats.chars_replaced, stats.segments_whitespace) == (3, 1)
        back = next(read_units(path))
        assert (back.source, back.target) == ("A b\ufffdc d", "Е ж")

    def test_unit_empty_after_cleaning_is_skipped_and_counted(self, tmp_path):
        path, stats = self.export(tmp_path, [make_unit("1234567-6", " \x01 ", "Пусто"), SAMPLE[0]])
        assert (stats.units, stats.empty_skipped) == (1, 1)
        assert [u.unit_id for u in read_units(path)] == ["1234567-0"]

    def test_a_one_shot_iterator_gives_the_same_file(self, tmp_path):
        listed, _ = self.export(tmp_path, SAMPLE, name="listed")
        streamed, _ = self.export(tmp_path, (u for u in SAMPLE), name="streamed")
        assert listed.read_bytes() == streamed.read_bytes()

    def test_failure_leaves_no_file(self, tmp_path):
        def units():
            yield SAMPLE[0]
            raise RuntimeError("store went away")

        path = tmp_path / f"out.{get_exporter(self.fmt).extension}"
        with pytest.raises(RuntimeError):
            export_units(units(), path, self.fmt, HEADER)
        assert list(tmp_path.iterdir()) == []

    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(st.lists(st.one_of(st.text(), st.sampled_from(
        ["&", "<", ">", "]]>", '"', "'", "\x07", "\x00", "\x1b", "\ud800", "\udfff", "\ufffe", "\uffff",
         "\u200f", "\u202e", "😀", "\r\n", "\t", "\u00a0", "\u2028", "\x85", "#", "\\", "%s"])),
        min_size=1, max_size=8).map("".join), st.text(min_size=1))
    def test_arbitrary_unicode_round_trips_and_stays_valid(self, tmp_path, shared, source, target):
        unit = make_unit("1234567-7", source, target, paragraph=0)
        path, stats = self.export(tmp_path, [unit])
        back = list(read_units(path))
        if not (clean_segment(source) and clean_segment(target)):
            assert back == [] and stats.empty_skipped == 1
            return
        assert [(u.source, u.target) for u in back] == [(clean_segment(source), clean_segment(target))]
        assert toolkit_pairs(self.fmt, path) == [(clean_segment(source), clean_segment(target))]
        assert validation_errors(shared, self.fmt, path) == []


    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(st.text(), st.text())
    def test_arbitrary_unicode_metadata_round_trips(self, tmp_path, title, note):
        prov = dataclasses.replace(PROV, title=title)
        path, _ = self.export(tmp_path, [make_unit("1234567-8", "Source.", "Цель.", prov, notes=(note,))])
        [back] = read_units(path)
        assert back.provenance.title == clean_segment(title)
        assert back.notes == ((clean_segment(note),) if clean_segment(note) else ())


class TestTmx(FormatContract):
    fmt = "tmx"
    count_marker = b'<prop type="x-count">2</prop>'
    read_back_tu = TmxData((("creationdate", "20261128T120000Z"),))

    def test_header_has_every_required_attribute(self, tmp_path):
        path, _ = self.export(tmp_path, SAMPLE)
        head = path.read_text("utf-8").split("<body>")[0]
        for attr in ('creationtool="tmtool"', 'creationtoolversion="', 'segtype="sentence"', 'o-tmf="tmtool"',
                     'adminlang="en"', 'srclang="en-GB"', 'datatype="plaintext"', 'creationdate="20261128T120000Z"'):
            assert attr in head

    def test_paragraph_segtype_is_declared(self, tmp_path):
        header = dataclasses.replace(HEADER, segtype="paragraph")
        path, _ = self.export(tmp_path, SAMPLE[:1], header)
        assert 'segtype="paragraph"' in path.read_text("utf-8")


class TestXliff12(FormatContract):
    fmt = "xliff"
    count_marker = b'<note from="tmtool">count: 2</note>'

    def test_one_file_element_per_release(self, tmp_path):
        path, _ = self.export(tmp_path, SAMPLE)
        text = path.read_text("utf-8")
        assert text.count("<file ") == 2
        assert 'original="1234567"' in text and 'original="7654321"' in text
        assert 'source-language="en-GB" target-language="ru-RU"' in text


class TestXliff2(FormatContract):
    fmt = "xliff2"
    count_marker = b'<note category="tmtool">count: 2</note>'

    def test_one_file_element_per_release(self, tmp_path):
        path, _ = self.export(tmp_path, SAMPLE)
        text = path.read_text("utf-8")
        assert text.count("<file ") == 2 and 'srcLang="en-GB" trgLang="ru-RU"' in text


class TestPo(FormatContract):
    fmt = "po"
    count_marker = b"#. count: 2"

    def test_msgctxt_is_the_unit_id_and_review_is_fuzzy(self, tmp_path):
        path, _ = self.export(tmp_path, SAMPLE)
        text = path.read_text("utf-8")
        assert 'msgctxt "1234567-2"' in text
        assert "#, fuzzy\nmsgctxt \"1234567-2\"" in text


def test_every_registered_format_has_a_contract_subclass():
    covered = {cls.fmt for cls in FormatContract.__subclasses__()}
    assert covered == set(FORMATS.names())


def test_unknown_format_names_the_known_ones(tmp_path):
    with pytest.raises(UnknownNameError, match="po, tmx, xliff, xliff2"):
        export_units(SAMPLE, tmp_path / "x", "docx", HEADER)


def test_corpus_exports_validate_and_read_back_identically(tmp_path, shared, corpus):
    """The four exports of ``corpora/``: valid, and translate-toolkit, tmtool's reader and
    the units themselves agree on every pair."""
    from tmtool.pipeline import RunOptions, run_corpus

    report = run_corpus(corpus, tmp_path, RunOptions(formats=("tmx", "xliff", "xliff2", "po"), include_unsure=True))
    exported = list(item_texts(run_units(tmp_path)))
    assert len(exported) == report.exported
    pairs = {(clean_segment(u.source), clean_segment(u.target)) for u in exported}
    for fmt in ("tmx", "xliff", "xliff2", "po"):
        path = Path(report.outputs[fmt])
        assert validation_errors(shared, fmt, path) == [], fmt
        ours = [(u.source, u.target) for u in read_units(path)]
        assert toolkit_pairs(fmt, path) == ours, fmt
        assert set(ours) == pairs and len(ours) == len(pairs), fmt
