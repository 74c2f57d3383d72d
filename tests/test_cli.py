from __future__ import annotations

import csv
import json
import shlex
import shutil
import sys

import pytest

from click.testing import CliRunner

from pages import RU_BODY, RU_TITLE, write_dump, write_pair
from paths import REPO
from storedata import save_sentences
from test_formats_contract import HEADER, make_unit
from tmtool import jobs
from tmtool.align import ALIGNERS
from tmtool.align.confidence import REVIEW_THRESHOLD
from tmtool.cli import cli
from tmtool.formats import FORMATS, export_units, read_units
from tmtool.segment import SEGMENTERS
from tmtool.store import Store
from tmtool.terms import GLOSSARY_FORMATS


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_ingest_prints_a_summary(tmp_path):
    en, _ = write_pair(tmp_path)
    result = invoke("ingest", en)
    assert result.exit_code == 0
    assert result.output.startswith(f"{en}\ten-GB\t2018-03-14 12:30\t3 paragraphs\tPress release on")


def test_ingest_json(tmp_path):
    _, ru = write_pair(tmp_path)
    result = invoke("ingest", "--json", ru)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert (data["release_id"], data["lang"], data["date"], data["time"]) == ("3000001", "ru-RU", "2018-03-14", "12:30")
    assert data["paragraphs"] == RU_BODY


def test_ingest_bad_file_is_one_line_error(tmp_path):
    path = tmp_path / "1.en-GB.txt"
    path.write_bytes(b"")
    result = invoke("ingest", path)
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: empty file\n"


def test_ingest_wrong_language(tmp_path):
    path = write_dump(tmp_path, "1.en-GB.txt", RU_TITLE, RU_BODY, "3 February 201718:13")
    result = invoke("ingest", path)
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: declared en-GB but 100% of its letters are Cyrillic: wrong language?\n"


def test_pair_lists_pairs_orphans_and_skips(tmp_path):
    en, ru = write_pair(tmp_path)
    lonely = write_dump(tmp_path, "3000002.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201812:30", lang="ru",
                        languages="ru-RU1")
    empty = tmp_path / "3000003.en-GB.txt"
    empty.write_text("")
    result = invoke("pair", tmp_path)
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        f"pair\t3000001\t{ru}\t{en}\tid 1.0\tsame release id in file names",
        f"orphan\t{lonely}\tno en-GB version: the page lists only ru-RU",
        f"skip\t{empty}\tempty file",
    ]


