"""Import: detection, files tmtool did not write, and hostile XML refused with one line."""

from __future__ import annotations

import dataclasses

import pytest
from lxml import etree
from translate.storage import csvl10n, tmx

from test_formats_contract import HEADER, SAMPLE, expected
from tmtool.errors import FormatError, UnknownNameError
from tmtool.formats import export_units, read_units
from tmtool.formats.read import detect
from tmtool.model import Code

BOMB = """<?xml version="1.0"?>
<!DOCTYPE {root} [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
{body}
"""
BILLION_LAUGHS_TMX = BOMB.format(root="tmx", body=(
    '<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" '
    'creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv>'
    '<tuv xml:lang="ru"><seg>&lol9;</seg></tuv></tu></body></tmx>'))

XXE = """<?xml version="1.0"?>
<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file://{secret}">]>
{body}
"""
XLIFF12_BODY = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
                'source-language="en" target-language="ru" datatype="plaintext"><body><trans-unit id="1">'
                '<source>&xxe;</source><target>&xxe;</target></trans-unit></body></file></xliff>')
XLIFF2_BODY = ('<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru">'
               '<file id="f1"><unit id="u1"><segment><source>&xxe;</source><target>&xxe;</target></segment>'
               '</unit></file></xliff>')
TS_BODY = ('<TS version="2.1" language="ru"><context><name>c</name><message><source>&xxe;</source>'
           '<translation>&xxe;</translation></message></context></TS>')


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT")
    return path


def assert_refused(path, match: str):
    with pytest.raises(FormatError, match=match) as info:
        list(read_units(path))
    message = str(info.value)
    assert "\n" not in message and str(path) in message and "TOP-SECRET" not in message


def test_billion_laughs_tmx_is_refused(tmp_path):
    path = tmp_path / "bomb.tmx"
    path.write_text(BILLION_LAUGHS_TMX)
    assert_refused(path, r"declares XML entities \(lol, lol1, lol2, …\); refused")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_the_refusal_does_not_depend_on_the_encoding_or_on_libxml2(tmp_path, encoding):
    """tmtool reads the DOCTYPE itself: libxml2 2.14 stops a bomb with its own message first."""
    path = tmp_path / "bomb.tmx"
    path.write_text(BILLION_LAUGHS_TMX.replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding.split("-sig")[0]}"?>'),
                    encoding)
    assert_refused(path, r"declares XML entities \(lol, lol1, lol2, …\); refused")


def test_a_doctype_without_entities_and_comments_in_the_prolog_are_read(tmp_path):
    path = tmp_path / "plain.tmx"
    path.write_text('<?xml version="1.0"?>\n<!-- <!ENTITY not-a-declaration "x"> -->\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
                    '<tmx version="1.4"><header srclang="en"/><body><tu tuid="t1"><tuv xml:lang="en"><seg>One.</seg>'
                    '</tuv><tuv xml:lang="ru"><seg>Один.</seg></tuv></tu></body></tmx>', "utf-8")
    assert [(u.source, u.target) for u in read_units(path)] == [("One.", "Один.")]


@pytest.mark.parametrize("name, root, body", [("xxe.xlf", "xliff", XLIFF12_BODY), ("xxe.xliff", "xliff", XLIFF2_BODY),
                                               ("xxe.ts", "TS", TS_BODY), ("xxe.tmx", "tmx", BILLION_LAUGHS_TMX)])
def test_external_entities_are_refused_in_every_xml_reader(tmp_path, secret, name, root, body):
    path = tmp_path / name
    path.write_text(XXE.format(root=root, secret=secret, body=body.split("]>")[-1]))
    assert_refused(path, r"declares XML entities \(xxe\)")


@pytest.mark.parametrize("fmt", ["tmx", "xliff", "xliff2"])
def test_forcing_a_reader_does_not_bypass_the_check(tmp_path, secret, fmt):
    body = {"tmx": BILLION_LAUGHS_TMX.split("]>")[-1], "xliff": XLIFF12_BODY, "xliff2": XLIFF2_BODY}[fmt]
    path = tmp_path / "x.xml"
    path.write_text(XXE.format(root="x", secret=secret, body=body))
    with pytest.raises(FormatError, match="declares XML entities"):
        list(read_units(path, fmt))


def test_malformed_xml_is_one_line_with_the_line_number(tmp_path):
    path = tmp_path / "broken.tmx"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header/>\n<body><tu>Fish & chips</tu></body></tmx>')
    with pytest.raises(FormatError, match=r"broken.tmx: not well-formed XML \(line 3") as info:
        list(read_units(path))
    assert "\n" not in str(info.value)


def test_missing_file_and_unknown_reader(tmp_path):
    with pytest.raises(FormatError, match="no such file"):
        read_units(tmp_path / "nope.tmx")
    (tmp_path / "a.tmx").write_text("<tmx/>")
    with pytest.raises(UnknownNameError, match="unknown import format 'docx'"):
        read_units(tmp_path / "a.tmx", "docx")


