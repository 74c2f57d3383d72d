from __future__ import annotations

import json

from click.testing import CliRunner

from pages import RU_BODY, RU_TITLE, write_dump, write_pair
from tmtool.cli import cli


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
        f"pair\t3000001\t{en}\t{ru}\tid 1.0\tsame release id in file names",
        f"orphan\t{lonely}\tno en-GB version: the page lists only ru-RU",
        f"skip\t{empty}\tempty file",
    ]


def test_run_writes_outputs(tmp_path):
    write_pair(tmp_path / "mini")
    result = invoke("run", tmp_path / "mini", "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("1 pairs, ")
    assert (tmp_path / "out" / "mini.tmx").is_file()
    assert (tmp_path / "out" / "mini.report.json").is_file()


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


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "tmtool", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("tmtool, version ")