def test_run_writes_outputs(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "glossary: only 1 release pair(s): recurring terms need at least 2"  # on stderr
    assert lines[1].startswith("1 pairs, ")
    assert (tmp_path / "out" / "mini.tmx").is_file()
    assert (tmp_path / "out" / "mini.report.json").is_file()


def test_run_jobs_and_scheduler_exclude_each_other(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--jobs", "2", "--scheduler", "tcp://h:8786")
    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: --jobs and --scheduler exclude each other (a Dask cluster has its own workers)\n")
    assert not (tmp_path / "out").exists()


def test_run_cat_and_cat_srx_exclude_each_other(tmp_path):
    write_pair(tmp_path / "mini")
    rules = tmp_path / "my.srx"
    rules.write_text("<srx/>")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--cat", "omegat", "--cat-srx", rules)
    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: --cat and --cat-srx exclude each other (--cat TOOL is that tool's own rules)\n")
    assert not (tmp_path / "out").exists()


def test_run_unknown_cat_tool_is_named_before_any_work(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--cat", "wordfast")
    assert result.exit_code == 1
    assert result.output == "Error: unknown CAT tool 'wordfast' (known: memoq, omegat, phrase, trados)\n"
    assert not (tmp_path / "out").exists()


def test_run_with_a_cat_preset_says_so_in_the_tmx(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--cat", "omegat", "--glossary", "", "-q")
    assert result.exit_code == 0, result.output
    assert "|cat:omegat" in (tmp_path / "out" / "mini.tmx").read_text("utf-8")


def test_run_jobs_must_be_positive(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--jobs", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--jobs': 0 is not in the range x>=1." in result.output


@pytest.mark.parametrize("address, why", [("tcp://127.0.0.1:9", "Timed out trying to connect"),
                                          ("nowhere", "missing port number")])
def test_run_with_a_scheduler_it_cannot_reach(tmp_path, monkeypatch, address, why):
    pytest.importorskip("distributed", reason="Dask is the optional extra tmtool[dask]")
    monkeypatch.setattr(jobs, "CONNECT_TIMEOUT", "0.5s")
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--scheduler", address)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot reach the Dask scheduler at {address}: ")
    assert why in result.output and len(result.output.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_run_scheduler_without_dask(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--scheduler", "tcp://h:8786")
    assert result.exit_code == 1
    assert result.output == "Error: --scheduler needs Dask: pip install 'tmtool[dask]'\n"


def test_run_on_a_missing_folder(tmp_path):
    result = invoke("run", tmp_path / "nope", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nope'}: not a folder\n"
    assert not (tmp_path / "out").exists()


def test_run_with_an_unknown_format(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--formats", "tmx,docx")
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown format 'docx' (known: ")
    assert not (tmp_path / "out").exists()


def test_run_review_threshold_holds_back_what_is_below_it(tmp_path):
    write_pair(tmp_path / "mini")
    totals = {}
    for threshold in ("0", "1"):
        result = invoke("run", tmp_path / "mini", "-o", tmp_path / threshold, "--glossary", "",
                        "--review-threshold", threshold)
        assert result.exit_code == 0, result.output
        report = json.loads((tmp_path / threshold / "mini.report.json").read_text("utf-8"))
        assert f"|review:{float(threshold)}|" in report["signature"]
        totals[threshold] = report["totals"]
    assert totals["0"]["exported"] == totals["0"]["units"] == 5 and totals["0"]["held_for_review"] == 0
    assert 0 < totals["1"]["held_for_review"] == 5 - totals["1"]["exported"]


def test_run_review_threshold_out_of_range(tmp_path):
    result = invoke("run", tmp_path, "-o", tmp_path / "out", "--review-threshold", "1.5")
    assert result.exit_code == 2
    assert "Invalid value for '--review-threshold': 1.5 is not in the range 0.0<=x<=1.0." in result.output
    assert not (tmp_path / "out").exists()


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "tmtool", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("tmtool, version ")


def test_segment_plain():
    result = CliRunner().invoke(cli, ["segment", "--lang", "en"], input="Mr Lavrov met Mr. Ayrault. They talked.\nHeading\n")
    assert result.exit_code == 0
    assert result.output == "Mr Lavrov met Mr. Ayrault.\nThey talked.\nHeading\n"


def test_segment_jsonl_passes_other_keys_through():
    line = '{"id": 1, "text": "С.В.Лавров прибыл. Переговоры начались."}\n'
    result = CliRunner().invoke(cli, ["segment", "--lang", "ru", "--jsonl"], input=line)
    assert result.exit_code == 0
    assert [json.loads(x) for x in result.output.splitlines()] == [
        {"id": 1, "text": "С.В.Лавров прибыл. Переговоры начались.",
         "sentences": ["С.В.Лавров прибыл.", "Переговоры начались."]}]


def test_segment_jsonl_bad_line():
    result = CliRunner().invoke(cli, ["segment", "--lang", "en", "--jsonl"], input='{"text": "A."}\nnot json\n')
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("Error: -: line 2: not JSON: ")


def test_segment_explain():
    result = CliRunner().invoke(cli, ["segment", "--lang", "en", "--explain"], input="Mr. Ayrault came. He left.\n")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(x.startswith("# keep  @4 English#") for x in lines)
    assert lines[-2:] == ["Mr. Ayrault came.", "He left."]


def test_segment_malformed_srx(tmp_path):
    bad = tmp_path / "bad.srx"
    bad.write_text("<srx><body>")
    result = CliRunner().invoke(cli, ["segment", "--lang", "en", "--srx", str(bad)], input="A. B.\n")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}: not well-formed XML")
    assert len(result.output.splitlines()) == 1


def test_run_srx_needs_the_srx_segmenter(tmp_path):
    rules = tmp_path / "rules.srx"
    rules.write_text("<srx/>")
    result = invoke("run", tmp_path, "-o", tmp_path / "out", "--segmenter", "baseline", "--srx", rules)
    assert result.exit_code == 2
    assert "--srx works with --segmenter srx" in result.output


def test_terms_check_lists_each_rendering_of_a_term_translated_two_ways(corpus):
    result = CliRunner().invoke(cli, ["terms", str(corpus), "--check"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(row) == 6 for row in rows)
    by_term = {}
    for term, lang, rendering, n_units, n_releases, unit_ids in rows:
        assert len(unit_ids.split(",")) == int(n_units) and int(n_releases) <= int(n_units)
        by_term.setdefault((term, lang), []).append(rendering)
    assert by_term[("civilians", "en-GB")] == ["мирные жители", "мирное население"]
    assert by_term[("cooperation", "en-GB")] == ["сотрудничество", "взаимодействие"]


def test_terms_needs_an_output_or_the_check(corpus):
    result = invoke("terms", corpus)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == "Error: give -o FILE and/or --check"


def test_terms_tsv_top(tmp_path, corpus):
    out = tmp_path / "glossary.tsv"
    result = invoke("terms", corpus, "--top", "5", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.output == f"5 entries, wrote {out}\n"
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 5 and all(len(r) == 3 and r[0] and r[1] for r in rows)


def test_terms_pairs_the_russian_nominative(tmp_path, corpus):
    out = tmp_path / "glossary.csv"
    assert invoke("terms", corpus, "-o", out).exit_code == 0
    text = out.read_text("utf-8")
    assert "прекращение боевых действий,cessation of hostilities," in text
    assert "Минские соглашения,Minsk Agreements," in text


def test_terms_single_pair_gives_an_empty_glossary_and_says_why(tmp_path):
    write_pair(tmp_path / "one")
    out = tmp_path / "g.tbx"
    result = invoke("terms", tmp_path / "one", "-o", out)
    assert result.exit_code == 0, result.output
    assert "only 1 release pair" in result.output
    assert result.output.endswith(f"0 entries, wrote {out}\n")
    assert out.read_text("utf-8").startswith("<?xml")


def test_terms_empty_glossary_as_tbx2008_is_an_error_and_writes_nothing(tmp_path):
    write_pair(tmp_path / "one")
    out = tmp_path / "g.tbx"
    result = invoke("terms", tmp_path / "one", "--format", "tbx2008", "-o", out)
    assert result.exit_code == 1
    assert result.output.endswith(
        f"Error: {out}: the glossary is empty, and TBX 2008 cannot hold an empty glossary "
        "(its DTD requires one entry): nothing written; use tbx, tsv or csv\n")
    assert not out.exists()


def test_run_reports_a_glossary_it_cannot_write(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--quiet", "--glossary", "tbx2008,tsv")
    assert result.exit_code == 0, result.output
    assert "glossary: " + str(tmp_path / "out" / "mini.terms.tbx2008.tbx") + ": the glossary is empty" in result.output
    assert not (tmp_path / "out" / "mini.terms.tbx2008.tbx").exists()
    assert (tmp_path / "out" / "mini.terms.txt").is_file()
    report = json.loads((tmp_path / "out" / "mini.report.json").read_text("utf-8"))
    assert any("TBX 2008 cannot hold" in m for m in report["glossary"]["messages"])


def test_terms_unknown_format_writes_nothing(tmp_path, corpus):
    out = tmp_path / "g.xml"
    result = invoke("terms", corpus, "--format", "xml", "-o", out)
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown glossary format 'xml' (known: csv, tbx, tbx2008, tsv)")
    assert not out.exists()


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<tmx version="1.4"><header srclang="en-GB"/><body><tu><tuv xml:lang="en-GB"><seg>&c;</seg></tuv>
<tuv xml:lang="ru-RU"><seg>x</seg></tuv></tu></body></tmx>
"""


def test_import_refuses_an_entity_bomb(tmp_path):
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text(BILLION_LAUGHS)
    out = tmp_path / "merged.tmx"
    result = invoke("import", bomb, "-o", out)
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1
    assert result.output.startswith(f"Error: {bomb}: ") and "declares XML entities" in result.output
    assert not out.exists()


def test_import_merges_duplicates_across_files(tmp_path):
    write_pair(tmp_path / "mini")
    assert invoke("run", tmp_path / "mini", "-o", tmp_path / "run", "--formats", "tmx,po", "--glossary", "",
                  "--include-unsure").exit_code == 0
    out = tmp_path / "merged.tmx"
    result = invoke("import", tmp_path / "run" / "mini.tmx", tmp_path / "run" / "mini.po", "-o", out)
    assert result.exit_code == 0, result.output
    n = len(etree_units(tmp_path / "run" / "mini.tmx"))
    assert result.output == f"{n} units, {n} duplicates merged; wrote {out} (TMX 1.4b)\n"


def test_export_reverses_the_direction(tmp_path):
    write_pair(tmp_path / "mini")
    assert invoke("run", tmp_path / "mini", "-o", tmp_path / "run", "--glossary", "").exit_code == 0
    out = tmp_path / "ru-en.tmx"
    result = invoke("export", tmp_path / "run", "-o", out, "--src-lang", "ru-RU", "--tgt-lang", "en-GB")
    assert result.exit_code == 0, result.output
    assert 'srclang="ru-RU"' in out.read_text("utf-8")


def test_export_recuts_along_a_cat_preset(tmp_path):
    tm = tmp_path / "tm.tmx"
    export_units([make_unit("r-1", "1. The sides agreed.", "1. Стороны договорились.", paragraph=0)], tm, "tmx", HEADER)
    out = tmp_path / "omegat.tmx"
    result = invoke("export", tm, "-o", out, "--cat", "omegat", "--src-lang", "en-GB", "--tgt-lang", "ru-RU")
    assert result.exit_code == 0, result.output
    assert [(u.source, u.target) for u in read_units(out)] == [("1.", "1."), ("The sides agreed.", "Стороны договорились.")]


def test_export_unknown_cat_tool(tmp_path):
    result = invoke("export", tmp_path, "-o", tmp_path / "x.tmx", "--cat", "sdl")
    assert result.exit_code == 1
    assert result.output == "Error: unknown CAT tool 'sdl' (known: memoq, omegat, phrase, trados)\n"


def etree_units(path):
    from lxml import etree

    return etree.parse(str(path)).findall("body/tu")


def _lines(path, lines, encoding="utf-8"):
    path.write_bytes("".join(f"{x}\n" for x in lines).encode(encoding))
    return path


RU = ["Стороны обсудили ситуацию в Сирии.", "Переговоры прошли в Москве 3 февраля.", "Министры договорились о встрече."]
EN = ["The sides discussed the situation in Syria.", "The talks were held in Moscow on February 3.",
      "The ministers agreed to meet."]


def test_align_prints_beads(tmp_path):
    result = invoke("align", _lines(tmp_path / "ru.txt", RU), _lines(tmp_path / "en.txt", EN))
    assert result.exit_code == 0, result.output
    beads = [line.split("\t") for line in result.output.splitlines()]
    assert [b[0] for b in beads] == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]
    assert all(0.5 <= float(b[1]) <= 1 for b in beads)


def test_align_an_empty_side(tmp_path):
    empty = tmp_path / "en.txt"
    empty.write_text("")
    result = invoke("align", _lines(tmp_path / "ru.txt", RU), empty)
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[0] for line in result.output.splitlines()] == ["[0]:[]", "[1]:[]", "[2]:[]"]


def test_align_identical_sides_warns(tmp_path):
    ru = _lines(tmp_path / "ru.txt", RU)
    result = CliRunner().invoke(cli, ["align", str(ru), str(ru)])
    assert result.exit_code == 0
    assert "identical" in result.stderr


def test_align_refuses_non_utf8(tmp_path):
    result = invoke("align", _lines(tmp_path / "ru.txt", RU, "cp1251"), _lines(tmp_path / "en.txt", EN))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'ru.txt'}: not UTF-8")
    assert len(result.output.splitlines()) == 1


def test_align_jsonl_keeps_ids_and_order(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": i, "src": RU[:n], "tgt": EN[:n]}, ensure_ascii=False) + "\n"
                            for i, n in (("b", 3), ("a", 2))), "utf-8")
    result = invoke("align", "--jsonl", docs)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [d["id"] for d in out] == ["b", "a"]
    assert [[b[0], b[1]] for b in out[1]["beads"]] == [[[0], [0]], [[1], [1]]]


def test_eval_align_perfect_and_malformed(tmp_path):
    gold = _lines(tmp_path / "gold.txt", ["[0]:[0]", "[1]:[1, 2]", "[2]:[]"])
    result = invoke("eval-align", gold, gold)
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "F1          1.000   1.000"
    bad = _lines(tmp_path / "bad.txt", ["[0]:[0]", "0-1"])
    result = invoke("eval-align", gold, bad)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}:2: not a bead line")


def test_align_unknown_aligner(tmp_path):
    result = invoke("align", "--aligner", "nope", _lines(tmp_path / "ru.txt", RU), _lines(tmp_path / "en.txt", EN))
    assert result.exit_code == 1
    assert result.output == "Error: unknown aligner 'nope' (known: anchors, anchors-e5, gale-church)\n"


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory, corpus):
    out = tmp_path_factory.mktemp("run")
    assert CliRunner().invoke(cli, ["run", str(corpus), "-o", str(out), "-q", "--glossary", ""]).exit_code == 0
    return out / "tmtool.db"


SEED_LAST = "Mr Lavrov and Mr Ayrault also discussed the schedule of upcoming bilateral contacts."


def test_lookup_exact_sentence(corpus_store):
    result = invoke("lookup", SEED_LAST, "--store", corpus_store, "--limit", "1")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "100.0%  2623733-11  2017-02-03",
        f"    en-GB  {SEED_LAST}",
        "    ru-RU  С.В.Лавров и Ж.-М.Эро обсудили также график предстоящих двусторонних контактов.",
    ]


def test_lookup_russian_json(corpus_store):
    result = invoke("lookup", "С.В.Лавров и Ж.-М.Эро обсудили график двусторонних контактов.", "--json",
                    "--store", corpus_store)
    assert result.exit_code == 0, result.output
    best = json.loads(result.output)[0]
    assert (best["unit_id"], best["src_lang"]) == ("2623733-11", "ru-RU")
    assert 70 <= best["score"] < 100


def test_lookup_without_a_store(tmp_path):
    result = invoke("lookup", "anything", "--store", tmp_path / "none.db")
    assert result.exit_code == 1
    assert result.output == (f"Error: {tmp_path / 'none.db'}: no store there; make it with `tmtool run CORPUS -o "
                             f"{tmp_path} --store {tmp_path / 'none.db'}`, CORPUS being your folder of release pages\n")
    assert not (tmp_path / "none.db").exists()


def test_lookup_without_the_default_store_names_the_run_that_makes_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a folder with no exports/ in it
    result = CliRunner().invoke(cli, ["lookup", "anything"])
    assert result.exit_code == 1
    assert result.output == ("Error: exports/tmtool.db: no store there; make it with `tmtool run CORPUS -o exports`, "
                             "CORPUS being your folder of release pages\n")


def test_the_missing_store_hint_is_quoted_for_a_shell(tmp_path):
    store = tmp_path / "my tm" / "week 1.db"
    result = invoke("concordance", "anything", "--store", store)
    assert result.exit_code == 1
    assert result.output == (f"Error: {store}: no store there; make it with `tmtool run CORPUS -o '{store.parent}' "
                             f"--store '{store}'`, CORPUS being your folder of release pages\n")


@pytest.fixture
def sentence_store(tmp_path):
    with Store.open(tmp_path / "tm.db") as store:
        save_sentences(store, "1", [("The ministers also discussed the intra-Ukrainian settlement.",
                                     "Затрагивалась также тема внутриукраинского урегулирования.")])
    return tmp_path / "tm.db"


def test_a_lookup_miss_says_how_near_it_came_and_how_to_see_it(sentence_store):
    query = "The ministers discussed bilateral relations"
    result = invoke("lookup", query, "--store", sentence_store)
    assert result.exit_code == 0, result.output
    assert result.output == "No match of 70% or more; the nearest unit scores 64.1%: try --min-score 64.\n"
    result = invoke("lookup", query, "--store", sentence_store, "--min-score", "64")
    assert result.output.splitlines()[0] == " 64.1%  1-1  no date"


def test_a_lookup_miss_with_no_candidate(sentence_store):
    result = invoke("lookup", "Zebras yodel", "--store", sentence_store, "--min-score", "0")
    assert result.exit_code == 0, result.output
    assert result.output == "No match of 0% or more: no stored unit has enough words in common with it.\n"


def test_the_readme_lookup_example_finds_a_match(corpus_store):
    """The README's example runs on the store of `tmtool run corpora -o exports`, at the default threshold."""
    [line] = [line for line in (REPO / "README.md").read_text("utf-8").splitlines()
              if line.startswith("tmtool lookup ")]
    query = shlex.split(line, comments=True)[2]
    result = invoke("lookup", query, "--store", corpus_store)
    assert result.exit_code == 0, result.output
    assert not result.output.startswith("No match"), result.output


def test_concordance_finds_word_forms(corpus_store):
    result = invoke("concordance", "Минские соглашения", "--store", corpus_store)
    assert result.exit_code == 0, result.output
    assert "[Минских соглашений]" in result.output
    assert result.output.splitlines()[-1].endswith("units hold 'Минские соглашения'.")


def test_review_decisions_reach_the_exports(tmp_path):
    write_pair(tmp_path / "mini")
    out = tmp_path / "out"
    assert invoke("run", tmp_path / "mini", "-o", out, "-q", "--glossary", "").exit_code == 0
    rejected = "They also discussed the OSCE budget for 2018."
    assert rejected in (out / "mini.tmx").read_text("utf-8")
    result = invoke("review", out / "tmtool.db", "--reject", "3000001-4", "-o", tmp_path / "review.html")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("3000001-4: rejected (1-1, confidence ")
    assert result.output.splitlines()[1].startswith(f"wrote {tmp_path / 'review.html'}: 1 releases, 4 beads")
    again = invoke("run", tmp_path / "mini", "-o", out, "-q", "--glossary", "")
    assert again.output.startswith("1 pairs, 0 aligned, 1 reused, 4 units exported")
    assert rejected not in (out / "mini.tmx").read_text("utf-8")


def test_review_unknown_bead(corpus_store):
    result = invoke("review", corpus_store, "--accept", "nope")
    assert result.exit_code == 1
    assert result.output == f"Error: {corpus_store}: no bead 'nope' in the store\n"


def test_export_from_the_store_in_both_directions(corpus_store, tmp_path):
    for src, tgt in (("en-GB", "ru-RU"), ("ru-RU", "en-GB")):
        out = tmp_path / f"{src}.xlf"
        result = invoke("export", corpus_store, "-o", out, "--src-lang", src, "--tgt-lang", tgt)
        assert result.exit_code == 0, result.output
        assert f'source-language="{src}" target-language="{tgt}"' in out.read_text("utf-8")


def test_import_refuses_an_external_entity(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xliff = tmp_path / "xxe.xlf"
    xliff.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" '
        'source-language="en-GB" target-language="ru-RU" datatype="plaintext"><body>'
        '<trans-unit id="1"><source>&x;</source><target>x</target></trans-unit></body></file></xliff>\n')
    out = tmp_path / "merged.tmx"
    result = invoke("import", xliff, "-o", out)
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1 and "declares XML entities" in result.output
    assert "TOP SECRET" not in result.output
    assert not out.exists()


def test_an_output_folder_inside_the_corpus_is_never_read_back(tmp_path):
    write_pair(tmp_path / "mini")
    for _ in range(2):  # the second run finds the first one's outputs inside the corpus
        result = invoke("run", tmp_path / "mini", "-o", tmp_path / "mini" / "out", "--quiet",
                        "--glossary", "tsv,csv")
        assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "mini" / "out" / "mini.report.json").read_text("utf-8"))
    assert report["totals"]["documents"] == 2 and report["totals"]["skipped"] == 0
    assert all("/out/" not in d["path"] for d in report["documents"])


def test_every_glossary_format_has_a_file_of_its_own(tmp_path, corpus):
    result = invoke("run", corpus, "-o", tmp_path / "out", "--quiet", "--glossary", "tbx,tbx2008,tsv,csv")
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "out").glob("*.terms.*"))
    assert written == ["corpora.terms.csv", "corpora.terms.tbx", "corpora.terms.tbx2008.tbx", "corpora.terms.txt"]
    assert b"urn:iso:std:iso:30042:ed-2" in (tmp_path / "out" / "corpora.terms.tbx").read_bytes()[:2000]


def test_two_outputs_on_one_file_name_are_refused_before_any_work(tmp_path, monkeypatch):
    from dataclasses import replace

    from tmtool.terms.export import GLOSSARY_FORMATS
    # a format added one day with another's extension
    monkeypatch.setitem(GLOSSARY_FORMATS._items, "tbx2008", replace(GLOSSARY_FORMATS.get("tbx2008"), extension="tbx"))
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--glossary", "tbx,tbx2008")
    assert result.exit_code == 1
    assert result.output == ("Error: outputs glossary-tbx and glossary-tbx2008 would both be written to "
                             "mini.terms.tbx\n")
    assert not (tmp_path / "out").exists()


def test_the_run_summary_counts_what_the_files_hold(tmp_path, corpus):
    # the sample corpus has one unit twice: the TMX holds it once, and so does the count
    result = invoke("run", corpus, "-o", tmp_path / "out", "--quiet", "--glossary", "")
    assert result.exit_code == 0, result.output
    tus = (tmp_path / "out" / "corpora.tmx").read_text("utf-8").count("<tu ")
    report = json.loads((tmp_path / "out" / "corpora.report.json").read_text("utf-8"))
    assert report["exports"]["tmx"]["duplicates_merged"] == 1
    assert f", {tus} units exported, " in result.output.splitlines()[0]
    assert tus == report["totals"]["exported"] - 1


def test_segment_a_file_that_is_not_utf8(tmp_path):
    binary = tmp_path / "page.bin"
    binary.write_bytes(b"First line.\n\xff\xfe\x00binary\n")
    result = invoke("segment", "--lang", "en", binary)
    assert result.exit_code == 1
    assert result.output == f"Error: {binary}: not UTF-8 text (invalid start byte)\n"


_XLIFF2_CP = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="ru-RU">
<file id="f1"><unit id="u1"><segment><source>Bell <cp hex="{hex}"/> here</source><target>Звонок здесь</target>
</segment></unit></file></xliff>
"""


@pytest.mark.parametrize("command", [["import"], ["export"], ["terms", "--format", "csv"]])
@pytest.mark.parametrize("hex_value", ["110000", "D800", "zz", ""])
def test_an_xliff2_code_point_that_is_no_character(tmp_path, command, hex_value):
    source = tmp_path / "tm.xliff"
    source.write_text(_XLIFF2_CP.format(hex=hex_value), "utf-8")
    out = tmp_path / ("g.csv" if command[0] == "terms" else "out.tmx")
    result = invoke(*command, source, "-o", out)
    assert result.exit_code == 1
    assert result.output == f"Error: {source}: line 3: <cp hex={hex_value!r}> is not a character\n"
    assert not out.exists()


def test_an_xliff2_code_point_is_read_as_its_character(tmp_path):
    source = tmp_path / "tm.xliff"
    source.write_text(_XLIFF2_CP.format(hex="1F514"), "utf-8")
    result = invoke("import", source, "-o", tmp_path / "out.po")
    assert result.exit_code == 0, result.output
    assert 'msgstr "Bell \U0001F514 here"' in (tmp_path / "out.po").read_text("utf-8")


def test_a_page_with_control_characters_does_not_sink_the_glossary(tmp_path, corpus):
    pages = tmp_path / "pages"
    shutil.copytree(corpus, pages)
    for path in [p for p in pages.rglob("*.txt") if "Foreign Minister" in p.read_text("utf-8")][:2]:
        path.write_text(path.read_text("utf-8").replace("Foreign Minister", "Foreign\x01 Minister\x0b"), "utf-8")
    result = invoke("run", pages, "-o", tmp_path / "out", "--quiet", "--glossary", "tbx,tbx2008,tsv,csv")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "pages.report.json").read_text("utf-8"))
    assert any("characters XML cannot carry (control characters) written as spaces" in m
               for m in report["glossary"]["messages"])
    for name in ("pages.terms.tbx", "pages.terms.tbx2008.tbx", "pages.terms.txt", "pages.terms.csv"):
        assert "\x01" not in (tmp_path / "out" / name).read_text("utf-8")


def test_a_broken_link_in_the_corpus_is_a_recorded_skip(tmp_path):
    write_pair(tmp_path / "mini")
    (tmp_path / "mini" / "3000009.en-GB.txt").symlink_to(tmp_path / "gone.txt")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--quiet", "--glossary", "")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "mini.report.json").read_text("utf-8"))
    assert report["skips"] == [{"path": "mini/3000009.en-GB.txt",
                                "reason": f"a link to {tmp_path / 'gone.txt'}, which does not exist"}]


def test_pair_prints_one_line_per_record_whatever_the_file_names_hold(tmp_path):
    write_pair(tmp_path / "c", "3000001", en_name="odd\nname\t1.en-GB.txt")
    result = invoke("pair", tmp_path / "c")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert all(line.split("\t")[0] in ("pair", "orphan", "skip") for line in lines)
    assert any("odd\\nname\\t1.en-GB.txt" in line for line in lines)


def test_align_with_the_files_swapped_names_each_side_by_its_file(tmp_path):
    en = _lines(tmp_path / "en.txt", ["The Foreign Minister met his counterpart.", "The parties discussed the situation."])
    ru = _lines(tmp_path / "ru.txt", ["Министр иностранных дел встретился с коллегой.", "Стороны обсудили ситуацию."])
    result = invoke("align", "--src-lang", "ru", "--tgt-lang", "en", en, ru)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: en.txt ↔ ru.txt: the source side does not look like ru (only 0% of its letters are in that script)",
        "warning: en.txt ↔ ru.txt: the target side does not look like en (only 0% of its letters are in that script)",
    ]


def test_run_with_bare_language_tags_takes_the_corpus_variants(tmp_path, corpus):
    result = invoke("run", corpus, "-o", tmp_path / "out", "--quiet", "--glossary", "", "--src-lang", "en",
                    "--tgt-lang", "ru")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "corpora.report.json").read_text("utf-8"))
    assert "|src:en-GB|tgt:ru-RU|" in report["signature"] and report["totals"]["exported"] > 100


@pytest.mark.parametrize("langs, message", [
    (["--src-lang", "klingon-XX"], "Error: --src-lang 'klingon-XX' is not a language tag (BCP 47, such as en-GB or ru)\n"),
    (["--src-lang", "en-GB", "--tgt-lang", "en-GB"],
     "Error: --src-lang en-GB and --tgt-lang en-GB are one language: a translation memory needs two\n"),
])
def test_run_with_language_tags_that_cannot_make_a_memory(tmp_path, langs, message):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--quiet", *langs)
    assert result.exit_code == 1
    assert result.output == message
    assert not (tmp_path / "out").exists()


def test_run_with_a_bare_tag_the_corpus_holds_two_variants_of(tmp_path):
    write_pair(tmp_path / "mini", "3000001")
    write_pair(tmp_path / "mini", "3000002", en_name="3000002.en-US.txt")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--quiet", "--src-lang", "en", "--tgt-lang", "ru")
    assert result.exit_code == 1
    assert result.output == "Error: --src-lang en is ambiguous here: the documents are in en-GB, en-US; say which\n"


def test_export_a_store_into_one_language_twice(tmp_path, corpus_store):
    result = invoke("export", corpus_store, "-o", tmp_path / "x.tmx", "--src-lang", "en-GB", "--tgt-lang", "en-GB")
    assert result.exit_code == 1
    assert result.output == "Error: --src-lang en-GB and --tgt-lang en-GB are one language: a translation memory needs two\n"
    assert not (tmp_path / "x.tmx").exists()


def test_a_run_that_exports_no_unit_from_its_pairs_says_why_and_exits_1(tmp_path, monkeypatch):
    from tmtool import cli as cli_module
    from tmtool.pipeline import run_corpus
    from tmtool.report import RunReport

    def held_back(*args, **kwargs):  # every unit below the threshold: the TMX is written empty
        report = run_corpus(*args, **kwargs)
        report.export_stats = {fmt: {**s, "units": 0} for fmt, s in report.export_stats.items()}
        report.held_for_review = report.units
        return report

    monkeypatch.setattr(cli_module, "run_corpus", held_back)
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--quiet", "--glossary", "")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: no unit exported: all 5 units of the 1 pairs were held for review (confidence below "
        f"{REVIEW_THRESHOLD}); --include-unsure or a lower --review-threshold exports them")
    empty = RunReport("c", "s", pairs=[object()], export_stats={"tmx": {"units": 0}})
    assert empty.nothing_exported(0.91) == ("the 1 pairs gave no unit: no sentence of one side was aligned "
                                            "with the other")
    assert RunReport("c", "s", export_stats={"tmx": {"units": 0}}).nothing_exported(0.91) is None  # no pairs


def test_two_releases_under_one_id_a_year_apart_are_not_paired(tmp_path):
    from pages import EN_BODY, EN_TITLE
    write_dump(tmp_path / "c", "3000001.en-GB.txt", EN_TITLE, EN_BODY, "14 March 201812:30")
    write_dump(tmp_path / "c", "3000001.ru-RU.txt", RU_TITLE, RU_BODY, "14 марта 201912:30", lang="ru")
    result = invoke("pair", tmp_path / "c")
    assert result.exit_code == 0, result.output
    reason = "same release id 3000001 but dated 2019-03-14 and 2018-03-14: not two versions of one release"
    assert result.output.splitlines() == [f"orphan\t{tmp_path / 'c' / '3000001.ru-RU.txt'}\t{reason}",
                                          f"orphan\t{tmp_path / 'c' / '3000001.en-GB.txt'}\t{reason}"]


@pytest.mark.parametrize("name, title", [("tm.xliff", "XLIFF 2.0"), ("tm.xlf", "XLIFF 1.2"), ("tm.po", "PO")])
def test_export_says_which_format_it_chose_from_the_name(tmp_path, corpus_store, name, title):
    # .xlf and .xliff are used for both XLIFF versions: the choice is said, not silent
    result = invoke("export", corpus_store, "-o", tmp_path / name)
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"; wrote {tmp_path / name} ({title})\n")


# Every option that takes names from a registry: (command, option, registry).
REGISTRY_OPTIONS = [
    ("run", "--formats", FORMATS), ("run", "--glossary", GLOSSARY_FORMATS), ("run", "--segmenter", SEGMENTERS),
    ("run", "--aligner", ALIGNERS), ("import", "--format", FORMATS), ("export", "--format", FORMATS),
    ("align", "--aligner", ALIGNERS), ("terms", "--format", GLOSSARY_FORMATS),
]


def _help_entry(command: str, option: str) -> str:
    """The help of ``option`` in ``tmtool COMMAND --help``, on one line."""
    result = invoke(command, "--help")
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    start = text.index(f" {option} ") + 1
    return text[start:text.index(" --", start + len(option))]


@pytest.mark.parametrize("command, option, registry", REGISTRY_OPTIONS)
def test_help_lists_the_names_an_option_accepts(command, option, registry):
    assert f": {', '.join(registry.names())}" in _help_entry(command, option)


def test_help_of_run_lists_what_each_option_accepts():
    assert [_help_entry("run", option) for option in ("--formats", "--glossary", "--segmenter", "--aligner")] == [
        "--formats NAMES Comma-separated export formats; any of: po, tmx, xliff, xliff2. [default: tmx]",
        "--glossary NAMES Comma-separated glossary formats, empty for none; any of: csv, tbx, tbx2008, tsv. "
        "[default: tbx,tsv]",
        "--segmenter NAME Sentence segmenter, one of: baseline, srx. [default: srx]",
        "--aligner NAME Sentence aligner, one of: anchors, anchors-e5, gale-church. [default: anchors]",
    ]


UNKNOWN_FORMAT = "Error: unknown format 'nope' (known: po, tmx, xliff, xliff2)\n"
UNKNOWN_GLOSSARY = "Error: unknown glossary format 'nope' (known: csv, tbx, tbx2008, tsv)\n"


@pytest.mark.parametrize("args, message", [
    (["run", "CORPUS", "-o", "OUT", "--formats", "tmx,nope"], UNKNOWN_FORMAT),
    (["run", "CORPUS", "-o", "OUT", "--glossary", "nope"], UNKNOWN_GLOSSARY),
    (["run", "CORPUS", "-o", "OUT", "--segmenter", "nope"], "Error: unknown segmenter 'nope' (known: baseline, srx)\n"),
    (["run", "CORPUS", "-o", "OUT", "--aligner", "nope"],
     "Error: unknown aligner 'nope' (known: anchors, anchors-e5, gale-church)\n"),
    (["import", "TMX", "-o", "OUT", "--format", "nope"], UNKNOWN_FORMAT),
    (["export", "TMX", "-o", "OUT", "--format", "nope"], UNKNOWN_FORMAT),
    (["terms", "TMX", "-o", "OUT", "--format", "nope"], UNKNOWN_GLOSSARY),
])
def test_an_unknown_name_is_one_line_naming_the_known_ones(tmp_path, args, message):
    write_pair(tmp_path / "mini")
    where = {"CORPUS": tmp_path / "mini", "TMX": REPO / "exports" / "corpora.tmx", "OUT": tmp_path / "out"}
    result = invoke(*(where.get(a, a) for a in args))
    assert (result.exit_code, result.output) == (1, message)
    assert not (tmp_path / "out").exists()


def test_terms_min_confidence_keeps_only_the_surer_pairs(tmp_path, corpus):
    out = tmp_path / "glossary.csv"
    assert invoke("terms", corpus, "--min-confidence", "0.9", "-o", out).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and all(float(r["confidence"]) >= 0.9 for r in rows)
    assert {r["category"] for r in rows} <= {"term", "phrase", "name", "organisation", "title"}


@pytest.mark.parametrize("command", [["terms", "CORPUS", "-o", "OUT"], ["run", "CORPUS", "-o", "OUT"]])
def test_min_confidence_outside_zero_to_one_is_one_line(tmp_path, command):
    write_pair(tmp_path / "mini")
    where = {"CORPUS": tmp_path / "mini", "OUT": tmp_path / "out"}
    result = invoke(*(where.get(a, a) for a in command), "--min-confidence", "1.5")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "Error: Invalid value for '--min-confidence': 1.5 is not in the range 0.0<=x<=1.0.")
    assert not (tmp_path / "out").exists()