def test_unreadable_file_is_a_format_error(tmp_path):
    path = tmp_path / "notes.bin"
    path.write_bytes(b"\x00\x01\x02 not a translation file")
    with pytest.raises(FormatError, match="not a bilingual file"):
        list(read_units(path))


@pytest.mark.parametrize("fmt, ext", [("tmx", "tmx"), ("xliff", "xlf"), ("xliff2", "xliff"), ("po", "po")])
def test_detection_by_content_not_name(tmp_path, fmt, ext):
    path = tmp_path / f"export.{ext}"
    export_units(SAMPLE, path, fmt, HEADER)
    if fmt != "po":  # PO has no root element: its extension is how it is known
        renamed = path.rename(tmp_path / "export.xml")
        assert detect(renamed) == fmt
    else:
        assert detect(path) == "po"


def test_foreign_tmx_with_three_languages(tmp_path):
    store = tmx.tmxfile(sourcelanguage="en-GB", targetlanguage="ru-RU")
    store.addtranslation("Good morning.", "en-GB", "Доброе утро.", "ru-RU")
    path = tmp_path / "foreign.tmx"
    store.savefile(str(path))
    tree = etree.parse(str(path))
    tu = tree.find("body/tu")
    tu.append(etree.fromstring('<tuv xml:lang="de"><seg>Guten Morgen.</seg></tuv>'))
    tree.write(str(path), encoding="UTF-8")
    units = list(read_units(path))
    assert [(u.unit_id, u.source, u.target, u.tgt_lang) for u in units] == [
        ("foreign:1#ru-RU", "Good morning.", "Доброе утро.", "ru-RU"),
        ("foreign:1#de", "Good morning.", "Guten Morgen.", "de")]
    assert units[0].provenance.release_id == "" and units[0].provenance.src_path == str(path)
    assert [u.target for u in read_units(path, tgt_lang="de")] == ["Guten Morgen."]


def test_inline_codes_are_kept_apart_from_the_plain_text(tmp_path):
    path = tmp_path / "inline.tmx"
    path.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu tuid="t1">'
        '<tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> now'
        '<ph>&lt;br/&gt;</ph>.</seg></tuv><tuv xml:lang="ru"><seg>Нажмите <hi>здесь</hi>.</seg></tuv>'
        '</tu></body></tmx>', "utf-8")
    [unit] = read_units(path)
    assert (unit.unit_id, unit.source, unit.target) == ("t1", "Press here now.", "Нажмите здесь.")
    assert unit.source_markup == ("Press ", Code("bpt", (("i", "1"),), ("<b>",)), "here",
                                  Code("ept", (("i", "1"),), ("</b>",)), " now", Code("ph", (), ("<br/>",)), ".")
    assert unit.target_markup == ("Нажмите ", Code("hi", (), ("здесь",)), ".")


def test_any_bilingual_file_translate_toolkit_reads(tmp_path):
    store = csvl10n.csvfile()
    unit = store.addsourceunit("Good evening.")
    unit.target = "Добрый вечер."
    path = tmp_path / "pairs.csv"
    store.savefile(str(path))
    units = list(read_units(path, src_lang="en-GB", tgt_lang="ru-RU"))
    assert [(u.source, u.target, u.src_lang, u.tgt_lang) for u in units] == [
        ("Good evening.", "Добрый вечер.", "en-GB", "ru-RU")]


def test_merging_an_existing_tm_with_new_alignments(tmp_path):
    """The team use: import last year's TMX, add new units, export one TM."""
    old = tmp_path / "old.tmx"
    export_units(SAMPLE[:2], old, "tmx", HEADER)
    new = [SAMPLE[1], SAMPLE[3]]
    merged = tmp_path / "merged.tmx"
    stats = export_units([*read_units(old), *new], merged, "tmx", HEADER)
    assert (stats.units, stats.duplicates_merged) == (3, 1)
    assert [u.unit_id for u in read_units(merged)] == ["1234567-0", "1234567-1", "7654321-1"]


def test_imported_units_carry_the_metadata_back(tmp_path):
    path = tmp_path / "meta.xlf"
    export_units(SAMPLE, path, "xliff", HEADER)
    back = list(read_units(path))
    flagged = back[2]
    assert flagged.needs_review and flagged.notes == ("needs review: low alignment confidence",)
    assert dataclasses.replace(flagged.provenance, src_path="", tgt_path="") == \
        expected(SAMPLE[2]).provenance


def test_a_value_larger_than_tmtool_reads_is_refused_in_one_line(tmp_path):
    path = tmp_path / "big.tmx"
    path.write_text('<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" '
                    'segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext" '
                    f'note="{"x" * 12_000_000}"/><body/></tmx>', "utf-8")
    with pytest.raises(FormatError) as caught:
        list(read_units(path))
    assert str(caught.value) == f"{path}: line 1: a text or attribute value larger than tmtool reads (10 MB); refused"
